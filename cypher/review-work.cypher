// name: review-work
// title: Review work
// description: The analysts' judgements by kind, extraction rule and state, most first: rejections
// description: per rule say which rules the team finds weakest; a state other than 'applied' is a
// description: judgement whose claim, document or entity is gone (see graph-intel review status).
// read-only: true
MATCH (j:Judgement)
RETURN j.kind AS kind, coalesce(j.rule, '') AS rule, coalesce(j.state, 'pending') AS state,
       count(*) AS judgements, collect(DISTINCT j.analyst) AS analysts
ORDER BY judgements DESC, kind, rule, state
