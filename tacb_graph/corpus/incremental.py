"""One corpus build: what changed, read it, replace its named graphs, write the files, swap.

The steps, each on the reports of the build (:func:`update`):

1. hash every report file (:mod:`.sources`); the same text twice is one report;
2. keep each report whose fingerprint the previous build's manifest holds (when
   the rules are the same and the store is the one the manifest describes);
3. read the others, in parallel (:mod:`.extract`);
4. check that no two different texts claim the same report key (UN symbol and
   language);
5. in a copy of the store (:class:`~tacb_graph.store.Staging`): drop every named
   graph no kept report owns (those of the reports that changed or went, and
   ``graph/measures``, stale once the graphs change), load those of the reports
   read as they come (:mod:`.storing`), and bring the shared graphs up to date;
6. write the files (:mod:`.files`) and the new manifest, and swap everything in.

An error at any step leaves the previous store, files and manifest as they were.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Sequence


from ..errors import InputError, StoreError
from ..records import GivenMeta
from ..store import OutputPaths, Staging, store_identity
from .extract import Extracted, Job, extract_all
from .files import FORMATS, file_identity, link_or_copy, write_files
from .manifest import CORPUS_DIR, Entry, Manifest, load_manifest
from .sources import ReportFile, pipeline_fingerprint, report_file
from .storing import StoreUpdate, read_counts, write_counts

__all__ = ["Target", "CorpusResult", "Reporter", "MessageReporter", "update", "usable_manifest"]


@dataclass(frozen=True)
class Target:
    """A report the build is to hold: a file to hash (and maybe read), or an entry kept as it is."""

    file: Path | None = None
    entry: Entry | None = None


@dataclass(frozen=True)
class CorpusResult:
    paths: OutputPaths
    reports: tuple[Entry, ...]  # the reports the store holds now, by key
    read: tuple[str, ...]  # keys of the reports read in this build
    kept: int  # reports kept from the previous build without reading them
    removed: tuple[str, ...]  # keys of the reports dropped (gone, or replaced by a new version)
    quads: int
    seconds: float
    changed: bool  # False when nothing changed and the store was left as it was
    notes: tuple[str, ...] = ()  # what the build did that the user may not expect (a text given twice)
    warnings: tuple[str, ...] = ()  # "file name: what the reader skipped"
    told: tuple[str, ...] = ()  # warnings about the rules: "file name: no relation word lists for …"
    store_seconds: float = 0.0


class Reporter:
    """What a build tells as it goes: messages, and a bar of bytes read (no-ops here)."""

    def say(self, message: str) -> None:
        pass

    def start(self, total: int, reports: int) -> None:
        pass

    def advance(self, n: int) -> None:
        pass

    def report_done(self) -> None:
        pass

    def finish(self) -> None:
        pass


class MessageReporter(Reporter):
    """A :class:`Reporter` that passes each message to a function (``None``: to no one) and draws no bar."""

    def __init__(self, say: Callable[[str], None] | None) -> None:
        self._say = say

    def say(self, message: str) -> None:
        if self._say is not None:
            self._say(message)

    def start(self, total: int, reports: int) -> None:
        self.say(f"reading {reports} report(s), {total / 1e6:.2f} MB")


def usable_manifest(out: Path) -> Manifest | None:
    """The previous build's manifest, if it describes the store in ``out`` and today's rules."""
    m = load_manifest(out)
    if m is None or m.pipeline != pipeline_fingerprint():
        return None
    ident = store_identity(out / "store")
    if ident is None or m.store is None or list(ident[:2]) != list(m.store):
        return None
    return m


def _cache(out: Path) -> Path:
    return out / CORPUS_DIR / "shared"


def update(targets: Sequence[Target], out: str | os.PathLike[str], *, given: GivenMeta | None = None,
           jobs: int = 1, reporter: Reporter | None = None, previous: Manifest | None = None,
           same_work: bool = False, keep_joined: bool = False) -> CorpusResult:
    """Make the store and files in ``out`` hold exactly ``targets`` (see the module docstring).

    ``previous``: the manifest of the build in ``out`` (:func:`usable_manifest`), or ``None``
    to read every report. ``given`` (command-line metadata) applies to the one file built.
    ``same_work``: the targets are the language versions of one work (else reports with one
    UN symbol are); ``keep_joined``: reports an earlier build joined into one work whatever their
    symbols stay one work while they are all here (``add``, ``remove``).
    """
    t0 = time.perf_counter()
    rep = reporter or Reporter()
    final = OutputPaths.under(out)
    cache = _cache(final.out)
    known = {e.fingerprint: e for e in previous.reports} if previous else {}
    notes: list[str] = []

    # 1-2: hash, fold the same text into one report, keep what did not change
    kept: dict[str, Entry] = {}  # fingerprint -> entry
    todo: list[ReportFile] = []
    by_sha: dict[str, str] = {}  # sha256 -> the path (or key) that holds it
    for t in targets:
        if t.entry is not None and t.entry.fingerprint in known and (cache / f"{t.entry.fingerprint}.nq").is_file():
            e = t.entry
            where = e.paths[0] if e.paths else e.key
            if e.sha256 in by_sha:
                notes.append(f"{where}: the same text as {by_sha[e.sha256]}, built once")
                continue
            by_sha[e.sha256] = where
            kept[e.fingerprint] = e
            continue
        path = t.file if t.file is not None else Path(t.entry.paths[0])
        if t.file is None and not path.is_file():
            raise InputError(f"{path}: no such file, and report {t.entry.key} must be read again (the rules "
                             "changed, or the store is not the one last built): give its file again, or remove it")
        rf = report_file(path, given)
        if rf.sha256 in by_sha:
            notes.append(f"{path}: the same text as {by_sha[rf.sha256]} (sha256 {rf.sha256[:12]}…), built once")
            continue
        by_sha[rf.sha256] = str(path)
        old = known.get(rf.fingerprint)
        if old is not None and (cache / f"{rf.fingerprint}.nq").is_file():
            resolved = str(path.resolve())
            kept[rf.fingerprint] = replace(old, paths=(resolved,) + tuple(p for p in old.paths if p != resolved))
        else:
            todo.append(rf)

    groups = _works(kept, todo, given, same_work, keep_joined)
    dropped = [e for e in (previous.reports if previous else ()) if e.fingerprint not in kept]
    if previous is not None and not todo and not dropped and _files_there(final, previous):
        return CorpusResult(final, previous.reports, (), len(kept), (), previous.quads,
                            time.perf_counter() - t0, False, tuple(notes))

    with Staging(final.out, base=previous is not None and bool(kept)) as staged:
        # 3 and 5: read what changed; its graphs go into the store as they come
        t_store = 0.0
        try:
            counts_before = read_counts(final.out / CORPUS_DIR) if staged.based else None
            update = StoreUpdate(staged.store, staged.dir, based=staged.based, kept=list(kept.values()),
                                 dropped=dropped, cache=cache, previous_counts=counts_before)
            work = staged.dir / "work"
            at = {rf.fingerprint: i for i, rf in enumerate(todo)}
            job_groups = [([Job(str(rf.path), rf.size, rf.sha256, rf.fingerprint, given,
                                str(work / f"{at[rf.fingerprint]:06d}"), versions) for rf in group], one)
                          for group, versions, one in groups]
            read: list[Extracted] = []
            if job_groups:
                rep.start(sum(j.size for g, _one in job_groups for j in g), len(todo))
                for x in extract_all(job_groups, jobs, rep.advance):
                    read.append(x)
                    t = time.perf_counter()
                    update.add(x)
                    t_store += time.perf_counter() - t
                    rep.report_done()
                rep.finish()
        except OSError as exc:
            raise StoreError(f"{final.out}: cannot write the build ({exc})") from None
        told = []
        for x in read:
            told += x.told
            for line in x.said:
                rep.say(line)
            if x.no_relations:
                told.append(f"{Path(x.entry.paths[0]).name}: no relation or stance word lists for "
                            f"{x.no_relations} ({x.entry.lang}); only entities and citations are extracted")
        # 4: one key, one text
        entries = list(kept.values()) + [x.entry for x in read]
        _check_keys(entries)
        t0_store = time.perf_counter()
        rep.say(f"writing the store: {len(read)} report(s) read, {len(kept)} kept, "
                f"{len(dropped)} replaced or removed")
        store = staged.store
        try:
            counts = update.finish(read, dropped)
            # 6: files, manifest, swap
            rep.say(f"writing the files under {final.out}/")
            work_of = {x.entry.fingerprint: x.work for x in read}
            entries, identities = write_files(store, staged.paths, final, entries, work_of,
                                              previous if staged.based else None)
            corpus = staged.dir / "corpus"
            (corpus / "shared").mkdir(parents=True)
            for e in entries:
                src = Path(work_of[e.fingerprint], "shared.nq") if e.fingerprint in work_of else cache / f"{e.fingerprint}.nq"
                link_or_copy(src, corpus / "shared" / f"{e.fingerprint}.nq")
            write_counts(corpus, counts)
            quads = sum(e.quads for e in entries) + len(counts)
            Manifest(pipeline_fingerprint(), staged.identity(), tuple(entries), identities, quads).save(corpus)
        except OSError as exc:
            raise StoreError(f"{final.out}: cannot write the build ({exc})") from None
        store_seconds = t_store + time.perf_counter() - t0_store
        staged.commit({CORPUS_DIR: corpus})
    warnings = tuple(f"{Path(x.entry.paths[0]).name}: {w}" for x in read for w in x.warnings)
    return CorpusResult(final, tuple(entries), tuple(x.entry.key for x in read), len(kept),
                        tuple(e.key for e in dropped), quads, time.perf_counter() - t0, True,
                        tuple(notes), warnings, tuple(told), store_seconds)


def _works(kept: dict[str, Entry], todo: list[ReportFile], given: GivenMeta | None,
           same_work: bool, keep_joined: bool = False) -> list[tuple[list[ReportFile], tuple[str, ...], bool]]:
    """Group the reports into works and say which to read.

    The language versions of a work — reports with one UN symbol, all of them with
    ``same_work``, and, with ``keep_joined``, those an earlier build joined that are all still
    here — are read together
    (:mod:`tacb_graph.align`), so a kept report whose work gained, lost or changed a version is
    read again (moved from ``kept`` to ``todo``, in place). Returns the groups of ``todo``, in
    order, each with the fingerprints of its work's versions when there are several, and whether
    they are one work whatever their symbols say.
    """
    fps_all = list(kept) + [rf.fingerprint for rf in todo]
    # a report alone is a work of its own: its front page is read only when there are others
    symbols = {rf.fingerprint: _symbol(rf.path, given) if len(fps_all) > 1 else None for rf in todo}
    for fp, e in kept.items():
        symbols[fp] = e.symbol
    parent = {fp: fp for fp in fps_all}

    def root(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_symbol: dict[str, str] = {}
    for fp in fps_all:
        if same_work:
            join(fp, fps_all[0])
        elif symbols[fp]:
            join(fp, by_symbol.setdefault(symbols[fp], fp))
    joined = set()  # works an earlier build joined whatever their symbols (--same-work)
    for fp, e in (kept.items() if keep_joined else ()):
        for other in e.versions:
            if other in parent and other != fp:
                join(fp, other)
                joined.add(fp)
    members: dict[str, list[str]] = {}
    for fp in fps_all:
        members.setdefault(root(fp), []).append(fp)
    versions_of: dict[str, tuple[str, ...]] = {}
    one_work: dict[str, bool] = {}
    todo_fps = {rf.fingerprint for rf in todo}
    for fps in members.values():
        versions = tuple(sorted(fps)) if len(fps) > 1 else ()
        stale = any(fp in todo_fps or kept[fp].versions != versions for fp in fps)
        forced = len(fps) > 1 and (same_work or any(fp in joined for fp in fps))
        for fp in fps:
            versions_of[fp] = versions
            one_work[fp] = forced
            if stale and fp in kept:
                e = kept.pop(fp)
                path = Path(e.paths[0]) if e.paths else None
                if path is None or not path.is_file():
                    raise InputError(f"{path or e.key}: no such file, and report {e.key} must be read again (a "
                                     "language version of its work changed): give its file again, or remove it")
                rf = report_file(path)
                if rf.fingerprint != fp:
                    raise InputError(f"{path}: changed since report {e.key} was built (or it was built with metadata "
                                     "given on the command line); give it again to read it")
                todo.append(rf)
                todo_fps.add(fp)
    order = {rf.fingerprint: i for i, rf in enumerate(todo)}
    groups: dict[str, list[ReportFile]] = {}
    for rf in todo:
        fps = versions_of[rf.fingerprint]
        groups.setdefault(fps[0] if fps else rf.fingerprint, []).append(rf)
    out = [(sorted(g, key=lambda rf: order[rf.fingerprint]), versions_of[g[0].fingerprint], one_work[g[0].fingerprint])
           for g in groups.values()]
    return sorted(out, key=lambda item: order[item[0][0].fingerprint])


def _symbol(path: Path, given: GivenMeta | None) -> str | None:
    """The UN symbol of the report in ``path``, from the command line, its metadata file or its front page."""
    from ..read import merge_given, read_metadata, read_source
    from ..segment import segment

    return segment(read_source(path), merge_given(given, read_metadata(path))).meta.symbol or None


def _files_there(final: OutputPaths, previous: Manifest) -> bool:
    return all(previous.files.get(fmt) and file_identity(getattr(final, fmt)) == previous.files[fmt]
               for fmt in FORMATS)


def _check_keys(entries: list[Entry]) -> None:
    seen: dict[str, Entry] = {}
    for e in entries:
        other = seen.get(e.key)
        if other is not None:
            raise InputError(
                f"{other.paths[0]} and {e.paths[0]} are both report {e.key} (symbol {e.symbol}, language "
                f"{e.lang}) but their texts differ: give one of them its own symbol (--symbol, or a .meta.json "
                "file beside it), or build them apart")
        seen[e.key] = e
