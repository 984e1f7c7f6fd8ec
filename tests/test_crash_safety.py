"""A load killed with SIGKILL never leaves a document half-written or missing:
`load --replace` removes the old version and writes the new one in one
transaction, so after any kill every document is there in exactly one version."""
from __future__ import annotations

import collections
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from graph_intel.store.embedded import EmbeddedStore

RELEASES = Path(__file__).resolve().parents[1] / "notebooks" / "releases"
COPIES = 30   # of each invented release: enough documents that a kill lands while they are written


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    """Distinct documents (a reference line makes each its own) from the invented releases."""
    out = tmp_path_factory.mktemp("releases")
    for release in sorted(RELEASES.glob("*.txt")):
        text = release.read_text(encoding="utf-8")
        for copy in range(COPIES):
            (out / f"{release.stem}-{copy:02d}.txt").write_text(f"{text}\nReference {copy}.\n", encoding="utf-8")
    return out


def load(db: Path, folder: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "graph_intel.cli", "--db", str(db), "load", *extra, str(folder)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def versions(db: Path) -> dict[str, collections.Counter]:
    """{document id: Counter of the gradings of its claims}; read-write so a killed writer's log is recovered."""
    with EmbeddedStore(db) as store:
        per_document = {d["id"]: collections.Counter() for d in store.documents()}
        for claim in store.claims():
            per_document[claim["doc_id"]][claim["grading"]] += 1
    return per_document


def test_kill_during_replace_leaves_every_document_in_exactly_one_version(folder, tmp_path):
    db = tmp_path / "graph.lbug"
    assert load(db, folder, "--grade", "B2").wait() == 0
    before = versions(db)
    assert len(before) == 3 * COPIES and all(set(c) == {"B2"} for c in before.values())
    claims = {doc: sum(c.values()) for doc, c in before.items()}
    started = time.monotonic()
    assert load(db, folder, "--replace", "--grade", "A1").wait() == 0
    duration = time.monotonic() - started
    assert all(set(c) == {"A1"} for c in versions(db).values())
    for grade, share in (("B2", 0.5), ("A1", 0.65), ("B2", 0.8), ("A1", 0.9), ("B2", 0.95)):
        process = load(db, folder, "--replace", "--grade", grade)
        time.sleep(duration * share)
        process.send_signal(signal.SIGKILL)
        process.wait()
        after = versions(db)
        assert set(after) == set(before), f"documents lost or added by a kill at {share:.0%}"
        for doc, gradings in after.items():
            # One version: every claim of a document carries the same grading, and all of them are there.
            assert len(gradings) == 1 and sum(gradings.values()) == claims[doc], (share, doc, gradings)
