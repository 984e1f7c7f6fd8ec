"""Operations: named ones found by pattern (Operation X, codenames, taskforces, action days,
quoted names), and the decision which operation a document reports."""
from __future__ import annotations

import re

from graph_intel.extraction import patterns as P
from graph_intel.extraction.doc import Doc
from graph_intel.extraction.text import slug


QUOTES = " '\"’‘“”«»"


def find_operations(doc: Doc) -> None:
    found = []
    for regex, kind in ((P.TASKFORCE, "taskforce"), (P.OPERATION_NAMED, "operation"),
                        (P.OPERATION_CODENAME, "operation"), (P.OPERATION_INVESTIGATION, "operation"),
                        (P.OPERATION_QUOTED, "operation"), (P.OPERATION_CAMPAIGN, "operation"),
                        (P.ACTION_NAMED, "action")):
        for m in doc.finditer(regex):
            name = m.group("name").strip(QUOTES)
            if kind in {"operation", "action"} and not _plausible_operation_name(doc, name, m):
                continue
            start, end = m.start(), m.start() + len(m.group(0).rstrip(QUOTES))  # not the closing quote
            if regex is P.OPERATION_CODENAME:
                start, end = _codename_start(m), m.start("name") + len(m.group("name").rstrip(QUOTES))
            elif regex is P.OPERATION_CAMPAIGN:
                start = m.start("name")
                # ("the Orion campaign" said elsewhere names it too)
                found += [(c.start(), c.start() + len(name), name, kind, m)
                          for c in re.finditer(rf"\b{re.escape(name)}(?=[ \t]+campaign\b)", doc.text)]
            found.append((start, end, name, kind, m))
    for start, end, name, kind, m in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if not doc.free(start, end):
            continue
        kind_named = P.NAMES_ITS_KIND.match(name)
        if kind in {"taskforce", "action"}:
            prefix = m.group(0)[:m.start("name") - m.start()].strip(QUOTES)
            prefix = re.sub(r"\s+", " ", prefix)
            canonical = f"{prefix} {name}"
        else:
            # "dubbed Project Coldwater" already says what it is: no "Operation" before it
            canonical = name if kind_named else f"Operation {_display_name(name)}"
        entity_id = "operation:" + slug(canonical.removeprefix("Operation ").removeprefix("Operational Taskforce ")
                                         if kind == "operation" else canonical)
        ent = doc.entity(entity_id, "Operation", canonical, start, end, named=True,
                          resolution=f"pattern:{kind}")
        ent.properties.setdefault("description", kind)
        for alias in dict.fromkeys((name, name if kind_named else f"Operation {name}")):  # ordered: repeatable
            ent.add_alias(alias)
        doc.take(start, end)
        if entity_id not in doc.operations:
            doc.operations.append(entity_id)
    _names_said_again(doc)


def _names_said_again(doc: Doc) -> None:
    """'the naval campaign Orion XIV ... the strategy Orion ... Orion shows': one operation, named with and
    without its edition's number; its name said alone again is the operation, not a town so named."""
    named = {doc.entities[op].name.removeprefix("Operation "): op for op in doc.operations}
    for name, op in list(named.items()):
        base = re.sub(r"[ \t]+(?:[IVX]{1,4}|\d{1,3})$", "", name)
        unnumbered = named.get(base)
        if base != name and unnumbered and unnumbered != op:
            doc.merge(unnumbered, op)
            doc.operations.remove(unnumbered)
            named[base] = op
    for hit in doc.hits:
        op = named.get(hit.text)
        if op and doc.free(hit.start, hit.end):
            doc.entity(op, "Operation", doc.entities[op].name, hit.start, hit.end)
            doc.take(hit.start, hit.end)


def _codename_start(m: re.Match) -> int:
    """'known as Operation X', 'dubbed "X"': the mention is the name (with its 'Operation'), not the verb
    or the quotes."""
    lead = re.search(r"[Oo]peration[ \t]+\W?$", m.string[m.start():m.start("name")])
    return m.start() + lead.start() if lead else m.start("name")


def _plausible_operation_name(doc: Doc, name: str, m: re.Match) -> bool:
    first = name.split()[0]
    if _in_title_case_line(doc, m.start()) and not re.search(r"[\"'“”‘’]", m.group(0)) and \
            doc.text.count(name) < 2 and not P.CASE_HEADING.match(doc.text, doc.text.rfind("\n", 0, m.start()) + 1):
        return False  # "Smuggling Operation Linked to ..." in a headline: every word is capitalised
    lowered = {"the", "a", "an", "this", "that", "which", "was", "in", "on"}
    if first.lower() in lowered or len(name) < 3:
        return False
    if P.DESCRIBES_ANOTHER.search(name.split()[-1]) or P.DESCRIBES_ANOTHER.match(doc.text, m.end()):
        return False  # "an Operation Trident-style raid": another operation is the model, not this one's name
    # "named Operation Monaco" is handled by the named pattern; "called the police" is not a name.
    if m.re is P.OPERATION_CODENAME and not re.search(r"\b(?:operation|investigation|case|action|taskforce|project)"
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
    # A headline is short; a long sentence may be mostly agency names ("led by the X Field Division
    # and Y Investigations, with assistance from the Z Department") and still be prose.
    return 5 <= len(content) <= HEADLINE_WORDS and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


HEADLINE_WORDS = 16


def decide_operation(doc: Doc) -> None:
    doc.predecessors = {o for o in doc.operations if _predecessor(doc, o)}
    named = [o for o in doc.operations
             if doc.entities[o].properties.get("description") in {"operation", "action"} and o not in doc.predecessors]
    if named:
        doc.main_operation = named[0]
    elif any(P.ENFORCEMENT.search(s.text) for s in doc.sents):
        doc.main_operation = _unnamed_operation(doc, 1, "")
    _split_cases(doc)


def _predecessor(doc: Doc, op: str) -> bool:
    """'The operation grew out of two earlier inquiries, Operation X and Operation Y': named only
    as what the reported operation built on, each time it is named."""
    mentions = [m for m in doc.mentions if m.entity_id == op]
    return bool(mentions) and all(P.PREDECESSOR.search(doc.text, max(doc.sents[m.sentence].start, m.start - 80),
                                                       m.start) for m in mentions)


def _split_cases(doc: Doc) -> None:
    """A report of several cases gives each case that reports enforcement its own operation: the
    named one it mentions, else an unnamed one. A long report's sections under their own headings
    are cases; in a short one, only sections whose heading names an operation ('Operation X') or
    numbers a case ('Case 2 – Atlantic, 14 January'), or paragraphs that open by numbering one ('Case 2: In
    July, ...'), or by dating one, listed after a line that introduces them ('Among the cases:')."""
    listed = _dated_cases(doc)
    starts = sorted({m.start("heading") for m in doc.finditer(P.HEADING) if _is_heading(m.group("heading"))}
                    | {m.start() for m in doc.finditer(P.CASE_PARAGRAPH)} | listed)
    sections = [(a, b) for a, b in zip(starts, starts[1:] + [len(doc.text)]) if b - a > 80]
    if len(doc.text) < P.CASE_REPORT_CHARS:
        sections = [(a, b) for a, b in sections if _heading_names_an_operation(doc, a)
                    or P.NUMBERED_CASE.match(doc.text, a) or a in listed]
    else:
        sections = [(a, b) for a, b in sections if b - a > 200]
    cases = [(a, b) for a, b in sections if P.ENFORCEMENT.search(doc.text, a, b)]
    if len(cases) < 2:
        return
    for number, (start, end) in enumerate(cases, 1):
        named = [m.entity_id for m in doc.mentions_of("Operation") if start <= m.start < end]
        heading = doc.text[start:doc.text.find("\n", start)].strip("# \t")
        if not _is_heading(heading):
            # a paragraph's "Case 2", or its date ("3 March 2026")
            opening = P.NUMBERED_CASE.match(doc.text, start) or P.DATED_PARAGRAPH.match(doc.text, start)
            heading = re.sub(r"^(?:On|In)\s+", "", opening.group(0).strip("#,: \t"))
        op = named[0] if named else _unnamed_operation(doc, number + 1, heading)
        doc.case_operations.append((start, end, op))


def _dated_cases(doc: Doc) -> set[int]:
    """Where the paragraphs that open with a date start, when a line ending in a colon introduces them."""
    starts = [m.start() for m in doc.finditer(P.DATED_PARAGRAPH)]
    introduced = bool(starts) and doc.text[:starts[0]].rstrip().endswith(":")
    return set(starts) if introduced and len(starts) > 1 else set()


def _heading_names_an_operation(doc: Doc, start: int) -> bool:
    end = doc.text.find("\n", start)
    return any(start <= m.start and m.end <= end for m in doc.mentions_of("Operation"))


def _is_heading(line: str) -> bool:
    """A short line of its own, opening with a capital or a figure, with no sentence ending."""
    words = line.strip("# \t").split()
    return 1 <= len(words) <= 12 and (words[0][:1].isupper() or words[0][:1].isdigit())


def _unnamed_operation(doc: Doc, number: int, case: str) -> str:
    op_id = doc.scoped_id("operation", number)
    name = "unnamed operation " + doc.document_tag() + (f" \u2014 {case}" if case else "")
    doc.entity(op_id, "Operation", name, named=False, resolution="document:unnamed-operation")
    if op_id not in doc.operations:
        doc.operations.insert(0 if number == 1 else len(doc.operations), op_id)
    return op_id


def _display_name(name: str) -> str:
    """'NALUCA' -> 'Naluca', 'REACTION II' -> 'Reaction II', 'northwind' -> 'Northwind': codenames are
    written in capitals or in lower case inside quotes."""
    if name.islower():
        return name.title()
    if not name.isupper():
        return name
    return " ".join(w if re.fullmatch(r"[IVX]+|\d+", w) else w.title() for w in name.split())


def relate_action_to_taskforce(doc: Doc) -> None:
    """'Today's raids were the outcome of the JIT's work': the action the release reports is PART_OF
    the standing taskforce (or joint team), so a question about the taskforce reaches the agencies
    of its action days. Only with one taskforce in the document: 'the taskforce' is that one."""
    taskforces = [o for o in doc.operations if doc.entities[o].properties.get("description") == "taskforce"]
    action = doc.main_operation
    if len(taskforces) != 1 or action is None or action in taskforces or doc.case_operations:
        return
    for index, sentence in enumerate(doc.sents):
        cue = P.WITHIN_TASKFORCE.search(sentence.text)
        if cue and P.THE_ACTION.search(sentence.text, 0, cue.start()):
            doc.relate(action, "PART_OF", taskforces[0], index, "operation.within-taskforce", 0.75)
            return
