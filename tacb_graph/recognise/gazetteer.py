"""Gazetteers: the names of States, bodies, funds, instruments and places, as data.

Loaded from ``data/gazetteers/*.csv`` (see ``data/gazetteers/README.md``); code
holds no names. One entry is one entity, whatever the surface form; a surface
form that would name two entities is an error.

>>> gz = load_gazetteer()
>>> gz.lookup("英国").key, gz.lookup("人权高专办").kind
('state/GBR', 'UNBody')
>>> e = gz.lookup("OHCHR", "en")
>>> e.short_zh, e.short_en
('人权高专办', 'OHCHR')
>>> gz.lookup("秘书长").kind, gz.lookup("WTO", "en").kind
('Post', 'RelatedOrganization')
>>> gz.entities["org/vf-ast"].renamed_to
'org/vf-tc'
>>> "developing countries" in gz.not_names_for("en"), "发展中国家" in gz.not_names_for("zh")
(True, True)
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from ..errors import TacbError
from ..package_data import data_dir
from ..records import Entity
from .normalise import normalise

__all__ = ["Gazetteer", "load_gazetteer", "default_dir", "KEY_PREFIX", "LANGS"]

#: where entities of each class live under the instance base (see docs/graph-contract.md);
#: every other class (organisations, posts, funds, programmes, events) lives under ``org/``
KEY_PREFIX = {
    "State": "state",
    "Instrument": "instrument",
    "Place": "place",
    "Concept": "concept",
}

#: the languages whose surface forms are loaded
LANGS = ("zh", "en")

_ENTITY_FILES = ("organizations.csv", "instruments.csv", "places.csv", "concepts.csv")
_CJK = re.compile(r"[\u3400-\u9fff]")
_APOSTROPHES = ("'", "\u2019")  # UN texts write both Côte d'Ivoire and Côte d’Ivoire


def default_dir() -> Path:
    """The gazetteer folder shipped with the package."""
    return data_dir() / "gazetteers"


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _cell(row: dict[str, str], column: str) -> str:
    """A cell's stripped text; ``""`` when the column is absent (older or smaller gazetteers)."""
    return (row.get(column) or "").strip()


#: UN texts shorten "United Nations" to "UN" before any of its bodies' names (UN Development Programme)
_UN_LONG, _UN_SHORT = "United Nations ", "UN "


def _variants(form: str) -> list[str]:
    """``form``, its spelling with the other apostrophe, and with "United Nations" written "UN"
    (English only).

    >>> _variants("United Nations Children's Fund")
    ["United Nations Children's Fund", 'United Nations Children’s Fund', "UN Children's Fund", 'UN Children’s Fund']
    """
    out = [form]
    for a, b in (_APOSTROPHES, _APOSTROPHES[::-1]):
        if a in form:
            out.append(form.replace(a, b))
    out += [_UN_SHORT + f[len(_UN_LONG):] for f in out if f.startswith(_UN_LONG)]
    return out


@dataclass
class Gazetteer:
    """Entities by key, surface forms by language, and body symbol prefixes."""

    entities: dict[str, Entity] = field(default_factory=dict)
    surfaces: dict[str, dict[str, str]] = field(default_factory=lambda: {"zh": {}, "en": {}})
    resolution_prefix: dict[str, str] = field(default_factory=dict)  # entity key -> "A/HRC/RES/"
    decision_prefix: dict[str, str] = field(default_factory=dict)
    not_names: tuple[str, ...] = ()  # every language
    not_names_by_lang: dict[str, tuple[str, ...]] = field(default_factory=dict)
    related: dict[str, str] = field(default_factory=dict)  # concept key -> related concept key
    seat_of: dict[str, str] = field(default_factory=dict)  # capital (place key) -> the State it is the seat of
    _folded: dict[str, str] = field(default_factory=dict, repr=False)  # casefolded en form -> key

    def add(self, entity: Entity, zh: list[str], en: list[str]) -> None:
        """Register ``entity`` under its Chinese and English surface forms.

        Raises :class:`~tacb_graph.errors.TacbError` when the key is taken or a
        form already names another entity (English forms compared ignoring case,
        as the English matcher does).
        """
        if entity.key in self.entities:
            raise TacbError(f"gazetteer: duplicate entity {entity.key}")
        self.entities[entity.key] = entity
        for lang, forms in (("zh", zh), ("en", en)):
            table = self.surfaces[lang]
            for form in forms:
                form = normalise(form.strip())
                if not form:
                    continue
                if table.get(form, entity.key) != entity.key:
                    raise TacbError(f"gazetteer: {form!r} names both {table[form]} and {entity.key}")
                if lang == "en":
                    other = self._folded.setdefault(form.casefold(), entity.key)
                    if other != entity.key:
                        raise TacbError(f"gazetteer: {form!r} names both {other} and {entity.key} (ignoring case)")
                table[form] = entity.key

    def lookup(self, surface: str, lang: str = "zh") -> Entity | None:
        """The entity a surface form names, or ``None``."""
        key = self.surfaces[lang].get(normalise(surface))
        return self.entities.get(key) if key else None

    def not_names_for(self, lang: str) -> tuple[str, ...]:
        """Phrases in ``lang`` that contain a name but do not name it (发展中国家, "Niger Delta")."""
        return self.not_names_by_lang.get(lang, ())

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


def _shorts(row: dict[str, str]) -> dict[str, str | None]:
    return {"short_zh": _cell(row, "short_zh") or None, "short_en": _cell(row, "short_en") or None}


def _en_forms(forms: list[str]) -> list[str]:
    return [v for f in forms if f.strip() for v in _variants(f.strip())]


_STATE_HEADS = ("Government", "authorities", "Ministry", "Ministries", "Parliament", "delegation", "delegations",
                "officials", "team", "police", "army", "armed forces", "judiciary", "judges", "prosecutors", "courts",
                "experts", "engineers", "trainers", "administrators")


def _load_states(gz: Gazetteer, path: Path) -> None:
    for row in _read(path):
        iso3 = _cell(row, "iso3")
        e = Entity(
            key=f"state/{iso3}", kind="State", label_zh=_cell(row, "name_zh"), label_en=_cell(row, "name_en"),
            iso3=iso3, m49=_cell(row, "m49").zfill(3), **_shorts(row),
        )
        zh = [row["name_zh"], row.get("name_zh_formal", "")] + _split(row.get("aliases_zh"))
        en = [row["name_en"]] + _split(row.get("aliases_en"))
        zh = [z.strip() for z in zh if z and z.strip()]
        # "the Togolese Government", "the Kyrgyz authorities", "the Israeli Ministry of Health", "the Bolivian team":
        # an adjective names the State only before these words (its organs and the people who act for it)
        governments = [f"{adj} {head}" for adj in _split(row.get("adjectives_en")) for head in _STATE_HEADS]
        gz.add(_with_aliases(e, zh + en), zh, _en_forms(en + governments))


def _load_entities(gz: Gazetteer, path: Path, ids: dict[str, str], renamed: dict[str, str]) -> None:
    for row in _read(path):
        kind = _cell(row, "class")
        rid = _cell(row, "id")
        key = f"{KEY_PREFIX.get(kind, 'org')}/{rid}"
        parent = _cell(row, "parent")
        related = tuple(f"concept/{r}" for r in _split(row.get("related")))
        e = Entity(
            key=key, kind=kind, label_zh=_cell(row, "name_zh"), label_en=_cell(row, "name_en"),
            parent=f"org/{parent}" if parent else None, related=related, **_shorts(row),
        )
        zh = [row["name_zh"]] + _split(row.get("aliases_zh"))
        en = [row["name_en"]] + _split(row.get("aliases_en"))
        gz.add(_with_aliases(e, zh + en), zh, _en_forms(en))
        ids.setdefault(rid, key)
        if _cell(row, "renamed_to"):
            renamed[key] = _cell(row, "renamed_to")
        if _cell(row, "resolution_prefix"):
            gz.resolution_prefix[key] = _cell(row, "resolution_prefix")
        if _cell(row, "decision_prefix"):
            gz.decision_prefix[key] = _cell(row, "decision_prefix")
        if _cell(row, "seat_of"):
            gz.seat_of[key] = f"state/{_cell(row, 'seat_of')}"  # 向太子港派遣顾问: sent to Haiti
        if _cell(row, "related"):
            gz.related[key] = f"concept/{_cell(row, 'related')}"


def _load_not_names(gz: Gazetteer, path: Path) -> None:
    by_lang: dict[str, list[str]] = {lang: [] for lang in LANGS}
    for r in _read(path):
        text = normalise(_cell(r, "text"))
        if not text:
            continue
        lang = _cell(r, "lang") or ("zh" if _CJK.search(text) else "en")
        if lang not in by_lang:
            raise TacbError(f"gazetteer {path}: {text!r} has unknown language {lang!r}")
        by_lang[lang] += _variants(text) if lang == "en" else [text]
    gz.not_names_by_lang = {lang: tuple(dict.fromkeys(v)) for lang, v in by_lang.items()}
    gz.not_names = tuple(t for v in gz.not_names_by_lang.values() for t in v)


@lru_cache(maxsize=4)
def load_gazetteer(folder: str | None = None) -> Gazetteer:
    """Load every gazetteer file in ``folder`` (default: the bundled one)."""
    base = Path(folder) if folder else default_dir()
    gz = Gazetteer()
    _load_states(gz, base / "states.csv")
    ids: dict[str, str] = {}
    renamed: dict[str, str] = {}
    for name in _ENTITY_FILES:
        if (base / name).exists():
            _load_entities(gz, base / name, ids, renamed)
    for key, target in renamed.items():
        if target not in ids or ids[target] == key:
            raise TacbError(f"gazetteer: {key} is renamed to unknown id {target!r}")
        gz.entities[key] = replace(gz.entities[key], renamed_to=ids[target])
    if (base / "name_prefixes.csv").exists():
        _add_prefixed_forms(gz, base / "name_prefixes.csv")
    if (base / "not_names.csv").exists():
        _load_not_names(gz, base / "not_names.csv")
    return gz


def _add_prefixed_forms(gz: Gazetteer, path: Path) -> None:
    """``name_prefixes.csv``: a word that may stand before the name of an entity of some classes without being part of
    the name the row gives (联合国 before 拉丁美洲和加勒比经济委员会): the prefixed form names the entity too, unless it
    names another one already."""
    for r in _read(path):
        lang, prefix, classes = _cell(r, "lang"), normalise(_cell(r, "prefix")), set(_split(r.get("classes")))
        table = gz.surfaces.get(lang)
        if table is None or not prefix:
            raise TacbError(f"gazetteer {path}: a row needs a known 'lang' and a 'prefix'")
        for form, key in list(table.items()):
            if gz.entities[key].kind in classes and not form.startswith(prefix):
                table.setdefault(prefix + form, key)


def _with_aliases(e: Entity, forms: list[str]) -> Entity:
    seen = [f.strip() for f in forms if f.strip()]
    return replace(e, aliases=tuple(dict.fromkeys(a for a in seen if a not in (e.label_zh, e.label_en))))
