"""Stage 3 — recognise: entities and their mentions in every paragraph and footnote.

Gazetteer names come from spaCy's entity ruler (patterns: :mod:`.nlp`);
sentences from :mod:`.sentences`; resolution and document symbols from
:mod:`.symbols`; abbreviations the text defines itself and short
back-references from :mod:`.context`. The ``tacb_recogniser`` component
(:mod:`.recogniser`) puts them together, unit by unit.
"""

from .gazetteer import Gazetteer, load_gazetteer
from .recogniser import Recogniser, detect_language, recognise
from .report import ReportContext, TextUnit, text_units

__all__ = ["recognise", "text_units", "detect_language", "Gazetteer", "load_gazetteer", "Recogniser",
           "ReportContext", "TextUnit"]
