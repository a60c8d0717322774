"""SHACL validation of a built graph against ``ontology/shapes.ttl`` (pySHACL)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rdflib import Dataset, Graph

__all__ = ["Validation", "validate", "ontology_graph", "shapes_graph"]


@dataclass(frozen=True)
class Validation:
    conforms: bool
    violations: int
    text: str


def _ontology_file(name: str) -> str:
    return str(resources.files("tacb_graph") / "ontology" / name)


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    """``ontology/tacb.ttl`` as an rdflib graph."""
    return Graph().parse(_ontology_file("tacb.ttl"), format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    """``ontology/shapes.ttl`` as an rdflib graph."""
    return Graph().parse(_ontology_file("shapes.ttl"), format="turtle")


def validate(data: Graph | Dataset) -> Validation:
    """Validate ``data`` (a dataset is validated as the union of its graphs)."""
    import pyshacl

    if isinstance(data, Dataset):
        union = Graph()
        for s, p, o, _g in data.quads((None, None, None, None)):
            union.add((s, p, o))
        data = union
    conforms, results, text = pyshacl.validate(
        data, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none", advanced=True
    )
    from rdflib.namespace import SH

    violations = len(set(results.subjects(predicate=SH.resultSeverity)))
    return Validation(bool(conforms), violations, text)
