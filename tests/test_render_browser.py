"""The HTML page in headless Chromium: drawn, offline, filters, search, language, XSS inert.

Uses Debian's Chromium (``apt-get install chromium``) through Playwright; no
browser is downloaded. Skipped when either is missing.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tacb_graph.render.html import render_html
from tacb_graph.render.sample import ID, XSS_LABEL, sample_graph

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("no Chromium: apt-get install chromium", allow_module_level=True)

ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
WAIT_READY = """() => new Promise(resolve => {
  if (window.tacbGraph && window.tacbGraph.ready) { resolve(true); return; }
  window.addEventListener("tacb:ready", () => resolve(true), { once: true });
})"""
INK = """() => {
  const c = document.querySelector("#tacb-network canvas");
  const px = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
  let ink = 0;
  for (let i = 3; i < px.length; i += 4) { if (px[i] > 0) ink++; }
  return ink;
}"""


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A loaded page with everything it asked for and said recorded."""

    def __init__(self, browser, path: Path):
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.goto(self.url)
        self.page.evaluate(WAIT_READY)

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def dom_position(self, node_id: str) -> tuple[float, float]:
        box = self.page.locator("#tacb-network").bounding_box()
        p = self.js("id => { const n = window.tacbGraph.network;"
                    " return n.canvasToDOM(n.getPosition(id)); }", node_id)
        return box["x"] + p["x"], box["y"] + p["y"]


@pytest.fixture(scope="module")
def page(browser, tmp_path_factory):
    path = render_html(sample_graph(xss=True), tmp_path_factory.mktemp("browser") / "graph.html")
    pg = Page(browser, path)
    yield pg
    pg.page.close()


def test_drawn_offline_without_errors(page):
    assert page.js(INK) > 500, "canvas is blank"
    assert page.js("() => window.tacbGraph.nodeView.length") == 5
    assert page.requests == [page.url]          # nothing but the file itself
    assert page.errors == []
    assert page.js("() => window.tacbGraph.timings.ready > 0")


def test_class_and_relation_filters(page):
    page.page.locator('input[data-cls="State"]').uncheck()
    shown = page.js("() => window.tacbGraph.nodeView.getIds()")
    assert ID + "state/LBY" not in shown and len(shown) == 3
    # edges to hidden nodes go too
    assert page.js("() => window.tacbGraph.edgeView.get().filter(e => e.rel === 'assists').length") == 0
    page.page.locator('input[data-cls="State"]').check()
    assert page.js("() => window.tacbGraph.nodeView.length") == 5
    page.page.locator('input[data-rel="assists"]').uncheck()
    rels = page.js("() => window.tacbGraph.edgeView.get().map(e => e.rel)")
    assert "assists" not in rels and len(rels) == 3
    assert "显示 5 个节点、3 条边" in page.page.locator("#tacb-status").text_content()
    page.page.locator('input[data-rel="assists"]').check()
    assert page.js("() => window.tacbGraph.edgeView.length") == 5


def test_search_finds_a_chinese_label(page):
    page.page.locator("#tacb-search-input").fill("利比")
    page.page.locator("#tacb-search-input").press("Enter")
    assert page.js("() => window.tacbGraph.network.getSelectedNodes()") == [ID + "state/LBY"]
    assert "利比亚" in page.page.locator("#tacb-search-result").text_content()
    details = page.page.locator("#tacb-details").text_content()
    assert "LBY" in details and "434" in details and "¶2, ¶5" in details
    page.page.locator("#tacb-search-input").fill("Human Rights Council")
    page.page.locator("#tacb-search-go").click()
    assert page.js("() => window.tacbGraph.network.getSelectedNodes()") == [ID + "org/hrc"]
    page.page.locator("#tacb-search-input").fill("不存在")
    page.page.locator("#tacb-search-go").click()
    assert "未找到" in page.page.locator("#tacb-search-result").text_content()


def test_language_switch(page):
    label = "id => window.tacbGraph.nodes.get(id).label"
    assert page.js(label, ID + "state/LBY") == "利比亚"
    page.page.get_by_label("English").check()
    assert page.js(label, ID + "state/LBY") == "Libya"
    assert page.js("() => window.tacbGraph.edges.get().map(e => e.label)").count("assists") == 2
    assert "UN body" in page.page.locator("#tacb-classes").text_content()
    assert page.js("() => document.documentElement.lang") == "en"
    page.page.get_by_label("中文").check()
    assert page.js(label, ID + "state/LBY") == "利比亚"
    assert "联合国机构" in page.page.locator("#tacb-classes").text_content()


def test_script_payloads_stay_text(page):
    res = ID + "resolution/A/HRC/RES/37/23"
    x, y = page.dom_position(res)
    page.page.mouse.move(x, y)
    tooltip = page.page.locator("#tacb-tooltip")
    tooltip.wait_for(state="visible")
    assert XSS_LABEL in tooltip.text_content()
    assert tooltip.locator("a").get_attribute("href") == "https://undocs.org/A/HRC/RES/37/23"
    page.page.mouse.click(x, y)
    assert "<img src=x onerror=alert(3)>" in page.page.locator("#tacb-details").text_content()
    # the quote of the straight OHCHR → Libya edge, hovered at its middle
    (ax, ay), (bx, by) = page.dom_position(ID + "org/ohchr"), page.dom_position(ID + "state/LBY")
    page.page.mouse.move(0, 0)
    page.page.mouse.move((ax + bx) / 2, (ay + by) / 2)
    tooltip.wait_for(state="visible")
    assert "<img src=x onerror=alert(2)>" in tooltip.text_content()
    assert page.dialogs == []
    assert page.js("() => document.querySelectorAll('img').length") == 0
    assert page.js("() => document.querySelectorAll('script').length") == 3
    assert page.errors == []


def test_large_graph_drawn_without_physics(browser, tmp_path):
    from tacb_graph.render.sample import synthetic_graph

    path = render_html(synthetic_graph(600, 1500, seed=2), tmp_path / "big.html")
    pg = Page(browser, path)
    try:
        assert pg.js("() => window.tacbGraph.data.physics") is False
        assert pg.js(INK) > 500
        assert pg.js("() => window.tacbGraph.edgeView.length") == 1500
        assert pg.errors == [] and pg.requests == [pg.url]
    finally:
        pg.page.close()
