"""Resolution across documents: which entities of the graph are probably the same
thing under two names, each proposal with its reason.

Inside one document extraction already gives canonical ids (gazetteer keys, ISO
codes, an agency with its country). Across documents the same person or group
can be written differently ("Thomas Briggs", "Tom Briggs"); merging them
silently would be wrong as often as right, so resolution *proposes* merges for
an analyst to accept, and says why:

- persons: the same surname and first names that are the same, one a nickname
  of the other (a public nickname table), an initial of the other, or spelled
  almost alike (rapidfuzz);
- other labels: names (or aliases) spelled almost alike (rapidfuzz token-sort
  ratio), never across two different countries.

Shared neighbours (both linked to the same operation or group) are named in the
reason and raise the score: two "John Smith"s of unrelated cases stay weaker
proposals than two who are both members of one gang.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from graph_intel.extraction.text import strip_accents

# Labels whose entities come from a reference list or a document's own scope: never proposed.
NOT_RESOLVED = {"Country", "Shipment", "Document"}
NAME_SCORE = 90  # rapidfuzz token-sort ratio from which two names are "spelled almost alike"


@dataclass(frozen=True)
class MergeProposal:
    keep: str       # the entity id to keep (the more often mentioned, else the first)
    merge: str      # the entity id that would be merged into it
    label: str
    score: float    # 0-100
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"keep": self.keep, "merge": self.merge, "label": self.label, "score": round(self.score, 1),
                "reason": self.reason}


def propose_merges(entities: Iterable[dict[str, Any]], neighbours: dict[str, set[str]] | None = None,
                   names: dict[str, str] | None = None) -> list[MergeProposal]:
    """Merge proposals among `entities` (dicts with id, label, name, aliases and optional country).

    `neighbours` maps an entity id to the ids it is linked to; shared ones are named in the reason
    (with `names` giving their display names). Proposals come best first.

    >>> people = [{"id": "person:thomas-briggs", "label": "Person", "name": "Thomas Briggs"},
    ...           {"id": "person:tom-briggs", "label": "Person", "name": "Tom Briggs"}]
    >>> propose_merges(people)[0].reason
    "same surname 'Briggs'; 'Tom' is a nickname of 'Thomas'"
    """
    neighbours = neighbours or {}
    names = names or {}
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for entity in entities:
        if entity.get("label") not in NOT_RESOLVED and entity.get("name"):
            by_label[entity["label"]].append(entity)
    proposals = []
    for label, group in by_label.items():
        pairs = _person_pairs(group) if label == "Person" else _name_pairs(group)
        for a, b, score, reason in pairs:
            shared = sorted(neighbours.get(a["id"], set()) & neighbours.get(b["id"], set()))
            if shared:
                score = min(100.0, score + 5 * len(shared))
                reason += "; both linked to " + ", ".join(names.get(s, s) for s in shared[:3])
            keep, merge = sorted((a, b), key=lambda e: (-len(e.get("aliases") or []), e["id"]))
            proposals.append(MergeProposal(keep["id"], merge["id"], label, score, reason))
    return sorted(proposals, key=lambda p: (-p.score, p.keep, p.merge))


def _fold(text: str) -> str:
    return " ".join(strip_accents(text).lower().replace("-", " ").split())


def _person_pairs(people: list[dict[str, Any]]):
    from rapidfuzz.distance import JaroWinkler

    by_surname: dict[str, list[tuple[dict[str, Any], str]]] = defaultdict(list)
    for person in people:
        words = _fold(person["name"].replace(".", " ")).split()  # "J. Doe": the initial without its dot
        if len(words) >= 2:
            by_surname[words[-1]].append((person, " ".join(words[:-1])))
    for surname, group in by_surname.items():
        for i, (a, first_a) in enumerate(group):
            for b, first_b in group[i + 1:]:
                why = _same_first_name(first_a, first_b, JaroWinkler.normalized_similarity)
                if why:
                    score, reason = why
                    display = a["name"].split()[-1]
                    yield a, b, score, f"same surname {display!r}; " + reason.format(
                        a=_title(first_a), b=_title(first_b))


def _same_first_name(a: str, b: str, similarity) -> tuple[float, str] | None:
    """Whether two first-name parts can name one person, with the score and the reason."""
    if a == b:
        return 100.0, "the same name"
    first_a, first_b = a.split()[0], b.split()[0]
    if first_a == first_b:
        return 92.0, "the same first name {a!r} / {b!r}"
    if first_b in _nicknames(first_a):
        return 90.0, "{b!r} is a nickname of {a!r}"
    if first_a in _nicknames(first_b):
        return 90.0, "{a!r} is a nickname of {b!r}"
    if len(first_a) == 1 and first_b.startswith(first_a) or len(first_b) == 1 and first_a.startswith(first_b):
        return 80.0, "{a!r} and {b!r}: an initial and a first name"
    close = similarity(first_a, first_b)
    if close >= 0.9:
        return 80.0 + 10 * (close - 0.9) / 0.1, "first names {a!r} and {b!r} spelled almost alike"
    return None


@lru_cache(maxsize=4096)
def _nicknames(first: str) -> frozenset[str]:
    """Nicknames and canonical forms of a first name (public nickname table, Apache-2.0)."""
    namer = _namer()
    return frozenset(namer.nicknames_of(first) | namer.canonicals_of(first))


@lru_cache(maxsize=1)
def _namer():
    from nicknames import NickNamer

    return NickNamer()


def _title(first: str) -> str:
    return " ".join(w.capitalize() for w in first.split())


def _name_pairs(group: list[dict[str, Any]]):
    from rapidfuzz import fuzz, process

    spellings = [(entity, _fold(s)) for entity in group
                 for s in {entity["name"], *(entity.get("aliases") or [])} if len(_fold(s)) >= 4]
    if len(spellings) < 2:
        return
    texts = [s for _, s in spellings]
    matrix = process.cdist(texts, texts, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_SCORE)
    best: dict[tuple[str, str], tuple[float, str, str]] = {}
    for i, j in zip(*matrix.nonzero()):
        a, b = spellings[i][0], spellings[j][0]
        if a["id"] >= b["id"] or _different_countries(a, b):
            continue
        score = float(matrix[i, j])
        key = (a["id"], b["id"])
        if key not in best or score > best[key][0]:
            best[key] = (score, texts[i], texts[j])
    ids = {e["id"]: e for e in group}
    for (a, b), (score, text_a, text_b) in best.items():
        reason = (f"names {text_a!r} and {text_b!r} are {score:.0f}% alike" if text_a != text_b
                  else f"both are called {text_a!r}")
        yield ids[a], ids[b], score, reason


def _different_countries(a: dict[str, Any], b: dict[str, Any]) -> bool:
    country_a, country_b = _country(a), _country(b)
    return bool(country_a and country_b and country_a != country_b)


def _country(entity: dict[str, Any]) -> str | None:
    return entity.get("country") or (entity.get("properties") or {}).get("country")


def store_merge_proposals(store) -> list[MergeProposal]:
    """Merge proposals among the entities of a store, with shared neighbours from its claims."""
    entities = list(store.entities())
    names = {e["id"]: e.get("name") or e["id"] for e in entities}
    neighbours: dict[str, set[str]] = defaultdict(set)
    for claim in store.claims():
        neighbours[claim["source"]].add(claim["target"])
        neighbours[claim["target"]].add(claim["source"])
    return propose_merges(entities, neighbours, names)
