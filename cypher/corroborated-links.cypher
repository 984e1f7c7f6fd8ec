// name: corroborated-links
// title: Links stated by several documents
// description: Links (source, type, target) that at least min_documents documents state, each with its
// description: own evidence: the links that independent sources corroborate. Reference facts (a port in
// description: its country, from the gazetteer) are no document's statement and do not count.
// param: min_documents INT64 example=2 default=2 -- at least this many documents
// param: type STRING example=PARTICIPATED_IN default= -- only this claim type; empty: every type
// param: limit INT64 example=50 default=200 -- at most this many rows
// read-only: true
// The write path keeps each link's number of documents on one of its claims (link_documents): the
// filter runs while the engine scans and yields one row per link, with no grouping of every claim
// (that took 0.6 s at 1M claims). Two steps: the first picks the links to show; the second gathers
// their documents with both ends bound by id (44 ms at 1M claims), where a match from the first
// step's rows joined every claim again (110 ms). Links are keys 'source type target'.
MATCH (a)-[r:{{claim_types}}]->(b)
WHERE r.link_documents >= $min_documents AND ($type = '' OR {{rel_type(r)}} = $type)
WITH a.id AS source, {{rel_type(r)}} AS type, b.id AS target, r.link_documents AS documents
ORDER BY documents DESC, type, source, target
LIMIT $limit
// LadybugDB 0.22 drops a sort whose rows go straight into an aggregation, LIMIT or not: collect()
// then gathers the first rows scanned. The UNWIND between them keeps the sort.
UNWIND [source + ' ' + type + ' ' + target] AS link
RETURN collect(DISTINCT source) AS sources, collect(DISTINCT target) AS targets, collect(link) AS links;

MATCH (a)-[s:{{claim_types}}]->(b)
WHERE a.id IN $sources AND b.id IN $targets AND (a.id + ' ' + {{rel_type(s)}} + ' ' + b.id) IN $links
  AND NOT s.rule STARTS WITH 'reference.'
WITH a, b, {{rel_type(s)}} AS type, max(s.link_documents) AS documents, collect(DISTINCT s.doc_id) AS doc_ids
RETURN a.id AS source, a.name AS source_name, type, b.id AS target, b.name AS target_name, documents, doc_ids
ORDER BY documents DESC, type, source, target
