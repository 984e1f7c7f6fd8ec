"""A lexical guard in front of the engines' own read-only modes.

LadybugDB runs `COMMIT; CREATE ...` even inside a READ ONLY transaction (the
first statement ends it), so a query must be one statement, and the write and
transaction keywords are refused with a message that names them. The engines'
read-only transactions remain the second line of defence."""
from __future__ import annotations

import re

from graph_intel.errors import ReadOnlyViolation

WRITE_KEYWORDS = ("CREATE", "MERGE", "SET", "DELETE", "DETACH", "REMOVE", "DROP", "ALTER", "COPY",
                  "INSTALL", "LOAD", "ATTACH", "DETACH", "IMPORT", "EXPORT", "BEGIN", "COMMIT",
                  "ROLLBACK", "CHECKPOINT", "FOREACH")
_TOKENS = re.compile(r"""
    (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<quoted>`[^`]*`)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<word>[A-Za-z_][A-Za-z0-9_.]*)
  | (?P<semicolon>;)
""", re.S | re.X)


def code_words(cypher: str) -> list[str]:
    """The words of a query outside strings, backquoted names and comments."""
    return [m.group("word") if m.lastgroup == "word" else ";"
            for m in _TOKENS.finditer(cypher) if m.lastgroup in {"word", "semicolon"}]


def check_read_only(cypher: str) -> None:
    words = code_words(cypher)
    while words and words[-1] == ";":
        words.pop()
    if ";" in words:
        raise ReadOnlyViolation("query refused: only one statement may run at a time; remove the ';'")
    for word in words:
        upper = word.upper()
        if upper in WRITE_KEYWORDS:
            raise ReadOnlyViolation(f"query refused: {upper} would change the graph; queries run read-only")
        if upper.startswith(("APOC.CREATE", "APOC.MERGE", "APOC.REFACTOR", "APOC.PERIODIC", "DB.CREATE",
                             "APOC.NODES.DELETE", "APOC.LOAD", "APOC.IMPORT", "APOC.EXPORT")):
            raise ReadOnlyViolation(f"query refused: procedure {word} writes; queries run read-only")
