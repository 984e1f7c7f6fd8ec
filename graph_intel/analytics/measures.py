"""Who holds a network together: centrality, k-cores, brokerage, constraint
and communities, in the networkx manner (graph first, keywords, ``seed=``,
plain dicts keyed by node).

Large graphs (more than ``IGRAPH_EDGES`` edges) are handed to igraph's C
core behind the same functions for betweenness, closeness, eigenvector,
k-core and communities; results stay keyed by the networkx node. PageRank
always runs on igraph (PRPACK): networkx's PageRank needs SciPy, which
graph-intel does not require.
"""
from __future__ import annotations

import math
import random
from typing import Any, Callable, Hashable, Iterable, Mapping

import networkx as nx

from graph_intel.errors import GraphIntelError

IGRAPH_EDGES = 50_000
BACKENDS = ("auto", "networkx", "igraph")
BROKERAGE_ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")

Node = Hashable


# -- igraph bridge -----------------------------------------------------------

def use_igraph(G: nx.Graph, backend: str = "auto") -> bool:
    """Whether a measure should run on igraph for this graph."""
    if backend not in BACKENDS:
        raise GraphIntelError(f"unknown backend {backend!r}; use one of {', '.join(BACKENDS)}")
    if backend == "auto":
        return G.number_of_edges() > IGRAPH_EDGES
    return backend == "igraph"


def to_igraph(G: nx.Graph, weight: str | None = None):
    """(igraph.Graph, nodes) where vertex i is ``nodes[i]``; weights in ``"weight"``."""
    import igraph as ig

    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), directed=G.is_directed())
    g.add_edges([(index[u], index[v]) for u, v in G.edges()])
    if weight is not None:
        g.es["weight"] = [w for _, _, w in G.edges(data=weight, default=1)]
    return g, nodes


def _keyed(nodes: list, values: Iterable[float]) -> dict:
    return {node: float(value) for node, value in zip(nodes, values)}


def _seeded_igraph(seed: int | None):
    """Seed igraph's random choices; returns a function restoring its default generator."""
    import igraph as ig

    ig.set_random_number_generator(random.Random(seed))
    return lambda: ig.set_random_number_generator(random)


# -- centrality ------------------------------------------------------------

def degree(G: nx.Graph, *, weight: str | None = None) -> dict[Node, float]:
    """Number of ties of each node (sum of weights when ``weight`` is given).

    Examples
    --------
    >>> G = nx.star_graph(3)   # hub 0 with three spokes
    >>> degree(G)[0], degree(G)[1]
    (3, 1)
    """
    return dict(G.degree(weight=weight))


def degree_centrality(G: nx.Graph) -> dict[Node, float]:
    """Degree divided by ``n - 1``: the share of the others a node is tied to.

    Examples
    --------
    >>> degree_centrality(nx.star_graph(3))[0]
    1.0
    """
    return nx.degree_centrality(G)


def betweenness(G: nx.Graph, *, k: int | None = None, normalized: bool = True,
                weight: str | None = None, seed: int | None = None,
                backend: str = "auto") -> dict[Node, float]:
    """Share of shortest paths between others that pass through each node.

    Exact by default; with ``k`` the paths from ``k`` sources drawn with
    ``seed`` estimate it, scaled exactly as ``networkx.betweenness_centrality``
    scales its own estimate (the same seed picks the same sources, so both
    backends agree). ``weight`` is a distance (a longer tie), as in networkx.

    Examples
    --------
    >>> G = nx.path_graph(3)   # 0 - 1 - 2: every path between the ends uses 1
    >>> betweenness(G)
    {0: 0.0, 1: 1.0, 2: 0.0}
    """
    if k is not None and k >= len(G):
        k = None
    if not use_igraph(G, backend):
        return nx.betweenness_centrality(G, k=k, normalized=normalized, weight=weight, seed=seed)
    g, nodes = to_igraph(G, weight)
    sources = random.Random(seed).sample(nodes, k) if k is not None else None
    index = {node: i for i, node in enumerate(nodes)}
    raw = g.betweenness(directed=G.is_directed(), weights="weight" if weight else None,
                        sources=[index[s] for s in sources] if sources is not None else None)
    # igraph counts each undirected pair once; networkx's scaling below expects ordered pairs.
    ordered = [b * (1 if G.is_directed() else 2) for b in raw]
    return _scale_betweenness(_keyed(nodes, ordered), len(G), G.is_directed(), normalized, sources)


def _scale_betweenness(ordered: dict, n: int, directed: bool, normalized: bool,
                       sources: list | None) -> dict:
    """Scale ordered-pair path counts the way networkx does (endpoints excluded)."""
    pairs_per_source = n - 2
    if n <= 2:
        return ordered
    if sources is None:
        factor = (1 / ((n - 1) * pairs_per_source) if normalized
                  else 1 / (1 if directed else 2))
        return {v: b * factor for v, b in ordered.items()}
    k = len(sources)
    correction = 1 if directed else 2
    # A sampled source never lies between itself and a target: it saw k-1 sources, not k.
    if normalized:
        as_source = 1 / ((k - 1) * pairs_per_source) if k > 1 else math.nan
        as_other = 1 / (k * pairs_per_source)
    else:
        as_source = (n - 1) / ((k - 1) * correction) if k > 1 else math.nan
        as_other = (n - 1) / (k * correction)
    chosen = set(sources)
    return {v: b * (as_source if v in chosen else as_other) for v, b in ordered.items()}


def closeness(G: nx.Graph, *, distance: str | None = None, backend: str = "auto") -> dict[Node, float]:
    """Inverse mean distance to the nodes that can be reached, scaled by the share reachable
    (Wasserman–Faust, the networkx default), so isolated corners do not look central.

    Examples
    --------
    >>> closeness(nx.star_graph(2))[0]   # the hub is one step from both others
    1.0
    """
    if G.is_directed() or not use_igraph(G, backend):
        return nx.closeness_centrality(G, distance=distance)
    g, nodes = to_igraph(G, distance)
    reachable = _component_sizes(g)
    n = len(nodes)
    raw = g.closeness(weights="weight" if distance else None, normalized=True)
    return {node: (0.0 if math.isnan(c) or n < 2 else c * (reachable[i] - 1) / (n - 1))
            for i, (node, c) in enumerate(zip(nodes, raw))}


def _component_sizes(g) -> list[int]:
    sizes = [0] * g.vcount()
    for members in g.connected_components():
        for v in members:
            sizes[v] = len(members)
    return sizes


def eigenvector(G: nx.Graph, *, weight: str | None = None, max_iter: int = 1000,
                backend: str = "auto") -> dict[Node, float]:
    """Ties to well-tied nodes count more; scaled to unit length as in networkx.

    Examples
    --------
    >>> e = eigenvector(nx.star_graph(3))
    >>> e[0] > e[1]
    True
    """
    if len(G) == 0:
        return {}
    if not use_igraph(G, backend):
        try:
            return nx.eigenvector_centrality(G, max_iter=max_iter, weight=weight)
        except nx.PowerIterationFailedConvergence:
            raise GraphIntelError(f"eigenvector centrality did not converge in {max_iter} iterations; "
                                  f"raise max_iter or use pagerank") from None
    g, nodes = to_igraph(G, weight)
    # igraph 1.0 rejects directed=False on an undirected graph; it follows G's own kind.
    values = g.eigenvector_centrality(scale=True, weights="weight" if weight else None)
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return _keyed(nodes, (v / norm for v in values))


def pagerank(G: nx.Graph, *, alpha: float = 0.85, weight: str | None = "weight") -> dict[Node, float]:
    """PageRank (random surfer, damping ``alpha``); uses edge weights by default, as networkx.

    Runs on igraph's PRPACK solver (exact); values sum to 1.

    Examples
    --------
    >>> p = pagerank(nx.star_graph(3))
    >>> round(sum(p.values()), 6), p[0] > p[1]
    (1.0, True)
    """
    if len(G) == 0:
        return {}
    g, nodes = to_igraph(G, weight)
    values = g.pagerank(directed=G.is_directed(), damping=alpha,
                        weights="weight" if weight else None)
    return _keyed(nodes, values)


def kcore(G: nx.Graph, *, backend: str = "auto") -> dict[Node, int]:
    """Core number: the largest k such that the node sits in a subgraph where all have degree ≥ k.

    Examples
    --------
    >>> G = nx.complete_graph(4); G.add_edge(3, 4)
    >>> kcore(G)[0], kcore(G)[4]
    (3, 1)
    """
    if use_igraph(G, backend):
        g, nodes = to_igraph(G)
        g.simplify()
        return {node: int(c) for node, c in zip(nodes, g.coreness(mode="all"))}
    H = G.copy() if nx.number_of_selfloops(G) else G
    if H is not G:
        # Self-loops (someone calling themselves) are data, but cores are defined without them.
        H.remove_edges_from(list(nx.selfloop_edges(H)))
    return nx.core_number(H)


MEASURES: dict[str, Callable[..., dict]] = {
    "degree": lambda G, **o: degree(G),
    "degree_centrality": lambda G, **o: degree_centrality(G),
    "betweenness": lambda G, **o: betweenness(G, k=o.get("k"), seed=o.get("seed"),
                                              backend=o.get("backend", "auto")),
    "closeness": lambda G, **o: closeness(G, backend=o.get("backend", "auto")),
    "eigenvector": lambda G, **o: eigenvector(G, backend=o.get("backend", "auto")),
    "pagerank": lambda G, **o: pagerank(G),
    "kcore": lambda G, **o: kcore(G, backend=o.get("backend", "auto")),
    "constraint": lambda G, **o: constraint(G),
}
DEFAULT_MEASURES = ("degree", "betweenness", "closeness", "eigenvector", "pagerank")


def centrality_table(G: nx.Graph, *, measures: Iterable[str] = DEFAULT_MEASURES,
                     k: int | None = None, seed: int | None = None,
                     backend: str = "auto") -> dict[Node, dict[str, float]]:
    """{node: {measure: value}} for several measures at once.

    ``degree`` is the raw number of ties; ``degree_centrality`` the share of
    the others. Betweenness, closeness and eigenvector are unweighted;
    PageRank uses the edge weights (the networkx defaults).

    Examples
    --------
    >>> table = centrality_table(nx.path_graph(3), measures=["degree", "betweenness"])
    >>> table[1]
    {'degree': 2, 'betweenness': 1.0}
    """
    measures = list(measures)
    unknown = [m for m in measures if m not in MEASURES]
    if unknown:
        raise GraphIntelError(f"unknown measure {unknown[0]!r}; choose from {', '.join(MEASURES)}")
    columns = {m: MEASURES[m](G, k=k, seed=seed, backend=backend) for m in measures}
    return {node: {m: columns[m].get(node) for m in measures} for node in G}


def top(scores: Mapping[Node, float], n: int = 10) -> list[tuple[Node, float]]:
    """The n highest-scoring nodes, ties in node order."""
    return sorted(scores.items(), key=lambda item: -item[1])[:n]


# -- brokerage and structural holes ----------------------------------------

def brokerage(G: nx.Graph, groups: Mapping[Node, Hashable]) -> dict[Node, dict[str, int]]:
    """Gould–Fernandez brokerage roles of every node.

    A node ``v`` brokers the open two-path ``a -> v -> c`` when there is no
    direct tie ``a -> c``. The groups of ``a``, ``v`` and ``c`` name the role:
    coordinator (all in one group), itinerant or consultant (``a`` and ``c``
    share a group, ``v`` is an outsider), representative (``v`` speaks for
    its group to another: ``a`` and ``v`` share a group), gatekeeper (``v``
    lets an outsider into its group: ``v`` and ``c`` share a group) and
    liaison (three groups). Two-paths through a node without a group are not
    counted.

    In an undirected graph each tie is read in both directions, so every open
    two-path counts twice (once each way): coordinator, itinerant and liaison
    counts are twice the number of unordered pairs, and each representative
    two-path is also a gatekeeper one, so those two counts are equal.

    Returns
    -------
    {node: {role: count, ..., "total": count}}

    Examples
    --------
    >>> G = nx.DiGraph([("a", "v"), ("v", "c")])
    >>> brokerage(G, {"a": "X", "v": "Y", "c": "Y"})["v"]["gatekeeper"]
    1
    """
    result = {}
    for v in G:
        counts = dict.fromkeys(BROKERAGE_ROLES, 0)
        if v in groups:
            for a, c in _open_two_paths(G, v):
                if a in groups and c in groups:
                    counts[_role(groups[a], groups[v], groups[c])] += 1
        counts["total"] = sum(counts.values())
        result[v] = counts
    return result


def _open_two_paths(G: nx.Graph, v: Node):
    senders = G.predecessors(v) if G.is_directed() else G.neighbors(v)
    receivers = list(G.successors(v) if G.is_directed() else G.neighbors(v))
    for a in senders:
        for c in receivers:
            if a != c and a != v and c != v and not G.has_edge(a, c):
                yield a, c


def _role(source_group, broker_group, target_group) -> str:
    if source_group == broker_group == target_group:
        return "coordinator"
    if source_group == target_group:
        return "itinerant"
    if source_group == broker_group:
        return "representative"
    if broker_group == target_group:
        return "gatekeeper"
    return "liaison"


def constraint(G: nx.Graph, *, weight: str | None = None) -> dict[Node, float | None]:
    """Burt's constraint (networkx): low when a node's contacts are not tied to each other,
    i.e. when it spans structural holes. Isolates have none (None rather than NaN).

    Examples
    --------
    >>> c = constraint(nx.star_graph(3))
    >>> round(c[0], 3), c[1]
    (0.333, 1.0)
    """
    values = nx.constraint(G, weight=weight)
    return {node: (None if math.isnan(value) else value) for node, value in values.items()}


# -- communities -------------------------------------------------------------

def communities(G: nx.Graph, *, method: str = "auto", resolution: float = 1.0,
                weight: str | None = "weight", seed: int | None = None,
                backend: str = "auto") -> dict[Node, int]:
    """Community of every node, numbered from 0 for the largest.

    ``louvain`` runs networkx's seeded Louvain (igraph's multilevel on large
    graphs); ``leiden`` runs igraph's Leiden with the modularity objective,
    which guarantees connected communities; ``auto`` (default) is Louvain
    up to ``IGRAPH_EDGES`` edges and Leiden above, where it is several times
    faster for the same modularity. igraph works on the undirected version
    of a directed graph.

    Examples
    --------
    >>> G = nx.barbell_graph(4, 0)   # two cliques joined by one tie
    >>> parts = communities(G, seed=1)
    >>> parts[0] == parts[3] != parts[4] == parts[7]
    True
    """
    if method not in ("auto", "louvain", "leiden"):
        raise GraphIntelError(f"unknown community method {method!r}; use louvain or leiden")
    if method == "auto":
        method = "leiden" if use_igraph(G, backend) else "louvain"
    if method == "louvain" and not use_igraph(G, backend):
        groups = nx.community.louvain_communities(G, weight=weight, resolution=resolution, seed=seed)
        return _numbered(groups)
    return _igraph_communities(G, method, resolution, weight, seed)


def _igraph_communities(G, method, resolution, weight, seed) -> dict[Node, int]:
    g, nodes = to_igraph(G.to_undirected(as_view=True) if G.is_directed() else G, weight)
    if G.is_directed():
        g.simplify(combine_edges="sum" if weight else None)
    weights = "weight" if weight else None
    restore = _seeded_igraph(seed)
    try:
        if method == "leiden":
            # Two iterations (igraph's default): iterating to stability costs ~30x the time
            # for a percent of modularity on large graphs.
            clustering = g.community_leiden(objective_function="modularity", weights=weights,
                                            resolution=resolution, n_iterations=2)
        else:
            clustering = g.community_multilevel(weights=weights, resolution=resolution)
    finally:
        restore()
    return _numbered([{nodes[v] for v in members} for members in clustering])


def _numbered(groups: Iterable[set]) -> dict[Node, int]:
    ordered = sorted((set(group) for group in groups), key=lambda group: -len(group))
    return {node: number for number, group in enumerate(ordered) for node in group}


def modularity(G: nx.Graph, membership: Mapping[Node, int], *, weight: str | None = "weight") -> float:
    """Modularity of a {node: community} partition."""
    groups: dict[int, set] = {}
    for node, number in membership.items():
        groups.setdefault(number, set()).add(node)
    return nx.community.modularity(G, groups.values(), weight=weight)


def describe(G: nx.Graph) -> dict[str, Any]:
    """Size and shape of a network, for headers of reports."""
    components = (nx.weakly_connected_components(G) if G.is_directed()
                  else nx.connected_components(G))
    sizes = sorted((len(c) for c in components), reverse=True)
    return {"nodes": len(G), "edges": G.number_of_edges(), "directed": G.is_directed(),
            "density": nx.density(G), "components": len(sizes),
            "largest_component": sizes[0] if sizes else 0}
