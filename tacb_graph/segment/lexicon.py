"""The words of each official language a report is read in, as data.

One JSON file per language in ``data/layout/`` (``zh.json``, ``en.json``):
the words of the front page (United Nations, Summary, Contents, Agenda item,
session and date templates, month names, ordinals), of the page furniture and
of mandates. Code holds the mechanism only; a new language is a new file.

Templates use slots: ``{n}`` an ordinal or numeral, ``{item}`` agenda item
numbers, ``{day} {month} {year}``, ``{num}`` resolution numbers, ``{body}`` a
body name from the gazetteer.

>>> lex = load_lexicons()
>>> sorted(lex)[:2]
['en', 'zh']
>>> lex["en"].session_number("Twenty-sixth session"), lex["zh"].session_number("第二十六届会议")
(26, 26)
>>> lex["en"].find_date("Distr.: General 2 April 2014"), lex["zh"].find_date("2014年4月2日")
('2014-04-02', '2014-04-02')
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..errors import TacbError
from .numbers import chinese_numeral, format_ordinal, parse_ordinal, to_chinese_numeral
from ..package_data import data_dir

__all__ = ["Lexicon", "load_lexicons", "default_dir", "RES_NUMBER", "clean_number"]

#: one resolution or decision number: 37/23, S-29/1, 1987/38, 304 (IV), 1325 (2000)
RES_NUMBER = r"(?:E?S-)?\d{1,4}\s*/\s*\d{1,4}|\d{1,4}\s*[A-Z]?\s*\(\s*(?:[IVXLC]{1,6}|(?:19|20)\d\d)\s*\)"
_ONE = re.compile(RES_NUMBER)


def clean_number(num: str) -> str:
    """``37 / 23`` → ``37/23``; ``217 A (III)`` → ``217(III)`` (as symbols write them)."""
    num = re.sub(r"\s+", "", num)
    m = re.fullmatch(r"(\d+)[A-Z]?\(([IVXLC]+)\)", num)
    return f"{m.group(1)}({m.group(2)})" if m else num


def default_dir() -> Path:
    """The folder of language files shipped with the package."""
    return data_dir() / "layout"


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@dataclass(frozen=True)
class Lexicon:
    """The layout words of one language and the patterns compiled from them."""

    language: str
    data: dict = field(repr=False, compare=False)
    patterns: dict = field(repr=False, compare=False)

    @property
    def script(self) -> str:
        return self.data.get("script", "latin")

    @property
    def han(self) -> bool:
        return self.script == "han"

    def words(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, ())
        return tuple(value.keys()) if isinstance(value, dict) else tuple(value)

    def is_word(self, key: str, text: str) -> bool:
        """Whether ``text`` (squeezed) is one of the words listed under ``key``."""
        t = text.strip().rstrip(":：").strip()
        return any(t.casefold() == w.casefold() for w in self.words(key))

    # numbers -------------------------------------------------------------
    def number(self, text: str) -> int | None:
        if self.data.get("numerals") == "chinese":
            try:
                return chinese_numeral(text)
            except KeyError:
                return None
        return parse_ordinal(text, self.data.get("ordinals", {}), self.data.get("cardinals", {}),
                             tuple(self.data.get("ordinal_suffixes", ())))

    def ordinal_text(self, n: int) -> str:
        if self.data.get("numerals") == "chinese":
            return to_chinese_numeral(n)
        return format_ordinal(n, self.data.get("ordinals", {}), self.data.get("cardinals", {}))

    # front-page fields ------------------------------------------------------
    def find_session(self, text: str) -> re.Match | None:
        """The session phrase in ``text`` (group ``n``), or ``None``."""
        for rx in self.patterns["session"]:
            m = rx.search(text)
            if m and self.number(m.group("n")) is not None:
                return m
        return None

    def session_number(self, text: str) -> int | None:
        m = self.find_session(text)
        return self.number(m.group("n")) if m else None

    def session_label(self, body: str, n: int) -> str:
        return self.data["session_label"].format(body=body, n=self.ordinal_text(n))

    def find_agenda(self, text: str) -> re.Match | None:
        """``Agenda item 3`` / ``议程项目 3``: group ``item`` holds the number(s)."""
        for rx in self.patterns["agenda"]:
            m = rx.match(text)
            if m:
                return m
        return None

    def agenda_items(self, item: str) -> list[str]:
        """``2 and 5`` → ``['2', '5']``."""
        return re.findall(r"\d{1,3}(?:\s*\(\s*[a-z]\s*\))?", item)

    def find_date(self, text: str) -> str | None:
        """The first date in ``text`` as ISO 8601, or ``None``."""
        m = self.date_match(text)
        if not m:
            return None
        month = m.group("month")
        months = {k.casefold(): v for k, v in self.data.get("months", {}).items()}
        mo = months.get(month.casefold()) if month.casefold() in months else int(month)
        day, year = int(m.group("day")), int(m.group("year"))
        if not (1 <= mo <= 12 and 1 <= day <= 31):
            return None
        return f"{year:04d}-{mo:02d}-{day:02d}"

    def date_match(self, text: str) -> re.Match | None:
        found = [m for rx in self.patterns["date"] for m in [rx.search(text)] if m]
        return min(found, key=lambda m: m.start()) if found else None

    def resolutions(self, text: str) -> list[tuple[str, re.Match]]:
        """Resolution and decision citations: ``(kind, match)`` with group ``num``."""
        out = []
        for kind, rxs in self.patterns["resolution"]:
            for rx in rxs:
                out += [(kind, m) for m in rx.finditer(text)]
        return sorted(out, key=lambda km: km[1].start())

    def numbers_in(self, num: str) -> list[str]:
        return [clean_number(m.group(0)) for m in _ONE.finditer(num)]


def _compile(template: str, lex: dict, script: str) -> re.Pattern:
    han = script == "han"
    months = lex.get("months") or {}
    cardinals = lex.get("cardinals") or {}
    ordinals = lex.get("ordinals") or {}
    suffixes = lex.get("ordinal_suffixes") or []
    and_words = lex.get("and") or []
    join = rf"\s*(?:{_alt(and_words)})\s*" if and_words else r"\s*,\s*"
    item = r"\d{1,3}(?:\s*\(\s*[a-z]\s*\))?"
    if han:
        n = r"[〇零一二三四五六七八九十百\d]{1,6}"
    else:
        card = _alt(cardinals) or "(?!)"
        n = (rf"\d{{1,3}}(?:{_alt(suffixes) or '(?!)'})|(?:(?:{card})[\s-]+(?:and\s+)?)*(?:{_alt(ordinals) or '(?!)'})")
    slots = {
        "n": rf"(?P<n>{n})",
        "item": rf"(?P<item>{item}(?:(?:{join}|\s*,\s*(?:and\s+)?){item})*)",
        "day": r"(?P<day>\d{1,2})",
        "month": rf"(?P<month>{_alt(months)})" if months else r"(?P<month>\d{1,2})",
        "year": r"(?P<year>(?:19|20)\d\d)",
        "num": rf"(?P<num>(?:{RES_NUMBER})(?:(?:{join}|\s*,\s*(?:and\s+)?)(?:第\s*)?(?:{RES_NUMBER}))*)",
    }
    out = []
    for part in re.split(r"(\{\w+\})", template):
        if part.startswith("{") and part.endswith("}"):
            out.append((r"\s*" if han else "") + slots[part[1:-1]] + (r"\s*" if han else ""))
        else:
            pieces = part.split()
            lit = (r"\s*" if han else r"\s+").join(re.escape(p) for p in pieces)
            if part[:1].isspace():
                lit = (r"\s*" if han else r"\s+") + lit
            if part[-1:].isspace() and pieces:
                lit += r"\s*" if han else r"\s+"
            out.append(lit)
    rx = "".join(out)
    if not han:
        rx = rf"(?<![A-Za-z]){rx}(?![A-Za-z])"
    return re.compile(rx, 0 if han else re.IGNORECASE)


class _Patterns(dict):
    """A lexicon's regular expressions by family, each family compiled the first time it is asked for.

    A report in one language reads few families of its own lexicon and none of the others'; compiling
    every template of every language up front was most of the time segmenting a short report took.
    A malformed template is reported (:class:`~tacb_graph.errors.TacbError`) when its family is read.
    """

    def __init__(self, data: dict, path: Path):
        super().__init__()
        self._data, self._path = data, path

    def __missing__(self, key: str):
        if key != "resolution" and key not in _FAMILIES:
            raise KeyError(key)
        data, script = self._data, self._data.get("script", "latin")
        try:
            if key == "resolution":
                value = [(k, [_compile(t, data, script) for t in v]) for k, v in data.get("resolution", {}).items()]
            else:
                value = [_compile(t, data, script) for t in data.get(_FAMILIES[key], ())]
        except (KeyError, re.error, TypeError, AttributeError, ValueError) as exc:
            raise TacbError(f"layout words {self._path}: malformed ({exc})") from None
        self[key] = value
        return value


_FAMILIES = {"session": "session", "agenda": "agenda_item", "date": "date"}  # family -> key of the language file


def _lexicon(data: dict, path: Path) -> Lexicon:
    try:
        if not isinstance(data.get("resolution", {}), dict) or not all(
                isinstance(data.get(k, ()), (list, tuple)) for k in _FAMILIES.values()):
            raise TypeError("session, agenda_item and date are lists; resolution maps kinds to lists")
        return Lexicon(data["language"], data, _Patterns(data, path))
    except (KeyError, TypeError, AttributeError) as exc:
        raise TacbError(f"layout words {path}: malformed ({exc})") from None


def load_lexicons(folder: str | Path | None = None) -> dict[str, Lexicon]:
    """Every language file in ``folder`` (default: the bundled ``data/layout``), by code.

    Read once per folder: ``load_lexicons()`` and ``load_lexicons(None)`` are one read.
    """
    return _load_lexicons(str(folder) if folder else None)


@lru_cache(maxsize=4)
def _load_lexicons(folder: str | None) -> dict[str, Lexicon]:
    base = Path(folder) if folder else default_dir()
    out = {}
    for path in sorted(base.glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise TacbError(f"layout words {path}: cannot be read ({exc})") from None
        lex = _lexicon(data, path)
        out[lex.language] = lex
    if not out:
        raise TacbError(f"layout words: no language file in {base}")
    return out
