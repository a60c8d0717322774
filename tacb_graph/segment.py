"""Stage 2 — text to sections, paragraphs and footnotes, with source offsets.

The input is text extracted from a UN PDF: numbered paragraphs (``12. ``),
section headings numbered in Chinese (``一. 导言``) or Roman numerals
(``I. Introduction``), sentences broken across lines, blank lines everywhere,
page-footer links (``https://undocs.org/ch/...``), footnote separators
(``____``) followed by footnote texts, and footnote markers glued to words.

>>> from tacb_graph.records import Source
>>> src = Source("r.txt", "r", " 一. 导言\\n\\n1. 中国认为，\\n\\n合作”1 重要。\\n"
...              "__________\\n 1 脚注。\\nhttps://undocs.org/ch/A/1\\n", "0", "utf-8", 0)
>>> seg = segment(src)
>>> seg.paragraphs[0].text, seg.paragraphs[0].footnotes, seg.footnotes[0].text
('中国认为，合作”重要。', (1,), '脚注。')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import InputError
from .records import Footnote, Paragraph, Section, Segmented, Source

__all__ = ["segment", "chinese_numeral", "join_lines"]

_ZH_DIGITS = {"零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}

_URL = re.compile(r"^(https?://\S+)$")
_SEPARATOR = re.compile(r"^_{5,}$")
_HEADING_ZH = re.compile(r"^([一二三四五六七八九十]{1,3})\s*[.．、]\s*(\S.*)$")
_HEADING_ROMAN = re.compile(r"^([IVXL]{1,6})\.\s+(\S.*)$")
_PARAGRAPH = re.compile(r"^(\d{1,4})\s*[.．]\s+(\S.*)$|^(\d{1,4})\s*[.．]$")
_FOOTNOTE = re.compile(r"^(\d{1,3})\s+(\S.*)$")
_SUBITEM = re.compile(r"^\(([a-z]{1,2}|[ivx]{1,4})\)\s")
_PAGE_FURNITURE = re.compile(r"^(GE\.\d{2}-\d{4,}.*|\d{1,3}/\d{1,3}|-\s*\d{1,3}\s*-)$")

_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201f\u2014\u2026]")
# A footnote marker: a small number glued to a CJK character or closing
# punctuation, followed by white space or the end of the line, and not a count
# or a date ("5 月", "3 个").
_MARKER = r"(?<=[\u4e00-\u9fff”’》」』。，；：、）)\]])({n})(?=\s|$)(?!\s*[年月日个项名份次%万亿])"


def chinese_numeral(s: str) -> int:
    """Value of a Chinese numeral up to 99.

    >>> [chinese_numeral(x) for x in ("一", "十", "十三", "二十一")]
    [1, 10, 13, 21]
    """
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_ZH_DIGITS[tens] if tens else 1) * 10 + (_ZH_DIGITS[units] if units else 0)
    return _ZH_DIGITS[s]


def _roman(s: str) -> int:
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def join_lines(lines: list[str]) -> str:
    """Join PDF lines: no space between CJK text, one space between Latin words.

    >>> join_lines(["人权理事会第", "37/23 号决议", "(a) 项目"])
    '人权理事会第37/23 号决议\\n(a) 项目'
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
        elif _SUBITEM.match(line):
            out += "\n" + line
        elif _CJK.match(out[-1]) or _CJK.match(line[0]):
            out += line
        elif out.endswith("-") and out[-2:-1].isalpha() and line[0].islower():
            out = out[:-1] + line
        else:
            out += " " + line
    return out


@dataclass
class _Line:
    text: str  # stripped
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character


def _lines(text: str) -> list[_Line]:
    lines = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\n")
        stripped = body.strip()
        lead = len(body) - len(body.lstrip())
        lines.append(_Line(stripped, pos + lead, pos + lead + len(stripped)))
        pos += len(raw)
    return lines


def _heading(line: str, expected: int) -> tuple[str, str] | None:
    m = _HEADING_ZH.match(line)
    if m and chinese_numeral(m.group(1)) == expected:
        return m.group(1), m.group(2).strip()
    m = _HEADING_ROMAN.match(line)
    if m and _roman(m.group(1)) == expected:
        return m.group(1), m.group(2).strip()
    return None


def _paragraph_number(line: str, expected: int) -> tuple[int, str] | None:
    m = _PARAGRAPH.match(line)
    if not m:
        return None
    n = int(m.group(1) or m.group(3))
    if n != expected:
        return None
    return n, (m.group(2) or "")


def segment(source: Source) -> Segmented:
    """Cut a decoded report into sections, paragraphs and footnotes.

    Raises :class:`~tacb_graph.errors.InputError` when no numbered paragraph is found.
    """
    lines = _lines(source.text)
    links: list[str] = []
    sections: list[Section] = []
    # paragraph number -> (start, end, [line texts], section)
    paras: list[list] = []
    notes: list[list] = []  # [number, start, end, [texts]]
    mode = "front"  # front | heading | paragraph | footnote
    for line in lines:
        t = line.text
        if not t:
            continue
        url = _URL.match(t)
        if url:
            links.append(url.group(1))
            if mode == "footnote":
                mode = "paragraph" if paras else "front"
            continue
        if _SEPARATOR.match(t):
            mode = "footnote"
            continue
        if _PAGE_FURNITURE.match(t):
            continue
        next_para = (paras[-1][0] + 1) if paras else 1
        head = _heading(t, len(sections) + 1)
        pnum = _paragraph_number(t, next_para)
        if mode == "footnote" and not (head or pnum or _SUBITEM.match(t)):
            m = _FOOTNOTE.match(t)
            expected_note = (notes[-1][0] + 1) if notes else 1
            if m and int(m.group(1)) == expected_note:
                notes.append([expected_note, line.start, line.end, [m.group(2)]])
            elif notes:
                notes[-1][2] = line.end
                notes[-1][3].append(t)
            continue
        if head:
            numeral, title = head
            sections.append(Section(len(sections) + 1, numeral, title, line.start, line.end))
            mode = "heading"
            continue
        if pnum:
            n, rest = pnum
            paras.append([n, line.start, line.end, [rest] if rest else [], len(sections) or None])
            mode = "paragraph"
            continue
        if mode == "heading" and sections:
            s = sections[-1]
            sections[-1] = Section(s.number, s.numeral, join_lines([s.title, t]), s.start, line.end)
            continue
        if mode in ("paragraph", "footnote") and paras:
            paras[-1][2] = line.end
            paras[-1][3].append(t)
            mode = "paragraph"
        # text before the first paragraph (cover page, summary) is not a paragraph
    if not paras:
        raise InputError(f"{source.path}: no numbered paragraphs found (expected lines like '1. ...')")

    note_numbers = [n[0] for n in notes]
    expected = 0
    paragraphs: list[Paragraph] = []
    owner: dict[int, int] = {}
    for n, start, end, texts, sec in paras:
        found: list[int] = []
        cleaned = []
        for t in texts:
            while expected < len(note_numbers):
                pattern = re.compile(_MARKER.format(n=note_numbers[expected]))
                m = pattern.search(t)
                if not m:
                    break
                rest = t[m.end():]
                t = t[: m.start()] + (rest[1:] if rest[:1].isspace() else rest)
                found.append(note_numbers[expected])
                owner[note_numbers[expected]] = n
                expected += 1
            cleaned.append(t)
        paragraphs.append(Paragraph(n, sec, _tidy(join_lines(cleaned)), start, end, tuple(found)))
    # close section ends at the next section's start
    closed = []
    for i, s in enumerate(sections):
        end = sections[i + 1].start if i + 1 < len(sections) else len(source.text)
        closed.append(Section(s.number, s.numeral, s.title, s.start, end))
    footnotes = tuple(
        Footnote(n, _tidy(join_lines(texts)), start, end, owner.get(n)) for n, start, end, texts in notes
    )
    return Segmented(source, tuple(closed), tuple(paragraphs), footnotes, tuple(dict.fromkeys(links)))


def _tidy(text: str) -> str:
    # collapse runs of spaces the PDF left inside lines ("100.  在") but keep newlines
    return re.sub(r"[ \t\u3000]{2,}", " ", text).strip()
