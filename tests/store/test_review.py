"""Analyst judgements on both backends: applied over what the documents say, kept through reloads
and forgets, reported when what they judge is gone, and shared as JSON Lines. Two releases: X says
the Harbour Police took part in Operation Tide, which targeted the North Ring; Y says the operation
also targeted the South Ring, whose boss Ivo Ren the Northern Ring employs."""
from __future__ import annotations

from graph_dump import dump

from graph_intel import review
from graph_intel.queries import run_saved
from graph_intel.records import Document, Entity, Extraction, Relation, Span

X_TEXT = "The Harbour Police took part in Operation Tide. The operation targeted the North Ring."
Y_TEXT = "Operation Tide also targeted the South Ring. Ivo Ren of the South Ring works for the Northern Ring."
Z_TEXT = "An unrelated note about Operation Tide."


def span(text: str, sentence: str) -> Span:
    start = text.index(sentence)
    return Span(start, start + len(sentence), sentence)


def entity(entity_id, label, name, text, **properties):
    return Entity(entity_id, label, name, properties=properties, mentions=[span(text, name)])


def release_x(targeted: bool = True) -> Extraction:
    first, second = span(X_TEXT, X_TEXT.split(". ")[0] + "."), span(X_TEXT, "The operation targeted the North Ring.")
    entities = [entity("agency:harbour-police", "Agency", "Harbour Police", X_TEXT, kind="police"),
                entity("operation:tide", "Operation", "Operation Tide", X_TEXT),
                entity("organisation:north-ring", "Organisation", "North Ring", X_TEXT)]
    relations = [Relation("agency:harbour-police", "PARTICIPATED_IN", "operation:tide", first, "test.participant", 0.8)]
    if targeted:
        relations.append(Relation("operation:tide", "TARGETED", "organisation:north-ring", second, "test.target", 0.4))
    return Extraction(Document(id="doc:x", text=X_TEXT, title="X", grading="B2"), entities, relations)


def release_y() -> Extraction:
    first, second = span(Y_TEXT, Y_TEXT.split(". ")[0] + "."), span(Y_TEXT, Y_TEXT.split(". ")[1])
    entities = [entity("operation:tide", "Operation", "Operation Tide", Y_TEXT),
                entity("organisation:south-ring", "Organisation", "South Ring", Y_TEXT),
                entity("organisation:northern-ring", "Organisation", "Northern Ring", Y_TEXT),
                entity("person:ivo-ren", "Person", "Ivo Ren", Y_TEXT)]
    relations = [Relation("operation:tide", "TARGETED", "organisation:south-ring", first, "test.target", 0.7),
                 Relation("person:ivo-ren", "MEMBER_OF", "organisation:south-ring", second, "test.member", 0.7),
                 Relation("person:ivo-ren", "LINKED_TO", "organisation:northern-ring", second, "test.link", 0.6)]
    return Extraction(Document(id="doc:y", text=Y_TEXT, title="Y"), entities, relations)


def release_z() -> Extraction:
    return Extraction(Document(id="doc:z", text=Z_TEXT, title="Z"),
                      [entity("operation:tide", "Operation", "Operation Tide", Z_TEXT)], [])


def load(store, *extractions):
    for e in extractions:
        store.write(e)
    return store


def triples(store):
    return {(c["source"], c["type"], c["target"]) for c in store.claims()}


TARGETED_NORTH = ("operation:tide", "TARGETED", "organisation:north-ring")


def test_a_rejected_claim_leaves_every_reader_and_stays_rejected_after_a_reload(fresh_store):
    load(fresh_store, release_x(), release_y())
    [claim] = review.find_claims(fresh_store, source="Operation Tide", rel="TARGETED", target="North Ring")
    [made] = review.judge(fresh_store, "reject", [claim], reason="the ring was only named", analyst="ana")
    assert made.state == review.APPLIED and made.payload["claim"]["rule"] == "test.target"
    assert TARGETED_NORTH not in triples(fresh_store)
    assert "organisation:north-ring" not in {n.id for n in fresh_store.neighbourhood(["operation:tide"]).nodes}
    assert run_saved(fresh_store, "link-evidence", {"source": "operation:tide", "target": "organisation:north-ring"}) == []
    fresh_store.write(release_x(), replace=True)
    review.apply(fresh_store)    # what load does after writing
    assert TARGETED_NORTH not in triples(fresh_store)
    assert [j.state for j in review.judgements(fresh_store)] == [review.APPLIED]
    assert {(r["kind"], r["rule"], r["judgements"]) for r in run_saved(fresh_store, "review-work", {})} == {
        ("reject", "test.target", 1)}


def test_a_confirmed_claim_is_marked_and_a_withdrawn_judgement_leaves_the_graph_as_before(fresh_store):
    load(fresh_store, release_x(), release_y())
    before = dump(fresh_store)
    [claim] = review.find_claims(fresh_store, source="operation:tide", rel="TARGETED", target="organisation:north-ring")
    [made] = review.judge(fresh_store, "confirm", [claim], reason="seen in the file")
    [link] = [l for l in fresh_store.neighbourhood(["organisation:north-ring"]).links if l.type == "TARGETED"]
    assert link.properties["review"] == "confirmed"
    review.withdraw(fresh_store, made.id)
    assert dump(fresh_store) == before
    [made] = review.judge(fresh_store, "reject", [claim], reason="not the same ring")
    review.withdraw(fresh_store, made.id)
    assert dump(fresh_store) == before


def test_an_analyst_claim_survives_a_reload_and_the_forgetting_of_another_document(fresh_store):
    load(fresh_store, release_x(), release_y(), release_z())
    on_document = review.add_claim(fresh_store, "Harbour Police", "PARTICIPATED_IN", "Operation Tide",
                                   document="doc:y", span=(0, 44), reason="the police ran it", analyst="ana")
    without = review.add_claim(fresh_store, "South Ring", "LINKED_TO", "North Ring",
                               justification="informant report 7", reason="one supply line")
    assert on_document.state == without.state == review.APPLIED
    added = {(c["source"], c["target"], c["doc_id"]): c for c in fresh_store.claims() if c["rule"] == "analyst"}
    assert added[("agency:harbour-police", "operation:tide", "doc:y")]["evidence"] == Y_TEXT[:44]
    assert added[("organisation:south-ring", "organisation:north-ring", without.id)]["evidence"] == "informant report 7"
    fresh_store.write(release_y(), replace=True)
    fresh_store.remove_document("doc:z")
    review.apply(fresh_store)
    assert {(c["source"], c["target"], c["doc_id"]) for c in fresh_store.claims() if c["rule"] == "analyst"} == \
        set(added)
    link = [l for l in fresh_store.neighbourhood(["organisation:south-ring"]).links if l.type == "LINKED_TO"][0]
    assert link.properties["review"] == "added" and link.documents == 0   # no document states it


def test_merge_then_split_gives_the_graph_before(fresh_store):
    load(fresh_store, release_x(), release_y())
    before = dump(fresh_store)
    made = review.merge(fresh_store, "Northern Ring", "North Ring", reason="one gang, two spellings")
    merged = dump(fresh_store)
    assert "organisation:northern-ring" not in merged["nodes"]
    assert "Northern Ring" in merged["nodes"]["organisation:north-ring"]["aliases"]
    assert ("person:ivo-ren", "LINKED_TO", "organisation:north-ring") in triples(fresh_store)
    fresh_store.write(release_y(), replace=True)   # the merged name comes back with its document...
    review.apply(fresh_store)
    assert dump(fresh_store)["nodes"].keys() == merged["nodes"].keys()   # ...and is merged again
    review.split(fresh_store, "organisation:northern-ring")
    assert dump(fresh_store) == before
    assert made.id not in {j.id for j in review.judgements(fresh_store)}


def test_a_judgement_whose_claim_a_newer_extraction_no_longer_states_is_reported(fresh_store):
    load(fresh_store, release_x(), release_y())
    [claim] = review.find_claims(fresh_store, source="operation:tide", rel="TARGETED", target="organisation:north-ring")
    review.judge(fresh_store, "confirm", [claim], reason="seen in the file")
    fresh_store.write(release_x(targeted=False), replace=True)   # the newer extractor reads X otherwise
    review.apply(fresh_store)
    assert [j.state for j in review.judgements(fresh_store)] == [review.CLAIM_GONE]
    fresh_store.remove_document("doc:x")
    review.apply(fresh_store)
    assert [j.state for j in review.judgements(fresh_store)] == [review.DOCUMENT_GONE]


def test_judgements_round_trip_through_json_lines(fresh_store):
    load(fresh_store, release_x(), release_y())
    [claim] = review.find_claims(fresh_store, source="operation:tide", rel="TARGETED", target="organisation:north-ring")
    review.judge(fresh_store, "reject", [claim], reason="only named")
    review.add_claim(fresh_store, "South Ring", "LINKED_TO", "North Ring", justification="informant report 7",
                     reason="one supply line")
    review.merge(fresh_store, "Northern Ring", "North Ring", reason="one gang")
    judged = dump(fresh_store)
    lines = list(review.export_lines(fresh_store))
    assert len(lines) == 3
    for doc in fresh_store.documents():
        fresh_store.remove_document(doc["id"])
    fresh_store.transact(lambda run: run("MATCH (j:Judgement) DELETE j"), "test")
    assert not dump(fresh_store)["nodes"]
    load(fresh_store, release_x(), release_y())
    imported = review.import_lines(fresh_store, lines)
    assert [j.state for j in imported] == [review.APPLIED] * 3
    assert dump(fresh_store) == judged


W_TEXT = "Operation Dawn in another country hit a gang also called the North Ring."


def release_w() -> Extraction:
    whole = span(W_TEXT, W_TEXT)
    entities = [entity("operation:dawn", "Operation", "Operation Dawn", W_TEXT),
                entity("organisation:north-ring", "Organisation", "North Ring", W_TEXT)]
    relations = [Relation("operation:dawn", "TARGETED", "organisation:north-ring", whole, "test.target", 0.7)]
    return Extraction(Document(id="doc:w", text=W_TEXT, title="W"), entities, relations)


def test_an_entity_extraction_made_of_two_gangs_is_split_by_document_and_joined_again(fresh_store):
    load(fresh_store, release_x(), release_w())
    before = dump(fresh_store)
    made = review.split_off(fresh_store, "organisation:north-ring", ["doc:w"], reason="two gangs, one name")
    assert made.state == review.APPLIED
    other = made.payload["into"]
    assert (("operation:dawn", "TARGETED", other) in triples(fresh_store)
            and TARGETED_NORTH in triples(fresh_store))   # X's gang keeps X's claims
    nodes = dump(fresh_store)["nodes"]
    assert nodes[other]["name"] == nodes["organisation:north-ring"]["name"] == "North Ring"
    fresh_store.write(release_w(), replace=True)
    review.apply(fresh_store)
    assert ("operation:dawn", "TARGETED", other) in triples(fresh_store)   # split again after the reload
    review.withdraw(fresh_store, made.id)
    assert dump(fresh_store) == before


def test_a_correction_is_a_rejection_and_an_analyst_claim_on_the_same_evidence(fresh_store):
    load(fresh_store, release_x(), release_y())
    [claim] = review.find_claims(fresh_store, source="operation:tide", rel="TARGETED", target="organisation:north-ring")
    rejected, added = review.correct(fresh_store, claim, target="organisation:northern-ring",
                                     reason="the text means the Northern Ring")
    assert (rejected.kind, added.kind) == ("reject", "add") and rejected.state == added.state == review.APPLIED
    [new] = [c for c in fresh_store.claims() if c["rule"] == review.ANALYST_RULE]
    assert (new["source"], new["type"], new["target"]) == ("operation:tide", "TARGETED", "organisation:northern-ring")
    assert (new["doc_id"], new["evidence"]) == ("doc:x", claim["evidence"])
    assert TARGETED_NORTH not in triples(fresh_store)


def test_an_analyst_cannot_add_a_link_its_document_already_states(fresh_store):
    import pytest
    load(fresh_store, release_x())
    with pytest.raises(review.ReviewError, match="already states .* confirm that claim instead"):
        review.add_claim(fresh_store, "Harbour Police", "PARTICIPATED_IN", "Operation Tide", document="doc:x",
                         span=(0, 20), reason="x")


def test_a_corrected_property_keeps_its_claim_through_a_reload(fresh_store):
    """The correction has the document, span, type and ends of the claim it replaces: the rejection
    must take out the document's claim, never the analyst's."""
    load(fresh_store, release_x())
    [claim] = review.find_claims(fresh_store, source="Harbour Police", rel="PARTICIPATED_IN", target="Operation Tide")
    rejected, added = review.correct(fresh_store, claim, properties={"role": "support"}, reason="it supported")
    assert rejected.state == added.state == review.APPLIED

    def participation():
        return [(c["rule"], c["role"]) for c in fresh_store.claims() if c["type"] == "PARTICIPATED_IN"]
    assert participation() == [(review.ANALYST_RULE, "support")]
    fresh_store.write(release_x(), replace=True)
    review.apply(fresh_store)
    assert participation() == [(review.ANALYST_RULE, "support")]
    assert [j.state for j in review.judgements(fresh_store)] == [review.APPLIED, review.APPLIED]
