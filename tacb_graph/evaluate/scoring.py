"""Gold against prediction: precision, recall and F1 per class, relation and modality.

Facts are compared with their modality: a gold ``["org/ohchr", "assists",
"state/YEM", "Requested"]`` is found only by a Requested fact node, and a plain
``tacb:assists`` edge (Reported) for it is both a false hit and a *modality
violation* — something only asked for stored as if it happened.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from .figures import Diff, Measure, ModalityCheck, RequesterScore, Score, StanceScore, UnitScore
from .gold import (CORE_RELATIONS, ENTITY_CLASSES, MODALITIES, RELATIONS, REPORT, REPORTED, STANCE_VALUES,
                   UNIT_KINDS, Gold, UnitKey)
from .predicted import Predicted

__all__ = ["Report", "score", "MODALITY_RELATIONS"]

MODALITY_RELATIONS = tuple(r for r in RELATIONS if r != "cites")
"""The relations in the per-modality figures (``cites`` is always Reported)."""


def fact_text(s: str, p: str, o: str, m: str) -> str:
    return f"{s} {p} {o}" + ("" if m == REPORTED else f" [{m}]")


def _fmt_amount(d) -> str:
    return "?" if d is None else format(d.normalize(), "f")


def _contribution_text(c: tuple) -> str:
    contributor, recipient, amount, currency = c
    return f"{contributor} → {recipient or '?'}: {_fmt_amount(amount)} {currency or '?'}"


def _view(key: UnitKey, s: str, o: str) -> tuple[str, str]:
    """A fact's ends as seen across units: ``report`` is spelled out (reports differ), ``@unit`` stays."""
    rep = f"report/{key[0]}"
    return (rep if s == REPORT else s, rep if o == REPORT else o)


@dataclass
class Report:
    """The result of :func:`~tacb_graph.evaluate.evaluate`: figures, misses and false hits."""

    gold: str
    graph: str
    reports: tuple[str, ...]
    units: int
    paragraphs: int
    footnotes: int
    entities: dict[str, Measure]
    entities_total: Measure
    relations: dict[str, Measure]
    relations_total: Measure
    modalities: dict[str, Measure]
    modality_check: ModalityCheck
    requesters: RequesterScore
    stances: StanceScore
    contributions: Measure
    misses: list[Diff]
    false_hits: list[Diff]
    per_unit: list[UnitScore]
    warnings: list[str]
    found: dict[str, str] = field(default_factory=dict)  # report slug -> IRI it was found under
    modality_scored: bool = True  # False: facts matched whatever their modality (--ignore-modality)
    versions: list = field(default_factory=list)  # VersionComparison of each bilingual pair in the gold


    def as_dict(self) -> dict:
        return {
            "gold": self.gold, "graph": self.graph, "reports": list(self.reports), "found": self.found,
            "modality_scored": self.modality_scored,
            "units": {"total": self.units, "paragraphs": self.paragraphs, "footnotes": self.footnotes},
            "warnings": self.warnings,
            "entities": {"classes": {c: m.as_dict() for c, m in self.entities.items()},
                         "total": self.entities_total.as_dict()},
            "relations": {"relations": {r: m.as_dict() for r, m in self.relations.items()},
                          "total": self.relations_total.as_dict(), "total_of": list(CORE_RELATIONS)},
            "modalities": {"modalities": {m: s.as_dict() for m, s in self.modalities.items()},
                           "of": list(MODALITY_RELATIONS), "check": self.modality_check.as_dict(),
                           "requesters": self.requesters.as_dict()},
            "stances": self.stances.as_dict(),
            "contributions": self.contributions.as_dict(),
            "misses": [d.as_dict() for d in self.misses],
            "false_hits": [d.as_dict() for d in self.false_hits],
            "per_unit": [u.as_dict() for u in self.per_unit],
            **({"versions": [v.as_dict() for v in self.versions]} if self.versions else {}),
        }

    def format(self, kind: str = "table", by_paragraph: bool = False) -> str:
        """The report as ``table`` (for people) or ``json`` (everything, machine-readable)."""
        from .text import format_report

        return format_report(self, kind, by_paragraph)


def _entities(gold: Gold, pred: Predicted, diff) -> tuple[dict[str, Measure], Measure, set[str]]:
    classes = sorted(set(ENTITY_CLASSES) | {c for u in gold.units for c, _ in u.entities})
    scored = set(classes)
    par = {c: (set(), set()) for c in classes}  # class -> (gold, predicted) of (unit, id)
    for u in gold.units:
        for c, e in u.entities:
            par[c][0].add((u.key, e))
        for c, e in pred.entities.get(u.key, ()):
            if c in scored:
                par[c][1].add((u.key, e))
    out = {}
    for c in classes:
        g, p = par[c]
        out[c] = Measure(Score.of({e for _, e in g}, {e for _, e in p}), Score.of(g, p))
        for key, e in sorted(g - p):
            diff("entity", c, key, e, "miss")
        for key, e in sorted(p - g):
            diff("entity", c, key, e, "hit")
    all_g = {(c, x) for c in classes for x in par[c][0]}
    all_p = {(c, x) for c in classes for x in par[c][1]}
    total = Measure(Score.of({(c, e) for c, (_, e) in all_g}, {(c, e) for c, (_, e) in all_p}),
                    Score.of(all_g, all_p))
    return out, total, scored


def _relations(gold: Gold, pred: Predicted, diff):
    par = {r: (set(), set()) for r in RELATIONS}  # relation -> (gold, predicted) of (unit, s, o, modality)
    for u in gold.units:
        for s, p, o, m in u.relations:
            par[p][0].add((u.key, s, o, m))
        for s, p, o, m in pred.relations.get(u.key, ()):
            par[p][1].add((u.key, s, o, m))
    relations = {}
    tot = {"tg": set(), "tp": set(), "pg": set(), "pp": set()}
    mod = {m: {"tg": set(), "tp": set(), "pg": set(), "pp": set()} for m in MODALITIES}
    for r in RELATIONS:
        g, p = par[r]
        tg = {(*_view(k, s, o), m) for k, s, o, m in g}
        tp = {(*_view(k, s, o), m) for k, s, o, m in p}
        relations[r] = Measure(Score.of(tg, tp), Score.of(g, p))
        if r in CORE_RELATIONS:
            tot["tg"] |= {(r, *x) for x in tg}
            tot["tp"] |= {(r, *x) for x in tp}
            tot["pg"] |= {(r, *x) for x in g}
            tot["pp"] |= {(r, *x) for x in p}
        if r in MODALITY_RELATIONS:
            for name, src in (("tg", tg), ("tp", tp), ("pg", g), ("pp", p)):
                for x in src:
                    m = x[-1]
                    if m not in mod:
                        mod[m] = {"tg": set(), "tp": set(), "pg": set(), "pp": set()}
                    mod[m][name].add((r, *x))
        for key, s, o, m in sorted(g - p):
            diff("relation", r, key, fact_text(s, r, o, m), "miss")
        for key, s, o, m in sorted(p - g):
            diff("relation", r, key, fact_text(s, r, o, m), "hit")
    total = Measure(Score.of(tot["tg"], tot["tp"]), Score.of(tot["pg"], tot["pp"]))
    modalities = {m: Measure(Score.of(v["tg"], v["tp"]), Score.of(v["pg"], v["pp"])) for m, v in mod.items()}
    return relations, total, modalities


def _modality_check(gold: Gold, pred: Predicted) -> tuple[ModalityCheck, RequesterScore]:
    """Gold facts that are not Reported but stand as plain edges; facts whose requester is right."""
    violations: Counter = Counter()
    items = []
    graph_side: Counter = Counter()
    req_support = req_right = 0
    req_missing = []
    for u in gold.units:
        edges = pred.edges.get(u.key, set())
        for s, p, o, m in sorted(u.relations):
            if m != REPORTED and (s, p, o) in edges:
                violations[(p, m)] += 1
                items.append((u.key, fact_text(s, p, o, m)))
        for s, p, o, m in pred.relations.get(u.key, ()):
            if m != REPORTED and (s, p, o) in edges:
                graph_side[(p, m)] += 1
        for fact, requester in u.requesters.items():
            if requester is None:
                continue
            req_support += 1
            if requester in pred.requesters.get(u.key, {}).get(fact, set()):
                req_right += 1
            else:
                req_missing.append((u.key, fact_text(*fact) + f" requestedBy {requester}"))
    check = ModalityCheck(
        gold_as_plain_edge={f"{p} {m}": n for (p, m), n in sorted(violations.items())},
        graph_as_plain_edge={f"{p} {m}": n for (p, m), n in sorted(graph_side.items())},
        requested_assistance_as_plain_edge=violations[("assists", "Requested")],
        items=[(k[0], k[1], k[2], t) for k, t in items])
    return check, RequesterScore(req_support, req_right, [(k[0], k[1], k[2], t) for k, t in req_missing])


def _stances(gold: Gold, pred: Predicted, diff) -> tuple[StanceScore, dict[UnitKey, int]]:
    support = correct = npred = nright = 0
    confusion: dict[str, Counter] = {v: Counter() for v in STANCE_VALUES}
    per_unit: dict[UnitKey, int] = {}
    for u in gold.units:
        got = pred.stances.get(u.key, {})
        ok_here = 0
        for (h, c), v in sorted(u.stances.items()):
            support += 1
            values = got.get((h, c), set())
            label = "+".join(sorted(values)) if values else "missing"
            confusion[v][label] += 1
            if values == {v}:
                correct += 1
                ok_here += 1
            else:
                diff("stance", "stance", u.key, f"{h} on {c}: {v}, predicted {label}", "miss")
        per_unit[u.key] = ok_here
        for (h, c), values in sorted(got.items()):
            for v in sorted(values):
                npred += 1
                if u.stances.get((h, c)) == v:
                    nright += 1
                elif (h, c) not in u.stances:
                    diff("stance", "stance", u.key, f"{h} on {c}: {v}", "hit")
    return StanceScore(support, correct, npred, nright,
                       {v: dict(sorted(confusion[v].items())) for v in STANCE_VALUES if confusion[v]}), per_unit


def _without_modality(gold: Gold, pred: Predicted) -> tuple[Gold, Predicted]:
    """Every fact as Reported, on both sides: the comparison made before facts had a modality."""
    units = tuple(replace(u, relations=frozenset((s, p, o, REPORTED) for s, p, o, _ in u.relations), requesters={})
                  for u in gold.units)
    relations = defaultdict(set, {k: {(s, p, o, REPORTED) for s, p, o, _ in v} for k, v in pred.relations.items()})
    return replace(gold, units=units), replace(pred, relations=relations, requesters=defaultdict(dict))


def score(gold: Gold, pred: Predicted, graph_name: str, modality: bool = True) -> Report:
    """Score ``pred`` (read by :func:`~tacb_graph.evaluate.predicted.read_predicted`) against ``gold``.

    With ``modality=False`` facts match whatever their modality (the modality check is still made).
    """
    check, requesters = _modality_check(gold, pred)
    if not modality:
        gold, pred = _without_modality(gold, pred)
    misses: list[Diff] = []
    false_hits: list[Diff] = []

    def diff(kind, group, key: UnitKey, item, which):
        (misses if which == "miss" else false_hits).append(Diff(kind, group, key[0], key[1], key[2], item))

    entities, entities_total, scored = _entities(gold, pred, diff)
    relations, relations_total, modalities = _relations(gold, pred, diff)
    stances, per_unit_stances = _stances(gold, pred, diff)

    cg = {(u.key, c) for u in gold.units for c in u.contributions}
    cp = {(u.key, c) for u in gold.units for c in pred.contributions.get(u.key, ())}
    contributions = Measure(Score.of({c for _, c in cg}, {c for _, c in cp}), Score.of(cg, cp))
    for key, c in sorted(cg - cp, key=str):
        diff("contribution", "contribution", key, _contribution_text(c), "miss")
    for key, c in sorted(cp - cg, key=str):
        diff("contribution", "contribution", key, _contribution_text(c), "hit")

    per_unit = []
    for u in sorted(gold.units, key=lambda u: (u.report, UNIT_KINDS.index(u.unit), u.number)):
        pe = {x for x in pred.entities.get(u.key, ()) if x[0] in scored}
        pr = {x for x in pred.relations.get(u.key, ()) if x[1] in CORE_RELATIONS}
        gr = {x for x in u.relations if x[1] in CORE_RELATIONS}
        per_unit.append(UnitScore(u.report, u.unit, u.number, Score.of(set(u.entities), pe), Score.of(gr, pr),
                                  per_unit_stances[u.key], len(u.stances)))

    order = {k: i for i, k in enumerate(("relation", "entity", "stance", "contribution"))}
    rank = {r: i for i, r in enumerate(RELATIONS)}

    def sort(ds: list[Diff]) -> list[Diff]:
        return sorted(ds, key=lambda d: (order[d.kind], rank.get(d.group, 0), d.group, d.report,
                                         UNIT_KINDS.index(d.unit), d.number, d.item))

    slugs = tuple(sorted(gold.sha256))
    warnings = [w for w in pred.warnings if any(f"report {s!r}" in w for s in slugs)]
    return Report(
        gold=gold.path, graph=graph_name, reports=slugs, units=len(gold.units),
        paragraphs=sum(u.unit == "paragraph" for u in gold.units),
        footnotes=sum(u.unit == "footnote" for u in gold.units),
        entities=entities, entities_total=entities_total, relations=relations, relations_total=relations_total,
        modalities=modalities, modality_check=check, requesters=requesters,
        stances=stances, contributions=contributions, misses=sort(misses), false_hits=sort(false_hits),
        per_unit=per_unit, warnings=warnings, found={s: i for s, i in pred.reports.items() if s in slugs},
        modality_scored=modality)

