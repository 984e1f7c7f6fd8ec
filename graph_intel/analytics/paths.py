"""Paths and gaps: how two entities are connected (with the evidence for
every hop), which links are probably missing, and which route legs and hubs
carry the traffic.
"""
from __future__ import annotations

import re
from typing import Any, Hashable

import networkx as nx

from graph_intel.analytics.measures import betweenness, edge_betweenness, sources_to_sample
from graph_intel.analytics.projections import CLAIM_FIELDS
from graph_intel.errors import Ambiguous, GraphIntelError, NotFound
from graph_intel.store.graphdata import shortest_route

LINK_METHODS = ("adamic_adar", "jaccard")

Node = Hashable


def find_node(G: nx.Graph, query: str) -> Node:
    """The node a user means: its id, else its name or an alias (case-insensitive),
    else the one node whose name has the text as a word, else as a part of a word."""
    if query in G:
        return query
    wanted = query.casefold()
    exact = [n for n, d in G.nodes(data=True)
             if str(d.get("name", n)).casefold() == wanted
             or wanted in (str(a).casefold() for a in d.get("aliases") or ())]
    # A whole word ("Atta") beats a fragment of one ("Abdussattar").
    words = exact or [n for n, d in G.nodes(data=True)
                      if re.search(rf"\b{re.escape(wanted)}\b", str(d.get("name", n)).casefold())]
    partial = words or [n for n, d in G.nodes(data=True) if wanted in str(d.get("name", n)).casefold()]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise NotFound(f"no entity called {query!r} in this graph; give an id such as agency:europol")
    shown = ", ".join(str(n) for n in partial[:5])
    raise Ambiguous(f"{query!r} matches {len(partial)} entities ({shown}); give one of their ids")


def evidence_path(M: nx.Graph, source: str, target: str) -> dict[str, Any]:
    """A shortest path between two entities, ignoring direction, with the claims of every hop
    (the path the store's `path` and `chart --to` give on the same graph).

    ``M`` is the multi-relational graph of :func:`projections.multigraph`
    (any graph works; hops then have no claims). Each hop lists every claim
    between its two nodes, in either direction, with its document and
    evidence sentence.

    Returns
    -------
    {"nodes": [{"id", "label", "name"}], "hops": [{"source", "target", "claims": [...]}]}

    Examples
    --------
    >>> M = nx.MultiDiGraph()
    >>> _ = M.add_edge("a", "b", type="LINKED_TO", doc_id="d1", evidence="A works with B")
    >>> [hop["claims"][0]["evidence"] for hop in evidence_path(M, "a", "b")["hops"]]
    ['A works with B']
    """
    start, end = find_node(M, source), find_node(M, target)
    undirected = M.to_undirected(as_view=True) if M.is_directed() else M

    def steps(frontier):
        return ((here, there) for here in frontier for there in undirected.neighbors(here))

    route = shortest_route(start, end, steps, max_hops=len(M))
    if route is None:
        raise NotFound(f"no path between {start} and {end} in this graph")
    nodes = [{"id": n, "label": M.nodes[n].get("label", ""), "name": M.nodes[n].get("name", n)} for n in route]
    hops = [{"source": u, "target": v, "claims": _claims_between(M, u, v)} for u, v in zip(route, route[1:])]
    return {"nodes": nodes, "hops": hops}


def _claims_between(M: nx.Graph, u: Node, v: Node) -> list[dict[str, Any]]:
    claims = []
    pairs = [(u, v), (v, u)] if M.is_directed() else [(u, v)]
    for a, b in pairs:
        if not M.has_edge(a, b):
            continue
        edges = M.get_edge_data(a, b)
        for data in (edges.values() if M.is_multigraph() else [edges]):
            if "type" not in data and "doc_id" not in data:
                continue
            claim = {"source": a, "type": data.get("type"), "target": b}
            claim.update({field: data.get(field) for field in CLAIM_FIELDS if data.get(field) is not None})
            claims.append(claim)
    return sorted(claims, key=lambda c: (c.get("published") or "", c.get("doc_id") or "", c["type"] or ""))


def predict_links(G: nx.Graph, *, method: str = "adamic_adar", top: int | None = 20,
                  nodes: list | None = None) -> list[dict[str, Any]]:
    """Pairs not yet tied that probably are: candidates for gap analysis.

    Only pairs with a common neighbour can score above 0, so only they are
    considered (direction is ignored). ``adamic_adar`` weighs a shared
    contact by ``1 / log(degree)`` — sharing a discreet contact says more
    than sharing a hub; ``jaccard`` is the share of contacts in common.

    Returns
    -------
    [{"source", "target", "score", "common": [shared neighbours]}], best first.

    Examples
    --------
    >>> G = nx.Graph([("a", "x"), ("b", "x"), ("a", "y"), ("b", "y"), ("c", "y")])
    >>> [(p["source"], p["target"]) for p in predict_links(G, method="jaccard", top=1)]
    [('a', 'b')]
    """
    if method not in LINK_METHODS:
        raise GraphIntelError(f"unknown link prediction method {method!r}; use {' or '.join(LINK_METHODS)}")
    U = nx.Graph(G) if G.is_directed() or G.is_multigraph() else G
    U = U.copy() if nx.number_of_selfloops(U) else U
    U.remove_edges_from(list(nx.selfloop_edges(U)))
    candidates = list(_open_pairs(U, nodes))
    scorer = nx.adamic_adar_index if method == "adamic_adar" else nx.jaccard_coefficient
    position = {n: i for i, n in enumerate(U)}
    scored = [{"source": u, "target": v, "score": score,
               "common": sorted(nx.common_neighbors(U, u, v), key=position.get)}
              for u, v, score in scorer(U, candidates)]
    scored.sort(key=lambda p: (-p["score"], position[p["source"]], position[p["target"]]))
    return scored if top is None else scored[:top]


def _open_pairs(U: nx.Graph, nodes: list | None):
    """Untied pairs two steps apart, each once, in graph order."""
    position = {n: i for i, n in enumerate(U)}
    focus = set(nodes) if nodes is not None else None
    seen = set()
    for middle in U:
        contacts = sorted(U.neighbors(middle), key=position.get)
        for i, a in enumerate(contacts):
            for b in contacts[i + 1:]:
                if (a, b) in seen or U.has_edge(a, b):
                    continue
                if focus is not None and a not in focus and b not in focus:
                    continue
                seen.add((a, b))
                yield a, b


def route_analysis(R: nx.DiGraph, *, top: int | None = 20, k: int | None = None, seed: int = 0,
                   exact: bool = False, notes: list[str] | None = None) -> dict[str, Any]:
    """Which legs and places carry the routes.

    Edge betweenness (the share of shortest routes between places that use a
    leg) ranks the legs; node betweenness ranks the hubs, with how many
    carriers start, pass, are seized or end at each place when the route
    network records it.

    Returns
    -------
    {"legs": [{"source", "target", "betweenness", "weight"}],
     "hubs": [{"node", "name", "betweenness", "in", "out", ...}]}

    Examples
    --------
    >>> R = nx.DiGraph([("CO", "EC"), ("EC", "NL"), ("BR", "NL")])
    >>> route_analysis(R)["legs"][0]["source"], route_analysis(R)["hubs"][0]["node"]
    ('CO', 'EC')
    """
    k = sources_to_sample(R, k, exact, seed, notes, "betweenness of legs and hubs", "place")
    leg_scores = edge_betweenness(R, k=k, seed=seed)
    hub_scores = betweenness(R, k=k, seed=seed)
    position = {n: i for i, n in enumerate(R)}
    legs = [{"source": u, "target": v, "betweenness": score,
             "weight": R.edges[u, v].get("weight", 1)} for (u, v), score in leg_scores.items()]
    legs.sort(key=lambda leg: (-leg["betweenness"], -leg["weight"], position[leg["source"]]))
    hubs = [_hub(R, node, score) for node, score in hub_scores.items()]
    hubs.sort(key=lambda hub: (-hub["betweenness"], -hub.get("transit", 0), position[hub["node"]]))
    return {"legs": legs[:top] if top else legs, "hubs": hubs[:top] if top else hubs}


def _hub(R: nx.DiGraph, node: Node, score: float) -> dict[str, Any]:
    data = R.nodes[node]
    hub = {"node": node, "name": data.get("name", node), "betweenness": score}
    if R.is_directed():
        hub.update({"in": R.in_degree(node, weight="weight"), "out": R.out_degree(node, weight="weight")})
    else:
        hub["degree"] = R.degree(node, weight="weight")
    for role in ("origin", "transit", "seizure", "destination"):
        if role in data:
            hub[role] = data[role]
    return hub
