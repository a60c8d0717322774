"""A read-only view of what a growing list held at one moment.

A unit's sentences are read in order, and each one may look back at what the sentences
before it stated. Copying the list for each sentence costs as much as the unit is long, so a
paragraph of many sentences would be read in quadratic time; a :class:`Prefix` is the list's
first ``n`` items, read in place.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

__all__ = ["Prefix"]

T = TypeVar("T")


class Prefix(Sequence[T]):
    """The first ``n`` items of ``items`` (all of them when ``n`` is ``None``), whatever is
    appended to ``items`` afterwards.

    >>> seen = ["a", "b"]
    >>> before = Prefix(seen)
    >>> seen.append("c")
    >>> list(before), before[-1], len(before), list(reversed(before)), "c" in before
    (['a', 'b'], 'b', 2, ['b', 'a'], False)
    >>> bool(Prefix([])), before[:1]
    (False, ['a'])
    """

    __slots__ = ("_items", "_n")

    def __init__(self, items: list[T], n: int | None = None):
        self._items = items
        self._n = len(items) if n is None else n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self._items[j] for j in range(*i.indices(self._n))]
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("Prefix index out of range")
        return self._items[i]

    def __iter__(self):
        items = self._items
        for i in range(self._n):
            yield items[i]

    def __reversed__(self):
        items = self._items
        for i in range(self._n - 1, -1, -1):
            yield items[i]

    def __repr__(self) -> str:
        return f"Prefix({self._items[:self._n]!r})"
