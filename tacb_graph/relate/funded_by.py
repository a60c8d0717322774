"""Who pays for or runs what: ``tacb:fundedBy`` and ``tacb:administeredBy`` — ``A 由 X 供资``, ``A, funded by X``,
``A is administered by X``, ``funded by X and by A, B and C``; a post paid for by a donor is the donor's help to the
body that holds it (tests/gold/README.md, "Funded help"); split out of :mod:`.links`."""

from __future__ import annotations

import re

from .clauses import Group, Sentence, without_short_form
from .emit import emit_assist
from .funding import costs_borne, post_of, post_owner, sent_before
from .patterns import SentenceContext
from .roles import members_of, subject_before, years

__all__ = ["administers", "financed_help", "funded_administered"]


def _activities_of(sent: Sentence, pos: int, kinds: set[str]) -> Group | None:
    """``方案 X 的(部分)活动由 Y 供资``: what is funded or run are X's activities, so X is."""
    act = sent.lx.get("activities") or {}
    lo = sent.clause_start(pos)
    for g in reversed([g for g in sent.before(pos) if g.start >= lo and g.governor is None]):
        rest = sent.lx.squeeze(sent.text[g.end:pos])
        if g.kinds() & kinds and rest[:1] in act.get("of", ()) and sent.lx.find(rest, act.get("nouns", ())):
            return g
    return None


def funded_administered(ctx: SentenceContext) -> None:
    """``A 由 X 管理`` / ``A is administered by X`` → administeredBy; ``A 由 X 供资`` /
    ``A, funded by X`` → fundedBy."""
    sent = ctx.sentence
    lx = sent.lx
    kinds = {"Programme", "Fund", "UNBody", "UNFundOrProgramme", "Event", "SpecializedAgency",
             "RelatedOrganization", "RegionalOrganization", "NGO", "NHRI", "AcademicInstitution"}
    by = lx["funded_by"]["by_markers"]
    last = None  # (group, predicate, subject, position, mood) of the last by-group read
    for g in sent.groups:
        if g.governor not in by:
            continue
        marker = sent.text.rfind(g.governor, sent.start, g.head)
        if last is not None and lx["funded_by"].get("repeated_by") \
                and lx.squeeze(sent.text[last[0].end:marker]) in lx["coordinators"]:
            # funded by X and by A, B and C: the second by-group funds it too
            _, pred, subj, pos, mood = last
            for s in subj.keys:
                for o in g.keys:
                    ctx.add(s, pred, o, mood=mood)
            last = (g, pred, subj, pos, mood)
            continue
        last = None
        rest = lx.squeeze(sent.text[g.end:sent.clause_end(g.end)])
        rest = without_short_form(rest)  # 由 X(其简称)管理: the abbreviation is no gap
        before = lx.squeeze(sent.text[sent.clause_start(marker):marker])
        verb_first = lx["funded_by"].get("verb_first", False)  # A, funded by X / A 由 X 供资
        for pred, key in (("fundedBy", "funded_by"), ("administeredBy", "administered_by")):
            verbs = lx[key]["verbs"]
            aside = lx[key].get("by_aside")  # 由 X 受秘书长委托进行管理: on another's behalf, then the verb
            unaside = re.sub(aside, "", rest, count=1) if aside else rest
            after = not verb_first and any(unaside.startswith(v) or unaside[:6].find(v) != -1 for v in verbs)
            duty = lx[key].get("duty")  # 日常管理由 Y(代表 Z)负责: the running of it is Y's charge
            if not after and duty and lx.ends_with(before, duty["before"]) and re.match(duty["after"], rest):
                after = True
            if pred == "fundedBy" and not after and not verb_first and costs_borne(lx, before, rest):
                after = True  # …职位的费用分别由 A 和 B 承担: the costs of a post, borne by A and B
            verb = lx.ends_with(before, verbs) if verb_first else None
            if after or verb:
                pos = sent.text.rfind(verb, sent.start, marker) if verb else marker
                owner = post_owner(sent, marker) if pred == "fundedBy" else None
                mine = lx["funded_by"].get("own_post")  # the post of its gender adviser has been funded by Y: the one before
                prev = ctx.prev_subject
                if owner is None and pred == "fundedBy" and mine and re.fullmatch(mine, before.lower()) \
                        and prev is not None and prev.kinds() & lx.agents and "State" not in prev.kinds() \
                        and "Fund" not in g.kinds():
                    ys = years(sent, sent.start, g.start)
                    emit_assist(ctx, list(g.keys), members_of(prev, lx.agents), ys[-1][1] if ys else None, None,
                                ctx.mood(pos, prev))  # (the post is paid for: its holder's body is helped)
                    break
                subj = subject_before(sent, pos, kinds, ctx.prev_subject) or _activities_of(sent, pos, kinds) or owner
                if subj and (verb or pred == "fundedBy" and lx.ends_with(before, (lx.get("activities") or {}).get("nouns", ()))) \
                        and _activity_between(sent, subj, pos):
                    subj = None  # X described … the training of its staff, financed by Y; X 在 Y 的项目由 Z 资助: the activity is funded
                if subj and subj.governor in lx["funded_by"].get("owner_governors", ()) \
                        and _owned_activity(lx, sent.text[sent.clause_start(subj.head):subj.head], subj.governor):
                    subj = None  # A project of X, funded by Y, …: the project is funded, not X
                if subj and subj.start < sent.clause_start(marker) and _thing_pronoun(lx, before, bare=True):
                    subj = None  # X 实施了一个项目，该项目由 Y 资助 (…讲习班，讲习班由 Y 资助): the project is funded, not X
                if subj and post_of(lx, before, subj) and (subj.start < sent.start and sent_before(lx, before) or (
                        lx.res["pronoun"].match(before) and subj.start < sent.clause_start(marker)
                        and any(r.predicate == "assists" and r.subject in subj.keys for r in ctx.relations))):
                    subj = None  # …派驻了一名顾问。该顾问的职位(该职位)由 Y 资助: the post of one sent before (repeated.py reads it)
                if subj and after and _relative(lx, rest, verbs) and lx.squeeze(sent.text[subj.end:marker]).strip():
                    subj = None  # X 执行了一个由 Y 出资的项目: the project the relative clause describes is funded
                if after and _relative(lx, rest, verbs):
                    subj = _relative_head(sent, g, lx, verbs, kinds) or subj  # 由 X 管理的 F: F, named right after
                if subj and pred == "administeredBy" and subj.start < sent.clause_start(marker) \
                        and lx.find(before, (lx.get("activities") or {}).get("nouns", ())):
                    subj = None  # F 已批准支持 Y，具体活动将由 X 执行: X carries out the activities, it runs no F
                if subj and after and lx.ends_with(before, lx["funded_by"].get("approved_before", ())):
                    subj = None  # 董事会核准由 F 资助一个项目: what the subject approved is funded, not the subject
                act = lx["assists"].get("funded_act")
                if subj and after and act and re.search(act["before"], lx.squeeze(sent.text[sent.clause_start(g.head):g.head])) \
                        and re.match(act["after"], sent.text[g.end:g.end + 16]):
                    subj = None  # X 由 F 出资，为 Y 举办了…: F pays for X's help to Y (patterns.funding_of), not for X
                if subj:
                    ys = years(sent, sent.clause_start(g.start), g.start)
                    year = ys[-1][1] if ys else None
                    mood = ctx.mood(pos, subj)
                    if pred == "fundedBy" and "Fund" not in g.kinds() and (post_of(lx, before, subj) or (
                            subj is owner and lx["funded_by"].get("post_before_owner"))):
                        # 中心共有 14 名工作人员，其中两名干事的员额由 X 供资: X helps the body that holds the post
                        # (a fund paying for an office's post stays the office's funder)
                        emit_assist(ctx, list(g.keys), list(subj.keys), year, None, mood)
                        last = None
                        break
                    for s in subj.keys:
                        for o in g.keys:
                            ctx.add(s, pred, o, year, mood=mood)
                    last = (g, pred, subj, pos, mood)
                break


def _relative(lx, rest: str, verbs) -> bool:
    """``rest`` (after the by-group) is a verb of ``verbs`` and then the relative marker (``出资的项目``): the by-phrase
    describes the noun that follows, not the subject before it."""
    rel = lx["funded_by"].get("relative_marker")
    return bool(rel) and any(rest.startswith(v + rel) for v in verbs)


def _relative_head(sent, g, lx, verbs, kinds):
    """The group of ``kinds`` that the relative clause ending right after the by-group ``g`` describes (``由 X 管理的
    F``: F), if it follows the relative marker directly, else None."""
    rest = sent.text[g.end:sent.clause_end(g.end)]
    verb = next((v for v in verbs if lx.squeeze(rest).startswith(v + lx["funded_by"]["relative_marker"])), None)
    if verb is None:
        return None
    at = sent.text.find(verb + lx["funded_by"]["relative_marker"], g.end) + len(verb) + len(lx["funded_by"]["relative_marker"])
    return next((h for h in sent.groups if h.start >= at and not lx.squeeze(sent.text[at:h.start]).strip()
                 and h.kinds() & kinds), None)


def _thing_pronoun(lx, head: str, bare: bool = False) -> bool:
    """``head`` opens with a pronoun that stands for a thing (``该项目``, ``这些培训``: ``thing_heads``) — with
    ``bare``, also a thing head alone that is the whole of ``head`` (``讲习班``, in ``…，讲习班由 Y 资助``)."""
    m = lx.res["pronoun"].match(head)
    heads = lx.get("thing_heads", ())
    if bare and not m and head.strip() in heads:
        return True
    rest = head[m.end():].lstrip() if m else ""
    after = rest[len(lx.starts_with(rest, (lx.get("activities") or {}).get("classifiers", ())) or ""):]  # 这期培训班
    return bool(m) and bool(lx.starts_with(rest, heads) or lx.starts_with(after, heads))


def _activity_between(sent: Sentence, subj: Group, pos: int) -> bool:
    """Whether an activity noun (``activities`` ``nouns``: training, workshop, project …) stands between the
    subject of its sentence and a participle ``funded by`` at ``pos``: what is funded is that activity."""
    act = sent.lx.get("activities") or {}
    if not act.get("nouns") or subj.end > pos:
        return False
    # (Together with Y, it supported a review …, a project funded by Z: a pronoun's subject named in a sentence before)
    return bool(sent.lx.find(sent.text, act["nouns"], max(subj.end, sent.start), pos))


def financed_help(ctx: SentenceContext) -> None:
    """``Norway had financed the assistance of X to Y``: a subject that paid for (``assists`` ``funder_of_help``, a
    regular expression on the words after it, ending in ``of`` or ``by``) the help of a body named right after helps
    whom that body's help reached in the sentence, in the same modality — and no one else the sentence names."""
    sent = ctx.sentence
    lx = sent.lx
    rx = lx["assists"].get("funder_of_help")
    for g in sent.groups if rx else ():
        m = re.match(rx, sent.text[g.end:g.end + 90]) if g.governor is None and g.kinds() & lx.agents else None
        if m is None:
            continue
        at = g.end + m.end()
        helper = next((h for h in sent.groups if h.kinds() & lx.agents and at <= h.head
                       and not lx.trim(lx.squeeze(sent.text[at:h.head]), "determiners").strip()), None)
        if helper is None:
            continue  # (financed the deployment of advisers to X: its own help, read as such)
        helped = [r for r in ctx.relations if r.predicate == "assists" and r.subject in helper.keys]
        for r in helped:
            for k in members_of(g, lx.agents):
                if k != r.object:
                    emit_assist(ctx, [k], [r.object], r.year, None, (r.modality, r.requested_by))


def _owned_activity(lx, head: str, governor: str) -> bool:
    """``head`` (the words before an owner's group, its governor last: ``A project of``) ends in an activity noun."""
    head = lx.squeeze(head).strip()
    head = head[:-len(governor)].rstrip() if head.endswith(governor) else head
    return bool(lx.ends_with(head, (lx.get("activities") or {}).get("nouns", ())))


def administers(ctx: SentenceContext) -> None:
    """``OHCHR administers the Fund``, ``人权高专办负责管理基金``: a verb of running (``administered_by`` ``active``) right
    after its subject (``active_before``: words such as 负责 may stand between), its object a fund or programme
    right after it (determiners and ``active_before`` words aside) → the object ``administeredBy`` the subject."""
    sent = ctx.sentence
    lx = sent.lx
    spec = lx.get("administered_by") or {}
    verbs = spec.get("active", ())
    if not verbs:
        return
    owners = {"UNBody", "UNFundOrProgramme", "SpecializedAgency", "RelatedOrganization", "RegionalOrganization", "NGO",
              "NHRI", "AcademicInstitution", "Post"}
    for s, e, _w in lx.find(sent.text, verbs, sent.start, sent.end):
        subj = next((g for g in reversed(sent.before(s)) if g.start >= sent.clause_start(s)), None)
        if subj is None or subj.governor is not None or not subj.kinds() & owners \
                or re.sub(r"\([^()]*\)", "", lx.squeeze(sent.text[subj.end:s])).strip() not in ("", *spec.get("active_before", ())):
            continue
        obj = next((g for g in sent.after(e) if g.start < sent.clause_end(e)), None)
        if lx.starts_with(lx.squeeze(sent.text[e:e + 6]).strip().lower(), spec.get("pronoun_objects", ())) \
                and re.match(r"\s*\w+\s*(?:[.;,]|$)", sent.text[e:e + 8]):
            # The Fund was created in 2011, and OHCHR manages it: the fund the sentence (or the one before) is about
            funds = [g for g in sent.before(subj.start) if g.kinds() <= {"Fund", "Programme"}]
            prev = ctx.prev_subject
            obj = funds[0] if funds else prev if prev is not None and prev.kinds() <= {"Fund", "Programme"} else None
            e = obj.start if obj is not None else e
        if obj is None or not obj.kinds() <= {"Fund", "Programme"} \
                or lx.trim(lx.squeeze(sent.text[e:obj.start]), "determiners").strip():
            continue
        for o in obj.keys:
            for k in subj.keys:
                ctx.add(o, "administeredBy", k, mood=ctx.mood(s, subj))

