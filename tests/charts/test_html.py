"""The HTML chart opened in headless Chromium: it draws every entity and
link, reports no console message or script error, needs no network, and a
screenshot is kept in tests/charts/artifacts/ for a person to look at."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from graph_intel.charts.export import export
from graph_intel.charts.html import chart_data, to_html
from graph_intel.records import ChartNode, Subgraph

from .conftest import LINKS, NODES

ARTIFACTS = Path(__file__).parent / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
NEEDS_CHROMIUM = pytest.mark.skipif(CHROMIUM is None,
                                    reason="Chromium is not installed (apt-get install chromium chromium-driver)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1400,900", "--virtual-time-budget=5000", "--enable-logging=stderr", "--v=0"]


def run_chromium(page: Path, profile: Path, *action: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *action, page.as_uri()],
                          capture_output=True, text=True, timeout=120)


def console_messages(stderr: str) -> list[str]:
    """What the page wrote to the console (Chromium logs it as CONSOLE lines)."""
    return [line for line in stderr.splitlines() if ":CONSOLE" in line]


@pytest.fixture
def seed_page(seed_subgraph, tmp_path) -> Path:
    page = tmp_path / "seed.html"
    page.write_text(export(seed_subgraph, "html"), encoding="utf-8")
    return page


def test_page_is_self_contained(seed_subgraph):
    page = to_html(seed_subgraph)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "<script src" not in page and "<link" not in page


def test_names_cannot_break_out_of_the_data_script():
    node = ChartNode("person:x", "Person", "</script><script>alert(1)</script>")
    page = to_html(Subgraph([node], [], ["person:x"]))
    assert page.count("</script>") == 3     # the error hook, the data, the chart script


def test_chart_data_carries_positions_and_evidence(seed_subgraph):
    data = chart_data(seed_subgraph)
    assert len(data["nodes"]) == len(NODES) and len(data["links"]) == len(LINKS)
    assert all({"x", "y", "colour"} <= node.keys() for node in data["nodes"])
    assert data["links"][0]["evidence"][0]["doc_id"].startswith("doc:")


@NEEDS_CHROMIUM
def test_chromium_draws_every_entity_without_console_errors(seed_page, tmp_path):
    done = run_chromium(seed_page, tmp_path / "profile", "--dump-dom")
    assert done.returncode == 0, done.stderr[-2000:]
    root = re.search(r"<html[^>]*>", done.stdout).group(0)
    assert 'data-ready="true"' in root
    assert f'data-nodes="{len(NODES)}"' in root
    assert f'data-links="{len(LINKS)}"' in root
    assert "data-errors" not in root
    assert console_messages(done.stderr) == []


@NEEDS_CHROMIUM
def test_chromium_screenshot_is_saved(seed_page, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "seed-chart.png"
    shot.unlink(missing_ok=True)
    done = run_chromium(seed_page, tmp_path / "profile", f"--screenshot={shot}")
    assert done.returncode == 0, done.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    print(f"screenshot: {shot}")


@NEEDS_CHROMIUM
def test_a_script_error_would_be_caught(tmp_path):
    """The check above can fail: a broken page is reported."""
    page = tmp_path / "broken.html"
    page.write_text(to_html(Subgraph([], [], [])).replace('"use strict";', '"use strict"; notDefined();'),
                    encoding="utf-8")
    done = run_chromium(page, tmp_path / "profile", "--dump-dom")
    assert "data-errors" in re.search(r"<html[^>]*>", done.stdout).group(0)
    assert console_messages(done.stderr)
