"""Render straight from a store: read the story graph, resolve the focus, draw.

Used by ``tacb-graph build`` (``out/graph.html``) and the ``render`` command.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ..analyse.ego import induced
from .html import render_html

__all__ = ["Story", "store_story", "store_view", "render_store_html"]


@dataclass(frozen=True)
class Story:
    """A store read for drawing: the story graph, its names table, the focus IRI (or ``None``)."""

    graph: nx.MultiDiGraph
    names: dict
    focus: str | None


def store_story(store: ox.Store | str | os.PathLike[str], *, comention: bool | None = None,
                classes: set[str] | None = None, focus: str | None = None) -> Story:
    """Read ``store`` (an open store or its folder) for drawing.

    ``classes`` keeps only entities of those classes (the focus stays whatever
    its class); ``focus`` is resolved as the CLI's ``--focus`` and the page's
    search box do (:func:`tacb_graph.analyse.resolve.resolve_entity`, with the
    drawings' short labels such as "HRC 6/17" as names too).

    Raises
    ------
    EntityNotFound
        ``focus`` names no entity, or several.
    """
    from ..analyse.resolve import resolve_entity
    from ..store import open_store
    from .source import story_graph

    if not isinstance(store, ox.Store):
        store = open_store(Path(store))
    G, names = story_graph(store, comention=comention)
    centre = resolve_entity(store, focus, names) if focus else None
    if centre is not None and centre not in G:
        G.add_node(centre, kind=None, label_zh=names[centre]["label"], label_en=names[centre]["label"],
                   short_zh=names[centre]["label"], short_en=names[centre]["label"], names=names[centre]["names"])
    if classes is not None:
        keep = {n for n, k in G.nodes(data="kind") if k in classes} | ({centre} if centre else set())
        G = induced(G, keep)
    return Story(G, names, centre)


def store_view(store: ox.Store | str | os.PathLike[str], *, comention: bool | None = None,
               classes: set[str] | None = None, focus: str | None = None,
               depth: int = 1) -> nx.MultiDiGraph:
    """The story graph of ``store``; with ``focus``, only what lies within ``depth`` hops of it.

    ``comention=None`` adds co-mention edges only when the store states no
    relation, so that a graph is never a cloud of unconnected dots.
    """
    from .stories import story_subgraph

    story = store_story(store, comention=comention, classes=classes, focus=focus)
    if story.focus is None:
        return story.graph
    return story_subgraph(story.graph, "ego", focus=story.focus, depth=depth)


def render_store_html(store: ox.Store | str | os.PathLike[str], path: str | os.PathLike[str], *,
                      lang: str = "zh", size_by: str = "pagerank", title: str | None = None,
                      comention: bool | None = None, classes: set[str] | None = None,
                      focus: str | None = None, depth: int = 1, view: str | None = None) -> Path:
    """Write the interactive HTML page of a store, with every story view (see :func:`render_html`).

    The page opens on ``view`` (default: ``ego`` when ``focus`` is given, else ``full``).

    Examples
    --------
    >>> import tempfile
    >>> from tacb_graph.analyse.sample import sample_store
    >>> out = render_store_html(sample_store(), Path(tempfile.mkdtemp()) / "graph.html", focus="Libya")
    >>> "利比亚" in out.read_text(encoding="utf-8")
    True
    """
    story = store_story(store, comention=comention, classes=classes, focus=focus)
    view = view or ("ego" if story.focus else "full")
    return render_html(story.graph, path, lang=lang, size_by=size_by, title=title, view=view,
                       focus=story.focus, depth=depth)
