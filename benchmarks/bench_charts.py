"""Time the terminal chart and the exports on a 60-node neighbourhood.

    .venv/bin/python benchmarks/bench_charts.py

Goal (issue 6): a 60-node chart renders in under one second. The graph is
synthetic but shaped like a case: one organisation, 8 operations and
agencies around it, seizures, ports and countries, with cross links that
make cycles (relationship types are for display only; endpoints are not
checked against the ontology). Prints the best of five runs per step and
its ratio to the goal.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from results import record  # noqa: E402

from graph_intel.charts.export import export
from graph_intel.charts.svg import draw_svg
from graph_intel.charts.terminal import render_chart
from graph_intel.records import ChartLink, ChartNode, Subgraph

GOAL_SECONDS = 1.0
LABELS = ["Operation", "Agency", "Shipment", "Port", "Country", "Region", "Person", "Platform"]
TYPES = {"Operation": "TARGETED", "Agency": "PARTICIPATED_IN", "Shipment": "ATTRIBUTED_TO", "Port": "OPERATES_IN",
         "Country": "OPERATES_IN", "Region": "TRANSITED_VIA", "Person": "LINKED_TO", "Platform": "USED"}


def sixty_node_case() -> Subgraph:
    nodes = [ChartNode("organisation:hub", "Organisation", "Kavač clan")]
    links = []
    for i in range(59):
        label = LABELS[i % len(LABELS)]
        node = ChartNode(f"{label.lower()}:n{i}", label, f"{label} number {i} with a longer name" if i % 7 == 0
                         else f"{label} {i}")
        nodes.append(node)
        parent = nodes[0] if i < 12 else nodes[1 + (i % 12)]
        evidence = [{"doc_id": f"doc:{i:04x}", "text": f"Sentence {i} naming both entities.", "start": i, "end": i + 30}]
        links.append(ChartLink(parent.id, TYPES[label], node.id, 1 + i % 3, 1 + i % 3, (i % 10) / 10,
                               gradings=["B2"] if i % 5 == 0 else [], evidence=evidence))
        if i % 9 == 0 and i > 12:     # a cross link: a cycle the tree shows as a back-reference
            links.append(ChartLink(node.id, "LINKED_TO", nodes[2].id, 1, 1, 0.6, evidence=evidence))
    return Subgraph(nodes, links, ["organisation:hub"])


def best_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    case = sixty_node_case()
    print(f"{len(case.nodes)} entities, {len(case.links)} links")
    steps = {
        "terminal chart (unicode, 100 cols)": lambda: render_chart(case, width=100),
        "terminal chart (ascii, 60 cols, evidence)": lambda: render_chart(case, width=60, unicode=False, evidence=True),
        "terminal chart (colour)": lambda: render_chart(case, width=120, color=True),
    }
    for fmt in ("graphml", "gexf", "cytoscape", "dot", "i2", "ftm", "html"):
        steps[f"export {fmt}"] = lambda fmt=fmt: export(case, fmt)
    steps["export svg (pure-Python fallback)"] = lambda: draw_svg(case)
    rows = []
    for name, work in steps.items():
        seconds = best_of(5, work)
        print(f"{name:<45} {seconds * 1000:8.1f} ms   {seconds / GOAL_SECONDS:6.3f} of the 1 s goal")
        rows.append({"stage": f"{name}, {len(case.nodes)} entities (best of 5)", "value": round(seconds * 1000, 1),
                     "unit": "ms", "goal": f"< {GOAL_SECONDS:.0f} s"})
    record("charts", rows)


if __name__ == "__main__":
    main()
