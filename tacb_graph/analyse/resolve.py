"""Find the entity a person means: by label (zh or en), alias, ISO3, symbol or IRI.

Matching ignores case, spaces and compatibility forms (NFKC: full-width
"ＯＨＣＨＲ" is "OHCHR"). Names are ranked: the IRI (or its tail after
``/id/``, e.g. ``state/LBY``) first, then labels, short labels
(``tacb:shortLabel``), ISO3 codes and symbols, then aliases
(``skos:altLabel``); the first rank with exactly one entity wins. A name that
fits no entity exactly gives the candidates whose names contain it.

The same rules run in the interactive page's search box (``render/assets``),
on the names table :func:`entity_names` builds; the CLI's ``--focus`` and the
page therefore pick the same entity for the same text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from ..errors import TacbError
from ..namespaces import ID_BASE
from ..rdf.iris import ENTITIES_GRAPH
from ..store import select

__all__ = ["EntityNotFound", "Match", "entity_names", "match_entity", "resolve_entity", "norm",
           "RANK_IRI", "RANK_NAME", "RANK_ALIAS"]

#: Ranks of a name: the IRI, a label / short label / code / symbol, an alias.
RANK_IRI, RANK_NAME, RANK_ALIAS = 0, 1, 2

_Q_NAMES = f"""
SELECT DISTINCT ?e ?p ?name ?zh WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{
    ?e ?p ?name .
    VALUES ?p {{ rdfs:label skos:prefLabel skos:altLabel tacb:shortLabel tacb:iso3 tacb:symbol }}
    OPTIONAL {{ ?e rdfs:label ?zh . FILTER(LANGMATCHES(LANG(?zh), "zh")) }}
  }}
}}
"""

_ALIAS = "http://www.w3.org/2004/02/skos/core#altLabel"


class EntityNotFound(TacbError):
    """A name matches no entity, or more than one."""

    exit_code = 5


def norm(text: str) -> str:
    """The form names are compared in: NFKC, no white space, case-folded.

    >>> norm(" Ｏffice of\\tOHCHR ")
    'officeofohchr'
    """
    return _SPACES.sub("", unicodedata.normalize("NFKC", text)).casefold()


_SPACES = re.compile(r"\s+")


_norm = norm   # the name this module used before


def entity_names(store: ox.Store) -> dict[str, dict]:
    """Every entity's names: ``{iri: {"label": display name, "names": {norm: rank}, "terms": [...]}}``.

    Rank 0 = the IRI or its tail, 1 = label, short label, ISO3 or symbol,
    2 = alias. ``terms`` lists ``(property local name, value, language)`` as
    stored, for callers that choose labels (the renderer). One SPARQL query.
    """
    out: dict[str, dict] = defaultdict(lambda: {"label": None, "names": {}, "terms": []})
    for row in select(store, _Q_NAMES):
        e = row["e"].value
        entry = out[e]
        if entry["label"] is None and row["zh"] is not None:
            entry["label"] = str(row["zh"].value)
        prop = row["p"].value
        rank = RANK_ALIAS if prop == _ALIAS else RANK_NAME
        value = str(row["name"].value)
        key = norm(value)
        entry["names"][key] = min(rank, entry["names"].get(key, rank))
        lang = getattr(row["name"], "language", None)
        entry["terms"].append((re.split(r"[#/]", prop)[-1], value, lang))
    for e, entry in out.items():
        entry["label"] = entry["label"] or e
        entry["names"][norm(e)] = RANK_IRI
        if e.startswith(ID_BASE):
            entry["names"][norm(e[len(ID_BASE):])] = RANK_IRI
        entry["terms"].sort(key=lambda t: (t[0], t[2] or "", t[1]))
    return dict(out)


@dataclass(frozen=True)
class Match:
    """What a name fits: one ``iri``; or several equally (``ambiguous``); or ``candidates`` containing it."""

    iri: str | None
    ambiguous: tuple[str, ...] = ()
    candidates: tuple[str, ...] = ()


def match_entity(names: dict[str, dict], name: str) -> Match:
    """Match ``name`` against a names table (see :func:`entity_names`); never raises.

    Examples
    --------
    >>> names = {"urn:a": {"names": {"ohchr": 2, "office": 1}}, "urn:b": {"names": {"ohchrwestafrica": 1}}}
    >>> match_entity(names, "OHCHR")
    Match(iri='urn:a', ambiguous=(), candidates=())
    >>> match_entity(names, "west")
    Match(iri=None, ambiguous=(), candidates=('urn:b',))
    """
    key = norm(name)
    if not key:
        return Match(None)
    by_rank: dict[int, set[str]] = defaultdict(set)
    for e, entry in names.items():
        rank = entry["names"].get(key)
        if rank is not None:
            by_rank[rank].add(e)
    for rank in sorted(by_rank):
        found = by_rank[rank]
        if len(found) == 1:
            return Match(next(iter(found)))
        return Match(None, ambiguous=tuple(sorted(found)))
    close = sorted(e for e, entry in names.items() if any(key in n for n in entry["names"]))
    return Match(None, candidates=tuple(close))


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
        A label (zh or en), short label, alias, ISO3 code, document symbol,
        IRI, or IRI tail such as ``state/LBY``.
    names : dict, optional
        The result of :func:`entity_names` (perhaps with more names added), to
        resolve many names with one query.

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
    if not norm(name):
        raise EntityNotFound("empty entity name")
    match = match_entity(names, name)
    if match.iri:
        return match.iri
    if match.ambiguous:
        raise EntityNotFound(f'"{name}" is ambiguous: {_describe(names, match.ambiguous)}')
    hint = f"; candidates: {_describe(names, match.candidates)}" if match.candidates else ""
    raise EntityNotFound(f'no entity called "{name}"{hint}')
