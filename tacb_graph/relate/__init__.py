"""Stage 4 — relate: the relations, positions and contributions the text states.

Works text unit by text unit (paragraphs, then the footnotes they carry),
sentence by sentence, over the entities the recogniser found — never over
rules about one report. The word lists are data (``data/patterns/{lang}/``),
and the ``tacb_relations`` spaCy component (:mod:`.extractor`) runs them:

* :mod:`.clauses` — sentences, coordinated groups (``A、B 和 C``, ``A, B and C``),
  the prepositions that govern them and the phrases that name a group through it
  (``the Government of X``);
* :mod:`.patterns` — the shared machinery (subjects, objects, years) and the
  families adoptedBy, requests, establishes, cites; :mod:`.links` —
  partnersWith, submittedInputTo, fundedBy, administeredBy, memberOf, renamedTo;
* :mod:`.assistance` and :mod:`.activities` — who assisted whom, said with a
  verb of helping or through an activity; :mod:`.contributions` — money given;
* :mod:`.modality` — Reported, Requested, Recommended, Planned, Negated;
* :mod:`.stance` — positions on concepts, with negation (没有质疑, did not
  question: not criticism) and joint positions.

Chinese and English run through the same functions; the language's word lists
say which word order it uses.

>>> from tacb_graph.records import Source
>>> from tacb_graph.segment import segment
>>> from tacb_graph.recognise import recognise
>>> text = "1. 人权理事会第 6/17 号决议设立了财政和技术援助自愿基金。\\n2. 人权高专办协助海地和摩洛哥设立委员会。\\n"
>>> rec = relate(recognise(segment(Source("r.txt", "r", text, "0", "utf-8", 0))))
>>> sorted((r.subject, r.predicate, r.object) for r in rec.relations if r.predicate != "cites")[:3]
[('org/ohchr', 'assists', 'state/HTI'), ('org/ohchr', 'assists', 'state/MAR'), ('resolution/A/HRC/RES/6/17', 'adoptedBy', 'org/hrc')]
>>> text = "1. In its resolution 45/31, the Human Rights Council requested OHCHR to assist Haiti.\\n"
>>> rec = relate(recognise(segment(Source("r.txt", "r", text, "0", "utf-8", 0))))
>>> sorted((r.subject, r.predicate, r.object, r.modality) for r in rec.relations if r.predicate != "cites")
[('org/ohchr', 'assists', 'state/HTI', 'Requested'), ('resolution/A/HRC/RES/45/31', 'adoptedBy', 'org/hrc', 'Reported'), ('resolution/A/HRC/RES/45/31', 'requests', 'org/ohchr', 'Reported')]
"""

from __future__ import annotations

from .extractor import RelationExtractor, relate

__all__ = ["relate", "RelationExtractor"]
