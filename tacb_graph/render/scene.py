"""What a picture of the graph shows: one :class:`Scene` shared by HTML and images.

:func:`scene` turns a projection (see
:func:`tacb_graph.analyse.project.project`) into plain records: nodes with
both labels, identifiers, class style, a size from a chosen measure and a
position; edges with relation style, paragraphs and quotes. The renderers only
draw a scene; they never look at networkx or the store.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

import networkx as nx

from ..errors import TacbError
from .layout import PHYSICS_MAX_NODES, layout
from .style import SIZE_BY, ClassStyle, RelationStyle, class_style, relation_style

__all__ = ["Scene", "SceneNode", "SceneEdge", "scene", "SIZE_BY", "measure_values", "MIN_SIZE",
           "MAX_SIZE"]

#: Measures a node's size can follow.
MIN_SIZE, MAX_SIZE = 10.0, 40.0


@dataclass(frozen=True)
class SceneNode:
    """One entity as drawn."""

    id: str
    kind: str
    label_zh: str
    label_en: str
    iso3: str | None
    m49: str | None
    symbol: str | None
    mentions: int
    paragraphs: tuple[int, ...]
    value: float
    size: float
    x: float
    y: float

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_zh


@dataclass(frozen=True)
class SceneEdge:
    """One edge as drawn; ``curve`` > 0 bends parallel edges apart."""

    source: str
    target: str
    relation: str
    paragraphs: tuple[int, ...]
    quotes: tuple[str, ...]
    weight: float
    curve: float


@dataclass(frozen=True)
class Scene:
    """Everything a renderer needs; ``classes`` and ``relations`` are those present."""

    title: str
    lang: str
    size_by: str
    physics: bool
    nodes: tuple[SceneNode, ...]
    edges: tuple[SceneEdge, ...]
    classes: tuple[ClassStyle, ...]
    relations: tuple[RelationStyle, ...]

    def class_counts(self) -> Counter:
        return Counter(n.kind for n in self.nodes)

    def relation_counts(self) -> Counter:
        return Counter(e.relation for e in self.edges)


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def measure_values(G: nx.MultiDiGraph, size_by: str) -> dict:
    """The value of ``size_by`` for every node.

    A measure already set on every node (e.g. by
    :func:`tacb_graph.analyse.measures.annotate`) is used as it is; otherwise
    ``degree`` and ``pagerank`` are computed as
    :func:`~tacb_graph.analyse.measures.compute_measures` defines them, on
    :func:`~tacb_graph.analyse.measures.undirected`.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("a", "c")])
    >>> measure_values(G, "degree")
    {'a': 2, 'b': 1, 'c': 1}
    """
    if size_by not in SIZE_BY:
        raise TacbError(f"cannot size nodes by {size_by!r}; choose one of {', '.join(SIZE_BY)}")
    if all(size_by in d for _, d in G.nodes(data=True)):
        return {n: d[size_by] for n, d in G.nodes(data=True)}
    if size_by == "mentions":
        return {n: d.get("mentions", 0) or 0 for n, d in G.nodes(data=True)}
    from ..analyse.measures import undirected

    H = undirected(G)
    if size_by == "degree":
        return dict(H.degree())
    if H.number_of_edges() == 0:
        return {n: 1 / max(len(H), 1) for n in H}
    return nx.pagerank(H, weight="weight")


def _sizes(values: dict) -> dict:
    if not values:
        return {}
    lo, hi = min(values.values()), max(values.values())
    if hi <= lo:
        return {n: (MIN_SIZE + MAX_SIZE) / 3 for n in values}
    span = MAX_SIZE - MIN_SIZE
    return {n: MIN_SIZE + span * math.sqrt((v - lo) / (hi - lo)) for n, v in values.items()}


def _edges(G: nx.MultiDiGraph) -> list[SceneEdge]:
    seen: Counter = Counter()
    out = []
    for u, v, key, d in G.edges(keys=True, data=True):
        pair = (min(u, v), max(u, v))
        k = seen[pair]
        seen[pair] += 1
        out.append(SceneEdge(
            source=u, target=v, relation=d.get("relation") or str(key),
            paragraphs=tuple(d.get("paragraphs") or ()), quotes=tuple(d.get("quotes") or ()),
            weight=d.get("weight", 1) or 1, curve=0.2 * k,
        ))
    return out


def scene(G: nx.MultiDiGraph, *, lang: str = "zh", size_by: str = "pagerank",
          title: str | None = None, physics: bool | None = None, seed: int = 42) -> Scene:
    """Describe how to draw ``G``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection: nodes with ``kind``, ``label_zh``, ``label_en``, ``iso3``,
        ``m49``, ``symbol``, ``mentions``, ``paragraphs``; edges with
        ``relation``, ``paragraphs``, ``quotes``, ``weight``.
    lang : {"zh", "en"}
        The language labels start in.
    size_by : {"pagerank", "degree", "mentions"}
        The measure node sizes follow.
    title : str, optional
        Shown above the graph (default: a count of nodes and edges).
    physics : bool, optional
        Let the browser settle the layout; default: only up to
        :data:`~tacb_graph.render.layout.PHYSICS_MAX_NODES` nodes.
    seed : int
        Seed of the layout.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("urn:x:LBY", kind="State", label_zh="利比亚", label_en="Libya")
    >>> s = scene(G, lang="en")
    >>> s.nodes[0].label("en"), s.nodes[0].label("zh"), s.classes[0].label_zh, s.physics
    ('Libya', '利比亚', '国家', True)
    """
    if lang not in ("zh", "en"):
        raise TacbError(f"unknown language {lang!r}; choose zh or en")
    values = measure_values(G, size_by)
    sizes = _sizes(values)
    pos = layout(G, seed=seed)
    nodes = []
    for n, d in G.nodes(data=True):
        zh, en = d.get("label_zh"), d.get("label_en")
        fallback = d.get("symbol") or d.get("iso3") or _tail(str(n))
        x, y = pos[n]
        nodes.append(SceneNode(
            id=str(n), kind=d.get("kind") or "", label_zh=zh or en or fallback,
            label_en=en or zh or fallback, iso3=d.get("iso3"), m49=d.get("m49"),
            symbol=d.get("symbol"), mentions=int(d.get("mentions") or 0),
            paragraphs=tuple(d.get("paragraphs") or ()), value=float(values[n]),
            size=sizes[n], x=x, y=y,
        ))
    edges = _edges(G)
    kinds = Counter(n.kind for n in nodes)
    rels = Counter(e.relation for e in edges)
    if title is None:
        title = f"{len(nodes)} nodes, {len(edges)} edges"
    return Scene(
        title=title, lang=lang, size_by=size_by,
        physics=len(nodes) <= PHYSICS_MAX_NODES if physics is None else physics,
        nodes=tuple(nodes), edges=tuple(edges),
        classes=tuple(class_style(k or None) for k, _ in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0]))),
        relations=tuple(relation_style(r) for r, _ in sorted(rels.items(), key=lambda kv: (-kv[1], kv[0]))),
    )
