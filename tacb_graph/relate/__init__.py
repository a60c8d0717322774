"""Stage 4 — relate: the relations, positions and contributions the text states.

Works text unit by text unit (paragraphs, then the footnotes they carry),
sentence by sentence, over the entities the recogniser found — never over
rules about one report. The word lists are data (``data/patterns/``):

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

from dataclasses import replace

from ..records import REPORT, Recognised, Relation
from ..recognise.gazetteer import load_gazetteer
from ..recognise.normalise import normalise
from ..recognise.recogniser import text_units
from .clauses import lexicon, sentences
from .patterns import SentenceContext, cites, extract_sentence, sentence_subject
from .stance import find_stances

__all__ = ["relate"]


def relate(rec: Recognised, gazetteer_dir: str | None = None) -> Recognised:
    """Add the relations, stances, contributions, assistance and dates stated in each unit."""
    gz = load_gazetteer(gazetteer_dir)
    kinds = {e.key: e.kind for e in rec.entities}
    by_unit: dict[tuple[str, int], list] = {}
    for m in rec.mentions:
        by_unit.setdefault((m.unit, m.number), []).append(m)
    relations, stances, contributions, assistances, dates = [], [], [], [], []
    holder = None
    words = lexicon()["submitted_input"]["section_words"]
    paras = rec.segmented.paragraphs
    sections = {p.section for p in paras if any(w in p.text for w in words)}
    relayed = {p.number for p in paras if p.section in sections}
    for unit in text_units(rec.segmented):
        text = normalise(unit.text)
        sents = sentences(text, by_unit.get((unit.unit, unit.number), []), kinds, unit.text)
        prev = None
        for sent in sents:
            ctx = SentenceContext(sent, unit.unit, unit.number, prev, gz.body_for_symbol)
            extract_sentence(ctx)
            relations += ctx.relations
            assistances += ctx.assistances
            contributions += ctx.contributions
            dates += ctx.dates
            prev = sentence_subject(sent, prev)
        relations += cites(unit.unit, unit.number, sents)
        if unit.unit == "paragraph":
            found, holder, events = find_stances(unit.unit, unit.number, sents, holder)
            stances += found
            # in a section about the submissions, the States and organisations whose
            # views the report relays submitted them
            for ev in events if unit.number in relayed else ():
                for k in ev.submitters:
                    relations.append(Relation(k, "submittedInputTo", REPORT, unit.unit, unit.number,
                                              sents[ev.sentence].quote))
    # entities only reached through a relation (the body that adopted a resolution)
    known = {e.key for e in rec.entities}
    extra = []
    for r in relations:
        for k in (r.subject, r.object):
            if k not in known and k in gz.entities:
                extra.append(gz.entities[k])
                known.add(k)
    entities = tuple(sorted(rec.entities + tuple(extra), key=lambda e: e.key))
    return replace(
        rec,
        entities=entities,
        relations=tuple(dict.fromkeys(relations)),
        stances=tuple(dict.fromkeys(stances)),
        contributions=tuple(dict.fromkeys(contributions)),
        assistances=tuple(dict.fromkeys(assistances)),
        dates=tuple(dict.fromkeys(dates)),
    )
