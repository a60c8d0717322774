"""Footnote markers in paragraph text: which paragraph each footnote belongs to.

A marker is the footnote's number glued to what precedes it: a Chinese word
or closing punctuation (``合作”1 重要``), a Latin word or punctuation
(``registration.1 The``), a superscript (``registration¹``) or brackets
(``registration[1]``). Markers are taken in footnote order, so a number in
the text that is not the next footnote stays text.

>>> find_marker("中国认为，合作”1 重要。", 1, han=True), find_marker("合作的研究2。", 2, han=True)
((8, 9), (5, 6))
>>> find_marker("见表1。", 1, han=True, not_after=("表",)), find_marker("截至1 月", 1, han=True, counters=("月",))
(None, None)
>>> find_marker("the registration.1 The", 1, han=False), find_marker("see p.4 and", 4, han=False, not_after=("p.",))
((17, 18), None)
>>> find_marker("a drafting group.2", 2, han=False, not_after=("p.",))
(17, 18)
>>> find_marker("US$ 14.2 million (CHF 800,000).2", 2, han=False), find_marker("held in 2024.1", 1, han=False)
((31, 32), (13, 14))
>>> find_marker("registration¹²", 12, han=False)
(12, 14)
>>> find_marker("US$ 14.2 million in 2023.2", 2, han=False), find_marker("adopted in 2019.1 The", 1, han=False)
((25, 26), (16, 17))
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["find_marker", "remove_marker"]

_ZH = r"(?<=[\u4e00-\u9fff”’》」』。，；：、）)\]])(\d{{1,4}})(?=\s|$|[。，；：、）)”’]){not_before}"
# not the 2 of "14.2 million" (a decimal digit before a lower-case word), still the 1 of "in 2024.1 The"
_LATIN = r"(?<=[A-Za-z.,;:”’\"')\]])(?!(?<=\d[.,])\d{{1,4}}\s+[a-z%])(\d{{1,4}})(?=[\s.,;:)”’\"]|$)"
_SUPER = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


@lru_cache(maxsize=64)
def _patterns(han: bool, counters: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """Markers of any number: glued digits, superscripts, bracketed digits (group 1)."""
    not_before = rf"(?!\s*(?:{'|'.join(map(re.escape, counters))}))" if counters else ""
    return (
        re.compile((_ZH if han else _LATIN).format(not_before=not_before)),
        re.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]+)"),
        re.compile(r"\[(\d{1,4})\]"),
    )


def find_marker(text: str, n: int, han: bool, not_after: tuple[str, ...] = (),
                counters: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """``(start, end)`` of the first marker of footnote ``n`` in ``text``, or ``None``.

    ``not_after``: what a marker never follows (``p.``, ``表``); ``counters``: the
    words a number before them counts (``年``, ``个``), so it is no marker.
    """
    best = None
    for rx in _patterns(han, tuple(counters)):
        for m in rx.finditer(text):
            if int(m.group(1).translate(_SUPER)) != n:
                continue
            if not_after and any(_after(text, m.start(), a) for a in not_after):
                continue
            if _decimal(text, m.start(), m.end()):
                continue
            if best is None or m.start() < best[0]:
                best = (m.start(), m.end())
            break
    return best


_SENTENCE_START = re.compile(r"\s+[A-Z\"“‘'(\[]|\s*$")


def _decimal(text: str, start: int, end: int) -> bool:
    """Digits after a decimal point (``US$ 14.2 million``, ``2.5 per cent``) are the number's own,
    never a marker; after a full stop that ends a sentence (``in 2019.1 The``) they may be one."""
    if start < 2 or text[start - 1] != "." or not text[start - 2].isdigit():
        return False
    return not _SENTENCE_START.match(text, end)


def _after(text: str, pos: int, word: str) -> bool:
    """Whether ``word`` (``p.``, ``表``) ends at ``pos`` as a word of its own (not "grou|p.")."""
    if not text.endswith(word, 0, pos):
        return False
    before = pos - len(word) - 1
    return before < 0 or not (word[0].isascii() and word[0].isalpha() and text[before].isalpha())


def remove_marker(text: str, span: tuple[int, int], han: bool) -> str:
    """``text`` without the marker; in Chinese text the space after a marker goes too."""
    start, end = span
    rest = text[end:]
    if han and text[start:end].isdigit() and rest[:1].isspace():
        rest = rest[1:]
    return text[:start] + rest
