"""Measures on small graphs with known answers (the networkx habit)."""
from __future__ import annotations

import math

import networkx as nx
import pytest

from graph_intel.analytics import measures
from graph_intel.analytics.measures import (brokerage, centrality_table, communities, constraint, kcore,
                                            modularity, pagerank)
from graph_intel.errors import GraphIntelError

KITE = nx.krackhardt_kite_graph()

# Krackhardt's kite: Andre..Jane are 0..9. Values as published with the kite.
KITE_EXPECTED = {
    "degree": {0: 4, 1: 4, 2: 3, 3: 6, 4: 3, 5: 5, 6: 5, 7: 3, 8: 2, 9: 1},
    "betweenness": {0: 0.023, 1: 0.023, 2: 0.000, 3: 0.102, 4: 0.000,
                    5: 0.231, 6: 0.231, 7: 0.389, 8: 0.222, 9: 0.000},
    "closeness": {0: 0.529, 1: 0.529, 2: 0.500, 3: 0.600, 4: 0.500,
                  5: 0.643, 6: 0.643, 7: 0.600, 8: 0.429, 9: 0.310},
    "eigenvector": {0: 0.352, 1: 0.352, 2: 0.286, 3: 0.481, 4: 0.286,
                    5: 0.398, 6: 0.398, 7: 0.196, 8: 0.048, 9: 0.011},
}


@pytest.mark.parametrize("backend", ["networkx", "igraph"])
def test_kite_table(backend):
    table = centrality_table(KITE, measures=list(KITE_EXPECTED), backend=backend)
    for measure, expected in KITE_EXPECTED.items():
        for node, value in expected.items():
            assert table[node][measure] == pytest.approx(value, abs=1e-3), (measure, node)


def test_table_has_one_row_per_node_and_rejects_unknown_measures():
    table = centrality_table(KITE)
    assert list(table) == list(KITE)
    assert list(table[0]) == ["degree", "betweenness", "closeness", "eigenvector", "pagerank"]
    with pytest.raises(GraphIntelError, match="unknown measure 'fame'"):
        centrality_table(KITE, measures=["fame"])


def test_pagerank_sums_to_one_and_follows_weights():
    G = nx.Graph([("a", "b"), ("b", "c")])
    G.edges["a", "b"]["weight"] = 10
    ranks = pagerank(G)
    assert sum(ranks.values()) == pytest.approx(1.0)
    assert ranks["a"] > ranks["c"]
    assert pagerank(G, weight=None)["a"] == pytest.approx(pagerank(G, weight=None)["c"])


@pytest.mark.parametrize("ours, theirs", [(measures.betweenness, nx.betweenness_centrality),
                                          (measures.edge_betweenness, nx.edge_betweenness_centrality)],
                         ids=["nodes", "ties"])
@pytest.mark.parametrize("options", [{}, {"k": 7, "seed": 3}, {"normalized": False}, {"k": 5, "seed": 1, "normalized": False}])
@pytest.mark.parametrize("directed", [False, True])
def test_igraph_betweenness_equals_networkx(ours, theirs, options, directed):
    G = nx.gnm_random_graph(40, 90, seed=11, directed=directed)
    G.add_edge(100, 101)   # a second component
    on_igraph, on_networkx = ours(G, backend="igraph", **options), theirs(G, **options)
    assert list(on_igraph) == list(on_networkx) and on_igraph == pytest.approx(on_networkx, abs=1e-12)


def test_centrality_columns_on_igraph_name_the_networkx_nodes():
    """A graph big enough (or asked) to run on igraph still reports its own nodes, not vertex numbers."""
    G = nx.relabel_nodes(nx.star_graph(4), {0: "hub", 1: "a", 2: "b", 3: "c", 4: "d"})
    nodes, columns = measures.centrality_columns(G, measures=["degree", "pagerank"], backend="igraph")
    assert sorted(nodes) == ["a", "b", "c", "d", "hub"]
    assert dict(zip(nodes, columns["degree"]))["hub"] == 4   # the centre of a four-leaf star


def test_sampled_betweenness_is_reproducible_with_a_seed():
    G = nx.gnm_random_graph(60, 150, seed=2)
    assert measures.betweenness(G, k=10, seed=5) == measures.betweenness(G, k=10, seed=5)
    assert measures.betweenness(G, k=10, seed=5) != measures.betweenness(G, k=10, seed=6)


def test_igraph_closeness_matches_wasserman_faust_on_disconnected_graph():
    G = nx.disjoint_union(nx.path_graph(4), nx.star_graph(3))
    assert measures.closeness(G, backend="igraph") == pytest.approx(nx.closeness_centrality(G))


def test_kcore():
    G = nx.complete_graph(4)
    G.add_edges_from([(3, 4), (4, 4)])   # a pendant with a self-loop
    assert kcore(G) == {0: 3, 1: 3, 2: 3, 3: 3, 4: 1}
    assert kcore(G, backend="igraph") == kcore(G)


# -- brokerage -------------------------------------------------------------------

def test_brokerage_roles_directed():
    # Broker v (group Y). Senders a, b (X) and e (Y); receivers c (Y), d (Z), f (X), b (X).
    G = nx.DiGraph([("a", "v"), ("b", "v"), ("e", "v"), ("v", "c"), ("v", "d"), ("v", "f"), ("v", "b"),
                    ("a", "b")])
    groups = {"a": "X", "b": "X", "f": "X", "v": "Y", "c": "Y", "e": "Y", "d": "Z"}
    roles = brokerage(G, groups)
    # a>v>c, b>v>c: X Y Y gatekeeper; a>v>d, b>v>d: liaison; a>v>f, b>v>f: X Y X itinerant;
    # a>v>b is closed by a>b; e>v>c: coordinator; e>v>d, e>v>f, e>v>b: Y Y other = representative.
    assert roles["v"] == {"coordinator": 1, "itinerant": 2, "representative": 3,
                          "gatekeeper": 2, "liaison": 2, "total": 10}
    assert roles["a"]["total"] == 0 and roles["b"]["total"] == 0


def test_brokerage_undirected_counts_both_directions():
    G = nx.Graph([("a", "v"), ("v", "c"), ("v", "d")])
    roles = brokerage(G, {"a": "X", "v": "X", "c": "Y", "d": "Y"})["v"]
    # a-v-c and a-v-d read both ways: a>v>c representative, c>v>a gatekeeper; c-v-d: itinerant twice.
    assert roles == {"coordinator": 0, "itinerant": 2, "representative": 2, "gatekeeper": 2,
                     "liaison": 0, "total": 6}


def test_brokerage_skips_nodes_without_a_group():
    G = nx.DiGraph([("a", "v"), ("v", "c")])
    assert brokerage(G, {"a": 1, "c": 2})["v"]["total"] == 0
    assert brokerage(G, {"a": 1, "v": 2})["v"]["total"] == 0


def test_constraint():
    G = nx.star_graph(3)
    G.add_node("alone")
    values = constraint(G)
    assert values[0] == pytest.approx(1 / 3)   # three unconnected contacts: a broker
    assert values[1] == pytest.approx(1.0)      # one contact: fully constrained
    assert values["alone"] is None
    kite = constraint(KITE)
    # Heather (7) bridges the kite to its tail: the least constrained.
    assert min(kite, key=kite.get) == 7 and kite[7] == pytest.approx(0.4311, abs=1e-4)


# -- communities -------------------------------------------------------------------

@pytest.mark.parametrize("method, backend", [("louvain", "networkx"), ("louvain", "igraph"), ("leiden", "auto")])
def test_communities_split_two_cliques(method, backend):
    G = nx.barbell_graph(5, 0)
    parts = communities(G, method=method, backend=backend, seed=7)
    assert len(set(parts.values())) == 2
    assert len({parts[n] for n in range(5)}) == 1 and parts[0] != parts[9]
    assert modularity(G, parts) == pytest.approx(nx.community.modularity(G, [set(range(5)), set(range(5, 10))]))


def test_communities_are_seeded_and_numbered_by_size():
    G = nx.connected_caveman_graph(6, 5)
    G.add_edges_from([(30, 31), (31, 32)])
    assert communities(G, seed=3) == communities(G, seed=3)
    assert communities(G, method="leiden", seed=3) == communities(G, method="leiden", seed=3)
    parts = communities(G, seed=3)
    sizes = [list(parts.values()).count(c) for c in sorted(set(parts.values()))]
    assert sizes == sorted(sizes, reverse=True)
    assert communities(G, seed=3) == communities(G, method="louvain", seed=3)   # auto: Louvain when small
    with pytest.raises(GraphIntelError, match="unknown community method"):
        communities(G, method="girvan")


def test_describe():
    G = nx.disjoint_union(nx.path_graph(3), nx.path_graph(2))
    assert measures.describe(G) == {"nodes": 5, "edges": 3, "directed": False, "density": 0.3,
                                    "components": 2, "largest_component": 3}


def test_eigenvector_failure_is_a_user_error():
    with pytest.raises(GraphIntelError, match="did not converge"):
        measures.eigenvector(nx.path_graph(30), max_iter=1)
    assert math.isclose(sum(v * v for v in measures.eigenvector(KITE).values()), 1.0)


# -- both paths agree, and a measure that cannot be computed does not take the others down -------

LOOPED = nx.Graph([(0, 1), (1, 2), (2, 0), (2, 3), (3, 3)])   # node 3 calls itself


@pytest.mark.parametrize("measure, reference", [
    ("pagerank", lambda G: nx.pagerank(G, weight=None)),
    ("eigenvector", lambda G: nx.eigenvector_centrality_numpy(G)),
])
def test_a_self_loop_is_one_tie_on_both_paths(measure, reference):
    expected = reference(LOOPED)
    for backend in ("networkx", "igraph"):
        table = centrality_table(LOOPED, measures=[measure], backend=backend)
        for node, value in expected.items():
            assert table[node][measure] == pytest.approx(value, abs=1e-6), (backend, node)


def test_constraint_of_a_directed_valued_network_counts_ties_both_ways():
    D = nx.DiGraph()
    D.add_weighted_edges_from([("a", "b", 2), ("c", "b", 1), ("a", "c", 1), ("b", "d", 3), ("e", "a", 1)])
    # Burt's constraint with p_ij from the summed ties both ways, by hand for d (one contact: 1)
    # and for c (contacts a and b, tied to each other): p_ca = p_cb = 1/2, p_ab = 3/6, p_ba = 3/6,
    # c_c = (1/2 + 1/2 * 3/6)^2 * 2 = 1.125 ... then networkx with SciPy gives the same.
    values = constraint(D, weight="weight")
    assert values["d"] == pytest.approx(1.0) and values["e"] == pytest.approx(1.0)
    assert values == pytest.approx(nx.constraint(D, weight="weight"))


def test_eigenvector_on_a_directed_network_not_strongly_connected_is_reported_not_fatal():
    D = nx.DiGraph([("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")])   # d reaches no one
    with pytest.raises(measures.MeasureUnavailable, match="not strongly connected.*3 of 4 nodes"):
        measures.eigenvector(D)
    notes = []
    table = centrality_table(D, measures=["degree", "eigenvector", "pagerank"], notes=notes)
    assert table["d"]["eigenvector"] is None and table["d"]["degree"] == 1
    assert sum(row["pagerank"] for row in table.values()) == pytest.approx(1.0)
    assert notes and notes[0].startswith("eigenvector: not computed: ")


def test_an_igraph_graph_gives_the_table_of_its_networkx_twin():
    G = nx.les_miserables_graph()
    g, _ = measures.to_igraph(G, "weight")
    g.vs["name"] = list(G)
    chosen = ["degree", "degree_centrality", "betweenness", "closeness", "eigenvector", "pagerank", "kcore",
              "constraint"]
    expected, got = centrality_table(G, measures=chosen), centrality_table(g, measures=chosen)
    assert set(got) == set(expected)
    for node in expected:
        # networkx's eigenvector iteration stops at a tolerance; igraph's ARPACK goes further.
        assert got[node] == pytest.approx(expected[node], rel=1e-3, abs=1e-6), node


def test_directed_closeness_on_igraph_matches_networkx():
    D = nx.gnp_random_graph(60, 0.05, directed=True, seed=4)
    expected = nx.closeness_centrality(D)
    got = measures.closeness(D, backend="igraph")
    assert got == pytest.approx(expected, abs=1e-9)


def test_sampled_closeness_estimates_the_exact_values():
    G = nx.connected_watts_strogatz_graph(1000, 6, 0.1, seed=1)
    G.add_edges_from([("x", "y"), ("y", "z")])   # a small component no sampled source may fall in
    exact = nx.closeness_centrality(G)
    estimate = measures.closeness(G, k=100, seed=1)
    assert max(abs(estimate[v] - exact[v]) / exact[v] for v in G) < 0.1
    assert estimate["y"] == pytest.approx(exact["y"])
    assert measures.closeness(G, k=len(G)) == pytest.approx(exact)   # k of every node is exact


def test_large_networks_sample_betweenness_and_closeness_by_default_and_say_so(monkeypatch):
    monkeypatch.setattr(measures, "EXACT_EDGES", 10)
    G = nx.path_graph(40)
    notes = []
    sampled = centrality_table(G, measures=["betweenness"], seed=2, notes=notes)
    assert notes == []   # 64 sources on 40 nodes is every node: exact, nothing to say
    assert sampled[20]["betweenness"] == pytest.approx(nx.betweenness_centrality(G)[20])
    monkeypatch.setattr(measures, "SAMPLED_SOURCES", 10)
    notes = []
    centrality_table(G, measures=["betweenness", "closeness"], seed=2, notes=notes)
    assert notes == ["betweenness and closeness estimated from 10 sampled sources (seed 2); "
                     "exact takes every node as a source"]
    exact = centrality_table(G, measures=["betweenness"], exact=True)
    assert exact[20]["betweenness"] == pytest.approx(nx.betweenness_centrality(G)[20])
