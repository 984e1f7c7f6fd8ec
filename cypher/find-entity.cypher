// name: find-entity
// title: Find an entity by name
// description: Entities whose id, name or one of whose aliases contains the text (case-insensitive),
// description: with the number of documents that mention them: the way to find the id other queries take.
// param: text STRING example=cartel -- part of a name, alias or id
// param: label STRING example=Organisation default= -- only this label (Agency, Country, Organisation...); empty: all
// read-only: true
MATCH (n)-[:MENTIONED_IN]->(d:Document)
// LadybugDB cannot read a $parameter inside a list predicate: bind it with WITH first.
WITH n, count(d) AS documents, toLower($text) AS needle
WHERE ($label = '' OR {{node_label(n)}} = $label)
  AND (toLower(n.id) CONTAINS needle OR toLower(n.name) CONTAINS needle
       OR any(alias IN n.aliases WHERE toLower(alias) CONTAINS needle))
RETURN n.id AS entity, {{node_label(n)}} AS label, n.name AS name, n.aliases AS aliases, documents
ORDER BY documents DESC, label, name, entity
LIMIT 50
