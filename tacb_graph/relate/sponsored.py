"""People a fund sponsored, named by their States: ``Three fellows of the Fund, officials of A, B and C, followed the
work of the Council``, ``A fellowship of the Fund, awarded to a diplomat from A, was extended``, ``The Fund paid for 38
delegates …. The sponsored delegations included those of A and B`` — the sponsor assists those States.

Reports on the participation and fellowship funds say whom a fund helped through the people it sponsored, not through
a verb of helping.

Word lists: ``relations.json`` ``sponsored``:

* ``sponsor_kinds`` — the classes of a sponsor (``Fund``);
* ``of_sponsor`` — a regular expression on the words of the clause before the sponsor (``fellows of``, ``a
  fellowship of``);
* ``people_of`` — one on the words between the sponsor and the States, which must match them all (``, officials of``,
  ``, awarded to a diplomat from``);
* ``listed`` — one on the words from the sentence's start to the States (``The sponsored delegations included those
  of``): their sponsor is the one the sentence before is about, else the fund the report's title names.

>>> from tacb_graph.records import Source
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> from tacb_graph.segment import segment
>>> t = ("1. Two fellows of the United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights, "
...      "officials of Malawi and Zambia, followed the session.\\n")
>>> found = relate(recognise(segment(Source("t.txt", "t", t, "0", "utf-8", len(t)))))
>>> sorted((r.subject, r.object) for r in found.relations if r.predicate == "assists")
[('org/vf-tc', 'state/MWI'), ('org/vf-tc', 'state/ZMB')]
"""

from __future__ import annotations

import re

from .emit import emit_assist, topic
from .patterns import SentenceContext
from .roles import members_of, year_before

__all__ = ["sponsored_people"]


def sponsored_people(ctx: SentenceContext) -> None:
    """Help to the States whose people a fund sponsored (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    sp = lx.get("sponsored")
    if not sp:
        return
    kinds = set(sp.get("sponsor_kinds", ("Fund",)))
    text = sent.text
    for g in sent.groups:
        if not g.kinds() & kinds or not re.search(sp["of_sponsor"], lx.squeeze(text[sent.clause_start(g.start):g.start])):
            continue
        states = next((h for h in sent.after(g.end) if "State" in h.kinds()), None)
        if states is not None and re.fullmatch(sp["people_of"], lx.squeeze(text[g.end:states.start])):
            emit_assist(ctx, members_of(g, kinds), members_of(states, {"State"}), year_before(sent, g.start),
                        topic(sent, states.end), ctx.mood(g.start, g))
    states = next((h for h in sent.groups if "State" in h.kinds()), None)
    if states is None or not sp.get("listed") or not re.fullmatch(sp["listed"], lx.squeeze(text[sent.start:states.start])):
        return
    prev = ctx.prev_subject
    sponsor = members_of(prev, kinds) if prev is not None and prev.kinds() & kinds else []
    if not sponsor and ctx.money.get("title_recipient"):
        sponsor = [ctx.money["title_recipient"]]  # (a fund's report: the sponsored delegations are its)
    if sponsor:
        emit_assist(ctx, sponsor, members_of(states, {"State"}), year_before(sent, states.start),
                    topic(sent, states.end), ctx.mood(states.start, None))
