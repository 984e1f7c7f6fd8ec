"""Extraction never raises and every span it reports is exact, whatever the input."""
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from graph_intel.documents import document_from_text, html_to_text
from graph_intel.extraction import extract

# Fragments that exercise the rules, mixed with arbitrary text.
FRAGMENTS = st.sampled_from([
    "Europol", "Operation Nightjar", "1.2 tonnes of cocaine", "seized in Rotterdam, the Netherlands",
    "from Colombia to Spain via Panama", "the Dutch authorities", "a criminal network", "Sky ECC",
    "Customs (DAVA)", "Serbia: Criminal Police – Drugs Combating Service", "’Ndrangheta", "including:\n\n",
    "1.000kg", "25 pistols", "Thomas Payne, aged 47,", "Source: https://x.org", "\n", ". ", ", ", " and ",
    "<p>", "</script>", "Канцеларија", "Côte d’Ivoire", "ΕΛ.ΑΣ.", "🚢", "\u200b", "\t",
])
TEXTS = st.lists(st.one_of(FRAGMENTS, st.text(max_size=40)), max_size=40).map("".join)


def check(text: str) -> None:
    extraction = extract(document_from_text(text, path="p.txt"))
    ids = {e.id for e in extraction.entities}
    assert len(ids) == len(extraction.entities)
    for entity in extraction.entities:
        for m in entity.mentions:
            assert 0 <= m.start <= m.end <= len(text)
            assert text[m.start:m.end] == m.text
    for relation in extraction.relations:
        assert relation.source in ids and relation.target in ids
        ev = relation.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start:ev.end] == ev.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_spans_are_exact_on_arbitrary_text(text):
    check(text)


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=2000))
def test_arbitrary_unicode_never_raises(text):
    check(text)


@settings(max_examples=20, deadline=None)
@given(st.integers(min_value=1, max_value=40))
def test_very_long_lines(repeat):
    check(("Police seized 700 kg of cocaine in Antwerp and arrested Europol suspects " * repeat * 50).strip())


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_html_fragments(fragment):
    text, _ = html_to_text(f"<html><body><p>{fragment}</p><script>x()</script></body></html>")
    check(text)


def test_empty_input():
    check("")
    check("   \n\n ")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_whatever_is_extracted_can_be_stored(text):
    from graph_intel.store.embedded import EmbeddedStore
    extraction = extract(document_from_text(text or "x", path="p.txt"))
    with EmbeddedStore(None) as store:
        assert store.write(extraction).written
        stats = store.stats()
        assert sum(stats["nodes"].values()) == len(extraction.entities)
        assert sum(v for k, v in stats["relationships"].items() if k != "MENTIONED_IN") == \
            len({r.key for r in extraction.relations})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_extract_json_validates_against_the_ontology(text):
    """What `extract --format json` prints is what `load` accepts: checked on the printed JSON."""
    import json
    import tempfile
    import tomllib
    from importlib import resources
    from pathlib import Path

    from click.testing import CliRunner

    from graph_intel.cli import main
    from graph_intel.model import parse_ontology, validate_extraction
    assume(text.strip())
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "doc.txt"
        path.write_text(text, encoding="utf-8")
        result = CliRunner().invoke(main, ["extract", "--format", "json", str(path)])
    if result.exit_code != 0:  # refused as binary or empty: one line, no traceback, nothing printed to stdout
        assert result.exit_code == 1 and result.output.startswith("error:") and result.output.count("\n") == 1
        return
    toml = resources.files("graph_intel.model").joinpath("ontology.toml").read_text(encoding="utf-8")
    validate_extraction(json.loads(result.output), parse_ontology(tomllib.loads(toml)))
