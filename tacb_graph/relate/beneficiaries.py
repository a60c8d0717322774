"""Who an activity was for: the recipient named before the activity (``为 X 举办``, ``在 X 开展``) or
after it (``a workshop for officials of X``), the State a pronoun or the place of the sentence stands
for, the people it trained and where they come from (``participants from X and Y``), a purpose that
names the beneficiary, and the participants who took part (:mod:`.activities` reads the activity
itself)."""

from __future__ import annotations

import re

from .clauses import Group, Item, Sentence
from .doers import owner_after
from .emit import emit_assist, topic
from .patterns import SentenceContext, co_providers
from .places import clause_groups as _clause_groups, located_after, past_venue, stationed_in
from .referents import co_organizers
from .runs import joined, joined_run
from .roles import (locative, members_of, nearest_state, organ_trimmed, phrase_before, skip_aside, strip_adverbs,
                    subject_before, year_before)

__all__ = ["recipient_before", "recipient_after", "people_sent_to", "pronoun_recipient", "listed_after", "pronoun_before",
           "beneficiary_list", "beneficiary_object", "people_after", "purpose_of", "participants", "located_people",
           "among_taught"]


def recipient_before(sent: Sentence, verb: int, act: dict, agents: set[str]) -> tuple[list[str], int] | None:
    """``为/向 X (的官员) [verb]`` in the verb's clause: (recipients, phrase start)."""
    lo = sent.clause_start(verb)
    lx = sent.lx
    members = lx["member_words"]
    groups = _clause_groups(sent, lo, verb)
    came = act.get("recipient_from")  # 为 45 名分别来自 A、B 和 C 的维护者开设了培训: the people the marker governs came from them
    for i in range(len(groups) - 1, -1, -1):
        g = groups[i]
        if came and g.kinds() & {"State"} and re.search(came["before"], lx.squeeze(sent.text[lo:g.head])) \
                and lx.starts_with(lx.squeeze(sent.text[g.end:verb]), lx["modifier_words"]):
            return members_of(g, {"State"}), max(sent.text.rfind(m, lo, g.head) for m in act["recipient_markers"])
        if g.governor in act["recipient_markers"] and g.kinds() & agents:
            if lx.starts_with(lx.squeeze(sent.text[g.end:g.end + 12]), members):
                return None  # 为 X 成员国举办: the members, unnamed, are the recipients
            if act.get("reported_to") and re.match(act["reported_to"], lx.squeeze(sent.text[g.end:verb])):
                return None  # 请 Y 向理事会第七十五届会议报告 Y 开展技术合作的情况: whom it reports to
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


def recipient_after(sent: Sentence, pos: int, act: dict, agents: set[str], skip: Group | None = None
                     ) -> list[str]:
    """The group a marker governs after the activity noun (``for officials of X``, ``in X``),
    with the groups coordinated to it by a repeated marker (``in A and in B``); right after a verb of placing
    (``placed_with`` ``verbs``) its own markers too (``an adviser was placed with the Ministry of X``)."""
    markers = act.get("recipient_after", ())
    if not markers:
        return []
    lx = sent.lx
    if act.get("placed_with") and lx.ends_with(lx.squeeze(sent.text[max(sent.start, pos - 20):pos]), act["placed_with"]["verbs"]):
        markers = tuple(markers) + tuple(act["placed_with"]["markers"])  # an adviser was placed with the Ministry of X
    places = set(act["place_kinds"])
    end = sent.clause_end(pos)
    funding = tuple(lx["assists"].get("funding_of", ()))  # (…, with financial support from Z, for officials of X)
    asides = tuple(act.get("co_markers", ())) + tuple(act.get("late_partners", ())) + funding \
        + tuple(act.get("doer_asides", ()))  # (financed a project, carried out by Y, to open desks in X)
    while end < sent.end and sent.text[end] == "," and lx.starts_with(lx.squeeze(sent.text[end + 1:end + 40]), asides):
        end = sent.clause_end(sent.clause_end(end + 1) + 1)  # held it in Suva, in cooperation with Y, for X
    resume = act.get("recipient_resume")  # a workshop in Palikir on the follow-up to …, for officials of A, B and C
    origin = act.get("people_origin", {})  # trained 230 officers of the task force, drawn from A, B and C
    comma = end < sent.end and sent.text[end] == ","
    resumed = comma and bool(resume) and re.match(resume, sent.text[end + 1:end + 40]) is not None
    drawn = comma and not resumed and bool(origin) and re.match(origin["after"], sent.text[end + 1:end + 40]) is not None
    from_at = end if drawn else None  # (the comma after which the groups origin's markers govern are the people's)
    if resumed or drawn:
        end = sent.clause_end(end + 1)
        while end < sent.end and sent.text[end] == "," and lx.find(sent.text, lx["coordinators"], end, end + 8):
            end = sent.clause_end(end + 1)  # (officials of A, B and C: the list goes on after its commas)
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
        origin_of = from_at is not None and g.start > from_at and g.governor in origin["markers"]
        if not origin_of and g.governor not in markers and not _participants_of(sent, pos, g, act) \
                and not _people_for(sent, pos, g, act, markers):
            owners_of = act.get("owners_of", ())
            if act.get("skip_owner") and (g.governor is None or g.governor in owners_of) and "State" not in g.kinds() \
                    and lx.trim(lx.squeeze(sent.text[pos:g.start]), "determiners") in ((g.governor,) if g.governor else owners_of):
                continue  # two projects of UNICEF in X (a mission of OHCHR to X): the activity's owner, then whom it was for
            if g.governor in act.get("provider_of", ()) and lx.ends_with(
                    lx.squeeze(sent.text[pos:g.start]).removesuffix(g.governor).rstrip(), act.get("provider_nouns", ())):
                continue  # the deployment of an expert of UNICEF to X: whose expert, not whom it was for
            if g.governor in act.get("topic_governors", ()) or _in_topic(sent, pos, g, act):
                continue  # a workshop on the universal periodic review for officials of X: the topic
            if funding and phrase_before(sent, g, funding):
                continue  # …, with financial support from Z, for officials of X: who paid, not whom it was for
            if act.get("doer_asides") and phrase_before(sent, g, act["doer_asides"]):
                continue  # a project, carried out by Y, to open desks in X: who carried it out
            if g.kinds() & agents and g not in co_organizers(sent, pos, g.end, act, set()):
                break  # (a workshop organized with Y for officials of X: Y co-organized, X is further on)
            continue
        if lx.ends_with(lx.squeeze(sent.text[max(pos, g.head - 40):g.head]), act.get("not_recipient_after", ())):
            continue  # an adviser based in Barbados: the host is no recipient
        if _destination(sent, pos, g, end, act, markers):
            continue  # a study visit to Uruguay for directors of prisons of X: where they went, not who went
        kinds = places if g.governor in act["locative_markers"] else agents
        if not g.kinds() & kinds:
            if act.get("skip_places") and not g.kinds() & (agents | places):
                continue  # a study visit to Jakarta for officials of X: the city is where, not who
            break
        out, gov, prev_end = members_of(g, kinds), g.governor, g.end
        if gov not in act["locative_markers"]:
            out += [k for k in located_after(sent, g) if k not in out]  # advisers to the country team in X
    return out


def _destination(sent: Sentence, pos: int, g: Group, end: int, act: dict, markers) -> bool:
    """Whether ``g`` is where a visit noun right before ``pos`` went (``destination`` ``nouns``, its ``markers``: a
    study visit to X) while a later group of the clause, before ``end``, says for whom (``for officials of Y``)."""
    dest = act.get("destination")
    lx = sent.lx
    if not dest or g.governor not in dest["markers"] or not g.kinds() <= {"State", "Place"} \
            or not lx.ends_with(lx.squeeze(sent.text[max(sent.start, pos - 30):pos]).lower(), dest["nouns"]):
        return False
    return any(h.start > g.end and h.start <= end and "State" in h.kinds() and h.governor not in dest["markers"]
               and (h.governor in markers or _people_for(sent, pos, h, act, markers)) for h in sent.groups)


def _in_topic(sent: Sentence, pos: int, g: Group, act: dict) -> bool:
    """``a workshop on follow-up to the recommendations of the universal periodic review for officials of X``: a
    group a noun's complement (``topic_complements``) governs, after a topic word (``topic_governors``) between the
    activity and it, belongs to the topic, not to whom the activity was for."""
    if g.governor not in act.get("topic_complements", ()):
        return False
    words = sent.lx.squeeze(sent.text[pos:g.head]).lower().split()
    return any(w in act.get("topic_governors", ()) for w in words[:-1])


def _people_for(sent: Sentence, pos: int, g: Group, act: dict, markers) -> bool:
    """``… in Accra for 70 staff members of X``: a recipient marker, a count, people (``beneficiaries``) and their link
    (``beneficiary_links``) right before the group — the marker governs the people, and so their State or body."""
    lx = sent.lx
    links = act.get("beneficiary_links", ())
    if not links or g.lead is None and not (act.get("people_complement") and g.governor in links):
        return False  # (with 'people_complement' the link may stand alone: mechanisms for reporting of X)
    whole = lx.squeeze(sent.text[max(pos, g.start - 60):g.start]).lower().rstrip()
    tail = lx.trim(whole, "determiners")
    link = lx.ends_with(tail, links)
    if not link:
        return False
    tail = tail[:-len(link)].rstrip()
    if act.get("people_complement"):  # the national mechanisms for reporting and follow-up of X: what the people do
        tail = re.sub(act["people_complement"], "", tail).rstrip()
    people = lx.ends_with(tail, act["beneficiaries"])
    if not people and act.get("people_body"):  # for prison directors of the Ministry of Interior of X: the body between
        tail = re.sub(act["people_body"], "", tail).rstrip()
        people = lx.ends_with(tail, act["beneficiaries"])
    if people:
        tail = _earlier_conjuncts(lx.trim(tail[:-len(people)].rstrip(), "determiners"), act)
        if act.get("count_before_people"):
            tail = re.sub(act["count_before_people"], "", tail).rstrip()  # for 70 staff members, for some forty judges
        if lx.ends_with(tail, markers):
            return True
    # for 45 municipal architects and planners of X, for architects of X: people no list names, counted or plural
    return any(rx.search(whole) for rx in _unlisted_people(lx, act, tuple(markers)))


def _unlisted_people(lx, act: dict, markers: tuple) -> tuple[re.Pattern, ...]:
    """A marker, then ``counted_people`` or ``plural_people`` up to the end of a text, compiled once per lexicon and
    set of markers."""
    cache = lx.__dict__.setdefault("_unlisted_people", {})
    if markers not in cache:
        marker = "|".join(re.escape(m) for m in markers)
        cache[markers] = tuple(re.compile(rf"(?:^|\s)(?:{marker})\s+(?:{act[key]})\s*$")
                               for key in ("counted_people", "plural_people") if act.get(key))
    return cache[markers]


def _earlier_conjuncts(tail: str, act: dict) -> str:
    """``for 48 journalists and media professionals``: with the last people taken off ``tail``, take off the
    words that modify them (at most ``noun_modifiers``), a coordinator (``people_conjunctions``) and the people
    of an earlier conjunct (``beneficiaries``), as long as the list goes on; ``tail`` as it was if it is no list."""
    joins = act.get("people_conjunctions", ())
    if not joins:
        return tail
    people = sorted(act["beneficiaries"], key=len, reverse=True)
    while True:
        words = tail.replace(",", " , ").split()
        for k in range(min(act.get("noun_modifiers", 0), len(words) - 1) + 1):
            head = words[:len(words) - k]
            if not head or head[-1] not in joins:
                continue
            rest = " ".join(head[:-1]).replace(" ,", ",")
            who = next((b for b in people if rest.endswith(b) and (len(rest) == len(b) or rest[-len(b) - 1] == " ")), None)
            if who:
                tail = rest[:-len(who)].rstrip()
                break
        else:
            return tail


def people_sent_to(sent: Sentence, pos: int, act: dict, agents: set[str]) -> list[str]:
    """``a consultation on …, to which A, B and C will send officials``: the States a relative clause after the
    activity noun ending at ``pos`` says sent their people to it (``people_sent_to``: ``before``, the words right before
    the States; ``after``, the verb of sending and the people after them)."""
    rx = act.get("people_sent_to")
    if not rx:
        return []
    lx = sent.lx
    for g in sent.after(pos):
        if "State" not in g.kinds():
            continue
        if re.search(rx["before"], lx.squeeze(sent.text[max(pos, g.start - 16):g.start if g.lead is None else g.lead])) \
                and re.match(rx["after"], lx.squeeze(sent.text[g.end:g.end + 60])):
            return members_of(g, {"State"})
        break  # (only the first State after the noun: the one the relative clause opens with)
    return []


def _participants_of(sent: Sentence, pos: int, g: Group, act: dict) -> bool:
    """``a meeting of the national human rights institutions of X``: right after a noun of a gathering
    (``participant_nouns``), a marker of those who took part (``participants_of``) governs a State named through
    its people or bodies (an owner phrase): they are the ones the activity was for."""
    lx = sent.lx
    if g.governor not in act.get("participants_of", ()) or g.lead is None or "State" not in g.kinds():
        return False
    return lx.trim(lx.squeeze(sent.text[pos:g.head]), "determiners") == g.governor \
        and bool(lx.ends_with(lx.squeeze(sent.text[max(sent.start, pos - 40):pos]), act.get("participant_nouns", ())))


def pronoun_recipient(ctx: SentenceContext, s: int, pos: int, act: dict, agents: set[str]) -> list[str]:
    """``X reported that Y had financed training for its police officers``: a recipient marker, a possessive
    (``pronouns``) and people (``beneficiaries``) after the noun at ``pos`` — the State the possessive stands
    for, the nearest one before that is not the verb's subject."""
    sent = ctx.sentence
    lx = sent.lx
    rest = lx.squeeze(sent.text[pos:sent.clause_end(pos)])
    of = act.get("pronoun_of") or {}  # a needs assessment of its special education services: the services' State
    m = lx.starts_with(rest, act.get("recipient_after", ())) or lx.starts_with(rest, of.get("markers", ()))
    if not m or m in act["locative_markers"]:
        return []
    rest = rest[len(m):].lstrip()
    p = lx.starts_with(rest, act.get("pronouns", ()))
    if not p:
        return []
    after = rest[len(p):].lstrip()
    if m in of.get("markers", ()) and m not in act.get("recipient_after", ()):
        words = re.split(r"[\s,;:.()]+", after)[:of.get("words", 4)]
        things = tuple(of["things"]) + tuple(act["beneficiaries"])  # (its courts, its prison staff)
        if not any(lx.ends_with(" ".join(words[:i]), things) for i in range(1, len(words) + 1)) \
                or lx.starts_with(after, of.get("not_after", ())):
            return []  # (an evaluation of its own work: the doer's)
    elif not lx.starts_with(lx.res["quantity"].sub("", after) if "quantity" in lx.res else after, act["beneficiaries"]):
        return []
    subj = subject_before(sent, s, agents, ctx.prev_subject)
    st = nearest_state(sent, s, exclude=set(subj.keys) if subj is not None else set())
    return list(st.keys) if st is not None else []


def listed_after(sent: Sentence, s: int, e: int, act: dict) -> list[str]:
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


def pronoun_before(ctx: SentenceContext, s: int, act: dict, agents: set[str]) -> list[str]:
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


def compound_object(sent: Sentence, e: int, act: dict, agents: set[str]) -> list[str]:
    """``举办了马里中央监狱管理人员培训班``: the object of an activity verb ending at ``e`` is one compound — a State, its
    people (a beneficiary noun after at most ``people_prefix`` characters) and an activity noun — so the course was
    for that State's people (``compound_object``, a switch; after the verb's fillers and a count: 一期)."""
    lx = sent.lx
    if "people_prefix" not in lx.res:
        return []
    g = next(iter(sent.after(e)), None)
    if g is None or "State" not in g.kinds() or g.governor:
        return []
    gap = re.sub(act.get("activity_count", r"(?!)"), "", _after_fillers(lx.squeeze(sent.text[e:g.start]), lx)).strip()
    gap = gap[len(lx.starts_with(gap, act.get("classifiers", ())) or ""):].strip()  # 一期, 两次
    if gap:
        return []
    rest = lx.trim(lx.squeeze(sent.text[g.end:sent.clause_end(g.end)]))
    pm = lx.res["people_prefix"].match(rest)
    people = pm.end() if pm is not None else len(lx.starts_with(rest, act["beneficiaries"]) or "")
    if not people or not lx.starts_with(rest[people:], act["nouns"]):
        return []
    return members_of(g, agents)


def beneficiary_object(sent: Sentence, e: int, act: dict, agents: set[str]) -> list[str]:
    """``培训了 X 的法官``, ``trained 300 police officers from X``, ``trained 40 of its magistrates``: the group whose people the training verb's object names."""
    lx = sent.lx
    end = sent.clause_end(e)
    object_of = _object_of(lx, act)
    supports = lx["assists"].get("support_of", ())
    for g in _clause_groups(sent, e, end):
        gap = lx.squeeze(sent.text[e:g.head])
        if supports and lx.ends_with(lx.trim(gap, "determiners"), supports):
            return []  # trained 450 officers with the support of UNDP: the helper, not whose people they are
        if object_of is not None:
            gap = object_of.sub("", gap)  # covered the travel of the delegations of X
            whole = lx.squeeze(sent.text[e:g.start])
            if whole and not object_of.sub("", whole) and g.kinds() & set(act.get("object_of_kinds", ("State",))):
                return members_of(g, agents)  # financed the participation of X and Y: the States (or NHRIs) themselves
        counted = act.get("counted_people")  # trained 40 midwives of X: a count, a few words and 'of' — people of X
        if counted and g.kinds() & agents and any(re.fullmatch(counted, lx.squeeze(sent.text[e:at]).strip())
                                                  for at in {g.start, g.head}):
            return members_of(g, agents)  # (trained 140 judges from all 15 counties of X: before its owner phrase too)
        plural = act.get("plural_people")  # trained meteorologists from X: people named by a plural noun, of X
        if plural and "State" in g.kinds() and re.fullmatch(plural, lx.squeeze(sent.text[e:g.start]).strip().lower()):
            return members_of(g, agents)
        if act.get("counted_before_people"):  # 培训了 60 名约旦警官: a count before the people's group
            gap = re.sub(act["counted"], "", _after_fillers(gap, lx))
        if len(gap) > act["max_gap"]:
            break
        after = lx.squeeze(sent.text[g.end:g.end + 40])  # (room for a whole English noun: Y's prosecutors)
        after = organ_trimmed(g, after, lx) if not lx.language.spaced else after  # X 司法部的 70 名法官: its people
        of = lx.starts_with(after, act["of"])
        after = after[len(of):].lstrip() if of else after
        if act.get("counted"):
            after = re.sub(act["counted"], "", after)  # 来自 X 的 50 名警察, X 六名工作人员
        lead = lx.squeeze(sent.text[g.head:g.start])
        body = re.match(act["body_people"], after) if act.get("body_people") else None  # X 的国家人权机构代表团
        prefixed = of and "people_prefix" in lx.res and lx.res["people_prefix"].match(lx.trim(after))  # X 的边境官员
        if (lx.starts_with(after, act["beneficiaries"]) or body or prefixed or lx.find(lead, act["beneficiaries"])) \
                and g.kinds() & agents:
            return members_of(g, agents)
    rest = lx.squeeze(sent.text[e:end])
    if "quantity" in lx.res:
        rest = lx.res["quantity"].sub("", rest)
    p = lx.starts_with(rest, act.get("pronouns", ()))
    people = lx.starts_with(rest, act["beneficiaries"]) if not p else None
    if people:  # officials of its Ministry of Justice: the pronoun after the people's link
        tail = rest[len(people):].lstrip()
        link = lx.starts_with(tail, act.get("beneficiary_links", ()))
        p = lx.starts_with(tail[len(link):].lstrip(), act.get("pronouns", ())) if link else None
    if p and (people or lx.find(rest[len(p):len(p) + 40], act["beneficiaries"])):
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


def people_after(sent: Sentence, e: int, act: dict) -> bool:
    """The verb ending at ``e`` has people as its object (``了 60 名警官``, ``150 名社区卫生工作者``)."""
    lx = sent.lx
    rest = re.sub(act.get("counted", "^$"), "", _after_fillers(lx.squeeze(_names_as_one(sent, e, sent.clause_end(e))), lx))
    return bool(lx.find(rest[:12], act["beneficiaries"]))


def _names_as_one(sent: Sentence, lo: int, hi: int) -> str:
    """The text from ``lo`` to ``hi`` with each name in it one character long, so that a window counted in characters
    reaches as far past a long name as past a short one (``接待了安哥拉监察员办公室六名工作人员``)."""
    out, at = [], lo
    for s, e in sorted((i.start, i.end) for g in sent.groups for i in g.items if lo <= i.start and i.end <= hi):
        if s >= at:
            out += [sent.text[at:s], "X"]
            at = e
    return "".join(out) + sent.text[at:hi]


def people_object(sent: Sentence, e: int, act: dict) -> bool:
    """The verb ending at ``e`` has people as its object, after a count and a few modifiers of the
    language's ``quantity`` and ``noun_modifiers`` (``trained 220 municipal officials``)."""
    lx = sent.lx
    rest = lx.squeeze(sent.text[e:sent.clause_end(e)])
    if "quantity" in lx.res:
        rest = lx.res["quantity"].sub("", rest)
    if lx.starts_with(rest, act.get("pronouns", ())):
        return False  # its own staff: whose, the pronoun says
    words = rest.split()[:act.get("noun_modifiers", 0) + 2]
    return any(lx.ends_with(" ".join(words[:i]), act["beneficiaries"]) for i in range(1, len(words) + 1))


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
    words = gap.split()[:8]  # (three workshops for civil society organizations of X)
    when = act.get("link_time")  # (judges in 2116 with trainers made available by X: the link governs the year)
    for i, w in enumerate(words):
        if w in links:
            if when and i + 1 < len(words) and re.match(when, words[i + 1]):
                return []
            if lx.ends_with(" ".join(words[:i]), act["beneficiaries"]):
                return members_of(g, agents)  # officials of the Ministry of X, officials in X
            if i < len(words) - 1:
                return []
    lead = lx.squeeze(sent.text[g.head:g.start])
    if g.governor in links and len(words) <= 4 and lx.find(lead, act["beneficiaries"]) \
            and lx.starts_with(_after_determiner(gap, lx), act["nouns"]):
        return members_of(g, agents)  # financed the training of 200 judges of X: the activity's people
    return []


def _after_determiner(gap: str, lx) -> str:
    """``gap`` without a leading word of ``determiners`` (``the`` in ``the training of``)."""
    w = lx.starts_with(gap, lx.get("determiners", ()))
    return gap[len(w):].lstrip() if w else gap


def purpose_of(sent: Sentence, pos: int, act: dict, agents: set[str]) -> list[str]:
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


_LEARNED = "\0learned"  # the hit mark of ``learning_rx``


def among_taught(ctx: SentenceContext, together) -> None:
    """``Judges from A and B were among thirty magistrates whom Y, in cooperation with Z, trained in 2104``: the
    people of the groups that open the clause, right before the words (``among_taught``, a regular expression that
    ends with the relative pronoun), were taught by the group right after them when a training verb
    (``training_verbs``) follows it, an aside aside — and by those it acted together with; ``Twelve investigators of X
    learned from Y how to …`` (``learned_from``, ending right before Y) needs no such verb."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx["activities"]
    text = sent.text
    hits = [(m, True) for m in re.finditer(act["among_taught"], text[sent.start:sent.end])] \
        if act.get("among_taught") else []
    # (twelve investigators of X learned from Y how to …: no verb of teaching needed after Y)
    hits += [(m, False) for m in re.finditer(act["learned_from"], text[sent.start:sent.end])] \
        if act.get("learned_from") else []
    for m, taught in hits:
        s, e = sent.start + m.start(), sent.start + m.end()
        prov = next((g for g in sent.after(e)), None)
        if prov is None or not prov.kinds() & lx.agents or lx.trim(lx.squeeze(text[e:prov.head]), "determiners"):
            continue
        after = skip_aside(sent, prov.end)
        if taught and not lx.starts_with(lx.squeeze(text[after:after + 40]).lstrip(" ,"), act.get("training_verbs", ())):
            continue
        recips = [k for g in _clause_groups(sent, sent.clause_start(s), s) if g.lead is not None and g.kinds() & lx.agents
                  and not strip_adverbs(text[g.end:s], lx) for k in members_of(g, lx.agents) if k not in prov.keys]
        if recips:
            providers = list(prov.keys) + [k for k in co_providers(together, prov.keys) if k not in prov.keys]
            emit_assist(ctx, [k for k in providers if k not in recips], recips, year_before(sent, after),
                        topic(sent, after), ctx.mood(after, prov))


def participants(ctx: SentenceContext, together) -> None:
    """``X 举办了讲习班，A、B 和 C 的政府官员参加了讲习班``: the people of a group who took part
    (``participation_verbs`` followed by an activity noun) in an activity the sentence says someone held
    before: the holder assists the group."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx["activities"]
    agents = lx.agents
    text = sent.text
    hits = lx.find(text, act.get("participation_verbs", ()), sent.start, sent.end)
    if act.get("participation_rx"):  # were among the forty participants in a course …: the open forms
        hits = sorted(hits + [(sent.start + m.start(), sent.start + m.end(), "") for m in
                              re.finditer(act["participation_rx"], text[sent.start:sent.end])])
    if act.get("learning_rx"):  # officials of X learned mediation techniques during 2115: learning, no noun needed
        hits = sorted(hits + [(sent.start + m.start(), sent.start + m.end(), _LEARNED) for m in
                              re.finditer(act["learning_rx"], text[sent.start:sent.end])])
    earlier_people: list[str] = []  # the people a participation verb of the sentence already named
    for s, e, _w in hits:
        e = skip_aside(sent, e)  # took part, between May and June, in a course …: read on after the aside
        rest = lx.squeeze(text[e:sent.clause_end(e)])
        rest = rest[len(lx.starts_with(rest, lx.get("after_verb_fillers", ())) or ""):].lstrip()
        if act.get("after_verb_time"):
            rest = re.sub(act["after_verb_time"], "", rest, count=1)  # completed in 2116 a four-month course
        rest = rest[len(lx.starts_with(rest, lx["pronouns"]) or ""):].lstrip()  # 该讲习班
        if act.get("activity_count"):
            rest = re.sub(act["activity_count"], "", rest, count=1)  # 一期培训, 为期五天的课程
        rest = rest[len(lx.starts_with(rest, act.get("classifiers", ())) or ""):].lstrip()  # 这期培训
        rest = rest[len(lx.starts_with(rest, lx.get("determiners", ())) or ""):].lstrip()  # a course, the workshop
        relative = [h for h in lx.find(text, act["verbs"], e, sent.clause_end(e))
                    if lx.starts_with(lx.squeeze(text[h[1]:h[1] + 4]), act["of"])
                    and lx.find(text, act["nouns"], h[1], min(sent.clause_end(e), h[1] + act["max_noun_gap"]))]
        owner = owner_after(sent, e, act, agents, set()) if act.get("owner_after") else None  # 参加了 X 的培训
        head = lx.starts_with(rest, act.get("noun_heads", ()))  # …举办了一次次区域会议，…官员参加了会议
        named = bool(head) and any(w.endswith(head) for _s, _e, w in lx.find(text, act["nouns"], sent.start, s))
        lo = sent.clause_start(s)
        rel_people = _object_relative_people(sent, lo, s, act)  # A's officers spoke of a course that they had followed
        if not _noun_ahead(rest, act, lx) and not relative and owner is None and not named and rel_people is None \
                and _w not in act.get("participation_intransitive", ()) and _w != _LEARNED \
                and not (act.get("participation_bare") and not rest.strip(" ，,") and lx.find(text, act["nouns"], sent.start, s)):
            continue  # (…的 32 名官员结业: 'participation_intransitive' words need no activity noun after them; with
            # 'participation_bare', a verb that closes its clause after an activity named before it in the sentence)
        if act.get("gatherings") and lx.starts_within(rest, act["gatherings"], act.get("noun_modifiers", 0)):
            continue  # delegations of A and B attended a ministerial conference that Y convened: a gathering
            # ('gatherings': conferences, meetings, forums) teaches no one; the workshops and courses do
        if ctx.mood(s, None)[0] == "Negated":
            continue  # 塞内加尔的官员没有参加: no one took part
        asided = None  # 42 officers of X, among them …, completed a course: the people before the aside took part
        if act.get("people_aside"):
            last = next((g for g in reversed(sent.groups) if g.end <= lo), None)
            if last is not None and last.kinds() & agents and re.fullmatch(act["people_aside"], text[last.end:s]):
                lo, asided = sent.clause_start(last.start), last
        if act.get("observer_mark") and re.search(act["observer_mark"], text[lo:sent.clause_end(e)]):
            continue  # 日本和中国的代表以观察员身份出席: observers attend, they are not taught
        recips: list[str] = []
        for g in _clause_groups(sent, lo, s):
            if _opens_with_people(sent, g, s, act) and g.kinds() & agents:
                recips += [k for k in members_of(g, agents) if k not in recips]  # 也门(的)官员参加了…
            elif (g.lead is not None and (g is asided or strip_adverbs(text[g.end:s], lx)
                                          in ("", *act.get("participation_auxiliaries", ()))
                                          or act.get("people_relative") and re.fullmatch(act["people_relative"], text[g.end:s])
                                          or act.get("people_place") and re.fullmatch(act["people_place"], text[g.end:s]))
                  or _states_body((sent.original or text)[g.end:s], text[g.end:e], g, act)) and g.kinds() & agents:
                recips += [k for k in members_of(g, agents) if k not in recips]
        if not recips and rel_people is not None:
            recips = members_of(rel_people, agents)
        if not recips and act.get("people_place"):  # officials of X in A, B and C completed …: the list's commas
            placed = next((g for g in reversed(sent.before(s)) if g.kinds() & agents), None)  # end no clause of theirs
            if placed is not None and placed.lead is not None and re.fullmatch(act["people_place"], text[placed.end:s]):
                recips = members_of(placed, agents)
        if not recips and act.get("people_elided") and lo > sent.start and not strip_adverbs(text[lo:s], lx):
            # X 和 Y 共十二名调查人员赴都柏林，接受了培训: the people the clause before opens with, its subject
            before = sent.clause_start(lo - 1)
            recips = [k for g in _clause_groups(sent, before, lo) if g.kinds() & agents and _opens_with_people(sent, g, lo, act)
                      for k in members_of(g, agents)]
        if not recips:  # (the NHRI …, and that members of its staff had attended): the owner named before
            recips = _owner_of_pronoun(sent, lo, s, act, ctx.prev_subject)
        if not recips and earlier_people and act.get("people_pronouns") \
                and strip_adverbs(text[lo:s], lx) in act["people_pronouns"]:
            recips = earlier_people  # X 的 85 名调查人员结业，他们修完了 Y 开设的课程: the people of the clause before
        earlier_people = recips or earlier_people
        held = [h for h in lx.find(text, act["verbs"], sent.start, lo)]
        prov = None
        if owner is not None and not set(owner.keys) & set(recips):
            prov, held = owner, [(s, e, _w)]
        elif held and subject_before(sent, held[-1][0], agents, ctx.prev_subject, exclude=set(recips)) is not None:
            prov = subject_before(sent, held[-1][0], agents, ctx.prev_subject, exclude=set(recips))
        else:  # …参加了人权高专办举办的讲习班: the holder in the activity's own relative clause
            # (在编写报告期间，…: a verb of an opening phrase, with no one doing it, holds nothing)
            held = relative
            if held and act.get("gatherings") and lx.find(text, act["gatherings"], held[0][1],
                                                          min(sent.clause_end(e), held[0][1] + act["max_noun_gap"])):
                continue  # 出席了由 Y 在日内瓦召集的专家磋商会: a meeting Y convened teaches no one
            together_words = lx["assists"].get("together", ())  # 由 X 和 Y 共同主办的培训
            near = [g for g in sent.groups if held and e <= g.start and g.end <= held[0][0]
                    and g.kinds() & agents and (strip_adverbs(past_venue(sent, g.end, held[0][0]), lx)
                                                in ("", *together_words)
                                                or (act.get("participants_unlinked") and g.governor is None))]
            prov = near[-1] if near else None
            if prov is not None:  # 参加了开发署与人权高专办联合举办的讲习班: the names joined to the holder held it too
                run = _joined_before(sent, prov, e)
                if run:
                    together = [*together, ([k for k in prov.keys], [k for g in run for k in members_of(g, agents)
                                                                      if k not in recips])]
        if prov is None and recips and _w != _LEARNED:  # (learned how to write reports to the treaty bodies: what
            # was learned names no holder)
            # officials of X took part in a course given by Y: the participle's agent after the noun
            by = _noun_owner(sent, e, act, set(recips)) or _participle_agent(sent, e, act, agents, set(recips)) \
                or _relative_holder(sent, e, act, set(recips)) or _taught_after(sent, e, act, set(recips)) \
                or _programme_of(sent, s, e, act, set(recips))
            if by is not None:
                prov, held = by
            elif act.get("hosted_at") and re.match(act["hosted_at"], lx.squeeze(text[e:sent.clause_end(e)])):
                # officials of X attended a course at its police academy: the owner of the school hosted it
                prov, held = subject_before(sent, s, agents, ctx.prev_subject, exclude=set(recips)), [(s, e, _w)]
            elif act.get("trained_in_host"):
                # X 的技术人员在中国接受了培训: the State they went to for a course no one is said to have given
                host = next((g for g in reversed(sent.before(s)) if lo <= g.start and g.governor in lx["locative_markers"]
                             and g.kinds() == {"State"} and not set(g.keys) & set(recips)
                             and not strip_adverbs(text[g.end:s], lx)), None) \
                    or _travelled_to(sent, lo, s, rest, _w, act, set(recips), ctx.seats)
                if host is not None:
                    prov, held = host, [(s, e, _w)]
        if recips and prov is None:
            ctx.carried["attended"] = recips  # (officials of X attended a course. The course was given by Y)
        if not recips or not held or prov is None:
            continue
        providers = list(prov.keys) + [c for c in co_providers(together, prov.keys) if c not in prov.keys and c not in recips]
        mood = ctx.mood(held[-1][0], prov)
        if prov.start > e and act.get("participants_co_organizers"):
            # … attended five sessions, organized by X jointly with Y: Y co-organized them (and worked with X)
            cos = [k for g in co_organizers(sent, prov.end, sent.clause_end(prov.end), act, set(recips) | set(providers))
                   for k in members_of(g, agents) if k not in providers]
            for k in cos:
                for p in prov.keys:
                    ctx.add(p, "partnersWith", k, mood=mood)
            providers += cos
        emit_assist(ctx, providers, recips, year_before(sent, held[-1][0]), topic(sent, held[-1][1]), mood)


def _travelled_to(sent: Sentence, lo: int, s: int, rest: str, verb: str, act: dict, recips: set[str], seats: dict):
    """``X 的 300 名警官赴安卡拉的警察学院受训``: the State the people went to (``travel_host`` ``governors``: 赴, 前往),
    or whose capital they went to, for training (``travel_host`` ``verbs``, or a ``nouns`` word in the first
    ``noun_reach`` characters after the participation verb, what ``rest`` holds), in its clause right before the verb
    or with only one of its schools between (``tail``); a Group of that State, else ``None``."""
    spec = act.get("travel_host")
    if not spec:
        return None
    lx = sent.lx
    head = re.split(f"[{re.escape(lx.clause_ends)}]", rest, maxsplit=1)[0][:spec.get("noun_reach", 16)]
    if verb not in spec.get("verbs", ()) and not lx.find(head, spec["nouns"]):
        return None  # (参加了卫生统计和人权指标培训: a training noun ends the words after the verb)
    g = next((h for h in reversed(sent.before(s)) if lo <= h.start), None)
    if g is None or g.governor not in spec["governors"]:
        return None
    gap = strip_adverbs(sent.text[g.end:s], lx)
    if gap and not re.fullmatch(spec["tail"], gap):
        return None
    keys = [seats.get(k, k) for k in g.keys]
    if not all(k.startswith("state/") for k in keys) or set(keys) & recips:
        return None
    return Group([Item(k, "State", i.start, i.end) for k, i in zip(keys, g.items)], g.governor)


def _joined_before(sent: Sentence, g: Group, lo: int) -> list[Group]:
    """The groups before ``g`` (after ``lo``) joined to it, one by one, by a coordinator or a partner marker alone:
    ``开发署与人权高专办``, ``A、B 和 C``."""
    run: list[Group] = []
    last = g
    for h in reversed(sent.before(g.start)):
        if h.start < lo or not h.kinds() & sent.lx.agents or not joined(sent, h, last):
            break
        run.insert(0, h)
        last = h
    return run


def _joined_after(sent: Sentence, g: Group, hi: int) -> Group:
    """The last group of the run ``g`` opens (before ``hi``), each joined to the one before by a coordinator or a
    partner marker alone: ``由 A 与 B 联合举办`` ends at B."""
    run = joined_run(sent, g, hi)
    return run[-1] if run else g


def _states_body(gap: str, through: str, g, act: dict) -> bool:
    """``officers of the Jamaica Constabulary Force`` (``state_body``), ``A 的国家人权机构均派员参加`` (``sent_people``) took part."""
    rx, sent = act.get("state_body"), act.get("sent_people")
    return (bool(rx) and g.lead is not None and g.kinds() == {"State"} and re.fullmatch(rx, gap.strip()) is not None) \
        or (bool(sent) and re.fullmatch(sent, through.strip()) is not None)


def _owner_of_pronoun(sent: Sentence, lo: int, s: int, act: dict, prev=None) -> list[str]:
    """The people before a participation verb at ``s`` named through a pronoun (``members of its staff``,
    ``their officials``: ``state_pronouns`` then up to two words and one of the ``beneficiaries``) standing
    for the last actor named before it in the sentence, else (the pronoun in the sentence's first clause) for the
    subject of the sentence before (``prev``: X adopted its plan. Four members of its staff attended …)."""
    lx = sent.lx
    for p, pe, _w in lx.find(sent.text, lx.get("state_pronouns", ()), lo, s):
        if lx.starts_within(lx.squeeze(sent.text[pe:s]).strip(), act["beneficiaries"], 2):
            owner = [g for g in sent.groups if g.end <= p and g.kinds() & lx.agents and g.governor is None]
            if not owner and prev is not None and lo == sent.start and prev.kinds() & lx.agents:
                return members_of(prev, lx.agents)
            return members_of(owner[-1], lx.agents) if owner else []
    return []


def _object_relative_people(sent: Sentence, lo: int, s: int, act: dict):
    """``Officers of A and B spoke of a course … that they had followed``: the participation verb at ``s`` closes a
    relative clause (``object_relative``, a regular expression on the words from the people's group to the verb, in
    full) on an activity noun named between them; the people's group (its lead a people phrase) took part, or
    ``None``."""
    rx = act.get("object_relative")
    if not rx:
        return None
    lx = sent.lx
    for g in sent.groups:
        if lo <= g.start and g.end <= s and g.lead is not None and g.kinds() & lx.agents \
                and re.fullmatch(rx, sent.text[g.end:s]) and lx.find(sent.text, act["nouns"], g.end, s):
            return g
    return None


def _opens_with_people(sent: Sentence, g, s: int, act: dict) -> bool:
    """Whether the words from group ``g`` to ``s`` open with people of its members: ``的`` (``of``) or a body of a
    State's (``owned_body``), a count (``counted``), then people (``government_words``, ``beneficiaries``,
    ``people_prefix``, ``body_people``); with ``participants_unlinked``, people right after the group will do
    (莱索托的 28 名监狱管理人员; A 和 B 的国家人权机构的 28 名工作人员; 肯尼亚国家人权委员会 12 名调查人员)."""
    lx = sent.lx
    after = lx.squeeze(sent.text[g.end:s])
    of = lx.starts_with(after, act["of"])
    body = None if of or "owned_body" not in lx.res or "State" not in g.kinds() \
        else lx.res["owned_body"].match(after)  # 危地马拉保护机制的 32 名官员: a body of the State's
    of = body.group() if body is not None else of
    after = after[len(of):].lstrip() if of else after
    if act.get("counted"):
        after = re.sub(act["counted"], "", after)
    people = lx.starts_with(lx.trim(after), lx["government_words"] + act["beneficiaries"]) or \
        ("people_prefix" in lx.res and bool(lx.res["people_prefix"].match(lx.trim(after)))) or \
        bool(act.get("body_people") and re.match(act["body_people"], lx.trim(after)))
    return bool(people and (of or act.get("participants_unlinked")))


def _noun_owner(sent: Sentence, e: int, act: dict, recips: set[str]):
    """``… took part in a joint training programme of Y and Z``: the group that a ``noun_owner`` word (of) governs
    right after the activity noun the clause after the participation verb ending at ``e`` opens with, when it is of
    the ``noun_owner_kinds`` (a programme of a UN body or an organization, not the training of a State's judges);
    with the participation verb's hit, or ``None``."""
    lx = sent.lx
    words = act.get("noun_owner")
    if not words:
        return None
    end = sent.clause_end(e)
    rest = lx.squeeze(sent.text[e:end])
    if not _noun_ahead(rest[len(lx.starts_with(rest, lx.get("determiners", ())) or ""):].lstrip(), act, lx):
        return None
    hits = lx.find(sent.text, act["nouns"], e, end)
    if not hits:
        return None
    ne = hits[0][1]
    g = next((h for h in sent.after(ne) if h.start <= end), None)
    if g is None or g.governor not in words or set(g.keys) & recips \
            or not g.kinds() & set(act.get("noun_owner_kinds", ())) \
            or lx.trim(lx.squeeze(sent.text[ne:g.head]), "determiners") != g.governor:
        return None
    return g, [hits[0]]


def _relative_holder(sent: Sentence, e: int, act: dict, recips: set[str]):
    """``… took part in six seminars on X, which Y organized in Z``: the group that opens a relative clause
    (``noun_relative``, a regular expression: ``, which`` or ``that``) after the activity noun the participation verb
    ending at ``e`` takes, right before an activity verb (``verbs``, ``training_verbs``); with that verb's hit. A State
    opens it only before one of ``relative_state_verbs`` (a course that Latvia gave)."""
    lx = sent.lx
    rx = act.get("noun_relative")
    if not rx:
        return None
    rest = lx.squeeze(sent.text[e:sent.clause_end(e)]).lstrip()
    if act.get("after_verb_time"):
        rest = re.sub(act["after_verb_time"], "", rest, count=1)  # took part in March 2117 in a seminar …
        rest = rest[len(lx.starts_with(rest, lx.get("after_verb_fillers", ())) or ""):].lstrip()
    if not _noun_ahead(rest[len(lx.starts_with(rest, lx.get("determiners", ())) or ""):].lstrip(), act, lx):
        return None
    # (a seminar on the judgments that the Court has delivered, which Y organized: a relative set off by a comma is
    # tried first, then the others in turn; the first that opens with a holder and its verb is the activity's)
    found = list(re.finditer(rx, sent.text[e:sent.end]))
    for m in sorted(found, key=lambda x: not x.group().lstrip().startswith(",")):
        hit = _relative_group(sent, e + m.end(), act, recips)
        if hit is not None:
            return hit
    return None


def _relative_group(sent: Sentence, at: int, act: dict, recips: set[str]):
    """The group that opens the relative clause starting at ``at``, right before an activity verb, with that verb's
    hit (see :func:`_relative_holder`), or ``None``."""
    lx = sent.lx
    g = next((h for h in sent.after(at) if h.start >= at), None)
    state_verbs = act.get("relative_state_verbs", ())  # (a course that Latvia gave: a State that taught it)
    if g is None or set(g.keys) & recips or ("State" in g.kinds() and not state_verbs) \
            or lx.trim(lx.squeeze(sent.text[at:g.head]), "determiners"):
        return None
    gap = lx.squeeze(sent.text[g.end:g.end + 40]).strip()  # (offsets in the squeezed words: near enough for a year)
    verbs = lx.find(gap, (*act["verbs"], *act["training_verbs"], *act.get("holder_participles", ()), *state_verbs), 0, len(gap))
    if verbs and "State" in g.kinds() and verbs[0][2] not in state_verbs:
        return None  # (seminars which Kenya hosted: a State named with another verb held no course for them)
    if verbs and verbs[0][0] <= act.get("relative_verb_gap", 12):
        return g, [(g.end + verbs[0][0], g.end + verbs[0][1], verbs[0][2])]
    return None


def _noun_ahead(rest: str, act: dict, lx) -> bool:
    """``rest`` opens with an activity noun, or with one after at most ``noun_modifiers`` words (a regional
    workshop, a two-day training course) in a spaced language, or after a phrase ``noun_of`` matches (a regular
    expression: 签发和执行保护令的 培训)."""
    if lx.starts_within(rest, act["nouns"], act.get("noun_modifiers", 0)):
        return True
    m = re.match(act["noun_of"], rest) if act.get("noun_of") else None  # 接受了签发和执行保护令的培训
    if m is not None and lx.starts_with(rest[m.end():].lstrip(), act["nouns"]):
        return True
    run = act.get("noun_compound", 0)  # 接受了案件调查培训: at most this many characters of one script run into the noun
    head = re.match(r"[^\W\d_]{0,%d}" % run, rest).group() if run else ""
    return any(lx.starts_with(rest[i:], act["nouns"]) for i in range(1, len(head) + 1))


def _taught_after(sent: Sentence, e: int, act: dict, recips: set[str]):
    """``X 的调查人员接受了培训，全部课程由 Y 的调查员讲授``: a later clause of the sentence that opens with the
    teaching (``taught_after``, a regular expression on the words before the group a ``by_markers`` or ``by_before`` word governs) and closes with a
    verb of teaching after the teachers (``taught_verb``, on the words after the group), or that opens with a cleft of
    teaching right before the teachers (``taught_cleft``, a regular expression whose group 1 is the verb: 授课的是 Y 派出的
    专家): the group taught those who took part; with that verb's hit, or ``None``."""
    lx = sent.lx
    opening, verb = act.get("taught_after"), act.get("taught_verb")
    if not opening or not verb:
        return None
    by = (*act.get("by_markers", ()), *act.get("by_before", ()))
    cleft = act.get("taught_cleft")  # 授课的是 Y 派出的专家: the teachers after a cleft that opens the clause
    lo = sent.clause_end(e)
    while lo < sent.end:
        hi = sent.clause_end(lo + 1)
        for g in sent.groups:
            if not lo < g.start < hi or set(g.keys) & recips or not g.kinds() & lx.agents:
                continue
            m = re.fullmatch(cleft, lx.squeeze(sent.text[lo + 1:g.head]).strip()) if cleft else None
            if m is not None:
                at = sent.text.find(m.group(1), lo + 1, g.head)
                return g, [(at, at + len(m.group(1)), m.group(1))]
            if g.governor not in by:
                continue
            marker = sent.text.rfind(g.governor, lo, g.head)
            last = _joined_after(sent, g, hi)  # 讲习班由 A 与 B 联合举办: the verb after the last of the run
            m = re.match(verb, sent.text[last.end:hi])
            if marker > lo and m and re.fullmatch(opening, lx.squeeze(sent.text[lo + 1:marker]).strip()):
                return g, [(last.end + m.start(1), last.end + m.end(1), m.group(1))]
        lo = hi
    return None


def _programme_of(sent: Sentence, s: int, e: int, act: dict, recips: set[str]):
    """``Fellows from X followed the session under the fellowship programme of Y``: the owner of the programme under
    which the people took part (``programme_of``, a regular expression on the clause's words after the verb up to the
    group) held it; with the verb's hit, or ``None``."""
    rx = act.get("programme_of")
    if not rx:
        return None
    end = sent.clause_end(e)
    for g in sent.groups:
        if e <= g.start < end and g.kinds() & sent.lx.agents and not set(g.keys) & recips \
                and re.search(rx, sent.lx.squeeze(sent.text[e:g.head])):
            return g, [(s, e, sent.text[s:e])]
    return None


def _participle_agent(sent: Sentence, e: int, act: dict, agents: set[str], recips: set[str]):
    """``… took part in a course on X given by Y``: the group a ``by`` marker governs right after an activity
    verb (a participle, or one of ``holder_participles``: a workshop led by Y) in the clause after ``e``, with that
    verb's hit, or ``None``."""
    lx = sent.lx
    end = sent.clause_end(e)
    if end < sent.end and sent.text[end] == "," and lx.starts_with(lx.squeeze(sent.text[end + 1:end + 40]).lstrip(),
                                                                  act["verbs"]):
        end = sent.clause_end(end + 1)  # … attended five sessions in 2031, organized by Y: the participle's own clause
    owned = act.get("owned_host")  # … a course given at Y's centre for judicial studies: Y's own school gave it
    for g in sent.groups:
        if g.start < e or g.start > end or not g.kinds() & agents or set(g.keys) & recips:
            continue
        if g.governor in act.get("host_markers", ()) and owned and re.match(owned, sent.text[g.end:g.end + 4]):
            verbs = lx.find(sent.text, act["verbs"], e, g.head)
            if verbs:
                return g, verbs[-1:]
        if g.governor not in act.get("by_markers", ()):
            continue
        marker = sent.text.rfind(g.governor, e, g.head)
        verbs = [h for h in lx.find(sent.text, (*act["verbs"], *act.get("holder_participles", ())), e, marker)
                 if not _place_only(lx.trim(lx.squeeze(sent.text[h[1]:marker]), "adverbs"), act, lx)]
        if verbs:
            return g, verbs[-1:]
    return None


def _place_only(gap: str, act: dict, lx) -> bool:
    """``gap`` (between a participle and its ``by``) is empty or only says where (``in Pretoria``: one of
    ``locative_markers`` and at most three words), once what ``participle_gap_drop`` matches (a year, ``together``)
    is taken out."""
    if not gap:
        return False
    if act.get("participle_gap_drop"):  # organized together in Honiara in October 2115 by Y: when and how, dropped
        gap = " ".join(re.sub(act["participle_gap_drop"], " ", gap).split())
        if not gap:
            return False
    m = lx.starts_with(gap, act.get("locative_markers", ()))
    return not (m and len(gap[len(m):].split()) <= 3)


def beneficiary_list(ctx: SentenceContext) -> None:
    """``X covered the travel of 12 delegates. Among the beneficiary delegations were those of A and B``: a
    sentence that lists who benefited (``beneficiary_lists``, a pattern of the sentence's opening) names the
    recipients of the help the sentence before reported; its provider is that sentence's subject, where it is
    a body that can give help (``passive_previous_subject`` kinds)."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx["activities"]
    pattern = act.get("beneficiary_lists")
    prev = ctx.prev_subject
    if not pattern or prev is None or not prev.kinds() & set(act.get("passive_previous_subject", ())):
        return
    m = re.match(pattern, lx.squeeze(sent.text[sent.start:sent.end]).lower())
    if m is None:
        return
    recips = [k for g in sent.groups if g.kinds() & {"State"} for k in members_of(g, {"State"})]
    recips = [k for k in dict.fromkeys(recips) if k not in prev.keys]
    if recips:
        emit_assist(ctx, list(prev.keys), recips, year_before(sent, sent.start), None)


def located_people(sent: Sentence, s: int, e: int, end: int) -> Group | None:
    """``In X, training was provided to 40 staff of the Ministry of Justice by Y``: people named by no group
    (one of the activities' ``beneficiaries`` after a recipient marker) take the State the sentence opens in."""
    lx = sent.lx
    people = lx.get("activities", {}).get("beneficiaries", ())
    markers = lx["assists"].get("recipient_after", ())
    for _m, me, _w in lx.find(sent.text, markers, e, end):
        rest = lx.squeeze(sent.text[me:me + 40])
        if "quantity" in lx.res:
            rest = lx.res["quantity"].sub("", rest)
        if lx.starts_with(lx.trim(rest, "determiners"), people):
            return locative(sent, s)
    return None
