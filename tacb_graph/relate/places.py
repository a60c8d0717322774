"""Where an activity took place, as a recipient: the State a locative names (``在 X 举办``, ``In X, OHCHR held``), or
the State whose capital a recipient marker governs (``向太子港派遣顾问``) or where people were trained
(``在特古西加尔巴培训了 210 名法官``); :mod:`.beneficiaries` reads who an activity was for."""

from __future__ import annotations

import re

from .clauses import Group, Sentence
from .roles import members_of

__all__ = ["clause_groups", "located", "located_after", "past_venue", "scheduled_for", "seat_after", "seat_before", "seat_in",
           "stationed_in"]


def clause_groups(sent: Sentence, lo: int, hi: int) -> list[Group]:
    """The groups of ``sent`` between ``lo`` and ``hi``."""
    return [g for g in sent.groups if lo <= g.start and g.end <= hi]


def seat_before(sent: Sentence, verb: int, act: dict, seats: dict) -> list[str]:
    """``向太子港派遣顾问``: where the language sets ``seat_recipients``, a capital a recipient marker governs in
    the verb's clause (the last group before the verb) stands for the State it is the seat of (``seats``)."""
    if not act.get("seat_recipients") or not seats:
        return []
    groups = clause_groups(sent, sent.clause_start(verb), verb)
    g = groups[-1] if groups else None
    if g is None or g.governor not in act["recipient_markers"] or not all(k in seats for k in g.keys):
        return []
    if sent.lx.starts_with(sent.lx.squeeze(sent.text[g.end:g.end + 12]), act.get("of", ())):
        return []  # 向达喀尔的区域办事处借调: the capital only says where the office that was helped is
    return list(dict.fromkeys(seats[k] for k in g.keys))


def seat_after(sent: Sentence, pos: int, act: dict, seats: dict) -> list[str]:
    """``sent a technical mission to Lima``: where the language sets ``seat_after_markers``, the first capital one of them
    governs after an activity noun of ``seat_after_nouns`` (a mission) ending at ``pos``, in its clause (or after a
    relative clause of the noun's, ``seat_after_relative``: prosecutors who specialize in … to X), stands for the State
    it is the seat of."""
    markers = act.get("seat_after_markers")
    if not markers or not seats:
        return []
    lx = sent.lx
    nouns = act.get("seat_after_nouns", ())
    end = sent.clause_end(pos)
    g = next((h for h in sent.groups if pos <= h.start <= end and h.governor in markers), None)
    if g is None or not all(k in seats for k in g.keys):
        return []
    at = sent.text.rfind(g.governor, pos, g.head)  # (派出由两名干事组成的技术特派团前往 P: the mission right before the marker)
    rel = act.get("seat_after_relative")  # seconded two prosecutors who specialize in … to Tegucigalpa
    if not lx.ends_with(lx.squeeze(sent.text[max(sent.start, pos - 30):pos]).lower(), nouns) \
            and not (at != -1 and lx.ends_with(lx.squeeze(sent.text[max(pos, at - 30):at]).lower(), nouns)) \
            and not (at != -1 and rel and (m := re.search(rel, lx.squeeze(sent.text[pos:at]).lower()))
                     and lx.ends_with(lx.squeeze(sent.text[pos:pos + m.start()]).lower(), nouns)):
        return []  # (a study visit to Nairobi: the visitors are helped, not the host)
    if office_seat(sent, g, act):
        return []
    return list(dict.fromkeys(seats[k] for k in g.keys))


def office_seat(sent: Sentence, g: Group, act: dict) -> bool:
    """``to Panama City, where its Regional Office is based``: a capital an office's seat follows (``seat_of_office``,
    a regular expression on the text after it) is where the people went to work, not the State they helped."""
    rx = sent.lx.res.get("seat_of_office")
    return rx is not None and rx.match(sent.text, g.end, sent.end) is not None


def seat_in(sent: Sentence, pos: int, act: dict, seats: dict) -> list[str]:
    """``A training was held in Roseau``, ``held a workshop in Roseau``: where the language sets ``seat_in_markers``,
    the first group one of them governs after ``pos`` in its clause, a capital (``seats``), stands for the State it is
    the seat of — the last place :mod:`.activities` looks for whom an activity was for (an adviser ``based in`` a
    capital, ``seat_in_not_after``, is where the adviser sits; a sentence that names a State names whom)."""
    markers = act.get("seat_in_markers")
    if not markers or not seats or any("State" in h.kinds() for h in sent.groups):
        return []  # (a peer exchange in Lima at which X shared its experience with Y: the States named are who)
    lx = sent.lx
    end = sent.clause_end(pos)
    counted = act.get("seat_in_counted")  # (for 45 statement-takers: people counted, whatever the noun)
    if lx.find(lx.squeeze(sent.text[sent.clause_start(pos):end]).lower(), act.get("seat_in_not_with", ())) \
            or not any(lx.find(sent.text[max(sent.start, h[0] - 30):h[0]], act.get("seat_in_for", ()))
                       for h in lx.find(sent.text, act.get("beneficiaries", ()), sent.start, sent.end)) \
            and not (counted and re.search(counted, sent.text[pos:end])):
        return []  # a regional dialogue in Suva, hosted them in Seoul, a workshop in Accra with no one it was for
        # named (``seat_in_for`` before people): the capital is only the venue (a training for the members of X held in
        # Roseau names its people)
    g = next((h for h in sent.groups if pos <= h.start <= end and h.governor in markers), None)
    if g is None or not all(k in seats for k in g.keys) \
            or lx.ends_with(lx.squeeze(sent.text[max(sent.start, g.head - 40):g.head]),
                            act.get("seat_in_not_after", ())) \
            or office_seat(sent, g, act):
        return []
    return list(dict.fromkeys(seats[k] for k in g.keys))


def located(sent: Sentence, verb: int, act: dict, seats: dict | None = None) -> tuple[list[str], int] | None:
    """The State the activity takes place in: ``在 X`` in the clause, or opening the sentence; with ``seats``
    (capital → State), also the State of a capital so placed (``在特古西加尔巴培训了 210 名法官``: people trained
    where a State has its seat are that State's)."""
    lx = sent.lx
    lo = sent.clause_start(verb)
    places = set(act["place_kinds"])
    for g in reversed(clause_groups(sent, sent.start, verb)):
        after = lx.squeeze(sent.text[g.end:g.end + 24])
        owner = lx.starts_with(after, act["of"]) and not (  # 在 X 的支持下: not a place (在 X 的 20 所学校: in X)
            act.get("place_within") and re.match(act["place_within"], after))
        if lx.ends_with(lx.squeeze(sent.text[max(sent.start, g.head - 30):g.head]).lower(), act.get("based_in", ())):
            continue  # an organization based in X, …: where the actor sits, not where the activity took place
        states = members_of(g, places) if g.kinds() & places else \
            list(dict.fromkeys(seats[k] for k in g.keys)) if seats and all(k in seats for k in g.keys) else []
        if g.governor in act["locative_markers"] and states and not owner:
            if g.start >= lo:  # 人权高专办在 X 举办: the phrase starts at the marker
                marker = sent.text.rfind(g.governor, sent.start, g.head)
                return states, (marker if marker != -1 else g.start)
            if lx.trim(lx.trim(lx.squeeze(sent.text[sent.start:g.head]), "determiners")) in act["locative_markers"]:
                return states + _more_places(sent, g, verb, places), verb  # 在 X，人权高专办举办…, In X, OHCHR held …
        if act.get("topic_after") and g.kinds() == {"State"} and not lx.squeeze(sent.text[sent.start:g.start]).strip() \
                and re.match(act["topic_after"], sent.text[g.end:g.end + 8]):
            return members_of(g, {"State"}), verb  # 布基纳法索方面，…举办了培训: the State the sentence opens on as its topic
    return None


def _more_places(sent: Sentence, g: Group, verb: int, places: set[str]) -> list[str]:
    """``In A and in B, X held …``: the States of the locative groups coordinated after the opening one ``g`` (the
    same marker again after a coordinator or a list separator), before ``verb``."""
    lx = sent.lx
    more, last = [], g
    for h in clause_groups(sent, g.end, verb):
        gap = lx.squeeze(sent.text[last.end:h.head]).strip(" ,")
        word = lx.starts_with(gap, lx["coordinators"])
        gap = lx.trim(gap[len(word):].strip() if word else gap, "determiners")
        if h.governor != g.governor or gap != h.governor or not h.kinds() & places:
            break
        more += [k for k in members_of(h, places) if k not in more]
        last = h
    return more


def scheduled_for(sent: Sentence, s: int, act: dict) -> tuple[list[str], int] | None:
    """``马里原定于 2026 年举行的培训…推迟到 2027 年``: a State opening the clause right before a schedule word
    (``subjectless_leads``) before an activity verb, in a clause that goes on postponed or cancelled, is
    where the activity was to take place: (States, where the State begins)."""
    lx = sent.lx
    leads = lx.get("subjectless_leads", ())
    lo = sent.clause_start(s)
    before = [g for g in sent.groups if lo <= g.start and g.end <= s]
    if not leads or len(before) != 1 or "State" not in before[0].kinds() or before[0].governor is not None:
        return None
    g = before[0]
    if lx.squeeze(sent.text[lo:g.head]) or not lx.starts_with(lx.squeeze(sent.text[g.end:s]), leads):
        return None
    end = sent.clause_end(s)
    if not lx.find(sent.text, list(act.get("postponed", ())) + list(act.get("cancelled", ())), s, end):
        return None
    return members_of(g, {"State"}), g.start


def located_after(sent: Sentence, g: Group) -> list[str]:
    """The States of a locative group right after ``g`` (``the country teams in A and B``, ``the
    office in C``): where the recipient ``g`` works, recipients too (where the language lists
    ``located_recipients``)."""
    lx = sent.lx
    if not lx.get("located_recipients"):
        return []
    for h in sent.after(g.end):
        gap = lx.trim(lx.squeeze(sent.text[g.end:h.head]), "determiners")
        if h.governor in lx["locative_markers"] and gap == h.governor:
            return members_of(h, {"State"})
        return []
    return []


def stationed_in(sent: Sentence, g: Group) -> list[str]:
    """The States a stationed phrase in ``g``'s own words names (``联合国驻 A 和 B 的国家工作队``): where
    the recipient ``g`` works, recipients too (where the language lists ``stationed_recipients``)."""
    if not sent.lx.get("stationed_recipients") or g.lead is None:
        return []
    return [q.key for q in sent.qualifiers if q.kind == "State" and g.head <= q.start and q.end <= g.start
            and q.key not in g.keys]


def past_venue(sent: Sentence, a: int, b: int) -> str:
    """The words from ``a`` to ``b``, from after a venue that opens them (由 A 和 B 在 P 合办的: ``在 P``, a place of
    ``place_modifier_kinds`` that one of the language's ``locative_markers`` governs), else all of them."""
    lx = sent.lx
    places = set(lx.get("place_modifier_kinds", ("Place",)))
    for g in sent.groups:
        if a <= g.start and g.end <= b and g.kinds() <= places and g.governor in lx["locative_markers"] \
                and lx.squeeze(sent.text[a:g.head]).strip() == g.governor:
            return sent.text[g.end:b]
    return sent.text[a:b]
