"""What every check reads: the report's text units, their sentences and mentions, and how a
finding names a place in the report or an entity, in Chinese and in English.

>>> where([("paragraph", 44), ("paragraph", 3), ("footnote", 2)], "en")
'¶3, ¶44, fn2'
>>> where([("paragraph", 44), ("paragraph", 3)], "zh")
'第 3、44 段'
"""

from __future__ import annotations

from dataclasses import dataclass

from ..config import Config
from ..records import Entity, Mention, Recognised
from ..recognise.normalise import normalise
from ..recognise.sentences import split_sentences

__all__ = ["Unit", "units", "where", "label", "fold"]


@dataclass(frozen=True)
class Unit:
    """One paragraph or footnote: its clean text (offsets as the mentions'), sentences and mentions."""

    unit: str
    number: int
    text: str
    sentences: tuple[tuple[int, int], ...]
    mentions: tuple[Mention, ...]

    @property
    def ref(self) -> tuple[str, int]:
        return (self.unit, self.number)

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.sentences:
            if a <= pos < b:
                return a, b
        return 0, len(self.text)


def units(rec: Recognised, config: Config) -> list[Unit]:
    """The paragraphs, then the footnotes, of ``rec``, each cut into the one sentence segmentation."""
    by_unit: dict[tuple[str, int], list[Mention]] = {}
    for m in rec.mentions:
        by_unit.setdefault((m.unit, m.number), []).append(m)
    seg = rec.segmented
    raw = [("paragraph", p.number, p.text) for p in seg.paragraphs]
    raw += [("footnote", f.number, f.text) for f in seg.footnotes]
    out = []
    for unit, number, text in raw:
        clean = normalise(text)
        ms = tuple(sorted(by_unit.get((unit, number), ()), key=lambda m: (m.start, m.end)))
        out.append(Unit(unit, number, clean, tuple(split_sentences(clean, config.language)), ms))
    return out


def _sorted(refs) -> list[tuple[str, int]]:
    return sorted(set(refs), key=lambda r: (r[0] != "paragraph", r[1]))


def where(refs, lang: str) -> str:
    """Paragraphs and footnotes ``(unit, number)`` as a reader finds them: ``¶3, fn2`` / ``第 3 段、脚注 2``."""
    refs = _sorted(refs)
    paras = [str(n) for u, n in refs if u == "paragraph"]
    notes = [str(n) for u, n in refs if u != "paragraph"]
    if lang == "zh":
        parts = ([f"第 {'、'.join(paras)} 段"] if paras else []) + ([f"脚注 {'、'.join(notes)}"] if notes else [])
        return "、".join(parts)
    return ", ".join([f"¶{n}" for n in paras] + [f"fn{n}" for n in notes])


def label(entities: dict[str, Entity], key: str, lang: str) -> str:
    """The name of entity ``key`` in ``lang`` (its key when unknown)."""
    e = entities.get(key)
    if e is None:
        return key
    return e.label_zh if lang == "zh" else e.label_en


def fold(text: str, config: Config) -> str:
    """``text`` as the language compares words (lower-cased where matching ignores case)."""
    return config.language.fold(text)
