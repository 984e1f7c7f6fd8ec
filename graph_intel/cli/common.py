"""What every command shares: choosing the store, resolving an entity the
user named, and printing rows as a table, JSON or CSV."""
from __future__ import annotations

import csv
import io
import json
import shutil
from contextlib import contextmanager
from typing import Any, Iterator

import click

from graph_intel.textsafe import printable, terminal_cell
from graph_intel.errors import GraphIntelError
from graph_intel.store import open_store as _open_store


class GraphIntelGroup(click.Group):
    """Turns every GraphIntelError into a one-line message and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except GraphIntelError as exc:
            raise click.ClickException(printable(str(exc))) from None


def store_options(command):
    """--db and --neo4j on a command (they may also be given before the command)."""
    command = click.option("--neo4j", "neo4j_uri", metavar="URI", default=None,
                           help="Use the Neo4j server at this Bolt URI (or set NEO4J_URI).")(command)
    command = click.option("--db", "db", metavar="PATH", default=None,
                           help="Embedded database file (default: $GRAPH_INTEL_DB or "
                                "~/.local/share/graph-intel/graph.lbug).")(command)
    return command


def _setting(ctx: click.Context, name: str) -> Any:
    while ctx is not None:
        value = ctx.params.get(name)
        if value:
            return value
        ctx = ctx.parent
    return None


@contextmanager
def open_store(ctx: click.Context, *, read_only: bool = False) -> Iterator[Any]:
    store = _open_store(_setting(ctx, "db"), neo4j_uri=_setting(ctx, "neo4j_uri"), read_only=read_only)
    try:
        yield store
    finally:
        store.close()


def note_undated(store, claim_filter) -> None:
    """Date bounds leave out documents of unknown date: say how many, and how to keep them."""
    if claim_filter.drops_undated:
        count = store.undated_documents()
        if count:
            click.echo(f"note: {count} document(s) of unknown date left out by --since/--until; "
                       "add --undated to keep them", err=True)


def refuse_database_as_output(ctx: click.Context, output: str | None) -> None:
    """An output file (export, plot) must not be the database the command reads."""
    from pathlib import Path

    from graph_intel.store import default_db_path

    if output in (None, "-") or _setting(ctx, "neo4j_uri"):
        return
    database = Path(_setting(ctx, "db") or default_db_path()).expanduser().resolve()
    target = Path(output).expanduser().resolve()
    # LadybugDB keeps its log beside the file ("graph.lbug.wal"): that is the database too.
    if target == database or (target.parent == database.parent and target.name.startswith(database.name + ".")):
        raise click.UsageError(f"{output} is the graph database (or its log); write the output to another file")


def write_output(data: str | bytes, output: str | None) -> None:
    """`data` to standard output (no FILE, or '-') or to FILE; a file that cannot be written is one line."""
    if output in (None, "-"):
        click.echo(data, nl=False)
        return
    from pathlib import Path

    path = Path(output)
    try:
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    except OSError as exc:   # a missing folder, a directory, a full disk: one line, not a traceback
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from None


def render_rows(rows: list[dict[str, Any]], fmt: str, title: str | None = None, *, measures: bool = False,
                width: int | None = None) -> str:
    """Rows as a JSON list, CSV, or a table for a person (numbers right-aligned). With
    ``measures`` (analytics), tables show floats to four places and lists are joined with commas.
    Text from documents is shown, never acted on (see textsafe)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str)
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: printable(cell_text(v, joined=measures)) for k, v in row.items()})
        return out.getvalue().rstrip("\n")
    from rich.console import Console
    from rich.table import Table
    table = Table(title=terminal_cell(title) if title else None, show_lines=False)
    for column in columns:
        numeric = isinstance(rows[0][column], (int, float)) and not isinstance(rows[0][column], bool)
        # fold, never cut: an id cut mid-way with an ellipsis cannot be copied into the next command
        table.add_column(terminal_cell(column), justify="right" if numeric else "left", overflow="fold")
    for row in rows:
        table.add_row(*(terminal_cell(cell_text(row.get(c), rounded=measures, joined=measures)) for c in columns))
    # click 8.2+ has no get_terminal_size; the terminal's width, 120 columns when piped.
    width = width or max(80, shutil.get_terminal_size(fallback=(120, 24)).columns)
    console = Console(file=io.StringIO(), width=width, force_terminal=False, color_system=None)
    console.print(table)
    if not rows:
        console.print("(no rows)")
    return console.file.getvalue().rstrip("\n")


def cell_text(value: Any, *, rounded: bool = False, joined: bool = False) -> str:
    """One value as table or CSV text: lists as JSON (or ``joined`` with commas), floats to four
    places when ``rounded``."""
    if value is None:
        return ""
    if isinstance(value, float) and rounded:
        return str(int(value)) if value.is_integer() and abs(value) > 0 else f"{value:.4f}"
    if isinstance(value, (list, tuple)) and joined:
        return ", ".join(cell_text(v) for v in value)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
