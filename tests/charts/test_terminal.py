"""Exact text of the terminal link chart on the seed story: neighbourhood
trees and a path, Unicode and ASCII, wide and narrow terminals."""
from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from graph_intel.charts.style import CONFIRMED, POSSIBLE, PROBABLE, best_grading, link_strength
from graph_intel.charts.terminal import is_path, pack_items, render_chart, wrap_cells, write_chart
from graph_intel.records import ChartLink, ChartNode, Subgraph

from .conftest import path_story, seed_story

UNICODE_120 = """\
◉ Balkan Cartel [Organisation]
├◀──ATTRIBUTED_TO (1 doc)── 1.2 t cocaine seized in Hasselt [Shipment]
│  └──SEIZED_AT (1 doc)──▶ Hasselt [Port]
│     └┄┄LOCATED_IN (1 doc)┄┄▶ Belgium [Country]
├◀╌╌ATTRIBUTED_TO (1 doc)╌╌ 5 t cocaine seized in Aruba [Shipment]
│  └──SEIZED_AT (1 doc)──▶ Aruba [Country]
├◀──ATTRIBUTED_TO (1 doc)── 700 kg cocaine seized in Rotterdam [Shipment]
│  └──SEIZED_AT (1 doc)──▶ Rotterdam [Port]
│     └──LOCATED_IN (1 doc)──▶ ↺ see Netherlands
├──OPERATES_IN (1 doc)────▶ Serbia [Country]
│  └──PARTICIPATED_IN (1 doc)──▶ ↺ see Operational Taskforce Balkan Cartel
├╌╌TRANSITED_VIA (1 doc)╌╌▶ West Africa [Region]
├◀──TARGETED (2 docs)────── Operational Taskforce Balkan Cartel [Operation]
│  ├◀╌╌PARTICIPATED_IN (1 doc)╌╌╌ Eurojust [Agency]
│  ├◀──PARTICIPATED_IN (2 docs)── Europol [Agency]
│  │  ├◀──MEMBER_OF (1 doc)── Jean-Philippe Lecouffe [Person]
│  │  └◀──PART_OF (1 doc)──── ↺ see Europol Drugs Unit
│  ├◀──PARTICIPATED_IN (1 doc)─── Europol Drugs Unit [Agency]
│  └◀┄┄PARTICIPATED_IN (1 doc)┄┄┄ Netherlands [Country]
└──USED (2 docs)──────────▶ Sky ECC [Platform]

17 entities, 19 links
Legend: ──▶ confirmed (confidence ≥ 0.8 or graded A/B 1–2)  ╌╌▶ probable (≥ 0.5 or A–C 1–3)  ┄┄▶ possible or ungraded
        ◀▶ direction of the relationship  (n docs) supporting documents  ↺ drawn in full elsewhere
"""

ASCII_60 = """\
* Balkan Cartel [Organisation]
+<--ATTRIBUTED_TO (1 doc)-- 1.2 t cocaine seized in Hasselt
|                           [Shipment]
|  `--SEIZED_AT (1 doc)--> Hasselt [Port]
|     `..LOCATED_IN (1 doc)..> Belgium [Country]
+<~~ATTRIBUTED_TO (1 doc)~~ 5 t cocaine seized in Aruba
|                           [Shipment]
|  `--SEIZED_AT (1 doc)--> Aruba [Country]
+<--ATTRIBUTED_TO (1 doc)-- 700 kg cocaine seized in
|                           Rotterdam [Shipment]
|  `--SEIZED_AT (1 doc)--> Rotterdam [Port]
|     `--LOCATED_IN (1 doc)--> ^ see Netherlands
+--OPERATES_IN (1 doc)----> Serbia [Country]
|  `--PARTICIPATED_IN (1 doc)--> ^ see Operational Taskforce
|                                Balkan Cartel
+~~TRANSITED_VIA (1 doc)~~> West Africa [Region]
+<--TARGETED (2 docs)------ Operational Taskforce Balkan
|                           Cartel [Operation]
|  +<~~PARTICIPATED_IN (1 doc)~~~ Eurojust [Agency]
|  +<--PARTICIPATED_IN (2 docs)-- Europol [Agency]
|  |  +<--MEMBER_OF (1 doc)-- Jean-Philippe Lecouffe
|  |  |                       [Person]
|  |  `<--PART_OF (1 doc)---- ^ see Europol Drugs Unit
|  +<--PARTICIPATED_IN (1 doc)--- Europol Drugs Unit
|  |                              [Agency]
|  `<..PARTICIPATED_IN (1 doc)... Netherlands [Country]
`--USED (2 docs)----------> Sky ECC [Platform]

17 entities, 19 links
Legend: --> confirmed (confidence >= 0.8 or graded A/B 1-2)
        ~~> probable (>= 0.5 or A-C 1-3)
        ..> possible or ungraded
        <> direction of the relationship
        (n docs) supporting documents
        ^ drawn in full elsewhere
"""

UNICODE_60 = """\
◉ Balkan Cartel [Organisation]
├◀──ATTRIBUTED_TO (1 doc)── 1.2 t cocaine seized in Hasselt
│                           [Shipment]
│  └──SEIZED_AT (1 doc)──▶ Hasselt [Port]
│     └┄┄LOCATED_IN (1 doc)┄┄▶ Belgium [Country]
├◀╌╌ATTRIBUTED_TO (1 doc)╌╌ 5 t cocaine seized in Aruba
│                           [Shipment]
│  └──SEIZED_AT (1 doc)──▶ Aruba [Country]
├◀──ATTRIBUTED_TO (1 doc)── 700 kg cocaine seized in
│                           Rotterdam [Shipment]
│  └──SEIZED_AT (1 doc)──▶ Rotterdam [Port]
│     └──LOCATED_IN (1 doc)──▶ ↺ see Netherlands
├──OPERATES_IN (1 doc)────▶ Serbia [Country]
│  └──PARTICIPATED_IN (1 doc)──▶ ↺ see Operational Taskforce
│                                Balkan Cartel
├╌╌TRANSITED_VIA (1 doc)╌╌▶ West Africa [Region]
├◀──TARGETED (2 docs)────── Operational Taskforce Balkan
│                           Cartel [Operation]
│  ├◀╌╌PARTICIPATED_IN (1 doc)╌╌╌ Eurojust [Agency]
│  ├◀──PARTICIPATED_IN (2 docs)── Europol [Agency]
│  │  ├◀──MEMBER_OF (1 doc)── Jean-Philippe Lecouffe
│  │  │                       [Person]
│  │  └◀──PART_OF (1 doc)──── ↺ see Europol Drugs Unit
│  ├◀──PARTICIPATED_IN (1 doc)─── Europol Drugs Unit
│  │                              [Agency]
│  └◀┄┄PARTICIPATED_IN (1 doc)┄┄┄ Netherlands [Country]
└──USED (2 docs)──────────▶ Sky ECC [Platform]

17 entities, 19 links
Legend: ──▶ confirmed (confidence ≥ 0.8 or graded A/B 1–2)
        ╌╌▶ probable (≥ 0.5 or A–C 1–3)
        ┄┄▶ possible or ungraded
        ◀▶ direction of the relationship
        (n docs) supporting documents
        ↺ drawn in full elsewhere
"""

ASCII_120 = """\
* Balkan Cartel [Organisation]
+<--ATTRIBUTED_TO (1 doc)-- 1.2 t cocaine seized in Hasselt [Shipment]
|  `--SEIZED_AT (1 doc)--> Hasselt [Port]
|     `..LOCATED_IN (1 doc)..> Belgium [Country]
+<~~ATTRIBUTED_TO (1 doc)~~ 5 t cocaine seized in Aruba [Shipment]
|  `--SEIZED_AT (1 doc)--> Aruba [Country]
+<--ATTRIBUTED_TO (1 doc)-- 700 kg cocaine seized in Rotterdam [Shipment]
|  `--SEIZED_AT (1 doc)--> Rotterdam [Port]
|     `--LOCATED_IN (1 doc)--> ^ see Netherlands
+--OPERATES_IN (1 doc)----> Serbia [Country]
|  `--PARTICIPATED_IN (1 doc)--> ^ see Operational Taskforce Balkan Cartel
+~~TRANSITED_VIA (1 doc)~~> West Africa [Region]
+<--TARGETED (2 docs)------ Operational Taskforce Balkan Cartel [Operation]
|  +<~~PARTICIPATED_IN (1 doc)~~~ Eurojust [Agency]
|  +<--PARTICIPATED_IN (2 docs)-- Europol [Agency]
|  |  +<--MEMBER_OF (1 doc)-- Jean-Philippe Lecouffe [Person]
|  |  `<--PART_OF (1 doc)---- ^ see Europol Drugs Unit
|  +<--PARTICIPATED_IN (1 doc)--- Europol Drugs Unit [Agency]
|  `<..PARTICIPATED_IN (1 doc)... Netherlands [Country]
`--USED (2 docs)----------> Sky ECC [Platform]

17 entities, 19 links
Legend: --> confirmed (confidence >= 0.8 or graded A/B 1-2)  ~~> probable (>= 0.5 or A-C 1-3)  ..> possible or ungraded
        <> direction of the relationship  (n docs) supporting documents  ^ drawn in full elsewhere
"""

PATH_EVIDENCE_100 = """\
Path from Jean-Philippe Lecouffe to Aruba: 5 hops
◉ Jean-Philippe Lecouffe [Person]
├──MEMBER_OF (1 doc)─────────▶ Europol [Agency]
│      “Europol's Deputy Executive Director Jean-Philippe Lecouffe commented” — doc:d41c9e07a1b2
│       [3502:3570]
├──PARTICIPATED_IN (2 docs)──▶ Operational Taskforce Balkan Cartel [Operation]
│      “This action day is a result of this Operational Taskforce” — doc:5be0f3a9c8d4 [3290:3347]
│      “This action day is a result of this Operational Taskforce” — doc:d41c9e07a1b2 [3290:3347]
├──TARGETED (2 docs)─────────▶ Balkan Cartel [Organisation]
│      “Europol created the Operational Taskforce 'Balkan Cartel'” — doc:5be0f3a9c8d4 [3001:3058]
│      “Europol created the Operational Taskforce 'Balkan Cartel'” — doc:d41c9e07a1b2 [3001:3058]
├◀╌╌ATTRIBUTED_TO (1 doc)╌╌╌╌╌ 5 t cocaine seized in Aruba [Shipment]
│      “5 tonnes of cocaine seized in Aruba, the Dutch Antilles” — doc:d41c9e07a1b2 [2402:2457]
└──SEIZED_AT (1 doc)─────────▶ Aruba [Country]
       “5 tonnes of cocaine seized in Aruba” — doc:d41c9e07a1b2 [2402:2437]

6 entities, 5 links
Legend: ──▶ confirmed (confidence ≥ 0.8 or graded A/B 1–2)  ╌╌▶ probable (≥ 0.5 or A–C 1–3)
        ┄┄▶ possible or ungraded  ◀▶ direction of the relationship  (n docs) supporting documents
        ↺ drawn in full elsewhere
"""

PATH_ASCII_60 = """\
Path from Jean-Philippe Lecouffe to Aruba: 5 hops
* Jean-Philippe Lecouffe [Person]
+--MEMBER_OF (1 doc)---------> Europol [Agency]
+--PARTICIPATED_IN (2 docs)--> Operational Taskforce Balkan
|                              Cartel [Operation]
+--TARGETED (2 docs)---------> Balkan Cartel [Organisation]
+<~~ATTRIBUTED_TO (1 doc)~~~~~ 5 t cocaine seized in Aruba
|                              [Shipment]
`--SEIZED_AT (1 doc)---------> Aruba [Country]

6 entities, 5 links
Legend: --> confirmed (confidence >= 0.8 or graded A/B 1-2)
        ~~> probable (>= 0.5 or A-C 1-3)
        ..> possible or ungraded
        <> direction of the relationship
        (n docs) supporting documents
        ^ drawn in full elsewhere
"""

CASES = [
    ("UNICODE_120", seed_story, dict(width=120), UNICODE_120),
    ("UNICODE_60", seed_story, dict(width=60), UNICODE_60),
    ("ASCII_120", seed_story, dict(width=120, unicode=False), ASCII_120),
    ("ASCII_60", seed_story, dict(width=60, unicode=False), ASCII_60),
    ("PATH_EVIDENCE_100", path_story, dict(width=100, evidence=True), PATH_EVIDENCE_100),
    ("PATH_ASCII_60", path_story, dict(width=60, unicode=False), PATH_ASCII_60),
]


@pytest.mark.parametrize("name, story, options, expected", CASES, ids=[c[0] for c in CASES])
def test_seed_chart_exact_text(name, story, options, expected):
    assert render_chart(story(), **options) == expected.splitlines()


@pytest.mark.parametrize("width", range(40, 141, 7))
@pytest.mark.parametrize("unicode", [True, False])
def test_every_line_fits_the_terminal(width, unicode):
    for story in (seed_story(), path_story(), seed_story(focus=[])):
        for line in render_chart(story, width=width, unicode=unicode, evidence=True):
            assert cell_len(line) <= width, line


def test_every_link_is_drawn_exactly_once(seed_subgraph):
    lines = render_chart(seed_subgraph, width=200)
    link_lines = [l for l in lines if re.search(r"[─╌┄]([A-Z_]+) \(\d+ docs?\)", l)]
    assert len(link_lines) == len(seed_subgraph.links)


def test_cycles_are_back_references(seed_subgraph):
    lines = render_chart(seed_subgraph, width=120)
    assert "│  └──PARTICIPATED_IN (1 doc)──▶ ↺ see Operational Taskforce Balkan Cartel" in lines
    assert sum("Europol [Agency]" in l for l in lines) == 1


def test_ascii_chart_is_pure_ascii(seed_subgraph):
    text = "\n".join(render_chart(seed_subgraph, width=80, unicode=False, evidence=True))
    assert text.isascii()


def test_colour_only_when_asked(seed_subgraph):
    plain = render_chart(seed_subgraph, width=100)
    coloured = render_chart(seed_subgraph, width=100, color=True)
    assert not any("\x1b[" in line for line in plain)
    assert coloured[0] == "◉ \x1b[1;31mBalkan Cartel\x1b[0m\x1b[31m [Organisation]\x1b[0m"
    assert [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in coloured] == plain


def test_long_names_are_cut_with_an_ellipsis():
    node = ChartNode("organisation:x", "Organisation", "The very long name of a criminal organisation " * 3)
    other = ChartNode("country:RS", "Country", "Serbia")
    link = ChartLink("organisation:x", "OPERATES_IN", "country:RS", 1, 1, 0.9)
    lines = render_chart(Subgraph([node, other], [link], ["country:RS"]), width=50)
    assert lines[:3] == [
        "◉ Serbia [Country]",
        "└◀──OPERATES_IN (1 doc)── The very long name of a",
        "                          criminal organisation T…",
    ]


def test_whole_graph_starts_from_the_best_connected_entity(seed_subgraph):
    whole = Subgraph(seed_subgraph.nodes, seed_subgraph.links, focus=[])
    assert render_chart(whole, width=120)[0] == "◉ Balkan Cartel [Organisation]"


def test_empty_subgraph_says_so():
    assert render_chart(Subgraph([], [], []), width=80) == ["No entities match."]


def test_path_is_recognised_only_for_a_simple_chain(seed_subgraph, seed_path):
    assert is_path(seed_path)
    assert not is_path(seed_subgraph)
    assert not is_path(Subgraph(seed_path.nodes, seed_path.links, focus=seed_path.focus[:1]))


LINK_STRENGTHS = [
    # confidence, gradings, expected line style
    (0.9, [], CONFIRMED),
    (0.3, ["B2"], CONFIRMED),
    (0.3, ["C2"], PROBABLE),
    (0.6, [], PROBABLE),
    (0.4, ["D4"], POSSIBLE),
    (0.0, ["junk"], POSSIBLE),
    # the grading caps the line: an unreliable source is never drawn as confirmed
    (0.9, ["E5"], POSSIBLE),
    (0.9, ["B5"], POSSIBLE),
    (0.9, ["D4"], PROBABLE),
    (0.9, ["E5", "B2"], CONFIRMED),   # the best source decides
]


@pytest.mark.parametrize("confidence, gradings, expected", LINK_STRENGTHS)
def test_link_strength_follows_i2_convention(confidence, gradings, expected):
    link = ChartLink("a", "USED", "b", 1, 1, confidence, gradings=gradings)
    assert link_strength(link) == expected


def test_best_grading_is_most_reliable_then_most_credible():
    assert best_grading(["C1", "B3", "B2", "x"]) == "B2"
    assert best_grading([]) is None


def test_wrap_cells_splits_words_wider_than_the_line():
    assert wrap_cells("Skaljari Kavač clans", 8) == ["Skaljari", "Kavač", "clans"]
    assert wrap_cells("abcdefghij", 4) == ["abcd", "efgh", "ij"]


def test_pack_items_keeps_items_whole_when_they_fit():
    assert pack_items("Key: ", ["aa", "bb", "cc"], 12) == ["Key: aa  bb", "     cc"]


def test_write_chart_prints_one_line_each(capsys):
    write_chart(["a", "b"])
    assert capsys.readouterr().out == "a\nb\n"


def test_path_with_two_relationships_between_one_pair(seed_path):
    seed_path.links.append(ChartLink("operation:otf-balkan-cartel", "RESULTED_IN", "shipment:aruba-5t", 1, 1, 0.9))
    seed_path.links.append(ChartLink("agency:europol", "PART_OF", "agency:europol", 1, 1, 0.9))
    assert not is_path(seed_path)       # a self-loop is not a chain
    seed_path.links.pop()
    assert not is_path(seed_path)       # a shortcut makes a cycle
    seed_path.links.pop()
    seed_path.links.append(ChartLink("agency:europol", "LINKED_TO", "operation:otf-balkan-cartel", 1, 1, 0.9))
    lines = render_chart(seed_path, width=100)
    assert lines[2:5] == [
        "├──MEMBER_OF (1 doc)─────────▶ Europol [Agency]",
        "├──LINKED_TO (1 doc)─────────▶ Operational Taskforce Balkan Cartel [Operation]",
        "├──PARTICIPATED_IN (2 docs)──▶ Operational Taskforce Balkan Cartel [Operation]",
    ]
