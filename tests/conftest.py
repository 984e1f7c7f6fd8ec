"""Shared fixtures: real documents, real embedded databases."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seed"


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_files() -> list[Path]:
    return sorted(SEED.glob("*.txt"))


def _load_seed(store):
    from graph_intel.ingest import load_paths
    report = load_paths(store, [str(SEED)])
    assert not report.failed, report.failed
    return store


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory) -> Path:
    """An embedded database file loaded with seed/ once per test session (open it read-only)."""
    from graph_intel.store.embedded import EmbeddedStore
    path = tmp_path_factory.mktemp("seeded") / "graph.lbug"
    with EmbeddedStore(path) as store:
        _load_seed(store)
    return path


@pytest.fixture(scope="session")
def tiny_db(tmp_path_factory):
    """An embedded database file holding the tiny case (open it read-only)."""
    from graph_intel.store.embedded import EmbeddedStore
    from store.tiny_case import load_tiny_case  # tests/ is on sys.path (rootdir conftest)
    path = tmp_path_factory.mktemp("tiny") / "graph.lbug"
    with EmbeddedStore(path) as store:
        load_tiny_case(store)
    return path


@pytest.fixture()
def seeded_store(seeded_db):
    """The seeded embedded store, read-only."""
    from graph_intel.store.embedded import EmbeddedStore
    store = EmbeddedStore(seeded_db, read_only=True)
    yield store
    store.close()


@pytest.fixture()
def empty_store(tmp_path):
    """A fresh writable embedded database file."""
    from graph_intel.store.embedded import EmbeddedStore
    store = EmbeddedStore(tmp_path / "graph.lbug")
    yield store
    store.close()


def backends() -> list[str]:
    return ["embedded"] + (["neo4j"] if os.environ.get("NEO4J_URI") else [])
