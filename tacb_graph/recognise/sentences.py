"""The one sentence segmentation, configured by the language data.

:func:`split_sentences` is the pure rule (text in, character spans out); the
``tacb_sentences`` spaCy component sets ``Token.is_sent_start`` from it, and
every later stage reads sentences from ``Doc.sents``.

>>> from tacb_graph.config import load_language
>>> zh = load_language("zh")
>>> text = "人权理事会请人权高专办提供援助。“该基金”成立于 1987 年！"
>>> [text[a:b] for a, b in split_sentences(text, zh)]
['人权理事会请人权高专办提供援助。', '“该基金”成立于 1987 年！']
>>> text = "理事会建议政府：\\n(a) 批准公约；\\n(b) 与人权高专办合作。\\n另起一行"
>>> [text[a:b] for a, b in split_sentences(text, zh)]
['理事会建议政府：\\n(a) 批准公约；\\n(b) 与人权高专办合作。\\n', '另起一行']
>>> en = load_language("en")
>>> text = "The Office (see A/HRC/27/41, para. 8) assisted Mr. Smith. It also helped the Niger."
>>> [text[a:b] for a, b in split_sentences(text, en)]
['The Office (see A/HRC/27/41, para. 8) assisted Mr. Smith.', ' It also helped the Niger.']
"""

from __future__ import annotations

import re
from functools import lru_cache

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from ..config import LanguageData, load_language
from .report import doc_text

__all__ = ["split_sentences", "SentenceSegmenter"]

_OPENERS = "\"'“‘([《「"


def _full_stop_ends(text: str, i: int, language: LanguageData) -> bool:
    """Whether the full stop at ``i`` ends a sentence (not e.g., para. 8, Mr. X, A. B.)."""
    j = i + 1
    while j < len(text) and text[j] in language.no_split_before:
        j += 1
    if j >= len(text):
        return True
    if not text[j].isspace():
        return False  # 8.9, A/HRC/27/41.Add, e.g.x
    k = j
    while k < len(text) and text[k].isspace():
        k += 1
    if k >= len(text):
        return True
    nxt = text[k]
    if not (nxt.isupper() or nxt.isdigit() or nxt in _OPENERS):
        return False
    w = i
    while w > 0 and not text[w - 1].isspace() and text[w - 1] not in _OPENERS:
        w -= 1
    word = text[w:i + 1]
    if word in language.abbreviations:
        return False
    if len(word) == 2 and word[0].isupper():
        return False  # an initial: J. Smith
    return True


def _runs_on(text: str, start: int, i: int, language: LanguageData) -> bool:
    """The line ending at ``i`` ends with a clause mark that opens or continues a list
    (``建议政府：`` / ``(a) …；``): the next line belongs to the same sentence."""
    cont = language.newline_continues_after
    line = text[start:i].rstrip()
    return bool(cont) and bool(line) and line[-1] in cont


@lru_cache(maxsize=16)
def _stops(ends: str, newline: bool) -> re.Pattern:
    """A character of ``ends``, or a line break where one ends a sentence."""
    chars = ends + ("\n" if newline else "")
    return re.compile(f"[{re.escape(chars)}]" if chars else r"(?!)")


def split_sentences(text: str, language: LanguageData) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of ``text`` (the spans cover the whole text)."""
    spans: list[tuple[int, int]] = []
    start = 0
    i = 0
    n = len(text)
    ends = language.sentence_ends
    stops = _stops(ends, language.newline_ends_sentence)
    while i < n:
        m = stops.search(text, i)  # the next character that may end a sentence; the others are passed over
        if m is None:
            break
        i = m.start()
        ch = text[i]
        end = None
        if ch == "\n" and language.newline_ends_sentence and not _runs_on(text, start, i, language):
            end = i + 1
        elif ch in ends and (ch != "." or _full_stop_ends(text, i, language)):
            end = i + 1
            while end < n and text[end] in language.no_split_before:
                end += 1
        if end is not None:
            if text[start:end].strip():
                spans.append((start, end))
            elif spans:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
            start = i = end
            continue
        i += 1
    if start < n:
        if text[start:].strip() or not spans:
            spans.append((start, n))
        else:
            spans[-1] = (spans[-1][0], n)
    return spans


class SentenceSegmenter:
    """spaCy component: sentence starts from :func:`split_sentences`."""

    def __init__(self, language: LanguageData):
        self.language = language

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        spans = split_sentences(doc_text(doc), self.language)
        offsets = doc.to_array("IDX")
        flags = numpy.full(len(doc), -1, dtype="int64")  # -1: not a sentence start, 1: a start
        ks = numpy.searchsorted(offsets, [a for a, _b in spans], side="left")
        flags[ks[ks < len(doc)]] = 1
        flags[0] = 1
        doc.from_array(["SENT_START"], flags.astype("uint64").reshape(-1, 1))  # spaCy's own encoding
        doc.user_data["tacb_sentences"] = spans  # the same cut, as character spans, for later stages
        return doc


@Language.factory("tacb_sentences", default_config={"lang": "zh"})
def make_sentence_segmenter(nlp: Language, name: str, lang: str) -> SentenceSegmenter:
    return SentenceSegmenter(load_language(lang))
