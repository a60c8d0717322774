"""Gazetteers: the names of States, bodies, funds, instruments and places, as data.

Loaded from ``data/gazetteers/*.csv`` (see ``data/gazetteers/README.md``); code
holds no names. One entry is one entity, whatever the surface form.

>>> gz = load_gazetteer()
>>> gz.lookup("英国").key, gz.lookup("人权高专办").kind
('state/GBR', 'UNBody')
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import TacbError
from ..package_data import data_dir
from ..records import Entity
from .normalise import normalise

__all__ = ["Gazetteer", "load_gazetteer", "default_dir", "KEY_PREFIX"]

#: where entities of each class live under the instance base (see docs/graph-contract.md)
KEY_PREFIX = {
    "State": "state",
    "Instrument": "instrument",
    "Place": "place",
    "Concept": "concept",
}

_ENTITY_FILES = ("organizations.csv", "instruments.csv", "places.csv", "concepts.csv")


def default_dir() -> Path:
    """The gazetteer folder shipped with the package."""
    return data_dir() / "gazetteers"


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


@dataclass
class Gazetteer:
    """Entities by key, surface forms by language, and body symbol prefixes."""

    entities: dict[str, Entity] = field(default_factory=dict)
    surfaces: dict[str, dict[str, str]] = field(default_factory=lambda: {"zh": {}, "en": {}})
    resolution_prefix: dict[str, str] = field(default_factory=dict)  # entity key -> "A/HRC/RES/"
    decision_prefix: dict[str, str] = field(default_factory=dict)
    not_names: tuple[str, ...] = ()
    related: dict[str, str] = field(default_factory=dict)  # concept key -> related concept key

    def add(self, entity: Entity, zh: list[str], en: list[str]) -> None:
        if entity.key in self.entities:
            raise TacbError(f"gazetteer: duplicate entity {entity.key}")
        self.entities[entity.key] = entity
        for lang, forms in (("zh", zh), ("en", en)):
            table = self.surfaces[lang]
            for form in forms:
                form = normalise(form)
                if table.get(form, entity.key) != entity.key:
                    raise TacbError(f"gazetteer: {form!r} names both {table[form]} and {entity.key}")
                table[form] = entity.key

    def lookup(self, surface: str, lang: str = "zh") -> Entity | None:
        """The entity a surface form names, or ``None``."""
        key = self.surfaces[lang].get(normalise(surface))
        return self.entities.get(key) if key else None

    def prefix_for(self, key: str, kind: str) -> str | None:
        """UN symbol prefix of the resolutions (or decisions) adopted by body ``key``."""
        table = self.decision_prefix if kind == "决定" or kind == "decision" else self.resolution_prefix
        return table.get(key)

    def body_for_symbol(self, symbol: str) -> str | None:
        """The body whose resolution/decision prefix starts ``symbol`` (longest prefix wins)."""
        best = None
        for table in (self.resolution_prefix, self.decision_prefix):
            for key, prefix in table.items():
                if symbol.startswith(prefix) and (best is None or len(prefix) > len(best[1])):
                    best = (key, prefix)
        return best[0] if best else None


def _read(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))
    except OSError as exc:
        raise TacbError(f"gazetteer {path}: cannot be read ({exc.strerror})") from None


@lru_cache(maxsize=4)
def load_gazetteer(folder: str | None = None) -> Gazetteer:
    """Load every gazetteer file in ``folder`` (default: the bundled one)."""
    base = Path(folder) if folder else default_dir()
    gz = Gazetteer()
    for row in _read(base / "states.csv"):
        iso3 = row["iso3"].strip()
        e = Entity(
            key=f"state/{iso3}", kind="State", label_zh=row["name_zh"].strip(), label_en=row["name_en"].strip(),
            iso3=iso3, m49=row["m49"].strip().zfill(3),
        )
        zh = [row["name_zh"], row.get("name_zh_formal", "")] + _split(row.get("aliases_zh"))
        en = [row["name_en"]] + _split(row.get("aliases_en"))
        zh = [z for z in zh if z and z.strip()]
        gz.add(_with_aliases(e, zh + en), zh, en)
    for name in _ENTITY_FILES:
        path = base / name
        if not path.exists():
            continue
        for row in _read(path):
            kind = row["class"].strip()
            key = f"{KEY_PREFIX.get(kind, 'org')}/{row['id'].strip()}"
            parent = row.get("parent", "").strip()
            related = tuple(f"concept/{r}" for r in _split(row.get("related")))
            e = Entity(
                key=key, kind=kind, label_zh=row["name_zh"].strip(), label_en=row["name_en"].strip(),
                parent=f"org/{parent}" if parent else None, related=related,
            )
            zh = [row["name_zh"]] + _split(row.get("aliases_zh"))
            en = [row["name_en"]] + _split(row.get("aliases_en"))
            gz.add(_with_aliases(e, zh + en), zh, en)
            if row.get("resolution_prefix", "").strip():
                gz.resolution_prefix[key] = row["resolution_prefix"].strip()
            if row.get("decision_prefix", "").strip():
                gz.decision_prefix[key] = row["decision_prefix"].strip()
            if row.get("related", "").strip():
                gz.related[key] = f"concept/{row['related'].strip()}"
    not_names = base / "not_names.csv"
    if not_names.exists():
        gz.not_names = tuple(normalise(r["text"]) for r in _read(not_names) if r.get("text", "").strip())
    return gz


def _with_aliases(e: Entity, forms: list[str]) -> Entity:
    from dataclasses import replace

    seen = [f.strip() for f in forms if f.strip()]
    return replace(e, aliases=tuple(dict.fromkeys(a for a in seen if a not in (e.label_zh, e.label_en))))
