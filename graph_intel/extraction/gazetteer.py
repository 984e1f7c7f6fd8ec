"""Gazetteers (data files in gazetteers/) compiled into one Aho–Corasick
automaton over folded text, so every name in a document is found in a single
pass whatever its spelling, quotes or dashes."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any

import ahocorasick

from graph_intel.extraction.text import fold, fold_key, plain_key, slug, strip_accents


# A force named by its kind alone ("Customs", "the Coast Guard"): the country's own body of that kind.
GENERIC_FORCES = {"customs": "customs", "police": "police", "national police": "police", "federal police": "police",
                  "coast guard": "coastguard", "coastguard": "coastguard", "navy": "navy", "border police": "border",
                  "border guard": "border", "border force": "border", "border patrol": "border",
                  "customs service": "customs", "customs administration": "customs", "police force": "police",
                  "police service": "police"}


TYPED_FIRST = re.compile(r"(?i)(?:province|state|department|region|district|county|governorate|prefecture|"
                         r"oblast|municipality|canton|parish|division|territory)\s+of\b")
CAPITALISED = ""  # the `exact` of a spelling that matches in any case but must start with a capital


@dataclass(frozen=True)
class Entry:
    """One thing a gazetteer knows: a country, region, port, city, agency..."""
    kind: str            # country | demonym | region | subdivision | port | city | agency | platform | ...
    key: str             # stable id within its kind (ISO2, LOCODE, slug)
    name: str
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    text: str
    entries: tuple[Entry, ...]

    def of(self, *kinds: str) -> list[Entry]:
        return [e for e in self.entries if e.kind in kinds]


def _load(name: str) -> list[dict[str, Any]]:
    folder = resources.files("graph_intel.extraction").joinpath("gazetteers")
    path = folder.joinpath(name)
    if not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    if isinstance(data, dict) and "rows" in data:  # columnar: {"meta": {"fields": [...]}, "rows": [[...]]}
        fields = data["meta"]["fields"]
        return [dict(zip(fields, row)) for row in data["rows"]]
    return data


def _qualified_base(name: str) -> list[str]:
    """'Manzanillo (Mexico)' -> ['Manzanillo']: a name lists qualify by its country where several share it."""
    m = re.fullmatch(r"(.+?)\s+\([^()]+\)", name)
    return [m.group(1)] if m else []


SAINTS = {"Saint ": ("St. ", "St "), "Sainte ": ("Ste. ", "Ste ")}


class Gazetteer:
    def __init__(self) -> None:
        self._phrases: dict[str, list[tuple[Entry, str | None]]] = {}
        self.countries: dict[str, Entry] = {}
        self.regions: dict[str, Entry] = {}
        self.ports: dict[str, Entry] = {}
        self.agencies: dict[str, Entry] = {}
        self.commodities: dict[str, Entry] = {}
        self.generic_agencies: dict[str, list[Entry]] = {}  # folded generic phrase -> national entries
        self.national: dict[tuple[str, str], list[Entry]] = {}  # (ISO2, kind) -> the country's top-level bodies
        self.qualified_agencies: dict[tuple[str, str], Entry] = {}  # (bare name, ISO2) -> the listed body
        self._build()
        self._automaton = ahocorasick.Automaton()
        for phrase, entries in self._phrases.items():
            self._automaton.add_word(phrase, (phrase, tuple(entries)))
        self._automaton.make_automaton()
        # Names (of agencies, of persons) are read again and again across documents: remember them.
        self.find_in_name = lru_cache(maxsize=16384)(self.find)

    # -- building --------------------------------------------------------
    def _add(self, phrase: str, entry: Entry, case_sensitive: bool = False, capitalised: bool = False) -> None:
        phrase = phrase.strip()
        if len(phrase) < 2:
            return
        # case-sensitive phrases match only as written; capitalised ones in any case with a capital first
        exact = phrase if case_sensitive else CAPITALISED if capitalised else None
        spellings = [(fold_key(phrase), exact)]
        if not phrase.isascii():
            spellings.append((plain_key(phrase), exact if case_sensitive else CAPITALISED))
        for key, needs in spellings:
            bucket = self._phrases.setdefault(key, [])
            if (entry, needs) not in bucket:
                bucket.append((entry, needs))

    def _add_place(self, phrases: list[str], entry: Entry, case_sensitive: bool = False) -> None:
        """A place's names. Written without its accents a name may be an English word ("Ísland":
        "island", "Réunion": "reunion"): that spelling names the place only capitalised."""
        unaccented = {strip_accents(p) for p in phrases if p and not p.isascii()}
        # ("St. George's", "St Lucia", "Ste. Marie": the abbreviations English writes for Saint, Sainte)
        phrases = [*phrases, *(f"{short}{p[len(long):]}" for p in phrases if p
                               for long, shorts in SAINTS.items() if p.startswith(long) for short in shorts)]
        for phrase in filter(None, phrases):
            self._add(phrase, entry, case_sensitive=case_sensitive, capitalised=phrase in unaccented)

    def _build(self) -> None:
        for c in _load("countries.json"):
            entry = Entry("country", c["iso2"], c["name"], c)
            self.countries[c["iso2"]] = entry
            self._add_place([c["name"], c.get("official_name") or "", *c.get("aliases", [])], entry)
            for phrase in c.get("case_sensitive_aliases", []):
                self._add(phrase, entry, case_sensitive=True)
            for demonym in c.get("demonyms", []):
                self._add(demonym, Entry("demonym", c["iso2"], c["name"], c))
        for r in _load("regions.json"):
            entry = Entry("region", r["id"], r["name"], r)
            self.regions[r["id"]] = entry
            for phrase in [r["name"], *r.get("aliases", [])]:
                self._add(phrase, entry)
            for phrase in r.get("case_sensitive_aliases", []):
                self._add(phrase, entry, case_sensitive=True)
            for demonym in r.get("demonyms", []):
                self._add(demonym, Entry("region_demonym", r["id"], r["name"], r))
        for d in _load("subdivisions.json"):
            entry = Entry("subdivision", d["id"], d["name"], d)
            # (a province's name is a proper name: "the eastern province of Van" names Van, not an Eastern
            # Province; only a form that opens with its kind matches in any case, "the province of Van")
            for phrase in ([] if d.get("typed_only") else [d["name"]]) + d.get("aliases", []):
                self._add(phrase, entry, capitalised=not TYPED_FIRST.match(phrase))
        for p in _load("ports.json"):
            key = p.get("id") or p["locode"].lower()
            entry = Entry("port", key, p["name"], p)
            self.ports[key] = entry
            # ("Manzanillo (Mexico)": the bare name too, which the document's countries settle)
            for phrase in [p["name"], *p.get("aliases", []), *_qualified_base(p["name"])]:
                self._add(phrase, entry)
        for c in _load("cities.json"):
            entry = Entry("city", f"{c['country']}-{slug(c['name'])}", c["name"], c)
            self._add_place([c["name"], *c.get("aliases", [])], entry, case_sensitive="s" in (c.get("flags") or ""))
        for a in _load("agencies.json"):
            entry = Entry("agency", a["id"], a["name"], a)
            self.agencies[a["id"]] = entry
            generic = {fold_key(g) for g in a.get("generic_alias", [])}
            for phrase in [a["name"], *a.get("aliases", [])]:
                if fold_key(phrase) in generic:
                    self.generic_agencies.setdefault(fold_key(phrase), []).append(entry)
                    continue
                # Upper-case acronyms (NCA, DEA, PJ) only match as written.
                self._add(phrase, entry, case_sensitive=phrase.isupper() and len(phrase) <= 5)
            for phrase in a.get("case_sensitive_aliases", []):
                self._add(phrase, entry, case_sensitive=True)
        # "General Police Inspectorate (Moldova)": the bare name a country's body is listed under, found by
        # the country the text gives it ("the General Police Inspectorate of Moldova")
        for entry in self.agencies.values():
            for base in _qualified_base(entry.name):
                if entry.data.get("country"):
                    self.qualified_agencies[(fold_key(base), entry.data["country"])] = entry
        # A country's top-level bodies: those under no other body, or directly under a ministry
        # (a coast guard under a homeland-security department); not one city's or emirate's force.
        for entry in self.agencies.values():
            a, parent = entry.data, self.agencies.get(entry.data.get("part_of") or "")
            if a.get("country") and not a.get("local") and \
                    (not a.get("part_of") or (parent and parent.data.get("kind") == "ministry")):
                self.national.setdefault((a["country"], a["kind"]), []).append(entry)
        for generic in {*self.generic_agencies, *GENERIC_FORCES}:
            self._add(generic, Entry("generic_agency", generic, generic))
        for p in _load("platforms.json"):
            entry = Entry("platform", p["id"], p["name"], p)
            for phrase in [p["name"], *p.get("aliases", [])]:
                self._add(phrase, entry, case_sensitive=bool(p.get("case_sensitive")))
        for o in _load("organisations.json"):
            entry = Entry("organisation", o["id"], o["name"], o)
            for phrase in [o["name"], *o.get("aliases", [])]:
                self._add(phrase, entry, case_sensitive=bool(o.get("case_sensitive")))
        for c in _load("commodities.json"):
            entry = Entry("commodity", c["name"], c["name"], c)
            self.commodities[c["name"]] = entry
            for phrase in [c["name"], *c.get("aliases", []), *c.get("unit_words", [])]:
                self._add(phrase, entry)

    # -- matching --------------------------------------------------------
    def find(self, text: str) -> list[Hit]:
        """Leftmost-longest gazetteer hits on word boundaries."""
        folded = fold(text)
        candidates = []
        for end, (phrase, entries) in self._automaton.iter(folded):
            start = end - len(phrase) + 1
            # (most matches lie inside a longer word: the character before says so at once)
            if start and folded[start - 1].isalnum() or not _word_boundary(folded, start, end + 1):
                continue
            surface = text[start:end + 1]
            kept = tuple(e for e, exact in entries if exact is None or surface == exact
                         or (exact == CAPITALISED and surface[:1].isupper()))
            if kept:
                candidates.append(Hit(start, end + 1, surface, kept))
        # An alias's leading "the" does not make it start first: "the Caribbean Sea" is the sea.
        candidates.sort(key=lambda h: (_core_start(h), -(h.end - _core_start(h))))
        candidates = _without_towns_inside_longer_names(candidates)
        hits, last_end = [], -1
        for hit in candidates:
            if hit.start >= last_end:
                hits.append(hit)
                last_end = hit.end
        return hits

    def lookup(self, phrase: str, kind: str | None = None) -> list[Entry]:
        entries = [e for e, _ in self._phrases.get(fold_key(phrase), [])]
        return [e for e in entries if kind is None or e.kind == kind]

    def province_named(self, name: str, country: str) -> Entry | None:
        """The province or state of `country` that bears the name ('Georgia' of the US)."""
        key = plain_key(name)
        return next((r for r_key, r in self._provinces.get(country, ()) if r_key.startswith(key)), None)

    @cached_property
    def _provinces(self) -> dict[str, list[tuple[str, Entry]]]:
        """The regions lying in one country only, by that country, with their plain keys."""
        provinces: dict[str, list[tuple[str, Entry]]] = {}
        for r in self.regions.values():
            if len(r.data.get("countries") or []) == 1:
                provinces.setdefault(r.data["countries"][0], []).append((plain_key(r.name), r))
        return provinces

    def country_of_region(self, name: str) -> str | None:
        """The ISO code of the one country a province or a region of that name lies in, if one
        ('Limburg' is a province of two countries: none)."""
        countries = {entry.data["country"] if entry.kind == "subdivision" else entry.data["countries"][0]
                     for entry in self.lookup(name) if entry.kind == "subdivision"
                     or entry.kind == "region" and len(entry.data.get("countries") or []) == 1}
        return countries.pop() if len(countries) == 1 else None


def _without_towns_inside_longer_names(candidates: list[Hit]) -> list[Hit]:
    """A town's name, the most ambiguous kind, yields to a longer name it overlaps: "La Guardia Civil"
    is the Civil Guard, not the town La Guardia before "Civil". (Sorted by start; names are short, so
    only the next few candidates can overlap.)"""
    kept = []
    for i, hit in enumerate(candidates):
        if all(e.kind == "city" for e in hit.entries) and any(
                other.start < hit.end and other.end - other.start > hit.end - hit.start
                and not all(e.kind == "city" for e in other.entries)
                for other in candidates[i + 1:i + 6]):
            continue
        kept.append(hit)
    return kept


def _core_start(hit: Hit) -> int:
    return hit.start + 4 if hit.text[:4].lower() == "the " else hit.start


def _word_boundary(folded: str, start: int, end: int) -> bool:
    """Whether a match is a word of its own: not inside a longer word, nor the first part of a
    numbered name ("PDEA-7" is a regional unit of the PDEA)."""
    before = folded[start - 1] if start > 0 else " "
    after = folded[end] if end < len(folded) else " "
    return not (before.isalnum() or before == "-" and start > 1 and folded[start - 2].isalnum()) \
        and not after.isalnum() and not (after == "-" and folded[end + 1:end + 2].isdigit())


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
