"""A whole graph as plain data, to compare two stores exactly (used by the forget tests)."""
from __future__ import annotations

from graph_intel.model import ontology


def dump(store) -> dict:
    """Every node and relationship with its properties (load times, and the document version a
    judgement was applied to, aside)."""
    onto = ontology()
    nodes = {}
    for label in onto.labels:
        for row in store.query(f"MATCH (n:{label}) RETURN n"):
            node = {k: v for k, v in row["n"].items() if k not in {"loaded_at", "applied_to", "_label"} and v is not None}
            nodes[node["id"]] = node
    links = []
    for rel in [*onto.claim_types, "MENTIONED_IN"]:
        for row in store.query(f"MATCH (a)-[r:{rel}]->(b) RETURN a.id AS a, b.id AS b, r"):
            props = {k: v for k, v in row["r"].items() if not k.startswith("_") and v is not None}
            links.append((rel, row["a"], row["b"], sorted(props.items(), key=str)))
    return {"nodes": nodes, "links": sorted(links, key=str)}
