"""project(): the RDF → networkx projection on tests/fixtures/analysis-sample.trig."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
import rdflib

from tacb_graph.analyse.project import NODE_ATTRS, project
from tacb_graph.store import open_store, write_outputs

FIXTURE = Path(__file__).parent / "fixtures" / "analysis-sample.trig"
ID = "https://w3id.org/tacb/id/"
P = ID + "report/analysis-sample/paragraph/"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return open_store(write_outputs(ds, tmp_path_factory.mktemp("analysis")).store)


def _n(kind, zh, en, paragraphs, iso3=None, m49=None, symbol=None):
    return {"kind": kind, "label_zh": zh, "label_en": en, "iso3": iso3, "m49": m49,
            "symbol": symbol, "mentions": len(paragraphs), "paragraphs": paragraphs}


NODES = {
    ID + "state/LBY": _n("State", "利比亚", "Libya", [2, 4, 6], "LBY", "434"),
    ID + "state/TUN": _n("State", "突尼斯", "Tunisia", [3, 4], "TUN", "788"),
    ID + "state/CHN": _n("State", "中国", "China", [4, 5], "CHN", "156"),
    ID + "org/ohchr": _n("UNBody", "联合国人权事务高级专员办事处",
                         "Office of the United Nations High Commissioner for Human Rights", [1, 2, 3]),
    ID + "org/undp": _n("UNFundOrProgramme", "联合国开发计划署", "United Nations Development Programme", [2, 6]),
    # ¶5's footnote mentions the Council and the resolution
    ID + "org/hrc": _n("UNBody", "人权理事会", "Human Rights Council", [1, 4, 5]),
    ID + "org/hrc-advisory-committee": _n("UNBody", "人权理事会咨询委员会",
                                          "Human Rights Council Advisory Committee", []),
    ID + "org/vftc": _n("Fund", "人权领域技术合作自愿基金",
                        "Voluntary Fund for Technical Cooperation in the Field of Human Rights", [3, 5]),
    ID + "resolution/A/HRC/RES/37/23": _n("Resolution", "人权理事会第 37/23 号决议",
                                          "Human Rights Council resolution 37/23", [1, 5],
                                          symbol="A/HRC/RES/37/23"),
    ID + "concept/capacity-building": _n("Concept", "能力建设", "capacity-building", [6]),
    # the object of tacb:submittedInputTo
    ID + "report/analysis-sample": _n("Report", "analysis-sample.txt", "analysis-sample.txt", []),
}

RELATION_EDGES = {
    (ID + "resolution/A/HRC/RES/37/23", ID + "org/hrc", "adoptedBy"): ([1], ["人权理事会通过第 37/23 号决议"]),
    (ID + "org/hrc", ID + "org/ohchr", "requests"): ([1], ["请人权高专办提交报告"]),
    (ID + "org/ohchr", ID + "org/undp", "partnersWith"): ([2], ["人权高专办与开发署合作。"]),
    (ID + "org/undp", ID + "state/LBY", "assists"): ([2, 6], ["开发署协助利比亚。"]),
    (ID + "org/vftc", ID + "org/ohchr", "administeredBy"): ([3], ["自愿基金由人权高专办管理。"]),
    (ID + "org/ohchr", ID + "state/TUN", "assists"): ([3], ["人权高专办协助突尼斯。"]),
    (ID + "org/vftc", ID + "state/CHN", "fundedBy"): ([5], ["自愿基金由中国资助。"]),
    (ID + "state/CHN", ID + "report/analysis-sample", "submittedInputTo"): ([5], ["中国提交了投入。"]),
}


def _edges(G):
    return {(u, v, k): d for u, v, k, d in G.edges(keys=True, data=True)}




def test_relation_projection_is_exact(store):
    G = project(store)
    assert isinstance(G, nx.MultiDiGraph)
    assert dict(G.nodes(data=True)) == NODES
    assert all(tuple(d) == NODE_ATTRS for _, d in G.nodes(data=True))
    expected = {k: {"relation": k[2], "paragraphs": p, "quotes": q, "weight": len(p)}
                for k, (p, q) in RELATION_EDGES.items()}
    assert _edges(G) == expected


def test_comention_edges(store):
    G = project(store, relations=False, comention=True)
    edges = _edges(G)
    assert all(k == "coMention" and d["relation"] == "coMention" and u < v
               for (u, v, k), d in edges.items())
    # one edge per pair of entities named in a common paragraph
    pairs = set()
    for p in range(1, 7):
        named = sorted(n for n, d in G.nodes(data=True) if p in d["paragraphs"])
        pairs |= {(a, b) for i, a in enumerate(named) for b in named[i + 1:]}
    assert {(u, v) for u, v, _ in edges} == pairs
    e = edges[(ID + "org/undp", ID + "state/LBY", "coMention")]
    assert e == {"relation": "coMention", "paragraphs": [2, 6], "quotes": [], "weight": 2}
    assert edges[(ID + "org/hrc", ID + "state/CHN", "coMention")]["paragraphs"] == [4, 5]


def test_min_weight(store):
    G = project(store, relations=False, comention=True, min_weight=2)
    assert sorted((u[len(ID):], v[len(ID):]) for u, v in G.edges()) == [
        ("org/hrc", "resolution/A/HRC/RES/37/23"), ("org/hrc", "state/CHN"), ("org/undp", "state/LBY")]
    assert G.number_of_nodes() == len(NODES)


def test_bipartite(store):
    G = project(store, relations=False, bipartite=True)
    paras = {n: d for n, d in G.nodes(data=True) if d["kind"] == "Paragraph"}
    assert sorted(paras) == [P + str(i) for i in range(1, 7)]
    assert paras[P + "4"]["label_zh"] == paras[P + "4"]["label_en"] == "¶4"
    assert paras[P + "4"]["paragraphs"] == [4]
    assert sorted(G.successors(P + "5")) == sorted(
        ID + x for x in ("org/hrc", "org/vftc", "resolution/A/HRC/RES/37/23", "state/CHN"))
    d = G.edges[P + "6", ID + "state/LBY", "mentions"]
    assert d["relation"] == "mentions" and d["paragraphs"] == [6]
    # every mentions edge agrees with the entity's paragraphs
    for p, e, _ in G.edges(keys=True):
        assert G.nodes[p]["paragraphs"][0] in G.nodes[e]["paragraphs"]


def test_classes_filter(store):
    G = project(store, classes={"State", "Fund"}, comention=True)
    assert {d["kind"] for _, d in G.nodes(data=True)} == {"State", "Fund"}
    assert (ID + "org/vftc", ID + "state/CHN", "fundedBy") in _edges(G)
    assert all(u in G and v in G for u, v in G.edges())
    B = project(store, classes={"Concept"}, relations=False, bipartite=True)
    assert sorted(B) == [ID + "concept/capacity-building", P + "6"]


def test_no_relations_no_edges(store):
    G = project(store, relations=False)
    assert G.number_of_edges() == 0 and len(G) == len(NODES)


def test_a_person_of_two_language_versions_is_one_node(bilingual):
    """owl:sameAs persons (one IRI per script) are one node in the projection and the story graph,
    with the Chinese and the English label, their edges joined."""
    from tacb_graph.render.source import story_graph
    from tacb_graph.store import open_store, select

    store = open_store(bilingual.paths.store)
    same = {(r["a"].value, r["b"].value) for r in select(store, "SELECT ?a ?b WHERE { ?a owl:sameAs ?b }")}
    assert same, "the pair links its persons across scripts"
    for G in (project(store), story_graph(store)[0]):
        persons = [n for n in G if "/person/" in n]
        for a, b in same:
            assert not (a in G and b in G), (a, b)
        labels = {(G.nodes[p]["label_zh"], G.nodes[p]["label_en"]) for p in persons}
        assert ("福尔克尔·蒂尔克", "Volker Türk") in labels
    G = story_graph(store)[0]
    (turk,) = [p for p in G if G.nodes[p]["label_en"] == "Volker Türk"]
    assert G.in_degree(turk) >= 1  # the High Commissioner's post heldBy him, read from one version or both


def test_paragraphs_of_two_reports_with_one_number_stay_apart(tmp_path):
    """In a corpus, ¶1 of one report and ¶1 of another are two paragraphs: entities named in
    only one of each are no co-mention."""
    from tacb_graph.corpus import build_corpus

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("1. 联合国开发计划署支持了利比亚的选举进程。\n", encoding="utf-8")
    b.write_text("1. 联合国儿童基金会访问了马里。\n", encoding="utf-8")
    res = build_corpus([a, b], tmp_path / "out", jobs=1)
    G = project(open_store(res.paths.store), relations=False, comention=True, bipartite=True)
    libya, mali = "https://w3id.org/tacb/id/state/LBY", "https://w3id.org/tacb/id/state/MLI"
    assert libya in G and mali in G
    assert not G.has_edge(libya, mali) and not G.has_edge(mali, libya)
    assert G.nodes[libya]["paragraphs"] == [1] and G.nodes[libya]["mentions"] == 1
    paragraphs = [n for n, d in G.nodes(data=True) if d["kind"] == "Paragraph"]
    assert len(paragraphs) == 2  # one paragraph node per report's ¶1
