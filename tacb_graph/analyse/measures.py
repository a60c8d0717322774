"""Centrality, communities and cohesion of the entities in a projection.

All measures are computed on :func:`undirected`: the projection collapsed to a
simple undirected graph whose edge ``weight`` is the sum of the weights of all
edges between the two nodes (relations and co-mentions alike), self-loops
dropped. Louvain uses a fixed seed, so communities are stable between runs.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

import networkx as nx

__all__ = ["NodeMeasures", "undirected", "compute_measures", "annotate", "pagerank", "MEASURES",
           "DENSE_PAGERANK_MAX"]

#: The measure fields of :class:`NodeMeasures`, in order.
MEASURES: tuple[str, ...] = (
    "degree", "weighted_degree", "betweenness", "pagerank", "community",
    "core_number", "is_articulation_point",
)


@dataclass(frozen=True)
class NodeMeasures:
    """The measures of one node, with its identity and labels."""

    iri: str
    kind: str | None
    label_zh: str | None
    label_en: str | None
    degree: int
    weighted_degree: int | float
    betweenness: float
    pagerank: float
    community: int
    core_number: int
    is_articulation_point: bool

    def as_dict(self) -> dict:
        return asdict(self)


#: Up to this many nodes :func:`pagerank` iterates on networkx's dense Google matrix (NumPy only).
DENSE_PAGERANK_MAX = 1000


def pagerank(H: nx.Graph, weight: str | None = "weight", alpha: float = 0.85) -> dict:
    """``nx.pagerank(H, alpha=alpha, weight=weight)``, the same iteration, without SciPy on a small graph.

    ``nx.pagerank`` runs its power iteration on a SciPy sparse matrix, and importing
    ``scipy.sparse`` costs more than a whole build's PageRanks: about 0.17 s of CPU against
    a few milliseconds for a graph of a few hundred nodes. Up to
    :data:`DENSE_PAGERANK_MAX` nodes the iteration runs on ``nx.google_matrix`` with NumPy
    (one step, ``x @ G``, is networkx's step: the matrix folds in the damping, the uniform
    teleport and the dangling nodes); it stops by networkx's rule (L1 change below
    ``n × 1e-6``, at most 100 steps), so both give the same vector. Larger graphs go to
    ``nx.pagerank``.

    Examples
    --------
    >>> H = nx.Graph([("a", "b"), ("b", "c")])
    >>> {n: round(v, 4) for n, v in pagerank(H).items()}
    {'a': 0.2568, 'b': 0.4865, 'c': 0.2568}
    """
    n = len(H)
    if n == 0:
        return {}
    if n > DENSE_PAGERANK_MAX:
        return nx.pagerank(H, alpha=alpha, weight=weight)
    import numpy as np

    nodes = list(H)
    M = np.asarray(nx.google_matrix(H, alpha=alpha, nodelist=nodes, weight=weight))
    x = np.full(n, 1.0 / n)
    for _ in range(100):
        last, x = x, x @ M
        if np.abs(x - last).sum() < n * 1.0e-6:
            return dict(zip(nodes, map(float, x)))
    raise nx.PowerIterationFailedConvergence(100)


def undirected(G: nx.MultiDiGraph) -> nx.Graph:
    """Collapse a projection to a simple weighted undirected graph.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="assists", weight=2)
    >>> _ = G.add_edge("b", "a", key="coMention", weight=3)
    >>> G.add_edge("a", "a", key="renamedTo", weight=1)
    'renamedTo'
    >>> H = undirected(G)
    >>> list(H.edges(data="weight"))
    [('a', 'b', 5)]
    """
    H = nx.Graph()
    H.add_nodes_from(G.nodes(data=True))
    for u, v, w in G.edges(data="weight", default=1):
        if u == v:
            continue
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


def _communities(H: nx.Graph, seed: int) -> dict[str, int]:
    """Louvain communities numbered 0, 1, … by decreasing size (ties: smallest member)."""
    parts = nx.community.louvain_communities(H, weight="weight", seed=seed) if H.number_of_nodes() else []
    parts = sorted(parts, key=lambda c: (-len(c), min(c)))
    return {n: i for i, c in enumerate(parts) for n in c}


def compute_measures(G: nx.MultiDiGraph, *, seed: int = 42) -> list[NodeMeasures]:
    """Degree, weighted degree, betweenness, PageRank, community, core number
    and articulation points of every node, by decreasing PageRank.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection (see :func:`~tacb_graph.analyse.project.project`).
    seed : int, default 42
        Seed of the Louvain community detection.

    Returns
    -------
    list of NodeMeasures
        Sorted by PageRank (highest first), then by IRI.

    Notes
    -----
    On :func:`undirected` ``H``: ``degree`` = distinct neighbours,
    ``weighted_degree`` = sum of edge weights, ``betweenness`` =
    ``nx.betweenness_centrality(H)`` (normalised, hops unweighted),
    ``pagerank`` = ``nx.pagerank(H, weight="weight")`` (:func:`pagerank`), ``community`` = index
    of the node's ``nx.community.louvain_communities(H, weight="weight",
    seed=seed)`` part, largest first, ``core_number`` = ``nx.core_number(H)``,
    ``is_articulation_point`` = in ``nx.articulation_points(H)``.

    Examples
    --------
    >>> from tacb_graph.analyse.project import project
    >>> from tacb_graph.analyse.sample import sample_store
    >>> top = compute_measures(project(sample_store()))[0]
    >>> top.label_en, top.degree, top.is_articulation_point
    ('Office of the United Nations High Commissioner for Human Rights', 2, True)
    """
    H = undirected(G)
    if H.number_of_nodes() == 0:
        return []
    betweenness = nx.betweenness_centrality(H)
    ranks = pagerank(H, weight="weight")
    community = _communities(H, seed)
    core = nx.core_number(H)
    cut = set(nx.articulation_points(H))
    rows = [
        NodeMeasures(
            iri=n, kind=d.get("kind"), label_zh=d.get("label_zh"), label_en=d.get("label_en"),
            degree=H.degree(n), weighted_degree=H.degree(n, weight="weight"),
            betweenness=betweenness[n], pagerank=ranks[n], community=community[n],
            core_number=core[n], is_articulation_point=n in cut,
        )
        for n, d in H.nodes(data=True)
    ]
    rows.sort(key=lambda m: (-m.pagerank, m.iri))
    return rows


def annotate(G: nx.MultiDiGraph, measures: list[NodeMeasures]) -> nx.MultiDiGraph:
    """Set the measures as node attributes of ``G`` (in place) and return it.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b")])
    >>> annotate(G, compute_measures(G)).nodes["a"]["degree"]
    1
    """
    for m in measures:
        if m.iri in G:
            G.nodes[m.iri].update({k: getattr(m, k) for k in MEASURES})
    return G
