"""Fixtures for the saved-query tests: the seeded store (tests/conftest.py)
and the tiny hand-made case with exact answers (tests/store/tiny_case.py)."""
from __future__ import annotations

import pytest

from store.tiny_case import load_tiny_case  # tests/ is on sys.path (rootdir conftest)


@pytest.fixture(scope="session")
def tiny_db(tmp_path_factory):
    """An embedded database file holding the tiny case (open it read-only)."""
    from graph_intel.store.embedded import EmbeddedStore
    path = tmp_path_factory.mktemp("tiny") / "graph.lbug"
    with EmbeddedStore(path) as store:
        load_tiny_case(store)
    return path


@pytest.fixture()
def tiny_store(tiny_db):
    from graph_intel.store.embedded import EmbeddedStore
    store = EmbeddedStore(tiny_db, read_only=True)
    yield store
    store.close()
