"""What a unit named before a place, read by entity.

A back-reference stands for the nearest entity before it that fits its rule. Reading every
mention before it, for every back-reference, costs as much as the square of a unit's length;
:class:`Before` keeps each entity's mentions in order, so that the latest mention of each entity
before a place is found by bisection, and the nearest fitting one is the latest of those.
"""

from __future__ import annotations

from bisect import bisect_left, insort

from .around import ends_before
from .state import Found

__all__ = ["Before"]


class Before:
    """The mentions in ``found`` by entity, taken in as the list grows.

    ``found`` is sorted by start now and then, stably, and only ever grows at its end between two
    sorts; :meth:`take_in` must be called after each growth and before the next sort, so that
    mentions that start at one place keep the order the sorted list gives them. A mention that
    ``text`` introduces with one of ``former`` (原名为, a former name) is not one to refer back to.

    >>> found = [Found(0, 5, "state/HTI", "name"), Found(10, 16, "org/hrc", "name")]
    >>> before = Before(found, "Haiti and the Council", ())
    >>> found.append(Found(20, 25, "state/HTI", "name"))
    >>> before.take_in()
    >>> [f.start for f in before.latest(18)], [f.start for f in before.latest(30)]
    ([0, 10], [10, 20])
    """

    def __init__(self, found: list[Found], text: str, former: tuple[str, ...]):
        self.found = found
        self.text = text
        self.former = former
        self.seen = 0  # how many of found were taken in
        self.by_key: dict[str, list[tuple]] = {}  # key -> [(start, order, end, referable, Found)], sorted
        self.take_in()

    def take_in(self) -> None:
        """Take in the mentions appended to ``found`` since the last call."""
        for f in self.found[self.seen:]:
            referable = not (self.former and ends_before(self.text, f.start, self.former))
            insort(self.by_key.setdefault(f.key, []), (f.start, self.seen, f.end, referable, f))
            self.seen += 1

    def latest(self, cut: int) -> list[Found]:
        """Each entity's latest referable mention that ends by ``cut``, in the order of ``found``.

        Read backwards, it meets entities in the order a backward reading of all the referable
        mentions before ``cut`` first meets them.
        """
        out = []
        for rows in self.by_key.values():
            i = bisect_left(rows, (cut,))  # the mentions that start before cut
            while i > 0:
                i -= 1
                start, order, end, referable, f = rows[i]
                if end <= cut and referable:
                    out.append((start, order, f))
                    break
        out.sort(key=lambda row: row[:2])
        return [f for _s, _o, f in out]
