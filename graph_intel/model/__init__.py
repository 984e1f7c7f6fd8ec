"""The ontology as data: loaded and validated once, the source of DDL,
constraints, extraction validation and docs."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

from graph_intel.errors import OntologyError

PROPERTY_TYPES = {"STRING", "INT64", "DOUBLE", "BOOLEAN", "STRING[]"}
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class Label:
    name: str
    description: str
    key: str
    prefix: str
    properties: dict[str, str]
    record: bool = False     # a record of the work (Document, Judgement), not an entity of the case


@dataclass(frozen=True)
class Relationship:
    name: str
    description: str
    endpoints: tuple[tuple[str, str], ...]
    properties: dict[str, str]
    provenance: bool = False

    def allows(self, source_label: str, target_label: str) -> bool:
        return (source_label, target_label) in self.endpoints


@dataclass(frozen=True)
class Ontology:
    version: str
    node_common: dict[str, str]
    claim_common: dict[str, str]
    labels: dict[str, Label]
    relationships: dict[str, Relationship]
    entity_labels: tuple[str, ...] = field(default=())

    @cached_property
    def label_by_prefix(self) -> dict[str, str]:
        """'agency' -> 'Agency': the label an entity id's prefix names."""
        return {label.prefix: label.name for label in self.labels.values()}

    def label(self, name: str) -> Label:
        try:
            return self.labels[name]
        except KeyError:
            raise OntologyError(f"unknown label {name!r}; expected one of {', '.join(self.labels)}") from None

    def relationship(self, name: str) -> Relationship:
        try:
            return self.relationships[name]
        except KeyError:
            raise OntologyError(
                f"unknown relationship {name!r}; expected one of {', '.join(self.relationships)}") from None

    def node_properties(self, label: str) -> dict[str, str]:
        """All stored properties of a label, common ones first."""
        if label not in self.entity_labels:   # a record (Document, Judgement), not an entity
            return {"id": "STRING", **self.label(label).properties}
        return {**self.node_common, **self.label(label).properties}

    def claim_properties(self, relationship: str) -> dict[str, str]:
        rel = self.relationship(relationship)
        if rel.provenance:
            return dict(rel.properties)
        return {**self.claim_common, **rel.properties}

    @property
    def claim_types(self) -> tuple[str, ...]:
        return tuple(name for name, rel in self.relationships.items() if not rel.provenance)

    def check_relation(self, rel_type: str, source_label: str, target_label: str) -> None:
        rel = self.relationship(rel_type)
        if not rel.allows(source_label, target_label):
            raise OntologyError(f"{rel_type} may not link {source_label} to {target_label}")


def validate_extraction(data: dict, onto: Ontology | None = None) -> None:
    """Check an extraction in its JSON contract form (`Extraction.to_dict()`) against the ontology:
    known labels, id prefixes and properties; relationship types, endpoint pairs and properties.
    Raises OntologyError naming the first offence."""
    onto = onto or ontology()
    labels = {}
    for entity in data["entities"]:
        label = onto.label(entity["label"])
        if not entity["id"].startswith(label.prefix + ":"):
            raise OntologyError(f"{entity['id']}: a {label.name} id starts with {label.prefix!r}")
        unknown = set(entity.get("properties", {})) - set(onto.node_properties(label.name))
        if unknown:
            raise OntologyError(f"{entity['id']}: properties {sorted(unknown)} are not in ontology "
                                f"v{onto.version} for {label.name}")
        labels[entity["id"]] = label.name
    for rel in data["relations"]:
        ends = labels.get(rel["source"]), labels.get(rel["target"])
        if None in ends:
            raise OntologyError(f"{rel['type']} {rel['source']} -> {rel['target']}: endpoint is not an extracted entity")
        onto.check_relation(rel["type"], *ends)
        unknown = set(rel.get("properties", {})) - set(onto.claim_properties(rel["type"]))
        if unknown:
            raise OntologyError(f"{rel['type']} {rel['source']} -> {rel['target']}: properties {sorted(unknown)} "
                                f"are not in ontology v{onto.version}")


def _check_properties(owner: str, props: dict[str, str]) -> dict[str, str]:
    for name, kind in props.items():
        if not IDENTIFIER.match(name):
            raise OntologyError(f"{owner}: property name {name!r} is not an identifier")
        if kind not in PROPERTY_TYPES:
            raise OntologyError(f"{owner}.{name}: type {kind!r} is not one of {sorted(PROPERTY_TYPES)}")
    return dict(props)


def parse_ontology(data: dict) -> Ontology:
    """Build and validate an Ontology from its TOML mapping."""
    labels = {}
    for name, spec in data["labels"].items():
        if not IDENTIFIER.match(name):
            raise OntologyError(f"label {name!r} is not an identifier")
        labels[name] = Label(name, spec["description"], spec["key"], spec["prefix"],
                             _check_properties(name, spec.get("properties", {})), bool(spec.get("record", False)))
    entity_labels = tuple(n for n, label in labels.items() if not label.record)
    relationships = {}
    for name, spec in data["relationships"].items():
        if not IDENTIFIER.match(name):
            raise OntologyError(f"relationship {name!r} is not an identifier")
        provenance = bool(spec.get("provenance", False))
        if provenance:
            endpoints = tuple((label, "Document") for label in entity_labels)
        else:
            endpoints = tuple(tuple(pair) for pair in spec["endpoints"])
            for source, target in endpoints:
                for end in (source, target):
                    if end not in labels:
                        raise OntologyError(f"{name}: endpoint {end!r} is not a label")
        relationships[name] = Relationship(name, spec["description"], endpoints,
                                           _check_properties(name, spec.get("properties", {})), provenance)
    return Ontology(
        version=str(data["version"]),
        node_common=_check_properties("node_common", data["node_common"]),
        claim_common=_check_properties("claim_common", data["claim_common"]),
        labels=labels,
        relationships=relationships,
        entity_labels=entity_labels,
    )


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    """The packaged ontology v1."""
    text = resources.files("graph_intel.model").joinpath("ontology.toml").read_text(encoding="utf-8")
    return parse_ontology(tomllib.loads(text))
