"""Assistance stated through what was done: activities held for, in or sent to a State.

"Who helped whom" is often said through the activity rather than a verb of
helping. An *activity* is an activity verb (``举办``, ``组织``, ``开展``, ``实施``,
``派遣``, ``organized``, ``implemented``, ``deployed``, ``funded`` …) whose object, in
the same clause, is an activity noun (``讲习班``, ``培训``, ``项目``, ``顾问``,
``workshop``, ``training sessions``, ``projects``, ``mission`` …), or a training verb
(``培训``, ``trained``) whose object is a group's officials. Its recipient is, in order:

1. the group a recipient marker governs before the verb (``为 X 的官员举办``,
   ``向 X 派遣``), or the group the training verb's object names (``培训了 X 的法官``,
   ``trained 300 police officers from X``, ``trained 40 of its magistrates``);
2. the group a marker governs after the noun, where the language puts it there
   (``workshops for officials of X``, ``projects in X``, ``advisers deployed to X``);
3. else the State the clause is set in (``在 X 实施项目``, ``在 X，…举办``, ``In X, …``).

The provider is the verb's subject. In the passive (``a project in X was carried out
by Y``, ``a planned project in X had not been carried out``) the noun stands before the
verb and the provider is the ``by`` agent, else the subject of the clause that reports
it. A funding verb over an activity (``基金资助了人权高专办在 X 开展的项目``, ``the Fund
financed a project implemented by OHCHR in X``) makes the funder a ``tacb:fundedBy`` of
the activity — the implementer, when named, is the provider and X the recipient; the
funder does not thereby assist the implementer (where ``funder_assists`` is set, the
funder assists X too; where ``funder_not_implementer`` is set, as in the English gold, the
funder alone is the provider). Every word list is the language's ``relations.json``
``activities`` entry.
"""

from __future__ import annotations

import re

from .emit import done_as_asked, emit_assist, topic
from .clauses import Group, Sentence
from .referents import co_organizers
from .patterns import SentenceContext, co_providers, on_request_of
from .roles import (agent_after, is_free, located_after, members_of, nearest_state, skip_aside, stationed_in,
                    strip_adverbs, subject_before, year_before)

__all__ = ["activities"]


def _clause_groups(sent: Sentence, lo: int, hi: int) -> list[Group]:
    return [g for g in sent.groups if lo <= g.start and g.end <= hi]


def _recipient_before(sent: Sentence, verb: int, act: dict, agents: set[str]) -> tuple[list[str], int] | None:
    """``为/向 X (的官员) [verb]`` in the verb's clause: (recipients, phrase start)."""
    lo = sent.clause_start(verb)
    lx = sent.lx
    members = lx["member_words"]
    groups = _clause_groups(sent, lo, verb)
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if g.governor in act["recipient_markers"] and g.kinds() & agents:
            if lx.starts_with(lx.squeeze(sent.text[g.end:g.end + 12]), members):
                return None  # 为 X 成员国举办: the members, unnamed, are the recipients
            out = members_of(g, agents) + stationed_in(sent, g)
            # 为 A 和 B 的议员和政府官员: a list the marker still governs (joined by a coordinator)
            while i > 0 and groups[i - 1].governor == g.governor and groups[i - 1].kinds() & agents \
                    and lx.ends_with(lx.squeeze(sent.text[groups[i - 1].end:groups[i].head]), lx["coordinators"]):
                i -= 1
                out = members_of(groups[i], agents) + [k for k in out if k not in members_of(groups[i], agents)]
                g = groups[i]
            marker = sent.text.rfind(g.governor, lo, g.head)
            return out, (marker if marker != -1 else g.start)
    return None


def _located(sent: Sentence, verb: int, act: dict) -> tuple[list[str], int] | None:
    """The State the activity takes place in: ``在 X`` in the clause, or opening the sentence."""
    lx = sent.lx
    lo = sent.clause_start(verb)
    places = set(act["place_kinds"])
    for g in reversed(_clause_groups(sent, sent.start, verb)):
        owner = lx.starts_with(lx.squeeze(sent.text[g.end:g.end + 12]), act["of"])  # 在 X 的支持下: not a place
        if g.governor in act["locative_markers"] and g.kinds() & places and not owner:
            if g.start >= lo:  # 人权高专办在 X 举办: the phrase starts at the marker
                marker = sent.text.rfind(g.governor, sent.start, g.head)
                return members_of(g, places), (marker if marker != -1 else g.start)
            if lx.trim(lx.squeeze(sent.text[sent.start:g.head]), "determiners") in act["locative_markers"]:
                return members_of(g, places), verb  # 在 X，人权高专办举办…, In X, OHCHR held …
    return None


def _recipient_after(sent: Sentence, pos: int, act: dict, agents: set[str], skip: Group | None = None
                     ) -> list[str]:
    """The group a marker governs after the activity noun (``for officials of X``, ``in X``),
    with the groups coordinated to it by a repeated marker (``in A and in B``)."""
    markers = act.get("recipient_after", ())
    if not markers:
        return []
    lx = sent.lx
    places = set(act["place_kinds"])
    end = sent.clause_end(pos)
    out: list[str] = []
    gov = None
    prev_end = None
    for g in sent.groups:
        if g.start < pos or g.start > end or g is skip:
            continue
        if gov is not None:
            gap = lx.squeeze(sent.text[prev_end:g.head])
            if g.governor == gov and lx.ends_with(gap, [f"{c} {gov}" for c in lx["coordinators"]]):
                out += members_of(g, places if gov in act["locative_markers"] else agents)
                prev_end = g.end
                continue
            break
        if g.governor not in markers:
            if g.kinds() & agents and g not in co_organizers(sent, pos, g.end, act, set()):
                break  # (a workshop organized with Y for officials of X: Y co-organized, X is further on)
            continue
        if lx.ends_with(lx.squeeze(sent.text[max(pos, g.head - 40):g.head]), act.get("not_recipient_after", ())):
            continue  # an adviser based in Barbados: the host is no recipient
        kinds = places if g.governor in act["locative_markers"] else agents
        if not g.kinds() & kinds:
            if act.get("skip_places") and not g.kinds() & (agents | places):
                continue  # a study visit to Jakarta for officials of X: the city is where, not who
            break
        out, gov, prev_end = members_of(g, kinds), g.governor, g.end
        if gov not in act["locative_markers"]:
            out += [k for k in located_after(sent, g) if k not in out]  # advisers to the country team in X
    return out


def _pronoun_recipient(ctx: SentenceContext, s: int, pos: int, act: dict, agents: set[str]) -> list[str]:
    """``X reported that Y had financed training for its police officers``: a recipient marker, a possessive
    (``pronouns``) and people (``beneficiaries``) after the noun at ``pos`` — the State the possessive stands
    for, the nearest one before that is not the verb's subject."""
    sent = ctx.sentence
    lx = sent.lx
    rest = lx.squeeze(sent.text[pos:sent.clause_end(pos)])
    m = lx.starts_with(rest, act.get("recipient_after", ()))
    if not m or m in act["locative_markers"]:
        return []
    rest = rest[len(m):].lstrip()
    p = lx.starts_with(rest, act.get("pronouns", ()))
    if not p or not lx.starts_with(lx.res["quantity"].sub("", rest[len(p):].lstrip()) if "quantity" in lx.res
                                   else rest[len(p):].lstrip(), act["beneficiaries"]):
        return []
    subj = subject_before(sent, s, agents, ctx.prev_subject)
    st = nearest_state(sent, s, exclude=set(subj.keys) if subj is not None else set())
    return list(st.keys) if st is not None else []


def _listed_after(sent: Sentence, s: int, e: int, act: dict) -> list[str]:
    """``为以下国家的官员举办了培训：A、B 和 C``: a recipient marker and a word for what follows
    (``following``) before the verb; the States listed after the colon that follows it."""
    lx = sent.lx
    words = act.get("following", ())
    head = lx.squeeze(sent.text[sent.clause_start(s):s])
    if not words or not any(m + w in head for m in act["recipient_markers"] for w in words):
        return []
    colon = min((i for i in (sent.text.find(c, e, sent.end) for c in ":：") if i != -1), default=-1)
    if colon == -1:
        return []
    return [k for g in sent.after(colon) for k in members_of(g, {"State"})]


def _pronoun_before(ctx: SentenceContext, s: int, act: dict, agents: set[str]) -> list[str]:
    """``…对多哥进行了访问，并为其司法人员举办了讲习班``: a recipient marker and a State pronoun (``其``,
    ``该国``) before the verb in its clause — the nearest State before it that is not the verb's subject."""
    sent = ctx.sentence
    lx = sent.lx
    if not act.get("pronoun_before"):
        return []
    lo = sent.clause_start(s)
    head = lx.squeeze(sent.text[lo:s])
    for m in act["recipient_markers"]:
        i = head.rfind(m)
        if i == -1:
            continue
        rest = head[i + len(m):]
        p = lx.starts_with(rest, lx.get("state_pronouns", ()))
        if p and (len(rest) == len(p) or lx.find(rest[len(p):], act["beneficiaries"])):
            subj = subject_before(sent, s, agents, ctx.prev_subject)
            st = nearest_state(sent, lo, exclude=set(subj.keys) if subj is not None else set())
            return list(st.keys) if st is not None else []
    return []


def _beneficiary_object(sent: Sentence, e: int, act: dict, agents: set[str]) -> list[str]:
    """``培训了 X 的法官``, ``trained 300 police officers from X``, ``trained 40 of its
    magistrates``: the group whose people the training verb's object names."""
    lx = sent.lx
    end = sent.clause_end(e)
    object_of = _object_of(lx, act)
    for g in _clause_groups(sent, e, end):
        gap = lx.squeeze(sent.text[e:g.head])
        if object_of is not None:
            gap = object_of.sub("", gap)  # covered the travel of the delegations of X
        if act.get("counted_before_people"):  # 培训了 60 名约旦警官: a count before the people's group
            gap = re.sub(act["counted"], "", _after_fillers(gap, lx))
        if len(gap) > act["max_gap"]:
            break
        after = lx.squeeze(sent.text[g.end:g.end + 12])
        of = lx.starts_with(after, act["of"])
        after = after[len(of):].lstrip() if of else after
        if of and act.get("counted"):
            after = re.sub(act["counted"], "", after)  # 来自 X 的 50 名警察
        lead = lx.squeeze(sent.text[g.head:g.start])
        if (lx.starts_with(after, act["beneficiaries"]) or lx.find(lead, act["beneficiaries"])) and g.kinds() & agents:
            return members_of(g, agents)
    rest = lx.squeeze(sent.text[e:end])
    if "quantity" in lx.res:
        rest = lx.res["quantity"].sub("", rest)
    p = lx.starts_with(rest, act.get("pronouns", ()))
    if p and lx.find(rest[len(p):len(p) + 40], act["beneficiaries"]):
        st = nearest_state(sent, e)
        return list(st.keys) if st else []
    return _people_from(sent, e, end, act, agents)


def _object_of(lx, act: dict) -> re.Pattern | None:
    """``object_of`` compiled once per lexicon (``None`` where the language has none)."""
    if "_object_of" not in lx.__dict__:
        lx.__dict__["_object_of"] = re.compile(act["object_of"]) if act.get("object_of") else None
    return lx.__dict__["_object_of"]


def _after_fillers(gap: str, lx) -> str:
    """``gap`` without a leading word of ``after_verb_fillers`` (了)."""
    w = lx.starts_with(gap, lx.get("after_verb_fillers", ()))
    return gap[len(w):].lstrip() if w else gap


def _people_after(sent: Sentence, e: int, act: dict) -> bool:
    """The verb ending at ``e`` has people as its object (``了 60 名警官``, ``150 名社区卫生工作者``)."""
    lx = sent.lx
    rest = re.sub(act.get("counted", "^$"), "", _after_fillers(lx.squeeze(sent.text[e:sent.clause_end(e)]), lx))
    return bool(lx.find(rest[:12], act["beneficiaries"]))


def _people_from(sent: Sentence, e: int, end: int, act: dict, agents: set[str]) -> list[str]:
    """``trained 240 investigators from the national police and the Bureau of X``: people (``beneficiaries``,
    within the first words after the verb) of or from something (``beneficiary_links``) that the first group
    after them names — within ``beneficiary_reach`` characters, where the language gives it."""
    links = act.get("beneficiary_links", ())
    if not links:
        return []
    lx = sent.lx
    groups = [g for g in _clause_groups(sent, e, end) if g.kinds() & agents]
    if not groups:
        return []
    g = groups[0]
    gap = lx.squeeze(sent.text[e:g.head])
    if len(gap) > act.get("beneficiary_reach", 0):
        return []
    if "quantity" in lx.res:
        gap = lx.res["quantity"].sub("", gap)
    words = gap.split()[:6]
    for i, w in enumerate(words[:-1]):
        if w in links:
            return members_of(g, agents) if lx.ends_with(" ".join(words[:i]), act["beneficiaries"]) else []
    return []


def _beneficiary_subject(sent: Sentence, s: int, act: dict, agents: set[str]) -> tuple[list[str], int] | None:
    """``officials of X were trained``, ``200 community leaders in X had been trained``: the group
    whose people a passive training verb at ``s`` has as its subject, and where their phrase begins."""
    lx = sent.lx
    lo = sent.clause_start(s)
    out: list[str] = []
    at = None
    for g in _clause_groups(sent, lo, s):
        lead = lx.squeeze(sent.text[g.head:g.start])
        before = lx.squeeze(sent.text[max(lo, g.head - 40):g.head])
        of_people = lx.find(lead, act["beneficiaries"]) or (
            g.governor in act["recipient_after"] and lx.ends_with(lx.trim(before[:-len(g.governor)].rstrip()),
                                                                  act["beneficiaries"]))
        if of_people and g.kinds() & agents:
            out += [k for k in members_of(g, agents) if k not in out]
            at = g.head if at is None else at
    return (out, at) if out else None


def _purpose(sent: Sentence, pos: int, act: dict, agents: set[str]) -> list[str]:
    """``a project … to strengthen the capacity of X``: the group an activity's purpose (``purpose``
    words, then a phrase naming the group through it) is for, in the clause after the noun at ``pos``."""
    words = act.get("purpose", ())
    if not words:
        return []
    lx = sent.lx
    end = sent.clause_end(skip_aside(sent, pos))  # an adviser, based in A, to serve B and C
    for g in sent.groups:
        if pos <= g.start <= end and g.kinds() & agents:
            if lx.ends_with(lx.trim(lx.squeeze(sent.text[max(pos, g.head - 40):g.head]), "determiners"), words):
                return members_of(g, agents)
    return []


def _activity_noun(sent: Sentence, e: int, act: dict) -> tuple[int, int, str] | None:
    e = skip_aside(sent, e)  # funded, through the Centre in Doha, training courses for …
    lx = sent.lx
    rest = lx.squeeze(sent.text[e:e + 12])
    rest = rest[len(lx.starts_with(rest, lx.get("after_verb_fillers", ())) or ""):].lstrip()
    gap = act["max_noun_gap"]
    if lx.starts_with(rest, act.get("topic_openers", ())):
        # 举办了关于编写提交委员会的定期报告的培训: the topic comes first, the activity after its last 的
        end = min(sent.clause_end(e), e + act.get("topic_noun_gap", gap))
        of = max((sent.text.rfind(w, e, end) for w in act["of"]), default=-1)
        if of != -1:
            nouns = lx.find(sent.text, act["nouns"], of + 1, min(end, of + 1 + gap))
            return nouns[0] if nouns and nouns[0][0] - of <= 8 else None
    end = min(sent.clause_end(e), e + gap)
    nouns = sent.lx.find(sent.text, act["nouns"], e, end)
    return nouns[0] if nouns else None


def _noun_before(sent: Sentence, s: int, act: dict) -> tuple[int, int, str] | None:
    """The activity noun a passive verb at ``s`` says was done (``a project … was carried out``)."""
    lo = max(sent.clause_start(s), s - 3 * act["max_noun_gap"])  # the noun's own phrase may name a list
    nouns = sent.lx.find(sent.text, act["nouns"], lo, s)
    if not nouns and act.get("appositive_participles") and sent.text[sent.start:lo].rstrip().endswith(","):
        # an exchange between A and B, supported by X, …: the participle after a comma, its noun before it
        lo2 = max(sent.clause_start(lo - 2), s - 3 * act["max_noun_gap"])
        nouns = sent.lx.find(sent.text, act["nouns"], lo2, lo)
    return nouns[-1] if nouns else None


def _relative_noun(sent: Sentence, s: int, act: dict) -> tuple[int, int, str] | None:
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
    if not [g for g in sent.groups if rel[-1][1] <= g.start and g.end <= s]:
        return None
    nouns = lx.find(sent.text, act["nouns"], max(lo, r - 3 * act["max_noun_gap"]), r)
    return nouns[-1] if nouns else None


def _passive(sent: Sentence, s: int, e: int, act: dict) -> bool:
    """The verb at ``s`` is a passive (``was held``) or a participle right after its noun
    (``advisers deployed to X``, where the language lists ``participles_after_noun``)."""
    lx = sent.lx
    before = lx.squeeze(sent.text[max(sent.start, s - 40):s])
    aux = act.get("passive_auxiliaries", ())
    if aux and lx.ends_with(before, aux):
        return True
    if act.get("participles_after_noun") and lx.ends_with(before, act["nouns"]):
        return True
    # the joint programme of A and B on …, launched in 2025 in X: a participle after a comma, with no object of
    # its own, says what was done with the noun before the comma
    return bool(act.get("appositive_participles")) and before.endswith(",") and _activity_noun(sent, e, act) is None \
        and _noun_before(sent, s, act) is not None and not [g for g in sent.groups if g.start >= e
                                                           and g.governor is None and g.start < sent.clause_end(e)]


def _owners(sent: Sentence, noun, act: dict, agents: set[str]) -> Group | None:
    """``the joint programme of A and B``: the group an owner marker (``owners_of``) governs right after the
    activity noun."""
    markers = act.get("owners_of", ())
    if not markers or noun is None:
        return None
    lx = sent.lx
    g = next((h for h in sent.after(noun[1])), None)
    if g is None or g.governor not in markers or not g.kinds() & agents or g.lead is not None:
        return None  # (the training of officials of X: X's people are trained, X trains no one)
    return g if lx.trim(lx.squeeze(sent.text[noun[1]:g.head]), "determiners") == g.governor else None


def _reporter(sent: Sentence, pos: int, agents: set[str], exclude: set[str]) -> Group | None:
    """The first free group of the sentence before ``pos``: who the sentence is about."""
    for g in sent.groups:
        if g.start >= pos:
            return None
        if is_free(sent, g) and g.kinds() & agents and not set(g.keys) <= exclude:
            return g
    return None


def _late_agent(sent: Sentence, e: int, act: dict, agents: set[str], recips: set[str]) -> Group | None:
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
    return None


def _funder(ctx: SentenceContext, verb: int, act: dict, agents: set[str]) -> Group | None:
    """The subject of a funding verb whose object is this activity (``X 资助了 … 的项目``)."""
    sent = ctx.sentence
    lo = sent.clause_start(verb)
    hits = sent.lx.find(sent.text, act["funding_verbs"], lo, verb)
    if not hits:
        return None
    return subject_before(sent, hits[-1][0], agents | set(act["funder_kinds"]), ctx.prev_subject)


def _negation_then(sent: Sentence, text: str, act: dict) -> str | None:
    """The negation ``text`` (squeezed) starts with, after adverbs (``也没有``, ``尚未``)."""
    lx = sent.lx
    md = lx.get("modality") or {}
    text = lx.res["adverbs"].sub("", text) if "adverbs" in lx.res and not lx.language.spaced else text
    return lx.starts_with(text, md.get("negated", ()))


def _undone_after(sent: Sentence, noun_end: int, act: dict) -> bool:
    """``X 在 Y 开展的活动没有实施``: the activity noun is the subject of a negated activity verb."""
    if not act.get("undone"):
        return False
    lx = sent.lx
    rest = lx.squeeze(sent.text[noun_end:sent.clause_end(noun_end)])
    bare = lx.res["adverbs"].sub("", rest) if not lx.language.spaced else rest
    if lx.starts_with(bare.lstrip(), act.get("cancelled", ())):
        return True  # 原定为 Y 举办的讲习班被取消: called off
    neg = _negation_then(sent, rest, act)
    if not neg:
        return False
    rest = lx.res["adverbs"].sub("", rest)[len(neg):] if not lx.language.spaced else rest[len(neg):]
    return bool(lx.starts_with(rest.lstrip(), act["verbs"] + act.get("undone_verbs", [])))


def _undone_topic(sent: Sentence, s: int, act: dict) -> bool:
    """``项目尚未启动``, ``该活动没有举行``: an activity verb at ``s`` negated, whose subject is an
    activity noun (no actor of its own)."""
    if not act.get("undone"):
        return False
    lx = sent.lx
    lo = sent.clause_start(s)
    if [g for g in sent.groups if lo <= g.start and g.end <= s]:
        return False
    md = lx.get("modality") or {}
    head = lx.squeeze(sent.text[lo:s])
    if lx.language.spaced:
        # the project had not (yet) started: auxiliaries and adverbs around the negation
        skip = set(act.get("passive_auxiliaries", ())) | set(act.get("undone_auxiliaries", ())) | set(lx["adverbs"])
        words = head.split()
        while words and words[-1] in skip:
            words.pop()
        neg = lx.ends_with(" ".join(words), md.get("negated", ()))
        if not neg:
            return False
        words = " ".join(words)[:-len(neg)].split()
        while words and words[-1] in skip:
            words.pop()
        return bool(lx.ends_with(" ".join(words), act["nouns"]))
    neg = lx.ends_with(head, md.get("negated", ()))
    if not neg:
        return False
    head = lx.res["adverbs"].sub("", head[:-len(neg)])
    return bool(lx.ends_with(head, act["nouns"]))


def _negate_earlier(ctx: SentenceContext) -> None:
    """What the unit said was asked for or planned is reported as not done (``…请基金资助…。…
    但项目尚未启动``): the asked-for assistance is Negated."""
    for r in ctx.earlier:
        if r.predicate == "assists" and r.modality in ("Requested", "Planned", "Recommended"):
            emit_assist(ctx, [r.subject], [r.object], r.year, None, ("Negated", None))


def _participants(ctx: SentenceContext, together) -> None:
    """``X 举办了讲习班，A、B 和 C 的政府官员参加了讲习班``: the people of a group who took part
    (``participation_verbs`` followed by an activity noun) in an activity the sentence says someone held
    before: the holder assists the group."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx["activities"]
    agents = lx.agents
    text = sent.text
    for s, e, _w in lx.find(text, act.get("participation_verbs", ()), sent.start, sent.end):
        rest = lx.squeeze(text[e:sent.clause_end(e)])
        rest = rest[len(lx.starts_with(rest, lx.get("after_verb_fillers", ())) or ""):].lstrip()
        rest = rest[len(lx.starts_with(rest, lx["pronouns"]) or ""):].lstrip()  # 该讲习班
        rest = rest[len(lx.starts_with(rest, lx.get("determiners", ())) or ""):].lstrip()  # a course, the workshop
        relative = [h for h in lx.find(text, act["verbs"], e, sent.clause_end(e))
                    if lx.starts_with(lx.squeeze(text[h[1]:h[1] + 4]), act["of"])
                    and lx.find(text, act["nouns"], h[1], min(sent.clause_end(e), h[1] + act["max_noun_gap"]))]
        if not lx.starts_with(rest, act["nouns"]) and not relative:
            continue
        lo = sent.clause_start(s)
        recips: list[str] = []
        for g in _clause_groups(sent, lo, s):
            after = lx.squeeze(text[g.end:s])
            of = lx.starts_with(after, act["of"])
            after = after[len(of):].lstrip() if of else after
            if act.get("counted"):
                after = re.sub(act["counted"], "", after)
            people = lx.starts_with(lx.trim(after), lx["government_words"] + act["beneficiaries"])
            if (of or (act.get("participants_unlinked") and people)) and people and g.kinds() & agents:
                recips += [k for k in members_of(g, agents) if k not in recips]  # 也门(的)官员参加了…
            elif g.lead is not None and not strip_adverbs(text[g.end:s], lx) and g.kinds() & agents:
                recips += [k for k in members_of(g, agents) if k not in recips]  # officials of X took part in
        held = [h for h in lx.find(text, act["verbs"], sent.start, lo)]
        prov = None
        if held:
            prov = subject_before(sent, held[-1][0], agents, ctx.prev_subject, exclude=set(recips))
        else:  # …参加了人权高专办举办的讲习班: the holder in the activity's own relative clause
            held = relative
            near = [g for g in sent.groups if held and e <= g.start and g.end <= held[0][0]
                    and g.kinds() & agents and (not strip_adverbs(text[g.end:held[0][0]], lx)
                                                or (act.get("participants_unlinked") and g.governor is None))]
            prov = near[-1] if near else None
        if prov is None and recips:
            # officials of X took part in a course given by Y: the participle's agent after the noun
            by = _participle_agent(sent, e, act, agents, set(recips))
            if by is not None:
                prov, held = by
        if not recips or not held:
            continue
        if prov is None:
            continue
        providers = list(prov.keys) + [c for c in co_providers(together, prov.keys) if c not in prov.keys and c not in recips]
        emit_assist(ctx, providers, recips, year_before(sent, held[-1][0]), topic(sent, held[-1][1]),
                    ctx.mood(held[-1][0], prov))


def _participle_agent(sent: Sentence, e: int, act: dict, agents: set[str], recips: set[str]):
    """``… took part in a course on X given by Y``: the group a ``by`` marker governs right after an activity
    verb (a participle) in the clause after ``e``, with that verb's hit, or ``None``."""
    lx = sent.lx
    end = sent.clause_end(e)
    for g in sent.groups:
        if g.start < e or g.start > end or g.governor not in act.get("by_markers", ()) \
                or not g.kinds() & agents or set(g.keys) & recips:
            continue
        marker = sent.text.rfind(g.governor, e, g.head)
        verbs = [h for h in lx.find(sent.text, act["verbs"], e, marker)
                 if not lx.trim(lx.squeeze(sent.text[h[1]:marker]), "adverbs")]
        if verbs:
            return g, verbs[-1:]
    return None


def activities(ctx: SentenceContext, together) -> None:
    """Assistance read from activities (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities")
    if not act:
        return
    agents = lx.agents
    text = sent.text
    _participants(ctx, together)
    occurs = act.get("occurrence_verbs", [])
    for s, e, w in lx.find(text, act["verbs"] + act["training_verbs"] + occurs, sent.start, sent.end):
        if lx.flanked(text, s, e, act.get("noun_after", ()), (), sent.start):
            continue  # the fund, a launch: a noun here
        recips: list[str] = []
        start = s
        agent = agent_after(sent, e, act.get("by_markers"), act.get("by_gap", 4))
        # a deployment to X took place: the activity is the subject, as in a passive
        passive = agent is not None or w in occurs or _passive(sent, s, e, act)
        trained = None
        if w in act["training_verbs"] and not passive:
            recips = _beneficiary_object(sent, e, act, agents)
            if not recips and act.get("training_for_before"):  # 为 X 培训了 150 名卫生工作者: trained for X
                found = _recipient_before(sent, s, act, agents)
                if found is None and _people_after(sent, e, act):
                    found = _located(sent, s, act)  # 在 X 培训了 60 名警官: trained in X
                if found is not None:
                    recips, start = list(found[0]), found[1]
        elif w in act["training_verbs"]:  # officials of X were trained
            trained = _beneficiary_subject(sent, s, act, agents)
            if trained is not None:
                recips = trained[0]
        noun = _noun_before(sent, s, act) if passive else _activity_noun(sent, e, act)
        relative = False
        if noun is None and not passive and not recips:
            noun = _relative_noun(sent, s, act)  # a workshop that X conducted for officials of Y
            relative = noun is not None
        if trained is not None:
            noun = (trained[1], trained[1], "")
        if not recips and noun is None:
            if not passive and _undone_topic(sent, s, act):
                _negate_earlier(ctx)
            continue
        # a project … to strengthen the capacity of X: X is a recipient too
        purpose = _purpose(sent, noun[1], act, agents) if trained is None and noun is not None else []
        if not recips:
            found = None if passive else _recipient_before(sent, s, act, agents)
            if found is None and passive:  # a project in X was carried out / was held for officials of X
                recips = _recipient_after(sent, noun[1], act, agents, skip=agent)
                recips = recips or _recipient_after(sent, e, act, agents, skip=agent)
            elif found is None and relative:
                recips = _recipient_after(sent, e, act, agents)
            elif found is None:
                recips = _recipient_after(sent, noun[1], act, agents)
                recips = recips or _pronoun_recipient(ctx, s, noun[1], act, agents)
                recips = recips or _pronoun_before(ctx, s, act, agents)
                recips = recips or _listed_after(sent, s, e, act)
            if not recips and not passive and act.get("object_beneficiaries"):
                recips = _beneficiary_object(sent, e, act, agents)  # financed the participation of officials of X
            if not recips:
                found = found or _located(sent, s, act)
                if found is None and "request" in act.get("recipient_fallbacks", ()):
                    recips = [k for k in on_request_of(sent) if k.startswith("state/")]  # at the request of X
                if found is None and not recips and not purpose:
                    if not passive:
                        done_as_asked(ctx, s)  # 人权高专办随后开展了能力建设: what was asked for, done
                    continue
            if found is not None:
                recips, start = found
        recips += [k for k in purpose if k not in recips]
        funder = _funder(ctx, start, act, agents)
        if agent is not None:
            prov = agent
        elif passive:  # done, by no one named: by those whose activity it is, else the one the sentence is about
            prov = _owners(sent, noun, act, agents) or _reporter(sent, noun[0], agents, set(recips)) \
                or _late_agent(sent, e, act, agents, set(recips)) or subject_before(
                sent, noun[0], agents, ctx.prev_subject, exclude=set(recips))
            prev = ctx.prev_subject
            if prov is None and prev is not None and prev.kinds() & set(act.get("passive_previous_subject", ())) \
                    and not set(prev.keys) & set(recips):
                prov = prev  # … financed advisers in A. A planned deployment to B did not take place.
        else:
            prov = subject_before(sent, start, agents, ctx.prev_subject, exclude=set(recips))
        if funder is not None and prov is not None and set(prov.keys) == set(funder.keys):
            prov = None  # X 资助了在 Y 开展的项目: the funder is not the implementer
        if prov is None and funder is None and not (passive and ctx.funders):
            continue  # (thanks to funding from Y, officials of X were trained: Y, a funder, assists X)
        funded_by = tuple(funder.keys) if funder is not None else ()
        providers = list(prov.keys) if prov is not None else list(funded_by)
        if funded_by and act.get("funder_not_implementer"):
            providers = list(funded_by)  # the Fund financed projects implemented by OHCHR in X: the Fund assists X
        if act.get("funder_assists"):
            providers += [f for f in funded_by if f not in providers]
        providers += [c for c in co_providers(together, providers) if c not in providers and c not in recips]
        cos = [] if passive or prov is None else \
            [k for g in co_organizers(sent, e, sent.clause_end(e), act, set(recips) | set(providers))
             for k in members_of(g, agents)]
        providers += cos  # organized a workshop with Y for officials of X: Y co-organized it
        mood = ctx.mood(s if passive else start, prov)
        for k in cos:
            for p in prov.keys:
                ctx.add(p, "partnersWith", k, mood=mood)
        if noun is not None and not passive and _undone_after(sent, noun[1], act):
            mood = ("Negated", None)  # the activity X planned in Y was not carried out
        emit_assist(ctx, providers, recips, year_before(sent, s), topic(sent, e), mood, funded_by=funded_by)

