"""Rule-based extraction: a Document in, an Extraction (entities with their
mentions, relations with their evidence) out.

The extractor is a list of small components run in order over one `Doc`:
  find      gazetteer hits and pattern matches become mentions of entities;
            a span of text belongs to the first component that claims it;
  decide    which operation the document reports, which group it is about;
  relate    sentence by sentence, cue words give places their roles; then
            agencies, shipments, groups and persons are tied to the operation;
  geography ports, places and national agencies get LOCATED_IN their country;
  routes    each carrier's origin, stops and destination are numbered in route order.
Every relation's evidence is the sentence (with the line that introduced a
list, for list items) that states it. The result is checked against the
ontology before it leaves extraction."""
from __future__ import annotations

from graph_intel.extraction import agencies, operations, organisations, persons, places, roles, shipments
from graph_intel.extraction.doc import Doc
from graph_intel.extraction.gazetteer import Gazetteer
from graph_intel.model import validate_extraction
from graph_intel.records import Document, Extraction


# The order matters: earlier components claim their spans first (an operation's
# name is not a place, a group named after a state is not the state).
COMPONENTS = (
    Doc.mask_metadata_lines,
    operations.find_operations,
    Doc.remember_free_hits,
    agencies.find_agencies,
    agencies.find_agencies_by_context,
    organisations.find_named_organisations,
    organisations.find_organisations_named_after,
    persons.add_persons,
    places.find_unlisted_places,
    places.find_unlisted_platforms,
    places.find_gazetteer_entities,
    organisations.find_linked_groups,
    organisations.find_organisations,
    places.one_label_per_place,
    shipments.find_shipments,
    operations.decide_operation,
    shipments.drop_totals,
    operations.relate_action_to_taskforce,
    roles.relate_sentences,
    roles.relate_headline_seizure,
    roles.relate_lede_seizing_country,
    roles.relate_results_list_country,
    agencies.relate_agencies,
    shipments.relate_shipments,
    organisations.relate_group,
    persons.relate_persons,
    places.relate_geography,
    roles.stops_among_origins,
    roles.caught_on_the_way,
    roles.one_role_per_stop,
    roles.number_route_stops,
)


def extract(document: Document, gaz: Gazetteer | None = None) -> Extraction:
    """Extract entities and evidence-backed relations from one document; the result is checked
    against the ontology, so nothing leaves extraction that the store would refuse."""
    doc = Doc(document, gaz)
    for component in COMPONENTS:
        component(doc)
    extraction = doc.extraction()
    validate_extraction(extraction.to_dict())
    return extraction
