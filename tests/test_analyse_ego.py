"""Ego networks, class / relation / weight filters and view()."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from tacb_graph.analyse.ego import (drop_isolates, ego_network, filter_classes, filter_relations,
                                    filter_weight)
from tacb_graph.analyse.project import project
from tacb_graph.analyse.resolve import EntityNotFound
from tacb_graph.analyse.view import view
from tacb_graph.store import open_store, write_outputs

FIXTURE = Path(__file__).parent / "fixtures" / "analysis-sample.trig"
ID = "https://w3id.org/tacb/id/"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return open_store(write_outputs(ds, tmp_path_factory.mktemp("analysis")).store)


def _tails(G):
    return sorted(n[len(ID):] for n in G)


def test_ego_depths(store):
    G = project(store)
    assert _tails(ego_network(G, ID + "state/LBY", 0)) == ["state/LBY"]
    assert _tails(ego_network(G, ID + "state/LBY", 1)) == ["org/undp", "state/LBY"]
    assert _tails(ego_network(G, ID + "state/LBY", 2)) == ["org/ohchr", "org/undp", "state/LBY"]
    E = ego_network(G, ID + "org/ohchr", 1)
    assert _tails(E) == ["org/hrc", "org/ohchr", "org/undp", "org/vftc", "state/TUN"]
    # edges come with their attributes; the source graph is untouched
    assert E.edges[ID + "org/ohchr", ID + "state/TUN", "assists"]["paragraphs"] == [3]
    assert len(G) == 11
    with pytest.raises(KeyError):
        ego_network(G, ID + "state/XXX", 1)


def test_filters(store):
    G = project(store, comention=True)
    S = filter_classes(G, {"State"})
    assert _tails(S) == ["state/CHN", "state/LBY", "state/TUN"]
    assert {d["relation"] for *_, d in S.edges(data=True)} == {"coMention"}
    R = filter_relations(G, {"assists"})
    assert sorted((u[len(ID):], v[len(ID):]) for u, v in R.edges()) == [
        ("org/ohchr", "state/TUN"), ("org/undp", "state/LBY")]
    assert len(R) == len(G)
    W = filter_weight(G, 2)
    assert all(d["weight"] >= 2 for *_, d in W.edges(data=True)) and W.number_of_edges() == 4
    assert _tails(drop_isolates(R)) == ["org/ohchr", "org/undp", "state/LBY", "state/TUN"]


def test_filter_classes_matches_project(store):
    for kw in ({"comention": True}, {"bipartite": True, "relations": False}):
        a = filter_classes(project(store, **kw), {"State", "UNBody"})
        b = project(store, classes={"State", "UNBody"}, **kw)
        assert set(a) == set(b)
        assert set(a.edges(keys=True)) == set(b.edges(keys=True))


def test_view(store):
    assert _tails(view(store, focus="LBY", depth=2)) == ["org/ohchr", "org/undp", "state/LBY"]
    # the focus stays even when its class is filtered out
    V = view(store, focus="开发署", classes={"State"}, comention=True)
    assert _tails(V) == ["org/undp", "state/LBY"]
    with pytest.raises(EntityNotFound):
        view(store, focus="Atlantis")
