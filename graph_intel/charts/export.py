"""Exports of a subgraph to the tools analysts already use.

Every function is pure: a Subgraph in, text or bytes out; the CLI writes
the file. Evidence (document ids, sentences, character spans) travels into
every format that can hold it. See docs/charts.md for what each format is
for and how its columns or schemata map to the ontology.
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from graph_intel.charts.style import (ExportError, best_grading, document_ids, evidence_records, link_caption,
                                      evidence_summary, label_colour, link_id, link_strength)
from graph_intel.records import ChartLink, ChartNode, Subgraph
from graph_intel.textsafe import cleaned

if TYPE_CHECKING:
    import networkx as nx


# Names the GraphML/GEXF writers or Gephi treat specially; an entity
# property with one of these names is renamed rather than lost.
RESERVED = {"id", "label", "name", "entity_type", "weight", "type", "start", "end", "pid", "viz", "key"}


# --------------------------------------------------------------------------- networkx: GraphML, GEXF

def _scalar(value: Any) -> Any:
    """GraphML and GEXF hold scalars only: numbers become floats (one type
    per column for Gephi), lists and mappings become JSON text."""
    if isinstance(value, bool) or isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return float(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def node_attributes(node: ChartNode, focus: set[str]) -> dict[str, Any]:
    attrs: dict[str, Any] = {"label": node.name, "name": node.name, "entity_type": node.label,
                             "colour": label_colour(node.label), "focus": node.id in focus}
    for key, value in sorted(node.properties.items()):
        if value is not None:
            attrs[f"p_{key}" if key in RESERVED else key] = _scalar(value)
    return attrs


def link_attributes(link: ChartLink) -> dict[str, Any]:
    # `label` is what Gephi and Cytoscape print on the edge; `weight` (the
    # number of documents) is what their layouts and metrics use.
    return {"id": link_id(link), "label": link.type, "relationship": link.type,
            "weight": float(link.documents), "documents": link.documents, "claims": link.claims,
            "confidence": float(link.confidence or 0.0), "strength": link_strength(link),
            "gradings": ";".join(sorted(set(link.gradings))), "best_grading": best_grading(link.gradings) or "",
            "doc_ids": ";".join(document_ids(link)),
            "evidence": json.dumps(evidence_records(link), ensure_ascii=False)}


def _uniform(records: list[dict[str, Any]]) -> None:
    """Make each attribute one type across all records (text if mixed):
    the GraphML writer declares one type per key."""
    kinds: dict[str, set[type]] = {}
    for attrs in records:
        for key, value in attrs.items():
            kinds.setdefault(key, set()).add(type(value))
    mixed = {key for key, seen in kinds.items() if len(seen) > 1}
    for attrs in records:
        for key in mixed & attrs.keys():
            attrs[key] = str(attrs[key])


def to_networkx(subgraph: Subgraph) -> nx.MultiDiGraph:
    """A MultiDiGraph keyed by entity id: two relationship types between the
    same pair stay two edges."""
    import networkx as nx   # here, not at the top: every command would pay its 0.1 s import

    focus = set(subgraph.focus)
    graph = nx.MultiDiGraph(name="graph-intel")
    node_attrs = [node_attributes(n, focus) for n in subgraph.nodes]
    edge_attrs = [link_attributes(link) for link in subgraph.links]
    _uniform(node_attrs)
    _uniform(edge_attrs)
    for node, attrs in zip(subgraph.nodes, node_attrs):
        graph.add_node(node.id, **attrs)
    ids = {n.id for n in subgraph.nodes}
    for link, attrs in zip(subgraph.links, edge_attrs):
        if link.source in ids and link.target in ids:
            graph.add_edge(link.source, link.target, key=attrs["id"], **attrs)
    return graph


def to_graphml(subgraph: Subgraph) -> str:
    import networkx as nx

    return "\n".join(nx.generate_graphml(to_networkx(subgraph))) + "\n"


def to_gexf(subgraph: Subgraph) -> str:
    import networkx as nx

    graph = to_networkx(subgraph)
    for _, _, attrs in graph.edges(data=True):
        attrs.pop("key", None)
    return "\n".join(nx.generate_gexf(graph)) + "\n"


# --------------------------------------------------------------------------- Cytoscape.js

def to_cytoscape(subgraph: Subgraph) -> str:
    """Cytoscape.js elements JSON; Cytoscape desktop imports it as well."""
    focus = set(subgraph.focus)
    nodes = [{"data": {"id": n.id, **node_attributes(n, focus)}} for n in subgraph.nodes]
    edges = []
    for link in subgraph.links:
        data = link_attributes(link)
        data["evidence"] = evidence_records(link)
        edges.append({"data": {"source": link.source, "target": link.target, **data}})
    document = {"format_version": "1.0", "generated_by": "graph-intel", "target_cytoscapejs_version": "~3",
                "data": {"name": "graph-intel", "focus": list(subgraph.focus)},
                "elements": {"nodes": nodes, "edges": edges}}
    return json.dumps(document, ensure_ascii=False, indent=1) + "\n"


# --------------------------------------------------------------------------- i2 Analyst's Notebook

I2_STRENGTH = {"confirmed": "Confirmed", "probable": "Unconfirmed", "possible": "Tentative"}
I2_COLUMNS = [
    "Entity1 Type", "Entity1 Identity", "Entity1 Label", "Entity1 Attributes",
    "Link Type", "Link Label", "Link Direction", "Link Strength", "Link Grade 1", "Link Grade 2",
    "Link Documents", "Link Confidence", "Link Date First", "Link Date Last", "Link Source Reference",
    "Link Description",
    "Entity2 Type", "Entity2 Identity", "Entity2 Label", "Entity2 Attributes",
]


def to_i2_csv(subgraph: Subgraph) -> str:
    """One row per link with both entities (the i2 "entities and links"
    import), then one row per entity without links (Entity2 and Link blank).
    Column mapping for the Import wizard: docs/charts.md."""
    nodes = {n.id: n for n in subgraph.nodes}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")   # CRLF: what Windows i2 expects
    writer.writerow(I2_COLUMNS)
    linked: set[str] = set()
    for link in subgraph.links:
        if link.source in nodes and link.target in nodes:
            writer.writerow(_i2_link_row(link, nodes[link.source], nodes[link.target], subgraph.documents))
            linked |= {link.source, link.target}
    for node in subgraph.nodes:
        if node.id not in linked:
            writer.writerow(_i2_entity(node) + [""] * (len(I2_COLUMNS) - 4))
    return out.getvalue()


def _i2_entity(node: ChartNode) -> list[str]:
    """Type, identity, label and the entity's attributes ('country=NL; kind=police')."""
    attributes = "; ".join(f"{k}={'|'.join(map(str, v)) if isinstance(v, list) else v}"
                           for k, v in sorted(node.properties.items()) if v not in (None, "", []) and k != "named")
    return [node.label, node.id, node.name, attributes]


def _i2_link_row(link: ChartLink, source: ChartNode, target: ChartNode,
                 documents: dict[str, dict[str, Any]]) -> list[str]:
    grading = best_grading(link.gradings) or ""
    dates = sorted(d for d in (documents.get(doc, {}).get("published") for doc in document_ids(link)) if d)
    return _i2_entity(source) + [
        link.type, link_caption(link), "With",
        I2_STRENGTH[link_strength(link)], grading[:1], grading[1:],
        str(link.documents), f"{link.confidence or 0.0:.2f}", dates[0] if dates else "", dates[-1] if dates else "",
        "; ".join(document_ids(link)), evidence_summary(link),
    ] + _i2_entity(target)


# --------------------------------------------------------------------------- FollowTheMoney

# Closest FtM schema per label. Places are Address entities: FtM has no
# country or port entity that Aleph (FtM 3.x) understands; the country code
# goes into `country`. Operations and seizures are Events.
FTM_SCHEMA = {
    "Person": "Person", "Organisation": "Organization", "Agency": "PublicBody",
    "Platform": "Organization", "Operation": "Event", "Shipment": "Event",
    "Country": "Address", "Region": "Address", "Location": "Address", "Port": "Address",
    "Document": "Document",
}

# Relationship -> (FtM interval schema, source property, target property).
# Anything not listed becomes UnknownLink(subject, object, role=TYPE).
FTM_LINKS = {
    ("MEMBER_OF", "Person", "Organisation"): ("Membership", "member", "organization"),
    ("MEMBER_OF", "Person", "Agency"): ("Employment", "employee", "employer"),
    ("PART_OF", "Agency", "Agency"): ("Membership", "member", "organization"),
    ("LINKED_TO", "Person", "Person"): ("Associate", "person", "associate"),
}


def ftm_entities(subgraph: Subgraph) -> list[dict[str, Any]]:
    """FollowTheMoney entities: one per entity, one interval per link, and
    a Document per source document referenced as `proof`."""
    nodes = {n.id: n for n in subgraph.nodes}
    entities = [_ftm_node(n) for n in subgraph.nodes]
    documents: set[str] = set()
    for link in subgraph.links:
        if link.source in nodes and link.target in nodes:
            entities.append(_ftm_link(link, nodes[link.source], nodes[link.target]))
            documents |= set(document_ids(link))
    entities += [_ftm_document(doc, subgraph.documents.get(doc, {})) for doc in sorted(documents)]
    return entities


def ftm_id(graph_id: str) -> str:
    """A FollowTheMoney id (letters, digits, '.' and '-') for a graph-intel id: 'agency:europol' is
    'agency.europol'."""
    return re.sub(r"[^0-9A-Za-z.-]", "-", graph_id.replace(":", ".")).strip(".-") or "entity"


def _ftm_document(doc_id: str, meta: dict[str, Any]) -> dict[str, Any]:
    props = {"title": [meta.get("title") or meta.get("path") or doc_id], "sourceUrl": [meta.get("source")],
             "publisher": [meta.get("publisher")], "date": [meta.get("published")],
             "fileName": [Path(meta["path"]).name if meta.get("path") else None],
             "notes": [f"graph-intel document {doc_id}" + (f", graded {meta['grading']}" if meta.get("grading") else "")]}
    return {"id": ftm_id(doc_id), "schema": "Document",
            "properties": {k: [v for v in values if v] for k, values in props.items() if any(values)}}


def to_ftm(subgraph: Subgraph) -> str:
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in ftm_entities(subgraph))


def _ftm_node(node: ChartNode) -> dict[str, Any]:
    schema = FTM_SCHEMA.get(node.label, "LegalEntity")
    props: dict[str, list[str]] = {"full" if schema == "Address" else "name": [node.name]}
    aliases = node.properties.get("aliases") or []
    if aliases and schema != "Address":
        props["alias"] = [str(a) for a in aliases]
    country = node.properties.get("iso2") or node.properties.get("country")
    if country:
        props["country"] = [str(country).lower()]
    props["notes"] = [_ftm_note(node)]
    return {"id": ftm_id(node.id), "schema": schema, "properties": props}


def _ftm_note(node: ChartNode) -> str:
    details = ", ".join(f"{k}={v}" for k, v in sorted(node.properties.items())
                        if v not in (None, "", []) and k not in {"aliases", "named"})
    return f"graph-intel {node.label} {node.id}" + (f": {details}" if details else "")


def _ftm_link(link: ChartLink, source: ChartNode, target: ChartNode) -> dict[str, Any]:
    schema, source_prop, target_prop = FTM_LINKS.get(
        (link.type, source.label, target.label), ("UnknownLink", "subject", "object"))
    props: dict[str, list[str]] = {source_prop: [ftm_id(source.id)], target_prop: [ftm_id(target.id)],
                                   "proof": [ftm_id(d) for d in document_ids(link)],
                                   "description": [e["text"] for e in evidence_records(link)],
                                   "summary": [link_caption(link, link_strength(link))]}
    props["role" if schema in ("UnknownLink", "Membership", "Employment") else "relationship"] = [link.type]
    return {"id": ftm_id(link_id(link)), "schema": schema, "properties": {k: v for k, v in props.items() if v}}


# --------------------------------------------------------------------------- dispatch

def _graphviz(fmt: str) -> Callable[[Subgraph], str | bytes]:
    def render(subgraph: Subgraph) -> str | bytes:
        from graph_intel.charts import graphviz
        return getattr(graphviz, f"to_{fmt}")(subgraph)
    return render


def _html(subgraph: Subgraph) -> str:
    from graph_intel.charts.html import to_html
    return to_html(subgraph)


EXPORTERS: dict[str, Callable[[Subgraph], str | bytes]] = {
    "graphml": to_graphml,
    "gexf": to_gexf,
    "cytoscape": to_cytoscape,
    "dot": _graphviz("dot"),
    "svg": _graphviz("svg"),
    "png": _graphviz("png"),
    "html": _html,
    "i2": to_i2_csv,
    "ftm": to_ftm,
}

EXACT_TEXT = {"cytoscape", "ftm"}   # JSON: text kept exact, the encoder escapes control characters

EXTENSIONS = {"graphml": ".graphml", "gexf": ".gexf", "cytoscape": ".cyjs", "dot": ".dot", "svg": ".svg",
              "png": ".png", "html": ".html", "i2": ".csv", "ftm": ".ftm.json"}


def export(subgraph: Subgraph, fmt: str) -> str | bytes:
    """The subgraph in `fmt` (one of EXPORTERS): text, or bytes for PNG."""
    try:
        exporter = EXPORTERS[fmt]
    except KeyError:
        raise ExportError(f"unknown export format {fmt!r}; expected one of {', '.join(EXPORTERS)}") from None
    # XML, DOT, HTML and CSV cannot carry control characters; JSON formats escape them themselves.
    return exporter(subgraph if fmt in EXACT_TEXT else cleaned(subgraph))
