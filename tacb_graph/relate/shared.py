"""Experience shared with another's people: ``Senegal shared its experience of setting up a national preventive
mechanism with officials from Mauritania`` — the one who shares helps the State (or national institution) whose
people it shared with, as South-South cooperation is reported.

Word lists: ``relations.json`` ``assists`` ``shared``: ``verbs`` (``shared``), ``nouns`` (``experience``, ``good
practices`` …, within ``window`` characters after the verb), ``markers`` (``with``: the group it governs, in the
verb's clause, or the people's State named through them: ``officials from X``) or ``markers_before`` (Chinese:
``向 X 介绍了…的经验``, ``与 X 分享了经验``: the group the marker governs before the verb in its clause), ``pronouns``
(``with them``: the people named through an owner phrase before the sharer in the sentence — ``staff of X``) and
``pronouns_before`` (Chinese ``向他们``, right before the verb: the first actor no marker governs in the sentence),
``within`` (``in which``, ``during which``: the sharing is part of an activity whose holder, the subject before
it, helps the same people), ``during`` (``during``, ``in the course of``: an activity named after the sharing and
done by someone — ``during a study visit arranged by Z`` — is Z's help to the same people).

>>> from tacb_graph.records import Source
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> from tacb_graph.segment import segment
>>> t = "1. Ghana shared its experience of reform with judges of Togo.\\n"
>>> found = relate(recognise(segment(Source("t.txt", "t", t, "0", "utf-8", len(t)))))
>>> [(r.subject, r.object) for r in found.relations if r.predicate == "assists"]
[('state/GHA', 'state/TGO')]
"""

from __future__ import annotations

import re

from .emit import emit_assist, topic
from .patterns import SentenceContext
from .repeated import last_help
from .roles import agent_after, members_of, subject_before, year_before

__all__ = ["shared_with"]


def shared_with(ctx: SentenceContext) -> None:
    """Help by sharing (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    sh = lx["assists"].get("shared")
    if not sh:
        return
    text = sent.text
    for s, e, _w in lx.find(text, sh["verbs"], sent.start, sent.end):
        end = sent.clause_end(e)
        first = next(iter(sent.after(e)), None)
        w0 = first.end if first is not None and first.governor in sh["markers"] \
            and (first.start if first.lead is None else first.lead) - e <= 8 else e
        # (shared with the Ministry, with officials of X, a comparative study: the noun after the ones it was shared with)
        if not lx.find(text, sh["nouns"], w0, min(end, w0 + sh.get("window", 30))):
            continue
        before = [g for g in sent.before(s) if g.start >= sent.clause_start(s) and g.governor in sh.get("markers_before", ())]
        prov = subject_before(sent, before[-1].start if before else s, lx.agents, ctx.prev_subject)
        if prov is None:
            continue
        if before:  # 向 X 的代表团介绍了经验, 与 X 分享了经验: the marker and its group stand before the verb
            recips = [k for k in members_of(before[-1], lx.agents) if k not in prov.keys]
            if recips:
                emit_assist(ctx, list(prov.keys), recips, year_before(sent, s), topic(sent, e), ctx.mood(s, prov))
            continue
        people = None
        owned = sh.get("people_of")  # (with engineers of the national water utility of X: people of a body of X's)
        for i, g in enumerate(sent.after(e)):
            if g.start > end:
                break
            lead = lx.squeeze(text[max(e, g.head - 8):g.head])  # (with officials from X: the marker before the lead)
            if g.governor in sh["markers"] or lx.ends_with(lead, sh["markers"]) \
                    or i == 0 and owned and re.search(owned, lx.squeeze(text[e:g.start]).lower()):
                people = g
                break
        if people is None and lx.ends_with(lx.squeeze(text[sent.clause_start(s):s]), sh.get("pronouns_before", ())):
            # X 的 6 名工作人员前往卢萨卡进行学习访问，Y 向他们传授了…做法: the first actor no marker governs
            people = next((g for g in sent.before(prov.start) if g.governor is None and g.kinds() & lx.agents
                           and not set(g.keys) & set(prov.keys)), None)
        if people is None and lx.find(text, sh.get("pronouns", ()), e, end):
            # staff of X spent a week in Y, where Z shared its experience with them: the people named before
            people = next((g for g in reversed(sent.before(prov.start)) if g.lead is not None and g.kinds() & lx.agents), None)
        recips = [k for k in members_of(people, lx.agents) if k not in prov.keys] if people is not None else []
        if not recips and people is None and sh.get("to_last_help"):
            # …举办了培训，Y 的两名官员介绍了其…经验: shared with the people of the help just reported
            recips = [k for k in last_help(ctx)[1] if k not in prov.keys]
        if recips:
            emit_assist(ctx, list(prov.keys), recips, year_before(sent, s), topic(sent, e), ctx.mood(s, prov))
            within = lx.ends_with(lx.trim(lx.squeeze(text[sent.start:prov.start]), "determiners"), sh.get("within", ()))
            holder = subject_before(sent, text.rfind(within, sent.start, prov.start), lx.agents, ctx.prev_subject,
                                    exclude=set(prov.keys) | set(recips)) if within else None
            if holder is not None:  # X conducted a programme in which A shared its experience with Y: X helped Y
                emit_assist(ctx, list(holder.keys), recips, year_before(sent, s), topic(sent, e), ctx.mood(s, holder))
            act = lx.get("activities") or {}
            for _ds, de, _w2 in lx.find(text, sh.get("during", ()), e, end) if act else ():
                # … with officials of Y during a study visit arranged by Z: Z helped Y too
                vs = next(iter(lx.find(text, act["verbs"], de, min(end + 1, de + 60))), None)
                by = agent_after(sent, vs[1], act.get("by_markers"), act.get("by_gap", 4)) if vs else None
                if by is not None and lx.find(text, act["nouns"], de, vs[0]) and not set(by.keys) & set(recips):
                    emit_assist(ctx, list(by.keys), recips, year_before(sent, s), topic(sent, e), ctx.mood(s, by))
                    break
