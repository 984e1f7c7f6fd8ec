"""A tiny hand-made case with known answers, modelled on the seed story.

Three documents:

* EUROPOL_2023 (B2): the Balkan cartel taskforce — Europol, Eurojust, the
  Serbian Criminal Police and the Dutch National Police took part; three
  cocaine seizures (Rotterdam 700 kg, Hasselt 1,200 kg, Aruba 5,000 kg) traced
  to the cartel; the cartel used Sky ECC and is linked to the Pink Panthers.
* SELEC_2019 (C3): Operation Street Runner — Austrian and Serbian police and
  SELEC; 60 kg of heroin seized in Vienna, coming from Serbia via Hungary.
* EUROPOL_2024 (A1): Operation Eastern Corridor — Europol and the Serbian
  Criminal Police again; 300 kg of cocaine seized in Rotterdam, attributed to
  the cartel, which again is said to use Sky ECC (a corroborating claim).

Every entity, claim and evidence span is written here, so tests can assert
exact rows. The evidence of each claim is a sentence of the document's text.
"""
from __future__ import annotations

from graph_intel.records import Document, Entity, Extraction, Relation, Span

EUROPOL_2023 = "doc:tiny-europol-2023"
SELEC_2019 = "doc:tiny-selec-2019"
EUROPOL_2024 = "doc:tiny-europol-2024"

# id: (label, name, properties)
ENTITIES = {
    "operation:otf-balkan-cartel": ("Operation", "Operational Taskforce Balkan Cartel", {"arrests": 23}),
    "operation:street-runner": ("Operation", "Operation Street Runner", {"arrests": 402}),
    "operation:eastern-corridor": ("Operation", "Operation Eastern Corridor", {}),
    "agency:europol": ("Agency", "Europol", {"kind": "international"}),
    "agency:eurojust": ("Agency", "Eurojust", {"kind": "judicial"}),
    "agency:selec": ("Agency", "SELEC", {"kind": "international"}),
    "agency:criminal-police-rs": ("Agency", "Criminal Police", {"kind": "police", "country": "RS"}),
    "agency:national-police-nl": ("Agency", "National Police", {"kind": "police", "country": "NL"}),
    "agency:state-criminal-investigation-at": ("Agency", "State Criminal Investigation Department",
                                               {"kind": "police", "country": "AT"}),
    "country:RS": ("Country", "Serbia", {"iso2": "RS", "iso3": "SRB"}),
    "country:NL": ("Country", "Netherlands", {"iso2": "NL", "iso3": "NLD"}),
    "country:BE": ("Country", "Belgium", {"iso2": "BE", "iso3": "BEL"}),
    "country:AW": ("Country", "Aruba", {"iso2": "AW", "iso3": "ABW"}),
    "country:EC": ("Country", "Ecuador", {"iso2": "EC", "iso3": "ECU"}),
    "country:AT": ("Country", "Austria", {"iso2": "AT", "iso3": "AUT"}),
    "country:HU": ("Country", "Hungary", {"iso2": "HU", "iso3": "HUN"}),
    "country:ME": ("Country", "Montenegro", {"iso2": "ME", "iso3": "MNE"}),
    "region:west-africa": ("Region", "West Africa", {}),
    "region:western-balkans": ("Region", "Western Balkans", {}),
    "location:at-vienna": ("Location", "Vienna", {"country": "AT"}),
    "port:nlrtm": ("Port", "Rotterdam", {"country": "NL", "locode": "NLRTM", "kind": "seaport"}),
    "port:behss": ("Port", "Hasselt", {"country": "BE", "locode": "BEHSS", "kind": "inland_port"}),
    "organisation:balkan-cartel": ("Organisation", "Balkan Cartel", {"kind": "cartel"}),
    "organisation:pink-panther": ("Organisation", "Pink Panther", {"kind": "group"}),
    "platform:sky-ecc": ("Platform", "Sky ECC", {}),
    "person:jean-philippe-lecouffe": ("Person", "Jean-Philippe Lecouffe", {"role": "Deputy Executive Director"}),
    "shipment:rotterdam-700kg": ("Shipment", "700 kg cocaine seized in Rotterdam",
                                 {"commodity": "cocaine", "quantity": 700.0, "unit": "kg", "quantity_kg": 700.0,
                                  "seized": True}),
    "shipment:hasselt-1200kg": ("Shipment", "1.2 t cocaine seized in Hasselt",
                                {"commodity": "cocaine", "quantity": 1.2, "unit": "t", "quantity_kg": 1200.0,
                                 "seized": True}),
    "shipment:aruba-5t": ("Shipment", "5 t cocaine seized in Aruba",
                          {"commodity": "cocaine", "quantity": 5.0, "unit": "t", "quantity_kg": 5000.0,
                           "seized": True}),
    "shipment:vienna-60kg": ("Shipment", "60 kg heroin seized in Vienna",
                             {"commodity": "heroin", "quantity": 60.0, "unit": "kg", "quantity_kg": 60.0,
                              "seized": True}),
    "shipment:rotterdam-300kg": ("Shipment", "300 kg cocaine seized in Rotterdam",
                                 {"commodity": "cocaine", "quantity": 300.0, "unit": "kg", "quantity_kg": 300.0,
                                  "seized": True}),
}

# Each document: (id, published, grading, sentences); a sentence is
# (text, [(entity id, surface text)], [(source, TYPE, target, properties)]).
DOCUMENTS = [
    (EUROPOL_2023, "2023-05-08", "B2", [
        ("Europol and Eurojust supported the Operational Taskforce Balkan Cartel against the Balkan Cartel.",
         [("agency:europol", "Europol"), ("agency:eurojust", "Eurojust"),
          ("operation:otf-balkan-cartel", "Operational Taskforce Balkan Cartel"),
          ("organisation:balkan-cartel", "Balkan Cartel")],
         [("agency:europol", "PARTICIPATED_IN", "operation:otf-balkan-cartel", {"role": "support"}),
          ("agency:eurojust", "PARTICIPATED_IN", "operation:otf-balkan-cartel", {"role": "judicial"}),
          ("operation:otf-balkan-cartel", "TARGETED", "organisation:balkan-cartel", {})]),
        ("The Criminal Police of Serbia led the action with the National Police of the Netherlands.",
         [("agency:criminal-police-rs", "Criminal Police"), ("country:RS", "Serbia"),
          ("agency:national-police-nl", "National Police"), ("country:NL", "Netherlands")],
         [("agency:criminal-police-rs", "PARTICIPATED_IN", "operation:otf-balkan-cartel", {"role": "lead"}),
          ("agency:national-police-nl", "PARTICIPATED_IN", "operation:otf-balkan-cartel", {"role": "support"}),
          ("country:RS", "PARTICIPATED_IN", "operation:otf-balkan-cartel", {}),
          ("country:NL", "PARTICIPATED_IN", "operation:otf-balkan-cartel", {}),
          ("agency:criminal-police-rs", "LOCATED_IN", "country:RS", {}),
          ("agency:national-police-nl", "LOCATED_IN", "country:NL", {})]),
        ("The cartel, active in Serbia and the Western Balkans, communicated over Sky ECC.",
         [("organisation:balkan-cartel", "cartel"), ("country:RS", "Serbia"),
          ("region:western-balkans", "Western Balkans"), ("platform:sky-ecc", "Sky ECC")],
         [("organisation:balkan-cartel", "OPERATES_IN", "country:RS", {}),
          ("organisation:balkan-cartel", "OPERATES_IN", "region:western-balkans", {}),
          ("organisation:balkan-cartel", "USED", "platform:sky-ecc", {})]),
        ("One target was a former leader of the Pink Panther group.",
         [("organisation:pink-panther", "Pink Panther")],
         [("organisation:balkan-cartel", "LINKED_TO", "organisation:pink-panther", {})]),
        ("700 kilos of cocaine from Ecuador, shipped via West Africa, were seized in Rotterdam.",
         [("shipment:rotterdam-700kg", "700 kilos of cocaine"), ("country:EC", "Ecuador"),
          ("region:west-africa", "West Africa"), ("port:nlrtm", "Rotterdam")],
         [("shipment:rotterdam-700kg", "ORIGINATED_IN", "country:EC", {}),
          ("shipment:rotterdam-700kg", "TRANSITED_VIA", "region:west-africa", {}),
          ("shipment:rotterdam-700kg", "SEIZED_AT", "port:nlrtm", {}),
          ("shipment:rotterdam-700kg", "ATTRIBUTED_TO", "organisation:balkan-cartel", {}),
          ("operation:otf-balkan-cartel", "RESULTED_IN", "shipment:rotterdam-700kg", {}),
          ("port:nlrtm", "LOCATED_IN", "country:NL", {})]),
        ("1.2 tonnes of cocaine were seized in Hasselt, Belgium.",
         [("shipment:hasselt-1200kg", "1.2 tonnes of cocaine"), ("port:behss", "Hasselt"),
          ("country:BE", "Belgium")],
         [("shipment:hasselt-1200kg", "SEIZED_AT", "port:behss", {}),
          ("shipment:hasselt-1200kg", "ATTRIBUTED_TO", "organisation:balkan-cartel", {}),
          ("port:behss", "LOCATED_IN", "country:BE", {})]),
        ("5 tonnes of cocaine were seized in Aruba.",
         [("shipment:aruba-5t", "5 tonnes of cocaine"), ("country:AW", "Aruba")],
         [("shipment:aruba-5t", "SEIZED_AT", "country:AW", {}),
          ("shipment:aruba-5t", "ATTRIBUTED_TO", "organisation:balkan-cartel", {})]),
        ("Deputy Executive Director Jean-Philippe Lecouffe spoke for Europol.",
         [("person:jean-philippe-lecouffe", "Jean-Philippe Lecouffe"), ("agency:europol", "Europol")],
         [("person:jean-philippe-lecouffe", "MEMBER_OF", "agency:europol", {})]),
    ]),
    (SELEC_2019, "2019-08-26", "C3", [
        ("Austrian and Serbian police met at SELEC for Operation Street Runner.",
         [("agency:state-criminal-investigation-at", "Austrian"), ("country:AT", "Austrian"),
          ("country:RS", "Serbian"), ("agency:selec", "SELEC"),
          ("operation:street-runner", "Operation Street Runner")],
         [("agency:state-criminal-investigation-at", "PARTICIPATED_IN", "operation:street-runner", {"role": "lead"}),
          ("agency:selec", "PARTICIPATED_IN", "operation:street-runner", {"role": "support"}),
          ("country:AT", "PARTICIPATED_IN", "operation:street-runner", {}),
          ("country:RS", "PARTICIPATED_IN", "operation:street-runner", {})]),
        ("60 kilograms of heroin from Serbia, moved through Hungary, were seized in Vienna.",
         [("shipment:vienna-60kg", "60 kilograms of heroin"), ("country:RS", "Serbia"),
          ("country:HU", "Hungary"), ("location:at-vienna", "Vienna")],
         [("shipment:vienna-60kg", "ORIGINATED_IN", "country:RS", {}),
          ("shipment:vienna-60kg", "TRANSITED_VIA", "country:HU", {}),
          ("shipment:vienna-60kg", "SEIZED_AT", "location:at-vienna", {}),
          ("operation:street-runner", "RESULTED_IN", "shipment:vienna-60kg", {}),
          ("location:at-vienna", "LOCATED_IN", "country:AT", {})]),
        ("Suspects also came from Montenegro.",  # mentioned, in no claim: linked to nothing
         [("country:ME", "Montenegro")], []),
    ]),
    (EUROPOL_2024, "2024-02-01", "A1", [
        ("Europol and the Criminal Police ran Operation Eastern Corridor.",
         [("agency:europol", "Europol"), ("agency:criminal-police-rs", "Criminal Police"),
          ("operation:eastern-corridor", "Operation Eastern Corridor")],
         [("agency:europol", "PARTICIPATED_IN", "operation:eastern-corridor", {"role": "support"}),
          ("agency:criminal-police-rs", "PARTICIPATED_IN", "operation:eastern-corridor", {"role": "lead"}),
          ("operation:eastern-corridor", "TARGETED", "organisation:balkan-cartel", {})]),
        ("300 kg of cocaine of the Balkan Cartel, which used Sky ECC, were seized in Rotterdam.",
         [("shipment:rotterdam-300kg", "300 kg of cocaine"), ("organisation:balkan-cartel", "Balkan Cartel"),
          ("platform:sky-ecc", "Sky ECC"), ("port:nlrtm", "Rotterdam")],
         [("shipment:rotterdam-300kg", "SEIZED_AT", "port:nlrtm", {}),
          ("shipment:rotterdam-300kg", "ATTRIBUTED_TO", "organisation:balkan-cartel", {}),
          ("operation:eastern-corridor", "RESULTED_IN", "shipment:rotterdam-300kg", {}),
          ("organisation:balkan-cartel", "USED", "platform:sky-ecc", {})]),
    ]),
]


def tiny_extractions() -> list[Extraction]:
    """The three documents as Extractions, oldest first."""
    return [_extraction(*spec) for spec in sorted(DOCUMENTS, key=lambda d: d[1])]


def _extraction(doc_id: str, published: str, grading: str, sentences) -> Extraction:
    text = " ".join(sentence for sentence, _, _ in sentences)
    document = Document(id=doc_id, text=text, path=f"{doc_id.split(':')[1]}.txt", title=sentences[0][0],
                        source=f"https://example.org/{doc_id.split(':')[1]}", published=published,
                        publisher="Europol" if "europol" in doc_id else "SELEC", grading=grading)
    entities: dict[str, Entity] = {}
    relations: list[Relation] = []
    offset = 0
    for sentence, mentions, claims in sentences:
        for entity_id, surface in mentions:
            label, name, props = ENTITIES[entity_id]
            entity = entities.setdefault(entity_id, Entity(id=entity_id, label=label, name=name,
                                                           properties=dict(props)))
            start = offset + sentence.index(surface)
            entity.add_mention(Span(start, start + len(surface), surface))
        for source, rel_type, target, props in claims:
            relations.append(Relation(source=source, type=rel_type, target=target,
                                      evidence=Span(offset, offset + len(sentence), sentence),
                                      rule="tiny_case", confidence=0.9, properties=dict(props)))
        offset += len(sentence) + 1
    return Extraction(document=document, entities=list(entities.values()), relations=relations)


def load_tiny_case(store):
    """Write the three documents to `store` (oldest first); returns the store."""
    for extraction in tiny_extractions():
        result = store.write(extraction)
        assert result.written, result
    return store
