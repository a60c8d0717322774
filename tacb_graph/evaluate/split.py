"""A split gold (``tests/gold/dev``, ``tests/gold/test``, …): one evaluation per part.

Each part is scored on its own, with a breakdown per report and per language
folder inside the part. The test part gives the headline: no rule is written
against it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .gold import Gold, gold_parts, load_gold
from .predicted import Predicted, read_predicted
from .scoring import Report, score
from .versions import comparisons

__all__ = ["SplitReport", "evaluate_split"]


@dataclass
class SplitReport:
    """Per part (``test`` first, then ``dev``, then others): the overall report and its breakdowns."""

    gold: str
    graph: str
    parts: dict[str, Report]
    by_report: dict[str, dict[str, Report]]  # part -> report slug -> figures
    by_folder: dict[str, dict[str, Report]]  # part -> language (or other) sub-folder -> figures

    @property
    def headline_part(self) -> str | None:
        """The part the headline figures come from: ``test`` when there is one."""
        return "test" if "test" in self.parts else next(iter(self.parts), None)

    def as_dict(self) -> dict:
        return {"gold": self.gold, "graph": self.graph, "headline_part": self.headline_part,
                "parts": {name: {"overall": r.as_dict(),
                                 "by_report": {s: _brief(x) for s, x in self.by_report.get(name, {}).items()},
                                 "by_folder": {f: _brief(x) for f, x in self.by_folder.get(name, {}).items()}}
                          for name, r in self.parts.items()}}

    def format(self, kind: str = "table", by_paragraph: bool = False) -> str:
        from .text import format_split

        return format_split(self, kind, by_paragraph)


def _brief(r: Report) -> dict:
    d = r.as_dict()
    return {k: d[k] for k in ("reports", "found", "units", "warnings", "entities", "relations", "modalities",
                              "stances", "contributions")}


def _folder_of(unit_file: str, part: Path) -> str | None:
    rel = Path(unit_file).resolve().relative_to(part.resolve())
    return rel.parts[0] if len(rel.parts) > 1 else None


def evaluate_split(store, graph_name: str, path: str | Path, modality: bool = True) -> SplitReport:
    """Score an open store against each part of a split gold folder (see :func:`gold_parts`)."""
    path = Path(path)
    whole = load_gold(path)
    pred: Predicted = read_predicted(store, whole)
    parts: dict[str, Report] = {}
    by_report: dict[str, dict[str, Report]] = {}
    by_folder: dict[str, dict[str, Report]] = {}
    for name, folder in gold_parts(path):
        part: Gold = load_gold(folder)
        parts[name] = score(part, pred, graph_name, modality)
        parts[name].versions = comparisons(folder, part, pred, graph_name, modality)
        slugs = sorted({u.report for u in part.units})
        if len(slugs) > 1:
            by_report[name] = {s: score(part.subset(lambda u, s=s: u.report == s, f"{folder} ({s})"), pred, graph_name, modality)
                               for s in slugs}
        folders = sorted({f for u in part.units if (f := _folder_of(u.file, folder))})
        if folders:
            groups = {f: part.subset(lambda u, f=f: _folder_of(u.file, folder) == f, str(folder / f)) for f in folders}
            if any(_folder_of(u.file, folder) is None for u in part.units):
                groups["."] = part.subset(lambda u: _folder_of(u.file, folder) is None, str(folder))
            by_folder[name] = {f: score(g, pred, graph_name, modality) for f, g in groups.items()}
    return SplitReport(str(path), graph_name, parts, by_report, by_folder)
