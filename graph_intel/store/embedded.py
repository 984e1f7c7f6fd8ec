"""The embedded store: a LadybugDB database file, no server.

Writes follow the measured fast forms (NOTES-dependencies §1.7): node upserts
as an existence check then CREATE / SET, relationships created with separate
MATCH clauses, one explicit transaction per document. A bulk load's batch of
documents goes in by COPY FROM Arrow columns, one transaction per batch."""
from __future__ import annotations

import re
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa

from graph_intel.errors import ReadOnlyViolation, StoreError, StoreUnavailable
from graph_intel.model import Ontology, ontology
from graph_intel.store.readonly import check_read_only
from graph_intel.records import Extraction
from graph_intel.store import graphdata
from graph_intel.store.base import BatchResult, WriteResult
from graph_intel.store.reads import PortableReads
from graph_intel.store.schema import ladybug_ddl

LOCK_PID = re.compile(r"Lock is held by PID (\d+)")
TRANSIENT = ("checkpoint recovery is pending", "Checksum verification failed", "Reading past the end")
CHECKPOINT_BYTES = 256 * 1024 * 1024
ARROW_TYPES = {"STRING": pa.string(), "INT64": pa.int64(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
               "STRING[]": pa.list_(pa.string())}
ARROW_ROWS = 300   # results this long are read through Arrow (measured crossover)


class EmbeddedStore(PortableReads):
    """LadybugDB-backed GraphStore. `path=None` gives an in-memory database."""

    backend = "embedded"

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False,
                 onto: Ontology | None = None) -> None:
        import ladybug

        self.onto = onto or ontology()
        self.db_path = str(path) if path else ":memory:"
        self.read_only = read_only and self.db_path != ":memory:"
        self._db = self._open(ladybug, self.db_path, self.read_only)
        self._conn = ladybug.Connection(self._db)
        self._copy_usable = True
        if not self.read_only:
            self._create_schema()
            # Checkpoint the log every 256 MB, not every 16 MB: loading 1,500 releases one by one took
            # 33.1 s with the engine's default and 23.3 s with this (the log is replayed after a crash).
            self._conn.execute(f"CALL checkpoint_threshold={CHECKPOINT_BYTES}")
        elif "Document" not in self._tables():
            self.close()
            raise StoreUnavailable(f"{self.db_path} holds no graph-intel graph (an empty database, or one a first "
                                   "load never finished); load documents into it, or use --db for another file")
        elif self._missing_columns():
            # A database an older graph-intel made: its tables gain the ontology's new columns once,
            # as the next write would add them, so reading it never fails on a missing property.
            self.close()
            EmbeddedStore(self.db_path, onto=self.onto).close()
            self._db = self._open(ladybug, self.db_path, True)
            self._conn = ladybug.Connection(self._db)

    # -- opening ---------------------------------------------------------
    @staticmethod
    def _open(ladybug, path: str, read_only: bool):
        if path != ":memory:":
            if Path(path).exists() and not Path(path).is_file():
                raise StoreUnavailable(f"{path} is not a database file (a folder, pipe or device); "
                                       "point --db at a .lbug file")
            if read_only and not Path(path).exists():
                raise StoreUnavailable(f"no database at {path}; load documents first "
                                       "(graph-intel load PATH...) or point --db at an existing file")
            if not read_only:
                Path(path).parent.mkdir(parents=True, exist_ok=True)
        attempts = 5 if read_only else 1
        for attempt in range(attempts):
            try:
                return ladybug.Database(path, read_only=read_only)
            except RuntimeError as exc:
                message = str(exc)
                # A reader opening while the writer checkpoints gets transient errors: retry.
                if read_only and any(t in message for t in TRANSIENT) and attempt + 1 < attempts:
                    time.sleep(0.1 * 2 ** attempt)
                    continue
                if read_only and "checkpoint recovery is pending" in message:
                    # A writer killed while checkpointing left its log: replay it, as the next write would.
                    EmbeddedStore._open(ladybug, path, read_only=False).close()
                    return ladybug.Database(path, read_only=True)
                raise StoreUnavailable(_open_error(path, message)) from None
        raise AssertionError("unreachable")

    def _tables(self) -> set[str]:
        return {row[1] for row in self._conn.execute("CALL show_tables() RETURN *").get_all()}

    def _create_schema(self) -> None:
        existing = self._tables()
        uncounted = []
        for statement in ladybug_ddl(self.onto):
            name = statement.split("EXISTS ", 1)[1].split("(", 1)[0]
            if name not in existing:
                self._conn.execute(statement)
            elif "link_documents" in self._add_new_columns(name) and name in self.onto.claim_types:
                uncounted.append(name)
        if uncounted:   # the claims stored before claims carried link_documents
            graphdata.count_links_afresh(self._run, self.onto, uncounted)

    def _missing_columns(self) -> bool:
        tables = self._tables()
        return any(name not in tables or set(self._wanted_columns(name)) - self._columns(name)
                   for name in [*self.onto.labels, *self.onto.relationships])

    def _columns(self, table: str) -> set[str]:
        return {row[1] for row in self._conn.execute(f"CALL table_info('{table}') RETURN *").get_all()}

    def _wanted_columns(self, table: str) -> dict[str, str]:
        return self.onto.node_properties(table) if table in self.onto.labels else self.onto.claim_properties(table)

    def _add_new_columns(self, table: str) -> list[str]:
        """A database made before the ontology gained a property gets the column (empty), so an
        older graph keeps loading; its claims get the value when their document is loaded again."""
        have, wanted = self._columns(table), self._wanted_columns(table)
        added = [name for name in wanted if name not in have]
        for name in added:
            self._conn.execute(f"ALTER TABLE {table} ADD {name} {wanted[name]}")
        return added

    def close(self) -> None:
        self._conn.close()
        self._db.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- low level -------------------------------------------------------
    def _run(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        result = self._conn.execute(cypher, params or {})
        columns = result.get_column_names()
        if result.get_num_tuples() < ARROW_ROWS:
            rows = []
            while result.has_next():
                rows.append(dict(zip(columns, (graphdata.plain(v) for v in result.get_next()))))
            return rows
        # Many rows through Arrow: about twice as fast as row by row on the tens of thousands of claims
        # a hub's neighbourhood reads (but 0.7 ms to set up, so not for the few rows most statements
        # return). Nodes, relationships and lists come back as nested values.
        table = result.get_as_arrow()
        rows = table.to_pylist()
        nested = [f.name for f in table.schema if pa.types.is_nested(f.type)]
        for row in rows if nested else ():
            for column in nested:
                row[column] = graphdata.plain(row[column])
        return rows

    # -- writing ---------------------------------------------------------
    def write(self, extraction: Extraction, *, replace: bool = False, count_links: bool = True) -> WriteResult:
        self._require_writable()
        plan = graphdata.write_plan(extraction, self.onto)
        doc_id = extraction.document.id
        stored = self.has_document(doc_id)
        if stored and not replace:
            return WriteResult(doc_id, written=False)

        def write_plan():
            # One transaction: after a crash the document is the old version or the new one, never absent.
            if stored:
                self._remove(doc_id)
            done = self._write_plan(plan)
            if count_links:
                graphdata.recount_links(self._run, self.onto, graphdata.links_of(plan))
            return done
        unchanged = "the old version is kept" if stored else "the graph is unchanged"
        return self._in_transaction(write_plan, doc_id, unchanged)

    def write_many(self, plans: list[graphdata.WritePlan], *, bulk: bool = True) -> BatchResult:
        self._require_writable()
        copy = bulk and self._copy_usable
        try:
            return self._in_transaction(
                lambda: graphdata.write_fresh(self._run, lambda plan: self._write_plan(plan, copy), plans),
                f"{len(plans)} documents")
        except StoreError:
            # After a COPY fails inside a transaction, LadybugDB 0.22 can corrupt its memory on the next
            # COPY (measured: abort or segfault). The batch was rolled back; this store writes by UNWIND
            # from now on, and the loader retries the batch one document at a time.
            self._copy_usable = False
            raise

    def _in_transaction(self, work, doc_id: str, unchanged: str = "the graph is unchanged"):
        self._conn.execute("BEGIN TRANSACTION")
        try:
            result = work()
            self._conn.execute("COMMIT")
            return result
        except Exception as exc:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:
                pass  # LadybugDB already rolled back the failed transaction
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"{doc_id}: not stored, {unchanged} ({exc})") from exc

    def _write_plan(self, plan: graphdata.WritePlan, copy: bool = False) -> WriteResult:
        """Write a document's plan (or several documents' combined). With `copy`, what is new goes in
        through the engine's COPY FROM Arrow columns instead of UNWIND parameters: a batch of thousands
        of documents is written in a few statements, without converting each value to a parameter."""
        create = self._copy_rows if copy else self._create_rows
        create("Document", plan.documents)
        added, new_ids = 0, set()
        for label, rows in plan.nodes.items():
            ids = [r["id"] for r in rows]
            existing = {r["n"]["id"]: r["n"] for r in self._run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) RETURN n",
                                                                {"ids": ids})}
            new = [r for r in rows if r["id"] not in existing]
            new_ids.update(r["id"] for r in new)
            # A SET that changes nothing still costs a write: only nodes this document adds to.
            old = [r for r in rows if r["id"] in existing and graphdata.adds_to(existing[r["id"]], r)]
            create(label, new)
            added += len(new)
            if old:
                old = graphdata.without_empty_columns(old, keep=("id", "aliases"))
                self._conn.execute(f"UNWIND $rows AS r MATCH (n:{label} {{id: r.id}}) SET "
                                   + graphdata.merge_assignments(old[0]), {"rows": old})
        for label, rows in plan.mentions.items():
            create("MENTIONED_IN", rows, ends=(label, "id", "Document", "doc"))
        graphdata.count_links_among_new(plan, new_ids)
        claims = 0
        for (rel, source_label, target_label), rows in plan.claims.items():
            create(rel, rows, ends=(source_label, "source", target_label, "target"))
            claims += len(rows)
        return WriteResult(plan.document["id"], written=True, nodes_added=added, claims_added=claims)

    def _create_rows(self, table: str, rows: list[dict[str, Any]], ends: tuple[str, str, str, str] | None = None) -> None:
        """New nodes (or, with `ends` = (source label, key, target label, key), links) by UNWIND."""
        if not rows:
            return
        if ends is None:
            rows = graphdata.without_empty_columns(rows)
            self._conn.execute(f"UNWIND $rows AS r CREATE (:{table} {graphdata.row_map(rows[0])})", {"rows": rows})
            return
        source, source_key, target, target_key = ends
        rows = graphdata.without_empty_columns(rows, keep=(source_key, target_key))
        self._conn.execute(
            f"UNWIND $rows AS r MATCH (a:{source} {{id: r.{source_key}}}) MATCH (b:{target} {{id: r.{target_key}}}) "
            f"CREATE (a)-[:{table} {graphdata.row_map(rows[0], skip=(source_key, target_key))}]->(b)", {"rows": rows})

    def _copy_rows(self, table: str, rows: list[dict[str, Any]], ends: tuple[str, str, str, str] | None = None) -> None:
        """The same rows as _create_rows, through COPY FROM an Arrow table typed by the ontology."""
        if not rows:
            return
        kinds = self._wanted_columns(table)
        # The two ends come first (COPY reads a link's ends by position). Arrow reads the rows' dicts
        # itself (a third of the time of building each column from a Python list), and a column no
        # row fills is left out, as _create_rows leaves it out.
        ends_first = [pa.field(key, pa.string()) for key in (ends[1], ends[3])] if ends else []
        typed = pa.Table.from_pylist(rows, schema=pa.schema(
            ends_first + [pa.field(k, ARROW_TYPES[kind]) for k, kind in kinds.items()]))
        columns = [k for k in kinds if typed.column(k).null_count < len(rows)]
        batch = typed.select([f.name for f in ends_first] + columns)
        pair = f" (from='{ends[0]}', to='{ends[2]}')" if ends else ""
        self._conn.execute(f"COPY {table}({', '.join(columns)}) FROM batch{pair}")   # reads `batch` by name
        del batch

    @contextmanager
    def one_checkpoint(self):
        """A load's writes with one checkpoint, at the end. Each commit that copied rows in made the
        engine checkpoint (15,000 releases in COPY batches: 29.6 s, 14.4 s with one checkpoint); the
        committed batches stay durable in the log meanwhile (a crash replays it on the next open). The
        checkpoint comes before the links are counted: counting over the log was three times slower."""
        self._require_writable()
        self._conn.execute("CALL auto_checkpoint=false")
        try:
            yield
        finally:
            self._conn.execute("CALL auto_checkpoint=true")
            self._conn.execute("CHECKPOINT")

    def transact(self, work, what: str):
        """Run `work(run)` in one write transaction (`run(cypher, params)` returns rows): all of it
        or none. For writes written once in Cypher both engines accept (graph_intel.review)."""
        self._require_writable()
        return self._in_transaction(lambda: work(self._run), what)

    def remove_document(self, doc_id: str) -> None:
        """Remove exactly what one document contributed: its claims, its
        mentions, the entities no other document mentions, the aliases only it gave."""
        self._require_writable()
        if self.has_document(doc_id):
            self._in_transaction(lambda: self._remove(doc_id), doc_id)

    def _remove(self, doc_id: str) -> None:
        """remove_document's work, inside the caller's transaction."""
        touched = self._run("MATCH (n)-[:MENTIONED_IN]->(d:Document {id: $doc}) "
                            "RETURN n.id AS id, label(n) AS label", {"doc": doc_id})
        unstated = [(rel, row["source"], row["target"]) for rel in self.onto.claim_types
                    for row in self._run(graphdata.DELETE_CLAIMS_OF_DOCUMENT.format(rel=rel), {"doc": doc_id})]
        self._conn.execute("MATCH ()-[m:MENTIONED_IN]->(d:Document {id: $doc}) DELETE m", {"doc": doc_id})
        self._conn.execute("MATCH (d:Document {id: $doc}) DELETE d", {"doc": doc_id})
        by_label = defaultdict(list)
        for row in touched:
            by_label[row["label"]].append(row["id"])
        for label, ids in by_label.items():
            self._conn.execute(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}}) WHERE NOT EXISTS "
                               "{ MATCH (n)-[:MENTIONED_IN]->(:Document) } DETACH DELETE n", {"ids": ids})
            remaining = self._run(f"UNWIND $ids AS i MATCH (n:{label} {{id: i}})-[m:MENTIONED_IN]->(d:Document) "
                                  "RETURN n.id AS id, m.given AS given, m.texts AS texts, m.merged_from AS merged_from, "
                                  "d.loaded_at AS loaded_at, d.id AS doc", {"ids": ids})
            graphdata.set_nodes(self._run, label, graphdata.rebuilt_nodes(remaining, label, self.onto))
        graphdata.recount_links(self._run, self.onto, unstated)

    def _require_writable(self) -> None:
        if self.read_only:
            raise ReadOnlyViolation(f"{self.db_path} is open read-only")

    # -- reading ---------------------------------------------------------
    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        check_read_only(cypher)
        try:
            self._conn.execute("BEGIN TRANSACTION READ ONLY")
        except RuntimeError as exc:
            raise StoreError(f"cannot start a read-only transaction ({exc})") from None
        try:
            return self._run(cypher, params)
        except RuntimeError as exc:
            message = str(exc)
            if "read-only" in message or "read only" in message.lower():
                raise ReadOnlyViolation("query refused: it would write to the graph; "
                                        "queries run read-only") from None
            raise StoreError(f"query failed: {message.splitlines()[0]}") from None
        finally:
            try:
                self._conn.execute("ROLLBACK")
            except RuntimeError:
                pass


def _open_error(path: str, message: str) -> str:
    pid = LOCK_PID.search(message)
    if pid:
        return (f"database {path} is locked by another graph-intel process (pid {pid.group(1)}); "
                "wait for it or use --db for another file")
    if "not a valid" in message:
        return f"{path} is not a graph-intel database file; use --db to choose another path"
    return f"cannot open database {path}: {message.splitlines()[0]}"
