"""The interactive graph: one self-contained HTML file, safe for any report text.

The page is our own Jinja2 template (``render/assets/graph.html.j2``) with
vis-network's standalone build inlined from the installed pyvis
(``pyvis/templates/lib/vis-*/``), our script (``graph.js``) and style sheet
(``graph.css``). Nothing is fetched: a Content-Security-Policy allows only the
page's own inline scripts (by hash) and ``data:`` images.

Report text never becomes markup: the scene travels as JSON in a
``<script type="application/json">`` block with ``<``, ``>``, ``&``, U+2028 and
U+2029 escaped, and the script builds tooltips with ``textContent``.

Once drawn (and, for small graphs, settled by physics) the page sets
``window.tacbGraph.ready`` and fires a ``tacb:ready`` event; benchmarks and
tests wait for it.
"""

from __future__ import annotations

import importlib.util

import base64
import hashlib
import json
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

import networkx as nx

from .. import __version__
from ..errors import TacbError
from .scene import Scene, scene

__all__ = ["render_html", "html_document", "scene_payload", "script_json", "vis_assets"]

_JSON_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                               "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_json(data) -> str:
    """JSON that is safe inside ``<script type="application/json">``.

    >>> script_json({"label": "</script><b>&\u2028"})
    '{"label":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026\\\\u2028"}'
    """
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_JSON_ESCAPES)


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


def scene_payload(sc: Scene) -> dict:
    """The scene as the JSON the page reads (short keys; absent values left out)."""
    cls_count = sc.class_counts()
    rel_count = sc.relation_counts()

    def node(n):
        d = {"id": n.id, "k": n.kind or "_other", "zh": n.label_zh, "en": n.label_en,
             "n": n.mentions, "p": list(n.paragraphs), "v": round(n.value, 6),
             "s": round(n.size, 2), "x": round(n.x, 2), "y": round(n.y, 2)}
        for key, val in (("iso3", n.iso3), ("m49", n.m49), ("sym", n.symbol)):
            if val:
                d[key] = val
        return d

    def edge(e):
        d = {"f": e.source, "t": e.target, "r": e.relation, "w": e.weight}
        if e.paragraphs:
            d["p"] = list(e.paragraphs)
        if e.quotes:
            d["q"] = list(e.quotes)
        if e.curve:
            d["c"] = e.curve
        return d

    return {
        "title": sc.title, "lang": sc.lang, "sizeBy": sc.size_by, "physics": sc.physics,
        "classes": [{"id": c.kind or "_other", "zh": c.label_zh, "en": c.label_en, "color": c.color,
                     "shape": c.shape, "count": cls_count[c.kind]} for c in sc.classes],
        "relations": [{"id": r.relation, "zh": r.label_zh, "en": r.label_en, "color": r.color,
                       "dashes": r.dashes, "arrow": r.arrow, "count": rel_count[r.relation]}
                      for r in sc.relations],
        "nodes": [node(n) for n in sc.nodes],
        "edges": [edge(e) for e in sc.edges],
    }


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment

    env = Environment(autoescape=True, keep_trailing_newline=True)
    return env.from_string(_asset("graph.html.j2"))


def html_document(sc: Scene) -> str:
    """The whole page for a scene, as a string."""
    vis_version, vis_js, vis_css = vis_assets()
    app_js, app_css = _asset("graph.js"), _asset("graph.css")
    return _template().render(
        lang=sc.lang, title=sc.title, version=__version__, vis_version=vis_version,
        csp_scripts=" ".join(_csp_hash(s) for s in (vis_js, app_js)),
        vis_js=vis_js, vis_css=vis_css, app_js=app_js, app_css=app_css,
        data_json=script_json(scene_payload(sc)),
    )


def render_html(graph: nx.MultiDiGraph, path: str | Path, *, lang: str = "zh",
                size_by: str = "pagerank", title: str | None = None,
                physics: bool | None = None, seed: int = 42) -> Path:
    """Write ``graph`` as one self-contained interactive HTML page (UTF-8).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A projection (see :func:`tacb_graph.analyse.project.project`), perhaps
        narrowed by :mod:`tacb_graph.analyse.ego`.
    path : str or Path
        The file to write; its folder is created.
    lang : {"zh", "en"}
        The language labels start in (the page can switch).
    size_by : {"pagerank", "degree", "mentions"}
        The measure node sizes follow.
    title : str, optional
        The page title.
    physics : bool, optional
        Settle the layout in the browser; default: graphs up to 300 nodes.
    seed : int
        Seed of the layout.

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
    sc = scene(graph, lang=lang, size_by=size_by, title=title, physics=physics, seed=seed)
    path = Path(path)
    page = html_document(sc)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page, encoding="utf-8", newline="\n")
    except OSError as exc:
        raise TacbError(f"{path}: cannot write the graph ({exc.strerror})") from None
    return path
