"""Counts per class in a store, and what each report says of itself."""

from __future__ import annotations

import pyoxigraph as ox

from .namespaces import TACB
from .store import select

__all__ = ["class_counts", "report_metadata"]

_Q = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class }
GROUP BY ?class ORDER BY DESC(?n) ?class
"""

#: (label shown, property, how the value is shown: "value" or "label" of the node it points to)
_FIELDS = (
    ("file", "tacb:sourceFile", "value"),
    ("symbol", "tacb:symbol", "value"),
    ("title", "dcterms:title", "value"),
    ("date", "dcterms:date", "value"),
    ("language", "dcterms:language", "value"),
    ("original language", "tacb:originalLanguage", "value"),
    ("author", "dcterms:creator", "label"),
    ("session", "tacb:atSession", "label"),
    ("agenda item", "tacb:agendaItem", "value"),
    ("agenda item title", "tacb:agendaItemTitle", "value"),
    ("submitted pursuant to", "tacb:submittedPursuantTo", "label"),
    ("requested by", "tacb:requestedBy", "label"),
    ("job number", "tacb:jobNumber", "value"),
    ("layout", "tacb:layout", "value"),
)

_META = """
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?r ?p ?v ?label WHERE {
  ?r a tacb:Report ; ?p ?v .
  VALUES ?p { %s }
  OPTIONAL { ?v rdfs:label ?en FILTER(lang(?en) = "en") }
  OPTIONAL { ?v rdfs:label ?any }
  BIND(COALESCE(?en, ?any) AS ?label)
}
"""


def class_counts(store: ox.Store) -> list[list[str]]:
    """Rows ``[class, count]`` for every class with instances, tacb: classes shortened."""
    ns = str(TACB._NS)
    rows = []
    for sol in select(store, _Q):
        c = sol["class"].value
        rows.append([("tacb:" + c[len(ns):]) if c.startswith(ns) else c, str(sol["n"].value)])
    return rows


def report_metadata(store: ox.Store) -> list[tuple[str, list[list[str]]]]:
    """For each report: its IRI and rows ``[field, value]`` of what it says of itself
    (symbol, title, date, languages, author, session, agenda item, mandate, job
    number, layout), in a fixed order; fields without a value are left out."""
    order = {prop: i for i, (_l, prop, _h) in enumerate(_FIELDS)}
    names = {prop: (label, how) for label, prop, how in _FIELDS}
    found: dict[str, dict[str, set[str]]] = {}
    expand = {"tacb:": str(TACB._NS), "dcterms:": "http://purl.org/dc/terms/"}
    back = {}
    for _label, prop, _how in _FIELDS:
        prefix, local = prop.split(":")
        back[expand[prefix + ":"] + local] = prop
    for sol in select(store, _META % " ".join(_FIELDS_ALL)):
        prop = back[sol["p"].value]
        label, how = names[prop]
        value = sol["label"].value if how == "label" and sol["label"] is not None else sol["v"].value
        found.setdefault(sol["r"].value, {}).setdefault(prop, set()).add(value)
    out = []
    for report in sorted(found):
        rows = [[names[p][0], v] for p in sorted(found[report], key=order.get) for v in sorted(found[report][p])]
        out.append((report, rows))
    return out


_FIELDS_ALL = tuple(p for _l, p, _h in _FIELDS)
