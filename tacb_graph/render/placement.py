"""Where each label of a slide goes: beside its node, clear of other labels and of every node.

:func:`place_labels` takes the labels in order of importance and tries, for
each, eight places around its node (below first, as on the page), then, for
the most important ones, the same places farther out with a leader line; the
first place that overlaps no label placed before, no node and stays inside the
frame wins. A label with no free place is left out (the page shows it on
hover), so labels never collide and never cover a node.

Everything is in display pixels, y pointing up (matplotlib's display space).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Label", "Placement", "place_labels", "CANDIDATES"]

#: Places tried around a node: (name, horizontal alignment, vertical alignment, dx, dy) where
#: dx, dy are multiples of the node radius plus gap.
CANDIDATES: tuple[tuple[str, str, str, float, float], ...] = (
    ("below", "center", "top", 0.0, -1.0),
    ("above", "center", "bottom", 0.0, 1.0),
    ("right", "left", "center", 1.0, 0.0),
    ("left", "right", "center", -1.0, 0.0),
    ("below right", "left", "top", 0.72, -0.72),
    ("below left", "right", "top", -0.72, -0.72),
    ("above right", "left", "bottom", 0.72, 0.72),
    ("above left", "right", "bottom", -0.72, 0.72),
)


@dataclass(frozen=True)
class Label:
    """A label to place: its node's centre and radius, and the text's width and height (px)."""

    key: str
    x: float
    y: float
    r: float
    width: float
    height: float


@dataclass(frozen=True)
class Placement:
    """Where a label went: the anchor point, the alignment to draw it with, and its box."""

    key: str
    x: float
    y: float
    ha: str
    va: str
    box: tuple[float, float, float, float]
    leader: bool = False


def _box(label: Label, ha: str, va: str, ax: float, ay: float) -> tuple[float, float, float, float]:
    left = {"center": ax - label.width / 2, "left": ax, "right": ax - label.width}[ha]
    bottom = {"center": ay - label.height / 2, "bottom": ay, "top": ay - label.height}[va]
    return left, bottom, left + label.width, bottom + label.height


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def place_labels(labels: list[Label], discs: list[tuple[str, float, float, float]],
                 frame: tuple[float, float, float, float], *, gap: float = 3.0,
                 leaders: int = 0) -> list[Placement]:
    """Place ``labels`` (most important first) clear of each other, of ``discs`` and inside ``frame``.

    The first ``leaders`` labels, when they find no room next to their node,
    try the eight places again one and two label heights farther out, the
    first three labels up to five (``leader`` is then set: the caller draws a
    line from node to label).

    Parameters
    ----------
    labels : list of Label
    discs : list of (key, x, y, radius)
        Every node drawn; a label may touch only its own node.
    frame : (left, bottom, right, top)
        The drawing area.

    Examples
    --------
    >>> a, b = Label("a", 100, 100, 10, 60, 14), Label("b", 100, 70, 10, 60, 14)
    >>> placed = place_labels([a, b], [("a", 100, 100, 10), ("b", 100, 70, 10)], (0, 0, 400, 400))
    >>> [(p.key, p.va) for p in placed]      # a's label above it, clear of b; b's below
    [('a', 'bottom'), ('b', 'top')]
    """
    cell = 64.0
    grid: dict[tuple[int, int], list] = {}

    def cells(box):
        for gx in range(int(box[0] // cell), int(box[2] // cell) + 1):
            for gy in range(int(box[1] // cell), int(box[3] // cell) + 1):
                yield gx, gy

    def add(box, owner):
        for c in cells(box):
            grid.setdefault(c, []).append((box, owner))

    def free(box, owner) -> bool:
        for c in cells(box):
            for other, who in grid.get(c, ()):
                if who != owner and _overlaps(box, other):
                    return False
        return True

    for key, x, y, r in discs:
        add((x - r, y - r, x + r, y + r), key)
    out = []
    for index, label in enumerate(labels):
        done = False
        for step in range((6 if index < 3 else 3) if index < leaders else 1):
            reach = label.r + gap + step * (label.height + gap)
            for _, ha, va, fx, fy in CANDIDATES:
                ax, ay = label.x + fx * reach, label.y + fy * reach
                box = _box(label, ha, va, ax, ay)
                inside = frame[0] <= box[0] and box[2] <= frame[2] and frame[1] <= box[1] and box[3] <= frame[3]
                if inside and free(box, label.key):
                    add(box, "label:" + label.key)
                    out.append(Placement(label.key, ax, ay, ha, va, box, leader=step > 0))
                    done = True
                    break
            if done:
                break
    return out
