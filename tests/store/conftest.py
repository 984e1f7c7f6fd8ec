"""Fixtures for the store contract suite: a fresh writable store per backend
available (embedded always; Neo4j when NEO4J_URI is set)."""
from __future__ import annotations

import os

import pytest

NEO4J_SKIP = "set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to run the store tests against a real Neo4j 5"


def _embedded(tmp_path):
    from graph_intel.store.embedded import EmbeddedStore
    return EmbeddedStore(tmp_path / "graph.lbug")


def _neo4j():
    if not os.environ.get("NEO4J_URI"):
        pytest.skip(NEO4J_SKIP)
    from graph_intel.store.neo4j import Neo4jStore
    store = Neo4jStore(os.environ["NEO4J_URI"])
    if store._run("MATCH (n) RETURN count(n) AS c")[0]["c"]:
        store.close()
        pytest.skip("the Neo4j database at NEO4J_URI is not empty; the contract suite needs an empty one "
                    "(it deletes what it wrote); use a scratch server or NEO4J_DATABASE")
    return store


@pytest.fixture(params=["embedded", "neo4j"])
def fresh_store(request, tmp_path):
    """An empty writable store of each backend; emptied again afterwards."""
    store = _embedded(tmp_path) if request.param == "embedded" else _neo4j()
    yield store
    if request.param == "neo4j":
        with store._session(read=False) as session:
            session.run("MATCH (n) DETACH DELETE n").consume()
    store.close()
