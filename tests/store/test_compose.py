"""docker-compose.yml validated offline (no Docker engine needed)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"


def test_compose_file_matches_the_compose_spec():
    tool = shutil.which("check-jsonschema") or (Path(__import__("sys").executable).parent / "check-jsonschema")
    if not Path(tool).exists():
        pytest.skip("check-jsonschema is not installed (pip install check-jsonschema, a dev dependency)")
    result = subprocess.run([str(tool), "--builtin-schema", "vendor.compose-spec", str(COMPOSE)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_pins_neo4j_5_on_localhost_with_a_required_password():
    text = COMPOSE.read_text(encoding="utf-8")
    assert "image: neo4j:5.26.20-community" in text
    assert '"127.0.0.1:7474:7474"' in text and '"127.0.0.1:7687:7687"' in text
    assert "${NEO4J_PASSWORD:?" in text and "healthcheck:" in text and "neo4j-data:/data" in text


def test_env_example_has_no_password():
    values = dict(line.split("=", 1) for line in (ROOT / ".env.example").read_text().splitlines()
                  if line and not line.startswith("#"))
    assert values["NEO4J_PASSWORD"] == "" and values["NEO4J_URI"] == "bolt://localhost:7687"
