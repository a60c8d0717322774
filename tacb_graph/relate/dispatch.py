"""People sent to the recipient: ``X 的顾问被派往 Y``, ``X 借调一名专家至 Y``.

The activity readers (:mod:`.activities`) take the recipient from a marker before the verb (``向 Y 派遣``)
or a preposition after the noun. Chinese also puts the recipient right after a directional verb
(``派往``, ``借调到``) or after a bare ``至``/``到`` that closes a sending verb's object; the people sent are
then owned by the provider (``人权高专办的两名顾问被派往 Y``) or sent by the clause's subject.

Word lists: ``relations.json`` ``activities.sent_to``:

* ``verbs`` — directional verbs whose object is where the people go (``被派往``, ``派往``, ``借调到`` …);
* ``send_verbs`` and ``markers`` — a sending verb, then its object, then a marker (``至``, ``到``, ``to``) before
  the recipient (``借调一名顾问至 Y``, ``deployed 200 doctors to Y``); ``people``: who may be sent besides the
  activity nouns (doctors, nurses …), ``people_rx`` a regular expression on the object for callings the list does not
  name (agronomist, statistician); ``people_verbs`` (seconded) take any object of at most ``people_verb_object_words``
  words: only people are seconded; with ``to_seats``, a capital after the marker stands for its State.

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

import re

from .learners import sent_to_learn
from .clauses import Group, Sentence
from .emit import emit_assist, topic
from .places import stationed_in
from .patterns import SentenceContext
from .roles import coordinated_subject, members_of, subject_before, year_before

__all__ = ["hosts_sent", "sent_to"]


def _right_after(sent: Sentence, e: int, agents: set[str], organ: str | None = None) -> Group | None:
    """The group that starts right at ``e`` (spaces aside), when it names an agent; or a State whose organ alone
    (``organ``, a regular expression on the words between: seconded a prosecutor to the Attorney General's Office
    of X) stands before it."""
    lx = sent.lx
    for g in sent.groups:
        if g.start >= e:
            gap = lx.trim(lx.squeeze(sent.text[e:g.head]), "determiners")
            owned = bool(organ) and "State" in g.kinds() and re.fullmatch(organ, gap) is not None
            return g if (gap == "" or owned) and g.kinds() & agents else None
    return None


def _seat_right_after(sent: Sentence, e: int, seats: dict, st: dict) -> list[str]:
    """The State whose seat (``seats``: a capital's key to its State's) a group starting right at ``e`` names — not
    where the words after it (``seat_of_office``) say an office of the sender's sits there (to Bangkok, where the
    regional office is located: where the officer works, not whom the officer helps)."""
    g = next(iter(sent.after(e)), None)
    if g is None or sent.lx.trim(sent.lx.squeeze(sent.text[e:g.head]), "determiners") \
            or not all(k in seats for k in g.keys) \
            or st.get("seat_of_office") and re.match(st["seat_of_office"], sent.text[g.end:g.end + 100]):
        return []
    return list(dict.fromkeys(seats[k] for k in g.keys))


def _owner(sent: Sentence, s: int, agents: set[str]) -> Group | None:
    """``人权高专办的两名顾问被派往``: the agent that opens the clause of ``s`` and owns (``的``) the people sent."""
    lx = sent.lx
    lo = sent.clause_start(s)
    first = next((g for g in sent.groups if lo <= g.start < s), None)
    if first is None or not first.kinds() & agents or lx.squeeze(sent.text[lo:first.start]).strip():
        return None
    return first if lx.starts_with(lx.squeeze(sent.text[first.end:s]), lx["modifier_words"]) else None


def _sending(sent: Sentence, s: int, st: dict, act: dict) -> int | None:
    """A bare marker at ``s`` closes a sending verb's object: ``借调一名顾问至`` (verb, then an activity noun,
    in the marker's clause): where the verb starts, else None."""
    lx = sent.lx
    lo = sent.clause_start(s)
    verbs = [h for h in lx.find(sent.text, st.get("send_verbs", ()), lo, s) if not lx.guarded(sent.text, h)]  # (the
    # second officer: an ordinal, no verb)
    people = list(act["nouns"]) + list(st.get("people", ()))  # (sent 200 doctors to X: the people a body sends)
    found = lx.find(sent.text, people, verbs[-1][1], s) if verbs else []
    if verbs and not found and st.get("people_rx"):  # a calling of the kinds ``people_rx`` spells (an agronomist)
        found = [(verbs[-1][1] + m.start(), verbs[-1][1] + m.end(), m.group())
                 for m in re.finditer(st["people_rx"], sent.text[verbs[-1][1]:s])]
    # the marker closes the object (deployed an expert to X), not a later phrase (… to help it report to Y)
    if found and len(lx.squeeze(sent.text[found[-1][1]:s]).split()) <= st.get("object_gap_words", 2):
        return verbs[-1][0]  # where the sending verb stands (its mood is the help's: could not deploy …)
    if verbs and verbs[-1][2] in st.get("people_verbs", ()) \
            and len(lx.squeeze(sent.text[verbs[-1][1]:s]).split()) <= st.get("people_verb_object_words", 0):
        return verbs[-1][0]  # seconded a nutritionist to X: only people are seconded, whatever their calling
    return None


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
        verb = s if directional else _sending(sent, s, st, act)
        if verb is None:
            continue
        g = _right_after(sent, e, agents, None if directional else st.get("organ_before"))
        seat = _seat_right_after(sent, e, ctx.seats, st) if g is None and st.get("to_seats") else []
        if seat and set(ctx.unit_kinds().values()) & set(st.get("seat_not_with", ())):
            seat = []  # 应 X 委员会的请求，Y 派两名研究人员到弗里敦…，帮助委员会…: the body the unit names is the one helped
        if seat:  # seconded two anthropologists to Asunción: to the State the capital is the seat of
            prov = subject_before(sent, s, agents, ctx.prev_subject, exclude=set(seat))
            if prov is not None and not set(prov.keys) & set(seat):
                emit_assist(ctx, list(prov.keys), seat, year_before(sent, s), topic(sent, e), ctx.mood(verb, prov))
            continue
        if g is None or sent_to_learn(sent, verb + 1) is g or _to_learn(sent, g):
            continue  # (sent two officers to Y for a placement: Y helped them, :mod:`.learners`)
        recips = members_of(g, agents)
        prov = _owner(sent, s, agents) or coordinated_subject(sent, verb, act.get("coordinated_predicate"), agents, recips) \
            or subject_before(sent, s, agents, ctx.prev_subject, exclude=set(recips))  # …, and had seconded …
        if prov is None or set(prov.keys) & set(recips):
            continue
        emit_assist(ctx, list(prov.keys), recips, year_before(sent, s), topic(sent, e), ctx.mood(verb, prov))


def _to_learn(sent: Sentence, g: Group) -> bool:
    """People sent to a State ``g`` to learn there (``sent three officials to Senegal for a study visit``): one of the
    learners' ``nouns`` (study visit, placement) within their ``window`` after it, in its clause — the sender's people
    were helped, the sender helped no one."""
    ln = sent.lx["assists"].get("learners") or {}
    if "State" not in g.kinds() or not ln.get("nouns"):
        return False
    end = min(sent.clause_end(g.end), g.end + ln.get("window", 40))
    return bool(sent.lx.find(sent.text, ln["nouns"], g.end, end))


def hosts_sent(ctx: SentenceContext) -> None:
    """``联合国驻 X 国家工作队配有一名由人权高专办派出的人权顾问``: the body that has (``activities`` ``sent_to`` ``hosts``,
    a regular expression over the words between it and the marker of the sender) people another sent (``sent_by``, a
    regular expression over the words after the sender, with ``{nouns}`` for the activity nouns) was helped by the
    sender."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities") or {}
    st = act.get("sent_to") or {}
    if not st.get("hosts") or not st.get("sent_by"):
        return
    if "_sent_by" not in lx.__dict__:
        alt = "|".join(re.escape(n) for n in sorted(act["nouns"], key=len, reverse=True))
        lx.__dict__["_sent_by"] = (re.compile(st["hosts"]), re.compile(st["sent_by"].replace("{nouns}", f"(?:{alt})")))
    hosts, sent_by = lx.__dict__["_sent_by"]
    agents = lx.agents
    groups = sent.groups
    for host, sender in zip(groups, groups[1:]):
        if not host.kinds() & agents or not sender.kinds() & agents or host.governor is not None:
            continue
        if not hosts.fullmatch(lx.squeeze(sent.text[host.end:sender.head])):
            continue
        if not sent_by.match(lx.squeeze(sent.text[sender.end:sender.end + 40])):
            continue
        recips = members_of(host, agents) + [k for k in stationed_in(sent, host) if k not in host.keys]  # 驻 X 国家工作队
        emit_assist(ctx, list(sender.keys), recips, year_before(sent, host.start),
                    topic(sent, sender.end), ctx.mood(sender.end, host))
