"""Rule-based extraction: a Document in, an Extraction (entities with their
mentions, relations with their evidence) out.

The pass runs in stages over one document:
  find      gazetteer hits and pattern matches become mentions of entities;
  decide    which operation the document reports, which group it is about;
  relate    sentence by sentence, cue words give places their roles and
            link shipments, groups, agencies and countries;
  geography ports, places and national agencies get LOCATED_IN their country.
Every relation's evidence is the sentence (with the line that introduced a
list, for list items) that states it."""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from graph_intel.extraction import patterns as P
from graph_intel.extraction.gazetteer import Entry, Gazetteer, Hit, gazetteer
from graph_intel.extraction.persons import find_persons
from graph_intel.extraction.text import Sentence, fold_key, sentences, slug
from graph_intel.model import validate_extraction
from graph_intel.records import Document, Entity, Extraction, Relation, Span

PLACE_LABELS = ("Country", "Region", "Location", "Port")
STREET_WORDS = {"Road", "Street", "Avenue", "Lane", "Drive", "Place", "Square", "Way", "Close", "Crescent",
                "Gardens", "Terrace", "Boulevard", "Court", "Park", "Hill", "Grove", "Row", "Walk"}
# Words that follow a town's name in the name of something at that town.
PLACE_WORDS = {"Port", "Airport", "Harbour", "Harbor", "City", "County", "Province", "Region", "District",
               "Police", "Customs", "Court", "Prison", "Station", "Terminal", "Docks", "Bay", "Area", "Municipality",
               "Magistrates", "Crown", "Council", "University", "International", "Central", "North", "South",
               "East", "West"}
METADATA_LINE = re.compile(r"^\s*(?:(?:source|date|published|publisher|url|press|fonte/source|link)\s*:|"
                           r"[^:\n]{0,40}:\s*https?://|https?://\S+\s*$)", re.I)
# Town names that are also ordinary words ("To", "Date", "Police"): never a place when read in prose.
COMMON_WORDS = {"to", "date", "police", "of", "in", "as", "at", "on", "by", "so", "no", "be", "is", "it", "man",
                "may", "can", "will", "mobile", "split", "nice", "bar", "union", "liberty", "justice", "hope",
                "independence", "victoria", "progress", "industry", "commerce", "marina", "opportunity",
                "eagle", "reading", "deal", "sale", "bath", "ely", "wells", "orange", "paradise", "santa",
                "general", "president", "colonel", "captain", "republic", "university", "center", "centre",
                "police department", "customs", "navy", "trafficking", "operation", "action"}
COMPASS = r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)"
COMPASS_PAIR = re.compile(rf"\b({COMPASS})\s+and\s+{COMPASS}\s+([A-Z][a-z]+)")
CALENDAR_WORDS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                  "February", "March", "April", "May", "June", "July", "August", "September", "October",
                  "November", "December"}
SPECIFICITY = {"Port": 3, "Location": 2, "Region": 1, "Country": 1}


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
    entity_id: str
    commodity: str
    quantity: float
    unit: str
    quantity_kg: float | None
    span: Span
    sentence: int
    approx: str = ""
    seized: bool = True


@dataclass
class State:
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    relations: dict[tuple[str, str, str], Relation] = field(default_factory=dict)
    shipments: list[Shipment] = field(default_factory=list)


class DocumentExtractor:
    def __init__(self, document: Document, gaz: Gazetteer | None = None) -> None:
        self.doc = document
        self.text = document.text
        self.gaz = gaz or gazetteer()
        self.sents = sentences(self.text)
        self._starts = [s.start for s in self.sents]
        self.s = State()
        self.hits = self.gaz.find(self.text)
        self._hit_starts = [h.start for h in self.hits]
        self.country_counts = self._count_countries()
        # One byte per character: 1 where a span is already claimed by an entity.
        self._taken = bytearray(len(self.text))
        self._by_sentence: dict[int, list[Mention]] | None = None
        self._says: dict[tuple[str, int, bool], bool] = {}
        self._shipment_sentences: dict[str, list[int]] = {}  # shipment id -> sentences that state it
        self.sub_groups: dict[str, int] = {}  # unnamed group that is part of the target -> sentence saying so
        self.main_operation: str | None = None
        self.operations: list[str] = []
        self.target_org: str | None = None
        self.unit_of: dict[str, str] = {}     # agency id -> parent agency id
        self.agency_country: dict[str, str] = {}
        self.person_context: dict[str, tuple[int, int]] = {}  # person id -> span of its title and apposition

    # -- bookkeeping -----------------------------------------------------
    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def free(self, start: int, end: int) -> bool:
        return self._taken.find(1, start, end) == -1

    def take(self, start: int, end: int) -> None:
        self._taken[start:end] = b"\x01" * (end - start)

    def entity(self, entity_id: str, label: str, name: str, start: int | None = None, end: int | None = None, *,
               named: bool = True, resolution: str = "", inside_agency: bool = False, adjective: bool = False,
               **properties) -> Entity:
        ent = self.s.entities.get(entity_id)
        if ent is None:
            ent = Entity(entity_id, label, name, named=named, resolution=resolution,
                         properties={k: v for k, v in properties.items() if v is not None})
            self.s.entities[entity_id] = ent
        if start is not None:
            span = self.span(start, end)
            ent.add_mention(span)
            self.s.mentions.append(Mention(start, end, span.text, entity_id, label, self.sentence_of(start),
                                           inside_agency, adjective))
        return ent

    def relate(self, source: str, rel: str, target: str, sentence: int | Span, rule: str, confidence: float,
               **properties) -> None:
        if source == target or source not in self.s.entities or target not in self.s.entities:
            return
        key = (source, rel, target)
        if key in self.s.relations:
            return
        evidence = sentence if isinstance(sentence, Span) else self.evidence(sentence)
        self.s.relations[key] = Relation(source, rel, target, evidence, rule, confidence,
                                         {k: v for k, v in properties.items() if v is not None})

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
        return [m for m in self.s.mentions if m.label in labels]

    def in_sentence(self, index: int, *labels: str) -> list[Mention]:
        mentions = self._by_sentence.get(index, []) if self._by_sentence is not None else self.s.mentions
        return [m for m in mentions if m.sentence == index and m.label in labels]

    # -- the pass --------------------------------------------------------
    def run(self) -> Extraction:
        self.mask_metadata_lines()
        self.find_operations()
        hits = [h for h in self.hits if self.free(h.start, h.end)]
        self.find_agencies(hits)
        self.find_named_organisations()
        self.find_persons()
        self.find_gazetteer_entities(hits)
        self.find_organisations()
        self._one_label_per_place()
        self.find_shipments()
        self.decide_operation()
        self.relate_sentences()
        self.relate_document()
        self.relate_geography()
        return self.extraction()

    def extraction(self) -> Extraction:
        return Extraction(self.doc, list(self.s.entities.values()), list(self.s.relations.values()))

    def mask_metadata_lines(self) -> None:
        """'Source: …', 'Date: …' and link-only lines are about the document, not the case."""
        offset = 0
        for line in self.text.split("\n"):
            if METADATA_LINE.match(line):
                self.take(offset, offset + len(line))
            offset += len(line) + 1

    # -- find: operations ------------------------------------------------
    def find_operations(self) -> None:
        found = []
        for regex, kind in ((P.TASKFORCE, "taskforce"), (P.OPERATION_NAMED, "operation"),
                            (P.OPERATION_CODENAME, "operation"), (P.OPERATION_INVESTIGATION, "operation"),
                            (P.OPERATION_QUOTED, "operation"),
                            (P.ACTION_NAMED, "action")):
            for m in regex.finditer(self.text):
                name = m.group("name").strip(" '\"’‘“”")
                if kind in {"operation", "action"} and not self._plausible_operation_name(name, m):
                    continue
                found.append((m.start(), m.end(), name, kind, m))
        for start, end, name, kind, m in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
            if not self.free(start, end):
                continue
            if kind in {"taskforce", "action"}:
                prefix = m.group(0)[:m.start("name") - m.start()].strip(" '\"’‘“”")
                prefix = re.sub(r"\s+", " ", prefix)
                canonical = f"{prefix} {name}"
            else:
                canonical = name if name.lower().startswith("operation ") else f"Operation {_display_name(name)}"
            entity_id = "operation:" + slug(canonical.removeprefix("Operation ").removeprefix("Operational Taskforce ")
                                             if kind == "operation" else canonical)
            ent = self.entity(entity_id, "Operation", canonical, start, end, named=True,
                              resolution=f"pattern:{kind}")
            ent.properties.setdefault("description", kind)
            for alias in dict.fromkeys((name, f"Operation {name}")):  # ordered, so output is repeatable
                if alias != ent.name and alias not in ent.aliases:
                    ent.aliases.append(alias)
            self.take(start, end)
            if entity_id not in self.operations:
                self.operations.append(entity_id)

    def _plausible_operation_name(self, name: str, m: re.Match) -> bool:
        first = name.split()[0]
        if self._in_title_case_line(m.start()) and not re.search(r"[\"'“”‘’]", m.group(0)) and \
                self.text.count(name) < 2:
            return False  # "Smuggling Operation Linked to ..." in a headline: every word is capitalised
        lowered = {"the", "a", "an", "this", "that", "which", "was", "in", "on"}
        if first.lower() in lowered or len(name) < 3:
            return False
        # "named Operation Monaco" is handled by the named pattern; "called the police" is not a name.
        if m.re is P.OPERATION_CODENAME and not re.search(r"(?:operation|investigation|case|action|taskforce|project)"
                                                          r"[^.]{0,40}$", self.text[max(0, m.start() - 60):m.start()],
                                                          re.I) and "peration" not in m.group(0):
            return False
        # "Project Manager", "Operation Centre": roles and rooms, not names.
        return name.lower() not in {"cooperation", "support"} and first not in {
            "Manager", "Coordinator", "Officer", "Leader", "Team", "Centre", "Center", "Room", "Director", "Lead",
            "Management", "Partners", "Funding"}

    def _in_title_case_line(self, offset: int) -> bool:
        line_start = self.text.rfind("\n", 0, offset) + 1
        line_end = self.text.find("\n", offset)
        words = re.findall(r"[A-Za-z][\w'’-]*", self.text[line_start:line_end if line_end >= 0 else len(self.text)])
        small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "at", "by", "with", "from", "as"}
        content = [w for w in words if w.lower() not in small]
        return len(content) >= 5 and sum(w[0].isupper() for w in content) >= 0.8 * len(content)

    # -- find: agencies --------------------------------------------------
    def find_agencies(self, hits: list[Hit]) -> None:
        spans = []
        for hit in hits:
            agencies = hit.of("agency")
            if agencies:
                spans.append((hit.start, hit.end, "gazetteer", agencies[0], hit))
            elif hit.of("generic_agency"):
                spans.append((hit.start, hit.end, "generic", None, hit))
        for m in P.AGENCY_EXPANDED.finditer(self.text):
            spans.append((m.start(), m.end(), "expanded", m, None))
        for m in P.AGENCY_PATTERN.finditer(self.text):
            name_start, name_end = m.span("name")
            name_start, name = self._trim_agency_name(name_start, m.group("name"))
            if name is None:
                continue
            end = m.end() if m.group("acronym") else name_start + len(name)
            spans.append((name_start, end, "pattern", m.group("acronym"), None))
        # Longest span first, gazetteer before pattern on equal spans.
        order = {"gazetteer": 0, "expanded": 1, "generic": 2, "pattern": 3}
        for start, end, kind, payload, hit in sorted(spans, key=lambda s: (-(s[1] - s[0]), order[s[2]], s[0])):
            if not self.free(start, end):
                continue
            if kind == "gazetteer":
                self._add_listed_agency(payload, start, end)
            elif kind == "expanded":
                self._add_expanded_agency(payload)
            elif kind == "generic":
                entry = self._resolve_generic(hit)
                if entry is None:
                    continue
                self._add_listed_agency(entry, start, end, resolution="gazetteer:generic+country")
            else:
                if not self._add_pattern_agency(start, end, payload):
                    continue
            self.take(start, end)

    def _trim_agency_name(self, start: int, name: str) -> tuple[int, str | None]:
        words = name.split()
        # Leading words that are not part of a name: sentence-initial "The", determiners, verbs.
        while words and words[0].lower() in {"the", "a", "an", "and", "of", "for", "on", "by", "with", "to", "from",
                                              "officers", "today", "its", "their", "his", "her"}:
            start = self.text.index(words[1], start + len(words[0])) if len(words) > 1 else start
            words = words[1:]
        # "the Crown Court on Friday", "the National Police on August 8": a date ends the name.
        for i, word in enumerate(words[1:], 1):
            if word.lower() in {"on", "of", "in", "for"} and i + 1 < len(words) and words[i + 1] in CALENDAR_WORDS:
                words = words[:i]
                break
        # "NCA and Metropolitan Police Service": two agencies, not one.
        if "and" in words:
            cut = words.index("and")
            left = " ".join(words[:cut])
            if self.gaz.lookup(left, "agency") or re.fullmatch(r"[A-Z]{2,6}", left) or \
                    self.gaz.generic_agencies.get(fold_key(left)) or left.split()[-1] in P.AGENCY_HEAD_WORDS:
                start = self.text.index(words[cut + 1], start) if cut + 1 < len(words) else start
                words = words[cut + 1:]
        # "Specialist Border Force officers": a word before a listed agency's own name qualifies it.
        if len(words) > 1 and self.gaz.lookup(" ".join(words[1:]), "agency") and not (
                self.gaz.lookup(words[0], "demonym") or self.gaz.lookup(words[0], "city")):
            start = self.text.index(words[1], start + len(words[0]))
            words = words[1:]
        # Sentence-initial adverbs are capitalised too: "Subsequently Customs ...".
        while words and (words[0].endswith("ly") or words[0] in P.SENTENCE_OPENERS) and len(words) > 1:
            start = self.text.index(words[1], start + len(words[0]))
            words = words[1:]
        if not words:
            return start, None
        name = self.text[start:start + len(" ".join(words))] if self.text[start:].startswith(" ".join(words)) else " ".join(words)
        head = words[-1]
        if len(words) == 1 or (len(words) == 2 and words[0].lower() in {"state", "national", "federal", "local"}
                               and not self._demonym_before(start)):
            return start, None  # "Police", "Customs": generic unless a gazetteer resolves it
        if head.lower() in {"court"} and len(words) < 2:
            return start, None
        return start, name

    def _add_unit_chain(self, start: int, name: str) -> bool:
        """'the Narcotics Unit of the Federal Police': a unit, PART_OF the body named after 'of'.
        The parent must be an agency in its own right (listed, or headed by an agency word)."""
        m = re.match(r"(?P<unit>.+?\b(?:" + P.AGENCY_HEADS + r"))\s+(?:of|within|at)\s+(?:the\s+)?(?P<parent>.+)$",
                     name)
        if not m:
            return False
        parent_text, parent_start = m.group("parent"), start + m.start("parent")
        listed = self.gaz.lookup(parent_text, "agency")
        if not listed and not re.search(r"\b(?:" + P.AGENCY_HEADS + r")$", parent_text):
            return False
        if listed:
            self._add_listed_agency(listed[0], parent_start, parent_start + len(parent_text))
            parent_id = f"agency:{listed[0].key}"
        elif not self._add_pattern_agency(parent_start, parent_start + len(parent_text), None):
            return False
        else:
            parent_id = self.s.mentions[-1].entity_id
        unit = m.group("unit")
        country = self.agency_country.get(parent_id) or self._demonym_before(start) or self._leading_country(unit)
        unit_id = "agency:" + slug(unit) + "-" + parent_id.split(":", 1)[1]
        self.entity(unit_id, "Agency", unit, start, start + len(unit), resolution="pattern:unit-of",
                    kind=_agency_kind(unit), country=country)
        if country:
            self.agency_country[unit_id] = country  # a unit inherits its parent's country
        self.unit_of[unit_id] = parent_id
        return True

    def _leading_country(self, name: str) -> str | None:
        """'Fiji Police Force', 'New Zealand Customs Service': a country's name opens the agency's."""
        words = name.split()
        for n in (3, 2, 1):
            entries = self.gaz.lookup(" ".join(words[:n]), "country") if len(words) > n else []
            if entries:
                return entries[0].key
        return None

    def _demonym_before(self, start: int) -> str | None:
        m = re.search(r"([A-Z][\w-]+)\s+$", self.text[max(0, start - 30):start])
        if m:
            iso = self.gaz.demonyms.get(fold_key(m.group(1)))
            if iso:
                return iso
        return None

    def _line_country(self, start: int) -> str | None:
        """'Serbia: Criminal Police ...' — a list line that names its country first."""
        line_start = self.text.rfind("\n", 0, start) + 1
        prefix = self.text[line_start:start]
        m = re.match(r"\s*(?:the\s+)?([^:]{2,40}):\s*$", prefix, re.I)
        if m:
            entries = self.gaz.lookup(m.group(1), "country")
            if entries:
                return entries[0].key
        return None

    def _count_countries(self) -> Counter:
        """How often each country is named, directly or through its ports and towns."""
        counts = Counter()
        for hit in self.hits:
            if hit.of("country", "demonym"):
                counts[hit.of("country", "demonym")[0].key] += 2
            elif hit.of("port") and hit.text[:1].isupper():
                counts[hit.of("port")[0].data["country"]] += 1
            elif hit.text[:1].isupper() and len({e.data.get("country") for e in hit.of("city")}) == 1:
                counts[hit.of("city")[0].data["country"]] += 1  # a town only one country has
        return counts

    def _resolve_generic(self, hit: Hit) -> Entry | None:
        candidates = self.gaz.generic_agencies.get(fold_key(hit.text), [])
        country = self._demonym_before(hit.start) or self._line_country(hit.start)
        if country is None:
            counts = self.country_counts
            if counts:
                country = counts.most_common(1)[0][0]
        for entry in candidates:
            if entry.data.get("country") == country:
                return entry
        return None

    def _add_listed_agency(self, entry: Entry, start: int, end: int, resolution: str = "gazetteer:alias") -> None:
        ent = self.entity(f"agency:{entry.key}", "Agency", entry.name, start, end, resolution=resolution,
                          kind=entry.data.get("kind"), country=entry.data.get("country"))
        if entry.data.get("country"):
            self.agency_country[ent.id] = entry.data["country"]
        parent = entry.data.get("part_of")
        if parent and parent in self.gaz.agencies:
            self.unit_of.setdefault(ent.id, f"agency:{parent}")

    def _add_expanded_agency(self, m: re.Match) -> None:
        head = " ".join(m.group("head").split())
        short, long = f"{m.group('acronym')} {head}", f"{' '.join(m.group('expansion').split())} {head}"
        listed = self.gaz.lookup(short, "agency") or self.gaz.lookup(long, "agency")
        if listed:
            self._add_listed_agency(listed[0], m.start(), m.end(), resolution="gazetteer:acronym+expansion")
            return
        country = self._demonym_before(m.start()) or self._line_country(m.start())
        ent = self.entity("agency:" + slug(short) + (f"-{country.lower()}" if country else ""), "Agency", short,
                          m.start(), m.end(), resolution="pattern:acronym-expansion", kind=_agency_kind(head),
                          country=country)
        for alias in (long, m.group("acronym")):
            if alias not in ent.aliases:
                ent.aliases.append(alias)
        if country:
            self.agency_country[ent.id] = country

    def _add_pattern_agency(self, start: int, end: int, acronym: str | None) -> bool:
        name = self.text[start:end]
        if not acronym and self._add_unit_chain(start, name):
            return True
        if acronym:
            name = self.text[start:end].rsplit("(", 1)[0].strip()
            listed = self.gaz.lookup(acronym, "agency")
            if listed:
                self._add_listed_agency(listed[0], start, end, resolution="gazetteer:acronym")
                return True
        possessive = re.match(r"([A-Z][\w-]+)[’']s\s+(.+)$", name)
        parent_id = None
        if possessive:
            owner = self.gaz.lookup(possessive.group(1), "agency")
            if not owner:
                return False
            parent_id = f"agency:{owner[0].key}"
            self._add_listed_agency(owner[0], start, start + len(possessive.group(1)))
            name = f"{owner[0].name} {possessive.group(2)}"
        if re.search(r"\b(?:Taskforce|Task Force|Convention|Warrant)\b", name):
            return False
        country = self._demonym_before(start) or self._line_country(start)
        first = name.split()[0]
        demonym_iso = self.gaz.demonyms.get(fold_key(first))
        if demonym_iso:
            country = country or demonym_iso
        country = country or self._leading_country(name)
        # A place word leading the name ("Belgrade Police") fixes the country too.
        for entry in self.gaz.lookup(first, "city"):
            country = country or entry.data.get("country")
        entity_id = "agency:" + slug(name) + (f"-{country.lower()}" if country and not demonym_iso else "")
        ent = self.entity(entity_id, "Agency", name, start, end, resolution="pattern:agency",
                          kind=_agency_kind(name), country=country)
        if acronym and acronym not in ent.aliases:
            ent.aliases.append(acronym)
        if country:
            self.agency_country[entity_id] = country
        if parent_id:
            self.unit_of[entity_id] = parent_id
        return True

    # -- find: places, platforms, named groups ----------------------------
    def find_gazetteer_entities(self, hits: list[Hit]) -> None:
        for hit in hits:
            if not self.free(hit.start, hit.end) or hit.of("commodity"):
                continue
            if self._add_hit(hit, inside_agency=False):
                self.take(hit.start, hit.end)
        # Inside agency names: the country a demonym gives ("Spanish National Police"),
        # the town a local force is named after ("Belgrade Police").
        for agency in list(self.mentions_of("Agency")):
            for hit in self.gaz.find(agency.text):
                inner = Hit(agency.start + hit.start, agency.start + hit.end, hit.text, hit.entries)
                if hit.of("country", "demonym") or (hit.start == 0 and hit.of("city")):
                    self._add_hit(inner, inside_agency=True)
            before = self.text[max(0, agency.start - 30):agency.start]
            lead = re.search(r"(\S+)\s+$", before)
            if lead and self.free(agency.start - len(lead.group(0)), agency.start - len(lead.group(0)) + len(lead.group(1))):
                start = agency.start - len(lead.group(0))
                for hit in self.gaz.find(lead.group(1)):
                    if hit.of("country", "demonym") and hit.end == len(lead.group(1)):
                        self._add_hit(Hit(start + hit.start, start + hit.end, hit.text, hit.entries),
                                      inside_agency=True)
        self._drop_appositive_regions()
        self._elided_regions()

    def _elided_regions(self) -> None:
        """'North and West Africa', 'Central and South America': the first region's noun is left out."""
        for m in COMPASS_PAIR.finditer(self.text):
            region = self.gaz.lookup(f"{m.group(1)} {m.group(2)}", "region")
            if region and self.free(m.start(1), m.end(1)):
                data = region[0].data
                self.entity(f"region:{region[0].key}", "Region", data["name"], m.start(1), m.end(1),
                            resolution="gazetteer:elided-region")
                self.take(m.start(1), m.end(1))

    def _add_hit(self, hit: Hit, inside_agency: bool) -> bool:
        """Add the entity a gazetteer hit names; False when the hit names nothing here."""
        for entry in hit.entries:
            if entry.kind in {"country", "demonym"}:
                self._add_country(entry.key, hit, inside_agency, "demonym" if entry.kind == "demonym" else "alias")
                return True
        for entry in hit.entries:
            if entry.kind in {"region", "region_demonym"}:
                if entry.kind == "region_demonym" and re.match(r" [A-Z]", self.text[hit.end:hit.end + 2]):
                    return False  # "European Arrest Warrant" names an instrument, not a place
                data = self.gaz.regions[entry.key].data
                label = "Location" if data.get("kind") == "sea" else "Region"
                self.entity(f"{label.lower()}:{entry.key}", label, data["name"], hit.start, hit.end,
                            resolution=f"gazetteer:{entry.kind}", adjective=entry.kind == "region_demonym")
                return True
            if entry.kind == "platform":
                sentence = self.sents[self.sentence_of(hit.start)]
                near = self.text[sentence.context_start:sentence.end]
                if entry.data.get("case_sensitive") and not re.search(
                        r"\b(?:encrypt\w*|platforms?|phones?|handsets?|devices?|apps?|messaging|messages|"
                        r"chats?|servers?|users|communication)\b", near, re.I):
                    return False  # "Ghost", "Matrix", "Exclu" are ordinary words without that context
                self.entity(f"platform:{entry.key}", "Platform", entry.name, hit.start, hit.end,
                            resolution="gazetteer:alias")
                return True
            if entry.kind == "organisation":
                if not self._acronym_in_context(hit, entry):
                    return False
                self.entity(f"organisation:{entry.key}", "Organisation", entry.name, hit.start, hit.end,
                            resolution="gazetteer:alias", kind=entry.data.get("kind"))
                return True
        ports = hit.of("port")
        cities = hit.of("city")
        subdivisions = hit.of("subdivision")
        if subdivisions and self._names_subdivision(hit, bool(ports or cities)):
            entry = subdivisions[0] if len(subdivisions) == 1 else _best_place(subdivisions, self.country_counts)
            self.entity(f"region:{entry.key}", "Region", entry.name, hit.start, hit.end,
                        resolution=f"gazetteer:subdivision of {entry.data['country']}")
            return True
        if ports or cities:
            capitalised = hit.text[:1].isupper() or re.match(r"(?:port|harbou?r) of [A-Z]", hit.text)
            if not capitalised or hit.text.lower() in COMMON_WORDS or len(hit.text) < 3:
                return False  # place names are capitalised; "split", "To" or "Date" in prose are not places
            if not ports and self._inside_a_name(hit):
                return False
            self._add_place(hit, ports, cities, inside_agency)
            return True
        return False

    def _names_subdivision(self, hit: Hit, also_a_town: bool) -> bool:
        """'Gujarat', 'County Cork', 'the province of Colon': a province, state or county. A name that
        is also a town's is the province only where the text says so ('Cork County', 'state of X')."""
        if re.search(r"\b(?:County|Province|State|Region|Department|Prefecture|Governorate|Oblast)\b", hit.text,
                     re.I) and len(hit.text.split()) > 1:
            return any(word[:1].isupper() for word in hit.text.split())
        if not hit.text[:1].isupper() or hit.text.lower() in COMMON_WORDS:
            return False
        if not also_a_town:
            return not self._inside_a_name(hit)
        before = self.text[max(0, hit.start - 25):hit.start]
        after = self.text[hit.end:hit.end + 15]
        return bool(re.search(r"\b(?:province|state|county|region|department) of\s+(?:the\s+)?$", before, re.I)
                    or re.match(r"\s+(?:province|state|county|region|department)\b", after, re.I))

    def _acronym_in_context(self, hit: Hit, entry: Entry) -> bool:
        """'PCC' names the Brazilian gang only where the text says so: its full name
        appears, or a group word stands next to it. 'PCC SEE' (a convention) does not."""
        if not (hit.text.isupper() and len(hit.text) <= 5) or hit.text == entry.name:
            return True
        if re.match(r"\s+[A-Z]{2,}\b", self.text[hit.end:hit.end + 8]):
            return False  # part of a longer acronym
        if entry.name.lower() in self.text.lower():
            return True
        near = self.text[max(0, hit.start - 30):hit.end + 30]
        return bool(re.search(r"\b(?:gang|cartel|faction|clan|mafia|group|members?|boss|leaders?)\b", near, re.I))

    def _one_label_per_place(self) -> None:
        """Hamburg the port and Hamburg the town in one release are one place: the port."""
        ports = {(e.name.lower(), e.properties.get("country")): e.id for e in self.s.entities.values()
                 if e.label == "Port"}
        for town in [e for e in self.s.entities.values() if e.label == "Location"]:
            port = ports.get((town.name.lower(), town.properties.get("country")))
            if port is None:
                continue
            for m in self.s.mentions:
                if m.entity_id == town.id:
                    m.entity_id, m.label = port, "Port"
                    self.s.entities[port].add_mention(self.span(m.start, m.end))
            del self.s.entities[town.id]

    def _drop_appositive_regions(self) -> None:
        """'Aruba, the Dutch Antilles', 'Aruba (Dutch Antilles)': the region only describes the place before it."""
        places = sorted(self.mentions_of(*PLACE_LABELS), key=lambda m: m.start)
        dropped = set()
        for before, region in zip(places, places[1:]):
            if region.label == "Region" and before.label in {"Country", "Location", "Port"} and \
                    re.fullmatch(r"\s*(?:,\s*the|\()\s*", self.text[before.end:region.start]):
                dropped.add(id(region))
        if not dropped:
            return
        self.s.mentions = [m for m in self.s.mentions if id(m) not in dropped]
        still = {m.entity_id for m in self.s.mentions}
        for entity_id in [e for e, ent in self.s.entities.items() if ent.label == "Region" and e not in still]:
            del self.s.entities[entity_id]

    def _inside_a_name(self, hit: Hit) -> bool:
        """'Ismael Zambada Garcia', 'Hayes Road', '(Port Search Unit)': a town name glued to
        another capitalised, unknown word is part of a person's, street's or unit's name."""
        after = re.match(r"\s+([A-Z][\w’'-]*)", self.text[hit.end:hit.end + 30])
        if after and (after.group(1) in STREET_WORDS or (
                after.group(1) not in PLACE_WORDS and not self.gaz.lookup(after.group(1))
                and not re.match(r"[A-Z]{2,}$", after.group(1)))):
            return True
        before = re.search(r"([A-Z][\w’'-]*)[\"”]?\s+$", self.text[max(0, hit.start - 40):hit.start])
        if not before or self.text[max(0, hit.start - len(before.group(0)) - 2):hit.start - len(before.group(0))]\
                .strip() in {"", ".", "!", "?", ":"}:
            return False  # no capitalised word before it, or that word opens the sentence
        return not self.gaz.lookup(before.group(1)) and before.group(1).lower() not in {"in", "at", "from", "to"}

    def _add_country(self, iso2: str, hit: Hit, inside_agency: bool, how: str) -> None:
        entry = self.gaz.countries.get(iso2)
        if entry is None:
            return
        self.entity(f"country:{iso2}", "Country", entry.name, hit.start, hit.end, resolution=f"gazetteer:{how}",
                    inside_agency=inside_agency, adjective=how == "demonym", iso2=iso2, iso3=entry.data.get("iso3"))

    def _add_place(self, hit: Hit, ports: list[Entry], cities: list[Entry], inside_agency: bool = False) -> None:
        sentence = self.sents[self.sentence_of(hit.start)]
        window = self.text[sentence.context_start:sentence.end]
        port_context = re.search(r"\b(?:ports?|harbou?rs?|containers?|vessel|ship|ferry|seized|intercepted|arrived|"
                                 r"docked|terminal|escorted|airport|flight|cargo|shipment|lorry|trailer)\b", window, re.I)
        prefix = self.text[max(sentence.context_start, hit.start - 30):hit.start]
        seized_in = re.search(r"\b(?:seized|found|intercepted|discovered)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$",
                              prefix, re.I)
        city = _best_city(cities, self.country_counts) if cities else None
        country = ports[0].data["country"] if ports else city.data["country"]
        if not inside_agency and ((ports and port_context) or seized_in or re.search(r"\bport of\s+$", prefix, re.I)):
            if ports:
                p = ports[0].data
                self.entity(f"port:{ports[0].key}", "Port", p["name"], hit.start, hit.end,
                            resolution="gazetteer:port", country=p["country"], locode=p["locode"], kind=p.get("kind"))
            else:
                self.entity(f"port:{city.key.lower()}", "Port", city.name, hit.start, hit.end,
                            resolution="gazetteer:city+port-context", country=city.data["country"])
            return
        name = city.name if city else ports[0].data["name"]
        key = city.key if city else f"{country}-{slug(name)}"
        self.entity(f"location:{key.lower()}", "Location", name, hit.start, hit.end,
                    resolution="gazetteer:city", country=country, inside_agency=inside_agency)

    # -- find: persons -----------------------------------------------------
    def find_persons(self) -> None:
        for cand in find_persons(self.text):
            if not self.free(cand.start, cand.end) or self._not_a_person(cand.name):
                continue
            ent = self.entity("person:" + slug(cand.name), "Person", cand.name, cand.start, cand.end,
                              resolution=cand.rule)
            ent.properties.setdefault("role", cand.role)
            self.person_context.setdefault(ent.id, (cand.title_start, cand.apposition_end))
            self.take(cand.start, cand.end)
        # Later mentions by surname only ("Payne and Jones appeared ...").
        for ent in [e for e in self.s.entities.values() if e.label == "Person"]:
            surname = ent.name.split()[-1]
            for m in re.finditer(rf"\b{re.escape(surname)}\b", self.text):
                if self.free(m.start(), m.end()):
                    self.entity(ent.id, "Person", ent.name, m.start(), m.end())
                    self.take(m.start(), m.end())

    def _not_a_person(self, name: str) -> bool:
        words = name.split()
        if any(self.gaz.lookup(w) for w in words if w[0].isupper() and len(w) > 3 and
               any(e.kind in {"country", "demonym", "region", "agency"} for e in self.gaz.lookup(w))):
            return True
        if self.gaz.lookup(name):
            return True
        stop = {"The", "This", "These", "Police", "Customs", "Operation", "Europol", "Deputy", "Director", "Officers",
                "Class", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Border", "Force",
                "National", "Crime", "Agency", "Member", "States", "High", "Value", "Targets"}
        return any(w in stop for w in words)

    # -- find: organisations ----------------------------------------------
    def find_named_organisations(self) -> None:
        """'Pink Panther criminal group', 'the Sinaloa drug cartel': a name before a group word.
        Runs before places are read, so 'Sinaloa' here names the cartel, not the state."""
        for m in P.NAMED_ORG.finditer(self.text):
            name = m.group("name")
            words = name.split()
            while words and (words[0].lower() in {"the", "a", "an", "this", "infamous", "notorious", "powerful"}
                             or not words[0][0].isupper()):
                words = words[1:]
            if not words:
                continue
            name = " ".join(words)
            start = self.text.index(name, m.start())
            end = start + len(name)
            if not self.free(start, end) or self._descriptive(name):
                continue
            kind = m.group("kind").split()[-1].lower()
            listed = (self.gaz.lookup(f"{name} {kind}", "organisation") or self.gaz.lookup(name, "organisation"))
            if listed:
                ent = self.entity(f"organisation:{listed[0].key}", "Organisation", listed[0].name, start, end,
                                  named=True, resolution="gazetteer:alias+group-word", kind=listed[0].data.get("kind"))
            else:
                ent = self.entity("organisation:" + slug(name), "Organisation", name, start, end, named=True,
                                  resolution="pattern:named-group", kind=kind)
            full = self.text[start:m.end()]
            if full not in ent.aliases and full != ent.name:
                ent.aliases.append(full)
            self.take(start, m.end())

    def find_organisations(self) -> None:
        self._find_unnamed_organisation()
        self._named_subject()
        self._suspects_as_group()

    def _suspects_as_group(self) -> None:
        """Two or more suspects named in a release that names no group acted together: the group
        they form is the document's unnamed organisation."""
        suspects = [e for e in self.s.entities.values() if e.label == "Person" and e.properties.get("role") == "suspect"]
        if self.target_org or len(suspects) < 2:
            return
        org_id = f"organisation:{self.doc.id.split(':')[-1][:12]}-1"
        self.entity(org_id, "Organisation", "unnamed group " + self._document_tag(), named=False,
                    resolution="document:suspects-group", kind="group",
                    description="the group formed by " + ", ".join(e.name for e in suspects[:5]))
        self.target_org = org_id

    def _descriptive(self, name: str) -> bool:
        """'Balkan cartel', 'Colombian cartel', 'Albanian mafia' describe, not name, a group;
        'Sinaloa Cartel' and 'Gulf Clan' are named after a place and do name one."""
        return all(any(e.kind in {"demonym", "region_demonym"} for e in self.gaz.lookup(w))
                   or w.lower() in {"criminal", "drug", "international", "organised", "organized", "this", "that",
                                    "biggest", "largest", "one", "major", "powerful", "violent", "notorious"}
                   for w in name.split())

    def _named_subject(self) -> None:
        """A release about a named group ('Sinaloa Cartel' in the headline, or named again and
        again) speaks of it as 'the cartel': that group is the target, not an unnamed one."""
        named = [e for e in self.s.entities.values() if e.label == "Organisation" and e.named]
        headline = 0 if "\n" in self.text.strip() else None  # a first line of its own is the headline
        for ent in named:
            sentences = {m.sentence for m in self.s.mentions if m.entity_id == ent.id}
            if headline in sentences or len(sentences) >= 2:
                unnamed = self.target_org
                if unnamed and not self._introduces_new_group(unnamed):
                    for m in self.s.mentions:
                        if m.entity_id == unnamed:
                            m.entity_id = ent.id
                            ent.add_mention(self.span(m.start, m.end))
                    del self.s.entities[unnamed]
                    self.target_org = ent.id
                elif unnamed is None:
                    self.target_org = ent.id
                return

    def _introduces_new_group(self, org_id: str) -> bool:
        """'a criminal network', 'an organised crime group': an indefinite article brings in a group of its own."""
        for m in self.s.mentions:
            if m.entity_id == org_id:
                words = self.text[max(0, m.start - 40):m.start].lower().split()[-4:]
                if any(w in {"a", "an"} for w in words):
                    return True
        return False

    def _find_unnamed_organisation(self) -> None:
        for m in P.UNNAMED_ORG.finditer(self.text):
            kind = m.group("kind")
            lead = self.text[max(0, m.start("kind") - 60):m.start("kind")].lower().split()
            lead = lead[-5:]
            plural = kind.lower().endswith("s") and not kind.lower().endswith("ss")
            # "investigating organised crime groups" is about a group; "criminal organisations are
            # developing" or "disrupt criminal networks" speaks of crime in general.
            if plural and not any(w.startswith(("investigat", "target", "dismantl", "these", "several")) for w in lead):
                continue
            if not plural and not any(w in {"a", "an", "the", "this", "that", "its", "suspected", "alleged"}
                                      or w.startswith(("dismantl", "target")) for w in lead):
                continue
            before = self.text[max(0, m.start() - 40):m.start()]
            if re.search(r"\b(?:disrupt|fight\w*|combat\w*|against|tackl\w*)\s+(?:\w+\s+){0,2}$", before, re.I) \
                    and plural:
                continue
            if any(self.s.entities[x.entity_id].named for x in self.s.mentions
                   if x.label == "Organisation" and x.end <= m.end() and x.end >= m.start() - 2):
                continue  # "Pink Panther criminal group" names a group
            start, end = m.start("kind"), m.end("kind")
            # "the gang, part of a wider network": a second group, linked to the first.
            part_of = self.target_org is not None and P.PART_OF_GROUP.match(self.text, end)
            org_id = f"organisation:{self.doc.id.split(':')[-1][:12]}-{2 if part_of else 1}"
            ent = self.entity(org_id, "Organisation", "unnamed " + re.sub(r"\s+", " ", kind.lower()) + " "
                              + self._document_tag(), start, end,
                              named=False, resolution="pattern:unnamed-group", kind=kind.split()[-1].lower().rstrip("s"))
            if part_of:
                self.sub_groups.setdefault(org_id, self.sentence_of(start))
            if self.target_org is None:
                self.target_org = org_id
            if "description" not in ent.properties:
                ent.properties["description"] = self.sents[self.sentence_of(start)].text[:300]

    # -- find: shipments ---------------------------------------------------
    def find_shipments(self) -> None:
        found: list[Shipment] = []
        for m in P.WEIGHT.finditer(self.text):
            quantity = _quantity(m)
            if quantity is None or quantity <= 0:
                continue
            commodity, c_end = self._commodity_after(m.end("unit"), 60)
            if commodity is None:
                commodity, c_end = self._commodity_context(m)
            if commodity is None:
                continue
            unit_word = m.group("unit").lower()
            factor = P.UNIT_KG[unit_word]
            approx = P.APPROX_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
            start = approx.start("approx") if approx and approx.group("approx") else m.start()
            found.append(self._shipment(commodity, quantity, _unit_name(unit_word), quantity * factor, start,
                                        max(c_end, m.end("unit")),
                                        (approx.group("approx") or "").strip().lower() if approx else ""))
        for m in P.COUNT.finditer(self.text):
            entry, c_end = self._counted_goods(m.end())
            if entry is None:
                continue
            quantity = _quantity(m)
            if quantity is None:
                continue
            unit = "packages" if m.group("packaging") and "package" in m.group("packaging").lower() else "units"
            found.append(self._shipment(entry.name, quantity, unit, None, m.start(), c_end, ""))
        self._keep_shipments(found)

    def _commodity_after(self, offset: int, reach: int) -> tuple[str | None, int]:
        for hit in self.hits_between(offset, offset + reach):
            between = self.text[offset:hit.start]
            if re.search(r"[.;:()]|\b(?:and|in|at|from|to|with|for|worth)\b", between, re.I):
                break
            commodities = hit.of("commodity")
            if commodities and commodities[0].data.get("kind") in {"drug", "precursor", "tobacco", "other"}:
                return commodities[0].name, hit.end
        return None, offset

    def _commodity_context(self, m: re.Match) -> tuple[str | None, int]:
        """'The load, weighing 2.4 tonnes' — the drug named nearest before."""
        sentence = self.sents[self.sentence_of(m.start())]
        before = self.text[sentence.start:m.start()]
        after = self.text[m.end("unit"):m.end("unit") + 40]
        if re.match(r"\s*(?:-\s*)?(?:sacks?|bags?|blocks?|bricks?|packages?|parcels?|bales?|boxes?|packets?)\b", after, re.I):
            return None, m.end()  # "20 kilo sacks" sizes the packaging
        refers = re.match(r"\s+of\s+(?:the|this|these)\s+(?:class\s+[abc]\s+)?(?:drugs?|substances?|narcotics?)\b",
                          after, re.I)
        if not refers and not re.search(r"\b(?:consignment|shipment|load|haul|cargo)\b", before, re.I):
            return None, m.end()
        for hit in reversed(self.hits_between(0, m.start())):
            commodities = hit.of("commodity")
            if commodities and commodities[0].data.get("kind") == "drug":
                return commodities[0].name, m.end("unit")
        return None, m.end()

    def _counted_goods(self, offset: int) -> tuple[Entry | None, int]:
        """'25 pistols', '9,500,000 pseudoephedrine tablets', '12,000 tablets of MDMA'."""
        hits = self.hits_between(offset, offset + 80)
        for i, hit in enumerate(hits):
            between = self.text[offset:hit.start]
            if re.search(r"[.;:,()]|\b(?:and|in|at|from|to|with|of cocaine|of heroin)\b", between, re.I) \
                    or len(between.split()) > 3:
                return None, offset
            commodities = hit.of("commodity")
            if not commodities:
                return None, offset
            if _is_unit_word(hit):
                # A pill count names its drug after it: "tablets of MDMA"; alone it says nothing.
                following = hits[i + 1] if i + 1 < len(hits) else None
                if following and re.fullmatch(r"\s+(?:of|containing)\s+", self.text[hit.end:following.start]) \
                        and following.of("commodity"):
                    return following.of("commodity")[0], following.end
                return None, offset
            after = hits[i + 1] if i + 1 < len(hits) else None
            if after and _is_unit_word(after) and self.text[hit.end:after.start].isspace():
                return commodities[0], after.end  # "pseudoephedrine tablets"
            if commodities[0].data.get("counted"):
                return commodities[0], hit.end
            return None, offset
        return None, offset

    def _shipment(self, commodity, quantity, unit, kg, start, end, approx) -> Shipment:
        return Shipment("", commodity, quantity, unit, kg, self.span(start, end), self.sentence_of(start), approx)

    def _keep_shipments(self, found: list[Shipment]) -> None:
        found.sort(key=lambda s: s.span.start)
        kept: list[Shipment] = []
        for ship in found:
            if not self.free(ship.span.start, ship.span.end):
                continue
            same = next((k for k in kept if k.commodity == ship.commodity and _close(k.quantity_kg, ship.quantity_kg)
                         and k.unit == ship.unit and _close(k.quantity, ship.quantity)), None)
            if same is None and kept and kept[0].sentence == 0 and ship.sentence > 0:
                # A headline rounds the figure the body gives ("3 tonnes" for "just over 3300kg").
                title = kept[0]
                if title.commodity == ship.commodity and _close(title.quantity_kg, ship.quantity_kg, 0.2):
                    self._retarget_title_shipment(title, ship)
                    kept[0] = ship
                    continue
            if same:
                self.entity(same.entity_id, "Shipment", "", ship.span.start, ship.span.end)
                self._shipment_sentences.setdefault(same.entity_id, []).append(ship.sentence)
                continue
            kept.append(ship)
            self.take(ship.span.start, ship.span.end)
            ship.entity_id = f"shipment:{self.doc.id.split(':')[-1][:12]}-{len(kept)}"
            self._shipment_sentences[ship.entity_id] = [ship.sentence]
            self._register_shipment(ship)
        self._drop_totals(kept)

    def _retarget_title_shipment(self, title: Shipment, body: Shipment) -> None:
        """Keep the body's precise figure under the headline's id, with both mentions."""
        ent = self.s.entities[title.entity_id]
        ent.properties.update(quantity=body.quantity, unit=body.unit, quantity_kg=body.quantity_kg)
        ent.name = _shipment_name(body)
        body.entity_id = title.entity_id
        self.s.shipments[self.s.shipments.index(title)] = body
        self.entity(body.entity_id, "Shipment", ent.name, body.span.start, body.span.end)
        self._shipment_sentences[body.entity_id].append(body.sentence)
        self.take(body.span.start, body.span.end)

    def _register_shipment(self, ship: Shipment) -> None:
        self.entity(ship.entity_id, "Shipment", _shipment_name(ship), ship.span.start, ship.span.end,
                    named=False, resolution="pattern:quantity", commodity=ship.commodity, quantity=ship.quantity,
                    unit=ship.unit, quantity_kg=ship.quantity_kg, seized=True)
        self.s.shipments.append(ship)

    def _drop_totals(self, kept: list[Shipment]) -> None:
        """A total that sums listed seizures is not a shipment of its own."""
        for total in list(kept):
            others = [s for s in kept if s is not total and s.commodity == total.commodity
                      and s.quantity_kg is not None and s.span.start > total.span.start]
            if total.quantity_kg is None or len(others) < 2:
                continue
            summed = sum(s.quantity_kg for s in others)
            lower = 0.85 * total.quantity_kg if total.approx not in {"at least", "more than", "over"} else 0.7 * total.quantity_kg
            if lower <= summed <= 1.15 * total.quantity_kg:
                kept.remove(total)
                self.s.shipments.remove(total)
                ent = self.s.entities.pop(total.entity_id)
                self.s.mentions = [m for m in self.s.mentions if m.entity_id != ent.id]

    def _document_tag(self) -> str:
        """'(Europol, 2023-05-08)': which document an unnamed operation or group belongs to."""
        parts = [p for p in (self.doc.publisher, self.doc.published) if p]
        return f"({', '.join(parts)})" if parts else f"({_short(self.doc.title or self.doc.path)})"

    # -- decide ------------------------------------------------------------
    def decide_operation(self) -> None:
        named = [o for o in self.operations
                 if self.s.entities[o].properties.get("description") in {"operation", "action"}]
        if named:
            self.main_operation = named[0]
            return
        reports_action = any(P.ENFORCEMENT.search(s.text) for s in self.sents)
        if reports_action:
            op_id = f"operation:{self.doc.id.split(':')[-1][:12]}-1"
            self.entity(op_id, "Operation", "unnamed operation " + self._document_tag(),
                        named=False, resolution="document:unnamed-operation")
            self.main_operation = op_id
            self.operations.insert(0, op_id)

    # -- relate: sentence by sentence --------------------------------------
    def relate_sentences(self) -> None:
        # Mentions no longer change from here on: index them by sentence.
        self._by_sentence = defaultdict(list)
        for m in self.s.mentions:
            self._by_sentence[m.sentence].append(m)
        for index, sentence in enumerate(self.sents):
            places = self._place_groups(index)
            ships = [s for s in self.s.shipments if index in self._shipment_sentences.get(s.entity_id, [])]
            implied = not ships
            if implied:
                ships = self._implied_shipments(sentence)
            for group, cue in places:
                self._relate_place_group(index, sentence, group, cue, ships, implied)
            self._relate_participants(index, sentence)

    def _implied_shipments(self, sentence: Sentence) -> list[Shipment]:
        """'The cannabis was found in a lorry from the Hook of Holland': with one
        shipment of that commodity in the document, the sentence is about it."""
        named = {e.name for h in self.hits_between(sentence.start, sentence.end) for e in h.of("commodity")}
        transport = re.search(r"\b(?:consignment|shipment|cargo|container|vessel|sailboat|boat|ship|lorry|truck|"
                              r"trailer|ferry|haul|drugs)\b", sentence.text, re.I)
        candidates = [s for s in self.s.shipments if s.commodity in named] if named else \
            (list(self.s.shipments) if transport else [])
        if len(candidates) == 1 and len([s for s in self.s.shipments if s.commodity == candidates[0].commodity]) == 1:
            return candidates
        return []

    def _place_groups(self, index: int) -> list[tuple[list[Mention], str]]:
        """Places of a sentence in lists ("from Colombia, Brazil and Ecuador"),
        each list with the cue that precedes its first member."""
        # "a European operation", "Dutch men": an adjective is not a place, unless it
        # qualifies one ("Dutch waters", "European ports").
        mentions = sorted((m for m in self.in_sentence(index, *PLACE_LABELS) if not m.inside_agency and not (
            m.adjective and not re.match(r"\s+(?:ports?|harbou?rs?|waters|coast\w*|territory|soil|airports?)\b",
                                         self.text[m.end:m.end + 20], re.I))), key=lambda m: m.start)
        groups: list[list[Mention]] = []
        for m in mentions:
            if groups:
                gap = self.text[groups[-1][-1].end:m.start]
                if re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:,|and|or|,\s*and|,\s*or|/|&|,\s*the|and\s+the|"
                                r"and\s+parts\s+of|\s)\s*(?:the\s+)?(?:Republic of\s+|Kingdom of\s+)?", gap):
                    groups[-1].append(m)
                    continue
            groups.append([m])
        sentence = self.sents[index]
        result = []
        for group in groups:
            before = self.text[sentence.start:group[0].start]
            after = self.text[group[-1].end:sentence.end]
            result.append((group, _cue(before, after)))
        return result

    def _relate_place_group(self, index: int, sentence: Sentence, group: list[Mention], cue: str,
                            ships: list[Shipment], implied: bool = False) -> None:
        rel_for_cue = {"from": "ORIGINATED_IN", "via": "TRANSITED_VIA", "to": "DESTINED_FOR"}
        enforcement = self.says(P.ARREST, index) and not self.says(P.UNRELATED, index) and not ships
        seizure = bool(ships) and cue in {"in", "arrival"} and (
            self.says(P.SEIZURE, index, context=True) or (self.says(P.ARREST, index, context=True) and not implied)
            or cue == "arrival")
        if seizure:
            for ship in ships:
                self._seized_at(ship, group, index)
        for m in group:
            place = m.entity_id
            if ships and cue in rel_for_cue:
                for ship in ships:
                    self.relate(ship.entity_id, rel_for_cue[cue], place, index, f"route.{cue}", 0.75)
            elif seizure:
                pass  # the group was related as a seizure place above
            elif self.target_org and cue == "from" and re.search(
                    r"\b(?:group|gang|network|organi[sz]ation|cartel|clan|OCG)\s+(?:\w+\s+)?from\s+(?:the\s+)?$",
                    self.text[sentence.start:group[0].start], re.I):
                self.relate(self.target_org, "OPERATES_IN", place, index, "group.based-in", 0.6)
            elif self.target_org and cue in {"from", "via"} and self.says(P.TRAFFICKING, index):
                self.relate(self.target_org, rel_for_cue[cue], place, index, f"group.route.{cue}", 0.6)
            elif self.target_org and cue == "into" and self.says(P.TRAFFICKING, index):
                self.relate(self.target_org, "OPERATES_IN", place, index, "group.route.into", 0.5)
            if cue == "based" and self.target_org:
                self.relate(self.target_org, "OPERATES_IN", place, index, "group.active-in", 0.65)
            if cue == "transit-area" and self.target_org:
                self.relate(self.target_org, "TRANSITED_VIA", place, index, "group.transit-area", 0.6)
            if cue in {"in", "authority", "participant"} and enforcement and self.main_operation:
                if self.target_org and cue == "in":
                    self.relate(self.target_org, "OPERATES_IN", place, index, "group.enforcement-place", 0.6)
                country = self._country_of(place)
                if country:
                    self.relate(country, "PARTICIPATED_IN", self.main_operation, index,
                                f"participation.{cue}-place", 0.6 if cue == "in" else 0.75)
            if cue in {"authority", "participant"} and self.main_operation:
                country = self._country_of(place)
                if country:
                    self.relate(country, "PARTICIPATED_IN", self.main_operation, index, f"participation.{cue}", 0.8)
            if cue == "in" and self.target_org and self._mentions_group(index):
                self.relate(self.target_org, "OPERATES_IN", place, index, "group.based-in", 0.6)

    def _seized_at(self, ship: Shipment, group: list[Mention], index: int) -> None:
        # A seizure happens at a port, a place, a sea or in a country, never "in Europe" (the annotation guide).
        group = [m for m in group if m.label != "Region"]
        if not group:
            return
        best = max(SPECIFICITY[m.label] for m in group)
        if len(group) > 1 and len({m.label for m in group}) > 1:
            group = [m for m in group if SPECIFICITY[m.label] == best]
        for m in group:
            self.relate(ship.entity_id, "SEIZED_AT", m.entity_id, index, "seizure.place", 0.85)

    def _mentions_group(self, index: int) -> bool:
        return any(m.entity_id == self.target_org for m in self.in_sentence(index, "Organisation"))

    def _country_of(self, place_id: str) -> str | None:
        ent = self.s.entities[place_id]
        if ent.label == "Country":
            return place_id
        iso = ent.properties.get("country")
        if iso and f"country:{iso}" in self.s.entities:
            return f"country:{iso}"
        return None

    def _relate_participants(self, index: int, sentence: Sentence) -> None:
        """Demonyms before authority nouns: 'the Bulgarian and Turkish authorities'."""
        if not self.main_operation:
            return
        for m in self.in_sentence(index, "Country"):
            if m.inside_agency or not self.gaz.demonyms.get(fold_key(m.text)):
                continue
            after = self.text[m.end:sentence.end]
            if P.AUTHORITY_NOUNS.match(after):
                self.relate(m.entity_id, "PARTICIPATED_IN", self.main_operation, index,
                            "participation.demonym-authorities", 0.8)

    # -- relate: whole document ---------------------------------------------
    def relate_document(self) -> None:
        self._relate_agencies()
        self._relate_shipments()
        self._relate_group()
        self._relate_persons()

    def _sentence_saying(self, entity_id: str, pattern: re.Pattern, reach: int = 50) -> int:
        """The first sentence that says, close to the entity's name, what it did; else its first mention."""
        mentions = sorted((m for m in self.s.mentions if m.entity_id == entity_id), key=lambda m: m.start)
        for m in mentions:
            sent = self.sents[m.sentence]
            if pattern.search(self.text, max(sent.start, m.start - reach), min(sent.end, m.end + reach)):
                return m.sentence
        return mentions[0].sentence if mentions else 0

    def _first_sentence(self, entity_id: str) -> int:
        return min((m.sentence for m in self.s.mentions if m.entity_id == entity_id), default=0)

    def _relate_agencies(self) -> None:
        self._joint_units()
        only_parents = self._parent_only_agencies()
        for ent in [e for e in self.s.entities.values() if e.label == "Agency"]:
            parent = self.unit_of.get(ent.id)
            if parent and parent in self.s.entities:
                self.relate(ent.id, "PART_OF", parent, self._first_sentence(ent.id), "agency.unit-of", 0.8)
            if self.main_operation and ent.id not in only_parents:
                sentence = self._sentence_saying(ent.id, P.ACTING)
                self.relate(ent.id, "PARTICIPATED_IN", self.main_operation, sentence, "participation.agency",
                            0.8, role=self._role(ent, sentence))
            country = self.agency_country.get(ent.id)
            if country and self.main_operation and ent.id not in only_parents \
                    and (ent.properties.get("kind") != "international"):
                entry = self.gaz.countries.get(country)
                if entry:
                    self.entity(f"country:{country}", "Country", entry.name, resolution=f"implied:{ent.id}",
                                iso2=country, iso3=entry.data.get("iso3"))
                    self.relate(f"country:{country}", "PARTICIPATED_IN", self.main_operation,
                                self._first_sentence(ent.id), "participation.agency-country", 0.7)
        for op in self.operations:
            if op == self.main_operation:
                continue
            for m in self.mentions_of("Operation"):
                if m.entity_id != op:
                    continue
                for a in self.in_sentence(m.sentence, "Agency"):
                    self.relate(a.entity_id, "PARTICIPATED_IN", op, m.sentence, "participation.same-sentence", 0.6,
                                role=self._role(self.s.entities[a.entity_id], m.sentence))

    def _joint_units(self) -> None:
        """'the Harbour Task Group – a joint Customs and City Police unit',
        'the Dock Team, a cooperation of the Port Police, Customs and the Coast Guard'."""
        for unit in self.mentions_of("Agency"):
            sentence = self.sents[unit.sentence]
            after = self.text[unit.end:sentence.end]
            m = re.match(r"\s*(?:\([^)]*\)\s*)?(?:[–—-]|,)\s*(?:a|an|the)?\s*(?:joint|cooperation (?:of|between)|"
                         r"collaboration (?:of|between)|partnership (?:of|between)|unit of|part of|consisting of|"
                         r"comprising|made up of)\b", after, re.I)
            if not m:
                continue
            stop = re.search(r"[–—)]|\b(?:have|has|were|was|arrested|found|seized)\b", after[m.end():])
            limit = unit.end + m.end() + (stop.start() if stop else len(after) - m.end())
            for parent in self.in_sentence(unit.sentence, "Agency"):
                if unit.end + m.end() <= parent.start < limit and parent.entity_id != unit.entity_id:
                    self.relate(unit.entity_id, "PART_OF", parent.entity_id, unit.sentence, "agency.joint-unit", 0.8)

    def _parent_only_agencies(self) -> set[str]:
        """Agencies named only as the parent of a unit ('Criminal Police – Drugs
        Combating Service', 'Directorate ... from Belgrade Police') did not act themselves."""
        parents = set()
        mentions = sorted(self.mentions_of("Agency"), key=lambda m: m.start)
        for a, b in zip(mentions, mentions[1:]):
            gap = self.text[a.end:b.start]
            if a.entity_id == b.entity_id or a.entity_id not in self.s.entities or b.entity_id not in self.s.entities:
                continue
            if re.fullmatch(r"\s*\(\s*", gap) and (_abbreviates(a.text, b.text) or _abbreviates(b.text, a.text)):
                self._merge_agencies(a.entity_id, b.entity_id)  # "DIICOT (Directorate for ...)": one agency
                continue
            if re.fullmatch(r"\s*[–—-]\s*", gap):
                parents.add((a.entity_id, b.entity_id))
                self.unit_of.setdefault(b.entity_id, a.entity_id)
            elif re.fullmatch(r"\s*(?:from|of|at|within)\s+(?:the\s+)?", gap):
                parents.add((b.entity_id, a.entity_id))
                self.unit_of.setdefault(a.entity_id, b.entity_id)
            elif re.fullmatch(r"\s*\(\s*", gap):
                parents.add((b.entity_id, a.entity_id))
                self.unit_of.setdefault(a.entity_id, b.entity_id)
        only = set()
        for parent, _child in parents:
            spans = [m for m in mentions if m.entity_id == parent]
            if all(any((p == parent) for p, _ in parents) for _ in spans) and len(spans) == 1:
                only.add(parent)
        return only

    def _merge_agencies(self, a: str, b: str) -> None:
        """Two spellings of one agency side by side: the listed (or longer-named) one keeps its id."""
        keep, drop = sorted((a, b), key=lambda i: (not self.s.entities[i].resolution.startswith("gazetteer"),
                                                   -len(self.s.entities[i].name)))
        kept = self.s.entities[keep]
        for m in self.s.mentions:
            if m.entity_id == drop:
                m.entity_id = keep
                kept.add_mention(self.span(m.start, m.end))
        dropped = self.s.entities.pop(drop)
        if dropped.name not in kept.aliases and dropped.name != kept.name:
            kept.aliases.append(dropped.name)
        if drop in self.agency_country:
            self.agency_country.setdefault(keep, self.agency_country.pop(drop))
        self.unit_of = {u: p for u, p in self.unit_of.items() if drop not in (u, p)}

    def _role(self, agency: Entity, sentence: int) -> str:
        kind = agency.properties.get("kind") or ""
        if kind in {"court", "prosecution", "judicial"} or re.search(r"Court|Prosecut|Eurojust|Judiciary", agency.name):
            return "judicial"
        before = self.text[self.sents[sentence].context_start:min(m.start for m in self.s.mentions
                                                                  if m.entity_id == agency.id)]
        if P.SUPPORT_CUE.search(before[-60:]) or kind == "international":
            return "support"
        return "lead"

    def _relate_shipments(self) -> None:
        for ship in self.s.shipments:
            self._seized_by_national_agency(ship)
            if self.main_operation and not self._earlier_seizure(ship):
                self.relate(self.main_operation, "RESULTED_IN", ship.entity_id, ship.sentence, "seizure.in-operation",
                            0.7)
            if self.target_org:
                self.relate(ship.entity_id, "ATTRIBUTED_TO", self.target_org, ship.sentence, "seizure.attributed",
                            0.7 if re.search(r"traced|linked|attribut|belong", self.evidence(ship.sentence).text)
                            else 0.5)

    def _seized_by_national_agency(self, ship: Shipment) -> None:
        """'Turkish Police confiscated 34 kg heroin': with no place named, the
        seizure happened in the seizing agency's country."""
        if any(r.source == ship.entity_id and r.type == "SEIZED_AT" for r in self.s.relations.values()):
            return
        sentence = self.sents[ship.sentence]
        if not P.SEIZURE.search(sentence.text):
            return
        for m in self.in_sentence(ship.sentence, "Agency"):
            country = self.agency_country.get(m.entity_id)
            if country and m.start < ship.span.start and f"country:{country}" in self.s.entities:
                self.relate(ship.entity_id, "SEIZED_AT", f"country:{country}", ship.sentence,
                            "seizure.agency-country", 0.6)
                return

    def _earlier_seizure(self, ship: Shipment) -> bool:
        context = self.evidence(ship.sentence).text
        return bool(re.search(r"\btraced back\b|\bpreviously seized\b|\bearlier seizures?\b|\bin (?:19|20)\d\d\b.*\btraced\b",
                              context, re.I))

    def _relate_group(self) -> None:
        org = self.target_org
        if not org:
            return
        for ent in [e for e in self.s.entities.values() if e.label == "Organisation" and e.named]:
            self.relate(org, "LINKED_TO", ent.id, self._first_sentence(ent.id), "group.named-associate", 0.5)
        for ent in [e for e in self.s.entities.values() if e.label == "Platform"]:
            sentences_with = {m.sentence for m in self.s.mentions if m.entity_id == ent.id}
            cue = any(re.search(r"\b(?:data|messages?|chats?|users?|phones?|devices?|handsets?|communications?|"
                                r"analysis|intercepted|shared on|used)\b", self.sents[i].text, re.I)
                      and not re.search(r"\btools? used by criminals\b", self.sents[i].text, re.I)
                      for i in sentences_with)
            if cue or len(sentences_with) >= 2:
                self.relate(org, "USED", ent.id, min(sentences_with), "group.platform", 0.6)
        for op in self.operations:
            self.relate(op, "TARGETED", org, self._first_sentence(org), "operation.targets-group", 0.7)
        for sub, sentence in self.sub_groups.items():
            if sub in self.s.entities:
                self.relate(sub, "LINKED_TO", org, sentence, "group.part-of", 0.7)
                for op in self.operations:
                    self.relate(op, "TARGETED", sub, sentence, "operation.targets-group", 0.6)

    def _relate_persons(self) -> None:
        for ent in [e for e in self.s.entities.values() if e.label == "Person"]:
            sentence = self._first_sentence(ent.id)
            if ent.properties.get("role") == "suspect":
                if self.main_operation:
                    self.relate(self.main_operation, "TARGETED", ent.id, sentence, "operation.targets-person", 0.6)
                if self.target_org:
                    self.relate(ent.id, "MEMBER_OF", self.target_org, sentence, "person.suspect-member", 0.5)
                continue
            near = self._agency_near_person(ent)
            if near:
                self.relate(ent.id, "MEMBER_OF", near, sentence, "person.official-of", 0.7)

    def _agency_near_person(self, person: Entity) -> str | None:
        """The agency in the person's title or apposition ('Europol director X', 'X, head of the Y Unit'),
        else the nearest agency of the sentence that names the person."""
        first = min(m.start for m in self.s.mentions if m.entity_id == person.id)
        agencies = self.in_sentence(self.sentence_of(first), "Agency")
        if not agencies:
            return None
        title_start, apposition_end = self.person_context.get(person.id, (first, first))
        close = [a for a in agencies if title_start - 30 <= a.start < first
                 and not re.search(r"[.;]", self.text[a.end:first])] + \
                [a for a in agencies if first < a.start < apposition_end]
        return min(close or agencies, key=lambda m: abs(m.start - first)).entity_id

    # -- relate: geography ---------------------------------------------------
    def _most_specific_seizure_places(self) -> None:
        """A seizure 'in the UK' and 'at Southampton Port' happened at Southampton."""
        seized = defaultdict(set)
        for r in self.s.relations.values():
            if r.type == "SEIZED_AT":
                seized[r.source].add(r.target)
        for shipment, places in seized.items():
            covered = {f"country:{self.s.entities[p].properties.get('country')}" for p in places
                       if self.s.entities[p].label in {"Port", "Location"}}
            for country in places & covered:
                del self.s.relations[(shipment, "SEIZED_AT", country)]


    def _add_implied_countries(self) -> None:
        """A named port, town or national agency places its country on the chart,
        even where the text never names the country (Rotterdam -> Netherlands)."""
        for ent in list(self.s.entities.values()):
            country = ent.properties.get("country") if ent.label in {"Port", "Location"} else None
            if ent.label == "Agency":
                country = self.agency_country.get(ent.id)
            entry = self.gaz.countries.get(country or "")
            if entry and f"country:{country}" not in self.s.entities:
                self.entity(f"country:{country}", "Country", entry.name, resolution=f"implied:{ent.id}",
                            iso2=country, iso3=entry.data.get("iso3"))


    def relate_geography(self) -> None:
        self._add_implied_countries()
        self._most_specific_seizure_places()
        for ent in list(self.s.entities.values()):
            if ent.label in {"Port", "Location"}:
                country = ent.properties.get("country")
                if country and f"country:{country}" in self.s.entities:
                    self.relate(ent.id, "LOCATED_IN", f"country:{country}", self._first_sentence(ent.id),
                                "geography.gazetteer-country", 0.9)
            if ent.label == "Agency":
                country = self.agency_country.get(ent.id)
                if country and f"country:{country}" in self.s.entities:
                    self.relate(ent.id, "LOCATED_IN", f"country:{country}", self._first_sentence(ent.id),
                                "geography.agency-country", 0.9)
        # "Felixstowe, Suffolk", "Chorley, Lancashire", "Bootle ... all Merseyside"
        places = sorted(self.mentions_of("Port", "Location"), key=lambda m: m.start)
        for m in places:
            for region in self.mentions_of("Region"):
                if region.start > m.end and re.fullmatch(r",\s*(?:all\s+)?", self.text[m.end:region.start]) \
                        and region.entity_id != m.entity_id:
                    self.relate(m.entity_id, "LOCATED_IN", region.entity_id, m.sentence, "geography.apposition", 0.7)



def _cue(before: str, after: str) -> str:
    """The role a list of places plays, read from the words around it."""
    tail = before[-80:]
    if P.TRANSIT_AFTER.match(after):
        return "transit-area"
    if re.match(r"\s*(?:drug\s+|smuggling\s+|trafficking\s+)?route\b", after, re.I):
        return "via"  # "the African route"
    if P.COAST_OF.search(tail):
        return "coast"
    if re.search(r"\b(?:near|close to|outside|off)\s+(?:the\s+)?$", tail, re.I) or re.match(r"\s+border", after, re.I):
        return "near"  # "a village near the Spanish border": a landmark, not where anything happened
    if P.PARTICIPATION_CUE.search(tail):
        return "authority"
    if P.ACTIVE_IN.search(tail):
        return "based"
    if P.PARTICIPANT_AFTER.match(after):
        return "participant"
    if P.CUE_VIA.search(tail):
        return "via"
    if re.search(r"\binto\s+(?:the\s+)?$", tail, re.I):
        return "into"
    if re.search(r"\bfrom\b[^,;]{0,60}\bto\s+(?:the\s+)?$", tail, re.I) or \
            re.search(r"\b(?:destined for|bound for|heading (?:to|for)|en route to|intended for|delivered to|"
                      r"destination)\s+(?:\w+\s+){0,4}(?:in\s+)?(?:the\s+)?$", tail, re.I):
        return "to"
    if P.ARRIVAL.search(tail) and re.search(r"\bto\s+(?:the\s+)?$", tail, re.I):
        return "arrival"
    if re.search(r"\b(?:traveling|travelling|coming|arriving)\s+from\s+(?:the\s+)?$", tail, re.I):
        return "from"
    if P.CUE_FROM.search(tail) and not re.search(r"\b(?:nationals?|citizens?|suspects?|men|women|residents?|"
                                                 r"inhabitants?|people|persons?|members?)\s+(?:\w+\s+)?from\s+(?:the\s+)?$",
                                                 tail, re.I):
        if not re.search(r"\b(?:aged|officers|authorities)\b[^,]{0,20}from\s+(?:the\s+)?$", tail, re.I):
            return "from"
    if P.CUE_IN.search(tail):
        return "in"
    return ""


def _shipment_name(ship: Shipment) -> str:
    """'700 kg cocaine', '25 × firearm', '13 packages of explosive'."""
    if ship.quantity_kg is not None:
        return f"{_figure(ship.quantity_kg)} kg {ship.commodity}"
    if ship.unit == "units":
        return f"{_figure(ship.quantity)} \u00d7 {ship.commodity}"
    return f"{_figure(ship.quantity)} {ship.unit} of {ship.commodity}"


def _figure(value: float) -> str:
    """9500000 -> '9,500,000'; 698.532 -> '698.53'."""
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _display_name(name: str) -> str:
    """'NALUCA' -> 'Naluca', 'REACTION II' -> 'Reaction II', 'northwind' -> 'Northwind': codenames are
    written in capitals or in lower case inside quotes."""
    if name.islower():
        return name.title()
    if not name.isupper():
        return name
    return " ".join(w if re.fullmatch(r"[IVX]+|\d+", w) else w.title() for w in name.split())


def _is_unit_word(hit: Hit) -> bool:
    """'tablets', 'pills': how goods are counted, not which goods."""
    words = {w.lower() for e in hit.of("commodity") for w in e.data.get("unit_words", [])}
    return hit.text.lower() in words and not any(hit.text.lower() == e.name for e in hit.of("commodity"))


def _short(title: str, limit: int = 48) -> str:
    """A title cut at a word boundary, for naming unnamed operations and groups."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return f"\u201c{title}\u201d"
    return "\u201c" + title[:limit].rsplit(" ", 1)[0] + "\u2026\u201d"


def _quantity(m: re.Match) -> float | None:
    """The figure of a quantity match, its multiplier applied ('1.5 million' -> 1500000)."""
    number = _number(m.group("num"))
    if number is None or not m.group("mult"):
        return number
    return number * P.MULTIPLIERS[m.group("mult").lower()]


def _number(text: str) -> float | None:
    text = text.strip().lower()
    if text in {"a", "an"}:
        return 1.0
    if text in P.NUMBER_WORDS:
        return P.NUMBER_WORDS[text]
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", text):
        return float(re.sub(r"[.,]", "", text))  # 1.000 kg and 1,200 kg are thousands
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", text):
        return float(text.replace(",", ""))
    try:
        return float(text.replace(",", "."))
    except ValueError:
        return None


def _unit_name(word: str) -> str:
    if word in {"t", "tonne", "tonnes", "ton", "tons", "metric tons", "metric ton"}:
        return "t"
    if word in {"short ton", "short tons"}:
        return "short ton"
    if word in {"g", "gr", "gram", "grams", "grammes"}:
        return "g"
    if word in {"lb", "lbs", "pound", "pounds"}:
        return "lb"
    if word in {"l", "litre", "litres", "liter", "liters"}:
        return "l"
    return "kg"


def _close(a: float | None, b: float | None, tolerance: float = 0.01) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)


def _best_place(entries: list[Entry], countries: Counter) -> Entry:
    """Of places sharing a name, the one in the country the document talks about most."""
    return max(entries, key=lambda e: countries.get(e.data.get("country"), 0))


def _best_city(cities: list[Entry], countries: Counter) -> Entry:
    """A city name shared by several places: the one in a country the
    document talks about, else the most populous."""
    return max(cities, key=lambda c: (countries.get(c.data.get("country"), 0), c.data.get("population") or 0))


def _abbreviates(short: str, long: str) -> bool:
    """'DPCRO' for 'Directorate for the Prevention of Crime and Organised Offences': the same first
    letter, and most initials of the long name in the acronym (acronyms often follow the
    local-language name, so their letters need not match one for one)."""
    if not re.fullmatch(r"[A-Z][A-Za-z.&-]{1,9}", short) or short.istitle():
        return False
    letters = {c for c in short.lower() if c.isalpha()}
    initials = [w[0].lower() for w in re.findall(r"[A-Z][\w'’-]*", long)]
    if len(initials) < 2 or initials[0] != short[0].lower():
        return False
    return sum(c in letters for c in initials) >= 0.6 * len(initials)


def _agency_kind(name: str) -> str:
    lowered = name.lower()
    for word, kind in (("court", "court"), ("prosecut", "prosecution"), ("customs", "customs"),
                       ("border", "border"), ("coast", "coastguard"), ("navy", "navy"), ("police", "police"),
                       ("gendarm", "police"), ("ministry", "ministry"), ("unit", "unit"), ("team", "unit")):
        if word in lowered:
            return kind
    return "other"


def extract(document: Document, gaz: Gazetteer | None = None) -> Extraction:
    """Extract entities and evidence-backed relations from one document; the result is checked
    against the ontology, so nothing leaves extraction that the store would refuse."""
    extraction = DocumentExtractor(document, gaz).run()
    validate_extraction(extraction.to_dict())
    return extraction
