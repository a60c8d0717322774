"""Help named around its provider (see :mod:`.assistance`): ``在 X 的支持下`` / ``with the support of X``
(and ``在 X 的资助下`` where the money went to the recipient's own body), thanks for help (``感谢 X 提供的支持``),
experience shared (``与 Y 分享了经验``), help stepped up (``加强对 Y 的技术援助``), help that enabled
(``X 的援助使 Y 能够``) and beneficiaries (``Y 是 X 援助的受益国``, ``受益于 X 的国家包括 A``, ``Beneficiaries of X
included A``); and the State of the passage an unnamed national body stands for (``该机制``, ``向司法部``). Each
reader adds (provider, recipients, trigger, topic, predicate) to the ``found`` list of :func:`~.assistance.assists`;
:func:`sponsors_of` names who paid for what a sentence reports (``在 X 的资助下``): they help beside its implementer.
Word lists: ``relations.json`` ``assists``.
"""

from __future__ import annotations

import re

from .clauses import Group, Sentence
from .emit import emit_assist
from .patterns import SentenceContext
from .roles import is_free, members_of, object_after, strip_adverbs, subject_before


def _passage_state(ctx: SentenceContext, pos: int) -> list[str]:
    """The one State the sentence names after ``pos`` (``… in all regions of the country``), else the
    last State the unit named in the sentences before that gave no help there (``The cycle was financed by
    Luxembourg. The Office also supported the Ministry of Justice``: the donor owns no ministry here)."""
    sent = ctx.sentence
    # (…向儿童权利保护局提供了技术援助，瑞典为这项工作提供了资金: a State opening a clause of its own is no place)
    after = {k for g in sent.after(pos) if not (is_free(sent, g) and g.lead is None) for k in members_of(g, {"State"})}
    if len(after) == 1:
        return list(after)
    return [] if after else passage_state_before(ctx)


def report_state(ctx: SentenceContext, named_ok: bool = False) -> list[str]:
    """The one State a country report's title names (``ctx.about``), when the sentence names no State (``named_ok``: none
    but that one, for a body that is the sentence's actor or the verb's object) and its unit
    none but that State and the donors of earlier help: what the report's unnamed national bodies belong to."""
    sent = ctx.sentence
    states = [k for k in ctx.about if k.startswith("state/")]
    if len(states) != 1 or any(k.startswith("state/") and (k != states[0] or not named_ok)
                               for g in sent.groups for k in g.keys):
        return []  # (named_ok: a sentence that names the report's State alone still speaks of its bodies)
    givers = {r.subject for r in (*ctx.earlier, *ctx.relations) if r.predicate == "assists"}
    return [] if set(ctx.passage_states) - set(states) - givers else states


def passage_state_before(ctx: SentenceContext) -> list[str]:
    """The last State the unit named in the sentences before that gave no help there (else the last one named)."""
    if not ctx.passage_states:
        return []
    givers = {r.subject for r in ctx.earlier if r.predicate == "assists"}
    return [next((k for k in reversed(ctx.passage_states) if k not in givers), ctx.passage_states[-1])]


def _possessor_before(sent: Sentence, lo: int, pos: int, a: dict) -> Group | None:
    """A State right before ``pos`` (from ``lo``) with only ``的`` and an unnamed body or people of it
    (``passive_possessed``) between: ``乍得的选举委员会`` stands for Chad."""
    lx = sent.lx
    before = [g for g in sent.groups if lo <= g.start and g.end <= pos]
    if not before or "State" not in before[-1].kinds():
        return None
    gap = strip_adverbs(sent.text[before[-1].end:pos], lx)
    if gap.startswith(tuple(lx["modifier_words"])) and len(gap) <= 12 and lx.ends_with(gap, a.get("passive_possessed", ())):
        return before[-1]
    return None


def _possessor_after(sent: Sentence, g: Group, a: dict) -> Group | None:
    """The State opening the clause after the support phrase ``g`` stands in, whose unnamed body or people
    (``passive_possessed``) follow it with at most ``possessor_after`` (a regular expression: 的, a count) between:
    ``在 X 的支持下，巴拉圭和秘鲁共有 48 名狱政人员接受了培训`` — Paraguay and Peru. No other group between."""
    lx = sent.lx
    rx = a.get("possessor_after")
    end = sent.clause_end(g.end)
    if not rx or end >= sent.end:
        return None
    h = next(iter(sent.after(end)), None)
    if h is None or "State" not in h.kinds() or h.start > sent.clause_end(end + 1) \
            or strip_adverbs(sent.text[end + 1:h.start], lx).strip():
        return None
    rest = sent.text[h.end:sent.clause_end(h.end)]
    nxt = next((f.start for f in sent.after(h.end)), sent.end) - h.end
    for s, e, _w in lx.find(rest, a.get("passive_possessed", ())):
        if e <= nxt and re.fullmatch(rx, lx.squeeze(rest[:s]).strip()):
            return h
    return None


def _copula_before(sent: Sentence, lo: int, pos: int, a: dict) -> int:
    """``pos`` moved before a cleft copula (``cleft_copulas``: 是) that stands right before it."""
    lx = sent.lx
    head = sent.text[lo:pos].rstrip()
    w = lx.ends_with(head, a.get("cleft_copulas", ()))
    return lo + len(head) - len(w) if w else pos


def _unnamed_body(sent: Sentence, lo: int, pos: int, a: dict) -> bool:
    """The clause from ``lo`` to ``pos`` is only a pronoun and an unnamed national body (``该机制``,
    ``该委员会``: a pronoun and one of ``passive_possessed``)."""
    lx = sent.lx
    head = strip_adverbs(sent.text[lo:pos], lx)
    m = lx.res["pronoun"].match(head)
    return bool(m) and not any(g.start < pos and g.end > lo for g in sent.groups) \
        and head[m.end():] in a.get("passive_possessed", ())


def support_around(sent: Sentence, g: Group, a: dict, key: str = "support_around") -> int | None:
    """``在 X 的支持下``: a group its governor and a support noun enclose (``support_around``, or
    ``funded_around``: ``在 X 的资助下``); the offset of the governor, else ``None``."""
    around = a.get(key)
    if not around or g.governor not in around["governors"]:
        return None
    lx = sent.lx
    after = lx.squeeze(re.sub(r"^\s*\([^()]{1,12}\)", "", sent.text[g.end:g.end + 30]))  # 南部非洲发展共同体(南共体)的支持下
    if "State" in g.kinds():  # 在卡塔尔政府的资助下: the State through its Government
        after = after[len(lx.starts_with(after, lx.get("government_words", ())) or ""):].lstrip()
    if around.get("measure_after_of"):  # 在 X 的一笔赠款支持下: a measure word after 的 says how much, not what
        after = re.sub(around["measure_after_of"], "的", after, count=1)
    word = lx.starts_with(after, around["after"])
    if not word or ("after_end" in around and not re.match(around["after_end"], after[len(word):])):
        return None  # (worked with UNDP support staff: the support word is no phrase's end)
    pos = sent.text.rfind(g.governor, sent.start, g.head)
    pos = pos if pos != -1 else g.start
    if word.endswith(",") and lx.squeeze(sent.text[sent.clause_start(pos):pos]).strip():
        return None  # 由 X 出资，Y 为 Z …: a phrase ending with its comma opens its clause (职位由 X 出资，…: X pays for the post)
    return pos


def sponsors_of(ctx: SentenceContext) -> list[str]:
    """``在欧盟的资助下，人权高专办为马里官员举办了讲习班``, ``with Denmark's funding, …``: who paid for what the sentence
    reports (``assists`` ``funded_around``): they help its recipients beside the implementer, whose help is
    ``tacb:fundedBy`` them (tests/gold/README.md, "funded help")."""
    sent = ctx.sentence
    a = sent.lx["assists"]
    named = [k for g in sent.groups if support_around(sent, g, a, "funded_around") is not None
             for k in members_of(g, sent.lx.agents)]
    rx = (a.get("funded_around") or {}).get("pronoun")
    m = re.search(rx, sent.text[sent.start:sent.end]) if rx and not named else None
    if m is not None:  # X 介绍，在它的资助下，Y 为 Z …: the one who speaks (else the one spoken of before) paid
        pos = sent.start + m.start("at")
        owner = next((g for g in sent.groups if g.end <= pos and g.governor is None and g.kinds() & sent.lx.agents), None)
        owner = owner or (ctx.prev_subject if ctx.prev_subject is not None and ctx.prev_subject.kinds() & sent.lx.agents
                          else None)
        named = list(owner.keys) if owner is not None else []
    return named


def _supported_by(ctx: SentenceContext, found: list) -> None:
    """``with the support of X, Y …``, ``在 X 的支持下，Y …``: X assists the subject of the clause
    (in the second form the subject may stand before the phrase, in its clause, or after it)."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    phrases = a.get("support_of", ())
    if not phrases and not a.get("support_around"):
        return
    for g in sent.groups:
        if not g.kinds() & lx.agents:
            continue
        pos = support_around(sent, g, a)
        funded = pos is None and support_around(sent, g, a, "funded_around") is not None
        if funded:
            # 在基金的资助下，萨摩亚议会举办了…: money to the recipient's own body is help; funding an
            # activity of another provider (在欧盟的资助下，人权高专办…) is no help to that provider (sponsors_of: both help)
            pos = support_around(sent, g, a, "funded_around")
            lo = sent.clause_start(pos)
            subj = next((h for h in sent.after(g.end) if is_free(sent, h) and h.kinds() & lx.agents), None) \
                or next((h for h in reversed(sent.before(pos)) if h.start >= lo and is_free(sent, h)), None)
            if subj is None:
                subj = _possessor_before(sent, lo, pos, a)
            done = (lx.get("activities") or {}).get("paid_then_done")
            if subj is not None and subj.start >= g.end and done and re.fullmatch(done, sent.text[g.end:subj.start]):
                continue  # 由 F 资助、X 实施的项目: X carries out what F pays for (relate/activities.py)
            kinds = set(a["funded_around"]["recipient_kinds"])
            hi = sent.clause_end(max(subj.end, g.end)) if subj is not None else sent.end
            hi = sent.clause_end(hi + 1) if subj is not None and subj.end < g.end and hi < sent.end else hi
            if subj is not None and any(h.governor in a.get("recipient_markers", ()) and h.kinds() & lx.agents
                                        and not set(h.keys) & set(subj.keys) for h in sent.after(subj.end)
                                        if h.end <= hi):
                continue  # 在 X 的资助下，Y 为 Z 举办…: Y carries out help for Z, which X pays for (sponsors_of)
            if subj is not None and subj.kinds() <= kinds and not set(subj.keys) & set(g.keys):
                found.append((g, members_of(subj, lx.agents), pos, g.end, pos))
            continue
        if pos is not None:
            lo = sent.clause_start(pos)
            if any(w in lx.squeeze(sent.text[g.end:g.end + 8]) for w in a.get("together", ()) if len(w) > 1):
                keys = members_of(g, lx.agents)  # 在 A 和 B 的联合支持下: A and B act together
                for i, k in enumerate(keys):
                    for k2 in keys[i + 1:]:
                        ctx.add(k, "partnersWith", k2, mood=ctx.mood(pos, g))
            before = [h for h in sent.groups if lo <= h.start and h.end <= pos and is_free(sent, h)
                      and h.kinds() & lx.agents]
            subj = before[-1] if before else None
            cop = _copula_before(sent, lo, pos, a)  # X 的机制是在 Y 的支持下建立的: the cleft's copula
            if subj is None:  # 乍得的选举委员会在 X 的帮助下…: the State whose body (unnamed) was helped
                subj = _possessor_before(sent, lo, cop, a)
            if subj is None and ctx.prev_subject is not None and ctx.prev_subject.kinds() & lx.agents \
                    and a.get("work_owner_subject") and not set(ctx.prev_subject.keys) & set(g.keys) \
                    and re.fullmatch(a["work_owner_subject"], strip_adverbs(sent.text[lo:cop], lx)):
                subj = ctx.prev_subject  # X 拟出了报告初稿。这份初稿是在 Y 的协助下写成的: the work of the one before
            if subj is None and _unnamed_body(sent, lo, cop, a):
                # 该机制是在 X 的支持下建立的: the body of the State the passage is about
                states = _passage_state(ctx, pos)
                if states:
                    found.append((g, states, pos, g.end, pos))
                continue
            if subj is None and strip_adverbs(sent.text[lo:pos], lx) in lx.get("personal_pronouns", ()):
                # 古巴还说，它在 X 的支持下…: the pronoun stands for the subject before it
                subj = subject_before(sent, lo, lx.agents, ctx.prev_subject, exclude=set(g.keys))
            if subj is None and a.get("own_body_pronouns") \
                    and lx.starts_with(strip_adverbs(sent.text[lo:pos], lx), a["own_body_pronouns"]):
                # 所罗门群岛说，其卫生部在 X 的支持下…: the State's own (unnamed) body, 其 the subject before
                subj = subject_before(sent, lo, lx.agents, ctx.prev_subject, exclude=set(g.keys))
                subj = subj if subj is not None and "State" in subj.kinds() else None
            if subj is None and lx.starts_with(strip_adverbs(sent.text[sent.clause_end(g.end) + 1:
                                                                         sent.clause_end(g.end) + 6], lx),
                                               lx.get("personal_pronouns", ())):
                # 墨西哥说，在 X 的支持下，它建立了…: the pronoun after the phrase stands for the subject before it
                subj = subject_before(sent, lo, lx.agents, ctx.prev_subject, exclude=set(g.keys))
            if subj is None and lo > sent.start and lx.squeeze(sent.text[lo:pos]).strip(",， ") in a.get("elaboration_leads", ()):
                # 欢迎 X 所作的努力，包括在 Y 的支持下为…举办的培训: the clause spells out what X did
                prev_lo = sent.clause_start(lo - 1)
                cands = [h for h in sent.groups if prev_lo <= h.start and h.end <= lo and is_free(sent, h)
                         and h.kinds() & lx.agents and not set(h.keys) & set(g.keys)]
                subj = cands[0] if cands else None
            if subj is None and _own_body_after(sent, g, a):
                # 喀麦隆说，在 X 的支持下，其司法部为…: the State's own (unnamed) body, 其 the subject before
                subj = subject_before(sent, lo, lx.agents, ctx.prev_subject, exclude=set(g.keys))
                subj = subj if subj is not None and "State" in subj.kinds() else None
            if g.governor not in a["support_around"].get("subject_before_governors", ()):
                # (Y 借助 X 的支持完成了…: a governor whose subject stands before it takes none after the phrase)
                subj = subj or next((h for h in sent.after(g.end) if is_free(sent, h) and h.kinds() & lx.agents), None) \
                    or _possessor_after(sent, g, a)  # 在 X 的支持下，Y 的 48 名狱政人员接受了培训: Y's people
            if subj is None and a.get("support_aside_subject") and lo > sent.start \
                    and lx.squeeze(sent.text[lo:pos]).strip() in ("", ",") \
                    and sent.text[lo - 1:lo].strip() in (",", "，"):
                # Y adopted, with X's support, a plan: the aside's clause is the one before the comma
                subj = next((h for h in sent.groups if sent.clause_start(lo - 1) <= h.start and h.end < lo
                             and is_free(sent, h) and h.kinds() & lx.agents), None)
            if subj is not None and not set(subj.keys) & set(g.keys):
                found.append((g, members_of(subj, lx.agents), pos, g.end, pos))
            continue
        w = lx.ends_with(lx.trim(lx.squeeze(sent.text[sent.clause_start(g.head):g.head]), "determiners"), phrases)
        if not w:
            continue
        pos = sent.text.rfind(w, sent.start, g.head)
        owner = _owner_of_work(sent, pos, g, a)
        if owner is not None:  # the report of X was prepared with the assistance of Y: Y helped X
            found.append((g, members_of(owner, set(a["work_made"].get("owner_kinds", ("State",)))), pos, g.end, pos))
            continue
        lo = sent.clause_start(pos)
        if a.get("unnamed_bodies") and re.match(a["unnamed_bodies"], lx.squeeze(sent.text[lo:pos]).split(",")[-1].strip()) \
                and not any(lo <= h.start and h.end <= pos and is_free(sent, h) for h in sent.groups if h.kinds() & lx.agents):
            here = [k for h in sent.groups if h.end <= pos for k in members_of(h, {"State"})]
            states = here[-1:] or _passage_state(ctx, pos)  # In X, the Ministry of … drafted it with the support of Y
            if states:
                found.append((g, states, pos, g.end, pos))
                continue
        subj = None
        nxt = next((h for h in sent.after(g.end) if is_free(sent, h) and h.kinds() & lx.agents), None)
        opens = not lx.squeeze(sent.text[sent.start:pos]).strip(" \"“(")
        if nxt is not None and (sent.text[sent.start:pos].rstrip().endswith(",") or opens) \
                and lx.trim(lx.squeeze(sent.text[g.end:nxt.head]), "determiners") == ",":
            subj = nxt  # …, with support from X, Y opened …; With the support of X, Y trained …: Y's clause
        if subj is None:  # Materials were produced for the Ministry of X with the help of Y: whom the work was for
            lo = sent.clause_start(pos)
            subj = next((h for h in reversed(sent.before(pos)) if h.start >= lo and h.kinds() & lx.agents
                         and h.governor in a.get("made_for", ())
                         and not any(is_free(sent, f) and f.kinds() & lx.agents and lo <= f.start < h.start
                                     for f in sent.groups)), None)
        subj = subj or subject_before(sent, pos, lx.agents, ctx.prev_subject, exclude=set(g.keys))
        if subj is None and nxt is not None and not any(c in sent.text[g.end:nxt.start] for c in ";；") \
                and not (a.get("next_clause_opening") and re.fullmatch(a["next_clause_opening"], lx.squeeze(sent.text[g.end:nxt.start]))):
            subj = nxt  # (not past a semicolon: …, with the help of Y; Z paid for the printing; nor past ", and": Z's own clause)
        if subj is None and a.get("support_of_report_state") and report_state(ctx):
            # (a country report) A victim support desk was set up in the court with the help of Y: the report's State
            found.append((g, report_state(ctx), pos, g.end, pos))
            continue
        if subj is not None and w in a.get("funding_of", ()) and subj.start > pos and any(
                "State" in h.kinds() and not set(h.keys) & set(subj.keys)
                for h in sent.after(subj.end) if h.end <= sent.clause_end(subj.end)):
            continue  # With a grant from X, Y held workshops for officials of Z: X pays for help to Z (funding_of)
        money = a.get("support_money")  # … which the Council of Europe organized with a grant from X: X paid for the
        if subj is not None and money and re.search(money["phrase"], w) and subj.end <= pos \
                and subj.kinds() <= set(money["implementer_kinds"]) \
                and lx.find(sent.text, lx.words_of("money_activity_verbs", lambda: tuple(
                    (lx.get("activities") or {}).get("verbs", ())) + tuple((lx.get("activities") or {}).get(
                    "training_verbs", ()))), subj.end, pos):
            continue  # activity (help to those it was for), not the organizer's own work (UNDP trained …, with a grant)
        if subj is not None and money and w in money.get("own_work", ()) \
                and not (subj.kinds() & set(money.get("own_work_kinds", ())) and subj.end <= pos
                         and re.search(money.get("own_work_owner", "(?!)"), sent.text[subj.end:pos])):
            continue  # With funding from X, OHCHR (an NHRI, a State that seconded a prosecutor) provided … to Y: X pays
            # for the provider's help, it does not help the provider (X reported that its Academy trained judges, with
            # funding from Y: Y helped the State X, whose own body — 'own_work_owner', a possessive — did the work)
        if subj is not None and w in a.get("funding_of", ()) and subj.end <= pos and any(
                "State" in h.kinds() and not set(h.keys) & set(subj.keys)
                for h in sent.after(subj.end) if h.end <= pos and h.start >= sent.clause_start(pos)):
            continue  # Y developed a module for officials of Z with a grant from X: X pays for help to Z, not for Y
        if subj is not None:
            # X would host …, with the support of Y: the phrase closes X's clause and takes its mood
            head = sent.text[sent.start:pos].rstrip()
            mood = pos
            if head.endswith(",") and subj.end <= pos and sent.start + len(head) - 1 > subj.end:
                mood = sent.start + len(head) - 2
            elif subj.start > pos:  # With the support of Y, X will hold …: X's clause, up to its verb's object
                nxt_g = next((h for h in sent.after(subj.end)), None)
                mood = min(sent.clause_end(subj.end), nxt_g.start if nxt_g is not None else sent.end) - 1
            found.append((g, members_of(subj, lx.agents), pos, g.end, mood))


def _owner_of_work(sent: Sentence, pos: int, g: Group, a: dict) -> Group | None:
    """``the periodic report of X to the Committee was prepared with the assistance of Y``, ``X's plan, drafted
    with …``, ``the submission by X of its report, prepared with …``: a State (or one of ``owner_kinds``) that owns a piece of work
    (``work_made``: ``works`` before ``work_of``/after ``work_own``) made (``made``) with the support phrase
    at ``pos``; else ``None``."""
    wm = a.get("work_made")
    if not wm:
        return None
    lx = sent.lx
    works = "|".join(re.escape(x) for x in sorted(wm["works"], key=len, reverse=True))
    kinds = set(wm.get("owner_kinds", ("State",)))  # (the Commission's inquiry: a national institution's work too)
    for h in reversed([h for h in sent.groups if h.end <= pos and h.kinds() & kinds and h is not g]):
        rest = sent.text[h.end:pos]
        own = re.match(wm["work_own"].replace("{works}", works), rest)
        if own is None and not re.search(wm["work_of"].replace("{works}", works),
                                         lx.squeeze(sent.text[max(sent.start, h.head - 60):h.head])):
            continue
        if re.match(wm["made"], rest[own.end():] if own else rest):
            return h
    return None


def _own_body_after(sent: Sentence, g: Group, a: dict) -> bool:
    """The clause after a support phrase opens with a State pronoun (``state_pronouns``: 其) and an unnamed
    national body (``passive_possessed`` or ``body_heads``: 其司法部, 其部际委员会)."""
    lx = sent.lx
    end = sent.clause_end(g.end)
    if end >= sent.end:
        return False
    head = strip_adverbs(sent.text[end + 1:min(sent.end, end + 12)], lx)
    pron = lx.starts_with(head, lx.get("state_pronouns", ()))
    if not pron or len(pron) > 1:
        return False  # 该国 names the State of the passage itself; only 其 stands for the subject before
    rest = head[len(pron):].split("的", 1)[0]
    hits = lx.find(rest, tuple(a.get("passive_possessed", ())) + tuple(a.get("body_heads", ())))
    return bool(hits) and hits[0][0] <= 2


def _help_toward(ctx: SentenceContext, found: list) -> None:
    """``日本对加蓬的援助``, ``日本宣布的对司法部门的援助尚未落实``: a help noun owned by an actor, with the one
    helped before it (``toward``: an actor, optionally one of ``links`` — 宣布的, 承诺的 —, then one of ``markers``
    governing the recipient, ``的`` and the help noun). An unnamed national body (``司法部门``) stands for the
    nearest State named before, other than the provider. The fact's mood is read at the end of the clause
    (…尚未落实: Negated)."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    tw = a.get("toward")
    if not tw:
        return
    agents = lx.agents
    text = sent.text
    for ms, me, _m in lx.find(text, tw["markers"], sent.start, sent.end):
        prov = next((g for g in reversed(sent.before(ms)) if g.kinds() & agents), None)
        if prov is None or not is_free(sent, prov):
            continue
        gap = lx.squeeze(text[prov.end:ms])
        if gap and gap not in tw.get("links", ()):
            continue
        rec = next((g for g in sent.groups if g.start >= me and g.kinds() & agents), None)
        if rec is not None and rec.governor in tw["markers"] and rec.start - me <= 2:
            recips, tail = members_of(rec, agents), rec.end
        else:  # 对司法部门的援助: an unnamed body of a State named before
            head = lx.squeeze(text[me:me + 12]).split("的", 1)[0]
            hits = lx.find(head, tuple(a.get("passive_possessed", ())) + tuple(a.get("body_heads", ())))
            if not hits or hits[0][0] > 4 or len(head) > 8:
                continue
            recips, tail = _state_of_bodies(sent, ms, set(prov.keys), a), me + len(head)
        rest = lx.squeeze(text[tail:tail + 8])
        if not recips or not rest.startswith(tuple(lx["modifier_words"])):
            continue
        rest = rest[1:].lstrip()
        nouns = [n for n in lx.find(rest, a["passive_nouns"]) if n[0] <= tw.get("noun_gap", 4)]
        if not nouns:
            continue
        recips = [r for r in recips if r not in prov.keys]
        if recips:
            found.append((prov, recips, ms, tail, max(ms, sent.clause_end(tail) - 1)))


def _state_of_bodies(sent: Sentence, pos: int, exclude: set[str], a: dict) -> list[str]:
    """The State whose national bodies the sentence speaks of before ``pos``: the nearest one named right
    before a body or a government word (``加蓬司法部``, ``加蓬政府``), else the nearest one (not in ``exclude``)."""
    lx = sent.lx
    words = tuple(a.get("passive_possessed", ())) + tuple(a.get("body_heads", ())) + tuple(lx["government_words"])
    states = [g for g in sent.before(pos) if "State" in g.kinds() and not set(g.keys) <= exclude]
    for g in reversed(states):
        if lx.starts_with(lx.squeeze(sent.text[g.end:g.end + 8]), words):
            return [k for k in members_of(g, {"State"}) if k not in exclude]
    return [k for k in members_of(states[-1], {"State"}) if k not in exclude] if states else []


def _scaled_up(ctx: SentenceContext, found: list) -> None:
    """``X 加强对 Y 的技术援助``, ``扩大对 Y 的支持``: a verb of degree (``scaled``: ``verbs``) over help to Y
    (its ``marker`` governing Y, then ``的`` — or Y's own work, ``work_gap``: 对 Y 落实建议工作的 — and a help noun):
    X helps Y."""
    sc = ctx.sentence.lx["assists"].get("scaled")
    if not sc:
        return
    sent = ctx.sentence
    lx = sent.lx
    agents = lx.agents
    for s, e, _w in lx.find(sent.text, sc["verbs"], sent.start, sent.end):
        g = next((g for g in sent.after(e) if g.start <= e + 3), None)
        if g is None or g.governor not in sc["markers"] or not g.kinds() & agents:
            continue
        rest = lx.squeeze(sent.text[g.end:g.end + 10])
        clause = lx.squeeze(sent.text[g.end:sent.clause_end(g.end)])
        work = re.match(sc["work_gap"], clause) if sc.get("work_gap") else None
        if work is not None:  # 加大对 Y 落实建议工作的资助: help to Y's own work
            rest = clause[work.end():][:8]
        elif not lx.starts_with(rest, lx["modifier_words"]):
            continue
        if not lx.find(rest[:8], lx["assists"]["passive_nouns"]):
            continue
        recips = members_of(g, agents)
        prov = subject_before(sent, s, agents, ctx.prev_subject, exclude=set(recips))
        if prov is not None:
            found.append((prov, recips, s, g.end, s))


def _shared_with(ctx: SentenceContext, found: list) -> None:
    """``X 与 Y 分享了…经验``, ``X 同 Y 分享了…系统``: X helped Y (``share``: the ``markers`` that govern Y and
    the ``verbs`` right after it); ``与其分享`` stands for the last actor before it that is not X."""
    sh = ctx.sentence.lx["assists"].get("share")
    if not sh:
        return
    sent = ctx.sentence
    lx = sent.lx
    agents = lx.agents
    for s, e, _w in lx.find(sent.text, sh["verbs"], sent.start, sent.end):
        if not lx.find(sent.text, sh["objects"], e, sent.clause_end(e)):
            continue  # 分享了各自的看法: views exchanged are no help
        head = lx.squeeze(sent.text[sent.clause_start(s):s])
        prov = None
        g = next((g for g in reversed(sent.before(s)) if g.governor in sh["markers"]), None)
        if g is not None and not lx.squeeze(sent.text[g.end:s]) and g.kinds() & agents:
            recips = members_of(g, agents)
            marker = sent.text.rfind(g.governor, sent.start, g.head)
        elif any(head.endswith(m + p) for m in sh["markers"] for p in lx.get("state_pronouns", ())):
            marker = s - 2
            prov = subject_before(sent, marker, agents, ctx.prev_subject)
            other = next((h for h in reversed(sent.before(marker)) if h.kinds() & agents
                          and (prov is None or not set(h.keys) & set(prov.keys))), None)
            recips = members_of(other, agents) if other is not None else []
        else:
            continue
        prov = prov or subject_before(sent, marker, agents, ctx.prev_subject, exclude=set(recips))
        if prov is not None and recips and not set(recips) & set(prov.keys):
            found.append((prov, recips, marker, e, marker))


def _enabled_after(ctx: SentenceContext, found: list) -> None:
    """``Technical assistance from X enabled Y to …``, ``X's support allowed Y to …``: a help noun whose provider a
    marker (``enabled_from``: from, of) or a possessive names right before a verb of enabling (``enabled_verbs``), and
    the group right after that verb: X assists Y."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    verbs = a.get("enabled_verbs", ())
    if not verbs:
        return
    for s, e, _w in lx.find(sent.text, verbs, sent.start, sent.end):
        obj = object_after(sent, e, lx.agents, max_gap=0)
        prov = next((g for g in reversed(sent.before(s)) if g.start >= sent.clause_start(s)), None)
        if obj is None or prov is None or not prov.kinds() & lx.agents or set(prov.keys) & set(obj.keys):
            continue
        after = lx.squeeze(sent.text[prov.end:s]).strip().lower()
        before = lx.squeeze(sent.text[sent.clause_start(s):prov.head]).strip().lower()
        before = before.removesuffix(prov.governor or "").rstrip()  # (support from the Office)
        owned = prov.governor in a.get("enabled_from", ()) and lx.ends_with(before, a["give_nouns"]) and not after
        possessed = after.startswith(("'s", "’s")) and lx.find(after, a["give_nouns"])
        money = lx.ends_with(before, a.get("money_nouns", ())) or lx.find(after, a.get("money_nouns", ()))
        if money and obj.kinds() <= set(a.get("money_recipient_kinds", ())):
            continue  # a grant of X enabled UNDP to …: money to a body of the UN, no help
        if owned or possessed:
            found.append((prov, members_of(obj, lx.agents), s, e, s))


def _enabled_by(ctx: SentenceContext, found: list) -> None:
    """``X 的援助使 Y 能够…``: help named as a noun with its provider (``X 的``, ``X 提供的``)
    that made someone able to act (``causatives``): X assists Y."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    _enabled_after(ctx, found)
    causes = a.get("causatives", ())
    if not causes:
        return
    links = list(lx["modifier_words"]) + list(a.get("passive_links", ()))
    acts = [n for n in a.get("enabling_nouns", ()) if n not in a["passive_nouns"]]
    for s, e, w in lx.find(sent.text, list(a["passive_nouns"]) + acts, sent.start, sent.end):
        comma = len(sent.text[e:e + 2]) - len(sent.text[e:e + 2].lstrip("，, "))  # (…的三期培训班，使 Y…)
        if not lx.starts_with(lx.squeeze(sent.text[e + comma:e + comma + 4]), causes):
            continue
        ok = a.get("passive_links", ()) if w in acts else links  # X 资助的项目使 Y…: an activity X gave
        before = [g for g in sent.groups if g.end <= s and g.start >= sent.clause_start(s)]
        if not before or not before[-1].kinds() & lx.agents:
            continue
        gap = lx.squeeze(sent.text[before[-1].end:s])
        if not (gap == "" and w not in acts and a.get("compound_help")) and \
                not any(gap.startswith(k) and len(gap) - len(k) <= a.get("noun_lead", 4) for k in ok):  # X 赠款使 Y
            continue
        cause = lx.starts_with(lx.squeeze(sent.text[e + comma:e + comma + 4]), causes)
        pos = sent.text.find(cause, e)
        obj = object_after(sent, pos + len(cause), lx.agents, max_gap=0)
        if obj is not None:
            found.append((before[-1], members_of(obj, lx.agents), s, e, s))


def _beneficiary_of(ctx: SentenceContext, found: list) -> None:
    """``Y 是 X 技术援助的受益国``: Y benefits from X's help (``beneficiary_nouns`` after ``的``, the
    copula between the two groups)."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    for s, e, _w in lx.find(sent.text, a.get("beneficiary_nouns", ()), sent.start, sent.end):
        lead = lx.squeeze(sent.text[max(sent.start, s - 8):s])
        adj = lx.ends_with(lead, a.get("beneficiary_adjectives", ()))  # X 的主要受益国之一
        if not lx.ends_with(lead[:len(lead) - len(adj)] if adj else lead, lx["modifier_words"]):
            continue
        groups = [g for g in sent.groups if g.end <= s and g.start >= sent.clause_start(s)]
        if len(groups) < 2 or not is_free(sent, groups[-2]):
            continue
        recip, prov = groups[-2], groups[-1]
        if strip_adverbs(sent.text[recip.end:prov.head], lx) not in lx["member_of"].get("copula", ()):
            continue
        if prov.kinds() & lx.agents and recip.kinds() & {"State"}:
            found.append((prov, members_of(recip, {"State"}), s, e, s))


def visited_by(ctx: SentenceContext, me: int, s: int, a: dict) -> list[str]:
    """``特别报告员对该国进行了访问。人权高专办为访问提供了支持``: a recipient marker (ending at ``me``) that
    governs only a back-reference to a visit (``visit_refs.pattern``) before the giving verb at ``s`` helps
    the visitor — the last free group of ``visit_refs.kinds`` before the provider in the sentence, else the
    previous sentence's subject."""
    vr = a.get("visit_refs")
    sent = ctx.sentence
    if not vr or not re.fullmatch(vr["pattern"], strip_adverbs(sent.text[me:s], sent.lx)):
        return []
    return _visitor(ctx, me, vr)


def visit_object(ctx: SentenceContext, at: int, a: dict) -> list[str]:
    """``X provided logistical support for the visit``, ``X supported his mission``: help whose object, right at
    ``at``, is a visit (``visit_refs.object``, a regular expression over the squeezed text) helps the visitor, as
    :func:`visited_by` finds one."""
    vr = a.get("visit_refs")
    sent = ctx.sentence
    if not vr or not vr.get("object") or not re.match(vr["object"], sent.lx.squeeze(sent.text[at:at + 60])):
        return []
    return _visitor(ctx, at, vr)


def _visitor(ctx: SentenceContext, me: int, vr: dict) -> list[str]:
    sent = ctx.sentence
    lx = sent.lx
    kinds = set(vr["kinds"])
    prov = subject_before(sent, me, lx.agents, ctx.prev_subject)
    mine = set(prov.keys) if prov is not None else set()
    visited = vr.get("visited_before")  # 访问了该国, 对该国进行了访问: the State visited, not the visitor
    free = [g for g in sent.before(me) if is_free(sent, g) and g.kinds() & kinds and not set(g.keys) & mine
            and not (visited and re.search(visited, sent.text[max(sent.start, g.start - 8):g.start]))]
    visitor = free[-1] if free else ctx.carried.get("visitor") or ctx.prev_subject
    if visitor is None or set(visitor.keys) & mine:
        return []
    return members_of(visitor, kinds)


def visit_prepared(ctx: SentenceContext) -> None:
    """``X organized the logistics of the visit``, ``The visit was prepared by X``, ``访问由 X 和 Y 共同筹备``: one who
    prepared a visit (``visit_refs.prepare_verbs`` with the visit as its object, ``prepared_object``; or the visit
    opening a passive clause up to the preparer's by-marker, ``prepared_passive``, with the verb in it or right after
    the preparer) helped the visitor, as :func:`visited_by` finds one."""
    vr = ctx.lx["assists"].get("visit_refs") or {}
    verbs = vr.get("prepare_verbs")
    if not verbs:
        return
    sent = ctx.sentence
    lx = sent.lx
    found = []
    for s, e, _w in lx.find(sent.text, verbs, sent.start, sent.end):
        if vr.get("prepared_object") and re.match(vr["prepared_object"], lx.squeeze(sent.text[e:e + 80]).strip()):
            prov = subject_before(sent, s, lx.agents, ctx.prev_subject)
            if prov is not None and prov.start >= sent.clause_start(s):
                found.append((prov, s))
    act = lx.get("activities") or {}
    by = (*act.get("by_markers", ()), *act.get("by_before", ()))
    for g in sent.groups if vr.get("prepared_passive") else ():
        lead = lx.squeeze(sent.text[sent.clause_start(g.start):g.start]).strip()
        if g.governor not in by and not (g.governor is None and lx.ends_with(lead, vr.get("prepared_cleft", ()))):
            continue  # (整个行程是 X 安排的: the cleft's copula, no by-marker, before the preparer)
        if not re.fullmatch(vr["prepared_passive"], lead):
            continue
        after = strip_adverbs(sent.text[g.end:sent.clause_end(g.end)], lx)  # (共同筹备: the adverb taken off)
        if lx.find(lead, verbs, 0, len(lead)) or lx.starts_with(after, verbs):
            found.append((g, sent.clause_start(g.start)))
    kinds = set(vr["kinds"])
    for prov, at in found:
        if not prov.kinds() & lx.agents:
            continue
        visited = vr.get("visited_before")  # (…赴 A 和 B 考察两国的…；考察日程由 Y 安排: A and B were visited, not
        # visitors, and so were the groups their clause names after them)
        went = [(sent.clause_start(g.start), g.start) for g in sent.before(prov.start)
                if visited and re.search(visited, sent.text[max(sent.start, g.start - 8):g.start])]
        earlier = [g for g in sent.before(prov.start) if is_free(sent, g) and g.kinds() & kinds
                   and not any(sent.clause_start(g.start) == lo and g.start >= at for lo, at in went)]
        was = earlier[-1] if earlier else ctx.carried.get("visitor") or ctx.prev_subject  # (the visit's own visitor)
        visitor = members_of(was, kinds) if was is not None and not set(was.keys) & set(prov.keys) else []
        hosted = [r.object for r in ctx.earlier if r.predicate == "assists" and r.subject in visitor
                  and r.object.startswith("state/") and r.object not in prov.keys]
        if was is not None and was is ctx.prev_subject and hosted and "State" in was.kinds():
            # X received officials of Y and showed them …; Z organized the visit: Y's (a host State, not a mechanism
            # that visited and advised)
            visitor = list(dict.fromkeys(hosted))
        study = ctx.carried.get("visit")  # (officials of X went to P to learn …; Y organized the visit: X's study visit)
        if study and not (set(study[1]) & set(prov.keys)):
            visitor = list(study[1])
        givers = [k for k in members_of(prov, lx.agents) if k not in visitor]
        mate = next(iter(sent.after(prov.end)), None)  # 由 X 与 Y 共同承担: Y prepared it too
        if mate is not None and mate.governor in lx["partners"].get("markers", ()) and mate.kinds() & lx.agents \
                and lx.trim(lx.squeeze(sent.text[prov.end:mate.head])) == mate.governor:
            givers += [k for k in members_of(mate, lx.agents) if k not in visitor and k not in givers]
        if visitor and givers:
            emit_assist(ctx, givers, visitor, None, None, ctx.mood(at, prov))


def note_visitor(ctx: SentenceContext) -> None:
    """Remember who the sentence says visited a State (``X visited Y``, ``X 对 Y 进行了访问``: the subject of the
    ``visit_refs.visited_before`` words before a State), so that a later sentence of the unit that supports ``the
    visit`` helps that visitor, whatever the sentences between were about."""
    vr = ctx.lx["assists"].get("visit_refs") or {}
    visited = vr.get("visited_before")
    if not visited:
        return
    sent = ctx.sentence
    kinds = set(vr["kinds"])
    for g in sent.groups:
        if "State" in g.kinds() and re.search(visited, sent.text[max(sent.start, g.start - 20):g.start]):
            visitor = subject_before(sent, g.start, sent.lx.agents, ctx.prev_subject)
            if visitor is not None and "Person" in visitor.kinds():  # The Special Rapporteur, A B, visited …: the post
                visitor = next((h for h in sent.before(visitor.start) if is_free(sent, h) and h.kinds() & kinds), None)
            if visitor is not None and visitor.kinds() & kinds and not set(visitor.keys) & set(g.keys):
                ctx.carried["visitor"] = visitor
            return


def beneficiaries_listed(ctx: SentenceContext, a: dict) -> list:
    """``受益于 X 的国家包括 A 和 B``, ``得到 X 支持的国家包括 A``: the ones said to have benefited from X (a
    ``relative_beneficiaries.leads`` word before X, at most a help noun between X and a ``lists`` phrase) are
    listed after it: X helped each (``kinds``)."""
    rb = a.get("relative_beneficiaries")
    sent = ctx.sentence
    lx = sent.lx
    out: list = []
    for s, e, _w in lx.find(sent.text, rb["lists"], sent.start, sent.end) if rb else ():
        g = next((h for h in reversed(sent.before(s)) if h.start >= sent.clause_start(s)), None)
        if g is None or not g.kinds() & lx.agents:
            continue
        gap = strip_adverbs(sent.text[g.end:s], lx)
        if gap and gap not in a["passive_nouns"]:
            continue
        if not lx.ends_with(lx.squeeze(sent.text[sent.clause_start(s):g.head]), rb["leads"]):
            continue
        recips = [k for h in sent.after(e) if h.start < sent.clause_end(e) and h.governor is None
                  for k in members_of(h, set(rb["kinds"])) if k not in g.keys]
        if recips:
            out.append((g, recips, s, e, s))
    return out


def beneficiaries_of(ctx: SentenceContext) -> list:
    """``Beneficiaries of X in 2023 included A, B and C`` (``beneficiaries_of``, then one of
    ``beneficiaries_of_verbs``): X helped each State listed after the verb."""
    sent = ctx.sentence
    lx = sent.lx
    rx = lx.res.get("beneficiaries_of")
    out = []
    for m in rx.finditer(sent.text, sent.start, sent.end) if rx is not None else ():
        prov = next((g for g in sent.after(m.end()) if g.start - m.end() <= 6), None)
        if prov is None or not prov.kinds() & lx.agents:
            continue
        verbs = lx.find(sent.text, lx.get("beneficiaries_of_verbs", ()), prov.end, sent.clause_end(prov.end))
        if not verbs:
            continue
        recips = [k for g in sent.after(verbs[0][1]) for k in members_of(g, {"State"}) if k not in prov.keys]
        if recips:
            out.append((prov, recips, m.start(), verbs[0][1], m.start()))
    return out
