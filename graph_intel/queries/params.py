"""Typed query parameters: what a user types on the command line becomes a
checked Python value, bound by the engine — never formatted into Cypher."""
from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from graph_intel.errors import QueryError
from graph_intel.store.base import checked_date

# ENTITY is text the store resolves to one entity's id (a name, alias or id, as chart takes it);
# "ENTITY:Operation" or "ENTITY:Agency|Country" narrows it to those labels.
PARAM_TYPES = ("STRING", "INT64", "DOUBLE", "BOOLEAN", "DATE", "LIST", "ENTITY")
TRUE_WORDS = {"true", "yes", "1", "on"}
FALSE_WORDS = {"false", "no", "0", "off"}
INTEGER = re.compile(r"^[+-]?\d+$")


def coerce(name: str, kind: str, value: Any) -> Any:
    """`value` (usually a command-line string) as a value of `kind`, or a QueryError."""
    try:
        return _COERCE[kind](value)
    except KeyError:
        raise QueryError(f"parameter {name}: unknown type {kind!r}; expected one of {', '.join(PARAM_TYPES)}") \
            from None
    except (TypeError, ValueError) as exc:
        raise QueryError(f"parameter {name}: {value!r} is not a valid {kind} ({exc})") from None


def _string(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("expected text")
    return value


def _int64(value: Any) -> int:
    if isinstance(value, bool):
        raise TypeError("expected a whole number")
    if isinstance(value, int):
        return value
    if not INTEGER.match(str(value).strip()):
        raise ValueError("expected a whole number such as 25")
    number = int(str(value).strip())
    if not -2 ** 63 <= number < 2 ** 63:
        raise ValueError("out of the 64-bit range")
    return number


def _double(value: Any) -> float:
    if isinstance(value, bool):
        raise TypeError("expected a number")
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError("expected a finite number")
    return number


def _boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise ValueError("expected true or false")


def _date(value: Any) -> str:
    """ISO date (YYYY, YYYY-MM or YYYY-MM-DD), passed on as text: documents store dates as ISO
    strings, so comparisons are string comparisons on both engines (2023 sorts before 2023-01-01)."""
    if isinstance(value, date):
        return value.isoformat()
    try:
        return checked_date(str(value)) or ""
    except QueryError:
        raise ValueError("use YYYY, YYYY-MM or YYYY-MM-DD") from None


def _list(value: Any) -> list[str]:
    """A JSON array of strings, or comma-separated text."""
    if isinstance(value, (list, tuple)):
        items = list(value)
    else:
        text = str(value).strip()
        items = json.loads(text) if text.startswith("[") else [p.strip() for p in text.split(",") if p.strip()]
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise ValueError("expected a list of strings such as a,b or [\"a\", \"b\"]")
    return items


_COERCE = {"STRING": _string, "INT64": _int64, "DOUBLE": _double, "BOOLEAN": _boolean, "DATE": _date,
           "LIST": _list, "ENTITY": _string}


def parse_assignments(items: list[str] | tuple[str, ...]) -> dict[str, str]:
    """`["key=value", ...]` from `-p` options; the value may itself contain '='."""
    values: dict[str, str] = {}
    for item in items:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise QueryError(f"parameter {item!r} is not KEY=VALUE")
        if key in values:
            raise QueryError(f"parameter {key} is given twice")
        values[key] = value
    return values
