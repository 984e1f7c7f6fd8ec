"""`graph-intel query`: saved queries by name, or ad-hoc read-only Cypher from a file."""
from __future__ import annotations

import click

from graph_intel.cli.common import open_store, render_rows, store_options
from graph_intel.textsafe import printable


@click.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter of the query (repeatable); see --describe NAME.")
@click.option("--list", "list_queries", is_flag=True, help="List the saved queries.")
@click.option("--describe", "describe", metavar="NAME", help="Show a saved query: parameters, an example, its Cypher.")
@click.option("--file", "cypher_file", type=click.Path(exists=True, dir_okay=False),
              help="Run ad-hoc read-only Cypher from this file instead of a saved query.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@store_options
@click.pass_context
def query(ctx, name, params, list_queries, describe, cypher_file, fmt, db, neo4j_uri):
    """Run a saved query NAME (or --file FILE) read-only, with -p key=value parameters.

    \b
    graph-intel query --list
    graph-intel query --describe agencies-in-operation
    graph-intel query agencies-in-operation -p operation=operation:street-runner
    graph-intel query --file my.cypher -p since=2023-01-01 --format csv
    """
    from graph_intel.queries import get_query, run_cypher, run_saved, saved_queries
    from graph_intel.queries.params import parse_assignments
    from graph_intel.queries.saved import query_problems, read_cypher

    for problem in query_problems():
        click.echo(printable(f"warning: {problem}"), err=True)

    if list_queries:
        click.echo(render_rows(_listing(saved_queries().values()), fmt, title="saved queries"))
        return
    if describe:
        click.echo(describe_text(get_query(describe)))
        return
    if bool(name) == bool(cypher_file):
        raise click.UsageError("give a saved query NAME or --file FILE (see --list)")
    values = parse_assignments(params)
    saved = get_query(name) if name else None
    bound = saved.bind(values) if saved else {}
    with open_store(ctx, read_only=True) as store:
        if saved is not None:
            rows = run_saved(store, saved, values)
        else:
            rows = run_cypher(store, read_cypher(cypher_file), values)
        undated = store.undated_documents() if bound.get("undated") is False else 0
    click.echo(render_rows(rows, fmt, title=saved.title if saved and fmt == "table" else None))
    if undated:
        click.echo(f"note: {undated} document(s) of unknown date left out; -p undated=true includes them", err=True)
    limit = bound.get("limit")
    if limit is not None and len(rows) >= limit:
        # Never a silent cut: the rows stop at the query's limit, and there may be more.
        click.echo(f"note: {len(rows)} rows, the query's limit; there may be more (raise it with -p limit=N)",
                   err=True)


def _listing(queries) -> list[dict]:
    return [{"name": q.name, "title": q.title, "parameters": q.signature(), "description": q.description}
            for q in sorted(queries, key=lambda q: q.name)]


def describe_text(saved) -> str:
    """A saved query for a person: what it answers, its parameters, an example, its Cypher."""
    lines = [f"{saved.name}: {saved.title}", "", saved.description, "", "parameters:"]
    if not saved.parameters:
        lines.append("  (none)")
    for p in saved.parameters:
        need = "required" if p.required else f"optional, default {p.default!r}"
        lines.append(f"  {p.name}  {p.kind}  ({need})  example: {p.example!r}")
        if p.help:
            lines.append(f"      {p.help}")
    lines += ["", "example:", f"  {saved.example_command()}", "", "read-only: yes", "",
              f"cypher ({saved.path}):", saved.cypher]
    return "\n".join(lines)
