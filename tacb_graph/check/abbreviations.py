"""AmbiguousAbbreviation: one abbreviation the text uses for two different bodies.

For every abbreviation the text defines in brackets (``Recognised.abbreviations``, each
definition read, adopted or not), the entities it stands for are those it was defined for and
those its bare occurrences were recognised as (a gazetteer name of another body). Two or
more is a finding. A State or place in brackets after a name (``某协会(意大利)``) qualifies
the name; it is no abbreviation.
"""

from __future__ import annotations

from ..config import Config
from ..records import Entity, Finding, Recognised
from .units import label, where

__all__ = ["ambiguous_abbreviations"]

_QUALIFIERS = {"State", "Place"}


def ambiguous_abbreviations(rec: Recognised, entities: dict[str, Entity], config: Config) -> list[Finding]:
    """One finding per abbreviation that stands for two or more bodies."""
    fold = config.language.fold
    by_text: dict[str, dict[str, set]] = {}
    shown: dict[str, str] = {}
    for d in rec.abbreviations:
        shown.setdefault(fold(d.text), d.text)
        by_text.setdefault(fold(d.text), {}).setdefault(d.entity, set()).add((d.unit, d.number))
    for m in rec.mentions:
        t = fold(m.surface)
        if t in by_text and m.via in ("name", "abbreviation"):
            by_text[t].setdefault(m.entity, set()).add((m.unit, m.number))
    out = []
    for t, keys in sorted(by_text.items()):
        bodies = {k: refs for k, refs in keys.items() if k in entities and entities[k].kind not in _QUALIFIERS}
        if len(bodies) < 2:
            continue
        order = sorted(bodies, key=lambda k: min((r[0] != "paragraph", r[1]) for r in bodies[k]))
        abbr = shown[t]
        zh = "，".join(f"在{where(bodies[k], 'zh')}指{label(entities, k, 'zh')}" for k in order)
        en = " and ".join(f"{label(entities, k, 'en')} ({where(bodies[k], 'en')})" for k in order)
        refs = sorted({r for k in order for r in bodies[k]}, key=lambda r: (r[0] != "paragraph", r[1]))
        out.append(Finding(
            "AmbiguousAbbreviation",
            f"缩写“{abbr}”{zh}。",
            f"The abbreviation “{abbr}” stands for {en}.",
            tuple(order),
            tuple(refs),
            (abbr,),
        ))
    return out
