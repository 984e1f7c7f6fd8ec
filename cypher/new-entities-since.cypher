// name: new-entities-since
// title: Entities first reported since a date
// description: Entities that no document published before the date mentions: newcomers to the
// description: picture, with the first document that names them.
// param: since DATE example=2023-01-01 -- ISO date (YYYY-MM-DD), compared with document publication dates
// read-only: true
MATCH (n)-[:MENTIONED_IN]->(d:Document)
WITH n, min(coalesce(d.published, '')) AS first_published, count(d) AS documents
WHERE first_published >= $since
MATCH (n)-[:MENTIONED_IN]->(first:Document)
WHERE coalesce(first.published, '') = first_published
RETURN {{node_label(n)}} AS label, n.id AS entity, n.name AS name, first_published, documents,
       min(first.id) AS first_document
ORDER BY first_published, label, name
