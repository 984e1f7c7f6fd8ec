"""A query's `limit` keeps the first rows of its full answer, in its stated order.

LadybugDB 0.22 drops a sort whose rows go straight into an aggregation, LIMIT or not: collect()
then gathers the first rows scanned, not the first in order. The stores here are written so the
first rows scanned are not the first in order: the best answer is written last."""
from __future__ import annotations

import pytest

from graph_intel.ingest import load_paths
from graph_intel.queries import run_saved, saved_queries
from graph_intel.store.embedded import EmbeddedStore

# Invented releases. Each states one agency's part in one operation; files load in name order.
RELEASE = ("Operation {op} results\n\nOn {day} May 2024 the {agency} seized 300 kg of cocaine in the port "
           "of {port} during Operation {op}, release {n} says.\n")
# Two releases state the first link, graded C3; three the last one written, graded E5 (worse).
STATED = [("Dutch Customs", "Lanternfish", "Rotterdam", "C3")] * 2 + \
    [("Spanish Guardia Civil", "Bluefin", "Algeciras", "E5")] * 3


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    root = tmp_path_factory.mktemp("releases")
    path = root / "graph.lbug"
    with EmbeddedStore(path) as writable:
        for n, (agency, op, port, grading) in enumerate(STATED, 1):
            release = root / f"release-{n}.txt"
            release.write_text(RELEASE.format(op=op, day=n + 2, agency=agency, port=port, n=n), encoding="utf-8")
            load_paths(writable, [str(release)], grading=grading, bulk=False)
    opened = EmbeddedStore(path, read_only=True)
    yield opened
    opened.close()


def _comparable(rows):
    """Rows with list values as sets: collect() gives no order."""
    return [{k: sorted(v) if isinstance(v, list) else v for k, v in row.items()} for row in rows]


def test_the_most_corroborated_link_comes_first_under_a_limit_of_one(store):
    rows = run_saved(store, "corroborated-links", {"type": "PARTICIPATED_IN", "limit": 1})
    assert [(r["source_name"], r["target_name"], r["documents"], len(r["doc_ids"])) for r in rows] == \
        [("Guardia Civil", "Operation Bluefin", 3, 3)]


@pytest.mark.parametrize("name", sorted(n for n, q in saved_queries().items()
                                        if q.parameter("limit") and all(p.default is not None or p.name == "limit"
                                                                        for p in q.parameters)))
def test_a_limit_keeps_the_first_rows_of_the_whole_answer(store, name):
    whole = run_saved(store, name, {"limit": 1000})
    assert len(whole) >= 2, "a limit of one must cut something"
    assert _comparable(run_saved(store, name, {"limit": 1})) == _comparable(whole[:1])
