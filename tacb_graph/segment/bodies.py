"""The UN bodies a front page names, read from ``data/gazetteers/organizations.csv``.

The front page and the mandate name bodies ("人权理事会", "Human Rights
Council") whose resolutions carry a symbol prefix (``A/HRC/RES/``); the report
symbol's series (``A/HRC/``) is that prefix without ``RES/``. This reads the
same gazetteer file the recogniser uses, without loading the language model.

>>> t = load_bodies()
>>> t.lookup("人 权 理 事 会"), t.lookup("human rights council")
('org/hrc', 'org/hrc')
>>> t.session_from_symbol("A/HRC/26/51"), t.session_from_symbol("A/78/123")
(('org/hrc', 26), ('org/ga', 78))
>>> t.find_at("Report of the Special Rapporteur on the right to education, X", 14)
('org/sr-education', 58)
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import TacbError
from ..records import Entity
from .lines import squeeze
from ..package_data import data_dir

__all__ = ["Body", "BodyTable", "load_bodies"]


@dataclass(frozen=True)
class Body:
    key: str
    kind: str
    zh: str
    en: str
    parent: str | None
    resolution_prefix: str | None
    decision_prefix: str | None


def _fold(name: str) -> str:
    return squeeze(name).casefold()


class BodyTable:
    """Bodies by key and by every name they go by."""

    def __init__(self, bodies: dict[str, Body], names: dict[str, str]):
        self.bodies = bodies
        self.names = names  # folded name -> key
        self._lengths = sorted({len(n) for n in names}, reverse=True)  # a lookup per length, longest first
        self._longest = self._lengths[0] if self._lengths else 0
        self._series = sorted(
            ((b.resolution_prefix[: -len("RES/")], b.key) for b in bodies.values()
             if b.resolution_prefix and b.resolution_prefix.endswith("RES/")),
            key=lambda sk: len(sk[0]), reverse=True,
        )

    def lookup(self, name: str) -> str | None:
        """The key of the body called exactly ``name`` (spaces and case aside)."""
        return self.names.get(_fold(name))

    def find_at(self, text: str, pos: int) -> tuple[str, int] | None:
        """The longest body name starting at ``pos``: ``(key, end)``."""
        low = text[pos:pos + self._longest].casefold()  # no name is longer: the text before and after is not read
        for n in self._lengths:
            name = low[:n]
            if len(name) == n and name in self.names:
                end = pos + len(name)
                if end < len(text) and name[-1:].isascii() and text[end].isalnum() and text[end].isascii():
                    continue  # "Council" is not the start of "Councillor"
                return self.names[name], end
        return None

    def find_ending(self, text: str, pos: int) -> tuple[str, int] | None:
        """The longest body name ending at ``pos``: ``(key, start)``."""
        low = text[max(0, pos - self._longest):pos].casefold()
        for n in self._lengths:
            name = low[len(low) - n:] if n <= len(low) else None
            if name is not None and name in self.names:
                start = pos - len(name)
                if start > 0 and name[:1].isascii() and text[start - 1].isalnum() and text[start - 1].isascii():
                    continue
                return self.names[name], start
        return None

    def prefix(self, key: str, kind: str) -> str | None:
        b = self.bodies.get(key)
        if not b:
            return None
        return b.decision_prefix if kind == "decision" else b.resolution_prefix

    def for_symbol(self, symbol: str) -> str | None:
        """The body whose document series starts ``symbol`` (``A/HRC/26/51`` → ``org/hrc``)."""
        for series, key in self._series:
            if symbol.startswith(series):
                return key
        return None

    def session_from_symbol(self, symbol: str) -> tuple[str, int] | None:
        """``(body, session)`` when the symbol carries the session (``A/HRC/26/51``, ``A/78/123``)."""
        for series, key in self._series:
            if symbol.startswith(series):
                part = symbol[len(series):].split("/", 1)[0]
                if re.fullmatch(r"\d{1,3}", part) and 0 < int(part) < 1900:
                    return key, int(part)
                return None
        return None

    def entity(self, key: str) -> Entity | None:
        b = self.bodies.get(key)
        return Entity(key, b.kind, b.zh, b.en, parent=b.parent) if b else None

    def with_parents(self, key: str) -> list[Entity]:
        """The body and every body above it, as entities."""
        out = []
        while key and key in self.bodies and all(e.key != key for e in out):
            out.append(self.entity(key))
            key = self.bodies[key].parent
        return out


def _default() -> Path:
    return data_dir() / "gazetteers" / "organizations.csv"


@lru_cache(maxsize=4)
def load_bodies(path: str | None = None) -> BodyTable:
    """The body table from ``organizations.csv`` (default: the bundled gazetteer)."""
    p = Path(path) if path else _default()
    try:
        with p.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except OSError as exc:
        raise TacbError(f"gazetteer {p}: cannot be read ({exc.strerror})") from None
    bodies: dict[str, Body] = {}
    names: dict[str, str] = {}
    for row in rows:
        if row.get("class", "").strip() in ("Concept", "Instrument", "Place", "State"):
            continue
        key = f"org/{row['id'].strip()}"
        parent = (row.get("parent") or "").strip()
        bodies[key] = Body(
            key, row["class"].strip(), row["name_zh"].strip(), row["name_en"].strip(),
            f"org/{parent}" if parent else None,
            (row.get("resolution_prefix") or "").strip() or None,
            (row.get("decision_prefix") or "").strip() or None,
        )
        forms = [row["name_zh"], row["name_en"]]
        for col in ("aliases_zh", "aliases_en"):
            forms += [a for a in (row.get(col) or "").split("|")]
        for form in forms:
            f = _fold(form)
            if len(f) >= 2:
                names.setdefault(f, key)
    return BodyTable(bodies, names)
