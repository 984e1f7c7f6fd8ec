"""Where each benchmark leaves its figures: benchmarks/results/<name>.json, with the machine it ran on,
so `benchmarks/report.py` can print the table the README shows. A missed goal is a figure, not a
failure: a benchmark exits non-zero only when what it measured is wrong (two loads that differ)."""
from __future__ import annotations

import json
import os
import platform
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).resolve().parent / "results"


def machine() -> str:
    return f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"


def record(benchmark: str, rows: list[dict[str, Any]]) -> Path:
    """Save `rows` (each: stage, value, unit, and optionally baseline, goal) for `benchmark`."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{benchmark}.json"
    path.write_text(json.dumps({"benchmark": benchmark, "machine": machine(),
                                "ran_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
                                "rows": rows}, indent=1) + "\n", encoding="utf-8")
    return path
