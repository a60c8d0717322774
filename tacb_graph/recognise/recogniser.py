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

import re
from dataclasses import replace
from operator import attrgetter

from spacy.language import Language
from spacy.tokens import Doc

from ..config import Config, load_config
from ..records import Abbreviation, Entity, Mention, Recognised, Segmented
from .around import ends_before, skip_space_back
from .context import BACKREF, NOT, History, find_definitions, name_head, resolve_backref
from .normalise import normalise
from .report import ReportContext, TextUnit, doc_text, text_units
from .documents import add_resolution, body_for, body_in_sentence, document_entity, owned
from .names import (add_persons, add_plural, add_sessions, capitalised_as, distribute, drop_others_posts, fronted_state,
                    most_named, nested_names, of_setting, of_title, of_title_state, report_author, report_body,
                    report_title, state_body_before, title_entities, title_referents)
from .before import Before
from .institutions import add_name_heads, add_state_institutions, add_state_short_names, state_owned_short
from .speakers import speaker_bodies
from .state import Found, UnitState, kind_of, sentence_end, sentence_start
from .symbols import find_resolutions, find_symbols, symbol_from_link

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


_CAP_BEFORE = re.compile(r"(?:^|[^\w'’-])([A-Z][\w'’-]*) $")
_CAP_AFTER = re.compile(r" ([A-Z][\w'’-]*)")


_WORD_CHARS = re.compile(r"[\w'’-]*")
_START = attrgetter("start")


def _headless(entity, head: str | None, lang: str) -> bool:
    """``entity``'s name in ``lang`` does not end with ``head`` (the noun a back-reference such as 该机构 names)."""
    if entity is None or not head:
        return False
    return not (getattr(entity, f"label_{lang}", None) or entity.label_en or "").endswith(head)


def _clause_start(text: str, pos: int, ends: str) -> int:
    """Where the clause holding ``pos`` begins: after the last of ``ends`` (the language's clause ends) before it."""
    return max(text.rfind(c, 0, pos) for c in ends) + 1


def _word_before(text: str, s: int):
    """``_CAP_BEFORE.search(text[:s])``, read on the few characters before ``s`` (the whole text only
    when one word fills the window and may begin before it)."""
    lo = max(0, s - 80)
    b = _CAP_BEFORE.search(text, lo, s)
    if b is None and lo and _WORD_CHARS.fullmatch(text, lo, s - 1):
        b = _CAP_BEFORE.search(text[:s])
    return b


def _named_before(st: UnitState, title: str) -> str | None:
    """The instrument the report named last whose title ends with ``title`` (a short title: 《任择议定书》 for the
    Optional Protocol named in full before), if ``title`` is not a whole title of its own."""
    if len(title) < 4:
        return None
    ends = [k for k in st.history.last if k.startswith("instrument/") and not k.startswith("instrument/x-")
            and (st.entity(k).label_zh or "").strip("《》").endswith(title) and (st.entity(k).label_zh or "").strip("《》") != title]
    return max(ends, key=lambda k: st.history.last[k]) if ends else None


def _unknown_names(text: str, rule: dict, found) -> list[int]:
    """Where the unit names in full a body of the reference's head (``unknown_named_before``, a regular expression:
    ``The Commission for Prevention and Protection against Discrimination``, ``The Truth, Justice and Reparation
    Commission of X``) that no mention covers (its ``head`` group, else the match's start)."""
    out = []
    for m in re.finditer(rule["unknown_named_before"], text):
        h = m.start("head") if "head" in m.re.groupindex else m.start()
        if not any(f.start <= h < f.end for f in found):  # (the Commission on Human Rights of X, a name the
            out.append(m.end())  # gazetteer has)
    return out


def _unknown_named_before(st: UnitState, text: str, at: int, rule: dict, found) -> bool:
    """A body of the reference's head named in full before it (:func:`_unknown_names`) — in its unit or in one
    before — and no mention the reference could stand for between that name and the reference: the reference is to
    that unnamed body."""
    head = rule.get("suffix", "")
    for end in _unknown_names(text[:at], rule, found):
        if not any(end <= f.start < at and head in text[f.start:f.end] for f in found):
            return True  # (no body of that head named since: the Commission of X, then the Commission, is X's)
    since = st.history.unknown.get(rule["text"])
    if since is None or any(f.start < at and head in text[f.start:f.end] for f in found):
        return False  # (a body of that head named in the unit itself, before the reference: the nearer one)
    ends = tuple(st.config.language.backrefs.get("head_ends", ()))
    return not any(p >= since and k in st.entities and name_head(st.entities[k].label_en or "", ends).endswith(head)
                   for k, p in st.history.last.items())  # (the Commissioner's Office is no commission)


def note_unknown_names(st: UnitState, text: str, found) -> None:
    """Before the unit goes into the history: the place of the last body it names in full with no gazetteer row,
    for each back-reference rule that reads such names (``unknown_named_before``)."""
    language = st.config.language
    for rule in language.backrefs.get("rules", ()):
        if rule.get("unknown_named_before"):
            ends = _unknown_names(text, rule, found)
            if ends:
                st.history.unknown[rule["text"]] = st.history.seen + sum(f.start < ends[-1] for f in found)


def _inside_capitalised(text: str, s: int, e: int, ents) -> bool:
    """The name at ``text[s:e]`` stands inside a longer capitalised name that no entity covers: a capitalised
    word right before it (not opening its sentence) and one right after it (``Presidential … Secretariat``)."""
    a = _CAP_AFTER.match(text, e)
    if a is None:
        return False
    b = _word_before(text, s)
    if b is None:
        return False
    lead = skip_space_back(text, b.start(1))
    if not lead or text[lead - 1] in ".:;!?":
        return False  # the capitalised word opens the sentence
    return not any(x.start_char < a.end() and b.start(1) < x.end_char and (x.start_char, x.end_char) != (s, e)
                   for x in ents)


def _state_organ(st: UnitState, text: str, ent) -> bool:
    """A State's name inside a longer capitalised name that is the name of one of its own organs (``backrefs``
    ``state_organ_heads``, a regular expression on the words after the name: the Royal Bhutan Police, the Uganda
    Prisons Service): the State is named there."""
    language = st.config.language
    if "_state_organ_heads" not in language.__dict__:
        rx = language.backrefs.get("state_organ_heads")
        language.__dict__["_state_organ_heads"] = re.compile(rx) if rx else None
    rx = language.__dict__["_state_organ_heads"]
    return rx is not None and ent.ent_id_.startswith("state/") and rx.match(text, ent.end_char) is not None


def _backref_words(language) -> tuple[dict, str, tuple[str, ...]]:
    """The language's back-reference rules by their folded text, and the characters and words that may stand
    right before one, normalised (made once per language)."""
    cached = language.__dict__.get("_backref_words")
    if cached is None:
        cached = ({language.fold(normalise(r["text"])): r for r in language.backrefs["rules"]},
                  normalise(language.backrefs.get("before", "")),
                  tuple(normalise(w) for w in language.backrefs.get("before_words", ())))
        language.__dict__["_backref_words"] = cached
    return cached


def _organ_after(language) -> re.Pattern | None:
    """The language's ``organ_after`` expression, compiled once (``None`` when it has none)."""
    if "_organ_after" not in language.__dict__:
        rx = language.backrefs.get("organ_after")
        language.__dict__["_organ_after"] = re.compile(rx) if rx else None
    return language.__dict__["_organ_after"]


def _joined_before(language) -> re.Pattern | None:
    """The language's ``joined_before`` expression (what stands between a name and a back-reference coordinated with
    it: 与, 和, and), compiled once (``None`` when it has none)."""
    if "_joined_before" not in language.__dict__:
        rx = language.backrefs.get("joined_before")
        language.__dict__["_joined_before"] = re.compile(rx) if rx else None
    return language.__dict__["_joined_before"]


def _own_definition(history, ent) -> bool:
    """The report defined ``ent``'s text for another entity before it, or ``ent`` is that definition's own bracket."""
    where = history.definitions.get(ent.text)
    return where is not None and (where[0] < history.index or where[0] == history.index
                                  and (where[1] <= ent.start_char or ent.start_char < where[1] <= ent.end_char + 2))


def _unit_mentions(st: UnitState, doc: Doc, text: str, unit, abbrevs: dict[str, str]) -> list[Found]:
    found: list[Found] = []
    taken = [False] * (len(text) + 1)
    barred = [False] * (len(text) + 1)  # inside a span the gazetteer says is no name
    inside = bool(st.config.language.backrefs.get("inside_capitalised"))
    organ = _organ_after(st.config.language)
    all_ents = doc.ents  # spaCy builds the spans on every read of doc.ents
    ents = [e for e in all_ents if e.label_ not in (NOT, BACKREF)]
    for ent in all_ents:
        if ent.label_ == NOT:
            for i in range(ent.start_char, ent.end_char):
                taken[i] = barred[i] = True
            continue
        if ent.label_ == BACKREF:
            continue
        start = ent.start_char
        if inside and _inside_capitalised(text, ent.start_char, ent.end_char, ents):
            if not _state_organ(st, text, ent):
                continue  # the Presidential Human Rights Committee Secretariat: no Human Rights Committee
            start = _word_before(text, ent.start_char).start(1)  # the Royal Bhutan Police: the State's, from "Royal"
        if organ and organ.match(text, ent.end_char):
            continue  # the Human Rights Committee of the Congress of X: X's, not the treaty body
        own = abbrevs.get(ent.text)
        if own is not None and own != ent.ent_id_ and _own_definition(st.history, ent) \
                and not st.history.counts.get(ent.ent_id_) and not any(f.key == ent.ent_id_ for f in found):
            # (unless the text also names the gazetteer's body: then the abbreviation stands for two, a finding)
            found.append(Found(start, ent.end_char, own, "abbreviation"))  # (ICJ) after the Commission of Jurists
        else:
            found.append(Found(start, ent.end_char, ent.ent_id_, "name"))
        for i in range(ent.start_char, ent.end_char):
            taken[i] = True
    language = st.config.language
    rules, before, before_words = _backref_words(language)
    # abbreviations this report defined itself (a short name that is a back-reference word is read
    # where that word is, below, with its rule's boundary: 地方办事处 holds no 办事处)
    for abbr, key in abbrevs.items():
        if language.fold(abbr) in rules:
            continue
        for m in re.finditer(re.escape(abbr), text):
            if any(barred[m.start():m.end()]) or not st.history.defined_before(abbr, unit, m.start()):
                continue
            if any(taken[m.start():m.end()]):
                # a name inside the report's own short name (非洲 in 非洲网络, defined after the
                # Network's full name) is part of it; a name reaching out of it wins
                inner = [f for f in found if f.start < m.end() and m.start() < f.end]
                if not inner or any(f.start < m.start() or f.end > m.end() or f.end - f.start == len(abbr)
                                    for f in inner):
                    continue
                found[:] = [f for f in found if f not in inner]
            found.append(Found(m.start(), m.end(), key, "abbreviation"))
            for i in range(m.start(), m.end()):
                taken[i] = True
    # titled instruments not in the gazetteer: 《…公约》
    for m in _TITLE.finditer(text):
        if any(taken[m.start(1):m.end(1)]):
            continue
        title = m.group(1).strip()
        if title.endswith(_INSTRUMENT_SUFFIX):
            key = _named_before(st, title) or f"instrument/x-{title}"  # 《任择议定书》 after the Protocol's full title
            if key.startswith("instrument/x-"):
                st.entities.setdefault(key, Entity(key, "Instrument", title, title))
            found.append(Found(m.start(1), m.end(1), key, "title"))
    for s in find_symbols(text):
        # the letters of a symbol name no body (the HRC of A/HRC/AC/32/2)
        found[:] = [f for f in found if not (s.start <= f.start and f.end <= s.end)]
        found.append(Found(s.start, s.end, document_entity(st, s.symbol), "symbol"))
    # back-references and resolutions cited by number, in text order, each
    # against what came before it (理事会在其第 40/27 号决议中 needs 理事会 first)
    defined = {language.fold(a): k for a, k in abbrevs.items() if language.fold(a) in rules
               and _short_fits(st, k, rules[language.fold(a)])}
    starts = [a for a, _b in doc.user_data.get("tacb_sentences", ((0, len(text)),))]
    events = [(e.start_char, 0, e) for e in all_ents if e.label_ == BACKREF]
    events += [(r.start, 1, r) for r in find_resolutions(text)]
    events.sort(key=lambda x: (x[0], x[1]))
    owners = tuple(language.fold(w) for w in language.backrefs.get("resolution_owners", ()))
    nested = nested_names(st, found, text) if language.backrefs.get("nested") else []
    head_ends = tuple(language.backrefs.get("head_ends", ()))
    # the OHCHR country offices in A and B are offices before any back-reference reads them
    distribute(st, found, text)
    # a State's institution named by its head alone (the National Human Rights Council) before the back-references,
    # which may point to it ("the Council" after it), and before the national organs (it is the NHRI, not the State)
    add_state_institutions(st, found, text)
    # the Fiji Commission after the Fiji Human Rights and Anti-Discrimination Commission: that institution, no State
    add_state_short_names(st, found, text)
    # The National Council after the National Council for Human Rights of Egypt: that council, no State's organ
    add_name_heads(st, found, text)
    # 比利时开发署: Belgium's development agency, not UNDP (开发署 alone)
    state_owned_short(st, found, text)
    former = tuple(language.backrefs.get("former_words", ()))
    named = Before(found, text, former)
    while events:
        _, kind, item = events.pop(0)
        named.take_in()  # what the last event added, before the sort moves it
        found.sort(key=_START)
        if kind == 1 and not body_in_sentence(st, found, starts, item.start, item.kind) and (
                (owners and owned(language, language.fold(text[max(0, item.start - 24):item.start]), owners))
                or body_for(st, found, starts, item.start, item.kind) is None):
            # "In its resolution 48/12, …, the Council requested", "In resolution 4/4, the Council …":
            # the body follows in the sentence; read it once the sentence's back-references are resolved
            end = sentence_end(starts, item.start, len(text))
            events.append((end, 2, item))
            events.sort(key=lambda x: (x[0], x[1]))
            continue
        if kind:
            add_resolution(st, found, starts, item, forward=kind == 2, text=text)
            continue
        ent = item
        rule = rules.get(language.fold(ent.text), rules.get(language.fold(ent.ent_id_)))
        if rule is None:
            continue
        if rule.get("when_lower") and ent.text.split(None, 1)[-1].islower():
            rule = {**rule, **rule["when_lower"]}  # "the office": a field office named before, not OHCHR
        after = text[ent.end_char:ent.end_char + 80]  # (…, Youth, Children and Family Affairs of X: a long name)
        if language.backrefs.get("capitalised") and not rule.get("any_case") \
                and not capitalised_as(rule["text"], ent.text):
            continue  # the committee's investigators: a body of no name, not the Committee named before
        if rule.get("boundary") and ent.start_char > 0 and text[ent.start_char - 1] not in before \
                and not text.endswith(before_words + tuple(rule.get("before_words", ())), 0, ent.start_char) \
                and not (rule.get("boundary_after") and re.match(rule["boundary_after"], after)):
            continue  # 选举委员会 is no 委员会, but 出席工作组第三十届会议 is the Working Group
        if rule.get("followed_by") and not re.match(rule["followed_by"], after):
            continue
        if rule.get("not_followed_by") and re.match(rule["not_followed_by"], after) and not (
                rule.get("unless_no_setting") and _no_setting(st, found, text, ent.end_char, after, rule)) \
                and not _named_after(found, ent.end_char, after, rule.get("unless_named_after")):
            continue  # (the Office in X stays the Office where the gazetteer has no office of its own in X)
        if rule.get("not_preceded_by") and re.search(rule["not_preceded_by"],
                                                     text[max(0, ent.start_char - 40):ent.start_char]):
            continue  # the Partner States of the Community: the States, not the Community
        if rule.get("unknown_named_before") and _unknown_named_before(st, text, ent.start_char, rule, found):
            continue  # The Commission for Prevention … of X (no gazetteer row) …; the Commission: that body, no other
        short = defined.get(language.fold(ent.text))
        if short and any(st.history.defined_before(a, unit, ent.start_char) for a in abbrevs
                         if language.fold(a) == language.fold(ent.text)):
            # (以下简称“办事处”), (hereinafter "the Office"): the name the report defined the word for
            found.append(Found(ent.start_char, ent.end_char, short, "abbreviation"))
            continue
        if rule.get("salient") or rule.get("unnamed_head") or rule.get("not_clause_subject"):
            # rules that count mentions or pass over some of them read every one
            earlier = [f for f in found if f.end <= ent.start_char  # 原名为 X: a former name stands for nothing
                       and not (former and ends_before(text, f.start, former))]
        else:  # the nearest fitting entity is the one whose latest mention is nearest
            earlier = named.latest(ent.start_char)
        joined = _joined_before(language)
        if joined is not None:
            # 人权高专办危地马拉办事处与该办事处一道: a body joined to the back-reference is not what it stands for
            mates = {f.key for f in found if f.end <= ent.start_char and joined.fullmatch(text, f.end, ent.start_char)
                     and kind_of(st, f.key) != "State"}  # (外交部、内政部: two organs of one State)
            if mates:
                earlier = [f for f in earlier if f.key not in mates]
        if rule.get("unnamed_head"):
            # 人权高专办为该机构提供了培训: the institution is not the one its own clause names as acting
            clause = _clause_start(text, ent.start_char, language.clause_ends)
            acting = {f.key for f in found if clause <= f.start < ent.start_char}  # (named earlier too: still not it)
            # (该小组委员会…派两名委员赴 X 市，就…向该机构提出了建议: nor the one that opens its sentence, its actor)
            opening = sentence_start(starts, ent.start_char)
            governed = tuple(language.backrefs.get("object_governors", ()))
            if opening < clause and governed and text[clause:ent.start_char].rstrip().endswith(governed):
                # (only where a preposition or verb governs it: not 2117 年该组织…, the subject of its own clause)
                comma = min((i for i in (text.find(c, opening, clause) for c in language.clause_ends) if i != -1),
                            default=clause)
                subject = next((f for f in found if opening <= f.start), None)
                if subject is not None and subject.start < comma and not text[opening:subject.start].strip():
                    acting.add(subject.key)
            earlier = [f for f in earlier if f.start < clause and f.key not in acting]
        if rule.get("not_clause_subject"):
            # 瑞典…，智利为该国法官提供了培训: 该国 is not the State that opens its own clause (the actor)
            clause = _clause_start(text, ent.start_char, language.clause_ends)
            while clause < ent.start_char and text[clause].isspace():
                clause += 1
            lead = next((w for w in rule.get("clause_leads", ()) if text.startswith(w, clause)), "")
            opening = {clause, clause + len(lead)}
            for f in sorted(earlier, key=_START):  # 澳大利亚和新西兰已承诺为该国…: every State of the opening list
                if f.start in opening:
                    rest = text[f.end:f.end + 3]
                    joint = next((j for j in rule.get("list_joints", ()) if rest.startswith(j)), None)
                    if joint is not None:
                        opening.add(f.end + len(joint))
            earlier = [f for f in earlier if f.start not in opening]
        if rule.get("not_funder"):
            # 在美利坚合众国的资助下，移民组织为该国官员举办了培训: 该国 is not the State that paid for the help
            earlier = [f for f in earlier if not re.match(rule["not_funder"], text[f.end:f.end + 12])]
        get = lambda k: st.entities.get(k) or st.gz.entities.get(k)  # noqa: E731
        if rule.get("title_state"):
            get = of_title_state(st, get)  # "the National Human Rights Commission" of a report on Mali is Mali's
        reach = int(language.backrefs.get("reach", 1))
        key = None
        span_end = ent.end_char
        subject_rule = rule if rule.get("sentence_subject") else \
            {**rule, "kinds": rule["subject_kinds"], "label_not": None, "last_resort": ()} if rule.get("subject_kinds") else None
        if subject_rule is not None:
            # 多哥国家人权委员会得到了…贝宁人权委员会的同行支持，后者派出专家，协助委员会…: the body a sentence of
            # the unit opens with (its subject), the latest such, over a body named inside a sentence since;
            # 'subject_kinds': first, a body of those classes that opens an earlier sentence of the unit (The Office of
            # the Ombudsman of Peru considered …; the Office trained …: that office, not OHCHR; not its own sentence's
            # subject: The Office of the Ombudsman of X received advice from the Office)
            opening: dict[int, Found] = {}
            for f in sorted(found, key=_START):
                if f.end <= ent.start_char:
                    opening.setdefault(sentence_start(starts, f.start), f)
            clause = _clause_start(text, ent.start_char, language.clause_ends)  # (X 接待了委员会的工作人员: not X,
            opening = {k: f for k, f in opening.items() if f.start < clause}  # the subject of its own clause)
            if subject_rule is not rule:
                own = sentence_start(starts, ent.start_char)
                opening = {k: f for k, f in opening.items() if k < own}
            key = resolve_backref(subject_rule, list(opening.values()), History(), get, st.lang, head_ends, 0)
        if rule.get("of_setting"):
            # "the country office in Colombia": the office of the State named right after it, one name;
            # "In Colombia, the country office …": the office in the State its own sentence names before it
            m = re.match(rule.get("of_after", r"(?!)"), after)
            inner = next((f for f in found if m and f.start == ent.end_char + m.end() and f.key.startswith("state/")),
                         None)
            seat = next((f for f in found if m and f.start == ent.end_char + m.end() and f.key in st.gz.seat_of),
                        None) if inner is None else None  # the country office in Conakry: the office in Guinea
            key = of_setting(st, [inner], [0], text, inner.end + 1, rule["of_setting"]) if inner else None
            if key:
                found.remove(inner)
                span_end = inner.end
            elif seat is not None:  # (the capital stays a mention of its own)
                key = of_setting(st, [Found(seat.start, seat.end, st.gz.seat_of[seat.key], "name")], [0], text,
                                 seat.end + 1, rule["of_setting"])
            if not key:
                key = of_setting(st, found, starts, text, ent.start_char, rule["of_setting"])
            if not key:  # Officials of Guinea followed courses. The courses were run by the country office: in Guinea
                key = of_setting(st, found, [0], text, ent.start_char, rule["of_setting"])
        if key is None and rule.get("own"):
            # 本基金 (this Fund): the one the report's title names, whatever other fund came before
            key = resolve_backref(rule, title_referents(st), History(), get, st.lang, head_ends, 0)
        if key is None and rule.get("title"):
            # "the Fund" of a report on that fund: a fitting entity its own unit named before it,
            # else the one the report's title names
            own = {k: v for k, v in rule.items() if k != "scope"}  # (its own unit only, whatever the rule's scope)
            key = resolve_backref(own, earlier, st.history, get, st.lang, head_ends, 0)
            titled = resolve_backref(rule, title_referents(st), History(), get, st.lang, head_ends, 0)
            if key is not None and titled is not None and key != titled and rule.get("title_over_co_actor") \
                    and re.search(rule["title_over_co_actor"], text[sentence_start(starts, ent.start_char):ent.start_char]):
                key = titled  # "Together with the Special Fund …, the Fund held …" in a report on another fund: its own
            key = key or (titled if titled not in rule.get("title_not", ()) else None)  # (OHCHR of a title: no office)
        if key is None and rule.get("frequent"):
            # "the Government" of a country report: a State its own unit named before it, else the
            # one the report has named most so far (not the donor named last)
            near = [f for f in earlier if _may_be_the_government(st, rule, found, text, f, ent.start_char,
                                                                  sentence_start(starts, ent.start_char))]
            if set(rule.get("kinds", ())) == {"State"}:  # 在埃塞俄比亚，芬兰支持教育部: the ministry of the State placed first
                key = fronted_state(st, found, text, ent.start_char) or _organ_owner(st, language, near, text, ent)
            key = key or resolve_backref(rule, near, st.history, get, st.lang, head_ends, 0)
            key = key or most_named(st, rule, get, head_ends)
        if key is None and rule.get("author_first") and st.author:
            # "the Special Rapporteur" of a special rapporteur's report, in a unit that named no other before it: the
            # author (the front page's), not a rapporteur a paragraph before named
            own = {k: v for k, v in rule.items() if k != "scope"}  # (its own unit only, whatever the rule's scope)
            key = resolve_backref(own, earlier, History(), get, st.lang, head_ends, 0)
            if st.author not in rule.get("title_not", ()):  # (办事处 of a report by the whole Office: no office of its)
                key = key or resolve_backref(rule, [Found(0, 0, st.author, "name")], History(), get, st.lang, head_ends, 0)
        if key is None and rule.get("report_body_first") and st.body:
            # "the Council" of a report to the Human Rights Council, in a unit that named no other council
            # before it: the body the report goes to, not a council a paragraph before named
            key = resolve_backref(rule, earlier, st.history, get, st.lang, head_ends, 0)
            key = key or resolve_backref(rule, [Found(0, 0, st.body, "name")], History(), get, st.lang, head_ends, 0)
        key = key or resolve_backref(rule, earlier, st.history, get, st.lang, head_ends, reach,
                                     language.backrefs.get("reach_in") == "paragraphs",
                                     sentence_from=sentence_start(starts, ent.start_char))
        if key is None and rule.get("fallback_kinds"):
            # "the Fund": a fund (the report's own, one named in reach), else one of the UN funds so named
            key = resolve_backref({**rule, "kinds": rule["fallback_kinds"]}, earlier, st.history, get, st.lang, head_ends,
                                  reach, language.backrefs.get("reach_in") == "paragraphs")
        if key is None and rule.get("of_title"):
            key = of_title(st, rule["of_title"])  # "the Board of Trustees" of a report on a fund: that fund's
        reads_nested = language.backrefs.get("nested") is True or language.backrefs.get("nested") and rule.get("nested")
        if key is None and reads_nested:
            # "the Board of Trustees of the Fund …", then "the Fund": the fund named inside
            # the Board's name is what the back-reference stands for, when nothing else fits
            # (with ``"nested": "by_rule"``, only for the rules that say ``"nested": true``: 该基金, not 方案)
            inner = [n for n in nested if n.end <= ent.start_char]
            units = st.history.nested
            key = resolve_backref(rule, inner, History(units=units, kinds=st.history.kinds[:len(units)]), get, st.lang,
                                  head_ends, reach)
        if key is None and rule.get("report_body") and st.body:
            # "the Council" far from any council named: the body the report goes to, if it fits
            key = resolve_backref(rule, [Found(0, 0, st.body, "name")], History(), get, st.lang, head_ends, 0)
        if key is None and rule.get("default") in st.gz.entities:
            key = rule["default"]  # "the High Commissioner" of a UN report, named before or not
        if key is None and rule.get("suffix") and language.backrefs.get("most_named_beyond_reach"):
            # "the Board" ten paragraphs after the Board was last named: the fitting body the
            # report has named most so far (back-references counted)
            key = most_named(st, rule, get, head_ends)
        body = state_body_before(st, found, text, ent.start_char, rule)
        if body is not None and (key is None or body[0] > max((f.start for f in earlier if f.key == key), default=-1)
                                 or _headless(get(key), rule.get("unnamed_head"), st.lang)):
            # (…独立选举权力机构…，请 Y 委员会…。Z 愿意资助该机构…: the body whose name ends with the head, not the nearer
            # one named otherwise)
            key = body[1]  # 人权高专办向墨西哥国家土著人民研究所提供了…。劳工组织向该研究所…: Mexico's institute, no name of its own
        if key and rule.get("unnamed_head") and not (body is not None and key == body[1]):
            # 塞舌尔请基金支持其国家人权机构…；基金为该机构提供了…: the institution the text names by its kind
            # after the fitting entity is what 该机构 stands for, and it has no name
            at = max((f.start for f in earlier if f.key == key), default=-1)
            head = rule["unnamed_head"]
            spans = [(f.start, f.end) for f in found if f.end <= ent.start_char]
            if any(not any(a <= i < b for a, b in spans) for i in
                   (m.start() for m in re.finditer(re.escape(head), text[:ent.start_char])) if i > at):
                key = None
        if key:
            found.append(Found(ent.start_char, span_end, key, "backref"))
    found.sort(key=lambda f: (f.start, f.end))
    add_plural(st, found, text)
    if language.backrefs.get("nested"):
        st.history.nested.append([(n.start, n.key) for n in nested])
    add_sessions(st, found, starts, text)
    add_persons(st, found, text)
    drop_others_posts(st, found, text)  # 国际新闻记者联合会秘书长: the federation's, not the UN's
    found.sort(key=lambda f: (f.start, f.end))
    speaker_bodies(st, found, text, starts)  # Ms. B said that her Commission …: the body B serves
    return found


class Recogniser:
    """spaCy component: the mentions of one text unit, with the report's context."""

    name = "tacb_recogniser"

    def __init__(self, config: Config):
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        ctx: ReportContext = doc._.tacb_report
        if ctx is None:
            raise ValueError("tacb_recogniser needs Doc._.tacb_report (run it through tacb_graph.nlp)")
        st: UnitState = ctx.slot(self.name, lambda: UnitState(self.config.gazetteer, self.config, ctx.entities,
                                                        title=report_title(ctx), body=report_body(ctx),
                                                        author=report_author(ctx)))
        if not ctx.about and st.title:
            ctx.about = tuple(dict.fromkeys(f.key for f in title_entities(st) if f.key))
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
        note_unknown_names(st, text, found)
        st.history.push(unit, found, st.entities)
        return doc


def finish(ctx: ReportContext) -> Recognised:
    """The report's entities and mentions, once every unit went through :class:`Recogniser`."""
    gz = ctx.config.gazetteer
    st: UnitState = ctx.slot(Recogniser.name, lambda: UnitState(gz, ctx.config, ctx.entities))
    links = []
    for url in ctx.segmented.links:
        sym = symbol_from_link(url)
        if sym:
            links.append(document_entity(st, sym))
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
                      abbreviations=tuple(dict.fromkeys(st.definitions)), about=ctx.about)


@Language.factory("tacb_recogniser", default_config={"lang": "zh", "gazetteer_dir": None})
def make_recogniser(nlp: Language, name: str, lang: str, gazetteer_dir: str | None) -> Recogniser:
    return Recogniser(load_config(lang, gazetteer_dir))


def recognise(seg: Segmented, gazetteer_dir: str | None = None, config: Config | None = None) -> Recognised:
    """Recognise the entities of a segmented report (runs :mod:`tacb_graph.nlp` up to the recogniser)."""
    from ..nlp import run

    return run(seg, config or load_config(detect_language(seg), gazetteer_dir), relations=False)


def _short_fits(st, key: str, rule: dict) -> bool:
    """Whether a back-reference word the report defined as the short name of ``key`` (``(hereinafter "the
    Office")``) may stand for it: the rule's ``suffix`` (the word's head) is in one of the entity's names
    (Guatemala right before the brackets of an office's longer, unknown name is no Office)."""
    e = st.entities.get(key) or st.gz.entities.get(key)
    head = rule.get("suffix") or rule["text"].split()[-1]
    if e is None:
        return False
    if any(head.lower() in (name or "").lower() for name in (e.label_zh, e.label_en)):
        return True
    return any(k == key and head.lower() in s.lower() for s, k in st.gz.surfaces.get(st.lang, {}).items())  # an alias


def _named_after(found, end: int, after: str, spec: dict | None) -> bool:
    """``trained by the Office on the Nelson Mandela Rules``: what follows the back-reference's words (``after``, a
    regular expression) is a name of its own, of a class that is no part of a body's name (``keys``, key prefixes: an
    instrument, a document) — the words are the back-reference, not the head of a longer name."""
    m = re.match(spec["after"], after) if spec else None
    return m is not None and any(f.start == end + m.end() and f.key.startswith(tuple(spec["keys"])) for f in found)


def _no_setting(st, found, text: str, end: int, after: str, rule: dict) -> bool:
    """``the Office in X``: a State right after the back-reference (``unless_no_setting`` ``after``, a regular
    expression) for which the gazetteer names no entity by the ``templates`` (``OHCHR Country Office in {}``): the
    phrase only says where the one referred back to works."""
    spec = rule["unless_no_setting"]
    m = re.match(spec["after"], after)
    inner = next((f for f in found if m and f.start == end + m.end() and f.key.startswith("state/")), None)
    return inner is not None and of_setting(st, [inner], [0], text, inner.end + 1, spec["templates"]) is None


def _organ_owner(st, language, near: list, text: str, ent) -> str | None:
    """``Armenia's Ministry of Justice asked …; the same Ministry …``: the State whose organ of the back-reference's
    head word (``organ_owner`` ``heads``) its unit named before it, owned (``after``: X's Ministry) or after ``of``
    (``before``: the Ministry of Justice of X) — the latest such, over a State named since."""
    spec = language.backrefs.get("organ_owner")
    if not spec:
        return None
    head = next((h for h in spec["heads"] if h in ent.text), None)
    if head is None:
        return None
    owned = [f for f in near if kind_of(st, f.key) == "State" and f.end <= ent.start_char
             and (re.match(spec["after"].replace("{head}", head), text[f.end:f.end + 60])
                  or re.search(spec["before"].replace("{head}", head), text[max(0, f.start - 80):f.start]))]
    return max(owned, key=lambda f: f.start).key if owned else None


def _may_be_the_government(st, rule: dict, found, text: str, f, at: int, s0: int) -> bool:
    """Whether the State mention ``f`` may be what a ``frequent`` back-reference at ``at`` (the Government) stands for:
    not the State opening the sentence that speaks to it (``not_speaker``: Malta … encouraged the Government to …),
    unless the words before the back-reference make it the speaker's own (``speaker_own``: X said that the
    Government …); not a State right after ``not_after`` words (funds made available by X: a donor) or right before a
    ``not_before`` pattern (X met its costs, X funded …: a donor too); not one of a list
    of States joined by ``not_listed`` words (judges of A and B)."""
    speaker = rule.get("not_speaker")
    if speaker and rule.get("speaker_own") and re.search(rule["speaker_own"], text[max(0, at - 40):at]):
        speaker = None
    if speaker and s0 <= f.start and re.fullmatch(speaker, text[s0:f.start]):
        return False
    if rule.get("not_after") and re.search(rule["not_after"], text[max(0, f.start - 40):f.start]):
        return False
    if rule.get("not_before") and re.match(rule["not_before"], text[f.end:f.end + 40]):
        return False  # Switzerland met its costs: a donor, by the verb after it
    listed = rule.get("not_listed")
    return not (listed and any(g.key != f.key and kind_of(st, g.key) == kind_of(st, f.key)
                               and (re.fullmatch(listed, text[f.end:g.start]) or re.fullmatch(listed, text[g.end:f.start]))
                               for g in found))
