"""Reading the reports that changed, in parallel, into parts ready to store and to write.

Each report is read through every stage up to RDF in a worker process (the language
versions of one work together: :func:`tacb_graph.pipeline.versions_quads`), which writes the
report's parts into a work folder: ``own.nq`` (the named graphs it owns and its
findings, to load into the store), ``shared.nq`` (what it adds to the entities'
graph, which every report shares) and its part of each output file, ``own.trig``, ``own.ttl`` (its
triples, for the union) and ``own.jsonld`` (without the prefix lines or
brackets the whole file has once). The parent gets back a small
:class:`Extracted` per report, in the order of the jobs whatever the order
they finished in, so the output does not depend on the number of processes.

Progress: workers add the characters of each text unit they read to a shared
counter, which the parent shows (``tick``).
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

import pyoxigraph as ox

from ..namespaces import PREFIXES
from ..rdf.iris import ENTITIES_GRAPH, FINDINGS_GRAPH
from ..records import GivenMeta
from .manifest import Entry

__all__ = ["Job", "Extracted", "extract_all", "extract_versions", "SHARED_GRAPHS", "FINDINGS", "header", "split_header"]

#: the named graph every report adds to, whose quads several reports may state (the entities')
SHARED_GRAPHS = (str(ENTITIES_GRAPH),)
#: a graph every report adds to, but with quads about that report alone: its findings, whose
#: IRIs derive from the report's key (:func:`tacb_graph.rdf.iris.finding_iri`); they go with the report
FINDINGS = str(FINDINGS_GRAPH)


@dataclass(frozen=True)
class Job:
    path: str
    size: int  # bytes, for the progress bar
    sha256: str
    fingerprint: str
    given: GivenMeta | None
    work: str  # the folder its parts go into
    versions: tuple[str, ...] = ()  # the fingerprints of the language versions of its work, when several


@dataclass(frozen=True)
class Extracted:
    """What the parent needs of one report read: its manifest entry and what to tell."""

    entry: Entry
    work: str
    warnings: tuple[str, ...]  # what the reader skipped on purpose
    no_relations: str | None  # the language's name when it has no relation word lists
    shared: int  # quads it adds to the shared graphs
    told: tuple[str, ...] = ()  # what the user should know of its work's versions (numberings that differ)
    said: tuple[str, ...] = ()  # progress lines on its work's versions


def header(fmt: ox.RdfFormat) -> bytes:
    """The ``@prefix`` lines Oxigraph writes first in TriG and Turtle, with our prefixes."""
    t = ox.Triple(ox.NamedNode("urn:x"), ox.NamedNode("urn:x"), ox.NamedNode("urn:x"))
    data = ox.serialize([ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode("urn:x"))]
                        if fmt == ox.RdfFormat.TRIG else [t], format=fmt, prefixes=PREFIXES)
    return b"".join(line for line in data.splitlines(keepends=True) if line.startswith(b"@prefix"))


def split_header(data: bytes, fmt: ox.RdfFormat) -> bytes:
    """``data`` without the prefix lines the whole file starts with (kept if they differ)."""
    head = header(fmt)
    return data[len(head):] if data.startswith(head) else data


def parts(quads: list[ox.Quad]) -> dict[str, bytes]:
    """A report's part of each output file, and its N-Quads, from its own quads."""
    triples = list(dict.fromkeys(q.triple for q in quads))
    json = ox.serialize(quads, format=ox.RdfFormat.JSON_LD).strip()
    return {
        "nq": ox.serialize(quads, format=ox.RdfFormat.N_QUADS),
        "trig": split_header(ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=PREFIXES), ox.RdfFormat.TRIG),
        "ttl": split_header(ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES),
                            ox.RdfFormat.TURTLE),
        "jsonld": json[1:-1] if json.startswith(b"[") and json.endswith(b"]") else json,
    }


def extract_versions(jobs: list[Job], on_unit: Callable[[int], None] | None = None,
                     same_work: bool = False) -> list[Extracted]:
    """Read the language versions of one work (or one report) together
    (:func:`tacb_graph.pipeline.versions_quads`) and write each one's parts into its ``job.work``."""
    from ..pipeline import versions_quads
    from ..rdf.build import key_of

    done = [0]

    def tick(n: int) -> None:
        done[0] += n
        if on_unit is not None:
            on_unit(n)

    given = jobs[0].given if len(jobs) == 1 else None
    rqs, told, said = versions_quads([j.path for j in jobs], given, same_work,
                                     on_unit=tick if on_unit is not None else None)
    out = []
    for i, (job, rq) in enumerate(zip(jobs, rqs)):
        rec = rq.recognised
        own = [q for q in rq.quads if q.graph_name.value not in SHARED_GRAPHS]  # its graphs, its work's, its findings
        shared = [q for q in rq.quads if q.graph_name.value in SHARED_GRAPHS]
        work = Path(job.work)
        work.mkdir(parents=True, exist_ok=True)
        for name, data in parts(own).items():
            (work / f"own.{name}").write_bytes(data)
        (work / "shared.nq").write_bytes(ox.serialize(shared, format=ox.RdfFormat.N_QUADS))
        seg = rec.segmented
        entry = Entry(
            key=key_of(rec), sha256=seg.source.sha256, fingerprint=job.fingerprint,
            paths=(str(Path(job.path).resolve()),), lang=rec.lang, title=seg.meta.title, symbol=seg.meta.symbol,
            graphs=tuple(dict.fromkeys(q.graph_name.value for q in own if q.graph_name.value != FINDINGS)),
            quads=len(own), paragraphs=len(seg.paragraphs), mentions=len(rec.mentions),
            relations=len(rec.relations), entities=tuple(e.key for e in rec.entities), versions=job.versions)
        name = None if rq.has_relations else _language_name(rec.lang)
        first = i == 0
        out.append(Extracted(entry, job.work, tuple(seg.warnings), name, len(shared),
                             tuple(told) if first else (), tuple(said) if first else ()))
    size = sum(j.size for j in jobs)
    if on_unit is not None and size > done[0]:
        on_unit(size - done[0])  # the bar counts bytes of the files; units are part of them
    return out


def _language_name(lang: str) -> str:
    from ..config import load_config

    return load_config(lang).language.name


# ---------------------------------------------------------------- in parallel

_counter = None


def _init(counter) -> None:
    global _counter
    _counter = counter


def _count(n: int) -> None:
    with _counter.get_lock():
        _counter.value += n


def _run(group: tuple[list[Job], bool]) -> list[Extracted]:
    return extract_versions(group[0], _count, group[1])


def extract_all(groups: list[tuple[list[Job], bool]], processes: int,
                tick: Callable[[int], None] | None = None) -> Iterator[Extracted]:
    """:func:`extract_versions` for each group of jobs (the versions of one work, and whether they are
    one work whatever their symbols), in ``processes`` worker processes (in this one when 1),
    yielding each report's result in the order of ``groups``. ``tick`` hears how many more bytes
    were read.

    An error in any report stops the others and is raised here.
    """
    if processes <= 1 or len(groups) <= 1:
        for group, one in groups:
            yield from extract_versions(group, tick, one)
        return
    jobs = list(groups)
    # workers start from a fork server that imported the stages once, not from this process, whose
    # store (RocksDB) runs threads a fork would copy mid-flight; elsewhere they start afresh
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        ctx.set_forkserver_preload(["tacb_graph.pipeline", "tacb_graph.nlp", "tacb_graph.corpus.extract"])
    counter = ctx.Value("q", 0)
    seen = 0
    pool = ctx.Pool(min(processes, len(jobs)), initializer=_init, initargs=(counter,))
    try:
        results = pool.imap(_run, jobs, chunksize=1)
        for _ in jobs:
            while True:
                try:
                    result, ready = results.next(timeout=0.2), True
                except multiprocessing.TimeoutError:
                    result, ready = None, False
                now = counter.value
                if tick is not None and now > seen:
                    tick(now - seen)
                seen = now
                if ready:
                    break
            yield from result
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
        if method == "forkserver":
            _stop_forkserver()


def _stop_forkserver() -> None:
    """Stop this process's fork server, which holds the stages imported: the next pool in this process
    (e.g. the endpoint's memory-capped query workers) starts its own, with its own preload. The standard
    library has one fork server per process and stops it only through ``ForkServer._stop``."""
    from multiprocessing import forkserver

    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if stop is not None:
        stop()

