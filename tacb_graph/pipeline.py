"""The order of the stages, nothing else.

read → segment → recognise → relate → check → RDF → store (and the HTML view).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Dataset

from . import __version__
from .config import Config, load_config
from .errors import TacbError
from .package_data import bundled_report_path
from .read import merge_given, read_metadata, read_source
from .records import GivenMeta, Recognised
from .segment import segment
from .store import OutputPaths, write_outputs

__all__ = ["build", "extract", "BuildResult", "bundled_report"]

Progress = Callable[[str], None] | None


@dataclass(frozen=True)
class BuildResult:
    paths: OutputPaths
    quads: int
    paragraphs: int
    entities: int
    mentions: int
    relations: int
    seconds: float
    notes: tuple[str, ...] = ()  # what the build skipped, one line each (e.g. graph.html without the viz extra)
    warnings: tuple[str, ...] = ()  # what each report's reader skipped on purpose, "name: message"
    triples: int = 0  # distinct triples of the union (``quads`` counts each graph's own)


def bundled_report() -> Path:
    """The report shipped with the package (``data/tacb-report-zh.txt``)."""
    return bundled_report_path()


def extract(path: str | Path, given: GivenMeta | None = None, config: Config | None = None) -> Recognised:
    """Read, segment, recognise and relate one report.

    ``given`` is metadata from the command line; it wins over the metadata file
    beside the report (``report.meta.json``), which wins over the front page.
    The language is decided once, by the reader (or given), and every stage
    after it is configured from that language's ``config``.
    """
    from .nlp import run
    from .recognise import detect_language

    seg = segment(read_source(path), merge_given(given, read_metadata(path)))
    return run(seg, config or load_config(detect_language(seg)))


def to_rdf(recognised: list[Recognised], started: datetime | None = None) -> Dataset:
    """All reports as one RDF dataset."""
    from .rdf.build import BuildInfo, to_dataset

    info = BuildInfo(__version__, started, datetime.now(timezone.utc) if started else None)
    ds = None
    for rec in recognised:
        one = to_dataset(rec, info)
        if ds is None:
            ds = one
        else:
            for q in one.quads((None, None, None, None)):
                ds.add(q)
    return ds


def build(reports: Iterable[str | Path | None], out: str | Path = "out", progress: Progress = None,
          warn: Progress = None, given: GivenMeta | None = None, same_work: bool = False) -> BuildResult:
    """Build the graph of ``reports`` (``None`` means the bundled report) into ``out``.

    ``given``: metadata of the one report built (``--symbol``, ``--title``,
    ``--lang`` …). Every report is read, related and checked (:mod:`tacb_graph.check`:
    its findings go into the named graph ``graph/findings``) before anything is
    written; the store and files under ``out`` are replaced only when the whole
    build succeeded. ``warn`` hears what the user should know, e.g. that a
    language has no relation word lists.

    Reports with one UN symbol — or all of them, with ``same_work`` — are language
    versions of one report work (:mod:`tacb_graph.align`, :mod:`tacb_graph.rdf.works`):
    their paragraphs are aligned by number, facts stated in both carry both quotes, and
    facts read from one version only are LanguageMismatch findings.
    """
    from .align import align, numbering_notes
    from .check import check, language_mismatches

    t0 = time.perf_counter()
    started = datetime.now(timezone.utc)
    say = progress or (lambda _m: None)
    tell = warn or (lambda _m: None)
    recs = []
    paths = [Path(r) if r is not None else bundled_report() for r in reports]
    if given is not None and len(paths) != 1:
        raise TacbError("--symbol, --title, --date and --session describe one report; build one REPORT at a time "
                        "or put a .meta.json file beside each")
    for i, path in enumerate(paths, 1):
        say(f"[{i}/{len(paths)}] reading and recognising {path.name}")
        rec = extract(path, given)
        config = load_config(rec.lang)
        language = config.language
        rec = replace(rec, findings=check(rec, config))
        if not language.has_relations:
            tell(f"{path.name}: no relation or stance word lists for {language.name} ({rec.lang}); "
                 "only entities and citations are extracted")
        recs.append(rec)
    recs, versions = align(recs, same_work)
    for note in numbering_notes(recs, versions):
        tell(note)
    mismatches = language_mismatches(recs, versions)
    recs = [replace(r, findings=r.findings + found) if found else r for r, found in zip(recs, mismatches)]
    for v in versions:
        if len(v.members) > 1:
            say(_versions_line(recs, v))
    say("writing RDF")
    ds = to_rdf(recs, started)
    from .rdf.works import add_works

    add_works(ds, recs, versions)
    say(f"writing store and files under {out}/")
    written = write_outputs(ds, out)
    notes = _write_html(written.store, Path(out) / "graph.html", say)
    return BuildResult(
        paths=written,
        quads=sum(1 for _ in ds.quads((None, None, None, None))),
        triples=len(ds),
        paragraphs=sum(len(r.segmented.paragraphs) for r in recs),
        entities=len({e.key for r in recs for e in r.entities}),
        mentions=sum(len(r.mentions) for r in recs),
        relations=sum(len(r.relations) for r in recs),
        seconds=time.perf_counter() - t0,
        notes=notes,
        warnings=tuple(f"{p.name}: {w}" for p, r in zip(paths, recs) for w in r.segmented.warnings),
    )


def _versions_line(recs, v) -> str:
    """One progress line on the language versions of one work."""
    from .align import COMPARED

    langs = ", ".join(recs[i].lang for i in v.members)
    first = v.members[0]
    shared = sum(1 for f in v.shared if f.found == first and f.kind in COMPARED)
    both = "both versions" if len(v.members) == 2 else f"{recs[first].lang} and another version"
    return (f"{v.symbol or 'one report'}: {len(v.members)} language versions ({langs}) of one work; "
            f"{shared} facts read from {both}, {len(v.unmatched)} from one version only (LanguageMismatch "
            f"findings); {len(v.persons)} person(s) linked across scripts")


def _write_html(store: Path, html: Path, say) -> tuple[str, ...]:
    """Draw the store into ``html`` when the viz extra is installed; else say why not."""
    from .extras import missing, missing_extra_message

    absent = missing("viz")
    if absent:
        kept = " (the older one there is left as it was)" if html.exists() else ""
        return (f"skipped {html}{kept}: " + missing_extra_message("the HTML view", absent[0], "viz"),)
    from .render import render_store_html

    say(f"writing {html}")
    render_store_html(store, html)
    return ()
