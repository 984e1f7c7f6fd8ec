// name: new-documents-since
// title: Documents new since a date
// description: Documents published (or, with by=loaded, loaded into the graph) on or after a date,
// description: with how many entities and claims each brought and how many of its entities no
// description: earlier document mentions. Documents of unknown date are left out (undated=true
// description: lists them too, and never counts them as earlier). dated says how the date is known:
// description: stated by the document, or inferred from the latest date in its text.
// param: since DATE example=2023-01-01 -- YYYY, YYYY-MM or YYYY-MM-DD
// param: by STRING example=loaded default=published -- 'published' (the document's date) or 'loaded' (when it entered the graph)
// param: undated BOOLEAN example=true default=false -- also list documents whose publication date is unknown
// read-only: true
MATCH (d:Document)
WITH d, CASE WHEN $by = 'loaded' THEN coalesce(d.loaded_at, '') ELSE coalesce(d.published, '') END AS dated
WHERE dated >= $since OR ($undated AND dated = '')
MATCH (n)-[:MENTIONED_IN]->(d)
WITH d, dated, n, COUNT { MATCH (n)-[:MENTIONED_IN]->(old:Document)
                          WHERE CASE WHEN $by = 'loaded' THEN coalesce(old.loaded_at, '')
                                     ELSE coalesce(old.published, '') END < $since
                            AND CASE WHEN $by = 'loaded' THEN coalesce(old.loaded_at, '')
                                     ELSE coalesce(old.published, '') END <> '' } AS earlier
WITH d, dated, count(n) AS entities, count(CASE WHEN earlier = 0 THEN 1 END) AS new_entities
RETURN d.id AS doc_id, d.title AS title, d.published AS published, d.dated AS dated, d.loaded_at AS loaded_at,
       entities, new_entities,
       COUNT { MATCH (d)<-[:MENTIONED_IN]-(a)-[r:{{claim_types}}]->() WHERE r.doc_id = d.id } AS claims
ORDER BY published, doc_id
