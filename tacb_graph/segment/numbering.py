"""How paragraphs, headings and list items are numbered, in every style met.

All functions take a line's ``norm`` text (full-width folded, see
:mod:`.lines`) and the number expected next, so an out-of-sequence number is
text, not structure.

>>> paragraph_start("1.本报告", 1), paragraph_start("１．本报告".translate({0xFF11: 0x31, 0xFF0E: 0x2E}), 1)
((1, '本报告'), (1, '本报告'))
>>> paragraph_start("1.\\tThe report", 1), paragraph_start("1.", 1), paragraph_start("2.5 million", 2)
((1, 'The report'), (1, ''), None)
>>> paragraph_start("10000. Text", 10000)
(10000, 'Text')
>>> section_heading("一. 导言", 1), section_heading("II.", 2), section_heading("II. Mandate", 3)
(('一', '导言'), ('II', ''), None)
>>> subsection("A. 背景", "A"), subsection("B.", "B"), subsection("A. Smith said that the State had acted.", "A")
(('A', '背景'), ('B', ''), None)
>>> bool(SUBITEM.match("(a) 项目")), bool(SUBITEM.match("㈠ 项目")), bool(SUBITEM.match("(ii)\\tTraining"))
(True, True, True)
"""

from __future__ import annotations

import re

from .lines import ends_sentence, is_cjk
from .numbers import chinese_numeral, roman

__all__ = ["paragraph_start", "section_heading", "subsection", "zh_item", "SUBITEM", "LETTERS"]

_ZH = "一二三四五六七八九十"
_PARA = re.compile(r"^(\d{1,6})\s*\.(?:\s*$|[ \t\u00a0]+(\S.*)$|(?=[^\d\s.,])(\S.*)$)")
_HEAD_ZH = re.compile(rf"^([{_ZH}]{{1,3}})\s*[.、](?:\s*$|\s*(\S.*)$)")
_HEAD_ROMAN = re.compile(r"^([IVXL]{1,6})(?:\.(\s*)(\S.*)?)?$")
_SUB = re.compile(r"^([A-Z])\s*\.(?:\s*$|(\s*)(\S.*)$)")
_ZH_ITEM = re.compile(rf"^([{_ZH}]{{1,3}})\s*[.、]\s*\S")
#: a numbered list item inside a paragraph: (a), (ii), (1), （一）, ㈠, 一、 or a bullet
SUBITEM = re.compile(
    rf"^(?:\(\s*(?:[a-z]{{1,2}}|[ivx]{{1,5}}|\d{{1,2}}|[{_ZH}]{{1,3}})\s*\)(?=\s|[^\x00-\x7f])"
    rf"|[\u3220-\u3229]|[{_ZH}]{{1,3}}\s*[.、](?=\s*\S)|[a-z]\)\s|[•▪●◦]\s?)"
)
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def paragraph_start(t: str, expected: int) -> tuple[int, str] | None:
    """``(number, rest of the line)`` when ``t`` opens paragraph ``expected``."""
    m = _PARA.match(t)
    if not m or int(m.group(1)) != expected:
        return None
    return expected, (m.group(2) or m.group(3) or "").strip()


def _title_ok(title: str, glued: bool) -> bool:
    if not title:
        return True
    if glued and not (title[0].isupper() or is_cjk(title[0]) or title[0] in "“\"'‘("):
        return False
    return True


def section_heading(t: str, expected: int) -> tuple[str, str] | None:
    """``(numeral, title)`` when ``t`` is the heading of top-level section ``expected``."""
    m = _HEAD_ZH.match(t)
    if m:
        try:
            value = chinese_numeral(m.group(1))
        except KeyError:
            return None
        return (m.group(1), (m.group(2) or "").strip()) if value == expected else None
    m = _HEAD_ROMAN.match(t)
    if m and roman(m.group(1)) == expected:
        title = (m.group(3) or "").strip()
        if not _title_ok(title, glued=m.group(2) == "" and bool(title)):
            return None
        return m.group(1), title
    return None


def subsection(t: str, letter: str, limit: int = 150) -> tuple[str, str] | None:
    """``(letter, title)`` when ``t`` heads lettered sub-section ``letter`` (``A. 背景``)."""
    m = _SUB.match(t)
    if not m or m.group(1) != letter:
        return None
    title = (m.group(3) or "").strip()
    if title and (len(title) > limit or ends_sentence(title) and not title.endswith((":", "："))):
        return None
    if not _title_ok(title, glued=m.group(2) == "" and bool(title)):
        return None
    return letter, title


def zh_item(t: str) -> int | None:
    """The value of a Chinese-numeral list item (``二、``) opening ``t``."""
    m = _ZH_ITEM.match(t)
    if not m:
        return None
    try:
        return chinese_numeral(m.group(1))
    except KeyError:
        return None
