"""Page furniture: what a page repeats around the text, never part of a paragraph.

Running headers (the report's symbol, with or without a page number), page
numbers (``3``, ``3/21``, ``- 3 -``), job numbers with their date stamps
(``GE.14-02352 (C)  150414  160414``), the bar code (``*1402352*``), recycling
notes, and the undocs.org links of page footers (kept as links).

>>> from tacb_graph.segment.lines import split_lines
>>> from tacb_graph.segment.lexicon import load_lexicons
>>> lines = split_lines("1. Text\\n3\\n\\fA/HRC/26/51\\nmore text\\nGE.14-02352 (C) 150414\\n")
>>> kinds = find_furniture(lines, load_lexicons().values(), "A/HRC/26/51").kinds
>>> sorted(kinds.items())
[(1, 'page number'), (3, 'running header'), (5, 'job number')]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from .lexicon import Lexicon
from .lines import Line

__all__ = ["Furniture", "find_furniture", "SYMBOL", "JOB", "is_symbol"]

_URL = re.compile(r"^(https?://\S+)$")
#: a UN document symbol standing alone (A/HRC/26/51, E/CN.4/2005/12, S/2019/1)
SYMBOL = re.compile(r"[A-Z][A-Z0-9.\-]*(?:/[A-Za-z0-9.\-()]+)+")
#: a job number line: GE.14-02352 (C) 150414 160414, 23-12345 (E), with an optional page number
JOB = re.compile(
    r"^(?:\d{1,4}(?:/\d{1,4})?\s+)?(?P<job>GE\.\d{2}-\d{4,6}|\d{2}-\d{5})(?:\s*\((?P<lang>[A-Z])\))?"
    r"(?P<stamps>(?:\s+\d{6}){0,2})(?:\s+\d{1,4}(?:/\d{1,4})?)?\s*$"
)
_OLD_JOB = re.compile(r"^GE\.\d{2}-\d{4,}")
_BARCODE = re.compile(r"^\*\s?\d{6,}\s?\*$")
_PAGE_OF = re.compile(r"^(\d{1,4}\s*/\s*\d{1,4}|-\s*\d{1,4}\s*-)$")
_BARE_NUMBER = re.compile(r"^\d{1,4}$")


def is_symbol(text: str) -> bool:
    """Whether ``text`` is a UN document symbol and nothing else."""
    return bool(SYMBOL.fullmatch(text)) and any(c.isdigit() for c in text)


@dataclass
class Furniture:
    """Line index → kind of furniture; links in order of appearance."""

    kinds: dict[int, str] = field(default_factory=dict)
    links: list[str] = field(default_factory=list)
    job: str | None = None  # the first job number (GE.14-02352)
    job_language: str | None = None  # its language letter (C, E, F, S, R, A)

    def skipped(self) -> Counter:
        """How many lines of each kind were skipped (links are read, not skipped)."""
        return Counter(k for k in self.kinds.values() if k != "link")


def find_furniture(lines: list[Line], lexicons: Iterable[Lexicon], symbol: str | None = None) -> Furniture:
    """Mark the page furniture among ``lines`` (``symbol``: the report's own, when known)."""
    out = Furniture()
    lexicons = list(lexicons)
    words = [w for lex in lexicons for w in lex.words("furniture")]
    recycle = re.compile("^(?:" + "|".join(r"\s*".join(map(re.escape, w)) for w in words) + ")", re.I) if words else None
    own = re.sub(r"\s+", "", symbol) if symbol else None
    pages = [w for lex in lexicons for w in lex.words("page")]
    page_of = re.compile(rf"^(?:{'|'.join(map(re.escape, pages))})\s+\d{{1,4}}(?:\s+\S+\s+\d{{1,4}})?$", re.I) \
        if pages else None
    bare = Counter(l.norm for l in lines if "/" in l.norm and is_symbol(l.norm))
    for i, line in enumerate(lines):
        t = line.norm
        if not t or (len(t) > 90 and not t.startswith("http")):
            continue  # furniture lines are short
        url = _URL.match(t)
        if url:
            out.kinds[i] = "link"
            out.links.append(url.group(1))
            continue
        job = JOB.match(t)
        if job or _OLD_JOB.match(t):
            out.kinds[i] = "job number"
            if job and out.job is None:
                out.job, out.job_language = job.group("job"), job.group("lang")
            continue
        if _BARCODE.match(t) or "\u2672" in t or (recycle and recycle.match(t)):
            out.kinds[i] = "job number"
            continue
        if _PAGE_OF.match(t) or (page_of and page_of.match(t)):
            out.kinds[i] = "page number"
            continue
        if "/" not in t or len(t) > 80:
            continue
        compact = re.sub(r"^\d{1,4}\s+|\s+\d{1,4}$", "", t).replace(" ", "")
        if is_symbol(compact) and (compact == own or bare[compact] >= 2 or line.brk):
            out.kinds[i] = "running header"
    # bare page numbers: next to a page break or to other furniture
    bare_numbers = [i for i, line in enumerate(lines) if len(line.norm) <= 4 and _BARE_NUMBER.match(line.norm)]
    for _ in range(2):
        for i in bare_numbers:
            line = lines[i]
            if i in out.kinds:
                continue
            prev_i, next_i = _neighbour(lines, i, -1), _neighbour(lines, i, 1)
            near = [j for j in (prev_i, next_i) if j is not None]
            if line.brk or (next_i is not None and lines[next_i].brk) or next_i is None \
                    or any(out.kinds.get(j) in ("running header", "job number", "page number") for j in near):
                if prev_i is None and next_i is None:
                    continue
                out.kinds[i] = "page number"
    return out


def _neighbour(lines: list[Line], i: int, step: int) -> int | None:
    j = i + step
    while 0 <= j < len(lines):
        if lines[j].norm:
            return j
        j += step
    return None
