"""The terminal link chart: a pure generator of lines and a thin writer.

Two layouts, both deterministic so tests compare exact text:

* a neighbourhood is drawn as a tree: the focus entity as the header, its
  links one per line sorted by relationship type, the entities found
  further out nested under the one that reaches them first; a link back to
  an entity drawn elsewhere (a cycle) is shown as a back-reference
  (``↺ see Europol``), so every link appears exactly once;
* a path ("how is A connected to B") is drawn one hop per line, each line
  relating the entity on the line above to the entity on its own line.

i2 conventions: every entity shows its name and type (``Europol [Agency]``);
every link its relationship, direction and number of supporting documents
(``──PARTICIPATED_IN (2 docs)──▶``); the line style says how sure it is:
solid confirmed, dashed probable, dotted possible (see `charts.style`).
"""
from __future__ import annotations

from collections import Counter

import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Iterator, TextIO

from rich.cells import cell_len, get_character_cell_size

from graph_intel.charts.style import CONFIRMED, POSSIBLE, PROBABLE, link_caption, link_strength
from graph_intel.charts.topology import Incident, incident_links, root_groups, tree_parents
from graph_intel.records import ChartLink, ChartNode, Subgraph
from graph_intel.textsafe import cleaned

MIN_WIDTH = 40
MIN_NAME_CELLS = 14     # below this a name moves to its own line rather than shrink to nothing
MAX_NAME_LINES = 2      # a longer name is cut with an ellipsis: the tree must stay scannable


@dataclass(frozen=True)
class Glyphs:
    tee: str
    last: str
    pipe: str
    blank: str
    lines: dict[str, str]
    out_head: str
    in_head: str
    root: str
    backref: str
    ellipsis: str
    open_quote: str
    close_quote: str
    dash: str
    at_least: str
    through: str


UNICODE = Glyphs(tee="├", last="└", pipe="│  ", blank="   ",
                 lines={CONFIRMED: "─", PROBABLE: "╌", POSSIBLE: "┄"},
                 out_head="▶", in_head="◀", root="◉", backref="↺", ellipsis="…",
                 open_quote="“", close_quote="”", dash="—", at_least="≥", through="–")
ASCII = Glyphs(tee="+", last="`", pipe="|  ", blank="   ",
               lines={CONFIRMED: "-", PROBABLE: "~", POSSIBLE: "."},
               out_head=">", in_head="<", root="*", backref="^", ellipsis="...",
               open_quote='"', close_quote='"', dash="--", at_least=">=", through="-")

# ANSI styles, used only when colour is asked for. Entity names take the
# colour of their label so the eye groups places, agencies and criminals.
LABEL_ANSI = {
    "Organisation": "31", "Person": "91", "Operation": "35", "Agency": "34",
    "Country": "32", "Region": "32", "Location": "36", "Port": "36",
    "Shipment": "33", "Platform": "95", "Document": "37",
}
STYLE_ANSI = {"guide": "2", "rel": "1", "evidence": "3", "ref": "2", "note": "2"}

Segment = tuple[str, str]       # (text, style key); "" is unstyled
Line = list[Segment]


@dataclass
class Branch:
    """One link drawn under the entity it hangs from."""
    link: ChartLink
    outgoing: bool              # the link points from the parent to `child`
    child: ChartNode
    expanded: bool              # False: a back-reference to an entity drawn elsewhere
    children: list[Branch] = field(default_factory=list)


# --------------------------------------------------------------------------- public API

def render_chart(subgraph: Subgraph, *, width: int = 100, unicode: bool = True,
                 color: bool = False, evidence: bool = False) -> list[str]:
    """The chart of `subgraph` as lines of at most `width` cells.

    A subgraph whose two focus entities are joined by a simple chain of
    links is drawn as a path; anything else as a neighbourhood tree.
    """
    subgraph = cleaned(subgraph)   # names and evidence are shown, never acted on as escapes
    if is_path(subgraph):
        return render_path(subgraph, width=width, unicode=unicode, color=color, evidence=evidence)
    return render_neighbourhood(subgraph, width=width, unicode=unicode, color=color, evidence=evidence)


def render_neighbourhood(subgraph: Subgraph, *, width: int = 100, unicode: bool = True,
                         color: bool = False, evidence: bool = False) -> list[str]:
    chart = _Chart(subgraph, width, UNICODE if unicode else ASCII, evidence)
    return _finish(_plain_text(chart.neighbourhood_lines(), unicode), color)


def render_path(subgraph: Subgraph, *, width: int = 100, unicode: bool = True,
                color: bool = False, evidence: bool = False) -> list[str]:
    chart = _Chart(subgraph, width, UNICODE if unicode else ASCII, evidence)
    return _finish(_plain_text(chart.path_lines(), unicode), color)


_ASCII_PUNCTUATION = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-",
                                    "\u2014": "-", "\u2026": ".", "\u00a0": " "})


def _plain_text(lines: list[Line], unicode: bool) -> list[Line]:
    """For --ascii, names and evidence too: accents dropped, one character for one
    so widths hold, anything else shown as '?'."""
    if unicode:
        return lines
    return [[(_ascii(text), style) for text, style in line] for line in lines]


def _ascii(text: str) -> str:
    chars = []
    for ch in text.translate(_ASCII_PUNCTUATION):
        base = ch if ch.isascii() else unicodedata.normalize("NFKD", ch)[:1]
        chars.append(base if base.isascii() and (base.strip() or ch.isspace()) else "?")
    return "".join(chars)


def write_chart(lines: Iterable[str], out: TextIO | None = None) -> None:
    """Print chart lines; the only part of this module with a side effect."""
    out = out or sys.stdout
    for line in lines:
        out.write(line + "\n")


def is_path(subgraph: Subgraph) -> bool:
    """True when the links form one simple chain from focus[0] to focus[1]."""
    if len(subgraph.focus) != 2 or not subgraph.links or subgraph.focus[0] == subgraph.focus[1]:
        return False
    return _path_order(subgraph) is not None


# --------------------------------------------------------------------------- layout

def _path_order(subgraph: Subgraph) -> list[tuple[ChartLink, bool, str]] | None:
    """The hops from focus[0] to focus[1] as (link, outgoing, next id), or
    None unless the entities form one simple chain. Several links between
    the same two entities (different relationship types) are several hops
    to the same entity, in relationship order."""
    start, end = subgraph.focus
    ids = {n.id for n in subgraph.nodes}
    if start not in ids or end not in ids:
        return None
    between: dict[frozenset[str], list[ChartLink]] = defaultdict(list)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for link in subgraph.links:
        if link.source == link.target or not {link.source, link.target} <= ids:
            return None
        between[frozenset((link.source, link.target))].append(link)
        neighbours[link.source].add(link.target)
        neighbours[link.target].add(link.source)
    chain = [start]
    while chain[-1] != end:
        onward = neighbours[chain[-1]] - set(chain)
        if len(onward) != 1 or len(neighbours[chain[-1]]) > (1 if len(chain) == 1 else 2):
            return None
        chain.append(onward.pop())
    if len(chain) != len(ids) or len(between) != len(chain) - 1:
        return None
    return [(link, link.source == here, there)
            for here, there in zip(chain, chain[1:])
            for link in sorted(between[frozenset((here, there))], key=lambda l: (l.type, l.source != here))]


def build_forest(subgraph: Subgraph) -> list[tuple[ChartNode, list[Branch]]]:
    """The neighbourhood as trees of branches, one per root."""
    nodes = {n.id: n for n in subgraph.nodes}
    incident = incident_links(subgraph, nodes)
    drawn: set[int] = set()
    forest = []
    for roots in root_groups(subgraph, nodes, incident):
        parent_link = tree_parents(roots, incident)
        for root in roots:
            forest.append((nodes[root], _branches(root, subgraph, nodes, incident, parent_link, drawn)))
    return forest


def _branches(node_id: str, subgraph: Subgraph, nodes: dict[str, ChartNode],
              incident: Incident, parent_link: dict[str, int],
              drawn: set[int]) -> list[Branch]:
    # All of an entity's links are claimed before descending, so a link
    # between two siblings is drawn once, under the first of them.
    branches = []
    for index, outgoing, other in incident.get(node_id, []):
        if index in drawn:
            continue
        drawn.add(index)
        expanded = parent_link.get(other) == index
        branches.append(Branch(subgraph.links[index], outgoing, nodes[other], expanded))
    for branch in branches:
        if branch.expanded:
            branch.children = _branches(branch.child.id, subgraph, nodes, incident, parent_link, drawn)
    return branches


# --------------------------------------------------------------------------- text

class _Chart:
    def __init__(self, subgraph: Subgraph, width: int, glyphs: Glyphs, evidence: bool):
        self.subgraph = subgraph
        self.width = max(width, MIN_WIDTH)
        self.g = glyphs
        self.evidence = evidence
        counts = Counter(n.name for n in subgraph.nodes)   # linear: a chart may hold thousands of names
        self.duplicate_names = {name for name, count in counts.items() if count > 1}

    # ---- the two layouts

    def neighbourhood_lines(self) -> Iterator[Line]:
        if not self.subgraph.nodes:
            yield [("No entities match.", "note")]
            return
        for number, (root, branches) in enumerate(build_forest(self.subgraph)):
            if number:
                yield []
            yield from self.header_lines(root)
            yield from self.branch_lines(branches, prefix="")
            yield from self.more_lines(root.id, "")
        yield from self.footer_lines()

    def path_lines(self) -> Iterator[Line]:
        hops = _path_order(self.subgraph) or []
        nodes = {n.id: n for n in self.subgraph.nodes}
        start = nodes.get(self.subgraph.focus[0]) if self.subgraph.focus else None
        if start is None or not hops:
            yield [("No path between the entities.", "note")]
            return
        end = nodes[hops[-1][2]]
        title = f"Path from {start.name} to {end.name}: {len(hops)} hop{'s' if len(hops) != 1 else ''}"
        for text in wrap_cells(title, self.width):
            yield [(text, "rel")]
        yield from self.header_lines(start)
        branches = [Branch(link, outgoing, nodes[other], True) for link, outgoing, other in hops]
        yield from self.branch_lines(branches, prefix="")
        yield from self.footer_lines()

    # ---- pieces

    def header_lines(self, node: ChartNode) -> Iterator[Line]:
        lead = self.g.root + " "
        yield from self.node_lines([(lead, "")], " " * cell_len(lead), node)

    def branch_lines(self, branches: list[Branch], prefix: str) -> Iterator[Line]:
        connector_cells = self.aligned_connector_cells(branches, prefix)
        for number, branch in enumerate(branches):
            last = number == len(branches) - 1
            first = prefix + (self.g.last if last else self.g.tee)
            following = prefix + (self.g.blank if last else self.g.pipe)
            yield from self.link_lines(branch, first, following, connector_cells)
            if self.evidence:
                yield from self.evidence_lines(branch.link, following + (self.g.pipe if branch.children else self.g.blank))
            if branch.children:
                yield from self.branch_lines(branch.children, following)
            if branch.expanded:
                yield from self.more_lines(branch.child.id, following)

    def aligned_connector_cells(self, branches: list[Branch], prefix: str) -> int:
        """Siblings' connectors are padded to one length so their entity
        names start in one column, unless that would starve the names."""
        if not branches:
            return 0
        widest = max(cell_len(self.connector_text(b.link, b.outgoing, 0)) for b in branches)
        room = self.width - cell_len(prefix) - 1 - widest
        return widest if room >= MIN_NAME_CELLS + 8 else 0

    def connector_text(self, link: ChartLink, outgoing: bool, cells: int) -> str:
        """``──TYPE (n docs)──▶ `` or ``◀──TYPE (n docs)── ``, padded to `cells`."""
        stroke = self.g.lines[link_strength(link)]
        core = link_caption(link)
        if outgoing:
            text = f"{stroke * 2}{core}{stroke * 2}{self.g.out_head} "
        else:
            text = f"{self.g.in_head}{stroke * 2}{core}{stroke * 2} "
        pad = max(0, cells - cell_len(text))
        return text[:-2] + stroke * pad + text[-2:] if outgoing else text[:-1] + stroke * pad + " "

    def connector_segments(self, link: ChartLink, outgoing: bool, cells: int) -> Line:
        text = self.connector_text(link, outgoing, cells)
        at = text.index(link.type)
        end = at + len(link.type)
        return [(text[:at], "guide"), (link.type, "rel"), (text[end:], "guide")]

    def link_lines(self, branch: Branch, first: str, following: str, connector_cells: int) -> Iterator[Line]:
        lead: Line = [(first, "guide")] + self.connector_segments(branch.link, branch.outgoing, connector_cells)
        lead_cells = sum(cell_len(t) for t, _ in lead)
        if self.width - lead_cells < MIN_NAME_CELLS:
            # Too deep for this width: the entity goes on its own line.
            yield self.fit(lead)
            lead, lead_cells = [(following + "  ", "guide")], cell_len(following) + 2
        indent = following + " " * (lead_cells - cell_len(following))
        if branch.expanded:
            yield from self.node_lines(lead, indent, branch.child)
        else:
            yield from self.backref_lines(lead, indent, branch.child)

    def node_lines(self, lead: Line, indent: str, node: ChartNode) -> Iterator[Line]:
        """``Name [Label]`` after `lead`, wrapped under itself and cut with an ellipsis."""
        text = f"{node.name} [{node.label}]"
        styles = [(len(node.name), f"node:{node.label}"), (len(text), f"label:{node.label}")]
        yield from self.wrapped(lead, indent, text, styles)

    def backref_lines(self, lead: Line, indent: str, node: ChartNode) -> Iterator[Line]:
        name = node.name if node.name not in self.duplicate_names else f"{node.name} [{node.label}]"
        text = f"{self.g.backref} see {name}"
        yield from self.wrapped(lead, indent, text, [(len(text), "ref")])

    def wrapped(self, lead: Line, indent: str, text: str, styles: list[tuple[int, str]]) -> Iterator[Line]:
        room = self.width - sum(cell_len(t) for t, _ in lead)
        for number, (start, end, cut) in enumerate(wrap_spans(text, room, MAX_NAME_LINES, self.g.ellipsis)):
            head = lead if number == 0 else [(indent, "guide")]
            yield head + _style_span(text, start, end, styles) + ([(self.g.ellipsis, "")] if cut else [])

    def evidence_lines(self, link: ChartLink, indent: str) -> Iterator[Line]:
        """Each supporting sentence with its document and character span."""
        indent += " "
        room = self.width - cell_len(indent) - 1
        for item in sorted(link.evidence, key=lambda e: (str(e.get("doc_id", "")), e.get("start") or 0)):
            sentence = " ".join(str(item.get("text", "")).split())
            source = f"{item.get('doc_id', '?')} [{item.get('start', '?')}:{item.get('end', '?')}]"
            text = f"{self.g.open_quote}{sentence}{self.g.close_quote} {self.g.dash} {source}"
            cut = len(text) - len(source)
            for start, end, _ in wrap_spans(text, room, None, self.g.ellipsis):
                yield [(indent + (" " if start else ""), "guide")] + _style_span(
                    text, start, end, [(cut, "evidence"), (len(text), "ref")])

    def more_lines(self, node_id: str, prefix: str) -> Iterator[Line]:
        """What the link budget left out of this entity: '… +37 more: 30 LOCATED_IN Location, …'."""
        left_out = self.subgraph.more.get(node_id)
        if not left_out:
            return
        total = sum(item["count"] for item in left_out)
        parts = ", ".join(f"{item['count']} {item['type']} {item['label']}" for item in left_out)
        text = f"{self.g.ellipsis} +{total} more: {parts} (--max-links to see them)"
        for piece in wrap_cells(text, max(self.width - cell_len(prefix), MIN_NAME_CELLS)):
            yield [(prefix, "guide"), (piece, "note")]

    def footer_lines(self) -> Iterator[Line]:
        count = len(self.subgraph.nodes)
        links = len(self.subgraph.links)
        left_out = sum(item["count"] for items in self.subgraph.more.values() for item in items)
        yield []
        yield [(f"{count} entit{'y' if count == 1 else 'ies'}, {links} link{'' if links == 1 else 's'}"
                + (f"; {left_out} more entities not drawn (--max-links)" if left_out else ""), "note")]
        yield from self.legend_lines()

    def legend_lines(self) -> Iterator[Line]:
        g = self.g
        items = [
            f"{g.lines[CONFIRMED] * 2}{g.out_head} confirmed (confidence {g.at_least} 0.8 or graded A/B 1{g.through}2)",
            f"{g.lines[PROBABLE] * 2}{g.out_head} probable ({g.at_least} 0.5 or A{g.through}C 1{g.through}3)",
            f"{g.lines[POSSIBLE] * 2}{g.out_head} possible or ungraded",
            f"{g.in_head}{g.out_head} direction of the relationship",
            "(n docs) supporting documents",
            f"{g.backref} drawn in full elsewhere",
        ]
        for text in pack_items("Legend: ", items, self.width):
            yield [(text, "note")]

    def fit(self, line: Line) -> Line:
        """Last resort for a line that cannot wrap: cut it at the width."""
        text = "".join(t for t, _ in line)
        if cell_len(text) <= self.width:
            return line
        keep = self.width - cell_len(self.g.ellipsis)
        out, used = [], 0
        for segment, style in line:
            piece = _take_cells(segment, keep - used)
            out.append((piece, style))
            used += cell_len(piece)
        return out + [(self.g.ellipsis, "")]


# --------------------------------------------------------------------------- helpers

WORD = re.compile(r"\S+\s*")


def _take_cells(text: str, cells: int) -> str:
    out, used = [], 0
    for char in text:
        size = get_character_cell_size(char)
        if used + size > cells:
            break
        out.append(char)
        used += size
    return "".join(out)


def wrap_spans(text: str, width: int, max_lines: int | None, ellipsis: str) -> list[tuple[int, int, bool]]:
    """Greedy word wrap by terminal cells, as (start, end, cut) offsets into
    `text`. Words wider than a line are split. Beyond `max_lines` the last
    kept line is shortened to leave room for the ellipsis and marked cut."""
    width = max(width, 1)
    spans: list[tuple[int, int, bool]] = []
    line_start: int | None = None
    line_end = 0
    for match in WORD.finditer(text):
        word_start, word_end = match.start(), match.start() + len(match.group().rstrip())
        if line_start is not None and cell_len(text[line_start:word_end]) > width:
            spans.append((line_start, line_end, False))
            line_start = None
        if line_start is None:
            line_start = word_start
            while cell_len(text[line_start:word_end]) > width:
                piece = _take_cells(text[line_start:word_end], width)
                spans.append((line_start, line_start + len(piece), False))
                line_start += len(piece)
        line_end = word_end
    if line_start is not None and line_end > line_start:
        spans.append((line_start, line_end, False))
    spans = spans or [(0, 0, False)]
    if max_lines is None or len(spans) <= max_lines:
        return spans
    start = spans[max_lines - 1][0]
    keep = _take_cells(text[start:], width - cell_len(ellipsis)).rstrip()
    return spans[:max_lines - 1] + [(start, start + len(keep), True)]


def wrap_cells(text: str, width: int) -> list[str]:
    return [text[start:end] for start, end, _ in wrap_spans(text, width, None, "")]


def pack_items(lead: str, items: list[str], width: int) -> list[str]:
    """Items two spaces apart, as many per line as fit, continuation lines
    indented under the first item; an item wider than a line is wrapped."""
    indent = " " * cell_len(lead)
    lines: list[str] = []
    current = ""
    for item in items:
        if current and cell_len(current + "  " + item) <= width:
            current += "  " + item
            continue
        if current:
            lines.append(current)
        head = indent if lines else lead
        pieces = wrap_cells(item, width - cell_len(head))
        heads = [head] + [indent] * (len(pieces) - 1)
        lines.extend(h + piece for h, piece in zip(heads[:-1], pieces[:-1]))
        current = heads[-1] + pieces[-1]
    lines.append(current)
    return lines


def _style_span(text: str, start: int, end: int, styles: list[tuple[int, str]]) -> Line:
    """Segments of text[start:end]; `styles` gives (end offset, style) runs."""
    out, run_start = [], 0
    for run_end, style in styles:
        lo, hi = max(start, run_start), min(end, run_end)
        if lo < hi:
            out.append((text[lo:hi], style))
        run_start = run_end
    return out


def _ansi(style: str) -> str:
    if style.startswith("node:"):
        return "1;" + LABEL_ANSI.get(style[5:], "37")
    if style.startswith("label:"):
        return LABEL_ANSI.get(style[6:], "37")
    return STYLE_ANSI.get(style, "")


def _finish(lines: Iterable[Line], color: bool) -> list[str]:
    out = []
    for line in lines:
        if color:
            text = "".join(f"\x1b[{code}m{t}\x1b[0m" if (code := _ansi(s)) and t.strip() else t for t, s in line)
        else:
            text = "".join(t for t, _ in line)
        out.append(text.rstrip())
    return out
