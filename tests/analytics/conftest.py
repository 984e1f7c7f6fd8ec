"""Fixtures for the analytics tests: the published networks kept in tests/data/networks
(each folder's README gives its source and citation) and small claim rows shaped like the store's."""
from __future__ import annotations

from pathlib import Path

import pytest

NETWORKS = Path(__file__).resolve().parents[1] / "data" / "networks"


@pytest.fixture(scope="session")
def datasets() -> Path:
    # The networks ship with the tests: a missing folder is a broken checkout, and fails.
    assert NETWORKS.is_dir(), f"the published networks are missing from {NETWORKS}"
    return NETWORKS


def claim(source, type_, target, doc_id="d1", *, published="2023-05-11", grading="B2", start=0,
          evidence=None, role=None, confidence=0.9):
    """One claim row as GraphStore.claims() yields it; labels come from the id prefix."""
    def label(node):
        return {"agency": "Agency", "country": "Country", "operation": "Operation", "port": "Port",
                "shipment": "Shipment", "organisation": "Organisation", "platform": "Platform",
                "person": "Person", "location": "Location", "region": "Region"}[node.split(":")[0]]
    return {"source": source, "source_label": label(source), "source_name": source.split(":")[1].title(),
            "type": type_, "target": target, "target_label": label(target),
            "target_name": target.split(":")[1].title(), "doc_id": doc_id, "published": published,
            "grading": grading, "confidence": confidence, "rule": "test.rule",
            "evidence": evidence or f"{source} {type_} {target}", "evidence_start": start,
            "evidence_end": start + 10, "role": role}


@pytest.fixture
def tiny_case():
    """Two operations, a shipment route and two organisations sharing a platform."""
    return [
        claim("agency:europol", "PARTICIPATED_IN", "operation:alpha", "d1", role="support"),
        claim("agency:policia", "PARTICIPATED_IN", "operation:alpha", "d1", role="lead"),
        claim("agency:europol", "PARTICIPATED_IN", "operation:beta", "d2", published="2024-02-01"),
        claim("agency:policia", "PARTICIPATED_IN", "operation:beta", "d2", published="2024-02-01"),
        claim("agency:fbi", "PARTICIPATED_IN", "operation:beta", "d2", published="2024-02-01"),
        claim("country:es", "PARTICIPATED_IN", "operation:alpha", "d1"),
        claim("country:nl", "PARTICIPATED_IN", "operation:alpha", "d1"),
        claim("operation:alpha", "RESULTED_IN", "shipment:s1", "d1",
              evidence="Operation Alpha led to the seizure of 700 kg of cocaine"),
        claim("shipment:s1", "ORIGINATED_IN", "country:co", "d1", start=10),
        claim("shipment:s1", "TRANSITED_VIA", "country:ec", "d1", start=20),
        claim("shipment:s1", "TRANSITED_VIA", "country:es", "d1", start=30),
        claim("shipment:s1", "SEIZED_AT", "port:nlrtm", "d1", start=40,
              evidence="700 kg of cocaine seized in the port of Rotterdam"),
        claim("shipment:s1", "DESTINED_FOR", "country:rs", "d1", start=50),
        claim("shipment:s2", "ORIGINATED_IN", "country:co", "d2", published="2024-02-01"),
        claim("shipment:s2", "SEIZED_AT", "port:nlrtm", "d2", published="2024-02-01"),
        claim("shipment:s2", "ATTRIBUTED_TO", "organisation:balkan", "d2", published="2024-02-01"),
        claim("shipment:s2", "ATTRIBUTED_TO", "organisation:clan", "d2", published="2024-02-01"),
        claim("organisation:balkan", "USED", "platform:skyecc", "d1"),
        claim("organisation:kartel", "USED", "platform:skyecc", "d2", published="2024-02-01"),
        claim("organisation:balkan", "OPERATES_IN", "country:rs", "d1"),
        claim("organisation:balkan", "LINKED_TO", "organisation:kartel", "d1", start=70),
        claim("organisation:balkan", "LINKED_TO", "organisation:kartel", "d2", start=5,
              published="2024-02-01", grading="C3"),
    ]
