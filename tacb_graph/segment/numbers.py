"""Numerals of the official languages: Chinese numerals, Roman numerals and
ordinal words (whose words come from the language data files).

>>> [chinese_numeral(x) for x in ("一", "十", "十三", "二十一", "一百零五", "四十三")]
[1, 10, 13, 21, 105, 43]
>>> to_chinese_numeral(26), to_chinese_numeral(110)
('二十六', '一百一十')
>>> roman("XIV")
14
"""

from __future__ import annotations

__all__ = ["chinese_numeral", "to_chinese_numeral", "roman", "parse_ordinal", "format_ordinal", "ZH_DIGITS"]

ZH_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def chinese_numeral(s: str) -> int:
    """Value of a Chinese numeral (up to 9999) or of ASCII digits.

    Raises :class:`KeyError` for a character that is not a numeral.
    """
    if s.isdigit():
        return int(s)
    total, digit = 0, None
    for ch in s:
        if ch in ZH_DIGITS:
            digit = ZH_DIGITS[ch]
        else:
            unit = _ZH_UNITS[ch]
            total += (1 if digit is None else digit) * unit
            digit = None
    return total + (digit or 0)


def to_chinese_numeral(n: int) -> str:
    """The Chinese numeral of ``n`` (1 to 9999), as used for session numbers."""
    if not 0 < n < 10000:
        return str(n)
    digits = "零一二三四五六七八九"
    out = ""
    zero = False
    for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d, n = divmod(n, unit)
        if d:
            if zero:
                out += "零"
                zero = False
            out += ("" if (name == "十" and d == 1 and not out) else digits[d]) + name
        elif out:
            zero = True
    return out


def roman(s: str) -> int:
    """Value of a Roman numeral (I to CCC)."""
    total = 0
    for i, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(s) and _ROMAN[s[i + 1]] > v else v
    return total


def parse_ordinal(text: str, ordinals: dict[str, int], cardinals: dict[str, int],
                  suffixes: tuple[str, ...] = ()) -> int | None:
    """Value of an ordinal written in words (``Twenty-sixth``) or figures (``26th``).

    >>> parse_ordinal("Seventy-eighth", {"eighth": 8}, {"seventy": 70})
    78
    >>> parse_ordinal("26th", {}, {}, ("th",)), parse_ordinal("blue", {}, {})
    (26, None)
    """
    t = text.strip().lower()
    for suf in suffixes:
        if t.endswith(suf) and t[: -len(suf)].isdigit():
            return int(t[: -len(suf)])
    if t.isdigit():
        return int(t)
    words = [w for w in t.replace("-", " ").split() if w != "and"]
    if not words or words[-1] not in ordinals:
        return None
    total = 0
    for w in words[:-1]:
        if w not in cardinals:
            return None
        v = cardinals[w]
        total = total * v if v == 100 else total + v
    last = ordinals[words[-1]]
    return total * last if last == 100 and total else total + last


def format_ordinal(n: int, ordinals: dict[str, int], cardinals: dict[str, int]) -> str:
    """``n`` as an ordinal in words when the words are known, else in figures.

    >>> format_ordinal(26, {"sixth": 6, "twentieth": 20}, {"twenty": 20})
    'twenty-sixth'
    """
    by_value = {v: k for k, v in ordinals.items()}
    tens = {v: k for k, v in cardinals.items() if v % 10 == 0 and v < 100}
    if n in by_value:
        return by_value[n]
    t, u = divmod(n, 10)
    if n < 100 and t * 10 in tens and u in by_value:
        return f"{tens[t * 10]}-{by_value[u]}"
    return str(n)
