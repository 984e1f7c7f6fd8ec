"""Forgetting a document leaves the graph a load without it would have made:
every node and relationship, with every property. B and C say different
things of one operation and one group; A loads first, then B, then C."""
from __future__ import annotations

from graph_dump import dump

from graph_intel.records import Document, Entity, Extraction, Relation, Span


def extraction(doc_id: str, text: str, operation: dict, group_aliases: list[str], grading: str = "B2") -> Extraction:
    span = Span(0, 10, text[:10])
    entities = [
        Entity("agency:harbour-police", "Agency", "Harbour Police", properties={"kind": "police"}, mentions=[span]),
        Entity("operation:tide", "Operation", "Operation Tide", aliases=["Tide"], properties=operation,
               mentions=[span]),
    ]
    relations = [Relation("agency:harbour-police", "PARTICIPATED_IN", "operation:tide", span, "test.rule", 0.8)]
    if group_aliases is not None:
        entities.append(Entity("organisation:north-ring", "Organisation", "North Ring", aliases=group_aliases,
                               properties={"description": f"as {doc_id} describes it"}, mentions=[span]))
        relations.append(Relation("operation:tide", "TARGETED", "organisation:north-ring", span, "test.rule", 0.7))
    return Extraction(Document(id=f"doc:{doc_id}", text=text, title=doc_id, grading=grading), entities, relations)


A = extraction("a", "Operation Tide began in the harbour.", {}, None)
B = extraction("b", "Operation Tide: thirty arrests, the North Ring hit.", {"arrests": 30, "description": "b"},
               ["Ring B", "Northern Ring"])
C = extraction("c", "Operation Tide ended with twelve arrests.", {"arrests": 12}, ["Ring C", "Northern Ring"])


def loaded(store, *extractions) -> dict:
    for doc in store.documents():
        store.remove_document(doc["id"])
    assert store.stats()["documents"] == 0 and not dump(store)["nodes"]
    for e in extractions:
        store.write(e)
    return dump(store)


def test_forgetting_b_gives_the_graph_of_a_and_c(fresh_store):
    with_b = loaded(fresh_store, A, B, C)
    assert with_b["nodes"]["operation:tide"]["arrests"] == 30   # B came first, its value stood
    fresh_store.remove_document("doc:b")
    forgotten = dump(fresh_store)
    assert forgotten["nodes"]["operation:tide"]["arrests"] == 12
    assert "Ring B" not in forgotten["nodes"]["organisation:north-ring"]["aliases"]
    assert forgotten == loaded(fresh_store, A, C)


def test_replacing_b_gives_the_graph_of_a_c_and_the_new_b(fresh_store):
    new_b = extraction("b", B.document.text, {"arrests": 31}, ["Ring B2"], grading="A1")
    loaded(fresh_store, A, B, C)
    fresh_store.write(new_b, replace=True)
    replaced = dump(fresh_store)
    assert replaced["nodes"]["operation:tide"]["arrests"] == 12   # the new B is now the last loaded
    assert replaced == loaded(fresh_store, A, C, new_b)
