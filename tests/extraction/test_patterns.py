"""The words a whole-text pattern needs (patterns.NEEDS) let a text without them go unscanned:
each must be in every match, or skipping would lose what the pattern finds."""
from pathlib import Path

import pytest

from graph_intel.extraction import patterns as P

SEEDS = Path(__file__).resolve().parents[2] / "seed"

# One invented sentence each pattern matches, so no check below is empty.
SENTENCES = [
    "Operation Harbour Light ended. Joint Action Day Silverline and Project Quill followed.",
    "The Operational Taskforce Kestrel and the Joint Investigation Team Marrow worked on.",
    "The case, codenamed Bluefin, was dubbed Redwater by the press.",
    "Portville prosecutors charged him. The HCU (Harbour Crime Unit) Team seized a boat.",
    "The brothers Ivan and Petar Kolev and members of the Night Wolves were held.",
    "Police searched the villages of Oakdene, Elmwick and Ashby and the town of Marlow.",
    "Goods came from North and West Africa.",
    "Cartel de los Soles members and the Black Wolves, a criminal gang, used the encrypted app Quillchat.",
    "He has links to the Kordo organisation. The Sorrel clan and the Vale cartel were named.",
    "A faction of the Vale Cartel known as Los Primos ran the laboratory.",
    "The naval campaign Tidewater ran while the strategy Orion began.",
]


def texts() -> list[str]:
    return SENTENCES + [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


@pytest.mark.parametrize("regex", list(P.NEEDS), ids=lambda r: r.pattern[:30])
def test_every_match_holds_a_word_the_pattern_is_said_to_need(regex):
    matches = [m.group(0).lower() for text in texts() for m in regex.finditer(text)]
    assert matches, "no text here exercises the pattern"
    for match in matches:
        assert any(word in match for word in P.NEEDS[regex]), match


def test_a_text_without_the_words_is_not_scanned_and_one_with_them_is():
    assert list(P.finditer(P.FAMILY_PAIR, "Ivan and Petar Kolev were held.")) == []
    found = [m.group("first") for m in P.finditer(P.FAMILY_PAIR, "The brothers Ivan and Petar Kolev were held.")]
    assert found == ["Ivan"]
