"""The relation patterns, one function per family, over :mod:`.clauses`.

Every pattern reads one sentence; the words it looks for come from the
language's ``relations.json`` (``data/patterns/{lang}/``). The mechanisms are
the same in every language; where word order differs, the word lists say which
form a language uses (a marker before the group, ``向 X 提供``, or after the
noun, ``provided assistance to X``). The shared machinery -- who is the
subject of a verb, its object, the place, the year -- is in :mod:`.roles`.

Families here: adoptedBy, cites, requests, establishes (+ years); partnersWith,
submittedInputTo, fundedBy, administeredBy, memberOf and renamedTo are in
:mod:`.links`, assistance in :mod:`.assistance` and :mod:`.activities`,
contributions in :mod:`.contributions`, stances in :mod:`.stance`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import UNIT, Assistance, Contribution, Dated, Relation
from .clauses import Group, Item, Lexicon, Sentence, find_words
from .modality import REPORTED, modality_at
from .roles import (agent_after, coordinated_verb, followed_by, is_free, locative, members_of,
                    object_after, phrase_before, scope_start, strip_adverbs,
                    subject_before, verb_ok, year_before, years)

__all__ = ["SentenceContext", "extract_sentence", "find_words", "parse_amount", "cites", "co_providers",
           "on_request_of"]


@dataclass
class SentenceContext:
    """What the patterns need besides the sentence itself."""

    sentence: Sentence
    unit: str
    number: int
    prev_subject: Group | None
    body_for_symbol: object  # callable(symbol) -> body key | None
    relations: list[Relation] = field(default_factory=list)
    funders: list[str] = field(default_factory=list)  # who funded what the sentence reports (with funding from X)
    assistances: list[Assistance] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    dates: list[Dated] = field(default_factory=list)
    earlier: list[Relation] = field(default_factory=list)  # what the unit's sentences before this one stated
    passage_states: tuple[str, ...] = ()  # the States the unit named in its sentences before this one
    money: dict = field(default_factory=dict)  # recipient and year of the money the unit reported as received

    @property
    def quote(self) -> str:
        return self.sentence.quote

    @property
    def lx(self) -> Lexicon:
        return self.sentence.lx

    def add(self, s: str, p: str, o: str, year: str | None = None,
            mood: tuple[str, str | None] = (REPORTED, None), via: str | None = None) -> None:
        if s != o:
            self.relations.append(Relation(s, p, o, self.unit, self.number, self.quote, year, *mood, via=via))

    def mood(self, pos: int, subject: Group | None = None, ignore: frozenset[str] = frozenset()
             ) -> tuple[str, str | None]:
        """(modality, requester key) of a fact whose predicate starts at ``pos``."""
        modality, asker = modality_at(self.sentence, pos, subject, self.prev_subject)
        if modality in ignore:
            return REPORTED, None
        return modality, (asker.keys[0] if asker is not None and modality != REPORTED else None)

    def date(self, key: str, year: str | None) -> None:
        if year:
            self.dates.append(Dated(key, year, self.unit, self.number, self.quote))


# -- families -------------------------------------------------------------------------------

def adopted_by(ctx: SentenceContext) -> None:
    """``人权理事会第 37/23 号决议`` → the resolution adoptedBy the Human Rights Council.

    The body comes from the resolution's UN symbol series, which the recogniser
    resolved from the words before the number (or the body in context).
    """
    for g in ctx.sentence.groups:
        for it in g.items:
            if it.kind == "Resolution" and it.via != "backref":
                body = ctx.body_for_symbol(it.key.split("/", 1)[1])
                if body:
                    ctx.add(it.key, "adoptedBy", body)


def requests(ctx: SentenceContext) -> None:
    """``X 请 Y …``, ``X 在该决议中要求 Y``, ``X requested Y to``; ``应 Y 的请求`` /
    ``at the request of Y`` → Y requests the actor."""
    sent = ctx.sentence
    lx = sent.lx
    rq = lx["requests"]
    agents = lx.agents
    kinds = agents | {"Resolution"}
    for hit in lx.find(sent.text, rq["verbs"], sent.start, sent.end):
        if not verb_ok(sent.text, hit, lx):
            continue
        subj = subject_before(sent, hit[0], kinds, ctx.prev_subject)
        if subj is not None and subj.end < hit[0] and lx.ends_with(
                strip_adverbs(sent.text[max(subj.end, sent.clause_start(hit[0])):hit[0]], lx), rq.get("unnamed_askers", ())):
            continue  # 已有 60 多个国家请人权高专办…: the askers are unnamed, not the actor named before
        obj = object_after(sent, hit[1], agents, max_gap=rq.get("max_gap", 1))
        pron = followed_by(sent, hit[1], rq.get("object_pronouns", {}))
        visit = followed_by(sent, hit[1], rq.get("to_visit", ()))
        if subj and obj is None and visit:
            # X requested to visit Y, has asked to visit Y: a mechanism's request to visit a country is
            # made to the country
            m = re.compile(r"\s+".join(map(re.escape, visit.split()))).search(sent.text, hit[1])
            obj = object_after(sent, m.end(), {"State"}, max_gap=1) if m else None
        if subj and obj is None and pron:
            # invited the High Commissioner to …, and requested him to report: the post named before
            want = set(rq["object_pronouns"][pron])
            obj = next((g for g in reversed(sent.before(hit[0])) if g is not subj and g.kinds() & want
                        and not set(g.keys) & set(subj.keys)), None)
        if subj and obj and set(subj.keys) & set(obj.keys):
            continue  # 欢迎 A 和 B 的项目，并请 A 和 B（这些实体）…: the ones asked are no askers of one another
        if subj and obj:
            mood = ctx.mood(hit[0], subj)
            if lx.get("coordinated_verb_subject") and coordinated_verb(sent, hit[0]):
                # invited A to …, and requested B to …: the second request is as much made as the first verb
                earlier = [h for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, hit[0])
                           if verb_ok(sent.text, h, lx)]
                if earlier:
                    mood = ctx.mood(earlier[0][0], subj)
            askers = subj.keys
            if subj.in_resolution and "Resolution" in subj.kinds():
                askers = members_of(subj, {"Resolution"})  # F, and resolution R, in which it requested: R asks
            for s in askers:
                for o in members_of(obj, agents):
                    ctx.add(s, "requests", o, mood=mood)
    for g in sent.groups:
        if _asked_by(sent, g):
            pass  # 应 Y 的请求, 应 Y 政府的请求
        elif not phrase_before(sent, g, rq.get("on_request_before")):  # at the request of Y
            continue
        actor = subject_before(sent, g.start, agents, ctx.prev_subject)
        if actor is None:  # 根据大会的要求，人权高专办…: the actor follows
            after = [h for h in sent.after(g.end) if h.governor is None and h.kinds() & agents]
            actor = after[0] if after else None
        if actor:
            for s in members_of(g, agents):
                for o in actor.keys:
                    ctx.add(s, "requests", o)
    _request_taken(ctx)
    # 应政府的要求 in a sentence set in a State
    for s, e, _w in lx.find(sent.text, rq["by_government"], sent.start, sent.end):
        loc = locative(sent, s)
        actor = subject_before(sent, s, agents, ctx.prev_subject)
        if loc and actor:
            for o in actor.keys:
                ctx.add(loc.keys[0], "requests", o)


def _request_taken(ctx: SentenceContext) -> None:
    """``The Government has not accepted the request of X to visit``, ``by accepting its request``,
    ``accepted X's request``, ``OHCHR received a request from X``: a request noun that a verb takes
    (``requests`` ``taken_by``: accepted, declined, received …) was made by its owner (``of X``, ``from
    X``, ``X's``, ``its``: the nearest group before the verb that is not the taker) of the verb's subject —
    a Reported request, whatever became of it."""
    sent = ctx.sentence
    lx = sent.lx
    rq = lx["requests"]
    verbs = rq.get("taken_by", ())
    if not verbs:
        return
    agents = lx.agents
    text = sent.text
    nouns = rq.get("taken_nouns", ())
    for vs, ve, _w in lx.find(text, verbs, sent.start, sent.end):
        rest = lx.squeeze(text[ve:ve + 40])
        det = lx.starts_with(rest, rq.get("taken_determiners", ())) or ""
        rest = rest[len(det):].lstrip()
        owner = None
        first = next((g for g in sent.after(ve) if g.start <= sent.clause_end(ve)), None)
        if first is not None and not lx.trim(lx.squeeze(text[ve:first.head]), "determiners") \
                and lx.starts_with(lx.squeeze(text[first.end:first.end + 24]), [f"{m} {n}" for m in lx["modifier_words"]
                                                                                for n in nouns] + [f"{m}{n}" for m in lx["modifier_words"] for n in nouns]):
            owner = first  # accepted the Working Group's request
        else:
            noun = lx.starts_with(rest, nouns)
            if noun is None or not det:
                continue
            n_end = text.find(noun, ve) + len(noun)
            if det in lx.get("state_pronouns", ()):
                owner = "pronoun"  # accepting its request: the one named before
            else:
                after = next((g for g in sent.after(n_end) if g.start <= sent.clause_end(n_end)), None)
                if after is not None and after.governor in rq.get("taken_markers", ()) \
                        and lx.trim(lx.squeeze(text[n_end:after.head]), "determiners") == after.governor:
                    owner = after  # the request of X, a request from X
        if owner is None:
            continue
        taker = subject_before(sent, vs, agents, ctx.prev_subject)
        if taker is None:
            continue
        if owner == "pronoun":
            owner = next((g for g in reversed(sent.before(vs)) if g.kinds() & agents
                          and not set(g.keys) & set(taker.keys)), None)
        if owner is None or not owner.kinds() & agents:
            continue
        for s in members_of(owner, agents):
            for o in taker.keys:
                ctx.add(s, "requests", o)


def _asked_by(sent: Sentence, g: Group) -> bool:
    """``应 Y 的请求``: the group a request governor governs is followed by the request noun —
    right after it, or after the words naming one of its offices (``应 Y 政府的请求``, ``应 Y 司法部的
    请求``: at most ``owner_reach`` characters, no other entity and no clause end between)."""
    lx = sent.lx
    rq = lx["requests"]
    if g.governor not in rq["on_request_governors"]:
        return False
    if followed_by(sent, g.end, rq["on_request_of"]):
        return True
    reach = rq.get("owner_reach", 0)
    if not reach:
        return False
    end = min([sent.clause_end(g.end)] + [h.start for h in sent.groups if h.start >= g.end])
    gap = lx.squeeze(sent.text[g.end:end])
    hits = [h for h in lx.find(gap, [w for w in rq["on_request_of"] if w.startswith(tuple(lx["modifier_words"]))])]
    return bool(hits) and hits[0][0] <= reach


def on_request_of(sent: Sentence) -> list[str]:
    """The groups the sentence says asked for, or invited, what it reports (``at the request/invitation of X``)."""
    rq = sent.lx["requests"]
    return [k for g in sent.groups if _asked_by(sent, g) or phrase_before(
            sent, g, tuple(rq.get("on_request_before", ())) + tuple(rq.get("on_invitation_before", ())))
            for k in members_of(g, sent.lx.agents)]


def _relative_object(sent: Sentence, subj: Group, kinds: set[str]) -> Group | None:
    """``X, which Y established``: the group the relative pronoun before ``subj`` stands for."""
    words = sent.lx["establishes"].get("relative_pronouns", ())
    if not words:
        return None
    before = [g for g in sent.groups if g.end <= subj.start]
    if not before or not before[-1].kinds() & kinds:
        return None
    g = before[-1]
    gap = sent.lx.trim(sent.lx.squeeze(sent.text[g.end:subj.head]), "determiners").lstrip(",;: ")
    return g if gap in words else None


def establishes(ctx: SentenceContext) -> None:
    """``R 设立了 F``, ``根据 R 设立的 B``, ``R 所设 F``, ``F 成立于 1955 年``, ``1946 年创建的 X``;
    ``R established F``, ``F was established by B in its resolution R``, ``F, which B
    established pursuant to R``."""
    sent = ctx.sentence
    lx = sent.lx
    es = lx["establishes"]
    obj_kinds = set(es["object_kinds"])
    subj_kinds = lx.agents | {"Resolution"}
    text = sent.text
    of = lx["modifier_words"]
    for s, e, w in lx.find(text, es["verbs"] + es["relative"] + es["founded_in"], sent.start, sent.end):
        if w in es["founded_in"]:
            y = years(sent, e, min(e + 8, sent.end))
            before = [g for g in sent.before(s) if len(lx.squeeze(text[g.end:s])) <= 2]
            if y and before:
                for k in before[-1].keys:
                    ctx.date(k, y[0][1])
            continue
        w_before = lx.ends_with(lx.squeeze(text[max(sent.start, s - 16):s]), of)
        w_after = lx.starts_with(lx.squeeze(text[e:e + 16]), of)
        relative = w in es["relative"] or bool(w_after)
        if w_before and not relative:
            # 1949 年，随着技术援助扩大方案的设立: a noun; the year still dates the thing
            m = text.rfind(w_before, sent.start, s)
            near = [g for g in sent.before(m) if len(lx.squeeze(text[g.end:m])) == 0]
            if near:
                for k in members_of(near[-1], obj_kinds):
                    ctx.date(k, year_before(sent, s))
            continue
        if relative:
            o_pos = text.find(w_after, e) + len(w_after) if w_after else e
            obj = object_after(sent, o_pos, obj_kinds, max_gap=1)
            cleft = None
            if obj is None:
                obj = _cleft_object(sent, s, o_pos, obj_kinds)
                cleft = obj
            if obj is None:
                continue
            # the year right before the verb: 1946 年创建的 X
            ms = [m for m in lx.res["year"].finditer(text, max(sent.start, s - 10), s)
                  if not text[m.end():s].strip()]
            year = ms[-1].group(1) if ms else None
            subj = None
            near = [g for g in sent.before(s)
                    if len(lx.trim(lx.squeeze(text[g.end:s]), "relative_markers")) <= 1]
            if near and near[-1].kinds() & subj_kinds:
                subj = near[-1]
            agents_ = [subj] if subj else []
            if cleft is not None and not agents_:
                # F 是秘书长根据 R 于 1987 年设立的: who set it up and the resolutions it acted under, between
                # the copula and the verb
                between = [g for g in sent.groups if cleft.end <= g.start and g.end <= s]
                agents_ = [g for g in between if (is_free(sent, g) and g.kinds() & subj_kinds)
                           or (g.governor in lx["basis_governors"] and "Resolution" in g.kinds())]
                year = year or year_before(sent, s)
            if not agents_ and lx.ends_with(lx.squeeze(text[sent.clause_start(s):s]), es.get("basis_anaphors", ())):
                # 据此设立的 F: "accordingly" — the resolution the unit's sentence before spoke through
                res = next((k for r in reversed(ctx.earlier) for k in (r.subject, r.object)
                            if k.startswith("resolution/")), None)
                agents_ = [Group([Item(res, "Resolution", s, s)])] if res else []
            for o in obj.keys:
                ctx.date(o, year)
                for g in agents_:
                    for sk in g.keys:
                        ctx.add(sk, "establishes", o, year)
            continue
        agent = agent_after(sent, e, es.get("by_markers"), es.get("by_gap", 4))
        if agent is not None:  # F was established by B (in its resolution R): a passive
            _passive_establishes(ctx, s, e, agent, obj_kinds)
            continue
        subj = subject_before(sent, s, subj_kinds, ctx.prev_subject)
        obj = object_after(sent, e, obj_kinds, max_gap=es["max_gap"], across_colon=True)
        if obj is not None and followed_by(sent, obj.end, es.get("compound_heads", ())):
            obj = None  # 建立了普遍定期审议建议跟踪系统: the name qualifies what was set up
        if obj is None and subj is not None:
            obj = _relative_object(sent, subj, obj_kinds)  # F, which B established
        if obj is None and subj is not None and subj.kinds() & obj_kinds and _passive_verb(sent, s, es):
            # F was established in 1987 pursuant to R and D: no agent, the texts it rests on set it up
            basis = _basis_after(sent, e)
            year = year_before(sent, s) or _year_after(sent, e)
            mood = ctx.mood(s, subj)
            for o in members_of(subj, obj_kinds):
                if basis and mood[0] == REPORTED:
                    ctx.date(o, year)
                for b in basis:
                    ctx.add(b, "establishes", o, year, mood=mood)
            continue
        if obj is None and subj is not None and subj.kinds() & obj_kinds and es.get("basis_before_final_verb") \
                and not lx.squeeze(text[e:sent.clause_end(e)]):
            # F 系根据 R 设立，…: the verb ends its clause and the thing is its subject; the
            # resolutions it rests on, between them, set it up
            basis = [k for g in sent.groups if subj.end <= g.start and g.end <= s
                     and g.governor in lx["basis_governors"] for k in members_of(g, {"Resolution"})]
            mood = ctx.mood(s, subj)
            for o in members_of(subj, obj_kinds):
                for b in basis:
                    ctx.add(b, "establishes", o, year_before(sent, s), mood=mood)
            continue
        if obj is None:
            continue
        year = year_before(sent, s) or (_year_after(sent, e) if es.get("year_after") else None)
        mood = ctx.mood(s, subj)
        # 秘书长根据 R1 和 R2 设立了 F, B established F pursuant to R: the resolutions set it up too
        lo, _ = scope_start(sent, s)
        basis = [k for g in sent.groups if lo <= g.start and g.end <= s and g.governor in lx["basis_governors"]
                 for k in members_of(g, {"Resolution"})]
        basis += [k for k in _basis_after(sent, e) if k not in basis]
        done = mood[0] == REPORTED
        for o in members_of(obj, obj_kinds):  # establish the Fund, and resolution R: the resolution is no object
            if done:
                ctx.date(o, year)
            for b in basis:
                ctx.add(b, "establishes", o, year, mood=mood)
            if subj:
                for sk in subj.keys:
                    ctx.add(sk, "establishes", o, year, mood=mood)
                    if sk.startswith("resolution/") and done:
                        ctx.date(sk, year)
            for sk in _framed_agent(sent, subj, s):
                ctx.add(sk, "establishes", o, year, mood=mood)  # resolution R, by which the Council established F


def _framed_agent(sent: Sentence, subj: Group | None, s: int) -> list[str]:
    """``resolution R, by which the Council established F``: the body named as the subject of the relative
    clause of a resolution that speaks (``in_resolution``), the verb at ``s`` — it acts too."""
    if subj is None or not subj.in_resolution or "Resolution" not in subj.kinds():
        return []
    lx = sent.lx
    own = [g for g in sent.groups if subj.end <= g.start and g.end <= s and is_free(sent, g)
           and g.kinds() & lx.agents and "Resolution" not in g.kinds()]
    return members_of(own[-1], lx.agents) if own else []


def _passive_verb(sent: Sentence, s: int, es: dict) -> bool:
    """The verb at ``s`` is a passive: one of ``passive_auxiliaries`` right before it (adverbs aside)."""
    aux = es.get("passive_auxiliaries", ())
    if not aux:
        return False
    lx = sent.lx
    before = lx.squeeze(lx.res["adverbs"].sub(" ", sent.text[max(sent.start, s - 30):s]))
    return bool(lx.ends_with(before, aux))


def _cleft_object(sent: Sentence, s: int, o_pos: int, kinds: set[str]) -> Group | None:
    """``F (也)是根据 R 设立的。``: in a cleft sentence the thing set up is the subject of the copula
    (``establishes`` ``cleft_copula``), and the relative clause ends its clause."""
    lx = sent.lx
    copulas = lx["establishes"].get("cleft_copula", ())
    if not copulas or sent.clause_end(o_pos) != o_pos and lx.squeeze(sent.text[o_pos:sent.clause_end(o_pos)]):
        return None
    lo = sent.clause_start(s)
    hits = lx.find(sent.text, copulas, lo, s)
    if not hits:
        return None
    c = hits[0][0]
    before = [g for g in sent.groups if lo <= g.start and g.end <= c and is_free(sent, g)]
    if before and before[-1].kinds() & kinds and not strip_adverbs(sent.text[before[-1].end:c], lx):
        return before[-1]
    return None


def _year_after(sent: Sentence, e: int) -> str | None:
    ys = years(sent, e, sent.clause_end(e))
    return ys[0][1] if ys else None


def _basis_after(sent: Sentence, e: int) -> list[str]:
    """Resolutions a verb ending at ``e`` acted under, named after it in its clause
    (``pursuant to resolution R``, ``in its resolution R``), where the language says so."""
    lx = sent.lx
    govs = lx["establishes"].get("basis_after", ())
    if not govs:
        return []
    end = sent.clause_end(e)
    if end < sent.end and lx.starts_with(lx.squeeze(sent.text[end + 1:end + 24]), govs):
        end = sent.clause_end(end + 1)  # established F in 2015, pursuant to R: the basis in the next clause
    rel = lx.get("in_resolution", {}).get("relative", ())
    # (…, and resolution R2, in which it requested …: R2 speaks in a clause of its own, it is no basis)
    return [k for g in sent.groups if e <= g.start <= end and (g.governor in govs or (
                g.in_resolution and not lx.starts_with(lx.squeeze(sent.text[g.end:g.end + 24]), rel)))
            for k in members_of(g, {"Resolution"})]


def _passive_establishes(ctx: SentenceContext, s: int, e: int, agent: Group, obj_kinds: set[str]) -> None:
    sent = ctx.sentence
    obj = subject_before(sent, s, obj_kinds, ctx.prev_subject, allow_resolution_frame=False)
    if obj is None:
        return
    agents = members_of(agent, sent.lx.agents | {"Resolution"})
    agents += [k for k in _basis_after(sent, agent.end) if k not in agents]
    year = year_before(sent, s) or _year_after(sent, e)
    mood = ctx.mood(s, obj)
    for o in members_of(obj, obj_kinds):
        if mood[0] == REPORTED:
            ctx.date(o, year)
        for a in agents:
            ctx.add(a, "establishes", o, year, mood=mood)


def adopts(ctx: SentenceContext) -> None:
    """``1949 年…大会通过了…第 304(IV)号决议`` → the resolution's year."""
    sent = ctx.sentence
    lx = sent.lx
    ys = years(sent)
    if not ys:
        return
    for s, e, _w in lx.find(sent.text, lx["adopts"]["verbs"], sent.start, sent.end):
        for g in sent.after(e):
            if g.governor is None and "Resolution" in g.kinds():
                for k in members_of(g, {"Resolution"}):
                    ctx.date(k, ys[0][1])
    # a sentence opening with a year whose subject is a resolution: 2009 年人权理事会第 6/17 号决议设立了…
    first = sent.groups[0] if sent.groups else None
    if first and "Resolution" in first.kinds() and first.governor is None and ys[0][0] < first.start:
        for k in members_of(first, {"Resolution"}):
            ctx.date(k, ys[0][1])


def co_providers(together, provider: list[str], at: int | None = None) -> list[str]:
    """Those who acted together with ``provider`` in its act at ``at`` (``X supported A and, with Y, trained B``: Y trained)."""
    return [k for subj, ms, *since in together if set(subj) & set(provider) and not (at and since and since[0] > at) for k in ms]


def funding_of(ctx: SentenceContext) -> list[str]:
    """``with funding from X`` (or ``X noted that, with its funding, …``): X financed what the sentence reports."""
    from .funding import own_funding
    sent = ctx.sentence
    return [k for g in sent.groups if phrase_before(sent, g, sent.lx["assists"].get("funding_of", ()))
            for k in members_of(g, sent.lx.agents)] or own_funding(sent)


def at_session(ctx: SentenceContext) -> None:
    """``在第四十届会议上，人权理事会在其第 40/27 号决议中…`` → the resolution atSession the session.

    Only where the symbol agrees: a body whose resolutions are numbered by session
    (A/HRC/RES/40/27) adopts resolution 40/x at session 40.
    """
    sent = ctx.sentence
    sessions = [q for q in sent.qualifiers if q.kind == "Session"]
    if not sessions:
        return
    for g in sent.groups:
        for it in g.items:
            if it.kind != "Resolution" or it.via == "backref":
                continue
            symbol = it.key.split("/", 1)[1]
            body = ctx.body_for_symbol(symbol)
            for q in sessions:
                _, holder, n = q.key.split("/")
                m = re.search(r"/(\d+)/\d+$", symbol)
                if body == f"org/{holder}" and m and int(m.group(1)) == int(n):
                    ctx.add(it.key, "atSession", q.key)


def held_by(ctx: SentenceContext) -> None:
    """``联合国人权事务高级专员福尔克尔·蒂尔克``, ``the High Commissioner, Volker Türk`` → the post heldBy the person."""
    sent = ctx.sentence
    gap_words = sent.lx.get("held_by_gap", [""])
    items = sorted([it for g in sent.groups for it in g.items] + list(sent.qualifiers), key=lambda i: i.start)
    for a, b in zip(items, items[1:]):
        if a.kind == "Post" and b.kind == "Person" and sent.text[a.end:b.start].strip() in gap_words:
            ctx.add(a.key, "heldBy", b.key)


def extract_sentence(ctx: SentenceContext) -> None:
    """Run every family over one sentence."""
    from .activities import activities
    from .assistance import assists
    from .contributions import contributions, received
    from .referents import referred_activities
    from .links import accepted_requests, funded_administered, member_renamed, partners, submitted_input

    ctx.funders = funding_of(ctx)
    adopted_by(ctx)
    at_session(ctx)
    held_by(ctx)
    requests(ctx)
    accepted_requests(ctx)
    establishes(ctx)
    adopts(ctx)
    together = partners(ctx)
    assists(ctx, together)
    activities(ctx, together)
    referred_activities(ctx, together)
    submitted_input(ctx)
    funded_administered(ctx)
    member_renamed(ctx)
    contributions(ctx)
    received(ctx)


def cites(unit: str, number: int, sentences: list[Sentence]) -> list[Relation]:
    """The unit cites every resolution, document and instrument it names."""
    out = []
    for sent in sentences:
        quote = sent.quote
        items = [it for g in sent.groups for it in g.items] + sent.qualifiers
        for it in items:
            if it.kind in ("Resolution", "Document", "Instrument"):
                out.append(Relation(UNIT, "cites", it.key, unit, number, quote))
    return out


def parse_amount(text: str, lx: Lexicon):
    """Money amounts in ``text`` (see :func:`tacb_graph.relate.contributions.parse_amount`)."""
    from .contributions import parse_amount as parse

    return parse(text, lx)
