"""Which layout a report's text comes in, and where its body begins.

Three layouts are told apart:

* ``pdf`` — text from a UN PDF (pdftotext, copy-paste): page breaks or page
  furniture (running headers, page numbers, job numbers);
* ``web`` — the HTML or Word text of the UN's sites: one line per paragraph;
* ``clean`` — a clean extract: numbered paragraphs, lines wrapped or not, no
  page furniture.

The body begins at the first heading of section 1 or at paragraph 1 that is
not an entry of the table of contents (dotted leaders, paragraph and page
ranges); everything before it is the front matter.

>>> from tacb_graph.segment.lines import split_lines
>>> from tacb_graph.segment.lexicon import load_lexicons
>>> lines = split_lines("Contents\\nI. Introduction ...... 1-3 3\\nI. Introduction\\n1. Text.\\n")
>>> find_body(lines, {}, load_lexicons().values())
(2, (0, 2))
"""

from __future__ import annotations

import re
from typing import Iterable

from .lexicon import Lexicon
from .lines import Line, ends_sentence, squeeze
from .numbering import paragraph_start, section_heading

__all__ = ["detect_layout", "find_body", "LEADERS", "is_contents_entry"]

#: dotted leaders of a table of contents: ..... or …… or ·····
LEADERS = re.compile(r"(?:\.\s?){5,}|…{3,}|(?:·\s?){5,}|‥{3,}|(?:_\s?){6,}\s*\d")  # not a "……" in prose
_TRAILING_PAGE = re.compile(r"(?:^|\s)\d{1,3}(?:\s*[-–—]\s*\d{1,4})?(?:\s+\d{1,3})?$")
_WIDE_SCRIPT = re.compile(r"[\u2e80-\uffff]")  # CJK: more said in fewer characters
_ONLY_NUMBERS = re.compile(r"^\d{1,4}(?:\s*[-–—]\s*\d{1,4})?(?:\s+\d{1,4})?$")


def is_contents_entry(t: str) -> bool:
    """A line of a table of contents: dotted leaders, or ending in a range and page."""
    return bool(LEADERS.search(t)) or bool(_ONLY_NUMBERS.match(t))


def detect_layout(lines: list[Line], furniture: dict[int, str], body_start: int) -> str:
    """``pdf``, ``web`` or ``clean`` (see the module docstring)."""
    if any(l.brk for l in lines) or any(k != "link" for i, k in furniture.items() if i >= body_start):
        return "pdf"
    body = [l.norm for i, l in enumerate(lines[body_start:body_start + 3000], body_start)
            if l.norm and i not in furniture]
    long = [t for t in body if len(t) >= 40 or (len(t) >= 20 and _WIDE_SCRIPT.search(t, 0, 10))]
    if len(long) >= 3 and sum(ends_sentence(t) for t in long) >= 0.6 * len(long):
        return "web"
    return "clean"


def _content(lines: list[Line], furniture: dict[int, str], i: int, n: int) -> list[int]:
    out = []
    j = i + 1
    while j < len(lines) and len(out) < n:
        if lines[j].norm and j not in furniture:
            out.append(j)
        j += 1
    return out


def find_body(lines: list[Line], furniture: dict[int, str], lexicons: Iterable[Lexicon]) -> tuple[int, tuple[int, int] | None]:
    """``(index of the first body line, (start, end) of the contents or None)``."""
    lexicons = list(lexicons)
    in_contents = False
    contents_start = None
    for i, line in enumerate(lines):
        t = line.norm
        if not t or i in furniture:
            continue
        sq = squeeze(t)
        if not in_contents and (any(lex.is_word("contents", sq) or lex.is_word("contents_columns", sq)
                                    for lex in lexicons) or LEADERS.search(t)):
            in_contents, contents_start = True, i
            if not LEADERS.search(t):
                continue
        head = section_heading(t, 1)
        para = paragraph_start(t, 1)
        if not (head or para):
            continue
        if in_contents and not _starts_body(lines, furniture, i, head, para):
            continue
        if not in_contents and LEADERS.search(t):
            continue
        return i, ((contents_start, i) if in_contents else None)
    return 0, None


def _starts_body(lines, furniture, i, head, para) -> bool:
    t = lines[i].norm
    if is_contents_entry(t) or (_TRAILING_PAGE.search(t) and not ends_sentence(t)):
        return False
    for j in _content(lines, furniture, i, 3):
        u = lines[j].norm
        if is_contents_entry(u):
            return False
        if paragraph_start(u, 1) or paragraph_start(u, 2) or section_heading(u, 2):
            break
        if _TRAILING_PAGE.search(u) and not ends_sentence(u):
            return False
        if para:
            break
    return True
