"""The corpus over time: who assisted whom in which year's report, which States keep
appearing as recipients, whose position on a concept changed from one report to a later one.

Three research queries do the reading (``queries/assistance-by-year.rq``,
``recipients-across-reports.rq``, ``stance-changes.rq``); this module sums the
first up by the year of the report (its ``dcterms:date``: read from the front
page, or given with ``build --date`` or a ``.meta.json`` file) and marks the
recipients a year's reports name for the first time. No networkx: it runs on a
core install. ``tacb-graph over-time`` prints it.

>>> store = ox.Store()
>>> store.load(b'''
... @prefix t: <https://w3id.org/tacb/ontology#> . @prefix dc: <http://purl.org/dc/terms/> .
... @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix x: <http://www.w3.org/2001/XMLSchema#> .
... <urn:r1> { <urn:r1> a t:Report ; dc:date "2020-03-01"^^x:date . <urn:p1> t:inReport <urn:r1> . }
... <urn:r2> { <urn:r2> a t:Report ; dc:date "2021-03-01"^^x:date . <urn:p2> t:inReport <urn:r2> . }
... <urn:p1> { <urn:a1> a t:Assistance ; t:provider <urn:o> ; t:recipient <urn:td> ; t:evidence <urn:p1> . }
... <urn:p2> { <urn:a2> a t:Assistance ; t:provider <urn:o> ; t:recipient <urn:td> ; t:evidence <urn:p2> .
...            <urn:a3> a t:Assistance ; t:provider <urn:o> ; t:recipient <urn:ne> ; t:evidence <urn:p2> . }
... <urn:e> { <urn:td> rdfs:label "Chad"@en . <urn:ne> rdfs:label "Niger"@en . }
... ''', format=ox.RdfFormat.TRIG)
>>> [(y.year, y.assisted, y.new_recipients) for y in by_year(store)]
[(2020, 1, ('Chad',)), (2021, 2, ('Niger',))]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path

import pyoxigraph as ox

__all__ = ["YearSummary", "by_year", "recipients", "stance_changes", "over_time", "add_commands"]


def _rows(store: ox.Store, name: str, lang: str) -> list[dict]:
    from ..library import run_named

    res = run_named(store, name, {"lang": lang})
    names = [v.value for v in res.variables]
    return [{n: (None if s[n] is None else str(s[n].value)) for n in names} for s in res]


@dataclass(frozen=True)
class YearSummary:
    """What the reports of one year (``None``: undated reports) say of assistance."""

    year: int | None
    reports: tuple[str, ...]
    assisted: int  # assistance facts (provider, recipient, paragraph)
    providers: tuple[str, ...]
    recipients: tuple[str, ...]
    new_recipients: tuple[str, ...]  # named as recipients by no earlier year's report


def by_year(store: ox.Store, lang: str = "en") -> list[YearSummary]:
    """One :class:`YearSummary` per year of report, in order (undated reports last)."""
    groups: dict[int | None, list[dict]] = defaultdict(list)
    for r in _rows(store, "assistance-by-year", lang):
        groups[int(r["report_year"]) if r["report_year"] else None].append(r)
    seen: set[str] = set()
    out = []
    for year in sorted(groups, key=lambda y: (y is None, y or 0)):
        rows = groups[year]
        names = sorted({r["recipient"] for r in rows if r["recipient"]})
        new = [n for n in names if n not in seen] if year is not None else []
        seen |= set(names)
        out.append(YearSummary(year, tuple(sorted({r["report"] for r in rows})), len(rows),
                               tuple(sorted({r["provider"] for r in rows if r["provider"]})),
                               tuple(names), tuple(new)))
    return out


def recipients(store: ox.Store, lang: str = "en") -> list[dict]:
    """The States named as recipients, with the number of reports, their years, symbols and providers."""
    return _rows(store, "recipients-across-reports", lang)


def stance_changes(store: ox.Store, lang: str = "en") -> list[dict]:
    """Each position that changed between an earlier and a later report, with both quotes."""
    return _rows(store, "stance-changes", lang)


def over_time(store: ox.Store, lang: str = "en") -> dict:
    """All three, as one mapping (``years``, ``recipients``, ``stance_changes``)."""
    return {"years": [asdict(y) for y in by_year(store, lang)], "recipients": recipients(store, lang),
            "stance_changes": stance_changes(store, lang)}


# ---------------------------------------------------------------- the command


def _short(values, n: int = 4) -> str:
    values = list(values)
    return ", ".join(values[:n]) + (f" … (+{len(values) - n})" if len(values) > n else "")


def format_over_time(data: dict, top: int = 20) -> str:
    """The three parts as text tables."""
    from ..results import format_table

    years = [[str(y["year"]) if y["year"] is not None else "undated", str(len(y["reports"])), str(y["assisted"]),
              str(len(y["providers"])), str(len(y["recipients"])), _short(y["new_recipients"])]
             for y in data["years"]]
    out = ["Assistance by the year of the report\n",
           format_table(["year", "reports", "assisted", "providers", "recipients", "new recipients"], years)]
    rec = [[r["state"] or "", r["iso3"] or "", r["reports"] or "", r["years"] or "", _short((r["symbols"] or "").split(", "))]
           for r in data["recipients"][: top or None]]
    out += ["\nStates assisted, across reports\n",
            format_table(["state", "iso3", "reports", "years", "reports' symbols"], rec)]
    ch = [[c["holder"] or "", c["concept"] or "", f"{c['before']} ({c['before_report']} {c['before_paragraph'] or ''})",
           f"{c['after']} ({c['after_report']} {c['after_paragraph'] or ''})"] for c in data["stance_changes"]]
    out += ["\nPositions that changed between reports\n",
            format_table(["holder", "concept", "before", "after"], ch) if ch else "(none)\n"]
    return "".join(out)


def _cmd_over_time(args: argparse.Namespace) -> int:
    from ..store import open_store

    data = over_time(open_store(Path(args.store)), args.lang)
    if args.format == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(format_over_time(data, args.top))
    return 0


def add_commands(subparsers) -> None:
    """Register ``over-time`` on the ``tacb-graph`` command line."""
    p = subparsers.add_parser(
        "over-time", help="across reports: assistance by the year of the report, States assisted, positions that changed")
    p.add_argument("--store", default="out/store", help="store folder (default: out/store)")
    p.add_argument("--lang", choices=("en", "zh"), default="en", help="language of the names (default en)")
    p.add_argument("--top", type=int, default=20, help="States shown (default 20; 0 = all)")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.set_defaults(func=_cmd_over_time)
