"""Positions on a concept: who holds which stance on, e.g., mutually beneficial cooperation.

Word lists: ``data/patterns/{lang}/stances.json`` (through :class:`~.clauses.Lexicon`).

This is a small model of how UN texts report positions, not a list of the
sentences of one report:

1. A *holder event* is a group of actors that no preposition governs, followed
   (within a few characters: 还, 在呈件中, 坚决, 对这一概念 …) by a reporting verb
   (认为, 指出, 表示, 强调 …) or a stance predicate (批评, 反对, 质疑, 欢迎, 没有质疑
   …): ``澳大利亚认为``, ``法国和德国提交了一份联合回复``, ``加拿大批评``. Each
   member of a coordinated group holds its own stance. The holder's span runs to
   the next holder event; pronouns (他们…) stay with the current holder. A
   paragraph that names no actor at all continues the last holder of the
   paragraph before.
2. For each concept the span names (or refers back to: 这一概念, 该术语), the
   cues are read after the concept's clause (or after the holder event, in the
   holder's own sentence), cut at an enumeration colon. Cues are general
   expressions of support (支持, 欢迎, 认为…有益), criticism (批评, 反对, 关切,
   不应, 不是…商定的), doubt (怀疑, 质疑, 缺乏…定义, 含义不清) and non-objection
   (没有质疑, 未予评论); a negation right before a cue turns it (不支持 is
   Critical, 没有质疑 NotQuestioned).
3. A judgement followed by a contrast (认为…有用，但…) is decided by the part
   after the contrast; within a part, the first of ``priority`` present wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..records import Stance
from .clauses import Lexicon, Sentence

__all__ = ["find_stances", "Holder"]


@dataclass(frozen=True)
class Holder:
    keys: tuple[str, ...]
    sentence: int  # index into the unit's sentences
    pos: int  # offset of the holder event
    submitters: tuple[str, ...] = ()  # holders whose views are submissions (States, NGOs, NHRIs)


def _holder_events(sents: list[Sentence], lexicon: Lexicon) -> list[Holder]:
    lx = lexicon.stances
    agents = lexicon.agents
    verbs = lx["reporting_verbs"]
    aside = re.compile(lx["aside"]) if lx.get("aside") else None
    out = []
    for si, sent in enumerate(sents):
        verb_at = None  # where the last holder's reporting verb of this sentence begins and ends
        for g in sent.groups:
            if g.governor is not None or not (g.kinds() & agents):
                continue
            if verb_at is not None and (g.end <= verb_at[2] or (
                    g.start >= verb_at[1] and not lexicon.squeeze(sent.text[verb_at[1]:g.start]))):
                continue  # X 对…进入理事会决议表示关切: inside X's aside; X 欢迎 Y 加强…: the object of X's verb
            rest = sent.text[g.end:min(sent.end, g.end + lx["max_gap"] + lx.get("aside_length", 0) + 8)]
            rest = re.sub(r"\([^()]*\)", "", rest)
            rest = lexicon.squeeze(rest)
            tail = lexicon.starts_with(rest, lx.get("holder_tails", ()))
            if tail:
                rest = rest[len(tail):].lstrip()  # X 政府在…中表示, X 代表…发言: words that continue the holder
            if aside is not None:
                rest = aside.sub("", rest, count=1)  # X, in a contribution received late, criticized
                for _ in range(lx.get("asides", 1) - 1):  # 在联合发言中对…表示关切: a second aside
                    rest = aside.sub("", rest.lstrip(), count=1)
            if lx.get("apposition_holders") and rest.startswith(",") \
                    and sent.text[sent.start:g.head].rstrip().endswith(","):
                rest = rest[1:].lstrip()  # Its Chair, X, observed: the comma closes the apposition
            hits = [h for h in lexicon.find(rest, verbs) if h[0] <= lx["max_gap"]]
            if hits and lexicon.starts_with(rest[hits[0][1]:].lstrip(), lx.get("attributive_after", ())):
                continue  # 基金支持的项目: a verb that qualifies a noun reports no position
            if hits and not any(c in rest[:hits[0][0]] for c in lexicon.clause_ends):
                keys = tuple(it.key for it in g.items if it.kind in agents)
                subs = tuple(it.key for it in g.items if it.kind in lx["submitter_kinds"])
                out.append(Holder(tuple(dict.fromkeys(keys)), si, g.start, tuple(dict.fromkeys(subs))))
                at = sent.text.find(hits[0][2], g.end, sent.end) if not lexicon.language.spaced else -1
                m = aside.match(sent.text[g.end:at + len(hits[0][2])]) if aside is not None and at != -1 else None
                verb_at = (at, at + len(hits[0][2]), g.end + m.end() if m else -1) if at != -1 else None
        # According to X, …: the holder the opener governs (an apposition may follow: its Chair, Y,)
        for _s, oe, _w in lexicon.find(sent.text, lx.get("holder_openers", ()), sent.start, sent.end):
            g = next((g for g in sent.groups if oe <= g.start <= oe + lx.get("opener_gap", 40)
                      and g.kinds() & agents), None)
            if g is not None and not any(h.sentence == si and h.pos == g.start for h in out):
                keys = tuple(it.key for it in g.items if it.kind in agents)
                subs = tuple(it.key for it in g.items if it.kind in lx["submitter_kinds"])
                out.append(Holder(tuple(dict.fromkeys(keys)), si, g.start, tuple(dict.fromkeys(subs))))
        if not any(h.sentence == si for h in out):
            out += _clause_verb_holders(si, sent, lexicon)
        for spec in lx.get("governed_holders", ()):  # 在 X 看来，…
            for g in sent.groups:
                if g.governor in spec["governors"] and g.kinds() & agents \
                        and lexicon.starts_with(lexicon.squeeze(sent.text[g.end:g.end + 6]), spec["after"]) \
                        and not any(h.sentence == si and h.pos == g.start for h in out):
                    keys = tuple(dict.fromkeys(it.key for it in g.items if it.kind in agents))
                    subs = tuple(dict.fromkeys(it.key for it in g.items if it.kind in lx["submitter_kinds"]))
                    out.append(Holder(keys, si, g.start, subs))
        out += _example_holders(si, sent, lexicon, aside, [h for h in out if h.sentence == si])
        out += _pronoun_holders(si, sents, lexicon)
    out.sort(key=lambda h: (h.sentence, h.pos))
    return _on_behalf(sents, out, lexicon)


def _clause_verb_holders(si: int, sent: Sentence, lexicon: Lexicon) -> list[Holder]:
    """``X 通过了一项决议，强调…``: a later clause with no subject of its own that opens with a speech verb
    (``clause_verbs``, adverbs before it allowed) is said by the subject of the sentence — the actor group
    that opens it, no preposition governing it. Read only in a sentence with no other holder."""
    words = lexicon.stances.get("clause_verbs", ())
    span = sent.text[sent.start:sent.end]
    if not words or not any(w in span for w in words):
        return []
    agents = lexicon.agents
    first = next((g for g in sent.groups if g.kinds() & agents), None)
    if first is None or first.governor is not None or lexicon.squeeze(sent.text[sent.start:first.start]):
        return []
    skip = tuple(lexicon.stances.get("adverbs", ()))
    i = sent.clause_end(first.end)
    while i < sent.end:
        head = lexicon.squeeze(sent.text[i + 1:min(sent.end, i + 12)])
        w = lexicon.starts_with(head, skip)
        head = head[len(w):] if w else head
        if lexicon.starts_with(head, words):
            keys = tuple(dict.fromkeys(it.key for it in first.items if it.kind in agents))
            subs = tuple(dict.fromkeys(it.key for it in first.items if it.kind in lexicon.stances["submitter_kinds"]))
            return [Holder(keys, si, first.start, subs)]
        i = sent.clause_end(i + 1)
    return []


def _on_behalf(sents: list[Sentence], events: list[Holder], lexicon: Lexicon) -> list[Holder]:
    """``Speaking on behalf of X, the representative of Y stated …``, ``Y, on behalf of X, stated``: the one
    spoken for (a group ``behalf_governors`` governs) holds what the nearest holder of its sentence says."""
    words = lexicon.stances.get("behalf_governors", ())
    if not words:
        return events
    agents = lexicon.agents
    out = list(events)
    for si, sent in enumerate(sents):
        for g in sent.groups:
            if g.governor not in words or not g.kinds() & agents:
                continue
            near = [i for i, h in enumerate(out) if h.sentence == si and not set(h.keys) & set(g.keys)]
            if not near:
                continue
            i = min(near, key=lambda i: abs(out[i].pos - g.start))
            keys = tuple(dict.fromkeys(out[i].keys + tuple(it.key for it in g.items if it.kind in agents)))
            subs = tuple(dict.fromkeys(out[i].submitters + tuple(it.key for it in g.items
                                                                 if it.kind in lexicon.stances["submitter_kinds"])))
            out[i] = replace(out[i], keys=keys, submitters=subs)
    return out


def _pronoun_holders(si: int, sents: list[Sentence], lexicon: Lexicon) -> list[Holder]:
    """``X 介绍了…。她认为，…``: a personal pronoun that opens a clause with nothing before it, followed
    by a reporting verb, holds for the last actor of its kinds (``pronoun_holders``: 他/她 stand for a
    person or a post) that an earlier clause of the unit has as its subject (no preposition governs it).
    A pronoun whose antecedent the unit does not name is no holder (the span before it goes on)."""
    lx = lexicon.stances
    sent = sents[si]
    out = []
    for spec in lx.get("pronoun_holders", ()):
        for m in re.finditer(spec["pattern"], sent.text[sent.start:sent.end]):
            s, e = sent.start + m.start(), sent.start + m.end()
            if lexicon.squeeze(sent.text[sent.clause_start(s):s]):
                continue  # 但他告诫说: a clause with a word before the pronoun is no new holder
            rest = lexicon.squeeze(sent.text[e:min(sent.end, e + lx["max_gap"] + 8)])
            hits = [h for h in lexicon.find(rest, lx["reporting_verbs"]) if h[0] <= lx["max_gap"]]
            if not hits or any(c in rest[:hits[0][0]] for c in lexicon.clause_ends):
                continue
            kinds = set(spec["kinds"])
            earlier = [g for sj in range(si + 1) for g in sents[sj].groups
                       if g.governor is None and g.end <= s and g.kinds() & kinds]
            if not earlier:
                continue
            keys = tuple(dict.fromkeys(it.key for it in earlier[-1].items if it.kind in kinds))
            out.append(Holder(keys, si, s, ()))
    return out


def _example_holders(si: int, sent: Sentence, lexicon: Lexicon, aside, found: list[Holder]) -> list[Holder]:
    """``一些国家表示支持，如 A 和 B``: an unnamed group of actors (``group_holders``) with a
    reporting verb, whose members the sentence names after a list marker (``example_markers``)."""
    lx = lexicon.stances
    agents = lexicon.agents
    out = []
    for s, e, _w in lexicon.find(sent.text, lx.get("group_holders", ()), sent.start, sent.end):
        rest = lexicon.squeeze(re.sub(r"\([^()]*\)", "", sent.text[e:min(sent.end, e + lx["max_gap"] + 8)]))
        hits = [h for h in lexicon.find(rest, lx["reporting_verbs"]) if h[0] <= lx["max_gap"]]
        if not hits or any(c in rest[:hits[0][0]] for c in lexicon.clause_ends):
            continue
        for _ms, me, _m in lexicon.find(sent.text, lx.get("example_markers", ()), e, sent.end):
            g = next((g for g in sent.groups if g.start >= me), None)
            if g is None or lexicon.squeeze(sent.text[me:g.head]) not in ("", ":", "：") or not g.kinds() & agents:
                continue
            keys = tuple(dict.fromkeys(it.key for it in g.items if it.kind in agents))
            if any(set(h.keys) == set(keys) for h in found + out):
                break
            subs = tuple(dict.fromkeys(it.key for it in g.items if it.kind in lx["submitter_kinds"]))
            out.append(Holder(keys, si, s, subs))
            break
    return out


def _names_one(sent: Sentence, e: int, concepts, lexicon: Lexicon) -> bool:
    """``the concept of X`` names X: a back-reference word followed by one of ``backref_of`` and a concept."""
    words = lexicon.stances.get("backref_of", ())
    return bool(words) and any(
        pos >= e and lexicon.squeeze(sent.text[e:pos]) in words for _key, pos in concepts)


def _pronoun_refs(lexicon: Lexicon) -> tuple[re.Pattern, ...]:
    """``considered it essential``: a pronoun standing for the concept named before (``pronoun_backrefs``)."""
    cached = lexicon.__dict__.get("_pronoun_refs")
    if cached is None:
        cached = tuple(re.compile(rx) for rx in lexicon.stances.get("pronoun_backrefs", ()))
        lexicon.__dict__["_pronoun_refs"] = cached
    return cached


def _contrast_before_next(sent: Sentence, pos: int, key: str, concepts, lexicon: Lexicon) -> int | None:
    """Where a contrast (``but``) stands between the concept at ``pos`` and the next other concept of the
    sentence, where the language says so (``contrast_ends_concept``)."""
    if not lexicon.stances.get("contrast_ends_concept"):
        return None
    nxt = min((p for k, p in concepts if p > pos and k != key), default=None)
    if nxt is None:
        return None
    hits = lexicon.find(sent.text, lexicon.stances.get("contrast", ()), pos, nxt)
    return hits[0][0] if hits else None


def _topic_attributes(sent: Sentence, lexicon: Lexicon) -> set[int]:
    """Where a concept only says what a thing is about (``topic_attributes`` governing it, ``的`` and a noun
    after it: 关于发展权的培训): welcoming the training judges no concept."""
    words = lexicon.stances.get("topic_attributes", ())
    if not words:
        return set()
    out = set()
    for g in sent.groups:
        if g.governor in words and any(it.kind == "Concept" for it in g.items) \
                and lexicon.starts_with(lexicon.squeeze(sent.text[g.end:g.end + 4]), lexicon.get("modifier_words", ())):
            out |= {it.start for it in g.items if it.kind == "Concept"}
    return out


def _concepts(sent: Sentence) -> list[tuple[str, int]]:
    return [(it.key, it.start) for g in sent.groups for it in g.items if it.kind == "Concept"]


def _region(sent: Sentence, pos: int, holder_pos: int | None, stop: int | None = None, others=()) -> str:
    """Where the cues for a concept at ``pos`` are read (see module docstring); ``stop`` is
    where the next holder of the same sentence begins. ``others`` are where other concepts are
    named in the sentence: a clause about another concept, before or after this one's clause,
    is no part of its region (认为发展权有用，但共赢合作缺乏定义)."""
    ends = sent.lx.stances["region_ends"]
    start = sent.clause_start(pos)
    if holder_pos is not None and not any(c in sent.text[holder_pos:pos] for c in ends):
        start = holder_pos
    end = stop if stop is not None and stop > pos else sent.end
    own_lo, own_hi = sent.clause_start(pos), sent.clause_end(pos)
    for o in others:
        if start <= o < own_lo:
            start = max(start, sent.clause_end(o) + 1)
        elif own_hi < o < end:
            end = min(end, sent.clause_start(o))
    text = sent.text[start:end]
    cut = [i for i in (text.find(c, max(0, pos - start)) for c in ends) if i != -1]
    return text[:min(cut)] if cut else text


def _cue_hits(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of the stance cues in ``text``: the longest match wins an overlap
    (没有评论或批评 is one cue, not 批评)."""
    cands = []
    for w, value in lexicon.cue_words.items():
        i = text.find(w)
        while i != -1:
            if lexicon.language.bounded(text, i, i + len(w)):
                cands.append((i, i + len(w), value))
            i = text.find(w, i + 1)
    for rx, value in lexicon.cue_res:
        cands += [(m.start(), m.end(), value) for m in rx.finditer(text) if m.end() > m.start()]
    taken: list[tuple[int, int]] = []
    hits = []
    for s, e, value in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not any(s < b and a < e for a, b in taken):
            taken.append((s, e))
            hits.append((s, e, value))
    return sorted(hits)


def _negated(text: str, start: int, lexicon: Lexicon) -> bool:
    """A negation right before the cue at ``start`` (adverbs between allowed): 不支持, 并没有质疑,
    did not question."""
    lx = lexicon.stances
    head = lexicon.squeeze(text[max(0, start - lx.get("negation_window", 8)):start])
    for adverb in lx.get("adverbs", ()):
        if lexicon.ends_with(head, [adverb]):
            head = head[:-len(adverb)].rstrip()
    if lexicon.ends_with(head, lx.get("not_negators", ())):
        return False
    return bool(lexicon.ends_with(head, lx["negators"]))


def _about_other(text: str, cut: int, names, lexicon: Lexicon) -> bool:
    """What follows the contrast at ``cut`` judges something other than the concept: the first clause
    after it that says more than who speaks (但他告诫说，…) names a subject of its own before its cue
    (但强调技术合作必须以请求为基础) and no reference to the concept (its name in ``names``, or one of
    ``contrast_refs``: 其, 这一概念 …). Modal words (``modal_words``), adverbs and reporting verbs are no
    subject (但可能被滥用, 但认为其含义不清)."""
    lx = lexicon.stances
    refs = tuple(lx.get("contrast_refs", ())) + tuple(n for n in names if n)
    skip = sorted(tuple(lx["reporting_verbs"]) + tuple(lx.get("modal_words", ())) + tuple(lx.get("adverbs", ()))
                  + tuple(lx.get("contrast", ())) + tuple(lexicon.get("personal_pronouns", ())), key=len, reverse=True)
    ends = "".join(lexicon.clause_ends) + "\x1e"
    for clause in re.split("[" + re.escape(ends) + "]", text[cut:]):
        head = lexicon.squeeze(clause)
        if lexicon.find(head, refs):  # whole words in a spaced language (no "it" in "capacity")
            return False
        cues = _cue_hits(head, lexicon)
        if not cues and lexicon.ends_with(head, tuple(lx["reporting_verbs"]) + ("说",)):
            continue  # 但他告诫说: who speaks, not what is judged
        if cues:
            head = head[:cues[0][0]]
        changed = True
        spaced = lexicon.language.spaced
        while changed and head:
            changed = False
            for w in skip:
                if head.startswith(w) and (not spaced or len(head) == len(w) or not head[len(w)].isalnum()):
                    head, changed = head[len(w):].lstrip(), True
                    break
                if head.endswith(w) and (not spaced or len(head) == len(w) or not head[-len(w) - 1].isalnum()):
                    head, changed = head[:-len(w)].rstrip(), True
                    break
        if head:
            return True
        if cues:
            return False
    return False


def _disposes_of_other(text: str, s: int, refs, lexicon: Lexicon) -> bool:
    """The clause holding the cue at ``s`` has a disposal marker (``disposal_markers``: 将, 把) and names
    neither the concept nor a reference to it: its judgement is of the thing the marker governs."""
    markers = lexicon.stances.get("disposal_markers", ())
    if not markers:
        return False
    ends = set(lexicon.clause_ends) | {"\x1e"}
    cs = max([i + 1 for i in range(0, s) if text[i] in ends] or [0])
    ce = min([i for i in range(s, len(text)) if text[i] in ends] or [len(text)])
    clause = text[cs:ce]
    return any(m in clause for m in markers) and not any(r and r in clause for r in refs)


def _value(regions: list[str], lexicon: Lexicon, names=()) -> str | None:
    """The stance the cues of ``regions`` (in text order) express.

    A negated cue takes its ``negated_value`` (不支持 is Critical, 没有质疑 is
    NotQuestioned); when a contrast (但是, 然而 …) follows a judgement, the part
    after the last contrast that holds a cue decides (认为…有用，但…不能适用 is
    Critical); within that part the first value of ``priority`` present wins.
    """
    lx = lexicon.stances
    text = "\x1e".join(regions)  # a separator that is no word of any list
    nots = tuple(lx.get("not_contrasts", ()))
    cuts = [s for s, _e, _w in lexicon.find(text, lx.get("contrast", ()))
            if not (nots and text.startswith(nots, s))]  # 不过是 (no more than) is no contrast
    hits = []
    kept = set(lx.get("kept_without_ref", ()))
    refs = tuple(lx.get("contrast_refs", ())) + tuple(n for n in names if n)
    for s, e, value in _cue_hits(text, lexicon):
        if _negated(text, s, lexicon):
            value = lx["negated_value"].get(value, value)
        cut = max((c for c in cuts if c < s), default=None)
        if cut is not None and lx.get("contrast_refs") and _about_other(text, cut, names, lexicon):
            continue  # 没有质疑…，但强调技术合作必须以请求为基础: the qualifier judges something else
        if cut is not None and any(h < cut and v in kept for h, v in hits) \
                and not any(r in text[cut:s] for r in refs):
            continue  # 未发表意见，但欢迎理事会…: what is welcomed after it is not the concept
        if _disposes_of_other(text, s, refs, lexicon):
            continue  # 不应将人权问题政治化: the clause judges what 将 governs, not the concept
        hits.append((s, value))
    if not hits:
        return None
    last = max((c for c in cuts if any(h >= c for h, _v in hits)), default=0)
    present = {v for h, v in hits if h >= last}
    for value in lx["priority"]:
        if value in present:
            return value
    return None


def find_stances(unit: str, number: int, sents: list[Sentence], inherited: Holder | None, lexicon: Lexicon
                 ) -> tuple[list[Stance], Holder | None, list[Holder]]:
    """Stances in one unit, the holder to carry into the next unit, and the holder events."""
    lx = lexicon.stances
    events = _holder_events(sents, lexicon)
    has_actor = any(g.kinds() & lexicon.agents for s in sents for g in s.groups)
    if not events and (has_actor or inherited is None):
        return [], None, []
    if not events:
        events = [Holder(inherited.keys, 0, sents[0].start if sents else 0)]
        carried = True
    else:
        carried = False
    stances: list[Stance] = []
    before: list[str] = []  # the concepts the holder before this one spoke of, in the same sentence
    for n, ev in enumerate(events):
        nxt = events[n + 1].sentence if n + 1 < len(events) else len(sents)
        span = range(ev.sentence, max(nxt, ev.sentence + 1))
        # a second holder in the same sentence (…, while Y considered …) ends this one's reach
        stop = events[n + 1].pos if (n + 1 < len(events) and events[n + 1].sentence == ev.sentence
                                     and lx.get("holder_ends_holder")) else None
        read: list[tuple[int, int, str | None, str]] = []  # (sentence, offset, concept or None, region)
        quote = ""
        for si in span:
            sent = sents[si]
            hpos = ev.pos if (si == ev.sentence and not carried) else None
            limit = stop if si == ev.sentence else None
            concepts = _concepts(sent)
            topics = _topic_attributes(sent, lexicon)
            marks = [(pos, key) for key, pos in concepts if (hpos is None or pos >= hpos) and pos not in topics]
            if hpos is not None and lx.get("topic_governors"):  # 关于互利合作，X 认为…: the sentence's topic
                marks += [(it.start, it.key) for g in sent.groups if g.governor in lx["topic_governors"]
                          and g.end <= hpos for it in g.items if it.kind == "Concept"]
            marks += [(b, None) for b, e, _w in lexicon.find(sent.text, lx["concept_backrefs"], sent.start, sent.end)
                      if not _names_one(sent, e, concepts, lexicon)]
            marks += [(m.start(), None) for rx in _pronoun_refs(lexicon)
                      for m in rx.finditer(sent.text, sent.start, sent.end)]
            if limit is not None:
                marks = [m for m in marks if m[0] < limit]
            split = lx.get("split_concepts")
            for pos, key in sorted(marks, key=lambda m: m[0]):
                others = [p for p, k in marks if k is not None and k != key] if split and key is not None else ()
                if split and key is None:  # “X”这一概念: the concept named last before it in its sentence
                    key = next((k for s2, _p, k, _r in reversed(read) if k is not None and s2 == si), None)
                    others = [p for p, k in marks if k is not None and k != key] if key is not None else ()
                # welcomed A but questioned B: A's cues end at the contrast before the next concept
                cut = _contrast_before_next(sent, pos, key, concepts, lexicon) if key is not None else None
                stops = [x for x in (limit, cut) if x is not None]
                stop_at = min(stops) if stops else None
                read.append((si, pos, key, _region(sent, pos, hpos, stop_at, others)))  # key None: 这一概念, 该术语
                if key is not None:
                    quote = quote or sent.quote
        named = list(dict.fromkeys(k for _si, _p, k, _r in read if k is not None))
        if not named and read:  # only 这一概念 in the span: the concept named last before it in the unit
            si0, p0 = read[0][0], read[0][1]
            earlier = [(si, pos, key) for si, sent in enumerate(sents) for key, pos in _concepts(sent)
                       if (si, pos) < (si0, p0)]
            if earlier:
                key = max(earlier)[2]
                if lx.get("backref_topic"):
                    # the concept the unit has named most so far (the one under discussion), latest on a tie
                    counts = {k: sum(1 for e in earlier if e[2] == k) for _s, _p, k in earlier}
                    key = max(earlier, key=lambda e: (counts[e[2]], e[:2]))[2]
                named = [key]
                read = [(si, p, key, r) for si, p, _k, r in read]
                quote = sents[si0].quote
        also = n > 0 and events[n - 1].sentence == ev.sentence - 1 and _says_also(sents[ev.sentence], ev.pos, lexicon)
        if not read and before and n > 0 and (events[n - 1].sentence == ev.sentence or also) \
                and lx.get("later_holder_concept"):
            # X 支持互利合作，但 Y 表示反对: a later holder of the sentence that names no concept
            # judges the one the holder before it spoke of
            sent = sents[ev.sentence]
            nxt_pos = events[n + 1].pos if n + 1 < len(events) and events[n + 1].sentence == ev.sentence else sent.end
            region = sent.text[ev.pos:nxt_pos]
            cut = [i for i in (region.find(c) for c in lx["region_ends"]) if i != -1]
            read = [(ev.sentence, ev.pos, key, region[:min(cut)] if cut else region) for key in before]
            named, quote = list(before), sent.quote
        before = named if named else []
        if not named and n > 0 and _associates(sents[ev.sentence], ev.pos, lexicon):
            # Y and Z associated themselves with that statement: the stances of the holder before
            prior = set(events[n - 1].keys)
            for st in [st for st in stances if st.holder in prior]:
                for h in ev.keys:
                    stances.append(Stance(h, st.concept, st.value, unit, number, sents[ev.sentence].quote or st.quote))
            continue
        for key in named:
            regions = list(dict.fromkeys(r for _si, _p, k, r in read if k in (key, None)))
            names = {sents[si].text[it.start:it.end] for si, _p, k, _r in read if k == key
                     for g in sents[si].groups for it in g.items if it.key == key}
            value = _value(regions, lexicon, names)
            if value is None:
                value = _object_value([(sents[si], p) for si, p, k, _r in read if k == key], lexicon)
            if value is None:
                continue
            for h in ev.keys:
                stances.append(Stance(h, key, value, unit, number, quote))
    return _merge(stances, lexicon), events[-1], [] if carried else events


def _object_value(places: list[tuple[Sentence, int]], lexicon: Lexicon) -> str | None:
    """The value of a verb that takes the concept as its object (``object_cues``: 实现发展权, 推动构建…),
    read when no cue of the concept's region says anything: a holder who speaks of realizing it (or of
    what hinders its realization) supports it."""
    cues = lexicon.stances.get("object_cues", {})
    fillers = tuple(lexicon.stances.get("object_fillers", ()))
    for sent, pos in places:
        head = lexicon.squeeze(sent.text[sent.clause_start(pos):pos])
        while head and head[-1] in fillers:
            head = head[:-1]
        for value, words in cues.items():
            if lexicon.ends_with(head, words):
                return value
    return None


def _says_also(sent: Sentence, pos: int, lexicon: Lexicon) -> bool:
    """The holder at ``pos`` is followed, before its verb, by one of ``also_words`` (``约旦也表示支持``): what it
    says is about what the holder of the sentence before spoke of."""
    words = lexicon.stances.get("also_words", ())
    if not words:
        return False
    g = next((g for g in sent.groups if g.start == pos), None)
    rest = lexicon.squeeze(sent.text[g.end if g is not None else pos:sent.clause_end(pos)])
    return any(rest.startswith(w) or rest[:6].find(w) != -1 for w in words)


def _associates(sent: Sentence, pos: int, lexicon: Lexicon) -> bool:
    """Whether the holder at ``pos`` only associates itself with what was said before (one of
    ``association_verbs`` follows it in its clause): ``The Netherlands and Switzerland associated
    themselves with that statement``."""
    words = lexicon.stances.get("association_verbs", ())
    if not words:
        return False
    end = max(sent.clause_end(pos), pos)
    plain = [w for w in words if not _is_regex(w)]
    if lexicon.find(sent.text, plain, pos, end):
        return True
    return any(rx.search(sent.text, pos, end) for rx in _association_res(lexicon))  # 赞同这一看法, 支持上述立场


def _is_regex(word: str) -> bool:
    return any(c in word for c in ".{}[]()*+?|")


def _association_res(lexicon: Lexicon) -> tuple[re.Pattern, ...]:
    """The ``association_verbs`` written as regular expressions (a verb and the position it takes up:
    ``(赞同|支持)(这一|上述)(看法|立场)``), compiled once per lexicon."""
    cached = lexicon.__dict__.get("_association_res")
    if cached is None:
        cached = tuple(re.compile(w) for w in lexicon.stances.get("association_verbs", ()) if _is_regex(w))
        lexicon.__dict__["_association_res"] = cached
    return cached


def _merge(stances: list[Stance], lexicon: Lexicon) -> list[Stance]:
    """One stance per holder, concept and unit: the strongest value (``priority``) wins."""
    order = {v: i for i, v in enumerate(lexicon.stances["priority"])}
    best: dict[tuple, Stance] = {}
    for st in stances:
        k = (st.holder, st.concept, st.unit, st.number)
        if k not in best or order[st.value] < order[best[k].value]:
            best[k] = st
    return list(best.values())
