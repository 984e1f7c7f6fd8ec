"""Places and other gazetteer entities (countries, regions, provinces, towns, ports, seas,
platforms, listed groups), and the geography that ties them (LOCATED_IN)."""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from graph_intel.extraction import patterns as P
from graph_intel.extraction.doc import PLACE_LABELS, Doc
from graph_intel.extraction.gazetteer import Entry, Hit
from graph_intel.extraction.text import plain_key, slug


def find_unlisted_places(doc: Doc) -> None:
    """'Kordovia Harbour', 'River Sava', 'a Portville container terminal', 'the village of Oakdene',
    'a farmhouse near Oakdene':
    a place whose name no list holds, named by its head noun. A listed port or town inside the
    name keeps its own entry; the place takes that town's country, else the document's."""
    found = [(m, m.group("head")) for regex in (P.FACILITY_AFTER, P.FACILITY_BEFORE) for m in doc.finditer(regex)]
    found += [(m, m.group("head")) for regex in (P.PLACE_BEFORE_NOUN, P.SETTLEMENT_OF, P.BUILDING_NEAR,
                                                 P.SEA_OFF_PLACE) for m in doc.finditer(regex)]
    for m, head in sorted(found, key=lambda f: (f[0].start(), -(f[0].end() - f[0].start()))):
        whole = m.group(0) if head[0].isupper() else m.group("name")
        start = m.start() if head[0].isupper() else m.start("name")
        end = start + len(whole)
        name = m.group("name")
        # ("the Terminals container terminal": an operator's name; "the Colombian Pacific coast": the country's)
        if not doc.free(start, end) or any(w in P.NOT_PLACE_WORDS for w in name.split()) \
                or all(w.lower() in P.PORT_HEADS for w in name.split()) or doc.gaz.lookup(name.split()[0], "demonym"):
            continue
        if head == "Port" and P.OF_ENTRY.match(doc.text, end) and doc.gaz.lookup(name, "city"):
            continue  # "the Nogales Port of Entry": the listed town's crossing, its port
        if any(h.start <= start and end <= h.end and h.end - h.start > end - start
               or start < h.start and h.end == end and h.text.endswith(head) and h.text != head and h.of("city", "port")
               for h in doc.hits_between(start - 60, end)):
            # "Salt Lake City": a longer listed name holds the words ("Lake City"); "the Port of Long
            # Beach": a listed place ends them (not a town named like the head alone, "Airport")
            continue
        listed = doc.gaz.lookup(whole) or doc.gaz.lookup(name)
        if any(e.kind in {"port", "country", "demonym", "region", "region_demonym", "subdivision", "agency",
                          "organisation"}
               for e in listed):
            continue  # the gazetteer knows it: read there
        towns = [e for e in listed if e.kind == "city"] or town_opening(doc, name)
        town = town_meant(doc, towns)
        counts = doc.country_counts
        if town and counts.get(town.data["country"], 0) <= 1 < max(counts.values(), default=0):
            town = None  # "Accra's Nima neighbourhood": no namesake in a country the text names nowhere else
        country = town.data["country"] if town else doc.country_named_after(m.end()) \
            or _the_country_the_line_opens_with(doc, start) or doc.country_the_sentence_opens_with(start) \
            or _the_nation_acting_before(doc, start) or doc.home_country \
            or (counts.most_common(1)[0][0] if counts else None)
        label = "Port" if head.lower() in P.PORT_HEADS else "Location"
        _add_unlisted_place(doc, label, whole, start, end, f"pattern:{head.lower()}", country)
    _listed_settlements(doc)
    _towns_given_with_their_province(doc)


def _the_nation_acting_before(doc: Doc, offset: int) -> str | None:
    """'Bosnian authorities stopped a van at the X border crossing', 'the Hellenic Coast Guard intercepted a
    boat south of X': a place no list holds lies in the one nation whose authorities (or national body)
    act before it in the sentence."""
    index = doc.sentence_of(offset)
    hits = doc.hits_between(doc.sents[index].start, offset)
    nations = {doc.demonym_country(h.text) for h in hits
               if h.of("demonym") and P.AUTHORITY_NOUNS.match(doc.text[h.end:h.end + 60])}
    nations |= {h.of("country")[0].key for h in hits  # "police in Kordovia"
                if h.of("country") and P.AUTHORITIES_OF.search(doc.text[max(0, h.start - 40):h.start])}
    nations |= {doc.agency_country.get(m.entity_id) for m in doc.in_sentence(index, "Agency") if m.end <= offset
                and doc.entities[m.entity_id].properties.get("kind") != "international"} - {None}
    return nations.pop() if len(nations) == 1 else None


def _the_country_the_line_opens_with(doc: Doc, offset: int) -> str | None:
    """'- Greece: 1.4 tonnes seized at the Kipoi border crossing': the country a line of results opens
    with is where a place no list holds lies, before the country the document names most."""
    opening = P.COUNTRY_LINE.match(doc.text, doc.sents[doc.sentence_of(offset)].start).end()
    hit = next(iter(doc.hits_between(opening, opening + 1)), None)
    nations = hit.of("country") if hit and offset > hit.end else []
    return nations[0].key if nations else None


def town_opening(doc: Doc, name: str) -> list[Entry]:
    """'Vellin International Airport', 'Abu Dhabi Police': the listed towns of the longest town's name
    opening a name (not of a town named like its first word alone)."""
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        towns = doc.gaz.lookup(" ".join(words[:k]), "city")
        if towns:
            return towns
    return []


def _listed_settlements(doc: Doc) -> None:
    """'searches in the towns of Oakvale, Vellin del Monte and Portville': each town of the list that no
    list holds is a place of the document's country (a listed one is read from the gazetteer)."""
    for m in doc.finditer(P.SETTLEMENTS_OF):
        for name in P.NAME_IN_LIST.finditer(m.group("names")):
            start, end = m.start("names") + name.start(), m.start("names") + name.end()
            if doc.free(start, end) and not doc.gaz.lookup(name.group(0)) and \
                    not any(w in P.NOT_PLACE_WORDS for w in name.group(0).split()):
                _add_unlisted_place(doc, "Location", name.group(0), start, end, "pattern:listed-settlement",
                                    doc.home_country)


def _add_unlisted_place(doc: Doc, label: str, name: str, start: int, end: int, resolution: str,
                        country: str | None) -> None:
    """A place no list holds: its id joins its country and its name, as no key of a list can."""
    doc.entity(f"{label.lower()}:{(country or 'xx').lower()}-{slug(name)}", label, name, start, end,
               resolution=resolution, country=country)
    doc.take(start, end)


def find_unlisted_platforms(doc: Doc) -> None:
    """'the encrypted messaging app Quillchat', 'Hushline, an encrypted phone network': a service no
    list holds, named as an encrypted one (a listed one is read from the gazetteer)."""
    for m in doc.finditer(P.PLATFORM_NAMED):
        group = "name" if m.group("name") else "first"
        start, end = m.span(group)
        name = m.group(group)
        if not doc.free(start, end) or name.split()[0] in P.SENTENCE_OPENERS or doc.gaz.lookup(name):
            continue
        doc.entity(f"platform:{slug(name)}", "Platform", name, start, end, resolution="pattern:encrypted-service")
        doc.take(start, end)
        doc.name_again(f"platform:{slug(name)}", name, end)  # ("Ghost was used by ...": the same service)


def _towns_given_with_their_province(doc: Doc) -> None:
    """'off the coast of Santa, Ilocos Sur', 'sailed from Tahiti, French Polynesia': a name no list holds,
    written with a listed province or country after a comma, is a town of that country; so is a name
    the lists hold only for towns and provinces of other countries (a namesake abroad)."""
    for m in doc.finditer(P.TOWN_AND_PROVINCE):
        start, end = m.span("name")
        # (after a country's name, only a name no list holds: "Norcross, Georgia" is the US town)
        nation = doc.gaz.lookup(m.group("province"), "country") if not doc.gaz.lookup(m.group("name")) else []
        country = doc.gaz.country_of_region(m.group("province")) or (nation[0].key if nation else None)
        if not country or not doc.free(start, end) or not _unlisted_in(doc, m.group("name"), country) \
                or any(w in P.NOT_PLACE_WORDS for w in m.group("name").split()):
            continue
        _add_unlisted_place(doc, "Location", m.group("name"), start, end, "pattern:town-and-province", country)


def _unlisted_in(doc: Doc, name: str, country: str) -> bool:
    """Whether no list holds the name as anything of `country`: it holds it not at all, or only as
    towns and provinces abroad (a namesake)."""
    return all(e.kind in {"city", "port", "subdivision"} and e.data.get("country") not in (None, country)
               for e in doc.gaz.lookup(name))


def find_gazetteer_entities(doc: Doc) -> None:
    for hit in doc.free_hits:
        if not doc.free(hit.start, hit.end) or hit.of("commodity"):
            continue
        if P.AIRLINE_AFTER.match(doc.text, hit.end):
            doc.take(hit.start, hit.end)  # "a Qatar Airways flight": an airline's name, no place of the case
            continue
        if _add_hit(doc, hit, inside_agency=False):
            doc.take(hit.start, hit.end)
    # Inside agency names: the country a demonym gives ("Spanish National Police"),
    # the town a local force is named after ("Belgrade Police").
    for agency in list(doc.mentions_of("Agency")):
        country = doc.agency_country.get(agency.entity_id)
        for hit in doc.gaz.find_in_name(agency.text):
            inner = Hit(agency.start + hit.start, agency.start + hit.end, hit.text, hit.entries)
            nations = {e.key for e in hit.of("country", "demonym")}  # ISO codes
            if country and nations and country not in nations:
                continue  # "Georgia Bureau of Investigation" of a US release: the state's, no word of the country
            # (a town opening a proper name, "Leeds Crown Court", is no place of the text, as the guide
            # decides; before common nouns, "the Leeds prosecutors", it is: the prosecutors of Leeds)
            if nations or (hit.start == 0 and hit.of("city") and re.search(r"\b[a-z]", agency.text[hit.end:])):
                _add_hit(doc, inner, inside_agency=True)
        before = doc.text[max(0, agency.start - 30):agency.start]
        lead = re.search(r"(\S+)\s+$", before)
        if lead and doc.free(agency.start - len(lead.group(0)), agency.start - len(lead.group(0)) + len(lead.group(1))):
            start = agency.start - len(lead.group(0))
            for hit in doc.gaz.find_in_name(lead.group(1)):
                if hit.of("country", "demonym") and hit.end == len(lead.group(1)):
                    _add_hit(doc, Hit(start + hit.start, start + hit.end, hit.text, hit.entries),
                                  inside_agency=True)
    _drop_appositive_regions(doc)
    _elided_regions(doc)


def _a_nations_coast(doc: Doc, hit: Hit) -> bool:
    """'the Colombian Pacific coast', 'the Spanish Mediterranean coast': the sea names which of the
    country's coasts; the place is the country's."""
    before = re.search(r"(\w+)\s+$", doc.text[max(0, hit.start - 25):hit.start])
    return bool(before and re.match(r"\s+coast", doc.text[hit.end:hit.end + 7])
                and doc.gaz.lookup(before.group(1), "demonym"))


def _disguise(doc: Doc, hit: Hit) -> bool:
    """'syabu packed in Chinese tea packets': the nation of the goods the drugs were dressed as
    takes no part in the case (a drug's own packets, 'Moroccan hashish bales', say where it came from)."""
    m = P.DISGUISED_AS.match(doc.text, hit.end)
    return bool(m and not (m.group("product") and doc.gaz.lookup(m.group("product"), "commodity")))


def _home_town_named_like_a_country(doc: Doc, hit: Hit) -> Entry | None:
    """'near Trinidad, in the department of Beni' in a Bolivian release, 'Armenia, Quindío' in a
    Colombian one: a town of the document's country named like another country, where the text
    places it as a town (near it, or with its province or country after it). Else the country."""
    towns = [e for e in hit.of("city") if e.data["country"] == doc.home_country]
    if not towns or doc.home_country in {e.key for e in hit.of("country")}:
        return None
    after = P.PROVINCE_AFTER.match(doc.text, hit.end)
    province = plain_key(after.group("name")) if after else None
    placed = P.NEAR_BEFORE.search(doc.text, max(0, hit.start - 20), hit.start) \
        or _followed_by_its_country(doc, hit, towns)
    for town in towns:
        admin1 = plain_key(town.data.get("admin1") or "")
        if placed or province and (admin1 == province or admin1.endswith(" " + province)):
            return town
    return None


def _province_named_like_a_country(doc: Doc, hit: Hit) -> Entry | None:
    """'Lawrenceville, Georgia': after a town whose province bears the name, the name is that
    province (a region of the town's country), not the country; so is it listed with another
    province of that country ('across Georgia and Tennessee', in a release from any country)."""
    before = P.TOWN_AND_COMMA.search(doc.text, max(0, hit.start - 40), hit.start)
    if before:
        key = plain_key(hit.text)
        countries = {e.data["country"] for e in doc.gaz.lookup(before.group(1), "city")
                     if plain_key(e.data.get("admin1") or "") == key}
        return doc.gaz.province_named(hit.text, countries.pop()) if len(countries) == 1 else None
    named = {e.key for e in hit.of("country")}
    for country in _countries_of_provinces_listed_beside(doc, hit) - named:
        province = doc.gaz.province_named(hit.text, country)
        if province:
            return province
    return None


def _countries_of_provinces_listed_beside(doc: Doc, hit: Hit) -> set[str]:
    """The countries of the provinces the name stands in a list beside ('Georgia and Tennessee': the US)."""
    countries = set()
    for other in doc.hits_between(hit.start - 40, hit.end + 40):
        gap = doc.text[other.end:hit.start] if other.end <= hit.start else doc.text[hit.end:other.start]
        if other is not hit and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*(?:(?:north|south|east|west)\w*\s+)?", gap):
            for e in other.of("subdivision", "region"):
                members = [e.data["country"]] if e.data.get("country") else e.data.get("countries") or []
                countries.update(members if len(members) == 1 else [])
    return countries


def _elided_regions(doc: Doc) -> None:
    """'North and West Africa', 'Central and South America': the first region's noun is left out."""
    for m in doc.finditer(P.COMPASS_PAIR):
        region = doc.gaz.lookup(f"{m.group(1)} {m.group(2)}", "region")
        if region and doc.free(m.start(1), m.end(1)):
            data = region[0].data
            doc.entity(f"region:{region[0].key}", "Region", data["name"], m.start(1), m.end(1),
                        resolution="gazetteer:elided-region")
            doc.take(m.start(1), m.end(1))


def _add_hit(doc: Doc, hit: Hit, inside_agency: bool) -> bool:
    """Add the entity a gazetteer hit names; False when the hit names nothing here."""
    if _names_a_ship(doc, hit):
        return False  # "the MV Malta Star" is a ship
    if _a_nations_coast(doc, hit):
        return False
    if nations := hit.of("country", "demonym"):
        if re.match(r"\s?(?:\$|dollars?\b)", doc.text[hit.end:hit.end + 9]):
            return False  # "US$ 2 million", "US dollars": a currency, not the country's part in the case
        if _disguise(doc, hit):
            return False
        if town := _home_town_named_like_a_country(doc, hit):
            _add_place(doc, hit, [], [town], inside_agency)
            return True
        state = _province_named_like_a_country(doc, hit)
        if state:
            doc.entity(f"region:{state.key}", "Region", state.name, hit.start, hit.end,
                       resolution="gazetteer:province-of-the-town-before")
            return True
        entry = doc.nation_meant(nations)  # a demonym two countries share ("Dominican")
        _add_country(doc, entry.key, hit, inside_agency, "demonym" if entry.kind == "demonym" else "alias")
        return True
    town_of_province = _town_given_with_its_province(doc, hit)
    for entry in hit.entries:
        if entry.kind in {"region", "region_demonym"} and not town_of_province \
                and not _home_town_not_foreign_region(doc, hit, entry):
            if entry.kind == "region_demonym" and P.INSTITUTION_AFTER.match(doc.text, hit.end):
                return False  # "European Arrest Warrant", "the European policing agency": an institution, not a place
            data = doc.gaz.regions[entry.key].data
            label = "Location" if data.get("kind") == "sea" else "Region"
            doc.entity(f"{label.lower()}:{entry.key}", label, data["name"], hit.start, hit.end,
                        resolution=f"gazetteer:{entry.kind}", adjective=entry.kind == "region_demonym")
            return True
        if entry.kind == "platform":
            sentence = doc.sents[doc.sentence_of(hit.start)]
            near = doc.text[sentence.context_start:sentence.end]
            # (once the text has named the service so, its name alone is the service again)
            if entry.data.get("case_sensitive") and f"platform:{entry.key}" not in doc.entities and not re.search(
                    r"\b(?:encrypt\w*|platforms?|phones?|handsets?|devices?|apps?|messaging|messages|"
                    r"chats?|servers?|users|communicat\w*)\b", near, re.I):
                return False  # "Ghost", "Matrix", "Exclu" are ordinary words without that context
            doc.entity(f"platform:{entry.key}", "Platform", entry.name, hit.start, hit.end,
                        resolution="gazetteer:alias")
            return True
        if entry.kind == "organisation":
            if not _acronym_in_context(doc, hit, entry) or P.DESCRIBES_ANOTHER.match(doc.text, hit.end):
                return False  # "a triad-linked ring": the ring is the group here, linked to the triads
            doc.entity(f"organisation:{entry.key}", "Organisation", entry.name, hit.start, hit.end,
                        resolution="gazetteer:alias", kind=entry.data.get("kind"))
            return True
    ports = hit.of("port")
    cities = hit.of("city")
    subdivisions = hit.of("subdivision")
    if subdivisions and _names_subdivision(doc, hit, bool(ports or cities)):
        entry = subdivisions[0] if len(subdivisions) == 1 else _best_place(subdivisions, doc.country_counts)
        doc.entity(f"region:{entry.key}", "Region", entry.name, hit.start, hit.end,
                    resolution=f"gazetteer:subdivision of {entry.data['country']}")
        return True
    if ports or cities:
        capitalised = hit.text[:1].isupper() or re.match(r"(?:port|harbou?r) of [A-Z]", hit.text)
        common = hit.text.lower() in P.COMMON_WORDS and not _followed_by_its_country(doc, hit, ports + cities) \
            and not _listed_with_towns(doc, hit, ports + cities)
        if not capitalised or common or hit.text.lower() in P.NUMBER_WORDS or len(hit.text) < 3:
            return False  # place names are capitalised; "split", "To" or "Date" in prose are not places
        # (a port's name glued to a word is a port's only where the document's geography has it:
        # "Subic Bay Freeport" is no port of the Bahamas)
        if ((not ports or not _in_the_documents_countries(doc, ports + cities)) and _inside_a_name(doc, hit)) \
                or _part_of_a_longer_name(doc, hit):
            return False
        _add_place(doc, hit, ports, cities, inside_agency)
        return True
    return False


def _home_town_not_foreign_region(doc: Doc, hit: Hit, region: Entry) -> bool:
    """'arrested in Surrey' in a Canadian release: the Canadian town, not the English county."""
    countries = doc.gaz.regions[region.key].data.get("countries") or []
    return doc.home_country not in countries and any(
        e.data.get("country") == doc.home_country for e in hit.of("city", "port"))


def _town_given_with_its_province(doc: Doc, hit: Hit) -> bool:
    """'Surrey, British Columbia': a name that is also a region's is the town of the province after it."""
    after = re.match(r",\s*([A-Z][\w .'’-]{2,40}?)(?=\s*[,.;:)\n—–-]|\s+\d|$)", doc.text[hit.end:hit.end + 45])
    province = plain_key(after.group(1)) if after else None
    return bool(province) and any(plain_key(e.data.get("admin1") or "") == province
                                  for e in hit.of("city"))


def _followed_by_its_country(doc: Doc, hit: Hit, places: list[Entry]) -> bool:
    """'Split, Croatia', 'Nice, France': a town whose name is also a word, written with its country."""
    after = re.match(r",\s*(?:the\s+)?([A-Z][\w ]{2,30}?)(?=[\s.,;:)]|$)", doc.text[hit.end:hit.end + 40])
    countries = {e.key for e in doc.gaz.lookup(after.group(1), "country")} if after else set()
    return any(p.data.get("country") in countries for p in places)


def _listed_with_towns(doc: Doc, hit: Hit, places: list[Entry]) -> bool:
    """'Toulon and Nice', 'Nice, Cannes and Antibes': a town whose name is also a word, listed next
    to a town of its country."""
    before = re.search(r"([A-Z][\w'’-]+)(?:,\s*|,?\s+(?:and|or)\s+)$", doc.text[max(0, hit.start - 40):hit.start])
    after = re.match(r"(?:,\s*|,?\s+(?:and|or)\s+)([A-Z][\w'’-]+)", doc.text[hit.end:hit.end + 40])
    countries = {p.data.get("country") for p in places}
    return any(town.data.get("country") in countries for near in (before, after) if near
               and near.group(1).lower() not in P.COMMON_WORDS for town in doc.gaz.lookup(near.group(1), "city"))


def _names_subdivision(doc: Doc, hit: Hit, also_a_town: bool) -> bool:
    """'Gujarat', 'County Cork', 'the province of Colon': a province, state or county. A name that
    is also a town's is the province only where the text says so ('Cork County', 'state of X')."""
    if _of_a_place_elsewhere(doc, hit):
        return False
    if re.search(r"\b(?:County|Province|State|Region|Department|Prefecture|Governorate|Oblast)\b", hit.text,
                 re.I) and len(hit.text.split()) > 1:
        return any(word[:1].isupper() for word in hit.text.split())
    if not hit.text[:1].isupper() or hit.text.lower() in P.COMMON_WORDS:
        return False
    if not also_a_town:
        return not _inside_a_name(doc, hit)
    # "Hatay": a province by its own name, and a town (Antakya) only by another name of the town's
    key = plain_key(hit.text)
    if any(plain_key(e.name) == key for e in hit.of("subdivision")) and \
            not any(plain_key(e.name) == key for e in hit.of("city", "port")):
        return True
    # A state of the country the document is set in, not a town abroad: "raids in Paraná" in a Brazilian release
    provinces = {e.data["country"] for e in hit.of("subdivision")}
    towns = {e.data["country"] for e in hit.of("city", "port")}
    if doc.home_country in provinces - towns:
        return True
    before = doc.text[max(0, hit.start - 25):hit.start]
    after = doc.text[hit.end:hit.end + 15]
    # "Bacoor City, Cavite": after a town of that province's country and a comma, the province; but
    # "Berlin, Hamburg and Cologne" lists towns
    town = re.search(r"([A-Z][\w'’-]+)(?: City)?,\s*$", before)
    if town and provinces & {e.data["country"] for e in doc.gaz.lookup(town.group(1), "city")} \
            and not _town_listed_next(doc, hit.end):
        return True
    # ("Co. Cork", "Co Antrim": a county, as Irish and British writers abbreviate it)
    return bool(re.search(r"\b(?:province|state|county|region|department) of\s+(?:the\s+)?$", before, re.I)
                or re.search(r"\bCo\.?\s+$", before)
                or re.match(r"\s+(?:province|state|county|region|department)\b", after, re.I))


def _of_a_place_elsewhere(doc: Doc, hit: Hit) -> bool:
    """'the Southern District of California': a province's name (Israel's Southern District) followed by
    'of' and a place of another country is part of that place's own name."""
    m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)", doc.text[hit.end:hit.end + 60])
    if not m:
        return False
    mine = {e.data["country"] for e in hit.of("subdivision")}
    theirs = {e.key if e.kind == "country" else e.data.get("country") for e in doc.gaz.lookup(m.group(1))
              if e.kind in {"country", "subdivision", "city", "port"}}
    theirs |= {c for e in doc.gaz.lookup(m.group(1), "region") for c in e.data.get("countries") or ()}
    return bool(theirs) and not mine & theirs


def _town_listed_next(doc: Doc, end: int) -> bool:
    """', Cologne' or 'and Cologne' after a name: the next item of a list of towns (a town that is also
    a district, 'and Birmingham', still lists towns)."""
    after = re.match(r"\s*(?:,|and|or)\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)", doc.text[end:end + 40])
    names = doc.gaz.lookup(after.group(1)) if after else []
    return any(e.kind == "city" for e in names) and not any(e.kind == "region" for e in names)


def _acronym_in_context(doc: Doc, hit: Hit, entry: Entry) -> bool:
    """'PCC' names the Brazilian gang only where the text says so: its full name
    appears, or a group word stands next to it. 'PCC SEE' (a convention) does not."""
    if not (hit.text.isupper() and len(hit.text) <= 5) or hit.text == entry.name:
        return True
    if re.match(r"\s+[A-Z]{2,}\b", doc.text[hit.end:hit.end + 8]):
        return False  # part of a longer acronym
    if entry.name.lower() in doc.text.lower():
        return True
    near = doc.text[max(0, hit.start - 30):hit.end + 30]
    return bool(re.search(r"\b(?:gang|cartel|faction|clan|mafia|group|members?|boss|leaders?)\b", near, re.I))


def one_label_per_place(doc: Doc) -> None:
    """Hamburg the port and Hamburg the town in one release are one place: the port (whether or not
    the lists write its name with its accents, 'Montréal' and the Port of Montreal). A port the text
    names otherwise ('Port Botany', listed as Sydney's) is not the town ('western Sydney')."""
    ports = {(plain_key(e.name), e.properties.get("country")): e.id for e in doc.entities.values()
             if e.label == "Port"}
    for town in [e for e in doc.entities.values() if e.label == "Location"]:
        port = ports.get((plain_key(town.name), town.properties.get("country")))
        if port is None or not any(plain_key(town.name) in plain_key(m.text) for m in doc.mentions
                                   if m.entity_id == port):
            continue
        for m in doc.mentions:
            if m.entity_id == town.id:
                m.entity_id, m.label = port, "Port"
                doc.entities[port].add_mention(doc.span(m.start, m.end))
        del doc.entities[town.id]


def _drop_appositive_regions(doc: Doc) -> None:
    """'Aruba, the Dutch Antilles', 'Aruba (Dutch Antilles)': the region only describes the place before it."""
    places = sorted(doc.mentions_of(*PLACE_LABELS), key=lambda m: m.start)
    dropped = set()
    for before, region in zip(places, places[1:]):
        if region.label == "Region" and before.label in {"Country", "Location", "Port"} and \
                re.fullmatch(r"\s*(?:,\s*the|\()\s*", doc.text[before.end:region.start]):
            dropped.add(id(region))
    if not dropped:
        return
    doc.mentions = [m for m in doc.mentions if id(m) not in dropped]
    still = {m.entity_id for m in doc.mentions}
    for entity_id in [e for e, ent in doc.entities.items() if ent.label == "Region" and e not in still]:
        del doc.entities[entity_id]


def _in_the_documents_countries(doc: Doc, places: list[Entry]) -> bool:
    """Whether the text names the country of one of the places otherwise than by the place itself."""
    return any(doc.country_counts.get(p.data.get("country"), 0) > 1 for p in places)


def _part_of_a_longer_name(doc: Doc, hit: Hit) -> bool:
    """A port's or town's name joined by a hyphen or a particle to more of a name ('Lyon-Blanc
    Centre', 'San Pedro del Monte'), or naming a ship ('the MV Antwerp'), is not that place."""
    return bool(re.match(r"-[A-Z]|\s+(?:de|del|della|de la|di|do|da|dos|das|du|des|le|la)\s+[A-Z]",
                         doc.text[hit.end:hit.end + 12])) or _names_a_ship(doc, hit)


def _names_a_ship(doc: Doc, hit: Hit) -> bool:
    return bool(re.search(r"\b(?:MV|M/V|MS|FV|SS|vessel|ship|cutter|tanker|freighter|yacht)\s+$",
                          doc.text[max(0, hit.start - 12):hit.start]))


def _inside_a_name(doc: Doc, hit: Hit) -> bool:
    """'Ismael Zambada Garcia', 'Hayes Road', '(Port Search Unit)': a town name glued to
    another capitalised, unknown word is part of a person's, street's or unit's name."""
    # (a line break ends a name: the headline's last word is no part of the dateline's town)
    after = re.match(r"[ \t]+([A-Z][\w’'-]*)", doc.text[hit.end:hit.end + 30])
    if P.POLICE_STATION_AFTER.match(doc.text, hit.end):
        return True  # "held at Kordo Police Station": where suspects are held, named after its district
    if after and (after.group(1) in P.STREET_WORDS or (
            after.group(1) not in P.PLACE_WORDS and not doc.gaz.lookup(after.group(1))
            and not re.match(r"[A-Z]{2,}$", after.group(1)))):
        return True
    before = re.search(r"([A-Z][\w’'-]*)[\"”]?[ \t]+$", doc.text[max(0, hit.start - 40):hit.start])
    if not before or doc.text[max(0, hit.start - len(before.group(0)) - 2):hit.start - len(before.group(0))]\
            .strip() in {"", ".", "!", "?", ":"}:
        return False  # no capitalised word before it, or that word opens the sentence
    return not doc.gaz.lookup(before.group(1)) and before.group(1).lower() not in {"in", "at", "from", "to"}


def _add_country(doc: Doc, iso2: str, hit: Hit, inside_agency: bool, how: str) -> None:
    entry = doc.gaz.countries.get(iso2)
    if entry is None:
        return
    doc.entity(f"country:{iso2}", "Country", entry.name, hit.start, hit.end, resolution=f"gazetteer:{how}",
                inside_agency=inside_agency, adjective=how == "demonym", iso2=iso2, iso3=entry.data.get("iso3"))


def _add_place(doc: Doc, hit: Hit, ports: list[Entry], cities: list[Entry], inside_agency: bool = False) -> None:
    sentence = doc.sents[doc.sentence_of(hit.start)]
    # Port words near the name make it a port here; a container named elsewhere in a long sentence does not.
    window = doc.text[max(sentence.context_start, hit.start - 60):min(sentence.end, hit.end + 60)]
    port_context = re.search(r"\b(?:(?:euro|sea)?ports?|harbou?rs?|containers?|vessel|(?:trans-?s?)?ship(?:ped|ping)?|ferry|seized|intercepted|"
                             r"arrived|offload\w*|docked|terminal|escorted|airport|flight|cargo|shipment)\b",
                             window, re.I)
    prefix = doc.text[max(sentence.context_start, hit.start - 30):hit.start]
    seized_in = re.search(r"\b(?:seized|found|intercepted|discovered)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$",
                          prefix, re.I)
    city = town_meant(doc, cities)
    ports = _ports_where_the_document_is(ports, city, doc.country_counts)
    country = ports[0].data["country"] if ports else city.data["country"]
    facility_town = P.FACILITY_IN.search(prefix)  # "the Kordo Airport, Vellin": the airport is the port
    home_town = P.SOMEONE_FROM.search(prefix)  # "a man from X"
    building_town = P.BUILDING_IN.search(prefix)  # "driven to a warehouse in X": the town, not its port
    dateline = doc.is_dateline(hit)  # "MIAMI — The cutter offloaded ...": where the release was issued
    if not inside_agency and not facility_town and not home_town and not building_town and not dateline and (
            (ports and port_context) or seized_in or re.search(r"\bport of\s+$", prefix, re.I)
            or re.match(r"\s+Port" + P.OF_ENTRY.pattern, doc.text[hit.end:hit.end + 20])):
        if ports:
            p = ports[0].data
            place = doc.entity(f"port:{ports[0].key}", "Port", p["name"], hit.start, hit.end,
                               resolution="gazetteer:port", country=p["country"], locode=p["locode"],
                               kind=p.get("kind"))
        else:
            place = doc.entity(f"port:{city.key.lower()}", "Port", city.name, hit.start, hit.end,
                               resolution="gazetteer:city+port-context", country=city.data["country"])
    else:
        name = city.name if city else ports[0].data["name"]
        key = city.key if city else f"{country}-{slug(name)}"
        place = doc.entity(f"location:{key.lower()}", "Location", name, hit.start, hit.end,
                           resolution="gazetteer:city", country=country, inside_agency=inside_agency)
    if city and city.data.get("admin1") and city.data["country"] == country:
        doc.place_region.setdefault(place.id, city.data["admin1"])


# Facts the gazetteer knows (a port lies in its country, a national force belongs to it) carry rules
# named "reference.*": the document merely names the place, so two documents naming it do not
# corroborate the fact (charts, exports and the corroboration queries count stated claims only).
def relate_geography(doc: Doc) -> None:
    _add_implied_countries(doc)
    _most_specific_seizure_places(doc)
    for ent in list(doc.entities.values()):
        if ent.label in {"Port", "Location"}:
            country = ent.properties.get("country")
            if country and f"country:{country}" in doc.entities:
                doc.relate(ent.id, "LOCATED_IN", f"country:{country}", doc.first_sentence(ent.id),
                            "reference.place-country", 0.9)
        if ent.label == "Agency":
            country = doc.agency_country.get(ent.id)
            if country and f"country:{country}" in doc.entities:
                doc.relate(ent.id, "LOCATED_IN", f"country:{country}", doc.first_sentence(ent.id),
                            "reference.agency-country", 0.9)
    _relate_towns_to_their_regions(doc)
    # "Felixstowe, Suffolk", "Chorley, Lancashire", "Bootle ... all Merseyside"
    region_at = {m.start: m for m in doc.mentions_of("Region")}
    for m in doc.mentions_of("Port", "Location"):
        # ("X Port, Co. Cork": a county; the mention may leave out the facility word)
        gap = re.match(r"(?:[ \t]+(?:Port|Harbou?r|Airport))?,\s*(?:all\s+|Co\.?\s+)?", doc.text[m.end:m.end + 20])
        region = region_at.get(m.end + gap.end()) if gap else None
        # "in Portville, Kordovia State and Lakeland": a list of places, not a town and its province
        listed = region and re.match(r",?\s+(?:and|or)\s+(?:the\s+)?[A-Z]|,\s*[A-Z]", doc.text[region.end:region.end + 16])
        if region and region.entity_id != m.entity_id and not listed:
            doc.relate(m.entity_id, "LOCATED_IN", region.entity_id, m.sentence, "geography.apposition", 0.7)
    _relate_facilities_to_their_towns(doc)


def _relate_facilities_to_their_towns(doc: Doc) -> None:
    """'the Kordo Airport, Vellin', 'the Kordo Port in Vellin': a named facility lies in the town after it."""
    town_at = {m.start: m for m in doc.mentions_of("Location")}
    for m in doc.mentions_of("Port"):
        gap = re.match(r"(?:,|\s+in)\s+(?:the\s+)?", doc.text[m.end:m.end + 12])
        town = town_at.get(m.end + gap.end()) if gap and P.FACILITY_NAME.search(m.text) else None
        if town and town.entity_id != m.entity_id:
            doc.relate(m.entity_id, "LOCATED_IN", town.entity_id, m.sentence, "geography.facility-town", 0.7)


def _relate_towns_to_their_regions(doc: Doc) -> None:
    """A town in a province the document names lies in it (GeoNames knows which: Ahmedabad in Gujarat)."""
    regions = {}
    for ent in doc.entities.values():
        if ent.label == "Region":
            for spelling in (ent.name, *ent.aliases):
                regions.setdefault(plain_key(spelling), ent.id)
    for place_id, admin1 in doc.place_region.items():
        region = regions.get(plain_key(admin1))
        if region and place_id in doc.entities:
            doc.relate(place_id, "LOCATED_IN", region, doc.first_sentence(place_id), "reference.place-region", 0.85)
    # "the Kordovia Province Police", "Sûreté du Québec": a force named after a province the document names.
    for agency in doc.mentions_of("Agency"):
        for hit in doc.gaz.find_in_name(agency.text):
            provincial = hit.of("subdivision") or [e for e in hit.of("region") if e.data.get("kind") == "subnational"]
            region = regions.get(plain_key(hit.text)) if provincial else None
            if region:
                doc.relate(agency.entity_id, "LOCATED_IN", region, agency.sentence, "reference.agency-region", 0.8)


def _most_specific_seizure_places(doc: Doc) -> None:
    """A seizure 'in the UK' and 'at Southampton Port' happened at Southampton; one 'at Vellin' and
    'at Vellin International Airport', at the airport."""
    seized = defaultdict(set)
    for r in doc.relations.values():
        if r.type == "SEIZED_AT":
            seized[r.source].add(r.target)
    for shipment, places in seized.items():
        covered = {f"country:{doc.entities[p].properties.get('country')}" for p in places
                   if doc.entities[p].label in {"Port", "Location"}}
        names = [doc.entities[p].name for p in places if doc.entities[p].label == "Port"]
        covered |= {p for p in places if any(n.startswith(doc.entities[p].name + " ") for n in names)}
        for place in places & covered:
            del doc.relations[(shipment, "SEIZED_AT", place)]


def _add_implied_countries(doc: Doc) -> None:
    """A named port, town or national agency places its country on the chart,
    even where the text never names the country (Rotterdam -> Netherlands)."""
    for ent in list(doc.entities.values()):
        country = ent.properties.get("country") if ent.label in {"Port", "Location"} else None
        if ent.label == "Agency":
            country = doc.agency_country.get(ent.id)
        if country and f"country:{country}" not in doc.entities:
            doc.implied_country(country, ent.id)


def _ports_where_the_document_is(ports: list[Entry], city: Entry | None, countries: Counter) -> list[Entry]:
    """Of ports sharing a name, the one in the country the document talks about most; none where a
    town of that name lies in another country the document talks about as much (a namesake's port)."""
    if not ports:
        return ports
    port = _best_place(ports, countries)
    if city and city.data["country"] != port.data["country"] and \
            countries.get(city.data["country"], 0) >= countries.get(port.data["country"], 0):
        return []   # nothing says the port's country: the town (the largest, or the one the text places)
    return [port]


def _best_place(entries: list[Entry], countries: Counter) -> Entry:
    """Of places sharing a name, the one in the country the document talks about most."""
    return max(entries, key=lambda e: countries.get(e.data.get("country"), 0))


# A town this many times smaller than the largest place of its name needs its province named to be
# meant: an American release that says "bound for Rotterdam" means the Dutch port, not a New York town.
NAMESAKE_RATIO = 10
# A town in the province of one of the document's own big cities is meant unless the namesake abroad
# is this many times bigger: a Sydney release's Liverpool (16 times smaller than England's) is the
# Sydney suburb; a Houston release's Paris (Texas, 80 times smaller) is still France's.
HOME_NAMESAKE_RATIO = 25


def town_meant(doc: Doc, towns: list[Entry]) -> Entry | None:
    """Of the towns a name may be, the one this document's own geography points to (best_city)."""
    return best_city(towns, doc.country_counts, doc.named_provinces, doc.home_provinces,
                     doc.home_country) if towns else None


def best_city(cities: list[Entry], countries: Counter, provinces: frozenset[str] | set[str] = frozenset(),
              home_provinces: frozenset[str] | set[str] = frozenset(), home: str | None = None) -> Entry:
    """A city name shared by several places: the one in a province the document names, or in the
    province of a big city of its own country (unless a world city abroad bears the name), else in a
    country it talks about (unless it is a small namesake of a big city; a town of the document's own
    country may be smaller, as it may in its province), else the most populous."""
    largest = max(c.data.get("population") or 0 for c in cities)

    def rank(c: Entry) -> tuple:
        population = c.data.get("population") or 0
        ratio = HOME_NAMESAKE_RATIO if home and c.data.get("country") == home else NAMESAKE_RATIO
        counted = countries.get(c.data.get("country"), 0) if population * ratio >= largest else 0
        province = plain_key(c.data.get("admin1") or "")
        at_home = province in home_provinces and population * HOME_NAMESAKE_RATIO >= largest
        return province in provinces or at_home, counted, population
    return max(cities, key=rank)
