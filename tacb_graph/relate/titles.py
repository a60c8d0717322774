"""Concepts named only inside the title of a text (``the draft resolution entitled "Promoting … cooperation …"``).

A concept inside a title is what the titled text is about, not a position of whoever supports, adopts or
sponsors that text: the stance reader (:mod:`.stance`) reads no cue for it. The forms of a title are
regular expressions of ``data/patterns/{lang}/stances.json`` ``title_spans`` (a title marker and the quoted
title); this module holds no word of any language.
"""

from __future__ import annotations

from .clauses import Lexicon, Sentence

__all__ = ["titled"]


def titled(sent: Sentence, lexicon: Lexicon) -> set[int]:
    """Where the concepts of ``sent`` that stand inside a title begin."""
    rxs = lexicon.res.get("title_spans", ())  # compiled once per language (relate.lexicon.lexicon_for)
    if not rxs:
        return set()
    spans = [m.span() for rx in rxs for m in rx.finditer(sent.text, sent.start, sent.end)]
    return {it.start for g in sent.groups for it in g.items
            if it.kind == "Concept" and any(a <= it.start < b for a, b in spans)}
