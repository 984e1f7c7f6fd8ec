"""`graph-intel chart`: a link chart of an entity's neighbourhood, or of the
shortest path between two entities, printed in the terminal."""
from __future__ import annotations

import os
import re
import shutil
import sys

import click

from graph_intel.charts.terminal import render_chart
from graph_intel.cli.common import store_options
from graph_intel.errors import NotFound, OntologyError, QueryError
from graph_intel.model import ontology
from graph_intel.store.base import ClaimFilter, checked_date

GRADE = re.compile(r"^[A-Fa-f][1-6]$")
DEFAULT_WIDTH = 100     # when stdout is not a terminal and COLUMNS is unset
MAX_LINKS = 30          # new neighbours drawn per entity: a hub stays a chart one can read


# --------------------------------------------------------------------------- filters shared with `export`

def _canonical(value: str, known: list[str], what: str, option: str) -> str:
    """`value` spelled as in the ontology (case-insensitive), or a usage error listing the choices."""
    for name in known:
        if name.lower() == value.strip().lower():
            return name
    raise click.BadParameter(f"unknown {what} {value!r}; choose from {', '.join(known)}", param_hint=option)


def _check_date(value: str | None, option: str) -> str | None:
    try:
        return checked_date(value, option)
    except QueryError as exc:
        raise click.BadParameter(str(exc).split(": ", 1)[1], param_hint=option) from None


def build_filter(labels: tuple[str, ...], rels: tuple[str, ...], since: str | None, until: str | None,
                 grade_min: str | None, keep_labels: tuple[str, ...] = (), undated: bool = False) -> ClaimFilter:
    """A ClaimFilter from the command-line options, validated against the
    ontology. `keep_labels` (the labels of the entities charted) are added
    to a label filter so the chart never loses its own subject."""
    onto = ontology()
    entity_labels = list(onto.entity_labels)
    claim_types = list(onto.claim_types)
    label_set = frozenset(_canonical(l, entity_labels, "label", "--label") for l in labels) | set(keep_labels) \
        if labels else None
    rel_set = frozenset(_canonical(r, claim_types, "relationship", "--rel") for r in rels) if rels else None
    reliability = credibility = None
    if grade_min:
        if not GRADE.match(grade_min):
            raise click.BadParameter(f"{grade_min!r} is not an Admiralty grade; use a letter A-F and a digit 1-6, "
                                     "e.g. B2", param_hint="--grade-min")
        reliability, credibility = grade_min[0].upper(), int(grade_min[1])
    return ClaimFilter(labels=frozenset(label_set) if label_set is not None else None, relationships=rel_set,
                       since=_check_date(since, "--since"), until=_check_date(until, "--until"),
                       undated=undated, min_reliability=reliability, max_credibility=credibility)


def filter_options(command):
    """--label, --rel, --since, --until, --undated, --grade-min on a command."""
    for option in reversed([
        click.option("--label", "labels", multiple=True, metavar="LABEL",
                     help="Keep only entities with this label (repeatable), e.g. Organisation."),
        click.option("--rel", "rels", multiple=True, metavar="TYPE",
                     help="Keep only this relationship type (repeatable), e.g. PARTICIPATED_IN."),
        click.option("--since", metavar="DATE", help="Keep claims from documents published on or after DATE."),
        click.option("--until", metavar="DATE", help="Keep claims from documents published on or before DATE."),
        click.option("--undated", is_flag=True,
                     help="With --since/--until, keep documents of unknown date too (left out otherwise)."),
        click.option("--grade-min", metavar="B2",
                     help="Keep claims graded at least this well (source A-F, information 1-6)."),
    ]):
        command = option(command)
    return command


# --------------------------------------------------------------------------- chart

def terminal_width(explicit: int | None) -> int:
    if explicit:
        return explicit
    return shutil.get_terminal_size((DEFAULT_WIDTH, 24)).columns


def use_colour(explicit: bool | None) -> bool:
    """Colour on a terminal, plain when piped; NO_COLOR (no-color.org) wins."""
    if explicit is not None:
        return explicit
    return sys.stdout.isatty() and not os.environ.get("NO_COLOR")


def chart_subgraph(store, entity: dict, other: dict | None, depth: int, max_hops: int, claim_filter: ClaimFilter,
                   max_links: int = 0):
    """The neighbourhood of `entity` (at most `max_links` new neighbours per entity), or the
    shortest path to `other`."""
    if other is None:
        return store.neighbourhood([entity["id"]], depth, claim_filter, budget=max_links or None)
    subgraph = store.path(entity["id"], other["id"], max_hops, claim_filter)
    if not subgraph.links:
        raise NotFound(f"no path between {entity['name']} and {other['name']} within {max_hops} hops "
                       "with these filters; try --max-hops or fewer filters")
    return subgraph


@click.command("chart")
@click.argument("entity")
@click.option("--depth", type=click.IntRange(1, 6), default=1, show_default=True,
              help="How many links out from ENTITY to draw.")
@click.option("--to", "other", metavar="OTHER", help="Draw how ENTITY is connected to OTHER (a shortest path).")
@click.option("--max-hops", type=click.IntRange(1, 12), default=6, show_default=True,
              help="Longest path searched with --to.")
@click.option("--evidence", is_flag=True, help="Print the sentence and document behind every link.")
@click.option("--max-links", type=click.IntRange(0), default=MAX_LINKS, show_default=True,
              help="New neighbours drawn per entity, case facts first; the rest are counted. 0: all.")
@filter_options
@click.option("--rejected", "show_rejected", is_flag=True,
              help="Also draw the claims analysts rejected, marked analyst-rejected.")
@click.option("--ascii", "ascii_only", is_flag=True, help="Draw with ASCII only (terminals without Unicode).")
@click.option("--width", type=click.IntRange(40, 1000), default=None,
              help="Chart width in columns (default: the terminal's).")
@click.option("--color/--no-color", "colour", default=None, help="Force colour on or off (default: on a terminal).")
@store_options
@click.pass_context
def chart(ctx, entity, depth, other, max_hops, evidence, max_links, labels, rels, since, until, undated, grade_min,
          show_rejected, ascii_only, width, colour, db, neo4j_uri):
    """Link chart of ENTITY's neighbourhood, or of a path with --to.

    Each entity shows its type, each link its relationship, direction and
    number of supporting documents; the line is solid, dashed or dotted for
    confirmed, probable and possible links (legend under the chart).
    """
    from graph_intel.cli.common import note_undated, open_store
    with open_store(ctx, read_only=True) as store:
        subject = store.resolve(entity)
        target = store.resolve(other) if other else None
        keep = tuple(e["label"] for e in (subject, target) if e)
        try:
            claim_filter = build_filter(labels, rels, since, until, grade_min, keep, undated)
        except OntologyError as exc:
            raise click.UsageError(str(exc)) from None
        subgraph = chart_subgraph(store, subject, target, depth, max_hops, claim_filter, max_links)
        if show_rejected:
            from graph_intel.review import with_rejected
            with_rejected(store, subgraph)
        note_undated(store, claim_filter)
    lines = render_chart(subgraph, width=terminal_width(width), unicode=not ascii_only,
                         color=use_colour(colour), evidence=evidence)
    for line in lines:
        click.echo(line, color=use_colour(colour))
    if not subgraph.links and (labels or rels or since or until or grade_min):
        click.echo("no links match these filters; drop a --label, --rel, --since, --until or --grade-min", err=True)
