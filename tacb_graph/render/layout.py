"""Node positions computed in Python, seeded so that reruns draw the same picture.

Small graphs get :func:`networkx.spring_layout`; the browser then lets them
settle with physics (see :data:`PHYSICS_MAX_NODES`). Large graphs get
:func:`sampled_layout`, a vectorised Fruchterman–Reingold whose repulsion is
estimated from a random sample of nodes at each step, so that a few thousand
nodes take about a second; the browser draws them where they are, physics off.
(``networkx``'s own spring and ForceAtlas2 layouts take tens of seconds at
5,000 nodes.)
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

__all__ = ["layout", "sampled_layout", "PHYSICS_MAX_NODES", "SPRING_MAX_NODES", "SCALE"]

#: Largest graph laid out by physics in the browser.
PHYSICS_MAX_NODES = 300
#: Largest graph laid out by ``nx.spring_layout`` (dense, fast enough below this).
SPRING_MAX_NODES = 300
#: Typical distance between neighbours, in vis-network canvas units.
SCALE = 90.0


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
