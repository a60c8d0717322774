"""What the last build put in the store: ``out/.corpus/manifest.json``.

One entry per report: its key (the report IRI's), the SHA-256 of its text, its
fingerprint (:mod:`.sources`), the files it was read from, the named graphs it
owns (the first language version of a work owns the work's graph too), the
fingerprints of its work's other language versions, where its part of each output file lies (so an unchanged report's part is
copied, not written again) and the counts the build reports. Beside it,
``shared/{fingerprint}.nq`` holds what the report adds to the graphs every report
shares (``graph/entities``, ``graph/findings``), so those are made again exactly
when a report changes or goes. The manifest also records the pipeline
fingerprint and the store folder it describes (device and inode, which a swap
keeps): a store that is not the one described is built again from the reports.

>>> e = Entry("sha-ab", "ab" * 32, "f", ("/r.txt",), "zh", None, None,
...           ("https://w3id.org/tacb/id/report/sha-ab", "https://w3id.org/tacb/id/report/sha-ab/paragraph/1"))
>>> m = Manifest(pipeline="p", store=(1, 2), reports=(e,))
>>> Manifest.from_json(m.to_json()) == m
True
>>> '"graphs":["","/paragraph/1"]' in m.to_json()
True
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from ..rdf.iris import report_iri

__all__ = ["Entry", "Manifest", "load_manifest", "CORPUS_DIR", "FORMAT"]

#: the folder under the output folder that holds the manifest and the shared parts
CORPUS_DIR = ".corpus"
FORMAT = 1


@dataclass(frozen=True)
class Entry:
    """One report of a build."""

    key: str
    sha256: str
    fingerprint: str
    paths: tuple[str, ...]  # the files it was read from (absolute), first the one read
    lang: str
    title: str | None
    symbol: str | None
    graphs: tuple[str, ...]  # the named graphs it owns (report, paragraphs, footnotes)
    spans: dict = field(default_factory=dict)  # "trig"|"ttl"|"jsonld" -> [start, end] in that file
    quads: int = 0  # quads in its own graphs
    paragraphs: int = 0
    mentions: int = 0
    relations: int = 0
    entities: tuple[str, ...] = ()  # keys of the entities it names
    versions: tuple[str, ...] = ()  # fingerprints of the language versions of its work (itself too), when several

    def with_spans(self, spans: dict) -> "Entry":
        return replace(self, spans=spans)


@dataclass(frozen=True)
class Manifest:
    pipeline: str
    store: tuple[int, int] | None
    reports: tuple[Entry, ...]
    files: dict = field(default_factory=dict)  # "trig"|… -> [device, inode, size] of the file written
    quads: int = 0  # quads in the store

    def to_json(self) -> str:
        data = {"format": FORMAT, "pipeline": self.pipeline, "store": list(self.store) if self.store else None,
                "files": self.files, "quads": self.quads, "reports": [_entry_json(e) for e in self.reports]}
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        data = json.loads(text)
        if data.get("format") != FORMAT:
            raise ValueError(f"manifest format {data.get('format')!r}, expected {FORMAT}")
        reports = []
        for e in data["reports"]:
            e = dict(e)
            for name in ("paths", "entities", "versions"):
                e[name] = tuple(e.get(name, ()))
            base = str(report_iri(e["key"]))
            e["graphs"] = tuple(g if g.startswith(("http:", "https:")) else base + g for g in e.get("graphs", ()))
            reports.append(Entry(**e))
        store = tuple(data["store"]) if data.get("store") else None
        return cls(data["pipeline"], store, tuple(reports), dict(data.get("files") or {}), int(data.get("quads", 0)))

    def save(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / "manifest.json.tmp"
        tmp.write_text(self.to_json(), encoding="utf-8")
        os.replace(tmp, folder / "manifest.json")


def _entry_json(e: Entry) -> dict:
    """An entry as JSON, its graphs under its report's IRI written after it (most of the manifest's
    size); the others (its work's graph) in full."""
    data = {f.name: getattr(e, f.name) for f in fields(Entry)}
    base = str(report_iri(e.key))
    data["graphs"] = [g[len(base):] if g.startswith(base) else g for g in e.graphs]
    return data


def load_manifest(out: Path) -> Manifest | None:
    """The manifest of the build in ``out``, or ``None`` (none there, unreadable, another format)."""
    path = out / CORPUS_DIR / "manifest.json"
    try:
        return Manifest.from_json(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError):
        return None
