"""Train the help back-off (``tacb_graph/relate/assist_model.py``) on the development gold of one language.

For rule writers. Run from the repository root (needs scikit-learn: ``pip install -e '.[train]'``):

    python tools/train_assists.py zh            # cross-validate the grid by report, write data/patterns/zh/assist_model.json
    python tools/train_assists.py en --cv-only  # only the cross-validated figures
    python tools/train_assists.py zh --cache /tmp/zh-pairs.json   # keep (or reuse) the pairs read from the texts

Every development text of the language (``tests/gold/dev*``, ``tests/gold/en/dev*``; never a text that
``tests/gold/held-out.txt`` lists, never the frozen test split) is read by the extractor with no back-off, and only the
units its gold file annotates are used. Each pair of names the back-off considers in a sentence — an agent and a party
that may be helped — is labelled by the gold of its unit: help from the first to the second, in any modality, or
none. The model is fitted on every pair, those a rule read help between included (they teach how help is worded),
and is asked at build time only about the pairs no rule read. The figures printed are for those pairs (one per unit,
provider and recipient: the sentence where the model is surest), cross-validated five ways by report (no report is in
both the training and the scoring part): facts the gold has (right), facts it has not (false). The setting written
(``C`` and threshold) is the first, in the order printed, at which ``right - FALSE_COST * false`` is best: a false
fact misleads more than a missed one.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from devscore import dev_gold  # noqa: E402  (the development reports: held-out and test texts excluded)
from model_file import write_model  # noqa: E402

from tacb_graph.pipeline import extract  # noqa: E402
from tacb_graph.relate.lexicon import lexicon_for  # noqa: E402

FALSE_COST = 2  # a false fact costs two found ones
GRID_C = (0.3, 1.0, 3.0)
THRESHOLDS = (0.8, 0.85, 0.9, 0.93, 0.95, 0.97)
MIN_COUNT = 3  # a feature must occur in three pairs at least
MIN_WEIGHT = 0.01  # smaller weights are left out of the file


def pairs(lang: str) -> list[dict]:
    """Every pair the back-off considered in the development texts, with its report and gold label."""
    model = lexicon_for(lang).assist_model
    weights = model.weights
    model.weights = {}  # the rules alone while the pairs are read
    out = []
    try:
        for gold_path in dev_gold(lang):
            g = json.loads(gold_path.read_text(encoding="utf-8"))
            text = ROOT / g["text"] if g.get("text") else ROOT / "data" / f"{g['report']}.txt"
            model.seen = []
            extract(text)
            gold = {(u["unit"], u["number"]): {(r[0], r[2]) for r in u.get("relations", []) if r[1] == "assists"}
                    for u in g["units"]}
            for rec in model.seen:
                here = gold.get((rec["unit"], rec["number"]))
                if here is None:
                    continue  # a unit this gold file does not annotate
                out.append(dict(rec, report=gold_path.stem, label=(rec["provider"], rec["recipient"]) in here))
            print(f"  {gold_path.stem}: {len(model.seen)} pairs", file=sys.stderr)
    finally:
        model.seen, model.weights = None, weights
    return out


def _fact(rec: dict) -> tuple:
    return rec["report"], rec["unit"], rec["number"], rec["provider"], rec["recipient"]


def score(data: list[dict], probs: list[float], threshold: float) -> tuple[int, int]:
    """(right, false) facts among the pairs no rule read, at ``threshold``."""
    best: dict[tuple, float] = {}
    label: dict[tuple, bool] = {}
    for rec, p in zip(data, probs):
        if not rec["ruled"]:
            best[_fact(rec)] = max(best.get(_fact(rec), 0.0), p)
            label[_fact(rec)] = rec["label"]
    said = [k for k, p in best.items() if p >= threshold]
    right = sum(1 for k in said if label[k])
    return right, len(said) - right


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--cache", type=Path, help="a JSON file of the pairs read (written when missing, else read)")
    args = ap.parse_args(argv)
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold
    except ImportError:
        print("train_assists: needs scikit-learn (pip install -e '.[train]')", file=sys.stderr)
        return 2
    if args.cache and args.cache.exists():
        data = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        data = pairs(args.lang)
        if args.cache:
            args.cache.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    seen_in = Counter(f for rec in data for f in rec["features"])
    feats = [{f: 1 for f in rec["features"] if seen_in[f] >= MIN_COUNT} for rec in data]
    y = [rec["label"] for rec in data]
    groups = [rec["report"] for rec in data]
    open_facts = {_fact(r) for r in data if not r["ruled"]}
    open_right = {_fact(r) for r in data if not r["ruled"] and r["label"]}
    print(f"{args.lang}: {len(data)} pairs from {len(set(groups))} reports, {sum(y)} of them help; "
          f"{len(open_facts)} facts no rule read, {len(open_right)} of them in the gold")
    folds = list(GroupKFold(n_splits=5).split(feats, y, groups))
    best = None
    for c in GRID_C:
        probs = [0.0] * len(data)
        for train, test in folds:
            vec = DictVectorizer()
            clf = LogisticRegression(C=c, max_iter=3000).fit(vec.fit_transform([feats[i] for i in train]),
                                                              [y[i] for i in train])
            for i, p in zip(test, clf.predict_proba(vec.transform([feats[i] for i in test]))[:, 1]):
                probs[i] = float(p)
        for t in THRESHOLDS:
            right, false = score(data, probs, t)
            gain = right - FALSE_COST * false
            print(f"  C {c:<4} threshold {t}: right {right}, false {false} (score {gain})")
            if best is None or gain > best[0]:
                best = (gain, c, t)
    _gain, c, t = best
    print(f"chosen: C {c}, threshold {t}")
    if args.cv_only:
        return 0
    vec = DictVectorizer()
    clf = LogisticRegression(C=c, max_iter=3000).fit(vec.fit_transform(feats), y)
    weights = {name: round(float(w), 4) for name, w in zip(vec.feature_names_, clf.coef_[0]) if abs(w) >= MIN_WEIGHT}
    out = ROOT / "data" / "patterns" / args.lang / "assist_model.json"
    head = {
        "_comment": "Written by tools/train_assists.py from the development gold (held-out and test texts excluded); "
                    "see tacb_graph/relate/assist_model.py. Do not edit by hand: retrain.",
        "trained_on": f"{len(data)} pairs of names of {len(set(groups))} development reports",
        "C": c, "threshold": t, "bias": round(float(clf.intercept_[0]), 4),
    }
    write_model(out, head, weights)
    print(f"wrote {out.relative_to(ROOT)} ({len(weights)} features)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
