// name: uncorroborated-claims
// title: Single-source links
// description: Links (source, type, target) stated by one document only: the claims to corroborate
// description: before relying on them. Reference facts (a port in its country, from the gazetteer)
// description: are no document's statement and are left out.
// param: type STRING example=OPERATES_IN default= -- only this claim type; empty: every type
// param: limit INT64 example=50 default=200 -- at most this many rows
// read-only: true
MATCH (a)-[r:{{claim_types}}]->(b)
WHERE NOT r.rule STARTS WITH 'reference.'
WITH a, b, {{rel_type(r)}} AS type, count(DISTINCT r.doc_id) AS documents, collect(r.doc_id) AS doc_ids,
     collect(r.evidence) AS evidence
WHERE documents = 1 AND ($type = '' OR type = $type)
RETURN a.id AS source, a.name AS source_name, type, b.id AS target, b.name AS target_name,
       doc_ids, evidence
ORDER BY type, source, target
LIMIT $limit
