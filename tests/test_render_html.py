"""The HTML page without a browser: self-contained, escaped, complete data, settled layout."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from tacb_graph.errors import TacbError
from tacb_graph.render.html import render_html, scene_payload, script_json
from tacb_graph.render.layout import PHYSICS_MAX_NODES, layout
from tacb_graph.render.sample import ID, XSS_LABEL, XSS_QUOTE, sample_graph, synthetic_graph
from tacb_graph.render.scene import MAX_SIZE, MIN_SIZE, measure_values, scene
from tacb_graph.render.style import class_style, relation_style


def _data(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="tacb-data">(.*?)</script>', page, re.S)
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    path = render_html(sample_graph(xss=True), tmp_path_factory.mktemp("html") / "g.html")
    return path.read_bytes().decode("utf-8")


def test_self_contained(page):
    # nothing to fetch: no external script, style sheet, image, font or frame
    assert not re.search(r'<(script|img|iframe|link)\b[^>]*\b(src|href)=', page, re.I)
    assert not re.search(r"jsdelivr|unpkg|cdnjs|googleapis|sourceMappingURL", page)
    assert "bootstrap" not in page.lower() and "tom-select" not in page.lower()
    assert "new vis.Network" in page and ".vis-network" in page   # vis JS and CSS inlined
    assert '<meta charset="utf-8">' in page


def test_csp_allows_exactly_the_inline_scripts(page):
    csp = re.search(r'Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "default-src 'none'" in csp and "connect-src" not in csp  # default-src covers it
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 2
    for s in scripts:
        digest = base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_report_text_is_escaped(page):
    # exactly our three script blocks; the payload appears only JSON-escaped
    assert len(re.findall(r"^<script", page, re.M)) == 3
    assert len(re.findall(r"</script>\n", page)) == 3
    assert XSS_LABEL not in page and "<img src=x" not in page
    assert "\u2028" not in page
    data = _data(page)
    labels = {n["zh"] for n in data["nodes"]}
    assert XSS_LABEL in labels                       # round-trips exactly
    quotes = [q for e in data["edges"] for q in e.get("q", [])]
    assert XSS_QUOTE in quotes


def test_script_json_escapes_script_breakers():
    s = script_json({"a": "</script>&<!--\u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(s)
    assert json.loads(s) == {"a": "</script>&<!--\u2028\u2029"}


def test_written_as_utf8_whatever_the_locale(tmp_path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setattr("locale.getpreferredencoding", lambda *a, **k: "ANSI_X3.4-1968")
    path = render_html(sample_graph(), tmp_path / "sub" / "g.html")
    assert "联合国人权事务高级专员办事处" in path.read_bytes().decode("utf-8")


def test_payload_carries_what_tooltips_show():
    data = scene_payload(scene(sample_graph()))
    lby = next(n for n in data["nodes"] if n["id"] == ID + "state/LBY")
    assert (lby["zh"], lby["en"], lby["iso3"], lby["m49"], lby["k"], lby["p"]) == \
        ("利比亚", "Libya", "LBY", "434", "State", [2, 5])
    res = next(n for n in data["nodes"] if n["k"] == "Resolution")
    assert res["sym"] == "A/HRC/RES/37/23"
    assert {c["id"]: c["count"] for c in data["classes"]} == {"State": 2, "UNBody": 2, "Resolution": 1}
    assert {r["id"] for r in data["relations"]} == {"adoptedBy", "requests", "assists", "coMention"}
    assists = next(e for e in data["edges"] if e["r"] == "assists" and e["t"] == ID + "state/LBY")
    assert (assists["p"], assists["q"]) == ([2], ["人权高专办协助利比亚。"])
    # the two edges between OHCHR and Libya are bent apart
    pair = [e.get("c", 0) for e in data["edges"] if {e["f"], e["t"]} == {ID + "org/ohchr", ID + "state/LBY"}]
    assert sorted(pair) == [0, 0.2]


def test_styles_from_the_ontology():
    assert (class_style("UNBody").label_zh, class_style("UNBody").label_en) == ("联合国机构", "UN body")
    assert relation_style("adoptedBy").label_zh == "通过者"
    assert not relation_style("coMention").arrow and relation_style("coMention").dashes
    assert class_style("NoSuchClass").label_en == "NoSuchClass"


@pytest.mark.parametrize("size_by", ["pagerank", "degree", "mentions"])
def test_sizes_follow_the_measure(size_by):
    sc = scene(sample_graph(), size_by=size_by)
    sizes = {n.id: n.size for n in sc.nodes}
    assert all(MIN_SIZE <= s <= MAX_SIZE for s in sizes.values())
    biggest = max(sizes, key=sizes.get)
    assert biggest == ID + "org/ohchr"          # most connected, most mentioned


def test_measures_already_on_nodes_are_used():
    G = sample_graph()
    for i, n in enumerate(G):
        G.nodes[n]["pagerank"] = float(i)
    assert measure_values(G, "pagerank") == {n: float(i) for i, n in enumerate(G)}
    with pytest.raises(TacbError, match="cannot size nodes by 'betweenness'"):
        measure_values(G, "betweenness")


def test_physics_only_for_small_graphs():
    assert scene(sample_graph()).physics
    big = synthetic_graph(PHYSICS_MAX_NODES + 1, 400, seed=3)
    sc = scene(big)
    assert not sc.physics
    xs = [n.x for n in sc.nodes]
    assert max(xs) - min(xs) > 100                 # laid out, not piled up


def test_layout_is_seeded_and_keeps_isolates_near():
    G = synthetic_graph(600, 900, seed=5)
    G.add_node("lonely")
    a, b = layout(G, seed=1), layout(G, seed=1)
    assert a == b
    far = max(abs(x) + abs(y) for x, y in a.values())
    x, y = a["lonely"]
    assert abs(x) + abs(y) <= far


def test_empty_graph_and_bad_language(tmp_path):
    page = render_html(nx.MultiDiGraph(), tmp_path / "empty.html").read_text(encoding="utf-8")
    assert _data(page)["nodes"] == []
    with pytest.raises(TacbError, match="unknown language"):
        render_html(sample_graph(), tmp_path / "x.html", lang="fr")


def test_unwritable_path_is_a_clean_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(TacbError, match="cannot write the graph"):
        render_html(sample_graph(), tmp_path / "file" / "g.html")
