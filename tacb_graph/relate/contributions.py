"""Money given or pledged: ``X 向 Y 捐款 80 万美元``, ``X contributed US$ 2 million to Y``.

An amount is a number with a currency, written in the order the language's
``relations.json`` (``contribution``) allows: number, scale word, currency
(``80 万美元``, ``2 million United States dollars``) and, where
``currency_first`` is set, currency, number, scale (``US$ 2 million``,
``USD 500,000``, ``€1.8 million``). The contributor is the free group before the
amount; the recipient the group a recipient marker governs before it (``向 Y``)
or after it (``to Y``).
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..records import Contribution
from ..recognise.normalise import normalise
from .clauses import Lexicon
from .patterns import SentenceContext, _free, _members, _pronoun_after, _first_free, subject_before, years

__all__ = ["parse_amount", "contributions"]

_NUM = r"(\d+(?:[ ,\u00a0]\d{3})*(?:\.\d+)?)"


def _alt(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def parse_amount(text: str, lx: Lexicon) -> list[tuple[int, int, Decimal, str]]:
    """Money amounts in ``text``: ``(start, end, amount, ISO 4217 code)``.

    >>> from tacb_graph.relate.clauses import lexicon_for
    >>> [(str(a), c) for _, _, a, c in parse_amount("捐款 80 万美元，近 6 000 亿元，180 万欧元", lexicon_for("zh"))]
    [('800000', 'USD'), ('600000000000', 'CNY'), ('1800000', 'EUR')]
    >>> en = lexicon_for("en")
    >>> [(str(a), c) for _, _, a, c in parse_amount("us$ 2 million, usd 500,000, €1.8 million and 20 million "
    ...                                              "norwegian kroner", en)]
    [('2000000', 'USD'), ('500000', 'USD'), ('1800000', 'EUR'), ('20000000', 'NOK')]
    """
    c = lx["contribution"]
    cur, scale = _alt(c["currencies"]), _alt(c["scale"])
    end = r"(?!\w)" if lx.language.spaced else ""
    start = r"(?<!\w)" if lx.language.spaced else ""
    forms = [(re.compile(_NUM + rf"\s*(?:({scale}){end})?\s*({cur}){end}"), (1, 2, 3))]
    if c.get("currency_first"):
        forms.append((re.compile(rf"{start}({cur})\s*" + _NUM + rf"(?:\s*({scale}){end})?"), (2, 3, 1)))
    found = []
    for pat, (num, sc, cu) in forms:
        for m in pat.finditer(text):
            n = Decimal(re.sub(r"[ ,\u00a0]", "", m.group(num)))
            if m.group(sc):
                n *= c["scale"][m.group(sc)]
            found.append((m.start(), m.end(), n.normalize() if n != n.to_integral() else n.quantize(Decimal(1)),
                          c["currencies"][m.group(cu)]))
    out: list[tuple[int, int, Decimal, str]] = []
    for hit in sorted(found, key=lambda h: (h[0], -(h[1] - h[0]))):
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


def contributions(ctx: SentenceContext) -> None:
    """``X 向 Y 捐款 80 万美元``, ``X 与 Y 签署了 180 万欧元的赠款合同``, ``X contributed US$ 2 million
    to Y in 2022``."""
    sent = ctx.sentence
    lx = sent.lx
    c = lx["contribution"]
    text = sent.text
    if not lx.find(text, c["verbs"], sent.start, sent.end):
        return
    agents = lx.agents
    amounts = [(a + sent.start, b + sent.start, amount, code)
               for a, b, amount, code in parse_amount(text[sent.start:sent.end], lx)]
    last_recipient = None
    received = _received(ctx, c)
    for s, e, amount, code in amounts:
        givers = [g for g in sent.before(s) if _free(sent, g) and g.kinds() & agents]
        giver = givers[-1] if givers else subject_before(sent, s, agents, ctx.prev_subject)
        if giver is None:
            continue
        if received is not None and received[1] <= s:
            if giver is received[0]:
                continue  # X 收到捐款 50 000 美元: no giver named
            last_recipient = (_members(received[0], agents)[0], received[1])
        if givers and lx.get("pronoun_subjects") and _pronoun_after(sent, giver.end, s):
            giver = _first_free(sent) or giver  # X informed Y that it had provided …
        rec = [g for g in sent.before(s) if g.start > giver.start and g.governor in c["recipient_markers"]
               and g.kinds() & agents]
        if not rec:
            rec = _recipient_after(ctx, e, c)
        recipient = _members(rec[-1], agents)[0] if rec else None
        if recipient is None and last_recipient is not None and giver.start > last_recipient[1]:
            recipient = last_recipient[0]  # A 向 X 捐款…，B 捐款…: the later givers give to X too
        if recipient is not None:
            last_recipient = (recipient, s)
        period, span = None, None
        where = [(sent.start, sent.end)]
        if c.get("period_of_own_clause"):
            # the period said in the amount's own clause; the sentence's only when it gives one amount
            where = [(sent.clause_start(s), sent.clause_end(e))] + ([] if len(amounts) > 1 else where)
        for lo, hi in where:
            for p in c["period"]:
                m = re.search(p, text[lo:hi])
                if m:
                    period = lx.squeeze(normalise(sent.original[lo + m.start():lo + m.end()])
                                        if sent.original else m.group(0))
                    span = (lo + m.start(), lo + m.end())
                    break
            if span:
                break
        ys = years(sent)
        if span and c.get("year_outside_period"):
            ys = [y for y in ys if not span[0] <= y[0] < span[1]]
        if span and c.get("period_of_own_clause") and sent.clause_start(s) <= span[0] < sent.clause_end(e):
            year = next((y for p, y in ys if sent.clause_start(s) <= p < sent.clause_end(e)), None)
        elif c.get("year_of_own_clause"):
            year = _own_year(sent, ys, s, e, [a for a in amounts if a[0] != s])
        else:
            year = ys[0][1] if ys else None
        verb = lx.find(text, c["verbs"], giver.end, s) or lx.find(text, c["verbs"], sent.start, sent.end)
        mood = ctx.mood(min(rec[-1].start if rec else s, verb[0][0]), giver)
        for k in _members(giver, agents):
            ctx.contributions.append(Contribution(k, recipient, str(amount), code, ctx.unit, ctx.number,
                                                  period, year, ctx.quote, *mood))


def _received(ctx: SentenceContext, c: dict):
    """``X 收到以下捐款：A …，B …``: (the group that received, where the receiving verb ends) when a
    receiving verb (``receive_verbs``) is followed by a contribution noun in its clause."""
    sent = ctx.sentence
    lx = sent.lx
    for s, e, _w in lx.find(sent.text, c.get("receive_verbs", ()), sent.start, sent.end):
        if not lx.find(sent.text, c["verbs"], e, min(sent.clause_end(e), e + 12)):
            continue
        subj = subject_before(sent, s, lx.agents, ctx.prev_subject)
        if subj is not None:
            return subj, e
    return None


def _own_year(sent, ys: list[tuple[int, str]], s: int, e: int, others) -> str | None:
    """The year of the amount at ``s``: in its own clause, else the last one before it in a clause
    that gives no other amount (``X gave A in 2022, and Y gave B``: B has no year)."""
    lo, hi = sent.clause_start(s), sent.clause_end(e)
    own = [y for y in ys if lo <= y[0] < hi]
    if own:
        return own[0][1]

    def other_amount(pos: int) -> bool:
        a, b = sent.clause_start(pos), sent.clause_end(pos)
        return any(a <= o[0] < b for o in others)

    before = [y for y in ys if y[0] < s and not other_amount(y[0])]
    return before[-1][1] if before else None


def _recipient_after(ctx: SentenceContext, e: int, c: dict) -> list:
    """``… US$ 2 million to Y``: the first group after the amount, when a recipient marker governs it."""
    sent = ctx.sentence
    markers = c.get("recipient_after_markers", ())
    if not markers:
        return []
    lx = sent.lx
    end = sent.clause_end(e)
    amounts = [a[0] + sent.start for a in parse_amount(sent.text[sent.start:sent.end], lx)]
    for g in sent.groups:
        if e <= g.start <= end:
            if g.governor is None and any(0 <= a - g.end <= 2 for a in amounts):
                continue  # X gave A and Y gave B to Z: Y's amount follows, Z is everyone's recipient
            return [g] if g.governor in markers and g.kinds() & lx.agents else []
    return []
