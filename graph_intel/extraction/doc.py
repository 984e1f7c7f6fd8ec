"""The document being read: its text, sentences and gazetteer hits, the entities and
relations found so far, and the decisions every component shares (which operation the
document reports, which group it is about). Components read and add to it; each span of
text is claimed by one entity at most, first come first served, in the order the
pipeline runs the components."""
from __future__ import annotations

import bisect
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from graph_intel.extraction import patterns as P
from graph_intel.extraction.gazetteer import Entry, Gazetteer, Hit, gazetteer
from graph_intel.extraction.text import plain_key, sentences
from graph_intel.records import Document, Entity, Extraction, Relation, Span

PLACE_LABELS = ("Country", "Region", "Location", "Port")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    entity_id: str
    label: str
    sentence: int
    inside_agency: bool = False   # a place word that is part of an agency name
    adjective: bool = False       # "Dutch", "European": a demonym, not a place name


@dataclass
class Shipment:
    """A quantity of goods as read in the text, before it becomes a Shipment entity."""
    entity_id: str
    commodity: str
    quantity: float
    unit: str
    quantity_kg: float | None
    span: Span
    sentence: int
    approx: str = ""
    seized: bool = True


class Doc:
    def __init__(self, document: Document, gaz: Gazetteer | None = None) -> None:
        self.document = document
        self.text = document.text
        self.gaz = gaz or gazetteer()
        self.sents = sentences(self.text)
        self._starts = [s.start for s in self.sents]
        self.entities: dict[str, Entity] = {}
        self.mentions: list[Mention] = []
        self.relations: dict[tuple[str, str, str], Relation] = {}
        self.shipments: list[Shipment] = []
        self.hits = self.gaz.find(self.text)
        # Provinces the document names: a town of that name there is the one meant ("Ipswich, Queensland").
        self.named_provinces = {plain_key(e.name) for h in self.hits for e in _provinces(h)
                                if h.text[:1].isupper()}
        self.free_hits: list[Hit] = self.hits  # narrowed once operation names have claimed their spans
        self._hit_starts = [h.start for h in self.hits]
        # how often each country is named; and the same without what agencies' names say
        self.country_counts, self.place_country_counts = self._count_countries()
        self.home_provinces = self._provinces_of_home_cities()
        # One byte per character: 1 where a span is already claimed by an entity.
        self._taken = bytearray(len(self.text))
        self._by_sentence: dict[int, list[Mention]] | None = None
        self._says: dict[tuple[str, int, bool], bool] = {}
        self._hedges: dict[tuple[int, int], bool] = {}
        self.earlier_seizures: dict[str, bool] = {}  # shipment id -> recalled from an earlier case
        self.shipment_sentences: dict[str, list[int]] = {}  # shipment id -> sentences that state it
        self.unseized_figures: list[int] = []  # where figures no one seized start (statistics, rates)
        self.split_from: list[tuple[str, str, int]] = []  # (group, the group it split from, sentence)
        self.linked_groups: list[tuple[str | None, str, int]] = []  # (group or None: the target, linked group, sentence)
        self.sub_groups: dict[str, int] = {}  # unnamed group that is part of the target -> sentence saying so
        self.main_operation: str | None = None
        # A long report with several cases: (start, end, operation id) of each case's section.
        self.case_operations: list[tuple[int, int, str]] = []
        self.operations: list[str] = []
        self.predecessors: set[str] = set()  # operations named only as what the reported one built on
        self.target_org: str | None = None
        self.unit_of: dict[str, str] = {}     # agency id -> parent agency id
        self.agency_country: dict[str, str] = {}
        self.place_region: dict[str, str] = {}  # town or port id -> the province GeoNames puts it in
        self.person_context: dict[str, tuple[int, int]] = {}  # person id -> span of its title and apposition

    @functools.cached_property
    def lowered(self) -> str:
        return self.text.lower()

    def finditer(self, regex: re.Pattern) -> Iterator[re.Match]:
        """The pattern's matches over the whole text (none sought where the text lacks the words it needs)."""
        return P.finditer(regex, self.text, self.lowered)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def free(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)

    def name_again(self, entity_id: str, phrase: str, after: int = 0) -> None:
        """Every free place after `after` where `phrase` stands as a word of its own is a mention of the
        entity ('the Harbour Drug Bureau (HDB) ... HDB officers', a service named again)."""
        ent = self.entities[entity_id]
        for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", self.text[after:]):
            start, end = after + m.start(), after + m.end()
            if self.free(start, end):
                self.entity(entity_id, ent.label, ent.name, start, end)
                self.take(start, end)

    def merge(self, drop: str, keep: str, *, alias: bool = True) -> Entity:
        """One entity read twice: `drop`'s mentions and claims become `keep`'s (with their words as its
        aliases, and its name, unless they only describe it), and `drop` goes. Returns the entity dropped."""
        kept = self.entities[keep]
        for m in self.mentions:
            if m.entity_id == drop:
                m.entity_id = keep
                kept.add_mention(self.span(m.start, m.end), alias=alias)
        dropped = self.entities.pop(drop)
        if alias:
            kept.add_alias(dropped.name)
        # (a claim already made of the entity dropped is a claim of the one kept)
        for r in [r for r in self.relations.values() if drop in (r.source, r.target)]:
            del self.relations[r.key]
            r.source, r.target = (keep if r.source == drop else r.source), (keep if r.target == drop else r.target)
            if r.source != r.target:
                self.relations.setdefault(r.key, r)
        return dropped

    def entity(self, entity_id: str, label: str, name: str, start: int | None = None, end: int | None = None, *,
               named: bool = True, resolution: str = "", inside_agency: bool = False, adjective: bool = False,
               alias: bool = True, **properties) -> Entity:
        ent = self.entities.get(entity_id)
        if ent is None:
            ent = Entity(entity_id, label, name, named=named, resolution=resolution,
                         properties={k: v for k, v in properties.items() if v is not None})
            self.entities[entity_id] = ent
        if start is not None:
            span = self.span(start, end)
            ent.add_mention(span, alias=alias)
            self.mentions.append(Mention(start, end, span.text, entity_id, label, self.sentence_of(start),
                                           inside_agency, adjective))
        return ent

    def relate(self, source: str, rel: str, target: str, sentence: int | Span, rule: str, confidence: float,
               **properties) -> None:
        if source == target or source not in self.entities or target not in self.entities:
            return
        key = (source, rel, target)
        evidence = sentence if isinstance(sentence, Span) else self.evidence(sentence)
        # (a claim the headline makes and the body makes again is the body's, backed by its sentence)
        if key in self.relations and not self.relations[key].evidence.start < self.sents[0].end <= evidence.start:
            return
        if self._hedged(evidence):
            confidence = round(confidence * P.HEDGE_FACTOR, 3)
        self.relations[key] = Relation(source, rel, target, evidence, rule, confidence,
                                         {k: v for k, v in properties.items() if v is not None})

    def _hedged(self, evidence: Span) -> bool:
        """Whether the evidence hedges ("reportedly", "may have"); cached, as a sentence backs many claims."""
        key = (evidence.start, evidence.end)
        if key not in self._hedges:
            self._hedges[key] = bool(P.HEDGE.search(evidence.text))
        return self._hedges[key]

    def evidence(self, index: int) -> Span:
        sent = self.sents[index]
        return self.span(sent.context_start, sent.end)

    def hits_between(self, start: int, end: int) -> list[Hit]:
        """The document's gazetteer hits that start in [start, end)."""
        lo = bisect.bisect_left(self._hit_starts, start)
        hi = bisect.bisect_left(self._hit_starts, end)
        return self.hits[lo:hi]

    def says(self, pattern: re.Pattern, index: int, context: bool = False) -> bool:
        """Whether sentence `index` (with its list introduction, if `context`) matches; cached."""
        key = (pattern.pattern, index, context)
        if key not in self._says:
            sent = self.sents[index]
            self._says[key] = bool(pattern.search(self.text, sent.context_start if context else sent.start, sent.end))
        return self._says[key]

    def mentions_of(self, *labels: str) -> list[Mention]:
        return [m for m in self.mentions if m.label in labels]

    def in_sentence(self, index: int, *labels: str) -> list[Mention]:
        mentions = self._by_sentence.get(index, []) if self._by_sentence is not None else self.mentions
        return [m for m in mentions if m.sentence == index and m.label in labels]

    def first_sentence(self, entity_id: str) -> int:
        return min((m.sentence for m in self.mentions if m.entity_id == entity_id), default=0)

    def sentence_saying(self, entity_id: str, pattern: re.Pattern, reach: int = 50) -> int:
        """The first sentence that says, close to the entity's name, what it did; else its first mention."""
        mentions = sorted((m for m in self.mentions if m.entity_id == entity_id), key=lambda m: m.start)
        for m in mentions:
            sent = self.sents[m.sentence]
            if pattern.search(self.text, max(sent.start, m.start - reach), min(sent.end, m.end + reach)):
                return m.sentence
        return mentions[0].sentence if mentions else 0

    def country_of(self, place_id: str) -> str | None:
        ent = self.entities[place_id]
        if ent.label == "Country":
            return place_id
        iso = ent.properties.get("country")
        if iso and f"country:{iso}" in self.entities:
            return f"country:{iso}"
        return None

    def country_the_sentence_opens_with(self, offset: int) -> str | None:
        """'In Belgium, customs officers ...': the country a sentence opens with is where it happens."""
        sentence = self.sents[self.sentence_of(offset)]
        m = P.IN_COUNTRY_OPENING.match(self.text, sentence.start, offset)
        entries = self.gaz.lookup(m.group("place"), "country") if m else []
        return entries[0].key if entries else None

    def country_named_after(self, end: int) -> str | None:
        """'the Orla coast of Kordovia', 'the Harbour Office (HO) of Kordovia': the country named right
        after a place or a body."""
        of = P.OF_OR_IN.match(self.text, end)
        countries = [e for h in self.hits_between(of.end(), of.end() + 1) for e in h.of("country")] if of else []
        return countries[0].key if countries else None

    def scoped_id(self, kind: str, suffix: object) -> str:
        """An id for an entity that exists only in this document ('organisation:1f3a…-1')."""
        return f"{kind}:{self.document.id.split(':')[-1][:12]}-{suffix}"

    def document_tag(self) -> str:
        """'(Europol, 2023-05-08)': which document an unnamed operation or group belongs to."""
        parts = [p for p in (self.document.publisher, self.document.published) if p]
        return f"({', '.join(parts)})" if parts else f"({_short(self.document.title or self.document.path)})"

    def _count_countries(self) -> tuple[Counter, Counter]:
        """How often each country is named, directly or through its ports, towns, provinces and
        national agencies; and the same without the agencies."""
        counts, by_agencies = Counter(), Counter()
        for hit in self.hits:
            if hit.text.lower() in P.COMMON_WORDS:
                continue  # "Maritime Interdiction Unit" names no province of Togo
            if nations := hit.of("country", "demonym"):
                if len({e.key for e in nations}) == 1:  # "Dominican" (DO, DM) counts for neither
                    counts[nations[0].key] += 2
            elif hit.of("agency"):
                if hit.of("agency")[0].data.get("country") and not self.likened(hit.start):
                    by_agencies[hit.of("agency")[0].data["country"]] += 1
            elif (provinces := _provinces(hit)) and hit.text[:1].isupper() and len(_countries_of(provinces)) == 1:
                counts[_countries_of(provinces).pop()] += 1
            elif hit.of("port") and hit.text[:1].isupper():
                counts[hit.of("port")[0].data["country"]] += 1
            elif hit.text[:1].isupper() and len({e.data.get("country") for e in hit.of("city")}) == 1 and \
                    not re.search(r"[A-Z][a-z]+\s$", self.text[max(0, hit.start - 20):hit.start]):
                # a town only one country has; not a name's second word ("Mark Lee" is no town)
                counts[hit.of("city")[0].data["country"]] += 1
        return counts + by_agencies, counts

    def demonym_country(self, word: str) -> str | None:
        """The country a demonym names (of two that share it, the one meant: nation_meant)."""
        nations = self.gaz.lookup(word, "demonym")
        return self.nation_meant(nations).key if nations else None

    def nation_meant(self, nations: list[Entry]) -> Entry:
        """Of the countries a name or demonym may be ("Dominican": DO, DM), the one the document
        otherwise names more; where it names neither, the more populous ("Korean crime groups": KR)."""
        return max(nations, key=lambda e: (self.country_counts.get(e.key, 0), self._population(e.key)))

    def _population(self, iso2: str) -> int:
        country = self.gaz.countries.get(iso2)
        return country.data.get("population", 0) if country else 0

    def likened(self, start: int) -> bool:
        """'known as Ruritania's FBI': the agency at `start` is only a comparison."""
        return bool(P.LIKENED_TO.search(self.text, max(0, start - 40), start))

    def mask_metadata_lines(self) -> None:
        """'Source: …', 'Date: …' and link-only lines are about the document, not the case."""
        offset = 0
        for line in self.text.split("\n"):
            if P.METADATA_LINE.match(line):
                self.take(offset, offset + len(line))
            offset += len(line) + 1
        # ("KUWAIT CITY, Dec 4 (KUNA) --": the news agency credited in the dateline, no place of the case)
        for m in P.DATELINE_CREDIT.finditer(self.text, 0, 600) if "(" in self.text[:600] else ():
            self.take(*m.span("credit"))

    def extraction(self) -> Extraction:
        # Entities in reading order (first mention in the text; implied ones last, as created).
        first = {}
        for m in self.mentions:
            first[m.entity_id] = min(first.get(m.entity_id, m.start), m.start)
        entities = sorted(self.entities.values(), key=lambda e: first.get(e.id, len(self.text)))
        return Extraction(self.document, entities, list(self.relations.values()))

    def implied_country(self, iso2: str | None, by: str) -> str | None:
        """The country a place or a national agency implies, added to the document if the text
        never names it (Rotterdam -> Netherlands); its id, or None for an unknown code."""
        entry = self.gaz.countries.get(iso2 or "")
        if entry is None:
            return None
        return self.entity(f"country:{iso2}", "Country", entry.name, resolution=f"implied:{by}", iso2=iso2,
                           iso3=entry.data.get("iso3")).id

    def operation_at(self, offset: int) -> str | None:
        """The operation the text at `offset` reports: its case's, in a report of several cases."""
        for start, end, op in self.case_operations:
            if start <= offset < end:
                return op
        return self.main_operation

    def _provinces_of_home_cities(self) -> set[str]:
        """A big city of the document's own country names its province too: a release about Sydney means
        the Liverpool of New South Wales, not England's."""
        home, provinces = self.home_country, set()
        for hit in self.hits:
            cities = hit.of("city")
            if cities and hit.text[:1].isupper():
                largest = max(cities, key=lambda c: c.data.get("population") or 0)
                if largest.data.get("country") == home and largest.data.get("admin1"):
                    provinces.add(plain_key(largest.data["admin1"]))
        return provinces

    def in_the_case_of(self, entity_id: str, offset: int) -> bool:
        """Whether the case the text at `offset` reports speaks of the entity: always, outside a
        report of several cases."""
        for start, end, _ in self.case_operations:
            if start <= offset < end:
                return any(m.entity_id == entity_id and start <= m.start < end for m in self.mentions)
        return True

    @functools.cached_property
    def home_country(self) -> str | None:
        """The country the document is set in: the country of the dateline ('New Delhi, 22 August –')
        where the text names it, else the one named at least twice as often as any other."""
        ranked = self.country_counts.most_common(2)
        dateline = self._dateline_country()
        if not ranked or dateline and self.country_counts[dateline]:
            return dateline  # ("PARIS —" in a text naming no country)
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return ranked[0][0]

    def _dateline_country(self) -> str | None:
        """The country of the town a body line opens with, before a date or a dash ('MANILA —')."""
        for hit in self.hits[:12]:
            if self.is_dateline(hit):
                return self._country_of_town(hit)
        return None

    def is_dateline(self, hit: Hit) -> bool:
        """Whether the hit is the town a body line opens with, before a date or a dash ('MANILA —')."""
        return self.text.rfind("\n", 0, hit.start) + 1 == hit.start and bool(P.DATELINE_AFTER.match(self.text, hit.end))

    def _country_of_town(self, hit: Hit) -> str | None:
        """The country of a town's name; of a name towns of several countries share ('Paris'), the one
        the text names most, else the most populous town's."""
        towns = hit.of("city", "port")
        if not towns:
            return None
        town = max(towns, key=lambda e: (self.country_counts.get(e.data.get("country"), 0),
                                         e.data.get("population") or 0))
        return town.data.get("country")

    def remember_free_hits(self) -> None:
        """The gazetteer hits that no operation name claimed: agencies and places are read from these."""
        self.free_hits = [h for h in self.hits if self.free(h.start, h.end)]

    def index_mentions(self) -> None:
        """Mentions no longer change once relations are read: index them by sentence."""
        self._by_sentence = defaultdict(list)
        for m in self.mentions:
            self._by_sentence[m.sentence].append(m)


def _short(title: str, limit: int = 48) -> str:
    """A title cut at a word boundary, for naming unnamed operations and groups."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return f"\u201c{title}\u201d"
    return "\u201c" + title[:limit].rsplit(" ", 1)[0] + "\u2026\u201d"


def _provinces(hit: Hit) -> list[Entry]:
    """The provinces a hit may name: ISO subdivisions and the gazetteer's regions inside one country."""
    return hit.of("subdivision") + [e for e in hit.of("region")
                                    if e.data.get("kind") == "subnational" and len(e.data.get("countries", ())) == 1]


def _countries_of(provinces: list[Entry]) -> set[str]:
    return {e.data.get("country") or e.data["countries"][0] for e in provinces}
