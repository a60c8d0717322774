"""Two language versions of one report, side by side: what each yields and where they differ.

A bilingual gold pair is two gold files (one per language version of one report) and an
``alignment.json`` beside them::

    {"symbol": "A/HRC/55/80",
     "versions": {"zh": "pair-zh", "en": "pair-en"},        # language -> report slug
     "paragraphs": [[1, 1], [2, 2], …],                      # [first version's n, second's n]
     "footnotes": [[1, 1]],
     "same_entities": {"person/福尔克尔·蒂尔克": "person/volker-turk"}}   # first's id -> second's

For each version: its figures against its own gold (relations and entities over distinct
facts, stances, contributions). Then the facts the graph holds for each pair of aligned units
(relations with modality, stances, contributions; the second version's ids mapped through
``same_entities``): read from both versions, or from one only — each of those marked with
whether its gold states it (the other version missed a fact) or not (a false hit).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from .figures import Score, StanceScore
from .gold import NOT_GOLD, Gold, UnitKey, norm_relation
from .predicted import Predicted

__all__ = ["VersionFigures", "OnlyIn", "VersionComparison", "Alignment", "compare_versions", "find_alignments",
           "read_alignment", "comparisons"]

ALIGNMENT = NOT_GOLD[0]


@dataclass(frozen=True)
class VersionFigures:
    """One version's figures against its own gold."""

    lang: str
    report: str
    units: int
    relations: Score  # core relations, distinct facts with modality
    entities: Score
    stances: StanceScore
    contributions: Score

    def as_dict(self) -> dict:
        return {"lang": self.lang, "report": self.report, "units": self.units,
                "relations": self.relations.as_dict(), "entities": self.entities.as_dict(),
                "stances": self.stances.as_dict(), "contributions": self.contributions.as_dict()}


@dataclass(frozen=True)
class OnlyIn:
    """A fact the graph holds for one version's unit and not for the aligned unit of the other."""

    lang: str
    report: str
    unit: str
    number: int
    fact: str
    in_gold: bool  # the version's gold states it: the other version missed it

    @property
    def where(self) -> str:
        return ("¶" if self.unit == "paragraph" else "fn") + str(self.number)

    def as_dict(self) -> dict:
        return {"lang": self.lang, "report": self.report, "unit": self.unit, "number": self.number,
                "fact": self.fact, "in_gold": self.in_gold}


@dataclass
class VersionComparison:
    """Two language versions of one report: each one's figures, and the facts they yield differently."""

    alignment: str
    symbol: str | None
    versions: list[VersionFigures]
    aligned_units: int
    both: int  # facts read from both versions' aligned units
    only: list[OnlyIn] = field(default_factory=list)

    def only_in(self, lang: str) -> list[OnlyIn]:
        return [o for o in self.only if o.lang == lang]

    def as_dict(self) -> dict:
        return {"alignment": self.alignment, "symbol": self.symbol, "aligned_units": self.aligned_units,
                "versions": [v.as_dict() for v in self.versions], "both": self.both,
                "only": [o.as_dict() for o in self.only]}


@dataclass(frozen=True)
class Alignment:
    path: str
    symbol: str | None
    langs: tuple[str, str]
    reports: tuple[str, str]
    units: tuple[tuple[str, int, int], ...]  # (unit, first version's n, second's n)
    same: dict[str, str]  # second version's id -> first version's id


def read_alignment(path: str | Path) -> Alignment:
    """Read and check an ``alignment.json`` (bad input: a one-line :class:`~tacb_graph.errors.InputError`)."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path}: cannot read the alignment ({getattr(exc, 'msg', None) or exc})") from None
    versions = data.get("versions") if isinstance(data, dict) else None
    if not isinstance(versions, dict) or len(versions) != 2 or \
            not all(isinstance(k, str) and isinstance(v, str) and v for k, v in versions.items()):
        raise InputError(f"{path}: \"versions\" must map two languages to their report slugs")
    units = []
    for kind in ("paragraphs", "footnotes"):
        pairs = data.get(kind, [])
        if not isinstance(pairs, list) or not all(
                isinstance(p, list) and len(p) == 2 and all(isinstance(n, int) and not isinstance(n, bool) and n > 0
                                                            for n in p) for p in pairs):
            raise InputError(f"{path}: \"{kind}\" must be a list of [n, n] pairs of positive numbers")
        units += [(kind[:-1], a, b) for a, b in pairs]
    same = data.get("same_entities", {})
    if not isinstance(same, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in same.items()):
        raise InputError(f"{path}: \"same_entities\" must map ids of the first version to ids of the second")
    symbol = data.get("symbol")
    (l1, r1), (l2, r2) = versions.items()
    return Alignment(str(path), symbol if isinstance(symbol, str) else None, (l1, l2), (r1, r2), tuple(units),
                     {b: a for a, b in same.items()})


def find_alignments(path: str | Path) -> list[Path]:
    """The ``alignment.json`` files in a gold folder (and its sub-folders)."""
    path = Path(path)
    return sorted(path.rglob(ALIGNMENT)) if path.is_dir() else []


def _facts(pred: Predicted, key: UnitKey, same: dict[str, str]) -> dict[tuple, str]:
    """The facts the graph holds for one unit, ids mapped by ``same``: key -> text."""
    def m(x: str) -> str:
        return same.get(x, x)

    out: dict[tuple, str] = {}
    for s, p, o, mood in pred.relations.get(key, ()):
        f = norm_relation(m(s), p, m(o), mood)
        out[("relation", *f)] = f"{s} {p} {o}" + ("" if mood == "Reported" else f" [{mood}]")
    for (h, c), values in pred.stances.get(key, {}).items():
        for v in values:
            out[("stance", m(h), m(c), v)] = f"{h} {v} on {c}"
    for contributor, recipient, amount, currency in pred.contributions.get(key, ()):
        k = ("contribution", m(contributor), m(recipient) if recipient else None, amount, currency)
        out[k] = f"{contributor} → {recipient or '?'}: {'?' if amount is None else format(amount.normalize(), 'f')} " \
                 f"{currency or '?'}"
    return out


def _gold_facts(gold: Gold, key: UnitKey, same: dict[str, str]) -> set[tuple]:
    def m(x: str) -> str:
        return same.get(x, x)

    out: set[tuple] = set()
    for u in gold.units:
        if u.key != key:
            continue
        out |= {("relation", *norm_relation(m(s), p, m(o), mood)) for s, p, o, mood in u.relations}
        out |= {("stance", m(h), m(c), v) for (h, c), v in u.stances.items()}
        out |= {("contribution", m(c), m(r) if r else None, a, cur) for c, r, a, cur in u.contributions}
    return out


def compare_versions(alignment: Alignment, gold: Gold, pred: Predicted, score_part) -> VersionComparison | None:
    """The comparison of the two versions an alignment names, or ``None`` when ``gold`` lacks either.

    ``score_part(gold)`` scores a part of the gold (one version's units) against the graph.
    """
    if not all(r in gold.sha256 for r in alignment.reports):
        return None
    figures = []
    for lang, slug in zip(alignment.langs, alignment.reports):
        r = score_part(gold.subset(lambda u, slug=slug: u.report == slug, f"{gold.path} ({slug})"))
        figures.append(VersionFigures(lang, slug, r.units, r.relations_total.triple, r.entities_total.triple,
                                      r.stances, r.contributions.triple))
    both = 0
    only: list[OnlyIn] = []
    first, second = alignment.reports
    for unit, a, b in alignment.units:
        keys = ((first, unit, a), (second, unit, b))
        maps = ({}, alignment.same)
        facts = [_facts(pred, k, m) for k, m in zip(keys, maps)]
        golds = [_gold_facts(gold, k, m) for k, m in zip(keys, maps)]
        both += len(set(facts[0]) & set(facts[1]))
        for i in (0, 1):
            for f in sorted(set(facts[i]) - set(facts[1 - i]), key=str):
                only.append(OnlyIn(alignment.langs[i], keys[i][0], unit, keys[i][2], facts[i][f], f in golds[i]))
    order = {lang: n for n, lang in enumerate(alignment.langs)}
    only.sort(key=lambda o: (order[o.lang], o.unit != "paragraph", o.number, o.fact))
    return VersionComparison(alignment.path, alignment.symbol, figures, len(alignment.units), both, only)



def comparisons(path: str | Path, gold: Gold, pred: Predicted, graph_name: str,
                modality: bool = True) -> list[VersionComparison]:
    """One comparison per ``alignment.json`` under ``path`` whose two versions ``gold`` annotates."""
    from .scoring import score

    out = []
    for f in find_alignments(path):
        c = compare_versions(read_alignment(f), gold, pred, lambda g: score(g, pred, graph_name, modality))
        if c is not None:
            out.append(c)
    return out
