// name: connection-paths
// title: How two entities are connected
// description: A shortest chain of claims (up to 6 hops, either direction, documents excluded)
// description: between two entities; one row per claim between the two entities of each hop (so a
// description: hop stated by several documents shows each), with its document and evidence.
// param: source ENTITY example=organisation:pink-panthers -- entity id, name or alias
// param: target ENTITY example=agency:europol -- entity id, name or alias
// read-only: true
MATCH (a)
WHERE a.id = $source OR toLower(a.name) = toLower($source)
MATCH (b)
WHERE (b.id = $target OR toLower(b.name) = toLower($target)) AND b.id <> a.id
MATCH {{shortest_path(p, a, b, 6)}}
// Project the path before UNWIND: with UNWIND range(0, length(p) - 1) straight after the path
// pattern, LadybugDB re-plans the shortest-path search and took minutes on the benchmark graph.
WITH nodes(p) AS ns, length(p) AS hops
UNWIND range(0, hops - 1) AS hop
WITH hops, hop, {{at(ns, hop)}} AS here, {{at(ns, hop + 1)}} AS there
WITH hops, hop, here.id AS here_id, there.id AS there_id
// Claims in both directions, each matched directed (LadybugDB's start_node() on an undirected
// match returns the pattern's left node, not the claim's source).
UNWIND [[here_id, there_id, 'forward'], [there_id, here_id, 'backward']] AS leg
WITH hops, hop, here_id, there_id, {{at(leg, 0)}} AS source_id, {{at(leg, 1)}} AS target_id, {{at(leg, 2)}} AS direction
MATCH (x)
WHERE x.id = source_id
MATCH (x)-[r:{{claim_types}}]->(y)
WHERE y.id = target_id
MATCH (d:Document {id: r.doc_id})
RETURN hops, hop + 1 AS step, here_id AS from_id, {{rel_type(r)}} AS type, there_id AS to_id, direction,
       x.name AS source_name, y.name AS target_name, d.id AS doc_id, d.published AS published, r.grading AS grading, r.evidence AS evidence
ORDER BY step, from_id, to_id, type, direction, doc_id
