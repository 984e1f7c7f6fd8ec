"""Backend schema generated from the ontology: LadybugDB DDL and Neo4j constraints."""
from __future__ import annotations

from graph_intel.model import Ontology


def ladybug_ddl(onto: Ontology) -> list[str]:
    """CREATE ... IF NOT EXISTS statements for every label and relationship."""
    statements = []
    for label in onto.labels:
        props = onto.node_properties(label)
        columns = ", ".join(f"{name} {kind}" + (" PRIMARY KEY" if name == "id" else "")
                            for name, kind in props.items())
        statements.append(f"CREATE NODE TABLE IF NOT EXISTS {label}({columns})")
    for name, rel in onto.relationships.items():
        pairs = ", ".join(f"FROM {a} TO {b}" for a, b in rel.endpoints)
        props = "".join(f", {p} {kind}" for p, kind in onto.claim_properties(name).items())
        statements.append(f"CREATE REL TABLE IF NOT EXISTS {name}({pairs}{props}, MANY_MANY)")
    return statements


def neo4j_constraints(onto: Ontology) -> list[str]:
    """One uniqueness constraint on `id` per label (Neo4j 5 syntax)."""
    return [f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
            for label in onto.labels]
