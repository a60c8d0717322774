"""Which report files a build reads, and what tells whether one changed.

A build names files and folders; a folder stands for every ``*.txt`` under it,
recursively (hidden folders and the build's own output folder skipped), each
with its ``REPORT.meta.json`` beside it. A report's *fingerprint* covers
everything its graph is made from: its bytes, its metadata file, the metadata
given on the command line and its file name (``tacb:sourceFile``). The
*pipeline fingerprint* covers the rules: the tool version, the extraction code,
the data (gazetteers, patterns, layout words) and the versions of spaCy, rdflib
and pyoxigraph. A report is read again only
when one of the two changed.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a").mkdir(); _ = (d / "a" / "r.txt").write_text("1. 中国。", encoding="utf-8")
>>> _ = (d / "notes.md").write_text("not a report")
>>> [p.relative_to(d).as_posix() for p in discover([d])]
['a/r.txt']
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .. import __version__
from ..errors import InputError
from ..records import GivenMeta
from ..read import metadata_path

__all__ = ["ReportFile", "discover", "report_file", "pipeline_fingerprint"]


@dataclass(frozen=True)
class ReportFile:
    """One report file as found: where, its size, the SHA-256 of its bytes and its fingerprint."""

    path: Path
    size: int
    sha256: str
    fingerprint: str


def discover(inputs: Iterable[str | os.PathLike[str]], skip: Path | None = None) -> list[Path]:
    """The report files ``inputs`` name, in a fixed order (folders walked, sorted by path).

    A file is taken whatever its extension; a folder gives its ``*.txt`` files, skipping
    hidden folders and ``skip`` (the output folder). Raises a one-line
    :class:`~tacb_graph.errors.InputError` for a path that does not exist or a folder
    that holds no ``*.txt`` file.
    """
    skip = skip.resolve() if skip is not None else None
    found: list[Path] = []
    for item in inputs:
        p = Path(item)
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
        if not p.is_dir():
            found.append(p)
            continue
        here = []
        for root, dirs, files in os.walk(p):
            r = Path(root)
            dirs[:] = sorted(d for d in dirs if not d.startswith(".") and (skip is None or (r / d).resolve() != skip))
            here += [r / f for f in sorted(files) if f.endswith(".txt") and not f.startswith(".")]
        if not here:
            raise InputError(f"{p}: no report (*.txt file) in this folder or below it")
        found += here
    out, seen = [], set()
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def report_file(path: Path, given: GivenMeta | None = None) -> ReportFile:
    """Hash ``path`` (and its metadata file) without decoding it; missing or unreadable
    files raise a one-line :class:`~tacb_graph.errors.InputError` (a folder too)."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not a report file")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    meta = metadata_path(path)
    try:
        meta_bytes = meta.read_bytes() if meta is not None else b""
    except OSError as exc:
        raise InputError(f"{meta}: cannot be read ({exc.strerror})") from None
    sha = _sha(raw)
    parts = (sha, _sha(meta_bytes), repr(given), path.name)
    return ReportFile(path, len(raw), sha, _sha("\x1f".join(parts).encode("utf-8")))


#: what the rules are made of: the code of the stages up to the RDF, and the data they read
_CODE = ("read.py", "records.py", "config.py", "nlp.py", "namespaces.py", "vocab.py", "pipeline.py",
         "segment", "recognise", "relate", "check", "rdf", "corpus")


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    """A hash of the tool version, the extraction code and the data folder.

    >>> len(pipeline_fingerprint())
    64
    """
    from ..package_data import data_dir

    from importlib.metadata import PackageNotFoundError, version

    package = Path(__file__).resolve().parent.parent
    h = hashlib.sha256(__version__.encode("utf-8"))
    for dist in ("spacy", "rdflib", "pyoxigraph"):  # what reads the text, makes the terms, writes the quads
        try:
            h.update(f"{dist}={version(dist)}\0".encode("utf-8"))
        except PackageNotFoundError:
            pass
    files: list[tuple[str, Path]] = []
    for name in _CODE:
        p = package / name
        if p.is_dir():
            files += [(f"code/{f.relative_to(package).as_posix()}", f) for f in p.rglob("*.py")]
        elif p.is_file():
            files.append((f"code/{name}", p))
    data = data_dir()
    files += [(f"data/{f.relative_to(data).as_posix()}", f) for f in data.rglob("*")
              if f.is_file() and f.suffix in (".csv", ".json")]
    for rel, f in sorted(files):
        h.update(rel.encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()
