"""The last resort for help a sentence states in a way no reader above knows: the actor that opens the
sentence, a word of help after it in its clause, and the States or national institutions named after that word.

UN reports state help in more ways than any list of constructions holds (``made its training modules available
to the police of X``, ``brought its expertise to the Ministry of Justice of X``). When a sentence has
read no help at all, this reader looks for the plain shape they share: an actor of a class that gives help opens
the sentence (``provider_kinds``), one of the language's words of help follows it in the same clause (the verbs
and the nouns of help of ``assists``, the training verbs and activity nouns of ``activities``; a verb of activity
alone is none: ``held its session``, nor a meeting: ``held a meeting with the Minister of X``), no word of speech stands between them (``not_between``: ``X said that
…`` reports, it does not help), and States or national institutions (``recipient_kinds``) are named after the
word in its clause, not as a seat (``not_after``: ``based in``) nor as the owner of a thing (``owner_markers``:
``a project of the commission of X``), nor after a topic (``trained journalists on the Constitution of X``), and the word of help is no topic itself
(``decided to hold a dialogue on technical assistance for X``).
Each is helped by the actor, with the modality of the word. An actor named through its people (``A delegation of X
made a study visit to Y``: a word of the activities' ``beneficiaries`` before it) gives nothing.

Where the language's ``relations.json`` has no ``cooccurrence`` entry nothing is read here.
"""

from __future__ import annotations

from .emit import emit_assist, topic
from .patterns import SentenceContext
from .roles import is_free, members_of, year_before

__all__ = ["cooccurring_help"]


def _help_words(lx) -> list[str]:
    if "_help_words" not in lx.__dict__:
        a, act = lx["assists"], lx.get("activities") or {}
        words = set(a.get("verbs", ())) | set(a.get("direct_verbs", ())) | set(a.get("give_nouns", ())) \
            | set(act.get("training_verbs", ())) | set(act.get("nouns", ())) \
            | set(lx["cooccurrence"].get("extra_words", ()))  # (held its session: a verb of activity alone is no help)
        words -= set(act.get("participant_nouns", ()))  # a meeting with a minister of X: no help
        lx.__dict__["_help_words"] = sorted(words - set(lx["cooccurrence"].get("not_words", ())), key=len, reverse=True)
    return lx.__dict__["_help_words"]


def cooccurring_help(ctx: SentenceContext) -> None:
    """Help by the actor that opens a sentence that read none (see the module docstring)."""
    sent = ctx.sentence
    lx = sent.lx
    co = lx.get("cooccurrence")
    if not co or any(r.predicate == "assists" for r in ctx.relations):
        return
    text = sent.text
    first = next((g for g in sent.groups if g.kinds() & lx.agents), None)
    if first is None or not is_free(sent, first) or not first.kinds() <= set(co["provider_kinds"]):
        return
    lead = lx.squeeze(text[sent.start:first.start]).lower()
    if lx.find(lead, (lx.get("activities") or {}).get("beneficiaries", ())):
        return  # A delegation of X made a study visit to Y: X's people took what was given, X gave nothing
    end = sent.clause_end(first.end)
    hits = lx.find(text, _help_words(lx), first.end, end)
    if not hits:
        return
    s, e, _w = hits[0]
    if lx.find(lx.squeeze(text[first.end:end]).lower(), (lx["assists"].get("learners") or {}).get("visits", {}).get(
            "study_went", ())):
        return  # X made a study visit to Y: Y is the one that gave (relate/learners.py)
    between = lx.squeeze(text[first.end:s]).lower()
    if lx.find(between, co.get("not_between", ())) or any(g.start < s and g.start >= first.end for g in sent.groups):
        return  # X said that …, X and Y …: not the shape read here
    if lx.ends_with(between.rstrip(), tuple((lx.get("activities") or {}).get("topic_governors", ()))):
        return  # X decided to hold a dialogue on technical assistance for A: the words of help are a topic
    seat = lx.res.get("cooccurrence_seat", ())
    recips: list[str] = []
    for g in sent.after(e):
        if g.end > sent.clause_end(e):
            break  # (…, and Australia contributed: another clause)
        if not g.kinds() & set(co["recipient_kinds"]):
            continue
        lead = lx.squeeze(text[max(sent.start, g.head - 30):g.head]).lower()
        if any(p.search(lead) for p in seat):
            continue  # an office based in X: where it sits
        topics = (lx.get("activities") or {}).get("topic_governors", ())
        if lx.find(lx.squeeze(text[e:g.head]).lower(), topics):
            break  # trained journalists on the Constitution of X: the topic, and what follows it
        if g.lead is None and g.governor in co.get("owner_markers", ()):
            continue  # a project of the commission of X, the Constitution of X: whose thing it is, not who is helped
        recips += [k for k in members_of(g, set(co["recipient_kinds"])) if k not in first.keys and k not in recips]
    if recips:
        emit_assist(ctx, list(first.keys), recips, year_before(sent, s), topic(sent, e), ctx.mood(s, first))
