// name: link-evidence
// title: Documents supporting a link
// description: Every claim directly linking two entities (any type, either direction): the document,
// description: its date and grading, the rule that extracted it and the evidence sentence with its span
// description: (claims from source to target first, then those from target to source).
// param: source ENTITY example=agency:europol -- entity id, name or alias
// param: target ENTITY example=operation:operational-taskforce-balkan-cartel -- entity id, name or alias
// read-only: true
// Each direction matched directed, with the parameters in the pattern's own filter: LadybugDB
// expands from a node found through a parameter quickly, but joins every claim when the node
// comes from a variable (an UNWIND of both directions took a second on the benchmark graph).
MATCH (x)-[r:{{claim_types}}]->(y)
WHERE (x.id = $source OR toLower(x.name) = toLower($source)) AND (y.id = $target OR toLower(y.name) = toLower($target))
MATCH (d:Document {id: r.doc_id})
RETURN x.id AS from_id, {{rel_type(r)}} AS type, y.id AS to_id,
       d.id AS doc_id, d.title AS document, d.published AS published, d.source AS source,
       r.grading AS grading, r.confidence AS confidence, r.rule AS rule, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end
UNION ALL
MATCH (x)-[r:{{claim_types}}]->(y)
WHERE (x.id = $target OR toLower(x.name) = toLower($target)) AND (y.id = $source OR toLower(y.name) = toLower($source))
MATCH (d:Document {id: r.doc_id})
RETURN x.id AS from_id, {{rel_type(r)}} AS type, y.id AS to_id,
       d.id AS doc_id, d.title AS document, d.published AS published, d.source AS source,
       r.grading AS grading, r.confidence AS confidence, r.rule AS rule, r.evidence AS evidence,
       r.evidence_start AS evidence_start, r.evidence_end AS evidence_end
