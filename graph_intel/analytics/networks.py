"""Importing plain networks (phone records, meetings, published criminal
networks) so analysts can run the same analytics on them as on the store.

Formats, detected from the content (pass ``fmt=`` to override):

``edgelist``
    one edge per line, ``source target [weight]``, separated by commas,
    semicolons, tabs, pipes or spaces (one separator for the file, found by
    ``csv.Sniffer``; a file that mixes them is refused); an optional header row
    (``source,target,weight``...), refused as ambiguous when it could be a tie.
``matrix``
    a square adjacency matrix: a header row of node ids (its first cell empty
    or a caption such as ``players``), then one row per node starting with its
    id (the CAVIAR phases, LONDON_GANG.csv); or a square block of numbers
    without ids (nodes numbered from 1).
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

What was read is reported, never guessed in silence: ``G.graph["detected"]``
holds the format, separator, header, direction, weighting, counts and notes
(ties of weight 0 left out, a symmetric matrix read once), and anything that
could be read two ways is refused with one line naming the flag that decides.
Negative weights are refused.
"""
from __future__ import annotations

import csv
import io
import re
import shlex
from dataclasses import asdict, dataclass, field
from pathlib import Path

import networkx as nx

from graph_intel.errors import GraphIntelError, NotFound

FORMATS = ("edgelist", "matrix", "twomode", "pajek")
COMBINE = ("sum", "last", "max")
# --sep values; "space" splits on any run of spaces and tabs.
SEPARATORS = {",": ",", "comma": ",", ";": ";", "semicolon": ";", "tab": "\t", "\t": "\t",
              "|": "|", "pipe": "|", "space": None, "whitespace": None}
SEPARATOR_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe", None: "whitespace"}
DELIMITERS = ",;\t|"
SNIFF_LINES = 200
LARGE_FILE_BYTES = 20_000_000   # edge lists above this are read column-wise into igraph (read_graph)
HEADER_WORDS = {"source", "target", "from", "to", "src", "dst", "node", "node1", "node2", "weight",
                "ego", "alter", "caller", "callee", "id1", "id2", "sender", "receiver", "actor1", "actor2"}
NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")
DIGITS = re.compile(r"^\d+$")


class NetworkFormatError(GraphIntelError):
    """A network file that cannot be read as the format it claims to be."""


@dataclass
class Detected:
    """What was read from a network file: reported to the user so a wrong reading shows."""

    path: str
    format: str
    separator: str | None = None
    header: bool = False
    directed: bool = False
    weighted: bool = False
    nodes: int = 0
    edges: int = 0
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: 'calls.csv: edgelist, comma-separated, header row, undirected, weighted; 4 nodes, 3 edges'."""
        shape = [self.format]
        if self.separator:
            shape.append(f"{self.separator}-separated")
        if self.header:
            shape.append("header row")
        shape += ["directed" if self.directed else "undirected", "weighted" if self.weighted else "unweighted"]
        text = f"{self.path}: {', '.join(shape)}; {self.nodes} nodes, {self.edges} edges"
        return "; ".join([text, *self.notes])

    def as_dict(self) -> dict:
        return asdict(self)


def read_network(path: str | Path, *, fmt: str | None = None, directed: bool = False,
                 prefix: str = "n", names: str | Path | None = None,
                 combine: str = "sum", header: bool | None = None, sep: str | None = None) -> nx.Graph:
    """Read a network file into a networkx graph, or refuse it with one line saying why.

    Parameters
    ----------
    path : file to read (UTF-8, a byte-order mark is ignored).
    fmt : one of ``edgelist``, ``matrix``, ``twomode``, ``pajek``; detected when None.
    directed : return a DiGraph; otherwise both directions of a tie merge into one edge
        (a symmetric matrix gives each tie once).
    prefix : put before purely numeric node ids (``"n"`` makes 1 into ``"n1"``).
    names : an ``id name`` file mapping ids to display names.
    combine : how repeated ties combine their weights: ``sum`` (default), ``max``,
        or ``last`` (the last row wins, as ``nx.Graph.add_edge`` row by row does; this is
        how Cavallaro et al. loaded the Montagna networks).
    header : whether an edge list has a header row; guessed when None, and refused
        when the first row could be either.
    sep : the separator (``,``, ``;``, ``tab``, ``|`` or ``space``); detected when None.

    Returns
    -------
    nx.Graph or nx.DiGraph with an edge ``weight`` (1 when the file has none);
    ``G.graph`` records ``name``, ``format``, ``path`` and ``detected``
    (:class:`Detected` as a dict: separator, header, weighted, counts, notes).

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
    if fmt is not None and fmt not in FORMATS:
        raise NetworkFormatError(f"{path}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    text = _read_text(path)
    detected = Detected(path=str(path), format=fmt or "", directed=directed)
    if (fmt or _pajek_or_none(text, path)) == "pajek":
        detected.format = "pajek"
        ties, isolates, attrs = _pajek_ties(text, path, detected)
    else:
        rows = _rows(text, path, sep, detected)
        detected.format = fmt or _table_format(rows, path)
        reader = {"edgelist": _edgelist_ties, "matrix": _matrix_ties, "twomode": _twomode_ties}[detected.format]
        ties, isolates, attrs = reader(rows, path, header, detected)
    G = _build(ties, isolates, attrs, _renamer(path, names, prefix), directed, combine)
    if len(G) == 0:
        raise NetworkFormatError(f"{path}: no nodes or edges found (read as {detected.format})")
    detected.nodes, detected.edges = len(G), G.number_of_edges()
    G.graph.update(name=path.stem, format=detected.format, path=str(path), detected=detected.as_dict())
    return G


def read_graph(path: str | Path, *, large: bool = False, **options):
    """The network a command analyses: :func:`read_network`, or with ``large=True``
    and an edge list over ``LARGE_FILE_BYTES``, :func:`read_large_network`'s igraph graph."""
    path = Path(path)
    if large and path.is_file() and path.stat().st_size > LARGE_FILE_BYTES and options.get("fmt") in (None, "edgelist"):
        g = read_large_network(path, **{k: v for k, v in options.items() if k != "fmt"})
        if g is not None:
            return g
    return read_network(path, **options)


def read_large_network(path: str | Path, *, directed: bool = False, prefix: str = "n",
                       names: str | Path | None = None, combine: str = "sum",
                       header: bool | None = None, sep: str | None = None):
    """An edge list read column by column (pyarrow) straight into an ``igraph.Graph``.

    For files of millions of ties, where a networkx graph would take ten times
    the memory and the time. Vertices carry ``name``, edges ``weight``;
    ``g["detected"]`` is the same report as :func:`read_network`'s. The
    separator and header are judged on the first lines, as :func:`read_network`
    judges them; returns None when the file is not a plain edge list that can
    be read this way (comments, isolates, separators of several spaces), so the
    caller reads it line by line instead.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc
    from pyarrow import csv as pacsv

    path = Path(path)
    if combine not in COMBINE:
        raise GraphIntelError(f"unknown combine {combine!r}; use one of {', '.join(COMBINE)}")
    sample = _head_text(path)
    detected = Detected(path=str(path), format="edgelist", directed=directed)
    rows = _rows(sample, path, sep, detected)
    widths = {len(cells) for _, cells in rows}
    separator = {"whitespace": " "}.get(detected.separator, SEPARATORS.get(detected.separator))
    plain = (len(widths) == 1 and widths <= {2, 3} and _table_format(rows, path) == "edgelist"
             and not any(line.lstrip().startswith(("#", "%")) for line in sample.splitlines())
             and (detected.separator != "whitespace" or "  " not in sample and "\t" not in sample))
    if not plain:
        return None
    width = widths.pop()
    columns = ["source", "target", "weight"][:width]
    try:
        table = pacsv.read_csv(path, read_options=pacsv.ReadOptions(column_names=columns),
                               parse_options=pacsv.ParseOptions(delimiter=separator),
                               convert_options=pacsv.ConvertOptions(column_types={c: pa.string() for c in columns}))
    except pa.ArrowInvalid as exc:
        raise NetworkFormatError(f"{path}: {str(exc).splitlines()[0]}") from None
    sources = pc.utf8_ltrim(pc.utf8_trim_whitespace(table["source"]), characters="\ufeff")
    targets = pc.utf8_trim_whitespace(table["target"])
    detected.header = _column_header(rows, path, sources, targets) if header is None else header
    start = 1 if detected.header else 0
    sources, targets = sources.slice(start), targets.slice(start)
    weights = None
    if width == 3:
        detected.weighted = True
        weights = _column_weights(table["weight"].slice(start), path, start)
    encoded = pc.dictionary_encode(pa.chunked_array(sources.chunks + targets.chunks))
    codes = np.concatenate([chunk.indices.to_numpy(zero_copy_only=False) for chunk in encoded.chunks] or [[]])
    ids = encoded.chunks[0].dictionary.to_pylist() if encoded.num_chunks else []
    del table, sources, targets, encoded   # the text columns are done with: free them before the graph is built
    pa.default_memory_pool().release_unused()
    return _igraph_from_codes(codes, ids, weights, path, detected, _renamer(path, names, prefix), combine)


def _column_header(rows: Rows, path: Path, sources, targets) -> bool:
    """:func:`_edge_header` judged on the first lines, with the whole columns to say whether a name recurs."""
    import pyarrow as pa
    import pyarrow.compute as pc

    def appears_again(names):
        wanted = pa.array(names)
        return any(pc.any(pc.is_in(column.slice(1), value_set=wanted)).as_py() for column in (sources, targets))

    return _edge_header(rows, path, appears_again)


def _combined_ties(pairs, weights, n: int, directed: bool, combine: str):
    """One row per tie, weights combined as :func:`_add_tie` combines them (in numpy: no per-edge objects).

    Undirected ties are keyed by their two ends in either order.
    """
    import numpy as np

    ends = pairs if directed else np.sort(pairs, axis=1)
    keys = ends[:, 0].astype(np.int64) * n + ends[:, 1]
    unique, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    if combine == "sum":
        combined = np.bincount(inverse, weights=weights, minlength=len(unique))
    elif combine == "max":
        combined = np.full(len(unique), -np.inf)
        np.maximum.at(combined, inverse, weights)
    else:   # last: the row read last wins
        last = np.zeros(len(unique), dtype=np.int64)
        np.maximum.at(last, inverse, np.arange(len(keys)))
        combined = weights[last]
    # Each tie keeps the direction of its first row, as networkx keeps the first-added edge.
    return np.ascontiguousarray(pairs[first]), combined


def _head_text(path: Path, size: int = 65_536) -> str:
    """The file's first whole lines, about ``size`` bytes of them."""
    with _read_check(path).open("rb") as handle:
        raw = handle.read(size)
    try:
        return raw[: raw.rfind(b"\n") + 1].decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NetworkFormatError(f"{path}: not UTF-8 text (byte {exc.start}); convert it to UTF-8") from None


def _column_weights(column, path: Path, start: int):
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    try:
        weights = pc.cast(pc.utf8_trim_whitespace(column), pa.float64()).to_numpy(zero_copy_only=False)
    except pa.ArrowInvalid as exc:
        raise NetworkFormatError(f"{path}: a weight is not a number ({str(exc).splitlines()[0]})") from None
    bad = np.flatnonzero(~(weights >= 0))
    if bad.size:
        raise NetworkFormatError(f"{path}: row {bad[0] + start + 1}: weight {float(weights[bad[0]])} is negative "
                                 f"or not a number; tie weights count contacts and must be 0 or more")
    return weights


def _igraph_from_codes(codes, ids: list[str], weights, path: Path, detected: Detected, rename, combine: str):
    import igraph as ig
    import numpy as np

    names = [rename(node) for node in ids]
    if len(set(names)) != len(names):
        return None   # two ids name one node (18 and n18): the line-by-line reader merges them
    pairs = codes.reshape(2, -1).T
    weights = np.ones(len(pairs)) if weights is None else weights
    keep = weights != 0
    if not keep.all():
        detected.notes.append(f"{int((~keep).sum())} rows with weight 0 read as no tie")
        pairs, weights = pairs[keep], weights[keep]
    pairs, weights = _combined_ties(pairs, weights, len(names), detected.directed, combine)
    g = ig.Graph(n=len(names), directed=detected.directed)
    g.add_edges(pairs)
    g.vs["name"] = names
    g.es["weight"] = weights
    detected.nodes, detected.edges = g.vcount(), g.ecount()
    detected.notes.append("read column-wise into igraph")
    g["detected"] = detected.as_dict()
    g["name"] = path.stem
    return g


def detect_format(text: str, path: Path | str = "<text>", sep: str | None = None) -> str:
    """The format of a network file's text (see the module's list)."""
    if _pajek_or_none(text, Path(path)):
        return "pajek"
    return _table_format(_rows(text, Path(path), sep, Detected(path=str(path), format="")), path)


def _table_format(rows: Rows, path: Path | str) -> str:
    """Which table a file's rows are: an edge list, a square matrix or a two-mode table.

    A table wider than an edge list (or with an empty corner cell) whose cells
    are numbers is a matrix when its row ids are mostly the header's ids, a
    person-by-event table when they share none. A block of numbers as many
    rows as columns wide is a matrix without ids.
    """
    if not rows:
        raise NetworkFormatError(f"{path}: the file is empty")
    head, body = rows[0][1], [cells for _, cells in rows[1:]]
    width = len(head)
    if head[:2] and all(cell.lower() in HEADER_WORDS for cell in head[:2]):
        return "edgelist"
    if len(rows) == width >= 2 and all(len(cells) == width and _numbers(cells) for _, cells in rows):
        return _unlabelled_square(rows, path)
    if body and (width >= 4 or (width == 3 and head[0] == "")) and all(_numbers(cells[1:]) for cells in body[:50]):
        labels, columns = {cells[0] for cells in body}, set(head[1:])
        return "twomode" if not labels & columns else "matrix"
    return "edgelist"


def _unlabelled_square(rows, path) -> str:
    width = len(rows)
    if width >= 4:
        return "matrix"
    # Three rows of three numbers can be a matrix or three weighted ties; matrices have an empty diagonal.
    if all(_is_number(rows[i][1][i]) and float(rows[i][1][i]) == 0 for i in range(width)):
        raise NetworkFormatError(f"{path}: {width} rows of {width} numbers can be a matrix or an edge list; "
                                 f"pass --input-format matrix or --input-format edgelist")
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

Rows = list[tuple[int, list[str]]]   # (line number, cells)
Ties = list[tuple[str, str, float]]


def _read_check(path: Path) -> Path:
    if not path.exists():
        raise NotFound(f"{path}: no such file")
    if path.is_dir():
        raise NetworkFormatError(f"{path}: is a folder; give a network file")
    return path


def _read_text(path: Path) -> str:
    try:
        return _read_check(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NetworkFormatError(f"{path}: not UTF-8 text (byte {exc.start}); convert it to UTF-8") from None


def _data_lines(text: str) -> list[tuple[int, str]]:
    return [(number, line) for number, line in enumerate(text.splitlines(), 1)
            if line.strip() and not line.lstrip().startswith(("#", "%"))]


def _rows(text: str, path: Path, sep: str | None, detected: Detected) -> Rows:
    """Split the data lines into cells with one separator for the whole file."""
    lines = _data_lines(text)
    if not lines:
        raise NetworkFormatError(f"{path}: the file is empty")
    separator = _separator(lines, path, sep)
    detected.separator = SEPARATOR_NAMES[separator]
    if separator is None:
        return [(number, _split_whitespace(line)) for number, line in lines]
    numbers = [number for number, _ in lines]
    cells = csv.reader(io.StringIO("\n".join(line for _, line in lines)), delimiter=separator)
    return [(number, [cell.strip() for cell in row]) for number, row in zip(numbers, cells)]


def _split_whitespace(line: str) -> list[str]:
    return shlex.split(line) if '"' in line else line.split()


def _separator(lines: list[tuple[int, str]], path: Path, sep: str | None) -> str | None:
    """The file's separator: given, sniffed (csv.Sniffer), or whitespace; mixed separators are refused."""
    if sep is not None:
        if sep not in SEPARATORS:
            raise NetworkFormatError(f"unknown separator {sep!r}; use one of , ; tab | space")
        return SEPARATORS[sep]
    sample = "\n".join(line for _, line in lines[:SNIFF_LINES])
    try:
        found = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        # The sniffer wants every line alike: a lone id (an isolate) or a stray line defeats it.
        found = next((c for c in DELIMITERS if any(c in line for _, line in lines)), None)
    if found is None:
        return None
    stray = next((number for number, line in lines if found not in line and len(line.split()) > 1), None)
    if stray is None:
        return found
    if found == "\t" and all(_plain_tie(line.split()) for _, line in lines):
        return None   # tabs on some lines, spaces on others, no spaces inside ids: whitespace throughout
    first = next(number for number, line in lines if found in line)
    raise NetworkFormatError(f"{path}: line {stray} is not {SEPARATOR_NAMES[found]}-separated like line {first}; "
                             f"the file mixes separators: pass --sep")


def _plain_tie(cells: list[str]) -> bool:
    return 1 <= len(cells) <= 2 or (len(cells) == 3 and _is_number(cells[2]))


def _is_number(cell: str) -> bool:
    return bool(NUMBER.match(cell))


def _numbers(cells: list[str]) -> bool:
    return all(_is_number(cell) or cell == "" for cell in cells)


def _weight(cell: str, path: Path, where: str) -> float:
    if cell == "":
        return 0.0
    try:
        weight = float(cell)
    except ValueError:
        raise NetworkFormatError(f"{path}: {where}: weight {cell!r} is not a number") from None
    if weight < 0 or weight != weight:
        raise NetworkFormatError(f"{path}: {where}: weight {cell!r} is negative or not a number; "
                                 f"tie weights count contacts and must be 0 or more")
    return weight


def _edgelist_ties(rows: Rows, path: Path, header: bool | None, detected: Detected):
    detected.header = _edge_header(rows, path) if header is None else header
    ties, isolates, zeros = [], [], 0
    for number, row in rows[1:] if detected.header else rows:
        where = f"line {number}"
        if len(row) == 1:
            isolates.append(row[0])
        elif len(row) in (2, 3):
            weight = _weight(row[2], path, where) if len(row) == 3 else 1.0
            detected.weighted |= len(row) == 3
            if weight == 0:
                zeros += 1   # a tie of weight 0 is no tie; its ends stay as nodes
                isolates += row[:2]
            else:
                ties.append((row[0], row[1], weight))
        else:
            raise NetworkFormatError(
                f"{path}: {where}: expected 'source target [weight]', got {len(row)} columns; "
                f"for a matrix pass --input-format matrix")
    if zeros:
        detected.notes.append(f"{zeros} rows with weight 0 read as no tie")
    return ties, isolates, {}


def _edge_header(rows: Rows, path: Path, appears_again=None) -> bool:
    """Whether the first row names the columns: header words, words over numbers, or refused when unclear.

    ``appears_again(names)`` says whether any of the first row's names occurs
    in a later row (default: looked up in ``rows``, which then must be all rows).
    """
    first, rest = rows[0][1], [cells for _, cells in rows[1:]]
    ends = first[:2]
    if len(first) < 2 or not rest:
        return False
    if all(cell.lower() in HEADER_WORDS for cell in ends):
        return True
    # A third column that is text on the first row but numbers below is a caption.
    if len(first) == 3 and len(rest[0]) == 3 and not _is_number(first[2]) and _is_number(rest[0][2]):
        return True
    if any(_is_number(cell) for cell in ends):
        return False
    if all(_is_number(cell) for cells in rest[:SNIFF_LINES] for cell in cells[:2]):
        return True   # words above numeric ids
    if appears_again is None:
        seen = {cell for cells in rest for cell in cells[:2]}
        appears_again = lambda names: bool(seen & set(names))   # noqa: E731
    if not appears_again(ends):
        raise NetworkFormatError(f"{path}: line {rows[0][0]} ({', '.join(ends)}) may be a header: "
                                 f"neither name appears again; pass --header or --no-header")
    return False


def _matrix_ties(rows: Rows, path: Path, header: bool | None, detected: Detected):
    if _is_number(rows[0][1][0]) and len(rows) == len(rows[0][1]):
        # No ids: rows and columns are numbered from 1, as UCINET and Pajek number them.
        ids = [str(i) for i in range(1, len(rows) + 1)]
        rows = [(0, [""] + ids)] + [(number, [ids[i]] + cells) for i, (number, cells) in enumerate(rows)]
        detected.notes.append("no row or column ids: nodes numbered from 1")
    detected.header = True
    columns = rows[0][1][1:]
    if len(set(columns)) != len(columns):
        raise NetworkFormatError(f"{path}: matrix header repeats a node id")
    cells: dict[tuple[str, str], float] = {}
    labels = []
    for number, row in rows[1:]:
        if len(row) != len(columns) + 1:
            raise NetworkFormatError(
                f"{path}: line {number}: {len(row) - 1} values for {len(columns)} columns; "
                f"a matrix needs one value per header column")
        labels.append(row[0])
        for column, cell in zip(columns, row[1:]):
            weight = _weight(cell, path, f"line {number}, column {column}")
            if weight:
                cells[row[0], column] = weight
    _same_ids(labels, columns, path)
    detected.weighted = any(w != 1 for w in cells.values())
    if not detected.directed and all(cells.get((b, a)) == w for (a, b), w in cells.items()):
        detected.notes.append("symmetric matrix: each tie read once")
        order = {node: i for i, node in enumerate(columns)}
        ties = [(a, b, w) for (a, b), w in cells.items() if order[a] <= order[b]]
    else:
        if not detected.directed:
            detected.notes.append("asymmetric matrix read undirected: a tie sums both directions "
                                  "(--directed keeps them apart)")
        ties = [(a, b, w) for (a, b), w in cells.items()]
    return ties, labels, {}


def _same_ids(labels: list[str], columns: list[str], path: Path) -> None:
    """A square matrix lists the same ids down and across; name the first that differs and its nearest."""
    if len(set(labels)) != len(labels):
        raise NetworkFormatError(f"{path}: matrix rows repeat a node id")
    extra = [label for label in labels if label not in set(columns)]
    if not extra:
        return
    from rapidfuzz import process

    missing = [column for column in columns if column not in set(labels)]
    nearest = process.extractOne(extra[0], missing) if missing else None
    hint = f" (header has {nearest[0]!r} with no row)" if nearest else ""
    raise NetworkFormatError(f"{path}: row id {extra[0]!r} is not in the header{hint}; {len(extra)} row ids "
                             f"differ from the header ids; a person-by-event table needs --input-format twomode")


def _twomode_ties(rows: Rows, path: Path, header: bool | None, detected: Detected):
    """Person-by-event incidence projected to co-attendance: weight = shared events."""
    detected.header, detected.weighted = True, True
    events = rows[0][1][1:]
    attended: dict[str, list[str]] = {}
    people = []
    for number, row in rows[1:]:
        if len(row) != len(events) + 1:
            raise NetworkFormatError(f"{path}: line {number}: {len(row) - 1} values for {len(events)} events")
        people.append(row[0])
        for event, cell in zip(events, row[1:]):
            if _weight(cell, path, f"line {number}"):
                attended.setdefault(event, []).append(row[0])
    ties = [(a, b, 1.0) for members in attended.values()
            for i, a in enumerate(members) for b in members[i + 1:]]
    counts = {person: 0 for person in people}
    for members in attended.values():
        for person in members:
            counts[person] += 1
    detected.notes.append(f"{len(people)} people by {len(events)} events, projected to co-attendance")
    return ties, people, {person: {"events": n} for person, n in counts.items()}


def _pajek_or_none(text: str, path: Path) -> str | None:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if not first:
        raise NetworkFormatError(f"{path}: the file is empty")
    return "pajek" if first.lower().startswith(("*vertices", "*network", "*arcs", "*edges")) else None


def _pajek_ties(text: str, path: Path, detected: Detected):
    """Pajek sections; cells split as shlex does (quotes, spaces or tabs), as networkx's reader splits them.

    Not networkx's reader itself: it merges vertices that share a label and
    takes the *Vertices count on trust, both silently.
    """
    section, labels, ties, isolates, declared = None, {}, [], [], None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("%"):
            continue
        if stripped.startswith("*"):
            words = stripped.split()
            section = words[0].lower()
            if section == "*vertices" and len(words) > 1 and words[1].isdigit():
                declared = int(words[1])
            continue
        cells = shlex.split(stripped)
        if section == "*vertices":
            labels[cells[0]] = cells[1] if len(cells) > 1 else cells[0]
            isolates.append(cells[0])
        elif section in ("*edges", "*arcs"):
            if len(cells) < 2:
                raise NetworkFormatError(f"{path}: line {number}: expected 'source target [weight]'")
            weight = _weight(cells[2], path, f"line {number}") if len(cells) > 2 else 1.0
            detected.weighted |= len(cells) > 2
            if weight:
                ties.append((cells[0], cells[1], weight))
        elif section in ("*edgeslist", "*arcslist"):
            ties.extend((cells[0], other, 1.0) for other in cells[1:])
        else:
            raise NetworkFormatError(f"{path}: line {number}: data outside a *Vertices/*Edges/*Arcs section")
    _pajek_vertices_agree(labels, ties, declared, path)
    if len(set(labels.values())) == len(labels):
        # Pajek refers to vertices by number; the labels are what analysts know them by.
        ties = [(labels.get(a, a), labels.get(b, b), w) for a, b, w in ties]
        isolates = [labels[v] for v in isolates]
    else:
        detected.notes.append("vertex labels repeat: nodes keep their numbers")
    return ties, isolates, {}


def _pajek_vertices_agree(labels: dict, ties: Ties, declared: int | None, path: Path) -> None:
    if not labels:
        return   # no vertex lines: ties name vertices by number
    if declared is not None and declared != len(labels):
        raise NetworkFormatError(f"{path}: *Vertices says {declared} but {len(labels)} vertex lines follow")
    unknown = next((end for a, b, _ in ties for end in (a, b) if end not in labels), None)
    if unknown is not None:
        raise NetworkFormatError(f"{path}: a tie names vertex {unknown!r}, which *Vertices does not list")


# -- building --------------------------------------------------------------

def _build(ties: Ties, isolates: list[str], attrs: dict, rename, directed: bool, combine: str) -> nx.Graph:
    G = nx.DiGraph() if directed else nx.Graph()
    for node in isolates:
        G.add_node(rename(node))
    for source, target, weight in ties:
        _add_tie(G, rename(source), rename(target), weight, combine)
    for node, node_attrs in attrs.items():
        G.nodes[rename(node)].update(node_attrs)
    return G


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


def read_node_table(path: str | Path, *, key: str | None = None) -> dict[str, dict[str, str]]:
    """Read a CSV of node attributes (e.g. Montagna_Roles.csv) into {id: {column: value}}.

    Ids are kept as written; :func:`match_nodes` keys them by a network's own
    nodes. Empty cells are left out.
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
        table[raw] = {column: value.strip() for column, value in row.items() if value and value.strip()}
    return table


def match_nodes(table: dict[str, dict], nodes, *, prefix: str = "n") -> tuple[dict, list[str]]:
    """Key a node table by the network's nodes: ({node: attrs}, ids that match no node).

    An id matches the node written the same, the node read from the same
    digits (``18`` is ``n18``), or the node written the same but for case
    (``N18`` is ``n18``, as Montagna_Roles.csv writes the suspects of the
    Montagna networks). Ids such as ``a1`` or ``P12`` are never rewritten.
    """
    nodes = set(nodes)
    by_case: dict[str, list] = {}
    for node in nodes:
        by_case.setdefault(str(node).lower(), []).append(node)
    matched, unmatched = {}, []
    for raw, attrs in table.items():
        if raw in nodes:
            node = raw
        elif DIGITS.match(raw) and f"{prefix}{raw}" in nodes:
            node = f"{prefix}{raw}"
        else:
            same = by_case.get(raw.lower(), [])
            node = same[0] if len(same) == 1 else None
        if node is None:
            unmatched.append(raw)
        else:
            matched[node] = attrs
    return matched, unmatched


def node_groups(table: dict[str, dict[str, str]], column: str) -> dict[str, str]:
    """{node: value of column} for the nodes that have it: a grouping for brokerage."""
    return {node: attrs[column] for node, attrs in table.items() if column in attrs}

