"""The output files of a corpus build, put together from each report's part.

``tacb.trig`` (every named graph), ``tacb.ttl`` (the union of their triples) and
``tacb.jsonld`` hold one part per report, in the order of the report keys — its
named graphs and its findings (a ``graph/findings`` block of its own) — then the
graph every report shares, ``graph/entities``, serialised from the store. A report read in this build brings its part from
its work folder; a report kept from the previous build has its part copied,
byte for byte, from the previous file (the manifest knows where it lies), or —
if that file was changed since — serialised again from the store. So a build
that changes one report of many writes the files at the speed of a copy.

Each part is complete RDF on its own: TriG and Turtle parts are written after
one set of ``@prefix`` lines, JSON-LD parts are the members of one top-level
array. Turtle allows a triple twice (two reports stating it); it is one triple.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import BinaryIO, Iterable

import pyoxigraph as ox

from ..namespaces import TACB
from ..store import OutputPaths
from ..rdf.iris import report_iri
from .extract import FINDINGS, SHARED_GRAPHS, header, parts
from .manifest import Entry, Manifest

__all__ = ["FORMATS", "write_files", "file_identity"]

_IN_REPORT = str(TACB.inReport)

FORMATS = {"trig": ox.RdfFormat.TRIG, "ttl": ox.RdfFormat.TURTLE, "jsonld": ox.RdfFormat.JSON_LD}


def file_identity(path: Path) -> list[int] | None:
    """Device, inode and size of ``path`` (``None`` when it is not there)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_dev, st.st_ino, st.st_size]


def _write(out: BinaryIO, data: bytes) -> None:
    """All of ``data`` to an unbuffered file (a raw write may take part of it)."""
    view = memoryview(data)
    while view:
        view = view[out.write(view):]


def _copy_range(src: BinaryIO, dst: BinaryIO, start: int, end: int) -> None:
    """Bytes ``start:end`` of ``src`` appended to ``dst`` (both unbuffered), in the kernel when it can."""
    left, offset = end - start, start
    while left > 0:
        n = 0
        if hasattr(os, "copy_file_range"):
            try:
                n = os.copy_file_range(src.fileno(), dst.fileno(), left, offset)
            except OSError:
                n = 0
        if not n:
            src.seek(offset)
            chunk = src.read(min(left, 1 << 20))
            if not chunk:
                raise OSError(f"{src.name}: shorter than the manifest says")
            _write(dst, chunk)
            n = len(chunk)
        left -= n
        offset += n


def _shared_parts(store: ox.Store) -> dict[str, bytes]:
    quads = [q for g in SHARED_GRAPHS for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))]
    return parts(quads)


def _store_parts(store: ox.Store, entry: Entry) -> dict[str, bytes]:
    """A kept report's part, serialised again from the store: its graphs and its findings."""
    quads = [q for g in entry.graphs for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))]
    findings = ox.NamedNode(FINDINGS)
    for f in list(store.quads_for_pattern(None, ox.NamedNode(_IN_REPORT), ox.NamedNode(report_iri(entry.key)),
                                         findings)):
        quads += store.quads_for_pattern(f.subject, None, None, findings)
    return parts(quads)


def write_files(store: ox.Store, tmp: OutputPaths, final: OutputPaths, entries: Iterable[Entry],
                work: dict[str, str], previous: Manifest | None) -> tuple[list[Entry], dict]:
    """Write ``tmp``'s TriG, Turtle and JSON-LD; return the entries with their new spans
    (in key order) and the identity of each file written.

    ``work``: report fingerprint → its work folder, for the reports read in this build.
    """
    entries = sorted(entries, key=lambda e: e.key)
    olds: dict[str, BinaryIO] = {}
    for fmt in FORMATS:
        old = getattr(final, fmt)
        if previous is not None and previous.files.get(fmt) and file_identity(old) == previous.files[fmt]:
            olds[fmt] = open(old, "rb", buffering=0)
    outs = {fmt: open(getattr(tmp, fmt), "wb", buffering=0) for fmt in FORMATS}
    try:
        _write(outs["trig"], header(ox.RdfFormat.TRIG))
        _write(outs["ttl"], header(ox.RdfFormat.TURTLE))
        _write(outs["jsonld"], b"[")
        first_json = [True]
        spans_of: list[dict] = []

        def put(fmt: str, data: bytes | None, old: list[int] | None) -> list[int]:
            out = outs[fmt]
            if fmt == "jsonld" and (data or (old and old[1] > old[0])):
                if not first_json[0]:
                    _write(out, b",")
                first_json[0] = False
            start = out.tell()
            if data is not None:
                _write(out, data)
            else:
                _copy_range(olds[fmt], out, old[0], old[1])
            return [start, out.tell()]

        for e in entries:
            fresh = work.get(e.fingerprint)
            cached = None
            spans = {}
            for fmt in FORMATS:
                old = e.spans.get(fmt)
                if fresh is not None:
                    spans[fmt] = put(fmt, Path(fresh, f"own.{fmt}").read_bytes(), None)
                elif fmt in olds and old:
                    spans[fmt] = put(fmt, None, old)
                else:
                    cached = cached or _store_parts(store, e)
                    spans[fmt] = put(fmt, cached[fmt], None)
            spans_of.append(spans)
        shared = _shared_parts(store)
        for fmt in FORMATS:
            put(fmt, shared[fmt], None)
        _write(outs["jsonld"], b"]")
    finally:
        for f in list(olds.values()) + list(outs.values()):
            f.close()
    identities = {fmt: file_identity(getattr(tmp, fmt)) for fmt in FORMATS}
    return [e.with_spans(s) for e, s in zip(entries, spans_of)], identities


def link_or_copy(src: Path, dst: Path) -> None:
    """``dst`` as a hard link to ``src`` (a copy across file systems)."""
    try:
        os.link(src, dst)
    except OSError:
        shutil.copyfile(src, dst)
