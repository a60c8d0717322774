"""How far two gold annotations of the same text agree: the human ceiling of the extractor's figures.

Run from the repository root:

    python tools/agreement.py FIRST.json SECOND.json    # the second scored against the first, as evaluate scores a graph

Both files annotate one text (the same ``source_sha256``) by the contract of ``tests/gold/README.md``. The second
annotation is read as if it were the extractor's output and scored against the first with the scoring of
``tacb-graph evaluate`` (:func:`tacb_graph.evaluate.scoring.score`): relations at the headline granularity
(distinct facts, a fact matching only with the same modality, ``partnersWith`` unordered), assistance recall,
stance accuracy, contributions and entities. F1 is symmetric; precision and recall swap when the files do, and
stance accuracy is given both ways.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tacb_graph.errors import TacbError  # noqa: E402
from tacb_graph.evaluate.gold import Gold, load_gold  # noqa: E402
from tacb_graph.evaluate.predicted import Predicted  # noqa: E402
from tacb_graph.evaluate.scoring import score  # noqa: E402


def as_predicted(gold: Gold) -> Predicted:
    """An annotation read as a prediction: every unit's entities, facts, askers, stances and contributions."""
    pred = Predicted()
    for u in gold.units:
        pred.entities[u.key] |= set(u.entities)
        pred.relations[u.key] |= set(u.relations)
        pred.edges[u.key] |= {(s, p, o) for s, p, o, m in u.relations if m == "Reported"}
        for fact, who in u.requesters.items():
            if who is not None:
                pred.requesters[u.key][fact].add(who)
        for hc, v in u.stances.items():
            pred.stances[u.key][hc].add(v)
        pred.contributions[u.key] |= set(u.contributions)
    return pred


def _f(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def compare(first: Path, second: Path) -> str:
    a, b = load_gold(first), load_gold(second)
    if {u.key for u in a.units} != {u.key for u in b.units}:
        only = sorted({u.key for u in a.units} ^ {u.key for u in b.units})
        raise TacbError(f"the two annotations do not cover the same units (e.g. {only[0]})")
    r = score(a, as_predicted(b), "agreement")
    back = score(b, as_predicted(a), "agreement")
    rt, at = r.relations_total.triple, r.relations["assists"].triple
    s, s2 = r.stances, back.stances
    e = r.entities_total.triple
    return (f"rel P {_f(rt.precision)} R {_f(rt.recall)} F1 {_f(rt.f1)} (tp {rt.tp} fp {rt.fp} fn {rt.fn})"
            f" | assists F1 {_f(at.f1)} | stances {s.correct}/{s.support} and {s2.correct}/{s2.support}"
            f" | contrib F1 {_f(r.contributions.triple.f1)} | ent F1 {_f(e.f1)}")


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(prog="agreement", description=__doc__.splitlines()[0])
    ap.add_argument("first", type=Path)
    ap.add_argument("second", type=Path)
    args = ap.parse_args(argv)
    try:
        print(compare(args.first, args.second))
    except TacbError as exc:
        print(f"agreement: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
