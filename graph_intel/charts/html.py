"""A standalone interactive HTML link chart: one file, no CDN, works offline.

The page carries the subgraph as JSON, the script (chart.js) and the style
(chart.css) inline. Entities are coloured by label, links drawn in the i2
line styles; clicking an entity or a link shows its evidence in a side
panel.
"""
from __future__ import annotations

import json
from html import escape
from importlib import resources
from typing import Any

from graph_intel.charts.layout import radial_layout
from graph_intel.charts.style import (STRENGTHS, evidence_records, label_colour, link_caption, link_id, link_strength,
                                      text_colour)
from graph_intel.records import Subgraph

LINE_DASHES = {"confirmed": "", "probable": "8 5", "possible": "2 4"}

# Shows a script failure in the page itself (and in the DOM, where tests
# look for it) instead of leaving an empty chart.
ERROR_HOOK = """window.addEventListener("error", function (event) {
  var box = document.getElementById("error");
  box.style.display = "block";
  box.textContent = "The chart could not be drawn: " + event.message;
  document.documentElement.setAttribute("data-errors", event.message);
});"""


def _asset(name: str) -> str:
    return resources.files("graph_intel.charts").joinpath(name).read_text(encoding="utf-8")


def _script_json(value: Any) -> str:
    """JSON safe inside <script>: no `</script>` or `<!--` can appear."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def chart_data(subgraph: Subgraph) -> dict[str, Any]:
    """What chart.js draws: entities with start positions, links with evidence."""
    positions = radial_layout(subgraph)
    focus = set(subgraph.focus)
    nodes = [{"id": n.id, "label": n.label, "name": n.name, "properties": n.properties,
              "x": positions[n.id][0], "y": positions[n.id][1], "focus": n.id in focus,
              "colour": label_colour(n.label), "text_colour": text_colour(label_colour(n.label))}
             for n in subgraph.nodes]
    links = [{"id": link_id(l), "source": l.source, "target": l.target, "type": l.type,
              "documents": l.documents, "claims": l.claims, "confidence": float(l.confidence or 0.0),
              "strength": link_strength(l), "gradings": sorted(set(l.gradings)),
              "caption": link_caption(l), "review": l.properties.get("review", ""),
              "evidence": evidence_records(l)}
             for l in subgraph.links if l.source in positions and l.target in positions]
    return {"nodes": nodes, "links": links, "focus": list(subgraph.focus)}


def _legend(subgraph: Subgraph) -> str:
    labels = sorted({n.label for n in subgraph.nodes})
    items = [f'<span><i class="swatch" style="background:{label_colour(l)}"></i>{escape(l)}</span>' for l in labels]
    for strength in STRENGTHS:
        dash = LINE_DASHES[strength]
        items.append(f'<span><svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke="#555" '
                     f'stroke-width="2" stroke-dasharray="{dash}"/></svg>{strength}</span>')
    reviewed = {l.properties.get("review") for l in subgraph.links}
    for review, stroke, width in (("confirmed", "#555", 3.5), ("added", "#b8860b", 3.5), ("rejected", "#c62828", 2)):
        if review in reviewed:
            items.append(f'<span><svg width="28" height="8"><line x1="0" y1="4" x2="28" y2="4" stroke="{stroke}" '
                         f'stroke-width="{width}"/></svg>analyst-{review}</span>')
    return '<div class="legend">' + "".join(items) + "</div>"


def chart_title(subgraph: Subgraph) -> str:
    names = {n.id: n.name for n in subgraph.nodes}
    focus = [names[f] for f in subgraph.focus if f in names]
    return "graph-intel: " + (" and ".join(focus) if focus else "link chart")


def to_html(subgraph: Subgraph, *, title: str | None = None) -> str:
    title = title or chart_title(subgraph)
    counts = f"{len(subgraph.nodes)} entities, {len(subgraph.links)} links"
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="graph-intel">
<title>{escape(title)}</title>
<style>
{_asset("chart.css")}</style>
<script>
{ERROR_HOOK}
</script>
</head>
<body>
<div id="app">
<div id="stage">
<header><h1>{escape(title)} <small class="muted">{counts}</small></h1>{_legend(subgraph)}</header>
<div id="error"></div>
<svg id="chart" xmlns="http://www.w3.org/2000/svg">
<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>
<g id="viewport"></g>
</svg>
</div>
<aside id="panel"><div id="panel-body"><p class="muted">Click an entity or a link to see the documents and sentences behind it. Drag entities to move them, drag the background to pan, scroll to zoom.</p></div></aside>
</div>
<script type="application/json" id="graph-data">{_script_json(chart_data(subgraph))}</script>
<script>
{_asset("chart.js")}</script>
</body>
</html>
"""
