"""The store of a corpus build: replace the named graphs of what changed, keep the shared ones exact.

A report owns its named graphs (the report's, its paragraphs', its footnotes');
those of a report that changed or went are dropped, those of a report read are
loaded — all new quads in one bulk load, which is many times faster than one
load per report. The graphs every report adds to (``graph/entities``,
``graph/findings``) are kept as the union of what the reports state: each line
of N-Quads a report adds is counted (``shared-counts.json``), so a quad leaves
the store when the last report stating it goes, and a build reads only the
parts of the reports that changed. Any other graph (``graph/measures``, written
by ``analyze --write-back`` from graphs that have now changed) is dropped.

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

from .extract import SHARED_GRAPHS, Extracted
from .manifest import Entry

__all__ = ["update_store", "count_lines", "COUNTS"]

#: the file, beside the manifest, that counts the reports stating each quad of the shared graphs
COUNTS = "shared-counts.json"


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


def read_counts(folder: Path | None) -> dict[bytes, int] | None:
    if folder is None:
        return None
    try:
        data = json.loads((folder / COUNTS).read_text(encoding="utf-8"))
        return {line.encode("utf-8"): int(n) for line, n in data.items()}
    except (OSError, ValueError, TypeError, AttributeError):
        return None


def write_counts(folder: Path, counts: dict[bytes, int]) -> None:
    data = {line.decode("utf-8"): n for line, n in sorted(counts.items())}
    (folder / COUNTS).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def update_store(store: ox.Store, work: Path, *, based: bool, entries: list[Entry], dropped: list[Entry],
                 read: list[Extracted], cache: Path, previous_counts: dict[bytes, int] | None) -> dict[bytes, int]:
    """Bring ``store`` (a copy of the last build's when ``based``, else empty) to ``entries``;
    return the shared counts to keep. ``cache`` holds each kept report's shared part."""
    load = work / "load.nq"
    incremental = based and previous_counts is not None
    counts = dict(previous_counts) if incremental else {}
    if based:
        expected = {g for e in entries for g in e.graphs} | set(SHARED_GRAPHS)
        for e in dropped:
            for g in e.graphs:
                store.remove_graph(ox.NamedNode(g))
        for g in list(store.named_graphs()):
            if not isinstance(g, ox.NamedNode) or g.value not in expected:
                store.remove_graph(g)
        if not incremental:
            for g in SHARED_GRAPHS:
                store.remove_graph(ox.NamedNode(g))
    new_parts = [(Path(x.work) / "shared.nq").read_bytes() for x in read]
    if incremental:
        gone_parts = [(cache / f"{e.fingerprint}.nq").read_bytes() for e in dropped]
        added, removed = count_lines(counts, new_parts, gone_parts)
    else:
        kept = [e for e in entries if e.fingerprint not in {x.entry.fingerprint for x in read}]
        old_parts = [(cache / f"{e.fingerprint}.nq").read_bytes() for e in kept]
        added, removed = count_lines(counts, old_parts + new_parts, [])
    if removed:
        for q in ox.parse(b"\n".join(removed) + b"\n", format=ox.RdfFormat.N_QUADS):
            store.remove(q)
    with open(load, "wb") as out:  # one bulk load for everything new
        for x in read:
            with open(Path(x.work) / "own.nq", "rb") as part:
                shutil.copyfileobj(part, out, 1 << 20)
        if added:
            out.write(b"\n".join(added) + b"\n")
    if load.stat().st_size:
        store.bulk_load(path=str(load), format=ox.RdfFormat.N_QUADS)
    os.remove(load)
    store.flush()
    return counts
