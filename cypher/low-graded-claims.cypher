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
// The credibility threshold as a digit character without toString() (absent in LadybugDB):
// left('0123456', n + 1) ends with the digit n. Grades compare as characters: 'C' > 'B', '3' > '2'.
WITH a, b, r, coalesce(r.grading, '') AS grading, right(left('0123456', $max_credibility + 1), 1) AS worst_digit
WHERE (grading = '' AND $include_ungraded)
   OR (grading <> '' AND (left(grading, 1) > toUpper($min_reliability) OR right(grading, 1) > worst_digit))
RETURN a.id AS source, {{rel_type(r)}} AS type, b.id AS target, grading, r.doc_id AS doc_id,
       r.evidence AS evidence
ORDER BY grading DESC, type, source, target
LIMIT $limit
