"""Lists as reports write them: a lead-in, a marker (``：``), the items, and a count stated before.

``共有 15 个国家对委员会的邀请作了回复：澳大利亚、加拿大…和联合王国`` and ``Replies were
received from 17 States: Algeria, …, and Türkiye`` are read as a :class:`ReadList`: the
count (15 States), the items (each the entity it names, or a name the recogniser did not
know), whether the lead-in speaks of replies, and whether the list says it is incomplete
(``including``, ``等``). Every word is in the language's ``checks.json``; items are
never split inside a recognised name (``大不列颠及北爱尔兰联合王国``, ``Trinidad and Tobago``).

>>> from tacb_graph.config import load_config
>>> parse_number("十五", load_config("zh").language.checks["numbers"]), parse_number("twenty-one", load_config("en").language.checks["numbers"])
(15, 21)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..config import Config
from ..records import Entity, Recognised
from .units import Unit, units

__all__ = ["Count", "Item", "ReadList", "read_lists", "parse_number", "counts_in"]


@dataclass(frozen=True)
class Count:
    """``15 个国家``: a number of actors of some classes, as written."""

    value: int
    kinds: tuple[str, ...]
    text: str


@dataclass(frozen=True)
class Item:
    """One item of a list: the entity it names, or ``None`` for a name the recogniser did not know."""

    text: str
    entity: str | None
    kind: str | None


@dataclass(frozen=True)
class ReadList:
    unit: str
    number: int
    sentence: str
    counts: tuple[Count, ...]  # stated in the clause that opens the list
    items: tuple[Item, ...]
    reply: bool  # the lead-in speaks of replies or submissions
    complete: bool  # no "including" before it, no "etc." after it

    @property
    def ref(self) -> tuple[str, int]:
        return (self.unit, self.number)

    @property
    def entities(self) -> list[str]:
        return [i.entity for i in self.items if i.entity]


def parse_number(text: str, numbers: dict) -> int | None:
    """A count as written: digits, or number words (``十五``, ``两``, ``twenty-one``)."""
    t = text.strip().lower()
    if t.isdigit():
        return int(t)
    words = {k.lower(): v for k, v in numbers.get("words", {}).items()}
    units = numbers.get("units")
    if units:  # positional: 一百二十三, 十五, 二十
        total, digit = 0, None
        for ch in t:
            if ch in words:
                digit = words[ch]
            elif ch in units:
                total += (1 if digit is None else digit) * units[ch]
                digit = None
            else:
                return None
        return total + (digit or 0)
    parts = [p for p in re.split(r"[-\s]+", t) if p]
    if not parts or any(p not in words for p in parts):
        return None
    return sum(words[p] for p in parts)


@lru_cache(maxsize=8)
def _count_rx(config: Config) -> re.Pattern:
    ck = config.language.checks
    nouns = sorted({w for n in ck["count_nouns"] for w in n["words"]}, key=len, reverse=True)
    flags = re.IGNORECASE if config.language.case_insensitive else 0
    edge = r"\b" if config.language.case_insensitive else ""
    return re.compile(rf"(?<![\d.,第]){edge}(?P<num>{ck['numbers']['pattern']})\s*"
                      rf"(?P<noun>{'|'.join(map(re.escape, nouns))}){edge}", flags)


def counts_in(text: str, config: Config) -> list[Count]:
    """The counts of actors in ``text`` (``15 个国家``, ``17 States``); nouns that count no actors are left out.

    >>> from tacb_graph.config import load_config
    >>> counts_in("共有 15 个国家、1 个国家人权机构和三个非政府组织", load_config("zh"))
    [Count(value=15, kinds=('State',), text='15 个国家'), Count(value=1, kinds=('NHRI',), text='1 个国家人权机构'), Count(value=3, kinds=('NGO',), text='三个非政府组织')]
    """
    ck = config.language.checks
    fold = config.language.fold
    kinds_of = {fold(w): tuple(n["kinds"]) for n in ck["count_nouns"] for w in n["words"]}
    out = []
    for m in _count_rx(config).finditer(text):
        value = parse_number(m["num"], ck["numbers"])
        kinds = kinds_of.get(fold(m["noun"]), ())
        if value is not None and kinds:
            out.append(Count(value, kinds, m.group(0)))
    return out


def _has_word(text: str, words, config: Config) -> bool:
    fold = config.language.fold
    t = fold(text)
    for w in words:
        w = fold(w)
        if config.language.case_insensitive:
            if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", t):
                return True
        elif w in t:
            return True
    return False


def _masked(u: Unit) -> list[bool]:
    mask = [False] * (len(u.text) + 1)
    for m in u.mentions:
        for i in range(m.start, min(m.end, len(u.text))):
            mask[i] = True
    return mask


def _clause_start(text: str, lo: int, pos: int, breaks: str, mask: list[bool]) -> int:
    for i in range(pos - 1, lo - 1, -1):
        if text[i] in breaks and not mask[i]:
            return i + 1
    return lo


def _cut(text: str, lo: int, hi: int, words, mask: list[bool], fold) -> list[tuple[int, int]]:
    """Spans of ``text[lo:hi]`` between occurrences of ``words`` outside recognised names."""
    words = sorted({fold(w) for w in words}, key=len, reverse=True)
    low = fold(text)
    spans, start, i = [], lo, lo
    while i < hi:
        hit = None
        if not mask[i]:
            for fw in words:
                if low.startswith(fw, i) and i + len(fw) <= hi and not any(mask[i:i + len(fw)]):
                    hit = len(fw)
                    break
        if hit:
            spans.append((start, i))
            i += hit
            start = i
        else:
            i += 1
    spans.append((start, hi))
    return spans


def _read_at(u: Unit, sent: tuple[int, int], marker: int, width: int, mask: list[bool], kinds: dict[str, str],
             config: Config) -> ReadList | None:
    ck = config.language.checks
    lists = ck["lists"]
    fold = config.language.fold
    text = u.text
    a, b = sent
    # the list runs to the end of the sentence, or to a clause end or another marker
    stops = set(lists["ends"]) | set(lists["markers"])
    end = b
    for i in range(marker + width, b):
        if not mask[i] and any(text.startswith(s, i) for s in stops):
            if text[i] == "." and i + 1 < b and not text[i + 1].isspace():
                continue  # 8.9, e.g.x: not the end of a list
            end = i
            break
    name_like = re.compile(lists["name_like"])
    items: list[Item] = []
    complete = not _has_word(text[a:marker], lists["partial_before"], config)
    for lo, hi in _cut(text, marker + width, end, lists["separators"], mask, fold):
        chunk = text[lo:hi].strip()
        for art in lists.get("articles", ()):
            if fold(chunk).startswith(fold(art)):
                chunk = chunk[len(art):].strip()
        if not chunk:
            continue
        inside = [m for m in u.mentions if lo <= m.start and m.end <= hi]
        if inside:
            tail = fold(text[inside[-1].end:hi].strip())
            if any(tail.startswith(fold(w)) for w in lists["partial_after"]):
                complete = False
            items.append(Item(chunk, inside[0].entity, kinds.get(inside[0].entity)))
            continue
        if any(fold(chunk).rstrip(".") == fold(w).rstrip(".") or fold(chunk).startswith(fold(w))
               for w in lists["partial_after"]):
            complete = False
            break
        if counts_in(chunk, config) or not name_like.match(chunk):
            break  # not a name: the list ended before this
        items.append(Item(chunk, None, None))
    if not items:
        return None
    breaks = "".join(c for c in config.language.clause_ends if c not in "".join(lists["markers"]))
    clause = text[_clause_start(text, a, marker, breaks, mask):marker]
    return ReadList(u.unit, u.number, " ".join(text[a:b].split()), tuple(counts_in(clause, config)), tuple(items),
                    _has_word(text[a:marker], ck["reply_words"], config), complete)


def read_lists(rec: Recognised, config: Config, entities: dict[str, Entity] | None = None,
               text_units: list[Unit] | None = None) -> list[ReadList]:
    """Every list the report opens with a marker (``：``, ``:``), in text order.

    A language without ``checks.json`` has no lists to read. ``text_units``: the report's
    units when the caller has them already (:func:`.units.units`).
    """
    ck = config.language.checks
    if not ck.get("lists"):
        return []
    entities = entities if entities is not None else {e.key: e for e in rec.entities}
    kinds = {k: e.kind for k, e in entities.items()}
    markers = re.compile("|".join(map(re.escape, sorted(ck["lists"]["markers"], key=len, reverse=True))))
    out = []
    for u in text_units if text_units is not None else units(rec, config):
        if not u.mentions or not markers.search(u.text):
            continue
        mask = _masked(u)
        for sent in u.sentences:
            for m in markers.finditer(u.text, *sent):
                if not mask[m.start()]:
                    found = _read_at(u, sent, m.start(), m.end() - m.start(), mask, kinds, config)
                    if found:
                        out.append(found)
    return out
