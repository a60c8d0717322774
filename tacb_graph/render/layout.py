"""Node positions computed in Python, seeded so that reruns draw the same picture.

The page draws nodes where Python puts them (physics off), so that the page and
the slides agree and hiding and showing nodes never moves them.

:func:`layout` is the force-directed layout: :func:`networkx.spring_layout`
for small graphs, :func:`sampled_layout` for large ones (a vectorised
Fruchterman–Reingold whose repulsion is estimated from a random sample of
nodes at each step, so that a few thousand nodes take about a second;
``networkx``'s own spring and ForceAtlas2 layouts take tens of seconds at
5,000 nodes). :func:`spread` then scales a small layout to the room its
labels need, widened towards 16:9, and :func:`remove_overlaps` pushes apart
nodes whose label boxes (:func:`node_box`) overlap.

Units are vis-network canvas units; layouts assume labels of
:data:`LABEL_UNITS` units, the size the page draws them at when the view is
fitted to a 1280×720 screen.
"""

from __future__ import annotations

import math
import statistics

import networkx as nx
import numpy as np

from ..analyse.ego import induced
from .labels import label_width

__all__ = ["layout", "sampled_layout", "spread", "remove_overlaps", "node_box", "pack", "labelled_layout",
           "room_at_fit", "FIT_AREA", "FIT_LABEL_PX",
           "SPRING_MAX_NODES",
           "OVERLAP_MAX_NODES", "SCALE", "LABEL_UNITS", "ASPECT"]

#: Largest graph laid out by ``nx.spring_layout`` (dense, fast enough below this).
SPRING_MAX_NODES = 300
#: Largest graph whose label overlaps are removed (the work grows with the square).
OVERLAP_MAX_NODES = 400
#: Typical distance between neighbours, in vis-network canvas units.
SCALE = 90.0
#: Font size, in canvas units, that layouts leave room for.
LABEL_UNITS = 20.0
#: Width / height a layout is widened towards (a 16:9 screen less its side panel or legend).
ASPECT = 1.5
#: Gap between node and label, and around label boxes, in canvas units.
_GAP = 4.0
#: The drawing area, in CSS pixels, of the page at 1280×720 with its panel open, less the margins
#: it keeps for labels when fitting (graph-network.js, fitVisible), and the size labels get there.
FIT_AREA = (1280 - 300 - 2 * 80, 720 - 12 - 43)
FIT_LABEL_PX = 13.5
#: Largest view whose labels :func:`room_at_fit` makes room for (beyond, the page names the top nodes).
FIT_MAX_NODES = 80


def _simple_edges(G: nx.Graph, index: dict) -> tuple[np.ndarray, np.ndarray]:
    pairs = {(min(index[u], index[v]), max(index[u], index[v])) for u, v in G.edges() if u != v}
    if not pairs:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    arr = np.array(sorted(pairs), dtype=np.int64)
    return arr[:, 0], arr[:, 1]


def _ring_isolates(pos: np.ndarray, src: np.ndarray, dst: np.ndarray, gap: float = 1.5) -> None:
    """Move unconnected nodes onto rings just outside the rest (repulsion flings them far)."""
    linked = np.zeros(len(pos), dtype=bool)
    linked[src] = linked[dst] = True
    alone = np.flatnonzero(~linked)
    if not alone.size or not linked.any():
        return
    centre = pos[linked].mean(axis=0)
    pos[linked] -= centre
    radius = float(np.percentile(np.sqrt((pos[linked] ** 2).sum(axis=1)), 98)) * 1.1 + gap
    i = 0
    while i < alone.size:
        slots = max(int(2 * math.pi * radius / gap), 1)
        ring = alone[i:i + slots]
        angles = 2 * math.pi * np.arange(ring.size) / ring.size
        pos[ring, 0], pos[ring, 1] = radius * np.cos(angles), radius * np.sin(angles)
        i += ring.size
        radius += gap


def sampled_layout(G: nx.Graph, *, seed: int = 42, iterations: int = 60,
                   sample: int = 100) -> dict:
    """Fruchterman–Reingold with sampled repulsion; positions in units of the ideal edge length.

    Each step, every node is pushed away from ``sample`` random nodes (the push
    scaled up to stand for all of them), pulled towards its neighbours, and
    pulled weakly to the centre so that separate components stay in view.

    Examples
    --------
    >>> pos = sampled_layout(nx.path_graph(4), seed=1)
    >>> sorted(pos) == [0, 1, 2, 3] and all(len(p) == 2 for p in pos.values())
    True
    """
    nodes = list(G)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {v: i for i, v in enumerate(nodes)}
    src, dst = _simple_edges(G, index)
    rng = np.random.default_rng(seed)
    radius = math.sqrt(n)
    pos = (rng.random((n, 2)) - 0.5) * 2 * radius
    sample = min(sample, n - 1)
    scale_up = (n - 1) / sample
    temperature = radius / 4
    cooling = (0.02 / temperature) ** (1 / max(iterations - 1, 1)) if temperature > 0.02 else 1.0
    gravity = 0.5 / radius
    for _ in range(iterations):
        others = rng.choice(n, size=sample, replace=False)
        delta = pos[:, None, :] - pos[None, others, :]            # n × sample × 2
        dist2 = np.einsum("ijk,ijk->ij", delta, delta) + 1e-4
        disp = np.einsum("ijk,ij->ik", delta, 1.0 / dist2) * scale_up   # k²/d along d, k = 1
        if src.size:
            d = pos[src] - pos[dst]
            pull = d * np.sqrt((d * d).sum(axis=1))[:, None]      # d²/k along d
            for axis in (0, 1):
                disp[:, axis] -= np.bincount(src, pull[:, axis], minlength=n)
                disp[:, axis] += np.bincount(dst, pull[:, axis], minlength=n)
        disp -= pos * gravity * np.sqrt((pos * pos).sum(axis=1))[:, None]
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature *= cooling
    pos -= pos.mean(axis=0)
    _ring_isolates(pos, src, dst)
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for i, v in enumerate(nodes)}


def layout(G: nx.Graph, *, seed: int = 42) -> dict:
    """Positions ``{node: (x, y)}`` in canvas units (about :data:`SCALE` between neighbours).

    Examples
    --------
    >>> pos = layout(nx.MultiDiGraph([("a", "b"), ("b", "c")]))
    >>> sorted(pos)
    ['a', 'b', 'c']
    """
    n = G.number_of_nodes()
    if n == 0:
        return {}
    if n <= SPRING_MAX_NODES:
        H = nx.Graph()
        H.add_nodes_from(G)
        H.add_edges_from((u, v) for u, v in G.edges() if u != v)
        raw = nx.spring_layout(H, seed=seed, scale=None)     # unit k = 1/sqrt(n)
        unit = 1 / math.sqrt(n)
        return {v: (float(x) / unit * SCALE, float(y) / unit * SCALE) for v, (x, y) in raw.items()}
    return {v: (x * SCALE, y * SCALE) for v, (x, y) in sampled_layout(G, seed=seed).items()}


def node_box(size: float, label: str, *, units: float = LABEL_UNITS) -> tuple[float, float, float]:
    """``(width, top, bottom)`` of a node of radius ``size`` with ``label`` below it, around its centre.

    >>> node_box(10, "OHCHR")
    (71.0, -14.0, 42.0)
    """
    lines = label.count("\n") + 1 if label else 0
    width = max(2 * size, label_width(label) * units * 1.05) + 2 * _GAP
    bottom = size + _GAP + lines * units * 1.2 + _GAP
    return width, -size - _GAP, bottom


def spread(pos: dict, boxes: dict, *, room: float = 3.0, aspect: float = ASPECT) -> dict:
    """Scale ``pos`` about its centre so that its area is ``room`` times the boxes' area.

    A layout narrower than ``aspect`` is first widened towards it (by at most
    1.6×), to fill a widescreen; nearest neighbours end up no more than 2.5
    box widths apart (so two linked nodes are not flung across the page).

    Examples
    --------
    >>> spread({"a": (0, 0), "b": (1, 0)}, {"a": (60, -10, 40), "b": (60, -10, 40)})
    {'a': (-75.0, 0.0), 'b': (75.0, 0.0)}
    """
    if len(pos) < 2:
        return {n: (0.0, 0.0) for n in pos}
    ids = list(pos)
    xy = np.array([pos[n] for n in ids], dtype=float)
    xy -= xy.mean(axis=0)
    w, h = np.ptp(xy[:, 0]), np.ptp(xy[:, 1])
    if h > 0 and w / h < aspect:
        xy[:, 0] *= min(aspect * h / max(w, 1e-9), 1.6)
    w, h = np.ptp(xy[:, 0]), np.ptp(xy[:, 1])
    need = room * sum(bw * (bb - bt) for bw, bt, bb in boxes.values())
    have = max(w, 1e-9) * max(h, w / aspect, 1e-9)
    factor = math.sqrt(need / have)
    # no farther apart than needed: nearest neighbours at most 2.5 box widths apart
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(axis=2))
    np.fill_diagonal(d, np.inf)
    # statistics.median, not numpy's: the same value, and numpy's imports numpy.ma (about 20 ms) on first use
    nearest = float(statistics.median(d.min(axis=1).tolist()))
    widest = float(statistics.median([boxes[n][0] for n in ids]))
    if nearest > 0:
        factor = min(factor, 2.5 * widest / nearest)
    xy *= factor
    return {n: (float(x), float(y)) for n, (x, y) in zip(ids, xy)}


def remove_overlaps(pos: dict, boxes: dict, *, fixed: frozenset = frozenset(),
                    iterations: int = 200) -> dict:
    """Push apart nodes whose boxes (see :func:`node_box`) overlap, along the axis of least overlap.

    Each round moves every overlapping pair half the overlap each (all of it
    for the other one when a node is ``fixed``), until no boxes overlap or
    ``iterations`` rounds are done. The page's script does the same for the
    ego view.

    Examples
    --------
    >>> pos = remove_overlaps({"a": (0, 0), "b": (5, 0)}, {"a": (40, -10, 30), "b": (40, -10, 30)})
    >>> pos["b"][0] - pos["a"][0] >= 40
    True
    """
    ids = list(pos)
    n = len(ids)
    if n < 2 or n > OVERLAP_MAX_NODES:
        return dict(pos)
    xy = np.array([pos[i] for i in ids], dtype=float)
    half = np.array([boxes[i][0] / 2 for i in ids])
    top = np.array([boxes[i][1] for i in ids])
    bottom = np.array([boxes[i][2] for i in ids])
    pinned = np.array([i in fixed for i in ids])
    upper = np.triu(np.ones((n, n), dtype=bool), 1)
    for _ in range(iterations):
        dx = xy[None, :, 0] - xy[:, None, 0]                       # j - i
        ox = half[:, None] + half[None, :] - np.abs(dx)
        cy = xy[:, 1] + (top + bottom) / 2                          # centre of each box
        hh = (bottom - top) / 2
        dy = cy[None, :] - cy[:, None]
        oy = hh[:, None] + hh[None, :] - np.abs(dy)
        hit = (ox > 0) & (oy > 0) & upper
        if not hit.any():
            break
        move = np.zeros_like(xy)
        i, j = np.nonzero(hit)
        along_x = ox[i, j] <= oy[i, j]
        sx = np.where(dx[i, j] >= 0, 1.0, -1.0)
        sy = np.where(dy[i, j] >= 0, 1.0, -1.0)
        amount = np.where(along_x, ox[i, j], oy[i, j]) + 0.5
        share_i = np.where(pinned[i], 0.0, np.where(pinned[j], 1.0, 0.5))
        share_j = np.where(pinned[j], 0.0, np.where(pinned[i], 1.0, 0.5))
        for axis, mask, sign in ((0, along_x, sx), (1, ~along_x, sy)):
            push = np.where(mask, amount * sign, 0.0)
            np.add.at(move[:, axis], i, -push * share_i)
            np.add.at(move[:, axis], j, push * share_j)
        xy += move
    return {k: (float(x), float(y)) for k, (x, y) in zip(ids, xy)}


def _extent(pos: dict, boxes: dict) -> tuple[float, float, float, float]:
    """``(left, top, right, bottom)`` of the boxes of ``pos``."""
    return (min(x - boxes[n][0] / 2 for n, (x, y) in pos.items()),
            min(y + boxes[n][1] for n, (x, y) in pos.items()),
            max(x + boxes[n][0] / 2 for n, (x, y) in pos.items()),
            max(y + boxes[n][2] for n, (x, y) in pos.items()))


def pack(parts: list[dict], boxes: dict, *, aspect: float = ASPECT, gap: float = 40.0) -> dict:
    """Lay separate layouts (largest first) side by side in rows, filling a ``aspect`` rectangle.

    Examples
    --------
    >>> boxes = {n: (40, -10, 30) for n in "abc"}
    >>> pos = pack([{"a": (0, 0), "b": (100, 0)}, {"c": (0, 0)}], boxes)
    >>> pos["c"][0] > pos["b"][0] or pos["c"][1] > pos["a"][1]
    True
    """
    parts = [p for p in parts if p]
    if not parts:
        return {}
    sized = []
    for p in parts:
        left, top, right, bottom = _extent(p, boxes)
        sized.append((p, left, top, right - left, bottom - top))
    sized.sort(key=lambda t: -(t[3] * t[4]))
    area = sum((w + gap) * (h + gap) for *_, w, h in sized)
    width = max(math.sqrt(area * aspect), max(w for *_, w, _ in sized))
    out, x, y, row = {}, 0.0, 0.0, 0.0
    for p, left, top, w, h in sized:
        if x > 0 and x + w > width:
            x, y, row = 0.0, y + row + gap, 0.0
        for n, (px, py) in p.items():
            out[n] = (px - left + x, py - top + y)
        x += w + gap
        row = max(row, h)
    cx = sum(v[0] for v in out.values()) / len(out)
    cy = sum(v[1] for v in out.values()) / len(out)
    return {n: (px - cx, py - cy) for n, (px, py) in out.items()}


def labelled_layout(G: nx.Graph, boxes: dict, *, seed: int = 42, room: float = 4.0,
                    min_length: dict | None = None) -> dict:
    """A force layout of each connected component, spread and freed of label overlaps, packed.

    ``min_length`` maps ``(u, v)`` to the length an edge needs for its own
    label; a component whose edges are shorter is enlarged (up to 4×).
    For graphs above :data:`OVERLAP_MAX_NODES` nodes this is :func:`layout`.

    Examples
    --------
    >>> G = nx.Graph([("a", "b"), ("c", "d")])
    >>> pos = labelled_layout(G, {n: (40, -10, 30) for n in "abcd"})
    >>> sorted(pos)
    ['a', 'b', 'c', 'd']
    """
    if G.number_of_nodes() > OVERLAP_MAX_NODES:
        return layout(G, seed=seed)
    H = nx.Graph()
    H.add_nodes_from(G)
    H.add_edges_from((u, v) for u, v in G.edges() if u != v)
    parts = []
    for comp in sorted(nx.connected_components(H), key=lambda c: (-len(c), min(map(str, c)))):
        sub = induced(H, comp)
        if len(comp) == 1:
            parts.append({next(iter(comp)): (0.0, 0.0)})
            continue
        pos = layout(sub, seed=seed)
        pos = spread(pos, {n: boxes[n] for n in pos}, room=room)
        pos = remove_overlaps(pos, boxes)
        factor = 1.0
        for (u, v), need in (min_length or {}).items():
            if u in comp and v in comp and u != v:
                factor = max(factor, need / max(math.dist(pos[u], pos[v]), 1e-9))
        if factor > 1.0:
            factor = min(factor, 4.0)
            cx = sum(x for x, _ in pos.values()) / len(pos)
            cy = sum(y for _, y in pos.values()) / len(pos)
            pos = {n: (cx + (x - cx) * factor, cy + (y - cy) * factor) for n, (x, y) in pos.items()}
        parts.append(pos)
    return pack(parts, boxes)


def room_at_fit(pos: dict, sizes: dict, labels: dict, *, fixed: frozenset = frozenset(),
                rounds: int = 4) -> dict:
    """Free the labels of overlaps at the size they will have when the page fits the view.

    Fitted to :data:`FIT_AREA`, a layout is drawn at some scale, and a label of
    :data:`FIT_LABEL_PX` pixels is then ``FIT_LABEL_PX / scale`` canvas units
    high; when that exceeds what the boxes assumed, the boxes are enlarged to it
    and overlaps removed again (the layout grows less than its labels, so this
    settles in a few rounds; a round that would shrink the drawing by more than
    a fifth is not taken). Views of up to :data:`FIT_MAX_NODES` nodes.
    ``labels`` maps a node to its label texts (all languages); ``sizes`` to its
    radius.

    Examples
    --------
    >>> pos = {i: (300.0 * (i % 8), 80.0 * (i // 8)) for i in range(64)}      # a grid, drawn small
    >>> out = room_at_fit(pos, {i: 10 for i in pos}, {i: ("Entity number %d" % i,) for i in pos})
    >>> max(x for x, _ in out.values()) > max(x for x, _ in pos.values())     # labels took room
    True
    """
    if len(pos) < 2 or len(pos) > FIT_MAX_NODES:
        return pos
    units = LABEL_UNITS

    def boxes_at(u):
        out = {}
        for n in pos:
            b = [node_box(sizes[n], t, units=u) for t in labels[n]]
            out[n] = (max(x[0] for x in b), min(x[1] for x in b), max(x[2] for x in b))
        return out

    def fit_scale(p):
        xs = [x for x, _ in p.values()]
        ys = [y for _, y in p.values()]
        r = max(sizes[n] for n in p)
        w, h = max(xs) - min(xs) + 2 * r, max(ys) - min(ys) + 2 * r
        return min(FIT_AREA[0] / max(w, 1.0), FIT_AREA[1] / max(h, 1.0), 2.0)

    scale = fit_scale(pos)
    for _ in range(rounds):
        need = FIT_LABEL_PX / scale
        if need <= units * 1.02:
            break
        units = need
        moved = remove_overlaps(pos, boxes_at(units), fixed=fixed)
        after = fit_scale(moved)
        if after < 0.8 * scale:        # it grew more than its labels gain: keep the last
            break
        pos, scale = moved, after
    return pos
