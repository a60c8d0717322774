"""Stage 3 — recognise: entities and their mentions in every paragraph and footnote.

Gazetteer names come from the spaCy entity ruler (:mod:`.nlp`); resolution and
document symbols from :mod:`.symbols`; abbreviations the text defines itself and
short back-references from :mod:`.context`.
"""

from .recogniser import recognise, text_units, detect_language
from .gazetteer import Gazetteer, load_gazetteer

__all__ = ["recognise", "text_units", "detect_language", "Gazetteer", "load_gazetteer"]
