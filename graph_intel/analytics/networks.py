"""Importing plain networks (phone records, meetings, published criminal
networks) so analysts can run the same analytics on them as on the store.

Formats, detected from the content (pass ``fmt=`` to override):

``edgelist``
    one edge per line, ``source target [weight]``, separated by commas, tabs
    or spaces; an optional header row (``source,target,weight``...).
``matrix``
    a square adjacency matrix: a header row of node ids (its first cell empty
    or a caption such as ``players``), then one row per node starting with its
    id (the CAVIAR phases, LONDON_GANG.csv).
``twomode``
    a person-by-event incidence matrix (the 'Ndrangheta summit attendance):
    header of event labels, one row per person; projected to a person-person
    network whose weight is the number of events both attended.
``pajek``
    Pajek ``.net`` with ``*Vertices`` and ``*Edges``/``*Arcs`` sections.

Node names: every node id is a string. Purely numeric ids get a prefix
(``n`` by default, so CAVIAR player 1 is ``"n1"`` as in Morselli's tables and
Montagna suspect 18 is ``"n18"``, matching ``N18`` in Montagna_Roles.csv);
``prefix=""`` keeps the digits. A names file (``id name`` per line, e.g.
``terrorists_node_map.txt``) replaces ids by names; one called
``<stem>_node_map.txt`` next to the network is picked up automatically.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import networkx as nx

from graph_intel.errors import GraphIntelError, NotFound

FORMATS = ("edgelist", "matrix", "twomode", "pajek")
COMBINE = ("sum", "last", "max")
HEADER_WORDS = {"source", "target", "from", "to", "src", "dst", "node", "node1", "node2", "weight",
                "ego", "alter", "caller", "callee", "id1", "id2", "sender", "receiver", "actor1", "actor2"}
NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
DIGITS = re.compile(r"^\d+$")


class NetworkFormatError(GraphIntelError):
    """A network file that cannot be read as the format it claims to be."""


def read_network(path: str | Path, *, fmt: str | None = None, directed: bool = False,
                 prefix: str = "n", names: str | Path | None = None,
                 combine: str = "sum", header: bool | None = None) -> nx.Graph:
    """Read a network file into a networkx graph.

    Parameters
    ----------
    path : file to read (UTF-8, a byte-order mark is ignored).
    fmt : one of ``edgelist``, ``matrix``, ``twomode``, ``pajek``; detected when None.
    directed : return a DiGraph; otherwise both directions of a tie merge into one edge.
    prefix : put before purely numeric node ids (``"n"`` makes 1 into ``"n1"``).
    names : an ``id name`` file mapping ids to display names.
    combine : how repeated ties combine their weights: ``sum`` (default), ``max``,
        or ``last`` (the last row wins, as ``nx.Graph.add_edge`` row by row does; this is
        how Cavallaro et al. loaded the Montagna networks).
    header : whether an edge list has a header row; guessed when None.

    Returns
    -------
    nx.Graph or nx.DiGraph with an edge ``weight`` (1 when the file has none);
    ``G.graph`` records ``name``, ``format`` and ``path``.

    Examples
    --------
    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False) as f:
    ...     _ = f.write("source,target,weight\\n1,2,3\\n2,1,4\\n")
    >>> G = read_network(f.name)
    >>> sorted(G.edges(data="weight")), os.unlink(f.name)
    ([('n1', 'n2', 7.0)], None)
    """
    path = Path(path)
    if combine not in COMBINE:
        raise GraphIntelError(f"unknown combine {combine!r}; use one of {', '.join(COMBINE)}")
    text = _read_text(path)
    fmt = fmt or detect_format(text, path)
    if fmt not in FORMATS:
        raise NetworkFormatError(f"{path}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    G = nx.DiGraph() if directed else nx.Graph()
    G.graph.update(name=path.stem, format=fmt, path=str(path))
    reader = {"edgelist": _edgelist_ties, "matrix": _matrix_ties,
              "twomode": _twomode_ties, "pajek": _pajek_ties}[fmt]
    ties, isolates, attrs = reader(text, path, header)
    rename = _renamer(path, names, prefix)
    for node in isolates:
        G.add_node(rename(node))
    for source, target, weight in ties:
        _add_tie(G, rename(source), rename(target), weight, combine)
    for node, node_attrs in attrs.items():
        G.nodes[rename(node)].update(node_attrs)
    if len(G) == 0:
        raise NetworkFormatError(f"{path}: no nodes or edges found (read as {fmt})")
    return G


def detect_format(text: str, path: Path | str = "<text>") -> str:
    """Guess the format of a network file from its first lines."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not first:
        raise NetworkFormatError(f"{path}: the file is empty")
    if first.lower().startswith(("*vertices", "*network", "*arcs", "*edges")):
        return "pajek"
    rows = _rows(text)
    head, body = rows[0], rows[1:]
    # A matrix's corner cell is empty or a caption, never a node id; its cells are numbers.
    if (len(head) >= 3 and not _is_number(head[0]) and body
            and all(len(r) == len(head) for r in body) and _numeric_cells(body)):
        if len(body) == len(head) - 1 and set(r[0] for r in body) == set(head[1:]):
            return "matrix"
        if len(head) > 3 and not _is_number(head[1]):
            return "twomode"
    return "edgelist"


def read_names(path: str | Path) -> dict[str, str]:
    """Read an ``id name`` file (the name may contain spaces) into {id: name}."""
    path = Path(path)
    mapping = {}
    for number, line in enumerate(_read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        parts = line.strip().split(None, 1)
        if len(parts) != 2:
            raise NetworkFormatError(f"{path}: line {number}: expected 'id name', got {line.strip()!r}")
        mapping[parts[0]] = parts[1].strip()
    return mapping


# -- reading ---------------------------------------------------------------

def _read_text(path: Path) -> str:
    if not path.exists():
        raise NotFound(f"{path}: no such file")
    if path.is_dir():
        raise NetworkFormatError(f"{path}: is a folder; give a network file")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NetworkFormatError(f"{path}: not UTF-8 text (byte {exc.start}); convert it to UTF-8") from None


def _rows(text: str) -> list[list[str]]:
    """Split lines into cells: CSV (with quotes) when commas are used, else tabs or spaces."""
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith(("#", "%"))]
    if not lines:
        return [[]]
    if "," in lines[0]:
        return [[cell.strip() for cell in row] for row in csv.reader(io.StringIO("\n".join(lines)))]
    if "\t" in lines[0]:
        return [[cell.strip() for cell in line.split("\t")] for line in lines]
    return [line.split() for line in lines]


def _is_number(cell: str) -> bool:
    return bool(NUMBER.match(cell))


def _numeric_cells(rows: list[list[str]]) -> bool:
    return all(_is_number(cell) or cell == "" for row in rows[:50] for cell in row[1:])


def _weight(cell: str, path: Path, where: str) -> float:
    if cell == "":
        return 0.0
    try:
        return float(cell)
    except ValueError:
        raise NetworkFormatError(f"{path}: {where}: weight {cell!r} is not a number") from None


Ties = list[tuple[str, str, float]]


def _edgelist_ties(text: str, path: Path, header: bool | None):
    rows = _rows(text)
    if header is None:
        header = _looks_like_header(rows)
    ties, isolates = [], []
    for number, row in enumerate(rows[1:] if header else rows, 2 if header else 1):
        where = f"row {number}"
        if len(row) == 1:
            isolates.append(row[0])
        elif len(row) in (2, 3):
            weight = _weight(row[2], path, where) if len(row) == 3 else 1.0
            ties.append((row[0], row[1], weight))
        else:
            raise NetworkFormatError(
                f"{path}: {where}: expected 'source target [weight]', got {len(row)} columns; "
                f"for a matrix pass fmt='matrix'")
    return ties, isolates, {}


def _looks_like_header(rows: list[list[str]]) -> bool:
    first = rows[0]
    # Both end columns named like a header ("source,target"); one alone could be a person called "To".
    if len(first) >= 2 and all(cell.lower() in HEADER_WORDS for cell in first[:2]):
        return True
    # A third column that is text on the first row but numbers below is a caption.
    return (len(first) == 3 and len(rows) > 1 and len(rows[1]) == 3
            and not _is_number(first[2]) and _is_number(rows[1][2]))


def _matrix_ties(text: str, path: Path, header: bool | None):
    rows = _rows(text)
    columns = rows[0][1:]
    if len(set(columns)) != len(columns):
        raise NetworkFormatError(f"{path}: matrix header repeats a node id")
    ties, isolates = [], []
    for number, row in enumerate(rows[1:], 2):
        if len(row) != len(columns) + 1:
            raise NetworkFormatError(
                f"{path}: row {number}: {len(row) - 1} values for {len(columns)} columns; "
                f"a matrix needs one value per header column")
        isolates.append(row[0])
        for column, cell in zip(columns, row[1:]):
            weight = _weight(cell, path, f"row {number}, column {column}")
            if weight:
                ties.append((row[0], column, weight))
    if set(isolates) != set(columns):
        raise NetworkFormatError(f"{path}: row ids differ from the header ids; not a square adjacency matrix "
                                 f"(for a person-by-event table pass fmt='twomode')")
    return ties, isolates, {}


def _twomode_ties(text: str, path: Path, header: bool | None):
    """Person-by-event incidence projected to co-attendance: weight = shared events."""
    rows = _rows(text)
    events = rows[0][1:]
    attended: dict[str, list[str]] = {}
    people = []
    for number, row in enumerate(rows[1:], 2):
        if len(row) != len(events) + 1:
            raise NetworkFormatError(f"{path}: row {number}: {len(row) - 1} values for {len(events)} events")
        people.append(row[0])
        for event, cell in zip(events, row[1:]):
            if _weight(cell, path, f"row {number}"):
                attended.setdefault(event, []).append(row[0])
    ties = [(a, b, 1.0) for members in attended.values()
            for i, a in enumerate(members) for b in members[i + 1:]]
    counts = {person: 0 for person in people}
    for members in attended.values():
        for person in members:
            counts[person] += 1
    return ties, people, {person: {"events": n} for person, n in counts.items()}


def _pajek_ties(text: str, path: Path, header: bool | None):
    section, labels, ties, isolates = None, {}, [], []
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("%"):
            continue
        if stripped.startswith("*"):
            section = stripped.split()[0].lower()
            continue
        cells = next(csv.reader([stripped], delimiter=" ", skipinitialspace=True))
        if section == "*vertices":
            vertex = cells[0]
            labels[vertex] = cells[1] if len(cells) > 1 else vertex
            isolates.append(vertex)
        elif section in ("*edges", "*arcs"):
            if len(cells) < 2:
                raise NetworkFormatError(f"{path}: line {number}: expected 'source target [weight]'")
            weight = _weight(cells[2], path, f"line {number}") if len(cells) > 2 else 1.0
            ties.append((cells[0], cells[1], weight))
        elif section in ("*edgeslist", "*arcslist"):
            ties.extend((cells[0], other, 1.0) for other in cells[1:])
        else:
            raise NetworkFormatError(f"{path}: line {number}: data outside a *Vertices/*Edges/*Arcs section")
    if len(set(labels.values())) == len(labels):
        # Pajek refers to vertices by number; the labels are what analysts know them by.
        ties = [(labels.get(a, a), labels.get(b, b), w) for a, b, w in ties]
        isolates = [labels[v] for v in isolates]
    return ties, isolates, {}


# -- building --------------------------------------------------------------

def _renamer(path: Path, names: str | Path | None, prefix: str):
    if names is None:
        sibling = path.with_name(f"{path.stem}_node_map.txt")
        names = sibling if sibling.exists() else None
    mapping = read_names(names) if names is not None else {}

    def rename(node: str) -> str:
        if node in mapping:
            return mapping[node]
        return f"{prefix}{node}" if DIGITS.match(node) else node
    return rename


def _add_tie(G: nx.Graph, source: str, target: str, weight: float, combine: str) -> None:
    if G.has_edge(source, target):
        data = G.edges[source, target]
        if combine == "sum":
            data["weight"] += weight
        elif combine == "max":
            data["weight"] = max(data["weight"], weight)
        else:
            data["weight"] = weight
    else:
        G.add_edge(source, target, weight=weight)


def read_node_table(path: str | Path, *, key: str | None = None, prefix: str = "n") -> dict[str, dict[str, str]]:
    """Read a CSV of node attributes (e.g. Montagna_Roles.csv) into {node: {column: value}}.

    Ids such as ``N18`` or ``18`` become ``n18`` so they meet the nodes of
    :func:`read_network`; empty cells are left out.
    """
    path = Path(path)
    reader = csv.DictReader(io.StringIO(_read_text(path)))
    if not reader.fieldnames:
        raise NetworkFormatError(f"{path}: no header row")
    key = key or reader.fieldnames[0]
    if key not in reader.fieldnames:
        raise NetworkFormatError(f"{path}: no column {key!r}; columns are {', '.join(reader.fieldnames)}")
    table = {}
    for row in reader:
        raw = (row.pop(key) or "").strip()
        digits = re.sub(r"^[A-Za-z]", "", raw)
        node = f"{prefix}{digits}" if DIGITS.match(digits) else raw
        table[node] = {column: value.strip() for column, value in row.items() if value and value.strip()}
    return table


def node_groups(table: dict[str, dict[str, str]], column: str) -> dict[str, str]:
    """{node: value of column} for the nodes that have it: a grouping for brokerage."""
    return {node: attrs[column] for node, attrs in table.items() if column in attrs}

