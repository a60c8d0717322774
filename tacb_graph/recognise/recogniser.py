"""The recogniser: a spaCy component that turns the entity ruler's spans, plus
symbols, abbreviations and back-references, into
:class:`~tacb_graph.records.Entity` and :class:`~tacb_graph.records.Mention` records.

It runs once per text unit (``Doc``), in order, and keeps what it learns across
units — abbreviations the report defines, earlier mentions, the body whose
resolutions were cited last — in the report's context (:mod:`.report`).
:func:`recognise` runs the pipeline (:mod:`tacb_graph.nlp`) up to this component.

>>> from tacb_graph.records import Source
>>> from tacb_graph.segment import segment
>>> text = "1. 人权理事会第 37/23 号决议请联合国人权事务高级专员办事处(人权高专办)协助老挝。\\n" \\
...        "2. 理事会在其第 39/19 号决议中请人权高专办继续工作。\\n"
>>> rec = recognise(segment(Source("r.txt", "r", text, "0", "utf-8", 0)))
>>> sorted({m.entity for m in rec.mentions if m.number == 2})
['org/hrc', 'org/ohchr', 'resolution/A/HRC/RES/39/19']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc

from ..config import Config, load_config
from ..records import Abbreviation, Entity, Mention, Recognised, Segmented
from .context import BACKREF, NOT, History, find_definitions, resolve_backref
from .gazetteer import Gazetteer
from .normalise import normalise
from .report import ReportContext, TextUnit, doc_text, text_units
from .symbols import find_resolutions, find_symbols, resolution_symbol, symbol_from_link, symbol_kind

__all__ = ["recognise", "text_units", "detect_language", "TextUnit", "Recogniser", "finish"]

_TITLE = re.compile(r"《([^《》]{2,60})》")
_INSTRUMENT_SUFFIX = ("公约", "宣言", "议定书", "宪章", "原则", "规则", "准则", "议程", "纲领", "条约", "协定", "范本", "守则")


def detect_language(seg: Segmented) -> str:
    """The language of a segmented report: the one the reader decided (or was given, ``--lang``),
    else the script of its paragraphs (:func:`tacb_graph.config.detect_language`)."""
    from ..config import detect_language as detect

    meta = getattr(seg, "meta", None)
    if meta is not None and meta.language:
        return meta.language
    return detect("".join(p.text for p in seg.paragraphs[:20]))


@dataclass
class _Found:
    start: int
    end: int
    key: str
    via: str


@dataclass
class _State:
    gz: Gazetteer
    config: Config
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    history: History = field(default_factory=History)
    last_body: dict[str, str] = field(default_factory=dict)  # kind -> body key
    abbrevs: dict[str, str] = field(default_factory=dict)  # abbreviation -> entity key
    definitions: list[Abbreviation] = field(default_factory=list)  # every definition read

    @property
    def lang(self) -> str:
        return self.config.lang

    def entity(self, key: str) -> Entity:
        if key not in self.entities:
            self.entities[key] = self.gz.entities[key]
        return self.entities[key]


def _sentence_start(starts: list[int], pos: int) -> int:
    """Offset where the sentence holding ``pos`` begins (``starts``: the doc's sentence starts)."""
    k = bisect.bisect_right(starts, pos) - 1
    return starts[k] if k >= 0 else 0


def _resolution_entity(st: _State, symbol: str, body: str | None, number: str | None, kind: str) -> str:
    key = f"resolution/{symbol}"
    if key not in st.entities:
        b = st.gz.entities.get(body) if body else None
        if b and number:
            sep = " " if number[-1].isdigit() else ""
            zh = f"{b.label_zh}第 {number}{sep}号{'决定' if kind == 'decision' else '决议'}"
            en = f"{b.label_en} {kind} {number}"
        else:
            zh = en = symbol
        st.entities[key] = Entity(key, "Resolution", zh, en, symbol=symbol)
    return key


def _document_entity(st: _State, symbol: str) -> str:
    if symbol_kind(symbol) == "Resolution":
        body = st.gz.body_for_symbol(symbol)
        number = None
        if body:
            prefix = st.gz.resolution_prefix.get(body, "")
            dprefix = st.gz.decision_prefix.get(body, "")
            kind = "decision" if dprefix and symbol.startswith(dprefix) else "resolution"
            number = symbol[len(dprefix if kind == "decision" else prefix):]
            return _resolution_entity(st, symbol, body, number, kind)
        return _resolution_entity(st, symbol, None, None, "resolution")
    key = f"document/{symbol}"
    if key not in st.entities:
        st.entities[key] = Entity(key, "Document", symbol, symbol, symbol=symbol)
    return key


def _body_for(st: _State, found: list[_Found], starts: list[int], pos: int, kind: str) -> str | None:
    """The body that adopted a resolution cited at ``pos``: nearest body with a
    symbol prefix earlier in the sentence, else the last one used in this unit
    or the report."""
    table = st.gz.decision_prefix if kind == "decision" else st.gz.resolution_prefix
    start = _sentence_start(starts, pos)
    for f in sorted(found, key=lambda f: -f.start):
        if f.start >= start and f.end <= pos and f.key in table:
            return f.key
    for f in sorted(found, key=lambda f: -f.start):
        if f.end <= pos and f.key in table:
            return f.key
    return st.last_body.get(kind) or st.last_body.get("resolution" if kind == "decision" else "decision")


def _unit_mentions(st: _State, doc: Doc, text: str, unit, abbrevs: dict[str, str]) -> list[_Found]:
    found: list[_Found] = []
    taken = [False] * (len(text) + 1)
    for ent in doc.ents:
        if ent.label_ == NOT:
            for i in range(ent.start_char, ent.end_char):
                taken[i] = True
            continue
        if ent.label_ == BACKREF:
            continue
        found.append(_Found(ent.start_char, ent.end_char, ent.ent_id_, "name"))
        for i in range(ent.start_char, ent.end_char):
            taken[i] = True
    # abbreviations this report defined itself
    for abbr, key in abbrevs.items():
        for m in re.finditer(re.escape(abbr), text):
            if not any(taken[m.start():m.end()]) and st.history.defined_before(abbr, unit, m.start()):
                found.append(_Found(m.start(), m.end(), key, "abbreviation"))
                for i in range(m.start(), m.end()):
                    taken[i] = True
    # titled instruments not in the gazetteer: 《…公约》
    for m in _TITLE.finditer(text):
        if any(taken[m.start(1):m.end(1)]):
            continue
        title = m.group(1).strip()
        if title.endswith(_INSTRUMENT_SUFFIX):
            key = f"instrument/x-{title}"
            st.entities.setdefault(key, Entity(key, "Instrument", title, title))
            found.append(_Found(m.start(1), m.end(1), key, "title"))
    for s in find_symbols(text):
        found.append(_Found(s.start, s.end, _document_entity(st, s.symbol), "symbol"))
    # back-references and resolutions cited by number, in text order, each
    # against what came before it (理事会在其第 40/27 号决议中 needs 理事会 first)
    language = st.config.language
    rules = {language.fold(normalise(r["text"])): r for r in language.backrefs["rules"]}
    before = normalise(language.backrefs.get("before", ""))
    starts = [s.start_char for s in doc.sents] if doc.has_annotation("SENT_START") else [0]
    events = [(e.start_char, 0, e) for e in doc.ents if e.label_ == BACKREF]
    events += [(r.start, 1, r) for r in find_resolutions(text)]
    events.sort(key=lambda x: (x[0], x[1]))
    owners = tuple(language.fold(w) for w in language.backrefs.get("resolution_owners", ()))
    head_ends = tuple(language.backrefs.get("head_ends", ()))
    while events:
        _, kind, item = events.pop(0)
        found.sort(key=lambda f: f.start)
        if kind == 1 and not _body_in_sentence(st, found, starts, item.start, item.kind) and (
                (owners and _owned(language, language.fold(text[max(0, item.start - 24):item.start]), owners))
                or _body_for(st, found, starts, item.start, item.kind) is None):
            # "In its resolution 48/12, …, the Council requested", "In resolution 4/4, the Council …":
            # the body follows in the sentence; read it once the sentence's back-references are resolved
            end = _sentence_end(starts, item.start, len(text))
            events.append((end, 2, item))
            events.sort(key=lambda x: (x[0], x[1]))
            continue
        if kind:
            _add_resolution(st, found, starts, item, forward=kind == 2)
            continue
        ent = item
        rule = rules.get(language.fold(ent.text), rules.get(language.fold(ent.ent_id_)))
        if rule is None:
            continue
        if rule.get("boundary") and ent.start_char > 0 and text[ent.start_char - 1] not in before:
            continue
        after = text[ent.end_char:ent.end_char + 40]
        if rule.get("followed_by") and not re.match(rule["followed_by"], after):
            continue
        if rule.get("not_followed_by") and re.match(rule["not_followed_by"], after):
            continue
        earlier = [f for f in found if f.end <= ent.start_char]
        get = lambda k: st.entities.get(k) or st.gz.entities.get(k)  # noqa: E731
        reach = int(language.backrefs.get("reach", 1))
        key = None
        if rule.get("frequent"):
            # "the Government" of a country report: a State its own unit named before it, else the
            # one the report has named most so far (not the donor named last)
            key = resolve_backref(rule, earlier, st.history, get, st.lang, head_ends, 0)
            key = key or _most_named(st, rule, get, head_ends)
        key = key or resolve_backref(rule, earlier, st.history, get, st.lang, head_ends, reach)
        if key is None and rule.get("default") in st.gz.entities:
            key = rule["default"]  # "the High Commissioner" of a UN report, named before or not
        if key:
            found.append(_Found(ent.start_char, ent.end_char, key, "backref"))
    _distribute(st, found, text)
    found.sort(key=lambda f: (f.start, f.end))
    _add_sessions(st, found, starts, text)
    _add_persons(st, found, text)
    found.sort(key=lambda f: (f.start, f.end))
    return found


#: classes that hold numbered sessions
_SESSION_HOLDERS = ("UNBody", "SpecializedAgency", "RelatedOrganization", "UNFundOrProgramme",
                    "RegionalOrganization", "Fund")


def _kind(st: _State, key: str) -> str:
    e = st.entities.get(key) or st.gz.entities.get(key)
    return e.kind if e else ""


def _session_body(st: _State, found: list[_Found], starts: list[int], text: str, s: int, e: int) -> str | None:
    """Whose session: the body named right before it (人权理事会第四十届会议), right after it
    (the fortieth session of the Council), else the body its sentence speaks of, else the last."""
    rules = st.config.language.sessions
    bodies = [f for f in found if _kind(st, f.key) in _SESSION_HOLDERS]
    for f in reversed(bodies):
        if f.end <= s and re.fullmatch(rules.get("body_before", r"\s*"), text[f.end:s]):
            return f.key
    for f in bodies:
        if f.start >= e and re.fullmatch(rules.get("body_after", r"(?!)"), text[e:f.start]):
            return f.key
    lo = _sentence_start(starts, s)
    hi = next((x for x in starts if x > s), len(text))
    after = [f for f in bodies if e <= f.start < hi]
    before = [f for f in bodies if lo <= f.start and f.end <= s]
    if after and not before:
        return after[0].key  # 在第四十届会议上，人权理事会…
    if before:
        return before[-1].key
    return st.last_body.get("session") or st.last_body.get("resolution")


def _add_sessions(st: _State, found: list[_Found], starts: list[int], text: str) -> None:
    from .sessions import find_sessions

    for s, e, n in find_sessions(text, st.config.language):
        body = _session_body(st, found, starts, text, s, e)
        if body is None:
            continue
        st.last_body["session"] = body
        key = f"session/{body.split('/', 1)[1]}/{n}"
        if key not in st.entities:
            b = st.entities.get(body) or st.gz.entities[body]
            st.entities[key] = Entity(key, "Session", f"{b.label_zh}第{n}届会议", f"{b.label_en}, session {n}",
                                      session_of=body, number=n)
        found.append(_Found(s, e, key, "session"))


def _add_persons(st: _State, found: list[_Found], text: str) -> None:
    from .persons import find_persons, person_slug

    for s, e, name in find_persons(text, st.config.language, [(f.start, f.end) for f in found]):
        key = f"person/{person_slug(name)}"
        if key == "person/":
            continue
        st.entities.setdefault(key, Entity(key, "Person", name, name))
        found.append(_Found(s, e, key, "person"))


def _most_named(st: _State, rule: dict, get, head_ends) -> str | None:
    """The entity fitting ``rule`` that the report has named most often so far (latest on a tie)."""
    order = {key: i for i, (_pos, key) in enumerate(m for unit in st.history.units for m in unit)}
    best = None
    for key, n in st.history.counts.items():
        if resolve_backref(rule, [_Found(0, 0, key, "name")], History(), get, st.lang, head_ends, 0) != key:
            continue
        if best is None or (n, order.get(key, -1)) > (st.history.counts[best], order.get(best, -1)):
            best = key
    return best


def _distribute(st: _State, found: list[_Found], text: str) -> None:
    """``the OHCHR country offices in Guinea, Mauritania and the Sudan``: one office per State.

    Each rule of the language's ``distributive`` list (``backrefs.json``) is a regular
    expression for the plural head (``before``) and the name of one member (``name``, with
    ``{}`` for the State as written); a State named in the list that follows becomes the
    member whose name the gazetteer knows, and the head's own mentions are dropped.
    """
    rules = st.config.language.backrefs.get("distributive", ())
    if not rules:
        return
    language = st.config.language
    if "_folded" not in st.__dict__:
        st.__dict__["_folded"] = {language.fold(form): key for form, key in st.gz.surfaces.get(st.lang, {}).items()}
    folded = st.__dict__["_folded"]
    found.sort(key=lambda f: f.start)
    for rule in rules:
        for m in re.finditer(rule["before"], text):
            pos = m.end()
            members = []
            for f in found:
                if f.start < pos:
                    continue
                if not f.key.startswith("state/") or not re.fullmatch(rule.get("joiner", r"\s*"), text[pos:f.start]):
                    break
                surface = text[f.start:f.end]
                office = next((folded[language.fold(rule["name"].format(v))] for v in (surface, "the " + surface)
                               if language.fold(rule["name"].format(v)) in folded), None)
                if office is None:
                    break
                members.append((f, office))
                pos = f.end
            if not members:
                continue
            for f, office in members:
                found[found.index(f)] = _Found(f.start, f.end, office, "name")
            found[:] = [f for f in found if not (m.start() <= f.start and f.end <= m.end())]


def _owned(language, before: str, owners: tuple[str, ...]) -> bool:
    """The words right before a resolution number end with a possessive (``its resolution``)."""
    return language.ends_with(language.squeeze(before), owners) is not None


def _sentence_end(starts: list[int], pos: int, n: int) -> int:
    k = bisect.bisect_right(starts, pos)
    return starts[k] if k < len(starts) else n


def _body_in_sentence(st: _State, found: list[_Found], starts: list[int], pos: int, kind: str) -> bool:
    table = st.gz.decision_prefix if kind == "decision" else st.gz.resolution_prefix
    start = _sentence_start(starts, pos)
    return any(f.start >= start and f.end <= pos and f.key in table for f in found)


def _add_resolution(st: _State, found: list[_Found], starts: list[int], r, forward: bool = False) -> None:
    body = None
    if forward:  # the first body after the number, in its sentence
        table = st.gz.decision_prefix if r.kind == "decision" else st.gz.resolution_prefix
        end = _sentence_end(starts, r.start, 1 << 30)
        body = next((f.key for f in sorted(found, key=lambda f: f.start)
                     if r.end <= f.start < end and f.key in table), None)
    body = body or _body_for(st, found, starts, r.start, r.kind)
    prefix = st.gz.prefix_for(body, r.kind) if body else None
    if not prefix:
        return
    st.last_body[r.kind] = body
    for num in r.numbers:
        key = _resolution_entity(st, resolution_symbol(prefix, num), body, num, r.kind)
        found.append(_Found(r.start, r.end, key, "symbol"))


class Recogniser:
    """spaCy component: the mentions of one text unit, with the report's context."""

    name = "tacb_recogniser"

    def __init__(self, config: Config):
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        ctx: ReportContext = doc._.tacb_report
        if ctx is None:
            raise ValueError("tacb_recogniser needs Doc._.tacb_report (run it through tacb_graph.nlp)")
        st: _State = ctx.slot(self.name, lambda: _State(self.config.gazetteer, self.config, ctx.entities))
        unit: TextUnit = doc._.tacb_unit
        text = doc_text(doc)
        seen: list = []
        find_definitions(doc, st.history.index, st.gz, st.history, self.config.language, st.abbrevs, seen)
        off = unit.offset  # a piece of a long unit: records keep offsets into the whole unit
        st.definitions += [Abbreviation(a, k, unit.unit, unit.number, s + off, e + off) for a, k, s, e in seen]
        found = _unit_mentions(st, doc, text, unit, st.abbrevs)
        mentions = []
        for f in found:
            if f.key in st.gz.entities:
                st.entity(f.key)
            mentions.append(Mention(f.key, unit.unit, unit.number, f.start, f.end, unit.text[f.start:f.end], f.via))
        st.mentions += [replace(m, start=m.start + off, end=m.end + off) for m in mentions] if off else mentions
        doc._.tacb_mentions = mentions
        st.history.push(unit, found, st.entities)
        return doc


def finish(ctx: ReportContext) -> Recognised:
    """The report's entities and mentions, once every unit went through :class:`Recogniser`."""
    gz = ctx.config.gazetteer
    st: _State = ctx.slot(Recogniser.name, lambda: _State(gz, ctx.config, ctx.entities))
    links = []
    for url in ctx.segmented.links:
        sym = symbol_from_link(url)
        if sym:
            links.append(_document_entity(st, sym))
    # parents of mentioned organisations and what they were renamed to are entities too
    # (the targets of org:subOrganizationOf and tacb:renamedTo are described)
    todo = list(st.entities.values())
    while todo:
        e = todo.pop()
        for k in (e.parent, getattr(e, "renamed_to", None)):
            if k and k in gz.entities and k not in st.entities:
                st.entities[k] = gz.entities[k]
                todo.append(gz.entities[k])
    ents = tuple(sorted(st.entities.values(), key=lambda e: e.key))
    mentions = tuple(dict.fromkeys(st.mentions))
    return Recognised(ctx.segmented, ents, mentions, (), tuple(dict.fromkeys(links)), lang=ctx.config.lang,
                      abbreviations=tuple(dict.fromkeys(st.definitions)))


@Language.factory("tacb_recogniser", default_config={"lang": "zh", "gazetteer_dir": None})
def make_recogniser(nlp: Language, name: str, lang: str, gazetteer_dir: str | None) -> Recogniser:
    return Recogniser(load_config(lang, gazetteer_dir))


def recognise(seg: Segmented, gazetteer_dir: str | None = None, config: Config | None = None) -> Recognised:
    """Recognise the entities of a segmented report (runs :mod:`tacb_graph.nlp` up to the recogniser)."""
    from ..nlp import run

    return run(seg, config or load_config(detect_language(seg), gazetteer_dir), relations=False)
