"""Relative clauses and late phrases around assistance (split from :mod:`.assistance`).

* ``由人权高专办支持的秘鲁国家机制`` — help stated in a relative clause before what it helped: the helper
  right before the verb (free, or governed by an agent marker) assists the group named after the
  relative marker (:func:`supported_relative`; ``assists`` → ``relative_support``: ``verbs``,
  ``links``, ``agent_markers``, ``recipient_kinds``, ``gap``);
* ``the support that X had received from Y`` — the subject of an object relative clause received it
  (:func:`relative_subject`);
* ``training it had offered to diplomats from X`` — help given in a relative clause, by its subject
  (:func:`given_relative`);
* ``X benefited from a peer exchange …, with funding from Z`` — the funder of what X benefited from
  (:func:`funder_after`);
* :func:`back_to` — a look back that counts a name in between as one word.

Word lists: ``assists`` in the language's ``relations.json`` (``relative_support``,
``relative_subject_markers``, ``relative_auxiliaries``, ``funding_of``, ``recipient_after``,
``give_nouns``); a language without them reads none of these.

>>> from tacb_graph.records import Source
>>> from tacb_graph.recognise import recognise
>>> from tacb_graph.relate import relate
>>> from tacb_graph.segment import segment
>>> text = "1. 由人权高专办支持的秘鲁国家机制于 2025 年开始运作。\\n"
>>> rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
>>> sorted((r.subject, r.object) for r in rec.relations if r.predicate == "assists")
[('org/ohchr', 'state/PER')]
"""

from __future__ import annotations

import re

from .clauses import Group, Sentence
from .patterns import SentenceContext
from .roles import is_free, members_of, sentence_subject, strip_adverbs, subject_before

__all__ = ["back_to", "funder_after", "given_relative", "relative_subject", "supported_relative"]


def supported_relative(ctx: SentenceContext, found: list[tuple[Group, list[str], int, int, int]]) -> None:
    """Append ``(helper, recipients, verb, verb end, verb)`` to ``found`` for each ``(由) X 支持的 Y``."""
    sent = ctx.sentence
    lx = sent.lx
    rel = lx["assists"].get("relative_support")
    if not rel:
        return
    text = sent.text
    for s, e, _w in lx.find(text, rel["verbs"], sent.start, sent.end):
        link = lx.starts_with(lx.squeeze(text[e:e + 4]), rel["links"])
        if not link:
            continue
        lo = sent.clause_start(s)
        before = [g for g in sent.groups if lo <= g.start and g.end <= s]
        if not before:
            continue
        helper = before[-1]
        if not helper.kinds() & lx.agents or strip_adverbs(text[helper.end:s], lx) not in rel.get("between", ("",)):
            continue
        if not (is_free(sent, helper) or helper.governor in rel.get("agent_markers", ())):
            continue
        link_end = text.find(link, e) + len(link)
        after = next((g for g in sent.groups if g.start >= link_end), None)
        if after is None or len(lx.squeeze(text[link_end:after.head])) > rel.get("gap", 0):
            continue
        recips = [k for k in members_of(after, set(rel["recipient_kinds"])) if k not in helper.keys]
        if recips:
            found.append((helper, recips, s, e, s))


def helped_relative(ctx: SentenceContext, found: list[tuple[Group, list[str], int, int, int]]) -> None:
    """``X, which Y and Z advised in 2116 on …, opened …``: a relative clause whose object is the name before it
    (``assists`` ``object_relative``: ``between``, a regular expression on the words between that name and the
    helper, ``verbs`` the help, after at most ``auxiliaries`` and adverbs) — the helper assists that name. Append
    ``(helper, recipients, verb, verb end, verb)`` to ``found``."""
    sent = ctx.sentence
    lx = sent.lx
    rel = lx["assists"].get("object_relative")
    if not rel:
        return
    text = sent.text
    groups = sent.groups
    for ante, helper in zip(groups, groups[1:]):
        if not ante.kinds() & lx.agents or not helper.kinds() & lx.agents or set(ante.keys) & set(helper.keys) \
                or not re.fullmatch(rel["between"], lx.squeeze(text[ante.end:helper.head])):
            continue
        rest = strip_adverbs(text[helper.end:min(sent.clause_end(helper.end), helper.end + 40)], lx) \
            if not lx.language.spaced else lx.trim(lx.squeeze(text[helper.end:helper.end + 40]), "adverbs")
        rest = rest.lstrip()
        aux = lx.starts_with(rest, rel.get("auxiliaries", ()))
        rest = rest[len(aux or ""):].lstrip()
        verb = lx.starts_with(rest, rel["verbs"])
        if not verb:
            continue
        at = text.find(verb, helper.end)
        at = helper.end if at < 0 else at
        found.append((helper, members_of(ante, lx.agents), at, at + len(verb), at))
    whose = re.compile(rel["whose"]) if rel.get("whose") else None
    for ante in groups if whose is not None else ():
        # X described its work with Nepal, whose debt managers it had trained: the sentence's subject helped Nepal
        m = whose.match(text, ante.end)
        if m is None or not ante.kinds() & lx.agents:
            continue
        rest = lx.trim(lx.squeeze(text[m.end():m.end() + 40]), "adverbs").lstrip()
        aux = lx.starts_with(rest, rel.get("auxiliaries", ()))
        rest = rest[len(aux or ""):].lstrip()
        verb = lx.starts_with(rest, rel["verbs"])
        helper = sentence_subject(sent, ctx.prev_subject) if verb else None
        if helper is None or not helper.kinds() & lx.agents or set(helper.keys) & set(ante.keys):
            continue
        at = text.find(verb, m.end())
        found.append((helper, members_of(ante, lx.agents), at, at + len(verb), at))


def given_relative(ctx: SentenceContext, s: int, e: int, found: list) -> None:
    """``Pakistan referred to training it had offered to diplomats from Afghanistan``, ``the support that UNDP
    provided to X``: a help noun before a giving verb, with only a relative marker (``relative_subject_markers``),
    the relative clause's subject (a pronoun for the sentence's subject, or a name) and auxiliaries between; the
    recipient follows the verb after a recipient marker (``to diplomats from X``), or right after one of
    ``double_object_verbs`` (the help the Office had given X and Y)."""
    sent = ctx.sentence
    lx = sent.lx
    a = lx["assists"]
    rel = tuple(a.get("relative_subject_markers", ()))
    if not rel:
        return
    text = sent.text
    nouns = lx.find(text, a["give_nouns"], max(sent.clause_start(s), s - 80), s)
    if not nouns:
        return
    ne = nouns[-1][1]
    asked = a.get("asked_noun_before")  # a request for support it had sent to Y: asked for, not given (request_made.py)
    if asked and re.search(asked, lx.squeeze(text[max(sent.start, nouns[-1][0] - 40):nouns[-1][0]])):
        return
    inside = [g for g in sent.groups if ne <= g.start and g.end <= s]
    if len(inside) > 1 or (inside and not inside[0].kinds() & lx.agents):
        return
    words = lx.squeeze(text[ne:inside[0].start] + " " + text[inside[0].end:s] if inside else text[ne:s]).split()
    pron = [w for w in words if w in lx.get("pronouns", ())]
    ok = rel + tuple(lx.get("pronouns", ())) + tuple(a.get("passive_auxiliaries", ())) \
        + tuple(a.get("relative_auxiliaries", ())) + tuple(lx.get("adverbs", ()))
    if any(w not in ok for w in words) or not (inside or pron):
        return
    subj = inside[0] if inside else subject_before(sent, nouns[-1][0], lx.agents, ctx.prev_subject)
    end = sent.clause_end(e)
    g = next((h for h in sent.groups if e <= h.start <= end and h.kinds() & lx.agents), None)
    if subj is None or g is None or set(g.keys) & set(subj.keys):
        return
    gap = lx.squeeze(text[e:g.head]).strip()
    bare = not gap and text[s:e].lower() in a.get("double_object_verbs", ())  # the help X had given A and B
    if not bare and not lx.starts_with(gap, a.get("recipient_after", ())):
        return
    found.append((subj, members_of(g, lx.agents), s, e, s))


def funder_after(sent: Sentence, e: int, a: dict) -> Group | None:
    """``X benefited from a peer exchange …, organized by Y with funding from Z``: the funder of what the
    subject benefited from (``funding_of`` before a group later in the sentence) helped it."""
    lx = sent.lx
    for g in sent.after(e):
        if g.governor is None:
            return None  # …, and UNDP received funding from X: a clause of its own
        if not g.kinds() & lx.agents:
            continue
        head = lx.trim(lx.squeeze(sent.text[max(e, g.start - 48):g.head]), "determiners")
        if lx.ends_with(head, a.get("funding_of", ())):
            return g
    return None


def relative_subject(sent: Sentence, s: int, a: dict) -> Group | None:
    """``the support that the African Commission had received from OHCHR``: the subject of an object
    relative clause (after one of ``relative_subject_markers``, only auxiliaries and adverbs before the verb
    at ``s``) is the one who received."""
    lx = sent.lx
    markers = a.get("relative_subject_markers", ())
    if not markers:
        return None
    g = next((h for h in reversed(sent.before(s)) if h.start >= sent.clause_start(s)), None)
    if g is None or g.governor is not None or not g.kinds() & lx.agents:
        return None
    between = lx.squeeze(sent.text[g.end:s]).split()
    if any(w not in tuple(a.get("passive_auxiliaries", ())) + tuple(lx.get("adverbs", ()))
           + tuple(a.get("relative_auxiliaries", ())) for w in between):
        return None
    lead = lx.trim(lx.squeeze(sent.text[max(sent.start, g.start - 40):g.start]), "determiners")
    return g if lx.ends_with(lead, markers) else None


def back_to(sent: Sentence, e: int, reach: int) -> int:
    """Where a look back of ``reach`` characters from ``e`` starts, a name in between not counted (the support
    that the African Commission on Human and Peoples' Rights had received: the name is one word)."""
    g = next((h for h in reversed(sent.before(e)) if h.start >= sent.clause_start(e)), None)
    return e - reach if g is None else min(e - reach, g.start - (reach - (e - g.end)))
