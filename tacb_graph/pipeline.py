"""The order of the stages, nothing else.

read → segment → recognise → relate → RDF → store (and the HTML view).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Dataset

from . import __version__
from .read import read_source
from .records import Recognised
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
    triples: int = 0  # distinct triples of the union (``quads`` counts each graph's own)


def bundled_report() -> Path:
    """The report shipped with the package (``data/tacb-report-zh.txt``)."""
    return Path(str(resources.files("tacb_graph") / "data" / "tacb-report-zh.txt"))


def extract(path: str | Path) -> Recognised:
    """Read, segment, recognise and relate one report."""
    from .recognise import recognise
    from .relate import relate

    return relate(recognise(segment(read_source(path))))


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


def build(reports: Iterable[str | Path | None], out: str | Path = "out", progress: Progress = None) -> BuildResult:
    """Build the graph of ``reports`` (``None`` means the bundled report) into ``out``.

    Every report is read and checked before anything is written; the store and
    files under ``out`` are replaced only when the whole build succeeded.
    """
    t0 = time.perf_counter()
    started = datetime.now(timezone.utc)
    say = progress or (lambda _m: None)
    recs = []
    paths = [Path(r) if r is not None else bundled_report() for r in reports]
    for i, path in enumerate(paths, 1):
        say(f"[{i}/{len(paths)}] reading and recognising {path.name}")
        recs.append(extract(path))
    say("writing RDF")
    ds = to_rdf(recs, started)
    say(f"writing store and files under {out}/")
    written = write_outputs(ds, out)
    from .render import render_store_html

    say(f"writing {Path(out) / 'graph.html'}")
    render_store_html(written.store, Path(out) / "graph.html")
    return BuildResult(
        paths=written,
        quads=sum(1 for _ in ds.quads((None, None, None, None))),
        triples=len(ds),
        paragraphs=sum(len(r.segmented.paragraphs) for r in recs),
        entities=len({e.key for r in recs for e in r.entities}),
        mentions=sum(len(r.mentions) for r in recs),
        relations=sum(len(r.relations) for r in recs),
        seconds=time.perf_counter() - t0,
    )
