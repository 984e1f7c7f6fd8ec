"""Who is linked to whom, in the one deterministic order every chart uses
(graphdata.drawing_order: case facts before background, by type, routes in
route order, then direction and name). The terminal tree, the radial layout,
the exports and the store's link budget share it."""
from __future__ import annotations

from collections import defaultdict, deque

from graph_intel.records import ChartNode, Subgraph
from graph_intel.store.graphdata import drawing_order

Incident = dict[str, list[tuple[int, bool, str]]]


def incident_links(subgraph: Subgraph, nodes: dict[str, ChartNode]) -> Incident:
    """For each entity: (link index, outgoing, other end), in drawing order."""
    incident: Incident = defaultdict(list)
    for index, link in enumerate(subgraph.links):
        if link.source not in nodes or link.target not in nodes:
            continue    # a link to an entity outside the subgraph cannot be drawn
        incident[link.source].append((index, True, link.target))
        if link.target != link.source:
            incident[link.target].append((index, False, link.source))

    def order(item: tuple[int, bool, str]) -> tuple:
        index, outgoing, other = item
        link = subgraph.links[index]
        return (*drawing_order(link.type, outgoing, link.properties.get("stop"), nodes[other].name), other, index)

    return {node: sorted(items, key=order) for node, items in incident.items()}


def sort_name(node: ChartNode) -> str:
    return node.name.casefold()


def root_groups(subgraph: Subgraph, nodes: dict[str, ChartNode],
           incident: Incident) -> list[list[str]]:
    """Groups of roots: the focus entities together, then one hub per
    component the focus does not reach (the best connected entity, so a
    whole-graph chart starts from something meaningful)."""
    focus = [f for f in dict.fromkeys(subgraph.focus) if f in nodes]
    groups = [focus] if focus else []
    reached = reachable(focus, incident)
    rest = sorted(nodes.values(), key=lambda n: (-len(incident.get(n.id, [])), sort_name(n), n.id))
    for node in rest:
        if node.id not in reached:
            groups.append([node.id])
            reached |= reachable([node.id], incident)
    return groups


def reachable(starts: list[str], incident: Incident) -> set[str]:
    seen, todo = set(starts), list(starts)
    while todo:
        for _, _, other in incident.get(todo.pop(), []):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen


def tree_parents(roots: list[str], incident: Incident) -> dict[str, int]:
    """Breadth-first from all roots at once: each entity hangs under the
    entity that reaches it in the fewest hops (ties: drawing order)."""
    parent_link: dict[str, int] = {}
    seen, queue = set(roots), deque(roots)
    while queue:
        here = queue.popleft()
        for index, _, other in incident.get(here, []):
            if other not in seen:
                seen.add(other)
                parent_link[other] = index
                queue.append(other)
    return parent_link
