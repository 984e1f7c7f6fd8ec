"""The pattern side of extraction, in one module: regular expressions and word lists for
what no gazetteer can list (operation names, quantities, unlisted agencies, persons,
places named by their head noun, unnamed groups) and the cue words that give a place
or a figure its role in a sentence. The components read them as `P.NAME`; the
gazetteers (data files) hold the names.

A pattern scanned over whole sentences or texts that opens with a word boundary and a group
of words starts with a lookahead for the first character a match can have (`(?=\\w)`,
`(?=[0-9A-Z])`): Python's engine then passes every other position at once. Same matches,
20-50 % less time (measured on 300 recombined releases)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from graph_intel.extraction.text import LOWER, UPPER

# Days and months: capitalised words that name no place, person or force.
CALENDAR = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
# "Source: …", "Date: …" and link-only lines are about the document, not the case.
METADATA_LINE = re.compile(r"^\s*(?:(?:source|date|published|publisher|url|press|fonte/source|link)\s*:|"
                           r"[^:\n]{0,40}:\s*https?://|https?://\S+\s*$)", re.I)
# What follows a dateline's town: "Lagos, 3 May 2026 –", "MANILA —", "Lima (Reuters) -"
DATELINE_AFTER = re.compile(r"\s*(?:,\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?(?:\s+\d|\s*[–—-])|\([^)\n]{2,30}\)\s*[–—-]|[–—-]|"
                            # "VANCOUVER, British Columbia, 15 October -", "SURREY, B.C. -": the town's province
                            r",\s*(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*(?:,\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d|"
                            r"\s*[–—-]))")
# Town names that are also ordinary words ("To", "Date", "Police"): never a place when read in prose.
COMMON_WORDS = {"to", "date", "police", "of", "in", "as", "at", "on", "by", "so", "no", "be", "is", "it", "man",
                "may", "can", "will", "mobile", "split", "nice", "bar", "union", "liberty", "justice", "hope",
                "independence", "victoria", "progress", "industry", "commerce", "marina", "opportunity",
                "eagle", "reading", "deal", "sale", "bath", "ely", "wells", "orange", "paradise", "santa",
                "general", "president", "colonel", "captain", "republic", "university", "center", "centre",
                "police department", "customs", "navy", "trafficking", "operation", "action",
                "maritime", "highlands"}  # a province of Togo, a council area of Scotland
Q = r"[\"'“”‘’«»‹›„]"  # any quote mark, guillemets too
CAP = r"[A-ZÀ-ÖØ-ÞĆČŠŽĐ](?:[\w’'&-]|\.(?=\w))*"  # a capitalised word; a final full stop ends the sentence
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "hundred": 100, "half a": 0.5, "a quarter of a": 0.25, "quarter of a": 0.25,
                "three quarters of a": 0.75, "a dozen": 12, "dozen": 12, "two dozen": 24,
                "three dozen": 36, "several": None}
# "1.5 million pills", "40 thousand rounds"
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9}
UNIT_KG = {"t": 1000.0, "tonne": 1000.0, "tonnes": 1000.0, "ton": 1000.0, "tons": 1000.0, "metric tons": 1000.0,
           "metric ton": 1000.0, "short tons": 907.18474, "short ton": 907.18474,
           "kg": 1.0, "kgs": 1.0, "kilo": 1.0, "kilos": 1.0, "kilogram": 1.0, "kilograms": 1.0,
           "kilogrammes": 1.0, "g": 0.001, "gr": 0.001, "gram": 0.001, "grams": 0.001, "grammes": 0.001,
           "lb": 0.45359237, "lbs": 0.45359237, "pound": 0.45359237, "pounds": 0.45359237,
           # a litre weighs what its liquid weighs: the figure is kept in litres, with no weight
           "l": None, "litre": None, "litres": None, "liter": None, "liters": None}
MULT = r"(?:\s+(?P<mult>thousand|million|billion|mln|bn)\b)?"
# "1 200": thousands set apart by a (thin or no-break) space
SPACED_THOUSANDS = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])"
# "1,200", "1.200" and "1 200"
# ("one and a half tonnes")
NUM = (r"(?P<num>(?:\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|" + SPACED_THOUSANDS + r"|\d+(?:[.,]\d+)?|"
       + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if w not in {"a", "an", "several"}), key=len,
                         reverse=True)) + r"|(?<![\w-])an?(?=\s+(?:tonne|ton|kilo|kilogram|pound)\b))"
       + r"(?:\s+and\s+a\s+half)?)" + MULT)
APPROX = (r"(?P<approx>(?:more than|over|almost|nearly|approximately|approx\.?|about|around|some|at least|"
          r"up to|just over|just under|roughly|an estimated|a total of|a total amount of|in excess of|"
          r"close to|circa|c\.)\s+)?")
UNITS = "|".join(sorted((re.escape(u) for u in UNIT_KG), key=len, reverse=True))
# A figure starts with a digit or the first letter of a number word. Saying so first lets the regex
# engine skip every other position at once (measured: the quantity patterns run about 1.7x faster).
# (not the number of a model's name: "AR-15")
FIGURE_START = "(?=[0-9" + "".join(sorted({w[0] + w[0].upper() for w in NUMBER_WORDS})) + r"])(?<![\w])(?<![A-Za-z]-)"
# "1.2 tonnes of cocaine", "3300kg of cocaine", "34 kg heroine", "60 kilograms of high-purity heroin"
WEIGHT = re.compile(FIGURE_START + NUM + r"\s*(?:-\s*)?(?P<unit>" + UNITS + r")\b\.?", re.I)
# Words that name a class of goods, not one: what a sentence says of "the weapons" it says of every
# rifle, grenade and round seized with them (the commodity kinds each word covers).
GOODS_CLASSES = {"drugs": {"drug"}, "narcotics": {"drug"}, "weapons": {"firearm", "explosive", "ammunition"},
                 "arms": {"firearm", "explosive", "ammunition"}, "chemicals": {"precursor"},
                 "precursors": {"precursor"}, "precursor chemicals": {"precursor"},
                 # "the substances": drugs or the chemicals to make them, whichever was seized
                 "substances": {"drug", "precursor"}}
# "the drug was to be sent to X": the singular class word, as translated releases write it (not "the
# drug trade", "the drug cartel")
THE_DRUG = re.compile(r"\b(?:the|this|that)\s+drug\b(?![-’']|\s+(?:trad|traffick|cartel|gang|ring|network|lord|"
                      r"money|deal|smuggl|route|market|squad|unit|enforcement|user|abuse|addict|war|mule|boss|"
                      r"baron|lab|organi|investigat|operation|case|charge|offen|crime|conspiracy)\w*)", re.I)
THE_CONTRABAND = re.compile(r"\b(?:the|this|that)\s+(?:seized\s+)?contraband\b", re.I)
PRECURSORS_OF = re.compile(r"\s+(?:pre-)?precursors?(?:\s+chemicals)?\b", re.I)  # after a drug's name
APPROX_BEFORE = re.compile(APPROX + r"$", re.I)  # looked for just before a weight
# "120 kilograms (265 pounds) of cocaine": the same weight converted, between the weight and its goods
CONVERSION = re.compile(r"\s*\(\s*(?:about|approximately|approx\.?|some|roughly|nearly|over|more than|around)?\s*"
                        r"[\d.,]+\s*(?:" + UNITS + r")\.?\s*\)", re.I)
# "25 pistols", "a handgun", "800 pieces of forged 50-dollar notes", "13 packages of plastic explosives"
# (".45 pistol", "caliber 38 revolver": a calibre, not a count)
CALIBRE = re.compile(r"\b(?:caliber|calibre|cal\.)\s*\.?\d{2,3}\b|(?<![\w.])\.\d{2,3}\b|\b\d{1,2}(?:[.,]\d+)?\s?mm\b|"
                     r"(?<![\w.])\.?\d{2,3}-(?:caliber|calibre)\b", re.I)
# "two M16 rifles", "three AR-15 rifles", "five Glock 17 pistols": a model's name between a count and its goods
MODEL = re.compile(r"\b[A-Z][A-Za-z]{0,5}-?\d{1,3}[A-Za-z]?\b|\b[A-Z][a-z]+[ \t]\d{1,3}\b")
COUNT = re.compile(FIGURE_START + r"(?<!several )(?<!few )(?<!\.)(?<!caliber )(?<!calibre )(?P<num>\d{1,3}(?:[,.]\d{3})+|"
                   + SPACED_THOUSANDS + r"|\d+(?:[.,]\d+)?|" + "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS if w != "several"), key=len, reverse=True))
    + r")" + MULT + r"\s+(?P<packaging>(?:pieces|units|packages|packs|boxes|crates|rounds|items)\s+of\s+)?", re.I)
# "raided a mandrax laboratory", "a cocaine trafficking ring": goods named to say what something else is
GOODS_AS_MODIFIER = re.compile(r"\s+(?:laborator(?:y|ies)|labs?|factor(?:y|ies)|plants?|workshops?|dealers?|dealing|"
                               r"traffick\w*|smuggl\w*|rings?|networks?|trade|markets?|production|manufactur\w*|"
                               r"suppl(?:y|ier|iers)|charges?|offen[cs]es?|cases?|operations?|routes?|business)\b", re.I)
# "35 bricks of cocaine", "12 cocaine bricks": a drug counted in the wrapping it travels in.
# "68 years for smuggling handguns", "40 people carrying pistols": the number counts years or people
COUNTED_NOT_GOODS = re.compile(r"\b(?:people|persons|men|women|suspects|individuals|members|officers|agents|"
                               r"years?|months?|weeks?|days?|hours?|times|for|by|who|which|that|were|was)\b", re.I)
PILLS = re.compile(r"pills?|tablets?|capsules?", re.I)
PILLS_HOLDING = re.compile(r"\s+(?:containing|laced\s+with|of)\s+", re.I)
COUNTERFEIT_BEFORE = re.compile(r"\b(?:counterfeit|fake|imitation|look-?alike)\s+$", re.I)
PACKAGING = r"(?:bricks|blocks|packages|packets|parcels|bales|bags|sacks|bundles|slabs|boxes|pellets|wraps)"
WRAPPING_OF = re.compile(r"\s*(?P<unit>" + PACKAGING + r")\s+of\s+", re.I)
WRAPPING = re.compile(r"\s*(?P<unit>" + PACKAGING + r")\b", re.I)
# "packed in Chinese tea packets", "in Thai packaging": a nation's goods the drugs were disguised as
DISGUISED_AS = re.compile(r"\s+(?:(?P<product>[a-z]+)\s+" + PACKAGING + r"|packaging|wrappers|labels)\b")

SEQUEL = r"(?:[ \t]+(?:[IVX]{1,4}|\d{1,3}))?"  # "Lionfish V", "Morning Star 2", "REACTION II"
NAME_WORDS = r"(?P<name>" + CAP + r"(?:[ \t]+" + CAP + r"){0,3}" + SEQUEL + r")"
# ("Operação X", "Operación X", "l'opération « X »": the word in the languages releases keep it in)
OPERATION_NAMED = re.compile(r"\b[Oo](?:peration|peração|peración|perazione|pération|peratie|peracija|peracja|"
                             r"perațiunea|peraţiunea)[ \t]+(?:" + Q + r"[ \t]?)?" + NAME_WORDS + r"(?:[ \t]?" + Q + r")?")
# "codenamed" glued to the name happens in real releases ("codenamedDiscussion").
OPERATION_CODENAME = re.compile(
    r"\b(?:code-?named|codenamed|dubbed|named|called|known as)\s*(?:(?:as[ \t]+)?[Oo]peration[ \t]+)?" + Q
    + r"?" + NAME_WORDS + Q + r"?")
# "the multinational naval strategy Orion", "the campaign 'Clean Seas'": a named campaign is an operation
OPERATION_CAMPAIGN = re.compile(r"\b(?:campaign|strategy)[ \t]+" + Q + r"?" + NAME_WORDS + Q + r"?")
OPERATION_INVESTIGATION = re.compile(
    r"\b(?:investigation|operation|case)[ \t]+" + Q + r"?(?P<name>[A-Z][A-Z0-9-]{2,}(?:[ \t]+[A-Z][A-Z0-9-]{2,}){0,2}"
    + SEQUEL + r")" + Q + r"?")
# 'the "Northwind" investigation', 'the so-called "harbour" operation': a quoted name before the operation word.
OPERATION_QUOTED = re.compile(r"\b(?:the\s+)?(?:so-called\s+)?" + Q + r"(?P<name>[^\"'“”‘’«»‹›„\n]{2,40}?)" + Q
                              + r"\s+(?:operation|investigation|case|probe|inquiry)\b", re.I)
NAMES_ITS_KIND = re.compile(r"(?:Operation|Project|Joint\s+Action\s+Days?)\s", re.I)
# A Joint Action Day or a Project with a name is itself the action a release reports.
ACTION_NAMED = re.compile(r"\b(?P<prefix>Joint\s+Action\s+Days?|Project)[ \t]+" + Q + r"?" + NAME_WORDS + Q + r"?")
TASKFORCE = re.compile(
    r"\b(?:Operational\s+Task\s*[Ff]orce|OTF|Joint\s+Investigation\s+Team|JIT)[ \t]+"
    + Q + r"?(?P<name>" + CAP + r"(?:[ \t]+" + CAP + r"){0,3})" + Q + r"?")

# "Today's raids were the outcome of the JIT's work", "the arrests were carried out within the
# taskforce": the action a release reports, said to belong to a standing taskforce or team.
THE_ACTION = re.compile(r"\b(?:this|these|the|today['’]s|yesterday['’]s)\s+(?:(?:cross-border|international|joint|"
                        r"coordinated)\s+)?(?:action\s+days?|operations?|raids?|sting|investigation|arrests|"
                        r"crackdown|actions?)\b", re.I)
WITHIN_TASKFORCE = re.compile(r"\b(?:(?:(?:a|the)\s+)?(?:direct\s+)?(?:result|outcome|product|part)\s+of|"
                              r"(?:carried\s+out|conducted|run|coordinated)\s+(?:under|within|by)|"
                              r"in\s+the\s+framework\s+of|under\s+the\s+umbrella\s+of|within)\s+"
                              r"(?:[\w\s'’]{0,60}?)(?:Operational\s+Task\s*force|Task\s*force|"
                              r"Joint\s+Investigation\s+Team|JIT|OTF)\b", re.I)

AGENCY_HEADS = (r"(?:Guard|Police|Naval)\s+(?:[A-Z][a-z]+\s+)?(?:District|Area|Sector)|Police|Policía|Polícia|Polizia|Politie|Polizei|Customs|Guard|Gendarmerie|Constabulary|Carabinieri|"
                r"Prosecutor'?s'?\s+Office|Prosecution\s+Service|Public\s+Ministry|Agency|"
                # "the Directorate General of Border Security", "the Directorate-General for Customs",
                # "the Drugs Sub-Directorate"
                r"(?:Sub-?[Dd]|D)irectorate(?:[ \t-]General)?|Department|"
                # "the General Commissariat of Judicial Police": a police's headquarters division
                r"Commissariat|"
                r"Service|Unit|Bureau|Administration|Court|Ministry|Force|(?:Armed|Defen[cs]e)[ \t]+Forces|Navy|Army|"
                r"Centre|Center|"
                # "the Central Committee for Drug Abuse Control": a committee for a task is a body
                r"Committee(?=[ \t]+(?:for|on|of|against)\b)|"
                r"Authority|"
                r"Squad|Team|Division|Inspectorate|Partnership|Command|Office|Marechaussee|Coastguard|"
                r"Intelligence|Prosecutor|Judiciary|Tribunal|Commission|"
                # "the Joint Organised Crime Group": a joint group is one of agencies
                r"Joint(?:[ \t]+[A-Z][\w-]+){0,3}[ \t]+Group|"
                # "the Narcotics Branch", but not "Agency Branch Commander" (a title)
                r"(?:Section|Branch|Desk)(?![ \t]+(?:Commander|Chief|Head|Manager|Director|Officer|Lead)\b)|"
                # the head nouns of Romance-language names that English releases keep ("Sûreté du X")
                r"Sûreté|Guardia|Guarda|Douanes?|Aduanas?|Fiscal[íi]a|Procuradur[íi]a|Armada|Prefectura|Brigade|"
                r"Brigada|Unidad|Unidade|Direcci[óo]n(?:[ \t]General)?|Dire[cç]ção(?:-Geral)?|Servicio|Servi[çc]o|Comando")
BODY_HEAD = re.compile(r"\b(?:" + AGENCY_HEADS + r")\b")  # a head noun anywhere in a name
# "the Southern Command's Joint Task Force", "the Directorate of Investigations' Unit": the owner, up to
# its possessive
OWNER_POSSESSIVE = re.compile(r"(?P<owner>.+?)['’]s?[ \t]+(?=[A-Z])")
# Words that describe what a force does rather than name one ("Anti-Drug Directorate", "National Police").
FORCE_DESCRIPTION = set(
    "anti drug drugs narcotics narcotic directorate department police national central bureau unit office service "
    "agency investigation investigations criminal crime organised organized general special federal state border "
    "customs guard coast force command division intelligence enforcement control prosecutor prosecutors public "
    "ministry interior of the for and against counter combating combatting affairs security judicial "
    "administration squad team section branch centre center task regional district provincial municipal "
    "metropolitan economic financial tax revenue excise immigration maritime naval navy gendarmerie "
    "directorate-general attorney attorney's prosecutor's court authority commission commissariat board inspectorate main "
    "chief serious trafficking smuggling money laundering protection operations operational response".split())
# "... Office Essen, under ...": a town's name closing a body's name, before a break in the sentence
_SEAT = (r"(?P<seat>[A-Z][\w'’-]+)(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:and|has|have|had|was|were|is|are|"
         r"said|seized|arrested|found|in|on|under|with|from)\b)")
SEAT_AFTER = re.compile(r"[ \t]+" + _SEAT)
# "the Public Prosecutor's Office in Essen": an office or a court (every town has one) said with its town
SEAT_IN_AFTER = re.compile(r"[ \t]+in[ \t]+" + _SEAT)
SEATED_HEAD = re.compile(r"\b(?:Office|Court|Prosecution|Prosecutors?|Prosecutor's|Prosecutor’s)$")
IN_COUNTRY_OPENING = re.compile(r"\s*(?:In|Across|Throughout)\s+(?:the\s+)?(?P<place>[A-Z][\w'’ -]{1,40}?)"
                                r"(?:\s+(?:alone|too|itself|also))?,")
# The head nouns of a body's units ("the Drugs Squad"); "Service", "Office" or "Command" head a unit
# only where the text sets the name off as one (added there: "... Police Service" is the police itself).
UNIT_HEADS = {"Department", "Unit", "Section", "Division", "Squad", "Bureau", "Branch", "Team", "Desk"}
AGENCY_HEAD_WORDS = {"Police", "Customs", "Guard", "Gendarmerie", "Constabulary", "Agency", "Service", "Force", "Navy", "Unit",
                     "Office", "Directorate", "Department", "Bureau", "Administration", "Court", "Ministry"}
# "Carabinieri of the Provincial Command of X", "officers of the Guardia di Finanza from the Harbour Unit":
# a force, then the unit of it its men belong to
FORCE_OF_UNIT = re.compile(r"(?:The\s+)?(?P<force>[A-Z][\w'’-]*(?:\s+(?:di|de|del|della|da)?\s*[A-Z][\w'’-]*){0,3}?)"
                           r"\s+(?:of|from)\s+the\s+"
                           r"(?P<unit>(?:[A-Z][\w-]*\s+){0,3}(?:Command|Unit|Squad|Department|Division|Section|"
                           r"Brigade|Station|Team|Group)\b.*)$")
OF_A_PLACE = re.compile(r"[ \t]+(?:of|in)[ \t]+(?P<place>[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)")
SENTENCE_OPENERS = {"Then", "However", "Meanwhile", "Yesterday", "Today", "Later", "Also", "Afterwards", "When",
                    "While", "After", "Before", "Since", "Both", "Officers", "Officials", "Members", "Agents",
                    "Investigators", "Following", "During", "Thanks", "Under", "With", "In", "On", "At", "As"}
AGENCY_PATTERN = re.compile(
    # "72nd Marine Task Force": a numbered unit keeps its ordinal
    # "the Immigration & Checkpoints Authority": words joined by "and" or "&"
    r"(?=[0-9A-Z])\b(?P<name>(?:\d{1,3}(?:st|nd|rd|th)[ \t]+)?(?:[A-Z][\w’'&-]*[ \t]+(?:(?:and|&)[ \t]+)?){0,6}(?:"
    + AGENCY_HEADS + r")\b(?:-(?:North|South|East|West|Central)\b)?"
    # "Regional Office 7 (RO-7)": a numbered unit, where the name ends with its number
    r"(?:[ \t]+\d{1,2}(?=[ \t]*[(,.;:]|[ \t]*$))?"
    # "... of the Province of Kordovia": up to two tails of capitalised words
    # "... Bureau of Alcohol, Tobacco and Firearms": the tail may list its words with commas
    # ("Ipswich Crown Court on Friday, Judge ...": a day or a month starts no tail)
    r"(?:[ \t]+(?:of|for|on|[Aa]gainst|d[eiou]|del|della|de la|des|dos|das|da)\s+(?:the[ \t]+)?"
    r"(?!(?:" + "|".join(CALENDAR) + r")\b)(?:[A-Z][\w’'&-]*)"
    # ("the Court of Instruction No. 2 of Vellin": a numbered court or unit)
    r"(?:,?[ \t]+(?:and[ \t]+)?(?:No\.[ \t]*\d{1,3}\b|[A-Z][\w’'&-]*)){0,4}){0,2})"
    # ("(CBŚP)": an acronym may keep its letters' accents)
    r"(?:[ \t]+\((?P<acronym>[A-Z](?:[A-Za-z0-9-]|(?!_)[^\W\d]){1,9})\))?")

# An acronym that acts like a force: "seized by the GIGN", "SOCA officers" (an acronym alone says nothing).
ACRONYM_AGENCY = re.compile(
    r"\b(?:by|from|with|of|and) the (?P<after_the>[A-Z]{2,6})\b(?![\w’'-]|[ \t]+[A-Z(])|"
    r"\b(?P<before_staff>[A-Z]{2,6})(?:['’]s?)?[ \t]+(?:officers|agents|investigators|operatives|officials|"
    r"personnel|commandos|detectives|analysts|teams?|units?)\b")
# "the U.S.C.G.", "D.C.P.O. officers": an acronym written with full stops.
# "Frankfurt prosecutors", "the Portville prosecutor": a town's public prosecutor's office.
CITY_PROSECUTORS = re.compile(r"(?<![\w-])(?!The )(?P<city>[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+)?)[ \t]+(?:public[ \t]+)?"
                              r"prosecutors?(?:['’]s?[ \t]+office)?\b(?![ \t]*['’]s?[ \t]+Office)")
DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?P<acronym>(?:[A-Z]\.){3,7})(?![\w])")
# "Customs' Sea Cargo Facility", "the Police's Organised Crime Group (OCG)": a unit named after its owner.
POSSESSIVE_UNIT = re.compile(r"['’]s?[ \t]+(?P<unit>(?:[A-Z][\w-]+[ \t]+){1,5}[A-Z][\w-]+)"
                             r"(?:[ \t]+\((?P<acronym>[A-Z]{2,8})\))?")

# "the Kordovian Customs", "Kordovia's Customs", "Mexico's X cartel": a nationality or a country (its
# possessive or not) just before a name
NATION_BEFORE = re.compile(r"([A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(['’]s)?\s+$")
ORG_NOUN = r"(?:organi[sz]ations?|networks?|groups?|gangs?|cartels?|rings?|clans?|syndicates?|structures?|OCGs?)"
GROUP_WORD_AFTER = re.compile(r"[ \t]+" + ORG_NOUN + r"\b", re.I)   # "(a Camorra) clan"
UNNAMED_ORG = re.compile(
    r"(?=[a-z])\b(?P<kind>(?:criminal|crime|drugs?[- ]trafficking|trafficking|smuggling|mafia-style|"
    r"organi[sz]ed|drugs?|"
    r"narcotics?|firearms?|weapons?|arms|migrant|(?:underground )?banking|(?:money[- ])?laundering|"
    # the drug it dealt in: "a heroin network", "a cocaine ring"
    r"heroin|cocaine|crack|cannabis|marijuana|hashish|methamphetamine|meth|amphetamines?|ecstasy|MDMA|"
    r"fentanyl|opioids?|opium|ketamine)[ \t]+"
    r"(?:[\w-]+[ \t]+)?" + ORG_NOUN + r"|OCGs?|(?:cartel|mafia|gang|syndicate|clan)(?!-)|"   # "mafia-type": a charge
    # UK releases charge the group as a conspiracy: "an alleged conspiracy to supply heroin".
    r"(?:drugs?|smuggling|importation|supply)[ \t]+conspiracy|(?<=alleged )conspiracy|"
    # "a network that smuggled hashish": what the group did says what it is
    r"(?:network|group|ring|organi[sz]ation)(?=[ \t]+(?:that|which|who)[ \t]+(?:had[ \t]+)?(?:smuggled|trafficked|"
    r"supplied|imported|exported|distributed|laundered|sold|shipped|moved|produced|manufactured|brought|transported|"
    r"carried|delivered)\b|"
    # "a network based in X": where it works makes a group of it
    r"[ \t]+(?:based|operating|active)[ \t]+(?:in|from|out[ \t]+of)[ \t]+(?:the[ \t]+)?[A-Z]|"
    # "the organisation, led by a former soldier": a leader makes a group of it
    r",?[ \t]+(?:(?:was|were|is)[ \t]+)?(?:led|headed|run|directed)[ \t]+by[ \t]+(?:(?:an?|two|three|one|his|her)\b|(?-i:[A-Z][a-z]))|"
    # "a network affiliated with the X Cartel": a group of its own, tied to the named one
    r"[ \t]+(?:linked|affiliated|tied|connected|allied)[ \t]+(?:to|with)[ \t]+(?:the[ \t]+)?[A-Z'’]))\b", re.I)
# Smugglers as the subject of what they did (not "smugglers try to", said of smugglers in general).
ACTING_SMUGGLERS = re.compile(r"\b(?P<kind>smugglers|traffickers|suppliers|ringleaders)\s+(?:had|were|have been|"
                              r"used|hid|concealed|transported|shipped|smuggled|imported|sent|added|moved|ran|"
                              r"operated|organi[sz]ed)\b", re.I)
# "its links with a Colombian cartel, an Albanian clan and a Brazilian mafia group", "a group linked
# to a network in Dubai": other groups the text ties a group to, each a group of its own.
LINKED_GROUPS_CUE = re.compile(r"\b(?:links?|ties|connections?|contacts?|alliances?)\s+(?:with|to)\s+|"
                               r"\b(?:linked|tied|connected|allied)\s+(?:with|to)\s+|"
                               # "laundering services for a cartel", "moved the money for a Kordovian clan"
                               r"\b(?:services|launder\w*(?:\s+\w+){0,3}?|work(?:ed|ing|s)?|suppl(?:ier|ied|ying))\s+"
                               r"for\s+(?=(?:an?|another)\s)", re.I)
GROUP_PHRASE = re.compile(r"(?:an?|another|other|several|two|three)\s+(?P<words>(?:[\w'’-]+\s+){0,3}?)"
                          r"(?P<noun>cartel|clan|gang|network|crime\s+family|syndicate|"
                          r"mafia(?:\s+(?:clan|group|organi[sz]ation|family))?|(?:criminal\s+)?group|"
                          r"(?:criminal\s+)?organi[sz]ation)s?\b", re.I)
GROUP_LIST_SEPARATOR = re.compile(r"[^,.;]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:an?|another|other)\s)", re.I)
# "the gang, part of a wider network": the group before is a part of another.
# (A group the text names is not "a wider network": "a network affiliated with the X Cartel" is one group, linked.)
PART_OF_GROUP = re.compile(r"\s*,?\s*(?:which (?:is|was)\s+|being\s+)?(?:part of|a (?:branch|cell|faction|unit|subgroup) of|"
                           r"affiliated (?:to|with)|working for)\s+(?:an?|the)\s+(?:(?-i:[a-z])[\w-]*\s+){0,3}?"
                           r"(?:organi[sz]ations?|networks?|groups?|cartels?|rings?|syndicates?)\b", re.I)
PARTNER_GROUP_BEFORE = re.compile(r"\b(?:cooperat\w+|collaborat\w+|work(?:ed|ing|s)?|partnered|allied|"
                                  r"linked|connected|associated)\s+(?:closely\s+)?(?:with|to)\s+an?\s+"
                                  r"(?:[\w-]+\s+){0,2}$", re.I)
# "the Sinaloa Cartel", "the Dune clan", "the Kestrel outlaw motorcycle gang", "the Dune Organised Crime Group":
# a name, a lower-case word (or one or two that say what kind of group) then the group word (in either case).
# (in either case: "the Rebels Outlaw Motorcycle Gang")
_KIND_WORD = r"(?i:outlaw|motorcycle|bikie|biker|street|prison|drugs?|crime|criminal|trafficking|organi[sz]ed|armed)"
NAMED_ORG = re.compile(
    # Starts only where a word starts: inside a long run of capitals every position would be a start.
    r"(?<![\w’'-])(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3}?)[ \t]+"
    r"(?:" + _KIND_WORD + r"[ \t]+(?:" + _KIND_WORD + r"[ \t]+)?|[a-z][\w-]+[ \t]+)?"
    # "cosca" and "'ndrina": the Italian words for a mafia clan, kept in English releases
    r"(?P<kind>(?i:criminal\s+group|crime\s+group|criminal\s+network|cartel|clan|mafia|gang|crime\s+family|criminal\s+organi[sz]ation|"
    r"syndicate|cosca|['’]ndrina|motorcycle\s+club))\b")

# "the Pesce and Bellocco clans", "the Norte, Sur and Golfo cartels": names listed before a plural group word
NAMED_GROUPS_LISTED = re.compile(r"(?<![\w’'-])(?P<names>[A-Z][\w’'-]+(?:,[ \t]+[A-Z][\w’'-]+)*,?[ \t]+and[ \t]+"
                                 r"(?:the[ \t]+)?[A-Z][\w’'-]+)[ \t]+(?P<kind>clans|cartels|gangs|mafias|syndicates|"
                                 r"crime[ \t]+families)\b")
# "outlaw motorcycle gangs including the Comanchero and Hells Angels": the names a kind of group is given by
_GROUP_NAME = r"[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2}"
NAMED_GROUPS_INCLUDING = re.compile(r"\b(?P<kind>gangs|clans|cartels|syndicates|mafias)[ \t]+(?:including|such[ \t]+as|"
                                    r"like|among[ \t]+them)[ \t]+(?:the[ \t]+)?(?P<names>" + _GROUP_NAME +
                                    r"(?:,[ \t]+(?:the[ \t]+)?" + _GROUP_NAME + r")*,?[ \t]+and[ \t]+(?:the[ \t]+)?"
                                    + _GROUP_NAME + r")")
GROUP_NAME_IN_LIST = re.compile(r"(?!the\b|and\b)" + _GROUP_NAME)
GROUP_KIND_OF_PLURAL = {"clans": "clan", "cartels": "cartel", "gangs": "gang", "mafias": "mafia", "syndicates": "syndicate",
                        "families": "family"}
# "Cartel del Norte", "Clan de los Robles", "the Cartel of the Suns": the group word first, then "of" a name.
NAMED_ORG_HEAD_FIRST = re.compile(
    r"(?<![\w’'-])(?P<name>(?P<kind>Cartel|Cártel|Clan|Mafia)[ \t]+(?:de[ \t]+los|de[ \t]+las|de[ \t]+la|del|de|"
    r"of[ \t]+the)[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})")

# The words that make a person part of a group: "a member of", "the leader of".
_MEMBER_WORD = r"(?:members?|leaders?|boss|head|founder|associates?|lieutenants?|enforcers?)"
# "a member of the Latin Lords", "the leader of the Bandoleros": a plural name after a member word is
# a gang's (a body of officers is an agency the gazetteer or the agency patterns know).
MEMBER_OF_PLURAL = re.compile(
    r"\b" + _MEMBER_WORD + r"\s+of\s+the\s+"
    r"(?P<name>(?:[A-Z][\w’'-]+[ \t]+){0,2}[A-Z][\w’'-]*[a-rt-z]s)\b")
# "links to the Ardvale organisation", "members of the Ardvale network": a name before a plain group
# word is a group's where the text ties someone to it (alone, "the Ardvale network" may be a
# platform's or a body's).
NAMED_ORG_TIED = re.compile(
    r"\b(?:links?|ties|connections?|linked|tied|connected|affiliated|belonging|" + _MEMBER_WORD + r")\s+"
    r"(?:to|with|of)\s+the\s+(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,2})[ \t]+"
    r"(?P<kind>organi[sz]ation|network)\b")
# Between a person and their group: up to three commas' asides (age, town), then the member word.
MEMBER_APPOSITION = re.compile(r"(?:\s*,\s*[^,.;]{1,40}?){0,3}\s*,\s*(?:an?\s+|the\s+)?(?:\w+\s+)?"
                               + _MEMBER_WORD + r"\s+of\s+"
                               r"(?:the\s+)?", re.I)
NOT_GANG_PLURALS = {"Forces", "Guards", "Services", "Customs", "Affairs", "Nations", "States", "Authorities", "Islands",
                    "Emirates", "Marines", "Rangers", "Ministries", "Courts", "Commissions", "Units", "Teams", "Officers",
                    "Agents", "Members", "Leaders", "Americas", "Netherlands", "Philippines", "Bahamas", "Maldives"}

# "the terrorist network Al Nasr", "the criminal group Northern Coast Front", "dissidents of the People's
# Liberation Army of Kordovia": a group's name after the words that say what it is.
_GROUP_NAME = r"(?:Al[- ])?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,4}(?:[ \t]+(?:of|de|del)[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]+)?"
# "the gang, known as the Black Wolves": a group word, then the name the group goes by
_GROUP_WORDS = r"(?:gang|group|network|cartel|clan|syndicate|ring|organi[sz]ation|structure|faction)"
_GOES_BY = r",?[ \t]+(?:known as|calling itself|nicknamed|dubbed)[ \t]+(?:the[ \t]+)?"
GOES_BY = re.compile(r"\b" + _GROUP_WORDS + _GOES_BY + "$")
NAMED_ORG_AFTER = re.compile(
    r"\b(?P<lead>(?:terrorist|criminal|crime|drug[- ]trafficking|mafia|armed|guerrilla|paramilitary|jihadist)[ \t]+"
    r"(?:network|group|organi[sz]ation|cartel|gang|clan|militia|faction|structure)[ \t]+(?:known as[ \t]+|called[ \t]+)?|"
    r"(?:dissidents|a faction|a splinter group|an offshoot|a cell|a branch|remnants)[ \t]+of[ \t]+(?:the[ \t]+)?)"
    r"(?P<name>" + _GROUP_NAME + r")")
# "a network linked to the Kordo Liberation Army": an army a criminal group is tied to is an armed group
_LINKED_TO = r"\b(?:linked|tied|connected|affiliated|allied)[ \t]+(?:to|with)[ \t]+(?:the[ \t]+)?"
LINKED_TO_END = re.compile(_LINKED_TO + "$")
ARMED_GROUP_LINKED = re.compile(r"(?P<lead>" + _LINKED_TO + r")(?P<name>(?:[A-Z][\w’'-]+[ \t]+){1,4}Army)\b")
# The group word may end a name ("a faction of the X Cartel known as Y"): sought apart from the leads
# above, which may end on it.
NAMED_ORG_GOES_BY = re.compile(r"\b(?P<lead>(?i:" + _GROUP_WORDS + ")" + _GOES_BY + r")(?P<name>" + _GROUP_NAME + r")")
FACTION_OF = re.compile(r"\b(?:faction|offshoot|splinter group|wing|branch|cell)\s+of\s+(?:the\s+)?$", re.I)
KNOWN_AS_GAP = re.compile(r"(?:\s+(?:cartel|clan|gang|mafia|network|syndicate|group|organi[sz]ation))?" + _GOES_BY, re.I)

# "the Black Wolves, an armed group that ...": the words after a name say it is a group (even one
# whose name ends in a force word, "... Army"); not "X, a cartel leader" nor "X, a gang's driver"
_GROUP_DESCRIBED = (r",[ \t]+(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?(?:terrorist|criminal|crime|drug[- ]trafficking|"
                    r"armed|guerrilla|paramilitary|jihadist|insurgent|rebel|militant)[ \t]+"
                    r"(?P<kind>network|group|organi[sz]ation|cartel|gang|clan|militia|faction|movement)\b"
                    r"(?![ \t]+(?:leader|member|boss|chief|head|figure|associate)s?\b|['’])")
GROUP_DESCRIBED = re.compile(_GROUP_DESCRIBED)
GROUP_NAME_BEFORE = re.compile(r"(?<![\w’'-])(?P<name>" + _GROUP_NAME + r")$")  # searched up to the comma

ARREST = re.compile(r"(?=\w)\b(?:arrest\w*|raid\w*|search(?:es|ed)|detain\w*|dismantl\w*|apprehend\w*|took down|"
                    r"taken down|takedown|extradit\w*|charged|busted)\b", re.I)
ENFORCEMENT = re.compile(
    r"(?=\w)\b(?:arrest\w*|raid\w*|search\w*|seiz\w*|detain\w*|dismantl\w*|intercept\w*|confiscat\w*|apprehend\w*|"
    r"charg\w*|took down|taken down|takedown|action day|operation\w*|investigat\w*|crackdown|bust\w*|"
    r"interdict\w*|recover\w*|found|discovered|stopped|foil\w*|thwart\w*)\b", re.I)
# A search of premises: "raided a farm", "searched a house", "stormed a warehouse"
# ("dismantled a drugs lab near X": the place was raided; "dismantled a network" says no place)
# ("dismantled what police call the largest drug superlab in X": the lab is where the goods were)
RAIDED = re.compile(r"\b(?:raid(?:ed|ing)?|search(?:ed|ing)|stormed|swooped on)\s+(?:an?|the|two|three|several)\b|"
                    r"\b(?:dismantl|bust|shut|destroy)\w*\s+(?:down\s+)?(?:what\s+[\w-]+\s+(?:describe|call)[sd]?\s+as\s+)?"
                    r"(?:an?|the|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:[\w-]+\s+){0,5}?"
                    r"(?:super-?)?(?:lab|laborator(?:y|ies)|plantation|factory|workshop)s?\b", re.I)
# "found at the port", "in the harbour": the port the document names elsewhere
AT_THE_PORT = re.compile(r"\b(?:at|in)\s+the\s+(?P<port>port|harbou?r|docks|airport|container\s+terminal)\b(?!\s+of\b)", re.I)
# ("found that he sold", "found guilty", "discovered that": a finding, not goods taken; "was to be
# recovered by port workers": a plan)
SEIZURE = re.compile(r"(?=\w)(?<!\bto be )\b(?:seiz\w*|confiscat\w*|intercept\w*|found|located|discovered|impound\w*|"
                     r"intervened|recovered|"
                     r"detected|interdict\w*|escorted|haul|uncovered|arrived|docked|unloaded(?!\s+(?:it|them|the|their|its)\b)|"
                     # "thwarted an attempt to smuggle 40 kg": the goods were stopped
                     r"(?:thwart|foil)\w*(?=\s+(?:an?\s+|the\s+)?(?:\w+\s+)?attempts?\b)|"
                     # "a lorry was stopped at X": the carrier held, not a ship's call
                     r"(?<=was )stopped|(?<=were )stopped|(?<=been )stopped|"
                     # "officers stopped a van carrying 18 rifles": the carrier held, active
                     r"stopped(?=\s+(?:an?|the|two|three)\s+(?:[\w-]+\s+)?(?:vans?|cars?|trucks?|lorry|lorries|"
                     r"vehicles?|vessels?|boats?|ships?|buses|bus|trailers?|caravans?|motorcycles?)\b))\b"
                     r"(?!\s+(?:that|guilty|out)\b)", re.I)
# "... were arrested in A and B, and officers seized ...": places said of the arrests, in a clause of
# their own before the one that tells the seizure.
ARRESTED_IN = re.compile(r"\b(?:arrested|detained|apprehended)\s+(?:\w+\s+){0,2}(?:in|at)\s+(?:the\s+)?$", re.I)
# ("... in A and B and agents seized": a new subject opens the seizure's own clause; so do the goods
# in the passive, "..., and 4 t of hashish and six boats were seized")
THEN_SEIZED = re.compile(r"^[^.;]*?(?:(?:,\s*and|;|\s+and(?=\s+(?:the\s+)?(?:police|officers|agents|investigators|"
                         r"officials|authorities|they|customs|detectives)\b))\s+(?:\w+\s+){0,4}?|"
                         r",\s*and\s+[^.;]{0,120}?\b(?:were|was)\s+(?:also\s+)?)(?:seized|confiscated|recovered|found|"
                         r"intercepted|discovered)\b", re.I)
# "at the Apapa Port in Lagos", "at X International Airport in Lima": the town a named facility lies in.
FACILITY = r"\b(?:Port|Seaport|Harbou?r|Airport|Terminal|Docks?|Quay|Pier|Marina)"
# "the Kordo Airport in Vellin", "the Kordo Airport, Vellin": the town a named facility lies in
# ("the Kordo port in Vellin": a name, then the facility's kind in lower case)
FACILITY_IN = re.compile(r"(?:" + FACILITY + r"|[A-Z][\w'’-]*\s+(?:port|seaport|harbou?r|airport|terminal))(?:\s+in|,)\s+(?:the\s+)?$")
# "in the village of Kocul, near Vlora": a village, then the town it is near
VILLAGE_NEAR = re.compile(r"\b(?:village|hamlet|settlement|locality|town)\s+of\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                          r"\s*,?\s+near\s+(?:the\s+)?(?:town\s+of\s+|city\s+of\s+)?$")
# "in the Ikorodu area of Lagos", "the Kordo district of Vellin": a place, then the town it is part of
PART_OF_A_TOWN = re.compile(r"\b[A-Z][\w'’-]+\s+(?:area|district|neighbou?rhood|suburb|quarter|borough)\s+of\s+"
                            r"(?:the\s+)?$")
# "in the village of Kocul, in the Vlora district": a place, then the district round it
PLACE_THEN_IN_THE = re.compile(r"\b[A-Z][\w'’-]+\s*,\s*in\s+the\s+$")
AREA_KIND_AFTER = re.compile(r"\s+(?:district|region|province|county|municipality|prefecture|department|area)\b", re.I)
FACILITY_NAME = re.compile(FACILITY + "$")   # a place named as a facility ("the Kordo Airport")
# "the PSU (Port Search Unit) Team": an acronym, its expansion, then the unit word.
AGENCY_EXPANDED = re.compile(r"\b(?P<acronym>[A-Z]{2,6})\s*\((?P<expansion>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+)\)\s+"
                             r"(?P<head>Team|Unit|Squad|Task\s*Force|Service|Centre|Center|Office|Bureau|Directorate)\b")
TRAFFICKING = re.compile(r"(?=\w)\b(?:traffick\w*|smuggl\w*|shipments?|transport\w*|import\w*|export\w*|route\w*|"
                         r"made their way|transfer\w*|supply\w*|distribut\w*|moved?|moving)\b", re.I)
# A figure over a period is a statistic, not a consignment: "so far this year", "since March",
# "between 2019 and 2022", "to date", "over the past decade", "annually".
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
         r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")
# "last year", "in 2023", "so far this year": a headline that speaks of a period
OVER_A_PERIOD = re.compile(r"\b(?:last|this|past|previous)\s+(?:year|month|quarter)\b|\bin\s+(?:19|20)\d\d\b|\bso far\b",
                           re.I)
# "an operation across 14 countries led to the seizure of 11 tonnes": many seizures summed
_ACROSS_COUNTRIES = (r"\b(?:across|in)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|"
                     r"dozens\s+of)\s+(?:other\s+)?countries\b")
PERIOD_TOTAL = re.compile(
    r"(?=\w)\b(?:so far|to date|year[- ]to[- ]date|since (?:the (?:start|beginning) of |early |late )?(?:" + MONTH
    + r"|(?:19|20)\d\d|last|the start|then|(?:the|this) year)|(?:per|each|every) year|annual(?:ly)?|a year\b(?!-)|"
    r"times (?:a|per|each) (?:day|week|month)|(?:per|each|every) (?:day|week|month)|weekly|monthly|"
    r"between (?:" + MONTH + r"\s+)?(?:19|20)\d\d and|from (?:" + MONTH + r"\s+)?(?:19|20)\d\d (?:to|until)|"
    r"over the (?:past|last) (?:\w+ )?(?:years?|months?|decades?)|in the (?:first|last|past) (?:\w+ )?"
    r"(?:months|years|weeks|half|quarter)|"
    r"including (?:the|this) (?:latest|current|most recent)|a total of [^.;]{0,80}\bin (?:19|20)\d\d|"
    # "extracted with his help in 2025 and 2026": two years' loads
    r"\bin (?:19|20)\d\d and (?:19|20)\d\d\b|"
    # "imported 5 tonnes over two years", "over a period of 18 months"
    r"over (?:a period of )?(?:\d+|two|three|four|five|six|several|many|eighteen) (?:years|months|weeks|decades)|"
    # "had seized a total of 14 tonnes this year"
    r"a total of [^.;]{0,60}?\b(?:this|last|the past) (?:year|month)|"
    # "In 2022, Turkish authorities seized 20 tonnes": a year's figure of a country's authorities
    r"\bIn (?:19|20)\d\d, (?:[\w-]+ ){0,2}authorities\b|"
    # "In total, 18 tonnes were seized in the region last year": a sum over a period
    r"(?:in total|in all|altogether|overall),? [^.;]{0,80}?\b(?:last|past|previous) (?:year|month)|"
    # "In 2022 alone", "throughout 2021", "in the whole of 2020": a year's figure, not one seizure
    r"(?:in|during) (?:19|20)\d\d alone|(?:last|this|that) year alone|throughout (?:19|20)\d\d|"
    r"in the (?:whole|course) of (?:19|20)\d\d|"
    # "up from 300 tonnes the year before": one period's figure set against another's
    r"(?:up|down) from|(?:the|a) year (?:before|earlier)|the previous year|year[- ]on[- ]year|"
    # "A, B and C together accounted for 300 tonnes seized": shares of a statistic
    r"account(?:ed|ing|s)? for|"
    # "seizures in the region reached a record 90 tonnes": a trend's figure; "X seized a record 294 tonnes
    # in 2025": a year's
    r"(?:reached|hit|rose to|climbed to|grew to) (?:a |an )?(?:new |all-time )?(?:record|high|peak)|"
    r"\ba record\b[^.;]{0,50}\bin (?:19|20)\d\d|" + _ACROSS_COUNTRIES + r"|"
    # "supported 24 interdictions in 2026, leading to the seizure of 61 tonnes": a year's seizures summed
    r"\b\d+\s+(?:interdictions|seizures|boardings|busts|hauls)\s+(?:[a-z]+\s+){0,3}?in\s+(?:19|20)\d\d)\b", re.I)
ACROSS_COUNTRIES = re.compile(_ACROSS_COUNTRIES, re.I)
# "an operation across eleven countries", "officers in 30 countries": a scope too wide for one seizure
ACROSS_MANY_COUNTRIES = re.compile(r"\b(?:across|in)\s+(?:[5-9]|[1-9]\d+|five|six|seven|eight|nine|ten|eleven|twelve|"
                                   r"\w+teen|twenty|thirty|forty|fifty|dozens\s+of)\s+(?:other\s+)?countries\b", re.I)
# "In the second, 2.3 tonnes were hidden in bananas": a bare weight that was hidden was of the goods told before
HIDDEN_AFTER = re.compile(r"\s*(?:were|was|had\s+been|have\s+been)\s+(?:hidden|concealed|stashed)\b", re.I)
RESTATED_WEIGHT = re.compile(r"\s*[,(]?\s*(?:weighing|with\s+a\s+(?:total\s+)?weight\s+of|or)\s+(?:about\s+|approximately\s+|"
                             r"around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|just\s+(?:over|under)\s+)?",
                             re.I)
# "could have produced 700 kg", "enough to make": what the goods would have become, not what was seized.
# "planned to import 2 tonnes", "conspiring to distribute 5 kilograms or more": goods of a plan or of a
# charge's wording, not goods anyone seized (unless the clause says they were)
PLANNED_BEFORE = re.compile(r"\b(?:planned|planning|plotted|plotting|intended|intending|conspired|conspiring|"
                            r"conspiracy)\s+to\s+(?:[a-z]+\s+){1,3}$", re.I)
# "trafficking in more than 15 grams of heroin may attract the death penalty": the law's threshold, no seizure
LEGAL_THRESHOLD = re.compile(r"\b(?:may|can|could|would|will)\s+(?:attract|carry|incur|bring)\b|\bpunishable\b|"
                             r"\b(?:death|capital)\s+(?:penalty|punishment|sentence)\b|\bmandatory\s+(?:minimum|death)\b|"
                             r"\bthresholds?\b|\bcarries\s+a\s+(?:maximum|minimum)\b", re.I)
POTENTIAL_YIELD = re.compile(r"\b(?:could (?:have )?(?:produced?|yield(?:ed)?|made?|been used to (?:make|produce))|"
                             r"enough to (?:produce|make|manufacture)|would have (?:produced|yielded|made)|"
                             r"capable of producing|potential (?:yield|output|production) of)\s+(?:\w+\s+){0,3}$",
                             re.I)
# "moved 30 kg of heroin a month", "about 2 kg per week": a rate of trade, not goods anyone seized
# (not "a month later", "a week-long operation")
RATE_AFTER = re.compile(r"\s*(?:of\s+[\w-]+\s+)?(?:a|per|each|every)\s+(?:day|week|fortnight|month|year)\b"
                        r"(?![- ](?:later|earlier|ago|after|before|long|old)\b)", re.I)
# "20 kg in each bag", "bags of 5 kg each", "each weighing 2 kg": the size of one unit, not a shipment.
# ("often 20,000 pills at a time": the size of each of many loads, none of them seized)
PER_UNIT_AFTER = re.compile(r"\s*(?:of\s+[a-z]+\s+)?(?:in\s+each|each|apiece|at\s+a\s+time|per\s+(?:bag|package|packet|"
                            r"parcel|block|brick|box|container|sack|bale|unit|piece|trip|load|shipment|run))\b", re.I)
PER_UNIT_BEFORE = re.compile(r"\b(?:each|every one)\s+(?:weighing|containing|holding|of)\s+(?:about\s+|around\s+)?$",
                             re.I)
# What the reported operation built on: "followed two investigations", "grew out of an earlier inquiry".
PREDECESSOR = re.compile(r"\b(?:followed|built on|building on|grew out of|stemm(?:ed|ing) from|"
                         r"originat(?:ed|ing) (?:from|in)|based on)\s+(?:(?:the|an?|two|three|several|earlier|"
                         r"prior|previous|separate|parallel)\s+)*(?:investigations?|inquiries|inquiry|operations?|"
                         r"probes?|cases?)\b", re.I)
# A seizure the release recalls from another, earlier case.
# "in a separate operation", "an unrelated case": what the sentence tells belongs to another case
OTHER_CASE = (r"\b(?:an?|the)\s+(?:unrelated|separate|different|earlier)\s+"
              r"(?:case|investigation|inquiry|probe|operation|raid|incident)\b")
# "It is the third large seizure at the port this month.", "the second shipment caught this year, after a
# seizure of 800 kg": the figures after it recall the others
NTH_SEIZURE = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:seizures?|shipments?|hauls?|busts?|interceptions?|finds?)\b", re.I)
TOTAL_SAID = re.compile(r"\b(?:in total|in all|altogether|a total of|combined|overall)\b", re.I)
# "the largest since the 2 tonnes seized in 2021", "second only to the 1.5 tonnes found in May": the figure
# after the comparison is another, earlier seizure
COMPARED_WITH = re.compile(r"\b(?:largest|biggest|second|third|record|most)\b[^.;]{0,40}?\b(?:after|since|than|"
                           r"behind|only to|surpassing|exceeding|beating)\s+(?:the\s+|a\s+)?(?:previous\s+)?$",
                           re.I)
EARLIER_CASE = re.compile(r"\btraced back\b|\bpreviously\b|\bearlier seizures?\b|\bprior seizures?\b|"
                          # "Earlier this year, the team found 2 tonnes": another, earlier haul
                          r"^\W*earlier\s+(?:this|that|in\s+the)\s+(?:year|month|week|summer|spring|autumn|winter)\b|"
                          + OTHER_CASE, re.I)
# "But the destination is X", "Their origin was X": a sentence on the way of goods named before it
THEIR_WAY_OPENS = re.compile(r"\s*(?:(?:But|And|However),?\s+)?(?:the|their|its)\s+(?:final\s+|ultimate\s+)?"
                             r"(?:destination|origin)\s+(?:is|was|were|would\s+have\s+been)\b", re.I)
# "typically", "usually": a sentence on how the trade goes in general
HABITUAL = re.compile(r"\b(?:typically|usually|generally|commonly|traditionally|normally|habitually|routinely|widely)\b",
                      re.I)
# "the syndicate obtained the drugs from X": the group's goods, all of them
THE_GROUPS_GOODS = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:syndicate|network|gang|group|cartel|clan|ring|"
                              r"organi[sz]ation)\b[^.;]*\b(?:the|its|their)\s+(?:drugs|narcotics|goods)\b", re.I)
# "investigators tracked 11 shipments of chemicals", "dozens of consignments": many loads over time,
# not the one seized
LOAD_WORDS = ("shipments", "consignments", "deliveries", "loads")  # (the words MANY_LOADS needs)
MANY_LOADS = re.compile(r"\b(?:(?:[3-9]|[1-9]\d+)|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"twenty|thirty|forty|fifty|several|multiple|numerous|dozens\s+of|hundreds\s+of))\s+"
                        r"(?:\w+\s+)?(?:" + "|".join(LOAD_WORDS) + r")\b", re.I)
# Money moved: a sentence about it ("the proceeds were sent to X") tells no goods' route.
MONEY = re.compile(r"\b(?:money|cash|funds|proceeds|profits|payments?|bitcoins?|cryptocurrenc\w+|"
                   r"(?:mirror\s+|financial\s+)?transactions|remittances?|launder\w*)\b", re.I)
# "the proceeds, which were sent back to X": the money moved, then where it went
MONEY_MOVED = re.compile(r"[^.;]{0,40}?\b(?:sent|transferred|moved|wired|returned|repatriated|laundered|smuggled|"
                         r"taken|carried|flown|funnell?ed|channell?ed)\b", re.I)
# "concealed inside an excavator shipped to X", "hidden in talc stones": what the goods were hidden in,
# which later sentences speak of as their carrier ("the excavator had been loaded in Y")
CONCEALED_IN = re.compile(r"\b(?:hidden|concealed|stashed|secreted)\s+(?:in|inside|within|among|under)\s+"
                          r"(?:(?:an?|the|two|three|four|\d+)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{4,}?)(?:es|s)?\b"
                          r"(?=\s+(?:of|from|that|which|bound|with|on|at|in|to|carrying|loaded|shipped|arriving)\b|"
                          r"\s*[,.;])")
# What carried the goods, or who did: a sentence about it speaks of the load ("two containers arriving
# from X", "a passenger arriving from X via Y", "It was shipped from X").
CARRIER = re.compile(r"\b(?:consignments?|shipments?|cargo|containers?|vessels?|(?:sail|speed|narco-?|go-fast\s)?boats?|"
                     r"go-fasts?|dhows?|canoes?|trawlers?|skiffs?|ships?|lorry|"
                     r"lorries|trucks?|trailers?|ferry|haul|drugs|vehicles?|caravans?|vans?|cars?|yachts?|planes?|"
                     r"aircraft|flights?|parcels?|packages?|barrels?|crates?|suitcases?|luggage|baggage|semi-?submersibles?|"
                     r"passengers?|couriers?|travell?ers?)\b"
                     r"(?!\s+(?:wash\w*|parks?|dealer\w*|rentals?|hire|shows?|sales?|lots?))|"   # a "car wash" carries nothing
                     r"\barriv\w*\s+from\b|"
                     r"^It\s+(?:came|arrived|had arrived|was (?:sent|shipped|loaded|trucked|flown))\b|"
                     # "He was bound for X", said of the courier caught with the goods: where they were going
                     r"^(?:He|She|They|The\s+(?:suspects?|man|woman|couriers?|passengers?|travell?ers?|drivers?))\s+"
                     r"(?:was|were|had\s+been)\s+(?:bound|headed|heading|travell?ing|flying|en\s+route|"
                     r"on\s+(?:his|her|their)\s+way)\b", re.I)
# "the seizure of two more boats and 15 vehicles": counted carriers a seizure took are goods of their
# own, not what carried the goods told before
_COUNT = r"(?:\d+|" + "|".join(w for w in NUMBER_WORDS if " " not in w and len(w) > 2) + r")"
SEIZURE_NOUN_OR_VERB = re.compile(r"seiz|confiscat|impound", re.I)
SEIZED_CARRIERS_BEFORE = re.compile(r"\b(?:seized|seizure\s+of|confiscated|confiscation\s+of|impounded)\s+"
                                    r"(?:(?:[\w-]+,?\s+){1,6}and\s+)?" + _COUNT +
                                    r"\s+(?:(?:more|other|further|additional)\s+)?$", re.I)
# "... and a cache of weapons in": other goods, then the place they were found in
# Where a sentence joins two clauses: ", and in May ...", "; ", ", while ..."
CLAUSE_BREAK = re.compile(r",\s+(?:and|while|whereas|but)\s+|;\s+")
OTHER_GOODS_THEN_PLACE = re.compile(r"\band\s+(?:an?\s+|the\s+|some\s+|\w+\s+)?(?:[\w-]+\s+){0,2}(?:of\s+)?"
                                    r"(?:weapons?|firearms?|guns?|rifles?|pistols?|cash|money|vehicles?|cars?|"
                                    r"phones?|ammunition|jewell?ery|watches|explosives?)\s+(?:[\w-]+\s+){0,3}?"
                                    r"(?:in|at)\s+(?:the\s+)?$", re.I)
# "triad-linked", "cartel-backed", "mafia-style", "an Operation X-style raid": a name that describes something else
DESCRIBES_ANOTHER = re.compile(r"-(?:linked|backed|affiliated|connected|related|style|like|type|inspired|controlled|"
                               r"run|tied)\b", re.I)
# "Case 2 – Operation Atlas (Spain, Morocco)": a heading that opens with the operation's name
CASE_HEADING = re.compile(r"[ \t]*(?:(?:Case|Operation|Investigation)[ \t]+\d+[ \t]*[–—:.-][ \t]*|\d+[.)][ \t]*|[•▪*][ \t]*)?"
                          r"Operation[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3}[ \t]*(?:\(|:|[–—-]|$)", re.M)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "the investigation, which began in 2023": the year the case started, not the year of a seizure in it
CASE_STARTED = re.compile(r"\b(?:began|begun|started|launched|opened|initiated|commenced|since)\s+(?:in\s+)?"
                          r"(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\b")
# "The inquiry began when officers saw a boat unloading bales in X": the event that opened the case,
# told without a figure, is not where the goods the release counts were seized
CASE_OPENED_BY = re.compile(r"\b(?:investigation|inquiry|probe|case|operation)(?:\s*,[^,.;]{1,60},)?\s+(?:had\s+)?(?:began|started|"
                            r"was\s+(?:launched|opened|initiated)|originated)\b[^.;]*?\b(?:when|after)\b", re.I)
FUGITIVE = re.compile(r"\barrest warrant\b|\bred notice\b|\bwanted (?:for|in|by)\b|\b(?:avoid\w*|evad\w*|escap\w*) (?:an? )?arrest\b|\b(?:fled|on the run|"
                      r"fugitives?|extradit\w*|at the request of)\b", re.I)
# "a seizure in X", "avoiding arrest in X", "the murder of A B in X": the place of one event, not where
# a group works (looked for just before the place).
EVENT_IN = re.compile(r"\b(?:seizures?|arrests?|raids?|murders?|killings?|shootings?|trials?|hearings?|convictions?|"
                      r"extraditions?)\s+(?:of\s+(?:[\w'’-]+\s+){1,3})?in\s+(?:the\s+)?$", re.I)
# "a grand jury in the District of X", "the court in X": where the case is heard, not where a group works
COURT_IN = re.compile(r"\b(?:jury|court|judge|tribunal)\s+(?:in|of|for|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                      r"(?:District\s+of\s+)?(?:the\s+)?$|"
                      # "members of a gang convicted in X", "sentenced in X": where the court sat
                      r"\b(?:convicted|sentenced|jailed|tried|indicted|acquitted)\s+(?:today\s+|yesterday\s+)?in\s+(?:the\s+)?$",
                      re.I)
UNRELATED = re.compile(r"\b(?:other offences|other crimes|unrelated|previously arrested)\b|" + OTHER_CASE, re.I)
# "authorities in Ruritania", "police of the Republic of X": that country's authorities.
AUTHORITIES_OF = re.compile(r"\b(?:authorities|police|officers|officials|customs|investigators|prosecutors)\s+"
                            r"(?:in|of|from)\s+(?:the\s+)?$", re.I)
# what lies between two items of one list: "A, B and the C"
NEXT_IN_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?", re.I)
AUTHORITIES_IN = re.compile(r"\b(?:authorities|police|officers|officials|customs|investigators|agents)\s+"
                            r"in\s+(?:the\s+)?$", re.I)
PARTICIPATION_CUE = re.compile(r"(?=\w)(?:\b(?:"
    r"(?:authorities|police|officers|investigators|law enforcement(?: authorities| agencies)?|agencies|forces|"
    r"colleagues|prosecutors|customs|representatives|units)(?:\s+(?:from|of|in)\s*|\s*:\s*)(?:the\s+)?$|"
    # "police from 12 countries, including Kordovia, ...": the countries named are among those that acted
    r"(?:authorities|police|officers|investigators|law enforcement|agencies)\s+(?:from|of|in)\s+(?:\w+\s+){0,2}"
    r"countries,?\s+(?:including|among them|such as|namely)\s+(?:the\s+)?$|"
    r"(?:in\s+)?(?:close\s+)?(?:cooperation|collaboration|coordination)\s+with\s+(?:the\s+)?$|"
    # "police coordination from Kordovia and ...", "with support from the Netherlands"
    r"(?:cooperation|collaboration|coordination|support|assistance|participation|involvement)\s+(?:from|of)\s+"
    r"(?:the\s+)?$|"
    r"(?:involving|involved|participation of|participating|supported by|support of|assisted by)\s+"
    r"(?:the\s+)?$|"
    # "cooperation between A and B" (not money "moved between A and B": a way, not who acted)
    r"(?:cooperation|collaboration|coordination|partnership|operation|investigation|action)\s+between\s+"
    r"(?:the\s+)?$|"
    # "a taskforce set up by A and B", "an operation led by A": the countries that ran it
    r"(?:set\s+up|led|initiated|launched|requested|conducted|carried\s+out)\s+by\s+(?:the\s+)?$|"
    # "Countries involved: A, B, C", "The participating countries included ...": those that took part
    r"(?:countries|member\s+states|partners)\s+(?:involved|participating|taking\s+part)\s*(?::|\s(?:were|are|"
    r"included|include)\b:?)\s*$|"
    r"participating\s+(?:countries|member\s+states)\s*(?::|\s(?:were|are|included|include)\b:?)\s*$|"
    # "Operation X ran for two weeks in A, B and C": where the action ran, authorities acted
    r"(?:operation|action\s+days?|raids|searches)\b[^.;]{0,60}?\b(?:ran|took\s+place|(?:was|were)\s+"
    r"(?:carried\s+out|conducted|held|run))\s+(?:\w+\s+){0,6}?(?:in|across)\s+(?:the\s+)?$))", re.I)
# "with the assistance of the X Police": a body that helped, named where another speaks
HELPER_BEFORE = re.compile(r"\b(?:with\s+the\s+(?:help|assistance|support|cooperation)\s+of|"
                           r"with\s+(?:help|assistance|support)\s+from|(?:supported|assisted|aided)\s+by|"
                           r"in\s+(?:close\s+)?(?:cooperation|collaboration|partnership)\s+with|together\s+with|"
                           r"alongside)\s+(?:the\s+)?$", re.I)
ACTIVE_IN = re.compile(r"(?=\w)(?:\b(?:based|active|operating|operated|operates|present|established|settled|entrenched|"
                       r"spread|spanned|stretched|extended)\s+"
                       r"(?:in|across|throughout|between|from|out\s+of)\s+(?:the\s+)?$|"
                       r"\b(?:assigned|posted|deployed)\s+to\s+(?:the\s+)?(?:Republic\s+of\s+)?$|"
                       # "a clan with cells in A and B and members in C": where it has people, it works
                       r"\b(?:had|has|have|having|with|and)\s+(?:\w+\s+)?(?:cells|branches|members|hubs|bases|a\s+presence)\s+"
                       r"(?:in|across|throughout)\s+(?:the\s+)?$|"
                       # "had a strong presence in X", "controlled the cocaine trade in X": where it works
                       r"\b(?:a|an|its)\s+(?:\w+\s+)?presence\s+(?:in|across|throughout)\s+(?:the\s+)?$|"
                       r"\b(?:controll?(?:ed|ing|s)?|dominat(?:ed|ing|es)|ran|runs?)\s+(?:\w+\s+){0,5}?(?:trade|market|"
                       r"distribution|business)\s+(?:in|across|throughout)\s+(?:the\s+)?$|"
                       # "a network between X, Y and Z", "gangs trafficking heroin throughout X and Y"
                       r"\b(?:network|group|gang|ring|organi[sz]ation|cartel|clan)s?\s+(?:between|across|throughout|"
                       r"spanning)\s+(?:the\s+)?$|"
                       r"\b(?:trafficking|smuggling|dealing)\s+(?:\w+\s+)?(?:throughout|across)\s+(?:the\s+)?$)", re.I)
# "a Portugal-based criminal group": the place the group works from.
BASED_GROUP_AFTER = re.compile(r"-based\s+(?:[\w-]+\s+){0,3}?(?:group|gang|network|cartel|clan|organi[sz]ation|ring|"
                               r"syndicate|mafia)s?\b", re.I)
COUNTRY_LINE = re.compile(r"\s*(?:[-–•*·▪]\s*)?(?:the\s+)?")  # what may stand before a line's opening country
# ("38 arrests (Kordovia: 12, Vellinia: 9)": a country's own tally of the results)
PARTICIPANT_AFTER = re.compile(r"^\s*(?:also\s+)?(?:took part|participated|joined|were involved|was involved|"
                               r"cooperated|contributed)|^\s*:\s*\d[\d,.]*\s*(?:[,;)]|$)", re.I)
# "the Dutch and Belgian police", "German security officials": a nationality, then who acted.
AUTHORITY_NOUNS = re.compile(r"^\s*(?:and\s+\w+\s+)?(?:(?:security|law[- ]enforcement|federal|state|border|judicial|"
                             r"anti-drugs?|drug|narcotics)\s+)?(?:authorities|police|officers|officials|investigators|"
                             r"law enforcement|colleagues|prosecutors|customs|judicial|counterparts|operatives|agents|"
                             r"navy|coast\s?guard|soldiers|troops|marines|sailors|troopers)", re.I)
FORCE_NOUN = re.compile(r"\s+(?:national\s+)?(?:police|customs|gendarmerie|coast\s?guard|border\s+(?:guard|police))\b",
                        re.I)
# "often called the country's FBI", "dubbed Ruritania's Scotland Yard": an agency another is likened to.
LIKENED_TO = re.compile(r"\b(?:known as|dubbed|nicknamed|often called|described as|likened to|equivalent of)\s+"
                        r"(?:the\s+)?(?:[A-Z][\w.]*|the country|the nation)['’]s?\s+(?:own\s+)?$")
# What an agency did in an operation: the sentence that says it is the best evidence of its part.
ACTING = re.compile(r"(?=\w)\b(?:support\w*|coordinat\w*|facilitat\w*|took part|participat\w*|carried out|conducted|"
                    r"led|assist\w*|involv\w*|deployed|arrest\w*|seiz\w*|raid\w*|search\w*|dismantl\w*|"
                    r"intercept\w*|investigat\w*|cooperat(?:ed|ing)|collaborat(?:ed|ing)|worked|provided)\b", re.I)
SUPPORT_CUE = re.compile(r"\b(?:support\w*|assist\w*|facilitat\w*|help|with the support of|coordinat\w*)\b", re.I)

# Cue words just before a place (or a list of places) give it a role.
CUE_FROM = re.compile(r"\b(?:from|originat\w* (?:in|from)|coming from|shipped from|sourced (?:in|from)|"
                      r"departed from|departing from|sent from|leaving|left|"
                      # "having boarded in X", "he embarked at X": where the courier set out
                      r"(?:boarded|embarked)(?:\s+(?:a|the|his|her|their)\s+[\w-]+)?\s+(?:in|at)|"
                      # "loaded onto the boat in X", "loaded the hashish on the X coast": where the goods started
                      r"loaded(?:\s+(?:on(?:to)?|into|aboard)\s+(?:the\s+|a\s+|an\s+)?[\w-]+)?\s+in|"
                      r"loaded\s+(?:(?:the|its|their)\s+[\w-]+\s+|it\s+|them\s+)?(?:on|at)(?=\s))\s*"
                      r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# ("stopped in X before ...": a stop on the way; "was stopped in X": where police stopped it)
CUE_VIA = re.compile(r"(?=\w)(?:\b(?:via|through|transit\w*(?:\s+(?:via|through|in))?|passing through|stopover in|"
                     r"(?<!was )(?<!were )(?<!been )(?<!being )stopp(?:ed|ing)\s+(?:over\s+)?(?:in|at)|"
                     r"made\s+(?:a\s+)?stop(?:over)?s?\s+(?:in|at)|(?:called|calling)\s+(?:in\s+)?at|"
                     r"across the border (?:at|in|near)|crossing (?:point )?(?:at|in)|border crossing (?:at|in|of)|"
                     r"(?:crossed|crossing) the border (?:at|in|near)|"
                     r"(?:carried|shipped|smuggled|transported|sailed|moved|ferried|taken|brought|driven)\s+across|"
                     r"by way of|trans-?s?hipped\s+(?:in|at|through)|reloaded\s+(?:in|at))\b\s*(?:the\s+)?"
                     # ("via X at Y": Y is where it ended, not a stop; "across the border from X": X is
                     # where it came from; "through X into Y", "across the sea to Y": Y is where it went)
                     r"(?:(?!(?:at|from|into|to)\s)[\w-]+\s+){0,3}(?:in\s+)?(?:the\s+)?$)", re.I)
CUE_IN = re.compile(r"\b(?:in|at|on|inside|within|throughout)\s+(?:the\s+|an?\s+)?"
                    # "in international waters of the X": a word may qualify the place's kind ("in a rural area of
                    # the municipality of X": one kind within another)
                    r"(?:(?:[\w-]+\s+)?(?:port|harbour|harbor|city|town|village|region|province|centre|center|coast|"
                    r"area|territory|waters|municipality|district|department|county|outskirts)\s+of\s+(?:the\s+)?){0,2}"
                    r"(?:[\w-]+\s+){0,3}?$", re.I)
# "the load was shipped to X", "smuggled on to X": goods sent to a place.
CUE_SENT_TO = re.compile(r"(?=\w)(?:\b(?:sent|(?:trans-?s?)?shipped|smuggled|(?:re-?)?export(?:ed)?|dispatched|forwarded|"
                         r"trafficked|trucked|transported|conveyed|moved|carried|"
                         r"flown|ferried|driven)\s+"
                         # ("sent the drugs by van to X")
                         r"(?:\w+\s+){0,4}?(?:on\s+)?to\s+(?:the\s+)?$|"
                         # "transported by land to warehouses in X": the goods were taken there
                         r"\b(?:sent|shipped|smuggled|transported|taken|took|moved|driven|drove|trucked|brought|"
                         r"delivered|sold|supplied)\s+"
                         r"(?:\w+\s+){0,3}?to\s+(?:an?\s+|the\s+)?(?:\w+\s+){1,2}?(?:in|at)\s+(?:the\s+)?$|"
                         # "... across the border at X and on to stash houses in Y": the next leg ends there
                         r"\bon(?:wards?)?\s+to\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?(?:in|at)\s+(?:the\s+)?$|"
                         # "in their luggage on a flight to X": where the carrier was going
                         r"\b(?:flights?|ferry|bus|coach|train)\s+(?:bound\s+)?(?:to|for)\s+(?:the\s+)?$|"
                         # "a passenger travelling to X", "a woman who was flying to X": so was what she carried
                         r"\b(?:passengers?|travell?ers?|couriers?|m[ae]n|wom[ae]n)\s+(?:who\s+(?:was|were|had\s+been)\s+)?"
                         r"(?:travell?ing|flying|headed|heading|bound)\s+(?:to|for)\s+(?:the\s+)?$|"
                         # "for onward transport to X", "for distribution to X": where the goods were to go
                         r"\bfor\s+(?:onward\s+|further\s+)?(?:transport|transportation|shipment|shipping|delivery|"
                         r"distribution|sale)\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?$)", re.I)
# "driven to X, where the crates were put on a vessel": the goods moved on from X.
# "to Vellin in Kordovia", a town no list holds: the country is where that stop of the route lies
UNLISTED_STOP = re.compile(r"\b(?P<cue>to|via|through|from)\s+(?:the\s+)?(?:(?:port|harbou?r|city|town)\s+of\s+)?"
                           r"(?P<town>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+in\s+(?:the\s+)?$")
RELOADED_AFTER = re.compile(r"\s*,?\s*(?:from\s+)?where\s+(?:it|they|the\s+\w+)\s+(?:was|were|would\s+be|"
                            r"(?:is|are)(?:\s+to)?\s+be|had\s+been)\s+(?:then\s+)?"
                            r"(?:re-?)?(?:loaded|transferred|trans-?s?hipped|shipped|put|hidden)\b", re.I)
# A sentence about "the consignment" or "it", told or reported: the release's own seizure.
# "Investigators found that the consignment ...": a reporting clause may come before the load.
THE_LOAD_OPENS = re.compile(r"(?:[\w ]{0,40}\b(?:said|says|added|explained|revealed|found|established|showed|"
                            r"indicated|suggested|believed?|suspect(?:s|ed)?) (?:that )?)?"
                            r"(?:It|the (?:consignment|shipment|cargo|load|haul))\b", re.I)
# Between two stops of one route: the goods moved on from the first ("from where", "before reaching").
# "unloaded at X, from where it was taken by road to Y": the goods went on from X (not "seized in X, from
# where it was to be sent to Y", a plan)
LEFT_FROM_THERE = re.compile(r"\s*,?\s*(?:from\s+(?:where|there)|whence),?\s+(?:it|they|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                             r"(?:was|were|had\s+been)\s+(?:then\s+|later\s+)?(?!to\b)[a-z]+\b", re.I)
ONWARD = re.compile(r"\b(?:from (?:where|there)|where (?:they|it) (?:was|were) (?:then )?(?:re)?(?:loaded|shipped|sent|"
                    r"transferred)|then|thence|onwards?|on to|before (?:being |it was )?(?:landing|arriving|reaching|"
                    r"shipped|sent|moved|transported|taken|continuing|crossing)|after which|"
                    # "moved by road to X and were due to be flown to Y": a second leg, by other means
                    r"and\s+(?:(?:was|were|had\s+been)\s+)?(?:(?:due|about|set|scheduled|meant|going)\s+to\s+(?:be\s+)?)?"
                    r"(?:flown|fly|shipped|ship|sent|send|moved|move|transported|transport|taken|take|driven|drive|"
                    r"trucked|ferried|smuggled|smuggle|carried|carry|loaded|forwarded|forward))\b", re.I)
IMPORT_OF_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:importations?|imports?)\s+of\b", re.I)
TRANSIT_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:as a transit|transit (?:area|country|point|hub))", re.I)
# "off the coast of X", "200 nautical miles south of X": at sea, by a place
# "the boat had left the coast of X": where the goods set out from, not where they were seized
LEFT_THE_COAST = re.compile(r"\b(?:from|left|leaving|departed|departing|sailed|set sail)\s+(?:from\s+)?(?:the\s+)?"
                            r"(?:coast|shores?) of\s+(?:the\s+)?$", re.I)
# "had loaded the drug off the coast of X", "loaded onto the boat at X": where the goods came aboard
LOADED_AT = re.compile(r"\b(?:loaded|picked\s+up|collected|took\s+on|taken\s+on(?:\s+board)?)\s+"
                       r"(?:\w+\s+){0,3}?(?:off|from)\s+(?:the\s+)?(?:coast|shores?|waters)\s+(?:of|off)\s+"
                       r"(?:the\s+)?$|"
                       r"\bloaded\s+(?:on(?:to)?|into|aboard)\s+(?:\w+\s+){1,3}?(?:at|in)\s+(?:the\s+)?(?:port\s+of\s+)?$",
                       re.I)
# "smuggled in through the waters off X": the goods passed the coast on their way
VIA_THE_COAST = re.compile(r"\b(?:via|through|passing|past)\s+(?:the\s+)?(?:waters|coast|shores?)\s+(?:off|of)\s+"
                           r"(?:the\s+)?$", re.I)
# "smuggled hashish from X to the coast of Y": Y's coast is where the goods went, not where they were seized
# ("heading for the coast of Y", "bound for the shores of Y", "to the west coast of Y" likewise)
TO_THE_COAST = re.compile(r"\b(?:to|(?:heading|head(?:ed|s)?|bound|destined|sailing)\s+(?:for|towards?))\s+the\s+"
                          r"(?:(?:north|south|east|west|northern|southern|eastern|western)(?:-?(?:east|west)(?:ern)?)?\s+)?"
                          r"(?:coast|shores?) of\s+(?:the\s+)?$", re.I)
# "off the coast of X", "40 miles south of X", "in waters south of X": at sea, off the place
COAST_OF = re.compile(r"\b(?:coast|shores?) of\s+(?:the\s+)?$|\b(?:(?:nautical\s+)?miles|km|kilomet(?:re|er)s|waters)\s+(?:\w+\s+)?"
                      r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|off)(?:\s+of)?\s+(?:the\s+)?$",
                      re.I)
# "seized 50 kg of heroin smuggled from X": the goods came from X (a verb of moving them before "from").
MOVED_FROM = re.compile(r"(?=\w)(?:\b(?:smuggled|shipped|transported|trafficked|brought|imported|sent|flown|driven|"
                        r"carried|moved|coming|arriving|originating|sourced|procured|obtained|bought|purchased)\s+"
                        r"(?:\w+\s+){0,3}?from\s+(?:the\s+)?(?:port\s+of\s+)?$|"
                        # "aboard a flight from X", "a container from X": the carrier came from there
                        r"\b(?:flight|vessel|ship|boat|lorry|truck|container|consignment|shipment|cargo|parcel|"
                        r"package)s?\s+(?:\w+\s+){0,2}?from\s+(?:the\s+)?$)",
                        re.I)
# "amphetamine produced in laboratories in X", "cannabis grown in X": where the goods were made.
# (goods "bought in X" came from X as much as goods made there)
# ("the largest seizure ever made in X", "arrests made in X": an event, not goods, made there)
MADE_IN = re.compile(r"\b(?:produced|manufactured|(?<!ever )(?<!seizure )(?<!seizures )(?<!arrests )(?<!finds )made|grown|cultivated|synthesi[sz]ed|processed|bought|purchased|"
                     # "originated from old army stocks in X", "stolen from depots in X"
                     r"acquired|(?:originat\w*|came|come|stolen|taken|diverted)\s+from\s+(?:\w+\s+){0,3}?"
                     r"(?:stocks?|stockpiles?|depots?|arsenals?|warehouses?|barracks|armou?ries|laboratories|labs?|plantations?|fields?))\s+"
                     r"(?:(?!and\b|but\b)\w+\s+){0,4}?in\s+(?:the\s+)?(?:(?:north|south|east|west|centre|center)\w*\s+of\s+"
                     r"(?:the\s+)?|(?:province|region|state|department|district)\s+of\s+)?$", re.I)
# The words around a list of places that say the role it plays (roles._cue), besides the cues above.
ORIGIN_AFTER = re.compile(r"\s+origin\b", re.I)
# "originated in X", "produced in laboratories in X": where the goods were made, not a leg's start
# ("loaded in A", a courier "boarded in A": where the goods' journey began, before the port it last left,
# 'arrived from B')
PRODUCED_IN = re.compile(r"\b(?:originat\w*|produced|manufactured|grown|cultivated|synthesi[sz]ed|made\s+in|"
                         r"(?:loaded|boarded|embarked)\s+(?:(?:on|onto|aboard|a|the)\s+[^.;]{0,30}?)?(?:in|at)\b)"
                         r"[^.;]{0,60}$", re.I)
ROUTE_AFTER = re.compile(r"\s*(?:drug\s+|smuggling\s+|trafficking\s+)?route\b", re.I)
# "three remain fugitives believed to be in X": where someone hides, not where anything was done
HIDING_IN = re.compile(r"\b(?:(?:believed|thought|said)\s+to\s+be\s+(?:hiding\s+)?|hiding\s+|at\s+large\s+|"
                       r"on\s+the\s+run\s+)in\s+(?:the\s+)?$", re.I)
# "Oakvale, Kordo State", "Oakvale, in the department of Kordo": the province a town is given with
PROVINCE_AFTER = re.compile(r",\s*(?:in\s+the\s+(?:department|province|state|region|county)\s+of\s+)?"
                            r"(?P<name>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)?)")
ACROSS_THE_BORDER_NEAR = re.compile(r"\b(?:across|crossed|crossing)\s+the\s+border\s+near\s+(?:the\s+)?$", re.I)
# ("a yacht boarded south of X": near X, at sea or on land; "from the south of X" is X's own part)
NEAR_BEFORE = re.compile(r"\b(?:near|close to|outside|off|(?<!the )(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
                         r"\s+of)\s+(?:the\s+)?$", re.I)
# ("near the Kordovian border": a landmark; not "at the X border crossing": the crossing is the place)
BORDER_AFTER = re.compile(r"\s+border(?!\s+(?:crossing|gate|post|checkpoint|station)s?\b)", re.I)
# "seized 2 tonnes of cocaine from a plane in X": where it was seized, from what it was taken
_TAKEN_FROM = r"\b(?:seiz\w*|recover\w*|confiscat\w*|found|taken)\b(?:[^,;.]|(?<=\d)[,.](?=\d)){0,40}\bfrom\s+"
SEIZED_FROM_CARRIER_IN = re.compile(_TAKEN_FROM +
                                    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:plane|aircraft|boat|vessel|ship|truck|lorry|car|"
                                    r"van|container|house|warehouse|farm|dhow|yacht)s?\s+(?:in|at|near)\s+(?:the\s+)?$",
                                    re.I)
TAKEN_FROM = re.compile(_TAKEN_FROM + r"(?:the\s+)?(?:port\s+of\s+)?$", re.I)
TOWARDS = re.compile(r"\btowards\s+(?:the\s+)?$", re.I)
ACROSS_END = re.compile(r"\b(?:across|crossed|crossing|along)\s+(?:the\s+)?$", re.I)  # (the water the goods crossed)
# "Dec 4 (KUNA) --", "5 December (Reuters) -": a news agency credited after the dateline's date
DATELINE_CREDIT = re.compile(r"(?:\b\d{1,4}|\b" + MONTH + r"\.?)\s*\((?P<credit>[A-Z][A-Za-z]{1,14})\)\s*(?:-{1,2}|–|—|:)")
# "... seized 1 t of cocaine at the port of X": a seizure and its place, told after
SEIZED_AT_A_PLACE_AFTER = re.compile(r"\b(?:seiz\w*|found|intercept\w*|discovered)\b[^.;]{0,120}?\b(?:at|in)\s+"
                                     r"(?:the\s+)?(?:(?:sea)?port\s+of\s+|harbou?r\s+of\s+)?[A-Z]")
# "drove it to a unit in X, where officers were waiting": the way ended where it was caught
WHERE_CAUGHT_AFTER = re.compile(r"\s*,?\s*where\s+(?:\w+\s+){0,5}?(?:officers|police|agents|detectives|investigators|"
                                r"officials|customs)\b[^.;]{0,40}?\b(?:were\s+waiting|lay\s+in\s+wait|arrested|seized|"
                                r"intercepted|moved\s+in|found|detained)\b", re.I)
# "an operation against the criminal group X", "raids targeting the X gang": the group the action was against
ACTION_AGAINST_END = re.compile(r"\b(?:operations?|investigations?|offensive|crackdown|raids?|searches|action|probe|"
                                r"case)\s+(?:\w+\s+){0,3}?(?:against|targeting|targetting|into)\s+(?:the\s+)?"
                                r"(?:(?:criminal|crime|drug[- ]trafficking|armed|mafia)\s+)?(?:(?:group|gang|cartel|clan|"
                                r"network|organi[sz]ation)\s+)?$", re.I)
GROUP_OF_GAP = re.compile(r"\s+(?:clan|cosca|family|cell|group|gang|faction|['’]ndrina)?\s*of\s+(?:the\s+)?", re.I)
# "the largest drug seizure in the Pacific islands", "the biggest haul ever made in X": the scope of a
# comparison, not where these goods were seized
RECORD_SCOPE = re.compile(r"\b(?:largest|biggest|greatest|record|most\s+significant)\b[^.;]{0,40}?\b(?:seizures?|hauls?|"
                          r"busts?|finds?|interceptions?)\s+(?:ever\s+)?(?:made\s+|recorded\s+|seen\s+)?"
                          r"(?:in|of|across)\s+(?:the\s+)?(?:history\s+of\s+(?:the\s+)?)?$", re.I)
# ("servers hosted in X": where a service's machines run, not where anyone acted)
REGISTERED_IN = re.compile(r"\b(?:registered|licensed|flagged|plated|hosted)\s+in\s+(?:the\s+)?$", re.I)
# "transshipped in A before reaching B": B ends the route
REACHING = re.compile(r"\breach(?:ing|ed)\s+(?:the\s+)?(?:port\s+of\s+)?$", re.I)
ROUTE_END = re.compile(r"\b(?:from|through|via)\b[^,;]{0,60}\bto\s+(?:the\s+)?$", re.I)
INTO = re.compile(r"\binto\s+(?:the\s+)?$", re.I)
GROUP_FROM = re.compile(r"\b(?:group|gang|network|organi[sz]ation|cartel|clan|OCG|mafia|syndicate)\s+"
                        r"(?P<between>(?:\w+\s+){0,2})from\s+(?:the\s+)?$", re.I)
# "directed the operation from Dubai", "collected consignments from the port of X", "was extradited
# from X": where someone acted or was sent from, not a route's origin
NO_ROUTE_FROM = re.compile(r"\b(?:(?:direct|control|manag|coordinat|orchestrat|collect|retriev)(?:e|ed|es|ing|s)?|"
                           r"ran|run|led|pick(?:ed|ing)?\s+up|extradit(?:ed|ing)|deported|expelled|fled|escaped)\b"
                           r"[^,.;]{0,40}\bfrom\s+(?:the\s+)?(?:port\s+of\s+)?$", re.I)
# Verbs of moving goods: "smuggled 40 kg into X", "shipped it into the country"
MOVING = (r"\b(?:smuggl\w*|import\w*|brought|bring\w*|shipp\w*|traffick\w*|transport\w*|sent|flown|trucked|moved|"
          r"cross(?:ed|ing))\b")
INTO_THE_COUNTRY = re.compile(MOVING + r"[^.;:]{0,80}?\binto\s+(?:the|this|our)\s+country\b", re.I)
ARRIVING_IN = re.compile(r"\b(?:before|after|on|upon)\s+arriv(?:ing|al)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
ARRIVED_INTO = re.compile(r"\b(?:arrived|arriving|docked|landed|sailed|sailing|steamed|motored)\s+into\s+(?:the\s+)?"
                          r"(?:port\s+of\s+)?$", re.I)
# ("a gang who smuggled 500 kg of cocaine into X": a figure makes it those goods' way, not the trade)
GROUP_TRADE = re.compile(r"\b(?:network|group|gang|ring|organi[sz]ation|cartel|clan|syndicate)s?\s+(?:that\s+|which\s+|"
                         r"who\s+)?(?:\w+\s+)?(?:smuggl|import|traffick|shipp)\w*\b(?:(?!\d)[^.;:]){0,80}\binto\s+(?:the\s+)?$",
                         re.I)
MOVED_INTO = re.compile(MOVING + r"[^.;:]{0,80}\binto\s+(?:the\s+)?$", re.I)
# "destined for A at B": B is where the goods were, not another destination
_ON_ITS_WAY = r"on (?:its|their|the) way (?:to|towards)"
# "stopped in X on its way to Y": where the goods were going when caught (see roles.caught_on_the_way)
ON_ITS_WAY = re.compile(r"\b" + _ON_ITS_WAY + r"\s+(?:the\s+)?$", re.I)
MARKET_BEFORE = re.compile(r"\b(?:distribut\w*|sold|sell|resold|resell|retail\w*|consum\w*|markets?)\b[^.;]{0,40}$", re.I)
# "60 kg of pseudoephedrine imported from X": a way told in a phrase that follows one figure
WAY_OF_THE_FIGURE = re.compile(r"\s*,?\s*(?:which\s+(?:was|were|had\s+been)\s+|that\s+(?:was|were|had\s+been)\s+)?"
                               r"(?:imported|shipped|smuggled|brought|sent|coming|arriving|bought|purchased|sourced|"
                               r"originating|trafficked|flown|driven|bound|destined|headed)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:from|to|for|via|through)\s+(?:the\s+)?$", re.I)
ON_ITS_WAY_AFTER = re.compile(r"\s*,?\s*" + _ON_ITS_WAY + r"\b", re.I)  # ("in X on its way to Y")
DESTINED_FOR = re.compile(r"(?=\w)(?:\b(?:destined for|bound for|head(?:ing|ed) (?:to|for|towards)|en route (?:to|for)|"
                          + _ON_ITS_WAY + "|"
                          # "bound for A and onward markets in B": the markets the goods were to reach
                          r"(?:onward|consumer|end|destination|retail)\s+markets?\s+(?:in|of|across)|"
                          r"intended for|"
                          r"meant for|delivered to|(?:addressed|consigned) to|destination|(?:(?:due|about|set|meant) to continue|"
                          r"continu(?:ing|ed)) (?:on )?to|"
                          r"(?:due|about|set|scheduled) to (?:fly|sail|travel|be flown|be shipped|be taken) to|"
                          r"distributed|resold|distribution(?=\s+(?:in|to|across|throughout)\b)|"
                          # "produced in X and sold in Y": the market the goods went to
                          # (not "the group ... sold the drug in X": its trade, not these goods' way)
                          r"(?:were|was|be|being)\s+(?:\w+ly\s+)?sold|and\s+(?:then\s+)?sold(?=\s+(?:in|across|throughout|on)\b)|"
                          # "planned to distribute them in X", "to be sold in X": where the goods were to go
                          r"to\s+(?:be\s+)?(?:distribute|sell|resell|sold|resold)|"
                          # "containers due to leave for X", "a ship sailing for X" (not "he left for X")
                          r"(?:leave|leaving|sail|sailing|depart|departing)\s+for|"
                          r"onward(?:s)? to)\s+(?:(?!at\b)\w+\s+){0,4}(?:in\s+)?(?:the\s+)?"
                          # ("destined for a company in the province of X")
                          r"(?:(?:province|region|state|department|district|county)\s+of\s+)?$)",
                          re.I)
PORT_OF_END = re.compile(r"\s+(?:sea)?(?:port|harbou?r)s?\s+of\s+$", re.I)
TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?(?:(?:port|harbou?r|airport)\s+of\s+)?$", re.I)
_GOODS_NOUNS = r"(?:drugs?|narcotics|cargo|consignments?|shipments?|load|haul|goods)"
# ("the drugs came from X": the goods, not a person, came from X)
CAME_FROM = re.compile(r"\b(?:traveling|travelling|coming|arriving)\s+from\s+(?:the\s+)?$|"
                       r"^\s*It\s+(?:came|comes|had come|was sent|arrived)\s+from\s+(?:the\s+)?$|"
                       rf"\b(?:the|these)\s+{_GOODS_NOUNS}\s+(?:had\s+)?(?:came|come|comes)\s+from\s+(?:the\s+)?$|"
                       # "The aircraft, which according to the police came from X", "a vessel that came from X":
                       # the carrier came from there
                       r"^\s*(?:The|This|That)\s+(?:aircraft|plane|vessel|ship|boat|container|truck|lorry|van|car)\b"
                       r"[^.;]{0,60}\b(?:came|had\s+come|arrived)\s+from\s+(?:the\s+)?$|"
                       r"\b(?:aircraft|plane|vessel|ship|boat|barge|dhow|yacht|trawler|container|truck|lorry)\s+"
                       r"(?:that|which)\s+(?:had\s+)?"
                       r"(?:came|come|arrived|sailed|departed)\s+from\s+(?:the\s+)?$",
                       re.I)
# "... were from X", "nationals from X", "officers from X": who someone is, not where goods came from
# ("was from" in lower case only; the people words and ages in any case)
_TOWN_IN = r"(?:(?-i:[A-Z][\w'’-]+)[ \t]+(?:(?-i:[A-Z][\w'’-]+)[ \t]+)?in[ \t]+(?:the[ \t]+)?)?"  # "from Gdansk in X"
_WAS_FROM = r"(?-i:\b(?:was|were|is|are|came|comes)\s+(?:both\s+|all\s+)?from\s+(?:the\s+)?$)"
_PEOPLE_FROM = (r"\b(?:nationals?|citizens?|suspects?|m[ae]n|wom[ae]n|residents?|inhabitants?|people|persons?|"
                r"members?|workers?|drivers?|couriers?|crew|businessm[ae]n|brothers?|famil(?:y|ies)|"
                r"leaders?|boss(?:es)?)\s+(?:\w+\s+)?from\s+(?:the\s+)?" + _TOWN_IN + "$")
# "two port workers, aged 28 and 33, from X", "officers from X": where people are from
# "Ann Lee, 44, from X": a person's age, then where she is from
_AGED_FROM = (r"\b(?:aged\s+\d+(?:\s*(?:,|and)\s*\d+)*\s*,?\s*|\d{1,2}\s*,\s*(?:both\s+|all\s+)?|"
              r"(?:officers|authorities)\b[^,]{0,20})from\s+(?:the\s+)?" + _TOWN_IN + "$")
SOMEONE_FROM = re.compile("|".join((_WAS_FROM, _PEOPLE_FROM, _AGED_FROM)), re.I)
# "the cannabis resin came from X": what came from X, read for goods the lists know (roles._goods_came_from)
SUBJECT_CAME_FROM = re.compile(r"\b(?:the|these|this)\s+(?P<goods>[\w-]+(?:\s+[\w-]+)?)\s+(?:had\s+)?"
                               r"(?:came|come|comes)\s+from\s+(?:the\s+)?$", re.I)
# "on the border with X", "near the frontier with X": the neighbour names a border, not where things happened
BORDER_WITH = re.compile(r"\b(?:border|frontier)\s+with\s+(?:the\s+)?$", re.I)
BY_MEANS_TO = re.compile(r"\b(?:by\s+(?:car|cars|road|lorry|lorries|truck|trucks|van|vans|train|rail|plane|air|sea|"
                         r"(?:speed)?boats?|go-fasts?|vessels?|ships?|bus|ferry)|overland)\s+(?:[^.;,]{0,40}?\s)?to\s+"
                         r"(?:the\s+)?$|"
                         # "the drugs were to be taken to X": where they were going, not where they were caught
                         r"\b(?:to|due\s+to|about\s+to|meant\s+to|going\s+to)\s+be\s+(?:\w+\s+)?(?:taken|brought|"
                         r"landed|unloaded)\b[^.;]{0,40}\bto\s+(?:the\s+)?$", re.I)
# "... welcomed the seizure", "... also praised": what a body that took no part says of the case
REACTS_AFTER = re.compile(r"\s+(?:has\s+|have\s+|also\s+)?(?:welcomed|praised|congratulated|commended|thanked|"
                          r"applauded|hailed)\b|"
                          # "the UNODC said production in the region had reached record levels", "... said seizures
                          # rose": a trend, told
                          r"\s+(?:has\s+)?(?:said|says|reported|reports|warned|warns|noted|notes|estimated|estimates)\s+"
                          r"(?:that\s+)?(?:[\w-]+\s+){0,6}?(?:production|cultivation|consumption|demand|markets?|"
                          r"trends?|levels?|flows?|seizures(?=[^.;]{0,60}\b(?:reached|rose|fell|grew|climbed|dropped|"
                          r"increased|decreased|doubled|tripled)\b))\b(?![^.;]*\b(?:seized|arrested|dismantled|raided)\b)",
                          re.I)
# "..., also known as the X Army", "a.k.a. the X": another name of what was named before
ALSO_KNOWN_AS_END = re.compile(r"\b(?:also\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?$|\ba\.?k\.?a\.?\s+(?:the\s+)?$",
                               re.I)
GROUP_NAMED_BEFORE = re.compile(r"\b(?:[Cc]lan|[Cc]artel|[Mm]afia|[Gg]ang|[Nn]etwork|[Ss]yndicate)\b[^.;]{0,40}$")
# "customs brokers", "customs declarations": what a force word qualifies there is no body
NOT_A_BODY_AFTER = re.compile(r"\s+(?:brokers?|brokerage|clearance|declarations?|documents?|documentation|duties|duty|"
                              r"procedures?|forms?|warehouses?|paperwork|fraud|regulations?|tariffs?|formalities|"
                              r"values?|codes?|seals?)\b", re.I)
# "arrested a 45-year-old customs officer", "a police officer was charged": one of the body's staff the case is
# against, not the body at work
_STAFF = r"\s+(?:officer|official|agent|employee|worker|inspector|guard)\b"
STAFF_AFTER = re.compile(_STAFF, re.I)
STAFF_ACCUSED_BEFORE = re.compile(r"\b(?:arrested|detained|charged|indicted|convicted|sentenced|jailed|suspended|"
                                  r"dismissed|bribed)\s+(?:an?|one|the)\s+(?:[\w-]+\s+){0,2}$", re.I)
STAFF_ACCUSED_AFTER = re.compile(_STAFF + r"\s+(?:who\s+)?(?:was|has\s+been|had\s+been|is)\s+(?:arrested|detained|"
                                 r"charged|indicted|suspected|accused|convicted|sentenced|jailed)\b", re.I)
# "police, customs and health authorities from 90 countries": the bodies of many countries, no one body
OF_MANY_COUNTRIES_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:from|of|in|across)\s+(?:\d[\d,]*|several|many|numerous|"
                                     r"dozens\s+of|two|three|four|five|six|seven|eight|nine|ten|[a-z]+-\w+)\s+"
                                     r"(?:countries|nations|jurisdictions|member\s+states)\b", re.I)
TAKEN_TO_PREMISES = re.compile(r"\b(?:taken|brought|escorted|towed|transferred)\s+(?:\w+\s+){0,3}?to\s+(?:the\s+|an?\s+)?"
                               r"(?:[\w-]+\s+){0,2}?(?:base|station|sector|headquarters|barracks|command|premises|"
                               r"naval\s+yard)\s+(?:in|at|of)\s+(?:the\s+)?$", re.I)
ARRIVAL = re.compile(r"\b(?:escorted|taken|brought|diverted|arrived|docked|landed|unloaded)\b[^.]{0,40}$", re.I)
# "the cannabis was to be loaded onto a boat and taken across the sea to X": a plan, where the goods were going
A_PLAN = re.compile(r"\b(?:was|were)\s+(?:due\s+|meant\s+|going\s+|about\s+)?to\s+be\b|\b(?:planned|intended)\s+to\b",
                    re.I)


# -- persons: the shape of a name, titles, roles and the cues that make a run of words a person ----------
WORD = rf"(?:Mc|Mac|O['’])?[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}{LOWER}][{LOWER}]+)*"
PARTICLE = r"(?:da|das|de|del|della|der|den|di|do|dos|du|la|le|van|von|bin|ibn|al|el|ter|y)"
# A later word of a name may be an Arabic family name with its article ("al-Mansouri") or a
# surname written in capitals ("Jean DUPONT"), as French and international releases write them.
NAME_PARTICLE = r"(?:al|el|ad|ul|bin|ben|abu)-"   # "al-Rashid", "bin-Salem": a name word all the same
PARTICLE_NAME = re.compile(rf"{NAME_PARTICLE}[{UPPER}]")
LATER_WORD = rf"(?:{WORD}|{NAME_PARTICLE}{WORD}|[{UPPER}]{{3,}}(?:-[{UPPER}]{{3,}})?)"
# Initials may open a name ("J. R. Whitfield") or stand inside it ("Mark J. Lee").
RUN = re.compile(rf"(?<![\w'’-])(?:(?:[{UPPER}]\.[ \t]*){{1,2}}{WORD}|{WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+)*"
                 rf"(?:[{UPPER}]\.[ \t]*)?{LATER_WORD}))(?:[ \t]+(?:{PARTICLE}[ \t]+)*(?:[{UPPER}]\.[ \t]*)?"
                 rf"{LATER_WORD})*(?![\w-])")
# "Karim B., 34": releases that withhold a suspect's family name give its initial (and the age says a person)
INITIALLED = re.compile(rf"(?=[{UPPER}])(?<![\w'’-]){WORD}(?:[ \t]+{LATER_WORD})?[ \t]+[{UPPER}]\."
                        rf"(?=\s*,\s*(?:aged\s+)?\d{{2}}\b|\s*\(\d{{2}}\))")
# "brothers Dean and Craig Hollis": kin named by their given names, the family name once
FAMILY_PAIR = re.compile(rf"\b(?:brothers|sisters|siblings|twins|cousins|couple|spouses)[ \t]+(?P<first>{WORD})[ \t]+and"
                         rf"[ \t]+(?P<second>{WORD})[ \t]+(?P<last>{WORD})(?![\w-])")
# 'Jane "the Doctor" Roe': a nickname in quotes between the names (only a suspect's name carries one).
NICKNAMED = re.compile(rf"(?<![\w'’-])(?P<first>{WORD})[ \t]+[\"“'‘](?P<nick>[^\"”'’\n]{{1,25}})[\"”'’][ \t]+"
                       rf"(?P<last>{WORD}(?:[ \t]+{WORD})?)(?![\w-])")
# Titles and roles, as they stand before a name or in apposition after it.
ROLE = (r"(?:director|commissioner|prosecutor|minister|commander|manager|officer|inspector|superintendent|"
        r"spokes(?:person|man|woman)|head|president|chief|judge|agent|attorney|secretary|sergeant|constable|"
        r"captain|colonel|brigadier|commodore|corporal|general|detective|investigator|admiral|adm\.|lieutenant|"
        r"lt\.|major|governor|mayor|"
        r"ambassador|senator|deputy|coordinator|magistrate|sheriff|marshal|chairman|chairwoman|chair|leader|"
        r"boss|founder|kingpin|"
        r"delegate)")  # a Brazilian or Argentine police "delegado" in English releases
# Courtesy titles say a person is named, not what office they hold: "Ms Roe" may be the suspect;
# Malaysian and Bruneian honours ("Datuk Seri") likewise.
HONORIFICS = {"mr", "mrs", "ms", "dr", "datuk", "dato", "dato'", "datin", "seri", "tun"}
HONORIFIC_BEFORE = re.compile(r"\b(?:(?:" + "|".join(sorted(map(re.escape, HONORIFICS), key=len, reverse=True))
                              + r")\.?\s+)+$", re.I)
# Words that make a body a local or regional one ("the Metropolitan Prosecutor's Office").
JURISDICTION_WORDS = {"metropolitan", "regional", "provincial", "municipal", "district", "county", "city", "state"}
TITLE_WORDS = {"director", "commissioner", "prosecutor", "minister", "commander", "manager", "officer",
               "inspector", "superintendent", "spokesperson", "spokesman", "spokeswoman", "head", "president",
               "chief", "judge", "agent", "attorney", "secretary", "sergeant", "constable", "captain", "colonel",
               "brigadier", "commodore", "corporal",
               "general", "detective", "investigator", "admiral", "adm", "lieutenant", "lt", "major", "governor",
               "mayor", "ambassador", "senator", "deputy", "coordinator", "magistrate", "sheriff", "marshal",
               "chairman", "chairwoman", "rear", "vice", "acting", "assistant", "operations",
               "executive", "senior", "special", "principal", "regional", "district", "public", "national",
               "attorney-general", "director-general",
               "charge",  # "Special Agent in Charge Jo Kent", "Officer in Charge"
               "delegate",
               # ranks as police and armed forces abbreviate them: "Det Supt", "Ch Insp", "Capt."
               "det", "supt", "insp", "sgt", "cmdr", "cdr", "capt", "col", "gen", "maj", "cpl", "ch"} | HONORIFICS
# "Detective Inspector Jo Roe", "Det Supt Jo Roe": a rank only a police force gives
POLICE_RANK = re.compile(r"\b(?:detective|superintendent|sergeant|constable|(?-i:DCI|DCS|DI|DS|DC|PC)|det|supt|sgt)\b",
                         re.I)
# Police ranks written as capitals: "DCI Jane Roe", "DS John Doe".
RANK = r"(?:DCI|DCS|DI|DS|DC|PC|Supt\.?|Insp\.?|Sgt\.?|Det\.?|Cmdr\.?|Cdr\.?|Capt\.?|Col\.?|Maj\.?|Gen\.?)"
TITLE_BEFORE = re.compile(rf"(?=\w)(?:(?:\b{ROLE}|\b{RANK})\s*,?\s*$|\b{ROLE}\s+(?:of|for|at)\s+(?:the\s+)?"
                          rf"[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){{0,5}}\s*,\s*$)", re.I)
# The words of a minister's portfolio ("Vice Minister of Social Defence Jane Roe"), read off a name only
# right after the office.
OFFICE_OF_BEFORE = re.compile(rf"\b{ROLE}\s+(?:of|for)\s+(?:the\s+)?$", re.I)
PORTFOLIO_WORDS = {"Social", "Defence", "Defense", "Finance", "Health", "Economy", "Economic", "Foreign", "Transport",
                   "Welfare", "Citizen", "Citizens", "Protection", "Internal", "Law", "Order", "Immigration", "Border",
                   "Maritime", "Enforcement", "Government", "Territorial", "Development", "Labour", "Labor", "Trade",
                   "Environment", "Agriculture", "Communications", "Education", "Planning", "Treasury", "Homeland",
                   "Governance", "Safety", "Police", "Policing", "Legal", "Human", "Rights", "Gender", "Women",
                   "Youth", "Sport", "Sports", "Tourism", "Energy", "Mines", "Fisheries", "Finances", "Administration"}
# Titles of offices that belong to one kind of body only, and that kind.
OFFICE_KINDS = ((re.compile(r"\bminister\b", re.I), "ministry"),
                (re.compile(r"\b(?:attorney|prosecutor)\b", re.I), "prosecution"),
                (re.compile(r"\b(?:judge|magistrate)\b", re.I), "court"))
# "Minister of Internal Affairs Ali Veli": the office is capitalised and runs into the name.
OFFICE_BEFORE = re.compile(rf"(?=\w)\b{ROLE}\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,5}}$", re.I)
# "Jane Roe, 41, is wanted", "Jane Roe was arrested": the sentence says what happened to the person.
WANTED_AFTER = re.compile(r"^\s*,?\s+(?:(?:is|was|were|are|has been|had been|have been)\s+(?:\w+\s+)?"
                          r"(?:wanted|arrested|detained|charged|sentenced|convicted|extradited|indicted|accused|"
                          r"jailed|imprisoned|remanded|found\s+guilty)|"
                          # "Jane Roe pleaded guilty in March"
                          r"(?:has\s+|had\s+)?(?:pleaded|pled)\s+(?:guilty|not\s+guilty|no\s+contest))\b")
NATIONALS_AFTER = re.compile(r"^\s*,\s+(?:both|all|each)?\s*(?:an?\s+)?(?:[\w-]+\s+)?(?:nationals?|citizens?)\b")
APPOSITION_AFTER = re.compile(rf"^\s*,\s+(?:the\s+|an?\s+|its\s+|our\s+)?(?:[\w’'.-]+\s+){{0,4}}?{ROLE}\b", re.I)
# "Portville police chief", "the customs director": the force a title names by its kind
# "a statement by the agency's spokesman, Jo Roe", "its director, Jo Roe": an office of the body named before
BODYS_OFFICE_BEFORE = re.compile(r"\b(?:the\s+(?:agency|force|service|bureau|authority|directorate|office|command|"
                                 r"unit|administration|commission|ministry)['’]s|its)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:spokes(?:wo)?man|spokesperson|chairman|chairwoman|chairperson|director|head|chief|"
                                 r"commander|commissioner|president|secretary)(?:[ \t]+general)?\s*,?\s*$", re.I)
FORCE_KINDS = {"police": "police", "customs": "customs", "coast guard": "coastguard", "coastguard": "coastguard",
               "navy": "navy", "border guard": "border"}
FORCE_IN_TITLE = re.compile(r"\b(police|customs|coast[ -]?guard|navy|border[ -]guard)[ \t]+(?:[a-z]+[ \t]+)?"
                            r"(?:chief|commander|commissioner|director|head|spokesm[ae]n|spokeswoman|spokesperson|"
                            r"officer|chief[ \t]+of[ \t]+staff)\b|"
                            # "Commissioner of Police Jo Roe"
                            r"\b(?:chief|commander|commissioner|director|head)[ \t]+of[ \t]+(?:the[ \t]+)?"
                            r"(police|customs|coast[ -]?guard|navy|border[ -]guard)\b", re.I)
SPEECH = r"(?:said|says|told|added|noted|explained|stated|commented|announced|confirmed|recalled|warned|stressed)"
SPEECH_AFTER = re.compile(rf"^\s+{SPEECH}\b")
# "Jo Roe, from the Harbour Unit, said": a speaker and the body they speak for
SPEAKER_FROM = re.compile(rf"^\s*,?\s+(?:from|of|for)\s+(?:the\s+)?(?P<body>[A-Z][^,;.:“\"()]{{1,60}}?),?\s+{SPEECH}\b")
SPEECH_BEFORE = re.compile(rf"\b(?:{SPEECH}|according to)\s+$")
# "Police said Jo Roe ran the scheme": after a speech verb, a name a verb follows is who the speech is about
REPORTED_ABOUT = re.compile(r"^\s+(?:had\s+|has\s+|was\s+|were\s+|is\s+)?[a-z]+ed\b|^\s+(?:ran|led|sold|bought|"
                            r"made|took|sent|paid|hid|fled|used|owned|organi[sz]ed|directed)\b|"
                            r"^\s+and\s+(?:his|her|their)\s")
# ", 34,", " (34)", ", a 41-year-old driver": the age the release gives a person it reports on
AGE_AFTER = re.compile(r"^\s*(?:,\s*(?:aged\s+)?\d{2}\b|\s*\(\d{2}\)|,\s+an?\s+\d{2}-year-old\b)")
SUSPECT_BEFORE = re.compile(
    r"\b(?:namely|named|identified (?:only |simply )?as|suspects?|accused|defendants?|arrest of|detention of|extradition of|"
    r"murder of|killing of|charged|charging|indicting|sentenced|convicted|fugitive|wanted man|brothers?|cousins?|figures?|"
    r"arrested|detained|jailed|imprisoned|extradited|deported|indicted|couriers?|drivers?|dealers?|smugglers?|"
    r"traffickers?|ringleaders?|gunman|"
    # "announced the charges against Jo Roe", "a warrant against Jo Roe"
    r"(?:charges?|case|indictment|complaint|proceedings|warrants?)\s+against|"
    # "police named the suspects as Jo Roe and Al Poe"
    r"(?:named|identified)\s+(?:the\s+|them\s+|him\s+|her\s+)?(?:(?:two|three|four|five)\s+)?(?:suspects?|men|women|"
    r"man|woman|defendants?|accused|pair|couple)?\s*as|"
    # ("two of the defendants, Jo Roe and Al Poe,": the names in apposition)
    r"business(?:man|woman))\s*[:,–—-]?\s+$", re.I)
# "the cartel led by Jo Roe", "a network headed by Jo Roe": who leads a group is one of its suspects
GROUP_LED_BY = re.compile(r"\b(?:cartel|gang|network|group|clan|organi[sz]ation|ring|syndicate|cell|mafia|OCG)s?\b"
                          r"[^.;]{0,30}?\b(?:led|headed|run|directed|controlled|commanded)\s+by\s+$", re.I)
SUSPECT_CONTEXT = re.compile(r"\b(?:arrest\w*|detain\w*|charg\w*|sentenc\w*|convict\w*|suspect\w*|accused|"
                             r"extradit\w*|custody|indict\w*|wanted|fugitive|smuggl\w*|traffick\w*)\b", re.I)
ARE_BEFORE = re.compile(r"\b(?:are|were|was|is)\s*:?\s+$")
# "Jo Roe, a senior member of the X cartel,": a member of a group, in apposition
GROUP_MEMBER_AFTER = re.compile(r"^\s*,\s+(?:an?|the|one)\s+(?:[\w-]+\s+){0,2}?(?:members?|associates?|"
                                r"lieutenants?|enforcers?|affiliates?)\s+of\s+(?:the\s+)?[A-Z]", re.I)
# "identified Jo Roe as the organiser": the part a suspect played in the scheme
SCHEME_ROLE_AFTER = re.compile(r"^\s+as\s+(?:the|an?|its)\s+(?:alleged\s+|suspected\s+|main\s+|chief\s+)?"
                               r"(?:organi[sz]er|leader|head|ringleader|mastermind|courier|boss|financier|"
                               r"coordinator|supplier|buyer|recipient|importer|broker)\b", re.I)
# "a 34-year-old local man, Jane Roe,": a name in apposition to a person described by the text.
DESCRIBED_BEFORE = re.compile(r"\b(?:man|woman|men|women|national|resident|driver|courier|businessman|businesswoman|"
                              r"father|mother|son|daughter|brother|sister|wife|husband|partner|associate|accomplice|"
                              r"co-defendant|lieutenant|right-hand man)\s*,\s+$|"
                              # "driven by Lithuanian national Jo Roe": a nationality and a name
                              r"(?-i:\b[A-Z][a-z]+)\s+(?:national|citizen)\s+$", re.I)
# "Jane Roe, alias 'the Doctor'": only a suspect's name comes with an alias.
ALIAS_AFTER = re.compile(r"^\s*,?\s+(?:alias|aka|a\.k\.a\.?|a/k/a|also known as|known as)(?![\w/])", re.I)
# The alias itself: whole between quotes ('"Mr. Brown,"'), else up to a comma or a stop
NICKNAME = re.compile(r"\s*[\"“‘]([^\"”’]{1,30}?)[,.]?[\"”’]|\s*'([^'\n]{1,30}?)[,.]?'|\s*([^\"”'’,.;()]{1,25})")
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# (a function word is no name's first word, but may end one: "Tran Van An")
FUNCTION_WORDS = {"The", "This", "These", "Those", "That", "A", "An", "In", "On", "At", "As", "By", "For", "From",
                  "With", "And", "But", "Or", "If", "When", "While", "After", "Before", "During", "Since", "Under"}
# Capitalised words that open sentences or name times, never a first or last name.
NOT_NAMES = FUNCTION_WORDS | {
             "Police", "Customs", "Operation", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
             "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December", "Court", "Office", "Unit", "Service", "Agency", "Department",
             "Force", "Guard", "Navy", "Army", "Ministry", "Bureau", "Directorate", "Prosecutor", "Prosecution",
             "Attorney", "General", "Minister", "Director", "Commissioner", "Inspector", "Chief", "Head", "Deputy",
             "Task", "Team", "Group", "Cartel", "Clan", "Gang", "Network", "Mafia", "Port", "Airport", "Street",
             "Road", "Avenue", "Province", "County", "State", "Region", "District", "City", "Republic", "Kingdom",
             "North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western", "Sea",
             "Ocean", "River", "Island", "Islands", "Bay", "Coast", "Division", "Command", "Centre", "Center",
             "International", "National", "Federal", "European", "Union", "Organised", "Organized", "Crime",
             "Drug", "Drugs", "Narcotics", "Anti", "Special", "Security", "Intelligence", "Investigation",
             "Investigations", "Affairs", "Justice", "Interior", "Home", "Public", "Ministry", "Senior", "Rear",
             "Vice", "Acting", "Assistant", "Executive", "Regional", "Mr", "Mrs", "Ms", "Dr", "Two", "Three", "Four",
             "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven", "Twelve", "Dozens", "Hundreds",
             # "Defendant Jane Roe": what the text calls the person opens the sentence, capitalised
             "Defendant", "Defendants", "Suspect", "Suspects", "Accused", "Fugitive", "Convicted", "Courier", "Driver", "Dealer",
             "Smuggler", "Trafficker", "Ringleader", "Gunman", "Businessman", "Businesswoman"}

# "the ports of X and Y", "the city of X", "X port": words that make a name a place's
PLACE_NOUN_OF_END = re.compile(r"\b(?:(?:sea)?ports?|harbou?rs?|airports?|city|cities|towns?|municipality|province)\s+of\s+"
                               r"(?:the\s+)?$", re.I)
PORT_WORD_AFTER = re.compile(r"\s+(?:port|harbou?r|airport)\b", re.I)
# -- places no list holds, and the words around place names ----------------------------------------------
AIRLINE_AFTER = re.compile(r"[ \t]+(?:International[ \t]+)?(?:Airways|Airlines|Air[ \t]+Lines|Air[ \t]+Cargo)\b")
POLICE_STATION_AFTER = re.compile(r"[ \t]+(?:Garda|Police)[ \t]+Station\b")
STREET_WORDS = {"Road", "Street", "Avenue", "Lane", "Drive", "Place", "Square", "Way", "Close", "Crescent",
                "Gardens", "Terrace", "Boulevard", "Court", "Park", "Hill", "Grove", "Row", "Walk"}
PLACE_WORDS = {"Port", "Airport", "Seaport", "Europort", "Harbour", "Harbor", "City", "County", "Province", "Region",
               "District", "Police", "Customs", "Court", "Prison", "Station", "Terminal", "Docks", "Bay", "Area", "Municipality",
               "Magistrates", "Crown", "Council", "University", "International", "Central", "North", "South",
               "East", "West"}
COMPASS = r"(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)"
COMPASS_PAIR = re.compile(rf"\b({COMPASS})\s+and\s+{COMPASS}\s+([A-Z][a-z]+)")
# Places no gazetteer lists, read from the words that name what they are.
_CAP = rf"[{UPPER}][{LOWER}]+(?:[-'’][{UPPER}{LOWER}][{LOWER}]+)*"
_NAME = rf"{_CAP}(?:[ \t]+(?:de|del|la|das|do|dos|of)?[ \t]*{_CAP}){{0,2}}"
NAME_IN_LIST = re.compile(_NAME)
PORT_HEADS = {"harbour", "harbor", "port", "seaport", "yard", "terminal", "terminals", "dock", "docks", "quay", "pier", "marina", "airport"}
# ("the Vellin Container Terminals": the kind of terminal is part of the whole name, not of the place's)
FACILITY_AFTER = re.compile(rf"\b(?P<name>{_NAME})(?<!Container)(?<!Cargo)(?<!Ferry)(?<!Cruise)"
                            rf"[ \t]+(?:(?:Container|Cargo|Ferry|Cruise)[ \t]+)?"
                            rf"(?P<head>Harbour|Harbor|Port|Seaport|Yard|Terminals?|Docks?|Quay|Pier|"
                            rf"Marina|Airport|Beach|Bay|Highway|Basin|Creek|Lagoon|Estuary|River|Valley|Island|"
                            # protected areas, where poachers work: "the Vellin National Park"
                            rf"National[ \t]+Park|(?:Game|Nature|Forest|Wildlife)[ \t]+Reserve|Wildlife[ \t]+Sanctuary)\b")
OF_ENTRY = re.compile(r"\s+of\s+[Ee]ntry\b")
# ("Barangay San Roque": a Philippine village, its kind written first)
FACILITY_BEFORE = re.compile(rf"\b(?P<head>River|Port|Lake|Mount|Gulf|Cape|Barangay)(?:[ \t]+of)?[ \t]+(?P<name>{_NAME})")
# "a Portville container terminal", "the Getares area": a name, then what kind of place it is.
# ("the Vellin international border gate": the crossing's rank is no part of its name)
PLACE_BEFORE_NOUN = re.compile(rf"\b(?P<name>{_NAME})[ \t]+(?:international[ \t]+)?"
                               rf"(?:container[ \t]+|cargo[ \t]+|ferry[ \t]+|fishing[ \t]+)?"
                               rf"(?P<head>terminal|port|seaport|airport|harbou?r|docks?|yard|area|village|district|neighbou?rhood|"
                               rf"coast|beach|estuary|river|peninsula|toll[ \t]+(?:booth|plaza|gate|station)|checkpoint|"
                               rf"border[ \t]+(?:crossing|gate|post|checkpoint)|crossing[ \t]+point)\b")
# "the towns of A, B and C": a list of settlements no list may hold, each a place
SETTLEMENTS_OF = re.compile(rf"\b(?:villages|towns|municipalities|communes|localities|cities|islands)[ \t]+of[ \t]+"
                            rf"(?P<names>{_NAME}(?:(?:,[ \t]*|,?[ \t]+and[ \t]+){_NAME})+)")
# "the village of Dolnja Vas", "the municipality of Nova Ves": a settlement's kind, then its name.
SETTLEMENT_OF = re.compile(rf"\b(?P<head>village|town|hamlet|municipality|commune|settlement|township|island)[ \t]+of[ \t]+"
                           rf"(?P<name>{_NAME})")
# "a farmhouse near Oakdene", "a warehouse in Vellin-Hoek": a building's place, where the name ends the clause
BUILDINGS = (r"(?:farm(?:house)?|warehouse|house|home|residence|villa|flat|apartment|garage|hangar|barn|shed|"
             r"lab(?:oratory)?|plantation|camp|property|premises|workshop|factory|lock-up|storage[ \t]+(?:facility|unit)|"
             r"business[ \t]+(?:park|address)|address|ranch|checkpoint|roadblock|airstrip|landing[ \t]+strip)")
BUILDING_NEAR = re.compile(rf"\b{BUILDINGS}[ \t]+(?P<head>near|in|outside|at)[ \t]+(?P<name>{_NAME})"
                           rf"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:and|where|on|after|before|in)\b)")
# "200 nautical miles south of Dondra", "in the seas off Dondra": the coastal place a sea distance is
# told from, where the name ends the clause
SEA_OFF_PLACE = re.compile(rf"\b(?:(?:nautical[ \t]+)?miles|km|kilomet(?:re|er)s|waters|seas?)[ \t]+"
                           rf"(?P<head>(?:(?:north|south)(?:-?(?:east|west))?|east|west)[ \t]+of|off)[ \t]+"
                           rf"(?P<name>{_NAME})(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:and|where|after|on)\b)")
# "Lawrenceville, " before a name: a town and the comma that sets its province after it
TOWN_AND_COMMA = re.compile(r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}),\s*$")
OF_OR_IN = re.compile(r"[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?")
# What follows a region's adjective that names an institution or an instrument, not the region:
# "European Arrest Warrant", "a European investigation order", "the European policing agency", "a European
# shipping line"
INSTITUTION_AFTER = re.compile(r" (?:[A-Z]|(?:policing|police|law|judicial|justice|investigation|arrest|agenc|"
                               r"commission|parliament|court|union|institutions?|shipping|compan|firm|bank)\w*\b)")
# "a warehouse in X", "a storage unit at X": the town a building stands in (its port is not meant)
BUILDING_IN = re.compile(rf"\b{BUILDINGS}\s+(?:in|at|near|outside)\s+(?:the\s+)?$", re.I)
# "off the coast of Santa, Ilocos Sur", "a farm near Oakvale, Ontario", "from Tahiti, French Polynesia": a town
# no list holds, given with the province or country it is in (read as a town only where that is a listed one)
TOWN_AND_PROVINCE = re.compile(r"(?=[a-z])\b(?:in|at|near|off|of|outside|from|via)[ \t]+(?P<name>[A-Z][a-zà-ÿ'’-]+(?:[ \t][A-Z][a-zà-ÿ'’-]+)?)"
                               r",[ \t]+(?P<province>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,2})"
                               # not a list of places: "in Palermo, Madrid and Cologne"
                               r"(?!(?:,[ \t]*[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+)*)*,?[ \t]+(?:and|or)[ \t]+[A-Z])")
NOT_PLACE_WORDS = {"The", "This", "That", "These", "A", "An", "In", "On", "At", "Operation", "Police", "Customs",
                   "Coast", "Guard", "Border", "Force", "Navy", "Army", "Service", "Agency", "Office", "Court", "Crown",
                   "Unit", "Team", "Group", "National", "Federal", "Central", "Container", "Cargo", "Free", "Trade",
                   "Special", "Economic", "Industrial", "Both", "Its", "Their", "One", "Two", "Three", "Four", "Five",
                   "Six", "Seven", "Eight", "Nine", "Ten", "Several", "Many", "Some", "All", "Entry"} | set(CALENDAR)

# -- agencies: words of international bodies, unit nouns, acronyms that name no force --------------------
# Words of bodies that act across borders: they take no country from the document.
INTERNATIONAL = re.compile(r"\b(?:International|European|Interpol|Joint|Inter-?agency|United Nations|Regional|"
                           r"Global|World|Multinational|Combined)\b", re.I)
# The last word of a unit's name ("... Crime Group", "... Inspections Facility").
UNIT_NOUNS = {"Group", "Unit", "Facility", "Section", "Centre", "Center", "Office", "Team", "Squad", "Division",
              "Department", "Directorate", "Bureau", "Service", "Branch", "Command", "Desk", "Cell", "Laboratory",
              "Lab", "Room", "Station", "Agency", "Inspectorate"}
# Acronyms that look like a force's but name something else.
NOT_AGENCY_ACRONYMS = {"US", "USA", "UK", "EU", "UN", "UAE", "CEO", "CFO", "TV", "GPS", "DNA", "ID", "IT", "PR", "AM",
                       "PM", "AFP", "AP", "BBC", "CNN", "SUV", "HGV", "LGV"}

# -- organisations: how a text links groups -----------------------------------------------------------
# "a ring belonging to the feared X Clan": the words between a group and the one it belongs to.
BELONGING = re.compile(r"\s*,?\s*(?:which (?:is|was)\s+)?(?:belonging to|affiliated (?:to|with)|part of|a (?:cell|branch|"
                       r"faction|wing) of|of)\b[^.;]{0,80}$", re.I)
# A platform the group used: its messages were read, its phones seized, the service cracked.
PLATFORM_USE = re.compile(r"(?=\w)\b(?:data|messages?|messaging|chats?|users?|phones?|devices?|handsets?|communicat\w*|"
                          r"analysis|intercepted|shared on|used|cracked|infiltrat\w*|decrypt\w*|"
                          # "coordinated its shipments over X", "arranged the deliveries on X", "relied on X"
                          r"coordinat(?:ed|ing)|arrang(?:ed|ing)|reli(?:ed|es)|relying)\b", re.I)
# "(the X cartel,) who used Ghostline to ...", "(a Y cell) that used the platform": what a group used
USED_PLATFORM = re.compile(r"[^.;]{0,80}?\b(?:who|which|that|had|has|have)?\s*used\s+(?:the\s+)?(?:encrypted\s+)?"
                           r"(?P<what>(?P<name>[A-Z][\w-]*)|(?:platform|service|app|network|phones?|devices?)\b)")
# "The network, linked to the X clan, used ...": the group the apposition names is not the one that used it
LINKED_IN_APPOSITION = re.compile(r",\s*(?:which\s+(?:is|was)\s+)?(?:linked|tied|connected|affiliated|allied|associated)\s+"
                                  r"(?:to|with)\s+(?:the\s+)?$", re.I)
APPOSITION_ENDS_BEFORE_USED = re.compile(r"(?:\s+[\w-]+)?\s*,\s*used\b")
USED_BY_AFTER = re.compile(r"\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?:\w+\s+)?used\s+by\b", re.I)
PLATFORM_IN_GENERAL = re.compile(r"\btools? used by criminals\b", re.I)
# A service no list holds, named as one: "the encrypted messaging app Quillchat", "Hushline, an
# encrypted phone network". The name is one to three capitalised words.
_ENCRYPTED_SERVICE = (r"(?:[Aa]n?|[Tt]he)\s+encrypted\s+(?:[a-z-]+\s+){0,2}?"
                      r"(?:service|platform|app|application|network|messenger|phone|communications?\s+tool)")
_SERVICE_NAME = r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}"
PLATFORM_NAMED = re.compile(r"\b" + _ENCRYPTED_SERVICE + r"\s+(?:(?:called|named|known\s+as|dubbed)\s+)?" + Q + "?"
                            + rf"(?P<name>{_SERVICE_NAME})|\b(?P<first>{_SERVICE_NAME}),\s+"
                            + _ENCRYPTED_SERVICE + r"\b")
# Whose the goods were, said just before the group: "belonged to the", "owned by", "on behalf of the".
OWNED_BY = re.compile(r"\b(?:belong(?:ed|ing|s)?\s+to|owned\s+by|(?:the\s+)?property\s+of|on\s+behalf\s+of)"
                      r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.I)
# "the cargo belonged to ...": the seized goods, spoken of again
THE_NOUN = re.compile(r"\b(?:the|these)\s+([a-z]{4,})\b", re.I)  # "the scales": goods spoken of again
THE_GOODS = re.compile(rf"\b(?:the|this|these)\s+{_GOODS_NOUNS}\b", re.I)
SUSPECTS = re.compile(r"\b(?:targets?|suspects?|arrested|detained|accused|defendants?)\b", re.I)
# Between two groups: "X, a faction of the Y", "X is an offshoot of Y", "X, allied with Y"
FACTION_GAP = re.compile(r"(?:\s+(?:cartel|clan|gang|mafia|network|syndicate|group|family|crew|organi[sz]ation))?"
                         r"\s*(?:,|\s+(?:is|was|are|were))\s+(?:an?|the)?\s*(?:[\w-]+\s+){0,2}?(?:faction|offshoot|"
                         r"splinter(?:\s+group)?|wing|arm|branch|cell|affiliate|ally|partner|subsidiary)\s+of\s+"
                         r"(?:the\s+)?", re.I)
# "users of the provider X who were involved in the drug trade": the criminal users of a service
USERS_OF = re.compile(r"\busers\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
CRIMINAL_USE = re.compile(r"\s*,?\s*(?:who|that|which)?\s*(?:were|are|had been)?\s*(?:involved|engaged|active|"
                          r"suspected)\s+(?:in|of)\b")
# "The network also had ties to ...": the unnamed group a release is about, spoken of again.
THE_GROUP = re.compile(r"\b(?:the|this|its) (?:criminal |crime |drug |trafficking )?(?:network|group|organi[sz]ation|gang|"
                       r"ring|syndicate|structure)\b", re.I)
LINK_CUE = re.compile(r"(?=\w)\b(?:linked|links?|ties|tied|connected|connections?|allian\w+|allied|affiliat\w+|"
                      r"associat\w+|"
                      r"(?:former |ex-)?(?:leader|member|boss|head|founder|lieutenant)s? of|"
                      r"partner\w*|work(?:ed|ing|s)? (?:\w+ly )?(?:with|for)|cooperat\w+ (?:\w+ly )?with|supplied|"
                      r"suppl(?:y|ier)|"
                      r"on behalf of|faction|branch|cell|part of|belong\w*|"
                      # "at war with the rival X clan", "a feud with Y": a stated link between groups, hostile
                      r"at war with|rivals?|rivalry|feud\w*|"
                      # "laundered EUR 60 million in drug proceeds for the X mafia"
                      r"launder\w*[^.;]{0,60}?\bfor|for the benefit of|"
                      # "bought the cocaine from the X Cartel", "sold heroin to the Y gang": trade between groups
                      r"(?:bought|purchased|sourced|obtained|acquired)\b[^.;]{0,40}?\bfrom|sold\b[^.;]{0,40}?\bto)\b",
                      re.I)

# -- operations: the headings of a report of several cases -----------------------------------------------
# A report is read case by case only when it is long enough to hold several.
CASE_REPORT_CHARS = 6000
# "Case 2 – Atlantic, 14 January", "Incident III": a heading that numbers the case below it
NUMBERED_CASE = re.compile(r"#{0,3}[ \t]*(?:Case|Incident|Seizure|Interdiction)[ \t]+(?:\d{1,2}|[IVX]{1,4})\b")
# "Case 2: In July, officers ...": a paragraph that opens by numbering its case
CASE_PARAGRAPH = re.compile(r"(?:^|(?<=\n\n))" + NUMBERED_CASE.pattern + r"[ \t]*[:–—.-]")
# "Among the cases:\n\nOn 3 March 2026, the navy ...": a listed case's paragraph opens with its date
DATED_PARAGRAPH = re.compile(r"(?:^|(?<=\n\n))(?:On|In)[ \t]+(?:\d{1,2}[ \t]+" + MONTH + r"|" + MONTH
                             + r"[ \t]+\d{1,2})(?:,?[ \t]+(?:19|20)\d\d)?,", re.M)
HEADING = re.compile(r"(?:^|(?<=\n\n))(?P<heading>#{0,3}[ \t]*[^\n.!?]{3,90})\n+(?=[^\n])")

# -- shipments: goods given by weight --------------------------------------------------------------------
# Goods given by weight: drugs, chemicals, tobacco and others, and ammunition or explosives sold by weight.
WEIGHED = {"drug", "precursor", "tobacco", "other", "ammunition", "explosive"}

# A sentence that hedges what it says ("possible links", "allegedly", "is believed to"): its claims are
# less sure than the same words said plainly, whatever rule read them.
HEDGE = re.compile(r"(?=\w)\b(?:possible\s+(?:links?|connections?|ties|involvement|role|members?|use)|possibly|"
                   r"potentially|alleged(?:ly)?|reportedly|unconfirmed|"
                   r"rumou?red|believed to|thought to|may have|might have|could have|is said to|are said to)\b",
                   re.I)
HEDGE_FACTOR = 0.7


# -- scanning whole texts ---------------------------------------------------------------------------------
# Words every match of a pattern contains, in lower case: a text with none of them is not scanned at all
# (most releases name no family pair, settlement list or encrypted service; a scan costs ~0.03 ms).
NEEDS: dict[re.Pattern, tuple[str, ...]] = {
    OPERATION_NAMED: ("opera", "opéra"), ACTION_NAMED: ("project", "action"), OPERATION_CAMPAIGN: ("campaign", "strategy"),
    TASKFORCE: ("task", "otf", "investigation", "jit"), OPERATION_CODENAME: ("named", "dubbed", "called", "known as"),
    CITY_PROSECUTORS: ("prosecutor",), AGENCY_EXPANDED: ("(",),
    FAMILY_PAIR: ("brothers", "sisters", "siblings", "twins", "cousins", "couple", "spouses"),
    MEMBER_OF_PLURAL: ("member", "leader", "boss", "head", "founder", "associate", "lieutenant", "enforcer"),
    SETTLEMENTS_OF: ("villages", "towns", "municipalities", "communes", "localities", "cities", "islands"),
    SETTLEMENT_OF: ("village", "town", "hamlet", "municipality", "commune", "settlement", "island"),
    COMPASS_PAIR: ("north", "south", "east", "west", "central"),
    NAMED_ORG_HEAD_FIRST: ("cartel", "cártel", "clan", "mafia"), PLATFORM_NAMED: ("encrypted",),
    NAMED_ORG_TIED: ("organi", "network"), NAMED_ORG_GOES_BY: ("known as", "calling itself", "nicknamed", "dubbed"),
    NAMED_ORG: ("group", "cartel", "clan", "mafia", "gang", "family", "organi", "syndicate", "network", "cosca", "ndrina", "club"),
    GROUP_DESCRIBED: ("terrorist", "criminal", "crime", "trafficking", "armed", "guerrilla", "paramilitary",
                      "jihadist", "insurgent", "rebel", "militant"),
}


def finditer(regex: re.Pattern, text: str, lowered: str | None = None) -> Iterator[re.Match]:
    """`regex.finditer(text)`, skipped where the text lacks every word a match needs."""
    needs = NEEDS.get(regex)
    if needs:
        lowered = text.lower() if lowered is None else lowered
        if not any(word in lowered for word in needs):
            return iter(())
    return regex.finditer(text)
