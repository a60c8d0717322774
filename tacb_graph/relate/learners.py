"""People sent to learn from a host: ``A 和 B 各派两名工作人员到 Y 进行了实习``, ``X sent two officers to Y for a
placement``, ``Two legal officers of X spent three weeks at Y for peer learning``, ``Two staff members of X held
fellowships at Y`` (``held_verbs``, ``held_nouns``: the placement named before its host) — the host Y helped the ones who
sent them (the reverse of experts sent *to* a State, :mod:`.dispatch`: there the sender helps).

Word lists: ``relations.json`` ``assists`` ``learners``: ``verbs`` (a verb of sending or of spending time), ``markers``
(``到``, ``赴``, ``to``, ``at``: the host is the first actor the marker governs after the verb, in its clause, and is no
State — a State visited is not said to have hosted anyone), ``nouns`` (what they went for: ``实习``, ``考察``,
``placement``, ``peer learning``, within ``window`` characters after the host). The senders are the verb's subject.

>>> from tacb_graph.records import Source
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> from tacb_graph.segment import segment
>>> t = "1. The Malawi Human Rights Commission sent two officers to the Danish Institute for Human Rights for a placement.\\n"
>>> found = relate(recognise(segment(Source("t.txt", "t", t, "0", "utf-8", len(t)))))
>>> [(r.subject, r.object) for r in found.relations if r.predicate == "assists"]
[('org/dihr', 'org/mhrc')]
"""

from __future__ import annotations

import re

from .emit import emit_assist, topic
from .patterns import SentenceContext
from .roles import aside_spans, clause_opener, members_of, subject_before, year_before

__all__ = ["hosted_learners", "sent_to_learn", "visits_hosted"]


def hosted_learners(ctx: SentenceContext) -> None:
    """Help by hosting people another sent to learn (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    ln = lx["assists"].get("learners")
    if not ln:
        return
    hosts = [(s, sent_to_learn(sent, e)) for s, e, _w in lx.find(sent.text, ln["verbs"], sent.start, sent.end)]
    hosts += [(s, _held_at(sent, e, ln)) for s, e, _w in lx.find(sent.text, ln.get("held_verbs", ()), sent.start, sent.end)]
    hosts += [(s, _guests_of(sent, e, ln, _w)) for s, e, _w in lx.find(sent.text, ln["verbs"], sent.start, sent.end)]
    shown = tuple(ln["verbs"]) + tuple(ln.get("shown_verbs", ()))  # (visited P, where Y hosted them)
    hosts += [(s, _shown_by(sent, e, ln)) for s, e, _w in lx.find(sent.text, shown, sent.start, sent.end)]
    for s, host in hosts:
        if host is None:
            continue
        senders = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(host.keys)) \
            or _owner_of_unit(sent, s, ln, set(host.keys)) or _people_in(sent, s, ln, set(host.keys)) \
            or _pronoun_people(ctx, s, ln, set(host.keys))
        # (Staff of X's new unit spent a week …: X's people; members of county boards in X travelled …: X's)
        lo = sent.clause_start(s)
        aside = senders is not None and (any(a <= senders.end + 2 and lo - 2 <= b for a, b in aside_spans(sent))
                                         or bool(ln.get("apposition")) and re.fullmatch(ln["apposition"],
                                                                                   sent.text[senders.end:lo]) is not None)
        if senders is not None and senders.start < lo and lo > sent.start and not aside:  # (X, the body that …, spent)
            # (…, and two of the Commission's investigators spent a fortnight …: the people's owner in the verb's
            # own clause, not the subject of the clause before)
            senders = next((g for g in sent.groups if lo <= g.start and g.end <= s and g.kinds() & lx.agents), None)
        recips = [k for k in members_of(senders, lx.agents) if k not in host.keys] if senders is not None else []
        if recips:
            emit_assist(ctx, list(host.keys), recips, year_before(sent, s), topic(sent, host.end), ctx.mood(s, host))
            # (… The Regional Office arranged the study visit: the visit a later sentence refers to, :func:`visits_hosted`)
            ctx.carried["visit"] = (list(host.keys), recips, sent.text[host.start:host.end])
    _hosted_group(ctx, ln, shown)


def _hosted_group(ctx: SentenceContext, ln: dict, travel) -> None:
    """``Six officers of X travelled to P to observe …; the authorities of Y hosted the group``: a hosting verb whose
    object refers back to people (``hosted_group``: ``verbs``; ``refs``, a regular expression on the words right after
    the verb) after a verb of travel or of spending time (``travel``) in the sentence — the host helped the travellers'
    owner (the travel verb's subject, or the body or State whose people open its clause)."""
    spec = ln.get("hosted_group")
    if not spec:
        return
    sent = ctx.sentence
    lx = sent.lx
    for s, e, _w in lx.find(sent.text, spec["verbs"], sent.start, sent.end):
        if not re.match(spec["refs"], sent.text[e:e + 40]):
            continue
        moves = lx.find(sent.text, travel, sent.start, s)
        host = subject_before(sent, s, lx.agents, None)
        if not moves or host is None or host.end <= moves[-1][1] and sent.clause_start(s) <= moves[-1][0]:
            continue
        t = moves[-1][0]
        hosts = set(host.keys)
        who = subject_before(sent, t, lx.agents, ctx.prev_subject, exclude=hosts) \
            or _owner_of_unit(sent, t, ln, hosts) or _people_in(sent, t, ln, hosts)
        recips = [k for k in members_of(who, lx.agents) if k not in hosts] if who is not None else []
        if recips:
            emit_assist(ctx, list(host.keys), recips, year_before(sent, t), topic(sent, e), ctx.mood(s, host))


def _owner_of_unit(sent, s: int, ln: dict, hosts: set):
    """``Staff of X's new detention unit spent …``: the agent whose unit (``unit_owner``, a regular expression on the
    words right after it) the people that open the clause (``unit_people``, right before it) belong to, or ``None``."""
    rx, people = ln.get("unit_owner"), ln.get("unit_people")
    if not rx or not people:
        return None
    lx = sent.lx
    lo = sent.clause_start(s)
    for g in sent.groups:
        if lo <= g.start and g.end <= s and g.kinds() & lx.agents and not set(g.keys) & hosts \
                and re.match(rx, sent.text[g.end:s]) \
                and re.fullmatch(people, lx.squeeze(sent.text[lo:g.start]).strip()):
            return g
    return None


def _pronoun_people(ctx: SentenceContext, s: int, ln: dict, hosts: set):
    """``X received …. Two of its staff members also spent a week at Y``: the people that open the clause are the
    pronoun's (``pronoun_people``, a regular expression on the words from the clause's start to the verb), the one the
    sentence before is about; or ``None``."""
    rx, prev = ln.get("pronoun_people"), ctx.prev_subject
    sent = ctx.sentence
    if not rx or prev is None or not prev.kinds() & sent.lx.agents or set(prev.keys) & hosts \
            or sent.clause_start(s) != sent.start:
        return None
    return prev if re.fullmatch(rx, sent.lx.squeeze(sent.text[sent.start:s]).strip()) else None


def _people_in(sent, s: int, ln: dict, hosts: set):
    """``Five members of county land boards in X travelled …``: the State the people that open the clause
    (``people_in``, a regular expression on the words from the clause's start to the State's marker) are placed in,
    or ``None``."""
    rx = ln.get("people_in")
    g = clause_opener(sent, s, rx, adverbs=False) if rx else None
    return g if g is not None and "State" in g.kinds() and not set(g.keys) & hosts else None


def _held_at(sent, e: int, ln: dict):
    """``Two staff members of X held three-month fellowships at Y``: the host a marker (``markers``) governs right
    after a placement noun (``held_nouns``) that follows the verb ending at ``e`` within ``held_gap`` characters —
    the host Y helped X, whose people held the placement (no State: a State visited hosts no one here)."""
    lx = sent.lx
    end = sent.clause_end(e)
    nouns = lx.find(sent.text, ln.get("held_nouns", ()), e, min(end, e + ln.get("held_gap", 40)))
    if not nouns or any(e <= g.start < nouns[0][0] for g in sent.groups):
        return None
    host = next((g for g in sent.after(nouns[0][1]) if g.start < end), None)
    if host is None or not host.kinds() & lx.agents or "State" in host.kinds() or not _marked(sent, nouns[0][1], host, ln):
        return None
    return host if len(lx.squeeze(sent.text[nouns[0][1]:host.start])) <= 20 else None


def _guests_of(sent, e: int, ln: dict, verb: str = ""):
    """``Officers of X spent a week in P as guests of the Y Directorate of Z``: the host named after a ``guest_markers``
    phrase in the verb's clause — a body, or the State whose organ it is (``guest_organ``, a regular expression of the
    words between the phrase and the State) — helped those it received."""
    lx = sent.lx
    end = sent.clause_end(e)
    nxt = end if verb in ln.get("stay_verbs", ()) else sent.end  # (only those who stayed: not sent comments, …)
    for _ in range(2):  # …spent ten days in P(, visiting …), hosted by the Y Directorate of Z: a phrase after a comma
        if nxt >= sent.end or sent.text[nxt] not in ",，":
            break
        if lx.starts_with(lx.squeeze(sent.text[nxt + 1:nxt + 40]).strip(), ln.get("guest_markers", ())):
            end = sent.clause_end(nxt + 1)
            break
        nxt = sent.clause_end(nxt + 1)
    for _s, me, _w in lx.find(sent.text, ln.get("guest_markers", ()), e, end):
        host = next((g for g in sent.after(me) if g.start < end), None)
        if host is None or not host.kinds() & lx.agents:
            return None
        gap = sent.text[me:host.head].strip()
        if not gap or lx.trim(lx.squeeze(gap), "determiners") == "" or (
                "State" in host.kinds() and ln.get("guest_organ") and re.fullmatch(ln["guest_organ"], gap)):
            return host
        return None
    return None


def _shown_by(sent, e: int, ln: dict):
    """``Officials of X spent a week in P, where Y showed them how …``: the ones a ``where`` clause after the verb ending
    at ``e`` says taught the people (``shown_by``: ``lead``, the words that open the clause; ``verbs``, what the hosts
    did to them, right after the hosts) — a body, or a State by its organ, helped those it received."""
    spec = ln.get("shown_by")
    if not spec:
        return None
    lx = sent.lx
    m = re.compile(spec["lead"]).search(sent.text, e, sent.end)
    if m is None:
        return None
    host = next((g for g in sent.after(m.end()) if g.kinds() & lx.agents), None)
    organ = ln.get("guest_organ")  # (where the Supreme Court of Y showed them …: Y, by its organ)
    if host is None or lx.trim(lx.squeeze(sent.text[m.end():host.head]), "determiners") and not (
            organ and host.governor is not None and re.fullmatch(organ, sent.text[m.end():host.start].strip())):
        return None
    return host if re.match(spec["verbs"], sent.text[host.end:host.end + 40]) else None


def sent_to_learn(sent, e: int):
    """The host of the people a verb ending at ``e`` sent to learn (``sent two officers to Y for a placement``), or
    ``None``; :mod:`.activities` reads no help of the sender's in such a sending."""
    lx = sent.lx
    ln = lx["assists"].get("learners")
    if not ln:
        return None
    end = sent.clause_end(e)
    host = next((g for g in sent.after(e) if g.start < end and g.kinds() & lx.agents), None)
    if host is None or "State" in host.kinds() or not _marked(sent, e, host, ln):
        return None
    reach = host.end + ln.get("window", 40)
    if lx.find(sent.text, ln["nouns"], host.end, min(end, reach)):
        return host
    # (… spent a week at Y in P, learning how it handles complaints: what they went for, in the participle after the comma)
    rest = sent.text[end:sent.end]
    lead = len(rest) - len(rest.lstrip(" ,"))
    return host if ln.get("purpose_after_comma") and rest.lstrip().startswith(",") and end + lead < reach \
        and lx.starts_with(rest[lead:], ln["nouns"]) else None


def _marked(sent, e: int, host, ln: dict) -> bool:
    """The host is governed by a marker of ``markers`` (right before it, or before the words that lead into it)."""
    lx = sent.lx
    if host.governor in ln["markers"]:
        return True
    lead = lx.squeeze(sent.text[max(e, host.head - 12):host.head])
    return bool(lx.ends_with(lx.trim(lead, "determiners"), ln["markers"]))


def _study_visit_to(ctx: SentenceContext, spec: dict, people: tuple) -> None:
    """``A delegation of X made a study visit to Y and to Z``: the bodies the visit went to (``visits`` ``study_went``,
    the run of agents right after, a capital standing for its State) helped the ones whose people made it (an agent
    in the clause before the verb, with a word of the activities' ``beneficiaries`` before it)."""
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    for s, e, _w in lx.find(text, spec.get("study_went", ()), sent.start, sent.end):
        run = []
        for g in sent.after(e):
            gap = lx.trim(lx.squeeze(text[run[-1].end if run else e:g.head]), "determiners").strip(" ,")
            gap = gap[:-len(g.governor)].strip() if run and g.governor and gap.endswith(g.governor) else gap
            if g.start > sent.clause_end(e) or gap and gap not in lx["coordinators"] \
                    or not (g.kinds() & lx.agents or all(k in ctx.seats for k in g.keys)):
                break
            run.append(g)
        if run and any(g.start >= run[-1].end and g.kinds() & lx.agents for g in sent.groups):
            continue  # (… made a study visit to X, hosted by Y; during which Y introduced them: the host named)
        hosts = list(dict.fromkeys(ctx.seats.get(k, k) for g in run for k in g.keys))
        lo = sent.clause_start(s)
        visitors = [k for g in sent.groups if lo <= g.start and g.end <= s and g.kinds() & lx.agents
                    and lx.find(text, people, max(lo, g.start - 40), g.start) for k in members_of(g, lx.agents)
                    if k not in hosts]
        if hosts and visitors:
            emit_assist(ctx, hosts, visitors, year_before(sent, s), topic(sent, e), ctx.mood(e, None))


def _at_body(sent, place, spec: dict):
    """``前往阿斯塔纳，在 Y 考察了一个星期``: the body (no State) the clause after the place the visitors went to opens
    with (``at_body``, a regular expression on the words between the place and it) — where they came to learn."""
    rx = spec.get("at_body")
    if not rx:
        return None
    lx = sent.lx
    nxt = next((g for g in sent.after(place.end)), None)
    if nxt is None or not nxt.kinds() & lx.agents or "State" in nxt.kinds() \
            or not re.fullmatch(rx, lx.squeeze(sent.text[place.end:nxt.head if nxt.lead is None else nxt.lead])):
        return None
    return nxt


def _visit_named(ctx: SentenceContext, spec: dict, people: tuple) -> None:
    """``A study visit to Tallinn by members of the Parliament of X, which Estonia was to host in 2115, was postponed``,
    ``An exchange visit of X's staff to Jamaica was cancelled``: a visit to learn named by a noun that opens its clause
    (``visits`` ``named``: ``nouns``; ``lead``, what may stand before it once determiners are trimmed) — its host, the
    one a relative or a participle after it names (``host_relative``, ``host_by``), else the State or body the visit
    went to (a ``host_markers`` group; a capital stands for its State), helped the visitors (a ``visitor_markers``
    group, with a word of the activities' ``beneficiaries`` right before it, or one after its ``'s``, or right after
    the noun); so did the one such a clause says arranged it (a verb that is no ``hosting`` word: ``which Y had
    arranged``). The mood is the sentence's: a visit postponed or called off is help not given."""
    nm = spec.get("named")
    if not nm:
        return
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    for s, e, _w in lx.find(text, nm["nouns"], sent.start, sent.end):
        lo = sent.clause_start(s)
        if not re.fullmatch(nm["lead"], lx.trim(lx.squeeze(text[lo:s]), "determiners").strip()) \
                or any(lo <= g.start < s for g in sent.groups):
            continue  # (OHCHR organized a study visit …: the organizer's, read by the activity readers)
        end = sent.clause_end(e)
        inside = [g for g in sent.groups if e <= g.start and g.end <= end]
        visitors, hosts = [], []
        for i, g in enumerate(inside):
            before = lx.squeeze(text[max(inside[i - 1].end if i else e, g.start - 80):g.start])
            after = lx.squeeze(text[g.end:g.end + 30])
            if g.governor in nm["visitor_markers"] and g.kinds() & lx.agents and (
                    lx.squeeze(text[e:g.head]).strip() == g.governor or lx.find(before, people, 0, len(before))
                    or re.match(nm.get("owner_people", "(?!)"), after) and lx.find(after, people, 0, len(after))):
                visitors += [k for k in members_of(g, lx.agents) if k not in visitors]
            elif g.governor in nm["host_markers"] and not hosts:
                keys = [ctx.seats.get(k, k) for k in g.keys]
                if all(k.startswith("state/") or g.kinds() & lx.agents for k in keys):
                    hosts = list(dict.fromkeys(keys))
        named, hosting = _named_host(sent, end, nm)
        if named is not None:  # which Y was to host: Y, not the place; which Y had arranged: Y and the place's State
            keys = [ctx.seats.get(k, k) for k in members_of(named, lx.agents)]
            hosts = list(dict.fromkeys(keys + ([] if hosting else hosts)))
        visitors = [k for k in visitors if k not in hosts]
        if hosts and visitors:
            emit_assist(ctx, hosts, visitors, year_before(sent, s), topic(sent, e), ctx.mood(e, None))


def _named_host(sent, end: int, nm: dict):
    """The one a clause right after the visit's names says hosts or arranges it (``, which Y was to host``,
    ``, hosted by Y``; ``, which Y had arranged``), and whether it hosts (a ``hosting`` word in that clause), or
    ``(None, False)``."""
    lx = sent.lx
    if end >= sent.end or sent.text[end] not in ",，":
        return None, False
    g = next((g for g in sent.after(end + 1) if g.start < sent.clause_end(end + 1)), None)
    if g is None or not g.kinds() & lx.agents:
        return None, False
    lead = lx.squeeze(sent.text[end + 1:g.head])
    rest = lx.squeeze(sent.text[g.end:g.end + 40])
    m = re.fullmatch(nm.get("host_by", "(?!)"), lead)
    if m is None and re.fullmatch(nm.get("host_relative", "(?!)"), lead):
        m = re.match(nm.get("host_verbs", "(?!)"), rest)
    if m is None:
        return None, False
    return g, re.search(nm.get("hosting", "(?!)"), m.group(0)) is not None


def visits_hosted(ctx: SentenceContext) -> None:
    """``X 教育部的四名官员赴 Y 考察…。Y 教育部安排他们走访了五所学校``: people of X (``activities`` ``beneficiaries``,
    ``visits`` ``people_extra``) who went (``visits`` ``went``; with ``host_gap``, the words allowed before Y: spent a
    week in) to Y, a capital standing for its State (or the body the clause after that place opens with, ``at_body``:
    前往 P，在 Y 考察, whose help an ``at_study_nouns`` word right after it says), to learn (a ``nouns`` word within ``window`` characters after Y)
    were helped by Y where they came to study (a ``visits`` ``study_nouns`` word in that window: on a study visit), or
    where a clause of the same or a later sentence of the unit opens with Y (or a body of Y's:
    ``visits`` ``organ``; or with the programme Y set, ``host_by``: 考察日程由 Y 安排) and says what it did for them (``visits`` ``host_acts``, a regular expression on the words
    after it): it arranged their programme, briefed them; or where such a clause names Y the host (``host_is``:
    东道方是 Y)."""
    sent = ctx.sentence
    lx = sent.lx
    ln = lx["assists"].get("learners") or {}
    spec = ln.get("visits")
    if not spec:
        return
    text = sent.text
    people = tuple((lx.get("activities") or {}).get("beneficiaries", ())) + tuple(spec.get("people_extra", ()))
    gap = re.compile(spec["host_gap"]) if spec.get("host_gap") else None  # spent a week in (Tallinn)
    nouns = tuple(ln["nouns"]) + tuple(spec.get("nouns", ()))
    for s, e, _w in lx.find(text, spec["went"], sent.start, sent.end):
        host = next((g for g in sent.after(e) if g.start < sent.clause_end(e)), None)
        between = lx.squeeze(text[e:host.head]).strip() if host is not None else ""
        at = _at_body(sent, host, spec) if host is not None else None  # 前往 P，在 Y 考察了一周: Y hosted them
        host = at or host
        look = nouns + tuple(spec.get("at_study_nouns", ())) if at is not None else nouns  # (…，向 Y 学习…: at Y to learn)
        if host is None or between and not (gap is not None and gap.fullmatch(between)) \
                or not lx.find(text, look, host.end, min(sent.end, host.end + spec.get("window", ln.get("window", 16)))):
            continue
        keys = [ctx.seats.get(k, k) for k in host.keys]  # (a capital stands for its State)
        if not all(k.startswith("state/") or k in host.keys and host.kinds() & lx.agents for k in keys):
            continue
        lo = sent.clause_start(s)
        own = [g for g in sent.groups if g.end <= s and "State" in g.kinds()
               and lx.find(text, people, max(sent.start, g.start - spec.get("people_reach", 40)), s)
               and (g.start >= lo or spec.get("people_before_comma"))]  # (Eleven civil servants, from X's ministry, …)
        visitors = [k for g in own for k in members_of(g, {"State"}) if k not in keys]
        study = spec.get("study_nouns", ()) if at is None else spec.get("at_study_nouns", spec.get("study_nouns", ()))
        if visitors and (all(k.startswith("state/") for k in keys) or at is not None) and lx.find(
                text, study, host.end, min(sent.end, host.end + spec.get("window", ln.get("window", 16)))) \
                and not any(host.end <= g.start <= sent.clause_end(host.end) and g.kinds() & lx.agents
                            for g in sent.groups):  # (… on a study visit hosted by the Inter-American Court: its host)
            # had come to Brasilia on study visits to learn from its programme: the host State helped the visitors
            emit_assist(ctx, list(dict.fromkeys(keys)), visitors, year_before(sent, s), topic(sent, host.end),
                        ctx.mood(s, None))
        org = spec.get("organized_by")  # travelled to Y on a study visit organized by Z: Z helped the visitors
        for g in (sent.after(host.end) if visitors and org else ()):
            if g.start > sent.clause_end(host.end):
                break
            if g.kinds() & lx.agents and not set(g.keys) & set(visitors) \
                    and re.fullmatch(org, lx.squeeze(text[host.end:g.start]).strip()):
                emit_assist(ctx, list(g.keys), visitors, year_before(sent, s), topic(sent, host.end), ctx.mood(s, None))
                break
        if visitors:  # (… The programme was drawn up by Y: the visit a later sentence tells more of)
            ctx.carried["visit"] = (list(dict.fromkeys(keys)), visitors, text[host.start:host.end])
            # (… to San José to see how the Office of the Ombudsman of Costa Rica deals with complaints: the body they
            # came to learn from, which a later sentence may say hosted them)
            ctx.carried["visit_studied"] = {k for g in sent.groups if host.end <= g.start <= sent.clause_end(host.end)
                                            and g.kinds() & lx.agents - {"State"} for k in g.keys} - set(visitors)
    _study_visit_to(ctx, spec, people)
    _visit_named(ctx, spec, people)
    visit = ctx.carried.get("visit")
    if not visit:
        return
    hosts, visitors, named = visit
    studied = ctx.carried.get("visit_studied") or set()
    acts = re.compile(spec["host_acts"])
    organ = re.compile(spec["organ"]) if spec.get("organ") else None
    by = spec.get("host_by")
    for g in sent.groups:
        own_body = len(hosts) == 1 and hosts[0].startswith("state/") and g.kinds() & lx.agents - {"State"} \
            and text[g.start:g.end].startswith(named) and len(text[g.start:g.end]) > len(named)
        hosting = set(g.keys) <= set(hosts) or own_body or set(g.keys) <= studied
        if not hosting or g.governor is not None and not (by and by.endswith(g.governor)):
            continue  # (the host, or a body of the host State's whose name opens with the State's: 南非人权委员会)
        rest = text[g.end:sent.clause_end(g.end) + 1]
        m = organ.match(rest) if organ is not None else None
        rest = rest[m.end():] if m else rest
        opening = lx.squeeze(text[sent.clause_start(g.start):g.head]).strip(" ,，")
        if spec.get("host_is") and re.fullmatch(spec["host_is"], opening):  # 东道方是 Y: Y hosted them
            emit_assist(ctx, list(g.keys), list(visitors), year_before(sent, g.start), topic(sent, g.end),
                        ctx.mood(g.end, g))
            break
        if opening and not (by and re.fullmatch(by, opening)) or g.governor is not None and not opening:
            continue  # (the host opens its clause, or the programme it set does: 考察日程由 Y 安排; not what was done in it)
        if acts.match(lx.squeeze(rest)):
            emit_assist(ctx, list(g.keys), list(visitors), year_before(sent, g.start), topic(sent, g.end),
                        ctx.mood(g.end, g))
            break
    _visit_served(ctx, spec, visitors)


def _visit_served(ctx: SentenceContext, spec: dict, visitors) -> None:
    """``X 的官员赴 Y 考察…。The Regional Office organized the visit and the European Union paid the airfares``: a body
    (not the host, which :func:`visits_hosted` reads) that opens a clause of a later sentence of the unit and says what
    it did for the visit the unit reported (``visits`` ``served``, a regular expression on the words after it: organized
    the visit, paid the airfares; ``served_joins``, what may join its clause to the one before: a comma, and), or the
    agent such a clause names (``served_passive``, a regular expression on the words before it: the programme was drawn
    up by, 接待考察团的是; ``served_passive_after``, one the words after it must then match: 行程由 Y 负责), helped the
    visitors."""
    rx = spec.get("served")
    if not rx:
        return
    sent = ctx.sentence
    lx = sent.lx
    for g in sent.groups:
        if not g.kinds() & lx.agents or set(g.keys) & set(visitors):
            continue
        lo = sent.clause_start(g.start)
        joins = [m.end() for m in re.finditer(spec.get("served_joins", ","), sent.text[lo:g.start])]
        lead = lx.trim(lx.squeeze(sent.text[lo + (joins[-1] if joins else 0):g.start]), "determiners").strip(" ,")
        passive = bool(lead) and re.fullmatch(spec.get("served_passive", "(?!)"), lead) is not None \
            and re.match(spec.get("served_passive_after", ""), sent.text[g.end:sent.clause_end(g.end) + 1]) is not None
        if not passive and (lead or g.governor is not None):
            continue  # (the body opens its clause, or what a comma or a coordinator joins: …, and Y paid the airfares;
            # or the agent of what was done for the visit: …, and the programme was drawn up by Y)
        if passive or re.match(rx, lx.squeeze(sent.text[g.end:sent.clause_end(g.end) + 1])):
            # (Y organized the visit in cooperation with Z, whose staff …: Z, the partner its clause names, helped too)
            mates = [k for h in sent.after(g.end) if h.start < sent.clause_end(g.end) and h.kinds() & lx.agents
                     and h.governor in lx["partners"].get("markers", ()) for k in h.keys if k not in visitors]
            emit_assist(ctx, list(g.keys) + [k for k in mates if k not in g.keys], list(visitors),
                        year_before(sent, g.start), topic(sent, g.end), ctx.mood(g.end, g))

