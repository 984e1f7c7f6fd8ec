"""`graph-intel query` driven through click, on real embedded databases."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from graph_intel.cli import main
from graph_intel.queries import saved_queries


def invoke(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_list_shows_every_saved_query_with_its_description():
    result = invoke("query", "--list", "--format", "json")
    assert result.exit_code == 0
    listed = json.loads(result.output)
    assert len(listed) >= 15 and {q["name"] for q in listed} == set(saved_queries())
    assert all(q["description"] for q in listed)


def test_describe_shows_parameters_and_an_example():
    result = invoke("query", "--describe", "link-evidence")
    assert result.exit_code == 0
    assert "source  ENTITY  (required)" in result.output
    assert "graph-intel query link-evidence -p source=agency:europol -p target=" in result.output


def test_saved_query_as_json_and_csv(tiny_db):
    result = invoke("query", "platform-users", "-p", "platform=platform:sky-ecc", "--db", str(tiny_db),
                    "--format", "json")
    assert result.exit_code == 0
    assert [r["user"] for r in json.loads(result.output)] == ["organisation:balkan-cartel"]
    result = invoke("query", "seizures-by-commodity", "--db", str(tiny_db), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [(r["commodity"], r["total_kg"]) for r in rows] == [("cocaine", "7200.0"), ("heroin", "60.0")]


@pytest.mark.parametrize("args, message", [
    (["agencies-in-operation"], "missing operation. It expects: operation ENTITY:Operation"),
    (["agencies-in-operation", "-p", "operation=x", "-p", "since=2020-01-01"], "unknown since"),
    (["co-participation", "-p", "min_operations=many"], "'many' is not a valid INT64"),
    (["no-such-query"], "no saved query named 'no-such-query'"),
    (["agencies-in-operation", "-p", "operation"], "is not KEY=VALUE"),
])
def test_parameter_errors_are_one_line_and_name_what_is_expected(tiny_db, args, message):
    result = invoke("query", *args, "--db", str(tiny_db))
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


@pytest.mark.parametrize("cypher", [
    "CREATE (:Agency {id: 'agency:mole', name: 'Mole'})",
    "MATCH (a:Agency) SET a.name = 'owned'",
    "MATCH (n) DETACH DELETE n",
    "MERGE (p:Platform {id: 'platform:x'})",
    "CALL apoc.create.node(['Agency'], {id: 'agency:mole'})",
    "MATCH (n) RETURN count(n); MATCH (n) DETACH DELETE n",
])
def test_writes_through_query_file_are_refused_and_the_graph_is_unchanged(tmp_path, cypher):
    from graph_intel.store.embedded import EmbeddedStore
    from store.tiny_case import load_tiny_case
    db = tmp_path / "graph.lbug"
    with EmbeddedStore(db) as store:
        before = load_tiny_case(store).stats()
    script = tmp_path / "write.cypher"
    script.write_text(cypher, encoding="utf-8")
    result = invoke("query", "--file", str(script), "--db", str(db))
    assert result.exit_code == 1
    assert "refused" in result.output and "Traceback" not in result.output
    with EmbeddedStore(db, read_only=True) as store:
        assert store.stats() == before


def test_ad_hoc_file_with_parameters_and_macros(tiny_db, tmp_path):
    script = tmp_path / "adhoc.cypher"
    script.write_text("MATCH (a)-[r:{{claim_types}}]->(b) WHERE r.doc_id = $doc "
                      "RETURN {{rel_type(r)}} AS type, count(*) AS n ORDER BY type", encoding="utf-8")
    result = invoke("query", "--file", str(script), "-p", "doc=doc:tiny-europol-2024", "--db", str(tiny_db),
                    "--format", "json")
    assert result.exit_code == 0, result.output
    assert {r["type"]: r["n"] for r in json.loads(result.output)}["USED"] == 1


@pytest.mark.parametrize("value", [
    "x' OR 1=1 //",
    "operation:otf-balkan-cartel'}) MATCH (n) DETACH DELETE n //",
    "\") CREATE (:Agency {id: 'agency:mole'}) //",
    "$operation",
])
def test_parameter_values_carrying_cypher_change_nothing(tmp_path, value):
    from graph_intel.store.embedded import EmbeddedStore
    from store.tiny_case import load_tiny_case
    db = tmp_path / "graph.lbug"
    with EmbeddedStore(db) as store:
        before = load_tiny_case(store).stats()
    for name, key in (("agencies-in-operation", "operation"), ("find-entity", "text"),
                      ("entity-profile", "entity")):
        result = invoke("query", name, "-p", f"{key}={value}", "--db", str(db), "--format", "json")
        # The value is data: it matches no entity (an entity parameter says so, a search finds nothing).
        if saved_queries()[name].parameter(key).type == "ENTITY":
            assert result.exit_code == 1 and "no entity" in result.output and "matches" in result.output
        else:
            assert result.exit_code == 0 and json.loads(result.output) == [], result.output
    with EmbeddedStore(db, read_only=True) as store:
        assert store.stats() == before


def test_a_broken_query_file_is_reported_and_the_others_still_run(tmp_path, monkeypatch, tiny_db):
    team = tmp_path / "team-queries"
    team.mkdir()
    (team / "latin.cypher").write_bytes("// title: Caf\xe9\nMATCH (n) RETURN n".encode("latin-1"))
    (team / "headless.cypher").write_text("MATCH (n) RETURN n\n", encoding="utf-8")
    monkeypatch.setenv("GRAPH_INTEL_QUERIES", str(team))
    result = CliRunner().invoke(main, ["query", "--list", "--format", "json"])
    assert result.exit_code == 0 and "Traceback" not in result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2 and all("the query is left out" in line for line in warnings)
    assert any("latin.cypher: not UTF-8 text" in line for line in warnings)
    assert {q["name"] for q in json.loads(result.stdout)} >= {"platform-users", "seizures-by-commodity"}


def test_a_cypher_file_that_is_not_utf8_is_one_line(tmp_path, tiny_db):
    query = tmp_path / "mine.cypher"
    query.write_bytes("MATCH (n) WHERE n.name = 'Caf\xe9' RETURN n".encode("latin-1"))
    result = CliRunner().invoke(main, ["query", "--file", str(query), "--db", str(tiny_db)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.strip() == f"Error: {query}: not UTF-8 text (byte 29); save it as UTF-8"


def test_rows_cut_at_a_query_limit_are_said_to_be_cut(tiny_db):
    everything = CliRunner().invoke(main, ["query", "uncorroborated-claims", "--db", str(tiny_db), "--format", "json"])
    total = len(json.loads(everything.stdout))
    assert total > 1 and "note:" not in everything.stderr
    cut = CliRunner().invoke(main, ["query", "uncorroborated-claims", "-p", "limit=1", "--db", str(tiny_db),
                                    "--format", "csv"])
    assert len(cut.stdout.strip().splitlines()) == 2   # header and one row
    assert "note: 1 rows, the query's limit; there may be more (raise it with -p limit=N)" in cut.stderr


def test_entity_parameters_take_names_and_aliases_as_chart_does(seeded_db):
    """One resolver: 'Balkan Cartel' names the taskforce among operations (the cartel itself is an
    organisation), a misspelling gets close names, as chart gives them."""
    result = CliRunner().invoke(main, ["--db", str(seeded_db), "query", "agencies-in-operation", "-p",
                                       "operation=Balkan Cartel", "--format", "json"])
    rows = json.loads(result.stdout)
    assert rows and {r["operation"] for r in rows} == {"operation:operational-taskforce-balkan-cartel"}
    # The release says its action day came out of the taskforce: the action day's agencies answer
    # a question about the taskforce, each saying it came through the action day.
    agencies = {r["agency"]: (r["directly"], len(r["through"])) for r in rows}
    assert agencies["agency:europol"] == (True, 1)
    assert agencies["agency:nl-politie"] == agencies["agency:eurojust"] == (False, 1)
    by_id = CliRunner().invoke(main, ["--db", str(seeded_db), "query", "agencies-in-operation", "-p",
                                      "operation=operation:operational-taskforce-balkan-cartel", "--format", "json"])
    assert json.loads(by_id.stdout) == rows
    misspelt = CliRunner().invoke(main, ["--db", str(seeded_db), "query", "entity-profile", "-p", "entity=Europl"])
    chart = CliRunner().invoke(main, ["--db", str(seeded_db), "chart", "Europl"])
    assert misspelt.exit_code == chart.exit_code == 1 and misspelt.stderr == chart.stderr
    assert "did you mean 'Europol'" in misspelt.stderr


def test_a_port_named_by_two_documents_is_not_corroborated_by_them(tmp_path):
    """Rotterdam lies in the Netherlands by the gazetteer, not by either release: a reference fact.
    The operation both releases say the Dutch Customs took part in is a stated, corroborated link."""
    db = tmp_path / "graph.lbug"
    for name, day in (("first", "3 May 2024"), ("second", "9 May 2024")):
        (tmp_path / f"{name}.txt").write_text(
            f"Operation Tidewater results\n\nOn {day} the Dutch Customs seized 300 kg of cocaine in the port of "
            f"Rotterdam during Operation Tidewater, a {name} release says.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["--db", str(db), "load", str(tmp_path)]).exit_code == 0

    def rows(*args):
        result = CliRunner().invoke(main, ["--db", str(db), "query", *args, "--format", "json"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    corroborated = {(r["source_name"], r["type"], r["target_name"]): r["documents"]
                    for r in rows("corroborated-links")}
    assert corroborated.get(("Dutch Customs", "PARTICIPATED_IN", "Operation Tidewater")) == 2
    documents = {r["target_name"]: r["doc_ids"] for r in rows("corroborated-links", "-p", "type=PARTICIPATED_IN")}
    assert len(set(documents["Operation Tidewater"])) == len(documents["Operation Tidewater"]) == 2
    assert not [key for key in corroborated if key[1] == "LOCATED_IN"]
    assert not [r for r in rows("uncorroborated-claims") if r["type"] == "LOCATED_IN"]
    chart = CliRunner().invoke(main, ["--db", str(db), "chart", "Rotterdam", "--ascii"]).stdout
    assert "LOCATED_IN (reference)" in chart and "LOCATED_IN (2 docs)" not in chart
