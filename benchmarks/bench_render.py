"""Benchmark of the interactive graph: 5,000 nodes and 15,000 edges (seeded), every story view.

    python benchmarks/bench_render.py [--nodes 5000] [--edges 15000] [--runs 5]

Measures (median of ``--runs``):

* **write HTML** — :func:`tacb_graph.render.render_html` on the synthetic graph:
  the precomputed story views (sizes by PageRank, Python layouts), JSON and the
  page written to disk;
* **draw in browser** — headless Chromium (Debian's, through Playwright) from
  navigation start until the page says its first view is drawn
  (``window.tacbGraph.timings.ready``);
* **toggle a class** — hiding the largest class, then showing it again: from the
  call (``tacbGraph.setFilter``, as a checkbox does it) until the next frame is
  drawn (vis-network's ``afterDrawing``), refit included;
* **zoom step** — one mouse-wheel notch on the canvas, from the event until the
  frame at the new scale is drawn.

The baselines are the targets of the issues: write < 5 s, draw < 3 s (issue 5),
toggle and zoom step < 200 ms (issue 10). The table gives each figure as a
ratio of its target (below 1.00 = met); the script exits non-zero if a target
is missed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from tacb_graph.render import render_html
from tacb_graph.render.sample import synthetic_graph

TARGETS = {"write HTML": 5.0, "draw in browser": 3.0, "toggle a class": 0.2, "zoom step": 0.2}
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
WAIT_READY = """() => new Promise(resolve => {
  const done = () => resolve(window.tacbGraph.timings);
  if (window.tacbGraph && window.tacbGraph.ready) { done(); return; }
  window.addEventListener("tacb:ready", done, { once: true });
})"""
# resolves with the time of the next drawn frame
TIME_TOGGLE = """async (cls) => {
  const net = window.tacbGraph.network;
  const frame = () => new Promise(r => net.once("afterDrawing", () => r(performance.now())));
  const out = {};
  for (const on of [false, true]) {
    const t0 = performance.now(), drawn = frame();
    window.tacbGraph.setFilter("cls", cls, on);
    out[on ? "show" : "hide"] = (await drawn) - t0;
  }
  return out;
}"""
TIME_WHEEL = """async (dir) => {
  const net = window.tacbGraph.network;
  const canvas = document.querySelector("#tacb-network canvas");
  const box = canvas.getBoundingClientRect();
  const drawn = new Promise(r => net.once("afterDrawing", () => r(performance.now())));
  const t0 = performance.now();
  canvas.dispatchEvent(new WheelEvent("wheel", { deltaY: dir * 100, clientX: box.left + box.width / 2,
                                                  clientY: box.top + box.height / 2, bubbles: true, cancelable: true }));
  return (await drawn) - t0;
}"""


def time_write(G, path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        render_html(G, path, title="benchmark")
        times.append(time.perf_counter() - t0)
    return times


def time_browser(path: Path, runs: int, cls: str) -> dict[str, list[float]]:
    from playwright.sync_api import sync_playwright

    out: dict[str, list[float]] = {"ready": [], "wall": [], "hide": [], "show": [], "zoom in": [], "zoom out": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 720})
            t0 = time.perf_counter()
            page.goto(path.resolve().as_uri())
            timings = page.evaluate(WAIT_READY)
            out["wall"].append(time.perf_counter() - t0)
            out["ready"].append(timings["ready"] / 1000)
            toggled = page.evaluate(TIME_TOGGLE, cls)
            out["hide"].append(toggled["hide"] / 1000)
            out["show"].append(toggled["show"] / 1000)
            out["zoom in"].append(page.evaluate(TIME_WHEEL, -1) / 1000)
            out["zoom out"].append(page.evaluate(TIME_WHEEL, 1) / 1000)
            page.close()
        browser.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=15000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    G = synthetic_graph(args.nodes, args.edges, seed=args.seed)
    cls = Counter(k for _, k in G.nodes(data="kind")).most_common(1)[0][0]
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.html"
        write = time_write(G, path, max(1, min(args.runs, 3)))
        size = path.stat().st_size
        b = time_browser(path, args.runs, cls)

    med = statistics.median
    toggle = [max(h, s) for h, s in zip(b["hide"], b["show"])]
    zoom = [max(i, o) for i, o in zip(b["zoom in"], b["zoom out"])]
    rows = [("write HTML", med(write)), ("draw in browser", med(b["ready"])),
            ("toggle a class", med(toggle)), ("zoom step", med(zoom))]
    print(f"graph: {args.nodes} nodes, {args.edges} edges (seed {args.seed}); page {size / 1e6:.1f} MB; "
          f"toggled class: {cls}; median of {args.runs} runs (write: {len(write)})")
    print(f"{'step':<18}{'seconds':>9}{'target (baseline)':>20}{'ratio':>8}")
    for name, secs in rows:
        print(f"{name:<18}{secs:>9.3f}{TARGETS[name]:>18.1f} s{secs / TARGETS[name]:>8.2f}")
    ms = lambda xs: ", ".join(f"{x * 1000:.0f}" for x in xs)  # noqa: E731
    print(f"(hide runs: {ms(b['hide'])} ms; show: {ms(b['show'])} ms; zoom in: {ms(b['zoom in'])} ms; "
          f"zoom out: {ms(b['zoom out'])} ms; goto to drawn, wall clock: median {med(b['wall']):.2f} s)")
    return 0 if all(secs < TARGETS[name] for name, secs in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
