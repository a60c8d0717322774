"""Positions on a concept: who holds which stance on, e.g., mutually beneficial cooperation.

Word lists: ``data/patterns/{lang}/stances.json`` (through :class:`~.clauses.Lexicon`).

1. A *holder event* is a group of actors that no preposition governs, followed
   (within a few characters: 还, 在呈件中, 坚决 …) by a reporting verb or a
   stance predicate: ``澳大利亚认为``, ``法国和德国提交了一份联合回复``,
   ``…以及印度国家人权机构没有评论或批评``. Each member of a coordinated group
   holds its own stance. The holder's span runs to the next holder event;
   pronouns (他们没有质疑…) stay with the current holder. A paragraph that names
   no actor at all continues the last holder of the paragraph before.
2. For each concept the span names (or refers back to: 这一概念, 该术语), the
   value comes from the cue words after the concept's clause (or after the
   holder event, in the holder's own sentence), cut at an enumeration colon.
   Longer cues win (没有质疑 is not 质疑, 不支持 is not 支持); across values the
   first of ``priority`` present wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..records import Stance
from .clauses import Lexicon, Sentence
from .patterns import find_words

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
    verbs = sorted(lx["reporting_verbs"], key=len, reverse=True)
    out = []
    for si, sent in enumerate(sents):
        for g in sent.groups:
            if g.governor is not None or not (g.kinds() & agents):
                continue
            rest = sent.text[g.end:min(sent.end, g.end + lx["max_gap"] + 8)]
            rest = re.sub(r"\([^()]*\)", "", rest)
            rest = re.sub(r"\s+", "", rest)
            for v in verbs:
                i = rest.find(v)
                if 0 <= i <= lx["max_gap"] and not any(c in rest[:i] for c in "，。；：,;:"):
                    keys = tuple(it.key for it in g.items if it.kind in agents)
                    subs = tuple(it.key for it in g.items if it.kind in lx["submitter_kinds"])
                    out.append(Holder(tuple(dict.fromkeys(keys)), si, g.start, tuple(dict.fromkeys(subs))))
                    break
    return out


def _concepts(sent: Sentence) -> list[tuple[str, int]]:
    return [(it.key, it.start) for g in sent.groups for it in g.items if it.kind == "Concept"]


_ENUM = "：:；;"


def _region(sent: Sentence, pos: int, holder_pos: int | None) -> str:
    """Where the cues for a concept at ``pos`` are read (see module docstring)."""
    start = sent.clause_start(pos)
    if holder_pos is not None and not any(c in sent.text[holder_pos:pos] for c in _ENUM):
        start = holder_pos
    text = sent.text[start:sent.end]
    cut = [i for i in (text.find(c, max(0, pos - start)) for c in _ENUM) if i != -1]
    return text[:min(cut)] if cut else text


def _value(regions: list[str], lexicon: Lexicon) -> str | None:
    lx = lexicon.stances
    words, regexes = lexicon.cue_words, lexicon.cue_res
    present = set()
    for text in regions:
        for _s, _e, w in find_words(text, list(words)):
            present.add(words[w])
        for rx, value in regexes:
            if rx.search(text):
                present.add(value)
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
    for n, ev in enumerate(events):
        nxt = events[n + 1].sentence if n + 1 < len(events) else len(sents)
        span = range(ev.sentence, max(nxt, ev.sentence + 1))
        concepts: dict[str, list[str]] = {}
        quote = ""
        backrefs: list[str] = []
        for si in span:
            sent = sents[si]
            hpos = ev.pos if (si == ev.sentence and not carried) else None
            marks = [(pos, key) for key, pos in _concepts(sent) if hpos is None or pos >= hpos]
            marks += [(b, None) for b, _e, _w in find_words(sent.text, lx["concept_backrefs"], sent.start, sent.end)]
            for pos, key in sorted(marks, key=lambda m: m[0]):
                if key is None:  # 这一概念, 该术语: any concept the holder spoke of
                    backrefs.append(_region(sent, pos, hpos))
                    continue
                concepts.setdefault(key, []).append(_region(sent, pos, hpos))
                quote = quote or sent.quote
        for key, regions in concepts.items():
            value = _value(regions + backrefs, lexicon)
            if value is None:
                continue
            for h in ev.keys:
                stances.append(Stance(h, key, value, unit, number, quote))
    return _merge(stances, lexicon), events[-1], [] if carried else events


def _merge(stances: list[Stance], lexicon: Lexicon) -> list[Stance]:
    """One stance per holder, concept and unit: the strongest value (``priority``) wins."""
    order = {v: i for i, v in enumerate(lexicon.stances["priority"])}
    best: dict[tuple, Stance] = {}
    for st in stances:
        k = (st.holder, st.concept, st.unit, st.number)
        if k not in best or order[st.value] < order[best[k].value]:
            best[k] = st
    return list(best.values())
