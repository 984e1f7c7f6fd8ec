"""Scoring extraction against gold annotations (NAME.txt + NAME.gold.json),
following the matching rules of the corpus annotation guide: names compared
after folding case, accents, punctuation, a leading "the" and "port of";
unnamed gold entities ("*Operation") match unnamed system entities;
shipments match on commodity and quantity within 5 %."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph_intel.extraction.text import strip_accents

COMMODITY_ALIASES = {"ecstasy": "mdma", "xtc": "mdma", "marijuana": "cannabis", "weed": "cannabis",
                     "heroine": "heroin", "crystal meth": "methamphetamine", "meth": "methamphetamine",
                     "hash": "hashish", "cannabis resin": "hashish", "resin": "hashish", "firearms": "firearm",
                     "gun": "firearm", "guns": "firearm", "weapons": "firearm"}


def fold_name(text: str) -> str:
    text = re.sub(r"[^a-z0-9 ]+", " ", strip_accents(str(text)).lower())
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^(?:the )?(?:port of )?", "", text)
    return re.sub(r" port$", "", text)


def fold_commodity(value: Any) -> str:
    name = COMMODITY_ALIASES.get(fold_name(value or ""), fold_name(value or ""))
    return name[:-1] if name.endswith("s") and name not in {"hashish"} else name


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    by_type: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    misses: list[str] = field(default_factory=list)

    def total(self, kind: str) -> Tally:
        total = Tally()
        for key, tally in self.by_type.items():
            if key.startswith(kind + ":"):
                total.tp, total.fp, total.fn = total.tp + tally.tp, total.fp + tally.fp, total.fn + tally.fn
        return total


def _unnamed(entity: dict[str, Any]) -> bool:
    return entity.get("named") is False or str(entity.get("name", "")).startswith("*")


def _names(entity: dict[str, Any], system: bool) -> set[str]:
    names = [entity.get("name", ""), *(entity.get("aliases") or [])]
    if system:
        names += [m.get("text", "") for m in entity.get("mentions") or []]
    return {fold_name(n) for n in names if n}


def _same_shipment(gold: dict[str, Any], system: dict[str, Any]) -> bool:
    props = system.get("properties") or {}
    if fold_commodity(gold.get("commodity")) != fold_commodity(props.get("commodity")):
        return False
    for key in ("quantity_kg", "quantity"):
        if gold.get(key) is not None:
            try:
                a, b = float(gold[key]), float(props.get(key))
            except (TypeError, ValueError):
                return False
            return abs(a - b) <= 0.05 * max(abs(a), abs(b), 1e-9)
    return True


def match_entities(gold: list[dict[str, Any]], system: list[dict[str, Any]]) -> dict[int, int]:
    """Gold index -> system index, one-to-one within a label; named gold first."""
    taken: set[int] = set()
    pairs: dict[int, int] = {}
    for i in sorted(range(len(gold)), key=lambda i: _unnamed(gold[i])):
        g = gold[i]
        for j, s in enumerate(system):
            if j in taken or s.get("label") != g["label"]:
                continue
            if g["label"] == "Shipment":
                ok = _same_shipment(g, s)
            elif _unnamed(g):
                ok = s.get("named") is False
            else:
                ok = bool(_names(g, False) & _names(s, True))
            if ok:
                pairs[i] = j
                taken.add(j)
                break
    return pairs


def _count(score: Score, key: str, found: bool, miss: str) -> None:
    tally = score.by_type[key]
    if found:
        tally.tp += 1
    else:
        tally.fn += 1
        score.misses.append(miss)


def _extra(score: Score, key: str, text: str) -> None:
    score.by_type[key].fp += 1
    score.misses.append(text)


def score_document(gold: dict[str, Any], system: dict[str, Any], score: Score) -> None:
    gold_e, sys_e = gold.get("entities", []), system.get("entities", [])
    pairs = match_entities(gold_e, sys_e)
    doc = gold.get("doc", "")
    for i, g in enumerate(gold_e):
        _count(score, f"entity:{g['label']}", i in pairs, f"{doc}: missed {g['label']} {g['name']!r}")
    for j, s in enumerate(sys_e):
        if j not in pairs.values():
            _extra(score, f"entity:{s.get('label')}", f"{doc}: extra {s.get('label')} {s.get('name')!r}")
    gold_index: dict[str, int] = {}
    for i, g in enumerate(gold_e):
        gold_index.setdefault(g["name"], i)
    to_gold = {j: i for i, j in pairs.items()}
    sys_index = {s.get("id"): j for j, s in enumerate(sys_e)}
    gold_rel = {(gold_index.get(r["source"]), r["type"], gold_index.get(r["target"]))
                for r in gold.get("relations", []) if r["type"] != "MENTIONED_IN"}
    sys_rel = {}
    for r in system.get("relations", []):
        if r.get("type") != "MENTIONED_IN":
            a, b = sys_index.get(r.get("source")), sys_index.get(r.get("target"))
            sys_rel[(to_gold.get(a, ("system", a)), r.get("type"), to_gold.get(b, ("system", b)))] = r

    def name(end) -> str:
        return gold_e[end]["name"] if isinstance(end, int) else sys_e[end[1]].get("name")

    for a, rel, b in gold_rel:
        _count(score, f"relation:{rel}", (a, rel, b) in sys_rel, f"{doc}: missed {name(a)!r} -{rel}-> {name(b)!r}")
    for (a, rel, b), r in sys_rel.items():
        if (a, rel, b) not in gold_rel:
            _extra(score, f"relation:{rel}", f"{doc}: extra {name(a)!r} -{rel}-> {name(b)!r} ({r.get('rule')})")


def evaluate_folder(folder: str | Path) -> Score:
    """Extract every NAME.txt that has a NAME.gold.json beside it and score it."""
    from graph_intel.documents import read_document
    from graph_intel.extraction import extract

    score = Score()
    for gold_path in sorted(Path(folder).glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text_path = gold_path.with_name(gold.get("doc") or gold_path.name.replace(".gold.json", ".txt"))
        system = extract(read_document(text_path)).to_dict()
        score_document(gold, system, score)
    return score
