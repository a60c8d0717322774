"""Who works with whom, and who reported for the report: partnersWith, submittedInputTo,
fundedBy and administeredBy, over :mod:`.clauses` and the shared machinery of :mod:`.patterns`.

* partners — ``X 与 Y 密切合作`` (the marker and the group before the verb) or ``X cooperated
  with Y``, ``in cooperation with Y`` (the verb before the marker), lists after ``如``/``such
  as``, joint offices and ``X and Y jointly …``, ``cooperation between A and B``; the
  co-providers (``与 Y 一道``, ``together with Y``) go to the assistance families;
* submitted input — in :mod:`.submissions` (re-exported here);
* funded and administered by — in :mod:`.funded_by` (``A 由 X 供资``, ``A, funded by X``, ``A is administered by X``);
* member of and renamed to — in :mod:`.membership`.
"""

from __future__ import annotations

import re

from .clauses import Group, Sentence, year_before
from .emit import emit_assist
from .runs import joined, repeated_marker
from .patterns import SentenceContext
from .places import past_venue
from .roles import (clause_between, followed_by, government_trimmed, is_free, members_of, organ_trimmed, skip_aside,
                    strip_adverbs, subject_before)
from .submissions import submitted_input

__all__ = ["partners", "partners_named", "partners_as", "submitted_input"]



def _partner_each(ctx: SentenceContext, keys: list[str], mood=None) -> None:
    """Every two of ``keys`` partner (``partnersWith``, symmetric: each pair once), with ``mood``."""
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            ctx.add(a, "partnersWith", b, **({"mood": mood} if mood is not None else {}))


def _partner_across(ctx: SentenceContext, left: list[str], right: list[str], mood) -> None:
    """Every one of ``left`` partners every one of ``right`` (``partnersWith``), with ``mood``."""
    for a in left:
        for b in right:
            ctx.add(a, "partnersWith", b, mood=mood)


def _judged(sent, at: int, end: int, pw: dict) -> bool:
    """``described its cooperation with Y as mutually beneficial``: the words of its clause before the noun at ``at``
    end in a verb that judges it (``judged_lead``, a regular expression) and the words after the partner, which ends at
    ``end``, give the judgement (``judged_as``) — a view of the cooperation, not a report of it."""
    lead, after = pw.get("judged_lead"), pw.get("judged_as")
    lx = sent.lx
    return bool(lead and after) and at >= 0 \
        and re.search(lead, lx.squeeze(sent.text[sent.clause_start(at):at])) is not None \
        and re.match(after, lx.squeeze(sent.text[end:sent.clause_end(end)])) is not None


def _topic_only(sent, at: int, end: int, pw: dict) -> bool:
    """``sought the views of States on technical cooperation with Y``, ``征求…对与 Y 开展技术合作的意见``: the
    cooperation is only what views, information or a report are about — the sentence's words before the noun or
    marker at ``at`` match ``topic_before``, or the words after the partner (which ends at ``end``) in its clause
    match ``topic_after`` (regular expressions); no cooperation is reported."""
    lx = sent.lx
    before, after = pw.get("topic_before"), pw.get("topic_after")
    return bool(before and re.search(before, lx.squeeze(sent.text[sent.start:at]))
                or after and re.match(after, lx.squeeze(sent.text[end:sent.clause_end(end)])))


def partners(ctx: SentenceContext) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """``X 与 Y 密切合作``, ``X cooperated with Y``, ``in cooperation with Y``, ``X 与…伙伴合作，
    如 A、B``, ``X 和 Y 设有联合办事处``, ``X and Y jointly organized``.

    Returns the co-providers of the sentence (``与 Y 一道``, ``together with Y``) — pairs of
    (the partners' subject, the co-providers) — for
    :func:`~.assistance.assists`.
    """
    sent = ctx.sentence
    lx = sent.lx
    pw = lx["partners"]
    agents = lx.agents | set(pw.get("extra_member_kinds", ()))  # programmes partner too
    text = sent.text
    together = []
    runs: list[list[Group]] = []
    alone = tuple(pw.get("markers_alone", ()))  # alongside X: a marker that needs no verb before it
    for g in sent.groups:
        if g.governor in pw["markers"] or g.governor in alone:
            if runs and runs[-1][-1].governor == g.governor and ((not clause_between(sent, runs[-1][-1].end, g.start)
                                                                and joined(sent, runs[-1][-1], g))
                                                               or repeated_marker(sent, runs[-1][-1], g)):
                runs[-1].append(g)
            else:
                runs.append([g])
    for run in runs:
        first, last = run[0], run[-1]
        if pw.get("statement_after") and re.match(pw["statement_after"], text[last.end:sent.end]):
            continue  # X 同 A 和 B 一道…提交了一份联合发言: a joint statement is no partnership
        marker_pos = text.rfind(first.governor, sent.start, first.head)
        marker_pos = marker_pos if marker_pos != -1 else first.start
        reach = sent.clause_end(last.end)
        adjunct = pw.get("adjunct_gap")  # 与 Y 在欧盟的资助下，共同…: an adjunct set off by a comma before the verb
        if adjunct and reach < sent.end and re.fullmatch(adjunct, lx.squeeze(text[last.end:reach + 1])):
            reach = sent.clause_end(reach + 1)
        verbs = [h for h in lx.find(text, pw["verbs"], last.end, reach)  # 与 Y 合作
                 if not lx.guarded(text, h)]
        lead = _partner_verb_before(sent, marker_pos, pw)  # cooperated with Y, together with Y
        # with the participation of the Office: a body takes part in holding it (States and their institutions attend)
        taking_part = bool(pw.get("participant_lead")) and re.match(pw["participant_lead"], lx.squeeze(text[marker_pos:first.start]))
        if first.governor in alone or taking_part:
            lead, verbs = (marker_pos, marker_pos + len(first.governor), first.governor), []
        at = None
        if not verbs and lead is None and pw.get("comma_asides") and _comma_aside(sent, marker_pos, last.end):
            # OHCHR plans, with UNDP, to open an office: a co-actor set off by commas
            comma = text.rfind(",", sent.start, marker_pos)
            lead, at = (comma, comma, "together"), sent.clause_end(last.end) + 1
        if not verbs and lead is None and pw.get("aside_participles") and _participle_aside(sent, marker_pos, pw):
            # X hosted a course for …, organized with Y: the activity's holder acted with Y
            comma = text.rfind(",", sent.start, marker_pos)
            lead, at = (comma, comma, "together"), sent.clause_end(last.end) + 1
            if subject_before(sent, comma, agents, ctx.prev_subject) is None:
                continue  # The briefing in Suva, organized with Y, was …: no holder named before it
        opening = sent.start  # (…; with Y, it had trained …: a clause a semicolon opens opens like a sentence)
        cs = sent.clause_start(marker_pos)
        if cs > sent.start and text[cs - 1:cs] in (";", "；", ":", "："):
            opening = cs
        if not verbs and lead is None and first.governor in pw.get("opening_markers", ()) \
                and not lx.squeeze(text[opening:marker_pos]).strip() and text[last.end:last.end + 1] == ",":
            lead, at = (marker_pos, marker_pos + len(first.governor), "together"), sent.clause_end(last.end) + 1
            # With Y, X held …: a co-actor opening the sentence
        cf = pw.get("coordinated_for")
        if not verbs and lead is None and cf and first.governor in pw["markers"]:
            m = re.match(cf["rx"], text[last.end:sent.clause_end(last.end)])
            if m and not any(g.kinds() & {"State", "NHRI"} for g in run):
                # X 与 Y (于 2041 年在 P)为 Z 举办了培训: 与 joins two holders of one act, as 共同 would
                verbs = [(last.end + m.end(), last.end + m.end(), cf["as"])]
        passive_at = _agreement_passive(sent, marker_pos, last.end, pw) if not verbs else None
        prev = ctx.prev_subject
        if passive_at is not None and prev is not None and prev.end <= sent.start and prev.kinds() & agents \
                and not prev.kinds() <= {"Person"} and not any(g.start < marker_pos and g.kinds() & agents for g in sent.groups):
            mood = ctx.mood(passive_at, None) if passive_at >= 0 else ("Negated", None)
            # (An agreement with Y … had not been signed: the one the text is about before, and Y)
            _partner_across(ctx, list(prev.keys), [k for g in run for k in members_of(g, agents)], mood)
            continue
        if not verbs and lead is None:
            continue
        pos = lead[0] if lead is not None and not verbs else marker_pos
        if _topic_only(sent, pos, last.end, pw):
            continue  # views sought on technical cooperation with Y: a topic, no cooperation (nor help) reported
        subj = _agent_right_before(sent, pos, pw) if lead is not None or pw.get("agent_before_marker") else None
        passive_agent = subj is not None and subj.governor in pw.get("agent_markers", ()) and pw.get("passive_before") \
            and re.search(pw["passive_before"], text[sent.clause_start(subj.start):subj.start])
        passive_agent = passive_agent or subj is not None and subj.governor in (pw.get("received_from_agent") or {}).get("markers", ())
        if subj is not None and "," in text[subj.end:pos] and not passive_agent \
                and _helper_of(sent, subj) is not None:  # (A were trained by X, in cooperation with Y: X, the agent, acts)
            subj = _helper_of(sent, subj)  # X will help A to prepare for its review by B, together with Y: X acts with Y
        by_agent = subj is not None  # 将由 X 与 Y 合作实施: the modal stands before the agent's marker
        if subj is None and lead is not None and not lx.squeeze(text[sent.start:pos]).strip(" ,"):
            # With Y, X held …: the sentence's own subject, right after the aside (not a pronoun's object)
            after = _subject_after(sent, last.end)
            gap = lx.trim(lx.squeeze(re.sub(r"\([^()]*\)", " ", text[last.end:after.head])).strip(" ,"), "determiners") \
                if after is not None else "?"  # (With Y (ABBR), X held …)
            subj = after if not gap else None
        if subj is None and lead is not None and pw.get("by_agent_reach"):
            # … organized by X's adviser jointly with Y: the by-agent a few words before the marker acts with Y
            near = next((g for g in reversed(sent.before(pos)) if g.end <= pos), None)
            gap = text[near.end:pos] if near is not None else ""
            if near is not None and near.governor in lx["funded_by"].get("by_markers", ()) and near.kinds() & agents \
                    and (not re.search(r"[,;:]", gap) and len(gap.strip()) <= pw["by_agent_reach"] or gap.strip() == ","
                         or lx.squeeze(gap).strip(" ,").lower() in pw.get("agent_participles", ())
                         or lx.squeeze(gap).strip(" ,").lower() in pw.get("agent_phrases", ())):
                subj = near  # (trained by X, working in cooperation with Y: X acts with Y; by X, in cooperation with Y)
        if subj is None and verbs and pw.get("nominal_mark") \
                and pw["nominal_mark"] in text[last.end:min(sent.clause_end(verbs[0][1]), verbs[0][1] + 6)]:
            near = next((g for g in reversed(sent.before(marker_pos)) if g.end <= marker_pos), None)
            if near is not None and near.kinds() & agents and not lx.squeeze(text[near.end:marker_pos]).strip():
                subj = near  # 为 A 与 B 在 P 的联合活动 / A 与 B 在 P 联合实施的项目提供了资金: A and B's joint work
        subj = subj or subject_before(sent, pos, agents, ctx.prev_subject)
        if subj is not None and pw.get("subject_not_across") \
                and re.search(pw["subject_not_across"], lx.squeeze(text[subj.end:pos]).lower()):
            continue  # A …; the second, held in cooperation with Y, …: what a referent names, not A (referents.py)
        if subj is None and lead is not None:
            subj = _subject_after(sent, last.end)  # In cooperation with Y, X …
        if subj is not None and lead is not None and subj.kinds() & {"State", "NHRI"} and subj.end <= pos \
                and (not lx.squeeze(text[subj.end:pos]) or lx.squeeze(text[subj.end:pos]).endswith(",")
                     or pw.get("closing_aside") and re.search(pw["closing_aside"], text[subj.end:pos])
                     or not any(subj.end <= g.start < pos for g in sent.groups) and (
                         "," not in text[subj.end:pos]
                         or lx.squeeze(text[text.rfind(",", subj.end, pos) + 1:pos]).strip() in pw.get("aside_participles", ()))):
            # (X assisted A in drafting a law in cooperation with Y: no comma, nothing named between: still X's act)
            # (X assisted A in drafting a protocol, in coordination with Y: a closing aside is X's too;
            # so is one a preposition opens: …, under a triangular cooperation arrangement with Y)
            subj = _helper_of(sent, subj) or subj  # X supported A together with Y: X acts with Y, A is helped
        if lead is not None and lead[2] in pw.get("shared_object_verbs", ()):
            near = next((g for g in reversed(sent.before(lead[0])) if g.end <= lead[0]), None)
            if near is not None and near.kinds() & agents and not lx.squeeze(text[near.end:lead[0]]).strip():
                subj = near  # a donor group that Germany co-chairs with Y: the group right before the verb
        own = pw.get("own_pronoun") and lead is not None and not verbs \
            and re.search(pw["own_pronoun"], text[sent.clause_start(lead[0]):lead[0]])
        if own:  # invited the Government to pursue its cooperation with Y: the Government, whose cooperation it is
            at = sent.clause_start(lead[0]) + own.start()
            near = next((g for g in reversed(sent.before(at)) if g.kinds() & agents), None)
            subj = near if near is not None and near.end > sent.clause_start(at) else subj
        if subj is None:
            continue
        if lead is not None and not verbs and lead[2] in lx["assists"]["together"] and subj.end <= pos and (
                pw.get("attendance_opening") and re.search(pw["attendance_opening"], lx.squeeze(text[sent.start:subj.start]).strip())
                or pw.get("attendance_verbs") and re.search(pw["attendance_verbs"], lx.squeeze(text[subj.end:pos]))):
            continue  # Also present were A and B, together with Y / A attended, together with Y: who came, not partners
        members = [k for g in run for k in members_of(g, agents)  # (与 A 和 B 的地方合作伙伴一起: their partners, not A and B)
                   if not ("owners_of_partners" in pw and re.match(pw["owners_of_partners"], lx.squeeze(text[g.end:g.end + 12])))]
        if taking_part:
            members = [k for g in run for k in members_of(g, agents - {"State", "NHRI", "Person"})]
            if not members:
                continue
        if lead is not None and lx.ends_with(lx.squeeze(text[sent.clause_start(lead[0]):lead[0]]),
                                             pw.get("intent_leads", ())):
            continue  # indicated its readiness to work with Y: no partnership yet
        if lead is not None and _judged(sent, lead[0], last.end, pw):
            continue  # described its cooperation with Y as mutually beneficial: a judgement, no partnership reported
        verb_at = at
        if at is None and lead is not None and subj.end <= pos and text[subj.end:pos].strip() == "," \
                and text[last.end:last.end + 2].strip().startswith(","):
            verb_at = sent.clause_end(last.end) + 1  # X, in cooperation with Y, will assist A: the aside takes the verb's mood
        if verb_at is None and verbs and lead is None and pw.get("modal_before_verb") \
                and lx.starts_with(lx.squeeze(text[last.end:verbs[0][0]]).strip(), pw["modal_before_verb"]):
            verb_at = verbs[0][0]  # X 与 Y 将在 P 联合举办…: the modal stands right after the partners, before their verb
            mood = ctx.mood(verb_at, None if by_agent else subj)
        else:
            at_ = pos
            made = pw.get("made_before")  # has not yet concluded a comparable arrangement with Y: the verb's mood
            if verb_at is None and lead is not None and made:
                m = re.search(made, text[sent.clause_start(pos):pos])
                at_ = sent.clause_start(pos) + m.start() if m else pos
            mood = ctx.mood(at_ if verb_at is None else _past_modal(sent, verb_at), None if by_agent and lead is None else subj)
        staff = pw.get("state_staff_after")  # 同 X 中央供水管理局的技术人员一道: with the State's own staff, for it
        staffed = staff is not None and run and all("State" in g.kinds() and re.match(staff, text[g.end:g.end + 30])
                                                      for g in run)
        if (staffed or lead is not None and lx.ends_with(lx.squeeze(text[sent.clause_start(lead[1]):lead[1]]),
                                                          pw.get("assist_leads", ()))) \
                and (subj.kinds() <= set(pw.get("provider_kinds", ())) or staffed and "State" not in subj.kinds()) \
                and all(k.startswith("state/") for k in members):
            from .emit import emit_assist  # (imported here: emit reads patterns, which reads links)
            emit_assist(ctx, list(subj.keys), members, None, None, mood)
            if not staffed:
                continue  # OHCHR continued its technical cooperation with X: assistance to the State, no partnership
            # (同 X 的技术人员一道: help to X, and work done together with X's own staff)
        owned = pw.get("state_organ_worked")  # worked with the Ministry of Justice of X on …: help to X, no partnership
        if owned and lead is not None and lead[2] in owned["leads"] and "State" not in subj.kinds() \
                and all(g.kinds() <= {"State"} for g in run) and re.match(owned["before"], lx.squeeze(text[lead[1]:first.start])) \
                and not re.match(owned["not_after"], text[last.end:sent.clause_end(last.end)]):  # (to arrange his meetings)
            from .emit import emit_assist  # (imported here: emit reads patterns, which reads links)
            emit_assist(ctx, list(subj.keys), members, None, None, mood)
            continue
        for s in subj.keys:
            for o in members:
                ctx.add(s, "partnersWith", o, mood=mood)
        together_words = lx["assists"]["together"]
        late = lx.res.get("late_coordination")
        if at is not None and sent.start <= subj.start < first.start and opening == sent.start \
                and lx.squeeze(re.sub(r"\([^()]*\)", "", text[subj.end:marker_pos])) != "," \
                and (late is None or not late.search(text, subj.end, marker_pos)) \
                and not (pw.get("aside_same_act") and re.match(pw["aside_same_act"], text[at:sent.end])):  # X (ABBR), with Y,
            # X supported Y and plans, with Z, to …: Z acts with X in what follows, not in what X did
            # (X will assist A, with Z, in establishing …: the aside is inside A's help, Z helps A too)
            continue
        purpose = lx.res.get("purpose_after")  # worked with Y to train B: Y trained B too
        joint_after = lx.res.get("joint_after")  # 与 Y 协调，于…共同为 Z 举办…: Y held it too
        if any(v[2] in together_words for v in verbs) or (lead is not None and lead[2] in together_words) \
                or _acting_aside(sent, subj, lead, last, pw) \
                or (lead is not None and purpose is not None and purpose.match(text[last.end:sent.end])) \
                or (verbs and joint_after is not None and joint_after.match(text[last.end:sent.end])):
            # X supported A and, together with Y, trained B: Y joins what follows the last coordinator only
            join = late.search(text, subj.end, pos) if late is not None and subj.end <= pos else None
            until = lx.res["together_until"].search(text, last.end, sent.end) if "together_until" in lx.res \
                else None  # Together with Y, it trained A, and it supported B: Y trained A only
            together.append((tuple(subj.keys), tuple(members), join.start() if join else 0,
                             until.start() if until else None))
    # 与其他联合国机构密切合作 …，这些机构包括 A、B / 与联合国以外的伙伴合作，如 A、B / cooperated with regional
    # organizations, including A and B: partners named only after a list marker
    for ms, me, m in lx.find(text, pw["markers"], sent.start, sent.end):
        ce = sent.clause_end(me)
        verbs = lx.find(text, pw["verbs"], me, ce)
        lead = None if verbs else _partner_verb_before(sent, ms, pw)
        if lead is None and (not verbs or any(me <= g.start and g.end <= verbs[0][0] for g in sent.groups)):
            continue
        subj_groups = [g for g in sent.before(ms) if g.governor is None]
        if lead is None and subj_groups and len(strip_adverbs(text[subj_groups[-1].end:ms], lx)) > 1:
            continue
        subj = subject_before(sent, lead[0] if lead else ms, agents, ctx.prev_subject)
        if subj is None:
            continue
        lists = lx.find(text, pw["list_markers"], verbs[0][1] if verbs else me, sent.end)
        if not lists or (lead is not None and any(me <= g.start and g.end <= lists[0][0] for g in sent.groups)):
            continue
        lo = lists[0][1]
        members = [k for g in sent.after(lo) for k in members_of(g, agents)]
        mood = ctx.mood(ms, subj)
        for s in subj.keys:
            for o in members:
                ctx.add(s, "partnersWith", o, mood=mood)
    # … the Commonwealth Secretariat and the OIF, with which OHCHR signed memorandums of understanding
    for rs, re_, _w in lx.find(text, pw.get("relative_markers", ()), sent.start, sent.end):
        before = [g for g in sent.before(rs) if g.kinds() & agents]
        if not before or len(lx.squeeze(text[before[-1].end:rs]).strip(", ")) > 0:
            continue
        ce = sent.clause_end(re_)
        subj = next((g for g in sent.after(re_) if g.start <= ce and is_free(sent, g) and g.kinds() & agents), None)
        if subj is None or not lx.find(text, pw["verbs_before"] + pw["joint"], subj.end, ce):
            continue
        mood = ctx.mood(subj.end, subj)
        for s in subj.keys:
            for o in members_of(before[-1], agents):
                ctx.add(s, "partnersWith", o, mood=mood)
    # cooperation between A, B and C, an agreement between A and B
    for g in sent.groups:
        if g.governor not in pw.get("between_markers", ()) or len(members_of(g, agents)) < 2:
            continue
        marker = text.rfind(g.governor, sent.start, g.head)
        before = lx.trim(lx.squeeze(text[sent.start:marker]), "determiners")
        rx = lx.res.get("between_of")
        m = rx.search(before) if rx is not None else None
        if m is not None:
            before = before[:m.start()].rstrip()  # an exchange of experience between A and B
        topic = lx.res.get("between_topic")
        t = topic.search(before) if topic is not None and not lx.ends_with(before, pw.get("between_nouns", ())) else None
        if t is not None:
            before = before[:t.start()].rstrip()  # an agreement on juvenile justice, concluded between A and B
        if lx.ends_with(before, pw.get("between_nouns", ())):
            keys = members_of(g, agents)
            mood = ctx.mood(marker, None)
            if pw.get("between_denied") and re.match(pw["between_denied"], text[g.end:sent.end]):
                mood = ("Negated", None)  # an agreement between A and B, under discussion, has not been concluded
            _partner_each(ctx, keys, mood)
    # the cooperation of A with B (``of_with_nouns``): A and B partner
    for g, h in zip(sent.groups, sent.groups[1:]):
        if g.governor != "of" or h.governor not in pw.get("markers", ()) or not g.kinds() & agents \
                or not h.kinds() & agents or lx.trim(lx.squeeze(text[g.end:h.head]), "determiners") != h.governor:
            continue
        marker = text.rfind(g.governor, sent.start, g.head)
        noun = lx.ends_with(lx.trim(lx.squeeze(text[sent.start:marker]), "determiners"), pw.get("of_with_nouns", ()))
        if noun and not _judged(sent, text.rfind(noun, sent.start, marker), h.end, pw):
            _partner_across(ctx, members_of(g, agents), members_of(h, agents), ctx.mood(marker, None))
    # 与 B 长期合作的 A: a partner marker's group, a verb of working together and the relative mark (``relative_after``,
    # a regular expression on the words between), then the group it describes — A and B partner
    rel_after = pw.get("relative_after")
    for g, h in zip(sent.groups, sent.groups[1:]) if rel_after else ():
        if g.governor in pw["markers"] and g.kinds() & agents and h.governor is None and h.kinds() & agents \
                and re.fullmatch(rel_after, lx.squeeze(text[g.end:h.head])):
            _partner_across(ctx, members_of(h, agents), members_of(g, agents), ctx.mood(h.head, None))
    # brought together A and B for a peer exchange: those a convening verb (``convened_for``: ``before`` the group,
    # ``after`` it) brings to a two-way exchange partner each other
    conv = pw.get("convened_for")
    for g in sent.groups if conv else ():
        keys = members_of(g, agents)
        if len(keys) > 1 and g.governor is None \
                and re.search(conv["before"], lx.squeeze(text[sent.clause_start(g.start):g.head]).lower()) \
                and re.match(conv["after"], lx.squeeze(text[g.end:sent.end]).lower()):
            _partner_each(ctx, keys, ctx.mood(g.start, None))
    # A's partnership with B (``possessive_with``, the owner's mark before a noun of ``possessive_nouns``): A and B partner
    own = pw.get("possessive_with")
    for g, h in zip(sent.groups, sent.groups[1:]) if own else ():
        if h.governor not in pw.get("markers", ()) or not g.kinds() & agents or not h.kinds() & agents:
            continue
        m = re.fullmatch(own, lx.trim(lx.squeeze(text[g.end:h.head]), "determiners"))
        if m is None or m.group("noun") not in pw.get("possessive_nouns", ()) or h.governor != m.group("marker") \
                or _judged(sent, g.start, h.end, pw):
            continue
        _partner_across(ctx, members_of(g, agents), members_of(h, agents), ctx.mood(g.end, None))
    # the agreement was signed in 2021 by A and B: the agents of a joint act (``joint_by``) partner
    for i, g in enumerate(sent.groups):
        keys = members_of(g, agents)
        if g.governor in pw.get("agent_markers", ()):
            listed, closed = [], len(keys)
            for h, prev in zip(sent.groups[i + 1:], sent.groups[i:]):  # by the Government of X, A and B: one list
                join = lx.squeeze(text[prev.end:h.start if h.lead is None else h.lead]).strip()
                if h.governor not in (None, g.governor) or join not in (",", *lx["coordinators"], *(", " + c for c in lx["coordinators"])) \
                        or h.governor is not None and join == ",":
                    break  # (by A and by B, C and D: the marker repeated after a coordinator goes on with the list)
                listed += [k for k in members_of(h, agents) if k not in keys + listed]
                if join != "," or len(h.keys) > 1 and h.lead is None:
                    closed = len(keys) + len(listed)  # (the list ends with its coordinator: …, B and C)
            keys = (keys + listed)[:closed]  # (run jointly by A and B, judges of X were trained: X is no signer)
        if g.governor not in pw.get("agent_markers", ()) or len(keys) < 2 or not pw.get("joint_by"):
            continue
        marker = text.rfind(g.governor, sent.start, g.head)
        before = lx.squeeze(text[sent.clause_start(marker):marker])
        if "year" in lx.res and pw.get("joint_by_date"):  # signed on 14 March 2027 by A and B: the date passed over
            before = lx.squeeze(re.sub(pw["joint_by_date"] + lx["year"] + r"\s*$", "", before))
        if lx.ends_with(before, pw["joint_by"]) and not lx.ends_with(before, pw.get("joint_by_not", ())):
            # (a text submitted jointly by A and B, a course paid for jointly by A and B: no partnership)
            mood = ctx.mood(marker, None)
            _partner_each(ctx, keys, mood)
    # the memorandum of understanding that A and B had signed: an agreement a relative clause says A and B made
    rel = pw.get("agreed_relative")
    for i, g in enumerate(sent.groups if rel else ()):
        keys = members_of(g, agents)
        lead = g.start if g.lead is None else g.lead
        named = i > 0 and sent.groups[i - 1].kinds() & set(rel.get("named_kinds", ())) \
            and re.match(rel["named_before"], text[sent.groups[i - 1].end:lead]) is not None  # the Framework, which A and B signed
        if len(keys) > 1 and (named or re.search(rel["before"], text[sent.clause_start(g.start):lead])) \
                and re.match(rel["after"], text[g.end:sent.end]):
            _partner_each(ctx, keys, ctx.mood(g.end, g))
    # A 和 B 之间的合作: a coordinated group followed by a between-phrase (``between_after``)
    for g in sent.groups:
        keys = members_of(g, agents)
        if len(keys) > 1 and followed_by(sent, g.end, pw.get("between_after", ())):
            mood = ctx.mood(g.start, None)
            _partner_each(ctx, keys, mood)
    # A 和 B … 联合办事处, A and B jointly …; the joint programme of A and B
    joint = lx.find(text, pw["joint"], sent.start, sent.end)
    modified = []  # (the doers of these are the one group nearest before: urged A and B to cooperate on …)
    if pw.get("joint_modified"):  # signed a three-year workplan: the joint phrase with modifiers before its noun
        lo = max(0, sent.start - 1)  # (the sentence and the character before it, not the whole unit before it)
        modified = [(lo + m.start(), lo + m.end(), m.group(0))
                    for m in re.finditer(pw["joint_modified"], text[lo:sent.end].lower())
                    if lo + m.start() >= sent.start and not any(js <= lo + m.start() < je for js, je, _ in joint)]
        joint += modified
    for js, je, _w in joint:
        if lx.guarded(text, (js, je, _w)):
            continue  # 联合国, 联合发言, 共同体: the word is part of something else
        of = next((g for g in sent.after(je)), None)
        adjective = _w in pw.get("joint_of_adjectives", ())
        words = pw.get("joint_of_words", 0)
        if of is not None and len(members_of(of, agents)) > 1 and (
                of.governor in pw.get("joint_of", ()) and (
                    lx.trim(lx.squeeze(text[je:of.head]), "determiners") == of.governor
                    or adjective and _joint_noun_of(lx, text[je:of.head], of.governor, words))
                or of.governor is None and of.lead is not None and of.lead <= js and adjective
                and any(_joint_noun_of(lx, text[je:of.start], m, words) for m in pw.get("joint_of", ()))):
            # the joint programme of A and B; a joint training mission of A and B (the phrase may lead the group;
            # a joint assessment of the prisons of X: one name after "of" is what was assessed, not who did it)
            _partner_each(ctx, members_of(of, agents), ctx.mood(js, None))  # (X will fund a joint programme …: Planned)
            continue
        if lx.starts_with(lx.squeeze(text[je:je + 12]), pw["markers"]):
            continue  # A and B signed an agreement with C: partners of C, not of each other
        if lx.starts_with(lx.squeeze(text[je:je + 24]), pw.get("joint_statement_verbs", ())):
            continue  # A and B jointly expressed concern: a joint statement is no partnership
        if lx.starts_with(lx.squeeze(text[je:je + 24]).lstrip(), pw.get("joint_asking_verbs", ())):
            continue  # A 和 B 联名请 Y…, A and B jointly asked Y to …: each asks Y; asking together is no partnership
        if lx.starts_with(lx.trim(lx.squeeze(text[je:je + 24]), "determiners"), pw.get("joint_statement_nouns", ())):
            continue  # A and B submitted a joint reply: a reply is no partnership
        cs = sent.clause_start(js)
        if lx.find(text, lx["funded_by"].get("cost_nouns", ()), cs, js) and lx.starts_with(
                lx.squeeze(text[je:je + 6]), lx["funded_by"].get("cost_verbs", ())):
            continue  # 交流方案的费用由 A 和 B 共同承担: sharing the costs of what others did is no partnership
        doers = [g for g in sent.groups
                 if cs <= g.start and g.end <= js and (g.governor is None or g.governor in pw.get("agent_markers", ())
                                                       and (_time_only(lx, past_venue(sent, g.end, js))
                                                            or len(text[g.end:js]) <= pw.get("agent_joint_gap", 0)))]
        # 由 A 和 B (于 2011 年)共同实施; 原定由 A 和 B 于 2064 年在 X 联合启动的项目: by A and B, where and when, jointly
        if not doers:  # A and B, working together, reviewed …: the joint phrase an aside right after its doers
            doers = [g for g in sent.groups if (g.governor is None or g.governor in pw.get("agent_markers", ()))
                     and g.end < js and lx.squeeze(text[g.end:js]).strip() in lx.language.clause_ends][-1:]
            # (… were trained by A and B, acting jointly: the by-agents of the aside)
            # (At the request of X, A and B, working together, …: the group right before the aside, after an opener)
        if not doers and pw.get("adjunct_gap"):  # A 和 B 应 X 请求，共同审阅了…: an adjunct clause between doers and the word
            doers = [g for g in sent.groups if g.governor is None and g.end < cs and g.kinds() & agents
                     and re.fullmatch(pw["adjunct_gap"], lx.squeeze(text[g.end:cs]))][-1:]
        if not doers and pw.get("doers_across_aside") and lx.language.spaced:
            # A and B have run, since 2063, a joint programme; A and B implemented, with Y, a joint project
            doers = [g for g in sent.groups if g.governor is None and g.end < js and g.kinds() & agents
                     and re.fullmatch(pw["doers_across_aside"],
                                      re.sub(r"\s*,[^,;]{1,90},\s*", " ", text[g.end:js]).strip().lower())][-1:]
        if not doers and lx.res.get("verb_aside") is not None:  # A and B, in partnership with Y, co-hosted …
            doers = [g for g in sent.groups if g.governor is None and g.end < js and g.kinds() & agents
                     and (past := skip_aside(sent, g.end)) > g.end and not text[past:js].strip()][-1:]
        if not doers and pw.get("joint_opening") and re.fullmatch(pw["joint_opening"], text[sent.start:je].lower()):
            # Working together, A and B trained …: the joint phrase opens the sentence, its doers the subject after it
            doers = [g for g in sent.after(je) if g.governor is None and g.kinds() & agents
                     and text[je:g.start].strip() == "," and len(members_of(g, agents)) > 1][:1]
        relative = pw.get("joint_relative")  # officials of A and B took part in a workshop that C and D co-organized
        if relative and len(doers) > 1:
            doers = [g for g in doers if not any(g.end <= h.start and re.search(relative, text[g.end:h.head])
                                                 for h in doers)]  # (A and B, before the relative clause, are no doers)
        for g in doers[-1:] if (js, je, _w) in modified else doers:
            if pw.get("joint_received") and re.search(pw["joint_received"], lx.squeeze(text[g.end:js])):
                continue  # A and B had received joint training from X: those trained are no partners
            if _w in pw.get("joint_mutual", ()) and any(g.end <= h.start and h.end <= js and h.governor in pw["markers"]
                                                        for h in sent.groups):
                continue  # A 和 B 在…方面与 C 加强合作: partners of C, not of each other
            asked = lx.find(text, lx["requests"].get("verbs", ()), g.end, js)
            if asked and any(asked[0][1] <= h.start and h.end <= js and h.kinds() & agents for h in sent.groups):
                continue  # A and B asked Y to hold a joint course (A 和 B 请 Y 安排一次联合培训): what Y is asked to do
            keys = members_of(g, agents)
            mood = ctx.mood(js, g)  # A 和 B 计划建立伙伴关系: Planned
            if mood[0] == "Reported" and g.start > cs and lx.squeeze(text[cs:g.start]):
                mood = ctx.mood(g.start, None)  # X will help A and B to set up a joint programme: the clause's plan
            elif mood[0] == "Planned" and pw.get("agreed_joint") and re.search(pw["agreed_joint"],
                                                                              lx.squeeze(text[g.end:js])):
                mood = ("Reported", None)  # A, B and C agreed to coordinate their support: the arrangement was made
            _partner_each(ctx, keys, mood)
            _their_help_to(ctx, pw, keys, je, mood)
    _acceded(ctx, pw)
    return together


def _their_help_to(ctx: SentenceContext, pw: dict, keys: list[str], je: int, mood) -> None:
    """``A, B and C agreed to coordinate their support to the security sector of X``: what they coordinate is
    their help to X, so each helps X (``joint_help``: a regular expression on the words between the joint phrase
    and the recipient)."""
    sent = ctx.sentence
    if not pw.get("joint_help") or len(keys) < 2:
        return
    to = next((g for g in sent.after(je) if g.start < sent.clause_end(je)), None)
    if to is not None and to.kinds() & sent.lx.agents and not set(to.keys) & set(keys) \
            and re.fullmatch(pw["joint_help"], sent.lx.squeeze(sent.text[je:to.start if to.lead is None else to.lead])):
        emit_assist(ctx, keys, members_of(to, sent.lx.agents), year_before(sent, je), None, mood)


def _acceded(ctx: SentenceContext, pw: dict) -> None:
    """``A and B signed a workplan. C acceded to the workplan``: C partners with each party of the partnership the
    unit stated last (``partners`` ``acceded``: the phrases of joining an agreement referred back to)."""
    sent = ctx.sentence
    last = [r for r in ctx.earlier if r.predicate == "partnersWith"]
    for s, _e, _w in sent.lx.find(sent.text, pw.get("acceded", ()), sent.start, sent.end) if last else ():
        subj = subject_before(sent, s, sent.lx.agents, ctx.prev_subject)
        parties = dict.fromkeys(k for r in last if r.sentence == last[-1].sentence for k in (r.subject, r.object))
        for k in members_of(subj, sent.lx.agents) if subj is not None else ():
            for p in parties:
                if p != k:
                    ctx.add(k, "partnersWith", p, mood=ctx.mood(s, subj))


def consulted(ctx: SentenceContext) -> None:
    """``决议还请高级专员在编写汇编时听取 A 和 B 的意见``, ``请人权高专办在同 A 协商后撰写概要``: one asked, or recommended, to
    hear the views of others or to consult them works with them — a partnership in the mood of the request (where the
    language lists ``partners`` ``consulted``: ``heard`` verbs before the ones heard and ``views`` after them;
    ``markers`` before a group and ``with``, a regular expression on the words from it to its clause's end; English
    lists none: ``requested X to convene, in consultation with Y, …`` sets the request off by commas and was read as
    done). A consultation stated as done is left to the other rules."""
    pw = ctx.sentence.lx["partners"].get("consulted")
    if not pw:
        return
    sent = ctx.sentence
    lx = sent.lx
    agents = lx.agents
    found: list[tuple[int, list[Group]]] = []
    for s, e, _w in lx.find(sent.text, pw.get("heard", ()), sent.start, sent.end):
        run = []
        for g in sent.after(e):
            gap = lx.trim(lx.squeeze(sent.text[run[-1].end if run else e:g.head]), "determiners").strip(" ,、")
            if g.start > sent.clause_end(e) or gap and gap not in lx["coordinators"]:
                break
            run.append(g)
        if run and re.match(pw["views"], sent.text[run[-1].end:sent.clause_end(run[-1].end)]):
            found.append((s, run))
    for g in sent.groups:
        if lx.ends_with(lx.trim(lx.squeeze(sent.text[max(sent.start, g.head - 32):g.head]).lower(), "determiners"),
                        pw.get("markers", ())) \
                and re.match(pw["with"], sent.text[g.end:sent.clause_end(g.end) + 1]):
            found.append((g.start, [g]))
    for s, run in found:
        subj = subject_before(sent, s, agents, ctx.prev_subject)
        mood = ctx.mood(s, subj)
        if subj is None or mood[0] not in ("Requested", "Recommended"):
            continue
        for k in members_of(subj, agents):
            for g in run:
                for o in members_of(g, agents):
                    if o != k:
                        ctx.add(k, "partnersWith", o, mood=mood)


def cooperation_around(ctx: SentenceContext) -> None:
    """``在 Y 的合作下，X 编写了…``: the one whose cooperation an opening phrase names (``partners`` ``around``:
    ``governors`` before it, ``after`` right after it) works with the subject of the clause that follows (the first
    free agent after the phrase's comma) — a partnership in that clause's mood."""
    sent = ctx.sentence
    lx = sent.lx
    spec = (lx.get("partners") or {}).get("around")
    if not spec:
        return
    agents = lx.agents
    for g in sent.groups:
        if g.governor not in spec["governors"] or not g.kinds() & agents \
                or not re.match(spec["after"], sent.text[g.end:sent.clause_end(g.end) + 1]):
            continue
        subj = next((h for h in sent.after(g.end) if h.start > sent.clause_end(g.end) and h.governor is None
                     and h.kinds() & agents), None)
        if subj is None or sent.clause_start(subj.start) != sent.clause_end(g.end) + 1:
            continue  # (the subject opens the clause right after the phrase)
        mood = ctx.mood(subj.end, subj)
        for k in members_of(subj, agents):
            for o in members_of(g, agents):
                if o != k:
                    ctx.add(k, "partnersWith", o, mood=mood)


def partners_named(ctx: SentenceContext) -> None:
    """``The main partners of X were A, B and C``, ``X's partners included A``, ``Its partners include A``,
    ``X 的主要伙伴包括 A、B``: X partners with each one the list names (``partners`` ``named_lists``: regular
    expressions on the text before the owner, between the owner and the list, and before the list when a
    pronoun stands for the owner)."""
    sent = ctx.sentence
    lx = sent.lx
    nl = lx.res.get("named_lists")
    if not nl:
        return
    text = sent.text
    agents = lx.agents
    groups = [g for g in sent.groups if g.kinds() & agents]
    for i, lst in enumerate(groups):
        owner = None
        lo = sent.clause_start(lst.head)
        before = lx.squeeze(text[lo:lst.head])
        for prev in reversed([g for g in groups[:i] if g.start >= lo and g.end <= lst.head]):
            if prev.governor in lx.get("locative_markers", ()):
                continue  # (X 在蒙古的其他伙伴包括 A: 蒙古 is where, X owns the partners)
            between = lx.squeeze(text[prev.end:lst.head])  # (its partners in X included: X is a place)
            lead = lx.squeeze(text[lo:prev.head])
            if nl["between"].search(between) or (nl["before_owner"].search(lead) and nl["after_owner"].search(between)):
                owner = members_of(prev, agents)
                break
        if owner is None and nl["pronoun"].search(before):
            subj = ctx.prev_subject if ctx.prev_subject is not None and ctx.prev_subject.end <= sent.start else None
            owner = members_of(subj, agents) if subj is not None else None
        if not owner:
            continue
        members = members_of(lst, agents)
        for h in sent.after(lst.end):  # A, B and C split into groups by an aside: the run of agents that follows
            if not h.kinds() & agents or lx.squeeze(text[lst.end:h.head]).strip(" ,") not in ("", *lx["coordinators"]):
                break
            members += members_of(h, agents)
            lst = h
        mood = ctx.mood(lst.head)
        for o in owner:
            for k in members:
                if k != o:
                    ctx.add(o, "partnersWith", k, mood=mood)
    if "copula_between" not in nl:
        return
    for a, b in zip(groups, groups[1:]):  # X 是 Y 在欧洲的主要合作伙伴, X is a key partner of Y
        if nl["copula_between"].search(lx.squeeze(text[a.end:b.head])) and \
                nl["copula_after"].search(lx.squeeze(text[b.end:sent.clause_end(b.end)])):
            mood = ctx.mood(a.end, a)
            for x in members_of(a, agents):
                for y in members_of(b, agents):
                    ctx.add(x, "partnersWith", y, mood=mood)


def partners_as(ctx: SentenceContext) -> None:
    """``X names A and B as its two closest partners``, ``X 称 A 和 B 是其最密切的合作伙伴``: the names a verb of naming
    (``partners`` ``named_as`` ``verbs``) takes, right before a phrase that makes them the subject's partners
    (``named_as`` ``tail``, a regular expression on the words after the last name; ``aside``: a place set off between),
    partner with the verb's subject."""
    sent = ctx.sentence
    lx = sent.lx
    spec = (lx.get("partners") or {}).get("named_as")
    if not spec:
        return
    agents = lx.agents
    text = sent.text
    for s, e, _w in lx.find(text, spec["verbs"], sent.start, sent.end):
        subj = subject_before(sent, s, agents, ctx.prev_subject)
        if subj is None:
            continue
        named = []
        for g in sent.after(e):
            if g.start >= sent.clause_end(e) and not named or not g.kinds() & agents:
                break
            gap = lx.squeeze(text[(named[-1].end if named else e):g.start]).strip(" ,")
            if named and gap not in ("", *lx["coordinators"]) or not named and lx.trim(gap, "determiners").strip():
                break
            named.append(g)
        if not named:
            continue
        rest = text[named[-1].end:sent.end]
        if spec.get("aside"):
            rest = re.sub(spec["aside"], "", rest, count=1)
        if not re.match(spec["tail"], rest):
            continue
        mood = ctx.mood(s, subj)
        for g in named:
            for k in members_of(g, agents):
                for o in subj.keys:
                    if k != o:
                        ctx.add(o, "partnersWith", k, mood=mood)


def _comma_aside(sent: Sentence, marker: int, end: int) -> bool:
    """The phrase from ``marker`` to ``end`` stands between two commas, right after a verb or its subject
    (``plans, with UNDP, to open``)."""
    lx = sent.lx
    before = sent.text[sent.start:marker].rstrip()
    after = sent.text[end:sent.end].lstrip()
    return before.endswith(",") and after.startswith(",") and not lx.squeeze(sent.text[end:sent.text.find(",", end)])


def _helper_of(sent: Sentence, obj: Group) -> Group | None:
    """The free agent that opens ``obj``'s clause when a verb of help stands between them (``X supported A``):
    the one who acts, where ``obj`` is what its verb acts on."""
    lx = sent.lx
    lo = sent.clause_start(obj.start)
    for _ in range(2):  # an aside before the verb: a name only, or a few words with no name (X, in turn, hosted …)
        if lo <= sent.start:
            break
        before = sent.clause_start(lo - 1)
        named = [g for g in sent.groups if before <= g.start and g.end <= lo]
        if len(named) == 1 and named[0].kinds() == {"Person"} \
                and not sent.text[before:named[0].start].strip() and sent.text[named[0].end:lo].strip() == ",":
            lo = sent.clause_start(before - 1) if before > sent.start else before  # The Independent Expert on X, A, advised B
        elif not named and before > sent.start and len(sent.text[before:lo].split()) <= 4:
            lo = sent.clause_start(before - 1)
        elif len(named) == 1 and named[0].kinds() & lx.agents and not sent.text[before:named[0].start].strip() \
                and sent.text[named[0].end:lo].strip() == "," \
                and not any(lo <= g.start < obj.start and g.kinds() & lx.agents and is_free(sent, g) for g in sent.groups):
            lo = before  # Kazakhstan, in turn, hosted A: the subject set off by the aside's comma
            break
        else:
            break
    that = lx.find(sent.text, (lx.get("modality") or {}).get("that_words", ()), lo, obj.start)
    if that:  # X noted that, since 2124, the Office had trained officers of A jointly with Y: the Office, not X
        lo = that[-1][1]
    first = next((g for g in sent.groups if lo <= g.start and g.end <= obj.start and is_free(sent, g)
                  and g.kinds() & lx.agents), None)
    if first is None:
        return None
    a, act = lx["assists"], lx.get("activities") or {}
    verbs = list(a.get("verbs", ())) + list(a.get("direct_verbs", ())) + list(a.get("give_verbs", ())) \
        + list(act.get("verbs", ())) + list(act.get("training_verbs", ())) + list(lx["partners"].get("helper_verbs", ()))
    return first if lx.find(sent.text, verbs, first.end, obj.start) else None


def _past_modal(sent: Sentence, at: int) -> int:
    """``X, with Y, will assist A``: where the verb after a comma aside starts, past a modal of plan or obligation
    (``modality`` ``planned``, ``should``), so that the partnership takes the clause's mood."""
    md = sent.lx.get("modality") or {}
    head = sent.text[at:sent.clause_end(at)]
    lead = len(head) - len(head.lstrip())
    hits = [h for h in sent.lx.find(head, [*md.get("planned", ()), *md.get("should", ())]) if h[0] == lead]
    return at + max(e for _s, e, _w in hits) if hits else at


def _agent_right_before(sent: Sentence, pos: int, pw: dict) -> Group | None:
    """``implemented by X in cooperation with Y``: the passive's agent right before the phrase."""
    before = [g for g in sent.groups if g.end <= pos]
    if not before or not before[-1].kinds() & sent.lx.agents:
        return None
    rf = pw.get("received_from_agent")  # had received training from X, in partnership with Y: X gave it, with Y
    if before[-1].governor not in pw.get("agent_markers", ()) and not (
            rf and before[-1].governor in rf["markers"]
            and re.search(rf["verbs"], sent.text[sent.clause_start(before[-1].start):before[-1].start])):
        return None
    gap = sent.lx.squeeze(sent.text[before[-1].end:pos])
    if pw.get("agent_state_organ"):  # 由 X 政府与 Y 共同主办, 由 X 司法部和 Y 联合主办: X's own
        gap = organ_trimmed(before[-1], government_trimmed(gap, sent.lx), sent.lx)
    return before[-1] if len(gap) <= 1 else None


def _participle_aside(sent: Sentence, marker: int, pw: dict) -> bool:
    """``…, organized with Y``: a comma, one of ``aside_participles`` and the marker at ``marker``, after an activity
    noun (``activities`` ``nouns``) in the clause before the comma."""
    lx = sent.lx
    comma = sent.text.rfind(",", sent.start, marker)
    if comma == -1 or not lx.squeeze(sent.text[comma + 1:marker]).strip().lower() in pw["aside_participles"]:
        return False
    return bool(lx.find(sent.text, (lx.get("activities") or {}).get("nouns", ()), sent.clause_start(comma), comma))


def _acting_aside(sent: Sentence, subj: Group, lead, last: Group, pw: dict) -> bool:
    """``X, working with Y, trained B``: a participle of acting (``agent_participles``) and its partner set off by
    commas right after the subject — Y acts with X in the verb that follows."""
    if lead is None or lead[2] not in pw.get("agent_participles", ()) or subj.end > lead[0]:
        return False
    lx = sent.lx
    return lx.squeeze(re.sub(r"\([^()]*\)", "", sent.text[subj.end:lead[0]])).strip() == "," \
        and sent.text[last.end:last.end + 1] == ","


def _partner_verb_before(sent: Sentence, marker: int, pw: dict) -> tuple[int, int, str] | None:
    """A partnering verb before the marker of a partner (``cooperated with``, ``in cooperation
    with``, ``signed a memorandum of understanding with``), within ``verb_gap`` characters — or, for one of
    ``own_object_verbs``, after the actor's own object (``own_object``: coordinated its outreach to applicants with)."""
    words = pw.get("verbs_before", ())
    if not words:
        return None
    lx = sent.lx
    hits = lx.find(sent.text, words, sent.clause_start(marker), marker)
    if not hits:
        return None
    hit = hits[-1]
    gap = lx.squeeze(sent.text[hit[1]:marker])
    if pw.get("gap_time"):
        gap = re.sub(pw["gap_time"], "", gap.strip().lower())  # signed in March 2075 with Y: when, then the partner
    if len(gap) > pw.get("verb_gap", 0) and pw.get("own_object") and hit[2] in pw.get("own_object_verbs", ()) \
            and re.fullmatch(pw["own_object"], gap.strip()):
        return hit  # coordinated its outreach to applicants with Y: the verb's own object stands between
    if len(gap) > pw.get("verb_gap", 0) and pw.get("shared_object") and hit[2] in pw.get("shared_object_verbs", ()) \
            and re.fullmatch(pw["shared_object"], gap.strip()):
        return hit  # co-chairs the results group on governance with Y: what the two lead together stands between
    if len(gap) > pw.get("verb_gap", 0) and pw.get("gap_topic") and hit[2].endswith(tuple(pw.get("topic_verbs", ()))) \
            and re.fullmatch(pw["gap_topic"], gap.strip()):
        return hit  # held a peer exchange on national inquiries with Y: what the two exchanged on stands between
        # (signed a memorandum of understanding on … with Y: a longer entry that ends with one of them)
    return hit if len(gap) <= pw.get("verb_gap", 0) else None


def _subject_after(sent: Sentence, pos: int) -> Group | None:
    """The first free group after ``pos``: the subject of a clause a phrase opened (not past a semicolon: … jointly
    with Y; Z met their cost — Z opens a clause of its own)."""
    for g in sent.after(pos):
        if any(c in sent.text[pos:g.start] for c in ";；"):
            return None
        if is_free(sent, g) and g.kinds() & sent.lx.agents:
            return g
    return None


def _agreement_passive(sent: Sentence, marker: int, end: int, pw: dict) -> int | None:
    """``An agreement with Y on … had not been signed``, ``No similar agreement has yet been concluded with Y``: a
    sentence whose only party named is the partner, about an agreement made in the passive (``agreement_passive``:
    ``lead``, the words from the sentence's start to the marker, with ``after``, the words after the partner; or
    ``before`` alone, the agreement denied: -1). Where the verb is (for its mood), else None."""
    spec = pw.get("agreement_passive")
    if not spec:
        return None
    lx = sent.lx
    head = lx.squeeze(sent.text[sent.start:marker]).lower()
    if spec.get("before") and re.fullmatch(spec["before"], head):
        return -1  # (No agreement has been concluded with Y: denied by its opening word)
    m = re.match(spec["after"], sent.text[end:sent.clause_end(end)].lower()) if spec.get("lead") else None
    if m is not None and re.fullmatch(spec["lead"], head):
        return end + m.start("verb")
    return None


def _joint_noun_of(lx, gap: str, governor: str, words: int) -> bool:
    """``a joint training mission of A and B``: the words between the joint word and the marker ``governor`` are at
    most ``words`` plain words ending in a noun of a thing done together (``joint_of_nouns``: a mission, a
    programme — not a joint reply, nor the joint reporting of A and B), then the marker."""
    parts = lx.trim(lx.squeeze(gap), "determiners").split()
    nouns = lx["partners"].get("joint_of_nouns")
    return bool(words and nouns) and 1 < len(parts) <= words + 1 and parts[-1] == governor \
        and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in parts[:-1]) and re.fullmatch(nouns, parts[-2]) is not None


def _time_only(lx, gap: str) -> bool:
    """``gap`` is empty or only says when (``于 2011 年``: a year and the language's locative or time markers)."""
    gap = re.sub(r"\([^()]*\)", "", lx.squeeze(gap))  # (an abbreviation in brackets after the name)
    if "year" in lx.res:
        gap = lx.res["year"].sub("", gap)
    return not gap.strip().strip("".join(lx.get("time_markers", ())) + " ")
