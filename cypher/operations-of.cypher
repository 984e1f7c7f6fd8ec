// name: operations-of
// title: Operations of an agency or country
// description: The operations an agency or a country took part in. For a country this includes the
// description: operations of its agencies (`through` names the agency; for a direct claim it is the
// description: participant itself). First and last publication dates of the documents that say so.
// param: participant ENTITY:Agency|Country example=agency:europol -- agency or country: id, name or alias
// read-only: true
MATCH (p)-[r:PARTICIPATED_IN]->(o:Operation)
WHERE p.id = $participant OR toLower(p.name) = toLower($participant)
MATCH (d:Document {id: r.doc_id})
RETURN o.id AS operation, o.name AS name, p.id AS through, collect(DISTINCT r.role) AS roles,
       count(DISTINCT d.id) AS documents, min(d.published) AS first_reported, max(d.published) AS last_reported
UNION ALL
MATCH (c:Country)<-[:LOCATED_IN]-(a:Agency)-[r:PARTICIPATED_IN]->(o:Operation)
WHERE c.id = $participant OR toLower(c.name) = toLower($participant)
MATCH (d:Document {id: r.doc_id})
RETURN o.id AS operation, o.name AS name, a.id AS through, collect(DISTINCT r.role) AS roles,
       count(DISTINCT d.id) AS documents, min(d.published) AS first_reported, max(d.published) AS last_reported
