"""A deterministic radial layout: the focus in the middle, each ring one hop
further out. Used by the pure-Python SVG and as the starting positions of
the HTML chart, so the same subgraph always gives the same picture (no
random seeds, no numpy)."""
from __future__ import annotations

import math

from graph_intel.charts.topology import Incident, incident_links, root_groups, tree_parents
from graph_intel.records import Subgraph

RING_GAP = 170.0        # px between rings: room for a node box and a link label
NODE_SPACING = 150.0    # px of arc per node on a ring, about one wrapped name
COMPONENT_GAP = 120.0


def radial_layout(subgraph: Subgraph) -> dict[str, tuple[float, float]]:
    """{node id: (x, y)} with every coordinate >= 0, in pixels."""
    nodes = {n.id: n for n in subgraph.nodes}
    incident = incident_links(subgraph, nodes)
    positions: dict[str, tuple[float, float]] = {}
    offset = 0.0
    for roots in root_groups(subgraph, nodes, incident):
        component = _component_layout(roots, incident)
        xs = [x for x, _ in component.values()]
        ys = [y for _, y in component.values()]
        left, top = min(xs), min(ys)
        for node_id, (x, y) in component.items():
            positions[node_id] = (round(x - left + offset, 1), round(y - top, 1))
        offset += max(xs) - left + COMPONENT_GAP
    return positions


def _component_layout(roots: list[str], incident: Incident) -> dict[str, tuple[float, float]]:
    """A radial tree: each subtree gets a sector in proportion to its leaves,
    so an entity sits near the entity that reaches it. Rings are pushed out
    until neighbours on a ring are NODE_SPACING apart."""
    children = _children(roots, incident, tree_parents(roots, incident))
    leaves: dict[str, int] = {}

    def count(node_id: str) -> int:
        leaves[node_id] = sum(count(c) for c in children[node_id]) or 1
        return leaves[node_id]

    total = sum(count(r) for r in roots)
    angles: dict[str, float] = {}
    depths: dict[str, int] = {}

    def place(node_id: str, start: float, depth: int) -> None:
        span = 2 * math.pi * leaves[node_id] / total
        angles[node_id], depths[node_id] = start + span / 2 - math.pi / 2, depth
        for child in children[node_id]:
            place(child, start, depth + 1)
            start += 2 * math.pi * leaves[child] / total

    start = 0.0
    first_ring = 0 if len(roots) == 1 else 1     # several focus entities share the first ring
    for root in roots:
        place(root, start, first_ring)
        start += 2 * math.pi * leaves[root] / total
    radii = _ring_radii(angles, depths)
    return {n: (radii[depths[n]] * math.cos(angles[n]), radii[depths[n]] * math.sin(angles[n])) for n in angles}


def _children(roots: list[str], incident: Incident, parent_link: dict[str, int]) -> dict[str, list[str]]:
    children: dict[str, list[str]] = {}
    todo = list(roots)
    while todo:
        here = todo.pop(0)
        children[here] = [other for index, _, other in incident.get(here, [])
                          if parent_link.get(other) == index and other not in children]
        todo += children[here]
    return children


def _ring_radii(angles: dict[str, float], depths: dict[str, int]) -> dict[int, float]:
    radii = {0: 0.0}
    for depth in range(1, max(depths.values(), default=0) + 1):
        ring = sorted(a for n, a in angles.items() if depths[n] == depth)
        gaps = [b - a for a, b in zip(ring, ring[1:] + [ring[0] + 2 * math.pi])] if len(ring) > 1 else [2 * math.pi]
        radii[depth] = max(radii[depth - 1] + RING_GAP, NODE_SPACING / max(min(gaps), 1e-3))
    return radii
