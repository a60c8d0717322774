"""Which media types each query form can be answered in, and writing results in them.

SELECT and ASK answer in SPARQL results formats; CONSTRUCT and DESCRIBE in RDF
formats. The first type of each list is the default. Results longer than a
cap are cut to the cap (the caller says so in a response header).

>>> OFFERS["CONSTRUCT"][0]
'text/turtle'
>>> FORMAT_NAMES["csv"]
'text/csv'
"""

from __future__ import annotations

from itertools import islice

import pyoxigraph as ox

from ..namespaces import PREFIXES

__all__ = ["RESULT_TYPES", "GRAPH_TYPES", "OFFERS", "FORMAT_NAMES", "form_of", "serialize_results", "serialize_graph"]

RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
}
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/turtle": ox.RdfFormat.TURTLE,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
OFFERS: dict[str, list[str]] = {
    "SELECT": list(RESULT_TYPES),
    "ASK": list(RESULT_TYPES),
    "CONSTRUCT": list(GRAPH_TYPES),
    "DESCRIBE": list(GRAPH_TYPES),
}
# values of the non-standard ``format=`` / ``output=`` parameter (SPARQLWrapper, browsers)
FORMAT_NAMES: dict[str, str] = {
    "json": "application/sparql-results+json, application/ld+json;q=0.9",
    "xml": "application/sparql-results+xml, application/rdf+xml;q=0.9",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
}


def form_of(results) -> str:
    """``SELECT``, ``ASK`` or ``CONSTRUCT`` (also DESCRIBE) for a pyoxigraph result."""
    if isinstance(results, ox.QueryBoolean):
        return "ASK"
    if isinstance(results, ox.QuerySolutions):
        return "SELECT"
    return "CONSTRUCT"


def _cell(term) -> str:
    return "" if term is None else str(term)


def serialize_results(results, media_type: str, cap: int) -> tuple[bytes, bool]:
    """SELECT/ASK results in ``media_type``, cut to ``cap`` rows; returns (body, truncated)."""
    fmt = RESULT_TYPES[media_type]
    if isinstance(results, ox.QueryBoolean):
        return results.serialize(format=fmt), False
    variables = results.variables
    rows = list(islice(results, cap + 1))
    truncated = len(rows) > cap
    # Re-read the kept rows through pyoxigraph's TSV parser: terms are written in their
    # escaped N-Triples form, so the result is exact and every format stays valid.
    lines = ["\t".join("?" + v.value for v in variables)]
    lines += ["\t".join(_cell(row[v]) for v in variables) for row in rows[:cap]]
    kept = ox.parse_query_results("\n".join(lines) + "\n", ox.QueryResultsFormat.TSV)
    return kept.serialize(format=fmt), truncated


def serialize_graph(triples, media_type: str, cap: int) -> tuple[bytes, bool]:
    """CONSTRUCT/DESCRIBE triples in ``media_type``, cut to ``cap`` triples; returns (body, truncated)."""
    fmt = GRAPH_TYPES[media_type]
    kept = list(islice(triples, cap + 1))
    truncated = len(kept) > cap
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD) else None
    if prefixes:
        return ox.serialize(kept[:cap], format=fmt, prefixes=prefixes), truncated
    return ox.serialize(kept[:cap], format=fmt), truncated
