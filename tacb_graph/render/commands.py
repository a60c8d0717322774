"""The ``render`` command (registered through ``add_commands``).

A thin shell: parse options, read the store, call the renderers, say what was
written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import TacbError
from .style import SIZE_BY

__all__ = ["add_commands"]

# the story views, as in .stories.VIEW_NAMES (not imported here: the parser is built at start-up)
_VIEWS = ("assistance", "mandates", "positions", "money", "ego", "full")


def _cmd_render(args: argparse.Namespace) -> int:
    from .html import render_html
    from .static import render_image
    from .stories import story_subgraph
    from .view import store_story

    if args.depth < 1:
        raise TacbError("--depth must be ≥ 1")
    view = args.view or ("ego" if args.focus else "full")
    if view == "ego" and not args.focus:
        raise TacbError("--view ego needs an entity: --focus NAME")
    classes = {c.strip() for c in args.classes.split(",") if c.strip()} if args.classes else None
    story = store_story(Path(args.store), comention=args.comention, classes=classes, focus=args.focus)
    G = story.graph
    options = {"lang": args.lang, "size_by": args.size_by, "title": args.title}
    written = [render_html(G, args.out, view=view, focus=story.focus, depth=args.depth, **options)]
    for image in (args.png, args.svg):
        if image:
            written.append(render_image(G, image, view=view, focus=story.focus, depth=args.depth, **options))
    if args.slides:
        for name in _VIEWS:
            if name == "ego" and story.focus is None:
                continue
            written.append(render_image(G, Path(args.slides) / f"{name}.png", view=name, focus=story.focus,
                                        depth=args.depth, **options))
    shown = story_subgraph(G, view, focus=story.focus, depth=args.depth)
    edges = shown.number_of_edges()
    relations = sum(1 for *_, r in G.edges(data="relation") if r != "coMention")
    note = "" if relations or not G.number_of_edges() else " (co-mentions: the store states no relation)"
    print(f"wrote {', '.join(str(p) for p in written)}: view {view}, {shown.number_of_nodes()} nodes, "
          f"{edges} edges{note}", file=sys.stderr)
    return 0


def add_commands(subparsers) -> None:
    """Register ``render`` on the ``tacb-graph`` sub-command parser."""
    p = subparsers.add_parser(
        "render", help="draw the graph: one self-contained HTML page with every story view; PNG/SVG slides")
    p.add_argument("--store", default="out/store", help="store folder (default: out/store)")
    p.add_argument("--out", default="out/graph.html", help="HTML file to write (default: out/graph.html)")
    p.add_argument("--view", choices=_VIEWS,
                   help="the story view the page opens on and the slides show "
                        "(default: ego with --focus, else full)")
    p.add_argument("--focus", metavar="ENTITY",
                   help="the entity selected (the centre of the ego view): label zh/en, short label, "
                        "alias, ISO3, symbol or IRI")
    p.add_argument("--depth", type=int, default=1, help="hops of the ego view (default 1)")
    p.add_argument("--classes", help="keep only these classes, e.g. State,UNBody")
    p.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the labels (default zh)")
    p.add_argument("--comention", action=argparse.BooleanOptionalAction, default=None,
                   help="draw co-mention edges (default: only when the store states no relation)")
    p.add_argument("--size-by", choices=SIZE_BY, default="pagerank",
                   help="node size follows this measure (default pagerank)")
    p.add_argument("--title", help="title of the page and slides (default: the report's title)")
    p.add_argument("--png", metavar="PATH", help="also draw the view as a 16:9 PNG slide")
    p.add_argument("--svg", metavar="PATH", help="also draw the view as a 16:9 SVG slide")
    p.add_argument("--slides", metavar="DIR", help="also draw every story view as DIR/VIEW.png")
    p.set_defaults(func=_cmd_render)
