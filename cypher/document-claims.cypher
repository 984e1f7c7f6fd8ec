// name: document-claims
// title: What a document claims
// description: Every claim a document states, in reading order, with the evidence sentence.
// description: (Found from the entities the document mentions: a claim's source is always one of them.)
// param: document STRING example=doc:3f3cca0ae7cd95baaf4134de -- document id (doc:...) or its file path
// read-only: true
MATCH (d:Document)
WHERE d.id = $document OR d.path = $document
MATCH (a)-[:MENTIONED_IN]->(d)
MATCH (a)-[r:{{claim_types}}]->(b)
WHERE r.doc_id = d.id
RETURN d.id AS doc_id, a.id AS source, a.name AS source_name, {{rel_type(r)}} AS type, b.id AS target,
       b.name AS target_name, r.role AS role, r.confidence AS confidence, r.rule AS rule,
       r.evidence_start AS evidence_start, r.evidence AS evidence
ORDER BY evidence_start, type, source, target
