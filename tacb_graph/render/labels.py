"""Short labels for drawings, and labels that fit: OHCHR, 人权高专办, "HRC 6/17".

A drawing names each node by a short label; the full name stays on hover and in
the card. :func:`short_label` chooses it from names the graph already holds,
never inventing one:

1. ``tacb:shortLabel`` in the language (from the gazetteers);
2. for a resolution or decision, the adopting body's abbreviation and the
   number, derived from ``tacb:symbol`` with the prefix table
   ``render/assets/symbol-bodies.csv`` (``A/HRC/RES/6/17`` → "HRC 6/17",
   "人权理事会 6/17"; ``S/RES/2417(2018)`` → "SC 2417 (2018)");
3. for an organisation, the abbreviation among its ``skos:altLabel`` in the
   language: in English a capitalised acronym (UNDP, UN-Women), in Chinese
   a name whose characters all appear, in order, in the full name (人权高专办 in
   联合国人权事务高级专员办事处). When several fit, the one the report's text
   uses most wins (counting only the longest name at each place), then one
   whose letters follow the name's (OSCE before CSCE), then the shortest;
   failing that, in English, the shortest alias built on an acronym
   ("CEDAW Convention", up to 28 characters);
4. an alias that is the leading part of the name (Netherlands for
   "Netherlands (Kingdom of the)", United Kingdom for "United Kingdom of
   Great Britain and Northern Ireland"), else the name itself;
5. if that is still long (over 40 characters in English, 12 in Chinese),
   the shortest alias, when one is shorter ("Paris Principles" for "Principles relating to the Status of National Institutions …").

:func:`wrap_label` then breaks a label into at most two lines and shortens
the rest with "…"; :func:`label_width` estimates its width in ems for layout.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources

__all__ = ["Names", "short_label", "symbol_short", "wrap_label", "label_width", "name_usage",
           "format_amount", "is_abbreviation"]

_ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9&./'’-]*$")
# classes whose aliases are not abbreviated in drawings (UK, PRC): States keep their names
_NO_ACRONYM = frozenset({"State"})
_HAS_ACRONYM = re.compile(r"(?:^|[\s-])[A-Z]{2,}(?:$|[\s-])")
# labels longer than this (characters) are replaced by a shorter alias when there is one
_LONG = {"en": 40, "zh": 12}
# a name built on an acronym is used up to this length
_BUILT_MAX = 28


@dataclass(frozen=True)
class Names:
    """The names an entity carries in one language, as the store holds them."""

    label: str
    aliases: tuple[str, ...] = ()
    short: str | None = None


def _read_csv(name: str) -> list[dict[str, str]]:
    text = (resources.files("tacb_graph.render") / "assets" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(text.splitlines()))


@lru_cache(maxsize=1)
def _symbol_bodies() -> tuple[tuple[str, str, str, str], ...]:
    rows = [(r["prefix"], r["kind"], r["en"], r["zh"]) for r in _read_csv("symbol-bodies.csv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))      # longest prefix first


@lru_cache(maxsize=1)
def _currencies() -> dict[str, tuple[str, str]]:
    return {r["code"]: (r["zh"], r["en"]) for r in _read_csv("currencies.csv")}


def symbol_short(symbol: str | None) -> tuple[str, str] | None:
    """``(zh, en)`` short labels of a resolution or decision symbol, or ``None``.

    >>> symbol_short("A/HRC/RES/6/17")
    ('人权理事会 6/17', 'HRC 6/17')
    >>> symbol_short("S/RES/2417(2018)")
    ('安理会 2417 (2018)', 'SC 2417 (2018)')
    >>> symbol_short("E/DEC/1987/147")
    ('经社理事会 1987/147 号决定', 'ECOSOC dec. 1987/147')
    >>> symbol_short("A/HRC/27/41") is None
    True
    """
    if not symbol:
        return None
    for prefix, kind, en, zh in _symbol_bodies():
        if symbol.startswith(prefix) and len(symbol) > len(prefix):
            number = re.sub(r"(\d)\(", r"\1 (", symbol[len(prefix):])
            if kind == "decision":
                return f"{zh} {number} 号决定", f"{en} dec. {number}"
            return f"{zh} {number}", f"{en} {number}"
    return None


def _subsequence(short: str, full: str) -> bool:
    it = iter(full)
    return all(ch in it for ch in short)


def is_abbreviation(alias: str, label: str, lang: str) -> bool:
    """Whether ``alias`` abbreviates ``label``: an acronym (en), or its characters in order (zh).

    >>> is_abbreviation("OHCHR", "Office of the United Nations High Commissioner for Human Rights", "en")
    True
    >>> is_abbreviation("人权高专办", "联合国人权事务高级专员办事处", "zh"), is_abbreviation("英国", "大不列颠及北爱尔兰联合王国", "zh")
    (True, False)
    """
    if not alias or len(alias) >= len(label):
        return False
    if lang == "en":
        return bool(_ACRONYM.match(alias)) and sum(c.isupper() for c in alias) >= 2
    return not re.search(r"[A-Za-z\s]", alias) and _subsequence(alias, label)


def _leading_part(alias: str, label: str, lang: str) -> bool:
    if len(alias) >= len(label) or not label.startswith(alias):
        return False
    return lang == "zh" or label[len(alias)] in " (,;-–"


def name_usage(text: str, names: Iterable[str]) -> Counter:
    """How often each name occurs in ``text``, the longest name winning where they overlap.

    >>> name_usage("人权高专办与高专办；联合国人权高专办", ["高专办", "人权高专办", "联合国人权高专办"])
    Counter({'人权高专办': 1, '高专办': 1, '联合国人权高专办': 1})
    """
    names = sorted({n for n in names if n}, key=lambda n: (-len(n), n))
    if not names or not text:
        return Counter()
    pattern = re.compile("|".join(re.escape(n) for n in names))
    return Counter(m.group(0) for m in pattern.finditer(text))


def short_label(names: Names, lang: str, *, kind: str | None = None, symbol: str | None = None,
                text: str = "") -> str:
    """The label to draw for an entity in ``lang`` (see the module docstring for the order).

    Parameters
    ----------
    names : Names
        The entity's label, aliases and ``tacb:shortLabel`` in ``lang``.
    lang : {"zh", "en"}
    kind : str, optional
        The class local name (States keep their names rather than acronyms).
    symbol : str, optional
        ``tacb:symbol`` of a resolution or decision.
    text : str
        The report text, to prefer the abbreviation it uses.

    Examples
    --------
    >>> ohchr = Names("联合国人权事务高级专员办事处", ("人权高专办", "高专办", "人权事务高级专员办事处"))
    >>> short_label(ohchr, "zh", text="人权高专办协助。人权高专办报告。高专办说。")
    '人权高专办'
    >>> short_label(Names("United Nations Development Programme", ("UNDP",)), "en")
    'UNDP'
    >>> short_label(Names("Human Rights Council resolution 6/17"), "en", symbol="A/HRC/RES/6/17")
    'HRC 6/17'
    >>> short_label(Names("Netherlands (Kingdom of the)", ("Holland", "Netherlands")), "en", kind="State")
    'Netherlands'
    >>> short_label(Names("China", ("PRC",), short=None), "en", kind="State")
    'China'
    """
    if names.short:
        return names.short
    derived = symbol_short(symbol) if kind in (None, "Resolution", "Document") else None
    if derived:
        return derived[1] if lang == "en" else derived[0]
    label = names.label
    if not label:
        return ""
    aliases = [a for a in dict.fromkeys(names.aliases) if a and a != label]
    if lang != "en" or kind not in _NO_ACRONYM:
        abbreviations = [a for a in aliases if is_abbreviation(a, label, lang)]
        if abbreviations:
            usage = name_usage(text, [label, *aliases]) if len(abbreviations) > 1 else Counter()
            return min(abbreviations, key=lambda a: (-usage[a], not _subsequence(a.upper(), label.upper()),
                                                     len(a), a))
        if lang == "en":     # a name built on an acronym: "CEDAW Convention", "UPR Working Group"
            built = [a for a in aliases
                     if len(a) < min(len(label), _BUILT_MAX + 1) and _HAS_ACRONYM.search(a)]
            if built:
                return min(built, key=lambda a: (len(a), a))
    leading = [a for a in aliases if _leading_part(a, label, lang)]
    chosen = max(leading, key=lambda a: (len(a), a)) if leading else label
    if len(chosen) > _LONG[lang]:    # still long: the shortest alias, if shorter
        shorter = [a for a in aliases if len(a) < len(chosen)]
        if shorter:
            chosen = min(shorter, key=lambda a: (len(a), a))
    return chosen


def _wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in ("W", "F")


@lru_cache(maxsize=65536)
def label_width(text: str) -> float:
    """Estimated width of the longest line of ``text``, in ems (CJK 1, others 0.6).

    The page's script estimates widths the same way, so that layouts agree.

    >>> label_width("OHCHR"), label_width("人权高专办"), label_width("ab\\n利比亚")
    (3.0, 5.0, 3.0)
    """
    return max((sum(1.0 if _wide(c) else 0.6 for c in line) for line in text.split("\n")), default=0.0)


@lru_cache(maxsize=65536)
def wrap_label(text: str, lang: str, *, width: float = 11.0, lines: int = 2) -> str:
    """``text`` in at most ``lines`` lines of about ``width`` ems, the rest cut with "…".

    Lines break at a space, else after a hyphen, slash or full stop, when there
    is one in the later part of the line, else anywhere (Chinese); a Chinese
    name of two lines is cut in the middle.

    >>> wrap_label("Voluntary Fund for Technical Cooperation in the Field of Human Rights", "en")
    'Voluntary Fund for\\nTechnical Coopera…'
    >>> wrap_label("人权领域技术合作自愿基金董事会", "zh", width=8)
    '人权领域技术合作\\n自愿基金董事会'
    >>> wrap_label("索马里人权状况独立专家", "zh", width=10)
    '索马里人权状\\n况独立专家'
    >>> wrap_label("经社理事会 1987/147 号决定", "zh", width=10)
    '经社理事会\\n1987/147 号决定'
    >>> wrap_label("OHCHR", "en")
    'OHCHR'
    """
    text = " ".join(text.split())
    if label_width(text) <= width:
        return text
    if lang == "zh" and lines >= 2 and label_width(text) <= 2 * width and all(_wide(c) for c in text):
        half = (len(text) + 1) // 2                 # two balanced lines, no orphan character
        return text[:half] + "\n" + text[half:]
    out: list[str] = []
    rest = text
    while rest and len(out) < lines:
        if label_width(rest) <= width:
            out.append(rest)
            rest = ""
            break
        cut, w = 0, 0.0
        for i, ch in enumerate(rest):
            w += 1.0 if _wide(ch) else 0.6
            if w > width:
                break
            cut = i + 1
        if len(out) == lines - 1:          # the last line: as much as fits, then "…"
            last = rest[:cut]
            while last and label_width(last + "…") > width:
                last = last[:-1]
            out.append(last.rstrip() + "…")
            break
        # break at the last space in the later part of the line, else after a hyphen, slash or stop
        span = range(int(cut * 0.3), min(cut + 1, len(rest)))
        breaks = [i for i in span if rest[i] == " "] or [i + 1 for i in span if rest[i] in "-/."]
        if breaks:
            cut = breaks[-1]
        line, rest = rest[:cut].rstrip(), rest[cut:].lstrip()
        out.append(line)
    return "\n".join(out)


def format_amount(amount: str | float | Decimal | None, currency: str | None, lang: str) -> str:
    """An amount of money as a short edge label.

    >>> format_amount("800000", "USD", "en"), format_amount("800000", "USD", "zh")
    ('USD 800,000', '80万美元')
    >>> format_amount("1800000", "EUR", "en"), format_amount("600000000000", "CNY", "zh")
    ('EUR 1.8 million', '6000亿元人民币')
    >>> format_amount(None, "USD", "en")
    'USD ?'
    """
    zh_cur, en_cur = _currencies().get(currency or "", (currency or "", currency or ""))
    try:
        value = Decimal(str(amount)) if amount is not None else None
    except InvalidOperation:
        value = None
    if value is None:
        return f"{en_cur} ?".strip() if lang == "en" else f"?{zh_cur}"

    def num(v: Decimal) -> str:
        s = f"{v:.3g}" if v < 1000 else f"{v:,.0f}"
        if "e" in s.lower():
            s = f"{v:.0f}"
        return s.rstrip("0").rstrip(".") if "." in s else s

    if lang == "en":
        for scale, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"),
                            (Decimal(10) ** 6, "million")):
            if value >= scale:
                return f"{en_cur} {num(value / scale)} {word}".strip()
        return f"{en_cur} {value:,.0f}".strip() if value == value.to_integral() else f"{en_cur} {value:,}"
    for scale, word in ((Decimal(10) ** 8, "亿"), (Decimal(10) ** 4, "万")):
        if value >= scale:
            n = value / scale
            return f"{n:.0f}{word}{zh_cur}" if n == n.to_integral() else f"{num(n)}{word}{zh_cur}"
    return f"{value:.0f}{zh_cur}" if value == value.to_integral() else f"{value}{zh_cur}"
