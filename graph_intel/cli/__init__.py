"""graph-intel command line: a thin shell over the library."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import click

from graph_intel.cli.common import open_store, render_rows, store_options
from graph_intel.errors import GraphIntelError


class GraphIntelGroup(click.Group):
    """Turns every GraphIntelError into a one-line message and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GraphIntelError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=GraphIntelGroup)
@store_options
@click.version_option(package_name="graph-intel")
def main(db, neo4j_uri):
    """Evidence-backed criminal-network graphs from law-enforcement documents."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--grade", default="", metavar="B2",
              help="Admiralty grading of these documents: source reliability A-F + information credibility 1-6.")
@click.option("--replace", is_flag=True, help="Reload documents already in the graph (after an extractor update).")
@store_options
@click.pass_context
def load(ctx, paths, grade, replace, db, neo4j_uri):
    """Load documents (files, folders, globs) into the graph."""
    from graph_intel.documents import expand_paths
    from graph_intel.ingest import load_paths

    files, _ = expand_paths(list(paths))
    with open_store(ctx) as store:
        if len(files) > 5 and sys.stderr.isatty():
            from rich.progress import Progress
            with Progress(transient=True) as bar:
                task = bar.add_task("loading", total=len(files))
                report = load_paths(store, list(paths), grading=grade, replace=replace,
                                    progress=lambda p: bar.advance(task))
        else:
            report = load_paths(store, list(paths), grading=grade, replace=replace)
        stats = store.stats()
    for _path, message in report.failed:
        click.echo(f"error: {message}", err=True)
    click.echo(f"loaded {len(report.loaded)} document(s), {len(report.skipped)} already present, "
               f"{len(report.failed)} failed; added {report.nodes_added} node(s) and {report.claims_added} claim(s)")
    click.echo(f"graph: {stats['documents']} document(s), {sum(stats['nodes'].values())} node(s), "
               f"{sum(v for k, v in stats['relationships'].items() if k != 'MENTIONED_IN')} claim(s)")
    if report.failed:
        ctx.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--grade", default="", metavar="B2", help="Admiralty grading to attach to every claim.")
@click.pass_context
def extract(ctx, paths, fmt, grade):
    """Show what would be loaded from documents, with evidence (nothing is stored)."""
    from graph_intel.documents import expand_paths
    from graph_intel.ingest import extract_files

    files, missing = expand_paths(list(paths))
    failures = list(missing)
    for extraction in extract_files(files, grading=grade, on_error=lambda p, m: failures.append((p, m))):
        if fmt == "json":
            click.echo(json.dumps(extraction.to_dict(), ensure_ascii=False))
        else:
            click.echo("\n".join(_extraction_text(extraction)))
    for _path, message in failures:
        click.echo(f"error: {message}", err=True)
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
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@store_options
@click.pass_context
def stats(ctx, fmt, db, neo4j_uri):
    """Documents, nodes by label and relationships by type."""
    with open_store(ctx, read_only=True) as store:
        result = store.stats()
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


@main.command()
@click.argument("name", required=False)
@click.option("--file", "cypher_file", type=click.Path(exists=True, dir_okay=False), help="Run this Cypher file.")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@store_options
@click.pass_context
def query(ctx, name, cypher_file, params, fmt, db, neo4j_uri):
    """Run a read-only Cypher query from a file, with bound parameters."""
    if not cypher_file:
        raise click.UsageError("give --file FILE.cypher")
    values = {}
    for item in params:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="-p")
        values[key] = value
    cypher = Path(cypher_file).read_text(encoding="utf-8")
    with open_store(ctx, read_only=True) as store:
        rows = store.query(cypher, values)
    click.echo(render_rows(rows, fmt))


def _register_optional_commands() -> None:
    """Command groups that live in their own modules."""
    import importlib
    for module, attr in (("graph_intel.cli.chart", "chart"), ("graph_intel.cli.export", "export"),
                         ("graph_intel.cli.analyze", "analyze")):
        try:
            command = getattr(importlib.import_module(module), attr)
        except (ImportError, AttributeError):
            continue
        main.add_command(command)


_register_optional_commands()
