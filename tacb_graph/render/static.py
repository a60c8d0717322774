"""Slides of the graph (PNG, SVG), 16:9, one preset per story view, with Chinese labels drawn.

A slide shows one story view's :class:`~tacb_graph.render.scene.Scene` as the
page does (same classes, colours, shapes, short labels and layout; unconnected
nodes left out, as the page hides them): the title and view at the top, the
graph on the left, a compact legend of only what the slide shows on the right.
Labels are placed by :func:`~tacb_graph.render.placement.place_labels`, most
important first, where they touch no other label and no node; a label with
no room is left out rather than drawn over something. At the default size
(1920×1080) labels are 11 pt, 12 pixels or more when the slide is shown at
1280×720.

matplotlib has no CJK glyphs of its own, so a CJK font file is chosen
explicitly by path (Debian's ``fonts-wqy-microhei`` first); without one,
:class:`NoCJKFont` says what to install instead of drawing empty boxes. SVG text
is drawn as glyph paths (each label also kept as a comment), so slides need no
font.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

import networkx as nx

from ..errors import TacbError
from .placement import Label, Placement, place_labels
from .scene import Scene, edge_label, scene
from .stories import story_view
from .style import MARKERS, modality_style, relation_style, stance_style

__all__ = ["render_image", "draw_scene", "slide", "Slide", "cjk_font", "NoCJKFont", "CJK_FONT_FILES", "FORMATS",
           "SLIDE"]

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
#: Slide size in inches (16:9) and resolution: 1920×1080 pixels.
SLIDE = (16.0, 9.0)
_DPI = 120
#: Label, legend and title sizes, in points.
_LABEL_PT, _LEGEND_PT, _TITLE_PT = 11.0, 10.0, 15.0
#: Most edges drawn one by one (with arrows and curves); more are drawn as plain lines.
_EDGE_PATCHES = 600
#: Most edges whose labels are drawn.
_EDGE_LABELS = 60
_EGO_EDGE_LABELS = 20     # as the page
#: The most important nodes, whose labels may sit farther out, with a leader line.
_LEADER_LABELS = 12


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


def _visible(sc: Scene) -> Scene:
    """The scene as the page opens it: without unconnected nodes (the focus of ego stays)."""
    linked = {e.source for e in sc.edges} | {e.target for e in sc.edges}
    keep = tuple(n for n in sc.nodes if n.id in linked or n.id == sc.focus)
    return replace(sc, nodes=keep) if len(keep) < len(sc.nodes) else sc


def _color(sc: Scene, n) -> str:
    if n.stance:
        return stance_style(n.stance).color
    return next(c.color for c in sc.classes if c.kind == n.kind)


def _legend_handles(sc: Scene, lang: str, shown_nodes, shown_edges):
    from matplotlib.lines import Line2D

    def head(text):
        return Line2D([], [], linestyle="", label=text)

    handles = []
    stances = [s for s in sc.stances if any(n.stance == s.value for n in shown_nodes)
               or any(e.stance == s.value for e in shown_edges)]
    if stances:
        handles.append(head({"zh": "立场", "en": "Stance"}[lang]))
        handles += [Line2D([], [], linestyle="", marker="o", markersize=9, markerfacecolor=s.color,
                           markeredgecolor="#333333", label=s.label(lang)) for s in stances]
    kinds = {n.kind for n in shown_nodes}
    classes = [c for c in sc.classes if c.kind in kinds]
    if classes:
        handles.append(head({"zh": "类别", "en": "Class"}[lang]))
        grey = bool(stances and any(n.stance for n in shown_nodes))
        handles += [Line2D([], [], linestyle="", marker=MARKERS.get(c.shape, "o"), markersize=9,
                           markerfacecolor="#e0e0e0" if grey else c.color, markeredgecolor="#333333",
                           label=c.label(lang)) for c in classes]
    rels = [r for r in sc.relations if any(e.relation == r.relation for e in shown_edges)]
    if rels:
        handles.append(head({"zh": "关系", "en": "Relation"}[lang]))
        handles += [Line2D([], [], color="#444444" if r.relation == "stance" else r.color, linewidth=2,
                           linestyle="--" if r.dashes else "-", label=r.label(lang)) for r in rels]
    mods = {e.modality or "Reported" for e in shown_edges if e.relation not in ("stance", "related", "coMention")}
    if len(mods) > 1:
        handles.append(head({"zh": "情态", "en": "Modality"}[lang]))
        for m in sc.modalities:
            if m.value in mods:
                dash = m.dashes
                handles.append(Line2D([], [], color="#444444", linewidth=2,
                                      linestyle=(0, tuple(x / 2 for x in dash)) if dash else "-",
                                      label=m.label(lang)))
    return handles


@dataclass(frozen=True)
class Slide:
    """What a slide drew: each label's place, each node's disc (display pixels), the legend's box."""

    placements: tuple[Placement, ...]
    discs: tuple[tuple[str, float, float, float], ...]
    legend: tuple[float, float, float, float] | None
    size: tuple[int, int]


def draw_scene(sc: Scene, path: Path, fmt: str, font: Path, *, dpi: int = _DPI,
               size: tuple[float, float] = SLIDE) -> Slide:
    """Draw ``sc`` as a slide into ``path`` (``fmt`` ``"png"`` or ``"svg"``) with ``font``."""
    import matplotlib
    from matplotlib import font_manager
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.collections import LineCollection
    from matplotlib.figure import Figure
    from matplotlib.patches import FancyArrowPatch

    font_manager.fontManager.addfont(str(font))
    fp = font_manager.FontProperties(fname=str(font))
    lang = sc.lang
    sc = _visible(sc)
    spec = story_view(sc.view)
    halo = {"boxstyle": "round,pad=0.15", "facecolor": "white", "edgecolor": "none", "alpha": 0.85}

    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "tacb-graph",
                                "axes.unicode_minus": False}):
        fig = Figure(figsize=size, dpi=dpi, facecolor="white")
        renderer = FigureCanvasAgg(fig).get_renderer()
        title = sc.titled(lang)
        sub = spec.label(lang)
        if sc.view == "ego" and sc.focus:
            centre = next((n for n in sc.nodes if n.id == sc.focus), None)
            if centre is not None:
                sub = {"zh": f"以{centre.short(lang)}为中心", "en": f"Around {centre.short(lang)}"}[lang]
        title = title if len(title) <= 90 else title[:89] + "…"
        fig.text(0.012, 0.975, title, fontproperties=fp, fontsize=_TITLE_PT, weight="bold", va="top")
        fig.text(0.012, 0.935, f"{sub} · {len(sc.nodes)} / {len(sc.edges)}", fontproperties=fp,
                 fontsize=_LEGEND_PT + 1, color="#444444", va="top")
        ax = fig.add_axes((0.01, 0.01, 0.79, 0.90))
        ax.set_axis_off()
        legend_ax = fig.add_axes((0.805, 0.01, 0.19, 0.90))
        legend_ax.set_axis_off()
        if not sc.nodes:
            fig.savefig(path, format=fmt, dpi=dpi, metadata={"Date": None} if fmt == "svg" else {"Software": None})
            return Slide((), (), None, (round(size[0] * dpi), round(size[1] * dpi)))

        # equal scales on both axes, the layout centred in the graph area with room for labels
        xs, ys = [n.x for n in sc.nodes], [n.y for n in sc.nodes]
        box = ax.get_window_extent(renderer)
        margin = 80.0                                       # pixels kept free for labels at the edges
        w, h = max(max(xs) - min(xs), 1.0), max(max(ys) - min(ys), 1.0)
        ppu = min((box.width - 2 * margin) / w, (box.height - 2 * margin) / h)   # pixels per layout unit
        ppu = min(ppu, 2.0)
        half_w, half_h = box.width / 2 / ppu, box.height / 2 / ppu
        cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
        ax.set_xlim(cx - half_w, cx + half_w)
        ax.set_ylim(cy + half_h, cy - half_h)               # the page's y axis points down
        to_px = ax.transData
        px_pt = 72.0 / dpi
        radius = {n.id: max(n.size * ppu, 3.0) for n in sc.nodes}           # pixels
        pos = {n.id: (n.x, n.y) for n in sc.nodes}

        edges = [e for e in sc.edges if e.source in pos and e.target in pos]
        if len(edges) <= _EDGE_PATCHES:
            for e in edges:
                r = relation_style(e.relation)
                color = stance_style(e.stance).color if e.stance else r.color
                dash = modality_style(e.modality).dashes if e.relation not in ("stance", "related") else False
                style = (0, tuple(x / 2 for x in dash)) if dash else ("--" if r.dashes else "-")
                ax.add_patch(FancyArrowPatch(
                    pos[e.source], pos[e.target], arrowstyle="-|>" if r.arrow else "-", mutation_scale=11,
                    color=color, alpha=0.85, linewidth=1.0 + 0.6 * min(e.weight, 4) ** 0.5, linestyle=style,
                    connectionstyle=f"arc3,rad={-e.curve}", shrinkA=radius[e.source] * px_pt,
                    shrinkB=radius[e.target] * px_pt + 1, zorder=1))
        else:
            for rel in {e.relation for e in edges}:
                segs = [(pos[e.source], pos[e.target]) for e in edges if e.relation == rel]
                ax.add_collection(LineCollection(segs, colors=relation_style(rel).color, linewidths=0.4,
                                                 alpha=0.5, zorder=1))

        for c in sc.classes:
            for stance in {n.stance for n in sc.nodes if n.kind == c.kind}:
                members = [n for n in sc.nodes if n.kind == c.kind and n.stance == stance]
                ax.scatter([n.x for n in members], [n.y for n in members],
                           s=[(2 * radius[n.id] * px_pt) ** 2 for n in members], marker=MARKERS.get(c.shape, "o"),
                           c=_color(sc, members[0]), edgecolors="#333333", linewidths=0.8, zorder=2,
                           linestyle="--" if c.kind == "_unnamed" else "-")

        if spec.edge_labels and len(edges) <= (_EGO_EDGE_LABELS if sc.view == "ego" else _EDGE_LABELS):
            for e in edges:
                text = edge_label(e, spec.edge_labels, lang)
                if text and not e.curve:
                    (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
                    ax.text((x1 + x2) / 2, (y1 + y2) / 2, text, fontproperties=fp, fontsize=_LEGEND_PT,
                            color="#333333", ha="center", va="center", zorder=3, bbox=halo)

        # labels: measured, then placed clear of labels and nodes, most important first
        frame_box = ax.get_window_extent(renderer)
        frame = (frame_box.x0, frame_box.y0, frame_box.x1, frame_box.y1)
        discs = [(n.id, *to_px.transform((n.x, n.y)), radius[n.id]) for n in sc.nodes]
        wanted = []
        for n in sorted(sc.nodes, key=lambda n: n.rank):
            probe = ax.text(0, 0, n.short(lang), fontproperties=fp, fontsize=_LABEL_PT, ha="center",
                            multialignment="center", linespacing=1.1)
            bb = probe.get_window_extent(renderer)
            probe.remove()
            x, y = to_px.transform((n.x, n.y))
            wanted.append(Label(n.id, x, y, radius[n.id], bb.width + 6, bb.height + 4))
        placed = place_labels(wanted, discs, frame, leaders=_LEADER_LABELS)
        inverse = ax.transData.inverted()
        text_of = {n.id: n.short(lang) for n in sc.nodes}
        node_of = {n.id: n for n in sc.nodes}
        for p in placed:
            x, y = inverse.transform((p.x, p.y))
            if p.leader:
                n = node_of[p.key]
                bx, by = inverse.transform(((p.box[0] + p.box[2]) / 2, (p.box[1] + p.box[3]) / 2))
                ax.plot([n.x, bx], [n.y, by], color="#777777", linewidth=0.7, zorder=3)
            shift = {"left": 3, "right": -3, "center": 0}[p.ha], {"bottom": 2, "top": -2, "center": 0}[p.va]
            ax.annotate(text_of[p.key], (x, y), xytext=shift, textcoords="offset pixels", ha=p.ha, va=p.va,
                        multialignment="center", linespacing=1.1, fontproperties=fp, fontsize=_LABEL_PT,
                        zorder=4, bbox=halo)

        handles = _legend_handles(sc, lang, sc.nodes, edges)
        legend_box = None
        if handles:
            legend = legend_ax.legend(handles=handles, loc="upper left", prop=fp, fontsize=_LEGEND_PT,
                                      frameon=False, handlelength=1.8, labelspacing=0.35, borderaxespad=0)
            for text, handle in zip(legend.get_texts(), handles):
                if handle.get_marker() in ("None", "", None) and handle.get_linestyle() in ("None", ""):
                    text.set_color("#666666")        # a section heading (CJK fonts have no bold)
                    text.set_fontsize(_LEGEND_PT - 0.5)
            bb = legend.get_window_extent(renderer)
            legend_box = (bb.x0, bb.y0, bb.x1, bb.y1)
        metadata = {"Date": None} if fmt == "svg" else {"Software": None}
        fig.savefig(path, format=fmt, dpi=dpi, metadata=metadata, facecolor="white")
    return Slide(tuple(placed), tuple(discs), legend_box, (round(size[0] * dpi), round(size[1] * dpi)))


def render_image(graph: nx.MultiDiGraph, path: str | os.PathLike[str], *, lang: str = "zh",
                 size_by: str = "pagerank", title: str | tuple[str, str] | None = None, seed: int = 42,
                 font: str | os.PathLike[str] | None = None, dpi: int = _DPI, view: str = "full",
                 focus: str | None = None, depth: int = 1) -> Path:
    """Draw one story view of ``graph`` as a 16:9 slide, PNG or SVG (by the suffix of ``path``).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A projection or story graph, as for :func:`~tacb_graph.render.html.render_html`.
    path : str or Path
        ``….png`` or ``….svg``; its folder is created.
    lang, size_by, title, seed
        As for :func:`~tacb_graph.render.html.render_html`.
    font : str or Path, optional
        A CJK font file (default: see :func:`cjk_font`).
    dpi : int
        Resolution: 120 gives 1920×1080 pixels.
    view, focus, depth
        The story view (its preset), and the centre and hops of ``ego``.

    Raises
    ------
    NoCJKFont
        No CJK font is installed.
    TacbError
        Unknown format or view, or the file cannot be written.
    """
    path = Path(path)
    slide(graph, path, lang=lang, size_by=size_by, title=title, seed=seed, font=font, dpi=dpi, view=view,
          focus=focus, depth=depth)
    return path


def slide(graph: nx.MultiDiGraph, path: str | os.PathLike[str], **options) -> Slide:
    """:func:`render_image`, returning what the slide drew (see :class:`Slide`)."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise TacbError(f"{path}: cannot tell the image format; use a .png or .svg file name")
    view = options.get("view", "full")
    story_view(view)
    font_file = cjk_font(options.get("font"))
    sc = scene(graph, lang=options.get("lang", "zh"), size_by=options.get("size_by", "pagerank"),
               title=options.get("title"), seed=options.get("seed", 42), view=view,
               focus=options.get("focus"), depth=options.get("depth", 1))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return draw_scene(sc, path, fmt, font_file, dpi=options.get("dpi", _DPI))
    except OSError as exc:
        raise TacbError(f"{path}: cannot write the image ({exc.strerror or exc})") from None
