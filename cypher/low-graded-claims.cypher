// name: low-graded-claims
// title: Low-graded claims
// description: Claims whose Admiralty grading is below a threshold: source reliability worse than
// description: min_reliability (A best .. F) or information credibility worse than max_credibility
// description: (1 best .. 6); ungraded claims too when include_ungraded is true. Worst grading first.
// param: min_reliability STRING example=B default=B -- keep claims from sources graded worse than this letter
// param: max_credibility INT64 example=2 default=2 -- keep claims whose credibility digit is above this
// param: include_ungraded BOOLEAN example=true default=false -- also list claims without a grading
// param: limit INT64 example=50 default=200 -- at most this many rows
// read-only: true
//
// Two steps. Sorting every low-graded claim to keep the worst `limit` cost 0.5 s at 1M claims; the
// first step counts claims per grading (one pass, no sort) and finds the cutoff: the best grading
// that the worst `limit` claims reach. The second lists only claims at or below it. Grades compare
// as characters: 'C1' > 'B9' is a reliability worse than B; the credibility threshold is a digit
// character without toString() (absent in LadybugDB): left('0123456', n + 1) ends with the digit n.
// The threshold is applied to the collected counts, not to the claims: a filter on the grading
// column there would be moved before the count and run on every claim.
MATCH ()-[c:{{claim_types}}]->()
WITH c.grading AS grading, count(*) AS claims
WITH collect({grade: coalesce(grading, ''), claims: claims}) AS groups
UNWIND groups AS g
WITH g WHERE (g.grade = '' AND $include_ungraded)
   OR g.grade > toUpper($min_reliability) + '9'
   OR right(g.grade, 1) > right(left('0123456', $max_credibility + 1), 1)
WITH collect(g) AS low
UNWIND low AS g
UNWIND low AS worse
WITH g.grade AS grade, sum(CASE WHEN worse.grade >= g.grade THEN worse.claims ELSE 0 END) AS claims
WHERE claims >= $limit
RETURN coalesce(max(grade), '') AS cutoff;

MATCH (a)-[r:{{claim_types}}]->(b)
WHERE coalesce(r.grading, '') >= $cutoff
  AND (((r.grading IS NULL OR r.grading = '') AND $include_ungraded)
       OR r.grading > toUpper($min_reliability) + '9'
       OR right(r.grading, 1) > right(left('0123456', $max_credibility + 1), 1))
RETURN a.id AS source, {{rel_type(r)}} AS type, b.id AS target, coalesce(r.grading, '') AS grading,
       r.doc_id AS doc_id, r.evidence AS evidence
ORDER BY grading DESC, type, source, target, doc_id, evidence
LIMIT $limit
