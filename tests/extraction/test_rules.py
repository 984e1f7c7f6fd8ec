"""One test per rule family, on short sentences written for the tests,
with the negative cases beside the positive ones."""
import pytest

from graph_intel.documents import document_from_text
from graph_intel.extraction import extract


def run(text: str):
    return extract(document_from_text(text, path="test.txt"))


def entities(x, label):
    return {e.name for e in x.entities if e.label == label}


def links(x, rel):
    names = {e.id: e.name for e in x.entities}
    return {(names[r.source], names[r.target]) for r in x.relations if r.type == rel}


def one(x, label):
    found = [e for e in x.entities if e.label == label]
    assert len(found) == 1, found
    return found[0]


# -- countries, demonyms, regions ------------------------------------------------
def test_the_niger_delta_is_a_region_not_a_country_and_a_town():
    x = run("The navy destroyed illegal refineries in the Niger Delta.")
    assert entities(x, "Region") == {"Niger Delta"} and entities(x, "Country") == set()


def test_a_provinces_name_is_a_proper_name_its_typed_form_matches_in_any_case():
    x = run("Gendarmes seized 1.2 tonnes of methamphetamine in the eastern province of Van.")
    assert entities(x, "Region") == {"Van"}


def test_a_headlines_last_word_is_no_part_of_the_datelines_town():
    x = run("Gendarmes seize methamphetamine in Van\n\nANKARA – Gendarmes seized 1.2 tonnes of methamphetamine.")
    assert "Ankara" in entities(x, "Location")


def test_a_nations_coast_named_by_its_sea_is_the_nations():
    x = run("Police seized 3 tonnes of cocaine from a semi-submersible that had left from the Colombian Pacific coast.")
    assert links(x, "ORIGINATED_IN") == {("3,000 kg cocaine", "Colombia")}
    assert entities(x, "Location") == set()


def test_a_nation_of_the_goods_drugs_were_disguised_as_takes_no_part():
    x = run("Police found 80 kg of methamphetamine packed in Chinese tea packets and Thai packaging in Vellin.")
    assert entities(x, "Country") == set()
    # a drug's own bales say where it came from
    x = run("Police found 80 kg of hashish in Moroccan hashish bales in Vellin.")
    assert entities(x, "Country") == {"Morocco"}


def test_a_demonym_two_countries_share_is_the_one_the_text_names_else_the_more_populous():
    x = run("Police said Korean crime groups bought the drugs.")
    assert entities(x, "Country") == {"South Korea"}
    x = run("Customs in North Korea said Korean smugglers bought the drugs.")
    assert entities(x, "Country") == {"North Korea"}


def test_countries_by_name_official_name_and_demonym():
    x = run("Officers from the Hellenic Republic and Montenegrin investigators met Dutch prosecutors.")
    assert entities(x, "Country") == {"Greece", "Montenegro", "Netherlands"}
    assert {e.id for e in x.entities if e.label == "Country"} == {"country:GR", "country:ME", "country:NL"}


def test_regions_and_seas():
    x = run("The cocaine came from South America via West Africa and was seized in the Atlantic Ocean.")
    assert {"South America", "West Africa"} <= entities(x, "Region")
    assert "Atlantic Ocean" in entities(x, "Location")


def test_an_aliass_leading_the_does_not_cut_a_longer_name_short():
    x = run("The drugs were interdicted in the Caribbean Sea and taken to the Netherlands.")
    assert "Caribbean Sea" in entities(x, "Location") and "Caribbean" not in entities(x, "Region")


def test_a_province_after_a_town_and_a_comma_is_the_province():
    # Cavite is a Philippine province and a city; Metro Manila is the capital region.
    x = run("Raids took place in Bacoor City, Cavite and in Metro Manila.")
    assert {"Cavite", "Metro Manila"} <= entities(x, "Region") and "Cavite City" not in entities(x, "Location")


def test_a_regions_adjective_before_a_place_noun_is_the_region_not_a_place_of_its_own():
    x = run("Agents detected more landings of hashish on the Catalan coast.")
    assert entities(x, "Region") == {"Catalonia"} and entities(x, "Location") == set()


def test_a_town_named_like_towns_abroad_is_read_with_its_listed_province():
    # Santa Ana is listed for El Salvador and the US; Petén is a Guatemalan department.
    x = run("Troops found 900 kg of cocaine on a plane at an airstrip in Santa Ana, Petén.")
    town = one(x, "Location")
    assert town.name == "Santa Ana" and town.properties["country"] == "GT"
    assert "El Salvador" not in entities(x, "Country")


def test_a_town_no_list_holds_is_read_with_its_listed_province():
    x = run("Fishermen found 40 kg of cocaine floating off the coast of Palomarejo, Ilocos Norte.")
    assert entities(x, "Location") == {"Palomarejo"}
    assert links(x, "SEIZED_AT") == {("40 kg cocaine", "Palomarejo")}
    assert ("Palomarejo", "Ilocos Norte") in links(x, "LOCATED_IN")
    # an unknown word after the comma is no province
    assert entities(run("Fishermen found 40 kg of cocaine off the coast of Palomarejo, Brindlewick."), "Location") == set()


def test_a_boat_that_left_a_coast_set_out_from_there():
    x = run("Marines intercepted a speedboat carrying 900 kg of cocaine. The boat had left the coast of "
            "Esmeraldas and was heading towards Panama.")
    assert links(x, "ORIGINATED_IN") == {("900 kg cocaine", "Esmeraldas")}
    assert links(x, "SEIZED_AT") == set()


def test_a_big_city_of_the_documents_country_names_its_province_for_small_namesakes():
    # Liverpool, New South Wales (31,000 people) in a release about Sydney, not England's (497,000)
    x = run("Australian Federal Police officers in Sydney arrested two men in Liverpool and seized 5 kg of "
            "cocaine.")
    assert next(e for e in x.entities if e.name == "Liverpool").properties["country"] == "AU"


def test_a_state_force_named_by_the_states_abbreviation_is_no_unit_of_the_federal_police():
    x = run("Officers from the NSW Police Force and the Australian Federal Police arrested two men.")
    assert links(x, "PART_OF") == set()
    assert {a for a, _ in links(x, "PARTICIPATED_IN")} >= {"NSW Police Force", "Australian Federal Police"}


def test_goods_loaded_on_a_coast_set_out_from_there_and_a_leader_from_a_town_is_no_route():
    x = run("Police seized 900 kilos of hashish. The gang, led by a man from Algeciras, loaded the hashish on the "
            "Moroccan coast and unloaded it on beaches near Cadiz.")
    assert ("900 kg hashish", "Morocco") in links(x, "ORIGINATED_IN")
    assert ("900 kg hashish", "Algeciras") not in links(x, "ORIGINATED_IN")
    assert ("900 kg hashish", "Morocco") not in links(x, "SEIZED_AT")


def test_a_towns_name_yields_to_a_longer_name_it_overlaps():
    # La Guardia is a town in Venezuela (and Spain); "Guardia Civil" is the Spanish Civil Guard
    x = run("La Guardia Civil detuvo a tres hombres y se incautaron 500 kilos de hachís en Almería.")
    assert entities(x, "Agency") == {"Guardia Civil"} and "La Guardia" not in entities(x, "Location")


@pytest.mark.parametrize("town, iso", [("Kinshasa", "CD"), ("Brazzaville", "CG"), ("Santo Domingo", "DO"),
                                       ("Roseau", "DM")])
def test_a_demonym_two_countries_share_names_the_one_the_document_places(town, iso):
    demonym = "Congolese" if iso in {"CD", "CG"} else "Dominican"
    x = run(f"{demonym} police seized 40 kg of cocaine at the airport of {town} and arrested two men in {town}.")
    assert {e.properties.get("iso2") for e in x.entities if e.label == "Country"} == {iso}


def test_a_total_since_the_start_of_the_year_is_no_shipment():
    x = run("Customs seized 700 kg of cocaine in Marseille on Monday. Since the beginning of the year, customs "
            "have seized 6 tonnes of cocaine in the port.")
    assert entities(x, "Shipment") == {"700 kg cocaine"}
    estimate = run("The gang smuggled an estimated 2 tonnes of cocaine into Ireland. Gardaí seized 90 kg of "
                   "cocaine in Cork.")
    assert entities(estimate, "Shipment") == {"90 kg cocaine"}
    sum_of_last_year = run("Customs seized 700 kg of cocaine in Marseille on Monday. In total, 12 tonnes of "
                           "cocaine were seized in the region's ports last year.")
    assert entities(sum_of_last_year, "Shipment") == {"700 kg cocaine"}


def test_an_item_of_a_bulleted_list_is_no_total_of_the_items_after_it():
    # 500 = 200 + 300, but each line is a seizure of its own
    x = run("The cutter made four interdictions.\n\n- On May 3, the crew seized 100 kg of cocaine.\n"
            "- On May 9, the crew seized 500 kg of cocaine.\n- On May 15, the crew seized 200 kg of cocaine.\n"
            "- On May 21, the crew seized 300 kg of cocaine.")
    assert entities(x, "Shipment") == {"100 kg cocaine", "500 kg cocaine", "200 kg cocaine", "300 kg cocaine"}
    total = run("In all, the crew seized 500 kg of cocaine: 200 kg on May 15 and 300 kg on May 21.")
    assert entities(total, "Shipment") == {"200 kg cocaine", "300 kg cocaine"}


def test_the_route_of_the_courier_or_the_containers_is_the_route_of_the_one_load():
    x = run("Officers stopped a passenger arriving from Lima via Madrid at Frankfurt Airport. He had swallowed "
            "80 capsules containing 1 kg of cocaine.")
    assert links(x, "ORIGINATED_IN") == {("1 kg cocaine", "Lima")}
    assert links(x, "TRANSITED_VIA") == {("1 kg cocaine", "Madrid")}
    y = run("Officers examined two containers arriving from Ningbo, China. The containers held 900 kg of safrole.")
    assert ("900 kg safrole", "Ningbo") in links(y, "ORIGINATED_IN")


def test_a_province_by_its_own_name_is_no_town_known_by_it_as_another_name():
    # Hatay is a Turkish province; GeoNames also gives it as another name of the town Antakya
    x = run("Gendarmes seized 2 million Captagon pills in the Kırıkhan district of Hatay.")
    assert "Hatay" in entities(x, "Region") and "Antakya" not in entities(x, "Location")


def test_a_barangay_is_a_village_named_after_its_kind():
    x = run("Agents seized 2 kilograms of shabu in Barangay San Isidro, Bacoor City on Monday.")
    assert "Barangay San Isidro" in entities(x, "Location")
    assert ("2 kg methamphetamine", "Barangay San Isidro") in links(x, "SEIZED_AT")


def test_an_agency_name_ends_before_the_day_and_a_person_aged_from_a_town_is_no_route():
    x = run("Officers seized 40 kg of cocaine bought by Ann Lee, 44, from Braintree. At Norwich Crown Court on "
            "Monday, Judge Paul Marsh jailed her for nine years.")
    assert "Norwich Crown Court" in entities(x, "Agency") and "Paul Marsh" in entities(x, "Person")
    assert links(x, "ORIGINATED_IN") == set()


def test_a_person_with_an_alias_after_a_k_a_and_a_quoted_alias_with_a_stop():
    x = run('Agents arrested Tomas Vidal-Rojas, a/k/a "El Notario," who laundered cash for the Gulf Cartel. His '
            'partner Wen Bo, also known as "Mr. Grey," 52, fled.')
    people = {e.name: e.aliases for e in x.entities if e.label == "Person"}
    assert "El Notario" in people["Tomas Vidal-Rojas"] and "Mr. Grey" in people["Wen Bo"]


def test_a_place_after_other_goods_is_theirs_once_the_load_has_its_own():
    x = run("Police seized 480 kilograms of cocaine in a warehouse in Kotor and a cache of weapons in Budva.")
    assert links(x, "SEIZED_AT") == {("480 kg cocaine", "Kotor")}
    together = run("Police seized 5 kg of cocaine and two guns in Kotor.")
    assert ("5 kg cocaine", "Kotor") in links(together, "SEIZED_AT")


def test_a_report_whose_case_headings_name_operations_has_one_operation_a_case():
    x = run("Quarterly Drug Seizures Bulletin For European Partners\n\n"
            "Case 1 – Operation Blue Heron (Belgium, Netherlands)\n"
            "On 3 May, Belgian police seized 900 kg of cocaine in the port of Antwerp.\n\n"
            "Case 2 – Operation Sandpiper (Spain)\n"
            "On 9 June, Spanish police seized 3 tonnes of hashish in Algeciras.")
    assert links(x, "RESULTED_IN") == {("Operation Blue Heron", "900 kg cocaine"),
                                       ("Operation Sandpiper", "3,000 kg hashish")}


def test_in_a_report_of_several_cases_a_group_belongs_to_the_case_that_names_it():
    x = run("Quarterly Drug Seizures Bulletin For European Partners\n\n"
            "Case 1 – Operation Blue Heron (Belgium)\n"
            "On 3 May, Belgian police seized 900 kg of cocaine in the port of Antwerp.\n\n"
            "Case 2 – Operation Sandpiper (Spain)\n"
            "Spanish police dismantled a criminal network and seized 3 tonnes of hashish in Algeciras.")
    group = next(e.name for e in x.entities if e.label == "Organisation")
    assert links(x, "TARGETED") == {("Operation Sandpiper", group)}
    assert links(x, "ATTRIBUTED_TO") == {("3,000 kg hashish", group)}


def test_a_listed_name_with_and_in_it_is_one_agency_and_a_number_word_is_no_place():
    x = run("Officers of the Customs and Monopolies Agency seized 90 kg of cocaine at the port of Salerno. "
            "Three port workers were arrested.")
    assert entities(x, "Agency") == {"Italian Customs and Monopolies Agency"}
    assert entities(x, "Port") == {"Salerno"}


def test_goods_taken_by_car_to_a_town_go_there_and_a_boat_escorted_to_port_ends_there():
    x = run("Police seized 34 kilograms of cocaine at a flat in Porto. From there, the cocaine was taken by car "
            "to Madrid.")
    assert links(x, "DESTINED_FOR") == {("34 kg cocaine", "Madrid")}
    assert links(x, "SEIZED_AT") == {("34 kg cocaine", "Porto")}
    boat = run("The navy intercepted a boat carrying 2 tonnes of cocaine and escorted it to Lisbon.")
    assert links(boat, "DESTINED_FOR") == set()


@pytest.mark.parametrize("sentence, towns", [
    # Bremen is a German state as well as a city
    ("The women were exploited in flats in Munich, Bremen and Leipzig.", {"Munich", "Bremen", "Leipzig"}),
    # Manchester and Birmingham are English districts as well as cities
    ("Officers searched homes in Leeds, Manchester and Birmingham.", {"Leeds", "Manchester", "Birmingham"}),
])
def test_a_list_of_towns_is_no_town_with_its_province(sentence, towns):
    x = run(sentence)
    assert towns <= entities(x, "Location") and entities(x, "Region") == set()


def test_a_city_listed_abroad_before_a_list_of_cities_keeps_its_own_country():
    # Palermo is an Italian city; Madrid, a Spanish province too, only stands next to it in a list
    x = run("Police arrested nine suspects in Palermo, Madrid and Lyon.")
    assert {e.name: e.properties.get("country") for e in x.entities if e.label == "Location"} == \
        {"Palermo": "IT", "Madrid": "ES", "Lyon": "FR"}


def test_a_state_of_the_documents_country_is_not_a_town_abroad():
    # Santa Catarina and Paraná are Brazilian states, and towns in Mexico and Argentina.
    x = run("The Brazilian Federal Police executed search warrants in Curitiba, Santa Catarina and Paraná.")
    assert {"Santa Catarina", "Paraná"} <= entities(x, "Region")
    # a list of places is no town with its province
    assert ("Curitiba", "Santa Catarina") not in links(x, "LOCATED_IN")


def test_an_accent_folded_country_name_that_is_an_english_word_needs_its_capital():
    # "Ísland" (Iceland) folds to "island"; "Réunion" to "reunion".
    x = run("The town, an island of calm, held a family reunion after the raids in Spain.")
    assert entities(x, "Country") == {"Spain"}


def test_the_pronoun_us_is_not_the_united_states():
    x = run("The suspects told us nothing. US agents later joined the inquiry.")
    assert [m.text for e in x.entities if e.label == "Country" for m in e.mentions] == ["US"]


def test_crete_is_a_greek_region_and_a_seizure_off_it_is_greeces():
    x = run("The coast guard intercepted a cargo ship carrying 1.5 tonnes of cocaine 60 nautical miles south of Crete.")
    assert "Crete" in entities(x, "Region")
    assert links(x, "SEIZED_AT") == {("1,500 kg cocaine", "Greece")}


def test_a_place_no_list_holds_lies_in_the_country_of_the_national_body_acting_before_it():
    x = run("The Hellenic Coast Guard intercepted a boat 20 nautical miles south of Vellos. Two Egyptians were "
            "arrested; the migrants came from Egypt.")
    assert ("Vellos", "Greece") in links(x, "LOCATED_IN")


# -- agencies --------------------------------------------------------------------
def test_a_defence_force_is_military():
    x = run("The Guyana Defence Force seized 4 tonnes of cocaine at an airstrip.")
    assert one(x, "Agency").properties.get("kind") == "military"


def test_a_groups_other_name_is_no_agency_however_much_it_sounds_like_a_force():
    x = run("Police captured a commander of the Vale Clan, also known as the Kordo Liberation Army, in a rural area.")
    assert "Kordo Liberation Army" not in entities(x, "Agency")
    x = run("Police and the Kordo Liberation Army captured a commander of the Vale Clan.")
    assert "Kordo Liberation Army" in entities(x, "Agency")


def test_an_acronym_spelling_a_name_a_lower_case_word_cut_reaches_back_to_its_start():
    x = run("The Medicines and Healthcare products Regulatory Agency (MHRA) seized 3.2 million doses of unlicensed "
            "medicines.")
    assert entities(x, "Agency") == {"Medicines and Healthcare products Regulatory Agency"}
    assert entities(x, "Shipment") == {"3,200,000 × counterfeit medicines"}


def test_a_force_of_the_command_its_men_belong_to_has_that_command_as_its_unit():
    x = run("Carabinieri of the Provincial Command of Reggio Calabria executed 31 arrest warrants.")
    assert {"Carabinieri", "Provincial Command of Reggio Calabria"} <= entities(x, "Agency")
    assert links(x, "PART_OF") == {("Provincial Command of Reggio Calabria", "Carabinieri")}
    # a force's name with a particle, a command named after a port town
    x = run("Officers of the Guardia di Finanza of the Provincial Command of Livorno seized 2 tonnes of cocaine.")
    assert links(x, "PART_OF") == {("Provincial Command of Livorno", "Guardia di Finanza")}
    # a unit of a force, the other way round, stays as it was
    x = run("Officers of the Narcotics Unit of the Guardia Civil arrested two men.")
    assert links(x, "PART_OF") == {("Narcotics Unit", "Guardia Civil")}


def test_a_country_of_two_words_before_a_possessive_owns_the_body_but_is_no_part_of_its_name():
    x = run("Police seized 2 tonnes of cocaine. The Dominican Republic's Attorney General's Office charged six men.")
    assert "Attorney General's Office" in entities(x, "Agency")
    assert not any("Republic" in a for a in entities(x, "Agency"))


def test_a_body_named_only_as_it_reacts_to_the_case_took_no_part():
    x = run("The Lebanese Army seized 9 million Captagon pills in Beirut. The Kordovian Drug Directorate welcomed "
            "the seizure.")
    assert {a for a, _ in links(x, "PARTICIPATED_IN")} >= {"Lebanese Army"}
    assert "Kordovian Drug Directorate" not in {a for a, _ in links(x, "PARTICIPATED_IN")}
    x = run("The Lebanese Army and the Kordovian Drug Directorate seized 9 million Captagon pills in Beirut.")
    assert "Kordovian Drug Directorate" in {a for a, _ in links(x, "PARTICIPATED_IN")}


def test_a_drug_office_two_countries_call_ocrtis_is_the_documents_countrys():
    text = "The {} Navy intercepted a trawler with 900 kg of cocaine off {}. The drugs were handed to the OCRTIS."
    agencies = {e.name: e.properties.get("country") for e in run(text.format("Senegalese", "Dakar")).entities
                if e.label == "Agency"}
    assert agencies.get("OCRTIS Senegal") == "SN" and "OCRTIS" not in agencies
    agencies = {e.name: e.properties.get("country") for e in run(text.format("French", "Brest")).entities
                if e.label == "Agency"}
    assert agencies.get("OCRTIS") == "FR"


def test_an_acronym_a_text_defines_names_its_body_later_though_other_countries_bodies_share_it():
    # "PJ" is listed as a name several countries' judicial police go by
    x = run("The Kordovia Judiciary Police (PJ) seized 200 kg of cocaine. Jo Roe, PJ's deputy director, said "
            "it was a blow to the traffickers.")
    assert links(x, "MEMBER_OF") == {("Jo Roe", "Kordovia Judiciary Police")}


def test_listed_agencies_resolve_to_one_id_whatever_the_spelling():
    x = run("Europol and EUROPOL analysts helped the Guardia Civil; the Spanish Civil Guard made arrests.")
    agencies = {e.id for e in x.entities if e.label == "Agency"}
    assert "agency:europol" in agencies
    assert len([a for a in agencies if "guardia" in a or "civil" in a]) == 1


def test_unlisted_agencies_are_found_by_their_shape():
    x = run("The Regional Anti-Drug Directorate of Kordovia and the Harbour Investigation Unit seized 20 kg of heroin.")
    assert {"Regional Anti-Drug Directorate of Kordovia", "Harbour Investigation Unit"} <= entities(x, "Agency")


def test_a_generic_police_mention_is_not_an_agency():
    x = run("The police said that law enforcement authorities arrested two men.")
    assert entities(x, "Agency") == set()


def test_what_a_force_word_qualifies_is_no_body():
    x = run("LISBON – Police arrested two customs brokers who had filed false customs declarations.")
    assert not any("Customs" in e.name for e in x.entities if e.label == "Agency")


def test_generic_agency_names_resolve_through_the_country():
    x = run("Spain: National Police seized 300 kg of cocaine in Algeciras.")
    police = one(x, "Agency")
    assert police.properties.get("country") == "ES"
    assert (police.name, "Spain") in links(x, "LOCATED_IN")


@pytest.mark.parametrize("sentence, bodies", [
    ("Officers of the Vellin Harbour Unit and Vellin Port Police seized 5 kg of heroin.",
     {"Vellin Harbour Unit", "Vellin Port Police"}),
    # two bodies whose names open alike keep their own words
    ("The case was investigated by Fiji Customs and Fiji Police.", {"Fiji Customs", "Fiji Police"}),
])
def test_two_bodies_joined_by_and_are_two_agencies(sentence, bodies):
    assert entities(run(sentence), "Agency") == bodies
    # what one body deals with is no body of its own
    one_body = run("Officers seized 4 million cigarettes, the Directorate of Customs and Excise said.")
    assert "Directorate of Customs" not in entities(one_body, "Agency")


def test_a_towns_name_with_of_in_it_opens_the_bodys_name():
    x = run("Two couriers appeared before the Port of Spain Magistrates' Court on Monday.")
    court = one(x, "Agency")
    assert court.name == "Port of Spain Magistrates' Court" and court.properties["country"] == "TT"
    assert entities(x, "Country") == {"Trinidad and Tobago"}


def test_a_body_then_its_own_listed_unit_in_brackets_are_not_each_others_parts():
    x = run("French customs (DNRED) and the French Navy intercepted a fishing vessel with 900 kg of cocaine.")
    assert links(x, "PART_OF") == {("DNRED", "French Customs")}


def test_a_body_named_with_a_listed_national_one_works_in_its_country():
    x = run("Police seized cocaine in Spain and France. The Portuguese Navy and the Harbour Investigation Bureau "
            "intercepted a yacht carrying 2 tonnes of cocaine.")
    bureau = next(e for e in x.entities if e.name == "Harbour Investigation Bureau")
    assert bureau.properties["country"] == "PT"


def test_a_unit_and_its_parent():
    x = run("Arrests were made by the Narcotics Squad – a joint Customs and Metropolitan Police Service unit.")
    assert ("Narcotics Squad", "Metropolitan Police Service") in links(x, "PART_OF")


def test_a_nations_police_and_the_force_named_after_the_country_are_one_agency():
    x = run("Zambian police recover stolen cars\n\nOfficers of the Zambia Police Service intercepted eight "
            "stolen cars in Lusaka.")
    assert entities(x, "Agency") == {"Zambia Police Service"}


def test_a_commissariat_is_a_body():
    x = run("Officers of the General Commissariat of Immigration and Borders arrested two men in Madrid.")
    assert entities(x, "Agency") == {"General Commissariat of Immigration and Borders"}


def test_an_acronym_beside_another_name_is_no_listed_body_of_a_country_the_text_never_names():
    x = run("COLOMBO - The navy, acting on a tip from the Provincial Narcotics Bureau (PNB), seized 180 kg of heroin "
            "near Galle.")
    assert "Provincial Narcotics Bureau" in entities(x, "Agency")
    assert "Venezuela" not in entities(x, "Country")


def test_a_countrys_customs_administration_is_its_customs():
    x = run("Dutch customs find cocaine\n\nThe Customs Administration of the Netherlands found 300 kg of cocaine "
            "in Vlissingen.")
    assert len(entities(x, "Agency")) == 1 and links(x, "PART_OF") == set()


def test_a_navys_name_alone_is_the_navy_the_text_named():
    x = run("The Colombian Navy, with support from the United States and U.S. agencies, intercepted a boat "
            "carrying 3.5 tonnes of cocaine. According to the Navy, the cocaine belonged to a cartel.")
    assert entities(x, "Agency") == {"Colombian Navy"}


def test_a_listed_office_named_with_its_town_first_is_the_listed_one():
    x = run("Officers of the Hamburg Customs Investigation Office seized 1.6 tonnes of cocaine.")
    assert entities(x, "Agency") >= {"Customs Investigation Office Hamburg"}
    assert "Hamburg Customs Investigation Office" not in entities(x, "Agency")


@pytest.mark.parametrize("name", ["Customs and Excise Directorate General", "Directorate General of Customs and Excise",
                                  "Customs and Excise Department"])
def test_a_body_named_for_customs_and_excise_is_one_body_of_no_other_country(name):
    x = run(f"JAKARTA - The navy and the {name} seized 1.2 tonnes of methamphetamine off Aceh.")
    assert name in entities(x, "Agency")
    assert "Belgium" not in entities(x, "Country")


def test_a_state_police_is_the_states_own_force_not_a_unit_of_the_federal_one():
    x = run("Victoria Police, working with the Australian Federal Police, seized 120 kg of cocaine in Melbourne. "
            "A man from Geelong was arrested.")
    victoria = next(e for e in x.entities if e.name == "Victoria Police")
    assert victoria.properties["country"] == "AU"
    assert links(x, "PART_OF") == set()


# -- operations --------------------------------------------------------------------
def test_paragraphs_that_open_by_numbering_a_case_are_cases_of_their_own():
    x = run("Annual review\n\nCase 1: In February, customs officers at Felixstowe found 1.1 tonnes of cocaine in a "
            "container of bananas.\n\nCase 2: In July, officers at Southampton seized 650 kilograms of cocaine in a "
            "shipment of pineapples.")
    results = {(o.split(" — ")[-1], s) for o, s in links(x, "RESULTED_IN")}
    assert results == {("Case 1", "1,100 kg cocaine"), ("Case 2", "650 kg cocaine")}


def test_a_named_campaign_is_an_operation():
    x = run("Orion campaign seizes cocaine\n\nThe multinational naval strategy Orion led to the seizure of 225 tonnes "
            "of cocaine.")
    assert entities(x, "Operation") == {"Operation Orion"} and entities(x, "Location") == set()


def test_an_operation_named_as_a_model_is_not_the_releases_operation():
    x = run("Police in an Operation Trident-style raid seized 5 kg of cocaine in Lisbon.")
    assert "Operation Trident" not in entities(x, "Operation") and "Operation Trident-style" not in entities(x, "Operation")
    x = run("Police in Operation Trident seized 5 kg of cocaine in Lisbon.")
    assert "Operation Trident" in entities(x, "Operation")


@pytest.mark.parametrize("text, name", [
    ("Police arrested 12 suspects in Operation Lighthouse.", "Operation Lighthouse"),
    ("The joint investigation codenamed 'NORTHWIND' led to 9 arrests.", "Operation Northwind"),
    ("Eurojust supported the investigation OSPREY, which ended with arrests.", "Operation Osprey"),
    ("The joint investigation REACTION II ended with 4 arrests.", "Operation Reaction II"),
    ("Police finalized the investigation codenamedMarlin with arrests.", "Operation Marlin"),
    ("The joint investigation codenamed Morning Star 2 led to arrests.", "Operation Morning Star 2"),
    ("Carabinieri made 41 arrests in operation «Vento Nero» at dawn.", "Operation Vento Nero"),
])
def test_named_operations(text, name):
    x = run(text)
    assert name in entities(x, "Operation")
    assert one(x, "Operation").named


def test_an_enforcement_action_without_a_name_is_one_unnamed_operation():
    x = run("Customs officers arrested three men and seized 40 kg of heroin.")
    operation = one(x, "Operation")
    assert operation.named is False


def test_a_document_without_enforcement_has_no_operation():
    x = run("Drug markets in Europe keep changing, a report on trends says.")
    assert entities(x, "Operation") == set()


def test_a_taskforce_is_not_the_operation_the_document_reports():
    x = run("Within the Operational Taskforce 'Harbour', Europol helped Belgian police arrest four suspects.")
    ops = {e.name: e for e in x.entities if e.label == "Operation"}
    assert "Operational Taskforce Harbour" in ops
    assert any(not e.named for e in ops.values())


# -- participation -----------------------------------------------------------------
def test_a_country_opening_a_line_of_results_took_part_and_holds_its_places():
    x = run("Seizures by country\n\n- Spain: 3.1 tonnes of hashish seized in Huelva\n- Greece: 1.4 tonnes of cannabis "
            "seized at the Kipoi border crossing")
    assert {"Spain", "Greece"} <= {c for c, _ in links(x, "PARTICIPATED_IN")}
    assert ("Kipoi", "Greece") in links(x, "LOCATED_IN")


def test_countries_that_set_up_an_operation_or_tally_its_results_took_part():
    x = run("Europol supported an operation set up by Belgium and France against a cocaine network. Officers "
            "seized 2 tonnes of cocaine.")
    assert {"Belgium", "France"} <= {c for c, _ in links(x, "PARTICIPATED_IN")}
    x = run("Police dismantled a cocaine network.\n\nResults:\n- 38 arrests (Belgium: 12, Spain: 6)\n- 2 tonnes of "
            "cocaine seized")
    assert {"Belgium", "Spain"} <= {c for c, _ in links(x, "PARTICIPATED_IN")}
    # a headline's place before a figure is no tally
    x = run("Record seizure in Ecuador: 22 tonnes found\n\nPolice seized 22 tonnes of cocaine in a warehouse in Quito.")
    assert ("22,000 kg cocaine", "Quito") in links(x, "SEIZED_AT")


def test_countries_whose_authorities_acted_participate():
    x = run("Law enforcement authorities from Slovenia, Croatia and Italy detained 12 people. "
            "The drugs had transited via Hungary.")
    participants = {a for a, _ in links(x, "PARTICIPATED_IN")}
    assert {"Croatia", "Italy", "Slovenia"} <= participants
    assert "Hungary" not in participants


def test_authorities_of_several_listed_countries_seized_goods_in_no_one_of_them():
    x = run("Police from Spain, Portugal and France seized 40 kg of cocaine. Officers arrested six people.")
    assert links(x, "SEIZED_AT") == set()
    assert {"Spain", "Portugal", "France"} <= {c for c, _ in links(x, "PARTICIPATED_IN")}


def test_countries_an_operation_ran_in_and_a_country_opening_a_sentence_took_part():
    x = run("Operation Iron Gate ran from 5 to 25 June in Mali, Togo and Benin. In Ghana alone, officers "
            "recovered 312 pistols.")
    assert {"Mali", "Togo", "Benin", "Ghana"} <= {c for c, _ in links(x, "PARTICIPATED_IN")}


def test_a_body_that_only_speaks_of_the_trade_at_large_took_no_part():
    x = run("Police seized 1.1 tonnes of methamphetamine near Loikaw. The United Nations Office on Drugs and Crime "
            "(UNODC) said production in the region had reached record levels.")
    assert "UNODC" not in {a for a, _ in links(x, "PARTICIPATED_IN")}
    assert "UNODC" in entities(x, "Agency")


def test_agency_roles():
    x = run("With the support of Europol, the Portuguese Judicial Police arrested five men; "
            "Eurojust coordinated the judicial work.")
    roles = {e.name: r.properties.get("role") for r in x.relations if r.type == "PARTICIPATED_IN"
             for e in x.entities if e.id == r.source and e.label == "Agency"}
    assert roles["Europol"] == "support"
    assert roles["Eurojust"] == "judicial"


# -- shipments and quantities --------------------------------------------------------
def test_a_years_figure_of_a_countrys_authorities_is_a_statistic():
    x = run("Heroin crosses Turkey on its way west. In 2022, Turkish authorities seized 20 tonnes of heroin, the "
            "report said.")
    assert entities(x, "Shipment") == set()
    x = run("In March 2022, Turkish police seized 2 tonnes of heroin in Van.")
    assert entities(x, "Shipment") == {"2,000 kg heroin"}


def test_a_total_of_this_years_seizures_is_a_statistic():
    x = run("Gendarmes seized 1.2 tonnes of methamphetamine in Van. The minister said gendarmes had seized a total "
            "of 14 tonnes of methamphetamine this year.")
    assert entities(x, "Shipment") == {"1,200 kg methamphetamine"}


def test_swallowed_pellets_are_counted_packages_and_a_bare_weight_before_a_compass_word_is_the_drugs():
    x = run("Officers arrested a passenger who had swallowed 87 pellets of cocaine at Lagos airport.")
    assert entities(x, "Shipment") == {"87 pellets of cocaine"}
    x = run("The Navy seized 20 tonnes of cocaine. In the Caribbean, the coast guard seized 9 tonnes south of Aruba.")
    assert entities(x, "Shipment") == {"20,000 kg cocaine", "9,000 kg cocaine"}


def test_a_weight_found_in_a_list_of_seizures_is_of_the_drug_named_before():
    x = run("The cell lost 1.1 tonnes of cocaine found in Valencia and 780 kilograms found in Le Havre.")
    assert entities(x, "Shipment") == {"1,100 kg cocaine", "780 kg cocaine"}
    assert links(x, "SEIZED_AT") == {("1,100 kg cocaine", "Valencia"), ("780 kg cocaine", "Le Havre")}


def test_a_headlines_figure_over_a_period_is_the_statistic_the_body_tells():
    x = run("Customs seized 116 tonnes of cocaine at Antwerp last year\n\nCustoms seized 116 tonnes of cocaine at "
            "the port last year, down from 121 tonnes the year before. In April officers found 8.2 tonnes of "
            "cocaine in a container of bananas.")
    assert entities(x, "Shipment") == {"8,200 kg cocaine"}
    # a case's own figure in a headline stays, though the body tells it over a span of months
    x = run("Man sentenced for trafficking 90 firearms to Mexico\n\nBetween March 2023 and June 2024 he bought "
            "90 firearms in Laredo.")
    assert entities(x, "Shipment") == {"90 × firearm"}


def test_a_number_of_years_or_people_before_goods_counts_no_goods():
    for text in ("Five men were jailed for a total of 68 years for smuggling handguns.",
                 "Police arrested 40 people smuggling handguns.", "The 3 men carrying rifles were stopped."):
        assert entities(run(text), "Shipment") == set(), text
    x = run("Police seized 15 hunting rifles and 3 loaded pistols.")
    assert entities(x, "Shipment") == {"15 × firearm", "3 × firearm"}


@pytest.mark.parametrize("text, commodity, kg", [
    ("Officers seized 1.2 tonnes of cocaine.", "cocaine", 1200),
    ("Officers seized 1,200 kg of cocaine.", "cocaine", 1200),
    ("Officers seized more than six tonnes of cocaine.", "cocaine", 6000),
    ("Officers seized almost 3 tonnes of hashish.", "hashish", 3000),
    ("Customs found 350kg of heroin.", "heroin", 350),
    ("Customs found 2 pounds of methamphetamine.", "methamphetamine", 0.907),
    ("Police seized 1.000kg of cocaine on a sailboat.", "cocaine", 1000),
    ("Police seized 500 grams of MDMA.", "mdma", 0.5),
])
def test_weights_become_kilograms(text, commodity, kg):
    shipment = one(run(text), "Shipment")
    assert shipment.properties["commodity"] == commodity
    assert shipment.properties["quantity_kg"] == pytest.approx(kg, rel=0.01)


def test_counted_goods_have_units():
    x = run("Police seized 14 pistols and a rifle during the searches.")
    counted = {(e.properties["commodity"], e.properties["quantity"], e.properties["unit"])
               for e in x.entities if e.label == "Shipment"}
    assert counted == {("firearm", 14, "units"), ("firearm", 1, "units")}


def test_a_total_that_sums_listed_seizures_is_not_a_shipment():
    x = run("In all, 9 tonnes of cocaine were seized, including:\n\n"
            "4 tonnes of cocaine seized in Antwerp\n\n5 tonnes of cocaine seized in Hamburg\n")
    assert sorted(e.properties["quantity_kg"] for e in x.entities if e.label == "Shipment") == [4000, 5000]
    after = run("Police seized 300 kg of cocaine in Vigo. Customs found 200 kg of cocaine in Bilbao. In total, "
                "500 kg of cocaine were seized in the two cases.")
    assert sorted(e.properties["quantity_kg"] for e in after.entities if e.label == "Shipment") == [200, 300]
    counted = run("Officers seized 14 firearms, including nine pistols and five shotguns, in the raid.")
    assert sorted(e.properties["quantity"] for e in counted.entities if e.label == "Shipment") == [5, 9]


def test_packaging_sizes_and_money_are_not_shipments():
    x = run("The cocaine was packed in 20 kilo sacks worth £2m.")
    assert entities(x, "Shipment") == set()


def test_seizure_place_is_the_most_specific_one_named():
    x = run("Customs seized 700 kilos of cocaine in the port of Antwerp, Belgium.")
    shipment = one(x, "Shipment")
    assert links(x, "SEIZED_AT") == {(shipment.name, "Antwerp")}
    assert one(x, "Port").properties["locode"] == "BEANR"


def test_route_from_via_to():
    x = run("The 800 kg of cocaine was shipped from Ecuador to Spain via Panama.")
    name = one(x, "Shipment").name
    assert (name, "Ecuador") in links(x, "ORIGINATED_IN")
    assert (name, "Panama") in links(x, "TRANSITED_VIA")
    assert (name, "Spain") in links(x, "DESTINED_FOR")


def test_route_stops_are_numbered_in_route_order_not_text_order():
    # Destination named before the stop: origin 1, transit 2, destination 3 all the same.
    x = run("The 800 kg of cocaine was shipped from Ecuador to Spain via Panama.")
    stops = {r.target: r.properties["stop"] for r in x.relations
             if r.type in {"ORIGINATED_IN", "TRANSITED_VIA", "DESTINED_FOR"}}
    assert stops == {"country:EC": 1, "country:PA": 2, "country:ES": 3}
    # Several stops keep the order the text names them in (not the alphabet's).
    x = run("Customs seized 40 kg of heroin smuggled from Turkey via Greece, Romania and Hungary.")
    stops = sorted((r.properties["stop"], r.target) for r in x.relations if r.type == "TRANSITED_VIA")
    assert [target for _, target in stops] == ["country:GR", "country:RO", "country:HU"]


def test_to_after_a_list_of_stops_names_the_destination():
    x = run("The 40 kg of heroin was smuggled from Turkey via Greece, Romania and Hungary to Slovakia.")
    assert links(x, "DESTINED_FOR") == {("40 kg heroin", "Slovakia")}
    x = run("The 40 kg of heroin was smuggled from Turkey to Greece.")
    assert links(x, "DESTINED_FOR") == {("40 kg heroin", "Greece")}
    # A place list with no route before it is not made a destination by "to".
    x = run("Police in Greece handed the 40 kg of heroin to Slovakia.")
    assert links(x, "DESTINED_FOR") == set()


TASKFORCE_RELEASE = ("Europol set up the Operational Taskforce Grey Heron in 2022 to target a cocaine cartel. "
                     "On 4 June police in Spain and Italy arrested 12 suspects. ")


@pytest.mark.parametrize("closing, linked", [
    ("Today's raids are part of the work of the Operational Taskforce.", True),
    ("The raids were carried out within the taskforce.", True),
    ("The taskforce also met in The Hague.", False),                   # no action said to belong to it
    ("A result of the Operational Taskforce is a better picture of the cartel.", False),  # no action named
])
def test_an_action_day_of_a_taskforce_is_part_of_it(closing, linked):
    x = run(TASKFORCE_RELEASE + closing)
    parts = links(x, "PART_OF")
    assert bool(parts) == linked, parts
    if linked:
        [(action, taskforce)] = parts
        assert taskforce == "Operational Taskforce Grey Heron" and action.startswith("unnamed operation")


def test_destined_for_and_bound_for():
    x = run("Border Force found 90 kg of heroin in a lorry bound for Dublin.")
    assert (one(x, "Shipment").name, "Dublin") in links(x, "DESTINED_FOR")


def test_animals_and_their_parts_are_counted_and_weighed_wildlife():
    x = run("Rangers seized 14 rhino horns in Vellin. Customs found 1,200 kilograms of pangolin scales in a container.")
    found = {(s.properties["quantity"], s.properties["unit"]) for s in x.entities if s.label == "Shipment"}
    assert found == {(14, "units"), (1200, "kg")}


def test_bare_pills_are_of_the_drug_the_text_named_its_pills_by():
    x = run("The gang sold counterfeit oxycodone pills containing fentanyl. Investigators seized 150,000 pills.")
    assert [(s.properties["commodity"], s.properties["quantity"]) for s in x.entities if s.label == "Shipment"] == \
        [("fentanyl", 150000)]
    # what fakes are made to look like is not what they hold
    x = run("The gang pressed counterfeit oxycodone tablets. Investigators seized 120,000 pills.")
    assert entities(x, "Shipment") == set()
    # the size of each of many loads is no seizure
    x = run("The gang received fentanyl pills from Mexico, often 20,000 pills at a time.")
    assert entities(x, "Shipment") == set()


def test_goods_that_name_what_something_else_is_are_no_item():
    x = run("Officers raided a mandrax laboratory outside Vellin and found a pistol.")
    assert {(s.properties["commodity"], s.properties["quantity"]) for s in x.entities if s.label == "Shipment"} == \
        {("firearm", 1)}


def test_methylamphetamine_is_methamphetamine():
    x = run("Police seized 120 kilograms of methylamphetamine in a warehouse.")
    assert one(x, "Shipment").properties["commodity"] == "methamphetamine"


# -- organisations, platforms, persons ---------------------------------------------------
def test_a_group_in_an_apposition_did_not_use_the_platform_its_subject_used():
    x = run("Police dismantled a cocaine trafficking network in Spain. The network, linked to the Ardvale clan, used "
            "the encrypted service Sky ECC to arrange shipments.")
    assert [platform for group, platform in links(x, "USED") if "Ardvale" in group] == []
    assert len(links(x, "USED")) == 1


def test_a_paragraph_after_a_bulleted_list_is_no_item_of_it():
    x = run("Police dismantled a criminal network in Spain. The action day led to:\n- 9 arrests\n- 40 kg of cocaine "
            "seized\n\nThe network used the encrypted service Sky ECC.")
    [used] = [r for r in x.relations if r.type == "USED"]
    assert used.evidence.text == "The network used the encrypted service Sky ECC."


def test_names_listed_before_a_plural_group_word_are_each_a_group():
    x = run("Police said the broker arranged cocaine shipments for the Vardo and Kessel clans.")
    groups = {e.name: e for e in x.entities if e.label == "Organisation"}
    assert set(groups) == {"Vardo", "Kessel"}
    assert "Kessel clan" in groups["Kessel"].aliases
    # nationalities listed so describe where groups come from, not which
    x = run("Police said the broker worked for Albanian and Italian clans.")
    assert not {"Albanian", "Italian"} & entities(x, "Organisation")


def test_named_groups_a_platform_was_used_by_used_it():
    x = run("Police dismantled Vaultline, an encrypted phone network. Vaultline was used by gangs including the "
            "Redmoor and the Black Harts.")
    assert links(x, "USED") == {("Redmoor", "Vaultline"), ("Black Harts", "Vaultline")}
    # a listed service whose name is an ordinary word, once named as a service, is that service again
    x = run("Police took down Ghost, an encrypted platform. Ghost was used by gangs including the Redmoor and "
            "the Black Harts.")
    assert links(x, "USED") == {("Redmoor", "Ghost"), ("Black Harts", "Ghost")}


def test_a_groups_name_before_organised_crime_group_is_its_name():
    x = run("Gardaí seized two handguns in an investigation targeting the Dune Organised Crime Group.")
    assert entities(x, "Organisation") == {"Dune"}


def test_an_unnamed_group_is_document_scoped_and_targeted():
    x = run("Police dismantled a criminal network that smuggled cocaine from Colombia. Eight members were arrested.")
    group = one(x, "Organisation")
    assert group.named is False
    assert group.id.startswith("organisation:")
    operation = one(x, "Operation")
    assert (operation.name, group.name) in links(x, "TARGETED")
    assert (group.name, "Colombia") in links(x, "ORIGINATED_IN")


@pytest.mark.parametrize("trade", ["bought cocaine from the Ardvale Cartel", "sold the heroin to the Ardvale Cartel"])
def test_groups_that_trade_with_each_other_are_linked(trade):
    x = run(f"Police dismantled a drug trafficking gang. Investigators found that the gang {trade}.")
    group = next(e.name for e in x.entities if e.label == "Organisation" and not e.named)
    assert links(x, "LINKED_TO") == {(group, "Ardvale")}


def test_a_network_headed_by_a_named_person_is_the_group_and_he_is_its_member():
    x = run("Police dismantled a network headed by Oren Vale, a former banker.")
    group = one(x, "Organisation")
    assert group.named is False and links(x, "MEMBER_OF") == {("Oren Vale", group.name)}


def test_a_clan_introduced_as_one_is_the_group_and_the_clan_spoken_of_again_is_no_new_one():
    x = run("Police seized 900 kg of cocaine that was to be sold in France by a Breton clan.")
    assert one(x, "Organisation").named is False
    named = run("Carabinieri arrest 12 members of Camorra clan in Naples\n\nPolice arrested 12 people belonging "
                "to the Vellin-Rossi clan. The clan imported cocaine from Peru.")
    assert entities(named, "Organisation") == {"Vellin-Rossi", "Camorra"}
    assert links(named, "LINKED_TO") == {("Vellin-Rossi", "Camorra")}


def test_generic_talk_about_crime_is_not_a_group():
    x = run("Criminal networks are adapting; we must disrupt criminal networks everywhere, the director said.")
    assert entities(x, "Organisation") == set()


def test_a_demonym_before_cartel_describes_rather_than_names_a_group():
    x = run("A Colombian cartel shipped cocaine to Rotterdam, where police arrested its courier.")
    group = one(x, "Organisation")
    assert group.named is False


def test_named_groups_and_platform_use():
    x = run("The gang, linked to the 'Ndrangheta, coordinated shipments over Sky ECC; analysis of the Sky ECC "
            "messages led to 20 arrests.")
    ndrangheta = next(e for e in x.entities if e.label == "Organisation" and e.named)
    assert "ndrangheta" in ndrangheta.id
    gang = next(e for e in x.entities if e.label == "Organisation" and not e.named)
    assert links(x, "USED") == {(gang.name, "Sky ECC")}
    assert links(x, "LINKED_TO") == {(gang.name, ndrangheta.name)}
    # what the group did over the service is its use, said once
    for how in ("coordinated its shipments over", "arranged the deliveries on", "relied on"):
        once = run(f"Police dismantled a gang that {how} Sky ECC.")
        assert links(once, "USED") == {(one(once, "Organisation").name, "Sky ECC")}


def test_persons_with_their_agency():
    x = run("Europol's Executive Director Anna Kowalska said the results were excellent.")
    assert ("Anna Kowalska", "Europol") in links(x, "MEMBER_OF")


def test_suspects_named_with_their_age():
    x = run("Police arrested Tom Briggs, 41, and Sara Lund, aged 35, in a criminal network inquiry.")
    assert {"Tom Briggs", "Sara Lund"} <= entities(x, "Person")


# -- geography ---------------------------------------------------------------------------
def test_goods_addressed_to_a_town_were_going_there_and_a_port_named_otherwise_is_not_that_town():
    x = run("Officers found 100 kg of methamphetamine in a consignment that arrived into Port Botany. The "
            "consignment was addressed to a northern Sydney warehouse.")
    assert entities(x, "Location") == {"Sydney"}
    assert links(x, "DESTINED_FOR") == {("100 kg methamphetamine", "Sydney")}


def test_a_countrys_importation_of_goods_was_coming_there():
    x = run("Customs found 515 kg of methamphetamine in steel beams. It is Vanuatu's second largest importation of "
            "methamphetamine.")
    assert links(x, "DESTINED_FOR") == {("515 kg methamphetamine", "Vanuatu")}


def test_the_destination_said_after_the_goods_is_theirs():
    x = run("Police seized 1,600 kg of cocaine in Bissau. The cocaine was made in Colombia. But its destination was "
            "the Maghreb.")
    assert ("1,600 kg cocaine", "Maghreb") in links(x, "DESTINED_FOR")
    # a sentence that names nothing after another on people says nothing of the goods
    x = run("Police seized 1,600 kg of cocaine in Bissau. Two men were arrested. But its destination was the Maghreb.")
    assert links(x, "DESTINED_FOR") == set()


def test_the_country_after_a_persons_home_town_says_where_the_town_lies():
    x = run("Marek Nowak, 51, from Gdansk in Poland, was stopped at Harwich with 60 kg of cocaine after arriving "
            "on the overnight ferry from the Hook of Holland.")
    assert links(x, "ORIGINATED_IN") == {("60 kg cocaine", "Hook of Holland")}


def test_a_fugitives_arrest_abroad_is_no_seizure_of_the_goods_he_is_wanted_for():
    x = run("A Dutch national wanted for trafficking 2 tonnes of cocaine through Rotterdam has been arrested in Dubai "
            "on an Interpol Red Notice.")
    assert links(x, "SEIZED_AT") == set()


def test_goods_made_in_a_province_came_from_there():
    x = run("Police seized 1.3 tonnes of ketamine in Sihanoukville. The drugs were produced in a laboratory in the "
            "province of Koh Kong.")
    assert links(x, "ORIGINATED_IN") == {("1,300 kg ketamine", "Koh Kong")}


def test_islands_named_by_their_kind_are_places():
    x = run("Greek police said the gang took migrants by boat to the islands of Lesbos and Samos and to the island "
            "of Kos.")
    assert {"Lesbos", "Samos", "Kos"} <= entities(x, "Location")


def test_a_country_on_the_other_side_of_a_border_is_not_where_goods_were_seized():
    x = run("Panamanian police intercepted a boat with 2 tonnes of cocaine near a beach on the border with Costa Rica.")
    assert ("2,000 kg cocaine", "Costa Rica") not in links(x, "SEIZED_AT")


def test_goods_the_lists_know_came_from_a_place_people_only_are_from():
    x = run("Police seized 45 kg of cannabis resin in Marseille. The cannabis resin came from Morocco via Spain.")
    assert links(x, "ORIGINATED_IN") == {("45 kg hashish", "Morocco")}
    x = run("Police seized 45 kg of cannabis resin in Marseille. The two men came from Morocco.")
    assert links(x, "ORIGINATED_IN") == set()


def test_a_port_a_ship_called_at_is_a_stop_and_an_airports_town_after_its_acronym_is_no_seizure_place():
    x = run("Customs seized 1.3 tonnes of cocaine at Le Havre. The ship had called at Algeciras before arriving in "
            "Le Havre.")
    assert ("1,300 kg cocaine", "Algeciras") in links(x, "TRANSITED_VIA")
    x = run("Officers seized 2 kg of cocaine at the Murtala Muhammed International Airport (MMIA), Ikeja.")
    assert links(x, "SEIZED_AT") == {("2 kg cocaine", "Murtala Muhammed International Airport")}


def test_how_the_trade_usually_goes_is_no_route_of_the_releases_goods():
    x = run("Turkish police seized 200 kg of heroin in Istanbul. Heroin is typically smuggled from Afghanistan "
            "through Iran to Western Europe.")
    assert links(x, "ORIGINATED_IN") | links(x, "TRANSITED_VIA") | links(x, "DESTINED_FOR") == set()
    x = run("Turkish police seized 200 kg of heroin in Istanbul. The heroin was smuggled from Afghanistan "
            "through Iran.")
    assert links(x, "ORIGINATED_IN") == {("200 kg heroin", "Afghanistan")}


def test_a_port_of_entry_named_after_a_listed_town_is_that_towns_port_and_a_dateline_state_says_which():
    x = run("NOGALES, Ariz. – Officers at the Nogales Port of Entry seized 750,000 fentanyl pills.")
    port = one(x, "Port")
    assert port.name == "Nogales" and port.properties.get("country") == "US"
    assert "Arizona" in entities(x, "Region")


def test_a_town_and_its_port_written_with_and_without_accents_are_one_place():
    x = run("MONTREAL – Officers at the Port of Montreal found 40 kg of cocaine in a container.")
    assert entities(x, "Location") == set() and entities(x, "Port") == {"Montreal"}


def test_a_route_the_headline_and_the_body_both_tell_is_the_bodys():
    text = ("Gang shipped cocaine through Puerto Rico\n\nPolice seized 1,500 kilograms of cocaine. The gang moved "
            "the cocaine from the Dominican Republic to the west coast of Puerto Rico, from where it was flown to "
            "Philadelphia.")
    x = run(text)
    assert links(x, "TRANSITED_VIA") == {("1,500 kg cocaine", "Puerto Rico")}
    assert links(x, "DESTINED_FOR") == {("1,500 kg cocaine", "Philadelphia")}
    via = next(r for r in x.relations if r.type == "TRANSITED_VIA")
    assert via.evidence.start > text.index("\n")


def test_a_town_no_list_holds_given_with_its_country_is_a_town_there():
    x = run("Police found 600 kg of cocaine on a yacht that sailed into Hobart. The yacht had travelled from "
            "Tahiti, French Polynesia.")
    assert links(x, "SEIZED_AT") == {("600 kg cocaine", "Hobart")}
    assert links(x, "ORIGINATED_IN") == {("600 kg cocaine", "Tahiti"), ("600 kg cocaine", "French Polynesia")}
    # a listed town after which a country's name is a namesake state's stays the listed town
    x = run("Among those charged is Jo Roe, 38, of Norcross, Georgia.")
    assert ("Norcross", "United States") in links(x, "LOCATED_IN") and "Georgia" not in entities(x, "Country")


def test_goods_destined_for_a_firm_in_a_province_were_going_there():
    x = run("Police seized 2 tonnes of cocaine at Livorno. The container was destined for a company in the "
            "province of Rome.")
    assert links(x, "DESTINED_FOR") == {("2,000 kg cocaine", "Rome")}
    assert links(x, "SEIZED_AT") == {("2,000 kg cocaine", "Livorno")}


def test_a_valley_is_a_place():
    x = run("Lebanese police arrested two men in the Bekaa Valley with 20 kg of hashish.")
    assert "Bekaa Valley" in entities(x, "Location")


def test_a_caught_vessel_taken_to_a_naval_base_was_not_going_there():
    x = run("The Navy intercepted a boat carrying 3 tonnes of cocaine at sea. The boat and its crew were taken to "
            "the naval base in Salina Cruz.")
    assert links(x, "DESTINED_FOR") == set()
    assert links(x, "SEIZED_AT") == {("3,000 kg cocaine", "Salina Cruz")}
    # the traffickers' own leg stays a destination
    x = run("Police seized 3 tonnes of cocaine. The gang had taken the drugs to warehouses in Salina Cruz.")
    assert links(x, "DESTINED_FOR") == {("3,000 kg cocaine", "Salina Cruz")}


def test_goods_seized_at_the_port_were_seized_at_the_documents_one_port():
    x = run("The network used the port of Gioia Tauro. Police seized 420 kg of cocaine in two raids at the port.")
    assert links(x, "SEIZED_AT") == {("420 kg cocaine", "Gioia Tauro")}
    # two ports: "the port" says not which
    x = run("The network used the ports of Gioia Tauro and Livorno. Police seized 420 kg of cocaine at the port.")
    assert links(x, "SEIZED_AT") == set()


def test_goods_found_soon_after_a_raid_on_a_lab_were_found_where_the_lab_was():
    x = run("Officers dismantled a drugs laboratory in a barn near Płock. Three men were detained at the scene. "
            "The officers seized 40 kilograms of amphetamine.")
    assert links(x, "SEIZED_AT") == {("40 kg amphetamine", "Płock")}
    # a nationality names no place between
    x = run("Officers dismantled a large crystal meth laboratory at a farm near Płock. Three men, two of them Mexican "
            "nationals, were detained. About 40 kilograms of amphetamine were found at the site.")
    assert links(x, "SEIZED_AT") == {("40 kg amphetamine", "Płock")}
    # a place named between: the raid's place is not said to be the seizure's
    x = run("Officers dismantled a drugs laboratory in a barn near Płock. Three men were later detained in "
            "Warsaw. The officers seized 40 kilograms of amphetamine.")
    assert ("40 kg amphetamine", "Płock") not in links(x, "SEIZED_AT")
    # dismantling a network is no raid on a place
    x = run("Officers dismantled a drugs network in Płock. Three men were detained. The officers seized 40 "
            "kilograms of amphetamine.")
    assert links(x, "SEIZED_AT") == set()


def test_an_operators_name_before_a_terminal_is_no_place():
    x = run("Police seized 90 kg of cocaine at the APM Terminals container terminal in Moín.")
    assert entities(x, "Port") == {"Moín"}


def test_a_barrel_or_a_suitcase_carried_the_goods():
    x = run("Police seized six pistols in a barrel at Kingston. The barrel had been shipped from Miami.")
    assert links(x, "ORIGINATED_IN") == {("6 × firearm", "Miami")}
    x = run("Officers found 4 kg of cocaine at the airport. The suitcase had been sent from Lima.")
    assert links(x, "ORIGINATED_IN") == {("4 kg cocaine", "Lima")}


def test_a_country_after_a_town_and_in_says_where_the_town_lies():
    x = run("Police seized 5 kg of cocaine at Moín. The container was to be shipped to Rotterdam, in the Netherlands.")
    assert links(x, "SEIZED_AT") == {("5 kg cocaine", "Moín")}
    assert links(x, "DESTINED_FOR") == {("5 kg cocaine", "Rotterdam"), ("5 kg cocaine", "Netherlands")}


def test_where_figures_and_places_take_turns_each_place_is_its_own_figures():
    x = run("Police seized 10 kg of cocaine from a yacht in Lautoka, 5 kg of heroin in Honiara and 3 kg of "
            "cannabis in Suva.")
    assert links(x, "SEIZED_AT") == {("10 kg cocaine", "Lautoka"), ("5 kg heroin", "Honiara"),
                                     ("3 kg cannabis", "Suva")}
    # figures told together were seized together
    x = run("Police seized 10 kg of cocaine and 5 kg of heroin in Lautoka and 3 kg of cannabis in Suva.")
    assert links(x, "SEIZED_AT") == {("10 kg cocaine", "Lautoka"), ("5 kg heroin", "Lautoka"),
                                     ("3 kg cannabis", "Suva")}
    x = run("Police seized 10 kg of cocaine and 5 kg of heroin in Lautoka and Suva.")
    assert len(links(x, "SEIZED_AT")) == 4


def test_the_event_that_opened_a_case_is_not_where_the_goods_it_counts_were_seized():
    x = run("Police seized 900 kg of hashish in Huelva. The investigation began in 2022 when officers detected a "
            "speedboat unloading bales on a beach in Almería.")
    assert links(x, "SEIZED_AT") == {("900 kg hashish", "Huelva")}


def test_ports_and_towns_are_located_in_their_country():
    x = run("Police arrested two men in Rijswijk after 300 kg of cocaine was seized in the port of Hamburg.")
    located = links(x, "LOCATED_IN")
    assert ("Rijswijk", "Netherlands") in located
    assert ("Hamburg", "Germany") in located


def test_names_in_apposition_after_the_defendants_are_persons():
    x = run("Two of the defendants, Ivo Petrović and Dan Nikolić, were members of the clan's armed wing.")
    assert entities(x, "Person") == {"Ivo Petrović", "Dan Nikolić"}


def test_a_port_city_a_person_comes_from_is_a_town_there():
    # "from X" after a person is where he lives: a port city named so is no Port (ANNOTATION.md)
    x = run("Customs seized 20 kg of heroin in a lorry. The driver, a 51-year-old man from Hamburg, was "
            "arrested at the airport.")
    assert "Hamburg" in entities(x, "Location") and "Hamburg" not in entities(x, "Port")


def test_metadata_lines_are_not_content():
    x = run("Seizure report\nSource: https://example.org/a\nDate: 2024-01-01\n\nCustoms seized 5 kg of heroin.")
    assert "Date" not in entities(x, "Location")


def test_a_group_active_in_places_operates_there():
    x = run("Police dismantled a drug trafficking network. Members based in Italy and Greece sold the drugs.")
    group = one(x, "Organisation")
    assert {(group.name, "Italy"), (group.name, "Greece")} <= links(x, "OPERATES_IN")
    between = run("The heroin was meant for a Camorra cell operating between Naples and Rome.")
    assert links(between, "OPERATES_IN") == {("Camorra", "Naples"), ("Camorra", "Rome")}


def test_a_qualifier_before_a_listed_agency_is_not_a_new_agency():
    x = run("Specialist Border Force officers found 30 kg of heroin in a lorry at Dover.")
    assert entities(x, "Agency") == {"Border Force"}


def test_a_carrier_stopped_at_a_port_was_seized_there_and_a_ship_calling_there_was_not():
    x = run("A lorry carrying 18 kg of heroin was stopped at the port of Trelleborg on 2 May.")
    assert ("18 kg heroin", "Trelleborg") in links(x, "SEIZED_AT")
    x = run("The vessel stopped at Las Palmas to refuel. Days later 700 kg of cocaine were found aboard off Vigo.")
    assert ("700 kg cocaine", "Las Palmas") not in links(x, "SEIZED_AT")


def test_the_most_specific_seizure_place_wins_across_sentences():
    x = run("It is the biggest seizure of heroin in the UK. The 400 kg of heroin was found at the port of Felixstowe.")
    assert links(x, "SEIZED_AT") == {(one(x, "Shipment").name, "Felixstowe")}


def test_goods_located_somewhere_were_seized_there():
    x = run("Drugs found\n\nBorder officers located 20 kg of cocaine in a truck at the port of Rotterdam.")
    assert links(x, "SEIZED_AT") == {("20 kg cocaine", "Rotterdam")}


@pytest.mark.parametrize("sentence, place", [
    ("A yacht carrying 800 kg of cocaine was intercepted 200 nautical miles south of the Azores.", "Portugal"),
    ("The Navy seized 1 tonne of cocaine from a fishing boat 30 miles north-west of Madeira.", "Portugal"),
    ("The Guardia di Finanza seized 2 tonnes of hashish off the coast of Sicily.", "Italy"),
])
def test_goods_seized_at_sea_by_a_region_were_seized_in_its_country_named_or_not(sentence, place):
    x = run(sentence)
    assert {target for _, target in links(x, "SEIZED_AT")} == {place}


def test_countries_whose_units_took_part_participated():
    x = run("Operation Kestrel, run in June, involved police, customs and gendarmerie units in Benin, Ghana and Togo.")
    assert {"Benin", "Ghana", "Togo"} <= {source for source, _ in links(x, "PARTICIPATED_IN")}


def test_goods_intercepted_by_authorities_in_a_country_were_seized_there():
    x = run("Rifles intercepted\n\nAccording to court papers, authorities in Panama intercepted a container holding "
            "12 rifles and 3,000 rounds of ammunition.")
    assert {target for _, target in links(x, "SEIZED_AT")} == {"Panama"}
    assert len(links(x, "SEIZED_AT")) == 2


def test_a_results_list_placed_in_one_country_had_its_goods_seized_there():
    x = run("Kordovia raids\n\nThe Ruritanian police dismantled the ring.\n\nOutcome of the raids:\n"
            "flats searched in Portugal\n9 suspects arrested\n"
            "two cars and luxury watches seized\none assault submachine gun and two pistols seized\n"
            "1 000 kilograms of cocaine seized\n")
    assert links(x, "SEIZED_AT") == {("1 × firearm", "Portugal"), ("2 × firearm", "Portugal"),
                                      ("1,000 kg cocaine", "Portugal")}
    # a list that names two countries does not say which goods were seized where
    x = run("Kordovia raids\n\nOutcome:\nflats searched in Portugal\n4 searches in Spain\n"
            "1 000 kilograms of cocaine seized\n")
    assert links(x, "SEIZED_AT") == set()


def test_lines_under_a_colon_are_items_whatever_their_case():
    from graph_intel.extraction.text import sentences
    text = "Seized:\ncars and watches\nthree pistols\n\nThe raids were\ncarried out at dawn."
    assert [s.text for s in sentences(text)] == ["Seized:", "cars and watches", "three pistols",
                                                 "The raids were\ncarried out at dawn."]


def test_an_arrest_place_is_not_where_drugs_were_seized():
    x = run("Two men were arrested in Luton on Monday. Earlier, 60 kg of cocaine had been found in a lorry at Dover.")
    assert links(x, "SEIZED_AT") == {(one(x, "Shipment").name, "Dover")}


def test_pill_counts_take_their_drug_from_the_words_around_them():
    x = run("Police seized 9,500,000 pseudoephedrine tablets and 12,000 tablets of MDMA. "
            "They also found 65,100 tablets.")
    counted = {(e.properties["commodity"], e.properties["quantity"]) for e in x.entities if e.label == "Shipment"}
    assert counted == {("pseudoephedrine", 9_500_000), ("mdma", 12_000)}


def test_participation_evidence_is_the_sentence_that_says_what_the_agency_did():
    x = run("Europol is based in The Hague. Police arrested four men in Madrid. "
            "Europol supported the investigators with analysis.")
    [claim] = [r for r in x.relations if r.type == "PARTICIPATED_IN" and r.source == "agency:europol"]
    assert claim.evidence.text == "Europol supported the investigators with analysis."


def test_a_gang_acronym_needs_its_context():
    assert entities(run("The meeting was held under the Police Cooperation Convention (PCC SEE)."),
                    "Organisation") == set()
    assert "Primeiro Comando da Capital" in entities(run("Police arrested two PCC gang members in Santos."),
                                                     "Organisation")


def test_a_platform_named_like_a_word_needs_its_context():
    assert entities(run("The Matrix of risks was discussed by police."), "Platform") == set()
    assert entities(run("Users of the encrypted Matrix platform were arrested."), "Platform") == {"Matrix"}


@pytest.mark.parametrize("sentence", [
    "The gang coordinated its deliveries through the encrypted messaging app Quillchat, police said.",
    "The gang's leaders talked on Quillchat, an encrypted phone network, police said.",
])
def test_a_service_no_list_holds_is_a_platform_when_named_as_an_encrypted_one(sentence):
    x = run("Police dismantle gang\n\n" + sentence)
    assert entities(x, "Platform") == {"Quillchat"}
    assert [target for _, target in links(x, "USED")] == ["Quillchat"]


def test_a_name_before_a_plain_group_word_is_a_group_where_the_text_ties_someone_to_it():
    x = run("Police dismantle syndicate\n\nThe suspects belonged to a syndicate with links to the Ardvale "
            "organisation. Others had ties to the Dubai network, and the Europol network helped.")
    assert entities(x, "Organisation") - {one_unnamed(x)} == {"Ardvale"}
    assert (one_unnamed(x), "Ardvale") in links(x, "LINKED_TO")


def one_unnamed(x):
    return next(e.name for e in x.entities if e.label == "Organisation" and e.name.startswith("unnamed"))


def test_the_group_the_goods_belonged_to_is_the_releases_group():
    x = run("Police seize cocaine\n\nPolice seized 2 tonnes of cocaine in the port of Vigo. The cocaine belonged "
            "to the Ardvale clan, which has ties to Colombia's Redwater Cartel.")
    assert links(x, "ATTRIBUTED_TO") == {("2,000 kg cocaine", "Ardvale")}
    assert links(x, "LINKED_TO") == {("Ardvale", "Redwater")}   # the country's name is no part of it


@pytest.mark.parametrize("text, mafia", [
    ("Police arrest 'Ndrangheta clan members\n\nCarabinieri arrested 20 people belonging to the Ardvale clan, "
     "active in Rosarno. The suspects are accused of mafia-type association.", "'Ndrangheta"),
    ("Police arrest clan members\n\nPolice arrested 31 members of the Ardvale clan, a Camorra group, in Naples.",
     "Camorra"),
])
def test_a_mafia_named_only_as_the_kind_of_a_clan_leaves_the_clan_the_releases_group(text, mafia):
    x = run(text)
    assert {target for _, target in links(x, "TARGETED")} == {"Ardvale"}
    assert links(x, "LINKED_TO") == {("Ardvale", mafia)}


def test_a_network_named_by_its_drug_is_a_group():
    x = run("Police dismantle heroin network\n\nOfficers arrested nine suspects in Leeds.")
    assert one(x, "Organisation").properties["kind"] == "network"


def test_one_place_is_one_node_per_document():
    x = run("Cocaine came through the port of Hamburg. Later, police raided offices in Hamburg.")
    assert entities(x, "Port") == {"Hamburg"} and "Hamburg" not in entities(x, "Location")


def test_a_town_name_inside_a_person_name_is_not_a_place():
    x = run("Police said that Ismael Zambada Garcia pleaded guilty.")
    assert entities(x, "Location") == set()


def test_a_named_group_in_the_headline_is_the_target():
    x = run("Police hit the Sinaloa drug cartel\n\nOfficers arrested 20 members of the cartel and seized 50 kg of "
            "cocaine.")
    groups = [e for e in x.entities if e.label == "Organisation"]
    assert [g.name for g in groups] == ["Sinaloa Cartel"]
    assert (one(x, "Shipment").name, "Sinaloa Cartel") in links(x, "ATTRIBUTED_TO")


def test_an_acronym_with_its_expansion_names_one_unit():
    x = run("The JDT (Joint Drug Taskforce) Team, a cooperation of the Harbour Police and the FIOD, found "
            "50 kg of cocaine.")
    assert "JDT Team" in entities(x, "Agency")
    assert ("JDT Team", "Harbour Police") in links(x, "PART_OF")
    assert entities(x, "Location") == set()


def test_street_names_are_not_towns():
    x = run("Colin Marsh, aged 52, from Hayes Road, Bromley, was arrested.")
    assert "Hayes" not in entities(x, "Location")
    assert "Bromley" in entities(x, "Location")


def test_goods_smuggled_across_the_border_from_a_country_came_from_it():
    x = run("Officers seized 20 rifles and 6 hand grenades in a warehouse near Osijek. The weapons had been "
            "smuggled across the border from Serbia hidden in cars.")
    assert links(x, "ORIGINATED_IN") == {("20 × firearm", "Serbia"), ("6 × grenade", "Serbia")}
    assert links(x, "TRANSITED_VIA") == set()


def test_the_substances_are_the_drugs_seized_and_their_route_is_told_of_them():
    x = run("Police seized 3 kilograms of nitazene powder in Kaunas. The substances were ordered from suppliers "
            "in China and delivered by post to addresses in Lithuania.")
    assert links(x, "ORIGINATED_IN") == {("3 kg nitazenes", "China")}
    assert links(x, "DESTINED_FOR") == {("3 kg nitazenes", "Lithuania")}


def test_goods_smuggled_to_the_coast_of_a_place_were_going_there():
    x = run("The network smuggled hashish from Morocco to the coast of Malaga by speedboat. Agents seized "
            "9 tonnes of hashish.")
    assert links(x, "DESTINED_FOR") == {("9,000 kg hashish", "Málaga")}
    assert links(x, "SEIZED_AT") == set()


def test_goods_smuggled_into_a_country_were_going_there():
    x = run("Two men were charged with trying to smuggle 40 kg of cocaine into Ireland, police said.")
    assert links(x, "DESTINED_FOR") == {("40 kg cocaine", "Ireland")}
    # a group's smuggling with the figure between verb and place: those goods' way
    x = run("A gang who smuggled 40 kg of cocaine into Ireland were jailed.")
    assert links(x, "DESTINED_FOR") == {("40 kg cocaine", "Ireland")}


@pytest.mark.parametrize("sentence", [
    # a group's trade, not the seized goods' way
    "A network smuggling rifles into Western Europe was dismantled. Police seized 20 rifles in Lyon.",
    # a leg of the way: on into the sea, then to a vessel
    "The men transported the drugs by speedboat into the Adriatic Sea to a waiting vessel, where 900 kg of cannabis "
    "were found.",
])
def test_into_a_place_is_no_destination_of_a_groups_trade_or_of_a_leg(sentence):
    assert links(run(sentence), "DESTINED_FOR") == set()


def test_the_flight_a_courier_arrived_on_is_the_route_of_what_he_carried():
    x = run("Officers arrested a man at the airport in Lagos with 2 kg of cocaine in his luggage. The man, who "
            "arrived on a flight from Lima via Madrid, worked for a drug syndicate.")
    assert links(x, "ORIGINATED_IN") >= {("2 kg cocaine", "Lima")}
    assert ("2 kg cocaine", "Madrid") in links(x, "TRANSITED_VIA")


@pytest.mark.parametrize("sentence", [
    "The group moved the money through car washes, and some of it was sent to Dubai.",
    "The proceeds were sent to Dubai through underground banking.",
])
def test_where_money_was_sent_is_no_route_of_the_goods(sentence):
    x = run("Officers recovered 3 kg of cocaine in Leeds. " + sentence)
    assert links(x, "DESTINED_FOR") == set()


def test_a_list_of_towns_is_not_a_hierarchy():
    x = run("Police detained three women from Zoetermeer, The Hague and Rijswijk.")
    assert not [pair for pair in links(x, "LOCATED_IN") if pair[1] in {"Rijswijk", "Zoetermeer", "The Hague"}]


def test_generic_customs_takes_the_country_of_the_towns_named():
    x = run("Customs found 90 kg of cocaine in a container in Rotterdam; arrests followed in Zoetermeer.")
    customs = [e for e in x.entities if e.label == "Agency"]
    assert [c.properties.get("country") for c in customs] == ["NL"]


def test_a_landmark_is_not_where_the_action_was():
    x = run("Dutch police searched a barn outside Reusel, a village close to the Belgium border.")
    participants = {a for a, _ in links(x, "PARTICIPATED_IN")}
    assert "Netherlands" in participants and "Belgium" not in participants


def test_an_alleged_conspiracy_is_the_group_charged():
    x = run("Four women were detained over an alleged conspiracy to bring heroin into the UK.")
    assert one(x, "Organisation").named is False


def test_a_named_action_day_or_project_is_the_reported_operation():
    x = run("During Joint Action Day 'Aquila', police in six countries arrested 30 suspects.")
    operation = one(x, "Operation")
    assert operation.name == "Joint Action Day Aquila" and operation.named
    y = run("The Project Manager said Project Caviar led to arrests of 25 traffickers.")
    assert entities(y, "Operation") == {"Project Caviar"}


def test_activities_spread_across_countries_place_the_group_there():
    x = run("Police dismantled an organized crime group. Its activities were spread in Albania and Spain.")
    group = one(x, "Organisation")
    assert {(group.name, "Albania"), (group.name, "Spain")} <= links(x, "OPERATES_IN")


def test_a_group_that_is_part_of_a_network_is_a_second_group_linked_to_it():
    x = run("Several criminal groups moved migrants. Police dismantled the criminal group, "
            "part of a transnational criminal network, that forged passports.")
    groups = [e for e in x.entities if e.label == "Organisation"]
    assert len(groups) == 2 and not any(g.named for g in groups)
    assert len(links(x, "LINKED_TO")) == 1
    assert len(links(x, "TARGETED")) == 2


def test_a_town_opening_a_bodys_proper_name_is_no_place_of_the_text():
    x = run("Police seized 20 kg of heroin. The men appeared at Leeds Crown Court on Monday.")
    assert "Leeds Crown Court" in entities(x, "Agency") and entities(x, "Location") == set()
    # before common nouns the town is named in its own right: the prosecutors of that town
    x = run("Police seized 20 kg of heroin. Leeds prosecutors charged the men on Monday.")
    assert entities(x, "Location") == {"Leeds"}


def test_a_destination_the_goods_went_on_from_by_other_means_is_a_stop():
    x = run("Police seized 14 rhino horns in Vellin. The horns had been moved by road to Maputo and were due to "
            "be flown to Hanoi.")
    assert {p for _, p in links(x, "DESTINED_FOR")} == {"Hanoi"}
    assert {p for _, p in links(x, "TRANSITED_VIA")} == {"Maputo"}


def test_a_protected_area_no_list_holds_is_a_place():
    x = run("Rangers seized 14 rhino horns from poachers in the Vellin National Park in Kenya.")
    assert entities(x, "Location") == {"Vellin National Park"}


def test_where_goods_were_on_their_way_to_is_their_destination_unless_caught_there_on_a_leg():
    x = run("Police stopped a truck carrying 80 assault rifles near Agadez on its way to Libya.")
    assert links(x, "DESTINED_FOR") == {("80 × firearm", "Libya")}
    assert ("80 × firearm", "Libya") not in links(x, "SEIZED_AT")
    x = run("The van was heading towards France. While in Slovenia on its way to Austria, it was stopped by "
            "Austrian police, who found 25 rifles in Austria.")
    assert links(x, "DESTINED_FOR") == {("25 × firearm", "France")}


def test_goods_to_be_spread_over_a_region_from_where_they_were_sent_still_end_there():
    x = run("Police seized 9 tonnes of cocaine in Guayaquil. The cocaine was to be shipped to Rotterdam and then "
            "distributed in Europe.")
    assert {p for _, p in links(x, "DESTINED_FOR")} >= {"Rotterdam", "Europe"}
    assert links(x, "TRANSITED_VIA") == set()


def test_where_a_vessel_loaded_goods_off_a_coast_is_where_they_came_from():
    x = run("Police seized 4 tonnes of hashish from a fishing vessel near Lampedusa. The vessel had loaded the "
            "drug off the coast of Morocco.")
    assert links(x, "ORIGINATED_IN") == {("4,000 kg hashish", "Morocco")}
    x = run("Police seized 212 kg of methamphetamine from a boat off Aceh. The drugs had been loaded onto the "
            "boat at Port Klang.")
    assert links(x, "ORIGINATED_IN") == {("212 kg methamphetamine", "Port Klang")}


def test_the_markets_goods_were_to_reach_are_their_destination():
    x = run("Police seized 1.1 tonnes of methamphetamine near Loikaw. The drugs were bound for Thailand, Laos "
            "and onward markets in Australia and Japan.")
    assert {"Australia", "Japan"} <= {p for _, p in links(x, "DESTINED_FOR")}


def test_goods_in_a_carrier_officers_stopped_were_seized_where_it_was_stopped_in_the_acting_nation():
    x = run("In Serbia, police raided a workshop in Kragujevac. Bosnian authorities stopped a van carrying 18 rifles "
            "at the Vellin border crossing.")
    assert ("18 × firearm", "Vellin") in links(x, "SEIZED_AT")
    assert ("Vellin", "Bosnia and Herzegovina") in links(x, "LOCATED_IN")


def test_the_seat_of_a_body_coordinating_through_it_is_no_stop_of_the_route():
    x = run("Police, coordinated through the SELEC Centre in Bucharest, seized 420 kg of heroin that had come from "
            "Afghanistan.")
    assert links(x, "TRANSITED_VIA") == set()


def test_a_named_border_crossing_is_where_goods_were_seized_not_a_landmark():
    x = run("Police dismantled a heroin network. Turkish officers seized 420 kg of heroin in a truck at the Kapıkule "
            "border crossing, while Bulgarian customs found 85 kg in a lorry at Kapitan Andreevo.")
    assert links(x, "SEIZED_AT") == {("420 kg heroin", "Kapıkule"), ("85 kg heroin", "Kapitan Andreevo")}


# -- persons ---------------------------------------------------------------------
def test_a_brigadiers_rank_is_no_part_of_the_name():
    x = run("Police seized 40 kg of heroin. Police spokesperson Brigadier Thandi Roe said two men were arrested.")
    assert entities(x, "Person") == {"Thandi Roe"}


def test_a_commissioner_of_police_is_of_the_documents_one_police_force():
    x = run("The Trinidad and Tobago Police Service seized 18 rifles. Acting Commissioner of Police Curt Simon said "
            "the weapons were meant for gangs.")
    assert links(x, "MEMBER_OF") == {("Curt Simon", "Trinidad and Tobago Police Service")}


def test_an_operations_title_before_a_name_is_no_part_of_it():
    x = run("Border Force seized 12 million cigarettes. ABF Commander Tobacco Operations Erin Dale said more would "
            "follow.")
    assert one(x, "Person").name == "Erin Dale"


def test_a_name_a_court_jailed_or_a_speech_reports_on_is_a_suspect():
    x = run("The court jailed Mohammed bin Salem Al-Harthy for 20 years.")
    assert one(x, "Person").name == "Mohammed bin Salem Al-Harthy"
    x = run("Prosecutors said Ana Rojas and her brother Luis Rojas ran the scheme.")
    assert {(p.name, p.properties.get("role")) for p in x.entities if p.label == "Person"} == {
        ("Ana Rojas", "suspect"), ("Luis Rojas", "suspect")}
    # who says it, where the name closes the clause, is an official
    x = run("The drugs were found in a van, said Jane Roe.")
    assert one(x, "Person").properties.get("role") == "official"


def test_an_official_titled_by_a_force_word_is_of_the_documents_one_force_so_called():
    lead = "The Royal Malaysia Police seized 300 kg of syabu in Johor. "
    x = run(lead + "Johor police chief Commissioner Ali Rahman said the drugs came by sea.")
    assert links(x, "MEMBER_OF") == {("Ali Rahman", "Royal Malaysia Police")}
    # a body not called a police force is not the one a "police" title names
    x = run("The Directorate of Criminal Investigations seized 300 kg of heroin in Mombasa. Police spokesperson "
            "Ruth Atieno said the drugs came by sea.")
    assert links(x, "MEMBER_OF") == set()


def test_a_speaker_from_a_body_is_its_official():
    for text in ("Jane Mann, from Border Force, said:\n\nThe haul was big.",
                 "Jane Mann, of the Harbour Drug Unit, said the haul was big."):
        x = run("Border Force officers seized 200 kg of cannabis at Harwich.\n\n" + text)
        person = one(x, "Person")
        assert person.name == "Jane Mann" and person.properties.get("role") == "official"
        assert {a for p, a in links(x, "MEMBER_OF")} <= {"Border Force", "Harbour Drug Unit"}
        assert len(links(x, "MEMBER_OF")) == 1


@pytest.mark.parametrize("sentence, person, role", [
    ("Attorney General Jane Doe announced the charges.", "Jane Doe", "official"),
    ("Rear Admiral Tomás Ørsted Vega, commander of the task force, praised the crew.", "Tomás Ørsted Vega",
     "official"),
    ("“We acted fast,” said Ilinca Ştefănescu, deputy head of the Harbour Investigation Unit.",
     "Ilinca Ştefănescu", "official"),
    ("The Minister of Home Security Ahmet Kaya announced the arrests.", "Ahmet Kaya", "official"),
    ("DCI Roger Haldane, who led the inquiry, said the gang was finished.", "Roger Haldane", "official"),
    ("Bruno van der Berg, 52, of Utrecht, was remanded in custody.", "Bruno van der Berg", "suspect"),
    ("Police arrested the ring leaders, namely Farid Osmani and Karim Osmani.", "Karim Osmani", "suspect"),
    ("Another suspect, Pavel Dunaj, is wanted by the authorities.", "Pavel Dunaj", "suspect"),
    ("A 27-year-old Portville woman, Mira Holt, and two foreign nationals appeared in court.", "Mira Holt",
     "suspect"),
    ("Investigators believe Tomasz Wierzba, alias “the Baker”, ran the laboratory.", "Tomasz Wierzba", "suspect"),
    ("Defendant Oskar Lindqvist pleaded guilty to importing the heroin.", "Oskar Lindqvist", "suspect"),
    ("Courier Jan Novak, 25, received six years.", "Jan Novak", "suspect"),
    ("His associate, Lidia Moreno Paz, managed the front companies.", "Lidia Moreno Paz", "suspect"),
    ("Defendants Rosa Quintero and Emil Varga carried firearms.", "Emil Varga", "suspect"),
    ('Prosecutors say Tomas "Flaco" Herrera-Ruiz ran the drug point.', "Tomas Herrera-Ruiz", "suspect"),
    ("The suspect, Jean-Luc MARCHAND, 45, was arrested in Lyon.", "Jean-Luc MARCHAND", "suspect"),
    ("Prosecutors charged Omar bin Rashid al-Haddad, 39, with money laundering.", "Omar bin Rashid al-Haddad",
     "suspect"),
    ("The main suspect, J. R. Whitcombe, 50, was detained in Leeds.", "J. R. Whitcombe", "suspect"),
    ("Investigators identified Colm Dwyer as the organiser of the imports.", "Colm Dwyer", "suspect"),
    ("Among those arrested was Ivo Dragić, believed to be the gang's treasurer.", "Ivo Dragić", "suspect"),
    ("The court heard that Marek Lis, a 41-year-old lorry driver, collected the drugs.", "Marek Lis", "suspect"),
    ("Marek Lis's co-accused were convicted in May.", "Marek Lis", "suspect"),
    ("Sergeant-Major Luis Ferrer of the Civil Guard said the network was dismantled.", "Luis Ferrer", "official"),
    ("Jon Pike, a senior member of the Ardvale cartel, was extradited.", "Jon Pike", "suspect"),
    # the next sentence's title is no apposition of the name that ends this one
    ("Officers arrested a courier and his driver Dean Moss, 45. Customs Director Ann Lee praised the team.",
     "Dean Moss", "suspect"),
    # the office said before a courtesy title is hers
    ("The prosecutor, Ms Ida Kern, told the court the heroin came from Turkey.", "Ida Kern", "official"),
    ("A passenger, Mrs Ida Kern, had swallowed 60 capsules of cocaine.", "Ida Kern", "suspect"),
    ("Two of the suspects – Oren Vale and Ida Kern – were remanded in custody.", "Ida Kern", "suspect"),
    ("Oren Vale was found guilty of importing heroin.", "Oren Vale", "suspect"),
    ("Oren Vale was jailed for nine years.", "Oren Vale", "suspect"),
    ("The group bought heroin from a cartel led by Oren Vale.", "Oren Vale", "suspect"),
    ("The courier was identified only as Oren Vale.", "Oren Vale", "suspect"),
    # who led the investigation is no suspect
    ("The investigation was led by Oren Vale of the Harbour Police.", "Oren Vale", None),
])
def test_persons_by_title_apposition_speech_age_and_cue(sentence, person, role):
    x = run(sentence)
    found = {e.name: e.properties.get("role") for e in x.entities if e.label == "Person"}
    assert found.get(person) == role, found


def test_a_persons_alias_is_no_place():
    # "Bong" is also a county of Liberia.
    x = run('The suspect was identified as Ramon Diaz alias "Bong", 45.')
    assert "Bong" in one(x, "Person").aliases and entities(x, "Region") == set()


def test_a_nickname_between_the_names_is_the_persons_alias():
    x = run('Prosecutors say Tomas "Flaco" Herrera-Ruiz ran the drug point.')
    assert "Flaco" in one(x, "Person").aliases


def test_capitalised_runs_without_a_cue_are_not_persons():
    x = run("Golden Harbour Logistics shipped the crates. Three Albanians were arrested in New Kordovia.")
    assert entities(x, "Person") == set()


def test_an_official_belongs_to_the_force_in_the_title_and_the_unit_in_the_apposition():
    x = run("Navy Rear Admiral Juan Pablo Reyes, commander of the 72nd Harbour Task Force, told reporters that the "
            "Kordovian Navy had seized the boat.")
    assert ("Juan Pablo Reyes", "72nd Harbour Task Force") in links(x, "MEMBER_OF")
    x = run("Kordovian Navy Rear Admiral Juan Pablo Reyes, commander of the 72nd Harbour Task Force, spoke.")
    assert {("Juan Pablo Reyes", "Kordovian Navy"), ("Juan Pablo Reyes", "72nd Harbour Task Force")} <= \
        links(x, "MEMBER_OF")


def test_an_official_belongs_to_the_agency_in_the_title():
    x = run("Europol director Ana Lind said the Harbour Investigation Unit and Eurojust had worked together.")
    assert links(x, "MEMBER_OF") == {("Ana Lind", "Europol")}


def test_a_head_of_state_is_no_member_of_the_body_the_sentence_names_but_a_titled_president_is():
    x = run("The Harbour Drug Directorate seized 9 tonnes of cocaine, President Jo Roe said.")
    assert links(x, "MEMBER_OF") == set()
    x = run("Eurojust President Jo Roe said the Harbour Drug Directorate had seized 9 tonnes of cocaine.")
    assert links(x, "MEMBER_OF") == {("Jo Roe", "Eurojust")}


def test_an_official_is_no_member_of_the_body_named_as_helping():
    x = run("Spokesperson Colonel Jane Roe said the inquiry went on with the assistance of the Kordovian Harbour "
            "Police.")
    assert links(x, "MEMBER_OF") == set()
    x = run("Spokesperson Colonel Jane Roe of the Kordovian Harbour Police said the inquiry went on.")
    assert links(x, "MEMBER_OF") == {("Jane Roe", "Kordovian Harbour Police")}


def test_a_nationality_of_two_words_opens_an_agency_name():
    x = run("The Costa Rican Harbour Service seized 40 kg of cocaine that had come from Colombia. Colombia's "
            "navy tracked the boat.")
    service = next(e for e in x.entities if e.name == "Costa Rican Harbour Service")
    assert service.properties.get("country") == "CR"


@pytest.mark.parametrize("name, kind", [
    ("Kordovan Air Force", "military"), ("Kordovan Naval Command", "navy"),
    ("Attorney General's Office", "prosecution"), ("Harbour Customs Brigade", "customs")])
def test_an_unlisted_agency_is_of_the_kind_its_name_says(name, kind):
    x = run(f"The {name} seized 40 kg of cocaine at sea.")
    assert next(e for e in x.entities if e.name == name).properties["kind"] == kind


def test_a_state_name_that_is_also_a_word_leads_the_force_of_that_state():
    x = run("Victoria Police seized 75 kg of methamphetamine on a farm near Shepparton, Australia.")
    police = next(e for e in x.entities if e.name == "Victoria Police")
    assert police.properties.get("country") == "AU"


def test_a_nationality_before_a_name_is_no_part_of_it():
    x = run("Police seized 20 kg of cocaine. Colombian Juan de la Cruz Gómez was also detained.")
    assert entities(x, "Person") == {"Juan de la Cruz Gómez"}
    x = run("Police seized 20 kg of cocaine. Detective Sergeant Jo French said two men were held.")
    assert entities(x, "Person") == {"Jo French"}


def test_a_place_after_from_is_no_person_though_the_sentence_says_were_arrested():
    x = run("Police seized 40 kg of heroin. Three crew members from Porto Vellin were arrested.")
    assert entities(x, "Person") == set()
    x = run("Police seized 40 kg of heroin. Jo Mabena and Tom Ruiz were arrested.")
    assert entities(x, "Person") == {"Jo Mabena", "Tom Ruiz"}


def test_a_news_agency_reports_the_case_and_a_thwarted_attempt_is_a_seizure_where_the_goods_arrived():
    x = run("The Narcotics Directorate thwarted an attempt to smuggle 200,000 captagon pills hidden in a shipment "
            "of fruit arriving at the port of Aqaba, the Kordovian Press Agency reported.")
    assert entities(x, "Agency") == {"Narcotics Directorate"}
    assert links(x, "SEIZED_AT") == {("200,000 × captagon", "Aqaba")}


def test_each_nationality_before_a_shared_force_word_names_its_countrys_body():
    x = run("Austrian and Hungarian police dismantled a network that smuggled migrants.")
    countries = {e.properties.get("country") for e in x.entities if e.label == "Agency"}
    assert countries == {"AT", "HU"}
    assert all(alias != "Austrian" for e in x.entities if e.label == "Agency" for alias in e.aliases)


def test_a_country_named_after_a_bodys_acronym_is_the_bodys():
    x = run("The Special Prosecutor's Office against Organised Crime (SPOC) of Honduras charged nine men, and "
            "Guatemala extradited two.")
    office = next(e for e in x.entities if e.label == "Agency")
    assert office.properties.get("country") == "HN"


def test_an_acronym_several_countries_bodies_go_by_names_the_body_of_the_releases_country():
    x = run("LISBON – The Judiciary Police (PJ) seized 6.5 tonnes of cocaine off the Azores, Portugal.")
    [agency] = [e for e in x.entities if e.label == "Agency"]
    assert agency.properties["country"] == "PT" and agency.resolution == "gazetteer:acronym"


@pytest.mark.parametrize("text, country", [
    ("NAIROBI – Detectives from the Directorate of Criminal Investigations (DCI) arrested two men in Kenya.",
     "KE"),
    ("Officers of the Directorate of Criminal Investigations of Belgrade Police arrested two men in Serbia.",
     "RS"),
])
def test_a_name_several_countries_bodies_go_by_names_the_body_of_the_releases_country(text, country):
    x = run(text)
    directorate, = (e for e in x.entities if e.label == "Agency" and e.name.startswith("Directorate"))
    assert directorate.properties["country"] == country


def test_a_body_named_for_what_it_deals_with_is_one_body():
    x = run("Officers of the General Administration of Customs seized 40 kg of cocaine.")
    assert entities(x, "Agency") == {"General Administration of Customs"}
    assert links(x, "PART_OF") == set()


def test_a_country_opens_an_agency_name_and_a_date_closes_it():
    x = run("The Fiji Police Force charged him before the Kordovia District Court on Friday.")
    assert {"Fiji Police Force", "Kordovia District Court"} <= entities(x, "Agency")
    fiji = next(e for e in x.entities if e.name == "Fiji Police Force")
    assert fiji.properties["country"] == "FJ"


def test_an_acronym_beside_its_expansion_is_one_agency():
    x = run("The cocaine was seized by DPCRO (Directorate for the Prevention of Crime and Organised Offences).")
    agencies = [e for e in x.entities if e.label == "Agency"]
    assert len(agencies) == 1 and links(x, "PART_OF") == set()


def test_a_unit_named_after_a_dash_belongs_to_the_body_before_it():
    x = run("Officers of the Harbour Crime Directorate (HCD) - the Narcotics Unit arrested two men in Kordova.")
    assert links(x, "PART_OF") == {("Narcotics Unit", "Harbour Crime Directorate")}
    # A dash between two bodies of which the second is no unit says nothing of belonging.
    x = run("The Harbour Crime Directorate - the Kordova Police helped - arrested two men.")
    assert links(x, "PART_OF") == set()


def test_a_sentence_wrapped_over_lines_is_one_sentence():
    wrapped = run("Kordova Seizure\n\nCustoms seized 800 kg of cocaine shipped from Ecuador via Panama,\n"
                  "Mexico and Spain to the\nport of Rotterdam.\nPolice Statement\nThe police thanked Europol.")
    assert links(wrapped, "TRANSITED_VIA") == {("800 kg cocaine", "Panama"), ("800 kg cocaine", "Mexico"),
                                              ("800 kg cocaine", "Spain")}
    assert ("800 kg cocaine", "Rotterdam") in links(wrapped, "DESTINED_FOR") | links(wrapped, "SEIZED_AT")
    # A heading line and the sentence after it stay apart.
    assert "Police Statement" not in {r.evidence.text for r in wrapped.relations}


def test_american_and_british_spellings_name_one_agency():
    x = run("The Directorate for Combating Organized Crime arrested two men. "
            "The Directorate for Combating Organised Crime then searched a house.")
    assert len([e for e in x.entities if e.label == "Agency"]) == 1


def test_a_unit_of_an_agency_is_part_of_it():
    x = run("The Drugs Unit of the Harbour Investigation Bureau seized 20 kg of heroin.")
    assert links(x, "PART_OF") == {("Drugs Unit", "Harbour Investigation Bureau")}


def test_provinces_states_and_counties_are_regions():
    x = run("The container was opened in Ringaskiddy, County Cork. Police in Gujarat and Waikato helped.")
    assert {"Cork", "Gujarāt", "Waikato"} <= entities(x, "Region")


def test_a_province_named_like_its_town_is_the_town_unless_the_text_says_province():
    x = run("Officers searched a house in Valencia. The province of Alicante was also searched.")
    assert "Valencia" in entities(x, "Location") and "Alicante" in entities(x, "Region")


@pytest.mark.parametrize("sentence, quantity, kg", [
    ("Customs seized a tonne of cocaine at the harbour.", 1, 1000),
    ("Agents seized 3.5 short tons of cannabis.", 3.5, 3175.15),
    ("Police seized 1.5 million ecstasy pills.", 1_500_000, None),
    ("Officers found two dozen pistols in the van.", 24, None),
    ("Police seized 1 200 kilograms of cocaine.", 1200, 1200),
    ("Agents seized 120 kilograms (265 pounds) of cocaine.", 120, 120),
    ("Police seized 10,000 Mandrax tablets.", 10000, None),
    # a volume is no weight: what a litre weighs depends on the liquid
    ("Police found 800 litres of BMK in the lab.", 800, None),
    # fractions of a unit
    ("Officers found a quarter of a tonne of heroin in the hold.", 0.25, 250),
    ("Customs seized three quarters of a tonne of hashish.", 0.75, 750),
    ("Police seized one and a half tonnes of cannabis.", 1.5, 1500),
    ("Agents seized 2 and a half kilos of heroin.", 2.5, 2.5),
])
def test_quantity_grammar_articles_multipliers_and_units(sentence, quantity, kg):
    ship = one(run(sentence), "Shipment")
    assert ship.properties["quantity"] == pytest.approx(quantity)
    assert (ship.properties.get("quantity_kg") is None) if kg is None else \
        ship.properties["quantity_kg"] == pytest.approx(kg, rel=1e-3)


def test_suspects_charged_together_form_the_unnamed_group():
    x = run("Police in Kordovia arrested the suspects, namely Lev Marek and Ivo Marek, after a search.")
    group = one(x, "Organisation")
    assert not group.named
    assert links(x, "MEMBER_OF") == {("Lev Marek", group.name), ("Ivo Marek", group.name)}


def test_a_drugs_gang_is_a_group():
    assert not one(run("Officers dismantled a drugs gang that imported heroin."), "Organisation").named


def test_a_quoted_name_before_the_operation_word_names_the_operation():
    x = run('Within the framework of the "northwind" operation, the Civil Guard arrested four men.')
    assert entities(x, "Operation") == {"Operation Northwind"}


def test_the_closing_quote_of_a_quoted_operation_name_is_no_part_of_it():
    for quoted in ('"Operation Dry Harbour"', '“Operation Dry Harbour”'):
        operation = one(run(f"The case, dubbed {quoted}, was carried out with customs."), "Operation")
        assert operation.name == "Operation Dry Harbour" and operation.aliases == ["Dry Harbour"]


def test_a_capitalised_headline_word_after_operation_is_not_a_name():
    x = run("Three Charged in Arms Smuggling Operation Linked to Kordovia\nThree men were charged and arrested.")
    assert not one(x, "Operation").named


def test_an_elided_region_noun_is_restored():
    x = run("The network moved cocaine across North and West Africa and Central and South America.")
    assert {"North Africa", "West Africa", "Central America", "South America"} <= entities(x, "Region")


def test_a_seizure_is_never_placed_in_a_region():
    x = run("Customs seized 40 kg of cocaine in Europe.")
    assert links(x, "SEIZED_AT") == set()


def test_an_unplaced_national_force_takes_the_country_the_document_is_set_in():
    x = run("Police in Kordovia and Romania worked together. In Romania, the Anti-Drug Department "
            "seized 20 kg of heroin in Bucharest, Romania.")
    agency = next(e for e in x.entities if e.name == "Anti-Drug Department")
    assert agency.properties["country"] == "RO"


def test_where_a_force_is_based_and_a_second_of_tail_are_read_right():
    x = run("The Portville-based Marine Rescue Unit and the Drug Prosecutor of the Province of Kordovia acted.")
    assert {"Marine Rescue Unit", "Drug Prosecutor of the Province of Kordovia"} <= entities(x, "Agency")


def test_towns_and_forces_lie_in_the_province_the_document_names():
    x = run("Police in Gujarat searched houses in Ahmedabad. The Gujarat Anti-Narcotics Squad led the raids.")
    assert {("Ahmedabad", "Gujarāt"), ("Gujarat Anti-Narcotics Squad", "Gujarāt")} <= links(x, "LOCATED_IN")


@pytest.mark.parametrize("sentence", [
    "So far this year customs have seized 900 kg of cocaine at the harbour.",
    "Between 2019 and 2022 the network moved 25 tonnes of cocaine.",
    "The chemicals could have produced 700 kg of amphetamine.",
    "Including the latest find, customs took 845 kg of cocaine off the streets.",
    "A total of 64 kg of heroin was found in 2008.",
    "In 2021 alone, border guards seized 12 tonnes of cannabis.",
    "Throughout 2020 the coast guard intercepted 3 tonnes of cocaine.",
    "Last year alone police confiscated 800 kg of heroin.",
])
def test_statistics_and_potential_yields_are_not_shipments(sentence):
    assert entities(run(sentence), "Shipment") == set()


def test_a_seizure_dated_by_its_year_is_still_a_shipment():
    x = run("In 2021, border guards seized 12 tonnes of cannabis in a lorry at the port of Valencia.")
    assert entities(x, "Shipment") == {"12,000 kg cannabis"}


def test_smugglers_who_acted_form_the_group_the_release_is_about():
    x = run("Police seized 30 kg of cocaine in Portville. The smugglers had hidden the drugs in crates of fruit.")
    group = one(x, "Organisation")
    assert group.name.startswith("unnamed group of smugglers")
    assert links(x, "ATTRIBUTED_TO") == {("30 kg cocaine", group.name)}


def test_smugglers_in_general_form_no_group():
    x = run("Customs seized 30 kg of cocaine. Smugglers try to bring drugs into the country every day.")
    assert entities(x, "Organisation") == set()


def test_a_load_moved_every_week_is_not_a_shipment():
    x = run("Police seized 40 kg of heroin. The gang moved about two tonnes of chemicals up to three times a week.")
    assert entities(x, "Shipment") == {"40 kg heroin"}


def test_a_countrys_name_before_police_says_who_seized_the_listed_goods():
    x = run("The Portugal police searched ten homes. They also impounded: 12 kg of cocaine and 3 pistols.")
    assert links(x, "SEIZED_AT") == {("12 kg cocaine", "Portugal"), ("3 × firearm", "Portugal")}


def test_a_headline_drops_the_article_before_the_gang():
    x = run("Heroin gang caught by customs\nDate: 2024-05-02\n\nCustoms seized 60 kg of heroin in Portville.")
    assert one(x, "Organisation").name.startswith("unnamed")


def test_a_ship_named_after_a_country_is_not_the_country():
    x = run("Police boarded the cargo ship MV Malta in the harbour of Piraeus.")
    assert "Malta" not in entities(x, "Country")


def test_an_agency_another_is_likened_to_is_not_at_work():
    x = run("Investigators from the Ruritanian Crime Bureau, known as Ruritania's FBI, seized 10 kg of heroin.")
    assert "Federal Bureau of Investigation" not in entities(x, "Agency")
    assert "United States" not in entities(x, "Country")


def test_operations_the_reported_one_built_on_are_not_the_reported_one():
    x = run("Police in Spain arrested six members of a criminal network. The operation followed two earlier "
            "investigations, Operation Kestrel and Operation Lynx, and involved Europol.")
    unnamed = next(e.name for e in x.entities if e.label == "Operation" and e.name.startswith("unnamed"))
    assert {"Operation Kestrel", "Operation Lynx"} <= entities(x, "Operation")
    assert links(x, "PARTICIPATED_IN") >= {("Europol", unnamed), ("Spain", unnamed)}
    assert {op for _, op in links(x, "PARTICIPATED_IN")} == {unnamed}
    assert {op for op, _ in links(x, "TARGETED")} == {unnamed}


@pytest.mark.parametrize("sentence", [
    "Police broke up a drug trafficking network between Morocco, France and Spain.",
    "Officers are investigating crime groups trafficking heroin throughout Spain, France and Morocco.",
])
def test_a_network_between_countries_operates_in_each(sentence):
    x = run(sentence)
    group = one(x, "Organisation").name
    assert links(x, "OPERATES_IN") == {(group, "Spain"), (group, "France"), (group, "Morocco")}


@pytest.mark.parametrize("sentence, unit", [
    ("The 41st Harbour Task Force Against Smuggling seized the boat.", "41st Harbour Task Force Against Smuggling"),
    ("The 3rd Coast Guard District led the boarding.", "3rd Coast Guard District"),
    ("Joint Maritime Task Force-North tracked the vessel.", "Joint Maritime Task Force-North"),
])
def test_numbered_and_joint_units_are_agencies(sentence, unit):
    assert unit in entities(run(sentence), "Agency")


def test_an_operational_taskforce_is_not_an_agency():
    x = run("Europol set up the Operational Taskforce Kestrel to coordinate the inquiry.")
    assert not [a for a in entities(x, "Agency") if "Taskforce" in a]


def test_a_place_based_group_operates_there():
    x = run("Police arrested a man who laundered money for a Portugal-based criminal group.")
    assert links(x, "OPERATES_IN") == {(one(x, "Organisation").name, "Portugal")}


def test_a_fugitive_caught_abroad_does_not_place_the_group():
    x = run("Police dismantled a criminal network in Portugal. Its leader was arrested in Brazil on a "
            "European arrest warrant.")
    group = one(x, "Organisation").name
    assert (group, "Brazil") not in links(x, "OPERATES_IN")


def test_arrests_beside_a_seizure_place_the_group():
    x = run("Police dismantled a criminal network. In Poland, officers arrested eight suspects and seized "
            "4 kg of amphetamine.")
    assert (one(x, "Organisation").name, "Poland") in links(x, "OPERATES_IN")


def test_members_assigned_to_a_country_place_the_group_there():
    x = run("The criminal group was organised in cells, one of which was assigned to Turkey.")
    assert links(x, "OPERATES_IN") == {(one(x, "Organisation").name, "Turkey")}


def test_groups_a_named_group_has_links_with_are_each_a_group_of_their_own():
    x = run("Investigators looked into the Kestrel Cartel's links with a Peruvian drug cartel, an Albanian clan "
            "active in Spain, and a Brazilian mafia organisation.")
    linked = {target.split(" (")[0] for source, target in links(x, "LINKED_TO") if source == "Kestrel"}
    assert linked == {"unnamed peruvian drug cartel", "unnamed albanian clan", "unnamed brazilian mafia organisation"}


def test_a_group_linked_to_another_network_links_the_release_group_to_it():
    x = run("Police arrested members of a criminal group linked to a network in Dubai.")
    groups = entities(x, "Organisation")
    assert len(groups) == 2
    [(source, target)] = links(x, "LINKED_TO")
    assert source.startswith("unnamed criminal group") and target.startswith("unnamed network")


def test_a_money_laundering_network_serving_a_group_is_linked_to_it():
    x = run("Police dismantled a money laundering network. One suspect provided laundering services for a "
            "Portugal-based criminal group.")
    names = [e.name.split(" (")[0] for e in x.entities if e.label == "Organisation"]
    assert names == ["unnamed money laundering network", "unnamed portugal-based criminal group"]  # reading order
    assert {(a.split(" (")[0], b.split(" (")[0]) for a, b in links(x, "LINKED_TO")} == {
        ("unnamed money laundering network", "unnamed portugal-based criminal group")}


def test_a_force_written_in_full_then_short_is_one_agency():
    x = run("The Kordovia Police Force arrested two men. The Kordovia Police said more arrests would follow.")
    assert [a for a in entities(x, "Agency") if "Kordovia" in a] == ["Kordovia Police Force"]


def test_a_force_named_with_its_nationality_then_without_is_one_agency():
    x = run("The Maltese Harbour Guard boarded the freighter off Portville. "
            "The Harbour Guard seized 200 kg of cocaine in the hold.")
    assert entities(x, "Agency") == {"Maltese Harbour Guard"}
    # Words that are not a country's do not make a longer name the same force.
    x = run("The Northern Harbour Guard boarded the freighter. The Harbour Guard seized 200 kg of cocaine.")
    assert entities(x, "Agency") == {"Northern Harbour Guard", "Harbour Guard"}


def test_a_country_after_of_closes_an_agency_name_and_gives_its_country():
    x = run("The Narcotics Bureau of Latvia and the Drug Squad of Austria seized 20 kg of heroin.")
    countries = {e.name: e.properties.get("country") for e in x.entities if e.label == "Agency"}
    assert countries == {"Narcotics Bureau of Latvia": "LV", "Drug Squad of Austria": "AT"}
    assert {"Latvia", "Austria"} <= {source for source, _ in links(x, "PARTICIPATED_IN")}
    assert {("Drug Squad of Austria", "Austria")} <= links(x, "LOCATED_IN")


def test_a_listed_name_with_another_country_after_of_is_that_countrys_body():
    # The gazetteer lists a Criminal Police Directorate of one country; "of Latvia" names Latvia's.
    x = run("The Drugs Unit of the Criminal Police Directorate of Latvia arrested two couriers in Riga.")
    assert {("Criminal Police Directorate of Latvia", "Latvia"), ("Drugs Unit", "Latvia")} <= links(x, "LOCATED_IN")
    assert ("Drugs Unit", "Criminal Police Directorate of Latvia") in links(x, "PART_OF")


def test_a_countrys_possessive_before_a_listed_name_of_another_country_is_its_own_body():
    # The gazetteer lists a Serbian "Directorate of Criminal Investigations".
    x = run("Officers of Zambia's Directorate of Criminal Investigations (DCI) seized 20 kg of heroin.")
    agency = one(x, "Agency")
    assert agency.properties["country"] == "ZM" and ("Directorate of Criminal Investigations", "Zambia") in \
        links(x, "LOCATED_IN")


def test_a_descriptive_unlisted_name_in_no_known_country_is_one_documents_own():
    first = one(run("The Regional Narcotics Bureau seized 20 kg of heroin."), "Agency")
    second = one(run("Officers of the Regional Narcotics Bureau arrested a courier."), "Agency")
    assert first.name == second.name and first.id != second.id
    # a distinctive name is one agency wherever it is named
    first = one(run("The Harbour Narcotics Bureau seized 20 kg of heroin."), "Agency")
    second = one(run("Officers of the Harbour Narcotics Bureau arrested a courier."), "Agency")
    assert first.id == second.id


def test_a_descriptive_listed_name_is_the_listed_body_only_where_its_country_is_spoken_of():
    # The gazetteer lists Peru's anti-drug police as the "Anti-Drug Directorate".
    x = run("The Anti-Drug Directorate seized two tonnes of cannabis in Vlore, Albania.")
    assert one(x, "Agency").properties["country"] == "AL"
    x = run("The Anti-Drug Directorate seized two tonnes of cocaine in Lima, Peru.")
    assert one(x, "Agency").id == "agency:pe-dirandro"


def test_one_unlisted_agency_written_with_its_nationality_and_with_of_its_country():
    x = run("The Narcotics Bureau of Latvia opened the container. The Latvian Narcotics Bureau found 40 kg of cocaine.")
    assert len([e for e in x.entities if e.label == "Agency"]) == 1


def test_an_unlisted_body_stationed_in_a_town_is_in_that_towns_country():
    x = run("The inquiry is supervised by the District Prosecutor's Office in Gdansk.")
    office = one(x, "Agency")
    assert office.properties["country"] == "PL"
    assert office.name == "District Prosecutor's Office in Gdansk"


def test_a_town_opening_a_bodys_name_is_the_namesake_the_document_is_about():
    # Kano is a Nigerian city and a Japanese town: the release is about Nigeria.
    x = run("Officers of the Kano State Command recovered 300 kg of cannabis in a truck travelling to Kano, Nigeria.")
    assert one(x, "Agency").properties["country"] == "NG"
    assert "country:JP" not in {e.id for e in x.entities}


def test_a_directorate_general_is_one_body_with_its_acronym():
    x = run("Officers worked with the Ruritanian Directorate General of Border Security (DGBS) on the case.")
    agency = one(x, "Agency")
    assert agency.name == "Ruritanian Directorate General of Border Security" and "DGBS" in agency.aliases
    x = run("The Directorate-General for Harbour Control seized 40 kg of cocaine.")
    assert one(x, "Agency").name == "Directorate-General for Harbour Control"


def test_places_of_the_arrests_told_in_their_own_clause_are_not_the_seizures():
    x = run("Nine people were arrested in Portsmouth and Dover, and officers seized 900 kilograms of cannabis.")
    assert links(x, "SEIZED_AT") == set()
    x = run("Nine people were arrested in Portsmouth and Dover and agents seized 900 kilograms of cannabis.")
    assert links(x, "SEIZED_AT") == set()
    x = run("Nine people were arrested in Portsmouth and Dover, and 900 kilograms of cannabis, two boats and "
            "a van were seized.")
    assert links(x, "SEIZED_AT") == set()
    x = run("Two men were arrested in Dover, where officers seized 900 kilograms of cannabis.")
    assert links(x, "SEIZED_AT") == {("900 kg cannabis", "Dover")}


def test_a_seizure_at_a_named_facility_is_not_also_in_its_town():
    x = run("Customs officers seized 40 kg of cocaine at the Westquay Port in Dover.")
    assert {place for _, place in links(x, "SEIZED_AT")} == {"Westquay Port"}
    x = run("Police seized 40 kg of cocaine at Jorge Chávez International Airport in Lima.")
    assert {place for _, place in links(x, "SEIZED_AT")} == {"Jorge Chávez International Airport"}
    x = run("Officers intercepted 900 kg of cannabis in a container at the Westquay seaport in Dover.")
    assert {place for _, place in links(x, "SEIZED_AT")} == {"Westquay"}


def test_a_crossings_rank_before_its_kind_is_no_part_of_its_name():
    x = run("Officers stopped two trucks carrying 300 kg of heroin at the Vellin international border gate.")
    assert entities(x, "Location") == {"Vellin"}
    x = run("Police seized 30 kg of heroin at the Kordo international airport.")
    assert entities(x, "Port") == {"Kordo"}


def test_a_goods_word_inside_a_units_name_speaks_of_no_goods():
    x = run("Police seized 4.7 tonnes of cannabis in Asunción. The operation was coordinated by the Drugs and "
            "Organised Crime Sub-Directorate, with funding from the European Union.")
    assert "Drugs and Organised Crime Sub-Directorate" in entities(x, "Agency")
    assert links(x, "ORIGINATED_IN") == set()


def test_an_acronym_with_accented_letters_names_its_listed_body():
    x = run("Officers of the Polish Central Bureau of Investigation (CBŚP) arrested six men in Gdańsk.")
    body = one(x, "Agency")
    assert body.properties["country"] == "PL" and "CBŚP" in body.aliases
    assert "Polish Central Bureau of Investigation" in body.aliases and not links(x, "PART_OF")


def test_a_jurisdiction_word_before_a_listed_bodys_name_makes_another_body():
    x = run("Chilean police arrested 19 people. The case was led by the Metropolitan Prosecutor's Office for "
            "Organised Crime.")
    office = next(e for e in x.entities if e.label == "Agency" and "Prosecutor" in e.name)
    assert office.name == "Metropolitan Prosecutor's Office for Organised Crime"
    assert office.properties["country"] == "CL"


def test_a_force_named_after_a_town_of_two_words_is_of_that_towns_country():
    # Abu is also a town in India; Abu Dhabi is the Emirates' capital.
    x = run("Abu Dhabi Police have seized 86 million captagon pills hidden in wooden doors.")
    police = one(x, "Agency")
    assert police.name == "Abu Dhabi Police" and police.properties["country"] == "AE"


def test_defence_forces_and_a_committee_for_a_task_are_bodies():
    x = run("The Ruritania Defence Forces and the Central Committee for Drug Abuse Control (CCDAC) of Myanmar "
            "seized 3.2 tonnes of methamphetamine.")
    assert entities(x, "Agency") == {"Ruritania Defence Forces", "Central Committee for Drug Abuse Control"}
    assert next(e for e in x.entities if e.name == "Ruritania Defence Forces").properties["kind"] == "military"
    assert entities(run("The Organising Committee met in Rome."), "Agency") == set()


def test_a_numbered_courts_name_runs_past_its_number():
    x = run("The investigation, led by the Court of Instruction No. 3 of Vellin, began in May.")
    assert entities(x, "Agency") == {"Court of Instruction No. 3 of Vellin"}


def test_a_project_given_its_name_after_dubbed_is_not_an_operation_project():
    x = run("The investigation, dubbed Project Lanternfish, began in May. Police seized 40 kg of cocaine.")
    operation = one(x, "Operation")
    assert operation.name == "Project Lanternfish" and "Operation Project Lanternfish" not in operation.aliases


def test_an_ampersand_joins_the_words_of_a_bodys_name():
    x = run("Officers of the Harbour & Border Protection Service (HBPS) seized 40 kg of cocaine.")
    agency = one(x, "Agency")
    assert agency.name == "Harbour & Border Protection Service" and "HBPS" in agency.aliases


def test_a_unit_said_to_be_part_of_a_force_works_in_its_country():
    x = run("The Harbour Crime Unit, which is part of the Latvian State Police, seized 10 kg of cocaine.")
    assert links(x, "PART_OF") == {("Harbour Crime Unit", "Latvian State Police")}
    assert ("Harbour Crime Unit", "Latvia") in links(x, "LOCATED_IN")


@pytest.mark.parametrize("sentence, unit, parent", [
    ("The Riga Harbour Police and the Latvian State Police seized 30 kg of cocaine.", "Riga Harbour Police",
     "Latvian State Police"),
    ("Rear Admiral Jo Kent, commander of Coast Guard Atlantic Area, thanked the crews of the U.S. Coast Guard.",
     "Coast Guard Atlantic Area", "United States Coast Guard"),
    ("The Colombian Navy, acting through its units in the Pacific Naval Force, seized 2 tonnes of cocaine.",
     "Pacific Naval Force", "Colombian Navy"),
])
def test_a_local_force_or_command_is_part_of_the_national_force_named(sentence, unit, parent):
    x = run(sentence)
    assert (unit, parent) in links(x, "PART_OF")


def test_a_unit_chain_with_the_parents_acronym_is_a_unit_of_that_parent():
    x = run("Kenya: Anti-Narcotics Unit seizes heroin\n\nThe Anti-Narcotics Unit of the Directorate of Criminal "
            "Investigations (DCI) seized 40 kg of heroin on a dhow. Six Pakistanis were held.")
    assert links(x, "PART_OF") == {("Anti-Narcotics Unit", "Directorate of Criminal Investigations")}
    assert [e.name for e in x.entities if e.label == "Agency"].count("Anti-Narcotics Unit") == 1   # the headline's too
    parent = next(e for e in x.entities if e.name == "Directorate of Criminal Investigations")
    assert "DCI" in parent.aliases   # a Kenyan body of that name, not the Serbian one the list holds


def test_kin_named_by_their_given_names_share_the_family_name_written_once():
    x = run("The gang was led by brothers Dean and Craig Hollis, police said.")
    assert {"Dean Hollis", "Craig Hollis"} <= entities(x, "Person")
    assert "Dean" not in one_named(x, "Dean Hollis").aliases


def one_named(x, name):
    return next(e for e in x.entities if e.name == name)


def test_a_title_before_a_persons_name_heads_no_agency():
    x = run("Chief Inspector Tom Briggs and Prosecutor Ana Lee led the case; 40 kg of heroin were seized.")
    assert entities(x, "Agency") == set()
    assert {"Tom Briggs", "Ana Lee"} <= entities(x, "Person")


def test_a_forces_command_in_a_town_is_its_unit():
    x = run("Guardia di Finanza seizes cocaine\n\nThe Guardia di Finanza of Livorno seized 2 tonnes of cocaine.")
    assert links(x, "PART_OF") == {("Guardia di Finanza of Livorno", "Guardia di Finanza")}
    unit = next(e for e in x.entities if e.name == "Guardia di Finanza of Livorno")
    assert unit.properties["kind"] == "police"   # the force's kind, not "other"


def test_a_local_force_of_no_known_country_is_no_unit_of_a_foreign_partner():
    x = run("Officers of the Westmark Regional Police arrested six men in Malmo, Sweden. The inquiry was "
            "supported by the Latvian State Police.")
    assert links(x, "PART_OF") == set()
    assert ("Westmark Regional Police", "Latvia") not in links(x, "LOCATED_IN")


@pytest.mark.parametrize("sentence", [
    "The Queensland Police Service and the Australian Federal Police arrested two men.",
    "The West Australian Police Force and the Australian Federal Police arrested two men.",
])
def test_a_states_own_police_is_no_unit_of_the_federal_police(sentence):
    assert links(run(sentence), "PART_OF") == set()


def test_a_titled_person_may_bear_a_regions_name():
    x = run("Rear Admiral Jo Kent, commander of Coast Guard Atlantic Area, praised the crew.")
    assert entities(x, "Person") == {"Jo Kent"} and entities(x, "Region") == set()
    assert links(x, "MEMBER_OF") == {("Jo Kent", "Coast Guard Atlantic Area")}


def test_a_force_word_opening_a_longer_name_is_no_force():
    x = run("The meeting took place under the Police Cooperation Convention for Southeast Europe in Serbia.")
    assert entities(x, "Agency") == set()


def test_an_office_named_after_a_listed_agency_and_its_acronym_is_its_unit():
    x = run("Operatives of the Philippine Drug Enforcement Agency (PDEA) Regional Office arrested two men in Bacoor.")
    assert links(x, "PART_OF") == {("Regional Office", "Philippine Drug Enforcement Agency")}
    assert ("Regional Office", "Philippines") in links(x, "LOCATED_IN")


def test_a_listed_agency_with_an_acronym_the_list_lacks_is_still_the_listed_one():
    x = run("Officers of the Latvian State Police (VP) arrested two men.")
    agency = one(x, "Agency")
    assert agency.id == "agency:lv-state-police" and "VP" in agency.aliases


def test_a_nationality_and_a_bare_force_word_name_that_countrys_one_police():
    x = run("The Latvian Police Force arrested two couriers. Latvian police said more arrests would follow.")
    assert [e.id for e in x.entities if e.label == "Agency"] == ["agency:lv-state-police"]


def test_a_nationality_and_a_force_word_name_the_countrys_body_where_no_list_holds_it():
    x = run("Fijian police seized 300 kg of cocaine.")
    assert ("Fijian Police", "Fiji") in links(x, "LOCATED_IN")
    assert links(x, "SEIZED_AT") == {("300 kg cocaine", "Fiji")}
    # a country's name used the same way
    assert entities(run("Myanmar police seized 300 kg of heroin."), "Agency") == {"Myanmar Police"}
    # where the lists hold several police forces of the country (federal and state ones), the phrase
    # still names its national police, unless the text names one of them
    assert entities(run("German police arrested two men in Essen."), "Agency") == {"German Police"}
    assert entities(run("German police arrest two men\n\nThe Bundeskriminalamt arrested two men in Essen."),
                    "Agency") == {"Bundeskriminalamt"}


def test_a_calibre_is_not_a_count():
    x = run("Agents recovered a caliber .45 pistol, two .38 revolvers and three 7.62 mm rifles.")
    assert sorted(e.properties["quantity"] for e in x.entities if e.label == "Shipment") == [1, 2, 3]
    x = run("Officers seized a 9mm pistol.")
    assert [e.properties["quantity"] for e in x.entities if e.label == "Shipment"] == [1]


def test_a_models_name_or_a_hyphened_word_between_a_count_and_its_weapons_is_no_count():
    x = run("Soldiers seized two M16 rifles, three AR-15 rifles, five Glock 17 pistols and four semi-automatic "
            "pistols.")
    assert sorted(e.properties["quantity"] for e in x.entities if e.label == "Shipment") == [2, 3, 4, 5]


@pytest.mark.parametrize("sentence, shipment", [
    ("Officers found 35 bricks of cocaine in the container.", "35 bricks of cocaine"),
    ("Officers found 35 cocaine bricks in the container.", "35 bricks of cocaine"),
    ("Officers found twelve bales of cannabis in the van.", "12 bales of cannabis"),
    ("Officers found 40 packets of heroin in the car.", "40 packets of heroin"),
])
def test_a_drug_counted_in_its_wrappings_is_a_shipment(sentence, shipment):
    x = run(sentence)
    assert entities(x, "Shipment") == {shipment}
    assert next(e for e in x.entities if e.label == "Shipment").properties.get("quantity_kg") is None


def test_wrappings_of_a_weighed_load_are_not_a_second_shipment():
    x = run("Customs found 999 bricks of cocaine weighing 1,000 kg in the container.")
    assert entities(x, "Shipment") == {"1,000 kg cocaine"}
    x = run("The navy seized 500 kg of cocaine. The drugs were packed in 16 bales of cocaine.")
    assert entities(x, "Shipment") == {"500 kg cocaine"}
    x = run("Customs found 800 kg of hashish, divided into 120 packages.")
    assert entities(x, "Shipment") == {"800 kg hashish"}
    x = run("In each of the 40 crates were three slabs of cocaine.")
    assert entities(x, "Shipment") == set()
    # A count the text calls another case stands on its own.
    x = run("The navy seized 500 kg of cocaine. In a separate case, officers found 35 bricks of cocaine in Savannah.")
    assert entities(x, "Shipment") == {"500 kg cocaine", "35 bricks of cocaine"}


def test_the_weight_of_one_bag_is_not_a_shipment():
    x = run("Officers seized 300 kg of heroin in Portville: 15 sacks held 20 kg of heroin in each sack.")
    assert entities(x, "Shipment") == {"300 kg heroin"}
    x = run("Customs seized 40 kg of cocaine in blocks each weighing 1 kg of cocaine.")
    assert entities(x, "Shipment") == {"40 kg cocaine"}


def test_a_weight_without_goods_takes_the_drug_named_before():
    x = run("Police found cocaine on the boat. Officers seized 312 kilograms in the east, and 1,420 kilograms "
            "in the west.")
    assert {e.properties["quantity_kg"] for e in x.entities if e.label == "Shipment"} == {312, 1420}


def test_a_total_of_some_listed_seizures_is_dropped():
    x = run("Police seized more than 1.7 tons of cocaine. Officers seized 312 kilograms in the east and "
            "1,420 kilograms in the west. An earlier seizure of 800 kilograms of cocaine was made in March.")
    assert {e.properties["quantity_kg"] for e in x.entities if e.label == "Shipment"} == {312, 1420, 800}


def test_ammunition_rounds_grenades_and_weighed_ammunition():
    x = run("Officers seized 12,200 rounds of ammunition, 126 hand grenades and 25 kg of rifle ammunition.")
    found = {(e.properties["commodity"], e.properties["quantity"]) for e in x.entities if e.label == "Shipment"}
    assert found == {("ammunition", 12200), ("grenade", 126), ("ammunition", 25)}


def test_places_no_list_holds_are_named_by_their_head_noun():
    x = run("Police in Spain raided houses in the Oakmere area. Spanish customs seized 90 kg of cocaine at the "
            "Brackwater Yard, near the River Tolva.")
    assert "Brackwater Yard" in entities(x, "Port")
    assert {"Oakmere", "River Tolva"} <= entities(x, "Location")
    assert ("Brackwater Yard", "Spain") in links(x, "LOCATED_IN")


def test_a_listed_port_inside_a_facility_name_keeps_its_listed_entry():
    x = run("Customs seized 90 kg of cocaine in the Port of Rotterdam.")
    assert [e.id for e in x.entities if e.label == "Port"] == ["port:nlrtm"]


def test_a_force_named_by_its_kind_is_the_countrys_own_body():
    x = run("New Zealand police and customs worked together. In Auckland, Customs found 40 kg of methamphetamine "
            "and the Police arrested two men.")
    assert {"agency:nz-customs", "agency:nz-police"} <= {e.id for e in x.entities if e.label == "Agency"}


def test_a_sentence_opening_police_names_no_force():
    x = run("Police arrested two men in Auckland, New Zealand.")
    assert entities(x, "Agency") == set()


def test_an_agency_name_may_list_its_words_with_commas():
    x = run("Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) searched the van.")
    assert [e.id for e in x.entities if e.label == "Agency"] == ["agency:us-atf"]


def test_a_route_sentence_about_one_list_of_goods_applies_to_every_item():
    x = run("A van carrying weapons and ammunition was heading towards France. Police stopped the van and found:\n"
            "- 10 assault rifles\n- 1 machine gun\n- 1 pistol\n- 400 rounds of ammunition\n")
    ships = [e for e in x.entities if e.label == "Shipment"]
    assert len(ships) == 4  # the two single guns are two items of the list
    destined = [(r.source, r.target) for r in x.relations if r.type == "DESTINED_FOR"]
    assert sorted(destined) == sorted((s.id, "country:FR") for s in ships)


def test_an_article_counts_one_item_only_before_a_singular_noun_of_goods():
    x = run("An international firearms network was dismantled; officers found a pistol and a cache of weapons.")
    assert [(e.properties["commodity"], e.properties["quantity"]) for e in x.entities if e.label == "Shipment"] \
        == [("firearm", 1)]


def test_where_people_come_from_is_not_a_route():
    x = run("Police seized 40 kg of heroin from a car. The driver and the owner were from Kordovia City, Serbia.")
    assert links(x, "ORIGINATED_IN") == set()


def test_a_named_group_is_linked_to_the_target_only_where_a_sentence_says_so():
    x = run("Police dismantled a criminal network smuggling cocaine. The Harbour Cartel is active in the region. "
            "The criminal network supplied cocaine to the Dune Clan.")
    assert links(x, "LINKED_TO") == {(next(e.name for e in x.entities if e.label == "Organisation" and not e.named),
                                      "Dune")}


def test_the_goods_named_before_a_weighing_verb():
    ship = one(run("Officers found 80 bricks of cocaine weighing 92 kg in the van."), "Shipment")
    assert (ship.properties["commodity"], ship.properties["quantity_kg"]) == ("cocaine", 92)


def test_a_headline_seizure_place_goes_to_the_main_seizure():
    x = run("Cocaine seized at Brackwater Yard\n\nCustoms officers examined a rail container. Inside they found "
            "142 kg of cocaine.\nIn March, 30 kg of heroin had been seized elsewhere in 2019.")
    assert links(x, "SEIZED_AT") == {("142 kg cocaine", "Brackwater Yard")}


def test_a_seizure_from_a_year_before_the_release_is_not_a_result_of_its_operation():
    x = run("Police seize heroin\nDate: 2022-05-04\n\nPolice seized 300 kg of heroin in Kordovia Port. In 2020, "
            "customs had seized 1,500 kg of hashish in the same port.")
    results = {target for _, target in links(x, "RESULTED_IN")}
    assert results == {"300 kg heroin"}


def test_countries_after_coordination_from_took_part():
    x = run("Operation Quartz drew on police coordination from Spain, France and Belgium.")
    assert {s for s, _ in links(x, "PARTICIPATED_IN")} >= {"Spain", "France", "Belgium"}


def test_an_acting_officers_title_is_not_a_force():
    x = run("Acting Police Commissioner, Jane Roe, said the Kordovia Police Force made the arrests.")
    assert entities(x, "Agency") == {"Kordovia Police Force"}


@pytest.mark.parametrize("sentence", [
    "Officers searched the Lyon-Blanchard Mail Centre.",
    "The boat was found at San Pedro del Monteverde.",
    "The heroin was hidden on board the MV Antwerp.",
])
def test_town_names_inside_compound_names_and_ship_names_are_not_places(sentence):
    assert entities(run(sentence), "Location") | entities(run(sentence), "Port") <= {"San Pedro del Monteverde"}


def test_any_later_word_of_a_persons_name_is_a_mention_of_the_person():
    x = run("John Lee Kwok-wah, head of the Harbour Investigation Unit, spoke. Lee said more seizures would follow.")
    assert "Lee" in {m.text for e in x.entities if e.label == "Person" for m in e.mentions}
    assert entities(x, "Location") == set()


def test_a_town_is_a_port_only_where_port_words_stand_near_it():
    x = run("Four men were arrested in Rotterdam while unloading a lorry in a warehouse; the heroin had come by "
            "container ship to Felixstowe port weeks before.")
    assert "Rotterdam" in entities(x, "Location") and "Felixstowe" in entities(x, "Port")
    # "Europort", "seaport": a port word joined to its qualifier
    euro = run("Officers seized 60 kg of cannabis with a street value of €1.2 million at Dover Europort.")
    assert "Dover" in entities(euro, "Port")


def test_foreign_language_agency_names_keep_their_tail():
    x = run("The drugs were handed to the Sûreté du Québec and the Brigada de Estupefacientes.")
    assert {"Sûreté du Québec", "Brigada de Estupefacientes"} <= entities(x, "Agency")


def test_an_acronym_acting_like_a_force_is_an_agency_of_the_documents_country():
    x = run("In France, police in Nîmes and Lyon worked for months. The arrest by the GSPR ended the inquiry "
            "in France.")
    agency = one(x, "Agency")
    assert (agency.name, agency.properties["country"]) == ("GSPR", "FR")


def test_an_acronym_of_a_named_agency_is_that_agency():
    x = run("The Harbour Investigation Unit (HIU) seized 10 kg of heroin. HIU officers arrested two men.")
    assert len([e for e in x.entities if e.label == "Agency"]) == 1


def test_a_unit_named_after_its_owner_is_part_of_it():
    x = run("In New Zealand, the Police's Organised Crime Group (OCG) worked with Customs' Sea Cargo Facility.")
    assert links(x, "PART_OF") == {("Organised Crime Group", "New Zealand Police"),
                                   ("Sea Cargo Facility", "New Zealand Customs Service")}
    assert entities(x, "Organisation") == set()


def test_a_suspect_who_led_a_named_group_links_the_groups():
    x = run("Police dismantled a criminal network in Kordovia. One of the suspects arrested was a former leader "
            "of the Dune Clan.")
    assert {target for _, target in links(x, "LINKED_TO")} == {"Dune"}


def _case(name: str, town: str, kilos: int) -> str:
    filler = " ".join(f"Investigators in {town} followed the suspects for weeks before acting." for _ in range(30))
    return (f"{name} case in {town}\n\nPolice in {town} seized {kilos} kg of cocaine and arrested three men "
            f"after a search of a warehouse. {filler}\n\n")


def test_a_long_report_of_several_cases_gives_each_case_its_operation():
    text = "Annual review of drug cases\n\n" + _case("Harbour", "Portville", 120) + _case("Airport", "Kordovia City",
                                                                                           45)
    text += "\n".join("The review lists the year's work of the drug squads of the region." for _ in range(20))
    assert len(text) > 6000
    x = run(text)
    operations = [e for e in x.entities if e.label == "Operation"]
    results = {(r.source, r.target) for r in x.relations if r.type == "RESULTED_IN"}
    ships = {e.properties["quantity_kg"]: e.id for e in x.entities if e.label == "Shipment"}
    assert len(operations) >= 2
    sources = {source for source, target in results if target in (ships[120], ships[45])}
    assert len(sources) == 2  # each seizure is the result of its own case's operation


def test_a_short_release_is_one_operation():
    x = run("Harbour case\n\nPolice in Portville seized 120 kg of cocaine.\n\nAirport case\n\n"
            "Customs seized 45 kg of heroin at the airport.")
    assert len([e for e in x.entities if e.label == "Operation"]) == 1


def test_a_short_report_under_operation_headings_gives_each_case_its_operation():
    x = run("Quarterly results\n\nOperation Gannet\nOn 2 May the Portuguese Navy seized 1,100 kg of cocaine "
            "from a yacht west of Madeira.\n\nOperation Puffin\nOn 9 June the French Navy seized 900 kg of "
            "cocaine from a fishing vessel near Martinique.\n")
    assert links(x, "RESULTED_IN") == {("Operation Gannet", "1,100 kg cocaine"), ("Operation Puffin", "900 kg cocaine")}
    assert {("Portuguese Navy", "Operation Gannet"), ("French Navy", "Operation Puffin")} <= links(x, "PARTICIPATED_IN")


def test_a_short_report_under_numbered_case_headings_gives_each_case_its_operation():
    x = run("Quarterly results\n\nCase 1 – Atlantic, 2 May\nThe Portuguese Navy seized 1,100 kg of cocaine "
            "from a yacht west of Madeira.\n\nCase 2 – Caribbean, 9 June\nThe French Navy seized 900 kg of "
            "cocaine from a fishing vessel near Martinique.\n")
    results = links(x, "RESULTED_IN")
    assert len(results) == 2 and len({operation for operation, _ in results}) == 2


def test_dotted_acronyms_are_read_as_their_letters():
    x = run("In the United States, agents of the U.S.C.G. and the D.K.P.O. seized 40 kg of cocaine off Florida.")
    assert {e.id for e in x.entities if e.label == "Agency"} == {"agency:us-uscg", "agency:dkpo-us"}


def test_a_group_belonging_to_a_named_clan_is_that_clan():
    x = run("A criminal organisation belonging to the feared Dune Clan from Kordovia was dismantled. "
            "Police seized 300 kg of cocaine.")
    [group] = [e for e in x.entities if e.label == "Organisation"]
    assert group.named and ("300 kg cocaine", group.name) in links(x, "ATTRIBUTED_TO")


def test_goods_meant_for_a_regions_countries_are_destined_for_the_region():
    x = run("Customs seized 300 kg of heroin in Constanta; the heroin was meant for Western European countries.")
    assert ("300 kg heroin", "Western Europe") in links(x, "DESTINED_FOR")


def test_towards_ends_a_route_even_after_through():
    x = run("Police seized 40 kg of heroin carried from Turkey through Serbia towards Western European countries.")
    assert ("40 kg heroin", "Western Europe") in links(x, "DESTINED_FOR")
    assert ("40 kg heroin", "Western Europe") not in links(x, "TRANSITED_VIA")


def test_from_through_to_is_origin_transit_destination():
    x = run("The cocaine travelled from Colombia through Panama to Spain, where police seized 300 kg of cocaine.")
    assert links(x, "ORIGINATED_IN") == {("300 kg cocaine", "Colombia")}
    assert links(x, "TRANSITED_VIA") == {("300 kg cocaine", "Panama")}
    assert links(x, "DESTINED_FOR") == {("300 kg cocaine", "Spain")}


def test_the_port_of_a_city_after_a_route_cue_takes_the_cue():
    x = run("Border officers seized 700 kg of precursors shipped from India to the Port of Montreal.")
    assert links(x, "ORIGINATED_IN") == {("700 kg drug precursors", "India")}
    assert links(x, "DESTINED_FOR") == {("700 kg drug precursors", "Montreal")}


def test_the_goods_own_noun_names_them_again_and_not_the_goods_seized_with_them():
    x = run("Customs seized 800 kg of pangolin scales and 60 kg of ivory in a warehouse. "
            "The scales were to be shipped to Hong Kong through Singapore.")
    scales, = (e.name for e in x.entities if e.label == "Shipment" and e.properties["quantity_kg"] == 800)
    assert links(x, "DESTINED_FOR") == {(scales, "Hong Kong")}
    assert links(x, "TRANSITED_VIA") == {(scales, "Singapore")}


def test_the_drugs_came_from_a_place_is_their_origin_not_a_persons_home():
    x = run("Agents seized 30 kg of heroin in Hanoi. The drugs came from Laos.")
    assert links(x, "ORIGINATED_IN") == {("30 kg heroin", "Laos")}
    people = run("Agents seized 30 kg of heroin in Hanoi. The couriers came from Laos.")
    assert links(people, "ORIGINATED_IN") == set()


def test_goods_smuggled_through_the_waters_off_a_place_passed_it():
    x = run("Agents seized 30 kg of heroin in Hanoi. The heroin was smuggled through the waters off Hainan.")
    assert links(x, "TRANSITED_VIA") == {("30 kg heroin", "Hainan")}
    assert links(x, "SEIZED_AT") == {("30 kg heroin", "Hanoi")}


def test_a_place_plays_the_part_the_body_gives_it_not_a_second_one_from_the_headline():
    x = run("Federal Police launch Operation Sandbar against cocaine exports through the port of Itajaí\n\n"
            "The Federal Police launched Operation Sandbar to dismantle a criminal organisation that exported "
            "cocaine to Europe hidden in containers of frozen beef leaving the port of Itajaí.")
    group = one(x, "Organisation").name
    assert links(x, "ORIGINATED_IN") == {(group, "Itajaí")} and links(x, "TRANSITED_VIA") == set()


def test_a_port_the_ship_was_heading_to_before_continuing_elsewhere_is_a_stop():
    x = run("The navy seized 900 kg of cocaine on a freighter heading to the port of Valencia before "
            "continuing to Italy.")
    assert links(x, "TRANSITED_VIA") == {("900 kg cocaine", "Valencia")}
    assert links(x, "DESTINED_FOR") == {("900 kg cocaine", "Italy")}
    border = run("Police seized 12 pistols that were driven through Austria to Germany before crossing into Poland.")
    assert links(border, "TRANSITED_VIA") == {("12 × firearm", "Austria"), ("12 × firearm", "Germany")}
    assert links(border, "DESTINED_FOR") == {("12 × firearm", "Poland")}


def test_where_the_goods_were_arriving_after_a_stop_ends_their_way():
    x = run("Customs found 800 kg of cocaine in a container from Brazil at Le Havre. The container had been "
            "transshipped in Algeciras before arriving in Le Havre.")
    assert links(x, "TRANSITED_VIA") == {("800 kg cocaine", "Algeciras")}
    assert links(x, "SEIZED_AT") == {("800 kg cocaine", "Le Havre")}


def test_goods_to_be_taken_overland_to_a_place_were_going_there_not_seized_there():
    x = run("Police seized 300 kg of cocaine base in La Paz. The drugs were to be flown to Paraguay and then taken "
            "overland to Brazil.")
    assert links(x, "TRANSITED_VIA") == {("300 kg cocaine", "Paraguay")}
    assert links(x, "DESTINED_FOR") == {("300 kg cocaine", "Brazil")}
    assert ("300 kg cocaine", "Brazil") not in links(x, "SEIZED_AT")


def test_a_stop_the_goods_left_again_is_transit():
    x = run("Police seized 50 kg of heroin. The heroin had first been sent to Pakistan, and from there it went on to "
            "the port of Santos in Brazil before reaching Portugal.")
    assert links(x, "TRANSITED_VIA") == {("50 kg heroin", "Pakistan"), ("50 kg heroin", "Santos"),
                                         ("50 kg heroin", "Brazil")}
    assert ("50 kg heroin", "Brazil") not in links(x, "DESTINED_FOR")


def test_a_port_of_call_is_a_stop_but_where_police_stopped_a_vehicle_is_the_seizure_place():
    x = run("A yacht carrying 200 kg of cocaine sailed from Panama and stopped in Fiji before heading towards "
            "New Zealand.")
    assert links(x, "TRANSITED_VIA") == {("200 kg cocaine", "Fiji")}
    assert links(x, "SEIZED_AT") == set()
    x = run("A lorry carrying 200 kg of cocaine was stopped in Lyon by customs officers.")
    assert links(x, "SEIZED_AT") == {("200 kg cocaine", "Lyon")} and links(x, "TRANSITED_VIA") == set()


def test_goods_the_headline_announces_are_seized_with_those_the_body_lists_beside_them():
    x = run("Police seize 2 million methamphetamine pills in Kordovia\n\nPolice seized 2 million methamphetamine "
            "pills and 80 kg of crystal methamphetamine from a truck in Kordovia. The drugs had been smuggled from "
            "Laos.")
    assert links(x, "ORIGINATED_IN") == {("2,000,000 × methamphetamine", "Laos"), ("80 kg methamphetamine", "Laos")}


def test_a_town_near_which_goods_were_stopped_says_more_than_the_country_before_it():
    x = run("In Senegal, customs officers intercepted a truck carrying 2 tonnes of cannabis near Kolda.")
    assert links(x, "SEIZED_AT") == {("2,000 kg cannabis", "Kolda")}
    # ("in a warehouse in A, near B": B only says where A is)
    x = run("Police seized 2 tonnes of cannabis in a warehouse in Agadez, near Kolda.")
    assert links(x, "SEIZED_AT") == {("2,000 kg cannabis", "Agadez")}


def test_goods_transported_to_a_country_were_bound_for_it():
    x = run("Police seized 300 kg of hashish in Cadiz. The hashish was stored in sheds before being transported "
            "by road to France.")
    assert links(x, "DESTINED_FOR") == {("300 kg hashish", "France")}


def test_the_pills_are_the_goods_counted_as_pills_whatever_the_drug():
    x = run("Agents seized 90,000 fentanyl pills in a car near Tucson. The pills had crossed the border at "
            "Nogales, Arizona and were made in Culiacán.")
    assert links(x, "TRANSITED_VIA") == {("90,000 × fentanyl", "Nogales")}
    assert links(x, "ORIGINATED_IN") == {("90,000 × fentanyl", "Culiacán")}


def test_the_drug_in_the_singular_is_the_seized_goods_but_not_the_drug_trade():
    x = run("The navy seized 3 tonnes of cocaine off Tumaco. The drug was to be sent to Panama.")
    assert links(x, "DESTINED_FOR") == {("3,000 kg cocaine", "Panama")}
    x = run("The navy seized 3 tonnes of cocaine off Tumaco. The drug trade was moving its routes to Panama.")
    assert links(x, "DESTINED_FOR") == set()


def test_goods_due_to_leave_for_a_port_were_bound_for_it_but_a_man_who_left_for_it_says_nothing():
    x = run("Police seized 9 tonnes of cocaine in containers at Guayaquil that were due to leave for Antwerp.")
    assert links(x, "DESTINED_FOR") == {("9,000 kg cocaine", "Antwerp")}
    x = run("Police seized 9 tonnes of cocaine at Guayaquil. The owner left for Antwerp in May.")
    assert links(x, "DESTINED_FOR") == set()


def test_goods_seized_in_a_list_of_towns_were_seized_in_each_a_port_among_them_or_not():
    x = run("In searches in Marbella, Estepona and Algeciras, agents seized 2,000 kilos of hashish.")
    assert links(x, "SEIZED_AT") == {("2,000 kg hashish", "Marbella"), ("2,000 kg hashish", "Estepona"),
                                     ("2,000 kg hashish", "Algeciras")}
    x = run("Agents seized 2,000 kilos of hashish in Algeciras, Spain.")
    assert links(x, "SEIZED_AT") == {("2,000 kg hashish", "Algeciras")}


def test_goods_headed_for_a_town_were_bound_for_it_and_a_group_operating_out_of_a_town_works_there():
    x = run("Officers seized 120 kg of methamphetamine from a speedboat headed for Medan. The network was run by "
            "a syndicate operating out of Kuching.")
    assert links(x, "DESTINED_FOR") == {("120 kg methamphetamine", "Medan")}
    assert {place for _, place in links(x, "OPERATES_IN")} == {"Kuching"}


def test_where_goods_were_produced_is_their_origin_and_the_port_they_were_shipped_from_a_stop():
    x = run("Customs seized 300 kg of heroin at Mundra. The consignment was shipped from Bandar Abbas in Iran. The "
            "heroin originated in Afghanistan.")
    assert links(x, "ORIGINATED_IN") == {("300 kg heroin", "Afghanistan")}
    assert links(x, "TRANSITED_VIA") == {("300 kg heroin", "Bandar Abbas"), ("300 kg heroin", "Iran")}


def test_a_port_of_the_seizing_country_goods_were_to_leave_from_is_a_stop_after_their_origin_abroad():
    x = run("Police seized 900 kg of cocaine in a truck near Boca Chica. The drugs had arrived by speedboat from "
            "Venezuela and were to be shipped from the port of Caucedo to Europe.")
    assert links(x, "ORIGINATED_IN") == {("900 kg cocaine", "Venezuela")}
    assert ("900 kg cocaine", "Caucedo") in links(x, "TRANSITED_VIA")
    # one country of origin: its port and the country stay the origin
    x = run("Customs seized 400 kg of cocaine in Durban on a ship that sailed from Santos in Brazil.")
    assert links(x, "ORIGINATED_IN") == {("400 kg cocaine", "Santos"), ("400 kg cocaine", "Brazil")}


def test_seizures_an_ordinal_recalls_are_earlier_cases_not_parts_of_the_release_figure():
    x = run("Customs find cocaine\n\nCustoms officers found 4.1 tonnes of cocaine in a container from Panama at "
            "the port of Antwerp on Wednesday. It is the third large seizure at the port this month. On 3 March "
            "customs found 2.5 tonnes in a shipment from Costa Rica, and in February 1.8 tonnes were discovered in "
            "a container from Brazil.")
    ships = {e.name for e in x.entities if e.label == "Shipment"}
    assert ships == {"4,100 kg cocaine", "2,500 kg cocaine", "1,800 kg cocaine"}  # 4.1 t sums no two of them
    assert {ship for _, ship in links(x, "RESULTED_IN")} == {"4,100 kg cocaine"}
    # each clause's place goes with its own figure
    assert links(x, "ORIGINATED_IN") == {("4,100 kg cocaine", "Panama"), ("2,500 kg cocaine", "Costa Rica"),
                                         ("1,800 kg cocaine", "Brazil")}


@pytest.mark.parametrize("comparison", ["It is the second largest seizure at the port after the",
                                        "It is the largest haul since the"])
def test_the_seizure_a_haul_is_measured_against_is_an_earlier_case(comparison):
    x = run(f"Customs officers found 900 kg of cocaine at the port of Koper. {comparison} 1.5 tonnes of cocaine "
            "found in May.")
    assert {ship for _, ship in links(x, "RESULTED_IN")} == {"900 kg cocaine"}
    assert "1,500 kg cocaine" in entities(x, "Shipment")


def test_what_the_goods_were_hidden_in_carries_them_in_later_sentences():
    x = run("Officers found 2 tonnes of cocaine concealed inside an excavator at the port of Durban. The excavator "
            "had been loaded in Santos and transhipped in Singapore.")
    assert links(x, "ORIGINATED_IN") == {("2,000 kg cocaine", "Santos")}
    assert links(x, "TRANSITED_VIA") == {("2,000 kg cocaine", "Singapore")}
    # a thing the text never hid goods in carries nothing
    x = run("Officers found 2 tonnes of cocaine in a warehouse at Durban. The excavator had been loaded in Santos.")
    assert links(x, "ORIGINATED_IN") == set()


def test_a_route_told_of_it_is_the_seizures_route():
    x = run("Customs seized 80 kg of cocaine at the port of Santos. It came from Peru and was driven to Chile, "
            "where it was put on a vessel. It arrived via Panama.")
    assert links(x, "ORIGINATED_IN") == {("80 kg cocaine", "Peru")}
    assert links(x, "TRANSITED_VIA") == {("80 kg cocaine", "Chile"), ("80 kg cocaine", "Panama")}


def test_the_drug_named_again_is_the_seizure_just_told():
    x = run("Police seized 85 kg of heroin in a lorry in Ruse. The heroin had been transported from Iran through "
            "Turkey and was bound for the Netherlands. A week later officers seized 40 kg of heroin in Sofia.")
    assert links(x, "ORIGINATED_IN") == {("85 kg heroin", "Iran")}
    assert links(x, "TRANSITED_VIA") == {("85 kg heroin", "Turkey")}
    assert links(x, "DESTINED_FOR") == {("85 kg heroin", "Netherlands")}


@pytest.mark.parametrize("sentence, origin, seized", [
    ("Customs seized 300 kg of cocaine of Colombian origin at the port of Antwerp.", "Colombia", "Antwerp"),
    ("Police seized 20 kg of amphetamine produced in clandestine laboratories in the Netherlands.", "Netherlands",
     None),
    ("Police seized 20 kg of MDMA made in laboratories in the south of the Netherlands.", "Netherlands", None),
    ("Customs seized 40 kg of cocaine aboard a flight from Sao Paulo at Lisbon airport.", "São Paulo",
     "Lisbon Airport"),
])
def test_where_goods_come_from_is_no_seizure_place(sentence, origin, seized):
    x = run(sentence)
    assert {target for _, target in links(x, "ORIGINATED_IN")} == {origin}
    assert {target for _, target in links(x, "SEIZED_AT")} == ({seized} if seized else set())


def test_goods_taken_to_a_building_in_a_town_were_bound_for_the_town():
    x = run("Police seized 900 kg of hashish. The boat unloaded the bales on the beach, from where the drug "
            "was transported by land to warehouses in Dos Hermanas.")
    assert links(x, "DESTINED_FOR") == {("900 kg hashish", "Dos Hermanas")}
    assert links(x, "SEIZED_AT") == set()


def test_the_yacht_or_plane_that_carried_the_load_tells_its_route():
    x = run("Police seized 1.5 tonnes of cocaine from a yacht off the coast of Queensland. The yacht had departed "
            "from Ecuador in March.")
    assert ("1,500 kg cocaine", "Ecuador") in links(x, "ORIGINATED_IN")


def test_goods_transshipped_somewhere_passed_through_it():
    x = run("A consignment of 40 kg of heroin, transshipped in Istanbul, was intercepted in Sofia.")
    assert links(x, "TRANSITED_VIA") == {("40 kg heroin", "Istanbul")}
    assert links(x, "SEIZED_AT") == {("40 kg heroin", "Sofia")}


def test_the_consignment_after_a_reporting_clause_is_the_releases_seizure():
    x = run("Heroin seized in Amritsar\n\nPolice seized 45 kg of heroin in Amritsar. Officers also seized 3 kg of "
            "cocaine in Ludhiana. Two men were arrested. They were remanded in custody. Investigators found that the "
            "consignment was smuggled from Pakistan and was meant for delivery in Delhi.")
    assert links(x, "ORIGINATED_IN") == {("45 kg heroin", "Pakistan")}
    assert links(x, "DESTINED_FOR") == {("45 kg heroin", "Delhi")}


def test_a_group_word_only_the_headline_uses_is_the_one_group_the_release_names():
    x = run("Cartel accountant extradited\n\nPolice in Colombia extradited Rafael Ortiz, 51, a financial operator "
            "of the Clan del Golfo, to Spain.")
    assert entities(x, "Organisation") == {"Clan del Golfo"}
    assert ("Rafael Ortiz", "Clan del Golfo") in links(x, "MEMBER_OF")


def test_a_cosca_is_a_named_group():
    x = run("The investigation showed that the Morabito cosca imported cocaine through the port.")
    assert entities(x, "Organisation") == {"Morabito"}


def test_a_bare_network_linked_to_a_named_group_is_a_group_of_its_own():
    x = run("Police in Portugal dismantled a network linked to the Sinaloa Cartel that moved cocaine.")
    group = next(e.name for e in x.entities if e.label == "Organisation" and not e.named)
    assert links(x, "LINKED_TO") == {(group, "Sinaloa Cartel")}
    assert {target for _, target in links(x, "TARGETED")} == {group}


def test_the_unnamed_group_spoken_of_again_is_linked_to_the_group_it_has_ties_to():
    x = run("Police dismantled a drug trafficking network in Portugal. The network also had ties to the Sinaloa "
            "Cartel. Its members communicated through Ghost.")
    group = next(e.name for e in x.entities if e.label == "Organisation" and not e.named)
    assert links(x, "LINKED_TO") == {(group, "Sinaloa Cartel")}
    assert links(x, "USED") == {(group, "Ghost")}


def test_the_consignment_is_the_releases_seizure_not_an_older_one_recalled():
    x = run("Cocaine haul in Portville\nDate: 2024-02-01\n\nCustoms seized 90 kg of cocaine on Monday. "
            "It is the largest haul this year. Police seized 40 kg of cocaine last March. Nobody was arrested. "
            "Inquiries continue. Officers said the consignment was due to be shipped to Spain.")
    assert links(x, "DESTINED_FOR") == {("90 kg cocaine", "Spain")}


def test_goods_shipped_to_two_places_have_two_destinations():
    x = run("Police seized 50 kg of heroin that was shipped to Spain and to Italy.")
    assert links(x, "DESTINED_FOR") == {("50 kg heroin", "Spain"), ("50 kg heroin", "Italy")}
    assert links(x, "TRANSITED_VIA") == set()


@pytest.mark.parametrize("sentence", ["The drugs were worth US$ 2 million, police said.",
                                      "Nine people were arrested after the raid."])
def test_currencies_and_number_words_are_not_places(sentence):
    x = run(sentence)
    assert not [e for e in x.entities if e.label in {"Country", "Location", "Port"}]


def test_a_route_sentence_is_about_this_case_not_an_earlier_one():
    x = run("Release\nDate: 2025-03-12\n\nInvestigators seized 1.2 tonnes of cocaine. The cocaine had arrived at the "
            "port of Antwerp from Guayaquil via Rotterdam. In 2022, customs had seized 800 kg of cocaine in Ghent.")
    assert ("1,200 kg cocaine", "Guayaquil") in links(x, "ORIGINATED_IN")
    assert ("1,200 kg cocaine", "Rotterdam") in links(x, "TRANSITED_VIA")


def test_a_towns_namesake_in_a_named_province_wins():
    # Richmond in Virginia is the most populous namesake; the text names Waikato.
    x = run("Officers searched homes in Richmond and Hamilton in the Waikato after the seizure.")
    town = next(e for e in x.entities if e.name == "Hamilton")
    assert town.properties["country"] == "NZ"


def test_a_namesake_of_a_big_city_is_meant_where_the_document_is_set():
    # GeoNames has a Liverpool in New South Wales besides the English city, 16 times larger.
    x = run("Australian Federal Police officers searched homes in Liverpool and Bankstown, New South Wales.")
    assert next(e for e in x.entities if e.name == "Liverpool").properties["country"] == "AU"
    x = run("The National Crime Agency arrested a man in Liverpool after 20 kg of cocaine arrived from Australia.")
    assert next(e for e in x.entities if e.name == "Liverpool").properties["country"] == "GB"


def test_a_state_the_gazetteer_lists_as_a_region_places_a_town_like_a_province():
    # The larger Auburn is in the United States; "New South Wales" is a region of the gazetteer.
    x = run("Detectives raided a house in Auburn, New South Wales, and seized 3 kg of heroin.")
    assert next(e for e in x.entities if e.name == "Auburn").properties["country"] == "AU"


def test_a_small_namesake_of_a_world_city_needs_its_province_named():
    # Paris, Texas is some 80 times smaller than Paris: an American release's "Paris" is still France's.
    x = run("Houston police said the courier bought the cocaine in Paris.")
    assert next(e for e in x.entities if e.name == "Paris").properties["country"] == "FR"
    # Rotterdam in New York State is some 20 times smaller than the Dutch port.
    x = run("Houston police said the container was bound for Rotterdam.")
    assert next(e for e in x.entities if e.name == "Rotterdam").properties["country"] == "NL"


def test_a_sentence_ends_where_a_pasted_text_lost_its_space():
    from graph_intel.extraction.text import sentences
    texts = [s.text for s in sentences("The drugs were transported.Ana Lind recalled it. The U.S.Attorney spoke.")]
    assert texts == ["The drugs were transported.", "Ana Lind recalled it.", "The U.S.Attorney spoke."]


def test_goods_seized_by_one_countrys_authorities_were_seized_in_that_country():
    x = run("Last year the Romanian authorities also seized 1.5 tonnes of hashish.")
    assert links(x, "SEIZED_AT") == {("1,500 kg hashish", "Romania")}
    x = run("The Romanian and Bulgarian authorities seized 1.5 tonnes of hashish.")
    assert links(x, "SEIZED_AT") == set()  # two countries: the text does not say where


def test_units_stationed_in_a_place_local_forces_and_units_acting_through():
    x = run("The Maritime Service of the Civil Guard of Algeciras intercepted two boats.")
    assert ("Maritime Service", "Guardia Civil") in links(x, "PART_OF")
    x = run("In Albania, the Tirana Police and the Albanian State Police arrested two men.")
    assert ("Tirana Police", "Albanian State Police") in links(x, "PART_OF")
    x = run("The Fiji Police Force, through its Narcotics Bureau, arrested two men.")
    assert ("Narcotics Bureau", "Fiji Police Force") in links(x, "PART_OF")


def test_a_cracked_messaging_service_was_used_by_the_group():
    x = run("Police broke up a criminal network once detectives had cracked the encrypted messaging service "
            "Sky ECC.")
    assert {target for _, target in links(x, "USED")} == {"Sky ECC"}


def test_the_lede_says_which_countrys_officials_seized_what_the_body_lists():
    x = run("Drug ring broken\n\nKORDOVIA CITY — Romanian security officials said they seized large amounts of "
            "drugs in a year-long case.\n\nInvestigators seized 300 kg of cannabis and 20 kg of heroin.")
    assert links(x, "SEIZED_AT") == {("300 kg cannabis", "Romania"), ("20 kg heroin", "Romania")}
    assert ("Romania", next(e.name for e in x.entities if e.label == "Operation")) in links(x, "PARTICIPATED_IN")


def test_goods_found_right_after_a_national_force_acted_were_seized_in_its_country():
    x = run("The Austrian Federal Police stopped the van near the border. Inside, officers found:\n"
            "- 25 assault rifles\n- 126 hand grenades\n")
    assert {target for _, target in links(x, "SEIZED_AT")} == {"Austria"}
    assert len(links(x, "SEIZED_AT")) == 2


def test_a_groups_name_after_the_words_that_say_what_it_is():
    x = run("The seizure hurts the criminal group Northern Coast Front, dissidents of the People's Liberation "
            "Army of Kordovia, and the terrorist network Al Nasr.")
    assert {"Northern Coast Front", "People's Liberation Army of Kordovia", "Al Nasr"} <= \
        {e.name for e in x.entities if e.label == "Organisation" and e.named}
    assert ("Northern Coast Front", "People's Liberation Army of Kordovia") in links(x, "LINKED_TO")


def test_where_a_group_is_based_is_not_its_name():
    assert not [e for e in run("Police dismantled a Spain-based criminal group.").entities
                if e.label == "Organisation" and e.named]


def test_arrests_in_towns_place_the_group_in_their_country():
    x = run("Police dismantled a drugs gang. Officers arrested six men in Leeds and Bradford, England.")
    places = {target for _, target in links(x, "OPERATES_IN")}
    assert "United Kingdom" in places and not places & {"Leeds", "Bradford"}


def test_a_total_of_drugs_sums_the_drugs_it_includes():
    x = run("The seized drugs weighing 730 kg drugs comprised 600 kg hashish and 130 kg ice.")
    assert {(e.properties["commodity"], e.properties["quantity_kg"]) for e in x.entities if e.label == "Shipment"} \
        == {("hashish", 600), ("methamphetamine", 130)}


def test_an_unnamed_weight_takes_the_nearest_named_drug_not_the_generic_word():
    x = run("The narcotics arrived by sea. The cocaine was unloaded at night. Police seized 312 kilograms in the "
            "east of the country.")
    assert one(x, "Shipment").properties["commodity"] == "cocaine"
    assert one(run("Police seized 3,000 kg of drugs at the port."), "Shipment").properties["commodity"] == "drugs"


def test_the_drugs_in_a_route_sentence_are_the_seized_load():
    x = run("Customs seized 55 kg of cocaine at Ringaskiddy. The drugs are believed to have been imported from "
            "Ecuador.")
    assert links(x, "ORIGINATED_IN") == {("55 kg cocaine", "Ecuador")}


def test_goods_seized_from_a_place_were_seized_there():
    x = run("Officers seized 3,000 kg of heroin from Mundra port in a raid.")
    assert links(x, "SEIZED_AT") and not links(x, "ORIGINATED_IN")


def test_a_nationality_inside_an_unlisted_agency_name_gives_its_country():
    x = run("The National Polish Police Investigation Centre and the Dutch Police worked together.")
    centre = next(e for e in x.entities if e.name == "National Polish Police Investigation Centre")
    assert centre.properties["country"] == "PL"


def test_a_mafia_originating_from_a_country_is_based_there():
    x = run("Police broke up the Dune Clan, a cocaine trafficking mafia originating from Montenegro.")
    assert ("Dune", "Montenegro") in links(x, "OPERATES_IN") and not links(x, "ORIGINATED_IN")


def test_a_mafias_clan_in_the_headline_is_the_clan_the_body_names_as_one_of_its_groups():
    x = run("Police arrest 40 in raids against Camorra clan\n\nCarabinieri arrested 40 people in raids across "
            "Naples against the Vellani clan, a Camorra group accused of running drug markets. The clan bought "
            "cocaine from brokers linked to the 'Ndrangheta.")
    assert links(x, "TARGETED") == {(one(x, "Operation").name, "Vellani")}


def test_where_a_headline_says_a_fugitive_was_caught_is_not_where_the_group_works():
    x = run("Police arrest broker for Vellani clan in Dubai\n\nA man suspected of brokering cocaine deals for the "
            "Vellani clan was arrested in Dubai on a Dutch warrant and extradited to the Netherlands.")
    assert not {place for _, place in links(x, "OPERATES_IN")} & {"Dubai", "United Arab Emirates"}


def test_a_countrys_possessive_before_a_named_group_is_its_home():
    x = run("Police seized 2 tonnes of cocaine in Guayaquil bound for Mexico's Vellano Cartel.")
    assert ("Vellano", "Mexico") in links(x, "OPERATES_IN")


def test_a_named_group_a_sentence_says_used_a_platform_used_it():
    x = run("Police arrested 28 users of Sky ECC. A member of the Vellani clan, who used Sky ECC to arrange "
            "shipments, was held in Dublin. A cell of the Dune Cartel that used the platform was also broken up.")
    assert links(x, "USED") >= {("Vellani", "Sky ECC"), ("Dune", "Sky ECC")}
    x = run("Police dismantled the Dune Cartel, whose members relied on Sky ECC. A member of the Vellani clan "
            "used a rented van to move the cocaine.")
    assert ("Vellani", "Sky ECC") not in links(x, "USED")


def test_a_place_right_after_a_named_group_is_where_that_group_is_active():
    x = run("Police seized 2 tonnes of cocaine in Antwerp. The gang also cooperated with the Los Lobos gang in "
            "Ecuador, which arranged the loading of the containers.")
    assert links(x, "OPERATES_IN") == {("Los Lobos", "Ecuador")}


def test_a_description_set_before_a_groups_name_is_that_group():
    x = run("Police seized 400 kg of cocaine in Santos. The drugs belonged to a Brazilian criminal "
            "organisation, the Dune Clan.")
    assert entities(x, "Organisation") == {"Dune"}
    assert links(x, "ATTRIBUTED_TO") == {("400 kg cocaine", "Dune")}


def test_a_transport_sentence_speaks_of_the_seizure_just_told():
    x = run("In March, police seized 23 rifles in Kordovia. In April, customs intercepted a container holding "
            "18 rifles and a silencer. The container, sent from Miami, was bound for Haiti.")
    destined = {source for source, target in links(x, "DESTINED_FOR") if target == "Haiti"}
    assert destined == {"18 × firearm", "1 × silencer"}


def test_a_year_before_a_count_is_not_the_count():
    x = run("Officers stopped a lorry in March 2024 carrying 26 rifles.")
    assert [e.properties["quantity"] for e in x.entities if e.label == "Shipment"] == [26]


def test_a_hedged_sentence_gives_less_sure_claims():
    plain = run("The Portville Police said the cartel used EncroChat phones.")
    hedged = run("The Portville Police said the cartel possibly used EncroChat phones.")
    sure = {r.type: r.confidence for r in plain.relations}
    unsure = {r.type: r.confidence for r in hedged.relations}
    assert "USED" in sure and unsure["USED"] == pytest.approx(sure["USED"] * 0.7)


@pytest.mark.parametrize("sentence", [
    "A seizure in France uncovered links between this criminal network and a cartel.",
    "The leader of this criminal network had avoided arrest in France.",
    "This criminal network is blamed for the murder of a rival in France.",
])
def test_the_place_of_one_event_is_not_where_the_group_works(sentence):
    opening = "Police in Spain dismantled a criminal network that smuggled cocaine. "
    worked_in = run(opening + "Investigators found that this criminal network stored cocaine in France.")
    assert {target for _, target in links(worked_in, "OPERATES_IN")} == {"France"}
    assert links(run(opening + sentence), "OPERATES_IN") == set()


@pytest.mark.parametrize("sentence, group", [
    ("Police in Mexico dismantled a cell of the Cartel del Poniente in Sonora.", "Cartel del Poniente"),
    ("Venezuelan officers were accused of working for the Cartel of the Herons.", "Cartel of the Herons"),
    ("The Clan de los Pinos smuggled cocaine through Panama.", "Clan de los Pinos"),
])
def test_a_group_word_then_of_and_a_name_is_a_named_group(sentence, group):
    x = run(sentence)
    assert group in entities(x, "Organisation")
    assert not any(group.split()[-1] in place for place in entities(x, "Region") | entities(x, "Location"))


def test_a_village_no_list_holds_is_a_place_where_goods_were_found():
    x = run("Police in Kordovia found 40 kg of heroin in a barn in the village of Dolnja Brezica.")
    assert "Dolnja Brezica" in entities(x, "Location")
    assert ("40 kg heroin", "Dolnja Brezica") in links(x, "SEIZED_AT")


@pytest.mark.parametrize("sentence", ["The Polish border patrol stopped a van near Cieszyn.",
                                      "Officers of the Polish border guard stopped a van near Cieszyn."])
def test_a_nationality_with_a_force_word_in_lower_case_names_the_national_body(sentence):
    x = run(sentence)
    assert entities(x, "Agency") == {"Polish Border Guard"}
    assert ("Polish Border Guard", "Poland") in links(x, "LOCATED_IN")


@pytest.mark.parametrize("case", ["in an unrelated case", "in a separate investigation", "in an earlier case"])
def test_a_seizure_of_another_case_is_a_shipment_but_no_result_of_this_operation(case):
    x = run("Spanish police seized 3 tonnes of hashish in Cadiz on Monday. "
            f"In March, officers seized 400 kg of cocaine in Valencia {case}.")
    assert {"3,000 kg hashish", "400 kg cocaine"} <= entities(x, "Shipment")
    assert {target for _, target in links(x, "RESULTED_IN")} == {"3,000 kg hashish"}
    assert ("400 kg cocaine", "Valencia") in links(x, "SEIZED_AT")


def test_goods_seized_then_said_smuggled_from_a_country_came_from_it():
    x = run("Border officers in Kordovia seized 50 kg of heroin smuggled from Myanmar on Tuesday.")
    assert links(x, "ORIGINATED_IN") == {("50 kg heroin", "Myanmar")}
    assert ("50 kg heroin", "Myanmar") not in links(x, "SEIZED_AT")


def test_goods_seized_from_a_port_were_seized_there():
    x = run("Officers seized 300 kg of cocaine from the port of Valencia on Tuesday.")
    assert ("300 kg cocaine", "Valencia") in links(x, "SEIZED_AT")


def test_goods_destined_for_one_place_and_found_at_another_were_seized_there():
    x = run("Police seized 1.2 tonnes of methamphetamine destined for Australia at Port Klang.")
    assert links(x, "DESTINED_FOR") == {("1,200 kg methamphetamine", "Australia")}
    assert ("1,200 kg methamphetamine", "Port Klang") in links(x, "SEIZED_AT")


def test_a_plural_name_after_a_member_word_is_a_gang_and_the_person_its_member():
    x = run("Police in Kordovia arrested Jan Novak, 41, of Portville, a member of the Latin Lords, on Monday.")
    assert "Latin Lords" in entities(x, "Organisation") and "Latin Lords" not in entities(x, "Person")
    assert ("Jan Novak", "Latin Lords") in links(x, "MEMBER_OF")


@pytest.mark.parametrize("sentence", ["Two members of the Carabinieri were injured in the raid.",
                                      "Members of the Special Forces supported the police raid.",
                                      "The head of the Philippines delegation spoke after the raid."])
def test_a_plural_body_of_officers_or_a_country_after_a_member_word_is_no_gang(sentence):
    assert entities(run(sentence), "Organisation") == set()


def test_a_listed_criminal_group_with_a_force_word_in_its_name_is_no_agency():
    # The Primeiro Comando da Capital is a Brazilian criminal organisation (public references list it).
    x = run("Federal police arrested the leader of the Primeiro Comando da Capital (PCC) in Rio de Janeiro.")
    assert "Primeiro Comando da Capital" in entities(x, "Organisation")
    assert not [a for a in entities(x, "Agency") if "Comando" in a]


@pytest.mark.parametrize("sentence, place", [
    ("The navy intercepted 900 kg of cocaine aboard a go-fast boat off the coast of Mombasa.", "Mombasa"),
    ("The navy seized 900 kg of cocaine aboard a semi-submersible off Sinaloa.", "Mexico"),
])
def test_goods_seized_off_a_place_are_placed_there_or_in_the_country_of_the_region(sentence, place):
    x = run(sentence + " Mexico and Kenya shared intelligence.")
    assert links(x, "SEIZED_AT") == {("900 kg cocaine", place)}


@pytest.mark.parametrize("sentence, place, country", [
    ("Canadian police seized 200 kg of cocaine in a lorry in Kingston.", "Kingston", "Canada"),
    ("Canadian police seized 200 kg of cocaine in a lorry in Georgetown.", "Georgetown", "Canada"),
])
def test_a_port_of_a_namesake_abroad_gives_way_to_the_town_where_the_document_is(sentence, place, country):
    x = run(sentence)
    assert (place, country) in links(x, "LOCATED_IN")
    assert len(entities(x, "Country")) == 1


def test_goods_from_a_country_found_in_a_port_were_seized_in_the_port():
    x = run("Customs found 1.2 tonnes of cocaine in a container of bananas from Ecuador in the port of Antwerp.")
    assert links(x, "ORIGINATED_IN") == {("1,200 kg cocaine", "Ecuador")}
    assert ("1,200 kg cocaine", "Antwerp") in links(x, "SEIZED_AT")


def test_a_stop_named_within_its_country_stays_on_the_route():
    x = run("Police seized 300 kg of cocaine shipped from Ecuador to Antwerp in Belgium.")
    assert links(x, "DESTINED_FOR") >= {("300 kg cocaine", "Antwerp")}
    assert ("300 kg cocaine", "Belgium") not in links(x, "SEIZED_AT")


def test_a_second_stop_named_within_its_country_is_a_stop_too():
    x = run("Police seized 2 tonnes of cocaine in Santos. The containers were declared for export to Antwerp "
            "in Belgium and Lisbon in Portugal.")
    assert links(x, "DESTINED_FOR") >= {("2,000 kg cocaine", "Antwerp"), ("2,000 kg cocaine", "Lisbon")}
    assert links(x, "SEIZED_AT") == {("2,000 kg cocaine", "Santos")}


def test_where_goods_were_to_be_sold_is_their_destination():
    x = run("Police seized 300 kg of heroin brought in from Laos. The men planned to distribute the drugs in "
            "Hanoi and Da Nang.")
    assert links(x, "DESTINED_FOR") == {("300 kg heroin", "Hanoi"), ("300 kg heroin", "Da Nang")}
    x = run("Police seized 300 kg of heroin brought in from Laos. The men had sold heroin in Hanoi before.")
    assert links(x, "DESTINED_FOR") == set()


def test_a_port_goods_were_to_be_transshipped_to_is_their_destination():
    x = run("Police seized 1.2 tonnes of cocaine at Tema. The container, which originated from Santos in Brazil, "
            "was to be transshipped to Rotterdam in the Netherlands.")
    assert links(x, "DESTINED_FOR") == {("1,200 kg cocaine", "Rotterdam"), ("1,200 kg cocaine", "Netherlands")}
    assert "Rotterdam" in entities(x, "Port")


@pytest.mark.parametrize("how", ["sent the drugs by van", "had the hashish moved by road", "carried the drugs on"])
def test_goods_sent_by_some_means_to_a_place_were_going_there(how):
    x = run(f"Police seized 4,300 kilos of hashish in Amposta. The gang stored fuel for its boats there and {how} "
            "to France.")
    assert links(x, "DESTINED_FOR") == {("4,300 kg hashish", "France")}


def test_a_place_goes_with_the_goods_named_last_before_it_where_each_has_its_own():
    seized = "Police seized 120 kg of cocaine and 600 kg of hashish in Vellin. "
    x = run(seized + "The clan bought cocaine from brokers in Colombia and hashish from suppliers in Morocco.")
    assert links(x, "ORIGINATED_IN") == {("120 kg cocaine", "Colombia"), ("600 kg hashish", "Morocco")}
    x = run(seized + "The clan brought the cocaine and the hashish from Morocco.")
    assert links(x, "ORIGINATED_IN") == {("120 kg cocaine", "Morocco"), ("600 kg hashish", "Morocco")}


def test_the_country_of_a_stop_no_list_holds_is_on_the_route_there():
    x = run("Police seized 500 kg of cocaine in Santos. The drugs had been shipped from Vellatown in Colombia.")
    assert links(x, "ORIGINATED_IN") == {("500 kg cocaine", "Colombia")}
    x = run("Police seized 500 kg of cocaine in Santos. The load was to be driven to Brindleton in Uruguay, "
            "where it would be transferred to a ship bound for Antwerp.")
    assert links(x, "TRANSITED_VIA") == {("500 kg cocaine", "Uruguay")}
    assert links(x, "DESTINED_FOR") == {("500 kg cocaine", "Antwerp")}
    # a body, not a town, before the country
    x = run("Police seized 500 kg of cocaine in Santos and handed the load to Customs in Brazil.")
    assert links(x, "DESTINED_FOR") == set()


def test_an_airport_no_list_holds_is_a_port_of_its_towns_country_and_the_seizure_place():
    x = run("Cocaine seized at Blantyre airport\n\nCustoms officers at Blantyre International Airport seized "
            "12 kilograms of cocaine.")
    airport = next(e for e in x.entities if e.name == "Blantyre International Airport")
    assert airport.label == "Port" and airport.properties["country"] == "MW"
    assert links(x, "SEIZED_AT") == {("12 kg cocaine", "Blantyre International Airport")}


def test_a_network_said_to_have_smuggled_is_the_group_the_operation_targeted():
    x = run("Operation Sandbar targeted a network that smuggled hashish from Morocco to Spain.")
    group = one(x, "Organisation").name
    assert group.startswith("unnamed network")
    assert links(x, "TARGETED") == {("Operation Sandbar", group)}
    assert (group, "Morocco") in links(x, "ORIGINATED_IN")


def test_a_network_of_people_who_did_nothing_criminal_is_no_group():
    assert entities(run("Police relied on a network that supported victims after the raids."), "Organisation") == set()


def test_the_name_a_gang_goes_by_names_the_group_the_release_is_about():
    x = run("Police dismantled a gang in Portville. The gang, known as the Grey Herons, used Sky ECC phones.")
    assert entities(x, "Organisation") == {"Grey Herons"}
    assert links(x, "USED") == {("Grey Herons", "Sky ECC")}


def test_fentanyl_precursors_of_the_un_tables_are_commodities_by_name():
    x = run("Officers seized 40 kg of NPP, 12 kilograms of 4-piperidone and 3 kg of 4-AP in a warehouse.")
    assert entities(x, "Shipment") == {"40 kg npp", "12 kg 4-piperidone", "3 kg 4-ap"}


def test_methamphetamine_and_ecstasy_precursors_of_the_red_list_are_commodities_by_name():
    x = run("Officers seized 500 kg of methylamine, 200 kg of piperonal and 90 kg of phenylacetic acid.")
    assert entities(x, "Shipment") == {"500 kg methylamine", "200 kg piperonal", "90 kg phenylacetic acid"}


def test_a_load_named_by_its_class_and_then_by_its_substance_is_one_shipment():
    x = run("Customs seized 800 kilograms of precursor chemicals at the port of Antwerp. Tests showed the load "
            "was 800 kilograms of safrole, bound for Poland.")
    assert entities(x, "Shipment") == {"800 kg safrole"}
    assert links(x, "SEIZED_AT") == {("800 kg safrole", "Antwerp")}
    two = run("Customs seized 800 kilograms of precursor chemicals and 80 kilograms of safrole in Antwerp.")
    assert entities(two, "Shipment") == {"800 kg drug precursors", "80 kg safrole"}


def test_a_named_container_terminal_is_the_port_of_the_seizure():
    x = run("Customs officers seized 300 kg of cocaine at the Vellin Container Terminals on Monday.")
    assert entities(x, "Port") == {"Vellin Container Terminals"}
    assert links(x, "SEIZED_AT") == {("300 kg cocaine", "Vellin Container Terminals")}


def test_two_kind_words_may_stand_between_a_groups_name_and_its_group_word():
    x = run("Police allege the syndicate had links with the Iron Wolves outlaw motorcycle gang.")
    assert "Iron Wolves" in entities(x, "Organisation")
    # in either case, and a headline's "bikie gang" only says what kind of gang it is
    capitals = run("Bikie gang members charged\n\nPolice charged four members of the Iron Wolves Outlaw "
                   "Motorcycle Gang over 17 kg of MDMA.")
    assert entities(capitals, "Organisation") == {"Iron Wolves"}
    # a name, then words that are no kind of group: the speaker is no group
    said = run("Detective Inspector Ann Vale said the syndicate imported 40 kg of cocaine.")
    assert not any(e.named for e in said.entities if e.label == "Organisation")
    # two nationalities joined by a hyphen describe a gang, they do not name it
    mixed = run("Police dismantled a Polish-Czech drug trafficking gang that made methamphetamine.")
    assert "Polish-Czech" not in entities(mixed, "Organisation")


def test_a_name_the_words_after_it_call_a_group_is_a_group_even_with_a_force_word_in_it():
    x = run("The pills were made by a network tied to the Northern Hills Army, an ethnic armed group. "
            "The Black Wolves, a criminal gang from the coast, moved 20 kg of cocaine.")
    assert {"Northern Hills Army", "Black Wolves"} <= entities(x, "Organisation")
    assert "Northern Hills Army" not in entities(x, "Agency")
    x = run("Police held John Doe, a cartel leader, and the Harbour Police Unit, a criminal group's target, spoke.")
    assert "John Doe" not in entities(x, "Organisation") and "Harbour Police Unit" in entities(x, "Agency")


def test_an_army_a_criminal_group_is_tied_to_is_an_armed_group_not_a_nations_army():
    x = run("Police dismantled a heroin network. The network was linked to the Northern Hills Army.")
    network = next(e.name for e in x.entities if e.label == "Organisation" and not e.named)
    assert links(x, "LINKED_TO") == {(network, "Northern Hills Army")} and entities(x, "Agency") == set()
    listed = run("The pills were traced to a network allied with the United Wa State Army.")
    assert "United Wa State Army" in entities(listed, "Organisation")
    national = run("Smugglers tied to the Bolivian Army were arrested.")
    assert entities(national, "Organisation") == set()


def test_the_clan_said_again_by_its_kind_works_with_the_groups_and_has_cells_where_the_sentence_says():
    x = run("Sorrel clan broken up\n\nPolice in Zagreb arrested nine members of the Sorrel clan. The clan, which had "
            "cells in Split and Rijeka and members in Austria, worked closely with the Ardvale Cartel.")
    assert links(x, "LINKED_TO") == {("Sorrel", "Ardvale")}
    assert {place for _, place in links(x, "OPERATES_IN")} == {"Split", "Rijeka", "Austria"}


def test_a_motorcycle_club_is_a_group_named_by_the_words_before_it():
    x = run("Detectives arrested the president of the Iron Wolves Motorcycle Club in Perth.")
    group = one(x, "Organisation")
    assert (group.name, group.aliases) == ("Iron Wolves", ["Iron Wolves Motorcycle Club"])


def test_a_headline_group_word_is_a_mention_of_the_named_group_not_another_name():
    x = run("Nine Charged in Plot Linked to Drug Cartel\n\nA jury charged nine people with selling cocaine supplied "
            "by the Gulf Cartel.")
    cartel = one(x, "Organisation")
    assert cartel.name == "Gulf Cartel" and "Drug Cartel" not in cartel.aliases
    assert any(m.text == "Drug Cartel" for m in cartel.mentions)


def test_a_splinter_cartel_is_a_group_of_its_own():
    x = run("Soldiers arrested a leader of the Cartel del Noreste in Nuevo Laredo.")
    assert entities(x, "Organisation") == {"Cartel del Noreste"}


def test_a_triad_linked_ring_is_the_ring_not_the_triads():
    x = run("Police smash triad-linked drug ring\n\nOfficers arrested 14 people and seized 80 kg of heroin. The ring "
            "was linked to the 14K triad.")
    groups = entities(x, "Organisation")
    assert "Triads" not in groups and "14K" in groups


def test_the_name_a_criminal_structure_goes_by_names_it():
    x = run("Marines seized 900 kg of cocaine that belonged to the criminal structure known as Los Vigias.")
    assert entities(x, "Organisation") == {"Los Vigias"}
    assert links(x, "ATTRIBUTED_TO") == {("900 kg cocaine", "Los Vigias")}


def test_a_group_named_only_as_anothers_kind_leaves_the_release_about_the_other():
    # "a Camorra group" says what kind of group the Varga clan is: the headline's ring is the clan
    x = run("Police hit clan's smuggling ring in dawn raids\n\nNaples, 5 March 2025 – Officers arrested 20 people "
            "suspected of belonging to the Varga clan, a Camorra group based in Caserta.")
    assert {o for _, o in links(x, "TARGETED")} == {"Varga"}
    assert not any(name.startswith("unnamed") for name in entities(x, "Organisation"))


def test_the_year_a_case_began_does_not_date_its_seizures_before_the_release():
    x = run("Naples, 5 March 2025 – Police arrested six men. The investigation, which began in 2021, led to the "
            "seizure of 800 kg of cocaine in Salerno.")
    assert {s for _, s in links(x, "RESULTED_IN")} == {"800 kg cocaine"}
    earlier = run("Naples, 5 March 2025 – Police arrested six men. Officers recalled that 800 kg of cocaine were "
                  "seized in Salerno in 2021.")
    assert links(earlier, "RESULTED_IN") == set()


def test_a_name_with_its_acronym_in_brackets_is_two_aliases():
    x = run("The Canada Border Services Agency (CBSA) seized 40 kg of cocaine in Montreal.")
    agency = one(x, "Agency")
    assert "CBSA" in agency.aliases and not any("(" in alias for alias in agency.aliases)


def test_an_agency_named_after_its_town_in_the_other_order_is_the_listed_one():
    x = run("Officers of the Public Prosecutor's Office of Frankfurt searched 12 flats.")
    office = one(x, "Agency")
    assert office.name == "Frankfurt Public Prosecutor's Office" and "Public Prosecutor's Office of Frankfurt" in office.aliases


def test_a_town_closing_an_agencys_name_gives_its_country():
    x = run("Swedish police in Stockholm and the Drug Squad of Tampere arrested three men in Stockholm.")
    squad = next(e for e in x.entities if e.name == "Drug Squad of Tampere")
    assert squad.properties["country"] == "FI"


def test_a_unit_set_off_by_commas_after_its_body_is_part_of_it_but_not_a_listed_agency():
    x = run("Officers of the Directorate of Revenue Intelligence (DRI), Pune Regional Unit, stopped a courier.")
    assert links(x, "PART_OF") == {("Pune Regional Unit", "Directorate of Revenue Intelligence")}
    y = run("Officers of the Directorate of Revenue Intelligence, the Pune Regional Unit and the police raided a flat.")
    assert links(y, "PART_OF") == set()


def test_a_unit_named_again_without_its_parent_is_the_same_unit():
    x = run("The Anti-Drug Unit of the Royal Malaysia Police arrested two men in Penang. Officers of the "
            "Anti-Drug Unit seized 30 kg of heroin.")
    units = [e for e in x.entities if e.name == "Anti-Drug Unit"]
    assert len(units) == 1 and len(units[0].mentions) == 2
    assert links(x, "PART_OF") == {("Anti-Drug Unit", "Royal Malaysia Police")}


def test_a_unit_named_after_its_agencys_acronym_is_part_of_it_and_the_parent_did_not_act():
    x = run("The DEA Special Operations Division led the raids in which 12 men were arrested.")
    unit, parent = "DEA Special Operations Division", "Drug Enforcement Administration"
    assert links(x, "PART_OF") == {(unit, parent)}
    acted = {agency for agency, _ in links(x, "PARTICIPATED_IN")}
    assert unit in acted and parent not in acted
    assert (unit, "United States") in links(x, "LOCATED_IN")


def test_a_parent_that_acts_itself_takes_part():
    x = run("The DEA Special Operations Division and the DEA arrested 12 men in raids.")
    assert "Drug Enforcement Administration" in {agency for agency, _ in links(x, "PARTICIPATED_IN")}


@pytest.mark.parametrize("sentence, unit, parent", [
    ("Officers of the CBSA Intelligence Section arrested two men in Montreal.", "CBSA Intelligence Section",
     "Canada Border Services Agency"),
    ("The Narcotics Branch of the Kordovian Police arrested two men.", "Narcotics Branch", "Kordovian Police"),
])
def test_sections_branches_and_desks_are_units(sentence, unit, parent):
    assert (unit, parent) in links(run(sentence), "PART_OF")


@pytest.mark.parametrize("sentence, group, home", [
    ("Police in Italy arrested 20 members of the Sicilian Cosa Nostra.", "Cosa Nostra", {"Italy"}),
    ("Police in Albania said the Albanian Kompania Vela clan moved cocaine to Spain.", "Kompania Vela",
     {"Albania"}),
])
def test_a_nationality_before_a_named_group_says_where_it_is_at_home(sentence, group, home):
    x = run(sentence)
    assert group in entities(x, "Organisation")
    assert {place for g, place in links(x, "OPERATES_IN") if g == group} == home


def test_a_branch_before_a_title_word_is_part_of_the_title_not_of_the_agency():
    x = run("Jane Roe, Drug Enforcement Administration Branch Commander, said 12 men were arrested.")
    assert entities(x, "Agency") == {"Drug Enforcement Administration"}
    assert links(x, "MEMBER_OF") == {("Jane Roe", "Drug Enforcement Administration")}


def test_a_release_that_names_one_group_only_is_about_it():
    x = run("A Kordovian national was sentenced today for coordinating shipments of 900 kilograms of cocaine "
            "from Colombia to Mexico for the Sinaloa Cartel.")
    assert links(x, "ATTRIBUTED_TO") == {("900 kg cocaine", "Sinaloa Cartel")}


def test_a_towns_prosecutors_are_its_public_prosecutors_office():
    x = run("Ghent prosecutors and Belgian police said 40 people were arrested. Ghent prosecutor Jane Roe "
            "said the inquiry goes on.")
    office = "Ghent Public Prosecutor's Office"
    assert office in entities(x, "Agency")
    assert (office, "Belgium") in links(x, "LOCATED_IN")
    assert ("Jane Roe", office) in links(x, "MEMBER_OF")
    assert entities(run("The prosecutors said nothing more."), "Agency") == set()


@pytest.mark.parametrize("sentence", [
    "The raid was ordered by the Ghent public prosecutor's office.",
    "The Ghent prosecutor's office said 40 people were arrested.",
])
def test_a_towns_prosecutors_office_written_in_lower_case_is_that_office(sentence):
    assert entities(run(sentence), "Agency") == {"Ghent Public Prosecutor's Office"}


def test_a_town_named_like_a_word_is_a_place_when_its_country_follows():
    x = run("Officers seized 15 rifles in a garage in Split, Croatia. The men planned to split the profits.")
    assert entities(x, "Location") | entities(x, "Port") == {"Split"}   # a port where goods are seized
    assert links(x, "SEIZED_AT") == {("15 × firearm", "Split")}


def test_a_town_named_like_a_word_is_a_place_when_listed_with_towns_of_its_country():
    x = run("Police raided homes in Toulon and Nice. Nice work, the chief told the officers.")
    assert entities(x, "Location") == {"Toulon", "Nice"}
    nice = [e for e in x.entities if e.name == "Nice"][0]
    assert len(nice.mentions) == 1   # the praise is no place


def test_a_persons_surname_that_is_also_a_town_does_not_place_the_document():
    # "Lee" is also a small English town: it must not pull Perth to Scotland.
    x = run("Commander Mark Lee said 2 tonnes of methamphetamine were seized in Perth.")
    assert {country for place, country in links(x, "LOCATED_IN") if place == "Perth"} == {"Australia"}


@pytest.mark.parametrize("title", ["Det Supt", "Ch Insp", "Capt.", "Det. Sgt"])
def test_an_abbreviated_rank_is_a_title_not_part_of_the_name(title):
    x = run(f"{title} Jane Roe, of the Kordovian Police, said officers seized 40 kg of cocaine.")
    assert entities(x, "Person") == {"Jane Roe"}


def test_a_river_named_before_its_head_word_is_a_place_goods_were_seized_near():
    x = run("Police seized 300 kg of heroin from a boat near the Kordova River.")
    assert "Kordova River" in entities(x, "Location")
    assert links(x, "SEIZED_AT") == {("300 kg heroin", "Kordova River")}


def test_thai_police_is_the_national_police_not_the_drug_board():
    # The Royal Thai Police is Thailand's national police; the ONCB is a drug control office.
    assert entities(run("The Thai police arrested five men in Bangkok."), "Agency") == {"Royal Thai Police"}


def test_countries_named_among_those_whose_police_took_part_took_part():
    x = run("Europol coordinated the operation, which involved police from 12 countries including Spain, "
            "Italy and Germany.")
    assert {country for country, _ in links(x, "PARTICIPATED_IN")} >= {"Spain", "Italy", "Germany"}


def test_a_syndicate_is_a_group_without_a_word_saying_it_is_criminal():
    x = run("Police arrested two travellers at the airport. Officials said the pair worked as couriers for a "
            "syndicate based in Laos, which recruits travellers online.")
    group = one(x, "Organisation")
    assert not group.named and ("unnamed syndicate" in group.name)
    assert (group.name, "Laos") in links(x, "OPERATES_IN")


def test_goods_bought_in_a_country_came_from_it():
    x = run("Police in Sweden seized 12 pistols. The weapons were bought in Serbia and smuggled through Hungary.")
    assert ("12 × firearm", "Serbia") in links(x, "ORIGINATED_IN")
    assert ("12 × firearm", "Hungary") in links(x, "TRANSITED_VIA")


def test_a_seizure_of_a_separate_operation_is_not_a_result_of_the_reported_one():
    x = run("Operation Kestrel: police in Greece seized 40 kg of heroin in Patras. "
            "In a separate operation, officers seized 300 kg of cannabis in Larissa.")
    results = {target for _, target in links(x, "RESULTED_IN")}
    assert "40 kg heroin" in results and "300 kg cannabis" not in results
    assert ("300 kg cannabis", "Lárisa") in links(x, "SEIZED_AT")  # GeoNames spells it so


def test_a_courier_due_to_continue_to_a_city_was_taking_the_goods_there():
    x = run("Customs officers in Vienna seized 6 kg of cocaine carried by a passenger who was due to continue to "
            "Warsaw.")
    assert ("6 kg cocaine", "Warsaw") in links(x, "DESTINED_FOR")


def test_the_town_after_a_named_airport_is_where_it_lies_not_a_second_seizure_place():
    x = run("Officers seized 9 kg of heroin at the Kotoka International Airport, Accra, on Monday.")
    assert links(x, "SEIZED_AT") == {("9 kg heroin", "Kotoka International Airport")}
    assert "Accra" in entities(x, "Location")
    assert ("Kotoka International Airport", "Accra") in links(x, "LOCATED_IN")


def test_a_listed_city_holds_the_words_of_a_lake_inside_its_name():
    x = run("Officers seized 7 kg of heroin in Salt Lake City on Friday.")
    assert "Salt Lake City" in entities(x, "Location") and "Lake City" not in entities(x, "Location")


def test_an_operation_named_in_a_long_sentence_of_agency_names_is_found_without_its_verb():
    x = run("The case, known as Operation Copper Gate, was led by the Federal Bureau of Investigation Boston Field "
            "Office and Homeland Security Investigations, with help from the Maine State Police and the "
            "Portland Police Department.")
    operation = one(x, "Operation")
    assert operation.name == "Operation Copper Gate"
    assert not any("known as" in alias for alias in operation.aliases)


def test_a_state_opening_an_agencys_name_gives_its_country_not_a_town_abroad_of_that_name():
    x = run("Cocaine from Mexico was seized by the Arizona Department of Public Safety.")
    agency = next(e for e in x.entities if e.name == "Arizona Department of Public Safety")
    assert agency.properties["country"] == "US"


def test_a_city_police_department_is_no_unit_of_a_federal_agency():
    x = run("The Drug Enforcement Administration led the inquiry with the Dallas Police Department.")
    assert links(x, "PART_OF") == set()


def test_fugitives_believed_to_be_abroad_put_neither_the_group_nor_that_country_in_the_case():
    x = run("Operation Lantern targeted the Gulf Clan. Ten members were arrested in Bogotá; two remain fugitives "
            "believed to be in Venezuela.")
    assert ("Venezuela", "Operation Lantern") not in links(x, "PARTICIPATED_IN")
    assert ("Gulf Clan", "Venezuela") not in links(x, "OPERATES_IN")


def test_the_court_that_hears_the_case_is_not_where_the_group_works():
    x = run("A grand jury in the District of Oregon indicted nine members of the Sinaloa Cartel.")
    assert not any(group == "Sinaloa Cartel" and place == "Oregon" for group, place in links(x, "OPERATES_IN"))


def test_a_route_over_a_border_crossing_and_on_to_towns_given_with_their_states():
    x = run("Agents seized 40 kg of methamphetamine and 3 rifles. The gang moved methamphetamine from Culiacán "
            "across the border at Calexico and on to safe houses in Fresno. From there, couriers drove the "
            "drugs to buyers in Reno, Nevada, and Boise, Idaho.")
    assert ("40 kg methamphetamine", "Calexico") in links(x, "TRANSITED_VIA")
    destinations = {place for ship, place in links(x, "DESTINED_FOR") if ship == "40 kg methamphetamine"}
    assert destinations == {"Fresno", "Reno", "Boise"}
    assert not any(ship == "3 × firearm" for ship, _ in links(x, "DESTINED_FOR"))  # "the drugs" are not the guns


def test_a_landmark_near_the_seizure_place_is_not_a_second_place():
    x = run("Police seized 800 kg of cocaine in a warehouse in Machala, near Guayaquil.")
    assert links(x, "SEIZED_AT") == {("800 kg cocaine", "Machala")}


def test_a_criminal_structure_is_a_group_and_the_gang_it_is_linked_to_another():
    x = run("Police dismantled a criminal structure that moved cocaine through Manta. The structure, linked to "
            "the Los Choneros gang, bribed port workers.")
    unnamed = next(e.name for e in x.entities if e.label == "Organisation" and not e.named)
    assert (unnamed, "Los Choneros") in links(x, "LINKED_TO")


def test_a_finding_is_no_seizure_and_goods_sold_to_buyers_in_a_town_went_there():
    x = run("The gang supplied 60 kg of cocaine in 2021. Detectives found that the leader bought the cocaine "
            "from suppliers in Leeds and sold it to dealers in Hull and York.")
    assert links(x, "SEIZED_AT") == set()
    assert {place for _, place in links(x, "DESTINED_FOR")} == {"Kingston upon Hull", "York"}
    assert ("60 kg cocaine", "Leeds") in links(x, "ORIGINATED_IN")


def test_a_yearly_figure_set_against_the_year_before_is_a_statistic():
    x = run("Customs seized 95 tonnes of cocaine in the country last year, up from 70 tonnes the year before. "
            "In June, officers found 2 tonnes of cocaine in a container.")
    assert {e.name for e in x.entities if e.label == "Shipment"} == {"2,000 kg cocaine"}


def test_goods_found_by_officers_in_a_town_were_found_there_when_no_other_place_is_given():
    x = run("In March, customs officers in Hamburg found 4 tonnes of cocaine in a container of coffee.")
    assert links(x, "SEIZED_AT") == {("4,000 kg cocaine", "Hamburg")}
    x = run("Police in Lyon seized 12 kg of heroin at a motorway toll in Grenoble.")
    assert ("12 kg heroin", "Lyon") not in links(x, "SEIZED_AT")


def test_a_sentence_naming_one_drug_of_a_seizure_speaks_of_that_drug_only():
    x = run("Officers seized 80 kg of cannabis and 3 kg of heroin in Pune. The cannabis came in a truck from "
            "Nashik.")
    assert links(x, "ORIGINATED_IN") == {("80 kg cannabis", "Nashik")}
    x = run("Officers seized 3 kg of heroin sourced from Manipur.")
    assert links(x, "ORIGINATED_IN") == {("3 kg heroin", "Manipur")}


def test_a_town_given_with_its_province_is_that_town_and_its_police_is_that_countrys():
    x = run("Surrey, British Columbia — The Surrey Police Service seized 5 kg of fentanyl in a raid.")
    town = next(e for e in x.entities if e.name == "Surrey")
    assert town.label == "Location" and town.properties["country"] == "CA"
    police = next(e for e in x.entities if e.name == "Surrey Police Service")
    assert police.properties["country"] == "CA"


def test_a_national_body_with_offices_abroad_is_itself_in_a_foreign_release():
    x = run("The Guardia di Finanza seized cocaine in Milan with the support of the Drug Enforcement Administration.")
    dea = next(e for e in x.entities if e.name == "Drug Enforcement Administration")
    assert dea.properties["country"] == "US"
    # a name that only describes a force is still the force of the country the release is about
    x = run("In Montenegro, officers of the Criminal Police Directorate seized 40 kg of cannabis in Bar.")
    directorate = next(e for e in x.entities if e.name.startswith("Criminal Police Directorate"))
    assert directorate.properties["country"] == "ME"


def test_goods_to_be_collected_and_distributed_somewhere_were_headed_there_not_seized_there():
    x = run("Customs seized 900 kg of cocaine at the port of Livorno. The cocaine was to be recovered by dock "
            "workers and distributed in Tuscany and Austria.")
    assert links(x, "SEIZED_AT") == {("900 kg cocaine", "Livorno")}
    assert {place for _, place in links(x, "DESTINED_FOR")} == {"Tuscany", "Austria"}
    x = run("Customs found 300 kg of MDMA in a lorry at a distribution centre in Venlo.")
    assert links(x, "SEIZED_AT") == {("300 kg mdma", "Venlo")} and not links(x, "DESTINED_FOR")


def test_a_network_that_brought_goods_is_the_group_the_release_is_about():
    x = run("Gendarmes dismantled a network that brought cannabis resin from Spain to Marseille.")
    assert any(e.label == "Organisation" and not e.named for e in x.entities)


def test_a_suspect_named_by_first_name_and_initial_with_an_age_is_a_person():
    x = run("Police arrested Karim B., 34, and Lena M. (27) in Nantes.")
    assert {"Karim B.", "Lena M."} <= entities(x, "Person")
    assert not entities(run("Plan B. was approved in Nantes."), "Person")


def test_goods_loaded_onto_a_boat_somewhere_and_carried_across_a_strait():
    x = run("The Navy seized 60 kg of methamphetamine. The drugs were loaded onto a speedboat in Thailand and "
            "carried across the Andaman Sea before officers intercepted the boat off Phuket.")
    assert ("60 kg methamphetamine", "Thailand") in links(x, "ORIGINATED_IN")
    assert ("60 kg methamphetamine", "Thailand") not in links(x, "SEIZED_AT")
    assert ("60 kg methamphetamine", "Andaman Sea") in links(x, "TRANSITED_VIA")


def test_precursors_of_a_drug_are_precursors_and_the_chemicals_are_them():
    x = run("Customs seized 2 tonnes of amphetamine precursors at the port of Koper. The chemicals had been "
            "shipped from India and were destined for laboratories in Austria.")
    assert entities(x, "Shipment") == {"2,000 kg drug precursors"}
    assert ("2,000 kg drug precursors", "India") in links(x, "ORIGINATED_IN")
    assert ("2,000 kg drug precursors", "Austria") in links(x, "DESTINED_FOR")


def test_a_special_agent_in_charge_is_an_official():
    x = run('"This was a long case," said Special Agent in Charge Dana Whitlow of the FBI.')
    assert "Dana Whitlow" in entities(x, "Person")
    assert ("Dana Whitlow", "Federal Bureau of Investigation") in links(x, "MEMBER_OF")


def test_what_a_sentence_says_of_the_cocaine_is_not_said_of_the_guns_seized_with_it():
    x = run("Police seized 500 kg of cocaine and 4 pistols on a yacht off Malta. The cocaine had come on a "
            "cargo ship from Brazil.")
    assert links(x, "ORIGINATED_IN") == {("500 kg cocaine", "Brazil")}


def test_what_a_sentence_says_of_the_weapons_it_says_of_every_rifle_grenade_and_round():
    x = run("Police seized 12 rifles, 3 grenades and 900 rounds of ammunition in Graz. The weapons had been "
            "bought in Serbia.")
    assert {ship for ship, _ in links(x, "ORIGINATED_IN")} == {"12 × firearm", "3 × grenade", "900 × ammunition"}


def test_the_place_a_seizing_unit_comes_from_is_not_where_the_goods_came_from():
    x = run("Officers of the Narcotics Bureau from Mombasa seized 30 kg of heroin at the airport.")
    assert not links(x, "ORIGINATED_IN")


def test_goods_seized_in_international_waters_of_a_sea_were_seized_at_that_sea():
    x = run("The Coast Guard seized 4,000 kg of cocaine in international waters of the Caribbean Sea.")
    assert links(x, "SEIZED_AT") == {("4,000 kg cocaine", "Caribbean Sea")}


def test_a_police_units_capitalised_name_is_no_criminal_group():
    x = run("Officers from the force's Serious and Organised Crime Group raided a farm in Kent and seized "
            "900 cannabis plants.")
    assert not any(e.label == "Organisation" for e in x.entities)
    assert any(e.label == "Organisation" for e in run("Police dismantled an organised crime group in Kent.").entities)


def test_a_police_delegate_is_a_title():
    x = run('"He managed the money," said Federal Police delegate Rui Matos.')
    assert "Rui Matos" in entities(x, "Person")


def test_a_family_name_with_an_arabic_particle_counts_as_a_name_word():
    x = run("The alleged leader, Yusuf al-Hakim, was detained in Doha.")
    assert "Yusuf al-Hakim" in entities(x, "Person")


def test_a_unit_named_after_a_bodys_possessive_is_part_of_that_body_which_did_not_act():
    x = run("The Royal Malaysia Police's Narcotics Crime Investigation Department seized 200 kg of cannabis "
            "in Johor Bahru.")
    assert links(x, "PART_OF") == {("Narcotics Crime Investigation Department", "Royal Malaysia Police")}
    assert {agency for agency, _ in links(x, "PARTICIPATED_IN") if agency != "Malaysia"} == \
        {"Narcotics Crime Investigation Department"}


def test_an_acronym_another_country_lists_is_not_that_countrys_body_when_the_name_says_whose_it_is():
    x = run("Officers of the Philippine National Police (PNP) seized 20 kg of shabu in Cebu.")
    police = one(x, "Agency")
    assert police.name == "Philippine National Police" and police.properties["country"] == "PH"


def test_where_the_arrested_workers_are_from_is_not_where_the_goods_came_from():
    x = run("Customs found 900 kg of cocaine in a container from Ecuador at the port of Antwerp. Police arrested "
            "two dock workers, aged 30 and 41, from Ghent and Mechelen on suspicion of trying to retrieve the drugs.")
    assert {place for _, place in links(x, "ORIGINATED_IN")} == {"Ecuador"}


def test_a_group_the_target_cooperated_with_is_another_group_linked_to_it():
    x = run("Police dismantled a criminal network that imported cocaine through Hamburg. The network cooperated "
            "closely with a Polish criminal organisation that collected the drugs at the port.")
    groups = {e.id: e.name for e in x.entities if e.label == "Organisation"}
    assert len(groups) == 2
    assert len(links(x, "LINKED_TO")) == 1


def test_a_cartel_described_by_a_region_is_unnamed():
    x = run("Police arrested members of a Perth-based syndicate with links to a West African cartel.")
    assert not any(e.named for e in x.entities if e.label == "Organisation")
    assert len(links(x, "LINKED_TO")) == 1


def test_an_organisation_said_to_be_led_by_someone_is_the_group_of_the_release():
    x = run("Police raided a warehouse in Tilburg and seized 90 kg of cocaine. The organisation, led by a "
            "former lorry driver, communicated via Sky ECC.")
    group = one(x, "Organisation")
    assert not group.named
    assert links(x, "USED") == {(group.name, "Sky ECC")}
    x = run("The operation, led by the Federal Police, seized 90 kg of cocaine in Tilburg.")
    assert entities(x, "Organisation") == set()


def test_a_courtesy_title_names_a_person_without_making_them_an_official():
    x = run("At the airport, customs officers stopped a passenger, Mrs Lina Okafor, who carried 2 kg of cocaine.")
    person = one(x, "Person")
    assert person.name == "Lina Okafor" and person.properties["role"] == "suspect"
    assert links(x, "MEMBER_OF") == set()


def test_abbreviated_ranks_do_not_end_the_sentence_that_ties_an_official_to_the_agency():
    from graph_intel.extraction.text import sentences
    assert len(sentences("Maj. Gen. Ana Lind and Brig. Tom Roe (Rtd) met Capt. Jo Kent. Prof. Lee spoke.")) == 2
    # The acronym the first sentence defines names the agency in the second.
    x = run("The Narcotics Control Bureau (NCB) seized 40 kg of heroin. NCB Director Brig. Gen. Oduya Kamau "
            "(Rtd) praised the officers.")
    assert links(x, "MEMBER_OF") == {("Oduya Kamau", "Narcotics Control Bureau")}


def test_a_body_named_in_the_possessive_owns_the_unit_after_it():
    x = run("Divers of the Harbour Police Service's Maritime Interdiction Team (MIT) found 30 kg of cocaine.")
    assert links(x, "PART_OF") == {("Maritime Interdiction Team", "Harbour Police Service")}
    # ("Maritime" is a word here, not the province of Togo that bears the name)
    assert entities(x, "Country") == set()
    # An office named after its holder's title is one body.
    x = run("The Solicitor General's Office charged two men with importing 40 kg of heroin.")
    assert entities(x, "Agency") == {"Solicitor General's Office"}
    # A unit named in lower case after the possessive ("provincial command") leaves the owner alone.
    x = run("Officers of the Guardia di Sorvella's Portville provincial command found 30 kg of cocaine.")
    assert entities(x, "Agency") == {"Guardia di Sorvella"}
    # A plural owner's possessive; the unit works in its owner's country.
    x = run("Detectives of the Kenyan Directorate of Harbour Investigations' Drugs Unit found 30 kg of heroin.")
    assert links(x, "PART_OF") == {("Drugs Unit", "Kenyan Directorate of Harbour Investigations")}
    assert ("Drugs Unit", "Kenya") in links(x, "LOCATED_IN")


def test_the_group_the_cargo_belonged_to_is_the_release_group():
    x = run("Coastguards stopped a speedboat with 800 kg of cocaine. Investigators said the cargo belonged to "
            "the Ardvale Cartel and would be sold to members of the Sorrel Clan.")
    assert links(x, "ATTRIBUTED_TO") == {("800 kg cocaine", "Ardvale")}
    assert links(x, "LINKED_TO") == {("Ardvale", "Sorrel")}


@pytest.mark.parametrize("sentence, place", [
    ("Dutch customs officers found 300 kg of cocaine hidden in a crane shipped from Peru to Rotterdam.",
     {"Rotterdam"}),
    # found by another country's police: where it was bound is not where it was found
    ("Spanish police found 300 kg of cocaine hidden in a crane shipped from Peru to Rotterdam.", set()),
])
def test_goods_found_by_the_authorities_of_the_place_they_were_shipped_to_were_found_there(sentence, place):
    assert {p for _, p in links(run(sentence), "SEIZED_AT")} == place


def test_a_place_no_list_holds_takes_the_country_named_after_it():
    x = run("Kenyan police in Mombasa said the dhow had sailed from the Orla coast of Pakistan with 200 kg of "
            "heroin. The Kenyan crew were arrested.")
    assert links(x, "LOCATED_IN") >= {("Orla", "Pakistan")}
    assert ("Orla", "Kenya") not in links(x, "LOCATED_IN")


def test_a_port_name_glued_to_a_longer_name_abroad_is_no_port_of_its_own():
    # "Freeport" is a port of the Bahamas; nothing else in the text is about the Bahamas
    x = run("Manila police said the shabu had arrived in Kalayaan Bay Freeport from Myanmar.")
    assert "Bahamas" not in entities(x, "Country") and "Freeport" not in {a for e in x.entities for a in e.aliases}


def test_a_joint_group_and_a_commission_are_agencies_and_the_group_includes_its_members():
    x = run("The case was run by the Harbour Joint Organised Crime Group, which includes the Kordova Police "
            "Force and the Kordova Crime Commission.")
    assert entities(x, "Organisation") == set()
    assert links(x, "PART_OF") == {("Harbour Joint Organised Crime Group", "Kordova Police Force"),
                                   ("Harbour Joint Organised Crime Group", "Kordova Crime Commission")}


def test_a_network_that_launders_for_a_named_group_is_linked_to_it_and_its_cash_has_no_route():
    x = run("Police dismantled a criminal network that laundered EUR 9 million in drug proceeds for the "
            "Ardvale Cartel. The network used shell companies to move cash from Italy to Spain.")
    group = next(e for e in x.entities if e.label == "Organisation" and not e.named)
    assert links(x, "LINKED_TO") == {(group.name, "Ardvale")}
    assert links(x, "ORIGINATED_IN") == set() and links(x, "DESTINED_FOR") == set()
    mirror = run("Police dismantled a network that trafficked cocaine and sent the value to Colombia through "
                 "mirror transactions in Panama.")
    assert links(mirror, "TRANSITED_VIA") == set()


@pytest.mark.parametrize("sentence, place", [
    ("Police raided a lab in a farmhouse near Oakdene-Vale and arrested three men.", {"Oakdene-Vale"}),
    ("Officers searched a warehouse outside Vellinghem, where they found 40 kg of cocaine.", {"Vellinghem"}),
    # a name that goes on is no place of this pattern's ("a house in Tom Lee's name")
    ("Officers searched a house in Tom Lee's name.", set()),
])
def test_the_name_after_a_building_near_or_in_is_a_place(sentence, place):
    assert entities(run(sentence), "Location") == place


def test_a_province_with_a_short_name_is_named_only_with_its_kind():
    # Edo and Ondo are states of Nigeria (ISO 3166-2:NG); "Edo" alone is no place
    x = run("Officers raided a farm in Edo State and a warehouse in Ondo State.")
    assert entities(x, "Region") == {"Edo", "Ondo"}
    assert entities(run("The Edo period ended long ago."), "Region") == set()


def test_a_record_seizure_made_in_a_country_says_nothing_of_where_the_goods_came_from():
    x = run("Kordovan police seized 3 tonnes of cocaine at the port of Sines, the largest seizure ever made in "
            "Portugal.")
    assert links(x, "ORIGINATED_IN") == set()


def test_the_authorities_of_a_yearly_total_took_no_part_in_the_operation():
    x = run("Police seized 500 kg of cocaine at the port of Sines. Authorities in Belgium and Spain seized "
            "a combined 90 tonnes last year, down from 110 tonnes in 2024.")
    assert not {c for c, _ in links(x, "PARTICIPATED_IN")} & {"Belgium", "Spain"}


def test_a_state_named_like_a_country_after_one_of_its_towns_is_the_state():
    x = run("Agents arrested Ana Lind, 34, of Lawrenceville, Georgia, and seized 5 kg of fentanyl.")
    assert "Georgia" not in entities(x, "Country") and "United States" in entities(x, "Country")
    assert any(name.startswith("Georgia") for name in entities(x, "Region"))
    x = run("Police in Tbilisi, Georgia seized 20 kg of heroin.")
    assert "Georgia" in entities(x, "Country")



def test_a_state_named_like_a_country_in_a_list_of_the_release_countrys_states_is_the_state():
    x = run("ATLANTA - U.S. agents and the Georgia Bureau of Investigation seized 5 kg of fentanyl from a ring "
            "that sold methamphetamine across north Georgia and southeast Tennessee.")
    assert "Georgia" not in entities(x, "Country")
    bureau = next(e for e in x.entities if e.name == "Georgia Bureau of Investigation")
    assert bureau.properties["country"] == "US"
    x = run("Police in Tbilisi seized 20 kg of heroin bound for Georgia and Armenia.")
    assert "Georgia" in entities(x, "Country")


@pytest.mark.parametrize("boat", ["speedboat", "go-fast boat", "dhow", "fishing trawler", "narco-boat"])
def test_where_the_boat_sailed_from_and_to_is_the_route_of_its_load(boat):
    x = run(f"The navy seized 900 kg of cocaine at sea. The {boat} had departed from Colombia and was heading "
            f"to Jamaica.")
    assert links(x, "ORIGINATED_IN") == {("900 kg cocaine", "Colombia")}
    assert links(x, "DESTINED_FOR") == {("900 kg cocaine", "Jamaica")}


def test_the_dateline_settles_the_country_of_a_release_that_names_others_as_often():
    text = ("Bureau seizes heroin\n\nNew Delhi, 4 May 2026 – The Harbour Narcotics Bureau seized 40 kg of heroin "
            "in Mumbai and Pune that had come from Afghanistan.")
    bureau = one(run(text), "Agency")
    assert bureau.properties.get("country") == "IN"
    # without a dateline, India is named no more often than Afghanistan: no country is assumed
    bureau = one(run(text.replace("New Delhi, 4 May 2026 – ", "")), "Agency")
    assert bureau.properties.get("country") is None


def test_the_dateline_sets_a_release_in_its_country_named_less_often_than_another():
    text = ("Vietnamese police seize heroin from Laos\n\nHANOI – Police seized 300 kg of heroin brought in from "
            "Laos. The drugs had been packed in Laos and driven across the border from Laos, the Interior "
            "Ministry said.")
    assert ("Interior Ministry", "Vietnam") in links(run(text), "LOCATED_IN")
    # a dateline town whose country the text never names does not outweigh the country it names
    assert ("Interior Ministry", "Laos") in links(run(text.replace("Vietnamese police", "Police")), "LOCATED_IN")


def test_a_dateline_town_sets_a_release_that_names_no_country():
    # Towns of several countries are called Paris; the most populous is France's capital.
    x = run("Lorry load stopped\n\nPARIS — Customs officers seized two tonnes of cannabis resin hidden in a "
            "lorry. The driver was handed over to the Harbour Customs Brigade.")
    agencies = {e.name: e.properties.get("country") for e in x.entities if e.label == "Agency"}
    assert agencies.get("Harbour Customs Brigade") == "FR"
    assert "FR" in agencies.values() and len(agencies) == 2  # the sentence-opening "Customs": France's


def test_a_town_of_the_releases_country_is_not_a_foreign_county_of_the_same_name():
    # Surrey is an English county and a town of British Columbia
    text = ("The Canada Border Services Agency and the Royal Canadian Mounted Police seized 40 kg of cocaine "
            "in Canada. Two men were arrested in Surrey.")
    surrey = next(e for e in run(text).entities if e.name == "Surrey")
    assert (surrey.label, surrey.properties.get("country")) == ("Location", "CA")
    english = next(e for e in run(text.replace("Canada Border Services Agency and the Royal Canadian Mounted "
                                               "Police", "National Crime Agency").replace("Canada", "England"))
                   .entities if e.name == "Surrey")
    assert english.label == "Region"


def test_a_dateline_port_town_is_where_the_release_was_issued_not_a_port():
    x = run("Cutter offloads cocaine\n\nMIAMI — The crew of a cutter offloaded 900 kg of cocaine at Port Everglades.")
    assert entities(x, "Location") == {"Miami"} and entities(x, "Port") == {"Port Everglades"}
    x = run("Cutter offloads cocaine\n\nMIAMI — The crew offloaded 900 kg of cocaine at the Port of Miami.")
    assert entities(x, "Port") == {"Miami"} and entities(x, "Location") == set()


def test_a_port_town_goods_were_shipped_to_is_a_port():
    x = run("Police seized 20 kg of heroin in Birmingham. The heroin had been shipped to Felixstowe from Pakistan.")
    assert entities(x, "Port") == {"Felixstowe"} and links(x, "DESTINED_FOR") == {("20 kg heroin", "Felixstowe")}


def test_a_port_town_named_as_where_a_building_stands_is_the_town():
    x = run("Police followed as the container was driven to a warehouse in Rotterdam, where two men were "
            "arrested.")
    assert "Rotterdam" in entities(x, "Location") and not entities(x, "Port")
    x = run("The container was unloaded in the port of Rotterdam.")
    assert entities(x, "Port") == {"Rotterdam"}


def test_a_consignment_that_arrived_into_a_port_was_found_there():
    x = run("Officers examined a consignment of crates from Peru that arrived into the port of Tilbury. "
            "Further checks revealed 60 kg of cocaine.")
    assert links(x, "SEIZED_AT") == {("60 kg cocaine", "Tilbury")}


def test_goods_smuggled_into_the_country_were_bound_for_the_country_of_the_release():
    x = run("Philippine agents seized 30 kg of shabu in Manila and Cebu. The shabu had been smuggled into the "
            "country by sea.")
    assert links(x, "DESTINED_FOR") == {("30 kg methamphetamine", "Philippines")}


def test_armed_forces_that_foiled_a_smuggling_attempt_took_part_in_an_operation():
    x = run("The Kordovan Armed Forces foiled an attempt to smuggle 2 million captagon pills from Syria.")
    assert entities(x, "Agency") == {"Kordovan Armed Forces"}
    assert len(entities(x, "Operation")) == 1 and links(x, "RESULTED_IN")
    # a guerrilla named after armed forces is a group, not an agency
    x = run("The cocaine belonged to the Revolutionary Armed Forces of Colombia, police said.")
    assert entities(x, "Agency") == set() and entities(x, "Organisation") == {"Revolutionary Armed Forces of Colombia"}


def test_a_bare_force_word_names_the_body_but_is_no_alias_of_it():
    x = run("Ecuadorian police seized 2 tonnes of cocaine in Guayaquil. The drugs were bound for Spain, Police "
            "said.")
    police = one(x, "Agency")
    assert police.name == "Ecuadorian National Police" and "Police" not in police.aliases


def test_a_minister_who_speaks_of_a_police_seizure_is_no_member_of_the_police():
    x = run("The National Police of Ecuador seized 8 tonnes of cocaine, Interior Minister Ana Ruiz said.")
    assert links(x, "MEMBER_OF") == set()


def test_a_network_based_somewhere_is_a_group():
    x = run("Police seized 90 kg of heroin in Jakarta. The drugs belonged to a network based in Malaysia.")
    assert not one(x, "Organisation").named


def test_goods_found_right_after_a_raid_in_one_place_were_found_there():
    x = run("Police raided a farm outside Oakvale on Monday. Officers seized 400 kg of cannabis and two rifles.")
    assert {place for _, place in links(x, "SEIZED_AT")} == {"Oakvale"}
    # the raid told after the seizure places nothing
    x = run("Officers seized 400 kg of cannabis. Police later raided a farm outside Oakvale.")
    assert links(x, "SEIZED_AT") == set()


def test_a_listed_name_on_a_line_of_another_country_is_that_countrys_own_body():
    x = run("The following authorities took part:\nSerbia: Criminal Police Directorate\n"
            "Slovenia: Criminal Police Directorate\nPolice seized 40 kg of cocaine.")
    assert {e.properties.get("country") for e in x.entities if e.label == "Agency"} >= {"RS", "SI"}


def test_the_parent_the_text_gives_a_listed_unit_wins_over_a_listed_parent_it_never_names():
    x = run("Croatia: Police Directorate – National Police Office for Suppression of Corruption and Organised "
            "Crime (PNUSKOK)\nOfficers seized 40 kg of cocaine.")
    assert {parent for _, parent in links(x, "PART_OF")} == {"Police Directorate"}


def test_malaysian_spellings_and_honours():
    x = run("Police seized 85 kilograms of syabu in Johor, NCID director Datuk Seri Aziz Rahman said.")
    assert entities(x, "Shipment") == {"85 kg methamphetamine"} and entities(x, "Person") == {"Aziz Rahman"}


def test_where_a_leader_ran_the_trade_from_or_loads_were_collected_from_is_no_route_of_the_group():
    x = run("Police dismantled a gang that imported cocaine. Its leader directed the trade from Dubai, using "
            "couriers to collect consignments from the port of Liverpool and distribute them.")
    assert links(x, "ORIGINATED_IN") == set()
    x = run("Police dismantled a gang that imported cocaine. The gang was involved in arms trafficking from "
            "Colombia.")
    assert {place for _, place in links(x, "ORIGINATED_IN")} == {"Colombia"}
    # where a gang trafficked goods from is its route, not its base
    x = run("Police dismantled a gang. The gang trafficked cocaine from Colombia.")
    assert {place for _, place in links(x, "ORIGINATED_IN")} == {"Colombia"} and links(x, "OPERATES_IN") == set()
    # where its leader was extradited from, or arrested at another country's request, is neither
    x = run("The leader of a network that imported cocaine through Rotterdam was extradited from Qatar to the "
            "Netherlands. He was arrested in Doha at the request of the Dutch authorities.")
    assert links(x, "ORIGINATED_IN") == set() and links(x, "OPERATES_IN") == set()


def test_a_unit_of_a_body_stationed_in_a_town_is_part_of_that_body():
    x = run("The Drug Squad of the Mobile Brigade of Portville seized 40 kg of hashish.")
    assert links(x, "PART_OF") == {("Drug Squad", "Mobile Brigade of Portville")}


def test_the_criminal_users_of_an_encrypted_service_are_the_group_of_the_release():
    x = run("Police made 90 arrests and seized 300 kg of cocaine after reading messages of users of the "
            "service Sky ECC who were involved in drug trafficking.")
    group = one(x, "Organisation")
    assert not group.named and links(x, "USED") == {(group.name, "Sky ECC")}
    assert links(x, "ATTRIBUTED_TO") == {("300 kg cocaine", group.name)}
    # users of a service, with nothing said of crime, form no group
    x = run("Police seized 300 kg of cocaine. Users of the service Sky ECC were warned.")
    assert entities(x, "Organisation") == set()


def test_customs_opening_a_sentence_names_the_countrys_one_customs_but_police_names_no_force():
    x = run("Customs officers found 290 kg of cocaine in planks at a Hong Kong container terminal. Hong Kong "
            "authorities said the drugs came from Bolivia.")
    assert "Hong Kong Customs and Excise Department" in entities(x, "Agency")
    x = run("Police officers found 290 kg of cocaine in planks at a Hong Kong container terminal. Hong Kong "
            "authorities said the drugs came from Bolivia.")
    assert entities(x, "Agency") == set()


@pytest.mark.parametrize("sentence", [
    "Searches were made under a European investigation order in two countries.",
    "The network was dismantled, the European policing agency said.",
    "The African judicial authorities were informed.",
    "The containers were carried by a European shipping line.",
])
def test_a_regions_adjective_before_an_institution_names_no_region(sentence):
    assert entities(run(sentence), "Region") == set()


def test_a_regions_adjective_before_a_place_word_names_the_region():
    assert entities(run("The heroin was bound for Western European countries."), "Region") == {"Western Europe"}


def test_a_unit_of_a_body_named_by_its_nickname_is_part_of_that_countrys_body():
    # "the Hawks" is what South Africans call the Directorate for Priority Crime Investigation
    x = run("In Durban, officers of the South African Harbour Narcotics Bureau of the Hawks seized 90 kg of "
            "cocaine.")
    assert links(x, "PART_OF") == {("South African Harbour Narcotics Bureau",
                                    "Directorate for Priority Crime Investigation")}


def test_each_town_of_a_list_of_towns_is_a_place_and_so_is_a_toll_booths_town():
    x = run("Spanish police searched homes in the towns of Villaverde del Campo, Ardales and Olmedilla.")
    assert {"Villaverde del Campo", "Olmedilla"} <= entities(x, "Location")
    x = run("French customs stopped the lorry at the Vauclerc toll booth in the south.")
    assert "Vauclerc" in entities(x, "Location")


def test_the_place_goods_reached_after_their_stops_ends_the_route():
    x = run("Police seized 100 kg of cocaine. The cocaine had been loaded in Santos and transshipped in "
            "Algeciras before reaching Rotterdam.")
    assert links(x, "TRANSITED_VIA") == {("100 kg cocaine", "Algeciras")}
    assert links(x, "DESTINED_FOR") == {("100 kg cocaine", "Rotterdam")}


def test_where_a_services_servers_are_hosted_took_no_part():
    x = run("Police in Belgium and Italy arrested 28 users of Sky ECC after investigators gained access to its "
            "servers hosted in Iceland.")
    assert {country for country, _ in links(x, "PARTICIPATED_IN")} == {"Belgium", "Italy"}


def test_where_a_vehicle_is_registered_is_no_place_of_the_seizure_and_a_crossing_leads_into_a_country():
    x = run("Police seized 100 kg of cocaine. The lorry, registered in Lithuania, was stopped at the port of "
            "Dover.")
    assert links(x, "SEIZED_AT") == {("100 kg cocaine", "Dover")}
    x = run("Police seized 100 kg of hashish in a truck crossing from Morocco into Spain at Tarifa.")
    assert links(x, "DESTINED_FOR") == {("100 kg hashish", "Spain")}


@pytest.mark.parametrize("sentence, link", [
    ("The Ardvale clan is an offshoot of the Sorrel cartel.", ("Ardvale", "Sorrel")),
    ("Members of the Grey Wolves gang, a faction of the Ardvale cartel, were arrested.", ("Grey Wolves", "Ardvale")),
])
def test_a_group_said_to_be_a_faction_of_another_is_linked_to_it(sentence, link):
    assert links(run(sentence), "LINKED_TO") == {link}


def test_two_groups_named_side_by_side_are_not_linked_for_that():
    assert links(run("Police arrested members of the Ardvale clan and the Sorrel cartel."), "LINKED_TO") == set()


def test_a_faction_known_by_a_name_is_the_group_linked_to_the_one_it_belongs_to():
    x = run("Marines dismantled a laboratory run by a faction of the Kordovan Cartel known as Los Primos "
            "and seized 300 kg of methamphetamine.")
    assert "Los Primos" in entities(x, "Organisation") and entities(x, "Operation") != {"Operation Los Primos"}
    assert links(x, "LINKED_TO") == {("Los Primos", "Kordovan")}
    assert links(x, "ATTRIBUTED_TO") == {("300 kg methamphetamine", "Los Primos")}


def test_the_kind_of_the_one_group_named_before_is_that_group():
    x = run("Police in Ruritania arrested nine members of the Red Hand gang. The gang bought cocaine abroad.")
    assert entities(x, "Organisation") == {"Red Hand"}


def test_a_province_named_with_an_article_is_found_by_its_kind_without_it():
    x = run("Iraqi police raided a farm in Anbar Governorate and seized 2 million Captagon pills.")
    assert "Al Anbār" in entities(x, "Region")


def test_a_town_named_like_a_country_is_the_town_where_the_text_places_it_at_home():
    x = run("Colombian police seized 200 kg of cocaine in Armenia, Quindío, on Monday. Two Colombian men were held.")
    assert "Armenia" in entities(x, "Location") and "Armenia" not in entities(x, "Country")
    y = run("Colombian police said the 200 kg of cocaine seized in Cartagena was bound for Armenia.")
    assert "Armenia" in entities(y, "Country") and "Armenia" not in entities(y, "Location")


def test_a_dateline_of_a_day_and_a_month_sets_the_release_in_its_towns_country():
    x = run("Cocaine plane seized\n\nLa Paz, 14 March — Bolivian and Brazilian officers seized 300 kg of cocaine "
            "near Trinidad. The plane was registered in Brazil; two Bolivians were held.")
    assert "Trinidad" in entities(x, "Location") and "Trinidad and Tobago" not in entities(x, "Country")


def test_a_ministers_portfolio_before_the_name_is_no_part_of_it():
    x = run("Vice Minister of Social Defence Rosa Quintero said the cocaine came from Peru.")
    assert entities(x, "Person") == {"Rosa Quintero"}
    y = run("Secretary of Homeland Security Jane Law said the cocaine came from Peru.")
    assert entities(y, "Person") == {"Jane Law"}


def test_goods_on_a_craft_due_to_fly_somewhere_are_bound_there():
    x = run("Police seized a light aircraft loaded with 200 kg of cocaine. The aircraft was due to fly to Paraguay.")
    assert links(x, "DESTINED_FOR") == {("200 kg cocaine", "Paraguay")}


def test_a_description_after_a_groups_acronym_describes_that_group():
    x = run("The smugglers worked for the Northern Harbour Syndicate (NHS), the Albanian prison gang, police said. "
            "Officers seized 50 kg of cocaine.")
    assert entities(x, "Organisation") == {"Northern Harbour"}


def test_where_goods_were_loaded_is_their_origin_and_the_port_they_last_left_a_stop():
    x = run("Officers seized 90 kg of cannabis in a lorry that arrived on a ferry from Cherbourg, France. "
            "The lorry had been loaded in Valencia, Spain.")
    assert links(x, "ORIGINATED_IN") == {("90 kg cannabis", "Valencia"), ("90 kg cannabis", "Spain")}
    assert links(x, "TRANSITED_VIA") == {("90 kg cannabis", "Cherbourg"), ("90 kg cannabis", "France")}


def test_the_town_a_checkpoint_or_an_airstrip_is_near_is_a_place_no_list_need_hold():
    x = run("Soldiers seized 20,000 fentanyl pills at a checkpoint near Vellamora.")
    assert "Vellamora" in entities(x, "Location")
    assert links(x, "SEIZED_AT") == {("20,000 × fentanyl", "Vellamora")}
    y = run("Police found 300 kg of cocaine in a plane on an airstrip outside Oakvale, officers said.")
    assert "Oakvale" in entities(y, "Location")


def test_a_listed_agencys_name_opening_a_units_name_makes_it_the_units_parent():
    x = run("Agents of the Drug Enforcement Administration Special Operations Division seized 20 kg of heroin.")
    assert links(x, "PART_OF") == {("Drug Enforcement Administration Special Operations Division",
                                    "Drug Enforcement Administration")}
    y = run("The Dutch Police Force seized 20 kg of heroin in Utrecht.")
    assert links(y, "PART_OF") == set()


def test_a_numbered_unit_keeps_its_number_and_its_numbered_acronym():
    x = run("Operatives of the Philippine Drug Enforcement Agency Regional Office 5 (PDEA-5) seized 2 kg of shabu. "
            "PDEA-5 director Ana Cruz said the suspect was a high-value target.")
    unit = "Philippine Drug Enforcement Agency Regional Office 5"
    assert links(x, "PART_OF") == {(unit, "Philippine Drug Enforcement Agency")}
    assert links(x, "MEMBER_OF") == {("Ana Cruz", unit)}


def test_customs_in_a_sentence_opening_with_a_country_are_that_countrys():
    x = run("Spanish police and the Guardia Civil led the action in Spain, seizing cocaine in Algeciras and Valencia. "
            "In Belgium, customs officers in Antwerp intercepted 1.2 tonnes of cocaine.")
    assert "Belgian Customs" in entities(x, "Agency")


def test_a_court_of_a_province_and_a_towns_name_is_in_the_country_the_release_names_most():
    x = run("A Perth man was sentenced in the County Court of Victoria after Australian police found "
            "40 kg of cocaine sent from Canada.")
    court = next(e for e in x.entities if e.name == "County Court of Victoria")
    assert court.properties.get("country") == "AU"


def test_a_cathinone_named_is_its_own_commodity_and_the_class_stays_the_class():
    x = run("Officers seized 90 kg of mephedrone, 12 kg of 3-MMC and 5 kg of synthetic cathinones in a factory.")
    assert {e.properties["commodity"] for e in x.entities if e.label == "Shipment"} == {
        "mephedrone", "3-mmc", "cathinones"}


def test_a_river_named_before_the_word_river_is_a_place():
    x = run("Police intercepted a boat carrying 3 tonnes of hashish on the Vellamar river near Seville.")
    assert "Vellamar" in entities(x, "Location")
    assert ("3,000 kg hashish", "Vellamar") in links(x, "SEIZED_AT")


def test_a_border_gate_or_post_is_named_by_the_word_before_it():
    x = run("Gendarmes seized 2 million captagon pills in a lorry at the Vellakoy border gate on Monday.")
    assert "Vellakoy" in entities(x, "Location")
    assert links(x, "SEIZED_AT") == {("2,000,000 × captagon", "Vellakoy")}


def test_a_boat_from_a_peninsula_of_a_country_heading_for_a_coast():
    x = run("Police seized 900 packages of cocaine from a boat. The boat had departed from the Vellara peninsula "
            "in Venezuela and was heading for the coast of Jamaica.")
    assert links(x, "ORIGINATED_IN") == {("900 packages of cocaine", "Vellara"), ("900 packages of cocaine", "Venezuela")}
    assert links(x, "DESTINED_FOR") == {("900 packages of cocaine", "Jamaica")}


def test_goods_seized_in_waters_south_of_a_town_are_seized_off_it():
    x = run("Police seized 500 kg of cocaine from a boat intercepted in Caribbean waters south of Punta Cana.")
    assert links(x, "SEIZED_AT") == {("500 kg cocaine", "Punta Cana")}


def test_the_countries_an_operation_ran_in_took_part_in_it():
    x = run("Operation Quillmark ran for two weeks in Benin, Ghana and Togo. Police seized 40 rifles.")
    assert {s for s, _ in links(x, "PARTICIPATED_IN")} >= {"Benin", "Ghana", "Togo"}
    y = run("The handover took place in Ecuador, police in Spain said after Operation Quillmark.")
    assert "Ecuador" not in {s for s, _ in links(y, "PARTICIPATED_IN")}


def test_the_country_a_sentence_on_the_action_opens_with_took_part():
    x = run("Operation Quillmark led to many arrests. In Ghana, officers at a border post found 120 shotguns in a bus.")
    assert ("Ghana", "Operation Quillmark") in links(x, "PARTICIPATED_IN")


def test_goods_found_in_a_place_then_its_town_were_seized_at_the_place():
    x = run("Police found 400 kg of cocaine in a shed at a property in Legalega, Nadi, on Friday.")
    assert links(x, "SEIZED_AT") == {("400 kg cocaine", "Legalega")}
    y = run("In searches in Marbella, Estepona and Algeciras, agents seized 2,000 kilos of hashish.")
    assert len(links(y, "SEIZED_AT")) == 3


def test_the_town_an_office_is_seated_in_closes_its_name():
    x = run("The Customs Investigation Office Essen, under the direction of the Public Prosecutor's Office Bochum, "
            "seized 90 kg of cocaine in a warehouse.")
    assert {"Customs Investigation Office Essen", "Public Prosecutor's Office Bochum"} <= entities(x, "Agency")
    assert not {"Essen", "Bochum"} & entities(x, "Location")
    assert {e.properties.get("country") for e in x.entities if e.label == "Agency"} == {"DE"}


def test_the_share_countries_accounted_for_is_a_statistic_not_a_shipment():
    x = run("Belgium, the Netherlands and Spain together accounted for more than 300 tonnes of cocaine seized.")
    assert entities(x, "Shipment") == set()


def test_a_weight_after_a_figure_restates_it():
    x = run("Officers seized a tonne of cocaine weighing 1,000 kg in Rotterdam.")
    assert entities(x, "Shipment") == {"1,000 kg cocaine"} and len([e for e in x.entities if e.label == "Shipment"]) == 1
    y = run("Officers seized 1.2 tonnes of cocaine, weighing 1,210 kilograms, in Rotterdam.")
    assert len([e for e in y.entities if e.label == "Shipment"]) == 1


def test_a_weight_after_a_count_is_the_counted_goods_weight():
    # the headline names the count too: the body's count is the headline's shipment
    x = run("Police seize 86 million captagon pills\n\nPolice seized 86 million captagon pills weighing 13.1 "
            "tonnes in Vellin.")
    pills = one(x, "Shipment")
    assert pills.properties["quantity"] == 86_000_000 and pills.properties["quantity_kg"] == 13_100


def test_an_attorney_general_is_no_member_of_the_force_that_seized():
    x = run("Attorney General Jane Doe announced that officers of the Coast Guard seized a tonne of cocaine.")
    assert links(x, "MEMBER_OF") == set()
    y = run("Prosecutor Jane Doe of the Portville Public Prosecutor's Office said police seized a tonne of cocaine.")
    assert links(y, "MEMBER_OF") == {("Jane Doe", "Portville Public Prosecutor's Office")}


def test_vietnamese_names_and_a_name_ending_in_a_function_word_are_persons():
    x = run("Nguyễn Thị Hoa, 33, and Tran Van An, 29, were arrested by police in Hanoi.")
    assert entities(x, "Person") == {"Nguyễn Thị Hoa", "Tran Van An"}


def test_a_body_named_from_its_own_listed_unit_makes_no_loop():
    x = run("Carabinieri from the ROS arrested 30 members of the Pesce cosca.")
    assert links(x, "PART_OF") == {("ROS", "Carabinieri")}


def test_goods_found_at_the_port_a_boat_was_escorted_to_were_seized_there():
    x = run("Customs intercepted a boat off the Canary Islands. The boat was escorted to the port of Las Palmas, "
            "where 3,000 kg of cocaine was unloaded.")
    assert links(x, "SEIZED_AT") == {("3,000 kg cocaine", "Las Palmas")}


def test_a_listed_port_named_with_a_place_word_is_the_listed_port():
    x = run("Officers found 80 kg of cocaine in a container of avocados at the Port of Long Beach.")
    assert entities(x, "Port") == {"Long Beach"} and entities(x, "Location") == set()
    assert links(x, "SEIZED_AT") == {("80 kg cocaine", "Long Beach")}


def test_goods_on_a_flight_to_a_place_were_bound_there_not_seized_there():
    x = run("Two men were detained at Schiphol airport with 12 kg of ketamine in their luggage on a flight to Bangkok.")
    assert links(x, "DESTINED_FOR") == {("12 kg ketamine", "Bangkok")}
    assert ("12 kg ketamine", "Bangkok") not in links(x, "SEIZED_AT")


def test_a_unit_whose_name_opens_with_a_long_listed_name_is_its_unit():
    x = run("The Royal Thai Police Narcotics Suppression Bureau seized 3 million yaba tablets in Chiang Rai.")
    assert links(x, "PART_OF") == {("Royal Thai Police Narcotics Suppression Bureau", "Royal Thai Police")}


def test_a_border_checkpoint_is_named_by_the_word_before_it():
    x = run("Officers found 1.1 million contraband cigarettes in a lorry at the Vellakai border checkpoint.")
    assert links(x, "SEIZED_AT") == {("1,100,000 × cigarettes", "Vellakai")}


def test_a_place_no_list_holds_takes_the_country_the_text_names_not_a_far_namesakes():
    x = run("Officers of the Narcotics Control Board raided a house in Accra's Nima neighbourhood and seized "
            "56 parcels of cannabis.")
    nima = next(e for e in x.entities if e.name == "Nima")
    assert nima.properties.get("country") == "GH" and "China" not in entities(x, "Country")


def test_goods_seized_kilometres_off_a_region_are_seized_in_its_country():
    x = run("Police seized 4.2 tonnes of cocaine aboard a fishing vessel 500 km west of the Azores.")
    assert links(x, "SEIZED_AT") == {("4,200 kg cocaine", "Portugal")}


def test_a_named_port_in_lower_case_is_the_place_not_its_town():
    x = run("Customs officials at Tanjung Priok port in Jakarta discovered 210 kg of methamphetamine.")
    assert links(x, "SEIZED_AT") == {("210 kg methamphetamine", "Tanjung Priok")}


def test_the_seizures_of_other_cases_of_a_report_are_no_parts_of_a_total():
    x = run("Quarterly summary of interdictions\n\n"
            "Operation Kestrel (Spain)\nOn 14 January, Spanish customs seized 2,100 kilograms of cocaine from a "
            "fishing vessel west of the Canary Islands. Five crew members were arrested.\n\n"
            "Operation Heron (France)\nOn 2 February, the French Navy boarded a yacht and seized 640 kilograms of "
            "cocaine. Two men were arrested.\n\n"
            "Operation Plover (United Kingdom)\nOn 20 March, Border Force seized 1,300 kilograms of cocaine from a "
            "cargo vessel in Southampton. One man was arrested.")
    assert entities(x, "Shipment") == {"2,100 kg cocaine", "640 kg cocaine", "1,300 kg cocaine"}
    y = run("Police seized 2 tonnes of cocaine: 1.2 tonnes in Antwerp and 800 kilograms in Rotterdam.")
    assert entities(y, "Shipment") == {"1,200 kg cocaine", "800 kg cocaine"}


def test_goods_seized_south_of_a_town_are_seized_near_it_and_from_the_south_of_it_is_its_part():
    x = run("Soldiers seized 500 kg of methamphetamine at a checkpoint south of Culiacán.")
    assert links(x, "SEIZED_AT") == {("500 kg methamphetamine", "Culiacán")}
    y = run("Police seized 70 kg of cocaine in Madrid that had been shipped from the south of Tenerife.")
    assert ("70 kg cocaine", "Tenerife") in links(y, "ORIGINATED_IN")


def test_goods_smuggled_across_the_border_near_a_town_passed_through_it():
    x = run("Agents seized 9 kg of fentanyl that had been smuggled from Mexico across the border near Nogales, "
            "Arizona, and driven to Chicago.")
    assert ("9 kg fentanyl", "Nogales") in links(x, "TRANSITED_VIA")
    assert ("9 kg fentanyl", "Arizona") not in links(x, "TRANSITED_VIA")


def test_a_groups_route_through_a_town_and_its_state_passes_the_town_only():
    x = run("Police dismantled a drug network. The network imported narcotics from Mexico through "
            "Laredo, Texas, and stored them in stash houses.")
    assert {t for _, t in links(x, "TRANSITED_VIA")} == {"Laredo"}


def test_a_countrys_possessive_before_a_body_names_the_countrys_body():
    x = run("Bangladesh's Department of Narcotics Control seized 1.2 million yaba pills in Cox's Bazar.")
    body = one(x, "Agency")
    assert body.name == "Department of Narcotics Control" and body.properties.get("country") == "BD"


def test_a_body_and_a_countrys_possessive_are_two_bodies():
    x = run("The case was investigated with the Reef Wildlife Commission and Zambia's Anti-Poaching Unit.")
    assert entities(x, "Agency") == {"Reef Wildlife Commission", "Anti-Poaching Unit"}
    assert ("Anti-Poaching Unit", "Zambia") in links(x, "LOCATED_IN")


def test_an_acronym_the_text_defines_as_goods_names_no_agency():
    x = run("Trawler carrying ICE intercepted\n\nThe Navy seized 40 kg of crystal methamphetamine (ICE) from a "
            "trawler off Vellapura.")
    assert "Immigration and Customs Enforcement" not in entities(x, "Agency")
    # the acronym of an agency's own name still names it
    x = run("Agents of U.S. Immigration and Customs Enforcement (ICE) seized 40 kg of methamphetamine.")
    assert "Immigration and Customs Enforcement" in entities(x, "Agency")


def test_a_channel_in_lower_case_is_no_sea():
    x = run("The Security Service of Ukraine blocked a channel that smuggled 20 kg of cocaine from Ecuador.")
    assert entities(x, "Location") == set()


def test_a_countrys_possessive_before_a_listed_body_keeps_the_listed_body():
    x = run("The case involved Europol, Spain's Guardia Civil and Ecuador's National Police.")
    assert {"Guardia Civil", "Ecuadorian National Police"} <= entities(x, "Agency")


def test_the_coastal_place_a_sea_distance_is_told_from_is_a_place():
    x = run("The Navy seized 179 kg of heroin from a trawler 40 nautical miles south of Vellapura.")
    assert "Vellapura" in entities(x, "Location")
    assert links(x, "SEIZED_AT") == {("179 kg heroin", "Vellapura")}


def test_where_a_groups_goods_were_seized_is_no_place_it_operates_in():
    x = run("The Guardia di Finanza seized 4 tonnes of cocaine at Gioia Tauro; the drugs were destined for the "
            "'Ndrangheta.")
    assert links(x, "OPERATES_IN") == set()
    assert links(x, "ATTRIBUTED_TO") == {("4,000 kg cocaine", "'Ndrangheta")}


def test_a_name_that_pleaded_guilty_is_a_suspect():
    x = run("The DEA investigated the case. Jose Luis Garza-Molina pleaded guilty in March.")
    person = one(x, "Person")
    assert person.name == "Jose Luis Garza-Molina" and person.properties.get("role") == "suspect"


def test_a_clan_of_a_listed_mafia_linked_to_is_a_group_of_its_own():
    x = run("The inquiry also looked at the 'Ndrangheta's ties with a Colombian drug cartel and an Albanian "
            "mafia clan active in Ecuador.")
    groups = entities(x, "Organisation")
    assert "Albanian mafia" not in groups and any(g.startswith("unnamed albanian mafia clan") for g in groups)
    assert any(t.startswith("unnamed albanian mafia clan") for _, t in links(x, "LINKED_TO"))


def test_the_countries_a_release_lists_as_involved_took_part():
    x = run("Police dismantle arms trafficking network\n\nThe operation was led by the Slovak Police.\n\n"
            "Countries involved: Slovakia, Czechia, Austria, Hungary.\n\nOfficers seized 120 firearms.")
    assert {s for s, _ in links(x, "PARTICIPATED_IN")} >= {"Slovakia", "Czech Republic", "Austria", "Hungary"}


def test_the_port_where_goods_were_seized_is_no_stop_they_passed():
    x = run("Two charged over cocaine import through Le Havre\n\nCustoms officers found 300 kg of cocaine in a "
            "container at the port of Le Havre. The container had arrived from Guayaquil, Ecuador.")
    assert links(x, "SEIZED_AT") == {("300 kg cocaine", "Le Havre")}
    assert links(x, "TRANSITED_VIA") == set()
    # goods stopped in a country on their way still passed through it
    x = run("Police seized 300 kg of cocaine in Vellin, Bulgaria. The drugs were to be moved through Bulgaria "
            "to Austria.")
    assert ("300 kg cocaine", "Bulgaria") in links(x, "TRANSITED_VIA")


def test_a_nations_adjective_on_the_goods_says_where_they_came_from():
    x = run("Officers seized 25 tonnes of Colombian cocaine and 40 kg of Afghan heroin at the port of Vellin.")
    assert entities(x, "Shipment") == {"25,000 kg cocaine", "40 kg heroin"}
    assert links(x, "ORIGINATED_IN") == {("25,000 kg cocaine", "Colombia"), ("40 kg heroin", "Afghanistan")}


def test_the_countries_a_sentence_says_took_part_took_part():
    for verb in ("taking part included", "participating were"):
        x = run(f"Operation Vell ran in August. In Kordovia alone, officers seized 25 tonnes of cocaine. The "
                f"countries {verb} Benin, Togo and Senegal.")
        assert {s for s, _ in links(x, "PARTICIPATED_IN")} >= {"Benin", "Togo", "Senegal"}


def test_medicines_seized_by_the_tonne_are_illicit_medicines():
    x = run("Officers seized 25 tonnes of falsified antimalarial medicines and 3 tonnes of illicit pharmaceutical "
            "products at the port of Vellin.")
    assert entities(x, "Shipment") == {"25,000 kg counterfeit medicines", "3,000 kg counterfeit medicines"}


def test_a_trend_a_body_reports_is_no_seizure_and_no_part_in_the_case():
    x = run("Police seized 40 kg of heroin in Vellin. The UNODC said last year that heroin seizures in the region "
            "reached a record 90 tonnes in 2024.")
    assert entities(x, "Shipment") == {"40 kg heroin"}
    assert "UNODC" not in {s for s, _ in links(x, "PARTICIPATED_IN")}


def test_a_body_in_brackets_after_another_countrys_body_is_its_own_name():
    x = run("The Austrian Federal Criminal Police Office (Bundeskriminalamt) led the investigation, police said.")
    assert entities(x, "Agency") == {"Bundeskriminalamt (Austria)"}
    assert entities(x, "Country") == {"Austria"} and links(x, "PART_OF") == set()


def test_where_a_courier_boarded_is_the_origin_and_where_he_was_bound_the_destination():
    x = run("Officers arrested a man at Vellin airport with 4 kg of heroin. He arrived on a flight from Addis Ababa, "
            "having boarded in Islamabad. He was bound for Liberia.")
    assert links(x, "ORIGINATED_IN") == {("4 kg heroin", "Islamabad")}
    assert links(x, "TRANSITED_VIA") == {("4 kg heroin", "Addis Ababa")}
    assert links(x, "DESTINED_FOR") == {("4 kg heroin", "Liberia")}
    assert not any(place == "Islamabad" for _, place in links(x, "SEIZED_AT"))


def test_the_bodys_spokesman_is_of_the_body_named_before():
    x = run("The Vellin Drug Control Agency arrested a courier with 4 kg of heroin. The courier was charged, "
            "according to a statement by the agency's spokesman, Jo Okoro.")
    assert links(x, "MEMBER_OF") == {("Jo Okoro", "Vellin Drug Control Agency")}


def test_goods_seized_in_an_operation_that_destroyed_laboratories_were_seized_where_the_labs_were():
    x = run("Police destroyed four cocaine laboratories in Tumaco. In the operation, 2,400 kilograms of cocaine "
            "were seized. The drugs were to be taken by speedboat along the coast to Central America.")
    assert links(x, "SEIZED_AT") == {("2,400 kg cocaine", "Tumaco")}
    assert links(x, "DESTINED_FOR") == {("2,400 kg cocaine", "Central America")}


def test_a_listed_force_of_a_command_opening_a_sentence_is_the_force_and_its_command():
    x = run("The Carabinieri of the Provincial Command of Vellin executed 23 arrest warrants.")
    assert links(x, "PART_OF") == {("Provincial Command of Vellin", "Carabinieri")}


def test_a_reports_cases_dated_before_it_are_its_cases_not_earlier_seizures():
    x = run("Report on cocaine trafficking\nVellin, 11 November 2026\n\nA new assessment finds that networks use "
            "smaller ports.\n\nCase 1: In March 2025, Swedish Customs found 1.4 tonnes of cocaine at the port of "
            "Helsingborg. Five people were arrested.\n\nCase 2: In June 2025, the Lithuanian Police seized 600 "
            "kilograms of cocaine at the port of Klaipeda. The cocaine was destined for Poland.")
    assert {t for _, t in links(x, "RESULTED_IN")} == {"1,400 kg cocaine", "600 kg cocaine"}
    assert links(x, "DESTINED_FOR") == {("600 kg cocaine", "Poland")}


def test_a_packaging_word_names_no_goods_when_the_packages_are_weighed():
    x = run("Police found fifty packages of methamphetamine in a container at Vellin. The packages weighed 52 "
            "kilograms.")
    assert {e.properties["commodity"] for e in x.entities if e.label == "Shipment"} == {"methamphetamine"}


def test_a_police_rank_names_the_documents_one_police_force():
    x = run("Kordovia Police seized 40 kg of cocaine in Vellin. Detective Inspector Jo Roe said more arrests "
            "were likely.")
    assert links(x, "MEMBER_OF") == {("Jo Roe", "Kordovia Police")}


def test_an_unlisted_units_name_names_it_again_later():
    x = run("The Kordovia Police's Harbour Crime Group (HCG) seized 40 kg of cocaine. Detective Inspector Jo "
            "Roe, from the Harbour Crime Group, said more arrests were likely.")
    assert links(x, "MEMBER_OF") == {("Jo Roe", "Harbour Crime Group")}


def test_a_place_the_goods_went_into_after_a_stop_is_no_stop():
    x = run("Police crippled a syndicate that smuggled heroin from Myanmar through southern Thailand into "
            "Malaysia. Officers seized 48 kilograms of heroin in Kedah.")
    assert links(x, "TRANSITED_VIA") == {("48 kg heroin", "Thailand")}


def test_a_legs_end_short_of_the_seizure_in_its_country_is_a_stop_when_the_goods_were_bound_abroad():
    x = run("Police seized 2.8 tonnes of cocaine at the port of Callao. The cargo was bound for Valencia, Spain. "
            "The drugs were produced in the VRAEM valley and moved by road to Lima.")
    assert links(x, "TRANSITED_VIA") == {("2,800 kg cocaine", "Lima")}
    assert ("2,800 kg cocaine", "Valencia") in links(x, "DESTINED_FOR")


def test_abalone_is_wildlife():
    x = run("The Hawks confiscated dried abalone in Gqeberha. The abalone, weighing 1.8 tonnes, was packed in 90 "
            "boxes.")
    assert entities(x, "Shipment") == {"1,800 kg wildlife"}


def test_a_name_in_letters_no_accent_can_be_stripped_from_keeps_them_in_its_id():
    x = run("Police arrested Zoltan Kovacs and Đorđe Petrović in Vellin.")
    assert "person:dorde-petrovic" in {e.id for e in x.entities if e.label == "Person"}


def test_a_nationality_and_national_before_a_name_make_a_person():
    x = run("Officers at Dover stopped a lorry driven by Lithuanian national Tomas Petrauskas and found 72 "
            "kilograms of cocaine.")
    assert entities(x, "Person") == {"Tomas Petrauskas"}


def test_a_dateline_with_its_province_sets_the_documents_country():
    x = run("Police seize methamphetamine\n\nVANCOUVER, British Columbia, 15 October 2026 — Police seized 1,100 "
            "kilograms of methamphetamine shipped from Felixstowe and arrested two men in Surrey.")
    assert "Surrey" in entities(x, "Location") and "Surrey" not in entities(x, "Region")


def test_goods_seized_from_a_country_came_from_it():
    x = run("Police seize 15 guns from the United States in barrels\n\nOfficers found 15 firearms concealed in "
            "barrels at a warehouse in Kingston, Jamaica.")
    assert ("15 × firearm", "United States") in links(x, "ORIGINATED_IN")
    assert ("15 × firearm", "United States") not in links(x, "SEIZED_AT")


def test_a_group_named_in_another_spelling_is_the_listed_one_its_acronym_names():
    x = run("Twelve members of a cell that sold cocaine for the Cartel del Jalisco Nueva Generacion (CJNG) were "
            "charged, prosecutors said.")
    assert entities(x, "Organisation") >= {"Jalisco New Generation Cartel"}
    assert links(x, "LINKED_TO") == set()


def test_an_encrypted_service_named_at_a_sentences_opening_is_a_platform():
    x = run("An encrypted communication platform called Quillnet, used by criminal networks, has been dismantled.")
    assert entities(x, "Platform") == {"Quillnet"}


def test_a_provincial_force_is_no_national_force_a_city_force_belongs_to():
    x = run("The Toronto Police Service and the Ontario Provincial Police arrested two men and seized 40 handguns.")
    assert links(x, "PART_OF") == set()


def test_a_name_listed_beside_a_state_of_a_country_is_that_countrys_state():
    x = run("Police in Windsor, Canada, seized 40 handguns. The guns were bought in Georgia and Michigan.")
    assert "Georgia" not in entities(x, "Country")
    assert {t for _, t in links(x, "ORIGINATED_IN")} == {"Georgia (U.S. state)", "Michigan"}


def test_a_headlines_count_is_not_moved_onto_a_different_count_in_the_body():
    x = run("Police seize 40 handguns smuggled from the US\n\nPolice seized 40 handguns at a house in Vellin. "
            "The project began in March after police seized a pistol in Kordo.")
    assert entities(x, "Shipment") == {"40 × firearm", "1 × firearm"}


def test_a_results_line_that_opens_with_a_country_had_its_goods_seized_there():
    x = run("Operation Vell ran for six weeks.\n\nResults by country:\n- Colombia: 95 tonnes of cocaine and 120 "
            "arrests\n- Spain: 9 tonnes of cocaine seized at the port of Algeciras")
    assert links(x, "SEIZED_AT") == {("95,000 kg cocaine", "Colombia"), ("9,000 kg cocaine", "Algeciras")}


def test_cannabis_plants_are_counted():
    x = run("Officers found around 1,200 cannabis plants in a disused nightclub in Bradford.")
    assert entities(x, "Shipment") == {"1,200 × cannabis"}


def test_a_record_figure_of_a_year_is_a_statistic():
    x = run("Police seized 6 tonnes of cocaine at Guayaquil. Ecuador seized a record 294 tonnes of drugs in 2025.")
    assert entities(x, "Shipment") == {"6,000 kg cocaine"}


def test_an_operations_name_with_and_without_its_edition_is_one_operation_and_no_town():
    x = run("Naval campaign Orion XIV seizes cocaine\n\nThe navy announced the results of the naval strategy "
            "Orion, run with 42 countries. Officers seized 95 tonnes of cocaine. Orion shows that cooperation "
            "works, the navy said.")
    assert entities(x, "Operation") == {"Operation Orion XIV"} and entities(x, "Location") == set()


def test_the_gang_after_the_one_gang_named_before_it_is_that_gang():
    x = run("Police charged three members of the Vellin Boys gang over a plot to import 300 kilograms of cocaine. "
            "The commander said the gang had links to the Hells Angels in Europe.")
    assert entities(x, "Organisation") == {"Vellin Boys", "Hells Angels"}
    assert links(x, "LINKED_TO") == {("Vellin Boys", "Hells Angels")}


def test_a_named_group_a_sentence_opens_with_is_the_one_linked_to_the_other():
    x = run("Police arrested 14 members of a network that laundered money for the Primeiro Comando da Capital "
            "(PCC). The PCC, the largest faction, is also linked to the 'Ndrangheta, which buys cocaine from the "
            "group.")
    assert ("Primeiro Comando da Capital", "'Ndrangheta") in links(x, "LINKED_TO")
    assert not any(t == "'Ndrangheta" and s.startswith("unnamed") for s, t in links(x, "LINKED_TO"))


def test_a_nations_police_is_the_body_the_text_names_by_a_phrase_its_lists_give():
    x = run("Brazilian police target laundering network\n\nSAO PAULO, 8 August 2026 - The Federal Police launched "
            "Operation Vell to dismantle a network that laundered money in Sao Paulo.")
    assert entities(x, "Agency") == {"Brazilian Federal Police"}


def test_money_moved_between_countries_names_no_participant():
    x = run("Police arrested four people in Vellin. The network moved millions of dollars between Canada, Hong Kong "
            "and China.")
    assert not {"Hong Kong", "China"} & {s for s, _ in links(x, "PARTICIPATED_IN")}
    x = run("The operation was a cooperation between Spain and Portugal. Police arrested four people.")
    assert {s for s, _ in links(x, "PARTICIPATED_IN")} >= {"Spain", "Portugal"}


def test_goods_kept_for_onward_transport_to_a_place_were_going_there():
    x = run("Police seized 1,012 kilograms of heroin from a dhow off Vellin. The dhow was to offload the drugs on "
            "small boats for onward transport to South Africa and Europe.")
    assert links(x, "DESTINED_FOR") == {("1,012 kg heroin", "South Africa"), ("1,012 kg heroin", "Europe")}


def test_a_force_word_among_the_authorities_of_many_countries_names_no_body():
    x = run("LYON, France - Police, customs and health authorities from 90 countries took part in Operation Vell.")
    assert entities(x, "Agency") == set()


def test_a_bare_weight_hidden_in_a_load_is_of_the_goods_told_before_and_a_total_places_its_parts():
    x = run("Customs seized 5.3 tonnes of cocaine in two operations at the port of Gioia Tauro. In the first, 3 "
            "tonnes were found in a container of shrimp from Ecuador. In the second, 2.3 tonnes were hidden in "
            "bananas from Colombia.")
    assert entities(x, "Shipment") == {"3,000 kg cocaine", "2,300 kg cocaine"}
    assert links(x, "SEIZED_AT") == {("3,000 kg cocaine", "Gioia Tauro"), ("2,300 kg cocaine", "Gioia Tauro")}
    assert links(x, "ORIGINATED_IN") == {("3,000 kg cocaine", "Ecuador"), ("2,300 kg cocaine", "Colombia")}


def test_a_name_the_charges_are_against_is_a_suspect():
    x = run("Deputy Attorney General Jo Kent announced the charges against Ovidio Ramos Vela.")
    suspects = {e.name for e in x.entities if e.label == "Person" and e.properties.get("role") == "suspect"}
    assert suspects == {"Ovidio Ramos Vela"}


def test_goods_that_say_what_else_is_counted_are_no_count_of_goods():
    x = run("Prosecutors charge 23 over cigarette smuggling\n\nPolice arrested 25 firearms dealers and seized 40 "
            "pistols in Vellin.")
    assert entities(x, "Shipment") == {"40 × firearm"}


def test_an_entity_merged_into_another_hands_over_its_claims():
    from graph_intel.extraction.doc import Doc
    doc = Doc(document_from_text("The Harbour Unit and the Port Police and the Harbour Police worked together."))
    doc.entity("agency:unit", "Agency", "Harbour Unit", 4, 16)
    doc.entity("agency:a", "Agency", "Port Police", 25, 36)
    doc.entity("agency:b", "Agency", "Harbour Police", 45, 59)
    doc.relate("agency:unit", "PART_OF", "agency:a", 0, "test", 0.8)
    doc.merge("agency:a", "agency:b")
    assert [r.key for r in doc.relations.values()] == [("agency:unit", "PART_OF", "agency:b")]
    assert "agency:a" not in doc.entities and "Port Police" in doc.entities["agency:b"].aliases


def test_a_nations_soldiers_who_seized_goods_seized_them_in_their_country():
    x = run("Guatemalan soldiers seized a small aircraft loaded with 1,200 kilograms of cocaine after it landed on a "
            "clandestine airstrip in the jungle.")
    assert links(x, "SEIZED_AT") == {("1,200 kg cocaine", "Guatemala")}


def test_goods_moved_at_a_rate_are_no_seizure_and_their_way_is_not_the_seized_goods():
    x = run("Messages showed the gang buying three rifles from a dealer, and moving about 80 kilos of cocaine a "
            "month from Lyon to Lille. Police seized 12 kg of heroin a week later in Paris.")
    assert entities(x, "Shipment") == {"3 × firearm", "12 kg heroin"}
    assert links(x, "ORIGINATED_IN") | links(x, "DESTINED_FOR") == set()


def test_asia_pacific_is_one_region_not_the_ocean():
    x = run("An operation across 14 countries in Asia-Pacific led to 300 arrests; police in Asia and the Pacific "
            "seized 40 kg of heroin.")
    assert entities(x, "Region") == {"Asia-Pacific"}
    assert entities(x, "Location") == set()


def test_a_gang_called_by_its_town_is_described_not_named():
    x = run("A Leeds gang leader was jailed for 12 years. The Sinaloa cartel supplied the cocaine.")
    groups = entities(x, "Organisation")
    assert "Sinaloa Cartel" in groups and "Leeds" not in groups


def test_goods_unloaded_by_the_smugglers_were_not_seized_there_and_a_landing_left_again_is_a_stop():
    x = run("Police in Spain seized 2 tonnes of hashish in Madrid. The boats loaded the drug in Morocco and "
            "unloaded it on a beach at Tarifa, from where it was driven by lorry to Madrid.")
    assert links(x, "SEIZED_AT") == {("2,000 kg hashish", "Madrid")}
    assert links(x, "TRANSITED_VIA") == {("2,000 kg hashish", "Tarifa")}


def test_the_offices_and_courts_of_two_towns_are_two_bodies_and_one_town_s_office_is_one_however_named():
    x = run("The case was led by the Public Prosecutor's Office in Oldenburg and the Public Prosecutor's Office of "
            "Munich; the Munich Public Prosecutor's Office said 12 kg of cocaine were seized in Germany. Officers of "
            "an AFP-led task force, the Joint Organised Crime Task Force, also took part.")
    offices = {e.id: e.name for e in x.entities if e.label == "Agency" and "Prosecutor" in e.name}
    assert len(offices) == 2 and "Public Prosecutor's Office in Oldenburg" in offices.values()
    assert "Joint Organised Crime Task Force" in entities(x, "Agency")


def test_an_acronym_two_countries_police_share_is_the_one_of_the_country_the_release_is_set_in():
    x = run("MANILA, Philippines - Officers of the PNP seized 20 kg of shabu in Quezon City.")
    assert one(x, "Agency").id == "agency:ph-pnp"
    x = run("LIMA, Peru - Officers of the PNP seized 20 kg of cocaine in Callao.")
    assert one(x, "Agency").id == "agency:pe-pnp"


def test_goods_found_after_a_lab_was_dismantled_in_a_town_were_found_there():
    x = run("Police have dismantled what they describe as the largest and most advanced drug superlab in Canada, in "
            "Kelowna, British Columbia. Officers seized 54 kilograms of fentanyl and 12 firearms.")
    assert links(x, "SEIZED_AT") == {("54 kg fentanyl", "Kelowna"), ("12 × firearm", "Kelowna")}


def test_a_figure_seized_across_many_countries_is_a_sum_in_the_headline_as_in_the_body():
    x = run("Operation Reef: 9 tonnes of drugs seized across Asia\n\nAn operation across 12 countries led to the "
            "seizure of 9 tonnes of drugs. In Thailand, police seized 400 kg of heroin.")
    assert entities(x, "Shipment") == {"400 kg heroin"}


def test_goods_seized_in_an_area_of_a_municipality_were_seized_in_its_town():
    x = run("Police seized 3 tonnes of cocaine in a rural area of the municipality of Turbo, Antioquia.")
    assert links(x, "SEIZED_AT") == {("3,000 kg cocaine", "Turbo")}


def test_the_place_the_proceeds_were_sent_to_is_no_destination_of_the_goods():
    x = run("Agents seized 300 kg of cocaine in Joliet. Two men are accused of storing the drugs and collecting the "
            "proceeds, which were sent back to Mexico in hidden compartments.")
    assert links(x, "DESTINED_FOR") == set()


def test_the_contraband_is_the_goods_seized_and_a_district_of_a_town_is_where_they_were():
    x = run("Customs seized 2 tonnes of pangolin scales in a warehouse in the Ikorodu area of Lagos. The contraband "
            "was being prepared for export to Vietnam through the Apapa port.")
    assert links(x, "SEIZED_AT") == {("2,000 kg wildlife", "Ikorodu")}
    assert links(x, "DESTINED_FOR") == {("2,000 kg wildlife", "Vietnam")}


def test_a_leg_begun_after_stops_begins_at_a_stop():
    x = run("Police seized 20 rifles that had come from Serbia. The rifles were driven through Croatia and Austria "
            "before being shipped by ferry from Rostock to Trelleborg.")
    assert links(x, "ORIGINATED_IN") == {("20 × firearm", "Serbia")}
    assert ("20 × firearm", "Rostock") in links(x, "TRANSITED_VIA")


def test_two_forces_units_of_one_name_are_two_units():
    x = run("Officers of Kent Police's Serious Crime Unit and Essex Police's Serious Crime Unit seized 4 kg of "
            "cocaine in Maidstone.")
    units = [e for e in x.entities if e.name == "Serious Crime Unit"]
    assert len(units) == 2
    assert links(x, "PART_OF") == {("Serious Crime Unit", "Kent Police"), ("Serious Crime Unit", "Essex Police")}


def test_a_person_named_again_by_both_family_names_is_one_person():
    x = run("Prosecutors charged Wálter Jiménez Quesada, alias El Turco, with trafficking 2 tonnes of cocaine. "
            "Jiménez Quesada was arrested in Panama City.")
    assert entities(x, "Person") == {"Wálter Jiménez Quesada"}


def test_a_years_interdictions_sum_their_seizures_and_dated_cases_listed_after_a_colon_are_cases():
    x = run("Centre report\n\nThe Centre supported 20 interdictions in 2025, leading to the seizure of 50 tonnes of "
            "cocaine.\n\nAmong the cases supported:\n\nOn 3 March 2025, the French Navy seized 1.2 tonnes of "
            "cocaine from a sailing boat. The vessel had left Fortaleza in Brazil.\n\nOn 18 June 2025, the Irish "
            "Naval Service seized 2.1 tonnes of cocaine off Cork. The ship had sailed from Paramaribo, Suriname.")
    assert entities(x, "Shipment") == {"1,200 kg cocaine", "2,100 kg cocaine"}
    assert links(x, "ORIGINATED_IN") == {("1,200 kg cocaine", "Fortaleza"), ("1,200 kg cocaine", "Brazil"),
                                         ("2,100 kg cocaine", "Paramaribo"), ("2,100 kg cocaine", "Suriname")}
    results = links(x, "RESULTED_IN")
    assert len(results) == 2 and len({operation for operation, _ in results}) == 2


def test_a_unit_named_with_its_remit_is_part_of_the_body_named_after_of():
    x = run("Greek police seized 40 kg of cannabis. The case was led by the Sub-Directorate for Combating Organised "
            "Crime of the Thessaloniki Security Directorate.")
    assert links(x, "PART_OF") == {("Sub-Directorate for Combating Organised Crime", "Thessaloniki Security Directorate")}


def test_a_region_iso_names_in_its_own_language_is_read_by_its_english_name():
    x = run("Greek police seized 400 kg of cannabis that had been trucked to warehouses in Attica.")
    assert entities(x, "Region") == {"Attica"}


def test_arrests_a_nations_police_made_with_no_place_given_say_the_group_is_active_in_that_country():
    x = run("Police dismantle drug ring\n\nEuropol supported an investigation into a criminal network trafficking "
            "amphetamine. Dutch police raided nine homes and arrested four men.")
    assert links(x, "OPERATES_IN") == {(one_unnamed(x), "Netherlands")}


def test_a_place_the_goods_were_in_on_their_way_elsewhere_is_a_stop_unless_they_were_stopped_there():
    x = run("Police in Germany seized 20 rifles from a lorry. While the lorry was still in Hungary on its way to "
            "Germany, Hungarian officers had warned their colleagues.")
    assert links(x, "TRANSITED_VIA") == {("20 × firearm", "Hungary")}
    x = run("Police stopped a van carrying 20 rifles in Lyon on its way to Paris.")
    assert links(x, "SEIZED_AT") == {("20 × firearm", "Lyon")} and links(x, "TRANSITED_VIA") == set()


def test_the_headlines_town_gives_way_to_the_port_in_it_the_body_names():
    x = run("Agency intercepts cocaine at Lagos seaport\n\nOfficers intercepted 48 kilograms of cocaine in a container "
            "at the Tin Can Island Port in Lagos.")
    assert links(x, "SEIZED_AT") == {("48 kg cocaine", "Tin Can Island")}


def test_packages_of_goods_weighed_just_before_are_no_second_load():
    x = run("Officers at the bridge seized 500 pounds of methamphetamine concealed in a load of limes.\n\nOn "
            "Tuesday, an officer referred a lorry arriving from Mexico for inspection. Officers discovered 215 "
            "packages of methamphetamine within the limes. In May they had found 40 packages of cocaine in a car.")
    assert entities(x, "Shipment") == {"226.8 kg methamphetamine", "40 packages of cocaine"}


def test_a_person_an_indictment_charges_is_a_suspect_whatever_office_the_apposition_gives():
    x = run("Prosecutors unsealed an indictment charging Juan Bonilla, the former chief of the national police, with "
            "importing 2 tonnes of cocaine.")
    assert one(x, "Person").properties["role"] == "suspect"


def test_an_international_body_is_no_unit_of_a_national_one():
    x = run("Police seized 20 kg of cocaine in Bucharest with the support of the Spanish National Police, through "
            "the Europol liaison office.")
    assert links(x, "PART_OF") == set()
    europol = next(e for e in x.entities if e.name == "Europol")
    assert "country" not in europol.properties


def test_a_market_in_the_seizure_country_stays_a_destination_and_gulf_alone_is_no_province():
    x = run("Police seized 1.2 tonnes of cocaine from Ecuador at the port of Mersin. The cocaine was to be "
            "distributed in Turkey and Europe.")
    assert links(x, "DESTINED_FOR") == {("1,200 kg cocaine", "Turkey"), ("1,200 kg cocaine", "Europe")}
    x = run("Dubai Police seized 4 million Captagon pills bound for another Gulf state.")
    assert entities(x, "Region") == set()


def test_where_goods_were_to_be_taken_across_the_sea_is_their_destination_with_its_country():
    x = run("Police seized 2 tonnes of cannabis in a warehouse in Durres. The cannabis was to be loaded onto a "
            "speedboat on the coast and taken across the Adriatic to the Apulia region of Italy.")
    assert links(x, "DESTINED_FOR") == {("2,000 kg cannabis", "Apulia"), ("2,000 kg cannabis", "Italy")}
    assert links(x, "TRANSITED_VIA") == {("2,000 kg cannabis", "Adriatic Sea")}


def test_the_district_round_the_village_is_no_second_seizure_place_nor_is_the_headlines_town():
    x = run("Police seize 2 tonnes of cannabis in Vlora\n\nPolice seized 2,150 kilograms of cannabis in a warehouse "
            "in the village of Kocul, in the Vlora district.")
    assert links(x, "SEIZED_AT") == {("2,150 kg cannabis", "Kocul")}


def test_a_way_told_in_a_phrase_after_one_figure_is_that_figures_alone():
    x = run("Police seized 14 kilograms of methamphetamine and 60 kilograms of pseudoephedrine imported from Poland "
            "in a laboratory in Plzen.")
    assert links(x, "ORIGINATED_IN") == {("60 kg pseudoephedrine", "Poland")}
    x = run("Police seized 14 kilograms of heroin and 60 kilograms of cocaine from Colombia.")
    assert links(x, "ORIGINATED_IN") == {("14 kg heroin", "Colombia"), ("60 kg cocaine", "Colombia")}


def test_persons_police_name_as_the_suspects_are_suspects():
    x = run("Police seized 30 kg of heroin in Izmir and named the suspects as Ahmet Yılmaz and Mehmet Öztürk.")
    suspects = {e.name for e in x.entities if e.label == "Person" and e.properties.get("role") == "suspect"}
    assert suspects == {"Ahmet Yılmaz", "Mehmet Öztürk"}


def test_an_operation_named_with_the_word_in_another_language_is_named():
    for text in ("In Operação Hinterland, the Federal Police seized 3 tonnes of cocaine in Santos.",
                 "The Policía Nacional, in the so-called Operación Hinterland, seized 3 tonnes of cocaine.",
                 "Gendarmes seized 3 tonnes of cocaine during operation « Hinterland »."):
        assert entities(run(text), "Operation") == {"Operation Hinterland"}, text


def test_goods_of_a_plan_or_of_a_period_are_no_seizure_unless_the_clause_says_they_were_seized():
    x = run("Police arrested five men who planned to import 2 tonnes of cocaine from Peru.")
    assert entities(x, "Shipment") == set()
    x = run("He pleaded guilty to conspiring to distribute 5 kilograms or more of cocaine.")
    assert entities(x, "Shipment") == set()
    x = run("Investigators believe the group imported more than 5 tonnes of cocaine over two years.")
    assert entities(x, "Shipment") == set()
    x = run("The gang planned to smuggle 300 kg of cocaine, which was seized in Rotterdam.")
    assert entities(x, "Shipment") == {"300 kg cocaine"}


def test_an_island_no_list_holds_is_a_place_and_island_alone_is_no_country():
    x = run("AUSTRALIA - The boat carrying 1.2 tonnes of cocaine was intercepted near Moreton Island by the "
            "Australian Border Force.")
    assert "Moreton Island" in entities(x, "Location") and "Iceland" not in entities(x, "Country")
    assert links(x, "SEIZED_AT") == {("1,200 kg cocaine", "Moreton Island")}


def test_items_of_a_marked_list_ending_in_full_stops_keep_the_line_that_introduced_them():
    x = run("Irish customs made the following seizures in October:\n\n- 28 kg of cocaine found in a truck at Dublin "
            "Port.\n- 6 kg of heroin in the luggage of a passenger arriving at Dublin Airport from Istanbul.")
    assert links(x, "SEIZED_AT") == {("28 kg cocaine", "Dublin"), ("6 kg heroin", "Dublin Airport")}


def test_a_town_of_the_releases_own_country_is_meant_though_a_namesake_abroad_is_ten_times_bigger():
    x = run("Irish customs officers seized 44 kg of cannabis in parcels at the mail centre in Athlone. The parcels "
            "had been posted in Ireland.")
    assert next(e for e in x.entities if e.name == "Athlone").properties["country"] == "IE"


def test_extraction_is_the_same_in_every_process(tmp_path):
    # (string hashing differs between processes: no output may follow a set of strings' order)
    import os
    import subprocess
    import sys
    release = tmp_path / "release.txt"
    release.write_text("Prosecutors charged Juan Carlos Bonilla Valladares, 52, with trafficking 2 tonnes of "
                       "cocaine. Relatives named Carlos, Bonilla and Valladares were questioned in Tegucigalpa.",
                       encoding="utf-8")
    outputs = {subprocess.run([sys.executable, "-m", "graph_intel.cli", "extract", "--format", "json", str(release)],
                              capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3", "4")}
    assert len(outputs) == 1


def test_a_town_after_the_destination_country_that_does_not_lie_in_it_is_where_the_goods_were_seized():
    x = run("Police seize 900 kg of cocaine bound for Portugal in Valparaíso port\n\nChilean police seized 900 kg "
            "of cocaine hidden in a load of grapes.")
    assert links(x, "DESTINED_FOR") == {("900 kg cocaine", "Portugal")}
    assert links(x, "SEIZED_AT") == {("900 kg cocaine", "Valparaíso")}


def test_a_unit_named_after_its_owners_possessive_is_in_the_owners_country():
    x = run("LISBON, 3 May 2026 - Portuguese police seized 80 kg of cocaine. The case began when the Royal Canadian "
            "Mounted Police's Harbour Intelligence Unit flagged a container in Montreal.")
    unit = one_named(x, "Harbour Intelligence Unit")
    assert unit.properties["country"] == "CA"
    assert ("Harbour Intelligence Unit", "Royal Canadian Mounted Police") in links(x, "PART_OF")


def test_counted_carriers_a_seizure_took_are_not_what_carried_the_goods_told_before():
    x = run("Customs officers seized 700 kg of cannabis resin from a speedboat off Almería. The inquiry led to "
            "arrests in Murcia and Alicante and the seizure of three more speedboats and 9 vehicles.")
    assert links(x, "SEIZED_AT") == {("700 kg hashish", "Almería")}


def test_goods_on_a_passenger_travelling_somewhere_were_going_there():
    x = run("Customs officers found 3 kg of cocaine on a woman who was travelling to Nairobi. Another passenger "
            "flying to Kigali carried 4 kg of heroin.")
    assert links(x, "DESTINED_FOR") == {("3 kg cocaine", "Nairobi"), ("4 kg heroin", "Kigali")}


def test_a_facility_after_a_towns_possessive_is_where_the_goods_were_seized():
    x = run("At Mombasa's Kilindini Harbour, officers seized 60 kg of heroin from a dhow.")
    assert links(x, "SEIZED_AT") == {("60 kg heroin", "Kilindini Harbour")}


def test_many_loads_tracked_over_months_are_not_the_goods_seized():
    x = run("Police seized 30 kg of ketamine at a house in Hamilton. Over the summer, detectives had followed "
            "seven consignments of powder that arrived at the port of Auckland from India.")
    assert links(x, "SEIZED_AT") == {("30 kg ketamine", "Hamilton")}
    assert links(x, "ORIGINATED_IN") == set()


def test_goods_that_came_from_stocks_in_a_country_originated_there():
    x = run("Police seized 30 rifles in Graz. The rifles came from army depots in Serbia.")
    assert links(x, "ORIGINATED_IN") == {("30 × firearm", "Serbia")}


def test_an_investigation_opened_by_an_earlier_stop_says_nothing_of_where_the_goods_were_seized():
    x = run("Officers seized 25 pistols during raids in Graz. The investigation, named Steel Rain, began in 2024 "
            "after a van carrying guns was stopped at the Spielfeld border crossing.")
    assert links(x, "SEIZED_AT") == {("25 × firearm", "Graz")}


def test_a_region_that_holds_the_country_the_goods_came_from_stays_an_origin():
    x = run("The gang smuggled pistols from the Western Balkans to Scandinavia. Police seized 40 pistols in Malmö. "
            "The pistols had been made in Serbia.")
    assert links(x, "ORIGINATED_IN") == {("40 × firearm", "Western Balkans"), ("40 × firearm", "Serbia")}
    assert links(x, "TRANSITED_VIA") == set()


def test_co_before_a_place_name_is_a_county():
    x = run("Gardaí seized 50 kg of cannabis at a house in Carrigaline, Co. Cork.")
    assert "Cork" in entities(x, "Region") and "Cork" not in entities(x, "Location") | entities(x, "Port")


def test_a_town_naming_a_police_station_is_no_place_of_the_case():
    x = run("Gardaí seized 50 kg of cannabis in Athlone. A man is held at Mayfield Garda Station.")
    assert "Mayfield" not in entities(x, "Location")


def test_a_port_before_a_county_abbreviated_co_lies_in_that_county():
    x = run("Customs officers seized 70 kg of cocaine at Foynes Port, Co. Limerick.")
    assert ("Foynes Port", "Limerick") in links(x, "LOCATED_IN")


def test_the_groups_drugs_are_all_the_goods_seized_from_it_in_several_raids():
    x = run("Police raided a farm in Kulim and found 200 kg of heroin. In a second raid, in Alor Setar, officers seized "
            "90 kg of heroin. The network had brought the drugs from Myanmar.")
    assert links(x, "ORIGINATED_IN") == {("200 kg heroin", "Myanmar"), ("90 kg heroin", "Myanmar")}


def test_the_town_a_gang_was_convicted_in_is_where_the_court_sat_not_where_the_gang_works():
    x = run("Six members of heroin gang jailed in Leeds\n\nSix members of a gang that imported heroin from Turkey were "
            "jailed in Leeds on Monday.")
    assert not any(target == "Leeds" for _, target in links(x, "OPERATES_IN"))


def test_figures_of_an_operation_across_many_countries_sum_their_seizures():
    x = run("A customs operation across twelve countries in South America led to 300 arrests. The operation ran for "
            "two weeks in October. Officers seized 6 tonnes of cocaine and 140 firearms.")
    assert entities(x, "Shipment") == set()


def test_figures_after_an_operation_in_three_countries_are_its_seizures():
    x = run("Police in three countries dismantled a cocaine ring. Officers seized 600 kg of cocaine.")
    assert entities(x, "Shipment") == {"600 kg cocaine"}


def test_goods_seized_in_a_province_only_were_seized_in_its_country():
    x = run("Detectives seized 90 kg of heroin at a farm in Kwale County.")
    assert links(x, "SEIZED_AT") == {("90 kg heroin", "Kenya")}


def test_two_named_groups_a_sentence_sets_at_war_are_linked_whoever_the_target_is():
    x = run("Police in Bar dismantled a cocaine network that worked for the Ardvale clan and seized 40 kg of cocaine. "
            "The Ardvale clan has been at war with the rival Greyhill clan since 2019.")
    assert ("Ardvale", "Greyhill") in links(x, "LINKED_TO")


def test_a_name_before_criminal_network_names_the_network_a_speakers_adjective_does_not():
    x = run("Police seized 80 kg of cocaine from the Redfern criminal network in Leeds.")
    assert "Redfern" in entities(x, "Organisation")
    x = run("Police dismantled a Serbian-speaking criminal network and seized 80 kg of cocaine in Graz.")
    assert [e.name for e in x.entities if e.label == "Organisation" and e.properties.get("kind") == "network"
            and not e.name.startswith("unnamed")] == []


def test_the_weight_of_each_brick_does_not_make_the_count_of_bricks_a_wrapping_of_it():
    x = run("Navy recovers cocaine bricks off Ibiza\n\nDivers recovered 75 bricks of suspected cocaine off Ibiza. "
            "The bricks, each weighing about one kilogram, were found by divers near the harbour.")
    assert entities(x, "Shipment") == {"75 bricks of cocaine"}


def test_the_substances_are_the_precursors_seized_when_those_were_the_goods():
    x = run("Marines seized 8 tonnes of precursor chemicals at the port of Manzanillo. The substances had arrived "
            "from Busan and were destined for a warehouse in Tijuana.")
    assert links(x, "DESTINED_FOR") == {("8,000 kg drug precursors", "Tijuana")}


def test_a_county_force_named_after_a_home_town_is_not_the_foreign_countys():
    x = run("NEWARK, N.J. - FBI agents and the Essex County Police Department seized 30 kg of fentanyl in Newark.")
    assert one_named(x, "Essex County Police Department").properties["country"] == "US"


def test_the_scope_of_a_record_is_no_seizure_place():
    x = run("Police seized 900 kg of cocaine in Lautoka, the largest drug seizure ever made in the Caribbean Sea region.")
    assert links(x, "SEIZED_AT") == {("900 kg cocaine", "Lautoka")}


def test_loads_summed_over_two_years_are_no_shipment():
    x = run("Police arrested a dock worker in Antwerp. At least nine containers with a total of 4,000 kilos of cocaine "
            "were taken out of the port with his help in 2024 and 2025.")
    assert entities(x, "Shipment") == set()


def test_a_staff_member_the_case_is_against_does_not_make_the_body_take_part():
    x = run("HAMBURG - Police arrested a 51-year-old customs officer on suspicion of helping smugglers take 200 kg of "
            "cocaine out of the port of Hamburg.")
    assert "German Customs" not in entities(x, "Agency")
    x = run("HAMBURG - A customs officer found 200 kg of cocaine in a container at the port of Hamburg.")
    assert "German Customs" in entities(x, "Agency")


def test_a_family_name_that_is_a_town_is_the_town_where_the_words_say_a_place():
    x = run("Police arrested Jorge Valencia, 45, in Madrid. Valencia organised shipments of cocaine through the port "
            "of Valencia and the city of Algeciras.")
    assert "Valencia" in entities(x, "Port")
    assert any("Valencia" in e.aliases or e.name == "Jorge Valencia" for e in x.entities if e.label == "Person")


def test_a_place_goods_were_driven_to_where_officers_waited_is_where_they_were_seized_too():
    x = run("The courier collected 90 kg of heroin at the docks and drove it to a garage in Andover, where "
            "detectives from the regional crime unit were waiting.")
    assert links(x, "SEIZED_AT") == {("90 kg heroin", "Andover")}


def test_goods_produced_in_one_place_and_sold_in_others_were_going_to_those():
    x = run("Police seized 40,000 packs of cigarettes in Orhei. The cigarettes were made in Transnistria and sold in "
            "Poland and Austria.")
    assert links(x, "ORIGINATED_IN") == {("40,000 × cigarettes", "Transnistria")}
    assert links(x, "DESTINED_FOR") == {("40,000 × cigarettes", "Poland"), ("40,000 × cigarettes", "Austria")}


def test_goods_seized_from_a_plane_in_a_place_were_seized_there():
    x = run("Soldiers seize 900 kg of cocaine from plane in Cobán\n\nThe crew fled.")
    assert links(x, "SEIZED_AT") == {("900 kg cocaine", "Cobán")} and links(x, "ORIGINATED_IN") == set()


def test_the_aircraft_that_came_from_a_country_brought_the_goods_from_there():
    x = run("Troops seized 1,100 kg of cocaine from a small plane near Tikal. The aircraft, which according to the "
            "army came from Colombia, was burned by its crew.")
    assert ("1,100 kg cocaine", "Colombia") in links(x, "ORIGINATED_IN")


def test_st_before_a_place_name_is_saint():
    x = run("Coast guards seized 60 kg of cocaine at the port of St. George's and 8 kg of cannabis in St Lucia.")
    assert ("60 kg cocaine", "Saint George's") in links(x, "SEIZED_AT")
    assert "Saint Lucia" in entities(x, "Country")


def test_a_countrys_name_inside_an_unlisted_forces_name_gives_its_country():
    x = run("BRIDGETOWN - Officers of the Royal Montserrat Police Service seized 30 kg of cocaine.")
    assert one_named(x, "Royal Montserrat Police Service").properties["country"] == "MS"


def test_a_provinces_name_followed_by_of_and_a_place_abroad_is_part_of_that_places_name():
    x = run("Prosecutors in the Central District of California charged six men with importing 300 kg of cocaine.")
    assert entities(x, "Region") == {"California"}


def test_a_ports_bare_name_is_the_port_of_the_documents_country_among_namesakes():
    x = run("Mexican marines seized 2 tonnes of cocaine in a container at the port of Manzanillo.")
    assert one(x, "Port").properties["locode"] == "MXZLO"
    x = run("Panamanian police seized 2 tonnes of cocaine in a container at the port of Manzanillo.")
    assert one(x, "Port").properties["locode"] == "PAMIT"


def test_a_body_listed_under_its_bare_name_and_country_is_found_by_that_name():
    x = run("UNGHENI - Officers of the General Police Inspectorate of Moldova found 30 kg of heroin in a lorry.")
    assert entities(x, "Agency") == {"General Police Inspectorate (Moldova)"}


def test_the_group_an_operation_was_against_is_the_target_among_several_named():
    x = run("Police seized 3 tonnes of cocaine in Manta in an operation against the criminal group Los Lobos. "
            "The group maintains ties with the Jalisco New Generation Cartel.")
    assert {target for _, target in links(x, "TARGETED")} == {"Los Lobos"}
    assert ("Los Lobos", "Jalisco New Generation Cartel") in links(x, "LINKED_TO")


def test_a_laws_threshold_is_no_shipment():
    x = run("Officers seized 2 kg of heroin at the checkpoint. Trafficking in more than 15 grams of heroin may attract "
            "the death penalty.")
    assert entities(x, "Shipment") == {"2 kg heroin"}


def test_a_countrys_name_in_an_airlines_is_no_place():
    x = run("Customs officers at Lagos airport found 2 kg of cocaine on a passenger off a Kenya Airways flight.")
    assert "Kenya" not in entities(x, "Country")


def test_the_ports_of_two_towns_after_sent_to_are_destinations():
    x = run("Police seized 900 kg of cocaine in Manta. The cocaine was to be sent to the ports of Valencia and Le Havre.")
    assert {target for _, target in links(x, "DESTINED_FOR")} >= {"Valencia", "Le Havre"}


def test_a_constabulary_is_a_police_force_and_its_commissioner_is_of_it():
    x = run("HONIARA - The Royal Solomon Islands Constabulary, with support from the Australian Federal Police, "
            "seized 500 kg of cocaine.\n\nPolice Commissioner Jo Tanu said the drugs came from a yacht.")
    force = one_named(x, "Royal Solomon Islands Constabulary")
    assert force.properties["kind"] == "police" and force.properties["country"] == "SB"
    assert links(x, "MEMBER_OF") == {("Jo Tanu", "Royal Solomon Islands Constabulary")}


def test_a_news_agency_credited_in_the_dateline_is_no_place():
    x = run("Customs seize heroin\n\nDOHA, Dec 3 (KUNA) -- Customs officers seized 12 kg of heroin at Hamad Port.")
    assert "Kuna" not in entities(x, "Location")


def test_goods_mostly_sold_in_a_country_were_going_there():
    x = run("Police seized 60 kg of cannabis in Cheb. The cannabis was mostly sold in Austria.")
    assert links(x, "DESTINED_FOR") == {("60 kg cannabis", "Austria")}


def test_the_headlines_town_yields_to_a_village_near_it_the_body_names():
    x = run("Police seize 900 kg of cannabis in Durrës\n\nPolice seized 900 kg of cannabis in a barn in the village of "
            "Sukth, near Durrës.")
    assert links(x, "SEIZED_AT") == {("900 kg cannabis", "Sukth")}


def test_the_sea_goods_were_taken_across_is_a_stop_on_their_way():
    x = run("Police seized 700 kg of cannabis in Sarandë. The drug was to be taken by speedboat across the Ionian Sea "
            "to Corfu.")
    assert links(x, "TRANSITED_VIA") == {("700 kg cannabis", "Ionian Sea")}


def test_a_unit_named_after_a_dotted_acronym_is_part_of_that_listed_body():
    x = run("MIAMI - Agents of the D.E.A. Southern Division seized 80 kg of cocaine in Homestead.")
    assert ("Southern Division", "Drug Enforcement Administration") in links(x, "PART_OF")
    assert one_named(x, "Southern Division").properties["country"] == "US"


def test_a_haul_found_earlier_this_year_is_an_earlier_seizure():
    x = run("Customs found 5,000 kilos of cocaine in Antwerp on 3 May. Earlier this year, the same team found "
            "1,100 kilos of cocaine hidden in coffee from Brazil.")
    assert {target for _, target in links(x, "RESULTED_IN")} == {"5,000 kg cocaine"}


def test_the_canal_a_vessel_crossed_is_a_stop_on_the_way():
    x = run("The navy seized 2 tonnes of cocaine from a semi-submersible. The vessel had left Colombia and crossed the "
            "Panama Canal before heading north.")
    assert ("2,000 kg cocaine", "Panama Canal") in links(x, "TRANSITED_VIA")


def test_the_clan_an_investigation_was_into_is_the_target_and_part_of_the_mafia_named_first():
    x = run("Carabinieri arrest 20 in Camorra drug probe\n\nCarabinieri arrested 20 people in Naples in an "
            "investigation into the Ardvale clan of the Camorra and seized 120 kg of cocaine.")
    assert {target for _, target in links(x, "TARGETED")} == {"Ardvale"}
    assert ("Ardvale", "Camorra") in links(x, "LINKED_TO")


def test_a_listed_unit_of_a_listed_body_named_in_a_chain_is_the_listed_unit():
    x = run("ANKARA - Officers of the Narcotics Crime Department of the General Directorate of Security seized 400 kg "
            "of heroin in Van.")
    assert links(x, "PART_OF") == {("Narcotics Crime Department", "Turkish National Police")}
    assert one_named(x, "Narcotics Crime Department").id == "agency:tr-narcotics"


def test_the_way_of_a_figure_no_one_seized_is_not_that_of_the_goods_seized():
    x = run("Pair jailed for cocaine supply line from Belgium to Wales\n\nDai Morgan, 44, and Rhys Price, 41, used vans "
            "to bring at least 60 kilograms of cocaine a month into the UK through the port of Dover. Officers stopped "
            "a van at Dover in May 2025 and found 30 kilograms of cocaine.")
    assert not any(target == "United Kingdom" for _, target in links(x, "TRANSITED_VIA"))


def test_brothers_both_from_a_town_are_people_from_it_not_a_route():
    x = run("Police seized 20 kg of cocaine. Tom Reid, 40, and his brother Sam Reid, 38, both from Paisley, smuggled "
            "the cocaine through the port of Hull.")
    assert not any(target == "Paisley" for rel in ("ORIGINATED_IN", "TRANSITED_VIA") for _, target in links(x, rel))


def test_a_vessel_that_came_from_a_country_brought_the_goods_from_there_along_a_river():
    x = run("Police seized 900 kg of cocaine at Nueva Palmira. The drugs were unloaded from a barge that came from "
            "Paraguay along the Paraná River.")
    assert ("900 kg cocaine", "Paraguay") in links(x, "ORIGINATED_IN")
    assert ("900 kg cocaine", "Paraná River") in links(x, "TRANSITED_VIA")


def test_judiciary_police_is_the_judicial_police_of_the_country_the_text_gives():
    x = run("Portuguese Judiciary Police seize cocaine\n\nLISBON - The Judiciary Police (PJ) seized 900 kg of cocaine "
            "in Setúbal.")
    assert entities(x, "Agency") == {"Portuguese Judicial Police"}


def test_a_place_after_from_the_greater_is_no_person():
    x = run("Police seized 60 kg of cocaine. Four men from the Greater Leeds Area were charged.")
    assert entities(x, "Person") == set()


def test_national_stands_where_the_lists_write_the_nationality():
    x = run("VARNA - The National Customs Agency found 300 kg of cocaine in a container at the port of Varna.")
    assert entities(x, "Agency") == {"Bulgarian Customs Agency"}


def test_where_a_group_controls_the_trade_or_has_a_presence_it_operates():
    x = run("Police dismantled a cocaine network and seized 90 kg of cocaine. The network controlled much of the "
            "cocaine trade in Lille and had a strong presence in Ghent.")
    targets = {target for _, target in links(x, "OPERATES_IN")}
    assert {"Lille", "Ghent"} <= targets


def test_a_reports_title_is_no_person():
    x = run("The DEA's latest National Drug Threat Assessment says the cartel seized 40 kg of fentanyl.")
    assert entities(x, "Person") == set()


def test_where_a_linked_group_is_based_is_that_groups_place_not_the_releases_group():
    x = run("Police in Ghent arrested 9 dock workers who helped a drug trafficking organisation extract 60 kg of "
            "cocaine. The organisation worked for a Serbian-speaking network based in Lyon.")
    based = {(source, target) for source, target in links(x, "OPERATES_IN") if target == "Lyon"}
    assert len(based) == 1 and "network" in next(iter(based))[0]


def test_the_town_a_unit_sits_in_is_no_seizure_place_when_the_sentence_names_one():
    x = run("SANTIAGO - The Anti-Narcotics Unit in Concepción seized 700 kg of cocaine in a container at the port of "
            "San Antonio.")
    assert {target for _, target in links(x, "SEIZED_AT")} == {"San Antonio (Chile)"}
    x = run("SANTIAGO - The Anti-Narcotics Unit in Concepción seized 700 kg of cocaine.")
    assert {target for _, target in links(x, "SEIZED_AT")} == {"Concepción"}
