// name: link-evidence
// title: Documents supporting a link
// description: Every claim directly linking two entities (any type, either direction): the document,
// description: its date and grading, the rule that extracted it and the evidence sentence with its span.
// param: source STRING example=organisation:balkan-cartel -- entity id, or its exact name
// param: target STRING example=platform:sky-ecc -- entity id, or its exact name
// read-only: true
MATCH (a)
WHERE a.id = $source OR toLower(a.name) = toLower($source)
MATCH (b)
WHERE b.id = $target OR toLower(b.name) = toLower($target)
// Both directions, each matched directed (see connection-paths).
UNWIND [[a.id, b.id], [b.id, a.id]] AS leg
WITH DISTINCT {{at(leg, 0)}} AS from_id, {{at(leg, 1)}} AS to_id
MATCH (x)
WHERE x.id = from_id
MATCH (x)-[r:{{claim_types}}]->(y)
WHERE y.id = to_id
MATCH (d:Document {id: r.doc_id})
RETURN from_id, {{rel_type(r)}} AS type, to_id,
       d.id AS doc_id, d.title AS document, d.published AS published, d.source AS source,
       r.grading AS grading, r.confidence AS confidence, r.rule AS rule, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end
ORDER BY published, doc_id, type
