"""Loading an archive: `load --bulk` against the load file by file a user would otherwise run,
both measured in this run on the same files.

    .venv/bin/python benchmarks/bench_load.py [--documents 2000] [--workers N]

The documents are recombined from the dev corpus (or the seeds), as in bench_extraction: distinct
press-release-sized texts whose agencies, places and groups recur as in a real archive. Prints
seconds, documents/s and the ratio; checks that both loads built the same graph; then the writing
alone (the same extractions written one per transaction, and in batches). Not a test.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from bench_extraction import CORPUS, recombined  # noqa: E402
from results import record  # noqa: E402
from graph_dump import dump  # noqa: E402

from graph_intel.ingest import BATCH_DOCUMENTS, GROUP_DOCUMENTS, count_links, extract_files, load_paths  # noqa: E402
from graph_intel.model import ontology  # noqa: E402
from graph_intel.store.embedded import EmbeddedStore  # noqa: E402
from graph_intel.store.graphdata import write_plan  # noqa: E402

ONTOLOGY = ontology()


def timed_load(folder: Path, db: Path, bulk: bool, workers: int | None) -> tuple[float, EmbeddedStore]:
    store = EmbeddedStore(db)
    started = time.perf_counter()
    report = load_paths(store, [str(folder)], bulk=bulk, workers=workers)
    seconds = time.perf_counter() - started
    assert not report.failed, report.failed[:3]
    return seconds, store


def timed_writes(folder: Path, tmp: Path) -> tuple[float, float, float, float]:
    """Extraction once, then the same documents written one per transaction, in the groups a load
    file by file writes (UNWIND), and in bulk batches (COPY FROM): seconds of extraction and of each
    way of writing."""
    started = time.perf_counter()
    extractions = list(extract_files(sorted(folder.glob("*.txt"))))
    extract_s = time.perf_counter() - started
    with EmbeddedStore(tmp / "w-each.lbug") as each:
        started = time.perf_counter()
        for extraction in extractions:   # links counted once, at the end, as a load counts them
            each.write(extraction, count_links=False)
        count_links(each)
        each_s = time.perf_counter() - started
    plans = [write_plan(e, ONTOLOGY) for e in extractions]   # made in the workers during a bulk load
    group_s = timed_batches(tmp / "w-group.lbug", plans, GROUP_DOCUMENTS, bulk=False)
    bulk_s = timed_batches(tmp / "w-bulk.lbug", plans, BATCH_DOCUMENTS, bulk=True)
    return extract_s, each_s, group_s, bulk_s


def timed_batches(db: Path, plans: list, size: int, bulk: bool) -> float:
    with EmbeddedStore(db) as store:
        started = time.perf_counter()
        for i in range(0, len(plans), size):
            store.write_many(plans[i:i + size], bulk=bulk)
        count_links(store)
        return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] or \
        [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "seed").glob("*.txt"))]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "archive"
        folder.mkdir()
        for i, text in enumerate(recombined(texts, args.documents)):
            (folder / f"{i:06}.txt").write_text(text, encoding="utf-8")
        each_s, each = timed_load(folder, Path(tmp) / "each.lbug", False, None)
        bulk_s, bulk = timed_load(folder, Path(tmp) / "bulk.lbug", True, args.workers)
        same = dump(each) == dump(bulk)
        claims = sum(v for k, v in bulk.stats()["relationships"].items() if k != "MENTIONED_IN")
        extract_s, write_each_s, write_group_s, write_bulk_s = timed_writes(folder, Path(tmp))
    n = args.documents
    print(f"documents            {n:8d} (distinct, recombined from {len(texts)} texts); {claims} claims")
    print(f"load, file by file   {each_s:8.1f} s  {n / each_s:6.0f} documents/s  (groups of {GROUP_DOCUMENTS})")
    print(f"load --bulk          {bulk_s:8.1f} s  {n / bulk_s:6.0f} documents/s  (ratio {each_s / bulk_s:.1f}x)")
    print(f"same graph           {'yes' if same else 'NO'}")
    print(f"extraction alone     {extract_s:8.1f} s  (one process)")
    print(f"writing alone        {write_each_s:8.1f} s one transaction per document, {write_group_s:.1f} s in groups "
          f"of {GROUP_DOCUMENTS} (ratio {write_each_s / write_group_s:.1f}x), {write_bulk_s:.1f} s in COPY FROM "
          f"batches (ratio {write_each_s / write_bulk_s:.1f}x)")
    record("load", [
        {"stage": f"load --bulk, {n} documents ({claims} claims)", "value": round(bulk_s, 1), "unit": "s",
         "baseline": f"load file by file: {each_s:.1f} s ({each_s / bulk_s:.1f}x)"},
        {"stage": "writing alone, in COPY batches", "value": round(write_bulk_s, 1), "unit": "s",
         "baseline": f"one transaction per document: {write_each_s:.1f} s ({write_each_s / write_bulk_s:.1f}x)"},
        {"stage": f"writing alone, in groups of {GROUP_DOCUMENTS} (load file by file)",
         "value": round(write_group_s, 1), "unit": "s",
         "baseline": f"one transaction per document: {write_each_s:.1f} s ({write_each_s / write_group_s:.1f}x)"}])
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
