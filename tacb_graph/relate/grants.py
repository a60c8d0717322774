"""A fund's grant for work in a State: the fund assists the State.

Reports on voluntary funds say who was helped through the grant, not through a verb of helping: ``a grant
from the Fund to X enabled its member organization in Y to …``, ``In Y and Z, grants from the Fund enabled
organizations …``, ``X received a grant from the Fund for its programme … in Y``, ``No grant was awarded
from the Fund for projects in Y`` (Negated), ``the Fund should extend its grants to organizations in Y``
(Recommended). The funder of work in a State assists that State (tests/gold/README.md, "funded help": the funder of a
project in X assists X, and so does the grantee that carries it out); the grantee itself is read by :mod:`.assistance`.

Word lists: ``relations.json`` ``grants``:

* ``nouns`` — the grant nouns (``grant``, ``grants`` …);
* ``provider_markers`` and ``provider_gap`` — the preposition before the granting body after the noun
  (``from``) and how many characters (the marker and a participle: ``was awarded from``) may stand between;
* ``possessives`` — the pronoun before the noun that stands for the sentence's subject (``its grants``);
  ``give_verbs`` and ``verb_gap`` — a verb of giving at most that many characters before the noun: its
  subject gives (``the Fund awarded 12 new grants``);
* ``provider_kinds`` — the classes of the granting body (``Fund``);
* ``locative_markers`` — the preposition before the State the work is in (``in``), anywhere in the
  noun's stretch of the sentence (up to ``;`` or ``:``); ``not_after`` — words before the marker that make
  it a seat, not the work's place (``based in``);
* ``enabling_verbs`` (``a grant from F enabled X to …``), after ``provider_period`` at most (``for 2043–2044``);
* ``grantee_markers`` (``a grant from F to X``) and ``grantee_verbs`` (``X received a grant from F``): who got
  the grant, and so carries out the work in the State — X assists the State too, its help funded by F;
* ``grantee_after_verbs`` — a verb of giving whose own object, right after it, is the grantee, the grant noun
  following (``F 拨给了 X 一笔赠款``);
* ``grantee_alone`` — a grant to a named body with no place of work named is help to that body (``X 获得 F 的赠款``);
  ``grant_money`` — the sum stated between the grant noun and its giver (either order: ``a grant of USD 48,000 from
  F``, ``F 3.8 万美元的赠款``) went from the giver to the grantee; ``grantee_alone_money_kinds`` — money so granted to
  a body of ``money_recipient_kinds`` stays a contribution even when the text calls it a grant;
* ``priority`` — the fund's choice of whom its grants will go to: a lead (``priority to``), an applicant
  noun (``applications``) and a marker (``from``) before the States: ``the Fund will give priority to
  applications from A and B`` (Planned, by the clause's mood).

>>> from tacb_graph.records import Source
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> from tacb_graph.segment import segment
>>> t = ("1. In Chad, grants from the United Nations Voluntary Fund for Victims of Torture enabled "
...      "local organizations to assist victims.\\n")
>>> found = relate(recognise(segment(Source("t.txt", "t", t, "0", "utf-8", len(t)))))
>>> sorted((r.subject, r.object, r.modality) for r in found.relations if r.predicate == "assists")
[('org/vf-torture', 'state/TCD', 'Reported')]
"""

from __future__ import annotations

import re

from ..records import Contribution
from .amounts import local_currency, parse_amount
from .clauses import Group, Sentence
from .emit import emit_assist, topic
from .patterns import SentenceContext
from .roles import members_of, subject_before, year_before

__all__ = ["grants"]


def _stretch(sent: Sentence, s: int, e: int, stops: str = ";:；：") -> tuple[int, int]:
    """The part of the sentence around ``s:e`` between the nearest ``;`` or ``:`` on either side."""
    text = sent.text
    lo = max([sent.start] + [text.rfind(c, sent.start, s) + 1 for c in stops])
    his = [i for i in (text.find(c, e, sent.end) for c in stops) if i >= 0]
    return lo, min(his) if his else sent.end


def _without_amounts(lx, gap: str, leads=()) -> str:
    """``gap`` without the sums of money it states, each with one of ``leads`` right before it (``of USD 50,000``)."""
    for a, b, _amount, _code in sorted(parse_amount(gap, lx), reverse=True):
        head = gap[:a].rstrip()
        lead = lx.ends_with(head, leads) or ""
        gap = head[:len(head) - len(lead)] + gap[b:]
    return gap


def _provider(ctx: SentenceContext, s: int, e: int, gr: dict, kinds: set[str]) -> Group | None:
    """The body whose grant ``s:e`` is: ``grants from F``, ``F's grants``, ``its grants`` (the subject)."""
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    nxt = next((g for g in sent.groups if g.start >= e), None)
    if nxt is not None and nxt.governor in gr.get("provider_markers", ()) and nxt.kinds() & kinds \
            and len(lx.trim(lx.squeeze(_without_amounts(lx, text[e:nxt.head], gr.get("amount_leads", ()))), "determiners")) <= gr.get("provider_gap", 12) \
            and nxt.start < sent.clause_end(e):
        return nxt  # grants from F, a grant (of USD 50,000) was awarded by F
    before = lx.squeeze(text[max(sent.start, s - 12):s]).lower()
    prev = [g for g in sent.groups if g.end <= s]
    gap = lx.squeeze(_without_amounts(lx, text[prev[-1].end:s])) if prev else None
    if prev and (gap in lx["modifier_words"] or gr.get("owned_gap") and re.fullmatch(gr["owned_gap"], gap)) \
            and prev[-1].kinds() & kinds:
        return prev[-1]  # F's grants, F 4 万美元的赠款, F 一笔为期两年的赠款
    verbs = lx.find(text, gr.get("give_verbs", ()), max(sent.clause_start(s), s - gr.get("verb_gap", 24)), s)
    if any(before.endswith(p) for p in gr.get("possessives", ())) or verbs:
        subj = subject_before(sent, verbs[-1][0] if verbs else s, lx.agents, ctx.prev_subject)
        if subj is not None and subj.kinds() & kinds:
            return subj  # (the Fund should) extend its grants; the Fund awarded 12 new grants
    return None


def _place_of(sent: Sentence, place: Group | None, g: Group, gr: dict) -> bool:
    """``in Cabo Delgado province of Mozambique``: the State ``g`` a ``place_of`` marker ties to a place that a
    locative marker governs right before it."""
    words = gr.get("place_of", ())
    return bool(words) and place is not None and place.governor in gr.get("locative_markers", ()) \
        and "Place" in place.kinds() and sent.lx.squeeze(sent.text[place.end:g.head]).lower() in words


def _grantee(ctx: SentenceContext, s: int, prov: Group, gr: dict, e: int | None = None) -> list[str]:
    """Who received the grant at ``s``: the group after the granting body that a ``grantee_markers`` word governs
    (``a grant from F to X``), else the subject of a ``grantee_verbs`` verb right before the noun (``X received a
    grant from F``); a grant (or sum) ending at ``e`` after its giver names the grantee right after it (``F awarded
    USD 95,000 to X``)."""
    sent = ctx.sentence
    lx = sent.lx
    for _vs, ve, w in lx.find(sent.text, gr.get("grantee_after_verbs", ()), prov.end, s):
        g = next((h for h in sent.after(ve)), None)  # F 拨给了 X 一笔赠款: the verb's own object, then the grant
        if g is not None and g.end <= s and (not g.governor or g.governor in w) and g.kinds() & lx.agents \
                and not lx.trim(lx.squeeze(sent.text[ve:g.head]), "determiners").strip():
            return [k for k in members_of(g, lx.agents) if k not in prov.keys]
    after = next((g for g in sent.after(e)), None) if e is not None and prov.end <= s else None
    gap = sent.text[e:after.head] if after is not None else ""
    money = parse_amount(gap, lx)[:1]
    if money and lx.squeeze(gap[:money[0][0]]).strip() in ("", *gr.get("amount_leads", ())):
        gap = gap[money[0][1]:]  # a grant of USD 95,000 to X
    if after is not None and after.governor in gr.get("grantee_markers", ()) and after.kinds() & lx.agents \
            and lx.trim(lx.squeeze(gap), "determiners") == after.governor:
        return [k for k in members_of(after, lx.agents) if k not in prov.keys]
    nxt = next((g for g in sent.after(prov.end)), None)
    if nxt is not None and nxt.governor in gr.get("grantee_markers", ()) and not lx.trim(
            lx.squeeze(sent.text[prov.end:nxt.head]), "determiners").replace(nxt.governor, "", 1).strip():
        return _each_marked(sent, nxt, lx)  # a grant from F to X; grants … were awarded from F to A and to B
    past = prov.end  # (a grant from F for 2043–2044 allows X to …: the period said after the giver)
    period = re.match(gr["provider_period"], sent.text[past:sent.end]) if gr.get("provider_period") else None
    past += period.end() if period else 0
    enabled = lx.starts_with(lx.squeeze(sent.text[past:past + 16]).lower(), gr.get("enabling_verbs", ()))
    if enabled and nxt is not None and not nxt.governor and nxt.kinds() & lx.agents \
            and lx.trim(lx.squeeze(sent.text[past:nxt.head]), "determiners").lower() == enabled:
        return members_of(nxt, lx.agents)  # a grant from F enabled X to …
    verbs = lx.find(sent.text, gr.get("grantee_verbs", ()), max(sent.clause_start(s), s - gr.get("verb_gap", 24)), s)
    if verbs:
        subj = subject_before(sent, verbs[-1][0], lx.agents, ctx.prev_subject)
        if subj is not None and not set(subj.keys) & set(prov.keys):
            return members_of(subj, lx.agents)
    opener = _opener_subject(sent, s, prov, gr)
    if opener:
        return opener
    return _awarded_to(ctx, s, prov, gr)


def _each_marked(sent: Sentence, g: Group, lx) -> list[str]:
    """The members of ``g`` and of the groups after it joined by a coordinator and the same marker (``to A and to B``)."""
    keys = members_of(g, lx.agents)
    for h in sent.after(g.end):
        gap = lx.squeeze(sent.text[g.end:h.start]).strip(" ,").lower()
        if h.governor != g.governor or gap not in (f"{c} {g.governor}" for c in lx["coordinators"]):
            break
        keys += [k for k in members_of(h, lx.agents) if k not in keys]
        g = h
    return keys


def _opener_subject(sent: Sentence, s: int, prov: Group, gr: dict) -> list[str]:
    """``Drawing on a grant from F, X trained …``: a grant named in an opener (``openers`` before the noun at the
    start of the sentence) was received by the subject of the clause after it."""
    lx = sent.lx
    lead = lx.squeeze(sent.text[sent.start:s]).lower()
    words = [w for w in lead.split() if w not in lx["determiners"]]
    if not words or " ".join(words) not in gr.get("openers", ()):
        return []
    end = sent.clause_end(prov.end)
    if end >= sent.end or sent.text[end] not in ",，":
        return []
    subj = next((g for g in sent.after(end + 1)), None)
    if subj is None or subj.governor or not subj.kinds() & lx.agents \
            or lx.trim(lx.squeeze(sent.text[end + 1:subj.head]), "determiners").strip() \
            or set(subj.keys) & set(prov.keys):
        return []
    return members_of(subj, lx.agents)


def _awarded_to(ctx: SentenceContext, s: int, prov: Group, gr: dict) -> list[str]:
    """``The largest grant (made by F), USD …, was awarded to X for …``: the group a ``grantee_markers`` word
    governs right after a ``grantee_verbs`` or ``give_verbs`` verb that follows the grant noun in its stretch."""
    sent = ctx.sentence
    lx = sent.lx
    _lo, hi = _stretch(sent, s, s)
    for _vs, ve, _w in lx.find(sent.text, tuple(gr.get("grantee_verbs", ())) + tuple(gr.get("give_verbs", ())),
                               max(s, prov.end), hi):
        g = next((h for h in sent.after(ve)), None)
        if g is not None and g.governor in gr.get("grantee_markers", ()) and g.kinds() & lx.agents \
                and lx.trim(lx.squeeze(sent.text[ve:g.head]), "determiners") == g.governor:
            return [k for k in members_of(g, lx.agents) if k not in prov.keys]
    return []


def grants(ctx: SentenceContext) -> None:
    """Assistance from a fund to the States its grants work in (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    gr = lx.get("grants")
    if not gr:
        return
    kinds = set(gr.get("provider_kinds", ()))
    text = sent.text
    done: set[int] = set()
    for s, e, w in _grant_nouns(sent, gr):
        prov = _provider(ctx, s, e, gr, kinds)
        if prov is None:
            continue
        lo, hi = _stretch(sent, s, e)
        recips: list[str] = []
        groups = sent.groups
        for i, g in enumerate(groups):
            if not (lo <= g.start < hi) or "State" not in g.kinds():
                continue
            if g.governor not in gr.get("locative_markers", ()) and not _place_of(sent, groups[i - 1] if i else None, g, gr):
                continue
            if lx.ends_with(lx.squeeze(text[max(lo, g.head - 30):g.head]), gr.get("not_after", ())):
                continue  # an organization based in X: its seat, not the work's place
            recips += [k for k in members_of(g, {"State"}) if k not in recips and k not in prov.keys]
        if not recips and s not in done and gr.get("grantee_alone"):
            # a grant to an organisation, no place of work named: help to the grantee (the funded-help convention)
            grantee = [k for k in _grantee(ctx, s, prov, gr, e) if k not in prov.keys]
            if grantee and (w is None or gr.get("grantee_alone_money_kinds")) \
                    and set(sent.item_kinds().get(k) for k in grantee) <= set(lx["assists"].get("money_recipient_kinds", ())):
                grantee = []  # the Fund allocated $300,000 to the office: money to a body of the UN, a contribution
                # (and, where the language says so, a grant so named: 基金向联合国国家工作队提供了赠款)
            if grantee:
                done.add(s)
                gave = lx.find(text, gr.get("give_verbs", ()), max(sent.clause_start(s), s - gr.get("verb_gap", 24)), s)
                mood = ctx.mood(gave[-1][0] if gave else s, prov)
                emit_assist(ctx, list(prov.keys), grantee, year_before(sent, s), topic(sent, e), mood)
                _funded_by_grant(ctx, prov, grantee, s)
                _granted_money(ctx, s, e, prov, grantee, gr, mood)
        if recips and s not in done:
            done.add(s)
            gave = lx.find(text, gr.get("give_verbs", ()), max(sent.clause_start(s), s - gr.get("verb_gap", 24)), s)
            mood = ctx.mood(gave[-1][0] if gave else s, prov)  # 基金没有向…发放赠款: the verb's mood
            if lx.find(text, (lx.get("modality") or {}).get("grant_withheld", ()), e, sent.end):
                mood = ("Negated", None)  # 原已核准给予…的赠款，因…而未予拨付: approved, never paid
            emit_assist(ctx, list(prov.keys), recips, year_before(sent, s), topic(sent, e), mood)
            grantee = _grantee(ctx, s, prov, gr, e)
            if grantee:  # the grantee carries out the work the grant pays for (tests/gold/README.md, "funded help")
                emit_assist(ctx, [k for k in grantee if k not in recips], recips, year_before(sent, s),
                            topic(sent, e), mood, funded_by=tuple(prov.keys))
                # a grant given to a named organisation is help to it (the same README paragraph)
                emit_assist(ctx, list(prov.keys), [k for k in grantee if k not in recips], year_before(sent, s),
                            topic(sent, e), mood)
    _priority(ctx, gr, kinds)


def _grant_nouns(sent, gr: dict) -> list[tuple[int, int, str]]:
    """The grant nouns of the sentence and, where the language says ``amount_as_grant``, an amount right after a verb of
    giving (``the Fund awarded USD 95,000 to X``): the sum stands for the grant (its hit carries no word: ``None``)."""
    lx = sent.lx
    hits = lx.find(sent.text, gr["nouns"], sent.start, sent.end)
    if not gr.get("amount_as_grant"):
        return hits
    for a, b, _amount, _code in parse_amount(sent.text[sent.start:sent.end], lx):
        a, b = a + sent.start, b + sent.start
        gave = lx.find(sent.text, gr.get("give_verbs", ()), max(sent.start, a - 16), a)
        if gave and not sent.text[gave[-1][1]:a].strip():
            hits.append((a, b, None))
    return sorted(hits, key=lambda h: h[:2])


def _granted_money(ctx: SentenceContext, s: int, e: int, prov: Group, grantee: list[str], gr: dict, mood) -> None:
    """``a grant of USD 48,000 from F``, ``grants of USD 10,000 each … from F to A and to B``, ``X 获得 F 3.8 万美元的赠款``:
    the sum stated between the grant noun (``s:e``) and its giver went from the giver to each grantee (``grant_money``)."""
    if not gr.get("grant_money"):
        return
    sent = ctx.sentence
    lo, hi = (e, prov.start) if prov.start >= e else (prov.end, s)  # (F 3.8 万美元的赠款: the sum between giver and noun)
    for _a, b, amount, code in parse_amount(sent.text[lo:hi], sent.lx)[:1]:
        if len(grantee) > 1 and not sent.lx.starts_with(sent.lx.squeeze(sent.text[lo + b:hi]), gr.get("each", ())):
            continue  # a sum for several grantees, not one each: whose share is unknown
        for k in grantee:
            for f in prov.keys:
                ctx.contributions.append(Contribution(f, k, str(amount), local_currency(sent.lx, code, f), ctx.unit, ctx.number, None,
                                                      year_before(sent, e), ctx.quote, *mood))


def _funded_by_grant(ctx: SentenceContext, prov: Group, grantee: list[str], at: int) -> None:
    """The grantee's help stated earlier in the sentence (its recipient named before the grant noun at ``at``) was paid
    for by the grant: the granting body assists the same recipients, and the grantee's help is funded by it (X trained
    A with a grant from F; not: X received a grant from F, and had since trained A)."""
    from dataclasses import replace

    groups = ctx.sentence.groups
    opener = all(g.start > at for g in groups if set(g.keys) & set(grantee))  # Using a grant from F, X trained A
    before = {k for g in groups if g.start < at for k in g.keys}
    for i, a in enumerate(list(ctx.assistances)):
        if a.provider in grantee and a.recipient not in prov.keys and a.recipient not in grantee and not a.funded_by \
                and (opener or a.recipient in before):
            ctx.assistances[i] = replace(a, funded_by=tuple(prov.keys))
            emit_assist(ctx, list(prov.keys), [a.recipient], a.year, a.topic, (a.modality, a.requested_by))


def _priority(ctx: SentenceContext, gr: dict, kinds: set[str]) -> None:
    """``F will give priority to applications from A and B``: F's grants go to the States named."""
    pr = gr.get("priority")
    if not pr:
        return
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    for s, e, _w in lx.find(text, pr["leads"], sent.start, sent.end):
        g = next((h for h in sent.groups if h.start >= e), None)
        if g is None or g.governor not in pr["markers"] or "State" not in g.kinds():
            continue
        words = [w for w in lx.trim(lx.squeeze(text[e:g.head]), "determiners").split() if w not in lx["determiners"]]
        if len(words) != 2 or words[0] not in pr["nouns"]:
            continue  # priority to applications from X: nothing else between the lead and the States
        cs = sent.clause_start(s)
        named = [it for h in sent.groups for it in h.items if cs <= it.start and it.end <= s]
        # …, and F will give: the actor named last before the lead in its clause (one item of a longer group)
        prov = Group([named[-1]]) if named else subject_before(sent, s, lx.agents, ctx.prev_subject)
        if prov is not None and prov.kinds() & kinds:
            emit_assist(ctx, list(prov.keys), members_of(g, {"State"}), year_before(sent, s), topic(sent, e),
                        ctx.mood(s, prov))
