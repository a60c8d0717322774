"""The ``evaluate`` command: registered without importing the evaluator (it loads on use)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["add_commands"]

DEFAULT_GOLD = Path("tests/gold")
DEFAULT_GRAPH = Path("out/store")


def _cmd_evaluate(args: argparse.Namespace) -> int:
    from ..errors import InputError
    from . import evaluate, evaluate_split, gold_parts

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
