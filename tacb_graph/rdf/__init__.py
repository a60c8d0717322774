"""Stage 5 — records to RDF: IRIs, triples with paragraph provenance, validation."""

from .iris import entity_iri, footnote_iri, graph_iri, paragraph_iri, report_iri, section_iri
from .build import to_dataset

__all__ = [
    "entity_iri",
    "footnote_iri",
    "graph_iri",
    "paragraph_iri",
    "report_iri",
    "section_iri",
    "to_dataset",
]
