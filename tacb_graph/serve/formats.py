"""Which media types each query form can be answered in, and writing results in them.

SELECT and ASK answer in SPARQL results formats; CONSTRUCT and DESCRIBE in RDF
formats. The first type of each list is the default. Results longer than a
cap are cut to the cap, and the cut shows wherever the format has room for it:
a ``link`` in the head of SPARQL JSON and XML results, a comment at the top of
Turtle, N-Triples and RDF/XML (the caller also sets a response header; CSV,
TSV and JSON-LD have only that).

>>> OFFERS["CONSTRUCT"][0]
'text/turtle'
>>> FORMAT_NAMES["csv"]
'text/csv'
"""

from __future__ import annotations

import json
from itertools import islice
from xml.sax.saxutils import quoteattr

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


def _link_results(body: bytes, fmt: ox.QueryResultsFormat, link: str) -> bytes:
    """``body`` with ``link`` in its head (SPARQL 1.1 JSON results §3.1, XML results §2.3)."""
    if fmt == ox.QueryResultsFormat.JSON:
        doc = json.loads(body)
        doc["head"]["link"] = [link]
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if fmt == ox.QueryResultsFormat.XML:
        text = body.decode("utf-8")
        head = text.index("</head>") if "</head>" in text else None
        if head is None:  # written as an empty element: <head/>
            return text.replace("<head/>", f"<head><link href={quoteattr(link)}/></head>", 1).encode("utf-8")
        return (text[:head] + f"<link href={quoteattr(link)}/>" + text[head:]).encode("utf-8")
    return body


def _note_graph(body: bytes, fmt: ox.RdfFormat, cap: int, link: str | None) -> bytes:
    note = f"truncated: only the first {cap} triples are given" + (f"; see {link}" if link else "")
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES):
        return f"# {note}\n".encode("utf-8") + body
    if fmt == ox.RdfFormat.RDF_XML:
        text = body.decode("utf-8")
        end = text.index("?>") + 2 if text.startswith("<?xml") else 0
        return (text[:end] + f"\n<!-- {note.replace('--', '- -')} -->" + text[end:]).encode("utf-8")
    return body


def serialize_results(results, media_type: str, cap: int, link: str | None = None) -> tuple[bytes, bool]:
    """SELECT/ASK results in ``media_type``, cut to ``cap`` rows; returns (body, truncated).

    A cut result carries ``link`` (the IRI describing the cap) in its head, in JSON and XML.

    >>> rows = ox.Store().query("SELECT ?n WHERE { VALUES ?n { 1 2 3 } }")
    >>> body, cut = serialize_results(rows, "application/sparql-results+json", 2, "http://h/sparql#limit")
    >>> cut, json.loads(body)["head"]
    (True, {'vars': ['n'], 'link': ['http://h/sparql#limit']})
    """
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
    body = kept.serialize(format=fmt)
    if truncated and link:
        body = _link_results(body, fmt, link)
    return body, truncated


def serialize_graph(triples, media_type: str, cap: int, link: str | None = None) -> tuple[bytes, bool]:
    """CONSTRUCT/DESCRIBE triples in ``media_type``, cut to ``cap`` triples; returns (body, truncated).

    A cut Turtle, N-Triples or RDF/XML document starts with a comment saying so.
    """
    fmt = GRAPH_TYPES[media_type]
    kept = list(islice(triples, cap + 1))
    truncated = len(kept) > cap
    prefixes = PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.JSON_LD) else None
    if prefixes:
        body = ox.serialize(kept[:cap], format=fmt, prefixes=prefixes)
    else:
        body = ox.serialize(kept[:cap], format=fmt)
    return (_note_graph(body, fmt, cap, link) if truncated else body), truncated
