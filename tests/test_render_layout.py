"""Layouts: seeded, packed, free of label overlaps; rings sized by their labels."""

from __future__ import annotations

import math
from itertools import combinations

import networkx as nx

from tacb_graph.render.layout import labelled_layout, layout, node_box, pack, remove_overlaps
from tacb_graph.render.rings import ego_layout, ring, stance_layout
from tacb_graph.render.sample import synthetic_graph


def _overlaps(pos, boxes):
    out = []
    for a, b in combinations(pos, 2):
        (ax, ay), (bx, by) = pos[a], pos[b]
        (aw, at, ab), (bw, bt, bb) = boxes[a], boxes[b]
        if abs(ax - bx) < (aw + bw) / 2 - 1e-6 and ay + at < by + bb - 1e-6 and by + bt < ay + ab - 1e-6:
            out.append((a, b))
    return out


def test_remove_overlaps_separates_a_pile():
    pos = {i: (float(i % 3), float(i // 3)) for i in range(12)}
    boxes = {i: node_box(10, f"label {i}") for i in pos}
    assert _overlaps(pos, boxes)
    assert not _overlaps(remove_overlaps(pos, boxes), boxes)


def test_fixed_nodes_stay():
    pos = {"a": (0.0, 0.0), "b": (3.0, 0.0)}
    out = remove_overlaps(pos, {"a": (40, -10, 30), "b": (40, -10, 30)}, fixed=frozenset({"a"}))
    assert out["a"] == (0.0, 0.0) and out["b"][0] >= 40


def test_labelled_layout_packs_components_without_overlaps():
    G = nx.union(nx.star_graph(8), nx.relabel_nodes(nx.path_graph(3), {0: "x", 1: "y", 2: "z"}))
    boxes = {n: node_box(12, f"name {n}") for n in G}
    pos = labelled_layout(G, boxes, seed=1)
    assert set(pos) == set(G) and not _overlaps(pos, boxes)
    assert labelled_layout(G, boxes, seed=1) == pos                 # seeded


def test_pack_places_parts_apart():
    boxes = {n: (40, -10, 30) for n in "abc"}
    pos = pack([{"a": (0, 0), "b": (100, 0)}, {"c": (0, 0)}], boxes)
    assert not _overlaps(pos, boxes)


def test_rings_hold_their_labels():
    ids = [f"n{i}" for i in range(30)]                       # two interleaved rings
    boxes = {i: node_box(10, "人权高专办") for i in ids}
    pos, outer = ring(ids, boxes, inner=50)
    assert min(math.hypot(*p) for p in pos.values()) > 50 and outer > max(math.hypot(*p) for p in pos.values())
    boxes["centre"] = node_box(30, "中心")
    pos = ego_layout("centre", [ids], boxes)
    assert not _overlaps(pos, boxes)


def test_ego_and_stance_layouts():
    boxes = {x: node_box(10, x) for x in ["centre", "a", "b", "c", "d"]}
    pos = ego_layout("centre", [["a", "b"], ["c", "d"]], boxes)
    assert pos["centre"] == (0.0, 0.0)
    assert min(math.hypot(*pos[x]) for x in "cd") > max(math.hypot(*pos[x]) for x in "ab")
    pos = stance_layout(["centre"], [["a"], [], ["b", "c"]], boxes)
    assert pos["centre"] == (0.0, 0.0) and not _overlaps(pos, boxes)


def test_big_layouts_are_seeded_and_keep_isolates_near():
    G = synthetic_graph(600, 900, seed=5)
    G.add_node("lonely")
    a, b = layout(G, seed=1), layout(G, seed=1)
    assert a == b
    far = max(abs(x) + abs(y) for x, y in a.values())
    x, y = a["lonely"]
    assert abs(x) + abs(y) <= far
