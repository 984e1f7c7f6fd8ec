// name: uncorroborated-claims
// title: Single-source links
// description: Links (source, type, target) stated by one document only: the claims to corroborate
// description: before relying on them. Reference facts (a port in its country, from the gazetteer)
// description: are no document's statement and are left out.
// param: type STRING example=OPERATES_IN default= -- only this claim type; empty: every type
// param: limit INT64 example=50 default=200 -- at most this many rows
// read-only: true
// The write path keeps each link's number of documents on one of its claims (link_documents): the
// filter runs while the engine scans and yields one row per link, with no grouping of every claim
// (0.32 s at 1M claims). Every type at once still sorts most links of a large graph: give a type there.
MATCH (a)-[r:{{claim_types}}]->(b)
WHERE r.link_documents = 1 AND ($type = '' OR {{rel_type(r)}} = $type)
WITH a, b, {{rel_type(r)}} AS type
ORDER BY type, a.id, b.id
LIMIT $limit
OPTIONAL MATCH (a)-[s:{{claim_types}}]->(b)
WHERE {{rel_type(s)}} = type AND NOT s.rule STARTS WITH 'reference.'
WITH a, b, type, collect(s.doc_id) AS doc_ids, collect(s.evidence) AS evidence
RETURN a.id AS source, a.name AS source_name, type, b.id AS target, b.name AS target_name,
       doc_ids, evidence
ORDER BY type, source, target
