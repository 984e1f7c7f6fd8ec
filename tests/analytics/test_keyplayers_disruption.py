"""Key-player sets and disruption simulation on small graphs with exact answers."""
from __future__ import annotations

from itertools import combinations

import networkx as nx
import pytest

from graph_intel.analytics import disrupt, fragmentation, key_players, rank_nodes, reach
from graph_intel.analytics.disruption import collective_influence
from graph_intel.errors import GraphIntelError

KITE = nx.krackhardt_kite_graph()


def test_fragmentation_exact_values():
    assert fragmentation(nx.path_graph(5)) == 0.0
    assert fragmentation(nx.path_graph(5), [2]) == pytest.approx(1 - 4 / 12)
    assert fragmentation(nx.star_graph(4), [0]) == 1.0
    # Distance-weighted: path of 3 has ordered pairs at 1,1,1,1,2,2 -> mean 1/d = 5/6.
    assert fragmentation(nx.path_graph(3), distance=True) == pytest.approx(1 / 6)


def test_reach_exact_values():
    assert reach(nx.path_graph(5), [2]) == pytest.approx((1 + 1 + 1 + 0.5 + 0.5) / 5)
    assert reach(nx.path_graph(5), [2], m=1) == pytest.approx(3 / 5)
    G = nx.Graph([(0, 1)])
    G.add_node(2)
    assert reach(G, [0]) == pytest.approx(2 / 3)   # the isolate is not reached


def best_by_brute_force(G, k, score):
    return max(score(list(s)) for s in combinations(G, k))


@pytest.mark.parametrize("k", [1, 2, 3])
def test_kpp_neg_finds_the_best_fragmenting_set_of_the_kite(k):
    found = key_players(KITE, k, goal="fragment", seed=1)
    assert found["score"] == pytest.approx(best_by_brute_force(KITE, k, lambda s: fragmentation(KITE, s)))
    assert len(set(found["nodes"])) == k


def test_kpp_neg_picks_the_bridge():
    found = key_players(KITE, 1, goal="fragment")
    assert found["nodes"] == [7]   # Heather: only she holds the tail (Ike, Jane) to the kite


@pytest.mark.parametrize("k", [1, 2, 3])
def test_kpp_pos_finds_the_best_reaching_set_of_the_kite(k):
    found = key_players(KITE, k, goal="reach", seed=2)
    assert found["score"] == pytest.approx(best_by_brute_force(KITE, k, lambda s: reach(KITE, s)))


def test_kpp_pos_with_m_reach_covers_two_cliques():
    G = nx.barbell_graph(4, 3)
    found = key_players(G, 2, goal="reach", m=1)
    assert found["score"] == pytest.approx(10 / 11)


def test_key_players_checks_its_arguments():
    with pytest.raises(GraphIntelError, match="k must be between 1 and"):
        key_players(KITE, 0)
    with pytest.raises(GraphIntelError, match="unknown goal"):
        key_players(KITE, 1, goal="influence")


# -- disruption ------------------------------------------------------------------

def test_disruption_reports_lcc_before_and_after_every_step():
    G = nx.barbell_graph(3, 1)   # triangles 0-2 and 4-6 joined through 3
    result = disrupt(G, strategy="betweenness")
    assert result["lcc"][:2] == [7, 3]
    assert result["removed"][0] == [3]
    assert len(result["lcc"]) == len(result["removed"]) + 1 == 8
    assert result["lcc"][-1] == 0
    assert sum(len(batch) for batch in result["removed"]) == 7
    assert len(G) == 7   # the input is untouched


def test_blocks_recompute_between_blocks_but_initial_mode_does_not():
    # A hub (0) with a chain 10-11-12-13 hanging off: after the hub goes, the chain's middle matters.
    G = nx.star_graph(6)
    nx.add_path(G, [0, 10, 11, 12, 13])
    recomputed = disrupt(G, strategy="degree", block=1, steps=2)
    assert recomputed["removed"] == [[0], [11]] or recomputed["removed"] == [[0], [12]]
    once = disrupt(G, strategy="degree", mode="initial", block=2, steps=1)
    assert once["removed"] == [[0, 11]] or once["removed"] == [[0, 12]]
    assert once["lcc"] == [11, 2]


def test_blocks_of_k_remove_k_at_a_time_and_min_nodes_stops_early():
    G = nx.path_graph(12)
    result = disrupt(G, strategy="degree", block=5, min_nodes=5)
    assert [len(b) for b in result["removed"]] == [5]
    assert result["lcc"][0] == 12


def test_random_strategy_is_seeded():
    G = nx.gnm_random_graph(30, 60, seed=1)
    assert disrupt(G, strategy="random", seed=4) == disrupt(G, strategy="random", seed=4)
    assert disrupt(G, strategy="random", seed=4)["removed"] != disrupt(G, strategy="random", seed=5)["removed"]


@pytest.mark.parametrize("strategy", ["degree", "betweenness", "pagerank", "closeness", "eigenvector",
                                      "katz", "collective_influence"])
def test_every_strategy_removes_a_hub_of_a_double_star_first(strategy):
    G = nx.Graph([(0, 1), (0, 2), (0, 3), (0, 4), (1, 5), (1, 6), (1, 7)])
    assert disrupt(G, strategy=strategy, steps=1)["removed"] in ([[0]], [[1]])


def test_ties_follow_the_published_convention_unless_asked():
    G = nx.Graph([("a", "b"), ("c", "d")])
    assert rank_nodes(G, "degree") == ["d", "c", "b", "a"]
    assert rank_nodes(G, "degree", ties="first") == ["a", "b", "c", "d"]


def test_collective_influence_value():
    G = nx.path_graph(4)   # degrees 1 2 2 1
    assert collective_influence(G) == {0: 0, 1: 1, 2: 1, 3: 0}


def test_directed_graphs_use_weak_components():
    G = nx.DiGraph([(0, 1), (2, 1), (3, 4)])
    assert disrupt(G, strategy="degree", steps=1)["lcc"] == [3, 2]


def test_bad_arguments():
    with pytest.raises(GraphIntelError, match="unknown strategy 'fame'"):
        disrupt(KITE, strategy="fame")
    with pytest.raises(GraphIntelError, match="block must be at least 1"):
        disrupt(KITE, block=0)


def test_small_networks_get_the_optimal_set_by_scoring_every_set():
    ring = nx.cycle_graph(62)   # no one person splits a ring; two opposite people halve it
    found = key_players(ring, 2, goal="fragment", seed=3)
    assert found["method"] == "exhaustive" and found["sets"] == 62 * 61 // 2
    assert abs(found["nodes"][0] - found["nodes"][1]) == 31
    assert found["score"] == pytest.approx(1 - 2 * 30 * 29 / (60 * 59))


def test_beyond_the_exhaustive_budget_the_heuristic_says_so(monkeypatch):
    from graph_intel.analytics import keyplayers

    monkeypatch.setattr(keyplayers, "EXHAUSTIVE_WORK", 0)
    found = key_players(nx.barbell_graph(5, 1), 1, goal="fragment", seed=1)
    # The bridge node 5 between the two cliques of 5: removing it leaves 2 x 5 of 10 nodes.
    assert found["method"] == "heuristic" and found["nodes"] == [5]
    assert found["score"] == pytest.approx(1 - 2 * 5 * 4 / (10 * 9))
