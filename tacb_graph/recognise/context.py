"""Context across a report: abbreviations the text defines, back-references.

``联合国人权事务高级专员办事处(人权高专办)`` defines 人权高专办 for the rest of
the report; ``该基金`` and a bare ``理事会`` take the nearest earlier entity
that fits, in the same paragraph or the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .gazetteer import Gazetteer
from .nlp import BACKREF, NOT

__all__ = ["History", "find_abbreviations", "resolve_backref"]

_ABBR_ZH = re.compile(r"^\(([\u4e00-\u9fffA-Za-z0-9\-]{1,12})\)")
_ABBR_EN = re.compile(r"^ ?\(([A-Z][A-Za-z\-]{1,11})\)")


@dataclass
class History:
    """What earlier text units mentioned, and where abbreviations were defined."""

    units: list[list] = field(default_factory=list)  # per unit: [(start, key), ...]
    definitions: dict[str, tuple[int, int]] = field(default_factory=dict)
    index: int = 0  # index of the unit being processed

    def push(self, unit, found, entities) -> None:
        self.units.append([(f.start, f.key) for f in found])
        self.index += 1

    def previous(self) -> list:
        return self.units[-1] if self.units else []

    def defined_before(self, abbr: str, unit, pos: int) -> bool:
        where = self.definitions.get(abbr)
        return where is not None and (where[0] < self.index or (where[0] == self.index and where[1] <= pos))


def find_abbreviations(docs, units, gz: Gazetteer, history: History, lang: str) -> dict[str, str]:
    """Abbreviations defined in parentheses right after a recognised name."""
    out: dict[str, str] = {}
    rx = _ABBR_ZH if lang == "zh" else _ABBR_EN
    for i, doc in enumerate(docs):
        text = doc.text
        for ent in doc.ents:
            if ent.label_ in (NOT, BACKREF):
                continue
            m = rx.match(text[ent.end_char:ent.end_char + 16])
            if not m:
                continue
            abbr = m.group(1)
            named = gz.lookup(abbr, lang)
            if named is not None or abbr in out:
                continue  # already a known name (of this or another entity): not a new abbreviation
            if lang == "zh" and not re.search(r"[\u4e00-\u9fff]", abbr) and not abbr.isupper():
                continue
            out[abbr] = ent.ent_id_
            history.definitions[abbr] = (i, ent.end_char + 1 + len(abbr) + 1)
    return out


def resolve_backref(rule: dict, earlier: list, history: History, entities) -> str | None:
    """The key of the nearest earlier entity that fits ``rule`` (or ``None``).

    ``earlier`` are this unit's mentions before the reference, in order;
    ``entities`` maps keys to :class:`~tacb_graph.records.Entity` (a dict or a
    callable).
    """
    get = entities if callable(entities) else entities.get
    kinds = set(rule.get("kinds", ()))
    suffix = rule.get("suffix")

    def fits(key: str) -> bool:
        e = get(key)
        if e is None:
            return False
        if kinds and e.kind not in kinds:
            return False
        if suffix and not (e.label_zh.endswith(suffix) or suffix in e.label_en):
            return False
        return True

    for f in reversed(earlier):
        if fits(f.key):
            return f.key
    for _, key in reversed(history.previous()):
        if fits(key):
            return key
    return None
