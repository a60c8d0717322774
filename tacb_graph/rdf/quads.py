"""Records to Oxigraph quads, without an rdflib graph in between.

:func:`~tacb_graph.rdf.build.to_dataset` states the triples through
``ds.graph(iri).add(triple)``; a :class:`QuadSink` answers that call by turning
each rdflib term into its Oxigraph term (IRIs memoised) and keeping the quads in
a list, in the order stated. The quads go straight into a store
(``Store.extend``/``bulk_extend``) or are serialised by Oxigraph (N-Quads, TriG,
Turtle, JSON-LD). The triples are the ones the rdflib path makes — lexical forms
included, since each literal's lexical form is the one rdflib computed.

>>> from rdflib import Literal, URIRef
>>> sink = QuadSink()
>>> sink.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), Literal("多", lang="zh")))
>>> [str(q) for q in sink.quads]
['<urn:s> <urn:p> "多"@zh <urn:g>']
"""

from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import XSD

__all__ = ["QuadSink", "to_quads", "ox_term"]

_XSD_STRING = str(XSD.string)


def ox_term(term, iris: dict | None = None):
    """The Oxigraph term of an rdflib IRI or literal (``iris`` memoises IRIs).

    >>> ox_term(Literal("1.50", datatype=XSD.decimal))
    <Literal value=1.50 datatype=<NamedNode value=http://www.w3.org/2001/XMLSchema#decimal>>
    """
    if isinstance(term, URIRef):
        if iris is None:
            return ox.NamedNode(term)
        node = iris.get(term)
        if node is None:
            node = iris[term] = ox.NamedNode(term)
        return node
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and str(term.datatype) != _XSD_STRING:
            return ox.Literal(str(term), datatype=ox_term(term.datatype, iris))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        raise ValueError(f"blank node {term.n3()}: the contract mints no blank nodes")
    raise TypeError(f"not an RDF term: {term!r}")


class _Graph:
    __slots__ = ("_sink", "_name")

    def __init__(self, sink: "QuadSink", name: ox.NamedNode):
        self._sink = sink
        self._name = name

    def add(self, triple) -> None:
        s, p, o = triple
        iris = self._sink._iris
        self._sink.quads.append(ox.Quad(ox_term(s, iris), ox_term(p, iris), ox_term(o, iris), self._name))


class QuadSink:
    """Stands in for an rdflib ``Dataset`` where the RDF stage writes; keeps ``ox.Quad`` s."""

    def __init__(self) -> None:
        self.quads: list[ox.Quad] = []
        self._iris: dict = {}
        self._graphs: dict = {}

    def graph(self, identifier) -> _Graph:
        g = self._graphs.get(identifier)
        if g is None:
            g = self._graphs[identifier] = _Graph(self, ox_term(identifier, self._iris))
        return g

    def bind(self, *_args, **_kwargs) -> None:
        """Prefixes belong to the serialisations (:data:`tacb_graph.namespaces.PREFIXES`)."""

    def graph_names(self) -> list[str]:
        """The named graphs written to, in the order first written."""
        return [str(g) for g in self._graphs]


def to_quads(rec, info) -> list[ox.Quad]:
    """The quads of one report (:func:`tacb_graph.rdf.build.to_dataset`'s triples), in order.

    Quads stated twice (the same triple in the same graph) are kept once.
    """
    from .build import to_dataset

    sink = QuadSink()
    to_dataset(rec, info, into=sink)
    return list(dict.fromkeys(sink.quads))


def quads_of(quads: Iterable[ox.Quad], graphs: set[str]) -> list[ox.Quad]:
    """The quads whose graph is one of ``graphs`` (IRIs)."""
    return [q for q in quads if q.graph_name.value in graphs]
