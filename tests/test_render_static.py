"""Slides (PNG, SVG): 16:9, Chinese drawn with a CJK font, labels placed clear of labels and nodes."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pyoxigraph as ox
import pytest

from tacb_graph.errors import TacbError
from tacb_graph.render import static
from tacb_graph.render.placement import Label, place_labels
from tacb_graph.render.sample import sample_graph, synthetic_graph
from tacb_graph.render.source import story_graph
from tacb_graph.render.static import NoCJKFont, cjk_font, render_image, slide
from tacb_graph.render.stories import view_edges

try:
    cjk_font()
except NoCJKFont:  # pragma: no cover - CI installs fonts-wqy-microhei
    pytest.skip("no CJK font: apt-get install fonts-wqy-microhei", allow_module_level=True)

FIXTURE = Path(__file__).parent / "fixtures" / "render-stories.trig"
ID = "https://w3id.org/tacb/id/"


@pytest.fixture(scope="module")
def G():
    s = ox.Store()
    s.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    return story_graph(s)[0]


def _overlap(a, b) -> bool:
    return a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5


def _check_clear(result):
    boxes = [p.box for p in result.placements]
    for a, b in combinations(boxes, 2):
        assert not _overlap(a, b), (a, b)                       # no two labels collide
    for p in result.placements:
        for key, x, y, r in result.discs:                      # no label covers another node
            if key != p.key:
                assert not _overlap(p.box, (x - r, y - r, x + r, y + r)), (p.key, key)
        if result.legend:
            assert not _overlap(p.box, result.legend)


def test_png_is_a_16_9_slide(tmp_path):
    from PIL import Image

    path = render_image(sample_graph(), tmp_path / "g.png")
    img = Image.open(path)
    assert img.size == (1920, 1080)
    dark = sum(1 for v in img.convert("L").tobytes() if v < 200)
    assert dark > 2000


@pytest.mark.parametrize("view", ["assistance", "mandates", "positions", "money", "full"])
def test_every_view_has_a_slide_with_all_its_labels(G, tmp_path, view):
    result = slide(G, tmp_path / f"{view}.png", view=view)
    _check_clear(result)
    linked = {e for u, v, _ in view_edges(G, view) for e in (u, v)}
    assert {p.key for p in result.placements} == linked         # small views: every node named
    assert result.legend is not None and result.legend[0] > 0.75 * result.size[0]   # a column at the right


def test_a_crowded_neighbourhood_stays_readable(built, tmp_path):
    """OHCHR's neighbourhood in the bundled report: labels clear, the hub named, most nodes named."""
    from tacb_graph.render.view import store_story

    story = store_story(built.paths.store, focus="OHCHR")
    result = slide(story.graph, tmp_path / "ego.png", view="ego", focus=story.focus)
    _check_clear(result)
    named = {p.key for p in result.placements}
    assert story.focus in named
    assert len(named) >= 0.75 * len(result.discs)


def test_svg_draws_the_chinese_labels(G, tmp_path):
    svg = render_image(G, tmp_path / "g.svg", view="positions").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml")
    for label in ("联合王国", "互利合作", "批评", "支持", "技术援助和能力建设问题研究"):
        assert f"<!-- {label}" in svg, label          # each text is kept as a comment …
    assert svg.count("<path") > 50                      # … and drawn as glyph outlines
    assert "<text" not in svg                           # no font needed to show it


def test_short_labels_in_english_and_escaping(G, tmp_path):
    svg = render_image(G, tmp_path / "g.svg", lang="en", view="mandates").read_text(encoding="utf-8")
    assert "<!-- HRC 6/17 -->" in svg and "<!-- OHCHR -->" in svg
    xss = render_image(sample_graph(xss=True), tmp_path / "x.svg", lang="en").read_text(encoding="utf-8")
    assert "<img" not in xss and "&lt;img src=x" in xss


def test_same_input_same_svg(G, tmp_path):
    a = render_image(G, tmp_path / "a.svg", view="money").read_bytes()
    b = render_image(G, tmp_path / "b.svg", view="money").read_bytes()
    assert a == b


def test_place_labels_leaves_out_what_has_no_room():
    labels = [Label("a", 160, 100, 10, 60, 20), Label("b", 160, 70, 10, 60, 20),
              Label("wide", 60, 160, 10, 400, 20)]
    discs = [("a", 160, 100, 10), ("b", 160, 70, 10), ("wide", 60, 160, 10)]
    placed = {p.key: p for p in place_labels(labels, discs, (0, 0, 320, 200))}
    assert set(placed) == {"a", "b"}                      # no place in the frame holds the wide one
    assert placed["a"].va == "bottom" and placed["b"].va == "top"   # a above (b's disc is below it)


def test_large_graph_image(tmp_path):
    path = render_image(synthetic_graph(800, 2000, seed=4), tmp_path / "big.png", dpi=60)
    assert path.stat().st_size > 10_000


def test_no_cjk_font_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.delenv("TACB_CJK_FONT", raising=False)
    monkeypatch.setattr(static, "CJK_FONT_FILES", ())
    monkeypatch.setattr("matplotlib.font_manager.findSystemFonts", lambda *a, **k: ["/x/DejaVuSans.ttf"])
    with pytest.raises(NoCJKFont, match="apt-get install fonts-wqy-microhei"):
        render_image(sample_graph(), tmp_path / "g.png")
    assert not (tmp_path / "g.png").exists()
    with pytest.raises(NoCJKFont, match="no such font file"):
        cjk_font(tmp_path / "missing.ttc")


def test_unknown_format_or_view(tmp_path):
    with pytest.raises(TacbError, match="use a .png or .svg"):
        render_image(sample_graph(), tmp_path / "g.jpg")
    with pytest.raises(TacbError, match="no view called"):
        render_image(sample_graph(), tmp_path / "g.png", view="maps")
