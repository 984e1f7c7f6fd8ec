"""Hand-built subgraphs modelled on the seed story (the Europol Balkan
cartel press release of May 2023): small enough to know every line of the
chart, varied enough to show every line style, a cycle and a deep branch."""
from __future__ import annotations

import pytest

from graph_intel.records import ChartLink, ChartNode, Subgraph

EUROPOL_2023 = "doc:d41c9e07a1b2"     # the Europol press release (seed/europol-…-2023.txt)
SELEC_2019 = "doc:5be0f3a9c8d4"       # the SELEC press release (seed/selec-…-2019.txt)

NODES = [
    ("organisation:balkan-cartel", "Organisation", "Balkan Cartel"),
    ("platform:sky-ecc", "Platform", "Sky ECC"),
    ("operation:otf-balkan-cartel", "Operation", "Operational Taskforce Balkan Cartel"),
    ("agency:europol", "Agency", "Europol"),
    ("agency:europol-drugs-unit", "Agency", "Europol Drugs Unit"),
    ("agency:eurojust", "Agency", "Eurojust"),
    ("person:jean-philippe-lecouffe", "Person", "Jean-Philippe Lecouffe"),
    ("country:RS", "Country", "Serbia"),
    ("country:NL", "Country", "Netherlands"),
    ("country:BE", "Country", "Belgium"),
    ("country:AW", "Country", "Aruba"),
    ("region:west-africa", "Region", "West Africa"),
    ("port:nlrtm", "Port", "Rotterdam"),
    ("port:behss", "Port", "Hasselt"),
    ("shipment:rotterdam-700kg", "Shipment", "700 kg cocaine seized in Rotterdam"),
    ("shipment:hasselt-1200kg", "Shipment", "1.2 t cocaine seized in Hasselt"),
    ("shipment:aruba-5t", "Shipment", "5 t cocaine seized in Aruba"),
]

# (source, type, target, documents, confidence, gradings, evidence sentence, start)
LINKS = [
    ("organisation:balkan-cartel", "USED", "platform:sky-ecc", 2, 0.9, ["B2"],
     "Thanks to the analysis carried out on Sky ECC data", 2143),
    ("organisation:balkan-cartel", "OPERATES_IN", "country:RS", 1, 0.9, [],
     "the biggest drug trafficking criminal organisation in the Balkan region", 160),
    ("organisation:balkan-cartel", "TRANSITED_VIA", "region:west-africa", 1, 0.6, [],
     "or by transiting via logistical infrastructures in West Africa", 1839),
    ("operation:otf-balkan-cartel", "TARGETED", "organisation:balkan-cartel", 2, 0.95, ["A1"],
     "Europol created the Operational Taskforce 'Balkan Cartel'", 3001),
    ("agency:europol", "PARTICIPATED_IN", "operation:otf-balkan-cartel", 2, 0.9, ["A1"],
     "This action day is a result of this Operational Taskforce", 3290),
    ("agency:eurojust", "PARTICIPATED_IN", "operation:otf-balkan-cartel", 1, 0.7, [],
     "Eurojust facilitated the judicial cooperation between the countries involved", 4012),
    ("agency:europol-drugs-unit", "PARTICIPATED_IN", "operation:otf-balkan-cartel", 1, 0.85, [],
     "with the support of Europol's Drugs Unit", 1530),
    ("agency:europol-drugs-unit", "PART_OF", "agency:europol", 1, 0.9, [],
     "Europol's Drugs Unit", 1552),
    ("country:RS", "PARTICIPATED_IN", "operation:otf-balkan-cartel", 1, 0.9, [],
     "Serbia was able to identify the key targets on its territory", 1571),
    ("country:NL", "PARTICIPATED_IN", "operation:otf-balkan-cartel", 1, 0.4, ["D4"],
     "coordinated raids were carried out in Serbia and the Netherlands", 260),
    ("person:jean-philippe-lecouffe", "MEMBER_OF", "agency:europol", 1, 0.85, [],
     "Europol's Deputy Executive Director Jean-Philippe Lecouffe commented", 3502),
    ("shipment:rotterdam-700kg", "ATTRIBUTED_TO", "organisation:balkan-cartel", 1, 0.85, [],
     "were traced back to this cartel, including: 700 kilos of cocaine seized in Rotterdam", 2210),
    ("shipment:hasselt-1200kg", "ATTRIBUTED_TO", "organisation:balkan-cartel", 1, 0.85, [],
     "1.2 tonnes of cocaine seized in Hasselt, Belgium", 2352),
    ("shipment:aruba-5t", "ATTRIBUTED_TO", "organisation:balkan-cartel", 1, 0.5, [],
     "5 tonnes of cocaine seized in Aruba, the Dutch Antilles", 2402),
    ("shipment:rotterdam-700kg", "SEIZED_AT", "port:nlrtm", 1, 0.9, [],
     "700 kilos of cocaine seized in Rotterdam, the Netherlands", 2301),
    ("shipment:hasselt-1200kg", "SEIZED_AT", "port:behss", 1, 0.9, [],
     "1.2 tonnes of cocaine seized in Hasselt, Belgium", 2352),
    ("shipment:aruba-5t", "SEIZED_AT", "country:AW", 1, 0.9, [],
     "5 tonnes of cocaine seized in Aruba", 2402),
    ("port:nlrtm", "LOCATED_IN", "country:NL", 1, 0.3, ["B2"],
     "Rotterdam, the Netherlands", 2332),
    ("port:behss", "LOCATED_IN", "country:BE", 1, 0.2, [],
     "Hasselt, Belgium", 2379),
]


def make_node(node_id: str, label: str, name: str) -> ChartNode:
    return ChartNode(node_id, label, name, {"named": True})


def make_link(source, rel_type, target, documents, confidence, gradings, sentence, start) -> ChartLink:
    docs = [EUROPOL_2023, SELEC_2019][:documents]
    evidence = [{"doc_id": doc, "text": sentence, "start": start, "end": start + len(sentence)} for doc in docs]
    return ChartLink(source, rel_type, target, documents=documents, claims=documents, confidence=confidence,
                     gradings=list(gradings), evidence=evidence)


def seed_story(focus: list[str] | None = None) -> Subgraph:
    return Subgraph(nodes=[make_node(*n) for n in NODES], links=[make_link(*l) for l in LINKS],
                    focus=focus if focus is not None else ["organisation:balkan-cartel"])


PATH_IDS = ["person:jean-philippe-lecouffe", "agency:europol", "operation:otf-balkan-cartel",
            "organisation:balkan-cartel", "shipment:aruba-5t", "country:AW"]


def path_story() -> Subgraph:
    """Lecouffe → Europol → the taskforce → the cartel ← the Aruba seizure → Aruba."""
    full = seed_story()
    on_path = set(PATH_IDS)
    nodes = [n for n in full.nodes if n.id in on_path]
    pairs = set(zip(PATH_IDS, PATH_IDS[1:]))
    links = [l for l in full.links if (l.source, l.target) in pairs or (l.target, l.source) in pairs]
    return Subgraph(nodes=nodes, links=links, focus=[PATH_IDS[0], PATH_IDS[-1]])


@pytest.fixture
def seed_subgraph() -> Subgraph:
    return seed_story()


@pytest.fixture
def seed_path() -> Subgraph:
    return path_story()
