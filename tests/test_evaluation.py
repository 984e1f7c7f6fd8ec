"""graph-intel eval scores like the reference scorer the corpus ships with."""
import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from graph_intel.cli import main
from graph_intel.evaluation import evaluate_folder


def write_case(folder):
    (folder / "case.txt").write_text("Europol supported Operation Nightjar. Customs seized 40 kg of heroin in Spain.\n")
    gold = {"doc": "case.txt", "entities": [
        {"label": "Agency", "name": "Europol", "aliases": []},
        {"label": "Operation", "name": "Operation Nightjar", "named": True},
        {"label": "Country", "name": "Spain", "aliases": ["Spanish"]},
        {"label": "Shipment", "name": "40 kg heroin", "commodity": "heroin", "quantity_kg": 40},
        {"label": "Agency", "name": "Guardia Civil", "aliases": []}],
        "relations": [
            {"source": "Europol", "type": "PARTICIPATED_IN", "target": "Operation Nightjar"},
            {"source": "40 kg heroin", "type": "SEIZED_AT", "target": "Spain"},
            {"source": "Guardia Civil", "type": "PARTICIPATED_IN", "target": "Operation Nightjar"}]}
    (folder / "case.gold.json").write_text(json.dumps(gold))


def test_counts_on_a_hand_made_case(tmp_path):
    write_case(tmp_path)
    score = evaluate_folder(tmp_path)
    assert (score.by_type["entity:Agency"].tp, score.by_type["entity:Agency"].fn) == (1, 1)
    assert score.by_type["entity:Shipment"].tp == 1
    assert score.by_type["relation:SEIZED_AT"].tp == 1
    assert score.by_type["relation:PARTICIPATED_IN"].fn == 1
    assert any("missed Agency 'Guardia Civil'" in m for m in score.misses)


def test_eval_command_prints_per_type_scores(tmp_path):
    write_case(tmp_path)
    result = CliRunner().invoke(main, ["eval", str(tmp_path), "--format", "json"])
    data = json.loads(result.output)
    assert data["by_type"]["entity:Agency"]["recall"] == 0.5
    assert set(data["micro"]) == {"entity", "relation"}


DEV_FLOOR = {"entity": 0.925, "relation": 0.795}


def test_agrees_with_the_reference_scorer_on_the_dev_corpus(corpus_dir, tmp_path):
    scorer = corpus_dir.parent.parent / "tools" / "score_extraction.py"
    if not scorer.exists():
        pytest.skip(f"reference scorer not at {scorer}")
    out = tmp_path / "out.jsonl"
    out.write_text(CliRunner().invoke(main, ["extract", "--format", "json", *map(str, sorted(corpus_dir.glob("*.txt")))])
                   .output)
    printed = subprocess.run([sys.executable, str(scorer), "--gold", str(corpus_dir), str(out), "--json"],
                             capture_output=True, text=True, check=True).stdout
    reference, _ = json.JSONDecoder().raw_decode(printed)  # the JSON, then the headline line
    ours = evaluate_folder(corpus_dir)
    for kind in ("entity", "relation"):
        assert ours.total(kind).f1 == pytest.approx(reference["micro"][kind]["f1"], abs=1e-9)
    # A ratchet on the 48 dev documents: raised as extraction improves, never lowered
    # (the goal is 0.92 / 0.80; see the closing notes for where it stands).
    assert reference["micro"]["entity"]["f1"] >= DEV_FLOOR["entity"]
    assert reference["micro"]["relation"]["f1"] >= DEV_FLOOR["relation"]
