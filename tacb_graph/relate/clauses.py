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
* a :class:`Sentence` (up to ``。！？``) holds its groups; clauses end at
  ``，；：``.

>>> from tacb_graph.relate.clauses import lexicon
>>> sorted(lexicon()["coordinators"])[:3]
['、', '、以及', '与其']
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..package_data import data_dir

__all__ = ["Item", "Group", "Sentence", "sentences", "lexicon", "stance_lexicon", "ends_with"]


def _patterns_dir() -> Path:
    return data_dir() / "patterns"


@lru_cache(maxsize=4)
def lexicon(lang: str = "zh") -> dict:
    """The relation word lists (``data/patterns/relations.json``) for ``lang``."""
    with (_patterns_dir() / "relations.json").open(encoding="utf-8") as fh:
        return json.load(fh)[lang]


@lru_cache(maxsize=4)
def stance_lexicon(lang: str = "zh") -> dict:
    """The stance word lists (``data/patterns/stances.json``) for ``lang``."""
    with (_patterns_dir() / "stances.json").open(encoding="utf-8") as fh:
        return json.load(fh)[lang]


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
        ends = lexicon()["clause_end"] + "：:"
        i = pos
        while i > self.start and self.text[i - 1] not in ends:
            i -= 1
        return i

    def clause_end(self, pos: int) -> int:
        ends = lexicon()["clause_end"] + "：:"
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
        if prev and _is_qualifier(text, prev, it):
            qualifiers.append(it)
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


def _groups(text: str, start: int, end: int, items: list[Item]) -> list[Group]:
    lx = lexicon()
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
    clause_end = lx["clause_end"] + "：:"
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


def sentences(text: str, mentions, kinds: dict[str, str], original: str = "") -> list[Sentence]:
    """Cut a unit's (normalised) text into sentences and group its mentions in each.

    ``original`` is the text before normalisation (same length), used for quotes.
    """
    ends = "。！？!?\n"
    out: list[Sentence] = []
    items, quals = _items(text, mentions, kinds)
    s = 0
    bounds = []
    for i, ch in enumerate(text):
        if ch in ends:
            bounds.append((s, i + 1))
            s = i + 1
    if s < len(text):
        bounds.append((s, len(text)))
    for a, b in bounds:
        if not text[a:b].strip():
            continue
        its = [i for i in items if a <= i.start < b]
        sent = Sentence(text, a, b, _groups(text, a, b, its), [q for q in quals if a <= q.start < b], original)
        out.append(sent)
    return out
