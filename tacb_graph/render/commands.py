"""The ``render`` command (registered through ``add_commands``).

A thin shell: parse options, pick the view from the store, call the renderers,
say what was written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import TacbError
from .style import SIZE_BY

__all__ = ["add_commands"]


def _cmd_render(args: argparse.Namespace) -> int:
    from .html import render_html
    from .static import render_image
    from .view import store_view

    if args.depth < 0:
        raise TacbError("--depth must be ≥ 0")
    classes = {c.strip() for c in args.classes.split(",") if c.strip()} if args.classes else None
    G = store_view(Path(args.store), comention=args.comention, classes=classes, focus=args.focus,
                   depth=args.depth)
    title = args.title or (f"tacb-graph — {G.number_of_nodes()} entities, {G.number_of_edges()} edges"
                           + (f" around {args.focus}" if args.focus else ""))
    written = [render_html(G, args.out, lang=args.lang, size_by=args.size_by, title=title)]
    for image in (args.png, args.svg):
        if image:
            written.append(render_image(G, image, lang=args.lang, size_by=args.size_by, title=title))
    edges = G.number_of_edges()
    relations = sum(1 for *_, r in G.edges(data="relation") if r != "coMention")
    note = "" if relations or not edges else " (co-mentions: the view states no relation)"
    print(f"wrote {', '.join(str(p) for p in written)}: {G.number_of_nodes()} nodes, {edges} edges{note}",
          file=sys.stderr)
    return 0


def add_commands(subparsers) -> None:
    """Register ``render`` on the ``tacb-graph`` sub-command parser."""
    p = subparsers.add_parser(
        "render", help="draw the graph: interactive HTML (one self-contained file), PNG or SVG")
    p.add_argument("--store", default="out/store", help="store folder (default: out/store)")
    p.add_argument("--out", default="out/graph.html", help="HTML file to write (default: out/graph.html)")
    p.add_argument("--focus", metavar="ENTITY",
                   help="only the ego network of this entity (label zh/en, alias, ISO3, symbol or IRI)")
    p.add_argument("--depth", type=int, default=1, help="hops around --focus (default 1)")
    p.add_argument("--classes", help="keep only these classes, e.g. State,UNBody")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the labels (default zh)")
    p.add_argument("--comention", action=argparse.BooleanOptionalAction, default=None,
                   help="draw co-mention edges (default: only when the view states no relation)")
    p.add_argument("--size-by", choices=SIZE_BY, default="pagerank",
                   help="node size follows this measure (default pagerank)")
    p.add_argument("--title", help="title of the page and images")
    p.add_argument("--png", metavar="PATH", help="also draw a PNG image of the same view")
    p.add_argument("--svg", metavar="PATH", help="also draw an SVG image of the same view")
    p.set_defaults(func=_cmd_render)
