"""`graph-intel review` on the seed releases, as an analyst would use it: a rejected claim is gone
from charts, analytics and every export; it stays rejected after `load --replace`; status reports
what no longer applies; judgements travel to another database."""
from __future__ import annotations

import csv
import io
import json
import shutil

import pytest
from click.testing import CliRunner

from graph_intel.charts.export import ftm_id
from graph_intel.charts.style import link_id
from graph_intel.cli import main
from graph_intel.records import ChartLink

SOURCE, REL, TARGET = "agency:europol", "PARTICIPATED_IN", "operation:operational-taskforce-balkan-cartel"
TEXT_EXPORTS = ["graphml", "gexf", "cytoscape", "dot", "html", "ftm", "i2"]


def cli(db, *args):
    result = CliRunner().invoke(main, ["--db", str(db), *args])
    return result


@pytest.fixture()
def db(seeded_db, tmp_path):
    copy = tmp_path / "graph.lbug"
    shutil.copy(seeded_db, copy)
    return copy


def claim_ids(db, source=SOURCE, target=TARGET) -> list[str]:
    result = cli(db, "review", "claims", source, target, "--type", REL, "--format", "json")
    assert result.exit_code == 0, result.output
    return [row["claim"] for row in json.loads(result.stdout)]


def exported(db, fmt) -> str:
    result = cli(db, "export", fmt, "--all")
    assert result.exit_code == 0, result.output
    return result.stdout


def has_link(text: str, fmt: str) -> bool:
    ident = link_id(ChartLink(source=SOURCE, type=REL, target=TARGET, documents=1, claims=1, confidence=1.0))
    if fmt == "i2":
        return any(row[1] == SOURCE and row[4] == REL and row[17] == TARGET
                   for row in csv.reader(io.StringIO(text)) if len(row) > 17)
    return (ftm_id(ident) if fmt == "ftm" else ident) in text


def test_a_rejected_claim_is_gone_from_charts_analytics_and_every_export(db):
    assert all(has_link(exported(db, fmt), fmt) for fmt in TEXT_EXPORTS)   # the check can see it
    chart = cli(db, "chart", "Operational Taskforce Balkan Cartel", "--width", "200", "--depth", "1").stdout
    assert [line for line in chart.splitlines() if "PARTICIPATED_IN" in line and line.endswith("Europol [Agency]")]
    [claim] = claim_ids(db)
    result = cli(db, "review", "reject", claim, "--reason", "Europol set the taskforce up; the release says so",
                 "--analyst", "ana")
    assert result.exit_code == 0 and "rejected agency:europol PARTICIPATED_IN" in result.stdout
    assert not any(has_link(exported(db, fmt), fmt) for fmt in TEXT_EXPORTS)
    before = cli(db, "chart", "Operational Taskforce Balkan Cartel", "--width", "200", "--depth", "1").stdout
    assert not [line for line in before.splitlines() if "PARTICIPATED_IN" in line and line.endswith("Europol [Agency]")]
    path = cli(db, "analyze", "path", SOURCE, TARGET, "--format", "json")
    assert all(not (c["source"] == SOURCE and c["type"] == REL and c["target"] == TARGET)
               for hop in json.loads(path.stdout)["hops"] for c in hop["claims"])
    shown = cli(db, "chart", "Operational Taskforce Balkan Cartel", "--width", "200", "--depth", "1", "--rejected")
    assert [line for line in shown.stdout.splitlines()
            if "PARTICIPATED_IN (1 doc, analyst-rejected)" in line and line.endswith("Europol [Agency]")]
    assert has_link(cli(db, "export", "cytoscape", "--all", "--rejected").stdout, "cytoscape")
    stats = json.loads(cli(db, "stats", "--format", "json").stdout)["review"]
    assert stats["by_kind"] == {"reject": 1} and stats["rejections_by_rule"] != {}


def test_a_rejection_outlives_load_replace_and_status_reports_what_no_longer_applies(db, seed_dir, tmp_path):
    [claim] = claim_ids(db)
    assert cli(db, "review", "reject", claim, "--reason", "not stated").exit_code == 0
    assert cli(db, "load", "--replace", str(seed_dir)).exit_code == 0
    with pytest.raises(AssertionError):
        claim_ids(db)   # no such claim: the reload brought it back and the judgement took it out again
    status = cli(db, "review", "status", "--format", "json")
    assert status.exit_code == 0 and [r["state"] for r in json.loads(status.stdout)] == ["applied"]
    europol = next(p for p in seed_dir.iterdir() if p.name.startswith("europol"))
    assert cli(db, "forget", str(europol)).exit_code == 0
    status = cli(db, "review", "status", "--format", "json")
    assert status.exit_code == 1 and "1 judgement(s) do not apply" in status.stderr
    assert [r["state"] for r in json.loads(status.stdout)] == ["document gone"]


def test_judgements_move_to_a_fresh_load_of_the_same_documents(db, seed_dir, tmp_path):
    [claim] = claim_ids(db)
    assert cli(db, "review", "confirm", claim, "--reason", "seen in the file").exit_code == 0
    added = cli(db, "review", "add", "Eurojust", "PARTICIPATED_IN", "Operation Street Runner",
                "--because", "liaison report 14", "-p", "role=judicial", "--reason", "the report says so")
    assert added.exit_code == 0, added.output
    file = tmp_path / "team.jsonl"
    assert cli(db, "review", "export", "-o", str(file)).exit_code == 0
    other = tmp_path / "other.lbug"
    assert cli(other, "load", str(seed_dir)).exit_code == 0
    imported = cli(other, "review", "import", str(file))
    assert imported.exit_code == 0 and "imported 2 judgement(s)" in imported.stdout and "2 apply" in imported.stdout
    chart = cli(other, "chart", "Eurojust", "--width", "200").stdout
    assert "PARTICIPATED_IN (analyst-added)" in chart
    assert json.loads(cli(other, "export", "cytoscape", "--all").stdout) == \
        json.loads(cli(db, "export", "cytoscape", "--all").stdout)


def test_review_refuses_what_the_ontology_or_the_text_does_not_allow(db):
    wrong = cli(db, "review", "add", "Europol", "SEIZED_AT", "Serbia", "--because", "x", "--reason", "x")
    assert wrong.exit_code == 1 and "Traceback" not in wrong.output and "SEIZED_AT" in wrong.stderr
    nothing = cli(db, "review", "add", "Europol", "PARTICIPATED_IN", "Operation Street Runner", "--reason", "x")
    assert nothing.exit_code == 1 and "justification" in nothing.stderr
    span = cli(db, "review", "add", "Europol", "PARTICIPATED_IN", "Operation Street Runner", "--document",
               "doc:nope", "--span", "1:2", "--reason", "x")
    assert span.exit_code == 1 and "doc:nope" in span.stderr
    across = cli(db, "review", "merge", "Europol", "Serbia", "--reason", "x")
    assert across.exit_code == 1 and "cannot merge a Agency into a Country" in across.stderr
    bad = cli(db, "review", "import", __file__)
    assert bad.exit_code == 1 and "line 1: not a judgement" in bad.stderr and "nothing imported" in bad.stderr
