"""The Neo4j store: a Neo4j 5 server over Bolt with the official `neo4j` driver.

Same contract as the embedded store (graph_intel.store.base): one write
transaction per document, claims created only when the document is new, so
reloading changes nothing and remove_document takes away exactly one
document's contribution. Reads are the portable Cypher of PortableReads,
run in READ access mode, which the server enforces. Driver errors are
translated into graph_intel.errors in one place (`_translated`)."""
from __future__ import annotations

import logging
import os
import re
import time
from collections import defaultdict
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from graph_intel.errors import GraphIntelError, ReadOnlyViolation, StoreError, StoreUnavailable
from graph_intel.model import Ontology, ontology
from graph_intel.store.readonly import check_read_only
from graph_intel.records import Extraction
from graph_intel.store import graphdata
from graph_intel.store.base import BatchResult, WriteResult
from graph_intel.store.reads import PortableReads
from graph_intel.store.schema import neo4j_constraints

USER_ENV, PASSWORD_ENV, DATABASE_ENV = "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"
CONNECT_BUDGET_S = 3.0      # verify_connectivity retries within this; an error is reported well under 5 s
CONNECTION_TIMEOUT_S = 2.0  # one TCP/Bolt handshake
RETRY_TIME_S = 3.0          # managed transactions retry transient errors this long (driver default 30 s)
QUERY_TIMEOUT_S = 60.0      # the server stops a runaway ad-hoc query
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
REASON = re.compile(r"\(reason ([^)]*)\)")

# The driver logs each failed routing attempt as a WARNING; with no logging
# configured Python would print them to stderr around our one-line error.
logging.getLogger("neo4j").addHandler(logging.NullHandler())


class Neo4jStore(PortableReads):
    """Neo4j-backed GraphStore. Credentials from arguments or $NEO4J_USER /
    $NEO4J_PASSWORD, database from $NEO4J_DATABASE (default: the server's home database)."""

    backend = "neo4j"

    def __init__(self, uri: str, *, user: str | None = None, password: str | None = None,
                 database: str | None = None, read_only: bool = False, onto: Ontology | None = None) -> None:
        self.onto = onto or ontology()
        self.uri = masked_uri(uri)   # for messages: a password written in the URI is never printed
        self.read_only = read_only
        self.database = database or os.environ.get(DATABASE_ENV) or None
        self.user = user or os.environ.get(USER_ENV) or "neo4j"
        self._driver = _connect(uri, self.user, password if password is not None
                                else os.environ.get(PASSWORD_ENV, ""))
        if not read_only:
            self._create_schema()
            self._count_links_never_counted()

    # -- opening ---------------------------------------------------------
    def _create_schema(self) -> None:
        statements = neo4j_constraints(self.onto) + claim_indexes(self.onto)
        with self._translated(), self._driver.session(database=self.database) as session:
            for statement in statements:
                session.run(statement).consume()

    def _count_links_never_counted(self) -> None:
        """A graph written before claims carried link_documents: a type with claims and no count on
        any of them is counted once (an index answers the check)."""
        never = [rel for rel in self.onto.claim_types
                 if self._count(f"MATCH ()-[r:{rel}]->() RETURN count(r) AS c")
                 and not self._run(f"MATCH ()-[r:{rel}]->() WHERE r.link_documents IS NOT NULL "
                                   "RETURN 1 AS one LIMIT 1")]
        if never:
            self.transact(lambda run: graphdata.count_links_afresh(run, self.onto, never), "link counts")

    def close(self) -> None:
        self._driver.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _translated(self) -> Iterator[None]:
        try:
            yield
        except GraphIntelError:
            raise
        except Exception as exc:  # noqa: BLE001 - every driver error becomes one of ours, here only
            raise translate(exc, self.uri, self.user) from None

    # -- low level -------------------------------------------------------
    def _session(self, read: bool):
        import neo4j
        mode = neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS
        return self._driver.session(database=self.database, default_access_mode=mode)

    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Read rows as plain dicts (nodes and relationships become property dicts with `_label`)."""
        with self._translated(), self._session(read=True) as session:
            return session.execute_read(_fetch, cypher, params or {})

    # -- writing ---------------------------------------------------------
    def write(self, extraction: Extraction, *, replace: bool = False, count_links: bool = True) -> WriteResult:
        self._require_writable()
        plan = graphdata.write_plan(extraction, self.onto)

        def write_plan(tx) -> WriteResult:
            # One transaction: after a crash the document is the old version or the new one, never absent.
            if replace:
                self._remove(tx, plan.document["id"])
            done = self._write_plan(tx, plan)
            if count_links and done.written:
                graphdata.recount_links(_runner(tx), self.onto, graphdata.links_of(plan))
            return done
        with self._translated(), self._session(read=False) as session:
            return session.execute_write(write_plan)

    @contextmanager
    def one_checkpoint(self):
        """The server checkpoints on its own schedule: nothing to defer here."""
        yield

    def write_many(self, plans: list[graphdata.WritePlan], *, bulk: bool = True) -> BatchResult:
        self._require_writable()   # batched UNWIND either way: `bulk` changes nothing here
        with self._translated(), self._session(read=False) as session:
            return session.execute_write(self._write_fresh, plans)

    def _write_fresh(self, tx, plans: list[graphdata.WritePlan]) -> BatchResult:
        return graphdata.write_fresh(_runner(tx),
                                     lambda plan: self._write_plan(tx, plan), plans)

    def _write_plan(self, tx, plan: graphdata.WritePlan) -> WriteResult:
        doc_id = plan.document["id"]
        # Checked inside the write transaction: two loaders of one document cannot both create its claims.
        if tx.run("MATCH (d:Document {id: $id}) RETURN count(d) AS n", id=doc_id).single()["n"]:
            return WriteResult(doc_id, written=False)
        tx.run("UNWIND $rows AS r CREATE (d:Document) SET d = r",
               rows=[_present(d) for d in plan.documents]).consume()
        added = sum(self._upsert_nodes(tx, label, rows) for label, rows in plan.nodes.items())
        for label, rows in plan.mentions.items():
            tx.run(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) MATCH (d:Document {{id: r.doc}}) "
                   f"CREATE (n)-[:MENTIONED_IN {graphdata.row_map(rows[0], skip=('id', 'doc'))}]->(d)",
                   rows=rows).consume()
        claims = 0
        for (rel, source_label, target_label), rows in plan.claims.items():
            tx.run(f"UNWIND $rows AS r MATCH (a:{source_label} {{id: r.source}}) "
                   f"MATCH (b:{target_label} {{id: r.target}}) "
                   f"CREATE (a)-[:{rel} {graphdata.row_map(rows[0], skip=('source', 'target'))}]->(b)",
                   rows=rows).consume()
            claims += len(rows)
        return WriteResult(doc_id, written=True, nodes_added=added, claims_added=claims)

    @staticmethod
    def _upsert_nodes(tx, label: str, rows: list[dict[str, Any]]) -> int:
        """MERGE on id (Neo4j has a uniqueness constraint per label, so this is
        fast); a new node takes every property, an existing one gains aliases
        and only the properties it lacks — as in the embedded store."""
        ids = [r["id"] for r in rows]
        existing = {rec["id"] for rec in tx.run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n.id AS id",
                                                ids=ids)}
        keep = [k for k in rows[0] if k not in graphdata.NOT_FILLED]
        on_match = ", ".join(["n.aliases = reduce(acc = coalesce(n.aliases, []), a IN r.aliases | "
                              "CASE WHEN a IN acc THEN acc ELSE acc + a END)"]
                             + [f"n.{k} = coalesce(n.{k}, r.{k})" for k in keep])
        tx.run(f"UNWIND $rows AS r MERGE (n:{label} {{id: r.id}}) "
               f"ON CREATE SET n += r ON MATCH SET {on_match}", rows=rows).consume()
        return len(set(ids) - existing)

    def transact(self, work, what: str):
        """Run `work(run)` in one write transaction (`run(cypher, params)` returns rows): all of it
        or none. For writes written once in Cypher both engines accept (graph_intel.review)."""
        self._require_writable()
        with self._translated(), self._session(read=False) as session:
            return session.execute_write(lambda tx: work(_runner(tx)))

    def remove_document(self, doc_id: str) -> None:
        """Remove exactly what one document contributed: its claims, its
        mentions, the entities no other document mentions, the aliases only it gave."""
        self._require_writable()
        with self._translated(), self._session(read=False) as session:
            session.execute_write(self._remove, doc_id)

    def _remove(self, tx, doc_id: str) -> None:
        touched = [dict(rec) for rec in tx.run(
            "MATCH (n)-[:MENTIONED_IN]->(d:Document {id: $doc}) RETURN n.id AS id, labels(n)[0] AS label",
            doc=doc_id)]
        if not touched and not tx.run("MATCH (d:Document {id: $doc}) RETURN d", doc=doc_id).peek():
            return
        unstated = [(rel, row["source"], row["target"]) for rel in self.onto.claim_types
                    for row in _fetch(tx, graphdata.DELETE_CLAIMS_OF_DOCUMENT.format(rel=rel), {"doc": doc_id})]
        tx.run("MATCH (d:Document {id: $doc}) DETACH DELETE d", doc=doc_id).consume()
        by_label = defaultdict(list)
        for row in touched:
            by_label[row["label"]].append(row["id"])
        for label, ids in by_label.items():
            tx.run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) WHERE NOT EXISTS "
                   "{ MATCH (n)-[:MENTIONED_IN]->(:Document) } DETACH DELETE n", ids=ids).consume()
            remaining = [dict(rec) for rec in tx.run(
                f"UNWIND $ids AS i MATCH (n:{label} {{id: i}})-[m:MENTIONED_IN]->(d:Document) "
                "RETURN n.id AS id, m.given AS given, m.texts AS texts, m.merged_from AS merged_from, "
                "d.loaded_at AS loaded_at, d.id AS doc",
                ids=ids)]
            rows = graphdata.rebuilt_nodes(remaining, label, self.onto)
            if rows:
                assignments = ", ".join(f"n.{k} = r.{k}" for k in rows[0] if k != "id")   # null removes
                tx.run(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET {assignments}", rows=rows).consume()
        graphdata.recount_links(_runner(tx), self.onto, unstated)

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyViolation(f"the Neo4j store at {self.uri} is open read-only")

    # -- reading ---------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Read-only Cypher with bound parameters: the lexical guard, then a
        READ transaction the server refuses to write in."""
        import neo4j
        check_read_only(cypher)
        with self._translated(), self._session(read=True) as session:
            return session.execute_read(_fetch, neo4j.Query(cypher, timeout=QUERY_TIMEOUT_S), params or {})


def claim_indexes(onto: Ontology) -> list[str]:
    """Indexes per claim type: on doc_id, so removing a document does not scan every claim; on
    link_documents, for the corroboration queries and the check of a graph never counted."""
    return [f"CREATE INDEX {rel.lower()}_{field} IF NOT EXISTS FOR ()-[r:{rel}]-() ON (r.{field})"
            for rel in onto.claim_types for field in ("doc_id", "link_documents")]


def _connect(uri: str, user: str, password: str):
    """A driver whose server answered within CONNECT_BUDGET_S, or StoreUnavailable."""
    import neo4j
    from neo4j.exceptions import ServiceUnavailable, SessionExpired
    scheme = uri.split("://", 1)[0].lower() if "://" in uri else ""
    if scheme not in SCHEMES:
        raise StoreUnavailable(f"cannot use Neo4j URI {masked_uri(uri)!r}: the scheme must be one of "
                               f"{', '.join(SCHEMES)}, e.g. bolt://localhost:7687")
    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(user, password), connection_timeout=CONNECTION_TIMEOUT_S,
                                            max_transaction_retry_time=RETRY_TIME_S,
                                            connection_acquisition_timeout=CONNECT_BUDGET_S)
    except Exception as exc:  # noqa: BLE001 - a malformed URI or unsupported scheme
        raise translate(exc, uri, user) from None
    deadline = time.monotonic() + CONNECT_BUDGET_S
    delay = 0.2
    while True:
        try:
            driver.verify_connectivity()
            return driver
        except (ServiceUnavailable, SessionExpired) as exc:
            # A server still starting (docker compose up) refuses connections for a moment: retry briefly.
            if time.monotonic() + delay >= deadline:
                driver.close()
                raise translate(exc, uri, user) from None
            time.sleep(delay)
            delay *= 2
        except Exception as exc:  # noqa: BLE001 - wrong credentials and the like: no retry
            driver.close()
            raise translate(exc, uri, user) from None


def masked_uri(uri: str) -> str:
    """``bolt://user:secret@host`` as ``bolt://user:***@host``."""
    return re.sub(r"(://[^/@:]*:)[^/@]*@", r"\1***@", uri)


def translate(exc: Exception, uri: str, user: str = "neo4j") -> GraphIntelError:
    """One neo4j driver exception as a one-line graph-intel error that says what to do."""
    from neo4j import exceptions as ne
    uri = masked_uri(uri)
    message = _reason(exc)
    code = getattr(exc, "code", "") or ""
    if isinstance(exc, ne.AuthError) or "Security.Unauthorized" in code:
        return StoreUnavailable(f"Neo4j at {uri} refused the credentials of user {user!r}; "
                                "check NEO4J_USER and NEO4J_PASSWORD")
    if isinstance(exc, (ne.ServiceUnavailable, ne.SessionExpired)):
        return StoreUnavailable(f"cannot reach Neo4j at {uri} ({message}); start it (docker compose up -d) "
                                "or check --neo4j / NEO4J_URI")
    if isinstance(exc, (ne.ConfigurationError, ValueError)):
        return StoreUnavailable(f"cannot use Neo4j URI {uri!r}: {message}; expected e.g. bolt://localhost:7687")
    if "Database.DatabaseNotFound" in code:
        return StoreUnavailable(f"Neo4j at {uri} has no database {message}; check NEO4J_DATABASE")
    if "AccessMode" in code or "Forbidden" in code or "WriteOnReadOnlyAccessDbException" in code:
        return ReadOnlyViolation("query refused: it would write to the graph; queries run read-only")
    if "Statement.SyntaxError" in code or "Statement." in code:
        return StoreError(f"query failed: {message}")
    return StoreError(f"Neo4j error: {message}")


def _reason(exc: BaseException) -> str:
    """The useful part of a driver message ("[Errno 111] Connection refused"), on one line."""
    seen = exc
    while seen is not None:
        found = REASON.search(str(seen))
        if found:
            return found.group(1)
        seen = seen.__cause__
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(text.split())


def _runner(tx) -> Callable[..., list[dict[str, Any]]]:
    """`run(cypher, params)` inside transaction `tx`, as graphdata's backend-neutral writes take it."""
    return lambda cypher, params=None: _fetch(tx, cypher, params or {})


def _fetch(tx, query, params: dict[str, Any]) -> list[dict[str, Any]]:
    result = tx.run(query, params)
    return [{key: _plain(value) for key, value in record.items()} for record in result]


def _plain(value: Any) -> Any:
    """Driver values to the plain Python the embedded store returns."""
    from neo4j.graph import Node, Path, Relationship
    if isinstance(value, Node):
        out = {k: _plain(v) for k, v in value.items()}
        out["_label"] = next(iter(value.labels), None)
        return out
    if isinstance(value, Relationship):
        out = {k: _plain(v) for k, v in value.items()}
        out["_label"] = value.type
        return out
    if isinstance(value, Path):
        return {"nodes": [_plain(n) for n in value.nodes], "relationships": [_plain(r) for r in value.relationships]}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):  # neo4j.time.Date / DateTime
        return value.iso_format()
    return value


def _present(row: dict[str, Any]) -> dict[str, Any]:
    """Neo4j stores no nulls: an absent property is the same as null."""
    return {k: v for k, v in row.items() if v is not None}
