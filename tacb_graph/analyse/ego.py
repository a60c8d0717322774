"""Narrow a projection: ego networks and filters by class, relation and weight.

Plain functions from graph to graph, shared by ``analyze`` and the renderer.
Each returns a new graph (attributes copied); the input is left as it is.
"""

from __future__ import annotations

from collections.abc import Iterable

import networkx as nx

__all__ = ["ego_network", "filter_classes", "filter_relations", "filter_weight", "drop_isolates", "induced"]


def induced(G: nx.Graph, nodes: Iterable) -> nx.Graph:
    """A copy of ``G`` restricted to ``nodes``, its nodes and edges in ``G``'s order.

    networkx's ``G.subgraph(nodes).copy()`` lists the nodes in the order of a set of them,
    which for strings changes from one Python process to the next (hash randomisation): the
    layouts drawn from it, and so the page, would change with every build.

    >>> G = nx.MultiDiGraph([("c", "a"), ("a", "b"), ("b", "d")])
    >>> list(induced(G, {"d", "b", "a"})), list(induced(G, {"d", "b", "a"}).edges())
    (['a', 'b', 'd'], [('a', 'b'), ('b', 'd')])
    """
    keep = set(nodes)
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((n, d) for n, d in G.nodes(data=True) if n in keep)
    if G.is_multigraph():
        H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True) if u in keep and v in keep)
    else:
        H.add_edges_from((u, v, d) for u, v, d in G.edges(data=True) if u in keep and v in keep)
    return H


def ego_network(G: nx.MultiDiGraph, focus: str, depth: int = 1) -> nx.MultiDiGraph:
    """The entities within ``depth`` hops of ``focus``, edges taken in either direction.

    Parameters
    ----------
    G : networkx.MultiDiGraph
        A projection (see :func:`~tacb_graph.analyse.project.project`).
    focus : str
        The IRI of the centre node.
    depth : int, default 1
        Largest number of hops from the centre.

    Returns
    -------
    networkx.MultiDiGraph
        The induced subgraph, a copy.

    Raises
    ------
    KeyError
        If ``focus`` is not a node of ``G``.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> sorted(ego_network(G, "a", 1)), sorted(ego_network(G, "a", 2))
    (['a', 'b'], ['a', 'b', 'c'])
    """
    if focus not in G:
        raise KeyError(focus)
    return nx.ego_graph(G, focus, radius=depth, undirected=True)


def filter_classes(G: nx.MultiDiGraph, classes: Iterable[str]) -> nx.MultiDiGraph:
    """Keep entities whose ``kind`` is one of ``classes``.

    Paragraph nodes (bipartite view) stay while they still name a kept entity.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_nodes_from([("s", {"kind": "State"}), ("o", {"kind": "UNBody"}),
    ...                   ("p", {"kind": "Paragraph"})])
    >>> _ = G.add_edge("p", "s", key="mentions")
    >>> sorted(filter_classes(G, {"State"})), sorted(filter_classes(G, {"UNBody"}))
    (['p', 's'], ['o'])
    """
    classes = set(classes)
    keep = {n for n, k in G.nodes(data="kind") if k in classes}
    keep |= {n for n, k in G.nodes(data="kind")
             if k == "Paragraph" and any(m in keep for m in nx.all_neighbors(G, n))}
    return induced(G, keep)


def filter_relations(G: nx.MultiDiGraph, relations: Iterable[str]) -> nx.MultiDiGraph:
    """Keep only the edges whose ``relation`` is one of ``relations`` (all nodes stay).

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("a", "b", key="assists", relation="assists")
    >>> _ = G.add_edge("a", "b", key="coMention", relation="coMention")
    >>> list(filter_relations(G, {"assists"}).edges(keys=True))
    [('a', 'b', 'assists')]
    """
    relations = set(relations)
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)
                     if d.get("relation") in relations)
    return H


def filter_weight(G: nx.MultiDiGraph, min_weight: int) -> nx.MultiDiGraph:
    """Keep only the edges of ``weight`` at least ``min_weight`` (all nodes stay).

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b", {"weight": 1}), ("b", "c", {"weight": 3})])
    >>> list(filter_weight(G, 2).edges())
    [('b', 'c')]
    """
    H = nx.MultiDiGraph()
    H.graph.update(G.graph)
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from((u, v, k, d) for u, v, k, d in G.edges(keys=True, data=True)
                     if d.get("weight", 1) >= min_weight)
    return H


def drop_isolates(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy without the nodes that have no edge.

    Examples
    --------
    >>> G = nx.MultiDiGraph([("a", "b")]); G.add_node("c")
    >>> sorted(drop_isolates(G))
    ['a', 'b']
    """
    H = G.copy()
    H.remove_nodes_from(list(nx.isolates(H)))
    return H
