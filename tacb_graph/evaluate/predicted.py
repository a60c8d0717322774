"""What the graph says about the gold's units: entities, facts with modality, stances, contributions.

A gold report is found in the graph by the ``tacb:sha256`` of its text (report
IRIs come from the UN symbol or the text's hash, never from the file name the
gold's ``report`` slug is), else — with a warning — by its ``symbol``. Its
paragraphs and footnotes are the nodes ``tacb:inReport`` it with that number;
each one's named graph holds what was read there:

* entities — ``<unit> tacb:mentions ?e`` with ``?e a tacb:<Class>`` (the most
  specific known class: a ``tacb:Session`` that is also a ``tacb:Event`` counts
  as a Session only);
* facts — plain edges ``?s tacb:P ?o`` are Reported; ``rdf:Statement`` nodes
  (``rdf:subject`` / ``rdf:predicate`` / ``rdf:object``) carry ``tacb:modality``
  (Reported when absent) and ``tacb:requestedBy``;
* stances and contributions — their nodes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from urllib.parse import unquote

import pyoxigraph as ox

from ..namespaces import ID_BASE, TACB
from ..store import open_dataset, run_query
from .gold import ENTITY_CLASSES, RELATIONS, REPORT, REPORTED, UNIT, Fact, Gold, UnitKey, contribution_key, norm_relation

__all__ = ["Predicted", "read_predicted", "open_graph", "superclasses", "marks_modality"]

TACB_NS = str(TACB._NS)
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def open_graph(store_or_path) -> tuple[ox.Store, str]:
    if isinstance(store_or_path, ox.Store):
        return store_or_path, "<store>"
    return open_dataset(store_or_path), str(store_or_path)


def marks_modality(store: ox.Store) -> bool:
    """Whether any fact node of the graph carries a ``tacb:modality`` (graphs built before modality do not)."""
    return bool(run_query(store, "ASK { ?f a rdf:Statement ; tacb:modality ?m }"))


@lru_cache(maxsize=1)
def superclasses() -> dict[str, frozenset[str]]:
    """Every scored entity class → its scored superclasses, from ``ontology/tacb.ttl``.

    >>> sorted(superclasses()["Session"]), sorted(superclasses()["Resolution"])
    (['Event'], ['Document'])
    """
    from rdflib.namespace import RDFS

    from ..rdf.validate import ontology_graph

    g = ontology_graph()
    out = {}
    for cls in ENTITY_CLASSES:
        ups = {str(o) for o in g.transitive_objects(TACB[cls], RDFS.subClassOf)}
        out[cls] = frozenset(c for c in ENTITY_CLASSES if c != cls and TACB_NS + c in ups)
    return out


@dataclass
class Predicted:
    """Per unit: entities (class, id), facts (s, p, o, modality), plain edges (s, p, o), who asked, stances, contributions."""

    entities: dict[UnitKey, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    relations: dict[UnitKey, set[Fact]] = field(default_factory=lambda: defaultdict(set))
    edges: dict[UnitKey, set[tuple[str, str, str]]] = field(default_factory=lambda: defaultdict(set))
    requesters: dict[UnitKey, dict[Fact, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    stances: dict[UnitKey, dict[tuple[str, str], set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    contributions: dict[UnitKey, set[tuple]] = field(default_factory=lambda: defaultdict(set))
    reports: dict[str, str] = field(default_factory=dict)  # slug -> report IRI found in the graph
    warnings: list[str] = field(default_factory=list)


def _local(term) -> str | None:
    if isinstance(term, ox.NamedNode) and term.value.startswith(TACB_NS):
        return term.value[len(TACB_NS):]
    return None


def _literal(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _find_reports(store: ox.Store, gold: Gold, pred: Predicted) -> None:
    """Each gold report's IRI in the graph: the report with the ``tacb:sha256`` of the
    text the gold annotates, else (with a warning) the report with the gold's symbol."""
    for slug, sha in sorted(gold.sha256.items()):
        by_sha = []
        if sha:
            by_sha = sorted(s["r"].value for s in run_query(
                store, f"SELECT DISTINCT ?r WHERE {{ ?r a tacb:Report ; tacb:sha256 {_literal(sha)} }}"))
        if by_sha:
            pred.reports[slug] = by_sha[0]
            continue
        symbol = gold.symbols.get(slug)
        by_symbol = sorted((s["r"].value, s["sha"].value if s["sha"] is not None else "") for s in run_query(
            store, f"SELECT DISTINCT ?r ?sha WHERE {{ ?r a tacb:Report ; tacb:symbol {_literal(symbol)} "
                   "OPTIONAL { ?r tacb:sha256 ?sha } }")) if symbol else []
        if len(by_symbol) == 1:
            pred.reports[slug] = by_symbol[0][0]
            if sha:
                pred.warnings.append(f"report {slug!r}: the graph was built from another text "
                                     f"(sha256 {by_symbol[0][1][:12]}…) than the one the gold annotates ({sha[:12]}…)")
            continue
        if by_symbol:
            what = f"{len(by_symbol)} reports have its symbol {symbol} ({', '.join(r for r, _ in by_symbol)}) " \
                   "and none its text"
        elif sha:
            what = f"no report with the text's sha256 {sha[:12]}…" + (f" or its symbol {symbol}" if symbol else "")
        else:
            what = f"no report with its symbol {symbol}" if symbol else "the gold gives neither source_sha256 nor symbol"
        pred.warnings.append(f"report {slug!r} is not in the graph ({what}): every gold fact of it counts as a miss")


def _unit_iris(store: ox.Store, keys: list[UnitKey], pred: Predicted) -> dict[str, UnitKey]:
    by_iri: dict[str, UnitKey] = {}
    wanted = set(keys)
    for slug, rep in pred.reports.items():
        for sol in run_query(store, f"""SELECT ?u ?kind ?n WHERE {{ ?u tacb:inReport <{rep}> ; a ?kind ; tacb:number ?n .
                                        FILTER(?kind IN (tacb:Paragraph, tacb:Footnote)) }}"""):
            kind = "paragraph" if _local(sol["kind"]) == "Paragraph" else "footnote"
            try:
                key = (slug, kind, int(sol["n"].value))
            except ValueError:
                continue
            if key in wanted:
                by_iri[sol["u"].value] = key
    found = set(by_iri.values())
    for key in keys:  # units the report does not list: look under the report's IRI
        report, kind, n = key
        base = pred.reports.get(report)
        if key not in found and base:
            by_iri[f"{base}/{kind}/{n}"] = key
    return by_iri


def read_predicted(store: ox.Store, gold: Gold) -> Predicted:
    """Read from ``store`` what it says about each unit of ``gold``."""
    pred = Predicted()
    _find_reports(store, gold, pred)
    keys = [u.key for u in gold.units]
    if not keys:
        return pred
    by_iri = _unit_iris(store, keys, pred)
    unit_of = {k: i for i, k in by_iri.items()}
    values = "VALUES ?g { " + " ".join(f"<{i}>" for i in by_iri) + " }"

    def term_key(term, key: UnitKey) -> str:
        if isinstance(term, ox.NamedNode):
            v = term.value
            if v == unit_of[key]:
                return UNIT
            if v == pred.reports.get(key[0]):
                return REPORT
            return unquote(v[len(ID_BASE):]) if v.startswith(ID_BASE) else v
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        return term.value if term is not None else ""

    def rows(sparql: str):
        for sol in run_query(store, sparql):
            key = by_iri[sol["g"].value]
            yield key, sol, (lambda t, key=key: term_key(t, key))

    classes: dict[tuple[UnitKey, str], set[str]] = defaultdict(set)
    for key, sol, k in rows(f"SELECT ?g ?e ?class WHERE {{ {values} GRAPH ?g {{ ?g tacb:mentions ?e }} "
                            "?e a ?class }"):
        cls = _local(sol["class"])
        if cls:
            classes[(key, k(sol["e"]))].add(cls)
    ups = superclasses()
    for (key, e), found in classes.items():
        covered = set().union(*(ups.get(c, ()) for c in found))
        for cls in found - covered:
            pred.entities[key].add((cls, e))

    props = " ".join(f"tacb:{p}" for p in RELATIONS)
    # (an act of help's own funder, ``?assistance tacb:fundedBy ?f``, is a property of that node: the gold
    # names relations between entities only)
    for key, sol, k in rows(f"SELECT ?g ?s ?p ?o WHERE {{ {values} VALUES ?p {{ {props} }} GRAPH ?g {{ ?s ?p ?o }} "
                            "FILTER NOT EXISTS { GRAPH ?any { ?s a tacb:Assistance } } }"):
        s, p, o = k(sol["s"]), _local(sol["p"]), k(sol["o"])
        fact = norm_relation(s, p, o, REPORTED)
        pred.edges[key].add(fact[:3])
        pred.relations[key].add(fact)
    for key, sol, k in rows(f"""SELECT ?g ?f ?s ?p ?o ?m ?by WHERE {{ {values} VALUES ?p {{ {props} }}
                                  GRAPH ?g {{ ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                                  OPTIONAL {{ ?f tacb:modality ?m }} OPTIONAL {{ ?f tacb:requestedBy ?by }} }} }}"""):
        m = _local(sol["m"]) if sol["m"] is not None else REPORTED
        fact = norm_relation(k(sol["s"]), _local(sol["p"]), k(sol["o"]), m or k(sol["m"]))
        pred.relations[key].add(fact)
        if sol["by"] is not None:
            pred.requesters[key][fact].add(k(sol["by"]))
    for key, sol, k in rows(f"SELECT ?g ?h ?c ?v WHERE {{ {values} GRAPH ?g {{ ?x a tacb:Stance ; "
                            "tacb:holder ?h ; tacb:onConcept ?c ; tacb:stanceValue ?v } }"):
        pred.stances[key][(k(sol["h"]), k(sol["c"]))].add(_local(sol["v"]) or k(sol["v"]))
    for key, sol, k in rows(f"SELECT ?g ?c ?r ?a ?cur WHERE {{ {values} GRAPH ?g {{ ?x a tacb:Contribution ; "
                            "tacb:contributor ?c . OPTIONAL { ?x tacb:recipient ?r } "
                            "OPTIONAL { ?x tacb:amount ?a } OPTIONAL { ?x tacb:currency ?cur } } }"):
        amount = sol["a"]
        try:
            amount = Decimal(amount.value) if amount is not None else None
        except InvalidOperation:
            amount = None
        cur = sol["cur"]
        pred.contributions[key].add(contribution_key(k(sol["c"]), k(sol["r"]) if sol["r"] is not None else None,
                                                     amount, cur.value if cur is not None else None))
    return pred
