"""GraphML and GEXF export, read back by networkx."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from tacb_graph.analyse.export import graphml_safe, write_gexf, write_graphml
from tacb_graph.analyse.measures import annotate, compute_measures
from tacb_graph.analyse.project import project
from tacb_graph.errors import TacbError
from tacb_graph.store import open_store, write_outputs

FIXTURE = Path(__file__).parent / "fixtures" / "analysis-sample.trig"
ID = "https://w3id.org/tacb/id/"


@pytest.fixture(scope="module")
def graph(tmp_path_factory):
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    store = open_store(write_outputs(ds, tmp_path_factory.mktemp("analysis")).store)
    G = project(store, comention=True, bipartite=True)
    return annotate(G, compute_measures(G))


def test_graphml_safe(graph):
    H = graphml_safe(graph)
    scalar = (str, int, float, bool)
    assert all(isinstance(v, scalar) for _, d in H.nodes(data=True) for v in d.values())
    assert all(isinstance(v, scalar) for *_, d in H.edges(data=True) for v in d.values())
    assert H.nodes[ID + "org/undp"]["iso3"] == ""
    assert json.loads(H.nodes[ID + "state/LBY"]["paragraphs"]) == [2, 4, 6]
    assert H.nodes[ID + "state/LBY"]["label"] == "利比亚"
    # the input is left alone
    assert graph.nodes[ID + "state/LBY"]["paragraphs"] == [2, 4, 6]


def _check_round_trip(R, G):
    assert set(R) == set(G)
    assert R.number_of_edges() == G.number_of_edges()
    lby = R.nodes[ID + "state/LBY"]
    assert lby["label_zh"] == "利比亚" and lby["iso3"] == "LBY"
    assert json.loads(lby["paragraphs"]) == [2, 4, 6]
    assert float(lby["pagerank"]) == pytest.approx(G.nodes[ID + "state/LBY"]["pagerank"])
    quotes = [json.loads(d["quotes"]) for u, v, d in R.edges(data=True)
              if (u, v) == (ID + "org/undp", ID + "state/LBY") and d["relation"] == "assists"]
    assert quotes == [["开发署协助利比亚。"]]


def test_graphml_round_trip(graph, tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    R = nx.read_graphml(path, force_multigraph=True)
    assert R.is_directed() and R.is_multigraph()
    _check_round_trip(R, graph)


def test_gexf_round_trip(graph, tmp_path):
    path = tmp_path / "g.gexf"
    write_gexf(graph, path)
    _check_round_trip(nx.read_gexf(path), graph)


def test_unwritable(graph, tmp_path):
    with pytest.raises(TacbError, match="cannot write"):
        write_graphml(graph, tmp_path / "missing" / "g.graphml")
