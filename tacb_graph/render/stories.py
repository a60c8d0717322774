"""The story views: which part of the graph tells which part of a report's story.

Each view keeps some edges of the :func:`~tacb_graph.render.source.story_graph`
and the nodes at their ends:

* ``assistance`` — who assists whom (``assists``; requested, recommended or
  planned assistance drawn dashed);
* ``mandates`` — resolutions and bodies: who adopted them (``adoptedBy``),
  what they establish, whom they request, and every fact not reported as done;
* ``positions`` — the holders of stances around the concepts, coloured by
  stance (and ``related`` links between those concepts);
* ``money`` — contributions (amount and currency on the edge) and ``fundedBy``;
* ``ego`` — everything within ``depth`` hops of one entity;
* ``full`` — every edge, and every entity (unconnected ones hidden by default).

The page offers all of them, one click each; ``tacb-graph render --view NAME``
opens on one and draws its slide.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from ..analyse.ego import induced
from ..errors import TacbError

__all__ = ["StoryView", "VIEWS", "VIEW_NAMES", "QUIET", "story_view", "view_edges", "story_subgraph",
           "ego_hops"]

#: Relations whose edges carry no label even where a view labels edges: their colour and the
#: legend say them, and there are too many of them (every resolution is adopted by a body).
QUIET: tuple[str, ...] = ("adoptedBy", "submittedInputTo", "stance", "related", "coMention", "mentions")


@dataclass(frozen=True)
class StoryView:
    """One story view: its name, titles, layout and what its edges are labelled with."""

    name: str
    label_zh: str
    label_en: str
    layout: str            # "force", "stances" or "rings"
    edge_labels: str       # "relation", "amount" (else the relation) or "" (none); see QUIET
    all_nodes: bool = False  # keep every node, not only the ends of its edges

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_zh


#: The views, in the order the page offers them.
VIEWS: tuple[StoryView, ...] = (
    StoryView("assistance", "援助", "Assistance", "force", ""),
    StoryView("mandates", "授权", "Mandates", "force", ""),
    StoryView("positions", "立场", "Positions", "stances", ""),
    StoryView("money", "资金", "Money", "force", "amount"),
    StoryView("ego", "中心", "Ego", "rings", "relation"),
    StoryView("full", "全图", "Full graph", "force", "", all_nodes=True),
)
VIEW_NAMES: tuple[str, ...] = tuple(v.name for v in VIEWS)

_MANDATE_RELATIONS = frozenset({"adoptedBy", "establishes", "requests"})
_MONEY_RELATIONS = frozenset({"contributes", "fundedBy"})
_NOT_FACTS = frozenset({"stance", "contributes", "related", "coMention", "mentions"})


def story_view(name: str) -> StoryView:
    """The view called ``name``.

    >>> story_view("positions").layout
    'stances'
    >>> story_view("maps")
    Traceback (most recent call last):
    ...
    tacb_graph.errors.TacbError: no view called 'maps'; choose one of assistance, mandates, positions, money, ego, full
    """
    for v in VIEWS:
        if v.name == name:
            return v
    raise TacbError(f"no view called {name!r}; choose one of {', '.join(VIEW_NAMES)}")


def _reported(d: dict) -> bool:
    return d.get("modality") in (None, "Reported")


def view_edges(G: nx.MultiDiGraph, name: str) -> list[tuple]:
    """The ``(u, v, key)`` of the edges of ``G`` in view ``name`` (``ego``: all of them).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="assists", relation="assists")
    >>> _ = G.add_edge("r", "a", key="requests~Requested", relation="requests", modality="Requested")
    >>> _ = G.add_edge("h", "c", key="stance~Critical", relation="stance", stance="Critical")
    >>> view_edges(G, "assistance"), view_edges(G, "mandates"), view_edges(G, "positions")
    ([('a', 'b', 'assists')], [('r', 'a', 'requests~Requested')], [('h', 'c', 'stance~Critical')])
    """
    story_view(name)
    out = []
    concepts = {v for _, v, d in G.edges(data=True) if d.get("relation") == "stance"}
    for u, v, k, d in G.edges(keys=True, data=True):
        rel = d.get("relation") or k
        keep = {
            "assistance": rel == "assists",
            "mandates": rel in _MANDATE_RELATIONS or (rel not in _NOT_FACTS and not _reported(d)),
            "positions": rel == "stance" or (rel == "related" and u in concepts and v in concepts),
            "money": rel in _MONEY_RELATIONS,
            "ego": True,
            "full": True,
        }[name]
        if keep:
            out.append((u, v, k))
    return out


def ego_hops(G: nx.MultiDiGraph, focus: str, depth: int = 1) -> list[list[str]]:
    """The nodes 1 … ``depth`` hops from ``focus`` (edges either way), each hop sorted by IRI.

    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> ego_hops(G, "a", 3)
    [['b'], ['c'], ['d']]
    """
    if focus not in G:
        raise KeyError(focus)
    seen, frontier, hops = {focus}, [focus], []
    for _ in range(depth):
        nxt = set()
        for n in frontier:
            nxt |= (set(G.successors(n)) | set(G.predecessors(n))) - seen
        if not nxt:
            break
        seen |= nxt
        frontier = sorted(nxt)
        hops.append(frontier)
    return hops


def story_subgraph(G: nx.MultiDiGraph, name: str, *, focus: str | None = None,
                   depth: int = 1) -> nx.MultiDiGraph:
    """The part of ``G`` view ``name`` shows (a copy); ``ego`` needs ``focus`` (an IRI).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="assists", relation="assists")
    >>> _ = G.add_edge("b", "c", key="partnersWith", relation="partnersWith")
    >>> G.add_node("lonely")
    >>> sorted(story_subgraph(G, "assistance")), sorted(story_subgraph(G, "full"))
    (['a', 'b'], ['a', 'b', 'c', 'lonely'])
    >>> sorted(story_subgraph(G, "ego", focus="c"))
    ['b', 'c']
    """
    view = story_view(name)
    if name == "ego":
        if focus is None:
            raise TacbError("the ego view needs an entity: --focus NAME")
        keep = {focus, *(n for hop in ego_hops(G, focus, depth) for n in hop)}
        return induced(G, keep)
    edges = view_edges(G, name)
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    nodes = list(G) if view.all_nodes else sorted({n for u, v, _ in edges for n in (u, v)})
    H.add_nodes_from((n, G.nodes[n]) for n in nodes)
    H.add_edges_from((u, v, k, G.edges[u, v, k]) for u, v, k in edges)
    return H
