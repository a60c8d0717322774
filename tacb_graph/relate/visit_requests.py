"""A mechanism's request to visit a country: the mechanism requests the State it asked to visit.

``酷刑问题特别报告员…于 2048 年提出访问要求，未获准``, ``工作组 2053 年提出的访问请求仍未得到答复``,
``特别报告员两次致函 X 常驻日内瓦代表团，请求访问该国``, ``由于 X 政府未答复他的访问请求``. The gold's
contract (``tests/gold/README.md``: a mechanism's request to visit a country is a Reported ``requests`` edge
from the mechanism to the State) whatever became of the request. The ``requests`` lexicon's ``visit`` entry gives:

* ``nouns`` — a regular expression for the request noun of a visit (访问要求, 进行后续访问的请求);
* ``made_by`` — the verbs of making it, between its maker and the noun (提出, 提出的), with only ``made_gap`` (a
  regular expression: 的, 一项; a, its new) between verb and noun;
* ``owners`` — possessive pronouns right before the noun (他的, 其): the maker is named before; ``of`` — the
  words between a maker named right before the noun and the noun (工作组的访问请求);
* ``verb`` — a regular expression for the request stated as a verb of asking to visit (请求访问, 要求允许其访问);
* ``letter`` — words right before a State the request was written to (致函 X 常驻…代表团);
* ``to`` — the prepositions of the State a request is made to, before the verb (向 X 提出访问要求);
* ``openers`` — conjunctions a clause's subject may follow (由于 X 政府未答复…).

The State asked is the one the request names (访问 X, 对 X 的访问), else the State written to, else a State
that is the subject of the clause the noun is the object of (X 政府未答复他的访问请求), else the State of a
country report (:func:`.supported.report_state`), else the last State the unit named that gave no help there.
"""

from __future__ import annotations

import re

from .clauses import Group, Sentence
from .modality import REPORTED
from .patterns import SentenceContext
from .roles import members_of, subject_before

__all__ = ["visit_requests"]


def _compiled(lx, spec: dict, key: str):
    cache = lx.__dict__.setdefault("_visit_res", {})
    if key not in cache:
        cache[key] = re.compile(spec[key]) if spec.get(key) else None
    return cache[key]


def _makers(lx) -> set[str]:
    return set(lx.agents) - {"State"}


def _named_state(sent: Sentence, lo: int, hi: int, exclude: set[str]) -> list[str]:
    """The States named between ``lo`` and ``hi`` (the visit phrase: 访问 X 的请求, 对 X 进行访问)."""
    return [k for g in sent.groups if lo <= g.start and g.end <= hi
            for k in members_of(g, {"State"}) if k not in exclude]


def _written_to(sent: Sentence, pos: int, spec: dict) -> list[str]:
    """``致函 X (常驻日内瓦代表团)``: the State right after a ``letter`` word before ``pos``."""
    lx = sent.lx
    for s, e, _w in reversed(lx.find(sent.text, spec.get("letter", ()), sent.start, pos)):
        g = next((g for g in sent.after(e) if g.start < pos), None)
        if g is not None and not lx.squeeze(sent.text[e:g.head]).strip() and "State" in g.kinds():
            return members_of(g, {"State"})
    return []


def _answering_state(sent: Sentence, pos: int, maker: set[str], spec: dict) -> list[str]:
    """A State in the clause the noun is in, before it, that no preposition governs (``X 政府未答复他的访问请求``,
    also after a conjunction of ``openers``: 由于 X 政府…) or one of ``to`` does (``向 X 提出访问要求``)."""
    lx = sent.lx
    cs = sent.clause_start(pos)
    for g in sent.groups:
        if not (cs <= g.start and g.end <= pos and "State" in g.kinds()) or set(g.keys) & maker:
            continue
        if g.governor is None or g.governor in spec.get("to", ()) \
                or lx.ends_with(lx.squeeze(sent.text[cs:g.head]), spec.get("openers", ())):
            return members_of(g, {"State"})
    return []


def _asked_state(ctx: SentenceContext, lo: int, hi: int, spec: dict, maker: set[str]) -> list[str]:
    from .supported import passage_state_before, report_state  # (supported reads emit, which reads patterns)

    sent = ctx.sentence
    return (_named_state(sent, lo, hi, maker) or _written_to(sent, lo, spec) or _answering_state(sent, lo, maker, spec)
            or report_state(ctx, named_ok=True) or passage_state_before(ctx))


def _add(ctx: SentenceContext, maker: Group, states: list[str], pos: int) -> None:
    mood = ctx.mood(pos, maker) if pos >= 0 else (REPORTED, None)
    if mood[0] == "Negated":
        return  # 没有提出访问请求: no request was made
    for m in members_of(maker, _makers(ctx.sentence.lx)):
        for k in states:
            if k != m:
                ctx.add(m, "requests", k, mood=mood)


def _owner(ctx: SentenceContext, s: int, spec: dict) -> tuple[Group | None, int]:
    """The maker of the visit request whose noun starts at ``s``, and where its verb starts (-1 for a request a
    possessive presupposes: it was made)."""
    sent = ctx.sentence
    lx = sent.lx
    head = lx.squeeze(sent.text[sent.clause_start(s):s])
    pron = lx.ends_with(head, spec.get("owners", ()))
    makers = _makers(lx)
    if pron:  # 他的访问请求: the mechanism named last before, else the sentence before's subject
        g = next((g for g in reversed(sent.before(s)) if g.kinds() & makers and not g.kinds() & {"State"}), None)
        if g is None and ctx.prev_subject is not None and ctx.prev_subject.kinds() & makers \
                and "State" not in ctx.prev_subject.kinds():
            g = ctx.prev_subject
        return g, -1  # (the request is presupposed: made, whatever the clause says of it)
    g = next((g for g in reversed(sent.before(s)) if g.end <= s), None)
    if g is not None and g.kinds() & makers and "State" not in g.kinds() \
            and lx.squeeze(sent.text[g.end:s]).strip() in spec.get("of", ()):
        return g, -1  # 拒绝了工作组的访问请求: the owner named right before
    verbs = lx.find(sent.text, spec.get("made_by", ()), sent.clause_start(s), s)
    if not verbs:
        return None, s
    vs, ve, _w = verbs[-1]
    if not re.fullmatch(spec.get("made_gap", ""), lx.squeeze(sent.text[ve:s]).strip()):
        return None, s
    g = subject_before(sent, vs, makers, ctx.prev_subject)
    if g is None or "State" in g.kinds():
        return None, s
    return g, vs


def visit_requests(ctx: SentenceContext) -> None:
    """Visit requests of mechanisms (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    spec = lx["requests"].get("visit")
    if not spec:
        return
    nouns = _compiled(lx, spec, "nouns")
    for m in nouns.finditer(sent.text, sent.start, sent.end) if nouns is not None else ():
        maker, pos = _owner(ctx, m.start(), spec)
        if maker is None:
            continue
        _add(ctx, maker, _asked_state(ctx, m.start() if pos < 0 else pos, m.end(), spec, set(maker.keys)), pos)
    verb = _compiled(lx, spec, "verb")
    for m in verb.finditer(sent.text, sent.start, sent.end) if verb is not None else ():
        maker = subject_before(sent, m.start(), _makers(lx), ctx.prev_subject)
        if maker is None or "State" in maker.kinds():
            continue
        end = sent.clause_end(m.end())
        _add(ctx, maker, _named_state(sent, m.start(), end, set(maker.keys))
             or _asked_state(ctx, m.start(), m.start(), spec, set(maker.keys)), m.start())
