"""Checking a built graph against the ontology: SHACL shapes (pySHACL) and domains and ranges.

:func:`validate` runs ``ontology/shapes.ttl`` over the union of the named graphs
together with ``ontology/tacb.ttl``, by default after RDFS inference, so a
``rdfs:domain`` or ``rdfs:range`` that contradicts the data shows up as a
violation. :func:`domain_range_conflicts` says it directly: every triple
whose subject or object the ontology would give a type the data does not
state, and every literal whose datatype is not the declared range.

>>> from rdflib import Graph, Literal
>>> from tacb_graph.namespaces import ID, TACB
>>> g = Graph()
>>> _ = g.add((ID["report/r/section/1"], RDF.type, TACB.Section))
>>> _ = g.add((ID["report/r/section/1"], TACB.title, Literal("导言", lang="zh")))
>>> domain_range_conflicts(g)
[]
>>> _ = g.add((ID["report/r/section/1"], TACB.hasFootnote, ID["report/r/footnote/1"]))
>>> _ = g.add((ID["report/r/section/1"], TACB.numeral, Literal("一", lang="zh")))
>>> for c in sorted(domain_range_conflicts(g)): print(c)
<https://w3id.org/tacb/id/report/r/section/1> tacb:hasFootnote …: the subject is not a tacb:Paragraph (rdfs:domain)
<https://w3id.org/tacb/id/report/r/section/1> tacb:numeral "一"@zh: a rdf:langString literal, not a xsd:string (rdfs:range)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, XSD

from ..errors import TacbError
from ..namespaces import PREFIXES
from ..package_data import ontology_file

__all__ = ["Validation", "validate", "domain_range_conflicts", "ontology_graph", "shapes_graph"]


@dataclass(frozen=True)
class Validation:
    """The outcome of :func:`validate`: ``text`` is pySHACL's report."""

    conforms: bool
    violations: int
    text: str


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """``ontology/tacb.ttl`` as an rdflib graph."""
    return Graph().parse(ontology_file("tacb.ttl"), format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """``ontology/shapes.ttl`` as an rdflib graph."""
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def _union(data: Graph | Dataset) -> Graph:
    if not isinstance(data, Dataset):
        return data
    union = Graph()
    for s, p, o, _g in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate(data: Graph | Dataset, inference: str = "rdfs") -> Validation:
    """Validate ``data`` against the shapes (a dataset is validated as the union of its graphs).

    Parameters
    ----------
    data : rdflib.Graph or rdflib.Dataset
        A built graph, e.g. :func:`tacb_graph.pipeline.to_rdf`'s dataset.
    inference : str
        ``"rdfs"`` (default): the RDFS entailments of the data and the ontology
        are added first, so domains, ranges and sub-classes take effect;
        ``"none"``: the data as written.

    Raises
    ------
    TacbError
        If pySHACL is not installed (it comes with the ``validate`` extra).
    """
    try:
        import pyshacl
    except ModuleNotFoundError:
        raise TacbError("validation needs the validate extra: pip install 'tacb-graph[validate]'") from None

    conforms, results, text = pyshacl.validate(
        _union(data), shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference=inference, advanced=True
    )
    violations = len(set(results.subjects(predicate=SH.resultSeverity)))
    return Validation(bool(conforms), violations, text)


def _superclasses(ontology: Graph) -> dict[URIRef, set[URIRef]]:
    closure: dict[URIRef, set[URIRef]] = {}
    for c in set(ontology.subjects(RDFS.subClassOf)) | set(ontology.objects(RDFS.subClassOf)):
        closure[c] = set(ontology.transitive_objects(c, RDFS.subClassOf))
    return closure


def _short(term) -> str:
    s = str(term)
    for prefix, ns in PREFIXES.items():
        if prefix != "tacbid" and s.startswith(ns):
            return f"{prefix}:{s[len(ns):]}"
    return term.n3()


def domain_range_conflicts(data: Graph | Dataset, ontology: Graph | None = None) -> list[str]:
    """Triples of ``data`` that contradict a ``rdfs:domain`` or ``rdfs:range`` of the ontology.

    A subject (object) conflicts when the data types it with no class that is,
    or is a sub-class of, the property's domain (range) — RDFS inference would
    then give it a type the data never meant. A literal conflicts when its
    datatype (``rdf:langString`` for a tagged string) is not the range.
    Typing comes from the data and the ontology's own individuals; untyped
    IRIs are not judged. One message per property, subject or object and kind.
    """
    ontology = ontology if ontology is not None else ontology_graph()
    g = _union(data)
    supers = _superclasses(ontology)
    types: dict = {}
    for source in (g, ontology):
        for s, c in source.subject_objects(RDF.type):
            types.setdefault(s, set()).update(supers.get(c, {c}))
    domains = {p: set(ontology.objects(p, RDFS.domain)) for p in set(ontology.subjects(RDFS.domain))}
    ranges = {p: set(ontology.objects(p, RDFS.range)) for p in set(ontology.subjects(RDFS.range))}
    out: list[str] = []
    seen = set()

    def report(key, message):
        if key not in seen:
            seen.add(key)
            out.append(message)

    for s, p, o in g:
        for d in domains.get(p, ()):
            if s in types and d not in types[s]:
                report((s, p, "domain"), f"{s.n3()} {_short(p)} …: the subject is not a {_short(d)} (rdfs:domain)")
        for r in ranges.get(p, ()):
            if isinstance(o, Literal):
                datatype = o.datatype or (RDF.langString if o.language else XSD.string)
                if r != RDFS.Literal and datatype != r:
                    report((p, datatype, "range"), f"{s.n3()} {_short(p)} {o.n3()}: a {_short(datatype)} literal, "
                                                   f"not a {_short(r)} (rdfs:range)")
            elif o in types and r not in types[o]:
                report((o, p, "range"), f"{s.n3()} {_short(p)} {o.n3()}: the object is not a {_short(r)} (rdfs:range)")
    return out
