"""The relation patterns, one function per family, over :mod:`.clauses`.

Every pattern reads one sentence; the words it looks for come from the
language's ``relations.json`` (``data/patterns/{lang}/``). The mechanisms are
the same in every language; where word order differs, the word lists say which
form a language uses (a marker before the group, ``向 X 提供``, or after the
noun, ``provided assistance to X``). The shared machinery:

* :func:`subject_before` — who does what a verb at ``pos`` says: the nearest
  group before it that no preposition governs, within the scope opened by the
  last embedding verb (``请 A 协助 B``, ``requested A to assist B``: A assists
  B); ``X 在(其)该决议中 …`` / ``In its resolution N, X …`` makes the resolution
  the subject; a sentence that opens with a pronoun (它, 他们, 该…, it, they)
  carries the previous sentence's subject over, and a personal pronoun standing
  after the last candidate (``X informed Y that it …``) is the sentence's subject;
* :func:`object_after` — the group right after a verb (``协助 A 和 B``,
  ``assisted the Ministry of Justice of X``);
* a *locative* recipient — ``在柬埔寨，人权高专办协助政府…``, ``In Cambodia, OHCHR
  assisted the Government`` — stands in when the verb's object is the
  Government or unnamed.

Families here: adoptedBy, cites, requests, establishes (+ years); partnersWith,
submittedInputTo, fundedBy, administeredBy, memberOf and renamedTo are in
:mod:`.links`, assistance in :mod:`.assistance` and :mod:`.activities`,
contributions in :mod:`.contributions`, stances in :mod:`.stance`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import UNIT, Assistance, Contribution, Dated, Relation
from .clauses import Group, Lexicon, Sentence, find_words
from .modality import REPORTED, modality_at

__all__ = ["SentenceContext", "extract_sentence", "find_words", "parse_amount", "subject_before",
           "object_after", "sentence_subject", "years", "cites"]


@dataclass
class SentenceContext:
    """What the patterns need besides the sentence itself."""

    sentence: Sentence
    unit: str
    number: int
    prev_subject: Group | None
    body_for_symbol: object  # callable(symbol) -> body key | None
    relations: list[Relation] = field(default_factory=list)
    funders: list[str] = field(default_factory=list)  # who funded what the sentence reports (with funding from X)
    assistances: list[Assistance] = field(default_factory=list)
    contributions: list[Contribution] = field(default_factory=list)
    dates: list[Dated] = field(default_factory=list)
    earlier: list[Relation] = field(default_factory=list)  # what the unit's sentences before this one stated
    passage_states: tuple[str, ...] = ()  # the States the unit named in its sentences before this one
    money: dict = field(default_factory=dict)  # recipient and year of the money the unit reported as received

    @property
    def quote(self) -> str:
        return self.sentence.quote

    @property
    def lx(self) -> Lexicon:
        return self.sentence.lx

    def add(self, s: str, p: str, o: str, year: str | None = None,
            mood: tuple[str, str | None] = (REPORTED, None), via: str | None = None) -> None:
        if s != o:
            self.relations.append(Relation(s, p, o, self.unit, self.number, self.quote, year, *mood, via=via))

    def mood(self, pos: int, subject: Group | None = None, ignore: frozenset[str] = frozenset()
             ) -> tuple[str, str | None]:
        """(modality, requester key) of a fact whose predicate starts at ``pos``."""
        modality, asker = modality_at(self.sentence, pos, subject, self.prev_subject)
        if modality in ignore:
            return REPORTED, None
        return modality, (asker.keys[0] if asker is not None and modality != REPORTED else None)

    def date(self, key: str, year: str | None) -> None:
        if year:
            self.dates.append(Dated(key, year, self.unit, self.number, self.quote))


# -- shared helpers ---------------------------------------------------------------------------

def _followed_by(sent: Sentence, pos: int, words) -> str | None:
    """The longest of ``words`` the text after ``pos`` begins with (white space squeezed)."""
    lx = sent.lx
    return lx.starts_with(lx.squeeze(sent.text[pos:pos + 64]), words)


def _is_modifier(sent: Sentence, g: Group) -> bool:
    """``开发署的政策``, ``欧洲联盟成员国``, ``UNDP's policy``, ``the OHCHR country office``: the
    group qualifies a noun."""
    lx = sent.lx
    return bool(_followed_by(sent, g.end, lx["modifier_words"] + lx["member_words"] + lx.get("attributive_nouns", [])))


def _verb_ok(text: str, hit, lx: Lexicon) -> bool:
    """A verb standing as a verb: ``请`` not in 请求/申请, ``要求`` not the noun ``的要求``,
    ``request`` not in ``the request`` (the language's ``guards``)."""
    return not lx.guarded(text, hit)


def _scope_start(sent: Sentence, pos: int) -> tuple[int, bool]:
    lx = sent.lx
    hits = [h for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, pos) if _verb_ok(sent.text, h, lx)]
    if not hits:
        return sent.start, False
    return hits[-1][1], True


def _strip_adverbs(text: str, lx: Lexicon) -> str:
    """``text`` without spaces, adverbs (还, 也, 并, also …) and bracketed asides."""
    return lx.res["adverbs"].sub("", re.sub(r"\([^()]*\)", "", text))


def _head(sent: Sentence, lo: int, hi: int) -> str:
    """The words from ``lo`` to ``hi`` without an opener (此外, Moreover) or an enumeration mark ((a))."""
    lx = sent.lx
    head = lx.squeeze(sent.text[lo:hi])
    if "enumerator" in lx.res:
        head = lx.res["enumerator"].sub("", head)
    return lx.res["opener"].sub("", head).strip()


def _pronoun_start(sent: Sentence, pos: int) -> bool:
    """The sentence opens with a pronoun or has no subject of its own before ``pos``."""
    lx = sent.lx
    head = _head(sent, sent.start, pos)
    if len(head) <= lx.get("subjectless_head", 2):
        return True
    m = lx.res["pronoun"].match(head)
    # 该培训由…供资: the pronoun stands for a thing (``thing_heads``), not for the previous actor
    return bool(m) and not lx.starts_with(head[m.end():].lstrip(), lx.get("thing_heads", ()))


def _pronoun_after(sent: Sentence, lo: int, hi: int) -> bool:
    """A personal pronoun (它, it, they) stands as a subject between ``lo`` and ``hi``."""
    return bool(sent.lx.res["personal"].search(sent.text, lo, hi))


def _nominal_subject(sent: Sentence, pos: int, kinds, exclude) -> Group | None:
    """``the decision of X to request``, ``X's intention to establish``: the group a noun of intent
    (``nominal_subject`` ``nouns``) names as its owner right before ``to`` and the verb at ``pos``."""
    lx = sent.lx
    ns = lx.get("nominal_subject")
    if not ns:
        return None
    before = [g for g in sent.groups if g.end <= pos]
    if not before:
        return None
    g = before[-1]
    if not g.kinds() & kinds or set(g.keys) <= exclude:
        return None
    gap = lx.squeeze(sent.text[g.end:pos])
    to = lx.ends_with(gap, ns["before_verb"])
    if not to:
        return None
    gap = gap[:-len(to)].rstrip()
    if gap:  # X's decision to
        owner = lx.starts_with(gap, lx["modifier_words"])
        return g if owner and lx.trim(gap[len(owner):].strip(), "determiners") in ns["nouns"] else None
    if g.governor not in ns["owner_markers"]:
        return None
    lead = lx.squeeze(sent.text[max(sent.start, g.head - 40):g.head])
    lead = lead[:-len(g.governor)].rstrip() if lead.endswith(g.governor) else lead
    return g if lx.ends_with(lead, ns["nouns"]) else None


def _pronoun_subject_before(sent: Sentence, lo: int, g: Group, cands: list[Group], kinds, prev, exclude
                            ) -> Group | None:
    """``X reported that it had trained experts from Y``: a personal pronoun between the candidate before ``g``
    (or the scope start ``lo``) and ``g``, with a word other than a coordinator between the pronoun and ``g``,
    is the clause's subject and ``g`` its verb's object: the pronoun's antecedent, the subject before it."""
    lx = sent.lx
    before = [h for h in cands if h.end <= g.start and h is not g]
    a = max([lo] + [h.end for h in before])
    m = None
    for m in lx.res["personal"].finditer(sent.text, a, g.start):
        pass
    if m is None:
        return None
    gap = lx.squeeze(lx.res["adverbs"].sub(" ", sent.text[m.end():g.start]))
    if not gap or lx.starts_with(gap, lx["coordinators"]) or gap in lx.get("list_separators", ()) \
            or any(c in gap for c in lx.clause_ends):
        return None
    ante = [h for h in sent.groups if h.end <= m.start() and _free(sent, h) and h.kinds() & kinds
            and not set(h.keys) <= exclude]
    if not ante or set(ante[-1].keys) & set(g.keys):
        return None
    return ante[-1]


def _free(sent: Sentence, g: Group) -> bool:
    if g.governor is not None:
        return False
    lx = sent.lx
    agents = lx.get("attributive_subjects")
    att = _followed_by(sent, g.end, agents) if agents else None
    if att and len(_followed_by(sent, g.end, lx["member_words"]) or "") <= len(att):
        # the OHCHR regional office (unnamed) trained …: its office, adviser or team acts for OHCHR;
        # 董事会成员 (the Board's members) act for the Board, 欧洲联盟成员国 (member States) do not
        return True
    return not _is_modifier(sent, g)


def subject_before(sent: Sentence, pos: int, kinds: set[str], prev: Group | None = None,
                   exclude: set[str] = frozenset(), allow_resolution_frame: bool = True) -> Group | None:
    """The subject of a verb at ``pos`` (see module docstring)."""
    lx = sent.lx
    nominal = _nominal_subject(sent, pos, kinds, exclude)
    if nominal is not None:
        return nominal  # welcomes the decision of X to request …: X asks
    head = _strip_adverbs(sent.text[sent.clause_start(pos):pos], lx)
    window = max([2] + [len(w) for w in lx["embedding_verbs"]])
    if head == "" and pos > sent.start and lx.get("repeated_verb_subject", True) \
            and lx.find(sent.text, lx["embedding_verbs"], pos, pos + window):
        # 它们要求 A…，要求 B…: a repeated verb keeps the first one's subject
        earlier = [h for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, sent.clause_start(pos))
                   if _verb_ok(sent.text, h, lx)]
        if earlier:
            return subject_before(sent, earlier[0][0], kinds, prev, exclude, allow_resolution_frame)
    if lx.get("coordinated_verb_subject") and _coordinated_verb(sent, pos):
        # X calls upon A to … and recommends that …: the second verb is X's too
        earlier = [h for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, pos) if _verb_ok(sent.text, h, lx)]
        if earlier:
            return subject_before(sent, earlier[0][0], kinds, prev, exclude, allow_resolution_frame)
    lo, embedded = _scope_start(sent, pos)
    groups = [g for g in sent.groups if lo <= g.start and g.end <= pos]
    if lx.get("enumerated_subject") and "enumerator" in lx.res:
        # 建议 X：(a) …；(b) 与 Y 合作…: every item of the list has the subject before the colon
        cs = sent.clause_start(pos)
        own = [g for g in groups if g.start >= cs and _free(sent, g)]
        if not own and lx.res["enumerator"].match(lx.squeeze(sent.text[cs:pos])):
            colon = max(sent.text.rfind(c, lo, cs) for c in ":：")
            if colon != -1:
                groups = [g for g in groups if g.end <= colon]
    if allow_resolution_frame and "Resolution" in kinds:
        framed = [g for g in groups if g.in_resolution]
        if framed:
            return framed[-1]
    cands = [g for g in groups if _free(sent, g) and not set(g.keys) <= exclude and not _in_aside(sent, g, pos)]
    if cands:
        g = cands[-1]
        if lx.get("clause_subjects") and g.start < sent.clause_start(pos):
            # X 协助 Y 起草…，并培训了…: a clause with no subject of its own has the subject of the
            # clause before that opens with one, not the object of that clause's verb
            opener = _clause_opening_subject(sent, lo, pos, exclude, kinds)
            if opener is not None and opener in cands:
                g = opener
        if lx.get("coordinated_predicates") and len(cands) > 1:
            # OHCHR supported X and plans to …: X is the first verb's object; the second verb is OHCHR's
            h = _coordinated_predicate(sent, cands, g, pos)
            if h is not None:
                g = h
        if not g.kinds() & kinds and g.kinds() <= set(lx.get("thing_kinds", ())):
            # X 就《公约》向 Y 提供了咨询意见: a treaty or concept the clause speaks of is no subject; the
            # actor before it in the clause is
            cs = sent.clause_start(pos)
            actor = next((c for c in reversed(cands[:-1]) if c.start >= cs and c.kinds() & kinds), None)
            if actor is not None:
                g = actor
        if lx.get("pronoun_subjects") and g.kinds() & kinds:
            ante = _pronoun_subject_before(sent, lo, g, cands, kinds, prev, exclude)
            if ante is not None:
                return ante  # X reported that it had trained experts from Y: Y is the object, "it" (X) the subject
        if lx.get("pronoun_subjects") and _pronoun_after(sent, g.end, pos):
            # X informed Y that it …: the pronoun is the sentence's subject, not Y
            first = _first_free(sent)
            if first is not None and first is not g and not set(first.keys) <= exclude:
                g = first
        return g if g.kinds() & kinds else None
    if embedded or not _pronoun_start(sent, pos):
        return None
    if prev is not None and prev.kinds() & kinds and not set(prev.keys) <= exclude:
        return prev
    return None


def _coordinated_predicate(sent: Sentence, cands: list[Group], g: Group, pos: int) -> Group | None:
    """The subject of a verb at ``pos`` coordinated (``and``) right after the object ``g`` of an earlier verb
    in the same clause: the free group before ``g`` that a word other than a coordinator separates from it."""
    lx = sent.lx
    gap = lx.squeeze(lx.res["adverbs"].sub(" ", sent.text[g.end:pos]))
    conj = lx.starts_with(gap, lx["coordinators"])
    if not conj or sent.clause_start(pos) > g.start:
        return None
    rest = gap[len(conj):].strip()
    if lx.starts_with(rest, lx.get("determiners", ())) or any(g.end <= h.start < pos for h in sent.groups):
        return None  # … and the Ministry: a list, not a second verb
    lo = sent.clause_start(g.start)
    before = [h for h in cands if h is not g and h.end <= g.start and h.start >= lo]
    if not before:
        return None
    h = before[-1]
    between = lx.squeeze(sent.text[h.end:g.head])
    return h if between and not lx.starts_with(between, lx["coordinators"]) and between not in lx.get(
        "list_separators", ()) else None


def _asides(sent: Sentence) -> list[tuple[int, int]]:
    """The comma-bounded relative clauses of the sentence (``F, for which the Board also acts, helped
    …``), where the language gives its ``relative_aside`` regular expression: ``(start, end)`` each."""
    cached = sent.__dict__.get("_asides_cache")
    if cached is None:
        rx = sent.lx.res.get("relative_aside")
        cached = [m.span() for m in rx.finditer(sent.text, sent.start, sent.end)] if rx is not None else []
        sent.__dict__["_asides_cache"] = cached
    return cached


def _in_aside(sent: Sentence, g: Group, pos: int) -> bool:
    """``g`` stands inside a relative clause that closes before ``pos``: no subject of a verb there."""
    return any(a <= g.start and g.end <= b <= pos for a, b in _asides(sent))


def _clause_opening_subject(sent: Sentence, lo: int, pos: int, exclude, kinds: set[str]) -> Group | None:
    """The nearest free group before ``pos`` (from ``lo``) that opens its clause: nothing before it
    in the clause but a year, a time word or an adverb (``clause_lead`` characters at most)."""
    lx = sent.lx
    i = sent.clause_start(pos)
    while i > lo:
        cs = max(lo, sent.clause_start(i - 1))  # an embedding verb opens its object's clause (请 X …)
        inside = [g for g in sent.groups if cs <= g.start and g.end <= i - 1]
        if inside:
            g = inside[0]
            head = _strip_adverbs(sent.text[cs:g.head], lx)
            head = lx.res["year"].sub("", head) if "year" in lx.res else head
            head = lx.res["opener"].sub("", head)
            if _free(sent, g) and g.kinds() & kinds and not set(g.keys) <= exclude \
                    and len(head) <= lx.get("clause_lead", 0) and not lx.ends_with(head, lx.get("clause_lead_verbs", ())):
                return g  # (协助莱索托…: after a verb, the group is that verb's object, not the clause's subject)
        i = cs
    return None


def _coordinated_verb(sent: Sentence, pos: int) -> bool:
    """An embedding verb at ``pos`` joined by a coordinator to what came before (``… and recommends``)."""
    lx = sent.lx
    window = max([2] + [len(w) for w in lx["embedding_verbs"]])
    if not [h for h in lx.find(sent.text, lx["embedding_verbs"], pos, pos + window) if h[0] == pos]:
        return False
    before = _strip_adverbs(sent.text[max(sent.start, pos - 24):pos], lx) if not lx.language.spaced else \
        lx.squeeze(lx.res["adverbs"].sub(" ", sent.text[max(sent.start, pos - 24):pos]))
    return bool(lx.ends_with(before, lx["coordinators"]))


def _first_free(sent: Sentence) -> Group | None:
    free = [g for g in sent.groups if _free(sent, g)]
    return free[0] if free else None


def sentence_subject(sent: Sentence, prev: Group | None) -> Group | None:
    """What the sentence is about: a speaking resolution, else its first free group."""
    lx = sent.lx
    free = [g for g in sent.groups if _free(sent, g)]
    for g in sent.groups:
        if g.in_resolution and not (free and free[0].end <= g.start and lx.find(sent.text, lx["by_agent_words"], free[0].end, g.start)
                                    if lx.get("by_agent_words") else False):
            return g  # (the Fund was established by the Council in its resolution N: the Fund)
    if free:
        lead = sent.text[sent.clause_start(free[0].start):free[0].start]
        verbs = [h for h in lx.find(lead, lx["embedding_verbs"]) if _verb_ok(lead, h, lx)]
        if not verbs and not lx.res["personal"].search(lead):
            return free[0]
    return prev if _pronoun_start(sent, sent.end) else None


def object_after(sent: Sentence, pos: int, kinds: set[str], max_gap: int = 2,
                 allow: tuple[str, ...] | None = None, across_colon: bool = False) -> Group | None:
    """The group right after ``pos`` (a gap of at most ``max_gap`` characters, determiners
    and a phrase naming the group through it — ``the Government of`` — not counted)."""
    lx = sent.lx
    allow = lx.get("object_fillers", ()) if allow is None else allow
    clause_end = sent.clause_end(pos)
    if across_colon and sent.text[clause_end:clause_end + 1] == ":":
        clause_end = sent.clause_end(clause_end + 1)
    for g in sent.groups:
        if g.start < pos:
            continue
        if g.start > clause_end:
            return None
        gap = lx.trim(lx.squeeze(sent.text[pos:max(pos, g.head)]), "determiners")
        ok = len(gap) <= max_gap or gap in allow or lx.ends_with(gap, lx.get("object_list_markers", ()))
        if not ok:
            return None
        if g.kinds() & kinds and not _followed_by(sent, g.end, lx["member_words"] + lx.get("attributive_nouns", [])):
            return g
        return None
    return None


def _locative(sent: Sentence, pos: int) -> Group | None:
    """``在柬埔寨，…``, ``In Cambodia, …``: the State a sentence is set in, before ``pos``."""
    for g in reversed(sent.before(pos)):
        if g.governor in sent.lx["locative_markers"] and "State" in g.kinds():
            return g
    return None


def skip_aside(sent: Sentence, e: int) -> int:
    """Where the object of a verb ending at ``e`` starts when a comma-bounded aside opens right after
    the verb (``funded, through the Centre in Doha, training courses``): after the aside, where the
    language gives its ``verb_aside`` regular expression; else ``e``."""
    rx = sent.lx.res.get("verb_aside")
    if rx is None:
        return e
    m = rx.match(sent.text, e, sent.end)
    return m.end() if m else e


def located_after(sent: Sentence, g: Group) -> list[str]:
    """The States of a locative group right after ``g`` (``the country teams in A and B``, ``the
    office in C``): where the recipient ``g`` works, recipients too (where the language lists
    ``located_recipients``)."""
    lx = sent.lx
    if not lx.get("located_recipients"):
        return []
    for h in sent.after(g.end):
        gap = lx.trim(lx.squeeze(sent.text[g.end:h.head]), "determiners")
        if h.governor in lx["locative_markers"] and gap == h.governor:
            return _members(h, {"State"})
        return []
    return []


def stationed_in(sent: Sentence, g: Group) -> list[str]:
    """The States a stationed phrase in ``g``'s own words names (``联合国驻 A 和 B 的国家工作队``): where
    the recipient ``g`` works, recipients too (where the language lists ``stationed_recipients``)."""
    if not sent.lx.get("stationed_recipients") or g.lead is None:
        return []
    return [q.key for q in sent.qualifiers if q.kind == "State" and g.head <= q.start and q.end <= g.start
            and q.key not in g.keys]


def _nearest_state(sent: Sentence, pos: int, exclude: set[str] = frozenset()) -> Group | None:
    for g in reversed(sent.before(pos)):
        if "State" in g.kinds() and not set(g.keys) <= exclude:
            return g
    return None


def _state_pronoun(sent: Sentence, pos: int) -> Group | None:
    """``其``, ``该国``, ``its``, ``their`` right at ``pos``: the nearest State before it."""
    lx = sent.lx
    rest = lx.squeeze(sent.text[pos:pos + 40])
    rest = rest[len(lx.starts_with(rest, lx.get("after_verb_fillers", ())) or ""):].lstrip()
    if lx.starts_with(rest, lx.get("state_pronouns", ())):
        return _nearest_state(sent, pos)
    return None


def years(sent: Sentence, lo: int | None = None, hi: int | None = None) -> list[tuple[int, str]]:
    """``(offset, year)`` of the years written in the sentence (not ``2009 年推出的 X``)."""
    lo = sent.start if lo is None else lo
    hi = sent.end if hi is None else hi
    rel = sent.lx["year_relative"]
    out = []
    for m in sent.lx.res["year"].finditer(sent.text, lo, hi):
        if rel and _followed_by(sent, m.end(), rel):
            continue
        out.append((m.start(), m.group(1)))
    return out


def _year_before(sent: Sentence, pos: int) -> str | None:
    ys = years(sent, sent.start, pos)
    return ys[-1][1] if ys else None


def _members(g: Group, kinds: set[str]) -> list[str]:
    return [i.key for i in g.items if i.kind in kinds]


def _phrase_before(sent: Sentence, g: Group, phrases) -> str | None:
    """One of ``phrases`` ends right before the group's words (``at the request of`` X)."""
    if not phrases:
        return None
    lx = sent.lx
    return lx.ends_with(lx.trim(lx.squeeze(sent.text[sent.clause_start(g.head):g.head]), "determiners"), phrases)


def _clause_between(sent: Sentence, a: int, b: int) -> bool:
    return any(c in sent.text[a:b] for c in sent.lx.clause_ends)


# -- families -------------------------------------------------------------------------------

def adopted_by(ctx: SentenceContext) -> None:
    """``人权理事会第 37/23 号决议`` → the resolution adoptedBy the Human Rights Council.

    The body comes from the resolution's UN symbol series, which the recogniser
    resolved from the words before the number (or the body in context).
    """
    for g in ctx.sentence.groups:
        for it in g.items:
            if it.kind == "Resolution" and it.via != "backref":
                body = ctx.body_for_symbol(it.key.split("/", 1)[1])
                if body:
                    ctx.add(it.key, "adoptedBy", body)


def requests(ctx: SentenceContext) -> None:
    """``X 请 Y …``, ``X 在该决议中要求 Y``, ``X requested Y to``; ``应 Y 的请求`` /
    ``at the request of Y`` → Y requests the actor."""
    sent = ctx.sentence
    lx = sent.lx
    rq = lx["requests"]
    agents = lx.agents
    kinds = agents | {"Resolution"}
    for hit in lx.find(sent.text, rq["verbs"], sent.start, sent.end):
        if not _verb_ok(sent.text, hit, lx):
            continue
        subj = subject_before(sent, hit[0], kinds, ctx.prev_subject)
        if subj is not None and subj.end < hit[0] and lx.ends_with(
                _strip_adverbs(sent.text[max(subj.end, sent.clause_start(hit[0])):hit[0]], lx), rq.get("unnamed_askers", ())):
            continue  # 已有 60 多个国家请人权高专办…: the askers are unnamed, not the actor named before
        obj = object_after(sent, hit[1], agents, max_gap=rq.get("max_gap", 1))
        pron = _followed_by(sent, hit[1], rq.get("object_pronouns", {}))
        visit = _followed_by(sent, hit[1], rq.get("to_visit", ()))
        if subj and obj is None and visit:
            # X requested to visit Y, has asked to visit Y: a mechanism's request to visit a country is
            # made to the country
            m = re.compile(r"\s+".join(map(re.escape, visit.split()))).search(sent.text, hit[1])
            obj = object_after(sent, m.end(), {"State"}, max_gap=1) if m else None
        if subj and obj is None and pron:
            # invited the High Commissioner to …, and requested him to report: the post named before
            want = set(rq["object_pronouns"][pron])
            obj = next((g for g in reversed(sent.before(hit[0])) if g is not subj and g.kinds() & want
                        and not set(g.keys) & set(subj.keys)), None)
        if subj and obj:
            mood = ctx.mood(hit[0], subj)
            if lx.get("coordinated_verb_subject") and _coordinated_verb(sent, hit[0]):
                # invited A to …, and requested B to …: the second request is as much made as the first verb
                earlier = [h for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, hit[0])
                           if _verb_ok(sent.text, h, lx)]
                if earlier:
                    mood = ctx.mood(earlier[0][0], subj)
            for s in subj.keys:
                for o in _members(obj, agents):
                    ctx.add(s, "requests", o, mood=mood)
    for g in sent.groups:
        if _asked_by(sent, g):
            pass  # 应 Y 的请求, 应 Y 政府的请求
        elif not _phrase_before(sent, g, rq.get("on_request_before")):  # at the request of Y
            continue
        actor = subject_before(sent, g.start, agents, ctx.prev_subject)
        if actor is None:  # 根据大会的要求，人权高专办…: the actor follows
            after = [h for h in sent.after(g.end) if h.governor is None and h.kinds() & agents]
            actor = after[0] if after else None
        if actor:
            for s in _members(g, agents):
                for o in actor.keys:
                    ctx.add(s, "requests", o)
    _request_taken(ctx)
    # 应政府的要求 in a sentence set in a State
    for s, e, _w in lx.find(sent.text, rq["by_government"], sent.start, sent.end):
        loc = _locative(sent, s)
        actor = subject_before(sent, s, agents, ctx.prev_subject)
        if loc and actor:
            for o in actor.keys:
                ctx.add(loc.keys[0], "requests", o)


def _request_taken(ctx: SentenceContext) -> None:
    """``The Government has not accepted the request of X to visit``, ``by accepting its request``,
    ``accepted X's request``, ``OHCHR received a request from X``: a request noun that a verb takes
    (``requests`` ``taken_by``: accepted, declined, received …) was made by its owner (``of X``, ``from
    X``, ``X's``, ``its``: the nearest group before the verb that is not the taker) of the verb's subject —
    a Reported request, whatever became of it."""
    sent = ctx.sentence
    lx = sent.lx
    rq = lx["requests"]
    verbs = rq.get("taken_by", ())
    if not verbs:
        return
    agents = lx.agents
    text = sent.text
    nouns = rq.get("taken_nouns", ())
    for vs, ve, _w in lx.find(text, verbs, sent.start, sent.end):
        rest = lx.squeeze(text[ve:ve + 40])
        det = lx.starts_with(rest, rq.get("taken_determiners", ())) or ""
        rest = rest[len(det):].lstrip()
        owner = None
        first = next((g for g in sent.after(ve) if g.start <= sent.clause_end(ve)), None)
        if first is not None and not lx.trim(lx.squeeze(text[ve:first.head]), "determiners") \
                and lx.starts_with(lx.squeeze(text[first.end:first.end + 24]), [f"{m} {n}" for m in lx["modifier_words"]
                                                                                for n in nouns] + [f"{m}{n}" for m in lx["modifier_words"] for n in nouns]):
            owner = first  # accepted the Working Group's request
        else:
            noun = lx.starts_with(rest, nouns)
            if noun is None or not det:
                continue
            n_end = text.find(noun, ve) + len(noun)
            if det in lx.get("state_pronouns", ()):
                owner = "pronoun"  # accepting its request: the one named before
            else:
                after = next((g for g in sent.after(n_end) if g.start <= sent.clause_end(n_end)), None)
                if after is not None and after.governor in rq.get("taken_markers", ()) \
                        and lx.trim(lx.squeeze(text[n_end:after.head]), "determiners") == after.governor:
                    owner = after  # the request of X, a request from X
        if owner is None:
            continue
        taker = subject_before(sent, vs, agents, ctx.prev_subject)
        if taker is None:
            continue
        if owner == "pronoun":
            owner = next((g for g in reversed(sent.before(vs)) if g.kinds() & agents
                          and not set(g.keys) & set(taker.keys)), None)
        if owner is None or not owner.kinds() & agents:
            continue
        for s in _members(owner, agents):
            for o in taker.keys:
                ctx.add(s, "requests", o)


def _asked_by(sent: Sentence, g: Group) -> bool:
    """``应 Y 的请求``: the group a request governor governs is followed by the request noun —
    right after it, or after the words naming one of its offices (``应 Y 政府的请求``, ``应 Y 司法部的
    请求``: at most ``owner_reach`` characters, no other entity and no clause end between)."""
    lx = sent.lx
    rq = lx["requests"]
    if g.governor not in rq["on_request_governors"]:
        return False
    if _followed_by(sent, g.end, rq["on_request_of"]):
        return True
    reach = rq.get("owner_reach", 0)
    if not reach:
        return False
    end = min([sent.clause_end(g.end)] + [h.start for h in sent.groups if h.start >= g.end])
    gap = lx.squeeze(sent.text[g.end:end])
    hits = [h for h in lx.find(gap, [w for w in rq["on_request_of"] if w.startswith(tuple(lx["modifier_words"]))])]
    return bool(hits) and hits[0][0] <= reach


def on_request_of(sent: Sentence) -> list[str]:
    """The groups the sentence says asked for what it reports (``at the request of X``)."""
    rq = sent.lx["requests"]
    return [k for g in sent.groups
            if _asked_by(sent, g) or _phrase_before(sent, g, rq.get("on_request_before"))
            for k in _members(g, sent.lx.agents)]


def _by_agent(sent: Sentence, e: int, markers, max_gap: int) -> Group | None:
    """The group a ``by`` marker governs right after a verb ending at ``e`` (a passive's agent)."""
    if not markers:
        return None
    lx = sent.lx
    end = sent.clause_end(e)
    for g in sent.groups:
        if g.start < e or g.start > end:
            continue
        if g.governor not in markers:
            return None
        gap = lx.trim(lx.squeeze(sent.text[e:g.head]), "determiners")
        return g if len(gap) <= max_gap else None
    return None


def _relative_object(sent: Sentence, subj: Group, kinds: set[str]) -> Group | None:
    """``X, which Y established``: the group the relative pronoun before ``subj`` stands for."""
    words = sent.lx["establishes"].get("relative_pronouns", ())
    if not words:
        return None
    before = [g for g in sent.groups if g.end <= subj.start]
    if not before or not before[-1].kinds() & kinds:
        return None
    g = before[-1]
    gap = sent.lx.trim(sent.lx.squeeze(sent.text[g.end:subj.head]), "determiners").lstrip(",;: ")
    return g if gap in words else None


def establishes(ctx: SentenceContext) -> None:
    """``R 设立了 F``, ``根据 R 设立的 B``, ``R 所设 F``, ``F 成立于 1955 年``, ``1946 年创建的 X``;
    ``R established F``, ``F was established by B in its resolution R``, ``F, which B
    established pursuant to R``."""
    sent = ctx.sentence
    lx = sent.lx
    es = lx["establishes"]
    obj_kinds = set(es["object_kinds"])
    subj_kinds = lx.agents | {"Resolution"}
    text = sent.text
    of = lx["modifier_words"]
    for s, e, w in lx.find(text, es["verbs"] + es["relative"] + es["founded_in"], sent.start, sent.end):
        if w in es["founded_in"]:
            y = years(sent, e, min(e + 8, sent.end))
            before = [g for g in sent.before(s) if len(lx.squeeze(text[g.end:s])) <= 2]
            if y and before:
                for k in before[-1].keys:
                    ctx.date(k, y[0][1])
            continue
        w_before = lx.ends_with(lx.squeeze(text[max(sent.start, s - 16):s]), of)
        w_after = lx.starts_with(lx.squeeze(text[e:e + 16]), of)
        relative = w in es["relative"] or bool(w_after)
        if w_before and not relative:
            # 1949 年，随着技术援助扩大方案的设立: a noun; the year still dates the thing
            m = text.rfind(w_before, sent.start, s)
            near = [g for g in sent.before(m) if len(lx.squeeze(text[g.end:m])) == 0]
            if near:
                for k in _members(near[-1], obj_kinds):
                    ctx.date(k, _year_before(sent, s))
            continue
        if relative:
            o_pos = text.find(w_after, e) + len(w_after) if w_after else e
            obj = object_after(sent, o_pos, obj_kinds, max_gap=1)
            cleft = None
            if obj is None:
                obj = _cleft_object(sent, s, o_pos, obj_kinds)
                cleft = obj
            if obj is None:
                continue
            # the year right before the verb: 1946 年创建的 X
            ms = [m for m in lx.res["year"].finditer(text, max(sent.start, s - 10), s)
                  if not text[m.end():s].strip()]
            year = ms[-1].group(1) if ms else None
            subj = None
            near = [g for g in sent.before(s)
                    if len(lx.trim(lx.squeeze(text[g.end:s]), "relative_markers")) <= 1]
            if near and near[-1].kinds() & subj_kinds:
                subj = near[-1]
            agents_ = [subj] if subj else []
            if cleft is not None and not agents_:
                # F 是秘书长根据 R 于 1987 年设立的: who set it up and the resolutions it acted under, between
                # the copula and the verb
                between = [g for g in sent.groups if cleft.end <= g.start and g.end <= s]
                agents_ = [g for g in between if (_free(sent, g) and g.kinds() & subj_kinds)
                           or (g.governor in lx["basis_governors"] and "Resolution" in g.kinds())]
                year = year or _year_before(sent, s)
            for o in obj.keys:
                ctx.date(o, year)
                for g in agents_:
                    for sk in g.keys:
                        ctx.add(sk, "establishes", o, year)
            continue
        agent = _by_agent(sent, e, es.get("by_markers"), es.get("by_gap", 4))
        if agent is not None:  # F was established by B (in its resolution R): a passive
            _passive_establishes(ctx, s, e, agent, obj_kinds)
            continue
        subj = subject_before(sent, s, subj_kinds, ctx.prev_subject)
        obj = object_after(sent, e, obj_kinds, max_gap=es["max_gap"], across_colon=True)
        if obj is not None and _followed_by(sent, obj.end, es.get("compound_heads", ())):
            obj = None  # 建立了普遍定期审议建议跟踪系统: the name qualifies what was set up
        if obj is None and subj is not None:
            obj = _relative_object(sent, subj, obj_kinds)  # F, which B established
        if obj is None and subj is not None and subj.kinds() & obj_kinds and _passive_verb(sent, s, es):
            # F was established in 1987 pursuant to R and D: no agent, the texts it rests on set it up
            basis = _basis_after(sent, e)
            year = _year_before(sent, s) or _year_after(sent, e)
            mood = ctx.mood(s, subj)
            for o in _members(subj, obj_kinds):
                if basis and mood[0] == REPORTED:
                    ctx.date(o, year)
                for b in basis:
                    ctx.add(b, "establishes", o, year, mood=mood)
            continue
        if obj is None and subj is not None and subj.kinds() & obj_kinds and es.get("basis_before_final_verb") \
                and not lx.squeeze(text[e:sent.clause_end(e)]):
            # F 系根据 R 设立，…: the verb ends its clause and the thing is its subject; the
            # resolutions it rests on, between them, set it up
            basis = [k for g in sent.groups if subj.end <= g.start and g.end <= s
                     and g.governor in lx["basis_governors"] for k in _members(g, {"Resolution"})]
            mood = ctx.mood(s, subj)
            for o in _members(subj, obj_kinds):
                for b in basis:
                    ctx.add(b, "establishes", o, _year_before(sent, s), mood=mood)
            continue
        if obj is None:
            continue
        year = _year_before(sent, s) or (_year_after(sent, e) if es.get("year_after") else None)
        mood = ctx.mood(s, subj)
        # 秘书长根据 R1 和 R2 设立了 F, B established F pursuant to R: the resolutions set it up too
        lo, _ = _scope_start(sent, s)
        basis = [k for g in sent.groups if lo <= g.start and g.end <= s and g.governor in lx["basis_governors"]
                 for k in _members(g, {"Resolution"})]
        basis += [k for k in _basis_after(sent, e) if k not in basis]
        done = mood[0] == REPORTED
        for o in _members(obj, obj_kinds):  # establish the Fund, and resolution R: the resolution is no object
            if done:
                ctx.date(o, year)
            for b in basis:
                ctx.add(b, "establishes", o, year, mood=mood)
            if subj:
                for sk in subj.keys:
                    ctx.add(sk, "establishes", o, year, mood=mood)
                    if sk.startswith("resolution/") and done:
                        ctx.date(sk, year)


def _passive_verb(sent: Sentence, s: int, es: dict) -> bool:
    """The verb at ``s`` is a passive: one of ``passive_auxiliaries`` right before it (adverbs aside)."""
    aux = es.get("passive_auxiliaries", ())
    if not aux:
        return False
    lx = sent.lx
    before = lx.squeeze(lx.res["adverbs"].sub(" ", sent.text[max(sent.start, s - 30):s]))
    return bool(lx.ends_with(before, aux))


def _cleft_object(sent: Sentence, s: int, o_pos: int, kinds: set[str]) -> Group | None:
    """``F (也)是根据 R 设立的。``: in a cleft sentence the thing set up is the subject of the copula
    (``establishes`` ``cleft_copula``), and the relative clause ends its clause."""
    lx = sent.lx
    copulas = lx["establishes"].get("cleft_copula", ())
    if not copulas or sent.clause_end(o_pos) != o_pos and lx.squeeze(sent.text[o_pos:sent.clause_end(o_pos)]):
        return None
    lo = sent.clause_start(s)
    hits = lx.find(sent.text, copulas, lo, s)
    if not hits:
        return None
    c = hits[0][0]
    before = [g for g in sent.groups if lo <= g.start and g.end <= c and _free(sent, g)]
    if before and before[-1].kinds() & kinds and not _strip_adverbs(sent.text[before[-1].end:c], lx):
        return before[-1]
    return None


def _year_after(sent: Sentence, e: int) -> str | None:
    ys = years(sent, e, sent.clause_end(e))
    return ys[0][1] if ys else None


def _basis_after(sent: Sentence, e: int) -> list[str]:
    """Resolutions a verb ending at ``e`` acted under, named after it in its clause
    (``pursuant to resolution R``, ``in its resolution R``), where the language says so."""
    lx = sent.lx
    govs = lx["establishes"].get("basis_after", ())
    if not govs:
        return []
    end = sent.clause_end(e)
    return [k for g in sent.groups if e <= g.start <= end and (g.governor in govs or g.in_resolution)
            for k in _members(g, {"Resolution"})]


def _passive_establishes(ctx: SentenceContext, s: int, e: int, agent: Group, obj_kinds: set[str]) -> None:
    sent = ctx.sentence
    obj = subject_before(sent, s, obj_kinds, ctx.prev_subject, allow_resolution_frame=False)
    if obj is None:
        return
    agents = _members(agent, sent.lx.agents | {"Resolution"})
    agents += [k for k in _basis_after(sent, agent.end) if k not in agents]
    year = _year_before(sent, s) or _year_after(sent, e)
    mood = ctx.mood(s, obj)
    for o in _members(obj, obj_kinds):
        if mood[0] == REPORTED:
            ctx.date(o, year)
        for a in agents:
            ctx.add(a, "establishes", o, year, mood=mood)


def adopts(ctx: SentenceContext) -> None:
    """``1949 年…大会通过了…第 304(IV)号决议`` → the resolution's year."""
    sent = ctx.sentence
    lx = sent.lx
    ys = years(sent)
    if not ys:
        return
    for s, e, _w in lx.find(sent.text, lx["adopts"]["verbs"], sent.start, sent.end):
        for g in sent.after(e):
            if g.governor is None and "Resolution" in g.kinds():
                for k in _members(g, {"Resolution"}):
                    ctx.date(k, ys[0][1])
    # a sentence opening with a year whose subject is a resolution: 2009 年人权理事会第 6/17 号决议设立了…
    first = sent.groups[0] if sent.groups else None
    if first and "Resolution" in first.kinds() and first.governor is None and ys[0][0] < first.start:
        for k in _members(first, {"Resolution"}):
            ctx.date(k, ys[0][1])


def co_providers(together, provider: list[str]) -> list[str]:
    """The co-providers that join an act of ``provider`` (those who acted together with it)."""
    return [k for subj, members in together if set(subj) & set(provider) for k in members]


def funding_of(ctx: SentenceContext) -> list[str]:
    """``with funding from X``: X financed what the sentence reports (a co-provider of its
    assistance, and a ``tacb:fundedBy`` of the activity)."""
    sent = ctx.sentence
    phrases = sent.lx["assists"].get("funding_of", ())
    return [k for g in sent.groups if _phrase_before(sent, g, phrases) for k in _members(g, sent.lx.agents)]


def at_session(ctx: SentenceContext) -> None:
    """``在第四十届会议上，人权理事会在其第 40/27 号决议中…`` → the resolution atSession the session.

    Only where the symbol agrees: a body whose resolutions are numbered by session
    (A/HRC/RES/40/27) adopts resolution 40/x at session 40.
    """
    sent = ctx.sentence
    sessions = [q for q in sent.qualifiers if q.kind == "Session"]
    if not sessions:
        return
    for g in sent.groups:
        for it in g.items:
            if it.kind != "Resolution" or it.via == "backref":
                continue
            symbol = it.key.split("/", 1)[1]
            body = ctx.body_for_symbol(symbol)
            for q in sessions:
                _, holder, n = q.key.split("/")
                m = re.search(r"/(\d+)/\d+$", symbol)
                if body == f"org/{holder}" and m and int(m.group(1)) == int(n):
                    ctx.add(it.key, "atSession", q.key)


def held_by(ctx: SentenceContext) -> None:
    """``联合国人权事务高级专员福尔克尔·蒂尔克``, ``the High Commissioner, Volker Türk`` → the post heldBy the person."""
    sent = ctx.sentence
    gap_words = sent.lx.get("held_by_gap", [""])
    items = sorted([it for g in sent.groups for it in g.items] + list(sent.qualifiers), key=lambda i: i.start)
    for a, b in zip(items, items[1:]):
        if a.kind == "Post" and b.kind == "Person" and sent.text[a.end:b.start].strip() in gap_words:
            ctx.add(a.key, "heldBy", b.key)


def extract_sentence(ctx: SentenceContext) -> None:
    """Run every family over one sentence."""
    from .activities import activities
    from .assistance import assists
    from .contributions import contributions, received
    from .referents import referred_activities
    from .links import accepted_requests, funded_administered, member_renamed, partners, submitted_input

    ctx.funders = funding_of(ctx)
    adopted_by(ctx)
    at_session(ctx)
    held_by(ctx)
    requests(ctx)
    accepted_requests(ctx)
    establishes(ctx)
    adopts(ctx)
    together = partners(ctx)
    assists(ctx, together)
    activities(ctx, together)
    referred_activities(ctx, together)
    submitted_input(ctx)
    funded_administered(ctx)
    member_renamed(ctx)
    contributions(ctx)
    received(ctx)


def cites(unit: str, number: int, sentences: list[Sentence]) -> list[Relation]:
    """The unit cites every resolution, document and instrument it names."""
    out = []
    for sent in sentences:
        quote = sent.quote
        items = [it for g in sent.groups for it in g.items] + sent.qualifiers
        for it in items:
            if it.kind in ("Resolution", "Document", "Instrument"):
                out.append(Relation(UNIT, "cites", it.key, unit, number, quote))
    return out


def parse_amount(text: str, lx: Lexicon):
    """Money amounts in ``text`` (see :func:`tacb_graph.relate.contributions.parse_amount`)."""
    from .contributions import parse_amount as parse

    return parse(text, lx)
