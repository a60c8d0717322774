"""Context across a report: abbreviations the text defines, back-references.

``联合国人权事务高级专员办事处(人权高专办)`` defines 人权高专办 for the rest of
the report; ``该基金`` and a bare ``理事会`` take the nearest earlier entity
that fits, in the same paragraph or the one before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..config import LanguageData
from .gazetteer import Gazetteer

__all__ = ["History", "find_definitions", "resolve_backref", "NOT", "BACKREF"]

#: entity-ruler label of words that merely contain a name (发展中国家, developing countries)
NOT = "NOT"
#: entity-ruler label of back-reference words (该基金, the Fund)
BACKREF = "BACKREF"


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


def find_definitions(doc, index: int, gz: Gazetteer, history: History, language: LanguageData,
                     found: dict[str, str], seen: list | None = None) -> None:
    """Record the abbreviations unit ``index`` defines in brackets right after a recognised name.

    ``联合国人权事务高级专员办事处(人权高专办)`` or ``Office of the High Commissioner
    (OHCHR)``: the abbreviation goes into ``found`` (abbreviation → entity key) and
    ``history.definitions`` (where it was defined), unless it already names an
    entity or was defined before. ``seen``, when given, receives every
    definition read as ``(abbreviation, entity key, start, end)``, adopted or not.
    """
    text = doc.text
    lang = language.code
    for ent in doc.ents:
        if ent.label_ in (NOT, BACKREF):
            continue
        m = language.abbreviation.match(text[ent.end_char:ent.end_char + 16])
        if not m:
            continue
        abbr = m.group(1)
        if language.abbreviation_valid is not None and not language.abbreviation_valid.search(abbr):
            continue
        if seen is not None:
            seen.append((abbr, ent.ent_id_, ent.end_char + m.start(1), ent.end_char + m.end(1)))
        if gz.lookup(abbr, lang) is not None or abbr in found:
            continue  # already a known name (of this or another entity): not a new abbreviation
        found[abbr] = ent.ent_id_
        history.definitions[abbr] = (index, ent.end_char + 1 + len(abbr) + 1)


def resolve_backref(rule: dict, earlier: list, history: History, entities) -> str | None:
    """The key of the nearest earlier entity that fits ``rule`` (or ``None``): in this unit,
    then in the unit before — or in any earlier unit when the rule's ``scope`` is ``report``.

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
    # the unit before (or, for a rule of "scope": "report", any earlier unit: 信托基金, the Trust Fund)
    units = history.units[::-1] if rule.get("scope") == "report" else [history.previous()]
    for unit in units:
        for _, key in reversed(unit):
            if fits(key):
                return key
    return None
