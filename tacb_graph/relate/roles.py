"""Who plays which part in a sentence: the subject of a verb, its object, where, when.

The shared machinery of the relation patterns (:mod:`.patterns`, :mod:`.links`,
:mod:`.assistance`, :mod:`.activities` …), over :mod:`.clauses`:

* :func:`subject_before` — who does what a verb at ``pos`` says: the nearest group before it that no preposition
  governs, within the scope opened by the last embedding verb (``请 A 协助 B``, ``requested A to assist B``: A
  assists B); ``X 在(其)该决议中 …`` / ``In its resolution N, X …`` makes the resolution the subject; a sentence
  that opens with a pronoun (它, 他们, 该…, it, they) carries the previous sentence's subject over, and a personal
  pronoun after the last candidate (``X informed Y that it …``) is the sentence's subject;
* :func:`object_after` — the group right after a verb (``协助 A 和 B``, ``assisted the Ministry of Justice of X``);
* :func:`locative` — a place recipient (``在柬埔寨，人权高专办协助政府…``, ``In Cambodia,
  OHCHR assisted the Government``) standing in when the verb's object is the Government
  or unnamed; :func:`agent_after` — a passive's agent (``by X``);
* :func:`years`, :func:`year_before` — the years a sentence states.
"""

from __future__ import annotations

import re

from .clauses import Group, Lexicon, Sentence, followed_by, parallel_that, relative_antecedent, year_before, years

__all__ = ["subject_before", "object_after", "sentence_subject", "years", "year_before", "locative",
           "skip_aside", "nearest_state", "state_pronoun", "agent_after",
           "members_of", "is_free", "first_free", "followed_by", "verb_ok", "scope_start", "strip_adverbs", "aside_spans",
           "pronoun_after", "coordinated_verb", "repeated_verb", "phrase_before", "clause_between",
           "government_trimmed", "organ_trimmed", "clause_opener"]


def _is_modifier(sent: Sentence, g: Group) -> bool:
    """``开发署的政策``, ``欧洲联盟成员国``, ``UNDP's policy``, ``the OHCHR country office``: the
    group qualifies a noun."""
    lx = sent.lx
    # … or is the subject of a time clause (技术援助扩大方案设立后: after X was set up), no actor of the sentence
    return bool(followed_by(sent, g.end, lx.joined("modifier_words", "member_words", "attributive_nouns",
                                                   "time_clause_heads")))


def verb_ok(text: str, hit, lx: Lexicon) -> bool:
    """A verb standing as a verb: ``请`` not in 请求/申请, ``要求`` not the noun ``的要求``,
    ``request`` not in ``the request`` (the language's ``guards``)."""
    return not lx.guarded(text, hit)


def clauses_back(sent: Sentence, lo: int, n: int) -> int:
    """The start of the clause ``n`` clauses before the one starting at ``lo`` (not before the sentence's start): where
    the subject stands when asides set off by commas come between it and its verb (``Equipment worth …, including two
    laboratories, was delivered``)."""
    for _ in range(n):
        if lo <= sent.start:
            break
        lo = sent.clause_start(lo - 2)
    return lo


def scope_start(sent: Sentence, pos: int) -> tuple[int, bool]:
    lx = sent.lx
    hits = [h for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, pos) if verb_ok(sent.text, h, lx)]
    passive = lx.res.get("passive_embedding")  # X is encouraged to …: X stays the subject of what follows
    if passive is not None:
        hits = [h for h in hits if not passive.search(sent.text, max(sent.start, h[0] - 24), h[0])]
    if not hits:
        return sent.start, False
    return hits[-1][1], True


def clause_opener(sent: Sentence, s: int, before: str, adverbs: bool = True) -> Group | None:
    """The first group of the clause of the words at ``s`` (``A grant from Y covered …``, ``Five members of boards in X
    travelled …``), when the words before it in the clause match ``before`` (a regular expression, in full) and nothing
    but commas — and, with ``adverbs``, adverbs — stands between it and ``s``; else ``None``."""
    lx = sent.lx
    c = sent.clause_start(s)
    g = next((g for g in sent.groups if c <= g.start and g.end <= s), None)
    if g is None:
        return None
    gap = lx.squeeze(sent.text[g.end:s])
    if (strip_adverbs(gap, lx) if adverbs else gap).strip(" ,") \
            or not re.fullmatch(before, lx.squeeze(sent.text[c:g.start]).strip(" ,")):
        return None
    return g


def strip_adverbs(text: str, lx: Lexicon) -> str:
    """``text`` without spaces, adverbs (还, 也, 并, also …) and bracketed asides."""
    return lx.res["adverbs"].sub("", re.sub(r"\([^()]*\)", "", text))


def government_trimmed(gap: str, lx: Lexicon) -> str:
    """``gap`` without a leading word for the government, in an unspaced language (X 政府在呈件中: X's own)."""
    w = lx.starts_with(gap, lx.get("government_words", ()))
    return gap[len(w):] if w and not lx.language.spaced else gap


def organ_trimmed(g: Group, gap: str, lx: Lexicon) -> str:
    """``gap`` without a State's organ right after the State group ``g`` (``state_organ``: 黑山外交部在书面材料中,
    由 X 司法部和 Y 联合主办)."""
    organ = lx.get("state_organ")
    if organ and "State" in g.kinds():
        m = re.match(organ, gap)
        if m:
            return gap[m.end():]
    return gap


def _head(sent: Sentence, lo: int, hi: int) -> str:
    """The words from ``lo`` to ``hi`` without an opener (此外, Moreover) or an enumeration mark ((a))."""
    lx = sent.lx
    head = lx.squeeze(sent.text[lo:hi])
    if "enumerator" in lx.res:
        head = lx.res["enumerator"].sub("", head)
    head = lx.res["opener"].sub("", head).strip()
    return lx.res["fronted_phrase"].sub("", head, count=1) if "fronted_phrase" in lx.res else head  # In 2020, it


def _addressed_list(sent: Sentence, pos: int, kinds: set[str]) -> Group | None:
    """``建议 X：(a) 请 Y…；(b) …并请 Z…``: in a list (``enumerator``) after a colon, with no actor of an item's own
    before ``pos``, the group an embedding verb addresses right before the colon (government words aside)."""
    lx = sent.lx
    colon = max(sent.text.rfind(c, sent.start, pos) for c in ":：")
    if colon < 0 or not lx.get("enumerated_subject") or not lx.res["enumerator"].match(lx.squeeze(sent.text[colon + 1:pos])) \
            or any(max(colon, sent.clause_start(pos)) < h.start and h.end <= pos and h.kinds() & lx.agents
                   for h in sent.groups):  # (an actor of an earlier item is not this item's)
        return None
    g = next((h for h in reversed(sent.groups) if h.end <= colon), None)
    gap = lx.squeeze(sent.text[g.end:colon]) if g is not None else ""
    ok = g is not None and g.kinds() & kinds and (not gap or len(gap) <= 6 and lx.ends_with(gap, lx["government_words"]))
    return g if ok and lx.ends_with(strip_adverbs(sent.text[sent.start:g.head], lx), lx["embedding_verbs"]) else None


def _pronoun_start(sent: Sentence, pos: int) -> bool:
    """The sentence opens with a pronoun or has no subject of its own before ``pos``."""
    lx = sent.lx
    head = _head(sent, sent.start, pos)
    if lx.get("subjectless_leads"):
        # 原定于 2025 年为 X 举办的…: a schedule and its year are no subject
        bare = lx.res["year"].sub("", head) if "year" in lx.res else head
        bare = lx.squeeze(bare)
        lead = lx.starts_with(bare, lx["subjectless_leads"])
        if lead and len(bare[len(lead):].strip()) <= lx.get("subjectless_head", 2):
            return True
    if len(head) <= lx.get("subjectless_head", 2):
        return True
    if "possessive_subject" in lx.res and lx.res["possessive_subject"].match(head.lower()):
        return True  # Its development agency trained …: the owner the pronoun stands for acts through its own body
    m = lx.res["pronoun"].match(head)
    # 该培训由…供资: the pronoun stands for a thing (``thing_heads``), not for the previous actor
    return bool(m) and not lx.starts_with(head[m.end():].lstrip(), lx.get("thing_heads", ()))


def _clause_pronoun(sent: Sentence, pos: int) -> bool:
    """``In 2081, at the request of X, he commented …``: a personal pronoun opens the clause of ``pos`` (in a language
    with spaces, where a clause after a comma can open with one)."""
    lx = sent.lx
    cs = sent.clause_start(pos)
    if not lx.language.spaced or cs <= sent.start or sent.text[max(sent.start, cs - 8):cs].rstrip()[-1:] != ",":
        return False  # (…; it had been prepared with Y: after a semicolon the pronoun may stand for a thing)
    return bool(lx.res["personal"].match(lx.squeeze(sent.text[cs:pos]).strip(" ,")))


def pronoun_after(sent: Sentence, lo: int, hi: int) -> bool:
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
    ante = [h for h in sent.groups if h.end <= m.start() and is_free(sent, h) and h.kinds() & kinds
            and not set(h.keys) <= exclude]
    if not ante or set(ante[-1].keys) & set(g.keys):
        return None
    return ante[-1]


def _after_clause_pronoun(sent: Sentence, g: Group) -> bool:
    """``g`` follows, in its own clause, a personal pronoun that opens the clause and a word other than a
    coordinator or list separator (``它建立了 X 的…``): the pronoun is that clause's subject, ``g`` an object."""
    lx = sent.lx
    head = strip_adverbs(sent.text[sent.clause_start(g.start):g.head], lx)
    head = lx.res["opener"].sub("", head)
    m = lx.res["personal"].match(head)
    if m is None:
        return False
    gap = head[m.end():]
    return bool(gap) and not lx.starts_with(gap, lx["coordinators"]) and gap not in lx.get("list_separators", ())


def _source_opens(sent: Sentence, g: Group) -> bool:
    """``g`` opens the sentence (its governor first, an opener at most before it) and a personal pronoun opens the
    clause after it: ``According to X, it had …``."""
    lx = sent.lx
    lead = lx.trim(lx.res["opener"].sub("", lx.squeeze(sent.text[sent.start:g.head]).strip()).strip(), "determiners")
    if lead.lower() != g.governor.lower():
        return False
    rest = lx.squeeze(sent.text[sent.clause_end(g.end) + 1:sent.clause_end(g.end) + 12]).strip()
    return lx.res["personal"].match(rest) is not None


def is_free(sent: Sentence, g: Group) -> bool:
    if g.governor is not None and g.governor in sent.lx.get("source_governors", ()) and _source_opens(sent, g):
        return True  # According to X, it had trained …: the source that opens the sentence speaks of itself
    if g.governor is not None:  # (An adviser of X, An officer seconded by X …: X acts through its people)
        return "staff_of" in sent.lx.res and sent.lx.res["staff_of"].fullmatch(
            sent.lx.squeeze(sent.text[sent.clause_start(g.head):g.head]).strip().lower()) is not None
    lx = sent.lx
    if "owned_actor" in lx.res and lx.res["owned_actor"].match(sent.text, g.end):
        return True  # X's development agency trained …: X acts through a body or programme of its own
    if "owned_name" in lx.res and lx.res["owned_name"].match(sent.original or sent.text, g.end):
        return True  # X's Higher Institute of the Judiciary ran …: a body of its own whose name (no entity) is written out
    agents = lx.get("attributive_subjects")
    att = followed_by(sent, g.end, agents) if agents else None
    if att and len(followed_by(sent, g.end, lx["member_words"]) or "") <= len(att):
        # the OHCHR regional office (unnamed) trained …: its office, adviser or team acts for OHCHR; 董事会成员 act for
        # the Board, 欧洲联盟成员国 do not; X 派驻 Y 的顾问: the adviser X posted to Y acts for X, not Y
        return not lx.find(sent.text, lx.get("posted_to", ()), max(sent.start, g.start - 10), g.start)
    return not _is_modifier(sent, g)


def repeated_verb(sent: Sentence, pos: int):
    """The earlier embedding verb whose subject one at ``pos`` that opens its clause (adverbs aside: 并请) keeps:
    the first, or with ``repeated_verb_same`` the nearest of the same word (建议 X 请 A…，并请 B…: X asks B)."""
    lx = sent.lx
    window = max([2] + [len(w) for w in lx["embedding_verbs"]])
    own = lx.find(sent.text, lx["embedding_verbs"], pos, pos + window)
    if not own or pos <= sent.start or not lx.get("repeated_verb_subject", True) \
            or strip_adverbs(sent.text[sent.clause_start(pos):pos], lx):
        return None
    earlier = [h for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, sent.clause_start(pos))
               if verb_ok(sent.text, h, lx)]
    same = [h for h in earlier if h[2] == own[0][2]] if lx.get("repeated_verb_same") else []
    return same[-1] if same else earlier[0] if earlier else None


def subject_before(sent: Sentence, pos: int, kinds: set[str], prev: Group | None = None,
                   exclude: set[str] = frozenset(), allow_resolution_frame: bool = True) -> Group | None:
    """The subject of a verb at ``pos`` (see module docstring)."""
    lx = sent.lx
    nominal = _nominal_subject(sent, pos, kinds, exclude) or _addressed_list(sent, pos, kinds) \
        or relative_antecedent(sent, pos, kinds, exclude)  # …, with UNDP, which trained …: UNDP trained
    if nominal is not None:
        return nominal  # welcomes the decision of X to request …: X asks; 建议 X：(a) 请 Y…: X asks
    owner = _owner_pronoun_subject(sent, pos, kinds, prev, exclude)
    if owner is not None:
        return owner  # X hosted judges of Y, and its Court of Cassation advised …: X's court, X acts
    earlier = repeated_verb(sent, pos)
    if earlier is not None:  # 它们要求 A…，要求 B…: a repeated verb keeps the earlier one's subject
        return subject_before(sent, earlier[0], kinds, prev, exclude, allow_resolution_frame)
    if lx.get("coordinated_verb_subject") and coordinated_verb(sent, pos):
        # X calls upon A to … and recommends that …: the second verb is X's too
        earlier = [h for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, pos) if verb_ok(sent.text, h, lx)]
        if earlier:
            return subject_before(sent, earlier[0][0], kinds, prev, exclude, allow_resolution_frame)
    lo, embedded = scope_start(sent, pos)
    groups = [g for g in sent.groups if lo <= g.start and g.end <= pos]
    if lx.get("enumerated_subject") and "enumerator" in lx.res:
        # 建议 X：(a) …；(b) 与 Y 合作…: every item of the list has the subject before the colon
        cs = sent.clause_start(pos)
        own = [g for g in groups if g.start >= cs and is_free(sent, g)]
        if not own and lx.res["enumerator"].match(lx.squeeze(sent.text[cs:pos])):
            colon = max(sent.text.rfind(c, sent.start, cs) for c in ":：")  # (not after a verb of item (a))
            if colon != -1:
                groups = [g for g in sent.groups if (scope_start(sent, colon)[0] if colon < lo else lo) <= g.start <= g.end <= colon]
    if allow_resolution_frame and "Resolution" in kinds:
        framed = [g for g in groups if g.in_resolution]
        if framed:
            return framed[-1]
    cands = [g for g in groups if is_free(sent, g) and not set(g.keys) <= exclude and not _in_aside(sent, g, pos)
             and not g.kinds() <= set(lx.get("no_subject_kinds", ()))]  # a concept acts in no clause
    if cands:
        g = cands[-1]
        if unnamed_that_subject(sent, g.end, pos):
            return None  # recommended that A continue …, and that the States of the region seek …: not A
        if "subject_aside" in lx.res and lx.res["subject_aside"].fullmatch(sent.text, g.end, pos):
            return g  # recommends that X, which said in its reply that …, seek …: the aside is X's, X the subject
        if lx.get("clause_subjects") and g.start < sent.clause_start(pos):
            # X 协助 Y 起草…，并培训了…: a clause with no subject of its own has the subject of the
            # clause before that opens with one, not the object of that clause's verb
            opener = _clause_opening_subject(sent, lo, pos, exclude, kinds)
            if opener is not None and opener in cands:
                g = opener
        if lx.get("coordinated_predicates") and (len(cands) > 1 or prev is not None):
            # OHCHR supported X and plans to …: X is the first verb's object; the second verb is OHCHR's
            # (He advised X …, and held …: the pronoun's, the subject carried from before)
            h = _coordinated_predicate(sent, cands, g, pos, prev)
            if h is not None and h is prev and h not in cands:
                return h if h.kinds() & kinds else None  # (a group of the sentence before: nothing more to weigh)
            if h is not None:
                g = h
        if not g.kinds() & kinds and g.kinds() <= set(lx.get("thing_kinds", ())):
            # X 就《公约》向 Y 提供了咨询意见: a treaty or concept the clause speaks of is no subject; the
            # actor before it in the clause is
            cs = sent.clause_start(pos)
            actor = next((c for c in reversed(cands[:-1]) if c.start >= cs and c.kinds() & kinds), None)
            if actor is not None:
                g = actor
        if lx.get("pronoun_clause_objects") and g.start < sent.clause_start(pos) and _after_clause_pronoun(sent, g):
            return None  # 它建立了 X 的…系统，随后为 Y…: X is the pronoun's object, not the subject carried on
        if lx.get("pronoun_subjects") and g.kinds() & kinds:
            ante = _pronoun_subject_before(sent, lo, g, cands, kinds, prev, exclude)
            if ante is not None:
                return ante  # X reported that it had trained experts from Y: Y is the object, "it" (X) the subject
        if lx.get("pronoun_subjects") and pronoun_after(sent, g.end, pos) and parallel_that(sent, g.end, pos):
            # X noted that the Office had trained officers of A, and that it had commented on …: "it" is the subject
            # of the that-clause it continues (the first group after the first "that"), not that clause's object
            that = lx.find(sent.text, (lx.get("modality") or {}).get("that_words", ()), lo, g.start)
            opener = next((c for c in cands if c.start >= (that[0][1] if that else lo)), None)
            if opener is not None and opener is not g and opener.kinds() & kinds:
                return opener
        if lx.get("pronoun_subjects") and pronoun_after(sent, g.end, pos) and not parallel_that(sent, g.end, pos):
            # X informed Y that it …: the pronoun is the sentence's subject, not Y
            first = first_free(sent)
            if first is not None and prev is not None and prev.kinds() & kinds and not set(prev.keys) <= exclude \
                    and lx.res["personal"].match(_head(sent, sent.start, first.start)):
                return prev  # It asked A to …; it also asked B …: both pronouns stand for the actor before, not A
            framed = [h for h in sent.groups if h.in_resolution and first is not None and h.end <= first.start]
            if framed and allow_resolution_frame and "Resolution" in kinds and framed[-1] is not g:
                return framed[-1]  # In resolution N, the Council requested A to …, and it requested B …: N asks B too
            if first is not None and first is not g and not set(first.keys) <= exclude:
                g = first
        return g if g.kinds() & kinds else None
    if embedded and pronoun_after(sent, lo, pos):
        # X indicated that, at the request of Y, it had deployed …: "it" is the reporter
        verb = [h for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, pos) if verb_ok(sent.text, h, lx)][-1]
        outer = subject_before(sent, verb[0], kinds, prev, exclude, allow_resolution_frame)
        if outer is not None and not set(outer.keys) <= exclude:
            return outer
    rel = lx.res.get("relative_pronoun_subject")
    if not embedded and rel is not None and rel.search(sent.text[sent.clause_start(pos):pos]) \
            and prev is not None and prev.kinds() & kinds and not set(prev.keys) <= exclude:
        return prev  # A course, which she had delivered for Y, …: the pronoun is the one the text spoke of
    if embedded or not (_pronoun_start(sent, pos) or _clause_pronoun(sent, pos)):
        return None
    if prev is not None and prev.kinds() & kinds and not set(prev.keys) <= exclude:
        if lx.starts_with(_head(sent, sent.start, pos).lower(), lx.get("person_pronouns", ())) \
                and not prev.kinds() & {"Person", "Post"}:
            return None  # Norway and Qatar have her thanks. She recommends that …: "she" is no State
        pick = lx.starts_with(_head(sent, sent.start, pos).lower(), tuple(lx.get("one_of_pair", {})))
        if pick and len(prev.items) > 1:  # A and B received grants. The latter also trained …: B alone
            return Group([prev.items[lx["one_of_pair"][pick]]])
        return prev
    return None


def unnamed_that_subject(sent: Sentence, lo: int, pos: int) -> bool:
    """A that-clause continuing an earlier one (``modality`` ``continuations``: ``, and that``) opens between ``lo``
    and the verb at ``pos`` with words that are no pronoun (``the States of the subregion seek …``): the verb has a
    subject of its own that names no one, or names a place inside it (``projects in A receive …``)."""
    lx = sent.lx
    conts = (lx.get("modality") or {}).get("continuations", ())
    if not conts or not lx.language.spaced:
        return False
    hits = lx.find(sent.text, conts, lo, pos)
    if not hits:
        return False
    rest = lx.squeeze(sent.text[hits[-1][1]:pos]).strip(" ,")
    if any(hits[-1][1] <= g.start < pos and ((g.kinds() & lx.agents) - {"State"} or "State" in g.kinds()
                                             and g.governor not in lx.get("locative_markers", ())) for g in sent.groups):
        return False  # …, and that in A the Office had been assisting …: a named subject (a State only as a place)
    counted = (lx.get("modality") or {}).get("continued_backref")  # …, and that the two donors would …: those named
    if counted and re.fullmatch(counted, rest):
        return False
    return bool(rest) and not lx.res["personal"].match(rest) and not lx.starts_with(rest.lower(), lx.get("pronouns", ())) \
        and not re.search(r"[,;]", rest)


def _coordinated_predicate(sent: Sentence, cands: list[Group], g: Group, pos: int,
                           prev: Group | None = None) -> Group | None:
    """The subject of a verb at ``pos`` coordinated (``and``) right after the object ``g`` of an earlier verb
    in the same clause: the free group before ``g`` that a word other than a coordinator separates from it."""
    lx = sent.lx
    gap = lx.squeeze(lx.res["adverbs"].sub(" ", sent.text[g.end:pos]))
    conj = lx.starts_with(gap, lx["coordinators"])
    late = lx.res.get("late_coordination")
    m = late.search(sent.text, g.end, pos) if late is not None and (
        not conj or sent.clause_start(pos) > g.start) else None
    if m is not None and not any(g.end <= h.start < m.start() and h.governor is None for h in sent.groups):
        # X assisted A in drafting its report and, with Y, held …: the 'and' comes late, after the object's
        # complement (at most an aside and a modal between it and the verb); groups in the aside are no list
        conj, gap = m.group(0).strip(), lx.squeeze(sent.text[m.start():pos])
        inside = (m.start(), pos)
    else:
        inside = None
    if not conj or sent.clause_start(pos) > g.start and inside is None:
        return None
    if lx.get("subject_verb_after") and re.match(lx["subject_verb_after"], sent.text[g.end:pos]):
        return None  # X stated that Y had financed and run, jointly with Z, …: Y is the subject of both verbs
    rest = gap[len(conj):].strip() if inside is None else ""
    if lx.starts_with(rest, lx.get("determiners", ())) or any(
            g.end <= h.start < pos and not (inside and (h.governor or inside[0] <= h.start)) for h in sent.groups):
        return None  # … and the Ministry: a list, not a second verb
    lo = sent.clause_start(g.start)
    before = [h for h in cands if h is not g and h.end <= g.start and h.start >= lo]
    if not before:
        # (In 2035, he advised X, …, and held …: a pronoun opens the sentence; the verb is its subject's)
        return prev if prev is not None and lx.res["pronoun"].match(_head(sent, sent.start, g.start)) else None
    h = before[-1]
    between = lx.squeeze(sent.text[h.end:g.head])
    return h if between and not lx.starts_with(between, lx["coordinators"]) and between not in lx.get(
        "list_separators", ()) else None


_ASIDE_CONTEXT = 120  # characters before a sentence that its asides may be read with


def _asides(sent: Sentence) -> list[tuple[int, int]]:
    """The comma-bounded relative clauses of the sentence (``F, for which the Board also acts, helped
    …``), where the language gives its ``relative_aside`` regular expression: ``(start, end)`` each."""
    cached, rx = sent.__dict__.get("_asides_cache"), sent.lx.res.get("relative_aside")
    if cached is None and not rx:
        sent.__dict__["_asides_cache"] = cached = []
    elif cached is None:  # (…, which X ran in A, B and C, with Y: a comma inside a list closes no clause)
        # the sentence, and as much of the text before it as a look-behind or an aside running into it may read (not
        # the whole unit before it again for every sentence: a paragraph of N sentences would cost N² characters)
        lo = max(0, sent.start - _ASIDE_CONTEXT)
        inside = sent._inside
        text = sent.text[lo:sent.start] + "".join(" " if i in inside else sent.text[i] for i in range(sent.start, sent.end))
        located = sent.lx.res.get("located_aside")
        if located is not None:  # …, which the Office, based in Santiago, accompanied: its commas close nothing
            text = located.sub(lambda m: " " * len(m.group()), text)
        sent.__dict__["_asides_cache"] = cached = [(a + lo, b + lo) for a, b in
                                                   (m.span() for m in rx.finditer(text, sent.start - lo))]
    return cached


def aside_spans(sent: Sentence) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each comma-bounded relative clause or apposition of the sentence (``relative_aside``)."""
    return _asides(sent)


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
            rel = lx.get("year_relative", ())  # 人权理事会(第七十届会议)通过的第 70/16 号决议: the resolution opens it
            if rel and len(inside) > 1 and "Resolution" in inside[1].kinds() and \
                    lx.ends_with(lx.squeeze(sent.text[g.end:inside[1].head]), rel):
                g = inside[1]
            head = strip_adverbs(sent.text[cs:inside[0].head], lx)
            head = lx.res["year"].sub("", head) if "year" in lx.res else head
            head = lx.res["opener"].sub("", head)
            if is_free(sent, g) and g.kinds() & kinds and not set(g.keys) <= exclude \
                    and len(head) <= lx.get("clause_lead", 0) and not lx.ends_with(head, lx.get("clause_lead_verbs", ())) \
                    and not (lx.get("pronoun_clause_objects") and _after_clause_pronoun(sent, g)):
                return g  # (协助莱索托…: after a verb, the group is that verb's object, not the clause's subject)
        i = cs
    return None


def coordinated_verb(sent: Sentence, pos: int) -> bool:
    """An embedding verb at ``pos`` joined by a coordinator to what came before (``… and recommends``) — not a bare
    form inside an object clause (``recommends that A ratify … and request …``: A requests; ``finite_endings``)."""
    lx = sent.lx
    window = max([2] + [len(w) for w in lx["embedding_verbs"]])
    own = [h for h in lx.find(sent.text, lx["embedding_verbs"], pos, pos + window) if h[0] == pos]
    if not own:
        return False
    endings = tuple(lx.get("finite_endings", ()))
    thats = (lx.get("modality") or {}).get("that_words", ())
    if endings and not own[0][2].endswith(endings) and thats and any(
            lx.starts_with(lx.squeeze(sent.text[h[1]:h[1] + 12]), thats)
            for h in lx.find(sent.text, lx["embedding_verbs"], sent.start, pos)):
        return False
    before = strip_adverbs(sent.text[max(sent.start, pos - 24):pos], lx) if not lx.language.spaced else \
        lx.squeeze(lx.res["adverbs"].sub(" ", sent.text[max(sent.start, pos - 24):pos]))
    return bool(lx.ends_with(before, lx["coordinators"]))


def coordinated_subject(sent: Sentence, verb: int, rule: dict | None, agents, exclude=()) -> Group | None:
    """``X had helped A and B …, and had seconded an officer to Y``: a verb at ``verb`` whose words before it match the
    rule's ``before`` (``, and had``) is the actor of the clause it is joined to — the last free agent before it that a
    verb's words (``subject_of``: had, has, was …) follow, not one of ``exclude``."""
    if not rule or not re.search(rule["before"], sent.text[max(sent.start, verb - 30):verb]):
        return None
    subjects = [g for g in sent.groups if g.end <= verb and is_free(sent, g) and g.kinds() & agents
                and not set(g.keys) & set(exclude) and re.match(rule["subject_of"], sent.text[g.end:g.end + 24])]
    return subjects[-1] if subjects else None


def first_free(sent: Sentence) -> Group | None:
    free = [g for g in sent.groups if is_free(sent, g)]
    return free[0] if free else None


def sentence_subject(sent: Sentence, prev: Group | None) -> Group | None:
    """What the sentence is about: a speaking resolution, else its first free group."""
    lx = sent.lx
    free = [g for g in sent.groups if is_free(sent, g)]
    for g in sent.groups:
        if g.in_resolution and not (free and free[0].end <= g.start and lx.find(sent.text, lx["by_agent_words"], free[0].end, g.start)
                                    if lx.get("by_agent_words") else False):
            return g  # (the Fund was established by the Council in its resolution N: the Fund)
    if free and sent.clause_start(free[0].start) > sent.start \
            and lx.res["personal"].match(lx.squeeze(sent.text[sent.start:sent.start + 12]).lower()):
        return prev  # He met the authorities, the commission of X, …: the one "he" stands for, not those he met
    if free and lx.get("possessive_opening") and sent.clause_start(free[0].start) == sent.start \
            and re.match(lx["possessive_opening"], lx.squeeze(sent.text[sent.start:free[0].start]).lower()):
        return prev  # Its partners included A and B: the owner the pronoun stands for, not A and B
    if free:
        lead = sent.text[sent.clause_start(free[0].start):free[0].start]
        verbs = [h for h in lx.find(lead, lx["embedding_verbs"]) if verb_ok(lead, h, lx)]
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
        if g.kinds() & kinds and not followed_by(sent, g.end, lx.joined("member_words", "attributive_nouns")):
            return g
        return None
    return None


def locative(sent: Sentence, pos: int) -> Group | None:
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


def _owner_pronoun_subject(sent: Sentence, pos: int, kinds: set[str], prev: Group | None,
                           exclude: set[str]) -> Group | None:
    """A clause whose subject is a State's own body named through a possessive pronoun (``owner_pronoun_subject``, a
    regular expression on the clause's words before the verb: ``and its Court of Cassation had``) and no name: the
    State is the sentence's subject (its first State not governed by a marker), else the one carried from before —
    not the nearest State, which is mostly an object (magistrates of Y)."""
    rx = sent.lx.get("owner_pronoun_subject")
    if not rx:
        return None
    cs = sent.clause_start(pos)
    if any(cs <= g.start < pos for g in sent.groups) or not re.match(rx, sent.lx.squeeze(sent.text[cs:pos]).strip() + " "):
        return None
    owner = next((g for g in sent.groups if g.start < cs and g.governor is None and "State" in g.kinds()), None)
    if owner is None and prev is not None and "State" in prev.kinds():
        owner = prev
    if owner is None or set(owner.keys) <= exclude or not owner.kinds() & kinds:
        return None
    return owner


def nearest_state(sent: Sentence, pos: int, exclude: set[str] = frozenset()) -> Group | None:
    for g in reversed(sent.before(pos)):
        if "State" in g.kinds() and not set(g.keys) <= exclude:
            return g
    return None


def state_pronoun(sent: Sentence, pos: int) -> Group | None:
    """``其``, ``该国``, ``its``, ``their`` right at ``pos``: the nearest State before it."""
    lx = sent.lx
    rest = lx.squeeze(sent.text[pos:pos + 40])
    rest = rest[len(lx.starts_with(rest, lx.get("after_verb_fillers", ())) or ""):].lstrip()
    if lx.starts_with(rest, lx.get("state_pronouns", ())):
        return nearest_state(sent, pos)
    return None


def members_of(g: Group, kinds: set[str]) -> list[str]:
    return [i.key for i in g.items if i.kind in kinds]


def phrase_before(sent: Sentence, g: Group, phrases) -> str | None:
    """One of ``phrases`` ends right before the group's words (``at the request of`` X)."""
    if not phrases:
        return None
    lx = sent.lx
    hit = lx.ends_with(lx.trim(lx.squeeze(sent.text[sent.clause_start(g.head):g.head]), "determiners"), phrases)
    if hit is None and g.lead is not None:  # (as fellows of the Fund: a phrase that ends in the words of a lead)
        hit = lx.ends_with(lx.trim(lx.squeeze(sent.text[sent.clause_start(g.head):g.start]), "determiners"), phrases)
    return hit


def clause_between(sent: Sentence, a: int, b: int) -> bool:
    return any(c in sent.text[a:b] for c in sent.lx.clause_ends)


def agent_after(sent: Sentence, e: int, markers, max_gap: int) -> Group | None:
    """The group a ``by`` marker governs right after a verb ending at ``e`` (a passive's agent), or the group named
    through the people the marker governs (``agent_people``, a regular expression on the words between: ``by
    instructors from``); a place a locative marker governs may stand between (``organized in San Salvador by Y``),
    though not after a verb of hosting (``hosting_verbs``: an event hosted in a capital by a body of its own)."""
    if not markers:
        return None
    lx = sent.lx
    appos = lx.get("agent_apposition")  # carried out by two partners, A and B: the agents after the comma
    m = re.compile(appos).match(sent.text, e) if appos else None
    if m is not None:
        g = next((g for g in sent.groups if g.start >= m.end()), None)
        if g is not None and g.governor is None and not lx.trim(lx.squeeze(sent.text[m.end():g.head]), "determiners"):
            return g
    end = sent.clause_end(e)
    for g in sent.groups:
        if g.start < e or g.start > end:
            continue
        if g.governor in lx.get("locative_markers", ()) and not g.kinds() & lx.agents \
                and not lx.ends_with(lx.squeeze(sent.text[max(sent.start, e - 16):e]).lower(), lx.get("hosting_verbs", ())):
            # organized in San Salvador in 2117 by Y: a place the activity was held in stands before the agent
            pre = lx.trim(lx.squeeze(sent.text[e:g.head]), "determiners")
            if lx.get("agent_gap_time"):
                pre = re.sub(lx["agent_gap_time"], "", pre)
            if len(pre) <= max_gap:
                e = g.end
                continue
        if g.governor not in markers:
            # trained in 2115 by instructors from Y: the people who acted for Y, named between the marker and Y
            people = lx.get("agent_people")
            return g if people and re.fullmatch(people, lx.squeeze(sent.text[e:g.head]).strip()) else None
        gap = lx.trim(lx.squeeze(sent.text[e:g.head]), "determiners")
        if lx.get("agent_gap_time"):
            gap = re.sub(lx["agent_gap_time"], "", gap)  # supported since 2058 by Y
        return g if len(gap) <= max_gap else None
    return None


def owns_a_thing(sent: Sentence, g: Group, words: dict) -> bool:
    """``支持人权理事会关于技术援助的第 51/25 号决议``: the group ``g`` only owns the thing that follows it in its
    clause — a link of ``words["links"]`` (的, 关于) right after it and, within ``words["reach"]`` characters, a
    group of ``words["kinds"]`` (a resolution, a document): the thing is the object, not ``g``."""
    if not words:
        return False
    lx = sent.lx
    if not lx.starts_with(lx.squeeze(sent.text[g.end:g.end + 4]), words.get("links", ())):
        return False
    end = min(sent.clause_end(g.end), g.end + words.get("reach", 24))
    return any(h.start >= g.end and h.start <= end and h.kinds() & set(words.get("kinds", ())) for h in sent.groups)


def counted_goods(sent: Sentence, e: int) -> tuple[int, int, str] | None:
    """``1,200 wheelchairs``, ``5,000 tonnes of rice``: things given, counted, right after ``e`` (``assists``
    ``counted_goods``, a regular expression compiled with the lexicon; a language without it has none) — what a verb
    of giving or receiving takes when no word of its help nouns names it."""
    rx = sent.lx.res.get("counted_goods")
    m = rx.match(sent.text, e, sent.clause_end(e)) if rx is not None else None
    return (m.start(), m.end(), m.group(0)) if m else None
