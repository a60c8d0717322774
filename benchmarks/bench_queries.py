"""Research queries on a corpus store: seconds per query, against a baseline.

    python benchmarks/bench_queries.py                   # baseline main@d6d2f26, 120 s timeout
    python benchmarks/bench_queries.py --no-baseline     # this tree's queries only
    python benchmarks/bench_queries.py --store out/store --timeout 300

Builds the corpus store of the 59 gold texts (``tests/gold/measure.py``: the Chinese and the
English ones) and the bilingual pair (``tests/gold/bilingual``) into a temporary folder — about
64,000 quads — unless ``--store`` names one, then runs each research query (``tacb-graph query
--list``) with its default parameters, and ``over-time`` (the three queries behind ``tacb-graph
over-time``), each in a fresh child process, and prints the seconds each took beside the seconds
of the baseline: the same query as it is at ``--baseline`` (a git commit; the file read with ``git
show <commit>:tacb_graph/queries/<name>.rq``), and ratio = now / baseline. A child that runs past
``--timeout`` seconds is killed and shown as ``> timeout`` (a baseline's ratio then is an upper
bound, ``<``). Targets: each research query under 5 s, ``over-time`` under 60 s.

Only the queries differ between the two columns: both run on this tree's code and store. The
baseline's queries are those before the twin exclusion was rewritten (``FILTER NOT EXISTS``,
evaluated again for each row by Oxigraph: minutes on this store).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASELINE = "d6d2f26"  # main before the twin exclusion was rewritten
TARGET_QUERY = 5.0  # s, each research query
TARGET_OVER_TIME = 60.0  # s

# Run in a child: the query text on stdin, the store folder and (for over-time) the baseline
# commit in argv; prints the seconds and the number of rows as JSON.
_CHILD = r"""
import json, subprocess, sys, time
sys.path.insert(0, sys.argv[1])
from tacb_graph.store import open_store, run_query
store = open_store(sys.argv[2])
kind = sys.argv[3]
if kind == "query":
    sparql = sys.stdin.read()
    t = time.perf_counter()
    n = sum(1 for _ in run_query(store, sparql))
else:  # over-time, with the queries of commit argv[4] when given
    import tacb_graph.library as lib
    from tacb_graph.analyse.over_time import over_time
    if len(sys.argv) > 4:
        def get_query(name, _commit=sys.argv[4]):
            text = subprocess.run(["git", "-C", sys.argv[1], "show", f"{_commit}:tacb_graph/queries/{name}.rq"],
                                  capture_output=True, text=True, check=True).stdout
            return lib.parse_query_file(name, text)
        lib.get_query = get_query
    t = time.perf_counter()
    data = over_time(store, "en")
    n = sum(len(v) for v in data.values() if isinstance(v, list))
print(json.dumps({"seconds": time.perf_counter() - t, "rows": n}))
"""


def _run(store: Path, timeout: float, sparql: str | None = None, baseline: str | None = None) -> dict:
    """Seconds and rows of one query (or of over-time) in a child; ``{"timeout": True}`` past ``timeout``."""
    argv = [sys.executable, "-c", _CHILD, str(ROOT), str(store), "query" if sparql is not None else "over-time"]
    if sparql is None and baseline:
        argv.append(baseline)
    try:
        res = subprocess.run(argv, input=sparql or "", capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"timeout": True}
    if res.returncode:
        return {"error": res.stderr.strip().splitlines()[-1] if res.stderr.strip() else f"exit {res.returncode}"}
    return json.loads(res.stdout.strip().splitlines()[-1])


def _baseline_text(commit: str, name: str) -> str | None:
    res = subprocess.run(["git", "-C", str(ROOT), "show", f"{commit}:tacb_graph/queries/{name}.rq"],
                         capture_output=True, text=True)
    return res.stdout if res.returncode == 0 else None


def build_corpus(out: Path) -> Path:
    """The corpus store of the gold texts and the bilingual pair, built into ``out``."""
    sys.path.insert(0, str(ROOT / "tests" / "gold"))
    import measure

    pair = ROOT / "tests" / "gold" / "bilingual"
    texts = measure.texts("zh") + measure.texts("en") + [str(pair / "pair-zh.txt"), str(pair / "pair-en.txt")]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "tacb_graph", "build", *map(str, texts), "--out", str(out), "-q"],
                   cwd=ROOT, env=env, check=True)
    return out / "store"


def _cell(r: dict | None, timeout: float) -> str:
    if r is None:
        return "—"
    if r.get("timeout"):
        return f"> {timeout:g}"
    if "error" in r:
        return "error"
    return f"{r['seconds']:.2f}"


def _ratio(now: dict, base: dict | None, timeout: float) -> str:
    """now / baseline; an upper bound ("< …") when the baseline timed out."""
    if not base or "error" in base or "error" in now or now.get("timeout"):
        return ""
    if base.get("timeout"):
        return f"< {now['seconds'] / timeout:.3f}"
    return f"{now['seconds'] / base['seconds']:.2f}" if base["seconds"] else ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, help="an existing store folder (default: build the corpus)")
    ap.add_argument("--baseline", default=BASELINE, help=f"git commit of the baseline queries (default {BASELINE})")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per query or over-time (default 120)")
    args = ap.parse_args(argv)

    from tacb_graph.library import list_queries, parse_query_file

    with tempfile.TemporaryDirectory(prefix="bench-queries-") as tmp:
        store = args.store
        if store is None:
            t = time.perf_counter()
            store = build_corpus(Path(tmp) / "corpus")
            print(f"corpus built in {time.perf_counter() - t:.1f} s into {store}", flush=True)
        baseline = None if args.no_baseline else args.baseline
        rows, fails = [], []
        header = f"{'query':26} {'rows':>6} {'now s':>8} {baseline or '':>10} {'ratio':>7}"
        print(header + "\n" + "-" * len(header), flush=True)
        for q in list_queries():
            now = _run(store, args.timeout, q.bind({}))
            base = None
            if baseline:
                text = _baseline_text(baseline, q.name)
                base = _run(store, args.timeout, parse_query_file(q.name, text).bind({})) if text else None
            if now.get("timeout") or "error" in now or now["seconds"] >= TARGET_QUERY:
                fails.append(q.name)
            print(f"{q.name:26} {now.get('rows', ''):>6} {_cell(now, args.timeout):>8} "
                  f"{_cell(base, args.timeout) if baseline else '':>10} {_ratio(now, base, args.timeout):>7}", flush=True)
        now = _run(store, args.timeout)
        base = _run(store, args.timeout, baseline=baseline) if baseline else None
        if now.get("timeout") or "error" in now or now["seconds"] >= TARGET_OVER_TIME:
            fails.append("over-time")
        print(f"{'over-time':26} {now.get('rows', ''):>6} {_cell(now, args.timeout):>8} "
              f"{_cell(base, args.timeout) if baseline else '':>10} {_ratio(now, base, args.timeout):>7}")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    print(f"\ntargets: each query < {TARGET_QUERY:g} s, over-time < {TARGET_OVER_TIME:g} s: "
          + ("met" if not fails else "missed by " + ", ".join(fails))
          + (f"; load average {load:.2f}" if load is not None else ""))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
