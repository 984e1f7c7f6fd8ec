"""load --bulk: extraction in worker processes, many documents per transaction, and the very graph
a load document by document makes; bad files reported, the rest loaded, a second run a no-op."""
from __future__ import annotations

import random
from pathlib import Path

from click.testing import CliRunner
from graph_dump import dump

from graph_intel.cli import main
from graph_intel.ingest import load_paths
from graph_intel.store.embedded import EmbeddedStore

SEED = Path(__file__).resolve().parents[1] / "seed"


def archive(folder: Path, count: int = 40) -> Path:
    """The seed releases, and `count` distinct releases recombined from their paragraphs (the same
    agencies, places and groups recur across them, as in a real archive), a copy of one, and a
    file that is no document."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEED.glob("*.txt"))]
    paragraphs = [p for t in texts for p in t.split("\n") if len(p.split()) > 8]
    rng = random.Random(5)
    folder.mkdir()
    for name, text in zip(("a.txt", "b.txt"), texts):
        (folder / name).write_text(text, encoding="utf-8")
    for i in range(count):
        (folder / f"r{i:03}.txt").write_text(f"Release {i}\n\n" + "\n".join(rng.sample(paragraphs, 4)), encoding="utf-8")
    (folder / "copy-of-a.txt").write_text(texts[0], encoding="utf-8")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not really")
    return folder


def test_a_bulk_load_gives_the_graph_a_load_document_by_document_gives(tmp_path):
    folder = archive(tmp_path / "archive")
    with EmbeddedStore(tmp_path / "each.lbug") as each, EmbeddedStore(tmp_path / "bulk.lbug") as bulk:
        slow = load_paths(each, [str(folder)], bulk=False)
        fast = load_paths(bulk, [str(folder)], bulk=True, workers=2)
        assert (sorted(fast.loaded), sorted(fast.skipped), sorted(p for p, _ in fast.failed)) == \
            (sorted(slow.loaded), sorted(slow.skipped), sorted(p for p, _ in slow.failed))
        assert len(fast.loaded) == 42 and len(fast.skipped) == 1 and len(fast.failed) == 1
        assert (fast.nodes_added, fast.claims_added) == (slow.nodes_added, slow.claims_added)
        assert dump(bulk) == dump(each)
        again = load_paths(bulk, [str(folder)], bulk=True, workers=2)   # resumable: only what is missing
        assert again.loaded == [] and len(again.skipped) == 43
        assert dump(bulk) == dump(each)


class CopyFailingStore(EmbeddedStore):
    """A real store whose bulk write fails after the engine copied nodes, links and mentions in."""

    def _copy_rows(self, table, rows, ends=None):
        super()._copy_rows(table, rows, ends)
        if table == "PARTICIPATED_IN":
            raise RuntimeError("disk full")


def test_a_batch_whose_copy_fails_is_rolled_back_and_written_document_by_document(tmp_path):
    folder = archive(tmp_path / "archive", count=10)
    with EmbeddedStore(tmp_path / "each.lbug") as each, CopyFailingStore(tmp_path / "bulk.lbug") as bulk:
        slow = load_paths(each, [str(folder)], bulk=False)
        fast = load_paths(bulk, [str(folder)], bulk=True, workers=2, batch=5)
        assert sorted(fast.loaded) == sorted(slow.loaded) and len(fast.loaded) == 12
        assert dump(bulk) == dump(each)


def test_load_bulk_on_the_command_line_reports_its_speed(tmp_path):
    folder = archive(tmp_path / "archive", count=10)
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "g.lbug"), "load", "--bulk", "--workers", "2",
                                       str(folder)])
    assert result.exit_code == 1 and "scan.pdf" in result.stderr   # the bad file, named; the others loaded
    assert "loaded 12 document(s), 1 already present, 1 failed" in result.stdout
    assert "documents/s" in result.stderr


def test_a_bulk_load_killed_and_run_again_converges_to_the_same_graph(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    folder = archive(tmp_path / "archive", count=380)   # two batches and a part

    def bulk(db: Path) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "graph_intel.cli", "--db", str(db), "load", "--bulk",
                                 "--batch", "150", str(folder)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    with EmbeddedStore(tmp_path / "each.lbug") as each:
        load_paths(each, [str(folder)], bulk=False)
        expected = dump(each)
    started = time.monotonic()
    bulk(tmp_path / "timing.lbug").wait()
    duration = time.monotonic() - started
    for share in (0.6, 0.85):
        db = tmp_path / f"killed-{share}.lbug"
        process = bulk(db)
        time.sleep(duration * share)
        process.send_signal(signal.SIGKILL)
        process.wait()
        assert bulk(db).wait() == 1   # the bad file is reported again; everything else is there now
        with EmbeddedStore(db, read_only=True) as store:
            assert dump(store) == expected, f"a kill at {share:.0%} of the run"


def test_a_load_file_by_file_writes_in_groups_the_graph_each_document_written_alone_gives(tmp_path):
    from graph_intel.ingest import count_links, extract_files

    folder = archive(tmp_path / "archive", count=12)
    with EmbeddedStore(tmp_path / "alone.lbug") as alone, EmbeddedStore(tmp_path / "grouped.lbug") as grouped:
        for extraction in extract_files(sorted(folder.iterdir()), on_error=lambda _path, _message: None):
            alone.write(extraction, count_links=False)   # one transaction per document
        count_links(alone)
        report = load_paths(grouped, [str(folder)], bulk=False)
        assert len(report.loaded) == 14 and len(report.skipped) == 1 and len(report.failed) == 1
        assert dump(grouped) == dump(alone)


class OneDocumentFails(EmbeddedStore):
    """A real store that cannot write one given document (as a disk error on it would)."""

    bad = ""

    def _write_plan(self, plan, copy=False):
        if any(d["path"].endswith(self.bad) for d in plan.documents):
            raise RuntimeError("write error")
        return super()._write_plan(plan, copy)


def test_a_group_with_a_document_that_cannot_be_written_loses_only_that_document(tmp_path):
    folder = archive(tmp_path / "archive", count=6)
    OneDocumentFails.bad = "r002.txt"
    with EmbeddedStore(tmp_path / "each.lbug") as each, OneDocumentFails(tmp_path / "g.lbug") as store:
        report = load_paths(store, [str(folder)], bulk=False)
        assert [p for p, _ in report.failed if p.endswith("r002.txt")] and len(report.loaded) == 7
        (folder / "r002.txt").unlink()
        load_paths(each, [str(folder)], bulk=False)
        assert dump(store) == dump(each)
