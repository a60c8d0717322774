"""Whom an activity reached, where the sentence names them in another way than after a recipient marker.

* :func:`past_place` — ``carried out in A and B a project on …``: a place phrase between the verb and its object
  (``activities`` ``fronted_place``, ``fronted_place_object``) names the States;
* :func:`trained_before` — ``Officials of X were trained …, in courses that Y delivered``: the people a passive
  training verb before the activity noun has as its subject;
* :func:`speakers_people` — ``It recalled that Y had trained officials of its authorities``: the possessive's people are
  the speaker's (``speaker_people``), the State the sentence before was about.
"""

from __future__ import annotations

import re

from .beneficiaries import beneficiary_subject
from .clauses import Sentence
from .roles import members_of
from .runs import coordinated_run

__all__ = ["past_place", "speakers_people", "trained_before"]


def past_place(sent: Sentence, e: int, act: dict) -> tuple[int, list[str]]:
    """``e`` moved past a place phrase that stands between a verb and its object, and the States it names
    (``fronted_place``: a regular expression for the preposition; ``carried out in A and B a project``: the groups
    A and B, joined by coordinators, then an article, ``fronted_place_object``)."""
    rx = act.get("fronted_place")
    m = re.match(rx, sent.text[e:e + 8]) if rx else None
    if m is None:
        return e, []
    run = coordinated_run(sent, e + m.end())
    if not run or not re.match(act.get("fronted_place_object", r"(?!)"), sent.text[run[-1].end:run[-1].end + 8]):
        return e, []
    return run[-1].end, [k for g in run for k in members_of(g, {"State"})]


def trained_before(sent: Sentence, pos: int, act: dict, agents: set[str]) -> list[str]:
    """``Officials of X were trained …, in courses that Y delivered``: the people a passive training verb before the
    activity noun at ``pos`` has as its subject are those the activity reached."""
    for s, _e, _w in sent.lx.find(sent.text, act["training_verbs"], sent.start, pos):
        trained = beneficiary_subject(sent, s, act, agents)
        if trained is not None and trained[0]:
            return trained[0]
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
