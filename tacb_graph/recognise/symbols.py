"""UN document symbols: resolutions and decisions written out in Chinese or English,
symbols in running text, and undocs.org links.

Pure functions over text; which body adopted a bare ``第 39/19 号决议`` is decided
by the caller (:mod:`tacb_graph.recognise.context`), which knows the context.

>>> [(m.numbers, m.kind) for m in find_resolutions("人权理事会第 5/1 和 6/17 号决议")]
[(('5/1', '6/17'), 'resolution')]
>>> resolution_symbol("A/RES/", "217(A)III")
'A/RES/217(III)'
>>> [m.numbers for m in find_resolutions("安全理事会第 1325(2000)号决议")]
[('1325(2000)',)]
>>> [s.symbol for s in find_symbols("见 A/73/309 和 CEDAW/C/SEN/CO/3-7。")]
['A/73/309', 'CEDAW/C/SEN/CO/3-7']
>>> symbol_from_link("https://undocs.org/ch/A/HRC/RES/37/23")
'A/HRC/RES/37/23'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

__all__ = [
    "ResolutionMention",
    "SymbolMention",
    "find_resolutions",
    "find_symbols",
    "resolution_symbol",
    "symbol_from_link",
    "symbol_kind",
]

_NUM = (
    r"(?:E?S-)?\d{1,4}\s*/\s*\d{1,4}"  # 37/23, 1987/38, S-29/1
    r"|\d{1,4}\s*\(\s*[A-Z]\s*\)\s*[IVXLC]{1,6}"  # 217(A)III
    r"|\d{1,4}\s*[A-Z]?\s*\(\s*[IVXLC]{1,6}\s*\)"  # 304(IV), 217 A (III)
    r"|\d{1,4}\s*\(\s*(?:19|20)\d\d\s*\)"  # Security Council: 1325(2000)
)
_JOIN = r"\s*(?:和|、|及|与|以及|,|，)\s*(?:第\s*)?"
_ZH_RES = re.compile(
    rf"第\s*(?P<nums>(?:{_NUM})(?:{_JOIN}(?:{_NUM}))*)\s*号\s*(?P<kind>决议|决定)"
)
_EN_DATE = r"(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"  # resolutions 72/31 of 6 October 2033 and 75/29
_EN_RES = re.compile(
    rf"\b(?P<kind>[Rr]esolutions?|[Dd]ecisions?)\s+(?P<nums>(?:{_NUM})(?:{_EN_DATE}\s*(?:,|and|,\s*and)\s*(?:{_NUM}))*)"
)
_ONE_NUM = re.compile(_NUM)
_SYMBOL = re.compile(r"(?<![A-Za-z0-9/.])(?:[A-Z][A-Za-z0-9.\-]*)(?:/[A-Za-z0-9.\-()]+)+")
_LANG_SEGMENT = re.compile(r"^(?:ch|zh|en|fr|es|ru|ar|c|e|f|s|r|a)/", re.I)


@dataclass(frozen=True)
class ResolutionMention:
    """``第 5/1 和 6/17 号决议``: the numbers as written and where they stand."""

    start: int
    end: int
    numbers: tuple[str, ...]
    kind: str  # "resolution" or "decision"


@dataclass(frozen=True)
class SymbolMention:
    start: int
    end: int
    symbol: str


def _clean_number(num: str) -> str:
    num = re.sub(r"\s+", "", num)
    m = re.fullmatch(r"(\d+)\(([A-Z])\)([IVXLC]+)", num) or re.fullmatch(r"(\d+)([A-Z])\(([IVXLC]+)\)", num)
    if m:  # 217(A)III and 217A(III) are both A/RES/217(III)
        return f"{m.group(1)}({m.group(3)})"
    return num


def resolution_symbol(prefix: str, number: str) -> str:
    """The UN symbol of resolution ``number`` of the body whose prefix is ``prefix``."""
    return prefix + _clean_number(number)


def find_resolutions(text: str) -> list[ResolutionMention]:
    """Resolutions and decisions cited by number (Chinese or English text)."""
    out = []
    for rx in (_ZH_RES, _EN_RES):
        for m in rx.finditer(text):
            nums = tuple(_clean_number(n.group(0)) for n in _ONE_NUM.finditer(m.group("nums")))
            kind = "decision" if m.group("kind").lower().startswith(("决定", "decision")) else "resolution"
            out.append(ResolutionMention(m.start(), m.end(), nums, kind))
    return sorted(out, key=lambda r: r.start)


def find_symbols(text: str) -> list[SymbolMention]:
    """Document symbols in running text: A/HRC/27/41, A/73/309, CEDAW/C/SEN/CO/3-7."""
    out = []
    for m in _SYMBOL.finditer(text):
        sym = m.group(0)
        # trailing sentence punctuation and unbalanced brackets are not part of a symbol
        while sym and (sym[-1] in ".-" or (sym[-1] == ")" and sym.count("(") < sym.count(")"))):
            sym = sym[:-1]
        if "/" not in sym or not any(c.isdigit() for c in sym) or sym.startswith(("http", "www")):
            continue
        if text[max(0, m.start() - 3):m.start()].endswith(("//", ".org/", "g/")):
            continue
        out.append(SymbolMention(m.start(), m.start() + len(sym), sym))
    return out


def symbol_from_link(url: str) -> str | None:
    """The UN symbol in an undocs.org (or documents.un.org) link, without the language part."""
    m = re.search(r"undocs\.org/(.+)$", url.strip())
    if not m:
        return None
    path = unquote(m.group(1)).strip("/")
    path = _LANG_SEGMENT.sub("", path) if "/" in path and _LANG_SEGMENT.match(path) and not path.startswith(("A/", "E/", "S/")) else path
    return path or None


def symbol_kind(symbol: str) -> str:
    """``Resolution`` for resolution and decision symbols, else ``Document``."""
    return "Resolution" if re.search(r"/(RES|DEC)/", symbol) else "Document"
