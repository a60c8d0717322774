"""One act of help as facts: ``tacb:assists`` from each provider to each recipient (paired
``respectively`` where the sentence says so) and the ``tacb:Assistance`` node with its year and
topic; help done as a State asked (``应 Y 请求``, ``at the request of Y``) also makes the request.
The readers of help (:mod:`.assistance`, :mod:`.activities`, :mod:`.referents`,
:mod:`.requested_help`, and :mod:`.links` for joint help) emit through here."""

from __future__ import annotations

import re
from collections import Counter

from ..records import Assistance
from .clauses import Sentence
from .modality import REPORTED
from .patterns import SentenceContext
from .roles import subject_before

__all__ = ["emit_assist", "topic", "done_as_asked", "participle_mood"]


def topic(sent: Sentence, pos: int) -> str | None:
    """What the assistance was about: the words after ``pos`` to the end of the clause."""
    lx = sent.lx
    end = sent.clause_end(pos)
    t = lx.squeeze((sent.original or sent.text)[pos:end])
    prev = None
    while prev != t:
        prev, t = t, re.sub(r"[(（][^()（）]*[)）]", "", t)
    if "topic_strip" in lx.res:
        t = lx.res["topic_strip"].sub("", t)
    t = t.rstrip(lx.language.sentence_ends + lx.clause_ends).strip()
    return t[:lx.get("topic_length", 40)] or None


def emit_assist(ctx: SentenceContext, providers, recipients, year, topic_,
                mood: tuple[str, str | None] = (REPORTED, None), funded_by: tuple[str, ...] = ()) -> None:
    """``tacb:assists`` from each provider to each recipient, and one Assistance record each."""
    kinds = ctx.sentence.item_kinds()
    barred = set(ctx.lx["assists"].get("not_recipient_kinds", ()))
    processes = set(ctx.lx["assists"].get("not_parties", ()))  # (the universal periodic review: a process, no party)
    recipients = [r for r in recipients if kinds.get(r) not in barred and r not in processes]  # a post is not assisted
    # who pays for what the sentence reports (with funding from X, 在 X 的资助下) is not its recipient when the
    # sentence names it only there (开发署在欧洲联盟的资助下，为该机构…举办了培训: the EU paid, the institution was trained)
    named = Counter(it.key for g in ctx.sentence.groups for it in g.items)
    paying = set(ctx.funders) | set(ctx.sponsors)
    recipients = [r for r in recipients if r not in paying or named[r] > 1]
    providers = [p for p in providers if (kinds.get(p) is None or kinds[p] in ctx.lx.agents) and p not in processes]
    funded_by = tuple(dict.fromkeys(tuple(funded_by) + tuple(ctx.funders) + tuple(ctx.sponsors)))
    pairs = _respective(ctx, list(providers), recipients)
    if pairs is not None:  # A and B supported X and Y, respectively: A helped X, B helped Y
        for p, r in pairs:
            emit_assist(ctx, [p], [r], year, topic_, mood, funded_by)
        return
    # with funding from X (在 X 的资助下), OHCHR trained officials of Y: both help Y — OHCHR carries the
    # activity out and X pays for it (tests/gold/README.md, "funded help"); X does not thereby help OHCHR
    funders = [f for f in dict.fromkeys(tuple(ctx.funders) + tuple(ctx.sponsors)) if f not in recipients]
    providers = list(dict.fromkeys(list(providers) + funders))
    if funded_by:  # (who paid, so that a later sentence's co-organizer partners only those who carried it out)
        ctx.carried.setdefault("funders", set()).update(funded_by)
    for p in providers:
        for r in recipients:
            if p == r:
                continue
            ctx.add(p, "assists", r, year, mood=mood)
            # (financed by the Fund and by Y: each funder provides, neither is funded by the other)
            ctx.assistances.append(Assistance(p, r, ctx.unit, ctx.number, year, topic_, ctx.quote, *mood,
                                              funded_by=() if p in funded_by else funded_by))


def _respective(ctx: SentenceContext, providers: list[str], recipients: list[str]) -> list[tuple[str, str]] | None:
    """``UNICEF and UNFPA supported A and B, respectively``: as many providers as recipients, all named before
    them, and a ``respectively`` word after the last recipient in the sentence (or a ``respectively_before`` word
    between the providers and the recipients: ``A 和 B 分别向 C 和 D 提供了…``); or all named after the recipients, and
    the word after the last provider (``A and B … with advice from X and Y, respectively``): the pairs in order, else
    ``None``."""
    words = ctx.lx["assists"].get("respectively", ())
    before = ctx.lx["assists"].get("respectively_before", ())
    if not (words or before) or len(providers) < 2 or len(providers) != len(recipients) or set(providers) & set(recipients):
        return None
    sent = ctx.sentence
    at = {it.key: it.start for g in sent.groups for it in g.items}
    if not all(k in at for k in providers + recipients):
        return None
    after = max(at[p] for p in providers) < min(at[r] for r in recipients)  # (A and B told the Committee that their
    if not after and not (words and max(at[r] for r in recipients) < min(at[p] for p in providers)):  # laws had
        return None  # been drafted with advice from X and Y, respectively: the recipients first, the word after X and Y)
    if not (words and ctx.lx.find(sent.text, words, max(at[k] for k in providers + recipients), sent.end)) \
            and not (after and before and ctx.lx.find(sent.text, before, max(at[p] for p in providers), min(at[r] for r in recipients))):
        return None
    return list(zip(sorted(providers, key=at.get), sorted(recipients, key=at.get)))


def done_as_asked(ctx: SentenceContext, pos: int) -> None:
    """``Y 请 X 协助…。X 随后支持起草…``: X helps with no recipient named, after the unit said X's
    assistance to Y was asked for — the assistance asked for was given (where the language's
    ``assists`` says ``done_as_asked``; :func:`~.settle.settle` keeps the Reported fact)."""
    how = ctx.lx["assists"].get("done_as_asked")
    if not how:
        return
    refs = (ctx.lx.get("modality") or {}).get("work_refs", ())
    sent = ctx.sentence
    if any(s <= pos < e for s, e, _w in ctx.lx.find(sent.text, refs, max(sent.start, pos - 6), min(sent.end, pos + 6))):
        return  # 该项援助尚未开始: the help asked for, referred back to, is no new act (settle.settle reads it)
    asked = [r for r in list(ctx.earlier) + ([] if how == "earlier" else list(ctx.relations))
             if r.predicate == "assists" and r.modality == "Requested"]  # (also earlier in this sentence, unless
    # the language says "earlier": a request for expert support …: the noun of the request is no help given)
    if not asked:
        return
    prov = subject_before(ctx.sentence, pos, ctx.lx.agents, ctx.prev_subject)
    if prov is None or ctx.mood(pos, prov)[0] != REPORTED:
        return
    for r in asked:
        if r.subject in prov.keys:  # (with those who did it with X, and who paid for it: X and Y reviewed the draft)
            emit_assist(ctx, [r.subject] + [k for k in prov.keys if k not in (r.subject, r.object)], [r.object],
                        r.year, None)


def participle_mood(ctx: SentenceContext, s: int, recips: list[str]) -> tuple[str, str | None] | None:
    """A participle set off by a comma (``…, financed by Y``) after help this sentence stated to the same recipients with
    a modality of its own: that modality."""
    sent = ctx.sentence
    head = sent.text[:s].rstrip()
    if not head.endswith(","):
        rx = (ctx.lx.get("activities") or {}).get("future_main_before")
        if rx and re.search(rx, sent.text[sent.start:s]):
            return ("Planned", None)  # The course will be held in X in 2027, again organized by Y: still to come
        return None
    same = [r for r in ctx.relations if r.predicate == "assists" and r.object in recips and r.modality != "Reported"]
    return (same[-1].modality, same[-1].requested_by) if same else None
