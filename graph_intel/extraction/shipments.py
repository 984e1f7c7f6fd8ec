"""Shipments: quantities of goods (weights, counts, multipliers) with their commodity,
merged when a document repeats them, totals dropped; and what each shipment is tied to."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from itertools import combinations

from graph_intel.extraction import patterns as P
from graph_intel.extraction.doc import PLACE_LABELS, Doc, Mention, Shipment
from graph_intel.extraction.gazetteer import Entry, Hit
from graph_intel.extraction.text import BULLET
from graph_intel.records import Span


def find_shipments(doc: Doc) -> None:
    found: list[Shipment] = []
    for m in doc.finditer(P.WEIGHT):
        quantity = _quantity(m)
        if quantity is None or quantity <= 0:
            continue
        converted = P.CONVERSION.match(doc.text, m.end("unit"))
        commodity, c_end = _commodity_after(doc, converted.end() if converted else m.end("unit"), 60)
        if commodity is None:
            commodity, c_end = _commodity_context(doc, m)
        if commodity is None:
            continue
        unit_word = m.group("unit").lower()
        factor = P.UNIT_KG[unit_word]
        approx = P.APPROX_BEFORE.search(doc.text, max(0, m.start() - 30), m.start())
        start = approx.start("approx") if approx and approx.group("approx") else m.start()
        found.append(_shipment(doc, commodity, quantity, _unit_name(unit_word), quantity * factor if factor else None, start,
                                    max(c_end, m.end("unit")),
                                    (approx.group("approx") or "").strip().lower() if approx else ""))
    for m in doc.finditer(P.COUNT):
        if not any(h.of("commodity") for h in doc.hits_between(m.start("packaging") if m.group("packaging")
                                                               else m.end(), m.end() + 80)):
            continue  # (most counts, "a" and "one" among them, name no goods after them)
        # "12,200 rounds of ammunition" is one gazetteer phrase: its packaging word starts the goods' name.
        packaged = _packaged_drug(doc, m)
        if packaged:
            drug, quantity, unit, end = packaged
            found.append(_shipment(doc, drug, quantity, unit, None, m.start(), end, ""))
            continue
        entry, c_end = _counted_goods(doc, m.end())
        if entry is None and m.group("packaging"):
            entry, c_end = _counted_goods(doc, m.start("packaging"))
        if entry is None or P.GOODS_AS_MODIFIER.match(doc.text, c_end):
            continue  # ("charged 23 over cigarette smuggling", "25 firearms dealers": the goods say what else is counted)
        quantity = _quantity(m)
        if quantity is None or (m.group("num").lower() in {"a", "an", "one"} and not _one_item(doc, m.end(), c_end)):
            continue
        unit = "packages" if m.group("packaging") and "package" in m.group("packaging").lower() else "units"
        found.append(_shipment(doc, entry.name, quantity, unit, None, m.start(), c_end, ""))
    _keep_shipments(doc, _counted_wrappings_of_weighed_loads(doc, found))


WRAPPING_REACH = 2  # sentences ("seized 500 kg ... A lorry was searched. Officers found 215 packages")


def _counted_wrappings_of_weighed_loads(doc: Doc, found: list[Shipment]) -> list[Shipment]:
    """'500 kg of cocaine ... in 16 bales', a headline's '999 cocaine bricks': a count of wrappings
    near a weight of the same drug (or in the headline of a document that weighs it) describes that
    load; a count no weight accompanies, or one the text calls another case, is a shipment of its own."""
    if not any(s.quantity_kg is None and P.WRAPPING.fullmatch(s.unit) for s in found):
        return found
    # (not the weight of each brick, "each weighing about a kilogram", nor any other figure no one seized)
    weighed = [s for s in found if s.quantity_kg is not None and not _statistic(doc, s)]

    def describes_a_load(s: Shipment) -> bool:
        return P.WRAPPING.fullmatch(s.unit) is not None and not P.EARLIER_CASE.search(
            doc.sents[s.sentence].text) and any(w.commodity == s.commodity and (
                abs(w.sentence - s.sentence) <= WRAPPING_REACH or s.sentence == 0) for w in weighed)
    return [s for s in found if s.quantity_kg is not None or not describes_a_load(s)]


def _packaged_drug(doc: Doc, m: re.Match) -> tuple[str, float, str, int] | None:
    """'35 bricks of cocaine', '12 cocaine bricks': (drug, count, wrapping, end) where no weight
    follows in the sentence ('999 bricks of cocaine weighing 1 tonne' is weighed, not counted)."""
    quantity = _quantity(m)
    if quantity is None or m.group("num").lower() in {"a", "an", "one"}:
        return None
    after = P.WRAPPING_OF.match(doc.text, m.end())
    if after:
        # the gazetteer may know the whole phrase ("bricks of cocaine") or just the drug
        drug, end = _commodity_after(doc, m.end(), 60)
        unit = after.group("unit")
    else:  # the wrapping after the drug, or inside a phrase the gazetteer knows ("cocaine bricks")
        drug, end = _commodity_after(doc, m.end(), 30)
        wrapping = drug and (P.WRAPPING.match(doc.text, end) or P.WRAPPING.search(doc.text, m.end(), end))
        if not wrapping:
            return None
        unit, end = wrapping.group("unit"), max(end, wrapping.end())
    sentence = doc.sents[doc.sentence_of(m.start())]
    if drug is None or P.WEIGHT.search(doc.text, end, min(sentence.end, end + 60)) \
            or re.search(r"\beach\b", sentence.text, re.I):
        return None  # weighed, not counted; or so many in each of something else
    return drug, quantity, unit.lower(), end


def _commodity_after(doc: Doc, offset: int, reach: int) -> tuple[str | None, int]:
    for hit in doc.hits_between(offset, offset + reach):
        between = doc.text[offset:hit.start]
        if re.search(r"[.;:(),]|\d|\b(?:and|in|at|from|to|with|for|worth|included?|including)\b", between, re.I):
            break
        if _is_unit_word(hit):
            continue  # "packages" alone names no drug
        commodities = hit.of("commodity")
        if commodities and commodities[0].data.get("kind") in P.WEIGHED:
            precursors = P.PRECURSORS_OF.match(doc.text, hit.end)
            if precursors and commodities[0].data.get("kind") == "drug":
                return "drug precursors", precursors.end()  # "3 t of MDMA precursors" are not MDMA
            return commodities[0].name, hit.end
    return None, offset


def _commodity_context(doc: Doc, m: re.Match) -> tuple[str | None, int]:
    """'The load, weighing 2.4 tonnes', 'police seized 300 kilograms in the north': a weight that names
    no goods is of the drug named nearest before, where the sentence speaks of a load or a seizure."""
    sentence = doc.sents[doc.sentence_of(m.start())]
    before = doc.text[sentence.start:m.start()]
    after = doc.text[m.end("unit"):m.end("unit") + 40]
    if re.match(r"\s*(?:-\s*)?(?:sacks?|bags?|blocks?|bricks?|packages?|parcels?|bales?|boxes?|packets?)\b", after, re.I):
        return None, m.end()  # "20 kilo sacks" sizes the packaging
    refers = re.match(r"\s+of\s+(?:the|this|these)\s+(?:class\s+[abc]\s+)?(?:drugs?|substances?|narcotics?)\b",
                      after, re.I)
    # "999 bricks of cocaine weighing 1,000 kg": the goods named just before the weighing verb (a packaging
    # word names none: "The packages weighed 52 kg" weighs the goods told before).
    if re.search(r"\b(?:weighing|weighed|weighs|with a (?:total |combined |gross )?weight of|totall?ing|amounting to)"
                 r"\s+(?:\w+\s+){0,2}$", before):
        for hit in reversed(doc.hits_between(max(sentence.start, m.start() - 80), m.start())):
            commodities = [] if _is_unit_word(hit) else hit.of("commodity")
            if commodities and commodities[0].data.get("kind") in P.WEIGHED:
                return commodities[0].name, m.end("unit")
    # ("... and 780 kilograms found in X": the goods of the list it ends)
    bare = re.match(r"\s*(?:[,.;]|(?:in|on|at|and|were|was|had|has|from|near|during|off|found|seized|discovered|"
                    r"intercepted|recovered|confiscated|north|south|east|west)\b)", after, re.I)
    if not refers and not re.search(r"\b(?:consignment|shipment|load|haul|cargo)\b", before, re.I) \
            and not (bare and (P.SEIZURE.search(sentence.text) or P.HIDDEN_AFTER.match(after))):
        return None, m.end()
    # The nearest drug the text named; "the narcotics" only when it never named one.
    generic = None
    for hit in reversed(doc.hits_between(0, m.start())):
        if _is_unit_word(hit):
            continue
        drug = next((c.name for c in hit.of("commodity")[:1] if c.data.get("kind") == "drug"), None)
        if drug and drug != "drugs":
            return drug, m.end("unit")
        generic = generic or drug
    return generic, (m.end("unit") if generic else m.end())


def _counted_goods(doc: Doc, offset: int) -> tuple[Entry | None, int]:
    """'25 pistols', '9,500,000 pseudoephedrine tablets', '12,000 tablets of MDMA'."""
    hits = doc.hits_between(offset, offset + 80)
    for i, hit in enumerate(hits):
        # ("two .38 revolvers", "a 9mm pistol", "two M16 rifles": a calibre or a model, no other count)
        between = P.MODEL.sub(" ", P.CALIBRE.sub(" ", doc.text[offset:hit.start]))
        if re.search(r"[.;:,()]|\d|\b(?:and|in|at|from|to|with|of cocaine|of heroin)\b", between, re.I) \
                or len(between.split()) > 3 or P.COUNTED_NOT_GOODS.search(between) \
                or any(word.lower() in P.UNIT_KG for word in between.split()):
            return None, offset  # ("1,200 kilograms of ivory": weighed goods, not counted)
        commodities = hit.of("commodity")
        if not commodities and hit.text[:1].islower():
            continue  # a word inside another ("semi-automatic" holds a town's name)
        if not commodities:
            return None, offset
        if _is_unit_word(hit):
            # A pill count names its drug after it: "tablets of MDMA"; alone it says nothing.
            following = hits[i + 1] if i + 1 < len(hits) else None
            if following and P.PILLS_HOLDING.fullmatch(doc.text[hit.end:following.start]) and following.of("commodity"):
                return following.of("commodity")[0], following.end
            if P.PILLS_HOLDING.match(doc.text, hit.end):
                return None, offset  # "22,000 tablets of prescription sedatives": goods no list holds
            return _pills_told_before(doc, offset), hit.end
        after = hits[i + 1] if i + 1 < len(hits) else None
        if after and _is_unit_word(after) and doc.text[hit.end:after.start].isspace():
            return commodities[0], after.end  # "pseudoephedrine tablets"
        if hit.text.split()[-1].lower() in commodities[0].data.get("unit_words", []):
            return commodities[0], hit.end  # "1,200 cannabis plants": one phrase, ending in what is counted
        if commodities[0].data.get("counted"):
            # ("five Glock 17 pistols": the maker's name, the model's number, then the goods' noun)
            return commodities[0], after.end if after and after.of("commodity") and \
                re.fullmatch(r"\s+\d{1,3}[A-Za-z]?\s+", doc.text[hit.end:after.start]) else hit.end
        return None, offset
    return None, offset


def _shipment(doc: Doc, commodity, quantity, unit, kg, start, end, approx) -> Shipment:
    return Shipment("", commodity, quantity, unit, kg, doc.span(start, end), doc.sentence_of(start), approx)


def _statistic(doc: Doc, ship: Shipment) -> bool:
    """A total over a period, a rate, an estimate, a plan, a potential yield, a per-unit size or a law's
    threshold: the clause around the figure says so (read at most 200 characters either side, so the work
    stays linear on run-on text); so does a figure told after the operation's scope of many countries.
    A headline's figure over a period ('... seized 116 tonnes last year') is what the body says of it, as
    is one the body says was seized across many countries ('9 tonnes seized across Asia': a sum of many)."""
    if ship.sentence == 0:
        told = doc.text.find(ship.span.text, doc.sents[0].end)
        if told >= 0 and (P.OVER_A_PERIOD.search(doc.text, doc.sents[0].start, doc.sents[0].end)
                          or P.ACROSS_COUNTRIES.search(doc.sents[doc.sentence_of(told)].text)):
            ship = replace(ship, span=doc.span(told, told + len(ship.span.text)), sentence=doc.sentence_of(told))
    sentence = doc.sents[ship.sentence]
    lo, hi = max(sentence.start, ship.span.start - 200), min(sentence.end, ship.span.end + 200)
    clause_start = max(lo, doc.text.rfind(";", lo, ship.span.start) + 1)
    clause_end = doc.text.find(";", ship.span.end, hi)
    clause_end = clause_end if clause_end >= 0 else hi
    # ("the gang smuggled an estimated 2 tonnes": an estimate of what it moved, not goods anyone seized)
    estimate = ship.approx == "an estimated" and not P.SEIZURE.search(doc.text, clause_start, clause_end)
    planned = P.PLANNED_BEFORE.search(doc.text, max(clause_start, ship.span.start - 60), ship.span.start) \
        and not P.SEIZURE.search(doc.text, clause_start, clause_end)
    # ("more than 15 grams may attract the death penalty": the law's threshold, unless the clause seizes it)
    threshold = P.LEGAL_THRESHOLD.search(doc.text, clause_start, clause_end) \
        and not P.SEIZURE.search(doc.text, clause_start, clause_end)
    return bool(P.PERIOD_TOTAL.search(doc.text, clause_start, clause_end) or _results_of_many_countries(doc, ship)
                or threshold
                or P.POTENTIAL_YIELD.search(doc.text, max(clause_start, ship.span.start - 80), ship.span.start)
                or estimate or planned or _per_unit(doc, ship) or P.RATE_AFTER.match(doc.text, ship.span.end))


def _results_of_many_countries(doc: Doc, ship: Shipment) -> bool:
    """'An operation across eleven countries led to 900 arrests. ... Officers seized 3 tonnes of cannabis':
    where an earlier sentence gives the operation a scope of five countries or more and the figure's own
    sentence names no place, the figure sums the seizures of all those countries."""
    scope = _wide_scope_at(doc.text) if "countries" in doc.lowered else -1
    if scope < 0 or doc.sentence_of(scope) >= ship.sentence:
        return False
    sentence = doc.sents[ship.sentence]
    return not any(sentence.start <= m.start < sentence.end for m in doc.mentions
                   if m.label in PLACE_LABELS and not m.adjective)


@lru_cache(maxsize=4)
def _wide_scope_at(text: str) -> int:
    """Where the text first gives an operation five countries or more (-1: nowhere); asked per figure."""
    m = P.ACROSS_MANY_COUNTRIES.search(text)
    return m.start() if m else -1


def _per_unit(doc: Doc, ship: Shipment) -> bool:
    """The weight of one bag or block of a larger load: "13 bags with 2 kg in each bag"."""
    return bool(P.PER_UNIT_AFTER.match(doc.text, ship.span.end)
                or P.PER_UNIT_BEFORE.search(doc.text, max(0, ship.span.start - 40), ship.span.start))


def _keep_shipments(doc: Doc, found: list[Shipment]) -> None:
    found.sort(key=lambda s: s.span.start)
    kept: list[Shipment] = []
    previous: tuple[Shipment, Shipment] | None = None  # the figure read last, and the shipment it is
    for ship in found:
        if not _free_but_for_demonyms(doc, ship.span):
            continue
        if _statistic(doc, ship):
            doc.unseized_figures.append(ship.span.start)
            continue
        same = next((k for k in kept if _alike_goods(doc, k.commodity, ship.commodity)
                     and _close(k.quantity_kg, ship.quantity_kg) and (k.unit == ship.unit
                     and _close(k.quantity, ship.quantity) and not _items_of_one_list(doc, k, ship)
                     # "a tonne of cocaine weighing 1,000 kg": the weight restates the figure
                     or P.RESTATED_WEIGHT.fullmatch(doc.text, k.span.end, ship.span.start))), None)
        if same is None and previous and _weight_of_the_count(doc, previous[0], ship):
            same = previous[1]  # "86 million pills weighing 13 tonnes": the weight of the goods just counted
        previous = (ship, same or ship)
        if same is None and kept and kept[0].sentence == 0 and ship.sentence > 0:
            # A headline rounds the figure the body gives ("3 tonnes" for "just over 3300kg").
            title = kept[0]
            if title.commodity == ship.commodity and _close(_measure(title), _measure(ship), 0.2) \
                    and (title.quantity_kg is None) == (ship.quantity_kg is None):
                _retarget_title_shipment(doc, title, ship)
                kept[0] = ship
                continue
        if same:
            if same.quantity_kg is None and ship.quantity_kg is not None:  # a count's weight, told after it
                same.quantity_kg = doc.entities[same.entity_id].properties["quantity_kg"] = ship.quantity_kg
            if same.commodity != ship.commodity and _a_class(doc, same.commodity):
                _name_the_goods(doc, same, ship.commodity)
            doc.entity(same.entity_id, "Shipment", "", ship.span.start, ship.span.end)
            doc.shipment_sentences.setdefault(same.entity_id, []).append(ship.sentence)
            continue
        kept.append(ship)
        doc.take(ship.span.start, ship.span.end)
        ship.entity_id = doc.scoped_id("shipment", len(kept))
        doc.shipment_sentences[ship.entity_id] = [ship.sentence]
        _register_shipment(doc, ship)


def _free_but_for_demonyms(doc: Doc, span: Span) -> bool:
    """No other entity claims the figure or its goods; a nation's adjective may qualify the goods
    ('500 kg of Colombian cocaine') and stays the nation's mention."""
    start = span.start
    for m in _demonyms_within(doc, span):
        if not doc.free(start, m.start):
            return False
        start = m.end
    return doc.free(start, span.end)


def _demonyms_within(doc: Doc, span: Span) -> list[Mention]:
    return sorted((m for m in doc.mentions if m.adjective and span.start <= m.start and m.end <= span.end),
                  key=lambda m: m.start)


def _weight_of_the_count(doc: Doc, count: Shipment, weight: Shipment) -> bool:
    """'86 million pills weighing 13 tonnes': the weight of the goods just counted, not more goods."""
    return count.quantity_kg is None and weight.quantity_kg is not None and weight.unit != "units" and \
        P.RESTATED_WEIGHT.fullmatch(doc.text, count.span.end, weight.span.start) is not None


def _alike_goods(doc: Doc, a: str, b: str) -> bool:
    """The same commodity, or a class word and one substance of its kind: "1,200 kg of fentanyl
    precursors" and, a sentence on, "1,200 kg of 4-piperidone" are one load."""
    kind = {c: doc.gaz.commodities[c].data.get("kind") for c in (a, b)}
    return a == b or (kind[a] == kind[b] and (_a_class(doc, a) != _a_class(doc, b)))


def _a_class(doc: Doc, commodity: str) -> bool:
    return bool(doc.gaz.commodities[commodity].data.get("class"))


def _name_the_goods(doc: Doc, ship: Shipment, commodity: str) -> None:
    """A load first spoken of by its class takes the substance's name the text gives later."""
    ship.commodity = commodity
    ent = doc.entities[ship.entity_id]
    ent.properties["commodity"] = commodity
    ent.name = _shipment_name(ship)


def _one_item(doc: Doc, start: int, end: int) -> bool:
    """'a pistol', 'one assault submachine gun': an article counts one item only when a singular noun of
    goods follows, three words at most ('an international firearms network' counts nothing)."""
    words = doc.text[start:end].split()
    return 1 <= len(words) <= 3 and not words[-1].lower().endswith("s") and "of" not in words \
        and not P.GOODS_AS_MODIFIER.match(doc.text, end)


def _items_of_one_list(doc: Doc, a: Shipment, b: Shipment) -> bool:
    """'- 1 machine gun', '- 1 pistol': two lines of one list (under a line that ends with a colon, or
    each with a bullet) are two items, however alike."""
    first, second = doc.sents[a.sentence], doc.sents[b.sentence]
    return a.sentence != b.sentence and (first.context_start == second.context_start != first.start
                                         or bool(BULLET.match(first.text) and BULLET.match(second.text)))


def _retarget_title_shipment(doc: Doc, title: Shipment, body: Shipment) -> None:
    """Keep the body's precise figure under the headline's id, with both mentions."""
    ent = doc.entities[title.entity_id]
    ent.properties.update(quantity=body.quantity, unit=body.unit, quantity_kg=body.quantity_kg)
    ent.name = _shipment_name(body)
    body.entity_id = title.entity_id
    doc.shipments[doc.shipments.index(title)] = body
    doc.entity(body.entity_id, "Shipment", ent.name, body.span.start, body.span.end)
    doc.shipment_sentences[body.entity_id].append(body.sentence)
    doc.take(body.span.start, body.span.end)


def _register_shipment(doc: Doc, ship: Shipment) -> None:
    doc.entity(ship.entity_id, "Shipment", _shipment_name(ship), ship.span.start, ship.span.end,
                named=False, resolution="pattern:quantity", commodity=ship.commodity, quantity=ship.quantity,
                unit=ship.unit, quantity_kg=ship.quantity_kg, seized=True)
    doc.shipments.append(ship)


def drop_totals(doc: Doc) -> None:
    """A total that sums listed seizures (all of them, or some: an earlier case may be listed too)
    is not a shipment of its own. Runs once the operations are known: the seizures of another case
    of a report are no part of a total ('2,100 kg' is not the sum of the next two cases' loads)."""
    kept = doc.shipments
    for total in list(kept):
        # "1,014 kg of drugs, including 850 kg of hashish and 164 kg of ice": a total of drugs sums any drug.
        alike = (lambda s: doc.gaz.commodities[s.commodity].data.get("kind") == "drug") if total.commodity == "drugs" \
            else (lambda s: s.commodity == total.commodity)
        # (an item of a list sums no other item of it: "- 5,600 lb" is no total of "- 2,500 lb", "- 3,000 lb")
        # (nor do the earlier seizures an ordinal counts: "the third seizure this month. On 3 March ...")
        case = doc.operation_at(total.span.start)
        # ("In total, 4.3 tonnes were seized in the three cases": a total said so sums those told before it)
        said_total = P.TOTAL_SAID.search(doc.sents[total.sentence].text) is not None
        amount = _amount_like(total)
        others = [s for s in kept if s is not total and alike(s) and amount(s) is not None
                  and (s.span.start > total.span.start and doc.operation_at(s.span.start) == case
                       or s.span.start < total.span.start and said_total)
                  and not _items_of_one_list(doc, total, s) and not _recalled_after_an_ordinal(doc, s)]
        whole = amount(total)
        if whole is None or len(others) < 2:
            continue
        lower = 0.85 * whole if total.approx not in {"at least", "more than", "over"} else 0.7 * whole
        summed = next((part for size in range(2, min(len(others), 6) + 1) for part in combinations(others[:12], size)
                       if lower <= sum(amount(s) for s in part) <= 1.15 * whole), None)
        if summed:
            kept.remove(total)
            ent = doc.entities.pop(total.entity_id)
            doc.mentions = [m for m in doc.mentions if m.entity_id != ent.id]
            for part in summed:  # ("5.3 tonnes seized at X in two operations": each part was seized there)
                doc.shipment_sentences[part.entity_id] = sorted({*doc.shipment_sentences[part.entity_id],
                                                                 total.sentence})


def _amount_like(total: Shipment) -> Callable[[Shipment], float | None]:
    """How a total is summed: by weight, or by count where it counts goods ('20 firearms, including
    12 pistols and 8 rifles')."""
    if total.quantity_kg is not None:
        return lambda s: s.quantity_kg
    return lambda s: s.quantity if s.unit == "units" and total.unit == "units" else None


def relate_shipments(doc: Doc) -> None:
    for ship in doc.shipments:
        for nation in _nations_of_the_goods(doc, ship):
            doc.relate(ship.entity_id, "ORIGINATED_IN", nation, ship.sentence, "seizure.goods-nationality", 0.6,
                       stop=ship.span.start)
        operation = doc.operation_at(ship.span.start)
        if operation and not earlier_seizure(doc, ship):
            doc.relate(operation, "RESULTED_IN", ship.entity_id, ship.sentence, "seizure.in-operation",
                        0.7)
        traced = re.search(r"traced|linked|attribut|belong", doc.evidence(ship.sentence).text)
        # An earlier seizure is the group's only where the text traces it back to the group.
        if doc.target_org and (traced or not earlier_seizure(doc, ship)) \
                and doc.in_the_case_of(doc.target_org, ship.span.start):
            doc.relate(ship.entity_id, "ATTRIBUTED_TO", doc.target_org, ship.sentence, "seizure.attributed",
                        0.7 if traced else 0.5)


def _nations_of_the_goods(doc: Doc, ship: Shipment) -> list[str]:
    """'500 kg of Colombian cocaine': a nation's adjective on the goods says where they came from."""
    return [m.entity_id for m in _demonyms_within(doc, ship.span) if m.label == "Country"]


def earlier_seizure(doc: Doc, ship: Shipment) -> bool:
    """A seizure the release recalls from before this case: traced back, 'previously', a year before
    the release's own ('seized in Romania in 2020' in a 2022 release, unless a report tells it as one of
    its cases), or the one this haul is measured against ('the second largest after the 1.5 tonnes seized
    in May'). 'Last April' is not enough: court releases date the case itself that way."""
    if ship.entity_id not in doc.earlier_seizures:  # asked once per sentence: answered once per shipment
        context = doc.evidence(ship.sentence).text  # a list item with the line that introduced the list
        a_case = any(start <= ship.span.start < end for start, end, _ in doc.case_operations)
        published = not a_case and re.match(r"(?:19|20)\d\d", doc.document.published or "")
        years = [int(y) for y in P.YEAR.findall(P.CASE_STARTED.sub("", context))]
        doc.earlier_seizures[ship.entity_id] = bool(
            P.EARLIER_CASE.search(context) or (published and years and max(years) < int(published.group(0)))
            or _recalled_after_an_ordinal(doc, ship)
            or P.COMPARED_WITH.search(doc.text, max(0, ship.span.start - 80), ship.span.start))
    return doc.earlier_seizures[ship.entity_id]


def _recalled_after_an_ordinal(doc: Doc, ship: Shipment) -> bool:
    """'It is the third large seizure at the port this month. On 3 March customs found 2.5 tonnes ...':
    the figures after the ordinal, in its sentence or the next, are the earlier seizures it counts."""
    index = ship.sentence
    here = P.NTH_SEIZURE.search(doc.text, doc.sents[index].start, ship.span.start)
    before = P.NTH_SEIZURE.search(doc.sents[index - 1].text) if index > 0 else None
    return bool(here or before)


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


def _pills_told_before(doc: Doc, offset: int) -> Entry | None:
    """'... pills containing fentanyl. Agents seized 150,000 pills': bare pills are of the one drug the
    text named its pills by before (by what they held, not what fakes were made to look like)."""
    hits = [h for h in doc.hits if h.end <= offset]
    drugs = set()
    for a, b in zip(hits, hits[1:]):
        between = doc.text[a.end:b.start]
        pills = _is_unit_word(a) or a.of("commodity") and P.PILLS.fullmatch(a.text.split()[-1])
        fake = P.COUNTERFEIT_BEFORE.search(doc.text, max(0, a.start - 20), a.start)
        if pills and b.of("commodity") and P.PILLS_HOLDING.fullmatch(between):
            drugs.add(b.of("commodity")[0])  # "tablets of MDMA", "oxycodone pills containing fentanyl"
        elif pills and not _is_unit_word(a) and not fake and not P.PILLS_HOLDING.match(doc.text, a.end):
            drugs.add(a.of("commodity")[0])  # "oxycodone pills"
        elif a.of("commodity") and _is_unit_word(b) and between.isspace() and not fake \
                and not P.PILLS_HOLDING.match(doc.text, b.end):
            drugs.add(a.of("commodity")[0])  # "fentanyl pills", read as two words
    return drugs.pop() if len(drugs) == 1 else None


def _is_unit_word(hit: Hit) -> bool:
    """'tablets', 'pills': how goods are counted, not which goods."""
    words = {w.lower() for e in hit.of("commodity") for w in e.data.get("unit_words", [])}
    return hit.text.lower() in words and not any(hit.text.lower() == e.name for e in hit.of("commodity"))


def _quantity(m: re.Match) -> float | None:
    """The figure of a quantity match, its multiplier applied ('1.5 million' -> 1500000)."""
    number = _number(m.group("num"))
    if number is None or not m.group("mult"):
        return number
    return number * P.MULTIPLIERS[m.group("mult").lower()]


def _number(text: str) -> float | None:
    text = text.strip().lower()
    whole = re.fullmatch(r"(.+?)\s+and\s+a\s+half", text)
    if whole:
        number = _number(whole.group(1))
        return number + 0.5 if number is not None else None
    if text in {"a", "an"}:
        return 1.0
    if text in P.NUMBER_WORDS:
        return P.NUMBER_WORDS[text]
    if re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+", text):
        return float(re.sub(r"[.,\s]", "", text))  # 1.000 kg, 1,200 kg and 1 200 kg are thousands
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


def _measure(ship: Shipment) -> float:
    """What a figure measures the goods by: their weight, else their count ('40 handguns' is not '1 pistol')."""
    return ship.quantity_kg if ship.quantity_kg is not None else ship.quantity


def _close(a: float | None, b: float | None, tolerance: float = 0.01) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= tolerance * max(abs(a), abs(b), 1e-9)
