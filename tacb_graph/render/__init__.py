"""Pictures of the graph: an interactive HTML page and static PNG / SVG images.

:func:`render_html` writes one self-contained page (vis-network inlined, no
request leaves it) with filters by class and relation, a search box and a
zh / en label switch; :func:`render_image` draws the same view with matplotlib
for slides. Both take a projection from :mod:`tacb_graph.analyse`;
:func:`render_store_html` reads one from a store first (used by ``build``).
:mod:`.commands` holds the ``render`` CLI command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .html import render_html
    from .scene import SIZE_BY, Scene, scene
    from .static import NoCJKFont, cjk_font, render_image
    from .view import render_store_html, store_view

# imported on first use: the CLI loads this package to build its parser
_EXPORTS = {
    "render_html": ".html",
    "render_image": ".static",
    "render_store_html": ".view",
    "store_view": ".view",
    "scene": ".scene",
    "Scene": ".scene",
    "SIZE_BY": ".scene",
    "cjk_font": ".static",
    "NoCJKFont": ".static",
}

__all__ = list(_EXPORTS)
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
