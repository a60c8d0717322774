"""Sentences of a text unit and the groups of entities in them.

The relation patterns (:mod:`.patterns`) work on this small model rather than
on raw text:

* an :class:`Item` is one recognised entity occurrence (offsets into the unit's
  normalised text);
* a :class:`Group` is a run of items joined only by coordinators
  (``A、B 和 C``), with the preposition that governs it (``向`` in ``向 A 提供``)
  — a governed group is not a grammatical subject; a body right before its own
  resolution (``人权理事会第 37/23 号决议``) is folded into the resolution, and a
  name in brackets right after another name (``协会(喀麦隆)``, ``(人权高专办)``)
  is a qualifier, not a list member;
* a :class:`Sentence` (as the one sentence segmentation cut it) holds its
  groups; clauses end at the language's ``clause_ends`` (``，；：``).

The words come from the language's :class:`Lexicon` (``data/patterns/{lang}/``):

>>> sorted(lexicon_for("zh")["coordinators"])[:3]
['、', '、以及', '与其']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..config import LanguageData, load_language

__all__ = ["Item", "Group", "Sentence", "Lexicon", "sentences", "lexicon_for", "ends_with"]


def _alternation(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A language's relation and stance word lists, with what is built from them once.

    ``lx["requests"]`` reads ``data/patterns/{lang}/relations.json``; ``lx.stances``
    is ``stances.json``; ``lx.clause_ends`` comes from ``language.json``.
    """

    language: LanguageData
    words: dict
    stances: dict
    clause_ends: str
    agents: frozenset[str]
    res: dict[str, re.Pattern]
    cue_words: dict[str, str]  # stance cue -> value
    cue_res: tuple[tuple[re.Pattern, str], ...]  # stance cues written as regular expressions
    stance_gaps: tuple[re.Pattern, ...] = ()  # phrases allowed between a stance holder and its verb

    def __getitem__(self, key: str):
        return self.words[key]

    def get(self, key: str, default=None):
        return self.words.get(key, default)


@lru_cache(maxsize=None)
def lexicon_for(lang: str) -> Lexicon:
    """The :class:`Lexicon` of language ``lang`` (built once)."""
    language = load_language(lang)
    lx = language.relations
    res = {}
    if lx:
        res = {
            "year": re.compile(lx["year"]),
            "opener": re.compile(rf"^({_alternation(lx['openers'])})[,，]?"),
            "pronoun": re.compile(rf"^({_alternation(lx['pronouns'])})"),
            "personal": re.compile(_alternation(lx["personal_pronouns"])),
            "adverbs": re.compile(rf"\s+|{_alternation(lx['adverbs'])}"),
        }
    words: dict[str, str] = {}
    regexes = []
    for value, ws in language.stances.get("cues", {}).items():
        for w in ws:
            if any(c in w for c in ".{}[]()*+?"):
                regexes.append((re.compile(w), value))
            else:
                words.setdefault(w, value)
    gaps = tuple(re.compile("^" + g) for g in language.stances.get("gap_phrases", ()))
    return Lexicon(language, lx, language.stances, language.clause_ends, frozenset(lx.get("agent_kinds", ())),
                   res, words, tuple(regexes), gaps)


def ends_with(text: str, words) -> str | None:
    """The longest of ``words`` that ``text`` ends with, else ``None``."""
    best = None
    for w in words:
        if text.endswith(w) and (best is None or len(w) > len(best)):
            best = w
    return best


@dataclass
class Item:
    key: str
    kind: str
    start: int
    end: int
    via: str = "name"


@dataclass
class Group:
    items: list[Item]
    governor: str | None = None  # preposition right before the group
    in_resolution: bool = False  # 在(其|该)…决议中: the resolution speaks

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return max(i.end for i in self.items)

    @property
    def keys(self) -> list[str]:
        return list(dict.fromkeys(i.key for i in self.items))

    def kinds(self) -> set[str]:
        return {i.kind for i in self.items}


@dataclass
class Sentence:
    text: str  # the whole unit text
    start: int
    end: int
    groups: list[Group] = field(default_factory=list)
    qualifiers: list[Item] = field(default_factory=list)
    original: str = ""  # the unit text as written (same offsets), for quotes
    lx: Lexicon | None = None

    @property
    def span(self) -> str:
        return self.text[self.start:self.end]

    @property
    def quote(self) -> str:
        """The sentence as written, with the PDF's line-break spaces squeezed."""
        return " ".join((self.original or self.text)[self.start:self.end].split())

    def before(self, pos: int) -> list[Group]:
        return [g for g in self.groups if g.end <= pos]

    def after(self, pos: int) -> list[Group]:
        return [g for g in self.groups if g.start >= pos]

    def clause_start(self, pos: int) -> int:
        """Offset where the clause holding ``pos`` begins."""
        ends = self.lx.clause_ends
        i = pos
        while i > self.start and self.text[i - 1] not in ends:
            i -= 1
        return i

    def clause_end(self, pos: int) -> int:
        ends = self.lx.clause_ends
        i = pos
        while i < self.end and self.text[i] not in ends:
            i += 1
        return i


_PAREN = re.compile(r"\([^()]*\)")
_SPACE = re.compile(r"\s+")


def _strip(gap: str) -> str:
    return _SPACE.sub("", gap)


def _is_qualifier(text: str, prev: Item, item: Item) -> bool:
    """``item`` is alone in brackets right after ``prev``: ``协会(喀麦隆)``."""
    if not text[prev.end:item.start].strip() == "(":
        return False
    close = text.find(")", item.end)
    return close != -1 and text[item.end:close].strip() == ""


def _items(text: str, mentions, kinds: dict[str, str]) -> tuple[list[Item], list[Item]]:
    """Items in text order; overlaps, folded bodies and qualifiers removed."""
    raw = sorted(
        (Item(m.entity, kinds.get(m.entity, ""), m.start, m.end, m.via) for m in mentions),
        key=lambda i: (i.start, -(i.end - i.start)),
    )
    kept: list[Item] = []
    for it in raw:
        if kept and it.start < kept[-1].end and not (it.start == kept[-1].start and it.end == kept[-1].end):
            continue  # inside a longer mention
        if kept and (it.start, it.end, it.key) == (kept[-1].start, kept[-1].end, kept[-1].key):
            continue
        kept.append(it)
    items: list[Item] = []
    qualifiers: list[Item] = []
    for it in kept:
        prev = items[-1] if items else None
        if prev and it.kind == "Resolution" and prev.kind != "Resolution" and text[prev.end:it.start].strip() == "":
            # 人权理事会第 37/23 号决议: the resolution stands for both
            items[-1] = Item(it.key, it.kind, prev.start, it.end, it.via)
            continue
        if it.kind == "Session" or (prev and _is_qualifier(text, prev, it)):
            qualifiers.append(it)  # a session dates what a body did; it is no list member or actor
            continue
        items.append(it)
    return items, qualifiers


def _gap(text: str, a: int, b: int) -> str:
    """Text between ``a`` and ``b`` without bracketed asides and spaces."""
    g = text[a:b]
    prev = None
    while prev != g:
        prev, g = g, _PAREN.sub("", g)
    return _strip(g)


def _groups(text: str, start: int, end: int, items: list[Item], lx: Lexicon) -> list[Group]:
    coord = set(lx["coordinators"])
    gov_words = lx["government_words"]
    groups: list[Group] = []
    for it in items:
        if groups:
            last = groups[-1]
            gap = _gap(text, last.end, it.start)
            for w in gov_words:
                if gap.startswith(w):
                    gap = gap[len(w):]
            if gap == "" or gap in coord or (it.start == last.items[-1].start):
                last.items.append(it)
                continue
        groups.append(Group([it]))
    # governors
    clause_end = lx.clause_ends
    preps = lx["prepositions"]
    topic = lx["topic_markers"]
    skip = lx["skip_in_gap"]
    prev_end = start
    prev_gov = None
    for g in groups:
        raw = text[prev_end:g.start]
        cut = max((raw.rfind(c) for c in clause_end), default=-1)
        boundary = cut != -1
        gap = _strip(raw[cut + 1:]) if boundary else _strip(raw)
        while gap and any(gap.endswith(s) for s in skip):
            gap = gap[: -len(next(s for s in skip if gap.endswith(s)))]
        p = ends_with(gap, preps)
        t = ends_with(gap, topic)
        if p and not (t and len(t) >= len(p)):
            g.governor = p
        elif gap and (gap.endswith("、") or ends_with(gap, lx["coordinators"])):
            if not boundary and prev_gov:
                g.governor = prev_gov  # 与 A、所有机构、B 和 C: the list stays governed
            else:
                head = next((w for w in sorted(preps, key=len, reverse=True) if gap.startswith(w)), None)
                if head:
                    g.governor = head  # 与区域经济共同体、…以及 A
        if g.governor == "在" and "Resolution" in g.kinds() and text[g.end:g.end + 3].lstrip().startswith("中"):
            g.in_resolution = True
        prev_end, prev_gov = g.end, g.governor
    return groups


def sentences(text: str, mentions, kinds: dict[str, str], bounds: list[tuple[int, int]], lx: Lexicon,
              original: str = "") -> list[Sentence]:
    """Group a unit's mentions in each of its sentences.

    ``text`` is the unit's normalised text, ``bounds`` its sentences (from the
    one segmentation, :mod:`tacb_graph.recognise.sentences`), ``original`` the
    text before normalisation (same length), used for quotes.
    """
    out: list[Sentence] = []
    items, quals = _items(text, mentions, kinds)
    for a, b in bounds:
        if not text[a:b].strip():
            continue
        its = [i for i in items if a <= i.start < b]
        out.append(Sentence(text, a, b, _groups(text, a, b, its, lx), [q for q in quals if a <= q.start < b],
                            original, lx))
    return out
