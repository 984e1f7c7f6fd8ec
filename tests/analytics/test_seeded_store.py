"""Analytics on the real embedded store loaded with seed/ (fixtures in tests/conftest.py)."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

from graph_intel.analytics import collapsed, evidence_path, multigraph, route_analysis, route_network
from graph_intel.analytics.projections import claim_rows, collapse
from graph_intel.store.base import ClaimFilter
from graph_intel.cli.analyze import analyze


def test_projections_read_the_store_like_plain_rows(seeded_store):
    rows = claim_rows(seeded_store)
    assert rows
    from_store, from_rows = collapsed(seeded_store), collapsed(rows)
    # Same edges in the same order, whatever order the backend returned the rows in.
    assert list(from_store.edges(data="weight")) == list(from_rows.edges(data="weight"))


@pytest.mark.parametrize("claim_filter", [ClaimFilter(), ClaimFilter(since="2020", min_confidence=0.7),
                                          ClaimFilter(relationships=frozenset({"PARTICIPATED_IN", "SEIZED_AT"}))])
def test_the_collapsed_graph_read_from_the_store_is_the_multigraph_collapsed(seeded_store, claim_filter):
    """collapsed() reads a store's claim ends only: the graph is the one collapsing every claim with its
    evidence gives, nodes and links with their data, in the same order."""
    fast, full = collapsed(seeded_store, claim_filter), collapse(multigraph(seeded_store, claim_filter))
    assert fast.number_of_edges() and list(fast.nodes(data=True)) == list(full.nodes(data=True))
    assert list(fast.edges(data=True)) == list(full.edges(data=True))


def test_path_from_europol_to_rotterdam_has_evidence_for_every_hop(seeded_store):
    path = evidence_path(multigraph(seeded_store), "Europol", "Rotterdam")
    assert path["nodes"][0]["id"] == "agency:europol"
    assert path["nodes"][-1]["name"] == "Rotterdam"
    for hop in path["hops"]:
        assert hop["claims"], hop
        assert all(claim["evidence"] and claim["doc_id"] for claim in hop["claims"])


def test_route_network_top_hub_is_a_transit_place(seeded_store):
    hubs = route_analysis(route_network(seeded_store))["hubs"]
    assert hubs and hubs[0]["transit"] >= 1


def test_cli_centrality_over_the_store_keeps_the_contract(seeded_db):
    result = CliRunner().invoke(analyze, ["centrality", "--db", str(seeded_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and all(list(row) == ["node", "degree", "betweenness", "closeness", "eigenvector", "pagerank"]
                        for row in rows)
    result = CliRunner().invoke(analyze, ["disrupt", "--db", str(seeded_db), "--block", "5", "--format", "json"])
    data = json.loads(result.output)
    assert data["lcc"][0] == max(len(c) for c in nx.connected_components(collapsed_graph(seeded_db)))
    assert data["lcc"][-1] == 0


def collapsed_graph(db):
    from graph_intel.store.embedded import EmbeddedStore

    store = EmbeddedStore(db, read_only=True)
    try:
        return collapsed(store)
    finally:
        store.close()


def test_one_path_whichever_way_it_is_asked(seeded_store, seeded_db):
    """chart --to (the store's path) and analyze path give the same path, hop for hop, between
    every pair of a sample of connected entities, ties between equally short paths included."""
    M = multigraph(seeded_store)
    ids = sorted(n for n in M if M.degree(n) > 1)[::3]
    pairs = [(a, b) for a in ids for b in ids if a < b and nx.has_path(M.to_undirected(as_view=True), a, b)]
    assert len(pairs) > 20
    for a, b in pairs:
        from_store = [n.id for n in seeded_store.path(a, b, max_hops=len(M)).nodes]
        from_analytics = [n["id"] for n in evidence_path(M, a, b)["nodes"]]
        assert from_store == from_analytics, (a, b)
    a, b = pairs[-1]
    result = CliRunner().invoke(analyze, ["path", a, b, "--db", str(seeded_db), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert [n["id"] for n in json.loads(result.output)["nodes"]] == from_store


def test_analyze_path_resolves_names_like_chart(seeded_db):
    result = CliRunner().invoke(analyze, ["path", "Europol", "Roterdam", "--db", str(seeded_db)])
    assert result.exit_code != 0
    assert "did you mean 'Rotterdam'" in result.output
