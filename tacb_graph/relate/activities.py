"""Assistance stated through what was done: activities held for, in or sent to a State.

"Who helped whom" is often said through the activity rather than a verb of
helping. An *activity* is an activity verb (``举办``, ``组织``, ``开展``, ``实施``,
``派遣`` …) whose object, in the same clause, is an activity noun (``讲习班``,
``培训``, ``项目``, ``顾问``, ``特派团``, ``咨询服务`` …), or a training verb
(``培训``) whose object is a group's officials. Its recipient is, in order:

1. the group a recipient marker governs before the verb (``为 X 的官员举办``,
   ``向 X 派遣``), or the group the training verb's object names (``培训了 X 的法官``);
2. else the State the clause is set in (``在 X 实施项目``, ``在 X，…举办``).

The provider is the verb's subject. A funding verb over an activity
(``基金资助了人权高专办在 X 开展的项目``) makes the funder a ``tacb:fundedBy`` of
the activity — the implementer, when named, is the provider and X the recipient;
the funder does not thereby assist the implementer. Every word list is the
language's ``relations.json`` ``activities`` entry.
"""

from __future__ import annotations

import re

from .clauses import Group, Sentence
from .patterns import (SentenceContext, _emit_assist, _members, _topic, _year_before, find_words,
                       subject_before)

__all__ = ["activities"]


def _clause_groups(sent: Sentence, lo: int, hi: int) -> list[Group]:
    return [g for g in sent.groups if lo <= g.start and g.end <= hi]


def _recipient_before(sent: Sentence, verb: int, act: dict, agents: set[str]) -> tuple[list[str], int] | None:
    """``为/向 X (的官员) [verb]`` or ``在 X [verb]`` in the verb's clause: (recipients, phrase start)."""
    lo = sent.clause_start(verb)
    for g in reversed(_clause_groups(sent, lo, verb)):
        if g.governor in act["recipient_markers"] and g.kinds() & agents:
            marker = sent.text.rfind(g.governor, lo, g.start)
            return _members(g, agents), (marker if marker != -1 else g.start)
    return _located(sent, verb, act)


def _located(sent: Sentence, verb: int, act: dict) -> tuple[list[str], int] | None:
    """The State the activity takes place in: ``在 X`` in the clause, or opening the sentence."""
    lo = sent.clause_start(verb)
    for g in reversed(_clause_groups(sent, sent.start, verb)):
        owner = re.sub(r"\s+", "", sent.text[g.end:g.end + 2])[:1] in act["of"]  # 在 X 的支持下: not a place
        if g.governor in act["locative_markers"] and g.kinds() & set(act["place_kinds"]) and not owner:
            if g.start >= lo:  # 人权高专办在 X 举办: the phrase starts at the marker
                marker = sent.text.rfind(g.governor, sent.start, g.start)
                return _members(g, set(act["place_kinds"])), (marker if marker != -1 else g.start)
            if sent.text[sent.start:g.start].strip() in act["locative_markers"]:
                return _members(g, set(act["place_kinds"])), verb  # 在 X，人权高专办举办…
    return None


def _beneficiary_object(sent: Sentence, e: int, act: dict, agents: set[str]) -> list[str]:
    """``培训了 X 的法官``: the group whose people the training verb's object names."""
    end = sent.clause_end(e)
    for g in _clause_groups(sent, e, end):
        gap = re.sub(r"\s+", "", sent.text[e:g.start])
        if len(gap) > act["max_gap"]:
            return []
        after = re.sub(r"\s+", "", sent.text[g.end:g.end + 12])
        after = after[1:] if after[:1] in act["of"] else after
        if any(after.startswith(b) for b in act["beneficiaries"]) and g.kinds() & agents:
            return _members(g, agents)
    return []


def _activity_noun(sent: Sentence, e: int, act: dict) -> tuple[int, int, str] | None:
    end = min(sent.clause_end(e), e + act["max_noun_gap"])
    nouns = find_words(sent.text, act["nouns"], e, end)
    return nouns[0] if nouns else None


def _funder(ctx: SentenceContext, verb: int, act: dict, agents: set[str]) -> Group | None:
    """The subject of a funding verb whose object is this activity (``X 资助了 … 的项目``)."""
    sent = ctx.sentence
    lo = sent.clause_start(verb)
    hits = find_words(sent.text, act["funding_verbs"], lo, verb)
    if not hits:
        return None
    return subject_before(sent, hits[-1][0], agents | set(act["funder_kinds"]), ctx.prev_subject)


def activities(ctx: SentenceContext, co_providers: list[str]) -> None:
    """Assistance read from activities (see the module docstring)."""
    sent = ctx.sentence
    act = sent.lx.get("activities")
    if not act:
        return
    agents = sent.lx.agents
    text = sent.text
    for s, e, w in find_words(text, act["verbs"] + act["training_verbs"], sent.start, sent.end):
        recips: list[str] = []
        start = s
        if w in act["training_verbs"]:
            recips = _beneficiary_object(sent, e, act, agents)
        noun = _activity_noun(sent, e, act)
        if not recips and noun is None:
            continue
        if not recips:
            found = _recipient_before(sent, s, act, agents)
            if found is None:
                continue
            recips, start = found
        funder = _funder(ctx, start, act, agents)
        prov = subject_before(sent, start, agents, ctx.prev_subject, exclude=set(recips))
        if funder is not None and prov is not None and set(prov.keys) == set(funder.keys):
            prov = None  # X 资助了在 Y 开展的项目: the funder is not the implementer
        if prov is None and funder is None:
            continue
        funded_by = tuple(funder.keys) if funder is not None else ()
        providers = list(prov.keys) if prov is not None else list(funded_by)
        providers += [c for c in co_providers if c not in providers and c not in recips]
        _emit_assist(ctx, providers, recips, _year_before(sent, s), _topic(sent, e),
                     ctx.mood(start, prov), funded_by=funded_by)
