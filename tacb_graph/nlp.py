"""The spaCy pipeline of a report, assembled from one :class:`~tacb_graph.config.Config`.

``spacy.blank(lang)`` → ``entity_ruler`` (gazetteer names, words that are not
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

from functools import lru_cache

import spacy
from spacy.language import Language

from .config import Config
from .records import Recognised, Segmented
from .recognise import recogniser as _recogniser
from .recognise import sentences as _sentences  # noqa: F401  (registers tacb_sentences)
from .recognise.normalise import normalise
from .recognise.nlp import ruler_patterns
from .recognise.report import ReportContext, text_units
from .relate import extractor as _extractor

__all__ = ["make_nlp", "run", "run_relations"]


@lru_cache(maxsize=8)
def _nlp(config: Config) -> Language:
    language = config.language
    nlp = spacy.blank(language.spacy)
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": language.match_attr, "validate": False})
    ruler.add_patterns(ruler_patterns(config))
    nlp.add_pipe("tacb_sentences", config={"lang": config.lang})
    components = {"lang": config.lang, "gazetteer_dir": config.gazetteer_dir}
    nlp.add_pipe("tacb_recogniser", config=components)
    nlp.add_pipe("tacb_relations", config=components)
    return nlp


def make_nlp(config: Config) -> Language:
    """The pipeline for ``config`` (built once per configuration)."""
    return _nlp(config)


def _docs(nlp: Language, ctx: ReportContext, mentions=None):
    for unit in text_units(ctx.segmented):
        doc = nlp.make_doc(normalise(unit.text))
        doc._.tacb_report = ctx
        doc._.tacb_unit = unit
        if mentions is not None:
            doc._.tacb_mentions = mentions.get((unit.unit, unit.number), [])
        yield doc


def run(seg: Segmented, config: Config, relations: bool = True) -> Recognised:
    """Recognise (and, with ``relations``, relate) one segmented report."""
    nlp = make_nlp(config)
    ctx = ReportContext(seg, config)
    disable = [] if relations else [_extractor.RelationExtractor.name]
    for _doc in nlp.pipe(_docs(nlp, ctx), disable=disable):
        pass
    rec = _recogniser.finish(ctx)
    return _extractor.finish(ctx, rec) if relations else rec


def run_relations(rec: Recognised, config: Config) -> Recognised:
    """Relate a report that was already recognised (its mentions are kept as they are)."""
    nlp = make_nlp(config)
    ctx = ReportContext(rec.segmented, config, entities={e.key: e for e in rec.entities})
    by_unit: dict[tuple[str, int], list] = {}
    for m in rec.mentions:
        by_unit.setdefault((m.unit, m.number), []).append(m)
    keep = {"tacb_sentences", _extractor.RelationExtractor.name}
    disable = [name for name in nlp.pipe_names if name not in keep]
    for _doc in nlp.pipe(_docs(nlp, ctx, by_unit), disable=disable):
        pass
    return _extractor.finish(ctx, rec)
