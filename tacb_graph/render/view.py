"""Render straight from a store: pick the view with :func:`tacb_graph.analyse.view`, then draw it.

Used by ``tacb-graph build`` (``out/graph.html``) and the ``render`` command.
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from .html import render_html

__all__ = ["store_view", "render_store_html"]


def store_view(store: ox.Store | str | os.PathLike[str], *, comention: bool | None = None,
               classes: set[str] | None = None, focus: str | None = None,
               depth: int = 1) -> nx.MultiDiGraph:
    """The graph to draw, read from ``store`` (an open store or its folder).

    ``comention=None`` adds co-mention edges only when the view has no stated
    relation, so that a graph is never a cloud of unconnected dots.
    """
    from ..analyse.view import view
    from ..store import open_store

    if not isinstance(store, ox.Store):
        store = open_store(Path(store))
    G = view(store, comention=bool(comention), classes=classes, focus=focus, depth=depth)
    if comention is None and G.number_of_edges() == 0:
        G = view(store, comention=True, classes=classes, focus=focus, depth=depth)
    return G


def render_store_html(store: ox.Store | str | os.PathLike[str], path: str | os.PathLike[str], *,
                      lang: str = "zh", size_by: str = "pagerank", title: str | None = None,
                      comention: bool | None = None, classes: set[str] | None = None,
                      focus: str | None = None, depth: int = 1) -> Path:
    """Write the interactive HTML view of a store (see :func:`store_view`, :func:`render_html`).

    Examples
    --------
    >>> import tempfile
    >>> from tacb_graph.analyse.sample import sample_store
    >>> out = render_store_html(sample_store(), Path(tempfile.mkdtemp()) / "graph.html", focus="Libya")
    >>> "利比亚" in out.read_text(encoding="utf-8")
    True
    """
    G = store_view(store, comention=comention, classes=classes, focus=focus, depth=depth)
    if title is None:
        title = f"tacb-graph — {G.number_of_nodes()} entities, {G.number_of_edges()} edges"
    return render_html(G, path, lang=lang, size_by=size_by, title=title)
