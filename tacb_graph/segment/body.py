"""The body of a report: sections, lettered sub-sections, numbered paragraphs,
footnotes, and what is skipped on purpose (furniture, tables, annexes whose
paragraphs are numbered on their own, headings without a number).

A line-by-line state machine over :class:`~.lines.Line` records. Numbers are
only structure when they come in sequence: paragraph ``n + 1`` after ``n``,
section ``k + 1`` after ``k``, sub-section ``B`` after ``A``, footnote
``m + 1`` after ``m``; any other number stays in the text.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from dataclasses import dataclass, field
from typing import Iterable

from .footnotes import find_marker
from .lexicon import Lexicon
from .lines import Line, ends_sentence, is_cjk
from .numbering import LETTERS, SUBITEM, paragraph_start, section_heading, subsection, zh_item
from .text import join_lines

__all__ = ["read_body", "Body", "RawParagraph", "RawNote", "RawSection"]

_SEPARATOR = re.compile(r"^(?:_{5,}|[\u2014\u2015\u2500\u2501]{5,})$")
_FOOTNOTE = (r"^(?:\[(\d{{1,3}})\]\s*|(\d{{1,3}})(?:\s*\.)?[ \t\u00a0]+"
             r"|(\d{{1,3}})(?=[A-Z“\"《(（\u4e00-\u9fff]){not_before})(\S.*)$")
_FOOTNOTE_BARE = re.compile(r"^(\d{1,3})(?:\s+(\S.*))?$")
_SUPERSCRIPT = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_PLAIN_MARKERS = re.compile(r"\[(\d{1,4})\]|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
_NUMBER_ALONE = re.compile(r"^\[?(\d{1,3})\]?$")
_SUBSUB = re.compile(r"^(\d{1,3})\s*\.\s*\S")
_CLAUSE_END = "。；;，,"
_HEAD_START = frozenset("一二三四五六七八九十IVXL")  # what a section heading or 一、 item starts with
_MARKER_AT_END = re.compile(r"(?<=[.。;；:：!?！？”’\"')）])(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\[\d{1,3}\])$")


@dataclass
class RawSection:
    number: int
    numeral: str
    title: str
    start: int
    end: int


@dataclass
class RawSub:
    section: int | None
    letter: str
    title: str
    start: int
    end: int


@dataclass
class RawParagraph:
    number: int
    start: int
    end: int
    lines: list[str]
    section: int | None
    items: int = 0  # the last Chinese-numeral list item (一、二、…) seen inside


@dataclass
class RawNote:
    number: int
    start: int
    end: int
    lines: list[str]


@dataclass
class Body:
    sections: list[RawSection] = field(default_factory=list)
    subsections: list[RawSub] = field(default_factory=list)
    paragraphs: list[RawParagraph] = field(default_factory=list)
    notes: list[RawNote] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
    star_notes: list[str] = field(default_factory=list)  # "* Late submission." met among the footnotes


class _Reader:
    def __init__(self, lines: list[Line], furniture: dict[int, str], lexicons: list[Lexicon], han: bool, layout: str):
        self.lines = lines
        self.furniture = furniture
        self.han = han
        self.layout = layout
        self.keep_hyphen = tuple(w for lex in lexicons for w in lex.words("hyphen_keep"))
        annex = [w for lex in lexicons for w in lex.words("annex")]
        table = [w for lex in lexicons for w in lex.words("table")]
        self.annex = re.compile(rf"^(?:{_alt(annex)})(?:\s*(?:[IVXL]{{1,5}}|\d{{1,2}}|[一二三四五六七八九十]{{1,3}}))?\s*\**$")
        self.caption = re.compile(rf"^(?:{_alt(table)})\s*(?:\d{{1,2}}|[IVX]{{1,4}})(?:\s*[.:：]\s*|\s+|$)")
        self.not_after = tuple(w for lex in lexicons for w in lex.words("marker_not_after"))
        self.counters = tuple(w for lex in lexicons for w in lex.words("counters"))
        # a footnote opens with its number: "1 See", "[1] See", "1. See", or glued "1See" (not "5月")
        self.footnote = re.compile(_FOOTNOTE.format(
            not_before=rf"(?!{'|'.join(map(re.escape, self.counters))})" if self.counters else ""))
        self.b = Body()
        self.mode = "front"
        self.star = False  # the footnote lines now continue a starred note
        self.letters: dict[int, int] = {}  # section number -> lettered sub-sections seen
        self.prev_closed = False  # the last content line read into the body ended a sentence
        self.closed = False  # the line being read ends a sentence
        self.boundary = True  # the previous content line closed a block (sentence end, heading, page break)
        self.recent: deque[str] = deque(maxlen=16)  # text since the last footnote, for markers
        self.marked: set[int] = set()  # footnote numbers marked [n] or in superscript in the text

    # helpers ------------------------------------------------------------------
    def next_content(self, i: int, n: int = 1) -> list[int]:
        out = []
        j = i + 1
        while j < len(self.lines) and len(out) < n:
            if self.lines[j].norm and j not in self.furniture:
                out.append(j)
            j += 1
        return out

    def next_para(self) -> int:
        return self.b.paragraphs[-1].number + 1 if self.b.paragraphs else 1

    def next_letter(self) -> str | None:
        used = self.letters.get(len(self.b.sections), 0)
        return LETTERS[used] if used < len(LETTERS) else None

    def opens_block(self, t: str) -> bool:
        """Whether ``t`` opens the next paragraph, section or sub-section."""
        if paragraph_start(t, self.next_para()) or section_heading(t, len(self.b.sections) + 1):
            return True
        letter = self.next_letter()
        return bool(letter and subsection(t, letter))

    def is_short(self, t: str) -> bool:
        return len(t) <= (40 if is_cjk(t[0]) else 75)

    def skipped_heading(self, i: int, t: str) -> bool:
        """A heading without a number (or with a sub-heading number) between two paragraphs."""
        if not self.is_short(t) or t[-1] in "-/,，、" or not self.b.paragraphs:
            return False
        if not self.prev_closed or ends_sentence(t) or SUBITEM.match(t):
            return False
        m = _SUBSUB.match(t)
        if t[0].isdigit() and not (m and int(m.group(1)) < self.next_para() - 1):
            return False
        nxt = self.next_content(i)
        return bool(nxt) and self.opens_block(self.lines[nxt[0]].norm)

    def heads_paragraph(self, i: int) -> bool:
        """Whether the next paragraph opens within the three lines after ``i``, the
        lines between (a heading's wrapped title) ending no sentence."""
        for j in self.next_content(i, 3):
            t = self.lines[j].norm
            if paragraph_start(t, self.next_para()):
                return True
            if ends_sentence(t):
                return False
        return False

    def is_table(self, i: int, t: str) -> bool:
        """A table caption (``表1``, ``Table 1``) opening a block, with cell-like rows below."""
        if not (self.boundary and len(t) <= 100 and self.caption.match(t) and not ends_sentence(t)):
            return False
        rows = [self.lines[j].norm for j in self.next_content(i, 4)]
        return sum(1 for r in rows if (len(r) <= 30 or "    " in r) and not ends_sentence(r)
                   and not self.opens_block(r)) >= 2

    def note(self, text: str) -> None:
        """Remember ``text`` for the markers in it (recent lines; unambiguous markers for good)."""
        self.recent.append(text)
        if "[" in text or _SUPERSCRIPT.search(text):
            for m in _PLAIN_MARKERS.finditer(text):
                self.marked.add(int((m.group(1) or m.group(2)).translate(_SUPER_DIGITS)))

    def endnote(self, t: str) -> bool:
        """``[n] text`` or ``n text`` opening note ``n`` whose ``[n]`` or superscript marker
        the text carried: notes gathered at the end of a web or Word text, without a rule."""
        m = self.footnote.match(t)
        expected = self.b.notes[-1].number + 1 if self.b.notes else 1
        return bool(m) and int(next(g for g in m.groups()[:3] if g)) == expected and expected in self.marked

    def footnote_without_rule(self, i: int, t: str) -> bool:
        """In PDF text the rule above footnotes is often lost: a line ``n text`` at the
        foot of a page opens footnote ``n`` when marker ``n`` was seen above it."""
        m = _FOOTNOTE_BARE.match(t)
        expected = self.b.notes[-1].number + 1 if self.b.notes else 1
        if not m or int(m.group(1)) != expected or not self.recent:
            return False
        if not any(find_marker(r, expected, self.han, self.not_after, self.counters) for r in self.recent):
            return False
        j = i + 1
        while j < len(self.lines) and j < i + 40:
            line = self.lines[j]
            if line.brk or self.furniture.get(j, "link") != "link":
                return True
            if line.norm and self.opens_block(line.norm):
                return False
            j += 1
        return j >= len(self.lines)

    # the machine -----------------------------------------------------------------
    def read(self, start: int) -> Body:
        b = self.b
        for i in range(start, len(self.lines)):
            line = self.lines[i]
            t = line.norm
            if not t:
                continue
            kind = self.furniture.get(i)
            if kind:
                if kind != "link":
                    b.skipped[kind] += 1
                    self.boundary = True
                if self.mode == "footnote":
                    self.mode = "paragraph" if b.paragraphs else "front"
                continue
            if line.brk and self.mode == "footnote":
                self.mode = "paragraph" if b.paragraphs else "front"
            if _SEPARATOR.match(t):
                self.mode, self.star = "footnote", False
                continue
            if t.count("|") >= 2 or t.count("\t") >= 2:
                b.skipped["table"] += 1
                continue
            self.closed = _closed(t)
            self.line(i, line, t)
            self.prev_closed = self.closed
        return b

    def line(self, i: int, line: Line, t: str) -> None:
        b = self.b
        next_para = self.next_para()
        c = t[0]
        head = section_heading(t, len(b.sections) + 1) if c in _HEAD_START else None
        if head and ((head[1] and head[1][-1] in _CLAUSE_END) or (
                self.mode == "paragraph" and b.paragraphs and b.paragraphs[-1].items >= 1
                and b.paragraphs[-1].items == len(b.sections))):
            head = None  # a list item (一、…；), not a section
        pnum = paragraph_start(t, next_para) if c.isdigit() else None
        if self.mode == "footnote" and b.paragraphs and self.annex.match(t):
            self.mode = "annex"
            b.skipped["annex"] += 1
            return
        if self.mode == "footnote" and not (head or pnum or SUBITEM.match(t)):
            self.footnote_line(line, t)
            return
        if self.mode == "annex" and not pnum:
            b.skipped["annex"] += 1
            return
        if self.mode == "table" and not (head or pnum):
            b.skipped["table"] += 1
            return
        if head:
            numeral, title = head
            b.sections.append(RawSection(len(b.sections) + 1, numeral, _raw(line, title), line.start, line.end))
            self.mode, self.boundary = "heading", True
            return
        if self.boundary and b.paragraphs and self.annex.match(t):
            self.mode = "annex"
            b.skipped["annex"] += 1
            return
        letter = self.next_letter() if "A" <= c <= "Z" else None
        sub = subsection(t, letter) if letter and (self.boundary or self.mode == "heading") else None
        if sub and not pnum and self.heads_paragraph(i):
            self.letters[len(b.sections)] = self.letters.get(len(b.sections), 0) + 1
            b.subsections.append(RawSub(len(b.sections) or None, sub[0], _raw(line, sub[1]), line.start, line.end))
            self.mode, self.boundary = "subheading", True
            return
        if pnum:
            n, rest = pnum
            rest = _raw(line, rest)
            b.paragraphs.append(RawParagraph(n, line.start, line.end, [rest] if rest else [], len(b.sections) or None))
            self.mode = "paragraph"
            self.note(rest)
            self.boundary = self.closed
            return
        if self.is_table(i, t):
            self.mode = "table"
            b.skipped["table"] += 1
            return
        if self.mode == "paragraph" and self.skipped_heading(i, t):
            b.skipped["heading"] += 1
            self.boundary = True
            return
        if self.mode == "paragraph" and self.marked and (c.isdigit() or c == "[") and self.endnote(t):
            self.mode = "footnote"
            self.footnote_line(line, t)
            return
        if self.mode == "paragraph" and self.layout == "pdf" and self.footnote_without_rule(i, t):
            self.mode = "footnote"
            self.footnote_line(line, t)
            return
        if self.mode == "heading" and b.sections:
            s = b.sections[-1]
            s.title, s.end = join_lines([s.title, line.text], self.keep_hyphen), line.end
            return
        if self.mode == "subheading" and b.subsections:
            s = b.subsections[-1]
            s.title, s.end = join_lines([s.title, line.text], self.keep_hyphen), line.end
            return
        if self.mode in ("paragraph", "footnote") and b.paragraphs:
            p = b.paragraphs[-1]
            p.end = line.end
            p.lines.append(line.text)
            v = zh_item(t) if c in _HEAD_START else None
            if v is not None and v == p.items + 1:
                p.items = v
            self.mode = "paragraph"
            self.note(line.text)
            self.boundary = self.closed
            return
        b.skipped["unread"] += 1

    def footnote_line(self, line: Line, t: str) -> None:
        notes = self.b.notes
        expected = notes[-1].number + 1 if notes else 1
        star = re.match(r"^[*＊]+\s*(\S.*)$", t)
        if star:
            self.b.star_notes.append(line.text[len(line.text) - len(star.group(1)):])
            self.star = True
            return
        m = self.footnote.match(t)
        number = int(next(g for g in m.groups()[:3] if g)) if m else None
        alone = _NUMBER_ALONE.match(t)
        if alone and int(alone.group(1)) == expected:  # the number on its line, the text below
            self.star = False
            notes.append(RawNote(expected, line.start, line.end, []))
            self.recent.clear()
        elif m and number == expected:
            self.star = False
            text = line.text[len(line.text) - len(m.group(4)):]
            notes.append(RawNote(expected, line.start, line.end, [text]))
            self.recent.clear()
        elif self.star and self.b.star_notes:
            self.b.star_notes[-1] += ("" if is_cjk(t[0]) else " ") + line.text
        elif notes:
            notes[-1].end = line.end
            notes[-1].lines.append(line.text)


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"


def _closed(text: str) -> bool:
    """Whether ``text`` ends a sentence, a footnote marker after the full stop aside."""
    if ends_sentence(text):
        return True
    m = _MARKER_AT_END.search(text[-8:])
    return bool(m) and ends_sentence(text[: len(text) - len(m.group(0))])


def _raw(line: Line, part: str) -> str:
    """The text as written of ``part``, a suffix of ``line.norm``."""
    return line.text[len(line.text) - len(part):] if part else ""


def read_body(lines: list[Line], start: int, furniture: dict[int, str], lexicons: Iterable[Lexicon],
              han: bool, layout: str) -> Body:
    """Read the body from line ``start`` on (see the module docstring)."""
    return _Reader(lines, furniture, list(lexicons), han, layout).read(start)
