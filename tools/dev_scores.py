"""Score extraction on the team's dev corpus and hold it to a floor (`make eval`).

The corpus and its reference scorer live beside the project (../shared), not in it,
so this is not part of `make test`: CI runs it when the folder is there. It checks
that `graph-intel eval` agrees with the reference scorer, that the micro F1
scores have not fallen below the floor (raised as extraction improves, never lowered),
and that the corpus loaded with `--bulk` gives the graph a load document by document gives.

    python tools/dev_scores.py [CORPUS_DIR]
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from graph_intel.documents import read_document
from graph_intel.evaluation import evaluate_folder
from graph_intel.extraction import extract

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
FLOOR = {"entity": 0.945, "relation": 0.855}


def reference_scores(corpus: Path, scorer: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extraction.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for path in sorted(corpus.glob("*.txt")):
                fh.write(json.dumps(extract(read_document(path)).to_dict()) + "\n")
        printed = subprocess.run([sys.executable, str(scorer), "--gold", str(corpus), str(out), "--json"],
                                 capture_output=True, text=True, check=True).stdout
    reference, _ = json.JSONDecoder().raw_decode(printed)  # the JSON, then a headline line
    return reference


def same_graph_in_bulk(corpus: Path) -> bool:
    sys.path.insert(0, str(ROOT / "tests"))
    from graph_dump import dump

    from graph_intel.ingest import load_paths
    from graph_intel.store.embedded import EmbeddedStore

    with tempfile.TemporaryDirectory() as tmp:
        with EmbeddedStore(Path(tmp) / "each.lbug") as each, EmbeddedStore(Path(tmp) / "bulk.lbug") as bulk:
            load_paths(each, [str(corpus)], bulk=False)
            load_paths(bulk, [str(corpus)], bulk=True)
            same = dump(each) == dump(bulk)
    print(f"--bulk load of the corpus: {'the same graph' if same else 'A DIFFERENT GRAPH'} as one by one")
    return same


def main(argv: list[str]) -> int:
    corpus = Path(argv[0]) if argv else CORPUS
    scorer = corpus.parent.parent / "tools" / "score_extraction.py"
    for needed in (corpus, scorer):
        if not needed.exists():
            print(f"error: {needed} not found; pass the dev corpus folder (with ../../tools/score_extraction.py)",
                  file=sys.stderr)
            return 2
    reference = reference_scores(corpus, scorer)
    ours = evaluate_folder(corpus)
    failures = []
    for kind in ("entity", "relation"):
        theirs = reference["micro"][kind]["f1"]
        print(f"{kind:9s} F1 {theirs:.3f} (floor {FLOOR[kind]:.3f}; graph-intel eval {ours.total(kind).f1:.3f})")
        if abs(ours.total(kind).f1 - theirs) > 1e-9:
            failures.append(f"graph-intel eval disagrees with the reference scorer on {kind} F1")
        if theirs < FLOOR[kind]:
            failures.append(f"{kind} F1 {theirs:.3f} fell below the floor {FLOOR[kind]:.3f}")
    if not same_graph_in_bulk(corpus):
        failures.append("the dev corpus loaded with --bulk differs from the load document by document")
    for failure in failures:
        print(f"error: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
