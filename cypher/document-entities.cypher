// name: document-entities
// title: Everything mentioned in a document
// description: Every entity a document mentions, with how often, the words it used, and whether the
// description: entity appears in other documents too.
// param: document STRING example=doc:3f3cca0ae7cd95baaf4134de -- document id (doc:...) or its file path
// read-only: true
MATCH (n)-[m:MENTIONED_IN]->(d:Document)
WHERE d.id = $document OR d.path = $document
RETURN d.id AS doc_id, {{node_label(n)}} AS label, n.id AS entity, n.name AS name, m.mentions AS mentions,
       m.texts AS texts, COUNT { MATCH (n)-[:MENTIONED_IN]->(other:Document) WHERE other.id <> d.id } AS other_documents
ORDER BY label, name, entity
