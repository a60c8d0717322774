"""Stage 4c — align: which reports of one build are language versions of one work, and what the
versions say alike.

Runs after every report of a build is read, related and checked, over the records only:

* **versions** (:func:`group_versions`) — reports with the same UN symbol (``ReportMeta.symbol``)
  are versions of one work; with ``same_work=True`` every report given is (their symbols, where
  read, must agree, and each language comes once). Any other report is a work of its own.
* **units** — paragraph *n* of a version is aligned with paragraph *n* of every other version,
  footnote *n* with footnote *n*.
* **persons** (:func:`person_pairs`) — entity keys are shared across languages except persons,
  keyed in the script of their version (``person/福尔克尔·蒂尔克``, ``person/volker-turk``): when two
  aligned units of versions in different languages name the same number of persons, they are
  paired in the order they are first named; a pairing the other units contradict is dropped.
* **facts** (:func:`fact_key`) — a relation (subject, predicate, object, modality), stance
  (holder, concept, value), contribution (contributor, recipient, amount, currency, modality) or
  assistance (provider, recipient, modality) of one version is *shared* with another version
  when the aligned unit there states the same, persons paired. Each shared fact gets the other
  version's sentence in ``other_quotes`` (the RDF stage writes it as a second ``tacb:quote`` in
  that version's language); relations, stances and contributions that are not shared are
  listed as ``Versions.unmatched`` (:mod:`tacb_graph.check.languages` makes them findings).

>>> from tacb_graph.records import Relation
>>> fact_key(Relation("org/unmiss", "partnersWith", "org/ohchr", "paragraph", 4))
('relation', ('org/ohchr', 'partnersWith', 'org/unmiss', 'Reported'))
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from itertools import combinations
from pathlib import PurePath
from typing import Callable, Sequence

from .errors import TacbError
from .records import Assistance, Contribution, Recognised, Relation, Stance, VersionFact, Versions
from .vocab import SYMMETRIC_RELATIONS

__all__ = ["align", "group_versions", "person_pairs", "fact_key", "units_of", "numbering_notes", "FACT_FIELDS",
           "COMPARED"]

#: The fields of :class:`~tacb_graph.records.Recognised` that hold facts with a quote.
FACT_FIELDS = ("relations", "stances", "contributions", "assistances")
#: The kinds of fact whose absence from another version is a finding (an assistance is also an
#: ``assists`` relation, so it is compared as that relation).
COMPARED = ("relation", "stance", "contribution")

Unit = tuple[str, int]


def _file(rec: Recognised) -> str:
    return PurePath(rec.segmented.source.path).name or rec.segmented.source.name


def group_versions(recs: Sequence[Recognised], same_work: bool = False) -> list[tuple[int, ...]]:
    """The reports of a build grouped into works: positions in ``recs``, in order.

    With ``same_work`` all reports are versions of one work: it is an error (a one-line
    :class:`~tacb_graph.errors.TacbError`) when they carry different symbols or two of them are
    in one language.
    """
    if same_work and recs:
        symbols: dict[str, list[str]] = defaultdict(list)
        for r in recs:
            if r.segmented.meta.symbol:
                symbols[r.segmented.meta.symbol].append(_file(r))
        if len(symbols) > 1:
            said = ", ".join(f"{s} in {' and '.join(files)}" for s, files in symbols.items())
            raise TacbError(f"--same-work: the reports have different symbols ({said}); "
                            "they are not versions of one report")
        langs: dict[str, list[str]] = defaultdict(list)
        for r in recs:
            langs[r.lang].append(_file(r))
        twice = [(lang, files) for lang, files in langs.items() if len(files) > 1]
        if twice:
            lang, files = twice[0]
            raise TacbError(f"--same-work: {' and '.join(files)} are both in {lang}; "
                            "give one version of the report per language")
        return [tuple(range(len(recs)))]
    groups: dict[tuple, list[int]] = {}
    for i, r in enumerate(recs):
        symbol = r.segmented.meta.symbol
        groups.setdefault(("symbol", symbol) if symbol else ("report", i), []).append(i)
    return [tuple(g) for g in groups.values()]


def units_of(rec: Recognised) -> list[Unit]:
    """The text units of a report: ``("paragraph", n)`` then ``("footnote", n)``."""
    seg = rec.segmented
    return [("paragraph", p.number) for p in seg.paragraphs] + [("footnote", f.number) for f in seg.footnotes]


def _persons_by_unit(rec: Recognised) -> dict[Unit, list[str]]:
    """Per unit, the persons it names, in the order they are first named."""
    persons = {e.key for e in rec.entities if e.kind == "Person"}
    out: dict[Unit, list[str]] = defaultdict(list)
    for m in sorted(rec.mentions, key=lambda m: (m.unit, m.number, m.start, m.end)):
        if m.entity in persons and m.entity not in out[(m.unit, m.number)]:
            out[(m.unit, m.number)].append(m.entity)
    return out


def person_pairs(a: Recognised, b: Recognised) -> list[tuple[str, str]]:
    """Persons of ``a`` and ``b`` that are one person: paired in order where aligned units name
    as many persons, kept only when each is the other's only best match.

    A person keyed alike in both versions needs no pairing and is left out.
    """
    pa, pb = _persons_by_unit(a), _persons_by_unit(b)
    votes: Counter = Counter()
    for unit in sorted(set(pa) & set(pb)):
        if len(pa[unit]) == len(pb[unit]):
            votes.update(zip(pa[unit], pb[unit]))
    best_b: dict[str, list] = {}
    best_a: dict[str, list] = {}
    for (x, y), n in votes.items():
        for best, k, v in ((best_b, x, y), (best_a, y, x)):
            if k not in best or n > best[k][0]:
                best[k] = [n, {v}]
            elif n == best[k][0]:
                best[k][1].add(v)
    pairs = []
    for x, (_, ys) in sorted(best_b.items()):
        if len(ys) != 1:
            continue
        y = next(iter(ys))
        if best_a[y][1] == {x} and x != y:
            pairs.append((x, y))
    return pairs


def _amount(amount: str | None) -> str:
    if amount is None:
        return ""
    try:
        return format(Decimal(amount).normalize(), "f")
    except InvalidOperation:
        return amount


def fact_key(x, canon: Callable[[str], str] = lambda k: k) -> tuple[str, tuple[str, ...]]:
    """What a fact record states, as ``(kind, key)``, its persons mapped by ``canon``.

    A symmetric relation (``partnersWith``) is keyed with its ends in order, so "A with B" and
    "B with A" are one fact.
    """
    if isinstance(x, Relation):
        s, o = canon(x.subject), canon(x.object)
        if x.predicate in SYMMETRIC_RELATIONS and o < s:
            s, o = o, s
        return "relation", (s, x.predicate, o, x.modality)
    if isinstance(x, Stance):
        return "stance", (canon(x.holder), x.concept, x.value)
    if isinstance(x, Contribution):
        return "contribution", (canon(x.contributor), canon(x.recipient) if x.recipient else "",
                                _amount(x.amount), (x.currency or "").upper(), x.modality)
    if isinstance(x, Assistance):
        return "assistance", (canon(x.provider), canon(x.recipient), x.modality)
    raise TypeError(f"not a fact record: {type(x).__name__}")


class _Same:
    """Person keys that name one person (union-find); the smallest key stands for them all."""

    def __init__(self) -> None:
        self.up: dict[str, str] = {}

    def __call__(self, k: str) -> str:
        while self.up.get(k, k) != k:
            k = self.up[k]
        return k

    def join(self, a: str, b: str) -> None:
        ra, rb = self(a), self(b)
        if ra != rb:
            lo, hi = sorted((ra, rb))
            self.up[hi] = lo


def _facts(rec: Recognised, canon) -> dict[Unit, dict[tuple, list[tuple[str, int]]]]:
    """Per unit: fact key → the records that state it, as (field, index in that field)."""
    out: dict[Unit, dict[tuple, list]] = defaultdict(lambda: defaultdict(list))
    for name in FACT_FIELDS:
        for i, x in enumerate(getattr(rec, name)):
            out[(x.unit, x.number)][fact_key(x, canon)].append((name, i))
    return out


def align(recs: Sequence[Recognised], same_work: bool = False) -> tuple[tuple[Recognised, ...], tuple[Versions, ...]]:
    """Group the reports into works and compare the language versions of each.

    Returns the reports (their shared facts with ``other_quotes`` set) and one
    :class:`~tacb_graph.records.Versions` per work, in the order of the reports.
    """
    recs = list(recs)
    quotes: dict[tuple[int, str, int], list[tuple[str, str]]] = defaultdict(list)
    out = []
    for members in group_versions(recs, same_work):
        same = _Same()
        pairs: list[tuple[str, str]] = []
        langs = [(i, j) for i, j in combinations(members, 2) if recs[i].lang != recs[j].lang]
        for i, j in langs:
            for x, y in person_pairs(recs[i], recs[j]):
                pairs.append((x, y))
                same.join(x, y)
        shared, unmatched = [], []
        facts = {i: _facts(recs[i], same) for i in members}
        for i, j in langs:
            common = set(units_of(recs[i])) & set(units_of(recs[j]))
            for found, other in ((i, j), (j, i)):
                for unit in sorted(common, key=lambda u: (u[0] != "paragraph", u[1])):
                    here, there = facts[found].get(unit, {}), facts[other].get(unit, {})
                    for key, refs in here.items():
                        x = getattr(recs[found], refs[0][0])[refs[0][1]]
                        kind, raw = fact_key(x)
                        vf = VersionFact(kind, raw, unit[0], unit[1], found, other, x.sentence)
                        if key in there:
                            shared.append(vf)
                            said = [getattr(recs[other], f)[k].sentence for f, k in there[key]]
                            for f, k in refs:
                                quotes[(found, f, k)] += [(recs[other].lang, s) for s in said if s]
                        elif kind in COMPARED:
                            unmatched.append(vf)
        sha = min(recs[i].segmented.source.sha256 for i in members)
        symbol = next((recs[i].segmented.meta.symbol for i in members if recs[i].segmented.meta.symbol), None)
        out.append(Versions(symbol, sha, tuple(members), tuple(dict.fromkeys(pairs)), tuple(shared),
                            tuple(unmatched)))
    return tuple(_with_quotes(n, r, quotes) for n, r in enumerate(recs)), tuple(out)


def _with_quotes(n: int, rec: Recognised, quotes: dict) -> Recognised:
    changes = {}
    for name in FACT_FIELDS:
        items = getattr(rec, name)
        new = []
        for i, x in enumerate(items):
            adds = [q for q in quotes.get((n, name, i), ()) if q != (rec.lang, x.sentence)]
            new.append(replace(x, other_quotes=tuple(dict.fromkeys(x.other_quotes + tuple(adds)))) if adds else x)
        if any(a is not b for a, b in zip(new, items)):
            changes[name] = tuple(new)
    return replace(rec, **changes) if changes else rec


def numbering_notes(recs: Sequence[Recognised], versions: Sequence[Versions]) -> list[str]:
    """One line for each two versions of a work whose paragraphs or footnotes are not numbered alike."""
    notes = []
    for v in versions:
        for i, j in combinations(v.members, 2):
            a, b = recs[i], recs[j]
            if set(units_of(a)) == set(units_of(b)):
                continue
            pa, pb = len(a.segmented.paragraphs), len(b.segmented.paragraphs)
            fa, fb = len(a.segmented.footnotes), len(b.segmented.footnotes)
            notes.append(f"{_file(a)} and {_file(b)} are versions of {v.symbol or 'one report'} but number their "
                         f"units differently ({pa} and {pb} paragraphs, {fa} and {fb} footnotes); paragraph n "
                         "is aligned with paragraph n, so some facts may be compared with the wrong paragraph")
    return notes
