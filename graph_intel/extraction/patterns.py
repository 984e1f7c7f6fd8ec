"""The pattern side of extraction: regular expressions for what no gazetteer
can list (operation names, quantities, unlisted agencies, persons, unnamed
groups) and the cue words that give a place its role in a sentence."""
from __future__ import annotations

import re

Q = r"[\"'“”‘’]"  # any quote mark
CAP = r"[A-ZÀ-ÖØ-ÞĆČŠŽĐ](?:[\w’'&-]|\.(?=\w))*"  # a capitalised word; a final full stop ends the sentence
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "hundred": 100, "half a": 0.5, "a dozen": 12, "dozen": 12, "two dozen": 24,
                "three dozen": 36, "several": None}
# "1.5 million pills", "40 thousand rounds"
MULTIPLIERS = {"thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bn": 1e9}
UNIT_KG = {"t": 1000.0, "tonne": 1000.0, "tonnes": 1000.0, "ton": 1000.0, "tons": 1000.0, "metric tons": 1000.0,
           "metric ton": 1000.0, "short tons": 907.18474, "short ton": 907.18474,
           "kg": 1.0, "kgs": 1.0, "kilo": 1.0, "kilos": 1.0, "kilogram": 1.0, "kilograms": 1.0,
           "kilogrammes": 1.0, "g": 0.001, "gr": 0.001, "gram": 0.001, "grams": 0.001, "grammes": 0.001,
           "lb": 0.45359237, "lbs": 0.45359237, "pound": 0.45359237, "pounds": 0.45359237,
           "l": 1.0, "litre": 1.0, "litres": 1.0, "liter": 1.0, "liters": 1.0}
MULT = r"(?:\s+(?P<mult>thousand|million|billion|mln|bn)\b)?"
NUM = (r"(?P<num>\d{1,3}(?:[,.]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|"
       + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS if w not in {"a", "an", "several"}), key=len,
                         reverse=True)) + r"|(?<![\w-])an?(?=\s+(?:tonne|ton|kilo|kilogram|pound)\b))" + MULT)
APPROX = (r"(?P<approx>(?:more than|over|almost|nearly|approximately|approx\.?|about|around|some|at least|"
          r"up to|just over|just under|roughly|an estimated|a total of|a total amount of|in excess of|"
          r"close to|circa|c\.)\s+)?")
UNITS = "|".join(sorted((re.escape(u) for u in UNIT_KG), key=len, reverse=True))
# A figure starts with a digit or the first letter of a number word. Saying so first lets the regex
# engine skip every other position at once (measured: the quantity patterns run about 1.7x faster).
FIGURE_START = "(?=[0-9" + "".join(sorted({w[0] + w[0].upper() for w in NUMBER_WORDS})) + r"])(?<![\w])"
# "1.2 tonnes of cocaine", "3300kg of cocaine", "34 kg heroine", "60 kilograms of high-purity heroin"
WEIGHT = re.compile(FIGURE_START + NUM + r"\s*(?:-\s*)?(?P<unit>" + UNITS + r")\b\.?", re.I)
APPROX_BEFORE = re.compile(APPROX + r"$", re.I)  # looked for just before a weight
# "25 pistols", "a handgun", "800 pieces of forged 50-dollar notes", "13 packages of plastic explosives"
COUNT = re.compile(FIGURE_START + r"(?<!several )(?<!few )(?P<num>\d{1,3}(?:[,.]\d{3})+|\d+(?:[.,]\d+)?|" + "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS if w != "several"), key=len, reverse=True))
    + r")" + MULT + r"\s+(?P<packaging>(?:pieces|units|packages|packs|boxes|crates|rounds|items)\s+of\s+)?", re.I)

SEQUEL = r"(?:[ \t]+(?:[IVX]{1,4}|\d{1,3}))?"  # "Lionfish V", "Morning Star 2", "REACTION II"
NAME_WORDS = r"(?P<name>" + CAP + r"(?:[ \t]+" + CAP + r"){0,3}" + SEQUEL + r")"
OPERATION_NAMED = re.compile(r"\b[Oo]peration[ \t]+" + Q + r"?" + NAME_WORDS + Q + r"?")
# "codenamed" glued to the name happens in real releases ("codenamedDiscussion").
OPERATION_CODENAME = re.compile(
    r"\b(?:code-?named|codenamed|dubbed|named|called|known as)\s*(?:(?:as[ \t]+)?[Oo]peration[ \t]+)?" + Q
    + r"?" + NAME_WORDS + Q + r"?")
OPERATION_INVESTIGATION = re.compile(
    r"\b(?:investigation|operation|case)[ \t]+" + Q + r"?(?P<name>[A-Z][A-Z0-9-]{2,}(?:[ \t]+[A-Z][A-Z0-9-]{2,}){0,2}"
    + SEQUEL + r")" + Q + r"?")
# 'the "Northwind" investigation', 'the so-called "harbour" operation': a quoted name before the operation word.
OPERATION_QUOTED = re.compile(r"\b(?:the\s+)?(?:so-called\s+)?" + Q + r"(?P<name>[^\"'“”‘’\n]{2,40}?)" + Q
                              + r"\s+(?:operation|investigation|case|probe|inquiry)\b", re.I)
# A Joint Action Day or a Project with a name is itself the action a release reports.
ACTION_NAMED = re.compile(r"\b(?P<prefix>Joint\s+Action\s+Days?|Project)[ \t]+" + Q + r"?" + NAME_WORDS + Q + r"?")
TASKFORCE = re.compile(
    r"\b(?:Operational\s+Task\s*[Ff]orce|OTF|Joint\s+Investigation\s+Team|JIT)[ \t]+"
    + Q + r"?(?P<name>" + CAP + r"(?:[ \t]+" + CAP + r"){0,3})" + Q + r"?")

AGENCY_HEADS = (r"Police|Policía|Polícia|Polizia|Politie|Polizei|Customs|Guard|Gendarmerie|Carabinieri|"
                r"Prosecutor'?s'?\s+Office|Prosecution\s+Service|Public\s+Ministry|Agency|Directorate|Department|"
                r"Service|Unit|Bureau|Administration|Court|Ministry|Force|Navy|Army|Centre|Center|Authority|"
                r"Squad|Team|Division|Inspectorate|Partnership|Command|Office|Marechaussee|Coastguard|"
                r"Intelligence|Prosecutor|Judiciary|Tribunal|"
                # the head nouns of Romance-language names that English releases keep ("Sûreté du X")
                r"Sûreté|Guardia|Guarda|Douanes?|Aduanas?|Fiscal[íi]a|Procuradur[íi]a|Armada|Prefectura|Brigade|"
                r"Brigada|Unidad|Unidade|Direcci[óo]n|Dire[cç]ção|Servicio|Servi[çc]o|Comando")
AGENCY_HEAD_WORDS = {"Police", "Customs", "Guard", "Gendarmerie", "Agency", "Service", "Force", "Navy", "Unit",
                     "Office", "Directorate", "Department", "Bureau", "Administration", "Court", "Ministry"}
SENTENCE_OPENERS = {"Then", "However", "Meanwhile", "Yesterday", "Today", "Later", "Also", "Afterwards", "When",
                    "While", "After", "Before", "Since", "Both", "Officers", "Officials", "Members", "Agents",
                    "Investigators", "Following", "During", "Thanks", "Under", "With", "In", "On", "At", "As"}
AGENCY_PATTERN = re.compile(
    r"\b(?P<name>(?:[A-Z][\w’'&-]*[ \t]+(?:and[ \t]+)?){0,5}(?:" + AGENCY_HEADS + r")\b"
    # "... of the Province of Kordovia": up to two tails of capitalised words
    # "... Bureau of Alcohol, Tobacco and Firearms": the tail may list its words with commas
    r"(?:[ \t]+(?:of|for|on|d[eiou]|del|della|de la|des|dos|das|da)\s+(?:the[ \t]+)?(?:[A-Z][\w’'&-]*)"
    r"(?:,?[ \t]+(?:and[ \t]+)?[A-Z][\w’'&-]*){0,4}){0,2})"
    r"(?:[ \t]+\((?P<acronym>[A-Z][A-Za-z-]{1,9})\))?")

# An acronym that acts like a force: "seized by the GIGN", "SOCA officers" (an acronym alone says nothing).
ACRONYM_AGENCY = re.compile(
    r"\b(?:by|from|with|of|and) the (?P<after_the>[A-Z]{2,6})\b(?![\w’'-]|[ \t]+[A-Z(])|"
    r"\b(?P<before_staff>[A-Z]{2,6})(?:['’]s?)?[ \t]+(?:officers|agents|investigators|operatives|officials|"
    r"personnel|commandos|detectives|analysts|teams?|units?)\b")
# "the U.S.C.G.", "D.C.P.O. officers": an acronym written with full stops.
DOTTED_ACRONYM = re.compile(r"(?<![\w.])(?P<acronym>(?:[A-Z]\.){3,7})(?![\w])")
# "Customs' Sea Cargo Facility", "the Police's Organised Crime Group (OCG)": a unit named after its owner.
POSSESSIVE_UNIT = re.compile(r"['’]s?[ \t]+(?P<unit>(?:[A-Z][\w-]+[ \t]+){1,5}[A-Z][\w-]+)"
                             r"(?:[ \t]+\((?P<acronym>[A-Z]{2,8})\))?")

ORG_NOUN = r"(?:organi[sz]ations?|networks?|groups?|gangs?|cartels?|rings?|clans?|syndicates?|OCGs?)"
UNNAMED_ORG = re.compile(
    r"\b(?P<kind>(?:criminal|crime|drugs?[- ]trafficking|trafficking|smuggling|mafia-style|organi[sz]ed|drugs?|"
    r"narcotics?|firearms?|weapons?|arms|migrant)[ \t]+"
    r"(?:[\w-]+[ \t]+)?" + ORG_NOUN + r"|OCGs?|cartel|mafia|gang|"
    # UK releases charge the group as a conspiracy: "an alleged conspiracy to supply heroin".
    r"(?:drugs?|smuggling|importation|supply)[ \t]+conspiracy|(?<=alleged )conspiracy)\b", re.I)
# "the gang, part of a wider network": the group before is a part of another.
PART_OF_GROUP = re.compile(r"\s*,?\s*(?:which (?:is|was)\s+|being\s+)?(?:part of|a (?:branch|cell|faction|unit|subgroup) of|"
                           r"affiliated (?:to|with)|working for)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:organi[sz]ations?|networks?|groups?|cartels?|rings?|syndicates?)\b", re.I)
# "the Sinaloa Cartel", "the Dune clan", "the Comanchero bikie gang": a name, at most one lower-case
# word saying what kind of group, then the group word (in either case).
NAMED_ORG = re.compile(
    r"(?P<name>[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3})[ \t]+(?:[a-z][\w-]+[ \t]+)?"
    r"(?P<kind>(?i:criminal\s+group|crime\s+group|cartel|clan|mafia|gang|crime\s+family|criminal\s+organi[sz]ation|"
    r"syndicate))\b")

ARREST = re.compile(r"\b(?:arrest\w*|raid\w*|search(?:es|ed)|detain\w*|dismantl\w*|apprehend\w*|took down|"
                    r"taken down|takedown|extradit\w*|charged|busted)\b", re.I)
ENFORCEMENT = re.compile(
    r"\b(?:arrest\w*|raid\w*|search\w*|seiz\w*|detain\w*|dismantl\w*|intercept\w*|confiscat\w*|apprehend\w*|"
    r"charg\w*|took down|taken down|takedown|action day|operation\w*|investigat\w*|crackdown|bust\w*|"
    r"interdict\w*|recover\w*|found|discovered|stopped)\b", re.I)
SEIZURE = re.compile(r"\b(?:seiz\w*|confiscat\w*|intercept\w*|found|discovered|recovered|detected|interdict\w*|"
                     r"escorted|haul|uncovered|arrived|docked|unloaded)\b", re.I)
# "the PSU (Port Search Unit) Team": an acronym, its expansion, then the unit word.
AGENCY_EXPANDED = re.compile(r"\b(?P<acronym>[A-Z]{2,6})\s*\((?P<expansion>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)+)\)\s+"
                             r"(?P<head>Team|Unit|Squad|Task\s*Force|Service|Centre|Center|Office|Bureau|Directorate)\b")
TRAFFICKING = re.compile(r"\b(?:traffick\w*|smuggl\w*|shipments?|transport\w*|import\w*|export\w*|route\w*|"
                         r"made their way|transfer\w*|supply\w*|distribut\w*|moved?|moving)\b", re.I)
# A figure over a period is a statistic, not a consignment: "so far this year", "since March",
# "between 2019 and 2022", "to date", "over the past decade", "annually".
MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
         r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec)")
PERIOD_TOTAL = re.compile(
    r"\b(?:so far|to date|year[- ]to[- ]date|since (?:the (?:start|beginning) of |early |late )?(?:" + MONTH
    + r"|(?:19|20)\d\d|last|the start|then)|(?:per|each|every) year|annual(?:ly)?|a year\b|"
    r"between (?:" + MONTH + r"\s+)?(?:19|20)\d\d and|from (?:" + MONTH + r"\s+)?(?:19|20)\d\d (?:to|until)|"
    r"over the (?:past|last) (?:\w+ )?(?:years?|months?|decades?)|in the (?:first|last|past) (?:\w+ )?"
    r"(?:months|years|weeks|half|quarter))\b", re.I)
# "could have produced 700 kg", "enough to make": what the goods would have become, not what was seized.
POTENTIAL_YIELD = re.compile(r"\b(?:could (?:have )?(?:produced?|yield(?:ed)?|made?|been used to (?:make|produce))|"
                             r"enough to (?:produce|make|manufacture)|would have (?:produced|yielded|made)|"
                             r"capable of producing|potential (?:yield|output|production) of)\s+(?:\w+\s+){0,3}$",
                             re.I)
UNRELATED = re.compile(r"\b(?:other offences|other crimes|unrelated|previously arrested)\b", re.I)
PARTICIPATION_CUE = re.compile(
    r"(?:authorities|police|officers|investigators|law enforcement(?: authorities| agencies)?|agencies|forces|"
    r"colleagues|prosecutors|customs|representatives)(?:\s+(?:from|of|in)\s*|\s*:\s*)(?:the\s+)?$|"
    r"(?:in\s+)?(?:close\s+)?(?:cooperation|collaboration|coordination)\s+with\s+(?:the\s+)?$|"
    # "police coordination from Kordovia and ...", "with support from the Netherlands"
    r"(?:cooperation|collaboration|coordination|support|assistance|participation|involvement)\s+(?:from|of)\s+"
    r"(?:the\s+)?$|"
    r"(?:involving|involved|between|participation of|participating|supported by|support of|assisted by)\s+"
    r"(?:the\s+)?$", re.I)
ACTIVE_IN = re.compile(r"\b(?:based|active|operating|operated|operates|present|established|settled|entrenched|"
                       r"spread|spanned|stretched|extended)\s+"
                       r"(?:in|across|throughout|from)\s+(?:the\s+)?$", re.I)
PARTICIPANT_AFTER = re.compile(r"^\s*(?:also\s+)?(?:took part|participated|joined|were involved|was involved|"
                               r"cooperated|contributed)", re.I)
AUTHORITY_NOUNS = re.compile(r"^\s*(?:and\s+\w+\s+)?(?:authorities|police|officers|investigators|law enforcement|"
                             r"colleagues|prosecutors|customs|judicial|counterparts|operatives|agents|navy|coast\s?guard)",
                             re.I)
# What an agency did in an operation: the sentence that says it is the best evidence of its part.
ACTING = re.compile(r"\b(?:support\w*|coordinat\w*|facilitat\w*|took part|participat\w*|carried out|conducted|"
                    r"led|assist\w*|involv\w*|deployed|arrest\w*|seiz\w*|raid\w*|search\w*|dismantl\w*|"
                    r"intercept\w*|investigat\w*|cooperat(?:ed|ing)|collaborat(?:ed|ing)|worked|provided)\b", re.I)
SUPPORT_CUE = re.compile(r"\b(?:support\w*|assist\w*|facilitat\w*|help|with the support of|coordinat\w*)\b", re.I)

# Cue words just before a place (or a list of places) give it a role.
CUE_FROM = re.compile(r"\b(?:from|originat\w* (?:in|from)|coming from|shipped from|sourced (?:in|from)|"
                      r"departed from|departing from|loaded in|sent from|leaving|left|of \w+ origin)\s*"
                      r"(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
CUE_VIA = re.compile(r"\b(?:via|through|transit\w*(?:\s+(?:via|through|in))?|passing through|stopover in|"
                     r"by way of)\s*(?:the\s+)?(?:[\w-]+\s+){0,3}(?:in\s+)?(?:the\s+)?$", re.I)
CUE_IN = re.compile(r"\b(?:in|at|on|inside|within|throughout)\s+(?:the\s+)?"
                    r"(?:(?:port|harbour|harbor|city|town|village|region|province|centre|center|coast|"
                    r"area|territory|waters)\s+of\s+(?:the\s+)?)?(?:[\w-]+\s+){0,3}?$", re.I)
TRANSIT_AFTER = re.compile(r"^[^.;]{0,40}?\b(?:as a transit|transit (?:area|country|point|hub))", re.I)
COAST_OF = re.compile(r"\b(?:coast|shores?) of\s+(?:the\s+)?$", re.I)
ARRIVAL = re.compile(r"\b(?:escorted|taken|brought|diverted|arrived|docked|landed|unloaded)\b[^.]{0,40}$", re.I)
