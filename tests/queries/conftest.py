"""Fixtures for the saved-query tests: the seeded store and the tiny hand-made case with exact
answers (both databases built in tests/conftest.py)."""
from __future__ import annotations

import pytest


@pytest.fixture()
def tiny_store(tiny_db):
    from graph_intel.store.embedded import EmbeddedStore
    store = EmbeddedStore(tiny_db, read_only=True)
    yield store
    store.close()
