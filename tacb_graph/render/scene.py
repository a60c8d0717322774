"""What a picture of one story view shows: one :class:`Scene` shared by HTML and images.

:func:`scene` cuts a view out of a graph (see :mod:`tacb_graph.render.stories`)
and turns it into plain records: nodes with their full names and short labels
in both languages, identifiers, class, a size from a chosen measure, a rank
(the order in which labels are given room) and a position; edges with
relation, modality, stance, amount, paragraphs and quotes. The renderers only
draw scenes; they never look at networkx or the store.
"""

from __future__ import annotations

import math
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx

from ..analyse.ego import induced
from ..errors import TacbError
from .labels import format_amount, label_width, wrap_label
from .layout import LABEL_UNITS, OVERLAP_MAX_NODES, labelled_layout, layout, node_box, room_at_fit
from .rings import ego_layout, ring, stance_layout
from .stories import QUIET, ego_hops, story_subgraph, story_view
from .style import (
    MODALITIES, SIZE_BY, STANCES, ClassStyle, ModalityStyle, RelationStyle, StanceStyle, class_style,
    modality_style, relation_style, stance_style,
)

__all__ = ["Scene", "SceneNode", "SceneEdge", "scene", "SIZE_BY", "measure_values", "MIN_SIZE",
           "MAX_SIZE", "WRAP", "VALUE_DIGITS", "report_title", "class_order", "edge_label"]

VALUE_DIGITS = 6
"""Decimals of a node's value in the page's data (``render/html.py``) and in the order the ego layout follows."""

#: Smallest and largest node radius, in canvas units.
MIN_SIZE, MAX_SIZE = 10.0, 36.0
#: Width of a label line, in ems, by language (two lines at most).
WRAP = {"zh": 10.0, "en": 13.0}


@dataclass(frozen=True)
class SceneNode:
    """One entity as drawn: full names, short labels (``short_*``, wrapped), rank 0 = most important."""

    id: str
    kind: str
    label_zh: str
    label_en: str
    short_zh: str
    short_en: str
    iso3: str | None
    m49: str | None
    symbol: str | None
    mentions: int
    paragraphs: tuple[int, ...]
    value: float
    size: float
    x: float
    y: float
    rank: int = 0
    stance: str | None = None
    names: tuple[tuple[str, int], ...] = ()

    def label(self, lang: str) -> str:
        """The full name in ``lang``."""
        return self.label_en if lang == "en" else self.label_zh

    def short(self, lang: str) -> str:
        """The label drawn in ``lang``."""
        return self.short_en if lang == "en" else self.short_zh


@dataclass(frozen=True)
class SceneEdge:
    """One edge as drawn; ``curve`` > 0 bends parallel edges apart; ``key`` is unique in the graph."""

    source: str
    target: str
    relation: str
    paragraphs: tuple[int, ...]
    quotes: tuple[str, ...]
    weight: float
    curve: float
    key: str = ""
    modality: str | None = None
    requested_by: tuple[str, ...] = ()
    stance: str | None = None
    amount_zh: str | None = None
    amount_en: str | None = None
    period: str | None = None
    year: str | None = None
    quote_langs: tuple[str, ...] = ()  # the language of each quote ("" when untagged)

    def amount(self, lang: str) -> str | None:
        return self.amount_en if lang == "en" else self.amount_zh


@dataclass(frozen=True)
class Scene:
    """Everything a renderer needs for one view; styles list what the view holds."""

    title: str
    lang: str
    size_by: str
    view: str
    nodes: tuple[SceneNode, ...]
    edges: tuple[SceneEdge, ...]
    classes: tuple[ClassStyle, ...]
    relations: tuple[RelationStyle, ...]
    stances: tuple[StanceStyle, ...] = ()
    modalities: tuple[ModalityStyle, ...] = ()
    focus: str | None = None
    title_zh: str = ""
    title_en: str = ""

    def class_counts(self) -> Counter:
        return Counter(n.kind for n in self.nodes)

    def relation_counts(self) -> Counter:
        return Counter(e.relation for e in self.edges)

    def titled(self, lang: str) -> str:
        return (self.title_en if lang == "en" else self.title_zh) or self.title


def edge_label(e: SceneEdge, mode: str, lang: str) -> str | None:
    """The text on an edge in a view labelling edges by ``mode`` (the page's script does the same).

    ``"amount"`` labels contributions with their amount and other edges with
    their relation; ``"relation"`` labels with the relation (and the modality
    of a fact not reported as done); relations in
    :data:`~tacb_graph.render.stories.QUIET` stay unlabelled.

    >>> e = SceneEdge("a", "b", "assists", (1,), (), 1, 0.0, modality="Requested")
    >>> edge_label(e, "relation", "en"), edge_label(e, "", "en")
    ('assists (Requested)', None)
    """
    if mode == "amount" and e.amount_zh:
        return e.amount(lang)
    if mode in ("relation", "amount") and e.relation not in QUIET:
        name = relation_style(e.relation).label(lang)
        if e.modality and e.modality != "Reported":
            name += f" ({modality_style(e.modality).label(lang)})"
        return name
    return None


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
    if len(G) and all(size_by in d for _, d in G.nodes(data=True)):
        return {n: d[size_by] for n, d in G.nodes(data=True)}
    if size_by == "mentions":
        return {n: d.get("mentions", 0) or 0 for n, d in G.nodes(data=True)}
    from ..analyse.measures import pagerank, undirected

    H = undirected(G)
    if size_by == "degree":
        return dict(H.degree())
    if H.number_of_edges() == 0:
        return {n: 1 / max(len(H), 1) for n in H}
    return pagerank(H, weight="weight")


def _sizes(values: dict) -> dict:
    if not values:
        return {}
    lo, hi = min(values.values()), max(values.values())
    if hi <= lo:
        return {n: (MIN_SIZE + MAX_SIZE) / 3 for n in values}
    span = MAX_SIZE - MIN_SIZE
    return {n: MIN_SIZE + span * math.sqrt((v - lo) / (hi - lo)) for n, v in values.items()}


def class_order(kinds) -> list[str]:
    """Class names by count (most first), then by name: the legend's order."""
    counts = Counter(kinds)
    return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


def report_title(G: nx.MultiDiGraph) -> tuple[str, str] | None:
    """``(zh, en)`` title of the report of ``G`` — of the corpus when it holds several
    (their number and the first two titles) — or ``None`` when no report is named.

    ``G.graph["report_titles"]`` (set by :func:`~tacb_graph.render.source.story_graph`)
    first, else the names of the ``Report`` nodes.

    >>> G = nx.MultiDiGraph(); G.add_node("r", kind="Report", label_zh="报告", label_en="Report")
    >>> report_title(G)
    ('报告', 'Report')
    >>> G.graph["report_titles"] = [("甲", "A"), ("乙", "B"), ("丙", "C")]
    >>> report_title(G)
    ('3 份报告：甲；乙等', '3 reports: A; B; and 1 more')
    """
    titles = G.graph.get("report_titles")
    if titles is None:
        titles = [(d.get("label_zh") or d.get("label_en") or "", d.get("label_en") or d.get("label_zh") or "")
                  for _, d in G.nodes(data=True) if d.get("kind") == "Report" and (d.get("label_zh") or d.get("label_en"))]
    if not titles:
        return None
    if len(titles) == 1:
        zh, en = titles[0]
        return (zh or en or "", en or zh or "")
    n = len(titles)
    zh = f"{n} 份报告：" + "；".join(t[0] or t[1] for t in titles[:2]) + ("等" if n > 2 else "")
    en = f"{n} reports: " + "; ".join(t[1] or t[0] for t in titles[:2]) + (f"; and {n - 2} more" if n > 2 else "")
    return zh, en


def _edges(G: nx.MultiDiGraph) -> list[SceneEdge]:
    seen: Counter = Counter()
    out = []
    for u, v, key, d in G.edges(keys=True, data=True):
        pair = (min(u, v), max(u, v))
        k = seen[pair]
        seen[pair] += 1
        rel = d.get("relation") or str(key)
        amount = (format_amount(d.get("amount"), d.get("currency"), "zh"),
                  format_amount(d.get("amount"), d.get("currency"), "en")) if rel == "contributes" else (None, None)
        out.append(SceneEdge(
            source=u, target=v, relation=rel, key=f"{u}|{v}|{key}",
            paragraphs=tuple(d.get("paragraphs") or ()), quotes=tuple(d.get("quotes") or ()),
            weight=d.get("weight", 1) or 1, curve=0.2 * k, modality=d.get("modality"),
            requested_by=tuple(d.get("requested_by") or ()), stance=d.get("stance"),
            amount_zh=amount[0], amount_en=amount[1], period=d.get("period"), year=d.get("year"),
            quote_langs=tuple(d.get("quote_langs") or ()),
        ))
    return out


def _holder_stances(G: nx.MultiDiGraph) -> dict[str, str]:
    values: dict[str, set] = defaultdict(set)
    for u, _, d in G.edges(data=True):
        if d.get("relation") == "stance" and d.get("stance"):
            values[u].add(d["stance"])
    return {h: next(iter(v)) if len(v) == 1 else "Mixed" for h, v in values.items()}


def _labels(G: nx.MultiDiGraph) -> dict[str, tuple[str, str]]:
    out = {}
    for n, d in G.nodes(data=True):
        zh = d.get("short_zh") or d.get("label_zh") or d.get("label_en") or d.get("symbol") or _tail(str(n))
        en = d.get("short_en") or d.get("label_en") or d.get("label_zh") or d.get("symbol") or _tail(str(n))
        # a Chinese label in Latin letters (a symbol, a file name) wraps as English does
        zh_width = WRAP["zh"] if any(unicodedata.east_asian_width(c) in "WF" for c in zh) else WRAP["en"]
        out[n] = (wrap_label(zh, "zh", width=zh_width), wrap_label(en, "en", width=WRAP["en"]))
    return out


def _boxes(nodes, labels: dict, sizes: dict) -> dict:
    boxes = {}
    for n in nodes:
        a, b = (node_box(sizes[n], label) for label in labels[n])
        boxes[n] = (max(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]))
    return boxes


def _positions(H: nx.MultiDiGraph, view, labels: dict, sizes: dict, order: list, edges: list, *,
               focus: str | None, depth: int, seed: int) -> dict:
    """Positions for the nodes of ``H`` by the view's layout, with room for labels at fit."""
    boxes = _boxes(H, labels, sizes)
    if view.layout == "rings" and focus is not None:
        hops = [sorted(hop, key=order.index) for hop in ego_hops(H, focus, depth)]
        pos = ego_layout(focus, hops, boxes)
        return room_at_fit(pos, sizes, labels, fixed=frozenset({focus}))
    if view.layout == "stances":
        stances = _holder_stances(H)
        concepts = sorted({v for _, v, d in H.edges(data=True) if d.get("relation") == "stance"},
                          key=lambda c: (-H.in_degree(c), c))
        groups = [[h for h in order if stances.get(h) == s] for s in (*STANCES, "Mixed")]
        pos = stance_layout(concepts, groups, boxes)
        pos = room_at_fit(pos, sizes, labels, fixed=frozenset(concepts))
        rest = [n for n in order if n not in pos]
        if rest:
            outer = max(math.hypot(x, y) for x, y in pos.values()) + 60
            pos.update(ring(rest, boxes, inner=outer)[0])
        return pos
    linked = [n for n in order if H.degree(n) > 0]
    alone = [n for n in order if H.degree(n) == 0]
    min_length: dict = {}
    if view.edge_labels:           # room on each labelled edge for its label
        for e in edges:
            texts = [edge_label(e, view.edge_labels, lang) for lang in ("zh", "en")]
            if texts[0] and e.source != e.target:
                need = max(label_width(t) for t in texts) * LABEL_UNITS * 1.1 + 60
                need += sizes[e.source] + sizes[e.target]
                key = (e.source, e.target)
                min_length[key] = max(min_length.get(key, 0.0), need)
    pos = labelled_layout(induced(H, linked), boxes, seed=seed, min_length=min_length) if linked else {}
    pos = room_at_fit(pos, sizes, labels)       # unconnected nodes are hidden at first
    if alone:
        outer = max((math.hypot(x, y) for x, y in pos.values()), default=0.0)
        if len(alone) <= OVERLAP_MAX_NODES:
            pos.update(ring(alone, boxes, inner=outer + 40)[0])
        else:     # many isolates: the sampled layout already ringed them
            full = layout(H, seed=seed)
            pos.update({n: full[n] for n in alone})
    return pos


def scene(G: nx.MultiDiGraph, *, lang: str = "zh", size_by: str = "pagerank",
          title: str | tuple[str, str] | None = None, seed: int = 42, view: str = "full",
          focus: str | None = None, depth: int = 1, values: dict | None = None,
          positions: dict | None = None) -> Scene:
    """Describe how to draw view ``view`` of ``G``.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection or a :func:`~tacb_graph.render.source.story_graph`:
        nodes with ``kind``, ``label_zh``, ``label_en`` (and optionally
        ``short_zh``, ``short_en``, ``names``), ``iso3``, ``m49``,
        ``symbol``, ``mentions``, ``paragraphs``; edges with ``relation``,
        ``paragraphs``, ``quotes``, ``weight`` (and ``modality``, ``stance``,
        ``amount``, ``currency`` … for the story edges).
    lang : {"zh", "en"}
        The language labels start in.
    size_by : {"pagerank", "degree", "mentions"}
        The measure node sizes follow (computed on the view).
    title : str or (zh, en), optional
        The title (default: the report's title, else a count).
    seed : int
        Seed of the layout.
    view : str
        A story view (see :mod:`tacb_graph.render.stories`).
    focus, depth
        The centre (an IRI) and radius of the ``ego`` view.
    values : dict, optional
        Measure values to use instead of computing them on the view (the
        ``ego`` view computes them on the whole of ``G``).
    positions : dict, optional
        Positions of a larger view (the full graph) to reuse when this view
        has more than :data:`~tacb_graph.render.layout.OVERLAP_MAX_NODES`
        nodes: a big graph is laid out once, and its views keep their places.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("urn:x:LBY", kind="State", label_zh="利比亚", label_en="Libya")
    >>> s = scene(G, lang="en")
    >>> s.nodes[0].label("en"), s.nodes[0].short("zh"), s.classes[0].label_zh, s.view
    ('Libya', '利比亚', '国家', 'full')
    """
    if lang not in ("zh", "en"):
        raise TacbError(f"unknown language {lang!r}; choose zh or en")
    spec = story_view(view)
    if focus is not None and focus not in G:
        raise TacbError(f"{focus}: not in the graph")
    if view == "ego" and focus is None:
        raise TacbError("the ego view needs an entity: --focus NAME")
    H = story_subgraph(G, view, focus=focus, depth=depth)
    if values is None:
        # the ego view is sized and ordered as in the whole graph (as the page does it)
        values = measure_values(G if view == "ego" else H, size_by)
    vals = {n: values.get(n, 0.0) for n in H}
    sizes = _sizes(vals)
    labels = _labels(H)
    kinds = class_order(d.get("kind") or "" for _, d in (G if view == "ego" else H).nodes(data=True))
    kinds = [k for k in kinds if any((d.get("kind") or "") == k for _, d in H.nodes(data=True))]
    # (the value as the page gets it, rounded to VALUE_DIGITS: two nodes whose values differ beyond it tie on both
    # sides and are ordered by their IRIs, so the page's ego layout is Python's)
    order = sorted(H, key=lambda n: (kinds.index(H.nodes[n].get("kind") or ""), -round(vals[n], VALUE_DIGITS), str(n)))
    edges = _edges(H)
    if positions is not None and len(H) > OVERLAP_MAX_NODES and all(n in positions for n in H):
        pos = {n: positions[n] for n in H}
    else:
        pos = _positions(H, spec, labels, sizes, order, edges, focus=focus, depth=depth, seed=seed)
    ranked = {n: i for i, n in enumerate(sorted(H, key=lambda n: (-vals[n], str(n))))}
    stances = _holder_stances(H) if view == "positions" else {}
    nodes = []
    for n, d in H.nodes(data=True):
        x, y = pos[n]
        nodes.append(SceneNode(
            id=str(n), kind=d.get("kind") or "",
            label_zh=d.get("label_zh") or d.get("label_en") or labels[n][0],
            label_en=d.get("label_en") or d.get("label_zh") or labels[n][1],
            short_zh=labels[n][0], short_en=labels[n][1],
            iso3=d.get("iso3"), m49=d.get("m49"), symbol=d.get("symbol"),
            mentions=int(d.get("mentions") or 0), paragraphs=tuple(d.get("paragraphs") or ()),
            value=float(vals[n]), size=sizes[n], x=x, y=y, rank=ranked[n], stance=stances.get(n),
            names=tuple(sorted((d.get("names") or {}).items())),
        ))
    rels = Counter(e.relation for e in edges)
    report = report_title(G)
    if isinstance(title, tuple):
        title_zh, title_en = title
    elif title:
        title_zh = title_en = title
    elif report:
        title_zh, title_en = report
    else:
        title_zh = title_en = f"{len(nodes)} nodes, {len(edges)} edges"
    present_stances = {e.stance for e in edges if e.stance} | set(stances.values())
    present_modalities = {e.modality or "Reported" for e in edges
                          if e.relation not in ("stance", "related", "coMention")}
    return Scene(
        title=title_en if lang == "en" else title_zh, lang=lang, size_by=size_by, view=view,
        nodes=tuple(nodes), edges=tuple(edges),
        classes=tuple(class_style(k or None) for k in kinds),
        relations=tuple(relation_style(r) for r, _ in sorted(rels.items(), key=lambda kv: (-kv[1], kv[0]))),
        stances=tuple(stance_style(s) for s in (*STANCES, "Mixed") if s in present_stances),
        modalities=tuple(modality_style(m) for m in MODALITIES if m in present_modalities),
        focus=focus, title_zh=title_zh, title_en=title_en,
    )
