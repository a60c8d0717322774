"""PNG and SVG images: Chinese labels drawn with a CJK font, a clear error without one."""

from __future__ import annotations

import pytest

from tacb_graph.errors import TacbError
from tacb_graph.render import static
from tacb_graph.render.sample import sample_graph, synthetic_graph
from tacb_graph.render.static import NoCJKFont, cjk_font, render_image

try:
    cjk_font()
except NoCJKFont:  # pragma: no cover - CI installs fonts-wqy-microhei
    pytest.skip("no CJK font: apt-get install fonts-wqy-microhei", allow_module_level=True)


def test_png_is_not_blank(tmp_path):
    from PIL import Image

    path = render_image(sample_graph(), tmp_path / "g.png")
    img = Image.open(path).convert("L")
    assert img.size[0] >= 1000
    dark = sum(1 for v in img.getdata() if v < 200)
    assert dark > 2000


def test_svg_draws_the_chinese_labels(tmp_path):
    svg = render_image(sample_graph(), tmp_path / "g.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml")
    for label in ("利比亚", "人权理事会", "国家", "联合国机构", "协助"):
        assert f"<!-- {label}" in svg, label          # each text is kept as a comment …
    assert svg.count("<path") > 50                      # … and drawn as glyph outlines
    assert "<text" not in svg                           # no font needed to show it


def test_english_labels_and_escaping(tmp_path):
    svg = render_image(sample_graph(xss=True), tmp_path / "g.svg", lang="en").read_text(encoding="utf-8")
    assert "<!-- Libya -->" in svg
    assert "<img" not in svg and "&lt;img src=x" in svg


def test_same_input_same_svg(tmp_path):
    a = render_image(sample_graph(), tmp_path / "a.svg").read_bytes()
    b = render_image(sample_graph(), tmp_path / "b.svg").read_bytes()
    assert a == b


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


def test_unknown_format(tmp_path):
    with pytest.raises(TacbError, match="use a .png or .svg"):
        render_image(sample_graph(), tmp_path / "g.jpg")
