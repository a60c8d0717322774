"""The entity-ruler patterns made from the gazetteer and the language's back-references.

Each gazetteer surface form becomes a phrase pattern whose label is the entity's
class and whose id is the entity key. Words that merely *contain* a name
(发展中国家, developing countries) are patterns labelled ``NOT``, and
back-reference words (该基金, the Fund) patterns labelled ``BACKREF``: the ruler
keeps the longest match, so 索马里 wins over 马里 and 发展中国家 hides 中国.
:mod:`tacb_graph.nlp` adds the ruler to the pipeline.

>>> from tacb_graph.config import load_config
>>> pats = ruler_patterns(load_config("zh"))
>>> [p for p in pats if p["pattern"] == "发展中国家"]
[{'label': 'NOT', 'pattern': '发展中国家', 'id': 'NOT'}]
"""

from __future__ import annotations

from ..config import Config
from .context import BACKREF, NOT
from .normalise import normalise
from .phrases import pattern_case, ruler_pattern

__all__ = ["ruler_patterns", "NOT", "BACKREF"]


def ruler_patterns(config: Config) -> list[dict]:
    """Phrase patterns for spaCy's entity ruler, for ``config``'s language (a form holding an
    acronym in a language matched ignoring case also carries its ``case``)."""
    gz, lang = config.gazetteer, config.lang
    attr, tok = config.language.match_attr, config.language.spacy
    pats = []

    def entry(label: str, form: str, key: str) -> dict:
        e = {"label": label, "pattern": ruler_pattern(form, tok, attr), "id": key}
        case = pattern_case(form, tok, attr)
        if case is not None:
            e["case"] = case  # the acronyms a match must spell exactly (see recognise.phrases)
        return e

    for form, key in gz.surfaces.get(lang, {}).items():
        pats.append(entry(gz.entities[key].kind, form, key))
    pats += [entry(NOT, t, NOT) for t in gz.not_names_for(lang)]
    pats += [{"label": BACKREF, "pattern": normalise(r["text"]), "id": r["text"]}
             for r in config.language.backrefs.get("rules", [])]
    # 柬埔寨人权委员会: a State's name right before one of the language's ``national_bodies`` words names
    # the State's own body (no annotated class), not the body those words name (the Commission on Human
    # Rights); the whole is a mention of the State, unless the gazetteer names it (津巴布韦人权委员会)
    forms = gz.surfaces.get(lang, {})
    for suffix in config.language.backrefs.get("national_bodies", ()):
        pats += [entry("State", form + suffix, key)
                 for form, key in forms.items() if gz.entities[key].kind == "State" and form + suffix not in forms]
    # 马耳他大学, the University of Malta: a State's name inside the name of a school of no annotated class
    # (``not_state_names``: ``prefixes`` and ``suffixes`` around the State's name) names nothing
    around = config.language.backrefs.get("not_state_names", {})
    for form, key in forms.items():
        if gz.entities[key].kind == "State":
            pats += [{"label": NOT, "pattern": ruler_pattern(whole, tok, attr), "id": NOT}
                     for whole in [form + x for x in around.get("suffixes", ())] + [x + form for x in around.get("prefixes", ())]
                     if whole not in forms]
    # a currency's name is no name of a State (United States dollars, New Zealand dollars, 新西兰元):
    # the names of several words, or of more than two characters where words are not spaced
    if config.language.relations.get("currencies_are_not_names"):
        pats += [{"label": NOT, "pattern": normalise(c), "id": NOT}
                 for c in config.language.relations.get("contribution", {}).get("currencies", {})
                 if " " in c or (not config.language.spaced and len(c) > 2)]
    return pats
