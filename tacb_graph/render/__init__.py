"""Pictures of the graph: one interactive HTML page with every story view, and 16:9 slides.

:func:`render_html` writes one self-contained page (vis-network inlined, no
request leaves it) holding the story views of :mod:`.stories` — assistance,
mandates, positions, money, ego and the full graph — with filters by class and
relation, a search box sharing the CLI's resolver, a zh / en switch, node
cards, a table of the facts on screen and the state in the URL fragment;
:func:`render_image` draws one view as a PNG or SVG slide. Both take a graph
from :func:`story_graph` (or a plain projection from :mod:`tacb_graph.analyse`);
:func:`render_store_html` reads one from a store first (used by ``build``).
:mod:`.commands` holds the ``render`` CLI command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .html import render_html
    from .scene import SIZE_BY, Scene, scene
    from .source import story_graph
    from .static import NoCJKFont, cjk_font, render_image
    from .stories import VIEW_NAMES, VIEWS, story_subgraph
    from .view import render_store_html, store_story, store_view

# imported on first use: the CLI loads this package to build its parser
_EXPORTS = {
    "render_html": ".html",
    "render_image": ".static",
    "render_store_html": ".view",
    "store_view": ".view",
    "store_story": ".view",
    "story_graph": ".source",
    "story_subgraph": ".stories",
    "VIEWS": ".stories",
    "VIEW_NAMES": ".stories",
    "scene": ".scene",
    "Scene": ".scene",
    "SIZE_BY": ".scene",
    "cjk_font": ".static",
    "NoCJKFont": ".static",
}

__all__ = list(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
