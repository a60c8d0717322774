"""Activities referred back to: who an activity named before reached, and with whom it was held.

UN reports often name an activity in one sentence and its participants in the next, or in
the next clause: ``The Fund organized two subregional workshops. The first, organized with
SICA, brought together officials from A and B; the second was attended by officials from C.``
The later clause has no provider of its own — its subject refers back to the activity
(``the first``, ``the second``, ``the latter``, ``the workshop``, ``both courses``) — so the
provider is the one who held it: the subject before it in its own sentence, else the subject
of the sentence before.

Word lists (``relations.json`` ``activities``):

* ``referents`` — a regular expression, matched at the start of a clause (after ``;`` or at
  the sentence start, once an opener is dropped), for the words that refer back to an activity;
  ``{nouns}`` in it stands for the activity nouns;
* ``referent_lead`` — a regular expression for a phrase dropped before the referring words
  (``From 2026,``);
* ``reach_verbs`` — what an activity does to its participants (``brought together``,
  ``was attended by``, ``targeted``); the people (``beneficiaries``) of a group after it are
  the recipients (``officials from A and B``);
* a passive funding verb (``funding_verbs``, ``by_markers``) in such a clause (``the post will be
  funded by Y``): Y assists whom the unit's last assistance reached;
* ``channel_verbs``, ``channel_markers``, ``channel_kinds`` — ``the Office has engaged with X through a
  human rights adviser``: dealing with a State through an activity (an activity noun after the marker) is
  assisting it;
* ``co_markers`` — a group one of these governs in the clause (``organized with Y``,
  ``held jointly with Y``) co-organized the activity: Y assists the recipients too and is a
  partner of the provider.

>>> from tacb_graph.records import Source
>>> from tacb_graph.segment import segment
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> text = ("1. The Peacebuilding Fund held two workshops in 2025. The first, organized with the Pacific "
...         "Islands Forum, brought together officials from Fiji and Samoa.\\n")
>>> rec = relate(recognise(segment(Source("r.txt", "r", text, "0", "utf-8", 0))))
>>> sorted((r.subject, r.predicate, r.object) for r in rec.relations)
[('org/peacebuilding-fund', 'assists', 'state/FJI'), ('org/peacebuilding-fund', 'assists', 'state/WSM'), ('org/peacebuilding-fund', 'partnersWith', 'org/pif'), ('org/pif', 'assists', 'state/FJI'), ('org/pif', 'assists', 'state/WSM')]
"""

from __future__ import annotations

import re

from .emit import emit_assist, topic
from .clauses import Group, Sentence
from .offers import offered
from .patterns import SentenceContext, co_providers
from .repeated import office_holders, to_own_body
from .coorganized import carried_out_by, co_organized_earlier, joined_earlier, last_help
from .runs import coordinated_run
from .roles import (agent_after, clause_opener, is_free, members_of, organ_trimmed, phrase_before, strip_adverbs,
                    subject_before, year_before)

__all__ = ["referred_activities", "co_organizers", "noun_pattern"]


def noun_pattern(lx, act: dict, key: str = "referents") -> re.Pattern | None:
    """The pattern ``act[key]`` (``referents``, ``agent_referents`` …) compiled once per lexicon, with the activity nouns
    in place of ``{nouns}``."""
    if "_" + key not in lx.__dict__:
        rx = act.get(key)
        if rx:
            heads = act.get("noun_heads", []) if key == "referents" else []  # 会议费用由 Y 承担: the 次区域会议 before
            nouns = "|".join(map(re.escape, sorted(list(act["nouns"]) + list(heads), key=len, reverse=True)))
            rx = re.compile(rx.replace("{nouns}", f"(?:{nouns})"))
        lx.__dict__["_" + key] = rx or None
    return lx.__dict__["_" + key]


def _lead_rx(lx, act: dict) -> re.Pattern | None:
    """``referent_lead`` (a comma-bounded time phrase before the referring words) compiled once."""
    if "_referent_lead" not in lx.__dict__:
        lx.__dict__["_referent_lead"] = re.compile(act["referent_lead"]) if act.get("referent_lead") else None
    return lx.__dict__["_referent_lead"]


def _clauses(sent: Sentence) -> list[tuple[int, int]]:
    """The parts of the sentence a semicolon (or one of ``activities`` ``referent_cuts``) separates: ``(start, end)`` each."""
    marks = (sent.lx.get("activities") or {}).get("referent_cuts", ";")
    cuts = [sent.start] + [i + 1 for i in range(sent.start, sent.end) if sent.text[i] in marks] + [sent.end + 1]
    return [(a, b - 1) for a, b in zip(cuts, cuts[1:])]


def _subject_joined(sent: Sentence, clauses: list[tuple[int, int]], rx) -> list[tuple[int, int]]:
    """The clauses, a clause that is nothing but an opening referent (``rx``: ``考察团的差旅和住宿开销，均由 Y 报销``)
    joined to the clause after it, its predicate."""
    out: list[tuple[int, int]] = []
    pending = None  # where a clause that is only the referent started, waiting for its predicate
    for a, b in clauses:
        if pending is not None:
            out.append((pending, b))
            pending = None
            continue
        head = sent.lx.squeeze(sent.text[a:b]).strip(" ,，")
        m = rx.match(head) if rx is not None else None
        if m is not None and m.end() == len(head) and b < sent.end:
            pending = a
        else:
            out.append((a, b))
    return out + ([(pending, sent.end)] if pending is not None else [])


def co_organizers(sent: Sentence, lo: int, hi: int, act: dict, exclude: set[str], bare: bool = True) -> list[Group]:
    """The agent groups one of ``co_markers`` governs between ``lo`` and ``hi`` (``organized with Y``); with
    ``bare`` false, not a marker of one word (``with``)."""
    lx = sent.lx
    markers = [m for m in act.get("co_markers", ()) if bare or " " in m]
    out = []
    for g in sent.groups:
        if g.start < lo or g.end > hi or not g.kinds() & lx.agents or set(g.keys) & exclude:
            continue
        if lx.ends_with(lx.trim(lx.squeeze(sent.text[max(lo, g.head - 30):g.head]), "determiners"), markers):
            out.append(g)
    return out


def _people(sent: Sentence, e: int, hi: int, act: dict) -> list[str]:
    """The group whose people (``beneficiaries`` linked by ``beneficiary_links``) follow ``e``:
    ``officials from A and B``."""
    lx = sent.lx
    for g in sent.groups:
        if g.start < e or g.end > hi or not g.kinds() & lx.agents:
            continue
        lead = lx.squeeze(sent.text[e:g.start])
        if len(lead) > act.get("beneficiary_reach", 90):
            return []
        words = lead.split()
        if words and words[-1] in act.get("beneficiary_links", ()) and lx.find(lead, act["beneficiaries"]):
            return members_of(g, lx.agents)
        return []
    return []


def _last_helped(ctx: SentenceContext, own: bool) -> list[str]:
    """The recipients of the help the unit's last sentence with any reported — this sentence's own help so far when
    ``own`` (a clause after the one that reported it), else the sentences before."""
    earlier = [r for r in ctx.relations if r.predicate == "assists"] if own else []
    earlier = earlier or [r for r in ctx.earlier if r.predicate == "assists"]
    return list(dict.fromkeys(r.object for r in earlier if r.sentence == earlier[-1].sentence)) if earlier else []


def _funded_referent(ctx: SentenceContext, a: int, b: int, act: dict) -> None:
    """``A human rights adviser was deployed to X. From 2026, the post will be funded by Y``: the funder a
    passive funding verb of the referring clause names (``by Y``), or a cleft (``cleft_funder``: ``before``, a regular
    expression on the words before Y; ``after``, on the words after it: 费用是 Y 出的), assists the recipients of the
    assistance the unit's last sentence with any reported (X)."""
    sent = ctx.sentence
    lx = sent.lx
    # (…举办了讲习班，讲习班由 Y 资助: the help the clause before reported, when only a comma separates them)
    comma = a > sent.start and sent.text[sent.start:a].rstrip()[-1:] in (",", "，")
    own = [r for r in ctx.relations if r.predicate == "assists" and not to_own_body(ctx, r)] if comma else []
    earlier = own or [r for r in ctx.earlier if r.predicate == "assists" and not to_own_body(ctx, r)]
    if not earlier:
        return
    recips = list(dict.fromkeys(r.object for r in earlier if r.sentence == earlier[-1].sentence))
    verbs = lx.words_of("referent_funding_verbs", lambda: tuple(act.get("referent_funding_verbs") or act.get("funding_verbs", ()))
                        + tuple(act.get("referent_funding_extra", ())))  # (the travel … were borne by Y: a verb of paying too)
    for s, e, _w in lx.find(sent.text, verbs, a, b):
        agent = agent_after(sent, e, act.get("by_markers"), act.get("by_gap", 4)) or _agent_before(sent, a, s, act) \
            or _relative_funder(sent, a, s, e)
        if agent is None or not agent.kinds() & lx.agents:
            continue
        # 驻 X 人权顾问的职位由 Y 出资: the State the referring words place the activity in is its recipient
        placed = [k for g in sent.groups if a <= g.start and g.end <= agent.start and g.governor in act.get("placed_in", ())
                  for k in members_of(g, {"State"})]
        if placed:
            recips = placed + [r for r in recips if not r.startswith("state/") and r not in placed]
        recips = office_holders(ctx, a, s, act, earlier) or recips  # 顾问办公室一名干事的薪金由 Y 承担
        funders = [k for k in members_of(agent, lx.agents) if k not in recips]
        mood = ctx.mood(s, agent)
        if mood[0] == "Reported" and agent.start > a and agent.governor is not None:
            mood = ctx.mood(agent.start, None)  # (该顾问的费用将由 Y 承担: the modal before the agent's marker)
        here = {(r.modality, r.requested_by) for r in earlier if r.sentence == earlier[-1].sentence and r.object in recips}
        if mood[0] == "Reported" and len(here) == 1 and next(iter(here))[0] in ("Planned", "Requested"):
            mood = next(iter(here))  # X 将为 A 开办培训，培训经费由 Y 提供: paid for as planned
        emit_assist(ctx, funders, recips, year_before(sent, s), topic(sent, e), mood)
        return
    cleft = act.get("cleft_funder")  # 培训经费是 Y 以赠款形式提供的, 顾问的派驻费用是 Y 出的: Y paid for it
    for g in sent.groups if cleft else ():
        if a <= g.start and g.end <= b and g.kinds() & lx.agents \
                and re.search(cleft["before"], lx.squeeze(sent.text[a:g.start])) \
                and re.match(cleft["after"], lx.squeeze(sent.text[g.end:b])):
            recips = office_holders(ctx, a, g.start, act, earlier) or recips
            funders = [k for k in members_of(g, lx.agents) if k not in recips]
            emit_assist(ctx, funders, recips, year_before(sent, g.start), topic(sent, g.end), ctx.mood(g.start, g))
            return
    # The training was made possible by a grant from Y: a funding phrase (``assists`` ``funding_of``) names the funder
    funding = lx["assists"].get("funding_of", ())
    named = [g for g in sent.groups if a <= g.start and g.end <= b and g.kinds() & lx.agents] if funding else []
    costs = (lx.get("funded_by") or {}).get("cost_nouns", ())
    paying = [g for g in named if phrase_before(sent, g, funding)  # (活动经费则来自 Y: a source marker after an adverb,
              or lx.ends_with(lx.squeeze(sent.text[a:g.start]).rstrip(), act.get("source_before", ()))
              and (not costs or lx.find(sent.text, costs, a, g.start))]  # money before it: not 一名来自 Y 的观察员)
    if paying and len(paying) == len(named):  # (no one else named in the clause: the help it refers to is the last one)
        g = paying[0]
        funders = [k for k in members_of(g, lx.agents) if k not in recips]
        emit_assist(ctx, funders, recips, year_before(sent, g.start), topic(sent, g.start), ctx.mood(g.start, g))


def _done_earlier(ctx: SentenceContext, doer, at: int, b: int, together) -> None:
    """``X financed courses for inspectors of A. Y delivered the courses (together with Z)``: the subject of a verb
    of doing whose object refers back to the activity (``object_referents``, read so where ``object_referents_done``)
    gave the help the unit's last sentence with any reported, to its recipients — and so did those it did it with."""
    sent = ctx.sentence
    providers, recips = last_help(ctx)
    if not recips:
        return
    lo = max([sent.start] + [i + 1 for i in range(sent.start, at) if sent.text[i] in ";；"])
    hi = min([sent.end] + [i for i in range(at, sent.end) if sent.text[i] in ";；"])
    named = [k for g in sent.groups if lo <= g.start < hi for k in members_of(g, {"State"}) if k in recips]
    recips = named or recips  # In A, Y had carried out the project: only A's share of the help before
    keys = [k for k in members_of(doer, sent.lx.agents) if k not in providers and k not in recips]
    if not keys:
        return
    keys += [c for c in co_providers(together, doer.keys, at) if c not in keys and c not in recips and c not in providers]
    emit_assist(ctx, keys, recips, year_before(sent, at), None, ctx.mood(at, doer))


def _extended_referent(ctx: SentenceContext, a: int, b: int, act: dict) -> None:
    """``… carried out a project in A. The project will be extended to B``: those who gave the help the unit's
    last sentence with any reported give it to the States after an extending verb (``extend_verbs``) too, in
    the referring clause's mood."""
    sent = ctx.sentence
    lx = sent.lx
    earlier = [r for r in ctx.earlier if r.predicate == "assists"]
    if not earlier:
        return
    last = earlier[-1].sentence
    for s, e, _w in lx.find(sent.text, act.get("extend_verbs", ()), a, b):
        states = _after_run(sent, e, b)
        providers = list(dict.fromkeys(r.subject for r in earlier if r.sentence == last and r.subject not in states))
        if states and providers:
            emit_assist(ctx, providers, states, year_before(sent, b), topic(sent, e), ctx.mood(s, None))
        return


def _after_run(sent: Sentence, e: int, b: int) -> list[str]:
    """The States of the groups right after ``e``, joined by coordinators, before ``b``."""
    return [k for g in coordinated_run(sent, e, b) for k in members_of(g, {"State"})]


def _extended_by_subject(ctx: SentenceContext, together, act: dict) -> None:
    """``X …，并计划与 Y 一道将该课程扩展到 B``: the activity referred back to (``extend_object``, a regular
    expression on the words right before an extending verb) carried to B by the clause's subject (and those it acts
    with)."""
    rx = act.get("extend_object")
    if not rx:
        return
    sent = ctx.sentence
    lx = sent.lx
    moved = act.get("extend_to_object")  # extend to A and B the support it gives: the States before the object
    hits = [(s, e, False) for s, e, _w in lx.find(sent.text, act.get("extend_verbs", ()), sent.start, sent.end)]
    hits += [(s, e, True) for s, e, _w in lx.find(sent.text, act.get("extend_to_verbs", ()), sent.start, sent.end)]
    active = act.get("extend_active")  # extend their joint work to the coastal States, in particular A and B
    if active:
        for m in re.finditer(active, sent.text[sent.start:sent.end]):
            s, e = sent.start + m.start(), sent.start + m.end()
            stop = re.search(act.get("extend_active_stop", r"(?!)"), sent.text[e:sent.end])
            hi = e + stop.start() if stop else sent.end
            states = [k for g in sent.after(e) if g.end <= hi for k in members_of(g, {"State"})]
            within = act.get("extend_within")
            if not states and within and re.match(within, sent.text[e:hi]):
                # plans to extend the training to the province of C: a part of the country the training was for
                earlier = [r for r in list(ctx.earlier) + list(ctx.relations) if r.predicate == "assists"
                           and r.object.startswith("state/") and r.modality == "Reported"]
                states = list(dict.fromkeys(r.object for r in earlier if r.sentence == earlier[-1].sentence)) \
                    if earlier else []
            prov = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(states))
            if prov is not None and "State" in prov.kinds() and re.search(r"\band\s+(?:\w+\s+){0,2}$", sent.text[prov.end:s]):
                # X trained A and will extend the programme to B: A is the first verb's object; X extends
                first = next((g for g in sent.groups if g.end <= prov.start and is_free(sent, g)
                              and g.kinds() & lx.agents and sent.clause_start(prov.start) <= g.start), None)
                prov = first
            if prov is not None and states:
                emit_assist(ctx, list(prov.keys), states, year_before(sent, s), topic(sent, e), ctx.mood(s, prov))
    for s, e, to_first in hits:
        states = _after_run(sent, e, sent.clause_end(e))
        if to_first:
            last = max((g.end for g in sent.after(e) if set(members_of(g, {"State"})) & set(states)), default=e)
            if not states or not moved or not re.match(moved, sent.text[last:sent.clause_end(last)]):
                continue
        elif not re.search(rx, lx.squeeze(sent.text[sent.clause_start(s):s])):
            continue
        prov = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(states))
        if prov is None or not states:
            continue
        providers = list(prov.keys) + [c for subj, ms, *_ in together if set(subj) & set(prov.keys) for c in ms
                                       if c not in prov.keys and c not in states]
        # (X, with Y's money, trained A and will extend it to B: Y paid for A's training only)
        funders, sponsors, ctx.funders, ctx.sponsors = ctx.funders, ctx.sponsors, [], []
        try:
            emit_assist(ctx, providers, states, year_before(sent, s), topic(sent, e), ctx.mood(s, prov))
        finally:
            ctx.funders, ctx.sponsors = funders, sponsors


def _funder_of_referent(ctx: SentenceContext, a: int, b: int, act: dict, rx) -> None:
    """``…为 X 举办的培训被取消。Y 曾表示愿意资助这次培训，但…``: the subject of a funding verb (``funding_verbs``)
    whose object refers back to an activity (``referents``) gives the help the unit's last sentence with any
    reported, to its recipients, in the funding clause's own mood."""
    sent = ctx.sentence
    lx = sent.lx
    for s, e, _w in lx.find(sent.text, act.get("funding_verbs", ()), a, b):
        obj = lx.squeeze(sent.text[e:b]).lstrip(" 了")
        if not rx.match(obj) or any(e <= g.start < b and "State" in g.kinds() for g in sent.groups):
            continue  # (co-financed the project in Y: the place named, read as help to Y elsewhere)
        if offered(sent, s):
            continue  # declined an offer of X to finance the training of judges: the offers reader's (relate/offers.py)
        agent = subject_before(sent, s, lx.agents, ctx.prev_subject) or _granted_by(sent, s, act)
        recips = _last_helped(ctx, a > sent.start)  # (…; Ireland paid for the second of them: a clause after the help)
        if agent is None or agent.start < a or not recips:
            continue
        funders = [k for k in members_of(agent, lx.agents) if k not in recips]
        emit_assist(ctx, funders, recips, year_before(sent, s), None, ctx.mood(s, agent))
        return
    spec = act.get("referent_funded_for")  # 瑞典为这两项活动提供了经费: money given for the activities referred to
    for s, e, _w in lx.find(sent.text, spec["markers"], a, b) if spec else ():
        obj = lx.squeeze(sent.text[e:b]).lstrip()
        m = rx.match(obj)
        if m is None or not re.match(spec["given"], obj[m.end():]):
            continue
        agent = subject_before(sent, s, lx.agents, ctx.prev_subject)
        recips = _last_helped(ctx, a > sent.start)
        if agent is None or agent.start < a or not recips:
            continue
        emit_assist(ctx, [k for k in members_of(agent, lx.agents) if k not in recips], recips, year_before(sent, s),
                    None, ctx.mood(s, agent))
        return


def _granted_by(sent: Sentence, s: int, act: dict) -> Group | None:
    """``A grant from Y covered the cost of the sessions``: the first group of the clause of the paying verb at ``s``,
    when a phrase naming money (``grant_subject``, a regular expression on the words before the group) opens the
    clause and nothing but adverbs stands between the group and the verb — Y paid."""
    rx = act.get("grant_subject")
    g = clause_opener(sent, s, rx) if rx else None
    return g if g is not None and g.kinds() & sent.lx.agents else None


def _funds_it(ctx: SentenceContext, a: int, b: int, act: dict) -> None:
    """``… a course for forensic doctors of A. The course is scheduled for May, and Y has agreed to fund it``: the
    subject of a funding verb (``funding_verbs``) whose object is a pronoun for an activity (``funded_pronouns``, a
    regular expression on the words after the verb) gives the help the unit's last sentence with any reported (this
    sentence's own, when it has reported some), to its recipients, in the funding clause's mood — the help's own
    mood when the funding clause is a plain report of something planned or asked for. The sentence that reported the
    help must name an activity (``nouns``): a pronoun for a body is no activity paid for."""
    rx = act.get("funded_pronouns")
    if not rx:
        return
    sent = ctx.sentence
    lx = sent.lx
    for s, e, _w in lx.find(sent.text, act.get("funding_verbs", ()), a, b):
        if not re.match(rx, sent.text[e:b]) or offered(sent, s):
            continue
        agent = subject_before(sent, s, lx.agents, ctx.prev_subject)
        if agent is None or agent.start < a or agent.start < sent.clause_start(s) and agent.start > sent.start:
            continue
        helped = [r for r in ctx.relations if r.predicate == "assists"] or \
            [r for r in ctx.earlier if r.predicate == "assists"]
        if not helped or not lx.find(helped[-1].sentence, act["nouns"]):
            continue
        last = [r for r in helped if r.sentence == helped[-1].sentence]
        recips = list(dict.fromkeys(r.object for r in last))
        funders = [k for k in members_of(agent, lx.agents) if k not in recips
                   and k not in {r.subject for r in last}]
        if not funders:
            continue
        mood = ctx.mood(s, agent)
        here = {(r.modality, r.requested_by) for r in last}
        if mood[0] == "Reported" and len(here) == 1 and next(iter(here))[0] in ("Planned", "Requested"):
            mood = next(iter(here))
        emit_assist(ctx, funders, recips, year_before(sent, s), None, mood)
        return


def _cost_patterns(lx, act: dict) -> tuple[re.Pattern, re.Pattern, re.Pattern | None] | None:
    """``cost_items`` (what an activity costs: travel, the venue …) as two patterns compiled once per lexicon (no
    possessive in the active: 'their travel costs' are some participants' own): a list of them that opens a clause,
    with 'their' or not, with a passive verb of paying (``cost_passives``) and its ``by`` (Their air fares were met by
    Y: Y paid for the people the help was for), and a list of them as the whole object of an active verb of
    paying (``cost_verbs``); and a third, when the language has ``cost_absolutes``: a list of them in an absolute
    phrase with its ``by`` (``, with the travel paid by Y``)."""
    if "_cost_patterns" not in lx.__dict__:
        items, passive, verbs = act.get("cost_items"), act.get("cost_passives"), act.get("cost_verbs")
        found = None
        if items and passive and verbs:
            one = r"(?:the\s+)?(?:" + "|".join(map(re.escape, sorted(items, key=len, reverse=True))) + r")"
            many = rf"{one}(?:\s*(?:,\s*(?:and\s+)?|and\s+){one})*(?:\s+(?:of|for)\s+(?:the|this|that|these|those)\s+[\w-]+)?"
            sources = "".join(f"|{re.escape(w)}" for w in act.get("cost_sources", ()))  # Funding for the sessions came from Y
            absolutes = "|".join(map(re.escape, sorted(act.get("cost_absolutes", ()), key=len, reverse=True)))
            # (Their air fares were met by Y: the passive names a payer other than the people themselves)
            found = (re.compile(rf"^(?:their\s+)?{many}\s+(?:(?:{'|'.join(map(re.escape, passive))})\s+by{sources})\b", re.I),
                     re.compile(rf"\b(?:{'|'.join(map(re.escape, verbs))})\s+{many}\s*(?:[.;]|$)", re.I),
                     re.compile(rf",\s*with\s+{many}\s+(?:to\s+be\s+)?(?:{absolutes})\s+by\s+", re.I) if absolutes else None)
        lx.__dict__["_cost_patterns"] = found
    return lx.__dict__["_cost_patterns"]


def _costs_of_earlier(ctx: SentenceContext, a: int, b: int, head: str, act: dict) -> None:
    """``… a workshop for officials of A and B. Travel and accommodation were borne by Y``, ``…; Y paid for the
    interpretation and the venue``: the one who paid for what an activity costs (``cost_items``) assists the
    recipients of the help the clause before (or the unit's last sentence with any) reported."""
    sent = ctx.sentence
    lx = sent.lx
    rxs = _cost_patterns(lx, act)
    if rxs is None:
        return
    m = rxs[0].match(head)
    if m is not None:
        agent = next((g for g in sent.groups if a <= g.start < b and (g.governor in act.get("by_markers", ())
                                                                       or g.governor in act.get("source_markers", ()))), None)
        at = agent.start if agent is not None else b
    elif (m := rxs[2].search(sent.text, a, b) if rxs[2] is not None else None) is not None:
        # …, with the travel paid by Y: an absolute phrase after the help the clause reported
        agent, at = next((g for g in sent.groups if 0 <= g.start - m.end() <= 4), None), m.start()
    else:
        m = rxs[1].search(sent.text, a, b)
        if m is None:
            return
        agent, at = subject_before(sent, m.start(), lx.agents, ctx.prev_subject) or _granted_by(sent, m.start(), act), m.start()
        if agent is not None and agent.start < a:
            return
    if agent is None or not agent.kinds() & lx.agents:
        return
    # (…; Y paid for the venue, …, and Y paid for the equipment: the help the sentence's earlier clause reported)
    recips = _last_helped(ctx, sent.clause_start(agent.start) > sent.start)
    if not recips:
        return
    funders = [k for k in members_of(agent, lx.agents) if k not in recips]
    emit_assist(ctx, funders, recips, year_before(sent, at), None, ctx.mood(at, agent))


def _relative_funder(sent: Sentence, a: int, s: int, e: int) -> Group | None:
    """``这项培训是欧洲联盟资助的一个项目的组成部分``: the group right before a funding verb that the relative marker
    (``funded_by`` ``relative_marker``) follows — it paid for what the referring clause names."""
    lx = sent.lx
    rel = (lx.get("funded_by") or {}).get("relative_marker")
    if not rel or not sent.text[e:].startswith(rel):
        return None
    g = next((g for g in reversed(sent.before(s)) if g.start >= a), None)
    return g if g is not None and not lx.squeeze(sent.text[g.end:s]).strip() else None


def _agent_before(sent: Sentence, a: int, s: int, act: dict) -> Group | None:
    """``该讲习班的费用由 Y 承担``: the group one of ``by_before`` governs right before the funding verb at ``s`` (after
    ``a``, at most ``adverbs`` between); ``经费来自 Y 提供的赠款``: or the group right after one of ``source_before``
    (``经费来自 Y 的自愿捐款``: with one of ``source_gap`` before a funding noun);
    ``研讨会得到 Y 的资助``: or the group after a ``received_before`` marker, its ``gap`` word before the verb. A phrase of
    how it was paid (``by_manner``: 以赠款方式) may stand between the group and the verb."""
    lx = sent.lx
    for g in reversed(sent.before(s)):
        gap = lx.squeeze(sent.text[g.end:s]).strip()
        gap = gap[len(lx.starts_with(gap, lx.get("government_words", ())) or ""):]  # 由德国政府出资
        gap = organ_trimmed(g, gap, lx)  # 由爱尔兰援助署报销: a State's organ pays as the State
        if act.get("by_manner"):  # 由 Y 以赠款方式提供经费: how Y paid, between Y and the verb
            gap = re.sub(act["by_manner"], "", gap)
        rec = act.get("received_before") or {}  # 研讨会得到 Y 的资助: the activity received the funding of Y
        if g.start >= a and gap in rec.get("gap", ()) \
                and lx.ends_with(lx.squeeze(sent.text[a:g.start]).rstrip(), rec.get("markers", ())):
            return g
        if g.start >= a and gap in act.get("source_gap", ()) \
                and lx.ends_with(lx.squeeze(sent.text[a:g.start]).rstrip(), act.get("source_before", ())):
            return g  # 经费来自 Y 的自愿捐款: the contribution of Y named right after the source marker
        if g.start >= a and g.governor in act.get("by_before", ()) and act.get("by_money_gap") \
                and re.fullmatch(act["by_money_gap"], gap):
            return g  # 所需开支由 Y 的一笔专项捐款支付: paid by Y's money
        if g.start < a or strip_adverbs(gap, lx):
            return None
        if g.governor in act.get("by_before", ()) \
                or lx.ends_with(lx.squeeze(sent.text[a:g.start]).rstrip(), act.get("source_before", ())):
            return g
        return None
    return None


def _channels(ctx: SentenceContext, act: dict) -> None:
    """``the Office has engaged with X through a human rights adviser``: a verb of dealing with a State
    (``channel_verbs``) and, after the State, one of ``channel_markers`` before an activity noun: the verb's
    subject assisted the State through that activity."""
    sent = ctx.sentence
    lx = sent.lx
    for s, e, _w in lx.find(sent.text, act.get("channel_verbs", ()), sent.start, sent.end):
        g = next((g for g in sent.after(e) if g.start <= sent.clause_end(e)), None)
        if g is None or not lx.trim(lx.squeeze(sent.text[e:g.head]), "determiners") == "" \
                or not g.kinds() & set(act.get("channel_kinds", ())):
            continue
        rest = lx.squeeze(sent.text[g.end:g.end + 60]).lstrip(", ")
        marker = lx.starts_with(rest, act.get("channel_markers", ()))
        if not marker or not lx.find(lx.trim(rest[len(marker):].strip(), "determiners")[:40], act["nouns"]):
            continue
        prov = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(g.keys))
        if prov is None:
            continue
        emit_assist(ctx, list(prov.keys), members_of(g, set(act["channel_kinds"])), year_before(sent, s),
                    topic(sent, e), ctx.mood(s, prov))


def referred_activities(ctx: SentenceContext, together) -> None:
    """Assistance through an activity named before (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities") or {}
    _channels(ctx, act)
    rx = noun_pattern(lx, act)
    if rx is None:
        return
    opener = lx.res.get("opener")
    held_by = None  # the provider of the activity an earlier clause of the sentence referred to
    _extended_by_subject(ctx, together, act)
    for a, b in _subject_joined(sent, _clauses(sent), noun_pattern(lx, act, "opening_referents")):
        _funds_it(ctx, a, b, act)  # …, and Y has agreed to fund it
        head = lx.squeeze(sent.text[a:b]).lstrip(" ,")
        if opener is not None:
            head = opener.sub("", head, count=1).lstrip(" ,")
        lead = _lead_rx(lx, act)
        if lead is not None:
            head = lead.sub("", head, count=1)  # From 2026, the post …
        agent_rx = noun_pattern(lx, act, "agent_referents")
        opening_rx = noun_pattern(lx, act, "opening_referents")  # 代表团的旅费由 Y 承担: opening its sentence only
        opens = opening_rx is not None and opening_rx.match(head) and (
            not lx.squeeze(sent.text[sent.start:a]).strip(" ,")
            or any(r.predicate == "assists" for r in ctx.relations))  # (…开办了培训，受训人员的食宿由 Y 负担: after a comma)
        if not rx.match(head) and not (agent_rx is not None and agent_rx.match(head)) and not opens:
            _funder_of_referent(ctx, a, b, act, rx)  # Y 曾表示愿意资助这次培训, Y funded the training
            _costs_of_earlier(ctx, a, b, head, act)  # Travel and accommodation were borne by Y
            obj_rx = noun_pattern(lx, act, "object_referents")  # It carried out the training in partnership with Y
            hit = obj_rx.search(sent.text, a, b) if obj_rx is not None else None
            if hit is not None:
                doer = subject_before(sent, hit.start(), lx.agents, ctx.prev_subject)
                if not co_organized_earlier(ctx, a, b, act, set(doer.keys) if doer is not None else None) \
                        and doer is not None and lx.starts_with(hit.group(0), act.get("co_verbs", ())):
                    joined_earlier(ctx, doer, hit.end(), b, act)  # Y co-organized the workshop (with X)
                elif doer is not None and a <= doer.start and act.get("object_referents_done"):
                    _done_earlier(ctx, doer, hit.start(), b, together)  # Y delivered the courses (together with Z)
            continue
        _funded_referent(ctx, a, b, act)
        _extended_referent(ctx, a, b, act)
        reach = lx.find(sent.text, act.get("reach_verbs", ()), a, b)
        aside, joint = _aside_agents(sent, a, reach[0][0] if reach else b, act)
        if not rx.match(head) and not aside:
            continue  # A fellowship programme placed …: an activity not referred back to, nor its actor named
        cos = []
        for _s, e, _w in reach:
            recips = _people(sent, e, b, act)
            if not recips:
                continue
            before = [g for g in sent.groups if g.end <= a and is_free(sent, g) and g.kinds() & lx.agents
                      and not set(g.keys) & set(recips)]
            prov = aside or held_by or (before[0] if before else ctx.prev_subject)
            known = set(recips) | (set(prov.keys) if prov is not None else set())
            # (placed fellows with the secretariat: after the reach verb a bare "with" is where, not who)
            cos = co_organizers(sent, a, e, act, known) + co_organizers(sent, e, b, act, known, bare=False)
            if (prov is None or not prov.kinds() & lx.agents or set(prov.keys) & set(recips)) and cos:
                # The briefing, organized with Y, was addressed to officials of A (held by no one named): Y
                emit_assist(ctx, [k for g in cos for k in members_of(g, lx.agents)], recips, year_before(sent, e),
                            topic(sent, e), ctx.mood(e, cos[0]))
                break
            if prov is None or not prov.kinds() & lx.agents or set(prov.keys) & set(recips):
                break
            mood = ctx.mood(e, prov)
            providers = list(prov.keys) + [k for g in cos for k in members_of(g, lx.agents) if k not in prov.keys]
            providers += [c for subj, members in together if set(subj) & set(prov.keys) for c in members
                          if c not in providers and c not in recips]
            emit_assist(ctx, providers, recips, year_before(sent, e), topic(sent, e), mood)
            for g in cos:
                for k in members_of(g, lx.agents):
                    for p in prov.keys:
                        ctx.add(p, "partnersWith", k, mood=mood)
            if joint:
                for k in prov.keys[1:]:
                    ctx.add(prov.keys[0], "partnersWith", k, mood=mood)  # run jointly by X and Y
            held_by = prov
            break
        else:
            # the second, held in cooperation with Y, was attended by delegates from 14 States: no recipient
            # named, but Y held it with the one who held the activity referred to
            prov = aside or held_by or ctx.prev_subject
            if not aside and not held_by and co_organized_earlier(ctx, a, b, act, agent=carried_out_by(sent, a, b, act)):
                continue  # The workshops were organized with Y: Y held the help the sentence before reported
            if prov is not None and prov.kinds() & lx.agents and not set(prov.keys) <= set(ctx.carried.get("attended", ())):
                partnered = {x for r in ctx.relations if r.predicate == "partnersWith" for x in (r.subject, r.object)}
                for g in co_organizers(sent, a, b, act, set(prov.keys), bare=False):
                    for k in members_of(g, lx.agents):
                        if k in partnered:
                            continue  # (…, organized by X together with Y: the sentence's own reader paired them)
                        for p in prov.keys:
                            ctx.add(p, "partnersWith", k, mood=ctx.mood(a, prov))


def _aside_agents(sent: Sentence, a: int, hi: int, act: dict) -> tuple[Group | None, bool]:
    """``A fellowship programme, run jointly by X and Y, placed …``: the agent group of a comma-bounded participle
    aside (``by_markers``) between the referring words and the reach verb, and whether ``together`` words
    (``jointly``) stand in the aside (the agents then partner)."""
    lx = sent.lx
    for g in sent.groups:
        if g.start < a or g.end > hi or g.governor not in act.get("by_markers", ()) or not g.kinds() & lx.agents:
            continue
        comma = sent.text.rfind(",", a, g.start)
        if comma == -1 or sent.text[g.end:hi].strip(" ")[:1] != ",":
            return None, False
        aside = lx.squeeze(sent.text[comma:g.start])
        return g, bool(lx.find(aside, lx["assists"].get("together", ())))
    return None, False


def negate_vehicle(ctx: SentenceContext, lo: int, hi: int, act: dict) -> None:
    """``基金核准了一个支持 X 的项目，但…项目尚未启动``: the clause ``lo``–``hi`` says an activity (its noun,
    the last of ``nouns`` in it) did not start, and help this sentence stated before it was what that activity
    was for — the recipient, a modifier word (``的``), at most ``undone_vehicle.gap`` characters, then the
    same noun: that help was not given (Negated)."""
    veh = act.get("undone_vehicle")
    sent = ctx.sentence
    lx = sent.lx
    hits = lx.find(sent.text, act["nouns"], lo, hi) if veh else []
    if not hits:
        return
    noun = hits[-1][2]
    carried: set[str] = set()
    for g in sent.groups:
        if g.end > lo:
            break
        rest = lx.squeeze(sent.text[g.end:sent.clause_end(g.end)])  # the noun in the recipient's own clause
        link = lx.starts_with(rest, lx["modifier_words"])
        if link and noun in rest[len(link):len(link) + veh.get("gap", 0) + len(noun)]:
            carried.update(g.keys)
    if not carried:
        return
    from dataclasses import replace

    def undone(x, s: str, o: str):
        return x.modality == "Reported" and o in carried and (s, o) in pairs

    pairs = {(r.subject, r.object) for r in ctx.relations if r.predicate == "assists" and r.object in carried}
    ctx.relations[:] = [replace(r, modality="Negated") if r.predicate == "assists" and undone(r, r.subject, r.object)
                        else r for r in ctx.relations]
    ctx.assistances[:] = [replace(a, modality="Negated") if undone(a, a.provider, a.recipient) else a
                          for a in ctx.assistances]


def implemented_referent(ctx: SentenceContext, agent: Group, s: int, act: dict) -> None:
    """``基金将支持 A 和 B …，相关项目将由 X 与 Y 合作实施``: a later clause whose subject refers back to the
    activity (``implemented_referents``, a regular expression over the clause up to the agent marker) and
    whose verb at ``s`` has an agent (``由 X``) names who carries out the help the sentence stated before: X
    assists the same recipients, with its own clause's modality (a partner X works with is no provider)."""
    sent = ctx.sentence
    lo = sent.clause_start(s)
    if lo <= sent.start + 1:
        return  # (no later clause: the pattern need not be made)
    rx = noun_pattern(ctx.lx, act, "implemented_referents")
    if rx is None or not rx.fullmatch(ctx.lx.squeeze(sent.text[lo:agent.head]).strip()):
        return
    helped = [(r.object, r.year) for r in ctx.relations if r.predicate == "assists" and r.modality != "Negated"
              and r.subject not in agent.keys and r.object not in agent.keys]
    if not helped:
        return
    mood = ctx.mood(s)  # the clause's plan word stands before the agent (相关项目将由 X 实施)
    for p in agent.keys:
        for o, year in dict.fromkeys(helped):
            if not any(r.predicate == "assists" and (r.subject, r.object) == (p, o) for r in ctx.relations):
                emit_assist(ctx, [p], [o], year, None, mood)


def purpose_after(sent: Sentence, e: int, act: dict, agents: set[str]) -> list[str]:
    """``该项目由 X 实施，旨在支持 Y 落实建议``: the clause right after a passive activity verb (ending at ``e``)
    opens with a purpose word (``purpose_after.leads``) and a help verb (``purpose_after.verbs``); the group right
    after that verb is whom the activity was for."""
    pa = act.get("purpose_after")
    lx = sent.lx
    end = sent.clause_end(e)
    if not pa or end >= sent.end or lx.squeeze(sent.text[e:end]).strip():
        return []
    rest = lx.squeeze(sent.text[end + 1:sent.clause_end(end + 1)]).lstrip()
    lead = lx.starts_with(rest, pa["leads"]) or ("" if pa.get("bare") else None)  # (bare: 由 X 执行，支持 Y…)
    verb = lead is not None and lx.starts_with(rest[len(lead):].lstrip(), pa["verbs"])
    if not verb:
        return []
    g = next((h for h in sent.after(end + 1)), None)
    if g is None or g.start >= sent.clause_end(end + 1) or not g.kinds() & agents \
            or lx.squeeze(sent.text[end + 1:g.head]).strip() != lead + verb:
        return []
    return members_of(g, agents)
