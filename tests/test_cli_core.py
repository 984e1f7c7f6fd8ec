"""The CLI drives the library: exact summaries, clear one-line errors, exit codes."""
import json
from pathlib import Path

import pytest

from click.testing import CliRunner

from graph_intel.cli import main

SEED = Path(__file__).resolve().parents[1] / "seed"


def run(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kwargs)


def test_load_reports_what_was_added_and_is_idempotent(tmp_path, seed_dir):
    db = tmp_path / "g.lbug"
    first = run("--db", db, "load", seed_dir)
    assert first.exit_code == 0, first.output
    assert first.output.startswith("loaded 2 document(s), 0 already present, 0 failed; added ")
    second = run("load", seed_dir, "--db", db)
    assert second.exit_code == 0
    assert second.output.startswith("loaded 0 document(s), 2 already present, 0 failed; added 0 node(s) and 0 claim(s)")


def test_a_bad_file_is_named_the_others_still_load_and_the_exit_is_nonzero(tmp_path, seed_files):
    bad = tmp_path / "notes.docx"
    bad.write_bytes(b"PK")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    db = tmp_path / "g.lbug"
    result = CliRunner().invoke(main, ["--db", str(db), "load", str(seed_files[0]), str(bad), str(empty),
                                       str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("error: ")]
    assert len(errors) == 3
    assert any("notes.docx" in e and "unsupported file type" in e for e in errors)
    assert any("empty.txt" in e and "no text" in e for e in errors)
    assert any("missing.txt" in e for e in errors)
    stats = json.loads(run("--db", db, "stats", "--format", "json").output)
    assert stats["documents"] == 1


def test_stats_json_shape(tmp_path, seed_dir):
    db = tmp_path / "g.lbug"
    run("--db", db, "load", seed_dir)
    stats = json.loads(run("stats", "--db", db, "--format", "json").output)
    assert set(stats) == {"documents", "nodes", "relationships", "review"}
    assert stats["review"] == {"judgements": 0, "by_kind": {}, "by_state": {}, "rejections_by_rule": {},
                               "pending_merges": 0}
    assert stats["documents"] == 2
    assert stats["nodes"]["Country"] >= 5
    # every entity is mentioned in at least one document
    assert stats["relationships"]["MENTIONED_IN"] >= sum(stats["nodes"].values())
    assert "Document" not in stats["nodes"] and "Judgement" not in stats["nodes"]


def test_stats_on_a_missing_database_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "none.lbug"), "stats"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"Error: no database at {tmp_path / 'none.lbug'}; load documents first (graph-intel load PATH...) "
        "or point --db at an existing file"]


def test_extract_json_follows_the_contract(seed_files):
    result = run("extract", "--format", "json", *seed_files)
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    for line, path in zip(lines, seed_files):
        obj = json.loads(line)
        assert set(obj) == {"document", "entities", "relations"}
        assert obj["document"]["path"] == str(path)
        text = path.read_text(encoding="utf-8")
        ids = {e["id"] for e in obj["entities"]}
        for entity in obj["entities"]:
            assert {"id", "label", "name", "named", "properties", "mentions"} <= set(entity)
            for m in entity["mentions"]:
                assert text[m["start"]:m["end"]] == m["text"]
        for rel in obj["relations"]:
            assert rel["source"] in ids and rel["target"] in ids
            ev = rel["evidence"]
            assert text[ev["start"]:ev["end"]] == ev["text"]
            assert rel["rule"] and 0 < rel["confidence"] <= 1


def test_extract_text_shows_evidence(seed_files):
    result = run("extract", seed_files[1])
    assert "Operation Street Runner" in result.output
    assert "-PARTICIPATED_IN->" in result.output
    assert "\u201c" in result.output


def test_query_file_runs_read_only_with_bound_parameters(tmp_path, seed_dir):
    db = tmp_path / "g.lbug"
    run("--db", db, "load", seed_dir)
    cypher = tmp_path / "q.cypher"
    cypher.write_text("MATCH (c:Country) WHERE c.iso2 = $iso RETURN c.name AS name")
    result = run("--db", db, "query", "--file", cypher, "-p", "iso=RS", "--format", "json")
    assert json.loads(result.output) == [{"name": "Serbia"}]
    write = tmp_path / "w.cypher"
    write.write_text("MATCH (c:Country) DETACH DELETE c")
    refused = CliRunner().invoke(main, ["--db", str(db), "query", "--file", str(write)])
    assert refused.exit_code == 1
    assert "read-only" in refused.output
    assert json.loads(run("--db", db, "stats", "--format", "json").output)["nodes"]["Country"] >= 5


def test_a_legacy_encoded_file_loads_with_a_warning(tmp_path):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Polícia Judiciária seized 40 kg of cocaine in Lisboa.".encode("cp1252"))
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "g.lbug"), "load", str(legacy)])
    assert result.exit_code == 0
    assert result.stderr.startswith(f"warning: {legacy}: not valid UTF-8, read as cp1252")
    assert result.stdout.startswith("loaded 1 document(s)")


def test_a_second_writer_gets_a_clear_lock_message(tmp_path, seed_files):
    import os
    import subprocess
    import sys

    from graph_intel.store.embedded import EmbeddedStore

    db = tmp_path / "g.lbug"
    with EmbeddedStore(db):  # this process holds the write lock
        result = subprocess.run([sys.executable, "-m", "graph_intel.cli", "--db", str(db), "load", str(seed_files[0])],
                                capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    error_lines = [line for line in result.stderr.splitlines() if "locked" in line]
    assert error_lines == [f"Error: database {db} is locked by another graph-intel process (pid {os.getpid()}); "
                           "wait for it or use --db for another file"]


def test_replace_reloads_a_document_without_duplicating_it(tmp_path, seed_files):
    db = tmp_path / "g.lbug"
    run("--db", db, "load", seed_files[0])
    before = json.loads(run("--db", db, "stats", "--format", "json").output)
    again = run("--db", db, "load", "--replace", seed_files[0])
    assert again.output.startswith("loaded 1 document(s), 0 already present")
    assert json.loads(run("--db", db, "stats", "--format", "json").output) == before


# -- rough edges: each a clear line, nothing overwritten, nothing hanging ---------------------------

def test_an_empty_database_and_a_pipe_as_db_get_a_clear_line(tmp_path):
    import os

    import ladybug

    empty = tmp_path / "empty.lbug"
    ladybug.Database(str(empty)).close()   # a database file with no graph-intel tables
    result = CliRunner().invoke(main, ["--db", str(empty), "stats"])
    assert result.exit_code == 1 and "holds no graph-intel graph" in result.stderr and "Traceback" not in result.output
    pipe = tmp_path / "pipe.lbug"
    os.mkfifo(pipe)   # opening it would wait for a writer forever
    result = CliRunner().invoke(main, ["--db", str(pipe), "stats"])
    assert result.exit_code == 1 and "is not a database file" in result.stderr


@pytest.mark.parametrize("command", [["export", "graphml", "--all", "-o"], ["analyze", "centrality", "--plot"],
                                     ["analyze", "disrupt", "--plot"], ["review", "export", "-o"]],
                         ids=lambda c: " ".join(c[:2]))
def test_an_output_file_never_overwrites_the_database(seeded_db, command):
    before = seeded_db.read_bytes()
    for target in (seeded_db, seeded_db.with_name(seeded_db.name + ".wal")):
        result = CliRunner().invoke(main, ["--db", str(seeded_db), *command, str(target)])
        assert result.exit_code == 2 and "is the graph database" in result.stderr
    assert seeded_db.read_bytes() == before


def test_a_grade_with_a_trailing_newline_is_refused(tmp_path, seed_files):
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "g.lbug"), "load", "--grade", "B2\n",
                                       str(seed_files[0])])
    assert result.exit_code == 1 and "is not an Admiralty code" in result.stderr


def test_a_password_in_the_neo4j_uri_is_never_printed():
    from graph_intel.store.neo4j import masked_uri, translate

    assert masked_uri("bolt://neo4j:s3cret@db.example:7687") == "bolt://neo4j:***@db.example:7687"
    assert masked_uri("neo4j://db.example:7687") == "neo4j://db.example:7687"
    message = str(translate(ValueError("bad port"), "bolt://neo4j:s3cret@db.example:76x"))
    assert "s3cret" not in message and "neo4j:***@" in message
    result = CliRunner().invoke(main, ["--neo4j", "http://neo4j:s3cret@db.example:7474", "stats"])
    assert result.exit_code == 1 and "s3cret" not in result.output and "***" in result.stderr


def test_forget_leaves_the_graph_a_load_without_the_document_makes(tmp_path):
    from pathlib import Path

    from graph_dump import dump

    from graph_intel.store.embedded import EmbeddedStore

    releases = sorted((Path(__file__).resolve().parents[1] / "notebooks" / "releases").glob("*.txt"))
    db, fresh = tmp_path / "all.lbug", tmp_path / "fresh.lbug"
    assert run("--db", db, "load", *releases).exit_code == 0
    dry = run("--db", db, "forget", releases[1], "--dry-run")
    assert dry.output.startswith("would forget doc:") and run("--db", db, "stats", "--format", "json").output \
        .count('"documents": 3') == 1
    result = run("--db", db, "forget", releases[1])
    assert result.exit_code == 0 and result.output.startswith("forgot doc:")
    assert run("--db", fresh, "load", releases[0], releases[2]).exit_code == 0
    with EmbeddedStore(db, read_only=True) as forgotten, EmbeddedStore(fresh, read_only=True) as loaded:
        assert dump(forgotten) == dump(loaded)
    missing = CliRunner().invoke(main, ["--db", str(db), "forget", "no such release"])
    assert missing.exit_code == 1 and "no document 'no such release' in the graph" in missing.stderr


@pytest.mark.parametrize("command", [["stats"], ["chart", "Europol"], ["export", "graphml", "--all"],
                                     ["query", "find-entity", "-p", "text=Europol"], ["review", "merges"],
                                     ["analyze", "describe"]])
def test_db_works_before_and_after_every_subcommand(seeded_db, command):
    before = CliRunner().invoke(main, ["--db", str(seeded_db), *command])
    after = CliRunner().invoke(main, [*command, "--db", str(seeded_db)])
    assert before.exit_code == after.exit_code == 0, (before.output, after.output)
    assert before.stdout == after.stdout


def test_an_unknown_name_suggests_close_ones(seeded_db):
    result = CliRunner().invoke(main, ["--db", str(seeded_db), "chart", "Europl"])
    assert result.exit_code == 1 and "no entity matches 'Europl'; did you mean 'Europol'" in result.stderr


@pytest.mark.parametrize("target", ["missing-folder/out.graphml", "."])
def test_an_export_that_cannot_be_written_is_one_line(seeded_db, tmp_path, target):
    result = CliRunner().invoke(main, ["--db", str(seeded_db), "export", "graphml", "--all", "-o",
                                       str(tmp_path / target)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.stderr.startswith(f"Error: cannot write {tmp_path / target}: ") and len(result.stderr.splitlines()) == 1


DATE_OPTIONS = [["analyze", "centrality", "--since", "{d}"], ["chart", "Europol", "--until", "{d}"],
                ["export", "graphml", "--all", "--since", "{d}"], ["query", "new-documents-since", "-p", "since={d}"]]


@pytest.mark.parametrize("command", DATE_OPTIONS, ids=lambda c: c[0])
def test_dates_are_checked_the_same_way_everywhere(seeded_db, command):
    for bad in ("2023-02-30", "2023-13", "yesterday"):
        result = CliRunner().invoke(main, ["--db", str(seeded_db), *[a.format(d=bad) for a in command]])
        assert result.exit_code in (1, 2) and "Traceback" not in result.output
        assert f"'{bad}'" in result.stderr and "YYYY, YYYY-MM or YYYY-MM-DD" in result.stderr
    for good in ("2023", "2023-05", "2023-05-08"):   # a year alone is a date everywhere
        result = CliRunner().invoke(main, ["--db", str(seeded_db), *[a.format(d=good) for a in command]])
        assert result.exit_code == 0, (good, result.output)


UNDATED = "Raids in Subotica\n\nLast week Serbian police arrested two men of the Pink Panthers in Subotica.\n"


@pytest.mark.parametrize("command", [["chart", "Serbia", "--since", "2023"], ["analyze", "centrality", "--since", "2023"],
                                     ["export", "graphml", "--all", "--since", "2023"]], ids=lambda c: c[0])
def test_date_bounds_say_how_many_undated_documents_they_leave_out(tmp_path, command):
    db = str(tmp_path / "graph.lbug")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    assert CliRunner().invoke(main, ["--db", db, "load", str(SEED), str(tmp_path / "undated.txt")]).exit_code == 0
    left_out = CliRunner().invoke(main, ["--db", db, *command])
    assert left_out.exit_code == 0, left_out.output
    assert "note: 1 document(s) of unknown date left out by --since/--until; add --undated to keep them" \
        in left_out.stderr
    kept = CliRunner().invoke(main, ["--db", db, *command, "--undated"])
    assert kept.exit_code == 0 and "unknown date" not in kept.stderr
    assert "Subotica" not in left_out.stdout and "Subotica" in kept.stdout


def test_the_new_since_queries_leave_undated_documents_out_and_say_so(tmp_path):
    db = str(tmp_path / "graph.lbug")
    (tmp_path / "undated.txt").write_text(UNDATED, encoding="utf-8")
    assert CliRunner().invoke(main, ["--db", db, "load", str(SEED), str(tmp_path / "undated.txt")]).exit_code == 0
    query = ["--db", db, "query", "new-entities-since", "-p", "since=2000", "--format", "json"]
    left_out = CliRunner().invoke(main, query)
    assert "note: 1 document(s) of unknown date left out; -p undated=true includes them" in left_out.stderr
    kept = CliRunner().invoke(main, [*query, "-p", "undated=true"])
    new = {r["name"]: r["first_published"] for r in json.loads(kept.stdout)}
    # Subotica is named only by the undated document: new only when undated documents count.
    assert "Subotica" not in {r["name"] for r in json.loads(left_out.stdout)} and new["Subotica"] == ""
    documents = CliRunner().invoke(main, ["--db", db, "query", "new-documents-since", "-p", "since=2000",
                                          "-p", "undated=true", "--format", "json"])
    # The seed documents carry no date line: theirs comes from the dates in their text.
    assert sorted(r["dated"] for r in json.loads(documents.stdout)) == ["", "inferred", "inferred"]


def test_ids_in_tables_are_folded_never_cut(seeded_db):
    """An id shown with an ellipsis cannot be pasted into the next command."""
    result = CliRunner().invoke(main, ["--db", str(seeded_db), "analyze", "brokers", "--top", "3"],
                                terminal_width=80)
    assert result.exit_code == 0 and "…" not in result.stdout and "name" in result.stdout.splitlines()[3]
