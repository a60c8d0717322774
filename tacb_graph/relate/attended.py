"""An activity attended by people of a State: ``X organized a workshop …, attended by 40 officials from A and B``;
and people whose attendance someone paid for (:func:`whose_costs`).

The participation is stated as a passive participle after the activity (``attended by``): the people who took part
come after it, and the one who held the activity before it. The holder (and whoever held it together with it)
assists the States or bodies whose people attended.

Word lists: ``relations.json`` ``activities``:

* ``attended_by`` — the participles (``attended by``, ``was attended by`` …);
* ``beneficiaries`` and ``beneficiary_links`` — the people (``officials``, ``judges`` …) and the link before their
  State (``from``, ``of``), after a count at most;
* ``verbs`` and ``nouns`` — the activity verb and noun that must stand before the participle in its sentence.

>>> from tacb_graph.records import Source
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> from tacb_graph.segment import segment
>>> t = "1. UNDP organized a workshop in Accra on juvenile justice, attended by 40 officials from Ghana and Togo.\\n"
>>> found = relate(recognise(segment(Source("t.txt", "t", t, "0", "utf-8", len(t)))))
>>> sorted((r.subject, r.object) for r in found.relations if r.predicate == "assists")
[('org/undp', 'state/GHA'), ('org/undp', 'state/TGO')]
"""

from __future__ import annotations

import re

from .emit import emit_assist, topic
from .patterns import SentenceContext, co_providers
from .roles import members_of, subject_before, year_before

__all__ = ["attended_by", "whose_costs", "took_part_after"]


def attended_by(ctx: SentenceContext, together) -> None:
    """Assistance from the holder of an activity to those whose people attended it (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities") or {}
    words = act.get("attended_by")
    if not words:
        return
    text = sent.text
    agents = lx.agents
    for s, e, _w in lx.find(text, words, sent.start, sent.end):
        held = lx.find(text, act["verbs"], sent.start, s)
        if not held or not lx.find(text, act["nouns"], held[-1][1], s):
            continue  # no activity held before it in the sentence
        stop = min([i for i in (text.find(c, e, sent.end) for c in ";:") if i >= 0] + [sent.end])
        people = next((g for g in sent.after(e) if g.start < stop), None)
        if people is None or not people.kinds() & agents:
            continue
        # attended by 40 officials from A: the people (after a count at most), then a link, then their State
        lead = lx.squeeze(text[e:people.start]).strip()
        lead = re.sub(r"^(?:by\s+)?(?:(?:some|about|nearly|over|more than|\d[\d,]*|[a-z]+-[a-z]+|[a-z]+)\s+)?", "", lead, count=1) \
            if not lx.starts_with(lead.removeprefix("by").strip(), act["beneficiaries"]) else lead.removeprefix("by").strip()
        person = lx.starts_with(lead, act["beneficiaries"] + lx["government_words"])
        if not person or not lx.ends_with(lead, act.get("beneficiary_links", ())) \
                or len(lead[len(person):].split()) > 2:
            continue
        recips = members_of(people, agents)
        prov = subject_before(sent, held[-1][0], agents, ctx.prev_subject, exclude=set(recips))
        if prov is None or set(prov.keys) & set(recips):
            continue
        providers = list(prov.keys) + [c for c in co_providers(together, prov.keys) if c not in prov.keys and c not in recips]
        emit_assist(ctx, providers, recips, year_before(sent, held[-1][0]), topic(sent, held[-1][1]),
                    ctx.mood(held[-1][0], prov))


def whose_costs(ctx: SentenceContext) -> None:
    """``A and B were represented by delegates whose travel the Fund financed``: the one who paid for the people of the
    States named before them (the clause's subject) assists those States (``activities`` ``whose_costs``: ``people``,
    ``nouns`` — travel, participation —, ``verbs`` after the payer)."""
    sent = ctx.sentence
    lx = sent.lx
    spec = (lx.get("activities") or {}).get("whose_costs")
    if not spec:
        return
    text = sent.text
    for s, e, _w in lx.find(text, spec["nouns"], sent.start, sent.end):
        head = lx.squeeze(text[max(sent.start, s - 40):s])
        if not lx.ends_with(head, tuple(f"{p} whose" for p in spec["people"])):
            continue
        payer = next(iter(sent.after(e)), None)
        if payer is None or not payer.kinds() & lx.agents or lx.trim(lx.squeeze(text[e:payer.head]), "determiners"):
            continue
        if not lx.starts_with(lx.squeeze(text[payer.end:payer.end + 20]), spec["verbs"]):
            continue
        lo = sent.clause_start(s)
        states = [k for g in sent.groups if lo <= g.start and g.end <= s and g.governor is None
                  for k in members_of(g, {"State"})]
        if states:
            emit_assist(ctx, list(payer.keys), states, year_before(sent, s), topic(sent, e), ctx.mood(payer.end, payer))


def took_part_after(ctx: SentenceContext, together) -> None:
    """``X ran a workshop in C, in association with Y, on … . Officials from A and B took part.``: people of named
    States who took part (``participation_verbs`` closing a clause that names no activity) took part
    in the activity the sentence before held: its holder and whoever held it with it assist the States
    (``activities`` ``took_part_after``, a switch). Each sentence leaves its own holders in ``ctx.carried``."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities") or {}
    if not act.get("took_part_after"):
        return
    text = sent.text
    held = ctx.carried.pop("held", None)
    verbs = lx.find(text, act.get("participation_verbs", ()), sent.start, sent.end)
    lo = sent.clause_start(verbs[0][0]) if verbs else sent.start
    if held and verbs and not lx.find(text, act["nouns"], lo, sent.clause_end(verbs[0][1])) \
            and not text[verbs[0][1]:sent.clause_end(verbs[0][1])].strip(" ,"):
        s = verbs[0][0]
        recips = [k for g in sent.groups if lo <= g.start and g.end <= s and g.lead is not None
                  and g.kinds() == {"State"} for k in members_of(g, {"State"})]
        if recips and ctx.mood(s, None)[0] != "Negated":
            emit_assist(ctx, [k for k in held if k not in recips], recips, year_before(sent, s), topic(sent, s),
                        ctx.mood(s, None))
    for vs, ve, _w in lx.find(text, act["verbs"], sent.start, sent.end):
        if lx.find(text, act["nouns"], ve, min(sent.end, ve + act["max_noun_gap"])):
            prov = subject_before(sent, vs, lx.agents, ctx.prev_subject)
            if prov is not None:
                ctx.carried["held"] = list(prov.keys) + [c for c in co_providers(together, prov.keys) if c not in prov.keys]
            break

