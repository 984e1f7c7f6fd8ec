"""The ontology is data: loaded, validated, and the source of the backend schema."""
import tomllib

import pytest

from graph_intel.errors import OntologyError
from graph_intel.model import ontology, parse_ontology
from graph_intel.store.schema import ladybug_ddl, neo4j_constraints

ONTOLOGY_V1_LABELS = {"Document", "Operation", "Agency", "Country", "Region", "Location", "Port", "Organisation",
                      "Shipment", "Platform", "Person", "Judgement"}
ONTOLOGY_V1_RELATIONSHIPS = {"PARTICIPATED_IN", "TARGETED", "RESULTED_IN", "SEIZED_AT", "ORIGINATED_IN",
                             "TRANSITED_VIA", "DESTINED_FOR", "ATTRIBUTED_TO", "OPERATES_IN", "USED", "LINKED_TO",
                             "MEMBER_OF", "PART_OF", "LOCATED_IN", "MENTIONED_IN"}


def raw():
    from importlib import resources
    return tomllib.loads(resources.files("graph_intel.model").joinpath("ontology.toml").read_text())


def test_ontology_v1_has_every_label_and_relationship_of_the_design():
    onto = ontology()
    assert set(onto.labels) == ONTOLOGY_V1_LABELS
    assert set(onto.relationships) == ONTOLOGY_V1_RELATIONSHIPS


def test_records_are_not_entities():
    onto = ontology()
    assert set(onto.labels) - set(onto.entity_labels) == {"Document", "Judgement"}
    assert onto.node_properties("Judgement")["id"] == "STRING" and "name" not in onto.node_properties("Judgement")


def test_endpoints_follow_the_design_table():
    onto = ontology()
    assert onto.relationship("SEIZED_AT").allows("Shipment", "Port")
    assert not onto.relationship("SEIZED_AT").allows("Port", "Shipment")
    assert onto.relationship("PARTICIPATED_IN").allows("Country", "Operation")
    assert not onto.relationship("DESTINED_FOR").allows("Organisation", "Country")
    # provenance reaches the Document from every entity label
    assert {a for a, _ in onto.relationship("MENTIONED_IN").endpoints} == ONTOLOGY_V1_LABELS - {"Document", "Judgement"}


def test_every_claim_carries_provenance_properties():
    onto = ontology()
    for rel in onto.claim_types:
        props = onto.claim_properties(rel)
        assert {"doc_id", "evidence", "evidence_start", "evidence_end", "rule", "confidence", "grading"} <= set(props)
    assert onto.claim_properties("PARTICIPATED_IN")["role"] == "STRING"


def test_ladybug_ddl_is_generated_for_every_label_and_relationship():
    statements = ladybug_ddl(ontology())
    assert len(statements) == len(ONTOLOGY_V1_LABELS) + len(ONTOLOGY_V1_RELATIONSHIPS)
    port = next(s for s in statements if s.startswith("CREATE NODE TABLE IF NOT EXISTS Port("))
    assert "id STRING PRIMARY KEY" in port and "locode STRING" in port and "aliases STRING[]" in port
    seized = next(s for s in statements if "TABLE IF NOT EXISTS SEIZED_AT(" in s)
    assert "FROM Shipment TO Port" in seized and "evidence_start INT64" in seized


def test_neo4j_constraints_cover_every_label():
    constraints = neo4j_constraints(ontology())
    assert len(constraints) == len(ONTOLOGY_V1_LABELS)
    assert any("FOR (n:Country) REQUIRE n.id IS UNIQUE" in c for c in constraints)


@pytest.mark.parametrize("mutate, message", [
    (lambda d: d["relationships"]["SEIZED_AT"].update(endpoints=[["Shipment", "Harbour"]]), "not a label"),
    (lambda d: d["labels"]["Port"]["properties"].update(depth="FLOAT128"), "FLOAT128"),
    (lambda d: d["labels"]["Port"]["properties"].update({"bad name": "STRING"}), "not an identifier"),
])
def test_a_broken_ontology_is_refused_when_it_loads(mutate, message):
    data = raw()
    mutate(data)
    with pytest.raises(OntologyError, match=message):
        parse_ontology(data)


def test_relations_outside_the_ontology_are_refused():
    with pytest.raises(OntologyError, match="may not link"):
        ontology().check_relation("SEIZED_AT", "Agency", "Port")
    with pytest.raises(OntologyError, match="unknown relationship"):
        ontology().relationship("KNOWS")
