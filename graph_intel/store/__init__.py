"""Graph stores: embedded LadybugDB (default) and Neo4j."""
from __future__ import annotations

import os
from pathlib import Path

from graph_intel.store.base import ClaimFilter, GraphStore, WriteResult

DB_ENV = "GRAPH_INTEL_DB"
NEO4J_ENV = "NEO4J_URI"


def default_db_path() -> Path:
    """$GRAPH_INTEL_DB, else $XDG_DATA_HOME/graph-intel/graph.lbug
    (~/.local/share/graph-intel/graph.lbug)."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "graph-intel" / "graph.lbug"


def open_store(db: str | Path | None = None, *, neo4j_uri: str | None = None,
               read_only: bool = False) -> GraphStore:
    """The Neo4j store when a Bolt URI is given (argument or $NEO4J_URI),
    else the embedded store at `db` (or the default path)."""
    uri = neo4j_uri or (None if db else os.environ.get(NEO4J_ENV))
    if uri:
        from graph_intel.store.neo4j import Neo4jStore
        return Neo4jStore(uri, read_only=read_only)
    from graph_intel.store.embedded import EmbeddedStore
    return EmbeddedStore(db or default_db_path(), read_only=read_only)


__all__ = ["ClaimFilter", "GraphStore", "WriteResult", "open_store", "default_db_path"]
