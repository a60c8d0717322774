"""Long paragraphs and long lists: does extraction time grow with a paragraph's length (a list's), or faster?

    python benchmarks/bench_long.py            # --sentences 1000,4000,16000 --names 30,90,180 --runs 3

One numbered paragraph made of N sentences, each naming a body, a State and an act of help
(written for this benchmark in Chinese and English: "人权理事会协助海地。", "The Council
assisted Haiti."), is extracted (``pipeline.extract``, warm) for each N. The script prints the
seconds per 1,000 sentences and its ratio to the smallest N (the baseline): a ratio near 1
means time grows linearly with the paragraph; a ratio growing with N means some stage reads
the whole paragraph again for each sentence or each name. Then one sentence that names N States after
a body that helped them (the States of the gazetteer in its order: "人权理事会协助阿富汗、阿尔巴尼亚…和…。", "The
Council assisted Afghanistan, Albania, … and …"), for each N of ``--names``: seconds per 100 names and the
ratio to the smallest N — near 1 when the pairs of names a sentence is read for grow with the list, not with its
square. Exits non-zero when the largest ratio of either table is above 2.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tacb_graph.pipeline import extract  # noqa: E402

SENTENCES = {"zh": "人权理事会协助海地。", "en": "The Council assisted Haiti. "}
LISTS = {"zh": ("人权理事会协助", "、", "和", "。"), "en": ("The Council assisted ", ", ", " and ", ".")}


def _states(lang: str) -> list[str]:
    import csv

    with open(ROOT / "data" / "gazetteers" / "states.csv", encoding="utf-8") as f:
        return [r[f"name_{lang}"] for r in csv.DictReader(f) if r[f"name_{lang}"]]


def _time(p: Path, runs: int) -> float:
    extract(p)  # warm: imports, the pipeline, the gazetteer
    times = []
    for _ in range(runs):
        t = time.process_time()
        extract(p)
        times.append(time.process_time() - t)
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", default="1000,4000,16000")
    ap.add_argument("--names", default="30,90,180")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    sizes = [int(n) for n in args.sentences.split(",")]
    worst = 0.0
    print(f"{'lang':<5} {'sentences':>9} {'chars':>8} {'s':>7} {'s/1000 sent.':>13} {'ratio':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for lang, sentence in SENTENCES.items():
            base = None
            for n in sizes:
                p = Path(tmp) / f"long-{lang}-{n}.txt"
                p.write_text("1. " + sentence * n + "\n", encoding="utf-8")
                s = _time(p, args.runs)
                per = s / n * 1000
                base = base or per
                worst = max(worst, per / base)
                print(f"{lang:<5} {n:>9} {len(sentence) * n:>8} {s:>7.2f} {per:>13.3f} {per / base:>6.2f}")
        print(f"\n{'lang':<5} {'names':>9} {'chars':>8} {'s':>7} {'s/100 names':>13} {'ratio':>6}")
        for lang, (opening, comma, last, end) in LISTS.items():
            base, states = None, _states(lang)
            for n in (int(k) for k in args.names.split(",")):
                names = states[:n]
                text = opening + comma.join(names[:-1]) + last + names[-1] + end
                p = Path(tmp) / f"list-{lang}-{n}.txt"
                p.write_text("1. " + text + "\n", encoding="utf-8")
                s = _time(p, args.runs)
                per = s / len(names) * 100
                base = base or per
                worst = max(worst, per / base)
                print(f"{lang:<5} {len(names):>9} {len(text):>8} {s:>7.2f} {per:>13.3f} {per / base:>6.2f}")
    return 0 if worst <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
