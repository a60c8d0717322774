"""Assistance stated in a relative clause before what it helped (``由人权高专办支持的秘鲁国家机制``).

Word lists: ``data/patterns/{lang}/relations.json``, ``assists`` → ``relative_support``:
``verbs`` (helping verbs, not funding ones), ``links`` (the relative marker right after the verb, 的),
``agent_markers`` (由 before the helper), ``recipient_kinds`` and ``gap`` (how many characters may stand
between the marker and the group named after it). The helper right before the verb (free, or governed by an
agent marker) assists the group the noun phrase after the marker names — a State through a national body
of no class (秘鲁国家机制), or a named institution.

>>> from tacb_graph.records import Source
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> from tacb_graph.segment import segment
>>> text = "1. 由人权高专办支持的秘鲁国家机制于 2025 年开始运作。\\n"
>>> rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
>>> sorted((r.subject, r.object) for r in rec.relations if r.predicate == "assists")
[('org/ohchr', 'state/PER')]
"""

from __future__ import annotations

from .clauses import Group
from .patterns import SentenceContext, _free, _members, _strip_adverbs

__all__ = ["supported_relative"]


def supported_relative(ctx: SentenceContext, found: list[tuple[Group, list[str], int, int, int]]) -> None:
    """Append ``(helper, recipients, verb, verb end, verb)`` to ``found`` for each ``(由) X 支持的 Y``."""
    sent = ctx.sentence
    lx = sent.lx
    rel = lx["assists"].get("relative_support")
    if not rel:
        return
    text = sent.text
    for s, e, _w in lx.find(text, rel["verbs"], sent.start, sent.end):
        link = lx.starts_with(lx.squeeze(text[e:e + 4]), rel["links"])
        if not link:
            continue
        lo = sent.clause_start(s)
        before = [g for g in sent.groups if lo <= g.start and g.end <= s]
        if not before:
            continue
        helper = before[-1]
        if not helper.kinds() & lx.agents or _strip_adverbs(text[helper.end:s], lx) not in rel.get("between", ("",)):
            continue
        if not (_free(sent, helper) or helper.governor in rel.get("agent_markers", ())):
            continue
        link_end = text.find(link, e) + len(link)
        after = next((g for g in sent.groups if g.start >= link_end), None)
        if after is None or len(lx.squeeze(text[link_end:after.head])) > rel.get("gap", 0):
            continue
        recips = [k for k in _members(after, set(rel["recipient_kinds"])) if k not in helper.keys]
        if recips:
            found.append((helper, recips, s, e, s))
