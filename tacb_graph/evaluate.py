"""Score a built graph against a hand-checked gold annotation (``tacb-graph evaluate``).

The gold (``tests/gold/*.json``, format and guidelines in ``tests/gold/README.md``)
lists, per paragraph or footnote, the entities named there, the relations stated,
the stances and the contributions. The prediction is read from the named graph of
each of those units:

* entities — ``<unit> tacb:mentions ?e`` with ``?e a tacb:<Class>``;
* relations — ``GRAPH <unit> { ?s tacb:P ?o }`` for the eleven relation properties
  (the unit itself is ``@unit``, the report ``report``);
* stances — ``tacb:Stance`` nodes (holder, concept, value);
* contributions — ``tacb:Contribution`` nodes (contributor, recipient, amount, currency).

Only units present in the gold are scored. Precision, recall and F1 are given at
two granularities: distinct facts over all scored units (``triple``, the headline
figure) and facts per unit (``paragraph``). ``partnersWith`` is compared as an
unordered pair.

>>> s = Score(tp=3, fp=1, fn=2)
>>> s.precision, round(s.recall, 3), round(s.f1, 3), s.support
(0.75, 0.6, 0.667, 5)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import unquote

import pyoxigraph as ox

from .errors import InputError
from .namespaces import ID_BASE, TACB
from .rdf.iris import footnote_iri, paragraph_iri, report_iri
from .results import format_table
from .store import open_dataset, run_query

__all__ = [
    "evaluate",
    "load_gold",
    "Gold",
    "GoldUnit",
    "Report",
    "Score",
    "Measure",
    "StanceScore",
    "Diff",
    "UnitScore",
    "RELATIONS",
    "CORE_RELATIONS",
    "ENTITY_CLASSES",
    "STANCE_VALUES",
    "add_commands",
]

TACB_NS = str(TACB._NS)
RELATIONS = ("adoptedBy", "establishes", "requests", "assists", "submittedInputTo", "partnersWith",
             "fundedBy", "administeredBy", "memberOf", "renamedTo", "cites")
"""Every relation property scored."""
CORE_RELATIONS = ("adoptedBy", "establishes", "requests", "assists", "submittedInputTo", "partnersWith", "cites")
"""The relations in the micro-averaged relation total."""
SYMMETRIC = frozenset({"partnersWith"})
ENTITY_CLASSES = ("State", "UNBody", "SpecializedAgency", "UNFundOrProgramme", "RegionalOrganization", "NGO",
                  "NHRI", "AcademicInstitution", "Fund", "Programme", "Event", "Instrument", "Place", "Concept",
                  "Resolution", "Document")
"""The entity classes annotated (a class named in a gold file is scored too)."""
STANCE_VALUES = ("Supportive", "Critical", "Sceptical", "NotQuestioned")
UNIT_KINDS = ("paragraph", "footnote")
UNIT = "@unit"
REPORT = "report"
DEFAULT_GOLD = Path("tests/gold")
DEFAULT_GRAPH = Path("out/store")

UnitKey = tuple[str, str, int]  # (report slug, "paragraph" | "footnote", number)


# ---------------------------------------------------------------- figures


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
    """The figures of one unit (``--by-paragraph``); relations are the core set."""

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


# ---------------------------------------------------------------- the gold


@dataclass(frozen=True)
class GoldUnit:
    report: str
    unit: str
    number: int
    entities: frozenset[tuple[str, str]]  # (class, key)
    relations: frozenset[tuple[str, str, str]]  # (s, p, o); partnersWith with s <= o
    stances: dict[tuple[str, str], str]  # (holder, concept) -> value
    contributions: frozenset[tuple]  # (contributor, recipient, amount, currency)

    @property
    def key(self) -> UnitKey:
        return (self.report, self.unit, self.number)


@dataclass(frozen=True)
class Gold:
    path: str
    sha256: dict[str, str]  # report slug -> sha256 of its source text
    units: tuple[GoldUnit, ...]


def _norm_relation(s: str, p: str, o: str) -> tuple[str, str, str]:
    if p in SYMMETRIC and o < s:
        s, o = o, s
    return (s, p, o)


def _amount(value, where: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise InputError(f"{where}: amount must be a number")
    try:
        d = Decimal(str(value))
    except InvalidOperation:
        raise InputError(f"{where}: amount {value!r} is not a number") from None
    if not d.is_finite():
        raise InputError(f"{where}: amount {value!r} is not a number")
    return d


def _contribution(contributor, recipient, amount: Decimal | None, currency) -> tuple:
    return (contributor, recipient, amount, currency.upper() if isinstance(currency, str) else None)


def _strings(value, where: str, n: int) -> list[str]:
    if not isinstance(value, list) or len(value) != n or not all(isinstance(x, str) and x for x in value):
        raise InputError(f"{where}: must be a list of {n} non-empty strings")
    return value


def _parse_unit(u, report: str, where: str) -> GoldUnit:
    if not isinstance(u, dict):
        raise InputError(f"{where}: must be an object")
    kind, number = u.get("unit"), u.get("number")
    if kind not in UNIT_KINDS:
        raise InputError(f"{where}: \"unit\" must be \"paragraph\" or \"footnote\"")
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise InputError(f"{where}: \"number\" must be a positive integer")
    where = f"{where} ({kind} {number})"
    ents = u.get("entities", {})
    if not isinstance(ents, dict):
        raise InputError(f"{where}: \"entities\" must be an object {{class: [ids]}}")
    entities = set()
    for cls, ids in ents.items():
        if not isinstance(ids, list) or not all(isinstance(x, str) and x for x in ids):
            raise InputError(f"{where}: entities[{cls!r}] must be a list of ids")
        entities |= {(cls, x) for x in ids}
    rels = u.get("relations", [])
    if not isinstance(rels, list):
        raise InputError(f"{where}: \"relations\" must be a list")
    relations = set()
    for i, r in enumerate(rels):
        s, p, o = _strings(r, f"{where}: relations[{i}]", 3)
        if p not in RELATIONS:
            raise InputError(f"{where}: relations[{i}]: unknown relation {p!r} (known: {', '.join(RELATIONS)})")
        relations.add(_norm_relation(s, p, o))
    sts = u.get("stances", [])
    if not isinstance(sts, list):
        raise InputError(f"{where}: \"stances\" must be a list")
    stances: dict[tuple[str, str], str] = {}
    for i, st in enumerate(sts):
        h, c, v = _strings(st, f"{where}: stances[{i}]", 3)
        if v not in STANCE_VALUES:
            raise InputError(f"{where}: stances[{i}]: unknown value {v!r} (known: {', '.join(STANCE_VALUES)})")
        if stances.get((h, c), v) != v:
            raise InputError(f"{where}: stances[{i}]: two values for {h} on {c}")
        stances[(h, c)] = v
    cons = u.get("contributions", [])
    if not isinstance(cons, list):
        raise InputError(f"{where}: \"contributions\" must be a list")
    contributions = set()
    for i, c in enumerate(cons):
        w = f"{where}: contributions[{i}]"
        if not isinstance(c, dict) or not isinstance(c.get("contributor"), str) or not c["contributor"]:
            raise InputError(f"{w}: must be an object with a \"contributor\"")
        if c.get("recipient") is not None and not isinstance(c["recipient"], str):
            raise InputError(f"{w}: \"recipient\" must be an id or null")
        if c.get("currency") is not None and not isinstance(c["currency"], str):
            raise InputError(f"{w}: \"currency\" must be an ISO 4217 code or null")
        contributions.add(_contribution(c["contributor"], c.get("recipient"), _amount(c.get("amount"), w),
                                        c.get("currency")))
    return GoldUnit(report, kind, number, frozenset(entities), frozenset(relations), stances,
                    frozenset(contributions))


def _gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.glob("*.json") if p.is_file())
        if not files:
            raise InputError(f"{path}: no gold files (*.json) in this folder")
        return files
    if path.is_file():
        return [path]
    raise InputError(f"{path}: no such gold file or folder")


def load_gold(path: str | Path) -> Gold:
    """Read one gold JSON file, or every ``*.json`` of a folder; bad input raises InputError."""
    path = Path(path)
    units: list[GoldUnit] = []
    shas: dict[str, str] = {}
    seen: set[UnitKey] = set()
    for f in _gold_files(path):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputError(f"{f}: cannot read ({exc.strerror})") from None
        except UnicodeDecodeError:
            raise InputError(f"{f}: not UTF-8 text") from None
        except json.JSONDecodeError as exc:
            raise InputError(f"{f}: not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from None
        if not isinstance(data, dict):
            raise InputError(f"{f}: must hold a JSON object with \"report\" and \"units\"")
        report = data.get("report")
        if not isinstance(report, str) or not report or "/" in report:
            raise InputError(f"{f}: \"report\" must be the report slug (the file name without extension)")
        if report in shas:
            raise InputError(f"{f}: report {report!r} is annotated in two gold files")
        sha = data.get("source_sha256", "")
        if not isinstance(sha, str):
            raise InputError(f"{f}: \"source_sha256\" must be a string")
        shas[report] = sha
        raw = data.get("units")
        if not isinstance(raw, list):
            raise InputError(f"{f}: \"units\" must be a list")
        for i, u in enumerate(raw):
            gu = _parse_unit(u, report, f"{f}: units[{i}]")
            if gu.key in seen:
                raise InputError(f"{f}: units[{i}]: {gu.unit} {gu.number} is annotated twice")
            seen.add(gu.key)
            units.append(gu)
    return Gold(str(path), shas, tuple(units))


# ---------------------------------------------------------------- the prediction


def _open_graph(store_or_path) -> tuple[ox.Store, str]:
    if isinstance(store_or_path, ox.Store):
        return store_or_path, "<store>"
    return open_dataset(store_or_path), str(store_or_path)


@dataclass
class _Predicted:
    entities: dict[UnitKey, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    relations: dict[UnitKey, set[tuple[str, str, str]]] = field(default_factory=lambda: defaultdict(set))
    stances: dict[UnitKey, dict[tuple[str, str], set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    contributions: dict[UnitKey, set[tuple]] = field(default_factory=lambda: defaultdict(set))


def _unit_iri(key: UnitKey) -> str:
    report, kind, n = key
    return str(paragraph_iri(report, n) if kind == "paragraph" else footnote_iri(report, n))


def _term_key(term, unit: str, report: str) -> str:
    if isinstance(term, ox.NamedNode):
        v = term.value
        if v == unit:
            return UNIT
        if v == report:
            return REPORT
        return unquote(v[len(ID_BASE):]) if v.startswith(ID_BASE) else v
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value if term is not None else ""


def _local(term) -> str | None:
    if isinstance(term, ox.NamedNode) and term.value.startswith(TACB_NS):
        return term.value[len(TACB_NS):]
    return None


def _read(store: ox.Store, keys: list[UnitKey]) -> _Predicted:
    pred = _Predicted()
    by_iri = {_unit_iri(k): k for k in keys}
    reports = {k: str(report_iri(k[0])) for k in keys}
    values = "VALUES ?g { " + " ".join(f"<{i}>" for i in by_iri) + " }"

    def rows(sparql: str):
        for sol in run_query(store, sparql):
            key = by_iri[sol["g"].value]
            yield key, sol, (lambda t, key=key: _term_key(t, _unit_iri(key), reports[key]))

    for key, sol, k in rows(f"SELECT ?g ?e ?class WHERE {{ {values} GRAPH ?g {{ ?g tacb:mentions ?e }} "
                            "?e a ?class }"):
        cls = _local(sol["class"])
        if cls:
            pred.entities[key].add((cls, k(sol["e"])))
    props = " ".join(f"tacb:{p}" for p in RELATIONS)
    for key, sol, k in rows(f"SELECT ?g ?s ?p ?o WHERE {{ {values} VALUES ?p {{ {props} }} "
                            "GRAPH ?g { ?s ?p ?o } }"):
        pred.relations[key].add(_norm_relation(k(sol["s"]), _local(sol["p"]), k(sol["o"])))
    for key, sol, k in rows(f"SELECT ?g ?h ?c ?v WHERE {{ {values} GRAPH ?g {{ ?x a tacb:Stance ; "
                            "tacb:holder ?h ; tacb:onConcept ?c ; tacb:stanceValue ?v } }"):
        pred.stances[key][(k(sol["h"]), k(sol["c"]))].add(_local(sol["v"]) or k(sol["v"]))
    for key, sol, k in rows(f"SELECT ?g ?c ?r ?a ?cur WHERE {{ {values} GRAPH ?g {{ ?x a tacb:Contribution ; "
                            "tacb:contributor ?c . OPTIONAL { ?x tacb:recipient ?r } "
                            "OPTIONAL { ?x tacb:amount ?a } OPTIONAL { ?x tacb:currency ?cur } } }"):
        amount = sol["a"]
        try:
            amount = Decimal(amount.value) if amount is not None else None
        except InvalidOperation:
            amount = None
        cur = sol["cur"]
        pred.contributions[key].add(_contribution(k(sol["c"]), k(sol["r"]) if sol["r"] is not None else None,
                                                  amount, cur.value if cur is not None else None))
    return pred


def _warnings(store: ox.Store, gold: Gold) -> list[str]:
    out = []
    for slug, sha in sorted(gold.sha256.items()):
        iri = report_iri(slug)
        if not bool(run_query(store, f"ASK {{ <{iri}> a tacb:Report }}")):
            out.append(f"report {slug!r} is not in the graph: every gold fact of it counts as a miss")
            continue
        found = [s["sha"].value for s in run_query(store, f"SELECT ?sha WHERE {{ <{iri}> tacb:sha256 ?sha }}")]
        if sha and found and sha not in found:
            out.append(f"report {slug!r}: the graph was built from another text (sha256 {found[0][:12]}…) "
                       f"than the one the gold annotates ({sha[:12]}…)")
    return out


# ---------------------------------------------------------------- scoring


def _fmt_amount(d: Decimal | None) -> str:
    if d is None:
        return "?"
    s = format(d.normalize(), "f")
    return s


def _contribution_text(c: tuple) -> str:
    contributor, recipient, amount, currency = c
    return f"{contributor} → {recipient or '?'}: {_fmt_amount(amount)} {currency or '?'}"


def _triple_view(key: UnitKey, s: str, o: str) -> tuple[str, str]:
    """A fact's ends as seen across units: ``report`` is spelled out (reports differ), ``@unit`` stays."""
    rep = f"report/{key[0]}"
    return (rep if s == REPORT else s, rep if o == REPORT else o)


@dataclass
class Report:
    """The result of :func:`evaluate`: figures, misses and false hits; ``format`` prints it."""

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
    stances: StanceScore
    contributions: Measure
    misses: list[Diff]
    false_hits: list[Diff]
    per_unit: list[UnitScore]
    warnings: list[str]

    def as_dict(self) -> dict:
        return {
            "gold": self.gold, "graph": self.graph, "reports": list(self.reports),
            "units": {"total": self.units, "paragraphs": self.paragraphs, "footnotes": self.footnotes},
            "warnings": self.warnings,
            "entities": {"classes": {c: m.as_dict() for c, m in self.entities.items()},
                         "total": self.entities_total.as_dict()},
            "relations": {"relations": {r: m.as_dict() for r, m in self.relations.items()},
                          "total": self.relations_total.as_dict(), "total_of": list(CORE_RELATIONS)},
            "stances": self.stances.as_dict(),
            "contributions": self.contributions.as_dict(),
            "misses": [d.as_dict() for d in self.misses],
            "false_hits": [d.as_dict() for d in self.false_hits],
            "per_unit": [u.as_dict() for u in self.per_unit],
        }

    def format(self, kind: str = "table", by_paragraph: bool = False) -> str:
        """The report as ``table`` (for people) or ``json`` (everything, machine-readable)."""
        if kind == "json":
            return json.dumps(self.as_dict(), ensure_ascii=False, indent=2) + "\n"
        if kind != "table":
            raise InputError(f"unknown format {kind!r} (table or json)")
        return _format_table(self, by_paragraph)


def evaluate(store_or_path, gold_path: str | Path = DEFAULT_GOLD) -> Report:
    """Score a graph (a store folder, a ``.trig`` / ``.nq`` file or an open ``pyoxigraph.Store``)
    against the gold annotation (a JSON file or a folder of them)."""
    gold = load_gold(gold_path)
    store, graph_name = _open_graph(store_or_path)
    keys = [u.key for u in gold.units]
    pred = _read(store, keys) if keys else _Predicted()
    classes = sorted(set(ENTITY_CLASSES) | {c for u in gold.units for c, _ in u.entities})
    scored = set(classes)
    misses: list[Diff] = []
    false_hits: list[Diff] = []

    def diff(kind, group, key: UnitKey, item, into):
        into.append(Diff(kind, group, key[0], key[1], key[2], item))

    # entities: (class, id)
    ent_par = {c: (set(), set()) for c in classes}  # class -> (gold, predicted) of (unit, id)
    for u in gold.units:
        for c, e in u.entities:
            ent_par[c][0].add((u.key, e))
        for c, e in pred.entities.get(u.key, ()):
            if c in scored:
                ent_par[c][1].add((u.key, e))
    entities = {}
    for c in classes:
        g, p = ent_par[c]
        entities[c] = Measure(Score.of({e for _, e in g}, {e for _, e in p}), Score.of(g, p))
        for key, e in sorted(g - p):
            diff("entity", c, key, e, misses)
        for key, e in sorted(p - g):
            diff("entity", c, key, e, false_hits)
    all_g = {(c, x) for c in classes for x in ent_par[c][0]}
    all_p = {(c, x) for c in classes for x in ent_par[c][1]}
    entities_total = Measure(Score.of({(c, e) for c, (_, e) in all_g}, {(c, e) for c, (_, e) in all_p}),
                             Score.of(all_g, all_p))

    # relations: per predicate, facts per unit (key, s, o) and distinct facts (s, o)
    rel_par = {r: (set(), set()) for r in RELATIONS}
    for u in gold.units:
        for s, p, o in u.relations:
            rel_par[p][0].add((u.key, s, o))
        for s, p, o in pred.relations.get(u.key, ()):
            rel_par[p][1].add((u.key, s, o))
    relations = {}
    tot = {"tg": set(), "tp": set(), "pg": set(), "pp": set()}
    for r in RELATIONS:
        g, p = rel_par[r]
        tg = {_triple_view(k, s, o) for k, s, o in g}
        tp = {_triple_view(k, s, o) for k, s, o in p}
        relations[r] = Measure(Score.of(tg, tp), Score.of(g, p))
        if r in CORE_RELATIONS:
            tot["tg"] |= {(r, *x) for x in tg}
            tot["tp"] |= {(r, *x) for x in tp}
            tot["pg"] |= {(r, *x) for x in g}
            tot["pp"] |= {(r, *x) for x in p}
        for key, s, o in sorted(g - p):
            diff("relation", r, key, f"{s} {r} {o}", misses)
        for key, s, o in sorted(p - g):
            diff("relation", r, key, f"{s} {r} {o}", false_hits)
    relations_total = Measure(Score.of(tot["tg"], tot["tp"]), Score.of(tot["pg"], tot["pp"]))

    # stances
    support = correct = npred = nright = 0
    confusion: dict[str, Counter] = {v: Counter() for v in STANCE_VALUES}
    per_unit_stances: dict[UnitKey, int] = {}
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
                diff("stance", "stance", u.key, f"{h} on {c}: {v}, predicted {label}", misses)
        per_unit_stances[u.key] = ok_here
        for (h, c), values in sorted(got.items()):
            for v in sorted(values):
                npred += 1
                if u.stances.get((h, c)) == v:
                    nright += 1
                elif (h, c) not in u.stances:
                    diff("stance", "stance", u.key, f"{h} on {c}: {v}", false_hits)
    stances = StanceScore(support, correct, npred, nright,
                          {v: dict(sorted(confusion[v].items())) for v in STANCE_VALUES if confusion[v]})

    # contributions
    cg = {(u.key, c) for u in gold.units for c in u.contributions}
    cp = {(u.key, c) for u in gold.units for c in pred.contributions.get(u.key, ())}
    contributions = Measure(Score.of({c for _, c in cg}, {c for _, c in cp}), Score.of(cg, cp))
    for key, c in sorted(cg - cp, key=str):
        diff("contribution", "contribution", key, _contribution_text(c), misses)
    for key, c in sorted(cp - cg, key=str):
        diff("contribution", "contribution", key, _contribution_text(c), false_hits)

    per_unit = []
    for u in sorted(gold.units, key=lambda u: (u.report, UNIT_KINDS.index(u.unit), u.number)):
        pe = {x for x in pred.entities.get(u.key, ()) if x[0] in scored}
        pr = {x for x in pred.relations.get(u.key, ()) if x[1] in CORE_RELATIONS}
        gr = {x for x in u.relations if x[1] in CORE_RELATIONS}
        per_unit.append(UnitScore(u.report, u.unit, u.number, Score.of(set(u.entities), pe), Score.of(gr, pr),
                                  per_unit_stances[u.key], len(u.stances)))

    order = {k: i for i, k in enumerate(("relation", "entity", "stance", "contribution"))}

    def sort(ds: list[Diff]) -> list[Diff]:
        rank = {r: i for i, r in enumerate(RELATIONS)}
        return sorted(ds, key=lambda d: (order[d.kind], rank.get(d.group, 0), d.group, d.report,
                                         UNIT_KINDS.index(d.unit), d.number, d.item))

    return Report(
        gold=gold.path, graph=graph_name, reports=tuple(sorted(gold.sha256)), units=len(gold.units),
        paragraphs=sum(u.unit == "paragraph" for u in gold.units),
        footnotes=sum(u.unit == "footnote" for u in gold.units),
        entities=entities, entities_total=entities_total, relations=relations, relations_total=relations_total,
        stances=stances, contributions=contributions, misses=sort(misses), false_hits=sort(false_hits),
        per_unit=per_unit, warnings=_warnings(store, gold))


# ---------------------------------------------------------------- text output


def _f(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


_HEADER = ["gold", "found", "P", "R", "F1", "¶gold", "¶found", "¶P", "¶R", "¶F1"]


def _cells(m: Measure) -> list[str]:
    out = []
    for s in (m.triple, m.paragraph):
        out += [str(s.support), str(s.predicted), _f(s.precision), _f(s.recall), _f(s.f1)]
    return out


def _format_diffs(title: str, diffs: list[Diff], many_reports: bool) -> list[str]:
    lines = [f"{title}: {len(diffs)}" if diffs else f"{title}: none"]
    groups: dict[tuple[str, str], list[Diff]] = {}
    for d in diffs:
        groups.setdefault((d.kind, d.group), []).append(d)
    for (kind, group), ds in groups.items():
        name = {"relation": group, "entity": f"entity {group}", "stance": "stances",
                "contribution": "contributions"}[kind]
        lines.append(f"  {name} ({len(ds)})")
        for d in ds:
            where = f"{d.report} {d.where}" if many_reports else d.where
            lines.append(f"    {where:<6} {d.item}")
    return lines


def _format_table(r: Report, by_paragraph: bool) -> str:
    many = len(r.reports) > 1
    def n(k: int, word: str) -> str:
        return f"{k} {word}{'' if k == 1 else 's'}"

    out = [f"gold: {r.gold} ({', '.join(r.reports) or 'no report'}; {n(r.units, 'unit')}: "
           f"{n(r.paragraphs, 'paragraph')}, {n(r.footnotes, 'footnote')})   graph: {r.graph}"]
    out += [f"warning: {w}" for w in r.warnings]
    rt, et = r.relations_total.triple, r.entities_total.triple
    out.append(f"headline (distinct facts): relations P {_f(rt.precision)} R {_f(rt.recall)} F1 {_f(rt.f1)}; "
               f"entities P {_f(et.precision)} R {_f(et.recall)} F1 {_f(et.f1)}")
    out.append("")
    out.append("Entities — gold/found/P/R/F1 over distinct entities, then ¶… per unit (classes with none left out)")
    rows = [[c, *_cells(m)] for c, m in r.entities.items() if m.paragraph.support or m.paragraph.predicted]
    rows.append(["total (micro)", *_cells(r.entities_total)])
    out.append(format_table(["class", *_HEADER], rows).rstrip("\n"))
    out.append("")
    out.append("Relations — gold/found/P/R/F1 over distinct triples, then ¶… per unit (* = not in the total)")
    rows = [[rel if rel in CORE_RELATIONS else rel + " *", *_cells(m)] for rel, m in r.relations.items()]
    rows.append(["total (micro)", *_cells(r.relations_total)])
    out.append(format_table(["relation", *_HEADER], rows).rstrip("\n"))
    out.append("")
    s = r.stances
    out.append(f"Stances — accuracy {_f(s.accuracy)} ({s.correct} of {s.support} gold stances have the gold "
               f"value); predicted {s.predicted}, precision {_f(s.precision)}")
    if s.confusion:
        labels = sorted({lab for row in s.confusion.values() for lab in row},
                        key=lambda x: (x not in STANCE_VALUES, STANCE_VALUES.index(x) if x in STANCE_VALUES else 0, x))
        rows = [[g, *[str(row.get(lab, 0)) for lab in labels]] for g, row in s.confusion.items()]
        out.append(format_table(["gold \\ predicted", *labels], rows).rstrip("\n"))
    out.append("")
    out.append("Contributions — (contributor, recipient, amount, currency)")
    out.append(format_table(["", *_HEADER], [["contributions", *_cells(r.contributions)]]).rstrip("\n"))
    if by_paragraph:
        out.append("")
        out.append("Per unit — entities and relations (core): gold/found/P/R/F1; stances right/gold")
        rows = []
        for u in r.per_unit:
            where = ("¶" if u.unit == "paragraph" else "fn") + str(u.number)
            rows.append([f"{u.report} {where}" if many else where,
                         str(u.entities.support), str(u.entities.predicted), _f(u.entities.precision),
                         _f(u.entities.recall), _f(u.entities.f1),
                         str(u.relations.support), str(u.relations.predicted), _f(u.relations.precision),
                         _f(u.relations.recall), _f(u.relations.f1),
                         f"{u.stances_correct}/{u.stances_support}" if u.stances_support else ""])
        out.append(format_table(["unit", "ent gold", "found", "P", "R", "F1", "rel gold", "found", "P", "R", "F1",
                                 "stances"], rows).rstrip("\n"))
    out.append("")
    out += _format_diffs("Misses (in the gold, not in the graph)", r.misses, many)
    out.append("")
    out += _format_diffs("False hits (in the graph, not in the gold)", r.false_hits, many)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- command


def _cmd_evaluate(args: argparse.Namespace) -> int:
    report = evaluate(args.graph, args.gold)
    sys.stdout.write(report.format(args.format, by_paragraph=args.by_paragraph))
    return 0


def add_commands(subparsers) -> None:
    """Register ``evaluate`` on the ``tacb-graph`` sub-command parser."""
    p = subparsers.add_parser(
        "evaluate", help="precision, recall and F1 of a graph against the hand-checked gold annotation")
    p.add_argument("graph", nargs="?", default=str(DEFAULT_GRAPH), metavar="GRAPH",
                   help="store folder or TriG / N-Quads file (default: out/store)")
    p.add_argument("--gold", default=str(DEFAULT_GOLD), metavar="PATH",
                   help="gold JSON file or folder of them (default: tests/gold)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--by-paragraph", action="store_true", help="also give the figures of each paragraph / footnote")
    p.set_defaults(func=_cmd_evaluate)
