"""The report's metadata: what its front page says, what the user gave (which wins),
the authoring body and the mandate it was submitted under.

>>> from tacb_graph.segment.lexicon import load_lexicons
>>> from tacb_graph.segment.bodies import load_bodies
>>> lex, bodies = load_lexicons(), load_bodies()
>>> [(m.symbol, m.body) for m in find_mandates(
...     "The present report is submitted pursuant to Human Rights Council resolutions 17/3 and 20/1.",
...     lex["en"], bodies, None)]
[('A/HRC/RES/17/3', 'org/hrc'), ('A/HRC/RES/20/1', 'org/hrc')]
>>> [(m.symbol, m.body) for m in find_mandates("本报告根据理事会第 18/18 号决议提交。", lex["zh"], bodies, "org/hrc")]
[('A/HRC/RES/18/18', 'org/hrc')]
>>> [m.symbol for m in find_mandates("本报告根据人权理事会关于技术合作的第 18/18 号决议提交。", lex["zh"], bodies, None)]
['A/HRC/RES/18/18']
>>> find_author("本报告是咨询委员会根据人权理事会第 37/23 号决议提交的", lex["zh"], bodies)
'org/hrc-advisory-committee'
"""

from __future__ import annotations

import re
from dataclasses import fields

from ..errors import InputError
from ..records import Entity, GivenMeta, Mandate, ReportMeta
from .bodies import BodyTable
from .front import FrontMatter
from .lexicon import Lexicon
from .lines import squeeze

__all__ = ["build_meta", "find_mandates", "find_author"]

_SENTENCES = re.compile(r"(?<=[。；;!?！？])|(?<=\.)\s+(?=[A-Z“\"])")


def _fold(s: str) -> str:
    return re.sub(r"\s+", " ", s).casefold()


def _body_template(text: str, template: str, bodies: BodyTable) -> str | None:
    prefix, _, suffix = template.partition("{body}")
    low = text.casefold()
    if prefix:
        p = prefix.casefold()
        pos = low.find(p)
        while pos >= 0:
            found = bodies.find_at(text, pos + len(p))
            if found and low[found[1]:].lstrip().startswith(suffix.strip().casefold()):
                return found[0]
            pos = low.find(p, pos + 1)
        return None
    s = suffix.casefold()
    pos = low.find(s)
    while pos > 0:
        found = bodies.find_ending(text, pos)
        if found:
            return found[0]
        pos = low.find(s, pos + 1)
    return None


def find_author(text: str, lex: Lexicon, bodies: BodyTable) -> str | None:
    """The body a title or sentence names as the report's author (``Report of the …``)."""
    text = squeeze(text)
    for template in lex.words("author"):
        key = _body_template(text, template, bodies)
        if key:
            return key
    return None


def _body_before(sentence: str, pos: int, lex: Lexicon, bodies: BodyTable, default: str | None) -> str | None:
    before = sentence[:pos].rstrip()
    for template in lex.words("body_before_resolution"):
        between = template.split("{body}", 1)[1].split("{res}", 1)[0].strip()
        if between and not _fold(before).endswith(_fold(between)):
            continue
        end = len(before) - len(between) if between else len(before)
        found = bodies.find_ending(before, len(before[:end].rstrip()))
        if found:
            return found[0]
    return default


def _last_body(text: str, start: int, end: int, bodies: BodyTable, kind: str) -> str | None:
    last = None
    pos = start
    while pos < end:
        found = bodies.find_at(text, pos) if (pos == 0 or not text[pos - 1].isalnum() or not text[pos].isascii()) else None
        if found and found[1] <= end and bodies.prefix(found[0], kind):
            last = found[0]
            pos = found[1]
        else:
            pos += 1
    return last


def find_mandates(text: str, lex: Lexicon, bodies: BodyTable, default_body: str | None) -> list[Mandate]:
    """The resolutions a sentence says the report is submitted under.

    The sentence must hold a mandate cue ("pursuant to", "根据") and a verb of
    submission ("submitted", "提交"); the resolutions cited after the cue are
    the mandate, each of the body named before it (else ``default_body``).
    """
    cues = [c.casefold() for c in lex.words("mandate_cues")]
    verbs = [v.casefold() for v in lex.words("mandate_verbs")]
    for sentence in _SENTENCES.split(squeeze(text)):
        low = sentence.casefold()
        at = [low.find(c) for c in cues if c in low]
        if not at or not any(v in low for v in verbs):
            continue
        cue = min(at)
        out = []
        for kind, m in lex.resolutions(sentence):
            if m.start() < cue:
                continue
            # the body named just before the citation, else the last one named since the cue
            body = _body_before(sentence, m.start(), lex, bodies, None) \
                or _last_body(sentence, cue, m.start(), bodies, kind) or default_body
            prefix = bodies.prefix(body, kind) if body else None
            if not prefix:
                continue
            for num in lex.numbers_in(m.group("num")):
                out.append(Mandate(prefix + num, kind, num, body))
        if out:
            return list(dict.fromkeys(out))
    return []


def _resolution_entity(m: Mandate, bodies: BodyTable) -> Entity:
    b = bodies.bodies.get(m.body) if m.body else None
    if b:
        sep = " " if m.number[-1].isdigit() else ""
        zh = f"{b.zh}第 {m.number}{sep}号{'决定' if m.kind == 'decision' else '决议'}"
        en = f"{b.en} {m.kind} {m.number}"
    else:
        zh = en = m.symbol
    return Entity(f"resolution/{m.symbol}", "Resolution", zh, en, symbol=m.symbol)


_GIVEN_TO_META = {
    "symbol": "symbol", "title_zh": "title_zh", "title_en": "title_en", "date": "date", "session": "session",
    "agenda_item": "agenda_item", "agenda_title": "agenda_title", "language": "language",
    "original_language": "original_language", "job_number": "job_number",
}


def build_meta(fm: FrontMatter, given: GivenMeta | None, first_paragraphs: list[str], lang: str, layout: str,
               job: str | None, bodies: BodyTable, lexicons: dict[str, Lexicon]) -> ReportMeta:
    """Merge the front matter, the given metadata (which wins) and what the text says of its mandate."""
    g = given or GivenMeta()
    lex = lexicons.get(lang) or next(iter(lexicons.values()))
    language = g.language or fm.language or lang
    symbol = g.symbol or fm.symbol
    body, session = fm.body, fm.session
    if g.session is not None:
        session = g.session
        if g.session_body:
            key = f"org/{g.session_body}"
            if key not in bodies.bodies:
                raise InputError(f"{g.origin or 'metadata'}: unknown body {g.session_body!r} in the session "
                                 "(expected an id from organizations.csv, e.g. hrc/26)")
            body = key
    from_symbol = bodies.session_from_symbol(symbol) if symbol else None
    if body is None and symbol:
        body = bodies.for_symbol(symbol)
    if session is None and from_symbol and (body is None or body == from_symbol[0]):
        body, session = from_symbol
    titles = {"zh": fm.title if language == "zh" else None, "en": fm.title if language == "en" else None}
    titles["zh"] = g.title_zh or titles["zh"]
    titles["en"] = g.title_en or titles["en"]
    if g.title:  # given without a language (--title): the title in the report's language, winning
        titles[language if language in titles else "en"] = g.title
    author = None
    for text in [fm.title or "", fm.subtitle or "", fm.transmittal or "", fm.summary or "", fm.note or ""] \
            + first_paragraphs[:1]:
        author = author or (find_author(text, lex, bodies) if text else None)
    mandates: list[Mandate] = []
    for text in [fm.note or "", fm.transmittal or "", fm.summary or ""] + first_paragraphs[:3]:
        if text and not mandates:
            mandates = find_mandates(text, lex, bodies, body)
    entities: dict[str, Entity] = {}
    for key in [body, author] + [m.body for m in mandates]:
        for e in bodies.with_parents(key) if key else []:
            entities.setdefault(e.key, e)
    for m in mandates:
        e = _resolution_entity(m, bodies)
        entities.setdefault(e.key, e)
    labels = {}
    if session is not None and body in bodies.bodies:
        b = bodies.bodies[body]
        for code, name in (("zh", b.zh), ("en", b.en)):
            if code in lexicons:
                labels[code] = lexicons[code].session_label(name, session)
    given_names = tuple(_GIVEN_TO_META[f.name] for f in fields(g)
                        if f.name in _GIVEN_TO_META and getattr(g, f.name) is not None)
    if g.title:
        given_names += (f"title_{language if language in ('zh', 'en') else 'en'}",)
    return ReportMeta(
        symbol=symbol,
        body=body,
        author=author,
        session=session,
        session_dates=fm.session_dates,
        session_label_zh=labels.get("zh"),
        session_label_en=labels.get("en"),
        agenda_item=g.agenda_item or fm.agenda_item,
        agenda_title=g.agenda_title or fm.agenda_title,
        date=g.date or fm.date,
        distribution=fm.distribution,
        language=language,
        original_language=g.original_language or fm.original_language,
        title_zh=titles["zh"],
        title_en=titles["en"],
        note=fm.note,
        summary=fm.summary,
        job_number=g.job_number or fm.job_number or job,
        layout=layout,
        mandates=tuple(mandates),
        entities=tuple(entities.values()),
        given=tuple(dict.fromkeys(given_names)),
    )
