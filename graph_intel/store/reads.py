"""Reads written once in the Cypher both engines accept: entity lookup,
neighbourhoods and shortest paths. A backend provides `_run`, `onto`,
`documents()` and `claims()`."""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

from graph_intel.errors import Ambiguous, NotFound
from graph_intel.store import graphdata
from graph_intel.store.base import ClaimFilter
from graph_intel.store.dialect import dialect_named, render


class PortableReads:
    def has_document(self, doc_id: str) -> bool:
        return bool(self._run("MATCH (d:Document {id: $id}) RETURN d.id AS id", {"id": doc_id}))

    def stats(self) -> dict[str, Any]:
        nodes = {label: self._count(f"MATCH (n:{label}) RETURN count(n) AS c") for label in self.onto.entity_labels}
        rels = {rel: self._count(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS c") for rel in self.onto.relationships}
        return {"documents": self._count("MATCH (d:Document) RETURN count(d) AS c"),
                "nodes": {k: v for k, v in nodes.items() if v},
                "relationships": {k: v for k, v in rels.items() if v}}

    def document_text(self, doc_id: str) -> str:
        rows = self._run("MATCH (d:Document {id: $id}) RETURN d.text AS text", {"id": doc_id})
        return (rows[0]["text"] or "") if rows else ""

    def undated_documents(self) -> int:
        """How many documents have no known publication date (left out by date bounds unless asked)."""
        return self._count("MATCH (d:Document) WHERE coalesce(d.published, '') = '' RETURN count(d) AS c")

    def _count(self, cypher: str, params: dict[str, Any] | None = None) -> int:
        return self._run(cypher, params)[0]["c"]

    def documents(self) -> list[dict[str, Any]]:
        return self._run("MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.source AS source, "
                         "d.published AS published, d.dated AS dated, d.publisher AS publisher, d.grading AS grading, "
                         "d.path AS path ORDER BY d.published, d.id")

    def find_document(self, text: str) -> dict[str, Any]:
        """The one document ``text`` names: its id, the path it was loaded from, or its title."""
        wanted = text.strip()
        documents = self.documents()
        matches = [d for d in documents if wanted in (d["id"], d["path"]) or _same_file(wanted, d["path"])]
        matches = matches or [d for d in documents if (d["title"] or "").strip().lower() == wanted.lower()]
        if not matches:
            raise NotFound(f"no document {text!r} in the graph; give its id (doc:...), the path it was loaded "
                           "from or its title")
        if len(matches) > 1:
            listed = "; ".join(f"{d['id']} ({d['path'] or d['title']})" for d in matches[:5])
            raise Ambiguous(f"{text!r} names {len(matches)} documents: {listed}; give an id")
        return matches[0]

    def document_footprint(self, doc_id: str) -> dict[str, Any]:
        """What forgetting a document would remove: its claims and the entities no other document mentions."""
        claims = sum(self._count(f"MATCH ()-[r:{rel}]->() WHERE r.doc_id = $doc RETURN count(r) AS c", {"doc": doc_id})
                     for rel in self.onto.claim_types)
        rows = self._run("MATCH (n)-[:MENTIONED_IN]->(:Document {id: $doc}) "
                         "OPTIONAL MATCH (n)-[:MENTIONED_IN]->(o:Document) WHERE o.id <> $doc "
                         "RETURN n.id AS id, n.name AS name, count(o) AS others ORDER BY n.id", {"doc": doc_id})
        return {"claims": claims, "entities": [{"id": r["id"], "name": r["name"]} for r in rows if not r["others"]]}

    def entities(self, labels: frozenset[str] | None = None) -> Iterator[dict[str, Any]]:
        for label in self.onto.entity_labels:
            if labels is not None and label not in labels:
                continue
            for row in self._run(f"MATCH (n:{label}) RETURN n"):
                yield graphdata.entity_row(dict(row["n"], _label=label), self.onto)

    def claims(self, claim_filter: ClaimFilter | None = None) -> Iterator[dict[str, Any]]:
        claim_filter = claim_filter or ClaimFilter()
        dates = self._dates()
        for rel in self._claim_types(claim_filter):
            for row in self._run(self._claim_cypher(rel)):
                if claim_filter.keeps_claim(self._annotate(row, dates)):
                    yield row

    def claim_ends(self, claim_filter: ClaimFilter | None = None) -> Iterator[tuple[str, str, str, str | None]]:
        """(source, target, type, doc_id) of every claim the filter keeps: what a collapsed projection
        needs, without the evidence and names `claims()` reads for each claim."""
        claim_filter = claim_filter or ClaimFilter()
        keeps_all = dataclasses.replace(claim_filter, relationships=None) == ClaimFilter()
        dates = {} if keeps_all else self._dates()
        for rel in self._claim_types(claim_filter):
            for row in self._run(f"MATCH (a)-[r:{rel}]->(b) RETURN a.id AS source, b.id AS target, "
                                 "r.doc_id AS doc_id, r.confidence AS confidence, r.grading AS grading"):
                if keeps_all or claim_filter.keeps_claim(dict(self._annotate(row, dates), type=rel)):
                    yield row["source"], row["target"], rel, row["doc_id"]

    def _claim_cypher(self, rel: str) -> str:
        return graphdata.CLAIM_RETURN.format(rel=rel, own=self._own_fields([rel]))

    def _own_fields(self, types: list[str]) -> str:
        """The properties only some claim types have, NULL where none of `types` has one."""
        has = set().union(*(self.onto.claim_properties(t) for t in types))
        return ", ".join(f"{'r.' + p if p in has else 'NULL'} AS {p}" for p in graphdata.OWN_CLAIM_FIELDS)

    def _neighbour_cypher(self, types: list[str], where: str) -> str:
        cypher = graphdata.NEIGHBOUR_RETURN.format(types="|".join(types), own=self._own_fields(types), where=where)
        return render(cypher, dialect_named(self.backend))

    def _annotate(self, row: dict[str, Any], dates: dict[str, str]) -> dict[str, Any]:
        row["published"] = dates.get(row["doc_id"], "")
        row["source_label"] = graphdata.label_of(row["source"], self.onto)
        row["target_label"] = graphdata.label_of(row["target"], self.onto)
        return row

    def _claim_types(self, claim_filter: ClaimFilter) -> list[str]:
        return [t for t in self.onto.claim_types
                if claim_filter.relationships is None or t in claim_filter.relationships]

    def _dates(self) -> dict[str, str]:
        rows = self._run("MATCH (d:Document) RETURN d.id AS id, d.published AS published")
        return {d["id"]: d["published"] or "" for d in rows}

    def resolve(self, text: str, labels: tuple[str, ...] = ()) -> dict[str, Any]:
        """The one entity a name, alias or id designates (of one of ``labels`` when given), or one line
        saying why not: nothing matches (with close names), or several do (listed). The one entity
        resolver: chart, export and saved-query parameters all go through it."""
        candidates = self.find_entities(text, labels=labels)
        wanted = text.lower().strip()
        if not candidates:
            close = self.close_names(text, labels)
            hint = f"did you mean {', '.join(repr(n) for n in close)}?" if close else \
                "try part of its name, or run 'graph-intel stats' to see what is loaded"
            kind = f" ({' or '.join(labels)})" if labels else ""
            raise NotFound(f"no entity{kind} matches {text!r}; {hint}")
        exact = [c for c in candidates if c["id"].lower() == wanted or (c["name"] or "").lower() == wanted
                 or wanted in [a.lower() for a in c.get("aliases") or []]]
        if len(exact) == 1:
            return exact[0]
        if len(candidates) == 1:
            return candidates[0]
        listed = "; ".join(f"{c['name']} ({c['label']}, {c['id']})" for c in (exact or candidates)[:8])
        raise Ambiguous(f"{text!r} matches several entities: {listed}; use an id to choose one")

    def close_names(self, text: str, labels: tuple[str, ...] = (), limit: int = 3) -> list[str]:
        """Entity names spelled like ``text`` ('Roterdam' -> 'Rotterdam'), best first (rapidfuzz)."""
        from rapidfuzz import fuzz, process

        names = {e["name"] for e in self.entities(frozenset(labels) or None) if e.get("name")}
        found = process.extract(text, names, scorer=fuzz.WRatio, processor=str.lower, limit=limit, score_cutoff=80)
        return [name for name, _score, _ in found]

    def find_entities(self, text: str, limit: int = 10, labels: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        """Candidates for a name, alias or id typed by a user; exact matches first."""
        needle = text.strip().lower()
        rows = []
        for label in labels or self.onto.entity_labels:
            rows += [dict(row, label=label) for row in self._run(
                # LadybugDB cannot read a $parameter inside a list predicate: bind it with WITH first.
                f"MATCH (n:{label}) WITH n, $q AS q WHERE toLower(n.id) = q OR toLower(n.name) CONTAINS q "
                "OR any(a IN n.aliases WHERE toLower(a) CONTAINS q) "
                "RETURN n.id AS id, n.name AS name, n.aliases AS aliases", {"q": needle})]
        return graphdata.rank_candidates(rows, needle)[:limit]

    def claims_touching(self, ids: list[str], claim_filter: ClaimFilter,
                        dates: dict[str, str]) -> list[dict[str, Any]]:
        """Every kept claim with one end among `ids`: one portable statement per direction."""
        types, found = self._claim_types(claim_filter), []
        for where in ("a.id IN $ids", "b.id IN $ids") if types else ():
            found += self._run(self._neighbour_cypher(types, where), {"ids": ids})
        return [row for row in found if claim_filter.keeps_claim(self._annotate(row, dates))]

    def neighbourhood(self, entity_ids: list[str], depth: int = 1, claim_filter: ClaimFilter | None = None,
                      budget: int | None = None):
        """The entities within `depth` claims of the given ones, as a Subgraph. With a `budget`, an
        entity shows at most that many new neighbours, the first in drawing order (case facts
        first), and only those are followed further; the rest are counted in `Subgraph.more`, so a
        hub at depth 2 is a readable chart, not the whole graph."""
        claim_filter = claim_filter or ClaimFilter()
        dates = self._dates()
        seen, frontier, rows, more = set(entity_ids), list(entity_ids), {}, {}
        for _ in range(max(depth, 0)):
            if not frontier:
                break
            found = self.claims_touching(frontier, claim_filter, dates)
            kept, more_here = graphdata.within_budget(found, frontier, seen, budget)
            more.update(more_here)
            next_frontier = []
            for row in kept:
                rows[(row["source"], row["type"], row["target"], row["doc_id"], row["evidence_start"])] = row
                for end in (row["source"], row["target"]):
                    if end not in seen:
                        seen.add(end)
                        next_frontier.append(end)
            frontier = next_frontier
        subgraph = graphdata.subgraph_from_claims(list(rows.values()), self._nodes(seen), focus=list(entity_ids))
        subgraph.more = more
        return subgraph

    def path(self, source_id: str, target_id: str, max_hops: int = 6, claim_filter: ClaimFilter | None = None):
        """A shortest path between two entities (breadth-first over claims,
        either direction); each link carries the evidence of its claims.
        An empty Subgraph when none exists within `max_hops`."""
        claim_filter = claim_filter or ClaimFilter()
        dates = self._dates()
        between = defaultdict(list)   # {frozenset of two ends: claims}, filled as the search goes

        def steps(frontier):
            here = set(frontier)
            for row in self.claims_touching(frontier, claim_filter, dates):
                between[frozenset((row["source"], row["target"]))].append(row)
                for a, b in ((row["source"], row["target"]), (row["target"], row["source"])):
                    if a in here:
                        yield a, b

        ids = graphdata.shortest_route(source_id, target_id, steps, max_hops)
        if not ids:
            return graphdata.subgraph_from_claims([], [], focus=[source_id, target_id])
        rows = [row for u, v in zip(ids, ids[1:]) for row in between[frozenset((u, v))]]
        subgraph = graphdata.subgraph_from_claims(rows, self._nodes(ids), focus=[source_id, target_id])
        order = {entity_id: i for i, entity_id in enumerate(ids)}
        subgraph.nodes.sort(key=lambda n: order[n.id])
        subgraph.links.sort(key=lambda l: min(order[l.source], order[l.target]))
        return subgraph

    def subgraph(self, claim_filter: ClaimFilter | None = None):
        rows = list(self.claims(claim_filter))
        ids = {r["source"] for r in rows} | {r["target"] for r in rows}
        return graphdata.subgraph_from_claims(rows, self._nodes(ids))

    def _nodes(self, ids) -> list[dict[str, Any]]:
        by_label = defaultdict(list)
        for entity_id in ids:
            by_label[graphdata.label_of(entity_id, self.onto)].append(entity_id)
        nodes = []
        for label, group in by_label.items():
            for row in self._run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n", {"ids": group}):
                nodes.append(graphdata.entity_row(dict(row["n"], _label=label), self.onto))
        return nodes


def _same_file(given: str, loaded: str | None) -> bool:
    return bool(loaded) and Path(given).expanduser().resolve() == Path(loaded).expanduser().resolve()
