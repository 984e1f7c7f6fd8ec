"""Resolution proposes merges with a reason; it never merges by itself."""
import json

from click.testing import CliRunner

from graph_intel.cli import main
from graph_intel.resolution import propose_merges


def person(slug, name):
    return {"id": f"person:{slug}", "label": "Person", "name": name, "aliases": []}


def test_a_nickname_with_the_same_surname_is_proposed_with_its_reason():
    [proposal] = propose_merges([person("thomas-briggs", "Thomas Briggs"), person("tom-briggs", "Tom Briggs")])
    assert {proposal.keep, proposal.merge} == {"person:thomas-briggs", "person:tom-briggs"}
    assert proposal.reason == "same surname 'Briggs'; 'Tom' is a nickname of 'Thomas'"


def test_different_people_with_one_surname_are_not_proposed():
    assert propose_merges([person("anna-kovac", "Anna Kovač"), person("marko-kovac", "Marko Kovač")]) == []


def test_an_initial_and_accents_still_match():
    [proposal] = propose_merges([person("j-novak", "J. Nováková"), person("jana-novakova", "Jana Novakova")])
    assert "an initial" in proposal.reason


def test_shared_links_are_named_and_raise_the_score():
    people = [person("thomas-briggs", "Thomas Briggs"), person("tom-briggs", "Tom Briggs")]
    alone = propose_merges(people)[0]
    linked = propose_merges(people, {"person:thomas-briggs": {"organisation:x"}, "person:tom-briggs": {"organisation:x"}},
                            {"organisation:x": "Harbour Gang"})[0]
    assert linked.score > alone.score and linked.reason.endswith("both linked to Harbour Gang")


def test_agencies_of_two_countries_are_never_proposed():
    agencies = [{"id": "agency:a", "label": "Agency", "name": "Anti-Drug Directorate", "properties": {"country": "RS"}},
                {"id": "agency:b", "label": "Agency", "name": "Anti Drug Directorate", "properties": {"country": "HR"}},
                {"id": "agency:c", "label": "Agency", "name": "Anti-Drug Directorate", "properties": {"country": "RS"},
                 "aliases": ["ADD"]}]
    [proposal] = propose_merges(agencies)
    assert (proposal.keep, proposal.merge) == ("agency:c", "agency:a")


def test_resolve_lists_proposals_from_two_releases(tmp_path):
    first = tmp_path / "one.txt"
    first.write_text("Police charge harbour smugglers\n\nThe suspects, namely Thomas Briggs and Ivo Lenz, "
                     "were charged with importing 40 kg of cocaine into Portville.\n", encoding="utf-8")
    second = tmp_path / "two.txt"
    second.write_text("Smuggler jailed\n\nTom Briggs, 41, was sentenced for importing cocaine into Portville.\n",
                      encoding="utf-8")
    db = tmp_path / "g.lbug"
    assert CliRunner().invoke(main, ["--db", str(db), "load", str(first), str(second)]).exit_code == 0
    result = CliRunner().invoke(main, ["--db", str(db), "review", "merges", "--label", "person", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["keep"], r["merge"]) for r in rows] in ([("person:thomas-briggs", "person:tom-briggs")],
                                                       [("person:tom-briggs", "person:thomas-briggs")])
    assert "'Tom' is a nickname of 'Thomas'" in rows[0]["reason"]
