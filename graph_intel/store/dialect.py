"""The one place where the Cypher of LadybugDB and of Neo4j 5 differ.

Saved queries are written in the Cypher both engines accept. Where the
languages truly disagree, a query writes a macro in double braces and this
module rewrites it for the engine that will run it:

=================================  =====================================  ======================================
macro                              LadybugDB (embedded)                   Neo4j 5
=================================  =====================================  ======================================
``{{rel_type(r)}}``                ``label(r)``                           ``type(r)``
``{{node_label(n)}}``              ``label(n)``                           ``labels(n)[0]``
``{{at(list, i)}}`` (0-based)      ``list[(i) + 1]`` (lists are 1-based)  ``list[i]``
``{{claim_types}}``                ``PARTICIPATED_IN|TARGETED|…`` (every claim type of the ontology)
``{{shortest_path(p, a, b, 6)}}``  ``p = (a)-[:T* SHORTEST 1..6]-(b)``     ``p = shortestPath((a)-[:T*1..6]-(b))``
=================================  =====================================  ======================================

Macro arguments are variable names or simple expressions; the hop limit of
``shortest_path`` must be an integer literal because neither engine takes a
parameter there.

There is deliberately no macro for a relationship's start node: LadybugDB's
``start_node(r)`` on an undirected match returns the pattern's left node, not
the claim's source, so queries that need a claim's direction match it
directed (as cypher/link-evidence.cypher does). Nothing a user types ever reaches this rewriting: parameter
values are bound by the engines, never formatted into the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from graph_intel.errors import QueryError
from graph_intel.model import Ontology, ontology
from graph_intel.store.readonly import outside_strings

MACRO = re.compile(r"\{\{\s*([a-z_]+)\s*(?:\((.*?)\))?\s*\}\}", re.S)
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
MAX_HOPS = 15  # paths longer than this say nothing an investigator can use; both engines allow it
# One shortest path, not all of them: LadybugDB's ALL SHORTEST enumerates every shortest path from
# the source to every node in range and exhausted the buffer pool on the 1M-claim benchmark graph.


@dataclass(frozen=True)
class Dialect:
    name: str
    rel_type: Callable[[str], str]
    node_label: Callable[[str], str]
    at: Callable[[str, str], str]
    shortest_path: Callable[[str, str, str, str, int], str]


EMBEDDED = Dialect(
    name="embedded",
    rel_type=lambda r: f"label({r})",
    node_label=lambda n: f"label({n})",
    at=lambda items, i: f"{items}[({i}) + 1]",
    shortest_path=lambda p, a, b, types, hops: f"{p} = ({a})-[:{types}* SHORTEST 1..{hops}]-({b})",
)

NEO4J = Dialect(
    name="neo4j",
    rel_type=lambda r: f"type({r})",
    node_label=lambda n: f"labels({n})[0]",
    at=lambda items, i: f"{items}[{i}]",
    shortest_path=lambda p, a, b, types, hops: f"{p} = shortestPath(({a})-[:{types}*1..{hops}]-({b}))",
)

DIALECTS = {d.name: d for d in (EMBEDDED, NEO4J)}


def dialect_named(name: str) -> Dialect:
    try:
        return DIALECTS[name]
    except KeyError:
        raise QueryError(f"no Cypher dialect for backend {name!r}; expected one of {', '.join(DIALECTS)}") from None


def render(cypher: str, dialect: Dialect, onto: Ontology | None = None) -> str:
    """`cypher` with every macro rewritten for `dialect`."""
    onto = onto or ontology()
    claim_types = "|".join(onto.claim_types)
    # A macro written inside a string literal is text, not a macro.
    return outside_strings(cypher, lambda code: MACRO.sub(
        lambda m: _expand(m.group(1), _arguments(m.group(2)), dialect, claim_types), code))


def macro_names(cypher: str) -> list[str]:
    return [m.group(1) for m in MACRO.finditer(cypher)]


def _expand(name: str, args: list[str], dialect: Dialect, claim_types: str) -> str:
    if name == "claim_types":
        _arity(name, args, 0)
        return claim_types
    if name in {"rel_type", "node_label"}:
        _arity(name, args, 1)
        return getattr(dialect, name)(_variable(name, args[0]))
    if name == "at":
        _arity(name, args, 2)
        return dialect.at(args[0], args[1])
    if name == "shortest_path":
        _arity(name, args, 4)
        p, a, b = (_variable(name, v) for v in args[:3])
        return dialect.shortest_path(p, a, b, claim_types, _hops(args[3]))
    raise QueryError(f"unknown Cypher macro {{{{{name}}}}}; known: rel_type, node_label, at, "
                     "claim_types, shortest_path (see docs/queries.md)")


def _arguments(text: str | None) -> list[str]:
    """Split on the commas that are not inside brackets."""
    if text is None or not text.strip():
        return []
    args, depth, current = [], 0, []
    for char in text:
        if char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
        if char == "," and depth == 0:
            args.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    args.append("".join(current).strip())
    return args


def _arity(name: str, args: list[str], expected: int) -> None:
    if len(args) != expected:
        raise QueryError(f"macro {{{{{name}}}}} takes {expected} argument(s), got {len(args)}")


def _variable(name: str, text: str) -> str:
    if not IDENTIFIER.match(text):
        raise QueryError(f"macro {{{{{name}}}}}: {text!r} is not a variable name")
    return text


def _hops(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= MAX_HOPS:
        raise QueryError(f"macro {{{{shortest_path}}}}: the hop limit must be an integer literal "
                         f"from 1 to {MAX_HOPS}, got {text!r}")
    return int(text)
