"""Assistance stated with a verb of helping: who assisted whom (``tacb:assists`` and the
``tacb:Assistance`` node).

The forms, each with the word lists of the language's ``relations.json``
(``assists``):

* a helping verb and its object — ``协助 Y``, ``assisted Y``, ``supported the
  national institutions of Y`` (a phrase naming the State through its officials,
  institutions or Government counts as the State);
* a giving verb and an assistance noun, the recipient marked before the verb
  (``向 Y 提供技术援助``) or after the noun (``provided technical assistance to Y``,
  ``recipient_after``);
* the passive — ``Y 得到 X 的支持``, ``Y received assistance from X`` — and the
  supporter of what the subject did (``with the support of X``, ``support_of``);
* the place the sentence is set in (``在柬埔寨，…协助政府``, ``In Cambodia, … the
  Government``), the State a pronoun stands for (``其``, ``its``), the State that asked
  (``多哥政府请人权高专办支持``) or on whose request it was done (``at the request of Y``,
  where the language lists ``recipient_fallbacks``);
* co-providers (``与 Y 一道``, ``together with Y``) from :func:`~.patterns.partners`.

Help named around its provider (``在 X 的支持下``, thanks, shared experience, beneficiaries) is in :mod:`.supported`.
Assistance stated through an activity is in :mod:`.activities`; relative clauses around assistance
(``the support that X had received from Y``, ``training it had offered to diplomats from X``) in
:mod:`.relatives`.
"""

from __future__ import annotations

import re

from ..records import Assistance
from .clauses import Group, Sentence
from .modality import REPORTED
from .supported import (_beneficiary_of, _enabled_by, _passage_state, _scaled_up, _shared_with,
                        _supported_by, _thanked_for)
from .relatives import back_to, funder_after, given_relative, relative_subject, supported_relative
from .patterns import SentenceContext, co_providers, on_request_of
from .roles import (first_free, is_free, located_after, locative, members_of, nearest_state, object_after,
                    scope_start, sentence_subject, state_pronoun, stationed_in, strip_adverbs, subject_before,
                    year_before, years)

__all__ = ["assists", "emit_assist", "topic", "done_as_asked"]


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
    kinds = {it.key: it.kind for g in ctx.sentence.groups for it in g.items}
    barred = set(ctx.lx["assists"].get("not_recipient_kinds", ()))
    recipients = [r for r in recipients if kinds.get(r) not in barred]  # a post or a fund is not assisted
    funded_by = tuple(dict.fromkeys(tuple(funded_by) + tuple(ctx.funders)))
    pairs = _respective(ctx, list(providers), recipients)
    if pairs is not None:  # A and B supported X and Y, respectively: A helped X, B helped Y
        for p, r in pairs:
            emit_assist(ctx, [p], [r], year, topic_, mood, funded_by)
        return
    funders = [f for f in ctx.funders if f not in recipients]
    if funders and ctx.lx["assists"].get("funder_not_implementer"):
        providers = funders  # with funding from X, OHCHR trained officials of Y: X assists Y, OHCHR implements
    providers = list(dict.fromkeys(list(providers) + funders))
    for p in providers:
        for r in recipients:
            if p == r:
                continue
            ctx.add(p, "assists", r, year, mood=mood)
            ctx.assistances.append(Assistance(p, r, ctx.unit, ctx.number, year, topic_, ctx.quote, *mood,
                                              funded_by=tuple(f for f in funded_by if f != p)))


def _respective(ctx: SentenceContext, providers: list[str], recipients: list[str]) -> list[tuple[str, str]] | None:
    """``UNICEF and UNFPA supported A and B, respectively``: as many providers as recipients, all named before
    them, and a ``respectively`` word after the last recipient in the sentence: the pairs in order, else ``None``."""
    words = ctx.lx["assists"].get("respectively", ())
    if not words or len(providers) < 2 or len(providers) != len(recipients) or set(providers) & set(recipients):
        return None
    sent = ctx.sentence
    at = {it.key: it.start for g in sent.groups for it in g.items}
    if not all(k in at for k in providers + recipients) or max(at[p] for p in providers) > min(at[r] for r in recipients):
        return None
    if not ctx.lx.find(sent.text, words, max(at[r] for r in recipients), sent.end):
        return None
    return list(zip(sorted(providers, key=at.get), sorted(recipients, key=at.get)))


def done_as_asked(ctx: SentenceContext, pos: int) -> None:
    """``Y 请 X 协助…。X 随后支持起草…``: X helps with no recipient named, after the unit said X's
    assistance to Y was asked for — the assistance asked for was given (where the language's
    ``assists`` says ``done_as_asked``; :func:`~.modality.settle` keeps the Reported fact)."""
    if not ctx.lx["assists"].get("done_as_asked"):
        return
    asked = [r for r in list(ctx.earlier) + list(ctx.relations)  # also earlier in this sentence
             if r.predicate == "assists" and r.modality == "Requested"]
    if not asked:
        return
    prov = subject_before(ctx.sentence, pos, ctx.lx.agents, ctx.prev_subject)
    if prov is None or ctx.mood(pos, prov)[0] != REPORTED:
        return
    for r in asked:
        if r.subject in prov.keys:
            emit_assist(ctx, [r.subject], [r.object], r.year, None)


def _noun_use(sent: Sentence, s: int, e: int, a: dict) -> bool:
    """The helping word is used as a noun (``的支持``, ``the support``): not a verb here."""
    return sent.lx.flanked(sent.text, s, e, a.get("noun_after", ()), a.get("noun_before", ()), sent.start)


def _fallback_recipient(ctx: SentenceContext, pos: int, a: dict) -> list[str]:
    """Where a verb names no recipient: on whose request it was done, or the State that asked."""
    sent = ctx.sentence
    for how in a.get("recipient_fallbacks", ()):
        if how == "request":
            asked = [k for k in on_request_of(sent) if k.startswith("state/")]
            if asked:
                return asked
        elif how == "asker":
            lo, embedded = scope_start(sent, pos)
            if embedded:
                asker = subject_before(sent, lo - 1, {"State"}, ctx.prev_subject)
                if asker:
                    return list(asker.keys)
    return []


def _recipient_or_place(ctx: SentenceContext, pos_after: int, direct: bool, verb: int | None = None
                        ) -> tuple[list[str], int]:
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    agents = lx.agents
    obj = object_after(sent, pos_after, agents, max_gap=0 if direct else a["max_gap"])
    if obj:
        return members_of(obj, agents) + stationed_in(sent, obj), obj.end
    rest = lx.squeeze(sent.text[pos_after:pos_after + 40])
    rest = rest[len(lx.starts_with(rest, lx.get("after_verb_fillers", ())) or ""):].lstrip()
    if lx.starts_with(rest, lx.get("state_pronouns", ())):
        st = nearest_state(sent, pos_after)
        return (st.keys if st else []), pos_after
    if verb is not None and lx.starts_with(rest, a.get("object_pronoun_words", ())):
        # X reported that Y had helped it to …: the one the sentence is about, not the helper
        subj = subject_before(sent, verb, agents, ctx.prev_subject)
        first = first_free(sent)
        if first is not None and first is not subj and first.end <= verb and first.kinds() & agents:
            return members_of(first, agents), pos_after
    # 多哥政府请人权高专办支持设立…: the State that asked is helped
    lo, embedded = scope_start(sent, pos_after)
    if embedded:
        asker = subject_before(sent, lo - 1, {"State"}, ctx.prev_subject)
        if asker:
            return asker.keys, pos_after
    if direct and not lx.starts_with(rest, lx["government_words"] + a.get("locative_objects", [])):
        loc = locative(sent, pos_after) if a.get("locative_right_before") and verb is not None else None
        if loc is not None and loc.end <= verb and not strip_adverbs(sent.text[loc.end:verb], lx):
            return loc.keys, pos_after  # 在 X 支持…进程: the State right before the verb is helped
        loc = locative(sent, pos_after) if a.get("direct_locative_opening") else None
        if loc is not None and lx.trim(lx.squeeze(sent.text[sent.start:loc.head]), "determiners") == loc.governor:
            return loc.keys, pos_after  # In Mali, OHCHR supported the establishment of …: the State it is set in
        # At the request of X, OHCHR supported the drafting of …: X, where the language says so
        asked = [k for k in on_request_of(sent) if k.startswith("state/")] \
            if "request" in a.get("recipient_fallbacks", ()) and a.get("direct_request_fallback") else []
        return asked, pos_after
    loc = locative(sent, pos_after)
    if loc is None and a.get("passage_state") and lx.starts_with(rest, a.get("locative_objects", [])):
        # … of the Gambia. The Regional Office helped the Ministry to …: the State of the passage
        passage = _passage_state(ctx, pos_after)
        if passage or not a.get("request_fallback_any"):
            return passage, pos_after
    if loc is None and a.get("request_fallback_any"):
        # At the request of X, OHCHR advised the committee on …: X, whatever the verb of helping
        return [k for k in on_request_of(sent) if k.startswith("state/")], pos_after
    return (loc.keys if loc else []), pos_after


def _funds_an_activity(sent: Sentence, verb: str, e: int, obj_end: int, recips=()) -> bool:
    """``资助了 X 的项目``: the funding verb's object is an activity that X carries out; so is
    ``资助 X 在 Y 举办讲习班`` when X is an organisation that carries it out (not a State that is
    funded to act: that is help to the State)."""
    lx = sent.lx
    act = lx.get("activities")
    if not act or verb not in act["funding_verbs"]:
        return False
    rest = lx.squeeze(sent.text[obj_end:sent.clause_end(obj_end)])
    if any(lx.squeeze(f"{of} {noun}") in rest for of in act["of"] for noun in act["nouns"]):
        return True
    if not act.get("funded_implementer") or any(r.startswith("state/") for r in recips):
        return False
    verbs = lx.find(rest, act["verbs"])
    return bool(verbs) and bool(lx.find(rest, act["nouns"], verbs[0][1]))


def _funds_a_body(ctx: SentenceContext, verb: str, prov: Group, recips: list[str], pos: int) -> bool:
    """A fund's support of a named office or programme is ``tacb:fundedBy``, not assistance
    (where the language lists ``funded_by`` ``active_verbs``)."""
    sent = ctx.sentence
    fb = sent.lx["funded_by"]
    if verb not in fb.get("active_verbs", ()) or not prov.kinds() <= set(fb.get("funder_kinds", ())):
        return False
    kinds = {it.key: it.kind for g in sent.groups for it in g.items}
    if not all(kinds.get(r) in fb.get("funded_kinds", ()) for r in recips):
        return False
    mood = ctx.mood(pos, prov)
    for r in recips:
        for f in prov.keys:
            ctx.add(r, "fundedBy", f, mood=mood)
    return True


def _funds_bodies_with_money(ctx: SentenceContext, prov: Group, recips: list[str], nouns, pos: int) -> bool:
    """``基金为人权高专办 38 个外地机构的活动提供了资金，其中包括 A 和 B``: a fund (``funded_by``
    ``funder_kinds``) giving money (``money_nouns``) to offices or programmes (``funded_kinds``) funds
    them (``tacb:fundedBy``). When the recipient is only the owner of a counted, unnamed set (``counted``
    right after it), the bodies named after ``members_after`` are the funded ones, else none is."""
    sent = ctx.sentence
    lx = sent.lx
    fb = lx["funded_by"]
    money = fb.get("money_nouns", ())
    if not money or not prov.kinds() <= set(fb.get("funder_kinds", ())) \
            or not any(n[2] in money for n in nouns):
        return False
    kinds = {it.key: it.kind for g in sent.groups for it in g.items}
    funded = set(fb.get("funded_kinds", ()))
    if not all(kinds.get(r) in funded for r in recips):
        return False
    owner = next((g for g in sent.groups if g.start <= pos and set(recips) <= set(g.keys)), None)
    counted = fb.get("counted")
    gap = strip_adverbs(sent.text[owner.end:pos], lx) if owner is not None else ""
    act = lx.get("activities") or {}
    if owner is not None and counted and re.match(counted, sent.text[owner.end:pos]):
        recips = []
        for _s, e, _w in lx.find(sent.text, fb.get("members_after", ()), nouns[-1][1], sent.end):
            recips = [k for g in sent.after(e) for k in members_of(g, funded)]
            break
    elif gap and not (lx.starts_with(gap, act.get("of", ())) and lx.find(gap, act.get("nouns", ()))):
        recips = []  # 为人权高专办驻 X 人权顾问的职位提供资金: the office only owns what is paid for
    mood = ctx.mood(pos, prov)
    for r in recips:
        for f in prov.keys:
            ctx.add(r, "fundedBy", f, mood=mood)
    return True


def _money_to_a_body(sent: Sentence, recips: list[str], nouns, pos: int) -> bool:
    """Money (a money noun, or an amount in the clause) given to an organisation of the UN or a
    fund is a contribution, never assistance (``money_nouns``, ``money_recipient_kinds``)."""
    lx = sent.lx
    a = lx["assists"]
    kinds = {it.key: it.kind for g in sent.groups for it in g.items}
    if not recips or not all(kinds.get(r) in a.get("money_recipient_kinds", ()) for r in recips):
        return False
    if not a.get("money_nouns"):
        return False
    from .contributions import parse_amount

    lo, hi = sent.clause_start(pos), sent.clause_end(pos)
    if any(n[2] in a["money_nouns"] for n in nouns) or lx.find(sent.text, a["money_nouns"], lo, hi):
        return True
    return bool(parse_amount(sent.text[lo:hi], lx))


def _given(ctx: SentenceContext, found: list) -> None:
    """``X 向 Y 提供援助``, ``X provided technical assistance to Y``, ``X provided Y with support``."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    agents = lx.agents
    text = sent.text
    own = a.get("give_verb_nouns", {})  # verbs that give only some things: 提出意见
    for s, e, w in lx.find(text, list(a["give_verbs"]) + list(own), sent.start, sent.end):
        clause_end = sent.clause_end(e)
        nouns = lx.find(text, own.get(w, a["give_nouns"]), e, min(clause_end, e + a.get("noun_window", 20)))
        if not nouns:
            n = len(found)
            _given_passive(ctx, s, e, found)  # technical assistance was provided to X by Y
            if len(found) == n:
                given_relative(ctx, s, e, found)  # the training (that) it had offered to diplomats of X
            continue
        markers = [(ms, me) for ms, me, _ in lx.find(text, a["recipient_markers"], sent.clause_start(s), s)]
        recips: list[str] = []
        mpos = s
        for ms, me in reversed(markers):
            gs = [g for g in sent.groups if me <= g.start and g.end <= s and g.kinds() & agents]
            # the group the marker governs (为 X 的代表出席 Y 提供…: X, not Y)
            governed = [g for g in gs if g.governor in a["recipient_markers"] and not lx.squeeze(text[me:g.start])]
            if governed or gs:
                g = (governed or gs[-1:])[0]
                recips, mpos = members_of(g, agents) + stationed_in(sent, g), ms
                break
            if lx.starts_with(lx.squeeze(text[me:me + 12]), a.get("marker_pronouns", ())):
                st = nearest_state(sent, ms)
                if st:
                    recips, mpos = st.keys, ms
                elif a.get("pronoun_before_provider"):
                    # 该委员会欢迎人权高专办向其成员提供的培训: 其 is the actor before the provider
                    free = [h for h in sent.before(ms) if is_free(sent, h) and h.kinds() & agents]
                    if len(free) >= 2:
                        recips, mpos = members_of(free[-2], agents), ms
                break
        if not recips:
            recips = _pronoun_object(ctx, s, e, nouns, a)
        if not recips:
            recips = _recipient_after(sent, nouns, e, a)
        if not recips:
            loc = locative(sent, s)
            if loc is not None:
                recips = loc.keys
                mpos = min([ms for ms, _ in markers] + [s])
        if not recips:
            recips = _fallback_recipient(ctx, s, a)
        if not recips and a.get("passage_state"):
            # … of the Niger. OHCHR provided technical support to the Ministry of Justice: the State of the passage
            rest = lx.squeeze(text[nouns[-1][1]:nouns[-1][1] + 40])
            m = lx.starts_with(rest, a.get("recipient_after", ()))
            if m and lx.starts_with(rest[len(m):].lstrip(), a.get("locative_objects", ())):
                recips = _passage_state(ctx, nouns[-1][1])
        if not recips and a.get("unnamed_body_passage") and markers:
            # …塞拉利昂设立的机制。基金为机制秘书处提供了资金: an unnamed body of the State of the passage
            gap = strip_adverbs(text[markers[-1][1]:s], lx)
            if not any(markers[-1][1] <= g.start and g.end <= s for g in sent.groups) \
                    and _opens_with_body(gap, a, lx):
                recips = _passage_state(ctx, s)
                near = nearest_state(sent, markers[-1][0]) if not recips else None
                recips = recips or (near.keys if near is not None else [])  # 马里政府请…，X 随后向司法部提供了…
        if not recips:
            done_as_asked(ctx, s)  # …邀请人权高专办提出意见。人权高专办向内政部提交了法律分析: given as asked
            continue
        prov = subject_before(sent, mpos, agents, ctx.prev_subject, exclude=set(recips))
        if prov and _funds_bodies_with_money(ctx, prov, recips, nouns, s):
            continue  # 基金为人权高专办…办事处提供了资金: the offices are funded by the Fund
        if _money_to_a_body(sent, recips, nouns, s):
            continue  # funds given to OHCHR or a fund: a contribution, not assistance
        if prov:
            found.append((prov, recips, s, nouns[-1][1], min(mpos, s)))




def _given_passive(ctx: SentenceContext, s: int, e: int, found: list) -> None:
    """``Technical assistance was provided to X by Y``, ``support was given by Y to X``: a giving verb after
    a passive auxiliary (``passive_auxiliaries``) whose subject is a help noun, the recipient a group a
    recipient marker governs after the verb, the provider the ``by`` group there (``passive_by``)."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    aux = a.get("passive_auxiliaries", ())
    if not aux:
        return
    lo = sent.clause_start(s)
    head = lx.squeeze(lx.res["adverbs"].sub(" ", sent.text[lo:s]))
    if not lx.ends_with(head, aux) or not lx.find(sent.text, a["give_nouns"], lo, s):
        return
    if [g for g in sent.groups if lo <= g.start and g.end <= s and is_free(sent, g)]:
        return  # X was provided with …: a named subject is the recipient, read elsewhere
    end = sent.clause_end(e)
    after = [g for g in sent.groups if e <= g.start <= end and g.kinds() & lx.agents]
    recips = next((g for g in after if g.governor in a.get("recipient_after", ())), None)
    prov = next((g for g in after if g.governor in a.get("passive_by", ())), None)
    if recips is None or prov is None:
        return
    keys = members_of(recips, lx.agents) + [k for k in located_after(sent, recips) if k not in recips.keys]
    if not _money_to_a_body(sent, keys, [], s):
        found.append((prov, keys, s, e, s))


def _pronoun_object(ctx: SentenceContext, s: int, e: int, nouns, a: dict) -> list[str]:
    """``cooperate with X and provide it with resources``: an object pronoun (``object_pronouns``)
    before the noun stands for the nearest group before the verb that is not its subject."""
    sent = ctx.sentence
    lx = sent.lx
    p = lx.starts_with(lx.squeeze(sent.text[e:nouns[0][0]]), a.get("object_pronouns", ()))
    if not p or not a.get("recipient_first"):
        return []
    subj = subject_before(sent, s, lx.agents, ctx.prev_subject)
    before = [g for g in sent.before(s) if g.kinds() & lx.agents and g is not subj]
    return members_of(before[-1], lx.agents) if before else []


def _recipient_after(sent: Sentence, nouns, e: int, a: dict) -> list[str]:
    """``provided assistance to Y`` (a marker after the noun), ``provided Y with assistance``."""
    lx = sent.lx
    agents = lx.agents
    markers = a.get("recipient_after", ())
    if not markers:
        return []
    first = object_after(sent, e, agents, max_gap=0)
    if first is not None and first.end <= nouns[0][0] and a.get("recipient_first"):
        return members_of(first, agents)  # provided Y with assistance
    # the nouns before the first group after the verb (not the 'funding' of … to X owing to funding constraints)
    after = [g.start for g in sent.groups if g.start >= e]
    nouns = [n for n in nouns if not after or n[0] < after[0]] or nouns
    end = sent.clause_end(nouns[-1][1])
    for g in sent.groups:
        if g.start < nouns[-1][1] or g.start > end:
            continue
        if g.governor in markers and g.kinds() & agents:
            return members_of(g, agents) + [k for k in located_after(sent, g) if k not in g.keys]
        if g.kinds() & agents:
            if a.get("pronoun_before_group"):  # advisory services to its commission, and … from Uganda
                return _state_pronoun_after_marker(sent, nouns[-1][1], markers)
            return []
    st = _state_pronoun_after_marker(sent, nouns[-1][1], markers)
    return st


def _state_pronoun_after_marker(sent: Sentence, pos: int, markers) -> list[str]:
    """``assistance to its …``: the nearest State before."""
    lx = sent.lx
    rest = lx.squeeze(sent.text[pos:sent.clause_end(pos)])
    m = lx.starts_with(rest, markers)
    if m and state_pronoun(sent, sent.text.find(m, pos) + len(m)):
        st = nearest_state(sent, pos)
        return list(st.keys) if st else []
    return []


def _passive(ctx: SentenceContext, found: list) -> None:
    """``Y 得到 X 的支持``; ``Y received technical assistance from X``."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    agents = lx.agents
    text = sent.text
    links = list(lx["modifier_words"]) + list(a.get("passive_links", ()))
    allow = tuple(lx.get("object_fillers", ())) + tuple(a.get("passive_gap", ()))
    for s, e, w in lx.find(text, a["passive"], sent.start, sent.end):
        prov = object_after(sent, e, agents, max_gap=0, allow=allow)  # 得到 X 的, 获得来自 X 的
        if prov is not None and w in a.get("passive_direct", ()) and not _followed_by_noun(sent, prov, a):
            pass  # X benefited from the Fund: the one it benefited from helped it
        elif prov is not None and lx.starts_with(lx.squeeze(text[prov.end:prov.end + 8]), links):
            nouns = list(a["passive_nouns"]) + list(a.get("passive_activity_nouns", ()))  # 受益于 X 的一个区域项目
            if not lx.find(text, nouns, prov.end, min(prov.end + 12, sent.end)):
                continue
        else:  # received assistance from X, 从 X 获得了资助
            prov = _passive_from(sent, e, a) or _from_before(sent, s, e, a)
            if prov is None and w in a.get("passive_direct", ()):
                prov = funder_after(sent, e, a)  # benefited from an exchange …, with funding from X
            if prov is None:
                continue
        subj = relative_subject(sent, s, a) or _own_subject(sent, s, a) or sentence_subject(sent, ctx.prev_subject)
        if subj and subj.kinds() & agents and subj is not prov:
            nouns = lx.find(text, a["passive_nouns"], max(sent.clause_start(s), s - 40), sent.clause_end(e))
            if not _money_to_a_body(sent, members_of(subj, agents), nouns, s):
                found.append((prov, members_of(subj, agents), s, e, s))
                _joint_providers(ctx, prov, links, a, s)


def _joint_providers(ctx: SentenceContext, prov: Group, links, a: dict, pos: int) -> None:
    """``得到了 A 和 B 的联合支助``: help the providers gave together (a ``together`` word before the help
    noun) makes them partners."""
    sent = ctx.sentence
    lx = sent.lx
    keys = members_of(prov, lx.agents)
    rest = lx.squeeze(sent.text[prov.end:prov.end + 12])
    link = lx.starts_with(rest, links)
    if len(keys) < 2 or not link or not lx.starts_with(rest[len(link):].lstrip(), a["together"]):
        return
    mood = ctx.mood(pos, prov)
    for i, x in enumerate(keys):
        for y in keys[i + 1:]:
            ctx.add(x, "partnersWith", y, mood=mood)


def _opens_with_body(gap: str, a: dict, lx) -> bool:
    """``gap`` (what a recipient marker governs) opens with an unnamed national body (``机制秘书处头两年的运作``,
    ``司法部``): one of ``passive_possessed`` or ``body_heads`` within its first few characters, before any 的."""
    head = gap.split("的", 1)[0]
    hits = lx.find(head, tuple(a.get("passive_possessed", ())) + tuple(a.get("body_heads", ())))
    return bool(hits) and hits[0][0] <= 4


def _own_subject(sent: Sentence, s: int, a: dict) -> Group | None:
    """``A 和 B 在…的协助下编写了…；汤加则得到了…``: a free group right before the passive verb at ``s``
    in its clause (adverbs and ``passive_subject_links`` such as 则 between) is that verb's own subject."""
    links = a.get("passive_subject_links")
    if links is None:
        return None
    lx = sent.lx
    lo = sent.clause_start(s)
    before = [g for g in sent.groups if lo <= g.start and g.end <= s]
    if not before or not before[-1].kinds() & lx.agents:
        return None
    gap = strip_adverbs(sent.text[before[-1].end:s], lx)
    for w in links:
        if w and gap.endswith(w):
            gap = gap[:-len(w)]
            break
    if gap.startswith(tuple(lx["modifier_words"])) and len(gap) <= 12 \
            and lx.ends_with(gap, a.get("passive_possessed", ())) and "State" in before[-1].kinds():
        return before[-1]  # 多哥的国家人权委员会得到了…: the State whose body (unnamed) received it
    return before[-1] if gap == "" and is_free(sent, before[-1]) else None






def _followed_by_noun(sent: Sentence, g: Group, a: dict) -> bool:
    """``benefited from UNDP's support``, ``from the Fund's grants``: a possessive after the group."""
    lx = sent.lx
    return bool(lx.starts_with(lx.squeeze(sent.text[g.end:g.end + 8]), lx["modifier_words"]))


def _from_before(sent: Sentence, s: int, e: int, a: dict) -> Group | None:
    """``从 X 获得了资助``: the provider a ``from`` marker governs right before the passive verb,
    with a help noun after the verb in its clause (``passive_from_before``)."""
    lx = sent.lx
    markers = a.get("passive_from_before", ())
    if not markers or not lx.find(sent.text, a["passive_nouns"], e, sent.clause_end(e)):
        return None
    before = [g for g in sent.groups if g.end <= s and g.start >= sent.clause_start(s)]
    if before and before[-1].governor in markers and before[-1].kinds() & lx.agents \
            and len(strip_adverbs(sent.text[before[-1].end:s], lx)) == 0:
        return before[-1]
    return None


def _passive_from(sent: Sentence, e: int, a: dict) -> Group | None:
    """``received assistance from X``, ``the assistance it had received from X``: the provider."""
    lx = sent.lx
    markers = a.get("passive_from", ())
    if not markers:
        return None
    end = sent.clause_end(e)
    nouns = lx.find(sent.text, a["passive_nouns"], e, min(end, e + a.get("noun_window", 20)))
    if nouns:
        lo = nouns[0][1]
    elif lx.find(sent.text, a["passive_nouns"], max(sent.clause_start(e), back_to(sent, e, 40)), e):
        lo = e  # the assistance (that) it had received from X, the support that the African Commission had …
    else:
        return None
    by = a.get("passive_by", ())  # training provided by X: a participle and its agent after the noun
    of = a.get("passive_of", ())  # benefited from the support of X
    for g in sent.groups:
        if lo <= g.start <= end and g.governor in markers and g.kinds() & lx.agents:
            return g
        if lo <= g.start <= end and g.governor in by and g.kinds() & lx.agents \
                and len(lx.squeeze(sent.text[lo:g.head]).split()) <= 3:
            return g
        if lo <= g.start <= end and g.governor in of and g.kinds() & lx.agents \
                and len(lx.trim(lx.squeeze(sent.text[lo:g.head]), "determiners").split()) <= 1:
            return g
    return None




def _nominal(ctx: SentenceContext, found: list) -> None:
    """``the support of X to Y``, ``the assistance provided by X to Y``, ``X's support to its
    institutions``: assistance named by a noun, with its provider and recipient."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    nm = a.get("nominal")
    if not nm:
        return
    agents = lx.agents
    for s, e, _w in lx.find(sent.text, a["passive_nouns"], sent.start, sent.end):
        end = sent.clause_end(e)
        after = [g for g in sent.groups if e <= g.start <= end]
        prov = None
        if after and after[0].governor in nm["provider_markers"] and after[0].kinds() & agents \
                and len(lx.squeeze(sent.text[e:after[0].head])) <= nm.get("provider_gap", 16):
            prov = after.pop(0)
        else:  # X's support
            before = [g for g in sent.groups if g.end <= s and len(lx.squeeze(sent.text[g.end:s])) <= 4]
            if before and lx.starts_with(lx.squeeze(sent.text[before[-1].end:s]), lx["modifier_words"]):
                prov = before[-1]
        if prov is None:
            continue
        recips: list[str] = []
        if after and after[0].governor in nm["recipient_markers"] and after[0].kinds() & agents \
                and len(lx.squeeze(sent.text[max(e, prov.end):after[0].head])) <= nm.get("provider_gap", 16):
            recips = members_of(after[0], agents)
        elif not after:
            recips = _state_pronoun_after_marker(sent, max(e, prov.end), nm["recipient_markers"])
        if recips and not _money_to_a_body(sent, recips, [(s, e, _w)], s):
            found.append((prov, recips, s, e, s))


def _requested_from(ctx: SentenceContext, found: list) -> None:
    """``X requested technical assistance from Y``: X requests Y, and Y's assistance to X is
    what was asked for (the language's ``requests`` ``noun_from`` markers)."""
    sent = ctx.sentence
    lx = sent.lx
    rq, a = lx["requests"], lx["assists"]
    markers = rq.get("noun_from", ())
    if not markers:
        return
    agents = lx.agents
    for hit in lx.find(sent.text, rq["verbs"], sent.start, sent.end):
        s, e, _w = hit
        if lx.guarded(sent.text, hit):
            continue
        end = sent.clause_end(e)
        nouns = lx.find(sent.text, a["give_nouns"], e, min(end, e + a.get("noun_window", 20)))
        if not nouns or len(lx.trim(lx.squeeze(sent.text[e:nouns[0][0]]), "determiners")) > 0:
            _requested_relative(ctx, s, e)
            continue
        prov = next((g for g in sent.groups if nouns[0][1] <= g.start <= end), None)
        if prov is None or prov.governor not in markers or not prov.kinds() & agents:
            continue
        asker = subject_before(sent, s, agents, ctx.prev_subject)
        if asker is None:
            continue
        mood = ctx.mood(s, asker)
        for k in asker.keys:
            for o in members_of(prov, agents):
                ctx.add(k, "requests", o, mood=mood)
        emit_assist(ctx, members_of(prov, agents), members_of(asker, agents), year_before(sent, s),
                    topic(sent, nouns[-1][1]), ("Requested", asker.keys[0]))


def _requested_relative(ctx: SentenceContext, s: int, e: int) -> None:
    """``the assistance (that) it had requested from Y``: the asker requests Y; Y's assistance to the
    asker is what the clause around the noun says of it (``had not been provided``: Negated; a
    receiving verb before the noun is read by :func:`_passive`), else Requested (the language's
    ``requests`` ``relative_words`` and ``noun_from`` markers)."""
    sent = ctx.sentence
    lx = sent.lx
    rq, a = lx["requests"], lx["assists"]
    rel = rq.get("relative_words")
    if rel is None:
        return
    agents = lx.agents
    lo = sent.clause_start(s)
    nouns = lx.find(sent.text, a["passive_nouns"], max(lo, s - 60), s)
    if not nouns:
        return
    n = nouns[-1]
    gap = [w for w in lx.squeeze(sent.text[n[1]:s]).split() if w not in rel]
    pronoun = bool(gap) and bool(lx.res["personal"].fullmatch(gap[0]))
    between = [g for g in sent.groups if n[1] <= g.start and g.end <= s]
    if len(gap) > 3 or not (pronoun or between):
        return
    end = sent.clause_end(e)
    prov = next((g for g in sent.groups if e <= g.start <= end), None)
    if prov is None or prov.governor not in rq.get("noun_from", ()) or not prov.kinds() & agents:
        return
    asker = between[-1] if between else subject_before(sent, n[0], agents, ctx.prev_subject)
    if asker is None or not asker.kinds() & agents:
        return
    for k in members_of(asker, agents):
        for o in members_of(prov, agents):
            ctx.add(k, "requests", o, mood=ctx.mood(s, asker))
    # the noun's own predicate after the relative clause: … had not been provided
    verbs = [h for h in lx.find(sent.text, a["give_verbs"], prov.end, sent.clause_end(prov.end))]
    if verbs:
        mood = ctx.mood(verbs[0][0], None)
    elif lx.find(sent.text, a["passive"], lo, n[0]):
        return  # it has not received the assistance it requested from Y: the passive reads it
    else:
        mood = ("Requested", asker.keys[0])
    emit_assist(ctx, members_of(prov, agents), members_of(asker, agents), year_before(sent, s),
                topic(sent, n[1]), mood)


def assists(ctx: SentenceContext, together) -> None:
    """Every form of the module docstring, over one sentence."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    agents = lx.agents
    text = sent.text
    found: list[tuple[Group, list[str], int, int, int]] = []  # provider, recipients, trigger, topic, predicate

    examples: set[str] = set()
    for s, e, _w in lx.find(text, a["examples_of"], sent.start, sent.end):
        examples |= {k for g in sent.after(e) for k in g.keys}
    for hit in lx.find(text, a["verbs"] + a["direct_verbs"], sent.start, sent.end):
        s, e, w = hit
        if _noun_use(sent, s, e, a) or lx.guarded(text, hit):
            continue
        recips, tpos = _recipient_or_place(ctx, e, direct=w in a["direct_verbs"], verb=s)
        if not recips:
            done_as_asked(ctx, s)
            continue
        if _funds_an_activity(sent, w, e, tpos, recips):
            continue  # 基金资助了人权高专办的项目: fundedBy on the activity (relate/activities.py)
        prov = subject_before(sent, s, agents, ctx.prev_subject, exclude=set(recips) | examples)
        if prov and _funds_a_body(ctx, w, prov, recips, s):
            continue  # the Fund supported the OHCHR office in X: the office is funded by it
        if _money_to_a_body(sent, recips, [], s):
            continue  # Norway supported OHCHR with USD 1 million: a contribution
        if prov:
            found.append((prov, recips, s, tpos, s))
    _given(ctx, found)
    _passive(ctx, found)
    _requested_from(ctx, found)
    _nominal(ctx, found)
    _supported_by(ctx, found)
    _thanked_for(ctx, found)
    _shared_with(ctx, found)
    _scaled_up(ctx, found)
    _enabled_by(ctx, found)
    _beneficiary_of(ctx, found)
    supported_relative(ctx, found)  # 由 X 支持的 Y 国家机制
    # X 提供援助的例子包括 …Y 案例…
    for s, e, _w in lx.find(text, a["examples_of"], sent.start, sent.end):
        prov = subject_before(sent, s, agents, ctx.prev_subject)
        if prov is None:
            continue
        for g in sent.after(e):
            if "State" in g.kinds():
                ys = years(sent, e, g.start)
                y = ys[-1][1] if ys else None
                for r in members_of(g, {"State"}):
                    emit_assist(ctx, prov.keys, [r], y, topic(sent, g.end))
    # 受益国包括 A、B 和 C: the States that benefited from what the sentence (or the one before) reports
    for s, e, _w in lx.find(text, a.get("beneficiary_lists", ()), sent.start, sent.end):
        prov = subject_before(sent, s, agents, ctx.prev_subject)
        if prov is None and ctx.prev_subject is not None and not sent.before(s) and ctx.prev_subject.kinds() & agents:
            prov = ctx.prev_subject  # the list opens its own sentence: the previous one's subject gave
        recips = [k for g in sent.after(e) for k in members_of(g, {"State"})]
        if prov is not None and recips:
            found.append((prov, [r for r in recips if r not in prov.keys], s, e, s))
    for prov, recips, pos, tpos, ppos in found:
        providers = list(prov.keys) + [c for c in co_providers(together, prov.keys)
                                       if c not in prov.keys and c not in recips]
        emit_assist(ctx, providers, recips, year_before(sent, pos), topic(sent, tpos), ctx.mood(ppos, prov))
