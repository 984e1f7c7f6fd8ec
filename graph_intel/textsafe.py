"""Text from documents is data wherever it is shown.

A document can carry anything: rich markup (``[bold]``, ``[/]``), terminal
escape sequences (which can retitle a window or move the cursor), NUL and
other control characters (which make XML invalid and stop Graphviz). Every
renderer for people (terminal tables and charts, CSV, XML, DOT, HTML) passes
its text through :func:`printable`, which writes such characters as visible
``\\xNN`` escapes. JSON output keeps the text exact: the JSON encoder escapes
control characters itself.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Any, Callable

# C0 controls but tab and newline, DEL, C1 controls, and what XML 1.0 can never hold.
UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> str:
    r"""``text`` with control characters written out, so they show instead of acting.

    >>> printable("cargo\x1b]0;owned\x07 seized")
    'cargo\\x1b]0;owned\\x07 seized'
    """
    return UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def cleaned(value: Any, clean: Callable[[str], str] = printable) -> Any:
    """``value`` with ``clean`` applied to every string inside it (lists, dicts, dataclasses)."""
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        return [cleaned(v, clean) for v in value]
    if isinstance(value, tuple):
        return tuple(cleaned(v, clean) for v in value)
    if isinstance(value, dict):
        return {cleaned(k, clean): cleaned(v, clean) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.replace(value, **{f.name: cleaned(getattr(value, f.name), clean)
                                             for f in dataclasses.fields(value)})
    return value


def terminal_cell(value: str):
    """A rich table cell that shows ``value`` as it is: no markup applied, no escape acted on."""
    from rich.text import Text

    return Text(printable(value))
