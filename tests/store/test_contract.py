"""One contract, every backend: what the library relies on from a GraphStore.

Runs on the embedded store always and on Neo4j when NEO4J_URI is set (the
Neo4j parameter skips with the reason otherwise). Expected values come from
the tiny hand-made case, so they are exact."""
from __future__ import annotations

from collections import Counter

import pytest

from graph_intel.errors import ReadOnlyViolation
from graph_intel.queries import run_saved
from graph_intel.store.base import ClaimFilter
from tiny_case import EUROPOL_2023, EUROPOL_2024, load_tiny_case, tiny_extractions


def expected_stats(extractions) -> dict:
    labels = {e.id: e.label for x in extractions for e in x.entities}
    claims = Counter()
    for x in extractions:
        for key in {(r.source, r.type, r.target) for r in x.relations}:
            claims[key[1]] += 1
    mentions = sum(len(x.entities) for x in extractions)
    return {"documents": len(extractions), "nodes": dict(Counter(labels.values())),
            "relationships": {**claims, "MENTIONED_IN": mentions}}


def test_write_stores_every_entity_and_claim(fresh_store):
    results = [fresh_store.write(x) for x in tiny_extractions()]
    assert all(r.written for r in results)
    assert sum(r.claims_added for r in results) == sum(len(x.relations) for x in tiny_extractions())
    assert sum(r.nodes_added for r in results) == len({e.id for x in tiny_extractions() for e in x.entities})
    assert fresh_store.stats() == expected_stats(tiny_extractions())
    assert fresh_store.has_document(EUROPOL_2023)


def test_writing_again_changes_nothing(fresh_store):
    load_tiny_case(fresh_store)
    before = fresh_store.stats()
    again = [fresh_store.write(x) for x in tiny_extractions()]
    assert [r.written for r in again] == [False, False, False]
    fresh_store.write(tiny_extractions()[1], replace=True)
    assert fresh_store.stats() == before


def test_remove_document_takes_away_exactly_its_contribution(fresh_store):
    load_tiny_case(fresh_store)
    fresh_store.remove_document(EUROPOL_2024)
    others = [x for x in tiny_extractions() if x.document.id != EUROPOL_2024]
    assert fresh_store.stats() == expected_stats(others)
    ids = {e["id"] for e in fresh_store.entities()}
    assert "operation:eastern-corridor" not in ids and "organisation:balkan-cartel" in ids
    cartel = next(e for e in fresh_store.entities(frozenset({"Organisation"})) if e["id"] == "organisation:balkan-cartel")
    assert cartel["aliases"] == ["cartel"]  # "Balkan Cartel" (its name) was the 2024 document's only word for it
    assert {c["doc_id"] for c in fresh_store.claims()} == {x.document.id for x in others}
    fresh_store.write(tiny_extractions()[2])
    assert fresh_store.stats() == expected_stats(tiny_extractions())


def test_claims_carry_their_provenance(fresh_store):
    load_tiny_case(fresh_store)
    claims = list(fresh_store.claims())
    assert len(claims) == sum(len(x.relations) for x in tiny_extractions())
    used = [c for c in claims if c["type"] == "USED"]
    assert sorted((c["doc_id"], c["grading"]) for c in used) == [(EUROPOL_2023, "B2"), (EUROPOL_2024, "A1")]
    assert all(c["evidence"] and c["evidence_end"] > c["evidence_start"] for c in claims)
    lead = [c for c in claims if c["type"] == "PARTICIPATED_IN" and c["role"] == "lead"]
    assert {c["source"] for c in lead} == {"agency:criminal-police-rs", "agency:state-criminal-investigation-at"}
    graded_a = list(fresh_store.claims(ClaimFilter(min_reliability="A")))
    assert {c["doc_id"] for c in graded_a} == {EUROPOL_2024}


def test_neighbourhood_and_path(fresh_store):
    load_tiny_case(fresh_store)
    around = fresh_store.neighbourhood(["platform:sky-ecc"], depth=1)
    assert {n.id for n in around.nodes} == {"platform:sky-ecc", "organisation:balkan-cartel"}
    assert [(l.type, l.documents) for l in around.links] == [("USED", 2)]
    path = fresh_store.path("organisation:pink-panther", "agency:europol")
    # Two operations lie between the cartel and Europol; the smaller id is always the one taken.
    assert [n.id for n in path.nodes] == ["organisation:pink-panther", "organisation:balkan-cartel",
                                          "operation:eastern-corridor", "agency:europol"]
    assert [(l.source, l.type, l.target) for l in path.links] == [
        ("organisation:balkan-cartel", "LINKED_TO", "organisation:pink-panther"),
        ("operation:eastern-corridor", "TARGETED", "organisation:balkan-cartel"),
        ("agency:europol", "PARTICIPATED_IN", "operation:eastern-corridor")]
    assert all(l.evidence[0]["text"] for l in path.links)
    longer = fresh_store.path("organisation:pink-panther", "agency:selec")
    assert len(longer.links) == 4   # the cartel -OPERATES_IN- Serbia -PARTICIPATED_IN- Street Runner ...
    assert fresh_store.path("country:ME", "country:RS").nodes == []


CARTEL_USED_SKY = ("organisation:balkan-cartel", "USED", "platform:sky-ecc")   # the 2023 and 2024 releases
CARTEL_LINKED = ("organisation:balkan-cartel", "LINKED_TO", "organisation:pink-panther")   # the 2023 release


def link_documents(store, link) -> tuple[list, int]:
    """The counts the link's claims carry, and how many claims it has."""
    source, rel, target = link
    counts = [r["n"] for r in store.query(f"MATCH (a {{id: $source}})-[r:{rel}]->(b {{id: $target}}) "
                                          "RETURN r.link_documents AS n", {"source": source, "target": target})]
    return [n for n in counts if n is not None], len(counts)


def test_one_claim_of_each_link_says_how_many_documents_state_it(fresh_store):
    """Kept by every write that adds or takes away a claim: a load, a forget, an analyst's rejection."""
    from graph_intel import review
    load_tiny_case(fresh_store)
    assert link_documents(fresh_store, CARTEL_USED_SKY) == ([2], 2)
    assert link_documents(fresh_store, CARTEL_LINKED) == ([1], 1)
    fresh_store.remove_document(EUROPOL_2024)
    assert link_documents(fresh_store, CARTEL_USED_SKY) == ([1], 1)
    fresh_store.write(tiny_extractions()[2])
    assert link_documents(fresh_store, CARTEL_USED_SKY) == ([2], 2)
    claim = next(c for c in review.find_claims(fresh_store, source=CARTEL_USED_SKY[0], rel="USED",
                                               target=CARTEL_USED_SKY[2]) if c["doc_id"] == EUROPOL_2024)
    [rejected] = review.judge(fresh_store, "reject", [claim], reason="test")
    assert link_documents(fresh_store, CARTEL_USED_SKY) == ([1], 1)
    review.withdraw(fresh_store, rejected.id)
    assert link_documents(fresh_store, CARTEL_USED_SKY) == ([2], 2)


@pytest.mark.parametrize("whole_table_share", [0.0, 1e9], ids=["table-pass", "link-by-link"])
def test_a_load_counts_its_links_once_at_the_end_either_way(fresh_store, monkeypatch, whole_table_share):
    from graph_dump import dump
    from graph_intel.ingest import count_links
    counted_each_time = dump(load_tiny_case(fresh_store))
    for doc in fresh_store.documents():
        fresh_store.remove_document(doc["id"])
    for extraction in tiny_extractions():
        fresh_store.write(extraction, count_links=False)
    expected = ([0, 0], 2) if fresh_store.backend == "neo4j" else ([0, 1], 2)
    # written, not counted yet (the embedded store counts a link whose two ends a document adds as it
    # writes it: the first release's claim; the second's link joins nodes already stored)
    assert link_documents(fresh_store, CARTEL_USED_SKY) == expected
    monkeypatch.setattr("graph_intel.store.graphdata.WHOLE_TABLE_SHARE", whole_table_share)
    claims = sum(len(x.relations) for x in tiny_extractions())
    assert (count_links(fresh_store) == claims) if fresh_store.backend == "neo4j" else \
        (0 < count_links(fresh_store) < claims)
    assert link_documents(fresh_store, CARTEL_USED_SKY) == ([2], 2)
    assert dump(fresh_store) == counted_each_time
    assert count_links(fresh_store) == 0


def test_find_entities_puts_exact_matches_first(fresh_store):
    load_tiny_case(fresh_store)
    assert fresh_store.find_entities("balkan cartel")[0]["id"] == "organisation:balkan-cartel"
    assert fresh_store.find_entities("Serbian")[0]["id"] == "country:RS"  # an alias


@pytest.mark.parametrize("cypher", [
    "CREATE (:Agency {id: 'agency:mole', name: 'Mole'})",
    "MATCH (a:Agency) SET a.name = 'x'",
    "MATCH (n) DETACH DELETE n",
    "MERGE (:Platform {id: 'platform:x'})",
    "MATCH (n) RETURN n LIMIT 1; CREATE (:Agency {id: 'agency:mole'})",
])
def test_queries_that_would_write_are_refused_and_change_nothing(fresh_store, cypher):
    load_tiny_case(fresh_store)
    before = fresh_store.stats()
    with pytest.raises(ReadOnlyViolation):
        fresh_store.query(cypher)
    assert fresh_store.stats() == before


def test_the_engine_refuses_writes_even_past_the_lexical_guard(fresh_store, monkeypatch):
    """The second line of defence: the read-only transaction of each engine."""
    load_tiny_case(fresh_store)
    before = fresh_store.stats()
    monkeypatch.setattr(f"graph_intel.store.{fresh_store.backend}.check_read_only", lambda cypher: None)
    with pytest.raises(ReadOnlyViolation):
        fresh_store.query("CREATE (:Agency {id: 'agency:mole', name: 'Mole'})")
    assert fresh_store.stats() == before


@pytest.mark.parametrize("name, params, expected", [
    ("agencies-in-operation", {"operation": "operation:eastern-corridor"},
     [("agency:criminal-police-rs",), ("agency:europol",)]),
    ("seizures-by-country", {"commodity": "cocaine"},
     [("AW", 5000.0), ("BE", 1200.0), ("NL", 1000.0)]),
    ("platform-users", {}, [("organisation:balkan-cartel", 2)]),
])
def test_saved_queries_give_the_same_rows_on_every_backend(fresh_store, name, params, expected):
    load_tiny_case(fresh_store)
    rows = run_saved(fresh_store, name, params)
    width = len(expected[0]) if expected else 0
    assert sorted(tuple(list(r.values())[i] for i in _columns(name)[:width]) for r in rows) == sorted(expected)


def _columns(name):
    """Positions of the columns each parametrised case compares."""
    return {"agencies-in-operation": [1], "seizures-by-country": [0, 4], "platform-users": [2, 5]}[name]
