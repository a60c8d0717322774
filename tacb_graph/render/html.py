"""The interactive graph: one self-contained HTML file with every story view, safe for any report text.

The page is our own Jinja2 template (``render/assets/graph.html.j2``) with
vis-network's standalone build inlined from the installed pyvis
(``pyvis/templates/lib/vis-*/``), our script (``graph-*.js``, joined in
:data:`SCRIPTS` order into one function) and style sheet (``graph.css``).
Nothing is fetched: a Content-Security-Policy allows only the page's own inline
scripts (by hash) and ``data:`` images.

The page holds every story view (see :mod:`tacb_graph.render.stories`): the
nodes and edges once, and per view which of them it shows, where, and how
big. The ego view of any entity is laid out by the script itself.

Report text never becomes markup: the scene travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028 and
U+2029 escaped, and the script builds every text with ``textContent``.

Once drawn the page sets ``window.tacbGraph.ready`` and fires a ``tacb:ready``
event; benchmarks and tests wait for it. ``graph-api.js`` documents the
``window.tacbGraph`` API.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from .. import __version__
from ..errors import TacbError
from .scene import VALUE_DIGITS, Scene, scene
from .stories import QUIET, VIEWS, story_view
from .style import MODALITIES, STANCES, modality_style

__all__ = ["render_html", "html_document", "page_payload", "page_scenes", "script_json", "vis_assets",
           "SCRIPTS", "app_script"]

#: The page's script files, in the order they run.
SCRIPTS: tuple[str, ...] = ("graph-core.js", "graph-layout.js", "graph-network.js", "graph-panel.js",
                            "graph-table.js", "graph-api.js")

#: what may not stand for itself inside a script element, and its JSON escape (none of which holds another)
_JSON_ESCAPES = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))


def script_json(data) -> str:
    """JSON that is safe inside ``<script type="application/json">``.

    >>> script_json({"label": "</script><b>&\u2028"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escape in _JSON_ESCAPES:  # not str.translate, which looks up each character of a text not in ASCII
        text = text.replace(char, escape)
    return text


def _asset(name: str) -> str:
    return (resources.files("tacb_graph.render") / "assets" / name).read_text(encoding="utf-8")


def _version_key(path: Path) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in re.split(r"[.-]", path.name)[1:])


@lru_cache(maxsize=1)
def vis_assets() -> tuple[str, str, str]:
    """``(version, javascript, css)`` of vis-network's standalone build shipped with pyvis.

    Raises
    ------
    TacbError
        If the installed pyvis carries no vis-network build.
    """
    # locate pyvis without importing it (its __init__ pulls in IPython: ~0.4 s)
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise TacbError("pyvis is not installed; `pip install pyvis` (it ships vis-network)")
    lib = Path(list(spec.submodule_search_locations)[0]) / "templates" / "lib"
    builds = sorted((d for d in lib.glob("vis-*") if (d / "vis-network.min.js").is_file()
                     and (d / "vis-network.css").is_file()), key=_version_key)
    if not builds:
        raise TacbError(f"{lib}: no vis-network build found in the installed pyvis")
    d = builds[-1]
    # text mode: line ends normalised to \n, as the HTML parser will see them
    js = (d / "vis-network.min.js").read_text(encoding="utf-8")
    css = (d / "vis-network.css").read_text(encoding="utf-8")
    js = re.sub(r"</(script)", r"<\\/\1", js, flags=re.IGNORECASE)
    js = re.sub(r"^//# sourceMappingURL=.*$", "", js, flags=re.MULTILINE)   # no map to fetch
    css = re.sub(r"/\*# sourceMappingURL=.*?\*/", "", css)
    if re.search(r"</style", css, flags=re.IGNORECASE):
        raise TacbError(f"{d}/vis-network.css cannot be inlined (it contains </style)")
    return d.name.split("-", 1)[1], js, css


def _csp_hash(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode() + "'"


def app_script() -> str:
    """The page's script: :data:`SCRIPTS` joined inside one strict-mode function."""
    parts = [f"/* ---- {name} ---- */\n" + _asset(name) for name in SCRIPTS]
    return '(function () {\n"use strict";\n' + "\n".join(parts) + "\n})();\n"


def _node(n) -> dict:
    d = {"id": n.id, "k": n.kind or "_other", "zh": n.label_zh, "en": n.label_en, "sz": n.short_zh,
         "se": n.short_en, "n": n.mentions, "p": list(n.paragraphs), "names": [list(x) for x in n.names]}
    for key, val in (("iso3", n.iso3), ("m49", n.m49), ("sym", n.symbol)):
        if val:
            d[key] = val
    return d


def _edge(e, index: dict) -> dict:
    d = {"f": index[e.source], "t": index[e.target], "r": e.relation, "w": e.weight}
    optional = (("p", list(e.paragraphs)), ("q", list(e.quotes)),
                ("ql", list(e.quote_langs) if any(e.quote_langs) else None), ("m", e.modality), ("st", e.stance),
                ("az", e.amount_zh), ("ae", e.amount_en), ("per", e.period), ("yr", e.year),
                ("rb", [index.get(x, x) for x in e.requested_by]))
    for key, val in optional:
        if val:
            d[key] = val
    return d


def page_scenes(G: nx.MultiDiGraph, *, lang: str = "zh", size_by: str = "pagerank",
                title=None, seed: int = 42) -> dict[str, Scene]:
    """One scene per story view the page precomputes (all but ``ego``, which the page lays out).

    The full graph is laid out first; views too big to be laid out with their
    labels in mind keep its positions.
    """
    full = scene(G, lang=lang, size_by=size_by, title=title, seed=seed, view="full")
    positions = {n.id: (n.x, n.y) for n in full.nodes}
    out = {v.name: scene(G, lang=lang, size_by=size_by, title=title, seed=seed, view=v.name, positions=positions)
           for v in VIEWS if v.name not in ("ego", "full")}
    out["full"] = full
    return out


def page_payload(scenes: dict[str, Scene], *, view: str = "full", focus: str | None = None,
                 depth: int = 1) -> dict:
    """The JSON the page reads: nodes and edges once (from the full view), then each view's part.

    Short keys; absent values are left out. Per view: ``n`` node indices,
    ``x``, ``y`` positions (or ``shared``: those of the full view), ``s``
    sizes, ``r`` label ranks, ``v`` measure values, ``st`` stances (positions
    view), ``e`` edge indices, ``c`` curves of parallel edges.
    """
    full = scenes["full"]
    index = {n.id: i for i, n in enumerate(full.nodes)}
    edge_index = {e.key: i for i, e in enumerate(full.edges)}
    stances, modalities = {}, set()
    for sc in scenes.values():
        stances.update({s.value: s for s in sc.stances})
        modalities |= {m.value for m in sc.modalities}
    view_data = {}
    full_pos = {n.id: (n.x, n.y) for n in full.nodes}
    for name, sc in scenes.items():
        curves = [round(e.curve, 2) for e in sc.edges]
        vd = {"n": [index[n.id] for n in sc.nodes], "s": [round(n.size, 2) for n in sc.nodes],
              "r": [n.rank for n in sc.nodes], "v": [round(n.value, VALUE_DIGITS) for n in sc.nodes],
              "e": [edge_index[e.key] for e in sc.edges]}
        if name != "full" and all(full_pos[n.id] == (n.x, n.y) for n in sc.nodes):
            vd["shared"] = 1        # positions of the full view
        else:
            vd["x"] = [round(n.x, 1) for n in sc.nodes]
            vd["y"] = [round(n.y, 1) for n in sc.nodes]
        if any(curves):
            vd["c"] = curves
        if any(n.stance for n in sc.nodes):
            vd["st"] = [n.stance or 0 for n in sc.nodes]
        view_data[name] = vd
    counts = full.class_counts()
    return {
        "title": {"zh": full.title_zh, "en": full.title_en}, "lang": full.lang, "sizeBy": full.size_by,
        "view": view, "focus": focus, "depth": depth, "quiet": list(QUIET),
        "views": [{"id": v.name, "zh": v.label_zh, "en": v.label_en, "edgeLabels": v.edge_labels} for v in VIEWS],
        "classes": [{"id": c.kind or "_other", "zh": c.label_zh, "en": c.label_en, "color": c.color,
                     "shape": c.shape, "count": counts[c.kind]} for c in full.classes],
        "relations": [{"id": r.relation, "zh": r.label_zh, "en": r.label_en, "color": r.color, "arrow": r.arrow}
                      for r in full.relations],
        "stances": [{"id": s.value, "zh": s.label_zh, "en": s.label_en, "color": s.color}
                    for s in (stances[x] for x in (*STANCES, "Mixed") if x in stances)],
        "modalities": [{"id": m.value, "zh": m.label_zh, "en": m.label_en, "dashes": m.dashes}
                       for m in (modality_style(x) for x in MODALITIES if x in modalities | {"Reported"})],
        "nodes": [_node(n) for n in full.nodes],
        "edges": [_edge(e, index) for e in full.edges],
        "viewData": view_data,
    }


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment

    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_asset("graph.html.j2"))


def html_document(payload: dict) -> str:
    """The whole page for a payload (see :func:`page_payload`), as a string."""
    vis_version, vis_js, vis_css = vis_assets()
    app_js, app_css = app_script(), _asset("graph.css")
    lang = payload["lang"]
    title = payload["title"][lang]
    start = story_view(payload["view"])
    return _template().render(
        lang=lang, title=f"{title} — {start.label(lang)}", version=__version__, vis_version=vis_version,
        csp_scripts=" ".join(_csp_hash(s) for s in (vis_js, app_js)),
        vis_js=vis_js, vis_css=vis_css, app_js=app_js, app_css=app_css,
        data_json=script_json(payload),
    )


def render_html(graph: nx.MultiDiGraph, path: str | Path, *, lang: str = "zh",
                size_by: str = "pagerank", title: str | tuple[str, str] | None = None,
                seed: int = 42, view: str = "full", focus: str | None = None, depth: int = 1) -> Path:
    """Write ``graph`` as one self-contained interactive HTML page (UTF-8) with every story view.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A projection (see :func:`tacb_graph.analyse.project.project`) or,
        for the story views, a :func:`~tacb_graph.render.source.story_graph`.
    path : str or Path
        The file to write; its folder is created.
    lang : {"zh", "en"}
        The language the page opens in (it can switch).
    size_by : {"pagerank", "degree", "mentions"}
        The measure node sizes follow.
    title : str or (zh, en), optional
        The page title (default: the report's title in each language).
    seed : int
        Seed of the layouts.
    view : str
        The view the page opens on (see :mod:`tacb_graph.render.stories`).
    focus : str, optional
        The IRI of the entity selected when the page opens (the centre of ``ego``).
    depth : int
        Hops of the ego view.

    Returns
    -------
    Path
        ``path``.

    Examples
    --------
    >>> import tempfile
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("urn:a", "urn:b", key="assists", relation="assists", paragraphs=[3], quotes=["…"], weight=1)
    >>> out = render_html(G, Path(tempfile.mkdtemp()) / "g.html")
    >>> "vis.Network" in out.read_text(encoding="utf-8"), "https://cdn" in out.read_text(encoding="utf-8")
    (True, False)
    """
    story_view(view)
    if lang not in ("zh", "en"):
        raise TacbError(f"unknown language {lang!r}; choose zh or en")
    if focus is not None and focus not in graph:
        raise TacbError(f"{focus}: not in the graph")
    if view == "ego" and focus is None:
        raise TacbError("the ego view needs an entity: --focus NAME")
    scenes = page_scenes(graph, lang=lang, size_by=size_by, title=title, seed=seed)
    page = html_document(page_payload(scenes, view=view, focus=focus, depth=depth))
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise TacbError(f"{path}: cannot write the graph ({exc.strerror})") from None
    return path
