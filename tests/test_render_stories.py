"""Story views and their scenes: which edges each holds, how they are drawn, where nodes go."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pyoxigraph as ox
import pytest

from tacb_graph.errors import TacbError
from tacb_graph.render.layout import node_box
from tacb_graph.render.scene import edge_label, scene
from tacb_graph.render.source import story_graph
from tacb_graph.render.stories import VIEW_NAMES, story_subgraph, view_edges
from tacb_graph.render.style import modality_style, stance_style

FIXTURE = Path(__file__).parent / "fixtures" / "render-stories.trig"
ID = "https://w3id.org/tacb/id/"


@pytest.fixture(scope="module")
def G():
    s = ox.Store()
    s.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    return story_graph(s)[0]


def _pairs(G, view):
    return {(u[len(ID):], v[len(ID):], G.edges[u, v, k]["relation"]) for u, v, k in view_edges(G, view)}


def test_what_each_view_holds(G):
    assert _pairs(G, "assistance") == {("org/ohchr", "state/LBY", "assists"), ("org/ohchr", "state/TUN", "assists"),
                                       ("org/ohchr-west-africa", "state/SEN", "assists")}
    mandates = _pairs(G, "mandates")
    assert {r for *_, r in mandates} == {"adoptedBy", "establishes", "requests", "assists"}
    assert ("org/ohchr", "state/TUN", "assists") in mandates          # requested: a mandate, not a deed
    assert ("org/ohchr", "state/LBY", "assists") not in mandates
    assert {r for *_, r in _pairs(G, "positions")} == {"stance", "related"}
    assert {r for *_, r in _pairs(G, "money")} == {"contributes"}
    assert len(view_edges(G, "full")) == G.number_of_edges()
    assert set(story_subgraph(G, "full")) == set(G)                   # every entity, linked or not


def test_requested_facts_are_dashed_in_assistance_and_mandates(G):
    for view in ("assistance", "mandates"):
        sc = scene(G, view=view)
        dashed = {(e.source[len(ID):], e.target[len(ID):]) for e in sc.edges if modality_style(e.modality).dashes}
        assert dashed == {("org/ohchr", "state/TUN")}, view
        assert [m.value for m in sc.modalities] == ["Reported", "Requested"]
        e = next(e for e in sc.edges if e.modality == "Requested")
        assert edge_label(e, "relation", "en") == "assists (Requested)"


def test_positions_colour_every_holder_by_its_stance(G):
    sc = scene(G, view="positions")
    holders = {n.id[len(ID):]: n.stance for n in sc.nodes if n.kind == "State"}
    assert holders == {"state/CHN": "Supportive", "state/GBR": "Critical", "state/CAN": "Sceptical",
                       "state/KWT": "NotQuestioned"}
    assert [s.value for s in sc.stances] == ["Supportive", "NotQuestioned", "Sceptical", "Critical"]
    assert stance_style("Critical").color != stance_style("Supportive").color
    # the concepts in the middle, the holders around them
    concept = next(n for n in sc.nodes if n.id.endswith("mutually-beneficial-cooperation"))
    others = [n for n in sc.nodes if n.kind == "State"]
    assert all(abs(concept.x) + abs(concept.y) < abs(n.x) + abs(n.y) for n in others)


def test_money_edges_carry_amounts(G):
    sc = scene(G, view="money", lang="en")
    labels = sorted(edge_label(e, "amount", "en") for e in sc.edges)
    assert labels == ["EUR 1.8 million", "USD 800,000"]
    assert sorted(edge_label(e, "amount", "zh") for e in sc.edges) == ["180万欧元", "80万美元"]


def test_ego_view_around_an_entity(G):
    sc = scene(G, view="ego", focus=ID + "org/ohchr")
    ids = {n.id[len(ID):] for n in sc.nodes}
    assert ids == {"org/ohchr", "state/LBY", "state/TUN", "org/undp", "resolution/A/HRC/RES/6/17", "state/CHN"}
    centre = next(n for n in sc.nodes if n.id == ID + "org/ohchr")
    assert (centre.x, centre.y) == (0.0, 0.0)
    with pytest.raises(TacbError, match="needs an entity"):
        scene(G, view="ego")


@pytest.mark.parametrize("view", [v for v in VIEW_NAMES if v != "ego"])
def test_small_views_leave_room_for_every_label(G, view):
    sc = scene(G, view=view)
    boxes = []
    for n in sc.nodes:
        w, top, bottom = max((node_box(n.size, label) for label in (n.short_zh, n.short_en)), key=lambda b: b[0])
        boxes.append((n.id, n.x - w / 2, n.y + top, n.x + w / 2, n.y + bottom))
    for a, b in combinations(boxes, 2):
        overlap = a[1] < b[3] - 1 and b[1] < a[3] - 1 and a[2] < b[4] - 1 and b[2] < a[4] - 1
        assert not overlap, (view, a[0], b[0])


def test_scenes_are_seeded(G):
    a, b = scene(G, view="mandates", seed=3), scene(G, view="mandates", seed=3)
    assert [(n.id, n.x, n.y) for n in a.nodes] == [(n.id, n.x, n.y) for n in b.nodes]


def test_titles_come_from_the_report(G):
    sc = scene(G, view="money")
    assert sc.titled("zh") == "技术援助和能力建设问题研究"
    assert sc.titled("en") == "Study on technical assistance and capacity-building"
    assert scene(G, view="money", title="Briefing").titled("en") == "Briefing"
