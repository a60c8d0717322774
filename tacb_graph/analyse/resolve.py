"""Find the entity a person means: by label (zh or en), alias, ISO3, symbol or IRI.

Matching ignores case and spaces. Names are ranked: the IRI (or its tail after
``/id/``, e.g. ``state/LBY``) first, then labels, ISO3 codes and symbols, then
aliases (``skos:altLabel``); the first rank with exactly one entity wins.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pyoxigraph as ox

from ..errors import TacbError
from ..namespaces import ID_BASE
from ..rdf.iris import ENTITIES_GRAPH
from ..store import select

__all__ = ["EntityNotFound", "entity_names", "resolve_entity"]

_Q_NAMES = f"""
SELECT DISTINCT ?e ?p ?name ?zh WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{
    ?e ?p ?name .
    VALUES ?p {{ rdfs:label skos:prefLabel skos:altLabel tacb:iso3 tacb:symbol }}
    OPTIONAL {{ ?e rdfs:label ?zh . FILTER(LANGMATCHES(LANG(?zh), "zh")) }}
  }}
}}
"""

_ALIAS = "http://www.w3.org/2004/02/skos/core#altLabel"


class EntityNotFound(TacbError):
    """A name matches no entity, or more than one."""

    exit_code = 5


def _norm(text: str) -> str:
    return re.sub(r"\s+", "", text).casefold()


def entity_names(store: ox.Store) -> dict[str, dict]:
    """Every entity's names: ``{iri: {"label": display name, "names": {norm: rank}}}``.

    Rank 1 = label, ISO3 or symbol; rank 2 = alias. One SPARQL query.
    """
    out: dict[str, dict] = defaultdict(lambda: {"label": None, "names": {}})
    for row in select(store, _Q_NAMES):
        e = row["e"].value
        entry = out[e]
        if entry["label"] is None and row["zh"] is not None:
            entry["label"] = str(row["zh"].value)
        rank = 2 if row["p"].value == _ALIAS else 1
        key = _norm(str(row["name"].value))
        entry["names"][key] = min(rank, entry["names"].get(key, rank))
    for e, entry in out.items():
        entry["label"] = entry["label"] or e
        entry["names"][_norm(e)] = 0
        if e.startswith(ID_BASE):
            entry["names"][_norm(e[len(ID_BASE):])] = 0
    return dict(out)


def _describe(names: dict[str, dict], iris) -> str:
    shown = [f"{names[e]['label']} ({e[len(ID_BASE):] if e.startswith(ID_BASE) else e})"
             for e in sorted(iris)[:8]]
    more = f", … ({len(iris) - 8} more)" if len(iris) > 8 else ""
    return ", ".join(shown) + more


def resolve_entity(store: ox.Store, name: str, names: dict[str, dict] | None = None) -> str:
    """The IRI of the one entity called ``name``.

    Parameters
    ----------
    store : pyoxigraph.Store
        The store whose ``graph/entities`` holds the names.
    name : str
        A label (zh or en), alias, ISO3 code, document symbol, IRI, or IRI tail
        such as ``state/LBY``.
    names : dict, optional
        The result of :func:`entity_names`, to resolve many names with one query.

    Raises
    ------
    EntityNotFound
        With a one-line message listing the candidates: the entities the name
        fits equally well, or those whose names contain it.

    Examples
    --------
    >>> from tacb_graph.analyse.sample import sample_store
    >>> store = sample_store()
    >>> resolve_entity(store, "人权高专办"), resolve_entity(store, "lby")
    ('https://w3id.org/tacb/id/org/ohchr', 'https://w3id.org/tacb/id/state/LBY')
    >>> resolve_entity(store, "人权")
    Traceback (most recent call last):
    ...
    tacb_graph.analyse.resolve.EntityNotFound: no entity called "人权"; candidates: 人权理事会 (org/hrc), 联合国人权事务高级专员办事处 (org/ohchr)
    """
    names = entity_names(store) if names is None else names
    key = _norm(name)
    if not key:
        raise EntityNotFound("empty entity name")
    by_rank: dict[int, set[str]] = defaultdict(set)
    for e, entry in names.items():
        if key in entry["names"]:
            by_rank[entry["names"][key]].add(e)
    for rank in sorted(by_rank):
        found = by_rank[rank]
        if len(found) == 1:
            return next(iter(found))
        raise EntityNotFound(f'"{name}" is ambiguous: {_describe(names, found)}')
    close = {e for e, entry in names.items() if any(key in n for n in entry["names"])}
    hint = f"; candidates: {_describe(names, close)}" if close else ""
    raise EntityNotFound(f'no entity called "{name}"{hint}')
