"""CountMismatch: a stated count that disagrees with the list that follows it.

``共有 15 个国家…作了回复：`` followed by fourteen States, or ``the following 17 States
replied:`` followed by sixteen names. Items the recogniser did not know still count when they
look like names; items of classes the count is not about are left out. A list that says it is
incomplete (``including``, ``等``) is not compared.
"""

from __future__ import annotations

from ..config import Config
from ..records import Entity, Finding
from .lists import ReadList
from .units import where

__all__ = ["count_mismatches"]


def _listed(lst: ReadList, kinds: tuple[str, ...], unknown: bool) -> int:
    return sum(1 for i in lst.items if (i.kind in kinds) or (unknown and i.entity is None))


def count_mismatches(lists: list[ReadList], entities: dict[str, Entity], config: Config) -> list[Finding]:
    """One finding per list whose stated count(s) and items disagree."""
    out = []
    for lst in lists:
        if not lst.counts or not lst.complete:
            continue
        counted = set(k for c in lst.counts for k in c.kinds)
        unknown = sum(1 for i in lst.items if i.entity is None)
        other = sum(1 for i in lst.items if i.entity is not None and i.kind not in counted)
        if len(lst.counts) == 1:
            c = lst.counts[0]
            pairs = [(c, _listed(lst, c.kinds, True))]
            if pairs[0][1] == 0 or other > pairs[0][1]:
                continue  # the list is not of what the count counts
        elif unknown:
            stated = sum(c.value for c in lst.counts)
            n = len(lst.items)
            if stated != n:
                out.append(_finding(lst, " + ".join(c.text for c in lst.counts), stated, n))
            continue
        else:
            pairs = [(c, _listed(lst, c.kinds, False)) for c in lst.counts]
            if other:
                continue
        for c, n in pairs:
            if c.value != n:
                out.append(_finding(lst, c.text, c.value, n))
    return out


def _finding(lst: ReadList, stated_text: str, stated: int, listed: int) -> Finding:
    w_zh, w_en = where([lst.ref], "zh"), where([lst.ref], "en")
    return Finding(
        "CountMismatch",
        f"{w_zh}称“{stated_text}”，但其后的名单列出 {listed} 个。",
        f"{w_en} states “{stated_text}”, but the list that follows names {listed}.",
        (),
        (lst.ref,),
        (stated_text, str(stated), str(listed)),
    )
