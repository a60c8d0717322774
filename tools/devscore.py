"""Score the development gold of one language, read its misses, compare two runs.

For rule writers. Run from the repository root:

    python tools/devscore.py run zh /tmp/dz            # build every zh text, score each development report
    python tools/devscore.py run zh /tmp/dz0 --tree /path/to/other/checkout   # the same with other code
    python tools/devscore.py misses /tmp/dz [PREFIX]   # relation / stance / contribution misses and false hits
    python tools/devscore.py compare /tmp/dz0 /tmp/dz  # facts fixed and broken between two runs

Development reports are the gold files under ``tests/gold/dev*`` (``tests/gold/en/dev*`` for English) that
``tests/gold/held-out.txt`` does not list. Held-out texts are built (every text of the language is, so
back-references and the store are as in a real build) but never scored here: their headlines come from
``tests/gold/measure.py`` only, and the frozen test split is not touched.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
sys.path.insert(0, str(GOLD))
from measure import texts  # noqa: E402  (one list of a language's texts, shared with measure.py)

KINDS = ("relation", "stance", "contribution")


def held_out() -> set[str]:
    lines = (GOLD / "held-out.txt").read_text(encoding="utf-8").splitlines()
    return {ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")}


def dev_gold(lang: str) -> list[Path]:
    base = GOLD if lang == "zh" else GOLD / "en"
    skip = held_out()
    return sorted(p for p in base.glob("dev*/*.json") if p.stem not in skip)


def run(lang: str, out: Path, tree: Path) -> int:
    if out.exists() and any(out.iterdir()):
        print(f"devscore: {out} is not empty; give a new folder", file=sys.stderr)
        return 2
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(tree))
    golds = dev_gold(lang)  # chosen before the build: a set merged while it runs is not scored unregistered
    sources = [str(Path(t)) for t in texts(lang)]
    r = subprocess.run([sys.executable, "-m", "tacb_graph", "build", *sources, "--out", str(out / "build"), "-q"],
                       env=env, cwd=tree, capture_output=True, text=True)
    if r.returncode:
        print(f"devscore: build failed: {r.stderr.strip()[-400:]}", file=sys.stderr)
        return 1
    rows, tot = [], {"tp": 0, "fp": 0, "fn": 0, "st": 0, "sc": 0}
    for gold in golds:
        r = subprocess.run([sys.executable, "-m", "tacb_graph", "evaluate", "--gold", str(gold),
                            str(out / "build" / "store"), "--format", "json"],
                           env=env, cwd=tree, capture_output=True, text=True)
        if r.returncode not in (0, 1):
            print(f"devscore: evaluate {gold.stem} failed: {r.stderr.strip()[-300:]}", file=sys.stderr)
            return 1
        (out / f"{gold.stem}.json").write_text(r.stdout, encoding="utf-8")
        d = json.loads(r.stdout)
        t = d["relations"]["total"]["triple"]
        s = d["stances"]
        for k in ("tp", "fp", "fn"):
            tot[k] += t[k]
        tot["st"] += s["support"]
        tot["sc"] += s["correct"]
        rows.append((gold.parent.name + "/" + gold.stem, t, s))
    for name, t, s in rows:
        f1 = "-" if t["f1"] is None else f"{t['f1']:.3f}"
        print(f"{name:60s} tp {t['tp']:3d} fp {t['fp']:2d} fn {t['fn']:2d} F1 {f1}  stances {s['correct']}/{s['support']}")
    p = tot["tp"] / max(1, tot["tp"] + tot["fp"])
    rc = tot["tp"] / max(1, tot["tp"] + tot["fn"])
    f = 2 * p * rc / max(1e-9, p + rc)
    print(f"{lang} development, {len(rows)} reports: tp {tot['tp']} fp {tot['fp']} fn {tot['fn']}"
          f"  P {p:.3f} R {rc:.3f} F1 {f:.3f}  stances {tot['sc']}/{tot['st']}")
    return 0


def _facts(out: Path, prefix: str = "") -> dict[str, tuple[set, set]]:
    skip = held_out()
    found = {}
    for f in sorted(out.glob("*.json")):
        if f.stem in skip or not f.stem.startswith(prefix):
            continue
        d = json.loads(f.read_text(encoding="utf-8"))
        key = lambda m: (m["kind"], m["group"], m["number"], m["unit"], m["item"])  # noqa: E731
        found[f.stem] = ({key(m) for m in d["misses"] if m["kind"] in KINDS},
                         {key(m) for m in d["false_hits"] if m["kind"] in KINDS})
    return found


def _line(k) -> str:
    kind, group, number, unit, item = k
    where = f"¶{number}" if unit == "paragraph" else f"fn{number}"
    return f"{where:6s} {kind[:5]} {group:18s} {item}"


def misses(out: Path, prefix: str) -> int:
    for slug, (fn, fp) in _facts(out, prefix).items():
        if not fn and not fp:
            continue
        print(f"== {slug}")
        for k in sorted(fn, key=lambda k: (k[2], k)):
            print("  miss  " + _line(k))
        for k in sorted(fp, key=lambda k: (k[2], k)):
            print("  false " + _line(k))
    return 0


def compare(a: Path, b: Path) -> int:
    before, after = _facts(a), _facts(b)
    for slug in sorted(set(before) & set(after)):
        (fn0, fp0), (fn1, fp1) = before[slug], after[slug]
        lines = [f"  fixed miss  {_line(k)}" for k in sorted(fn0 - fn1)]
        lines += [f"  fixed false {_line(k)}" for k in sorted(fp0 - fp1)]
        lines += [f"  BROKE miss  {_line(k)}" for k in sorted(fn1 - fn0)]
        lines += [f"  BROKE false {_line(k)}" for k in sorted(fp1 - fp0)]
        if lines:
            print(f"== {slug}")
            print("\n".join(lines))
    return 0


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="devscore", description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("lang", choices=("zh", "en"))
    r.add_argument("out", type=Path)
    r.add_argument("--tree", type=Path, default=ROOT, help="checkout whose code builds the texts")
    m = sub.add_parser("misses")
    m.add_argument("out", type=Path)
    m.add_argument("prefix", nargs="?", default="")
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "run":
        return run(args.lang, args.out, args.tree.resolve())
    if args.cmd == "misses":
        return misses(args.out, args.prefix)
    return compare(args.a, args.b)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
