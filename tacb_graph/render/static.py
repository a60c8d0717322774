"""Static images of the graph (PNG, SVG) for slides, with Chinese labels drawn.

The image shows the same :class:`~tacb_graph.render.scene.Scene` as the HTML
page (same classes, colours, shapes, sizes and starting layout). matplotlib
has no CJK glyphs of its own, so a CJK font file is chosen explicitly by path
(Debian's ``fonts-wqy-microhei`` first); without one, :class:`NoCJKFont` says
what to install instead of drawing empty boxes. SVG text is drawn as glyph
paths (each label also kept as a comment), so slides need no font.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import networkx as nx

from ..errors import TacbError
from .scene import Scene, scene
from .style import MARKERS

__all__ = ["render_image", "draw_scene", "cjk_font", "NoCJKFont", "CJK_FONT_FILES", "FORMATS"]

#: CJK font files tried in order (Debian / Ubuntu paths).
CJK_FONT_FILES: tuple[str, ...] = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
_CJK_NAME = re.compile(r"wqy|cjk|sourcehan|droidsansfallback|uming|ukai|simhei|simsun|msyh|pingfang",
                       re.IGNORECASE)
#: Image formats, by file suffix.
FORMATS: tuple[str, ...] = ("png", "svg")
#: Most nodes labelled in an image (largest first); all are labelled up to this many.
MAX_LABELS = 60


class NoCJKFont(TacbError):
    """No font able to draw Chinese is installed (or the one named is missing)."""

    exit_code = 6


def cjk_font(path: str | os.PathLike[str] | None = None) -> Path:
    """The CJK font file to draw with: ``path``, ``$TACB_CJK_FONT``, or the first one installed.

    Raises
    ------
    NoCJKFont
        If the named file does not exist, or no CJK font is installed.
    """
    named = path or os.environ.get("TACB_CJK_FONT")
    if named:
        p = Path(named)
        if not p.is_file():
            raise NoCJKFont(f"{p}: no such font file")
        return p
    for candidate in CJK_FONT_FILES:
        if Path(candidate).is_file():
            return Path(candidate)
    from matplotlib import font_manager

    found = sorted(f for f in font_manager.findSystemFonts() if _CJK_NAME.search(Path(f).name))
    if found:
        return Path(found[0])
    raise NoCJKFont("no CJK font installed, so Chinese labels cannot be drawn: "
                    "`apt-get install fonts-wqy-microhei` (or set TACB_CJK_FONT to a font file)")


def _markersize(sc: Scene) -> float:
    """Points of marker diameter per unit of node size (smaller when crowded)."""
    n = max(len(sc.nodes), 1)
    return max(0.15, 0.8 * min(1.0, (150 / n) ** 0.5))


def draw_scene(sc: Scene, path: Path, fmt: str, font: Path, *, dpi: int = 150) -> None:
    """Draw ``sc`` into ``path`` as ``fmt`` (``"png"`` or ``"svg"``) with ``font``."""
    import matplotlib
    from matplotlib import font_manager
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch

    font_manager.fontManager.addfont(str(font))
    fp = font_manager.FontProperties(fname=str(font))
    lang = sc.lang
    k = _markersize(sc)
    pos = {n.id: (n.x, n.y) for n in sc.nodes}
    diam = {n.id: n.size * k for n in sc.nodes}
    styles = {c.kind: c for c in sc.classes}
    # a white box behind labels (a path-effect halo would drop the SVG text comments)
    halo = {"boxstyle": "round,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.75}
    rels = {r.relation: r for r in sc.relations}

    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "tacb-graph",
                                "axes.unicode_minus": False}):
        fig = Figure(figsize=(12, 9), layout="constrained")
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.set_aspect("equal", adjustable="datalim")
        ax.invert_yaxis()   # the browser's y axis points down

        if len(sc.edges) <= 400:
            for e in sc.edges:
                r = rels[e.relation]
                ax.add_patch(FancyArrowPatch(
                    pos[e.source], pos[e.target], arrowstyle="-|>" if r.arrow else "-",
                    mutation_scale=8, color=r.color, alpha=0.8, linewidth=1.0,
                    linestyle="--" if r.dashes else "-", connectionstyle=f"arc3,rad={-e.curve}",
                    shrinkA=diam[e.source] / 2, shrinkB=diam[e.target] / 2 + 1, zorder=1))
                if r.arrow and not e.curve and len(sc.edges) <= 80:
                    (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
                    ax.text((x1 + x2) / 2, (y1 + y2) / 2, r.label(lang), fontproperties=fp,
                            fontsize=6, color="#555", ha="center", va="center", zorder=1, bbox=halo)
        else:
            for rel, r in rels.items():
                segs = [(pos[e.source], pos[e.target]) for e in sc.edges if e.relation == rel]
                ax.add_collection(LineCollection(segs, colors=r.color, linewidths=0.3, alpha=0.4,
                                                 linestyles="--" if r.dashes else "-", zorder=1))

        for c in sc.classes:
            members = [n for n in sc.nodes if n.kind == c.kind]
            ax.scatter([n.x for n in members], [n.y for n in members],
                       s=[(n.size * k) ** 2 for n in members], marker=MARKERS.get(c.shape, "o"),
                       c=c.color, edgecolors="#444444", linewidths=0.5, zorder=2)

        ranked = sorted(sc.nodes, key=lambda n: (-n.value, n.id))[:MAX_LABELS]
        for n in ranked:
            ax.annotate(n.label(lang), (n.x, n.y), xytext=(0, -(diam[n.id] / 2 + 2)),
                        textcoords="offset points", ha="center", va="top", fontproperties=fp,
                        fontsize=8, zorder=3, bbox=halo)

        handles = [Line2D([], [], linestyle="", marker=MARKERS.get(c.shape, "o"), markersize=8,
                          markerfacecolor=c.color, markeredgecolor="#444444",
                          label=f"{c.label(lang)} ({sum(n.kind == c.kind for n in sc.nodes)})")
                   for c in styles.values()]
        handles += [Line2D([], [], color=r.color, linestyle="--" if r.dashes else "-",
                           label=r.label(lang)) for r in rels.values()]
        if handles:
            ax.legend(handles=handles, prop=fp, loc="upper left", bbox_to_anchor=(1.0, 1.0),
                      frameon=False, fontsize=9)
        ax.set_title(sc.title, fontproperties=fp, fontsize=12)
        if sc.nodes:   # room for curved edges and labels: patches do not autoscale
            xs, ys = [n.x for n in sc.nodes], [n.y for n in sc.nodes]
            pad = 0.12 * max(max(xs) - min(xs), max(ys) - min(ys), 1.0) + 20
            ax.update_datalim([(min(xs) - pad, min(ys) - pad), (max(xs) + pad, max(ys) + pad)])
            ax.autoscale_view()
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(path, format=fmt, dpi=dpi, metadata=metadata, facecolor="white")


def render_image(graph: nx.MultiDiGraph, path: str | os.PathLike[str], *, lang: str = "zh",
                 size_by: str = "pagerank", title: str | None = None, seed: int = 42,
                 font: str | os.PathLike[str] | None = None, dpi: int = 150) -> Path:
    """Draw ``graph`` as a PNG or SVG image (by the suffix of ``path``).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A projection, as for :func:`~tacb_graph.render.html.render_html`.
    path : str or Path
        ``….png`` or ``….svg``; its folder is created.
    lang, size_by, title, seed
        As for :func:`~tacb_graph.render.html.render_html`.
    font : str or Path, optional
        A CJK font file (default: see :func:`cjk_font`).
    dpi : int
        Resolution of a PNG.

    Raises
    ------
    NoCJKFont
        No CJK font is installed.
    TacbError
        Unknown format, or the file cannot be written.
    """
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise TacbError(f"{path}: cannot tell the image format; use a .png or .svg file name")
    font_file = cjk_font(font)
    sc = scene(graph, lang=lang, size_by=size_by, title=title, seed=seed)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        draw_scene(sc, path, fmt, font_file, dpi=dpi)
    except OSError as exc:
        raise TacbError(f"{path}: cannot write the image ({exc.strerror or exc})") from None
    return path
