"""Running saved and ad-hoc queries read-only on any store."""
from __future__ import annotations

from typing import Any

from graph_intel.errors import QueryError
from graph_intel.queries.saved import SavedQuery, get_query, parse_query
from graph_intel.store.dialect import dialect_named, render


def run_saved(store, query: SavedQuery | str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows of a saved query (a SavedQuery or its name) with checked, bound parameters."""
    if isinstance(query, str):
        query = get_query(query)
    values = query.bind(params or {})
    for p in query.parameters:
        if p.type == "ENTITY" and values[p.name]:
            # Names, aliases and ids, resolved as chart resolves them: one resolver for every command.
            values[p.name] = store.resolve(values[p.name], labels=p.labels)["id"]
    *steps, last = query.for_backend(store.backend)
    for number, step in enumerate(steps, 1):
        rows = store.query(step, values)
        if len(rows) != 1:
            raise QueryError(f"query {query.name}: step {number} must return one row, not {len(rows)}")
        values.update(rows[0])
    return store.query(last, values)


def run_cypher(store, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows of ad-hoc Cypher. A file with a saved-query header gets its
    parameters checked and typed; otherwise values are bound as given (text).
    Dialect macros work here too."""
    if cypher.lstrip().startswith("// name:"):
        return run_saved(store, parse_query(cypher, "<--file>"), params)
    return store.query(render(cypher, dialect_named(store.backend)), dict(params or {}))
