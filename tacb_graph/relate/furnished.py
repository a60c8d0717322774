"""Help given with the recipient as the verb's object: ``UNDP furnished the Commission with recording equipment``,
``OHCHR provided the Ministry with technical advice`` — the verb's subject assists the group right after it, when
``with`` and something given (a help noun) follow it in its clause.

Word lists: ``relations.json`` ``assists``: ``give_verbs`` (provided, furnished, supplied, equipped …),
``give_nouns`` (support, advice, equipment …, within ``noun_window`` characters after ``with``) and ``given_with``
(the words between the object and the thing given: ``with``); ``self_giving`` (equipped …): a verb that says what was given
needs no ``with`` after a body of no name of a State (``equipped the medical units of five prisons in X``).

>>> from tacb_graph.records import Source
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> from tacb_graph.segment import segment
>>> t = "1. UNDP equipped the National Human Rights Commission of Nigeria with computers and other equipment.\\n"
>>> found = relate(recognise(segment(Source("t.txt", "t", t, "0", "utf-8", len(t)))))
>>> [(r.subject, r.object) for r in found.relations if r.predicate == "assists"]
[('org/undp', 'org/nhrc-nigeria')]
"""

from __future__ import annotations

import re

from .emit import emit_assist, topic
from .patterns import SentenceContext, co_providers
from .doers import under_owner
from .roles import agent_after, members_of, subject_before, year_before

__all__ = ["facilities_mended", "given_with", "goods_came_from", "goods_handed", "goods_receiver"]


def given_with(ctx: SentenceContext, together=()) -> None:
    """Help to the object of a giving verb that ``with`` a thing given follows (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    markers = a.get("given_with")
    if not markers:
        return
    text = sent.text
    for s, e, _w in lx.find(text, a.get("give_verbs", ()), sent.start, sent.end):
        obj = next(iter(sent.after(e)), None)
        unnamed = obj is not None and a.get("unnamed_object") and obj.kinds() == {"State"} \
            and re.fullmatch(a["unnamed_object"], lx.squeeze(text[e:obj.start]).strip().lower())
        if obj is None or (obj.governor or not obj.kinds() & lx.agents
                           or lx.trim(lx.squeeze(text[e:obj.head]), "determiners").strip()) and not unnamed:
            continue  # the object must stand right after the verb (or be a body of no name of a State: four courts in X)
        end = sent.clause_end(obj.end)
        rest = lx.squeeze(text[obj.end:end])
        mark = lx.starts_with(rest, markers)
        if (not mark or not lx.find(rest, a.get("give_nouns", ()), len(mark), len(mark) + a.get("noun_window", 40))) \
                and not (unnamed and _w in a.get("self_giving", ())):
            continue  # (equipped the medical units of five prisons in X: the verb says what was given)
        prov = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(obj.keys))
        if prov is None:
            continue
        recips = [k for k in members_of(obj, lx.agents) if k not in prov.keys]
        providers = list(prov.keys)  # X, in cooperation with Y, equipped …: Y gave it too
        providers += [c for c in co_providers(together, providers, s) if c not in providers and c not in recips]
        if recips:
            emit_assist(ctx, providers, recips, year_before(sent, s), topic(sent, e), ctx.mood(s, prov))
    _given_passive(ctx, a, markers)


def goods_handed(ctx: SentenceContext) -> None:
    """``服务器由 X 捐赠给 Y``, ``由 X 出资采购的设备已交付 Y``: things given (``give_nouns`` before the verb, in its
    clause) handed over (``goods_handed``: ``verbs``) to the body or State right after the verb, by the one ``由``
    governs before it (``by``); the verb may end in its recipient's marker (``to``: 给). ``Y`` is helped by ``X``."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    spec = a.get("goods_handed")
    if not spec:
        return
    text = sent.text
    for s, e, _w in lx.find(text, spec["verbs"], sent.start, sent.end):
        lo = sent.clause_start(s)
        if not lx.find(text, a.get("give_nouns", ()), lo, s):
            continue  # (只有物品 is handed over: 交给 X 的报告 is no help)
        obj = next(iter(sent.after(e)), None)
        if obj is None or obj.start - e > 2 or (obj.governor and obj.governor not in spec.get("to", ())) \
                or not obj.kinds() & lx.agents:
            continue
        by = [g for g in sent.groups if lo <= g.start and g.end <= s and g.governor in spec["by"] and g.kinds() & lx.agents]
        recips = members_of(obj, lx.agents)
        providers = [k for k in (by[-1].keys if by else ()) if k not in recips]
        if providers and recips:
            emit_assist(ctx, providers, recips, year_before(sent, s), topic(sent, e), ctx.mood(s, by[-1]))


def _given_passive(ctx: SentenceContext, a: dict, markers) -> None:
    """``Under a project implemented by X, the courts of Y were provided with computers``, ``Y was equipped with
    vehicles by X``: the passive's subject (a body or a State's body) was helped by its agent (``by X`` after the
    things given), else by the owner of the project the sentence opens with, else by the funder the sentence names."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities") or {}
    aux = tuple(act.get("passive_auxiliaries", ()))
    text = sent.text
    for s, e, _w in lx.find(text, a.get("give_verbs", ()), sent.start, sent.end) if aux else ():
        if not lx.ends_with(lx.squeeze(text[max(sent.start, s - 12):s]), aux):
            continue
        lo = sent.clause_start(s)
        subj = [g for g in sent.groups if lo <= g.start and g.end <= s and g.governor is None and g.kinds() & lx.agents]
        rest = lx.squeeze(text[e:sent.clause_end(e)])
        mark = lx.starts_with(rest, markers)
        if not subj or not mark or not lx.find(rest, a.get("give_nouns", ()), len(mark), len(mark) + a.get("noun_window", 40)):
            continue
        recips = members_of(subj[-1], lx.agents)
        prov = agent_after(sent, e, act.get("by_markers", ()), 80) or under_owner(sent, s, act, lx.agents)
        providers = [k for k in (prov.keys if prov is not None else ()) if k not in recips]
        providers += [k for k in ctx.funders if k not in providers and k not in recips]
        if providers and recips:
            emit_assist(ctx, providers, recips, year_before(sent, s), topic(sent, e), ctx.mood(s, None))


def facilities_mended(ctx: SentenceContext) -> None:
    """``项目署修缮了牙买加一所男子监狱的供水和卫生设施``: a verb of building or mending (``assists`` ``facility_works``
    ``verbs``) whose object opens with a State, right after the verb, and names one of its facilities (``facility``, a
    regular expression on the words after the State): the verb's subject helped that State."""
    sent = ctx.sentence
    lx = sent.lx
    fw = lx["assists"].get("facility_works")
    if not fw:
        return
    text = sent.text
    for s, e, _w in lx.find(text, fw["verbs"], sent.start, sent.end):
        end = sent.clause_end(e)
        g = next((g for g in sent.after(e) if g.start < end), None)
        if g is None or g.kinds() != {"State"} or lx.squeeze(text[e:g.head]).strip() \
                or not re.match(fw["facility"], lx.squeeze(text[g.end:end])):
            continue
        prov = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(g.keys))
        if prov is not None:
            emit_assist(ctx, list(prov.keys), members_of(g, {"State"}), year_before(sent, s), topic(sent, e),
                        ctx.mood(s, prov))


def goods_came_from(ctx: SentenceContext) -> None:
    """``Eight forensic kits reached the State Police of X in 2116. They came from Y``: goods (``assists`` ``give_nouns``)
    that a sentence says a body received (``goods_received``: ``verbs`` — received, reached, were delivered to …) with no
    giver named after the verb are carried to the next sentence of the unit; when it opens with the words of
    ``came_from`` (They came from, They had been donated by) before an agent, that agent helped the receiver."""
    sent = ctx.sentence
    lx = sent.lx
    spec = lx["assists"].get("goods_received")
    if not spec:
        return
    text = sent.text
    carried = ctx.carried.pop("goods_to", None)
    first = next(iter(sent.groups), None)
    if carried and first is not None and first.kinds() & lx.agents and not set(first.keys) & set(carried) \
            and re.fullmatch(spec["came_from"], lx.squeeze(text[sent.start:first.start]).strip()):
        emit_assist(ctx, members_of(first, lx.agents), list(carried), year_before(sent, first.start),
                    topic(sent, first.end), ctx.mood(first.start, first))
        also = spec.get("also_gave")  # … was financed by Y, and Z procured the equipment and handed it over: Z too
        nxt = next(iter(sent.after(first.end)), None)
        if also and nxt is not None and nxt.kinds() & lx.agents and not set(nxt.keys) & set(carried) \
                and re.fullmatch(also["between"], lx.squeeze(text[first.end:nxt.start]).strip()) \
                and re.match(also["verbs"], lx.squeeze(text[nxt.end:sent.clause_end(nxt.end)]).strip()):
            emit_assist(ctx, members_of(nxt, lx.agents), list(carried), year_before(sent, nxt.start),
                        topic(sent, nxt.end), ctx.mood(nxt.start, nxt))
        return
    got = goods_receiver(sent)
    if got is not None:
        taker, hi = got
        ctx.carried["goods_to"] = members_of(taker, lx.agents)
        _gave_them(ctx, spec, taker, hi)


def goods_receiver(sent) -> tuple | None:
    """The group a sentence says received goods (``goods_received`` ``verbs``, a help noun in the clause) with no giver
    named after the verb, and where that clause ends; else ``None``."""
    lx = sent.lx
    spec = lx["assists"].get("goods_received")
    text = sent.text
    for s, e, _w in lx.find(text, spec["verbs"], sent.start, sent.end) if spec else ():
        lo, hi = sent.clause_start(s), sent.clause_end(e)
        if not lx.find(text, lx["assists"].get("give_nouns", ()), lo, hi) \
                or any(e <= g.start < hi and g.governor in spec.get("giver_markers", ()) for g in sent.groups):
            continue  # (no goods, or their giver named: … received eight kits from Y, read elsewhere)
        taker = next((g for g in sent.groups if lo <= g.start < hi and g.kinds() & lx.agents), None)
        if taker is not None:
            return taker, hi
    return None


def _gave_them(ctx: SentenceContext, spec: dict, taker, hi: int) -> None:
    """``X received servers in 2130; UNDP supplied them, and Y paid for them``: a later clause of the goods' sentence
    that opens with an agent (a coordinator at most before it) whose verb takes the goods as a pronoun (``gave_them``,
    a regular expression on the words after the agent): that agent helped the receiver."""
    rx = spec.get("gave_them")
    sent = ctx.sentence
    lx = sent.lx
    for g in sent.groups if rx else ():
        if g.start < hi or g.governor is not None or not g.kinds() & lx.agents or set(g.keys) & set(taker.keys):
            continue
        lead = lx.squeeze(sent.text[sent.clause_start(g.start):g.start]).strip(" ,;")
        if lead and lead.lower() not in lx["coordinators"] and lead.lower() not in ("and the", "the"):
            continue
        if re.match(rx, sent.text[g.end:sent.clause_end(g.end)]):
            emit_assist(ctx, members_of(g, lx.agents), members_of(taker, lx.agents), year_before(sent, g.start),
                        topic(sent, g.end), ctx.mood(g.start, g))
