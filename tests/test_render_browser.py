"""The page in headless Chromium at 1280×720 and 1920×1080: views, labels, filters, search, state.

Uses Debian's Chromium (``apt-get install chromium``) through Playwright; no
browser is downloaded. Skipped when either is missing. Pages: the bundled
report's (built once per session), a small store with every story
(``fixtures/render-stories.trig``) and a graph carrying script payloads.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from tacb_graph.analyse.resolve import match_entity
from tacb_graph.render.html import render_html
from tacb_graph.render.sample import ID, XSS_LABEL, sample_graph
from tacb_graph.render.scene import scene
from tacb_graph.render.source import story_graph
from tacb_graph.render.stories import VIEW_NAMES
from tacb_graph.render.style import stance_style
from tacb_graph.render.view import render_store_html

sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("no Chromium: apt-get install chromium", allow_module_level=True)

FIXTURE = Path(__file__).parent / "fixtures" / "render-stories.trig"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
SIZES = [(1280, 720), (1920, 1080)]
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
# every text drawn on the canvas, with its size on screen in CSS pixels
RECORD_TEXT = """() => {
  window.__texts = null;
  for (const name of ["fillText", "strokeText"]) {
    const draw = CanvasRenderingContext2D.prototype[name];
    CanvasRenderingContext2D.prototype[name] = function (text, x, y) {
      if (window.__texts && this.canvas.closest && this.canvas.closest("#tacb-network")) {
        const m = /(\\d+(?:\\.\\d+)?)px/.exec(this.font);
        const t = this.getTransform();
        window.__texts.push({ text: String(text), px: (m ? +m[1] : 0) * Math.hypot(t.a, t.b) / devicePixelRatio });
      }
      return draw.apply(this, arguments);
    };
  }
}"""
DRAWN_TEXTS = """() => {
  window.__texts = [];
  window.tacbGraph.network.redraw();
  const out = window.__texts;
  window.__texts = null;
  return out;
}"""


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Page:
    """A loaded page with everything it asked for and said recorded."""

    def __init__(self, browser, path: Path, size=(1280, 720), fragment: str = ""):
        self.url = path.resolve().as_uri()
        self.page = browser.new_page(viewport={"width": size[0], "height": size[1]}, accept_downloads=True)
        self.requests, self.errors, self.dialogs = [], [], []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.add_init_script(f"({RECORD_TEXT})()")
        self.page.goto(self.url + fragment)
        self.page.evaluate(WAIT_READY)

    def js(self, expr: str, arg=None):
        return self.page.evaluate(expr, arg)

    def api(self, call: str, *args):
        return self.page.evaluate(f"args => window.tacbGraph.{call}(...args)", list(args))

    def state(self) -> dict:
        return self.js("() => window.tacbGraph.state()")

    def positions(self) -> dict:
        return self.js("() => window.tacbGraph.network.getPositions()")

    def dom_position(self, node_id: str) -> tuple[float, float]:
        box = self.page.locator("#tacb-network").bounding_box()
        p = self.js("id => { const n = window.tacbGraph.network; return n.canvasToDOM(n.getPosition(id)); }", node_id)
        return box["x"] + p["x"], box["y"] + p["y"]

    def search(self, text: str):
        self.page.locator("#tacb-search-input").fill(text)
        self.page.locator("#tacb-search-input").press("Enter")
        return self.js("() => window.tacbGraph.network.getSelectedNodes()")

    def offline(self):
        """No request went anywhere but the file (a CSV download is a blob: of the page itself)."""
        assert all(u == self.url or u.split("#")[0] == self.url or u.startswith("blob:")
                   for u in self.requests), self.requests
        assert self.errors == [], self.errors

    def close(self):
        self.page.close()


@pytest.fixture(scope="module")
def bundled(built):
    return built.paths.out / "graph.html"


@pytest.fixture(scope="module")
def stories_store():
    s = ox.Store()
    s.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def stories(stories_store, tmp_path_factory):
    return render_store_html(stories_store, tmp_path_factory.mktemp("stories") / "graph.html")


@pytest.fixture
def open_page(browser):
    pages = []

    def opener(path, size=(1280, 720), fragment=""):
        pg = Page(browser, path, size, fragment)
        pages.append(pg)
        return pg

    yield opener
    for pg in pages:
        pg.offline()
        pg.close()


# ---------------------------------------------------------------- drawing and views

@pytest.mark.parametrize("size", SIZES)
def test_drawn_offline_without_errors(open_page, bundled, store, size):
    from tacb_graph.store import select

    rows = select(store, """SELECT ?t ?l WHERE { ?r a tacb:Report . OPTIONAL { ?r dcterms:title ?t
                            FILTER(LANGMATCHES(LANG(?t), "zh")) } OPTIONAL { ?r rdfs:label ?l } }""")
    title = str((rows[0]["t"] or rows[0]["l"]).value)      # the report's title, else its label
    pg = open_page(bundled, size)
    assert pg.js(INK) > 5000, "canvas is blank"
    assert pg.js("() => window.tacbGraph.timings.ready > 0")
    assert pg.js("() => document.title") == f"{title} — 全图"
    assert pg.page.locator("#tacb-title").text_content() == title
    assert pg.requests == [pg.url]


def test_every_story_view_is_one_click(open_page, bundled):
    pg = open_page(bundled)
    pg.search("OHCHR")                               # the ego view shows the selected entity's neighbourhood
    for view in VIEW_NAMES:
        pg.page.locator(f'button[data-view="{view}"]').click()
        assert pg.state()["view"] == view
        assert pg.js("() => window.tacbGraph.visibleNodes().length") > 3, view
        assert pg.page.locator(f'button[data-view="{view}"]').get_attribute("aria-pressed") == "true"
        assert pg.js(INK) > 5000, view


@pytest.mark.parametrize("size", SIZES)
def test_labels_are_at_least_12px_at_fit(open_page, bundled, size):
    pg = open_page(bundled, size)
    pg.api("select", "OHCHR")
    for view in VIEW_NAMES:
        pg.api("setView", view)
        texts = pg.js(DRAWN_TEXTS)
        small = [t for t in texts if t["px"] < 12 - 1e-6]
        assert not small, (view, small[:5])
        labelled = {t["text"] for t in texts}
        shown = pg.js("() => window.tacbGraph.visibleNodes().length")
        # small story views name every node; the full graph at least its most important ones
        assert len(labelled) >= (0.8 * shown if shown <= 40 else 15), (view, len(labelled), shown)


def test_positions_view_colours_every_stance_holder(open_page, bundled, store):
    from tacb_graph.store import select

    rows = select(store, "SELECT ?h ?v WHERE { ?s a tacb:Stance ; tacb:holder ?h ; tacb:stanceValue ?v }")
    values: dict[str, set] = {}
    for row in rows:
        values.setdefault(row["h"].value, set()).add(row["v"].value.rsplit("#", 1)[1])
    assert len(values) >= 10
    pg = open_page(bundled)
    pg.page.locator('button[data-view="positions"]').click()
    drawn = pg.js("""ids => ids.map(id => {
        const n = window.tacbGraph.network.body.nodes[id];
        return [n.options.hidden, n.options.color.background];
    })""", sorted(values))
    for (holder, vals), (hidden, colour) in zip(sorted(values.items()), drawn):
        expected = stance_style(next(iter(vals)) if len(vals) == 1 else "Mixed").color
        assert not hidden and colour.lower() == expected.lower(), (holder, vals, colour)


# ---------------------------------------------------------------- interaction

@pytest.mark.parametrize("size", SIZES)
def test_hiding_and_showing_keeps_positions(open_page, bundled, size):
    pg = open_page(bundled, size)
    before = pg.positions()
    pg.page.locator('input[data-cls="State"]').uncheck()
    hidden = pg.js("() => window.tacbGraph.visibleNodes()")
    assert not any(i.startswith(ID + "state/") for i in hidden)
    pg.page.locator('input[data-cls="State"]').check()
    after = pg.positions()
    assert after.keys() == before.keys()
    assert all(math.isclose(after[k]["x"], before[k]["x"]) and math.isclose(after[k]["y"], before[k]["y"])
               for k in before)
    # searching a node of a hidden class shows the class where it was
    pg.page.locator('input[data-cls="UNBody"]').uncheck()
    assert pg.search("OHCHR") == [ID + "org/ohchr"]
    assert pg.page.locator('input[data-cls="UNBody"]').is_checked()
    assert pg.positions()[ID + "org/ohchr"] == before[ID + "org/ohchr"]


def test_fit_after_every_filter_and_unconnected_hidden(open_page, bundled):
    pg = open_page(bundled)
    total = pg.js("() => window.tacbGraph.data.nodes.length")
    shown = pg.js("() => window.tacbGraph.visibleNodes().length")
    assert shown < total                                   # unconnected nodes hidden by default
    pg.page.locator("#tacb-isolates").check()
    assert pg.js("() => window.tacbGraph.visibleNodes().length") == total

    def all_on_screen():
        box = pg.page.locator("#tacb-network").bounding_box()
        for node in pg.js("() => window.tacbGraph.visibleNodes()"):
            x, y = pg.dom_position(node)
            assert box["x"] <= x <= box["x"] + box["width"] and box["y"] <= y <= box["y"] + box["height"], node

    all_on_screen()
    pg.page.locator("#tacb-isolates").uncheck()
    pg.page.locator('input[data-rel="assists"]').uncheck()
    all_on_screen()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("text, tail", [("OHCHR", "org/ohchr"), ("人权高专办", "org/ohchr"),
                                        ("UNDP", "org/undp"), ("Libya", "state/LBY")])
def test_search_selects_the_right_node(open_page, bundled, text, tail, size):
    pg = open_page(bundled, size)
    assert pg.search(text) == [ID + tail]
    assert pg.state()["focus"] == ID + tail
    assert not pg.page.locator("#tacb-details").is_hidden()


def test_search_and_cli_resolve_alike(open_page, bundled, store):
    from tacb_graph.render.source import add_names, story_graph as sg

    _, names = sg(store)
    pg = open_page(bundled)
    for text in ["OHCHR", "人权高专办", "UNDP", "Libya", "lby", "HRC 6/17", "人权", "理事会", "GA 60/251", "中国", "xyz"]:
        py = match_entity(names, text)
        js = pg.api("resolve", text)
        assert (js["iri"], js["ambiguous"], js["candidates"]) == (py.iri, list(py.ambiguous), list(py.candidates)), text
    assert add_names  # the names table the page and --focus share is built by source.add_names


def test_stale_results_are_cleared_and_candidates_listed(open_page, bundled):
    pg = open_page(bundled)
    pg.search("OHCHR")
    assert "OHCHR" in pg.page.locator("#tacb-details").text_content() or \
        "人权高专办" in pg.page.locator("#tacb-details").text_content()
    pg.search("不存在的机构")
    assert pg.page.locator("#tacb-details").is_hidden()             # no card left from before
    assert pg.js("() => window.tacbGraph.network.getSelectedNodes()") == []
    assert "未找到" in pg.page.locator("#tacb-search-result").text_content()
    pg.search("高专")
    items = pg.page.locator("#tacb-candidates li button")
    assert items.count() >= 2
    items.first.click()
    assert pg.js("() => window.tacbGraph.network.getSelectedNodes()")[0].startswith(ID + "org/ohchr")


def test_language_switch_retranslates_everything(open_page, bundled):
    pg = open_page(bundled)
    pg.search("OHCHR")
    pg.api("setTable", True)
    pg.page.get_by_label("English").check()
    assert pg.js("() => document.documentElement.lang") == "en"
    assert pg.js("() => window.tacbGraph.nodes.get('%s').label" % (ID + "org/ohchr")) == "OHCHR"
    assert pg.js("() => window.tacbGraph.nodes.get('%s').label" % (ID + "state/LBY")) == "Libya"
    assert "Full graph" in pg.js("() => document.title")
    assert pg.page.locator('button[data-view="positions"]').text_content() == "Positions"
    assert "Selected: OHCHR" in pg.page.locator("#tacb-search-result").text_content()
    assert "UN body" in pg.page.locator("#tacb-classes").text_content()
    assert "shown" in pg.page.locator("#tacb-status").text_content()
    card = pg.page.locator("#tacb-details").text_content()
    assert "Office of the United Nations High Commissioner for Human Rights" in card and "Relations" in card
    assert pg.page.locator("#tacb-table-head").text_content().startswith("Subject")
    pg.page.get_by_label("中文").check()
    assert pg.js("() => window.tacbGraph.nodes.get('%s').label" % (ID + "state/LBY")) == "利比亚"
    assert "已选中：人权高专办" in pg.page.locator("#tacb-search-result").text_content()
    assert "联合国机构" in pg.page.locator("#tacb-classes").text_content()
    assert "全图" in pg.js("() => document.title")


def test_url_state_round_trips(open_page, stories):
    pg = open_page(stories, fragment="#view=positions&lang=en&focus=LBY")
    assert pg.state() == {"view": "positions", "lang": "en", "focus": ID + "state/LBY", "depth": 1,
                          "hiddenClasses": [], "hiddenRelations": [], "isolates": False, "table": False}
    assert "Study on technical assistance" in pg.js("() => document.title")   # the report's title
    assert "not in this view" in pg.page.locator("#tacb-search-result").text_content()
    pg.api("setView", "assistance")
    pg.api("setFilter", "cls", "UNFundOrProgramme", False)
    pg.api("setFilter", "rel", "partnersWith", False)
    pg.api("setIsolates", True)
    pg.api("select", "OHCHR")
    pg.api("setTable", True)
    want = pg.state()
    fragment = pg.js("() => location.hash")
    assert "view=assistance" in fragment and "focus=org/ohchr" in fragment
    again = open_page(stories, fragment=fragment)
    assert again.state() == want
    ego = open_page(stories, fragment="#view=ego&focus=OHCHR&depth=2&lang=zh")
    assert ego.state()["view"] == "ego" and ego.state()["depth"] == 2
    assert ID + "org/vf-tc" in ego.js("() => window.tacbGraph.visibleNodes()")       # two hops out


# ---------------------------------------------------------------- reading

def test_requested_facts_dashed_symmetric_undirected(open_page, stories):
    pg = open_page(stories)
    pg.api("setView", "assistance")
    drawn = pg.js("""() => window.tacbGraph.edges.get().filter(e => !e.hidden)
        .map(e => [e.from.split('/id/')[1], e.to.split('/id/')[1], e.dashes])""")
    assert sorted(drawn) == [["org/ohchr", "state/LBY", False], ["org/ohchr", "state/TUN", [8, 6]],
                             ["org/ohchr-west-africa", "state/SEN", False]]
    pg.api("setView", "mandates")
    assert ["org/ohchr", "state/TUN", [8, 6]] in pg.js("""() => window.tacbGraph.edges.get()
        .filter(e => !e.hidden).map(e => [e.from.split('/id/')[1], e.to.split('/id/')[1], e.dashes])""")
    pg.api("setView", "full")
    arrows = pg.js("""() => window.tacbGraph.edges.get().filter(e => !e.hidden)
        .map(e => [window.tacbGraph.data.edges[e.id].r, e.arrows.to.enabled])""")
    assert ["partnersWith", False] in arrows and ["assists", True] in arrows
    assert all(enabled for r, enabled in arrows if r not in ("partnersWith", "related"))


def test_positions_hover_shows_the_quote(open_page, stories):
    pg = open_page(stories)
    pg.api("setView", "positions")
    x, y = pg.dom_position(ID + "state/GBR")
    pg.page.mouse.move(x, y)
    tooltip = pg.page.locator("#tacb-tooltip")
    tooltip.wait_for(state="visible")
    text = tooltip.text_content()
    assert "批评" in text and "互利合作" in text and "联合王国批评互利合作。" in text and "¶3, ¶4" in text


def test_money_view_labels_amounts(open_page, stories):
    pg = open_page(stories)
    pg.api("setView", "money")
    labels = pg.js("() => window.tacbGraph.edges.get().filter(e => !e.hidden).map(e => e.label).sort()")
    assert labels == ["180万欧元", "80万美元"]
    assert "未指明接受方" in {t["text"] for t in pg.js(DRAWN_TEXTS)}


def test_node_card_lists_relations_with_paragraph_and_quote(open_page, stories):
    pg = open_page(stories)
    pg.api("select", "OHCHR")
    card = pg.page.locator("#tacb-details")
    text = card.text_content()
    for want in ("协助", "利比亚", "¶2", "人权高专办协助利比亚。", "合作伙伴", "开发署", "捐款", "80万美元", "请求"):
        assert want in text, want
    card.locator("button.tacb-link", has_text="开发署").first.click()
    assert pg.state()["focus"] == ID + "org/undp"


def test_facts_table_sorts_copies_and_downloads(open_page, stories):
    pg = open_page(stories)
    pg.api("setView", "assistance")
    pg.page.locator("#tacb-table-toggle").click()
    rows = pg.page.locator("#tacb-table-body tr")
    assert rows.count() == 3
    pg.page.locator('button.tacb-sort[data-column="object"]').click()
    objects = [rows.nth(i).locator("td.tacb-col-object").text_content() for i in range(3)]
    assert objects == sorted(objects, key=lambda s: ["利比亚", "塞内加尔", "突尼斯"].index(s))
    tsv = pg.api("tableText").splitlines()
    assert tsv[0].split("\t")[:3] == ["主体", "关系", "客体"] and len(tsv) == 4
    with pg.page.expect_download() as info:
        pg.page.locator("#tacb-csv").click()
    csv = Path(info.value.path()).read_bytes().decode("utf-8")
    assert csv.startswith("\ufeff主体,关系,客体") and "人权高专办协助利比亚。" in csv and csv.count("\r\n") == 4
    assert info.value.suggested_filename == "tacb-facts-assistance.csv"
    # the table follows the filters
    pg.api("setFilter", "cls", "State", False)
    assert rows.count() == 0


@pytest.mark.parametrize("size", SIZES)
def test_panel_stays_in_the_viewport_and_folds(open_page, bundled, size):
    pg = open_page(bundled, size)
    panel = pg.page.locator("#tacb-panel").bounding_box()
    assert panel["y"] >= 0 and panel["y"] + panel["height"] <= size[1] + 0.5
    assert pg.js("() => document.scrollingElement.scrollHeight") <= size[1]
    width = pg.page.locator("#tacb-network").bounding_box()["width"]
    pg.page.locator("#tacb-collapse").click()
    assert pg.page.locator("#tacb-panel").is_hidden()
    assert pg.page.locator("#tacb-network").bounding_box()["width"] > width + 200
    pg.page.locator("#tacb-expand").click()
    assert pg.page.locator("#tacb-panel").is_visible()


def test_ego_layout_in_the_page_is_pythons(open_page, bundled, built):
    from tacb_graph.store import open_store

    G, _ = story_graph(open_store(built.paths.store))
    pg = open_page(bundled)
    for tail in ("org/ohchr", "state/LBY"):
        sc = scene(G, view="ego", focus=ID + tail)
        js = pg.api("egoPositions", ID + tail, 1)
        assert set(js) == {n.id for n in sc.nodes}
        for n in sc.nodes:
            assert math.isclose(js[n.id][0], n.x, abs_tol=0.01) and math.isclose(js[n.id][1], n.y, abs_tol=0.01), n.id


# ---------------------------------------------------------------- safety and size

def test_script_payloads_stay_text(open_page, tmp_path):
    pg = open_page(render_html(sample_graph(xss=True), tmp_path / "xss.html"))
    res = ID + "resolution/A/HRC/RES/37/23"
    x, y = pg.dom_position(res)
    pg.page.mouse.move(x, y)
    tooltip = pg.page.locator("#tacb-tooltip")
    tooltip.wait_for(state="visible")
    assert XSS_LABEL in tooltip.text_content()
    assert tooltip.locator("a").get_attribute("href") == "https://undocs.org/A/HRC/RES/37/23"
    pg.page.mouse.click(x, y)
    assert "<img src=x onerror=alert(3)>" in pg.page.locator("#tacb-details").text_content()
    pg.api("setTable", True)
    assert "<img src=x onerror=alert(2)>" in pg.page.locator("#tacb-table-body").text_content()
    assert pg.dialogs == []
    assert pg.js("() => document.querySelectorAll('img').length") == 0
    assert pg.js("() => document.querySelectorAll('script').length") == 3


def test_big_graph_draws_edges_in_bulk_and_filters(open_page, tmp_path):
    from tacb_graph.render.sample import synthetic_graph

    pg = open_page(render_html(synthetic_graph(1500, 4000, seed=2), tmp_path / "big.html"))
    assert pg.js(INK) > 5000
    assert pg.js("() => window.tacbGraph.visibleEdges().length") == 4000
    assert pg.js("() => window.tacbGraph.edges.get().every(e => e.hidden)")      # drawn by the page itself
    before = pg.positions()
    pg.api("setFilter", "cls", "State", False)
    shown = pg.js("() => window.tacbGraph.visibleNodes()")
    assert shown and not any(pg.js("() => window.tacbGraph.data.nodes.filter(n => n.k === 'State').map(n => n.id)")
                             [i] in shown for i in range(3))
    pg.api("setFilter", "cls", "State", True)
    assert pg.positions() == before
    assert not [t for t in pg.js(DRAWN_TEXTS) if t["px"] < 12 - 1e-6]


def test_quotes_are_shown_in_the_language_chosen(open_page, bilingual):
    """The zh + en build of one report: every fact both versions state has a quote in each language;
    the card and the facts table show the one in the page's language."""
    pg = open_page(bilingual.paths.out / "graph.html")
    zh_quote, en_quote = "人权高专办与联合国促进性别平等", "OHCHR, together with the United Nations Entity"
    pg.api("select", "OHCHR")
    card = pg.page.locator("#tacb-details")
    assert zh_quote in card.text_content() and en_quote not in card.text_content()
    pg.api("setTable", True)
    table = pg.page.locator("#tacb-table-body").text_content()
    assert zh_quote in table and en_quote not in table
    pg.page.get_by_label("English").check()
    assert en_quote in card.text_content() and zh_quote not in card.text_content()
    table = pg.page.locator("#tacb-table-body").text_content()
    assert en_quote in table and zh_quote not in table
    # a fact read from the English version only keeps its English quote on the Chinese page
    pg.page.get_by_label("中文").check()
    visible_en_only = pg.js("""() => { const d = window.tacbGraph.data;
        return window.tacbGraph.edges.get().filter(x => !x.hidden).map(x => d.edges[x.id])
          .filter(e => e.ql && e.ql.every(l => l === "en") && e.r !== "coMention").map(e => e.q[0]); }""")
    text = pg.api("tableText")
    assert visible_en_only and all(q in text for q in visible_en_only)
