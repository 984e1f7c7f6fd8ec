"""Agencies: listed ones from the gazetteer, unlisted ones by the shape of their names (head
nouns, acronyms and expansions, unit chains), and how they relate to the operation and
to each other (units PART_OF their parents, participation, roles)."""
from __future__ import annotations

import re

from graph_intel.extraction import patterns as P
from graph_intel.extraction.doc import Doc
from graph_intel.extraction.gazetteer import GENERIC_FORCES, Entry, Hit
from graph_intel.extraction.places import town_meant, town_opening
from graph_intel.extraction.text import fold_key, plain_key, slug
from graph_intel.records import Entity


def find_agencies(doc: Doc) -> None:
    spans = []
    for hit in doc.free_hits:
        agencies = hit.of("agency")
        if agencies:
            spans.append((hit.start, hit.end, "gazetteer", agencies[0], hit))
        elif hit.of("generic_agency") and not P.NOT_A_BODY_AFTER.match(doc.text, hit.end) \
                and not _staff_accused(doc, hit) \
                and not (hit.text.islower() and P.OF_MANY_COUNTRIES_AFTER.match(doc.text, hit.end)):
            spans.append((hit.start, hit.end, "generic", None, hit))
    for m in doc.finditer(P.AGENCY_EXPANDED):
        spans.append((m.start(), m.end(), "expanded", m, None))
    for m in doc.finditer(P.AGENCY_PATTERN):
        if _another_name_of_a_group(doc, m.start("name")):
            continue
        for name_start, name, acronym in _owner_and_unit(doc, m):
            for part_start, part in _trim_agency_name(doc, name_start, name):
                # (an acronym after two joined names is the second's)
                last = not re.match(r"\s+and\s", doc.text[part_start + len(part):part_start + len(part) + 5])
                end = m.end() if acronym and last else \
                    part_start + len(part) + _seat_after(doc, part, part_start + len(part))
                spans.append((part_start, end, "pattern", acronym if last else None, None))
    # Longest span first, gazetteer before pattern on equal spans.
    order = {"gazetteer": 0, "expanded": 1, "generic": 2, "pattern": 3}
    for start, end, kind, payload, hit in sorted(spans, key=lambda s: (-(s[1] - s[0]), order[s[2]], s[0])):
        if not doc.free(start, end):
            continue
        if doc.likened(start):
            doc.take(start, end)  # "known as Ruritania's FBI": a comparison, not that agency at work
            continue
        if kind == "gazetteer" and _acronym_of_goods(doc, hit):
            continue
        if kind == "gazetteer":
            foreign = _foreign_to(doc, payload, start) or _described_elsewhere(doc, payload, hit)
            if foreign:
                _add_unlisted_agency(doc, doc.text[start:end], start, end, "pattern:agency", foreign)
                continue
            _add_listed_agency(doc, payload, start, end)
        elif kind == "expanded":
            _add_expanded_agency(doc, payload)
        elif kind == "generic":
            entry = _resolve_generic(doc, hit)
            if entry is None:
                _add_unlisted_national_body(doc, hit)
                continue
            _add_listed_agency(doc, entry, start, end, resolution="gazetteer:generic+country")
        else:
            if not _add_pattern_agency(doc, start, end, payload):
                continue
        doc.take(start, end)
    _bodies_of_elided_nationalities(doc)


def _staff_accused(doc: Doc, hit: Hit) -> bool:
    """'arrested a 45-year-old customs officer', 'a police officer was charged': one of the body's staff
    the case is against, in lower case; the body itself did not act."""
    start, end = hit.start, hit.end
    return bool(P.STAFF_ACCUSED_AFTER.match(doc.text, end) or (
        P.STAFF_AFTER.match(doc.text, end) and P.STAFF_ACCUSED_BEFORE.search(doc.text, max(0, start - 60), start)))


def _another_name_of_a_group(doc: Doc, start: int) -> bool:
    """'the Clan del Golfo, also known as the Gaitanista Army of Colombia': a group's other name, however
    much it sounds like a force."""
    sentence = doc.sents[doc.sentence_of(start)]
    known = P.ALSO_KNOWN_AS_END.search(doc.text, max(sentence.start, start - 30), start)
    return bool(known and P.GROUP_NAMED_BEFORE.search(doc.text, sentence.start, known.start()))


def _add_unlisted_national_body(doc: Doc, hit: Hit) -> None:
    """'Fijian police', 'Malian customs' where no list holds that country's body of the kind, 'German
    police' where the lists hold several (federal and state forces): the nationality and the force word
    still name the country's national body (the guide's decision)."""
    kind = GENERIC_FORCES.get(fold_key(hit.text))
    country, nation = _nation_before(doc, hit.start) if kind else (None, "")
    if not country or len(doc.gaz.national.get((country, kind), [])) == 1 or _names_a_body_of(doc, country, kind):
        return  # (the one listed body is read from the list; "Chilean police" in a headline is the force
        # the body names, "Chile's Investigations Police")
    _add_unlisted_agency(doc, f"{nation} {hit.text.title()}", doc.text.rindex(nation, 0, hit.start), hit.end,
                         "pattern:nationality+force", country, kind=kind)


def _partners_country(doc: Doc, start: int) -> str | None:
    """'the Kordovan Navy and the Judiciary Police': a body named with a listed national one, joined by
    'and', works in that body's country."""
    gap = re.search(r"\s+and\s+(?:the\s+)?$", doc.text[max(0, start - 12):start])
    if not gap:
        return None
    end = start - len(gap.group(0))
    partner = next((h for h in doc.hits_between(max(0, end - 80), end) if h.end == end and h.of("agency")), None)
    return partner.of("agency")[0].data.get("country") if partner else None


def _names_a_body_of(doc: Doc, country: str, kind: str) -> bool:
    """Whether the text names a listed body of the country of that kind, by its name or by a phrase the
    lists give it in its country ("the Federal Police" in a Brazilian release)."""
    return any(e.data.get("country") == country and e.data.get("kind") == kind
               for hit in doc.hits
               for e in [*hit.of("agency"), *doc.gaz.generic_agencies.get(fold_key(hit.text), [])])


def _bodies_of_elided_nationalities(doc: Doc) -> None:
    """'Austrian and Hungarian police', 'Spanish, French and Italian customs': each nationality before
    the force word the last one shares names its own country's body of that name."""
    for mention in list(doc.mentions_of("Agency")):
        first, _, rest = mention.text.partition(" ")
        if not rest or not doc.demonym_country(first):
            continue
        position = mention.start
        while m := re.search(r"\b([A-Z][\w-]+)(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$",
                             doc.text[max(0, position - 40):position]):
            start = max(0, position - 40) + m.start(1)
            end = start + len(m.group(1))
            listed = doc.gaz.lookup(f"{m.group(1)} {rest}", "agency") if doc.demonym_country(m.group(1)) else []
            if not listed or not doc.free(start, end):
                break
            _add_listed_agency(doc, listed[0], start, end, "gazetteer:elided-nationality", alias=False)
            doc.take(start, end)
            position = start


def find_agencies_by_context(doc: Doc) -> None:
    """Agencies no gazetteer lists and no head noun shows: an acronym acting like a force ("by the
    GSPR", "GSPR officers"), a dotted acronym ("the U.S.C.G."), and a unit named after its owner
    ("Customs' Harbour Facility")."""
    for m in doc.finditer(P.ACRONYM_AGENCY):
        start, end = m.span("after_the") if m.group("after_the") else m.span("before_staff")
        acronym = doc.text[start:end]
        if not doc.free(start, end) or doc.gaz.lookup(acronym) or acronym in P.NOT_AGENCY_ACRONYMS:
            continue
        expanded = next((e for e in doc.entities.values() if e.label == "Agency"
                         and (acronym in e.aliases or _abbreviates(acronym, e.name))), None)
        if expanded:  # "the Harbour Investigation Unit ... HIU officers": the acronym of a named agency
            doc.entity(expanded.id, "Agency", expanded.name, start, end)
            doc.take(start, end)
        else:
            _add_unlisted_agency(doc, acronym, start, end, "pattern:acronym-in-context", doc.home_country)
    for m in doc.finditer(P.DOTTED_ACRONYM):
        _add_dotted_acronym(doc, m)
    for m in doc.finditer(P.CITY_PROSECUTORS):
        _add_city_prosecution(doc, m)
    for owner in list(doc.mentions_of("Agency")):
        m = P.POSSESSIVE_UNIT.match(doc.text, owner.end)
        if not m or not doc.free(*m.span("unit")) or m.group("unit").split()[-1] not in P.UNIT_NOUNS:
            continue
        country = doc.agency_country.get(owner.entity_id)
        unit = _add_unlisted_agency(doc, m.group("unit"), *m.span("unit"), "pattern:unit-of-owner", country,
                                    suffix=owner.entity_id.split(":", 1)[1])
        if m.group("acronym"):
            unit.add_alias(m.group("acronym"))
        doc.unit_of.setdefault(unit.id, owner.entity_id)
    _names_used_later(doc)


def _names_used_later(doc: Doc) -> None:
    """'the Harbour Drug Bureau (HDB) ... HDB Director Jo Roe': an acronym the text defined for an
    agency no list holds names that agency wherever it stands alone afterwards ("PJ's director"), also
    where lists hold the acronym only as one several countries' bodies go by; so does the agency's
    whole name ("the Police's Organised Crime Team ... Jo Roe, from the Organised Crime Team")."""
    for agency in [e for e in doc.entities.values() if e.label == "Agency" and e.resolution.startswith("pattern")]:
        whole = [agency.name] if " " in agency.name else []
        for name in whole + [a for a in agency.aliases if re.fullmatch(r"[A-Z]{2,6}(?:-\d{1,2})?", a)
                             and all(e.kind == "generic_agency" for e in doc.gaz.lookup(a))]:
            doc.name_again(agency.id, name)


def _add_dotted_acronym(doc: Doc, m: re.Match) -> None:
    """'the U.S.C.G.' is the USCG; an unlisted one is an agency where the sentence speaks of enforcement."""
    start, end = m.span("acronym")
    letters = m.group("acronym").replace(".", "")
    if not doc.free(start, end):
        return
    listed = doc.gaz.lookup(letters, "agency")
    if listed:
        _add_listed_agency(doc, listed[0], start, end, resolution="gazetteer:dotted-acronym")
        doc.take(start, end)
    elif not doc.gaz.lookup(letters) and P.ENFORCEMENT.search(doc.sents[doc.sentence_of(start)].text) \
            and re.search(r"\bthe\s+$", doc.text[max(0, start - 6):start]):
        _add_unlisted_agency(doc, letters, start, end, "pattern:dotted-acronym", doc.home_country).add_alias(
            m.group("acronym"))


def _add_city_prosecution(doc: Doc, m: re.Match) -> None:
    """'Frankfurt prosecutors', 'the Portville prosecutor': the public prosecutor's office of that city,
    as listed where a list has it."""
    start, end = m.span()
    towns = doc.gaz.lookup(m.group("city"), "city")
    if not towns or not doc.free(start, end):
        return
    name = f"{m.group('city')} Public Prosecutor's Office"
    listed = doc.gaz.lookup(name, "agency") or doc.gaz.lookup(f"{m.group('city')} prosecutor's office", "agency")
    if listed:
        _add_listed_agency(doc, listed[0], start, end, resolution="pattern:city-prosecutors")
        doc.take(start, end)
        office = doc.entities[f"agency:{listed[0].key}"]
    else:
        country = town_meant(doc, towns).data.get("country")
        office = _add_unlisted_agency(doc, name, start, end, "pattern:city-prosecutors", country, kind="prosecution")
    office.add_alias(m.group(0))


def _add_unlisted_agency(doc: Doc, name: str, start: int, end: int, rule: str, country: str | None,
                         suffix: str = "", kind: str | None = None) -> Entity:
    """An agency no gazetteer lists: its id is its name with its country (or its owner), so the same
    unit of two countries stays two agencies; the span is claimed."""
    entity_id = f"agency:{slug(name)}-{suffix}" if suffix else _unlisted_agency_id(doc, name, country)
    ent = doc.entity(entity_id, "Agency", name, start, end, resolution=rule, kind=kind or _agency_kind(name),
                     country=country)
    if country:
        doc.agency_country[ent.id] = country
    doc.take(start, end)
    return ent


def _seat_after(doc: Doc, name: str, end: int) -> int:
    """'the Customs Investigation Office Essen', 'the Public Prosecutor's Office Düsseldorf': the town an
    office is seated in, written after its head word, ends its name (the length it adds); so does the
    town of an office or a court said with 'in' ('the Public Prosecutor's Office in Essen': every town
    has one; not 'the National Police in Essen', a force of the whole country)."""
    m = P.SEAT_AFTER.match(doc.text, end)
    if m is None and P.SEATED_HEAD.search(name):
        m = P.SEAT_IN_AFTER.match(doc.text, end)
    kinds = {e.kind for e in doc.gaz.lookup(m.group("seat"))} if m else set()
    return len(m.group(0)) if "city" in kinds and not kinds & {"country", "demonym"} else 0


def _seat_country(doc: Doc, name: str) -> str | None:
    """The country of the town a body's name closes with, after its head word ('... Office Essen')."""
    words = name.split()
    if len(words) > 2 and P.BODY_HEAD.fullmatch(words[-2]):
        return _town_country(doc, doc.gaz.lookup(words[-1], "city"))
    return None


def _owner_and_unit(doc: Doc, m: re.Match) -> list[tuple[int, str, str | None]]:
    """'the Southern Command's Joint Task Force', 'the Directorate of Criminal Investigations' Narcotics
    Unit': two bodies, the owner and its unit (an office named after a person's title, 'the Attorney
    General's Office', stays one; 'the Guardia di Finanza's Portville provincial command': the words
    after the possessive name no body, its head word in lower case, so the body is the owner).
    'the Wildlife Commission and Kordovia's Drug Unit': a body, then a country's own unit."""
    name, start = m.group("name"), m.start("name")
    served = P.FORCE_OF_UNIT.match(name)
    if served and doc.gaz.lookup(served.group("force"), "agency"):
        unit_start, unit_end = start + served.start("unit"), start + len(name)
        seat = P.OF_A_PLACE.match(doc.text, unit_end)  # ("... of the Provincial Command of Livorno")
        if seat and any(e.kind in {"city", "port", "region", "subdivision"} for e in doc.gaz.lookup(seat.group("place"))):
            unit_end = seat.end()
        return [(start + served.start("force"), served.group("force"), None),
                (unit_start, doc.text[unit_start:unit_end], m.group("acronym"))]
    possessive = P.OWNER_POSSESSIVE.match(name) if "'" in name or "’" in name else None
    if not possessive or not _names_a_body(possessive.group("owner")) \
            or possessive.group("owner").split()[-1].lower() in P.TITLE_WORDS:
        return [_reach_back_to_acronym(doc, start, name, m.group("acronym"))]
    body, joined, country = possessive.group("owner").rpartition(" and ")
    if joined and _names_a_body(body) and doc.gaz.lookup(country, "country"):
        return [(start, body, None), (start + possessive.end(), name[possessive.end():], m.group("acronym"))]
    if not _names_a_body(name[possessive.end():]):
        return [(start, possessive.group("owner"), None)]
    return [(start, possessive.group("owner"), None),
            (start + possessive.end(), name[possessive.end():], m.group("acronym"))]


def _listed_owner_before(doc: Doc, start: int) -> Entry | None:
    """The listed body named with a possessive just before a unit ('Kent Police's ...')."""
    m = re.search(r"((?:[A-Z][\w-]+[ \t]+){0,3}[A-Z][\w-]+)['’]s?[ \t]+$", doc.text[max(0, start - 60):start])
    words = m.group(1).split() if m else []
    return next((listed[0] for k in range(len(words)) for listed in [doc.gaz.lookup(" ".join(words[k:]), "agency")]
                 if listed), None)


def _reach_back_to_acronym(doc: Doc, start: int, name: str, acronym: str | None) -> tuple[int, str, str | None]:
    """'the Medicines and Healthcare products Regulatory Agency (MHRA)': a lower-case word cut the name;
    the acronym after it spells the capitalised words of the whole name, which it reaches back to."""
    letters = re.sub(r"[^A-Z]", "", acronym or "")
    if len(letters) <= len(re.findall(r"\b[A-Z]", name)):
        return start, name, acronym
    before = re.search(r"((?:[\w'’-]+[ \t]+){1,6})$", doc.text[max(0, start - 80):start])
    words = before.group(1).split() if before else []
    for k in range(1, len(words) + 1):
        lead = " ".join(words[-k:])
        if not lead[0].isupper():
            continue
        if "".join(w[0] for w in f"{lead} {name}".split() if w[0].isupper()) == letters:
            return start - len(before.group(1)) + before.group(1).rindex(lead), f"{lead} {name}", acronym
    return start, name, acronym


def _names_a_body(words: str) -> bool:
    return P.BODY_HEAD.search(words) is not None


def _trim_agency_name(doc: Doc, start: int, name: str) -> list[tuple[int, str]]:
    """The names of bodies a run of capitalised words holds: most often one; two where it joins two
    bodies with 'and' ('New Zealand Customs and New Zealand Police')."""
    # ("the Port of Spain Magistrates' Court": a town's name with 'of' in it opens the body's name)
    town = next((h for h in doc.hits_between(max(0, start - 30), start)
                 if h.end > start and h.of("city", "port")), None)
    if town:
        start, name = town.start, doc.text[town.start:start] + name
    words, joined = name.split(), []
    # "... and Prosecutor Ana Lee": a title word before a person's name heads no body
    if words[-1].lower() in P.TITLE_WORDS and re.match(r"[ \t]+[A-Z]\w+[ \t]+[A-Z]\w+", doc.text[start + len(name):]):
        return joined
    # Leading words that are not part of a name: sentence-initial "The", determiners, verbs.
    while words and words[0].lower() in {"the", "a", "an", "and", "of", "for", "on", "by", "with", "to", "from",
                                          "officers", "today", "its", "their", "his", "her"}:
        start = doc.text.index(words[1], start + len(words[0])) if len(words) > 1 else start
        words = words[1:]
    # "Acting Police Commissioner": a title, not a force ("Acting", "Deputy" open a person's title).
    if words and words[0].lower() in {"acting", "deputy", "assistant", "former", "retired", "interim"}:
        return joined
    # "Portville-based Coast Guard", "an AFP-led task force": where a force is based, or who leads it,
    # is not part of its name.
    while len(words) > 1 and re.fullmatch(r"[\w'’-]+-(?:[Bb]ased|led|backed|funded|supported|coordinated)", words[0]):
        start = doc.text.index(words[1], start + len(words[0]))
        words = words[1:]
    # "the Crown Court on Friday", "the National Police on August 8": a date ends the name.
    for i, word in enumerate(words[1:], 1):
        if word.lower() in {"on", "of", "in", "for"} and i + 1 < len(words) and words[i + 1] in P.CALENDAR:
            words = words[:i]
            break
    # "NCA and Metropolitan Police Service": two agencies, not one ("Customs and Monopolies Agency" is one).
    if "and" in words and not doc.gaz.lookup(" ".join(words), "agency"):
        cut = words.index("and")
        left = " ".join(words[:cut])
        # One body's name: "the Customs and Excise Directorate General" (a force word and a field no body
        # is named by alone), "the Directorate General of Customs and Excise" (what the body deals with)
        field = cut == 1 and cut + 1 < len(words) and not _names_a_force(doc, words[cut + 1:])
        deals_with = cut > 1 and words[cut - 2].lower() in {"of", "for", "on", "against"}
        if re.fullmatch(r"[A-Z]{2,6}", left) or not field and not deals_with and (
                doc.gaz.lookup(left, "agency") or doc.gaz.generic_agencies.get(fold_key(left))
                or left.split()[-1] in P.AGENCY_HEAD_WORDS):
            if cut > 1:
                joined = _trim_agency_name(doc, start, left)
            if cut + 1 < len(words):  # (read past the left body's own words: "X Customs and X Police")
                after = start
                for word in words[:cut + 1]:
                    after = doc.text.index(word, after) + len(word)
                start = doc.text.index(words[cut + 1], after)
            words = words[cut + 1:]
    # "Specialist Border Force officers": a word before a listed agency's own name qualifies it
    # (not a jurisdiction's: "the Metropolitan Prosecutor's Office" is another, local body).
    if len(words) > 1 and doc.gaz.lookup(" ".join(words[1:]), "agency") and not (
            doc.gaz.lookup(words[0], "demonym") or doc.gaz.lookup(words[0], "city")
            or words[0].lower() in P.JURISDICTION_WORDS):
        start = doc.text.index(words[1], start + len(words[0]))
        words = words[1:]
    # Sentence-initial adverbs are capitalised too: "Subsequently Customs ...".
    while words and (words[0].endswith("ly") or words[0] in P.SENTENCE_OPENERS) and len(words) > 1:
        start = doc.text.index(words[1], start + len(words[0]))
        words = words[1:]
    if not words:
        return joined
    name = doc.text[start:start + len(" ".join(words))] if doc.text[start:].startswith(" ".join(words)) else " ".join(words)
    head = words[-1]
    if len(words) == 1 or (len(words) == 2 and words[0].lower() in {"state", "national", "federal", "local"}
                           and not _demonym_before(doc, start)):
        return joined  # "Police", "Customs": generic unless a gazetteer resolves it
    if head.lower() in {"court"} and len(words) < 2:
        return joined
    return joined + [(start, name)]


def _add_unit_chain(doc: Doc, start: int, name: str) -> bool:
    """'the Narcotics Unit of the Federal Police': a unit, PART_OF the body named after 'of'.
    The parent must be an agency in its own right (listed, or headed by an agency word)."""
    # ("the Sub-Directorate for Combating Organised Crime of the X Directorate": a unit's remit ends its name)
    m = re.match(r"(?P<unit>.+?\b(?:" + P.AGENCY_HEADS + r")"
                 r"(?:\s+(?:for|against)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?)"
                 r"\s+(?:of|within|at)\s+(?:the\s+)?(?P<parent>.+)$", name)
    if not m:
        return False
    parent_text, parent_start = m.group("parent"), start + m.start("parent")
    if (fold_key(parent_text) in GENERIC_FORCES or doc.gaz.generic_agencies.get(fold_key(parent_text))) \
            and not re.search(r"\bthe\s+$", name[:m.start("parent")]):
        return False  # "the General Administration of Customs (and Excise)": what the body deals with, no parent
    # "the Civil Guard of Portville": the body is listed without the place it is stationed in.
    stationed = re.match(r"(?P<body>.+?)\s+(?:of|in)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$", parent_text)
    body = doc.gaz.lookup(stationed.group("body"), "agency") if stationed else []
    foreign = body and _trailing_country(doc, parent_text) not in (None, body[0].data.get("country"))
    if body and not doc.gaz.lookup(parent_text, "agency") and not foreign:
        parent_text = stationed.group("body")
    listed = [e for e in doc.gaz.lookup(parent_text, "agency") if not _of_a_country_not_named(doc, e)] \
        or _generic_parent(doc, m.group("unit"), parent_text)
    # "... of the Criminal Police Directorate of Ruritania": that country's body of the name
    # ("... of the Mobile Brigade of Portville": a body's name, then the town it is stationed in)
    headed = stationed.group("body") if foreign or (stationed and not listed) else parent_text
    # ("... of the Directorate of Criminal Investigations": a head word may open the parent's name too)
    if not listed and not re.search(r"\b(?:" + P.AGENCY_HEADS + r")$", headed) \
            and not re.match(r"(?:" + P.AGENCY_HEADS + r")\s+(?:of|for)\s+[A-Z]", headed):
        return False
    if listed:
        _add_listed_agency(doc, listed[0], parent_start, parent_start + len(parent_text))
        parent_id = f"agency:{listed[0].key}"
    elif not _add_pattern_agency(doc, parent_start, parent_start + len(parent_text), None):
        return False
    else:
        parent_id = doc.mentions[-1].entity_id
    unit = m.group("unit")
    country = doc.agency_country.get(parent_id) or _demonym_before(doc, start) or _leading_country(doc, unit)
    listed_unit = next((e for e in doc.gaz.lookup(unit, "agency") if e.data.get("country") == country), None)
    if listed_unit:  # "the Narcotics Crime Department of the General Directorate of Security": a listed unit
        _add_listed_agency(doc, listed_unit, start, start + len(unit))
        doc.unit_of[f"agency:{listed_unit.key}"] = parent_id  # (the chain the text states)
        return True
    # a unit inherits its parent's country
    unit_id = _add_unlisted_agency(doc, unit, start, start + len(unit), "pattern:unit-of", country,
                                   suffix=parent_id.split(":", 1)[1]).id
    doc.unit_of[unit_id] = parent_id
    return True


def _generic_parent(doc: Doc, unit: str, parent: str) -> list[Entry]:
    """'the Kordovan Narcotics Bureau of the Hawks': a parent named by a word several countries' bodies
    go by is the body of the country the unit's name (else the document) gives."""
    words = unit.split()
    country = next(filter(None, (doc.demonym_country(" ".join(words[:n])) for n in (2, 1))), None) \
        or doc.home_country
    return _generic_body(doc, parent, country)


def _of_a_country_not_named(doc: Doc, entry: Entry) -> bool:
    """A listed body of a country the text never names, in a text that names others: another
    country's body of the same name ('the Directorate of Criminal Investigations' of a Kenyan release); the
    country the release is set in counts as named."""
    named = _nations_named(doc)
    return bool(named) and entry.data.get("country") not in named | {None, doc.home_country}


def _armed_group_linked_to(doc: Doc, start: int, name: str) -> bool:
    """'a network linked to the Kordo Liberation Army': an army a criminal group is tied to is an armed
    group (not a nation's army, 'the Mexican Army')."""
    return name.endswith(" Army") and not doc.demonym_country(name.split()[0]) \
        and P.LINKED_TO_END.search(doc.text, max(0, start - 30), start) is not None


def _acronym_of_the_parent(name: str, acronym: str) -> bool:
    """Whether a unit chain's acronym abbreviates the body after 'of', not the whole chain."""
    parent = re.search(r"\s(?:of|within|at)\s+(?:the\s+)?([A-Z].*?)\s*\(", name)
    return bool(parent) and _abbreviates(acronym, parent.group(1)) and not _abbreviates(acronym, name)


def _demonym_inside(doc: Doc, name: str) -> str | None:
    """'National Kordovian Police Centre': a nationality inside the name gives the country; so does a
    country's own name ('Royal Kordovia Police Force')."""
    words = name.split()
    found = {doc.demonym_country(w) for w in words[1:]} - {None}
    if not found:
        # (not after "of": "Port of Spain Magistrates' Court" is named after a town)
        found = {e.key for n in (3, 2, 1) for i in range(1, len(words) - n + 1)
                 if words[i - 1].lower() != "of" and " ".join(words[i:i + n]).lower() not in P.COMMON_WORDS
                 for e in doc.gaz.lookup(" ".join(words[i:i + n]), "country")}
    return found.pop() if len(found) == 1 else None


def _leading_country(doc: Doc, name: str) -> str | None:
    """'Fiji Police Force', 'New Zealand Customs Service': a country's name opens the agency's; or a
    province's ('New Mexico State Police': the state's country, before any town of that name)."""
    words = name.split()
    for n in (3, 2, 1):
        lead = " ".join(words[:n]) if len(words) > n else ""
        if lead.lower() in P.COMMON_WORDS:
            # ("Victoria Police": a state's name that is also a word leads the force of a state of the
            # country the text is set in)
            state = doc.gaz.country_of_region(lead)
            named_most = doc.country_counts.most_common(1)
            # (set in that country, or naming it most; a word that says what a force does, "Maritime",
            # names no region there)
            if state and (state == doc.home_country or named_most and named_most[0][0] == state
                          and lead.lower() not in P.FORCE_DESCRIPTION):
                return state
            lead = ""
        entries = doc.gaz.lookup(lead, "country") if lead else []
        if entries:
            # ("Georgia Bureau of Investigation" in a US release: the state's)
            home = doc.home_country
            return home if home and entries[0].key != home and doc.gaz.province_named(lead, home) else entries[0].key
        if lead and (town := _town_in_a_named_province(doc, lead)):
            return town  # "Surrey Police" in a release that names British Columbia
        if lead and (province := doc.gaz.country_of_region(lead)):
            # ("Suffolk County Police" in a US release that never names England: the home country's county
            # of that name, not England's)
            home = doc.home_country
            at_home = home and province != home and province not in _nations_named(doc) and (
                any(e.data.get("country") == home for e in doc.gaz.lookup(lead, "city"))
                or re.match(r"\S+\s+County\b", name))
            return home if at_home else province
    return None


def _country_body_by_acronym(doc: Doc, name: str, acronym: str) -> list[Entry]:
    """'the Judiciary Police (PJ)' in a Portuguese release: an acronym several countries' bodies go by
    names the body of the country the name or the release gives."""
    return _generic_body(doc, acronym, _country_in_name(doc, name) or doc.home_country)


def _generic_body(doc: Doc, phrase: str, country: str | None) -> list[Entry]:
    """The body of that country among those several countries' bodies go by the phrase ('PJ', 'the Hawks')."""
    return [e for e in doc.gaz.generic_agencies.get(fold_key(phrase), []) if e.data.get("country") == country]


def _country_in_name(doc: Doc, name: str) -> str | None:
    """The country an agency's name itself gives ('Philippine National Police', 'Police of Kordovia'):
    another country's body listed under the same acronym is not the one meant."""
    return doc.demonym_country(name.split()[0]) or _leading_country(doc, name) or \
        _trailing_country(doc, name)


def _town_in_a_named_province(doc: Doc, name: str) -> str | None:
    countries = {e.data["country"] for e in doc.gaz.lookup(name, "city")
                 if plain_key(e.data.get("admin1") or "") in doc.named_provinces}
    return countries.pop() if len(countries) == 1 else None


def _stationed_in(doc: Doc, end: int) -> tuple[Entry | None, str]:
    """'the Regional Prosecutor's Office in Portville': the town a body is stationed in, named just
    after it, and how the text says so ('in Portville')."""
    m = re.match(r"\s+(in\s+([A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?))\b", doc.text[end:end + 40])
    town = town_meant(doc, doc.gaz.lookup(m.group(2), "city")) if m else None
    return (town, m.group(1)) if town else (None, "")


_OF_A_PLACE = re.compile(r"\s(?:of|in|de|do|da|del)\s+(?:the\s+)?([A-Z][\w'’ -]+)$")


def _town_country(doc: Doc, towns: list[Entry]) -> str | None:
    """The country of the one of the towns (of a name) that the document means."""
    town = town_meant(doc, towns)
    return town.data.get("country") if town else None


def _trailing_country(doc: Doc, name: str) -> str | None:
    """'the Customs Service of Ruritania', 'the Public Prosecutor's Office of Portville', 'the County
    Court of Victoria': a country, a town or a province named after 'of' closes the agency's name (of
    a town and a province of one name, the one in the country the document names most)."""
    m = _OF_A_PLACE.search(name)
    if not m:
        return None
    entries = doc.gaz.lookup(m.group(1), "country")
    if entries:
        return entries[0].key
    places = [c for c in (_town_country(doc, doc.gaz.lookup(m.group(1), "city")), doc.gaz.country_of_region(m.group(1)))
              if c]
    return max(places, key=lambda c: doc.country_counts.get(c, 0), default=None)


def _listed_in_the_other_order(doc: Doc, name: str) -> Entry | None:
    """'the Public Prosecutor's Office of Hamburg' is the listed 'Hamburg Public Prosecutor's Office', and
    'the Hamburg Customs Investigation Office' the listed 'Customs Investigation Office Hamburg'."""
    m = _OF_A_PLACE.search(name)
    first, _, rest = name.partition(" ")
    if m and doc.gaz.lookup(m.group(1), "city"):
        town, body = m.group(1), name[:m.start()].strip()
    elif rest and doc.gaz.lookup(first, "city"):
        town, body = first, rest
    else:
        return None
    listed = doc.gaz.lookup(f"{town} {body}", "agency") or doc.gaz.lookup(f"{body} {town}", "agency")
    return listed[0] if listed else None


def _unlisted_agency_id(doc: Doc, name: str, country: str | None) -> str:
    """One id for one body however its country is written: 'the Ruritanian Customs Service' and
    'the Customs Service of Ruritania' are the name without its country words, in that country.
    A name that only describes a force ('Narcotics Bureau'), in no known country, is this document's
    own: two documents' narcotics bureaus are not one agency because they share the words."""
    if not country and _describes_a_force(name):
        return doc.scoped_id("agency", slug(name))
    core = _without_country_words(doc, _seat_first(doc, name), country)
    if country:
        # "Ugandan police", "the Uganda Police Force": the country's one force of that kind, however named
        core = GENERIC_FORCES.get(fold_key(core), core)
    return "agency:" + slug(core) + (f"-{country.lower()}" if country else "")


def _seat_first(doc: Doc, name: str) -> str:
    """'the Public Prosecutor's Office of Essen', '... in Essen', '... Office Essen': the office of one
    town, named as 'the Essen Public Prosecutor's Office' is, so each town's office is one body and two
    towns' offices stay two."""
    m = _OF_A_PLACE.search(name)
    words = name.split()
    if m and _a_seat(doc, m.group(1)):
        return f"{m.group(1)} {name[:m.start()].strip()}"
    if len(words) > 2 and P.BODY_HEAD.fullmatch(words[-2]) and _a_seat(doc, words[-1]):
        return " ".join([words[-1], *words[:-1]])
    return name


def _a_seat(doc: Doc, name: str) -> bool:
    """Whether a name is a town's or a province's (not a country's: its name goes from an id)."""
    kinds = {e.kind for e in doc.gaz.lookup(name)}
    return bool(kinds & {"city", "subdivision", "region"}) and not kinds & {"country", "demonym"}


def _describes_a_force(name: str) -> bool:
    words = [w.lower() for w in re.split(r"[\s-]+", name) if w]
    return len(words) >= 2 and all(w in P.FORCE_DESCRIPTION for w in words)


def _without_country_words(doc: Doc, name: str, country: str | None) -> str:
    core = name
    if country:
        core = _OF_A_PLACE.sub("", core) if _trailing_country(doc, core) == country else core
        first, _, rest = core.partition(" ")
        if rest and doc.demonym_country(first) == country:
            core = rest
        words = core.split()  # "the South Sudan National Police Service": the country's name opens it
        core = next((" ".join(words[k:]) for k in (3, 2, 1) if len(words) > k
                     and _names_country(doc, " ".join(words[:k]), country)), core)
    return core


def _names_a_force(doc: Doc, words: list[str]) -> bool:
    """'Metropolitan Police Service', 'Border Police', 'Kordovian Navy': words that name a force of their
    own (not 'Excise Directorate General', a field and a head word)."""
    return bool(doc.gaz.lookup(" ".join(words), "agency") or doc.demonym_country(words[0])
                or P.FORCE_NOUN.search(" " + " ".join(words)) or any(w.lower() == "navy" for w in words))


def _named_here(doc: Doc, country: str | None) -> bool:
    return country is None or country in doc.place_country_counts or country == doc.home_country


def _nations_named(doc: Doc) -> set[str]:
    """The countries the text names itself or by their nationality ('England', 'British')."""
    return {e.key for hit in doc.hits for e in hit.of("country", "demonym")}


def _names_country(doc: Doc, word: str, country: str) -> bool:
    return any(e.key == country for e in doc.gaz.lookup(word, "country"))


def _demonym_before(doc: Doc, start: int) -> str | None:
    return _nation_before(doc, start)[0]


def _nation_before(doc: Doc, start: int) -> tuple[str | None, str]:
    """'the Kordovian Customs Service', 'Kordovia's Customs Service', 'Kordovia police': the country just
    before a name, and the words that name it."""
    m = P.NATION_BEFORE.search(doc.text, max(0, start - 30), start)
    if not m:
        return None, ""
    countries = doc.gaz.lookup(m.group(1), "country")
    if m.group(2) or countries:
        return (countries[0].key if countries else None), m.group(1)
    nation = m.group(1).split()[-1]
    return doc.demonym_country(nation), nation


def _acronym_of_goods(doc: Doc, hit: Hit) -> bool:
    """'crystal methamphetamine (ICE)': where the text defines an agency's acronym as the name of
    goods, the acronym names those goods all through it ('a trawler carrying ICE'), not the agency."""
    if not hit.text.isupper():
        return False
    for m in re.finditer(rf"\(\s*{re.escape(hit.text)}\s*\)", doc.text):
        if any(h.of("commodity") and not doc.text[h.end:m.start()].strip()
               for h in doc.hits_between(max(0, m.start() - 40), m.start())):
            return True
    return False


def _described_elsewhere(doc: Doc, entry: Entry, hit: Hit) -> str | None:
    """'the Anti-Drug Directorate' in a release about Ruritania: a listed name made only of words
    that describe a force names the listed body only where the text speaks of its country; where it
    speaks of other countries only, it is the force of the country the document is about."""
    places, listed = doc.place_country_counts, entry.data.get("country")
    if not _describes_a_force(hit.text) or not listed or places.get(listed) or entry.data.get("abroad"):
        return None  # (a body with offices abroad, such as the DEA, is named in foreign releases as itself)
    return places.most_common(1)[0][0] if places else None


def _foreign_to(doc: Doc, entry: Entry, start: int) -> str | None:
    """The country the text gives a listed name ('Kordovia's Directorate of X', 'the Kordovian X',
    'Kordovia: Directorate of X' in a list) where it is not the listed body's: that country's own body
    of the name."""
    said, listed = _demonym_before(doc, start) or _line_country(doc, start), entry.data.get("country")
    return said if said and listed and said != listed else None


def _line_country(doc: Doc, start: int) -> str | None:
    """'Serbia: Criminal Police ...' — a list line that names its country first."""
    line_start = doc.text.rfind("\n", 0, start) + 1
    prefix = doc.text[line_start:start]
    m = re.match(r"\s*(?:the\s+)?([^:]{2,40}):\s*$", prefix, re.I)
    if m:
        entries = doc.gaz.lookup(m.group(1), "country")
        if entries:
            return entries[0].key
    return None


def _resolve_generic(doc: Doc, hit: Hit) -> Entry | None:
    candidates = doc.gaz.generic_agencies.get(fold_key(hit.text), [])
    country = _demonym_before(doc, hit.start) or _line_country(doc, hit.start) or doc.country_the_sentence_opens_with(hit.start)
    named = _the_named_body_of_its_kind(doc, hit) if country is None else None
    if named:
        return named
    if country is None:
        counts = doc.country_counts
        # (a text naming no country may still be set in one: "PARIS —")
        country = counts.most_common(1)[0][0] if counts else doc.home_country
    for entry in candidates:
        if entry.data.get("country") == country:
            return entry
    # An alias only one agency has ("AFP") names it where its country is among the document's most named.
    counts = doc.country_counts
    if len(candidates) == 1 and hit.text.isupper() and counts and \
            counts.get(candidates[0].data.get("country"), 0) >= max(counts.values()) / 2:
        return candidates[0]
    return _national_body(doc, hit, country)


ONE_PER_COUNTRY = {"navy", "coastguard", "customs"}


def _the_named_body_of_its_kind(doc: Doc, hit: Hit) -> Entry | None:
    """'the Colombian Navy ... according to the Navy': a navy's, coast guard's or customs' name alone is
    the one listed body the text names by that name (a country has one of each, where it has many police
    forces; and the names of all are not known while they are being read)."""
    kind = GENERIC_FORCES.get(fold_key(hit.text))
    if kind not in ONE_PER_COUNTRY or not hit.text[:1].isupper():
        return None
    named = [e.id for e in doc.entities.values() if e.label == "Agency" and e.properties.get("kind") == kind
             and any(fold_key(n).endswith(fold_key(hit.text)) for n in (e.name, *e.aliases))]
    return doc.gaz.agencies.get(named[0].removeprefix("agency:")) if len(named) == 1 else None


def _national_body(doc: Doc, hit: Hit, country: str | None) -> Entry | None:
    """'Customs' written as a name, 'the Polish Border Guard': the one top-level body of that kind
    the country has. A lower-case or sentence-opening 'police' says nothing about which force; a
    sentence-opening 'Customs' names the country's one customs."""
    kind = GENERIC_FORCES.get(fold_key(hit.text))
    if kind is None or country is None:
        return None
    # "the Slovak border police": a nationality names the country's body, in any case (the guide's decision).
    # ("Police Cooperation Convention": the word opens a longer name, of something else)
    named = _demonym_before(doc, hit.start) or hit.text[:1].isupper() and not re.match(
        r"[ \t]+[A-Z][a-z]", doc.text[hit.end:hit.end + 3]) and (
        not _opens_sentence(doc, hit.start) or re.match(r"['’]s?\b|\s+and\s+[A-Z]", doc.text[hit.end:hit.end + 8])
        # ("Customs officers found ...": a country has one customs, navy or coast guard, if many police forces)
        or kind != "police")
    bodies = doc.gaz.national.get((country, kind), [])
    return bodies[0] if named and len(bodies) == 1 else None


def _national_body_named(doc: Doc, name: str, country: str | None) -> Entry | None:
    """A nationality (or 'of' a country) and a bare force word: the one body of that kind the
    country has, as the guide decides for 'Dutch police' in any case."""
    core = _without_country_words(doc, name, country)
    kind = GENERIC_FORCES.get(fold_key(core))
    bodies = [e for e in doc.gaz.national.get((country, kind), []) if _a_force_of_kind(e, kind)] \
        if kind and core != name else []
    return bodies[0] if len(bodies) == 1 else None


def _listed_under_its_bare_name(doc: Doc, name: str, country: str | None) -> Entry | None:
    """'the General Police Inspectorate of Moldova', listed as 'General Police Inspectorate (Moldova)'."""
    return doc.gaz.qualified_agencies.get((fold_key(_without_country_words(doc, name, country)), country or ""))


def _national_for_nationality(doc: Doc, name: str, country: str | None) -> Entry | None:
    """'the National Customs Agency' in a Bulgarian release, listed as 'Bulgarian Customs Agency': 'National'
    stands where the lists write the nationality."""
    if not country or not name.startswith("National "):
        return None
    core = fold_key(name.removeprefix("National "))
    bodies = [e for (iso, _), entries in doc.gaz.national.items() if iso == country for e in entries
              if fold_key(_without_country_words(doc, e.name, country)) == core]
    return bodies[0] if len(bodies) == 1 else None


def _opens_sentence(doc: Doc, offset: int) -> bool:
    sentence = doc.sents[doc.sentence_of(offset)]
    return not doc.text[sentence.start:offset].strip(" \"'“‘(")


def _add_listed_agency(doc: Doc, entry: Entry, start: int, end: int, resolution: str = "gazetteer:alias",
                       alias: bool = True) -> None:
    # ("Police" or "the Navy" alone names the body here, but is no other name of it)
    ent = doc.entity(f"agency:{entry.key}", "Agency", entry.name, start, end, resolution=resolution,
                      kind=entry.data.get("kind"), country=entry.data.get("country"),
                      alias=alias and fold_key(doc.text[start:end]) not in GENERIC_FORCES)
    if entry.data.get("country"):
        doc.agency_country[ent.id] = entry.data["country"]
    parent = entry.data.get("part_of")
    if parent and parent in doc.gaz.agencies:
        doc.unit_of.setdefault(ent.id, f"agency:{parent}")


def _add_expanded_agency(doc: Doc, m: re.Match) -> None:
    head = " ".join(m.group("head").split())
    short, long = f"{m.group('acronym')} {head}", f"{' '.join(m.group('expansion').split())} {head}"
    listed = doc.gaz.lookup(short, "agency") or doc.gaz.lookup(long, "agency")
    if listed:
        _add_listed_agency(doc, listed[0], m.start(), m.end(), resolution="gazetteer:acronym+expansion")
        return
    country = _demonym_before(doc, m.start()) or _line_country(doc, m.start())
    ent = _add_unlisted_agency(doc, short, m.start(), m.end(), "pattern:acronym-expansion", country,
                               kind=_agency_kind(head))
    for alias in (long, m.group("acronym")):
        ent.add_alias(alias)


def _add_pattern_agency(doc: Doc, start: int, end: int, acronym: str | None) -> bool:
    name = doc.text[start:end]
    if doc.gaz.lookup(name.rsplit("(", 1)[0].strip(), "organisation") or P.GROUP_DESCRIBED.match(doc.text, end) \
            or _armed_group_linked_to(doc, start, name):
        return False  # a criminal or armed group whose name has a force word in it ("... Command", "... Army")
    if re.search(r"\b(?:Press|News)\s+Agency\b", name):
        return False  # a news agency reports the case; it does not act in it
    if not acronym and _add_unit_chain(doc, start, name):
        return True
    if acronym and _acronym_of_the_parent(name, acronym) and \
            _add_unit_chain(doc, start, name.rsplit("(", 1)[0].strip()):
        # "the Anti-Narcotics Unit of the Directorate of Criminal Investigations (DCI)": the parent's
        doc.entities[doc.unit_of[doc.mentions[-1].entity_id]].add_alias(acronym)
        return True
    if acronym:
        name = doc.text[start:end].rsplit("(", 1)[0].strip()
        # "the Harbour Unit (HU)": listed under its acronym, or under its name with an acronym the list
        # leaves to context
        # (another name beside a listed acronym is that body's only in a country the text names: the
        # "Police Narcotic Bureau (PNB)" of a release about Sri Lanka is not Venezuela's PNB)
        listed = doc.gaz.lookup(name, "agency") or [e for e in doc.gaz.lookup(acronym, "agency")
                                                     if _country_in_name(doc, name) in (None, e.data.get("country"))
                                                     and _named_here(doc, e.data.get("country"))] \
            or _country_body_by_acronym(doc, name, acronym)
        if listed and not _foreign_to(doc, listed[0], start):
            _add_listed_agency(doc, listed[0], start, end, resolution="gazetteer:acronym")
            doc.entities[f"agency:{listed[0].key}"].add_alias(acronym)
            return True
    possessive = re.match(r"((?:[A-Z][\w-]+\s+){1,2}[A-Z][\w-]+)[’']s\s+(.+)$", name)  # "Saudi Arabia's ..."
    if not (possessive and doc.gaz.lookup(possessive.group(1), "country")):
        possessive = re.match(r"([A-Z][\w-]+)[’']s\s+(.+)$", name)
    parent_id = None
    nation = doc.gaz.lookup(possessive.group(1), "country") if possessive else []
    if nation and not any(h.start == start + possessive.start(2) and
                          (h.of("agency") or _generic_body(doc, h.text, nation[0].key))
                          for h in doc.hits_between(start, end)):
        # "Bangladesh's Department of Narcotics Control": the country's body, named after its possessive
        # (a listed name after it, or the country's own body of a name several go by, "Spain's National
        # Police", is read from the list)
        return _add_pattern_agency(doc, start + possessive.start(2), end, acronym)
    if possessive:
        owner = doc.gaz.lookup(possessive.group(1), "agency")
        if not owner:
            return False
        parent_id = f"agency:{owner[0].key}"
        _add_listed_agency(doc, owner[0], start, start + len(possessive.group(1)))
        name = f"{owner[0].name} {possessive.group(2)}"
    # "the DEA Special Operations Division", "the Ruritanian Drug Agency Regional Office": a listed
    # agency's name or acronym opens the name of one of its units
    leading = None if possessive else _listed_agency_opening(doc, name)
    if leading:
        parent_id = f"agency:{leading.of('agency')[0].key}"
        _add_listed_agency(doc, leading.of("agency")[0], start, start + leading.end)
    if re.search(r"\bOperational\s+Task\s*[Ff]orce\b|\b(?:Convention|Warrant)\b", name):
        return False  # an operational taskforce is an operation; a numbered or joint task force is a unit
    dotted = None if parent_id else _listed_body_right_before(doc, start, name)
    parent_id = f"agency:{dotted.key}" if dotted else parent_id
    reordered = None if parent_id else _listed_in_the_other_order(doc, name)
    if reordered:
        _add_listed_agency(doc, reordered, start, end, resolution="gazetteer:name-reordered")
        doc.entities[f"agency:{reordered.key}"].add_alias(name)
        return True
    first = name.split()[0]
    # ("South African Revenue Service": a nationality of two words)
    demonym_iso = doc.demonym_country(" ".join(name.split()[:2])) or doc.demonym_country(first)
    town, stationed = _stationed_in(doc, end)
    # ("Kent Police's Serious Crime Unit" and Essex Police's are two units: named by their owner, as 'the
    # Serious Crime Unit of Kent Police' is, and in their owner's country)
    owner = dotted or (None if parent_id else _listed_owner_before(doc, start))
    country = (doc.agency_country.get(parent_id) or (owner and owner.data.get("country"))
               or _trailing_country(doc, name) or _seat_country(doc, name)
               or _demonym_before(doc, start)
               or (town.data.get("country") if town else None) or doc.country_named_after(end)
               or _line_country(doc, start) or demonym_iso or _leading_country(doc, name) or _demonym_inside(doc, name)
               # a place word leading the name ("Belgrade Police") fixes the country too: the namesake
               # the document's own geography points to, as for any place it names
               or _town_country(doc, town_opening(doc, name)) or _partners_country(doc, start))
    if not country and not P.INTERNATIONAL.search(name):
        country = doc.home_country  # a force no text ties to a country works where the document is set
    # "the Ruritanian Police Force": that country's one police, listed under its own name; "the General
    # Police Inspectorate of Moldova": the body listed under the bare name with its country
    for find, how in ((_national_body_named, "nationality+force"), (_listed_under_its_bare_name, "bare-name+country"),
                      (_national_for_nationality, "national+name")) if not parent_id else ():
        listed = find(doc, name, country)
        if listed:
            _add_listed_agency(doc, listed, start, end, resolution=f"gazetteer:{how}")
            doc.entities[f"agency:{listed.key}"].add_alias(name)
            return True
    entity_id = f"agency:{slug(name)}-{owner.key}" if owner else _unlisted_agency_id(doc, name, country)
    ent = doc.entity(entity_id, "Agency", name, start, end, resolution="pattern:agency",
                      kind=_agency_kind(name), country=country)
    if acronym:
        ent.add_alias(acronym)
    if town:
        ent.add_alias(f"{name} {stationed}")
    if country:
        doc.agency_country[entity_id] = country
    if parent_id:
        doc.unit_of[entity_id] = parent_id
    return True


def _listed_body_right_before(doc: Doc, start: int, name: str) -> Entry | None:
    """'the D.E.A. Caribbean Division': a listed body's acronym, dotted (so read apart from the name),
    just before a unit's name owns the unit."""
    m = re.search(r"((?:[A-Z]\.){2,})[ \t]+$", doc.text[max(0, start - 20):start])
    if name.split()[-1] not in P.UNIT_HEADS or not m:
        return None
    listed = doc.gaz.lookup(m.group(1).replace(".", ""), "agency")
    if not listed:
        return None
    acronym_start = start - len(m.group(0))
    _add_listed_agency(doc, listed[0], acronym_start, acronym_start + len(m.group(1)),
                       resolution="gazetteer:dotted-acronym")
    doc.take(acronym_start, acronym_start + len(m.group(1)))
    return listed[0]


def _listed_agency_opening(doc: Doc, name: str) -> Hit | None:
    """The listed agency whose acronym opens a longer name ('the DEA Special Operations Division'), or
    whose name opens the name of a unit ('... Agency Regional Office 7'); not a head noun the body's
    own name may end with ('Dutch Police Force', 'Swedish Customs Service')."""
    hits = doc.gaz.find_in_name(name)
    first = hits[0] if hits else None
    if not (first and first.start == 0 and first.of("agency") and re.match(r" [A-Z]", name[first.end:first.end + 2])):
        return None
    rest = name[first.end:].split()
    a_unit = len(rest) > 1 or rest[0] in P.UNIT_HEADS | {"Office", "Command", "Station", "Brigade"}
    return first if first.text.isupper() or a_unit else None


def relate_agencies(doc: Doc) -> None:
    _merge_short_forms(doc)
    _joint_units(doc)
    _units_after_a_dash(doc)
    _commands_of_a_town(doc)
    _local_forces(doc)
    only_parents = _parent_only_agencies(doc)
    _international_bodies_are_no_national_units(doc)
    _units_take_their_parents_country(doc)
    for ent in [e for e in doc.entities.values() if e.label == "Agency"]:
        parent = doc.unit_of.get(ent.id)
        if parent and parent in doc.entities:
            doc.relate(ent.id, "PART_OF", parent, doc.first_sentence(ent.id), "agency.unit-of", 0.8)
        if ent.id in only_parents or _only_reacts(doc, ent.id):
            continue
        sentence = doc.sentence_saying(ent.id, P.ACTING)
        # In a report of several cases an agency takes part in each case that names it.
        operations = dict.fromkeys(doc.operation_at(m.start) for m in doc.mentions if m.entity_id == ent.id)
        national = ent.properties.get("kind") != "international"
        for operation in filter(None, operations):
            doc.relate(ent.id, "PARTICIPATED_IN", operation, sentence, "participation.agency",
                       0.8, role=_role(doc, ent, sentence))
            country = doc.implied_country(doc.agency_country.get(ent.id), ent.id) if national else None
            if country:
                doc.relate(country, "PARTICIPATED_IN", operation, doc.first_sentence(ent.id),
                           "participation.agency-country", 0.7)
    for op in doc.operations:
        if op == doc.main_operation or op in doc.predecessors or any(op == case for _, _, case in doc.case_operations):
            continue
        for m in doc.mentions_of("Operation"):
            if m.entity_id != op:
                continue
            for a in doc.in_sentence(m.sentence, "Agency"):
                doc.relate(a.entity_id, "PARTICIPATED_IN", op, m.sentence, "participation.same-sentence", 0.6,
                            role=_role(doc, doc.entities[a.entity_id], m.sentence))


def _only_reacts(doc: Doc, agency: str) -> bool:
    """'The Kordovian Drug Directorate welcomed the seizure', 'the UNODC said production had risen': a body
    the text names only as it reacts to the case or speaks of the trade at large took no part in it
    (a body the case is told 'according to' often ran it)."""
    return all(P.REACTS_AFTER.match(doc.text, m.end) for m in doc.mentions if m.entity_id == agency)


def _international_bodies_are_no_national_units(doc: Doc) -> None:
    """'the Spanish police, through the Europol liaison office': however the text joins them, an
    international body is no unit of a national one (nor does it take its country)."""
    def international(agency: str) -> bool:
        return agency in doc.entities and doc.entities[agency].properties.get("kind") == "international"
    for unit, parent in list(doc.unit_of.items()):
        if international(unit) and not international(parent):
            del doc.unit_of[unit]


def _units_take_their_parents_country(doc: Doc) -> None:
    """A unit no text ties to a country works in its parent's ('the Directorate of X's Drugs Unit'), or its
    grandparent's: the one place a unit inherits a country, once every unit has its parent."""
    for unit in doc.unit_of:
        parent, seen = doc.unit_of.get(unit), {unit}
        while parent and parent not in seen and not doc.agency_country.get(parent):
            seen.add(parent)
            parent = doc.unit_of.get(parent)
        country = doc.agency_country.get(parent) if parent else None
        if unit in doc.entities and country and not doc.agency_country.get(unit):
            doc.agency_country[unit] = country
            doc.entities[unit].properties["country"] = country


def _joint_units(doc: Doc) -> None:
    """'the Harbour Task Group – a joint Customs and City Police unit',
    'the Dock Team, a cooperation of the Port Police, Customs and the Coast Guard', 'the Task Group,
    which includes the Port Police and Customs'."""
    for unit in doc.mentions_of("Agency"):
        sentence = doc.sents[unit.sentence]
        after = doc.text[unit.end:sentence.end]
        m = re.match(r"\s*(?:\([^)]*\)\s*)?(?:[–—-]|,)\s*(?:which\s+is\s+)?(?:a|an|the)?\s*(?:joint|"
                     r"cooperation (?:of|between)|collaboration (?:of|between)|partnership (?:of|between)|unit of|"
                     r"part of|consisting of|comprising|made up of|(?:which|that) (?:includes|comprises|brings together))\b",
                     after, re.I)
        if not m:
            continue
        stop = re.search(r"[–—)]|\b(?:have|has|were|was|arrested|found|seized)\b", after[m.end():])
        limit = unit.end + m.end() + (stop.start() if stop else len(after) - m.end())
        for parent in doc.in_sentence(unit.sentence, "Agency"):
            if unit.end + m.end() <= parent.start < limit and parent.entity_id != unit.entity_id:
                doc.relate(unit.entity_id, "PART_OF", parent.entity_id, unit.sentence, "agency.joint-unit", 0.8)
                doc.unit_of.setdefault(unit.entity_id, parent.entity_id)




def _units_after_a_dash(doc: Doc) -> None:
    """'officers of the Harbour Crime Directorate (HCD) - the Narcotics Section', 'the Revenue Bureau
    (RB), Portville Zonal Unit, said': the unit named after a dash, or set off by commas without an
    article (not the next item of a list), belongs to the body named just before it."""
    mentions = sorted(doc.mentions_of("Agency"), key=lambda m: m.start)
    for body, unit in zip(mentions, mentions[1:]):
        gap = doc.text[body.end:unit.start]
        set_off = re.fullmatch(r"\s*(?:\([^)]*\)\s*)?[–—-]\s*(?:the\s+)?", gap) or (
            re.fullmatch(r"\s*(?:\([^)]*\)\s*)?,\s*", gap) and re.match(r"\s*,", doc.text[unit.end:unit.end + 3]))
        if body.sentence == unit.sentence and body.entity_id != unit.entity_id and set_off and \
                doc.entities[unit.entity_id].name.split()[-1] in P.UNIT_HEADS | {"Service"}:
            doc.relate(unit.entity_id, "PART_OF", body.entity_id, unit.sentence, "agency.dash-unit", 0.75)


def _commands_of_a_town(doc: Doc) -> None:
    """'the Guardia di Finanza of Livorno', with the Guardia di Finanza named too: the force's command
    in that town, a unit of it, of its kind."""
    for ent in [e for e in doc.entities.values() if e.label == "Agency" and e.resolution == "pattern:agency"]:
        m = re.fullmatch(r"(?P<force>.+?) of (?:the )?(?P<town>[A-Z][\w'’ -]+)", ent.name)
        if not m or ent.id in doc.unit_of or not any(e.kind in {"city", "subdivision", "port"}
                                                      for e in doc.gaz.lookup(m.group("town"))):
            continue
        forces = [f"agency:{e.key}" for e in doc.gaz.lookup(m.group("force"), "agency")]
        named = [f for f in forces if f in doc.entities and f != ent.id]
        if len(named) == 1:
            doc.unit_of.setdefault(ent.id, named[0])
            ent.properties["kind"] = doc.entities[named[0]].properties.get("kind", ent.properties.get("kind"))


def _local_forces(doc: Doc) -> None:
    """'Portville Police', 'Coast Guard Pacific Area', 'Federal Judicial Police Limburg' with the country's
    national force of that kind named too: a local force or command of it."""
    named = {e.id for e in doc.entities.values() if e.label == "Agency"}
    for ent in [e for e in doc.entities.values() if e.label == "Agency" and e.resolution == "pattern:agency"]:
        country = doc.agency_country.get(ent.id)
        kind = _force_in_name(doc, ent.name)
        if not kind or ent.id in doc.unit_of:
            continue
        # the country's force of that kind; with no country known, that of the country the document
        # is set in, or for a command named after the force ('Coast Guard Atlantic Area') the one force
        # of that kind the text names: a town's force is no unit of a foreign partner named beside it
        home = country or doc.home_country
        command = not home and _opens_with_force(ent.name, kind)
        national = [f"agency:{e.key}" for (iso, k), bodies in doc.gaz.national.items() if k == kind
                    and (iso == home if home else command) for e in bodies
                    if f"agency:{e.key}" in named and _a_force_of_kind(e, kind)]
        if len(national) == 1 and national[0] != ent.id:
            doc.unit_of.setdefault(ent.id, national[0])


def _opens_with_force(name: str, kind: str) -> bool:
    """Whether a name opens with a force word of that kind: a command of the force, not a town's force."""
    key = fold_key(name)
    return any(GENERIC_FORCES[phrase] == kind and key.startswith(phrase + " ") for phrase, _ in _FORCE_PHRASES)


def _a_force_of_kind(body: Entry, kind: str) -> bool:
    """Whether a national body calls itself a force of that kind ('Nigeria Police Force' does; the
    Drug Enforcement Administration, a federal agency, is no police a city's department belongs to)."""
    names = [fold_key(n) for n in [body.name, *body.data.get("aliases", [])]]
    return any(GENERIC_FORCES[phrase] == kind and pattern.search(name)
               for phrase, pattern in _FORCE_PHRASES for name in names)


# The force words, longest first ("border police" before "police"), each with its pattern.
_FORCE_PHRASES = [(phrase, re.compile(rf"\b{re.escape(phrase)}\b"))
                  for phrase in sorted(GENERIC_FORCES, key=len, reverse=True)]


def _force_in_name(doc: Doc, name: str) -> str | None:
    """The kind of force a longer name is a local part of: 'Portville Police' (a town's), 'Coast Guard
    Pacific Area' (a command's), 'Federal Judicial Police Limburg'. A force word with 'national' or
    'federal' only, or named after a state or province and not 'federal' ('Queensland Police Service',
    'West Australian Police Force'), is a force of its own."""
    folded = fold_key(name)
    for phrase, pattern in _FORCE_PHRASES:
        if pattern.search(folded) and folded != phrase:
            rest = pattern.sub(" ", folded).split()
            own = not rest or all(w in {"national", "federal", "state"} for w in rest) or (
                _names_a_state(doc, " ".join(rest)) and not {"national", "federal"} & set(rest))
            return None if own else GENERIC_FORCES[phrase]
    return None


def _names_a_state(doc: Doc, words: str) -> bool:
    """'queensland', 'new south wales', 'west australian', 'victoria': a province or state, or a compass
    word before a nationality (a state's people). (The words come folded: a state whose name is also a
    word or a town, which the gazetteer matches capitalised only, is read from its opening words.)"""
    opening = words.split()
    provincial = any(e.kind == "subdivision" or (e.kind == "region" and e.data.get("kind") == "subnational")
                     for hit in doc.gaz.find_in_name(words) for e in hit.entries) or any(
        doc.gaz.country_of_region(" ".join(opening[:n])) for n in (3, 2, 1) if len(opening) >= n)
    return provincial or bool(re.search(r"\b(?:north|south|east|west)(?:ern)?\s+(\w+)", words)) and any(
        hit.of("demonym") for hit in doc.gaz.find_in_name(words))


def _merge_short_forms(doc: Doc) -> None:
    """'the Ruritania Police Force' and then 'the Ruritania Police': one force, written in full once.
    'the Ruritanian Coast Guard' and then 'the Coast Guard': the short form drops the nationality."""
    found = {e.name: e.id for e in doc.entities.values() if e.label == "Agency" and e.resolution == "pattern:agency"}
    for name, entity_id in list(found.items()):
        short, _, head = name.rpartition(" ")
        if head in {"Force", "Service", "Corps"} and found.get(short) in doc.entities and entity_id in doc.entities \
                and doc.agency_country.get(found[short]) == doc.agency_country.get(entity_id):
            _merge_agencies(doc, entity_id, found[short])
    for short_id, full_id in _nationality_short_forms(doc):
        if short_id in doc.entities and full_id in doc.entities:
            _merge_agencies(doc, full_id, short_id)
    # "the Narcotics Bureau of the Ruritania Police" and then "the Narcotics Bureau" (or, first, a headline's
    # "Narcotics Bureau seizes heroin"): that unit again, whatever country each mention was given
    for unit in [e for e in doc.entities.values() if e.resolution == "pattern:unit-of"]:
        for alone in [e.id for e in doc.entities.values() if e.label == "Agency" and e.name == unit.name
                      and e.resolution == "pattern:agency"]:
            _merge_agencies(doc, unit.id, alone)


def _nationality_short_forms(doc: Doc) -> list[tuple[str, str]]:
    """(short, full) pairs where an unlisted agency's whole name is another agency's name (or alias)
    without its leading country words, in the same country, and no other agency ends the same way."""
    agencies = [e for e in doc.entities.values() if e.label == "Agency"]
    pairs = []
    for short in agencies:
        if short.resolution != "pattern:agency" or len(short.name.split()) < 2:
            continue
        country = doc.agency_country.get(short.id)
        fuller = [e for e in agencies if e.id != short.id and doc.agency_country.get(e.id) == country
                  and any(_country_words_then(doc, form, short.name) for form in [e.name, *e.aliases])]
        if len(fuller) == 1:
            pairs.append((short.id, fuller[0].id))
    return pairs


def _country_words_then(doc: Doc, full: str, short: str) -> bool:
    """'United States Coast Guard' is 'Coast Guard' after the words of a country or nationality."""
    if not full.endswith(" " + short):
        return False
    lead = full[: -len(short)].strip().rstrip(".")
    return bool(doc.gaz.lookup(lead, "country") or doc.gaz.lookup(lead, "demonym"))


def _parent_only_agencies(doc: Doc) -> set[str]:
    """Agencies named only as the parent of a unit ('Criminal Police – Drugs
    Combating Service', 'Directorate ... from Belgrade Police', 'the X Police's Y Department') did
    not act themselves."""
    parents = set()
    mentions = sorted(doc.mentions_of("Agency"), key=lambda m: m.start)
    for a, b in zip(mentions, mentions[1:]):
        gap = doc.text[a.end:b.start]
        if a.entity_id == b.entity_id or a.entity_id not in doc.entities or b.entity_id not in doc.entities:
            continue
        if re.fullmatch(r"\s*\(\s*", gap) and (_abbreviates(a.text, b.text) or _abbreviates(b.text, a.text)
                                                or not b.text.isupper() and _of_two_countries(doc, a.entity_id,
                                                                                              b.entity_id)):
            # "DIICOT (Directorate for ...)", "the Austrian Criminal Police Office (Bundeskriminalamt)": one
            # agency; a body named in brackets (not by an acronym, which may be a unit's) after another
            # country's is that body's name in its own language
            _merge_agencies(doc, a.entity_id, b.entity_id)
            continue
        # "the Royal X Police's Narcotics Department", "the Directorate of Investigations' Drugs Unit"
        if re.fullmatch(r"\s*[–—-]\s*|['’]s\s+", gap) or re.fullmatch(r"['’]\s+", gap) and a.text.endswith("s"):
            parents.add((a.entity_id, b.entity_id))
            if doc.unit_of.get(b.entity_id) not in doc.entities:  # (the text's parent, over a listed one it never names)
                doc.unit_of[b.entity_id] = a.entity_id
        elif re.fullmatch(r"\s*(?:from|of|at|within)\s+(?:the\s+)?", gap):
            if doc.unit_of.get(b.entity_id) == a.entity_id:
                continue  # "Carabinieri from the ROS": the body's men of its own listed unit, both at work
            if P.FORCE_OF_UNIT.match(f"{a.text}{gap}{b.text}") and doc.gaz.lookup(a.text, "agency"):
                doc.unit_of.setdefault(b.entity_id, a.entity_id)  # "Carabinieri of the Provincial Command"
                continue
            parents.add((b.entity_id, a.entity_id))
            doc.unit_of.setdefault(a.entity_id, b.entity_id)
        elif re.fullmatch(r"\s*\(\s*", gap):
            if doc.unit_of.get(b.entity_id) == a.entity_id:
                continue  # "French customs (DNRED)": the body, then its own listed unit that acted
            parents.add((b.entity_id, a.entity_id))
            doc.unit_of.setdefault(a.entity_id, b.entity_id)
        elif re.fullmatch(r"\s*,?\s*(?:acting\s+)?through\s+(?:the|its)\s+(?:units?\s+(?:attached\s+to|of|from|in)\s+"
                          r"(?:the\s+)?)?", gap):
            # "the Force, through its Narcotics Bureau", "the Force, through its units of the X Command": both acted
            doc.unit_of.setdefault(b.entity_id, a.entity_id)
        elif re.fullmatch(r"[ \t]+", gap) and a.text.endswith(")") and \
                doc.entities[b.entity_id].name.split()[-1] in P.UNIT_HEADS | {"Service", "Office"}:
            doc.unit_of.setdefault(b.entity_id, a.entity_id)  # "the Harbour Agency (HA) Regional Office": its office
    only = set()
    for parent, _child in parents:
        spans = [m for m in mentions if m.entity_id == parent]
        if all(any((p == parent) for p, _ in parents) for _ in spans) and len(spans) == 1:
            only.add(parent)
    # "the DEA Special Operations Division": a parent named only inside its unit's name did not act
    for parent in set(doc.unit_of.values()):
        spans = [m for m in mentions if m.entity_id == parent]
        if spans and all(any(o.entity_id != parent and o.start <= m.start and m.end <= o.end for o in mentions)
                         for m in spans):
            only.add(parent)
    return only


def _of_two_countries(doc: Doc, a: str, b: str) -> bool:
    countries = doc.agency_country.get(a), doc.agency_country.get(b)
    return None not in countries and countries[0] != countries[1]


def _merge_agencies(doc: Doc, a: str, b: str) -> None:
    """Two spellings of one agency side by side: the listed (or longer-named) one keeps its id."""
    keep, drop = sorted((a, b), key=lambda i: (not doc.entities[i].resolution.startswith("gazetteer"),
                                               -len(doc.entities[i].name)))
    doc.merge(drop, keep)
    if drop in doc.agency_country:
        doc.agency_country.setdefault(keep, doc.agency_country.pop(drop))
    doc.unit_of = {u: p for u, p in doc.unit_of.items() if drop not in (u, p)}


def _role(doc: Doc, agency: Entity, sentence: int) -> str:
    kind = agency.properties.get("kind") or ""
    if kind in {"court", "prosecution", "judicial"} or re.search(r"Court|Prosecut|Eurojust|Judiciary", agency.name):
        return "judicial"
    before = doc.text[doc.sents[sentence].context_start:min(m.start for m in doc.mentions
                                                              if m.entity_id == agency.id)]
    if P.SUPPORT_CUE.search(before[-60:]) or kind == "international":
        return "support"
    return "lead"


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
    for word, kind in (("court", "court"), ("prosecut", "prosecution"), ("attorney", "prosecution"),
                       ("customs", "customs"), ("border", "border"), ("coast", "coastguard"), ("navy", "navy"),
                       ("naval", "navy"), ("police", "police"), ("gendarm", "police"), ("constabulary", "police"),
                       ("ministry", "ministry"),
                       ("army", "military"), ("air force", "military"), ("armed forces", "military"),
                       ("defence force", "military"), ("defense force", "military"),
                       ("unit", "unit"), ("team", "unit")):
        if word in lowered:
            return kind
    return "other"
