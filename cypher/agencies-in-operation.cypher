// name: agencies-in-operation
// title: Agencies in an operation
// description: Every agency that took part in the operation, or in an action the documents say was
// description: carried out within it (an action day of a taskforce: PART_OF), with the roles the
// description: documents give it (lead, support, judicial), how many documents say so, whether it
// description: took part in the operation itself (directly) and through which actions.
// param: operation ENTITY:Operation example=operation:operational-taskforce-balkan-cartel -- the operation: its id, name or an alias
// read-only: true
MATCH (o:Operation {id: $operation})
OPTIONAL MATCH (action:Operation)-[:PART_OF]->(o)
WITH o, collect(DISTINCT action.id) AS actions
UNWIND actions + [o.id] AS within
MATCH (a:Agency)-[r:PARTICIPATED_IN]->(x:Operation {id: within})
RETURN o.id AS operation, a.id AS agency, a.name AS name, a.kind AS kind, a.country AS country,
       collect(DISTINCT r.role) AS roles, count(DISTINCT r.doc_id) AS documents,
       count(CASE WHEN x.id = o.id THEN 1 END) > 0 AS directly,
       collect(DISTINCT CASE WHEN x.id <> o.id THEN x.name END) AS through
ORDER BY documents DESC, name, operation, agency
