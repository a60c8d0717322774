"""The order of the stages, nothing else.

read → segment → recognise → relate → check → RDF → store (and the HTML view).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Sequence

from rdflib import Dataset

from . import __version__
from .config import Config, load_config
from .package_data import bundled_report_path
from .read import merge_given, read_metadata, read_source
from .records import GivenMeta, Recognised
from .segment import segment
from .store import OutputPaths

__all__ = ["build", "add", "remove", "extract", "versions_quads", "BuildResult", "bundled_report"]

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
    triples: int | None = 0  # distinct triples of the union (``quads`` counts each graph's own); None: not counted
    reports: int = 0  # reports the store holds
    read: int = 0  # of which read in this build
    kept: int = 0  # of which kept from the previous build, unread
    removed: int = 0  # reports dropped since the previous build (gone, or replaced by a new version)
    changed: bool = True  # False when nothing changed and the store was left as it was


def bundled_report() -> Path:
    """The report shipped with the package (``data/tacb-report-zh.txt``)."""
    return bundled_report_path()


def extract(path: str | Path, given: GivenMeta | None = None, config: Config | None = None,
            on_unit: Callable[[int], None] | None = None) -> Recognised:
    """Read, segment, recognise and relate one report.

    ``given`` is metadata from the command line; it wins over the metadata file
    beside the report (``report.meta.json``), which wins over the front page.
    The language is decided once, by the reader (or given), and every stage
    after it is configured from that language's ``config``. ``on_unit`` hears the
    length of each text unit read (for a progress bar).
    """
    from .nlp import run
    from .recognise import detect_language

    seg = segment(read_source(path), merge_given(given, read_metadata(path)))
    return run(seg, config or load_config(detect_language(seg)), on_unit=on_unit)


def to_rdf(recognised: list[Recognised], started: datetime | None = None) -> Dataset:
    """All reports as one rdflib dataset (for tests and small jobs; builds write quads)."""
    from .rdf.build import BuildInfo, bind_prefixes, to_dataset

    info = BuildInfo(__version__, started, datetime.now(timezone.utc) if started else None)
    ds = Dataset()
    bind_prefixes(ds)
    for rec in recognised:
        to_dataset(rec, info, into=ds)
    return ds


@dataclass(frozen=True)
class ReportQuads:
    """One report read through every stage up to RDF: its records and its quads."""

    recognised: Recognised
    quads: list
    has_relations: bool  # whether its language has relation and stance word lists


def versions_quads(paths: Sequence[str | Path], given: GivenMeta | None = None, same_work: bool = False,
                   on_unit: Callable[[int], None] | None = None) -> tuple[list[ReportQuads], list[str], list[str]]:
    """Read, relate and check the reports ``paths`` — the language versions of one work, or one
    report — align them (:mod:`tacb_graph.align`: shared facts carry both quotes, facts read from
    one version only are LanguageMismatch findings) and turn each into Oxigraph quads, the work
    (:mod:`tacb_graph.rdf.works`) with the first report's.

    Returns the reports' quads in the order of ``paths``, what the user should know (paragraph
    numberings that differ) and one progress line on the versions, if there are several. Each
    report's provenance records when its reading started and ended.
    """
    from .align import align, numbering_notes
    from .check import check, language_mismatches
    from .rdf.build import BuildInfo, to_dataset
    from .rdf.quads import QuadSink
    from .rdf.works import add_works

    recs, infos, configs = [], [], []
    for path in paths:
        started = datetime.now(timezone.utc)
        rec = extract(path, given, on_unit=on_unit)
        config = load_config(rec.lang)
        recs.append(replace(rec, findings=check(rec, config)))
        infos.append(BuildInfo(__version__, started, datetime.now(timezone.utc)))
        configs.append(config)
    recs, versions = align(recs, same_work)
    told = numbering_notes(recs, versions)
    found = language_mismatches(recs, versions)
    recs = [replace(r, findings=r.findings + f) if f else r for r, f in zip(recs, found)]
    said = [_versions_line(recs, v) for v in versions if len(v.members) > 1]
    out = []
    for i, (rec, info, config) in enumerate(zip(recs, infos, configs)):
        sink = QuadSink()
        to_dataset(rec, info, into=sink)
        add_works(sink, recs, [v for v in versions if v.members[0] == i])
        out.append(ReportQuads(rec, list(dict.fromkeys(sink.quads)), config.language.has_relations))
    return out, list(told), said


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


def build(reports: Iterable[str | Path | None], out: str | Path = "out", progress=None,
          warn: Progress = None, given: GivenMeta | None = None, jobs: int | None = None,
          same_work: bool = False) -> BuildResult:
    """Build the graph of ``reports`` (files or folders; ``None`` means the bundled report) into ``out``.

    The store then holds exactly these reports. A report is read only when its text,
    metadata or the rules changed since the last build into ``out``; only its named
    graphs are replaced (:mod:`tacb_graph.corpus`). ``given``: metadata of the one
    report built (``--symbol``, ``--title``, ``--lang`` …). Every report read is
    related and checked (:mod:`tacb_graph.check`: its findings go into the named graph
    ``graph/findings``) before anything is written; the store and files under ``out``
    are replaced only when the whole build succeeded. ``progress`` hears what the
    build is doing: a :class:`~tacb_graph.corpus.Reporter` (with a bar), or a function
    given each message. ``warn`` hears what the user should know, e.g. that a
    language has no relation word lists. ``jobs``: processes reading reports
    (default: one per core).

    Reports with one UN symbol — or all of them, with ``same_work`` — are language
    versions of one report work (:mod:`tacb_graph.align`, :mod:`tacb_graph.rdf.works`):
    they are read together, their paragraphs are aligned by number, facts stated in both
    carry both quotes, and facts read from one version only are LanguageMismatch findings.
    """
    from .corpus import build_corpus

    t0 = time.perf_counter()
    reporter = _as_reporter(progress)
    paths = [Path(r) if r is not None else bundled_report() for r in reports]
    return _result(build_corpus(paths, out, given=given, jobs=jobs, reporter=reporter, same_work=same_work), out, reporter, warn, t0)


def add(reports: Iterable[str | Path], out: str | Path = "out", progress=None, warn: Progress = None,
        jobs: int | None = None) -> BuildResult:
    """Put ``reports`` (files or folders) into the build in ``out``, keeping the reports there."""
    from .corpus import add_reports

    t0 = time.perf_counter()
    reporter = _as_reporter(progress)
    return _result(add_reports(reports, out, jobs=jobs, reporter=reporter), out, reporter, warn, t0)


def remove(reports: Iterable[str], out: str | Path = "out", progress=None, warn: Progress = None,
           jobs: int | None = None) -> BuildResult:
    """Take reports (named by file, key or IRI) out of the build in ``out``."""
    from .corpus import remove_reports

    t0 = time.perf_counter()
    reporter = _as_reporter(progress)
    return _result(remove_reports(reports, out, jobs=jobs, reporter=reporter), out, reporter, warn, t0)


def _as_reporter(progress):
    from .corpus import MessageReporter, Reporter

    return progress if isinstance(progress, Reporter) else MessageReporter(progress)


def _result(res, out, reporter, warn, t0: float) -> BuildResult:
    tell = warn or (lambda _m: None)
    for message in res.told:
        tell(message)
    notes = res.notes
    store = None
    if res.changed or not (Path(out) / "graph.html").exists():
        from .store import open_store

        store = open_store(res.paths.store)  # one read-only opening serves the page and the count (~15 ms each)
        notes += _write_html(store, Path(out) / "graph.html", reporter.say)
    return BuildResult(
        paths=res.paths,
        quads=res.quads,
        triples=_distinct_triples(store, res.quads) if res.changed else None,
        paragraphs=sum(e.paragraphs for e in res.reports),
        entities=len({k for e in res.reports for k in e.entities}),
        mentions=sum(e.mentions for e in res.reports),
        relations=sum(e.relations for e in res.reports),
        seconds=time.perf_counter() - t0,
        notes=notes,
        warnings=res.warnings,
        reports=len(res.reports),
        read=len(res.read),
        kept=res.kept,
        removed=len(res.removed),
        changed=res.changed,
    )


#: above this many quads the build does not count the distinct triples (a scan of the store)
DISTINCT_LIMIT = 300_000


def _distinct_triples(store, quads: int) -> int | None:
    """The triples of the union of ``store`` (an open store), each counted once (``None`` for a large store)."""
    if quads > DISTINCT_LIMIT:
        return None
    from .store import select

    rows = select(store, "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                         "WHERE { GRAPH ?g { ?s ?p ?o } } }")
    return int(rows[0]["n"].value)


def _write_html(store, html: Path, say) -> tuple[str, ...]:
    """Draw ``store`` (an open store) into ``html`` when the viz extra is installed; else say why not."""
    from .extras import missing, missing_extra_message

    absent = missing("viz")
    if absent:
        kept = " (the older one there is left as it was)" if html.exists() else ""
        return (f"skipped {html}{kept}: " + missing_extra_message("the HTML view", absent[0], "viz"),)
    from .render import render_store_html

    say(f"writing {html}")
    render_store_html(store, html)
    return ()
