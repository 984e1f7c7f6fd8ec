"""The read-only guard, typed parameters and saved-query headers."""
from __future__ import annotations

import pytest

from graph_intel.errors import QueryError, ReadOnlyViolation
from graph_intel.queries import parse_query, saved_queries
from graph_intel.queries.params import coerce, parse_assignments
from graph_intel.store.readonly import check_read_only, parameter_names
from graph_intel.store.dialect import EMBEDDED, NEO4J, render


@pytest.mark.parametrize("cypher", [
    "CREATE (n:Agency {id: 'x'})", "MATCH (n) SET n.name = 'x'", "MATCH (n) DETACH DELETE n",
    "MERGE (n:Agency {id: 'x'})", "MATCH (n) REMOVE n.name", "match (n) delete n",
    "MATCH (n) RETURN n; CREATE (m:Agency)", "COMMIT; CREATE (:Agency {id: 'x'})",
    "CALL apoc.create.node(['Agency'], {id: 'x'})", "CALL db.createLabel('X')",
    "CALL dbms.setConfigValue('a', 'b')", "LOAD CSV FROM 'file:///x' AS row RETURN row",
    "COPY Agency FROM 'x.csv'", "DROP TABLE Agency", "FOREACH (x IN [1] | CREATE (:Agency))",
    "CALL `threads`=1", "CALL `apoc.create.node`(['Agency'], {id: 'x'})", "MATCH (n) RETURN n CALL",
    "MATCH (n) WITH n AS load DELETE n",
])
def test_writes_are_refused(cypher):
    with pytest.raises(ReadOnlyViolation, match="refused"):
        check_read_only(cypher)


@pytest.mark.parametrize("cypher", [
    "MATCH (n) WHERE n.name = 'CREATE; DELETE' RETURN n",   # keywords inside strings
    "MATCH (n) // SET n.x = 1\nRETURN n",                    # and comments
    "MATCH (n) RETURN n.id AS `create`;",                    # a trailing ';' is fine
    "CALL db.labels() YIELD label RETURN label", "CALL show_tables() RETURN *",
    "MATCH (n) RETURN n.offset, n.setting, n.created_at",
    "MATCH (n) RETURN count(n) AS load", "MATCH (n) RETURN n.name AS set, n.id AS copy",
    "CALL `db.labels`() YIELD label RETURN label",
])
def test_reads_pass(cypher):
    check_read_only(cypher)


def test_parameter_names_ignore_strings_and_comments():
    assert parameter_names("MATCH (n {id: $id}) WHERE n.x = '$no' // $nope\nRETURN $limit") == {"id", "limit"}


@pytest.mark.parametrize("kind, text, value", [
    ("STRING", "Europol", "Europol"), ("INT64", "42", 42), ("INT64", "-3", -3), ("DOUBLE", "1.5", 1.5),
    ("BOOLEAN", "yes", True), ("BOOLEAN", "False", False), ("DATE", "2023-05-08", "2023-05-08"),
    ("LIST", "a, b", ["a", "b"]), ("LIST", '["x", "y,z"]', ["x", "y,z"]),
])
def test_values_are_typed(kind, text, value):
    assert coerce("p", kind, text) == value


@pytest.mark.parametrize("kind, text", [
    ("INT64", "two"), ("INT64", "1.5"), ("DOUBLE", "nan"), ("BOOLEAN", "maybe"), ("DATE", "08/05/2023"),
    ("DATE", "2023-13-01"), ("LIST", "[1, 2]"),
])
def test_bad_values_say_what_was_expected(kind, text):
    with pytest.raises(QueryError, match=f"not a valid {kind}"):
        coerce("p", kind, text)


def test_assignments_keep_equals_signs_in_values():
    assert parse_assignments(["text=a=b", "n=1"]) == {"text": "a=b", "n": "1"}
    with pytest.raises(QueryError, match="KEY=VALUE"):
        parse_assignments(["oops"])


def test_missing_and_unknown_parameters_list_what_the_query_expects():
    query = saved_queries()["co-participation"]
    with pytest.raises(QueryError) as caught:
        query.bind({"partner": "x"})
    message = str(caught.value)
    assert "unknown partner" in message and "participant ENTITY:Agency|Country" in message and "min_operations INT64" in message
    assert query.bind({}) == {"participant": "", "min_operations": 1, "limit": 200}


HEADER = """// name: tiny
// title: A tiny query
// description: For the tests.
// param: since DATE example=2023-01-01
// read-only: true
MATCH (d:Document) WHERE d.published >= $since RETURN d.id
"""


def test_a_header_parses_into_a_record():
    query = parse_query(HEADER, "tiny.cypher", expected_name="tiny")
    assert (query.name, query.parameters[0].type, query.parameters[0].example) == ("tiny", "DATE", "2023-01-01")
    assert query.example_command() == "graph-intel query tiny -p since=2023-01-01"


@pytest.mark.parametrize("change, complaint", [
    (("// read-only: true", "// read-only: false"), "read-only"),
    (("// title: A tiny query\n", ""), "title"),
    (("$since", "$until"), "undeclared parameter"),
    (("example=2023-01-01", "example=soon"), "not a valid DATE"),
    (("RETURN d.id", "SET d.x = 1 RETURN d.id"), "SET would change"),
    (("// name: tiny", "// name: other"), "file is tiny.cypher"),
    (("// description:", "// descripton:"), "unknown header key"),
    (("RETURN d.id", "RETURN {{typo(d)}}"), "unknown Cypher macro"),
])
def test_bad_headers_are_refused_naming_the_file(change, complaint):
    with pytest.raises(QueryError, match=complaint) as caught:
        parse_query(HEADER.replace(*change), "tiny.cypher", expected_name="tiny")
    assert "tiny.cypher" in str(caught.value)


def test_dialect_macros_differ_only_where_the_engines_do():
    cypher = "MATCH {{shortest_path(p, a, b, 4)}} RETURN {{rel_type(r)}}, {{node_label(n)}}, {{at(nodes(p), 0)}}"
    embedded, neo4j = render(cypher, EMBEDDED), render(cypher, NEO4J)
    assert "* SHORTEST 1..4]-(b)" in embedded and "label(r), label(n), nodes(p)[(0) + 1]" in embedded
    assert "shortestPath((a)-[:" in neo4j and "*1..4]-(b))" in neo4j
    assert "type(r), labels(n)[0], nodes(p)[0]" in neo4j
    assert "{{" not in embedded + neo4j and "MENTIONED_IN" not in embedded


def test_every_saved_query_renders_for_both_engines_without_leftover_macros():
    for query in saved_queries().values():
        for backend in ("embedded", "neo4j"):
            text = "\n".join(query.for_backend(backend))
            assert "{{" not in text and "}}" not in text, (query.name, backend)


def test_macros_inside_string_literals_are_text():
    cypher = "MATCH (a)-[r:{{claim_types}}]->(b) WHERE r.note = '{{claim_types}}' RETURN {{rel_type(r)}} AS t"
    rendered = render(cypher, NEO4J)
    assert "r.note = '{{claim_types}}'" in rendered and "RETURN type(r) AS t" in rendered
    assert rendered.count("{{") == 1


STEPS = """// name: steps
// title: Two steps
// description: The second step takes the first one's column as a parameter.
// param: x INT64 example=3
// read-only: true
RETURN $x + 1 AS y;   // a ';' in a comment; or 'in a string;' splits nothing
RETURN $y * 2 AS z, 'a;b' AS text
"""


def test_a_query_in_steps_passes_each_step_s_row_to_the_next():
    from graph_intel.queries import run_saved
    from graph_intel.store.embedded import EmbeddedStore
    query = parse_query(STEPS, "steps.cypher", expected_name="steps")
    assert len(query.for_backend("embedded")) == 2
    with EmbeddedStore(":memory:") as store:
        assert run_saved(store, query, {"x": 3}) == [{"z": 8, "text": "a;b"}]   # (3 + 1) * 2


def test_a_step_must_answer_one_row():
    from graph_intel.queries import run_saved
    from graph_intel.store.embedded import EmbeddedStore
    query = parse_query(STEPS.replace("RETURN $x + 1 AS y;", "UNWIND [1, 2] AS n RETURN $x + n AS y;"),
                        "steps.cypher")
    with EmbeddedStore(":memory:") as store, pytest.raises(QueryError, match="step 1 must return one row, not 2"):
        run_saved(store, query, {"x": 3})


def test_a_step_may_use_only_columns_of_the_steps_before_it():
    swapped = STEPS.replace("$x + 1 AS y;", "$y + 1 AS w;")
    with pytest.raises(QueryError, match="undeclared parameter.*y"):
        parse_query(swapped, "steps.cypher")
