"""The relation patterns, one function per family, over :mod:`.clauses`.

Every pattern reads one sentence; the words it looks for come from the
language's ``relations.json`` (``data/patterns/{lang}/``). The mechanisms are
the same in every language; where word order differs, the word lists say which
form a language uses (a marker before the group, ``向 X 提供``, or after the
noun, ``provided assistance to X``). The shared machinery -- who is the
subject of a verb, its object, the place, the year -- is in :mod:`.roles`.

Families here: adoptedBy, cites, requests, sessions; establishes is in :mod:`.establishment`; partnersWith,
submittedInputTo, fundedBy, administeredBy, memberOf and renamedTo are in
:mod:`.links`, assistance in :mod:`.assistance` and :mod:`.activities`,
contributions in :mod:`.contributions`, stances in :mod:`.stance`; :mod:`.families` runs them all over a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..records import UNIT, Assistance, Contribution, Dated, Relation
from .clauses import Group, Lexicon, Sentence, find_words
from .modality import REPORTED, modality_at, request_asker
from .roles import (coordinated_verb, repeated_verb, followed_by, locative, members_of, object_after, phrase_before, strip_adverbs,
                    skip_aside, subject_before, verb_ok, years)

__all__ = ["SentenceContext", "find_words", "parse_amount", "cites", "co_providers", "on_request_of"]


@dataclass
class SentenceContext:
    """What the patterns need besides the sentence itself."""

    sentence: Sentence
    unit: str
    number: int
    prev_subject: Group | None
    body_for_symbol: object  # callable(symbol) -> body key | None
    relations: list[Relation] = field(default_factory=list)
    funders: list[str] = field(default_factory=list)  # who funded what the sentence reports (with funding from X)
    sponsors: list[str] = field(default_factory=list)  # who paid for what it reports (在 X 的资助下): a provider beside the implementer
    assistances: list[Assistance] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    dates: list[Dated] = field(default_factory=list)
    earlier: Sequence[Relation] = ()  # what the unit's sentences before this one stated (read-only)
    passage_states: Sequence[str] = ()  # the States the unit named in its sentences before this one
    money: dict = field(default_factory=dict)  # recipient and year of the money the unit reported as received
    carried: dict = field(default_factory=dict)  # what an earlier sentence of the unit left open (see beneficiaries)
    seats: dict = field(default_factory=dict)  # capital (place key) -> its State (the gazetteer's seat_of)
    parents: dict = field(default_factory=dict)  # entity key -> its parent organisation's key (the gazetteer's parent)
    about: Sequence[str] = ()  # the entities the report's title names (ReportContext.about)

    @property
    def quote(self) -> str:
        return self.sentence.quote

    @property
    def lx(self) -> Lexicon:
        return self.sentence.lx

    def unit_kinds(self) -> dict[str, str]:
        """Entity key -> class of every name the unit has given so far, this sentence's included."""
        return {**self.carried.get("kinds", {}), **self.sentence.item_kinds()}

    def add(self, s: str, p: str, o: str, year: str | None = None,
            mood: tuple[str, str | None] = (REPORTED, None), via: str | None = None) -> None:
        if s != o:
            self.relations.append(Relation(s, p, o, self.unit, self.number, self.quote, year, *mood, via=via))

    def mood(self, pos: int, subject: Group | None = None, ignore: frozenset[str] = frozenset()
             ) -> tuple[str, str | None]:
        """(modality, requester key) of a fact whose predicate starts at ``pos``."""
        modality, asker = modality_at(self.sentence, pos, subject, self.prev_subject)
        if modality in ignore:
            return REPORTED, None
        return modality, (asker.keys[0] if asker is not None and modality != REPORTED else None)

    def asker(self, pos: int) -> str | None:
        """The key of who asked for a fact at ``pos`` that the sentence says was never answered (``modality``
        ``asked_unanswered`` after it: 请 Y 举办…，但始终没有等到回复), else ``None`` (:func:`.modality.request_asker`)."""
        sent = self.sentence
        rx = (sent.lx.get("modality") or {}).get("asked_unanswered")
        if not rx or not re.search(rx, sent.text[pos:sent.end]):
            return None
        g = request_asker(sent, pos, self.prev_subject)
        return g.keys[0] if g is not None else None

    def date(self, key: str, year: str | None) -> None:
        if year:
            self.dates.append(Dated(key, year, self.unit, self.number, self.quote))


# -- families -------------------------------------------------------------------------------

def _embedded_asker(sent: Sentence, subj: Group | None, pos: int, rq: dict) -> Group | None:
    """``高级专员建议乍得政府通过…，并请人权高专办…``: a request verb at ``pos`` in the clause a verb of recommending
    (``embedded_askers``) after the subject governs — the one recommended to act, named right after that verb, asks."""
    words = rq.get("embedded_askers", ())
    if not words or subj is None:
        return None
    hits = sent.lx.find(sent.text, words, subj.end, pos)
    if not hits:
        return None
    e = hits[-1][1]
    g = next((g for g in sent.after(e) if g.end <= pos), None)
    gap = sent.lx.squeeze(sent.text[e:g.head]).strip(" :：,，") if g is not None else ""
    if g is None or g.governor is not None or not g.kinds() & {"State"} or not _ITEM_MARK.fullmatch(gap):
        return None  # (建议：(a) 乍得政府…: a list item's mark may stand between)
    return g


_ITEM_MARK = re.compile(r"(?:[(（]?(?:[a-z]|\d{1,2}|[一二三四五六七八九十]{1,2})[)）.、]?)?")


def adopted_by(ctx: SentenceContext) -> None:
    """``人权理事会第 37/23 号决议`` → the resolution adoptedBy the Human Rights Council.

    The body comes from the resolution's UN symbol series, which the recogniser
    resolved from the words before the number (or the body in context).
    """
    for g in ctx.sentence.groups:
        for it in g.items:
            if it.kind == "Resolution" and it.via != "backref":
                body = ctx.body_for_symbol(it.key.split("/", 1)[1])
                if body:
                    ctx.add(it.key, "adoptedBy", body)


def help_of(sent: Sentence, e: int, rq: dict) -> Group | None:
    """``sought the technical assistance of Y``, ``request the continued support of Y``, ``寻求 Y 的技术支持``: the one
    whose help a verb of asking ending at ``e`` asks for (``help_of``: ``before``, a regular expression on the words
    between the verb and the group; ``after``, on the words right after it) is the one asked."""
    spec = rq.get("help_of")
    if not spec:
        return None
    g = next(iter(sent.after(e)), None)
    lx = sent.lx
    if g is None or g.start > sent.clause_end(e) or not g.kinds() & lx.agents:
        return None
    if not re.fullmatch(spec["before"], lx.squeeze(sent.text[e:g.start if g.lead is None else g.lead]).strip()) \
            or not re.match(spec["after"], lx.squeeze(sent.text[g.end:g.end + 16]).strip()):
        return None
    return g


def _object_pronoun(sent: Sentence, e: int, rq: dict) -> str | None:
    """The ``object_pronouns`` key the text after the verb of asking ending at ``e`` begins with, a time phrase
    right after the pronoun (``object_pronoun_time``, a regular expression whose group 1, the pronoun, is kept) left
    out: ``asked her in 2121 for``."""
    lx = sent.lx
    text = lx.squeeze(sent.text[e:e + 64])
    if rq.get("object_pronoun_time"):
        text = re.sub(rq["object_pronoun_time"], lambda m: m.group(1), text, count=1)
    return lx.starts_with(text, rq.get("object_pronouns", {}))


def _speaker_asked(sent: Sentence, subj: Group, e: int, rq: dict) -> Group | None:
    """``The ILO indicated that X had asked it to advise …``: a pronoun right after the verb of asking ending at ``e``
    (``speaker_asked`` ``pronoun``, a regular expression) stands for the speaker whose reported speech the asker
    opens — the group right before ``subj`` whose words up to it (``between``, a regular expression: a verb of saying
    and its ``that``) report it."""
    spec = rq.get("speaker_asked")
    if not spec or not re.match(spec["pronoun"], sent.text[e:e + 20]):
        return None
    lx = sent.lx
    speaker = next((g for g in reversed(sent.before(subj.start)) if g.end <= subj.start), None)
    if speaker is None or not speaker.kinds() & lx.agents or set(speaker.keys) & set(subj.keys) \
            or not re.fullmatch(spec["between"], lx.squeeze(sent.text[speaker.end:subj.start]).strip()):
        return None
    return speaker


def _passive_request(sent: Sentence, hit, rq: dict) -> tuple[Group, Group] | None:
    """``X was (also) requested by Y to …``: the asker ``Y`` the ``by`` after the verb governs (a ``to`` of what is asked
    after it) and the one asked ``X``, the group right before the verb's passive auxiliary (``passive``)."""
    spec = rq.get("passive")
    m = re.compile(spec["by"]).match(sent.text, hit[1]) if spec else None
    if m is None:
        return None
    asker = object_after(sent, m.end(), sent.lx.agents, max_gap=1)
    if asker is None or not re.match(spec["then"], sent.text[asker.end:asker.end + 80]):
        return None
    asked = next((g for g in reversed(sent.before(hit[0])) if g.end <= hit[0]), None)
    if asked is None or not asked.kinds() & sent.lx.agents \
            or not re.fullmatch(spec["before"], sent.text[asked.end:hit[0]]):
        return None
    return asker, asked


def requests(ctx: SentenceContext) -> None:
    """``X 请 Y …``, ``X 在该决议中要求 Y``, ``X requested Y to``; ``应 Y 的请求`` /
    ``at the request of Y`` → Y requests the actor."""
    sent = ctx.sentence
    lx = sent.lx
    rq = lx["requests"]
    agents = lx.agents
    kinds = agents | {"Resolution"}
    for hit in lx.find(sent.text, rq["verbs"], sent.start, sent.end):
        if not verb_ok(sent.text, hit, lx):
            continue
        passive = _passive_request(sent, hit, rq)
        if passive is not None:  # X was requested by the Council to …: the Council asks X (in resolution N: N asks)
            asker, asked = passive
            framed = [g for g in sent.groups if g.in_resolution and "Resolution" in g.kinds() and g.end <= asked.start]
            for s in (members_of(framed[-1], {"Resolution"}) if framed else asker.keys):
                for o in members_of(asked, agents):
                    if s != o:
                        ctx.add(s, "requests", o, mood=ctx.mood(hit[0], asker))
            continue
        subj = subject_before(sent, hit[0], kinds, ctx.prev_subject)
        if subj is not None and subj.end < hit[0]:
            gap = strip_adverbs(sent.text[max(subj.end, sent.clause_start(hit[0])):hit[0]], lx)
            if lx.ends_with(gap, rq.get("unnamed_askers", ())) and lx.squeeze(gap) not in rq.get("own_askers", ()):
                continue  # 已有 60 多个国家请人权高专办…: the askers are unnamed (马拉维代表团请…: the State's own)
        subj = _embedded_asker(sent, subj, hit[0], rq) or subj
        obj = object_after(sent, hit[1], agents, max_gap=rq.get("max_gap", 1))
        at = past_time_aside(sent, hit[1]) if obj is None and rq.get("complementizers") else hit[1]
        if at != hit[1]:  # requested in March 2117 that the Fund sponsor …: past the time phrase and its "that"
            that = followed_by(sent, at, rq["complementizers"])
            at = re.compile(r"\s*").match(sent.text, at).end() + len(that or "")
            obj = object_after(sent, at, agents, max_gap=rq.get("max_gap", 1)) if that else None
        if subj is None and obj is not None and _unknown_body_before(sent, hit[0]):
            from .supported import report_state  # (imported here: supported reads emit, which reads patterns)

            for k in report_state(ctx, named_ok=True):  # the Interministerial Delegation asked the Office to …: a country report's body
                for o in members_of(obj, agents):
                    ctx.add(k, "requests", o, mood=ctx.mood(hit[0], None))
            continue
        pron = _object_pronoun(sent, hit[1], rq)
        visit = followed_by(sent, hit[1], rq.get("to_visit", ()))
        if subj and obj is None and visit:
            # X requested to visit Y, has asked to visit Y: a mechanism's request to visit a country is
            # made to the country
            m = re.compile(r"\s+".join(map(re.escape, visit.split()))).search(sent.text, hit[1])
            obj = object_after(sent, m.end(), {"State"}, max_gap=1) if m else None
        if subj and obj is None and pron:
            # invited the High Commissioner to …, and requested him to report: the post named before
            want = set(rq["object_pronouns"][pron])
            obj = next((g for g in reversed(sent.before(hit[0])) if g is not subj and g.kinds() & want
                        and not set(g.keys) & set(subj.keys)), None)
            prev = ctx.prev_subject  # … the Special Rapporteur, A. She recalled that X had asked her for …: the post
            if obj is None and prev is not None and prev.kinds() & want and not set(prev.keys) & set(subj.keys):
                obj = prev
        if subj and obj is None:
            obj = _speaker_asked(sent, subj, hit[1], rq)  # UNICEF reported that X had asked it to …: UNICEF
        prev = ctx.prev_subject
        if subj and obj is None and rq.get("prev_object_pronoun") and re.compile(rq["prev_object_pronoun"]).match(sent.text, hit[1]) \
                and prev is not None and prev.kinds() & agents and not set(prev.keys) & set(subj.keys) \
                and not any(g is not subj and g.kinds() & agents for g in sent.before(hit[0])):
            obj = prev  # UNHCR made no comment. X had asked it for help …: the one the sentence before spoke of
        if subj and obj is None:
            obj = help_of(sent, hit[1], rq)  # sought the technical assistance of Y, 寻求 Y 的技术支持: Y is asked
        if subj and obj is None and rq.get("asked_from") and hit[2] in rq.get("asked_from_verbs", ()):
            # requested (a report) from Y: Y is asked (a verb's form, not the noun: many requests from Y)
            obj = next((g for g in sent.after(hit[1]) if g.start <= sent.clause_end(hit[1]) and g.kinds() & agents
                        and re.fullmatch(rq["asked_from"], lx.squeeze(sent.text[hit[1]:g.head]).strip())), None)
        if subj and obj and set(subj.keys) & set(obj.keys):
            continue  # 欢迎 A 和 B 的项目，并请 A 和 B（这些实体）…: the ones asked are no askers of one another
        if subj and obj:
            mood = ctx.mood(hit[0], subj)
            if lx.get("coordinated_verb_subject") and coordinated_verb(sent, hit[0]):
                # invited A to …, and requested B to …: the second request is as much made as the first verb
                earlier = [h for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, hit[0])
                           if verb_ok(sent.text, h, lx)]
                if earlier:
                    mood = ctx.mood(earlier[0][0], subj)
            rep = repeated_verb(sent, hit[0]) if lx.get("repeated_verb_same") else None
            if rep is not None and rep[2] == hit[2]:  # 建议 X 请 A…，并请 B…: the repeated request is as much recommended as the first
                mood = ctx.mood(rep[0], subj)
            askers = subj.keys
            if subj.in_resolution and "Resolution" in subj.kinds():
                askers = members_of(subj, {"Resolution"})  # F, and resolution R, in which it requested: R asks
            for s in askers:
                for o in members_of(obj, agents) + _asked_through(sent, obj):
                    ctx.add(s, "requests", o, mood=mood)
    for hit in lx.find(sent.text, rq.get("help_of", {}).get("verbs", ()), sent.start, sent.end):
        # 寻求 Y 的技术支持: a verb that asks only with the help it names (not 寻求与 Y 合作, 寻求伙伴)
        obj = help_of(sent, hit[1], rq)
        subj = subject_before(sent, hit[0], kinds, ctx.prev_subject) if obj is not None else None
        if subj is not None and not set(subj.keys) & set(obj.keys):
            mood = ctx.mood(hit[0], subj)
            for s in subj.keys:
                for o in members_of(obj, agents):
                    ctx.add(s, "requests", o, mood=mood)
    for g in sent.groups:
        aside = _asked_aside(sent, g)  # Asked by X, Y …
        if _asked_by(sent, g) or aside is not None:
            pass  # 应 Y 的请求, 应 Y 政府的请求
        elif not phrase_before(sent, g, rq.get("on_request_before")):  # at the request of Y
            continue
        nxt = sent.after(g.end)
        after = [h for h in nxt if h.kinds() & agents and (h.governor is None or h is nxt[0] and h.governor in rq.get(
            "on_request_agents", ()))]  # 应 X 的请求，由 Y 合办: Y, the next name, was asked
        cs = sent.clause_start(g.start)
        lead = lx.trim(lx.squeeze(sent.text[cs:g.head]), "determiners")
        opens = cs >= sent.start and after and sent.clause_start(after[0].start) > cs \
            and lead in (*rq.get("on_request_governors", ()), *rq.get("on_request_before", ())) \
            or aside is not None and after and not lx.trim(lx.squeeze(sent.text[sent.start:cs]), "determiners").strip(" ,") \
            and aside.start() == 0  # Asked by X, Y …
        actor = None if opens else subject_before(sent, g.start, agents, ctx.prev_subject, exclude=set(g.keys))
        pronoun = _pronoun_actor(ctx, g) if actor is None else None
        if pronoun is not None:  # At the request of X, he had commented on …: the one the pronoun stands for
            actor, after, opens = pronoun, [pronoun], False
        if actor is None:  # 根据大会的要求，人权高专办…: the actor follows
            actor = after[0] if after else None
        if actor is not None and set(actor.keys) <= set(g.keys):
            actor = None  # (… at the request of X, briefed officials of the country: X does not ask itself)
        if actor is None:  # The Secretariat, at the request of X, briefed …: the subject the aside follows
            actor = _aside_subject(sent, cs, g)
        by = _agent_right_before(sent, g)
        if by is not None:  # a workshop organized by Y at the request of X: Y was asked
            actor, opens = by, False
        addressee = _addressee(sent, g)  # following a request addressed by X to Y: Y was asked, whoever acted
        if addressee is not None:
            for s in members_of(g, agents):
                for o in members_of(addressee, agents):
                    ctx.add(s, "requests", o)
        if actor and addressee is None:
            for s in members_of(g, agents):
                for o in list(actor.keys) + _joined_with(sent, actor):
                    ctx.add(s, "requests", o)
            if opens or aside is not None and actor.end <= g.start:
                from .requested_help import done_on_request
                done_on_request(ctx, g, actor, aside=not opens)  # At the request of X, Y assessed …: Y's work for X
    for asker, asked in relative_requests(sent) + _asked_it_first(sent):
        for s in members_of(asker, agents):
            for o in members_of(asked, agents):
                ctx.add(s, "requests", o)
    _request_taken(ctx)
    from .request_made import request_made
    request_made(ctx)  # X 向 Y 提出了请求, X sent Y a request
    from .visit_requests import visit_requests
    visit_requests(ctx)  # 特别报告员提出的访问请求未获答复: the mechanism requests the State
    # 应政府的要求 in a sentence set in a State
    for s, e, _w in lx.find(sent.text, rq["by_government"], sent.start, sent.end):
        loc = locative(sent, s)
        opens = not lx.squeeze(sent.text[sent.clause_start(s):s]).strip()
        actor = None if opens else subject_before(sent, s, agents, ctx.prev_subject)
        if actor is None and sent.clause_end(e) < sent.end - 1:  # At the request of the Government, Y trained …
            actor = next((g for g in sent.after(sent.clause_end(e)) if g.governor is None and g.kinds() & agents), None)
        if actor and not loc:
            from .supported import report_state
            askers = report_state(ctx, named_ok=True)  # (a country report) 应政府邀请: the report's State
        else:
            askers = [loc.keys[0]] if loc else []
        if actor and not askers:  # (At the request of the Government, UNDP advised Finland on …: the State helped)
            helped = next((g for g in sent.after(actor.end) if g.start <= sent.clause_end(actor.end)
                           and g.governor is None and "State" in g.kinds()), None)
            askers = members_of(helped, {"State"})[:1] if helped is not None else []
        for k in askers if actor else ():
            for o in actor.keys:
                ctx.add(k, "requests", o)


def _unknown_body_before(sent: Sentence, pos: int) -> bool:
    """The clause before ``pos`` is only a body named by a name the text does not know (``assists``
    ``report_state_body``, on the text as written: the Interministerial Delegation for Human Rights), no entity in it."""
    rx = sent.lx["assists"].get("report_state_body")
    cs = sent.clause_start(pos)
    if not rx or not sent.original or any(cs <= g.start < pos for g in sent.groups):
        return False
    m = re.compile(rx).match(sent.original, cs, pos)
    return m is not None and re.fullmatch(r"(?:\s+(?:for|of|on|and|the|[A-Z][\w'’-]*))*\s*", sent.original[m.end():pos]) is not None


def _pronoun_actor(ctx: SentenceContext, g: Group) -> Group | None:
    """``At the request of X, he had commented on …``: a personal pronoun (``personal_pronouns``) right after the
    request phrase's comma is the actor — the last actor named before the phrase in the sentence (not governed by a
    locative marker), else the subject of the sentence before."""
    sent = ctx.sentence
    lx = sent.lx
    rest = sent.text[g.end:sent.clause_end(sent.clause_end(g.end) + 1)]
    after = lx["requests"].get("pronoun_actor_after")  # 应 X 的要求，它审查了…
    if after:
        if not re.match(after, rest):
            return None
    elif "personal" not in lx.res or not lx.language.spaced:
        return None
    else:
        m = re.match(r"\s*,\s*", rest)
        if not m or not lx.res["personal"].match(rest, m.end()):
            return None
    # (the Chair of Y described its work in A, where, at the request of X, it had …: Y, named before in the sentence)
    before = [h for h in sent.groups if h.end <= g.start and h is not g and h.kinds() & lx.agents
              and h.governor not in lx.get("locative_markers", ()) and not set(h.keys) & set(g.keys)]
    prev = before[-1] if before else ctx.prev_subject
    return prev if prev is not None and prev.kinds() & lx.agents and not set(prev.keys) & set(g.keys) else None


def _agent_right_before(sent: Sentence, g: Group) -> Group | None:
    """``organized by Y at the request of X``: the group a passive's ``by`` (``activities`` ``by_markers``) governs
    right before the request phrase that governs ``g``, with nothing else between."""
    lx = sent.lx
    markers = (lx.get("activities") or {}).get("by_markers", ())
    h = next((x for x in reversed(sent.before(g.start)) if x is not g), None)
    if h is None or h.governor not in markers or not h.kinds() & lx.agents:
        return None
    phrase = phrase_before(sent, g, lx["requests"].get("on_request_before"))
    gap = lx.trim(lx.squeeze(sent.text[h.end:g.head]), "determiners")
    return h if phrase and gap == phrase else None


def _addressee(sent: Sentence, g: Group) -> Group | None:
    """``following a request addressed by X to Y``: the group right after the asker, in its clause, governed by one of
    ``requests`` ``addressed_to`` (``to``) — the one the request was made to."""
    h = next(iter(sent.after(g.end)), None)
    to = sent.lx["requests"].get("addressed_to", ())
    if h is None or h.governor not in to or sent.clause_start(h.start) > sent.clause_start(g.start) \
            or not h.kinds() & sent.lx.agents:
        return None
    return h


def _joined_with(sent: Sentence, actor: Group) -> list[str]:
    """``应 X 的请求，A 与 B 联手…``: the partner an actor acts with right after it (a ``partners`` marker, then one of
    the ``partners`` verbs, after a time phrase ``time_before_verb`` if any) answers the request too."""
    lx = sent.lx
    pw = lx.get("partners") or {}
    h = next(iter(sent.after(actor.end)), None)
    if h is None or h.governor not in pw.get("markers", ()) or lx.squeeze(sent.text[actor.end:h.head]) != h.governor:
        return []
    rest = lx.squeeze(sent.text[h.end:h.end + 30])
    m = re.match(pw["time_before_verb"], rest) if pw.get("time_before_verb") else None
    rest = rest[m.end():] if m else rest  # 应 X 的请求，A 与 B 于 2041 年共同协助…
    return [k for k in members_of(h, lx.agents) if k not in actor.keys] \
        if lx.starts_with(rest, pw.get("verbs", ())) else []


def past_time_aside(sent: Sentence, pos: int) -> int:
    """``pos`` moved past a time phrase (``requests`` ``time_aside``: in 2066, during March 2066) right after it, and a
    comma after that phrase: ``turned down in 2066 a request of X``."""
    lx = sent.lx
    if "_time_aside" not in lx.__dict__:
        rx = lx["requests"].get("time_aside")
        lx.__dict__["_time_aside"] = re.compile(r"\s*(?:" + rx + r")\s*,?") if rx else None
    m = lx.__dict__["_time_aside"].match(sent.text, pos) if lx.__dict__["_time_aside"] is not None else None
    return m.end() if m else pos


def _request_taken(ctx: SentenceContext) -> None:
    """``The Government has not accepted the request of X to visit``, ``by accepting its request``,
    ``accepted X's request``, ``OHCHR received a request from X``: a request noun that a verb takes
    (``requests`` ``taken_by``: accepted, declined, received …) was made by its owner (``of X``, ``from
    X``, ``X's``, ``its``: the nearest group before the verb that is not the taker) of the verb's subject —
    a Reported request, whatever became of it."""
    sent = ctx.sentence
    lx = sent.lx
    rq = lx["requests"]
    verbs = rq.get("taken_by", ())
    if not verbs:
        return
    agents = lx.agents
    text = sent.text
    nouns = rq.get("taken_nouns", ())
    for vs, ve, _w in lx.find(text, verbs, sent.start, sent.end):
        ve = past_time_aside(sent, ve)  # turned down in 2066 a request of X
        ve = skip_aside(sent, ve)  # refused, for lack of resources, a request of X
        rest = lx.squeeze(text[ve:ve + 40])
        det = lx.starts_with(rest, rq.get("taken_determiners", ())) or ""
        rest = rest[len(det):].lstrip()
        owner = None
        first = next((g for g in sent.after(ve) if g.start <= sent.clause_end(ve)), None)
        if first is not None and not lx.trim(lx.squeeze(text[ve:first.head]), "determiners") \
                and lx.starts_with(lx.squeeze(text[first.end:first.end + 24]), [f"{m} {n}" for m in lx["modifier_words"]
                                                                                for n in nouns] + [f"{m}{n}" for m in lx["modifier_words"] for n in nouns]):
            owner = first  # accepted the Working Group's request
        else:
            noun = lx.starts_with(rest, nouns)
            if noun is None or not det:
                continue
            n_end = text.find(noun, ve) + len(noun)
            if det in lx.get("state_pronouns", ()):
                owner = "pronoun"  # accepting its request: the one named before
            else:
                after = next((g for g in sent.after(n_end) if g.start <= sent.clause_end(n_end)), None)
                if after is not None and after.governor in rq.get("taken_markers", ()) \
                        and lx.trim(lx.squeeze(text[n_end:after.head]), "determiners") == after.governor:
                    owner = after  # the request of X, a request from X
        if owner is None:
            continue
        taker = subject_before(sent, vs, agents, ctx.prev_subject)
        if taker is None:
            continue
        if owner == "pronoun":
            owner = next((g for g in reversed(sent.before(vs)) if g.kinds() & agents
                          and not set(g.keys) & set(taker.keys)), None)
        if owner is None or not owner.kinds() & agents:
            continue
        for s in members_of(owner, agents):
            for o in taker.keys:
                ctx.add(s, "requests", o)


def _asked_aside(sent: Sentence, g: Group) -> re.Match | None:
    """``Asked by X, Y assessed …``, ``Y, asked by X, reviewed …``: ``g`` follows a participle of asking set off by
    commas (``requests`` ``asked_aside``, a regular expression on the sentence up to ``g``) — X asked for what the
    sentence reports. The match, whose start is 0 where the participle opens the sentence, or ``None``."""
    rx = sent.lx["requests"].get("asked_aside")
    return re.search(rx, sent.lx.squeeze(sent.text[sent.start:g.head])) if rx else None


def _asked_by(sent: Sentence, g: Group) -> bool:
    """``应 Y 的请求``: the group a request governor governs is followed by the request noun —
    right after it, or after the words naming one of its offices (``应 Y 政府的请求``, ``应 Y 司法部的
    请求``: at most ``owner_reach`` characters, no other entity and no clause end between)."""
    lx = sent.lx
    rq = lx["requests"]
    if g.governor not in rq["on_request_governors"] and (  # On X's request, …: a governor that must open its clause
            g.governor not in rq.get("opening_request_governors", ())
            or lx.trim(lx.squeeze(sent.text[sent.clause_start(g.start):g.head]), "determiners").strip() != g.governor):
        return False
    if followed_by(sent, g.end, rq["on_request_of"]):
        return True
    reach = rq.get("owner_reach", 0)
    if not reach:
        return False
    end = min([sent.clause_end(g.end)] + [h.start for h in sent.groups if h.start >= g.end])
    gap = lx.squeeze(sent.text[g.end:end])
    tails = tuple(lx["modifier_words"]) + tuple(rq.get("owner_tails", ()))  # (应 Y 警方所请: no 的 before 所请)
    hits = [h for h in lx.find(gap, [w for w in rq["on_request_of"] if w.startswith(tails)])]
    if bool(hits) and hits[0][0] <= reach:
        return True
    if rq.get("organ_request") and re.match(rq["organ_request"], gap):
        return True  # 应 Y 司法部请求: an organ of Y's, its request with no 的
    gov = lx.starts_with(gap, lx.get("government_words", ()))  # 应 Y 政府邀请: the Government's, with no 的
    return bool(gov) and lx.starts_with(gap[len(gov):].lstrip(), rq["on_request_of"]) is not None


def _asked_it_first(sent: Sentence) -> list[tuple[Group, Group]]:
    """``When the Ministry of Justice of X asked it to, Y reviewed …``, ``X 政府提出请求之后，Y …``: a clause opening the
    sentence with the words ``opening`` matches, then an actor and a verb asking a pronoun (``requests``
    ``asked_it_clause``: ``verb``, a regular expression on the words after the actor) — ``(actor, Y)``, Y the name
    opening the next clause (after a time phrase ``main_lead`` matches, where given), whom the pronoun stands for. Read once per sentence (the requests reader and every on_request_of of the sentence ask)."""
    cached = sent.__dict__.get("_asked_it_first")
    if cached is not None:
        return cached
    out: list[tuple[Group, Group]] = []
    sent.__dict__["_asked_it_first"] = out
    spec = sent.lx["requests"].get("asked_it_clause")
    first = next(iter(sent.groups), None)
    if not spec or first is None:
        return out
    lx = sent.lx
    end = sent.clause_end(first.end)
    if not re.fullmatch(spec["opening"], lx.squeeze(sent.text[sent.start:first.start]).strip().lower()) \
            or not re.match(spec["verb"], lx.squeeze(sent.text[first.end:end]).strip().lower()):
        return out
    main = next(iter(sent.after(end)), None)
    lead = lx.trim(lx.squeeze(sent.text[end + 1:main.start]), "determiners").strip() if main is not None else ""
    if main is None or not main.kinds() & lx.agents or set(main.keys) & set(first.keys) \
            or lead and not (spec.get("main_lead") and re.fullmatch(spec["main_lead"], lead)):
        return out  # (… 提出请求之后，2115 年 12 月，Y …: a time phrase may open the main clause)
    out.append((first, main))
    return out


def _aside_subject(sent: Sentence, cs: int, g: Group) -> Group | None:
    """The group that opens the sentence and ends right before the clause mark before ``cs``, where the clause from
    ``cs`` (an aside: ``at the request of X``) is followed by more of the sentence: ``The Secretariat, at the request of
    X, briefed …``."""
    first = next(iter(sent.groups), None)
    lx = sent.lx
    if first is None or first is g or first.start >= cs or sent.clause_end(g.end) >= sent.end - 1 \
            or not first.kinds() & lx.agents or lx.trim(lx.squeeze(sent.text[sent.start:first.start]), "determiners").strip() \
            or sent.text[first.end:cs].strip() not in lx.clause_ends:
        return None
    return first


def on_request_of(sent: Sentence) -> list[str]:
    """The groups the sentence says asked for, or invited, what it reports (``at the request/invitation of X``;
    ``a mission of Y, which X had requested``)."""
    rq = sent.lx["requests"]
    return [k for g in sent.groups if _asked_by(sent, g) or phrase_before(
            sent, g, tuple(rq.get("on_request_before", ())) + tuple(rq.get("on_invitation_before", ())))
            or _asked_aside(sent, g) is not None for k in members_of(g, sent.lx.agents)] + [k for asker, _y in relative_requests(sent) + _asked_it_first(sent)
                                                        for k in asker.keys]


def _asked_through(sent: Sentence, obj: Group) -> list[str]:
    """``请高级专员经由人权高专办南亚区域办事处继续…``, ``requested the High Commissioner, through the Regional Office,
    to …``: a body of the UN itself (``partners`` ``channel`` ``own_kinds``) the one asked is to act through, governed
    by a channel marker right after it (commas aside), is asked too."""
    spec = sent.lx["partners"].get("channel") or {}
    nxt = next(iter(sent.after(obj.end)), None)
    if nxt is None or not nxt.kinds() & set(spec.get("own_kinds", ())):
        return []
    gap = sent.lx.squeeze(sent.text[obj.end:nxt.head]).strip(" ,，")  # (经由: the marker as written, whatever the
    gap = re.sub(r"\s*(?:其|its|their)$", "", sent.lx.trim(gap, "determiners"))  # parse's governor; 通过其…办事处,
    # through its office, through the Regional Office)
    return members_of(nxt, set(spec.get("own_kinds", ()))) if gap in spec.get("markers", ()) else []


def relative_requests(sent: Sentence) -> list[tuple[Group, Group]]:
    """``A country engagement mission of Y, which the Government had requested for April, did not take place``:
    ``(X, Y)`` for each asker X whose relative clause follows a group Y led by an activity noun (``requests``
    ``relative_request``: ``between`` the group and the asker, the asker's ``verbs`` right after it); and for each
    asker of the help of bodies Y named right before (``whose_between``: ``Y, whose help X had requested``)."""
    cached = sent.__dict__.get("_relative_requests")
    if cached is not None:  # (read by the requests reader and by every on_request_of of the sentence)
        return cached
    lx = sent.lx
    rel = lx["requests"].get("relative_request")
    act = lx.get("activities") or {}
    out: list[tuple[Group, Group]] = []
    sent.__dict__["_relative_requests"] = out
    if not rel or not act:
        return out
    groups = sent.groups
    for y, x in zip(groups, groups[1:]):
        gap = lx.squeeze(sent.text[y.end:x.lead if x.lead is not None else x.start]).strip()
        whose = rel.get("whose_between") and y.kinds() & lx.agents and x.kinds() & {"State"} \
            and re.match(rel["whose_between"], gap)  # UNODC and OHCHR, whose help X had requested, …: X asked them
        if not whose and (y.lead is None or not y.kinds() & lx.agents or not x.kinds() & {"State"}
                          or not lx.find(sent.text, act["nouns"], y.lead, y.start)):
            continue
        if not whose and not re.match(rel["between"], gap):
            continue
        if lx.starts_with(lx.squeeze(sent.text[x.end:x.end + 30]).strip(), rel["verbs"]):
            out.append((x, y))
    return out


def adopts(ctx: SentenceContext) -> None:
    """``1949 年…大会通过了…第 304(IV)号决议`` → the resolution's year."""
    sent = ctx.sentence
    lx = sent.lx
    ys = years(sent)
    if not ys:
        return
    for s, e, _w in lx.find(sent.text, lx["adopts"]["verbs"], sent.start, sent.end):
        for g in sent.after(e):
            if g.governor is None and "Resolution" in g.kinds():
                for k in members_of(g, {"Resolution"}):
                    ctx.date(k, ys[0][1])
    # a sentence opening with a year whose subject is a resolution: 2009 年人权理事会第 6/17 号决议设立了…
    first = sent.groups[0] if sent.groups else None
    if first and "Resolution" in first.kinds() and first.governor is None and ys[0][0] < first.start:
        for k in members_of(first, {"Resolution"}):
            ctx.date(k, ys[0][1])


def adopted_passive(ctx: SentenceContext) -> None:
    """``该决议由人权理事会第七十一届会议通过``, ``The resolution was adopted by the Council at its seventy-first
    session``: a resolution (a back-reference too) said to be adopted by a body (``adopts`` ``by_markers``, the verb
    right after the body and its session in Chinese, right before the marker in English) is adoptedBy it, and atSession
    the session named there. A resolution referred back to (``The Council adopted the resolution without a vote``)
    right after a body and a verb of adopting (``active_gap``, a regular expression on the words between) is adoptedBy
    that body (one named by its number already is, through its symbol)."""
    sent = ctx.sentence
    lx = sent.lx
    ad = lx["adopts"]
    markers = ad.get("by_markers", ())
    if not markers:
        return
    for g in sent.groups:
        if "Resolution" not in g.kinds() or g.governor is not None:
            continue
        body = next((h for h in sent.after(g.end) if h.start <= sent.clause_end(g.end)), None)
        if body is None or body.governor not in markers or not body.kinds() & {"UNBody"}:
            continue
        sessions = [q for q in sent.qualifiers if q.kind == "Session" and body.end <= q.start <= body.end + 24]
        after = lx.squeeze(sent.text[max([body.end] + [q.end for q in sessions]):body.end + 40])
        before = lx.squeeze(sent.text[g.end:body.head])
        if not (lx.starts_with(after, ad["verbs"]) or lx.ends_with(before.removesuffix(body.governor).rstrip(),
                                                                    ad.get("passive_verbs", ()))):
            continue
        for r in members_of(g, {"Resolution"}):
            for b in members_of(body, {"UNBody"}):
                ctx.add(r, "adoptedBy", b)
            for q in sessions:
                ctx.add(r, "atSession", q.key)
    for h, g in zip(sent.groups, sent.groups[1:]):  # The Council adopted the resolution without a vote
        if h.governor is None and h.kinds() & {"UNBody"} \
                and any(it.kind == "Resolution" and it.via == "backref" for it in g.items) \
                and re.fullmatch(ad.get("active_gap", "(?!)"), lx.squeeze(sent.text[h.end:g.start])):
            for it in g.items:
                if it.kind == "Resolution" and it.via == "backref":
                    for b in members_of(h, {"UNBody"}):
                        ctx.add(it.key, "adoptedBy", b)


def co_providers(together, provider: list[str], at: int | None = None) -> list[str]:
    """Those who acted together with ``provider`` in its act at ``at`` (``X supported A and, with Y, trained B``: Y trained)."""
    return [k for subj, ms, *since in together if set(subj) & set(provider) and not (at and since and since[0] > at)
            and not (at and len(since) > 1 and since[1] is not None and at >= since[1]) for k in ms]


def funding_of(ctx: SentenceContext) -> list[str]:
    """``with funding from X`` (or ``X noted that, with its funding, …``): X financed what the sentence reports."""
    from .funding import own_funding
    sent = ctx.sentence
    scoped = sent.lx["assists"].get("funding_scoped")  # (A and B, the latter with money from X: X paid for B's only)
    found = [k for g in sent.groups if phrase_before(sent, g, sent.lx["assists"].get("funding_of", ()))
             and not (scoped and re.search(scoped, sent.lx.squeeze(sent.text[sent.clause_start(g.start):g.start])))
             for k in members_of(g, sent.lx.agents)]
    rx = sent.lx["assists"].get("funded_actor")  # 基金资助的人权顾问支持…: the Fund pays for the one who acts
    for g, h in zip(sent.groups, sent.groups[1:]) if rx else ():
        if re.fullmatch(rx, sent.text[g.end:h.start]) and h.kinds() & sent.lx.agents:
            found += [k for k in members_of(g, sent.lx.agents) if k not in found and k not in h.keys]
    # X paid for what the sentence reports: …借调了一名顾问，费用由 X 承担 (cost_borne_by); 以 X 提供的赠款为 Y 举办了培训
    # (funding_means); Y 由 X 出资，为 Z 举办了… (funded_act: the activity that follows)
    rel = sent.lx["assists"].get("funder_relative")  # an adviser …, whose post X funds, assisted …: X pays for the adviser
    for g in sent.groups if rel else ():
        if re.search(rel["before"], sent.lx.squeeze(sent.text[max(sent.start, g.head - 30):g.head])) \
                and re.match(rel["after"], sent.text[g.end:g.end + 30]) and g.kinds() & sent.lx.agents:
            found += [k for k in members_of(g, sent.lx.agents) if k not in found]
    borne = sent.lx["assists"].get("cost_borne_by")
    cleft = sent.lx["assists"].get("cost_cleft")  # 读本的印刷费用是 X 出的: the same, said as a cleft
    for cost in (borne, cleft, sent.lx["assists"].get("funding_means"), sent.lx["assists"].get("funded_act")):
        for g in sent.groups if cost else ():
            lo = sent.clause_start(g.head)
            if re.search(cost["before"], sent.lx.squeeze(sent.text[lo:g.head])) \
                    and re.match(cost["after"], sent.text[g.end:g.end + 16]) \
                    and not (cost in (borne, cleft) and any(lo <= h.start < g.start for h in sent.groups)):
                # (驻 X 顾问的费用由 Y 提供: the cost of something a name in the clause owns, not of the sentence's help)
                found += [k for k in members_of(g, sent.lx.agents) if k not in found]
    return found or own_funding(sent)


def at_session(ctx: SentenceContext) -> None:
    """``在第四十届会议上，人权理事会在其第 40/27 号决议中…`` → the resolution atSession the session.

    Only where the symbol agrees: a body whose resolutions are numbered by session
    (A/HRC/RES/40/27) adopts resolution 40/x at session 40.
    """
    sent = ctx.sentence
    sessions = [q for q in sent.qualifiers if q.kind == "Session"]
    if not sessions:
        return
    links = sent.lx.get("session_documents", ())  # 第七十四届会议的报告(A/HRC/74/2): the session's report
    for g in sent.groups:
        for it in g.items:
            if it.kind == "Document" and links:
                for q in sessions:
                    if q.end <= it.start and sent.lx.squeeze(sent.text[q.end:it.start]) in links:
                        ctx.add(it.key, "atSession", q.key)
            if it.kind != "Resolution" or it.via == "backref":
                continue
            symbol = it.key.split("/", 1)[1]
            body = ctx.body_for_symbol(symbol)
            for q in sessions:
                _, holder, n = q.key.split("/")
                m = re.search(r"/(\d+)/\d+$", symbol)
                if body == f"org/{holder}" and m and int(m.group(1)) == int(n):
                    ctx.add(it.key, "atSession", q.key)


def held_by(ctx: SentenceContext) -> None:
    """``联合国人权事务高级专员福尔克尔·蒂尔克``, ``the High Commissioner, Volker Türk`` → the post heldBy the person."""
    sent = ctx.sentence
    gap_words = sent.lx.get("held_by_gap", [""])
    items = sorted([it for g in sent.groups for it in g.items] + list(sent.qualifiers), key=lambda i: i.start)
    apposition = sent.lx.get("held_by_apposition")  # 人权理事会主席、X 常驻代表 Y: the post, then Y's other title
    for i, (a, b) in enumerate(zip(items, items[1:])):
        if a.kind == "Post" and b.kind == "Person" and sent.text[a.end:b.start].strip() in gap_words:
            ctx.add(a.key, "heldBy", b.key)
        elif apposition and a.kind == "Post" and b.kind == "State" and i + 2 < len(items) \
                and items[i + 2].kind == "Person" and re.fullmatch(apposition["before"], sent.text[a.end:b.start]) \
                and re.fullmatch(apposition["after"], sent.text[b.end:items[i + 2].start]):
            ctx.add(a.key, "heldBy", items[i + 2].key)
        elif a.kind == "Person" and b.kind == "Post" and sent.text[a.end:b.start] in sent.lx.get("held_by_after_gap", ()) \
                and sent.text[b.end:b.end + 1] in (";", ",", ".", ")", "\n", ""):
            ctx.add(b.key, "heldBy", a.key)  # A, Special Rapporteur on X; …: the apposition names the post A holds


def cites(unit: str, number: int, sentences: list[Sentence]) -> list[Relation]:
    """The unit cites every resolution, document and instrument it names."""
    out = []
    for sent in sentences:
        quote = sent.quote
        items = [it for g in sent.groups for it in g.items] + sent.qualifiers
        for it in items:
            if it.kind in ("Resolution", "Document", "Instrument"):
                out.append(Relation(UNIT, "cites", it.key, unit, number, quote))
    return out


def parse_amount(text: str, lx: Lexicon):
    """Money amounts in ``text`` (see :func:`tacb_graph.relate.contributions.parse_amount`)."""
    from .contributions import parse_amount as parse

    return parse(text, lx)
