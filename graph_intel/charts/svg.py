"""A pure-Python SVG link chart for machines without Graphviz.

Positions come from the deterministic radial layout; entities are rounded
boxes in their label's colour, links straight lines with an arrowhead, the
i2 line style, a label and the evidence as a hover tooltip (<title>).
"""
from __future__ import annotations

from xml.sax.saxutils import escape

from graph_intel.charts.layout import radial_layout
from graph_intel.charts.style import (CONFIRMED, PROBABLE, evidence_summary, label_colour, link_caption, link_id,
                                      link_strength, text_colour)
from graph_intel.charts.terminal import wrap_cells
from graph_intel.records import ChartLink, ChartNode, Subgraph

MARGIN = 120.0
CHAR_WIDTH = 6.6        # px per character at 11 px Helvetica, close enough to size boxes
LINE_HEIGHT = 13.0
NAME_CHARS = 22
DASHES = {CONFIRMED: "", PROBABLE: "7,4"}
DOTS = "2,3"


def _attr(text: object) -> str:
    return escape(str(text), {'"': "&quot;"})


def _box(node: ChartNode) -> tuple[list[str], float, float]:
    """The text lines of a node and its box width and height."""
    lines = wrap_cells(node.name, NAME_CHARS) + [f"[{node.label}]"]
    width = max(len(line) for line in lines) * CHAR_WIDTH + 16
    return lines, width, len(lines) * LINE_HEIGHT + 10


def _clip(x1: float, y1: float, x2: float, y2: float, half_w: float, half_h: float) -> tuple[float, float]:
    """Where the segment from (x1, y1) to the centre (x2, y2) enters the box
    around (x2, y2), so the arrowhead touches the box edge."""
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return x2, y2
    scale = min(half_w / abs(dx) if dx else float("inf"), half_h / abs(dy) if dy else float("inf"))
    return x2 - dx * min(scale, 1.0), y2 - dy * min(scale, 1.0)


def _node_svg(node: ChartNode, x: float, y: float, focus: bool) -> str:
    lines, width, height = _box(node)
    fill = label_colour(node.label)
    top = y - height / 2 + 5 + LINE_HEIGHT - 3
    spans = "".join(f'<tspan x="{x:.1f}" y="{top + i * LINE_HEIGHT:.1f}">{escape(line)}</tspan>'
                    for i, line in enumerate(lines))
    stroke = ' stroke="#000" stroke-width="3"' if focus else ' stroke="#333" stroke-width="1"'
    return (f'<g class="node" data-id="{_attr(node.id)}" data-label="{_attr(node.label)}">'
            f'<title>{escape(node.name)} ({escape(node.id)})</title>'
            f'<rect x="{x - width / 2:.1f}" y="{y - height / 2:.1f}" width="{width:.1f}" height="{height:.1f}" '
            f'rx="6" fill="{fill}"{stroke}/>'
            f'<text text-anchor="middle" fill="{text_colour(fill)}">{spans}</text></g>')


def _link_svg(link: ChartLink, positions: dict[str, tuple[float, float]], boxes: dict[str, tuple]) -> str:
    (x1, y1), (x2, y2) = positions[link.source], positions[link.target]
    _, w_source, h_source = boxes[link.source]
    _, w_target, h_target = boxes[link.target]
    start = _clip(x2, y2, x1, y1, w_source / 2, h_source / 2)
    end = _clip(x1, y1, x2, y2, w_target / 2 + 2, h_target / 2 + 2)
    strength = link_strength(link)
    dash = DASHES.get(strength, DOTS)
    dash_attr = f' stroke-dasharray="{dash}"' if dash else ""
    label = link_caption(link)
    mid_x, mid_y = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
    return (f'<g class="link" data-id="{link_id(link)}" data-strength="{strength}">'
            f'<title>{escape(evidence_summary(link) or link.type)}</title>'
            f'<line x1="{start[0]:.1f}" y1="{start[1]:.1f}" x2="{end[0]:.1f}" y2="{end[1]:.1f}" '
            f'stroke="#555" stroke-width="1.4"{dash_attr} marker-end="url(#arrow)"/>'
            f'<text x="{mid_x:.1f}" y="{mid_y - 3:.1f}" text-anchor="middle" class="link-label">'
            f'{escape(label)}</text></g>')


def draw_svg(subgraph: Subgraph) -> str:
    layout = radial_layout(subgraph)
    positions = {node_id: (x + MARGIN, y + MARGIN) for node_id, (x, y) in layout.items()}
    boxes = {n.id: _box(n) for n in subgraph.nodes}
    width = max((x for x, _ in positions.values()), default=0) + MARGIN
    height = max((y for _, y in positions.values()), default=0) + MARGIN
    focus = set(subgraph.focus)
    links = [l for l in subgraph.links if l.source in positions and l.target in positions]
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="0 0 {width:.0f} {height:.0f}" font-family="Helvetica, Arial, sans-serif" font-size="11">',
        '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" '
        'orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker>'
        '<style>.link-label{font-size:9px;fill:#222;paint-order:stroke;stroke:#fff;stroke-width:3px}</style>'
        '</defs>',
        '<rect width="100%" height="100%" fill="#fff"/>',
    ]
    parts += [_link_svg(l, positions, boxes) for l in links]
    parts += [_node_svg(n, *positions[n.id], n.id in focus) for n in subgraph.nodes]
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
