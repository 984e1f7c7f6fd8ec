"""A lexical guard in front of the engines' own read-only modes: part of the
store's contract (``GraphStore.query`` runs nothing that writes), so it lives
with the stores; the query library uses its tokenizer too.

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


def outside_strings(cypher: str, rewrite) -> str:
    """``cypher`` with ``rewrite`` applied to the text between string literals; the literals stay as written."""
    out, done = [], 0
    for m in _TOKENS.finditer(cypher):
        if m.lastgroup == "string":
            out += [rewrite(cypher[done:m.start()]), m.group()]
            done = m.end()
    return "".join(out) + rewrite(cypher[done:])


def parameter_names(cypher: str) -> set[str]:
    """The `$parameters` a query uses (outside strings and comments)."""
    return {m.group()[1:] for m in _TOKENS.finditer(cypher) if m.lastgroup == "param"}


def statements(cypher: str) -> list[str]:
    """The statements of a text, split at each `;` outside strings and comments (empty ones dropped)."""
    cuts = [m.start() for m in _TOKENS.finditer(cypher) if m.lastgroup == "semicolon"]
    parts = [cypher[a:b] for a, b in zip([0] + [c + 1 for c in cuts], cuts + [len(cypher)])]
    return [p.strip() for p in parts if any(m.lastgroup == "word" for m in _TOKENS.finditer(p))]


def returned_names(cypher: str) -> set[str]:
    """The column names a statement's last RETURN gives with `AS`."""
    words = [m.group() for m in _TOKENS.finditer(cypher) if m.lastgroup in {"word", "quoted"}]
    last = max((i for i, w in enumerate(words) if w.upper() == "RETURN"), default=len(words))
    return {words[i + 1].strip("`") for i in range(last, len(words) - 1) if words[i].upper() == "AS"}


def check_read_only(cypher: str) -> None:
    """Raise ReadOnlyViolation unless `cypher` is a single statement that only reads."""
    # Backquoted names are kept here: a procedure can be called by one (CALL `db.labels`).
    tokens = [(m.lastgroup, m.group()) for m in _TOKENS.finditer(cypher)
              if m.lastgroup in {"word", "quoted", "semicolon", "brace"}]
    while tokens and tokens[-1][1] == ";":
        tokens.pop()
    if any(word == ";" for _, word in tokens):
        raise ReadOnlyViolation("query refused: only one statement may run at a time; remove the ';'")
    for i, (kind, word) in enumerate(tokens):
        upper = word.upper()
        if kind == "word" and upper in WRITE_KEYWORDS and not _named(tokens, i):
            raise ReadOnlyViolation(f"query refused: {upper} would change the graph; queries run read-only")
        if kind == "word" and upper == "CALL" and (i + 1 == len(tokens) or tokens[i + 1][1] != "{"):
            _check_procedure(tokens[i + 1][1].strip("`") if i + 1 < len(tokens) else "")


def _named(tokens: list[tuple[str, str]], i: int) -> bool:
    """A keyword used as a name: the alias after AS ('count(n) AS load')."""
    return i > 0 and tokens[i - 1][1].upper() == "AS"


def _check_procedure(name: str) -> None:
    if not name:
        raise ReadOnlyViolation("query refused: CALL names no procedure")
    if name.lower() not in READ_PROCEDURES:
        raise ReadOnlyViolation(f"query refused: procedure {name} is not known to be read-only; "
                                "queries run read-only (catalogue procedures such as db.labels and "
                                "show_tables are allowed)")
