// name: operation-overview
// title: Operations at a glance
// description: Every operation with its participants (agencies and countries), its targets, its
// description: seizures with total kilograms, and the documents reporting it; the most reported first.
// param: limit INT64 example=50 default=200 -- at most this many rows
// read-only: true
MATCH (o:Operation)-[:MENTIONED_IN]->(d:Document)
WITH o, count(d) AS documents, min(coalesce(d.published, '')) AS first_reported
// Pick the operations first, then gather their details: only for the rows shown.
ORDER BY documents DESC, first_reported, o.id
LIMIT $limit
OPTIONAL MATCH (p)-[:PARTICIPATED_IN]->(o)
WITH o, documents, first_reported, collect(DISTINCT p.name) AS participants
OPTIONAL MATCH (o)-[:TARGETED]->(t)
WITH o, documents, first_reported, participants, collect(DISTINCT t.name) AS targets
OPTIONAL MATCH (o)-[:RESULTED_IN]->(s:Shipment)
WITH DISTINCT o, documents, first_reported, participants, targets, s
RETURN o.id AS operation, o.name AS name, first_reported, documents, participants, targets,
       count(s.id) AS seizures, round(sum(coalesce(s.quantity_kg, 0.0)), 3) AS total_kg
ORDER BY documents DESC, first_reported, operation
