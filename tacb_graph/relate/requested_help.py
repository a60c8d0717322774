"""Help asked from someone: ``X requested technical assistance from Y`` — X requests Y, and Y's
assistance to X is what was asked for (the language's ``requests`` ``noun_from`` markers), also in
a relative clause (``the assistance that X had requested from Y``); and a request for help that its
addressee took up or turned down (``Y could not respond to the requests of X for assistance``)."""

from __future__ import annotations

import re

from .patterns import SentenceContext, help_of, on_request_of, past_time_aside
from .emit import emit_assist, topic
from .clauses import Group
from .roles import followed_by, is_free, members_of, nearest_state, scope_start, subject_before, year_before

__all__ = ["asks_money_for_itself", "asked_pronoun", "done_on_request", "fallback_recipient", "requested_from", "request_for_help_taken", "similar_request", "on_its_request", "pronoun_askers",
           "requested_by", "sought_help"]


def asks_money_for_itself(ctx: SentenceContext, key: str, kind: str) -> bool:
    """Whether ``key`` (of class ``kind``), asking someone to pay, asks for itself: an office of an office (a field
    presence, a fund: 人权高专办利比里亚办事处请 Y 资助一个顾问职位), not the Office or a post that invites a donor to
    fund a course for others (建议基金资助…, invites Germany to fund …)."""
    return kind != "Post" and bool(ctx.parents.get(ctx.parents.get(key)))


def fallback_recipient(ctx: SentenceContext, pos: int, a: dict) -> list[str]:
    """Where a verb names no recipient: on whose request it was done, the State that asked, (``topic_owner``:
    就 X 的战略计划提供了意见, 对 X 法律草案提出了评论) the one whose plan or draft the help was on, or (``while``) the one
    whose own work a temporal clause opening the sentence names (``When the Government of X prepared its report, Y
    provided advice``, ``X 政府编写国家报告时，Y 提供了协助``)."""
    sent = ctx.sentence
    for how in a.get("recipient_fallbacks", ()):
        if how == "while":
            found = _while_clause(sent, pos)
            if found:
                return found
        asked = [k for k in on_request_of(sent) if k.startswith("state/")] if how == "request" else []
        if asked:
            return asked
        if how == "asker":
            lo, embedded = scope_start(sent, pos)
            if embedded:
                asker = subject_before(sent, lo - 1, set(a.get("asker_kinds", ("State",))), ctx.prev_subject)
                if asker:
                    return list(asker.keys)
        if how == "topic_owner" and a.get("topic_owner"):
            own = a["topic_owner"]
            g = next((g for g in reversed(sent.before(pos)) if g.start >= sent.clause_start(pos)), None)
            things = sent.lx.find(sent.text, own["things"], g.end, pos) if g is not None else []
            if things and g.governor in own["governors"] \
                    and (followed_by(sent, g.end, own["links"]) or _bare_thing(sent, g.end, things[0][0], own)):
                return members_of(g, sent.lx.agents)  # (not 就 X 的局势: no help to X)
    return []


def _bare_thing(sent, end: int, thing: int, own: dict) -> bool:
    """The first of the ``topic_owner`` ``things`` (at ``thing``) opens within ``bare_reach`` characters after the owner
    (``end``), with no link word: 对 X 法律修正草案, 就 X 国家行动计划 — a quoted title there (``title``, a regular
    expression: 就 X《刑罚执行法》修正草案) counted as no character."""
    reach = own.get("bare_reach")
    gap = sent.lx.squeeze(sent.text[end:thing]).strip()
    if own.get("title"):
        gap = re.sub(own["title"], "", gap)
    return bool(reach) and len(gap) <= reach \
        and not any(c in sent.lx.clause_ends for c in sent.text[end:thing])


def _while_clause(sent, pos: int) -> list[str]:
    """The recipient a temporal clause opening the sentence before ``pos`` names: its first group (of ``kinds``) stands
    right after the words ``opening`` matches (``When the Government of``) and the words after it to the clause's end
    match ``closing`` (``…时``) — the lexicon's ``assists`` ``while_clause``."""
    w = sent.lx["assists"].get("while_clause")
    first = next(iter(sent.groups), None)
    if not w or first is None:
        return []
    end = sent.clause_end(sent.start)
    kinds = set(w.get("kinds", ("State",)))
    head = sent.lx.squeeze(sent.text[sent.start:first.start]).strip().lower()
    if first.end > end or end >= pos or not first.kinds() & kinds or not re.fullmatch(w["opening"], head) \
            or not re.search(w["closing"], sent.lx.squeeze(sent.text[first.end:end]).strip()):
        return []
    return members_of(first, kinds)


def requested_by(sent, pos: int):
    """``the support requested by X``: the group a ``requests`` ``requested_by`` phrase governs right after a help
    noun ending at ``pos`` — X asked for that help and is the one it is for."""
    lx = sent.lx
    rest = lx.squeeze(sent.text[pos:pos + 24])
    phrase = lx.starts_with(rest, lx["requests"].get("requested_by", ()))
    if not phrase:
        return None
    g = next((h for h in sent.after(pos) if h.start <= pos + 40), None)
    return g if g is not None and g.kinds() & lx.agents and g.governor in lx["requests"].get("by_markers", ("by",)) \
        and lx.trim(lx.squeeze(sent.text[pos:g.head]), "determiners") == phrase else None


def requested_from(ctx: SentenceContext, found: list) -> None:
    """``X requested technical assistance from Y``: X requests Y, and Y's assistance to X is
    what was asked for (the language's ``requests`` ``noun_from`` markers; people one asks for count too,
    ``asked_people``: asked UN-Women for a specialist)."""
    sent = ctx.sentence
    lx = sent.lx
    rq, a = lx["requests"], lx["assists"]
    markers = rq.get("noun_from", ())
    if not markers:
        return
    agents = lx.agents
    for hit in lx.find(sent.text, rq["verbs"], sent.start, sent.end):
        s, e, _w = hit
        if lx.guarded(sent.text, hit):
            continue
        end = sent.clause_end(e)
        asked = lx.words_of("asked_help_nouns", lambda: list(a["give_nouns"]) + list(rq.get("asked_people", ())))
        nouns = lx.find(sent.text, asked, e, min(end, e + a.get("noun_window", 20)))
        first = next((g for g in sent.groups if e <= g.start), None)
        if not nouns and first is not None and not lx.trim(lx.squeeze(sent.text[e:first.head]), "determiners"):
            # asked the International Labour Organization (ILO) in 2033 for advice: the window opens after the name
            nouns = lx.find(sent.text, asked, first.end, min(end, first.end + a.get("noun_window", 20)))
        own = next((g for g in sent.groups if e <= g.start and nouns and g.end <= nouns[0][0]), None)
        if own is not None and not lx.trim(lx.squeeze(sent.text[e:own.head]), "determiners") \
                and (_untimed(lx, sent.text[own.end:nouns[0][0]]) in (*lx["modifier_words"], *rq.get("asked_for", ()))
                     or _for_dropped(lx, rq, sent.text[own.end:nouns[0][0]]) in rq.get("pronoun_of_previous", ())) \
                and own.kinds() & agents:
            prov = own  # requested the Office's assistance, asked UNDP for support: the one the help is asked of
        elif nouns and _for_dropped(lx, rq, sent.text[e:nouns[0][0]]) in rq.get("pronoun_of_previous", ()) \
                and (_contacted(sent, s, rq) is not None or len(ctx.carried.get("named", ())) == 1):
            # wrote to Y to request its support; (Requests reached the Office.) X requested its support: the Office's
            prov = own = _contacted(sent, s, rq) or ctx.carried["named"][0]
        elif nouns and not lx.trim(_for_dropped(lx, rq, sent.text[e:nouns[0][0]])) and _contacted(sent, s, rq) is not None:
            prov = own = _contacted(sent, s, rq)  # wrote to Y asking for technical assistance: Y's
        elif not nouns or not set(lx.trim(lx.squeeze(sent.text[e:nouns[0][0]])).split()) <= set(rq.get("help_modifiers", ())):
            _requested_relative(ctx, s, e)  # requested further help; (requested similar advice from Y, or which Y
            continue  # will provide: read below)
        else:
            prov = next((g for g in sent.groups if nouns[0][1] <= g.start <= end), None)
        given_at = None
        if prov is None or prov is not own and prov.governor not in markers:
            prov, given_at = _relative_provider(sent, nouns[-1][1] if nouns else e, rq, a)  # …, which Y will provide
        if prov is None or prov is not own and prov.governor not in markers and given_at is None \
                or not prov.kinds() & agents:
            continue
        asker = subject_before(sent, s, agents, ctx.prev_subject)
        if lx.ends_with(lx.squeeze(sent.text[sent.start:s]).rstrip(), rq.get("pronoun_askers", ())):
            asker = nearest_state(sent, s) or asker  # … welcomes the openness of the Government and recommends that it seek …
        if asker is None:
            continue
        mood = ctx.mood(s, asker)
        for k in asker.keys:
            for o in members_of(prov, agents):  # (recommends that X seek Y's support: a Recommended request)
                ctx.add(k, "requests", o, mood=mood)
        if mood[0] == "Negated" and rq.get("unasked_no_help"):
            continue  # X did not ask Y for help: nothing is said of Y's help
        helped = next((g for g in sent.after(nouns[-1][1]) if g.start <= end), None)
        helped = helped if helped is not None and helped.governor in rq.get("help_for", ()) and "NHRI" in helped.kinds() \
            and lx.trim(lx.squeeze(sent.text[nouns[-1][1]:helped.head]), "determiners") == helped.governor else None
        if given_at is not None:  # (Bulgaria requested similar advice, which Y will provide: the relative's own mood)
            given = ctx.mood(given_at, prov)
            mood = given if given[0] != "Reported" or mood[0] == "Reported" else mood
        emit_assist(ctx, members_of(prov, agents), members_of(helped or asker, agents), year_before(sent, s),
                    topic(sent, nouns[-1][1]),  # (asked Y for help for its human rights commission: the commission)
                    mood if mood[0] in ("Recommended", "Planned", "Negated") or given_at is not None
                    else ("Requested", asker.keys[0]))


def sought_help(ctx: SentenceContext) -> None:
    """``X 寻求 Y 在…方面的技术支助``: the help of Y that a verb of seeking (``requests`` ``help_of`` ``verbs``) asks for
    is Y's help to X, asked (Requested unless the clause recommends, plans or denies it); the request itself is read
    with the other requests (:func:`~.patterns.requests`)."""
    sent = ctx.sentence
    lx = sent.lx
    spec = lx["requests"].get("help_of") or {}
    for s, e, _w in lx.find(sent.text, spec.get("verbs", ()), sent.start, sent.end):
        prov = help_of(sent, e, lx["requests"])
        asker = subject_before(sent, s, lx.agents, ctx.prev_subject) if prov is not None else None
        if asker is None or set(asker.keys) & set(prov.keys):
            continue
        mood = ctx.mood(s, asker)
        emit_assist(ctx, members_of(prov, lx.agents), members_of(asker, lx.agents), year_before(sent, s),
                    topic(sent, prov.end), mood if mood[0] in ("Recommended", "Planned", "Negated")
                    else ("Requested", asker.keys[0]))


def _relative_provider(sent, pos: int, rq: dict, a: dict) -> tuple[Group | None, int | None]:
    """``requested similar advice, which Y will provide in 2069``: the group that opens a relative clause
    (``relative_provider``, a regular expression on the words between the help noun ending at ``pos`` and it) right
    before a verb of giving (``give_verbs``) — the one who gives what was asked for; with that verb's offset."""
    lx = sent.lx
    rx = rq.get("relative_provider")
    if not rx:
        return None, None
    g = next((h for h in sent.after(pos) if h.governor is None), None)
    if g is None or not re.fullmatch(rx, lx.squeeze(sent.text[pos:g.start])):
        return None, None
    verbs = lx.find(sent.text, a["give_verbs"], g.end, sent.clause_end(g.end))
    if not verbs or len(lx.squeeze(sent.text[g.end:verbs[0][0]]).split()) > rq.get("provider_verb_gap", 2):
        return None, None
    return g, verbs[0][0]


def _for_dropped(lx, rq: dict, gap: str) -> str:
    """``gap`` squeezed and lowered, without an ``asked_for`` word opening it (``for its`` → ``its``)."""
    gap = lx.squeeze(gap).lower().strip()
    w = lx.starts_with(gap, rq.get("asked_for", ()))
    return gap[len(w):].strip() if w else gap


def _contacted(sent, s: int, rq: dict):
    """``X wrote to Y to request …``, ``X approached Y, asking for …``: the agent right after a verb of contact
    (``made`` ``verbs`` that end in a marker, ``contact_verbs``) before the asking verb at ``s``, in its sentence."""
    lx = sent.lx
    for _cs, ce, _w in reversed(lx.find(sent.text, rq.get("contact_verbs", ()), sent.start, s)):
        g = next(iter(sent.after(ce)), None)
        if g is not None and g.end <= s and g.kinds() & lx.agents \
                and not lx.trim(lx.squeeze(sent.text[ce:g.head]), "determiners") \
                and not any(h.kinds() & lx.agents for h in sent.groups if g.end <= h.start and h.end <= s):
            return g
    return None


def _untimed(lx, gap: str) -> str:
    """``gap`` squeezed, without an abbreviation in brackets and a year with the time words before it (asked the
    International Labour Organization (ILO) in 2033 for advice)."""
    gap = lx.squeeze(re.sub(r"\([^()]*\)", " ", gap))
    rx = lx.get("requests", {}).get("time_aside")
    return lx.squeeze(re.sub(rx, " ", gap)) if rx else gap


def _requested_relative(ctx: SentenceContext, s: int, e: int) -> None:
    """``the assistance (that) it had requested from Y``: the asker requests Y; Y's assistance to the
    asker is what the clause around the noun says of it (``had not been provided``: Negated; a
    receiving verb before the noun is read by :func:`passive_help`), else Requested (the language's
    ``requests`` ``relative_words`` and ``noun_from`` markers)."""
    sent = ctx.sentence
    lx = sent.lx
    rq, a = lx["requests"], lx["assists"]
    rel = rq.get("relative_words")
    if rel is None:
        return
    agents = lx.agents
    lo = sent.clause_start(s)
    asked = lx.words_of("relative_asked_nouns", lambda: list(a["passive_nouns"]) + list(rq.get("asked_people", ())))
    nouns = lx.find(sent.text, asked, max(lo, s - 140), s)
    if not nouns:
        return
    n = nouns[-1]
    words = lx.squeeze(sent.text[n[1]:s]).split()
    openers = rq.get("relative_openers", ())  # (a specialist on mining that X had …: what follows the relative)
    cut = max((i for i, w in enumerate(words) if w in openers), default=-1)
    gap = [w for w in (words[cut + 1:] if cut > 0 else words) if w not in rel and w.strip("_")]  # names masked
    pronoun = bool(gap) and bool(lx.res["personal"].fullmatch(gap[0]))
    between = [g for g in sent.groups if n[1] <= g.start and g.end <= s]
    if len(gap) > 3 or not (pronoun or between):
        return
    end = sent.clause_end(e)
    prov = next((g for g in sent.groups if e <= g.start <= end), None)
    if prov is None or prov.governor not in rq.get("noun_from", ()) or not prov.kinds() & agents:
        return
    asker = between[-1] if between else subject_before(sent, n[0], agents, ctx.prev_subject)
    if asker is None or not asker.kinds() & agents:
        return
    for k in members_of(asker, agents):
        for o in members_of(prov, agents):
            ctx.add(k, "requests", o, mood=ctx.mood(s, asker))
    # the noun's own predicate after the relative clause: … had not been provided
    done = list(a["give_verbs"]) + list(rq.get("relative_done_verbs", ()))  # … had not yet been carried out
    verbs = [h for h in lx.find(sent.text, done, prov.end, sent.clause_end(prov.end))]
    if verbs:
        mood = ctx.mood(verbs[0][0], None)
        if mood[0] == "Requested":  # the request is behind: the noun's own verb says what became of it
            planned = lx.find(sent.text, lx["modality"].get("planned", ()), prov.end, verbs[0][0])
            mood = ("Planned", None) if planned else ("Reported", None)
    elif lx.find(sent.text, a["passive"], lo, n[0]):
        return  # it has not received the assistance it requested from Y: the passive reads it
    else:
        mood = ("Requested", asker.keys[0])
        md = lx.get("modality") or {}
        rest = sent.text[prov.end:sent.clause_end(prov.end)]
        if md.get("subject_undone") and re.search(md["subject_undone"], rest):
            mood = ("Negated", None)  # a course that X had requested from Y was cancelled / postponed without a new date
        elif lx.find(rest, md.get("put_off", ())):
            mood = ("Planned", None)  # … was postponed to May: still to come
    emit_assist(ctx, members_of(prov, agents), members_of(asker, agents), year_before(sent, s),
                topic(sent, n[1]), mood)


def request_for_help_taken(ctx: SentenceContext) -> None:
    """``Y could not respond to the requests of A and B for assistance``, ``Y declined the request of X for
    support``: the request noun a verb of ``requests`` ``help_taken_by`` takes, owned by X (``of X``, ``from
    X``) and followed by ``for`` + a help noun (two words may stand before it) or by ``help_to`` + an activity verb
    (``a request from X to train its officers``), is Y's assistance to X — with the verb's modality
    (``could not respond``: Negated), always Negated after a ``help_refused`` verb. (The ``requests`` edge
    itself is read by the request families.)"""
    sent = ctx.sentence
    lx = sent.lx
    rq, a = lx["requests"], lx["assists"]
    verbs = rq.get("help_taken_by", ())
    if not verbs:
        return
    agents = lx.agents
    text = sent.text
    for vs, ve, w in lx.find(text, verbs, sent.start, sent.end):
        if text[ve:ve + 2].strip() == ",":  # Y refused, for lack of funds, a request of X …: past the aside
            close = text.find(",", text.index(",", ve) + 1, min(sent.end, ve + 60))
            ve = close + 1 if close != -1 else ve
        ve = past_time_aside(sent, ve)  # turned down in 2066 a request of X
        rest = lx.squeeze(text[ve:ve + 40])
        det = lx.starts_with(rest, rq.get("taken_determiners", ())) or ""
        noun = lx.starts_with(rest[len(det):].lstrip(), rq.get("taken_nouns", ()))
        if not det or noun is None:
            continue
        n_end = text.find(noun, ve) + len(noun)
        end = sent.clause_end(n_end)
        taker = subject_before(sent, vs, agents, ctx.prev_subject)
        if det in lx.get("state_pronouns", ()):
            # Y had responded to its request for support: the one the sentence named before Y
            owner = next((g for g in reversed(sent.before(vs)) if g.kinds() & agents
                          and not (taker is not None and set(g.keys) & set(taker.keys))), None)
            tail = n_end
        else:
            owner = next((g for g in sent.after(n_end) if g.start <= end), None)
            if owner is None or owner.governor not in rq.get("taken_markers", ()) \
                    or lx.trim(lx.squeeze(text[n_end:owner.head]), "determiners") != owner.governor:
                continue
            tail = owner.end
        if owner is None or not owner.kinds() & agents:
            continue
        after = lx.squeeze(text[tail:tail + 40])
        marker = lx.starts_with(after, rq.get("help_for", ()))
        to = lx.starts_with(after, rq.get("help_to", ())) if not marker else None
        if not marker and not to:
            continue
        after = after[len(marker or to):].lstrip()
        det2 = lx.starts_with(after, lx.get("determiners", ())) or ""
        if to:  # a request from X to train its officers: the activity asked for
            act = lx.get("activities") or {}
            help_noun = lx.starts_with(after, (*act.get("verbs", ()), *act.get("training_verbs", ()),
                                               *a.get("verbs", ())))
        else:  # a request of X for (audio-visual) equipment
            act = lx.get("activities") or {}  # (… for an assessment of its prisons: an activity asked for)
            help_noun = lx.starts_within(after[len(det2):].lstrip(), (*a["give_nouns"], *act.get("nouns", ())), 2)
        if not help_noun:
            continue
        if taker is None:
            continue
        mood = ("Negated", None) if w in rq.get("help_refused", ()) else ctx.mood(vs, taker)
        emit_assist(ctx, list(taker.keys), members_of(owner, agents), year_before(sent, vs),
                    topic(sent, tail), mood)


def similar_request(ctx: SentenceContext) -> None:
    """``At the request of X, Y held a briefing for it. A similar request by Z remained pending``: a request
    the words before its asker (``similar_request``: ``a similar request by``) liken to one the unit reported
    before is made to the same addressee (or to the one who gave the help reported before, or to the one named
    after it: ``similar_to``, ``a similar request from Z to Y``) — Z requests Y (Reported) and Y's help to Z is what
    was asked (Requested by Z), or Negated where the clause says it was turned down or not met (``help_refused``,
    ``unmet``)."""
    sent = ctx.sentence
    lx = sent.lx
    rq = lx["requests"]
    leads = rq.get("similar_request", ())
    squeezed = lx.squeeze(sent.text[sent.start:sent.end]) if leads else ""
    if not any(w and w in squeezed for w in leads):
        return  # (before reading back over the unit's relations)
    earlier = [r for r in ctx.earlier if r.predicate == "requests" and r.modality == "Reported"]
    helped = [r for r in ctx.earlier if r.predicate == "assists" and r.modality == "Reported"]
    addressees = list(dict.fromkeys(r.object for r in earlier if r.sentence == earlier[-1].sentence)) if earlier else \
        list(dict.fromkeys(r.subject for r in helped if r.sentence == helped[-1].sentence)) if helped else []
    for g in sent.groups:
        if not g.kinds() & {"State"} or not lx.ends_with(lx.squeeze(sent.text[max(sent.start, g.head - 40):g.head]),
                                                         leads):
            continue
        to = next((h for h in sent.after(g.end) if h.start <= sent.clause_end(g.end)), None)
        named = members_of(to, lx.agents) if to is not None and to.governor in rq.get("similar_to", ()) \
            and not lx.trim(lx.squeeze(sent.text[g.end:to.head]), "determiners").replace(to.governor, "").strip() else []
        addressees = named or addressees  # a similar request from X to the Office: the one it was made to
        if not addressees:
            continue
        askers = [k for k in members_of(g, {"State"}) if k not in addressees]
        refused = lx.find(sent.text, tuple(rq.get("help_refused", ())) + tuple(rq.get("unmet", ())), g.end,
                          sent.clause_end(g.end))
        for k in askers:
            for o in addressees:
                ctx.add(k, "requests", o)
            emit_assist(ctx, addressees, [k], year_before(sent, g.start), None,
                        ("Negated", None) if refused else ("Requested", k))


def pronoun_askers(sent, actor_keys=()) -> list[str]:
    """``人权高专办应其请求…`` (``requests`` ``on_request_pronouns``: 应其请求, 应该国的要求): the State the
    pronoun stands for — the nearest State named before it in the sentence that is not the actor (阿曼介绍说，
    人权高专办应其请求派遣了专家: Oman)."""
    lx = sent.lx
    words = lx["requests"].get("on_request_pronouns", ())
    if not words:
        return []
    for s, _e, _w in lx.find(sent.text, words, sent.start, sent.end):
        for g in reversed(sent.before(s)):
            if "State" in g.kinds() and not set(g.keys) & set(actor_keys):
                return members_of(g, {"State"})
    return []


def on_its_request(ctx: SentenceContext) -> None:
    """``X 应其请求向 Y 派遣了…``: the State the pronoun stands for (:func:`pronoun_askers`) requests the actor
    that acts (the subject before the phrase)."""
    sent = ctx.sentence
    lx = sent.lx
    words = lx["requests"].get("on_request_pronouns", ())
    if not words:
        return
    for s, e, _w in lx.find(sent.text, words, sent.start, sent.end):
        actor = subject_before(sent, s, lx.agents, ctx.prev_subject)
        if actor is None:
            continue
        askers = pronoun_askers(sent, actor.keys)
        doer = next((g for g in sent.groups if g.end <= actor.start and g.start >= sent.clause_start(actor.start)
                     and is_free(sent, g) and g.kinds() & lx.agents), None)
        if doer is None and ctx.prev_subject is not None and lx.res["pronoun"].match(
                lx.squeeze(sent.text[sent.clause_start(actor.start):actor.start]).strip()):
            doer = ctx.prev_subject  # (He advised the Government of Y, at its request, …)
        if not askers and "State" in actor.kinds() and doer is not None and doer is not actor:
            askers, actor = members_of(actor, {"State"}), doer  # X advised Y, at its request, …: Y asked X
        nxt = next((g for g in sent.after(e) if g.kinds() & lx.agents), None)
        if "State" in actor.kinds() and nxt is not None and is_free(sent, nxt) \
                and not lx.trim(lx.squeeze(sent.text[e:nxt.head]), "determiners").strip(" ,"):
            askers, actor = members_of(actor, {"State"}), nxt  # X stated that, at its request, Y had …: X asked Y
        for a in askers:
            for o in actor.keys:
                ctx.add(a, "requests", o)


def pronoun_asker(ctx: SentenceContext, pos: int) -> list[str]:
    """``X 请 Y 协助其为 Z 的…做准备``: a pronoun (``assists`` ``marker_pronouns``) right after a help verb that ends at
    ``pos``, in the scope of an asking verb, and not owning what follows (其的…), stands for the one who asked (where
    the language's ``assists`` ``pronoun_asker`` says so: an English ``its`` owns the noun after it)."""
    sent = ctx.sentence
    lx = sent.lx
    head = lx.squeeze(sent.text[pos:pos + 4])
    pron = lx.starts_with(head, lx["assists"].get("marker_pronouns", ())) if lx["assists"].get("pronoun_asker") else None
    if not pron or lx.starts_with(head[len(pron):], lx["modifier_words"]):
        return []
    lo, embedded = scope_start(sent, pos)
    asker = subject_before(sent, lo - 1, lx.agents, ctx.prev_subject) if embedded else None
    return members_of(asker, lx.agents) if asker is not None else []


def asked_pronoun(sent, s: int, w: str, recips: set[str]):
    """``X 致函 Y，请其协助…``: a help verb ``w`` at ``s`` right after an object pronoun of an asking verb (``requests``
    ``object_pronouns``: 其协助 …) — the nearest group before it of the kinds the pronoun stands for, not a recipient."""
    for form, kinds in sent.lx["requests"].get("object_pronouns", {}).items():
        if form.endswith(w) and len(form) > len(w) and sent.text.startswith(form, s - (len(form) - len(w))):
            want = set(kinds)
            return next((g for g in reversed(sent.before(s - (len(form) - len(w))))
                         if g.kinds() & want and not set(g.keys) & recips), None)
    return None


def done_on_request(ctx: SentenceContext, asker: Group, actor: Group, aside: bool = False) -> None:
    """``At the request of X, Y and Z jointly assessed conditions of detention``: a sentence that opens with whose
    request it answers, then names its actor and a verb of work done for another (``requests`` ``done_verbs``, after
    ``done_fillers`` such as jointly, also) — the actor's help to the one who asked (its partners after it too), in
    the verb's mood. With ``aside``, the request is an aside after the actor (``Y, asked by X, reviewed …``): the verb
    follows the aside."""
    sent = ctx.sentence
    lx = sent.lx
    rq = lx["requests"]
    verbs = rq.get("done_verbs")
    if not verbs:
        return
    doers = [actor]
    for h in sent.after(actor.end):  # the Office and UNODC: a coordinated actor
        if h.governor is None and lx.squeeze(sent.text[doers[-1].end:h.head]).strip() in lx["coordinators"]:
            doers.append(h)
            continue
        break
    start = doers[-1].end
    if aside:  # (the verb follows the asker's aside, after its comma: read from there)
        m = re.match(r"\s*,\s*", sent.text[asker.end:sent.end])
        start, doers = asker.end + (m.end() if m else 0), [actor]
    rest = lx.squeeze(sent.text[start:sent.clause_end(start)]).lstrip()
    filler = lx.starts_with(rest, rq.get("done_fillers", ())) or ""
    verb = lx.starts_with(rest[len(filler):].lstrip(), verbs)
    if not verb:
        return
    at = lx.find(sent.text, [verb], start, sent.clause_end(start))[0][0]  # (where it stands unsqueezed)
    askers = members_of(asker, lx.agents)
    providers = [k for d in doers for k in members_of(d, lx.agents) if k not in askers]
    emit_assist(ctx, providers, askers, year_before(sent, at), topic(sent, at + len(verb)), ctx.mood(at, actor))


def request_met(ctx: SentenceContext) -> None:
    """``X asked Y and Z to examine its draft law; the two did so in March``, ``X 请 Y 协助评估…。该办事处已于
    3 月完成评估``: after help asked of Y earlier in the unit (a Requested ``assists`` fact), a clause that opens
    with Y (named, or one of ``met_request`` ``pronouns`` standing for all those the last request asked, alone or as
    the owner of the doers: 两机构的联合评估组) and whose verb says the work was done (``met_request`` ``rx``, a
    regular expression: did so, carried out the assessment, 已…完成; or a relative clause on what was asked for,
    ``relative``: …, which was carried out in 2117) at the Reported mood gives that help (Reported;
    :func:`~.settle.settle` keeps it over the Requested one)."""
    sent = ctx.sentence
    lx = sent.lx
    met = lx["assists"].get("met_request")
    if not met:
        return
    text = sent.text
    hits = list(re.finditer(met["rx"], text[sent.start:sent.end]))
    if not hits:
        return
    kinds = ctx.unit_kinds()
    askers = set(met.get("asker_kinds", ()))  # X asked Y to …: a State's or an institution's request for help
    asked = list(dict.fromkeys(  # (who was asked, for whom, the year, the sentence that asked)
        [(r.subject, r.object, r.year, r.sentence) for r in (*ctx.earlier, *ctx.relations)
         if r.predicate == "assists" and r.modality == "Requested"]
        + [(r.object, r.subject, r.year, r.sentence) for r in (*ctx.earlier, *ctx.relations)
           if r.predicate == "requests" and r.modality == "Reported" and kinds.get(r.subject) in askers]))
    if not asked:
        return
    last = [r for r in asked if r[3] == asked[-1][3]]  # (the request the pronouns stand for)
    for m in hits:
        pos = sent.start + m.start()
        lo = sent.clause_start(pos)
        lead = lx.squeeze(text[lo:pos]).strip()
        pronoun = lx.starts_with(lead, met.get("pronouns", ()))
        relative = met.get("relative") and re.match(met["relative"], m.group(0))
        if relative and last[-1][3] == sent.quote:
            # …asked OHCHR for advice on the survey, which was given in 2117: what was asked for, given
            named = {k for g in sent.groups if pos <= g.start < sent.start + m.end() for k in g.keys}
            doers = {r[0] for r in last if not named or r[0] in named}
            subj = None
        elif pronoun and not any(lo + len(pronoun) <= g.start < pos for g in sent.groups):
            doers = {r[0] for r in last}
            subj = None
        else:
            subj = subject_before(sent, pos, lx.agents)
            if subj is None or subj.start < lo:
                continue
            doers = set(subj.keys)
        if ctx.mood(sent.start + m.end() - 1, subj)[0] != "Reported":
            continue  # (at the verb: 已决定在 2113 年派出 is a plan)
        for doer, recipient, year, _quote in asked:
            if doer in doers and recipient not in doers:
                emit_assist(ctx, [doer], [recipient], year, None)
