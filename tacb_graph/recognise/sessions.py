"""Sessions of a body named in a text unit: 人权理事会第四十届会议, the fortieth session.

The rule is the language's ``sessions.json``: a regular expression whose group
``n`` is the session number, written in digits (43, 43rd) or words (四十三,
forty-third). Which body's session it is, the recogniser decides from the words
around it (:mod:`.recogniser`).

>>> from tacb_graph.config import load_language
>>> [(n) for _s, _e, n in find_sessions("咨询委员会第二十一届会议和第 43 届会议", load_language("zh"))]
[21, 43]
>>> [(n) for _s, _e, n in find_sessions("at its forty-third session and its 44th session", load_language("en"))]
[43, 44]
>>> [n for _s, _e, n in find_sessions("第四十届、第四十一届和第四十二届会议", load_language("zh"))]
[40, 41, 42]
>>> number_words("一百零五", load_language("zh").sessions), number_words("fortieth", load_language("en").sessions)
(105, 40)
"""

from __future__ import annotations

import re

from ..config import LanguageData

__all__ = ["find_sessions", "number_words"]


def number_words(raw: str, rules: dict) -> int | None:
    """The number written in ``raw``: digits (with an ordinal suffix), Chinese numerals, or
    English ordinal words (``hundreds`` + ``tens`` + ``ordinals``: one hundred and twenty-first)."""
    raw = raw.strip().lower()
    digits = re.match(r"^(\d+)", raw)
    if digits:
        return int(digits.group(1))
    numerals = rules.get("numerals")
    if numerals and all(c in numerals for c in raw):
        total, current = 0, 0
        for c in raw:
            v = numerals[c]
            if v >= 10:
                total += (current or 1) * v
                current = 0
            else:
                current = v
        return total + current
    ordinals, tens = rules.get("ordinals", {}), rules.get("tens", {})
    raw = " ".join(raw.split())
    for words, value in rules.get("hundreds", {}).items():  # one hundred and third: 100 + third
        if raw == words + "th":
            return value  # one hundredth
        if raw.startswith(words + " "):
            rest = raw[len(words):].strip()
            inner = number_words(rest[4:] if rest.startswith("and ") else rest, rules)
            return value + inner if inner is not None and inner < 100 else None
    if raw in ordinals:
        return ordinals[raw]
    head, _, tail = raw.partition("-")
    if head in tens and tail in ordinals:
        return tens[head] + ordinals[tail]
    return None


def find_sessions(text: str, language: LanguageData) -> list[tuple[int, int, int]]:
    """``(start, end, number)`` of each session named in ``text``."""
    rules = language.sessions
    if not rules.get("pattern"):
        return []
    out = []
    for key in ("pattern", "list_pattern"):  # 第四十届、第四十一届和第四十二届会议: each is a session
        for m in re.finditer(rules.get(key) or "(?!)", text):
            n = number_words(m.group("n"), rules)
            if n and not any(s <= m.start() < e for s, e, _n in out):
                out.append((m.start(), m.end(), n))
    return sorted(out)
