"""Text helpers whose offsets always point into the original document."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from anyascii import anyascii

# Typographic variants folded so that gazetteer keys match every spelling;
# each replacement is one character for one, so offsets never move.
_FOLD = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"',
                       "–": "-", "—": "-", "‑": "-", "‐": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " "})


# Upper- and lower-case letters of the Latin scripts, built from Unicode rather than listed by hand
# (Basic Latin to Latin Extended-B, and Latin Extended Additional: Vietnamese "Nguyễn").
_LATIN = [*range(0x41, 0x250), *range(0x1E00, 0x1F00)]
UPPER = "".join(ch for ch in map(chr, _LATIN) if ch.isupper() and ch.isalpha())
LOWER = "".join(ch for ch in map(chr, _LATIN) if ch.islower() and ch.isalpha())


# American and British spellings of one name ("Organized Crime", "Organised Crime"): -iz- read as -is-,
# one letter for one. Three letters before it, so "seize" and "size" stay as they are.
_IZE = re.compile(r"(?<=[a-z]{3})iz(?=(?:e|ed|es|ing|ation|ations)\b)")


def fold(text: str) -> str:
    """Lower-case, quote- and dash-folded copy of `text` of exactly the same length."""
    translated = text.translate(_FOLD)
    lowered = translated.lower()
    if len(lowered) != len(translated):
        # A few characters lower-case to two ("İ"): keep those as they are.
        lowered = "".join(low if len(low := ch.lower()) == 1 else ch for ch in translated)
    return _IZE.sub("is", lowered) if "iz" in lowered else lowered


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def fold_key(phrase: str) -> str:
    """How a gazetteer phrase is keyed: folded, single-spaced."""
    return " ".join(fold(phrase).split())


def plain_key(phrase: str) -> str:
    """A place name keyed without its accents: 'Paraná', 'Parana' and 'PARANÁ' are one province."""
    return fold_key(strip_accents(phrase))


def slug(text: str) -> str:
    """An id's readable part, in ASCII: 'Đorđe Petrović' is 'dorde-petrovic', 'Łódź' is 'lodz' (letters
    no accent can be stripped from are transliterated, not dropped)."""
    text = anyascii(fold(text)).lower()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "x"


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    # A short list line ("40 kg of heroin found in a van") inherits
    # the context of the sentence that introduced the list ("... including:").
    context_start: int


ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "no", "nos", "vs", "etc", "approx", "inc", "ltd", "co", "jr",
                 "sr", "gen", "col", "lt", "sgt", "insp", "supt", "det", "u.s", "u.k", "e.g", "i.e", "art",
                 "para", "fig", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                 "oct", "nov", "dec",
                 # ranks and styles written before a name: "Brig. Gen. Jo Roe (Rtd)", "Prof. Ann Lee"
                 "brig", "capt", "cmdr", "cdr", "maj", "cpl", "adm", "cdre", "prof", "hon", "rtd", "cst"}
# A sentence ends at a full stop before a capital, with a space between, or without one where a
# pasted text lost it ("were transported.The prosecutor") but never inside "U.S." or "e.g.".
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9ÀÁÂÄÇÈÉÊÍÓÖÚÜĆČŠŽ])|(?<=[a-z]{3}\.)(?=[A-Z][a-z])")


BULLET = re.compile(r"\s*[-–•*·▪]\s")   # a list line's mark


def sentences(text: str) -> list[Sentence]:
    """Sentences with character spans; a line break ends a sentence, unless the text was wrapped
    inside one (see _lines)."""
    result: list[Sentence] = []
    intro_start, bulleted = None, None  # (whether the list's first item wore a mark: then all do)
    for line_start, line in _lines(text):
        if not line.strip():
            continue
        if bulleted and not BULLET.match(line):
            intro_start = None  # "- 28 searches\n\nThe network ...": a line without the mark ends the list
        pieces = _split_line(line, line_start)
        for start, end in pieces:
            piece = text[start:end]
            is_item = intro_start is not None and len(piece) < 200 and not piece.rstrip().endswith(":")
            if is_item and bulleted is None:
                bulleted = bool(BULLET.match(line))
            result.append(Sentence(start, end, piece, intro_start if is_item else start))
        last = text[pieces[-1][0]:pieces[-1][1]].rstrip()
        if last.endswith(":"):
            intro_start, bulleted = pieces[-1][0], None
        elif not (intro_start is not None and (bulleted and BULLET.match(line) or len(last) < 200
                                               and not last.endswith("."))):
            intro_start = None  # (a marked item ends in a full stop and the list goes on)
    return result


def _lines(text: str) -> list[tuple[int, str]]:
    """(offset, text) of each line; the lines of a sentence the writer's editor wrapped are one line
    (the break stays in the text, so offsets never move)."""
    lines, start, in_list = [], 0, False
    for m in re.finditer(r"\n", text):
        before = text[start:m.start()].rstrip(" \t")
        # Under a line that ends with a colon, each short line is an item, whatever its case.
        item = in_list and len(before) < LIST_ITEM_CHARS and not before.endswith(",")
        if not item and _wrapped(before, text[m.end():m.end() + 40].lstrip(" \t")):
            continue
        lines.append((start, text[start:m.start()]))
        in_list = before.endswith(":") or (in_list and bool(before))
        start = m.end()
    lines.append((start, text[start:]))
    return lines


LIST_ITEM_CHARS = 120


def _wrapped(before: str, after: str) -> bool:
    """A line that stops mid-sentence and goes on: after a comma ("the ports of A, B,\nC and D"), or
    from a lower-case word to a lower-case word ("seized in the\nport"). A heading or a list item
    ends in a capital, a figure or a stop, and the next line starts with a capital or a mark."""
    if not before or not after:
        return False
    return (before[-1] == "," and after[0].isalnum()) or (before[-1].islower() and after[0].islower())


_LAST_WORD = re.compile(r"([\w.]+)[.!?]*[\"'”’)]*\s*$")


def _word_before_stop(line: str, start: int, end: int) -> str:
    """The word a full stop ends ('etc', 'u.s', 'Smith'), read from the last characters only: searching
    the whole sentence for it again at each stop made splitting quadratic in the sentence's length."""
    window = max(start, end - 60)
    word = _LAST_WORD.search(line, window, end)
    if word and word.start() == window > start:  # the window cut a long token: read it whole
        word = _LAST_WORD.search(line, start, end)
    return word.group(1).lower().rstrip(".") if word else ""


def _split_line(line: str, base: int) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(line):
        before = _word_before_stop(line, start, m.end())
        if before in ABBREVIATIONS or re.fullmatch(r"[a-z]", before):
            continue
        spans.append((start, m.start() + len(m.group(0).rstrip())))
        start = m.end()
    spans.append((start, len(line.rstrip())))
    out = []
    for s, e in spans:
        while s < e and line[s].isspace():
            s += 1
        if e > s:
            out.append((base + s, base + e))
    return out or [(base, base + len(line))]
