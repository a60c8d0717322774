"""Corpus builds end to end: throughput, peak memory, incremental rebuild — against a baseline.

    python benchmarks/bench_corpus.py                       # 200 reports, baseline main@3b07221
    python benchmarks/bench_corpus.py --mb 50 --no-baseline  # peak memory for 50 MB of text

A synthetic corpus of ``--reports`` distinct reports is made from the bundled
report and the gold texts (``tests/gold/texts``, ``tests/gold/en/texts``): each
takes the paragraphs of the texts of one language, shuffled with its own seed and
renumbered, up to ``--report-kb`` (or enough for ``--mb`` in all), under a first
line with its own UN symbol and a ``.meta.json`` giving that symbol and a date.
Every build is ``tacb-graph build`` in a fresh process, as a user runs it, as a
core install (without the viz extra, so no graph.html is drawn; ``--html`` draws
it — the baseline's drawing takes minutes on a corpus), and prints:

* **throughput** — MB of report text per second of wall time per core used
  (target ≥ 1 MB/s/core; ours reads with ``-j`` processes, the baseline with one),
  and MB per CPU second (all processes);
* **peak memory** — the largest sum of resident memory of the build's processes,
  sampled every 50 ms (target < 1 GB for 50 MB of text);
* **incremental rebuild** — the time of ``build DIR`` after one report changed,
  over the time of building that one report alone (target < 2).

Each figure is printed beside the same figure for the baseline: the tool as it
was at ``--baseline`` (a git commit, checked out with ``git worktree`` into a
temporary folder), which builds a list of files, holds everything in memory and
always builds from scratch (its "rebuild after one change" is a full build).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASELINE = "3b07221"  # main when the corpus work branched off
TARGET_RATE = 1.0  # MB/s per core
TARGET_MEMORY = 1024  # MB, for 50 MB of text
TARGET_INCREMENTAL = 2.0  # × building the changed report alone


# ---------------------------------------------------------------- the synthetic corpus


def _pools() -> dict[str, list[str]]:
    """Paragraph texts of the bundled report and the gold texts, by language."""
    from tacb_graph.read import read_source
    from tacb_graph.recognise import detect_language
    from tacb_graph.segment import segment

    texts = [ROOT / "data" / "tacb-report-zh.txt", *sorted((ROOT / "tests" / "gold" / "texts").glob("*.txt")),
             *sorted((ROOT / "tests" / "gold" / "en" / "texts").glob("*.txt"))]
    pools: dict[str, list[str]] = {"zh": [], "en": []}
    for path in texts:
        seg = segment(read_source(path))
        pools.setdefault(detect_language(seg), []).extend(p.text for p in seg.paragraphs)
    return pools


def make_corpus(folder: Path, reports: int, report_kb: float, seed: int = 11) -> float:
    """Write the corpus into ``folder`` (one sub-folder per year); return its size in MB."""
    pools = _pools()
    heads = {"zh": "人权理事会\n\n 一. 导言\n\n", "en": "Human Rights Council\n\nI. Introduction\n\n"}
    total = 0
    for i in range(reports):
        lang = "en" if i % 4 == 3 else "zh"  # three in four in Chinese, like the bundled texts
        rng = random.Random(seed * 100003 + i)
        paras, size = [], 0
        while size < report_kb * 1000:
            pool = pools[lang][:]
            rng.shuffle(pool)
            for p in pool:
                paras.append(p)
                size += len(p.encode("utf-8")) + 8
                if size >= report_kb * 1000:
                    break
        symbol = f"A/HRC/{60 + i // 100}/{i % 100 + 1}"
        year = 2015 + i % 10
        body = "\n\n".join(f"{n}. {p}" for n, p in enumerate(paras, 1))
        text = f"{symbol}\n\n{heads[lang]}{body}\n"
        path = folder / str(year) / f"r{i:04d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        path.with_name(path.stem + ".meta.json").write_text(
            json.dumps({"symbol": symbol, "date": f"{year}-0{1 + i % 9}-15"}), encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total / 1e6


def change_one(folder: Path) -> Path:
    """Change one report of the corpus a little (a sentence more in its first paragraph)."""
    path = sorted(folder.rglob("*.txt"))[len(list(folder.rglob("*.txt"))) // 2]
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(r"^(1\. )", r"\1" + "The Council met again. ", text, count=1, flags=re.M),
                    encoding="utf-8")
    return path


# ---------------------------------------------------------------- running a build


@dataclass
class Run:
    seconds: float
    cpu: float  # user + system seconds of the build's processes
    peak_mb: float  # largest sum of resident memory of the process tree


def _rss_tree(pid: int) -> int:
    """Resident bytes of ``pid`` and its descendants (Linux /proc)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
            with open(f"/proc/{p}/task/{p}/children") as fh:
                todo += [int(c) for c in fh.read().split()]
        except (OSError, ValueError):
            continue
    return total


#: the viz extra's module, hidden from a build run as a core install (then it draws no graph.html)
_CORE_ONLY = "import sys\nsys.modules['pyvis'] = None\nfrom tacb_graph.cli import main\nsys.exit(main(sys.argv[1:]))\n"
HTML = False  # set by --html


def run_build(tree: Path, args: list[str], quiet: bool = True) -> Run:
    env = dict(os.environ, PYTHONPATH=str(tree))
    start = ["-m", "tacb_graph"] if HTML else ["-c", _CORE_ONLY]
    cmd = [sys.executable, *start, "build", *map(str, args)] + (["-q"] if quiet else [])
    before = os.times()
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tree)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], _rss_tree(proc.pid))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - t0
    done.set()
    sampler.join()
    after = os.times()
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({' '.join(cmd)}):\n{err}")
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return Run(seconds, cpu, peak[0] / 1e6)


def _baseline_tree(commit: str, where: Path) -> Path:
    tree = where / f"baseline-{commit}"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), commit],
                   check=True, capture_output=True)
    return tree


def _ratio(x: float, y: float) -> str:
    return f"{x / y:.2f}" if y else "n/a"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=200, help="distinct reports (default 200)")
    ap.add_argument("--report-kb", type=float, default=45, help="size of each report in kB (default 45)")
    ap.add_argument("--mb", type=float, help="instead: enough reports of --report-kb for this many MB")
    ap.add_argument("--jobs", type=int, help="processes for our build (default: one per core)")
    ap.add_argument("--baseline", default=BASELINE, help=f"the git commit to compare with (default {BASELINE})")
    ap.add_argument("--no-baseline", action="store_true", help="measure ours only")
    ap.add_argument("--keep", metavar="DIR", help="work in DIR and leave it there")
    ap.add_argument("--html", action="store_true",
                    help="let the builds draw graph.html (default: run them as a core install, which does not)")
    args = ap.parse_args()
    global HTML
    HTML = args.html
    from tacb_graph.corpus import default_jobs

    jobs = args.jobs or default_jobs()
    reports = max(args.reports, int(args.mb * 1000 / args.report_kb) + 1) if args.mb else args.reports
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    work.mkdir(parents=True, exist_ok=True)
    baseline = None
    try:
        corpus = work / "reports"
        shutil.rmtree(corpus, ignore_errors=True)
        mb = make_corpus(corpus, reports, args.report_kb)
        files = sorted(corpus.rglob("*.txt"))
        print(f"corpus: {len(files)} distinct reports, {mb:.2f} MB of text, under {corpus}")
        one = files[len(files) // 2]

        ours = run_build(ROOT, [corpus, "--out", work / "ours", "-j", jobs])
        changed = change_one(corpus)
        assert changed == one
        ours_inc = run_build(ROOT, [corpus, "--out", work / "ours", "-j", jobs])
        ours_one = run_build(ROOT, [one, "--out", work / "ours-one", "-j", jobs])
        rate = mb / ours.seconds / jobs
        print(f"\nours ({ROOT.name}, -j {jobs}):")
        print(f"  full build        {ours.seconds:8.1f} s  {mb / ours.seconds:6.3f} MB/s  {rate:6.3f} MB/s/core  "
              f"{mb / ours.cpu:6.3f} MB per CPU s  peak {ours.peak_mb:7.0f} MB")
        print(f"  one report alone  {ours_one.seconds:8.2f} s")
        print(f"  after one changed {ours_inc.seconds:8.2f} s  = {ours_inc.seconds / ours_one.seconds:.2f} × "
              f"the report alone (target < {TARGET_INCREMENTAL:g})")

        if not args.no_baseline:
            baseline = _baseline_tree(args.baseline, work)
            base_files = [str(f) for f in files]  # the baseline takes files, not folders
            base = run_build(baseline, [*base_files, "--out", work / "base"])
            change_one(corpus)  # a second change, so the rebuild also has something new
            base_inc = run_build(baseline, [*base_files, "--out", work / "base"])
            base_one = run_build(baseline, [one, "--out", work / "base-one"])
            brate = mb / base.seconds
            print(f"\nbaseline (main@{args.baseline}, one process):")
            print(f"  full build        {base.seconds:8.1f} s  {brate:6.3f} MB/s  {brate:6.3f} MB/s/core  "
                  f"{mb / base.cpu:6.3f} MB per CPU s  peak {base.peak_mb:7.0f} MB")
            print(f"  one report alone  {base_one.seconds:8.2f} s")
            print(f"  after one changed {base_inc.seconds:8.2f} s  = {base_inc.seconds / base_one.seconds:.2f} × "
                  f"the report alone (a full build)")
            print("\nours / baseline:")
            print(f"  MB/s/core          {_ratio(rate, brate)}  (higher is better)")
            print(f"  MB per CPU second  {_ratio(mb / ours.cpu, mb / base.cpu)}  (higher is better)")
            print(f"  wall time, full    {_ratio(ours.seconds, base.seconds)}  (lower is better)")
            print(f"  peak memory        {_ratio(ours.peak_mb, base.peak_mb)}  (lower is better)")
            print(f"  rebuild after one change {_ratio(ours_inc.seconds, base_inc.seconds)}  (lower is better)")
        print("\ntargets:")
        print(f"  throughput   {rate:.3f} MB/s/core, target ≥ {TARGET_RATE:g}: "
              f"{'met' if rate >= TARGET_RATE else f'missed by a factor {TARGET_RATE / rate:.1f}'}")
        per50 = ours.peak_mb * (50 / mb) if mb < 50 else ours.peak_mb
        what = "measured" if mb >= 50 else f"for {mb:.1f} MB (run --mb 50 for the target's size)"
        print(f"  peak memory  {ours.peak_mb:.0f} MB {what}, target < {TARGET_MEMORY} MB for 50 MB"
              + ("" if mb < 50 else f": {'met' if per50 < TARGET_MEMORY else 'missed'}"))
        inc = ours_inc.seconds / ours_one.seconds
        print(f"  incremental  {inc:.2f} × the report alone, target < {TARGET_INCREMENTAL:g}: "
              f"{'met' if inc < TARGET_INCREMENTAL else f'missed by a factor {inc / TARGET_INCREMENTAL:.2f}'}")
    finally:
        if baseline is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(baseline)],
                           capture_output=True)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
