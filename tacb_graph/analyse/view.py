"""The part of the graph a command looks at: projection, class filter, ego network.

Shared by ``analyze`` and the renderer, so both show the same graph for the
same options.
"""

from __future__ import annotations

import networkx as nx
import pyoxigraph as ox

from .ego import ego_network, induced
from .project import project
from .resolve import resolve_entity

__all__ = ["view"]


def view(store: ox.Store, *, relations: bool = True, comention: bool = False,
         bipartite: bool = False, classes: set[str] | None = None, min_weight: int = 1,
         focus: str | None = None, depth: int = 1) -> nx.MultiDiGraph:
    """Project the store, keep ``classes``, then keep what is near ``focus``.

    Parameters
    ----------
    store : pyoxigraph.Store
        The store.
    relations, comention, bipartite, classes, min_weight
        As for :func:`~tacb_graph.analyse.project.project`.
    focus : str, optional
        The name of an entity (label, alias, ISO3, symbol or IRI; see
        :func:`~tacb_graph.analyse.resolve.resolve_entity`): keep only the
        nodes within ``depth`` hops of it. The focus is kept even when its
        class is filtered out.
    depth : int, default 1
        Hops from ``focus``.

    Raises
    ------
    EntityNotFound
        ``focus`` names no entity or several.

    Examples
    --------
    >>> from tacb_graph.analyse.sample import sample_store
    >>> G = view(sample_store(), focus="Libya", depth=1)
    >>> sorted(d["label_en"] for _, d in G.nodes(data=True))
    ['Libya', 'Office of the United Nations High Commissioner for Human Rights']
    """
    centre = resolve_entity(store, focus) if focus else None
    if centre is not None and classes is not None:
        G = project(store, relations=relations, comention=comention, bipartite=bipartite,
                    min_weight=min_weight)
        kept = {n for n, k in G.nodes(data="kind") if k in classes or k == "Paragraph"} | {centre}
        G = induced(G, kept)
    else:
        G = project(store, relations=relations, comention=comention, bipartite=bipartite,
                    classes=classes, min_weight=min_weight)
    if centre is not None:
        G = ego_network(G, centre, depth)
    return G
