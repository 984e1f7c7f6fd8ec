"""Projections of claim rows (shaped like GraphStore.claims()) and paths with evidence."""
from __future__ import annotations

import math

import networkx as nx
import pytest

from graph_intel.analytics import (agency_network, collapsed, country_network, evidence_path, find_node,
                                   multigraph, organisation_network, predict_links, route_analysis,
                                   route_network)
from graph_intel.errors import Ambiguous, NotFound
from graph_intel.store.base import ClaimFilter


class RowStore:
    """Test double for projection logic only: serves fixed rows the way a store does."""

    def __init__(self, rows, entities=()):
        self.rows, self.entity_rows, self.asked = rows, list(entities), []

    def claims(self, claim_filter=None):
        self.asked.append(claim_filter)
        return iter(self.rows)

    def entities(self, labels=None):
        return iter(e for e in self.entity_rows if labels is None or e["label"] in labels)


def test_multigraph_keeps_every_claim_with_its_provenance(tiny_case):
    M = multigraph(tiny_case)
    assert M.number_of_edges() == len(tiny_case)
    claims = list(M.get_edge_data("organisation:balkan", "organisation:kartel").values())
    assert sorted(c["doc_id"] for c in claims) == ["d1", "d2"]
    assert M.nodes["agency:europol"] == {"label": "Agency", "name": "Europol"}
    seized = M.get_edge_data("shipment:s1", "port:nlrtm")
    (data,) = seized.values()
    assert data["evidence"] == "700 kg of cocaine seized in the port of Rotterdam"
    assert (data["type"], data["evidence_start"], data["grading"]) == ("SEIZED_AT", 40, "B2")


def test_multigraph_from_a_store_uses_its_filter_and_entities(tiny_case):
    store = RowStore(tiny_case, [{"id": "agency:europol", "label": "Agency", "name": "Europol",
                                  "aliases": ["EU police agency"], "properties": {"kind": "international"}}])
    wanted = ClaimFilter(relationships=frozenset({"PARTICIPATED_IN"}))
    M = multigraph(store, wanted)
    assert store.asked == [wanted]
    assert {d["type"] for _, _, d in M.edges(data=True)} == {"PARTICIPATED_IN"}
    assert M.nodes["agency:europol"]["aliases"] == ["EU police agency"]
    assert M.nodes["agency:europol"]["kind"] == "international"


def test_collapsed_weight_counts_documents(tiny_case):
    G = collapsed(tiny_case)
    link = G.edges["organisation:balkan", "organisation:kartel"]
    assert (link["weight"], link["claims"], link["types"], link["doc_ids"]) == (2, 2, ["LINKED_TO"], ["d1", "d2"])
    assert not G.is_directed()
    assert collapsed(tiny_case, directed=True).has_edge("shipment:s1", "port:nlrtm")


def test_filters_by_date_grading_and_label(tiny_case):
    recent = collapsed(tiny_case, ClaimFilter(since="2024"))
    assert recent.edges["organisation:balkan", "organisation:kartel"]["weight"] == 1
    assert not recent.has_edge("shipment:s1", "port:nlrtm")
    reliable = collapsed(tiny_case, ClaimFilter(min_reliability="B"))
    assert reliable.edges["organisation:balkan", "organisation:kartel"]["doc_ids"] == ["d1"]
    agencies_only = multigraph(tiny_case, ClaimFilter(labels=frozenset({"Agency", "Operation"})))
    assert {d["label"] for _, d in agencies_only.nodes(data=True)} == {"Agency", "Operation"}


def test_agency_and_country_co_participation(tiny_case):
    A = agency_network(tiny_case)
    assert A.edges["agency:europol", "agency:policia"]["weight"] == 2
    assert A.edges["agency:europol", "agency:policia"]["via"] == ["operation:alpha", "operation:beta"]
    assert A.edges["agency:fbi", "agency:policia"]["weight"] == 1
    assert A.nodes["agency:fbi"]["label"] == "Agency"
    assert agency_network(tiny_case, ClaimFilter(until="2023")).number_of_edges() == 1
    C = country_network(tiny_case)
    assert list(C.edges(data="weight")) == [("country:es", "country:nl", 1)]


def test_route_network_chains_origin_transits_seizure_destination(tiny_case):
    R = route_network(tiny_case)
    assert R.is_directed()
    legs = {(u, v): d["weight"] for u, v, d in R.edges(data=True)}
    assert legs == {("country:co", "country:ec"): 1, ("country:ec", "country:es"): 1,
                    ("country:es", "port:nlrtm"): 1, ("port:nlrtm", "country:rs"): 1,
                    ("country:co", "port:nlrtm"): 1}
    assert R.nodes["port:nlrtm"]["seizure"] == 2 and R.nodes["country:co"]["origin"] == 2
    assert R.edges["country:co", "port:nlrtm"]["carriers"] == ["shipment:s2"]


def test_route_analysis_finds_the_transit_hub(tiny_case):
    report = route_analysis(route_network(tiny_case))
    assert report["hubs"][0]["node"] == "port:nlrtm"
    assert report["hubs"][0]["seizure"] == 2
    assert report["hubs"][0]["betweenness"] == pytest.approx(3 / 12)   # CO, EC, ES -> RS pass Rotterdam
    # Each of these legs carries the shortest routes of 4 of the 20 ordered pairs of places.
    top_legs = {(leg["source"], leg["target"]): leg["betweenness"] for leg in report["legs"][:3]}
    assert top_legs == {("country:ec", "country:es"): pytest.approx(4 / 20),
                        ("country:es", "port:nlrtm"): pytest.approx(4 / 20),
                        ("port:nlrtm", "country:rs"): pytest.approx(4 / 20)}
    assert report["legs"][3]["betweenness"] == pytest.approx(2 / 20)   # CO->EC: only to EC and ES


def test_organisation_network_through_platforms_places_and_shipments(tiny_case):
    O = organisation_network(tiny_case)
    assert O.edges["organisation:balkan", "organisation:kartel"]["via"] == ["platform:skyecc"]
    assert O.edges["organisation:balkan", "organisation:clan"]["kinds"] == ["shipment"]
    only_platforms = organisation_network(tiny_case, via=["platform"])
    assert sorted(map(sorted, only_platforms.edges())) == [["organisation:balkan", "organisation:kartel"]]


def test_evidence_path_from_europol_to_rotterdam(tiny_case):
    path = evidence_path(multigraph(tiny_case), "Europol", "port:nlrtm")
    assert [n["id"] for n in path["nodes"]] == ["agency:europol", "operation:alpha", "shipment:s1", "port:nlrtm"]
    assert [hop["claims"][0]["type"] for hop in path["hops"]] == ["PARTICIPATED_IN", "RESULTED_IN", "SEIZED_AT"]
    last = path["hops"][-1]["claims"][0]
    assert last["evidence"] == "700 kg of cocaine seized in the port of Rotterdam" and last["doc_id"] == "d1"


def test_evidence_path_walks_against_claim_direction(tiny_case):
    path = evidence_path(multigraph(tiny_case), "port:nlrtm", "operation:alpha")
    assert path["hops"][0]["claims"][0]["source"] == "shipment:s1"


def test_find_node_by_id_name_alias_or_unique_part():
    G = nx.Graph()
    G.add_node("agency:europol", name="Europol", aliases=["EUROPOL HQ"])
    G.add_node("agency:eurojust", name="Eurojust")
    assert find_node(G, "agency:europol") == "agency:europol"
    assert find_node(G, "europol") == "agency:europol"
    assert find_node(G, "europol hq") == "agency:europol"
    assert find_node(G, "just") == "agency:eurojust"
    with pytest.raises(Ambiguous, match="matches 2 entities"):
        find_node(G, "euro")
    with pytest.raises(NotFound, match="no entity called 'Interpol'"):
        find_node(G, "Interpol")


def test_no_path_is_a_clear_error():
    G = nx.Graph([("a", "b")])
    G.add_node("c")
    with pytest.raises(NotFound, match="no path between a and c"):
        evidence_path(G, "a", "c")


def test_link_prediction_exact_scores():
    G = nx.Graph([("a", "x"), ("b", "x"), ("a", "y"), ("b", "y"), ("c", "y")])
    best = predict_links(G, top=None)
    # x and y share two discreet contacts (degree 2); a and b share x and the busier y.
    assert [(p["source"], p["target"]) for p in best[:2]] == [("x", "y"), ("a", "b")]
    assert best[0]["score"] == pytest.approx(2 / math.log(2))
    assert best[1]["score"] == pytest.approx(1 / math.log(2) + 1 / math.log(3))
    assert best[1]["common"] == ["x", "y"]
    jaccard = {(p["source"], p["target"]): p["score"] for p in predict_links(G, method="jaccard", top=None)}
    assert jaccard[("a", "b")] == 1.0 and jaccard[("a", "c")] == pytest.approx(1 / 2)
    assert ("x", "y") in jaccard and ("a", "x") not in jaccard   # existing ties are not predicted


def test_link_prediction_around_chosen_nodes():
    G = nx.path_graph(5)
    assert {(p["source"], p["target"]) for p in predict_links(G, nodes=[0], top=None)} == {(0, 2)}
