"""The plain data objects that travel between the stages of the flow:
Document -> Extraction (entities, relations) -> store -> Subgraph for charts."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

# "Canada Border Services Agency (CBSA)", "... (CBŚP)" (an acronym may keep its letters' accents)
NAME_WITH_ACRONYM = re.compile(r"^(\S.*?)\s*\(([A-Z](?:[A-Za-z0-9.&-]|(?!_)[^\W\d]){1,11})\)$")


@dataclass
class Document:
    id: str
    text: str
    path: str = ""
    title: str = ""
    source: str = ""
    published: str = ""
    dated: str = ""         # how `published` is known: "stated", "inferred" from the text, or "" (unknown)
    publisher: str = ""
    grading: str = ""
    warnings: list[str] = field(default_factory=list)

    def header(self) -> dict[str, Any]:
        """The document object of the extraction JSON contract."""
        return {"id": self.id, "title": self.title, "source": self.source, "published": self.published,
                "dated": self.dated, "publisher": self.publisher, "grading": self.grading, "path": self.path}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass
class Entity:
    id: str
    label: str
    name: str
    named: bool = True
    aliases: list[str] = field(default_factory=list)
    properties: dict[str, Any] = field(default_factory=dict)
    mentions: list[Span] = field(default_factory=list)
    # Why this id was chosen (gazetteer alias, ISO code, pattern): explains merges.
    resolution: str = ""
    _seen: set = field(default_factory=set, repr=False, compare=False)

    def add_mention(self, span: Span, *, alias: bool = True) -> None:
        if span not in self._seen:
            self._seen.add(span)
            self.mentions.append(span)
        if alias:
            self.add_alias(span.text)

    def add_alias(self, text: str) -> None:
        """Another spelling of the entity, kept once and never its own name. 'Name (ACR)' is two
        spellings: the name and its acronym."""
        spelled_out = NAME_WITH_ACRONYM.match(text)
        if spelled_out:
            for part in spelled_out.groups():
                self.add_alias(part)
        elif text != self.name and text not in self.aliases:
            self.aliases.append(text)

    def to_dict(self) -> dict[str, Any]:
        props = {k: v for k, v in self.properties.items() if v is not None}
        return {"id": self.id, "label": self.label, "name": self.name, "named": self.named,
                "aliases": list(self.aliases), "properties": props,
                "mentions": [m.to_dict() for m in sorted(self.mentions, key=lambda m: m.start)],
                "resolution": self.resolution}


@dataclass
class Relation:
    source: str
    type: str
    target: str
    evidence: Span
    rule: str
    confidence: float
    properties: dict[str, Any] = field(default_factory=dict)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.type, self.target)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "type": self.type, "target": self.target,
                "properties": {k: v for k, v in self.properties.items() if v is not None},
                "evidence": self.evidence.to_dict(), "rule": self.rule, "confidence": self.confidence}


@dataclass
class Extraction:
    document: Document
    entities: list[Entity]
    relations: list[Relation]

    def entity(self, entity_id: str) -> Entity:
        for entity in self.entities:
            if entity.id == entity_id:
                return entity
        raise KeyError(entity_id)

    def to_dict(self) -> dict[str, Any]:
        return {"document": self.document.header(),
                "entities": [e.to_dict() for e in self.entities],
                "relations": [r.to_dict() for r in self.relations]}


@dataclass
class LoadReport:
    """What one `load` added, per document and in total."""
    loaded: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    nodes_added: int = 0
    claims_added: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class ChartNode:
    id: str
    label: str
    name: str
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class ChartLink:
    """Claims between two nodes collapsed into one link."""
    source: str
    type: str
    target: str
    documents: int
    claims: int
    confidence: float
    gradings: list[str] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)  # {doc_id, text, start, end}
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class Subgraph:
    """A neighbourhood, path or query result ready to chart or export."""
    nodes: list[ChartNode]
    links: list[ChartLink]
    focus: list[str] = field(default_factory=list)
    # Metadata (title, source, published, publisher, grading, path) of the documents behind the links,
    # for exports that describe their sources (FollowTheMoney Documents); filled by the CLI's export.
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Links a chart left out of an entity to stay readable (its link budget): {entity id: [{"type",
    # "label", "count"}]}, most first. Nothing is left out unless a budget was asked for.
    more: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
