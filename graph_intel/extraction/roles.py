"""Sentence by sentence: the cue words around a list of places give it a role (origin,
transit, destination, seizure place, where a group is active, who took part)."""
from __future__ import annotations

import re
from collections import defaultdict

from graph_intel.extraction import patterns as P
from graph_intel.extraction.doc import PLACE_LABELS, Doc, Mention, Shipment
from graph_intel.extraction.gazetteer import Hit
from graph_intel.extraction.shipments import earlier_seizure
from graph_intel.extraction.text import Sentence
from graph_intel.records import Relation


def relate_sentences(doc: Doc) -> None:
    # Mentions no longer change from here on: index them by sentence.
    doc.index_mentions()
    for index, sentence in enumerate(doc.sents):
        places = _place_groups(doc, index)
        ships = [s for s in doc.shipments if index in doc.shipment_sentences.get(s.entity_id, [])]
        implied = not ships
        if implied:
            ships = _implied_shipments(doc, sentence)
        owners = {} if implied else _figures_per_place(doc, index, places, ships)
        for group, cue in places:
            _relate_place_group(doc, index, sentence, group, cue, ships, implied, owners.get(id(group)))
        if not implied:
            _seized_in_the_lines_country(doc, index, places, ships)
        _into_the_country(doc, index, sentence, ships)
        _relate_participants(doc, index, sentence, [] if implied else ships)


def _seized_in_the_lines_country(doc: Doc, index: int, places: list[tuple[list[Mention], str]],
                                 ships: list[Shipment]) -> None:
    """'- Panama: 18 tonnes of cocaine': a results line that opens with a country had its goods seized
    there, where it names no nearer place ('- Spain: 9 tonnes seized at the port of X')."""
    if not places or places[0][1] != "authority" or len(places[0][0]) != 1:
        return
    country = places[0][0][0]
    if country.label == "Country" and P.COUNTRY_LINE.fullmatch(doc.text, doc.sents[index].start, country.start) \
            and doc.text[country.end:country.end + 2].lstrip().startswith(":"):
        _seized_in_country(doc, ships, country.entity_id, index, "seizure.country-line", 0.6)


def _into_the_country(doc: Doc, index: int, sentence: Sentence, ships: list[Shipment]) -> None:
    """'heroin smuggled into the country': the country the release is set in is where it was going."""
    m = P.INTO_THE_COUNTRY.search(sentence.text) if ships and " country" in sentence.text else None
    country = doc.implied_country(doc.home_country, "into-the-country") if m else None
    for ship in ships if country else []:
        doc.relate(ship.entity_id, "DESTINED_FOR", country, index, "route.into-the-country", 0.6,
                   stop=sentence.start + m.end())


def relate_headline_seizure(doc: Doc) -> None:
    """'Cocaine seized at Kordovia Harbour' in the headline, the figure only in the body: the
    headline says where the release's main seizure happened. The main seizure is the headline's
    own figure, else the body's first, and it takes the place only if no sentence placed it."""
    if not doc.shipments or "\n" not in doc.text.strip() or not doc.says(P.SEIZURE, 0):
        return
    places = [group for group, cue in _place_groups(doc, 0) if cue in {"in", "arrival"}]
    if not places:
        return
    main = _main_shipment(doc)
    if main is None or _placed(doc, main):
        return
    _seized_at(doc, main, places[0], 0)


def _main_shipment(doc: Doc) -> Shipment | None:
    """The seizure the release is about: the headline's figure, else the body's first."""
    titled = [s for s in doc.shipments if 0 in doc.shipment_sentences.get(s.entity_id, [])]
    return titled[0] if titled else min((s for s in doc.shipments if not earlier_seizure(doc, s)),
                                        key=lambda s: s.span.start, default=None)


def _implied_shipments(doc: Doc, sentence: Sentence) -> list[Shipment]:
    """'The cannabis was found in a lorry from the Hook of Holland': a sentence that names goods
    (or a load) but no figure is about the seizure those goods belong to, when the document has
    one: one shipment of that commodity, or one list of goods seized together (the items under
    one introducing line, or the figures of one sentence)."""
    # "The drugs were imported from X" names no substance: it speaks of the load, like "the consignment".
    lowered = doc.lowered[sentence.start:sentence.end]
    many = any(word in lowered for word in P.LOAD_WORDS) and P.MANY_LOADS.search(sentence.text)
    if P.HABITUAL.search(sentence.text) or many:
        return []  # "Heroin is typically smuggled from A through B": the trade in general, not these goods
    if any(sentence.start <= figure < sentence.end for figure in doc.unseized_figures):
        return []  # "brought 90 kg a month into the UK through Hull": the way of the figure no one seized
    specific, classes = _goods_named(doc, sentence)
    here = doc.sentence_of(sentence.start)
    if not (specific or classes) and here and P.THEIR_WAY_OPENS.match(sentence.text):
        # "The cocaine comes from A. But the destination is B.": the way of the goods just named
        specific, classes = _goods_named(doc, doc.sents[here - 1])
    if not (specific or classes) and P.MONEY.search(sentence.text):
        return []  # "the money, some of which was sent to X": the cash's way, not the goods'
    current = [s for s in doc.shipments if not earlier_seizure(doc, s)]  # an earlier case is told on its own
    taken = P.SEIZURE_NOUN_OR_VERB.search(sentence.text)  # (counted carriers a seizure took carry nothing)
    transport = any(doc.free(sentence.start + m.start(), sentence.start + m.end())
                    and not (taken and P.SEIZED_CARRIERS_BEFORE.search(sentence.text, 0, m.start()))
                    for m in P.CARRIER.finditer(sentence.text)) or _the_hiding_place(doc, sentence, current)
    of_the_kind = [s for s in current if s.commodity in specific or _kind(doc, s) in classes] \
        if specific or classes else (current if transport else [])
    candidates = _named_again(sentence, current) or of_the_kind
    events = {_seizure_event(doc, s) for s in candidates}
    just_told = False
    if len(events) > 1 and not specific and P.THE_GROUPS_GOODS.search(sentence.text):
        return candidates  # "the syndicate obtained the drugs from X": all its goods, seized in one raid or two
    if len(events) > 1 and (transport or specific or classes):
        # "... seized 18 rifles and a silencer. The container was destined for X.": the seizure just told.
        nearest = min((here - s.sentence for s in candidates if 0 < here - s.sentence <= 2), default=None)
        recent = [s for s in candidates if here - s.sentence == nearest]
        if not recent and P.THE_LOAD_OPENS.match(sentence.text):
            recent = [m for m in [_main_shipment(doc)] if m in candidates]  # "the consignment": the release's own
        candidates = recent
        events, just_told = {_seizure_event(doc, s) for s in candidates}, True
    if len(events) != 1:
        return []
    event = events.pop()
    together = [s for s in current if _seizure_event(doc, s) == event]
    if not just_told and any(s.commodity in {c.commodity for c in candidates} for s in current if s not in together):
        return []  # the same goods were also seized elsewhere: the sentence does not say which
    places = {m.entity_id for s in together for m in doc.in_sentence(s.sentence, *PLACE_LABELS)
              if doc.sents[s.sentence].start != doc.sents[s.sentence].context_start}
    if len(places) > 1:
        return candidates if len(candidates) == 1 else []  # a list of separate seizures, each at its place
    if len(together) > 1 and transport:
        # "the cocaine, bound for X": not the guns seized with it; "the weapons": rifles and grenades alike
        return [s for s in together if s.commodity in specific or _kind(doc, s) in classes] \
            if specific or classes else together
    return candidates


def _the_hiding_place(doc: Doc, sentence: Sentence, ships: list[Shipment]) -> bool:
    """'... found 2 t of cocaine concealed inside an excavator. The excavator had been loaded in X': a
    sentence about what the goods were hidden in speaks of their way."""
    for ship in ships:
        for told in doc.shipment_sentences.get(ship.entity_id, [ship.sentence]):
            hidden = P.CONCEALED_IN.search(doc.sents[told].text)
            if hidden and re.search(rf"\b(?:the|this|that|these|those)\s+{hidden.group('noun')}(?:s|es)?\b",
                                    sentence.text, re.I):
                return True
    return False


def _goods_named(doc: Doc, sentence: Sentence) -> tuple[set[str], set[str]]:
    """The commodities a sentence names by name ('the cocaine'), and the kinds it names by a class
    word ('the drugs', 'the weapons', 'the chemicals'): what its carrier and route are said of."""
    specific, classes = set(), set()
    # (not a word of a name: "the Drugs Sub-Directorate" is a unit, not the goods)
    for hit in (h for h in doc.hits_between(sentence.start, sentence.end) if doc.free(h.start, h.end)):
        counted_as = _counted_as(doc, hit)
        if counted_as:
            specific |= counted_as
            continue
        for entry in hit.of("commodity"):
            kinds = P.GOODS_CLASSES.get(hit.text.lower())
            if kinds:
                classes |= kinds
            elif entry.data.get("class"):
                classes.add(entry.data["kind"])  # "the substances", "the precursor chemicals": any of that kind
            else:
                specific.add(entry.name)
    if P.THE_DRUG.search(sentence.text):
        classes.add("drug")
    if P.THE_CONTRABAND.search(sentence.text):
        classes |= {_kind(doc, s) for s in doc.shipments} - {None}  # "the contraband": goods of any kind
    return specific, classes


def _named_again(sentence: Sentence, ships: list[Shipment]) -> list[Shipment]:
    """'... seized 3 t of pangolin scales and 40 kg of ivory. The scales were packed for export to X':
    the goods' own noun with 'the' names them again (not the ivory seized with them)."""
    said = {noun.lower() for noun in P.THE_NOUN.findall(sentence.text)}
    return [ship for ship in ships if (noun := re.search(r"[a-z]{4,}$", ship.span.text)) and noun.group(0) in said]


def _counted_as(doc: Doc, hit: Hit) -> set[str]:
    """'the pills', 'the tablets': the goods counted in the form the word names, whatever the drug
    ('1,000 fentanyl pills'), not every drug that comes as pills."""
    word, entries = hit.text.lower(), hit.of("commodity")
    if not entries or not all(word in e.data.get("unit_words", []) for e in entries):
        return set()
    return {s.commodity for s in doc.shipments
            if s.unit == "units" and re.search(rf"\b{re.escape(word)}\b", s.span.text.lower())}


def _kind(doc: Doc, ship: Shipment) -> str | None:
    entry = doc.gaz.commodities.get(ship.commodity)
    return entry.data.get("kind") if entry else None


def _seizure_event(doc: Doc, ship: Shipment) -> int:
    """Goods listed under one introducing line, or named in one sentence, were seized together
    (a figure the headline announces, in the body sentence that tells it again)."""
    told = [i for i in doc.shipment_sentences.get(ship.entity_id, []) if i > 0] if ship.sentence == 0 else []
    return doc.sents[told[0] if told else ship.sentence].context_start


def _place_groups(doc: Doc, index: int) -> list[tuple[list[Mention], str]]:
    """Places of a sentence in lists ("from Colombia, Brazil and Ecuador"),
    each list with the cue that precedes its first member."""
    # "a European operation", "Dutch men": an adjective is not a place, unless it
    # qualifies one ("Dutch waters", "European ports").
    mentions = sorted((m for m in doc.in_sentence(index, *PLACE_LABELS) if not m.inside_agency and not (
        m.adjective and not re.match(r"\s+(?:[A-Z][a-z]+\s+)?(?:ports?|harbou?rs?|waters|coast\w*|territory|soil|"
                                     r"airports?|countries|states|markets?|cities|origin)\b",
                                     doc.text[m.end:m.end + 20], re.I))), key=lambda m: m.start)
    groups: list[list[Mention]] = []
    for m in mentions:
        if groups:
            gap = doc.text[groups[-1][-1].end:m.start]
            # ("to Portville in Kordovia and Vellin": Vellin is a stop of its own, not one of Kordovia's list)
            if _town_of_facility(doc, groups[-1][-1], gap) or \
                    len(groups) > 1 and m.label in {"Port", "Location"} and _named_within(doc, groups[-2][-1], groups[-1]):
                groups.append([m])
                continue
            if _country_of_the_town_before(doc, groups[-1][-1], m, gap) or \
                    re.fullmatch(r"\s*(?:\([^)]*\))?\s*(?:,|and|or|,\s*and|,\s*or|/|&|,\s*the|and\s+the|"
                            r"and\s+parts\s+of|\s)\s*(?:the\s+)?(?:Republic of\s+|Kingdom of\s+)?", gap):
                groups[-1].append(m)
                continue
        groups.append([m])
    sentence = doc.sents[index]
    result = []
    for group in groups:
        before = doc.text[sentence.start:group[0].start]
        after = doc.text[group[-1].end:sentence.end]
        cue = _cue(doc, before, after)
        if cue == "taken-from":
            # "3 t seized from Portville port": where it was taken; "guns seized from the US": where they came from
            cue = "from" if all(m.label == "Country" for m in group) else "in"
        elif cue in {"in", ""} and P.ON_ITS_WAY_AFTER.match(after) and not doc.says(P.SEIZURE, index):
            cue = "via"  # "the van was already in X on its way to Y": a place it passed (not one it was stopped in)
        elif not cue and P.ACROSS_END.search(before) and _a_sea(doc, group):
            cue = "via"  # "by speedboat across the Strait of X to Y", "crossed the X Canal": the water crossed
        result.append((group, cue))
    return _onward_stops(doc, result)


def _a_sea(doc: Doc, group: list[Mention]) -> bool:
    """Seas, straits and oceans: places of no country."""
    return all(m.label == "Location" and not doc.entities[m.entity_id].properties.get("country") for m in group)


def _country_of_the_town_before(doc: Doc, town: Mention, m: Mention, gap: str) -> bool:
    """'shipped to Rotterdam, in the Netherlands': the country only says where the town lies."""
    return m.label == "Country" and town.label in {"Port", "Location"} \
        and re.fullmatch(r"\s*,\s*in\s+(?:the\s+)?", gap) is not None \
        and f"country:{doc.entities[town.entity_id].properties.get('country')}" == m.entity_id


def _town_of_facility(doc: Doc, facility: Mention, gap: str) -> bool:
    """'at the Kordo Airport, Vellin': the town after a named facility and a comma is where the
    facility lies, not a second place of a list."""
    return gap.strip() == "," and P.FACILITY_NAME.search(facility.text) is not None


def _named_within(doc: Doc, town: Mention, places: list[Mention]) -> bool:
    """'Portville in Kordovia': the countries (or regions) say where the town before them lies."""
    return town.label in {"Port", "Location"} and all(c.label in {"Country", "Region"} for c in places) \
        and re.fullmatch(r"\s+in\s+(?:the\s+)?", doc.text[town.end:places[0].start]) is not None


def _onward_stops(doc: Doc, result: list[tuple[list[Mention], str]]) -> list[tuple[list[Mention], str]]:
    """Cues that only the next list of places settles: see the steps."""
    _facilities_of_towns(doc, result)
    nested = _stops_named_within(doc, result)
    _countries_of_unlisted_stops(doc, result)
    _reloaded_stops(doc, result)
    _stops_left_again(doc, result, nested)
    _legs_begun_on_the_way(doc, result)
    return result


def _facilities_of_towns(doc: Doc, result: list[tuple[list[Mention], str]]) -> None:
    """'at Kordo's Vellin International Airport': the facility is where it happened; the town
    before the possessive only says where the facility lies."""
    for i in range(1, len(result)):
        (town, cue), (facility, own) = result[i - 1], result[i]
        if len(town) == 1 and len(facility) == 1 and not own and town[0].label in {"Port", "Location"} \
                and re.fullmatch(r"['’]s?\s+(?:the\s+)?", doc.text[town[0].end:facility[0].start]) \
                and P.FACILITY_NAME.search(facility[0].text):
            result[i - 1], result[i] = (town, ""), (facility, cue)


def _legs_begun_on_the_way(doc: Doc, result: list[tuple[list[Mention], str]]) -> None:
    """'driven through A and B before being shipped by ferry from X to Y': a leg that begins after stops
    already passed begins at a stop, not where the goods came from."""
    for i in range(1, len(result)):
        (earlier, earlier_cue), (group, cue) = result[i - 1], result[i]
        if cue == "from" and earlier_cue == "via" and P.ONWARD.search(doc.text, earlier[-1].end, group[0].start):
            result[i] = (group, "via")


def _stops_named_within(doc: Doc, result: list[tuple[list[Mention], str]]) -> set[int]:
    """'shipped to Port X in Y': Y is on the route as X is; 'to X and to Y': Y is a destination too,
    as is Y in 'via X, W and V to Y' (a list of stops then 'to').
    Returns the positions of the places named within the stop before them."""
    nested = set()
    for i in range(1, len(result)):
        (earlier, earlier_cue), (group, cue) = result[i - 1], result[i]
        between = doc.text[earlier[-1].end:group[0].start]
        # "to Portville in Kordovia" (a country or region round the stop), not "from Kordovia in the port
        # of Portville" (where the goods then were)
        # ("to the Puglia region of Italy": the country the region named as a stop lies in)
        if earlier_cue in {"from", "via", "to"} and all(m.label in {"Country", "Region"} for m in group) and (
                cue == "in" and re.fullmatch(r"\s*(?:port|harbou?r|airport|peninsula|river|coast|region|area)?\s*"
                                             r"(?:,|in)\s*(?:the\s+)?", between, re.I)
                or cue in {"in", ""} and re.fullmatch(r"\s*(?:region|province|state|area|department|district)\s+of\s+"
                                                      r"(?:the\s+)?", between, re.I)):
            result[i] = (group, earlier_cue)
            nested.add(i)
        elif cue == "to" and earlier_cue == "to" and _outside_the_country_before(doc, earlier, group, between):
            result[i] = (group, "in")  # "cocaine bound for Kordovia in Portville port": where it was seized
        elif cue == "in" and not earlier_cue and all(m.label in {"Country", "Region"} for m in group) \
                and re.fullmatch(r"\s*(?:,|in)\s*(?:the\s+)?", between):
            result[i] = (group, "")  # "Jo Roe, 51, from Gdansk in Poland": where the town is, no role of its own
        elif i > 1 and earlier_cue in {"from", "to", "via"} and group[0].label in {"Port", "Location"} and \
                _named_within(doc, result[i - 2][0][-1], earlier) and \
                re.fullmatch(r"\s*,?\s*(?:and|or)\s+(?:the\s+)?", between):
            result[i] = (group, earlier_cue)  # "to Portville in Kordovia and Vellin": Vellin too
        elif not cue and earlier_cue in {"from", "to", "via"} and \
                re.fullmatch(r"\s*,?\s*(?:(?:and|or)\s+)?(?:then\s+)?(?:on\s+)?to\s+(?:the\s+)?", between, re.I):
            result[i] = (group, "to")
    return nested


def _outside_the_country_before(doc: Doc, countries: list[Mention], towns: list[Mention], between: str) -> bool:
    """'bound for Kordovia in Portville': a town that does not lie in the destination country just
    named is not a place within it."""
    if not re.fullmatch(r"\s+in\s+(?:the\s+)?", between) or any(m.label != "Country" for m in countries):
        return False
    held = {m.entity_id.removeprefix("country:") for m in countries}
    return all(m.label in {"Port", "Location"}
               and doc.entities[m.entity_id].properties.get("country") not in held | {None} for m in towns)


def _countries_of_unlisted_stops(doc: Doc, result: list[tuple[list[Mention], str]]) -> None:
    """'shipped to Vellin in Kordovia', a town no list holds: Kordovia is on the route where Vellin is."""
    for i, (group, cue) in enumerate(result):
        if cue != "in" or any(m.label not in {"Country", "Region"} for m in group):
            continue
        m = P.UNLISTED_STOP.search(doc.text, max(0, group[0].start - 80), group[0].start)
        if m and doc.free(*m.span("town")) and not doc.gaz.lookup(m.group("town")):
            result[i] = (group, {"to": "to", "from": "from"}.get(m.group("cue"), "via"))


def _reloaded_stops(doc: Doc, result: list[tuple[list[Mention], str]]) -> None:
    """'driven to X, where it was put on a ship': the goods passed through X."""
    for i, (group, cue) in enumerate(result):
        if cue == "to" and P.RELOADED_AFTER.match(doc.text, group[-1].end):
            result[i] = (group, "via")


def _stops_left_again(doc: Doc, result: list[tuple[list[Mention], str]], nested: set[int]) -> None:
    """'sent to X, from where the crates went on to Y': a destination the goods left again is a transit
    stop (with the places it was named within); the route ends at the last. So is a place they were
    landed at ('unloaded at X, from where it was taken by road to Y')."""
    for i in range(1, len(result)):
        (earlier, earlier_cue), (group, cue) = result[i - 1], result[i]
        if earlier_cue in {"in", "arrival", "near"} and cue in {"to", "via"} and \
                P.LEFT_FROM_THERE.match(doc.text, earlier[-1].end, group[0].start):
            result[i - 1] = (earlier, "via")
        if earlier_cue == "to" and cue in {"to", "arrival", "into", "in"} and \
                P.ONWARD.search(doc.text[earlier[-1].end:group[0].start]) and not _spread_over(doc, group, earlier):
            j = i - 1
            while True:
                result[j] = (result[j][0], "via")
                if j not in nested:
                    break
                j -= 1


def _spread_over(doc: Doc, regions: list[Mention], places: list[Mention]) -> bool:
    """'shipped to Port X and then distributed in Europe': the goods were to spread from X over a region
    that holds it; X still ends their way."""
    entries = [doc.gaz.regions.get(m.entity_id.removeprefix("region:")) for m in regions]
    held = {c for e in entries if e for c in e.data.get("countries") or ()}
    countries = {doc.entities[m.entity_id].properties.get("iso2") or doc.entities[m.entity_id].properties.get("country")
                 for m in places}
    return all(entries) and countries <= held


def _figures_per_place(doc: Doc, index: int, places: list[tuple[list[Mention], str]],
                       ships: list[Shipment]) -> dict[int, list[Shipment]]:
    """'seized 1 t of cocaine in A, 400 kg of heroin in B and 95 kg of cannabis in C': where figures
    and places take turns, each place is where the figures told since the place before were seized."""
    by_id = {s.entity_id: s for s in ships}
    figures = sorted((m for m in doc.in_sentence(index, "Shipment") if m.entity_id in by_id), key=lambda m: m.start)
    owners, since = {}, 0
    for group, cue in places:
        if cue not in {"in", "arrival"}:
            continue
        told = dict.fromkeys(m.entity_id for m in figures if since <= m.start < group[0].start)
        since = group[-1].end
        if told:
            owners[id(group)] = [by_id[t] for t in told]
    return owners if len(owners) > 1 else {}


def _relate_place_group(doc: Doc, index: int, sentence: Sentence, group: list[Mention], cue: str,
                        ships: list[Shipment], implied: bool = False, owners: list[Shipment] | None = None) -> None:
    rel_for_cue = {"from": "ORIGINATED_IN", "via": "TRANSITED_VIA", "to": "DESTINED_FOR"}
    arrests = doc.says(P.ARREST, index) and not doc.says(P.UNRELATED, index)
    enforcement = arrests and not ships
    # (a fugitive's arrest abroad is no seizure of the goods he is wanted for)
    seizure = bool(ships) and (cue in {"in", "arrival"} and (
        doc.says(P.SEIZURE, index, context=True)
        or (doc.says(P.ARREST, index, context=True) and not implied and not doc.says(P.FUGITIVE, index))
        or cue == "arrival") or _caught_where_it_went(doc, sentence, group, cue)) \
        and not _not_where_seized(doc, sentence, group) \
        and not (implied and doc.says(P.CASE_OPENED_BY, index)) \
        and not (index == 0 and _a_nearer_place_named_in_it(doc, group))
    if seizure:
        for ship in ships if owners is None else owners:
            if _seized_in_sentence(doc, ship, index) and \
                    P.OTHER_GOODS_THEN_PLACE.search(doc.text[ship.span.end:group[0].start]):
                continue  # "480 kg of cocaine in a barn in A and a cache of weapons in B": B is the weapons'
            _seized_at(doc, ship, group, index)
    if ships and cue in {"coast", "near"} and doc.says(P.SEIZURE, index):
        # "in a warehouse in A, near B": B only says where A is ("In Kordovia, police stopped a truck
        # near B": a country says less than B)
        unplaced = [s for s in ships if cue == "coast" or not _seized_in_sentence(doc, s, index, towns_only=True)]
        _seized_off(doc, unplaced, group, index)
    if cue == "from" and _home_of_an_agency(doc, index, group[0]) or \
            cue == "via" and _home_of_an_agency(doc, index, group[0], seat="in"):
        cue = ""  # "by the Narcotics Bureau from Kordo", "through the X Centre in Y": where a body is, no route
    for i, m in enumerate(group):
        place = m.entity_id
        if ships and cue in rel_for_cue and not _province_of_the_town_before(doc, group, i):
            clause = _goods_named_last(doc, sentence, ships, m.start) if implied else ships
            for ship in _ships_the_way_is_told_of(doc, sentence, clause, m.start):
                doc.relate(ship.entity_id, rel_for_cue[cue], place, index, f"route.{cue}", 0.75, stop=m.start)
        elif seizure:
            pass  # the group was related as a seizure place above
        elif doc.target_org and cue == "from" and _group_from(doc, sentence, group[0]):
            doc.relate(doc.target_org, "OPERATES_IN", place, index, "group.based-in", 0.6)
        elif doc.target_org and cue in {"from", "via"} and _group_trade_from(doc, index, group[0]) \
                and not _province_of_the_town_before(doc, group, i):
            doc.relate(doc.target_org, rel_for_cue[cue], place, index, f"group.route.{cue}", 0.6, stop=m.start)
        based_group = (_group_said_based(doc, index, group[0]) or doc.target_org) if cue == "based" else None
        if based_group:  # ("worked for a network based in X": that network, not the release's group, is there)
            doc.relate(based_group, "OPERATES_IN", place, index, "group.active-in", 0.65)
        if cue == "transit-area" and doc.target_org:
            doc.relate(doc.target_org, "TRANSITED_VIA", place, index, "group.transit-area", 0.6, stop=m.start)
        operation = doc.operation_at(sentence.start)
        if cue == "in" and arrests and operation and doc.target_org and not _fugitive_caught_in(doc, index, m):
            # Arrests in a town say the group is active in that country (with or without a seizure
            # told beside them); the town may only be where one member lived. A fugitive caught on a
            # warrant abroad says where he hid, not where the group works.
            country = doc.country_of(place) or doc.implied_country(
                doc.entities[place].properties.get("country"), place)
            doc.relate(doc.target_org, "OPERATES_IN", country or place, index, "group.enforcement-place", 0.6)
        # ("In Kordovia, officers seized ...": the country a sentence on the action opens with took part)
        opens = P.IN_COUNTRY_OPENING.match(doc.text, sentence.start)  # ("In Kordovia alone, ...")
        opening = cue == "in" and operation and opens and opens.end("place") == group[-1].end \
            and doc.says(P.ENFORCEMENT, index)
        if cue in {"in", "authority", "participant"} and (enforcement or opening) and operation:
            country = doc.country_of(place)
            if country:
                doc.relate(country, "PARTICIPATED_IN", operation, index,
                            f"participation.{cue}-place", 0.6 if cue == "in" else 0.75)
        if cue in {"authority", "participant"} and operation and not _statistic_of_seizures(doc, index):
            country = doc.country_of(place)
            if country:
                doc.relate(country, "PARTICIPATED_IN", operation, index, f"participation.{cue}", 0.8)
        before = doc.text[sentence.start:group[0].start]
        # (not where its goods were seized, "seized 4 t at X; the drugs were destined for the Y clan", nor
        # where a fugitive hid)
        based = cue == "in" and not seizure and not (arrests and _fugitive_caught_in(doc, index, group[0]))
        named_there = _group_right_before(doc, index, group[0]) if based else None
        if named_there:
            doc.relate(named_there, "OPERATES_IN", place, index, "group.based-in", 0.6)
        elif based and doc.target_org and _mentions_group(doc, index) and \
                not P.EVENT_IN.search(before) and not P.COURT_IN.search(before):
            doc.relate(doc.target_org, "OPERATES_IN", place, index, "group.based-in", 0.6)


def _caught_where_it_went(doc: Doc, sentence: Sentence, group: list[Mention], cue: str) -> bool:
    """'drove it to a unit in X, where officers were waiting': the way ended where the goods were caught."""
    return cue == "to" and P.WHERE_CAUGHT_AFTER.match(doc.text, group[-1].end, sentence.end) is not None


def _goods_named_last(doc: Doc, sentence: Sentence, ships: list[Shipment], offset: int) -> list[Shipment]:
    """'bought cocaine from brokers in A and hashish from suppliers in B': where a sentence names the
    goods without their figures, each before its own places, a place goes with the goods named last
    before it ('cocaine and hashish from A' names both before the place: both came from A)."""
    named = [(h.start, e.name) for h in doc.hits_between(sentence.start, sentence.end) if doc.free(h.start, h.end)
             for e in h.of("commodity") if any(s.commodity == e.name for s in ships)]
    places = [m.start for m in doc.in_sentence(doc.sentence_of(sentence.start), *PLACE_LABELS)]
    interleaved = any(a < p < b and ga != gb for a, ga in named for b, gb in named for p in places)
    before = [goods for start, goods in named if start < offset]
    return [s for s in ships if s.commodity == before[-1]] if interleaved and before else ships


def _ships_of_the_clause(doc: Doc, sentence: Sentence, ships: list[Shipment], offset: int) -> list[Shipment]:
    """'customs found 2.5 t in a shipment from A, and in May 1.8 t were found in a container from B':
    where the sentence's figures stand in clauses of their own, a place goes with its clause's figures."""
    breaks = [sentence.start + b.start() for b in P.CLAUSE_BREAK.finditer(sentence.text)]
    if not breaks:
        return ships

    def clause(position: int) -> int:
        return sum(b < position for b in breaks)
    told = [s for s in ships if sentence.start <= s.span.start < sentence.end]
    if len({clause(s.span.start) for s in told}) < 2:
        return ships
    return [s for s in ships if s not in told or clause(s.span.start) == clause(offset)]


def _ships_the_way_is_told_of(doc: Doc, sentence: Sentence, ships: list[Shipment], offset: int) -> list[Shipment]:
    """The goods a place of the sentence's way belongs to: those of its clause, or the one figure whose
    phrase tells it; none when it is the money's way; never goods a figure no one seized stands after
    ('bought 3 rifles, and moved 80 kg a month from A to B': the rate's way)."""
    if _the_moneys_way(doc, sentence, offset):
        return []
    told = _the_figure_told_with_its_way(doc, sentence, _ships_of_the_clause(doc, sentence, ships, offset), offset)
    return [s for s in told if not _a_figure_not_seized_between(doc, sentence, s, offset)]


def _the_figure_told_with_its_way(doc: Doc, sentence: Sentence, ships: list[Shipment], offset: int) -> list[Shipment]:
    """'seized 14 kg of methamphetamine and 60 kg of pseudoephedrine imported from X': a way told in a
    phrase that follows one figure is that figure's alone."""
    told = [s for s in ships if sentence.start <= s.span.start and s.span.end <= offset]
    last = max(told, key=lambda s: s.span.end, default=None)
    if last is None or len(told) < 2 or not P.WAY_OF_THE_FIGURE.match(doc.text, last.span.end, offset):
        return ships
    return [last]


def _a_figure_not_seized_between(doc: Doc, sentence: Sentence, ship: Shipment, offset: int) -> bool:
    """Whether a figure no one seized (a statistic, a rate) stands between the goods and a place of the
    sentence: the way told after it is that figure's."""
    return any(max(ship.span.end, sentence.start) <= start < offset for start in doc.unseized_figures)


def _the_moneys_way(doc: Doc, sentence: Sentence, offset: int) -> bool:
    """'storing the drugs and collecting the proceeds, which were sent back to X': the place is where
    the money went (no goods named after the money)."""
    said = list(P.MONEY.finditer(doc.text, max(sentence.start, offset - 80), offset))
    money = said[-1] if said else None
    return money is not None and P.MONEY_MOVED.match(doc.text, money.end(), offset) is not None \
        and not any(h.of("commodity") for h in doc.hits_between(money.end(), offset))


def _group_from(doc: Doc, sentence: Sentence, place: Mention) -> bool:
    """'the gang from X', 'a mafia originating from X': where the group comes from is its base (not
    'the gang trafficked cocaine from X', a route)."""
    m = P.GROUP_FROM.search(doc.text, sentence.start, place.start)
    return bool(m) and not P.TRAFFICKING.search(m.group("between"))


def _group_trade_from(doc: Doc, index: int, place: Mention) -> bool:
    """'trafficking arms from A', 'smuggled cocaine via B': in a sentence about the trade, the group's
    route passes the place; not where someone ran the scheme from, goods were collected from or a
    suspect was extradited from ('directed it from Dubai', 'collected the loads from the port of X'),
    nor the cash's way ('to move the cash from A')."""
    start = doc.sents[index].start
    near = max(start, place.start - 60)
    return doc.says(P.TRAFFICKING, index) \
        and not P.NO_ROUTE_FROM.search(doc.text, near, place.start) \
        and not P.MONEY.search(doc.text, max(start, place.start - 40), place.start)


def _statistic_of_seizures(doc: Doc, index: int) -> bool:
    """'Authorities in A and B seized 200 t last year': a period's total, told by no shipment of this
    operation; the authorities it names took no part in the operation."""
    return not any(index in doc.shipment_sentences.get(s.entity_id, []) for s in doc.shipments) \
        and doc.says(P.SEIZURE, index) and doc.says(P.PERIOD_TOTAL, index)


def _home_of_an_agency(doc: Doc, index: int, place: Mention, seat: str = "from") -> bool:
    """'by the Narcotics Bureau from Kordo', 'coordinated through the Harbour Centre in Vellin': where a
    body comes from or sits, said right after its name."""
    return any(re.fullmatch(rf"\s+{seat}\s+(?:the\s+)?", doc.text[m.end:place.start])
               for m in doc.in_sentence(index, "Agency"))


def _province_of_the_town_before(doc: Doc, group: list[Mention], i: int) -> bool:
    """'to customers in Denver, Colorado, and Boise, Idaho': each state says where its town lies;
    it is no stop of the route of its own."""
    town = group[i - 1] if i else None
    return bool(town and group[i].label == "Region" and town.label in {"Location", "Port"}
                and re.fullmatch(r",\s*", doc.text[town.end:group[i].start]))


def _not_where_seized(doc: Doc, sentence: Sentence, group: list[Mention]) -> bool:
    """Places a seizure sentence names for something else: where the arrests were, told in their own
    clause ('Ten people were arrested in A and B, and officers seized 300 kg'); the town a named
    facility lies in ('at the Apapa Port in Lagos': the port is the place); the town a district of it lies
    in ('in the Ikorodu area of Lagos'), or the district round the village named before ('in the village of
    Kocul, in the Vlora district'); the town a body sits in, when the sentence names the seizure's place."""
    before = doc.text[sentence.start:group[0].start]
    return bool(P.ARRESTED_IN.search(before) and P.THEN_SEIZED.match(doc.text[group[-1].end:sentence.end])
                or _round_a_nearer_place(doc, sentence.start, group[0].start, group[-1].end)
                or _seat_before_the_seizure_place(doc, sentence, group))


def _seat_before_the_seizure_place(doc: Doc, sentence: Sentence, group: list[Mention]) -> bool:
    """'the Narcotics Brigade in Valparaíso seized 1 t at the port of San Antonio': the town a body sits
    in, where the sentence goes on to name the place of the seizure."""
    return _home_of_an_agency(doc, doc.sentence_of(sentence.start), group[0], seat="in") \
        and P.SEIZED_AT_A_PLACE_AFTER.search(doc.text, group[-1].end, sentence.end) is not None


def _round_a_nearer_place(doc: Doc, since: int, start: int, end: int) -> bool:
    """Whether the place at start..end is named as what a nearer place lies in: 'the Apapa Port in Lagos',
    'the Ikorodu area of Lagos', 'the village of Kocul, in the Vlora district', 'the village of Kocul, near Vlora'."""
    before = doc.text[max(since, start - 80):start]
    return bool(P.FACILITY_IN.search(before) or P.PART_OF_A_TOWN.search(before) or P.VILLAGE_NEAR.search(before)
                or P.PLACE_THEN_IN_THE.search(before) and P.AREA_KIND_AFTER.match(doc.text, end))


def _a_nearer_place_named_in_it(doc: Doc, group: list[Mention]) -> bool:
    """'... seized at Lagos seaport' in the headline, '... at the Tin Can Island Port in Lagos' in the body:
    the body names a nearer place within the one the headline gives."""
    towns = {m.entity_id for m in group}
    return any(m.entity_id in towns and m.sentence > 0
               and _round_a_nearer_place(doc, doc.sents[m.sentence].start, m.start, m.end) for m in doc.mentions)


def _seized_at(doc: Doc, ship: Shipment, group: list[Mention], index: int) -> None:
    # A seizure happens at a port, a place, a sea or in a country, never "in Europe" (the annotation guide);
    # one in a province only ("at a beach in Kordo County") was seized in the province's country.
    regions = [m for m in group if m.label == "Region"]
    group = [m for m in group if m.label != "Region"]
    if not group:
        _seized_off(doc, [ship], regions, index, "seizure.province-country")
        return
    # ("in Rotterdam, the Netherlands": the town; "in Marbella, Estepona and Algeciras": each town, a
    # port among them or not; "a property in Oakdene, Portville", "the Kordo Airport (KIA), Vellin": the
    # place, then the town it lies in)
    towns = [m for m in group if m.label in {"Port", "Location"}]
    if len(towns) == 2 and re.fullmatch(r"\s*(?:\([^)]*\)\s*)?,\s*", doc.text[towns[0].end:towns[1].start]) and \
            not re.match(r"\s*,?\s*(?:and|or)\b", doc.text[towns[1].end:towns[1].end + 6]):
        towns = towns[:1]
    for m in towns or group:
        doc.relate(ship.entity_id, "SEIZED_AT", m.entity_id, index, "seizure.place", 0.85)


def _seized_off(doc: Doc, ships: list[Shipment], group: list[Mention], index: int,
                rule: str = "seizure.off-place") -> None:
    """'seized off (the coast of) X': at sea, the goods are placed at the nearest named place, or in
    the country of a named region (the annotation guide). Off a whole country says too little."""
    for m in group:
        if m.label in {"Port", "Location"}:
            place = m.entity_id
        elif m.label == "Region":  # the region's country, named or not (the Azores are Portugal's)
            place = doc.implied_country(doc.gaz.country_of_region(doc.entities[m.entity_id].name), m.entity_id)
        else:
            place = None
        for ship in ships if place else []:
            doc.relate(ship.entity_id, "SEIZED_AT", place, index, rule, 0.7)


def _seized_in_sentence(doc: Doc, ship: Shipment, index: int, towns_only: bool = False) -> bool:
    evidence = doc.evidence(index)
    return any(r.source == ship.entity_id and r.type == "SEIZED_AT" and r.evidence == evidence
               and not (towns_only and doc.entities[r.target].label == "Country") for r in doc.relations.values())


def _fugitive_caught_in(doc: Doc, index: int, place: Mention) -> bool:
    """A fugitive caught on a warrant abroad: the place says where he hid, not where the group works.
    A headline's arrest is the body's ('... was arrested in Dubai and extradited'): its fugitive cue counts."""
    told = [index] + ([m.sentence for m in doc.mentions if m.entity_id == place.entity_id and m.sentence
                       and P.ARRESTED_IN.search(doc.text, doc.sents[m.sentence].start, m.start)]
                      if index == 0 else [])
    return any(doc.says(P.FUGITIVE, i) for i in told)


def _group_right_before(doc: Doc, index: int, place: Mention) -> str | None:
    """'the Los Lobos gang in Kordovia': the named group the place is said of, wherever it is in the
    sentence, whether or not the release is about it."""
    return _group_just_before(doc, index, place, r"\s+in\s+(?:the\s+)?", named_only=True)


def _group_said_based(doc: Doc, index: int, place: Mention) -> str | None:
    """'a Dutch-Moroccan network based in X', 'the Y clan, which is active in X': the group the words
    just before the place are said of, named or not."""
    return _group_just_before(doc, index, place, r"\s*,?\s*(?:(?:which|that|who)\s+(?:is|was|are|were|has\s+been)\s+)?"
                              r"(?:based|active|operating|present)\s+(?:in|across|throughout)\s+(?:the\s+)?")


def _group_just_before(doc: Doc, index: int, place: Mention, gap: str, named_only: bool = False) -> str | None:
    """The group whose mention (and group word) the gap's words join to the place."""
    gap = r"(?:[ \t]+" + P.ORG_NOUN + r")?" + gap
    return next((m.entity_id for m in doc.in_sentence(index, "Organisation")
                 if (doc.entities[m.entity_id].named or not named_only)
                 and m.end < place.start and re.fullmatch(gap, doc.text[m.end:place.start], re.I)), None)


def _mentions_group(doc: Doc, index: int) -> bool:
    return any(m.entity_id == doc.target_org for m in doc.in_sentence(index, "Organisation"))


def _relate_participants(doc: Doc, index: int, sentence: Sentence, ships: list[Shipment]) -> None:
    """Demonyms before authority nouns: 'the Bulgarian and Turkish authorities' took part; where
    one country's authorities seized the goods this sentence names and no place is given, the
    goods were seized in that country."""
    operation = doc.operation_at(sentence.start)
    acting = _acting_countries(doc, index, agencies=False)
    if acting and _statistic_of_seizures(doc, index):
        acting = []
    for country in acting if operation else []:
        doc.relate(country, "PARTICIPATED_IN", operation, index, "participation.demonym-authorities", 0.8)
    _arrests_by_a_nations_authorities(doc, index)
    if ships and doc.says(P.SEIZURE, index):
        _seized_where_the_officers_are(doc, index, ships)
        _seized_at_the_port_of_arrival(doc, index, ships)
        _seized_where_the_raid_was(doc, index, ships)
        _seized_at_the_port(doc, index, ships)
    if ships and doc.says(P.SEIZURE, index, context=True):
        # The seizing authorities are named here, in the line that introduced the list, or in the
        # sentence just before ("Austrian police stopped the van. Inside, officers found: ...").
        intro = doc.sentence_of(sentence.context_start)
        for where in dict.fromkeys((index, intro, intro - 1)):
            # a national agency counts where the goods were found in its sentence or the one after
            found = _acting_countries(doc, where, agencies=where != index) if where >= 0 else []
            if found:
                if len(found) == 1:
                    _seized_in_country(doc, ships, found[0], index, "seizure.by-national-authorities", 0.6)
                break


def _arrests_by_a_nations_authorities(doc: Doc, index: int) -> None:
    """'The Kordovian police raided nine homes and arrested four men': with no place
    given, the arrests were made in the country of the one nation's authorities that made them, so the
    group is active there (as arrests in a town say)."""
    if not doc.target_org or not doc.says(P.ARREST, index) or doc.says(P.FUGITIVE, index) \
            or doc.says(P.UNRELATED, index) or doc.operation_at(doc.sents[index].start) is None:
        return
    if any(not (m.adjective or m.inside_agency) for m in doc.in_sentence(index, "Location", "Port", "Country")):
        return  # the sentence says where
    acting = _acting_countries(doc, index)
    if len(acting) == 1:
        doc.relate(doc.target_org, "OPERATES_IN", acting[0], index, "group.arrests-by-national-authorities", 0.55)


def _seized_where_the_officers_are(doc: Doc, index: int, ships: list[Shipment]) -> None:
    """'Customs officers in Vellin found 8 tonnes': with no other place given, the goods were found
    in the one town the officers who found them work in."""
    start = doc.sents[index].start
    towns = {m.entity_id for m in doc.in_sentence(index, "Port", "Location")
             if not m.inside_agency and P.AUTHORITIES_IN.search(doc.text[max(start, m.start - 40):m.start])}
    _seized_in_the_one_place(doc, ships, towns, index, "seizure.where-officers-are")


def _seized_at_the_port(doc: Doc, index: int, ships: list[Shipment]) -> None:
    """'... seized 420 kg in two operations at the port': with no other place given, the goods were
    found at the document's one port (or airport)."""
    m = P.AT_THE_PORT.search(doc.text, doc.sents[index].start, doc.sents[index].end)
    if m:
        kind = "airport" if m.group("port").lower() == "airport" else "seaport"
        ports = {e.id for e in doc.entities.values() if e.label == "Port" and e.properties.get("kind", kind) == kind}
        _seized_in_the_one_place(doc, ships, ports, index, "seizure.at-the-port")


def _seized_in_the_one_place(doc: Doc, ships: list[Shipment], places: set[str], index: int, rule: str) -> None:
    """Goods no sentence placed were found in the place a cue points to, if it points to one only."""
    if len(places) == 1:
        place = places.pop()
        for ship in ships:
            if not _placed(doc, ship):
                doc.relate(ship.entity_id, "SEIZED_AT", place, index, rule, 0.6)


def _seized_where_the_raid_was(doc: Doc, index: int, ships: list[Shipment]) -> None:
    """'Officers raided a farm outside X. (Three men were detained at the scene.) Police seized 40 kg ...':
    goods found with no place given, soon after the sentence that tells of a raid in one place (no
    other place named between), were found there."""
    if doc.in_sentence(index, *PLACE_LABELS):
        return
    for told in range(index - 1, max(index - 3, -1), -1):
        before = doc.sents[told]
        raid = P.RAIDED.search(doc.text, before.start, before.end)
        if raid:
            # (the places after the raid verb: not a dateline's town)
            places = {m.entity_id for m in doc.in_sentence(told, "Location", "Port")
                      if not m.inside_agency and m.start > raid.start()}
            _seized_in_the_one_place(doc, ships, places, index, "seizure.where-the-raid-was")
            return
        if any(not (m.adjective or m.inside_agency) for m in doc.in_sentence(told, *PLACE_LABELS)):
            return  # ("three of them Mexican nationals": a nationality names no place)


def _seized_at_the_port_of_arrival(doc: Doc, index: int, ships: list[Shipment]) -> None:
    """'Customs found 300 kg in a crane shipped from A to Port X': with no other place given, goods
    found by the authorities of the country of the port or town they were shipped to were found there."""
    acting = set(_acting_countries(doc, index))
    evidence = doc.evidence(index)
    for ship in ships:
        ports = {r.target for r in doc.relations.values() if r.source == ship.entity_id and r.type == "DESTINED_FOR"
                 and r.evidence == evidence and doc.entities[r.target].label in {"Port", "Location"}
                 and doc.country_of(r.target) in acting}
        _seized_in_the_one_place(doc, [ship], ports, index, "seizure.at-port-of-arrival")


def _acting_countries(doc: Doc, index: int, agencies: bool = True) -> list[str]:
    """Countries whose authorities act in sentence `index` ('German officials', 'the Dutch
    police', and with `agencies` a national agency)."""
    start, end = doc.sents[index].start, doc.sents[index].end
    # "the Dutch police", and "the Netherlands police" where a country's name is used the same way;
    # "authorities in the Netherlands"
    # (a nationality opening a force's name counts: "Fijian police", read as the country's national police)
    by_demonym, listed_since = [], None  # (where a list of countries the authorities are 'from' has got to)
    for m in doc.in_sentence(index, "Country"):
        # "authorities from A, B and C": the countries listed after the first are theirs too
        listed = P.AUTHORITIES_OF.search(doc.text[max(start, m.start - 40):m.start]) or \
            listed_since is not None and P.NEXT_IN_LIST.fullmatch(doc.text, listed_since, m.start)
        listed_since = m.end if listed else None
        if (not m.inside_agency or P.FORCE_NOUN.fullmatch(doc.text, m.end, _agency_end(doc, index, m))) \
                and (P.AUTHORITY_NOUNS.match(doc.text[m.end:end])
                     and (doc.demonym_country(m.text) or P.FORCE_NOUN.match(doc.text, m.end)) or listed):
            by_demonym.append(m.entity_id)
    by_agency = [doc.implied_country(doc.agency_country[m.entity_id], m.entity_id)
                 for m in doc.in_sentence(index, "Agency") if agencies and m.entity_id in doc.agency_country
                 and doc.entities[m.entity_id].properties.get("kind") != "international"]
    return [c for c in dict.fromkeys(by_demonym + by_agency) if c]


def _agency_end(doc: Doc, index: int, inner: Mention) -> int:
    """Where the agency whose name holds a mention ends."""
    return next((a.end for a in doc.in_sentence(index, "Agency") if a.start <= inner.start < a.end), inner.end)


def _seized_in_country(doc: Doc, ships: list[Shipment], country: str, index: int, rule: str,
                       confidence: float) -> None:
    for ship in ships:
        if not _placed(doc, ship):
            doc.relate(ship.entity_id, "SEIZED_AT", country, index, rule, confidence)


def _placed(doc: Doc, ship: Shipment) -> bool:
    """Whether a sentence already said where the goods were seized."""
    return any(r.source == ship.entity_id and r.type == "SEIZED_AT" for r in doc.relations.values())


def relate_results_list_country(doc: Doc) -> None:
    """'Outcome: homes searched in Ruritania / 40 kg of cocaine seized': a list that places its
    results in one country, and names no other place, had the goods it lists seized there."""
    lists: dict[int, list[Shipment]] = defaultdict(list)
    for ship in doc.shipments:
        sentence = doc.sents[ship.sentence]
        if sentence.context_start != sentence.start and not earlier_seizure(doc, ship):
            lists[sentence.context_start].append(ship)
    for context_start, ships in lists.items():
        items = [i for i, s in enumerate(doc.sents) if s.context_start == context_start]
        places = {m.entity_id for i in items for m in doc.in_sentence(i, *PLACE_LABELS)
                  if not m.inside_agency and not m.adjective}
        where = [p for p in places if p.startswith("country:") and _said_in(doc, p, items)]
        if len(places) == 1 and len(where) == 1:
            _seized_in_country(doc, ships, where[0], ships[0].sentence, "seizure.results-list", 0.55)


def _said_in(doc: Doc, country: str, items: list[int]) -> bool:
    return any(re.search(r"\bin\s+(?:the\s+)?$", doc.text[doc.sents[i].start:m.start])
               for i in items for m in doc.in_sentence(i, "Country") if m.entity_id == country)


def relate_lede_seizing_country(doc: Doc) -> None:
    """'German officials said they seized large amounts of drugs' opening a release: the figures
    the body lists without a place were seized in that one country (not earlier cases)."""
    lede = next((i for i, s in enumerate(doc.sents[1:], 1) if len(s.text) > 60 and not P.METADATA_LINE.match(s.text)),
                None)
    if lede is None or not doc.says(P.SEIZURE, lede):
        return
    acting = _acting_countries(doc, lede, agencies=False)
    if len(acting) == 1:
        current = [s for s in doc.shipments if not earlier_seizure(doc, s)]
        _seized_in_country(doc, current, acting[0], lede, "seizure.lede-authorities", 0.5)


def _goods_came_from(doc: Doc, tail: str) -> bool:
    """'the cannabis resin came from X': goods the lists know, not people, came from X."""
    m = P.SUBJECT_CAME_FROM.search(tail)
    return bool(m and doc.gaz.lookup(m.group("goods"), "commodity"))


def _cue(doc: Doc, before: str, after: str) -> str:
    """The role a list of places plays, read from the words around it."""
    # "shipped to the Port of X" is cued as "shipped to X" is
    tail = P.PORT_OF_END.sub(" ", before[-80:])
    if P.BORDER_WITH.search(tail):
        return "border"  # "near Punta X, on the border with Kordovia": the border says where, not the country
    if P.ORIGIN_AFTER.match(after) or P.MADE_IN.search(tail):
        return "from"  # "cocaine of Colombian origin", "amphetamine produced in laboratories in X"
    if P.TRANSIT_AFTER.match(after):
        return "transit-area"
    if P.IMPORT_OF_AFTER.match(after):
        return "to"  # "New Zealand's largest importation of methamphetamine": the goods were coming there
    if P.ROUTE_AFTER.match(after):
        return "via"  # "the African route"
    if P.TO_THE_COAST.search(tail):
        return "to"
    if P.LOADED_AT.search(tail):
        return "from"  # "had loaded the drug off the coast of X": where the goods came aboard
    if P.COAST_OF.search(tail) and not P.LEFT_THE_COAST.search(tail):
        return "via" if P.VIA_THE_COAST.search(tail) else "coast"
    if P.REGISTERED_IN.search(tail):
        return "registered"  # "a lorry registered in X": where the vehicle is on the books, not where goods went
    if P.HIDING_IN.search(tail):
        return "hiding"  # "fugitives believed to be in X": no arrest, seizure or route there
    if P.ACROSS_THE_BORDER_NEAR.search(tail):
        return "via"  # "smuggled across the border near X": where it crossed, on its way
    if P.NEAR_BEFORE.search(tail) or P.BORDER_AFTER.match(after):
        return "near"  # "a village near the Spanish border": a landmark, not where anything happened
    if P.ACTIVE_IN.search(tail) or P.BASED_GROUP_AFTER.match(after):
        return "based"
    if P.PARTICIPATION_CUE.search(tail) or P.COUNTRY_LINE.fullmatch(before) and after.lstrip().startswith(":"):
        return "authority"  # ("- Spain: 3.1 tonnes of hashish seized ...": a line of a country's results)
    if P.PARTICIPANT_AFTER.match(after):
        return "participant"
    if P.SEIZED_FROM_CARRIER_IN.search(tail):
        return "in"  # "seized 2 t of cocaine from a plane in X": where it was seized
    if P.TAKEN_FROM.search(tail) and not P.MOVED_FROM.search(tail):
        return "taken-from"  # (read by _place_groups, which knows what kind of place it is)
    if P.TAKEN_TO_PREMISES.search(tail):
        return "arrival"  # "the vessel was taken to the naval base in X": where it was brought once caught
    if P.TOWARDS.search(tail) or P.CUE_SENT_TO.search(tail) or P.ROUTE_END.search(tail) or P.REACHING.search(tail):
        return "to"  # "from X through Y to Z", "through X towards Z": Z ends the route
    if P.ARRIVING_IN.search(tail):
        return "arrival"  # "transshipped in X before arriving in Y": Y ends the way, no stop of it
    if P.CUE_VIA.search(tail):
        return "via"
    if P.ARRIVED_INTO.search(tail):
        return "arrival"  # "a consignment that arrived into Port X": where it was when found
    if P.INTO.search(tail):
        # "smuggled 40 kg of heroin into Ruritania": where the goods were going
        # (not a group's trade, "a network smuggling rifles into X", nor a leg, "into X to a vessel")
        leg = re.match(r"\s+to\s", after)
        return "to" if P.MOVED_INTO.search(tail) and not P.GROUP_TRADE.search(tail) and not leg else "into"
    if P.DESTINED_FOR.search(tail):
        return "to"
    if (P.ARRIVAL.search(tail) or P.BY_MEANS_TO.search(tail)) and P.TO_BEFORE.search(tail):
        # "escorted to Port X" ends at the seizure; "taken by car to X" is a leg of the route, as is where
        # the goods were to be taken
        return "to" if P.BY_MEANS_TO.search(tail) or P.A_PLAN.search(before) else "arrival"
    if P.CAME_FROM.search(tail) or _goods_came_from(doc, tail):
        return "from"
    if P.CUE_FROM.search(tail) and not P.SOMEONE_FROM.search(tail):
        return "from"
    if P.CUE_IN.search(tail):
        # ("the largest seizure in the Pacific": where the comparison holds, no role)
        return "record" if P.RECORD_SCOPE.search(tail) else "in"
    return ""


ROUTE_ORDER = {"ORIGINATED_IN": 0, "TRANSITED_VIA": 1, "DESTINED_FOR": 2}


def stops_among_origins(doc: Doc) -> None:
    """Of the places goods are said to come 'from' in several countries, only some are the origin:
    'shipped from Port A in X; it originated in B (Y)': where it was produced or originated wins, and
    A is a stop; 'arrived from Y ... to be shipped on from Port A' (A in the country where it was
    seized): where it came from abroad wins, and A is a stop."""
    origins = defaultdict(list)
    for relation in doc.relations.values():
        if relation.type == "ORIGINATED_IN":
            origins[relation.source].append(relation)
    for ship, claims in origins.items():
        country = {r.target: doc.country_of(r.target) or r.target for r in claims}
        _regions_as_their_countries(doc, country)
        if len(set(country.values())) < 2:
            continue
        produced = {country[r.target] for r in claims if _said_to_originate(doc, r)}
        seized_at = {r.target for r in doc.relations.values() if r.source == ship and r.type == "SEIZED_AT"}
        seized = {doc.country_of(place) for place in seized_at} - {None}
        abroad = {c for c in country.values() if c not in seized}
        for r in claims:
            if (produced and country[r.target] not in produced) or (abroad and country[r.target] in seized):
                del doc.relations[r.key]
                if r.target not in seized_at:  # (where it was seized ends its way)
                    _a_stop_instead(doc, r, "route.stop-among-origins")


def _regions_as_their_countries(doc: Doc, country: dict[str, str]) -> None:
    """'from the Western Balkans ... originated in Bosnia': a region that holds another origin's country
    names the same origin more broadly, no other one."""
    named = set(country.values())
    for place in list(country):
        entry = doc.gaz.regions.get(place.removeprefix("region:")) if place.startswith("region:") else None
        held = (entry.data.get("countries") or ()) if entry else ()
        inside = sorted(c for c in named if c.removeprefix("country:") in held)
        if inside:
            country[place] = inside[0]


def _a_stop_instead(doc: Doc, claim: Relation, rule: str) -> None:
    """A place a route claim gave another part is a stop on the way, told by the same sentence."""
    doc.relate(claim.source, "TRANSITED_VIA", claim.target, claim.evidence, rule, claim.confidence, **claim.properties)


def caught_on_the_way(doc: Doc) -> None:
    """'heading towards A ... in B on its way to C', then stopped in C: the leg the goods were on when
    caught ends where they were seized, not where they were going; the destination beyond stays. A leg's
    end in the country of the seizure, short of it ('moved by road to X', seized at port Y, bound for Z
    abroad), was a stop."""
    seized_in, seized_at, ends = defaultdict(set), defaultdict(set), defaultdict(list)
    for r in doc.relations.values():
        if r.type == "SEIZED_AT":
            seized_in[r.source].add(doc.country_of(r.target))
            seized_at[r.source].add(r.target)
        elif r.type == "DESTINED_FOR":
            ends[r.source].append(r)
    for ship, claims in ends.items():
        seized = seized_in[ship] - {None}
        if not any(doc.country_of(r.target) not in seized for r in claims):
            continue
        for r in claims:
            stop = r.properties.get("stop", r.evidence.start)
            if doc.country_of(r.target) not in seized:
                continue
            if P.ON_ITS_WAY.search(doc.text, max(0, stop - 40), stop):
                del doc.relations[r.key]
            elif r.target not in seized_at[ship] and not P.MARKET_BEFORE.search(doc.text, max(0, stop - 60), stop):
                # "moved by road to X" in the country they were seized in, bound abroad: X was a stop (not
                # "to be distributed in X and Europe": a market the goods were for)
                del doc.relations[r.key]
                _a_stop_instead(doc, r, "route.leg-before-seizure")


def one_role_per_stop(doc: Doc) -> None:
    """A place plays one part on a way: where the headline ('exports through the port of X') and the
    body ('containers leaving the port of X') give it two, the body's sentence says it. The port or town
    where the goods were seized ended their way, it is no stop they passed ('imports through X')."""
    roles, seized = defaultdict(list), set()
    for relation in doc.relations.values():
        if relation.type in ROUTE_ORDER:
            roles[(relation.source, relation.target)].append(relation)
        elif relation.type == "SEIZED_AT" and doc.entities[relation.target].label != "Country":
            seized.add((relation.source, relation.target))  # (goods may be seized in a country they cross)
    for pair in seized & roles.keys():
        for r in [r for r in roles[pair] if r.type == "TRANSITED_VIA"]:
            del doc.relations[r.key]
            roles[pair].remove(r)
    for claims in roles.values():
        headline = [r for r in claims if doc.sentence_of(r.evidence.start) == 0]
        for r in headline if len(headline) < len(claims) else []:  # (the body gives it a part too)
            del doc.relations[r.key]


def _said_to_originate(doc: Doc, relation: Relation) -> bool:
    stop = relation.properties.get("stop", relation.evidence.start)
    return bool(P.PRODUCED_IN.search(doc.text, max(relation.evidence.start, stop - 80), stop)
                or P.ORIGIN_AFTER.match(doc.text, stop + len(doc.entities[relation.target].name)))


def number_route_stops(doc: Doc) -> None:
    """Each carrier's route claims get their place in the route: origins first, then the stops in
    the order the text names them, the destination last ("from A through B and C to D": 1-4).
    Until now a route claim's `stop` held the offset of the place's mention."""
    routes = defaultdict(list)
    for relation in doc.relations.values():
        if relation.type in ROUTE_ORDER:
            routes[relation.source].append(relation)
    for claims in routes.values():
        claims.sort(key=lambda r: (ROUTE_ORDER[r.type], r.properties.get("stop", r.evidence.start)))
        for position, relation in enumerate(claims, 1):
            relation.properties["stop"] = position
