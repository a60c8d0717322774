"""A unit's facts settled once every sentence was read: what a later clause says became of help asked for
(done, planned, refused, never made), help reported and then said not to have happened, and one modality per fact.

The sentence-level reading of modality is :mod:`.modality`; this module only revisits what it gave, with the
unit's sentences in hand. Every word list is in the language's ``relations.json`` under ``modality``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Assistance
from .clauses import Lexicon, Sentence
from .modality import REPORTED, _hits, _word_ok, modality_at
from .roles import is_free

__all__ = ["settle"]

_ASKED = ("Requested", "Recommended")


def settle(sents: list[Sentence], relations: list, assistances: list, lx: Lexicon,
           posts: dict[str | None, frozenset[str]] | None = None) -> tuple[list, list]:
    """One unit's facts once every sentence was read: a request followed by the report that it was
    done, planned or not done, and one modality per fact.

    * ``requested OHCHR to support X …, and OHCHR has indicated that it will do so``: a later clause
      whose subject is the one asked and whose verb says it acted (``done_verbs``: ``do so``,
      ``financed`` …) gives the asked fact that clause's modality (Planned here; Reported for
      ``the Fund financed …``, Negated for ``did not do so``; Planned where the verb puts the work in a plan,
      ``plan_done``: 已将这项培训列入工作计划);
    * ``… asked the Office to …; the Office declined``: a verb of refusal says the asked fact was not done (the
      gazetteer's posts — ``posts``, by the body they head: :func:`posts_by_parent` — refuse for it); a State's request
      that named no help, refused (or whose work is said not to have been carried out), adds the addressee's Negated
      help to it;
    * ``这一请求已得到满足``, ``the request has been met``: the help asked for was given (``fulfilled``);
    * ``X 提出派遣…。Y 婉拒了这一提议``: help in a sentence that offers it (``offered``) whose next sentence refuses the
      offer it refers back to (``offer_refs``, ``offer_refused``) was not given (Negated);
    * ``… recommended that X ask Y for help. X has not yet made such a request``: the request is Negated
      (``request_not_made``);
    * ``X had pledged to fund a project in Y, but the project could not start``: help the sentence reported before a
      clause that refers back to the activity and says it never happened (``undone_refs``, ``undone_words``) is Negated;
    * ``X 请 Y 培训…，培训原定于…举行，后因…被迫取消``: help asked for in a sentence that says the activity, set for a
      date, was called off is Negated (``asked_then_called_off``);
    * ``X had offered Y an exchange of judges, but the offer had gone unanswered``: help in a sentence whose offer a
      later clause says was refused or never answered is Negated (``offer_refused_here``);
    * ``… asked Y for a specialist, and Y assigned one; the specialist's salary has been covered by Z``: Requested help
      its sentence read from one not asked shares what became of the request;
    * ``基金核准了一个为 Y 举办培训的项目，该项目定于明年启动``, ``were approved … and are due to begin in 2044``: help
      approved and said to be still to start is Planned (``approval_words``, ``starts_later``);
    * where the language sets ``one_per_unit``, a fact stated as Reported, Negated or Planned is not
      also kept as Requested or Recommended in the same unit (the stronger statement wins).

    Returns the relations and assistance records, changed where needed.
    """
    md = lx.get("modality") if lx is not None else None
    if not md:
        return relations, assistances
    changed: dict[tuple, str] = {}  # (provider, predicate, recipient) -> modality now stated
    if md.get("done_verbs"):
        for r in relations:
            if r.modality in _ASKED and (r.subject, r.predicate, r.object) not in changed:
                m = _done_later(sents, r, md, lx, posts or {})
                if m is not None:
                    changed[(r.subject, r.predicate, r.object)] = m
    if md.get("work_refs"):
        for r in relations:
            if r.modality == "Requested" and (r.subject, r.predicate, r.object) not in changed:
                m = _work_later(sents, r, md, lx)
                if m is not None:
                    changed[(r.subject, r.predicate, r.object)] = m
    for a in assistances:  # who paid for the help asked for shares what became of it
        m = changed.get((a.provider, "assists", a.recipient)) if a.modality in _ASKED else None
        for f in a.funded_by if m is not None else ():
            changed.setdefault((f, "assists", a.recipient), m)
    if changed:  # … asked Y for a specialist, and Y assigned one; the specialist's salary has been covered by Z:
        # help its sentence read in the mood of the request, from one not asked, shares what became of it
        became = {(r.sentence, r.object): changed[(r.subject, r.predicate, r.object)] for r in relations
                  if r.predicate == "assists" and r.modality == "Requested" and (r.subject, r.predicate, r.object) in changed}
        asked = {(r.subject, r.object) for r in relations if r.predicate == "requests"}
        for r in relations:
            if r.predicate == "assists" and r.modality == "Requested" and (r.sentence, r.object) in became \
                    and (r.object, r.subject) not in asked:
                changed.setdefault((r.subject, r.predicate, r.object), became[(r.sentence, r.object)])
    if changed:
        relations = [replace(r, modality=changed[(r.subject, r.predicate, r.object)], requested_by=None)
                     if r.modality in _ASKED and (r.subject, r.predicate, r.object) in changed else r
                     for r in relations]
        assistances = [replace(a, modality=changed[(a.provider, "assists", a.recipient)], requested_by=None)
                       if a.modality in _ASKED and (a.provider, "assists", a.recipient) in changed else a
                       for a in assistances]
    if md.get("request_not_made"):  # … recommended that X ask Y for help. X has not yet made such a request
        unmade = {id(r) for r in relations
                  if r.predicate == "requests" and r.modality in _ASKED and _not_made_later(sents, r, md, lx)}
        relations = [replace(r, modality="Negated", requested_by=None) if id(r) in unmade else r for r in relations]
    if md.get("refused_verbs"):  # X asked Y to review its rules; Y declined (or: the review was not carried out)
        helped = {(r.subject, r.object) for r in relations if r.predicate == "assists"}
        for r in list(relations):
            if r.predicate == "requests" and r.modality == REPORTED and r.subject.startswith("state/") \
                    and (r.object, r.subject) not in helped and not r.object.startswith("@") \
                    and (_done_later(sents, replace(r, subject=r.object, object=r.subject), md, lx,
                                     posts or {}) == "Negated"
                         or md.get("work_refs") and _work_later(sents, replace(r, subject=r.object, object=r.subject),
                                                                md, lx) == "Negated"):
                helped.add((r.object, r.subject))
                relations.append(replace(r, subject=r.object, predicate="assists", object=r.subject, modality="Negated",
                                         requested_by=None))
                assistances.append(Assistance(r.object, r.subject, r.unit, r.number, r.year, None, r.sentence, "Negated"))
    undone = {x.quote for x in sents if md.get("undone_refs") and _undone(x, md, lx)}
    # A course … was to be delivered by Y, but it was cancelled (or: but was cancelled, ``undone_bare``): a pronoun
    # stands for the plan only (what was done and then "not implemented" is another matter)
    planned_undone = {x.quote for x in sents if md.get("undone_pronouns") and _undone(x, md, lx, "undone_pronouns")
                      or md.get("undone_bare") and re.search(md["undone_bare"], x.text[x.start:x.end])}
    if md.get("undone_undated"):  # 原定…举办研讨会。…要求推迟，研讨会至今没有重新排定日期: put off with no new date, in
        # the plan's sentence or the next one — what was planned was not done
        stated = {r.sentence for r in relations}  # (a sentence with facts of its own puts off its own plan)
        for i, x in enumerate(sents):
            if re.search(md["undone_undated"], lx.squeeze(x.text[x.start:x.end])):
                planned_undone |= {x.quote} | ({sents[i - 1].quote} if i and x.quote not in stated else set())
    if planned_undone:
        relations = [replace(r, modality="Negated") if r.predicate in ("assists", "partnersWith") and r.modality == "Planned"
                     and r.sentence in planned_undone else r for r in relations]
        assistances = [replace(a, modality="Negated") if a.modality == "Planned" and a.sentence in planned_undone
                       else a for a in assistances]
    if md.get("undone_next"):  # …原计划为 X 举办一期培训。由于…，这项培训被取消: what was planned was not done
        rx = md.get("undone_next_rx")  # 这期原定于…开课的培训班最终没有举办: the activity named again, with its plan
        later = {sents[i - 1].quote for i in range(1, len(sents)) if _undone_next(sents[i], md, lx)
                 or rx and re.match(rx, lx.squeeze(sents[i].text[sents[i].start:sents[i].end]))}
        # (X 曾请 Y 举办研讨会。…这项活动没有举办: the help asked for was not given either)
        relations = [replace(r, modality="Negated", requested_by=None) if r.predicate in ("assists", "partnersWith")
                     and r.modality in ("Planned", "Requested") and r.sentence in later else r for r in relations]
        assistances = [replace(a, modality="Negated", requested_by=None) if a.modality in ("Planned", "Requested")
                       and a.sentence in later
                       else a for a in assistances]
    if md.get("offer_refused_next"):  # X offered to fund a course for Y, taught by Z. Y turned the offer down: none given
        refused = {sents[i - 1].quote for i in range(1, len(sents))
                   if re.search(md["offer_refused_next"]["offer"], sents[i - 1].text[sents[i - 1].start:sents[i - 1].end])
                   and re.search(md["offer_refused_next"]["refused"], sents[i].text[sents[i].start:sents[i].end])}
        relations = [replace(r, modality="Negated", requested_by=None) if r.predicate in ("assists", "partnersWith")
                     and r.sentence in refused else r for r in relations]
        assistances = [replace(a, modality="Negated", requested_by=None) if a.sentence in refused else a
                       for a in assistances]
    here = md.get("offer_refused_here")  # X had offered Y an exchange of judges, but the offer had gone unanswered
    if here:
        refused = set()
        for x in sents:
            m = re.search(here["offer"], x.text[x.start:x.end])
            if m and re.search(here["refused"], x.text[x.start + m.end():x.end]):
                refused.add(x.quote)
        relations = [replace(r, modality="Negated", requested_by=None) if r.predicate == "assists"
                     and r.sentence in refused else r for r in relations]
        assistances = [replace(a, modality="Negated", requested_by=None) if a.sentence in refused else a
                       for a in assistances]
    if md.get("asked_then_called_off"):  # 请 Y 培训…，培训原定于…举行，后因…被迫取消: the help asked for was called off
        called = {x.quote for x in sents if re.search(md["asked_then_called_off"], x.text[x.start:x.end])}
        relations = [replace(r, modality="Negated", requested_by=None) if r.predicate == "assists"
                     and r.modality == "Requested" and r.sentence in called else r for r in relations]
        assistances = [replace(a, modality="Negated", requested_by=None) if a.modality == "Requested"
                       and a.sentence in called else a for a in assistances]
    if undone:  # X had pledged to fund a project in Y, but the project could not start: the help was not given
        relations = [replace(r, modality="Negated") if r.predicate == "assists" and r.modality in (REPORTED, "Planned")
                     and r.sentence in undone else r for r in relations]
        assistances = [replace(a, modality="Negated") if a.modality in (REPORTED, "Planned") and a.sentence in undone
                       else a for a in assistances]
    if md.get("offer_refs"):  # X 提出派遣一个咨询团，协助 Y…。Y 婉拒了这一提议: the help offered was not given
        refused = {i for i in range(len(sents)) if _offer_refused(sents[i], md, lx)}
        # (X 曾提议资助 Y 向 Z 派遣…，但 Z 婉拒了这一提议: the offer and its refusal in one sentence)
        here = {i for i in refused if lx.find(sents[i].text, md.get("offered", ()), sents[i].start,
                                              _first(lx, sents[i], md["offer_refs"]))}
        offered = {sents[i].quote for i in here}
        offered |= {sents[i - 1].quote for i in refused - here if i > 0 and lx.find(
            sents[i - 1].text, md.get("offered", ()), sents[i - 1].start, sents[i - 1].end)}  # (else the one before)
        relations = [replace(r, modality="Negated") if r.predicate == "assists" and r.sentence in offered
                     and r.modality in (REPORTED, "Planned") else r for r in relations]
        assistances = [replace(a, modality="Negated") if a.sentence in offered and a.modality in (REPORTED, "Planned")
                       else a for a in assistances]
    if md.get("starts_later"):  # 基金核准了一个为 Y 举办培训的项目，该项目定于明年启动: approved, still to start
        later = _approved_to_start(sents, md, lx)
        # (X 请基金资助…。董事会为此核准了 9 万美元，起草工作预计于下半年启动: help asked for, granted by a later
        # sentence that says it is still to start, is Planned as well)
        granted = {k for k, m in changed.items() if m == REPORTED} if later else set()
        after = {s.quote: {t.quote for t in sents[i + 1:]} for i, s in enumerate(sents)} if granted else {}
        relations = [replace(r, modality="Planned") if r.predicate == "assists" and r.modality == REPORTED
                     and (r.sentence in later or (r.subject, r.predicate, r.object) in granted
                          and after.get(r.sentence, set()) & later) else r for r in relations]
        assistances = [replace(a, modality="Planned") if a.modality == REPORTED and (
            a.sentence in later or (a.provider, "assists", a.recipient) in granted and after.get(a.sentence, set()) & later)
            else a for a in assistances]
    relations = _joint_undone(relations, sents, md, lx)
    if md.get("one_per_unit"):
        def fact(r) -> tuple:  # partnersWith is symmetric
            ends = sorted((r.subject, r.object)) if r.predicate == "partnersWith" else (r.subject, r.object)
            return (r.predicate, *ends)

        strong = {fact(r) for r in relations if r.modality not in _ASKED}
        relations = [r for r in relations if r.modality not in _ASKED or fact(r) not in strong]
        if md.get("reported_over_planned"):  # signed an agreement …; both sides will jointly …: one partnership
            done = {fact(r) for r in relations if r.modality == REPORTED and r.predicate in md["reported_over_planned"]}
            relations = [r for r in relations if r.modality != "Planned" or fact(r) not in done]
        # (an advisory visit of Y, intended to assist X, was postponed without a new date: the plan was undone)
        negated = {(fact(r), r.sentence) for r in relations if r.modality == "Negated"}
        relations = [r for r in relations if r.modality != "Planned" or (fact(r), r.sentence) not in negated]
        undone_a = {(a.provider, a.recipient, a.sentence) for a in assistances if a.modality == "Negated"}
        assistances = [a for a in assistances if a.modality != "Planned"
                       or (a.provider, a.recipient, a.sentence) not in undone_a]
        strong_a = {(a.provider, a.recipient) for a in assistances if a.modality not in _ASKED}
        assistances = [a for a in assistances if a.modality not in _ASKED or (a.provider, a.recipient)
                       not in strong_a]
    return relations, assistances


def _approved_to_start(sents: list[Sentence], md: dict, lx: Lexicon) -> set[str]:
    """The sentences that approve help (``approval_words``: 核准, approved) and say, after the approval or at the start
    of the next sentence, that the work is still to start (``starts_later``, a regular expression: 该项目定于…启动,
    are due to begin in …): their help is Planned."""
    rx = re.compile(md["starts_later"])
    out = set()
    for i, sent in enumerate(sents):
        hits = lx.find(sent.text, md.get("approval_words", ()), sent.start, sent.end)
        if not hits:
            continue
        if rx.search(lx.squeeze(sent.text[hits[0][1]:sent.end])):
            out.add(sent.quote)
        elif i + 1 < len(sents):
            nxt = sents[i + 1]
            if rx.match(lx.squeeze(nxt.text[nxt.start:nxt.clause_end(nxt.start)]).lstrip()):
                out.add(sent.quote)
    return out


def _joint_undone(relations: list, sents: list[Sentence], md: dict, lx: Lexicon) -> list:
    """``X 与 Y 原定联合举办一次研讨会，但研讨会被取消``: a partnership of two who, in its sentence, only gave Negated help
    (their joint activity did not happen) is Negated too; so is one whose sentence does a thing jointly (``joint_doing``)
    and says the activity did not happen (the activities' ``cancelled_later``), with no one it was for named."""
    if not any(r.predicate == "partnersWith" and r.modality in (REPORTED, "Planned") for r in relations):
        return relations  # (no partnership to settle: no sentence need be read again)
    negated, other = {}, set()
    for r in relations:
        if r.predicate == "assists":
            if r.modality == "Negated":
                negated.setdefault(r.sentence, set()).add(r.subject)
            else:
                other.add((r.sentence, r.subject))
    from .referents import noun_pattern

    act = lx.get("activities") or {}
    rx = noun_pattern(lx, act, "cancelled_later") if md.get("joint_doing") else None
    undone = {x.quote for x in sents if rx is not None and lx.find(x.text, md["joint_doing"], x.start, x.end)
              and rx.search(lx.squeeze(x.text[x.start:x.end]))}
    return [replace(r, modality="Negated", requested_by=None)
            if r.predicate == "partnersWith" and r.modality in (REPORTED, "Planned")
            and ({r.subject, r.object} <= negated.get(r.sentence, set()) or r.sentence in undone)
            and not {(r.sentence, r.subject), (r.sentence, r.object)} & other else r for r in relations]


def _first(lx: Lexicon, sent: Sentence, words) -> int:
    """Where the first of ``words`` stands in ``sent`` (its end when none does)."""
    hits = lx.find(sent.text, words, sent.start, sent.end)
    return hits[0][0] if hits else sent.end


def _offer_refused(sent: Sentence, md: dict, lx: Lexicon) -> bool:
    """A sentence that refuses an offer it refers back to (``offer_refused`` before one of ``offer_refs``, in one
    clause: 婉拒了这一提议, declined the offer)."""
    for s, _e, _w in lx.find(sent.text, md["offer_refs"], sent.start, sent.end):
        if lx.find(sent.text, md.get("offer_refused", ()), sent.clause_start(s), s):
            return True
    return False


def _not_made_later(sents: list[Sentence], r, md: dict, lx: Lexicon) -> bool:
    """A sentence after the request's, in its unit, in which the one who was to ask (``r.subject``) is said not to have
    asked yet (``request_not_made`` right after it, within ``done_window``)."""
    first = next((i for i, x in enumerate(sents) if x.quote == r.sentence), None)
    if first is None:
        return False
    window = md.get("done_window", 60)
    for sent in sents[first + 1:first + 3]:
        for g in sent.groups:
            if r.subject in g.keys and g.governor is None \
                    and _hits(sent, md["request_not_made"], g.end, min(sent.clause_end(g.end), g.end + window)):
                return True
    return False


def _undone(sent: Sentence, md: dict, lx: Lexicon, refs: str = "undone_refs") -> bool:
    """A clause after the first of the sentence, in contrast to the one before (``undone_contrast``: 但, but), opens with
    a back-reference to the activity (``undone_refs``: 该项目, the project; or, with ``refs``, another list of them) and
    says it never happened (``undone_words``: 未能启动, could not start)."""
    for s, e, _w in lx.find(sent.text, md.get(refs, ()), sent.start, sent.end):
        lo = sent.clause_start(s)
        if lo <= sent.start + 1 or lx.squeeze(sent.text[lo:s]).strip().lower() not in ("", *md.get("work_ref_openers", ())):
            continue
        if not lx.find(sent.text, md.get("undone_contrast", ()), sent.clause_start(lo - 2), s):
            continue  # (… trained judges, and the project ended in 2031: what was done stays done)
        if _never_happened(sent, md, lx, e):
            return True
    return False


def _never_happened(sent: Sentence, md: dict, lx: Lexicon, e: int) -> bool:
    """The clause from ``e`` says the activity never happened: one of ``undone_words``, or ``undone_rx`` (a regular
    expression matched at its start, which may run on past the clause: 该培训未能在本报告所述期间举行, a time between
    the negation and the verb; 培训班已经推迟，新的日期至今没有确定)."""
    end = sent.clause_end(e)
    return bool(_hits(sent, md.get("undone_words", ()), e, end)) or bool(
        md.get("undone_rx") and re.match(md["undone_rx"], lx.squeeze(sent.text[e:sent.end])))


def _undone_next(sent: Sentence, md: dict, lx: Lexicon) -> bool:
    """A sentence whose clause opens (after a lead-in: ``由于…，``) with a back-reference to an activity (``undone_refs``)
    and says it never happened (``undone_words``), with no actor named before the reference (but one that only
    concedes, ``undone_concessive``: 劳工组织虽然同意派团，但…，该特派团最终没有成行): the activity the sentence before
    planned."""
    causes = md.get("undone_causes", ())
    yielding = tuple(md.get("undone_concessive", ()))
    for s, e, _w in lx.find(sent.text, md["undone_refs"], sent.start, sent.end):
        lo = sent.clause_start(s)
        if lx.squeeze(sent.text[lo:s]).strip().lower() not in ("", *md.get("work_ref_openers", ())) \
                or any(g.end <= s and g.kinds() & lx.agents and not _in_cause(sent, g.start, causes, lx)
                       and not (yielding and lx.squeeze(sent.text[g.end:sent.clause_end(g.end)]).lstrip().startswith(yielding))
                       for g in sent.groups):
            continue
        if _never_happened(sent, md, lx, e):
            return True
    return False


def _in_cause(sent: Sentence, at: int, causes, lx: Lexicon) -> bool:
    """``at`` lies in a clause that opens with a cause (``undone_causes``: 由于…，): an actor named there says why the
    activity was dropped, not that it did something else (由于 X 调整了工作计划，这项合作没有进行)."""
    lo = sent.clause_start(at)
    return bool(causes) and lx.squeeze(sent.text[lo:at]).lstrip().startswith(tuple(causes))


def _work_later(sents: list[Sentence], r, md: dict, lx: Lexicon) -> str | None:
    """``Y 请 X 协助…，这项工作将于明年开始``: a clause that opens with a back-reference to the work asked for
    (``work_refs``), after the one asked in the request's sentence or at the start of the next sentence, says
    it is planned (a ``planned`` word in that clause) or not done (a ``negated`` word): that modality; a reference that
    itself denies it (``negated_refs``: ``No such assistance was provided``) says it was not done; what the work found
    (after ``work_ref_findings``: ``found that``, 发现) is no word on whether it was done; a reference whose clause
    names another addressee (``work_ref_addressed``: ``the request … sent to the ICRC``) is to another request."""
    first = next((i for i, s in enumerate(sents) if s.quote == r.sentence), None)
    if first is None:
        return None
    asked = [g.end for g in sents[first].groups if r.subject in g.keys]
    if not asked:
        return None
    places = [(sents[first], asked[-1])]
    if first + 1 < len(sents):
        places.append((sents[first + 1], None))
    said = None
    for sent, after in places:
        chained = None  # where the last clause opening with a back-reference ended (in the next sentence)
        for s, e, w in lx.find(sent.text, md["work_refs"], after if after is not None else sent.start, sent.end):
            lo = sent.clause_start(s)
            lead = md.get("work_ref_lead")  # 人权高专办报告说，由于安全局势，该项援助…: a reporting or causal lead
            head = lx.squeeze(sent.text[chained if chained is not None else sent.start:lo])
            led = after is None and lead and re.fullmatch(lead, lx.squeeze(sent.text[sent.start:s]))  # 原定…为此举办的…
            opener = lx.squeeze(sent.text[lo:s]).strip()
            opener = "" if opener.lower() in md.get("work_ref_openers", ()) else opener  # …, but no such advice was given
            if not led and (opener or (after is None and lo > sent.start + 1 and not (
                    lead and re.fullmatch(lead, head)))):
                continue  # the back-reference must open its clause (and, in the next sentence, the sentence)
            end = sent.clause_end(e)
            addressed = md.get("work_ref_addressed", ())
            if addressed and any(e <= g.start < end and g.governor in addressed and g.kinds() & lx.agents
                                 and r.subject not in g.keys and r.object not in g.keys for g in sent.groups):
                continue  # The request for experts that Z sent to the ICRC has not been answered: another request
            chained = end + 1  # 这项请求未能得到满足，相关支助已列入 2029 年工作计划: the last clause decides
            found = re.compile(md["work_ref_findings"]).search(sent.text, e, end) if md.get("work_ref_findings") else None
            if found is not None:  # The assessment found that neither authority had …: what the work found, not whether
                end = found.start()  # it was done
            if _hits(sent, md.get("pending", []), e, end):
                said = None  # 该请求至今尚未得到答复, the request is still under consideration: still only asked for
            elif w in md.get("negated_refs", ()):
                said = "Negated"  # No such assistance was provided: the reference itself says it was not done
            elif [h for h in _hits(sent, md.get("negated", []), e, end) if _word_ok(sent.text, *h, md)] \
                    or _hits(sent, md.get("called_off", []), e, end):
                said = "Negated"  # (…为此举办的研讨会被取消: called off)
            elif _hits(sent, md.get("fulfilled", []), e, end) or w in md.get("delivered_refs", ()) and _hits(
                    sent, md.get("fulfilled", []), e, min(sent.end, e + md.get("delivered_reach", 0))):
                said = REPORTED  # 这两项请求已在所述期间得到满足: what was asked for was done; (the comments of the
                # adviser, prepared with …, were transmitted: a delivered work's verb after an aside, ``delivered_refs``)
            elif md.get("put_off_undated") and re.match(md["put_off_undated"], lx.squeeze(sent.text[e:sent.end])):
                said = "Negated"  # 这项评估本应在 8 月开展，但…被迫延后，新的日期迄今仍未敲定: put off with no new date
            elif [h for h in _hits(sent, md.get("planned", []), e, end) if _word_ok(sent.text, *h, md)] \
                    or _hits(sent, md.get("put_off", []), e, end):
                said = "Planned"  # (…为此举办的研讨会因…而推迟: put off, still to come)
        if said is not None:
            return said
    return None


def _put_off_later(sent: Sentence, g, md: dict, lx: Lexicon, end: int) -> str | None:
    """What the one asked (group ``g``) does with the request when it puts it off (``put_off_later``: ``verbs``): a
    delay to a stated date (``dated`` right after the verb) is Planned; a delay with no date, or only until the
    request is looked at again (``reconsider``: 推迟到 2119 年以后再议, to be reconsidered next year), is Negated.
    Another actor between the one asked and the verb stops it; so does the request itself put off (``asked_nouns``
    before the verb: its decision deferred, the request is still pending)."""
    po = md.get("put_off_later")
    if not po:
        return None
    hits = _hits(sent, po["verbs"], g.end, end)
    if not hits:
        return None
    s, e = hits[0][0], hits[0][1]
    if any(g.end <= h.start and h.end <= s and h.kinds() & lx.agents for h in sent.groups):
        return None
    if lx.find(sent.text, po.get("asked_nouns", ()), g.end, s):
        return None  # 董事会决定将该申请推迟到下届会议审议: the decision on the request put off, still only asked for
    rest = sent.text[e:sent.end]
    if re.search(po["reconsider"], rest[:po.get("reach", 30)]) or not re.match(po["dated"], rest):
        return "Negated"
    return "Planned"


def posts_by_parent(entities: dict) -> dict[str | None, frozenset[str]]:
    """The keys of the ``Post`` entities among ``entities`` (the gazetteer's), by their ``parent``; and a fund's board
    of trustees by the fund, which its name holds (the Board of Trustees of the Voluntary Fund for … decides for the
    Fund: 董事会核准了…, the Board declined)."""
    posts: dict[str | None, set[str]] = {}
    for k, e in entities.items():
        if getattr(e, "kind", None) == "Post":
            posts.setdefault(getattr(e, "parent", None), set()).add(k)
    funds = [(k, (getattr(e, "label_en", "") or "").lower()) for k, e in entities.items() if getattr(e, "kind", None) == "Fund"]
    for k, e in entities.items():
        name = (getattr(e, "label_en", "") or "").lower()
        if name.startswith(_BOARD_OF):
            for f, fname in funds:
                if fname and fname in name:
                    posts.setdefault(f, set()).add(k)
    return {parent: frozenset(keys) for parent, keys in posts.items()}


_BOARD_OF = "board of trustees of "


def _done_later(sents: list[Sentence], r, md: dict, lx: Lexicon, posts: dict) -> str | None:
    """The modality of a later clause in which the one asked (``r.subject``) acts, if any. Where the language
    sets ``done_clauses``, the verb may stand in a later clause of the subject's sentence that has no subject
    of its own (``X 已将该请求列入工作计划，拟于明年举办讲习班``); another actor in between stops it. A verb of
    refusal (``refused_verbs``: ``declined``, ``未予接受``) after the one asked, in its sentence, says it was not done
    (Negated; another actor in between stops it too, unless it is only the one told: ``refused_told``, ``informed
    OHCHR that``, or one named in the reasons it gives, ``refused_reason``: Y 认为…，因此婉拒了); in a later
    sentence a post of the one asked may refuse for it (a gazetteer ``Post`` whose ``parent`` it is: the High
    Commissioner for the Office). A relative clause after the request that says it was done
    (``done_after_object``: ``…, which she did in 2115``) makes it Reported."""
    first = next((i for i, s in enumerate(sents) if s.quote == r.sentence), None)
    if first is None:
        return None
    window = md.get("done_window", 60)
    seen_asked = False
    heads = posts.get(r.subject, frozenset())
    nouns = (lx.get("activities") or {}).get("provider_nouns", ()) if md.get("people_act") else ()
    people = [f"{n} of" for n in nouns] + [f"{n} of the" for n in nouns]  # an expert of the Office acts for it
    for sent in sents[first:]:
        for g in sent.groups:
            if r.subject not in g.keys and not (heads & set(g.keys) and (sent is not sents[first] or seen_asked)):
                continue  # (a post or board of the one asked acts for it: in a later sentence, or after it was asked)
            if sent is sents[first] and not seen_asked:
                seen_asked = True  # … requested OHCHR to …: the one asked, not yet acting
                done = md.get("done_after_object")  # … asked her to comment on a draft law, which she did in 2115
                if done and re.search(done, sent.text[g.end:sent.end]):
                    return REPORTED
                rel = md.get("done_relative")  # … sought the advice of Y, which submitted comments on the bill
                m = re.match(rel["pattern"], sent.text[g.end:sent.end]) if rel else None
                at = g.end + m.end() if m else 0
                verbs = lx.words_of("done_relative_verbs", lambda: tuple(md["done_verbs"]) + tuple(rel.get("verbs", ()))) \
                    if m else ()  # (joined once per lexicon, not on every request)
                hits = _hits(sent, verbs, at, at + rel.get("reach", 24)) if m else []
                if hits and len(sent.text[at:hits[0][0]].split()) <= rel.get("words_between", 2):
                    modality, _asker = modality_at(sent, hits[0][0], g)  # (… which has not yet replied: Negated)
                    if modality not in _ASKED:
                        return modality
                continue
            undone = md.get("request_to_undone")  # (a later sentence) The request to Y was withdrawn / turned down
            if undone and sent is not sents[first] and g.governor in undone["markers"] \
                    and re.search(undone["before"], lx.squeeze(sent.text[sent.clause_start(g.start):g.start])) \
                    and re.match(undone["after"], sent.text[g.end:sent.clause_end(g.end)]):
                return "Negated"
            if g.governor is not None and not is_free(sent, g) and not (
                    people and lx.ends_with(lx.squeeze(sent.text[max(sent.start, g.start - 24):g.start]).lower().rstrip(),
                                            people)):
                continue  # (help to it is no act of it; an expert of the Office would travel …: its people act for it)
            refused = _hits(sent, md.get("refused_verbs", ()), g.end, min(sent.end, g.end + window))
            told = md.get("refused_told")  # (The Government of Y informed OHCHR that it had turned the request down)
            reason = md.get("refused_reason")  # Y 认为…条件还不成熟，因此婉拒了: others named in its reasons act not
            if refused and reason and re.fullmatch(reason, lx.squeeze(sent.text[g.end:refused[0][0]])):
                return "Negated"
            if refused and not any(g.end <= h.start and h.end <= refused[0][0] and h.kinds() & lx.agents
                                   and not (told and re.fullmatch(told, lx.squeeze(sent.text[g.end:h.head])))
                                   for h in sent.groups):
                return "Negated"  # … asked the Office to …; the Office declined / 认为…超出其任务范围，未予接受
            end = min(sent.end if md.get("done_clauses") else sent.clause_end(g.end), g.end + window)
            put_off = _put_off_later(sent, g, md, lx, end)  # (the one asked's own clauses, within the window)
            if put_off is not None:
                return put_off
            after = lx.squeeze(sent.text[g.end:g.end + 40]).lstrip(" ,")
            lead = lx.starts_with(after, md.get("agreed_leads", ()))  # (…，世卫组织则表示将…: a contrastive adverb first)
            after = after[len(lead):].lstrip() if lead else after
            agreed = lx.starts_with(after, md.get("agreed_words", ()))
            replied = re.match(md["agreed_reply"], after) if md.get("agreed_reply") and not agreed else None
            if replied:  # 人权高专办已答复，评估团将于 9 月前往: a reply that says what will be done
                agreed = replied.group(0)
            if agreed and not (md.get("agreed_not_before") and re.match(md["agreed_not_before"], after[len(agreed):].lstrip())):
                return "Planned"  # … asked UNICEF for support; UNICEF has agreed to send an adviser (not: agreed to the request)
            hits = _hits(sent, md["done_verbs"], g.end, end)
            if not hits and md.get("done_rx"):  # 就此提出了保密建议: a verb of doing with its object's own words
                m = re.compile(md["done_rx"]).search(sent.text, g.end, end)
                hits = [(m.start(), m.end(), m.group())] if m else []
            if not hits:
                continue
            s = hits[0][0]
            partner = (lx.get("partners") or {}).get("markers", ())
            if any(g.end <= h.start and h.end <= s and h.kinds() & lx.agents and h.governor not in partner
                   and r.object not in h.keys for h in sent.groups):
                continue  # another actor, or help to someone else, in between (one it acts with, 与 Y, does not; nor the
                # one that asked: …工作了三周，帮助委员会拟订了…, the help it asked for)
            obj = next((h for h in sent.after(hits[0][1]) if h.start < sent.clause_end(hits[0][1])
                        and h.governor not in partner and h.kinds() & lx.agents), None)
            # (conducted the review with the ILO: a partner; will hold a meeting with Y in P for the institutions of A)
            if obj is not None and obj.kinds() & lx.agents and r.object not in obj.keys:
                continue  # (… will continue to support the Commission): help to someone else
            plan = md.get("plan_done")  # 已将这项培训列入 2041 年的工作计划: put in a work plan, so still to come
            if plan and hits[0][2] in plan["verbs"] and _hits(sent, plan["words"], hits[0][1], sent.clause_end(hits[0][1])):
                return "Planned"
            modality, _asker = modality_at(sent, s, g)
            if modality not in _ASKED:
                return modality
    nxt = sents[first + 1] if first + 1 < len(sents) else None
    head = lx.squeeze(nxt.text[nxt.start:nxt.start + 12]) if nxt is not None else ""
    pron = lx.starts_with(head, md.get("done_pronouns", ())) if nxt is not None else None
    if pron and not [h for h in nxt.groups if h.start < nxt.start + len(pron) + 1]:
        # (X asked the Office for help.) It will organize a workshop …: the one asked, by a pronoun, acts
        hits = _hits(nxt, md["done_verbs"], nxt.start, min(nxt.clause_end(nxt.start), nxt.start + window))
        if hits and not any(h.end <= hits[0][0] and h.kinds() & lx.agents for h in nxt.groups):
            modality, _asker = modality_at(nxt, hits[0][0], None)
            if modality not in _ASKED:
                return modality
    return None
