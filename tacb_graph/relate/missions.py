"""Experts who went to work in a State: ``古巴的水文专家 2117 年赴该国评估了饮用水污染状况``, ``Experts of Cuba
travelled to Dominica and assessed the water supply`` — the one whose people (``activities`` ``experts_went``
``nouns``) went (``assists`` ``learners`` ``visits`` ``went``) to a State, right after the verb, to do work there
(``experts_went`` ``work``, a regular expression on the words after the State) helped it — or the body that work
names right after (``…前往卢萨卡，协助委员会工作人员起草了报告``: the Commission). Whose the people are:
a group right before them (``owner_before``, a regular expression on the words between: 古巴的水文专家, Cuba's
experts) or after them (``owner_after`` markers: experts of X, from X).

Also those invited to learn: ``大韩民国邀请牙买加的 20 名官员赴首尔参加了研修``, ``Korea invited officials of Jamaica
to Seoul for a course`` — the one who invited (``invited_to_learn`` ``verbs``) people of a State (``activities``
``beneficiaries`` in the State group's lead, or ``people_after`` it) to a course (``invited_to_learn`` ``nouns``, later
in the clause: no meeting merely attended) helped that State."""

from __future__ import annotations

import re

from .emit import emit_assist, topic
from .patterns import SentenceContext
from .roles import members_of, subject_before, year_before

__all__ = ["experts_went", "invited_to_learn"]


def experts_went(ctx: SentenceContext) -> None:
    """The module's form, over one sentence."""
    sent = ctx.sentence
    lx = sent.lx
    spec = (lx.get("activities") or {}).get("experts_went")
    went = ((lx["assists"].get("learners") or {}).get("visits") or {}).get("went", ())
    if not spec or not went:
        return
    text = sent.text
    for s, e, _w in lx.find(text, went, sent.start, sent.end):
        dest = next((g for g in sent.after(e) if g.start < sent.clause_end(e)), None)
        work = re.match(spec["work"], text[dest.end:sent.end]) if dest is not None else None
        if work is None or lx.squeeze(text[e:dest.head]).strip():
            continue
        places = [ctx.seats.get(k, k) for k in dest.keys]  # (a capital stands for its State)
        if not all(k.startswith("state/") for k in places):
            continue
        owner = _owner(sent, sent.clause_start(s), s, spec)
        if owner is None:
            continue
        at = dest.end + work.end()
        body = next((g for g in sent.groups if at <= g.start <= sent.clause_end(at) and g.kinds() & lx.agents), None)
        if body is not None and "State" not in body.kinds() and not set(body.keys) & set(owner.keys):
            places = members_of(body, lx.agents)  # …前往卢萨卡，协助委员会工作人员…: the body they worked with, in the State
        givers = [k for k in members_of(owner, lx.agents) if k not in places]
        emit_assist(ctx, givers, list(dict.fromkeys(places)), year_before(sent, s), topic(sent, dest.end),
                    ctx.mood(s, owner))


def _owner(sent, lo: int, hi: int, spec: dict):
    """The group whose people (a ``nouns`` word between ``lo`` and ``hi``) they are, or ``None``."""
    lx = sent.lx
    for ns, ne, _w in lx.find(sent.text, spec["nouns"], lo, hi):
        before = next((g for g in reversed(sent.groups) if lo <= g.start and g.end <= ns), None)
        if before is not None and before.kinds() & lx.agents and before.governor is None \
                and re.fullmatch(spec["owner_before"], lx.squeeze(sent.text[before.end:ns])):
            return before
        after = next((g for g in sent.groups if g.start >= ne and g.end <= hi), None)
        if after is None or not after.kinds() & lx.agents:
            continue
        if after.head <= ns and lx.squeeze(sent.text[ne:after.start]).strip() in spec.get("owner_after", ()) \
                or after.governor in spec.get("owner_after", ()) \
                and lx.squeeze(sent.text[ne:after.head]).strip() == after.governor:
            return after  # (experts from X: the noun in the group's own lead, or the marker governing it)
    return None


def invited_to_learn(ctx: SentenceContext) -> None:
    """People of a State invited to an activity (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities") or {}
    spec = act.get("invited_to_learn")
    if not spec:
        return
    text = sent.text
    people = tuple(act.get("beneficiaries", ()))
    for s, e, _w in lx.find(text, spec["verbs"], sent.start, sent.end):
        end = sent.clause_end(e)
        guests = [g for g in sent.groups if e <= g.start < end and "State" in g.kinds()
                  and (g.lead is not None and lx.find(text, people, g.lead, g.start)
                       or re.match(spec["people_after"], lx.squeeze(text[g.end:g.end + 30])))]
        if not guests or not lx.find(text, spec["nouns"], guests[-1].end, end):
            continue
        host = subject_before(sent, s, lx.agents, ctx.prev_subject)
        if host is None:
            continue
        takers = [k for g in guests for k in members_of(g, {"State"}) if k not in host.keys]
        mood = ctx.mood(s, host)
        if mood[0] == "Requested" and mood[1] in host.keys:
            mood = ("Reported", None)  # (the invitation is the host's own act, no request of another's)
        emit_assist(ctx, list(host.keys), takers, year_before(sent, s), topic(sent, e), mood)
