"""graph-intel eval: per-type counts on a hand-made case. The dev-corpus scores, and their
agreement with the reference scorer, are checked by `make eval` (tools/dev_scores.py)."""
import json

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
