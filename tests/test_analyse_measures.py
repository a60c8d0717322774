"""compute_measures(): every measure equals networkx run directly on the same projection."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
import rdflib

from tacb_graph.analyse.measures import MEASURES, annotate, compute_measures, undirected
from tacb_graph.analyse.project import project
from tacb_graph.store import open_store, write_outputs

FIXTURE = Path(__file__).parent / "fixtures" / "analysis-sample.trig"
ID = "https://w3id.org/tacb/id/"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return open_store(write_outputs(ds, tmp_path_factory.mktemp("analysis")).store)


@pytest.fixture(scope="module", params=[False, True], ids=["relations", "relations+comention"])
def graph(request, store):
    return project(store, comention=request.param)


def test_undirected_sums_weights(store):
    G = project(store, comention=True)
    H = undirected(G)
    assert set(H) == set(G)
    for u, v, w in H.edges(data="weight"):
        both = [d["weight"] for a, b in ((u, v), (v, u)) for d in (G.get_edge_data(a, b) or {}).values()]
        assert w == sum(both)
    # undp–LBY: assists in ¶2, ¶6 and co-mentioned in ¶2, ¶6
    assert H[ID + "org/undp"][ID + "state/LBY"]["weight"] == 4


def test_measures_equal_networkx(graph):
    rows = {m.iri: m for m in compute_measures(graph, seed=7)}
    H = undirected(graph)
    assert set(rows) == set(H)
    bc = nx.betweenness_centrality(H)
    pr = nx.pagerank(H, weight="weight")
    core = nx.core_number(H)
    cut = set(nx.articulation_points(H))
    parts = nx.community.louvain_communities(H, weight="weight", seed=7)
    for n, m in rows.items():
        assert m.degree == H.degree(n)
        assert m.weighted_degree == H.degree(n, weight="weight")
        assert m.betweenness == pytest.approx(bc[n])
        assert m.pagerank == pytest.approx(pr[n])
        assert m.core_number == core[n]
        assert m.is_articulation_point == (n in cut)
        assert m.label_zh == graph.nodes[n]["label_zh"] and m.kind == graph.nodes[n]["kind"]
    # same partition, numbered by decreasing size
    mine: dict[int, set] = {}
    for n, m in rows.items():
        mine.setdefault(m.community, set()).add(n)
    assert sorted(map(frozenset, mine.values()), key=sorted) == sorted(map(frozenset, parts), key=sorted)
    sizes = [len(mine[i]) for i in range(len(mine))]
    assert sizes == sorted(sizes, reverse=True)


def test_sorted_by_pagerank_and_deterministic(graph):
    rows = compute_measures(graph)
    assert [m.pagerank for m in rows] == sorted((m.pagerank for m in rows), reverse=True)
    assert rows == compute_measures(graph)


def test_relation_view_values(store):
    rows = {m.iri[len(ID):]: m for m in compute_measures(project(store))}
    top = compute_measures(project(store))[0]
    assert top.iri == ID + "org/ohchr" and top.degree == 4
    assert rows["org/ohchr"].is_articulation_point and not rows["state/LBY"].is_articulation_point
    assert rows["org/undp"].weighted_degree == 3  # assists ×2 paragraphs + partnersWith
    assert rows["concept/capacity-building"].degree == 0


def test_annotate_and_empty():
    assert compute_measures(nx.MultiDiGraph()) == []
    G = nx.MultiDiGraph([("a", "b"), ("b", "c")])
    annotate(G, compute_measures(G))
    assert all(set(MEASURES) <= set(d) for _, d in G.nodes(data=True))
    assert G.nodes["b"]["is_articulation_point"] is True
