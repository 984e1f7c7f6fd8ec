// name: new-entities-since
// title: Entities first reported since a date
// description: Entities that no document published before the date mentions: newcomers to the
// description: picture, with the first document that names them. Documents of unknown date say
// description: nothing about when an entity appeared: they are left out (undated=true counts an
// description: entity that only they mention as new).
// param: since DATE example=2023-01-01 -- YYYY, YYYY-MM or YYYY-MM-DD, compared with document publication dates
// param: undated BOOLEAN example=true default=false -- also list entities only documents of unknown date mention
// read-only: true
MATCH (n)-[:MENTIONED_IN]->(d:Document)
WITH n, d, coalesce(d.published, '') AS published
WITH n, count(d) AS documents, min(CASE WHEN published = '' THEN NULL ELSE published END) AS first_published
WHERE first_published >= $since OR ($undated AND first_published IS NULL)
MATCH (n)-[:MENTIONED_IN]->(first:Document)
WHERE coalesce(first.published, '') = coalesce(first_published, '')
RETURN {{node_label(n)}} AS label, n.id AS entity, n.name AS name, coalesce(first_published, '') AS first_published,
       documents, min(first.id) AS first_document
ORDER BY first_published, label, name, entity
