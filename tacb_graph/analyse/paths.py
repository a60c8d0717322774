"""Shortest chains between two entities, with the paragraph evidence of each hop.

"How is Libya connected to OHCHR?" — :func:`connect` looks for the shortest
chains over the stated relations first (edges taken in either direction) and,
only when there is none, over relations and co-mentions together.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

import networkx as nx
import pyoxigraph as ox

from ..errors import TacbError
from ..store import select
from .ego import filter_relations
from .project import RELATIONS, project
from .resolve import entity_names, resolve_entity

__all__ = ["Link", "Chain", "Connection", "NoPath", "shortest_chains", "connect"]


@dataclass(frozen=True)
class Link:
    """One edge of the graph between two consecutive entities of a chain."""

    source: str
    relation: str
    target: str
    paragraphs: tuple[int, ...]
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class Chain:
    """Entities ``nodes[0] … nodes[-1]``; ``hops[i]`` are the links between
    ``nodes[i]`` and ``nodes[i + 1]`` (relations before co-mentions)."""

    nodes: tuple[str, ...]
    hops: tuple[tuple[Link, ...], ...]

    @property
    def stated(self) -> int:
        """The number of hops backed by a stated relation (not only a co-mention)."""
        return sum(any(l.relation != "coMention" for l in hop) for hop in self.hops)

    @property
    def weight(self) -> int:
        """The number of paragraphs behind the chain's weakest hop."""
        return min((sum(len(l.paragraphs) for l in hop) for hop in self.hops), default=0)


@dataclass(frozen=True)
class Connection:
    """The answer of :func:`connect`; ``via`` is ``"relations"`` or ``"coMention"``."""

    source: str
    target: str
    via: str
    chains: tuple[Chain, ...]
    labels: dict


class NoPath(TacbError):
    """Two entities are not connected at all."""

    exit_code = 6


def _links(G: nx.MultiDiGraph, u: str, v: str) -> tuple[Link, ...]:
    links = []
    for a, b in ((u, v), (v, u)):
        for key, d in (G.get_edge_data(a, b) or {}).items():
            links.append(Link(a, d.get("relation", key), b, tuple(d.get("paragraphs", ())),
                              tuple(d.get("quotes", ()))))
    if any(l.relation != "coMention" for l in links):  # a stated relation says more
        links = [l for l in links if l.relation != "coMention"]
    links.sort(key=lambda l: (l.relation, l.source))
    return tuple(links)


def shortest_chains(G: nx.MultiDiGraph, source: str, target: str, *, max_paths: int = 5) -> list[Chain]:
    """The shortest chains from ``source`` to ``target``, edges in either direction.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection (see :func:`~tacb_graph.analyse.project.project`).
    source, target : str
        Node IRIs.
    max_paths : int, default 5
        Most chains returned: those with the most hops backed by stated
        relations first, then the best supported (weakest hop with the most
        paragraphs), then by node IRIs. Between two nodes, co-mention links
        are left out when a stated relation links them.

    Returns
    -------
    list of Chain
        Empty when the two are not connected (or either is missing).

    Examples
    --------
    >>> from tacb_graph.analyse.sample import sample_store
    >>> G = project(sample_store())
    >>> [chain] = shortest_chains(G, "https://w3id.org/tacb/id/state/LBY",
    ...                           "https://w3id.org/tacb/id/org/hrc")
    >>> [n.rsplit("/", 1)[1] for n in chain.nodes]
    ['LBY', 'ohchr', 'hrc']
    >>> [(l.relation, l.paragraphs, l.quotes) for hop in chain.hops for l in hop]
    [('assists', (2,), ('人权高专办协助利比亚。',)), ('requests', (1,), ('理事会请人权高专办提交报告。',))]
    """
    if source not in G or target not in G:
        return []
    U = G.to_undirected(as_view=True)
    try:
        # all shortest paths can be many; look at a bounded number of them
        found = list(islice(nx.all_shortest_paths(U, source, target), max(max_paths, 1) * 20))
    except nx.NetworkXNoPath:
        return []
    chains = [Chain(tuple(p), tuple(_links(G, a, b) for a, b in zip(p, p[1:]))) for p in found]
    chains.sort(key=lambda c: (-c.stated, -c.weight, c.nodes))
    return chains[:max_paths]


_Q_TEXTS = """
SELECT ?n ?text WHERE { ?p a tacb:Paragraph ; tacb:number ?n ; tacb:text ?text . VALUES ?n { %s } }
"""


def _with_texts(store: ox.Store, chains: list[Chain]) -> list[Chain]:
    """Co-mention links carry no quote: give them the text of their paragraphs."""
    wanted = sorted({n for c in chains for hop in c.hops for l in hop
                     if l.relation == "coMention" for n in l.paragraphs})
    if not wanted:
        return chains
    texts = {int(r["n"].value): str(r["text"].value)
             for r in select(store, _Q_TEXTS % " ".join(map(str, wanted)))}

    def fill(l: Link) -> Link:
        if l.relation != "coMention":
            return l
        return Link(l.source, l.relation, l.target, l.paragraphs,
                    tuple(texts[n] for n in l.paragraphs if n in texts))

    return [Chain(c.nodes, tuple(tuple(fill(l) for l in hop) for hop in c.hops)) for c in chains]


def connect(store: ox.Store, source: str, target: str, *, max_paths: int = 5) -> Connection:
    """How two entities are connected, by name: relations first, co-mentions if need be.

    Parameters
    ----------
    store : pyoxigraph.Store
        The store.
    source, target : str
        Entity names, resolved by :func:`~tacb_graph.analyse.resolve.resolve_entity`.
    max_paths : int, default 5
        Most chains returned.

    Returns
    -------
    Connection
        ``via="relations"`` when a chain of stated relations exists, else
        ``via="coMention"`` (co-mention links quote their paragraphs' text).

    Raises
    ------
    EntityNotFound
        A name fits no entity, or several.
    NoPath
        The two entities are not connected even by co-mentions.

    Examples
    --------
    >>> from tacb_graph.analyse.sample import sample_store
    >>> c = connect(sample_store(), "利比亚", "人权高专办")
    >>> c.via, [c.labels[n] for n in c.chains[0].nodes]
    ('relations', ['利比亚', '联合国人权事务高级专员办事处'])
    """
    names = entity_names(store)
    a = resolve_entity(store, source, names)
    b = resolve_entity(store, target, names)
    G = project(store, relations=True, comention=True)
    labels = {n: d.get("label_zh") or d.get("label_en") or n for n, d in G.nodes(data=True)}
    if a == b:
        return Connection(a, b, "relations", (Chain((a,), ()),), labels)
    chains = shortest_chains(filter_relations(G, RELATIONS), a, b, max_paths=max_paths)
    via = "relations"
    if not chains:
        chains = _with_texts(store, shortest_chains(G, a, b, max_paths=max_paths))
        via = "coMention"
    if not chains:
        raise NoPath(f"{labels.get(a, a)} and {labels.get(b, b)} are not connected, "
                     "not even by co-mentions")
    return Connection(a, b, via, tuple(chains), labels)
