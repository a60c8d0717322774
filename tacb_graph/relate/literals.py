"""Strings every match of a regular expression holds, to skip a search that cannot succeed.

Python's ``re`` looks for a match from every place in a text. Some patterns of the data open with something
that occurs often and only later ask for the words that make them (``_[_\\s"”’']*(?:[\\w-]+\\s+){0,4}?(?:is|was)\\s+no\\s+
substitute\\s+for``: from every ``_`` of a concept masked with ``_``, with much backtracking); where none of the
strings one of which each match must hold is in the text, no search is needed. :func:`needed` reads them off the
pattern's parse; :func:`may_match` is the test. A pattern that ignores case, or that the reader does not
understand, needs nothing, and is always searched.

>>> import re
>>> sorted(needed(re.compile(r"(?:is|was)\\s+no\\s+substitute\\s+for")))
['substitute']
>>> sorted(needed(re.compile(r"(没有|未)\\S{0,2}(评论|批评)"))), needed(re.compile(r"\\w+")), needed(re.compile("(?i)abc"))
(['批评', '评论'], None, None)
>>> may_match(re.compile(r"x+\\s+no\\s+substitute"), "there is no substitute"), may_match(re.compile("abc"), "ab c")
(True, False)
"""

from __future__ import annotations

import re

try:  # the parser of Python's own re (3.11 on); without it, every pattern is searched
    from re import _constants as C  # noqa: N812  (the parse's op codes)
    from re import _parser
    _REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
except (ImportError, AttributeError):  # pragma: no cover
    _parser = None

__all__ = ["needed", "may_match"]


def needed(rx: re.Pattern) -> frozenset[str] | None:
    """Non-empty strings one of which every match of ``rx`` holds, or ``None`` when there are none to name."""
    got = _NEEDED.get(id(rx))
    if got is None or got[0] is not rx:
        got = _NEEDED[id(rx)] = (rx, _read(rx))
    return got[1]


#: :func:`needed` of each pattern asked about, by ``id`` (a pattern's own hash reads all its compiled code), with
#: the pattern itself (kept alive, so that its ``id`` is not given to another)
_NEEDED: dict[int, tuple[re.Pattern, frozenset[str] | None]] = {}


def may_match(rx: re.Pattern, text: str) -> bool:
    """False only where ``rx`` cannot match anywhere in ``text`` (none of its :func:`needed` strings is in it)."""
    got = _NEEDED.get(id(rx))
    need = got[1] if got is not None and got[0] is rx else needed(rx)
    return need is None or any(n in text for n in need)


def _read(rx: re.Pattern) -> frozenset[str] | None:
    if _parser is None or not isinstance(rx.pattern, str) or rx.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # noqa: BLE001  (a parse this reader does not know: search as before)
        return None
    try:
        return _sequence(list(parsed))
    except _Unknown:
        return None


class _Unknown(Exception):
    pass


def _sequence(items) -> frozenset[str] | None:
    """The best set of needed strings of a sequence of parsed items: that whose shortest string is longest."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(cands: frozenset[str] | None) -> None:
        nonlocal best
        if cands and all(cands) and (best is None or min(map(len, cands)) > min(map(len, best))):
            best = cands

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        consider(frozenset(["".join(run)]) if run else None)
        run = []
        if op is C.SUBPATTERN:
            _group, add_flags, del_flags, p = av
            if add_flags & (re.IGNORECASE | re.VERBOSE) or del_flags:
                raise _Unknown
            consider(_sequence(list(p)))
        elif op is C.BRANCH:
            alts = [_sequence(list(b)) for b in av[1]]
            consider(frozenset().union(*alts) if all(alts) else None)
        elif op in _REPEATS:
            lo, _hi, p = av
            consider(_sequence(list(p)) if lo >= 1 else None)
        elif op is C.ATOMIC_GROUP:
            consider(_sequence(list(av)))
        # any other item (a class, a lookaround, an anchor, a back-reference) holds no string this reader names
    consider(frozenset(["".join(run)]) if run else None)
    return best
