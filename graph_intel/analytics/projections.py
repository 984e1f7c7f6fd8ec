"""From the evidence graph to networkx graphs that analytics can work on.

Every projection reads claims through the store protocol
(``store.claims(ClaimFilter)``, see :mod:`graph_intel.store.base`) or from a
plain list of claim rows, so the same code serves LadybugDB, Neo4j, notebooks
and tests. Provenance is kept: edges carry the documents (and, in the
multi-relational graph, the evidence sentences) behind them.

- :func:`multigraph`: every claim as its own edge (MultiDiGraph).
- :func:`collapsed`: claims between two nodes as one link, weight = documents.
- :func:`agency_network`, :func:`country_network`: co-participation in operations.
- :func:`route_network`: places linked along shipment and organisation routes.
- :func:`organisation_network`: organisations sharing platforms, places, shipments.

The one-mode projections choose their own relationship types and labels; of
a ClaimFilter they apply the dates, gradings and confidence.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from itertools import combinations
from typing import Any, Iterable

import networkx as nx

from graph_intel.store.base import ClaimFilter
from graph_intel.store.graphdata import label_of

CLAIM_FIELDS = ("doc_id", "published", "grading", "confidence", "rule", "evidence",
                "evidence_start", "evidence_end", "role", "stop")
PROVENANCE_TYPES = frozenset({"MENTIONED_IN"})
ROUTE_TYPES = ("ORIGINATED_IN", "TRANSITED_VIA", "SEIZED_AT", "DESTINED_FOR")
PLACE_TYPES = ("OPERATES_IN", "ORIGINATED_IN", "TRANSITED_VIA")

Rows = list[dict[str, Any]]


def claim_rows(source, claim_filter: ClaimFilter | None = None) -> Rows:
    """Claims kept by the filter, from a store (anything with ``claims()``) or a list of rows.

    Provenance edges (MENTIONED_IN) are not claims between entities and are left out.
    """
    claim_filter = claim_filter or ClaimFilter()
    rows = source.claims(claim_filter) if hasattr(source, "claims") else source
    # Filtering again is cheap and makes a plain list behave exactly like a store.
    kept = [row for row in rows if row["type"] not in PROVENANCE_TYPES and claim_filter.keeps_claim(row)]
    # Backends return rows in no set order; a fixed order gives the same graph (node order,
    # hence tie-breaks in rankings) on every run and every backend.
    return sorted(kept, key=_claim_order)


def _claim_order(row: dict[str, Any]) -> tuple:
    return (row.get("doc_id") or "", row.get("evidence_start") or 0, row["source"], row["type"], row["target"])


def _restricted(claim_filter: ClaimFilter | None, types: Iterable[str]) -> ClaimFilter:
    """The caller's dates, gradings and confidence with the projection's own types."""
    base = claim_filter or ClaimFilter()
    wanted = frozenset(types)
    if base.relationships is not None:
        wanted &= base.relationships
    return dataclasses.replace(base, relationships=wanted, labels=None)


def _add_endpoints(G: nx.Graph, row: dict[str, Any]) -> None:
    for end in ("source", "target"):
        node = row[end]
        if node not in G:
            G.add_node(node, label=row.get(f"{end}_label", ""), name=row.get(f"{end}_name") or node)


# -- the multi-relational graph and its collapsed form ------------------------

def multigraph(source, claim_filter: ClaimFilter | None = None) -> nx.MultiDiGraph:
    """Every kept claim as one edge ``source -> target``, keyed per claim.

    Nodes carry ``label`` and ``name`` (and ``aliases``/properties when the
    source is a store); edges carry ``type`` and the claim's provenance
    (doc_id, published, grading, confidence, rule, evidence, span, role).

    Examples
    --------
    >>> rows = [{"source": "agency:europol", "source_label": "Agency", "source_name": "Europol",
    ...          "type": "PARTICIPATED_IN", "target": "operation:x", "target_label": "Operation",
    ...          "target_name": "Operation X", "doc_id": "d1", "evidence": "Europol supported X"}]
    >>> M = multigraph(rows)
    >>> [(u, v, d["type"], d["doc_id"]) for u, v, d in M.edges(data=True)]
    [('agency:europol', 'operation:x', 'PARTICIPATED_IN', 'd1')]
    """
    M = nx.MultiDiGraph()
    for row in claim_rows(source, claim_filter):
        _add_endpoints(M, row)
        data = {field: row.get(field) for field in CLAIM_FIELDS}
        M.add_edge(row["source"], row["target"], key=_claim_key(M, row), type=row["type"], **data)
    if hasattr(source, "entities"):
        _enrich_nodes(M, source)
    return M


def _claim_key(M: nx.MultiDiGraph, row: dict[str, Any]) -> str:
    key = f"{row['type']}@{row.get('doc_id')}:{row.get('evidence_start')}-{row.get('evidence_end')}"
    taken = M.get_edge_data(row["source"], row["target"], default={})
    suffix = 1
    unique = key
    while unique in taken:
        suffix += 1
        unique = f"{key}#{suffix}"
    return unique


def _enrich_nodes(M: nx.Graph, store) -> None:
    """Each node's name, aliases and properties, as the store holds its entity."""
    labels = frozenset(label for _, label in M.nodes(data="label") if label)
    for entity in store.entities(labels or None):
        if entity["id"] in M:
            node = M.nodes[entity["id"]]
            node["name"] = entity.get("name") or entity["id"]
            node["aliases"] = list(entity.get("aliases") or [])
            for name, value in (entity.get("properties") or {}).items():
                node.setdefault(name, value)


def collapse(M: nx.MultiDiGraph, *, directed: bool = False) -> nx.Graph:
    """One link per pair of nodes: ``weight`` = distinct supporting documents,
    ``claims`` = number of claims, ``types`` and ``doc_ids`` sorted lists."""
    ends = ((u, v, data["type"], data.get("doc_id")) for u, v, data in M.edges(data=True))
    return _one_link_per_pair(dict(M.nodes(data=True)), ends, directed)


def collapsed(source, claim_filter: ClaimFilter | None = None, *, directed: bool = False) -> nx.Graph:
    """The evidence graph as a simple weighted graph (weight = supporting documents): what
    ``collapse(multigraph(source))`` gives, without the multigraph and its evidence. From a store
    it reads only each claim's ends, type and document (`analyze centrality` on a million claims:
    58.5 s and 2.9 GB -> about 21-26 s and 1.3 GB, benchmarks/bench_queries.py).

    Examples
    --------
    >>> row = {"source": "a", "source_label": "Organisation", "type": "LINKED_TO", "target": "b",
    ...        "target_label": "Organisation", "doc_id": "d1"}
    >>> G = collapsed([row, dict(row, doc_id="d2"), dict(row, doc_id="d2", evidence_start=9)])
    >>> G.edges["a", "b"]["weight"], G.edges["a", "b"]["claims"]
    (2, 3)
    """
    if hasattr(source, "claim_ends"):
        ends = list(source.claim_ends(claim_filter))
        ids = {n for u, v, _, _ in ends for n in (u, v)}
        nodes = {n: {"label": label_of(n, source.onto)} for n in ids}
        G = _one_link_per_pair(nodes, ends, directed)
        _enrich_nodes(G, source)
        return G
    claim_filter = claim_filter or ClaimFilter()
    nodes: dict[str, dict[str, Any]] = {}
    ends = []
    for row in source:
        if row["type"] in PROVENANCE_TYPES or not claim_filter.keeps_claim(row):
            continue
        for end in ("source", "target"):
            if row[end] not in nodes:
                nodes[row[end]] = {"label": row.get(f"{end}_label", ""), "name": row.get(f"{end}_name") or row[end]}
        ends.append((row["source"], row["target"], row["type"], row.get("doc_id")))
    return _one_link_per_pair(nodes, ends, directed)


def _one_link_per_pair(nodes: dict[str, dict[str, Any]], ends: Iterable[tuple[str, str, str, str | None]],
                       directed: bool) -> nx.Graph:
    """The collapsed graph of claims given as (source, target, type, doc_id). Nodes and links go in
    sorted, so the graph (and the tie-breaks of every ranking on it) is the same whatever order the
    backend returned the claims in."""
    # Most pairs have one claim: [doc, type, 1] until a second claim makes sets of them.
    support: dict[tuple[str, str], list] = {}
    for u, v, rel, doc in ends:
        pair = (u, v) if directed or u <= v else (v, u)
        entry = support.get(pair)
        if entry is None:
            support[pair] = [doc, rel, 1]
            continue
        if entry[2] == 1:
            entry[0], entry[1] = {entry[0]}, {entry[1]}
        entry[0].add(doc)
        entry[1].add(rel)
        entry[2] += 1
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(sorted(nodes.items()))
    for (u, v), (docs, types, claims) in sorted(support.items()):
        if claims == 1:
            docs, types = {docs}, {types}
        kept = sorted(d for d in docs if d is not None)
        G.add_edge(u, v, weight=len(kept) or 1, claims=claims, types=sorted(types), doc_ids=kept)
    return G


# -- one-mode projections ------------------------------------------------------

def co_membership(memberships: Iterable[tuple[str, str, str]]) -> nx.Graph:
    """Members linked by the things they share.

    ``memberships`` are ``(member, thing, kind)`` triples; two members sharing
    a thing get an edge whose ``weight`` is the number of things shared,
    ``via`` the sorted things and ``kinds`` the sorted kinds of thing.
    """
    # Dicts, not sets, keep first-seen order: the same rows give the same graph in every run.
    holders: dict[str, dict[str, None]] = defaultdict(dict)
    kind_of: dict[str, str] = {}
    for member, thing, kind in memberships:
        holders[thing][member] = None
        kind_of[thing] = kind
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for thing, members in holders.items():
        for a, b in combinations(sorted(members), 2):
            shared[(a, b)].add(thing)
    G = nx.Graph()
    for members in holders.values():
        G.add_nodes_from(members)
    for (a, b), things in shared.items():
        G.add_edge(a, b, weight=len(things), via=sorted(things),
                   kinds=sorted({kind_of[t] for t in things}))
    return G


def _label_nodes(G: nx.Graph, rows: Rows) -> nx.Graph:
    for row in rows:
        for end in ("source", "target"):
            if row[end] in G and "label" not in G.nodes[row[end]]:
                G.nodes[row[end]].update(label=row.get(f"{end}_label", ""),
                                         name=row.get(f"{end}_name") or row[end])
    return G


def co_participation(source, label: str, claim_filter: ClaimFilter | None = None) -> nx.Graph:
    """Nodes of ``label`` (Agency, Country) linked when they took part in the same
    operation; ``weight`` = operations shared, ``via`` = their ids."""
    rows = claim_rows(source, _restricted(claim_filter, ["PARTICIPATED_IN"]))
    rows = [row for row in rows if row.get("source_label") == label]
    G = co_membership((row["source"], row["target"], "operation") for row in rows)
    return _label_nodes(G, rows)


def agency_network(source, claim_filter: ClaimFilter | None = None) -> nx.Graph:
    """Agency–agency co-participation through operations."""
    return co_participation(source, "Agency", claim_filter)


def country_network(source, claim_filter: ClaimFilter | None = None) -> nx.Graph:
    """Country–country co-participation through operations."""
    return co_participation(source, "Country", claim_filter)


def organisation_network(source, claim_filter: ClaimFilter | None = None, *,
                         via: Iterable[str] = ("platform", "place", "shipment")) -> nx.Graph:
    """Organisations linked by what they share: platforms they used (USED), places
    where they operate or that their goods come from or pass (OPERATES_IN,
    ORIGINATED_IN, TRANSITED_VIA), shipments attributed to both (ATTRIBUTED_TO).
    Direct LINKED_TO claims are in :func:`collapsed`, not here."""
    via = set(via)
    types = {"platform": ["USED"], "place": list(PLACE_TYPES), "shipment": ["ATTRIBUTED_TO"]}
    wanted = [t for kind in via for t in types.get(kind, [])]
    rows = claim_rows(source, _restricted(claim_filter, wanted))
    memberships = []
    for row in rows:
        if row["type"] == "ATTRIBUTED_TO" and row.get("target_label") == "Organisation":
            memberships.append((row["target"], row["source"], "shipment"))
        elif row.get("source_label") == "Organisation" and row["type"] != "ATTRIBUTED_TO":
            memberships.append((row["source"], row["target"], "platform" if row["type"] == "USED" else "place"))
    return _label_nodes(co_membership(memberships), rows)


def route_network(source, claim_filter: ClaimFilter | None = None) -> nx.DiGraph:
    """Places linked along the routes of shipments and organisations (directed).

    For each carrier (a shipment, or an organisation's trafficking) the stops
    are ordered origin -> transits -> place of seizure -> destination, and
    consecutive stops are linked. Transits keep the order the text gives them
    (each route claim's ``stop``, numbered by extraction). A seizure
    place that is also the destination is the end of the route.

    Edges: ``weight`` = carriers travelling that leg, ``carriers`` and
    ``doc_ids`` sorted. Nodes: ``label``, ``name`` and how many carriers
    start, pass, are seized or end there (``origin``, ``transit``, ``seizure``,
    ``destination``).
    """
    rows = claim_rows(source, _restricted(claim_filter, ROUTE_TYPES))
    by_carrier: dict[str, Rows] = defaultdict(list)
    for row in rows:
        by_carrier[row["source"]].append(row)
    R = nx.DiGraph()
    for carrier, claims in by_carrier.items():
        stages = _route_stages(claims)
        _add_route_stops(R, carrier, claims, stages)
        for before, after in zip(stages, stages[1:]):
            for u in before:
                for v in after:
                    if u != v:
                        _add_leg(R, u, v, carrier, claims)
    return _count_carriers(R)


def _route_stages(claims: Rows) -> list[list[str]]:
    def places(kind: str) -> list[str]:
        ordered = sorted((c for c in claims if c["type"] == kind),
                         key=lambda c: (c.get("doc_id") or "", c.get("stop") or 0, c.get("evidence_start") or 0))
        return list(dict.fromkeys(c["target"] for c in ordered))

    origins, transits = places("ORIGINATED_IN"), places("TRANSITED_VIA")
    destinations = places("DESTINED_FOR")
    seen = set(origins) | set(transits)
    seizures = [p for p in places("SEIZED_AT") if p not in seen and p not in destinations]
    transits = [p for p in transits if p not in origins]
    stages = [origins] + [[t] for t in transits] + [seizures, [d for d in destinations if d not in seen]]
    return [stage for stage in stages if stage]


def _add_route_stops(R: nx.DiGraph, carrier: str, claims: Rows, stages) -> None:
    role = {"ORIGINATED_IN": "origin", "TRANSITED_VIA": "transit",
            "SEIZED_AT": "seizure", "DESTINED_FOR": "destination"}
    for claim in claims:
        place = claim["target"]
        if place not in R:
            R.add_node(place, label=claim.get("target_label", ""), name=claim.get("target_name") or place,
                       origin=set(), transit=set(), seizure=set(), destination=set())
        R.nodes[place][role[claim["type"]]].add(carrier)


def _add_leg(R: nx.DiGraph, u: str, v: str, carrier: str, claims: Rows) -> None:
    docs = {c.get("doc_id") for c in claims if c["target"] in (u, v) and c.get("doc_id")}
    if R.has_edge(u, v):
        data = R.edges[u, v]
        data["carriers"] = sorted(set(data["carriers"]) | {carrier})
        data["doc_ids"] = sorted(set(data["doc_ids"]) | docs)
    else:
        R.add_edge(u, v, carriers=[carrier], doc_ids=sorted(docs))
    R.edges[u, v]["weight"] = len(R.edges[u, v]["carriers"])


def _count_carriers(R: nx.DiGraph) -> nx.DiGraph:
    # Sets while building, so a carrier named by two documents counts once; ints for export.
    for _, data in R.nodes(data=True):
        for role in ("origin", "transit", "seizure", "destination"):
            if isinstance(data.get(role), set):
                data[role] = len(data[role])
    return R


PROJECTIONS = {
    "collapsed": collapsed,
    "agencies": agency_network,
    "countries": country_network,
    "organisations": organisation_network,
    "routes": route_network,
}
