"""Score a built graph against a hand-checked gold annotation (``tacb-graph evaluate``).

The gold (``tests/gold/``, format and guidelines in ``tests/gold/README.md``)
lists, per paragraph or footnote, the entities named there, the relations stated
(each with its modality: Reported, Requested, Recommended, Planned, Negated), the
stances and the contributions. The prediction is read from the named graph of
each of those units (see :mod:`tacb_graph.evaluate.predicted`); a gold report is
found in the graph by the sha256 of its text, else (with a warning) by its symbol.

Only units present in the gold are scored. Precision, recall and F1 are given at
two granularities: distinct facts over all scored units (``triple``, the headline
figure) and facts per unit (``paragraph``). A fact matches only with the same
modality; ``partnersWith`` is compared as an unordered pair. A gold folder split
into parts (``dev/``, ``test/``) is scored part by part with
:func:`evaluate_split`; the test part gives the headline.

>>> s = Score(tp=3, fp=1, fn=2)
>>> s.precision, round(s.recall, 3), round(s.f1, 3), s.support
(0.75, 0.6, 0.667, 5)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .figures import Diff, Measure, ModalityCheck, RequesterScore, Score, StanceScore, UnitScore
from .gold import (CORE_RELATIONS, ENTITY_CLASSES, MODALITIES, RELATIONS, STANCE_VALUES, SYMMETRIC, Gold, GoldUnit,
                   gold_parts, load_gold)
from .predicted import marks_modality, open_graph, read_predicted
from .scoring import MODALITY_RELATIONS, Report, score
from .split import SplitReport, evaluate_split as _evaluate_split

__all__ = [
    "SYMMETRIC",
    "evaluate",
    "evaluate_split",
    "load_gold",
    "gold_parts",
    "Gold",
    "GoldUnit",
    "Report",
    "SplitReport",
    "Score",
    "Measure",
    "StanceScore",
    "ModalityCheck",
    "RequesterScore",
    "Diff",
    "UnitScore",
    "RELATIONS",
    "CORE_RELATIONS",
    "MODALITY_RELATIONS",
    "ENTITY_CLASSES",
    "STANCE_VALUES",
    "MODALITIES",
    "marks_modality",
    "add_commands",
]

DEFAULT_GOLD = Path("tests/gold")
DEFAULT_GRAPH = Path("out/store")


def evaluate(store_or_path, gold_path: str | Path = DEFAULT_GOLD, modality: bool = True) -> Report:
    """Score a graph (a store folder, a ``.trig`` / ``.nq`` file or an open ``pyoxigraph.Store``)
    against the gold annotation (a JSON file or a folder of them, parts merged).

    ``modality=False`` matches facts whatever their modality (the scoring before modality existed).
    """
    gold = load_gold(gold_path)
    store, graph_name = open_graph(store_or_path)
    return score(gold, read_predicted(store, gold), graph_name, modality)


def evaluate_split(store_or_path, gold_path: str | Path = DEFAULT_GOLD, modality: bool = True) -> SplitReport:
    """Score a graph against each part of a split gold folder (``dev/``, ``test/`` …), test first.

    A folder that is not split (or a file) gives one part named after it.
    """
    store, graph_name = open_graph(store_or_path)
    if gold_parts(gold_path):
        return _evaluate_split(store, graph_name, gold_path, modality)
    gold = load_gold(gold_path)
    name = Path(gold_path).stem or str(gold_path)
    return SplitReport(str(gold_path), graph_name,
                       {name: score(gold, read_predicted(store, gold), graph_name, modality)}, {}, {})


# ---------------------------------------------------------------- command


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from ..errors import InputError

    if args.part:
        parts = dict(gold_parts(args.gold))
        if args.part not in parts:
            known = ", ".join(parts) or "none: the gold folder is not split"
            raise InputError(f"{args.gold}: no gold part {args.part!r} (parts: {known})")
        report = evaluate(args.graph, parts[args.part], modality=not args.ignore_modality)
    elif gold_parts(args.gold):
        report = evaluate_split(args.graph, args.gold, modality=not args.ignore_modality)
    else:
        report = evaluate(args.graph, args.gold, modality=not args.ignore_modality)
    sys.stdout.write(report.format(args.format, by_paragraph=args.by_paragraph))
    return 0


def add_commands(subparsers) -> None:
    """Register ``evaluate`` on the ``tacb-graph`` sub-command parser."""
    p = subparsers.add_parser(
        "evaluate", help="precision, recall and F1 of a graph against the hand-checked gold annotation")
    p.add_argument("graph", nargs="?", default=str(DEFAULT_GRAPH), metavar="GRAPH",
                   help="store folder or TriG / N-Quads file (default: out/store)")
    p.add_argument("--gold", default=str(DEFAULT_GOLD), metavar="PATH",
                   help="gold JSON file or folder of them; a folder split into dev/ and test/ is reported "
                        "part by part, test first (default: tests/gold)")
    p.add_argument("--part", metavar="NAME", help="only this part of a split gold folder (e.g. test)")
    p.add_argument("--ignore-modality", action="store_true",
                   help="match facts whatever their modality (Requested assistance found as a plain edge counts)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--by-paragraph", action="store_true", help="also give the figures of each paragraph / footnote")
    p.set_defaults(func=_cmd_evaluate)
