"""DOT, and SVG/PNG drawn from it by Graphviz when `dot` is installed.

Without Graphviz, SVG falls back to the pure-Python drawing in
`charts.svg`; PNG needs Graphviz (no rasteriser is among our dependencies).
Line styles follow the i2 convention (solid, dashed, dotted), shapes stand
in for i2 icons, and each edge's tooltip carries its evidence, which SVG
viewers show on hover.
"""
from __future__ import annotations

import shutil
import subprocess

from graph_intel.charts.style import (CONFIRMED, PROBABLE, ExportError, document_ids, evidence_summary, link_caption,
                                      label_colour, link_id, link_strength, text_colour)
from graph_intel.records import ChartLink, ChartNode, Subgraph

DOT_TIMEOUT = 60    # seconds; a 60-node chart takes well under one
SHAPES = {"Person": "ellipse", "Organisation": "box", "Operation": "octagon", "Agency": "house",
          "Country": "tab", "Region": "tab", "Location": "cds", "Port": "cds", "Shipment": "box3d",
          "Platform": "component", "Document": "note"}
LINE_STYLES = {CONFIRMED: "solid", PROBABLE: "dashed"}


def quote(text: str) -> str:
    """A DOT double-quoted string; backslashes are escaped so names cannot
    smuggle in Graphviz escapes such as \\N."""
    return '"' + str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _attributes(pairs: dict[str, str]) -> str:
    return ", ".join(f"{key}={quote(value)}" for key, value in pairs.items())


def _node_statement(node: ChartNode, focus: set[str]) -> str:
    fill = label_colour(node.label)
    attrs = {"label": f"{node.name}\n[{node.label}]", "shape": SHAPES.get(node.label, "box"),
             "fillcolor": fill, "fontcolor": text_colour(fill), "tooltip": f"{node.name} ({node.id})",
             "id": node.id, "entity_type": node.label}
    if node.id in focus:
        attrs["penwidth"] = "3"
    return f"  {quote(node.id)} [{_attributes(attrs)}];"


def _edge_statement(link: ChartLink) -> str:
    strength = link_strength(link)
    attrs = {"label": link_caption(link),
             "style": LINE_STYLES.get(strength, "dotted"), "tooltip": evidence_summary(link) or link.type,
             "id": link_id(link), "relationship": link.type, "documents": str(link.documents),
             "confidence": f"{link.confidence or 0.0:.2f}", "doc_ids": ";".join(document_ids(link))}
    return f"  {quote(link.source)} -> {quote(link.target)} [{_attributes(attrs)}];"


def to_dot(subgraph: Subgraph) -> str:
    """A left-to-right Graphviz digraph; custom attributes (entity_type,
    relationship, documents, doc_ids) are kept by `dot -Tdot` and ignored
    by the renderers."""
    focus = set(subgraph.focus)
    ids = {n.id for n in subgraph.nodes}
    lines = ['digraph "graph-intel" {',
             '  graph [rankdir=LR, fontname="Helvetica", nodesep=0.3, ranksep=0.9];',
             '  node [style="filled", fontname="Helvetica", fontsize=10];',
             '  edge [fontname="Helvetica", fontsize=8, arrowsize=0.7];']
    lines += [_node_statement(n, focus) for n in subgraph.nodes]
    lines += [_edge_statement(l) for l in subgraph.links if l.source in ids and l.target in ids]
    lines.append("}")
    return "\n".join(lines) + "\n"


def graphviz_available() -> bool:
    return shutil.which("dot") is not None


def run_dot(source: str, fmt: str) -> bytes:
    """Render DOT with the Graphviz `dot` program."""
    if not graphviz_available():
        raise ExportError(f"{fmt.upper()} export needs Graphviz: install it (apt-get install graphviz, "
                          "brew install graphviz) or export svg, which has a pure-Python fallback")
    try:
        done = subprocess.run(["dot", f"-T{fmt}"], input=source.encode("utf-8"), capture_output=True,
                              timeout=DOT_TIMEOUT, check=False)
    except subprocess.TimeoutExpired:
        raise ExportError(f"Graphviz took longer than {DOT_TIMEOUT} s; export a smaller neighbourhood") from None
    if done.returncode != 0:
        message = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise ExportError(f"Graphviz failed: {message[-1] if message else 'exit ' + str(done.returncode)}")
    return done.stdout


def to_svg(subgraph: Subgraph, *, use_graphviz: bool | None = None) -> str:
    """SVG from Graphviz when installed, else the pure-Python drawing."""
    if use_graphviz is None:
        use_graphviz = graphviz_available()
    if use_graphviz:
        return run_dot(to_dot(subgraph), "svg").decode("utf-8")
    from graph_intel.charts.svg import draw_svg
    return draw_svg(subgraph)


def to_png(subgraph: Subgraph) -> bytes:
    return run_dot(to_dot(subgraph), "png")
