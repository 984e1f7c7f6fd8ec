"""Persons: named individuals found by the shape of a personal name and the
words around it, whatever the script of the name ("Ana Dávid", "Şükrü Öz").

A name is a run of two to four capitalised words (with particles such as
"da", "van", "bin" and middle initials between them). A run is a person only
where the sentence says so: a title or role before it ("Chief Inspector",
"prosecutor", "Minister of the Interior"), a role in apposition after it
("X, head of the unit,"), a speech verb ("said X", "X told"), an age
("X, 34,"), or a cue that names suspects ("namely X", "the arrest of X").
Names that follow a person in a list ("X, Y and Z") are persons too.

`find_persons` returns plain candidates; `add_persons` adds those that no earlier component
claimed, and `relate_persons` ties officials to their agency and suspects to the group."""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph_intel.extraction import patterns as P
from graph_intel.extraction.doc import Doc
from graph_intel.extraction.gazetteer import gazetteer
from graph_intel.extraction.text import slug
from graph_intel.records import Entity


@dataclass(frozen=True)
class PersonCandidate:
    start: int
    end: int
    name: str
    role: str             # official | suspect
    rule: str             # which cue made the run a person
    title_start: int      # where the title or office before the name begins (== start when none)
    apposition_end: int   # where the role in apposition after the name ends (== end when none)
    nickname: str = ""    # 'Jane "the Doctor" Roe'


def find_persons(doc: Doc) -> list[PersonCandidate]:
    """Persons of the document, in order; each run of capitalised words is read once."""
    text = doc.text
    initialled = list(P.INITIALLED.finditer(text))
    runs = [_trim(m.start(), m.group(0), P.OFFICE_OF_BEFORE.search(text, max(0, m.start() - 40), m.start()))
            for m in P.RUN.finditer(text)
            if not any(i.start() <= m.start() < i.end() for i in initialled)]
    runs = sorted([r for r in runs if r is not None] + [(m.start(), m.group(0), -1) for m in initialled])
    found: list[PersonCandidate] = []
    for start, name, lead_title in runs:
        candidate = _classify(text, start, name, lead_title, doc.sents[doc.sentence_of(start)].end)
        if candidate:
            found.append(candidate)
    found = _extend_lists(text, runs, found)
    return sorted(found + _nicknamed(text, found) + _sharing_a_family_name(text, found), key=lambda c: c.start)


def _nicknamed(text: str, found: list[PersonCandidate]) -> list[PersonCandidate]:
    """'Jose "Papo" Rivera', a suspect by the nickname between the names: 'Jose Rivera', alias 'Papo'."""
    out = []
    for m in P.NICKNAMED.finditer(text):
        if any(c.start < m.end() and m.start() < c.end for c in found):
            continue
        name = f"{m.group('first')} {m.group('last')}"
        out.append(PersonCandidate(m.start(), m.end(), name, "suspect", "person.nickname", m.start(), m.end(),
                                   m.group("nick").strip()))
    return out


def _sharing_a_family_name(text: str, found: list[PersonCandidate]) -> list[PersonCandidate]:
    """'brothers Dean and Craig Hollis': two persons, the family name written once."""
    out = []
    for m in P.finditer(P.FAMILY_PAIR, text):
        last = m.group("last")
        for group, end in (("first", m.end("first")), ("second", m.end("last"))):
            start = m.start(group)
            if not any(c.start < end and start < c.end for c in found):
                name = f"{m.group(group)} {last}"
                out.append(PersonCandidate(start, end, name, "suspect", "person.family-pair", start, end))
    return out


def _trim(start: int, run: str, after_office: re.Match | None = None) -> tuple[int, str, int] | None:
    """Leading titles ('Detective Inspector', 'Rear Admiral') and words that cannot be a name
    ('Internal Affairs' of a minister's office; after 'Minister of', the words of a portfolio) come
    off the run; what is left must look like a name: two to four capitalised words."""
    tokens = list(re.finditer(r"\S+", run))
    cut, titled = 0, False
    for i, token in enumerate(tokens):
        word = token.group(0)
        title = word.lower().rstrip(".")
        if "-" in title and all(part in P.TITLE_WORDS for part in title.split("-")):
            title = title.split("-")[0]  # "Sergeant-Major", "Lieutenant-Colonel"
        if title in P.TITLE_WORDS or (word in P.NOT_NAMES and (i == cut or word not in P.FUNCTION_WORDS)) \
                or (after_office and i == cut and word in P.PORTFOLIO_WORDS):
            cut, titled = i + 1, titled or (title in P.TITLE_WORDS and title not in P.HONORIFICS)
        elif i == cut and i + 2 < len(tokens) and gazetteer().lookup(word, "demonym"):
            cut = i + 1  # "Colombian Juan Cruz Gomez": a nationality before the name
    if cut >= len(tokens):
        return None
    honorific = cut and tokens[cut - 1].group(0).lower().rstrip(".") in P.HONORIFICS
    title_start = start if titled else -2 if honorific else -1
    start, run = start + tokens[cut].start(), run[tokens[cut].start():]
    if not 2 <= len([w for w in run.split() if w[0].isupper() or P.PARTICLE_NAME.match(w)]) <= 4:
        return None
    return start, run, title_start


def _classify(text: str, start: int, name: str, lead_title: int, sentence_end: int) -> PersonCandidate | None:
    end = start + len(name)
    # ("the prosecutor, Ms Jo Roe,": the words before the courtesy title say who she is)
    before = P.HONORIFIC_BEFORE.sub("", text[max(0, start - 80):start])
    # (up to the sentence's end: in "Jon Roe, 45. Agency Director Ann Lee said", the next sentence's
    # title says nothing of him)
    after = text[end:min(end + 120, max(end, sentence_end))]
    if lead_title >= 0:
        return PersonCandidate(start, end, name, "official", "person.title", lead_title, _apposition_end(after, end))
    title = P.TITLE_BEFORE.search(before)
    if title:
        role = "suspect" if re.search(r"\b(?:boss|leader|kingpin|founder)\b", title.group(0), re.I) else "official"
        title_start = start - len(before) + title.start()
        return PersonCandidate(start, end, name, role, "person.title", title_start, _apposition_end(after, end))
    if P.APPOSITION_AFTER.match(after):
        # ("an indictment charging Jo Roe, the former chief of the X Police": a suspect, whatever his office)
        role = "suspect" if re.match(r"^\s*,\s+(?:the\s+|a\s+)?(?:[\w’'.-]+\s+){0,4}?(?:boss|leader|kingpin|"
                                     r"founder)\b", after, re.I) or P.SUSPECT_BEFORE.search(before) else "official"
        return PersonCandidate(start, end, name, role, "person.apposition", start, _apposition_end(after, end))
    if P.AGE_AFTER.match(after) or P.NATIONALS_AFTER.match(after):
        return PersonCandidate(start, end, name, "suspect", "person.age", start, end)
    if P.GROUP_MEMBER_AFTER.match(after):
        return PersonCandidate(start, end, name, "suspect", "person.group-member", start, end)
    alias = P.ALIAS_AFTER.match(after)
    if alias:
        quoted = P.NICKNAME.match(after, alias.end())
        nickname = next((g for g in quoted.groups() if g), "").strip() if quoted else ""
        return PersonCandidate(start, end, name, "suspect", "person.alias", start,
                               end + (quoted.end() if quoted else alias.end()), nickname)
    if P.DESCRIBED_BEFORE.search(before):
        return PersonCandidate(start, end, name, "suspect", "person.described", start, end)
    if P.SUSPECT_BEFORE.search(before) or (P.ARE_BEFORE.search(before) and P.SUSPECT_CONTEXT.search(before)) \
            or P.GROUP_LED_BY.search(before):
        return PersonCandidate(start, end, name, "suspect", "person.suspect-cue", start, end)
    speaks_for = P.SPEAKER_FROM.match(after)
    if speaks_for:
        return PersonCandidate(start, end, name, "official", "person.speaker", start, end + speaks_for.end("body"))
    if P.SPEECH_BEFORE.search(before) and P.REPORTED_ABOUT.match(after):
        return PersonCandidate(start, end, name, "suspect", "person.reported", start, end)
    if P.SPEECH_AFTER.match(after) or P.SPEECH_BEFORE.search(before):
        return PersonCandidate(start, end, name, "official", "person.speaker", start, end)
    if re.match(r"^['’]s\s+(?:arrest|extradition|detention|gang|network|associates?|brother|trial|co-accused|"
                r"co-defendants?|accomplices?)\b", after):
        return PersonCandidate(start, end, name, "suspect", "person.possessive", start, end)
    if P.OFFICE_BEFORE.search(before):
        return PersonCandidate(start, end, name, "official", "person.title", start, _apposition_end(after, end))
    # ("three men from Portville were arrested": the place closes a phrase; the men were arrested)
    if (P.WANTED_AFTER.match(after) and not re.search(r"\b(?:from|in|of|at|near|outside)\s+$", before)) \
            or P.SCHEME_ROLE_AFTER.match(after):
        return PersonCandidate(start, end, name, "suspect", "person.suspect-cue", start, end)
    if lead_title == -2:
        # "a passenger, Ms Jo Roe, who had swallowed ...": a courtesy title with no office is a
        # person the release reports on, not one of its officials
        return PersonCandidate(start, end, name, "suspect", "person.honorific", start, end)
    return None


def _apposition_end(after: str, end: int) -> int:
    """The end of ', deputy head of the Harbour Unit,' after a name (the name's own end when none)."""
    m = re.match(r"^\s*,\s+[^,;.“\"()]{2,100}?(?=,|;|\.\s|\s+(?:said|says|told|added)\b|$)", after)
    return end + m.end() if m and P.APPOSITION_AFTER.match(after) else end


def _extend_lists(text: str, runs: list[tuple[int, str, int]], found: list[PersonCandidate]) -> list[PersonCandidate]:
    """'X, Y and Z were charged': once X is a person, the names listed with it are persons too."""
    by_start = {c.start: c for c in found}
    ordered = sorted(runs)
    changed = True
    while changed:
        changed = False
        for (s1, n1, _), (s2, n2, _) in zip(ordered, ordered[1:]):
            first, second = by_start.get(s1), by_start.get(s2)
            gap = text[s1 + len(n1):s2]
            if not P.LIST_GAP.fullmatch(gap):
                continue
            if first and not second:
                by_start[s2] = PersonCandidate(s2, s2 + len(n2), n2, first.role, "person.list", s2, s2 + len(n2))
                changed = True
            elif second and not first and second.rule != "person.list":
                by_start[s1] = PersonCandidate(s1, s1 + len(n1), n1, second.role, "person.list", s1, s1 + len(n1))
                changed = True
    return list(by_start.values())


def add_persons(doc: Doc) -> None:
    for cand in find_persons(doc):
        if not doc.free(cand.start, cand.end) or _not_a_person(doc, cand.name, titled=cand.title_start < cand.start):
            continue
        # ("Dean" of "Dean and Craig Hollis" is no other name of Dean Hollis)
        named = _named_before_in_full(doc, cand.name)
        ent = doc.entity(named.id if named else "person:" + slug(cand.name), "Person",
                         named.name if named else cand.name, cand.start, cand.end,
                         resolution=cand.rule, alias=cand.rule != "person.family-pair")
        ent.properties.setdefault("role", cand.role)
        if cand.nickname:
            ent.add_alias(cand.nickname)
            doc.take(cand.end, cand.apposition_end)  # 'alias "Bong"' names the person, not a place
        doc.person_context.setdefault(ent.id, (cand.title_start, cand.apposition_end))
        doc.take(cand.start, cand.end)
    # Later mentions by a family name alone ("Payne and Jones appeared ...", "Mr Lee said"): any
    # word of the name but the first, since family names come first or last depending on the culture.
    for ent in [e for e in doc.entities.values() if e.label == "Person"]:
        # (in the name's order, not a set's: the aliases come out the same on every run)
        for word in dict.fromkeys(w for w in ent.name.split()[1:] if len(w) > 2 and w[0].isupper()):
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", doc.text):
                if doc.free(m.start(), m.end()) and not _the_place_of_that_name(doc, m):
                    doc.entity(ent.id, "Person", ent.name, m.start(), m.end())
                    doc.take(m.start(), m.end())


def _the_place_of_that_name(doc: Doc, m: re.Match) -> bool:
    """'the ports of Santos and Paranagua' after 'Jo dos Santos': the town of that name, as the words
    around it say, not the person named again."""
    return any(e.kind in {"city", "port"} for e in doc.gaz.lookup(m.group())) and bool(
        P.PLACE_NOUN_OF_END.search(doc.text, max(0, m.start() - 30), m.start())
        or P.PORT_WORD_AFTER.match(doc.text, m.end()))


def _named_before_in_full(doc: Doc, name: str) -> Entity | None:
    """'Rodrigo Alvarado Mena ... Alvarado Mena was arrested': a person named again by the last words of
    the full name told before (two family names, as Spanish and Portuguese names have)."""
    words = slug(name).split("-")
    if len(words) < 2:
        return None
    for person in (e for e in doc.entities.values() if e.label == "Person"):
        full = person.id.removeprefix("person:").split("-")
        if len(full) > len(words) and full[-len(words):] == words:
            return person
    return None


def _not_a_person(doc: Doc, name: str, titled: bool = False) -> bool:
    """Words that name a country, region or agency make a run no person's name, unless a title
    stands before it ('Rear Admiral Jo Kent')."""
    words = name.split()
    if not titled and any(doc.gaz.lookup(w) for w in words if w[0].isupper() and len(w) > 3 and
                          any(e.kind in {"country", "demonym", "region", "agency"} for e in doc.gaz.lookup(w))):
        return True
    if doc.gaz.lookup(name):
        return True
    stop = {"The", "This", "These", "Police", "Customs", "Operation", "Europol", "Deputy", "Director", "Officers",
            "Class", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Border", "Force",
            "National", "Crime", "Agency", "Member", "States", "High", "Value", "Targets",
            # ("the Greater Toronto Area": a place's words; "the National Drug Threat Assessment": a report's)
            "Greater", "Area", "Region", "District", "County", "Province", "City", "Island", "Islands",
            "Assessment", "Report", "Threat", "Strategy", "Survey", "Index"}
    return any(w in stop for w in words)


def relate_persons(doc: Doc) -> None:
    for ent in [e for e in doc.entities.values() if e.label == "Person"]:
        sentence = doc.first_sentence(ent.id)
        group = _group_in_apposition(doc, ent)
        if group:
            doc.relate(ent.id, "MEMBER_OF", group, sentence, "person.member-of-group", 0.7)
        if ent.properties.get("role") == "suspect":
            operation = doc.operation_at(doc.sents[sentence].start)
            if operation:
                doc.relate(operation, "TARGETED", ent.id, sentence, "operation.targets-person", 0.6)
            if doc.target_org and not group:
                doc.relate(ent.id, "MEMBER_OF", doc.target_org, sentence, "person.suspect-member", 0.5)
            continue
        for near in _agencies_of_person(doc, ent):
            doc.relate(ent.id, "MEMBER_OF", near, sentence, "person.official-of", 0.7)


def _the_force_of_the_title(doc: Doc, title_start: int, first: int) -> list[str]:
    """'Portville police chief Commissioner Jo Roe said ...', no agency in the sentence: the title's
    force is the document's one agency of that kind called so (the Kordovia Police, not its
    Criminal Investigation Directorate); a police rank ('Detective Sergeant') names the police."""
    m = P.FORCE_IN_TITLE.search(doc.text, max(0, title_start - 30), first)
    if m:
        force = re.sub(r"\W+", " ", (m.group(1) or m.group(2)).lower())
    elif P.POLICE_RANK.search(doc.text, title_start, first):
        force = "police"  # "Detective Inspector Jo Roe said ...": of the document's one police force
    else:
        return []
    kind = [e for e in doc.entities.values()
            if e.label == "Agency" and e.properties.get("kind") == P.FORCE_KINDS[force]]
    of_kind = [e for e in kind if force in e.name.lower()]
    # ("Police Commissioner X" in a release on the Royal Kordovia Constabulary and a foreign police: the
    # home force, whatever its name calls it)
    home = [e for e in kind if e.properties.get("country") == doc.home_country]
    if len(of_kind) == 1 and of_kind[0] not in home and len(home) == 1:
        of_kind = home
    return [of_kind[0].id] if len(of_kind) == 1 else []


def _the_body_named_before(doc: Doc, first: int) -> list[str]:
    """'... according to the agency's spokesman, Jo Roe': the body the text named last before the office."""
    if not P.BODYS_OFFICE_BEFORE.search(doc.text, max(0, first - 80), first):
        return []
    before = [m for m in doc.mentions_of("Agency") if m.end <= first]
    return [max(before, key=lambda m: m.start).entity_id] if before else []


def _group_in_apposition(doc: Doc, person: Entity) -> str | None:
    """'X, 41, of Portville, a member of the Latin Lords, ...': the group the person's apposition says
    they belong to."""
    for mention in [m for m in doc.mentions if m.entity_id == person.id]:
        for group in doc.in_sentence(mention.sentence, "Organisation"):
            if group.start > mention.end and P.MEMBER_APPOSITION.fullmatch(doc.text, mention.end, group.start):
                return group.entity_id
    return None


def _agencies_of_person(doc: Doc, person: Entity) -> list[str]:
    """The agencies in the person's title and in their apposition ('Navy Admiral X, commander of the
    Y Task Force': both), else the nearest agency of the sentence that names the person."""
    first = min(m.start for m in doc.mentions if m.entity_id == person.id)
    agencies = doc.in_sentence(doc.sentence_of(first), "Agency")
    title_start, apposition_end = doc.person_context.get(person.id, (first, first))
    if not agencies:
        return _the_force_of_the_title(doc, title_start, first) or _the_body_named_before(doc, first)
    for office, kind in P.OFFICE_KINDS:
        if office.search(doc.text, title_start, apposition_end):
            # "Interior Minister X said the police seized ...": a minister heads a ministry, not the force;
            # an attorney general or a prosecutor is of the prosecution, a judge of a court
            agencies = [a for a in agencies if doc.entities[a.entity_id].properties.get("kind") == kind
                        or kind in doc.entities[a.entity_id].name.lower()]
            if not agencies:
                return []
            break
    titled = [a for a in agencies if title_start - 30 <= a.start < first and not re.search(r"[.;]", doc.text[a.end:first])]
    apposed = [a for a in agencies if first < a.start < apposition_end]
    nearest = [min(group, key=lambda m: abs(m.start - first)).entity_id for group in (titled, apposed) if group]
    if nearest:
        return list(dict.fromkeys(nearest))
    if re.search(r"\b(?:president|prime\s+minister|premier|mayor|governor)\b", doc.text[title_start:apposition_end], re.I):
        return []  # "President X said the Y seized ...": the head of a state or town, of no body the sentence names
    # (not a body the sentence names as helping: "X said ..., with the assistance of the Y Police")
    own = [a for a in agencies if not P.HELPER_BEFORE.search(doc.text, max(0, a.start - 50), a.start)]
    return [min(own, key=lambda m: abs(m.start - first)).entity_id] if own else []
