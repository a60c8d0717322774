"""Who holds a position: the holder events of a unit's sentences (see :mod:`.stance`).

A *holder event* is a group of actors that no preposition governs, followed within a few characters
(asides allowed: 在呈件中, 对这一概念) by a reporting verb or a stance predicate; also an actor a holder
opener or governor names (``According to X``, ``在 X 看来``), the speaker of a later subjectless clause
(``X 通过了一项决议，强调…``), a pronoun standing for a person named before (``她认为``), the members named
for an unnamed group (``一些国家…，如 A 和 B``), the one spoken for (``X 代表 Y 发言``) and a group that echoes the
holder before it (``…, as did B``); the one a reporting verb addresses (``informed the Office that``) is no holder. Word lists:
``data/patterns/{lang}/stances.json``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .clauses import Lexicon, Sentence
from .roles import organ_trimmed

__all__ = ["Holder", "holder_events", "says_also", "associates", "titled_actor"]

@dataclass(frozen=True)
class Holder:
    keys: tuple[str, ...]
    sentence: int  # index into the unit's sentences
    pos: int  # offset of the holder event
    submitters: tuple[str, ...] = ()  # holders whose views are submissions (States, NGOs, NHRIs)
    weak: bool = False  # an actor opening the sentence, with no verb of saying (_subject_holders)


def holder_events(sents: list[Sentence], lexicon: Lexicon, titled: str | None = None) -> list[Holder]:
    """The holder events of a unit; ``titled``: the actor the units before named last with a title (see
    :func:`titled_actor`), what a bare title opening a clause (``The Minister said``) stands for."""
    lx = lexicon.stances
    agents = lexicon.agents
    verbs = lx["reporting_verbs"]
    aside = re.compile(lx["aside"]) if lx.get("aside") else None
    out = []
    for si, sent in enumerate(sents):
        verb_at = None  # where the last holder's reporting verb of this sentence begins and ends
        for g in sent.groups:
            if g.governor is not None and not _headed(sent, g, lexicon) or not (g.kinds() & agents):
                continue  # (The joint reply of A and B rejected …: the reply's authors hold what it says)
            if _addressed(sent, g, lexicon):
                continue  # X informed the Office that …: the one told is no holder
            if verb_at is not None and (g.end <= verb_at[2] or (
                    g.start >= verb_at[1] and not lexicon.squeeze(sent.text[verb_at[1]:g.start]))):
                continue  # X 对…进入理事会决议表示关切: inside X's aside; X 欢迎 Y 加强…: the object of X's verb
            rest = sent.text[g.end:min(sent.end, g.end + lx["max_gap"] + lx.get("aside_length", 0) + 8)]
            rest = re.sub(r"\([^()]*\)", "", rest)
            rest = lexicon.squeeze(rest)
            whole = len(rest)
            if lx.get("organ_holders"):
                rest = organ_trimmed(g, rest, lexicon).lstrip()  # 南非国际关系与合作部在书面材料中表示: the State's organ speaks for it
            tail = lexicon.starts_with(rest, lx.get("holder_tails", ()))
            led = whole - len(rest) + len(tail or "")  # how much of the words after the holder continue it
            if tail:
                rest = rest[len(tail):].lstrip()  # X 政府在…中表示, X 代表…发言: words that continue the holder
                spoken_for = _spoken_for(sent, g, tail, lexicon)
                if spoken_for is not None:  # X 代表 Y 提交的答复指出: the verb after the one spoken for
                    rest = lexicon.squeeze(re.sub(r"\([^()]*\)", "", sent.text[spoken_for.end:min(
                        sent.end, spoken_for.end + lx["max_gap"] + lx.get("aside_length", 0) + 8)]))
            raw = rest
            if aside is not None:
                rest = aside.sub("", rest, count=1)  # X, in a contribution received late, criticized
                for _ in range(lx.get("asides", 1) - 1):  # 在联合发言中对…表示关切: a second aside
                    rest = aside.sub("", rest.lstrip(), count=1)
            if lx.get("apposition_holders") and rest.startswith(",") \
                    and sent.text[sent.start:g.head].rstrip().endswith(","):
                rest = rest[1:].lstrip()  # Its Chair, X, observed: the comma closes the apposition
            hits = [h for h in lexicon.find(rest, verbs) if h[0] <= lx["max_gap"]
                    and not lexicon.ends_with(rest[:h[0]].rstrip(), lx.get("noun_markers", ()))]
            if hits and lexicon.starts_with(rest[hits[0][1]:].lstrip(), lx.get("attributive_after", ())):
                continue  # 基金支持的项目: a verb that qualifies a noun reports no position
            if hits and lx.get("relative_gap") and re.search(lx["relative_gap"]["before"], lexicon.squeeze(
                    sent.text[sent.clause_start(g.start):g.start])) and re.match(lx["relative_gap"]["after"],
                                                                                 rest[hits[0][1]:]):
                continue  # the recommendations that X accepted during the review: the verb's object is the noun before
            if not hits and _relative_verb(raw, verbs, lexicon):
                # X, which regarded C as a useful guide, had trained …: the relative clause on X reports its position
                keys = tuple(dict.fromkeys(it.key for it in g.items if it.kind in agents))
                out.append(Holder(keys, si, g.start, tuple(dict.fromkeys(it.key for it in g.items
                                                                         if it.kind in lx["submitter_kinds"]))))
                continue
            if not hits and _later_predicate(sent, g, verbs, lexicon):
                # The High Commissioner is grateful to X for … and considers that …: its clause's second predicate
                keys = tuple(dict.fromkeys(it.key for it in g.items if it.kind in agents))
                out.append(Holder(keys, si, g.start, tuple(dict.fromkeys(it.key for it in g.items
                                                                         if it.kind in lx["submitter_kinds"]))))
                continue
            if hits and not any(c in rest[:hits[0][0]] for c in lexicon.clause_ends):
                g = _subject_of_coordinated(sent, g, rest[:hits[0][0]], lexicon)  # X thanked Y and considered …
                keys = tuple(it.key for it in g.items if it.kind in agents)
                subs = tuple(it.key for it in g.items if it.kind in lx["submitter_kinds"])
                # (C, and Togo also supported it: a concept and an actor coordinated; the actor begins the event)
                begin = next((it.start for it in g.items if it.kind in agents), g.start)
                out.append(Holder(tuple(dict.fromkeys(keys)), si, begin, tuple(dict.fromkeys(subs))))
                at = sent.text.find(hits[0][2], g.end, sent.end) if not lexicon.language.spaced else -1
                seg = sent.text[g.end:at + len(hits[0][2])] if at != -1 else ""
                past = led if aside is not None and not aside.match(seg) else 0  # X 常驻代表团在与 Y 的会晤中表示
                m = aside.match(seg[past:]) if aside is not None and at != -1 else None
                verb_at = (at, at + len(hits[0][2]), g.end + past + m.end() if m else -1) if at != -1 else None
        # According to X, …: the holder the opener governs (an apposition may follow: its Chair, Y,)
        for opener_at, oe, _w in lexicon.find(sent.text, lx.get("holder_openers", ()), sent.start, sent.end):
            g = next((g for g in sent.groups if oe <= g.start <= oe + lx.get("opener_gap", 40)
                      and g.kinds() & agents), None)
            if g is not None and not any(h.sentence == si and h.pos == g.start for h in out):
                keys = tuple(it.key for it in g.items if it.kind in agents)
                subs = tuple(it.key for it in g.items if it.kind in lx["submitter_kinds"])
                at = _embedded_at(sent, opener_at, g.start, si, out, lexicon)
                out.append(Holder(tuple(dict.fromkeys(keys)), si, at, tuple(dict.fromkeys(subs))))
        if not any(h.sentence == si for h in out):
            out += _clause_verb_holders(si, sent, lexicon)
        if not any(h.sentence == si for h in out):
            out += _subject_holders(si, sent, lexicon)
        for spec in lx.get("governed_holders", ()):  # 在 X 看来，…; In X's view, …
            for g in sent.groups:
                if g.governor in spec["governors"] and g.kinds() & agents \
                        and lexicon.starts_with(lexicon.squeeze(sent.text[g.end:g.end + 16]), spec["after"]) \
                        and not any(h.sentence == si and h.pos == g.start for h in out):
                    keys = tuple(dict.fromkeys(it.key for it in g.items if it.kind in agents))
                    subs = tuple(dict.fromkeys(it.key for it in g.items if it.kind in lx["submitter_kinds"]))
                    opener_at = max(sent.start, sent.text.rfind(g.governor, sent.start, g.head))
                    out.append(Holder(keys, si, _embedded_at(sent, opener_at, g.start, si, out, lexicon), subs))
        out += _passive_holders(si, sent, lexicon, [h for h in out if h.sentence == si])
        out += _example_holders(si, sent, lexicon, aside, [h for h in out if h.sentence == si])
        out += _echo_holders(si, sent, lexicon, [h for h in out if h.sentence == si])
        out += _pronoun_holders(si, sents, lexicon, titled)
    out = _speakers_set_off(sents, out, lexicon)
    out.sort(key=lambda h: (h.sentence, h.pos))
    return _joined(sents, _on_behalf(sents, out, lexicon), lexicon)


def _speakers_set_off(sents: list[Sentence], out: list[Holder], lexicon: Lexicon) -> list[Holder]:
    """``X, she said, supported C``; ``X, Y continued, had no quarrel with C``: a speaker set off by commas right after
    an actor (``parenthetical_speaker``, a regular expression of what follows the actor's name) reports the actor's view.
    The actor holds it, and the speaker is no holder of its own there."""
    rx = lexicon.stance_res("parenthetical_speaker")
    if not rx:
        return out
    lx = lexicon.stances
    for si, sent in enumerate(sents):
        for g in sent.groups:
            if g.governor is not None or not (g.kinds() & lexicon.agents):
                continue
            m = next((m for r in rx for m in [r.match(sent.text, g.end, sent.end)] if m), None)
            if m is None:
                continue
            speakers = [h for h in out if h.sentence == si and g.end <= h.pos < m.end()]
            if not speakers:
                continue
            out = [h for h in out if h not in speakers]
            if not any(h.sentence == si and h.pos == g.start for h in out):
                keys = tuple(dict.fromkeys(it.key for it in g.items if it.kind in lexicon.agents))
                subs = tuple(dict.fromkeys(it.key for it in g.items if it.kind in lx["submitter_kinds"]))
                out.append(Holder(keys, si, g.start, subs))
    return out


def _embedded_at(sent: Sentence, opener: int, pos: int, si: int, out: list[Holder], lexicon: Lexicon) -> int:
    """Where the view a holder opener or governor names begins: ``pos`` (its holder), or the sentence's start when the
    opener is an aside set off by a comma inside the clause it qualifies (``C was, in the view of X, unacceptable``;
    ``C，在 X 看来，…``) and no holder of the sentence comes before it (``parenthetical_openers``)."""
    if not lexicon.stances.get("parenthetical_openers"):
        return pos
    lead = sent.text[sent.start:opener].rstrip()
    if lead.rstrip("，,") != lead and lead.strip("，, ") and not any(h.sentence == si and h.pos < opener for h in out):
        return sent.start
    return pos


def _spoken_for(sent: Sentence, g, tail: str, lexicon: Lexicon):
    """The group right after ``g``'s tail when that tail is one of ``behalf_governors`` (``X 代表 Y``): the one ``g``
    speaks for, whose name stands between ``g`` and its verb; else None."""
    if tail not in lexicon.stances.get("behalf_governors", ()):
        return None
    return next((h for h in sent.groups if h.start > g.end and h.governor == tail and h.kinds() & lexicon.agents
                 and not lexicon.squeeze(sent.text[g.end:h.head]).replace(tail, "", 1).strip()), None)


def _relative_verb(rest: str, verbs, lexicon: Lexicon) -> bool:
    """``rest`` (what follows a group) opens a relative clause on it whose verb is a reporting verb or a stance
    predicate (``, which regarded …``), where the language says so (``relative_holders``), or one that says what the
    group holds whatever its verb (``, for which …``: ``relative_view_holders``)."""
    view = lexicon.stances.get("relative_view_holders")
    if view and re.match(view, rest):
        return True  # X, for which C remained the basis of …: the relative clause says what X holds
    rx = lexicon.stances.get("relative_holders")
    m = re.match(rx, rest) if rx else None
    return m is not None and bool(lexicon.starts_with(rest[m.end():], verbs))


def _later_predicate(sent, g, verbs, lexicon) -> bool:
    """``X is grateful to Y for its openness and considers that …``: ``g`` opens its clause (no other actor no marker
    governs before it there) and a reporting verb later in the clause follows a coordinator, with no actor no marker
    governs between them — the verb is ``g``'s second predicate, however long its first."""
    lo, hi = sent.clause_start(g.start), sent.clause_end(g.end)
    if g.governor is not None or any(lo <= h.start < g.start and h.governor is None and h.kinds() & lexicon.agents
                                     for h in sent.groups):
        return False
    for s, _e, _w in lexicon.find(sent.text, verbs, g.end, hi):
        if any(g.end <= h.start < s and h.governor is None and h.kinds() & lexicon.agents for h in sent.groups):
            return False
        before = lexicon.squeeze(sent.text[g.end:s]).rstrip().lower()
        if lexicon.ends_with(before, lexicon.get("coordinators", ())) and not before.endswith(", and"):
            return True
    return False


def _subject_of_coordinated(sent, g, gap: str, lexicon):
    """``X thanked Y for its work and considered that …``, ``X 感谢 Y 并认为…``: where the words between a group and the
    reporting verb end with a coordinator, and the group does not open its clause, the verb is the second predicate of
    the clause's subject — the first actor no marker governs in the clause — not of the group (the first verb's
    object)."""
    words = gap.strip().lower()
    if not lexicon.ends_with(words, lexicon.get("coordinators", ())) or words and words[0] in ",，":
        return g
    lo = sent.clause_start(g.start)
    first = next((h for h in sent.groups if lo <= h.start < g.start and h.governor is None
                  and h.kinds() & lexicon.agents), None)
    return first if first is not None else g


def _headed(sent: Sentence, g, lexicon: Lexicon) -> bool:
    """``g`` follows one of ``holder_heads`` (``the joint reply of``) that opens its clause: the group is the
    subject's authors."""
    heads = lexicon.stances.get("holder_heads", ())
    if not heads:
        return False
    lead = lexicon.squeeze(sent.text[sent.clause_start(g.start):g.head]).lower()
    return lead in heads


def _clause_verb_holders(si: int, sent: Sentence, lexicon: Lexicon) -> list[Holder]:
    """``X 通过了一项决议，强调…``: a later clause with no subject of its own that opens with a speech verb
    (``clause_verbs``, a contrast word and adverbs before it allowed: X 肯定了…，但未就 C 发表评论) is said by the
    subject of the sentence — the actor group
    that opens it, no preposition governing it. Read only in a sentence with no other holder."""
    words = lexicon.stances.get("clause_verbs", ())
    span = sent.text[sent.start:sent.end]
    if not words or not any(w in span for w in words):
        return []
    agents = lexicon.agents
    first = next((g for g in sent.groups if g.kinds() & agents), None)
    if first is None or first.governor is not None or lexicon.squeeze(sent.text[sent.start:first.start]):
        return []
    skip = tuple(lexicon.stances.get("adverbs", ()))
    contrast = tuple(lexicon.stances.get("contrast", ()))
    i = sent.clause_end(first.end)
    while i < sent.end:
        head = lexicon.squeeze(sent.text[i + 1:min(sent.end, i + 12)])
        w = lexicon.starts_with(head, contrast)  # …，但未就 C 发表评论
        head = head[len(w):].lstrip() if w else head
        w = lexicon.starts_with(head, skip)
        head = head[len(w):] if w else head
        if lexicon.starts_with(head, words):
            keys = tuple(dict.fromkeys(it.key for it in first.items if it.kind in agents))
            subs = tuple(dict.fromkeys(it.key for it in first.items if it.kind in lexicon.stances["submitter_kinds"]))
            return [Holder(keys, si, first.start, subs)]
        i = sent.clause_end(i + 1)
    return []


def _subject_holders(si: int, sent: Sentence, lexicon: Lexicon) -> list[Holder]:
    """``X was glad that C had been given prominence``, ``X thought C a sound principle``: in a sentence with no other
    holder, the actor that opens it (no preposition governing it) holds what it says of a concept named after it,
    whatever its verb, where the language says so (``subject_holders``). No cue need follow: the learned back-off
    (:mod:`.stance_model`) decides whether the clause gives a position at all."""
    if not lexicon.stances.get("subject_holders"):
        return []
    agents = lexicon.agents
    first = next((g for g in sent.groups if g.kinds() & agents or any(it.kind == "Concept" for it in g.items)), None)
    if first is None or not first.kinds() & agents or first.governor is not None \
            or lexicon.trim(lexicon.squeeze(sent.text[sent.start:first.start]).strip(), "determiners"):
        return []
    if not any(it.kind == "Concept" and it.start >= first.end for g in sent.groups for it in g.items):
        return []
    after = lexicon.squeeze(sent.text[first.end:min(sent.end, first.end + 40)])
    tail = lexicon.starts_with(after, lexicon.stances.get("holder_tails", ()))
    if not tail and any(rx.match(after) for rx in lexicon.stance_res("subject_not_before")):
        return []  # 咨询委员会收到的各国看法: the actor of an attribute, no subject (X 的呈件 is X's own words)
    keys = tuple(dict.fromkeys(it.key for it in first.items if it.kind in agents))
    subs = tuple(dict.fromkeys(it.key for it in first.items if it.kind in lexicon.stances["submitter_kinds"]))
    return [Holder(keys, si, first.start, subs, weak=True)]


def _on_behalf(sents: list[Sentence], events: list[Holder], lexicon: Lexicon) -> list[Holder]:
    """``Speaking on behalf of X, the representative of Y stated …``, ``Y, on behalf of X, stated``: the one
    spoken for (a group ``behalf_governors`` governs, or one ``behalf_leads`` stand right before: ``speaking also
    for X``, ``jointly with X``) holds what the nearest holder of its sentence says."""
    words = lexicon.stances.get("behalf_governors", ())
    leads = lexicon.stance_res("behalf_leads")
    if not words and not leads:
        return events
    agents = lexicon.agents
    out = list(events)
    for si, sent in enumerate(sents):
        for g in sent.groups:
            if not g.kinds() & agents:
                continue
            if g.governor not in words and not (leads and g.governor is not None and any(
                    rx.search(lexicon.squeeze(sent.text[max(sent.start, g.start - 80):g.start])) for rx in leads)):
                continue  # (speaking also for X, in a statement delivered jointly with X: X holds it too)
            near = [i for i, h in enumerate(out) if h.sentence == si and not set(h.keys) & set(g.keys)]
            if not near:
                continue
            i = min(near, key=lambda i: abs(out[i].pos - g.start))
            keys = tuple(dict.fromkeys(out[i].keys + tuple(it.key for it in g.items if it.kind in agents)))
            subs = tuple(dict.fromkeys(out[i].submitters + tuple(it.key for it in g.items
                                                                 if it.kind in lexicon.stances["submitter_kinds"])))
            out[i] = replace(out[i], keys=keys, submitters=subs)
    return out


def _opening_behalf(sent: Sentence, s: int, lexicon: Lexicon) -> tuple[str, ...]:
    """``Speaking for the Working Group, she said …``: the actors of the group an opening phrase of the sentence
    (``behalf_leads`` or a ``behalf_governors`` word before it, then a comma) says the pronoun at ``s`` spoke for."""
    lx = lexicon.stances
    leads = lexicon.stance_res("behalf_leads")
    g = next((g for g in reversed(sent.groups) if g.end <= s), None)
    if g is None or not g.kinds() & lexicon.agents or sent.text[g.end:s].strip() != ",":
        return ()
    before = lexicon.squeeze(sent.text[sent.start:g.start])
    if not (any(rx.search(before) for rx in leads) or lexicon.ends_with(before.rstrip(), lx.get("behalf_governors", ()))):
        return ()
    if any(h.end <= g.start for h in sent.groups if h.kinds() & lexicon.agents) or "," in before:
        return ()  # (only an opening phrase: the sentence's first actor, with nothing set off before it)
    return tuple(dict.fromkeys(it.key for it in g.items if it.kind in lexicon.agents))


def _pronoun_holders(si: int, sents: list[Sentence], lexicon: Lexicon, titled: str | None = None) -> list[Holder]:
    """``X 介绍了…。她认为，…``: a personal pronoun that opens a clause with nothing before it, followed
    by a reporting verb, holds for the last actor of its kinds (``pronoun_holders``: 他/她 stand for a
    person or a post) that an earlier clause of the unit has as its subject (no preposition governs it).
    A pronoun whose antecedent the unit does not name is no holder (the span before it goes on); one with a ``pick``
    (``the latter``: ``last``, ``the former``: ``first``) stands for one member of that actor's group."""
    lx = lexicon.stances
    sent = sents[si]
    out = []
    for spec in lx.get("pronoun_holders", ()):
        for m in re.finditer(spec["pattern"], sent.text[sent.start:sent.end]):
            s, e = sent.start + m.start(), sent.start + m.end()
            lead = lexicon.squeeze(sent.text[sent.clause_start(s):s]).strip().lower()
            if lead and not (spec.get("pick") and lead in lx.get("pick_connectives", ())):
                continue  # 但他告诫说: a clause with a word before the pronoun is no new holder (…, while the latter …: one is)
            if spec.get("verb", True):
                rest = lexicon.squeeze(sent.text[e:min(sent.end, e + lx["max_gap"] + lx.get("aside_length", 0) + 8)])
                if lx.get("aside"):  # She, for her part, considered …; 部长在闭幕发言中表示: an aside before the verb
                    rest = re.sub(lx["aside"], "", rest, count=1)
                hits = [h for h in lexicon.find(rest, lx["reporting_verbs"]) if h[0] <= lx["max_gap"]]
                if not hits or any(c in rest[:hits[0][0]] for c in lexicon.clause_ends):
                    continue
            # else an opener that names whose view follows: In his view, …
            spoken = _opening_behalf(sent, s, lexicon)
            if spoken:  # Speaking for the Subcommittee, he said …: the body the pronoun's speaker spoke for
                out.append(Holder(spoken, si, s, ()))
                continue
            kinds = set(spec["kinds"])
            sources = tuple(lx.get("source_leads", ()))  # According to X, …; in his view: X, named as a source
            earlier = [(sj, g) for sj in range(si + 1) for g in sents[sj].groups
                       if (g.governor is None or g.governor in sources)
                       and g.end <= s and g.kinds() & kinds and not _addressed(sents[sj], g, lexicon)]
            if not earlier and spec.get("titled"):
                # The Minister said …: the one named with a title before (in this unit: … was opened by the Minister
                # of X; else in the units before)
                named = titled_actor(sents[:si], lexicon) or titled
                if named:
                    out.append(Holder((named,), si, s, ()))
                continue
            if not earlier:
                continue
            # the subject of an earlier clause (nothing but determiners before it in its clause) before an object
            # (X said that it had hosted officials of Y. It stressed …: X)
            subjects = [(sj, g) for sj, g in earlier if not lexicon.trim(lexicon.squeeze(
                sents[sj].text[sents[sj].clause_start(g.start):g.start]), "determiners")]
            pool = subjects or earlier
            preferred = [x for x in pool if any(it.kind in spec.get("prefer", ()) for it in x[1].items)]
            if preferred:  # 她说，特别报告员已…。她认为: the panellist named before, not the post her words named
                pool, kinds = preferred, kinds & set(spec["prefer"])
            keys = tuple(dict.fromkeys(it.key for it in pool[-1][1].items if it.kind in kinds))
            if spec.get("pick") and keys:  # the latter, the former: one of the pair named before
                keys = keys[-1:] if spec["pick"] == "last" else keys[:1]
            elif keys:  # X made its submission on behalf of Y. It considered …: Y holds it too
                sj, ante = pool[-1]
                keys += tuple(dict.fromkeys(it.key for g in sents[sj].groups if g.start > ante.end
                                            and g.governor in lx.get("behalf_governors", ()) and g.kinds() & kinds
                                            for it in g.items if it.kind in kinds and it.key not in keys))
            out.append(Holder(keys, si, s, ()))
    return out


def _example_holders(si: int, sent: Sentence, lexicon: Lexicon, aside, found: list[Holder]) -> list[Holder]:
    """``一些国家表示支持，如 A 和 B``: an unnamed group of actors (``group_holders``) with a
    reporting verb, whose members the sentence names after a list marker (``example_markers``). With
    ``group_holders_end_reach``, a group whose members are not named is a holder of no one: what it says ends the
    reach of the holder before it (秘书长注意到…：一些国家欢迎这一提法 is no position of the Secretary-General's) — when it
    opens its clause (a contrast word or an adverb before it allowed: 可能成为一些国家拒绝…的借口 is no group speaking)."""
    lx = lexicon.stances
    agents = lexicon.agents
    out = []
    groups = lexicon.find(sent.text, lx.get("group_holders", ()), sent.start, sent.end)
    for n, (s, e, _w) in enumerate(groups):
        # the members of one group are named before the next group is (Several States supported C; others,
        # including A, opposed it: A is of the others)
        until = groups[n + 1][0] if n + 1 < len(groups) else sent.end
        rest = lexicon.squeeze(re.sub(r"\([^()]*\)", "", sent.text[e:min(sent.end, e + lx["max_gap"] + 8
                                                                         + lx.get("aside_length", 0))]))
        inner = _interposed_members(sent, e, lexicon)
        if inner is not None:  # 另一些国家，包括 A 和 B，则质疑…: the members named between the group and its verb
            if not any(set(h.keys) == set(inner.keys) for h in found + out):
                out.append(replace(inner, sentence=si))
            continue
        if aside is not None:
            rest = aside.sub("", rest, count=1)  # Several delegations, including A and B, welcomed …
        hits = [h for h in lexicon.find(rest, lx["reporting_verbs"]) if h[0] <= lx["max_gap"]]
        if not hits or any(c in rest[:hits[0][0]] for c in lexicon.clause_ends):
            continue
        before_members = len(out)
        for ms, me, _m in lexicon.find(sent.text, lx.get("example_markers", ()), e, until):
            before = lexicon.squeeze(sent.text[sent.start:ms]).rstrip()
            if before and before[-1] not in ",，(（:：;；" + "".join(lexicon.clause_ends):
                continue  # 向包括 A 和 B 在内的国家提供援助: a list inside a phrase, not the group's members
            g = next((g for g in sent.groups if g.start >= me), None)
            if g is None or not g.kinds() & agents or (
                    lexicon.trim(lexicon.squeeze(sent.text[me:g.head]), "determiners") not in ("", ":", "：")
                    and lexicon.trim(lexicon.squeeze(sent.text[me:g.start]), "determiners")
                    not in lx.get("example_heads", ())):
                continue  # (such as those of A and B: the words that name the members through them; the A)
            keys = tuple(dict.fromkeys(it.key for it in g.items if it.kind in agents))
            if any(set(h.keys) == set(keys) for h in found + out):
                break
            subs = tuple(dict.fromkeys(it.key for it in g.items if it.kind in lx["submitter_kinds"]))
            out.append(Holder(keys, si, s, subs))
            break
        lead = lexicon.squeeze(sent.text[sent.clause_start(s):s]).strip(" ,，").lower()
        opens = not lead or lead in lx.get("contrast", ()) or lead in lx.get("adverbs", ())
        if len(out) == before_members and lx.get("group_holders_end_reach") and opens \
                and not any(h.sentence == si and h.pos == s for h in found):
            out.append(Holder((), si, s))  # 一些国家欢迎…: a position of no one named, not the last holder's
    return out


def says_also(sent: Sentence, pos: int, lexicon: Lexicon) -> bool:
    """The holder at ``pos`` is followed, before its verb, by one of ``also_words`` (``约旦也表示支持``): what it
    says is about what the holder of the sentence before spoke of."""
    words = lexicon.stances.get("also_words", ())
    if not words:
        return False
    g = next((g for g in sent.groups if g.start == pos), None)
    rest = lexicon.squeeze(sent.text[g.end if g is not None else pos:sent.clause_end(pos)])
    return any(rest.startswith(w) or rest[:6].find(w) != -1 for w in words)


def associates(sent: Sentence, pos: int, lexicon: Lexicon, until_concept: bool = False) -> bool:
    """Whether the holder at ``pos`` only associates itself with what was said before (one of
    ``association_verbs`` follows it in its clause): ``The Netherlands and Switzerland associated
    themselves with that statement``. With ``until_concept``, only before the first concept its clause names (``Y 表示赞同，
    并补充说，发展权…``, ``Y endorsed that view and added that C …``: the association is said before the holder goes on
    to a concept of its own)."""
    words = lexicon.stances.get("association_verbs", ())
    if not words:
        return False
    end = max(sent.clause_end(pos), pos)
    if until_concept:  # (Y endorsed that view and added that C …: said before the concept of its own)
        end = min([it.start for g in sent.groups for it in g.items if it.kind == "Concept" and pos <= it.start < end]
                  + [end])
    plain = [w for w in words if not _is_regex(w)]
    if any(e <= end for _s, e, _w in lexicon.find(sent.text, plain, pos, end)):
        return True
    return any(rx.search(sent.text, pos, end) for rx in _association_res(lexicon))  # 赞同这一看法, 支持上述立场


def _is_regex(word: str) -> bool:
    return any(c in word for c in ".{}[]()*+?|")


def _association_res(lexicon: Lexicon) -> tuple[re.Pattern, ...]:
    """The ``association_verbs`` written as regular expressions (a verb and the position it takes up:
    ``(赞同|支持)(这一|上述)(看法|立场)``), compiled once per lexicon."""
    cached = lexicon.__dict__.get("_association_res")
    if cached is None:
        cached = tuple(re.compile(w) for w in lexicon.stances.get("association_verbs", ()) if _is_regex(w))
        lexicon.__dict__["_association_res"] = cached
    return cached


def _interposed_members(sent: Sentence, e: int, lexicon: Lexicon) -> Holder | None:
    """``另一些国家，包括 A 和 B，则质疑…``: an unnamed group (ending at ``e``) whose members are named in an
    aside right after it — one of ``example_markers`` (a comma before it allowed), then an actor group, then
    a comma — and a reporting verb after the aside (within ``max_gap``, no clause end between): the members
    hold the stance."""
    lx = lexicon.stances
    agents = lexicon.agents
    head = sent.text[e:min(sent.end, e + 6)]
    lead = len(head) - len(head.lstrip(" ,，、"))
    marker = lexicon.starts_with(head[lead:], lx.get("example_markers", ()))
    if not marker or not lead:
        return None  # no comma before the marker: 一些国家包括… is a list, not an aside
    me = e + lead + len(marker)
    g = next((g for g in sent.groups if g.start >= me), None)
    if g is None or lexicon.squeeze(sent.text[me:g.head]) not in ("", ":", "：") or not g.kinds() & agents \
            or g.governor is not None and g.start < me:
        return None
    rest = lexicon.squeeze(sent.text[g.end:min(sent.end, g.end + lx["max_gap"] + 4)])
    if not rest.startswith((",", "，")):
        return None
    rest = rest[1:].lstrip()
    hits = [h for h in lexicon.find(rest, lx["reporting_verbs"]) if h[0] <= lx["max_gap"]]
    if not hits or any(c in rest[:hits[0][0]] for c in lexicon.clause_ends):
        return None
    keys = tuple(dict.fromkeys(it.key for it in g.items if it.kind in agents))
    subs = tuple(dict.fromkeys(it.key for it in g.items if it.kind in lx["submitter_kinds"]))
    return Holder(keys, 0, g.start, subs)


def _addressed(sent: Sentence, g, lexicon: Lexicon) -> bool:
    """The group ``g`` is the one a reporting verb addresses (``addressee_verbs`` right before it, determiners
    between allowed): ``X informed the Office that …`` — the Office is told, it holds nothing."""
    words = lexicon.stances.get("addressee_verbs", ())
    if not words:
        return False
    head = lexicon.trim(lexicon.squeeze(sent.text[sent.clause_start(g.start):g.start]), "determiners")
    return bool(lexicon.ends_with(head, words))


def _echo_holders(si: int, sent: Sentence, lexicon: Lexicon, found: list[Holder]) -> list[Holder]:
    """``A welcomed C, as did B``: a group right after one of ``echo_markers`` (determiners between allowed) that
    ends its clause holds what the holder before it in the sentence said (``So did B.``: one of
    ``opening_echo_markers`` that opens the sentence, what the holder of the sentences before said); the event begins at the marker, which
    is also one of ``association_verbs`` (see :func:`associates`)."""
    agents = lexicon.agents
    out = []
    opening = lexicon.stances.get("opening_echo_markers", ())
    markers = lexicon.words_of("echo_markers", lambda: (*lexicon.stances.get("echo_markers", ()), *opening))
    for ms, me, w in lexicon.find(sent.text, markers, sent.start, sent.end):
        if w in opening:  # So did B. — the holder before it is the last of the sentences before
            if si == 0 or lexicon.squeeze(sent.text[sent.start:ms]).strip():
                continue
        elif not any(h.pos < ms for h in found):
            continue
        g = next((g for g in sent.groups if g.start >= me), None)
        if g is None or not g.kinds() & agents or lexicon.trim(lexicon.squeeze(sent.text[me:g.start]), "determiners") \
                or lexicon.squeeze(sent.text[g.end:sent.clause_end(g.end)]).strip(" .;,"):
            continue
        keys = tuple(dict.fromkeys(it.key for it in g.items if it.kind in agents))
        subs = tuple(dict.fromkeys(it.key for it in g.items if it.kind in lexicon.stances["submitter_kinds"]))
        out.append(Holder(keys, si, ms, subs))
    return out


def _joined(sents: list[Sentence], events: list[Holder], lexicon: Lexicon) -> list[Holder]:
    """``A, joined by B, welcomed C`` and ``Like A, B considered C useful``: a group in a comma-bounded aside right
    after the holder that opens with one of ``joined_holders.asides``, a group that opens the sentence after one of
    ``joined_holders.openers`` and a comma before the holder, or the object of one of ``joined_holders.verbs`` right
    after the holder followed by one of ``verb_links`` (``A joined B in welcoming C``), or a group one of
    ``conjunctions`` joins to the holder when one of ``conjunction_tails`` follows it (``A 与 B 在联合材料中反对 C``),
    holds what the holder says."""
    spec = lexicon.stances.get("joined_holders")
    if not spec:
        return events
    agents, sq = lexicon.agents, lexicon.squeeze
    out = list(events)
    for i, h in enumerate(out):
        sent = sents[h.sentence]
        own = next((g for g in sent.groups if g.start == h.pos), None)
        if own is None:
            continue
        for g in sent.groups:
            if g is own or not g.kinds() & agents:
                continue
            if g.start >= own.end:
                lead = sq(sent.text[own.end:g.start]).strip().lower()
                ok = lead.startswith(",") and lead[1:].strip() in spec.get("asides", ()) \
                    and sq(sent.text[g.end:sent.end]).startswith(",")
                ok = ok or lead in spec.get("verbs", ()) and lexicon.starts_with(  # A joined B in welcoming C
                    sq(sent.text[g.end:sent.end]).strip().lower(), spec.get("verb_links", ()))
                ok = ok or lead in spec.get("conjunctions", ()) and lexicon.starts_with(  # A 与 B 在联合材料中反对 C
                    sq(sent.text[g.end:sent.end]).strip(), spec.get("conjunction_tails", ()))
            else:
                ok = g.end <= own.start and sq(sent.text[sent.start:g.start]).strip().lower() in spec.get("openers", ()) \
                    and sq(sent.text[g.end:own.start]).strip() == ","
            if ok:
                keys = tuple(dict.fromkeys(out[i].keys + tuple(it.key for it in g.items if it.kind in agents)))
                subs = tuple(dict.fromkeys(out[i].submitters + tuple(
                    it.key for it in g.items if it.kind in lexicon.stances["submitter_kinds"])))
                out[i] = replace(out[i], keys=keys, submitters=subs)
    return out


def _passive_holders(si: int, sent: Sentence, lexicon: Lexicon, found: list[Holder]) -> list[Holder]:
    """``Support for C was expressed by A and B``: the agent of a passive reporting verb (``passive_holders``, a
    regular expression of what stands right before the group) holds what the sentence says before it; the event
    begins where the sentence does, or where the clause does after another holder's (X welcomed C, and concerns
    about it were raised by Y). ``fronted_holders``: the same for the subject after a fronted negation (At no point
    did X question C), whose clause the cues read from the sentence's start."""
    rxs = [rx for rx in (lexicon.stances.get("passive_holders"), lexicon.stances.get("fronted_holders")) if rx]
    if not rxs:
        return []
    agents = lexicon.agents
    for g in sent.groups:
        if g.kinds() & agents and any(re.search(rx, sent.text[sent.start:g.start]) for rx in rxs):
            before = [h.pos for h in found if h.pos <= g.start]
            pos = sent.clause_start(g.start) if before else sent.start
            if before and pos <= max(before):
                continue
            keys = tuple(dict.fromkeys(it.key for it in g.items if it.kind in agents))
            subs = tuple(dict.fromkeys(it.key for it in g.items if it.kind in lexicon.stances["submitter_kinds"]))
            return [Holder(keys, si, pos, subs)]
    return []


def titled_actor(sents: list[Sentence], lexicon: Lexicon) -> str | None:
    """``the Minister of Justice of X``: the last actor of the unit that a title names (``title_actors``: ``titles``, a
    regular expression of the words right before the group, and the ``kinds`` it may be), else ``None``."""
    spec = lexicon.stances.get("title_actors")
    if not spec:
        return None
    rx = lexicon.__dict__.get("_title_actors")
    if rx is None:
        rx = lexicon.__dict__["_title_actors"] = re.compile(spec["titles"])
    kinds = set(spec["kinds"])
    found = None
    for sent in sents:
        for g in sent.groups:
            if g.kinds() & kinds and rx.search(lexicon.squeeze(sent.text[sent.clause_start(g.head):g.start])):
                found = next(it.key for it in g.items if it.kind in kinds)
    return found
