"""Hostile text in documents (rich markup, terminal escape sequences, control
characters, NUL, XML non-characters) is data: it loads, and every output
shows it without acting on it — no traceback, no escape reaching the
terminal, valid XML, DOT without NUL, a CSV without control characters."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from graph_intel.cli import main
from graph_intel.textsafe import printable

HOSTILE = {
    "markup": "[bold red]LOUD[/]",
    "closing tag": "[/]",
    "window title": "\x1b]0;owned\x07",
    "clear screen": "\x1b[2J\x1b[31m",
    "C1 CSI": "\x9b31m",
    "non-character": "\ufffe",
}
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
# Ordinary sentences around the hostile one: a few control characters in a release are text, not binary.
FILLER = "The investigation continues and further arrests are expected in the coming weeks. " * 12


@pytest.fixture(params=list(HOSTILE), ids=list(HOSTILE))
def hostile_db(request, tmp_path):
    text = HOSTILE[request.param]
    release = tmp_path / "release.txt"
    release.write_text(
        f"Harbour seizure {text} at Rotterdam\n\n"
        f"Dutch Customs seized 300 kg of cocaine {text} in the port of Rotterdam on 3 May 2024. "
        f"Dutch Police arrested two men {text} in Rotterdam.\n{FILLER}\n", encoding="utf-8")
    db = tmp_path / "graph.lbug"
    result = run("--db", db, "load", release)
    assert result.exit_code == 0, result.output
    return db, text, release


@pytest.fixture(scope="module")
def release_db(tmp_path_factory):
    """One invented release loaded: a graph for hostile option values to search."""
    from pathlib import Path

    release = sorted((Path(__file__).resolve().parents[1] / "notebooks" / "releases").glob("*.txt"))[0]
    db = tmp_path_factory.mktemp("release") / "graph.lbug"
    assert run("--db", db, "load", release).exit_code == 0
    return db


def run(*args):
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def test_terminal_outputs_show_the_text_without_acting_on_it(hostile_db):
    db, text, release = hostile_db
    claims = ["query", "document-claims", "-p", f"document={release}"]
    for args in (["chart", "Rotterdam", "--evidence"], claims, [*claims, "--format", "csv"], ["stats"]):
        result = run("--db", db, *args)
        assert result.exit_code == 0 and not ACTIVE.search(result.output), (args, result.output)
    # Shown as written: markup literally, control characters as \xNN escapes.
    assert printable(text) in run("--db", db, "chart", "Rotterdam", "--evidence").output
    assert printable(text) in run("--db", db, *claims, "--format", "csv").output


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "svg", "html"])
def test_xml_exports_stay_valid(hostile_db, fmt):
    db, _, _ = hostile_db
    out = run("--db", db, "export", fmt, "--all").output
    assert not ACTIVE.search(out)
    if fmt != "html":
        ET.fromstring(out.encode("utf-8"))


@pytest.mark.parametrize("fmt", ["dot", "i2"])
def test_dot_and_csv_exports_carry_no_control_characters(hostile_db, fmt):
    db, _, _ = hostile_db
    out = run("--db", db, "export", fmt, "--all").output
    assert out and not ACTIVE.search(out)


def test_a_file_with_nul_bytes_and_a_hostile_name_is_refused_in_one_printable_line(tmp_path):
    release = tmp_path / "harbour\x1b]0;owned\x07.txt"
    release.write_bytes(b"Dutch Customs seized 300 kg of cocaine\x00 in Rotterdam.\n")
    result = CliRunner().invoke(main, ["--db", str(tmp_path / "graph.lbug"), "load", str(release)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "binary data" in errors[0] and "\\x1b]0;owned\\x07" in errors[0]
    assert not ACTIVE.search(result.output)


@pytest.mark.parametrize("value", ["[/]", "[bold]x[/bold]", "\x1b]0;owned\x07", "\x9b2J", "x" * 100_000],
                         ids=["closing tag", "markup", "window title", "C1 CSI", "100 KB"])
def test_hostile_option_values_get_inert_one_line_errors(release_db, tmp_path, value):
    db = release_db
    calls = [
        ["--db", db, "chart", value],
        ["--db", db, "query", "entity-profile", "-p", f"entity={value}"],
        ["--db", db, "query", "new-documents-since", "-p", f"since={value}"],
        ["--db", db, "export", "graphml", "--entity", value],
        ["--db", db, "export", "graphml", "--all", "--since", value],
        ["--db", db, "load", "--grade", value, tmp_path / "none.txt"],
        ["analyze", "centrality", "--network", tmp_path / "none.csv", "--sep", value],
    ]
    before = run("--db", db, "stats", "--format", "json").output
    for args in calls:
        result = run(*args)
        assert not ACTIVE.search(result.output), args
        if result.exit_code:   # refused in one error line, however long the value (click adds its usage hint)
            errors = [line for line in result.stderr.splitlines() if line.lower().startswith("error")]
            assert len(errors) == 1, (args, result.stderr[:300])
    assert run("--db", db, "stats", "--format", "json").output == before   # nothing written
