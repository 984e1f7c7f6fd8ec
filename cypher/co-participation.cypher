// name: co-participation
// title: Who worked with whom
// description: Pairs of agencies or countries that took part in the same operations, and how often.
// description: Each pair appears once (with a participant named, it comes first); the most frequent first.
// param: participant ENTITY:Agency|Country example=agency:europol default= -- only pairs with this agency or country (id, name or alias); empty: every pair
// param: min_operations INT64 example=1 default=1 -- only pairs sharing at least this many operations
// param: limit INT64 example=50 default=200 -- at most this many pairs, the most frequent first
// read-only: true
// Anchor on the participant when one is named (50 ms at 1M claims): pairing every participant of
// every operation first and filtering afterwards took seconds. Every pair is counted before the
// operations are named, and only the pairs shown get their names: at 1M claims, 12.5 million pairs
// took 127 s and 17 GB with the names, 14 s without.
MATCH (a:Agency|Country)
WHERE $participant = '' OR a.id = $participant
MATCH (a)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(b:Agency|Country)
WHERE a.id <> b.id AND ($participant <> '' OR a.id < b.id)
WITH a, b, count(DISTINCT o.id) AS operations
WHERE operations >= $min_operations
WITH a, b, operations
ORDER BY operations DESC, a.id, b.id
LIMIT $limit
OPTIONAL MATCH (a)-[:PARTICIPATED_IN]->(o:Operation)<-[:PARTICIPATED_IN]-(b)
WITH a, b, operations, collect(DISTINCT o.name) AS operation_names
RETURN a.id AS partner_a, a.name AS name_a, b.id AS partner_b, b.name AS name_b, operations, operation_names
ORDER BY operations DESC, partner_a, partner_b
