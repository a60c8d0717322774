"""Money given or pledged: ``X 向 Y 捐款 80 万美元``, ``X contributed US$ 2 million to Y``.

An amount is read by :mod:`.amounts` (``parse_amount``). The contributor is the free group before the
amount; the recipient the group a recipient marker governs before it (``向 Y``, ``对 Y 的捐款``)
or after it (``to Y``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Contribution
from ..recognise.normalise import normalise
from .amounts import local_currency, parse_amount
from .givers import amount_from, giver_by, named_giver, relative_giver, source_lead, takers, work_owner
from .patterns import SentenceContext
from .emit import emit_assist
from .roles import first_free, is_free, members_of, pronoun_after, subject_before, years

__all__ = ["parse_amount", "contributions", "received", "once_each"]

def contributions(ctx: SentenceContext) -> None:
    """``X 向 Y 捐款 80 万美元``, ``X 与 Y 签署了 180 万欧元的赠款合同``, ``X contributed US$ 2 million
    to Y in 2022``."""
    sent = ctx.sentence
    lx = sent.lx
    c = lx["contribution"]
    text = sent.text
    source = source_lead(ctx, c)  # contributions to the work of X came from A (…); X 的预算全部来自自愿捐款，主要捐助方为 A(…)
    if not lx.find(text, lx.words_of("contribution", lambda: tuple(c["verbs"]) + tuple(c.get("receive_verbs", ()))
                                     + tuple(c.get("receive_list_nouns", ())) + tuple(c.get("list_leads", ()))),
                   sent.start, sent.end) and not (source is not None and not source[2]):
        return  # (X received EUR 480,000 from Spain: a receiving verb is enough; resources for X came from A (…) too)
    agents = lx.agents
    # the classes that never give money of their own (a fund's Board recommends grants; 'not_giver_kinds')
    donors = agents - frozenset(c.get("not_giver_kinds", ()))
    amounts = [(a + sent.start, b + sent.start, amount, code)
               for a, b, amount, code in parse_amount(text[sent.start:sent.end], lx)]
    last_recipient = None
    received = _received(ctx, c, amounts)
    lead = _lead_recipient(sent, c, amounts)
    taken = _passive_taker(ctx, c)
    last_giver = None
    _lead_in(ctx, c, amounts)  # Contributions received by the Fund included the following: A, …
    shares = _respectively(sent, c, amounts)  # A and B gave X and Y respectively; A 和 B 分别捐款 X 和 Y
    first = len(ctx.contributions)
    amounts = _giver_listed(ctx, c, amounts)  # X 2117 年的捐款包括：A 420 万…，B 150 万…: X gave each to the one before it
    for s, e, amount, code in amounts:
        named = amount_from(sent, e, c) or named_giver(sent, s, c)  # USD 5,000 from X; Germany (USD 2,000,000)
        by = named is None and giver_by(sent, s, e, c)
        named = named or by or None  # a pledge of 500,000 yuan by X was received
        givers = [g for g in sent.before(s) if is_free(sent, g) and g.kinds() & donors]
        if named is None and _joined_clause(sent, c, s):
            # 摩洛哥计划接待几内亚官员的考察访问，并已向基金捐款: a clause joined by 并 gives with the subject of the
            # clause before it, not with the States that clause named
            cs = sent.clause_start(s)
            givers = [g for g in givers if g.start >= cs] or \
                [g for g in givers if g.start == sent.clause_start(g.start) or g is first_free(sent)][-1:]
        giver = relative_giver(sent, s, c, donors) if named is None else None  # …, and by Japan, which gave USD 250,000
        giver = giver or (givers[-1] if givers else subject_before(sent, s, donors, ctx.prev_subject))
        if named is None and giver is None:
            continue
        second = _second_object(sent, c, givers, giver, s) if named is None else None
        if second is not None:  # F awarded X a grant of …: F gives, X takes
            giver, second = second
        taker = None
        if named is None and _receives(sent, c, giver, s):
            # the Fund received US$ 13.6 million from 26 donors: no giver named; … a grant from Korea: Korea
            src = next((g for g in sent.after(e) if g.start <= sent.clause_end(e)), None)
            if src is None or src.governor not in c.get("giver_markers", ()) or not src.kinds() & agents:
                # the Fund received from X a sum of USD 165,000: the giver between the verb and the amount
                src = next((g for g in reversed(sent.before(s)) if g.start > giver.end
                            and g.start >= sent.clause_start(s) and g.governor in c.get("giver_markers", ())
                            and g.kinds() & agents), None)
            if src is None:
                continue
            taker, giver = giver, src
        if received is not None and received[1] <= s and (giver is not None or named is not None):
            if named is None and giver is received[0]:
                giver = _possessive_giver(sent, received[1], s, agents)  # 收到了瑞典的 30 万美元捐款
                if giver is None:
                    continue  # X 收到捐款 50 000 美元: no giver named
            last_recipient = (members_of(received[0], agents)[0], received[1])  # …来自挪威(300 万美元)
        if named is None and givers and lx.get("pronoun_subjects") and pronoun_after(sent, giver.end, s):
            giver = first_free(sent) or giver  # X informed Y that it had provided …
        keys = [named.key] if named is not None else members_of(giver, agents)
        if s in shares:
            keys = [shares[s]]
        gpos = named.start if named is not None else giver.start
        rec = [g for g in sent.before(s) if g.start > gpos and g.governor in c["recipient_markers"]
               and g.kinds() & agents]
        if not rec:  # (USD 100,000 from Oman to OHCHR: the recipient after the giver named after the amount)
            rec = _recipient_after(ctx, named.end if named is not None and named.start >= e else e, c)
        if not rec and c.get("recipient_before_amount"):
            to = _to_recipient(sent, c, s)  # made its first contribution to the Fund, in the amount of …
            # (contributions to OHCHR of US$ 85,000 from A: the giver after the amount, the recipient before it)
            rec = [to] if to is not None and (to.start > gpos or named is not None and named.start >= e) else []
        recipient = members_of(rec[-1], takers(lx, c))[0] if rec else None
        if recipient is None and c.get("pronoun_recipient") and re.match(c["pronoun_recipient"], text[e:sent.clause_end(e)]):
            # UNESCO stated that Norway had contributed NOK 2 million to it: the one the sentence reports for
            opener = first_free(sent)
            if last_recipient is not None and last_giver is not None and opener is not None \
                    and set(opener.keys) & set(last_giver):
                recipient = last_recipient[0]  # A gave … to the Fund, and B announced … to it: the Fund, not A
            elif opener is not None and opener.end <= gpos and opener.kinds() & takers(lx, c) \
                    and not set(opener.keys) & set(keys):
                recipient = members_of(opener, takers(lx, c))[0]
        if second is not None and members_of(second, takers(lx, c)):
            recipient = members_of(second, takers(lx, c))[0]
        if taker is not None:
            recipient = members_of(taker, takers(lx, c))[0]
        gend = named.end if named is not None else giver.end
        # 向 166 个国家提供援助…: a recipient the text does not name takes no recipient from elsewhere
        unnamed = bool(c.get("unnamed_recipient")) and re.search(c["unnamed_recipient"], text[gend:s]) is not None
        if recipient is None and last_recipient is not None and not unnamed and (
                gpos > last_recipient[1] or (c.get("same_giver_recipient") and last_giver == keys)):
            recipient = last_recipient[0]  # A 向 X 捐款…，B 捐款…: the later givers give to X too
        if recipient is None and lead is not None and lead[1] <= gpos and not unnamed:
            recipient = lead[0]  # 若干捐助方向基金作出了认捐：A 承诺…；B 认捐…: the lead-in's recipient
        if recipient is None and taken is not None and not unnamed:
            recipient = taken  # (the Programme is funded from …) contributions were received from A (…)
        if recipient is None and c.get("work_of"):
            recipient = work_owner(sent, min(gpos, s), c, takers(lx, c))  # the work of X was supported by G, which gave …
        granted = bool(c.get("grant_lead")) and re.search(c["grant_lead"], lx.squeeze(text[max(sent.start, s - 60):s]).lower())
        # (With a grant of … from F, X recruited …: the grant phrase opens the sentence)
        opening = bool(granted) and re.fullmatch(c["grant_lead"], lx.squeeze(text[sent.start:s]).strip().lower()) is not None
        if recipient is None and granted:
            # X carried out a project with a grant of … from F: X, the grantee, took it (Ms. A said that her
            # Commission had opened …, with … a grant of …: the body, not the speaker)
            opener = next((g for g in sent.groups if g.end <= s and is_free(sent, g) and g.kinds() & takers(lx, c)
                           and "Person" not in g.kinds()), None)
            if opener is None and opening:  # the main clause's subject
                opener = next((g for g in sent.after(sent.clause_end(e)) if is_free(sent, g)), None)
                opener = opener if opener is not None and opener.kinds() & takers(lx, c) else None
            recipient = opener.keys[0] if opener is not None and not set(opener.keys) & set(keys) else None
        if recipient is None and named is not None and named.start >= e and giver is not None \
                and giver.kinds() & takers(lx, c) and _receives(sent, c, giver, s):
            recipient = members_of(giver, takers(lx, c))[0]  # the Bureau received US$ 85,000 from F: the Bureau took it
            granted = True  # (money to an NGO or an institution is help to it, as a grant is)
        if recipient is None and c.get("subject_recipient"):
            recipient = _subject_recipient(sent, keys, lx)  # the Fund financed …, through contributions by A (…)
        # … transferred US$ 2.1 million for the justice project: money for a purpose of its own, no recipient carried
        own_purpose = bool(c.get("own_purpose")) and re.match(c["own_purpose"], lx.squeeze(text[e:sent.clause_end(e)]))
        if recipient is None and source is not None and not unnamed and not (own_purpose and source[2]):
            recipient = source[0]
        if recipient is None and not unnamed and not own_purpose:
            # the Fund received …. The largest contributions came from A (…); China gave … to the Fund. Australia gave …
            recipient = ctx.money.get("recipient") or ctx.money.get("last_recipient")
        if recipient is None and not unnamed and not own_purpose and ctx.money.get("title_recipient") not in keys:
            recipient = ctx.money.get("title_recipient")  # (a fund's report) Cyprus has pledged EUR 40,000: to the Fund
        if recipient is not None:
            last_recipient = (recipient, s)
            if c.get("carry_recipient"):
                ctx.money["last_recipient"] = recipient
        last_giver = keys
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
        year = _year_after(sent, ys, e, [a for a in amounts if a[0] > s]) if c.get("year_after_amount") else None
        if year is None and span and c.get("period_of_own_clause") and sent.clause_start(s) <= span[0] < sent.clause_end(e):
            year = next((y for p, y in ys if sent.clause_start(s) <= p < sent.clause_end(e)), None)
        elif year is None and c.get("year_of_own_clause"):
            year = _own_year(sent, ys, s, e, [a for a in amounts if a[0] != s])
            if year is None and c.get("year_of_next_clause"):
                year = _next_clause_year(sent, ys, e, amounts)
        elif year is None:
            year = ys[0][1] if ys else None
        if year is None and s in shares:  # A and B pledged X and Y, respectively, for 2026: both in 2026
            last = max(a[1] for a in amounts)
            hi = _past_respectively(sent, c, sent.clause_end(last))
            year = next((y for p, y in ys if last <= p < hi), None)
        if year is None and by:  # a pledge of … by X, announced at …, was received in 2026: the main verb's year
            year = next((y for p, y in ys if p >= e and not any(e < a[0] < p for a in amounts)), None)
        year = year or (source[1] if source is not None and recipient == source[0] else None) or ctx.money.get("year")
        verb = lx.find(text, c["verbs"], gend, s) or lx.find(text, c["verbs"], sent.start, sent.end) \
            or lx.find(text, c.get("receive_verbs", ()), sent.start, sent.end) \
            or lx.find(text, c.get("receive_list_nouns", ()), sent.start, sent.end)
        mood = ctx.mood(min(rec[-1].start if rec else s, verb[0][0] if verb else s), giver)
        for k in keys:
            ctx.contributions.append(Contribution(k, recipient, str(amount), local_currency(lx, code, k), ctx.unit, ctx.number,
                                                  period, year, ctx.quote, *mood))
        kind = sent.item_kinds().get(recipient) if recipient is not None else None
        if granted and kind in c.get("grantee_kinds", ()) or kind in c.get("helped_kinds", ()):
            # a grant of … from F: F helps; money given to an NGO, a national institution or a State helps it too
            help_mood = ctx.mood(verb[0][1], giver) if verb and mood[0] == "Reported" and verb[0][1] <= s else mood
            # (X has pledged NZD 3 million to Y: the pledge's own words say the help is still to come)
            emit_assist(ctx, [k for k in keys if k != recipient], [recipient], year, None, help_mood)
    if c.get("recipient_backward"):  # A gave X, B gave Y and C provided Z to the Office: all to the Office
        mine = ctx.contributions[first:]
        for i, x in enumerate(mine):
            later = next((y.recipient for y in mine[i + 1:] if y.recipient is not None), None)
            if x.recipient is None and later is not None:
                ctx.contributions[first + i] = replace(x, recipient=later)


def _joined_clause(sent, c: dict, s: int) -> bool:
    """Whether the clause holding ``s`` opens with a word that joins it to the clause before (``joined_clause``:
    并, 并已, 同时), so that it shares that clause's subject."""
    rx = c.get("joined_clause")
    return bool(rx) and re.match(rx, sent.text[sent.clause_start(s):s].lstrip()) is not None


def _second_object(sent, c: dict, givers: list, giver, s: int):
    """``F awarded X a grant of US$ 180,000``: the last two free groups before the amount at ``s``, a verb of giving
    to someone (``double_object`` ``verbs``) between them and a noun of money (``object``, a regular expression) after
    the second — (giver F, taker X); else ``None``."""
    dbl = c.get("double_object")
    if not dbl or len(givers) < 2 or giver is not givers[-1]:
        return None
    lx = sent.lx
    verb = lx.squeeze(sent.text[givers[-2].end:givers[-1].head]).strip().lower()
    money = lx.squeeze(sent.text[givers[-1].end:s]).strip().lower()
    if lx.trim(verb, "determiners") not in dbl["verbs"] or not re.fullmatch(dbl["object"], money):
        return None
    return givers[-2], givers[-1]


def _received(ctx: SentenceContext, c: dict, amounts=()):
    """``X 收到以下捐款：A …，B …``: (the group that received, where the receiving verb ends) when a
    receiving verb (``receive_list_verbs``) is followed by a contribution noun in its clause — within
    ``receive_window`` characters, not counting a list of names and amounts between them
    (``X 收到了 A(…)、B(…)的捐款``; ``receive_list_fillers``: what else a list holds)."""
    sent = ctx.sentence
    lx = sent.lx
    fillers = lx.res.get("receive_list_fillers")
    for s, e, _w in lx.find(sent.text, c.get("receive_list_verbs", ()), sent.start, sent.end):
        window = c.get("receive_window", 12)
        nouns = lx.find(sent.text, tuple(c["verbs"]) + tuple(c.get("receive_list_nouns", ())), e, sent.clause_end(e))
        if not nouns:
            continue
        if nouns[0][0] - e > window:
            if not fillers:
                continue
            first = nouns[0][0]
            spans = sorted([(g.start, g.end) for g in sent.groups if e <= g.start and g.end <= first]
                           + [(a, b) for a, b, *_ in amounts if e <= a and b <= first])
            residue, at = [], e
            for a, b in spans:
                residue.append(sent.text[at:a])
                at = max(at, b)
            residue.append(sent.text[at:first])
            if len(fillers.sub("", "".join(residue))) > window:
                continue
        subj = subject_before(sent, s, lx.agents, ctx.prev_subject)
        if subj is None and c.get("receiving_work"):  # 办事处的预算外活动收到以下自愿捐款: the office's work received it
            subj = next((g for g in reversed(sent.groups) if sent.clause_start(s) <= g.start and g.end <= s
                         and re.fullmatch(c["receiving_work"], lx.squeeze(sent.text[g.end:s]).strip())), None)
        if subj is not None:
            return subj, e
    return None



def _passive_taker(ctx: SentenceContext, c: dict) -> str | None:
    """``contributions to X were received from A (…)``, ``(X is funded from …) Contributions were received
    from A (…)``: the recipient of a passive receiving verb (``receive_verbs`` after one of ``passive_received``)
    — the group a recipient marker governs after the contribution word before it, else the subject of the
    sentence before when it is a body that takes money."""
    sent = ctx.sentence
    lx = sent.lx
    aux = c.get("passive_received", ())
    if not aux:
        return None
    kinds = set(lx["assists"].get("money_recipient_kinds", ())) | set(c.get("recipient_kinds", ()))
    for s, _e, _w in lx.find(sent.text, c.get("receive_verbs", ()), sent.start, sent.end):
        if not lx.ends_with(lx.squeeze(sent.text[max(sent.start, s - 16):s]), aux):
            continue
        to = _to_recipient(sent, c, s)
        if to is not None and to.kinds() & kinds:
            return members_of(to, kinds)[0]
        prev = ctx.prev_subject
        if prev is not None and prev.kinds() & kinds:
            return members_of(prev, kinds)[0]
    return None


def _possessive_giver(sent, lo: int, hi: int, agents) -> object | None:
    """``收到了瑞典的 30 万美元捐款``: the one group between the receiving verb (ending at ``lo``) and the
    amount at ``hi`` that owns what follows it (a modifier word right after it) is the giver."""
    lx = sent.lx
    inside = [g for g in sent.groups if lo <= g.start and g.end <= hi]
    if len(inside) != 1 or not inside[0].kinds() & agents or inside[0].governor is not None:
        return None
    g = inside[0]
    if lx.trim(lx.squeeze(sent.text[lo:g.head]), "determiners") not in ("", "了"):
        return None
    return g if lx.starts_with(lx.squeeze(sent.text[g.end:hi]), lx["modifier_words"]) else None


def _lead_recipient(sent, c: dict, amounts) -> tuple[str, int] | None:
    """``若干捐助方向基金作出了多年期认捐：A …；B …``: (the recipient, where its clause ends) of a clause
    that names a recipient (``recipient_markers``) and a contribution word but no amount, for the
    amounts listed after it (``lead_recipient``)."""
    lx = sent.lx
    if not c.get("lead_recipient"):
        return None
    kinds = set(lx["assists"].get("money_recipient_kinds", ())) or lx.agents
    for g in sent.groups:
        if g.governor not in c["recipient_markers"] or not g.kinds() & kinds:
            continue
        colon = sent.text.find(":", g.end, sent.end)  # (以下国家向 X 捐款：A …: the lead-in ends at the colon)
        lo, hi = sent.clause_start(g.start), min(sent.clause_end(g.end), colon if colon != -1 else sent.end)
        if lx.find(sent.text, c["verbs"], g.end, hi) and not any(lo <= a[0] < hi for a in amounts):
            return members_of(g, kinds)[0], hi
    return None


def _next_clause_year(sent, ys, e: int, amounts) -> str | None:
    """``澳大利亚认捐 30 万澳大利亚元，将于 2025 年缴付``: the year of the clause right after the amount,
    when that clause gives no amount and names no one (it goes on about the same money)."""
    lo = sent.clause_end(e) + 1
    if lo >= sent.end:
        return None
    hi = sent.clause_end(lo)
    if any(lo <= a[0] < hi for a in amounts) or any(lo <= g.start < hi for g in sent.groups):
        return None
    own = [y for p, y in ys if lo <= p < hi]
    return own[0] if own else None


def _receives(sent, c: dict, giver, s: int) -> bool:
    """``giver`` is the subject of a receiving verb (``receive_verbs``) between it and the amount at ``s``,
    in one clause: it is given to, not giving."""
    lx = sent.lx
    verbs = c.get("receive_verbs", ())
    return bool(verbs) and giver.end <= s and sent.clause_start(s) <= giver.start \
        and bool(lx.find(sent.text, verbs, giver.end, s))


def _giver_listed(ctx: SentenceContext, c: dict, amounts) -> list:
    """``丹麦 2117 年的捐款包括：A 420 万丹麦克朗，B 150 万丹麦克朗``: a giver opening the sentence, then words of its
    money before a colon (``giver_lead``, a regular expression on the words between the giver and the colon), then
    recipients each named before its amount: the giver gave each amount to the recipient named right before it.
    Returns the amounts left for the other readings."""
    rx = c.get("giver_lead")
    sent = ctx.sentence
    lx = sent.lx
    colon = min([i for i in (sent.text.find(m, sent.start, sent.end) for m in ":：") if i != -1], default=-1)
    if not rx or colon == -1 or not amounts:
        return amounts
    giver = first_free(sent)
    if giver is None or giver.end > colon or not giver.kinds() & lx.agents \
            or lx.squeeze(sent.text[sent.start:giver.start]).strip() \
            or not re.fullmatch(rx, lx.squeeze(sent.text[giver.end:colon]).strip()):
        return amounts
    kinds = takers(lx, c)
    ys = years(sent, sent.start, colon)
    rest, lo = [], colon
    for a in amounts:
        s, e, amount, code = a
        rec = [g for g in sent.groups if lo <= g.start and g.end <= s and g.kinds() & kinds]
        if s < colon or not rec:
            rest.append(a)
            continue
        recipient = members_of(rec[-1], kinds)[0]
        year, mood = ys[-1][1] if ys else None, ctx.mood(s, giver)
        for k in members_of(giver, lx.agents):
            ctx.contributions.append(Contribution(k, recipient, str(amount), local_currency(lx, code, k), ctx.unit,
                                                  ctx.number, None, year, ctx.quote, *mood))
        if sent.item_kinds().get(recipient) in c.get("helped_kinds", ()):  # money given to an NGO or a State helps it
            emit_assist(ctx, [k for k in members_of(giver, lx.agents) if k != recipient], [recipient], year, None, mood)
        lo = e
    return rest


def _lead_in(ctx: SentenceContext, c: dict, amounts) -> None:
    """``Contributions received by the Fund in 2025 included the following: A, …``, ``Several donors made
    pledges to the Fund: A pledged …``: words of money before a colon, with no amount, name the recipient
    (``received by X``, the subject of ``X received``, or ``to X`` after a contribution word) and the year of
    the amounts listed after it (``lead_in``)."""
    if not c.get("lead_in"):
        return
    sent = ctx.sentence
    lx = sent.lx
    colon = sent.text.find(":", sent.start, sent.end)
    colon = sent.end if colon == -1 and not amounts and c.get("lead_in_sentence") else colon  # X 共收到…捐款。主要捐款包括：…
    if colon == -1 or any(a[0] < colon for a in amounts) or (amounts and not any(a[0] > colon for a in amounts)):
        return
    kinds = set(lx["assists"].get("money_recipient_kinds", ())) | set(c.get("recipient_kinds", ()))
    recipient = None
    for _s, e, _w in lx.find(sent.text, c.get("lead_in_verbs", c.get("receive_verbs", ())), sent.start, colon):
        by = next((g for g in sent.after(e) if g.start < colon), None)
        if by is not None and by.governor in lx["funded_by"].get("by_markers", ()) and by.kinds() & kinds:
            recipient = by  # received by the Fund
            break
        subj = subject_before(sent, _s, lx.agents, ctx.prev_subject)
        if subj is not None and subj.kinds() & kinds:
            recipient = subj  # the Fund received the following
            break
    if recipient is None:
        to = _to_recipient(sent, c, colon)
        recipient = to if to is not None and to.kinds() & kinds else None
    if recipient is None:
        return
    ys = years(sent, sent.start, colon)
    ctx.money.update(recipient=members_of(recipient, kinds)[0], year=ys[-1][1] if ys else ctx.money.get("year"))


def _respectively(sent, c: dict, amounts) -> dict[int, str]:
    """Amounts given one each, in order, to the n members of the group of givers before them:
    ``Mexico and Mongolia contributed, with US$ 20,000 and US$ 15,000 respectively`` (the n amounts
    before a ``respectively`` word), ``泰国和哈萨克斯坦向基金捐款，数额分别为 2 万美元和 1.5 万美元``
    (the n amounts after it, when the language says ``respectively_before_amounts``). Returns amount
    offset → giver."""
    words = c.get("respectively", ())
    if not words:
        return {}
    lx = sent.lx
    out: dict[int, str] = {}
    for rs, re_, _w in lx.find(sent.text, words, sent.start, sent.end):
        if c.get("respectively_before_amounts"):
            mine = [a for a in amounts if a[0] >= re_]
            givers = [g for g in sent.before(rs) if is_free(sent, g) and g.kinds() & lx.agents]
            if not givers:
                continue
            keys = members_of(givers[-1], lx.agents)
            if len(keys) > 1 and len(mine) >= len(keys):
                out.update({a[0]: k for a, k in zip(mine, keys)})
            continue
        lo = sent.clause_start(rs)
        mine = [a for a in amounts if a[1] <= rs and a[0] >= sent.start]
        givers = [g for g in sent.before(mine[0][0]) if is_free(sent, g) and g.kinds() & lx.agents] if mine else []
        if not givers:
            continue
        keys = members_of(givers[-1], lx.agents)
        mine = [a for a in mine if a[0] >= givers[-1].end][-len(keys):]
        if len(keys) > 1 and len(mine) == len(keys) and mine[0][0] >= lo - 200:
            out.update({a[0]: k for a, k in zip(mine, keys)})
    return out


def _subject_recipient(sent, givers: list[str], lx) -> str | None:
    """The sentence's subject when it is a body that takes money (``money_recipient_kinds``) and not the giver."""
    kinds = set(lx["assists"].get("money_recipient_kinds", ()))
    first = first_free(sent)
    if first is None or set(first.keys) & set(givers) or not first.kinds() & kinds:
        return None
    return first.keys[0]


def received(ctx: SentenceContext) -> None:
    """``In 2023, the Fund received US$ 14.2 million from 27 donors``: a body receiving money (``receive_verbs``)
    is the recipient, and the year the year, of the contributions the unit lists after it."""
    sent = ctx.sentence
    lx = sent.lx
    c = lx["contribution"]
    verbs = c.get("receive_verbs")
    if not verbs or not parse_amount(sent.text[sent.start:sent.end], lx):
        return
    kinds = set(lx["assists"].get("money_recipient_kinds", ()))
    ys = years(sent, sent.start, sent.end)
    for s, _e, _w in lx.find(sent.text, verbs, sent.start, sent.end):
        subj = subject_before(sent, s, lx.agents, ctx.prev_subject)
        if subj is not None and subj.kinds() & kinds:
            ctx.money.update(recipient=subj.keys[0], year=ys[0][1] if ys else None)
            return
    if not any(c.number == ctx.number and c.sentence == ctx.quote for c in ctx.contributions):
        # contributions to the Fund totalled US$ 2.4 million: no giver, a recipient
        to = _to_recipient(sent, c, len(sent.text))
        if to is not None and to.kinds() & kinds:
            ctx.money.update(recipient=to.keys[0], year=ys[0][1] if ys else None)


def _to_recipient(sent, c: dict, before: int):
    """The group a recipient marker governs right after a contribution word (``contribution to the Fund``,
    ``contributed to X``), before ``before``."""
    lx = sent.lx
    markers = c.get("recipient_after_markers", ())
    for _s, e, _w in lx.find(sent.text, c["verbs"], sent.start, before):
        for g in sent.after(e):
            if g.start < before and g.governor in markers and g.kinds() & takers(lx, c) \
                    and len(lx.trim(lx.squeeze(sent.text[e:g.head]), "determiners").split()) <= 2:
                return g
            break
    return None


def _year_after(sent, ys: list[tuple[int, str]], e: int, later) -> str | None:
    """A year after the amount ending at ``e``, before the next amount, in its clause (``pledged USD 600,000
    for 2024``, ``500,000 dollars to the Fund in 2023 and …``)."""
    hi = min([sent.clause_end(e)] + [a[0] for a in later])
    after = [y for y in ys if e <= y[0] < hi]
    return after[0][1] if after else None


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
    while c.get("amount_next_to_giver") and end < sent.end and sent.text[end] == ",":
        # A gave X, B Y and C Z to R: the list of givers and amounts runs on over its commas
        nxt = next((g for g in sent.groups if g.start > end), None)
        if nxt is None or sent.text[end + 1:nxt.head].strip() or not any(0 <= a - nxt.end <= 2 for a in amounts):
            break
        end = sent.clause_end(nxt.end)
    end = _past_respectively(sent, c, end)  # A and B gave X and Y, respectively, to Z
    if lx.squeeze(sent.text[e:end + 1]).strip() == ",":  # … by B, of EUR 120,000, to Z: the marker after the comma
        nxt = next((g for g in sent.groups if g.start > end), None)
        if nxt is not None and nxt.governor in markers \
                and lx.trim(lx.squeeze(sent.text[end + 1:nxt.head]), "determiners").strip() in markers:
            end = sent.clause_end(nxt.end)
    m = re.match(c["awarded_after"], sent.text[e:end + 40]) if c.get("awarded_after") else None
    if m is not None:  # the largest grant, USD 2,400,000, was awarded to X: the clause after the amount names X
        end = sent.clause_end(e + m.end())
    for g in sent.groups:
        if e <= g.start <= end:
            if g.governor is None and any(0 <= a - g.end <= 2 for a in amounts):
                continue  # X gave A and Y gave B to Z: Y's amount follows, Z is everyone's recipient
            owned = c.get("recipient_owned")  # … to the programme of X: X takes it
            return [g] if g.kinds() & takers(lx, c) and (g.governor in markers or owned and re.search(
                owned, lx.squeeze(sent.text[e:g.head]))) else []
    return []


def _past_respectively(sent, c: dict, end: int) -> int:
    """Where the clause ending at ``end`` ends once a comma-bounded ``respectively`` after it is read through
    (``X and Y, respectively, to the Fund for 2026``)."""
    lx = sent.lx
    if end < sent.end and sent.text[end] == ",":
        w = lx.starts_with(lx.squeeze(sent.text[end + 1:end + 30]), c.get("respectively", ()))
        if w:
            at = sent.text.find(w, end + 1)
            if at != -1:
                return sent.clause_end(at + len(w) + 1)
    return end


def once_each(ctx: SentenceContext) -> None:
    """A sum read twice in a sentence (a grant's, by the grants reader and by this one) is kept once; one read with no
    recipient is dropped where the sentence gives the same giver and sum a recipient."""
    if len(ctx.contributions) < 2:
        return
    first = {(c.contributor, c.recipient, c.amount, c.currency): c for c in reversed(ctx.contributions)}
    known = {(c.contributor, c.amount, c.currency) for c in ctx.contributions if c.recipient is not None}
    ctx.contributions[:] = [c for c in ctx.contributions if first[(c.contributor, c.recipient, c.amount, c.currency)] is c
                            and (c.recipient is not None or (c.contributor, c.amount, c.currency) not in known)]
