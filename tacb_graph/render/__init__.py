"""Pictures of the graph: an interactive HTML page and static PNG / SVG images.

:func:`render_html` writes one self-contained page (vis-network inlined, no
request leaves it) with filters by class and relation, a search box and a
zh / en label switch; :func:`render_image` draws the same view with matplotlib
for slides. Both take a projection from :mod:`tacb_graph.analyse`;
:func:`render_store_html` reads one from a store first (used by ``build``).
:mod:`.commands` holds the ``render`` CLI command.
"""

from __future__ import annotations

from .html import render_html
from .scene import SIZE_BY, Scene, scene
from .static import NoCJKFont, cjk_font, render_image
from .view import render_store_html, store_view

__all__ = [
    "render_html",
    "render_image",
    "render_store_html",
    "store_view",
    "scene",
    "Scene",
    "SIZE_BY",
    "cjk_font",
    "NoCJKFont",
]
