"""Write node measures back into the store, as RDF in the named graph ``graph/measures``.

Each entity gets ``tacb:degree``, ``tacb:weightedDegree``, ``tacb:betweenness``,
``tacb:pagerank``, ``tacb:community``, ``tacb:coreNumber`` and
``tacb:isArticulationPoint``, so SPARQL can sort and filter by them::

    SELECT ?e ?pr WHERE { ?e tacb:pagerank ?pr } ORDER BY DESC(?pr)

The graph is replaced as a whole on every write. A new ``tacb-graph build``
replaces the store, measures included: write them again after a build.
"""

from __future__ import annotations

import pyoxigraph as ox

from ..errors import StoreError
from ..namespaces import TACB, XSD
from ..rdf.iris import graph_iri
from .measures import NodeMeasures

__all__ = ["MEASURE_PROPERTIES", "MEASURES_GRAPH", "write_measures"]

MEASURES_GRAPH = graph_iri("measures")

#: NodeMeasures field → (tacb: property local name, XSD datatype).
MEASURE_PROPERTIES: dict[str, tuple[str, str]] = {
    "degree": ("degree", str(XSD.integer)),
    "weighted_degree": ("weightedDegree", str(XSD.decimal)),
    "betweenness": ("betweenness", str(XSD.double)),
    "pagerank": ("pagerank", str(XSD.double)),
    "community": ("community", str(XSD.integer)),
    "core_number": ("coreNumber", str(XSD.integer)),
    "is_articulation_point": ("isArticulationPoint", str(XSD.boolean)),
}


def _literal(value, datatype: str) -> ox.Literal:
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(datatype))
    if datatype == str(XSD.double):
        return ox.Literal(repr(float(value)), datatype=ox.NamedNode(datatype))
    return ox.Literal(str(value), datatype=ox.NamedNode(datatype))


def _quads(measures: list[NodeMeasures]) -> list[ox.Quad]:
    g = ox.NamedNode(str(MEASURES_GRAPH))
    ns = str(TACB._NS)
    quads = []
    for m in measures:
        if m.kind == "Paragraph":
            continue
        s = ox.NamedNode(m.iri)
        for field, (name, datatype) in MEASURE_PROPERTIES.items():
            quads.append(ox.Quad(s, ox.NamedNode(ns + name), _literal(getattr(m, field), datatype), g))
    return quads


def write_measures(store: ox.Store, measures: list[NodeMeasures]) -> int:
    """Replace the graph ``graph/measures`` with ``measures``; return its triple count.

    Parameters
    ----------
    store : pyoxigraph.Store
        A writable store (``open_store(path, read_only=False)``).
    measures : list of NodeMeasures
        From :func:`~tacb_graph.analyse.measures.compute_measures`; paragraph
        nodes of a bipartite view are skipped.

    Raises
    ------
    StoreError
        If the store cannot be written (e.g. it was opened read-only).

    Examples
    --------
    >>> from tacb_graph.analyse import compute_measures, project
    >>> from tacb_graph.analyse.sample import sample_store
    >>> from tacb_graph.store import select
    >>> store = sample_store()
    >>> write_measures(store, compute_measures(project(store)))
    21
    >>> rows = select(store, "SELECT ?e WHERE { ?e tacb:pagerank ?pr } ORDER BY DESC(?pr)")
    >>> rows[0]["e"].value
    'https://w3id.org/tacb/id/org/ohchr'
    """
    quads = _quads(measures)
    g = ox.NamedNode(str(MEASURES_GRAPH))
    try:
        if g in store.named_graphs():
            store.remove_graph(g)
        store.extend(quads)
        store.flush()
    except (OSError, RuntimeError) as exc:  # RuntimeError: a read-only store
        raise StoreError(f"cannot write the measures into the store ({' '.join(str(exc).split())}); "
                         "is it open read-only or in use?") from None
    return len(quads)
