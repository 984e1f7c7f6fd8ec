"""graph-intel command line: a thin shell over the library."""
from __future__ import annotations

import json
import sys

import click

from graph_intel.cli.common import GraphIntelGroup, open_store, store_options
from graph_intel.textsafe import printable


@click.group(cls=GraphIntelGroup)
@store_options
@click.version_option(package_name="graph-intel")
def main(db, neo4j_uri):
    """Evidence-backed criminal-network graphs from law-enforcement documents."""


def bounds_options(command):
    """--max-size and --time-limit: how much one document may take before it is refused."""
    from graph_intel.documents import MAX_DOCUMENT_MB, TIME_LIMIT_S

    command = click.option("--time-limit", type=click.FloatRange(min=0, min_open=True), default=TIME_LIMIT_S,
                           show_default=True, metavar="SECONDS",
                           help="Refuse a document whose reading and extraction take longer.")(command)
    return click.option("--max-size", type=click.FloatRange(min=0, min_open=True), default=MAX_DOCUMENT_MB,
                        show_default=True, metavar="MB", help="Refuse a document file larger than this.")(command)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--grade", default="", metavar="B2",
              help="Admiralty grading of these documents: source reliability A-F + information credibility 1-6.")
@click.option("--replace", is_flag=True, help="Reload documents already in the graph (after an extractor update).")
@click.option("--bulk/--no-bulk", default=None,
              help="Extract in parallel and write many documents per transaction (the default from "
                   "200 files; never with --replace). The graph is the same either way.")
@click.option("--workers", type=click.IntRange(1), default=None, help="Extraction processes for --bulk "
              "(default: one per core).")
@click.option("--batch", type=click.IntRange(1), default=None, metavar="N",
              help="Documents per transaction for --bulk (default 5000; fewer holds less in memory).")
@bounds_options
@store_options
@click.pass_context
def load(ctx, paths, grade, replace, bulk, workers, batch, max_size, time_limit, db, neo4j_uri):
    """Load documents (files, folders, globs) into the graph."""
    import time

    from graph_intel.ingest import load_paths

    options = dict(grading=grade, replace=replace, max_mb=max_size, time_limit=time_limit, bulk=bulk,
                   workers=workers, batch=batch)
    started = time.perf_counter()
    with open_store(ctx) as store:
        if sys.stderr.isatty():
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
            columns = [TextColumn("loading"), BarColumn(), MofNCompleteColumn(), _rate_column(), TimeRemainingColumn()]
            with Progress(*columns, transient=True) as bar:
                task = bar.add_task("loading", total=None, visible=False)
                # A bar only for many files: a few load before one would be seen.
                report = load_paths(store, list(paths), **options, progress=lambda _p, done, total: bar.update(
                    task, completed=done, total=total, visible=total > 5))
        else:
            report = load_paths(store, list(paths), **options)
        stats = store.stats()
    seconds = time.perf_counter() - started
    for message in report.warnings:
        click.echo(printable(f"warning: {message}"), err=True)
    for _path, message in report.failed:
        click.echo(printable(f"error: {message}"), err=True)
    click.echo(f"loaded {len(report.loaded)} document(s), {len(report.skipped)} already present, "
               f"{len(report.failed)} failed; added {report.nodes_added} node(s) and {report.claims_added} claim(s)")
    click.echo(f"graph: {stats['documents']} document(s), {sum(stats['nodes'].values())} node(s), "
               f"{sum(v for k, v in stats['relationships'].items() if k != 'MENTIONED_IN')} claim(s)")
    if report.loaded:
        click.echo(f"{len(report.loaded)} document(s) in {seconds:.1f} s ({len(report.loaded) / seconds:.0f} "
                   "documents/s)", err=True)
    if report.failed:
        ctx.exit(1)


def _rate_column():
    """A progress column: documents per second so far."""
    from rich.progress import ProgressColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task):
            return Text(f"{task.speed:.0f} documents/s" if task.speed else "")
    return Rate()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--grade", default="", metavar="B2", help="Admiralty grading to attach to every claim.")
@bounds_options
@click.pass_context
def extract(ctx, paths, fmt, grade, max_size, time_limit):
    """Show what would be loaded from documents, with evidence (nothing is stored)."""
    from graph_intel.documents import expand_paths
    from graph_intel.ingest import extract_files

    files, missing = expand_paths(list(paths))
    failures = list(missing)
    for extraction in extract_files(files, grading=grade, on_error=lambda p, m: failures.append((p, m)),
                                    max_mb=max_size, time_limit=time_limit):
        for message in extraction.document.warnings:
            click.echo(printable(f"warning: {message}"), err=True)
        if fmt == "json":
            click.echo(json.dumps(extraction.to_dict(), ensure_ascii=False))
        else:
            click.echo(printable("\n".join(_extraction_text(extraction))))
    for _path, message in failures:
        click.echo(printable(f"error: {message}"), err=True)
    if failures:
        ctx.exit(1)


def _extraction_text(extraction) -> list[str]:
    doc = extraction.document
    lines = [f"# {doc.title or doc.path}", f"  document {doc.id}  published {doc.published or '?'}  "
                                          f"source {doc.source or '?'}"]
    names = {e.id: e.name for e in extraction.entities}
    lines.append(f"  {len(extraction.entities)} entities")
    for e in sorted(extraction.entities, key=lambda e: (e.label, e.name)):
        lines.append(f"    {e.label:<12} {e.name}  [{e.id}]")
    lines.append(f"  {len(extraction.relations)} relations")
    for r in extraction.relations:
        lines.append(f"    {names[r.source]} -{r.type}-> {names[r.target]}  ({r.rule}, {r.confidence:.2f})")
        lines.append(f"      \u201c{' '.join(r.evidence.text.split())[:200]}\u201d")
    return lines


@main.command()
@click.argument("documents", nargs=-1, required=True)
@click.option("--dry-run", is_flag=True, help="Only list what would be removed.")
@store_options
@click.pass_context
def forget(ctx, documents, dry_run, db, neo4j_uri):
    """Remove documents (by id, path or title) and all that only they said: their claims,
    mentions and property values, and the entities no other document mentions."""
    with open_store(ctx, read_only=dry_run) as store:
        found = list({d["id"]: d for d in (store.find_document(text) for text in documents)}.values())
        for doc in found:   # every name resolved before anything is removed
            footprint = store.document_footprint(doc["id"])
            names = ", ".join(e["name"] or e["id"] for e in footprint["entities"][:10])
            more = f" (+{len(footprint['entities']) - 10} more)" if len(footprint["entities"]) > 10 else ""
            if not dry_run:
                store.remove_document(doc["id"])
            click.echo(printable(f"{'would forget' if dry_run else 'forgot'} {doc['id']} "
                                 f"({doc['path'] or doc['title']}): {footprint['claims']} claim(s); "
                                 f"{len(footprint['entities'])} entities only it mentions"
                                 + (f": {names}{more}" if names else "")))
        if found and not dry_run:
            from graph_intel.review import apply
            apply(store)   # analysts' judgements stand over what the remaining documents say


@main.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@store_options
@click.pass_context
def stats(ctx, fmt, db, neo4j_uri):
    """Documents, nodes by label and relationships by type; the review work (judgements by kind
    and state, rejections per extraction rule, merge proposals no one has judged)."""
    from graph_intel.review import pending_merges, summary

    with open_store(ctx, read_only=True) as store:
        result = store.stats()
        result["review"] = dict(summary(store), pending_merges=len(pending_merges(store)))
    if fmt == "json":
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(f"documents: {result['documents']}")
    click.echo("nodes:")
    for label, count in sorted(result["nodes"].items()):
        click.echo(f"  {label:<14} {count}")
    click.echo("relationships:")
    for rel, count in sorted(result["relationships"].items()):
        click.echo(f"  {rel:<16} {count}")
    work = result["review"]
    kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(work["by_kind"].items())) or "none"
    states = ", ".join(f"{n} {state}" for state, n in sorted(work["by_state"].items()))
    click.echo(f"review: {work['judgements']} judgement(s) ({kinds}){'; ' + states if states else ''}; "
               f"{work['pending_merges']} merge proposal(s) to judge (graph-intel review merges)")
    for rule, n in work["rejections_by_rule"].items():
        click.echo(f"  rejected {n:>3}  {rule}")


@main.command("eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--details", is_flag=True, help="List every missed and extra entity and relation.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def evaluate(folder, details, fmt):
    """Score extraction on a folder of NAME.txt + NAME.gold.json (per-type P/R/F1)."""
    from graph_intel.evaluation import evaluate_folder

    score = evaluate_folder(folder)
    rows = {key: {"tp": t.tp, "fp": t.fp, "fn": t.fn, "precision": round(t.precision, 3),
                  "recall": round(t.recall, 3), "f1": round(t.f1, 3)} for key, t in sorted(score.by_type.items())}
    totals = {kind: score.total(kind) for kind in ("entity", "relation")}
    if fmt == "json":
        click.echo(json.dumps({"by_type": rows, "micro": {k: {"precision": round(t.precision, 3),
                                                              "recall": round(t.recall, 3), "f1": round(t.f1, 3)}
                                                          for k, t in totals.items()}}, indent=2))
        return
    click.echo(f"{'type':32} {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for key, r in rows.items():
        click.echo(f"{key:32} {r['tp']:5d} {r['fp']:5d} {r['fn']:5d} {r['precision']:6.2f} {r['recall']:6.2f} "
                   f"{r['f1']:6.2f}")
    if details:
        click.echo("")
        click.echo("\n".join(score.misses))
    e, r = totals["entity"], totals["relation"]
    click.echo(f"\nentity P {e.precision:.3f} R {e.recall:.3f} F1 {e.f1:.3f} | "
               f"relation P {r.precision:.3f} R {r.recall:.3f} F1 {r.f1:.3f}")


# Command groups that live in their own modules (imported last: they use cli.common).
from graph_intel.cli.analyze import analyze  # noqa: E402
from graph_intel.cli.chart import chart  # noqa: E402
from graph_intel.cli.export import export  # noqa: E402
from graph_intel.cli.query import query  # noqa: E402
from graph_intel.cli.review import review  # noqa: E402

for _command in (chart, export, query, analyze, review):
    main.add_command(_command)
