"""Saved queries: one `.cypher` file per question, a header of `// key: value`
lines, then the Cypher.

    // name: agencies-in-operation
    // title: Agencies in an operation
    // description: Every agency that took part in the operation, with its role.
    // param: operation STRING example=operation:otf-balkan-cartel -- operation id or exact name
    // param: limit INT64 example=10 default=100
    // read-only: true
    MATCH (a:Agency)-[r:PARTICIPATED_IN]->(o:Operation) WHERE o.id = $operation ...

A header is validated when it loads: the name matches the file, every
`$parameter` the Cypher uses is declared and every declared one is used,
examples and defaults have the declared type, the macros exist
(graph_intel.store.dialect) and the Cypher passes the read-only guard.
"""
from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from graph_intel.errors import NotFound, QueryError, ReadOnlyViolation
from graph_intel.model import ontology
from graph_intel.queries.params import PARAM_TYPES, coerce
from graph_intel.store.readonly import check_read_only, parameter_names, returned_names, statements
from graph_intel.store.dialect import DIALECTS, render

HEADER_LINE = re.compile(r"^//\s*([a-z-]+)\s*:\s?(.*)$")
QUERY_NAME = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
HEADER_KEYS = {"name", "title", "description", "param", "read-only"}
QUERIES_ENV = "GRAPH_INTEL_QUERIES"


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    example: Any
    default: Any = None
    required: bool = True
    help: str = ""
    labels: tuple[str, ...] = ()   # for ENTITY: the labels the entity may have (empty: any)

    @property
    def kind(self) -> str:
        """The type as written in headers and shown to users: ``ENTITY:Agency|Country``."""
        return f"{self.type}:{'|'.join(self.labels)}" if self.labels else self.type


@dataclass(frozen=True)
class SavedQuery:
    name: str
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    cypher: str
    path: str = ""
    read_only: bool = True

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def bind(self, raw: dict[str, Any]) -> dict[str, Any]:
        """Checked, typed values for every parameter; defaults filled in."""
        unknown = sorted(set(raw) - {p.name for p in self.parameters})
        missing = [p for p in self.parameters if p.required and p.name not in raw]
        if unknown or missing:
            problems = []
            if missing:
                problems.append("missing " + ", ".join(p.name for p in missing))
            if unknown:
                problems.append("unknown " + ", ".join(unknown))
            raise QueryError(f"query {self.name}: {'; '.join(problems)}. It expects: {self.signature()} "
                             f"(example: {self.example_command()})")
        return {p.name: coerce(p.name, p.type, raw[p.name]) if p.name in raw else p.default
                for p in self.parameters}

    def signature(self) -> str:
        if not self.parameters:
            return "no parameters"
        return ", ".join(f"{p.name} {p.kind}" + ("" if p.required else f" (default {p.default!r})")
                         for p in self.parameters)

    def example_command(self) -> str:
        args = " ".join(f"-p {shlex.quote(f'{p.name}={_shown(p.example)}')}"
                        for p in self.parameters if p.required)
        return f"graph-intel query {self.name}" + (f" {args}" if args else "")

    def example_values(self) -> dict[str, Any]:
        return {p.name: p.example for p in self.parameters}

    def for_backend(self, backend: str) -> list[str]:
        """The statements for one engine, macros rewritten (graph_intel.store.dialect). Most queries
        are one statement; in a query of several steps each earlier step returns one row, whose
        columns are parameters of the steps after it (docs/queries.md, "Queries in steps")."""
        return statements(render(self.cypher, DIALECTS[backend]))


def _shown(value: Any) -> str:
    if isinstance(value, list):
        return ",".join(value)
    if isinstance(value, bool):
        return str(value).lower()
    return str(value)


def parse_query(text: str, path: str = "<text>", expected_name: str | None = None) -> SavedQuery:
    """A SavedQuery from a file's text, validated; QueryError names the file and the problem."""
    header, body = _split_header(text, path)
    try:
        query = _build(header, body, path)
        _validate(query, expected_name)
    except (QueryError, ReadOnlyViolation) as exc:
        raise QueryError(f"{path}: {exc}") from None
    return query


def _split_header(text: str, path: str) -> tuple[list[tuple[str, str]], str]:
    lines = text.splitlines()
    header = []
    i = 0
    while i < len(lines) and (lines[i].startswith("//") or not lines[i].strip()):
        match = HEADER_LINE.match(lines[i].strip())
        if match:
            header.append((match.group(1), match.group(2).strip()))
        i += 1
    body = "\n".join(lines[i:]).strip()
    if not header:
        raise QueryError(f"{path}: no header; a saved query starts with '// name: ...' lines")
    return header, body


def _build(header: list[tuple[str, str]], body: str, path: str) -> SavedQuery:
    fields: dict[str, list[str]] = {}
    for key, value in header:
        if key not in HEADER_KEYS:
            raise QueryError(f"unknown header key {key!r}; expected {', '.join(sorted(HEADER_KEYS))}")
        fields.setdefault(key, []).append(value)
    for key in ("name", "title", "description", "read-only"):
        if not fields.get(key) or not all(fields[key]):
            raise QueryError(f"header needs '// {key}: ...'")
    for key in ("name", "title", "read-only"):
        if len(fields[key]) > 1:
            raise QueryError(f"header has '// {key}:' more than once")
    if fields["read-only"][0].lower() != "true":
        raise QueryError("saved queries are read-only; the header must say '// read-only: true'")
    if not body:
        raise QueryError("no Cypher after the header")
    parameters = tuple(_parameter(spec) for spec in fields.get("param", []))
    return SavedQuery(name=fields["name"][0], title=fields["title"][0],
                      description=" ".join(fields["description"]), parameters=parameters, cypher=body,
                      path=path)


def _parameter(spec: str) -> Parameter:
    """`name TYPE example=VALUE [default=VALUE] [-- help text]`."""
    definition, _, help_text = spec.partition(" -- ")
    try:
        words = shlex.split(definition)
    except ValueError as exc:
        raise QueryError(f"param line {spec!r}: {exc}") from None
    if len(words) < 2:
        raise QueryError(f"param line {spec!r}: expected 'NAME TYPE example=VALUE'")
    name, (kind, _, narrowed), options = words[0], words[1].partition(":"), words[2:]
    kind = kind.upper()
    if not re.match(r"^[A-Za-z_][A-Za-z0-9_]*$", name):
        raise QueryError(f"parameter name {name!r} is not an identifier")
    if kind not in PARAM_TYPES:
        raise QueryError(f"parameter {name}: type {kind!r} is not one of {', '.join(PARAM_TYPES)}")
    labels = tuple(label for label in narrowed.split("|") if label)
    unknown = [label for label in labels if label not in ontology().entity_labels]
    if unknown or (labels and kind != "ENTITY"):
        raise QueryError(f"parameter {name}: {words[1]!r}: only ENTITY takes labels, and they must be entity labels "
                         f"({', '.join(ontology().entity_labels)})")
    settings = {}
    for option in options:
        key, sep, value = option.partition("=")
        if not sep or key not in {"example", "default"}:
            raise QueryError(f"parameter {name}: {option!r} is not example=VALUE or default=VALUE")
        settings[key] = value
    if "example" not in settings:
        raise QueryError(f"parameter {name}: give an example value (example=...)")
    required = "default" not in settings
    default = None if required else coerce(name, kind, settings["default"])
    return Parameter(name=name, type=kind, example=coerce(name, kind, settings["example"]), default=default,
                     required=required, help=help_text.strip(), labels=labels)


def _validate(query: SavedQuery, expected_name: str | None) -> None:
    if not QUERY_NAME.match(query.name):
        raise QueryError(f"query name {query.name!r} must be lower-case words joined by '-'")
    if expected_name is not None and query.name != expected_name:
        raise QueryError(f"the header names {query.name!r} but the file is {expected_name}.cypher")
    declared = [p.name for p in query.parameters]
    if len(set(declared)) != len(declared):
        raise QueryError("a parameter is declared twice")
    steps = statements(query.cypher)
    known, used = set(declared), set()
    for step in steps:
        named = parameter_names(step)
        if named - known:
            raise QueryError(f"the Cypher uses undeclared parameter(s) {', '.join(sorted(named - known))}")
        used |= named
        known |= returned_names(step)
    if set(declared) - used:
        raise QueryError(f"declared parameter(s) {', '.join(sorted(set(declared) - used))} are not used")
    for backend in DIALECTS:
        for step in query.for_backend(backend):
            check_read_only(step)


def query_dirs() -> list[Path]:
    """Where saved queries are found: the packaged library (the repository's
    cypher/ folder, linked into the package), then each folder named in
    $GRAPH_INTEL_QUERIES (os.pathsep-separated) for a team's own queries."""
    dirs = [Path(str(resources.files("graph_intel.queries").joinpath("cypher")))]
    repo = Path(__file__).resolve().parents[2] / "cypher"
    if not dirs[0].is_dir() and repo.is_dir():
        dirs = [repo]
    extra = os.environ.get(QUERIES_ENV, "")
    dirs += [Path(p).expanduser() for p in extra.split(os.pathsep) if p.strip()]
    return dirs


def load_queries(dirs: list[Path] | None = None, problems: list[str] | None = None) -> dict[str, SavedQuery]:
    """Every saved query by name; a later folder may replace a packaged query of the same name.

    A file that cannot be read or parsed is left out, its one-line reason added to
    ``problems`` (raised when no list is given): one bad file in a team's folder does
    not take the other queries down.
    """
    dirs = query_dirs() if dirs is None else dirs
    found: dict[str, SavedQuery] = {}
    for folder in dirs:
        if not folder.is_dir():
            raise NotFound(f"saved-query folder {folder} does not exist; check ${QUERIES_ENV}")
        for path in sorted(folder.glob("*.cypher")):
            try:
                query = parse_query(read_cypher(path), str(path), expected_name=path.stem)
            except QueryError as exc:
                if problems is None:
                    raise
                problems.append(f"{exc}; the query is left out")
                continue
            found[query.name] = query
    return found


def read_cypher(path: str | Path) -> str:
    """A .cypher file's text, or one line saying why it cannot be read."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise QueryError(f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8") from None
    except OSError as exc:
        raise QueryError(f"{path}: cannot read ({exc.strerror or exc})") from None


@lru_cache(maxsize=4)
def _cached(key: tuple[str, ...]) -> tuple[dict[str, SavedQuery], tuple[str, ...]]:
    problems: list[str] = []
    return load_queries([Path(p) for p in key], problems), tuple(problems)


def saved_queries() -> dict[str, SavedQuery]:
    """The saved queries that parse, read once per process (see :func:`query_problems`)."""
    return _cached(tuple(str(d) for d in query_dirs()))[0]


def query_problems() -> tuple[str, ...]:
    """Why saved-query files were left out, one line each."""
    return _cached(tuple(str(d) for d in query_dirs()))[1]


def get_query(name: str) -> SavedQuery:
    queries = saved_queries()
    try:
        return queries[name]
    except KeyError:
        close = [n for n in queries if name in n or n in name]
        hint = f"; did you mean {', '.join(close[:3])}?" if close else ""
        raise NotFound(f"no saved query named {name!r}{hint} Run 'graph-intel query --list' to see them all.") \
            from None
