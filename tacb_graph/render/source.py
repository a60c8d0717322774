"""What the renderer reads from a store: the projection, and what the story views add to it.

:func:`story_graph` starts from :func:`tacb_graph.analyse.project.project` (one
edge per stated relation) and adds, as more edges of the same multigraph:

* facts that are not reported as done — ``rdf:Statement`` fact nodes whose
  ``tacb:modality`` is Requested, Recommended, Planned or Negated have no
  plain edge; they become edges keyed ``"{relation}~{modality}"`` with
  ``modality`` and ``requested_by`` (a fact without a modality, as stores
  built before modalities hold, is Reported);
* stances — ``tacb:Stance`` nodes as ``"stance"`` edges from holder to concept,
  one per stance value, with ``stance``, paragraphs and quotes;
* contributions — each ``tacb:Contribution`` as a ``"contributes"`` edge with
  ``amount``, ``currency``, ``period`` and ``year`` (the language versions of one
  paragraph, ``tacb:paragraphWork``, give one edge); a contribution that names
  no recipient points at a node of kind :data:`~tacb_graph.render.style.UNNAMED`
  ("not named"), never at an invented entity;
* ``skos:related`` links between concepts (``"related"``);

and keeps one edge per pair of a symmetric relation (``partnersWith``) stated
both ways. Every edge with quotes also gets ``quote_langs``, the language tag of
each ``tacb:quote`` (a fact that two language versions of a report state carries
a quote in each language; the page shows those in the language the reader chose).

Every node also gets ``short_zh`` / ``short_en`` (see
:mod:`tacb_graph.render.labels`) and ``names``, the table the search box
and ``--focus`` resolve names with. A report is named by its ``dcterms:title``
in each language, else by its ``rdfs:label``: its node, if drawn, and
``G.graph["report_titles"]`` (``[(zh, en)]``, one per report), which titles
the page.
"""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
import pyoxigraph as ox

from ..analyse.project import RELATIONS, local_name, merge_same_as, project
from ..analyse.resolve import RANK_IRI, RANK_NAME, entity_names, norm
from ..namespaces import ID_BASE, TACB
from ..store import select
from .labels import Names, short_label, symbol_short
from .style import UNNAMED

__all__ = ["story_graph", "add_names", "REPORTED"]

#: The modality of a fact that states none.
REPORTED = "Reported"
_NS = str(TACB._NS)
_VALUES_REL = " ".join(f"tacb:{r}" for r in RELATIONS)

# the paragraph number of an evidence unit (a footnote counts for its paragraph); two flat
# OPTIONALs, not nested ones, which Oxigraph evaluates over every unit of the store (minutes on a corpus)
_NUMBER = """
  OPTIONAL { ?f tacb:evidence ?u . ?u tacb:number ?pn . ?u a tacb:Paragraph }
  OPTIONAL { ?f tacb:evidence ?fu . ?fu a tacb:Footnote ; tacb:inParagraph/tacb:number ?fn }
  BIND(COALESCE(?pn, ?fn) AS ?n)
"""

_Q_FACTS = f"""
SELECT ?f ?s ?p ?o ?m ?q ?n (GROUP_CONCAT(DISTINCT STR(?by); separator=" ") AS ?bys) WHERE {{
  VALUES ?p {{ {_VALUES_REL} }}
  ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; tacb:modality ?m .
  FILTER(?m != tacb:Reported)
  OPTIONAL {{ ?f tacb:quote ?q }}
  OPTIONAL {{ ?f tacb:requestedBy ?by }}
  {_NUMBER}
}} GROUP BY ?f ?s ?p ?o ?m ?q ?n
"""

_Q_STANCES = f"""
SELECT ?f ?h ?c ?v ?q ?n WHERE {{
  ?f a tacb:Stance ; tacb:holder ?h ; tacb:onConcept ?c ; tacb:stanceValue ?v .
  OPTIONAL {{ ?f tacb:quote ?q }}
  {_NUMBER}
}}
"""

_Q_CONTRIBUTIONS = f"""
SELECT ?f ?c ?r ?amount ?currency ?period ?year ?m ?q ?n ?pw WHERE {{
  ?f a tacb:Contribution ; tacb:contributor ?c .
  OPTIONAL {{ ?f tacb:evidence/tacb:paragraphWork ?pw }}
  OPTIONAL {{ ?f tacb:recipient ?r }}
  OPTIONAL {{ ?f tacb:amount ?amount }}
  OPTIONAL {{ ?f tacb:currency ?currency }}
  OPTIONAL {{ ?f tacb:period ?period }}
  OPTIONAL {{ ?f tacb:year ?year }}
  OPTIONAL {{ ?f tacb:modality ?m }}
  OPTIONAL {{ ?f tacb:quote ?q }}
  {_NUMBER}
}}
"""

_Q_RELATED = """
SELECT DISTINCT ?a ?b WHERE { ?a skos:related ?b . ?a a tacb:Concept . ?b a tacb:Concept }
"""

_Q_REPORTS = """
SELECT ?r ?t (LANG(?t) AS ?lang) ?l WHERE {
  ?r a tacb:Report .
  OPTIONAL { ?r dcterms:title ?t }
  OPTIONAL { ?r rdfs:label ?l }
}
"""

_Q_LABELS = """
SELECT ?e (SAMPLE(?k) AS ?kind) (MIN(?zh) AS ?labzh) (MIN(?en) AS ?laben) (MIN(?any) AS ?lab) WHERE {
  VALUES ?e { %s }
  OPTIONAL { ?e a ?k . FILTER(STRSTARTS(STR(?k), "https://w3id.org/tacb/ontology#")) }
  OPTIONAL { ?e rdfs:label ?zh . FILTER(LANGMATCHES(LANG(?zh), "zh")) }
  OPTIONAL { ?e rdfs:label ?en . FILTER(LANGMATCHES(LANG(?en), "en")) }
  OPTIONAL { ?e rdfs:label ?any }
} GROUP BY ?e
"""

_Q_TEXT = "SELECT ?t WHERE { ?p a tacb:Paragraph ; tacb:text ?t }"

_Q_QUOTE_LANGS = "SELECT DISTINCT ?q WHERE { ?f tacb:quote ?q }"


def _text(term) -> str | None:
    return None if term is None else str(term.value)


def _number(row) -> int | None:
    return int(row["n"].value) if row["n"] is not None else None


def _ensure_nodes(store: ox.Store, G: nx.MultiDiGraph, iris: set[str]) -> None:
    """Add the ends of added edges that the projection lacks, with their labels."""
    missing = sorted(i for i in iris if i not in G)
    if not missing:
        return
    values = " ".join(f"<{i}>" for i in missing)
    for row in select(store, _Q_LABELS % values):
        any_label = _text(row["lab"])
        kind = _text(row["kind"])
        G.add_node(row["e"].value, kind=local_name(kind) if kind else None,
                   label_zh=_text(row["labzh"]) or any_label, label_en=_text(row["laben"]) or any_label,
                   iso3=None, m49=None, symbol=None, mentions=0, paragraphs=[])


def _merge(G: nx.MultiDiGraph, u: str, v: str, key: str, attrs: dict, n: int | None,
           quote: str | None) -> None:
    if G.has_edge(u, v, key):
        d = G.edges[u, v, key]
    else:
        G.add_edge(u, v, key=key, **attrs, paragraphs=[], quotes=[], weight=0)
        d = G.edges[u, v, key]
    if n is not None and n not in d["paragraphs"]:
        d["paragraphs"] = sorted([*d["paragraphs"], n])
    if quote and quote not in d["quotes"]:
        d["quotes"].append(quote)
    d["weight"] = max(len(d["paragraphs"]), 1)


def _add_facts(store: ox.Store, G: nx.MultiDiGraph) -> None:
    ends = set()
    rows = select(store, _Q_FACTS)
    for row in rows:
        ends |= {row["s"].value, row["o"].value}
    _ensure_nodes(store, G, ends)
    for row in sorted(rows, key=lambda r: r["f"].value):
        rel, modality = local_name(row["p"].value), local_name(row["m"].value)
        key = f"{rel}~{modality}"
        by = sorted(set((_text(row["bys"]) or "").split()))
        _merge(G, row["s"].value, row["o"].value, key,
               {"relation": rel, "modality": modality, "requested_by": []}, _number(row), _text(row["q"]))
        d = G.edges[row["s"].value, row["o"].value, key]
        d["requested_by"] = sorted(set(d["requested_by"]) | set(by))


def _add_stances(store: ox.Store, G: nx.MultiDiGraph) -> None:
    rows = select(store, _Q_STANCES)
    _ensure_nodes(store, G, {r["h"].value for r in rows} | {r["c"].value for r in rows})
    for row in sorted(rows, key=lambda r: r["f"].value):
        value = local_name(row["v"].value)
        _merge(G, row["h"].value, row["c"].value, f"stance~{value}",
               {"relation": "stance", "stance": value}, _number(row), _text(row["q"]))


def _add_contributions(store: ox.Store, G: nx.MultiDiGraph) -> None:
    rows = select(store, _Q_CONTRIBUTIONS)
    _ensure_nodes(store, G, {r["c"].value for r in rows} | {r["r"].value for r in rows if r["r"]})
    for row in sorted(rows, key=lambda r: r["f"].value):
        f = row["f"].value
        # the language versions of one paragraph state one contribution: one edge (its node's
        # IRI ends in a hash of what it states, so the versions' nodes end alike)
        one = f"{row['pw'].value}/contribution/{f.rsplit('/', 1)[-1]}" if row["pw"] is not None else f
        recipient = row["r"].value if row["r"] is not None else None
        if recipient is None:          # say so, do not guess
            recipient = one + "#recipient"
            G.add_node(recipient, kind=UNNAMED, label_zh="未指明接受方", label_en="recipient not named",
                       iso3=None, m49=None, symbol=None, mentions=0, paragraphs=[])
        modality = local_name(row["m"].value) if row["m"] is not None else None
        _merge(G, row["c"].value, recipient, "contributes~" + one,
               {"relation": "contributes", "amount": _text(row["amount"]), "currency": _text(row["currency"]),
                "period": _text(row["period"]), "year": _text(row["year"]),
                "modality": modality if modality != REPORTED else None, "fact": f},
               _number(row), _text(row["q"]))


def _add_related(store: ox.Store, G: nx.MultiDiGraph) -> None:
    for row in select(store, _Q_RELATED):
        a, b = sorted((row["a"].value, row["b"].value))     # symmetric: one edge a pair
        if a != b and a in G and b in G and not G.has_edge(a, b, "related"):
            G.add_edge(a, b, key="related", relation="related", paragraphs=[], quotes=[], weight=1)


def _merge_symmetric(G: nx.MultiDiGraph) -> None:
    """One edge per pair for a symmetric relation stated both ways (``a partnersWith b``, ``b … a``)."""
    from .style import symmetric_relations

    symmetric = symmetric_relations()
    for u, v, k, d in list(G.edges(keys=True, data=True)):
        if d.get("relation") in symmetric and u > v and G.has_edge(u, v, k) and G.has_edge(v, u, k):
            keep = G.edges[v, u, k]
            keep["paragraphs"] = sorted(set(keep.get("paragraphs") or []) | set(d.get("paragraphs") or []))
            keep["quotes"] = list(dict.fromkeys([*(keep.get("quotes") or []), *(d.get("quotes") or [])]))
            keep["weight"] = max(len(keep["paragraphs"]), 1)
            G.remove_edge(u, v, k)


def _quote_languages(store: ox.Store, G: nx.MultiDiGraph) -> None:
    """``quote_langs`` on every edge with quotes: the language of each quote ("" when untagged)."""
    lang: dict[str, str] = {}
    for row in select(store, _Q_QUOTE_LANGS):
        q = row["q"]
        lang.setdefault(str(q.value), getattr(q, "language", None) or "")
    for _u, _v, d in G.edges(data=True):
        if d.get("quotes"):
            d["quote_langs"] = [lang.get(q, "") for q in d["quotes"]]


def _report_titles(store: ox.Store, G: nx.MultiDiGraph) -> None:
    titles: dict[str, dict[str, str]] = defaultdict(dict)
    for row in select(store, _Q_REPORTS):
        r = row["r"].value
        titles[r]
        if row["t"] is not None:
            lang = _text(row["lang"]) or ""
            for want in ("zh", "en"):
                if lang.lower().startswith(want):
                    titles[r].setdefault(want, str(row["t"].value))
        if row["l"] is not None:
            titles[r].setdefault("label", str(row["l"].value))
    named = []
    for r, t in sorted(titles.items()):
        zh, en = t.get("zh"), t.get("en")
        zh, en = (zh or en, en or zh) if (zh or en) else (t.get("label"), t.get("label"))
        if zh:
            named.append((zh, en))
        if r in G:
            d = G.nodes[r]
            d["label_zh"], d["label_en"] = zh or d.get("label_zh"), en or d.get("label_en")
            d["kind"] = d.get("kind") or "Report"
    G.graph["report_titles"] = named


def add_names(store: ox.Store, G: nx.MultiDiGraph) -> dict[str, dict]:
    """Set ``short_zh``, ``short_en`` and ``names`` on every node; return the names table.

    The table is :func:`~tacb_graph.analyse.resolve.entity_names` with the
    derived short labels (rank 1) and, for nodes outside ``graph/entities``
    (reports, "not named"), their labels and IRI.
    """
    table = entity_names(store)
    text = "\n".join(str(r["t"].value) for r in select(store, _Q_TEXT))
    for node, d in G.nodes(data=True):
        entry = table.get(node)
        by_lang: dict[str, dict] = {"zh": {"aliases": [], "short": None}, "en": {"aliases": [], "short": None}}
        for prop, value, lang in (entry["terms"] if entry else ()):
            lang = (lang or "").split("-")[0].lower()
            if lang not in by_lang:
                continue
            if prop == "altLabel":
                by_lang[lang]["aliases"].append(value)
            elif prop == "shortLabel" and not by_lang[lang]["short"]:
                by_lang[lang]["short"] = value
        for lang in ("zh", "en"):
            full = d.get(f"label_{lang}") or d.get("label_zh") or d.get("label_en") or node.rsplit("/", 1)[-1]
            names = Names(full, tuple(sorted(by_lang[lang]["aliases"])), by_lang[lang]["short"])
            d[f"short_{lang}"] = short_label(names, lang, kind=d.get("kind"), symbol=d.get("symbol"),
                                             text=text if lang == "zh" else "")
        if entry is None:
            entry = table[node] = {"label": d.get("label_zh") or node, "names": {}, "terms": []}
            entry["names"][norm(node)] = RANK_IRI
            if node.startswith(ID_BASE):
                entry["names"][norm(node[len(ID_BASE):])] = RANK_IRI
            for lang in ("zh", "en"):
                if d.get(f"label_{lang}"):
                    entry["names"].setdefault(norm(d[f"label_{lang}"]), RANK_NAME)
        derived = symbol_short(d.get("symbol"))
        for extra in (derived or ()):
            entry["names"].setdefault(norm(extra), RANK_NAME)
        d["names"] = dict(entry["names"])
    return table


def story_graph(store: ox.Store, *, comention: bool | None = None) -> tuple[nx.MultiDiGraph, dict]:
    """The whole graph the story views are cut from, and the names table.

    ``comention=None`` adds co-mention edges only when the store states no
    relation, so that a graph is never a cloud of unconnected dots.

    Examples
    --------
    >>> from tacb_graph.analyse.sample import sample_store
    >>> G, names = story_graph(sample_store())
    >>> G.nodes["https://w3id.org/tacb/id/org/ohchr"]["short_zh"], G.nodes["https://w3id.org/tacb/id/org/ohchr"]["short_en"]
    ('人权高专办', 'OHCHR')
    """
    G = project(store, comention=bool(comention))
    if comention is None and G.number_of_edges() == 0:
        G = project(store, comention=True)
    _add_facts(store, G)
    _merge_symmetric(G)
    _add_stances(store, G)
    _add_contributions(store, G)
    _add_related(store, G)
    merge_same_as(store, G)  # the facts read above name each version's person IRI
    _quote_languages(store, G)
    _report_titles(store, G)
    names = add_names(store, G)
    return G, names
