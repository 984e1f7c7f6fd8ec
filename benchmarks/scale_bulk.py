"""The bulk write path at scale: N generated releases (default 42,000, about one million claims)
extracted in worker processes, then written as `load --bulk` writes them (COPY FROM batches of
BATCH_DOCUMENTS inside one checkpoint) and their links counted. Prints the write time, which the
goal puts under 60 s for 1M claims. Run on demand (about 5 minutes on two cores); `make bench` does
not run it.

    .venv/bin/python benchmarks/scale_bulk.py [--documents 42000] [--workers 2]
"""
from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extraction import CORPUS, recombined  # noqa: E402

from graph_intel.documents import document_from_text  # noqa: E402
from graph_intel.extraction import extract  # noqa: E402
from graph_intel.ingest import BATCH_DOCUMENTS, count_links  # noqa: E402
from graph_intel.model import ontology  # noqa: E402
from graph_intel.store.embedded import EmbeddedStore  # noqa: E402
from graph_intel.store.graphdata import write_plan  # noqa: E402


def planned(numbered_text: tuple[int, str]):
    number, text = numbered_text
    return write_plan(extract(document_from_text(text, path=f"generated/{number:06}.txt")), ontology())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=42_000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    started = time.perf_counter()
    with Pool(args.workers) as pool:
        plans = pool.map(planned, list(enumerate(recombined(texts, args.documents, seed=11))), chunksize=64)
    claims = sum(len(rows) for plan in plans for rows in plan.claims.values())
    seconds = time.perf_counter() - started
    print(f"extracted            {args.documents} documents, {claims:,} claims in {seconds:.1f} s")
    with tempfile.TemporaryDirectory() as tmp, EmbeddedStore(Path(tmp) / "scale.lbug") as store:
        started = time.perf_counter()
        with store.one_checkpoint():
            for i in range(0, len(plans), BATCH_DOCUMENTS):
                store.write_many(plans[i:i + BATCH_DOCUMENTS])
        written = time.perf_counter() - started
        count_links(store)
        total = time.perf_counter() - started
    print(f"written              {written:.1f} s (batches of {BATCH_DOCUMENTS}, one checkpoint)")
    print(f"links counted        {total - written:.1f} s")
    print(f"write time           {total:.1f} s  (goal for 1M claims: < 60 s)")
    print(f"peak memory          {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB (all plans held)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
