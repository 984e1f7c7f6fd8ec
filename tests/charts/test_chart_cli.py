"""`graph-intel chart` and `graph-intel export` on the seed graph, driven
through the real CLI group and the real embedded store."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from click.testing import CliRunner

from graph_intel.cli import main
from graph_intel.queries import saved_queries


@pytest.fixture
def run(seeded_db):
    def invoke(*args: str):
        return CliRunner().invoke(main, ["--db", str(seeded_db), *args], catch_exceptions=False)
    return invoke


@pytest.fixture
def pink_panther(seeded_store) -> dict:
    """The seed's Pink Panther group as the store resolves it (its exact
    spelling belongs to the extractor, not to these tests)."""
    return seeded_store.resolve("Pink Panther")


# The tiny hand-made case (tests/store/tiny_case.py): Hasselt's port, in Belgium, where 1.2 t of cocaine
# attributed to the Balkan Cartel were seized, all stated by one B2 release (so every line is "confirmed").
# The case facts (the seizure and whose it was) come first, where the port lies last.
HASSELT_DEPTH_2 = """\
* Hasselt [Port]
+<--SEIZED_AT (1 doc)--- 1.2 t cocaine seized in Hasselt [Shipment]
|  `--ATTRIBUTED_TO (1 doc)--> Balkan Cartel [Organisation]
`--LOCATED_IN (1 doc)--> Belgium [Country]

4 entities, 3 links
Legend: --> confirmed (confidence >= 0.8 or graded A/B 1-2)
        ~~> probable (>= 0.5 or A-C 1-3)  ..> possible or ungraded
        <> direction of the relationship  (n docs) supporting documents
        ^ drawn in full elsewhere
"""


def test_chart_of_a_hand_made_graph_exact_text(tiny_db):
    result = CliRunner().invoke(main, ["--db", str(tiny_db), "chart", "Hasselt", "--depth", "2", "--ascii",
                                       "--width", "80"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output == HASSELT_DEPTH_2


def test_chart_piped_has_no_colour_and_ascii_is_ascii(run):
    result = run("chart", "Serbia", "--depth", "2", "--ascii", "--width", "60")
    assert result.exit_code == 0
    assert "\x1b[" not in result.output and result.output.isascii()
    assert result.output.startswith("* Serbia [Country]\n")
    assert max(len(line) for line in result.output.splitlines()) <= 60


def test_chart_colour_can_be_forced(run, pink_panther):
    result = run("chart", "Pink Panther", "--color", "--width", "80")
    assert f"\x1b[1;31m{pink_panther['name']}\x1b[0m" in result.output


def test_path_chart_with_evidence(run, pink_panther):
    result = run("chart", "Pink Panther", "--to", "Hasselt", "--evidence", "--width", "100")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert re.fullmatch(rf"Path from {re.escape(pink_panther['name'])} to Hasselt: \d hops", lines[0])
    assert lines[1] == f"◉ {pink_panther['name']} [Organisation]"
    assert "One of the targets arrested in Serbia" in result.output and "— doc:" in result.output


def test_ambiguous_name_lists_candidates_in_one_line(run):
    result = run("chart", "Bel")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "matches several entities" in result.output and "country:BE" in result.output


def test_unknown_entity_says_what_to_do(run):
    result = run("chart", "Atlantis")
    assert result.exit_code == 1 and "no entity matches 'Atlantis'" in result.output


@pytest.mark.parametrize("option, value, message", [
    ("--label", "Vessel", "unknown label 'Vessel'; choose from Operation"),
    ("--rel", "OWNS", "unknown relationship 'OWNS'; choose from PARTICIPATED_IN"),
    ("--grade-min", "Z9", "'Z9' is not an Admiralty grade"),
    ("--since", "May 2023", "'May 2023' is not a date"),
])
def test_filters_are_validated(run, option, value, message):
    result = run("chart", "Serbia", option, value)
    assert result.exit_code == 2 and message in result.output


def test_filters_are_case_insensitive_and_keep_the_subject(run):
    result = run("chart", "Serbia", "--label", "operation", "--rel", "participated_in", "--width", "100")
    assert result.exit_code == 0
    assert "──PARTICIPATED_IN (1 doc)" in result.output
    assert "[Agency]" not in result.output


def test_export_graphml_of_a_neighbourhood(run, tmp_path):
    out = tmp_path / "serbia.graphml"
    result = run("export", "graphml", "--entity", "Serbia", "--depth", "2", "-o", str(out))
    assert result.exit_code == 0
    graph = nx.read_graphml(out, force_multigraph=True)
    assert "country:RS" in graph and graph.number_of_edges() > 0
    assert f"to {out} (graphml)" in result.output


def test_export_whole_graph_as_cytoscape_to_stdout(run, seeded_store):
    whole = seeded_store.subgraph()
    result = run("export", "cytoscape", "--all")
    elements = json.loads(result.output)["elements"]
    assert (len(elements["nodes"]), len(elements["edges"])) == (len(whole.nodes), len(whole.links))


def test_export_query_result(run, tmp_path):
    query = tmp_path / "countries.cypher"
    query.write_text("MATCH (c:Country) WHERE c.id IN ['country:RS', 'country:NL'] RETURN c.id AS id")
    result = run("export", "ftm", "--query", str(query))
    ids = {json.loads(line)["id"] for line in result.output.splitlines()}
    assert {"country.RS", "country.NL"} <= ids


def test_export_needs_exactly_one_source(run):
    result = run("export", "dot")
    assert result.exit_code == 2 and "--entity ENTITY, --query NAME or --all" in result.output


def test_png_to_stdout_is_refused(run):
    result = run("export", "png", "--all")
    assert result.exit_code == 2 and "-o FILE.png" in result.output


@pytest.mark.parametrize("name", sorted(saved_queries()))
def test_every_saved_query_exports_through_the_query_library(seeded_db, name):
    """Macros rendered for the engine, parameters typed, defaults filled: each saved query exports
    its entities, or says in one line that its rows hold none (an aggregate, a list of documents)."""
    from graph_intel.queries.saved import _shown

    query = saved_queries()[name]
    params = [arg for p in query.parameters if p.required for arg in ("-p", f"{p.name}={_shown(p.example)}")]
    result = CliRunner().invoke(main, ["--db", str(seeded_db), "export", "ftm", "--query", name, *params])
    if result.exit_code:
        assert result.exit_code == 1 and "returned no entity ids to export" in result.stderr, result.output
    else:
        assert [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_a_link_budget_keeps_a_hub_readable_and_counts_what_it_leaves_out(seeded_store, run):
    """At most N new neighbours per entity, the case facts first; the rest are counted by type and
    label, and nothing is lost: drawn plus counted is the whole neighbourhood."""
    whole = seeded_store.neighbourhood(["country:RS"], depth=1)
    around = {n.id for n in whole.nodes} - {"country:RS"}
    assert len(around) > 4
    budgeted = seeded_store.neighbourhood(["country:RS"], depth=1, budget=4)
    drawn = {n.id for n in budgeted.nodes} - {"country:RS"}
    counted = sum(item["count"] for item in budgeted.more["country:RS"])
    assert len(drawn) == 4 and len(drawn) + counted == len(around) and drawn < around
    # The case facts come first: no place is drawn while an operation is left out.
    left_out_labels = {item["label"] for item in budgeted.more["country:RS"]}
    if "Operation" in left_out_labels:
        assert not {n.label for n in budgeted.nodes} & {"Location", "Port"}
    deeper = seeded_store.neighbourhood(["country:RS"], depth=2, budget=4)
    assert {n.id for n in deeper.nodes} < {n.id for n in seeded_store.neighbourhood(["country:RS"], depth=2).nodes}
    result = run("chart", "Serbia", "--max-links", "4", "--width", "120")
    assert result.exit_code == 0
    assert f"+{counted} more: " in result.output and "(--max-links to see them)" in result.output
