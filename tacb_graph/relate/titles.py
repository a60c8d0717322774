"""Concepts named only inside the title of a text (``the draft resolution entitled "Promoting … cooperation …"``).

A concept inside a title is what the titled text is about, not a position of whoever supports, adopts or
sponsors that text: the stance reader (:mod:`.stance`) reads no cue for it. The forms of a title are
regular expressions of ``data/patterns/{lang}/stances.json`` ``title_spans`` (a title marker and the quoted
title). A concept that only names the subject of a text or a meeting (``the report of the Secretary-General on
C``, ``resolution 54/18 on C``, ``the panel on C``) is read the same way: ``topic_heads`` are regular expressions
of what stands right before such a concept (each ends with ``$``); ``topic_after_kinds`` (``kinds``, ``link``) reads
a concept linked (``link``, a regular expression of the whole text between) to a named text of one of ``kinds``
right before it (``resolution 54/18 on C``). This module holds no word of any language.
"""

from __future__ import annotations

import re

from .clauses import Lexicon, Sentence

__all__ = ["titled"]


def titled(sent: Sentence, lexicon: Lexicon) -> set[int]:
    """Where the concepts of ``sent`` that stand inside a title begin."""
    rxs = lexicon.res.get("title_spans", ())  # compiled once per language (relate.lexicon.lexicon_for)
    heads = lexicon.res.get("topic_heads", ())
    after = lexicon.stances.get("topic_after_kinds", {})
    if not rxs and not heads and not after:
        return set()
    spans = [m.span() for rx in rxs for m in rx.finditer(sent.text, sent.start, sent.end)]
    out = set()
    for it in (it for g in sent.groups for it in g.items if it.kind == "Concept"):
        head = sent.text[max(sent.start, sent.clause_start(it.start)):it.start]
        if any(a <= it.start < b for a, b in spans) or any(rx.search(head) for rx in heads):
            out.add(it.start)
        elif after:
            before = max((x for g in sent.groups for x in g.items if x.end <= it.start), key=lambda x: x.end, default=None)
            if before is not None and before.kind in after["kinds"] \
                    and re.fullmatch(after["link"], sent.text[before.end:it.start]):
                out.add(it.start)
    return out
