"""Stage 2 — text to metadata, sections, paragraphs and footnotes, with source offsets.

Reports come as a clean extract, as PDF text (pdftotext, copy-paste) or as the
web or Word text of the UN's sites, in Chinese or English (other languages are
a data file in ``data/layout/``). The reader recognises which
(:func:`~.layout.detect_layout`), reads the front page as metadata
(:mod:`.front`, :mod:`.meta`), skips the table of contents and the page
furniture (:mod:`.layout`, :mod:`.furniture`) and cuts the body into sections,
lettered sub-sections, numbered paragraphs in every style and footnotes
(:mod:`.body`, :mod:`.footnotes`). What it skips on purpose it counts in
``Segmented.warnings``.

>>> from tacb_graph.records import Source
>>> src = Source("r.txt", "r", " 一. 导言\\n\\n1. 中国认为，\\n\\n合作”1 重要。\\n"
...              "__________\\n 1 脚注。\\nhttps://undocs.org/ch/A/1\\n", "0", "utf-8", 0)
>>> seg = segment(src)
>>> seg.paragraphs[0].text, seg.paragraphs[0].footnotes, seg.footnotes[0].text
('中国认为，合作”重要。', (1,), '脚注。')
>>> seg.meta.layout, seg.meta.language
('clean', 'zh')
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import InputError
from ..records import Footnote, GivenMeta, Paragraph, Section, Segmented, Source, Subsection
from .body import read_body
from .bodies import load_bodies
from .footnotes import find_marker, remove_marker
from .front import FrontMatter, first_symbol, read_front
from .furniture import find_furniture
from .layout import detect_layout, find_body
from .lexicon import Lexicon, load_lexicons
from .lines import split_lines
from .meta import build_meta
from .numbering import paragraph_start, section_heading
from .numbers import chinese_numeral
from .text import join_lines, tidy

__all__ = ["segment", "chinese_numeral", "join_lines", "detect_language"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str, lexicons: dict[str, Lexicon]) -> str:
    """The language whose script and common words fit ``text`` best.

    >>> detect_language("技术援助和能力建设", load_lexicons()), detect_language("The role of", load_lexicons())
    ('zh', 'en')
    """
    sample = text[:40000]
    han = len(_HAN.findall(sample))
    latin = len(_LATIN.findall(sample))
    script = "han" if han > 0.2 * max(1, latin) else "latin"
    candidates = [lex for lex in lexicons.values() if lex.script == script] or list(lexicons.values())
    if len(candidates) == 1:
        return candidates[0].language
    words = [w.casefold() for w in _WORD.findall(sample)]
    score = {lex.language: sum(words.count(c) for c in lex.words("common_words")) for lex in candidates}
    return max(candidates, key=lambda lex: (score[lex.language], lex.language == "en")).language


def _body_candidate(lines) -> int:
    for i, line in enumerate(lines):
        if paragraph_start(line.norm, 1) or section_heading(line.norm, 1):
            return i
    return len(lines)


_SKIP_WORDS = {
    "running header": ("running header", "running headers"),
    "page number": ("page number", "page numbers"),
    "job number": ("job number or bar code line", "job number or bar code lines"),
}


def _warnings(body, contents, contents_lines: int, fm: FrontMatter) -> tuple[str, ...]:
    out = []
    furniture = {k: v for k, v in body.skipped.items() if k in _SKIP_WORDS}
    if furniture:
        total = sum(furniture.values())
        parts = ", ".join(f"{n} {_SKIP_WORDS[k][n != 1]}" for k, n in sorted(furniture.items(), key=lambda kv: -kv[1]))
        out.append(f"skipped {total} line{'s' * (total != 1)} of page furniture ({parts})")
    if contents:
        n = contents_lines
        out.append(f"skipped the table of contents ({n} line{'s' * (n != 1)})")
    labels = {"table": "of tables", "annex": "of annexes numbered on their own",
              "heading": "of headings without a paragraph number", "unread": "between headings and paragraphs"}
    for key, label in labels.items():
        n = body.skipped.get(key, 0)
        if n:
            out.append(f"skipped {n} line{'s' * (n != 1)} {label}")
    if fm.unread:
        n = len(fm.unread)
        out.append(f"{n} line{'s' * (n != 1)} before the first paragraph were not recognised as front matter")
    return tuple(out)


def segment(source: Source, given: GivenMeta | None = None, *, layout_dir: str | None = None,
            gazetteer_dir: str | None = None) -> Segmented:
    """Cut a decoded report into metadata, sections, paragraphs and footnotes.

    ``given`` is metadata the user gave (it wins over the front page);
    ``layout_dir`` a folder of language files, ``gazetteer_dir`` a gazetteer
    folder whose ``organizations.csv`` names the bodies (default: the bundled ones).

    Raises :class:`~tacb_graph.errors.InputError` when no layout fits: no
    numbered paragraph in any of the styles read.
    """
    lexicons = load_lexicons(layout_dir)
    bodies = load_bodies(str(Path(gazetteer_dir) / "organizations.csv") if gazetteer_dir else None)
    lines = split_lines(source.text)
    lang = detect_language(source.text, lexicons)
    lex = lexicons.get(lang)
    first = _body_candidate(lines)
    symbol = (given.symbol if given else None) or first_symbol(lines[:first])
    furniture = find_furniture(lines, lexicons.values(), symbol)
    start, contents = find_body(lines, furniture.kinds, lexicons.values())
    layout = detect_layout(lines, furniture.kinds, start)
    front_end = contents[0] if contents else start
    fm = read_front(lines[:front_end], {i: k for i, k in furniture.kinds.items() if i < front_end},
                    lexicons, bodies, lang)
    han = bool(lex and lex.han)
    body = read_body(lines, start, furniture.kinds, lexicons.values(), han, layout)
    if not body.paragraphs:
        raise InputError(
            f"{source.path}: no numbered paragraphs found — no layout fits (expected a clean, PDF or web "
            "text with paragraphs numbered '1. …', '1.…', '１．…' or with the number alone on its line)"
        )
    contents_lines = sum(1 for l in lines[contents[0]:contents[1]] if l.norm) if contents else 0
    keep = tuple(w for x in lexicons.values() for w in x.words("hyphen_keep"))
    not_after = tuple(w for x in lexicons.values() for w in x.words("marker_not_after"))
    counters = tuple(w for x in lexicons.values() for w in x.words("counters"))
    note_numbers = [n.number for n in body.notes]
    expected = 0
    paragraphs: list[Paragraph] = []
    owner: dict[int, int] = {}
    for p in body.paragraphs:
        found: list[int] = []
        cleaned = []
        for t in p.lines:
            while expected < len(note_numbers):
                span = find_marker(t, note_numbers[expected], han, not_after, counters)
                if not span:
                    break
                t = remove_marker(t, span, han)
                found.append(note_numbers[expected])
                owner[note_numbers[expected]] = p.number
                expected += 1
            cleaned.append(t)
        paragraphs.append(Paragraph(p.number, p.section, tidy(join_lines(cleaned, keep)), p.start, p.end, tuple(found)))
    sections = []
    for i, s in enumerate(body.sections):
        end = body.sections[i + 1].start if i + 1 < len(body.sections) else len(source.text)
        sections.append(Section(s.number, s.numeral, s.title, s.start, end))
    subsections = tuple(Subsection(s.section, s.letter, s.title, s.start, s.end) for s in body.subsections)
    footnotes = tuple(
        Footnote(n.number, tidy(join_lines(n.lines, keep)), n.start, n.end, owner.get(n.number)) for n in body.notes
    )
    if body.star_notes and not fm.note:
        fm.note = " ".join(body.star_notes)
    meta = build_meta(fm, given, [p.text for p in paragraphs[:3]], lang, layout, furniture.job, bodies, lexicons)
    return Segmented(source, tuple(sections), tuple(paragraphs), footnotes, tuple(dict.fromkeys(furniture.links)),
                     meta, subsections, _warnings(body, contents, contents_lines, fm))
