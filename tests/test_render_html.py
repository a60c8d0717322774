"""The HTML page without a browser: self-contained, escaped, every story view in its data."""

from __future__ import annotations

import base64
import hashlib
import json
import re

import networkx as nx
import pytest

from tacb_graph.errors import TacbError
from tacb_graph.render.html import SCRIPTS, page_payload, page_scenes, render_html, script_json
from tacb_graph.render.sample import ID, XSS_LABEL, XSS_QUOTE, sample_graph
from tacb_graph.render.stories import VIEW_NAMES


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
    assert "new vis.Network" in page and ".vis-network" in page   # vis JS and CSS inlined
    assert '<meta charset="utf-8">' in page
    assert all(f"---- {name} ----" in page for name in SCRIPTS)   # our script, every part


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
    assert XSS_LABEL in {n["zh"] for n in data["nodes"]}      # round-trips exactly
    assert XSS_QUOTE in [q for e in data["edges"] for q in e.get("q", [])]


def test_script_json_escapes_script_breakers():
    s = script_json({"a": "</script>&<!--\u2028\u2029"})
    assert not set("<>&\u2028\u2029") & set(s)
    assert json.loads(s) == {"a": "</script>&<!--\u2028\u2029"}


def test_written_as_utf8_whatever_the_locale(tmp_path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "C")
    monkeypatch.setattr("locale.getpreferredencoding", lambda *a, **k: "ANSI_X3.4-1968")
    path = render_html(sample_graph(), tmp_path / "sub" / "g.html")
    assert "联合国人权事务高级专员办事处" in path.read_bytes().decode("utf-8")


def test_payload_has_every_view_and_what_cards_show():
    data = page_payload(page_scenes(sample_graph()))
    assert [v["id"] for v in data["views"]] == list(VIEW_NAMES)
    assert set(data["viewData"]) == set(VIEW_NAMES) - {"ego"}     # ego is laid out by the page
    lby = next(n for n in data["nodes"] if n["id"] == ID + "state/LBY")
    assert (lby["zh"], lby["en"], lby["iso3"], lby["m49"], lby["k"], lby["p"]) == \
        ("利比亚", "Libya", "LBY", "434", "State", [2, 5])
    res = next(n for n in data["nodes"] if n["k"] == "Resolution")
    assert res["sym"] == "A/HRC/RES/37/23"
    assert {c["id"]: c["count"] for c in data["classes"]} == {"State": 2, "UNBody": 2, "Resolution": 1}
    index = {n["id"]: i for i, n in enumerate(data["nodes"])}
    assists = next(e for e in data["edges"] if e["r"] == "assists" and e["t"] == index[ID + "state/LBY"])
    assert (assists["p"], assists["q"]) == ([2], ["人权高专办协助利比亚。"])
    # the assistance view holds the two assists edges and their ends, nothing else
    av = data["viewData"]["assistance"]
    assert sorted(data["edges"][i]["r"] for i in av["e"]) == ["assists", "assists"]
    assert {data["nodes"][i]["id"] for i in av["n"]} == {ID + "org/ohchr", ID + "state/LBY", ID + "state/TUN"}
    # each view: one position, size and rank per node; ranks are a permutation
    for name, vd in data["viewData"].items():
        assert len(vd["s"]) == len(vd["r"]) == len(vd["n"]) and sorted(vd["r"]) == list(range(len(vd["n"])))
        assert vd.get("shared") or len(vd["x"]) == len(vd["y"]) == len(vd["n"])


def test_parallel_edges_are_bent_apart():
    data = page_payload(page_scenes(sample_graph()))
    index = {n["id"]: i for i, n in enumerate(data["nodes"])}
    full = data["viewData"]["full"]
    pair = {index[ID + "org/ohchr"], index[ID + "state/LBY"]}
    curves = [full["c"][k] for k, i in enumerate(full["e"])
              if {data["edges"][i]["f"], data["edges"][i]["t"]} == pair]
    assert sorted(curves) == [0, 0.2]


def test_page_opens_on_the_view_asked(tmp_path):
    G = sample_graph()
    page = render_html(G, tmp_path / "g.html", view="ego", focus=ID + "org/hrc", lang="en").read_text(encoding="utf-8")
    data = _data(page)
    assert (data["view"], data["focus"], data["lang"]) == ("ego", ID + "org/hrc", "en")
    assert "<title>" in page and "— Ego</title>" in page
    with pytest.raises(TacbError, match="needs an entity"):
        render_html(G, tmp_path / "x.html", view="ego")
    with pytest.raises(TacbError, match="no view called"):
        render_html(G, tmp_path / "x.html", view="maps")


def test_empty_graph_and_bad_language(tmp_path):
    page = render_html(nx.MultiDiGraph(), tmp_path / "empty.html").read_text(encoding="utf-8")
    assert _data(page)["nodes"] == []
    with pytest.raises(TacbError, match="unknown language"):
        render_html(sample_graph(), tmp_path / "x.html", lang="fr")


def test_unwritable_path_is_a_clean_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(TacbError, match="cannot write the graph"):
        render_html(sample_graph(), tmp_path / "file" / "g.html")


def test_quote_languages_go_into_the_payload_only_when_known():
    G = sample_graph()
    u, v, k = next((u, v, k) for u, v, k, d in G.edges(keys=True, data=True) if d.get("quotes"))
    G.edges[u, v, k]["quotes"] = ["人权高专办协助利比亚。", "OHCHR assisted Libya."]
    G.edges[u, v, k]["quote_langs"] = ["zh", "en"]
    data = page_payload(page_scenes(G))
    tagged = [e for e in data["edges"] if "ql" in e]
    assert [(e["q"], e["ql"]) for e in tagged] == [(["人权高专办协助利比亚。", "OHCHR assisted Libya."], ["zh", "en"])]
    assert all("ql" not in e for e in page_payload(page_scenes(sample_graph()))["edges"])


def test_the_page_is_the_same_whatever_the_hash_seed(tmp_path):
    """Two builds of the bundled report in processes with different string hashes write the same page
    (networkx lists a subgraph's nodes in the order of a set of them; the layouts start from node order)."""
    import os
    import subprocess
    import sys

    pages = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "tacb_graph", "build", "--out", str(out), "-q"], env=env, check=True,
                       capture_output=True)
        pages.append((out / "graph.html").read_bytes())
    assert pages[0] == pages[1]
