"""Who carries out an activity the sentence names without a plain subject: the owners of the activity noun
(``the joint programme of A and B``, ``UNDP's advisers``, ``experts from X``), the implementer a funding verb pays
(``the Fund financed the Office's activities in X``, ``had funded, through the Centre, training …``), the one the
sentence is about, and a passive's late agent (``… held for officials of X by Y``, ``in partnership with Y``).
Read by :mod:`.activities`; every word list is the language's ``relations.json`` ``activities`` entry."""

from __future__ import annotations

import re

from .clauses import Group, Sentence
from .referents import noun_pattern
from .roles import agent_after, is_free, members_of, subject_before
from .supported import passage_state_before

__all__ = ["agent_before", "relative_holder", "owners", "implementer", "reporter", "late_agent", "owner_after", "by_aside", "staffed", "implemented_before", "past_co_aside", "reduced_relative", "relative_noun", "state_modifier", "implemented_by"]


def owners(sent: Sentence, noun, act: dict, agents: set[str]) -> Group | None:
    """``the joint programme of A and B``: the group an owner marker (``owners_of``) governs right after the
    activity noun."""
    markers = act.get("owners_of", ())
    if not markers or noun is None:
        return None
    lx = sent.lx
    own = next((h for h in reversed(sent.groups) if h.end <= noun[0]), None)
    if own is not None and noun[2] in act.get("provider_nouns", ()) and own.kinds() & agents \
            and lx.squeeze(sent.text[own.end:noun[0]]).strip() in act.get("of", ()):
        return own  # UNDP's advisers were deployed to Y: whose the advisers are sent them
    g = next((h for h in sent.after(noun[1])), None)
    if g is not None and noun[2] in act.get("provider_nouns", ()) and g.kinds() & agents and (
            g.head <= noun[0] and noun[1] <= g.start  # the noun is in the group's own lead (two experts of X)
            or g.governor in act.get("provider_of", ())
            and lx.trim(lx.squeeze(sent.text[noun[1]:g.head]), "determiners") == g.governor):
        return g  # experts from X were deployed to Y: those the experts are from sent them
    if g is not None and g.kinds() & agents and g.head <= noun[0] and noun[1] <= g.start \
            and lx.trim(lx.squeeze(sent.text[noun[1]:g.start]), "determiners") in markers:
        return g  # a technical mission of OHCHR to X took place: the activity leads the group of the one who did it
    if g is None or g.governor not in markers or not g.kinds() & agents or g.lead is not None:
        return None  # (the training of officials of X: X's people are trained, X trains no one)
    return g if lx.trim(lx.squeeze(sent.text[noun[1]:g.head]), "determiners") == g.governor else None


def implementer(sent: Sentence, e: int, noun, act: dict, agents: set[str], exclude: set[str]) -> Group | None:
    """Who carries out the activity a funding verb (ending at ``e``) pays for: the owner before the noun
    (``the Office's activities``), after it (``a project of the country office``), or the channel right after
    the verb (``had funded, through the Centre, training …``: ``channel_markers``)."""
    lx = sent.lx
    text = sent.text
    found = None
    if noun is not None:
        own = next((h for h in reversed(sent.groups) if h.end <= noun[0]), None)
        if own is not None and own.end >= e and lx.squeeze(text[own.end:noun[0]]).split(" ")[0] in act.get("of", ()):
            found = own
        elif own is not None and own.start >= e and act.get("premodifier_owner") \
                and not lx.trim(lx.squeeze(text[e:own.start]).strip(), "determiners") \
                and len(text[own.end:noun[0]].split()) <= 2 and not re.search(r"[,;:]", text[own.end:noun[0]]):
            found = own  # would finance a UNICEF programme in Y: UNICEF carries it out
        found = found or owners(sent, noun, act, agents)
    if found is None and noun is not None:
        found = by_aside(sent, noun[1], act)[0]  # paid for the deployment, by OHCHR, of an adviser
    if found is None:
        g = next((h for h in sent.after(e)), None)
        if g is not None and g.governor in act.get("channel_markers", ()) \
                and lx.trim(lx.squeeze(text[e:g.head]).strip(" ,"), "determiners") == g.governor:
            found = g
    if found is None or not found.kinds() & agents or set(found.keys) & exclude:
        return None
    return found


def reporter(sent: Sentence, pos: int, agents: set[str], exclude: set[str]) -> Group | None:
    """The first free group of the sentence before ``pos``: who the sentence is about."""
    for g in sent.groups:
        if g.start >= pos:
            return None
        if is_free(sent, g) and g.kinds() & agents and not set(g.keys) <= exclude:
            return g
    return None


def late_agent(sent: Sentence, e: int, act: dict, agents: set[str], recips: set[str]) -> Group | None:
    """A passive's agent after its beneficiaries (``workshops were held for officials of X by Y``) or, with no
    agent, the one it was done with (``… in partnership with Y``, ``jointly with Y``: ``late_partners``), in the
    verb's clause."""
    lx = sent.lx
    by = tuple(act.get("by_markers", ()))
    partners = tuple(act.get("late_partners", ()))
    end = sent.clause_end(e)
    for g in sent.groups:
        if g.start < e or g.start > end or not g.kinds() & agents or set(g.keys) & recips:
            continue
        if g.governor in by:
            return g
        if g.governor and partners and lx.ends_with(lx.trim(lx.squeeze(sent.text[max(e, g.start - 40):g.head]),
                                                            "determiners"), partners):
            return g
    if end < sent.end and sent.text[end] == ",":  # a training was held in X in 2045, organized by Y: the aside's agent
        g = _participle_agent(sent, end + 1, act)
        if g is not None and not set(g.keys) & recips:
            return g
    return None


def _participle_agent(sent: Sentence, pos: int, act: dict) -> Group | None:
    """``organized by Y`` right at ``pos``: the agent group a ``by_markers`` marker governs after a participle of
    ``participles_by`` (after ``participle_future``, a regular expression: ``to be implemented by Y``), else None."""
    lx = sent.lx
    g = next((h for h in sent.after(pos)), None)
    if g is None or g.governor not in act.get("by_markers", ()) or not g.kinds() & lx.agents:
        return None
    gap = lx.trim(lx.squeeze(sent.text[pos:g.head]), "determiners").strip()
    if act.get("participle_future"):
        gap = re.sub(act["participle_future"], "", gap, count=1)  # a project …, to be implemented by Y
    return g if gap.endswith(g.governor) and gap[:-len(g.governor)].strip() in act.get("participles_by", ()) else None


def owner_after(sent: Sentence, e: int, act: dict, agents: set[str], taken: set[str]) -> Group | None:
    """``参加了人权高专办(关于…)的培训课程``: the group right after a participation verb ending at ``e`` that owns
    the activity noun after it (the language's ``of`` word, after a topic aside: ``assists`` ``passive_aside``)."""
    lx = sent.lx
    g = next((h for h in sent.after(e) if h.start <= sent.clause_end(e)), None)
    if g is None or not g.kinds() & agents or set(g.keys) & taken \
            or lx.squeeze(sent.text[e:g.head]).strip() not in ("", *lx.get("after_verb_fillers", ())):
        return None
    rest = lx.squeeze(sent.text[g.end:sent.clause_end(g.end)])
    aside = lx["assists"].get("passive_aside")
    rest = re.sub(aside, "", rest, count=1) if aside else rest
    of = lx.starts_with(rest, act["of"])
    if not of:
        return None
    return g if lx.find(rest, act["nouns"], len(of), len(of) + act["max_noun_gap"]) else None


def by_aside(sent: Sentence, end: int, act: dict) -> tuple[Group | None, int]:
    """``the deployment, by OHCHR, of an adviser``: the group of a comma-bounded ``by_markers`` aside right after an
    activity noun ending at ``end`` — or of a participle of ``participles_by`` with its agent (``a workshop organized by
    Y``) — and where the aside ends (``(None, end)`` when there is none)."""
    lx = sent.lx
    g = _participle_agent(sent, end, act)
    if g is not None:
        return g, g.end  # a workshop organized by Y for …: the participle's agent, then the rest of the noun phrase
    g = next((h for h in sent.after(end)), None)
    if g is None or g.governor not in act.get("by_markers", ()) \
            or lx.squeeze(sent.text[end:g.head]).replace(" ", "") != "," + g.governor:
        return None, end
    rest = sent.text[g.end:g.end + 3].lstrip()
    return (g, g.end + sent.text[g.end:].index(",") + 1) if rest.startswith(",") else (None, end)


def past_co_aside(sent: Sentence, e: int, act: dict) -> int:
    """``trained, together with Y, 85 judges of X``: where the verb's object begins past a comma-bounded aside that
    opens with one of ``co_markers`` and names an actor (``e`` itself when there is none)."""
    lx = sent.lx
    head = sent.text[e:e + 3].lstrip()
    if not head.startswith(","):
        return e
    c1 = sent.text.index(",", e)
    c2 = sent.text.find(",", c1 + 1, min(sent.end, c1 + 120))
    if c2 == -1 or not lx.starts_with(lx.squeeze(sent.text[c1 + 1:c2]).lower(), act.get("co_markers", ())) \
            or not any(c1 < g.start and g.end <= c2 and g.kinds() & lx.agents for g in sent.groups):
        return e
    return c2 + 1


def implemented_before(sent: Sentence, s: int, act: dict, agents: set[str]) -> list[str]:
    """``X co-financed a project implemented by A and B; under the project, officials of Y were trained``: a passive
    at ``s`` whose clause opens with a reference to an activity (``under_referent``, a regular expression with
    ``{nouns}``, matched at the start of the passive's clause or of the clause right before it) was carried out by the agent a participle right after an activity noun
    before that reference names (``implemented by A and B``)."""
    lx = sent.lx
    rx = noun_pattern(lx, act, "under_referent")
    if rx is None:
        return []
    c1 = sent.clause_start(s)  # the reference opens the passive's clause, or the one right before it
    starts = [c for c in (c1, sent.clause_start(c1 - 2) if c1 - 2 > sent.start else c1) if c > sent.start]
    lo = next((c for c in starts if rx.match(lx.squeeze(sent.text[c:s]).strip().lower())), None)
    if lo is None:
        return []
    for _vs, ve, _w in reversed(lx.find(sent.text, act["verbs"], sent.start, lo)):
        before = lx.squeeze(sent.text[sent.start:_vs]).rstrip()
        g = agent_after(sent, ve, act.get("by_markers"), act.get("by_gap", 4))
        if g is not None and g.kinds() & agents and lx.ends_with(before, act["nouns"]):
            return members_of(g, agents)
    return []


def relative_noun(sent: Sentence, s: int, act: dict) -> tuple[int, int, str] | None:
    """``a workshop on X that the adviser conducted for …``: the activity noun a relative pronoun
    (``relative_objects``) after it makes the object of the verb at ``s`` — the relative clause has a
    subject of its own (a group between the pronoun and the verb)."""
    words = act.get("relative_objects", ())
    if not words:
        return None
    lx = sent.lx
    lo = sent.clause_start(s)
    rel = lx.find(sent.text, words, lo, s)
    if not rel:
        return None
    r = rel[-1][0]
    gap = lx.squeeze(sent.text[rel[-1][1]:s]).strip()
    m = lx.res["personal"].match(gap)  # a training programme for X, which it (had) ran: a pronoun subject
    own = m is not None and set(gap[m.end():].split()) <= set(lx["assists"].get("relative_auxiliaries", ()))
    if not own and not [g for g in sent.groups if rel[-1][1] <= g.start and g.end <= s]:
        return None
    k = len(sent.text[:r].rstrip(" ,")) - 1  # (…, which: the noun stands in the clause before the comma)
    nouns = lx.find(sent.text, act["nouns"], max(sent.clause_start(max(sent.start, k)), r - 3 * act["max_noun_gap"]), r)
    return nouns[-1] if nouns else None



def reduced_relative(sent: Sentence, s: int, act: dict) -> tuple[int, int, str] | None:
    """``a project his organization had implemented in X``: where the language reads ``reduced_relatives``, an activity
    noun right before the verb's own subject (one group) and its auxiliaries makes the object of the verb at ``s``
    (a pronoun subject is read by :func:`~tacb_graph.relate.relatives.given_relative`, which knows whom it stands for)."""
    if not act.get("reduced_relatives"):
        return None
    lx = sent.lx
    lo = sent.clause_start(s)
    nouns = lx.find(sent.text, act["nouns"], lo, s)
    if not nouns:
        return None
    aux = set(lx["assists"].get("relative_auxiliaries", ()))
    own = [g for g in sent.groups if nouns[-1][1] <= g.start and g.end <= s]
    if len(own) == 1 and not lx.trim(lx.squeeze(sent.text[nouns[-1][1]:own[0].head]), "determiners") \
            and set(lx.squeeze(sent.text[own[0].end:s]).split()) <= aux:
        return nouns[-1]  # a project his organization had implemented
    return None


def under_owner(sent: Sentence, s: int, act: dict, agents: set[str]) -> Group | None:
    """``under a project of X, officials of Y were trained``, ``a project of X, funded by Z, under which officials of
    Y were trained``, ``under a project implemented by X, …`` (``done_by``): the owner of the project (``under_owner``:
    regular expressions on the words before the owner and between the owner and the passive at ``s``); or a programme or
    fund itself that opens the sentence (``named_governors``, ``named_kinds``: ``Through the … Programme, …``)."""
    rx = act.get("under_owner")
    if not rx:
        return None
    lx = sent.lx
    lo = sent.clause_start(s)
    for g in reversed(sent.groups):
        if g.end > s or not g.kinds() & agents:
            continue
        before = lx.squeeze(sent.text[max(sent.start, g.start - 120):g.start])
        if rx.get("done_by") and g.end <= lo and re.search(rx["done_by"], before) and not re.search(
                rx.get("done_by_not", r"(?!x)x"), before):
            return g  # Under a project (financed by F and) implemented jointly by X and Y, …
        if g.governor in rx.get("named_governors", ()) and g.end <= lo and g.kinds() & set(rx.get("named_kinds", ())) \
                and lx.trim(lx.squeeze(sent.text[sent.start:g.start]).strip(" ,"), "determiners").lower() == g.governor \
                and sent.text[g.end:lo].strip() in ("", ","):
            return g  # Through the Treaty Body Capacity-Building Programme, officials of Y were trained
        if g.governor not in act.get("owners_of", ()):
            continue
        if re.search(rx["before"], before) and g.end <= lo and not any(
                h.start >= g.end and h.end <= s and h.governor is None and h.lead is None for h in sent.groups):
            return g  # Under a project of X, …
        if re.search(rx["noun_of"], before) and re.match(rx["between"], lx.squeeze(sent.text[g.end:s])):
            return g  # a project of X, funded by Z, under which …
    return None


def partner_state(sent: Sentence, s: int, act: dict) -> list[str]:
    """``X 与 Y 国司法部合作，为 60 名检察官举办了培训``: an activity for people the text gives no State to (a
    beneficiary noun in the verb's clause, before the verb at ``s``, or one of the people ``partner_fallback`` ``people``
    names — rights holders, 流离失所者 —, or a project noun of its ``nouns`` after it) is for the State whose body the actor worked with (a State group a partner marker governs,
    followed by a partner verb: ``partner_fallback``)."""
    pf = act.get("partner_fallback")
    if not pf:
        return []
    lx = sent.lx
    lo = sent.clause_start(s)
    if not lx.find(sent.text, act["beneficiaries"], lo, s) and not lx.find(sent.text, pf.get("people", ()), lo, s) \
            and not lx.find(sent.text, pf.get("nouns", ()), s, sent.clause_end(s)):
        return []  # (X 与 Y 国教育部合作，实施了一个项目: a project carried out with the State's body is for it too)
    for g in sent.groups:
        if g.end > s or g.kinds() != {"State"} or g.governor not in pf["markers"]:
            continue
        if lx.find(sent.text, pf["verbs"], g.end, min(g.end + pf.get("gap", 12), s)):
            return list(g.keys)
    return []


def modifier_recipient(sent: Sentence, e: int, noun, act: dict, agents: set[str]) -> list[str]:
    """``举办了一期面向 X 各市儿童保护官员的培训``: a group a ``noun_for`` marker governs inside the object, between the
    verb ending at ``e`` and the activity noun it modifies, is whom the activity was for."""
    markers = act.get("noun_for", ())
    if not markers or noun is None or noun[0] <= e:
        return []
    lx = sent.lx
    for g in sent.groups:
        if e <= g.start and g.end <= noun[0] and g.kinds() & agents \
                and lx.ends_with(lx.squeeze(sent.text[max(e, g.start - 6):g.start]).strip(), markers):
            return members_of(g, agents)
    return []


def state_modifier(sent: Sentence, e: int, noun, act: dict) -> list[str]:
    """``X 实施的博茨瓦纳法律援助律师培训项目``: a State that opens the activity's noun phrase, right after the relative
    clause's ``的`` (``state_modifier``: the most characters between the State and the activity noun), is whom it was
    for."""
    gap = act.get("state_modifier")
    if not gap or noun is None or noun[0] <= e:
        return []
    inside = [g for g in sent.groups if e <= g.start and g.end <= noun[0]]
    if len(inside) != 1 or "State" not in inside[0].kinds() or noun[0] - inside[0].end > gap:
        return []
    g = inside[0]
    return members_of(g, {"State"}) if sent.text[e:g.start].strip() in act.get("of", ()) else []


def state_body_to(ctx, e: int, act: dict) -> list[str]:
    """``deployed a specialist to the family support units of the police``: an activity sent to a body of no name
    of a State (``state_body_to``, a regular expression on the words after the verb ending at ``e``) is for the State
    the passage is about: the last one the unit named before that gave no help there."""
    rx = act.get("state_body_to")
    sent = ctx.sentence
    if not rx or not re.match(rx, sent.lx.squeeze(sent.text[e:sent.clause_end(e)]).lower()):
        return []
    return passage_state_before(ctx)


def staffed(sent: Sentence, noun: tuple[int, int, str], act: dict, agents: set[str], prev: Group | None,
            exclude: set[str]) -> list[str]:
    """``The Office's team has included a human rights officer seconded by Y``: people (the activity noun, passive
    with its agent) that a verb of ``staffed_verbs`` right before them says joined a body — the verb's subject (else
    the sentence before's) is whom the agent helped."""
    lx = sent.lx
    verbs = act.get("staffed_verbs")
    if not verbs:
        return []
    lead = lx.trim(lx.squeeze(sent.text[sent.clause_start(noun[0]):noun[0]]).rstrip(), "determiners")
    lead = re.sub(act.get("staffed_count", "$^"), "", lead).rstrip()
    verb = lx.ends_with(lead, verbs)
    if not verb:
        return []
    at = sent.text.rfind(verb.split()[0], sent.start, noun[0])
    subj = subject_before(sent, at, agents, prev, exclude=exclude)
    if subj is None and not any(sent.clause_start(at) <= g.start < at for g in sent.groups):
        subj = prev  # (Since 2045, her team has included …: the one the sentence before was about)
    return [k for k in members_of(subj, agents) if k not in exclude] if subj is not None else []


def implemented_by(ctx, s: int) -> Group | None:
    """``A programme funded by F and implemented jointly by A and B supported X``: with no actor before the verb at ``s``,
    the agent an implementing participle (``implemented_by``, a regular expression on the words before the agent) names
    in the subject's clause carries out the help; ``jointly`` makes its members partners."""
    sent = ctx.sentence
    lx = sent.lx
    rx = lx["assists"].get("implemented_by")
    if not rx:
        return None
    lo = sent.clause_start(s)
    for g in sent.groups:
        if lo <= g.start and g.end <= s and g.kinds() & lx.agents:
            m = re.search(rx, lx.squeeze(sent.text[max(lo, g.head - 40):g.head]))
            if m:
                if m.group("jointly"):
                    keys = members_of(g, lx.agents)
                    for i, k in enumerate(keys):
                        for k2 in keys[i + 1:]:
                            ctx.add(k, "partnersWith", k2, mood=ctx.mood(s, g))
                return g
    return None


def agent_before(sent: Sentence, s: int, act: dict, agents: set[str]) -> Group | None:
    """``由 X 在 Y 实施``: the agent a ``by_before`` marker governs before the verb at ``s`` in its clause, with at
    most ``by_before_gap`` characters (a place or a recipient: 在 Y, 为 Y 的官员) between it and the verb."""
    markers = act.get("by_before", ())
    if not markers:
        return None
    lo = sent.clause_start(s)
    for i, g in enumerate(sent.groups):
        if lo <= g.start and g.end <= s and g.governor in markers and g.kinds() & agents \
                and len(sent.lx.squeeze(sent.text[g.end:s])) <= act.get("by_before_gap", 12):
            nxt = sent.groups[i + 1] if i + 1 < len(sent.groups) else None
            if nxt is not None and nxt.end <= s and act.get("paid_then_done") and nxt.kinds() & agents \
                    and re.fullmatch(act["paid_then_done"], sent.text[g.end:nxt.start]):
                return nxt  # 由 F 资助、X 实施的项目: F pays (the activity's funder), X carries it out
            return g
    return None


def relative_holder(sent: Sentence, noun, s: int, act: dict, agents: set[str]) -> Group | None:
    """``A course for X, which the Office had scheduled for May, was called off``: the subject of a relative clause
    (``relative_objects``) on the activity ``noun`` of a passive at ``s`` whose verb is one of holding or planning it
    (``verbs``, ``planning_verbs``, ``relative_doing_verbs``: the module that X was to contribute) — the activity is that
    subject's, not the one the sentence before was about."""
    words = act.get("relative_objects", ())
    if noun is None or not words:
        return None
    lx = sent.lx
    for _r, re_, _w in lx.find(sent.text, words, noun[1], s):
        g = next((g for g in sent.groups if re_ <= g.start < s), None)
        if g is None or not g.kinds() & agents or g.governor is not None:
            continue
        verbs = lx.find(sent.text, lx.words_of("holding_verbs", lambda: tuple(act["verbs"]) + tuple(act.get("planning_verbs", ()))
                                               + tuple(act.get("relative_doing_verbs", ()))), g.end, s)
        if verbs and len(lx.squeeze(sent.text[g.end:verbs[0][0]]).split()) <= 2:
            return g  # (…, which the Office had scheduled …: an auxiliary at most between)
    return None
