"""Who or what set up a body, fund or programme, and when: ``tacb:establishes``.

``R 设立了 F``, ``根据 R 设立的 B``, ``R 所设 F``, ``F 成立于 1955 年``, ``1946 年创建的 X``;
``R established F``, ``F was established by B in its resolution R``, ``F, which B established
pursuant to R`` — read with the language's ``establishes`` word lists (``relations.json``).
"""

from __future__ import annotations

from .clauses import Group, Item, Sentence
from .modality import REPORTED
from .patterns import SentenceContext
from .roles import (agent_after, followed_by, is_free, members_of, object_after, scope_start, strip_adverbs,
                    subject_before, year_before, years)

__all__ = ["establishes"]


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


def _opens_an_office(sent, s: int, e: int, kinds: set[str]) -> bool:
    """The object right after an ``office_verbs`` verb (``opened``) is a body of the UN's own (``UNBody``), or —
    in the passive (``was opened by X``) — the subject before it is."""
    es = sent.lx["establishes"]
    if agent_after(sent, e, es.get("by_markers"), es.get("by_gap", 4)) is not None:
        obj = subject_before(sent, s, kinds)
    else:
        obj = object_after(sent, e, kinds, max_gap=es["max_gap"])
    return obj is not None and obj.kinds() <= {"UNBody"}


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
    offices = tuple(es.get("office_verbs", ()))
    for s, e, w in lx.find(text, lx.words_of("establishes", lambda: es["verbs"] + es["relative"] + es["founded_in"]),
                           sent.start, sent.end):
        if w in offices and not _opens_an_office(sent, s, e, obj_kinds):
            continue  # opened its country office in X: only an office is opened (not a session, not a debate)
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
            if cleft is not None:
                # F 是秘书长根据 R 于 1987 年设立的: who set it up and the resolutions it acted under, between
                # the copula and the verb
                between = [g for g in sent.groups if cleft.end <= g.start and g.end <= s]
                agents_ += [g for g in between if ((is_free(sent, g) and g.kinds() & subj_kinds)
                            or (g.governor in lx["basis_governors"] and "Resolution" in g.kinds()))
                            and not any(g is a for a in agents_)]
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
            # (and F 由 R 设立, F 由秘书长于 2006 年设立: a resolution or a body an agent marker of
            # ``final_verb_agents`` governs there)
            by = set(es.get("final_verb_agents", ()))
            basis = [k for g in sent.groups if subj.end <= g.start and g.end <= s
                     and (g.governor in by or g.governor in lx["basis_governors"])
                     for k in members_of(g, subj_kinds - {"Person"} if g.governor in by else {"Resolution"})]
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
        helped = subj is not None and lx.ends_with(lx.trim(lx.squeeze(text[subj.end:s]), "adverbs"),
                                                   es.get("helped_before", ()))
        if helped:  # X helped (to) establish F, X 协助建立了 F: X helped whoever set F up, and F is helped
            from .emit import emit_assist  # (imported here: emit reads patterns, which reads this module)
            emit_assist(ctx, list(subj.keys), members_of(obj, obj_kinds), year, None, mood)
            continue
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
    first = sent.groups[0] if sent.groups else None
    if not before and not strip_adverbs(sent.text[lo:c], lx) and first is not None and first.end <= lo \
            and first.governor is None and first.kinds() & kinds and not lx.squeeze(sent.text[sent.start:first.head]):
        return first  # F 设在多哈，是 Y 根据 R 设立的: the copula opens its clause; the sentence's subject was set up
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
