"""Median latency of every saved query on a synthetic graph (not a test).

    .venv/bin/python benchmarks/bench_queries.py [--entities 100000] [--claims 1000000] [--runs 5]

Builds an embedded database of at least 100,000 entities and 1,000,000 claims
(plus their MENTIONED_IN provenance) by COPY FROM CSV files — the fast bulk
path (NOTES-dependencies §1.5, §1.7); CSV needs no pandas/pyarrow and avoids
the repeated-DataFrame COPY crash. Endpoints are skewed so a few hubs exist,
like real networks. Then it opens the database read-only and runs each saved
query with typical parameters: one warm-up, then the median of --runs.
Goal: every saved query under 200 ms median. Last, it reads and draws the chart of the entity with
most claims at depth 2 (`chart`'s default budget of new neighbours): goal under one second. And
`analyze centrality` and `analyze routes` on the same store, each a process of its own: goal under
a minute each, under 4 GB.
"""
from __future__ import annotations

import argparse
import csv
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from graph_intel.charts import render_neighbourhood  # noqa: E402
from graph_intel.cli.chart import MAX_LINKS as CHART_BUDGET  # noqa: E402
from graph_intel.errors import GraphIntelError  # noqa: E402
from graph_intel.model import ontology  # noqa: E402
from graph_intel.queries import run_saved, saved_queries  # noqa: E402
from graph_intel.store.base import ClaimFilter  # noqa: E402
from graph_intel.store.embedded import EmbeddedStore  # noqa: E402
from results import record  # noqa: E402

# Share of entities per label.
LABEL_SHARES = {"Operation": 0.08, "Agency": 0.05, "Country": 0.0025, "Region": 0.0003, "Location": 0.10,
                "Port": 0.02, "Organisation": 0.15, "Shipment": 0.45, "Platform": 0.0002, "Person": 0.147}
# Share of claims per (type, source label, target label).
CLAIM_SHARES = {
    ("PARTICIPATED_IN", "Agency", "Operation"): 0.14, ("PARTICIPATED_IN", "Country", "Operation"): 0.05,
    ("TARGETED", "Operation", "Organisation"): 0.04, ("TARGETED", "Operation", "Person"): 0.02,
    ("RESULTED_IN", "Operation", "Shipment"): 0.05,
    ("SEIZED_AT", "Shipment", "Port"): 0.03, ("SEIZED_AT", "Shipment", "Location"): 0.015,
    ("SEIZED_AT", "Shipment", "Country"): 0.005,
    ("ORIGINATED_IN", "Shipment", "Country"): 0.05, ("ORIGINATED_IN", "Organisation", "Country"): 0.02,
    ("TRANSITED_VIA", "Shipment", "Port"): 0.04, ("TRANSITED_VIA", "Shipment", "Region"): 0.01,
    ("TRANSITED_VIA", "Organisation", "Region"): 0.01,
    ("DESTINED_FOR", "Shipment", "Country"): 0.03, ("ATTRIBUTED_TO", "Shipment", "Organisation"): 0.06,
    ("OPERATES_IN", "Organisation", "Country"): 0.10, ("OPERATES_IN", "Organisation", "Location"): 0.05,
    ("USED", "Organisation", "Platform"): 0.02, ("USED", "Person", "Platform"): 0.01,
    ("LINKED_TO", "Organisation", "Organisation"): 0.08, ("LINKED_TO", "Person", "Organisation"): 0.06,
    ("LINKED_TO", "Person", "Person"): 0.04, ("MEMBER_OF", "Person", "Organisation"): 0.04,
    ("MEMBER_OF", "Person", "Agency"): 0.01, ("PART_OF", "Agency", "Agency"): 0.005,
    ("LOCATED_IN", "Location", "Country"): 0.01, ("LOCATED_IN", "Port", "Country"): 0.005,
    ("LOCATED_IN", "Agency", "Country"): 0.005,
}
COMMODITIES = ["cocaine", "heroin", "cannabis", "amphetamine", "methamphetamine", "mdma", "cigarettes"]
GRADES = [f"{r}{c}" for r in "ABCDEF" for c in "123456"]


def skewed(rng: random.Random, n: int) -> int:
    """An index in [0, n) with a heavy head: a few hubs, a long tail."""
    return min(n - 1, int(n * rng.random() ** 3))


def build(folder: Path, entities: int, claims: int, documents: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    onto = ontology()
    counts = {label: max(2, round(entities * share)) for label, share in LABEL_SHARES.items()}
    ids = {label: [f"{onto.labels[label].prefix}:{label.lower()}-{i:06d}" for i in range(n)]
           for label, n in counts.items()}
    doc_ids = [f"doc:synthetic-{i:06d}" for i in range(documents)]
    published = {d: f"{2015 + i % 11}-{1 + i % 12:02d}-{1 + i % 28:02d}" for i, d in enumerate(doc_ids)}
    csv_dir = folder / "csv"
    csv_dir.mkdir(parents=True)
    files = []
    files.append(("Document", None, _write_documents(csv_dir, doc_ids, published, onto)))
    for label in counts:
        files.append((label, None, _write_nodes(csv_dir, label, ids[label], onto, rng)))
    mentions = defaultdict(list)
    for label in counts:
        for entity_id in ids[label]:
            for d in {rng.choice(doc_ids) for _ in range(1 + skewed(rng, 3))}:
                mentions[label].append((entity_id, d))
    for label, rows in mentions.items():
        files.append(("MENTIONED_IN", (label, "Document"), _write_mentions(csv_dir, label, rows)))
    total = sum(CLAIM_SHARES.values())
    for (rel, source, target), share in CLAIM_SHARES.items():
        n = round(claims * share / total) + 1
        files.append((rel, (source, target), _write_claims(csv_dir, rel, source, target, n, ids, doc_ids,
                                                          published, onto, rng)))
    db = folder / "bench.lbug"
    store = EmbeddedStore(db)  # creates the schema from the ontology
    conn = store._conn
    started = time.perf_counter()
    for table, pair, path in files:
        options = "header=true" + (f", from='{pair[0]}', to='{pair[1]}'" if pair else "")
        conn.execute(f"COPY {table} FROM '{path}' ({options})")
    print(f"COPY FROM of {sum(counts.values()):,} entities, {documents:,} documents and "
          f"{claims:,}+ claims: {time.perf_counter() - started:.1f} s", flush=True)
    stats = store.stats()
    store.close()
    claim_total = sum(v for k, v in stats["relationships"].items() if k != "MENTIONED_IN")
    print(f"graph: {sum(stats['nodes'].values()):,} entities, {claim_total:,} claims, "
          f"{stats['relationships'].get('MENTIONED_IN', 0):,} mentions", flush=True)
    return db


def _csv(path: Path, header: list[str], rows) -> Path:
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ",".join(value) + "]"
    return str(value)


def _write_documents(folder: Path, doc_ids, published, onto) -> Path:
    columns = list(onto.node_properties("Document"))
    rows = []
    for i, d in enumerate(doc_ids):
        values = {"id": d, "title": f"Synthetic press release {i}", "source": f"https://example.org/{i}",
                  "published": published[d], "publisher": "Synthetic", "grading": GRADES[i % len(GRADES)],
                  "path": f"synthetic/{i}.txt", "loaded_at": f"2026-{1 + i % 11:02d}-01T00:00:00+00:00",
                  "text": "synthetic text"}
        rows.append([_cell(values.get(c)) for c in columns])
    return _csv(folder / "Document.csv", columns, rows)


def _write_nodes(folder: Path, label: str, ids, onto, rng) -> Path:
    columns = list(onto.node_properties(label))
    rows = []
    for i, entity_id in enumerate(ids):
        values = {"id": entity_id, "name": f"{label} {i}", "aliases": [f"{label.lower()} alias {i}"], "named": True}
        if label == "Shipment":
            kg = float(rng.choice([5, 20, 60, 150, 700, 1200, 5000]))
            values.update(commodity=rng.choice(COMMODITIES), quantity=kg, unit="kg", quantity_kg=kg, seized=True)
        elif label in {"Port", "Location", "Agency"}:
            values["country"] = f"C{i % 250:03d}"
        elif label == "Country":
            values.update(iso2=f"C{i:03d}", iso3=f"C{i:04d}")
        rows.append([_cell(values.get(c)) for c in columns])
    return _csv(folder / f"{label}.csv", columns, rows)


def _write_mentions(folder: Path, label: str, rows) -> Path:
    columns = list(ontology().claim_properties("MENTIONED_IN"))
    values = {"mentions": 1, "texts": [], "first_start": 0, "first_end": 10}
    return _csv(folder / f"MENTIONED_IN_{label}.csv", ["from", "to"] + columns,
                ([e, d] + [_cell(values.get(c)) for c in columns] for e, d in rows))


def _write_claims(folder: Path, rel, source, target, n, ids, doc_ids, published, onto, rng) -> Path:
    columns = list(onto.claim_properties(rel))
    claims = []
    for _ in range(n):
        values = {"doc_id": doc_ids[skewed(rng, len(doc_ids))], "evidence": f"synthetic evidence for {rel}",
                  "evidence_start": 0, "evidence_end": 40, "rule": "synthetic", "confidence": 0.8,
                  "grading": GRADES[rng.randrange(len(GRADES))], "role": rng.choice(["lead", "support", None])}
        claims.append((ids[source][skewed(rng, len(ids[source]))], ids[target][skewed(rng, len(ids[target]))], values))
    documents = defaultdict(set)   # what the write path keeps: the count on the claim of the greatest document
    for a, b, values in claims:
        documents[(a, b)].add(values["doc_id"])
    carrier = {link: max(docs) for link, docs in documents.items()}
    carried = set()
    for a, b, values in claims:
        if values["doc_id"] == carrier[(a, b)] and (a, b) not in carried:
            carried.add((a, b))
            values["link_documents"] = len(documents[(a, b)])
    rows = ([a, b] + [_cell(values.get(c)) for c in columns] for a, b, values in claims)
    return _csv(folder / f"{rel}_{source}_{target}.csv", ["from", "to"] + columns, rows)


def typical_parameters(store) -> dict[str, dict[str, str]]:
    """Parameters naming typical (mid-degree) entities of the synthetic graph."""
    def pick(label: str) -> str:
        return f"{ontology().labels[label].prefix}:{label.lower()}-{500:06d}"
    document = "doc:synthetic-000500"
    return {
        "agencies-in-operation": {"operation": pick("Operation")},
        "operations-of": {"participant": pick("Agency")},
        "co-participation": {"participant": pick("Agency")},
        "seizures-by-place": {"commodity": "cocaine"},
        "seizures-by-country": {"commodity": "cocaine"},
        "commodity-routes": {"commodity": "mdma"},
        "transit-hubs": {"commodity": "heroin"},
        "platform-users": {"platform": pick("Platform").replace("000500", "000003")},
        "link-evidence": {"source": pick("Shipment"), "target": pick("Organisation")},
        "document-entities": {"document": document},
        "document-claims": {"document": document},
        "entity-profile": {"entity": pick("Organisation")},
        "organisations-in-area": {"area": pick("Country").replace("000500", "000100")},
        "entity-timeline": {"entity": pick("Organisation")},
        "uncorroborated-claims": {"type": "USED"},
        "low-graded-claims": {"min_reliability": "A", "max_credibility": "1"},
        "new-documents-since": {"since": "2025-06-01"},
        "new-entities-since": {"since": "2025-06-01"},
        "find-entity": {"text": "organisation 4242", "label": "Organisation"},
    }


def measure(db: Path, runs: int, only: list[str] | None = None) -> int:
    store = EmbeddedStore(db, read_only=True)
    params = typical_parameters(store)
    slow, rows_out = 0, []
    print(f"\n{'saved query':<24} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'rows':>7}")
    for name, query in sorted(saved_queries().items()):
        if only and name not in only:
            continue
        values = params.get(name, {})
        print(f"{name:<24}", end=" ", flush=True)
        try:
            rows = run_saved(store, query, values)  # warm-up
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                rows = run_saved(store, query, values)
                times.append((time.perf_counter() - started) * 1000)
        except GraphIntelError as exc:
            slow += 1
            print(f"failed: {exc}", flush=True)
            continue
        median = statistics.median(times)
        p95 = sorted(times)[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
        slow += median >= 200
        print(f"{median:>10.1f} {p95:>8.1f} {max(times):>8.1f} {len(rows):>7}"
              + ("  over 200 ms" if median >= 200 else ""), flush=True)
        rows_out.append({"stage": f"saved query {name} (median; p95 {p95:.0f} ms)", "value": round(median, 1),
                         "unit": "ms", "goal": "< 200 ms"})
    if not only:
        rows_out.append(chart_of_the_busiest_entity(store, runs))
    store.close()
    if not only:
        rows_out += analytics_on_the_store(db)
    print(f"\n{len(saved_queries()) - slow} of {len(saved_queries())} saved queries under 200 ms median")
    if not only:
        record("queries", rows_out)
    return slow


def chart_of_the_busiest_entity(store: EmbeddedStore, runs: int) -> dict:
    """`chart ENTITY --depth 2` (its default budget of new neighbours) on the entity with most claims,
    read and drawn: the goal is under a second on any graph."""
    busiest = store.query("MATCH (n:Country)-[r]-() RETURN n.id AS id, count(r) AS claims "
                          "ORDER BY claims DESC LIMIT 1")[0]
    times = []
    for _ in range(runs + 1):   # the first run warms up
        started = time.perf_counter()
        drawn = store.neighbourhood([busiest["id"]], 2, ClaimFilter(), budget=CHART_BUDGET)
        render_neighbourhood(drawn, width=100)
        times.append(time.perf_counter() - started)
    median = statistics.median(times[1:])
    print(f"chart of {busiest['id']} ({busiest['claims']:,} claims), depth 2: {median * 1000:.0f} ms median, "
          f"{len(drawn.nodes)} entities drawn")
    return {"stage": f"chart of the busiest entity ({busiest['claims']:,} claims), depth 2, {len(drawn.nodes)} "
                     "entities drawn (median)", "value": round(median * 1000), "unit": "ms", "goal": "< 1 s"}


def analytics_on_the_store(db: Path) -> list[dict]:
    """`analyze centrality` (default measures) and `analyze routes` on this store, each run as a
    user runs it: a process of its own, projection included. Goal: under a minute each."""
    rows = []
    for command in (["centrality", "--top", "5"], ["routes", "--top", "5"]):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "graph_intel.cli", "--db", str(db), "analyze", *command],
                              capture_output=True, text=True)
        seconds = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024   # the largest child so far
        if done.returncode:
            print(f"analyze {command[0]} failed: {done.stderr.strip().splitlines()[-1:]}")
            continue
        print(f"analyze {command[0]} on the store: {seconds:.1f} s, peak of the runs so far {peak:.0f} MB")
        rows.append({"stage": f"analyze {command[0]} on the store (default measures, whole process)",
                     "value": round(seconds, 1), "unit": "s", "goal": "< 60 s"})
    rows.append({"stage": "analyze on the store, peak memory", "value": round(peak), "unit": "MB", "goal": "< 4 GB"})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=100_000)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--documents", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", metavar="DIR", help="build in DIR and keep it (reused when it exists)")
    parser.add_argument("--only", nargs="*", default=None, help="measure only these saved queries")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-queries-"))
    try:
        db = folder / "bench.lbug"
        if not db.exists():
            db = build(folder, args.entities, args.claims, args.documents)
        measure(db, args.runs, args.only)
        return 0   # a query over its goal is a figure to read, not a failed run
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
