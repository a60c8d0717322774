"""Assistance named by a noun, with its provider and recipient: ``the support of X to Y``, ``the assistance provided by
X to Y``, ``X's support to its institutions``, ``the secondment by X of an expert to Y``, ``the assistance delivered to Y
by X`` (``assists`` ``nominal``); split out of :mod:`.assistance`, which calls :func:`nominal_help`."""

from __future__ import annotations

import re

from .clauses import Sentence
from .funding import money_to_a_body
from .patterns import SentenceContext
from .roles import members_of, nearest_state, state_pronoun, subject_before

__all__ = ["nominal_help", "state_pronoun_after_marker"]


def state_pronoun_after_marker(sent: Sentence, pos: int, markers) -> list[str]:
    """``assistance to its …``: the nearest State before."""
    lx = sent.lx
    rest = lx.squeeze(sent.text[pos:sent.clause_end(pos)])
    m = lx.starts_with(rest, markers)
    if m and state_pronoun(sent, sent.text.find(m, pos) + len(m)):
        st = nearest_state(sent, pos)
        return list(st.keys) if st else []
    return []


def nominal_help(ctx: SentenceContext, found: list) -> None:
    """``the support of X to Y``, ``the assistance provided by X to Y``, ``X's support to its
    institutions``, ``the secondment by X of an expert to Y`` (``object_markers`` opening what was given, within
    ``object_reach``), ``the assistance delivered to Y by X`` (``agent_markers``): assistance named by a noun, with its
    provider and recipient (none for a visit to learn, ``hosted_nouns``: the one it went to helped)."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    nm = a.get("nominal")
    if not nm:
        return
    agents = lx.agents
    for s, e, _w in lx.find(sent.text, a["passive_nouns"], sent.start, sent.end):
        if _w in nm.get("hosted_nouns", ()):
            continue  # a study visit to Y by officials of X: Y hosted them (relate/learners.py), X gave nothing
        end = sent.clause_end(e)
        after = [g for g in sent.groups if e <= g.start <= end]
        prov = None
        if after and after[0].governor in nm["provider_markers"] and after[0].kinds() & agents \
                and len(lx.squeeze(sent.text[e:after[0].head])) <= nm.get("provider_gap", 16):
            prov = after.pop(0)
        elif len(after) > 1 and after[0].governor in nm["recipient_markers"] and after[1].governor in nm.get(
                "agent_markers", ()) and after[1].kinds() & agents and after[0].kinds() & agents \
                and len(lx.squeeze(sent.text[e:after[0].head])) <= nm.get("provider_gap", 16) \
                and lx.squeeze(sent.text[after[0].end:after[1].head]).strip() == after[1].governor:
            prov = after.pop(1)  # the technical assistance delivered to Y by X
        else:  # X's support
            before = [g for g in sent.groups if g.end <= s and len(lx.squeeze(sent.text[g.end:s])) <= 4]
            if before and lx.starts_with(lx.squeeze(sent.text[before[-1].end:s]), lx["modifier_words"]):
                prov = before[-1]
        if prov is None:
            continue
        recips: list[str] = []
        gap = lx.squeeze(sent.text[max(e, prov.end):after[0].head]) if after else ""
        if after and after[0].governor in nm["recipient_markers"] and after[0].kinds() & agents and (
                len(gap) <= nm.get("provider_gap", 16)  # the secondment by X of an expert to Y: what was sent between
                or lx.starts_with(gap.lstrip(" ,"), nm.get("object_markers", ())) and len(gap) <= nm.get("object_reach", 0)):
            recips = members_of(after[0], agents)
        elif not after:
            recips = state_pronoun_after_marker(sent, max(e, prov.end), nm["recipient_markers"])
        if recips and not money_to_a_body(sent, recips, [(s, e, _w)], s):
            found.append((prov, recips, s, e, s))
            payer = _paid_for(ctx, s, nm)  # Y paid for advice from X to Z: Y helped Z too (one funded-help convention)
            if payer is not None and not set(payer.keys) & (set(prov.keys) | set(recips)):
                found.append((payer, recips, s, e, s))


def _paid_for(ctx: SentenceContext, s: int, nm: dict):
    """The subject of a verb of paying (``paid_for``, a regular expression on the words of the clause before the help
    noun at ``s``: ``paid for``, ``financed``) whose object the help is, or ``None``."""
    rx = nm.get("paid_for")
    sent = ctx.sentence
    lx = sent.lx
    lo = sent.clause_start(s)
    m = re.compile(rx).search(sent.text, lo, s) if rx else None
    return subject_before(sent, m.start(), lx.agents, ctx.prev_subject) if m is not None else None
