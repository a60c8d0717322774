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
the activity — the implementer, when named, and the funder both assist X (one convention
in every language: tests/gold/README.md, "funded help"); the funder does not thereby assist
the implementer. Every word list is the language's ``relations.json``
``activities`` entry.
"""

from __future__ import annotations

import re

from .attended import briefings
from .beneficiaries import (among_taught, beneficiary_list, beneficiary_object, compound_object, listed_after,
                            participants, people_after, people_object, pronoun_before, pronoun_recipient, purpose_of,
                            recipient_after, recipient_before, people_sent_to)
from .amounts import parse_amount
from .clauses import Group, Sentence
from .doers import (agent_before, by_aside, implemented_before, implemented_by, implementer, late_agent, modifier_recipient,
                    owners, partner_state, past_co_aside, reduced_relative, relative_holder, relative_noun, reporter,
                    staffed, state_body_to, state_modifier, under_owner)
from .emit import done_as_asked, emit_assist, participle_mood, topic
from .givers import money_for_work
from .learners import sent_to_learn
from .offers import offer_to_act, offered
from .patterns import SentenceContext, co_providers, on_request_of
from .requested_help import asks_money_for_itself, pronoun_askers
from .places import located, scheduled_for, seat_after, seat_before, seat_in
from .reached import beneficiary_subject, past_place, reached_after, speakers_people, trained_before
from .referents import co_organizers, implemented_referent, negate_vehicle, purpose_after
from .roles import agent_after, coordinated_subject, is_free, members_of, skip_aside, subject_before, year_before
from .runs import coordinated_run
from .supported import report_state

__all__ = ["activities"]


def _past_partner(sent: Sentence, e: int) -> int:
    """Where the object starts when a partner, its marker right after the verb ending at ``e``, stands before it
    (``organized with Y a seminar``: the ``partners`` ``markers``): after the partner (and a bracketed short name),
    else ``e``."""
    lx = sent.lx
    markers = lx.get("partners", {}).get("markers", ())
    for g in sent.groups:
        if g.start < e or g.governor not in markers or not g.kinds() & lx.agents:
            continue
        if lx.squeeze(sent.text[e:g.start]).strip().lower() not in {m + t for m in markers for t in ("", " the")}:
            return e
        m = re.match(r"\s*\([^()]{1,40}\)", sent.text[g.end:g.end + 44])
        return g.end + (m.end() if m else 0)
    return e


def _activity_noun(sent: Sentence, e: int, act: dict, extra: tuple = ()) -> tuple[int, int, str] | None:
    """The activity noun the verb ending at ``e`` takes as object (``extra``: nouns it takes as well)."""
    lx = sent.lx
    for _ in range(3):  # (would organize in Dakar, in 2086, in conjunction with Y, a course for …: asides in a row)
        was = e
        adv = re.match(act["verb_adverbs"], sent.text[e:e + 30]) if act.get("verb_adverbs") else None
        e += adv.end() if adv else 0  # carried out jointly, in 2117, an assessment …: an adverb before the aside
        e = skip_aside(sent, e)  # funded, through the Centre in Doha, training courses for …
        e = past_place(sent, e, act)[0]  # carried out in A and B a project on …
        when = re.match(act["verb_dates"], sent.text[e:e + 40]) if act.get("verb_dates") else None
        e += when.end() if when else 0  # convened in November 2077 a workshop for …: the date before the object
        e = _past_partner(sent, e)  # co-organized with the Inter-American Commission on Human Rights a seminar for …
        if sent.text[:e].rstrip().endswith(",") and lx.starts_with(lx.squeeze(sent.text[e:e + 40]).lower().lstrip(),
                                                                    act.get("co_markers", ())):
            c2 = sent.text.find(",", e, min(sent.end, e + 120))  # (…, in 2086, in conjunction with Y, a course)
            if c2 != -1 and any(e < g.start and g.end <= c2 and g.kinds() & lx.agents for g in sent.groups):
                e = c2 + 1
        if e == was:
            break
    rest = lx.squeeze(sent.text[e:e + 12])
    rest = rest[len(lx.starts_with(rest, lx.get("after_verb_fillers", ())) or ""):].lstrip()
    if act.get("counted_activity"):
        rest = re.sub(act["counted_activity"], "", rest)  # 举办一次关于…的研讨会: the count before the topic
    gap = act["max_noun_gap"]
    if lx.starts_with(rest, act.get("topic_openers", ())):
        # 举办了关于编写提交委员会的定期报告的培训: the topic comes first, the activity after its last 的
        end = min(sent.clause_end(e), e + act.get("topic_noun_gap", gap))
        of = max((sent.text.rfind(w, e, end) for w in act["of"]), default=-1)
        if of != -1:
            nouns = lx.find(sent.text, act["nouns"], of + 1, min(end, of + 1 + gap))
            return nouns[0] if nouns and nouns[0][0] - of <= 8 else None
    end = min(sent.clause_end(e), e + gap)
    nouns = lx.find(sent.text, lx.words_of(("activity_nouns", extra), lambda: tuple(act["nouns"]) + tuple(extra)), e, end)
    if nouns and act.get("not_object_before") and re.search(act["not_object_before"], lx.squeeze(sent.text[e:nouns[0][0]])):
        return None  # (held an interactive dialogue; prepared a summary report of the dialogue: no activity done)
    if not nouns and act.get("activity_pronouns"):
        # The course took place in Rabat. The Office organized it with Y for judges of A: the activity the sentence
        # before named (an activity noun opens it)
        m = re.match(act["activity_pronouns"], sent.text[e:e + 40])
        if m:
            if lx.find(_sentence_before(sent).lstrip()[:40], act["nouns"]):  # (an activity noun opens it)
                return (e + m.start(1), e + m.end(1), m.group(1))
    return nouns[0] if nouns else None


def _noun_before(sent: Sentence, s: int, act: dict) -> tuple[int, int, str] | None:
    """The activity noun a passive verb at ``s`` says was done (``a project … was carried out``)."""
    lo = max(sent.clause_start(s), s - 3 * act["max_noun_gap"])  # the noun's own phrase may name a list
    nouns = sent.lx.find(sent.text, act["nouns"], lo, s)
    for _ in range(2) if act.get("appositive_participles") else ():
        # an exchange between A and B, supported by X, …; training on X, based on Y, was delivered by …: the
        # participle after a comma (or an aside before it), its noun before it
        if nouns or not sent.text[sent.start:lo].rstrip().endswith(","):
            break
        start = sent.clause_start(lo - 2)  # (a long name in the clause before counts as one word)
        names = sum(i.end - i.start for g in sent.groups for i in g.items if start <= i.start < lo)
        hi, lo = lo, max(start, s - 4 * act["max_noun_gap"] - names)
        nouns = sent.lx.find(sent.text, act["nouns"], lo, hi)
    if not nouns and act.get("activity_subject_pronouns"):
        # Officers of X attended a course. It was taught by …: the pronoun opening the sentence stands for the activity
        # the sentence before names
        m = re.fullmatch(act["activity_subject_pronouns"], sent.text[sent.start:s])
        if m and sent.lx.find(_sentence_before(sent), act["nouns"]):
            return (sent.start + m.start(1), sent.start + m.end(1), m.group(1))
    return nouns[-1] if nouns else None


def _sentence_before(sent: Sentence) -> str:
    """The words of the sentence before ``sent`` in its unit (folded as the sentence's)."""
    before = sent.lx.squeeze(sent.text[max(0, sent.start - 300):sent.start])
    return before[before.rfind(". ", 0, max(0, len(before) - 2)) + 1:]


def _state_owned(sent: Sentence, pos: int, act: dict) -> list[str]:
    """``financed the extension of the pension scheme of X``: the State whose own scheme or
    programme a verb of paying pays for — the first group after ``pos`` in its clause, governed by an owner marker
    (``owners_of``), with no other group before it — is helped."""
    g = next(iter(sent.after(pos)), None)
    if g is None or g.start > sent.clause_end(pos) or g.governor not in act.get("owners_of", ()) \
            or "State" not in g.kinds() or g.start - pos > act.get("owned_reach", 60):
        return []  # (a project of a national institution it carries out: whom it serves is not said)
    return members_of(g, {"State"})


def _funded_object(sent: Sentence, e: int, w: str, act: dict) -> tuple[int, int, str] | None:
    """``financed mine action in X``, ``funded the work of the electoral body of X``: what a verb of paying
    (``funded_objects`` ``verbs``) pays for, though no activity noun names it — a short phrase (at most ``max_words``
    words, no mark, none of ``stop_words``, no name) right after the verb, up to a marker (``markers``) governing a
    State. The phrase is the activity; its end is where :func:`recipient_after` looks for the State."""
    fo = act.get("funded_objects")
    if not fo or w not in fo["verbs"]:
        return None
    g = next(iter(sent.after(e)), None)
    if g is None or g.start > sent.clause_end(e) or g.governor not in fo["markers"] or "State" not in g.kinds():
        return None
    lx = sent.lx
    gap = lx.squeeze(sent.text[e:g.head]).strip()
    phrase = gap[:len(gap) - len(g.governor)].strip() if gap.endswith(g.governor) else None
    if not phrase or re.search(r"[^\w\s'’-]", phrase):
        return None
    words = phrase.lower().split()
    if len(words) > fo["max_words"] or set(words) & set(fo["stop_words"]):
        return None
    start = e + len(sent.text[e:g.head]) - len(sent.text[e:g.head].lstrip())
    end = sent.text.rfind(g.governor, e, g.head)
    if end <= start or not recipient_after(sent, end, act, lx.agents):
        return None
    return (start, end, phrase)


def _relative_doer(sent: Sentence, s: int, e: int, act: dict, agents: set[str]) -> Group | None:
    """``基金为 Y 在 X 开展的培训提供了资金``: a body (no State) that a recipient marker governs, followed only by a
    locative phrase (``locative_markers``) that leads straight into the verb at ``s``, itself followed by a word that
    makes it qualify a noun (``relative_doer`` ``after_verb``), is the one who carries the activity out in X, not its
    recipient."""
    rd = act.get("relative_doer")
    lx = sent.lx
    if not rd or not lx.starts_with(lx.squeeze(sent.text[e:e + 4]).strip(), rd["after_verb"]):
        return None
    lo = sent.clause_start(s)
    groups = [g for g in sent.groups if lo <= g.start and g.end <= s]
    places = [i for i, g in enumerate(groups) if g.governor in act["locative_markers"]]
    if not places or places[0] == 0 or lx.squeeze(sent.text[groups[-1].end:s]).strip():
        return None
    loc, doer = groups[places[0]], groups[places[0] - 1]
    if doer.governor not in act["recipient_markers"] or not doer.kinds() & agents or "State" in doer.kinds() \
            or not loc.kinds() & set(act["place_kinds"]) or lx.squeeze(sent.text[doer.end:loc.head]).strip() != loc.governor:
        return None
    return doer


def _proposer(sent: Sentence, s: int, act: dict, agents: set[str], key: str = "proposer_between") -> Group | None:
    """``X's proposal to run a course for …``: the owner of a noun of intent (``proposer_between``, a pattern on the
    words between the owner and the verb at ``s``; ``proposer_before_noun``, on those up to the activity noun of a
    passive: X's proposal to run a course … was put on hold) is who would carry the activity out."""
    rx = act.get(key)
    if not rx:
        return None
    lo = sent.clause_start(s)
    own = next((g for g in reversed(sent.groups) if lo <= g.start and g.end <= s and g.kinds() & agents), None)
    if own is None or not re.fullmatch(rx, sent.lx.squeeze(sent.text[own.end:s]).lower()):
        return None
    return own


def _money_purpose(sent: Sentence, s: int) -> bool:
    """The verb at ``s`` stands in a clause that opens (after 指定, 专门 …) with one of ``assists`` ``money_purpose``
    (用于) right after a clause that gives an amount: it says what the money is for."""
    lx = sent.lx
    words = lx["assists"].get("money_purpose", ())
    lo = sent.clause_start(s)
    if not words or lo <= sent.start:
        return False
    head = lx.squeeze(sent.text[lo:s])
    hits = lx.find(head, words)
    return bool(hits) and hits[0][0] <= 2 and bool(parse_amount(sent.text[sent.clause_start(lo - 1):lo], lx))


def _relative_verb(sent: Sentence, s: int, w: str, act: dict) -> bool:
    """``a programme of X that trained …``: a verb form (``relative_verbs`` ``forms``) right after a relative pronoun
    that is also a determiner (``relative_verbs`` ``pronouns``: that) is the verb of a relative clause, not a noun."""
    rv = act.get("relative_verbs")
    if not rv or not re.search(rv["forms"], w):
        return False
    return bool(sent.lx.ends_with(sent.lx.squeeze(sent.text[max(sent.start, s - 12):s]).lower(), rv["pronouns"]))


def _taken_part_in(sent: Sentence, s: int, act: dict) -> bool:
    """Whether the training word at ``s`` is the noun a participation verb of its clause takes (``接受了为期十天的
    污染防治培训``): at most ``participated_noun_reach`` characters, none a clause end, between them."""
    reach = act.get("participated_noun_reach", 0)
    hits = sent.lx.find(sent.text, act.get("participation_verbs", ()), max(sent.clause_start(s), s - reach - 8), s) if reach else []
    return bool(hits) and len(sent.lx.squeeze(sent.text[hits[-1][1]:s]).strip()) <= reach


def _attended_noun(sent: Sentence, s: int, act: dict) -> bool:
    """The participle at ``s`` follows an activity noun that a participation verb (``participation_verbs``) of its
    clause takes: ``officials of X completed a course given at …`` — those who took part are no giver."""
    nb = _noun_before(sent, s, act)
    return nb is not None and bool(sent.lx.find(sent.text, act.get("participation_verbs", ()), sent.clause_start(nb[0]),
                                                 nb[0]))


def _passive(sent: Sentence, s: int, e: int, act: dict) -> bool:
    """The verb at ``s`` is a passive (``was held``) or a participle right after its noun
    (``advisers deployed to X``, where the language lists ``participles_after_noun``)."""
    lx = sent.lx
    before = lx.squeeze(sent.text[max(sent.start, s - 40):s])
    aux = act.get("passive_auxiliaries", ())
    if aux and lx.ends_with(lx.trim(before, "adverbs"), aux) \
            and not sent.text[s:e].endswith(tuple(act.get("progressive_endings", ()))):
        return True  # (advisers are also deployed to X: an adverb between; X is funding …: no passive)
    if act.get("participles_after_noun") and lx.ends_with(before, act["nouns"]) and not people_object(sent, e, act):
        return True  # (the Office's adviser trained 95 police officers: people as the object, the noun is the subject)
    if act.get("subject_noun_passive") and not lx.squeeze(sent.text[e:sent.clause_end(e)]).strip():
        nouns = lx.find(sent.text, act["nouns"], sent.clause_start(s), s)
        lo = sent.clause_start(s)
        between = [g for g in sent.groups if nouns[-1][1] <= g.start < s] if nouns else []
        if nouns and between and all(g.governor in act["locative_markers"] for g in between) \
                and all(lx.find(sent.text, lx["modifier_words"], g.end, nouns[-1][0])
                        for g in sent.groups if lo <= g.start < nouns[-1][0] and g.governor is None):
            return True  # 澳大利亚资助的一个项目在 Y 开展: the activity, qualified before it and set in Y, is the verb's subject
    # the joint programme of A and B on …, launched in 2025 in X: a participle after a comma, with no object of
    # its own, says what was done with the noun before the comma
    future = act.get("future_participle_before")  # …, to be implemented by Y: the same, still to come
    return bool(act.get("appositive_participles")) and (before.endswith(",") or bool(future and re.search(future, before.rstrip()))) \
        and _activity_noun(sent, e, act) is None \
        and _noun_before(sent, s, act) is not None and not [g for g in sent.groups if g.start >= e
                                                           and g.governor is None and g.start < sent.clause_end(e)]


def received_by(ctx: SentenceContext, noun, act: dict) -> list[str]:
    """``X benefited from a capacity assessment, carried out by Y``, ``X underwent a review conducted by Y``: the subject
    of a verb of receiving (``receiver_verb_before``, a regular expression on the words right before the activity noun) is
    whom the activity was for."""
    rx = act.get("receiver_verb_before")
    sent = ctx.sentence
    if not rx or noun is None or noun[2] in act.get("among_peers", ()):
        return []  # (benefited from a peer exchange organized by Y: Y brought the peers together, helped no one)
    m = re.search(rx, sent.lx.squeeze(sent.text[sent.clause_start(noun[0]):noun[0]]))
    if m is None:
        return []
    subj = next((g for g in reversed(sent.before(noun[0])) if is_free(sent, g) and g.kinds() & sent.lx.agents), None)
    subj = subj or ctx.prev_subject  # (It also benefited from …: the one the sentence before was about)
    return members_of(subj, {"State", "NHRI"}) if subj is not None else []


def _hosted_for(sent: Sentence, e: int, act: dict, passive: bool = False) -> bool:
    """A hosting verb at ``e`` (``hosting_verbs``: received) with people as its object, followed in its clause by one of
    ``hosted_for`` (for) and an activity noun (or one of ``hosted_for_nouns``: received for a week of talks, of
    instruction): people received for a study visit or training were hosted for it (in the
    passive, the people are its subject and the purpose may follow the agent: were received by Y, for a study visit);
    or whose object is their visit (``hosted_visits``: 接待了 X 六名官员的考察访问, 接待了 X 的考察团)."""
    lx = sent.lx
    hi = sent.end if passive else sent.clause_end(e)
    visits = bool(lx.find(sent.text, act.get("hosted_visits", ()), e, sent.clause_end(e)))
    return (passive or visits or people_after(sent, e, act) or people_object(sent, e, act)) and (any(
        _activity_noun(sent, fe, act, tuple(act.get("hosted_for_nouns", ()))) is not None
        for _fs, fe, _w in lx.find(sent.text, act.get("hosted_for", ()), e, hi))
        or bool(lx.find(sent.text, act.get("hosted_then", ()), e, sent.end))  # 接待了…，向其介绍了…; received … and showed them
        or visits)  # 接待了 X 六名官员的考察访问; received three study visits of officials from X


def _visitors_from(sent: Sentence, e: int, act: dict) -> list[str]:
    """Whose people a hosting verb ending at ``e`` received, where its object opens with a visit (``hosted_visits``:
    received three study visits of officials from X and Y): the States and national institutions named after it in
    the clause, with ``of`` or ``from`` (``visitors_markers``) before them."""
    lx = sent.lx
    end = sent.clause_end(e)
    v = lx.find(sent.text, act.get("hosted_visits", ()), e, min(end, e + 40))
    if not v:
        return []
    kinds = set(act.get("visitor_kinds", ("State", "NHRI")))
    return [k for g in sent.after(v[0][1]) if g.end <= end and g.governor in act.get("visitors_markers", ())
            for k in members_of(g, kinds)]


def _hosted_delegation(ctx: SentenceContext, act: dict) -> None:
    """``Y 接待了 X 司法部的一个考察团``: a hosting verb (``hosted_delegations`` ``verbs``) right before a State whose organ's
    study group it received (``after``, a regular expression on the words after the State, in its clause), or whose
    delegation it received and then showed how things work (``after_then``, and one of ``hosted_then`` later in the
    sentence): the host (the verb's subject) helped the State."""
    spec = act.get("hosted_delegations")
    if not spec:
        return
    sent = ctx.sentence
    lx = sent.lx
    for s, e, _w in lx.find(sent.text, spec["verbs"], sent.start, sent.end):
        g = next(iter(sent.after(e)), None)
        rest = sent.text[g.end:sent.clause_end(g.end)] if g is not None else ""
        gap = lx.squeeze(sent.text[e:g.start]).strip() if g is not None else ""
        if gap and spec.get("between") and re.fullmatch(spec["between"], gap):
            gap = ""  # 接待了由 X 官员组成的考察团: the group's makers named after a marker
        if g is None or "State" not in g.kinds() or gap \
                or not (re.match(spec["after"], rest) or spec.get("after_then") and re.match(spec["after_then"], rest)
                        and lx.find(sent.text, act.get("hosted_then", ()), sent.clause_end(g.end), sent.end)):
            continue  # (接待了 X 外交部的一个代表团: a delegation received is help only when it was shown how things work)
        host = subject_before(sent, s, lx.agents, ctx.prev_subject, exclude=set(g.keys))
        hosts = [k for k in members_of(host, lx.agents) if k not in g.keys] if host is not None else []
        if hosts:
            emit_assist(ctx, hosts, members_of(g, {"State"}), year_before(sent, s), topic(sent, e), ctx.mood(s, host))


def _visit_hosted_by(ctx: SentenceContext, act: dict) -> None:
    """``X 派出一个代表团赴 P，考察…，接待和日程安排均由 Y 负责``: a visit the sentence's subject made (``visit_hosted_by``
    ``visit``, a regular expression on the sentence before the host) whose hosting a clause gives to a body (``before``,
    on the clause up to the body: 接待…由; ``after``, right after it: 负责) — the host helped the visitors' State or
    institution."""
    spec = act.get("visit_hosted_by")
    if not spec:
        return
    sent = ctx.sentence
    lx = sent.lx
    kinds = set(spec.get("visitor_kinds", ("State", "NHRI")))
    for g in sent.groups:
        if not g.kinds() & lx.agents:
            continue
        lo = sent.clause_start(g.start)
        if not re.search(spec["before"], lx.squeeze(sent.text[lo:g.start])) \
                or not re.match(spec["after"], sent.text[g.end:sent.clause_end(g.end)]):
            continue
        visit = re.search(spec["visit"], sent.text[sent.start:lo])
        if visit is None:
            continue
        at, end = sent.start + visit.start(), sent.start + visit.end()
        visitors = subject_before(sent, at, kinds, ctx.prev_subject, exclude=set(g.keys))
        helped = [k for k in members_of(visitors, kinds) if k not in g.keys] if visitors is not None else []
        if helped:
            emit_assist(ctx, members_of(g, lx.agents), helped, year_before(sent, at), topic(sent, end),
                        ctx.mood(g.start, visitors))


def _visited_host(ctx: SentenceContext, act: dict) -> None:
    """``X 的 12 名工作人员…前往 P，在 Y 进行了为期一周的实习``: people of X who made a study visit or a placement at a
    body (``visited_at`` ``after``, a regular expression on the words right after the body a ``governors`` marker
    governs: 进行了…学习访问) were received by it: the host (not a State, which is a place) helped X."""
    spec = act.get("visited_at")
    if not spec:
        return
    sent = ctx.sentence
    lx = sent.lx
    for g in sent.groups:
        if g.governor not in spec["governors"] or "State" in g.kinds() or not g.kinds() & lx.agents:
            continue
        m = re.match(spec["after"], sent.text[g.end:sent.clause_end(g.end)])
        if m is None:
            continue
        marker = sent.text.rfind(g.governor, sent.start, g.head)
        visitors = subject_before(sent, marker, lx.agents, ctx.prev_subject, exclude=set(g.keys)) \
            or _people_owner(sent, marker, act)  # (X 的 12 名工作人员: the owner of the people who went)
        if visitors is None or visitors.governor is not None:
            continue
        helped = [k for k in members_of(visitors, lx.agents) if k not in g.keys]
        if helped:
            emit_assist(ctx, members_of(g, lx.agents), helped, year_before(sent, marker),
                        topic(sent, g.end + m.end()), ctx.mood(g.end, visitors))


def _people_owner(sent: Sentence, pos: int, act: dict) -> Group | None:
    """The sentence's first ungoverned agent before ``pos`` when what follows it names its people (``X 的 12 名工作人员``:
    ``of`` then, within ``people_reach`` characters, one of the ``beneficiaries``)."""
    lx = sent.lx
    first = next((g for g in sent.groups if g.end <= pos and g.governor is None and g.kinds() & lx.agents), None)
    if first is None:
        return None
    rest = lx.squeeze(sent.text[first.end:pos])
    of = lx.starts_with(rest, act.get("of", ()))
    return first if of and lx.find(rest, act["beneficiaries"], 0, min(len(rest), act.get("people_reach", 16))) else None


def _funder(ctx: SentenceContext, verb: int, act: dict, agents: set[str]) -> Group | None:
    """The subject of a funding verb whose object is this activity (``X 资助了 … 的项目``)."""
    sent = ctx.sentence
    lo = sent.clause_start(verb)
    hits = sent.lx.find(sent.text, act["funding_verbs"], lo, verb)
    if not hits:
        return None
    by = next((g for g in reversed(sent.before(hits[-1][0])) if g.start >= lo), None)
    if by is not None and by.governor in act.get("by_before", ()) and by.kinds() & (agents | set(act["funder_kinds"])) \
            and not sent.lx.squeeze(sent.text[by.end:hits[-1][0]]):
        return by  # 由 X 资助的项目在 Y 实施: the agent of the funding verb's passive relative
    return subject_before(sent, hits[-1][0], agents | set(act["funder_kinds"]), ctx.prev_subject)


def _fund_owner(sent: Sentence, noun, act: dict) -> Group | None:
    """``the Fund's programme``, ``基金的项目``: a fund (``funder_kinds``) owning the activity noun pays for it."""
    if noun is None or not noun[2]:
        return None
    own = next((h for h in reversed(sent.groups) if h.end <= noun[0]), None)
    gap = sent.lx.squeeze(sent.text[own.end:noun[0]]) if own is not None else ""
    return own if own is not None and own.kinds() <= set(act["funder_kinds"]) and gap in act.get("of", ()) else None


def _possessor(sent: Sentence, noun, act: dict, agents: set[str]) -> Group | None:
    """``X's project``, ``the X project``: a body (no State) right before the activity noun, with only a possessive
    (``of`` words: 's) or nothing between them."""
    own = next((h for h in reversed(sent.groups) if h.end <= noun[0]), None)
    if own is None or not own.kinds() & agents or "State" in own.kinds():
        return None
    gap = sent.lx.squeeze(sent.text[own.end:noun[0]]).strip()
    return own if gap in ("", *act.get("of", ())) else None


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
    cause = re.match(act["cause_before_verb"], rest) if act.get("cause_before_verb") else None
    rest = rest[cause.end():] if cause else rest  # 培训因资金缺口而未能举行: the cause between the noun and its verb
    bare = lx.res["adverbs"].sub("", rest) if not lx.language.spaced else rest
    if lx.starts_with(bare.lstrip(), act.get("cancelled", ())):
        return True  # 原定为 Y 举办的讲习班被取消: called off
    neg = _negation_then(sent, rest, act)
    if not neg:
        return False
    rest = lx.res["adverbs"].sub("", rest)[len(neg):] if not lx.language.spaced else rest[len(neg):]
    return bool(lx.starts_with(rest.lstrip(), act["verbs"] + act.get("undone_verbs", [])))


def _pronoun_owner(ctx: SentenceContext, s: int, act: dict, agents: set[str]) -> list[str]:
    """``…为该委员会配备了设备；Y 则为其调查人员开设了课程``, ``X 与 Y 签署了合作框架，据此向其派驻了一名顾问``: marker, pronoun
    (and people) right before the verb stand for the nearest body of ``pronoun_owner_kinds`` before the clause (else the
    last sentence's subject) that is not the verb's subject."""
    sent = ctx.sentence
    lx = sent.lx
    kinds = set(act.get("pronoun_owner_kinds", ()))
    lo = sent.clause_start(s)
    head = lx.squeeze(sent.text[lo:s])
    for m in act["recipient_markers"] if kinds else ():
        rest = head[head.rfind(m) + len(m):] if m in head else ""
        p = lx.starts_with(rest, lx.get("state_pronouns", ()))
        if p and (lx.find(rest[len(p):], act["beneficiaries"]) or len(rest[len(p):].strip()) <= act.get("owned_part_max", 0)):
            # 向其派驻了一名顾问, 向其预警系统派驻了…: the pronoun (or a part of its owner's) right before the verb
            subj = subject_before(sent, s, agents, ctx.prev_subject)
            mine = set(subj.keys) if subj is not None else set()
            owner = next((g for g in reversed(sent.before(lo)) if g.kinds() & kinds and not set(g.keys) & mine), None)
            prev = ctx.prev_subject
            owner = owner or (prev if prev is not None and prev.kinds() & kinds and not set(prev.keys) & mine else None)
            return members_of(owner, agents) if owner is not None else []
    return []


def _report_state(ctx: SentenceContext, s: int, e: int, act: dict) -> list[str]:
    """``开发署为机制秘书处的 16 名工作人员开办了培训``, ``held a workshop for 45 statement-takers of the Truth
    Commission``: counted people (``report_state_people``, a pattern tried on the verb's clause) of a body the sentence
    does not name, or such a body as the verb's object (``report_state_bodies``, tried right after the verb: trained the
    national police, advised the Government), in a report whose title names one State and a unit that names no other, are that State's (the
    country report's national bodies)."""
    rx = act.get("report_state_people")
    sent = ctx.sentence
    states = report_state(ctx) if rx or act.get("report_state_bodies") or act.get("report_state_bodies_before") else []
    if not states:
        return []  # (a unit on another State, or on the report's State and another, is not the report's own passage)
    lo, hi = sent.clause_start(s), sent.clause_end(e)
    m = re.search(rx, sent.text[lo:hi]) if rx else None
    if m is None and act.get("report_state_bodies"):  # coached the inter-ministerial reporting team: its object
        m = re.match(act["report_state_bodies"], sent.text[e:hi])
        lo = e if m is not None else lo
    if m is None and act.get("report_state_bodies_before"):  # 为国家警察举办了培训: the phrase right before the verb
        m = re.search(act["report_state_bodies_before"], sent.text[lo:s])
    if m is None or any(lo + m.start() <= g.start < lo + m.end() and g.kinds() & sent.lx.agents for g in sent.groups):
        return []  # (for 20 staff of UNDP: the people of a body named)
    owners = act.get("report_state_owner_markers", ())
    if any(lo + m.end() <= g.start < min(hi, lo + m.end() + 60) and g.governor in owners for g in sent.groups):
        return []  # (for 30 officers of the police of the Kurdistan Region: a body of a place named, not the State's)
    body = (m.groupdict().get("body") or "").strip()
    if len(body) >= 2:  # (…X 国监察员办公室…。…为监察员办公室的 40 名工作人员…: the body the unit named before)
        names = [(a, b) for a, b, kind in ctx.carried.get("names", ()) if kind != "State"]
        at = (sent.original or sent.text).find(body, 0, sent.start)
        while at != -1:
            if any(a <= at < b for a, b in names):  # (inside a name the unit gave before: that entity, not the State)
                return []
            at = (sent.original or sent.text).find(body, at + 1, sent.start)
    return states


def _passage_recipient(ctx: SentenceContext) -> list[str]:
    """The one State the unit has named, when its sentences before this one stated help to it and to no other State
    or body (or stated no help, and the report's title names that State: a country report's passage on its State),
    and this sentence names no State but as a doer before the verb (由 Y): an activity with no recipient of its own is
    for it too."""
    agent_markers = set(ctx.sentence.lx["activities"].get("by_before", ()))  # (由 Y 资助的…: Y pays for it)
    if len(set(ctx.passage_states)) != 1 or any("State" in g.kinds() and g.governor not in agent_markers
                                                for g in ctx.sentence.groups):
        return []
    helped = {r.object for r in (*ctx.earlier, *ctx.relations) if r.predicate == "assists"}
    state = ctx.passage_states[0]
    return [state] if helped == {state} or not helped and state in ctx.about else []


def _postponed_after(sent: Sentence, noun_end: int, act: dict) -> bool:
    """``为 Y 举办的讲习班(因…而)推迟到 2027 年``: the activity noun's clause goes on with a ``postponed`` word
    (the next clause, where the noun ends its own and that clause opens with a ``postponed_next`` word:
    ``…举办的培训，因…改组而推迟``)."""
    words = act.get("postponed", ())
    end = sent.clause_end(noun_end)
    rest = sent.lx.squeeze(sent.text[noun_end:end]).strip()  # (…的培训项目原定于 5 月启动，后因…推迟至 2047 年)
    originally = (sent.lx.get("modality") or {}).get("originally", ())
    if (not rest or any(w and w in rest[:6] for w in originally)) and end < sent.end \
            and sent.lx.starts_with(sent.lx.squeeze(sent.text[end + 1:end + 8]), act.get("postponed_next", ())):
        end = sent.clause_end(end + 1)  # (…的培训，讨论了推迟选举的问题: another matter, not the training put off)
    return bool(words) and bool(sent.lx.find(sent.text, words, noun_end, end))


def _later(sent: Sentence, noun_end: int, act: dict, key: str = "scheduled_later") -> bool:
    """``…; the training is scheduled for 2027``: a later clause of the sentence refers back to the activity and
    says it is still to come (``scheduled_later``) or did not happen (``cancelled_later``: regular expressions,
    ``{nouns}`` the activity nouns)."""
    from .referents import noun_pattern

    rx = noun_pattern(sent.lx, act, key)
    return rx is not None and bool(rx.search(sent.lx.squeeze(sent.text[noun_end:sent.end])))


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


def _purpose_opener(sent: Sentence, s: int, act: dict) -> list[str]:
    """``为协助马里履行报告义务，X 举办了培训``, ``To help Mali report to the treaty bodies, X trained …``: the State a
    ``purpose_openers`` word at the head of the sentence governs, in a clause of its own before the activity at ``s``."""
    lx = sent.lx
    lead = lx.starts_with(lx.squeeze(sent.text[sent.start:s]), act.get("purpose_openers", ()))
    if not lead:
        return []
    g = next((h for h in sent.groups if h.start < s), None)
    if g is None or "State" not in g.kinds() or lx.squeeze(sent.text[sent.start:g.start]) != lead \
            or not any(c in sent.lx.clause_ends for c in sent.text[g.end:s]):
        return []
    return members_of(g, {"State"})


def _held_by_pronoun(ctx: SentenceContext, act: dict, together) -> None:
    """``A seminar was held in X for officials of Y. It was organized by Z and W``: a sentence that opens with a pronoun
    (``pronoun_referents``), a passive auxiliary and a participle of holding (``participles_by``) names, after ``by``,
    who held the activity the sentence before named for its recipients without saying who held it."""
    words = act.get("pronoun_referents")
    recips = ctx.carried.pop("held_for", None)  # (the sentence right before only)
    if not words or not recips:
        return
    sent = ctx.sentence
    lx = sent.lx
    head = lx.squeeze(sent.text[sent.start:sent.start + 60])
    pron = lx.starts_with(head.lower(), words)
    if not pron:
        return
    rest = head[len(pron):].lstrip()
    for word_list in (act["passive_auxiliaries"], act["participles_by"]):
        w = lx.starts_with(rest.lower(), word_list)
        if not w:
            return
        rest = rest[len(w):].lstrip()
    by = agent_after(sent, sent.start + len(head) - len(rest), act.get("by_markers"), act.get("by_gap", 4))
    if by is None:
        return
    run = [by] + [g for g in coordinated_run(sent, by.end) if g.kinds() & lx.agents]  # by Y and the Regional Office
    providers = [k for g in run for k in members_of(g, lx.agents) if k not in recips]
    providers += [c for c in co_providers(together, providers, by.start) if c not in providers and c not in recips]
    if providers:
        emit_assist(ctx, providers, list(recips), year_before(sent, by.start), topic(sent, by.end), ctx.mood(by.start, by))


def _fronted_participle(ctx: SentenceContext, act: dict) -> None:
    """``Organized jointly by Y and Z at the request of W, a workshop on … brought together officials of A and B``: a
    sentence that opens with a participle of an activity verb (``fronted_participle``, matched without case) and its
    agent, then the activity noun after the comma, then a verb of reaching and the people reached — the agents help
    the people's States (and partner one another when there are several)."""
    sent = ctx.sentence
    lx = sent.lx
    rx = act.get("fronted_participle")
    m = re.match(rx, sent.text[sent.start:sent.start + 40], re.I) if rx else None
    if m is None or not lx.find(sent.text[sent.start:sent.start + m.end()].lower(), act["verbs"]):
        return
    agents = lx.agents
    agent = agent_after(sent, sent.start + m.end(), act.get("by_markers"), act.get("by_gap", 4))
    if agent is None or not agent.kinds() & agents:
        return
    comma = sent.text.find(",", agent.end, sent.end)
    if comma == -1 or _activity_noun(sent, comma + 1, act) is None:
        return
    recips = [k for k in reached_after(sent, comma + 1, act, agents) if k not in agent.keys]
    if not recips:
        return
    providers = members_of(agent, agents)
    mood = ctx.mood(sent.start, None)
    for i, a in enumerate(providers):
        for b in providers[i + 1:]:
            ctx.add(a, "partnersWith", b, mood=mood)
    emit_assist(ctx, providers, recips, year_before(sent, comma), topic(sent, comma), mood)


def _funded_projects(ctx: SentenceContext, act: dict) -> None:
    """``在乌克兰，基金资助的 5 个项目为…提供了康复服务``, ``基金资助的项目在尼泊尔和斯里兰卡向…提供了…``, ``由基金资助的 Y 紧急援助
    项目在突尼斯…``: projects a funder pays for (``funded_projects``, a regular expression on the words right after the
    funder: the attributive verb of money, a count, the name of the project's owner, a project noun) that the sentence
    places in States (a locative in their clause, or one opening the sentence) help those States — the funder, and the
    owner named inside the phrase."""
    spec = act.get("funded_projects")
    if not spec:
        return
    sent = ctx.sentence
    lx = sent.lx
    for g in sent.groups:
        helped = g.governor in spec.get("helped_governors", ())  # Y 为 F 在 X 资助的项目提供了…: Y helps the projects too
        if not g.kinds() & lx.agents or g.governor not in (None, *spec.get("governors", ())) and not helped:
            continue
        lead = re.compile(spec["lead"]).match(sent.text, g.end, sent.end)
        if lead is None:
            continue
        owner = next((h for h in sent.groups if h.start == lead.end() and h.kinds() & lx.agents), None)
        m = re.compile(spec["tail"]).match(sent.text, owner.end if owner is not None else lead.end(), sent.end)
        if m is None:
            continue
        owners = [owner] if owner is not None else []
        end = sent.clause_end(m.end())
        if sent.text[end:end + 1] in lx.language.clause_ends and not sent.text[m.end():end].strip():
            end = sent.clause_end(end + 1)  # 由 F 资助的 Y 项目，在 X 为…: the predicate after a comma
        found = located(sent, end, act)
        if found is None or found[1] < g.start and not any(h.governor in act["locative_markers"] for h in sent.groups
                                                            if h.end <= g.start and "State" in h.kinds()):
            continue
        recips = [k for k in found[0] if k not in g.keys]
        providers = list(g.keys) + [k for h in owners for k in members_of(h, lx.agents) if k not in g.keys]
        helper = subject_before(sent, g.start, lx.agents, ctx.prev_subject, exclude=set(g.keys)) if helped else None
        providers += [k for k in (members_of(helper, lx.agents) if helper is not None else []) if k not in providers]
        if recips:
            emit_assist(ctx, providers, recips, year_before(sent, g.start), topic(sent, m.end()), ctx.mood(g.start, None))


def activities(ctx: SentenceContext, together) -> None:
    """Assistance read from activities (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    act = lx.get("activities")
    if not act:
        return
    agents = lx.agents
    text = sent.text
    _fronted_participle(ctx, act)
    _hosted_delegation(ctx, act)  # Y 接待了 X 司法部的一个考察团
    _visit_hosted_by(ctx, act)  # X 派出代表团赴 P 考察…，接待工作由 Y 负责
    _visited_host(ctx, act)  # X 的工作人员在 Y 进行了学习访问
    _funded_projects(ctx, act)  # 在 X，基金资助的 5 个项目为…提供了…
    _held_by_pronoun(ctx, act, together)
    participants(ctx, together)
    among_taught(ctx, together)  # A's judges were among the magistrates whom Y trained
    briefings(ctx, act, together)
    beneficiary_list(ctx)
    occurs = act.get("occurrence_verbs", [])
    put_off = list(act.get("postponed_occurrences", ()))  # a visit of Y was postponed: an occurrence, not one that took place
    hosting = list(act.get("hosting_verbs", ()))  # received officials of X for a study visit: hosted them
    made_for = act.get("made_for_verbs", ())  # 为 X 开发了软件: made for the one a recipient marker governs
    training = set(act["training_verbs"]) | set(hosting) | set(made_for)
    attached = list(act.get("participle_only", ()))  # an adviser attached to the country team: only after its noun
    found_verbs = lx.find(text, lx.words_of("activity_verbs", lambda: act["verbs"] + act["training_verbs"] + occurs + put_off
                                          + hosting + attached + list(made_for)), sent.start, sent.end)
    found_verbs = [h for h in found_verbs if h[2] not in attached or lx.ends_with(
        lx.squeeze(text[max(sent.start, h[0] - 40):h[0]]), act["nouns"])]
    found_verbs = [h for h in found_verbs if h[2] not in act.get("verb_nouns", {})
                   or not lx.starts_with(text[h[1]:h[1] + 2], act.get("of", ()))]  # 新设立的机构: an attribute, no act
    # 为 Y 举办的培训被推迟: a training word that is the object of an activity verb before it is that noun
    names = [(i.start, i.end) for g in sent.groups for i in g.items]  # (组织 in 世界卫生组织 is no verb)
    objects = {n[0] for s2, e2, w2 in found_verbs if w2 in act["verbs"] and not any(a <= s2 < b for a, b in names)
               for n in [_activity_noun(sent, e2, act)] if n is not None}
    for s, e, w in found_verbs:
        if lx.flanked(text, s, e, act.get("noun_after", ()), (), sent.start) and not _relative_verb(sent, s, w, act) \
                or lx.guarded(text, (s, e, w)) \
                or any(a <= s < b for a, b in names):
            continue  # the fund, a launch: a noun here (took place, a place of detention: its guards; 开发 in 开发署)
        if w in training and s in objects or w in hosting and not _hosted_for(sent, e, act, _passive(sent, s, e, act)):
            continue
        if w in act.get("split_verbs", {}) and not re.search(act["split_verbs"][w], text[e:sent.clause_end(e)]):
            continue  # brought officials of X together with …: a verb that takes its particle only after its object
        if offer_to_act(sent, e, w):
            continue  # offered in 2116 to host a workshop: an offer, its infinitive the act (read at that verb)
        if act.get("nominalized_after") and re.match(act["nominalized_after"], text[e:sent.clause_end(e)]):
            continue  # 授课的是 Y 的工作人员: those who taught, named after (attended.trainers_from reads them)
        if w in training and _taken_part_in(sent, s, act):
            continue  # …的技术人员在中国接受了污染防治培训: the training they took part in (beneficiaries.participants)
        if sent_to_learn(sent, e) is not None:
            continue  # sent two officers to Y for a placement: Y helped them (learners), the sender helped no one
        future = act.get("future_participle_before") and re.search(act["future_participle_before"],
                                                                  lx.squeeze(text[max(sent.start, s - 30):s]).rstrip())
        if not future and lx.ends_with(lx.squeeze(text[max(sent.start, s - 20):s]).lower(), act.get("not_after", ())) \
                or act.get("asked_for_after") and re.match(act["asked_for_after"], lx.squeeze(text[e:sent.clause_end(e)])):
            continue  # a request for an expert to be placed, 关于培训司法人员的申请: asked for, not done (the request's reader)
        recips: list[str] = []
        doer = None  # 为 Y 在 X 开展的培训提供了资金: Y carries out the activity it is named with
        organizer = None  # a workshop organized by Y that the verb's subject paid for: Y carried it out
        start = s
        agent = agent_after(sent, e, act.get("by_markers"), act.get("by_gap", 4))
        done_by = None
        if agent is not None and w in act.get("funding_verbs", ()) and lx.squeeze(text[e:agent.head]).strip() \
                and not _passive(sent, s, e, act) and _activity_noun(sent, e, act, tuple(act.get("funded_nouns", ()))):
            done_by, agent = agent, None  # X financed training by Y for …: Y gave it, X paid (no passive's agent)
        canceller = None
        if agent is not None and (w in act.get("undone_occurrences", ()) or w in put_off) and agent.kinds() <= {"State"}:
            canceller, agent = agent, None  # a visit of Y was cancelled by the Government: who called it off, not Y
        # a deployment to X took place: the activity is the subject, as in a passive
        passive = agent is not None or w in occurs or w in put_off or _passive(sent, s, e, act)
        if passive and agent is None and _attended_noun(sent, s, act):
            continue  # officials of X completed a course given at Y's centre: taking part (beneficiaries.participants)
        if agent is None:
            agent = agent_before(sent, s, act, agents)  # 该项目由 X 在 Y 实施, 由 X 为 Y 举办的讲习班
            if agent is not None and not passive and _activity_noun(sent, e, act) is None \
                    and not people_after(sent, e, act):
                passive = True  # the activity (or the people trained) stands before 由
        if passive and w in act.get("active_only", ()):
            continue  # 为 X 的官员主持了研讨会 is help; 讲习班由 Y 主持 names who chaired it
        trained = None
        if w in made_for and not passive:
            found = recipient_before(sent, s, act, agents)  # 为 X 设计了案件管理系统: whatever it made, it made for X
            owned = act.get("made_for_owned")  # 为乌克兰东部 12 家医院安装了…: places of the State's, counted
            if found is not None and any(g.end <= s and set(found[0]) & set(g.keys) and (
                    not lx.squeeze(text[g.end:s]).strip() or "State" in g.kinds() and owned
                    and re.fullmatch(owned, lx.squeeze(text[g.end:s]))) for g in sent.groups):
                # (为开发署的项目编写了报告: made for a project)
                recips, start = list(found[0]), found[1]
        elif w in training and not passive:
            recips = beneficiary_object(sent, past_co_aside(sent, e, act), act, agents) \
                or speakers_people(ctx, s, e, act)  # trained, with Y, officials of X; It recalled that Y trained its …
            if not recips and act.get("training_for_before"):  # 为 X 培训了 150 名卫生工作者: trained for X
                found = recipient_before(sent, s, act, agents)
                if found is None and people_after(sent, e, act):
                    found = located(sent, s, act, ctx.seats)  # 在 X 培训了 60 名警官: trained in X
                if found is not None:
                    recips, start = list(found[0]), found[1]
            elif not recips and act.get("training_located") and people_object(sent, e, act):
                found = located(sent, s, act, ctx.seats)  # In X, OHCHR trained 220 municipal officials: trained in X
                if found is None and act.get("training_in_passage") and len(set(ctx.passage_states)) == 1 \
                        and not any("State" in g.kinds() for g in sent.groups):
                    found = ([ctx.passage_states[0]], s)  # In X, … . It also trained 220 officials: the one State
                if found is not None:
                    recips, start = list(found[0]), found[1]
            if not recips and "request" in act.get("recipient_fallbacks", ()) and people_object(sent, e, act):
                kinds = sent.item_kinds()  # At the request of X, Y trained 30 judges: trained for X
                recips = [k for k in on_request_of(sent) if kinds.get(k) in act.get("asker_kinds", ("State",))]
            if not recips and "asker" in act.get("recipient_fallbacks", ()) and people_object(sent, e, act):
                asked, asker = ctx.mood(s)  # X asked Y to train its prison guards: trained for the State that asked
                asker = ctx.asker(s) if asked == "Negated" else asker  # (… but Y declined: still asked for X)
                recips = [asker] if asked in ("Requested", "Negated") and sent.item_kinds().get(asker) in act.get("asker_kinds", ("State",)) else []
        elif w in training:  # officials of X were trained
            trained = beneficiary_subject(sent, s, act, agents)
            if trained is not None:
                recips = trained[0]
            elif passive and agent is not None and act.get("owned_passive_subject") and ctx.prev_subject is not None \
                    and ctx.prev_subject.kinds() & agents and not set(ctx.prev_subject.keys) & set(agent.keys) \
                    and re.fullmatch(act["owned_passive_subject"], lx.squeeze(sent.text[sent.clause_start(s):s]).strip()):
                recips = members_of(ctx.prev_subject, agents)  # X described … Its judges had been trained by Y: X's
                trained = (recips, s)
        # (financed the establishment of national mechanisms in A: what a verb of paying pays for, 'funded_nouns')
        noun = _noun_before(sent, s, act) if passive else _activity_noun(
            sent, e, act, tuple(act.get("funded_nouns", ())) if w in act.get("funding_verbs", ()) else ())
        if noun is None and not passive:
            noun = _funded_object(sent, e, w, act)  # financed mine action in X: whatever it paid for, in X
        if noun is not None and w in act.get("verb_nouns", {}) and noun[2] not in act["verb_nouns"][w]:
            continue  # 设立了人权顾问职位 is help; 设立了国家人权委员会 is not (a verb that does only some activities)
        relative = False
        if noun is None and not passive and not recips:
            noun = relative_noun(sent, s, act) or reduced_relative(sent, s, act)  # a workshop that X conducted for …
            relative = noun is not None
        if trained is not None:
            noun = (trained[1], trained[1], "")
        if not recips and noun is None:
            if not passive and _undone_topic(sent, s, act):
                _negate_earlier(ctx)
                negate_vehicle(ctx, sent.clause_start(s), s, act)  # 核准了一个支持 X 的项目，但项目尚未启动
            continue
        # a project … to strengthen the capacity of X: X is a recipient too
        purpose = purpose_of(sent, noun[1], act, agents) if trained is None and noun is not None else []
        if not recips:
            doer = _relative_doer(sent, s, e, act, agents)
            found = None if passive or doer is not None else recipient_before(sent, s, act, agents)
            if found is None and passive:  # a project in X was carried out / was held for officials of X
                recips = recipient_after(sent, noun[1], act, agents, skip=agent)
                recips = recips or recipient_after(sent, e, act, agents, skip=agent)
                if not recips and act.get("object_beneficiaries"):
                    recips = [r for r in beneficiary_object(sent, noun[0], act, agents)  # the participation of X was
                              if agent is None or r not in agent.keys]  # financed (not by engineers of Y: the agent)
                recips = recips or received_by(ctx, noun, act)  # X benefited from an assessment, carried out by Y
            elif found is None and relative:
                recips = recipient_after(sent, e, act, agents) or recipient_after(sent, noun[1], act, agents) \
                    or trained_before(sent, noun[0], act, agents) \
                    or pronoun_recipient(ctx, s, e, act, agents)  # a course that Y was to give to its police (X's)
            elif found is None:
                organizer, after = by_aside(sent, noun[1], act)
                after = max(after, done_by.end) if done_by is not None else after  # (training by Y for officials of X)
                recips = recipient_after(sent, after, act, agents)  # the deployment, by X, of …
                recips = recips or pronoun_recipient(ctx, s, noun[1], act, agents)
                recips = recips or pronoun_before(ctx, s, act, agents) or _pronoun_owner(ctx, s, act, agents)
                recips = recips or listed_after(sent, s, e, act) or speakers_people(ctx, s, e, act)
                recips = recips or seat_before(sent, s, act, ctx.seats)  # 向太子港派遣顾问: sent to Haiti
                recips = recips or (seat_after(sent, noun[1], act, ctx.seats) if noun else [])  # a mission to Lima
                recips = recips or modifier_recipient(sent, e, noun, act, agents)  # 一期面向 X 官员的培训
                recips = recips or state_modifier(sent, e, noun, act)  # 由 Y 实施的 X 律师培训项目
                recips = recips or state_body_to(ctx, e, act)  # deployed an expert to the units of the police
                recips = recips or (people_sent_to(sent, noun[1], act, agents) if noun else [])  # …, to which A will send officials
                if not recips and w in act.get("funding_verbs", ()) and noun is not None:
                    recips = _state_owned(sent, noun[1], act)  # financed the extension of the pension scheme of X
            if not recips and not passive and act.get("object_beneficiaries"):
                recips = beneficiary_object(sent, e, act, agents)  # financed the participation of officials of X
            if not recips and not passive and w in hosting:
                recips = _visitors_from(sent, e, act)  # received three study visits of officials from X
            opening = lx.squeeze(sent.text[sent.start:noun[0]]).lower() if noun is not None else None
            said_it = bool(act.get("activity_subject_pronouns")) and noun is not None \
                and re.fullmatch(act["activity_subject_pronouns"], text[sent.start:s]) is not None  # It was given by X
            if not recips and passive and agent is not None and act.get("referents_attended") and opening is not None \
                    and (lx.starts_with(opening, act["referents_attended"]) or said_it
                         or act.get("referents_attended_bare") and not opening.strip()):
                recips = list(ctx.carried.get("attended", ()))  # … attended a course. The course was delivered by X
            if not recips and passive and agent is not None:
                recips = purpose_after(sent, e, act, agents)  # 该项目由 X 实施，旨在支持 Y…: done for Y
            if not recips and passive and agent is not None:  # its team included an officer seconded by Y
                recips = staffed(sent, noun, act, agents, ctx.prev_subject, set(agent.keys))
            if not recips and passive and agent is not None:  # a workshop organized by Y brought together officials of X
                recips = reached_after(sent, agent.end, act, agents)
            if not recips and not passive:
                recips = past_place(sent, skip_aside(sent, e), act)[1]  # carried out in A and B a project …
            if not recips and not passive and act.get("compound_object"):
                recips = compound_object(sent, e, act, agents)  # 举办了马里监狱管理人员培训班: the course of X's people
            if not recips:
                found = found or located(sent, s, act) or scheduled_for(sent, s, act)
                if found is None and act.get("seat_people_before") and re.search(
                        act["seat_people_before"], sent.text[sent.clause_start(s):s]):
                    found = located(sent, s, act, ctx.seats)  # 在努库阿洛法为 28 名政府官员举办了讲习班: the capital's State
                if found is None and "request" in act.get("recipient_fallbacks", ()):
                    kinds = sent.item_kinds()
                    recips = [k for k in on_request_of(sent) if kinds.get(k) in act.get("asker_kinds", ("State",))] \
                        or pronoun_askers(sent)  # at the request of X; X stated that, at its request, Y held …
                if found is None and not recips and "asker" in act.get("recipient_fallbacks", ()):
                    asked, asker = ctx.mood(s)  # X 请 Y 举办一期讲习班: held for the State that asked for it
                    asker = ctx.asker(s) if asked == "Negated" else asker  # (…，但始终没有回复: still asked for X)
                    kinds = set(act.get("asker_kinds", ("State",)))
                    if w in act.get("funding_verbs", ()) and asks_money_for_itself(ctx, asker, sent.item_kinds().get(asker)):
                        kinds |= set(lx["assists"].get("money_recipient_kinds", ()))  # 人权高专办利比里亚办事处请 Y 资助…: for the office
                    recips = [asker] if asked in ("Requested", "Negated") and sent.item_kinds().get(asker) in kinds else []
                if found is None and not recips:
                    recips = _purpose_opener(sent, s, act) or partner_state(sent, s, act)  # 为协助 X 履行…，Y 举办了…: done for X
                if found is None and not recips:
                    recips = seat_in(sent, e, act, ctx.seats)  # a training was held in Roseau: for Dominica
                if found is None and not recips and act.get("recipient_in_passage"):
                    recips = _passage_recipient(ctx)  # Y helped the Ministry of X. Z supplied the kits: for X too
                if found is None and not recips:
                    recips = _report_state(ctx, s, e, act)  # (a country report) trained 16 staff of the secretariat
                if found is None and not recips and canceller is not None:
                    recips = list(canceller.keys)  # a visit of Y was cancelled by the Government: it was for that State
                if found is None and not recips and not purpose:
                    if not passive:
                        done_as_asked(ctx, s)  # 人权高专办随后开展了能力建设: what was asked for, done
                    elif agent is not None:
                        implemented_referent(ctx, agent, s, act)  # …，相关项目将由 X 实施: X carries out that help
                    continue
            if found is not None:
                recips, start = found
        recips += [k for k in purpose if k not in recips]
        funder = _funder(ctx, start, act, agents) or _fund_owner(sent, noun, act)  # the Fund's programme … by X
        if agent is not None:
            prov = agent
        elif passive:  # done, by no one named: by those whose activity it is, else the one the sentence is about
            late = None
            prov = owners(sent, noun, act, agents) or under_owner(sent, s, act, agents) \
                or _proposer(sent, noun[0], act, agents, "proposer_before_noun") \
                or reporter(sent, noun[0], agents, set(recips)) \
                or relative_holder(sent, noun, s, act, agents)  # (under a project of Y, officials of X were trained)
            if prov is None:
                prov = late = late_agent(sent, e, act, agents, set(recips))
            prov = prov or subject_before(sent, noun[0], agents, ctx.prev_subject, exclude=set(recips))
            prev = ctx.prev_subject
            if late is not None and act.get("late_partner_of_previous") and prev is not None \
                    and prev.kinds() & set(act.get("passive_previous_subject", ())) \
                    and not set(prev.keys) & (set(recips) | set(late.keys)):
                # (The Programme trained …) A workshop for X was held in cooperation with Y: the actor of the
                # passage held it with Y — both provide, and they partner
                mood = ctx.mood(s, prev)
                for p in prev.keys:
                    for k in late.keys:
                        ctx.add(p, "partnersWith", k, mood=mood)
                emit_assist(ctx, list(prev.keys), recips, year_before(sent, s), topic(sent, e), mood)
            if prov is None and prev is not None and prev.kinds() & set(act.get("passive_previous_subject", ())) \
                    and not set(prev.keys) & set(recips):
                prov = prev  # … financed advisers in A. A planned deployment to B did not take place.
            asker = ctx.mood(s, None)[1] if prov is not None else None
            if asker is not None and (asker in prov.keys or asker.startswith("resolution/")) and prov.end <= s:
                continue  # X (in its resolution) invited Y to strengthen the cooperation provided to A: X gives none
        else:
            prov = _proposer(sent, s, act, agents) \
                or coordinated_subject(sent, s, act.get("coordinated_predicate"), agents, recips) \
                or subject_before(sent, start, agents, ctx.prev_subject, exclude=set(recips) | set(ctx.funders)) \
                or implemented_by(ctx, s)  # …, and had seconded …; a project implemented by Y trained …
            own = subject_before(sent, start, agents, ctx.prev_subject) if prov is not None else None
            if own is not None and own.start > prov.end and set(own.keys) <= set(recips):
                prov = None  # …；汤加则得到了…支助，为议会议员举办了研讨会: its own act, not the one named before
        if funder is not None and prov is not None and set(prov.keys) == set(funder.keys):
            prov = None  # X 资助了在 Y 开展的项目: the funder is not the implementer
        if prov is not None and funder is None and not passive and w in act.get("funding_verbs", ()):
            # the Fund financed the Office's activities in X, a project of the country office, had funded,
            # through the Centre, training for …: whose activity it is carries it out; the subject pays
            doer = implementer(sent, e, noun, act, agents, set(recips) | set(prov.keys)) or done_by
            if doer is not None:
                funder, prov = prov, doer
        if passive and agent is None and recips:
            ctx.carried["held_for"] = recips  # (a seminar was held for officials of X. It was organized by Y)
        if prov is None and funder is None and not (passive and ctx.funders):
            if recips and (trained is not None or w in act.get("reach_verbs", ())):
                ctx.carried["attended"] = recips  # (officials of X were trained in sessions. The sessions were run by Y;
                # a workshop brought together officials of X. It was organized by Y)
            continue  # (thanks to funding from Y, officials of X were trained: Y, a funder, assists X)
        if passive and prov is not None and money_for_work(sent, e, lx, prov):
            continue  # the activities of X in Y were supported by contributions from A (…): money to X, no help
        funded_by = tuple(funder.keys) if funder is not None else ()
        # the Fund financed projects implemented by OHCHR in X (X 资助了 Y 在 Z 实施的项目): the implementer and
        # the funder both help X (tests/gold/README.md, "funded help"); the funder does not thereby help Y
        providers = list(prov.keys) if prov is not None else []
        providers += [f for f in funded_by if f not in providers]
        providers += [c for c in co_providers(together, providers, s) if c not in providers and c not in recips]
        if doer is not None and recips:
            providers += [k for k in members_of(doer, agents) if k not in providers and k not in recips]
        if organizer is not None and w in act.get("funding_verbs", ()):
            providers += [k for k in members_of(organizer, agents) if k not in providers and k not in recips]
        if passive and agent is None:  # …; under the project, officials of X were trained: its implementers did it
            providers += [k for k in implemented_before(sent, s, act, agents) if k not in providers and k not in recips]
        if passive and agent is not None and w in act.get("funding_verbs", ()) and noun is not None:
            own = owners(sent, noun, act, agents) or _possessor(sent, noun, act, agents)
            # (the project of X in Y, X's project in Y, was funded by Z: X carries it out, Z pays)
            providers += [k for k in (own.keys if own is not None else ()) if k not in providers and k not in recips]
        cend = sent.clause_end(e)
        if sent.text[e:cend + 1].strip() == "," and cend < sent.end:
            cend = sent.clause_end(cend + 1)  # organized, with Y, a training for X: the aside after the verb
        by_end = agent.end if passive and agent is not None and agent.start >= e else None  # offered by X with Y
        cos = [] if prov is None or (passive and by_end is None) else \
            [k for g in co_organizers(sent, by_end or e, cend, act, set(recips) | set(providers))
             for k in members_of(g, agents)]
        providers += cos  # organized a workshop with Y for officials of X: Y co-organized it
        mood = ctx.mood(s if passive else start, None if passive and agent is not None and agent.start < s else prov)
        if mood[0] == "Reported" and start != s and ctx.mood(s, prov)[0] == "Negated":
            mood = ("Negated", None)  # 局势不允许在 X 开展活动: the negation stands before the verb, after X
        if mood[0] == "Reported" and funder is not None and funder.end <= start:
            # X 计划于明年资助 Y 在 Z 开展培训: the funding verb's plan is the activity's too
            paid = lx.find(sent.text, act["funding_verbs"], funder.end, start)
            planned = ctx.mood(paid[0][0], funder) if paid else mood
            mood = planned if planned[0] != "Reported" else mood
        if noun is not None and not passive and _undone_after(sent, noun[1], act):
            mood = ("Negated", None)  # the activity X planned in Y was not carried out
        elif mood[0] in ("Reported", "Requested", "Planned") and (_later(
                sent, noun[1] if passive and noun else e, act, "cancelled_later") or not passive and _later(
                sent, e, act, "undone_main") and (relative or relative_noun(sent, s, act) is not None)):
            # (the course that Y was to give … did not take place; a course that X had organized for Y was called off)
            mood = ("Negated", None)  # planned to train officials of X, but the training was cancelled
        elif noun is not None and mood[0] == "Reported" and _postponed_after(sent, noun[1], act):
            mood = ("Planned", None)  # 为 Y 举办的讲习班推迟到明年: it is still to take place
        elif mood[0] in ("Reported", "Requested") and _later(sent, noun[1] if passive and noun else e, act):
            mood = ("Planned", None)  # asked to train officials of X; the training is scheduled for 2027
        elif mood[0] == "Reported" and passive and participle_mood(ctx, s, recips) is not None:
            mood = participle_mood(ctx, s, recips)  # will organize a workshop in X, financed by Y: as planned as it
        elif mood[0] == "Reported" and w in act.get("planning_verbs", ()):
            # had scheduled a training for officials of X: still to come, unless the sentence says it did not happen
            mood = ("Negated", None) if lx.find(sent.text, act.get("planning_undone", ()), e, sent.end) else \
                mood if lx.find(sent.text, act.get("occurrence_verbs", ()), e, sent.end) else ("Planned", None)
        if offered(sent, s):
            continue  # its offer to fund a workshop in X (not taken up): the offers reader reads it
        if _money_purpose(sent, s):
            continue  # 向人权高专办捐款 X 欧元，指定用于其在 Y 开展的活动: what the money is for (a contribution), no help
        if w in act.get("undone_occurrences", ()):
            mood = ("Negated", None)  # A course for doctors of X had been called off: it did not take place
        elif w in put_off:  # a visit of Y was postponed (by the Government) …
            undone = act.get("postponed_undone") and re.match(act["postponed_undone"], sent.text[e:sent.end])
            mood = ("Negated", None) if undone else ("Planned", None)  # … without a new date: not given; else to come
        elif mood[0] == "Planned" and act.get("postponed_undone"):
            # 原计划为 X 举办的培训…推迟，新的日期尚未确定: a plan put off with no new date did not happen
            later = lx.find(sent.text, tuple(act.get("postponed", ())) + tuple(put_off), e, sent.end)
            if later and re.match(act["postponed_undone"], sent.text[later[0][1]:sent.end]):
                mood = ("Negated", None)
        for k in cos:  # (in the activity's mood: a joint project that was cancelled is no partnership)
            for p in prov.keys:
                ctx.add(p, "partnersWith", k, mood=mood)
        emit_assist(ctx, providers, recips, year_before(sent, s), topic(sent, e), mood, funded_by=funded_by)

