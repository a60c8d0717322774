"""How a gazetteer form becomes an entity-ruler pattern.

A language matched ignoring case (``LOWER``: English) would read the pronoun "who" as
WHO, the "au" of Port-au-Prince as the African Union and "a cat" as the Committee
against Torture. In a form that holds an acronym -- a token of two or more capitals --
the acronym is therefore matched exactly and its other words still ignoring case;
every other form stays a phrase.

>>> ruler_pattern("WHO", "en", "LOWER")
[{'ORTH': 'WHO'}]
>>> ruler_pattern("OHCHR Country Office in Guinea", "en", "LOWER")
[{'ORTH': 'OHCHR'}, {'LOWER': 'country'}, {'LOWER': 'office'}, {'LOWER': 'in'}, {'LOWER': 'guinea'}]
>>> ruler_pattern("Committee against Torture", "en", "LOWER")
'Committee against Torture'
>>> ruler_pattern("人权高专办", "zh", "ORTH")
'人权高专办'
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["ruler_pattern", "is_acronym"]

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*$")


def is_acronym(token: str) -> bool:
    """``WHO``, ``AU``, ``UNICEF``, ``PDR``: capitals (and digits), at least two letters."""
    return bool(_ACRONYM.match(token))


@lru_cache(maxsize=4)
def _tokenizer(lang: str):
    import spacy

    return spacy.blank(lang).tokenizer  # the tokenizer of the pipeline the ruler sits in


def ruler_pattern(form: str, lang: str, attr: str) -> str | list[dict]:
    """The pattern for ``form`` in a ruler of language ``lang`` matching on ``attr``.

    A phrase (a string) unless the ruler ignores case and ``form`` holds an acronym;
    then a token pattern: the acronyms exactly (``ORTH``), the other tokens ignoring case.
    """
    if attr != "LOWER":
        return form
    tokens = [t.text for t in _tokenizer(lang)(form)]
    if not any(is_acronym(t) for t in tokens):
        return form
    return [{"ORTH": t} if is_acronym(t) else {"LOWER": t.lower()} for t in tokens]
