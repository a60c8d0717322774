"""ReferenceMismatch: a year or symbol that disagrees with the reference data for the instrument
or resolution it names.

The reference data are ``data/gazetteers/reference_years.csv`` (``ref`` — an instrument's
gazetteer id or a resolution's UN symbol —, ``year``, ``symbol`` of the resolution that adopted
an instrument, ``source``), and the year a symbol carries itself (``E/CN.4/RES/1987/38``,
``S/RES/2612(2021)``). What the text states is read three ways: the years relate gives an
entity (``2009 年人权理事会第 6/17 号决议设立了…``), a full date written right before or a year
right after a resolution (``checks.json``: ``years``), and the resolution named as adopting an
instrument (``大会第 2625(XXV)号决议通过的《…宣言》``; ``checks.json``: ``instrument_links``).

>>> symbol_year("E/CN.4/RES/1987/38"), symbol_year("S/RES/2612(2021)"), symbol_year("A/RES/60/251")
('1987', '2021', None)
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..config import Config
from ..errors import TacbError
from ..records import Entity, Finding, Recognised
from .units import Unit, label, units, where

__all__ = ["Reference", "load_reference", "symbol_year", "reference_mismatches"]

_SYMBOL_YEAR = (re.compile(r"/((?:19|20)\d\d)/\d+$"), re.compile(r"\(((?:19|20)\d\d)\)$"))
_FILE = "reference_years.csv"


@dataclass(frozen=True)
class Reference:
    """What the reference data say of one entity."""

    key: str
    year: str | None
    symbol: str | None  # of the resolution that adopted an instrument
    source: str


def symbol_year(symbol: str) -> str | None:
    """The year a UN resolution symbol carries itself, if any."""
    for rx in _SYMBOL_YEAR:
        m = rx.search(symbol)
        if m:
            return m.group(1)
    return None


def _folder(config: Config) -> Path:
    from ..recognise.gazetteer import default_dir

    return Path(config.gazetteer_dir) if config.gazetteer_dir else default_dir()


@lru_cache(maxsize=4)
def _load(path: str, ids: tuple[tuple[str, str], ...]) -> dict[str, Reference]:
    p = Path(path)
    if not p.exists():
        return {}
    by_id = dict(ids)
    try:
        with p.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise TacbError(f"{p}: cannot be read ({exc.strerror})") from None
    out = {}
    for n, row in enumerate(rows, 2):
        ref, year = (row.get("ref") or "").strip(), (row.get("year") or "").strip()
        if not ref or not re.fullmatch(r"\d{4}", year or "0000"):
            raise TacbError(f"{p}:{n}: needs a ref and a four-digit year")
        key = f"resolution/{ref}" if re.search(r"/(RES|DEC)/", ref) else by_id.get(ref)
        if key is None:
            raise TacbError(f"{p}:{n}: {ref!r} is neither a resolution symbol nor a gazetteer id")
        out[key] = Reference(key, year or None, (row.get("symbol") or "").strip() or None,
                             (row.get("source") or "").strip())
    return out


def load_reference(config: Config) -> dict[str, Reference]:
    """The reference data by entity key (empty when the gazetteer folder has no ``reference_years.csv``)."""
    ids = tuple(sorted((k.split("/", 1)[1], k) for k in config.gazetteer.entities))
    return _load(str(_folder(config) / _FILE), ids)


def _reference_year(key: str, e: Entity | None, ref: dict[str, Reference]) -> tuple[str, str] | None:
    r = ref.get(key)
    if r and r.year:
        return r.year, r.source
    if e is not None and e.symbol and e.kind == "Resolution":
        y = symbol_year(e.symbol)
        if y:
            return y, "symbol"
    return None


def _without(text: str, lo: int, hi: int, mentions, entities, keep: set[str]) -> str:
    """``text[lo:hi]`` with the mentions of entities not of ``keep`` classes (bodies) left out."""
    parts, i = [], lo
    for m in mentions:
        if lo <= m.start and m.end <= hi and entities.get(m.entity) and entities[m.entity].kind not in keep:
            parts.append(text[i:m.start])
            i = m.end
    parts.append(text[i:hi])
    return "".join(parts)


_DOCS = {"Resolution", "Instrument", "Document"}


def _stated_years(u: Unit, entities: dict[str, Entity], years: dict) -> list[tuple[str, str]]:
    """(resolution key, year) written right before (a full date) or right after a resolution."""
    before = re.compile(years["before"]) if years.get("before") else None
    after = re.compile(years["after"]) if years.get("after") else None
    out = []
    for m in u.mentions:
        e = entities.get(m.entity)
        if e is None or e.kind != "Resolution" or m.via == "backref":
            continue
        a, b = u.sentence_of(m.start)
        if after and (x := after.match(u.text[m.end:b])):
            out.append((m.entity, x.group(1)))
        elif before and (x := before.search(_without(u.text, a, m.start, u.mentions, entities, _DOCS))):
            out.append((m.entity, x.group(1)))
    return out


def _links(u: Unit, entities: dict[str, Entity], links: dict) -> list[tuple[str, str]]:
    """(instrument key, resolution key) where the text names the resolution that adopted the instrument."""
    first = {"resolution_first": [re.compile(p) for p in links.get("resolution_first", ())],
             "instrument_first": [re.compile(p) for p in links.get("instrument_first", ())]}
    docs = [m for m in u.mentions if entities.get(m.entity) and entities[m.entity].kind in ("Resolution", "Instrument")]
    out = []
    for x, y in zip(docs, docs[1:]):
        kx, ky = entities[x.entity].kind, entities[y.entity].kind
        if kx == ky or u.sentence_of(x.start) != u.sentence_of(y.start):
            continue
        gap = _without(u.text, x.end, y.start, u.mentions, entities, _DOCS)
        order = "resolution_first" if kx == "Resolution" else "instrument_first"
        if any(p.match(gap) for p in first[order]):
            inst, res = (y, x) if kx == "Resolution" else (x, y)
            out.append((inst.entity, res.entity))
    return out


def reference_mismatches(rec: Recognised, entities: dict[str, Entity], config: Config,
                         text_units: list[Unit] | None = None) -> list[Finding]:
    """Years and adopting resolutions that disagree with the reference data."""
    ref = load_reference(config)
    ck = config.language.checks
    stated: dict[tuple[str, str], set] = {}  # (entity, year) -> units
    for d in rec.dates:
        stated.setdefault((d.entity, d.year), set()).add((d.unit, d.number))
    adopted: dict[tuple[str, str], set] = {}
    for u in text_units if text_units is not None else units(rec, config):
        for key, year in _stated_years(u, entities, ck.get("years", {})):
            stated.setdefault((key, year), set()).add(u.ref)
        for inst, res in _links(u, entities, ck.get("instrument_links", {})):
            adopted.setdefault((inst, res), set()).add(u.ref)
    out = []
    for (key, year), refs in sorted(stated.items()):
        known = _reference_year(key, entities.get(key), ref)
        if known is None or known[0] == year:
            continue
        out.append(_year_finding(key, year, known, refs, entities))
    for (inst, res), refs in sorted(adopted.items()):
        r = ref.get(inst)
        sym = entities[res].symbol if res in entities else None
        if r is None or not r.symbol or not sym or sym == r.symbol:
            continue
        out.append(_symbol_finding(inst, res, sym, r, refs, entities))
    return out


def _source(source: str, lang: str) -> str:
    if source == "symbol":
        return "文号所示年份" if lang == "zh" else "the year in its symbol"
    return source


def _name_zh(entities, key) -> str:
    e = entities.get(key)
    name = label(entities, key, "zh")
    return f"《{name}》" if e is not None and e.kind == "Instrument" else name


def _year_finding(key, year, known, refs, entities) -> Finding:
    e = entities.get(key)
    shows = e is not None and e.symbol and e.symbol not in label(entities, key, "en")
    sym_en, sym_zh = (f" ({e.symbol})", f"（{e.symbol}）") if shows else ("", "")
    return Finding(
        "ReferenceMismatch",
        f"{where(refs, 'zh')}所述{_name_zh(entities, key)}{sym_zh}的年份为 {year} 年，"
        f"参考数据为 {known[0]} 年（{_source(known[1], 'zh')}）。",
        f"{where(refs, 'en')} gives {year} for {label(entities, key, 'en')}{sym_en}; "
        f"the reference data give {known[0]} ({_source(known[1], 'en')}).",
        (key,),
        tuple(sorted(refs, key=lambda r: (r[0] != "paragraph", r[1]))),
        ("year", year, known[0]),
    )


def _symbol_finding(inst, res, sym, r: Reference, refs, entities) -> Finding:
    return Finding(
        "ReferenceMismatch",
        f"{where(refs, 'zh')}称{_name_zh(entities, inst)}由决议 {sym} 通过，参考数据为 {r.symbol}（{r.source}）。",
        f"{where(refs, 'en')} names {sym} as the resolution that adopted the {label(entities, inst, 'en')}; "
        f"the reference data give {r.symbol} ({r.source}).",
        (inst, res),
        tuple(sorted(refs, key=lambda r: (r[0] != "paragraph", r[1]))),
        ("symbol", sym, r.symbol),
    )
