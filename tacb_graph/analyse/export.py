"""Write a projection as GraphML or GEXF, for Gephi, Cytoscape, yEd …

Both formats take only scalar attributes: :func:`graphml_safe` turns lists
into JSON strings (``[2, 6]`` → ``"[2, 6]"``) and ``None`` into ``""``, and
adds a ``label`` to each node (its Chinese label, else English, else IRI).
"""

from __future__ import annotations

import json
import os

import networkx as nx

from ..errors import TacbError

__all__ = ["graphml_safe", "write_graphml", "write_gexf"]


def _safe(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set, frozenset, dict)):
        return json.dumps(sorted(value) if isinstance(value, (set, frozenset)) else value,
                          ensure_ascii=False)
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def graphml_safe(G: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``G`` whose attributes are all str, int, float or bool.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("n", label_zh="利比亚", iso3=None, paragraphs=[2, 6])
    >>> _ = G.add_edge("n", "n", key="assists", quotes=["开发署协助利比亚。"])
    >>> H = graphml_safe(G)
    >>> H.nodes["n"]
    {'label_zh': '利比亚', 'iso3': '', 'paragraphs': '[2, 6]', 'label': '利比亚'}
    >>> H.edges["n", "n", "assists"]["quotes"]
    '["开发署协助利比亚。"]'
    """
    H = nx.MultiDiGraph()
    H.graph.update({k: _safe(v) for k, v in G.graph.items()})
    for n, d in G.nodes(data=True):
        attrs = {k: _safe(v) for k, v in d.items()}
        attrs.setdefault("label", d.get("label_zh") or d.get("label_en") or str(n))
        H.add_node(n, **attrs)
    for u, v, k, d in G.edges(keys=True, data=True):
        H.add_edge(u, v, key=k, **{a: _safe(x) for a, x in d.items()})
    return H


def _write(writer, G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    try:
        writer(graphml_safe(G), path)
    except OSError as exc:
        raise TacbError(f"{path}: cannot write ({exc.strerror or exc})") from None


def write_graphml(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``G`` as GraphML (attributes made safe by :func:`graphml_safe`).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph([("a", "b", {"paragraphs": [1]})])
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "g.graphml"
    >>> write_graphml(G, path)
    >>> list(nx.read_graphml(path).edges(data="paragraphs"))
    [('a', 'b', '[1]')]
    """
    _write(nx.write_graphml, G, path)


def write_gexf(G: nx.MultiDiGraph, path: str | os.PathLike[str]) -> None:
    """Write ``G`` as GEXF 1.2 (attributes made safe by :func:`graphml_safe`).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> G = nx.MultiDiGraph([("a", "b", {"weight": 2})])
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "g.gexf"
    >>> write_gexf(G, path)
    >>> list(nx.read_gexf(path).edges(data="weight"))
    [('a', 'b', 2.0)]
    """
    _write(nx.write_gexf, G, path)
