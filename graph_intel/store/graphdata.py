"""Backend-neutral pieces of the store: turning an Extraction into rows to
write, turning result rows back into plain data, and the Cypher both engines
accept for reading claims. Labels and relationship types that appear in
Cypher text here always come from the ontology, never from user input."""
from __future__ import annotations

import heapq
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any, Callable, Hashable, Iterable

from graph_intel.model import Ontology, validate_extraction
from graph_intel.records import ChartLink, ChartNode, Extraction, Subgraph
from graph_intel.store.base import BatchResult

# Both engines accept this per relationship type ({rel} comes from the ontology).
CLAIM_RETURN = (
    "MATCH (a)-[r:{rel}]->(b) RETURN a.id AS source, a.name AS source_name, '{rel}' AS type, "
    "b.id AS target, b.name AS target_name, r.doc_id AS doc_id, r.grading AS grading, "
    "r.confidence AS confidence, r.rule AS rule, r.evidence AS evidence, "
    "r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, {own}")
# Properties only some claim types have (a participant's role, a route stop), and the analyst's word
# (which a database made before review lacks): NULL where there is no such property.
OWN_CLAIM_FIELDS = ("role", "stop", "review")

# The claims of many types touching some entities, in one statement ({types} from the ontology; the
# type macro is rewritten for the engine): one statement per direction a step, not one per type and
# direction (46 statements of 3-10 ms each; a hub's chart at 1M claims read in 0.41 s what now takes 0.19 s).
NEIGHBOUR_RETURN = (
    "MATCH (a)-[r:{types}]->(b) WHERE {where} RETURN a.id AS source, a.name AS source_name, "
    "{{{{rel_type(r)}}}} AS type, b.id AS target, b.name AS target_name, r.doc_id AS doc_id, "
    "r.grading AS grading, r.confidence AS confidence, r.rule AS rule, r.evidence AS evidence, "
    "r.evidence_start AS evidence_start, r.evidence_end AS evidence_end, {own}")

PYTHON_TYPES = {"STRING": str, "INT64": int, "DOUBLE": float, "BOOLEAN": bool}
# What a later document never fills on a node an earlier one made: its id, name and whether it is
# named are the first document's, and aliases accumulate instead (combined_plan, adds_to,
# merge_assignments and the Neo4j upsert all follow this).
NOT_FILLED = frozenset({"id", "name", "aliases", "named"})
REFERENCE_RULES = "reference."   # rules that state what the gazetteer knows, not what a document says


BACKGROUND = {"LOCATED_IN", "PART_OF"}   # where things are and what they belong to: after the case facts
ROUTE = {"ORIGINATED_IN", "TRANSITED_VIA", "DESTINED_FOR"}


def drawing_order(rel: str, outgoing: bool, stop: int | None, other_name: str) -> tuple:
    """Where a link stands among an entity's links in every chart: case facts (who took part, what
    was seized, which group) before geography, so at depth 2 a country's list of places cannot push
    the operation's facts off the screen; then by type, a route's origin, stops and destination
    together in route order; then direction and the other entity's name."""
    kind = "ORIGINATED_IN" if rel in ROUTE else rel   # the route types sort where the origin would
    return (rel in BACKGROUND, kind, not outgoing, stop or 0, other_name.casefold())


def within_budget(rows: list[dict[str, Any]], frontier: list[str], seen: set[str],
                  budget: int | None) -> tuple[list[dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """The claims of one step out from `frontier` an entity keeps under a budget of new neighbours
    each (the first in drawing order), and what each one leaves out: {id: [{type, label, count}]},
    counting entities. Links among entities already charted are always kept. Linear in the claims
    but for choosing each entity's first neighbours (a hub's tens of thousands of claims pass here)."""
    if not budget:
        return rows, {}
    here = set(frontier)
    candidates: dict[str, dict[str, tuple]] = defaultdict(dict)   # entity -> new neighbour -> order
    for row in rows:
        for end, other, outgoing in ((row["source"], row["target"], True), (row["target"], row["source"], False)):
            if end in here and other not in seen:
                order = drawing_order(row["type"], outgoing, row.get("stop"),
                                      row["target_name" if outgoing else "source_name"] or other)
                best = candidates[end].get(other)
                if best is None or order < best:
                    candidates[end][other] = order
    kept_pairs, left_out = set(), {}
    for entity, neighbours in candidates.items():
        first = heapq.nsmallest(budget, neighbours, key=lambda n: (neighbours[n], n))
        kept_pairs.update((entity, n) for n in first)
        if len(neighbours) > budget:
            left_out[entity] = neighbours.keys() - set(first)
    kept, others = [], defaultdict(lambda: defaultdict(set))
    for row in rows:
        source, target = row["source"], row["target"]
        if (source, target) in kept_pairs or (target, source) in kept_pairs:
            kept.append(row)
        elif target in left_out.get(source, ()):
            others[source][(row["type"], row["target_label"])].add(target)
        elif source in left_out.get(target, ()):
            others[target][(row["type"], row["source_label"])].add(source)
        else:
            kept.append(row)
    more = {entity: [{"type": t, "label": label, "count": len(ids)}
                     for (t, label), ids in sorted(c.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
            for entity, c in others.items()}
    return kept, more


def shortest_route(source: Hashable, target: Hashable,
                   steps: Callable[[list], Iterable[tuple[Hashable, Hashable]]],
                   max_hops: int) -> list | None:
    """The nodes of a shortest path from `source` to `target`, or None beyond `max_hops`.

    The one path finder: the store, the analytics and the charts all call it,
    so a question asked three ways gets one answer. Breadth-first; `steps(frontier)`
    yields (here, there) for every tie leaving a frontier node. Among equally
    short paths the same graph always gives the same one: each node's
    predecessor is the smallest id one step nearer the source.
    """
    parent: dict[Hashable, Hashable | None] = {source: None}
    frontier = [source]
    for _ in range(max_hops):
        if not frontier or target in parent:
            break
        reached: dict[Hashable, Hashable] = {}
        for here, there in steps(frontier):
            if there not in parent and (there not in reached or str(here) < str(reached[there])):
                reached[there] = here
        parent.update(reached)
        frontier = sorted(reached, key=str)
    if target not in parent:
        return None
    route = [target]
    while parent[route[-1]] is not None:
        route.append(parent[route[-1]])
    return route[::-1]


def is_analysts(claim: dict[str, Any]) -> bool:
    """An analyst's claim that no document states (its judgement stands in for the document)."""
    return str(claim.get("doc_id") or "").startswith("judgement:")


def is_reference(claim: dict[str, Any]) -> bool:
    """A fact from reference data (a port lies in its country), not a document's statement."""
    return str(claim.get("rule") or "").startswith(REFERENCE_RULES)


# A document's claims of one type removed, returning the links they stated ({rel} from the ontology).
DELETE_CLAIMS_OF_DOCUMENT = ("MATCH (a)-[r:{rel}]->(b) WHERE r.doc_id = $doc "
                             "WITH a.id AS source, b.id AS target, r DELETE r RETURN source, target")

UNCOUNTED = 0   # link_documents of a claim just written, until its link is counted (count_uncounted_links)
# The number of sources that state a link and the claim that carries it (the stated claim of the
# greatest document id), aggregated over the link's claims `r`; then the count set on that claim and
# cleared on any other that held one, so a link has one carrier whatever wrote its claims.
STATED = f"NOT r.rule STARTS WITH '{REFERENCE_RULES}'"
LINK_COUNT = (f"count(DISTINCT CASE WHEN {STATED} THEN r.doc_id END) AS sources, "
              f"max(CASE WHEN {STATED} THEN r.doc_id END) AS carrier")
CARRIES = f"c.doc_id = carrier AND {STATED.replace('r.', 'c.')}"
SET_CARRIER = (f"WHERE c.link_documents IS NOT NULL OR ({CARRIES}) "
               f"SET c.link_documents = CASE WHEN {CARRIES} THEN sources END")
# From this share of a table's claims uncounted, counting the whole table in one pass is the faster
# way (measured: about 60 us a link by id; in one pass 3 us a claim on a small graph, 12-19 us at
# 15,000 releases, where each pair of a hub's links walks the hub's claims again).
WHOLE_TABLE_SHARE = 1 / 20


def recount_links(run: Callable[..., Any], onto: Ontology, links: Iterable[tuple[str, str, str]]) -> None:
    """Keep `link_documents` on these links (type, source id, target id): the number of distinct
    sources (documents; an analyst's own word counts as one) that state the link, held by exactly
    one of its claims, the one of the greatest document id; NULL on the others. Run in the
    transaction of every write that adds or removes claims, so saved queries read corroboration
    instead of grouping every claim. One carrier, not every claim: a link a thousand releases state
    costs a new release two writes, not a thousand."""
    if "link_documents" not in onto.claim_common:   # a database of an older ontology gains it on opening
        return
    by_table: dict[tuple[str, str, str], set[tuple[str, str]]] = defaultdict(set)
    for rel, source, target in links:
        by_table[(rel, label_of(source, onto), label_of(target, onto))].add((source, target))
    for (rel, a, b), pairs in by_table.items():
        # Both ends bound first, then OPTIONAL MATCH between them: LadybugDB then follows each node's
        # adjacency (0.2 ms for ten links at 1M claims) instead of joining the whole claim table (19 ms).
        # The ends are matched again by id: it cannot SET a value aggregated over the same variables.
        run(f"UNWIND $links AS l MATCH (a:{a} {{id: l.source}}) MATCH (b:{b} {{id: l.target}}) "
            f"OPTIONAL MATCH (a)-[r:{rel}]->(b) WITH a.id AS source, b.id AS target, {LINK_COUNT} "
            f"MATCH (x:{a} {{id: source}}) MATCH (y:{b} {{id: target}}) OPTIONAL MATCH (x)-[c:{rel}]->(y) "
            + SET_CARRIER, {"links": [{"source": s, "target": t} for s, t in sorted(pairs)]})


def count_uncounted_links(run: Callable[..., Any], onto: Ontology) -> int:
    """Count the links of every claim written without its count (a load counts once, at its end:
    per document it doubled the writing time); returns how many such claims there were. A load
    that crashed leaves its claims uncounted, and the next one counts them."""
    if "link_documents" not in onto.claim_common:
        return 0
    found = 0
    for rel in onto.claim_types:
        table = run(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS claims, "
                    f"count(CASE WHEN r.link_documents = {UNCOUNTED} THEN 1 END) AS uncounted")[0]
        if not table["uncounted"]:
            continue
        found += table["uncounted"]
        if table["uncounted"] < WHOLE_TABLE_SHARE * table["claims"]:
            links = run(f"MATCH (a)-[r:{rel}]->(b) WHERE r.link_documents = {UNCOUNTED} "
                        "RETURN DISTINCT a.id AS source, b.id AS target")
            recount_links(run, onto, [(rel, row["source"], row["target"]) for row in links])
        else:   # a bulk load: much of the table is new
            run(f"MATCH (a)-[r:{rel}]->(b) WITH a, b, {LINK_COUNT}, "
                f"count(CASE WHEN r.link_documents = {UNCOUNTED} THEN 1 END) AS uncounted WHERE uncounted > 0 "
                f"MATCH (a)-[c:{rel}]->(b) " + SET_CARRIER)
    return found


def count_links_among_new(plan: "WritePlan", new_ids: set[str]) -> None:
    """Count, as the count pass would, the links of `plan` whose two ends are new to the store: all
    their claims are in the plan, so the pass after the load need not read them again (in a bulk
    load into an empty store it then has nothing left to do). The counted rows are copies: a failed
    batch retried document by document writes the plans as they were."""
    places = defaultdict(list)
    for key, rows in plan.claims.items():
        for i, row in enumerate(rows):
            if row.get("link_documents") == UNCOUNTED and row["source"] in new_ids and row["target"] in new_ids:
                places[(key[0], row["source"], row["target"])].append((key, i))
    for link in places.values():
        stated = [plan.claims[key][i]["doc_id"] for key, i in link if not is_reference(plan.claims[key][i])]
        carrier, sources = max(stated, default=None), len(set(stated))
        for key, i in link:
            row = plan.claims[key][i]
            carries = carrier is not None and row["doc_id"] == carrier and not is_reference(row)
            plan.claims[key][i] = {**row, "link_documents": sources if carries else None}


def count_links_afresh(run: Callable[..., Any], onto: Ontology, types: list[str]) -> int:
    """Every claim of these types counted again, as a load counts the claims it wrote: for a graph
    stored before claims carried `link_documents`."""
    for rel in types:
        run(f"MATCH ()-[r:{rel}]->() SET r.link_documents = {UNCOUNTED}")
    return count_uncounted_links(run, onto)


def links_of(plan: "WritePlan") -> list[tuple[str, str, str]]:
    """The links (type, source, target) a plan's claims state."""
    return [(rel, row["source"], row["target"]) for (rel, _, _), rows in plan.claims.items() for row in rows]


@dataclass
class WritePlan:
    """Rows grouped the way the backends write them, validated against the ontology: one
    document's, or several documents' combined (`combined_plan`)."""
    documents: list[dict[str, Any]]
    nodes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    mentions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    claims: dict[tuple[str, str, str], list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def document(self) -> dict[str, Any]:
        return self.documents[0]


def combined_plan(plans: list[WritePlan]) -> WritePlan:
    """Several documents' plans as one, written with the statements of one document. A node
    several of them name is what writing them one after the other makes: the first document's
    values, later ones filling only what is still empty, aliases accumulating in order."""
    nodes: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    mentions, claims = defaultdict(list), defaultdict(list)
    for plan in plans:
        for label, rows in plan.nodes.items():
            for row in rows:
                _fold_into(nodes[label], row)
        for label, rows in plan.mentions.items():
            mentions[label] += rows
        for key, rows in plan.claims.items():
            claims[key] += rows
    return WritePlan(documents=[d for plan in plans for d in plan.documents],
                     nodes={label: list(rows.values()) for label, rows in nodes.items()},
                     mentions=dict(mentions), claims=dict(claims))


def write_fresh(run: Callable[..., list[dict[str, Any]]], write: Callable[[WritePlan], Any],
                plans: list[WritePlan]) -> BatchResult:
    """Inside one transaction: the documents of `plans` not stored yet (each once), written as one
    combined plan by the backend's `write`; `run` reads."""
    stored = {r["id"] for r in run("UNWIND $ids AS i MATCH (d:Document {id: i}) RETURN d.id AS id",
                                   {"ids": [p.document["id"] for p in plans]})}
    fresh = []
    for plan in plans:
        if plan.document["id"] not in stored:
            stored.add(plan.document["id"])
            fresh.append(plan)
    if not fresh:
        return BatchResult([])
    # Plans made in worker processes carry their workers' clocks: stamped again here, in the order
    # written, as a load one document at a time would stamp them.
    now = datetime.now(timezone.utc)
    for i, plan in enumerate(fresh):
        plan.document["loaded_at"] = loaded_at(now + timedelta(microseconds=i))
    done = write(combined_plan(fresh))
    return BatchResult([p.document["id"] for p in fresh], done.nodes_added, done.claims_added)


def _fold_into(nodes: dict[str, dict[str, Any]], row: dict[str, Any]) -> None:
    node = nodes.get(row["id"])
    if node is None:
        nodes[row["id"]] = dict(row)
        return
    node["aliases"] = node["aliases"] + [a for a in row["aliases"] if a not in node["aliases"]]
    for key, value in row.items():
        if key not in NOT_FILLED and node.get(key) is None:
            node[key] = value


def label_of(entity_id: str, onto: Ontology) -> str:
    try:
        return onto.label_by_prefix[entity_id.split(":", 1)[0]]
    except KeyError:
        raise KeyError(f"entity id {entity_id!r} has no known label prefix") from None


def typed(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "STRING[]":
        return [str(v) for v in value]
    return PYTHON_TYPES[kind](value)


def loaded_at(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def write_plan(extraction: Extraction, onto: Ontology) -> WritePlan:
    validate_extraction(extraction.to_dict(), onto)  # the one ontology check, shared with extraction
    doc = extraction.document
    document = {"id": doc.id, "title": doc.title, "source": doc.source, "published": doc.published,
                "dated": doc.dated, "publisher": doc.publisher, "grading": doc.grading, "path": doc.path,
                # to the microsecond: the order documents were loaded in decides whose property values stand
                "loaded_at": loaded_at(datetime.now(timezone.utc)), "text": doc.text}
    plan = WritePlan(documents=[document])
    labels = {}
    nodes = defaultdict(list)
    mentions = defaultdict(list)
    for entity in extraction.entities:
        props = onto.node_properties(entity.label)
        row = {name: None for name in props}
        row.update({"id": entity.id, "name": entity.name, "aliases": sorted(set(entity.aliases)),
                    "named": entity.named})
        for name, value in entity.properties.items():
            row[name] = typed(value, props[name])
        labels[entity.id] = entity.label
        nodes[entity.label].append(row)
        spans = sorted(entity.mentions, key=lambda s: s.start)
        mentions[entity.label].append({
            "id": entity.id, "doc": doc.id, "mentions": len(spans), "texts": sorted(set(entity.aliases)),
            "first_start": spans[0].start if spans else None, "first_end": spans[0].end if spans else None,
            "resolution": entity.resolution or None,
            "given": json.dumps({k: v for k, v in row.items() if k not in {"id", "aliases"} and v is not None},
                                sort_keys=True, ensure_ascii=False)})
    claims = defaultdict(list)
    seen = set()
    for rel in extraction.relations:
        source_label, target_label = labels[rel.source], labels[rel.target]
        if rel.key in seen:  # one claim per link per document
            continue
        seen.add(rel.key)
        props = onto.claim_properties(rel.type)
        row = {name: None for name in props}
        row.update({"source": rel.source, "target": rel.target, "doc_id": doc.id, "evidence": rel.evidence.text,
                    "evidence_start": rel.evidence.start, "evidence_end": rel.evidence.end, "rule": rel.rule,
                    "confidence": float(rel.confidence), "grading": doc.grading or None})
        for name, value in rel.properties.items():
            if name in props:
                row[name] = typed(value, props[name])
        if "link_documents" in props:
            row["link_documents"] = UNCOUNTED
        claims[(rel.type, source_label, target_label)].append(row)
    plan.nodes, plan.mentions, plan.claims = dict(nodes), dict(mentions), dict(claims)
    return plan


def rebuilt_nodes(mentions: list[dict[str, Any]], label: str, onto: Ontology) -> list[dict[str, Any]]:
    """Nodes as the remaining documents make them, after one was removed.

    ``mentions`` are rows ``{id, given, texts, loaded_at, doc}`` of the documents
    that still mention each node. Loading writes a node's first document whole and
    lets later ones fill only what is still empty, aliases accumulating in order;
    replaying that in load order gives the node a load without the removed
    document would have given. A node with a mention from before ``given`` was
    recorded is left as it is (None for it).
    """
    keys = [k for k in dict.fromkeys(["name", "named", *onto.node_properties(label)]) if k not in {"id", "aliases"}]
    by_node: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in mentions:
        by_node[row["id"]].append(row)
    rebuilt = []
    for node_id, rows in by_node.items():
        if any(row.get("given") is None for row in rows):
            continue
        node: dict[str, Any] = {"id": node_id, **dict.fromkeys(keys), "aliases": []}
        # In load order; mentions an analyst's merge brought to the node come after its own.
        for row in sorted(rows, key=lambda r: (r.get("merged_from") is not None, r["loaded_at"] or "", r["doc"])):
            for key, value in json.loads(row["given"]).items():
                if node.get(key) is None:
                    node[key] = value
            node["aliases"] += [a for a in row.get("texts") or [] if a not in node["aliases"]]
        rebuilt.append(node)
    return rebuilt


def set_nodes(run: Callable[..., Any], label: str, nodes: list[dict[str, Any]]) -> None:
    """Every property of these nodes set as given, None included, in Cypher both engines accept (a
    column at a time: LadybugDB types an all-null parameter column as STRING)."""
    for key in [k for k in (nodes[0] if nodes else {}) if k != "id"]:
        given = [{"id": n["id"], "value": n[key]} for n in nodes if n[key] is not None]
        empty = [n["id"] for n in nodes if n[key] is None]
        if given:
            run(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET n.{key} = r.value", {"rows": given})
        if empty:
            run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) SET n.{key} = NULL", {"ids": empty})


def without_empty_columns(rows: list[dict[str, Any]], keep: tuple[str, ...] = ("id",)) -> list[dict[str, Any]]:
    """Rows without the columns that are null in every row. LadybugDB types an
    all-null parameter column as STRING whatever the property's type, so such a
    column is left out (the property stays null) rather than sent."""
    filled = {k for row in rows for k, v in row.items() if v is not None} | set(keep)
    return [{k: v for k, v in row.items() if k in filled} for row in rows]


def row_map(row: dict[str, Any], skip: tuple[str, ...] = ()) -> str:
    """`{a: r.a, b: r.b}` for UNWIND $rows AS r."""
    return "{" + ", ".join(f"{k}: r.{k}" for k in row if k not in skip) + "}"


def adds_to(node: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether writing `row` over the stored `node` (merge_assignments) would change it: an alias
    it lacks, or a value where it has none."""
    aliases = node.get("aliases") or []
    return any(a not in aliases for a in row.get("aliases") or []) or any(
        node.get(k) is None and v is not None for k, v in row.items() if k not in NOT_FILLED)


def merge_assignments(row: dict[str, Any]) -> str:
    """SET clause for an entity another document already created: aliases
    accumulate, a property is filled only where the node has none."""
    parts = ["n.aliases = list_distinct(list_concat(n.aliases, r.aliases))"]
    parts += [f"n.{k} = coalesce(n.{k}, r.{k})" for k in row if k not in NOT_FILLED]
    return ", ".join(parts)


def plain(value: Any) -> Any:
    """Engine values to plain Python: nodes and relationships become dicts
    without engine-internal fields."""
    if isinstance(value, dict):
        if "_LABEL" in value:
            out = {k: plain(v) for k, v in value.items() if not k.startswith("_")}
            out["_label"] = value["_LABEL"]
            return out
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def entity_row(node: dict[str, Any], onto: Ontology) -> dict[str, Any]:
    label = node.get("_label") or label_of(node["id"], onto)
    common = {"id", "name", "aliases", "named", "_label"}
    return {"id": node["id"], "label": label, "name": node.get("name"), "aliases": node.get("aliases") or [],
            "named": node.get("named"),
            "properties": {k: v for k, v in node.items() if k not in common and v is not None}}


def rank_candidates(rows: list[dict[str, Any]], needle: str) -> list[dict[str, Any]]:
    """Exact id/name matches first, then aliases, then partial matches."""
    def rank(row):
        aliases = [a.lower() for a in row.get("aliases") or []]
        if row["id"].lower() == needle or (row["name"] or "").lower() == needle:
            return 0
        if needle in aliases:
            return 1
        return 2
    unique = {row["id"]: row for row in rows}
    return sorted(unique.values(), key=lambda r: (rank(r), r["label"], r["name"] or ""))


def subgraph_from_claims(rows: list[dict[str, Any]], nodes: list[dict[str, Any]],
                         focus: list[str] | None = None) -> Subgraph:
    """Collapse claims into one link per (source, type, target)."""
    grouped = defaultdict(list)
    for row in rows:
        grouped[(row["source"], row["type"], row["target"])].append(row)
    links = []
    for (source, rel, target), claims in sorted(grouped.items()):
        unique = {}
        for c in claims:
            unique.setdefault((c["doc_id"], c.get("evidence_start")), c)
        claims = list(unique.values())
        links.append(ChartLink(
            source=source, type=rel, target=target,
            # Documents that state the link: a reference fact repeated by every document naming a port
            # is not corroborated by them.
            documents=len({c["doc_id"] for c in claims if not is_reference(c) and not is_analysts(c)}),
            claims=len(claims),
            confidence=max((c.get("confidence") or 0.0) for c in claims),
            gradings=sorted({c["grading"] for c in claims if c.get("grading")}),
            evidence=[{"doc_id": c["doc_id"], "text": c.get("evidence"), "start": c.get("evidence_start"),
                       "end": c.get("evidence_end")} for c in claims],
            properties={**{"role": c["role"] for c in claims if c.get("role")},
                        # the analyst's word on the link: confirmed outweighs added, added rejected
                        **{"review": r for r in ("rejected", "added", "confirmed")
                           if any(c.get("review") == r for c in claims)},
                        # a route stop as the first document to state it numbers it
                        **{"stop": c["stop"] for c in claims[:1] if c.get("stop")}}))
    chart_nodes = [ChartNode(id=n["id"], label=n["label"], name=n["name"] or n["id"],
                             properties={**n.get("properties", {}), "aliases": n.get("aliases") or []})
                   for n in sorted(nodes, key=lambda n: n["id"])]
    return Subgraph(nodes=chart_nodes, links=links, focus=list(focus or []))
