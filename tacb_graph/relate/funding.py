"""Money in a sentence of help: whether a funder helps the recipient or only funds what another
carries out (``资助了 X 的项目``, ``the Fund financed a workshop held by X``), and money given to a
body (a grant to an NHRI is help to it; a contribution to a fund is not assistance)."""

from __future__ import annotations

import re

from .clauses import Group, Sentence
from .patterns import SentenceContext
from .roles import first_free, members_of, object_after, strip_adverbs, subject_before

__all__ = ["costs_borne", "post_of", "post_owner", "sent_before", "funds_an_activity", "funds_a_body", "funds_bodies_with_money", "funds_programmes", "money_to_a_body", "own_funding",
           "funded_upkeep"]


def own_funding(sent: Sentence) -> list[str]:
    """``X noted that, with its funding, Y had trained …``: a funding phrase with a possessive pronoun
    (``assists`` ``own_funding``) stands for the sentence's first actor when it is named before the phrase —
    X funded what Y carried out (``With its funding, Y trained …`` names no other funder: none)."""
    lx = sent.lx
    hits = lx.find(sent.text, lx["assists"].get("own_funding", ()), sent.start, sent.end)
    first = first_free(sent) if hits else None
    return members_of(first, lx.agents) if first is not None and first.end <= hits[0][0] else []


def funds_an_activity(sent: Sentence, verb: str, e: int, obj_end: int, recips=()) -> bool:
    """``资助了 X 的项目``: the funding verb's object is an activity that X carries out; so is
    ``资助 X 在 Y 举办讲习班`` when X is an organisation that carries it out (not a State that is
    funded to act: that is help to the State)."""
    lx = sent.lx
    act = lx.get("activities")
    if not act or verb not in act["funding_verbs"] and not lx.ends_with(
            lx.squeeze(sent.text[max(sent.start, e - len(verb) - 4):e - len(verb)]), act["funding_verbs"]):
        return False  # (出资支持了 X 实施的项目: a verb of help after one of money pays for X's work too)
    rest = lx.squeeze(sent.text[obj_end:sent.clause_end(obj_end)])
    states = bool(recips) and all(r.startswith("state/") for r in recips)
    if not (states and act.get("funded_in_state")) \
            and any(lx.squeeze(f"{of} {noun}") in rest for of in act["of"] for noun in act["nouns"]):
        return True  # (资助了尼泊尔的一个…项目: a project in a State, by no one named, helps the State)
    if not act.get("funded_implementer") or any(r.startswith("state/") for r in recips):
        return False
    verbs = lx.find(rest, act["verbs"])
    return bool(verbs) and bool(lx.find(rest, act["nouns"], verbs[0][1]))


def funds_programmes(ctx: SentenceContext) -> None:
    """``The European Union and Sweden fund the X Programme``, ``欧洲联盟和瑞典资助了 X 方案``: whoever pays for a
    named programme with a verb of money (``funded_by`` ``money_verbs``, active; the passive ``funded by`` is read
    in :func:`~tacb_graph.relate.funded_by.funded_administered`) funds it: ``programme fundedBy`` each payer, not
    assistance to the programme."""
    sent = ctx.sentence
    lx = sent.lx
    fb = lx["funded_by"]
    funded = set(fb.get("money_funded_kinds", ()))
    if not funded:
        return
    from .passive import passive_verb

    for s, e, _w in lx.find(sent.text, fb.get("money_verbs", ()), sent.start, sent.end):
        if passive_verb(sent, s, lx["assists"]):
            continue
        obj = object_after(sent, e, funded)
        if obj is None or not obj.kinds() <= funded:
            continue
        if fb.get("owner_of_funded") and re.match(fb["owner_of_funded"], sent.text[obj.end:sent.clause_end(obj.end)]):
            continue  # 资助了 X 在索马里的一个项目, funded X's project in Y: what is paid for is X's, not X
        payer = subject_before(sent, s, lx.agents - {"Person"}, ctx.prev_subject, exclude=set(obj.keys))
        if payer is None:
            continue
        mood = ctx.mood(s, payer)
        for o in obj.keys:
            for k in payer.keys:
                ctx.add(o, "fundedBy", k, mood=mood)


def funds_a_body(ctx: SentenceContext, verb: str, prov: Group, recips: list[str], pos: int) -> bool:
    """A fund's support of a named office or programme is ``tacb:fundedBy``, not assistance
    (where the language lists ``funded_by`` ``active_verbs``); a verb of money whose objects are all
    programmes (``money_verbs``, ``money_funded_kinds``) is read by :func:`funds_programmes`."""
    sent = ctx.sentence
    fb = sent.lx["funded_by"]
    if verb in fb.get("money_verbs", ()):
        kinds = sent.item_kinds()
        if recips and all(kinds.get(r) in fb.get("money_funded_kinds", ()) for r in recips):
            return True
    if verb not in fb.get("active_verbs", ()) or not prov.kinds() <= set(fb.get("funder_kinds", ())):
        return False
    kinds = sent.item_kinds()
    if not all(kinds.get(r) in fb.get("funded_kinds", ()) for r in recips):
        return False
    mood = ctx.mood(pos, prov)
    for r in recips:
        for f in prov.keys:
            ctx.add(r, "fundedBy", f, mood=mood)
    return True


def funds_bodies_with_money(ctx: SentenceContext, prov: Group, recips: list[str], nouns, pos: int) -> bool:
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
    kinds = sent.item_kinds()
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


def money_to_a_body(sent: Sentence, recips: list[str], nouns, pos: int) -> bool:
    """Money (a money noun, or an amount in the clause) given to an organisation of the UN or a
    fund is a contribution, never assistance (``money_nouns``, ``money_recipient_kinds``)."""
    lx = sent.lx
    a = lx["assists"]
    kinds = sent.item_kinds()
    if not recips or not all(kinds.get(r) in a.get("money_recipient_kinds", ()) for r in recips):
        return False
    if not a.get("money_nouns"):
        return False
    if a.get("state_bodies_helped") and _of_a_state(sent, recips, pos):
        return False  # 向刚果的联合国国家工作队提供了赠款: a grant to the body serving a State helps that body
    from .contributions import parse_amount

    lo, hi = sent.clause_start(pos), sent.clause_end(pos)
    if hi < sent.end and lx.starts_with(lx.squeeze(sent.text[hi + 1:hi + 6]), a.get("money_contrast_leads", ())):
        hi = sent.clause_end(hi + 1)  # 将继续支持基金，但未说明捐款数额: the money is in the contrasting clause
    if any(n[2] in a["money_nouns"] for n in nouns) or lx.find(sent.text, a["money_nouns"], lo, hi):
        return True
    return bool(parse_amount(sent.text[lo:hi], lx))


def funded_upkeep(ctx: SentenceContext, found: list) -> None:
    """``X financed the publication of the annual report of Y``, ``the refurbishment of Y's premises``: a funding
    verb (``activities`` ``funding_verbs``) whose object opens with a piece of upkeep (``funded_upkeep`` ``objects``)
    helps the body or State (``funded_upkeep`` ``kinds``) that owns what is kept up — the first named actor after it
    in the clause, named through ``of`` or a possessive. A post of a body (``posts``, a regular expression on the words
    between the verb and the body: ``paid for a judicial affairs officer in the country office``) helps that body. With ``processes``, an object that opens with one of the
    ``assists`` ``process_objects`` (``financed the strengthening of oversight in X``) helps the State its first named
    actor is, when a locative marker or ``of`` governs it."""
    sent = ctx.sentence
    lx = sent.lx
    up = lx["assists"].get("funded_upkeep")
    act = lx.get("activities") or {}
    if not up or not act.get("funding_verbs"):
        return
    for s, e, _w in lx.find(sent.text, act["funding_verbs"], sent.start, sent.end):
        end = sent.clause_end(e)
        obj = lx.squeeze(sent.text[e:end]).strip()
        head, _, rest = obj.partition(" ")
        owner = next((g for g in sent.groups if e <= g.start < end and g.kinds() & lx.agents), None)
        at = e
        if (aside := re.match(r"\s*,[^,;]{1,40},", sent.text[e:sent.end])):
            at = e + aside.end()  # has paid, since 2035, for an adviser in X; had financed, through Y, the …
            end = sent.clause_end(at)
            owner = next((g for g in sent.groups if at <= g.start < end and g.kinds() & lx.agents), None)
            obj = lx.squeeze(sent.text[at:end]).strip()
            head, _, rest = obj.partition(" ")
        if up.get("posts") and owner is not None and "State" not in owner.kinds() \
                and re.fullmatch(up["posts"], lx.squeeze(sent.text[at:owner.start]).strip()):
            pass  # paid for a judicial affairs officer in the country office: the office that has the post is helped
        elif up.get("processes") and lx.starts_with(obj, lx["assists"].get("process_objects", ())):
            # financed the strengthening of parliamentary oversight in X: the State the process is in, or of
            if owner is None or owner.kinds() != {"State"} \
                    or owner.governor not in (*lx.get("locative_markers", ()), *up["of"]):
                continue
        elif not lx.starts_with(rest if head in lx["determiners"] else f"{head} {rest}", up["objects"]) \
                and not _modified_object(rest if head in lx["determiners"] else f"{head} {rest}", up, lx):
            continue
        elif owner is None or not owner.kinds() <= set(up["kinds"]) or not (
                owner.governor in up["of"] or lx.starts_with(lx.squeeze(sent.text[owner.end:owner.end + 4]),
                                                             act.get("of", ()))):
            continue
        prov = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(owner.keys))
        if prov is not None:
            found.append((prov, members_of(owner, lx.agents), s, e, s))


def _modified_object(obj: str, up: dict, lx) -> bool:
    """``the detention monitoring programme of Y``: one of ``funded_upkeep`` ``modified_objects`` after a few words that
    qualify it, then ``of``."""
    rx = lx.__dict__.get("_modified_object")
    if rx is None:  # (compiled once per lexicon)
        nouns = up.get("modified_objects")
        alt = "|".join(map(re.escape, sorted(nouns or (), key=len, reverse=True)))
        word = r"(?!(?:a|an|the|in|of|for|to|on|at|by|with|from|and|or|its|their)\b)[^\W\d_][\w-]*"  # (no article, no year)
        rx = lx.__dict__["_modified_object"] = re.compile(
            rf"(?:{word}\s+){{1,3}}?(?:{alt})\s+(?:{'|'.join(map(re.escape, up['of']))})\b") if nouns else False
    return bool(rx) and rx.match(obj) is not None


def _of_a_state(sent: Sentence, recips: list[str], pos: int) -> bool:
    """The recipients are one group right before the verb at ``pos``, itself right after a State and a modifier
    word (``刚果和斯威士兰的``): a body in the field, owned by the States it serves (not ``马里的人权高专办国家办事处``,
    an unnamed office of the body named)."""
    lx = sent.lx
    if set(recips) & set(lx["assists"].get("office_owners", ())):
        return False  # 马拉维的人权高专办国家办事处: the body whose own office it is (an unnamed office stands for it)
    g = next((h for h in sent.groups if h.end <= pos and set(recips) <= set(h.keys)), None)
    prev = next((h for h in reversed(sent.before(g.start)) if h.end <= g.start), None) if g is not None else None
    return prev is not None and prev.kinds() == {"State"} and not strip_adverbs(sent.text[g.end:pos], lx) \
        and lx.squeeze(sent.text[prev.end:g.start]) in lx["modifier_words"]


def fund_supports_a_body(ctx: SentenceContext, prov: Group, recips: list[str], pos: int) -> bool:
    """Help however stated (``X received support from F``) from a fund (``funded_by`` ``funder_kinds``) to offices or
    programmes (``funded_kinds``) only, where the language sets ``funded_by`` ``any_form``: ``tacb:fundedBy``, not
    assistance."""
    fb = ctx.sentence.lx["funded_by"]
    kinds = ctx.sentence.item_kinds()
    if not fb.get("any_form") or not recips or not prov.kinds() <= set(fb.get("funder_kinds", ())) \
            or not all(kinds.get(r) in fb.get("funded_kinds", ()) for r in recips):
        return False
    for r in recips:
        for f in prov.keys:
            ctx.add(r, "fundedBy", f, mood=ctx.mood(pos, prov))
    return True


def sent_before(lx, before: str) -> bool:
    """``before`` opens with a pronoun and an activity noun (``该顾问``, ``这名专家``): one sent, said before."""
    m = lx.res["pronoun"].match(before)
    if not m:
        return False
    rest = before[m.end():].lstrip()
    counters = tuple((lx.get("activities") or {}).get("classifiers", ())) + tuple(lx["funded_by"].get("person_classifiers", ()))
    rest = rest[len(lx.starts_with(rest, counters) or ""):]  # 这名顾问, 这期培训
    return bool(lx.starts_with(rest, (lx.get("activities") or {}).get("nouns", ())))


def post_of(lx, before: str, subj: Group) -> bool:
    """``before`` (the clause up to the by-marker) ends with one of ``funded_by`` ``post_nouns`` (员额, a post) — once
    ``post_tails`` are dropped (…职位的费用分别由 A 和 B 承担) — and the subject that holds it is an agent, not a programme
    or an event: the post is paid for, the body helped."""
    posts = lx["funded_by"].get("post_nouns", ())
    return bool(posts) and lx.ends_with(_post_trimmed(lx, before), posts) is not None and bool(subj.kinds() & lx.agents) \
        and not subj.kinds() & {"Programme", "Event", "Fund"}


def _post_trimmed(lx, before: str) -> str:
    """``before`` without the words that may follow a post noun before the by-marker (``post_tails``)."""
    before = before.rstrip("的 ")
    tails = lx["funded_by"].get("post_tails", ())
    while (t := lx.ends_with(before, tails)):
        before = before[:-len(t)].rstrip("的 ")
    return before


def post_owner(sent: Sentence, marker: int) -> Group | None:
    """``X 的两个职位由 Y 资助``: the group whose post (``post_nouns``, after ``的`` and a few words) the clause up to the
    by-marker at ``marker`` names; or (``post_before_owner``, a regular expression on the clause's words before the
    group) ``The post of a gender adviser in X has been funded by Y``."""
    lx = sent.lx
    posts = lx["funded_by"].get("post_nouns", ())
    lo = sent.clause_start(marker)
    rx = lx["funded_by"].get("post_before_owner")  # the post of a gender adviser in X (has been funded by Y)
    if rx:
        for g in [g for g in sent.groups if lo <= g.start and g.end <= marker]:
            if re.fullmatch(rx, lx.squeeze(sent.text[lo:g.head]).strip().lower()):
                return g if g.kinds() & lx.agents else None
    for g in reversed([g for g in sent.groups if lo <= g.start and g.end <= marker]):
        rest = _post_trimmed(lx, lx.squeeze(sent.text[g.end:marker]))
        if posts and lx.starts_with(rest, lx["modifier_words"]) and lx.ends_with(rest, posts) and len(rest) <= 12:
            return g if g.kinds() & lx.agents else None
    return None


def costs_borne(lx, before: str, rest: str) -> bool:
    """``…职位的费用(分别)由 A 和 B 承担``: the clause before the by-marker ends with a post's word of cost (``funded_by``
    ``post_nouns``, ``的``, ``cost_nouns``, once the other ``post_tails`` are dropped) and a verb of bearing costs
    (``cost_verbs``) follows the agents."""
    fb = lx["funded_by"]
    head = before.rstrip("的 ")
    costs = tuple(fb.get("cost_nouns", ()))
    while (t := lx.ends_with(head, [w for w in fb.get("post_tails", ()) if not w.endswith(costs)])):
        head = head[:-len(t)].rstrip("的 ")
    cost = lx.ends_with(head, fb.get("cost_nouns", ()))
    if not cost or not lx.starts_with(rest, fb.get("cost_verbs", ())):
        return False
    return bool(lx.ends_with(head[:-len(cost)].rstrip("的 "), fb.get("post_nouns", ())))  # the costs of a post only
