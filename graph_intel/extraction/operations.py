"""Operations: named ones found by pattern (Operation X, codenames, taskforces, action days,
quoted names), and the decision which operation a document reports."""
from __future__ import annotations

import re

from graph_intel.extraction import patterns as P
from graph_intel.extraction.doc import Doc
from graph_intel.extraction.text import slug


def find_operations(doc: Doc) -> None:
    found = []
    for regex, kind in ((P.TASKFORCE, "taskforce"), (P.OPERATION_NAMED, "operation"),
                        (P.OPERATION_CODENAME, "operation"), (P.OPERATION_INVESTIGATION, "operation"),
                        (P.OPERATION_QUOTED, "operation"),
                        (P.ACTION_NAMED, "action")):
        for m in regex.finditer(doc.text):
            name = m.group("name").strip(" '\"’‘“”")
            if kind in {"operation", "action"} and not _plausible_operation_name(doc, name, m):
                continue
            found.append((m.start(), m.end(), name, kind, m))
    for start, end, name, kind, m in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if not doc.free(start, end):
            continue
        if kind in {"taskforce", "action"}:
            prefix = m.group(0)[:m.start("name") - m.start()].strip(" '\"’‘“”")
            prefix = re.sub(r"\s+", " ", prefix)
            canonical = f"{prefix} {name}"
        else:
            canonical = name if name.lower().startswith("operation ") else f"Operation {_display_name(name)}"
        entity_id = "operation:" + slug(canonical.removeprefix("Operation ").removeprefix("Operational Taskforce ")
                                         if kind == "operation" else canonical)
        ent = doc.entity(entity_id, "Operation", canonical, start, end, named=True,
                          resolution=f"pattern:{kind}")
        ent.properties.setdefault("description", kind)
        for alias in dict.fromkeys((name, f"Operation {name}")):  # ordered, so output is repeatable
            if alias != ent.name and alias not in ent.aliases:
                ent.aliases.append(alias)
        doc.take(start, end)
        if entity_id not in doc.operations:
            doc.operations.append(entity_id)


def _plausible_operation_name(doc: Doc, name: str, m: re.Match) -> bool:
    first = name.split()[0]
    if _in_title_case_line(doc, m.start()) and not re.search(r"[\"'“”‘’]", m.group(0)) and \
            doc.text.count(name) < 2:
        return False  # "Smuggling Operation Linked to ..." in a headline: every word is capitalised
    lowered = {"the", "a", "an", "this", "that", "which", "was", "in", "on"}
    if first.lower() in lowered or len(name) < 3:
        return False
    # "named Operation Monaco" is handled by the named pattern; "called the police" is not a name.
    if m.re is P.OPERATION_CODENAME and not re.search(r"(?:operation|investigation|case|action|taskforce|project)"
                                                      r"[^.]{0,40}$", doc.text[max(0, m.start() - 60):m.start()],
                                                      re.I) and "peration" not in m.group(0):
        return False
    # "Project Manager", "Operation Centre": roles and rooms, not names.
    return name.lower() not in {"cooperation", "support"} and first not in {
        "Manager", "Coordinator", "Officer", "Leader", "Team", "Centre", "Center", "Room", "Director", "Lead",
        "Management", "Partners", "Funding"}


def _in_title_case_line(doc: Doc, offset: int) -> bool:
    line_start = doc.text.rfind("\n", 0, offset) + 1
    line_end = doc.text.find("\n", offset)
    words = re.findall(r"[A-Za-z][\w'’-]*", doc.text[line_start:line_end if line_end >= 0 else len(doc.text)])
    small = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "at", "by", "with", "from", "as"}
    content = [w for w in words if w.lower() not in small]
    return len(content) >= 5 and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def decide_operation(doc: Doc) -> None:
    named = [o for o in doc.operations
             if doc.entities[o].properties.get("description") in {"operation", "action"}]
    if named:
        doc.main_operation = named[0]
        return
    reports_action = any(P.ENFORCEMENT.search(s.text) for s in doc.sents)
    if reports_action:
        op_id = f"operation:{doc.document.id.split(':')[-1][:12]}-1"
        doc.entity(op_id, "Operation", "unnamed operation " + doc.document_tag(),
                    named=False, resolution="document:unnamed-operation")
        doc.main_operation = op_id
        doc.operations.insert(0, op_id)


def _display_name(name: str) -> str:
    """'NALUCA' -> 'Naluca', 'REACTION II' -> 'Reaction II', 'northwind' -> 'Northwind': codenames are
    written in capitals or in lower case inside quotes."""
    if name.islower():
        return name.title()
    if not name.isupper():
        return name
    return " ".join(w if re.fullmatch(r"[IVX]+|\d+", w) else w.title() for w in name.split())
