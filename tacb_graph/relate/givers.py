"""Who gave money and who took it, where the amount's own clause names neither.

* ``supported by the European Union, which provided €1.2 million``: the name right before a relative clause that
  states the amount gave it (``contribution`` ``relative_givers``);
* ``contributions of CAD 600,000 from Canada, £250,000 from the United Kingdom``: the name a ``giver_markers`` word
  governs right after an amount gave it (``contribution`` ``amount_from``);
* ``The work of the Office … was supported by G, which gave …``: the one whose work the sentence's passive says G
  paid for took it (``contribution`` ``work_of``);
* ``Germany (USD 2,000,000)``, ``the contribution of Mauritius``, ``Finland's contribution``, ``the contributions made by
  Poland, of USD 350,000``, ``a pledge of 500,000 yuan by X``: the one entity an amount belongs to (:func:`named_giver`,
  :func:`giver_by`);
* ``contributions to the work of X came from A (…)``, ``X 的预算全部来自自愿捐款，主要捐助方为 A(…)``: the body whose money a
  list of donors gave took it (:func:`source_lead`).
"""

from __future__ import annotations

import re

from .roles import aside_spans, members_of, years

__all__ = ["amount_from", "giver_by", "money_for_work", "named_giver", "relative_giver", "source_lead", "takers", "work_owner"]


def relative_giver(sent, s: int, c: dict, donors):
    """``supported by the European Union, which provided €1.2 million``: the name right before a relative clause
    (``relative_givers``: which, who) that states the amount gives it."""
    words = c.get("relative_givers")
    lo = sent.clause_start(s)
    if not words or lo <= sent.start or not sent.lx.starts_with(sent.lx.squeeze(sent.text[lo:s]).lower(), words):
        return None
    g = next((h for h in reversed(sent.before(lo)) if h.end <= lo), None)
    return g if g is not None and g.kinds() & donors and not sent.text[g.end:lo].strip(" ,)") else None


def work_owner(sent, pos: int, c: dict, takers) -> str | None:
    """``The work of the Office with ASEAN was supported by G``: the one whose work (``work_of`` ``lead``, a regular
    expression before the owner; or ``own`` after it, ``the Office's work …``, with ``own_lead`` before it) the
    sentence's passive verb (``verb``, one before ``by``) says G paid for."""
    w = c["work_of"]
    g = next(iter(sent.groups), None)
    if g is None or g.start >= pos or not g.kinds() & takers:
        return None
    before, end = sent.lx.squeeze(sent.text[sent.start:g.start]).strip(), g.end
    if not re.fullmatch(w["lead"], before):
        own = re.match(w["own"], sent.text[g.end:pos]) if w.get("own") else None  # the Office's work in X was …
        if own is None or not re.fullmatch(w["own_lead"], before):
            return None
        end = g.end + own.end()
    if not re.search(w["verb"], sent.lx.squeeze(sent.text[end:pos])):
        return None
    return members_of(g, takers)[0]


def amount_from(sent, e: int, c: dict):
    """``CAD 600,000 from Canada``: the one entity a ``giver_markers`` word governs right after the amount ending at
    ``e`` (``amount_from``)."""
    if not c.get("amount_from"):
        return None
    g = next(iter(sent.after(e)), None)
    if g is None or len(g.items) != 1 or g.governor not in c.get("giver_markers", ()) or not g.kinds() & sent.lx.agents:
        return None
    gap = sent.lx.trim(sent.lx.squeeze(sent.text[e:g.head]), "determiners")
    return g.items[0] if gap == g.governor else None


def _amount_taker(sent, g, item, c: dict) -> bool:
    """Whether ``item``, the first of its group ``g``, right before an amount with no bracket between, takes it: a
    recipient marker governs it (``pledged to the Fund EUR 1,200,000``: ``recipient_after_markers``) or a verb of
    giving to someone stands right before it (``gave the Fund CHF 300,000``: ``double_object`` ``verbs``) — not the
    later name of a list (``… to the Fund and Peru 20,000 euros``: Peru gave)."""
    if item is not g.items[0]:
        return False
    lx = sent.lx
    lead = lx.trim(lx.squeeze(sent.text[sent.clause_start(g.start):g.head]).strip(), "determiners")
    if g.governor is not None and g.governor in c.get("recipient_after_markers", ()) \
            and lx.ends_with(lead, (g.governor,)):
        return True  # (not … to OHCHR for 2115–2117 and the Netherlands EUR 600,000: "and" stands before it)
    verbs = (c.get("double_object") or {}).get("verbs", ())
    return bool(verbs) and lx.ends_with(lead, verbs) is not None


def named_giver(sent, s: int, c: dict):
    """The one entity an amount at ``s`` belongs to, where the language reads it so: the amount in
    brackets right after a name (``Germany (USD 2,000,000)``, ``amount_after_giver``) — or right after it,
    with no verb (``… and Italy 250,000 euros``, ``Spain, EUR 800,000``: ``amount_next_to_giver``) —, or
    the group ``giver_of`` words govern in the amount's clause (``the contribution of Mauritius amounted
    to``), or the one whose contribution it is (``Finland's contribution amounted to``,
    ``giver_possessive_nouns``), or the one a ``giver_after_amount`` marker governs right before the amount, with only
    one of ``giver_by_gaps`` between, after such a noun (``the contributions made by Poland, of USD 350,000``)."""
    lx = sent.lx
    before = sent.text[:s].rstrip()
    aside = next((a for a, b in aside_spans(sent) if b == len(before)), None)
    if aside is not None and before.endswith(","):
        before = sent.text[:aside].rstrip() + ","  # Saint Kitts and Nevis, itself a beneficiary of the Fund, USD …
    marks = ("(", ",") if c.get("amount_next_to_giver") else ("(",)
    if c.get("amount_after_giver") and (before.endswith(marks) or c.get("amount_next_to_giver")):
        if before.endswith(marks):
            before = before[:-1].rstrip()
        bracket = sent.text[:s].rstrip().endswith("(")
        items = [it for g in sent.groups for it in g.items if it.end == len(before) and it.kind in lx.agents
                 and (bracket or not _amount_taker(sent, g, it, c))]
        if items:
            return items[-1]
    words = c.get("giver_of", ())
    lo = sent.clause_start(s)
    if words:
        for g in reversed([g for g in sent.before(s) if g.start >= lo]):
            if g.kinds() & lx.agents and lx.ends_with(lx.squeeze(sent.text[lo:g.head]), words):
                return g.items[0] if len(g.items) == 1 else None
    nouns = c.get("giver_possessive_nouns", ())
    gaps = c.get("giver_by_gaps", ())  # the contributions made by A, of X, and by B, of Y: the by-group right before
    prev = sent.before(s)[-1] if sent.before(s) else None
    if gaps and prev is not None and prev.governor in c.get("giver_after_amount", ()) and len(prev.items) == 1 \
            and prev.kinds() & lx.agents and lx.squeeze(sent.text[prev.end:s]).strip(" ,") in gaps \
            and lx.find(sent.text, nouns, sent.start, prev.start):
        return prev.items[0]
    if nouns:
        for g in reversed([g for g in sent.before(s) if g.start >= lo]):
            after = lx.squeeze(sent.text[g.end:g.end + 48])
            mark = lx.starts_with(after, lx["modifier_words"])
            # Finland's contribution, Sweden's core contribution: a word or two may qualify the noun
            if mark and g.kinds() & lx.agents and lx.starts_within(after[len(mark):].lstrip(), nouns, 2):
                return g.items[-1]
    return None


def giver_by(sent, s: int, e: int, c: dict):
    """``A further pledge of 500,000 yuan by X, …, was received``: the one item a ``giver_after_amount`` marker
    governs right after an amount that a noun of ``giver_possessive_nouns`` + ``of`` introduces."""
    lx = sent.lx
    markers = c.get("giver_after_amount", ())
    nouns = [f"{n} of" for n in c.get("giver_possessive_nouns", ())]
    if not markers or not lx.ends_with(lx.squeeze(sent.text[sent.clause_start(s):s]), nouns):
        return None
    g = next((g for g in sent.after(e) if g.start <= sent.clause_end(e)), None)
    if g is None or g.governor not in markers or len(g.items) != 1 or not g.kinds() & lx.agents \
            or lx.squeeze(sent.text[e:g.head]) not in markers:
        return None
    return g.items[0]


def takers(lx, c: dict) -> set[str]:
    """The classes that receive money: those that act, and ``recipient_kinds`` (``€3 million to the Joint Programme``)."""
    return set(lx.agents) | set(c.get("recipient_kinds", ()))


def source_lead(ctx, c: dict) -> tuple[str, str | None, bool] | None:
    """``Contributions to the work of X in 2030 came from A (…) and B (…)``, ``The budget of X was funded entirely from
    voluntary contributions. The main donors were A (…)``, ``X 的预算全部来自自愿捐款，主要捐助方为 A(…)``: a clause that
    says where money came from (``source_verbs``) with, before the verb, a contribution word or a word of a budget
    (``budget_nouns``) and the body whose money it is — ``to X`` after the contribution word (or ``to the work of X``:
    ``recipient_owned``), ``the budget of X`` (``budget_owner_gap``, the words between the budget word and X) or
    ``X 的预算`` (``budget_owned``, the words between X and the budget word) — names the recipient and the year of the
    amounts listed after it in its sentence and in the next sentence (``X 的预算全部来自自愿捐款，共计 1 420 万美元。主要捐助方
    为 A(…)``). Returns (recipient, year, whether it was said in the sentence before) or None."""
    verbs = c.get("source_verbs")
    if not verbs:
        return None
    carried = ctx.carried.pop("money_source", None)
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    kinds = takers(lx, c)
    words = tuple(c["verbs"]) + tuple(c.get("budget_nouns", ()))
    for s, _e, _w in lx.find(text, verbs, sent.start, sent.end):
        lo = sent.clause_start(s)
        found = lx.find(text, words, lo, s)
        if not found:
            continue
        recipient = None
        for g in sent.groups:
            if not (lo <= g.start and g.end <= s) or not g.kinds() & kinds:
                continue
            head = lx.squeeze(text[lo:g.head])
            after = lx.squeeze(text[g.end:s])
            if any(w_e <= g.start for _ws, w_e, _x in found) and (
                    g.governor in c.get("recipient_after_markers", ())
                    or c.get("recipient_owned") and re.search(c["recipient_owned"], head)
                    or c.get("budget_owner_gap") and re.search(c["budget_owner_gap"], head)):
                recipient = g  # contributions to (the work of) X; the budget of X
                break
            if c.get("budget_owned") and re.match(c["budget_owned"], after):
                recipient = g  # X 2030 年的预算
                break
        if recipient is None:
            continue
        ys = years(sent, sent.start, s)
        found = (members_of(recipient, kinds)[0], ys[-1][1] if ys else None, False)
        ctx.carried["money_source"] = found[:2] + (True,)  # … was funded from voluntary contributions. The main donors were A (…)
        return found
    return carried


def money_for_work(sent, e: int, lx, prov) -> bool:
    """``The activities of X in Y were supported by contributions from A``: the passive ending at ``e`` is what the
    contribution family reads as money given to X for its work (``contribution`` ``work_of``)."""
    c = lx.get("contribution") or {}
    if c.get("money_source") and re.match(c["money_source"], lx.squeeze(sent.text[e:e + 60]).lower()) \
            and re.match(c.get("work_subject", "(?!)"), lx.squeeze(sent.text[sent.start:prov.start]).lower()):
        return True  # the activities of X in Y were funded from voluntary contributions, among them …
    g = next(iter(sent.after(e)), None)
    return bool(c.get("work_of")) and g is not None and work_owner(sent, g.start, c, lx.agents) in prov.keys
