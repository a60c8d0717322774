"""The store of a corpus build: replace the named graphs of what changed, keep the shared ones exact.

A report owns its named graphs (the report's, its paragraphs', its footnotes')
and its findings in ``graph/findings`` (their IRIs derive from its key); before
anything is read, those of the reports that changed or went are dropped, with
``graph/measures`` (written by ``analyze --write-back`` from graphs that now
change); the quads of each report read are then bulk-loaded while the others are
still being read, in batches of about :data:`BATCH_BYTES` of N-Quads (one load
per report is many times slower; one load of everything holds it all in memory).
The graph every report adds to, ``graph/entities``, is kept as the union of what
the reports state: each line of N-Quads a report adds there is counted
(``shared-counts.json``), so a quad leaves the store when the last report stating
it goes, and a build reads only the parts of the reports that changed.

>>> counts = {}
>>> added, removed = count_lines(counts, plus=[b"<a> <b> <c> <g> .\\n<d> <e> <f> <g> .\\n"], minus=[])
>>> sorted(added), removed
([b'<a> <b> <c> <g> .', b'<d> <e> <f> <g> .'], [])
>>> count_lines(counts, plus=[b"<a> <b> <c> <g> .\\n"], minus=[b"<a> <b> <c> <g> .\\n<d> <e> <f> <g> .\\n"])
([], [b'<d> <e> <f> <g> .'])
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from ..namespaces import TACB
from ..rdf.iris import graph_iri, report_iri
from .extract import FINDINGS, SHARED_GRAPHS, Extracted
from .manifest import Entry

#: written by ``analyze --write-back`` from the graphs as they were: stale once they change
MEASURES = graph_iri("measures")
_IN_REPORT = str(TACB.inReport)

__all__ = ["StoreUpdate", "count_lines", "read_counts", "write_counts", "COUNTS", "BATCH_BYTES"]

#: the file, beside the manifest, that counts the reports stating each quad of the shared graphs
COUNTS = "shared-counts.json"
#: N-Quads loaded at once: small enough to keep the loader's memory flat, large enough to be fast
BATCH_BYTES = 25_000_000


def _lines(data: bytes) -> list[bytes]:
    return [line for line in data.split(b"\n") if line.strip()]


def count_lines(counts: dict[bytes, int], plus: Iterable[bytes], minus: Iterable[bytes]) -> tuple[list, list]:
    """Add the lines of ``plus`` and take away those of ``minus`` (N-Quads texts) in ``counts``;
    return the lines that appeared and those that went."""
    before = set(counts)
    for data in minus:
        for line in _lines(data):
            n = counts.get(line, 0) - 1
            if n > 0:
                counts[line] = n
            else:
                counts.pop(line, None)
    for data in plus:
        for line in _lines(data):
            counts[line] = counts.get(line, 0) + 1
    now = set(counts)
    return sorted(now - before), sorted(before - now)


def read_counts(folder: Path) -> dict[bytes, int] | None:
    """The shared counts of the build whose record is ``folder`` (``None`` when unreadable)."""
    try:
        data = json.loads((folder / COUNTS).read_text(encoding="utf-8"))
        return {line.encode("utf-8"): int(n) for line, n in data.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def write_counts(folder: Path, counts: dict[bytes, int]) -> None:
    data = {line.decode("utf-8"): n for line, n in sorted(counts.items())}
    (folder / COUNTS).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


class StoreUpdate:
    """Bring ``store`` — a copy of the last build's when ``based``, else empty — to the reports kept
    plus those read: :meth:`add` each report read as it comes, then :meth:`finish`.

    ``previous_counts`` are the last build's shared counts (``None``: make the shared graphs again
    from every report's part); ``cache`` holds the shared part of each kept report.
    """

    def __init__(self, store: ox.Store, work: Path, *, based: bool, kept: list[Entry], dropped: list[Entry],
                 cache: Path, previous_counts: dict[bytes, int] | None) -> None:
        self.store, self.work, self.cache, self.kept = store, work, cache, kept
        self.counts = dict(previous_counts) if based and previous_counts is not None else None
        self.batch: list[Path] = []
        self.batch_bytes = 0
        self.batches = 0
        if based:
            for e in dropped:
                for g in e.graphs:
                    store.remove_graph(ox.NamedNode(g))
                # its findings: the nodes of graph/findings in that report
                store.update(f"DELETE WHERE {{ GRAPH <{FINDINGS}> {{ ?f <{_IN_REPORT}> <{report_iri(e.key)}> ; ?p ?o }} }}")
            for g in [str(MEASURES)] + ([] if self.counts is not None else list(SHARED_GRAPHS)):
                store.remove_graph(ox.NamedNode(g))

    def add(self, x: Extracted) -> None:
        """Queue a report's own graphs; load the queue once it is a batch."""
        part = Path(x.work) / "own.nq"
        self.batch.append(part)
        self.batch_bytes += part.stat().st_size
        if self.batch_bytes >= BATCH_BYTES:
            self._load()

    def _load(self, extra: bytes = b"") -> None:
        if not self.batch and not extra:
            return
        path = self.work / f"load-{self.batches}.nq"
        with open(path, "wb") as out:
            for part in self.batch:
                with open(part, "rb") as f:
                    shutil.copyfileobj(f, out, 1 << 20)
            out.write(extra)
        self.store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
        os.remove(path)
        self.batch, self.batch_bytes = [], 0
        self.batches += 1

    def finish(self, read: list[Extracted], dropped: list[Entry]) -> dict[bytes, int]:
        """Load what is queued and bring the shared graphs up to date; return the shared counts."""
        new_parts = [(Path(x.work) / "shared.nq").read_bytes() for x in read]
        if self.counts is not None:
            counts = self.counts
            gone = [(self.cache / f"{e.fingerprint}.nq").read_bytes() for e in dropped]
            added, removed = count_lines(counts, new_parts, gone)
        else:
            counts = {}
            old = [(self.cache / f"{e.fingerprint}.nq").read_bytes() for e in self.kept]
            added, removed = count_lines(counts, old + new_parts, [])
        if removed:
            for q in ox.parse(b"\n".join(removed) + b"\n", format=ox.RdfFormat.N_QUADS):
                self.store.remove(q)
        self._load(b"\n".join(added) + b"\n" if added else b"")
        self.store.flush()
        return counts
