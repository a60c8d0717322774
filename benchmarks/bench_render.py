"""Benchmark of the interactive graph: 5,000 nodes and 15,000 edges (seeded).

    python benchmarks/bench_render.py [--nodes 5000] [--edges 15000] [--runs 3]

Measures (median of ``--runs``):

* **write HTML** — :func:`tacb_graph.render.render_html` on the synthetic graph:
  scene, sizes (PageRank), Python layout, JSON and the page written to disk;
* **draw in browser** — headless Chromium (Debian's, through Playwright) from
  navigation start until the page says the network is drawn and stable
  (``window.tacbGraph.timings.ready``, set on vis-network's first
  ``afterDrawing`` once stabilised; physics is off at this size).

The baseline is the target of issue 5: under 5 s to write, under 3 s to draw.
The table gives each figure as a ratio of its target (below 1.00 = met).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tacb_graph.render import render_html
from tacb_graph.render.sample import synthetic_graph

TARGETS = {"write HTML": 5.0, "draw in browser": 3.0}
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]
WAIT_READY = """() => new Promise(resolve => {
  const done = () => resolve(window.tacbGraph.timings);
  if (window.tacbGraph && window.tacbGraph.ready) { done(); return; }
  window.addEventListener("tacb:ready", done, { once: true });
})"""


def time_write(G, path: Path, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        render_html(G, path, title="benchmark")
        times.append(time.perf_counter() - t0)
    return times


def time_draw(path: Path, runs: int) -> tuple[list[float], list[float]]:
    from playwright.sync_api import sync_playwright

    ready, wall = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            t0 = time.perf_counter()
            page.goto(path.resolve().as_uri())
            timings = page.evaluate(WAIT_READY)
            wall.append(time.perf_counter() - t0)
            ready.append(timings["ready"] / 1000)
            page.close()
        browser.close()
    return ready, wall


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--nodes", type=int, default=5000)
    ap.add_argument("--edges", type=int, default=15000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args(argv)

    G = synthetic_graph(args.nodes, args.edges, seed=args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "graph.html"
        write = time_write(G, path, args.runs)
        size = path.stat().st_size
        ready, wall = time_draw(path, args.runs)

    rows = [("write HTML", statistics.median(write), TARGETS["write HTML"]),
            ("draw in browser", statistics.median(ready), TARGETS["draw in browser"])]
    print(f"graph: {args.nodes} nodes, {args.edges} edges (seed {args.seed}); "
          f"page {size / 1e6:.1f} MB; median of {args.runs} runs")
    print(f"{'step':<18}{'seconds':>9}{'target (baseline)':>19}{'ratio':>8}")
    for name, secs, target in rows:
        print(f"{name:<18}{secs:>9.2f}{target:>17.1f} s{secs / target:>8.2f}")
    print(f"(browser wall clock, goto to drawn: median {statistics.median(wall):.2f} s; "
          f"all write runs: {', '.join(f'{t:.2f}' for t in write)} s; "
          f"all draw runs: {', '.join(f'{t:.2f}' for t in ready)} s)")
    return 0 if all(secs < target for _, secs, target in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
