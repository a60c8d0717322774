"""People sent to the recipient: ``X 的顾问被派往 Y``, ``X 借调一名专家至 Y``.

The activity readers (:mod:`.activities`) take the recipient from a marker before the verb (``向 Y 派遣``)
or a preposition after the noun. Chinese also puts the recipient right after a directional verb
(``派往``, ``借调到``) or after a bare ``至``/``到`` that closes a sending verb's object; the people sent are
then owned by the provider (``人权高专办的两名顾问被派往 Y``) or sent by the clause's subject.

Word lists: ``relations.json`` ``activities.sent_to``:

* ``verbs`` — directional verbs whose object is where the people go (``被派往``, ``派往``, ``借调到`` …);
* ``send_verbs`` and ``markers`` — a sending verb, then its object, then a marker (``至``, ``到``) before
  the recipient (``借调一名顾问至 Y``).

The people sent must be named by an activity noun (``顾问``, ``专家``, ``特派团`` …, ``activities.nouns``) in
the clause before the verb or marker, and the recipient must stand right after it.

>>> from tacb_graph.records import Source
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> from tacb_graph.segment import segment
>>> t = "1. 开发署的两名专家被派往马拉维。\\n"
>>> found = relate(recognise(segment(Source("t.txt", "t", t, "0", "utf-8", len(t)))))
>>> [(r.subject, r.object) for r in found.relations if r.predicate == "assists"]
[('org/undp', 'state/MWI')]
"""

from __future__ import annotations

from .clauses import Group, Sentence
from .emit import emit_assist, topic
from .patterns import SentenceContext
from .roles import members_of, subject_before, year_before

__all__ = ["sent_to"]


def _right_after(sent: Sentence, e: int, agents: set[str]) -> Group | None:
    """The group that starts right at ``e`` (spaces aside), when it names an agent."""
    for g in sent.groups:
        if g.start >= e:
            return g if sent.lx.squeeze(sent.text[e:g.start]) == "" and g.kinds() & agents else None
    return None


def _owner(sent: Sentence, s: int, agents: set[str]) -> Group | None:
    """``人权高专办的两名顾问被派往``: the agent that opens the clause of ``s`` and owns (``的``) the people sent."""
    lx = sent.lx
    lo = sent.clause_start(s)
    first = next((g for g in sent.groups if lo <= g.start < s), None)
    if first is None or not first.kinds() & agents or lx.squeeze(sent.text[lo:first.start]).strip():
        return None
    return first if lx.starts_with(lx.squeeze(sent.text[first.end:s]), lx["modifier_words"]) else None


def _sending(sent: Sentence, s: int, st: dict, act: dict) -> bool:
    """A bare marker at ``s`` closes a sending verb's object: ``借调一名顾问至`` (verb, then an activity noun,
    in the marker's clause)."""
    lx = sent.lx
    lo = sent.clause_start(s)
    verbs = lx.find(sent.text, st.get("send_verbs", ()), lo, s)
    return bool(verbs) and bool(lx.find(sent.text, act["nouns"], verbs[-1][1], s))


def sent_to(ctx: SentenceContext) -> None:
    """Assistance from the sender to the place the people are sent (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities") or {}
    st = act.get("sent_to")
    if not st:
        return
    agents = lx.agents
    hits = [(s, e, True) for s, e, _w in lx.find(sent.text, st.get("verbs", ()), sent.start, sent.end)]
    hits += [(s, e, False) for s, e, _w in lx.find(sent.text, st.get("markers", ()), sent.start, sent.end)]
    for s, e, directional in hits:
        if directional and not lx.find(sent.text, act["nouns"], sent.clause_start(s), s):
            continue  # (goods shipped to X): no people or mission sent
        if not directional and not _sending(sent, s, st, act):
            continue
        g = _right_after(sent, e, agents)
        if g is None:
            continue
        recips = members_of(g, agents)
        prov = _owner(sent, s, agents) or subject_before(sent, s, agents, ctx.prev_subject, exclude=set(recips))
        if prov is None or set(prov.keys) & set(recips):
            continue
        emit_assist(ctx, list(prov.keys), recips, year_before(sent, s), topic(sent, e), ctx.mood(s, prov))
