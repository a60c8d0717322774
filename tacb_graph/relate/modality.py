"""Modality: whether what a sentence states happened, or was only asked for, advised,
planned or denied.

A fact read at a predicate (the verb, or the preposition that opens its phrase)
is

* **Negated** when a negation stands right before the predicate in its clause
  (``没有向 X 提供``, ``did not assist``), or its clause denies what was given (``no assistance
  was provided to X``, ``negated_objects``);
* **Requested** when the predicate lies in the scope of a requesting verb
  (``请``, ``鼓励``, ``邀请``, ``呼吁``, ``授权`` …; ``requested … to``, ``invited``,
  ``called upon``): the scope runs from the verb over its object (the actor asked)
  and what it is asked to do, up to a clause that has a subject of its own. The
  one who asked — the requesting verb's own subject, a resolution or a body — is
  the requester (``tacb:requestedBy``);
* **Recommended** in the scope of a recommending verb (``建议``, ``recommended``) or
  after a modal of obligation in its clause (``应``, ``should``);
* **Planned** after a future or intention word in its clause (``将``, ``计划``,
  ``will``, ``plans to``);
* **Reported** otherwise.

Every word list is in the language's ``relations.json`` under ``modality``.

>>> from tacb_graph.relate.clauses import Sentence, lexicon_for
>>> lx = lexicon_for("zh")
>>> def at(text, verb):
...     return modality_at(Sentence(text, 0, len(text), lx=lx), text.index(verb), None)[0]
>>> at("人权高专办向海地提供了技术援助。", "向"), at("人权高专办没有向海地提供技术援助。", "向")
('Reported', 'Negated')
>>> at("各国应向人权高专办提供自愿捐款。", "向"), at("人权高专办将向海地提供技术援助。", "向")
('Recommended', 'Planned')
>>> at("理事会请人权高专办向海地提供技术援助。", "向"), at("应政府的要求，人权高专办向海地提供了援助。", "向")
('Requested', 'Reported')
"""

from __future__ import annotations

import functools
import re

from .clauses import Group, Lexicon, Sentence

__all__ = ["modality_at", "settle", "REPORTED", "MODALITIES"]

REPORTED = "Reported"
MODALITIES = ("Reported", "Requested", "Recommended", "Planned", "Negated")


def _hits(sent: Sentence, words, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Modal words between ``lo`` and ``hi``, none inside a name (不丹 holds no 不)."""
    names = [(i.start, i.end) for g in sent.groups for i in g.items]
    return [h for h in sent.lx.find(sent.text, words, lo, hi) if not any(a <= h[0] < b for a, b in names)]


def _word_ok(text: str, s: int, e: int, w: str, md: dict) -> bool:
    """A modal word standing as such (not 应对, 不仅, 将其…, not 应 X 的要求).

    ``md["unless_followed"][w]`` and ``md["only_followed"][w]`` are regular
    expressions tried on the text after the word; ``md["unless_preceded"][w]``
    on the text before it.
    """
    after = text[e:e + 40]
    before = text[max(0, s - 12):s]
    rx = md.get("unless_followed", {}).get(w)
    if rx and re.match(rx, after):
        return False
    rx = md.get("only_followed", {}).get(w)
    if rx and not re.match(rx, after):
        return False
    rx = md.get("unless_preceded", {}).get(w)
    if rx and re.search(rx, before):
        return False
    return True


def _in_clause(sent: Sentence, pos: int, subject: Group | None) -> tuple[int, int]:
    """The stretch where a clause-level modal of the predicate at ``pos`` may stand."""
    lo = sent.clause_start(pos)
    lx = sent.lx
    if (lx.get("modality") or {}).get("through_asides"):
        # the Fund will, however, finance …: an opener or adverb set off by commas is no clause of its own
        words = list(lx.get("openers", ())) + list(lx.get("adverbs", ()))
        heads = lx["modality"].get("aside_heads", ())
        if lo > sent.start + 1 and sent.text[lo - 1] in lx.clause_ends \
                and lx.starts_with(lx.squeeze(sent.text[lo:sent.clause_end(pos)]), heads):
            # X intends to establish, in cooperation with Y, a programme: the aside the predicate opens
            # belongs to the clause before it
            lo = sent.clause_start(lo - 1)
        while lo > sent.start + 1 and sent.text[lo - 1] in lx.clause_ends:
            a = sent.clause_start(lo - 1)
            chunk = lx.squeeze(sent.text[a:lo - 1])
            if a <= sent.start or sent.text[a - 1] not in lx.clause_ends \
                    or (chunk not in words and not lx.starts_with(chunk, heads)):
                break
            lo = sent.clause_start(a - 1)
    if subject is not None and lo <= subject.end <= pos:
        lo = subject.end
    return lo, pos


def _clause_level(sent: Sentence, pos: int, subject: Group | None, md: dict, key: str) -> tuple[int, int, str] | None:
    lo, hi = _in_clause(sent, pos, subject)
    hits = [h for h in _hits(sent, md.get(key, []), lo, hi) if _word_ok(sent.text, *h, md)]
    return hits[-1] if hits else None


def _negated(sent: Sentence, pos: int, subject: Group | None, md: dict) -> bool:
    inverted = md.get("inverted_negation")  # Nor was X able to respond …: the negation opens the clause, the verb after it
    if inverted and _compiled(inverted).match(sent.lx.squeeze(sent.text[sent.clause_start(pos):pos]).lower()):
        return True
    hit = _clause_level(sent, pos, subject, md, "negated")
    if hit is None:
        return False
    # the negation governs this predicate: nothing but adverbs, a preposition phrase
    # or a modal between it and the predicate, and no second verb of its own
    between = _without_asides(sent.lx, sent.lx.squeeze(sent.text[hit[1]:pos]))
    return len(between) <= md.get("negation_reach", 12)


def _without_asides(lx, text: str) -> str:
    """``text`` without the openers and adverbs set off by commas in it (``had not, however, been able to``)."""
    words = set(lx.get("openers", ())) | set(lx.get("adverbs", ()))
    if not words:
        return text
    return re.sub(r"\s*,\s*([^,]+?)\s*,\s*", lambda m: " " if m.group(1) in words else m.group(0), text).strip()


def _denied_object(sent: Sentence, pos: int, md: dict) -> bool:
    """``No technical assistance was provided to X``, ``provided no support to X``: what the predicate's clause
    says was given is denied (``negated_objects``, a regular expression on the clause)."""
    rx = md.get("negated_objects")
    return bool(rx) and _compiled(rx).search(sent.text, sent.clause_start(pos), sent.clause_end(pos)) is not None


@functools.lru_cache(maxsize=16)
def _compiled(rx: str) -> re.Pattern:
    return re.compile(rx)


def _request_scope(sent: Sentence, pos: int, subject: Group | None, lx: Lexicon, prev: Group | None = None,
                   depth: int = 0) -> tuple[str, int] | None:
    """(modality, offset of the requesting verb) when ``pos`` lies in a request's scope.

    A request that is itself only recommended (``recommends that the Council request OHCHR
    to …``) makes what it asks for Recommended too, where the language says so (``nested``);
    ``recommends that A …, and that B …`` keeps B's clause in the scope of the verb that
    took the first ``that`` (``continuations``, ``that_words``).
    """
    md = lx["modality"]
    text = sent.text
    verbs = [(h, "Requested") for h in _hits(sent, md.get("requested", []), sent.start, pos)]
    verbs += [(h, "Recommended") for h in _hits(sent, md.get("recommended", []), sent.start, pos)]
    verbs = [(h, m) for h, m in verbs if _word_ok(text, *h, md) and verb_ok(text, h, lx)]
    cs = sent.clause_start(pos)
    if verbs and "enumerator" in lx.res and lx.res["enumerator"].match(lx.squeeze(text[cs:pos + 1])):
        # 建议 X：(a) 请 Y…；(b) 与 Z 合作: an item of a list is in the scope of the verb before the colon, not of one in an earlier item
        colon = max(text.rfind(c, sent.start, cs) for c in ":：")
        verbs = [(h, m) for h, m in verbs if not colon < h[0] < cs] if colon != -1 else verbs
    if not verbs:
        return None
    (s, e, _w), modality = max(verbs, key=lambda v: v[0][0])
    if md.get("report_topic") and _reported_on(sent, e, pos, md["report_topic"]):
        return None  # requested X to report on the assistance provided by Y to Z: the help is what is reported on
    anchor = subject.start if subject is not None and subject.start >= e else pos
    if any(c in lx.clause_ends for c in text[e:anchor]) and not _enumeration(text[e:anchor], md):
        # a clause with a subject of its own: no longer what was asked, unless it continues
        # the object clause of an earlier verb (…, and that B …)
        taking = _continued(sent, verbs, anchor, md)
        if taking is None:
            return None
        (s, e, _w), modality = taking
    if md.get("nested") and modality == "Requested" and depth < 3:
        from .roles import repeated_verb, subject_before

        asker = subject_before(sent, s, lx.agents | {"Resolution"}, prev)
        outer = _request_scope(sent, s, asker, lx, prev, depth + 1)
        rep = repeated_verb(sent, s) if outer is None and lx.get("repeated_verb_same") else None
        if rep is not None:  # 建议 X 请 A…，并请 B…: the repeated request is in the scope of the first one
            outer = _request_scope(sent, rep[0], asker, lx, prev, depth + 1)
        if outer is not None and outer[0] == "Recommended":
            return outer
    return modality, s


def _reported_on(sent: Sentence, e: int, pos: int, rx: str) -> bool:
    """``requested X to report on the technical assistance provided by Y to Z``: the predicate at ``pos`` is the
    topic (``report_topic``, a regular expression from the requesting verb's end through the topic noun) of a
    report asked for, or stands right after it, and nothing is coordinated with the topic in its clause."""
    end = sent.clause_end(pos)
    m = _compiled(rx).match(sent.text, e, end)
    return m is not None and m.start("topic") <= pos and sent.clause_end(m.end()) >= end \
        and not sent.lx.find(sent.text, sent.lx["coordinators"], m.end(), end)


def _continued(sent: Sentence, verbs, anchor: int, md: dict):
    """The verb whose object clause the clause at ``anchor`` continues (``and that``)."""
    lx = sent.lx
    conts, thats = md.get("continuations", ()), md.get("that_words", ())
    if not conts or not thats:
        return None
    before = lx.trim(lx.squeeze(sent.text[sent.start:anchor]), "determiners")
    for rx in lx.res.get("owners", ()):  # …, and that the Governments of A and B request …
        m = rx.search(before + " ")
        if m is not None:
            before = lx.trim(before[:m.start()].rstrip(), "determiners")
            break
    if not lx.ends_with(before, conts):
        return None
    taking = [(h, m) for h, m in verbs if lx.starts_with(lx.squeeze(sent.text[h[1]:h[1] + 12]), thats)]
    return max(taking, key=lambda v: v[0][0]) if taking else None


def _enumeration(gap: str, md: dict) -> bool:
    """``请人权高专办：(a) 协助 …；(b) …``, ``recommends that the Council: (a) Request …``: the
    request runs on over its list (``enumeration``, a regular expression on the text between)."""
    rx = md.get("enumeration")
    return bool(rx) and bool(re.search(rx, gap))


def verb_ok(text: str, hit, lx: Lexicon) -> bool:
    from .roles import verb_ok as ok

    return ok(text, hit, lx)


def modality_at(sent: Sentence, pos: int, subject: Group | None, prev: Group | None = None
                ) -> tuple[str, Group | None]:
    """The modality of a fact whose predicate starts at ``pos``, and who asked for it.

    ``subject`` is the predicate's subject group when known (it bounds the
    clause-level search and tells a new clause from an enumerated request).
    """
    lx = sent.lx
    md = lx.get("modality") if lx is not None else None
    if not md:
        return REPORTED, None
    if _negated(sent, pos, subject, md) or _denied_object(sent, pos, md):
        return "Negated", None
    scope = _request_scope(sent, pos, subject, lx, prev)
    if scope is not None:
        modality, vpos = scope
        from .roles import subject_before

        asker = subject_before(sent, vpos, lx.agents | {"Resolution"}, prev)
        hit = _clause_level(sent, vpos, asker, md, "planned") if md.get("announced_asking") else None
        if modality == "Requested" and hit is not None and not lx.squeeze(sent.text[hit[1]:vpos]):
            return "Planned", None  # X would invite Y to train …: the asking is only announced
        return modality, asker
    if _clause_level(sent, pos, subject, md, "should"):
        return "Recommended", None
    planned = _clause_level(sent, pos, subject, md, "planned")
    if planned:
        if _undone_plan(sent, planned, pos, md):
            return "Negated", None
        return "Planned", None
    if _plan_carried(sent, pos, subject, md):
        return "Planned", None
    return REPORTED, None


def _plan_carried(sent: Sentence, pos: int, subject: Group | None, md: dict) -> bool:
    """``X 将向 A 派遣顾问，协助其政府…``: a clause with no subject of its own that opens with the predicate
    (after one of ``purpose_leads``: 以, 以便 …, or a time phrase, ``carried_times``) goes on with the clause before it, whose plan it shares."""
    leads = md.get("purpose_leads")
    if leads is None:
        return False
    lx = sent.lx
    lo = sent.clause_start(pos)
    if lo <= sent.start + 1 or sent.text[lo - 1] not in lx.clause_ends or sent.text[lo - 1] in "；;：:":
        return False
    head = lx.squeeze(sent.text[lo:pos])
    times = md.get("carried_times")  # …拟与 Y 合作，于 2031 年为 X 举办…: a time phrase may open the clause
    if head and head not in leads and not (times and _compiled(times).fullmatch(head)):
        return False
    if subject is not None and subject.start >= lo:
        return False
    plo = sent.clause_start(lo - 1)
    if subject is not None and plo <= subject.end <= lo:
        plo = subject.end
    return any(_word_ok(sent.text, *h, md) for h in _hits(sent, md.get("planned", []), plo, lo - 1))


def _undone_plan(sent: Sentence, hit: tuple[int, int, str], pos: int, md: dict) -> bool:
    """``基金原计划支持 X，但…未能…``: a plan said to have been the original one (``originally``
    right before the planned word) and followed by a contrast in its sentence did not happen; one said to have
    been made once (``once``: 曾) did not happen when a word after the contrast calls it off (``called_off``)."""
    lx = sent.lx
    before = lx.squeeze(sent.text[max(sent.start, hit[0] - 4):hit[0]])
    contrasts = lx.find(sent.text, md.get("originally_contrast", ()), pos, sent.end)
    if lx.ends_with(before, md.get("once", ())):
        # 曾计划…，但…取消: a plan said to have been made once is undone when the contrast says it was called off
        return any(lx.find(sent.text, md.get("called_off", ()), c[1], sent.end) for c in contrasts)
    if not lx.ends_with(before, md.get("originally", ())):
        return False
    if contrasts and lx.find(sent.text, md.get("put_off", ()), contrasts[0][1], sent.end) \
            and not lx.find(sent.text, md.get("called_off", ()), contrasts[0][1], sent.end):
        return False  # 原定于…，但…推迟到 2032 年: a plan put off is still a plan
    # 原定于…举办的培训，因…而被取消: a word that calls the original plan off needs no contrast before it
    return bool(contrasts) or bool(lx.find(sent.text, md.get("called_off", ()), pos, sent.end))


_ASKED = ("Requested", "Recommended")


def settle(sents: list[Sentence], relations: list, assistances: list, lx: Lexicon,
           entities: dict | None = None) -> tuple[list, list]:
    """One unit's facts once every sentence was read: a request followed by the report that it was
    done, planned or not done, and one modality per fact.

    * ``requested OHCHR to support X …, and OHCHR has indicated that it will do so``: a later clause
      whose subject is the one asked and whose verb says it acted (``done_verbs``: ``do so``,
      ``financed`` …) gives the asked fact that clause's modality (Planned here; Reported for
      ``the Fund financed …``, Negated for ``did not do so``);
    * ``… asked the Office to …; the Office declined``: a verb of refusal says the asked fact was not done (the
      gazetteer's posts — ``entities``, each with its ``parent`` — refuse for the body they head);
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
                m = _done_later(sents, r, md, lx, entities or {})
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
    if changed:
        from dataclasses import replace

        relations = [replace(r, modality=changed[(r.subject, r.predicate, r.object)], requested_by=None)
                     if r.modality in _ASKED and (r.subject, r.predicate, r.object) in changed else r
                     for r in relations]
        assistances = [replace(a, modality=changed[(a.provider, "assists", a.recipient)], requested_by=None)
                       if a.modality in _ASKED and (a.provider, "assists", a.recipient) in changed else a
                       for a in assistances]
    if md.get("one_per_unit"):
        def fact(r) -> tuple:  # partnersWith is symmetric
            ends = sorted((r.subject, r.object)) if r.predicate == "partnersWith" else (r.subject, r.object)
            return (r.predicate, *ends)

        strong = {fact(r) for r in relations if r.modality not in _ASKED}
        relations = [r for r in relations if r.modality not in _ASKED or fact(r) not in strong]
        if md.get("reported_over_planned"):  # signed an agreement …; both sides will jointly …: one partnership
            done = {fact(r) for r in relations if r.modality == REPORTED and r.predicate in md["reported_over_planned"]}
            relations = [r for r in relations if r.modality != "Planned" or fact(r) not in done]
        strong_a = {(a.provider, a.recipient) for a in assistances if a.modality not in _ASKED}
        assistances = [a for a in assistances if a.modality not in _ASKED or (a.provider, a.recipient)
                       not in strong_a]
    return relations, assistances


def _work_later(sents: list[Sentence], r, md: dict, lx: Lexicon) -> str | None:
    """``Y 请 X 协助…，这项工作将于明年开始``: a clause that opens with a back-reference to the work asked for
    (``work_refs``), after the one asked in the request's sentence or at the start of the next sentence, says
    it is planned (a ``planned`` word in that clause) or not done (a ``negated`` word): that modality; a reference that
    itself denies it (``negated_refs``: ``No such assistance was provided``) says it was not done."""
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
            chained = end + 1  # 这项请求未能得到满足，相关支助已列入 2029 年工作计划: the last clause decides
            if _hits(sent, md.get("pending", []), e, end):
                said = None  # 该请求至今尚未得到答复, the request is still under consideration: still only asked for
            elif w in md.get("negated_refs", ()):
                said = "Negated"  # No such assistance was provided: the reference itself says it was not done
            elif [h for h in _hits(sent, md.get("negated", []), e, end) if _word_ok(sent.text, *h, md)] \
                    or _hits(sent, md.get("called_off", []), e, end):
                said = "Negated"  # (…为此举办的研讨会被取消: called off)
            elif [h for h in _hits(sent, md.get("planned", []), e, end) if _word_ok(sent.text, *h, md)] \
                    or _hits(sent, md.get("put_off", []), e, end):
                said = "Planned"  # (…为此举办的研讨会因…而推迟: put off, still to come)
        if said is not None:
            return said
    return None


def _done_later(sents: list[Sentence], r, md: dict, lx: Lexicon, entities: dict) -> str | None:
    """The modality of a later clause in which the one asked (``r.subject``) acts, if any. Where the language
    sets ``done_clauses``, the verb may stand in a later clause of the subject's sentence that has no subject
    of its own (``X 已将该请求列入工作计划，拟于明年举办讲习班``); another actor in between stops it. A verb of
    refusal (``refused_verbs``: ``declined``, ``未予接受``) after the one asked, in its sentence, says it was not done
    (Negated); in a later sentence a post of the one asked may refuse for it (a gazetteer ``Post`` whose ``parent`` it
    is: the High Commissioner for the Office)."""
    first = next((i for i, s in enumerate(sents) if s.quote == r.sentence), None)
    if first is None:
        return None
    window = md.get("done_window", 60)
    seen_asked = False
    heads = {k for k, e in entities.items() if getattr(e, "kind", None) == "Post" and getattr(e, "parent", None) == r.subject}
    for sent in sents[first:]:
        for g in sent.groups:
            if r.subject not in g.keys and not (heads & set(g.keys) and sent is not sents[first]):
                continue
            if sent is sents[first] and not seen_asked:
                seen_asked = True  # … requested OHCHR to …: the one asked, not yet acting
                continue
            if g.governor is not None:
                continue
            refused = _hits(sent, md.get("refused_verbs", ()), g.end, min(sent.end, g.end + window))
            if refused and not any(g.end <= h.start and h.end <= refused[0][0] and h.kinds() & lx.agents
                                   for h in sent.groups):
                return "Negated"  # … asked the Office to …; the Office declined / 认为…超出其任务范围，未予接受
            end = min(sent.end if md.get("done_clauses") else sent.clause_end(g.end), g.end + window)
            hits = _hits(sent, md["done_verbs"], g.end, end)
            if not hits:
                continue
            s = hits[0][0]
            partner = (lx.get("partners") or {}).get("markers", ())
            if any(g.end <= h.start and h.end <= s and h.kinds() & lx.agents and h.governor not in partner
                   and (h.governor is None or r.object not in h.keys) for h in sent.groups):
                continue  # another actor, or help to someone else, in between (one it acts with, 与 Y, does not)
            obj = next((h for h in sent.after(hits[0][1]) if h.start < sent.clause_end(hits[0][1])), None)
            if obj is not None and obj.kinds() & lx.agents and r.object not in obj.keys:
                continue  # (… will continue to support the Commission): help to someone else
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
