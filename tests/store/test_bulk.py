"""A batch of documents written in one transaction gives the graph that writing them one by one
gives, on every backend (the three releases of the forget tests: one operation and one group that
they describe differently)."""
from __future__ import annotations

from graph_dump import dump
from test_forget import A, B, C, loaded

from graph_intel.ingest import count_links
from graph_intel.store.graphdata import write_plan


def test_a_batch_onto_stored_nodes_leaves_their_links_to_the_count_at_the_end(fresh_store):
    one_by_one = loaded(fresh_store, A, B, C)
    for doc in ("doc:b", "doc:c"):
        fresh_store.remove_document(doc)
    fresh_store.write_many(plans(fresh_store, B, C))   # their links touch A's nodes, already stored
    assert dump(fresh_store) != one_by_one and count_links(fresh_store) > 0
    assert dump(fresh_store) == one_by_one


def plans(store, *extractions):
    return [write_plan(e, store.onto) for e in extractions]


def test_a_batch_is_the_documents_written_one_by_one(fresh_store):
    one_by_one = loaded(fresh_store, A, B, C)
    for doc in fresh_store.documents():
        fresh_store.remove_document(doc["id"])
    result = fresh_store.write_many(plans(fresh_store, A, B, C, B))   # B twice: written once
    assert result.written == ["doc:a", "doc:b", "doc:c"]
    if fresh_store.backend == "embedded":
        # every node is new to the store: the batch counted its links as it wrote them
        assert dump(fresh_store) == one_by_one and count_links(fresh_store) == 0
    else:
        assert count_links(fresh_store) == sum(len(x.relations) for x in (A, B, C))   # every claim, at the end
    assert dump(fresh_store) == one_by_one
    assert fresh_store.write_many(plans(fresh_store, A, C)).written == []   # already stored: left as they are
    assert dump(fresh_store) == one_by_one
