"""Entity precision and recall of the recogniser alone against one gold file.

A quick check for gazetteer work: it runs ``tacb_graph.pipeline.extract`` on a text
and compares the (unit, class, entity id) triples of its mentions with the gold's
``entities`` for the units the gold annotates. Persons and sessions are left out (no
gazetteer names them). ``tacb-graph evaluate`` is the reference; this needs no store
and reads any gold file in the format of ``tests/gold/README.md``.

Usage::

    python tools/gazetteer_entity_score.py GOLD.json TEXT.txt [-v]   # -v lists every miss and false hit
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path

SKIP = {"Person", "Session"}


def score(gold_path: Path, text_path: Path) -> tuple[dict[str, list[int]], set, set]:
    from tacb_graph.pipeline import extract

    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    rec = extract(text_path)
    kinds = {e.key: e.kind for e in rec.entities}
    units = {(u["unit"], u["number"]) for u in gold["units"]}
    g = {(u["unit"], u["number"], c, e) for u in gold["units"] for c, ids in u.get("entities", {}).items()
         for e in ids if c not in SKIP}
    p = {(m.unit, m.number, kinds.get(m.entity, "?"), m.entity) for m in rec.mentions
         if (m.unit, m.number) in units and kinds.get(m.entity) not in SKIP}
    by: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # class -> tp, fp, fn
    for x in g | p:
        by[x[2]][0 if (x in g and x in p) else 1 if x in p else 2] += 1
    return by, g, p


def main(argv: list[str]) -> int:
    args = [a for a in argv if a != "-v"]
    if len(args) != 2:
        print(__doc__.split("Usage::")[1].strip(), file=sys.stderr)
        return 2
    gold_path, text_path = map(Path, args)
    by, g, p = score(gold_path, text_path)
    tp, fp, fn = (sum(v[i] for v in by.values()) for i in range(3))
    print(f"{gold_path.name}: entities P {tp / max(1, tp + fp):.3f} R {tp / max(1, tp + fn):.3f} "
          f"(tp {tp}, fp {fp}, fn {fn})")
    for cls, (a, b, c) in sorted(by.items()):
        if b or c:
            print(f"  {cls}: tp {a} fp {b} fn {c}")
    if "-v" in argv:
        for x in sorted(g ^ p, key=str):
            print("   ", "miss" if x in g else "false", *x)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
