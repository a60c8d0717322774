"""Lines of a report with their offsets, in a form made for matching.

``Line.text`` is the line as written (stripped); ``Line.norm`` the same line
with full-width ASCII folded (``１．`` → ``1.``) and the ideographic space made
a space, so both have the same length and offsets carry over.

>>> [(l.norm, l.start, l.brk) for l in split_lines("１．本\\n\\fA/1\\n")]
[('1.本', 0, False), ('', 4, True), ('A/1', 5, True), ('', 9, False)]
>>> squeeze("联 合 国  A/HRC/1")
'联合国 A/HRC/1'
"""

from __future__ import annotations

import re
from typing import NamedTuple

__all__ = ["Line", "split_lines", "normalise", "squeeze", "CJK", "is_cjk", "ends_sentence"]

_FOLD = {i: i - 0xFEE0 for i in range(0xFF01, 0xFF5F)}
_FOLD[0x3000] = 0x20

#: CJK ideographs, CJK and full-width punctuation, curly quotes, dashes and ellipsis
CJK = "\u3000-\u303f\u3220-\u3243\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u2018-\u201f\u2014\u2026"
_CJK = re.compile(f"[{CJK}]")
_SQUEEZE = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])\s+(?=[\u3400-\u4dbf\u4e00-\u9fff])")
_SENTENCE_END = re.compile(r"[.。;；!?！？:：][\s”’\")）]*$")


class Line(NamedTuple):
    text: str  # the line as written, stripped
    norm: str  # full-width folded, same length as text
    start: int  # offset of the first non-space character in the source
    end: int  # offset after the last non-space character
    brk: bool = False  # a page break (form feed) precedes or opens this line


_WIDE = re.compile("[\uff01-\uff5e\u3000]")
_FOLDED = {chr(k): chr(v) for k, v in _FOLD.items()}


def normalise(s: str) -> str:
    """Fold full-width ASCII and the ideographic space; the length is kept."""
    return _WIDE.sub(lambda m: _FOLDED[m.group()], s)  # faster than str.translate on long text


_SPACE = re.compile(r"\s")
_SPACES = re.compile(r"\s+")


def squeeze(s: str, fold: bool = True) -> str:
    """Drop the spaces between CJK characters (``大 会`` → ``大会``) and collapse others;
    ``fold``: also fold full-width ASCII (for matching, not for text kept)."""
    s = normalise(s) if fold else s
    if not _SPACE.search(s):
        return s  # (most names have no space to drop: strip() drops what \s finds, no more)
    return _SPACES.sub(" ", _SQUEEZE.sub("", s)).strip()


def is_cjk(ch: str) -> bool:
    return bool(ch) and bool(_CJK.match(ch))


def ends_sentence(s: str) -> bool:
    """Whether ``s`` ends with sentence-final punctuation (in any script)."""
    return bool(_SENTENCE_END.search(s))


def split_lines(text: str) -> list[Line]:
    """The lines of ``text`` with offsets; a form feed marks a page break."""
    lines = []
    pos = 0
    folded = normalise(text)
    after_ff = False  # str.splitlines ends a line at a form feed: the page break opens the next line
    new = tuple.__new__  # the NamedTuple without its argument handling
    for raw, norm in zip(text.splitlines(keepends=True), folded.splitlines(keepends=True)):
        stripped = raw.strip()
        brk = after_ff or "\f" in raw
        after_ff = raw.endswith("\f")
        lead = raw.find(stripped[0]) if stripped else 0
        end = lead + len(stripped)
        lines.append(new(Line, (stripped, norm[lead:end], pos + lead, pos + end, brk)))
        pos += len(raw)
    if text.endswith("\n") or not text:
        lines.append(Line("", "", pos, pos))
    return lines
