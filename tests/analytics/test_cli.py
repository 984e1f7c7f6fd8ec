"""`graph-intel analyze` driven through click's CliRunner, comparing exact JSON."""
from __future__ import annotations

import csv
import io
import json

import networkx as nx
import pytest
from click.testing import CliRunner

from graph_intel.analytics import read_network
from graph_intel.cli.analyze import analyze

MEASURES = ["degree", "betweenness", "closeness", "eigenvector", "pagerank"]


@pytest.fixture
def kite_file(tmp_path):
    path = tmp_path / "kite.csv"
    path.write_text("source,target\n" + "".join(f"{u},{v}\n" for u, v in nx.krackhardt_kite_graph().edges()))
    return path


def run(*args):
    result = CliRunner().invoke(analyze, [str(a) for a in args], catch_exceptions=False)
    return result


def test_centrality_json_contract(kite_file):
    result = run("centrality", "--network", kite_file, "--format", "json")
    assert result.exit_code == 0, result.stdout
    rows = json.loads(result.stdout)
    assert len(rows) == 10
    assert all(list(row) == ["node"] + MEASURES for row in rows)
    by_node = {row["node"]: row for row in rows}
    assert by_node["n3"]["degree"] == 6   # raw number of ties, not normalised
    assert by_node["n7"]["betweenness"] == pytest.approx(0.3889, abs=1e-4)
    assert by_node["n5"]["closeness"] == pytest.approx(0.6429, abs=1e-4)
    assert sum(row["pagerank"] for row in rows) == pytest.approx(1.0)
    assert rows[0]["node"] == "n3"   # sorted by the first measure


def test_centrality_on_the_911_network(datasets):
    result = run("centrality", "--network", datasets / "911-hijackers-krebs/terrorists.net", "--format", "json")
    rows = json.loads(result.stdout)
    for measure in ("degree", "betweenness", "closeness"):
        assert max(rows, key=lambda row: row[measure])["node"] == "Mohamed Atta"


def test_centrality_csv_and_table(kite_file):
    csv_rows = list(csv.DictReader(io.StringIO(run("centrality", "--network", kite_file, "--format", "csv",
                                                   "--measures", "degree,kcore").stdout)))
    assert csv_rows[0] == {"node": "n3", "degree": "6", "kcore": "3"}
    table = run("centrality", "--network", kite_file, "--top", "3").stdout
    assert "Centrality" in table and "n3" in table and "n9" not in table


def test_disrupt_json_contract_blocks(datasets):
    network = datasets / "sicilian-mafia-montagna/Montagna_meetings_edgelist.csv"
    result = run("disrupt", "--network", network, "--strategy", "betweenness", "--block", "5", "--format", "json")
    assert result.exit_code == 0, result.stdout
    data = json.loads(result.stdout)
    assert data["lcc"][:3] == [92, 77, 24]
    assert data["removed"][0] == ["n18", "n47", "n27", "n68", "n12"]
    assert len(data["lcc"]) == len(data["removed"]) + 1
    assert sum(map(len, data["removed"])) == 101 and data["lcc"][-1] == 0


def test_disrupt_one_at_a_time_matches_reference_rows(datasets):
    folder = datasets / "sicilian-mafia-montagna"
    result = run("disrupt", "--network", folder / "Montagna_meetings_edgelist.csv", "--strategy", "betweenness",
                 "--block", "1", "--min-nodes", "5", "--format", "json")
    data = json.loads(result.stdout)
    with open(folder / "reference_results/Sequential/Meeting/df_Unweighted_5nrem.csv", newline="") as handle:
        expected = [float(row["Betweenness"]) for row in csv.DictReader(handle)]
    assert [size / data["lcc"][0] for size in data["lcc"]] == pytest.approx(expected, abs=1e-12)
    assert all(len(batch) == 1 for batch in data["removed"])


def test_disrupt_table(kite_file):
    output = run("disrupt", "--network", kite_file, "--steps", "1").stdout
    assert "Disruption by betweenness" in output and "n7" in output


def test_brokers_with_a_groups_file(tmp_path):
    network = tmp_path / "net.csv"
    network.write_text("a,v\nv,c\nv,d\n")
    groups = tmp_path / "groups.csv"
    groups.write_text("node,cell\na,X\nv,X\nc,Y\nd,Y\n")
    rows = json.loads(run("brokers", "--network", network, "--groups", groups, "--format", "json").stdout)
    assert rows[0]["node"] == "v" and rows[0]["group"] == "X"
    assert (rows[0]["itinerant"], rows[0]["representative"], rows[0]["gatekeeper"]) == (2, 2, 2)
    assert rows[0]["constraint"] == pytest.approx(1 / 3)


def test_brokers_say_which_group_ids_match_no_node(tmp_path):
    network = tmp_path / "net.csv"
    network.write_text("P1,P2\nP2,P3\n")
    groups = tmp_path / "groups.csv"
    groups.write_text("id,cell\nP1,X\nP2,Y\nP3,X\nP7,Y\n")
    result = run("brokers", "--network", network, "--groups", groups, "--format", "json")
    rows = {row["node"]: row for row in json.loads(result.stdout)}
    assert rows["P2"]["itinerant"] == 2   # P1 and P3 share cell X; P2 of cell Y sits between them
    assert "1 of 4 ids" in result.stderr and "'P7'" in result.stderr
    wrong = CliRunner().invoke(analyze, ["brokers", "--network", str(network), "--groups", str(groups),
                                         "--group-by", "role"])
    assert wrong.exit_code == 1 and "no values in column 'role'; columns are cell" in wrong.stderr


def test_communities_json(tmp_path):
    network = tmp_path / "barbell.txt"
    network.write_text("".join(f"{u} {v}\n" for u, v in nx.barbell_graph(4, 0).edges()))
    data = json.loads(run("communities", "--network", network, "--format", "json").stdout)
    assert [c["size"] for c in data["communities"]] == [4, 4]
    assert data["modularity"] == pytest.approx(nx.community.modularity(
        nx.barbell_graph(4, 0), [set(range(4)), set(range(4, 8))]))


def test_keyplayers_json(kite_file):
    data = json.loads(run("keyplayers", "--network", kite_file, "--k", "1", "--format", "json").stdout)
    assert data == {"nodes": ["n7"], "score": pytest.approx(1 - (7 * 6 + 2 * 1) / (9 * 8)), "goal": "fragment",
                    "method": "exhaustive", "sets": 10}


def test_predict_json(tmp_path):
    network = tmp_path / "g.csv"
    network.write_text("a,x\nb,x\na,y\nb,y\nc,y\n")
    data = json.loads(run("predict", "--network", network, "--method", "jaccard", "--top", "1",
                          "--format", "json").stdout)
    assert [(p["source"], p["target"], p["score"]) for p in data] == [("a", "b", 1.0)]


def test_routes_json_reads_the_file_directed(tmp_path):
    network = tmp_path / "routes.csv"
    network.write_text("CO,EC\nEC,NL\nBR,NL\n")
    data = json.loads(run("routes", "--network", network, "--format", "json").stdout)
    assert (data["legs"][0]["source"], data["legs"][0]["target"]) == ("CO", "EC")
    assert data["hubs"][0]["node"] == "EC" and data["hubs"][0]["in"] == 1


def test_path_json_over_a_network(datasets):
    data = json.loads(run("path", "Atta", "Moussaoui", "--network",
                          datasets / "911-hijackers-krebs/terrorists.net", "--format", "json").stdout)
    assert [n["id"] for n in data["nodes"]] == ["Mohamed Atta", "Habib Zacarias Moussaoui"]


@pytest.mark.parametrize("args, message", [
    (["centrality", "--network", "missing.csv"], "missing.csv: no such file"),
    (["centrality", "--network", "{kite}", "--measures", "fame"], "unknown measure 'fame'"),
    (["path", "n1", "nobody", "--network", "{kite}"], "no entity called 'nobody'"),
    (["disrupt", "--network", "{kite}", "--block", "0"], "block must be at least 1"),
])
def test_user_errors_are_one_line(kite_file, args, message):
    args = [a.replace("{kite}", str(kite_file)) for a in args]
    result = CliRunner().invoke(analyze, args)
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.output
    # One line of error; a network that was read is reported on its own line first.
    assert len([line for line in result.stderr.splitlines() if not line.startswith("read ")]) == 1


def test_plot_needs_matplotlib_or_writes_a_png(kite_file, tmp_path):
    target = tmp_path / "curve.png"
    result = CliRunner().invoke(analyze, ["disrupt", "--network", str(kite_file), "--plot", str(target)])
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        assert result.exit_code == 1 and "pip install matplotlib" in result.stderr
    else:
        assert result.exit_code == 0 and target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_network_options_reach_the_reader(tmp_path):
    network = tmp_path / "calls.txt"
    network.write_text("1 2\n2 3\n")
    names = tmp_path / "who.txt"
    names.write_text("1 Ann\n2 Bob\n3 Cy\n")
    rows = json.loads(run("centrality", "--network", network, "--names", names, "--directed",
                          "--measures", "degree", "--format", "json").stdout)
    assert rows == [{"node": "Bob", "degree": 2}, {"node": "Ann", "degree": 1}, {"node": "Cy", "degree": 1}]
    assert read_network(network, directed=True).is_directed()


def test_every_analyze_command_is_documented():
    from pathlib import Path

    docs = (Path(__file__).resolve().parents[2] / "docs" / "analytics.md").read_text(encoding="utf-8")
    for name in analyze.commands:
        assert f"graph-intel analyze {name}" in docs, name


def test_what_was_read_goes_to_stderr_and_the_user_can_settle_a_doubt(tmp_path):
    network = tmp_path / "calls.csv"
    network.write_text("suspect;associate\nAnn;Bob\nBob;Cy\n")
    refused = CliRunner().invoke(analyze, ["centrality", "--network", str(network), "--format", "json"])
    assert refused.exit_code == 1 and "may be a header" in refused.stderr and "--header" in refused.stderr
    result = run("centrality", "--network", network, "--header", "--format", "json")
    assert {row["node"] for row in json.loads(result.stdout)} == {"Ann", "Bob", "Cy"}
    assert result.stderr.startswith(f"read {network}: edgelist, semicolon-separated, header row, undirected")
    forced = run("centrality", "--network", network, "--no-header", "--sep", ";", "--format", "json")
    assert len(json.loads(forced.stdout)) == 5


def test_a_measure_that_cannot_be_computed_is_reported_and_the_others_come_out(tmp_path):
    network = tmp_path / "calls.csv"
    network.write_text("a,b\nb,c\nc,a\nc,d\n")   # d calls no one: not strongly connected
    result = run("centrality", "--network", network, "--directed", "--format", "json")
    rows = {row["node"]: row for row in json.loads(result.stdout)}
    assert result.exit_code == 0 and rows["d"]["eigenvector"] is None and rows["d"]["degree"] == 1
    assert "note: eigenvector: not computed: " in result.stderr and "use pagerank" in result.stderr


def test_a_large_edge_list_is_read_column_wise_with_the_same_answers(tmp_path, monkeypatch):
    from graph_intel.analytics import networks

    network = tmp_path / "calls.csv"
    G = nx.convert_node_labels_to_integers(nx.les_miserables_graph())
    network.write_text("".join(f"{u},{v},{1 + (u + v) % 3}\n" for u, v in G.edges()))
    small = json.loads(run("centrality", "--network", network, "--format", "json").stdout)
    monkeypatch.setattr(networks, "LARGE_FILE_BYTES", 0)
    result = run("centrality", "--network", network, "--format", "json")
    assert "read column-wise into igraph" in result.stderr
    large = {row["node"]: row for row in json.loads(result.stdout)}
    for row in small:
        values = {key: value for key, value in row.items() if key != "node"}
        assert {key: large[row["node"]][key] for key in values} == pytest.approx(values, rel=1e-3, abs=1e-6)


def test_describe_gives_the_shape_and_what_was_read_as_json(tmp_path):
    network = tmp_path / "calls.csv"
    network.write_text("caller;callee;calls\n1;2;3\n2;3;0\n4;5;1\n")
    data = json.loads(run("describe", "--network", network, "--format", "json").stdout)
    # Ties 1-2 and 4-5 (2-3 has weight 0: no tie, both ends kept): 5 nodes in three components.
    assert {key: data[key] for key in ("nodes", "edges", "components", "largest_component")} == {
        "nodes": 5, "edges": 2, "components": 3, "largest_component": 2}
    assert data["read"]["separator"] == "semicolon" and data["read"]["header"] is True
    assert data["read"]["notes"] == ["1 rows with weight 0 read as no tie"]


def test_long_work_says_what_it_is_computing(tmp_path, monkeypatch):
    from graph_intel.analytics import measures

    monkeypatch.setattr(measures, "EXACT_EDGES", 2)
    network = tmp_path / "calls.csv"
    network.write_text("a,b\nb,c\nc,d\n")
    result = run("centrality", "--network", network, "--measures", "degree,pagerank", "--format", "json")
    assert [line.split()[-1] for line in result.stderr.splitlines() if line.endswith("...")] == [
        "degree...", "pagerank..."]
