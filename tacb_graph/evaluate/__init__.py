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

>>> from tacb_graph.evaluate import Score
>>> s = Score(tp=3, fp=1, fn=2)
>>> s.precision, round(s.recall, 3), round(s.f1, 3), s.support
(0.75, 0.6, 0.667, 5)
"""

from __future__ import annotations

from pathlib import Path

from typing import TYPE_CHECKING

from .._lazy import lazy_exports

if TYPE_CHECKING:
    from .figures import Diff, Measure, ModalityCheck, RequesterScore, Score, StanceScore, UnitScore
    from .gold import (CORE_RELATIONS, ENTITY_CLASSES, MODALITIES, RELATIONS, STANCE_VALUES, SYMMETRIC, Gold,
                       GoldUnit, gold_parts, load_gold)
    from .predicted import marks_modality
    from .scoring import MODALITY_RELATIONS, Report
    from .split import SplitReport

# imported on first use: the CLI loads this package to build its parser (``.commands``)
_EXPORTS = {
    **{n: ".figures" for n in ("Diff", "Measure", "ModalityCheck", "RequesterScore", "Score", "StanceScore",
                               "UnitScore")},
    **{n: ".gold" for n in ("CORE_RELATIONS", "ENTITY_CLASSES", "MODALITIES", "RELATIONS", "STANCE_VALUES",
                            "SYMMETRIC", "Gold", "GoldUnit", "gold_parts", "load_gold")},
    "marks_modality": ".predicted",
    "MODALITY_RELATIONS": ".scoring",
    "Report": ".scoring",
    "SplitReport": ".split",
}

__all__ = ["evaluate", "evaluate_split", *_EXPORTS]
__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)

DEFAULT_GOLD = Path("tests/gold")
DEFAULT_GRAPH = Path("out/store")


def evaluate(store_or_path, gold_path: str | Path = DEFAULT_GOLD, modality: bool = True) -> "Report":
    """Score a graph (a store folder, a ``.trig`` / ``.nq`` file or an open ``pyoxigraph.Store``)
    against the gold annotation (a JSON file or a folder of them, parts merged).

    ``modality=False`` matches facts whatever their modality (the scoring before modality existed).
    """
    from .gold import load_gold
    from .predicted import open_graph, read_predicted
    from .scoring import score
    from .versions import comparisons

    gold = load_gold(gold_path)
    store, graph_name = open_graph(store_or_path)
    pred = read_predicted(store, gold)
    report = score(gold, pred, graph_name, modality)
    report.versions = comparisons(gold_path, gold, pred, graph_name, modality)
    return report


def evaluate_split(store_or_path, gold_path: str | Path = DEFAULT_GOLD, modality: bool = True) -> "SplitReport":
    """Score a graph against each part of a split gold folder (``dev/``, ``test/`` …), test first.

    A folder that is not split (or a file) gives one part named after it.
    """
    from .gold import gold_parts, load_gold
    from .predicted import open_graph, read_predicted
    from .scoring import score
    from .split import SplitReport, evaluate_split as _evaluate_split

    store, graph_name = open_graph(store_or_path)
    if gold_parts(gold_path):
        return _evaluate_split(store, graph_name, gold_path, modality)
    from .versions import comparisons

    gold = load_gold(gold_path)
    name = Path(gold_path).stem or str(gold_path)
    pred = read_predicted(store, gold)
    report = score(gold, pred, graph_name, modality)
    report.versions = comparisons(gold_path, gold, pred, graph_name, modality)
    return SplitReport(str(gold_path), graph_name, {name: report}, {}, {})


# ---------------------------------------------------------------- command


