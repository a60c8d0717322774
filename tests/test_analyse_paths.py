"""Entity resolution and shortest chains with paragraph evidence."""

from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from tacb_graph.analyse.paths import Link, NoPath, connect, shortest_chains
from tacb_graph.analyse.project import project
from tacb_graph.analyse.resolve import EntityNotFound, resolve_entity
from tacb_graph.store import open_store, write_outputs

FIXTURE = Path(__file__).parent / "fixtures" / "analysis-sample.trig"
ID = "https://w3id.org/tacb/id/"
LBY, OHCHR, UNDP = ID + "state/LBY", ID + "org/ohchr", ID + "org/undp"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return open_store(write_outputs(ds, tmp_path_factory.mktemp("analysis")).store)


@pytest.mark.parametrize("name, iri", [
    ("利比亚", LBY), ("Libya", LBY), ("libya", LBY), ("利比亚国", LBY), ("LBY", LBY), ("state/LBY", LBY),
    (LBY, LBY), ("人权高专办", OHCHR), ("OHCHR", OHCHR), ("联合国人权事务高级专员办事处", OHCHR),
    ("A/HRC/RES/37/23", ID + "resolution/A/HRC/RES/37/23"),
    ("Human Rights Council", ID + "org/hrc"), ("human  rights council", ID + "org/hrc"),
])
def test_resolve(store, name, iri):
    assert resolve_entity(store, name) == iri


def test_resolve_errors(store):
    with pytest.raises(EntityNotFound, match=r'"理事会" is ambiguous: 人权理事会 \(org/hrc\), '
                                             r'人权理事会咨询委员会 \(org/hrc-advisory-committee\)'):
        resolve_entity(store, "理事会")
    with pytest.raises(EntityNotFound, match=r'no entity called "开发"; candidates: 联合国开发计划署 \(org/undp\)$'):
        resolve_entity(store, "开发")
    with pytest.raises(EntityNotFound, match=r'no entity called "Atlantis"$'):
        resolve_entity(store, "Atlantis")


def test_libya_to_ohchr_by_relations(store):
    conn = connect(store, "利比亚", "人权高专办")
    assert conn.via == "relations"
    assert conn.source == LBY and conn.target == OHCHR
    [chain] = conn.chains
    assert chain.nodes == (LBY, UNDP, OHCHR)
    assert chain.hops == (
        (Link(UNDP, "assists", LBY, (2, 6), ("开发署协助利比亚。",)),),
        (Link(OHCHR, "partnersWith", UNDP, (2,), ("人权高专办与开发署合作。",)),),
    )
    assert [conn.labels[n] for n in chain.nodes] == ["利比亚", "联合国开发计划署", "联合国人权事务高级专员办事处"]


def test_falls_back_to_comention(store):
    conn = connect(store, "能力建设", "OHCHR", max_paths=5)
    assert conn.via == "coMention"
    first, second = conn.chains
    # the chain with a stated relation comes first; co-mention is dropped where a relation exists
    assert first.nodes == (ID + "concept/capacity-building", UNDP, OHCHR)
    assert [l.relation for hop in first.hops for l in hop] == ["coMention", "partnersWith"]
    assert first.hops[0][0].paragraphs == (6,)
    assert first.hops[0][0].quotes == ("开发署在利比亚开展能力建设。开发署协助利比亚。",)
    assert second.nodes == (ID + "concept/capacity-building", LBY, OHCHR)
    assert connect(store, "能力建设", "OHCHR", max_paths=1).chains == (first,)


def test_several_shortest_chains(store):
    G = project(store)
    chains = shortest_chains(G, ID + "state/TUN", ID + "org/hrc")
    assert [c.nodes for c in chains] == [(ID + "state/TUN", OHCHR, ID + "org/hrc")]
    chains = shortest_chains(project(store, relations=False, comention=True), ID + "state/TUN", ID + "org/hrc")
    assert len(chains) == 1 and len(chains[0].nodes) == 2
    assert shortest_chains(G, LBY, ID + "concept/capacity-building") == []


def test_no_path(store):
    with pytest.raises(NoPath, match="not connected"):
        connect(store, "Human Rights Council Advisory Committee", "利比亚")


def test_same_entity(store):
    conn = connect(store, "LBY", "Libya")
    assert conn.chains[0].nodes == (LBY,) and conn.chains[0].hops == ()
