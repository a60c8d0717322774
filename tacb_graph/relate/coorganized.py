"""Co-organizers of an activity named again: ``X held workshops for A. The workshops were organized with Y``,
``Y co-organized the workshop (with X)`` — Y gave the help the earlier sentence reported, and partners its providers.

Called by :mod:`.referents` on a clause that refers back to an activity; word lists: ``activities`` ``co_markers``,
``co_verbs`` (``relations.json``).
"""

from __future__ import annotations

from .clauses import Group
from .emit import emit_assist
from .patterns import SentenceContext
from .roles import members_of, year_before


def co_organized_earlier(ctx: SentenceContext, a: int, b: int, act: dict, doers: set[str] | None = None) -> bool:
    """``X held workshops for A. The workshops were organized with Y``: the co-organizers the referring clause names
    (between ``a`` and ``b``) gave the help the unit's last sentence with any reported, to its recipients, and partner
    its providers (with ``doers``, only the help those gave: It carried out the training with Y). Whether any was read."""
    sent = ctx.sentence
    lx = sent.lx
    own = [r for r in ctx.relations if r.predicate == "assists"] if a > sent.start + 1 else []  # …; the second was …
    earlier = [r for r in (own or ctx.earlier) if r.predicate == "assists" and (doers is None or r.subject in doers)]
    if not earlier:
        return False
    last = earlier[-1].sentence
    providers = list(dict.fromkeys(r.subject for r in earlier if r.sentence == last))
    recips = list(dict.fromkeys(r.object for r in earlier if r.sentence == last))
    from .referents import co_organizers  # (imported here: referents calls this module)

    cos = co_organizers(sent, a, b, act, set(providers) | set(recips), bare=False)
    keys = [k for g in cos for k in members_of(g, lx.agents) if k not in providers and k not in recips]
    if not keys:
        return False
    mood = ctx.mood(a, None)
    emit_assist(ctx, keys, recips, year_before(sent, b), None, mood)
    for p in providers:
        for k in keys:
            ctx.add(p, "partnersWith", k, mood=mood)
    return True


def joined_earlier(ctx: SentenceContext, doer: Group, e: int, b: int, act: dict) -> None:
    """``X held a workshop for A. Y co-organized the workshop (with X)``: Y, the subject of a verb of joint doing
    (``co_verbs``) whose object refers back to the activity, gave the help the unit's last sentence with any
    reported, to its recipients, and partners its providers (those the ``with`` phrase names, else all)."""
    sent = ctx.sentence
    earlier = [r for r in ctx.earlier if r.predicate == "assists"]
    if not earlier:
        return
    last = earlier[-1].sentence
    providers = list(dict.fromkeys(r.subject for r in earlier if r.sentence == last))
    recips = list(dict.fromkeys(r.object for r in earlier if r.sentence == last))
    keys = [k for k in doer.keys if k not in providers and k not in recips]
    if not keys:
        return
    named = [k for g in sent.groups if e <= g.start and g.end <= b for k in g.keys if k in providers]
    mood = ctx.mood(e, doer)
    emit_assist(ctx, keys, recips, year_before(sent, b), None, mood)
    for p in named or providers:
        for k in keys:
            ctx.add(p, "partnersWith", k, mood=mood)
