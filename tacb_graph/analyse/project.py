"""Project the RDF graph onto a networkx graph of entities.

The projection reads the store with four SPARQL SELECTs (entities, mentions,
relations, quotes) and builds a :class:`networkx.MultiDiGraph`:

* **nodes** — every entity described in ``graph/entities`` (and any other
  resource that is the end of a relation, e.g. the Report of
  ``tacb:submittedInputTo``), whatever edges are asked for, so that all
  views share one set of nodes; keyed by IRI string, with the attributes
  ``kind``, ``label_zh``, ``label_en``, ``iso3``, ``m49``, ``symbol``,
  ``mentions`` and ``paragraphs``;
* **relation edges** — one per (subject, relation, object), key and
  ``relation`` = the property's local name (``"assists"``), ``paragraphs``,
  ``quotes`` (from the ``rdf:Statement`` fact nodes) and ``weight``;
* **co-mention edges** — one per unordered pair ``u < v`` of entities named in
  the same paragraphs, key and ``relation`` = ``"coMention"``;
* **bipartite view** — paragraph nodes (``kind="Paragraph"``) with
  ``"mentions"`` edges to the entities they name.

A mention in a footnote counts for the paragraph the footnote belongs to
(``tacb:inParagraph``). Paragraph numbers are those of the report; a store
holding several reports shares the numbers between them.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx
import pyoxigraph as ox

from ..namespaces import TACB
from ..rdf.iris import ENTITIES_GRAPH
from ..store import select
from ..vocab import ENTITY_RELATIONS

__all__ = ["project", "merge_same_as", "RELATIONS", "NODE_ATTRS", "local_name"]

_NS = str(TACB._NS)

#: The relations between entities, in the ontology's order (generated: :mod:`tacb_graph.vocab`).
RELATIONS: tuple[str, ...] = ENTITY_RELATIONS

#: The attributes every node carries.
NODE_ATTRS: tuple[str, ...] = (
    "kind", "label_zh", "label_en", "iso3", "m49", "symbol", "mentions", "paragraphs",
)

# The text unit (paragraph or footnote) ?u and the number ?n of its paragraph ?para.
_UNIT = """
  { ?u a tacb:Paragraph ; tacb:number ?n . BIND(?u AS ?para) }
  UNION
  { ?u a tacb:Footnote ; tacb:inParagraph ?para . ?para tacb:number ?n }
"""

_Q_ENTITIES = f"""
SELECT ?e (GROUP_CONCAT(DISTINCT STR(?kind); separator=" ") AS ?kinds)
       (SAMPLE(?pref) AS ?prefzh) (MIN(?zh) AS ?labzh) (MIN(?en) AS ?laben)
       (MIN(?iso) AS ?iso3) (MIN(?m) AS ?m49) (MIN(?sym) AS ?symbol)
WHERE {{
  GRAPH <{ENTITIES_GRAPH}> {{
    ?e a ?kind . FILTER(STRSTARTS(STR(?kind), "{_NS}"))
    OPTIONAL {{ ?e skos:prefLabel ?pref . FILTER(LANGMATCHES(LANG(?pref), "zh")) }}
    OPTIONAL {{ ?e rdfs:label ?zh . FILTER(LANGMATCHES(LANG(?zh), "zh")) }}
    OPTIONAL {{ ?e rdfs:label ?en . FILTER(LANGMATCHES(LANG(?en), "en")) }}
    OPTIONAL {{ ?e tacb:iso3 ?iso }}
    OPTIONAL {{ ?e tacb:m49 ?m }}
    OPTIONAL {{ ?e tacb:symbol ?sym }}
  }}
}} GROUP BY ?e
"""

# Resources at the end of relations that graph/entities does not describe.
_Q_OTHERS = """
SELECT ?e (GROUP_CONCAT(DISTINCT STR(?kind); separator=" ") AS ?kinds)
       (MIN(?zh) AS ?labzh) (MIN(?en) AS ?laben) (MIN(?any) AS ?lab)
WHERE {
  VALUES ?e { %s }
  OPTIONAL { ?e a ?kind }
  OPTIONAL { ?e rdfs:label ?zh . FILTER(LANGMATCHES(LANG(?zh), "zh")) }
  OPTIONAL { ?e rdfs:label ?en . FILTER(LANGMATCHES(LANG(?en), "en")) }
  OPTIONAL { ?e rdfs:label ?any }
} GROUP BY ?e
"""

_Q_MENTIONS = f"""
SELECT DISTINCT ?para ?n ?e WHERE {{
  ?u tacb:mentions ?e .
  {_UNIT}
}}
"""

_VALUES_REL = " ".join(f"tacb:{r}" for r in RELATIONS)

_Q_RELATIONS = f"""
SELECT DISTINCT ?s ?p ?o ?n WHERE {{
  VALUES ?p {{ {_VALUES_REL} }}
  GRAPH ?u {{ ?s ?p ?o }}
  {_UNIT}
}}
"""

_Q_QUOTES = f"""
SELECT DISTINCT ?f ?s ?p ?o ?q ?n WHERE {{
  VALUES ?p {{ {_VALUES_REL} }}
  ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; tacb:quote ?q .
  OPTIONAL {{ ?f tacb:evidence ?u . {_UNIT} }}
}}
"""


def local_name(iri: str) -> str:
    """The part of a ``tacb:`` IRI after ``#`` (other IRIs unchanged).

    >>> local_name("https://w3id.org/tacb/ontology#assists")
    'assists'
    """
    return iri[len(_NS):] if iri.startswith(_NS) else iri


def _text(term) -> str | None:
    return None if term is None else str(term.value)


def _kind(kinds: str | None) -> str | None:
    """One class local name: the first tacb: class by name, ``Agent`` last."""
    names = sorted(local_name(k) for k in (kinds or "").split() if k.startswith(_NS))
    if not names:
        return None
    specific = [k for k in names if k != "Agent"]
    return (specific or names)[0]


def _node(kind, label_zh, label_en, iso3=None, m49=None, symbol=None) -> dict:
    return {"kind": kind, "label_zh": label_zh, "label_en": label_en, "iso3": iso3,
            "m49": m49, "symbol": symbol, "mentions": 0, "paragraphs": []}


def _entities(store: ox.Store) -> dict[str, dict]:
    nodes = {}
    for row in select(store, _Q_ENTITIES):
        nodes[row["e"].value] = _node(
            _kind(_text(row["kinds"])),
            _text(row["prefzh"]) or _text(row["labzh"]),
            _text(row["laben"]),
            _text(row["iso3"]), _text(row["m49"]), _text(row["symbol"]),
        )
    return nodes


def _others(store: ox.Store, iris: set[str]) -> dict[str, dict]:
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in sorted(iris))
    out = {}
    for row in select(store, _Q_OTHERS % values):
        any_label = _text(row["lab"])
        out[row["e"].value] = _node(_kind(_text(row["kinds"])),
                                    _text(row["labzh"]) or any_label,
                                    _text(row["laben"]) or any_label)
    return out


def project(store: ox.Store, *, relations: bool = True, comention: bool = False,
            bipartite: bool = False, classes: set[str] | None = None,
            min_weight: int = 1) -> nx.MultiDiGraph:
    """Project the store onto a networkx multigraph of entities.

    Parameters
    ----------
    store : pyoxigraph.Store
        A store in the shape of ``docs/graph-contract.md``.
    relations : bool, default True
        Add one edge per stated relation (``assists``, ``adoptedBy`` …),
        directed from subject to object. Only facts reported as done are
        relations here (the plain edges); what was only requested,
        recommended, planned or denied stays out of the measures (its fact
        nodes carry ``tacb:modality``; the story views of :mod:`tacb_graph.render`
        draw it dashed).
    comention : bool, default False
        Add one ``coMention`` edge per pair of entities named in at least
        ``min_weight`` common paragraphs, directed from the smaller IRI.
    bipartite : bool, default False
        Add paragraph nodes (``kind="Paragraph"``) and ``mentions`` edges from
        each paragraph to the entities it names.
    classes : set of str, optional
        Keep only entities whose ``kind`` is in the set (e.g. ``{"State"}``);
        paragraph nodes of the bipartite view are always kept.
    min_weight : int, default 1
        Smallest number of shared paragraphs for a co-mention edge.

    Returns
    -------
    networkx.MultiDiGraph
        Nodes keyed by IRI string; edges keyed by relation name.

    Examples
    --------
    >>> from tacb_graph.analyse.sample import sample_store
    >>> G = project(sample_store())
    >>> G.nodes["https://w3id.org/tacb/id/state/LBY"]["label_zh"]
    '利比亚'
    >>> G.nodes["https://w3id.org/tacb/id/state/LBY"]["paragraphs"]
    [2]
    >>> e = G.edges["https://w3id.org/tacb/id/org/ohchr", "https://w3id.org/tacb/id/state/LBY", "assists"]
    >>> e["paragraphs"], e["quotes"], e["weight"]
    ([2], ['人权高专办协助利比亚。'], 1)
    >>> C = project(sample_store(), relations=False, comention=True, min_weight=2)
    >>> [(u.rsplit("/", 1)[1], v.rsplit("/", 1)[1], d["paragraphs"]) for u, v, d in C.edges(data=True)]
    [('hrc', 'ohchr', [1, 2])]
    """
    nodes = _entities(store)

    # mentions: paragraph IRI -> entities, and its number (in a corpus, ¶5 of each report is its own
    # paragraph: co-mentions and the bipartite view never join two reports' paragraphs of one number)
    number: dict[str, int] = {}
    named: dict[str, set[str]] = defaultdict(set)
    for row in select(store, _Q_MENTIONS):
        para = row["para"].value
        number[para] = int(row["n"].value)
        named[para].add(row["e"].value)
    in_order = sorted(named, key=lambda p: (number[p], p))

    # read even when not drawn, so that every view has the same entities
    rel_paras: dict[tuple[str, str, str], set[int]] = defaultdict(set)
    for row in select(store, _Q_RELATIONS):
        key = (row["s"].value, local_name(row["p"].value), row["o"].value)
        rel_paras[key].add(int(row["n"].value))

    missing = {x for p in named for x in named[p] if x not in nodes}
    missing |= {x for s, _, o in rel_paras for x in (s, o) if x not in nodes}
    nodes.update(_others(store, missing))

    for para in in_order:
        for e in named[para]:
            nodes[e]["paragraphs"].append(number[para])
            nodes[e]["mentions"] += 1  # paragraphs naming it, each report's apart
    for attrs in nodes.values():
        attrs["paragraphs"] = sorted(set(attrs["paragraphs"]))

    keep = set(nodes) if classes is None else {e for e, a in nodes.items() if a["kind"] in classes}
    G = nx.MultiDiGraph()
    for e in sorted(keep):
        G.add_node(e, **nodes[e])

    if relations:
        quotes: dict[tuple[str, str, str], list[tuple[int, str, str]]] = defaultdict(list)
        for row in select(store, _Q_QUOTES):
            key = (row["s"].value, local_name(row["p"].value), row["o"].value)
            n = int(row["n"].value) if row["n"] is not None else 0
            quotes[key].append((n, row["f"].value, str(row["q"].value)))
        for (s, rel, o) in sorted(rel_paras):
            if s not in keep or o not in keep:
                continue
            paras = sorted(rel_paras[(s, rel, o)])
            qs = []
            for _, _, q in sorted(quotes.get((s, rel, o), [])):
                if q not in qs:
                    qs.append(q)
            G.add_edge(s, o, key=rel, relation=rel, paragraphs=paras, quotes=qs, weight=len(paras))

    if comention:
        shared: dict[tuple[str, str], list[int]] = defaultdict(list)
        for para in in_order:
            for u, v in combinations(sorted(named[para] & keep), 2):
                shared[(u, v)].append(number[para])
        for (u, v), paras in sorted(shared.items()):
            if len(paras) >= min_weight:
                G.add_edge(u, v, key="coMention", relation="coMention", paragraphs=sorted(set(paras)),
                           quotes=[], weight=len(paras))

    if bipartite:
        for p in in_order:
            ents = sorted(named[p] & keep)
            if not ents:
                continue
            n = number[p]
            G.add_node(p, **{**_node("Paragraph", f"¶{n}", f"¶{n}"),
                             "mentions": len(ents), "paragraphs": [n]})
            for e in ents:
                G.add_edge(p, e, key="mentions", relation="mentions", paragraphs=[n],
                           quotes=[], weight=1)
    merge_same_as(store, G)
    return G


_Q_SAME = "SELECT DISTINCT ?a ?b WHERE { ?a owl:sameAs ?b FILTER(STR(?a) < STR(?b)) }"


def _has_cjk(text: str | None) -> bool:
    return bool(text) and any("\u3400" <= c <= "\u9fff" for c in text)


def merge_same_as(store: ox.Store, G: nx.MultiDiGraph) -> None:
    """One node for the entities the store says are one (``owl:sameAs``: a person keyed in the
    script of each language version of a report, ``person/福尔克尔·蒂尔克`` and ``person/volker-turk``).

    Each group keeps its smallest IRI; the others' edges, paragraphs and quotes go to it, and it
    takes its Chinese label from the member written in Chinese and its English label from the
    other. Edges that meet (same ends, same key) are merged, their paragraphs and quotes joined.

    Examples
    --------
    >>> from tacb_graph.analyse.sample import sample_store
    >>> G = nx.MultiDiGraph()
    >>> merge_same_as(sample_store(), G)  # nothing said to be the same: nothing changes
    >>> G.number_of_nodes()
    0
    """
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for row in select(store, _Q_SAME):
        a, b = root(row["a"].value), root(row["b"].value)
        if a != b:
            parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in parent:
        groups[root(x)].append(x)
    for top, others in groups.items():
        members = sorted(m for m in {top, *others} if m in G)
        if len(members) < 2:
            continue
        keep, rest = members[0], members[1:]
        d = G.nodes[keep]
        for v in rest:
            dv = G.nodes[v]
            for lang, pick in (("label_zh", _has_cjk), ("label_en", lambda t: bool(t) and not _has_cjk(t))):
                if not pick(d.get(lang)) and pick(dv.get(lang)):
                    d[lang] = dv[lang]
            d["paragraphs"] = sorted(set(d.get("paragraphs", [])) | set(dv.get("paragraphs", [])))
            d["mentions"] = len(d["paragraphs"])
            for a, b, key, attrs in list(G.out_edges(v, keys=True, data=True)) + list(G.in_edges(v, keys=True, data=True)):
                a2, b2 = (keep if a == v else a), (keep if b == v else b)
                if a2 == b2:
                    continue
                if G.has_edge(a2, b2, key):
                    e = G.edges[a2, b2, key]
                    for name in ("paragraphs", "quotes", "requested_by"):
                        if name in e or name in attrs:
                            joined = list(e.get(name, []))
                            joined += [x for x in attrs.get(name, []) if x not in joined]
                            e[name] = sorted(joined) if name == "paragraphs" else joined
                    e["weight"] = max(len(e.get("paragraphs", [])), 1)
                else:
                    G.add_edge(a2, b2, key=key, **attrs)
            G.remove_node(v)
