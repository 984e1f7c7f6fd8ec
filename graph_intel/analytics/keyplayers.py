"""Key-player sets (Borgatti 2006): which k people, removed together, break
the network apart most (KPP-Neg), and which k people reach the most others
(KPP-Pos). Unlike the top-k of a centrality ranking, a key-player set is
chosen as a set, so two brokers of the same bridge are not both picked.
"""
from __future__ import annotations

import itertools
import math
import random
from typing import Any, Callable, Hashable, Iterable

import networkx as nx

from graph_intel.errors import GraphIntelError

GOALS = ("fragment", "reach")
# Every k-set is scored when sets x (nodes + ties) stays under this: a few seconds at most.
EXHAUSTIVE_WORK = 4_000_000

Node = Hashable


def fragmentation(G: nx.Graph, removed: Iterable[Node] = (), *, distance: bool = False) -> float:
    """Borgatti's fragmentation of what remains after removing ``removed``.

    The share of pairs of remaining nodes that cannot reach each other:
    ``1 - sum(s * (s - 1)) / (n * (n - 1))`` over component sizes ``s``.
    With ``distance=True`` it is distance-weighted: pairs far apart count as
    partly disconnected (``1 - mean of 1/d`` over ordered pairs). Components
    of a directed graph are weak ones; distances follow the ties' direction.

    Examples
    --------
    >>> fragmentation(nx.path_graph(5), [2])   # two pairs left: 4 of 12 pairs connected
    0.6666666666666667
    """
    H = G.subgraph(set(G) - set(removed))
    n = len(H)
    if n < 2:
        return 1.0
    if distance:
        closeness_sum = sum(1 / d for _, lengths in nx.all_pairs_shortest_path_length(H)
                            for d in lengths.values() if d > 0)
        return 1 - closeness_sum / (n * (n - 1))
    components = nx.weakly_connected_components(H) if H.is_directed() else nx.connected_components(H)
    return 1 - sum(len(c) * (len(c) - 1) for c in components) / (n * (n - 1))


def reach(G: nx.Graph, members: Iterable[Node], *, m: int | None = None) -> float:
    """How well a set reaches the rest of the network (KPP-Pos).

    Distance-weighted reach by default: the mean over all nodes of
    ``1 / d(set, node)``, where members themselves count 1 and unreachable
    nodes 0. With ``m``, the share of nodes within ``m`` steps of the set.

    Examples
    --------
    >>> reach(nx.path_graph(3), [0])   # (1 + 1/1 + 1/2) / 3
    0.8333333333333334
    """
    members = set(members)
    if not members or len(G) == 0:
        return 0.0
    lengths = nx.multi_source_dijkstra_path_length(G, members, cutoff=m, weight=lambda u, v, d: 1)
    if m is not None:
        return len(lengths) / len(G)
    return sum(1.0 if d == 0 else 1 / d for d in lengths.values()) / len(G)


def key_players(G: nx.Graph, k: int, *, goal: str = "fragment", m: int | None = None,
                distance: bool = False, seed: int | None = None, restarts: int = 10,
                max_rounds: int = 100) -> dict[str, Any]:
    """The set of ``k`` nodes that best fragments (``goal="fragment"``, KPP-Neg)
    or reaches (``goal="reach"``, KPP-Pos) the network.

    Where scoring every set of ``k`` is cheap (sets x (nodes + ties) up to
    ``EXHAUSTIVE_WORK``: all pairs of a 62-person network, say), every set is
    scored and the best returned: the optimum. Beyond, a heuristic:
    greedy (add the best node one at a time), then swap members for outsiders
    while any swap improves the score (Borgatti's optimisation). Swaps get
    stuck where no single exchange helps (removing any one person rarely
    splits a network, so many sets score alike), so the run also starts from
    the ``k`` nodes of highest betweenness and from ``restarts`` random sets
    drawn with ``seed``, and the best set wins: a good set, not a proven best.

    Returns
    -------
    {"nodes": [...], "score": float, "goal": goal, "method": "exhaustive" or "heuristic",
    "sets": number of sets scored}

    Examples
    --------
    >>> key_players(nx.star_graph(4), 1)["nodes"]   # removing the hub isolates everyone
    [0]
    """
    if goal not in GOALS:
        raise GraphIntelError(f"unknown goal {goal!r}; use fragment (KPP-Neg) or reach (KPP-Pos)")
    if not 0 < k <= len(G):
        raise GraphIntelError(f"k must be between 1 and the number of nodes ({len(G)}), got {k}")
    calls = [0]
    objective = _objective(G, goal, m, distance)

    def score(members):
        calls[0] += 1
        return objective(members)

    per_set = len(G) + G.number_of_edges()
    if math.comb(len(G), k) * per_set * (len(G) if distance else 1) <= EXHAUSTIVE_WORK:
        # max() keeps the first of equal sets: graph order breaks ties.
        best = list(max(itertools.combinations(G, k), key=lambda members: score(list(members))))
        return {"nodes": best, "score": objective(best), "goal": goal, "method": "exhaustive", "sets": calls[0]}
    rng = random.Random(seed)
    central = [node for node, _ in sorted(nx.betweenness_centrality(G).items(), key=lambda item: -item[1])[:k]]
    starts = [_greedy_add(G, k, score), central] + [rng.sample(list(G), k) for _ in range(restarts)]
    best, best_score = None, -1.0
    for start in starts:
        chosen = _improve_by_swaps(G, start, score, rng, max_rounds)
        value = score(chosen)
        if value > best_score + 1e-12:
            best, best_score = chosen, value
    return {"nodes": best, "score": best_score, "goal": goal, "method": "heuristic", "sets": calls[0]}


def _objective(G, goal: str, m: int | None, distance: bool) -> Callable[[list], float]:
    if goal == "fragment":
        return lambda members: fragmentation(G, members, distance=distance)
    return lambda members: reach(G, members, m=m)


def _greedy_add(G, k: int, score) -> list:
    chosen: list = []
    for _ in range(k):
        # max() keeps the first of equal candidates: graph order breaks ties.
        best = max((v for v in G if v not in chosen), key=lambda v: score(chosen + [v]))
        chosen.append(best)
    return chosen


def _improve_by_swaps(G, chosen: list, score, rng: random.Random, max_rounds: int) -> list:
    best = score(chosen)
    for _ in range(max_rounds):
        improved = False
        outsiders = [v for v in G if v not in chosen]
        rng.shuffle(outsiders)
        for i in range(len(chosen)):
            for v in outsiders:
                if v in chosen:
                    continue
                trial = chosen[:i] + [v] + chosen[i + 1:]
                value = score(trial)
                if value > best + 1e-12:
                    chosen, best, improved = trial, value, True
        if not improved:
            break
    return chosen
