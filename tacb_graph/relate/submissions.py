"""Who reported for the report: ``submittedInputTo`` — reply lists (``作了回复：A、B 和 C``, ``Replies were
received from A and B, and from C, on behalf of …, D``), joint replies, ``在呈件中``, ``in its reply``, submissions
received from someone (``Contributions were also received from A``) and the relative ``收到了 A 提交的材料`` (and
``收到了 A 外交部、B 和 C 的书面材料``); a State's organ or a phrase addressing the input to the report's author may
stand between the submitter and its words (``A 外交部在材料中``, ``A 和 B 向人权高专办提交了材料``).
Word lists: ``submitted_input`` in ``data/patterns/{lang}/relations.json``; split out of :mod:`.links`.
"""

from __future__ import annotations

import re

from ..records import REPORT
from .patterns import SentenceContext
from .roles import government_trimmed, is_free, members_of, organ_trimmed, strip_adverbs

__all__ = ["submitted_input"]


_ADDRESSED = "\0addressed"  # the hit mark of ``addressed_verbs_rx``

def submitted_input(ctx: SentenceContext) -> None:
    """``作了回复：A、B 和 C``; ``A 和 B 提交了一份联合回复``; ``A 在呈件中表示``; ``Replies were
    received from: A, B``; ``A also submitted a contribution``; ``In its reply, A …``."""
    sent = ctx.sentence
    lx = sent.lx
    si = lx["submitted_input"]
    agents = lx.agents
    text = sent.text
    opener = re.compile(si.get("list_opener", ":"))  # the colon (or ", namely") that opens the list
    triggers = lx.find(text, si["list_triggers"], sent.start, sent.end)
    if si.get("list_triggers_rx"):  # eleven States had answered: A, B and C: a counted subject, then the list
        triggers = sorted(triggers + [(sent.start + m.start(), sent.start + m.end(), "") for m in
                                      re.finditer(si["list_triggers_rx"], text[sent.start:sent.end])])
    for s, e, _w in triggers:
        m = opener.search(text, e, min(sent.end, sent.clause_end(e) + 1 + si.get("list_gap", 0)))
        colon = m.end() - 1 if m else -1
        if colon != -1 and len(lx.squeeze(text[e:m.start()])) <= si.get("list_gap", 0) \
                and not any(e <= g.start < colon for g in sent.groups):
            for g in sent.after(colon):
                for k in members_of(g, agents):
                    ctx.add(k, "submittedInputTo", REPORT, via="list")
    on_other = (si.get("received_from") or {}).get("on_other")
    hits = lx.find(text, lx.words_of("submitted_input", lambda: si["verbs"] + si["in_submission"]
                                     + si.get("comment_verbs", [])), sent.start, sent.end)
    hits += [h for h in lx.find(text, si.get("handed_verbs", ()), sent.start, sent.end) if _to_authors(sent, h[1], si, ctx.parents)]
    ends = "".join(lx.clause_ends) + "0123456789\n"  # (words that count only where they end their clause)
    if si.get("verbs_at_clause_end") and (not si.get("clause_end_context") or re.search(si["clause_end_context"], text)):
        # A、B 和 C 也提供了材料。: a submission only where the words end the clause (Costa Rica and Honduras replied,
        # where given only in a unit that speaks of input asked for: ``clause_end_context``)
        late = re.compile(si["clause_end_after"]) if si.get("clause_end_after") else None  # replied in time;
        hits = hits + [(s, e, w) for s, e, w in lx.find(text, si["verbs_at_clause_end"], sent.start, sent.end)
                       if e >= sent.end or text[e] in ends or late is not None and late.match(text, e, sent.end)]
    if si.get("verbs_rx_at_clause_end"):  # A 和 B 寄来一份联合材料；C 和 D 各自提交了材料: the open forms, clause-final
        hits = hits + [(sent.start + m.start(), sent.start + m.end(), "") for m in
                       re.finditer(si["verbs_rx_at_clause_end"], text[sent.start:sent.end])
                       if sent.start + m.end() >= sent.end or text[sent.start + m.end()] in ends]
    if si.get("verbs_rx"):  # forwarded a brief supplementary reply, sent a joint written submission: the open forms
        hits = hits + [(sent.start + m.start(), sent.start + m.end(), "") for m in
                       re.finditer(si["verbs_rx"], text[sent.start:sent.end])]
    if si.get("addressed_verbs_rx"):  # A 和 B 向人权高专办提交了意见: words that are input only when addressed
        hits = hits + [(sent.start + m.start(), sent.start + m.end(), _ADDRESSED) for m in
                       re.finditer(si["addressed_verbs_rx"], text[sent.start:sent.end])]
    in_rx = set()  # 在为本报告提交的书面材料中, In its second written reply: the open forms of in_submission
    if si.get("in_submission_rx"):
        in_rx = {(sent.start + m.start(), sent.start + m.end())
                 for m in re.finditer(si["in_submission_rx"], text[sent.start:sent.end])}
        hits = hits + [(s, e, "") for s, e in sorted(in_rx)]
    excepted = [(sent.start + m.start("but"), sent.start + m.end("but")) for rx in si.get("all_but", ())
                for m in re.finditer(rx, text[sent.start:sent.end])]
    spans = _neither(sent, si.get("none_sent") or {})  # (Neither X nor Y replied: _none_sent reads it)
    for s, e, w in hits:
        if any(a <= s < b for a, b in spans):
            continue
        if w in si.get("comment_verbs", ()) and not re.match(si["comment_object"], text[e:]):
            continue  # commented on the draft law: only comments on the report's own draft are input to it
        if on_other and re.match(on_other, text[e:]) and not (si.get("on_report") and re.match(si["on_report"], text[e:])):
            continue  # submitted comments on the draft law: advice on the State's text, not input to the report
        if si.get("on_other_before") and re.search(si["on_other_before"], lx.squeeze(text[sent.clause_start(s):s])):
            continue  # 就法律草案提交了评论: the same, with the text commented on before the verb
        aside = re.compile(si["verb_aside"]) if si.get("verb_aside") else None
        near = [g for g in sent.before(s) if g.governor is None and _next_to(sent, g, s, si, aside, ctx.parents)
                and not any(a <= g.start < b for a, b in excepted)]  # (All but X replied: X did not)
        if w == _ADDRESSED:  # (提交了意见 alone may be advice given: only to the report's authors is it input)
            near = [g for g in near if any(h.governor is not None and g.end <= h.start and h.end <= s for h in sent.groups)]
            if not near:
                continue
        if not near and si.get("joint_markers"):  # 大赦国际与人权观察在联合材料中…: the pair the marker joins
            last = [g for g in sent.before(s) if g.end <= s]
            if len(last) >= 2 and last[-1].governor in si["joint_markers"] \
                    and not government_trimmed(strip_adverbs(text[last[-1].end:s], lx), lx) \
                    and last[-2].governor is None and lx.squeeze(text[last[-2].end:last[-1].head]).strip() \
                    == last[-1].governor:
                near = last[-2:]
        in_phrase = w in si["in_submission"] or (s, e) in in_rx
        if in_phrase and si.get("in_submission_not_followed") and re.match(si["in_submission_not_followed"], text[e:]):
            continue  # In its response to the pandemic: what it did, not what it wrote to the report
        if not near and in_phrase and si.get("in_submission_before_subject"):
            # In its reply, X …; In its comments on a draft of the report, the Y …
            lead = si.get("in_submission_subject_lead")
            near = [g for g in sent.after(e)[:1] if is_free(sent, g)
                    and (len(gap := lx.squeeze(text[e:g.head]).split(",")[-1].strip()) <= 1
                         or lead and re.fullmatch(lead, gap))]
        if near:
            mood = ctx.mood(s, near[-1])
            behalf = lx.stances.get("behalf_governors", ())
            frames = si.get("behalf_frames", ())  # 以 Y 的名义: a governor and the words after the name
            spoken_for = [g for g in sent.groups if near[-1].end <= g.start and (
                g.governor in behalf or any(lx.squeeze(text[near[-1].end:g.start]).endswith(gv)
                                            and lx.squeeze(text[g.end:s]).startswith(tail) for gv, tail in frames))
                          and (g.end <= s or e <= g.start <= sent.clause_end(e))]  # (… its reply on behalf of Y)
            for g in _joined_before(sent, near[-1], si) + [near[-1]] + spoken_for + _echoed(sent, e, si):
                for k in members_of(g, agents):  # (X 代表 Y 提交了答复: the one spoken for replies too)
                    ctx.add(k, "submittedInputTo", REPORT, mood=mood)
    _listed(ctx, si)
    _all_but(ctx, si)
    _all_of_kind(ctx, si)
    _none_sent(ctx, si)
    _received_from(ctx, si)
    _received_relative(ctx, si)
    _sent_relative(ctx, si)
    _sent_for(ctx, si)
    _in_own_submission(ctx, si)
    _owned_reply(ctx, si)
    if si.get("reply_from"):  # A reply from X, received after the deadline, was also taken into account
        for g in sent.groups:
            if g.governor is not None and g.kinds() & agents and re.fullmatch(
                    si["reply_from"], lx.squeeze(text[sent.clause_start(g.head):g.head]).strip().lower()):
                for k in members_of(g, agents):
                    ctx.add(k, "submittedInputTo", REPORT, mood=ctx.mood(g.start, g))


def _neither(sent, ns: dict) -> list[tuple[int, int]]:
    """The stretches of the sentence that ``ns`` ``neither`` matches (``Neither X nor Y responded``)."""
    rx = ns.get("neither")
    return [(sent.start + m.start(), sent.start + m.end()) for m in re.finditer(rx, sent.text[sent.start:sent.end])] \
        if rx else []


def _none_sent(ctx: SentenceContext, si: dict) -> None:
    """``Myanmar, which had been approached as well, sent nothing``; ``X did not reply``; ``X acknowledged receipt
    of the note verbale but sent no views``: one asked for input that gave none (``none_sent``, words that end
    their clause or name what was asked for, ``after``) is a Negated submitter. The subject stands
    right before the words, or before an aside or a first predicate joined by ``but`` (``gap``); the unit speaks of
    input asked for (``context``: a note verbale, a questionnaire, submissions, a deadline). ``neither``: the words
    that give each of two named none (``Neither X nor Y responded``)."""
    ns = si.get("none_sent")
    if not ns:
        return
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    hits = lx.find(text, ns["words"], sent.start, sent.end)
    if ns.get("words_rx"):  # would not be sending a written reply: the open forms of the words
        hits = hits + [(sent.start + m.start(), sent.start + m.end(), "")
                       for m in re.finditer(ns["words_rx"], text[sent.start:sent.end])]
    spans = _neither(sent, ns)  # Neither X nor Y responded: each of the two named between the words gave none
    if spans and not (ns.get("context") and not re.search(ns["context"], text)):
        for g in sent.groups:
            if any(lo <= g.start and g.end <= hi for lo, hi in spans) and g.kinds() & lx.agents:
                for k in members_of(g, lx.agents):
                    ctx.add(k, "submittedInputTo", REPORT, mood=("Negated", None), via="none_sent")
    if not hits or ns.get("context") and not re.search(ns["context"], text):
        return  # (the Office had not replied: to a request for help, in a unit that asks no one for input; the
        # unit's words are searched only where the sentence has the words, not for every sentence of a long unit)
    after = re.compile(ns["after"])
    gap_rx = re.compile(ns["gap"])
    done: set[str] = set()
    for s, e, _w in hits:
        if not after.match(text[e:sent.end]):
            continue  # did not respond to the crisis: no reply withheld from the report
        clause = sent.clause_start(s)
        for g in reversed(sent.before(s)):
            if g.governor is not None or not g.kinds() & lx.agents or not is_free(sent, g):
                continue
            gap = lx.squeeze(text[g.end:s]).strip()
            if not gap or gap_rx.match(gap):
                keys = members_of(g, lx.agents)
                if len(g.items) > 1 and ns.get("object_before") and re.search(
                        ns["object_before"], lx.squeeze(text[sent.clause_start(g.start):g.start]).strip()):
                    # …a reply that never reached the Office, and PAHO wrote …: the first is the verb's object
                    keys = [k for k in members_of(g, lx.agents) if k == g.items[-1].key]
                for k in keys:
                    if k not in done:  # (a listed phrase and an open form may both read the same words)
                        done.add(k)
                        ctx.add(k, "submittedInputTo", REPORT, mood=("Negated", None), via="none_sent")
                break
            told = ns.get("told_object")
            if told and re.search(told, lx.squeeze(text[max(sent.start, g.head - 30):g.head])):
                continue  # X assured the Office that its reply would follow, but none came: the one told is no subject
            if g.start < clause:
                break  # (X let the Secretariat know that it would not reply: the one told is passed over in the
                # clause, never a name of an earlier clause)


def _all_but(ctx: SentenceContext, si: dict) -> None:
    """``除 X 以外，其余各方都寄来了书面答复``, ``All but X replied``: those the report's author asked for input in an
    earlier sentence of the unit (it ``requests`` them; ``addressed`` ``to`` names the authors), or, when none was asked
    so, those the sentence before addressed (governed by ``all_but_addressed``: wrote to A, B and C; or objects of an
    ``all_but_invited`` verb: invited A, B and C to send information), replied, save
    the ones the exception names (``all_but``: regular expressions, the exception in their group ``but``); where the
    language sets ``all_but_negated``, the ones excepted that were asked did not (Negated)."""
    sent = ctx.sentence
    lx = sent.lx
    authors = set((si.get("addressed") or {}).get("to", ()))
    for rx in si.get("all_but", ()):
        m = re.search(rx, sent.text[sent.start:sent.end])
        if m is None:
            continue
        asked = [r.object for r in ctx.earlier if r.predicate == "requests" and r.subject in authors]
        if not asked and si.get("all_but_addressed"):  # The Secretariat wrote to A, B and C. Each of them answered
            asked = _addressed(ctx.carried.get("named", ()), si["all_but_addressed"], lx, authors)  # apart from C
        if not asked and si.get("all_but_invited") and ctx.carried.get("named_in") is not None:
            asked = _invited(ctx.carried["named_in"], ctx.carried.get("named", ()), si["all_but_invited"], lx, authors)
        lo, hi = sent.start + m.start("but"), sent.start + m.end("but")
        but = {k for g in sent.groups if lo <= g.start and g.end <= hi for k in members_of(g, lx.agents)}
        if not but:
            continue  # (除上述材料外，其余各方…: no exception named, nothing read)
        for k in dict.fromkeys(asked):
            if k not in but:
                ctx.add(k, "submittedInputTo", REPORT, mood=ctx.mood(sent.start + m.end()), via="all_but")
            elif si.get("all_but_negated"):  # (the exception, asked, is said not to have replied)
                ctx.add(k, "submittedInputTo", REPORT, mood=("Negated", None), via="all_but")
        return


def _all_of_kind(ctx: SentenceContext, si: dict) -> None:
    """``All four Governments sent written answers, as did IOM and UNHCR``, ``两个国家人权委员会都作了书面答复``: a
    subject that counts all the asked of a kind (``all_of_kind``: ``rx``, a regular expression whose group ``kind`` is a
    key of ``kinds``, the entity classes it stands for) and replies: those of that kind the report's author asked for
    input earlier in the unit (it ``requests`` them), else those the sentence before addressed (``all_but_addressed``),
    replied; so did the list joined right before the subject (``joined``: A、B 和 C 三国政府以及…) and the groups an echo
    (:func:`_echoed`) names after it."""
    spec = si.get("all_of_kind")
    if not spec:
        return
    sent = ctx.sentence
    lx = sent.lx
    m = re.search(spec["rx"], sent.text[sent.start:sent.end])
    if m is None:
        return
    authors = set((si.get("addressed") or {}).get("to", ()))
    kinds = set(spec["kinds"].get(m.group("kind").lower(), ()))
    unit_kinds = ctx.unit_kinds()
    asked = [r.object for r in ctx.earlier if r.predicate == "requests" and r.subject in authors]
    if not asked and si.get("all_but_addressed"):
        asked = _addressed(ctx.carried.get("named", ()), si["all_but_addressed"], lx, authors)
    asked = [k for k in dict.fromkeys(asked) if unit_kinds.get(k) in kinds]
    mood = ctx.mood(sent.start + m.end() - 1)
    for k in asked:
        ctx.add(k, "submittedInputTo", REPORT, mood=mood, via="all_of_kind")
    before = next((g for g in reversed(sent.before(sent.start + m.start())) if g.kinds() & lx.agents), None)
    if asked and before is not None and spec.get("joined") and is_free(sent, before) \
            and re.fullmatch(spec["joined"], lx.squeeze(sent.text[before.end:sent.start + m.start()]).strip()):
        for k in members_of(before, lx.agents):  # A、B 和 C 三国政府以及两个国家人权委员会都作了答复: A, B and C too
            ctx.add(k, "submittedInputTo", REPORT, mood=mood, via="all_of_kind")
    for g in _echoed(sent, sent.start + m.end(), si) if asked else ():
        for k in members_of(g, lx.agents):
            ctx.add(k, "submittedInputTo", REPORT, mood=mood, via="all_of_kind")


def _echoed(sent, e: int, si: dict) -> list:
    """``X sent written answers, as did IOM and UNHCR``: the groups an echo after ``e`` (``echo``, a regular
    expression ending right before them) names in its clause."""
    m = re.match(si["echo"], sent.text[e:sent.end]) if si.get("echo") else None
    if m is None:
        return []
    lo = e + m.end()
    return [g for g in sent.groups if g.start >= lo and g.end <= sent.clause_end(lo)]


def _invited(before, named, verbs, lx, authors) -> list[str]:
    """The agents of ``named`` (the groups of the sentence ``before``) a verb of inviting or asking (``verbs``: invited,
    asked) takes as its objects, one after the other with no preposition before them (invited A, B and C to send …)."""
    hits = lx.find(before.text, verbs, before.start, before.end)
    out: list[str] = []
    for g in named if hits else ():
        if g.start < hits[0][1]:
            continue
        if g.governor is not None or g.start > before.clause_end(hits[0][1]) and not out:
            break
        out += [k for k in members_of(g, lx.agents) if k not in authors and k not in out]
    return out


def _addressed(named, governors, lx, authors) -> list[str]:
    """The agents of ``named`` (the groups of the sentence before) from the first one ``governors`` governs (wrote to
    A) to the end of its list: the groups after it that no other preposition governs (A, the Governments of B and C,
    and D)."""
    out: list[str] = []
    for g in named:
        if g.governor in governors or out and g.governor is None:
            out += [k for k in members_of(g, lx.agents) if k not in authors and k not in out]
        elif out:
            break
    return out


def _listed(ctx: SentenceContext, si: dict) -> None:
    """``作出答复的国家有 A、B 和 C``: the names a ``list_leads`` expression opens, to the end of its clause, replied;
    ``非政府组织中则有 A 和 B`` (``elliptic_leads``) too, in a sentence that already reported replies."""
    sent = ctx.sentence
    lx = sent.lx
    leads = [(rx, False) for rx in si.get("list_leads", ())] + [(rx, True) for rx in si.get("elliptic_leads", ())]
    for rx, elliptic in leads:
        if elliptic and not any(r.predicate == "submittedInputTo" for r in ctx.relations):
            continue
        for m in re.finditer(rx, sent.text[sent.start:sent.end]):
            lo = sent.start + m.end()
            hi = sent.clause_end(lo)
            if m.group().endswith((":", "：")):  # 下列各方寄来了答复：A、B；C、D；E 和 F — one kind of submitter a clause
                while hi < sent.end and sent.text[hi] in ";；" and _names_only(sent, hi + 1, sent.clause_end(hi + 1)):
                    hi = sent.clause_end(hi + 1)
            for g in sent.groups:  # (…所载资料由 A、B 和 C 提供: the lead's own last word governs the list)
                if lo <= g.start and g.end <= hi + 1 and (g.governor is None or (
                        g.governor == lx.squeeze(sent.text[sent.start:lo]).rstrip()[-len(g.governor):])):
                    for k in members_of(g, lx.agents):
                        ctx.add(k, "submittedInputTo", REPORT, mood=ctx.mood(lo, g), via="list")


def _names_only(sent, lo: int, hi: int) -> bool:
    """Whether the words from ``lo`` to ``hi`` are names and the coordinators or commas between them, nothing else."""
    lx = sent.lx
    inner = [g for g in sent.groups if lo <= g.start and g.end <= hi + 1]
    if not inner or any(g.governor is not None for g in inner):
        return False
    rest, at = [], lo
    for g in inner:
        rest.append(sent.text[at:g.start])
        at = g.end
    rest.append(sent.text[at:hi])
    return all(not lx.squeeze(r).strip(" 、，,;；") or lx.squeeze(r).strip(" 、，,") in lx["coordinators"] for r in rest)


def _joined_before(sent, g, si: dict) -> list:
    """The groups joined to ``g`` before it by a comma and a coordinator (``list_joiners``: A、B 和 C，以及 D 也提交了
    答复; A and B, as well as C, also replied), and, once such a joiner is crossed, by a comma alone
    (``series_separators``: A 和 B，C 和 D，以及 E — a list of lists, one per kind of submitter), nearest last."""
    lx = sent.lx
    joiners = si.get("list_joiners", ())
    organ = si.get("list_organ_joiner")  # 老挝外交部、开发署和儿基会作了答复: a State's organ, then the list goes on
    series = False  # (a comma and a coordinator crossed: A 和 B，C 和 D，以及 E — a list of lists, each closed by a comma)
    out = []
    listed = si.get("list_commas") and len(g.keys) > 1  # A, B, the C of D, E and F replied: a list closed by 'and'
    for prev in reversed(sent.before(g.start)):
        gap = lx.squeeze(sent.text[prev.end:(out[0] if out else g).start]).strip()
        comma = listed and lx.trim(gap, "determiners").strip() in si["list_commas"]
        if prev.governor is not None or not prev.kinds() & lx.agents or \
                gap not in joiners and not (organ and "State" in prev.kinds() and re.fullmatch(organ, gap)) \
                and not (series and gap in si.get("series_separators", ())) and not comma:
            break
        series = series or gap in joiners and gap[:1] in si.get("series_separators", ())
        out.insert(0, prev)
    return out


def _received_relative(ctx: SentenceContext, si: dict) -> None:
    """``秘书长收到了 A、B 和 C 提交的材料``: the groups a submission phrase (``received_relative``
    ``after``) follows, after a receiving verb (``verbs``) in their clause, submitted input."""
    rr = si.get("received_relative")
    if not rr:
        return
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    joiners = lx["coordinators"]
    for i, g in enumerate(sent.groups):
        if not g.kinds() & lx.agents or not lx.starts_with(
                organ_trimmed(g, lx.squeeze(text[g.end:g.end + 24]), lx), rr["after"]):
            continue
        run = [g]  # 收到了 A 外交部、B 和 C 的书面材料: the list back to the verb, a State's organ between its names
        for h in reversed(sent.groups[:i]):
            if organ_trimmed(h, lx.squeeze(text[h.end:run[0].head]), lx) not in joiners:
                break
            run.insert(0, h)
        verbs = lx.find(text, rr["verbs"], sent.clause_start(run[0].head), run[0].head)
        if not verbs or lx.squeeze(text[verbs[-1][1]:run[0].head]):
            continue  # the group is the verb's object: nothing between them
        mood = ctx.mood(verbs[-1][0], None)
        for h in run:
            for k in members_of(h, lx.agents):
                ctx.add(k, "submittedInputTo", REPORT, mood=mood, via="list")


def _sent_relative(ctx: SentenceContext, si: dict) -> None:
    """``the written contributions that A, B and C sent in response to a note verbale``: a list of names between a
    submission noun with its relative pronoun (``sent_relative`` ``lead``, a regular expression on the clause before
    the first name) and a sending verb (``verb``, one on the words after the last) submitted input. Contributions of
    money (an amount in the sentence) are no submissions."""
    sr = si.get("sent_relative")
    if not sr:
        return
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    from .contributions import parse_amount

    groups = [g for g in sent.groups if g.governor is None and g.kinds() & lx.agents]
    money = None  # (read once, and only where a list was found)
    for i, g in enumerate(groups):
        if not re.search(sr["lead"], lx.squeeze(text[sent.clause_start(g.head):g.head])):
            continue
        run = [g]
        for nxt in groups[i + 1:]:
            if not re.fullmatch(sr["joiner"], lx.squeeze(text[run[-1].end:nxt.head])):
                break
            run.append(nxt)
        if not re.match(sr["verb"], text[run[-1].end:run[-1].end + 60]):
            continue
        money = bool(parse_amount(text[sent.start:sent.end], lx)) if money is None else money
        if money:
            continue
        for r in run:
            for k in members_of(r, lx.agents):
                ctx.add(k, "submittedInputTo", REPORT, mood=ctx.mood(g.start, r), via="list")


def _in_own_submission(ctx: SentenceContext, si: dict) -> None:
    """``在巴基斯坦以伊斯兰合作组织名义提交的答复中，…``: the one a locative phrase about a submission names (``own_submission``:
    ``governors`` before it, ``after`` a regular expression on the words after it up to the submission noun) gave
    input, and so does the one named inside those words (on whose behalf)."""
    spec = si.get("own_submission")
    if not spec:
        return
    sent = ctx.sentence
    lx = sent.lx
    for g in sent.groups:
        if g.governor not in spec["governors"] or not g.kinds() & lx.agents:
            continue
        m = re.compile(spec["after"]).match(sent.text, g.end, sent.clause_end(g.end))
        if m is None:
            continue
        for h in [g] + [h for h in sent.groups if g.end <= h.start and h.end <= m.end() and h.kinds() & lx.agents]:
            for k in members_of(h, lx.agents):
                ctx.add(k, "submittedInputTo", REPORT, mood=ctx.mood(g.start, h))


def _owned_reply(ctx: SentenceContext, si: dict) -> None:
    """``儿基会的材料则认为，…``, ``开发署的答复对这一提法未加评论``: a submission of X's that opens its clause as the
    subject of a verb of saying (``owned_reply``, a regular expression on the words after X) — X gave input."""
    rx = si.get("owned_reply")
    if not rx:
        return
    sent = ctx.sentence
    lx = sent.lx
    for g in sent.groups:
        if g.governor is not None or not g.kinds() & lx.agents \
                or lx.squeeze(sent.text[sent.clause_start(g.start):g.start]).strip(" ，,"):
            continue
        if re.match(rx, sent.text[g.end:sent.clause_end(g.end) + 1]):
            for k in members_of(g, lx.agents):
                ctx.add(k, "submittedInputTo", REPORT, mood=ctx.mood(g.start, g))


def _sent_for(ctx: SentenceContext, si: dict) -> None:
    """``伊斯兰合作组织的呈件由巴基斯坦代为提交``: a submission of X that Y handed in for it — both gave input
    (``sent_for``: ``between``, a regular expression on the words between X and Y; ``after``, one on the words after Y)."""
    sf = si.get("sent_for")
    if not sf:
        return
    sent = ctx.sentence
    lx = sent.lx
    groups = [g for g in sent.groups if g.kinds() & lx.agents]
    for a, b in zip(groups, groups[1:]):
        if re.fullmatch(sf["between"], lx.squeeze(sent.text[a.end:b.head]).strip()) \
                and re.match(sf["after"], lx.squeeze(sent.text[b.end:b.end + 12])):
            for g in (a, b):
                for k in members_of(g, lx.agents):
                    ctx.add(k, "submittedInputTo", REPORT, mood=ctx.mood(b.end, g), via="list")


def _received_from(ctx: SentenceContext, si: dict) -> None:
    """``Contributions were also received from A, B and C``, ``Replies from A and B were received after the
    deadline``: a submission noun and a receiving verb (``received_from``) around a group governed by
    ``from``. Contributions of money (an amount, or a word of ``money_words`` in the sentence) are no
    submissions, nor is what the noun says is about something else than the report (``on_other``, a regular
    expression on the words after it: comments on two drafts of a bill were provided by X), nor a noun inside an idiom
    (``idioms``: in response to a request made by X)."""
    rf = si.get("received_from")
    if not rf:
        return
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    from .contributions import parse_amount

    money = bool(lx.find(text, rf.get("money_words", ()), sent.start, sent.end)) or \
        bool(parse_amount(text[sent.start:sent.end], lx))
    cont = re.compile(rf["continued"]) if rf.get("continued") else None
    again = [f"{c} {m}" for c in lx["coordinators"] for m in rf["markers"]]
    repeated = re.compile(rf["repeated"]) if rf.get("repeated") else None  # …; from B, on behalf of …; from C
    behalf = re.compile(rf["on_behalf"]) if rf.get("on_behalf") else None  # from A on behalf of B
    authors = re.compile(r"(?:the\s+)?(?:%s)\s+(%s)" % ("|".join(map(re.escape, rf["authors"])),  # the Secretariat from A
                                                        "|".join(map(re.escape, rf["markers"])))) if rf.get("authors") else None
    counted = re.compile(rf["counted"]) if rf.get("counted") else None  # (ends right before the group)
    last = None  # (the group last read as a submitter, the noun that made it one)
    for g in sent.groups:
        if last is not None and cont is not None and g.governor is None and g.kinds() & lx.agents \
                and cont.match(lx.trim(lx.squeeze(text[last[0].end:g.head]), "determiners")):
            last = (g, last[1])  # from A, on behalf of its members, B and C: the list goes on after the aside
            for k in members_of(g, lx.agents):
                ctx.add(k, "submittedInputTo", REPORT, mood=ctx.mood(last[1], None), via="list")
            continue
        if last is not None and behalf is not None and g.kinds() & lx.agents \
                and behalf.match(lx.squeeze(text[last[0].end:g.start])):
            last = (g, last[1])  # from A on behalf of B: B's submission, sent by A
            for k in members_of(g, lx.agents):
                ctx.add(k, "submittedInputTo", REPORT, mood=ctx.mood(last[1], None), via="list")
            continue
        of_nouns = rf.get("of_nouns", ()) if g.governor in rf.get("of_markers", ()) else ()
        governor = g.governor
        if governor is None and g.head < g.start and authors is not None:  # replies had reached the Secretariat from A
            m = authors.fullmatch(lx.squeeze(text[g.head:g.start]).strip())
            governor = m.group(1) if m else None
        owned = rf.get("government_of")  # from the Governments of A and B: the marker before the States' Government
        if governor not in rf["markers"] and owned:
            m = re.search(owned, lx.squeeze(text[max(sent.start, g.head - 40):g.head]))
            governor = m.group(1) if m else governor
        anchor, upto = g.head, g.start  # (where the marker stands; where the gap from the last group ends)
        if governor not in rf["markers"] and not of_nouns and counted is not None and g.kinds() & lx.agents:
            # Answers came from 14 States, among them A and B: the marker governs the count, the names follow it
            m = counted.search(text, max(sent.start, g.start - 160), g.start)
            if m is not None:
                governor, anchor, upto = m.group("marker"), m.start("marker"), m.end("marker")
        if (governor not in rf["markers"] and not of_nouns) or not g.kinds() & lx.agents:
            continue
        lo, hi = sent.clause_start(anchor), sent.clause_end(g.end)
        idioms = [m.span() for m in re.finditer(rf["idioms"], text[lo:anchor])] if rf.get("idioms") else []
        nouns = [n for n in lx.find(text, of_nouns or rf["nouns"], lo, anchor)
                 if not (money and n[2] in rf.get("money_nouns", ()))
                 and not any(a <= n[0] - lo < b for a, b in idioms)  # in response to a request made by X: no reply
                 and not (rf.get("on_other") and re.match(rf["on_other"], text[n[1]:anchor]))  # comments on a draft bill
                 and not (rf.get("gathered_by") and re.match(rf["gathered_by"], text[n[1]:anchor]))
                 and not (rf.get("not_between") and re.search(rf["not_between"], text[n[1]:anchor]))]
        # (information gathered by the Office: what the author collected, no one's submission)
        if of_nouns:  # a joint submission of X: the noun right before the marker
            nouns = [n for n in nouns if lx.trim(lx.squeeze(text[n[1]:g.head]), "determiners").strip() == g.governor]
        verbs = lx.find(text, rf["verbs"], lo, hi) or lx.find(text, rf.get("source_verbs", ()), sent.start, hi)
        answered = rf.get("answered")  # the questionnaire had been answered by A, B and C: a request for input, answered
        if answered and not of_nouns and not nouns and lx.find(text, answered["verbs"], lo, anchor):
            nouns = lx.find(text, answered["nouns"], lo, anchor)
            verbs = verbs or lx.find(text, answered["verbs"], lo, anchor)
        # (The report draws on replies from A, …, and on information from B: the report's sources, one verb for all)
        if not nouns or not verbs:
            gap = lx.trim(lx.squeeze(text[last[0].end:upto]).lstrip(")）"), "determiners") if last is not None else ""
            # (from ten States (A, B and C), from D: the bracketed list closes before the marker is repeated)
            if last is None or not (lx.ends_with(gap, again) or repeated is not None and repeated.match(gap)):
                continue  # (…from A and B, and from C; from D: the marker repeated after a coordinator or a semicolon)
            nouns = [(last[1], last[1], "")]
        last = (g, nouns[-1][0])
        none = rf.get("none_before")  # No answer had come from X: X sent none
        mood = ("Negated", None) if none and lx.ends_with(lx.squeeze(text[max(sent.start, nouns[-1][0] - 12):nouns[-1][0]]).strip(),
                                                  none) else ctx.mood(nouns[-1][0], None)
        for k in members_of(g, lx.agents):
            ctx.add(k, "submittedInputTo", REPORT, mood=mood, via="list")


def _to_authors(sent, e: int, si: dict, parents: dict | None) -> bool:
    """``A 把书面材料交给人权高专办``: words of handing over (``handed_verbs``) are input only when the one handed to,
    right after them, writes reports of the genre, or is an office of one that does (``addressed`` ``to``)."""
    to = set((si.get("addressed") or {}).get("to", ()))
    g = next(iter(sent.after(e)), None)
    parents = parents or {}
    return g is not None and not sent.lx.squeeze(sent.text[e:g.head]).strip() \
        and all(k in to or parents.get(k) in to for k in g.keys)


def _next_to(sent, g, s: int, si: dict, aside, parents: dict | None = None) -> bool:
    """Group ``g`` is the subject of the submission words at ``s``: nothing between them but adverbs, the word for
    its government or a State's organ (黑山外交部在材料中), an aside (``verb_aside``), or a phrase addressing the
    submission to those who write reports of the genre, or an office of theirs (``addressed`` ``to``, with ``parents``,
    the gazetteer's: A、B 和 C 向人权高专办提交了书面材料; not 向禁止酷刑委员会, to whom a State reports on its own)."""
    lx = sent.lx
    text = sent.text
    gap = organ_trimmed(g, government_trimmed(strip_adverbs(text[g.end:s], lx), lx), lx)
    if not gap or aside is not None and aside.match(gap):
        return True
    to = si.get("addressed")
    if to and to.get("manner") and not re.sub(to["manner"], "", gap):
        return True  # A 和 B 以书面形式作了答复: how it was sent, and nothing else, between them
    if not to:
        return False
    between = [h for h in sent.groups if g.end <= h.start and h.end <= s]
    if len(between) != 1:
        return False
    h = between[0]
    parents = parents or {}
    manner = to.get("manner") or "(?!)"  # 以书面形式向人权高专办提交了意见: how it was sent, before or after the addressee
    return (h.governor in to["governors"] and all(k in to["to"] or parents.get(k) in to["to"] for k in h.keys)
            and re.sub(manner, "", organ_trimmed(g, government_trimmed(strip_adverbs(text[g.end:h.start], lx), lx), lx))
            == h.governor and not re.sub(manner, "", strip_adverbs(text[h.end:s], lx)))
