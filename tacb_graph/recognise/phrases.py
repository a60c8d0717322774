"""How a gazetteer form becomes an entity-ruler pattern.

A language matched ignoring case (``LOWER``: English) would read the pronoun "who" as
WHO, the "au" of Port-au-Prince as the African Union and "a cat" as the Committee
against Torture. In a form that holds an acronym -- a token of two or more capitals --
the acronym is therefore matched exactly and its other words still ignoring case.
Every form is a phrase pattern (spaCy's phrase matcher: one lookup per token, where
its token matcher tries every token pattern at every token, several times slower with
a gazetteer's hundreds of acronyms); a form with an acronym also carries its ``case``:
its tokens lowered and the acronyms it requires exactly, which the ruler
(:class:`tacb_graph.nlp.EntityRuler`) checks on each match.

>>> ruler_pattern("WHO", "en", "LOWER"), pattern_case("WHO", "en", "LOWER")
('WHO', (('who',), ((0, 'WHO'),)))
>>> pattern_case("OHCHR Country Office in Guinea", "en", "LOWER")
(('ohchr', 'country', 'office', 'in', 'guinea'), ((0, 'OHCHR'),))
>>> pattern_case("Committee against Torture", "en", "LOWER") is None
True
>>> ruler_pattern("人权高专办", "zh", "ORTH"), pattern_case("人权高专办", "zh", "ORTH")
('人权高专办', None)
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["ruler_pattern", "pattern_case", "is_acronym"]

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*$")
_CAPITALS = re.compile(r"[A-Z][A-Z0-9]*[A-Z]")  # what any acronym token holds


def is_acronym(token: str) -> bool:
    """``WHO``, ``AU``, ``UNICEF``, ``PDR``: capitals (and digits), at least two letters."""
    return bool(_ACRONYM.match(token))


@lru_cache(maxsize=4)
def _tokenizer(lang: str):
    import spacy

    return spacy.blank(lang).tokenizer  # the tokenizer of the pipeline the ruler sits in


def ruler_pattern(form: str, lang: str, attr: str) -> str:
    """The phrase pattern for ``form`` in a ruler of language ``lang`` matching on ``attr``."""
    return form


def pattern_case(form: str, lang: str, attr: str) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]] | None:
    """What a match of ``form`` must spell exactly, in a ruler that ignores case (``LOWER``).

    ``None`` unless the ruler ignores case and ``form`` holds an acronym; then ``(lowered
    tokens, ((index, acronym), …))``: a match of those lowered tokens counts only with each
    acronym written as in ``form``.
    """
    if attr != "LOWER" or not _CAPITALS.search(form):
        return None  # no token of the form can be an acronym: it has no two capitals in a row of capitals and digits
    tokens = [t.text for t in _tokenizer(lang)(form)]
    exact = tuple((i, t) for i, t in enumerate(tokens) if is_acronym(t))
    if not exact:
        return None
    return tuple(t.lower() for t in tokens), exact
