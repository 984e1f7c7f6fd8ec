"""`graph-intel review`: an analyst's judgements on claims and entities (graph_intel.review)."""
from __future__ import annotations

import getpass
import os
from pathlib import Path

import click

from graph_intel.cli.common import GraphIntelGroup, open_store, render_rows, store_options
from graph_intel.textsafe import printable

FORMATS = ["table", "json", "csv"]


def _analyst() -> str:
    return os.environ.get("GRAPH_INTEL_ANALYST") or getpass.getuser()


def judgement_options(command):
    """--reason (required: a judgement says why) and --analyst."""
    command = click.option("--analyst", default=None, metavar="NAME",
                           help="Who judges (default: $GRAPH_INTEL_ANALYST or the login name).")(command)
    return click.option("--reason", required=True, metavar="TEXT", help="Why: kept with the judgement.")(command)


def claim_options(command):
    """Which claims: ids, or --source/--target (with --type, --document)."""
    for option in reversed([
        click.argument("claim_ids", nargs=-1),
        click.option("--source", metavar="ENTITY", help="The claim's source (name, alias or id)."),
        click.option("--target", metavar="ENTITY", help="The claim's target."),
        click.option("--type", "rel", metavar="TYPE", help="Only claims of this type."),
        click.option("--document", metavar="DOC", help="Only the claim of this document (id, path or title)."),
    ]):
        command = option(command)
    return command


@click.group("review", cls=GraphIntelGroup)
def review():
    """Confirm, reject, add and correct claims; merge and split entities. Judgements are kept
    apart from the documents and applied again after every load, reload and forget.

    \b
    graph-intel review claims "Balkan Cartel" Europol
    graph-intel review reject claim:42b385fa03c8f2a1 --reason "Europol supported the action day only"
    graph-intel review add Europol PARTICIPATED_IN "Operation Street Runner" --because "liaison note 14/2"
    graph-intel review merges
    graph-intel review status
    """


@review.command("claims")
@click.argument("source")
@click.argument("target")
@click.option("--type", "rel", metavar="TYPE", help="Only claims of this type.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@store_options
@click.pass_context
def claims_command(ctx, source, target, rel, fmt, db, neo4j_uri):
    """The claims between SOURCE and TARGET, with the ids the other commands take."""
    from graph_intel.review import find_claims

    with open_store(ctx, read_only=True) as store:
        rows = find_claims(store, source=source, rel=rel, target=target)
    click.echo(render_rows([_claim_row(r) for r in rows], fmt, title="claims"))


def _claim_row(row: dict) -> dict:
    return {"claim": row["claim_id"], "source": row["source"], "type": row["type"], "target": row["target"],
            "document": row["doc_id"], "rule": row.get("rule"), "confidence": row.get("confidence"),
            "evidence": row.get("evidence")}


def _judge(ctx, kind: str, claim_ids, source, target, rel, document, reason, analyst) -> None:
    from graph_intel.review import find_claims, judge

    with open_store(ctx) as store:
        if claim_ids:
            rows = find_claims(store, claims=claim_ids)
        else:
            rows = find_claims(store, source=source, rel=rel, target=target, document=document)
            if len(rows) > 1:
                listing = "; ".join(f"{r['claim_id']} ({r['type']}, {r['doc_id']})" for r in rows[:5])
                raise click.UsageError(f"{len(rows)} claims match: {listing}; give their ids, or narrow "
                                       "with --type and --document")
        made = judge(store, kind, rows, reason=reason, analyst=analyst or _analyst())
    for j in made:
        click.echo(printable(f"{kind}ed {j.claim['source']} {j.claim['type']} {j.claim['target']} "
                             f"({j.claim['doc_id']}): {j.id}"))


@review.command()
@claim_options
@judgement_options
@store_options
@click.pass_context
def reject(ctx, claim_ids, source, target, rel, document, reason, analyst, db, neo4j_uri):
    """Reject claims: kept with the judgement, left out of queries, charts, analytics and exports."""
    _judge(ctx, "reject", claim_ids, source, target, rel, document, reason, analyst)


@review.command()
@claim_options
@judgement_options
@store_options
@click.pass_context
def confirm(ctx, claim_ids, source, target, rel, document, reason, analyst, db, neo4j_uri):
    """Confirm claims: drawn and exported as confirmed whatever the extractor's confidence."""
    _judge(ctx, "confirm", claim_ids, source, target, rel, document, reason, analyst)


def _properties(items) -> dict:
    from graph_intel.queries.params import parse_assignments
    return parse_assignments(items)


@review.command()
@click.argument("source")
@click.argument("rel", metavar="TYPE")
@click.argument("target")
@click.option("--document", metavar="DOC", help="The document the claim rests on (id, path or title).")
@click.option("--span", metavar="START:END", help="The characters of the document that state it.")
@click.option("--because", "justification", default="", metavar="TEXT",
              help="The justification, when no document states it.")
@click.option("-p", "--property", "properties", multiple=True, metavar="KEY=VALUE",
              help="A property of the claim (role=lead, stop=2).")
@judgement_options
@store_options
@click.pass_context
def add(ctx, source, rel, target, document, span, justification, properties, reason, analyst, db, neo4j_uri):
    """Add a claim the documents imply but extraction missed (checked by the ontology)."""
    from graph_intel.review import add_claim

    with open_store(ctx) as store:
        j = add_claim(store, source, rel, target, document=document, span=_span(span), justification=justification,
                      properties=_properties(properties), reason=reason, analyst=analyst or _analyst())
    click.echo(printable(f"added {j.claim['source']} {j.claim['type']} {j.claim['target']}: {j.id}"))


def _span(text: str | None) -> tuple[int, int] | None:
    if not text:
        return None
    start, sep, end = text.partition(":")
    if not sep or not start.strip().isdigit() or not end.strip().isdigit():
        raise click.BadParameter(f"{text!r} is not START:END (character offsets, e.g. 120:188)", param_hint="--span")
    return int(start), int(end)


@review.command()
@click.argument("claim_id")
@click.option("--source", metavar="ENTITY", help="The right source.")
@click.option("--target", metavar="ENTITY", help="The right target.")
@click.option("-p", "--property", "properties", multiple=True, metavar="KEY=VALUE", help="A corrected property.")
@judgement_options
@store_options
@click.pass_context
def correct(ctx, claim_id, source, target, properties, reason, analyst, db, neo4j_uri):
    """Correct a claim's end or property: the claim is rejected and the corrected one added on the
    same evidence, both visible."""
    from graph_intel.review import correct as correct_claim, find_claims

    if not (source or target or properties):
        raise click.UsageError("say what is wrong: --source, --target or -p KEY=VALUE")
    with open_store(ctx) as store:
        [claim] = find_claims(store, claims=[claim_id])
        made = correct_claim(store, claim, source=source, target=target, properties=_properties(properties),
                             reason=reason, analyst=analyst or _analyst())
    for j in made:
        click.echo(printable(f"{j.kind}: {j.claim['source']} {j.claim['type']} {j.claim['target']} ({j.id})"))


@review.command()
@click.argument("entity")
@click.argument("into")
@judgement_options
@store_options
@click.pass_context
def merge(ctx, entity, into, reason, analyst, db, neo4j_uri):
    """ENTITY and INTO are one: ENTITY's claims and mentions move to INTO (a split undoes it)."""
    from graph_intel.review import merge as merge_entities

    with open_store(ctx) as store:
        j = merge_entities(store, entity, into, reason=reason, analyst=analyst or _analyst())
    click.echo(printable(f"merged {j.payload['merge']} into {j.payload['into']}: {j.id}"))


@review.command()
@click.argument("entity")
@click.option("--document", "documents", multiple=True, metavar="DOC",
              help="Split off what this document says of ENTITY as an entity of its own (repeatable).")
@click.option("--reason", metavar="TEXT", help="Why (required with --document).")
@click.option("--analyst", default=None, metavar="NAME", help="Who judges (default: $GRAPH_INTEL_ANALYST or the login name).")
@store_options
@click.pass_context
def split(ctx, entity, documents, reason, analyst, db, neo4j_uri):
    """Undo the merge of ENTITY (its id, or the merge's judgement id): both are as before. With
    --document, ENTITY is two things that extraction made one: what those documents say of it
    becomes an entity of its own (withdraw the judgement to join them again)."""
    from graph_intel.review import split as undo_merge, split_off

    with open_store(ctx) as store:
        if documents:
            if not reason:
                raise click.UsageError("say why the entity is two things: --reason TEXT")
            j = split_off(store, entity, list(documents), reason=reason, analyst=analyst or _analyst())
            click.echo(printable(f"split {j.payload['into']} off {j.payload['entity']} "
                                 f"({', '.join(j.payload['documents'])}): {j.id}"))
            return
        j = undo_merge(store, entity)
    click.echo(printable(f"split {j.payload['merge']} from {j.payload['into']}"))


@review.command()
@click.argument("judgement_id")
@store_options
@click.pass_context
def withdraw(ctx, judgement_id, db, neo4j_uri):
    """Take a judgement back: the graph is as the documents alone make it."""
    from graph_intel.review import withdraw as withdraw_judgement

    with open_store(ctx) as store:
        j = withdraw_judgement(store, judgement_id)
    click.echo(printable(f"withdrew {j.kind} {j.id}"))


@review.command()
@click.option("--label", "labels", multiple=True, metavar="LABEL", help="Only entities of LABEL (repeatable).")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@store_options
@click.pass_context
def merges(ctx, labels, limit, fmt, db, neo4j_uri):
    """Entities that are probably one thing under two names, best first, each with its reason
    (same surname and a nickname, names spelled almost alike, shared links), not yet judged."""
    from graph_intel.review import pending_merges

    with open_store(ctx, read_only=True) as store:
        proposals = pending_merges(store)
    wanted = {label.capitalize() for label in labels}
    rows = [p.to_dict() for p in proposals if not wanted or p.label in wanted]
    click.echo(render_rows(rows[:limit], fmt, title="merge proposals"))
    if len(rows) > limit:
        click.echo(f"note: {limit} of {len(rows)} proposals (raise --limit)", err=True)


@review.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@store_options
@click.pass_context
def status(ctx, fmt, db, neo4j_uri):
    """Every judgement and whether it still applies: a claim a reload no longer states, a document
    forgotten, an entity gone are reported here. Exit status 1 when any does not apply."""
    from graph_intel.review import APPLIED, judgements

    with open_store(ctx, read_only=True) as store:
        made = judgements(store)
    rows = [{"judgement": j.id, "kind": j.kind, "state": j.state or "pending", "made_at": j.made_at,
             "analyst": j.analyst, "what": _what(j), "reason": j.reason} for j in made]
    rows.sort(key=lambda r: (r["state"] == APPLIED, r["made_at"]))
    click.echo(render_rows(rows, fmt, title="judgements"))
    problems = sum(r["state"] != APPLIED for r in rows)
    if problems:
        click.echo(f"{problems} judgement(s) do not apply to this graph (see state)", err=True)
        ctx.exit(1)


def _what(j) -> str:
    if j.kind == "merge":
        return f"{j.payload['merge']} into {j.payload['into']}"
    if j.kind == "split":
        return f"{j.payload['into']} off {j.payload['entity']} ({', '.join(j.payload['documents'])})"
    return f"{j.claim['source']} {j.claim['type']} {j.claim['target']} ({j.claim['doc_id']})"


@review.command("export")
@click.option("-o", "--output", metavar="FILE", help="Write to FILE (default: standard output).")
@store_options
@click.pass_context
def export_command(ctx, output, db, neo4j_uri):
    """The judgements as JSON Lines, to share with a team (import them into another database)."""
    from graph_intel.cli.common import refuse_database_as_output, write_output
    from graph_intel.review import export_lines

    refuse_database_as_output(ctx, output)
    with open_store(ctx, read_only=True) as store:
        lines = list(export_lines(store))
    write_output("".join(line + "\n" for line in lines), output)
    if output not in (None, "-"):
        click.echo(f"wrote {len(lines)} judgement(s) to {output}", err=True)


@review.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@store_options
@click.pass_context
def import_command(ctx, file, db, neo4j_uri):
    """Judgements from a JSON Lines file (review export), recorded and applied; all or none."""
    from graph_intel.review import APPLIED, import_lines

    try:
        text = Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"cannot read {file}: {exc}") from None
    with open_store(ctx) as store:
        made = import_lines(store, text.splitlines(), source=file)
    applied = sum(j.state == APPLIED for j in made)
    click.echo(f"imported {len(made)} judgement(s) from {file}; {applied} apply to this graph")
