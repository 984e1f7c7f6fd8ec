"""Extraction throughput on 2,000 distinct press-release-sized documents, one core.

The documents are recombined from the dev corpus (or the seeds): each takes one release's
headline and paragraphs drawn from all the others (seeded), so no two are alike and every
name, figure and cue the rules meet varies as it would over a real archive.

Goal (issue 3): >= 200 press-release-sized documents per second, peak memory < 500 MB.
Prints measured numbers and their ratio to the goal; not a test.
"""
from __future__ import annotations

import random
import resource
import sys
import time
from pathlib import Path

from graph_intel.documents import document_from_text
from graph_intel.extraction import extract
from graph_intel.extraction.gazetteer import gazetteer

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results import record  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
DOCUMENTS = 2000
GOAL_DOCS_PER_SECOND = 200
GOAL_PEAK_MB = 500


def recombined(texts: list[str], count: int, seed: int = 7) -> list[str]:
    """`count` distinct documents: a headline, then four to eight paragraphs from any release."""
    rng = random.Random(seed)
    paragraphs = [p for t in texts for p in t.split("\n")[3:] if len(p.split()) > 8]
    headlines = [t.split("\n", 1)[0] for t in texts]
    return [headlines[i % len(headlines)] + "\n\n" + "\n".join(rng.sample(paragraphs, rng.randint(4, 8)))
            for i in range(count)]


def main() -> int:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))] or \
        [p.read_text(encoding="utf-8") for p in sorted((Path(__file__).resolve().parents[1] / "seed").glob("*.txt"))]
    started = time.perf_counter()
    gazetteer()
    load_seconds = time.perf_counter() - started
    docs = [document_from_text(text) for text in recombined(texts, DOCUMENTS)]
    words = sum(len(d.text.split()) for d in docs)
    started = time.perf_counter()
    entities = relations = 0
    for doc in docs:
        extraction = extract(doc)
        entities += len(extraction.entities)
        relations += len(extraction.relations)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate = DOCUMENTS / seconds
    print(f"gazetteer load       {load_seconds:8.2f} s (once per process)")
    print(f"documents            {DOCUMENTS:8d} (distinct, recombined from {len(texts)} texts; {words / DOCUMENTS:.0f} words each)")
    print(f"extraction           {seconds:8.2f} s; {entities} entities, {relations} relations")
    print(f"throughput           {rate:8.1f} documents/s  {words / seconds:,.0f} words/s  "
          f"(goal {GOAL_DOCS_PER_SECOND}/s: ratio {rate / GOAL_DOCS_PER_SECOND:.2f})")
    print(f"peak memory          {peak_mb:8.0f} MB (goal < {GOAL_PEAK_MB} MB: ratio {peak_mb / GOAL_PEAK_MB:.2f})")
    record("extraction", [
        {"stage": f"extraction, {DOCUMENTS} distinct documents, one core", "value": round(rate), "unit": "documents/s",
         "goal": f"{GOAL_DOCS_PER_SECOND} documents/s"},
        {"stage": "peak memory", "value": round(peak_mb), "unit": "MB", "goal": f"< {GOAL_PEAK_MB} MB"}])
    return 0


if __name__ == "__main__":
    sys.exit(main())
