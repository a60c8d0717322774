"""Whom an activity reached, where the sentence names them in another way than after a recipient marker.

* :func:`past_place` — ``carried out in A and B a project on …``: a place phrase between the verb and its object
  (``activities`` ``fronted_place``, ``fronted_place_object``) names the States;
* :func:`trained_before` — ``Officials of X were trained …, in courses that Y delivered``: the people a passive
  training verb before the activity noun has as its subject;
* :func:`beneficiary_subject` — ``officials of X were trained``: the people a passive training verb has as its subject
  (``its investigators had been trained by Y``: those of the clause before's subject, ``possessed_people``);
* :func:`speakers_people` — ``It recalled that Y had trained officials of its authorities``: the possessive's people are
  the speaker's (``speaker_people``), the State the sentence before was about;
* :func:`reached_after` — ``A workshop organized by Y brought together officials of A and B``: the people right after
  the sentence's verb of reaching (``reach_verbs``) that follows the activity's agent (a verb of ``split_verbs`` only
  with its particle after its object: ``brought officials of A and B together``).
"""

from __future__ import annotations

import re

from .clauses import Sentence
from .places import clause_groups as _clause_groups
from .roles import clauses_back, members_of
from .runs import coordinated_run

__all__ = ["beneficiary_subject", "past_place", "reached_after", "speakers_people", "trained_before"]


def past_place(sent: Sentence, e: int, act: dict) -> tuple[int, list[str]]:
    """``e`` moved past a place phrase that stands between a verb and its object, and the States it names
    (``fronted_place``: a regular expression for the preposition; ``carried out in A and B a project``: the groups
    A and B, joined by coordinators, then an article, ``fronted_place_object``, which may allow a date before it:
    ``convened in Lima in May 2077 a workshop``)."""
    rx = act.get("fronted_place")
    m = re.match(rx, sent.text[e:e + 8]) if rx else None
    if m is None:
        return e, []
    run = coordinated_run(sent, e + m.end())
    if not run or not re.match(act.get("fronted_place_object", r"(?!)"), sent.text[run[-1].end:run[-1].end + 40]):
        return e, []
    return run[-1].end, [k for g in run for k in members_of(g, {"State"})]


def trained_before(sent: Sentence, pos: int, act: dict, agents: set[str]) -> list[str]:
    """``Officials of X were trained …, in courses that Y delivered``: the people a passive training verb before the
    activity noun at ``pos`` has as its subject are those the activity reached."""
    from .beneficiaries import beneficiary_object

    verbs = tuple(act["training_verbs"]) + tuple(act.get("travel_verbs", ()))  # officials of X went to P for a visit that Y …
    for s, e, w in sent.lx.find(sent.text, verbs, sent.start, pos):
        trained = beneficiary_subject(sent, s, act, agents)
        if trained is not None and trained[0]:
            return trained[0]
        hosted = beneficiary_object(sent, e, act, agents)  # Z hosted officials of X for a visit, which Y organized
        if hosted:
            return hosted
    return []


def speakers_people(ctx, s: int, e: int, act: dict) -> list[str]:
    """``It recalled that X had trained officials of its authorities`` with no State in the sentence: people of the
    possessive (``speaker_people``, a regular expression on the words after the verb) are the speaker's — the State
    the sentence (or, where a pronoun opens it, the one before) is about."""
    rx = act.get("speaker_people")
    sent = ctx.sentence
    if not rx or not re.match(rx, sent.text[e:sent.clause_end(e)]):
        return []
    if any("State" in g.kinds() for g in sent.before(s)):
        return []  # (a State of the sentence itself: read by the possessive's own rules)
    prev = ctx.prev_subject
    return members_of(prev, {"State"}) if prev is not None and sent.lx.res["pronoun"].match(
        sent.lx.squeeze(sent.text[sent.start:s]).strip()) else []


def beneficiary_subject(sent: Sentence, s: int, act: dict, agents: set[str]) -> tuple[list[str], int] | None:
    """``officials of X were trained``, ``200 community leaders in X had been trained``: the group
    whose people a passive training verb at ``s`` has as its subject, and where their phrase begins."""
    lx = sent.lx
    lo = sent.clause_start(s)
    if act.get("aside_subject_aux") and re.fullmatch(act["aside_subject_aux"], sent.text[lo:s]):
        # A course, attended by prosecutors from X, was taught by Y: an aside between the subject and its verb
        lo = clauses_back(sent, lo, 1)
    out: list[str] = []
    at = None
    for g in _clause_groups(sent, lo, s):
        lead = lx.squeeze(sent.text[g.head:g.start])
        before = lx.squeeze(sent.text[max(lo, g.head - 40):g.head])
        of_people = lx.find(lead, act["beneficiaries"]) or (
            g.governor in act["recipient_after"] and lx.ends_with(lx.trim(before[:-len(g.governor)].rstrip()),
                                                                  act["beneficiaries"]))
        if of_people and g.kinds() & agents:
            out += [k for k in members_of(g, agents) if k not in out]
            at = g.head if at is None else at
    if not out and act.get("possessed_people"):
        # X set up a unit, and its investigators had been trained by Y: the people of the clause before's subject
        head = lx.squeeze(sent.text[lo:s]).strip()
        m = re.match(act["possessed_people"], head)
        owner = next((g for g in reversed(sent.groups) if g.end <= lo and g.governor is None
                      and g.kinds() & agents), None) if m else None
        if owner is not None and lx.find(head[m.end():], act["beneficiaries"]):
            return members_of(owner, agents), lo
    return (out, at) if out else None


def reached_after(sent: Sentence, pos: int, act: dict, agents: set[str]) -> list[str]:
    """The States whose people (``beneficiaries`` after one of ``beneficiary_links``, within ``beneficiary_reach``
    characters) follow the first verb of reaching (``reach_verbs``) after ``pos`` — in the same sentence, with no
    semicolon or full stop between: ``A workshop organized by Y at the request of Z brought together officials of A
    and B``."""
    lx = sent.lx
    split = act.get("split_verbs", {})  # (brought officials of A together with …: only with its particle after the object)
    hits = [h for h in lx.find(sent.text, act.get("reach_verbs", ()), pos, sent.end)
            if h[2] not in split or re.search(split[h[2]], sent.text[h[1]:sent.clause_end(h[1])])]
    if not hits or any(c in sent.text[pos:hits[0][0]] for c in ";:.()"):
        return []
    e = hits[0][1]
    end = sent.clause_end(e)
    for g in sent.groups:
        if g.start < e or not g.kinds() & agents:
            continue
        if g.start > end:
            return []
        lead = lx.trim(lx.squeeze(sent.text[e:g.start]), "determiners")  # (the group's own lead: its people)
        words = lead.split()
        if len(lead) <= act.get("beneficiary_reach", 90) and words and words[-1] in act.get("beneficiary_links", ()) \
                and lx.find(lead, act.get("beneficiaries", ())):
            return members_of(g, {"State"}) or members_of(g, agents)
        return []
    return []

