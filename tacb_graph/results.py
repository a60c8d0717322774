"""Formatting SPARQL results for people (table) and tools (CSV, JSON, …)."""

from __future__ import annotations

import pyoxigraph as ox

__all__ = ["format_results", "format_table", "term_text"]

_RESULT_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
_GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "table": ox.RdfFormat.TURTLE,
    "csv": ox.RdfFormat.N_TRIPLES,
    "tsv": ox.RdfFormat.N_TRIPLES,
    "json": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}


def term_text(term) -> str:
    """Plain text of an Oxigraph term (IRI, literal value) or '' for unbound."""
    if term is None:
        return ""
    return str(term.value)


def format_table(header: list[str], rows: list[list[str]]) -> str:
    """A plain text table with aligned columns.

    >>> print(format_table(["a", "b"], [["1", "中国"]]), end="")
    a  b
    -  ----
    1  中国
    """
    def width(s: str) -> int:
        return sum(2 if ord(c) > 0x2E80 else 1 for c in s)

    cols = [max([width(h)] + [width(r[i]) for r in rows]) for i, h in enumerate(header)]
    def line(cells):
        return "  ".join(c + " " * (w - width(c)) for c, w in zip(cells, cols)).rstrip() + "\n"
    out = line(header) + line(["-" * w for w in cols])
    for r in rows:
        out += line(r)
    return out


def format_results(results, fmt: str = "table") -> str:
    """Serialize query results: SELECT/ASK as table, csv, tsv, json or xml;
    CONSTRUCT/DESCRIBE as turtle, ntriples or jsonld."""
    if isinstance(results, ox.QueryBoolean):
        if fmt in _RESULT_FORMATS:
            return results.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")
        return ("true" if bool(results) else "false") + "\n"
    if isinstance(results, ox.QuerySolutions):
        if fmt == "table":
            names = [v.value for v in results.variables]
            rows = [[term_text(sol[n]) for n in names] for sol in results]
            return format_table(names, rows) + f"({len(rows)} rows)\n"
        if fmt not in _RESULT_FORMATS:
            raise ValueError(f"format {fmt} does not fit a SELECT query")
        return results.serialize(format=_RESULT_FORMATS[fmt]).decode("utf-8")
    return ox.serialize(results, format=_GRAPH_FORMATS[fmt]).decode("utf-8")
