"""Co-organizers of an activity named again: ``X held workshops for A. The workshops were organized with Y``,
``Y co-organized the workshop (with X)`` — Y gave the help the earlier sentence reported, and partners its providers.

Called by :mod:`.referents` on a clause that refers back to an activity; word lists: ``activities`` ``co_markers``,
``co_verbs`` (``relations.json``).
"""

from __future__ import annotations

from .clauses import Group
from .emit import emit_assist
from .patterns import SentenceContext
from .roles import agent_after, members_of, year_before


def co_organized_earlier(ctx: SentenceContext, a: int, b: int, act: dict, doers: set[str] | None = None,
                         agent: Group | None = None) -> bool:
    """``X held workshops for A. The workshops were organized with Y``: the co-organizers the referring clause names
    (between ``a`` and ``b``) gave the help the unit's last sentence with any reported, to its recipients, and partner
    its providers (with ``doers``, only the help those gave: It carried out the training with Y). With ``agent``, the
    one the referring clause says carried it out (``X funded a project in A. The project was carried out by Z in
    partnership with Y``): Z gave that help too, and the co-organizers partner Z. Whether any was read."""
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

    doing = [k for k in members_of(agent, lx.agents) if k not in recips] if agent is not None else []
    cos = co_organizers(sent, a, b, act, set(providers) | set(recips) | set(doing), bare=False)
    keys = [k for g in cos for k in members_of(g, lx.agents) if k not in providers and k not in recips]
    if not keys and not doing:
        return False
    mood = ctx.mood(a, None)
    emit_assist(ctx, doing + [k for k in keys if k not in doing], recips, year_before(sent, b), None, mood)
    paid = ctx.carried.get("funders", set())  # (with funding from F, X held a workshop …: F paid, X organized)
    for p in doing or [p for p in providers if p not in paid] or providers:
        for k in keys:
            ctx.add(p, "partnersWith", k, mood=mood)
    return True


def last_help(ctx: SentenceContext) -> tuple[list[str], list[str]]:
    """(providers, recipients) of the help the unit's last sentence with any reported, each once; empty when none."""
    earlier = [r for r in ctx.earlier if r.predicate == "assists"]
    if not earlier:
        return [], []
    last = earlier[-1].sentence
    return (list(dict.fromkeys(r.subject for r in earlier if r.sentence == last)),
            list(dict.fromkeys(r.object for r in earlier if r.sentence == last)))


def joined_earlier(ctx: SentenceContext, doer: Group, e: int, b: int, act: dict) -> None:
    """``X held a workshop for A. Y co-organized the workshop (with X)``: Y, the subject of a verb of joint doing
    (``co_verbs``) whose object refers back to the activity, gave the help the unit's last sentence with any
    reported, to its recipients, and partners its providers (those the ``with`` phrase names, else all)."""
    sent = ctx.sentence
    providers, recips = last_help(ctx)
    if not recips:
        return
    keys = [k for k in doer.keys if k not in providers and k not in recips]
    if not keys:
        return
    named = [k for g in sent.groups if e <= g.start and g.end <= b for k in g.keys if k in providers]
    mood = ctx.mood(e, doer)
    emit_assist(ctx, keys, recips, year_before(sent, b), None, mood)
    for p in named or providers:
        for k in keys:
            ctx.add(p, "partnersWith", k, mood=mood)


def carried_out_by(sent, a: int, b: int, act: dict) -> Group | None:
    """``The project was carried out by Z``: the agent a ``by`` marker governs right after a verb of ``act``
    ``verbs`` (not a verb of paying) in the referring clause ``a``–``b``, with no name between the clause's start and
    the verb, else None."""
    lx = sent.lx
    for vs, e, w in lx.find(sent.text, act["verbs"], a, b):
        if w in act.get("funding_verbs", ()):
            continue  # (The courses were designed with Y and paid for by Z: Z paid, the earlier providers did it)
        if any(a <= g.start < vs for g in sent.groups):
            return None  # (the team was strengthened by an officer whose post X finances and one seconded by Z)
        g = agent_after(sent, e, act.get("by_markers"), act.get("by_gap", 4))
        if g is not None and g.kinds() & lx.agents:
            return g
    return None
