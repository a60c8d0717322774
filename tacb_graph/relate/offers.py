"""Offers of help and what became of them: ``the Government declined an offer by X to hold an advisory visit``,
``An offer by X to audit the platform of Y had been turned down``, ``Y accepted an offer from X to train …``.

An offer noun (``offers`` ``nouns``) whose offerer an agent marker names right after it (``by``, ``from``; or after
what is offered, ``gap``: ``the offers of technical cooperation made by X``) is help
from the offerer only when the sentence says what became of it: refused (``refused``: declined, turned down …) →
Negated, accepted (``accepted``) → Reported; an offer with no answer is no fact. The one offered help is the State
or body the offer's own words name after the offerer (``to audit the platform of Y``; ``recipient_kinds``), else the
one who answered it — the subject before a refusing verb (``the Government declined an offer``), or the agent after
the by-marker of a passive one (``was turned down by the authorities of Y``).

Word lists: ``relations.json`` ``offers`` (``nouns``, ``by``, ``refused``, ``accepted``, ``recipient_kinds``; the offerer
may also stand before the noun with one of ``possessives``: UNDP's offer; with ``owner_before``, the offerer and what it
offered stand before the noun after the answering verb: 谢绝了 X 就…提供评论的提议). Help itself refused (``help_nouns``: ``refused
the assistance of X``) is read the same way when a refusing verb of its clause stands before it.

>>> from tacb_graph.records import Source
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> from tacb_graph.segment import segment
>>> t = "1. Chad declined an offer by UNDP to train its judges.\\n"
>>> found = relate(recognise(segment(Source("t.txt", "t", t, "0", "utf-8", len(t)))))
>>> [(r.subject, r.object, r.modality) for r in found.relations if r.predicate == "assists"]
[('org/undp', 'state/TCD', 'Negated')]
"""

from __future__ import annotations

import re

from .emit import emit_assist, topic
from .patterns import SentenceContext
from .roles import members_of, subject_before, year_before

__all__ = ["after_offer", "offer_to_act", "offered", "offers"]


def offers(ctx: SentenceContext) -> None:
    """Help offered and refused or accepted (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    of = lx.get("offers")
    if not of:
        return
    text = sent.text
    kinds = set(of.get("recipient_kinds", ("State",)))
    if of.get("owner_before"):
        _owned_offers(ctx, of, kinds)
    for s, e, w in lx.find(text, lx.words_of("offers", lambda: list(of["nouns"]) + list(of.get("help_nouns", ()))),
                           sent.start, sent.end):
        by = next(iter(sent.after(e)), None)
        gap = lx.squeeze(text[e:by.head]).strip() if by is not None else ""
        own = _possessor(sent, s, of, ctx.prev_subject)  # X's offer; its offer (its: the sentence before's subject)
        if own is not None:
            by = own
        elif by is None or by.governor not in of.get("by", ()) or not by.kinds() & lx.agents \
                or not (lx.trim(gap, "determiners") == by.governor
                        or of.get("gap") and re.fullmatch(of["gap"], gap)):  # offers of cooperation made by X
            continue
        if w in of.get("help_nouns", ()) and not lx.find(text, of["refused"], sent.clause_start(s), s):
            continue  # (the assistance of X: help refused only when a refusing verb of its clause stands before it)
        refused = lx.find(text, of["refused"], sent.start, sent.end)
        accepted = lx.find(text, of.get("accepted", ()), sent.start, sent.end)
        answer = (refused or accepted or [None])[0]
        if answer is None:
            continue
        mood = ("Negated" if refused else "Reported", None)
        lo, hi = max(by.end, e), answer[0] if answer[0] > max(by.end, e) else sent.end
        recips = [k for g in sent.groups if lo <= g.start and g.end <= hi for k in members_of(g, kinds)
                  if k not in by.keys]
        if not recips and answer[0] < s:  # the Government declined an offer by X: the one who declined
            who = subject_before(sent, answer[0], lx.agents, ctx.prev_subject)
            recips = [k for k in members_of(who, kinds) if k not in by.keys] if who is not None else []
        if not recips and answer[1] <= sent.end:  # … had been turned down by the authorities of Y
            after = next((g for g in sent.after(answer[1]) if g.governor in of["by"] or g.governor in
                          lx.get("owner_markers", ("of",))), None)
            recips = [k for k in members_of(after, kinds) if k not in by.keys] if after is not None else []
        if recips:
            emit_assist(ctx, list(by.keys), recips, year_before(sent, s), topic(sent, by.end), mood)


def _owned_offers(ctx: SentenceContext, of: dict, kinds: set[str]) -> None:
    """``马尔代夫政府谢绝了区域办事处就新闻法草案提供评论的提议``: a refusing (or accepting) verb, then the offerer and its
    offer — the offer noun within ``owner_before`` ``gap`` characters after the offerer, the words between ending in its
    ``of`` (的) — is help from the offerer to the one who answered it, the verb's subject."""
    sent = ctx.sentence
    lx = sent.lx
    ob = of["owner_before"]
    for s, e, w in lx.find(sent.text, of["nouns"], sent.start, sent.end):
        lo = sent.clause_start(s)
        answer = next(iter(sorted(lx.find(sent.text, list(of["refused"]) + list(of.get("accepted", ())), lo, s),
                                  key=lambda h: h[0])), None)
        if answer is None:
            continue
        by = next((g for g in sent.groups if answer[1] <= g.start and g.end <= s and g.kinds() & lx.agents), None)
        between = lx.squeeze(sent.text[by.end:s]) if by is not None else ""
        if by is None or lx.squeeze(sent.text[answer[1]:by.head]).strip() or len(between) > ob.get("gap", 30) \
                or not between.endswith(ob.get("of", "")):
            continue
        who = subject_before(sent, answer[0], lx.agents, ctx.prev_subject, exclude=set(by.keys))
        recips = [k for k in members_of(who, kinds) if k not in by.keys] if who is not None else []
        mood = ("Negated", None) if answer[2] in of["refused"] else ("Reported", None)
        if recips:
            emit_assist(ctx, list(by.keys), recips, year_before(sent, s), topic(sent, by.end), mood)


def _possessor(sent, s: int, of: dict, prev=None):
    """``UNDP's offer``: the agent right before the noun at ``s`` with a possessive between (``possessives``); ``its
    offer`` opening a sentence: ``prev``, the subject of the sentence before."""
    lx = sent.lx
    head = lx.squeeze(sent.text[sent.clause_start(s):s]).strip()
    if lx.ends_with(head, of.get("pronoun_possessives", ())):
        # X regretted that its offer to … had not been taken up: the pronoun's owner is the one who speaks
        got = subject_before(sent, s, lx.agents, prev)
        if got is None and prev is not None and prev.kinds() & lx.agents \
                and lx.squeeze(sent.text[sent.start:s]).strip().lower() in of["pronoun_possessives"]:
            return prev  # (X reported …. Its offer of … was declined: the pronoun opens the sentence)
        return got
    g = next((h for h in reversed(sent.groups) if h.end <= s), None)
    if g is None or not g.kinds() & lx.agents:
        return None
    return g if lx.squeeze(sent.text[g.end:s]).strip() in of.get("possessives", ()) else None


def offered(sent, s: int) -> bool:
    """The verb at ``s`` says what an offer was to do (an offer noun, then one of ``offers`` ``act_markers`` right before
    it: ``its offer to fund a workshop in X``): the offers reader decides whether it is help (refused, accepted), the
    activity readers do not."""
    lx = sent.lx
    of = lx.get("offers") or {}
    head = lx.squeeze(sent.text[sent.clause_start(s):s]).strip()
    marker = lx.ends_with(head, of.get("act_markers", ()))
    if not marker:
        return False
    head = head[:-len(marker)].rstrip()
    if lx.ends_with(head, of.get("nouns", ())):
        return True
    owner = of.get("owner_after")  # an offer of the Fund to finance …: the offerer named after the noun
    return bool(owner) and any(re.search(rf"\b{re.escape(n)}\s+{owner}$", head) for n in of.get("nouns", ()))


def offer_to_act(sent, e: int, w: str) -> bool:
    """The verb ``w`` ending at ``e`` offers to do something (``offers`` ``offer_verbs`` followed, after at most a time
    phrase, by an infinitive: ``infinitive_after``, ``offered in 2116 to host a workshop``): the offer is no act of its
    own; the activity readers read its infinitive, in the offer's mood."""
    of = sent.lx.get("offers") or {}
    rx = of.get("infinitive_after")
    return bool(rx) and w in of.get("offer_verbs", ()) and re.match(rx, sent.text[e:sent.clause_end(e)]) is not None


def after_offer(sent, s: int) -> bool:
    """The verb at ``s`` is the infinitive of an offer in its clause (``offers`` ``offered_before``: ``X offered in
    2115 to provide training …``): the activity readers weigh the offer and its answer, the help readers do not."""
    rx = (sent.lx.get("offers") or {}).get("offered_before")
    return bool(rx) and re.search(rx, sent.text[sent.clause_start(s):s]) is not None
