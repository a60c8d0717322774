"""The figures of an evaluation: counts and what follows from them.

>>> s = Score(tp=3, fp=1, fn=2)
>>> s.precision, round(s.recall, 3), round(s.f1, 3), s.support
(0.75, 0.6, 0.667, 5)
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["Score", "Measure", "StanceScore", "Diff", "UnitScore", "ModalityCheck", "RequesterScore"]


@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives, and what follows from them.

    ``precision`` is None when nothing was predicted, ``recall`` when the gold is empty.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @classmethod
    def of(cls, gold: set, predicted: set) -> "Score":
        tp = len(gold & predicted)
        return cls(tp, len(predicted) - tp, len(gold) - tp)

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float | None:
        return self.tp / self.predicted if self.predicted else None

    @property
    def recall(self) -> float | None:
        return self.tp / self.support if self.support else None

    @property
    def f1(self) -> float | None:
        n = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / n if n else None

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "support": self.support,
                "predicted": self.predicted, "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass(frozen=True)
class Measure:
    """A score at both granularities: distinct facts (``triple``) and facts per unit (``paragraph``)."""

    triple: Score
    paragraph: Score

    def as_dict(self) -> dict:
        return {"triple": self.triple.as_dict(), "paragraph": self.paragraph.as_dict()}


@dataclass(frozen=True)
class StanceScore:
    """Stances: a gold stance (unit, holder, concept) is right when its only predicted value is the gold value."""

    support: int
    correct: int
    predicted: int
    predicted_right: int
    confusion: dict[str, dict[str, int]]

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.support if self.support else None

    @property
    def precision(self) -> float | None:
        return self.predicted_right / self.predicted if self.predicted else None

    def as_dict(self) -> dict:
        return {"support": self.support, "correct": self.correct, "accuracy": self.accuracy,
                "predicted": self.predicted, "predicted_right": self.predicted_right,
                "precision": self.precision, "confusion": self.confusion}


@dataclass(frozen=True)
class Diff:
    """One miss (in the gold, not in the graph) or false hit (in the graph, not in the gold)."""

    kind: str  # entity | relation | stance | contribution
    group: str  # the class, the relation, "stance" or "contribution"
    report: str
    unit: str  # paragraph | footnote
    number: int
    item: str

    @property
    def where(self) -> str:
        return ("¶" if self.unit == "paragraph" else "fn") + str(self.number)

    def as_dict(self) -> dict:
        return {"kind": self.kind, "group": self.group, "report": self.report, "unit": self.unit,
                "number": self.number, "item": self.item}


@dataclass(frozen=True)
class UnitScore:
    """The figures of one unit (``--by-paragraph``); relations are the core set, with modality."""

    report: str
    unit: str
    number: int
    entities: Score
    relations: Score
    stances_correct: int
    stances_support: int

    def as_dict(self) -> dict:
        return {"report": self.report, "unit": self.unit, "number": self.number,
                "entities": self.entities.as_dict(), "relations": self.relations.as_dict(),
                "stances": {"correct": self.stances_correct, "support": self.stances_support}}


@dataclass(frozen=True)
class ModalityCheck:
    """Facts that are not Reported but stand in the graph as plain edges (asserted as if they happened).

    ``gold_as_plain_edge`` counts gold facts (per unit) whose modality is not Reported
    and whose plain edge is in the unit's graph, by ``"relation Modality"``;
    ``requested_assistance_as_plain_edge`` is its ``assists Requested`` count (the
    target is 0). ``graph_as_plain_edge`` counts the graph's own fact nodes that are
    not Reported yet also stand as a plain edge, whatever the gold says.
    """

    gold_as_plain_edge: dict[str, int]
    graph_as_plain_edge: dict[str, int]
    requested_assistance_as_plain_edge: int
    items: list[tuple[str, str, int, str]] = field(default_factory=list)  # (report, unit, number, fact)

    @property
    def violations(self) -> int:
        return sum(self.gold_as_plain_edge.values())

    def as_dict(self) -> dict:
        return {"violations": self.violations,
                "requested_assistance_as_plain_edge": self.requested_assistance_as_plain_edge,
                "gold_as_plain_edge": self.gold_as_plain_edge, "graph_as_plain_edge": self.graph_as_plain_edge,
                "items": [{"report": r, "unit": u, "number": n, "fact": f} for r, u, n, f in self.items]}


@dataclass(frozen=True)
class RequesterScore:
    """Gold facts that name who asked for them, and how many fact nodes carry that ``tacb:requestedBy``."""

    support: int
    correct: int
    missing: list[tuple[str, str, int, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float | None:
        return self.correct / self.support if self.support else None

    def as_dict(self) -> dict:
        return {"support": self.support, "correct": self.correct, "accuracy": self.accuracy,
                "missing": [{"report": r, "unit": u, "number": n, "fact": f} for r, u, n, f in self.missing]}
