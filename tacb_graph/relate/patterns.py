"""The relation patterns, one function per family, over :mod:`.clauses`.

Every pattern reads one sentence; the words it looks for come from
``data/patterns/relations.json``. The shared machinery:

* :func:`subject_before` — who does what a verb at ``pos`` says: the nearest
  group before it that no preposition governs, within the scope opened by the
  last embedding verb (``请 A 协助 B``: A assists B); ``X 在(其)该决议中 …``
  makes the resolution the subject; a sentence that opens with a pronoun
  (它, 他们, 该…) carries the previous sentence's subject over;
* :func:`object_after` — the group right after a verb (``协助 A 和 B``);
* a *locative* recipient — ``在柬埔寨，人权高专办协助政府…`` — stands in when the
  verb's object is ``政府`` or unnamed.

Families: adoptedBy, cites, requests, establishes (+ years), assists
(+ Assistance nodes), partnersWith, submittedInputTo, fundedBy,
administeredBy, memberOf, renamedTo, contributions. Stances are in
:mod:`.stance`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from ..records import REPORT, UNIT, Assistance, Contribution, Dated, Relation
from .clauses import Group, Lexicon, Sentence
from .modality import REPORTED, modality_at

__all__ = ["SentenceContext", "extract_sentence", "find_words", "parse_amount"]


@dataclass
class SentenceContext:
    """What the patterns need besides the sentence itself."""

    sentence: Sentence
    unit: str
    number: int
    prev_subject: Group | None
    body_for_symbol: object  # callable(symbol) -> body key | None
    relations: list[Relation] = field(default_factory=list)
    assistances: list[Assistance] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    dates: list[Dated] = field(default_factory=list)

    @property
    def quote(self) -> str:
        return self.sentence.quote

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


def find_words(text: str, words, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of ``words`` in ``text[start:end]``, longest first."""
    end = len(text) if end is None else end
    taken = [False] * (end - start)
    hits = []
    for w in sorted(set(words), key=len, reverse=True):
        i = text.find(w, start, end)
        while i != -1:
            if not any(taken[i - start:i - start + len(w)]):
                hits.append((i, i + len(w), w))
                for k in range(i - start, i - start + len(w)):
                    taken[k] = True
            i = text.find(w, i + 1, end)
    return sorted(hits)


# -- shared helpers ---------------------------------------------------------------------------

def _followed_by(text: str, pos: int, words) -> str | None:
    rest = text[pos:pos + 8].lstrip()
    for w in sorted(words, key=len, reverse=True):
        if rest.startswith(w):
            return w
    return None


def _is_modifier(sent: Sentence, g: Group) -> bool:
    """``开发署的政策``, ``欧洲联盟成员国``: the group qualifies a noun."""
    return bool(_followed_by(sent.text, g.end, sent.lx["modifier_words"] + sent.lx["member_words"]))


def _scope_start(sent: Sentence, pos: int) -> tuple[int, bool]:
    lx = sent.lx
    hits = [h for h in find_words(sent.text, lx["embedding_verbs"], sent.start, pos) if _verb_ok(sent.text, h, lx)]
    if not hits:
        return sent.start, False
    return hits[-1][1], True


def _verb_ok(text: str, hit, lx: Lexicon) -> bool:
    """``请`` as a verb, not in 请求/申请; ``要求`` not as the noun ``的要求``."""
    s, e, w = hit
    rq = lx["requests"]
    before = text[s - 1] if s > 0 else ""
    after = text[e] if e < len(text) else ""
    if w == "请":
        return before not in rq["not_before"] and after not in rq["not_after"]
    if w in ("要求", "建议", "授权", "鼓励", "邀请"):
        return before not in ("的", "之", "项", "些", "和", "或")
    return True


def _strip_adverbs(text: str, lx: Lexicon) -> str:
    """``text`` without spaces, adverbs (还, 也, 并 …) and bracketed asides."""
    return lx.res["adverbs"].sub("", re.sub(r"\([^()]*\)", "", text))


def _pronoun_start(sent: Sentence, pos: int) -> bool:
    """The sentence opens with a pronoun or has no subject of its own before ``pos``."""
    head = re.sub(r"\s+", "", sent.text[sent.start:pos])
    head = sent.lx.res["opener"].sub("", head)
    if len(head) <= 2:
        return True
    return bool(sent.lx.res["pronoun"].match(head))


def subject_before(sent: Sentence, pos: int, kinds: set[str], prev: Group | None = None,
                   exclude: set[str] = frozenset(), allow_resolution_frame: bool = True) -> Group | None:
    """The subject of a verb at ``pos`` (see module docstring)."""
    lx = sent.lx
    head = _strip_adverbs(sent.text[sent.clause_start(pos):pos], lx)
    if head == "" and pos > sent.start and find_words(sent.text, lx["embedding_verbs"], pos, pos + 2):
        # 它们要求 A…，要求 B…: a repeated verb keeps the first one's subject
        earlier = [h for h in find_words(sent.text, lx["embedding_verbs"], sent.start, sent.clause_start(pos))
                   if _verb_ok(sent.text, h, lx)]
        if earlier:
            return subject_before(sent, earlier[0][0], kinds, prev, exclude, allow_resolution_frame)
    lo, embedded = _scope_start(sent, pos)
    groups = [g for g in sent.groups if lo <= g.start and g.end <= pos]
    if allow_resolution_frame and "Resolution" in kinds:
        framed = [g for g in groups if g.in_resolution]
        if framed:
            return framed[-1]
    cands = [g for g in groups if g.governor is None and not _is_modifier(sent, g)
             and not set(g.keys) <= exclude]
    if cands:
        g = cands[-1]
        return g if g.kinds() & kinds else None
    if embedded or not _pronoun_start(sent, pos):
        return None
    if prev is not None and prev.kinds() & kinds and not set(prev.keys) <= exclude:
        return prev
    return None


def sentence_subject(sent: Sentence, prev: Group | None) -> Group | None:
    """What the sentence is about: a speaking resolution, else its first free group."""
    for g in sent.groups:
        if g.in_resolution:
            return g
    free = [g for g in sent.groups if g.governor is None and not _is_modifier(sent, g)]
    if free:
        lead = sent.text[sent.clause_start(free[0].start):free[0].start]
        verbs = [h for h in find_words(lead, sent.lx["embedding_verbs"]) if _verb_ok(lead, h, sent.lx)]
        if not verbs and not sent.lx.res["personal"].search(lead):
            return free[0]
    return prev if _pronoun_start(sent, sent.end) else None


def object_after(sent: Sentence, pos: int, kinds: set[str], max_gap: int = 2,
                 allow: tuple[str, ...] = ("了",), across_colon: bool = False) -> Group | None:
    """The group right after ``pos`` (a gap of at most ``max_gap`` characters)."""
    clause_end = sent.clause_end(pos)
    if across_colon and sent.text[clause_end:clause_end + 1] in ("：", ":"):
        clause_end = sent.clause_end(clause_end + 1)
    for g in sent.groups:
        if g.start < pos:
            continue
        if g.start > clause_end:
            return None
        gap = re.sub(r"\s+", "", sent.text[pos:g.start])
        ok = len(gap) <= max_gap or gap in allow or gap.endswith("包括")
        if not ok:
            return None
        if g.kinds() & kinds and not _followed_by(sent.text, g.end, sent.lx["member_words"]):
            return g
        return None
    return None


def _locative(sent: Sentence, pos: int) -> Group | None:
    """``在柬埔寨，…``: the State a sentence is set in, before ``pos``."""
    for g in reversed(sent.before(pos)):
        if g.governor == "在" and "State" in g.kinds():
            return g
    return None


def _nearest_state(sent: Sentence, pos: int, exclude: set[str] = frozenset()) -> Group | None:
    for g in reversed(sent.before(pos)):
        if "State" in g.kinds() and not set(g.keys) <= exclude:
            return g
    return None


def years(sent: Sentence, lo: int | None = None, hi: int | None = None) -> list[tuple[int, str]]:
    """``(offset, year)`` of the years written in the sentence (not ``2009 年推出的 X``)."""
    lo = sent.start if lo is None else lo
    hi = sent.end if hi is None else hi
    rel = sent.lx["year_relative"]
    out = []
    for m in sent.lx.res["year"].finditer(sent.text, lo, hi):
        if _followed_by(sent.text, m.end(), rel):
            continue
        out.append((m.start(), m.group(1)))
    return out


def _year_before(sent: Sentence, pos: int) -> str | None:
    ys = years(sent, sent.start, pos)
    return ys[-1][1] if ys else None


def _members(g: Group, kinds: set[str]) -> list[str]:
    return [i.key for i in g.items if i.kind in kinds]


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
    """``X 请 Y …``, ``X 在该决议中要求 Y``; ``应 Y 的请求`` → Y requests the actor."""
    sent = ctx.sentence
    lx = sent.lx
    rq = lx["requests"]
    kinds = ctx.sentence.lx.agents | {"Resolution"}
    for hit in find_words(sent.text, rq["verbs"], sent.start, sent.end):
        if not _verb_ok(sent.text, hit, lx):
            continue
        subj = subject_before(sent, hit[0], kinds, ctx.prev_subject)
        obj = object_after(sent, hit[1], ctx.sentence.lx.agents, max_gap=1)
        if subj and obj:
            mood = ctx.mood(hit[0], subj)
            for s in subj.keys:
                for o in _members(obj, ctx.sentence.lx.agents):
                    ctx.add(s, "requests", o, mood=mood)
    for g in sent.groups:
        if g.governor not in rq["on_request_governors"]:
            continue
        if not _followed_by(sent.text, g.end, rq["on_request_of"]):
            continue
        actor = subject_before(sent, g.start, ctx.sentence.lx.agents, ctx.prev_subject)
        if actor is None:  # 根据大会的要求，人权高专办…: the actor follows
            after = [h for h in sent.after(g.end) if h.governor is None and h.kinds() & ctx.sentence.lx.agents]
            actor = after[0] if after else None
        if actor:
            for s in _members(g, ctx.sentence.lx.agents):
                for o in actor.keys:
                    ctx.add(s, "requests", o)
    # 应政府的要求 in a sentence set in a State
    for s, e, _w in find_words(sent.text, rq["by_government"], sent.start, sent.end):
        loc = _locative(sent, s)
        actor = subject_before(sent, s, ctx.sentence.lx.agents, ctx.prev_subject)
        if loc and actor:
            for o in actor.keys:
                ctx.add(loc.keys[0], "requests", o)


def establishes(ctx: SentenceContext) -> None:
    """``R 设立了 F``, ``根据 R 设立的 B``, ``R 所设 F``, ``F 成立于 1955 年``, ``1946 年创建的 X``."""
    sent = ctx.sentence
    lx = sent.lx
    es = lx["establishes"]
    obj_kinds = set(es["object_kinds"])
    subj_kinds = ctx.sentence.lx.agents | {"Resolution"}
    text = sent.text
    for s, e, w in find_words(text, es["verbs"] + es["relative"] + es["founded_in"], sent.start, sent.end):
        if w in es["founded_in"]:
            y = years(sent, e, min(e + 8, sent.end))
            before = [g for g in sent.before(s) if len(re.sub(r"\s+", "", text[g.end:s])) <= 2]
            if y and before:
                for k in before[-1].keys:
                    ctx.date(k, y[0][1])
            continue
        prev_char = text[s - 1] if s > sent.start else ""
        after = text[e:e + 2]
        relative = w in es["relative"] or after.startswith("的")
        if prev_char == "的" and not relative:
            # 1949 年，随着技术援助扩大方案的设立: a noun; the year still dates the thing
            near = [g for g in sent.before(s - 1) if len(re.sub(r"\s+", "", text[g.end:s - 1])) == 0]
            if near:
                for k in _members(near[-1], obj_kinds):
                    ctx.date(k, _year_before(sent, s))
            continue
        if relative:
            o_pos = e + (1 if after.startswith("的") else 0)
            obj = object_after(sent, o_pos, obj_kinds, max_gap=1)
            if obj is None:
                continue
            # the year right before the verb: 1946 年创建的 X
            ms = [m for m in sent.lx.res["year"].finditer(text, max(sent.start, s - 10), s)
                  if not text[m.end():s].strip()]
            year = ms[-1].group(1) if ms else None
            subj = None
            near = [g for g in sent.before(s) if len(re.sub(r"\s+|所", "", text[g.end:s])) <= 1]
            if near and near[-1].kinds() & subj_kinds:
                subj = near[-1]
            for o in obj.keys:
                ctx.date(o, year)
                if subj:
                    for sk in subj.keys:
                        ctx.add(sk, "establishes", o, year)
            continue
        subj = subject_before(sent, s, subj_kinds, ctx.prev_subject)
        obj = object_after(sent, e, obj_kinds, max_gap=es["max_gap"], allow=("了",), across_colon=True)
        if obj is None:
            continue
        year = _year_before(sent, s)
        mood = ctx.mood(s, subj)
        # 秘书长根据 R1 和 R2 设立了 F: the resolutions set it up too
        lo, _ = _scope_start(sent, s)
        basis = [k for g in sent.groups if lo <= g.start and g.end <= s and g.governor in lx["basis_governors"]
                 for k in _members(g, {"Resolution"})]
        done = mood[0] == REPORTED
        for o in obj.keys:
            if done:
                ctx.date(o, year)
            for b in basis:
                ctx.add(b, "establishes", o, year, mood=mood)
            if subj:
                for sk in subj.keys:
                    ctx.add(sk, "establishes", o, year, mood=mood)
                    if sk.startswith("resolution/") and done:
                        ctx.date(sk, year)


def adopts(ctx: SentenceContext) -> None:
    """``1949 年…大会通过了…第 304(IV)号决议`` → the resolution's year."""
    sent = ctx.sentence
    ys = years(sent)
    if not ys:
        return
    for s, e, _w in find_words(sent.text, sent.lx["adopts"]["verbs"], sent.start, sent.end):
        for g in sent.after(e):
            if g.governor is None and "Resolution" in g.kinds():
                for k in _members(g, {"Resolution"}):
                    ctx.date(k, ys[0][1])
    # a sentence opening with a year whose subject is a resolution: 2009 年人权理事会第 6/17 号决议设立了…
    first = sent.groups[0] if sent.groups else None
    if first and "Resolution" in first.kinds() and first.governor is None and ys[0][0] < first.start:
        for k in _members(first, {"Resolution"}):
            ctx.date(k, ys[0][1])


def _topic(sent: Sentence, pos: int) -> str | None:
    end = sent.clause_end(pos)
    t = re.sub(r"\s+", "", (sent.original or sent.text)[pos:end])
    prev = None
    while prev != t:
        prev, t = t, re.sub(r"[(（][^()（）]*[)）]", "", t)
    t = t.lstrip("了在的就之").rstrip("。；;")
    return t[:40] or None


def assists(ctx: SentenceContext, co_providers: list[str]) -> None:
    """``X 协助 Y``, ``X 向 Y 提供技术援助``, ``Y 得到 X 的支持``, ``在 Y，X 协助政府``."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    agents = ctx.sentence.lx.agents
    text = sent.text
    found: list[tuple[Group, list[str], int, int, int]] = []  # provider, recipients, trigger, topic, predicate

    def recipient_or_place(pos_after: int, direct: bool) -> tuple[list[str], int]:
        obj = object_after(sent, pos_after, agents, max_gap=0 if direct else a["max_gap"])
        if obj:
            return _members(obj, agents), obj.end
        rest = re.sub(r"\s+", "", text[pos_after:pos_after + 6]).lstrip("了")
        if rest.startswith(("该国", "其")):
            st = _nearest_state(sent, pos_after)
            return (st.keys if st else []), pos_after
        # 多哥政府请人权高专办支持设立…: the State that asked is helped
        lo, embedded = _scope_start(sent, pos_after)
        if embedded:
            asker = subject_before(sent, lo - 1, {"State"}, ctx.prev_subject)
            if asker:
                return asker.keys, pos_after
        if direct and not rest.startswith(tuple(lx["government_words"])) and not rest.startswith(("一个", "一项", "了")):
            return [], pos_after
        loc = _locative(sent, pos_after)
        return (loc.keys if loc else []), pos_after

    examples: set[str] = set()
    for s, e, _w in find_words(text, a["examples_of"], sent.start, sent.end):
        examples |= {k for g in sent.after(e) for k in g.keys}
    for hit in find_words(text, a["verbs"] + a["direct_verbs"], sent.start, sent.end):
        s, e, w = hit
        prev_char = text[s - 1] if s > sent.start else ""
        if prev_char in lx["modifier_words"] or text[e:e + 1] in lx["modifier_words"]:
            continue
        if w == "援助" and prev_char in ("技", "财", "术", "供", "政"):
            continue
        recips, tpos = recipient_or_place(e, direct=w in a["direct_verbs"])
        if not recips:
            continue
        if _funds_an_activity(sent, w, e, tpos):
            continue  # 基金资助了人权高专办的项目: fundedBy on the activity (relate/activities.py)
        prov = subject_before(sent, s, agents, ctx.prev_subject, exclude=set(recips) | examples)
        if prov:
            found.append((prov, recips, s, tpos, s))
    # X 向 Y 提供 援助
    for s, e, _w in find_words(text, a["give_verbs"], sent.start, sent.end):
        clause_end = sent.clause_end(e)
        nouns = find_words(text, a["give_nouns"], e, min(clause_end, e + 20))
        if not nouns:
            continue
        markers = [(ms, me) for ms, me, _ in find_words(text, a["recipient_markers"], sent.clause_start(s), s)]
        recips: list[str] = []
        mpos = s
        for ms, me in reversed(markers):
            gs = [g for g in sent.groups if me <= g.start and g.end <= s and g.kinds() & agents]
            # the group the marker governs (为 X 的代表出席 Y 提供…: X, not Y)
            governed = [g for g in gs if g.governor in a["recipient_markers"]
                        and not re.sub(r"\s+", "", text[me:g.start])]
            if governed or gs:
                recips, mpos = _members((governed or gs[-1:])[0], agents), ms
                break
            if re.sub(r"\s+", "", text[me:me + 2]).startswith("其"):
                st = _nearest_state(sent, ms)
                if st:
                    recips, mpos = st.keys, ms
                break
        if not recips:
            loc = _locative(sent, s)
            if loc is None:
                continue
            recips = loc.keys
            mpos = min([ms for ms, _ in markers] + [s])
        prov = subject_before(sent, mpos, agents, ctx.prev_subject, exclude=set(recips))
        if prov:
            found.append((prov, recips, s, nouns[-1][1], min(mpos, s)))
    # Y 得到 X 的支持
    for s, e, _w in find_words(text, a["passive"], sent.start, sent.end):
        prov = object_after(sent, e, agents, max_gap=0)
        if prov is None or not _followed_by(text, prov.end, ["的"]):
            continue
        if not find_words(text, a["passive_nouns"], prov.end, min(prov.end + 10, sent.end)):
            continue
        subj = sentence_subject(sent, ctx.prev_subject)
        if subj and subj.kinds() & agents and subj is not prov:
            found.append((prov, _members(subj, agents), s, e, s))
    # X 提供援助的例子包括 …Y 案例…
    for s, e, _w in find_words(text, a["examples_of"], sent.start, sent.end):
        prov = subject_before(sent, s, agents, ctx.prev_subject)
        if prov is None:
            continue
        for g in sent.after(e):
            if "State" in g.kinds():
                y = _year_before_group(sent, e, g)
                for r in _members(g, {"State"}):
                    _emit_assist(ctx, prov.keys, [r], y, _topic(sent, g.end))
    for prov, recips, pos, tpos, ppos in found:
        providers = list(prov.keys) + [c for c in co_providers if c not in prov.keys and c not in recips]
        _emit_assist(ctx, providers, recips, _year_before(sent, pos), _topic(sent, tpos), ctx.mood(ppos, prov))


def _funds_an_activity(sent: Sentence, verb: str, e: int, obj_end: int) -> bool:
    """``资助了 X 的项目``: the funding verb's object is an activity that X carries out."""
    act = sent.lx.get("activities")
    if not act or verb not in act["funding_verbs"]:
        return False
    rest = re.sub(r"\s+", "", sent.text[obj_end:sent.clause_end(obj_end)])
    return any(f"{of}{noun}" in rest for of in act["of"] for noun in act["nouns"])


def _year_before_group(sent: Sentence, lo: int, g: Group) -> str | None:
    ys = years(sent, lo, g.start)
    return ys[-1][1] if ys else None


def _emit_assist(ctx: SentenceContext, providers, recipients, year, topic,
                 mood: tuple[str, str | None] = (REPORTED, None), funded_by: tuple[str, ...] = ()) -> None:
    for p in providers:
        for r in recipients:
            if p == r:
                continue
            ctx.add(p, "assists", r, year, mood=mood)
            ctx.assistances.append(Assistance(p, r, ctx.unit, ctx.number, year, topic, ctx.quote, *mood,
                                              funded_by=tuple(f for f in funded_by if f != p)))


def partners(ctx: SentenceContext) -> list[str]:
    """``X 与 Y 密切合作``, ``X 与…伙伴合作，如 A、B``, ``X 和 Y 设有联合办事处``.

    Returns the co-providers of the sentence (``与 Y 一道``) for :func:`assists`.
    """
    sent = ctx.sentence
    lx = sent.lx
    pw = lx["partners"]
    agents = ctx.sentence.lx.agents | set(pw.get("extra_member_kinds", ()))  # programmes partner too
    text = sent.text
    together = []
    runs: list[list[Group]] = []
    for g in sent.groups:
        if g.governor in pw["markers"]:
            if runs and runs[-1][-1].governor == g.governor and not _clause_between(sent, runs[-1][-1].end, g.start):
                runs[-1].append(g)
            else:
                runs.append([g])
    for run in runs:
        first, last = run[0], run[-1]
        ce = sent.clause_end(last.end)
        verbs = find_words(text, pw["verbs"], last.end, ce)
        if not verbs:
            continue
        marker_pos = text.rfind(first.governor, sent.start, first.start)
        subj = subject_before(sent, marker_pos if marker_pos != -1 else first.start, agents, ctx.prev_subject)
        if subj is None:
            continue
        members = [k for g in run for k in _members(g, agents)]
        mood = ctx.mood(marker_pos if marker_pos != -1 else first.start, subj)
        for s in subj.keys:
            for o in members:
                ctx.add(s, "partnersWith", o, mood=mood)
        if any(v[2] in lx["assists"]["together"] for v in verbs):
            together += members
    # 与其他联合国机构密切合作 …，这些机构包括 A、B / 与联合国以外的伙伴合作，如 A、B
    for ms, me, m in find_words(text, pw["markers"], sent.start, sent.end):
        ce = sent.clause_end(me)
        verbs = find_words(text, pw["verbs"], me, ce)
        if not verbs or any(me <= g.start and g.end <= verbs[0][0] for g in sent.groups):
            continue
        subj_groups = [g for g in sent.before(ms) if g.governor is None]
        if subj_groups and len(_strip_adverbs(text[subj_groups[-1].end:ms], lx)) > 1:
            continue
        subj = subject_before(sent, ms, agents, ctx.prev_subject)
        if subj is None:
            continue
        lists = find_words(text, pw["list_markers"], verbs[0][1], sent.end)
        if not lists:
            continue
        lo = lists[0][1]
        members = [k for g in sent.after(lo) for k in _members(g, agents)]
        mood = ctx.mood(ms, subj)
        for s in subj.keys:
            for o in members:
                ctx.add(s, "partnersWith", o, mood=mood)
    # A 和 B … 联合办事处
    for js, je, _w in find_words(text, pw["joint"], sent.start, sent.end):
        cs = sent.clause_start(js)
        for g in sent.groups:
            if cs <= g.start and g.end <= js and g.governor is None:
                keys = _members(g, agents)
                for i, a in enumerate(keys):
                    for b in keys[i + 1:]:
                        ctx.add(a, "partnersWith", b)
    return together


def _clause_between(sent: Sentence, a: int, b: int) -> bool:
    return any(c in sent.text[a:b] for c in "，；。：,;:")


def submitted_input(ctx: SentenceContext) -> None:
    """``作了回复：A、B 和 C``; ``A 和 B 提交了一份联合回复``; ``A 在呈件中表示``."""
    sent = ctx.sentence
    lx = sent.lx
    si = lx["submitted_input"]
    agents = ctx.sentence.lx.agents
    text = sent.text
    for s, e, _w in find_words(text, si["list_triggers"], sent.start, sent.end):
        if re.sub(r"\s+", "", text[e:e + 2]).startswith(("：", ":")):
            for g in sent.after(e):
                for k in _members(g, agents):
                    ctx.add(k, "submittedInputTo", REPORT, via="list")
    for s, e, _w in find_words(text, si["verbs"] + si["in_submission"], sent.start, sent.end):
        near = [g for g in sent.before(s) if g.governor is None
                and len(_strip_adverbs(text[g.end:s], lx)) == 0]
        if near:
            mood = ctx.mood(s, near[-1])
            for k in _members(near[-1], agents):
                ctx.add(k, "submittedInputTo", REPORT, mood=mood)


def funded_administered(ctx: SentenceContext) -> None:
    """``A 由 X 管理`` → administeredBy; ``A 由 X 供资`` → fundedBy."""
    sent = ctx.sentence
    lx = sent.lx
    kinds = {"Programme", "Fund", "UNBody", "UNFundOrProgramme", "Event", "SpecializedAgency",
             "RelatedOrganization", "RegionalOrganization", "NGO", "NHRI", "AcademicInstitution"}
    by = lx["funded_by"]["by_markers"]
    for g in sent.groups:
        if g.governor not in by:
            continue
        rest = re.sub(r"\s+", "", sent.text[g.end:sent.clause_end(g.end)])
        for pred, key in (("fundedBy", "funded_by"), ("administeredBy", "administered_by")):
            if any(rest.startswith(v) or rest[:6].find(v) != -1 for v in lx[key]["verbs"]):
                marker = sent.text.rfind(g.governor, sent.start, g.start)
                subj = subject_before(sent, marker, kinds, ctx.prev_subject) or _activities_of(sent, marker, kinds)
                if subj:
                    ys = years(sent, sent.clause_start(g.start), g.start)
                    year = ys[-1][1] if ys else None
                    mood = ctx.mood(marker, subj)
                    for s in subj.keys:
                        for o in g.keys:
                            ctx.add(s, pred, o, year, mood=mood)
                break


def _activities_of(sent: Sentence, pos: int, kinds: set[str]) -> Group | None:
    """``方案 X 的(部分)活动由 Y 供资``: what is funded or run are X's activities, so X is."""
    act = sent.lx.get("activities") or {}
    lo = sent.clause_start(pos)
    for g in reversed([g for g in sent.before(pos) if g.start >= lo and g.governor is None]):
        rest = re.sub(r"\s+", "", sent.text[g.end:pos])
        if g.kinds() & kinds and rest[:1] in act.get("of", ()) and find_words(rest, act.get("nouns", ())):
            return g
    return None


def member_renamed(ctx: SentenceContext) -> None:
    """``A 是 B 的成员国`` → memberOf; ``A (后来)更名为 B`` → renamedTo."""
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    groups = sent.groups
    for i, g in enumerate(groups[:-1]):
        h = groups[i + 1]
        gap = re.sub(r"\s+|\(|\)|后来|随后|已|于\d{4}年", "", text[g.end:h.start])
        if gap in lx["renamed"]["phrases"]:
            for a in g.keys:
                for b in h.keys:
                    ctx.add(a, "renamedTo", b)
        if gap in lx["member_of"]["copula"] and _followed_by(text, h.end, lx["member_of"]["phrases"]):
            for a in _members(g, ctx.sentence.lx.agents):
                for b in h.keys:
                    ctx.add(a, "memberOf", b)


_NUM = r"(\d+(?:[ ,\u00a0]\d{3})*(?:\.\d+)?)"


def parse_amount(text: str, lx: Lexicon) -> list[tuple[int, int, Decimal, str]]:
    """Money amounts in ``text``: ``(start, end, amount, ISO 4217 code)``.

    >>> from tacb_graph.relate.clauses import lexicon_for
    >>> [(str(a), c) for _, _, a, c in parse_amount("捐款 80 万美元，近 6 000 亿元，180 万欧元", lexicon_for("zh"))]
    [('800000', 'USD'), ('600000000000', 'CNY'), ('1800000', 'EUR')]
    """
    c = lx["contribution"]
    cur = sorted(c["currencies"], key=len, reverse=True)
    scale = sorted(c["scale"], key=len, reverse=True)
    pat = re.compile(_NUM + r"\s*(" + "|".join(map(re.escape, scale)) + r")?\s*(" + "|".join(map(re.escape, cur)) + r")")
    out = []
    for m in pat.finditer(text):
        n = Decimal(re.sub(r"[ ,\u00a0]", "", m.group(1)))
        if m.group(2):
            n *= c["scale"][m.group(2)]
        out.append((m.start(), m.end(), n.normalize() if n != n.to_integral() else n.quantize(Decimal(1)),
                    c["currencies"][m.group(3)]))
    return out


def contributions(ctx: SentenceContext) -> None:
    """``X 向 Y 捐款 80 万美元``, ``X 与 Y 签署了 180 万欧元的赠款合同``."""
    sent = ctx.sentence
    lx = sent.lx
    c = lx["contribution"]
    text = sent.text
    if not find_words(text, c["verbs"], sent.start, sent.end):
        return
    agents = ctx.sentence.lx.agents
    last_recipient = None
    for s, e, amount, code in parse_amount(text[sent.start:sent.end], lx):
        s += sent.start
        givers = [g for g in sent.before(s) if g.governor is None and g.kinds() & agents
                  and not _is_modifier(sent, g)]
        giver = givers[-1] if givers else subject_before(sent, s, agents, ctx.prev_subject)
        if giver is None:
            continue
        rec = [g for g in sent.before(s) if g.start > giver.start and g.governor in c["recipient_markers"]
               and g.kinds() & agents]
        recipient = _members(rec[-1], agents)[0] if rec else None
        if recipient is None and last_recipient is not None and giver.start > last_recipient[1]:
            recipient = last_recipient[0]  # A 向 X 捐款…，B 捐款…: the later givers give to X too
        if recipient is not None:
            last_recipient = (recipient, s)
        period = None
        for p in c["period"]:
            m = re.search(p, text[sent.start:sent.end])
            if m:
                period = re.sub(r"\s+", "", m.group(0))
                break
        ys = years(sent)
        year = ys[0][1] if ys else None
        verb = find_words(text, c["verbs"], giver.end, s) or find_words(text, c["verbs"], sent.start, sent.end)
        mood = ctx.mood(min(rec[-1].start if rec else s, verb[0][0]), giver)
        for k in _members(giver, agents):
            ctx.contributions.append(Contribution(k, recipient, str(amount), code, ctx.unit, ctx.number,
                                                  period, year, ctx.quote, *mood))


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
    adopted_by(ctx)
    at_session(ctx)
    held_by(ctx)
    requests(ctx)
    establishes(ctx)
    adopts(ctx)
    together = partners(ctx)
    assists(ctx, together)
    from .activities import activities

    activities(ctx, together)
    submitted_input(ctx)
    funded_administered(ctx)
    member_renamed(ctx)
    contributions(ctx)


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
