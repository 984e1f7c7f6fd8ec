"""The small examples in the analytics docstrings run and stay true."""
from __future__ import annotations

import doctest
import importlib

import pytest

MODULES = ["measures", "disruption", "keyplayers", "networks", "paths", "projections"]


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(f"graph_intel.analytics.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0 and result.failed == 0
