"""A request stated as a noun made to someone: the one who makes it requests the addressee.

``马里政府向人权高专办提出了技术援助请求``, ``司法部致函人权高专办，就三个领域提出支助请求``,
``The Minister sent the High Commissioner a written request for …``, ``The Government addressed a request
for advice to OHCHR``. The ``requests`` lexicon's ``made`` entry gives:

* ``verbs`` — the verbs of making a request (提出, sent, addressed);
* ``nouns`` — the request nouns that must follow the verb within ``gap`` characters in its clause;
* ``to_before`` — words right before the addressee, before the verb in its sentence (向, 致函), or
  ``to_after`` — the words right before it after the noun (``to``);
* ``direct`` — the addressee may follow the verb directly (``sent X a request``);
* ``content_agent`` — the helper the request's own content names (``提出的由 F 资助…的请求``: an agent ``markers``
  right after the verb, within ``reach`` characters, one of ``verbs`` right after the helper, the request noun within
  ``gap`` characters after it): it is the addressee, and the request asks for its help;
* ``help_before`` — a help noun (``assists`` ``give_nouns``) right before the request noun (技术支助请求), or
  ``help_after`` — words after the noun that open a help noun within two words (``a request for expert
  support``): the request asks for help, so the addressee assists the maker, Requested by the maker; so does a
  request its sentence says is still pending (``pending``: 该请求目前仍在审议中).

``letter`` reads a letter to several addressees asking them for something (``致函 A、B 和 C，征求…``,
:func:`_letter_asking`); ``applied`` reads an application for money to a fund (``向 F 申请资助``, :func:`_applied`); ``withdrawn`` a request its
maker withdrew (``撤回了申请``, ``withdrew its request``, :func:`_withdrawn`).

The maker is the verb's subject (the sentence's subject where the clause has none of its own); the request
itself is Reported, as the verb ``requests`` of a resolution is. :func:`accepted_requests` reads a request accepted
(``接受其访问请求``) and one acted on (``应其请求``).
"""

from __future__ import annotations

import re

from .clauses import Sentence
from .emit import emit_assist, topic
from .modality import REPORTED
from .patterns import SentenceContext
from .roles import members_of, object_after, phrase_before, subject_before, year_before

__all__ = ["accepted_requests", "request_made", "requested_from_by"]


def _addressee(sent, vs: int, ve: int, noun_end: int, spec: dict, agents: set[str]):
    lx = sent.lx
    lo = sent.start
    before = [g for g in sent.groups if lo <= g.start and g.end <= vs and g.kinds() & agents
              and lx.ends_with(lx.squeeze(sent.text[lo:g.head]), spec.get("to_before", ()))]
    if before:
        return before[-1]
    if spec.get("direct"):
        g = object_after(sent, ve, agents, max_gap=1)
        if g is not None and g.end <= noun_end:
            return g  # sent the High Commissioner a request
    for g in sent.after(noun_end):
        if g.start > sent.clause_end(noun_end):
            break
        if g.kinds() & agents and phrase_before(sent, g, spec.get("to_after", ())):
            return g  # addressed a request for advice to OHCHR
    return None


def _content_agent(sent, ve: int, spec: dict, agents: set[str]):
    """``提出的由 F 资助设立…的请求``: the one the request's own content names as the helper (``content_agent``: an agent
    marker right before it and a verb of helping right after it, in the verb's clause) — the request is made to it."""
    ca = spec.get("content_agent")
    if not ca:
        return None
    lx = sent.lx
    g = next((g for g in sent.after(ve) if g.start <= sent.clause_end(ve)), None)
    if g is None or g.governor not in ca["markers"] or not g.kinds() & agents \
            or g.start - ve > ca.get("reach", 6) or not lx.starts_with(lx.squeeze(sent.text[g.end:g.end + 8]), ca["verbs"]):
        return None
    return g


def _for_help(sent, ve: int, noun: tuple[int, int, str], to_end: int, spec: dict) -> bool:
    lx = sent.lx
    helps = lx["assists"].get("give_nouns", ())
    if spec.get("help_before") and lx.ends_with(lx.squeeze(sent.text[ve:noun[0]]), helps):
        return True  # 提出技术支助请求
    rests = [lx.squeeze(sent.text[p:sent.clause_end(p)]).lstrip() for p in {noun[1], max(noun[1], to_end)}]
    if lx.get("agent_gap_time"):  # a request in 2125 for advice: the time between the noun and what it asks for
        rests = [re.sub(lx["agent_gap_time"], "", r, count=1) for r in rests]
    return any(rest.startswith(m + " ") and lx.starts_within(rest[len(m):].lstrip(), helps, 2)
               for m in spec.get("help_after", ()) for rest in rests)  # a request (to X) for expert support


def request_made(ctx: SentenceContext) -> None:
    """Requests made as nouns to an addressee (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    spec = lx["requests"].get("made")
    if not spec:
        return
    if spec.get("nominal"):
        _nominal(ctx, spec["nominal"])
    if spec.get("applied"):
        _applied(ctx, spec["applied"], spec)
    if spec.get("withdrawn"):
        _withdrawn(ctx, spec["withdrawn"])
    if spec.get("letter"):
        _letter_asking(ctx, spec["letter"])
    agents = lx.agents
    text = sent.text
    for vs, ve, w in lx.find(text, spec["verbs"], sent.start, sent.end):
        first = object_after(sent, ve, agents, max_gap=1) if spec.get("direct") else None
        # (sent the International Committee of the Red Cross (ICRC) a request: the gap counts from the long name's end)
        end = min(sent.clause_end(ve), (first.end if first is not None else ve) + spec.get("gap", 20))
        content = _content_agent(sent, ve, spec, agents)  # 提出的由 F 资助设立…的请求: F is asked
        if content is not None:
            end = min(sent.clause_end(ve), content.end + spec["content_agent"].get("gap", 30))
        nouns = lx.find(text, spec["nouns"], ve, end)
        if not nouns and w in spec.get("for_help_verbs", ()):
            _approached(ctx, vs, ve, spec)  # X approached Y for help
            continue
        if not nouns:
            continue
        to = content or _addressee(sent, vs, ve, nouns[0][1], spec, agents)
        if to is None:
            continue
        maker = subject_before(sent, to.start if to.end <= vs else vs, agents, ctx.prev_subject,
                               exclude=set(to.keys))
        if maker is None or set(maker.keys) & set(to.keys):
            continue
        mood = ctx.mood(vs, maker)
        if mood[0] == "Negated":
            continue  # 没有向 X 提出请求: no request was made
        makers = members_of(maker, agents)
        for s in makers:
            for o in members_of(to, agents):
                ctx.add(s, "requests", o, mood=mood)
        pending = lx.find(text, spec.get("pending", ()), nouns[0][1], sent.end)  # 该请求目前仍在审议中: help asked for
        refused = lx.find(text, spec.get("refused", ()), nouns[0][1], sent.end)  # 提出的支助请求被拒绝: not given
        if mood[0] == REPORTED and (content or _for_help(sent, ve, nouns[0], to.end, spec) or pending or refused):
            emit_assist(ctx, members_of(to, agents), makers, year_before(sent, vs), topic(sent, nouns[0][1]),
                        ("Negated", None) if refused else ("Requested", makers[0]))
        elif mood[0] in ("Recommended", "Requested") and _for_help(sent, ve, nouns[0], to.end, spec):
            # recommends that X turn to Y with a request for support: the help, like the request, is recommended
            emit_assist(ctx, members_of(to, agents), makers, year_before(sent, vs), topic(sent, nouns[0][1]), mood)


def _letter_asking(ctx: SentenceContext, lt: dict) -> None:
    """``高级专员分别去函 A、B 和 C，征求有关资料``, ``The High Commissioner wrote to A, B and C, seeking information``:
    a letter (``letter``: ``verbs``) to the names right after it, followed by a clause that opens with asking (``asks``,
    a regular expression on the words that open it, its comma included; before the next letter or semicolon), is a
    request of the writer to each of them — and so is one to the names a ``to_before`` word governs before the verb
    (``向 A 和 B 常驻代表团发出普通照会，请各国…``)."""
    sent = ctx.sentence
    lx = sent.lx
    agents = lx.agents
    text = sent.text
    asks = re.compile(lt["asks"])
    hits = lx.find(text, lt["verbs"], sent.start, sent.end)
    for i, (vs, ve, _w) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else sent.end
        stop = min((p for p in (text.find(c, ve, stop) for c in ";；") if p != -1), default=stop)
        ask = asks.search(text, ve, stop)  # (…；Y 另行致函 A，征求…: Y's letter, not the first one's)
        if ask is None:
            continue
        named = [g for g in sent.groups if ve <= g.start and g.end <= ask.start() and g.kinds() & agents]
        if not named and lt.get("to_before"):
            named = _addressed_before(sent, vs, lt)  # 向 A、B 和 C 常驻代表团发出普通照会，请各国…
        elif not named or lx.squeeze(text[ve:named[0].head]).strip(" ,") not in ("", *lt.get("to", ())):
            continue
        if not named:
            continue
        writer = subject_before(sent, vs, agents, ctx.prev_subject, exclude={k for g in named for k in g.keys})
        if writer is None:
            continue
        mood = ctx.mood(vs, writer)
        for s in members_of(writer, agents):
            for o in (k for g in named for k in members_of(g, agents)):
                ctx.add(s, "requests", o, mood=mood)


def _addressed_before(sent, vs: int, lt: dict) -> list:
    """The addressees a ``to_before`` word governs before a letter verb at ``vs``, in its clause, with only the words
    of ``addressee_tail`` (a regular expression: their missions in Geneva, their Governments) between the last of them
    and the verb."""
    lx = sent.lx
    cs = sent.clause_start(vs)
    before = [g for g in sent.groups if cs <= g.start and g.end <= vs and g.kinds() & lx.agents]
    named = [g for g in before if g.governor in lt["to_before"]]
    if not named or named[-1] is not before[-1] \
            or not re.fullmatch(lt.get("addressee_tail", ""), lx.squeeze(sent.text[before[-1].end:vs]).strip()):
        return []
    return named


def _applied(ctx: SentenceContext, ap: dict, spec: dict) -> None:
    """``X 向 F 申请资助``: an application for money (``applied``: the ``verbs`` of applying, then one of the ``nouns`` of
    money within ``gap`` characters) to the one a ``to_before`` word governs before the verb, in its clause — the
    applicant requests it (Reported, as the made request is); an application the sentence says is still pending
    (``pending``) or refused (``refused``) is its help Requested or Negated. Not ``向 GANHRI 申请认证``: no money asked."""
    sent = ctx.sentence
    lx = sent.lx
    agents = lx.agents
    for vs, ve, _w in lx.find(sent.text, ap["verbs"], sent.start, sent.end):
        if not lx.find(sent.text, ap["nouns"], ve, min(sent.clause_end(ve), ve + ap.get("gap", 3))):
            continue
        cs = sent.clause_start(vs)
        to = next((g for g in reversed(sent.before(vs)) if g.start >= cs and g.kinds() & agents
                   and g.governor in ap.get("to_before", ())), None)
        if to is None:
            continue
        maker = subject_before(sent, to.start, agents, ctx.prev_subject, exclude=set(to.keys))
        if maker is None or set(maker.keys) & set(to.keys):
            continue
        mood = ctx.mood(vs, maker)
        if mood[0] == "Negated":
            continue
        makers = members_of(maker, agents)
        for s in makers:
            for o in members_of(to, agents):
                ctx.add(s, "requests", o, mood=mood)
        if mood[0] != REPORTED:
            continue
        pending = lx.find(sent.text, spec.get("pending", ()), ve, sent.end)
        refused = lx.find(sent.text, spec.get("refused", ()), ve, sent.end)
        if pending or refused:
            emit_assist(ctx, members_of(to, agents), makers, year_before(sent, vs), topic(sent, ve),
                        ("Negated", None) if refused else ("Requested", makers[0]))


def _withdrawn(ctx: SentenceContext, wd: dict) -> None:
    """``X 撤回了(其此前提出的)申请``, ``X withdrew its request for support from F``: a request its maker withdrew was made
    (a Reported ``requests`` edge) and the help it asked for was not given (Negated). The request noun (``nouns``)
    follows one of the ``verbs`` within ``gap`` characters in its clause, or stands before it within ``gap_before``
    (``X 向 F 提出的申请已…撤回``); the one asked is named right before the noun
    after a ``to_before`` word (向 F 提出的申请) or after it behind a ``to_after`` word (from F), else it is the one the
    sentence names that may be asked (``asked_kinds``: 利用基金赠款…撤回了申请, …，基金因此未…), else the one the maker asked
    earlier in the unit."""
    sent = ctx.sentence
    lx = sent.lx
    agents = lx.agents
    text = sent.text
    kinds = set(wd.get("asked_kinds", ()))
    for vs, ve, _w in lx.find(text, wd["verbs"], sent.start, sent.end):
        cend = sent.clause_end(ve)
        nouns = lx.find(text, wd["nouns"], ve, min(cend, ve + wd.get("gap", 12)))
        lo, maker_at = ve, vs  # where the one asked may be named before the noun; where the maker is looked for
        if not nouns:  # 向 F 提出的资助申请已于…撤回: the noun, then the verb
            nouns = lx.find(text, wd["nouns"], max(sent.clause_start(vs), vs - wd.get("gap_before", 0)), vs)[-1:]
            if nouns:
                lo, maker_at = sent.clause_start(nouns[0][0]), nouns[0][0]
        if not nouns:
            continue
        maker = subject_before(sent, maker_at, agents, ctx.prev_subject)
        if maker is None:
            continue  # (no mood is read: withdrawing is itself a word some languages count as negating)
        makers = members_of(maker, agents)
        to = next((g for g in sent.groups if lo <= g.start and g.end <= nouns[0][0]
                   and g.governor in wd.get("to_before", ()) and g.kinds() & agents), None)
        if to is None:
            to = next((g for g in sent.after(nouns[0][1]) if g.start <= cend and g.governor in wd.get("to_after", ())
                       and g.kinds() & agents and g.start - nouns[0][1] <= wd.get("to_reach", 60)), None)
        if to is None:
            to = next((g for g in sent.groups if g.kinds() & kinds and not set(g.keys) & set(makers)), None)
        asked = members_of(to, agents) if to is not None else list(dict.fromkeys(
            r.object for r in (*ctx.earlier, *ctx.relations) if r.predicate == "requests" and r.subject in makers))[-1:]
        asked = [a for a in asked if a not in makers]
        if not asked:
            continue
        for s in makers:
            for o in asked:
                ctx.add(s, "requests", o)
        emit_assist(ctx, asked, makers, year_before(sent, vs), topic(sent, nouns[0][1]), ("Negated", None))


def _by_before(sent: Sentence, g, phrases) -> bool:
    """``by`` right before the group's words, or before the owner phrase that leads it (``by the Ministry of X``)."""
    lx = sent.lx
    at = g.head if g.lead is None else g.lead
    return bool(phrases) and bool(lx.ends_with(lx.trim(lx.squeeze(sent.text[sent.clause_start(at):at]), "determiners"), phrases))


def _nominal(ctx: SentenceContext, nom: dict) -> None:
    """``A request by X (to Y) for … remains under consideration by Y``, ``An application by X to Y for a grant had been
    rejected``, ``its request to Y for help …, made in 2034, had remained unanswered``: a request noun (``nouns``) with its
    maker (after ``by``, or the possessive pronoun's: the sentence's first actor), its addressee (after ``to``, or after
    the ``by`` of the outcome) and ``for``; the outcome phrase (``pending``, ``refused``, ``granted``) gives the help's
    mood (Requested when none is said; granted and then said to be still to come, ``granted_then_planned``: Planned).
    With ``outcome_names_it``, an outcome and an addressee stand for the ``for`` (a similar request made by X to Y had
    not been answered); with ``that_after_maker``, the one right after the maker's
    ``that`` is asked (a request from X that Y train …); a bare request noun (``relative_maker`` ``nouns``) is read
    only with a relative clause naming its maker and addressee (:func:`_relative_maker`); an aside after the maker
    (``aside_to``: ``, addressed to Y …,``) may name the addressee; so may ``from`` after what was asked for
    (``asked_from``: a request of X for help from Y); so may ``that`` after the request's date (``dated_that``, a
    regular expression on the words from the noun to the one asked: X's request of May 2125 that Y second …)."""
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    agents = lx.agents
    bare = tuple(nom.get("relative_maker", {}).get("nouns", ()))  # (read only with a relative clause after them)
    for ns, ne, _w in lx.find(text, lx.words_of("nominal_request_nouns", lambda: tuple(nom["nouns"]) + bare), sent.start, sent.end):
        end = sent.clause_end(ne)
        while nom.get("aside_to") and end < sent.end and re.match(nom["aside_to"], text[end:sent.end]):
            end = sent.clause_end(end + 1)  # a request of X, addressed to Y in 2117 for …: the aside names Y
        after = [g for g in sent.after(ne) if g.start < end]
        if _w in bare:
            maker, rel_to = _relative_maker(ctx, ne, after, nom["relative_maker"])
            if maker is None:
                continue
        else:
            rel_to = None
            maker = next((g for g in after if _by_before(sent, g, nom.get("by", ()))
                          and (g.head if g.lead is None else g.lead) - ne < nom.get("by_gap", 12)), None)
        if maker is None and _w.split()[-1] in nom.get("maker_right_after", ()):  # A request of X / from X to Y for …
            # (a request from the Ministry of Justice of X: the State through its organ's name)
            maker = next((g for g in after if not lx.trim(lx.squeeze(text[ne:g.start if g.lead is None else g.lead]),
                                                          "determiners")), None)
        if maker is None and nom.get("possessives"):  # X's request to Y for …
            maker = next((g for g in sent.groups if g.end <= ns and lx.squeeze(text[g.end:ns]).strip() in nom["possessives"]), None)
        if maker is None and _w not in bare and _w.split()[0] in bare:
            # a request for support it had sent to Y: the bare noun's relative clause, past what was asked for
            maker, rel_to = _relative_maker(ctx, ns + len(_w.split()[0]), after, nom["relative_maker"])
        pron = lx.ends_with(lx.squeeze(text[max(sent.start, ns - 8):ns]).lower(), nom.get("pronouns", ()))
        if maker is None and pron:
            maker = next((g for g in sent.groups if g.end <= ns and g.kinds() & agents), None)
            if maker is None and ctx.prev_subject is not None and ctx.prev_subject.kinds() & agents \
                    and not lx.squeeze(text[sent.start:ns].rstrip()[:-len(pron)]).strip(" ,"):
                maker = ctx.prev_subject  # (X reported that …) Its request to Y …: the one the sentence before is about
        if maker is None or not maker.kinds() & agents:
            continue
        to = rel_to or next((g for g in after if g is not maker and not set(g.keys) & set(maker.keys)
                             and phrase_before(sent, g, nom.get("to", ()))), None)
        dated = None
        if to is None and nom.get("dated_that"):  # X's request of May 2125 that Y second …: Y is asked
            to = dated = next((g for g in after if g is not maker and g.kinds() & agents and re.fullmatch(
                nom["dated_that"], lx.squeeze(text[ns:g.start if g.lead is None else g.lead]).strip())), None)
        if to is None and nom.get("that_after_maker"):  # a request from X that Y train …: Y is asked
            to = next((g for g in after if g.start > maker.end and g.kinds() & agents and lx.trim(lx.squeeze(
                text[maker.end:g.start if g.lead is None else g.lead]).strip().lower(), "determiners")
                in nom["that_after_maker"]), None)  # (a request by X that the United Kingdom pay …)
        if to is None and nom.get("asked_from"):  # a request of X for help from Y: Y is asked
            to = next((g for g in after if g is not maker and g.start > maker.end and g.kinds() & agents
                       and re.search(nom["asked_from"], lx.squeeze(text[maker.end:g.head if g.lead is None else g.lead]))),
                      None)
        if to is None and nom.get("asked_by_after"):  # a request by X for the training of its staff by Y: Y is asked
            to = next((g for g in after if g is not maker and g.start > maker.end and g.kinds() & agents
                       and phrase_before(sent, g, nom.get("by", ()))
                       and any(w in text[maker.end:g.start] for w in nom["asked_by_after"])), None)
        declined = lx.find(text, nom.get("declined_before", ()), max(sent.clause_start(ns), ns - 40), ns) \
            if to is None else []
        declined = [h for h in declined  # (nothing but an article and one word between: a similar request)
                    if len([w for w in lx.squeeze(text[h[1]:ns]).split() if w not in lx.get("determiners", ())]) <= 1]
        if declined:  # Y (had to) decline(d) a (similar) request from X: X asked Y, who did not help
            to = subject_before(sent, declined[-1][0], agents, ctx.prev_subject, exclude=set(maker.keys))
        outcome, mood = None, "Requested"
        for key, m in (("refused", "Negated"), ("granted", REPORTED), ("pending", "Requested")):
            hit = lx.find(text, nom.get(key, ()), ne, sent.end)
            if hit:
                outcome, mood = hit[0], m
                break
        if mood == REPORTED and nom.get("granted_then_planned") \
                and re.match(nom["granted_then_planned"], text[outcome[1]:sent.end]):
            mood = "Planned"  # … had been approved, and the training is scheduled for September: still to come
        rest = lx.squeeze(text[ns:sent.end]).lower()  # (what was asked: a request for …, a request that Y …)
        if not declined and dated is None and not any(w in rest[:nom.get("for_reach", 120)] for w in nom.get("what_asked", (" for ",))) \
                and not (outcome is not None and to is not None and nom.get("outcome_names_it")):
            continue  # (a similar request made by X to Y had not been answered: the outcome says it was a request)
        if declined and to is not None:
            outcome, mood = declined[-1], "Negated"
        if to is None and outcome is not None:
            to = next((g for g in sent.after(outcome[1]) if phrase_before(sent, g, nom.get("by", ()))
                       and g.start - outcome[1] < 6), None)
        if to is None or not to.kinds() & agents or set(to.keys) & set(maker.keys):
            continue
        makers = members_of(maker, agents)
        for s in makers:
            for o in members_of(to, agents):
                ctx.add(s, "requests", o)
        visit = (lx["requests"].get("visit") or {}).get("nouns")
        if visit and re.compile(visit).match(text, ns):
            continue  # its request for a country visit to X: a visit asked for, no help
        emit_assist(ctx, members_of(to, agents), makers, year_before(sent, ns), topic(sent, ne),
                    (mood, makers[0]) if mood == "Requested" else (mood, None))


def _relative_maker(ctx: SentenceContext, ne: int, after: list, spec: dict):
    """``a request (that) the Government of X had addressed to Y``, ``a request it had addressed to Y``: the maker of a
    request noun ending at ``ne`` named (or, with ``pronoun``, a pronoun standing for the sentence's first actor) in a
    relative clause right after it (``before``: the words up to it), whose verb (``verb``, a regular expression on the
    words up to the addressee) sends it to the addressee — (maker, addressee), else (None, None)."""
    sent = ctx.sentence
    lx = sent.lx
    text = sent.text
    rest = lx.squeeze(text[ne:ne + 80]).lower()
    m = re.match(spec["pronoun"], rest)
    if m:  # (a request it had addressed to UNDP: the one the sentence is about)
        maker = next((g for g in sent.groups if g.end <= ne and g.kinds() & lx.agents), None)
        if maker is None and ctx.prev_subject is not None and ctx.prev_subject.kinds() & lx.agents \
                and not lx.squeeze(text[sent.start:ne]).count(","):
            maker = ctx.prev_subject  # X said that … . A request it had addressed to Y …: the one the sentence before is about
        to = next((g for g in after if lx.squeeze(text[ne:g.start]).lower().strip() == m.group(0).strip()), None)
        return (maker, to) if maker is not None and to is not None else (None, None)
    first = next(iter(after), None)
    if first is None or not re.fullmatch(spec["before"], lx.squeeze(text[ne:first.start if first.lead is None else first.lead]).strip().lower()):
        return None, None
    to = next((g for g in after if g.start > first.end), None)
    if to is None or not re.fullmatch(spec["verb"], lx.squeeze(text[first.end:to.start]).strip().lower()):
        return None, None
    return first, to


def _approached(ctx: SentenceContext, vs: int, ve: int, spec: dict) -> None:
    """``X approached Y for help in …`` (``for_help_verbs``, the addressee right after the verb, then ``help_after`` and
    a help noun): X requests Y, and Y's help to X is Requested."""
    sent = ctx.sentence
    lx = sent.lx
    agents = lx.agents
    to = object_after(sent, ve, agents, max_gap=1)
    if to is None:
        return
    rest = lx.squeeze(sent.text[to.end:sent.clause_end(to.end)]).lstrip()
    helps = lx["assists"].get("give_nouns", ())
    if not any(rest.startswith(m + " ") and lx.starts_within(rest[len(m):].lstrip(), helps, 2)
               for m in spec.get("help_after", ())):
        return
    maker = subject_before(sent, vs, agents, ctx.prev_subject, exclude=set(to.keys))
    mood = ctx.mood(vs, maker) if maker is not None else None
    if maker is None or mood[0] == "Negated":
        return
    makers = members_of(maker, agents)
    for s in makers:
        for o in members_of(to, agents):
            ctx.add(s, "requests", o, mood=mood)
    if mood[0] == REPORTED:  # (…, but the application was rejected: not given)
        refused = lx.find(sent.text, spec.get("nominal", {}).get("refused", ()), to.end, sent.end)
        emit_assist(ctx, members_of(to, agents), makers, year_before(sent, vs), topic(sent, to.end),
                    ("Negated", None) if refused else ("Requested", makers[0]))
    elif mood[0] in ("Recommended", "Requested"):
        # recommends that X turn to Y for technical support: the help, like the request, is recommended
        emit_assist(ctx, members_of(to, agents), makers, year_before(sent, vs), topic(sent, to.end), mood)


def accepted_requests(ctx: SentenceContext) -> None:
    """``鼓励政府…接受其访问请求``: accepting X's request (``requests`` ``accepted``: the verbs, then ``其`` or
    ``X 的`` and a request noun) presupposes that X asked the one who is to accept it — a Reported
    ``requests`` edge from X (``其``: the nearest actor named before the verb that is not the accepter);
    and ``应其请求`` (:func:`.requested_help.on_its_request`)."""
    from .requested_help import on_its_request

    on_its_request(ctx)
    sent = ctx.sentence
    lx = sent.lx
    acc = lx["requests"].get("accepted")
    if not acc:
        return
    text = sent.text
    for s, e, _w in lx.find(text, acc["verbs"], sent.start, sent.end):
        taker = subject_before(sent, s, {"State", "UNBody", "RegionalOrganization", "NHRI"}, ctx.prev_subject)
        if taker is None:
            continue
        fill = lx.starts_with(lx.squeeze(text[e:e + 4]), lx.get("after_verb_fillers", ()))
        if fill:
            e = text.find(fill, e) + len(fill)  # 接受了
        rest = lx.squeeze(text[e:sent.clause_end(e)])
        asker = None
        pron = lx.starts_with(rest, acc.get("pronouns", ()))
        if pron and lx.starts_with(rest[len(pron):].lstrip(), acc["nouns"]):
            asker = next((g for g in reversed(sent.before(s)) if g.kinds() & lx.agents
                          and not set(g.keys) & set(taker.keys)), None)
        else:
            g = next((g for g in sent.after(e) if not lx.squeeze(text[e:g.head])), None)
            after = lx.squeeze(text[g.end:sent.clause_end(g.end)]) if g is not None else ""
            of = lx.starts_with(after, lx["modifier_words"])
            if g is not None and of and lx.starts_with(after[len(of):].lstrip(), acc["nouns"]):
                asker = g
        if asker is None:
            continue
        for a in members_of(asker, lx.agents):
            for t in members_of(taker, lx.agents):
                ctx.add(a, "requests", t)


def requested_from_by(ctx: SentenceContext) -> None:
    """``A regional conference, requested from Y by A and B (and planned for …), was postponed indefinitely``: an
    activity (``activities`` ``nouns``, before the participle in its sentence: an aside may hold the participle) asked of
    ``Y`` (the group ``from`` governs right after the participle) by ``A`` and ``B`` (the group ``by`` governs after it):
    A and B request Y, and Y's help to them is asked for — never given when the sentence says after them that the
    activity never happened (``modality`` ``undone_words``, ``undone_bare``, or ``requested_from_by`` ``undone``)."""
    sent = ctx.sentence
    lx = sent.lx
    spec = lx["requests"].get("requested_from_by")
    act = lx.get("activities") or {}
    if not spec or not act:
        return
    agents = lx.agents
    for m in re.finditer(spec["rx"], sent.text[sent.start:sent.end]):
        s, e = sent.start + m.start(), sent.start + m.end()
        asked = object_after(sent, e, agents, max_gap=0)
        if asked is None:
            continue
        by = re.match(spec["by"], sent.text[asked.end:asked.end + 12])
        askers = object_after(sent, asked.end + by.end(), agents, max_gap=0) if by else None
        if askers is None or not lx.find(sent.text, act["nouns"], sent.start, s):  # (A conference …, requested from)
            continue
        md = lx.get("modality") or {}
        undone = lx.find(sent.text, md.get("undone_words", ()), askers.end, sent.end) or (
            md.get("undone_bare") and re.search(md["undone_bare"], sent.text[askers.end:sent.end])) or re.search(
            spec.get("undone", "(?!)"), sent.text[askers.end:sent.end])
        mood = ("Negated", None) if undone else ("Requested", None)
        for k in members_of(askers, agents):
            for o in members_of(asked, agents):
                ctx.add(k, "requests", o)
        emit_assist(ctx, list(asked.keys), members_of(askers, agents), year_before(sent, s), topic(sent, s), mood)
