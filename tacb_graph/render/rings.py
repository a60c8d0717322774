"""Layouts on rings: an entity's neighbourhood (ego view), holders around a concept (positions).

:func:`ego_layout` puts the centre in the middle, its neighbours on a ring (or
two or three interleaved rings when they are many), grouped by class, and the
neighbours' neighbours on rings outside. :func:`stance_layout` puts the
concepts in the middle and the holders of stances around them, one sector per
stance value. Ring radii follow the widths of the labels, so that labels do not
touch; :func:`~tacb_graph.render.layout.remove_overlaps` settles what remains.

The page's script lays out the ego view of any entity the same way
(``assets/graph-layout.js``); a test checks they agree.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from .layout import remove_overlaps

__all__ = ["ring", "ego_layout", "stance_layout", "RING_SIZES"]

#: Most nodes on one ring, then on two and three interleaved rings.
RING_SIZES = (16, 48)
_GAP = 8.0


def _rings_for(n: int) -> int:
    return 1 if n <= RING_SIZES[0] else 2 if n <= RING_SIZES[1] else 3


def ring(ids: Sequence[str], boxes: dict, *, inner: float, start: float = -math.pi / 2,
         gaps: Sequence[int] = ()) -> tuple[dict, float]:
    """Place ``ids`` in order on interleaved rings just outside radius ``inner``.

    ``gaps`` are indices before which an empty slot is left (between groups).
    Returns the positions and the radius outside the outermost ring.

    Examples
    --------
    >>> pos, outer = ring(["a", "b"], {"a": (40, -10, 30), "b": (40, -10, 30)}, inner=0)
    >>> round(pos["a"][0]), round(pos["b"][0]), outer
    (24, -24, 72.0)
    """
    n = len(ids)
    if n == 0:
        return {}, inner
    k = _rings_for(n)
    gaps = set(gaps)
    slots = n + len(gaps)
    width = sum(boxes[i][0] for i in ids) / n + _GAP
    row = max(boxes[i][2] - boxes[i][1] for i in ids) + _GAP
    top = max(-boxes[i][1] for i in ids)
    # neighbours on one ring are k slots apart: their chord must hold a box
    radius = max(inner + top + _GAP, width / (2 * math.sin(min(math.pi * k / slots, math.pi / 2))))
    pos, slot = {}, 0
    for index, node in enumerate(ids):
        if index in gaps:
            slot += 1
        angle = start + 2 * math.pi * (slot + 0.5) / slots
        r = radius + (index % k) * row
        pos[node] = (r * math.cos(angle), r * math.sin(angle))
        slot += 1
    return pos, radius + (k - 1) * row + row


def ego_layout(focus: str, hops: Sequence[Sequence[str]], boxes: dict) -> dict:
    """The centre at (0, 0), then each hop's nodes (in the given order) on rings outside.

    Parameters
    ----------
    focus : str
        The centre.
    hops : list of lists
        The nodes 1, 2, … hops away, each list in drawing order (by class,
        then importance).
    boxes : dict
        ``{node: (width, top, bottom)}`` from :func:`~tacb_graph.render.layout.node_box`.

    Examples
    --------
    >>> boxes = {x: (50, -10, 35) for x in "fabc"}
    >>> pos = ego_layout("f", [["a", "b"], ["c"]], boxes)
    >>> pos["f"], abs(pos["c"][1]) > abs(pos["a"][1])
    ((0.0, 0.0), True)
    """
    pos = {focus: (0.0, 0.0)}
    outer = max(boxes[focus][0] / 2, boxes[focus][2])
    for hop in hops:
        placed, outer = ring(list(hop), boxes, inner=outer)
        pos.update(placed)
    return remove_overlaps(pos, boxes, fixed=frozenset({focus}))


def stance_layout(concepts: Sequence[str], groups: Sequence[Sequence[str]], boxes: dict) -> dict:
    """Concepts in a row in the middle; the holders around them, one sector per group.

    Parameters
    ----------
    concepts : list
        The concepts, in order.
    groups : list of lists
        Holders grouped by stance (Supportive first), each group in order; an
        empty slot separates groups. The first group starts at the lower left
        and groups follow clockwise.

    Examples
    --------
    >>> boxes = {x: (50, -10, 35) for x in ["c", "s1", "s2", "k1"]}
    >>> pos = stance_layout(["c"], [["s1", "s2"], ["k1"]], boxes)
    >>> pos["c"], pos["s1"][0] < 0 < pos["k1"][0]
    ((0.0, 0.0), True)
    """
    pos: dict = {}
    width = sum(boxes[c][0] for c in concepts) + _GAP * max(len(concepts) - 1, 0)
    x = -width / 2
    for c in concepts:
        pos[c] = (x + boxes[c][0] / 2, 0.0)
        x += boxes[c][0] + _GAP * 4
    holders, gaps = [], []
    for group in groups:
        if not group:
            continue
        if holders:
            gaps.append(len(holders))
        holders.extend(group)
    inner = max((abs(p[0]) + boxes[c][0] / 2 for c, p in pos.items()), default=0.0)
    inner = max(inner, max((boxes[c][2] for c in concepts), default=0.0))
    placed, _ = ring(holders, boxes, inner=inner, start=math.pi * 0.6, gaps=gaps)
    pos.update(placed)
    return remove_overlaps(pos, boxes, fixed=frozenset(concepts))
