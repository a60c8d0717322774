"""Print the headline figures of gold parts: the command the SPLIT.md files and tests/gold/README.md quote.

Run from the repository root: ``python tests/gold/measure.py zh:dev7 zh:dev7/zh7-gabon-joint-programme en:dev6``.
A part is ``LANG:FOLDER`` (a folder under ``tests/gold``, ``tests/gold/en`` for English) or
``LANG:FOLDER/REPORT`` (one report's gold file); ``LANG:held-out`` is every report ``tests/gold/held-out.txt`` lists
in the language, one part each. Every text of each language named (the bundled report, and
``texts/`` and ``dev*/texts/`` under the language's gold folder) is built once with this checkout's code
into a temporary folder, then each part is scored with ``tacb-graph evaluate``. Only the headlines are
printed, never the misses, so it can be run on a validation text. The test parts are refused unless
``MEASURE_TEST=1`` is set: the frozen test split is scored when the README's figures are refreshed, not
while rules are written. ``MEASURE_RELATIONS=partnersWith,requests`` adds those relations' aggregate precision
and recall to each line (aggregates only, like the headlines); ``MEASURE_STANCES=1`` adds the stance precision and confusion
(each gold value against what was predicted, as counts); ``MEASURE_COUNTS=1`` adds the true-positive,
false-positive and false-negative counts of all relations and of each relation, and ends with one line per language
that adds up the parts given (a folder and one of its reports, both given, count twice); ``MEASURE_IGNORE_MODALITY=1``
matches facts whatever their modality (``evaluate --ignore-modality``), so that the two runs' difference is the facts
found with the wrong modality.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "gold"


def texts(lang: str) -> list[str]:
    if lang == "zh":
        found = [ROOT / "data" / "tacb-report-zh.txt", *GOLD.glob("texts/*.txt"), *GOLD.glob("dev*/texts/*.txt")]
    else:
        found = [*GOLD.glob("en/texts/*.txt"), *GOLD.glob("en/dev*/texts/*.txt")]
    return sorted(str(p) for p in found)


def figure(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def held_out(lang: str) -> list[str]:
    """``LANG:held-out``: one part per report that ``tests/gold/held-out.txt`` lists in the language."""
    lines = (GOLD / "held-out.txt").read_text(encoding="utf-8").splitlines()
    base = GOLD if lang == "zh" else GOLD / "en"
    out = []
    for stem in (ln.strip() for ln in lines if ln.strip() and not ln.startswith("#")):
        out += [f"{lang}:{g.parent.name}/{stem}" for g in base.glob(f"dev*/{stem}.json")]
    return sorted(out)


def main(parts: list[str]) -> int:
    if not parts:
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    parts = [q for p in parts for q in (held_out(p.partition(":")[0]) if p.partition(":")[2] == "held-out" else [p])]
    if any(p.partition(":")[2].startswith("test") for p in parts) and os.environ.get("MEASURE_TEST") != "1":
        print("measure.py: the test parts are scored only with MEASURE_TEST=1; give dev parts", file=sys.stderr)
        return 2
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    stores = {}
    totals: dict = {}  # MEASURE_COUNTS: per language, the parts' counts added up
    with tempfile.TemporaryDirectory() as tmp:
        for lang in sorted({p.partition(":")[0] for p in parts}):
            out = Path(tmp) / lang
            r = subprocess.run([sys.executable, "-m", "tacb_graph", "build", *texts(lang), "--out", str(out), "-q"],
                               env=env, cwd=ROOT, capture_output=True, text=True)
            if r.returncode:
                print(f"{lang}: build failed: {r.stderr.strip()[-300:]}", file=sys.stderr)
                return 1
            stores[lang] = out / "store"
        for p in parts:
            lang, _, part = p.partition(":")
            gold = GOLD / part if lang == "zh" else GOLD / "en" / part
            if not gold.exists():
                gold = gold.with_name(gold.name + ".json")
            loose = ["--ignore-modality"] if os.environ.get("MEASURE_IGNORE_MODALITY") == "1" else []
            r = subprocess.run([sys.executable, "-m", "tacb_graph", "evaluate", "--gold", str(gold), str(stores[lang]),
                                "--format", "json", *loose], env=env, cwd=ROOT, capture_output=True, text=True)
            if r.returncode not in (0, 1):
                print(f"{p}: evaluate failed: {r.stderr.strip()[-300:]}", file=sys.stderr)
                return 1
            d = json.loads(r.stdout)
            if "parts" in d:
                d = d["parts"][0] if isinstance(d["parts"], list) else next(iter(d["parts"].values()))
            rt = d["relations"]["total"]["triple"]
            a = d["relations"]["relations"].get("assists", {}).get("triple", {})
            s, c, e = d["stances"], d["contributions"]["triple"], d["entities"]["total"]["triple"]
            extra = "".join(  # MEASURE_RELATIONS=partnersWith,requests: one relation's aggregate P / R as well
                f" | {name} P {figure(t.get('precision'))} R {figure(t.get('recall'))}"
                for name in filter(None, os.environ.get("MEASURE_RELATIONS", "").split(","))
                for t in [d["relations"]["relations"].get(name, {}).get("triple", {})])
            if os.environ.get("MEASURE_STANCES") == "1":  # counts only: gold value -> predicted value(s)
                extra += f" | stance precision {figure(s.get('precision'))} ({s['predicted_right']}/{s['predicted']})"
                extra += " | stance confusion " + ", ".join(
                    f"{v}->{got} {n}" for v, row in s.get("confusion", {}).items() for got, n in row.items() if got != v)
            if os.environ.get("MEASURE_COUNTS") == "1":  # counts only, so that several parts can be added up
                named = [("all", rt), *((k, v["triple"]) for k, v in sorted(d["relations"]["relations"].items()))]
                extra += " | counts " + " ".join(f"{name}={t['tp']}/{t['fp']}/{t['fn']}" for name, t in named
                                                 if t.get("tp", 0) + t.get("fp", 0) + t.get("fn", 0))
                for name, t in named:
                    sums = totals.setdefault(lang, {"parts": 0, "stances": [0, 0]}).setdefault(name, [0, 0, 0])
                    for i, k in enumerate(("tp", "fp", "fn")):
                        sums[i] += t.get(k, 0)
                totals[lang]["parts"] += 1
                totals[lang]["stances"][0] += s["correct"]
                totals[lang]["stances"][1] += s["support"]
            print(f"{p:8s} rel P {figure(rt['precision'])} R {figure(rt['recall'])} F1 {figure(rt['f1'])}"
                  f" | assists R {figure(a.get('recall'))} | stances {figure(s['accuracy'])}"
                  f" ({s['correct']}/{s['support']}) | contrib F1 {figure(c.get('f1'))}"
                  f" | ent P {figure(e['precision'])} R {figure(e['recall'])}{extra}")
    for lang, t in sorted(totals.items()):  # (the parts as given: a folder and one of its reports count twice)
        line = f"total {lang}, {t['parts']} parts: stances {t['stances'][0]}/{t['stances'][1]}"
        for name in ("all", "assists", "partnersWith", "requests", "submittedInputTo"):
            tp, fp, fn = t.get(name, (0, 0, 0))
            p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
            line += f" | {name} P {p:.3f} R {r:.3f} F1 {2 * p * r / max(1e-9, p + r):.3f} ({tp}/{fp}/{fn})"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
