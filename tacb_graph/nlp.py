"""The spaCy pipeline of a report, assembled from one :class:`~tacb_graph.config.Config`.

``spacy.blank(lang)`` → ``entity_ruler`` (:class:`EntityRuler`: gazetteer names, words that are not
names, back-reference words) → ``tacb_sentences`` (the one sentence
segmentation) → ``tacb_recogniser`` (mentions, symbols, abbreviations,
back-references) → ``tacb_relations`` (relations, stances, contributions,
assistance, dates). No model is downloaded. Each text unit of a report is one
``Doc``; the components share the report's context (``Doc._.tacb_report``).

>>> from tacb_graph.config import load_config
>>> make_nlp(load_config("zh")).pipe_names
['entity_ruler', 'tacb_sentences', 'tacb_recogniser', 'tacb_relations']
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Callable

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler as _SpacyEntityRuler

from .config import Config
from .records import Recognised, Segmented
from .recognise import recogniser as _recogniser
from .recognise import sentences as _sentences  # noqa: F401  (registers tacb_sentences)
from .recognise.normalise import normalise
from .recognise.nlp import ruler_patterns
from .recognise.report import ReportContext, TextUnit, doc_text, text_units
from .recognise.sentences import split_sentences
from .relate import extractor as _extractor

__all__ = ["make_nlp", "run", "run_relations", "pieces", "MAX_UNIT_CHARS"]


class EntityRuler(_SpacyEntityRuler):
    """spaCy's entity ruler, with phrase patterns that may require some words' exact spelling.

    A pattern may carry a ``case`` (:func:`tacb_graph.recognise.phrases.pattern_case`):
    its tokens lowered and the acronyms it holds. In a ruler matching ``LOWER`` a match of
    those tokens counts only where each acronym is spelled as in the form ("WHO", not
    "who"), checked before overlapping matches are resolved, as a token pattern would be,
    at the cost of one phrase lookup.

    It also does not count every pattern again for each ``Doc``: spaCy checks that the
    ruler has patterns (to warn when it has none) by summing the length of every pattern
    list, on every ``Doc``, which with a gazetteer's thousands of names was most of the
    time a short paragraph took. Whether there is any pattern at all answers the same
    question.

    And it tokenises a phrase pattern only once a text could hold it. A gazetteer has
    thousands of forms and a report names a few hundred; spaCy makes a ``Doc`` of every
    phrase pattern when it is added, which was a tenth of a short build. Phrase patterns
    wait in an index under their first ``HEAD`` characters (folded as the matcher reads them:
    without spaces, lowered where it matches ``LOWER``); before a ``Doc`` is matched, the
    waiting patterns whose folded text occurs in the ``Doc``'s folded text are added. A
    pattern can only match where its tokens' texts follow one another in the text, so the
    matches are those of a ruler given every pattern at once.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> ruler = nlp.add_pipe("tacb_entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    >>> ruler.add_patterns([{"label": "ORG", "pattern": "World Bank", "id": "wb"},
    ...                     {"label": "ORG", "pattern": "UNICEF", "id": "unicef"}])
    >>> len(ruler), ruler.waiting
    (0, 2)
    >>> [(e.text, e.ent_id_) for e in nlp("A grant of the world bank.").ents], len(ruler), ruler.waiting
    ([('world bank', 'wb')], 1, 1)
    """

    #: how many first characters of a phrase pattern index it while it waits (fewer under each head to check)
    HEAD = 4

    def __init__(self, *args, **kwargs) -> None:
        self._cases: dict[str, dict[tuple[str, ...], list]] = {}  # match label -> lowered tokens -> acronyms
        self._waiting: dict[str, list[tuple[str, dict]]] = {}  # first HEAD folded characters -> (folded, pattern)
        self._n_waiting = 0
        self._head_lengths: set[int] = set()  # the lengths of the index's heads (short patterns are their own)
        super().__init__(*args, **kwargs)
        self._lower = self.phrase_matcher_attr == "LOWER"

    @property
    def waiting(self) -> int:
        """How many phrase patterns no text has called for yet."""
        return self._n_waiting

    def _fold(self, text: str) -> str:
        text = "".join(text.split())
        return text.lower() if self._lower else text

    def add_patterns(self, patterns) -> None:
        now = []
        for p in patterns:
            if isinstance(p.get("pattern"), str):
                folded = self._fold(p["pattern"])
                if folded:
                    head = folded[:self.HEAD]
                    self._waiting.setdefault(head, []).append((folded, p))
                    self._head_lengths.add(len(head))
                    self._n_waiting += 1
                    continue
            now.append(p)
        if now:
            self._add(now)

    def _add(self, patterns) -> None:
        plain = []
        for p in patterns:
            case = p.get("case")
            if case is not None:
                name = f"{p['label']}{self.ent_id_sep}{p['id']}" if p.get("id") else p["label"]
                lowered, exact = case
                self._cases.setdefault(name, {}).setdefault(tuple(lowered), []).append(tuple(map(tuple, exact)))
                p = {k: v for k, v in p.items() if k != "case"}
            plain.append(p)
        super().add_patterns(plain)

    def _call_for(self, text: str) -> None:
        """Add the waiting phrase patterns ``text`` could hold."""
        if not self._n_waiting:
            return
        folded = self._fold(text)
        waiting = self._waiting
        heads = {folded[i:i + k] for k in self._head_lengths for i in range(len(folded) - k + 1)} & waiting.keys()
        due = []
        for head in heads:
            found = [fp for fp in waiting[head] if fp[0] in folded]
            if not found:
                continue  # the head is in the text, none of its patterns: they all wait on
            due += found
            rest = [fp for fp in waiting[head] if fp[0] not in folded]
            if rest:
                waiting[head] = rest
            else:
                del waiting[head]
        if due:
            self._n_waiting -= len(due)
            due.sort(key=lambda fp: fp[0])  # the order patterns are added in does not depend on set order
            self._add([p for _f, p in due])

    def clear(self) -> None:
        self._cases = {}
        self._waiting = {}
        self._n_waiting = 0
        self._head_lengths = set()
        super().clear()

    def match(self, doc):
        self._call_for(doc_text(doc))
        matches = super().match(doc)
        cases = self._cases
        if cases:
            strings = self.nlp.vocab.strings
            kept = []
            for m in matches:
                forms = cases.get(strings[m[0]])
                if forms is not None:
                    span = doc[m[1]:m[2]]
                    needs = forms.get(tuple(t.lower_ for t in span))
                    if needs is not None and not any(all(span[i].text == text for i, text in need) for need in needs):
                        continue  # "who" for WHO: not this form
                kept.append(m)
            matches = kept
        return _whole_words(doc, matches)

    def _require_patterns(self) -> None:
        if not (self.token_patterns or self.phrase_patterns or self._n_waiting):
            super()._require_patterns()


_JOINERS = frozenset("-‐‑")


def _glued(doc, i: int) -> bool:
    """Whether tokens ``i - 1`` and ``i`` are one word joined by a hyphen (Guinea|-Bissau, Guinea-|Bissau)."""
    if not 0 < i < len(doc):
        return False
    a, b = doc[i - 1], doc[i]
    if a.whitespace_:
        return False
    return (b.text in _JOINERS and not b.whitespace_ and i + 1 < len(doc)) or \
        (a.text in _JOINERS and i >= 2 and not doc[i - 2].whitespace_)


def _whole_words(doc, matches):
    """``matches`` without a name cut inside a hyphenated word that another match reads whole.

    The longest match wins where matches overlap, so "OHCHR Country Office in Guinea" would take
    "Guinea" from "Guinea-Bissau"; a match that ends (or starts) inside a hyphenated word
    another match runs across is a piece of a name, and gives way. A match ending before a
    hyphen that no other name crosses stays ("OHCHR-supported").
    """
    if len(matches) < 2:
        return matches
    by_start: dict[int, list[tuple[int, int, int]]] = {}
    by_end: dict[int, list[tuple[int, int, int]]] = {}
    for m in matches:
        by_start.setdefault(m[1], []).append(m)
        by_end.setdefault(m[2], []).append(m)
    cut = set()
    for m in matches:
        _id, s, e = m
        # another match starting inside this one and running past its end, which falls inside a word
        if _glued(doc, e) and any(e2 > e for s2 in range(s + 1, e) for _i, _s, e2 in by_start.get(s2, ())):
            cut.add(m)
        # another match ending inside this one, having started before its start, which falls inside a word
        elif _glued(doc, s) and any(s2 < s for e2 in range(s + 1, e) for _i, s2, _e in by_end.get(e2, ())):
            cut.add(m)
    return [m for m in matches if m not in cut] if cut else matches


@Language.factory("tacb_entity_ruler", default_config={"phrase_matcher_attr": None, "validate": False,
                                                       "overwrite_ents": False, "ent_id_sep": "||"})
def make_entity_ruler(nlp: Language, name: str, phrase_matcher_attr, validate: bool, overwrite_ents: bool,
                      ent_id_sep: str) -> EntityRuler:
    return EntityRuler(nlp, name, phrase_matcher_attr=phrase_matcher_attr, validate=validate,
                       overwrite_ents=overwrite_ents, ent_id_sep=ent_id_sep)


@lru_cache(maxsize=8)
def _nlp(config: Config) -> Language:
    language = config.language
    nlp = spacy.blank(language.spacy)
    ruler = nlp.add_pipe("tacb_entity_ruler", name="entity_ruler",
                         config={"phrase_matcher_attr": language.match_attr, "validate": False})
    ruler.add_patterns(ruler_patterns(config))
    nlp.add_pipe("tacb_sentences", config={"lang": config.lang})
    components = {"lang": config.lang, "gazetteer_dir": config.gazetteer_dir}
    nlp.add_pipe("tacb_recogniser", config=components)
    nlp.add_pipe("tacb_relations", config=components)
    return nlp


def make_nlp(config: Config) -> Language:
    """The pipeline for ``config`` (built once per configuration)."""
    return _nlp(config)


#: A text unit longer than this many characters is read in pieces cut at sentence ends, none
#: longer than this (nor than spaCy's ``nlp.max_length``); records keep offsets into the unit.
MAX_UNIT_CHARS = 100_000

UnitDone = Callable[[int], None] | None


def pieces(unit: TextUnit, config: Config, limit: int) -> list[TextUnit]:
    """``unit`` cut at sentence ends into pieces of at most ``limit`` characters (a sentence
    longer than that is cut where the limit falls); ``[unit]`` when it fits.

    >>> from tacb_graph.config import load_config
    >>> u = TextUnit("paragraph", 10000, "第一句。第二句。第三句很长很长。")
    >>> [(p.text, p.offset) for p in pieces(u, load_config("zh"), 9)]
    [('第一句。第二句。', 0), ('第三句很长很长。', 8)]
    """
    text = unit.text
    if len(text) <= limit:
        return [unit]
    cuts = [b for _a, b in split_sentences(text, config.language)]
    out: list[TextUnit] = []
    start = end = 0

    def piece(a: int, b: int) -> None:
        out.append(TextUnit(unit.unit, unit.number, text[a:b], unit.offset + a))

    for b in cuts:
        if b - start > limit and end > start:
            piece(start, end)
            start = end
        while b - start > limit:
            piece(start, start + limit)
            start += limit
        end = b
    if start < len(text):
        piece(start, len(text))
    return out


def _docs(nlp: Language, ctx: ReportContext, mentions=None):
    limit = min(MAX_UNIT_CHARS, nlp.max_length)
    for whole in text_units(ctx.segmented):
        for unit in pieces(whole, ctx.config, limit):
            text = normalise(unit.text)
            doc = nlp.make_doc(text)
            # spaCy's tokenisers are non-destructive: doc.text is ``text``, so the components read it
            # from here rather than joining it again from the tokens (one per character in Chinese)
            doc._.tacb_text = text
            doc._.tacb_report = ctx
            doc._.tacb_unit = unit
            if mentions is not None:
                lo, hi = unit.offset, unit.offset + len(unit.text)
                doc._.tacb_mentions = [replace(m, start=m.start - lo, end=m.end - lo) if lo else m
                                       for m in mentions.get((unit.unit, unit.number), []) if lo <= m.start < hi]
            yield doc


def run(seg: Segmented, config: Config, relations: bool = True, on_unit: UnitDone = None) -> Recognised:
    """Recognise (and, with ``relations``, relate) one segmented report.

    ``on_unit`` is told the length of each text unit (or piece of one) once it is read,
    for a progress bar.
    """
    nlp = make_nlp(config)
    ctx = ReportContext(seg, config)
    disable = [] if relations else [_extractor.RelationExtractor.name]
    for doc in nlp.pipe(_docs(nlp, ctx), disable=disable):
        if on_unit is not None:
            on_unit(len(doc._.tacb_unit.text))
    rec = _recogniser.finish(ctx)
    return _extractor.finish(ctx, rec) if relations else rec


def run_relations(rec: Recognised, config: Config) -> Recognised:
    """Relate a report that was already recognised (its mentions are kept as they are)."""
    nlp = make_nlp(config)
    ctx = ReportContext(rec.segmented, config, entities={e.key: e for e in rec.entities}, about=rec.about)
    by_unit: dict[tuple[str, int], list] = {}
    for m in rec.mentions:
        by_unit.setdefault((m.unit, m.number), []).append(m)
    keep = {"tacb_sentences", _extractor.RelationExtractor.name}
    disable = [name for name in nlp.pipe_names if name not in keep]
    for _doc in nlp.pipe(_docs(nlp, ctx, by_unit), disable=disable):
        pass
    return _extractor.finish(ctx, rec)
