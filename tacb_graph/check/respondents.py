"""UnlistedRespondent: actors whose positions or submissions the report gives, but who are not
in its own list of respondents.

The list is what the report says replied: the items of every list whose lead-in speaks of
replies (:mod:`.lists`), and the ``submittedInputTo`` facts relate read from a reply list
(``Relation.via == "list"``). Whoever holds a stance or submitted input elsewhere in the
report (Reported facts only), is of a class the list covers (a list of States covers States)
and is not in it, is a finding. No finding when the report has no reply list, or when a reply
list says it is incomplete (``including``, ``等``).
"""

from __future__ import annotations

from ..records import Entity, Finding, Recognised
from .lists import ReadList
from .units import label, where

__all__ = ["unlisted_respondents"]

_WHAT = {
    frozenset({"stance"}): ("立场", "a position"),
    frozenset({"input"}): ("提交的材料", "a submission"),
    frozenset({"stance", "input"}): ("立场和提交的材料", "a position and a submission"),
}


def unlisted_respondents(rec: Recognised, lists: list[ReadList], entities: dict[str, Entity]) -> list[Finding]:
    """One finding per actor reported as a respondent but absent from the report's reply list."""
    replies = [lst for lst in lists if lst.reply]
    if any(not lst.complete for lst in replies):
        return []
    listed: dict[str, set] = {}
    for lst in replies:
        for k in lst.entities:
            listed.setdefault(k, set()).add(lst.ref)
    for r in rec.relations:
        if r.predicate == "submittedInputTo" and r.via == "list":
            listed.setdefault(r.subject, set()).add((r.unit, r.number))
    if not listed:
        return []
    covered = {entities[k].kind for k in listed if k in entities}
    list_refs = sorted({ref for refs in listed.values() for ref in refs}, key=lambda r: (r[0] != "paragraph", r[1]))
    reported: dict[str, dict[str, set]] = {}
    for s in rec.stances:
        reported.setdefault(s.holder, {}).setdefault("stance", set()).add((s.unit, s.number))
    for r in rec.relations:
        if r.predicate == "submittedInputTo" and r.via != "list" and r.modality == "Reported":
            reported.setdefault(r.subject, {}).setdefault("input", set()).add((r.unit, r.number))
    out = []
    for key in sorted(reported):
        e = entities.get(key)
        if key in listed or e is None or e.kind not in covered:
            continue
        how = reported[key]
        refs = sorted({ref for refs in how.values() for ref in refs}, key=lambda r: (r[0] != "paragraph", r[1]))
        what_zh, what_en = _WHAT[frozenset(how)]
        name_zh, name_en = label(entities, key, "zh"), label(entities, key, "en")
        out.append(Finding(
            "UnlistedRespondent",
            f"{where(refs, 'zh')}报告了{name_zh}的{what_zh}，但{name_zh}不在{where(list_refs, 'zh')}所列的答复者名单中。",
            f"{where(refs, 'en')} reports {what_en} of {name_en}, but {name_en} is not in the list of "
            f"respondents in {where(list_refs, 'en')}.",
            (key,),
            tuple(list_refs) + tuple(r for r in refs if r not in list_refs),
            tuple(sorted(how)),
        ))
    return out
