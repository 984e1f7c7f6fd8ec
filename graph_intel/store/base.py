"""The one store interface every backend implements, and the filters shared
by charts and analytics."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, Callable, ContextManager, Iterator, Protocol

from graph_intel.errors import QueryError
from graph_intel.records import Extraction

if TYPE_CHECKING:
    from graph_intel.store.graphdata import WritePlan

PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def checked_date(value: str | None, what: str = "date") -> str | None:
    """A year, year-month or full ISO date that exists (2023, 2023-05, 2023-05-08), as given;
    anything else is refused with one line. The one date check of every filter and query."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    m = PARTIAL_DATE.fullmatch(text)
    try:
        if not m:
            raise ValueError
        date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        raise QueryError(f"{what}: {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return text


@dataclass(frozen=True)
class ClaimFilter:
    """Which claims a projection, chart or query considers.

    Dates compare as ISO strings on the claim's document `published` date
    (a partial date such as "2023-05" sorts before any day of that month).
    Grades are Admiralty codes such as "B2": `min_reliability="B"` keeps
    A and B sources, `max_credibility=2` keeps information graded 1 or 2.
    """
    labels: frozenset[str] | None = None          # node labels kept (None: all)
    relationships: frozenset[str] | None = None   # claim types kept (None: all)
    since: str | None = None
    until: str | None = None
    min_reliability: str | None = None
    max_credibility: int | None = None
    min_confidence: float = 0.0
    undated: bool = False                         # with since/until: keep documents of unknown date too

    def __post_init__(self) -> None:
        # Frozen or not, a filter never holds a date that does not exist ('2023-02-30', 'yesterday').
        object.__setattr__(self, "since", checked_date(self.since, "since"))
        object.__setattr__(self, "until", checked_date(self.until, "until"))

    def keeps_claim(self, row: dict[str, Any]) -> bool:
        if self.relationships is not None and row["type"] not in self.relationships:
            return False
        if self.labels is not None and (row["source_label"] not in self.labels
                                        or row["target_label"] not in self.labels):
            return False
        if (row.get("confidence") or 0.0) < self.min_confidence:
            return False
        if not self.keeps_date(row.get("published") or ""):
            return False
        grading = row.get("grading") or ""
        if self.min_reliability and (not grading or grading[0] > self.min_reliability.upper()):
            return False
        if self.max_credibility is not None and (len(grading) < 2 or int(grading[1]) > self.max_credibility):
            return False
        return True

    @property
    def drops_undated(self) -> bool:
        """Date bounds leave out documents of unknown date, unless `undated` keeps them."""
        return bool(self.since or self.until) and not self.undated

    def keeps_date(self, published: str) -> bool:
        """A document date within the bounds; a document of unknown date unless `drops_undated`."""
        if not published:
            return not self.drops_undated
        return not (self.since and published < self.since) and \
            not (self.until and published[:len(self.until)] > self.until)


@dataclass
class BatchResult:
    written: list[str]     # ids of the documents written; the others were already stored
    nodes_added: int = 0
    claims_added: int = 0


@dataclass
class WriteResult:
    doc_id: str
    written: bool          # False when the document was already in the store
    nodes_added: int = 0
    claims_added: int = 0


class GraphStore(Protocol):
    """What the library needs from a backend (embedded LadybugDB or Neo4j)."""

    def write(self, extraction: Extraction, *, replace: bool = False, count_links: bool = True) -> WriteResult:
        """Store one document's entities and claims in one transaction.
        A document already stored is left as it is unless `replace`. Without `count_links` its claims'
        links are left uncounted (`link_documents`) for `graphdata.count_uncounted_links`, as a load does."""

    def write_many(self, plans: list[WritePlan], *, bulk: bool = True) -> BatchResult:
        """Store several new documents (their `graphdata.write_plan`s, made where the documents were
        extracted) in one transaction: all of them or none. Documents already stored are left as
        they are (not replaced). Their links are left uncounted, as `write` without `count_links`.
        `bulk`: thousands of documents, by the engine's fastest path for many rows (the embedded
        store's COPY FROM, whose commit costs a checkpoint); without it, a group of a few hundred."""

    def one_checkpoint(self) -> ContextManager[None]:
        """Writes made inside checkpoint the store once, at the end (a load's many batches)."""

    def has_document(self, doc_id: str) -> bool: ...

    def remove_document(self, doc_id: str) -> None:
        """Remove exactly what one document contributed."""

    def transact(self, work: Callable[[Callable[..., list[dict[str, Any]]]], Any], what: str) -> Any:
        """Run `work(run)` in one write transaction; `run(cypher, params)` returns rows as dicts."""

    def stats(self) -> dict[str, Any]:
        """{"documents": N, "nodes": {LABEL: n}, "relationships": {TYPE: n}}"""

    def query(self, cypher: str, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Run read-only Cypher with bound parameters; rows as dicts."""

    def entities(self, labels: frozenset[str] | None = None) -> Iterator[dict[str, Any]]:
        """{"id", "label", "name", "aliases", "properties"} for every entity node."""

    def claims(self, claim_filter: ClaimFilter | None = None) -> Iterator[dict[str, Any]]:
        """One row per claim: source, source_label, source_name, type, target,
        target_label, target_name, doc_id, published, grading, confidence,
        rule, evidence, evidence_start, evidence_end, role."""

    def close(self) -> None: ...
