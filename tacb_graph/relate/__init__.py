"""Stage 4 — relate: the relations, positions and contributions the text states.

Works text unit by text unit (paragraphs, then the footnotes they carry),
sentence by sentence, over the entities the recogniser found — never over
rules about one report. The word lists are data (``data/patterns/{lang}/``),
and the ``tacb_relations`` spaCy component (:mod:`.extractor`) runs them:

* :mod:`.clauses` — sentences, coordinated groups (``A、B 和 C``) and the
  prepositions that govern them;
* :mod:`.patterns` — one function per relation family (adoptedBy, requests,
  establishes, assists, partnersWith, submittedInputTo, fundedBy,
  administeredBy, memberOf, renamedTo, cites, contributions, years);
* :mod:`.stance` — positions on concepts, with negation (没有质疑 is not
  criticism) and joint positions.

>>> from tacb_graph.records import Source
>>> from tacb_graph.segment import segment
>>> from tacb_graph.recognise import recognise
>>> text = "1. 人权理事会第 6/17 号决议设立了财政和技术援助自愿基金。\\n2. 人权高专办协助海地和摩洛哥设立委员会。\\n"
>>> rec = relate(recognise(segment(Source("r.txt", "r", text, "0", "utf-8", 0))))
>>> sorted((r.subject, r.predicate, r.object) for r in rec.relations if r.predicate != "cites")[:3]
[('org/ohchr', 'assists', 'state/HTI'), ('org/ohchr', 'assists', 'state/MAR'), ('resolution/A/HRC/RES/6/17', 'adoptedBy', 'org/hrc')]
"""

from __future__ import annotations

from .extractor import RelationExtractor, relate

__all__ = ["relate", "RelationExtractor"]
