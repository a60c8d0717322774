"""One pipeline configuration, decided once and passed down to every stage.

A :class:`Config` holds the language of a report, that language's data (how
its text is matched, where sentences and clauses end, the relation, stance and
back-reference word lists) and the gazetteer. Every language is a data folder,
``data/patterns/{lang}/`` — ``language.json`` (required), ``relations.json``,
``stances.json``, ``backrefs.json``, ``persons.json``, ``sessions.json`` and ``checks.json`` — so
supporting another language means
adding a folder, not a code branch. The spaCy components of
:mod:`tacb_graph.nlp` are configured from it.

>>> config = load_config("zh")
>>> config.lang, config.language.spacy, config.language.match_attr
('zh', 'zh', 'ORTH')
>>> config is load_config("zh")  # made once
True
>>> detect_language("人权理事会第 37/23 号决议请咨询委员会提交报告。")
'zh'
>>> detect_language("The Council requested the Office to provide technical assistance.")
'en'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from typing import TYPE_CHECKING, Callable, TypeVar

from .errors import TacbError

T = TypeVar("T")

if TYPE_CHECKING:
    from .recognise.gazetteer import Gazetteer

__all__ = ["Config", "LanguageData", "load_config", "load_language", "languages", "detect_language"]


def _lang_root() -> Path:
    from .package_data import data_dir

    return data_dir() / "patterns"


@dataclass(frozen=True)
class LanguageData:
    """How text in one language is read (``data/patterns/{lang}/``)."""

    code: str
    name: str
    spacy: str  # spaCy blank language
    match_attr: str  # ORTH or LOWER, for the gazetteer phrase matcher
    script: re.Pattern  # a character of this language's script
    sentence_ends: str
    newline_ends_sentence: bool
    clause_ends: str
    no_split_before: str  # closing quotes and brackets that stay with the sentence they end
    abbreviations: tuple[str, ...]  # words whose full stop does not end a sentence
    abbreviation: re.Pattern  # an abbreviation defined in brackets right after a name
    abbreviation_valid: re.Pattern | None
    spaced: bool = False  # words are separated by spaces: a word list entry matches whole words only
    newline_continues_after: str = ""  # a line ending with one of these (：；) runs on: its list items
    relations: dict = field(default_factory=dict, compare=False, repr=False)
    stances: dict = field(default_factory=dict, compare=False, repr=False)
    backrefs: dict = field(default_factory=dict, compare=False, repr=False)
    persons: dict = field(default_factory=dict, compare=False, repr=False)
    sessions: dict = field(default_factory=dict, compare=False, repr=False)
    checks: dict = field(default_factory=dict, compare=False, repr=False)  # checks.json (tacb_graph.check)
    stance_model: dict = field(default_factory=dict, compare=False, repr=False)  # stance_model.json (relate/stance_model.py)
    assist_model: dict = field(default_factory=dict, compare=False, repr=False)  # assist_model.json (relate/assist_model.py)

    @property
    def has_relations(self) -> bool:
        """Whether this language has relation and stance word lists."""
        return bool(self.relations) and bool(self.stances)

    @property
    def case_insensitive(self) -> bool:
        return self.match_attr == "LOWER"

    def fold(self, text: str) -> str:
        """``text`` as the gazetteer matcher compares it (lower-cased for LOWER).

        The folded text has the length of ``text`` (a character whose lower case is
        longer is kept as it is), so offsets carry over.
        """
        if not self.case_insensitive:
            return text
        low = text.lower()
        if len(low) == len(text):
            return low
        return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)

    def bounded(self, text: str, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` stands as a whole word (always, in a script without spaces).

        >>> en = load_language("en")
        >>> en.bounded("into the", 2, 4), en.bounded("to the", 0, 2)
        (False, True)
        """
        if not self.spaced:
            return True
        return (start <= 0 or not _word_char(text[start - 1]) or not _word_char(text[start])) and \
            (end >= len(text) or not _word_char(text[end]) or not _word_char(text[end - 1]))

    def squeeze(self, text: str) -> str:
        """``text`` with its white space as the word lists write it: none between Chinese
        characters, one space between English words.

        >>> load_language("en").squeeze(" the  Government of "), load_language("zh").squeeze(" 政府 的 ")
        ('the Government of', '政府的')
        """
        return (" " if self.spaced else "").join(text.split())

    def ends_with(self, text: str, words) -> str | None:
        """The longest of ``words`` that ``text`` ends with, as a whole word, else ``None``."""
        words = words if isinstance(words, tuple) else tuple(words)
        if not text.endswith(words):
            return None  # most texts end with none of them: one test for all
        best = None
        for w in words:
            if w and text.endswith(w) and self.bounded(text, len(text) - len(w), len(text)) \
                    and (best is None or len(w) > len(best)):
                best = w
        return best

    def starts_with(self, text: str, words) -> str | None:
        """The longest of ``words`` that ``text`` starts with, as a whole word, else ``None``."""
        words = words if isinstance(words, tuple) else tuple(words)
        if not text.startswith(words):
            return None
        best = None
        for w in words:
            if w and text.startswith(w) and self.bounded(text, 0, len(w)) and (best is None or len(w) > len(best)):
                best = w
        return best


@dataclass(frozen=True)
class Config:
    """The configuration of one run of the pipeline over reports in one language."""

    lang: str
    language: LanguageData
    gazetteer: "Gazetteer" = field(compare=False, repr=False)
    gazetteer_dir: str | None = None

    def derived(self, name: str, make: Callable[[], T]) -> T:
        """``make()``, made once per configuration and kept: a table made from the gazetteer and the
        language's data alone (neither changes once loaded), which every report would otherwise make
        again. The table is shared by every report read with this configuration: do not change it."""
        made = self.__dict__.setdefault("_derived", {})
        if name not in made:
            made[name] = make()
        return made[name]


def _read_json(path: Path) -> dict:
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        raise TacbError(f"{path}: cannot be read ({exc})") from None


@lru_cache(maxsize=None)
def languages() -> tuple[str, ...]:
    """The languages that have a data folder (``data/patterns/{lang}/language.json``)."""
    return tuple(sorted(p.parent.name for p in _lang_root().glob("*/language.json")))


@lru_cache(maxsize=None)
def load_language(lang: str) -> LanguageData:
    """The data of language ``lang``; raises :class:`TacbError` for an unknown language."""
    folder = _lang_root() / lang
    if lang not in languages():
        raise TacbError(f"no language data for {lang!r} (known: {', '.join(languages())})")
    d = _read_json(folder / "language.json")
    valid = d.get("abbreviation_valid") or ""
    return LanguageData(
        code=lang,
        name=d.get("name", lang),
        spacy=d["spacy"],
        match_attr=d.get("match_attr", "ORTH"),
        script=re.compile(d["script"]),
        sentence_ends=d["sentence_ends"],
        newline_ends_sentence=bool(d.get("newline_ends_sentence", True)),
        clause_ends=d["clause_ends"],
        no_split_before=d.get("no_split_before", ""),
        abbreviations=tuple(d.get("abbreviations", ())),
        abbreviation=re.compile(d["abbreviation"]),
        abbreviation_valid=re.compile(valid) if valid else None,
        spaced=bool(d.get("spaced", False)),
        newline_continues_after=d.get("newline_continues_after", ""),
        relations=_strip_comments(_read_json(folder / "relations.json")),
        stances=_strip_comments(_read_json(folder / "stances.json")),
        backrefs=_read_json(folder / "backrefs.json") or {"before": "", "rules": []},
        persons=_strip_comments(_read_json(folder / "persons.json")),
        sessions=_strip_comments(_read_json(folder / "sessions.json")),
        checks=_strip_comments(_read_json(folder / "checks.json")),
        stance_model=_read_json(folder / "stance_model.json"),
        assist_model=_read_json(folder / "assist_model.json"),
    )


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _strip_comments(d: dict) -> dict:
    return {k: v for k, v in d.items() if not k.startswith("_")}


@lru_cache(maxsize=8)
def load_config(lang: str = "zh", gazetteer_dir: str | None = None) -> Config:
    """The configuration for ``lang`` (made once per language and gazetteer folder)."""
    from .recognise.gazetteer import load_gazetteer

    return Config(lang, load_language(lang), load_gazetteer(gazetteer_dir), gazetteer_dir)


def detect_language(text: str) -> str:
    """The language whose script most characters of ``text`` are written in.

    Every language folder names its script (``language.json``: ``script``); the
    one with the largest share of the first 20,000 non-space characters wins.
    """
    sample = re.sub(r"\s+", "", text[:20000])
    shares = {lang: len(load_language(lang).script.findall(sample)) for lang in languages()}
    return max(languages(), key=lambda lang: (shares[lang], lang == "zh"))
