// name: agencies-in-operation
// title: Agencies in an operation
// description: Every agency that took part in the operation, with the roles the documents give it
// description: (lead, support, judicial) and how many documents say so.
// param: operation ENTITY:Operation example=operation:operational-taskforce-balkan-cartel -- the operation: its id, name or an alias
// read-only: true
MATCH (a:Agency)-[r:PARTICIPATED_IN]->(o:Operation)
WHERE o.id = $operation OR toLower(o.name) = toLower($operation)
RETURN o.id AS operation, a.id AS agency, a.name AS name, a.kind AS kind, a.country AS country,
       collect(DISTINCT r.role) AS roles, count(DISTINCT r.doc_id) AS documents
ORDER BY documents DESC, name
