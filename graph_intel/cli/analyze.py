"""`graph-intel analyze ...`: network analytics over the store or an imported network.

Each command builds one graph (``--network FILE`` or a projection of the
store), calls one library function from :mod:`graph_intel.analytics` and
renders what it returns: a table by default, ``--format json`` or ``csv``
for scripts.

Machine-readable contract: ``analyze centrality --format json`` prints a
list with one object per node: ``node`` and one key per measure (``degree``
is the raw number of ties); ``analyze disrupt --format json`` prints an
object whose ``lcc`` lists the largest-component sizes, starting with the
size before any removal, and ``removed`` the nodes removed at each step.
"""
from __future__ import annotations

import csv
import json
import sys
from typing import Any, Iterable

import click

from graph_intel.cli.common import GraphIntelGroup, cell_text, render_rows
from graph_intel.errors import GraphIntelError, NotFound
from graph_intel.textsafe import printable

try:
    from graph_intel.cli.common import store_options
except ImportError:   # the store layer is optional for --network use
    def store_options(command):
        return command

PROJECTIONS = ("collapsed", "agencies", "countries", "organisations", "routes")
FORMATS = ("table", "json", "csv")
TABLE_ROWS = 20



def graph_source(default_projection: str = "collapsed"):
    """Options choosing the graph: --network FILE or a projection of the store with filters."""
    def decorate(command):
        options = [
            click.option("--network", type=click.Path(dir_okay=False), default=None,
                         help="Analyse this network file instead of the store (edge list, matrix, Pajek)."),
            click.option("--input-format", type=click.Choice(["edgelist", "matrix", "twomode", "pajek"]),
                         default=None, help="Format of --network (detected when not given)."),
            click.option("--directed", is_flag=True, help="Read --network as directed."),
            click.option("--sep", default=None, metavar="SEP",
                         help="Separator of --network: , ; tab | or space (detected when not given)."),
            click.option("--header/--no-header", default=None,
                         help="Whether --network's first row is a header (guessed when not given)."),
            click.option("--names", type=click.Path(dir_okay=False), default=None,
                         help="'id name' file naming the nodes of --network."),
            click.option("--projection", type=click.Choice(PROJECTIONS), default=default_projection,
                         show_default=True, help="Which graph of the store to analyse."),
            click.option("--label", "labels", multiple=True, help="Keep only nodes with this label (repeatable)."),
            click.option("--rel", "relationships", multiple=True, help="Keep only this relationship (repeatable)."),
            click.option("--since", default=None, metavar="DATE", help="Claims of documents published on or after."),
            click.option("--until", default=None, metavar="DATE", help="Claims of documents published up to."),
            click.option("--undated", is_flag=True,
                         help="With --since/--until, keep documents of unknown date too (left out otherwise)."),
            click.option("--min-reliability", default=None, metavar="A-F", help="Keep sources graded this or better."),
            click.option("--max-credibility", type=int, default=None, metavar="1-6",
                         help="Keep information graded this or better."),
            click.option("--min-confidence", type=float, default=0.0, help="Keep claims with this confidence or more."),
            click.option("--format", "output", type=click.Choice(FORMATS), default="table", show_default=True),
        ]
        for option in reversed(options):
            command = option(command)
        return store_options(command)
    return decorate


@click.group("analyze", cls=GraphIntelGroup)
def analyze():
    """Network analytics: centrality, brokers, communities, key players, disruption, routes, gaps, paths."""


# -- building the graph ----------------------------------------------------------

def _claim_filter(params: dict[str, Any]):
    from graph_intel.store.base import ClaimFilter

    return ClaimFilter(labels=frozenset(params["labels"]) if params.get("labels") else None,
                       relationships=frozenset(params["relationships"]) if params.get("relationships") else None,
                       since=params.get("since"), until=params.get("until"), undated=bool(params.get("undated")),
                       min_reliability=params.get("min_reliability"),
                       max_credibility=params.get("max_credibility"),
                       min_confidence=params.get("min_confidence") or 0.0)


def load_graph(ctx: click.Context, params: dict[str, Any], *, projection: str | None = None,
               multi: bool = False, directed: bool | None = None, large: bool = False):
    """The graph a command works on: the --network file, or a projection of the store.

    With ``large``, a big edge-list file comes back as an igraph graph (the
    command's measures take either).
    """
    return load_graph_and_nodes(ctx, params, (), projection=projection, multi=multi,
                                directed=directed, large=large)[0]


def load_graph_and_nodes(ctx: click.Context, params: dict[str, Any], names: tuple[str, ...], *,
                         projection: str | None = None, multi: bool = False,
                         directed: bool | None = None, large: bool = False):
    """The graph, and the nodes `names` designate in it: on the store, through the store's one
    entity resolver (names, aliases, ids, close-name hints), as chart, export and query do."""
    from graph_intel.analytics import find_node, networks, projections
    from graph_intel.analytics.measures import is_igraph

    if params.get("network"):
        G = networks.read_graph(params["network"], large=large, fmt=params.get("input_format"),
                                directed=params.get("directed") if directed is None else directed,
                                names=params.get("names"), sep=params.get("sep"), header=params.get("header"))
        detected = G["detected"] if is_igraph(G) else G.graph["detected"]
        # What was read goes to stderr, so a wrong reading shows without spoiling JSON or CSV output.
        click.echo(printable(f"read {networks.Detected(**detected).summary()}"), err=True)
        return G, [find_node(G, name) for name in names]
    from graph_intel.cli.common import note_undated, open_store   # only store-backed runs need the store layer

    claim_filter = _claim_filter(params)
    with open_store(ctx, read_only=True) as store:
        note_undated(store, claim_filter)
        nodes = [store.resolve(name)["id"] for name in names]
        if multi:
            G = projections.multigraph(store, claim_filter)
        else:
            G = projections.PROJECTIONS[projection or params["projection"]](store, claim_filter)
    missing = [node for node in nodes if node not in G]
    if missing:
        raise NotFound(f"{missing[0]} has no link in this projection with these filters; "
                       "try another --projection or fewer filters")
    return G, nodes


def _names(G) -> dict:
    if not hasattr(G, "nodes"):
        return {}   # an igraph graph read from a file: its nodes are their names
    return {node: data.get("name") for node, data in G.nodes(data=True) if data.get("name") not in (None, node)}


# -- rendering ---------------------------------------------------------------------

def emit(value: Any, output: str, *, rows: list[dict[str, Any]] | None = None, title: str = "") -> None:
    """JSON prints the library's value; CSV and tables print ``rows`` (default: ``value``)."""
    if output == "json":
        click.echo(json.dumps(value, ensure_ascii=False, indent=2, default=str))
        return
    rows = value if rows is None else rows
    click.echo(render_rows(rows, output, title, measures=True, width=120) if rows or output == "csv"
               else "(nothing to show)")


def emit_rows(rows: Iterable[dict[str, Any]], output: str, *, title: str = "") -> None:
    """Like :func:`emit` for rows made one at a time: JSON and CSV are written as they come."""
    if output == "table":
        emit(list(rows), output, title=title)
        return
    out = sys.stdout
    writer = None
    out.write("[" if output == "json" else "")
    for number, row in enumerate(rows):
        if output == "json":
            out.write(("," if number else "") + "\n  " + json.dumps(row, ensure_ascii=False, default=str))
            continue
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
            writer.writeheader()
        writer.writerow({k: printable(cell_text(v, joined=True)) for k, v in row.items()})
    out.write("\n]\n" if output == "json" else "")


def _limit(rows: list, top: int | None, output: str) -> list:
    """Tables show the first rows unless --top says otherwise; JSON and CSV show all."""
    if top is None:
        top = TABLE_ROWS if output == "table" else None
    return rows if top is None or top <= 0 else rows[:top]


# -- commands ----------------------------------------------------------------------

@analyze.command()
@graph_source()
@click.option("--measures", default="degree,betweenness,closeness,eigenvector,pagerank", show_default=True,
              help="Comma-separated: degree, degree_centrality, betweenness, closeness, eigenvector, pagerank, "
                   "kcore, constraint.")
@click.option("--sort", "sort_by", default=None, help="Measure to sort by (default: the first).")
@click.option("--k", type=int, default=None,
              help="Estimate betweenness and closeness from K sampled sources "
                   "(default: exact up to 100,000 edges, 64 sources above).")
@click.option("--exact", is_flag=True, help="Betweenness and closeness from every node, however large the network.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for the sampled sources.")
@click.option("--top", type=int, default=None, help="Rows to show (table default 20; JSON/CSV: all).")
@click.option("--plot", type=click.Path(dir_okay=False), default=None, help="Also write the degree distribution PNG.")
@click.pass_context
def centrality(ctx, measures, sort_by, k, exact, seed, top, plot, **params):
    """Who is central: degree (raw ties), betweenness, closeness, eigenvector, PageRank, per node."""
    from graph_intel.analytics.measures import centrality_columns
    from graph_intel.cli.common import refuse_database_as_output

    refuse_database_as_output(ctx, plot)   # before any work: the plot must not overwrite the graph

    chosen = [m.strip() for m in measures.split(",") if m.strip()]
    sort_by = sort_by or chosen[0]
    if sort_by not in chosen:
        raise GraphIntelError(f"--sort {sort_by} is not one of the measures ({', '.join(chosen)})")
    G = load_graph(ctx, params, large=True)
    notes: list[str] = []
    nodes, columns = centrality_columns(G, measures=chosen, k=k, seed=seed, exact=exact, notes=notes,
                                        progress=_progress(G))
    for note in notes:
        click.echo(f"note: {note}", err=True)
    ranked = columns[sort_by]
    order = _limit(sorted(range(len(nodes)), key=lambda i: -(ranked[i] if ranked[i] is not None else float("-inf"))),
                   top, params["output"])
    if plot:
        from graph_intel.analytics.plots import plot_degree_distribution
        plot_degree_distribution(G, plot, title=params["network"] or "")
    # Rows are made as they are written: a million nodes never sit in memory as a million dicts.
    rows = ({"node": nodes[i], **{m: columns[m][i] for m in chosen}} for i in order)
    # JSON keeps its contract (node and measures); tables and CSV add names where nodes have them.
    emit_rows(rows if params["output"] == "json" else _with_names(G, rows), params["output"], title="Centrality")


def _progress(G):
    """On networks big enough to make a user wait, say on stderr what is being computed and since when."""
    import time

    from graph_intel.analytics.measures import EXACT_EDGES, is_igraph

    if (G.ecount() if is_igraph(G) else G.number_of_edges()) <= EXACT_EDGES:
        return None
    started = time.perf_counter()
    return lambda measure: click.echo(f"{time.perf_counter() - started:6.1f} s  {measure}...", err=True)


def _with_names(G, rows: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    names = _names(G)
    if not names:
        return rows
    return ({"node": row["node"], "name": names.get(row["node"], ""),
             **{k: v for k, v in row.items() if k != "node"}} for row in rows)


@analyze.command()
@graph_source()
@click.pass_context
def describe(ctx, **params):
    """The network's shape: nodes, ties, components, density, and for --network what was read from the file."""
    from graph_intel.analytics.measures import describe as shape, is_igraph

    G = load_graph(ctx, params, large=True)
    detected = (G["detected"] if is_igraph(G) else G.graph.get("detected")) if params.get("network") else None
    result = {**shape(G), **({"read": detected} if detected else {})}
    rows = [{"property": key, "value": cell_text(value, rounded=True)} for key, value in result.items()
            if key != "read"]
    if detected:
        rows += [{"property": f"read {key}", "value": cell_text(value, joined=True)} for key, value in detected.items()]
    emit(result, params["output"], rows=rows, title="Network")


@analyze.command()
@graph_source()
@click.option("--groups", "groups_file", type=click.Path(dir_okay=False), default=None,
              help="CSV of node attributes (first column the node) giving each node's group.")
@click.option("--group-by", default=None,
              help="Column of --groups, or node attribute of the store graph (default: label).")
@click.option("--top", type=int, default=None, help="Rows to show (table default 20).")
@click.pass_context
def brokers(ctx, groups_file, group_by, top, **params):
    """Brokers: Gould–Fernandez roles between groups and Burt's constraint (low = spans holes)."""
    from graph_intel.analytics import brokerage, constraint
    G = load_graph(ctx, params)
    if groups_file:
        groups = _groups_from_file(G, groups_file, group_by)
    else:
        attribute = group_by or "label"
        groups = {node: data[attribute] for node, data in G.nodes(data=True) if data.get(attribute)}
    constraints = constraint(G)
    roles = brokerage(G, groups) if groups else {node: {"total": 0} for node in G}
    rows = [{"node": node, "group": groups.get(node), **roles[node], "constraint": constraints[node]}
            for node in G]
    rows.sort(key=lambda row: (-row["total"], row["constraint"] if row["constraint"] is not None else 2.0))
    rows = _limit(rows, top, params["output"])
    emit(rows, params["output"], rows=list(_with_names(G, rows)), title="Brokerage roles and constraint")


def _groups_from_file(G, groups_file: str, column: str | None) -> dict:
    """{node: group} from a CSV keyed by the network's own ids; ids that match no node are reported."""
    from graph_intel.analytics.networks import match_nodes, node_groups, read_node_table

    table = read_node_table(groups_file)
    columns = {name for attrs in table.values() for name in attrs}
    column = column or next(iter(next(iter(table.values()), {})), None)
    if column not in columns:
        raise GraphIntelError(f"{groups_file}: no values in column {column!r}; columns are {', '.join(sorted(columns))}")
    matched, unmatched = match_nodes(table, G)
    if unmatched:
        click.echo(printable(f"warning: {len(unmatched)} of {len(table)} ids in {groups_file} match no node of the "
                             f"network (first: {unmatched[0]!r}); their groups are left out"), err=True)
    return node_groups(matched, column)


@analyze.command()
@graph_source()
@click.option("--method", type=click.Choice(["auto", "louvain", "leiden"]), default="auto", show_default=True,
              help="auto: Louvain on small graphs, Leiden (igraph) on large ones.")
@click.option("--resolution", type=float, default=1.0, show_default=True, help="Higher gives smaller communities.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.pass_context
def communities(ctx, method, resolution, seed, **params):
    """Communities (Louvain or Leiden, seeded) with their members, largest first."""
    from graph_intel.analytics import communities as find_communities
    from graph_intel.analytics import modularity
    from graph_intel.analytics.measures import IGRAPH_EDGES

    G = load_graph(ctx, params)
    membership = find_communities(G, method=method, resolution=resolution, seed=seed)
    groups: dict[int, list] = {}
    for node, number in membership.items():
        groups.setdefault(number, []).append(node)
    result = {"method": method if method != "auto" else ("leiden" if G.number_of_edges() > IGRAPH_EDGES
                                                         else "louvain"), "modularity": modularity(G, membership) if G.number_of_edges() else 0.0,
              "communities": [{"community": n, "size": len(groups[n]), "members": groups[n]}
                              for n in sorted(groups)]}
    names = _names(G)
    rows = [{"community": c["community"], "size": c["size"],
             "members": [names.get(m, m) for m in c["members"]]} for c in result["communities"]]
    emit(result, params["output"], rows=rows, title=f"Communities (modularity {result['modularity']:.3f})")


@analyze.command()
@graph_source()
@click.option("--k", "size", type=int, default=3, show_default=True, help="Size of the key-player set.")
@click.option("--goal", type=click.Choice(["fragment", "reach"]), default="fragment", show_default=True,
              help="fragment: whose removal breaks the network most (KPP-Neg); reach: who reaches most (KPP-Pos).")
@click.option("--m", type=int, default=None, help="With --goal reach: count nodes within M steps instead.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.pass_context
def keyplayers(ctx, size, goal, m, seed, **params):
    """Key-player set (Borgatti): the K people to remove, or to reach others through."""
    from graph_intel.analytics import key_players

    G = load_graph(ctx, params)
    result = key_players(G, size, goal=goal, m=m, seed=seed)
    names = _names(G)
    rows = [{"node": node, "name": names[node]} if names else {"node": node} for node in result["nodes"]]
    emit(result, params["output"], rows=rows, title=f"Key players ({goal}: {result['score']:.3f})")


@analyze.command()
@graph_source()
@click.option("--strategy", default="betweenness", show_default=True,
              type=click.Choice(["degree", "betweenness", "pagerank", "closeness", "eigenvector", "katz",
                                 "collective_influence", "random"]))
@click.option("--block", type=int, default=1, show_default=True,
              help="Nodes removed per step; the ranking is recomputed between steps (1 = one at a time).")
@click.option("--mode", type=click.Choice(["recompute", "initial"]), default="recompute", show_default=True,
              help="initial: rank once on the intact network and never recompute.")
@click.option("--steps", type=int, default=None, help="Stop after this many steps (default: until empty).")
@click.option("--min-nodes", type=int, default=None,
              help="Stop before a step that would leave this many nodes or fewer (Cavallaro et al.: 5).")
@click.option("--weighted", is_flag=True, help="Let the strategy use edge weights (as distances for betweenness).")
@click.option("--k", type=int, default=None, help="Sampled betweenness from K sources (large graphs).")
@click.option("--seed", type=int, default=None, help="Seed for random and for --k.")
@click.option("--plot", type=click.Path(dir_okay=False), default=None, help="Also write the LCC curve as PNG.")
@click.pass_context
def disrupt(ctx, strategy, block, mode, steps, min_nodes, weighted, k, seed, plot, **params):
    """Simulate arrests: remove nodes by a strategy and follow the largest connected component."""
    from graph_intel.analytics import disrupt as simulate
    from graph_intel.cli.common import refuse_database_as_output

    refuse_database_as_output(ctx, plot)

    G = load_graph(ctx, params)
    result = simulate(G, strategy=strategy, block=block, mode=mode, steps=steps, min_nodes=min_nodes,
                      weight="weight" if weighted else None, k=k, seed=seed)
    if plot:
        from graph_intel.analytics.plots import plot_disruption
        plot_disruption([result], plot, title=G.graph.get("name", ""))
    initial = result["lcc"][0] or 1
    names = _names(G)
    rows = [{"step": 0, "removed": [], "lcc": result["lcc"][0], "share": 1.0 if result["lcc"][0] else 0.0}]
    rows += [{"step": i, "removed": [names.get(n, n) for n in batch], "lcc": size, "share": size / initial}
             for i, (batch, size) in enumerate(zip(result["removed"], result["lcc"][1:]), 1)]
    emit(result, params["output"], rows=rows, title=f"Disruption by {strategy}")


@analyze.command()
@graph_source(default_projection="routes")
@click.option("--top", type=int, default=10, show_default=True, help="Legs and hubs to show.")
@click.option("--k", type=int, default=None,
              help="Estimate betweenness from K sampled places (default: exact up to 100,000 legs, 64 above).")
@click.option("--exact", is_flag=True, help="Betweenness from every place, however large the network.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed for the sampled places.")
@click.pass_context
def routes(ctx, top, k, exact, seed, **params):
    """Route analysis: which legs (edge betweenness) and hubs carry the trafficking routes."""
    from graph_intel.analytics import route_analysis

    # Routes have a direction (origin to destination) even when read from a file.
    G = load_graph(ctx, params, projection="routes", directed=True)
    notes: list[str] = []
    result = route_analysis(G, top=top, k=k, seed=seed, exact=exact, notes=notes)
    for note in notes:
        click.echo(f"note: {note}", err=True)
    if params["output"] == "json":
        emit(result, "json")
        return
    names = _names(G)
    legs = [{"from": names.get(l["source"], l["source"]), "to": names.get(l["target"], l["target"]),
             "betweenness": l["betweenness"], "weight": l["weight"]} for l in result["legs"]]
    hubs = [dict(h, node=names.get(h["node"], h["node"])) for h in result["hubs"]]
    for hub in hubs:
        hub.pop("name", None)
    emit(legs, params["output"], title="Route legs")
    emit(hubs, params["output"], title="Hubs")


@analyze.command()
@graph_source()
@click.option("--method", type=click.Choice(["adamic_adar", "jaccard"]), default="adamic_adar", show_default=True)
@click.option("--node", "nodes", multiple=True, help="Only pairs involving this node (repeatable).")
@click.option("--top", type=int, default=20, show_default=True)
@click.pass_context
def predict(ctx, method, nodes, top, **params):
    """Gap analysis: untied pairs that share contacts and are probably linked."""
    from graph_intel.analytics import predict_links

    G, focus = load_graph_and_nodes(ctx, params, nodes)
    focus = focus or None
    result = predict_links(G, method=method, top=top, nodes=focus)
    names = _names(G)
    rows = [{"source": names.get(p["source"], p["source"]), "target": names.get(p["target"], p["target"]),
             "score": p["score"], "common": [names.get(c, c) for c in p["common"]]} for p in result]
    emit(result, params["output"], rows=rows, title=f"Probable missing links ({method})")


@analyze.command()
@click.argument("source")
@click.argument("target")
@graph_source()
@click.pass_context
def path(ctx, source, target, **params):
    """Shortest path between two entities, with the documents and sentences behind every hop."""
    from graph_intel.analytics import evidence_path

    G, ends = load_graph_and_nodes(ctx, params, (source, target), multi=not params.get("network"))
    result = evidence_path(G, *ends)
    if params["output"] == "json":
        emit(result, "json")
        return
    rows = []
    for hop in result["hops"]:
        claims = hop["claims"] or [{}]
        for claim in claims:
            rows.append({"from": G.nodes[hop["source"]].get("name", hop["source"]),
                         "to": G.nodes[hop["target"]].get("name", hop["target"]),
                         "claim": f"{claim.get('source', '')} {claim.get('type', '')} {claim.get('target', '')}".strip(),
                         "document": claim.get("doc_id", ""), "evidence": claim.get("evidence", "")})
    emit(rows, params["output"], title=f"Path ({len(result['hops'])} hops)")
