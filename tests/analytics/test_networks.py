"""Importing plain networks: every format in tests/data/networks and the usual edge lists."""
from __future__ import annotations

import pytest

from graph_intel.analytics.networks import (Detected, NetworkFormatError, detect_format, match_nodes, node_groups,
                                            read_network, read_node_table)
from graph_intel.errors import GraphIntelError, NotFound


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_text(text, encoding=encoding)
    return path


@pytest.mark.parametrize("text", [
    "a,b\nb,c\n",
    "source,target\na,b\nb,c\n",
    "a\tb\nb\tc\n",
    "a b\n\nb c\n# comment\n",
    "from;to\n".replace(";", " ") + "a b\nb c\n",
])
def test_edge_lists_with_and_without_header(tmp_path, text):
    G = read_network(write(tmp_path, "calls.txt", text))
    assert sorted(map(sorted, G.edges())) == [["a", "b"], ["b", "c"]]
    assert all(w == 1.0 for _, _, w in G.edges(data="weight"))


def test_weights_of_repeated_ties_are_summed_by_default(tmp_path):
    path = write(tmp_path, "calls.csv", "caller,callee,weight\n1,2,3\n2,1,4\n1,3,1\n")
    assert read_network(path).edges["n1", "n2"]["weight"] == 7.0
    assert read_network(path, combine="last").edges["n1", "n2"]["weight"] == 4.0
    assert read_network(path, combine="max").edges["n1", "n2"]["weight"] == 4.0
    directed = read_network(path, directed=True)
    assert directed.edges["n2", "n1"]["weight"] == 4.0 and directed.is_directed()


def test_header_guessed_from_a_text_weight_column(tmp_path):
    G = read_network(write(tmp_path, "e.csv", "alpha,beta,strength\nx,y,2\n"))
    assert list(G.edges(data="weight")) == [("x", "y", 2.0)]


def test_numeric_ids_get_a_prefix_that_can_be_turned_off(tmp_path):
    path = write(tmp_path, "e.tsv", "1\t2\t5\n")
    assert list(read_network(path)) == ["n1", "n2"]
    assert list(read_network(path, prefix="")) == ["1", "2"]


def test_square_matrix_with_bom_and_caption(tmp_path):
    text = '\ufeff"players","1","2","3"\n"1",0,2,0\n"2",1,0,0\n"3",0,0,0\n'
    path = write(tmp_path, "m.csv", text)
    assert detect_format(path.read_text(encoding="utf-8-sig")) == "matrix"
    G = read_network(path)
    assert set(G) == {"n1", "n2", "n3"}   # the isolate is kept
    assert G.edges["n1", "n2"]["weight"] == 3.0   # both directions merge
    D = read_network(path, directed=True)
    assert D.edges["n1", "n2"]["weight"] == 2.0 and D.edges["n2", "n1"]["weight"] == 1.0


def test_two_mode_table_is_projected_to_co_attendance(tmp_path):
    text = ',"01/01/2008, dinner at X","02/01/2008, summit at Y",e3\nANNA,1,1,0\nBRUNO,1,1,0\nCARLA,0,1,0\nDINO,0,0,0\n'
    G = read_network(write(tmp_path, "2m.csv", text))
    assert G.graph["format"] == "twomode"
    assert G.edges["ANNA", "BRUNO"]["weight"] == 2.0
    assert G.edges["ANNA", "CARLA"]["weight"] == 1.0
    assert G.nodes["DINO"]["events"] == 0 and G.degree("DINO") == 0


def test_pajek_uses_vertex_labels(tmp_path):
    text = '*Vertices 3\n1 "Ann"\n2 "Bob"\n3 "Cy"\n*Arcs\n1 2 2\n2 3\n*Edges\n3 1\n'
    D = read_network(write(tmp_path, "g.net", text), directed=True)
    assert sorted(D.edges(data="weight")) == [("Ann", "Bob", 2.0), ("Bob", "Cy", 1.0), ("Cy", "Ann", 1.0)]


def test_node_map_next_to_the_file_names_the_nodes(tmp_path):
    path = write(tmp_path, "cell.net", "0 1\n1 2\n")
    write(tmp_path, "cell_node_map.txt", "0 Ann Smith  \n1 Bob\n2 Cy\n")
    assert sorted(read_network(path)) == ["Ann Smith", "Bob", "Cy"]


@pytest.mark.parametrize("text, message", [
    ("a,b,heavy\nc,d,1\ne,f,x\n", "line 3: weight 'x' is not a number"),
    ("a b c d e\n", "expected 'source target [weight]', got 5 columns"),
    ("", "the file is empty"),
])
def test_errors_name_the_file_and_the_problem(tmp_path, text, message):
    path = write(tmp_path, "bad.txt", text)
    with pytest.raises(NetworkFormatError) as caught:
        read_network(path)
    assert str(path) in str(caught.value) and message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_other_errors(tmp_path):
    with pytest.raises(NotFound, match="no such file"):
        read_network(tmp_path / "missing.csv")
    with pytest.raises(NetworkFormatError, match="not UTF-8"):
        read_network(write(tmp_path, "latin.csv", "Müller,Zoë\n", encoding="latin-1"))
    with pytest.raises(GraphIntelError, match="unknown format 'gml'"):
        read_network(write(tmp_path, "e.csv", "a,b\n"), fmt="gml")
    with pytest.raises(NetworkFormatError, match="row ids differ from the header"):
        read_network(write(tmp_path, "m.csv", ",a,b\nx,0,1\ny,1,0\n"), fmt="matrix")


# -- every file in tests/data/networks, with the sizes its README verified ------

@pytest.mark.parametrize("relative, fmt, nodes, edges", [
    ("caviar/phase1.csv", "matrix", 15, 18),
    ("caviar/phase9.csv", "matrix", 34, 44),
    ("caviar/phase11.csv", "matrix", 41, 50),
    ("caviar/caviar_aggregate_adjacency.csv", "matrix", 110, 205),
    ("london-gang/LONDON_GANG.csv", "matrix", 54, 315),
    ("911-hijackers-krebs/terrorists.net", "edgelist", 34, 93),
    ("ndrangheta-infinito/NDRANGHETAMAFIA_2M.csv", "twomode", 156, 1619),
    ("sicilian-mafia-montagna/Montagna_meetings_edgelist.csv", "edgelist", 101, 256),
    ("sicilian-mafia-montagna/Montagna_phonecalls_edgelist.csv", "edgelist", 100, 124),
])
def test_published_networks_load_with_their_verified_sizes(datasets, relative, fmt, nodes, edges):
    G = read_network(datasets / relative)
    assert (G.graph["format"], len(G), G.number_of_edges()) == (fmt, nodes, edges)


def test_caviar_directed_arcs(datasets):
    assert read_network(datasets / "caviar/phase9.csv", directed=True).number_of_edges() == 60
    assert read_network(datasets / "caviar/caviar_aggregate_adjacency.csv", directed=True).number_of_edges() == 295


def test_london_gang_tie_levels(datasets):
    G = read_network(datasets / "london-gang/LONDON_GANG.csv")
    levels = [w for _, _, w in G.edges(data="weight")]
    # A symmetric matrix read undirected gives each tie once, at its level (the README's counts).
    assert {level: levels.count(float(level)) for level in (1, 2, 3, 4)} == {1: 182, 2: 92, 3: 25, 4: 16}
    assert "symmetric matrix: each tie read once" in G.graph["detected"]["notes"]


def test_montagna_roles_become_node_attributes(datasets):
    roles = read_node_table(datasets / "sicilian-mafia-montagna/Montagna_Roles.csv")
    assert len(roles) == 143 and "N18" in roles
    network = read_network(datasets / "sicilian-mafia-montagna/Montagna_meetings_edgelist.csv")
    matched, unmatched = match_nodes(roles, network)
    # 94 of the 101 people at the meetings have a row (comm -12 of the two id lists, 'N' dropped).
    assert len(matched) == 94 and len(unmatched) == 143 - 94 and set(matched) <= set(network)
    groups = node_groups(matched, "Role")
    assert groups["n18"] == "executive family ''Mistretta''"


@pytest.mark.parametrize("ids", [["N1", "N2", "N3"], ["a1", "a2", "a3"], ["P12", "P13", "P14"]])
def test_group_ids_meet_the_network_as_written(tmp_path, ids):
    a, b, c = ids
    network = read_network(write(tmp_path, "e.csv", f"{a},{b}\n{b},{c}\n"))
    table = read_node_table(write(tmp_path, "g.csv", f"id,cell\n{a},X\n{b},Y\n{c},Y\nQ9,Z\n"))
    matched, unmatched = match_nodes(table, network)
    assert node_groups(matched, "cell") == {a: "X", b: "Y", c: "Y"} and unmatched == ["Q9"]


def test_numeric_group_ids_meet_prefixed_nodes(tmp_path):
    network = read_network(write(tmp_path, "e.csv", "1,2\n"))
    table = read_node_table(write(tmp_path, "g.csv", "id,cell\n1,X\n2,Y\n"))
    assert match_nodes(table, network) == ({"n1": {"cell": "X"}, "n2": {"cell": "Y"}}, [])


def test_one_letter_names_are_nodes_not_a_header(tmp_path):
    G = read_network(write(tmp_path, "e.csv", "u,v\nv,w\n"))
    assert sorted(map(sorted, G.edges())) == [["u", "v"], ["v", "w"]]


# -- files that used to be read wrong without a word: read right, or refused with the flag --------

def edges(G):
    return sorted(tuple(sorted(e)) for e in G.edges())


def test_a_tab_on_one_pajek_line_is_a_separator_not_part_of_a_name(tmp_path):
    text = '*Vertices 3\n1 "Ann"\n2 "Bob"\n3\t"Cy"\n*Edges\n1 2\n2\t3\n'
    G = read_network(write(tmp_path, "g.net", text))
    assert sorted(G) == ["Ann", "Bob", "Cy"] and edges(G) == [("Ann", "Bob"), ("Bob", "Cy")]


@pytest.mark.parametrize("text, message", [
    ('*Vertices 4\n1 "Ann"\n2 "Bob"\n3 "Cy"\n*Edges\n1 2\n', "*Vertices says 4 but 3 vertex lines follow"),
    ('*Vertices 2\n1 "Ann"\n2 "Bob"\n*Edges\n1 3\n', "a tie names vertex '3'"),
])
def test_pajek_that_contradicts_itself_is_refused(tmp_path, text, message):
    with pytest.raises(NetworkFormatError, match=message.replace("*", r"\*")):
        read_network(write(tmp_path, "g.net", text))


def test_tabs_then_spaces_is_read_as_whitespace_throughout(tmp_path):
    G = read_network(write(tmp_path, "e.txt", "a\tb\nb c\nc d 2\n"))
    assert edges(G) == [("a", "b"), ("b", "c"), ("c", "d")]
    assert G.graph["detected"]["separator"] == "whitespace"


def test_mixed_separators_that_change_the_names_are_refused(tmp_path):
    path = write(tmp_path, "e.txt", "Ann Smith\tBob Jones\nBob Jones\tCy\nCy Dee\n")
    with pytest.raises(NetworkFormatError, match="line 3 is not tab-separated like line 1.*--sep"):
        read_network(path)
    G = read_network(path, sep="tab")   # the user decides: one name per tab-separated cell
    assert edges(G) == [("Ann Smith", "Bob Jones"), ("Bob Jones", "Cy")] and "Cy Dee" in G


def test_semicolon_separated_ties(tmp_path):
    G = read_network(write(tmp_path, "calls.csv", "a;b;2\nb;c;1\n"))
    assert sorted(G.edges(data="weight")) == [("a", "b", 2.0), ("b", "c", 1.0)]
    assert G.graph["detected"]["separator"] == "semicolon"


def test_a_header_of_any_two_words_above_numeric_ids(tmp_path):
    G = read_network(write(tmp_path, "e.csv", "suspect,associate\n1,2\n2,3\n"))
    assert edges(G) == [("n1", "n2"), ("n2", "n3")] and G.graph["detected"]["header"]


def test_a_first_row_that_may_be_a_header_is_refused_until_the_user_says(tmp_path):
    path = write(tmp_path, "e.csv", "suspect,associate\nAnn,Bob\nBob,Cy\n")
    with pytest.raises(NetworkFormatError, match=r"line 1 \(suspect, associate\) may be a header.*--header"):
        read_network(path)
    assert edges(read_network(path, header=True)) == [("Ann", "Bob"), ("Bob", "Cy")]
    assert len(read_network(path, header=False).edges()) == 3


def test_a_square_block_of_numbers_is_a_matrix_without_ids(tmp_path):
    G = read_network(write(tmp_path, "m.txt", "0 1 0 0\n1 0 1 0\n0 1 0 1\n0 0 1 0\n"))
    assert G.graph["format"] == "matrix" and edges(G) == [("n1", "n2"), ("n2", "n3"), ("n3", "n4")]


def test_three_by_three_numbers_are_ambiguous(tmp_path):
    path = write(tmp_path, "m.txt", "0 1 1\n1 0 1\n1 1 0\n")
    with pytest.raises(NetworkFormatError, match="can be a matrix or an edge list.*--input-format"):
        read_network(path)
    assert len(read_network(path, fmt="matrix").edges()) == 3


def test_a_mistyped_row_id_is_named_not_read_as_a_two_mode_table(tmp_path):
    text = ",a,b,c,d\na,0,1,0,0\nb,1,0,1,0\ncc,0,1,0,1\nd,0,0,1,0\n"
    with pytest.raises(NetworkFormatError, match="row id 'cc' is not in the header \\(header has 'c' with no row\\)"):
        read_network(write(tmp_path, "m.csv", text))


def test_a_ragged_matrix_is_blamed_on_the_matrix(tmp_path):
    text = ",a,b,c\na,0,1,0\nb,1,0\nc,0,0,0\n"
    with pytest.raises(NetworkFormatError, match="line 3: 2 values for 3 columns; a matrix needs"):
        read_network(write(tmp_path, "m.csv", text))


def test_zero_weights_are_no_tie_and_said_so_negative_weights_are_refused(tmp_path):
    G = read_network(write(tmp_path, "e.csv", "a,b,0\nb,c,2\n"))
    assert list(G.edges()) == [("b", "c")] and "a" in G
    assert "1 rows with weight 0 read as no tie" in G.graph["detected"]["notes"]
    with pytest.raises(NetworkFormatError, match="line 2: weight '-2' is negative"):
        read_network(write(tmp_path, "n.csv", "a,b,1\nb,c,-2\n"))


def test_a_symmetric_valued_matrix_gives_each_tie_its_value_once(tmp_path):
    G = read_network(write(tmp_path, "m.csv", ",a,b,c\na,0,3,0\nb,3,0,1\nc,0,1,0\n"))
    assert sorted(G.edges(data="weight")) == [("a", "b", 3.0), ("b", "c", 1.0)]
    D = read_network(write(tmp_path, "m.csv", ",a,b,c\na,0,3,0\nb,3,0,1\nc,0,1,0\n"), directed=True)
    assert D.edges["a", "b"]["weight"] == D.edges["b", "a"]["weight"] == 3.0


def test_what_was_read_is_reported_in_one_line(tmp_path):
    G = read_network(write(tmp_path, "calls.csv", "caller,callee,weight\n1,2,3\n2,3,0\n"))
    summary = Detected(**G.graph["detected"]).summary()
    assert summary == (f"{tmp_path / 'calls.csv'}: edgelist, comma-separated, header row, undirected, weighted; "
                       f"3 nodes, 1 edges; 1 rows with weight 0 read as no tie")


# -- large edge lists: read column-wise into igraph, the same network as line by line ---------

def igraph_edges(g):
    return sorted((*sorted((g.vs[e.source]["name"], g.vs[e.target]["name"])), e["weight"]) for e in g.es)


@pytest.mark.parametrize("text, options", [
    ("caller,callee,calls\n1,2,3\n2,1,4\n1,3,0\n3,4,1\n", {}),
    ("\ufeffa\tb\t2\nb\tc\t1\nc\ta\t5\n", {}),
    ("a b\nb c\nc a\na b\n", {}),
    ("suspect;associate\nAnn;Bob\nBob;Cy\n", {"header": True}),
    ("1,2,3\n2,1,4\n", {"combine": "max"}),
])
def test_large_reader_builds_the_same_network(tmp_path, text, options):
    from graph_intel.analytics.networks import read_large_network

    path = write(tmp_path, "calls.csv", text)
    G, g = read_network(path, **options), read_large_network(path, **options)
    assert sorted(g.vs["name"]) == sorted(G)
    assert igraph_edges(g) == sorted((*sorted((u, v)), w) for u, v, w in G.edges(data="weight"))
    same = {key: g["detected"][key] for key in ("separator", "header", "weighted", "nodes", "edges")}
    assert same == {key: G.graph["detected"][key] for key in same}


def test_large_reader_keeps_directions_apart_when_directed(tmp_path):
    from graph_intel.analytics.networks import read_large_network

    g = read_large_network(write(tmp_path, "calls.csv", "a,b,2\nb,a,3\na,b,1\n"), directed=True)
    assert sorted((g.vs[e.source]["name"], g.vs[e.target]["name"], e["weight"]) for e in g.es) == [
        ("a", "b", 3.0), ("b", "a", 3.0)]


@pytest.mark.parametrize("text", ["# calls\na,b\n", "a\nb,c\n", "a  b\nb c\n"])
def test_large_reader_leaves_files_it_cannot_read_column_wise_to_the_line_reader(tmp_path, text):
    from graph_intel.analytics.networks import read_large_network

    assert read_large_network(write(tmp_path, "e.txt", text)) is None


def test_large_reader_refuses_negative_weights_with_the_row(tmp_path):
    from graph_intel.analytics.networks import read_large_network

    with pytest.raises(NetworkFormatError, match="row 3: weight -1.0 is negative"):
        read_large_network(write(tmp_path, "e.csv", "a,b,1\nb,c,2\nc,d,-1\n"))
