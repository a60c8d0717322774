"""Modality: whether what a sentence states happened, or was only asked for, advised,
planned or denied.

A fact read at a predicate (the verb, or the preposition that opens its phrase)
is

* **Negated** when a negation stands right before the predicate in its clause
  (``没有向 X 提供``, ``did not assist``), or its clause denies what was given (``no assistance
  was provided to X``, ``negated_objects``), or it lies inside the subject of a clause that calls the activity off
  (``A course that Y was to give to X was cancelled``, ``subject_undone``);
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

from .clauses import Group, Lexicon, Sentence, relative_antecedent

__all__ = ["modality_at", "REPORTED", "MODALITIES"]

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
    before = text[max(0, s - 48):s]  # (enough for ``at the Government's request``; the rules anchor at the word)
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


def _opens_list(text: str, e: int, w: str, md: dict) -> bool:
    """The modal word ending at ``e``, a noun, opens a list of what it asks for (``md["list_after"][w]``, a regular
    expression on the text after it: ``秘书长的建议如下：(a) …``, ``提出的建议包括：(a) …``): a verb for the list's
    items whatever its guards and ``unless_preceded`` say of the noun."""
    rx = md.get("list_after", {}).get(w)
    return bool(rx) and re.match(rx, text[e:e + 40]) is not None


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
        times = lx["modality"].get("aside_times")  # would organize in P, in 2086, with Y, a course: a date aside too
        while times and lo > sent.start + 1 and sent.text[lo - 1] in lx.clause_ends \
                and _compiled(times).fullmatch(lx.squeeze(sent.text[lo:sent.clause_end(lo)]).strip().lower()):
            lo = sent.clause_start(lo - 1)
        while lo > sent.start + 1 and sent.text[lo - 1] in lx.clause_ends:
            a = sent.clause_start(lo - 1)
            chunk = lx.squeeze(sent.text[a:lo - 1])
            if a <= sent.start or sent.text[a - 1] not in lx.clause_ends \
                    or (chunk not in words and not lx.starts_with(chunk, heads)
                        and not (times and _compiled(times).fullmatch(chunk.strip().lower()))):
                break
            lo = sent.clause_start(a - 1)
    if subject is not None and lo <= subject.end <= pos:
        lo = subject.end
    return lo, pos


def _clause_level(sent: Sentence, pos: int, subject: Group | None, md: dict, key: str) -> tuple[int, int, str] | None:
    """The last modal word of ``key`` in the clause of ``pos``; or a match of ``key``'s regular expression
    (``{key}_rx``: words a time phrase may split, ``offered in 2116 to``)."""
    lo, hi = _in_clause(sent, pos, subject)
    hits = [h for h in _hits(sent, md.get(key, []), lo, hi) if _word_ok(sent.text, *h, md)]
    if md.get(key + "_rx"):
        hits = sorted(hits + [(lo + m.start(), lo + m.end(), m.group()) for m in
                              _compiled(md[key + "_rx"]).finditer(sent.text[lo:hi])])
    hits = [h for h in hits if not _in_title(sent.text, h[0])]  # 《全国教育改革计划》: a word of a title
    return hits[-1] if hits else None


def _in_title(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside a title in Chinese title marks (《…》)."""
    return text.rfind("《", 0, pos) > text.rfind("》", 0, pos)


def _negated(sent: Sentence, pos: int, subject: Group | None, md: dict) -> bool:
    inverted = md.get("inverted_negation")  # Nor was X able to respond …: the negation opens the clause, the verb after it
    if inverted and _compiled(inverted).match(sent.lx.squeeze(sent.text[sent.clause_start(pos):pos]).lower()):
        return True
    refused = md.get("refused_asks")  # X declined a request by Y to train …: what was asked is not done
    if refused and _compiled(refused).search(sent.lx.squeeze(sent.text[sent.clause_start(pos):pos])):
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
    says was given is denied (``negated_objects``, a regular expression on the clause), or stopped (``stopped_objects``:
    ``suspended its support to X``)."""
    lo, hi = sent.clause_start(pos), sent.clause_end(pos)
    return any(_compiled(rx).search(sent.text, lo, hi) is not None
               for rx in (md.get("negated_objects"), md.get("stopped_objects")) if rx)


def _undone_subject(sent: Sentence, pos: int, md: dict, key: str = "subject_undone") -> bool:
    """``A workshop for judges of X, which Y was to hold, was cancelled``: the predicate lies inside the subject of a
    clause that says the activity never happened. The subject opens its clause (``subject_undone_opener``, a regular
    expression on the text from the sentence or the last ``;``/``:`` to the predicate: an activity noun, after a
    complementizer or a fronted phrase at most) and its clause's own predicate, after it, calls the activity off
    (``subject_undone``, tried on the text after the predicate); a clause of another subject between the two
    (``subject_undone_stops``), or a relative pronoun right before the predicate that calls off (``which was
    cancelled`` may say it of another noun), keeps the fact as read; so does a predicate that is itself the asking
    (``subject_undone_not_at``: the help that X had requested … was not given). A clause joined to the one before
    (``subject_clause_joins``: ``, and``) opens where the join ends; a fact whose predicate opens the noun phrase
    (nothing but ``subject_lead`` before it: ``that a``) finds the activity noun right after it."""
    undone, opener = md.get(key), md.get("subject_undone_opener")
    if not undone or not opener:
        return False
    at = md.get("subject_undone_not_at")  # the help X had requested … was not given: the asking itself took place
    if at and _compiled(at).match(sent.text, pos):
        return False
    m = _compiled(undone).search(sent.text, pos, sent.end)
    if m is None:
        return False
    gap = sent.text[pos:m.start()]
    stops = md.get("subject_undone_stops")
    if stops and _compiled(stops).search(gap):
        return False
    relative = md.get("subject_undone_relative")
    if relative and _compiled(relative).search(gap):
        return False
    lo = max([sent.start] + [k + 1 for k in range(sent.start, pos) if sent.text[k] in ";:；："])
    joins = md.get("subject_clause_joins")  # (…, and a study visit of officials of X to Y was cancelled: a clause of its own)
    lo = max([lo] + ([m.end() for m in _compiled(joins).finditer(sent.text, lo, pos)] if joins else []))
    head = sent.lx.squeeze(sent.text[lo:pos]).strip()
    if _compiled(opener).match(head) is not None:
        return True
    lead = md.get("subject_lead")  # (…, but that a joint field mission … had been called off: the fact opens the noun)
    return bool(lead) and _compiled(lead).fullmatch(head) is not None \
        and _compiled(opener).match(sent.lx.squeeze(sent.text[lo:min(sent.end, pos + 60)]).strip()) is not None


def _planned_subject(sent: Sentence, pos: int, md: dict) -> bool:
    """``A study visit to Oslo by officials of X is planned for 2118``, ``… has been postponed to 2118``: as
    :func:`_undone_subject`, with the subject's own predicate saying the activity is still to come
    (``subject_planned``)."""
    return _undone_subject(sent, pos, md, "subject_planned")


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
    verbs = [(h, m) for h, m in verbs if _word_ok(text, *h, md) and verb_ok(text, h, lx) or _opens_list(text, h[1], h[2], md)]
    cs = sent.clause_start(pos)
    if verbs and "enumerator" in lx.res and lx.res["enumerator"].match(lx.squeeze(text[cs:pos + 1])):
        # 建议 X：(a) 请 Y…；(b) 与 Z 合作: an item of a list is in the scope of the verb before the colon, not of one in an earlier item
        colon = max(text.rfind(c, sent.start, cs) for c in ":：")
        verbs = [(h, m) for h, m in verbs if not colon < h[0] < cs] if colon != -1 else verbs
    elif verbs and "enumerator" in lx.res:
        # (b) 设立…，并为此寻求 Y 的支持: a later clause of an item, the item opening after the last list mark before it
        colon = max(text.rfind(c, sent.start, cs) for c in ":：")
        marks = [m.start() for m in re.finditer(r"[(（]", text[colon:cs])] if colon != -1 else []
        item = next((colon + k for k in reversed(marks) if lx.res["enumerator"].match(text[colon + k:colon + k + 6])), None)
        if item is not None:
            verbs = [(h, m) for h, m in verbs if not colon < h[0] < item]
    if not verbs:
        return None
    (s, e, _w), modality = max(verbs, key=lambda v: v[0][0])
    if md.get("report_topic") and _reported_on(sent, e, pos, md["report_topic"]):
        return None  # requested X to report on the assistance provided by Y to Z: the help is what is reported on
    anchor = subject.start if subject is not None and subject.start >= e else pos
    if any(c in lx.clause_ends for c in text[e:anchor]) and not _enumeration(text[e:anchor], md) \
            and not (md.get("elaborated_object") and re.match(md["elaborated_object"], text[e:anchor])):
        # (鼓励国际伙伴，特别是 X 和 Y，继续…; encouraged partners, in particular X, to …: X is the one asked)
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
        if outer is None and md.get("coordinated_request_leads"):
            # 建议理事会请 A…，并鼓励 B…: a request verb whose clause opens with a coordinator is the earlier request's
            # fellow, in the scope of what took that one
            cs = sent.clause_start(s)
            lead = lx.squeeze(text[cs:s]).strip(" ，,")
            earlier = [h for h, m in verbs if h[1] <= cs and m == "Requested"]
            if lead in md["coordinated_request_leads"] and earlier:
                outer = _request_scope(sent, earlier[-1][0], asker, lx, prev, depth + 1)
        if outer is None and md.get("should") and lx.ends_with(
                lx.squeeze(text[max(sent.start, s - 12):s]).rstrip(), md["should"]):
            outer = ("Recommended", s)  # the Council should request Y to …: a request that is itself advised
        joined = lx.language.spaced and _w.endswith(("ed", "s")) \
            and lx.ends_with(lx.squeeze(text[max(sent.start, s - 8):s]).rstrip(), (", and",))
        if outer is not None and outer[0] == "Recommended" and not joined:
            return outer  # (X proposed that …, and encouraged Y to …: X's second verb, not inside the proposal)
    return modality, s


def _announced_gap(gap: str, md: dict) -> bool:
    """Nothing, or only a time (``carried_times``: 于 2095 年), between a planned word and the request verb after it."""
    return not gap.strip() or bool(md.get("carried_times")) and re.fullmatch(md["carried_times"], re.sub(r"\s+", "", gap)) is not None


def _decided_before(sent: Sentence, pos: int, md: dict) -> bool:
    """A word deciding on a request (``asking_decided``: 已决定) right before the request verb at ``pos``."""
    return bool(md.get("asking_decided")) and bool(sent.lx.ends_with(
        sent.lx.squeeze(sent.text[max(sent.start, pos - 12):pos]).rstrip(), md["asking_decided"]))


def _reported_on(sent: Sentence, e: int, pos: int, rx: str) -> bool:
    """``requested X to report on the technical assistance provided by Y to Z``: the predicate at ``pos`` is the
    topic (``report_topic``, a regular expression from the requesting verb's end through the topic noun) of a
    report asked for, or stands right after it, and nothing is coordinated with the topic before the predicate
    (the recipients after it may be: … provided to A and B)."""
    end = sent.clause_end(pos)
    m = _compiled(rx).match(sent.text, e, end)
    return m is not None and m.start("topic") <= pos and sent.clause_end(m.end()) >= end \
        and not sent.lx.find(sent.text, sent.lx["coordinators"], m.end(), max(m.end(), pos))


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
    pronoun = lx.ends_with(before, lx.get("pronouns", ()))
    if pronoun and len(before) > len(pronoun) and not before[-len(pronoun) - 1].isalnum():
        before = before[:-len(pronoun)].rstrip()  # …, and that it request …: the pronoun is the new clause's subject
    if not lx.ends_with(before, conts) and not _continued_phrase(sent, anchor, conts, md):
        return None
    taking = [(h, m) for h, m in verbs if lx.starts_with(lx.squeeze(sent.text[h[1]:h[1] + 12]), thats)]
    return max(taking, key=lambda v: v[0][0]) if taking else None


def _continued_phrase(sent: Sentence, anchor: int, conts, md: dict) -> bool:
    """``…; and that prevention projects in A receive …``: a continuation opens the clause of ``anchor``, a few words
    (``continued_subject_words``) with no clause break before it — the clause's own subject, a noun phrase that names
    ``anchor``'s group inside it."""
    most = md.get("continued_subject_words", 0)
    if not most:
        return False
    lx = sent.lx
    hits = lx.find(sent.text, conts, sent.start, anchor)
    if not hits:
        return False
    between = sent.text[hits[-1][1]:anchor]
    return not any(c in lx.clause_ends for c in between) and len(between.split()) <= most


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
    if _negated(sent, pos, subject, md) or _denied_object(sent, pos, md) or _undone_subject(sent, pos, md):
        return "Negated", None
    # (… to cooperate with the Special Rapporteur, who has requested to visit X: a relative clause states a fact of its own)
    scope = None if relative_antecedent(sent, pos, lx.agents) is not None else _request_scope(sent, pos, subject, lx, prev)
    if scope is not None:
        modality, vpos = scope
        from .roles import subject_before

        asker = subject_before(sent, vpos, lx.agents | {"Resolution"}, prev)
        hit = _clause_level(sent, vpos, asker, md, "planned") if md.get("announced_asking") else None
        if modality == "Requested" and hit is not None and _announced_gap(lx.squeeze(sent.text[hit[1]:vpos]), md):
            return "Planned", None  # X would invite Y to train …, X 打算于 2095 年请 Y…: the asking is only announced
        if modality == "Requested" and md.get("announced_asking") and _decided_before(sent, vpos, md):
            return "Planned", None  # 政府已决定请 Y 提供资金: a request decided on, not yet made
        if modality == "Requested" and _asked_then_withdrawn(sent, vpos, pos, md):
            return "Negated", None  # 原本邀请 Y 派遣专家…，但后来取消了这一邀请: the help asked for never came
        if modality == "Requested" and md.get("asked_unanswered") \
                and _compiled(md["asked_unanswered"]).search(sent.text, pos, sent.end):
            return "Negated", None  # 请 Y 举办…，但始终没有等到回复; asked Y to …, but never received a reply
        put_off = re.search(md["asked_put_off"], sent.text[pos:sent.end]) if modality == "Requested" \
            and md.get("asked_put_off") else None
        if put_off:  # 请 Y 协助…，但 Y 推迟了这项协助(，至今没有确定新的日期): still to come, or, with no new date, not given
            undone = md.get("put_off_undone") and re.match(md["put_off_undone"], sent.text[pos + put_off.end():sent.end])
            return ("Negated", None) if undone else ("Planned", None)
        return modality, asker
    if lx.starts_with(sent.text[pos:pos + 4], md.get("requested", ())) and _decided_before(sent, pos, md):
        return "Planned", None  # 政府已决定请 Y…: the request itself is decided on, not yet made
    if _clause_level(sent, pos, subject, md, "should"):
        if not _by_the_plan(sent, pos, md):
            return "Recommended", None
        # 按原计划，X 应于…举办…，但…已改期至…: what was to be done by the plan is a plan, not advice
        contrasts = sent.lx.find(sent.text, md.get("originally_contrast", ()), pos, sent.end)
        called = contrasts and sent.lx.find(sent.text, md.get("called_off", ()), contrasts[0][1], sent.end)
        return ("Negated" if called else "Planned"), None
    if _planned_subject(sent, pos, md):
        return "Planned", None  # A study visit by officials of X to Y is planned for 2118: the subject is to come
    planned = _clause_level(sent, pos, subject, md, "planned") or _planned_before_agent(sent, subject, md)
    if planned:
        if _undone_plan(sent, planned, pos, md):
            return "Negated", None
        return "Planned", None
    carried = _plan_carried(sent, pos, subject, md)
    if carried:
        # X 原拟与 Y 合作，协助 Z…，但…此项工作未能开展: the plan the clause carries on was undone
        return ("Negated" if _undone_plan(sent, carried, pos, md) else "Planned"), None
    if _original_plan_undone(sent, pos, md):
        return "Negated", None  # X 原定于…派团赴 Y，…，并向 Y 的部委提供咨询，但…访问被取消: the whole plan was called off
    return REPORTED, None


def request_asker(sent: Sentence, pos: int, prev: Group | None = None) -> Group | None:
    """Who asked for a fact whose predicate starts at ``pos`` inside a request's scope, whatever came of the request
    (asked, then refused or never answered), or ``None``."""
    lx = sent.lx
    md = lx.get("modality") if lx is not None else None
    if not md or relative_antecedent(sent, pos, lx.agents) is not None:
        return None
    scope = _request_scope(sent, pos, None, lx, prev)
    if scope is None:
        return None
    from .roles import subject_before

    return subject_before(sent, scope[1], lx.agents | {"Resolution"}, prev)


def _original_plan_undone(sent: Sentence, pos: int, md: dict) -> bool:
    """The sentence said, before ``pos``, what was originally planned (``originally_planned``: 原定, 原计划, a regular
    expression) and, after a contrast past ``pos`` (``originally_contrast``), that it was called off (``called_off``)."""
    rx = md.get("originally_planned")
    if not rx or not _compiled(rx).search(sent.text, sent.start, pos):
        return False
    lx = sent.lx
    contrasts = lx.find(sent.text, md.get("originally_contrast", ()), pos, sent.end)
    return bool(contrasts) and bool(lx.find(sent.text, md.get("called_off", ()), contrasts[0][1], sent.end))


def _planned_before_agent(sent: Sentence, subject: Group | None, md: dict) -> tuple[int, int, str] | None:
    """``原定于 2052 年 6 月由 X 为 Y 举办的培训``: a word of plan that hands the act to its agent (``planned_before_agent``,
    a regular expression ending right before the subject) stands before the subject, not after it."""
    rx = md.get("planned_before_agent")
    if not rx or subject is None:
        return None
    lo = sent.clause_start(subject.start)
    m = _compiled(rx).search(sent.text, lo, subject.start)
    return (m.start(), m.end(), m.group()) if m is not None else None


def _by_the_plan(sent: Sentence, pos: int, md: dict) -> bool:
    """The sentence opens with a phrase saying what follows was the plan (``plan_openers``: 按原计划, as planned)."""
    lx = sent.lx
    return bool(md.get("plan_openers")) and bool(lx.starts_with(lx.squeeze(sent.text[sent.start:pos]).strip(),
                                                                md["plan_openers"]))


def _plan_carried(sent: Sentence, pos: int, subject: Group | None, md: dict) -> tuple[int, int, str] | None:
    """``X 将向 A 派遣顾问，协助其政府…``: a clause with no subject of its own that opens with the predicate
    (after one of ``purpose_leads``: 以, 以便 …, a time phrase, ``carried_times``, or whom it is for, ``carried_targets``:
    面向 A 的议员), or that opens with a coordinating
    adverb (``carried_coordinators``: 并, 并且), goes on with the clause before it, whose plan it shares:
    the planned word of that clause (which :func:`_undone_plan` may find called off), else ``None``."""
    leads = md.get("purpose_leads")
    if leads is None:
        return None
    lx = sent.lx
    lo = sent.clause_start(pos)
    if lo <= sent.start + 1 or sent.text[lo - 1] not in lx.clause_ends or sent.text[lo - 1] in "；;：:":
        return None
    head = lx.squeeze(sent.text[lo:pos]).strip()
    times = md.get("carried_times")  # …拟与 Y 合作，于 2031 年为 X 举办…: a time phrase may open the clause
    joined = lx.starts_with(head, md.get("carried_coordinators", ()))  # …计划试用手册，并为该国官员开办培训
    if joined and (lx.starts_with(lx.squeeze(sent.text[pos:pos + 4]), md.get("requested", ()))
                   or re.search(md.get("carried_done", "了"), sent.text[lo:sent.clause_end(pos)])):
        joined = None  # (…，并请高级专员…: a request made; …，并开办了培训, 并已为此申请资金: done)
    targets = md.get("carried_targets")  # …计划与 Y 合作，面向 A 的议员开办讲习班: whom it is for opens the clause
    target = _compiled(targets).match(lx.squeeze(sent.text[lo:sent.clause_end(pos)])) if targets else None
    if head and head not in leads and not (times and _compiled(times).fullmatch(head)) and not joined \
            and not (target is not None and len(head) <= target.end()):  # (the predicate in it or right after it)
        return None
    if subject is not None and subject.start >= lo:
        return None
    plo = sent.clause_start(lo - 1)
    asides = md.get("carried_asides")  # … would visit A, at the invitation of its Government, to advise …: the aside
    while asides and plo > sent.start + 1 and _compiled(asides).match(sent.text[plo:lo]):  # is no clause of its own
        plo = sent.clause_start(plo - 1)
    if subject is not None and plo <= subject.end <= lo:
        plo = subject.end
    elif subject is not None and subject.end < plo and not any(
            subject.end <= g.start < lo and g.governor is None for g in sent.groups):
        plo = subject.end  # X 计划于…与 Y 合作，在 P 为 A 举办…，并为 B 提供…: every clause since X's goes on with its plan
    words = md.get("carried_plan_words", ()) if joined and head not in leads else md.get("planned", [])
    return next((h for h in _hits(sent, words, plo, lo - 1) if _word_ok(sent.text, *h, md)), None)


def _asked_then_withdrawn(sent: Sentence, vpos: int, pos: int, md: dict) -> bool:
    """A request said to have been the original one, or made once (``originally``, ``once`` right before the asking verb
    at ``vpos``), that a word after a contrast calls off (``called_off``): ``原本邀请 Y…，但…取消了这一邀请``, ``曾邀请 Y…，
    但…撤回了邀请``."""
    lx = sent.lx
    before = lx.squeeze(sent.text[max(sent.start, vpos - 4):vpos])
    once = lx.ends_with(before, md.get("once", ())) and not lx.ends_with(before, md.get("originally", ()))
    if not once and not lx.ends_with(before, md.get("originally", ())):
        return False
    contrasts = lx.find(sent.text, md.get("originally_contrast", ()), pos, sent.end)
    # (曾请 Y…，但…讲习班未能举办: what was asked for did not happen, read by the later rules; 曾邀请 Y…，但…撤回了邀请:
    # the request itself was withdrawn, ``asked_withdrawn``)
    words = md.get("asked_withdrawn", ()) if once else md.get("called_off", ())
    return bool(contrasts) and bool(lx.find(sent.text, words, contrasts[0][1], sent.end))


def _undone_plan(sent: Sentence, hit: tuple[int, int, str], pos: int, md: dict) -> bool:
    """``基金原计划支持 X，但…未能…``: a plan said to have been the original one (``originally``
    right before the planned word, or opening it: 原定) and followed by a contrast in its sentence did not happen; so
    did an offer (``offered``) that a word after the contrast refuses (``offer_refused``); one said to have
    been made once (``once``: 曾) did not happen when a word after the contrast calls it off (``called_off``)."""
    lx = sent.lx
    before = lx.squeeze(sent.text[max(sent.start, hit[0] - 4):hit[0]])
    contrasts = lx.find(sent.text, md.get("originally_contrast", ()), pos, sent.end)
    if hit[2] in md.get("offered", ()) and contrasts \
            and lx.find(sent.text, md.get("offer_refused", ()), contrasts[0][1], sent.end):
        return True  # X offered to train …, but the Government declined
    if hit[2] in md.get("offered", ()) and md.get("offer_refused_later") \
            and re.search(md["offer_refused_later"], lx.squeeze(sent.text[pos:sent.end])):
        return True  # X has offered to advise …; the Government has not taken up that offer
    if lx.ends_with(before, md.get("once", ())):
        # 曾计划…，但…取消: a plan said to have been made once is undone when the contrast says it was called off
        return any(lx.find(sent.text, md.get("called_off", ()), c[1], sent.end) for c in contrasts)
    if not lx.ends_with(before, md.get("originally", ())) and not lx.starts_with(hit[2], md.get("originally", ())):
        return False  # (原定为 X 举办的培训: a planned word may itself say the plan was the original one)
    put_off = lx.find(sent.text, md.get("put_off", ()), pos, sent.end) if md.get("put_off_undone") else []
    if put_off and re.match(md["put_off_undone"], sent.text[put_off[0][1]:sent.end]):
        return True  # 原定于…举办的培训因…而推迟，至今未确定新的日期: put off with no new date, it was not given
    if contrasts and lx.find(sent.text, md.get("put_off", ()), contrasts[0][1], sent.end) \
            and not lx.find(sent.text, md.get("called_off", ()), contrasts[0][1], sent.end):
        return False  # 原定于…，但…推迟到 2032 年: a plan put off is still a plan
    # 原定于…举办的培训，因…而被取消: a word that calls the original plan off needs no contrast before it
    return bool(contrasts) or bool(lx.find(sent.text, md.get("called_off", ()), pos, sent.end))
