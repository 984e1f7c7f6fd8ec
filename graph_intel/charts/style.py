"""How sure a link is, and the colour of each entity type: shared by the
terminal chart and every export so an analyst sees one convention.

i2 Analyst's Notebook draws a link solid when it is confirmed, dashed when
it is unconfirmed and dotted when it is tentative. We derive that strength
from the claims behind a link: the best extraction confidence and the best
Admiralty grading (reliability A-F, credibility 1-6) of its documents.
"""
from __future__ import annotations

import hashlib
import re
from typing import Any

from graph_intel.errors import GraphIntelError
from graph_intel.records import ChartLink

CONFIRMED = "confirmed"
PROBABLE = "probable"
POSSIBLE = "possible"
STRENGTHS = (CONFIRMED, PROBABLE, POSSIBLE)

GRADING = re.compile(r"^([A-F])([1-6])$")

# Colour per entity label: one hue family per kind of thing (places green or
# cyan, law enforcement blue, criminals red) so a chart reads at a glance.
LABEL_COLOURS = {
    "Organisation": "#d62728",
    "Person": "#ff7f0e",
    "Operation": "#9467bd",
    "Agency": "#1f77b4",
    "Country": "#2ca02c",
    "Region": "#98df8a",
    "Location": "#17becf",
    "Port": "#0e7c86",
    "Shipment": "#bcbd22",
    "Platform": "#e377c2",
    "Document": "#7f7f7f",
}
DEFAULT_COLOUR = "#8c564b"


def label_colour(label: str) -> str:
    return LABEL_COLOURS.get(label, DEFAULT_COLOUR)


def parse_grading(grading: str) -> tuple[str, int] | None:
    """("B", 2) for "B2"; None for anything that is not an Admiralty code."""
    match = GRADING.match((grading or "").strip().upper())
    return (match.group(1), int(match.group(2))) if match else None


def best_grading(gradings: list[str]) -> str | None:
    """The most reliable, most credible grading among a link's documents."""
    parsed = sorted(p for p in map(parse_grading, gradings) if p)
    return f"{parsed[0][0]}{parsed[0][1]}" if parsed else None


def _graded_at_least(gradings: list[str], reliability: str, credibility: int) -> bool:
    return any(p[0] <= reliability and p[1] <= credibility
               for p in map(parse_grading, gradings) if p)


def link_strength(link: ChartLink) -> str:
    """CONFIRMED, PROBABLE or POSSIBLE: the i2 solid / dashed / dotted line.

    Confirmed: confidence >= 0.8, or a document graded A or B with 1 or 2.
    Probable: confidence >= 0.5, or graded A-C with 1-3.
    Possible: everything else, including links with no confidence or grade.
    A link an analyst confirmed or added is confirmed, one they rejected (shown on request)
    possible (see graph_intel.review).
    The grading also caps the line: when the best source is graded D or 4 the
    link is at most probable, E, F, 5 or 6 at most possible, however sure the
    extractor was of the sentence (it read the text right; the source may be wrong).
    """
    review = link.properties.get("review")
    if review:   # the analyst's word, not the extractor's
        return POSSIBLE if review == "rejected" else CONFIRMED
    confidence = link.confidence or 0.0
    if confidence >= 0.8 or _graded_at_least(link.gradings, "B", 2):
        strength = CONFIRMED
    elif confidence >= 0.5 or _graded_at_least(link.gradings, "C", 3):
        strength = PROBABLE
    else:
        strength = POSSIBLE
    return max(strength, _grading_cap(link.gradings), key=STRENGTHS.index)


def _grading_cap(gradings: list[str]) -> str:
    best = parse_grading(best_grading(gradings) or "")
    if best is None:
        return CONFIRMED   # ungraded: the confidence alone decides
    reliability, credibility = best
    if reliability in "EF" or credibility >= 5:
        return POSSIBLE
    if reliability == "D" or credibility == 4:
        return PROBABLE
    return CONFIRMED


def document_ids(link: ChartLink) -> list[str]:
    """The distinct documents behind a link, in a stable order."""
    return sorted({e["doc_id"] for e in link.evidence if e.get("doc_id")})


REVIEW_WORDS = {"confirmed": "analyst-confirmed", "added": "analyst-added", "rejected": "analyst-rejected"}


def link_caption(link: ChartLink, *more: str) -> str:
    """'TYPE (2 docs)', with the analyst's word when there is one ('TYPE (1 doc, analyst-confirmed)')
    and any `more` words."""
    review = REVIEW_WORDS.get(link.properties.get("review", ""))
    docs = docs_phrase(link.documents) if link.documents or not review else ""
    return f"{link.type} ({', '.join(p for p in (docs, review, *more) if p)})"


def docs_phrase(count: int) -> str:
    """'1 doc', '3 docs'; a link no document states (reference data only) says so."""
    if count == 0:
        return "reference"
    return f"{count} doc" if count == 1 else f"{count} docs"


# -- shared by every export (charts.export dispatches; graphviz, svg and html draw) --

class ExportError(GraphIntelError):
    """An export that cannot be produced here (a missing tool, a bad format)."""


def link_id(link: ChartLink) -> str:
    """A stable id for a collapsed link, the same in every format."""
    digest = hashlib.sha1(f"{link.source}\x1f{link.type}\x1f{link.target}".encode()).hexdigest()
    return f"link:{digest[:16]}"


def evidence_records(link: ChartLink) -> list[dict[str, Any]]:
    """The link's evidence, sorted, with whitespace collapsed."""
    items = sorted(link.evidence, key=lambda e: (str(e.get("doc_id", "")), e.get("start") or 0))
    return [{"doc_id": e.get("doc_id"), "text": " ".join(str(e.get("text", "")).split()),
             "start": e.get("start"), "end": e.get("end")} for e in items]


def evidence_summary(link: ChartLink) -> str:
    """One line per claim: ``doc [start:end] sentence``, for tooltips and cards."""
    return "\n".join(f"{e['doc_id']} [{e['start']}:{e['end']}] {e['text']}" for e in evidence_records(link))


def text_colour(fill: str) -> str:
    """Black or white, whichever reads better on `fill` (#rrggbb)."""
    red, green, blue = (int(fill[i:i + 2], 16) for i in (1, 3, 5))
    return "black" if 0.299 * red + 0.587 * green + 0.114 * blue > 150 else "white"
