"""Criminal organisations: named groups ("X cartel", listed names), the unnamed group a
document is about, groups that are part of others, and what the target group did."""
from __future__ import annotations

import re

from graph_intel.extraction import patterns as P
from graph_intel.extraction.doc import Doc, Mention
from graph_intel.extraction.text import slug
from graph_intel.records import Entity


def _add_named_group(doc: Doc, name: str, start: int, end: int, kind: str, alias_end: int) -> Entity:
    """A group named before its group word: the listed one of that name, else its own."""
    listed = doc.gaz.lookup(f"{name} {kind}", "organisation") or _listed_group(doc, name, alias_end)
    if listed:
        ent = doc.entity(f"organisation:{listed[0].key}", "Organisation", listed[0].name, start, end,
                          named=True, resolution="gazetteer:alias+group-word", kind=listed[0].data.get("kind"))
    else:
        ent = doc.entity("organisation:" + slug(name), "Organisation", name, start, end, named=True,
                          resolution="pattern:named-group", kind=kind)
    ent.add_alias(doc.text[start:alias_end])
    doc.take(start, alias_end)
    return ent


def find_named_organisations(doc: Doc) -> None:
    """'Pink Panther criminal group', 'the Sinaloa drug cartel': a name before a group word; 'Cartel
    del Norte': the group word first; 'a member of the Latin Lords': a plural name after a member
    word. Runs before places are read, so 'Sinaloa' or 'Norte' here names the group, not the region."""
    for m in doc.finditer(P.NAMED_ORG):
        name = m.group("name")
        words = name.split()
        while words and (words[0].lower() in {"the", "a", "an", "this", "infamous", "notorious", "powerful"}
                         or not words[0][0].isupper() or (len(words) > 1 and _demonym(doc, words[0]))
                         or (len(words) > 1 and _place_possessive(doc, words[0]))):
            words = words[1:]  # "the Albanian Kompania Bello clan", "Mexico's X Cartel": where, not who
        if not words:
            continue
        name = " ".join(words)
        start = doc.text.index(name, m.start())
        end = start + len(name)
        kind = m.group("kind").split()[-1].lower()
        if not doc.free(start, end) or _descriptive(doc, name) or _called_by_its_town(doc, name, kind):
            continue
        _add_named_group(doc, name, start, end, kind, m.end())
    for m in [*doc.finditer(P.NAMED_GROUPS_LISTED), *doc.finditer(P.NAMED_GROUPS_INCLUDING)]:
        # "the Pesce and Bellocco clans", "gangs including the Comanchero and Hells Angels": a group of
        # that kind for each name
        kind = P.GROUP_KIND_OF_PLURAL[m.group("kind").split()[-1].lower()]
        for name in P.GROUP_NAME_IN_LIST.finditer(m.group("names")):
            start, end = m.start("names") + name.start(), m.start("names") + name.end()
            if doc.free(start, end) and not _demonym(doc, name.group()) and not _descriptive(doc, name.group()):
                group = _add_named_group(doc, name.group(), start, end, kind, end)
                if group.resolution == "pattern:named-group":
                    group.add_alias(f"{name.group()} {kind}")  # ("the Pesce clan", as one would write it)
    for m in doc.finditer(P.MEMBER_OF_PLURAL):
        start, end = m.span("name")
        name = m.group("name")
        if doc.free(start, end) and name.split()[-1] not in P.NOT_GANG_PLURALS and not doc.gaz.lookup(name):
            doc.entity("organisation:" + slug(name), "Organisation", name, start, end, named=True,
                       resolution="pattern:members-of", kind="gang")
            doc.take(start, end)
    for m in doc.finditer(P.NAMED_ORG_TIED):
        start, end = m.span("name")
        listed = doc.gaz.lookup(m.group("name"))
        if doc.free(start, end) and all(e.kind == "organisation" for e in listed):
            key = listed[0].key if listed else slug(m.group("name"))
            doc.entity(f"organisation:{key}", "Organisation", listed[0].name if listed else m.group("name"),
                       start, end, named=True, resolution="pattern:tied-group",
                       kind=listed[0].data.get("kind") if listed else m.group("kind").lower())
            doc.take(start, m.end())
    _add_groups_described_after_their_name(doc)
    for m in doc.finditer(P.NAMED_ORG_HEAD_FIRST):
        start, end = m.span("name")
        if doc.free(start, end):
            listed = _listed_group(doc, m.group("name"), end)
            doc.entity(f"organisation:{listed[0].key if listed else slug(m.group('name'))}", "Organisation",
                       listed[0].name if listed else m.group("name"), start, end, named=True,
                       resolution="gazetteer:alias" if listed else "pattern:named-group",
                       kind=m.group("kind").lower().replace("á", "a"))
            doc.take(start, end)


def _listed_group(doc: Doc, name: str, end: int) -> list:
    """The listed group a name is, or the one its acronym in brackets after it names ('the Cartel de
    Jalisco Nueva Generacion (CJNG)', however the name is spelt)."""
    acronym = re.match(r"\s*\(([A-Z][A-Z0-9-]{1,8})\)", doc.text[end:end + 14])
    return doc.gaz.lookup(name, "organisation") or (doc.gaz.lookup(acronym.group(1), "organisation") if acronym else [])


def _add_groups_described_after_their_name(doc: Doc) -> None:
    """'the Black Wolves, a criminal gang', 'the Northern Hills Army, an ethnic armed group': the words
    after the name say what it is. (The description is sought first: it opens with a comma, which the
    regex engine finds fast; the name is then read back from it.)"""
    for described in doc.finditer(P.GROUP_DESCRIBED):
        m = P.GROUP_NAME_BEFORE.search(doc.text, max(0, described.start() - 200), described.start())
        if m is None:
            continue
        start, end = m.span("name")
        start += 4 if m.group("name").startswith("The ") else 0
        name = doc.text[start:end]
        if doc.free(start, end) and not doc.gaz.lookup(name, "country"):
            listed = doc.gaz.lookup(name, "organisation")
            doc.entity(f"organisation:{listed[0].key if listed else slug(name)}", "Organisation",
                       listed[0].name if listed else name, start, end, named=True,
                       resolution="gazetteer:alias" if listed else "pattern:named-group-apposed",
                       kind=listed[0].data.get("kind") if listed else described.group("kind").lower())
            doc.take(start, end)


def _place_possessive(doc: Doc, word: str) -> bool:
    """'Mexico's', 'Sinaloa’s': a country's or a place's name in the possessive."""
    stem = re.sub(r"['’]s$", "", word)
    return stem != word and any(e.kind in {"country", "region", "subdivision", "city"} for e in doc.gaz.lookup(stem))


def find_organisations_named_after(doc: Doc) -> None:
    """'the terrorist network Al Qaeda', 'dissidents of the Northern Front': the name follows the
    words that say what the group is; a group one is said to split from is linked to it."""
    previous = None
    for m in sorted([*doc.finditer(P.NAMED_ORG_AFTER), *doc.finditer(P.NAMED_ORG_GOES_BY),
                     *doc.finditer(P.ARMED_GROUP_LINKED)], key=re.Match.start):
        start, end = m.span("name")
        name = m.group("name")
        if not doc.free(start, end) or _descriptive(doc, name) or doc.gaz.lookup(name, "country") \
                or m.re is P.ARMED_GROUP_LINKED and doc.demonym_country(name.split()[0]):
            continue  # ("linked to the Kordovan Army": a nation's army)
        listed = doc.gaz.lookup(name, "organisation")
        key = listed[0].key if listed else slug(name)
        ent = doc.entity(f"organisation:{key}", "Organisation", listed[0].name if listed else name, start, end,
                         named=True, resolution="gazetteer:alias" if listed else "pattern:named-group-after")
        doc.take(m.start(), end)
        if previous and m.group("lead").lower().startswith(("dissidents", "a ", "an ", "remnants")) \
                and doc.sentence_of(previous[1]) == doc.sentence_of(start):
            doc.split_from.append((previous[0], ent.id, doc.sentence_of(start)))
        previous = (ent.id, start)


def find_linked_groups(doc: Doc) -> None:
    """'X's links with a Colombian cartel and an Albanian clan': each group the text ties another
    to is an unnamed group of its own, linked to the group named before the cue (else to the
    group the document is about). Runs before the document's own unnamed group is read, so
    these phrases are not taken for it."""
    for cue in doc.finditer(P.LINKED_GROUPS_CUE):
        index = doc.sentence_of(cue.start())
        before = [m for m in doc.in_sentence(index, "Organisation") if m.end <= cue.start()]
        subject = before[-1].entity_id if before else None
        position = cue.end()
        while phrase := P.GROUP_PHRASE.match(doc.text, position):
            _add_linked_group(doc, phrase, subject, index)
            separator = P.GROUP_LIST_SEPARATOR.match(doc.text, phrase.end())
            if not separator:
                break
            position = separator.end()


def _add_linked_group(doc: Doc, phrase: re.Match, subject: str | None, index: int) -> None:
    """A nationality before the group noun stays the country's mention; a listed group inside the
    phrase ('a Kordo Cartel cell') is the group linked to, unless it is a mafia named only as the kind
    of one clan of it ('an Albanian mafia clan'): that clan is a group of its own."""
    if not doc.free(*phrase.span("noun")):
        named = [m for m in doc.in_sentence(index, "Organisation")
                 if phrase.start() <= m.start < phrase.end() and doc.entities[m.entity_id].named]
        if not named:
            return
        if not _only_a_mafias_clan(doc, named[0], phrase):
            doc.linked_groups.append((subject, named[0].entity_id, index))
            return
        _unname(doc, named[0])
    described = re.sub(r"\s+", " ", f"{phrase.group('words')}{phrase.group('noun')}").lower()
    org_id = doc.scoped_id("organisation", slug(described))
    doc.entity(org_id, "Organisation", f"unnamed {described} {doc.document_tag()}", *phrase.span("noun"),
               named=False, resolution="pattern:linked-group", kind=phrase.group("noun").split()[-1].lower(),
               description=doc.sents[index].text[:300])
    doc.take(*phrase.span("noun"))
    doc.linked_groups.append((subject, org_id, index))


def _only_a_mafias_clan(doc: Doc, mention: Mention, phrase: re.Match) -> bool:
    """'an Albanian mafia clan': a listed mafia named only as the kind of one clan of it."""
    inside = all(phrase.start() <= m.start and m.end <= phrase.end() for m in doc.mentions
                 if m.entity_id == mention.entity_id)
    return _listed_mafia(doc.entities[mention.entity_id]) and inside and re.match(r"an?\s", phrase.group(0)) is not None \
        and P.GROUP_WORD_AFTER.match(doc.text, mention.end) is not None


def _listed_mafia(group: Entity) -> bool:
    """A mafia the gazetteer lists ('Camorra', 'Albanian mafia'), often named only as a group's kind."""
    return group.properties.get("kind") == "mafia" and group.resolution.startswith("gazetteer")


def _unname(doc: Doc, mention: Mention) -> None:
    """Drop a listed group the text names only inside a phrase about another group."""
    doc.mentions = [m for m in doc.mentions if m.entity_id != mention.entity_id]
    del doc.entities[mention.entity_id]


def find_organisations(doc: Doc) -> None:
    _find_unnamed_organisation(doc)
    _named_subject(doc)
    _suspects_as_group(doc)
    _actors_as_group(doc)
    _platform_users_as_group(doc)
    _clan_of_a_mafia_as_target(doc)
    _group_the_operation_was_against(doc)
    _owner_of_the_goods_as_target(doc)
    _linked_group_as_target(doc)
    _only_group_as_target(doc)


def _clan_of_a_mafia_as_target(doc: Doc) -> None:
    """''Ndrangheta clan' in the headline, 'the Ardvale clan' in the body: a mafia named only as the kind
    of a group ("a Camorra group") says what the one group the release names is; that group is the
    release's group, linked to the mafia."""
    named = [e for e in doc.entities.values() if e.label == "Organisation" and e.named]
    kinds = [e for e in named if _listed_mafia(e)
             and all(P.GROUP_WORD_AFTER.match(doc.text, m.end) for m in doc.mentions if m.entity_id == e.id)]
    groups = [e for e in named if e not in kinds]
    if not kinds or len(groups) != 1 or doc.target_org not in {None, *(k.id for k in kinds)}:
        return
    doc.target_org = groups[0].id
    for kind in kinds:
        doc.linked_groups.append((groups[0].id, kind.id, doc.first_sentence(kind.id)))


def _group_the_operation_was_against(doc: Doc) -> None:
    """'in an operation against the criminal group X', 'raids targeting the X gang': of several groups
    named, the one the action was against is the group the release is about; so is a clan it was against
    that the text says is of the group chosen before ('into the X clan of the Y')."""
    for m in sorted(doc.mentions_of("Organisation"), key=lambda m: m.start):
        if not doc.entities[m.entity_id].named or m.entity_id == doc.target_org \
                or not P.ACTION_AGAINST_END.search(doc.text, max(0, m.start - 80), m.start):
            continue
        if doc.target_org is None:
            doc.target_org = m.entity_id
            return
        # ("an investigation into the X clan of the 'Ndrangheta", the mafia the release names first: the clan,
        # part of it)
        parent = next((p for p in doc.mentions if p.entity_id == doc.target_org and p.start > m.end
                       and P.GROUP_OF_GAP.fullmatch(doc.text, m.end, p.start)), None)
        if parent:
            doc.linked_groups.append((m.entity_id, doc.target_org, m.sentence))
            doc.target_org = m.entity_id
            return


def _owner_of_the_goods_as_target(doc: Doc) -> None:
    """'The cocaine belonged to the Ardvale clan, which has ties to the X Cartel', 'the cargo belonged
    to ...': of several groups named once, the one the goods belonged to is the group the release is about."""
    if doc.target_org:
        return
    for m in sorted(doc.mentions_of("Organisation"), key=lambda m: m.start):
        before = doc.text[doc.sents[m.sentence].start:m.start]
        if doc.entities[m.entity_id].named and P.OWNED_BY.search(before) and (
                _goods_named_in(doc, m.sentence) or P.THE_GOODS.search(before)):
            doc.target_org = m.entity_id
            return


def _goods_named_in(doc: Doc, index: int) -> bool:
    sentence = doc.sents[index]
    return any(hit.of("commodity") for hit in doc.hits_between(sentence.start, sentence.end))


def _only_group_as_target(doc: Doc) -> None:
    """'... shipped cocaine for the Sinaloa Cartel': a release that names one group (or one faction, and
    the group it is a faction of) and speaks of no other is about that group."""
    named = [e.id for e in doc.entities.values() if e.label == "Organisation" and not _only_a_faction_parent(doc, e.id)]
    if doc.target_org is None and len(named) == 1:
        doc.target_org = named[0]


def _only_a_faction_parent(doc: Doc, named: str) -> bool:
    """'a faction of the X Cartel known as Y': named only to say whose faction Y is, X is not the group
    the release is about."""
    return all(_faction_known_as_after(doc, m) for m in doc.mentions if m.entity_id == named)


def _faction_known_as_after(doc: Doc, group: Mention) -> re.Match | None:
    """'a faction of the X Cartel known as ': the words after X that name one of its factions."""
    if P.FACTION_OF.search(doc.text, max(0, group.start - 40), group.start):
        return P.KNOWN_AS_GAP.match(doc.text, group.end)
    return None


def _linked_group_as_target(doc: Doc) -> None:
    """'A man who laundered money for a criminal group': with no other group in the text, the
    group someone worked for is the group the document is about."""
    unattached = [linked for subject, linked, _ in doc.linked_groups if subject is None]
    if doc.target_org or not unattached:
        return
    doc.target_org = unattached[0]
    doc.linked_groups = [link for link in doc.linked_groups if link[1] != doc.target_org]


def _actors_as_group(doc: Doc) -> None:
    """'The smugglers had hidden the drugs', 'traffickers were moving chemicals': a release that
    names no group but tells what the smugglers did is about the group they form."""
    m = None if doc.target_org else P.ACTING_SMUGGLERS.search(doc.text)
    if m is None:
        return
    _group_of_the_document(doc, f"unnamed group of {m.group('kind').lower()}", "pattern:acting-smugglers",
                           doc.sents[doc.sentence_of(m.start())].text[:300], m.start("kind"), m.end("kind"))


def _platform_users_as_group(doc: Doc) -> None:
    """'users of the provider X who were involved in the drug trade': a release that names no group
    but the criminal users of an encrypted service is about the group they form."""
    if doc.target_org:
        return
    for m in doc.mentions_of("Platform"):
        sentence = doc.sents[m.sentence]
        users = P.USERS_OF.search(doc.text, max(sentence.start, m.start - 40), m.start)
        if users and P.CRIMINAL_USE.match(doc.text, m.end, sentence.end):
            _group_of_the_document(doc, f"unnamed group of {m.text} users", "pattern:platform-users",
                                   sentence.text[:300], users.start(), users.start() + len("users"))
            return


def _suspects_as_group(doc: Doc) -> None:
    """Two or more suspects named in a release that names no group acted together: the group
    they form is the document's unnamed organisation."""
    suspects = [e for e in doc.entities.values() if e.label == "Person" and e.properties.get("role") == "suspect"]
    if doc.target_org or len(suspects) < 2:
        return
    _group_of_the_document(doc, "unnamed group", "document:suspects-group",
                           "the group formed by " + ", ".join(e.name for e in suspects[:5]))


def _group_of_the_document(doc: Doc, name: str, resolution: str, description: str,
                           start: int | None = None, end: int | None = None) -> None:
    """The unnamed group a release is about, found by one of the rules above."""
    org_id = doc.scoped_id("organisation", 1)
    doc.entity(org_id, "Organisation", f"{name} {doc.document_tag()}", start, end, named=False,
               resolution=resolution, kind="group", description=description)
    doc.target_org = org_id


def _called_by_its_town(doc: Doc, name: str, kind: str) -> bool:
    """'a Leeds gang', 'the Bristol crime group': a gang or a group called by the town it works in is
    described, not named. (A cartel or a clan named after a place, 'the Sinaloa Cartel', is named.)"""
    return kind in {"gang", "group", "syndicate", "organisation", "organization"} \
        and any(e.kind == "city" for e in doc.gaz.lookup(name)) and not doc.gaz.lookup(name, "organisation")


def _descriptive(doc: Doc, name: str) -> bool:
    """'Balkan cartel', 'Colombian cartel', 'Albanian mafia' describe, not name, a group;
    'Sinaloa Cartel' and 'Gulf Clan' are named after a place and do name one."""
    if any(w.lower() in {"national", "police", "serious", "special", "task", "unit", "federal"} for w in name.split()):
        return True  # "National Organised Crime Group" is a police unit's name
    if re.search(r"-(?:based|linked|born|led|speaking)$", name):
        return True  # "a Spain-based group", "an Albanian-speaking network" say where or who, not what it is called
    # "Balkan cartel", "heroin gang", "a South American cartel": a demonym (of a country or a region,
    # in one word or several) or the goods describe the group
    if _demonym(doc, name):
        return True
    # ("Polish-Czech gang": two nationalities joined by a hyphen describe it too)
    return all(any(e.kind in {"demonym", "region_demonym", "commodity"} for e in doc.gaz.lookup(w))
               or (w.count("-") == 1 and all(_demonym(doc, part) for part in w.split("-")))
               or w.lower() in {"criminal", "drug", "international", "organised", "organized", "this", "that",
                                "biggest", "largest", "one", "major", "powerful", "violent", "notorious", "super",
                                "mega", "big", "huge", "large", "small", "local", "rival", "transnational",
                                "bikie", "biker", "outlaw", "street", "prison"}   # "bikie gang": a kind of gang
               for w in name.split())


def _named_subject(doc: Doc) -> None:
    """A release about a named group ('Sinaloa Cartel' in the headline, or named again and
    again) speaks of it as 'the cartel': that group is the target, not an unnamed one."""
    named = [e for e in doc.entities.values() if e.label == "Organisation" and e.named]
    headline = 0 if "\n" in doc.text.strip() else None  # a first line of its own is the headline
    # "the X clan, a Camorra group": the Camorra only says what kind of group X is
    groups = [e for e in named if not _only_a_kind(doc, e.id)]
    for ent in named:
        sentences = {m.sentence for m in doc.mentions if m.entity_id == ent.id}
        if ent not in groups:  # "Camorra clan" in the headline: the clan the text says is a Camorra group
            ent = _the_group_of_the_kind(doc, ent.id) or ent
        belongs = _belongs_to(doc, doc.target_org, ent.id) or _described_as(doc, ent.id, doc.target_org) \
            or _goes_by(doc, ent.id) or (groups == [ent] and _headline_word_only(doc, doc.target_org)) \
            or _named_before_as_the_kind(doc, ent.id, doc.target_org, named)
        if headline in sentences or len(sentences) >= 2 or belongs:
            unnamed = doc.target_org
            if unnamed and (belongs or not _introduces_new_group(doc, unnamed)):
                # ("the cartel", "Mexican Cartel": words that describe the group, not another name of it)
                doc.merge(unnamed, ent.id, alias=False)
                doc.target_org = ent.id
            elif unnamed is None:
                doc.target_org = ent.id
            return


def _named_before_as_the_kind(doc: Doc, named: str, unnamed: str | None, groups: list[Entity]) -> bool:
    """'members of the X gang. The gang bought ...': 'the gang' after the one gang named before it is
    that gang (a gang named only later, 'the gang had links to the Y gang', is another)."""
    kind = doc.entities[named].properties.get("kind")
    mentions = [m for m in doc.mentions if m.entity_id == unnamed] if unnamed else []
    if not kind or not mentions:
        return False
    told = min(m.start for m in mentions)
    if sum(e.properties.get("kind") == kind and _first_mention(doc, e.id) < told for e in groups) != 1:
        return False
    first = _first_mention(doc, named)
    return all(m.start > first and m.text.lower() == kind and
               re.search(r"\b(?:the|this) $", doc.text[max(0, m.start - 5):m.start], re.I) for m in mentions)


def _first_mention(doc: Doc, entity_id: str) -> int:
    return min((m.start for m in doc.mentions if m.entity_id == entity_id), default=len(doc.text))


def _only_a_kind(doc: Doc, named: str) -> bool:
    """Every mention is 'a(n) <name> group' (or '<name> clan' in a headline, which drops articles):
    the name describes another group."""
    headline = "\n" in doc.text.strip()
    return all((re.search(r"\b(?:an?|one) $", doc.text[max(0, m.start - 5):m.start]) or headline and m.sentence == 0)
               and P.GROUP_WORD_AFTER.match(doc.text, m.end) for m in doc.mentions if m.entity_id == named)


def _the_group_of_the_kind(doc: Doc, kind: str) -> Entity | None:
    """'the Mazzarella clan, a Camorra group': the named group a kind-only name describes."""
    for m in (m for m in doc.mentions if m.entity_id == kind):
        before = next((g for g in doc.mentions if g.label == "Organisation" and g.entity_id != kind
                       and re.fullmatch(r"(?:[ \t]+" + P.ORG_NOUN + r")?,\s+an?\s+", doc.text[g.end:m.start], re.I)),
                      None)
        if before:
            return doc.entities[before.entity_id]
    return None


def _headline_word_only(doc: Doc, unnamed: str | None) -> bool:
    """'Cartel financier extradited': a group word only the headline uses, in a release that names one
    group, is that group."""
    mentions = [m for m in doc.mentions if m.entity_id == unnamed]
    return bool(mentions) and "\n" in doc.text.strip() and all(m.sentence == 0 for m in mentions)


def _home_of_named_groups(doc: Doc) -> None:
    """'the Sicilian Cosa Nostra', 'the Albanian Kompania Bello clan': a nationality (or a province's)
    just before a named group says where it is at home, where the text names that country or province;
    so does a country's possessive ('Mexico's Jalisco cartel')."""
    for group in [m for m in doc.mentions if m.label == "Organisation" and doc.entities[m.entity_id].named]:
        owner = P.NATION_BEFORE.search(doc.text, max(0, group.start - 40), group.start)
        country = doc.gaz.lookup(owner.group(1), "country") if owner and owner.group(2) else []
        if country and f"country:{country[0].key}" in doc.entities:
            doc.relate(group.entity_id, "OPERATES_IN", f"country:{country[0].key}", group.sentence,
                       "group.possessive-home", 0.7)
            continue
        # the word before the name, or the name's own first word ("Sicilian Cosa Nostra" is listed whole)
        word = re.search(r"([A-Z][\w’'-]+) $", doc.text[max(0, group.start - 30):group.start]) or \
            re.match(r"([A-Z][\w’'-]+) \S", group.text)
        for entry in doc.gaz.lookup(word.group(1)) if word else []:
            if entry.kind == "demonym":
                homes = [f"country:{entry.key}"]
            elif entry.kind == "region_demonym":
                iso = doc.gaz.country_of_region(doc.gaz.regions[entry.key].name)
                homes = [f"region:{entry.key}"] + ([f"country:{iso}"] if iso else [])
            else:
                continue
            for home in (h for h in homes if h in doc.entities):
                doc.relate(group.entity_id, "OPERATES_IN", home, group.sentence, "group.demonym-home", 0.7)
            break


def _demonym(doc: Doc, word: str) -> bool:
    return any(e.kind in {"demonym", "region_demonym"} for e in doc.gaz.lookup(word))


def _goes_by(doc: Doc, named: str) -> bool:
    """'the gang, known as the Black Wolves': the text names the group it is about."""
    return any(m.entity_id == named and P.GOES_BY.search(doc.text, max(0, m.start - 60), m.start)
               for m in doc.mentions)


def _belongs_to(doc: Doc, unnamed: str | None, named: str) -> bool:
    """'a criminal organisation belonging to the X Clan': the unnamed group is the named one's."""
    for m in (m for m in doc.mentions if m.entity_id == unnamed):
        target = next((n for n in doc.mentions if n.entity_id == named and m.end < n.start <= m.end + 120), None)
        if target and P.BELONGING.match(doc.text[m.end:target.start]):
            return True
    return False


def _described_as(doc: Doc, named: str, unnamed: str | None) -> bool:
    """'the Dune Clan, a drug trafficking mafia from X', 'the Dune Clan (DC), the X gang': the unnamed
    group describes the named one; so it does before the name ('a Kordovian criminal organisation,
    the Dune Clan')."""
    for m in (m for m in doc.mentions if m.entity_id == named):
        for n in (n for n in doc.mentions if n.entity_id == unnamed and m.end < n.start <= m.end + 60):
            if re.fullmatch(r"\)?(?:\s+(?i:clan|cartel|gang|mafia|syndicate|network|group))?(?:\s*\([^()\n]{1,15}\))?"
                            r"\s*,\s+(?:an?|the)\s+[^,.;]*",
                            doc.text[m.end:n.start]):
                return True
        if any(n.entity_id == unnamed and re.fullmatch(r"\s*,\s+(?:the\s+)?", doc.text[n.end:m.start])
               for n in doc.mentions if m.start - 12 <= n.end < m.start):
            return True
    return False


def _introduces_new_group(doc: Doc, org_id: str) -> bool:
    """'a criminal network', 'an organised crime group': an indefinite article brings in a group of its own."""
    for m in doc.mentions:
        if m.entity_id == org_id:
            words = doc.text[max(0, m.start - 40):m.start].lower().split()[-4:]
            if any(w in {"a", "an"} for w in words):
                return True
    return False


def _title_case_name(doc: Doc, start: int, kind: str) -> bool:
    """Capitalised group words inside a sentence, after a capitalised word or a possessive, are a
    proper name (a police unit's); an unnamed gang is written in lower case."""
    words = kind.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    before = doc.text[doc.sents[doc.sentence_of(start)].start:start]
    return bool(before.strip()) and bool(re.search(r"(?:\b[A-Z][\w-]*|['’]s)\s+(?:and\s+)?$", before))


def _find_unnamed_organisation(doc: Doc) -> None:
    for m in doc.finditer(P.UNNAMED_ORG):
        kind = m.group("kind")
        lead = doc.text[max(0, m.start("kind") - 60):m.start("kind")].lower().split()
        lead = lead[-5:]
        plural = kind.lower().endswith("s") and not kind.lower().endswith("ss")
        # "investigating organised crime groups" is about a group; "criminal organisations are
        # developing" or "disrupt criminal networks" speaks of crime in general.
        if plural and not any(w.startswith(("investigat", "target", "dismantl", "these", "several")) for w in lead):
            continue
        headline = "\n" in doc.text.strip() and doc.sentence_of(m.start()) == 0  # headlines drop articles
        if not plural and not headline and not any(w in {"a", "an", "the", "this", "that", "its", "suspected",
                                                         "alleged"} or w.startswith(("dismantl", "target"))
                                                   for w in lead):
            continue
        before = doc.text[max(0, m.start() - 40):m.start()]
        if re.search(r"\b(?:disrupt|fight\w*|combat\w*|against|tackl\w*)\s+(?:\w+\s+){0,2}$", before, re.I) \
                and plural:
            continue
        if kind.lower() == "clan" and not re.search(r"\ban?\s+(?:[\w-]+\s+)?$", before, re.I):
            continue  # "a Galician clan" is a group; "the clan" speaks again of one the text named
        if any(doc.entities[x.entity_id].named for x in doc.mentions
               if x.label == "Organisation" and x.end <= m.end() and x.end >= m.start() - 2):
            continue  # "Pink Panther criminal group" names a group
        start, end = m.start("kind"), m.end("kind")
        if not doc.free(start, end):
            continue  # inside an agency's name ("National Organised Crime Group")
        if not headline and _title_case_name(doc, start, kind):
            continue  # "the force's Serious and Organised Crime Group": a unit's proper name, not a gang
        # "the gang, part of a wider network": a second group, linked to the first.
        part_of = doc.target_org is not None and P.PART_OF_GROUP.match(doc.text, end)
        # "the network cooperated with a Dutch criminal organisation": another group, linked to it
        partner = doc.target_org is not None and P.PARTNER_GROUP_BEFORE.search(
            doc.text, max(0, m.start() - 60), m.start())
        org_id = doc.scoped_id("organisation", 3 if partner else 2 if part_of else 1)
        ent = doc.entity(org_id, "Organisation", "unnamed " + re.sub(r"\s+", " ", kind.lower()) + " "
                          + doc.document_tag(), start, end,
                          named=False, resolution="pattern:unnamed-group", kind=kind.split()[-1].lower().rstrip("s"))
        if part_of:
            doc.sub_groups.setdefault(org_id, doc.sentence_of(start))
        if partner:
            doc.linked_groups.append((None, org_id, doc.sentence_of(start)))
        if doc.target_org is None:
            doc.target_org = org_id
        if "description" not in ent.properties:
            ent.properties["description"] = doc.sents[doc.sentence_of(start)].text[:300]


def _named_groups_using_platforms(doc: Doc) -> None:
    """'a member of the X cartel, who used Ghostline to ...', 'a Y cell that used the platform': a named
    group a sentence says used the platform (by its name, or by its kind where the text names one)."""
    platforms = [e for e in doc.entities.values() if e.label == "Platform"]
    for group in [m for m in doc.mentions_of("Organisation") if doc.entities[m.entity_id].named]:
        sentence = doc.sents[group.sentence]
        used = P.USED_PLATFORM.match(doc.text, group.end, sentence.end)
        if not used or P.APPOSITION_ENDS_BEFORE_USED.match(doc.text, group.end) and \
                P.LINKED_IN_APPOSITION.search(doc.text, sentence.start, group.start):
            continue
        named = [p for p in platforms if any(n.split()[0] == used.group("name") for n in (p.name, *p.aliases))]
        for platform in named or (platforms if len(platforms) == 1 and not used.group("name") else []):
            doc.relate(group.entity_id, "USED", platform.id, group.sentence, "group.platform-user", 0.6)
    for platform in doc.mentions_of("Platform"):
        # "Ghost was used by members of ... gangs including the X and Y": the named groups after it
        by = P.USED_BY_AFTER.match(doc.text, platform.end)
        for group in doc.in_sentence(platform.sentence, "Organisation") if by else []:
            if group.start > platform.end and doc.entities[group.entity_id].named:
                doc.relate(group.entity_id, "USED", platform.entity_id, group.sentence, "group.platform-used-by", 0.6)


def _factions(doc: Doc) -> None:
    """'the X gang, a faction of the Y cartel', 'the X clan is an offshoot of Y', 'a faction of the Y
    cartel known as X': two named groups the sentence ties, whichever the release is about."""
    groups = sorted(doc.mentions_of("Organisation"), key=lambda m: m.start)
    for a, b in zip(groups, groups[1:]):
        if a.sentence != b.sentence or a.entity_id == b.entity_id:
            continue
        if P.FACTION_GAP.fullmatch(doc.text, a.end, b.start):
            doc.relate(a.entity_id, "LINKED_TO", b.entity_id, a.sentence, "group.faction-of", 0.7)
        elif (gap := _faction_known_as_after(doc, a)) and gap.end() == b.start:
            doc.relate(b.entity_id, "LINKED_TO", a.entity_id, a.sentence, "group.faction-of", 0.7)


def _named_subject_linked(doc: Doc, index: int, linked: str) -> str | None:
    """The named group a sentence says is linked to another, where it stands before the link word."""
    cue = P.LINK_CUE.search(doc.text, doc.sents[index].start, doc.sents[index].end)
    before = [m for m in doc.in_sentence(index, "Organisation") if cue and m.end <= cue.start()
              and m.entity_id != linked and doc.entities[m.entity_id].named]
    return before[0].entity_id if before else None


def _the_targets_kind(doc: Doc, org: str, index: int) -> bool:
    """'The clan, which had cells in ...' after 'the X clan': the named group, by its kind word."""
    kind = doc.entities[org].properties.get("kind")
    return bool(kind) and re.search(rf"\b(?:the|this|its) {re.escape(kind)}\b", doc.sents[index].text, re.I) is not None


def relate_group(doc: Doc) -> None:
    _home_of_named_groups(doc)
    _named_groups_using_platforms(doc)
    for group, parent, sentence in doc.split_from:
        doc.relate(group, "LINKED_TO", parent, sentence, "group.split-from", 0.7)
    _factions(doc)
    for subject, linked, sentence in doc.linked_groups:
        source = subject or doc.target_org
        if source and source != linked and source in doc.entities:
            doc.relate(source, "LINKED_TO", linked, sentence, "group.linked-with", 0.7)
    org = doc.target_org
    if not org:
        return
    # A named group is linked to the target where a sentence that names both (or the target's
    # suspects) says how.
    for ent in [e for e in doc.entities.values() if e.label == "Organisation" and e.named and e.id != org]:
        for index in sorted({m.sentence for m in doc.mentions if m.entity_id == ent.id}):
            if not doc.says(P.LINK_CUE, index):
                continue
            # ("The PCC ... is also linked to the 'Ndrangheta": the other named group the sentence opens with;
            # "The X clan has been at war with the rival Y clan": two named groups, whoever the target is)
            subject = _named_subject_linked(doc, index, ent.id)
            about_target = subject or any(m.entity_id == org and m.sentence == index for m in doc.mentions) \
                or doc.says(P.SUSPECTS, index) \
                or (not doc.entities[org].named and doc.says(P.THE_GROUP, index)) \
                or P.THE_GROUP.match(doc.sents[index].text) is not None \
                or _the_targets_kind(doc, org, index)
            if about_target:
                doc.relate(subject or org, "LINKED_TO", ent.id, index, "group.named-associate", 0.6)
                break
    for ent in [e for e in doc.entities.values() if e.label == "Platform"]:
        sentences_with = {m.sentence for m in doc.mentions if m.entity_id == ent.id}
        cue = any(doc.says(P.PLATFORM_USE, i) and not doc.says(P.PLATFORM_IN_GENERAL, i) for i in sentences_with)
        if cue or len(sentences_with) >= 2:
            doc.relate(org, "USED", ent.id, min(sentences_with), "group.platform", 0.6)
    current = [op for op in doc.operations if op not in doc.predecessors]
    cases = {op: start for start, _, op in doc.case_operations}
    for op in current:
        if op in cases and not doc.in_the_case_of(org, cases[op]):
            continue  # in a report of several cases, the group is the target of the case that speaks of it
        doc.relate(op, "TARGETED", org, doc.first_sentence(org), "operation.targets-group", 0.7)
    for sub, sentence in doc.sub_groups.items():
        if sub in doc.entities:
            doc.relate(sub, "LINKED_TO", org, sentence, "group.part-of", 0.7)
            for op in current:
                doc.relate(op, "TARGETED", sub, sentence, "operation.targets-group", 0.6)
