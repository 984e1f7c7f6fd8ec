"""Every saved query, run read-only on the embedded store.

Two kinds of check: exact rows on the tiny hand-made case (tests/store/
tiny_case.py), and on the seed documents rows that must agree with the
store's own claims (the extraction rules still change, so the expected values
are computed from `store.claims()`, not written down)."""
from __future__ import annotations

from collections import defaultdict

import pytest

from graph_intel.queries import run_saved, saved_queries
from store.tiny_case import EUROPOL_2023, EUROPOL_2024, SELEC_2019


def run(store, name, **params):
    return run_saved(store, name, params)


def test_at_least_fifteen_saved_queries_each_with_a_full_header():
    queries = saved_queries()
    assert len(queries) >= 15
    for query in queries.values():
        assert query.title and query.description and query.read_only
        for parameter in query.parameters:
            assert parameter.example not in (None, ""), (query.name, parameter.name)


# The seed's routes are a group's routes, which carry no commodity: a commodity filter leaves none.
# Its two releases (Europol 2023, SELEC 2019) state no link in common: nothing is corroborated
# (corroborated-links answers in tests/queries/test_cli.py, on two releases made for it).
NO_ANSWER_ON_THE_SEED = {"transit-hubs", "corroborated-links", "review-work"}   # the seed: one release each, unjudged


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_answers_its_example_on_the_seed(seeded_store, name):
    # The examples are what `graph-intel query NAME` suggests: on the demo database they answer.
    query = saved_queries()[name]
    rows = run_saved(seeded_store, query, query.example_values())
    assert bool(rows) == (name not in NO_ANSWER_ON_THE_SEED), (name, rows[:2])


# -- exact answers on the tiny case ------------------------------------------------------

def test_agencies_in_operation(tiny_store):
    rows = run(tiny_store, "agencies-in-operation", operation="operation:otf-balkan-cartel")
    assert {(r["agency"], tuple(r["roles"]), r["documents"]) for r in rows} == {
        ("agency:europol", ("support",), 1), ("agency:eurojust", ("judicial",), 1),
        ("agency:criminal-police-rs", ("lead",), 1), ("agency:national-police-nl", ("support",), 1)}


def test_agencies_in_operation_by_exact_name(tiny_store):
    rows = run(tiny_store, "agencies-in-operation", operation="operation street runner")
    assert {r["name"] for r in rows} == {"SELEC", "State Criminal Investigation Department"}


def test_operations_of_an_agency(tiny_store):
    rows = run(tiny_store, "operations-of", participant="Europol")
    assert sorted((r["operation"], r["first_reported"]) for r in rows) == [
        ("operation:eastern-corridor", "2024-02-01"), ("operation:otf-balkan-cartel", "2023-05-08")]


def test_operations_of_a_country_include_those_of_its_agencies(tiny_store):
    rows = run(tiny_store, "operations-of", participant="country:RS")
    assert {(r["operation"], r["through"]) for r in rows} == {
        ("operation:otf-balkan-cartel", "country:RS"), ("operation:street-runner", "country:RS"),
        ("operation:otf-balkan-cartel", "agency:criminal-police-rs"),
        ("operation:eastern-corridor", "agency:criminal-police-rs")}


def test_co_participation_counts_shared_operations(tiny_store):
    rows = run(tiny_store, "co-participation", min_operations=2)
    assert [(r["partner_a"], r["partner_b"], r["operations"]) for r in rows] == [
        ("agency:criminal-police-rs", "agency:europol", 2)]
    with_selec = run(tiny_store, "co-participation", participant="agency:selec")
    assert {(r["partner_a"], r["partner_b"]) for r in with_selec} == {
        ("agency:selec", "agency:state-criminal-investigation-at"), ("agency:selec", "country:AT"),
        ("agency:selec", "country:RS")}


def test_seizures_by_place(tiny_store):
    rows = run(tiny_store, "seizures-by-place")
    assert [(r["place"], r["country"], r["commodity"], r["seizures"], r["total_kg"]) for r in rows] == [
        ("country:AW", "AW", "cocaine", 1, 5000.0), ("port:behss", "BE", "cocaine", 1, 1200.0),
        ("port:nlrtm", "NL", "cocaine", 2, 1000.0), ("location:at-vienna", "AT", "heroin", 1, 60.0)]
    heroin = run(tiny_store, "seizures-by-place", commodity="Heroin")
    assert [r["place_name"] for r in heroin] == ["Vienna"]


def test_seizures_by_country(tiny_store):
    rows = run(tiny_store, "seizures-by-country")
    assert [(r["country"], r["country_name"], r["commodity"], r["seizures"], r["total_kg"]) for r in rows] == [
        ("AW", "Aruba", "cocaine", 1, 5000.0), ("BE", "Belgium", "cocaine", 1, 1200.0),
        ("NL", "Netherlands", "cocaine", 2, 1000.0), ("AT", "Austria", "heroin", 1, 60.0)]


def test_seizures_by_commodity(tiny_store):
    rows = run(tiny_store, "seizures-by-commodity")
    assert rows == [{"commodity": "cocaine", "seizures": 4, "total_kg": 7200.0, "with_quantity": 4},
                    {"commodity": "heroin", "seizures": 1, "total_kg": 60.0, "with_quantity": 1}]


def test_commodity_routes(tiny_store):
    rows = {r["carrier"]: r for r in run(tiny_store, "commodity-routes", commodity="cocaine")}
    assert set(rows) == {"shipment:rotterdam-700kg", "shipment:hasselt-1200kg", "shipment:aruba-5t",
                         "shipment:rotterdam-300kg"}
    route = rows["shipment:rotterdam-700kg"]
    assert (route["origins"], route["transits"], route["seized_at"], route["organisations"]) == (
        ["Ecuador"], ["West Africa"], ["Rotterdam"], ["Balkan Cartel"])
    heroin = run(tiny_store, "commodity-routes", commodity="heroin")
    assert [(r["origins"], r["transits"], r["seized_at"]) for r in heroin] == [(["Serbia"], ["Hungary"], ["Vienna"])]


def test_transit_hubs(tiny_store):
    rows = run(tiny_store, "transit-hubs")
    assert [(r["hub"], r["carriers"], r["shipment_kg"]) for r in rows] == [
        ("region:west-africa", 1, 700.0), ("country:HU", 1, 60.0)]
    assert [r["hub"] for r in run(tiny_store, "transit-hubs", commodity="heroin")] == ["country:HU"]


def test_platform_users_counts_corroborating_documents(tiny_store):
    rows = run(tiny_store, "platform-users", platform="Sky ECC")
    assert [(r["user"], r["documents"], sorted(r["doc_ids"])) for r in rows] == [
        ("organisation:balkan-cartel", 2, [EUROPOL_2023, EUROPOL_2024])]


def test_link_evidence(tiny_store):
    rows = run(tiny_store, "link-evidence", source="platform:sky-ecc", target="organisation:balkan-cartel")
    assert sorted((r["from_id"], r["type"], r["to_id"], r["doc_id"], r["grading"]) for r in rows) == [
        ("organisation:balkan-cartel", "USED", "platform:sky-ecc", EUROPOL_2023, "B2"),
        ("organisation:balkan-cartel", "USED", "platform:sky-ecc", EUROPOL_2024, "A1")]
    assert "The cartel, active in Serbia and the Western Balkans, communicated over Sky ECC." in {
        r["evidence"] for r in rows}


def test_document_entities(tiny_store):
    rows = run(tiny_store, "document-entities", document=EUROPOL_2024)
    assert {(r["entity"], r["other_documents"]) for r in rows} == {
        ("agency:europol", 1), ("agency:criminal-police-rs", 1), ("operation:eastern-corridor", 0),
        ("shipment:rotterdam-300kg", 0), ("organisation:balkan-cartel", 1), ("platform:sky-ecc", 1),
        ("port:nlrtm", 1)}


def test_document_claims_by_path(tiny_store):
    rows = run(tiny_store, "document-claims", document="tiny-selec-2019.txt")
    assert len(rows) == 9
    assert rows[0]["evidence_start"] == 0 and rows[-1]["evidence_start"] > 0
    assert ("shipment:vienna-60kg", "TRANSITED_VIA", "country:HU") in {
        (r["source"], r["type"], r["target"]) for r in rows}


def test_entity_profile(tiny_store):
    rows = run(tiny_store, "entity-profile", entity="organisation:balkan-cartel")
    out = {(r["type"], r["other_id"], r["doc_id"]) for r in rows if r["direction"] == "out"}
    into = {(r["type"], r["other_id"], r["doc_id"]) for r in rows if r["direction"] == "in"}
    assert out == {("OPERATES_IN", "country:RS", EUROPOL_2023),
                   ("OPERATES_IN", "region:western-balkans", EUROPOL_2023),
                   ("USED", "platform:sky-ecc", EUROPOL_2023), ("USED", "platform:sky-ecc", EUROPOL_2024),
                   ("LINKED_TO", "organisation:pink-panther", EUROPOL_2023)}
    assert into == {("TARGETED", "operation:otf-balkan-cartel", EUROPOL_2023),
                    ("TARGETED", "operation:eastern-corridor", EUROPOL_2024),
                    ("ATTRIBUTED_TO", "shipment:rotterdam-700kg", EUROPOL_2023),
                    ("ATTRIBUTED_TO", "shipment:hasselt-1200kg", EUROPOL_2023),
                    ("ATTRIBUTED_TO", "shipment:aruba-5t", EUROPOL_2023),
                    ("ATTRIBUTED_TO", "shipment:rotterdam-300kg", EUROPOL_2024)}


def test_organisations_in_area_through_places_located_in_it(tiny_store):
    rows = run(tiny_store, "organisations-in-area", area="Serbia")
    assert [(r["organisation"], r["via"], r["documents"]) for r in rows] == [
        ("organisation:balkan-cartel", ["Serbia"], 1)]
    assert run(tiny_store, "organisations-in-area", area="country:BE") == []


def test_entity_timeline_is_ordered_by_document_date(tiny_store):
    rows = run(tiny_store, "entity-timeline", entity="country:RS")
    assert [(r["published"], r["link"], r["event_id"]) for r in rows] == [
        ("2019-08-26", "PARTICIPATED_IN", "operation:street-runner"),
        ("2023-05-08", "PARTICIPATED_IN", "operation:otf-balkan-cartel")]
    cartel = run(tiny_store, "entity-timeline", entity="organisation:balkan-cartel")
    assert [r["published"] for r in cartel] == sorted(r["published"] for r in cartel)
    assert sum(r["kg"] or 0 for r in cartel) == 7200.0


def test_uncorroborated_claims(tiny_store):
    rows = run(tiny_store, "uncorroborated-claims")
    links = {(r["source"], r["type"], r["target"]) for r in rows}
    assert ("organisation:balkan-cartel", "USED", "platform:sky-ecc") not in links  # two documents
    assert ("organisation:balkan-cartel", "LINKED_TO", "organisation:pink-panther") in links
    assert all(len(r["doc_ids"]) == 1 for r in rows)
    assert {r["type"] for r in run(tiny_store, "uncorroborated-claims", type="SEIZED_AT")} == {"SEIZED_AT"}


def test_low_graded_claims(tiny_store):
    rows = run(tiny_store, "low-graded-claims")
    assert {r["doc_id"] for r in rows} == {SELEC_2019} and len(rows) == 9
    assert {r["grading"] for r in run(tiny_store, "low-graded-claims", min_reliability="A",
                                      max_credibility=1)} == {"B2", "C3"}
    assert run(tiny_store, "low-graded-claims", min_reliability="F", max_credibility=6) == []


@pytest.mark.parametrize("limit", [1, 5, 9, 10, 14, 200])
def test_low_graded_claims_keeps_the_worst_first_at_any_limit(tiny_store, limit):
    # The query first finds the best grading the worst `limit` claims reach, then lists claims at or
    # below it; the answer must be the first `limit` claims of the whole list in the stated order.
    low = sorted(((c["source"], c["type"], c["target"], c["grading"], c["doc_id"])
                  for c in tiny_store.claims() if c["grading"] in {"B2", "C3"}),
                 key=lambda c: (c[3], c[1], c[0], c[2]))
    low.sort(key=lambda c: c[3], reverse=True)   # stable: worst grading first, the rest ascending
    rows = run(tiny_store, "low-graded-claims", min_reliability="A", max_credibility=1, limit=limit)
    assert [(r["source"], r["type"], r["target"], r["grading"], r["doc_id"]) for r in rows] == low[:limit]


def test_low_graded_claims_on_an_empty_store():
    from graph_intel.store.embedded import EmbeddedStore
    with EmbeddedStore(":memory:") as store:
        assert run(store, "low-graded-claims", include_ungraded=True) == []


def test_new_documents_since(tiny_store):
    rows = run(tiny_store, "new-documents-since", since="2023-01-01")
    assert [(r["doc_id"], r["entities"], r["new_entities"], r["claims"]) for r in rows] == [
        (EUROPOL_2023, 21, 20, 25), (EUROPOL_2024, 7, 7, 7)]  # Serbia was already in the 2019 document
    assert run(tiny_store, "new-documents-since", since="2100-01-01", by="loaded") == []
    assert len(run(tiny_store, "new-documents-since", since="2000-01-01", by="loaded")) == 3


def test_new_entities_since(tiny_store):
    rows = run(tiny_store, "new-entities-since", since="2024-01-01")
    assert {(r["entity"], r["first_document"]) for r in rows} == {
        ("operation:eastern-corridor", EUROPOL_2024), ("shipment:rotterdam-300kg", EUROPOL_2024)}


def test_find_entity(tiny_store):
    rows = run(tiny_store, "find-entity", text="CARTEL")
    assert [r["entity"] for r in rows] == ["organisation:balkan-cartel", "operation:otf-balkan-cartel"]
    assert [r["entity"] for r in run(tiny_store, "find-entity", text="cartel", label="Operation")] == [
        "operation:otf-balkan-cartel"]


def test_operation_overview(tiny_store):
    rows = {r["operation"]: r for r in run(tiny_store, "operation-overview")}
    otf = rows["operation:otf-balkan-cartel"]
    assert set(otf["participants"]) == {"Europol", "Eurojust", "Criminal Police", "National Police", "Serbia",
                                        "Netherlands"}
    assert (otf["targets"], otf["seizures"], otf["total_kg"]) == (["Balkan Cartel"], 1, 700.0)
    assert rows["operation:street-runner"]["first_reported"] == "2019-08-26"


# -- the seed: rows agree with the store's own claims ---------------------------------------

@pytest.fixture()
def seed_claims(seeded_store):
    return list(seeded_store.claims())


def _by_type(claims, rel_type):
    return [c for c in claims if c["type"] == rel_type]


def test_seed_agencies_in_each_operation(seeded_store, seed_claims):
    expected = defaultdict(set)
    for c in _by_type(seed_claims, "PARTICIPATED_IN"):
        if c["source"].startswith("agency:"):
            expected[c["target"]].add(c["source"])
    assert expected, "the seed should name agencies taking part in operations"
    # An action carried out within an operation (PART_OF) brings its agencies to the operation.
    for c in _by_type(seed_claims, "PART_OF"):
        if c["target"].startswith("operation:"):
            expected[c["target"]] |= expected[c["source"]]
    for operation, agencies in expected.items():
        rows = run(seeded_store, "agencies-in-operation", operation=operation)
        assert {r["agency"] for r in rows} == agencies


def test_seed_street_runner_involves_austrian_police_and_serbia(seeded_store):
    agencies = run(seeded_store, "agencies-in-operation", operation="operation:street-runner")
    assert len(agencies) >= 2  # the Vienna and the Belgrade police, however the extractor names them
    operations = {r["operation"] for r in run(seeded_store, "operations-of", participant="Serbia")}
    assert "operation:street-runner" in operations


def test_seed_europol_takes_part_in_the_cartel_operation(seeded_store):
    operations = [r for r in run(seeded_store, "find-entity", text="balkan cartel", label="Operation")]
    assert operations
    agencies = {r["agency"] for op in operations
                for r in run(seeded_store, "agencies-in-operation", operation=op["entity"])}
    assert "agency:europol" in agencies


def test_seed_rotterdam_seizure_has_cocaine_kilograms(seeded_store):
    rows = run(seeded_store, "seizures-by-place", commodity="cocaine")
    rotterdam = [r for r in rows if r["place"] == "port:nlrtm"]
    assert rotterdam and rotterdam[0]["total_kg"] >= 700


def test_seed_co_participation_matches_claims(seeded_store, seed_claims):
    by_operation = defaultdict(set)
    for c in _by_type(seed_claims, "PARTICIPATED_IN"):
        by_operation[c["target"]].add(c["source"])
    expected = defaultdict(int)
    for members in by_operation.values():
        for a in members:
            for b in members:
                if a < b:
                    expected[(a, b)] += 1
    rows = run(seeded_store, "co-participation")
    assert {(r["partner_a"], r["partner_b"]): r["operations"] for r in rows} == dict(expected)


def test_seed_entity_profile_lists_every_claim_of_the_entity(seeded_store, seed_claims):
    entity = max({c["source"] for c in seed_claims}, key=lambda e: sum(e in (c["source"], c["target"])
                                                                         for c in seed_claims))
    rows = run(seeded_store, "entity-profile", entity=entity)
    expected = sorted((c["type"], c["target"] if c["source"] == entity else c["source"], c["doc_id"])
                      for c in seed_claims if entity in (c["source"], c["target"]))
    assert sorted((r["type"], r["other_id"], r["doc_id"]) for r in rows) == expected


def test_seed_document_claims_and_entities_match_the_store(seeded_store, seed_claims):
    for document in seeded_store.documents():
        claims = run(seeded_store, "document-claims", document=document["id"])
        expected = sorted((c["source"], c["type"], c["target"]) for c in seed_claims
                          if c["doc_id"] == document["id"])
        assert sorted((r["source"], r["type"], r["target"]) for r in claims) == expected
        entities = {r["entity"] for r in run(seeded_store, "document-entities", document=document["path"])}
        assert {end for c in seed_claims if c["doc_id"] == document["id"]
                for end in (c["source"], c["target"])} <= entities


def test_seed_link_evidence_and_single_sources_match_claims(seeded_store, seed_claims):
    claim = seed_claims[0]
    rows = run(seeded_store, "link-evidence", source=claim["source"], target=claim["target"])
    assert claim["evidence"] in {r["evidence"] for r in rows}
    documents = defaultdict(set)
    for c in seed_claims:
        if not c["rule"].startswith("reference."):   # gazetteer facts are no document's statement
            documents[(c["source"], c["type"], c["target"])].add(c["doc_id"])
    single = {link for link, docs in documents.items() if len(docs) == 1}
    rows = run(seeded_store, "uncorroborated-claims")
    assert {(r["source"], r["type"], r["target"]) for r in rows} == single


def test_seed_grading_and_dates(seeded_store, seed_claims):
    ungraded = [c for c in seed_claims if not c["grading"]]
    rows = run(seeded_store, "low-graded-claims", include_ungraded=True)
    assert len(rows) >= len(ungraded)
    documents = seeded_store.documents()
    assert len(run(seeded_store, "new-documents-since", since="1900-01-01")) == len(documents)
    assert run(seeded_store, "new-documents-since", since="2100-01-01") == []
    assert run(seeded_store, "new-entities-since", since="2100-01-01") == []
    newest = max(d["published"] for d in documents)
    rows = run(seeded_store, "new-documents-since", since=newest)
    assert {r["published"] for r in rows} == {newest}


def test_seed_places_hubs_and_platforms_match_claims(seeded_store, seed_claims):
    hubs = {c["target"] for c in _by_type(seed_claims, "TRANSITED_VIA")}
    assert {r["hub"] for r in run(seeded_store, "transit-hubs")} == hubs
    users = {(c["source"], c["target"]) for c in _by_type(seed_claims, "USED")}
    assert {(r["user"], r["platform"]) for r in run(seeded_store, "platform-users")} == users
    for c in _by_type(seed_claims, "OPERATES_IN"):
        rows = run(seeded_store, "organisations-in-area", area=c["target"])
        assert c["source"] in {r["organisation"] for r in rows}


def test_seed_find_entity_and_overview(seeded_store):
    entities = list(seeded_store.entities())
    [rotterdam] = [e for e in entities if e["name"] == "Rotterdam"]  # the seed's cocaine was seized there
    assert rotterdam["id"] in {r["entity"] for r in run(seeded_store, "find-entity", text="rotterdam")}
    operations = {e["id"] for e in entities if e["label"] == "Operation"}
    assert {r["operation"] for r in run(seeded_store, "operation-overview")} == operations


SHARED_SEIZURE = """Joint customs action ends with cocaine seizures in four ports

The Hague, 3 March 2025

Customs officers from four countries seized 2 tonnes of cocaine in the ports of Rotterdam, Antwerp, \
Hamburg and Le Havre during Operation Pale Harbour, coordinated by Europol. \
A further 500 kg of cocaine was seized in Rotterdam a week later.
"""


def test_a_quantity_stated_for_four_places_is_never_multiplied(tmp_path):
    from graph_intel.ingest import load_paths
    from graph_intel.store.embedded import EmbeddedStore

    (tmp_path / "release.txt").write_text(SHARED_SEIZURE)
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        assert not load_paths(store, [str(tmp_path / "release.txt")]).failed
        by_place = {r["place"]: (r["seizures"], r["total_kg"], r["shared_seizures"], r["shared_kg"])
                    for r in run(store, "seizures-by-place", commodity="cocaine")}
        by_country = {r["country"]: (r["seizures"], r["total_kg"], r["shared_seizures"], r["shared_kg"])
                      for r in run(store, "seizures-by-country", commodity="cocaine")}
    # By hand: 2 t for the four ports together, then 500 kg at Rotterdam alone.
    assert by_place == {"port:nlrtm": (2, 500.0, 1, 2000.0), "port:beanr": (1, 0.0, 1, 2000.0),
                        "port:deham": (1, 0.0, 1, 2000.0), "port:frleh": (1, 0.0, 1, 2000.0)}
    assert by_country == {"NL": (2, 500.0, 1, 2000.0), "BE": (1, 0.0, 1, 2000.0),
                          "DE": (1, 0.0, 1, 2000.0), "FR": (1, 0.0, 1, 2000.0)}
    # No total exceeds what the text states: 2.5 t in all.
    assert sum(kg for _, kg, _, _ in by_place.values()) + 2000.0 == 2500.0


ROUTE = """Police dismantle heroin ring

Vienna, 12 May 2025

Customs officers seized 40 kg of heroin that a criminal network had smuggled from Turkey via Greece, \
Romania and Hungary to Slovakia.
"""


def test_a_route_of_four_stops_prints_in_the_order_of_the_text(tmp_path):
    from graph_intel.analytics import route_network
    from graph_intel.charts.topology import incident_links
    from graph_intel.ingest import load_paths
    from graph_intel.store.embedded import EmbeddedStore

    (tmp_path / "release.txt").write_text(ROUTE)
    text_order = ["Turkey", "Greece", "Romania", "Hungary", "Slovakia"]   # not the alphabet's
    with EmbeddedStore(tmp_path / "graph.lbug") as store:
        assert not load_paths(store, [str(tmp_path / "release.txt")]).failed
        [row] = [r for r in run(store, "commodity-routes", commodity="heroin") if r["carrier_label"] == "Shipment"]
        assert (row["origins"], row["transits"], row["destinations"]) == (
            ["Turkey"], ["Greece", "Romania", "Hungary"], ["Slovakia"])
        R = route_network(store)
        names = {n: d["name"] for n, d in R.nodes(data=True)}
        assert sorted((names[u], names[v]) for u, v in R.edges) == sorted(zip(text_order, text_order[1:]))
        sub = store.neighbourhood([row["carrier"]], depth=1)
    nodes = {n.id: n for n in sub.nodes}
    drawn = [nodes[other].name for _, _, other in incident_links(sub, nodes)[row["carrier"]]]
    assert [name for name in drawn if name in text_order] == text_order
