"""Assistance stated with a verb of helping: who assisted whom (``tacb:assists`` and the
``tacb:Assistance`` node).

The forms, each with the word lists of the language's ``relations.json``
(``assists``):

* a helping verb and its object — ``协助 Y``, ``assisted Y``, ``supported the
  national institutions of Y`` (a phrase naming the State through its officials,
  institutions or Government counts as the State);
* a giving verb and an assistance noun, the recipient marked before the verb
  (``向 Y 提供技术援助``) or after the noun (``provided technical assistance to Y``,
  ``recipient_after``);
* the passive — ``Y 得到 X 的支持``, ``Y received assistance from X`` — and the
  supporter of what the subject did (``with the support of X``, ``support_of``);
* the place the sentence is set in (``在柬埔寨，…协助政府``, ``In Cambodia, … the Government``), the State a
  pronoun stands for (``其``, ``its``), the one that asked (``多哥政府请人权高专办支持``, ``请 Y 协助其``) or on
  whose request it was done (``at the request of Y``, where the language lists ``recipient_fallbacks``);
* co-providers (``与 Y 一道``, ``together with Y``) from :func:`~.patterns.partners`.

Help named around its provider (``在 X 的支持下``, thanks, shared experience, beneficiaries) is in :mod:`.supported`;
help stated from the recipient's side (``Y received assistance from X``) in :mod:`.passive`; help asked from
someone (``X requested assistance from Y``) in :mod:`.requested_help`; whether money is help in
:mod:`.funding`; the facts one act of help makes in :mod:`.emit`.
Assistance stated through an activity is in :mod:`.activities`; relative clauses around assistance (``the support
that X had received from Y``, ``training it had offered to diplomats from X``) in :mod:`.relatives`.
"""

from __future__ import annotations

import re

from .beneficiaries import located_people
from .amounts import parse_amount
from .clauses import Group, Sentence
from .offers import after_offer, offer_to_act, offered
from .emit import done_as_asked, emit_assist, topic
from .nominal import nominal_help, state_pronoun_after_marker
from .funding import fund_supports_a_body, funded_upkeep, funds_a_body, funds_an_activity, funds_bodies_with_money, money_to_a_body
from .doers import implemented_by
from .passive import given_to_it, helped_by, passive_help, passive_verb, reviewed_work, through_activity, unescorted
from .patterns import SentenceContext, co_providers, on_request_of
from .places import located_after, stationed_in
from .relatives import given_relative, helped_relative, supported_relative
from .requested_help import (asked_pronoun, asks_money_for_itself, fallback_recipient, pronoun_asker,
                             request_for_help_taken, request_met, requested_by, requested_from, sought_help,
                             similar_request)
from .roles import (clauses_back, counted_goods, first_free, followed_by, is_free, locative, members_of, nearest_state,
                    object_after, owns_a_thing, scope_start, skip_aside, strip_adverbs, subject_before,
                    year_before, years)
from .supported import (report_state, _beneficiary_of, beneficiaries_listed, beneficiaries_of, _enabled_by, _help_toward, _passage_state,
                        _scaled_up, _shared_with, _supported_by, visit_object, visited_by)
from .thanks import thanked_for

__all__ = ["assists"]


def _noun_use(sent: Sentence, s: int, e: int, a: dict) -> bool:  # 的支持, the support: a noun (never 'and backed')
    return sent.text[s:e].lower() not in a.get("never_nouns", ()) and sent.lx.flanked(
        sent.text, s, e, a.get("noun_after", ()), a.get("noun_before", ()), sent.start)


def _document_topic(sent: Sentence, s: int, e: int, a: dict) -> bool:
    """``通过了关于向 X 提供技术援助的决议``: the help verb at ``s``–``e`` names what a document is about
    (``document_topic``: ``before``, a regular expression on its clause up to the verb; ``after``, on the rest of the
    clause), no help given."""
    dt = a.get("document_topic")
    if not dt:
        return False
    lx = sent.lx
    return bool(re.search(dt["before"], lx.squeeze(sent.text[sent.clause_start(s):s]))
                and re.match(dt["after"], lx.squeeze(sent.text[e:sent.clause_end(e)])))


def _opens_with_position(rest: str, lx, nouns) -> bool:
    """Whether ``rest``, after its determiners, opens with a noun of a position one takes (a resolution, a
    candidacy, a proposal): what a direct verb of support then takes is no help."""
    dets = lx.get("determiners", ())
    while True:
        d = lx.starts_with(rest, dets)
        if not d:
            break
        rest = rest[len(d):].lstrip()
    return bool(lx.starts_with(rest, nouns))


def _recipient_or_place(ctx: SentenceContext, pos_after: int, direct: bool, verb: int | None = None
                        ) -> tuple[list[str], int]:
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    agents = lx.agents
    asker = pronoun_asker(ctx, pos_after)  # X 请 Y 协助其为 Z 的…做准备: 其 is X, the one who asked
    if asker:
        return asker, pos_after
    obj = object_after(sent, skip_aside(sent, pos_after), agents, max_gap=0 if direct else a["max_gap"])
    if obj:  # (supported, through UNDP, the commission of X: the aside after the verb skipped;
        # 支持人权理事会关于…的决议: the body owns the object, a resolution, and no one is helped)
        if owns_a_thing(sent, obj, a.get("owned_things")):
            return [], obj.end
        return members_of(obj, agents) + stationed_in(sent, obj), obj.end
    rest = lx.squeeze(sent.text[pos_after:pos_after + 40])
    visitor = visit_object(ctx, pos_after, a)  # supported the visit: the visitor
    if visitor:
        return visitor, pos_after
    rest = rest[len(lx.starts_with(rest, lx.get("after_verb_fillers", ())) or ""):].lstrip()
    if direct and a.get("position_objects") and _opens_with_position(rest, lx, a["position_objects"]):
        return [], pos_after  # Japan supported a resolution on Nepal: a position taken, no help given
    organ = verb is not None and a.get("possessive_organs") and re.match(a["possessive_organs"], rest)
    if lx.starts_with(rest, lx.get("state_pronouns", ())):
        st = nearest_state(sent, pos_after)
        if organ and st is not None and st.governor in a.get("funder_governors", ()):
            st = None  # With funding from Australia, WHO helped its Ministry of Health: not the funder's ministry
        if st or not organ:  # (its Ministry of Health, no State in the sentence: the one the sentence before spoke of)
            return (st.keys if st else []), pos_after
    if verb is not None and (lx.starts_with(rest, a.get("object_pronoun_words", ())) or organ):
        # X reported that Y had helped it to …: the one the sentence is about, not the helper (Y had helped its
        # Ministry of Health to …: the State's own organ, the same one)
        subj = subject_before(sent, verb, agents, ctx.prev_subject)
        lo, embedded = scope_start(sent, verb)
        asker = subject_before(sent, lo - 1, agents, ctx.prev_subject) if embedded else None
        if asker is not None and asker is not subj and (subj is None or not set(asker.keys) & set(subj.keys)):
            return members_of(asker, agents), pos_after  # … that X request A and B to help it: X, who asks
        first = first_free(sent)
        if first is not None and first is not subj and first.end <= verb and first.kinds() & agents:
            return members_of(first, agents), pos_after
        asked = [k for k in on_request_of(sent) if subj is None or k not in subj.keys]
        if asked:
            return asked, pos_after  # At the request of X, Y had helped it to …: the one who asked
        prev = ctx.prev_subject  # X described its needs. Y had helped it to …: the one the sentence before spoke of
        if prev is not None and prev is not subj and prev.kinds() & agents \
                and (subj is None or not set(prev.keys) & set(subj.keys)):
            return members_of(prev, agents), pos_after
    # 多哥政府请人权高专办支持设立…: the State that asked is helped (人权高专办利比里亚办事处请 Y 资助一个职位:
    # money asked for by a body that takes money, for itself)
    lo, embedded = scope_start(sent, pos_after)
    if embedded:
        kinds = set(a.get("asker_kinds", ("State", "NHRI")))
        paying = verb is not None and ctx.mood(verb)[0] == "Requested" \
            and lx.starts_with(sent.text[verb:verb + 16].lower(), lx["activities"].get("funding_verbs", ()))
        asker = subject_before(sent, lo - 1, kinds | set(a.get("money_recipient_kinds", ())) if paying else kinds,
                               ctx.prev_subject)
        if asker is not None and not asker.kinds() & kinds \
                and not all(asks_money_for_itself(ctx, k, sent.item_kinds().get(k, "")) for k in asker.keys):
            asker = None  # (only an office in the field asks for money for itself)
        if asker:
            return asker.keys, pos_after
    if a.get("counted_object") and re.match(a["counted_object"], rest):
        # supported 35 women's organizations in X: the State the counted people or bodies are in
        first = next((g for g in sent.after(pos_after) if g.start <= sent.clause_end(pos_after)), None)
        placed = first is not None and a.get("counted_place_of") \
            and re.search(a["counted_place_of"], sent.text[pos_after:first.head])  # … in the border areas of A and B
        if first is not None and (first.governor in lx["locative_markers"] or placed) and "State" in first.kinds():
            return members_of(first, {"State"}), pos_after
    if direct and not lx.starts_with(rest, lx["government_words"] + a.get("locative_objects", [])):
        loc = locative(sent, pos_after) if a.get("locative_right_before") and verb is not None else None
        if loc is not None and loc.end <= verb and not strip_adverbs(sent.text[loc.end:verb], lx):
            return loc.keys, pos_after  # 在 X 支持…进程: the State right before the verb is helped
        loc = locative(sent, pos_after) if a.get("direct_locative_opening") else None
        if loc is not None and lx.trim(lx.squeeze(sent.text[sent.start:loc.head]), "determiners") == loc.governor:
            return loc.keys, pos_after  # In Mali, OHCHR supported the establishment of …: the State it is set in
        process = _process_located(sent, pos_after, rest, a)
        if process:
            return process, pos_after  # OHCHR supported the establishment of national mechanisms in A and B
        # At the request of X, OHCHR supported the drafting of …: X, where the language says so
        kinds = sent.item_kinds()  # (at the request of an NHRI: the institution)
        asked = [k for k in on_request_of(sent) if kinds.get(k) in ("State", "NHRI")] \
            if "request" in a.get("recipient_fallbacks", ()) and a.get("direct_request_fallback") else []
        return asked, pos_after
    process = _process_located(sent, pos_after, rest, a)
    if process:
        return process, pos_after  # assisted in the drafting of the national plan of X
    loc = locative(sent, pos_after)
    if loc is None and a.get("passage_state") and lx.starts_with(rest, a.get("locative_objects", [])):
        # … of the Gambia. The Regional Office helped the Ministry to …: the State of the passage
        passage = _passage_state(ctx, pos_after)
        if passage or not a.get("request_fallback_any"):
            return passage, pos_after
    if loc is None and a.get("request_fallback_any"):
        # At the request of X, OHCHR advised the committee on …: X, whatever the verb of helping
        asked = [k for k in on_request_of(sent) if k.startswith("state/")]
        return (asked or _report_body(ctx, pos_after, a)), pos_after
    return (loc.keys if loc else _report_body(ctx, pos_after, a)), pos_after


def _report_body(ctx: SentenceContext, pos: int, a: dict) -> list[str]:
    """``UN-Women helped the Truth Commission to …`` in a country report: a body named by a name the text does not know
    (``report_state_body``, a pattern on the text as written after the verb, no entity inside it), or a national
    body the text names by its kind (``report_state_objects``, on the text in lower case: the national police, the
    Government), is one of the report's national bodies, so its State's (:func:`~.supported.report_state`)."""
    rx = a.get("report_state_body")
    sent = ctx.sentence
    m = re.compile(rx).match(sent.original, pos) if rx and sent.original else None
    if m is None and a.get("report_state_objects"):  # helped the national police, advised the Government
        m = re.match(a["report_state_objects"], sent.text[pos:sent.clause_end(pos)])
        if m is not None and not any(pos <= g.start < pos + m.end() for g in sent.groups):
            return report_state(ctx, named_ok=True)
    if m is None or any(pos <= g.start < m.end() for g in sent.groups):
        return []
    return report_state(ctx)


def _process_located(sent, pos_after: int, rest: str, a: dict) -> list[str]:
    """``supported the establishment of national mechanisms in A and B``, ``… of the mechanism of X``: a verb
    whose object is a process noun (``process_objects``) helps the States a locative (``locative_markers``) or
    owner (``process_owner_markers``) group names later in its clause, with no other actor between."""
    lx = sent.lx
    if not lx.starts_with(rest, a.get("process_objects", ())):
        return []
    markers = lx.get("locative_markers", ())
    owners = a.get("process_owner_markers", ())
    processes = set(a.get("not_parties", ()))
    for g in sent.groups:
        if g.start < pos_after or g.start > sent.clause_end(pos_after):
            continue
        if processes.issuperset(g.keys):
            continue  # 编写纳米比亚普遍定期审议中期报告: a process named in the object is no other actor
        lead = lx.squeeze(sent.text[g.lead:g.start]).split()[-1:] if g.lead is not None else None  # mechanism of X
        gov = lx.starts_with(sent.text[g.end:g.end + 8], lx["government_words"]) if a.get("process_owned_things") else ""
        end = g.end + len(gov or "")  # 纳米比亚政府的法案: the Government's is the State's
        if (g.governor in markers or g.governor in owners or lead == list(owners)[:1]
                or followed_by(sent, end, a.get("process_owner_after", ()))
                or _owns_next_thing(sent, g, end, a)) and "State" in g.kinds():
            return [k for k in g.keys if k.startswith("state/")]
        if g.kinds() & lx.agents:
            return []  # … of the national commission of X, supported by Y: another actor first
    return []


def _owns_next_thing(sent, g: Group, start: int, a: dict) -> bool:
    """``编写纳米比亚国家报告``: a bare State name (ending at ``start``, its government word included) right before
    the noun phrase of a thing drafted (``process_owned_things``, within ``process_owned_window`` characters, with no
    link word, separator or other actor between — a process such as the universal periodic review aside) owns it."""
    own = a.get("process_owned_things")
    if not own or g.governor:
        return False
    lx = sent.lx
    end = min(sent.clause_end(start), start + a.get("process_owned_window", 12))
    thing = lx.find(sent.text, own, start, end)
    if not thing:
        return False
    between = sent.text[start:thing[0][0]]
    if any(w in between for w in a.get("process_owned_breaks", ())):
        return False  # 纳米比亚提交的报告, 纳米比亚和莱索托的计划: no bare owner
    processes = set(a.get("not_parties", ()))
    return not any(start <= h.start < thing[0][0] and h.kinds() & lx.agents and not processes.issuperset(h.keys)
                   for h in sent.groups)


def _shifted_recipient(sent: Sentence, e: int, clause_end: int, a: dict) -> tuple[Group, list] | None:
    """``handed over to X a database``, ``transferred to X a set of training modules``: the recipient a marker
    (``recipient_after``) governs right after the verb ending at ``e``, and the thing given (``give_nouns``) within
    ``noun_window`` after it, before the clause ends — the recipient before the thing given; also when the marker
    governs the recipient's Government (``shifted_owner``, a regular expression on the words between: ``handed over to
    the Governments of X and Y a database``)."""
    lx = sent.lx
    g = next(iter(sent.after(e)), None)
    if g is None or not g.kinds() & lx.agents:
        return None
    gap = lx.trim(lx.squeeze(sent.text[e:g.start]).strip(), "determiners")
    if not (g.governor in a.get("recipient_after", ()) and gap == g.governor
            or a.get("shifted_owner") and re.fullmatch(a["shifted_owner"], gap.lower())):
        return None
    nouns = lx.find(sent.text, a["give_nouns"], g.end, min(clause_end, g.end + a.get("noun_window", 20)))
    if not nouns or any(g.end <= h.start < nouns[0][0] for h in sent.groups):
        return None
    return g, nouns


def _given(ctx: SentenceContext, found: list) -> None:
    """``X 向 Y 提供援助``, ``X provided technical assistance to Y``, ``X provided Y with support``."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    agents = lx.agents
    text = sent.text
    own = a.get("give_verb_nouns", {})  # verbs that give only some things: 提出意见
    for s, e, w in lx.find(text, lx.words_of("give_verbs", lambda: list(a["give_verbs"]) + list(own)), sent.start, sent.end):
        if w in a.get("before_infinitive", ()) and re.match(r"\s+to\s+(?!(?:the|its|their|his|her|a|an|all|both|each|some|many|women|men|children)\b)[a-z]", text[e:e + 16]):
            continue  # continue to provide X with …: the verb after it gives
        if after_offer(sent, s) or offer_to_act(sent, e, w) or _document_topic(sent, s, e, a):
            continue  # X offered in 2115 to provide training …: the activity readers weigh the offer and its answer
        e = skip_aside(sent, e)  # requests the Office to provide, in cooperation with Y, technical assistance to X
        clause_end = sent.clause_end(e)
        nouns = lx.find(text, own.get(w, a["give_nouns"]), e, min(clause_end, e + a.get("noun_window", 20)))
        shifted = _shifted_recipient(sent, e, clause_end, a) if w not in own else None
        if shifted is not None:  # handed over to X a database: the recipient before the thing given
            g, nouns = shifted
            prov = subject_before(sent, s, agents, ctx.prev_subject, exclude=set(g.keys))
            if prov is not None:
                found.append((prov, members_of(g, agents), s, nouns[-1][1], s))
            continue
        goods = counted_goods(sent, e) if not nouns and w not in own else None
        nouns = nouns or ([goods] if goods else [])  # supplied 1,200 wheelchairs to X: things given, counted
        if not nouns and w in a.get("open_goods_verbs", ()):  # donated wheelchairs and hearing aids to X: any goods
            m = re.match(a["open_goods"], text[e:clause_end])
            nouns = [(e, e + m.end(), m.group(0))] if m else []
        if not nouns:
            n = len(found)
            _given_passive(ctx, s, e, found)  # technical assistance was provided to X by Y
            if len(found) == n:
                given_relative(ctx, s, e, found)  # the training (that) it had offered to diplomats of X
            continue
        markers = [(ms, me) for ms, me, _w in lx.find(text, a["recipient_markers"], sent.clause_start(s), s)
                   if not (a.get("not_marker") and re.match(a["not_marker"], text[ms:me + 4]))]
        # (为此请 Y 提供…: for this, no one it is given to)
        recips: list[str] = []
        mpos = s
        for ms, me in reversed(markers):
            gs = [g for g in sent.groups if me <= g.start and g.end <= s and g.kinds() & agents]
            # the group the marker governs (为 X 的代表出席 Y 提供…: X, not Y)
            governed = [g for g in gs if g.governor in a["recipient_markers"] and not lx.squeeze(text[me:g.start])]
            if governed or gs:
                g = (governed or gs[-1:])[0]
                nxt = next((h for h in gs if h.start >= g.end), None)  # 向 A 和 B 的联合国国家工作队: the named body
                if nxt is not None and "State" in g.kinds() and "State" not in nxt.kinds() \
                        and lx.squeeze(text[g.end:nxt.start]) in lx["modifier_words"]:
                    g = nxt
                recips, mpos = members_of(g, agents) + stationed_in(sent, g), ms
                recips += [k for k in _unnamed_also(sent, g, s, a) if k not in recips]
                break
            if lx.starts_with(lx.squeeze(text[me:me + 12]), a.get("marker_pronouns", ())):
                # 大韩民国为该国法官提供的培训: the pronoun is a State other than the provider itself
                actor = subject_before(sent, ms, agents, ctx.prev_subject)
                st = nearest_state(sent, ms, exclude=set(actor.keys) if actor is not None and "State" in actor.kinds()
                                   else set())
                if st:
                    recips, mpos = st.keys, ms
                elif a.get("pronoun_before_provider"):
                    # 该委员会欢迎人权高专办向其成员提供的培训: 其 is the actor before the provider
                    free = [h for h in sent.before(ms) if is_free(sent, h) and h.kinds() & agents]
                    if len(free) >= 2:
                        recips, mpos = members_of(free[-2], agents), ms
                break
        if not recips and markers:
            recips = visited_by(ctx, markers[-1][1], s, a)  # …进行了访问。X 为访问提供了支持: the visitor
        if not recips:
            recips = visit_object(ctx, nouns[-1][1], a)  # provided support for the visit: the visitor
        if not recips:
            recips = _pronoun_object(ctx, s, e, nouns, a)
        if not recips:
            recips = _recipient_after(sent, nouns, e, a)
        if not recips and w in own:
            recips = _law_owner(sent, e, clause_end, a)  # sent written observations in 2116 on a bill of X: X's law
        rest = lx.squeeze(text[nouns[-1][1]:nouns[-1][1] + 60])  # support to the establishment of a body in X
        if not recips and lx.starts_with(rest, a.get("recipient_after", ())):
            recips = _process_located(sent, nouns[-1][1], rest[len(lx.starts_with(rest, a["recipient_after"])):].lstrip(), a)
        asker = requested_by(sent, nouns[-1][1]) if not recips else None  # the support requested by X
        recips = recips or (members_of(asker, agents) if asker is not None else [])
        if not recips:
            loc = locative(sent, s)
            if loc is not None:
                recips = loc.keys
                mpos = min([ms for ms, _ in markers] + [s])
        if not recips:
            recips = fallback_recipient(ctx, s, a)
        if not recips and a.get("passage_state"):
            # … of the Niger. OHCHR provided technical support to the Ministry of Justice: the State of the passage
            rest = lx.squeeze(text[nouns[-1][1]:nouns[-1][1] + 40])
            m = lx.starts_with(rest, a.get("recipient_after", ()))
            if m and lx.starts_with(rest[len(m):].lstrip(), a.get("locative_objects", ())):
                recips = _passage_state(ctx, nouns[-1][1]) or report_state(ctx, named_ok=True)
        if not recips and a.get("unnamed_body_passage") and markers:
            # …塞拉利昂设立的机制。基金为机制秘书处提供了资金: an unnamed body of the State of the passage
            gap = strip_adverbs(text[markers[-1][1]:s], lx)
            if not any(markers[-1][1] <= g.start and g.end <= s for g in sent.groups) \
                    and _opens_with_body(gap, a, lx):
                recips = _passage_state(ctx, s)
                near = nearest_state(sent, markers[-1][0]) if not recips else None
                recips = recips or (near.keys if near is not None else [])  # 马里政府请…，X 随后向司法部提供了…
                recips = recips or report_state(ctx, named_ok=True)  # (a country report) X 向政府提供了咨询意见
        if not recips:
            done_as_asked(ctx, s)  # …邀请人权高专办提出意见。人权高专办向内政部提交了法律分析: given as asked
            continue
        if w in a.get("input_verbs", ()) and set(recips) <= set((lx["submitted_input"].get("addressed") or {}).get("to", ())):
            continue  # A 和 B 向人权高专办提交了书面意见: input to the report's author (submitted_input), no help
        prov = subject_before(sent, mpos, agents, ctx.prev_subject, exclude=set(recips))
        if prov and funds_bodies_with_money(ctx, prov, recips, nouns, s):
            continue  # 基金为人权高专办…办事处提供了资金: the offices are funded by the Fund
        if money_to_a_body(sent, recips, nouns, s):
            continue  # funds given to OHCHR or a fund: a contribution, not assistance
        if prov:
            found.append((prov, recips, s, nouns[-1][1], min(mpos, s)))
            for k in (asker.keys if asker is not None else ()):
                for p in prov.keys:
                    ctx.add(k, "requests", p)


def _given_passive(ctx: SentenceContext, s: int, e: int, found: list) -> None:
    """``Technical assistance was provided to X by Y``, ``support was given by Y to X``: a giving verb after
    a passive auxiliary (``passive_auxiliaries``) whose subject is a help noun, the recipient a group a
    recipient marker governs after the verb, the provider the ``by`` group there (``passive_by``)."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    aux = a.get("passive_auxiliaries", ())
    if not aux:
        return
    lo = sent.clause_start(s)
    head = lx.squeeze(lx.res["adverbs"].sub(" ", sent.text[lo:s]))
    if head.strip() in aux:  # Equipment worth …, including two laboratories, was delivered …: asides before the auxiliary
        lo = clauses_back(sent, lo, 2)
    if not lx.ends_with(head, aux) or not lx.find(sent.text, a["give_nouns"], lo, s):
        return
    if [g for g in sent.groups if lo <= g.start and g.end <= s and is_free(sent, g)]:
        return  # X was provided with …: a named subject is the recipient, read elsewhere
    end = sent.clause_end(e)
    after = [g for g in sent.groups if e <= g.start <= end and g.kinds() & lx.agents]
    recips = next((g for g in after if g.governor in a.get("recipient_after", ())), None)
    prov = next((g for g in after if g.governor in a.get("passive_by", ())), None)
    if prov is None and a.get("project_agent"):  # equipment was delivered to X under a joint project of Y and Z
        prov = next((g for g in after if re.search(a["project_agent"], sent.text[e:g.head])), None)
    if recips is None and prov is not None:
        recips = located_people(sent, s, e, end)  # In X, training was provided to 40 staff of the Ministry by Y
    if recips is None and prov is not None and a.get("support_of_report_state") and report_state(ctx):
        # (a country report) An opinion on the draft was delivered by Y: given to the report's State
        found.append((prov, report_state(ctx), s, e, s))
        return
    if recips is None or prov is None:
        return
    keys = members_of(recips, lx.agents) + [k for k in located_after(sent, recips) if k not in recips.keys]
    if not money_to_a_body(sent, keys, [], s):
        found.append((prov, keys, s, e, s))


def _pronoun_object(ctx: SentenceContext, s: int, e: int, nouns, a: dict) -> list[str]:
    """``cooperate with X and provide it with resources``: an object pronoun (``object_pronouns``)
    before the noun stands for the nearest group before the verb that is not its subject."""
    sent = ctx.sentence
    lx = sent.lx
    p = lx.starts_with(lx.squeeze(sent.text[e:nouns[0][0]]), a.get("object_pronouns", ()))
    if not p or not a.get("recipient_first"):
        return []
    subj = subject_before(sent, s, lx.agents, ctx.prev_subject)
    before = [g for g in sent.before(s) if g.kinds() & lx.agents and g is not subj]
    return members_of(before[-1], lx.agents) if before else []


def _law_owner(sent: Sentence, e: int, clause_end: int, a: dict) -> list[str]:
    """The State whose law, bill or code the advice given after ``e`` is on (``given_work_on``: the advice noun and
    its ``on``; ``work_object``: the law after it; the State an ``of`` governs): ``sent comments on a bill of X``."""
    lx = sent.lx
    rx = a.get("given_work_on")
    m = re.compile(rx).search(sent.text, e, clause_end) if rx and a.get("work_object") else None
    if m is None or not re.match(a["work_object"], lx.squeeze(sent.text[m.end():m.end() + 100]).lower()):
        return []
    return [k for g in sent.after(m.end()) if g.end <= clause_end
            and g.governor in a.get("work_owner_governors", ("of", "by", "for")) for k in members_of(g, {"State"})][:1]


def _recipient_after(sent: Sentence, nouns, e: int, a: dict) -> list[str]:
    """``provided assistance to Y`` (a marker after the noun), ``provided Y with assistance``."""
    lx = sent.lx
    agents = lx.agents
    markers = a.get("recipient_after", ())
    if not markers:
        return []
    first = object_after(sent, e, agents, max_gap=0)
    if first is not None and first.end <= nouns[0][0] and a.get("recipient_first"):
        return members_of(first, agents)  # provided Y with assistance
    # the nouns before the first group after the verb (not the 'funding' of … to X owing to funding constraints)
    after = [g.start for g in sent.groups if g.start >= e]
    nouns = [n for n in nouns if not after or n[0] < after[0]] or nouns
    end = sent.clause_end(nouns[-1][1])
    for g in sent.groups:
        if g.start < nouns[-1][1] or g.start > end:
            continue
        if g.governor in markers and g.kinds() & agents:
            if lx.ends_with(lx.trim(lx.squeeze(sent.text[max(e, g.head - 30):g.head]), "determiners"),
                            a.get("not_recipient_before", ())):
                return []  # technical assistance in follow-up to the review: what it follows, not whom it helps
            return members_of(g, agents) + [k for k in located_after(sent, g) if k not in g.keys]
        if g.kinds() & agents:
            if a.get("pronoun_before_group"):  # advisory services to its commission, and … from Uganda
                return state_pronoun_after_marker(sent, nouns[-1][1], markers)
            return []
    st = state_pronoun_after_marker(sent, nouns[-1][1], markers)
    return st


def _unnamed_also(sent: Sentence, g, s: int, a: dict) -> list[str]:
    """``在尼泊尔，X 向尼泊尔国家人权委员会和过渡时期司法机制提供…``: an unnamed national body (``passive_possessed``)
    coordinated after the named recipient, in a clause set in a State (``locative``): that State is helped too."""
    lx = sent.lx
    rest = lx.squeeze(sent.text[g.end:s])
    co = lx.starts_with(rest, lx["coordinators"])
    if not co or any(g.end <= h.start and h.end <= s for h in sent.groups):
        return []
    hits = lx.find(rest[len(co):].split("的", 1)[0], a.get("passive_possessed", ()))
    loc = locative(sent, s) if hits and hits[0][0] <= 10 else None
    return [k for k in loc.keys if k.startswith("state/")] if loc is not None else []


def _opens_with_body(gap: str, a: dict, lx) -> bool:
    """``gap`` (what a recipient marker governs) opens with an unnamed national body (``机制秘书处头两年的运作``,
    ``司法部``): one of ``passive_possessed`` or ``body_heads`` within its first few characters, before any 的 — or a short
    name that ends in one (``儿童权利保护局``)."""
    head = gap.split("的", 1)[0]
    bodies = tuple(a.get("passive_possessed", ())) + tuple(a.get("body_heads", ()))
    hits = lx.find(head, bodies)
    # (向儿童权利保护局提供了…: a body's own name, ending in its head noun, is the whole of what the marker governs)
    return bool(hits) and hits[0][0] <= 4 or len(gap) <= 12 and bool(lx.ends_with(gap, bodies)) \
        and not any(c in gap for c in "，,；;、")


def assists(ctx: SentenceContext, together) -> None:
    """Every form of the module docstring, over one sentence."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    agents = lx.agents
    text = sent.text
    found: list[tuple[Group, list[str], int, int, int]] = []  # provider, recipients, trigger, topic, predicate

    examples: set[str] = set()
    for s, e, _w in lx.find(text, a["examples_of"], sent.start, sent.end):
        examples |= {k for g in sent.after(e) for k in g.keys}
    for hit in lx.find(text, lx.words_of("assists", lambda: a["verbs"] + a["direct_verbs"] + a.get("work_verbs", [])),
                       sent.start, sent.end):
        s, e, w = hit
        if _noun_use(sent, s, e, a) or lx.guarded(text, hit) or _document_topic(sent, s, e, a):
            continue
        if a.get("told_before") and re.search(a["told_before"], lx.squeeze(text[sent.clause_start(s):s])):
            continue  # 请 X 说明其支持…的情况, asked X to describe its support to …: help told of, not given or asked for
        if a.get("told_purpose") and re.search(a["told_purpose"], lx.squeeze(text[sent.start:s])):
            continue  # an account of the support received by X to strengthen …: what the told help was for
        if w in a.get("work_infinitives", ()) and re.search(a.get("work_noun_before", "(?!)"), text[max(sent.start, s - 24):s]):
            continue  # asked X to review its draft law, that X review it: the bare form as a verb (its review by Y is none)
        if a.get("work_object_required") and w in a.get("work_verbs", ()) \
                and not re.search(a["work_object_required"], lx.squeeze(text[e:sent.clause_end(e)])):
            continue  # 审查了 X 的报告 (a treaty body's review) is no help; 审查了 X《…法》修正草案 is
        if w not in a.get("active_forms", ()) and passive_verb(sent, s, a):
            helped_by(ctx, s, e, examples, found, w)  # X was assisted by Y: Y helped X
            continue
        recips, tpos = _recipient_or_place(ctx, e, direct=w in a["direct_verbs"], verb=s)
        recips = unescorted(sent, w, recips)
        recips = [r for r in recips if r not in ctx.funders]  # supported the ministry, with support from X: X pays
        if not recips and a.get("work_object") and re.match(a["work_object"], lx.squeeze(text[e:e + 100]).lower()):
            # reviewed / commented on the draft law (of X): the State whose law it is, else (``work_passage_state``)
            # the passage's State
            own = [k for g in sent.after(e) if g.end <= sent.clause_end(e)
                   and g.governor in a.get("work_owner_governors", ("of", "by", "for")) for k in members_of(g, {"State"})]
            recips, tpos = own[:1] or (_passage_state(ctx, e) if a.get("work_passage_state", True) else []), e
        if not recips:
            done_as_asked(ctx, s)
            continue
        if offered(sent, s) or after_offer(sent, s):
            continue  # an offer of X to comment on the draft law of A (declined): the offers reader's (relate/offers.py);
            # X offered in 2115 to provide training …: the activity readers weigh the offer and its answer
        if funds_an_activity(sent, w, e, tpos, recips):
            continue  # 基金资助了人权高专办的项目: fundedBy on the activity (relate/activities.py)
        prov = subject_before(sent, s, agents, ctx.prev_subject, exclude=set(recips) | examples) \
            or asked_pronoun(sent, s, w, set(recips))  # 致函 X，请其协助…: 其 is X, the one asked
        if prov is None:
            prov = implemented_by(ctx, s)  # A programme implemented jointly by UNDP and the Office supported X
        if prov and funds_a_body(ctx, w, prov, recips, s):
            continue  # the Fund supported the OHCHR office in X: the office is funded by it
        if money_to_a_body(sent, recips, [], s):
            continue  # Norway supported OHCHR with USD 1 million: a contribution
        if prov:
            found.append((prov, recips, s, tpos, s))
        elif ctx.funders and not set(ctx.funders) & set(recips):
            # The project, funded by X, strengthened the judiciary of Y: no actor named, the funder helped
            emit_assist(ctx, list(ctx.funders), recips, year_before(sent, s), topic(sent, tpos), ctx.mood(s, None))
    _given(ctx, found)
    passive_help(ctx, found)
    reviewed_work(ctx)  # the draft law of X was commented on by Y
    through_activity(ctx, found)  # 通过 X 的项目获得了…
    given_to_it(ctx, found)
    requested_from(ctx, found)
    sought_help(ctx)  # 寻求 Y 的技术支助
    request_for_help_taken(ctx)
    similar_request(ctx)
    nominal_help(ctx, found)
    _supported_by(ctx, found)
    thanked_for(ctx, found)
    _shared_with(ctx, found)
    _scaled_up(ctx, found)
    _help_toward(ctx, found)
    _enabled_by(ctx, found)  # (and _enabled_after, the English word order)
    _beneficiary_of(ctx, found)
    funded_upkeep(ctx, found)  # financed the publication of the report of Y
    supported_relative(ctx, found)  # 由 X 支持的 Y 国家机制
    helped_relative(ctx, found)  # X, which Y advised in 2116, …
    # X 提供援助的例子包括 …Y 案例…
    for s, e, _w in lx.find(text, a["examples_of"], sent.start, sent.end):
        prov = subject_before(sent, s, agents, ctx.prev_subject)
        if prov is None:
            continue
        for g in sent.after(e):
            if "State" in g.kinds():
                ys = years(sent, e, g.start)
                y = ys[-1][1] if ys else None
                for r in members_of(g, {"State"}):
                    emit_assist(ctx, prov.keys, [r], y, topic(sent, g.end))
    # 受益国包括 A、B 和 C: the States that benefited from what the sentence (or the one before) reports
    for s, e, _w in lx.find(text, a.get("beneficiary_lists", ()), sent.start, sent.end):
        own = [g for g in sent.before(s) if g.kinds() & agents and g.governor is None
               and lx.squeeze(text[g.end:s]) in lx["modifier_words"]]
        prov = own[-1] if own else subject_before(sent, s, agents, ctx.prev_subject)  # 方案的受益国包括 A: the programme's
        if prov is None and ctx.prev_subject is not None and not sent.before(s) and ctx.prev_subject.kinds() & agents:
            prov = ctx.prev_subject  # the list opens its own sentence: the previous one's subject gave
        recips = [k for g in sent.after(e) for k in members_of(g, {"State"})]
        if prov is not None and recips:
            found.append((prov, [r for r in recips if r not in prov.keys], s, e, s))
    found += _included(ctx, a) + beneficiaries_listed(ctx, a) + beneficiaries_of(ctx)
    money_for = a.get("money_purpose", ())
    for prov, recips, pos, tpos, ppos in found:
        if money_for and lx.ends_with(lx.squeeze(text[max(sent.start, pos - 8):pos]), money_for) \
                and parse_amount(text[sent.start:pos], lx):
            continue  # 捐款 25 万瑞士法郎，专门用于支持 Y 的工作: what the money given is for, no help of the giver's
        if fund_supports_a_body(ctx, prov, recips, ppos):
            continue  # the Office received support from the Fund: the Office is funded by it
        providers = list(prov.keys) + [c for c in co_providers(together, prov.keys, pos)
                                       if c not in prov.keys and c not in recips]
        emit_assist(ctx, providers, recips, year_before(sent, pos), topic(sent, tpos), ctx.mood(ppos, prov))
    request_met(ctx)  # (after the help this sentence asked for is stated)


def _included(ctx: SentenceContext, a: dict) -> list:
    """``方案为 12 个国家举办了讲习班，其中包括 A 和 B``: help to a counted, unnamed set of States
    (``included_lists`` ``unnamed``), followed in the sentence by an including word and the States it names,
    reaches those States from the helper of the counted ones."""
    inc = a.get("included_lists")
    if not inc:
        return []
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    verbs = list(a["verbs"]) + list(a["direct_verbs"]) + list(a["give_verbs"]) \
        + list((lx.get("activities") or {}).get("verbs", ()))
    out = []
    for m in re.finditer(inc["unnamed"], text[sent.start:sent.end]):
        at = sent.start + m.start()
        for s, e, _w in lx.find(text, inc["words"], at, sent.end):
            if any(at <= g.start < s for g in sent.groups) or not lx.find(text, verbs, at, s):
                break  # a named recipient before the list, or no help between: nothing to reach
            recips = [k for g in sent.after(e) if g.start < sent.clause_end(e) and g.governor is None
                      for k in members_of(g, set(inc.get("kinds", ("State",))))]
            prov = subject_before(sent, at, lx.agents, ctx.prev_subject, exclude=set(recips))
            if prov is not None and recips:
                out.append((prov, recips, at, e, at))
            break
    return out
