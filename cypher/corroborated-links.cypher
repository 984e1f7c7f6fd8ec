// name: corroborated-links
// title: Links stated by several documents
// description: Links (source, type, target) that at least min_documents documents state, each with its
// description: own evidence: the links that independent sources corroborate. Reference facts (a port in
// description: its country, from the gazetteer) are no document's statement and do not count.
// param: min_documents INT64 example=2 default=2 -- at least this many documents
// param: type STRING example=PARTICIPATED_IN default= -- only this claim type; empty: every type
// param: limit INT64 example=50 default=200 -- at most this many rows
// read-only: true
MATCH (a)-[r:{{claim_types}}]->(b)
WHERE NOT r.rule STARTS WITH 'reference.'
WITH a, b, {{rel_type(r)}} AS type, count(DISTINCT r.doc_id) AS documents, collect(DISTINCT r.doc_id) AS doc_ids
WHERE documents >= $min_documents AND ($type = '' OR type = $type)
RETURN a.id AS source, a.name AS source_name, type, b.id AS target, b.name AS target_name, documents, doc_ids
ORDER BY documents DESC, type, source, target
LIMIT $limit
