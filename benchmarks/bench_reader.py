"""Reader throughput: read + segment over a synthetic long report, per layout.

    python benchmarks/bench_reader.py            # --paragraphs 9000 --runs 3

The bundled report (clean, Chinese) and the English PDF-text fixture
(tests/fixtures/layouts/en-pdf.txt: front page, contents, running headers, page
numbers, footnotes) are repeated with their paragraphs renumbered up to
``--paragraphs``, then read and segmented; the script prints MB of text per
second (median of ``--runs``) and the ratio to issue 11's end-to-end target of
1 MB/s per core (the baseline), which the reader alone must beat with room to spare.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tacb_graph.read import read_source  # noqa: E402
from tacb_graph.segment import segment  # noqa: E402

TARGET = 1.0  # MB/s per core, end to end (issue 11)
_NUMBERED = re.compile(r"^(\d{1,5})(\.)", re.M)


def _long(text: str, first_para: str, paragraphs: int) -> str:
    """``text`` with its body repeated and the paragraph numbers running on."""
    head, body = text[: text.index(first_para)], text[text.index(first_para):]
    out, n = [head], 0
    while n < paragraphs:
        def renumber(m):
            nonlocal n
            n += 1
            return f"{n}{m.group(2)}"
        out.append(_NUMBERED.sub(renumber, body))
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--paragraphs", type=int, default=9000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    cases = {
        "clean zh (bundled)": (ROOT / "data" / "tacb-report-zh.txt", " 一. 导言"),
        "pdf en (fixture)": (ROOT / "tests" / "fixtures" / "layouts" / "en-pdf.txt", "I.\n\nIntroduction\n\n1."),
    }
    failed = False
    print(f"{'layout':<22} {'MB':>6} {'paragraphs':>10} {'MB/s':>6} {'ratio to 1 MB/s':>16}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, (path, first) in cases.items():
            text = _long(path.read_text(encoding="utf-8"), first, args.paragraphs)
            p = Path(tmp) / (path.stem + ".txt")
            p.write_text(text, encoding="utf-8")
            segment(read_source(ROOT / "tests" / "fixtures" / "layouts" / "en-clean.txt"))  # load the data once
            times, seg = [], None
            for _ in range(args.runs):
                t0 = time.perf_counter()
                seg = segment(read_source(p))
                times.append(time.perf_counter() - t0)
            mb = len(text.encode("utf-8")) / 1e6
            rate = mb / statistics.median(times)
            failed |= rate < TARGET
            print(f"{name:<22} {mb:6.2f} {len(seg.paragraphs):10d} {rate:6.2f} {rate / TARGET:16.2f}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
