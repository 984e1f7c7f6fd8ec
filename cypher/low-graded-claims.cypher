// name: low-graded-claims
// title: Low-graded claims
// description: Claims whose Admiralty grading is below a threshold: source reliability worse than
// description: min_reliability (A best .. F) or information credibility worse than max_credibility
// description: (1 best .. 6); ungraded claims too when include_ungraded is true.
// param: min_reliability STRING example=B default=B -- keep claims from sources graded worse than this letter
// param: max_credibility INT64 example=2 default=2 -- keep claims whose credibility digit is above this
// param: include_ungraded BOOLEAN example=true default=false -- also list claims without a grading
// param: limit INT64 example=50 default=200 -- at most this many rows
// read-only: true
MATCH (a)-[r:{{claim_types}}]->(b)
// Conditions on the claim itself, so the engine filters while it scans (a WITH before the WHERE made
// it materialise every claim first: 580 -> 460 ms at 1M claims). Grades compare as characters:
// 'C1' > 'B9' is a reliability worse than B; the credibility threshold is a digit character without
// toString() (absent in LadybugDB): left('0123456', n + 1) ends with the digit n.
WHERE ((r.grading IS NULL OR r.grading = '') AND $include_ungraded)
   OR r.grading > toUpper($min_reliability) + '9'
   OR right(r.grading, 1) > right(left('0123456', $max_credibility + 1), 1)
RETURN a.id AS source, {{rel_type(r)}} AS type, b.id AS target, coalesce(r.grading, '') AS grading,
       r.doc_id AS doc_id, r.evidence AS evidence
ORDER BY grading DESC, type, source, target
LIMIT $limit
