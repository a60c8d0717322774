"""Counts per class in a store."""

from __future__ import annotations

import pyoxigraph as ox

from .namespaces import TACB
from .store import select

__all__ = ["class_counts"]

_Q = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class }
GROUP BY ?class ORDER BY DESC(?n) ?class
"""


def class_counts(store: ox.Store) -> list[list[str]]:
    """Rows ``[class, count]`` for every class with instances, tacb: classes shortened."""
    ns = str(TACB._NS)
    rows = []
    for sol in select(store, _Q):
        c = sol["class"].value
        rows.append([("tacb:" + c[len(ns):]) if c.startswith(ns) else c, str(sol["n"].value)])
    return rows
