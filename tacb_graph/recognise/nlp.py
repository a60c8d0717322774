"""The spaCy pipeline: a blank ``zh`` (or ``en``) model with an entity ruler fed
from the gazetteers. No downloaded model is needed.

Each gazetteer surface form becomes a phrase pattern whose label is the entity's
class and whose id is the entity key. Words that merely *contain* a name
(发展中国家) are patterns labelled ``NOT``, and back-reference words (该基金,
理事会) patterns labelled ``BACKREF``: the ruler keeps the longest match, so
索马里 wins over 马里 and 发展中国家 hides 中国.

>>> nlp = get_nlp("zh")
>>> [(e.text, e.label_, e.ent_id_) for e in nlp("中国认为发展中国家").ents]
[('中国', 'State', 'state/CHN'), ('发展中国家', 'NOT', 'NOT')]
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from .gazetteer import Gazetteer, load_gazetteer
from .normalise import normalise
from .phrases import ruler_pattern

__all__ = ["get_nlp", "load_backrefs", "NOT", "BACKREF"]

NOT = "NOT"
BACKREF = "BACKREF"


def _patterns_dir() -> Path:
    return Path(str(resources.files("tacb_graph") / "data" / "patterns"))


@lru_cache(maxsize=2)
def load_backrefs() -> dict:
    """Back-reference rules (``data/patterns/backrefs.json``)."""
    with (_patterns_dir() / "backrefs.json").open(encoding="utf-8") as fh:
        return json.load(fh)


def _patterns(gz: Gazetteer, lang: str) -> list[dict]:
    attr = "ORTH" if lang == "zh" else "LOWER"  # as the ruler below matches
    pats = []
    for form, key in gz.surfaces[lang].items():
        pats.append({"label": gz.entities[key].kind, "pattern": ruler_pattern(form, lang, attr), "id": key})
    pats += [{"label": NOT, "pattern": ruler_pattern(t, lang, attr), "id": NOT} for t in gz.not_names_for(lang)]
    pats += [{"label": BACKREF, "pattern": normalise(r["text"]), "id": r["text"]} for r in load_backrefs()[lang]]
    return pats


@lru_cache(maxsize=2)
def get_nlp(lang: str = "zh", gazetteer_dir: str | None = None) -> Language:
    """A blank spaCy pipeline for ``lang`` with the gazetteer entity ruler (cached)."""
    if lang == "zh":
        nlp = spacy.blank("zh")  # character segmentation: no model, no download
    else:
        nlp = spacy.blank("en")
    ruler = nlp.add_pipe(
        "entity_ruler",
        config={"phrase_matcher_attr": "ORTH" if lang == "zh" else "LOWER", "validate": False},
    )
    ruler.add_patterns(_patterns(load_gazetteer(gazetteer_dir), lang))
    nlp.add_pipe("sentencizer", config={"punct_chars": ["。", "！", "？", "；", ".", "!", "?"]})
    return nlp
