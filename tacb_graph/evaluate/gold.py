"""The gold annotation: reading, checking and splitting it (``tests/gold/``).

A gold file annotates one report (format in ``tests/gold/README.md``); a folder
holds any number of them, possibly split into parts (``dev/``, ``test/``, and
language folders inside a part). A report may be annotated across several files
(its dev and its test units) as long as no unit is annotated twice.

>>> parse_relation(["org/ohchr", "assists", "state/YEM", "Requested", "resolution/A/HRC/RES/39/21"], "x")
(('org/ohchr', 'assists', 'state/YEM', 'Requested'), 'resolution/A/HRC/RES/39/21', True)
>>> parse_relation(["state/LAO", "partnersWith", "org/ohchr"], "x")
(('org/ohchr', 'partnersWith', 'state/LAO', 'Reported'), None, False)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from .. import vocab
from ..errors import InputError

__all__ = [
    "RELATIONS",
    "CORE_RELATIONS",
    "SYMMETRIC",
    "ENTITY_CLASSES",
    "STANCE_VALUES",
    "MODALITIES",
    "REPORTED",
    "ASKED",
    "UNIT",
    "REPORT",
    "GoldUnit",
    "Gold",
    "load_gold",
    "gold_parts",
    "parse_relation",
    "norm_relation",
    "contribution_key",
]

RELATIONS = vocab.RELATIONS
"""Every relation property scored (from the ontology, :mod:`tacb_graph.vocab`)."""
CORE_RELATIONS = ("adoptedBy", "establishes", "requests", "assists", "submittedInputTo", "partnersWith", "cites")
"""The relations in the micro-averaged relation total."""
SYMMETRIC = vocab.SYMMETRIC_RELATIONS
ENTITY_CLASSES = ("State", "UNBody", "Post", "SpecializedAgency", "RelatedOrganization", "UNFundOrProgramme",
                  "RegionalOrganization", "NGO", "NHRI", "AcademicInstitution", "Fund", "Programme", "Event",
                  "Session", "Person", "Instrument", "Place", "Concept", "Resolution", "Document")
"""The entity classes annotated (a class named in a gold file is scored too)."""
STANCE_VALUES = vocab.STANCE_VALUES
MODALITIES = vocab.MODALITIES
"""``tacb:modality`` values; a relation without one is Reported."""
REPORTED = "Reported"
ASKED = frozenset({"Requested", "Recommended"})
"""Modalities whose relations may name who asked (``tacb:requestedBy``)."""
UNIT_KINDS = ("paragraph", "footnote")
UNIT = "@unit"
REPORT = "report"

UnitKey = tuple[str, str, int]  # (report slug, "paragraph" | "footnote", number)
Fact = tuple[str, str, str, str]  # (subject, relation, object, modality); partnersWith with subject <= object


@dataclass(frozen=True)
class GoldUnit:
    report: str
    unit: str
    number: int
    entities: frozenset[tuple[str, str]]  # (class, id)
    relations: frozenset[Fact]
    requesters: dict[Fact, str | None]  # facts whose 5th element was given (None = asked by no named actor)
    stances: dict[tuple[str, str], str]  # (holder, concept) -> value
    contributions: frozenset[tuple]  # (contributor, recipient, amount, currency)
    file: str = ""

    @property
    def key(self) -> UnitKey:
        return (self.report, self.unit, self.number)


@dataclass(frozen=True)
class Gold:
    path: str
    sha256: dict[str, str]  # report slug -> sha256 of its source text ("" when not given)
    symbols: dict[str, str]  # report slug -> UN document symbol, when the text has one
    units: tuple[GoldUnit, ...]

    def subset(self, keep, path: str | None = None) -> "Gold":
        """The gold restricted to the units for which ``keep(unit)`` is true."""
        units = tuple(u for u in self.units if keep(u))
        slugs = {u.report for u in units}
        return Gold(path or self.path, {s: h for s, h in self.sha256.items() if s in slugs},
                    {s: y for s, y in self.symbols.items() if s in slugs}, units)


def norm_relation(s: str, p: str, o: str, m: str = REPORTED) -> Fact:
    if p in SYMMETRIC and o < s:
        s, o = o, s
    return (s, p, o, m)


def parse_relation(r, where: str) -> tuple[Fact, str | None, bool]:
    """One gold relation → (fact, requester, whether a requester element was given)."""
    if not isinstance(r, list) or not 3 <= len(r) <= 5 or not all(isinstance(x, str) and x for x in r[:4]):
        raise InputError(f"{where}: must be [subject, relation, object] with an optional modality and requester")
    s, p, o = r[:3]
    if p not in RELATIONS:
        raise InputError(f"{where}: unknown relation {p!r} (known: {', '.join(RELATIONS)})")
    m = r[3] if len(r) > 3 else REPORTED
    if m not in MODALITIES:
        raise InputError(f"{where}: unknown modality {m!r} (known: {', '.join(MODALITIES)})")
    if len(r) == 5:
        if m not in ASKED and r[4] is not None:
            raise InputError(f"{where}: only Requested or Recommended relations name a requester")
        if r[4] is not None and not (isinstance(r[4], str) and r[4]):
            raise InputError(f"{where}: the requester must be an id or null")
        return norm_relation(s, p, o, m), r[4], True
    return norm_relation(s, p, o, m), None, False


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


def contribution_key(contributor, recipient, amount: Decimal | None, currency) -> tuple:
    return (contributor, recipient, amount, currency.upper() if isinstance(currency, str) else None)


def _strings(value, where: str, n: int) -> list[str]:
    if not isinstance(value, list) or len(value) != n or not all(isinstance(x, str) and x for x in value):
        raise InputError(f"{where}: must be a list of {n} non-empty strings")
    return value


def _list(u: dict, name: str, where: str) -> list:
    value = u.get(name, [])
    if not isinstance(value, list):
        raise InputError(f"{where}: \"{name}\" must be a list")
    return value


def _parse_unit(u, report: str, where: str, file: str) -> GoldUnit:
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
    relations: set[Fact] = set()
    requesters: dict[Fact, str | None] = {}
    seen: dict[tuple[str, str, str], str] = {}
    for i, r in enumerate(_list(u, "relations", where)):
        fact, requester, given = parse_relation(r, f"{where}: relations[{i}]")
        triple = fact[:3]
        if triple in seen:
            raise InputError(f"{where}: relations[{i}]: {' '.join(triple)} is written twice "
                             f"(one modality per fact and unit: {seen[triple]}, {fact[3]})")
        seen[triple] = fact[3]
        relations.add(fact)
        if given:
            requesters[fact] = requester
    stances: dict[tuple[str, str], str] = {}
    for i, st in enumerate(_list(u, "stances", where)):
        h, c, v = _strings(st, f"{where}: stances[{i}]", 3)
        if v not in STANCE_VALUES:
            raise InputError(f"{where}: stances[{i}]: unknown value {v!r} (known: {', '.join(STANCE_VALUES)})")
        if stances.get((h, c), v) != v:
            raise InputError(f"{where}: stances[{i}]: two values for {h} on {c}")
        stances[(h, c)] = v
    contributions = set()
    for i, c in enumerate(_list(u, "contributions", where)):
        w = f"{where}: contributions[{i}]"
        if not isinstance(c, dict) or not isinstance(c.get("contributor"), str) or not c["contributor"]:
            raise InputError(f"{w}: must be an object with a \"contributor\"")
        if c.get("recipient") is not None and not isinstance(c["recipient"], str):
            raise InputError(f"{w}: \"recipient\" must be an id or null")
        if c.get("currency") is not None and not isinstance(c["currency"], str):
            raise InputError(f"{w}: \"currency\" must be an ISO 4217 code or null")
        contributions.add(contribution_key(c["contributor"], c.get("recipient"), _amount(c.get("amount"), w),
                                           c.get("currency")))
    return GoldUnit(report, kind, number, frozenset(entities), frozenset(relations), requesters, stances,
                    frozenset(contributions), file)


#: JSON files under a gold folder that are not gold (the zh/en pairing of a bilingual pair)
NOT_GOLD = ("alignment.json",)


def _json_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.json") if p.is_file() and p.name not in NOT_GOLD)


def _gold_files(path: Path) -> list[Path]:
    if path.is_dir():
        files = _json_files(path)
        if not files:
            raise InputError(f"{path}: no gold files (*.json) in this folder")
        return files
    if path.is_file():
        return [path]
    raise InputError(f"{path}: no such gold file or folder")


def _read_json(f: Path):
    try:
        return json.loads(f.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{f}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise InputError(f"{f}: not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise InputError(f"{f}: not valid JSON ({exc.msg}, line {exc.lineno} column {exc.colno})") from None


def load_gold(path: str | Path) -> Gold:
    """Read one gold JSON file, or every ``*.json`` under a folder (parts included).

    Bad input raises :class:`~tacb_graph.errors.InputError`.
    """
    path = Path(path)
    units: list[GoldUnit] = []
    shas: dict[str, str] = {}
    symbols: dict[str, str] = {}
    seen: dict[UnitKey, Path] = {}
    for f in _gold_files(path):
        data = _read_json(f)
        if not isinstance(data, dict):
            raise InputError(f"{f}: must hold a JSON object with \"report\" and \"units\"")
        report = data.get("report")
        if not isinstance(report, str) or not report or "/" in report:
            raise InputError(f"{f}: \"report\" must be the report slug (the file name without extension)")
        sha = data.get("source_sha256", "")
        if not isinstance(sha, str):
            raise InputError(f"{f}: \"source_sha256\" must be a string")
        if sha and shas.get(report) and shas[report] != sha:
            raise InputError(f"{f}: report {report!r} is annotated elsewhere with another source_sha256")
        shas[report] = sha or shas.get(report, "")
        for name in ("symbol", "text"):
            if name in data and not (isinstance(data[name], str) and data[name]):
                raise InputError(f"{f}: \"{name}\" must be a non-empty string")
        if "symbol" in data:
            if symbols.get(report, data["symbol"]) != data["symbol"]:
                raise InputError(f"{f}: report {report!r} is annotated elsewhere with another symbol")
            symbols[report] = data["symbol"]
        raw = data.get("units")
        if not isinstance(raw, list):
            raise InputError(f"{f}: \"units\" must be a list")
        for i, u in enumerate(raw):
            gu = _parse_unit(u, report, f"{f}: units[{i}]", str(f))
            if gu.key in seen:
                other = "" if seen[gu.key] == f else f" (also in {seen[gu.key]})"
                raise InputError(f"{f}: units[{i}]: {gu.unit} {gu.number} of {report} is annotated twice{other}")
            seen[gu.key] = f
            units.append(gu)
    return Gold(str(path), shas, symbols, tuple(units))


_PART_ORDER = ("test", "dev")


def gold_parts(path: str | Path) -> list[tuple[str, Path]]:
    """The parts of a split gold folder: its sub-folders that hold gold files.

    A folder with gold files directly in it, or a file, is not split (``[]``).
    The test part comes first (it gives the headline), then dev, then the rest
    by name.
    """
    path = Path(path)
    if not path.is_dir() or any(p.is_file() for p in path.glob("*.json")):
        return []
    parts = [(p.name, p) for p in path.iterdir() if p.is_dir() and _json_files(p)]
    rank = {name: i for i, name in enumerate(_PART_ORDER)}
    return sorted(parts, key=lambda x: (rank.get(x[0], len(rank)), x[0]))
