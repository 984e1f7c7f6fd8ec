"""Who holds a network together: centrality, k-cores, brokerage, constraint
and communities, in the networkx manner (graph first, keywords, ``seed=``,
plain dicts keyed by node).

Every measure takes a networkx graph or an ``igraph.Graph`` whose vertices
carry a ``name`` (as :func:`graph_intel.analytics.networks.read_large_network`
builds it for big files). Large networkx graphs (more than ``IGRAPH_EDGES``
edges) are handed to igraph's C core behind the same functions;
:func:`centrality_table` converts them once for all its measures. Results stay
keyed by the node either way, and both paths agree: a self-loop is one tie
from a node to itself (networkx's reading; igraph alone would walk it twice
in PageRank and count it twice in an eigenvector). PageRank and Burt's
constraint always run on igraph.
"""
from __future__ import annotations

import math
import random
from typing import Any, Callable, Hashable, Iterable, Mapping

import networkx as nx

from graph_intel.errors import GraphIntelError

IGRAPH_EDGES = 50_000
# Above this many edges exact betweenness and closeness take hours (every node a source):
# by default they are estimated from SAMPLED_SOURCES sources drawn with the seed.
EXACT_EDGES = 100_000
SAMPLED_SOURCES = 64
BACKENDS = ("auto", "networkx", "igraph")
BROKERAGE_ROLES = ("coordinator", "itinerant", "representative", "gatekeeper", "liaison")

Node = Hashable


class MeasureUnavailable(GraphIntelError):
    """A measure that is not defined, or did not converge, on this network (the others still are)."""


# -- igraph bridge -----------------------------------------------------------

def is_igraph(G) -> bool:
    return type(G).__module__.startswith("igraph")


def use_igraph(G, backend: str = "auto") -> bool:
    """Whether a measure should run on igraph for this graph."""
    if backend not in BACKENDS:
        raise GraphIntelError(f"unknown backend {backend!r}; use one of {', '.join(BACKENDS)}")
    if is_igraph(G):
        return True
    if backend == "auto":
        return G.number_of_edges() > IGRAPH_EDGES
    return backend == "igraph"


def to_igraph(G, weight: str | None = None):
    """(igraph.Graph, nodes) where vertex i is ``nodes[i]``; weights in ``"weight"``.

    An igraph graph passes through, its nodes named by its ``name`` attribute.
    """
    if is_igraph(G):
        return G, (G.vs["name"] if "name" in G.vs.attributes() else list(range(G.vcount())))
    import igraph as ig

    nodes = list(G)
    index = {node: i for i, node in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), directed=G.is_directed())
    g.add_edges([(index[u], index[v]) for u, v in G.edges()])
    if weight is not None:
        g.es["weight"] = [w for _, _, w in G.edges(data=weight, default=1)]
    return g, nodes


def _weights(g, weight: str | None, *, loops_once: bool = False):
    """igraph's weights argument; with ``loops_once`` an undirected self-loop weighs half,
    because igraph walks it in both directions where networkx sees one tie."""
    if not loops_once or g.is_directed() or not g.ecount() or not any(g.is_loop()):
        return "weight" if weight else None
    base = g.es["weight"] if weight else [1.0] * g.ecount()
    return [w / 2 if loop else w for w, loop in zip(base, g.is_loop())]


def _size(G) -> int:
    return G.vcount() if is_igraph(G) else len(G)


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
    if is_igraph(G):
        return dict(zip(to_igraph(G)[1], G.strength(weights="weight") if weight else G.degree()))
    return dict(G.degree(weight=weight))


def degree_centrality(G: nx.Graph) -> dict[Node, float]:
    """Degree divided by ``n - 1``: the share of the others a node is tied to.

    Examples
    --------
    >>> degree_centrality(nx.star_graph(3))[0]
    1.0
    """
    if is_igraph(G):
        scale = 1 / (G.vcount() - 1) if G.vcount() > 1 else 1.0
        return {node: d * scale for node, d in degree(G).items()}
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
    if k is not None and k >= _size(G):
        k = None
    if not use_igraph(G, backend):
        return nx.betweenness_centrality(G, k=k, normalized=normalized, weight=weight, seed=seed)
    g, nodes, sources, at = _on_igraph(G, k, seed, weight)
    raw = g.betweenness(directed=G.is_directed(), weights="weight" if weight else None, sources=at)
    # igraph counts each undirected pair once; networkx's scaling below expects ordered pairs.
    ordered = [b * (1 if G.is_directed() else 2) for b in raw]
    return _scale_betweenness(_keyed(nodes, ordered), len(nodes), G.is_directed(), normalized, sources)


def edge_betweenness(G: nx.Graph, *, k: int | None = None, normalized: bool = True, seed: int | None = None,
                     backend: str = "auto") -> dict[tuple[Node, Node], float]:
    """Share of shortest paths between all pairs that use each tie, keyed by ``G.edges()``: what
    ``networkx.edge_betweenness_centrality`` gives (with ``k`` sources drawn with ``seed``, the same
    sources, scaled the same way), on igraph for large graphs.

    Examples
    --------
    >>> edge_betweenness(nx.path_graph(3))   # 0 - 1 - 2: each tie carries 2 of the 3 pairs
    {(0, 1): 0.6666666666666666, (1, 2): 0.6666666666666666}
    """
    if k is not None and k >= _size(G):
        k = None
    if not use_igraph(G, backend):
        return nx.edge_betweenness_centrality(G, k=k, normalized=normalized, seed=seed)
    g, nodes, _, at = _on_igraph(G, k, seed)
    raw = g.edge_betweenness(directed=G.is_directed(), sources=at)
    n, from_sources = len(nodes), k or len(nodes)
    if n < 2:
        return dict(zip(G.edges(), map(float, raw)))
    # igraph counts each undirected pair once, networkx each ordered pair (s, t); then networkx's scale.
    pairs = 1 if G.is_directed() else 2
    scale = pairs / (from_sources * (n - 1)) if normalized else n / from_sources
    return {edge: b * scale for edge, b in zip(G.edges(), raw)}


def _on_igraph(G, k: int | None, seed: int | None, weight: str | None = None):
    """(igraph graph, nodes, the k sources networkx would draw with ``seed`` or None, their vertex
    numbers or None): the same sample on both backends."""
    g, nodes = to_igraph(G, weight)
    sources = random.Random(seed).sample(nodes, k) if k is not None else None
    index = {node: i for i, node in enumerate(nodes)}
    return g, nodes, sources, [index[s] for s in sources] if sources is not None else None


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


def closeness(G, *, distance: str | None = None, k: int | None = None, seed: int | None = None,
              backend: str = "auto") -> dict[Node, float]:
    """Inverse mean distance to the nodes that can be reached, scaled by the share reachable
    (Wasserman–Faust, the networkx default), so isolated corners do not look central.

    With ``k``, estimated from the distances of ``k`` sources drawn with
    ``seed`` (Eppstein and Wang's sampling): a node's mean distance is its mean
    distance to the sampled sources that reach it; nodes of an undirected
    network whose component holds no sampled source are computed exactly.

    Examples
    --------
    >>> closeness(nx.star_graph(2))[0]   # the hub is one step from both others
    1.0
    """
    if k is not None and k < _size(G) and distance is None:
        return _sampled_closeness(*to_igraph(G), k, seed)
    if not use_igraph(G, backend):
        return nx.closeness_centrality(G, distance=distance)
    g, nodes = to_igraph(G, distance)
    n = len(nodes)
    if g.is_directed():
        # networkx scores a node by the distances *to* it, scaled by how many can reach it.
        reachable = g.neighborhood_size(order=n, mode="in")
        raw = g.closeness(mode="in", weights="weight" if distance else None, normalized=True)
    else:
        reachable = _component_sizes(g)
        raw = g.closeness(weights="weight" if distance else None, normalized=True)
    return {node: (0.0 if math.isnan(c) or n < 2 else c * (reachable[i] - 1) / (n - 1))
            for i, (node, c) in enumerate(zip(nodes, raw))}


def _sampled_closeness(g, nodes: list, k: int, seed: int | None) -> dict[Node, float]:
    import numpy as np

    n = g.vcount()
    sources = random.Random(seed).sample(range(n), k)
    total, reached = np.zeros(n), np.zeros(n)
    for start in range(0, k, 4):   # four rows of n distances at a time keep memory flat
        distances = np.array(g.distances(source=sources[start:start + 4], mode="out"), dtype=float)
        counted = np.isfinite(distances) & (distances > 0)
        total += np.where(counted, distances, 0).sum(axis=0)
        reached += counted.sum(axis=0)
    if g.is_directed():
        # The share of sampled sources that reach a node estimates the share of all nodes that do.
        others = reached * (n - 1) / np.maximum(k - np.isin(np.arange(n), sources), 1)
    else:
        others = np.array(_component_sizes(g), dtype=float) - 1
    with np.errstate(divide="ignore", invalid="ignore"):
        values = np.where(reached > 0, others / (n - 1) * reached / total, 0.0)
    if not g.is_directed():
        missed = [v for v in range(n) if reached[v] == 0 and others[v] > 0]
        if missed:
            exact = g.closeness(vertices=missed, normalized=True)
            values[missed] = [c * others[v] / (n - 1) for v, c in zip(missed, exact)]
    return _keyed(nodes, values)


def _component_sizes(g) -> list[int]:
    sizes = [0] * g.vcount()
    for members in g.connected_components():
        for v in members:
            sizes[v] = len(members)
    return sizes


def eigenvector(G, *, weight: str | None = None, max_iter: int = 1000,
                backend: str = "auto") -> dict[Node, float]:
    """Ties to well-tied nodes count more; scaled to unit length as in networkx.

    Not defined on a directed network that is not strongly connected (most
    nodes would score zero, or the answer is not unique): that raises
    :class:`MeasureUnavailable`, as does an iteration that does not converge.

    Examples
    --------
    >>> e = eigenvector(nx.star_graph(3))
    >>> e[0] > e[1]
    True
    """
    if _size(G) == 0:
        return {}
    if G.is_directed():
        _require_strongly_connected(G)
    if not use_igraph(G, backend):
        try:
            return nx.eigenvector_centrality(G, max_iter=max_iter, weight=weight)
        except nx.PowerIterationFailedConvergence:
            raise MeasureUnavailable(f"eigenvector centrality did not converge in {max_iter} iterations; "
                                     f"PageRank is defined on every network") from None
    g, nodes = to_igraph(G, weight)
    # igraph 1.0 rejects directed=False on an undirected graph; it follows G's own kind.
    values = g.eigenvector_centrality(scale=True, weights=_weights(g, weight, loops_once=True))
    norm = math.sqrt(sum(v * v for v in values)) or 1.0
    return _keyed(nodes, (abs(v) / norm for v in values))


def _require_strongly_connected(G) -> None:
    g, nodes = (G, None) if is_igraph(G) else (None, G)
    if g is not None:
        parts = g.connected_components(mode="strong")
        largest, n = max(len(c) for c in parts), g.vcount()
    else:
        largest, n = max(len(c) for c in nx.strongly_connected_components(nodes)), len(nodes)
    if largest < n:
        raise MeasureUnavailable(
            f"eigenvector centrality is not defined on a directed network that is not strongly connected "
            f"(the largest strongly connected part has {largest} of {n} nodes); use pagerank, "
            f"or read the network undirected")


def pagerank(G: nx.Graph, *, alpha: float = 0.85, weight: str | None = "weight") -> dict[Node, float]:
    """PageRank (random surfer, damping ``alpha``); uses edge weights by default, as networkx.

    Runs on igraph's PRPACK solver (exact); values sum to 1.

    Examples
    --------
    >>> p = pagerank(nx.star_graph(3))
    >>> round(sum(p.values()), 6), p[0] > p[1]
    (1.0, True)
    """
    if _size(G) == 0:
        return {}
    g, nodes = to_igraph(G, weight)
    values = g.pagerank(directed=G.is_directed(), damping=alpha, weights=_weights(g, weight, loops_once=True))
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
        if g.has_multiple() or any(g.is_loop()):
            g = g.copy()
            g.simplify()   # cores count distinct neighbours, as networkx does
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
    "closeness": lambda G, **o: closeness(G, k=o.get("k"), seed=o.get("seed"),
                                          backend=o.get("backend", "auto")),
    "eigenvector": lambda G, **o: eigenvector(G, backend=o.get("backend", "auto")),
    "pagerank": lambda G, **o: pagerank(G),
    "kcore": lambda G, **o: kcore(G, backend=o.get("backend", "auto")),
    "constraint": lambda G, **o: constraint(G),
}
DEFAULT_MEASURES = ("degree", "betweenness", "closeness", "eigenvector", "pagerank")
SAMPLED = ("betweenness", "closeness")


def centrality_table(G, *, measures: Iterable[str] = DEFAULT_MEASURES,
                     k: int | None = None, seed: int | None = None, exact: bool = False,
                     backend: str = "auto", notes: list[str] | None = None) -> dict[Node, dict[str, float]]:
    """{node: {measure: value}} for several measures at once.

    ``degree`` is the raw number of ties; ``degree_centrality`` the share of
    the others. Betweenness, closeness and eigenvector are unweighted;
    PageRank uses the edge weights (the networkx defaults). Betweenness and
    closeness are exact up to ``EXACT_EDGES`` edges and estimated from
    ``SAMPLED_SOURCES`` sources above (``k`` sets the number, ``exact=True``
    insists on every source). A large networkx graph goes to igraph once.

    With a ``notes`` list, a measure that cannot be computed on this network
    gets None for every node and a note saying why (the others still come
    out), and an estimate is noted; without it, such a measure raises
    :class:`MeasureUnavailable`.

    Examples
    --------
    >>> table = centrality_table(nx.path_graph(3), measures=["degree", "betweenness"])
    >>> table[1]
    {'degree': 2, 'betweenness': 1.0}
    """
    measures = list(measures)
    nodes, columns = centrality_columns(G, measures=measures, k=k, seed=seed, exact=exact, backend=backend,
                                        notes=notes)
    return {node: {m: columns[m][i] for m in measures} for i, node in enumerate(nodes)}


def sources_to_sample(G, k: int | None, exact: bool, seed: int | None, notes: list[str] | None,
                      estimated: str, node: str) -> int | None:
    """How many sources estimate path measures: ``k`` as asked, else every node up to EXACT_EDGES
    ties (or with ``exact``) and SAMPLED_SOURCES above. A sample is said in ``notes``."""
    edges = G.ecount() if is_igraph(G) else G.number_of_edges()
    if k is None and not exact and edges > EXACT_EDGES:
        k = SAMPLED_SOURCES
    if k is not None and k < _size(G) and notes is not None:
        notes.append(f"{estimated} estimated from {k} sampled sources (seed {seed}); "
                     f"exact takes every {node} as a source")
    return k


def centrality_columns(G, *, measures: Iterable[str] = DEFAULT_MEASURES, k: int | None = None,
                       seed: int | None = None, exact: bool = False, backend: str = "auto",
                       notes: list[str] | None = None,
                       progress: Callable[[str], None] | None = None) -> tuple[list, dict[str, list]]:
    """:func:`centrality_table` as (nodes, {measure: values in node order}): no object per node,
    for networks of millions of ties. ``progress(measure)`` is called as each measure starts."""
    measures = list(measures)
    unknown = [m for m in measures if m not in MEASURES]
    if unknown:
        raise GraphIntelError(f"unknown measure {unknown[0]!r}; choose from {', '.join(MEASURES)}")
    sampled = [m for m in measures if m in SAMPLED]
    k = sources_to_sample(G, k, exact, seed, notes if sampled else None, " and ".join(sampled), "node")
    graph = G
    if not is_igraph(G) and use_igraph(G, backend):
        # One igraph graph for every measure, its vertices named by the nodes they stand for.
        graph, names = to_igraph(G, "weight")
        graph.vs["name"] = names
    columns = {}
    for measure in measures:
        if progress is not None:
            progress(measure)
        try:
            columns[measure] = MEASURES[measure](graph, k=k, seed=seed, backend=backend)
        except MeasureUnavailable as exc:
            if notes is None:
                raise
            notes.append(f"{measure}: not computed: {exc}")
            columns[measure] = {}
    nodes = to_igraph(graph)[1] if is_igraph(graph) else list(G)
    return nodes, {m: [columns[m].get(node) for node in nodes] for m in measures}


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


def constraint(G, *, weight: str | None = None) -> dict[Node, float | None]:
    """Burt's constraint: low when a node's contacts are not tied to each other,
    i.e. when it spans structural holes. Ties count in both directions of a
    directed network (as in networkx with SciPy and in igraph, which computes
    it here). Isolates have none (None rather than NaN).

    Examples
    --------
    >>> c = constraint(nx.star_graph(3))
    >>> round(c[0], 3), c[1]
    (0.333, 1.0)
    """
    g, nodes = to_igraph(G, weight)
    values = g.constraint(weights="weight" if weight else None)
    isolated = [d == 0 for d in g.degree(loops=False)]
    return {node: (None if alone or math.isnan(value) else value)
            for node, value, alone in zip(nodes, values, isolated)}


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


def describe(G) -> dict[str, Any]:
    """Size and shape of a network, for headers of reports."""
    if is_igraph(G):
        sizes = sorted(G.connected_components(mode="weak").sizes(), reverse=True)
        return {"nodes": G.vcount(), "edges": G.ecount(), "directed": G.is_directed(), "density": G.density(),
                "components": len(sizes), "largest_component": sizes[0] if sizes else 0}
    components = (nx.weakly_connected_components(G) if G.is_directed()
                  else nx.connected_components(G))
    sizes = sorted((len(c) for c in components), reverse=True)
    return {"nodes": len(G), "edges": G.number_of_edges(), "directed": G.is_directed(),
            "density": nx.density(G), "components": len(sizes),
            "largest_component": sizes[0] if sizes else 0}
