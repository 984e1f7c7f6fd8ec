"""The Neo4j backend without a server: failures are fast, one line, no traceback.
(The contract suite in test_contract.py runs against a real server when NEO4J_URI is set.)"""
from __future__ import annotations

import socket
import subprocess
import sys

import pytest

neo4j = pytest.importorskip("neo4j", reason="the neo4j driver is not installed (pip install graph-intel[neo4j])")

from graph_intel.errors import ReadOnlyViolation, StoreError, StoreUnavailable  # noqa: E402
from graph_intel.store.neo4j import Neo4jStore, translate  # noqa: E402


@pytest.fixture()
def closed_port() -> int:
    """A localhost port nobody listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("scheme", ["bolt", "neo4j"])
def test_unreachable_server_is_reported_in_one_line(closed_port, scheme):
    # How fast (the 5 s promise) is measured by benchmarks/bench_neo4j_unreachable.py, not asserted here.
    with pytest.raises(StoreUnavailable) as caught:
        Neo4jStore(f"{scheme}://127.0.0.1:{closed_port}", password="wrong")
    message = str(caught.value)
    assert f"cannot reach Neo4j at {scheme}://127.0.0.1:{closed_port}" in message and "\n" not in message


def test_cli_on_an_unreachable_server_prints_one_line(closed_port):
    result = subprocess.run([sys.executable, "-c", "from graph_intel.cli import main; main()", "stats",
                             "--neo4j", f"bolt://127.0.0.1:{closed_port}"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert "cannot reach Neo4j" in result.stderr and "docker compose up -d" in result.stderr


def test_a_uri_that_is_not_bolt_is_refused_before_connecting():
    with pytest.raises(StoreUnavailable, match="scheme must be one of bolt"):
        Neo4jStore("http://localhost:7474")


def test_driver_errors_are_translated_once():
    auth = translate(neo4j.exceptions.AuthError("The client is unauthorized due to authentication failure."),
                     "bolt://db:7687", "neo4j")
    assert isinstance(auth, StoreUnavailable) and "NEO4J_PASSWORD" in str(auth)
    # Server errors built the way the driver builds them from a server FAILURE message.
    hydrate = neo4j.exceptions.Neo4jError._hydrate_neo4j
    write = hydrate(code="Neo.ClientError.Statement.AccessMode", message="Writing in read access mode not allowed.")
    assert isinstance(translate(write, "bolt://db:7687"), ReadOnlyViolation)
    syntax = hydrate(code="Neo.ClientError.Statement.SyntaxError", message="Invalid input 'MACH'")
    assert isinstance(translate(syntax, "bolt://db:7687"), StoreError)
    assert "Invalid input 'MACH'" in str(translate(syntax, "bolt://db:7687"))
