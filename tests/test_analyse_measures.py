"""compute_measures(): every measure equals networkx run directly on the same projection."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
import rdflib

from tacb_graph.analyse import measures as measures_module
from tacb_graph.analyse.measures import MEASURES, annotate, compute_measures, pagerank, undirected
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


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_pagerank_equals_networkx(seed):
    # weighted, with isolated nodes and a star (a hub), both sides of the dense limit
    G = nx.gnm_random_graph(120, 240, seed=seed)
    for i, (u, v) in enumerate(G.edges()):
        G[u][v]["weight"] = 1 + (i * 7 + seed) % 5
    G.add_nodes_from(["lonely", "alone"])
    G.add_edges_from(("hub", k) for k in range(5))
    want = nx.pagerank(G, weight="weight")
    got = pagerank(G, weight="weight")
    assert got.keys() == want.keys()
    assert all(abs(got[n] - want[n]) < 1e-9 for n in G)
    assert abs(sum(got.values()) - 1) < 1e-9


def test_pagerank_large_graph_goes_to_networkx(monkeypatch):
    monkeypatch.setattr(measures_module, "DENSE_PAGERANK_MAX", 10)
    G = nx.path_graph(30)
    calls = []
    real = nx.pagerank
    monkeypatch.setattr(nx, "pagerank", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert pagerank(G) == real(G)
    assert calls
    assert pagerank(nx.Graph()) == {}


def test_build_page_does_not_import_scipy(tmp_path):
    # the page of a small build sizes nodes by PageRank without SciPy's import (about 0.17 s of CPU)
    import subprocess
    import sys

    code = ("import sys\nfrom tacb_graph.analyse.sample import sample_store\n"
            "from tacb_graph.analyse.project import project\nfrom tacb_graph.render.scene import measure_values\n"
            "from tacb_graph.analyse.measures import compute_measures\n"
            "G = project(sample_store())\nassert measure_values(G, 'pagerank')\nassert compute_measures(G)\n"
            "print('scipy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False", out.stderr
