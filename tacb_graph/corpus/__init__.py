"""Corpus builds: many reports in one store, built again only where they changed.

``tacb-graph build DIR…`` makes the store hold exactly the reports found;
``add`` puts more in, ``remove`` takes some out. Each reads only the reports
whose text, metadata or rules changed since the last build, replaces only their
named graphs (and the shared ones), and swaps the new store and files in at the
end, so a failed build leaves the previous one as it was.

* :mod:`.sources` — the files named, their hashes, the rules' fingerprint;
* :mod:`.manifest` — what the last build holds (``out/.corpus/``);
* :mod:`.extract` — reading reports in parallel into parts;
* :mod:`.files` — the TriG, Turtle and JSON-LD files from those parts;
* :mod:`.incremental` — one build, step by step.

>>> import tempfile, pathlib, shutil
>>> from tacb_graph.package_data import bundled_report_path
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = shutil.copy(bundled_report_path(), d / "r.txt")
>>> first = build_corpus([d], d / "out")
>>> [len(first.read), first.kept], first.reports[0].key.startswith("sha-")
([1, 0], True)
>>> again = build_corpus([d], d / "out")
>>> again.changed, again.kept
(False, 1)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

from ..errors import InputError, StoreError, TacbError
from ..records import GivenMeta
from ..rdf.iris import report_iri
from .manifest import Entry, load_manifest
from .sources import discover
from .incremental import CorpusResult, MessageReporter, Reporter, Target, update, usable_manifest

__all__ = ["build_corpus", "add_reports", "remove_reports", "CorpusResult", "Reporter", "MessageReporter", "default_jobs"]


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def build_corpus(inputs: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], *,
                 given: GivenMeta | None = None, jobs: int | None = None,
                 reporter: Reporter | None = None, same_work: bool = False) -> CorpusResult:
    """Make the store in ``out`` hold exactly the reports in ``inputs`` (files and folders);
    ``same_work``: they are the language versions of one report (else those with one UN symbol are)."""
    out = Path(out)
    paths = discover(inputs, skip=out)
    if given is not None and len(paths) != 1:
        raise TacbError("--symbol, --title, --date and --session describe one report; build one REPORT at a time "
                        "or put a .meta.json file beside each")
    return update([Target(file=p) for p in paths], out, given=given, jobs=jobs or default_jobs(),
                  reporter=reporter, previous=usable_manifest(out), same_work=same_work)


def _previous(out: Path, command: str):
    m = load_manifest(out)
    if m is None and (out / "store").exists():
        raise StoreError(f"{out}/: its store was built without a list of its reports (by an older tacb-graph); "
                         f"run `tacb-graph build` over all of them once before `{command}`")
    return m


def add_reports(inputs: Iterable[str | os.PathLike[str]], out: str | os.PathLike[str], *,
                jobs: int | None = None, reporter: Reporter | None = None) -> CorpusResult:
    """Put the reports in ``inputs`` into the store in ``out``, keeping those already there
    (a report given again is read again if its file changed)."""
    out = Path(out)
    paths = discover(inputs, skip=out)
    m = _previous(out, "add")
    given_at = {p.resolve() for p in paths}
    targets = [Target(entry=e) for e in (m.reports if m else ())
               if not any(Path(x).resolve() in given_at for x in e.paths)]
    targets += [Target(file=p) for p in paths]
    return update(targets, out, jobs=jobs or default_jobs(), reporter=reporter, previous=usable_manifest(out),
                  keep_joined=True)


def _matches(e: Entry, name: str) -> bool:
    if name in (e.key, str(report_iri(e.key))):
        return True
    p = Path(name)
    if any(Path(x) == p.resolve() for x in e.paths):
        return True
    return os.sep not in name and "/" not in name and any(Path(x).name == name for x in e.paths)


def remove_reports(names: Iterable[str], out: str | os.PathLike[str], *, jobs: int | None = None,
                   reporter: Reporter | None = None) -> CorpusResult:
    """Take reports out of the store in ``out``: each named by its file (path or name), its key
    (``A/HRC/43/31/zh``, ``sha-…``) or its IRI."""
    out = Path(out)
    m = _previous(out, "remove")
    if m is None:
        raise StoreError(f"{out}/: no build here to remove reports from (run `tacb-graph build` first)")
    gone: set[str] = set()
    for name in names:
        hits = [e for e in m.reports if _matches(e, name)]
        if not hits:
            raise InputError(f"{name}: no report of the build in {out}/ has this file, key or IRI "
                             "(`tacb-graph stats` lists them)")
        if len(hits) > 1 and not any(name == e.key for e in hits):
            raise InputError(f"{name}: names {len(hits)} reports ({', '.join(e.key for e in hits)}); "
                             "give a path or a key")
        gone |= {e.fingerprint for e in hits}
    targets = [Target(entry=e) for e in m.reports if e.fingerprint not in gone]
    return update(targets, out, jobs=jobs or default_jobs(), reporter=reporter, previous=usable_manifest(out),
                  keep_joined=True)
