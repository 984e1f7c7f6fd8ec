// name: co-participation
// title: Who worked with whom
// description: Pairs of agencies or countries that took part in the same operations, and how often.
// description: Each pair appears once (with a participant named, it comes first); the most frequent first.
// param: participant ENTITY:Agency|Country example=agency:europol default= -- only pairs with this agency or country (id, name or alias); empty: every pair
// param: min_operations INT64 example=1 default=1 -- only pairs sharing at least this many operations
// read-only: true
// Anchor on the participant when one is named: pairing every participant of every operation
// first and filtering afterwards took seconds on the benchmark graph.
MATCH (a:Agency|Country)
WHERE $participant = '' OR a.id = $participant OR toLower(a.name) = toLower($participant)
MATCH (a)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(b)
WHERE a.id <> b.id AND ($participant <> '' OR a.id < b.id)
WITH a, b, count(DISTINCT o.id) AS operations, collect(DISTINCT o.name) AS operation_names
WHERE operations >= $min_operations
RETURN a.id AS partner_a, a.name AS name_a, b.id AS partner_b, b.name AS name_b, operations, operation_names
ORDER BY operations DESC, partner_a, partner_b
