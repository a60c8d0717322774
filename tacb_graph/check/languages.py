"""LanguageMismatch: a fact read from one language version of a report and not from another.

The versions of one work and what each states that the aligned unit of another does not are
found by :func:`tacb_graph.align.align` (``Versions.unmatched``: relations with their
modality, stances and contributions; persons paired across scripts). Each becomes one
finding of the report it was read from, with that report's unit as evidence. A finding says
what was *read*: the other version may state the fact in words the rules do not know. How a
finding names a version is the language's ``checks.json`` (``version_name``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import PurePath
from typing import Sequence

from ..config import load_config
from ..records import REPORT, UNIT, Entity, Finding, Recognised, VersionFact, Versions
from .units import label, where

__all__ = ["language_mismatches", "fact_text", "version_name"]


@lru_cache(maxsize=1)
def _term_labels() -> dict[str, dict[str, str]]:
    """``tacb:`` local name → {language: rdfs:label} (relations, modalities, stance values)."""
    from rdflib import Graph
    from rdflib.namespace import RDFS

    from ..namespaces import TACB
    from ..package_data import ontology_file

    g = Graph().parse(ontology_file("tacb.ttl"), format="turtle")
    ns = str(TACB._NS)
    out: dict[str, dict[str, str]] = {}
    for s, o in g.subject_objects(RDFS.label):
        if str(s).startswith(ns) and getattr(o, "language", None):
            out.setdefault(str(s)[len(ns):], {})[o.language] = str(o)
    return out


def _term(name: str, lang: str) -> str:
    return _term_labels().get(name, {}).get(lang, name)


def version_name(lang_of_version: str, lang: str) -> str:
    """How a message in ``lang`` names the version of a report in ``lang_of_version``.

    >>> version_name("en", "zh"), version_name("zh", "en")
    ('英文本', 'the Chinese version')
    """
    language = load_config(lang_of_version).language
    names = language.checks.get("version_name") or {}
    return names.get(lang) or (f"{lang_of_version} 文本" if lang == "zh" else f"the {language.name} version")


def _end(entities: dict[str, Entity], key: str, lang: str) -> str:
    if key == UNIT:
        return "本段" if lang == "zh" else "the paragraph"
    if key == REPORT:
        return "本报告" if lang == "zh" else "the report"
    return label(entities, key, lang)


def fact_text(vf: VersionFact, entities: dict[str, Entity], lang: str) -> str:
    """The fact as a message in ``lang`` shows it: ``South Sudan —requests→ OHCHR``.

    >>> from tacb_graph.records import VersionFact
    >>> fact_text(VersionFact("relation", ("org/ohchr", "assists", "state/SSD", "Planned"), "paragraph", 10, 1, 0),
    ...           {}, "en")
    'org/ohchr —assists→ state/SSD (Planned)'
    """
    def name(k):
        return _end(entities, k, lang)

    if vf.kind == "relation":
        s, p, o, m = vf.key
        mood = "" if m == "Reported" else (f"（{_term(m, 'zh')}）" if lang == "zh" else f" ({_term(m, 'en')})")
        return f"{name(s)} —{_term(p, lang)}→ {name(o)}{mood}"
    if vf.kind == "stance":
        h, c, v = vf.key
        return f"{name(h)} —{_term(v, lang)}→ {name(c)}"
    contributor, recipient, amount, currency, m = vf.key
    money = " ".join(x for x in (amount, currency) if x)
    to = name(recipient) if recipient else ("未指明接受方" if lang == "zh" else "recipient not named")
    verb = "捐款" if lang == "zh" else "contributes"
    mood = "" if m == "Reported" else (f"（{_term(m, 'zh')}）" if lang == "zh" else f" ({_term(m, 'en')})")
    return f"{name(contributor)} —{verb} {money}→ {to}{mood}".replace(f"{verb} →", f"{verb}→")


def _file(rec: Recognised) -> str:
    return PurePath(rec.segmented.source.path).name or rec.segmented.source.name


def _entities(rec: Recognised) -> dict[str, Entity]:
    out = dict(load_config(rec.lang).gazetteer.entities)
    out.update({e.key: e for e in rec.segmented.meta.entities})
    out.update({e.key: e for e in rec.entities})
    return out


def _concerns(vf: VersionFact, rec: Recognised) -> tuple[str, ...]:
    described = {e.key for e in rec.entities} | {e.key for e in rec.segmented.meta.entities}
    return tuple(dict.fromkeys(k for k in vf.key if k in described))


def language_mismatches(recs: Sequence[Recognised], versions: Sequence[Versions]) -> list[tuple[Finding, ...]]:
    """The LanguageMismatch findings of each report of ``recs`` (in order): one per fact read from
    one version and not from the aligned unit of another (``Versions.unmatched``)."""
    out: list[list[Finding]] = [[] for _ in recs]
    known: dict[int, dict[str, Entity]] = {}
    for v in versions:
        for vf in v.unmatched:
            rec, other = recs[vf.found], recs[vf.other]
            if vf.found not in known:
                known[vf.found] = _entities(rec)
            entities = known[vf.found]
            ref = [(vf.unit, vf.number)]
            w_zh, w_en = where(ref, "zh"), where(ref, "en")
            out[vf.found].append(Finding(
                "LanguageMismatch",
                f"{version_name(rec.lang, 'zh')}（{_file(rec)}）{w_zh}陈述“{fact_text(vf, entities, 'zh')}”；"
                f"从{version_name(other.lang, 'zh')}（{_file(other)}）{w_zh}未读出这一事实。",
                f"{w_en} of {version_name(rec.lang, 'en')} ({_file(rec)}) states “{fact_text(vf, entities, 'en')}”; "
                f"nothing read from {w_en} of {version_name(other.lang, 'en')} ({_file(other)}) states it.",
                _concerns(vf, rec),
                tuple(ref),
                (vf.kind, *vf.key, "not in", other.lang, other.segmented.source.sha256),
            ))
    return [tuple(dict.fromkeys(f)) for f in out]
