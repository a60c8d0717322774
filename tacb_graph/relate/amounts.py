"""Money amounts in a text: a number with a currency, written in the order the language's
``relations.json`` (``contribution``) allows: number, scale word, currency (``80 万美元``,
``2 million United States dollars``) and, where ``currency_first`` is set, currency, number, scale
(``US$ 2 million``, ``USD 500,000``, ``€1.8 million``); with ``numerals``, a number in the language's numerals
before a scale word (``五十五万欧元``)."""

from __future__ import annotations

import re
from decimal import Decimal

from .clauses import Lexicon

__all__ = ["local_currency", "parse_amount"]

_NUM = r"(\d+(?:[ ,\u00a0]\d{3})*(?:\.\d+)?)"


def _alt(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


def _forms(lx: Lexicon) -> list[tuple[re.Pattern, tuple[int, int, int]]]:
    """The regular expressions of an amount in the language's orders, with the groups of its number, scale and
    currency (made once per lexicon)."""
    forms = lx.__dict__.get("_amount_forms")
    if forms is None:
        c = lx["contribution"]
        cur, scale = _alt(c["currencies"]), _alt(c["scale"])
        end = r"(?!\w)" if lx.language.spaced else ""
        start = r"(?<!\w)" if lx.language.spaced else ""
        forms = [(re.compile(_NUM + rf"\s*(?:({scale}){end})?\s*({cur}){end}"), (1, 2, 3))]
        if c.get("numerals"):  # 五十五万欧元: a number written in numerals, before a scale word
            digits = "".join(map(re.escape, c["numerals"]))
            forms.append((re.compile(rf"([{digits}]+)\s*({scale})\s*({cur})"), (1, 2, 3)))
        if c.get("currency_first"):
            forms.append((re.compile(rf"{start}({cur})\s*" + _NUM + rf"(?:\s*({scale}){end})?"), (2, 3, 1)))
        lx.__dict__["_amount_forms"] = forms
    return forms


def parse_amount(text: str, lx: Lexicon) -> list[tuple[int, int, Decimal, str]]:
    """Money amounts in ``text``: ``(start, end, amount, ISO 4217 code)``.

    >>> from tacb_graph.relate.clauses import lexicon_for
    >>> [(str(a), c) for _, _, a, c in parse_amount("捐款 80 万美元，近 6 000 亿元，180 万欧元", lexicon_for("zh"))]
    [('800000', 'USD'), ('600000000000', 'CNY'), ('1800000', 'EUR')]
    >>> en = lexicon_for("en")
    >>> [(str(a), c) for _, _, a, c in parse_amount("us$ 2 million, usd 500,000, €1.8 million and 20 million "
    ...                                              "norwegian kroner", en)]
    [('2000000', 'USD'), ('500000', 'USD'), ('1800000', 'EUR'), ('20000000', 'NOK')]
    """
    c = lx["contribution"]
    found = []
    for pat, (num, sc, cu) in _forms(lx):
        for m in pat.finditer(text):
            raw = m.group(num)
            n = Decimal(re.sub(r"[ ,\u00a0]", "", raw)) if raw[0].isdigit() else _numerals(raw, c)
            if n is None:
                continue
            if m.group(sc):
                n *= c["scale"][m.group(sc)]
            found.append((m.start(), m.end(), n.normalize() if n != n.to_integral() else n.quantize(Decimal(1)),
                          c["currencies"][m.group(cu)]))
    out: list[tuple[int, int, Decimal, str]] = []
    for hit in sorted(found, key=lambda h: (h[0], -(h[1] - h[0]))):
        if not out or hit[0] >= out[-1][1]:
            out.append(hit)
    return out


def _numerals(raw: str, c: dict) -> Decimal | None:
    """The number written in the language's numerals (``contribution`` ``numerals``: 五十五 is 55)."""
    from ..recognise.sessions import number_words

    n = number_words(raw, {"numerals": c["numerals"]})
    return Decimal(n) if n else None


def local_currency(lx: Lexicon, code: str, contributor: str) -> str | None:
    """``code`` as :func:`parse_amount` read it, or, for a word that names no one currency (``contribution``
    ``local_currencies``: kroner), the contributor's (Norway's kroner are NOK, Denmark's DKK; anyone else's: unknown).

    >>> from tacb_graph.relate.clauses import lexicon_for
    >>> en = lexicon_for("en")
    >>> local_currency(en, "kroner", "state/NOR"), local_currency(en, "kroner", "org/ohchr"), local_currency(en, "EUR", "x")
    ('NOK', None, 'EUR')
    """
    local = lx["contribution"].get("local_currencies", {}).get(code)
    return code if local is None else local.get(contributor)
