"""`graph-intel export`: a neighbourhood, a query result or the whole graph
in the formats of Gephi, Cytoscape, Graphviz, i2 Analyst's Notebook, Aleph
and the browser."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import click

from graph_intel.charts.export import EXPORTERS, export as export_subgraph
from graph_intel.cli.chart import build_filter, filter_options
from graph_intel.cli.common import store_options, write_output
from graph_intel.errors import NotFound
from graph_intel.model import ontology
from graph_intel.records import Subgraph
from graph_intel.store.base import ClaimFilter

def parse_params(items: tuple[str, ...]) -> dict[str, str]:
    values = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="-p")
        values[key] = value
    return values


def entity_ids_in(rows: list[dict[str, Any]]) -> list[str]:
    """Every entity id a query returned, in whichever column, in order of
    appearance: ids are recognised by their ontology prefix (`country:RS`)."""
    prefixes = {ontology().label(name).prefix for name in ontology().entity_labels}
    pattern = re.compile(rf"^({'|'.join(map(re.escape, sorted(prefixes)))}):\S+$")
    found: dict[str, None] = {}

    def visit(value: Any) -> None:
        if isinstance(value, str) and pattern.match(value):
            found.setdefault(value)
        elif isinstance(value, dict):
            visit(value.get("id"))
        elif isinstance(value, (list, tuple)):
            for item in value:
                visit(item)

    for row in rows:
        for value in row.values():
            visit(value)
    return list(found)


def query_rows(store, name: str, params: dict[str, str]) -> list[dict[str, Any]]:
    """A saved query by name, or a .cypher file, through the query library: macros for this
    engine, parameters checked and typed, defaults filled."""
    from graph_intel.queries import run_cypher, run_saved
    from graph_intel.queries.saved import read_cypher

    if name.endswith(".cypher") or Path(name).is_file():
        return run_cypher(store, read_cypher(name), params)
    return run_saved(store, name, params)


def query_subgraph(store, name: str, params: dict[str, str], claim_filter: ClaimFilter) -> Subgraph:
    """The entities a saved query returns and the links among them."""
    ids = entity_ids_in(query_rows(store, name, params))
    if not ids:
        raise NotFound(f"query {name!r} returned no entity ids to export; it must return ids or nodes")
    around = store.neighbourhood(ids, 1, claim_filter)
    keep = set(ids)
    return Subgraph(nodes=[n for n in around.nodes if n.id in keep],
                    links=[l for l in around.links if l.source in keep and l.target in keep], focus=[])


def choose_subgraph(store, entity: str | None, depth: int, query: str | None, params: dict[str, str],
                    whole: bool, claim_filter_options: dict[str, Any]) -> Subgraph:
    if entity:
        subject = store.resolve(entity)
        claim_filter = build_filter(**claim_filter_options, keep_labels=(subject["label"],))
        return store.neighbourhood([subject["id"]], depth, claim_filter)
    claim_filter = build_filter(**claim_filter_options)
    if query:
        return query_subgraph(store, query, params, claim_filter)
    return store.subgraph(claim_filter)


BINARY_FORMATS = {"png"}


@click.command("export")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(list(EXPORTERS), case_sensitive=False))
@click.option("--entity", metavar="ENTITY", help="Export ENTITY's neighbourhood.")
@click.option("--depth", type=click.IntRange(1, 6), default=1, show_default=True,
              help="Links out from --entity.")
@click.option("--query", metavar="NAME", help="Export the entities a saved query returns (NAME or FILE.cypher).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="Query parameter (repeatable).")
@click.option("--all", "whole", is_flag=True, help="Export the whole graph.")
@filter_options
@click.option("--rejected", "show_rejected", is_flag=True,
              help="Also export the claims analysts rejected, marked analyst-rejected.")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE (default: standard output; PNG needs a file).")
@store_options
@click.pass_context
def export(ctx, fmt, entity, depth, query, params, whole, labels, rels, since, until, undated, grade_min,
           show_rejected, output, db, neo4j_uri):
    """Export a neighbourhood, a query result or the whole graph.

    FORMAT: graphml and gexf (Gephi, Cytoscape), cytoscape (Cytoscape.js
    JSON), dot, svg and png (Graphviz; svg has a pure-Python fallback),
    html (a standalone interactive chart), i2 (Analyst's Notebook import
    CSV) or ftm (FollowTheMoney JSON Lines for Aleph).
    """
    if sum(bool(x) for x in (entity, query, whole)) != 1:
        raise click.UsageError("choose what to export: --entity ENTITY, --query NAME or --all")
    fmt = fmt.lower()
    if fmt in BINARY_FORMATS and output in (None, "-"):
        # Checked before anything is rendered, so the answer does not depend on Graphviz being installed.
        raise click.UsageError(f"{fmt} is binary; write it to a file with -o FILE.{fmt}")
    filters = dict(labels=labels, rels=rels, since=since, until=until, grade_min=grade_min, undated=undated)
    from graph_intel.cli.common import note_undated, open_store, refuse_database_as_output
    refuse_database_as_output(ctx, output)
    with open_store(ctx, read_only=True) as store:
        subgraph = choose_subgraph(store, entity, depth, query, parse_params(params), whole, filters)
        if show_rejected:
            from graph_intel.review import with_rejected
            with_rejected(store, subgraph)
        note_undated(store, build_filter(**filters))
        cited = {e["doc_id"] for link in subgraph.links for e in link.evidence}
        subgraph.documents = {d["id"]: d for d in store.documents() if d["id"] in cited}
    write_output(export_subgraph(subgraph, fmt), output)
    if output not in (None, "-"):
        click.echo(f"wrote {len(subgraph.nodes)} entities and {len(subgraph.links)} links to {output} ({fmt})",
                   err=True)
