"""The embedded LadybugDB store: provenance, idempotency, exact removal,
one transaction per document, read-only guards."""
import pytest

from graph_intel.documents import document_from_text, read_document
from graph_intel.errors import OntologyError, ReadOnlyViolation, StoreError, StoreUnavailable
from graph_intel.extraction import extract
from graph_intel.ingest import load_paths
from graph_intel.records import Entity, Extraction, Relation, Span
from graph_intel.store.embedded import EmbeddedStore

TEXT = "Europol supported Operation Nightjar. Customs seized 700 kg of cocaine in Rotterdam, the Netherlands."


def tiny_extraction(text=TEXT, grading="B2"):
    doc = document_from_text(text, path="tiny.txt", grading=grading)
    europol = Entity("agency:europol", "Agency", "Europol", mentions=[Span(0, 7, "Europol")])
    operation = Entity("operation:nightjar", "Operation", "Operation Nightjar", mentions=[Span(18, 36, text[18:36])])
    relation = Relation("agency:europol", "PARTICIPATED_IN", "operation:nightjar", Span(0, 37, text[0:37]),
                        "test.rule", 0.8, {"role": "support"})
    return Extraction(doc, [europol, operation], [relation])


def test_a_claim_carries_its_document_evidence_rule_confidence_and_grading(empty_store):
    result = empty_store.write(tiny_extraction())
    assert result.written and result.nodes_added == 2 and result.claims_added == 1
    [claim] = list(empty_store.claims())
    assert claim["source"] == "agency:europol" and claim["type"] == "PARTICIPATED_IN"
    assert claim["doc_id"] == tiny_extraction().document.id
    assert claim["evidence"] == TEXT[0:37] and (claim["evidence_start"], claim["evidence_end"]) == (0, 37)
    assert claim["rule"] == "test.rule" and claim["confidence"] == 0.8
    assert claim["grading"] == "B2" and claim["role"] == "support"
    mentions = empty_store.query("MATCH (n:Agency)-[m:MENTIONED_IN]->(d:Document) RETURN n.id AS id, d.id AS doc, "
                                 "m.mentions AS mentions")
    assert mentions == [{"id": "agency:europol", "doc": claim["doc_id"], "mentions": 1}]


def test_loading_the_same_document_twice_changes_nothing(empty_store):
    empty_store.write(tiny_extraction())
    before = empty_store.stats()
    again = empty_store.write(tiny_extraction())
    assert not again.written
    assert empty_store.stats() == before


def test_a_second_document_adds_a_corroborating_claim_not_an_overwrite(empty_store):
    empty_store.write(tiny_extraction())
    empty_store.write(tiny_extraction(TEXT + " Europol said so again.", grading="C3"))
    claims = list(empty_store.claims())
    assert len(claims) == 2
    assert {c["grading"] for c in claims} == {"B2", "C3"}
    assert empty_store.stats()["nodes"] == {"Agency": 1, "Operation": 1}


def test_removing_a_document_removes_exactly_its_contribution(empty_store, seed_files):
    load_paths(empty_store, [str(p) for p in seed_files])
    everything = empty_store.stats()
    europol_doc = read_document(next(p for p in seed_files if p.name.startswith("europol")))
    empty_store.remove_document(europol_doc.id)
    assert not empty_store.has_document(europol_doc.id)
    assert all(c["doc_id"] != europol_doc.id for c in empty_store.claims())
    # Serbia is mentioned by both seeds: it stays, linked only to the other one.
    serbia_docs = empty_store.query("MATCH (c:Country {id: 'country:RS'})-[:MENTIONED_IN]->(d:Document) "
                                    "RETURN d.id AS id")
    assert len(serbia_docs) == 1 and serbia_docs[0]["id"] != europol_doc.id
    load_paths(empty_store, [str(p) for p in seed_files])
    assert empty_store.stats() == everything


class CrashingStore(EmbeddedStore):
    """A real store whose write fails after the nodes went in, as a crash would."""

    def _write_plan(self, plan):
        super()._write_plan(plan)
        raise RuntimeError("disk full")


def test_a_failed_write_leaves_the_graph_as_it_was(tmp_path):
    store = CrashingStore(tmp_path / "g.lbug")
    extraction = tiny_extraction()
    with pytest.raises(StoreError, match="graph is unchanged"):
        store.write(extraction)
    assert store.stats() == {"documents": 0, "nodes": {}, "relationships": {}}
    store.close()
    with EmbeddedStore(tmp_path / "g.lbug") as healthy:
        assert healthy.write(extraction).written
        assert healthy.stats()["documents"] == 1


def test_an_extraction_outside_the_ontology_is_refused_before_writing(empty_store):
    bad = tiny_extraction()
    bad.relations[0] = Relation("agency:europol", "SEIZED_AT", "operation:nightjar", bad.relations[0].evidence,
                                "x", 0.5)
    with pytest.raises(OntologyError):
        empty_store.write(bad)
    assert empty_store.stats()["documents"] == 0


def test_serbia_is_one_node_linked_to_both_seed_operations(seeded_store):
    operations = seeded_store.query(
        "MATCH (c:Country {id: 'country:RS'})-[p:PARTICIPATED_IN]->(o:Operation) RETURN o.id AS op, p.doc_id AS doc")
    assert len({r["doc"] for r in operations}) == 2
    assert len({r["op"] for r in operations}) == 2
    assert len(seeded_store.query("MATCH (c:Country) WHERE c.name = 'Serbia' RETURN c.id AS id")) == 1


def test_read_only_store_refuses_writes(seeded_db):
    with EmbeddedStore(seeded_db, read_only=True) as store:
        with pytest.raises(ReadOnlyViolation):
            store.write(tiny_extraction())


@pytest.mark.parametrize("cypher", [
    "CREATE (:Country {id: 'country:XX', name: 'Nowhere'})",
    "MATCH (c:Country) SET c.name = 'x'",
    "MATCH (c:Country) DETACH DELETE c",
    "MATCH (c:Country) RETURN c.id; CREATE (:Country {id: 'country:XY'})",
    "COMMIT; CREATE (:Country {id: 'country:XZ'})",
])
def test_queries_that_would_write_are_refused_and_change_nothing(empty_store, cypher):
    empty_store.write(tiny_extraction())
    before = empty_store.stats()
    with pytest.raises(ReadOnlyViolation):
        empty_store.query(cypher)
    assert empty_store.stats() == before


def test_parameters_are_values_never_cypher(empty_store):
    empty_store.write(tiny_extraction())
    rows = empty_store.query("MATCH (a:Agency) WHERE a.name = $name RETURN a.id AS id",
                             {"name": "x' OR 1=1 WITH a MATCH (n) DETACH DELETE n //"})
    assert rows == []
    assert empty_store.stats()["nodes"]["Agency"] == 1


def test_opening_errors_say_what_to_do(tmp_path):
    with pytest.raises(StoreUnavailable, match="load documents first"):
        EmbeddedStore(tmp_path / "missing.lbug", read_only=True)
    junk = tmp_path / "junk.lbug"
    junk.write_text("not a database")
    with pytest.raises(StoreUnavailable, match="not a graph-intel database"):
        EmbeddedStore(junk)


def test_neighbourhood_and_path_carry_evidence(seeded_store):
    sub = seeded_store.neighbourhood(["country:RS"], depth=1)
    assert "country:RS" in {n.id for n in sub.nodes}
    assert all(link.evidence and link.evidence[0]["text"] for link in sub.links)
    path = seeded_store.path("country:RS", "country:AT")
    assert [n.id for n in path.nodes][0] == "country:RS" and [n.id for n in path.nodes][-1] == "country:AT"
    assert len(path.links) == len(path.nodes) - 1


def test_extraction_spans_point_into_the_document(seed_files):
    for path in seed_files:
        doc = read_document(path)
        extraction = extract(doc)
        for entity in extraction.entities:
            for m in entity.mentions:
                assert doc.text[m.start:m.end] == m.text
        for relation in extraction.relations:
            ev = relation.evidence
            assert doc.text[ev.start:ev.end] == ev.text


def test_every_merge_across_documents_is_explainable(seeded_store):
    rows = seeded_store.query("MATCH (c:Country {id: 'country:RS'})-[m:MENTIONED_IN]->(d:Document) "
                              "RETURN d.id AS doc, m.resolution AS how, m.texts AS texts")
    assert len(rows) == 2
    assert all(r["how"].startswith("gazetteer:") for r in rows)
    assert any("Serbian" in r["texts"] for r in rows)


def test_a_database_an_older_version_made_reads_without_a_missing_property(tmp_path, seed_files):
    """The ontology has since gained claim properties (review, merged_from, link_documents) and the
    Judgement record: a read-only open brings such a database up to date instead of failing on
    r.review, and counts the documents of each stored link once."""
    import tomllib
    from importlib import resources

    from graph_intel.model import parse_ontology

    data = tomllib.loads(resources.files("graph_intel.model").joinpath("ontology.toml").read_text(encoding="utf-8"))
    for name in ("review", "merged_from", "link_documents"):
        del data["claim_common"][name]
    del data["labels"]["Judgement"]
    older = parse_ontology(data)
    path = tmp_path / "old.lbug"
    with EmbeddedStore(path, onto=older) as store:
        for file in seed_files:
            store.write(extract(read_document(file)))
        claims = len(list(store.claims()))
    with EmbeddedStore(path, read_only=True) as store:
        assert len(list(store.claims())) == claims
        assert store.stats()["documents"] == 2
        # The two seed releases state no link in common: each link a document states has one document.
        counts = store.query("MATCH ()-[r:PARTICIPATED_IN|OPERATES_IN|SEIZED_AT]->() "
                             "WHERE NOT r.rule STARTS WITH 'reference.' RETURN DISTINCT r.link_documents AS n")
        assert counts == [{"n": 1}]   # and on every such claim: each is its link's only one


@pytest.mark.parametrize("count", [3, 5000])
def test_short_and_long_results_read_the_same_whichever_way_they_are_read(count):
    """Long results are read through Arrow, short ones row by row: the rows are the same plain values,
    nodes and lists included."""
    store = EmbeddedStore()
    store.transact(lambda run: run("UNWIND range(1, 2) AS i CREATE (:Country {id: 'country:X' + string(i), "
                                   "name: 'Land', aliases: ['L']})"), "test countries")
    rows = store.query(f"UNWIND range(1, {count}) AS i MATCH (c:Country {{id: 'country:X1'}}) "
                       "RETURN i, [i, 2 * i] AS pair, c")
    assert len(rows) == count
    assert rows[-1]["i"] == count and rows[-1]["pair"] == [count, 2 * count]
    node = rows[0]["c"]
    assert node["id"] == "country:X1" and node["aliases"] == ["L"] and node["_label"] == "Country"
    assert not any(key.startswith("_") and key != "_label" for key in node)
