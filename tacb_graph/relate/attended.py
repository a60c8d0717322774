"""An activity attended by people of a State: ``X organized a workshop …, attended by 40 officials from A and B``;
people whose attendance someone paid for (:func:`whose_costs`); people of named States who took part after the
activity's sentence (:func:`took_part_after`); a body that sent its people to an activity another held
(:func:`experts_sent`); people briefed (:func:`briefings`); people who went, stayed or attended at a funder's expense
(:func:`funded_travel`).

The participation is stated as a passive participle after the activity (``attended by``): the people who took part
come after it, and the one who held the activity before it. The holder (and whoever held it together with it)
assists the States or bodies whose people attended.

Word lists: ``relations.json`` ``activities``:

* ``attended_by`` — the participles (``attended by``, ``was attended by`` …);
* ``beneficiaries`` and ``beneficiary_links`` — the people (``officials``, ``judges`` …) and the link before their
  State (``from``, ``of``), after a count at most;
* ``verbs`` and ``nouns`` — the activity verb and noun that must stand before the participle in its sentence;
* ``attendee_modifier`` (a regular expression of one word) — a word or two before the people (``85 border officers``);
  ``attendee_named_body`` (one) — a body of the State's named between the people and it (``officers of the Coast
  Guard of A``), and again after ``and of`` for the next State (``and of the General Department … of B``).

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
from .beneficiaries import recipient_before
from .doers import agent_before
from .furnished import goods_receiver
from .roles import members_of, strip_adverbs, subject_before, year_before

__all__ = ["attended_by", "attendees_from", "briefings", "costs_of_people", "experts_sent", "funded_travel", "held_after",
           "stayed_away", "took_part_after",
           "trainers_from",
           "whose_costs"]


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
        agent = _passive_holder(sent, held[-1][0], act) if held and not lx.find(text, act["nouns"], held[-1][1], s) else None
        if not held or agent is None and not lx.find(text, act["nouns"], held[-1][1], s):
            continue  # no activity held before it in the sentence
        stop = min([i for i in (text.find(c, e, sent.end) for c in ";:") if i >= 0] + [sent.end])
        people = next((g for g in sent.after(e) if g.start < stop), None)
        if people is None or not people.kinds() & agents:
            continue
        if not (_people_before(text, e, people, act, lx, sent.original) if not act.get("attendees_after_owner")
                else _people_after(text, e, people, act, lx)):
            continue
        recips = members_of(people, agents)
        named = act.get("attendee_named_body")  # …of Qatar and of the General Department of Residency Affairs of Kuwait
        if named and not act.get("attendees_after_owner"):
            last = people
            for g in sent.after(people.end):
                if g.start >= stop or not g.kinds() & agents \
                        or not re.fullmatch(r"(?:,|and)\s+of\s+(?:%s)?" % named,
                                            lx.squeeze((sent.original or text)[last.end:g.start]).strip() + " "):
                    break
                recips += [k for k in members_of(g, agents) if k not in recips]
                last = g
        prov = agent or subject_before(sent, held[-1][0], agents, ctx.prev_subject, exclude=set(recips))
        if prov is None or set(prov.keys) & set(recips):
            continue
        providers = list(prov.keys) + [c for c in co_providers(together, prov.keys) if c not in prov.keys and c not in recips]
        providers += [k for k in _funder_of_holder(ctx, prov, act) if k not in providers and k not in recips]
        emit_assist(ctx, providers, recips, year_before(sent, held[-1][0]), topic(sent, held[-1][1]),
                    ctx.mood(held[-1][0], prov))


def _funder_of_holder(ctx: SentenceContext, prov, act: dict) -> list[str]:
    """``X 资助人权高专办举办了讲习班``: the subject of a funding verb (``funding_verbs``) right before the holder
    paid for what it held, and helped those it was for (the one funded-help convention)."""
    sent = ctx.sentence
    lo = sent.clause_start(prov.start)
    hits = [h for h in sent.lx.find(sent.text, act.get("funding_verbs", ()), lo, prov.start)
            if not strip_adverbs(sent.text[h[1]:prov.start], sent.lx)]
    if not hits:
        return []
    funder = subject_before(sent, hits[-1][0], sent.lx.agents | set(act.get("funder_kinds", ())), ctx.prev_subject)
    return [k for k in members_of(funder, sent.lx.agents | set(act.get("funder_kinds", ()))) if k not in prov.keys] \
        if funder is not None else []


def _passive_holder(sent, verb: int, act: dict):
    """``课程由 X 与 Y 合办，学员为…``: the agent a ``by_before`` marker governs right before the verb of holding at
    ``verb`` whose activity noun stands before it, in the sentence's first clause (the activity is the verb's
    subject), else ``None``."""
    lx = sent.lx
    if not lx.find(sent.text, act["nouns"], sent.start, verb) or sent.clause_start(verb) > sent.start and not any(
            g.governor in act.get("by_before", ()) for g in sent.groups if sent.clause_start(verb) <= g.start < verb):
        return None
    return agent_before(sent, verb, act, lx.agents)


def attendees_from(ctx: SentenceContext, together) -> None:
    """``X held a seminar in C; participants came from A and B``, ``…举办了研讨会，学员来自 A 和 B 的政府部门``, ``来自 A 和
    B 的 30 名代表参加了论坛`` (``attendees_lead``: a word before the States, and a regular expression on the people and
    their taking part after them): the
    States the participants came from (``activities`` ``attendees_from``, the words right before them) were helped by
    the one who held the activity before in the sentence, or — when the words open the sentence — in the sentence
    before (its holders, left in ``ctx.carried`` by :func:`took_part_after`)."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities") or {}
    words = act.get("attendees_from")
    if not words:
        return
    text = sent.text
    _attendees_included(ctx, act)
    hits = lx.find(text, words, sent.start, sent.end)
    lead = act.get("attendees_lead")  # 来自 A 和 B 的 30 名代表参加了论坛: the people and their taking part after the States
    if lead:
        for s, e, w in lx.find(text, lead["words"], sent.start, sent.end):
            came = next(iter(sent.after(e)), None)
            if came is not None and re.match(lead["then"], text[came.end:sent.clause_end(came.end) + 1]):
                hits.append((s, e, w))
    for s, e, _w in sorted(hits):
        came = next(iter(sent.after(e)), None)
        if came is None or lx.trim(lx.squeeze(text[e:came.start])) or not came.kinds() & {"State"} \
                or came.end > sent.clause_end(e):
            continue
        recips = members_of(came, {"State"})
        held = lx.find(text, act["verbs"], sent.start, s)
        if held and lx.find(text, act["nouns"], held[-1][1], s):
            prov = subject_before(sent, held[-1][0], lx.agents, ctx.prev_subject, exclude=set(recips))
            if prov is None:
                continue
            at = held[-1][0]
            providers = list(prov.keys) + [c for c in co_providers(together, prov.keys) if c not in prov.keys]
        elif not lx.trim(lx.squeeze(text[sent.start:s])) and ctx.carried.get("held"):
            at, prov, providers = s, None, list(ctx.carried["held"])
        else:
            continue
        providers = [k for k in providers if k not in recips]
        if providers:
            emit_assist(ctx, providers, recips, year_before(sent, at), topic(sent, at), ctx.mood(at, prov))
            if prov is not None:
                _not_the_venue(ctx, providers, recips, s, act)


def _not_the_venue(ctx: SentenceContext, providers: list[str], recips: list[str], upto: int, act: dict) -> None:
    """``X 在圣卢西亚举办了讲习班，学员来自 A 和 B``: where the participants' States are named, the State the activity
    was held in (a group a ``venue_markers`` word governs before the participants' words at ``upto``) only hosted it:
    no help to it from the holder in this sentence, from the rules or the back-off (``carried`` ``not_helped``)."""
    sent = ctx.sentence
    venue = {k for g in sent.groups if g.governor in act.get("venue_markers", ()) and g.end <= upto
             and "State" in g.kinds() for k in members_of(g, {"State"}) if k not in recips}
    if not venue:
        return
    quote = sent.quote
    ctx.carried.setdefault("not_helped", set()).update((quote, p, v) for p in providers for v in venue)
    ctx.relations[:] = [r for r in ctx.relations if not (r.predicate == "assists" and r.sentence == quote
                                                          and r.subject in providers and r.object in venue)]
    ctx.assistances[:] = [a for a in ctx.assistances if not (a.sentence == quote and a.provider in providers
                                                             and a.recipient in venue)]


def _attendees_included(ctx: SentenceContext, act: dict) -> None:
    """``X held a workshop with Y. The 68 participants included officials of the ministries of justice of A and B``: a
    sentence that opens with who took part (``attendees_included``, a pattern) and goes on to people (``beneficiaries``)
    of the States of the first group after it, with no other actor between, names the States the holders of the
    activity of the sentence before (``ctx.carried``, left by :func:`took_part_after`) helped."""
    rx = act.get("attendees_included")
    held = ctx.carried.get("held")
    if not rx or not held:
        return
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    lead = len(text[sent.start:sent.end]) - len(text[sent.start:sent.end].lstrip())
    m = re.compile(rx).match(text, sent.start + lead, sent.end)
    if m is None:
        return
    came = next((g for g in sent.after(m.end()) if g.kinds() & lx.agents), None)
    if came is None or not came.kinds() <= {"State"} or came.start - m.end() > act.get("attendees_included_reach", 120) \
            or not lx.starts_with(lx.trim(lx.squeeze(text[m.end():came.start])), act["beneficiaries"] + lx["government_words"]):
        return
    recips = members_of(came, {"State"})
    providers = [k for k in held if k not in recips]
    mood = ctx.mood(m.end(), None)
    if providers and mood[0] != "Negated":
        emit_assist(ctx, providers, recips, year_before(sent, m.end()), topic(sent, m.end()), mood)


def _people_before(text: str, e: int, people, act: dict, lx, original: str = "") -> bool:
    """``attended by 40 officials from A``: the people (after a count at most), then a link, then their State (a body
    of it named between, read in the ``original`` text, where its capitals are)."""
    lead = lx.squeeze(text[e:people.start]).strip()
    by = lx.starts_with(lead, act.get("by_markers", ()))
    lead = lead[len(by):].strip() if by else lead
    if not lx.starts_with(lead, act["beneficiaries"]) and act.get("attendee_count"):
        lead = re.sub(act["attendee_count"], "", lead, count=1)  # 40 officials, some forty-five judges
    words = act["beneficiaries"] + lx["government_words"]
    person = lx.starts_with(lead, words)
    rest = lead
    for _ in range(2 if act.get("attendee_modifier") else 0):  # 85 border officers, forty senior police officers
        m = re.match(act["attendee_modifier"], rest)
        if person or not m:
            break
        rest = rest[m.end():]
        person = lx.starts_with(rest, words)
        lead = rest if person else lead
    if not person or not lx.ends_with(lead, act.get("beneficiary_links", ())):
        return False
    rest = lead[len(person):]
    named = act.get("attendee_named_body")  # officers of the Coast Guard and Border Security of X: a body of X's
    if len(rest.split()) <= 2:
        return True
    written = lx.squeeze((original or text)[e:people.start]).strip()  # (the folded text has no capitals)
    return bool(named and written.lower().endswith(rest.strip().lower())
                and re.fullmatch(r"\s*of\s+(?:%s)" % named, written[len(written) - len(rest.strip()):] + " "))


def _people_after(text: str, e: int, people, act: dict, lx) -> bool:
    """``学员为 A 和 B 两国的 34 名官员``: the State right after the words, then (``attendees_after_owner``, a pattern)
    a link and a count, then the people (or a body of the State's and its people: ``owned_body``)."""
    if lx.trim(lx.squeeze(text[e:people.start])) not in ("", *act.get("attendee_from", ())):
        return False  # (学员为来自 A 和 B 的 36 名军官: a 'from' before the State)
    after = lx.squeeze(text[people.end:people.end + 40])
    m = re.match(act["attendees_after_owner"], after)
    rest = after[m.end():] if m else after
    if act.get("attendee_body"):  # 乍得最高法院和总检察长办公室的 48 名: a body (or two) of the State's, then 'of'
        body = re.match(act["attendee_body"], rest)
        rest = rest[body.end():] if body else rest
        m = re.match(act["attendees_after_owner"], rest)
        rest = rest[m.end():] if m else rest
    return bool(lx.starts_with(lx.trim(rest), act["beneficiaries"] + lx["government_words"])) \
        or ("people_prefix" in lx.res and bool(lx.res["people_prefix"].match(lx.trim(rest))))


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


def costs_of_people(ctx: SentenceContext) -> None:
    """``The European Union met the travel and accommodation costs of the participants from A and B``: the clause's
    subject, paying (``activities`` ``cost_verbs``) for what people's taking part costs (``cost_items``) and naming
    the people's States after them (``whose_costs`` ``people``, then ``from`` or ``of``), assists those States."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities") or {}
    if act.get("costs_for_people"):
        _costs_after(ctx, act["costs_for_people"])
    spec = act.get("whose_costs") or {}
    if not (spec and act.get("cost_items") and act.get("cost_verbs")):
        return
    if "_costs_of_people" not in lx.__dict__:
        one = r"(?:the\s+)?(?:" + "|".join(map(re.escape, sorted(act["cost_items"], key=len, reverse=True))) \
            + r")(?:\s+(?:costs|expenses))?"  # (travel and accommodation costs)
        many = rf"{one}(?:\s*(?:,\s*(?:and\s+)?|and\s+){one})*"
        verbs = "|".join(map(re.escape, sorted(act["cost_verbs"], key=len, reverse=True)))
        people = "|".join(map(re.escape, sorted(spec["people"], key=len, reverse=True)))
        lx.__dict__["_costs_of_people"] = re.compile(
            rf"\b(?:{verbs})\s+{many}\s+(?:of|for)\s+(?:the\s+)?(?:\d+\s+)?(?:{people})\s+(?:from|of)(?:\s+the)?\s*$", re.I)
        passives = "|".join(map(re.escape, sorted(act.get("cost_passives", ()), key=len, reverse=True)))
        lx.__dict__["_costs_of_people_passive"] = (
            re.compile(rf"^\s*{many}\s+(?:of|for)\s+(?:the\s+)?(?:\d+\s+)?(?:{people})\s+(?:from|of)(?:\s+the)?\s*$", re.I),
            re.compile(rf"^[^;:]{{0,120}}?\b(?:{passives})\s+(?:by|from|out of)(?:\s+the)?\s*$", re.I)) if passives else None
    _costs_of_theirs(ctx, act, spec)
    rx = lx.__dict__["_costs_of_people"]
    for g in sent.groups:
        if "State" not in g.kinds() or g.governor is not None and g.lead is None:
            continue
        lo = sent.clause_start(g.start)
        m = rx.search(lx.squeeze(sent.text[lo:g.start]))
        if m is None:
            _paid_for_people(ctx, g, lo)  # The travel of the delegation of X … was covered by Y
            _paid_to_take_part(ctx, g, lo, spec)  # Y paid for diplomats of X to take part in …
            continue
        payer = subject_before(sent, g.start, lx.agents, ctx.prev_subject, exclude=set(g.keys))
        if payer is None or payer.start < lo and sent.clause_start(payer.start) != sent.start:
            continue
        # (…of the participants from A and B, and Spain those of the participants from C: Spain opens a clause of its own)
        gap = spec.get("gapped")  # (``whose_costs`` ``gapped``: the words after a name that opens a gapped clause)
        gapped = next((it.start for it in g.items if gap and re.match(gap, sent.text[it.end:it.end + 12])), None)
        states = [it.key for it in g.items if it.kind == "State" and (gapped is None or it.start < gapped)]
        emit_assist(ctx, list(payer.keys), states, year_before(sent, g.start), topic(sent, g.start), ctx.mood(g.start, payer))
        if gapped is not None:
            _gapped_payer(ctx, g, gapped, spec)


def _costs_of_theirs(ctx: SentenceContext, act: dict, spec: dict) -> None:
    """``Officials of X spent a week in P. Y covered their travel``: a clause that names no State, whose subject pays
    (``cost_verbs``) for what people's taking part costs (``cost_items``) after a word for the people the sentence
    before named (``whose_costs`` ``theirs``, a regular expression: their, the participants'), assists the States whose
    people that sentence named (``carried`` ``people_of``, left by the extractor)."""
    theirs = spec.get("theirs")
    sent = ctx.sentence
    lx = sent.lx
    states = ctx.carried.get("people_of") or []
    if not theirs or not states:
        return
    passives = act.get("cost_passives", ())
    for s, e, _w in lx.find(sent.text, passives, sent.start, sent.end):  # Their travel was met by Y
        lo = sent.clause_start(s)
        head = lx.squeeze(sent.text[lo:s]).strip()
        m = re.match(theirs, head, re.I)
        payer = next((g for g in sent.after(e) if g.start <= sent.clause_end(e)), None)
        if m is None or payer is None or payer.governor not in act.get("by_markers", ()) \
                or not payer.kinds() & lx.agents or any("State" in g.kinds() and lo <= g.start < s for g in sent.groups):
            continue
        items = head[m.end():].strip()
        if lx.starts_with(items, act["cost_items"]):
            emit_assist(ctx, [k for k in payer.keys if k not in states], list(states), year_before(sent, s),
                        topic(sent, e), ctx.mood(s, payer))
            return
    for s, e, _w in lx.find(sent.text, act["cost_verbs"], sent.start, sent.end):
        lo, hi = sent.clause_start(s), sent.clause_end(e)
        if any("State" in g.kinds() and lo <= g.start < hi for g in sent.groups):
            continue  # (Y covered the travel of officials of Z: the State the clause names, read above)
        rest = lx.squeeze(sent.text[e:hi]).strip()
        m = re.match(theirs, rest, re.I)
        if m is None or not lx.starts_with(rest[m.end():].lstrip(), act["cost_items"]):
            continue
        payer = subject_before(sent, s, lx.agents, ctx.prev_subject)
        if payer is not None and payer.start >= sent.clause_start(s):
            emit_assist(ctx, [k for k in payer.keys if k not in states], list(states), year_before(sent, s),
                        topic(sent, e), ctx.mood(s, payer))
        return


def _paid_for_people(ctx: SentenceContext, g, lo: int) -> None:
    """``The travel of the delegation of X to Geneva was covered by Y``: a clause that opens with what people's taking
    part costs (``cost_items``) and the people of State group ``g`` (``whose_costs`` ``people``), then a passive verb of
    paying (``cost_passives``) and its ``by``: the agent assists those States."""
    sent = ctx.sentence
    lx = sent.lx
    rxs = lx.__dict__.get("_costs_of_people_passive")
    if rxs is None or not rxs[0].match(lx.squeeze(sent.text[lo:g.start])):
        return
    for h in sent.after(g.end):
        if h.start > sent.clause_end(g.end) + 200 or h.start >= sent.end:
            return
        if rxs[1].match(lx.squeeze(sent.text[g.end:h.start])):
            if h.kinds() & lx.agents and not set(h.keys) & set(g.keys):
                emit_assist(ctx, members_of(h, lx.agents), members_of(g, {"State"}), year_before(sent, h.start),
                            topic(sent, g.start), ctx.mood(h.start, None))
            return


def _paid_to_take_part(ctx: SentenceContext, g, lo: int, spec: dict) -> None:
    """``Norway paid for young diplomats of A and B to take part in the fellowship programme``: a verb of paying for
    people (``whose_costs`` ``paid_to_take_part`` ``verbs``) whose object is people (``activities`` ``beneficiaries``) of
    State group ``g``, followed by ``to`` and a verb of taking part (its ``after``): the clause's subject assists those
    States."""
    sent = ctx.sentence
    lx = sent.lx
    after = spec.get("paid_to_take_part")
    if not after:
        return
    rx = lx.__dict__.get("_paid_people")
    if rx is None:  # (compiled once per lexicon)
        act = lx["activities"]
        verbs = "|".join(map(re.escape, sorted(after["verbs"], key=len, reverse=True)))
        people = "|".join(map(re.escape, sorted(set(act.get("beneficiaries", ())) | set(spec["people"]), key=len, reverse=True)))
        rx = lx.__dict__["_paid_people"] = (re.compile(
            rf"\b(?:{verbs})\s+(?:the\s+)?(?:\d+\s+)?(?:(?!(?:of|from|for|to|in|and)\b)[\w-]+\s+){{0,2}}?(?:{people})"
            rf"\s+(?:from|of)(?:\s+the)?\s*$", re.I), re.compile(after["after"], re.I))
    if not rx[0].search(lx.squeeze(sent.text[lo:g.start])) or not rx[1].match(sent.text[g.end:g.end + 60]):
        return
    payer = subject_before(sent, g.start, lx.agents, ctx.prev_subject, exclude=set(g.keys))
    if payer is None or payer.start < lo and sent.clause_start(payer.start) != sent.start:
        return
    emit_assist(ctx, list(payer.keys), members_of(g, {"State"}), year_before(sent, g.start), topic(sent, g.end),
                ctx.mood(g.start, payer))


def _gapped_payer(ctx: SentenceContext, g, gapped: int, spec: dict) -> None:
    """``… of the participants from A and B, and Spain those of the participants from C and D``: the name that opens the
    gapped clause (``whose_costs`` ``gapped`` after it) paid for the people of the States the clause names after it."""
    sent = ctx.sentence
    lx = sent.lx
    payer = next((it for it in g.items if it.start == gapped), None)  # (the item the gapped words follow)
    if payer is None or payer.kind not in lx.agents:
        return
    rx = lx.__dict__.get("_gapped_people")
    if rx is None:  # (compiled once per lexicon)
        people = "|".join(map(re.escape, sorted(spec["people"], key=len, reverse=True)))
        rx = lx.__dict__["_gapped_people"] = re.compile(
            rf"{spec['gapped']}\s+(?:the\s+)?(?:\d+\s+)?(?:{people})\s+(?:from|of)(?:\s+the)?\s*$", re.I)
    h = next(iter(sent.after(payer.end)), None)  # (those of the participants from C and D: the next group)
    states = members_of(h, {"State"}) if h is not None and rx.match(" " + lx.squeeze(sent.text[payer.end:h.start]).strip() + " ") else []
    if states:
        emit_assist(ctx, [payer.key], states, year_before(sent, payer.start), topic(sent, payer.start),
                    ctx.mood(payer.start, None))


def _costs_after(ctx: SentenceContext, spec: dict) -> None:
    """``自愿基金为 A 和 B 学员支付了旅费``: a State group governed by one of ``costs_for_people`` ``governors``, followed by
    its people and a verb paying for what their taking part costs (``costs_for_people`` ``after``, a pattern on the words
    right after the group): the clause's subject assists those States. ``挪威承担了 X 代表团出席…的差旅费用``: or a State
    group right after a verb of paying (``owned_before``, on the clause up to it) and followed by its people and their
    costs (``owned_after``)."""
    sent = ctx.sentence
    lx = sent.lx
    rx = lx.__dict__.get("_costs_after")
    if rx is None:  # (compiled once per lexicon)
        rx = lx.__dict__["_costs_after"] = re.compile(spec["after"])
    owned = spec.get("owned_after")
    if owned and "_costs_owned" not in lx.__dict__:  # (compiled once per lexicon)
        lx.__dict__["_costs_owned"] = (re.compile(spec["owned_before"]), re.compile(owned))
    paid_by = spec.get("paid_by")  # 尼泊尔和不丹两国代表的旅费由 F 支付: the payer after the people's costs
    if paid_by and "_costs_paid_by" not in lx.__dict__:  # (compiled once per lexicon)
        lx.__dict__["_costs_paid_by"] = (re.compile(paid_by["costs"]), re.compile(paid_by["paid"]))
    for g in sent.groups:
        if "State" not in g.kinds():
            continue
        if paid_by and g.governor is None:
            costs, paid = lx.__dict__["_costs_paid_by"]
            m = costs.match(lx.squeeze(sent.text[g.end:sent.end]))
            payer = next((h for h in sent.after(g.end) if h.kinds() & lx.agents), None) if m else None
            if payer is not None and lx.squeeze(sent.text[g.end:payer.head]) == m.group(0) \
                    and paid.match(lx.squeeze(sent.text[payer.end:sent.clause_end(payer.end)])) \
                    and not set(payer.keys) & set(g.keys):
                emit_assist(ctx, list(payer.keys), members_of(g, {"State"}), year_before(sent, g.start),
                            topic(sent, g.start), ctx.mood(payer.end, payer))
                continue
        if owned and g.governor is None:
            # 挪威承担了莱索托代表团出席会议的差旅费用: the verb of paying right before the State whose people it names
            before, after = lx.__dict__["_costs_owned"]
            if not (before.search(lx.squeeze(sent.text[sent.clause_start(g.start):g.start]).rstrip())
                    and after.match(lx.squeeze(sent.text[g.end:sent.clause_end(g.end)]))):
                continue
        elif g.governor not in spec.get("governors", ()) \
                or rx.match(lx.squeeze(sent.text[g.end:sent.clause_end(g.end)])) is None:
            continue
        payer = subject_before(sent, g.start, lx.agents, ctx.prev_subject, exclude=set(g.keys))
        if payer is not None and (payer.start >= sent.clause_start(g.start) or payer is ctx.prev_subject):
            emit_assist(ctx, list(payer.keys), members_of(g, {"State"}), year_before(sent, g.start),
                        topic(sent, g.start), ctx.mood(g.start, payer))


def experts_sent(ctx: SentenceContext) -> None:
    """``…举办了培训，人权高专办派一名专家担任讲员``, ``亚太论坛派一名专家参加了评估团``: a body that sent its people to take
    part in an activity named just before (``activities`` ``experts_sent``, a pattern on the text after the body) helped
    those the activity was for and acted with the one who held it. The activity is the last help the sentence, else the
    unit's sentence before, reported."""
    sent = ctx.sentence
    lx = sent.lx
    rx = (lx.get("activities") or {}).get("experts_sent")
    if not rx:
        return
    for g in sent.groups:
        if g.governor is not None or not g.kinds() & lx.agents \
                or not re.match(rx, re.sub(r"^\s*\([^()]*\)", "", lx.squeeze(sent.text[g.end:sent.clause_end(g.end)]))):
            continue
        now = [r for r in ctx.relations if r.predicate == "assists" and r.subject not in g.keys]
        before = [r for r in ctx.earlier if r.predicate == "assists"]
        held = now or [r for r in before if r.sentence == before[-1].sentence]
        if not held:
            continue
        recips = [k for k in dict.fromkeys(r.object for r in held) if k not in g.keys]
        holders = [k for k in dict.fromkeys(r.subject for r in held) if k not in g.keys]
        mood = ctx.mood(g.end, g)
        emit_assist(ctx, list(g.keys), recips, year_before(sent, g.end), topic(sent, g.end), mood)
        for h in holders:
            for k in g.keys:
                ctx.add(k, "partnersWith", h, mood=mood)


def trainers_from(ctx: SentenceContext) -> None:
    """``Officials of X followed a course. Their trainers came from Y and from Z``: a sentence that opens with the
    teachers of an activity and where they came from (``activities`` ``trainers_from``, a regular expression on the words
    from the sentence's start to the first name; ``trainers_more``, on the words between it and each name joined after
    it) says who taught the people an earlier sentence of the unit named taking part
    in it with no one said to hold it: those the teachers came from helped them."""
    sent = ctx.sentence
    lx = sent.lx
    rx = (lx.get("activities") or {}).get("trainers_from")
    taught = ctx.carried.get("attended")
    if not rx or not taught:
        return
    # (…修完了一门课程，授课方是 Y: a clause of the same sentence may open with them too)
    givers = [g for g in sent.groups if g.kinds() & lx.agents
              and re.fullmatch(rx, lx.squeeze(sent.text[sent.clause_start(g.start):g.head]))][:1]
    if not givers:
        return
    end = sent.clause_end(givers[0].start)
    last = givers[0]
    more = (lx.get("activities") or {}).get("trainers_more")  # (… came from Y and from Z: the names joined after)
    for g in sent.groups:
        if more and last.end <= g.start and g.end <= end + 1 and g is not last and g.kinds() & lx.agents \
                and re.fullmatch(more, lx.squeeze(sent.text[last.end:g.head])):
            givers.append(g)
            last = g
    mood = ctx.mood(givers[0].start, givers[0])
    for g in givers:
        emit_assist(ctx, [k for k in g.keys if k not in taught], list(taught), year_before(sent, g.start),
                    topic(sent, g.end), mood)


def took_part_after(ctx: SentenceContext, together) -> None:
    """``X ran a workshop in C, in association with Y, on … . Officials from A and B took part.``: people of named
    States who took part (``participation_verbs`` closing a clause that names no activity) took part
    in the activity the sentence before held (named by an activity noun, or by a pronoun right after the verb:
    ``held_pronouns``, ``X organized it``): its holder and whoever held it with it assist the States
    (``activities`` ``took_part_after``, a switch). Each sentence leaves its own holders in ``ctx.carried`` (for
    :func:`attendees_from` too)."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities") or {}
    if not act.get("took_part_after") and not act.get("attendees_from"):
        return
    text = sent.text
    held = ctx.carried.pop("held", None)
    verbs = lx.find(text, act.get("participation_verbs", ()), sent.start, sent.end) if act.get("took_part_after") else []
    lo = sent.clause_start(verbs[0][0]) if verbs else sent.start
    if held and verbs and not lx.find(text, act["nouns"], lo, sent.clause_end(verbs[0][1])) \
            and not text[verbs[0][1]:sent.clause_end(verbs[0][1])].strip(" ,"):
        s = verbs[0][0]
        recips = [k for g in sent.groups if lo <= g.start and g.end <= s and g.lead is not None
                  and g.kinds() == {"State"} for k in members_of(g, {"State"})]
        if recips and ctx.mood(s, None)[0] != "Negated":
            emit_assist(ctx, [k for k in held if k not in recips], recips, year_before(sent, s), topic(sent, s),
                        ctx.mood(s, None))
    pronouns = act.get("held_pronouns")  # X organized it with Y (the course the sentence before named)
    for vs, ve, _w in lx.find(text, act["verbs"], sent.start, sent.end):
        if lx.find(text, act["nouns"], ve, min(sent.end, ve + act["max_noun_gap"])) \
                or pronouns and re.match(pronouns, text[ve:sent.end]):
            prov = subject_before(sent, vs, lx.agents, ctx.prev_subject)
            if prov is not None:
                ctx.carried["held"] = list(prov.keys) + [c for c in co_providers(together, prov.keys) if c not in prov.keys]
            break


def stayed_away(ctx: SentenceContext) -> None:
    """``… a workshop for officers of A and B. C, although invited, did not send participants``: a State the text says
    was invited to the activity but did not come (``absent_after``, a regular expression on the words after it) was not
    helped by those who gave the help the unit's last sentence with any reported — their help to it is Negated."""
    sent = ctx.sentence
    lx = sent.lx
    rx = (lx.get("activities") or {}).get("absent_after")
    earlier = [r for r in ctx.earlier if r.predicate == "assists"] if rx else []
    if not earlier:
        return
    givers = list(dict.fromkeys(r.subject for r in earlier if r.sentence == earlier[-1].sentence))
    for g in sent.groups:
        if g.governor is None and "State" in g.kinds() and re.match(rx, sent.text[g.end:g.end + 80]):
            states = [k for k in members_of(g, {"State"}) if k not in givers]
            emit_assist(ctx, [k for k in givers if k not in states], states, year_before(sent, g.end), None,
                        ("Negated", None))


def briefings(ctx: SentenceContext, act: dict, together) -> None:
    """``X 向 A 和 B 的国家人权机构介绍了…``: a briefing (``briefing_verbs``) given to a State's people or
    institutions (a ``briefed`` noun after the State and a modifier word) helps that State."""
    sent = ctx.sentence
    lx = sent.lx
    verbs, briefed = act.get("briefing_verbs", ()), act.get("briefed", ())
    if not verbs or not briefed:
        return
    for s, _e, _w in lx.find(sent.text, verbs, sent.start, sent.end):
        found, peered = recipient_before(sent, s, act, {"State"}), False
        peer = next((g for g in reversed(sent.before(s)) if g.start >= sent.clause_start(s)), None)
        if found is None and peer is not None and peer.kinds() & set(act.get("briefed_kinds", ())) \
                and peer.governor in act["recipient_markers"] and not strip_adverbs(sent.text[peer.end:s], lx):
            found, peered = (members_of(peer, lx.agents), peer.start), True  # 向该委员会介绍了各自的做法: a peer briefed
        if found is None:
            continue
        recips, at = found
        if not peered:
            last = max((g for g in sent.groups if at <= g.start and g.end <= s), key=lambda g: g.end, default=None)
            if last is None:
                continue
            rest = lx.squeeze(sent.text[last.end:s])
            body = lx.res["owned_body"].match(rest) if "owned_body" in lx.res else None  # 向 A 和 B 规划部门的官员
            if not (lx.starts_with(rest, lx["modifier_words"]) or body) or not lx.ends_with(rest, briefed):
                continue  # 向理事会介绍了报告: presenting to a body is no help
        if peered:
            speaker = subject_before(sent, at, lx.agents, ctx.prev_subject)
            if speaker is not None and set(recips) & set(speaker.keys):
                continue  # (A 和 B 各派一名委员…，向该委员会介绍: a peer that is one of those briefing is misread)
        prov = subject_before(sent, at, lx.agents, ctx.prev_subject, exclude=set(recips))
        if prov is None:
            continue
        providers = list(prov.keys) + [c for c in co_providers(together, prov.keys) if c not in prov.keys and c not in recips]
        emit_assist(ctx, providers, recips, year_before(sent, s), topic(sent, s), ctx.mood(at, prov))


def _done_with(sent, e: int, spec: dict):
    """``UNODC organized the course with Y``: the group ``doing_with`` (a regular expression on the words between)
    puts right after the words of doing that end at ``e``, in their clause, or ``None``."""
    rx = spec.get("doing_with")
    g = next((g for g in sent.after(e) if g.start <= sent.clause_end(e)), None)
    if not rx or g is None or not g.kinds() & sent.lx.agents or not re.fullmatch(rx, sent.text[e:g.start]):
        return None
    return g


def held_after(ctx: SentenceContext, together) -> None:
    """``Officials of A completed a course. Y designed the course and taught it together with Z. W paid for the whole
    course.``: people an earlier sentence of the unit named taking part in an activity no one was said to hold
    (``carried`` ``attended``) were helped by the subject of a later verb of holding or paying whose object refers back
    to that activity (``activities`` ``held_after``: ``doing`` and ``paying``, regular expressions on the verb and its
    object), by those it acted together with, and by the agent of a passive of paying that opens its sentence with the
    activity (``paid_by``, on the words before the agent from the sentence's or the agent's clause's start: The
    workshop was funded by W; 培训费用由 W 支付, with ``paid_after`` on the words after the agent where given). Where a
    holder was named, a verb of paying for it, or of lending it a teacher (``lending``: 波兰为这期培训派出了一名讲员), in a
    later sentence makes its subject help those the unit's last reported help reached. A payer named after help its
    own sentence reported pays for that help, in its mood (X 派出专家协助 A；专家的旅费由 W 承担; X 将为 A 举办讲习班，
    所需经费由 W 提供: planned)."""
    sent = ctx.sentence
    lx = sent.lx
    spec = (lx.get("activities") or {}).get("held_after")
    taught = ctx.carried.get("attended")
    keys = ("doing", "paying", "lending")
    received = goods_receiver(sent) if spec and not taught else None
    if received is not None:  # A received servers; UNDP supplied them, and Y paid for them: Y paid for A's goods
        taught, keys = members_of(received[0], lx.agents), ("paying",)
    if spec and not taught:  # X trained officials of A. Y had borne the cost of that course: Y paid for X's help to A
        earlier = [r for r in ctx.relations if r.predicate == "assists" and r.modality == "Reported"] \
            or [r for r in ctx.earlier if r.predicate == "assists" and r.modality == "Reported"]  # (its own sentence's first)
        taught = list(dict.fromkeys(r.object for r in earlier if r.sentence == earlier[-1].sentence)) if earlier else None
        keys = ("paying", "lending")
    if not spec or not taught:
        return
    text = sent.text
    for key in keys:
        for m in re.finditer(spec[key], text[sent.start:sent.end]) if spec.get(key) else ():
            s = sent.start + m.start()
            prov = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(taught))
            if prov is None:
                continue
            providers = list(prov.keys) + ([k for k in co_providers(together, prov.keys, s) if k not in prov.keys]
                                           if key == "doing" else [])
            mate = _done_with(sent, sent.start + m.end(), spec) if key == "doing" else None
            if mate is not None:  # Y organized the course with Z: Z held it too, as Y's partner
                for k in members_of(mate, lx.agents):
                    if k not in providers and k not in taught:
                        providers.append(k)
                        for p in prov.keys:
                            ctx.add(p, "partnersWith", k, year_before(sent, s), ctx.mood(s, prov))
            emit_assist(ctx, [k for k in providers if k not in taught], list(taught), year_before(sent, s),
                        topic(sent, sent.start + m.end()), ctx.mood(s, prov))
    own = [r for r in ctx.relations if r.predicate == "assists"]
    moods = {(r.modality, r.requested_by) for r in own}
    if own:  # X 派出两名专家协助 A…；两名专家的旅费由 W 承担: the costs of the help its own sentence reported, in its mood
        taught = list(dict.fromkeys(r.object for r in own))  # (X 将为 A 举办讲习班，所需经费由 W 提供: planned, too)
    for g in sent.groups if spec.get("paid_by") else ():
        starts = {sent.start, sent.clause_start(g.start)}  # (…接受了培训，培训费用由 W 支付: the agent's own clause)
        starts = {a for a in starts if not any(a <= h.start < g.start for h in sent.groups)}  # (蒙古代表的旅费: theirs)
        if g.kinds() & lx.agents and any(re.fullmatch(spec["paid_by"], lx.squeeze(sent.text[a:g.head])) for a in starts) \
                and (not spec.get("paid_after") or re.match(spec["paid_after"], sent.text[g.end:g.end + 16])):
            mood = ctx.mood(g.start, None)
            emit_assist(ctx, [k for k in g.keys if k not in taught], list(taught), year_before(sent, g.start),
                        topic(sent, g.end), next(iter(moods)) if own and len(moods) == 1 and mood[0] == "Reported" else mood)


def funded_travel(ctx: SentenceContext) -> None:
    """``Two delegates from X travelled to Geneva at the expense of the Fund``, ``The fellow from X stayed on for a
    month, with Y bearing the cost``: people of a State or body (the group a people phrase leads, the last before the
    verb in its clause) who went, stayed or attended (``funded_travel``: ``verbs``) in a sentence that names who paid
    (the sentence's funders, :func:`~.patterns.funding_of`) — each funder helped them."""
    sent = ctx.sentence
    lx = sent.lx
    spec = (lx.get("activities") or {}).get("funded_travel")
    funders = list(ctx.funders)
    if not spec or not funders:
        return
    for s, _e, _w in lx.find(sent.text, spec["verbs"], sent.start, sent.end):
        lo = sent.clause_start(s)
        people = [g for g in sent.groups if lo <= g.start and g.end <= s and g.lead is not None and g.kinds() & lx.agents]
        aside = spec.get("people_aside")  # Three officials, from A and B, spent …: the people's States in an aside
        if not people and aside:
            before = [g for g in sent.groups if g.end <= s and g.kinds() & lx.agents]
            g = before[-1] if before else None
            if g is not None and re.search(aside, sent.text[max(sent.start, g.head - 40):g.head]) \
                    and not lx.squeeze(strip_adverbs(sent.text[g.end:s], lx)).strip(" ,"):
                people = [g]
        elif people and re.search(r"[^\s\w]", lx.squeeze(strip_adverbs(sent.text[people[-1].end:s], lx))):
            continue  # (officials of X, whom Y had invited, travelled …: the people's own verb only)
        if not people:
            continue
        recips = [k for k in members_of(people[-1], lx.agents) if k not in funders]
        if recips:
            emit_assist(ctx, funders, recips, year_before(sent, s), topic(sent, s), ctx.mood(s, people[-1]))
