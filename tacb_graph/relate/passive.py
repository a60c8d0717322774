"""Help stated from the recipient's side: ``Y 得到 X 的支持``, ``Y received technical assistance
from X``, ``Y benefited from UNDP's support`` — the recipient is the subject, the provider governed
by a ``from``/``的`` marker; providers who gave together (``得到了 A 和 B 的联合支助``) are partners."""

from __future__ import annotations

import re

from .clauses import Group, Sentence, without_short_form
from .emit import emit_assist, topic
from .funding import money_to_a_body
from .patterns import SentenceContext
from .relatives import back_to, funder_after, relative_subject
from .runs import coordinated_run, joined_run
from .roles import (agent_after, counted_goods, is_free, members_of, object_after, scope_start, sentence_subject, strip_adverbs,
                    state_pronoun, subject_before, unnamed_that_subject, year_before)

__all__ = ["passive_help", "passive_verb", "helped_by", "through_activity", "unescorted", "given_to_it", "reviewed_work"]


def passive_help(ctx: SentenceContext, found: list) -> None:
    """``Y 得到 X 的支持``; ``Y received technical assistance from X``; before the verb, a phrase saying the one
    helped asked for it (``own_request``: At its own request) makes it ask the provider too."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    agents = lx.agents
    text = sent.text
    links = list(lx["modifier_words"]) + list(a.get("passive_links", ()))
    allow = tuple(lx.get("object_fillers", ())) + tuple(a.get("passive_gap", ()))
    given = a.get("passive_given_by") or {}  # X was provided by Y with equipment: Y gave it
    hits = lx.find(text, a["passive"], sent.start, sent.end)
    if given:  # (two look-ups of the lexicon's own lists, not one of a list made here for each sentence)
        hits = sorted(hits + lx.find(text, given["forms"], sent.start, sent.end))
    for s, e, w in hits:
        if a.get("received_visitors") and re.match(a["received_visitors"], text[e:e + 60]):
            continue  # X received three study visits of officials from Y: X hosted them (relate/activities.py)
        if a.get("passive_taker_by") and re.match(a["passive_taker_by"], text[e:e + 12]):
            continue  # an account of the support received by X: X took it; its giver is not the by-group
        prov = object_after(sent, e, agents, max_gap=0, allow=allow)  # 得到 X 的, 获得来自 X 的
        prov = _with_partners(sent, prov) if prov is not None and w not in given.get("forms", ()) else prov
        after = lx.squeeze(text[prov.end:prov.end + 48]) if prov is not None else ""
        if w in given.get("forms", ()):
            if prov is None or not re.match(given["end"], without_short_form(text[prov.end:sent.end])):
                continue
        elif prov is not None and w in a.get("passive_direct", ()) and not _followed_by_noun(sent, prov, a) \
                and re.match(a.get("passive_direct_end", ""), text[prov.end:sent.end]):
            # (受益于开发署关于…的报告: what follows the provider, 'passive_direct_end', shows it owns a noun)
            pass  # X benefited from the Fund: the one it benefited from helped it
        elif prov is not None and (lx.starts_with(_skip_aside(after, a), links)
                                   or _noun_compound(sent, prov, a)):
            nouns = list(a["passive_nouns"]) + list(a.get("passive_activity_nouns", ()))  # 受益于 X 的一个区域项目
            window = 12
            goods = a.get("passive_goods") or {}  # 收到了 X 提供的卫星电话、急救包和应急物资: what X gave
            if goods and lx.starts_with(_skip_aside(after, a), goods["links"]):
                nouns, window = nouns + list(a["give_nouns"]), goods["window"]
            # a verb that takes help only as money (利用 X 的赠款: used X's grant; 'passive_verb_nouns')
            nouns = a.get("passive_verb_nouns", {}).get(w, nouns)
            if not _help_noun_near(sent, nouns, prov.end, window + len(after) - len(_skip_aside(after, a))):
                continue
        elif w in a.get("passive_verb_nouns", {}):
            continue  # 利用 X 的专门知识, 利用 X: no money taken
        else:  # received assistance from X, 从 X 获得了资助
            prov = _passive_from(sent, e, a) or _from_before(sent, s, e, a) or _from_around(sent, s, w, a)
            if prov is None and w in a.get("passive_direct", ()):
                # benefited from an exchange …, with funding from X; from an adviser deployed by X (the nearer)
                cands = [g for g in (funder_after(sent, e, a), _participle_agent(sent, e, a)) if g is not None]
                prov = min(cands, key=lambda g: g.start) if cands else None
            if prov is None:
                continue
        if prov.governor in a.get("passive_from", ()):
            prov = _with_run(sent, prov)
        subj = relative_subject(sent, s, a) or _own_subject(sent, s, a)
        if w in given.get("forms", ()) and lx.trim(lx.squeeze(text[sent.clause_start(s):s]), "determiners").strip().lower() \
                in given.get("pronouns", ()):  # …, and it was provided by Y with …: the one helped named last before
            subj = next((g for g in reversed(sent.before(s)) if g.kinds() & set(given.get("taker_kinds", ()))), subj)
        located = None if subj is not None else _located_taker(sent, s, e, prov, a)
        if located is not None:  # 在 X 开展工作的组织获得了基金的赠款: the unnamed takers' State
            found.append((prov, members_of(located, {"State"}), s, e, s))
            continue
        if subj is None and scope_start(sent, s)[1]:  # encourages X to accept the offers of assistance made by Y
            subj = subject_before(sent, s, agents, ctx.prev_subject, exclude=set(prov.keys))
        if subj is None and _activity_subject(sent, s):
            continue  # 这些培训得到了 Y 的资助: the activity named before took the money (its recipients: referents)
        if subj is None and unnamed_that_subject(sent, sent.start, s):
            # recommended …; and that projects in A receive priority from Y: the State the unnamed takers are in
            placed = [g for g in sent.before(s) if g.kinds() == {"State"} and g.governor in lx.get("locative_markers", ())
                      and g.start > sent.clause_start(s)]
            if placed:
                found.append((prov, members_of(placed[-1], {"State"}), s, e, s))
            continue
        subj = subj or _work_owner(ctx, s, a) or _pronoun_owner(sent, s, ctx.prev_subject) \
            or sentence_subject(sent, ctx.prev_subject)
        if subj is not None and subj.start >= e and set(subj.keys) & set(prov.keys):
            # 这次走访得到 A 与 B 的共同支持: the providers after the verb are not what took the help; the one before did
            prev = ctx.prev_subject
            subj = prev if prev is not None and prev.kinds() & agents and not set(prev.keys) & set(prov.keys) else None
        if subj and subj.kinds() & agents and subj is not prov:
            nouns = lx.find(text, a["passive_nouns"], max(sent.clause_start(s), s - 40), sent.clause_end(e))
            if not money_to_a_body(sent, members_of(subj, agents), nouns, s):
                found.append((prov, members_of(subj, agents), s, e, s))
                _joint_providers(ctx, prov, links, a, s)
                if lx.find(text, a.get("own_request", ()), sent.start, s):
                    for k in members_of(subj, agents):  # At its own request, X received a review from Y: X asked Y
                        for p in members_of(prov, agents):
                            ctx.add(k, "requests", p)


def through_activity(ctx: SentenceContext, found: list) -> None:
    """``A 和 B 的 1 300 多名幸存者通过 X 的一个区域项目获得了康复服务``: those who received something through an
    activity of X's (``through``: ``words``, the marker; ``then``, a regular expression on the words after X — its
    activity noun, then a verb of receiving; ``people``, who else than the activities' ``beneficiaries`` may have
    received it) were helped by X."""
    sent = ctx.sentence
    lx = sent.lx
    spec = lx["assists"].get("through")
    if not spec:
        return
    for s, e, _w in lx.find(sent.text, spec["words"], sent.start, sent.end):
        prov = object_after(sent, e, lx.agents, max_gap=0)
        if prov is None or not re.match(spec["then"], lx.squeeze(sent.text[prov.end:sent.clause_end(prov.end)])):
            continue
        subj = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(prov.keys))
        if subj is None:  # A 和 B 的 1 300 多名幸存者通过…: the people of the ones the clause opens with
            people = tuple((lx.get("activities") or {}).get("beneficiaries", ())) + tuple(spec.get("people", ()))
            lo = sent.clause_start(s)
            subj = next((g for g in sent.groups if lo <= g.start and g.end <= s and g.governor is None
                         and lx.find(sent.text, people, g.end, s)), None)
        if subj is not None and subj.kinds() & lx.agents:
            found.append((prov, members_of(subj, lx.agents), s, e, s))


def _participle_agent(sent: Sentence, e: int, a: dict) -> Group | None:
    """``benefited from a human rights adviser deployed by X``: the agent of a participle (``benefit_agent``, a regular
    expression on the words from the verb to the agent) that names who gave what was benefited from."""
    rx = a.get("benefit_agent")
    if not rx:
        return None
    for g in sent.after(e):
        if g.start > sent.clause_end(e):
            break
        if re.fullmatch(rx, sent.lx.squeeze(sent.text[e:g.head])):
            return g if g.kinds() & sent.lx.agents else None
    return None


def _pronoun_owner(sent: Sentence, s: int, prev: Group | None) -> Group | None:
    """``X said …. Staff of its Ministry of Interior had received training from Y``: a clause that names no one before
    the passive verb at ``s`` but owns what it speaks of through a pronoun (``state_pronouns``: its, 其) opening a
    sentence of its own: the subject of the sentence before took the help."""
    lx = sent.lx
    lo = sent.clause_start(s)
    if prev is None or not prev.kinds() & lx.agents or lo != sent.start or any(lo <= g.start < s for g in sent.groups):
        return None
    head = lx.squeeze(sent.text[lo:s]).lower()
    return prev if lx.find(head, lx.get("state_pronouns", ()), 0, len(head)) else None  # (whole words only)


def _activity_subject(sent: Sentence, s: int) -> bool:
    """Whether the clause before the passive verb at ``s`` is nothing but words referring back to an activity
    (``activities`` ``referents``: 这些培训, 该项目的经费), with no one named in it."""
    from .referents import noun_pattern

    act = sent.lx.get("activities") or {}
    rx = noun_pattern(sent.lx, act) if act else None
    lo = sent.clause_start(s)
    if rx is None or any(lo <= g.start < s for g in sent.groups):
        return False
    head = strip_adverbs(sent.text[lo:s], sent.lx)
    m = rx.match(head)
    return m is not None and m.end() == len(head) and m.end() > 0


def _work_owner(ctx: SentenceContext, s: int, a: dict) -> Group | None:
    """``X 通过了国家行动计划。该计划的起草工作得到了 Y 的支持``: a clause that opens with a back-reference to a
    work (``work_owner_subject``, a regular expression on the words before the verb) and names no one before it took
    the help for the one the sentence before was about."""
    rx = a.get("work_owner_subject")
    sent = ctx.sentence
    prev = ctx.prev_subject
    lo = sent.clause_start(s)
    if not rx or prev is None or any(lo <= g.start < s for g in sent.groups):
        return None
    return prev if re.fullmatch(rx, sent.lx.squeeze(sent.text[lo:s]).strip()) else None


def _noun_compound(sent: Sentence, prov: Group, a: dict) -> bool:
    """``得到开发署支持``, ``获得基金赠款``: a help noun (``passive_nouns``) right after the provider, with no link
    (only where the language lists ``passive_compound``)."""
    lx = sent.lx
    if not a.get("passive_compound"):
        return False
    return bool(lx.starts_with(lx.squeeze(sent.text[prov.end:prov.end + 8]), a["passive_nouns"]))


def _located_taker(sent: Sentence, s: int, e: int, prov: Group | None, a: dict) -> Group | None:
    """The group of States of the unnamed takers a passive verb at ``s`` has: ``在 X 开展工作的组织获得了…``
    before it, or a cleft after it (``获得…最多的是在 X 和 Y 开展工作的组织``). ``unnamed_takers``: a regular
    expression on the words between the State and the end of the taker (the unnamed head noun)."""
    rx = a.get("unnamed_takers")
    if not rx:
        return None
    lx = sent.lx
    lo = sent.clause_start(s)
    before = [g for g in sent.groups if lo <= g.start and g.end <= s]
    if before and "State" in before[-1].kinds() and re.fullmatch(rx, strip_adverbs(sent.text[before[-1].end:s], lx)):
        return before[-1]
    end = sent.clause_end(e)
    start = prov.end if prov is not None else e
    ofs = (lx.get("activities") or {}).get("of", ())
    for c in a.get("cleft_copulas", ()):
        at = min((i for i in (sent.text.find(of + c, start, end) for of in ofs) if i >= 0), default=-1)
        if at < 0:  # 获得基金赠款最多的是 …: the language's 'of' word, then the copula
            continue
        after = [g for g in sent.groups if at < g.start and g.end <= end]
        rest = lx.squeeze(sent.text[after[-1].end:end]).rstrip("。") if after else ""
        if after and "State" in after[-1].kinds() and (rest == "" or re.fullmatch(rx, rest)):
            return after[-1]
    return None


def _skip_aside(rest: str, a: dict) -> str:
    """``得到了 X 在选举方面的技术援助``: the field the help was in (``passive_aside``) may stand between the provider
    and its link."""
    rx = a.get("passive_aside")
    return re.sub(rx, "", rest, count=1) if rx else rest


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


def _own_subject(sent: Sentence, s: int, a: dict) -> Group | None:
    """``A 和 B 在…的协助下编写了…；汤加则得到了…``: a free group right before the passive verb at ``s``
    in its clause (adverbs and ``passive_subject_links`` such as 则 between) is that verb's own subject."""
    links = a.get("passive_subject_links")
    if links is None:
        return None
    lx = sent.lx
    lo = sent.clause_start(s)
    before = [g for g in sent.groups if lo <= g.start and g.end <= s]
    places = set(lx.get("place_modifier_kinds", ("Place",)))
    where = ""
    if len(before) > 1 and before[-1].governor and before[-1].kinds() <= places \
            and not strip_adverbs(sent.text[before[-1].end:s], lx):
        # 尼日尔的 60 名伊玛目在拉巴特接受了…: where they received it stands between them and the verb
        where, at = sent.text[before[-2].end:before[-1].start], before[-1].governor
        before = before[:-1]
    if not before or not before[-1].kinds() & lx.agents:
        return None
    gap = strip_adverbs(where or sent.text[before[-1].end:s], lx)
    if where:
        gap = gap[:-len(at)].rstrip() if gap.endswith(at) else gap
    for w in links:
        if w and gap.endswith(w):
            gap = gap[:-len(w)]
            break
    owned = gap.startswith(tuple(lx["modifier_words"]))
    if owned and "year" in lx.res:
        gap = lx.squeeze(lx.res["year"].sub("", gap))  # 波黑的 25 名法官 2116 年接受了…: a year before the verb
        lead = lx.ends_with(gap, a.get("passive_year_leads", ()))  # (…在 2116 年接受了: the year's own preposition)
        gap = gap[:-len(lead)].rstrip() if lead else gap
    if owned and (len(gap) <= 12 and (lx.ends_with(gap, a.get("passive_possessed", ())) and "State" in before[-1].kinds()
                                      or lx.ends_with(gap, a.get("passive_possessed_people", ())))
                  or "counted_people" in a and re.fullmatch(a["counted_people"], gap)):
        return _owners_before(sent, before, a)  # 多哥的国家人权委员会得到了…: the State whose body (unnamed) received
        # it; X 机构的 25 名工作人员接受了…: the body (or State) whose people received it; X 的 60 名伊玛目
        # (``counted_people``: a count of persons, whatever their calling)
    return before[-1] if gap == "" and is_free(sent, before[-1]) else None


def _owners_before(sent: Sentence, before: list[Group], a: dict) -> Group:
    """``A 的社区保护网络和 B 的妇女庇护所收到了…``: the owner of the last unnamed body, and the owners of the bodies
    joined to it before (each a State, ``的``, a body of ``passive_possessed``, a ``passive_possessed_joiners`` word)."""
    lx = sent.lx
    owners = [before[-1]]
    joiners = a.get("passive_possessed_joiners", ())
    for g in reversed(before[:-1]):
        gap = lx.squeeze(sent.text[g.end:owners[0].start])
        joiner = lx.ends_with(gap, joiners)
        body = gap[:-len(joiner)] if joiner else ""
        if not (joiner and "State" in g.kinds() and body.startswith(tuple(lx["modifier_words"])) and len(body) <= 12
                and lx.ends_with(body, a.get("passive_possessed", ()))):
            break
        owners.insert(0, g)
    return owners[0] if len(owners) == 1 else Group([i for g in owners for i in g.items])


def _help_noun_near(sent: Sentence, nouns, pos: int, window: int) -> bool:
    """One of ``nouns`` within ``window`` characters after ``pos`` in its clause, a title in 《》 (the
    topic of 提供的关于《公约》的咨询服务) counted as one character."""
    lx = sent.lx
    for s, _e, _w in lx.find(sent.text, nouns, pos, sent.clause_end(pos)):
        if len(_TITLE.sub("《》", lx.squeeze(sent.text[pos:s]))) <= window:
            return True
    return False


_TITLE = re.compile(r"《[^《》]*》")


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


def _from_around(sent: Sentence, s: int, w: str, a: dict) -> Group | None:
    """``从 X 资助的交流中受益``, ``从 X 的支持中获益``: a verb of benefiting that closes a ``from`` phrase
    (``passive_around``: its verbs and the marker that opens it) — the first actor in the phrase gave what was benefited
    from (the phrase's own activity, funded or done by it)."""
    around = a.get("passive_around")
    if not around or w not in around["verbs"]:
        return None
    lo = sent.text.rfind(around["marker"], sent.clause_start(s), s)
    if lo == -1:
        return None
    inside = [g for g in sent.groups if lo < g.start and g.end <= s and g.kinds() & sent.lx.agents]
    return inside[0] if inside else None


def _relative_doer(sent: Sentence, lo: int, g: Group, a: dict) -> bool:
    """``a programme on … that X implemented``: ``g`` follows a relative marker (``relative_subject_markers``) and
    is followed by a verb of doing (``activities`` ``verbs``) — it carried out the thing received."""
    lx = sent.lx
    before = lx.squeeze(sent.text[lo:g.head])
    if not lx.ends_with(lx.trim(before, "determiners"), a.get("relative_subject_markers", ())) or len(before.split()) > 12:
        return False
    rest = without_short_form(lx.squeeze(sent.text[g.end:g.end + 40]))  # X (FAO) implemented
    return bool(lx.starts_with(rest, (lx.get("activities") or {}).get("verbs", ())))


def _with_partners(sent: Sentence, g: Group) -> Group:
    """``g`` with the agents joined to it one by one by a partner marker or a coordinator alone, in its clause
    (``接受了人权高专办苏丹办事处与难民署联合提供的培训``: both gave it)."""
    run = joined_run(sent, g, sent.clause_end(g.end) + 1)
    return Group(g.items + [i for h in run for i in h.items], g.governor, g.in_resolution, g.lead) if run else g


def _with_run(sent: Sentence, g: Group) -> Group:
    """``g`` with the agents of the run of groups joined to it in its clause (``received from Cyprus, UNODC and
    UNICEF``: a list the grouping cut after a State's comma is one provider)."""
    lx = sent.lx
    run = []
    for h in coordinated_run(sent, g.end):
        if h.governor is not None or not h.kinds() & lx.agents:
            break
        run.append(h)
    if not run:
        return g
    last_gap = lx.squeeze(sent.text[(run[-2] if len(run) > 1 else g).end:run[-1].head]).strip(" ,")
    if last_gap not in lx["coordinators"] and len(run[-1].items) < 2:
        return g  # (a list ends with a coordinator before its last name: A, B and C; or the run's last group holds it)
    return Group(g.items + [i for h in run for i in h.items], g.governor, g.in_resolution, g.lead)


def _passive_from(sent: Sentence, e: int, a: dict) -> Group | None:
    """``received assistance from X``, ``the assistance it had received from X``: the provider (the help named by
    ``passive_nouns`` or, where the language gives it, ``passive_noun_rx``: comments on a draft law, not on the draft
    report)."""
    lx = sent.lx
    markers = a.get("passive_from", ())
    if not markers:
        return None
    if a.get("received_asks") and re.match(a["received_asks"], sent.text[e:sent.clause_end(e)]):
        return None  # had received requests for technical advice from X: X asked, it gave nothing
    end = sent.clause_end(e)
    nouns = lx.find(sent.text, a["passive_nouns"], e, min(end, e + a.get("noun_window", 20)))
    m = re.compile(a["passive_noun_rx"]).search(sent.text, e, end) if not nouns and a.get("passive_noun_rx") else None
    if m and m.start() - e <= a.get("noun_window", 20):
        nouns = [(m.start(), m.end(), m.group())]  # received written comments on its draft labour code from X
    if end < sent.end and lx.starts_with(lx.squeeze(sent.text[end + 1:end + 30]), a.get("passive_participles", ())):
        end = sent.clause_end(end + 1)  # a seminar on …, organized by X: the participle's clause is the noun's
    elif end < sent.end and lx.starts_with(lx.trim(lx.squeeze(sent.text[end + 1:end + 12]), "determiners").lower(),
                                           a.get("relative_subject_markers", ())):
        end = sent.clause_end(end + 1)  # a programme on …, which X carried out: the relative clause is the noun's
    goods = None if nouns else counted_goods(sent, e)  # received 5,000 tonnes of rice from X
    # had received from X training for …: the marker and its group right after the verb, the help noun right after it
    first = next((g for g in sent.groups if e <= g.start < end), None)
    if first is not None and first.governor in markers and first.kinds() & lx.agents \
            and lx.trim(lx.squeeze(sent.text[e:first.head]).strip(), "determiners") == first.governor:
        after = lx.find(sent.text, tuple(a["passive_nouns"]) + tuple(a.get("passive_from_goods", ())), first.end,
                        min(end, first.end + a.get("noun_window", 20)))  # (received from X a case-management system)
        gap = lx.trim(lx.squeeze(sent.text[first.end:after[0][0]]).strip(" ,"), "determiners") if after else None
        if after and (not gap or "," not in gap and len(gap.split()) <= a.get("passive_from_modifiers", 0)
                      and not any(w.lower() in lx["prepositions"] for w in gap.split())):
            return first  # (received from X a case-management system: the noun's own modifiers between)
    if nouns or goods:
        lo = (nouns[0] if nouns else goods)[1]
    elif lx.find(sent.text, a["passive_nouns"], max(sent.clause_start(e), back_to(sent, e, 40)), e):
        lo = e  # the assistance (that) it had received from X, the support that the African Commission had …
    else:
        return None
    by = a.get("passive_by", ())  # training provided by X: a participle and its agent after the noun
    of = a.get("passive_of", ())  # benefited from the support of X
    for g in sent.groups:
        if lo <= g.start <= end and g.governor in markers and g.kinds() & lx.agents:
            return g
        if nouns and g.lead is not None and g.lead <= nouns[0][0] < lo <= g.start <= end and g.kinds() & lx.agents \
                and g.lead >= e and lx.ends_with(lx.trim(lx.squeeze(sent.text[lo:g.start]).strip(), "determiners"), tuple(markers) + tuple(of)):
            return g  # received two advisory missions from X: the mission's phrase names X through it (owner phrase)
        if lo <= g.start <= end and g.governor is None and g.kinds() & lx.agents and _relative_doer(sent, lo, g, a):
            return g  # benefited from a programme (on …) that X implemented
        last = max([lo] + [n[1] for n in nouns if n[1] <= g.start])  # equipment and two vehicles by X: the last noun
        if lo <= g.start <= end and g.governor in by and g.kinds() & lx.agents \
                and (len(lx.squeeze(sent.text[last:g.head]).split()) <= 3 or _participle_before(sent, lo, g, a)):
            return g
        if lo <= g.start <= end and g.governor in of and g.kinds() & lx.agents \
                and len(lx.trim(lx.squeeze(sent.text[lo:g.head]), "determiners").split()) <= 1:
            return g
    return None


def _participle_before(sent: Sentence, lo: int, g: Group, a: dict) -> bool:
    """``benefited from a seminar on the prevention of torture, organized in Lima by X``: the words between the
    help noun and the agent ``by X`` are a short complement of the noun, then a participle of ``passive_participles``
    and at most a place (``passive_participle_places``: in/at + a few words) — X is the one who gave it."""
    rx = sent.lx.res.get("passive_participle") if hasattr(sent.lx, "res") else None
    if rx is None:
        words = a.get("passive_participles")
        if not words:
            return False
        places = "|".join(map(re.escape, a.get("passive_participle_places", ())))
        rx = re.compile(r"^(?:\S+\s+){0,8}?(?:" + "|".join(map(re.escape, words)) + r")"
                        + (r"(?:\s+(?:" + places + r")\s+(?:\S+\s+){0,3}?\S+)?" if places else "") + r"\s*$")
        sent.lx.res["passive_participle"] = rx
    gap = sent.lx.trim(sent.lx.squeeze(sent.text[lo:g.start]).strip(" ,"), "determiners")
    if g.governor and gap.endswith(g.governor):
        gap = gap[:-len(g.governor)]  # the agent's own marker (by)
    gap = re.sub(r"\s*,\s*", " ", gap).strip()
    return bool(rx.match(gap))


def helped_by(ctx: SentenceContext, s: int, e: int, examples: set[str], found: list, verb: str = "") -> None:
    """``Samoa was assisted by the Pacific Community``: the passive's agent (``by``) helped its subject
    (but a person accompanied by another was not helped: ``escort_verbs``, ``escorted_kinds``)."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    agent = agent_after(sent, e, a.get("passive_by", ()), a.get("passive_agent_gap", 4))
    doers = [agent] if agent is not None and agent.kinds() & lx.agents else _through_doers(sent, e, a)
    if not doers:
        return
    if not sent.text[sent.start:s].strip():
        # Assisted by UNDP, Samoa drafted …: the participle opens the sentence, its subject opens the next clause
        after = sent.clause_end(max(d.end for d in doers))
        subj = next((g for g in sent.groups if g.start > after and g.governor is None), None)
        subj = subj if subj is not None and not sent.lx.squeeze(sent.text[after + 1:subj.head]).strip() else None
    else:
        subj = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude={k for d in doers for k in d.keys} | examples)
    if subj is None and sent.text[sent.start:s].strip():  # According to X, its Ministry of … had been helped by Y: the State the possessive stands for
        cs = sent.clause_start(s)
        subj = state_pronoun(sent, cs + len(sent.text[cs:s]) - len(sent.text[cs:s].lstrip(" ,")))
    if subj is None or not subj.kinds() & lx.agents:
        return
    recips = unescorted(sent, verb, members_of(subj, lx.agents))
    for doer in doers if recips else ():
        found.append((doer, recips, s, e, s))


def _through_doers(sent: Sentence, e: int, a: dict) -> list[Group]:
    """``X were supported … through a programme that F financed and that Y implemented``: the doers of the relative
    clauses after a means phrase (``means_markers`` and a help or activity noun) in the passive verb's clause."""
    lx = sent.lx
    end = sent.clause_end(e)
    for _ms, me, _w in lx.find(sent.text, a.get("means_markers", ()), e, end):
        nouns = lx.find(sent.text, a["passive_nouns"], me, min(end, me + 40))
        if nouns:
            return [g for g in sent.groups if nouns[0][1] <= g.start <= end and g.governor is None
                    and g.kinds() & lx.agents and _relative_doer(sent, nouns[0][1], g, a)]
    return []


def unescorted(sent: Sentence, verb: str, recips: list[str]) -> list[str]:
    """``recips`` without the persons and posts (``escorted_kinds``) a verb of accompanying (``escort_verbs``)
    names: to accompany the High Commissioner on a visit is no help to the post, to accompany a State is."""
    a = sent.lx["assists"]
    if verb not in a.get("escort_verbs", ()):
        return recips
    kinds = sent.item_kinds()
    return [r for r in recips if kinds.get(r) not in a.get("escorted_kinds", ())]


def passive_verb(sent: Sentence, s: int, a: dict) -> bool:
    """The helping verb at ``s`` is a passive participle: an auxiliary of ``passive_verb_auxiliaries`` (adverbs
    between allowed) right before it in its clause (``was assisted``, ``had been supported``)."""
    aux = a.get("passive_verb_auxiliaries")
    if not aux:
        return False
    lx = sent.lx
    if lx.ends_with(lx.trim(lx.squeeze(sent.text[sent.clause_start(s):s]), "adverbs"), aux):
        return True
    # Samoa, supported by UNDP, drafted …: a participle set off right after a free actor
    before = [g for g in sent.before(s) if g.end <= s]
    by = agent_after(sent, s + len(sent.text[s:].split(None, 1)[0]), a.get("passive_by", ()), 4)
    if by is None:
        return False
    if before and before[-1].governor is None and sent.text[before[-1].end:s].strip() == ",":
        return True
    if not sent.text[sent.start:s].strip():
        return True  # Assisted by UNDP, Samoa drafted …: a participle opening the sentence
    # Zambia prepared a plan, assisted by UNDP: a participle opening a clause after a comma, its agent right after it
    cs = sent.clause_start(s)
    if cs <= sent.start or sent.text[cs:s].strip() or not sent.text[:cs].rstrip().endswith(","):
        return False
    planned = (lx.get("modality") or {}).get("planned", ())
    return not lx.find(sent.text, planned, sent.start, cs)  # (a meeting will take place, supported by Y: the plan's)


def given_to_it(ctx: SentenceContext, found: list) -> None:
    """``X praised the investigator lent to it by Y``, ``X 接收了两名来自 Y 的顾问``: people or help that came to the
    subject of the sentence from a giver (``given_to_it``: ``before``, a regular expression on the words of its clause
    right before the giver — a participle of giving, a pronoun for the subject and the passive's ``by``; a verb of
    taking in and 来自; ``after``, one on the words right after it — 的 and the people). Y helped the subject — unless
    the words say the people came to learn (``learning``: a course that took them in, or their learning after)."""
    sent = ctx.sentence
    lx = sent.lx
    spec = lx["assists"].get("given_to_it")
    if not spec:
        return
    for g in sent.groups:
        if not g.kinds() & lx.agents:
            continue
        lo = sent.clause_start(g.start)
        m = re.search(spec["before"], sent.text[lo:g.start])
        if m is None or spec.get("after") and not re.match(spec["after"], sent.text[g.end:sent.clause_end(g.end)]):
            continue
        s = lo + m.start()
        if spec.get("learning") and re.search(spec["learning"], sent.text[lo:s] + " " + sent.text[g.end:sent.end]):
            continue  # (法官培训方案接收了来自 Y 的 24 名法官，学员在…学习: learners taken in, not people lent)
        subj = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(g.keys))
        if subj is not None and subj.kinds() & lx.agents:
            found.append((g, members_of(subj, lx.agents), s, lo + m.end(), s))


def reviewed_work(ctx: SentenceContext) -> None:
    """``The draft law on associations prepared by the Ministry of the Interior of X was commented on by Y``, ``A draft
    protocol, which the Government of X wrote, was examined by Y``: a State's piece of work (the sentence opens with
    ``work_passive_object``: the draft law, X's draft bill; the first State named before the verb owns it) that a
    passive verb of review (``work_passive``) says the agent after it (``passive_by``) went over: the agent helped that
    State."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    verbs, obj = a.get("work_passive"), a.get("work_passive_object")
    if not verbs or not obj:
        return
    text = sent.text
    for s, e, _w in lx.find(text, verbs, sent.start, sent.end):
        if not lx.ends_with(lx.trim(lx.squeeze(text[sent.clause_start(s):s]), "adverbs"), a.get("passive_verb_auxiliaries", ())):
            continue
        if not re.match(obj, lx.squeeze(text[sent.start:s]).lower()):
            continue  # (the sentence opens with the work: the draft law …)
        owner = next((g for g in sent.groups if sent.start <= g.start and g.end <= s and "State" in g.kinds()), None)
        by = agent_after(sent, e, a.get("passive_by", ()), 4)
        if owner is None or by is None or not by.kinds() & lx.agents or set(by.keys) & set(owner.keys):
            continue
        emit_assist(ctx, members_of(by, lx.agents), members_of(owner, {"State"}), year_before(sent, e),
                    topic(sent, owner.end), ctx.mood(e, by))
