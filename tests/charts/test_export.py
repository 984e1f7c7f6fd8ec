"""Every export read back by a real reader: networkx for GraphML and GEXF,
json for Cytoscape.js and FollowTheMoney, csv for i2, Graphviz for DOT."""
from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from xml.etree import ElementTree

import networkx as nx
import pytest

from graph_intel.charts import export as charts_export
from graph_intel.charts.export import ExportError, export, link_id
from graph_intel.charts.graphviz import quote, to_dot, to_png, to_svg
from graph_intel.charts.layout import radial_layout
from graph_intel.charts.svg import draw_svg
from graph_intel.records import ChartLink, ChartNode, Subgraph

from .conftest import EUROPOL_2023, LINKS, NODES

NEEDS_DOT = pytest.mark.skipif(shutil.which("dot") is None,
                               reason="Graphviz `dot` is not installed (apt-get install graphviz)")


def test_graphml_reads_back_with_every_entity_and_link(seed_subgraph, tmp_path):
    path = tmp_path / "seed.graphml"
    path.write_text(export(seed_subgraph, "graphml"), encoding="utf-8")
    graph = nx.read_graphml(path, force_multigraph=True)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (len(NODES), len(LINKS))
    assert graph.nodes["port:nlrtm"]["entity_type"] == "Port"
    edge = graph["organisation:balkan-cartel"]["platform:sky-ecc"]
    (data,) = edge.values()
    assert data["relationship"] == "USED" and data["documents"] == 2 and data["strength"] == "confirmed"
    assert EUROPOL_2023 in data["doc_ids"]
    assert json.loads(data["evidence"])[0]["text"] == "Thanks to the analysis carried out on Sky ECC data"


def test_gexf_reads_back_with_labels_and_weights(seed_subgraph, tmp_path):
    path = tmp_path / "seed.gexf"
    path.write_text(export(seed_subgraph, "gexf"), encoding="utf-8")
    graph = nx.read_gexf(path)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (len(NODES), len(LINKS))
    assert graph.nodes["agency:europol"]["label"] == "Europol"
    weights = sorted(d["weight"] for _, _, d in graph.edges(data=True))
    assert weights.count(2.0) == 3      # USED, TARGETED and Europol PARTICIPATED_IN


def test_parallel_links_stay_separate_edges(seed_subgraph):
    extra = charts_export.ChartLink("organisation:balkan-cartel", "OPERATES_IN", "platform:sky-ecc", 1, 1, 0.5)
    seed_subgraph.links.append(extra)
    graph = nx.read_graphml(io.BytesIO(export(seed_subgraph, "graphml").encode()), force_multigraph=True)
    assert graph.number_of_edges("organisation:balkan-cartel", "platform:sky-ecc") == 2


def test_cytoscape_json_has_elements_with_evidence(seed_subgraph):
    document = json.loads(export(seed_subgraph, "cytoscape"))
    nodes, edges = document["elements"]["nodes"], document["elements"]["edges"]
    assert (len(nodes), len(edges)) == (len(NODES), len(LINKS))
    assert len({e["data"]["id"] for e in edges}) == len(LINKS)
    used = next(e["data"] for e in edges if e["data"]["relationship"] == "USED")
    assert used["source"] == "organisation:balkan-cartel" and len(used["evidence"]) == 2


def test_i2_csv_has_one_row_per_link_with_strength_and_sources(seed_subgraph):
    rows = list(csv.DictReader(io.StringIO(export(seed_subgraph, "i2"))))
    assert len(rows) == len(LINKS)
    located = next(r for r in rows if r["Entity1 Identity"] == "port:nlrtm")
    assert located == located | {
        "Entity1 Type": "Port", "Entity1 Label": "Rotterdam", "Link Type": "LOCATED_IN",
        "Link Direction": "With", "Link Strength": "Confirmed", "Link Grade 1": "B", "Link Grade 2": "2",
        "Link Source Reference": EUROPOL_2023, "Entity2 Identity": "country:NL", "Entity2 Label": "Netherlands"}
    assert {r["Link Strength"] for r in rows} == {"Confirmed", "Unconfirmed", "Tentative"}


def test_i2_csv_lists_entities_without_links(seed_subgraph):
    seed_subgraph.nodes.append(charts_export.ChartNode("person:alone", "Person", "A. Lone"))
    rows = list(csv.DictReader(io.StringIO(export(seed_subgraph, "i2"))))
    assert rows[-1]["Entity1 Identity"] == "person:alone" and rows[-1]["Link Type"] == ""


def test_ftm_lines_are_entities_intervals_and_documents(seed_subgraph):
    entities = [json.loads(line) for line in export(seed_subgraph, "ftm").splitlines()]
    documents = [e for e in entities if e["schema"] == "Document"]
    assert len(entities) == len(NODES) + len(LINKS) + len(documents)
    assert len(documents) == 2
    schemata = {e["id"]: e["schema"] for e in entities}
    # FollowTheMoney ids take letters, digits, '.' and '-': the graph's ':' becomes '.'.
    assert schemata["agency.europol"] == "PublicBody"
    assert schemata["organisation.balkan-cartel"] == "Organization"
    assert schemata["port.nlrtm"] == "Address"
    member = next(e for e in entities if e["schema"] == "Employment")
    assert member["properties"]["employee"] == ["person.jean-philippe-lecouffe"]
    assert member["properties"]["proof"] == [EUROPOL_2023.replace(":", ".")]
    for entity in entities:
        assert all(isinstance(v, list) for v in entity["properties"].values())


def test_dot_quotes_names_that_look_like_graphviz_escapes():
    assert quote('Cartel "X" \\N') == '"Cartel \\"X\\" \\\\N"'


@NEEDS_DOT
def test_dot_renders_with_graphviz(seed_subgraph, tmp_path):
    source = tmp_path / "seed.dot"
    source.write_text(to_dot(seed_subgraph), encoding="utf-8")
    done = subprocess.run(["dot", "-Tsvg", str(source)], capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr
    svg = ElementTree.fromstring(done.stdout)
    groups = [g for g in svg.iter("{http://www.w3.org/2000/svg}g")]
    assert sum(g.get("class") == "node" for g in groups) == len(NODES)
    assert sum(g.get("class") == "edge" for g in groups) == len(LINKS)
    assert done.stderr == b""       # no warnings about our attributes


@NEEDS_DOT
def test_png_comes_from_graphviz(seed_subgraph):
    assert to_png(seed_subgraph)[:8] == b"\x89PNG\r\n\x1a\n"


def test_png_without_graphviz_says_what_to_install(seed_subgraph, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(ExportError, match="needs Graphviz"):
        to_png(seed_subgraph)


def test_svg_without_graphviz_is_drawn_in_python(seed_subgraph):
    svg = ElementTree.fromstring(to_svg(seed_subgraph, use_graphviz=False).encode())
    groups = list(svg.iter("{http://www.w3.org/2000/svg}g"))
    assert sum(g.get("class") == "node" for g in groups) == len(NODES)
    links = [g for g in groups if g.get("class") == "link"]
    assert len(links) == len(LINKS)
    assert {g.get("data-strength") for g in links} == {"confirmed", "probable", "possible"}


def test_pure_svg_and_layout_are_deterministic(seed_subgraph):
    assert draw_svg(seed_subgraph) == draw_svg(seed_subgraph)
    positions = radial_layout(seed_subgraph)
    assert set(positions) == {n[0] for n in NODES}
    assert min(x for x, _ in positions.values()) == 0 and min(y for _, y in positions.values()) == 0


def test_link_ids_are_stable_across_formats(seed_subgraph):
    link = seed_subgraph.links[0]
    cytoscape = json.loads(export(seed_subgraph, "cytoscape"))["elements"]["edges"][0]["data"]["id"]
    assert cytoscape == link_id(link) == link_id(link)


def test_unknown_format_lists_the_choices(seed_subgraph):
    with pytest.raises(ExportError, match="expected one of graphml, gexf"):
        export(seed_subgraph, "xlsx")


def test_every_ftm_line_loads_into_followthemoney_without_loss(seeded_db, tmp_path):
    """The real library, as Aleph would read the file: valid ids, schema rules met, and no value
    dropped when the library cleans it (an id with ':' would silently lose a link's ends)."""
    from click.testing import CliRunner
    from followthemoney import model
    from followthemoney.types import registry

    from graph_intel.cli import main

    result = CliRunner().invoke(main, ["--db", str(seeded_db), "export", "ftm", "--all"])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    ids = {e["id"] for e in lines}
    for data in lines:
        assert registry.entity.validate(data["id"]), data["id"]
        proxy = model.get_proxy(data)
        proxy.schema.validate(proxy.to_dict())   # raises InvalidData on a missing subject, object...
        for prop, values in data["properties"].items():
            assert sorted(proxy.get(prop)) == sorted(values), (data["id"], prop)
            if proxy.schema.get(prop).type == registry.entity:
                assert set(values) <= ids, (data["id"], prop)   # every reference resolves in the file
    documents = [e for e in lines if e["schema"] == "Document"]
    assert documents and all(not d["properties"]["title"][0].startswith("doc") for d in documents)


def test_the_chart_modules_import_each_other_without_a_cycle():
    """export dispatches to graphviz and html; graphviz falls back to svg; shared helpers live in style."""
    import ast
    from pathlib import Path

    import graph_intel.charts as charts

    folder = Path(charts.__file__).parent
    imports = {}
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports[path.stem] = {node.module.rsplit(".", 1)[-1] for node in ast.walk(tree)
                              if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("graph_intel.charts.")}

    def reaches(start, goal, seen=()):
        return any(m == goal or (m not in seen and reaches(m, goal, (*seen, m))) for m in imports.get(start, ()))

    assert not [m for m in imports if reaches(m, m)]


def test_i2_rows_carry_dates_and_entity_attributes():
    port = ChartNode("port:nlrtm", "Port", "Rotterdam",
                     {"unlocode": "NLRTM", "aliases": ["Port of Rotterdam", "Europoort"], "named": True})
    country = ChartNode("country:NL", "Country", "Netherlands", {"iso2": "NL"})
    link = ChartLink("port:nlrtm", "LOCATED_IN", "country:NL", 2, 2, 0.9, ["B2"],
                     evidence=[{"doc_id": "doc:b", "text": "Rotterdam, the Netherlands.", "start": 0, "end": 9},
                               {"doc_id": "doc:a", "text": "in Rotterdam (NL)", "start": 3, "end": 12}])
    subgraph = Subgraph([port, country], [link],
                        documents={"doc:a": {"published": "2024-03-12"}, "doc:b": {"published": "2023-11-30"}})
    (row,) = csv.DictReader(io.StringIO(export(subgraph, "i2")))
    assert (row["Link Date First"], row["Link Date Last"]) == ("2023-11-30", "2024-03-12")
    assert row["Entity1 Attributes"] == "aliases=Port of Rotterdam|Europoort; unlocode=NLRTM"
    assert row["Entity2 Attributes"] == "iso2=NL"
