"""Analyst review: judgements on claims and entities, kept as evidence of their own.

An analyst rejects or confirms a claim, adds one the extractor missed, or merges
two entities that are one. Nothing the documents say is rewritten: each decision
is a `Judgement` record (who, when, why, and exactly what it judges), applied on
top of the documents' claims after every load, reload and forget:

- reject   the claim leaves the claim tables, so no query, chart, analysis or
           export sees it; the judgement keeps the whole claim (shown on request);
- confirm  the claim gets ``review = "confirmed"`` and is drawn as confirmed;
- add      an analyst's claim (``review = "added"``, rule ``analyst``), resting on
           a document's span or on a written justification;
- merge    one entity's claims and mentions move to the other (each marked
           ``merged_from``), so a split puts everything back;
- split    what some documents say of an entity becomes an entity of its own.

A claim is judged by its key: document, evidence span, type and ends. The key
survives `load --replace`, a newer extractor that still states the claim, and the
forgetting of other documents; a judgement whose claim is gone is reported by
`status`, never dropped. Judgements travel between databases as JSON Lines.
Every write here is Cypher both engines accept, run in one transaction.
"""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, Iterable

from graph_intel.errors import GraphIntelError, NotFound
from graph_intel.model import Ontology, validate_extraction
from graph_intel.store import graphdata

Run = Callable[..., list[dict[str, Any]]]
CLAIM_KINDS = ("reject", "confirm", "add")
KINDS = (*CLAIM_KINDS, "merge", "split")
KEY_FIELDS = ("doc_id", "type", "source", "target", "evidence_start", "evidence_end")
ANALYST_RULE = "analyst"

# What `status` says of a judgement.
APPLIED, CLAIM_GONE, DOCUMENT_GONE, ENTITY_GONE = "applied", "claim not found", "document gone", "entity not found"


class ReviewError(GraphIntelError):
    """A judgement that cannot be made as asked (one line, for the user)."""


@dataclass
class Judgement:
    id: str
    kind: str
    made_at: str
    analyst: str = ""
    reason: str = ""
    claim: dict[str, Any] | None = None      # the key of the judged claim (reject, confirm, add)
    payload: dict[str, Any] = field(default_factory=dict)  # the claim itself; merge: {merge, into, label};
    #                                                        split: {entity, documents, into, label}
    state: str = ""
    applied_to: str = ""                     # loaded_at of the document version it was applied to

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "", {})}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Judgement":
        unknown = set(data) - set(cls.__dataclass_fields__)
        if unknown or data.get("kind") not in KINDS or not data.get("id"):
            raise ReviewError(f"not a judgement: {json.dumps(data)[:120]}")
        return cls(**data)


def claim_id(key: dict[str, Any]) -> str:
    """A claim's stable id: the same claim of the same document has it after any reload."""
    text = json.dumps([key.get(f) for f in KEY_FIELDS], ensure_ascii=False)
    return "claim:" + hashlib.sha1(text.encode()).hexdigest()[:16]


def claim_key(row: dict[str, Any]) -> dict[str, Any]:
    return {f: row.get(f) for f in KEY_FIELDS}


def _judgement_id(kind: str, subject: str) -> str:
    # One judgement per claim (the latest decision on it), one per merged entity.
    group = "claim" if kind in {"reject", "confirm"} else kind
    return f"judgement:{group}:" + hashlib.sha1(subject.encode()).hexdigest()[:16]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# -- finding the claims a user means ----------------------------------------------------------

def find_claims(store, *, claims: Iterable[str] = (), source: str | None = None, rel: str | None = None,
                target: str | None = None, document: str | None = None) -> list[dict[str, Any]]:
    """The stored claims a user designates: by claim ids (one pass over the claims for all of them),
    or by source, type and target (names, aliases or ids, resolved as everywhere), optionally in one
    document. Each row has `claim_id`."""
    wanted = list(dict.fromkeys(claims))
    if wanted:
        ids = set(wanted)
        found = {row["claim_id"]: row for row in _claims_between(store) if row["claim_id"] in ids}
        missing = [c for c in wanted if c not in found]
        if missing:
            raise NotFound(f"no claim {missing[0]} in this graph; list claim ids with "
                           "'graph-intel review claims SOURCE TARGET'")
        return [found[c] for c in wanted]
    if not (source and target):
        raise ReviewError("name the claim: its id, or its source and target (with its type)")
    a, b = store.resolve(source)["id"], store.resolve(target)["id"]
    doc_id = store.find_document(document)["id"] if document else None
    rows = [row for row in _claims_between(store, [a, b])
            if {row["source"], row["target"]} == {a, b} and (rel is None or row["type"] == rel.upper())
            and (doc_id is None or row["doc_id"] == doc_id)]
    if not rows:
        raise NotFound(f"no {rel.upper() + ' ' if rel else ''}claim between {a} and {b}"
                       + (f" in {doc_id}" if doc_id else ""))
    return rows


def _claims_between(store, ids: list[str] | None = None) -> list[dict[str, Any]]:
    from graph_intel.store.base import ClaimFilter
    rows = store.claims_touching(ids, ClaimFilter(), store._dates()) if ids else list(store.claims())
    # A claim between two of `ids` comes once from each end.
    return list({row["claim_id"]: row for row in (dict(r, claim_id=claim_id(r)) for r in rows)}.values())


# -- making judgements ------------------------------------------------------------------------

def judge(store, kind: str, claims: list[dict[str, Any]], *, reason: str = "", analyst: str = "") -> list[Judgement]:
    """Reject or confirm each of `claims` (rows from `find_claims`); applied at once."""
    if kind not in {"reject", "confirm"}:
        raise ReviewError(f"unknown judgement {kind!r}; use reject or confirm")
    return _record(store, [_on_claim(kind, row, reason, analyst) for row in claims])


def _on_claim(kind: str, row: dict[str, Any], reason: str, analyst: str) -> Judgement:
    return Judgement(id=_judgement_id(kind, claim_id(row)), kind=kind, made_at=_now(), analyst=analyst,
                     reason=reason, claim=claim_key(row), payload={"claim": _stored_claim(row)})


def add_claim(store, source: str, rel: str, target: str, *, document: str | None = None,
              span: tuple[int, int] | None = None, justification: str = "", properties: dict[str, Any] | None = None,
              reason: str = "", analyst: str = "") -> Judgement:
    """An analyst's claim, checked by the ontology: on a document's span (its text is the
    evidence), or on a written justification when no document states it."""
    return _record(store, [_analyst_claim(store, source, rel, target, document=document, span=span,
                                          justification=justification, properties=properties, reason=reason,
                                          analyst=analyst)])[0]


def _analyst_claim(store, source: str, rel: str, target: str, *, document: str | None, span: tuple[int, int] | None,
                   justification: str, properties: dict[str, Any] | None, reason: str, analyst: str,
                   replacing: str | None = None) -> Judgement:
    """The judgement that adds an analyst's claim, checked; `replacing` names a claim rejected with
    it (a correction), which does not count as the document already stating the link."""
    onto = store.onto
    a, b = store.resolve(source), store.resolve(target)
    rel = rel.upper()
    own = set(onto.claim_properties(rel)) - set(onto.claim_common)
    unknown = set(properties or {}) - own
    if unknown:
        raise ReviewError(f"{rel} has no propert{'ies' if len(unknown) > 1 else 'y'} {', '.join(sorted(unknown))}"
                          f"{'; it has ' + ', '.join(sorted(own)) if own else ''}")
    properties = {k: graphdata.typed(v, onto.claim_properties(rel)[k]) for k, v in (properties or {}).items()
                  if v not in (None, "")}
    # The ontology's own check, as for extraction: the type and its endpoint pair.
    validate_extraction({"entities": [{"id": a["id"], "label": a["label"]}, {"id": b["id"], "label": b["label"]}],
                         "relations": [{"source": a["id"], "type": rel, "target": b["id"]}]}, onto)
    if document:
        doc = store.find_document(document)
        text = store.document_text(doc["id"])
        start, end = span if span else (0, 0)
        if not (0 <= start < end <= len(text)):
            raise ReviewError(f"--span {start}:{end} is not a span of {doc['id']} (0 to {len(text)}); "
                              "give the characters of the sentence that states the link")
        stated = [c for c in _claims_between(store, [a["id"], b["id"]]) if c["doc_id"] == doc["id"]
                  and (c["source"], c["type"], c["target"]) == (a["id"], rel, b["id"]) and c["claim_id"] != replacing]
        if stated:   # a document states a link once: the analyst's word goes on that claim
            raise ReviewError(f"{doc['id']} already states {a['id']} {rel} {b['id']} ({stated[0]['claim_id']}); "
                              "confirm that claim instead")
        row = {"doc_id": doc["id"], "evidence": text[start:end], "evidence_start": start, "evidence_end": end,
               "grading": doc.get("grading") or None}
    else:
        if not justification.strip():
            raise ReviewError("an analyst's claim rests on a document (--document and --span) "
                              "or on a justification (--because TEXT)")
        row = {"evidence": justification.strip(), "evidence_start": 0, "evidence_end": len(justification.strip())}
    row.update(type=rel, source=a["id"], target=b["id"], rule=ANALYST_RULE, confidence=1.0, review="added",
               **properties)
    # Without a document the judgement is the claim's source: its id stands in the doc_id.
    subject = json.dumps([row.get("doc_id"), rel, a["id"], b["id"], row["evidence"]], ensure_ascii=False)
    judgement_id = _judgement_id("add", subject)
    row.setdefault("doc_id", judgement_id)
    return Judgement(id=judgement_id, kind="add", made_at=_now(), analyst=analyst, reason=reason,
                     claim=claim_key(row), payload={"claim": row})


def correct(store, claim: dict[str, Any], *, source: str | None = None, target: str | None = None,
            properties: dict[str, Any] | None = None, reason: str = "", analyst: str = "") -> list[Judgement]:
    """A claim with a wrong end or property: rejected, and the corrected claim added on the same
    evidence, so both stay visible. One transaction: never the rejection without the correction."""
    kept = {k: claim.get(k) for k in ("stop", "role") if claim.get(k) is not None}
    added = _analyst_claim(store, source or claim["source"], claim["type"], target or claim["target"],
                           document=claim["doc_id"] if store.has_document(claim["doc_id"]) else None,
                           span=(claim["evidence_start"], claim["evidence_end"]),
                           justification=claim.get("evidence") or "", properties={**kept, **(properties or {})},
                           reason=reason, analyst=analyst, replacing=claim_id(claim))
    return _record(store, [_on_claim("reject", claim, reason, analyst), added])


def merge(store, merge_id: str, into_id: str, *, reason: str = "", analyst: str = "") -> Judgement:
    """`merge_id` and `into_id` are one entity: the first's claims and mentions move to the second."""
    a, b = store.resolve(merge_id), store.resolve(into_id)
    if a["id"] == b["id"]:
        raise ReviewError(f"{a['id']} is the same entity as {b['id']}")
    if a["label"] != b["label"]:
        raise ReviewError(f"cannot merge a {a['label']} into a {b['label']} ({a['id']}, {b['id']})")
    absorbed = [j for j in judgements(store) if j.kind == "merge" and j.payload["into"] == a["id"]]
    if absorbed:
        raise ReviewError(f"{a['id']} has absorbed {absorbed[0].payload['merge']}: merge that into "
                          f"{b['id']} itself, or split it first")
    made = Judgement(id=_judgement_id("merge", a["id"]), kind="merge", made_at=_now(), analyst=analyst,
                     reason=reason, payload={"merge": a["id"], "into": b["id"], "label": a["label"]})
    return _record(store, [made])[0]


def split_off(store, entity: str, documents: list[str], *, reason: str = "", analyst: str = "") -> Judgement:
    """`entity` is two things: what `documents` say of it becomes an entity of its own (same name,
    a new id), its mentions and those documents' claims with it. Withdrawing the judgement joins
    them again."""
    found = store.resolve(entity)
    doc_ids = sorted({store.find_document(d)["id"] for d in documents})
    stating = {row["doc"] for row in store._run(f"MATCH (n:{found['label']} {{id: $id}})-[:MENTIONED_IN]->"
                                                 "(d:Document) RETURN d.id AS doc", {"id": found["id"]})}
    if not set(doc_ids) < stating:
        raise ReviewError(f"{found['id']} is mentioned by {', '.join(sorted(stating))}: split off some of these "
                          "documents, not all of them (nor others)")
    new_id = f"{found['id']}--" + hashlib.sha1(" ".join(doc_ids).encode()).hexdigest()[:6]
    made = Judgement(id=_judgement_id("split", f"{found['id']} {' '.join(doc_ids)}"), kind="split", made_at=_now(),
                     analyst=analyst, reason=reason,
                     payload={"entity": found["id"], "documents": doc_ids, "into": new_id, "label": found["label"]})
    return _record(store, [made])[0]


def split(store, entity: str) -> Judgement:
    """Undo the merge that brought `entity` (an id or name) into another: it is as before."""
    wanted = entity.strip()
    for j in judgements(store):
        if j.kind == "merge" and wanted in (j.payload["merge"], j.id):
            withdraw(store, j.id)
            return j
    raise NotFound(f"no merge of {wanted!r} to split; 'graph-intel review status' lists the merges")


def withdraw(store, judgement_id: str) -> Judgement:
    """Take a judgement back: the graph is as the documents alone make it."""
    found = [j for j in judgements(store) if j.id == judgement_id]
    if not found:
        raise NotFound(f"no judgement {judgement_id}; 'graph-intel review status' lists them")
    onto = store.onto
    store.transact(lambda run: _take_back(run, onto, found[0]), judgement_id)
    return found[0]


# -- the store of judgements ------------------------------------------------------------------

JUDGEMENT_FIELDS = ("kind", "made_at", "analyst", "reason", "state", "applied_to")


def judgements(store) -> list[Judgement]:
    """Every judgement in the store, oldest first."""
    return _read(store._run)


def _from_row(row: dict[str, Any]) -> Judgement:
    payload = json.loads(row["payload"] or "{}")
    claim = payload.pop("key", None)
    return Judgement(id=row["id"], claim=claim, payload=payload,
                     **{f: row[f] or "" for f in JUDGEMENT_FIELDS})


def _record(store, made: list[Judgement]) -> list[Judgement]:
    """Store judgements (replacing earlier ones on the same claim) and apply them, in one
    transaction; returns them as applied (with their state)."""
    onto = store.onto
    made = list({j.id: j for j in made}.values())   # the same decision twice is made once

    def work(run: Run) -> list[Judgement]:
        earlier = {e.id: e for e in _read(run)}
        for j in made:
            if j.id in earlier:
                _take_back(run, onto, earlier[j.id])
            _write_judgement(run, j)
        applied = {j.id: j for j in _apply(run, onto)}
        return [applied[j.id] for j in made]
    return store.transact(work, "review")


def _take_back(run: Run, onto: Ontology, j: Judgement) -> None:
    _undo(run, onto, j)
    run("MATCH (j:Judgement {id: $id}) DELETE j", {"id": j.id})


def _payload_text(j: Judgement) -> str:
    return json.dumps({**j.payload, "key": j.claim}, ensure_ascii=False, sort_keys=True)


def _read(run: Run) -> list[Judgement]:
    rows = run("MATCH (j:Judgement) RETURN j.id AS id, " + ", ".join(f"j.{f} AS {f}" for f in JUDGEMENT_FIELDS)
               + ", j.payload AS payload ORDER BY j.made_at, j.id")
    return [_from_row(row) for row in rows]


def _write_judgement(run: Run, j: Judgement) -> None:
    row = {"id": j.id, **{f: getattr(j, f) for f in JUDGEMENT_FIELDS}, **(j.claim or {}),
           "rule": (j.payload.get("claim") or {}).get("rule"),
           "payload": _payload_text(j)}
    row = {k: v for k, v in row.items() if v not in (None, "")}   # LadybugDB cannot type a null parameter
    run("CREATE (:Judgement {" + ", ".join(f"{k}: ${k}" for k in row) + "})", row)


def _save_state(run: Run, j: Judgement) -> None:
    run("MATCH (j:Judgement {id: $id}) SET j.state = $state, j.applied_to = $applied_to, j.payload = $payload",
        {"id": j.id, "state": j.state, "applied_to": j.applied_to, "payload": _payload_text(j)})


# -- applying ---------------------------------------------------------------------------------

def apply(store) -> list[Judgement]:
    """Apply every judgement again (after a load, a reload or a forget); idempotent.
    Returns the judgements with their state."""
    if not store._count("MATCH (j:Judgement) RETURN count(j) AS c"):
        return []
    onto = store.onto
    return store.transact(lambda run: _apply(run, onto), "review")


def _apply(run: Run, onto: Ontology) -> list[Judgement]:
    made = _read(run)
    before = {j.id: (j.state, j.applied_to, _payload_text(j)) for j in made}
    loaded = {row["id"]: row["loaded_at"] for row in run("MATCH (d:Document) RETURN d.id AS id, d.loaded_at AS loaded_at")}
    into = {}   # (entity, document or None): the entity it is now
    for j in made:
        if j.kind == "merge":
            _apply_merge(run, onto, j)
            into[(j.payload["merge"], None)] = j.payload["into"]
    for j in made:
        if j.kind == "split":
            _apply_split(run, onto, j)
            into.update({(j.payload["entity"], doc): j.payload["into"] for doc in j.payload["documents"]})
    for j in made:
        if j.kind in CLAIM_KINDS:
            _apply_to_claim(run, onto, j, loaded, into)
    for j in made:
        if before[j.id] != (j.state, j.applied_to, _payload_text(j)):   # after a load most stand as they were
            _save_state(run, j)
    return made


def _apply_to_claim(run: Run, onto: Ontology, j: Judgement, loaded: dict[str, str], into: dict[str, str]) -> None:
    def now(end: str) -> str:
        entity = j.claim[end]
        return into.get((entity, j.claim["doc_id"])) or into.get((entity, None)) or entity
    key = dict(_judged(j), source=now("source"), target=now("target"))
    on_document = key["doc_id"] in loaded
    if not on_document and not (j.kind == "add" and key["doc_id"] == j.id):
        j.state = DOCUMENT_GONE
        return
    found = _find(run, onto, key)
    if j.kind == "reject":
        if found:
            j.payload["claim"] = found   # every property, so a withdrawal restores it exactly
            _delete_claim(run, onto, key)
            j.state, j.applied_to = APPLIED, loaded[key["doc_id"]]
        elif j.applied_to != loaded[key["doc_id"]]:
            j.state = CLAIM_GONE   # the document was loaded again and no longer states it
    elif j.kind == "confirm":
        if found:
            run(_match(onto, key) + " SET r.review = 'confirmed'", _params(key))
            j.state, j.applied_to = APPLIED, loaded[key["doc_id"]]
        else:
            j.state = CLAIM_GONE
    elif not found:   # add
        if not _exists(run, onto, key["source"]) or not _exists(run, onto, key["target"]):
            j.state = ENTITY_GONE
            return
        _create_claim(run, onto, dict(j.payload["claim"], source=key["source"], target=key["target"]))
        j.state, j.applied_to = APPLIED, loaded.get(key["doc_id"], "")
    else:
        j.state = APPLIED


def _apply_merge(run: Run, onto: Ontology, j: Judgement) -> None:
    gone, keep, label = j.payload["merge"], j.payload["into"], j.payload["label"]
    if not _exists(run, onto, keep):
        j.state = ENTITY_GONE
        return
    j.state = APPLIED
    if not _exists(run, onto, gone):
        return   # nothing of it was loaded again since the merge
    dropped = j.payload.setdefault("dropped", [])
    for row in _claims_of(run, onto, gone):
        moved = {end: keep if row[end] == gone else row[end] for end in ("source", "target")}
        _delete_claim(run, onto, row)
        # A link between the two is meaningless once they are one; the same statement of one document
        # about both is kept once. Both come back on a split.
        if moved["source"] == moved["target"] or _find(run, onto, dict(row, **moved)):
            if row not in dropped:
                dropped.append(row)
            continue
        _create_claim(run, onto, dict(row, **moved, merged_from=gone))
    for mention in _mentions_of(run, label, gone):
        run(f"MATCH (n:{label} {{id: $id}})-[m:MENTIONED_IN]->(d:Document {{id: $doc}}) DELETE m",
            {"id": gone, "doc": mention["doc"]})
        _create_mention(run, label, keep, dict(mention, merged_from=gone))
    run(f"MATCH (n:{label} {{id: $id}}) DETACH DELETE n", {"id": gone})
    _rebuild(run, onto, label, keep)


def _apply_split(run: Run, onto: Ontology, j: Judgement) -> None:
    entity, docs, new_id, label = (j.payload[k] for k in ("entity", "documents", "into", "label"))
    mentions = [m for m in _mentions_of(run, label, entity) if m["doc"] in docs]
    if not _exists(run, onto, entity) and not _exists(run, onto, new_id):
        j.state = ENTITY_GONE
        return
    j.state = APPLIED
    if not mentions:
        return   # split already, and those documents not loaded again since
    if not _exists(run, onto, new_id):
        run(f"CREATE (:{label} {{id: $id}})", {"id": new_id})
    for mention in mentions:
        run(f"MATCH (n:{label} {{id: $id}})-[m:MENTIONED_IN]->(d:Document {{id: $doc}}) DELETE m",
            {"id": entity, "doc": mention["doc"]})
        _create_mention(run, label, new_id, mention)
    for row in _claims_of(run, onto, entity):
        if row["doc_id"] in docs:
            _delete_claim(run, onto, row)
            _create_claim(run, onto, dict(row, **{end: new_id for end in ("source", "target") if row[end] == entity}))
    _rebuild(run, onto, label, entity)
    _rebuild(run, onto, label, new_id)


def _unsplit(run: Run, onto: Ontology, j: Judgement) -> None:
    """Undo a split: the split-off entity's mentions and claims go back to the entity."""
    entity, new_id, label = (j.payload[k] for k in ("entity", "into", "label"))
    if not _exists(run, onto, new_id):
        return
    if not _exists(run, onto, entity):   # its other documents were forgotten since
        run(f"CREATE (:{label} {{id: $id}})", {"id": entity})
    for mention in _mentions_of(run, label, new_id):
        _create_mention(run, label, entity, mention)
    for row in _claims_of(run, onto, new_id):
        _delete_claim(run, onto, row)
        _create_claim(run, onto, dict(row, **{end: entity for end in ("source", "target") if row[end] == new_id}))
    run(f"MATCH (n:{label} {{id: $id}}) DETACH DELETE n", {"id": new_id})
    _rebuild(run, onto, label, entity)


def _undo(run: Run, onto: Ontology, j: Judgement) -> None:
    """Put the graph back as it would be without `j`."""
    if j.kind == "merge":
        _unmerge(run, onto, j)
        return
    if j.kind == "split":
        _unsplit(run, onto, j)
        return
    key = _judged(j)
    if j.kind == "confirm" and _find(run, onto, key):
        run(_match(onto, key) + " SET r.review = NULL", _params(key))
    elif j.kind == "add" and _find(run, onto, key):
        _delete_claim(run, onto, key)
    elif j.kind == "reject" and not _find(run, onto, key) and j.state == APPLIED:
        stored = j.payload.get("claim")
        loaded = run("MATCH (d:Document {id: $id}) RETURN d.loaded_at AS loaded_at", {"id": key["doc_id"]})
        if stored and loaded and loaded[0]["loaded_at"] == j.applied_to and \
                _exists(run, onto, key["source"]) and _exists(run, onto, key["target"]):
            _create_claim(run, onto, stored)


def _unmerge(run: Run, onto: Ontology, j: Judgement) -> None:
    gone, keep, label = j.payload["merge"], j.payload["into"], j.payload["label"]
    mentions = [m for m in _mentions_of(run, label, keep) if m.get("merged_from") == gone]
    if not mentions:
        return
    run(f"CREATE (:{label} {{id: $id}})", {"id": gone})
    for mention in mentions:
        run(f"MATCH (n:{label} {{id: $id}})-[m:MENTIONED_IN]->(d:Document {{id: $doc}}) WHERE m.merged_from = $gone "
            "DELETE m", {"id": keep, "doc": mention["doc"], "gone": gone})
        _create_mention(run, label, gone, dict(mention, merged_from=None))
    for row in _claims_of(run, onto, keep):
        if row.get("merged_from") == gone:
            _delete_claim(run, onto, row)
            _create_claim(run, onto, dict(row, merged_from=None,
                                          **{end: gone for end in ("source", "target") if row[end] == keep}))
    for row in j.payload.get("dropped", []):
        if not _find(run, onto, row):
            _create_claim(run, onto, row)
    _rebuild(run, onto, label, gone)
    _rebuild(run, onto, label, keep)


# -- portable Cypher pieces -------------------------------------------------------------------

def _match(onto: Ontology, key: dict[str, Any]) -> str:
    """The claim of `key`. An analyst's correction of a property keeps the document, span, type and
    ends of the claim it replaces: `review` in the key says which of the two is meant."""
    a, b = graphdata.label_of(key["source"], onto), graphdata.label_of(key["target"], onto)
    added = "r.review = 'added'" if key.get("review") == "added" else "coalesce(r.review, '') <> 'added'"
    return (f"MATCH (a:{a} {{id: $source}})-[r:{key['type']}]->(b:{b} {{id: $target}}) "
            "WHERE r.doc_id = $doc_id AND r.evidence_start = $evidence_start AND r.evidence_end = $evidence_end "
            f"AND {added}")


def _judged(j: Judgement) -> dict[str, Any]:
    """The key of the claim `j` judges, saying whether it is an analyst's own."""
    return dict(j.claim, review="added" if j.kind == "add" else None)


def _params(key: dict[str, Any]) -> dict[str, Any]:
    return {f: key[f] for f in KEY_FIELDS if f != "type"}


def _find(run: Run, onto: Ontology, key: dict[str, Any]) -> dict[str, Any] | None:
    """The claim with this key, every property included; None when there is none."""
    props = ", ".join(f"r.{p} AS {p}" for p in onto.claim_properties(key["type"]))  # the type is checked here
    rows = run(_match(onto, key) + f" RETURN a.id AS source, b.id AS target, {props}", _params(key))
    return {**_present(rows[0]), "type": key["type"]} if rows else None


def _present(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v is not None}


def _exists(run: Run, onto: Ontology, entity_id: str) -> bool:
    label = graphdata.label_of(entity_id, onto)
    return bool(run(f"MATCH (n:{label} {{id: $id}}) RETURN n.id AS id", {"id": entity_id}))


def _claims_of(run: Run, onto: Ontology, entity_id: str) -> list[dict[str, Any]]:
    """Every claim with `entity_id` at either end, with all its properties."""
    label = graphdata.label_of(entity_id, onto)
    rows = []
    for rel, spec in onto.relationships.items():
        if spec.provenance:
            continue
        props = ", ".join(f"r.{p} AS {p}" for p in onto.claim_properties(rel))
        for a_label, b_label in spec.endpoints:
            for end, other in (("a", "b"), ("b", "a")):
                if (a_label if end == "a" else b_label) != label:
                    continue
                pattern = (f"(a:{a_label} {{id: $id}})-[r:{rel}]->(b:{b_label})" if end == "a"
                           else f"(a:{a_label})-[r:{rel}]->(b:{b_label} {{id: $id}})")
                found = run(f"MATCH {pattern} RETURN a.id AS source, b.id AS target, {props}", {"id": entity_id})
                rows += [row for row in (dict(_present(r), type=rel) for r in found) if row not in rows]
    return rows


def _create_claim(run: Run, onto: Ontology, row: dict[str, Any]) -> None:
    a, b = graphdata.label_of(row["source"], onto), graphdata.label_of(row["target"], onto)
    props = {k: v for k, v in row.items() if k in onto.claim_properties(row["type"]) and v is not None}
    run(f"MATCH (a:{a} {{id: $source}}) MATCH (b:{b} {{id: $target}}) "
        f"CREATE (a)-[:{row['type']} {{" + ", ".join(f"{k}: $p_{k}" for k in props) + "}]->(b)",
        {"source": row["source"], "target": row["target"], **{f"p_{k}": v for k, v in props.items()}})
    graphdata.recount_links(run, onto, [(row["type"], row["source"], row["target"])])


def _delete_claim(run: Run, onto: Ontology, row: dict[str, Any]) -> None:
    run(_match(onto, row) + " DELETE r", _params(row))
    graphdata.recount_links(run, onto, [(row["type"], row["source"], row["target"])])


def _stored_claim(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in {"claim_id", "published", "source_label", "target_label",
                                                     "source_name", "target_name"} and v is not None}





MENTION_FIELDS = ("mentions", "texts", "first_start", "first_end", "resolution", "given", "merged_from")


def _mentions_of(run: Run, label: str, entity_id: str) -> list[dict[str, Any]]:
    return run(f"MATCH (n:{label} {{id: $id}})-[m:MENTIONED_IN]->(d:Document) RETURN d.id AS doc, "
               "d.loaded_at AS loaded_at, " + ", ".join(f"m.{f} AS {f}" for f in MENTION_FIELDS), {"id": entity_id})


def _create_mention(run: Run, label: str, entity_id: str, mention: dict[str, Any]) -> None:
    props = {f: mention[f] for f in MENTION_FIELDS if mention.get(f) is not None}
    run(f"MATCH (n:{label} {{id: $id}}) MATCH (d:Document {{id: $doc}}) CREATE (n)-[:MENTIONED_IN {{"
        + ", ".join(f"{k}: $p_{k}" for k in props) + "}]->(d)",
        {"id": entity_id, "doc": mention["doc"], **{f"p_{k}": v for k, v in props.items()}})


def _texts(mention: dict[str, Any]) -> list[str]:
    """How a mention names the node; a merged entity's own name is one more alias of the node."""
    texts = list(mention.get("texts") or [])
    if mention.get("merged_from") and mention.get("given"):
        name = json.loads(mention["given"]).get("name")
        texts += [name] if name and name not in texts else []
    return texts


def _rebuild(run: Run, onto: Ontology, label: str, entity_id: str) -> None:
    """The node as its mentions make it, its own mentions first (a merged entity keeps its name,
    the other's names become aliases)."""
    mentions = [dict(m, id=entity_id, texts=_texts(m)) for m in _mentions_of(run, label, entity_id)]
    graphdata.set_nodes(run, label, graphdata.rebuilt_nodes(mentions, label, onto))


# -- sharing and reporting --------------------------------------------------------------------

def export_lines(store) -> Iterable[str]:
    """The judgements as JSON Lines, oldest first: a team shares them as a small file."""
    for j in judgements(store):
        # Where it stands here (state, the document version) is this database's affair, not the team's.
        shared = {k: v for k, v in j.to_dict().items() if k not in {"state", "applied_to"}}
        yield json.dumps(shared, ensure_ascii=False, sort_keys=True)


def import_lines(store, lines: Iterable[str], source: str = "judgements") -> list[Judgement]:
    """Judgements from JSON Lines (as `export_lines` writes them), recorded and applied."""
    made = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = {k: v for k, v in json.loads(line).items() if v is not None}
            j = Judgement.from_dict(data)
            if j.kind in CLAIM_KINDS and not j.claim:
                raise ReviewError("a claim judgement without its claim")
            store.onto.relationship(j.claim["type"]) if j.claim else None
        except (ValueError, TypeError, GraphIntelError) as exc:
            raise ReviewError(f"{source}, line {number}: not a judgement ({str(exc)[:100]}); nothing imported") \
                from None
        made.append(Judgement(**{**asdict(j), "state": "", "applied_to": ""}))
    return _record(store, made)


def summary(store) -> dict[str, Any]:
    """The review work in numbers: judgements by kind and state, rejections per extraction rule."""
    made = judgements(store)
    by_kind, by_state, rejected = defaultdict(int), defaultdict(int), defaultdict(int)
    for j in made:
        by_kind[j.kind] += 1
        by_state[j.state or "pending"] += 1
        if j.kind == "reject":
            rejected[(j.payload.get("claim") or {}).get("rule") or "?"] += 1
    return {"judgements": len(made), "by_kind": dict(by_kind), "by_state": dict(by_state),
            "rejections_by_rule": dict(sorted(rejected.items(), key=lambda kv: (-kv[1], kv[0])))}


def with_rejected(store, subgraph):
    """`subgraph` with the claims analysts rejected that touch its entities added back, marked
    (``review = "rejected"``), with their other ends: for a chart or export that shows the review."""
    ids = {n.id for n in subgraph.nodes}
    rows = [dict(j.payload["claim"], review="rejected") for j in judgements(store)
            if j.kind == "reject" and j.state == APPLIED and j.payload.get("claim")
            and {j.payload["claim"]["source"], j.payload["claim"]["target"]} & ids]
    others = {end for row in rows for end in (row["source"], row["target"])} - ids
    shown = graphdata.subgraph_from_claims(rows, store._nodes(others))
    subgraph.nodes += shown.nodes
    subgraph.links += shown.links
    return subgraph


def pending_merges(store) -> list:
    """The resolution stage's merge proposals that no judgement has decided yet."""
    from graph_intel.resolution import store_merge_proposals

    decided = {(j.payload.get("merge") or j.payload["entity"], j.payload["into"]) for j in judgements(store)
               if j.kind in {"merge", "split"}}
    return [p for p in store_merge_proposals(store)
            if (p.merge, p.keep) not in decided and (p.keep, p.merge) not in decided]
