"""A lexical guard in front of the engines' own read-only modes.

LadybugDB runs `COMMIT; CREATE ...` even inside a READ ONLY transaction (the
first statement ends it), so a query must be one statement, and the write and
transaction keywords are refused with a message that names them. Procedures
are refused unless they are known to only read: a list of writers can never
be complete (APOC alone has hundreds). The engines' read-only transactions
(LadybugDB `BEGIN TRANSACTION READ ONLY`, Neo4j READ access mode, which the
server enforces) remain the second line of defence."""
from __future__ import annotations

import re

from graph_intel.errors import ReadOnlyViolation

WRITE_KEYWORDS = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY",
                  "INSTALL", "LOAD", "ATTACH", "IMPORT", "EXPORT", "BEGIN", "COMMIT",
                  "ROLLBACK", "CHECKPOINT", "FOREACH", "GRANT", "REVOKE", "DENY")

# Procedures that only read the catalogue or the graph, on either engine.
READ_PROCEDURES = frozenset({
    # LadybugDB
    "show_tables", "table_info", "show_connection", "show_indexes", "show_functions", "show_warnings",
    "current_setting", "db_version", "show_official_extensions", "show_loaded_extensions",
    # Neo4j 5
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.schema.visualization",
    "db.schema.nodetypeproperties", "db.schema.reltypeproperties", "db.indexes", "db.constraints",
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships", "db.info", "db.ping",
    "dbms.components",
})

_TOKENS = re.compile(r"""
    (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<quoted>`[^`]*`)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<param>\$[A-Za-z_][A-Za-z0-9_]*)
  | (?P<word>[A-Za-z_][A-Za-z0-9_.]*)
  | (?P<semicolon>;)
  | (?P<brace>\{)
""", re.S | re.X)


def code_words(cypher: str) -> list[str]:
    """The words of a query outside strings, backquoted names and comments
    (with ';' and '{' kept as words of their own)."""
    return [m.group() for m in _TOKENS.finditer(cypher) if m.lastgroup in {"word", "semicolon", "brace"}]


def parameter_names(cypher: str) -> set[str]:
    """The `$parameters` a query uses (outside strings and comments)."""
    return {m.group()[1:] for m in _TOKENS.finditer(cypher) if m.lastgroup == "param"}


def check_read_only(cypher: str) -> None:
    """Raise ReadOnlyViolation unless `cypher` is a single statement that only reads."""
    words = code_words(cypher)
    while words and words[-1] == ";":
        words.pop()
    if ";" in words:
        raise ReadOnlyViolation("query refused: only one statement may run at a time; remove the ';'")
    for i, word in enumerate(words):
        upper = word.upper()
        if upper in WRITE_KEYWORDS:
            raise ReadOnlyViolation(f"query refused: {upper} would change the graph; queries run read-only")
        if upper == "CALL" and i + 1 < len(words) and words[i + 1] != "{":
            _check_procedure(words[i + 1])


def _check_procedure(name: str) -> None:
    if name.lower() not in READ_PROCEDURES:
        raise ReadOnlyViolation(f"query refused: procedure {name} is not known to be read-only; "
                                "queries run read-only (catalogue procedures such as db.labels and "
                                "show_tables are allowed)")
