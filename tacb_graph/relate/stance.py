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
4. A non-objection in a reply that only described the holder's own work (``own_work_only``: 在答复中主要介绍了其
   工作，对上述概念未作表态) gives no position at all.
"""

from __future__ import annotations

import re

from ..records import Stance
from .clauses import Lexicon, Sentence
from .cues import concession, corrective, has_cue, value_of
from .holders import Holder, associates, holder_events, says_also, titled_actor
from .titles import titled

__all__ = ["find_stances", "Holder", "titled_actor"]


def _names_one(sent: Sentence, e: int, concepts, lexicon: Lexicon) -> bool:
    """``the concept of X`` names X: a back-reference word followed by one of ``backref_of`` and a concept."""
    words = lexicon.stances.get("backref_of", ())
    return bool(words) and any(
        pos >= e and lexicon.squeeze(sent.text[e:pos]) in words for _key, pos in concepts)


def _pronoun_refs(lexicon: Lexicon) -> tuple[re.Pattern, ...]:
    """``considered it essential``: a pronoun standing for the concept named before (``pronoun_backrefs``)."""
    return lexicon.stance_res("pronoun_backrefs")


def _contrast_before_next(sent: Sentence, pos: int, key: str, concepts, lexicon: Lexicon) -> int | None:
    """Where a contrast (``but``) stands between the concept at ``pos`` and the next other concept of the
    sentence, where the language says so (``contrast_ends_concept``)."""
    if not lexicon.stances.get("contrast_ends_concept"):
        return None
    nxt = min((p for k, p in concepts if p > pos and k != key), default=None)
    if nxt is None:
        return None
    hits = [h for h in lexicon.find(sent.text, lexicon.stances.get("contrast", ()), pos, nxt)
            if not corrective(sent.text, h[0], lexicon)]
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


def _before_asides(sent: Sentence, start: int) -> int:
    """``start`` moved back over the clauses before it that are only an aside set off by commas
    (``negation_asides``: It did not, however, support C — the negation is C's)."""
    asides = sent.lx.stances.get("negation_asides", ())
    while asides and start > sent.start + 1 and sent.text[start - 1] == ",":
        lo = sent.clause_start(start - 1)
        if lo <= sent.start or sent.text[lo - 1] != "," \
                or sent.lx.squeeze(sent.text[lo:start - 1]).strip().lower() not in asides:
            break
        start = sent.clause_start(lo - 1)
    return start


def _region(sent: Sentence, pos: int, holder_pos: int | None, stop: int | None = None, others=()) -> str:
    """Where the cues for a concept at ``pos`` are read (see module docstring); ``stop`` is
    where the next holder of the same sentence begins. ``others`` are where other concepts are
    named in the sentence: a clause about another concept, before or after this one's clause,
    is no part of its region (认为发展权有用，但共赢合作缺乏定义)."""
    ends = sent.lx.stances["region_ends"]
    start = _before_asides(sent, sent.clause_start(pos))
    if holder_pos is not None and _conceding(sent, holder_pos, sent.lx) <= pos < holder_pos:
        start = sent.start  # a concept of the concession that opens the sentence
    elif holder_pos is not None and not any(c in sent.text[holder_pos:pos] for c in ends):
        start = holder_pos
        lead = sent.lx.squeeze(sent.text[sent.start:holder_pos]).lower()
        fronted = sent.lx.stances.get("fronted_holders")
        if lead and lead in sent.lx.stances.get("concessive_openers", ()) or fronted and re.search(fronted, lead):
            start = sent.start  # Although X was not opposed to C, …; At no point did X question C: read with the clause
    end = stop if stop is not None and stop > pos else sent.end
    own_lo, own_hi = sent.clause_start(pos), sent.clause_end(pos)
    for o in others:
        if start <= o < own_lo:
            start = max(start, sent.clause_end(o) + 1)
        elif own_hi < o < end:
            end = min(end, sent.clause_start(o))
    own = next((k for k, p in _concepts(sent) if p == pos), None)
    for rx in sent.lx.stance_res("statement_breaks"):
        # X welcomed A and stated that B undermined C: a second statement of the holder that names the
        # concept not is no part of its region (nor is the first part of the region of a concept after it)
        for m in rx.finditer(sent.text, start, end):
            # a reference after another concept that the second statement names is to that one (X supported A and
            # considered B useful, but said that its meaning was unclear)
            upto = min([p for k, p in _concepts(sent) if k != own and p > m.end()] + [end])
            if m.end() <= pos:
                start = max(start, m.end())
            elif m.start() > pos and not [h for h in sent.lx.find(sent.text, sent.lx.stances.get("contrast_refs", ()),
                                                                  m.end(), upto)
                                          if not sent.text[h[1]:h[1] + 4].startswith(" of ")]:  # the concept of B
                end = min(end, m.start())  # … and stressed that it was essential: still about the concept
    own_end = next((it.end for g in sent.groups for it in g.items if it.start == pos), pos)
    skipped = None  # an aside right after the concept (C, although important to many, still lacked …): C's own
    for rx in sent.lx.stance_res("concessive_aside"):
        # X, while supporting A, criticized B: A's cues are the aside's own, and B's lie outside it
        for m in rx.finditer(sent.text, start, end):
            if m.start() < pos < m.end():
                return sent.text[m.start():m.end()]
            if m.start() >= own_end and not sent.text[own_end:m.start()].strip() and skipped is None \
                    and not _concepts_between(sent, m.start(), m.end()):
                skipped = (m.start(), m.end())  # the concept is the subject the aside interrupts: read past it
                continue
            start, end = (max(start, m.end()), end) if m.end() <= pos else (start, min(end, m.start()))
    if skipped is not None and start <= skipped[0] and skipped[1] <= end:
        text = sent.text[start:skipped[0]] + " " + sent.text[skipped[1]:end]  # (the concept stands before the aside)
    else:
        text = sent.text[start:end]
    cut = [i for i in (text.find(c, max(0, pos - start)) for c in ends) if i != -1]
    return text[:min(cut)] if cut else text


def _concepts_between(sent: Sentence, lo: int, hi: int) -> bool:
    """A concept is named in ``sent.text[lo:hi]``."""
    return any(lo <= p < hi for _k, p in _concepts(sent))


def find_stances(unit: str, number: int, sents: list[Sentence], inherited: Holder | None, lexicon: Lexicon,
                 named_before: str | None = None, named_together: tuple[str, ...] = (), title_actor: str | None = None,
                 topic: str | None = None) -> tuple[list[Stance], Holder | None, list[Holder]]:
    """Stances in one unit, the holder to carry into the next unit, and the holder events. ``named_before``:
    the concept named last in the units before (what ``the concept`` stands for in a unit naming none);
    ``named_together``: the concepts the last unit that named two or more named (what ``both concepts``,
    ``这两个概念`` — ``plural_concept_backrefs`` — stand for in a unit naming none); ``title_actor``: the actor the units
    before named last with a title (``The Minister said`` stands for it); ``topic``: the concept the unit's section
    title names (II. Views on the concept of X) — what a back-reference stands for when no concept is named before it
    in its own sentence."""
    lx = lexicon.stances
    events = holder_events(sents, lexicon, title_actor)
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
    conceded = None  # (sentence, holder keys, first stance) of a holder whose clause is a concession (Although X …,)
    for n, ev in enumerate(events):
        nxt = events[n + 1].sentence if n + 1 < len(events) else len(sents)
        span = range(ev.sentence, max(nxt, ev.sentence + 1))
        # a second holder in the same sentence (…, while Y considered …) ends this one's reach
        stop = events[n + 1].pos if (n + 1 < len(events) and events[n + 1].sentence == ev.sentence
                                     and lx.get("holder_ends_holder")) else None
        read: list[tuple[int, int, str | None, str]] = []  # (sentence, offset, concept or None, region)
        plurals: set[tuple[int, int]] = set()  # (sentence, offset) of the plural back-references read
        quote = ""
        for si in span:
            sent = sents[si]
            hpos = ev.pos if (si == ev.sentence and not carried) else None
            limit = stop if si == ev.sentence else None
            concepts = _concepts(sent)
            topics = _topic_attributes(sent, lexicon) | titled(sent, lexicon)  # 关于发展权的培训; entitled "…"
            lead = _conceding(sent, hpos, lexicon)  # While welcoming C, X stressed …: the concession is the holder's
            marks = [(pos, key) for key, pos in concepts if (hpos is None or pos >= hpos or pos >= lead)
                     and pos not in topics]
            if hpos is not None and lx.get("topic_governors"):  # 关于互利合作，X 认为…: the sentence's topic
                first_actor = min((g.start for g in sent.groups if g.kinds() & lexicon.agents), default=hpos) \
                    if lx.get("topic_before_actors") else hpos  # (X praised the focus on C, while Y …: no topic of Y's)
                marks += [(it.start, it.key) for g in sent.groups if g.governor in lx["topic_governors"]
                          and g.end <= min(hpos, first_actor) for it in g.items if it.kind == "Concept"]
                # 对于在国际文件中使用“互利合作”一类提法，X 持保留态度: a fronted topic clause, words before the concept
                marks += [(it.start, it.key) for g in sent.groups if g.governor not in lx["topic_governors"]
                          and g.end <= min(hpos, first_actor) and sent.clause_end(g.end) < hpos
                          and lexicon.starts_with(lexicon.squeeze(sent.text[sent.clause_start(g.start):g.start]).strip(),
                                                  lx["topic_governors"])
                          and not any(h.kinds() & lexicon.agents for h in sent.groups
                                      if sent.clause_start(g.start) <= h.start < g.start)
                          for it in g.items if it.kind == "Concept"]
            marks += [(b, None) for b, e, _w in lexicon.find(sent.text, lx["concept_backrefs"], sent.start, sent.end)
                      if not _names_one(sent, e, concepts, lexicon)]
            plural = lexicon.find(sent.text, lx.get("plural_concept_backrefs", ()), sent.start, sent.end)
            plurals |= {(si, b) for b, _e, _w in plural}
            marks += [(b, None) for b, _e, _w in plural]
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
        if topic is not None and named and topic not in named and any(
                k is None and (si, p) not in plurals and _opens_sentence(read, si, p) for si, p, k, _r in read):
            named.append(topic)  # was critical of it and of the idea of Y: 'it' is the section's concept
        if not named and read and any((si, p) in plurals for si, p, _k, _r in read):
            # both concepts, 这两个概念: every concept of the latest sentence before it that names two or more,
            # else every concept the unit named before it in sentences of their own, else of the last unit that named two
            si0, p0 = next((si, p) for si, p, _k, _r in read if (si, p) in plurals)
            groups = [list(dict.fromkeys(k for k, pos in _concepts(sent) if (si, pos) < (si0, p0)))
                      for si, sent in enumerate(sents)]
            several = [g for g in groups if len(g) > 1]
            spread = list(dict.fromkeys(k for g in groups for k in g))  # (A 谈 C1。B 谈 C2。D 对上述概念未作评论: both)
            named = several[-1] if several else spread if len(spread) > 1 else \
                list(named_together) if len(named_together) > 1 else []
            quote = sents[si0].quote
        if not named and read:  # only 这一概念 in the span: the concept named last before it in the unit
            si0, p0 = read[0][0], read[0][1]
            earlier = [(si, pos, key) for si, sent in enumerate(sents) for key, pos in _concepts(sent)
                       if (si, pos) < (si0, p0)]
            if topic is not None and not any(si == si0 for si, _p, _k in earlier):
                earlier = [(-1, 0, topic)]  # the concept the section is about
            if not earlier and named_before and lx.get("backref_across_units"):
                earlier = [(-1, 0, named_before)]  # the concept the paragraph before spoke of
            if earlier:
                key = max(earlier)[2]
                if lx.get("backref_topic"):
                    # the concept the unit has named most so far (the one under discussion), latest on a tie
                    counts = {k: sum(1 for e in earlier if e[2] == k) for _s, _p, k in earlier}
                    key = max(earlier, key=lambda e: (counts[e[2]], e[:2]))[2]
                named = [key]
                read = [(si, p, key, r) for si, p, _k, r in read]
                quote = sents[si0].quote
        borrowed = False  # the concept is not named in the holder's own clause: only a cue may judge it
        if not read and (n == 0 or events[n - 1].sentence < ev.sentence):
            read = _topic_before(sents, ev, events, lexicon)  # 关于 C，各国意见不一。X 表示支持
            borrowed = bool(read)
            named, quote = list(dict.fromkeys(k for _s, _p, k, _r in read)), sents[ev.sentence].quote
        also = n > 0 and events[n - 1].sentence == ev.sentence - 1 and says_also(sents[ev.sentence], ev.pos, lexicon)
        if not read and before and n > 0 and (events[n - 1].sentence == ev.sentence or also) \
                and lx.get("later_holder_concept") and not associates(sents[ev.sentence], ev.pos, lexicon) \
                and not _verb_takes_actor(sents[ev.sentence], ev.pos, lexicon):
            # X 支持互利合作，但 Y 表示反对: a later holder of the sentence that names no concept
            # judges the one the holder before it spoke of
            sent = sents[ev.sentence]
            nxt_pos = events[n + 1].pos if n + 1 < len(events) and events[n + 1].sentence == ev.sentence else sent.end
            region = sent.text[ev.pos:nxt_pos]
            cut = [i for i in (region.find(c) for c in lx["region_ends"]) if i != -1]
            read = [(ev.sentence, ev.pos, key, region[:min(cut)] if cut else region) for key in before]
            named, quote, borrowed = list(before), sent.quote, True
        before = named if named else []
        if named and n > 0 and associates(sents[ev.sentence], ev.pos, lexicon, until_concept=True):
            # Y 表示赞同，并补充说，发展权…: Y takes up the stances of the holder before on what it does not name
            prior = set(events[n - 1].keys)
            for st in [st for st in stances if st.holder in prior and st.concept not in named]:
                for h in ev.keys:
                    stances.append(Stance(h, st.concept, st.value, unit, number, sents[ev.sentence].quote or st.quote))
        if not named and n > 0 and associates(sents[ev.sentence], ev.pos, lexicon):
            # Y and Z associated themselves with that statement: the stances of the holder before
            prior = set(events[n - 1].keys)
            for st in [st for st in stances if st.holder in prior]:
                for h in ev.keys:
                    stances.append(Stance(h, st.concept, st.value, unit, number, sents[ev.sentence].quote or st.quote))
            continue
        first = len(stances)
        for key in named:
            # a back-reference (its meaning) is to the concept named last before it in its sentence, if any
            regions = list(dict.fromkeys(r for si, p, k, r in read if k == key or k is None and next(
                (k2 for s2, p2, k2, _r in reversed(read) if s2 == si and k2 is not None and p2 < p), key) == key))
            names = {sents[si].text[it.start:it.end] for si, _p, k, _r in read if k == key
                     for g in sents[si].groups for it in g.items if it.key == key}
            value = value_of(regions, lexicon, names)
            places = [(sents[si], p) for si, p, k, _r in read if k == key]
            if value is None and not ev.weak:
                # (not for a subject with no verb of saying: 理事会请…就如何实现发展权举行磋商 is a task, not a view)
                value = _object_value(places, lexicon)
            if ev.weak and value is not None and _defers(regions, lexicon):
                value = None  # 人权理事会请…促进实现发展权: a subject with no verb of saying that gives a task holds no view
            asked = value is not None or not borrowed and not has_cue(regions, lexicon) and not _mentioned_only(
                places, lexicon)
            if lexicon.stance_model is not None and asked:
                # words no cue list knows, in a clause that names the concept: the learned back-off decides
                value = lexicon.stance_model.value(regions, names, value, holders=ev.keys, concept=key, unit=unit,
                                                   number=number)
            if value is None:
                continue
            if value == "Supportive" and lx.get("views_differ") and any(re.search(lx["views_differ"], r) for r in regions):
                continue  # 各方对 C 的看法存在分歧, views on C differed: the holder reports others' disagreement, no
                # support of its own (that the understandings diverge may itself be doubt: Sceptical is kept)
            if value == "NotQuestioned" and lx.get("own_work_only") and any(
                    re.search(lx["own_work_only"], r) for r in regions):
                continue  # 在答复中主要介绍了其工作，对上述概念未作表态: a reply about its own work, no position given
            for h in ev.keys:
                stances.append(Stance(h, key, value, unit, number, quote))
        if conceded is not None and conceded[0] == ev.sentence and set(conceded[1]) == set(ev.keys):
            # Although X was not opposed to C, it warned …: the same holder's main clause decides over the concession
            new = {(st.holder, st.concept) for st in stances[first:]}
            kept = [st for st in stances[conceded[2]:first] if (st.holder, st.concept) not in new]
            stances[conceded[2]:first] = kept
            first = conceded[2] + len(kept)
        conceded = (ev.sentence, ev.keys, first) if any(concession(r, lexicon) is not None for *_x, r in read) else None
    # the holder carried into the next unit: a subject holder (no verb of saying) is not carried
    last = events[-1] if carried else next((e for e in reversed(events) if not e.weak), None)
    return _merge(stances, lexicon), last, [] if carried else events


def _verb_takes_actor(sent: Sentence, pos: int, lexicon: Lexicon) -> bool:
    """The holder at ``pos`` has a reporting verb whose object is an actor (``UNDP had supported the Elections
    Commission``, ``开发署支持了选举委员会``): help given, not a position on a concept."""
    lx = lexicon.stances
    own = next((g for g in sent.groups if g.start == pos), None)
    if own is None:
        return False
    rest = sent.text[own.end:min(sent.end, own.end + lx["max_gap"] + 24)]
    hits = [h for h in lexicon.find(rest, lx["reporting_verbs"]) if h[0] <= lx["max_gap"]]
    if not hits:
        return False
    after = own.end + max(e for s, e, _w in hits if s == hits[0][0])
    nxt = next((g for g in sent.groups if g.start >= after), None)
    return nxt is not None and bool(nxt.kinds() & lexicon.agents) and nxt.governor is None \
        and lexicon.trim(lexicon.squeeze(sent.text[after:nxt.head]).strip(), "determiners") == ""


def _opens_sentence(read: list, si: int, pos: int) -> bool:
    """No concept is named before the back-reference at ``pos`` in sentence ``si`` (of the ones ``read``)."""
    return not any(s2 == si and k is not None and p2 < pos for s2, p2, k, _r in read)


def _conceding(sent: Sentence, hpos: int | None, lexicon: Lexicon) -> int:
    """Where a concessive clause (``concessive_openers``) that opens the sentence and ends with a comma right before
    the holder at ``hpos`` begins (While welcoming C, X stressed …), else past the sentence's end."""
    if hpos is None:
        return sent.end + 1
    lead = lexicon.trim(lexicon.squeeze(sent.text[sent.start:hpos]).strip().lower(), "determiners")  # …, the Centre
    words = lexicon.stances.get("concessive_openers", ())
    own = not any(g.kinds() & lexicon.agents for g in sent.groups if sent.start <= g.start < hpos)  # no subject of its own
    if own and lead.endswith(",") and any(lead.startswith(w + " ") for w in words):
        return sent.start
    if own and lead.endswith(",") and any(lead.startswith(w + " ") for w in lexicon.stances.get("topic_openers", ())):
        return sent.start  # As for C, X considered …: the concept the holder speaks of
    if own and re.search(lexicon.stances.get("parenthetical_lead", ",$"), lead) and _parenthetical(sent, hpos, lexicon):
        return sent.start  # C, X said, was …: the holder and its verb are an aside in a clause about C
    rel = lexicon.stances.get("object_relative_lead")
    if own and rel and re.search(rel, lead):
        return sent.start  # C was a principle that X fully endorsed: the holder of a relative clause on the noun before
    pre = lexicon.stances.get("subject_relative_lead")
    if pre:  # 一贯支持 C 的 X 表示…: a clause before the holder that ends so is said of the holder (it names a concept)
        lo = sent.clause_start(hpos)
        if re.search(pre, lexicon.squeeze(sent.text[lo:hpos]).strip()) and _concepts_between(sent, lo, hpos):
            return lo
    return sent.end + 1


def _parenthetical(sent: Sentence, hpos: int, lexicon: Lexicon) -> bool:
    """The holder at ``hpos`` and its reporting verb stand between commas inside a clause (``C, X argued, was
    …``; ``the expression, she said, reduced …``), where the language says so (``parenthetical_holders``)."""
    if not lexicon.stances.get("parenthetical_holders"):
        return False
    g = next((g for g in sent.groups if g.start <= hpos < g.end), None)
    at = g.end if g is not None else hpos + len(lexicon.squeeze(sent.text[hpos:]).split(" ", 1)[0])
    rest = lexicon.squeeze(sent.text[at:min(sent.end, at + 40)]).lstrip()
    verb = lexicon.starts_with(rest.lower(), lexicon.stances["reporting_verbs"])
    return bool(verb) and rest[len(verb):].lstrip().startswith(",")


def _topic_before(sents: list[Sentence], ev: Holder, events: list[Holder], lexicon: Lexicon) -> list:
    """``关于互利合作的概念，各国意见不一。埃及表示支持``: a holder whose clause is only a bare judgement
    (``bare_cue``, a regular expression of what follows the holder) judges the one concept the sentence before
    it names, when that sentence has no holder of its own (it states the topic)."""
    rx, si = lexicon.stances.get("bare_cue"), ev.sentence
    if not rx:
        return []
    # 若干国家表示支持发展权；包括 X 在内的其他国家则表示反对: a clause before the holder's in its own sentence, with
    # no holder of its own, states the topic too
    keys = {k for k, p in _concepts(sents[si]) if p < ev.pos}
    if keys and any(h.sentence == si and h.pos < ev.pos for h in events):
        keys = set()
    if not keys:
        if si == 0 or any(h.sentence == si - 1 for h in events):
            return []
        keys = {k for k, _p in _concepts(sents[si - 1])}
    g = next((g for g in sents[si].groups if g.start == ev.pos), None)
    if len(keys) != 1 or g is None:
        return []
    rest = lexicon.squeeze(sents[si].text[g.end:sents[si].clause_end(g.end)])
    tail = lexicon.res.get("members_tail")  # 包括 X 在内的其他国家则表示反对: the group the members belong to
    if tail is not None:
        rest = tail.sub("", rest, count=1)
    return [(si, ev.pos, keys.pop(), rest)] if re.fullmatch(rx, rest) else []


def _defers(regions: list[str], lexicon: Lexicon) -> bool:
    """A word of ``model_defers_to`` (verbs of requesting, inviting, mandating …) stands in ``regions``."""
    words = lexicon.stances.get("model_defers_to", ())
    return bool(words) and any(lexicon.find(r, words) for r in regions)


def _mentioned_only(places: list[tuple[Sentence, int]], lexicon: Lexicon) -> bool:
    """Every place the concept is named is the topic of a noun or the object of a verb that only mentions it
    (``model_mentions``, regular expressions of its clause up to the concept: its views on C, the issue of C,
    mentioned C): no position for the learned back-off to read there."""
    rxs = lexicon.stance_res("model_mentions")
    return bool(rxs) and bool(places) and all(
        any(rx.search(sent.text[sent.clause_start(pos):pos]) for rx in rxs) for sent, pos in places)


def _object_value(places: list[tuple[Sentence, int]], lexicon: Lexicon) -> str | None:
    """The value of a verb that takes the concept as its object (``object_cues``: 实现发展权, 推动构建…; ``object_cue_res``:
    regular expressions of the clause up to the concept, for modifiers between the verb and it),
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
        for value in lexicon.stances.get("object_cue_res", {}):  # 体现了两国之间的互利合作: modifiers between verb and it
            if any(rx.search(head) for rx in lexicon.stance_res("object_cue_res", value)):
                return value
    return None


def _merge(stances: list[Stance], lexicon: Lexicon) -> list[Stance]:
    """One stance per holder, concept and unit: the strongest value (``priority``) wins."""
    order = {v: i for i, v in enumerate(lexicon.stances["priority"])}
    best: dict[tuple, Stance] = {}
    for st in stances:
        k = (st.holder, st.concept, st.unit, st.number)
        if k not in best or order[st.value] < order[best[k].value]:
            best[k] = st
    return list(best.values())
