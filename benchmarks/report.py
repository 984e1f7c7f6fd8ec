"""The latest benchmark figures (benchmarks/results/*.json) as the Markdown table the README shows.

    .venv/bin/python benchmarks/report.py
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import RESULTS  # noqa: E402


def table() -> str:
    lines = ["| benchmark | stage | figure | baseline or goal |", "|---|---|---|---|"]
    runs = []
    for path in sorted(RESULTS.glob("*.json")):
        result = json.loads(path.read_text(encoding="utf-8"))
        runs.append(f"{result['benchmark']} on {result['ran_at'][:10]} ({result['machine']})")
        for row in result["rows"]:
            against = row.get("baseline") or row.get("goal") or ""
            lines.append(f"| {result['benchmark']} | {row['stage']} | {row['value']} {row['unit']} | {against} |")
    return "\n".join(lines) + "\n\nMeasured: " + "; ".join(runs) + "."


if __name__ == "__main__":
    print(table())
