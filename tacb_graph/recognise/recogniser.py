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
from .context import BACKREF, NOT, History, find_definitions, name_head, resolve_backref
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
    title: str = ""  # the report's title, in its own language
    body: str | None = None  # the body the report goes to (its front page: Human Rights Council, …th session)

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


_CAP_BEFORE = re.compile(r"(?:^|[^\w'’-])([A-Z][\w'’-]*) $")
_CAP_AFTER = re.compile(r" ([A-Z][\w'’-]*)")


def _inside_capitalised(text: str, s: int, e: int, ents) -> bool:
    """The name at ``text[s:e]`` stands inside a longer capitalised name that no entity covers: a capitalised
    word right before it (not opening its sentence) and one right after it (``Presidential … Secretariat``)."""
    b = _CAP_BEFORE.search(text[:s])
    a = _CAP_AFTER.match(text, e)
    if b is None or a is None:
        return False
    lead = text[:b.start(1)].rstrip()
    if not lead or lead[-1] in ".:;!?":
        return False  # the capitalised word opens the sentence
    return not any(x.start_char < a.end() and b.start(1) < x.end_char and (x.start_char, x.end_char) != (s, e)
                   for x in ents)


def _unit_mentions(st: _State, doc: Doc, text: str, unit, abbrevs: dict[str, str]) -> list[_Found]:
    found: list[_Found] = []
    taken = [False] * (len(text) + 1)
    inside = bool(st.config.language.backrefs.get("inside_capitalised"))
    all_ents = doc.ents  # spaCy builds the spans on every read of doc.ents
    ents = [e for e in all_ents if e.label_ not in (NOT, BACKREF)]
    for ent in all_ents:
        if ent.label_ == NOT:
            for i in range(ent.start_char, ent.end_char):
                taken[i] = True
            continue
        if ent.label_ == BACKREF:
            continue
        if inside and _inside_capitalised(text, ent.start_char, ent.end_char, ents):
            continue  # the Presidential Human Rights Committee Secretariat: no Human Rights Committee
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
        # the letters of a symbol name no body (the HRC of A/HRC/AC/32/2)
        found[:] = [f for f in found if not (s.start <= f.start and f.end <= s.end)]
        found.append(_Found(s.start, s.end, _document_entity(st, s.symbol), "symbol"))
    # back-references and resolutions cited by number, in text order, each
    # against what came before it (理事会在其第 40/27 号决议中 needs 理事会 first)
    language = st.config.language
    rules = {language.fold(normalise(r["text"])): r for r in language.backrefs["rules"]}
    before = normalise(language.backrefs.get("before", ""))
    before_words = tuple(normalise(w) for w in language.backrefs.get("before_words", ()))
    starts = [a for a, _b in doc.user_data.get("tacb_sentences", ((0, len(text)),))]
    events = [(e.start_char, 0, e) for e in all_ents if e.label_ == BACKREF]
    events += [(r.start, 1, r) for r in find_resolutions(text)]
    events.sort(key=lambda x: (x[0], x[1]))
    owners = tuple(language.fold(w) for w in language.backrefs.get("resolution_owners", ()))
    nested = _nested_names(st, found, text) if language.backrefs.get("nested") else []
    head_ends = tuple(language.backrefs.get("head_ends", ()))
    # the OHCHR country offices in A and B are offices before any back-reference reads them
    _distribute(st, found, text)
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
        after = text[ent.end_char:ent.end_char + 40]
        if language.backrefs.get("capitalised") and not _capitalised_as(rule["text"], ent.text):
            continue  # the committee's investigators: a body of no name, not the Committee named before
        if rule.get("boundary") and ent.start_char > 0 and text[ent.start_char - 1] not in before \
                and not text[:ent.start_char].endswith(before_words + tuple(rule.get("before_words", ()))) \
                and not (rule.get("boundary_after") and re.match(rule["boundary_after"], after)):
            continue  # 选举委员会 is no 委员会, but 出席工作组第三十届会议 is the Working Group
        if rule.get("followed_by") and not re.match(rule["followed_by"], after):
            continue
        if rule.get("not_followed_by") and re.match(rule["not_followed_by"], after):
            continue
        former = tuple(language.backrefs.get("former_words", ()))
        earlier = [f for f in found if f.end <= ent.start_char  # 原名为 X: a former name stands for nothing
                   and not (former and text[:f.start].rstrip().endswith(former))]
        if rule.get("unnamed_head"):
            # 人权高专办为该机构提供了培训: the institution is not the one its own clause names as acting
            clause = max(text.rfind(c, 0, ent.start_char) for c in "，；。：,;:") + 1
            earlier = [f for f in earlier if f.start < clause]
        get = lambda k: st.entities.get(k) or st.gz.entities.get(k)  # noqa: E731
        if rule.get("title_state"):
            get = _of_title_state(st, get)  # "the National Human Rights Commission" of a report on Mali is Mali's
        reach = int(language.backrefs.get("reach", 1))
        key = None
        if rule.get("own"):
            # 本基金 (this Fund): the one the report's title names, whatever other fund came before
            key = resolve_backref(rule, _title_entities(st), History(), get, st.lang, head_ends, 0)
        if key is None and rule.get("title"):
            # "the Fund" of a report on that fund: a fitting entity its own unit named before it,
            # else the one the report's title names
            key = resolve_backref(rule, earlier, st.history, get, st.lang, head_ends, 0)
            key = key or resolve_backref(rule, _title_entities(st), History(), get, st.lang, head_ends, 0)
        if key is None and rule.get("frequent"):
            # "the Government" of a country report: a State its own unit named before it, else the
            # one the report has named most so far (not the donor named last)
            key = resolve_backref(rule, earlier, st.history, get, st.lang, head_ends, 0)
            key = key or _most_named(st, rule, get, head_ends)
        key = key or resolve_backref(rule, earlier, st.history, get, st.lang, head_ends, reach,
                                     language.backrefs.get("reach_in") == "paragraphs")
        if key is None and language.backrefs.get("nested"):
            # "the Board of Trustees of the Fund …", then "the Fund": the fund named inside
            # the Board's name is what the back-reference stands for, when nothing else fits
            inner = [n for n in nested if n.end <= ent.start_char]
            key = resolve_backref(rule, inner, History(units=st.history.nested), get, st.lang, head_ends, reach)
        if key is None and rule.get("report_body") and st.body:
            # "the Council" far from any council named: the body the report goes to, if it fits
            key = resolve_backref(rule, [_Found(0, 0, st.body, "name")], History(), get, st.lang, head_ends, 0)
        if key is None and rule.get("default") in st.gz.entities:
            key = rule["default"]  # "the High Commissioner" of a UN report, named before or not
        if key is None and rule.get("suffix") and language.backrefs.get("most_named_beyond_reach"):
            # "the Board" ten paragraphs after the Board was last named: the fitting body the
            # report has named most so far (back-references counted)
            key = _most_named(st, rule, get, head_ends)
        if key and rule.get("unnamed_head"):
            # 塞舌尔请基金支持其国家人权机构…；基金为该机构提供了…: the institution the text names by its kind
            # after the fitting entity is what 该机构 stands for, and it has no name
            at = max((f.start for f in earlier if f.key == key), default=-1)
            head = rule["unnamed_head"]
            spans = [(f.start, f.end) for f in found if f.end <= ent.start_char]
            if any(not any(a <= i < b for a, b in spans) for i in
                   (m.start() for m in re.finditer(re.escape(head), text[:ent.start_char])) if i > at):
                key = None
        if key:
            found.append(_Found(ent.start_char, ent.end_char, key, "backref"))
    found.sort(key=lambda f: (f.start, f.end))
    _add_plural(st, found, text)
    if language.backrefs.get("nested"):
        st.history.nested.append([(n.start, n.key) for n in nested])
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
    bodies = [f for f in found if _kind(st, f.key) in _SESSION_HOLDERS and _holds_sessions(st, f.key, rules)]
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


def _holds_sessions(st: _State, key: str, rules: dict) -> bool:
    """Whether the body ``key`` meets in numbered sessions: it adopts resolutions, or the head of its name
    ends with one of the language's ``holder_heads`` (Council, Committee, Board …; an Office does not)."""
    heads = rules.get("holder_heads")
    if not heads or key in st.gz.resolution_prefix:
        return True
    e = st.entities.get(key) or st.gz.entities.get(key)
    label = getattr(e, f"label_{st.lang}", None) or (e.label_en if e else "")
    head = name_head(label, tuple(st.config.language.backrefs.get("head_ends", ())))
    return any(head.endswith(h) for h in heads)


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
            zh, en = _session_labels(b, n)
            st.entities[key] = Entity(key, "Session", zh, en, session_of=body, number=n)
        found.append(_Found(s, e, key, "session"))


def _session_labels(body: Entity, n: int) -> tuple[str, str]:
    """The session's names as the reader writes them (``人权理事会第四十三届会议``,
    ``Human Rights Council, forty-third session``), from the layout words of each language."""
    from ..segment.lexicon import load_lexicons

    lex = load_lexicons()
    zh = lex["zh"].session_label(body.label_zh, n) if "zh" in lex else f"{body.label_zh} {n}"
    en = lex["en"].session_label(body.label_en, n) if "en" in lex else f"{body.label_en} {n}"
    return zh, en


def _add_persons(st: _State, found: list[_Found], text: str) -> None:
    from .persons import find_known_persons, find_persons, person_slug

    posts = [f.end for f in found if _kind(st, f.key) == "Post"]
    states = [(f.start, f.end) for f in found if _kind(st, f.key) == "State"]  # 马里 in 马里亚姆·萨科
    named = find_persons(text, st.config.language, [(f.start, f.end) for f in found], posts, states)
    # a person the report has named before is a person wherever the full name recurs, with no title
    # or honorific ("The panellists were A and B." … "A, Commissioner of …, described …")
    known = [e.label_en for e in st.entities.values() if e.kind == "Person" and len(e.label_en) > 3]
    known += [n for _s, _e, n in named if len(n) > 3]  # named earlier in this unit too
    named += find_known_persons(text, known, [(f.start, f.end) for f in found] + [(s, e) for s, e, _n in named])
    for s, e, name in sorted(named):
        key = f"person/{person_slug(name)}"
        if key == "person/":
            continue
        st.entities.setdefault(key, Entity(key, "Person", name, name))
        found[:] = [f for f in found if not (s <= f.start and f.end <= e)]  # Chad Whitfield holds no State
        found.append(_Found(s, e, key, "person"))


def _report_title(ctx: ReportContext) -> str:
    meta = getattr(ctx.segmented, "meta", None)
    return (meta.title if meta is not None else None) or ""


def _of_title_state(st: _State, get):
    """``get`` that knows no entity whose name holds a State other than the one the report's title names
    (when the title names exactly one State)."""
    states = {f.key for f in _title_entities(st) if f.key.startswith("state/")}
    if len(states) != 1:
        return get

    def fitting(key: str):
        e = get(key)
        if e is None:
            return None
        label = getattr(e, f"label_{st.lang}", None) or e.label_en
        inner = {f.key for f in _nested_names(st, [_Found(0, len(label), key, "name")], normalise(label))
                 if f.key.startswith("state/")}
        return e if not inner or inner & states else None

    return fitting


def _report_body(ctx: ReportContext) -> str | None:
    meta = getattr(ctx.segmented, "meta", None)
    return meta.body if meta is not None else None


def _capitalised_as(rule_text: str, written: str) -> bool:
    """Whether every word after the first that the rule writes with a capital (``the Committee``) is
    written with one in the text (not ``the committee``)."""
    want, got = rule_text.split(), written.split()
    return len(want) == len(got) and all(not w[:1].isupper() or g[:1].isupper()
                                         for w, g in zip(want[1:], got[1:]))


def _title_entities(st: _State) -> list[_Found]:
    """The entities the report's title names (read once per report, as :func:`_nested_names` reads a name)."""
    cached = st.__dict__.get("_title")
    if cached is None:
        title = normalise(st.title)
        cached = _nested_names(st, [_Found(0, len(title), "", "name")], title, whole=True) if title else []
        st.__dict__["_title"] = cached
    return cached


def _nested_names(st: _State, found: list[_Found], text: str, whole: bool = False) -> list[_Found]:
    """Entities named inside the longer names of ``found`` (the Fund inside "the Board of Trustees
    of the Voluntary Fund for …"): no mentions, but what a later back-reference may stand for."""
    language = st.config.language
    table = st.__dict__.get("_folded")
    if table is None:
        table = {language.fold(form): key for form, key in st.gz.surfaces.get(st.lang, {}).items()}
        st.__dict__["_folded"] = table
    out = []
    for f in found:
        if f.via != "name":
            continue
        surface = language.fold(text[f.start:f.end])
        if language.spaced:  # word starts and ends (a name may end before a comma or a colon)
            cuts = [m.start() for m in re.finditer(r"(?<![\w'’-])[\w(]", surface)]
            ends = [m.end() for m in re.finditer(r"[\w).](?![\w'’-])", surface)]
        else:
            cuts, ends = range(len(surface)), range(1, len(surface) + 1)
        for a in cuts:
            for b in ends:
                if b <= a or ((a, b) == (0, len(surface)) and not whole):
                    continue
                key = table.get(" ".join(surface[a:b].split()) if language.spaced else surface[a:b])
                if key and key != f.key:
                    out.append(_Found(f.start + a, f.start + b, key, "nested"))
    return out


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
            for i, (f, office) in enumerate(members):
                # with 'from_head' the first office's words begin with the head (人权高专办在乍得…的国家办事处)
                start = m.start() if i == 0 and rule.get("from_head") else f.start
                tail = re.match(rule["tail"], text[f.end:f.end + 12]) if rule.get("tail") else None
                found[found.index(f)] = _Found(start, f.end + (tail.end() if tail else 0), office, "name")
            found[:] = [f for f in found if not (m.start() <= f.start and f.end <= m.end())]


def _add_plural(st: _State, found: list[_Found], text: str) -> None:
    """``科摩罗和圣多美和普林西比…：…两国分别设立了…``: a counted plural back-reference (the
    language's ``plural`` rules in ``backrefs.json``: a regular expression whose first group is the
    number, and the ``numbers`` it may be) stands for the last that many States its own unit named
    before it, one mention each at its place; when the unit named fewer, for none."""
    for rule in st.config.language.backrefs.get("plural", ()):
        for m in re.finditer(rule["pattern"], text):
            n = rule["numbers"].get(m.group(1))
            if not n or any(f.start < m.end() and m.start() < f.end for f in found):
                continue
            states = list(dict.fromkeys(f.key for f in found if f.end <= m.start() and _kind(st, f.key) == "State"))
            if len(states) >= n:
                found += [_Found(m.start(), m.end(), k, "backref") for k in states[-n:]]
    found.sort(key=lambda f: (f.start, f.end))


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
        st: _State = ctx.slot(self.name, lambda: _State(self.config.gazetteer, self.config, ctx.entities,
                                                        title=_report_title(ctx), body=_report_body(ctx)))
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
