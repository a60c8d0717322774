"""An evaluation as text for people (tables) or as JSON for tools."""

from __future__ import annotations

import json

from ..errors import InputError
from ..results import format_table
from .figures import Diff, Measure
from .gold import CORE_RELATIONS, MODALITIES, STANCE_VALUES

__all__ = ["format_report", "format_split", "format_versions", "headline", "fmt"]


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


_HEADER = ["gold", "found", "P", "R", "F1", "¶gold", "¶found", "¶P", "¶R", "¶F1"]


def _cells(m: Measure) -> list[str]:
    out = []
    for s in (m.triple, m.paragraph):
        out += [str(s.support), str(s.predicted), fmt(s.precision), fmt(s.recall), fmt(s.f1)]
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


def headline(r) -> str:
    """One line: core relations and entities over distinct facts, stances, requested assistance as plain edges."""
    rt, et, a = r.relations_total.triple, r.entities_total.triple, r.relations["assists"].triple
    return (f"relations P {fmt(rt.precision)} R {fmt(rt.recall)} F1 {fmt(rt.f1)}; "
            f"entities P {fmt(et.precision)} R {fmt(et.recall)} F1 {fmt(et.f1)}; "
            f"assists R {fmt(a.recall)}; stance accuracy {fmt(r.stances.accuracy)} "
            f"({r.stances.correct}/{r.stances.support}); "
            f"requested assistance as plain edge {r.modality_check.requested_assistance_as_plain_edge}")


def _n(k: int, word: str) -> str:
    return f"{k} {word}{'' if k == 1 else 's'}"


def _table(r, by_paragraph: bool) -> list[str]:
    many = len(r.reports) > 1
    out = [f"gold: {r.gold} ({', '.join(r.reports) or 'no report'}; {_n(r.units, 'unit')}: "
           f"{_n(r.paragraphs, 'paragraph')}, {_n(r.footnotes, 'footnote')})   graph: {r.graph}"]
    out += [f"warning: {w}" for w in r.warnings]
    if not r.modality_scored:
        out.append("note: facts matched whatever their modality (--ignore-modality)")
    rt, et = r.relations_total.triple, r.entities_total.triple
    out.append(f"headline (distinct facts): relations P {fmt(rt.precision)} R {fmt(rt.recall)} F1 {fmt(rt.f1)}; "
               f"entities P {fmt(et.precision)} R {fmt(et.recall)} F1 {fmt(et.f1)}")
    out.append("")
    out.append("Entities — gold/found/P/R/F1 over distinct entities, then ¶… per unit (classes with none left out)")
    rows = [[c, *_cells(m)] for c, m in r.entities.items() if m.paragraph.support or m.paragraph.predicted]
    rows.append(["total (micro)", *_cells(r.entities_total)])
    out.append(format_table(["class", *_HEADER], rows).rstrip("\n"))
    out.append("")
    out.append("Relations — gold/found/P/R/F1 over distinct facts (with modality), then ¶… per unit "
               "(* = not in the total)")
    rows = [[rel if rel in CORE_RELATIONS else rel + " *", *_cells(m)] for rel, m in r.relations.items()]
    rows.append(["total (micro)", *_cells(r.relations_total)])
    out.append(format_table(["relation", *_HEADER], rows).rstrip("\n"))
    out.append("")
    out.append("Modality — the same facts by modality (every relation but cites)")
    rows = [[m, *_cells(x)] for m, x in r.modalities.items()
            if m in MODALITIES or x.paragraph.support or x.paragraph.predicted]
    out.append(format_table(["modality", *_HEADER], rows).rstrip("\n"))
    c = r.modality_check
    out.append(f"not Reported in the gold but a plain edge in the graph: {c.violations}"
               + (f" ({', '.join(f'{k} {v}' for k, v in c.gold_as_plain_edge.items())})" if c.violations else "")
               + f"; requested assistance as plain edge: {c.requested_assistance_as_plain_edge}")
    for rep, unit, n, fact in c.items:
        where = ("¶" if unit == "paragraph" else "fn") + str(n)
        out.append(f"    {(rep + ' ' + where) if many else where:<6} {fact}")
    g = sum(c.graph_as_plain_edge.values())
    out.append(f"fact nodes in the graph not Reported yet also a plain edge: {g}"
               + (f" ({', '.join(f'{k} {v}' for k, v in c.graph_as_plain_edge.items())})" if g else ""))
    q = r.requesters
    out.append(f"requestedBy — {q.correct} of {q.support} gold facts that name who asked carry it "
               f"(accuracy {fmt(q.accuracy)})")
    out.append("")
    s = r.stances
    out.append(f"Stances — accuracy {fmt(s.accuracy)} ({s.correct} of {s.support} gold stances have the gold "
               f"value); predicted {s.predicted}, precision {fmt(s.precision)}")
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
                         str(u.entities.support), str(u.entities.predicted), fmt(u.entities.precision),
                         fmt(u.entities.recall), fmt(u.entities.f1),
                         str(u.relations.support), str(u.relations.predicted), fmt(u.relations.precision),
                         fmt(u.relations.recall), fmt(u.relations.f1),
                         f"{u.stances_correct}/{u.stances_support}" if u.stances_support else ""])
        out.append(format_table(["unit", "ent gold", "found", "P", "R", "F1", "rel gold", "found", "P", "R", "F1",
                                 "stances"], rows).rstrip("\n"))
    out.append("")
    out += _format_diffs("Misses (in the gold, not in the graph)", r.misses, many)
    out.append("")
    out += _format_diffs("False hits (in the graph, not in the gold)", r.false_hits, many)
    for v in r.versions:
        out.append("")
        out += format_versions(v)
    return out


def format_versions(v) -> list[str]:
    """A bilingual pair (:class:`~tacb_graph.evaluate.versions.VersionComparison`): each version's
    figures side by side, then the facts the graph holds for one version's unit only."""
    out = [f"Language versions — {v.symbol or 'one report'} ({v.alignment}; {_n(v.aligned_units, 'aligned unit')}): "
           "each version against its own gold; relations: core, distinct facts with modality"]
    rows = []
    for f in v.versions:
        mine = v.only_in(f.lang)
        rows.append([f.lang, f.report, str(f.units), str(f.relations.predicted), fmt(f.relations.precision),
                     fmt(f.relations.recall), fmt(f.relations.f1), fmt(f.entities.precision), fmt(f.entities.recall),
                     fmt(f.entities.f1), f"{fmt(f.stances.accuracy)} ({f.stances.correct}/{f.stances.support})",
                     fmt(f.contributions.f1), str(len(mine)), str(sum(o.in_gold for o in mine))])
    out.append(format_table(["version", "report", "units", "rel found", "rel P", "rel R", "rel F1", "ent P", "ent R",
                             "ent F1", "stances", "contrib F1", "only here", "…in gold"], rows).rstrip("\n"))
    counts = ", ".join(f"{len(v.only_in(f.lang))} from {f.lang} only" for f in v.versions)
    out.append(f"facts the graph holds for aligned units (relations, stances, contributions): {v.both} from both "
               f"versions, {counts}")
    for f in v.versions:
        mine = v.only_in(f.lang)
        if not mine:
            continue
        k = sum(o.in_gold for o in mine)
        out.append(f"  only from {f.lang} ({f.report}): {len(mine)} — {k} in its gold (the other version missed them), "
                   f"{len(mine) - k} not (false hits)")
        for o in mine:
            out.append(f"    {o.where:<6} {o.fact}{'' if o.in_gold else '   (not in the gold)'}")
    return out


def _check_kind(kind: str) -> None:
    if kind not in ("table", "json"):
        raise InputError(f"unknown format {kind!r} (table or json)")


def format_report(r, kind: str = "table", by_paragraph: bool = False) -> str:
    """One :class:`~tacb_graph.evaluate.scoring.Report` as ``table`` or ``json``."""
    _check_kind(kind)
    if kind == "json":
        return json.dumps(r.as_dict(), ensure_ascii=False, indent=2) + "\n"
    return "\n".join(_table(r, by_paragraph)) + "\n"


def _summary_row(part: str, scope: str, r) -> list[str]:
    rt, et, a = r.relations_total.triple, r.entities_total.triple, r.relations["assists"].triple
    s = r.stances
    return [part, scope, str(r.paragraphs), fmt(rt.precision), fmt(rt.recall), fmt(rt.f1), fmt(a.recall),
            fmt(et.precision), fmt(et.recall), f"{fmt(s.accuracy)} ({s.correct}/{s.support})",
            fmt(r.contributions.triple.f1), str(r.modality_check.requested_assistance_as_plain_edge),
            str(r.modality_check.violations)]


def format_split(sr, kind: str = "table", by_paragraph: bool = False) -> str:
    """A :class:`~tacb_graph.evaluate.split.SplitReport`: a summary, then each part in full."""
    _check_kind(kind)
    if kind == "json":
        return json.dumps(sr.as_dict(), ensure_ascii=False, indent=2) + "\n"
    out = [f"gold: {sr.gold} (parts: {', '.join(sr.parts)})   graph: {sr.graph}"]
    if sr.headline_part:
        out.append(f"headline ({sr.headline_part} part, distinct facts): {headline(sr.parts[sr.headline_part])}")
    out.append("")
    out.append("Summary — relations: core, distinct facts with modality; ¶ = paragraphs; "
               "req→edge = requested assistance as a plain edge; ¬Rep→edge = all facts not Reported as plain edges")
    rows = []
    for part, r in sr.parts.items():
        rows.append(_summary_row(part, "all", r))
        for name, sub in sr.by_folder.get(part, {}).items():
            rows.append(_summary_row(part, f"{name}/", sub))
        for slug, sub in sr.by_report.get(part, {}).items():
            rows.append(_summary_row(part, slug, sub))
    out.append(format_table(["part", "scope", "¶", "rel P", "rel R", "rel F1", "assists R", "ent P", "ent R",
                             "stances", "contrib F1", "req→edge", "¬Rep→edge"], rows).rstrip("\n"))
    for part, r in sr.parts.items():
        out.append("")
        out.append(f"==================== {part} ====================")
        out += _table(r, by_paragraph)
    return "\n".join(out) + "\n"
