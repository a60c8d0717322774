"""The value the cues of a stance's regions give (:mod:`.stance`, step 2 and 3): cues of support, criticism,
doubt and non-objection found in a region (the longest wins an overlap), turned by a negation right before
them, set aside where they judge something other than the concept, and decided by the part after a contrast.

Word lists: ``data/patterns/{lang}/stances.json`` (through :class:`~.clauses.Lexicon`).
"""

from __future__ import annotations

import re

from .clauses import Lexicon
from .literals import may_match

__all__ = ["value_of", "corrective", "concession", "has_cue"]


def corrective(text: str, s: int, lexicon: Lexicon) -> bool:
    """The contrast word at ``s`` corrects a negation of its own clause (``not an abstract notion but a
    framework``): one judgement, no contrast between two."""
    head = text[max(0, s - 80):s]
    cut = max(head.rfind(c) for c in lexicon.clause_ends + "\x1e")
    return bool(lexicon.find(head[cut + 1:], lexicon.stances.get("corrected_by", ())))


def _without_asides(text: str, lexicon: Lexicon) -> tuple[str, list[int]] | None:
    """``text`` with the discourse asides set off by commas inside a clause taken out (``cue_asides``: ``They feared,
    however, that …`` reads as ``They feared that …``), and each kept character's offset in ``text``; ``None`` when
    the language lists none or ``text`` holds none."""
    rx = lexicon.stances.get("cue_asides")
    if not rx:
        return None
    cache = lexicon.__dict__.setdefault("_cue_asides", {})
    pattern = cache.get(rx) or cache.setdefault(rx, re.compile(rx))
    pieces, offsets, at = [], [], 0
    for m in pattern.finditer(text):
        pieces.append(text[at:m.start()] + " ")
        offsets += list(range(at, m.start())) + [m.start()]
        at = m.end()
    if not pieces:
        return None
    pieces.append(text[at:])
    offsets += list(range(at, len(text)))
    return "".join(pieces), offsets


def _cue_hits(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of the stance cues in ``text``: the longest match wins an overlap
    (没有评论或批评 is one cue, not 批评); a cue an aside set off by commas splits (``feared, however, that``) is found
    with the aside taken out (:func:`_without_asides`)."""
    hits = _cue_hits_in(text, lexicon)
    bare = _without_asides(text, lexicon)
    if bare is None:
        return hits
    plain, offsets = bare
    more = [(offsets[s], offsets[e - 1] + 1, v) for s, e, v in _cue_hits_in(plain, lexicon)]
    return sorted(hits + [h for h in more if not any(h[0] < b and a < h[1] for a, b, _v in hits)])


def _cue_hits_in(text: str, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    cands = []
    for w, value in lexicon.cue_words.items():
        i = text.find(w)
        while i != -1:
            if lexicon.language.bounded(text, i, i + len(w)):
                cands.append((i, i + len(w), value))
            i = text.find(w, i + 1)
    for rx, value in lexicon.cue_res:
        if may_match(rx, text):  # (most cues' words are not in a region: no search from each of its characters)
            cands += [(m.start(), m.end(), value) for m in rx.finditer(text) if m.end() > m.start()]
    for w in lexicon.stances.get("non_cues", ()):  # 不干涉内政 (a principle): no cue inside it
        if any(c in w for c in "\\()[]{}|*+?"):
            cands += [(m.start(), m.end(), None) for m in re.finditer(w, text) if m.end() > m.start()]
            continue
        i = text.find(w)
        while i != -1:
            cands.append((i, i + len(w), None))
            i = text.find(w, i + 1)
    taken: list[tuple[int, int]] = []
    hits = []
    for s, e, value in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[0])):
        if not any(s < b and a < e for a, b in taken):
            taken.append((s, e))
            if value is not None:
                hits.append((s, e, value))
    return sorted(hits)


def has_cue(regions: list[str], lexicon: Lexicon) -> bool:
    """Some cue word (or a verb of ``object_cues``: 体现, realizing) stands in ``regions``, whether or not it was found
    to judge the concept: a cue the rules set aside (it judges something else, 互利合作体现了双重标准) says the clause
    is no plain position the cue lists missed."""
    text = "\x1e".join(regions)
    if _cue_hits(text, lexicon):
        return True
    verbs = lexicon.words_of("object_cue_words", lambda: (
        *(w for ws in lexicon.stances.get("object_cues", {}).values() for w in ws),
        *lexicon.stances.get("model_defers_to", ())))  # 体现: C 体现了 X is no support, 体现了 C is — the rules' call
    return bool(lexicon.find(text, verbs))


def _negated(text: str, start: int, lexicon: Lexicon) -> bool:
    """A negation right before the cue at ``start`` (adverbs between allowed): 不支持, 并没有质疑,
    did not question."""
    lx = lexicon.stances
    head = lexicon.squeeze(text[max(0, start - lx.get("negation_window", 8)):start])
    aside = lexicon.ends_with(head.rstrip(", "), lx.get("negation_asides", ()))
    if aside and head.rstrip().endswith(","):  # did not, however, support: the aside set off by commas
        head = head.rstrip(", ")[:-len(aside)].rstrip(", ")
    for adverb in lx.get("adverbs", ()):
        if lexicon.ends_with(head, [adverb]):
            head = head[:-len(adverb)].rstrip()
    light = lexicon.ends_with(head, lx.get("negation_light_verbs", ()))
    if light:  # 没有表示反对, 未提出批评: the light verb carries the negation over to the cue
        head = head[:-len(light)].rstrip()
        for adverb in lx.get("adverbs", ()):
            if lexicon.ends_with(head, [adverb]):
                head = head[:-len(adverb)].rstrip()
    if _opinion_negated(text, start, lexicon):
        return True
    if lexicon.ends_with(head, lx.get("not_negators", ())):
        return False
    return bool(lexicon.ends_with(head, lx["negators"]))


def _opinion_negated(text: str, start: int, lexicon: Lexicon) -> bool:
    """A negated verb of opinion (``negated_opinion``: 不认为) before the cue at ``start`` in its clause, with no
    other cue between: ``不认为互利合作是一个有用的概念`` judges it not useful."""
    words = lexicon.stances.get("negated_opinion", ())
    if not words:
        return False
    ends = "".join(lexicon.clause_ends) + "\x1e"
    lo = max([text.rfind(c, 0, start) for c in ends] + [-1]) + 1
    hits = lexicon.find(text, words, lo, start)
    if not hits:
        return False
    return not any(hits[-1][1] <= s < start for s, _e, _v in _cue_hits(text[:start], lexicon))


def _countered(text: str, start: int, lexicon: Lexicon) -> bool:
    """The cue at ``start`` names what the concept is said to counter (``countered_by`` before it, at most
    ``countered_words`` words between and no punctuation): ``offered an alternative to the politicization of
    …``, ``an alternative to confrontation and politicization``, ``a safeguard against interference``."""
    lx = lexicon.stances
    rx = lexicon.__dict__.get("_countered")
    if rx is None:
        words = "|".join(map(re.escape, sorted(lx.get("countered_by", ()), key=len, reverse=True)))
        # the counter word, then at most a few words (determiners, coordinated nouns) and no punctuation
        rx = re.compile(rf"(?<!\w)(?:{words})(?:\s+[\w-]+){{0,{lx.get('countered_words', 4)}}}\s*$") if words else False
        lexicon.__dict__["_countered"] = rx
    if not rx:
        return False
    return rx.search(lexicon.squeeze(text[max(0, start - 60):start])) is not None


def _about_other(text: str, cut: int, names, lexicon: Lexicon) -> bool:
    """What follows the contrast at ``cut`` judges something other than the concept: the first clause
    after it that says more than who speaks (但他告诫说，…) names a subject of its own before its cue
    (但强调技术合作必须以请求为基础) and no reference to the concept (its name in ``names``, or one of
    ``contrast_refs``: 其, 这一概念 …). Modal words (``modal_words``), adverbs and reporting verbs are no
    subject (但可能被滥用, 但认为其含义不清)."""
    lx = lexicon.stances
    refs = tuple(lx.get("contrast_refs", ())) + tuple(n for n in names if n)
    skip = sorted(tuple(lx["reporting_verbs"]) + tuple(lx.get("modal_words", ())) + tuple(lx.get("adverbs", ()))
                  + tuple(lx.get("contrast", ())) + tuple(lexicon.get("personal_pronouns", ())), key=len, reverse=True)
    ends = "".join(lexicon.clause_ends) + "\x1e"
    for clause in re.split("[" + re.escape(ends) + "]", text[cut:]):
        head = lexicon.squeeze(clause)
        cues = _cue_hits(head, lexicon)
        lead = head
        for w in lx.get("contrast", ()):
            lead = lead[len(w):].lstrip() if lead.startswith(w) else lead
        gov = lexicon.starts_with(lead, lx.get("governed_object_markers", ()))
        obj = lead[len(gov):].lstrip() if gov else ""
        named = tuple(n for n in names if n) + tuple(lx.get("concept_backrefs", ()))
        if gov and cues and not lexicon.starts_with(obj, refs) and not lexicon.find(obj, named):
            return True  # 但对单方面强制措施阻碍其…表示遗憾: the judgement is of what 对 governs, not the concept
        if cues and lx.get("complement_markers"):
            rest = head[cues[0][1]:].lstrip()
            marker = lexicon.starts_with(rest, lx["complement_markers"])
            after = rest[len(marker):].lstrip() if marker else ""
            if marker and cues[0][2] in lx.get("governing_values", ()) and len(after.split()) >= 3 \
                    and not lexicon.find(head[:cues[0][0]], refs) \
                    and not lexicon.starts_with(after, refs + tuple(lexicon.get("personal_pronouns", ()))) \
                    and not lexicon.find(" ".join(after.split()[:4]), named):  # doubted that the expression "C" …
                return True  # but deplored that sanctions had prevented it from …: the complement has a subject of its own
                # (but added that the notion lacked a definition that …: the concept, named before the cue, is judged)
        found = lexicon.find(head, refs)  # whole words in a spaced language (no "it" in "capacity")
        if found and not _weak_only(head, found, skip, lexicon):
            return False
        if not cues:
            continue  # 但他告诫说 (who speaks), 但在…的语境下 (where): what is judged comes in a later clause
        return bool(_stripped(head[:cues[0][0]], skip, lexicon))  # a subject of its own before the cue
    return False


def _stripped(head: str, skip, lexicon: Lexicon, both_ends: bool = True) -> str:
    """``head`` without the words of ``skip`` at its start (and, with ``both_ends``, at its end); whole words in a
    spaced language."""
    spaced = lexicon.language.spaced
    changed = True
    while changed and head:
        changed = False
        for w in skip:
            if head.startswith(w) and (not spaced or len(head) == len(w) or not head[len(w)].isalnum()):
                head, changed = head[len(w):].lstrip(), True
                break
            if both_ends and head.endswith(w) and (not spaced or len(head) == len(w) or not head[-len(w) - 1].isalnum()):
                head, changed = head[:-len(w)].rstrip(), True
                break
    return head


def _per_se(text: str, at: int, lexicon: Lexicon) -> bool:
    """The clause of the cue at ``at`` says the concept is unobjectionable only in itself (``per_se``: 本身, in
    itself): a concession, so what follows the contrast judges the concept (提法本身无可厚非，然而不能取代…)."""
    words = lexicon.stances.get("per_se", ())
    if not words:
        return False
    ends = "".join(lexicon.clause_ends) + "\x1e"
    lo = max([text.rfind(c, 0, at) for c in ends] + [-1]) + 1
    hi = min([i for i in (text.find(c, at) for c in ends) if i != -1] or [len(text)])
    return bool(lexicon.find(text, words, lo, hi))


def _weak_only(head: str, found, skip, lexicon: Lexicon) -> bool:
    """Every reference to the concept that ``found`` holds in the clause ``head`` is a pronoun (``weak_refs``: 其,
    它) after a subject of the clause's own (但指出区域办事处的支持对其工作至关重要: 其
    is the holder, and the support is what is judged)."""
    weak = set(lexicon.stances.get("weak_refs", ()))
    if not weak or any(w not in weak for _s, _e, w in found):
        return False
    first = min(s for s, _e, _w in found)
    lead = head[:first]
    gov = lexicon.ends_with(lead.rstrip(), tuple(lexicon.stances.get("governed_object_markers", ())))
    if gov:  # 但对其被用来…表示遗憾: what 对 governs is the concept
        lead = lead.rstrip()[:-len(gov)]
    return bool(_stripped(lead, skip, lexicon, both_ends=False).strip(" ,"))


def _refers_later(text: str, e: int, names, lexicon: Lexicon, value: str | None = None) -> bool:
    """The rest of the clause after the cue ending at ``e`` names the concept or one of ``concept_backrefs``
    (not a bare pronoun): 但认为理事会不应在该概念缺乏定义的情况下使用它 judges the concept."""
    ends = "".join(lexicon.clause_ends) + "\x1e"
    ce = min([i for i in (text.find(c, e) for c in ends) if i != -1] or [len(text)])
    words = tuple(lexicon.stances.get("concept_backrefs", ())) + tuple(n for n in names if n)
    if lexicon.find(text, words, e, ce):
        return True
    rest = text[e:ce].lstrip()  # doubted that it (its benefits) could …: the pronoun after the complement marker
    if value in lexicon.stances.get("governing_values", ()) \
            and lexicon.starts_with(rest, tuple(lexicon.stances.get("object_refs_after", ()))):
        return True  # but questioned its added value: the object of a doubt or criticism is the concept's
    marker = lexicon.starts_with(rest, tuple(lexicon.stances.get("complement_markers", ()))
                                 + tuple(lexicon.stances.get("question_markers", ())))
    return bool(marker) and bool(lexicon.starts_with(rest[len(marker):].lstrip(), tuple(lexicon.get("personal_pronouns", ()))
                                                     + tuple(lexicon.stances.get("contrast_refs", ()))))


def _disposes_of_other(text: str, s: int, refs, lexicon: Lexicon) -> bool:
    """The clause holding the cue at ``s`` has a disposal marker (``disposal_markers``: 将, 把) and names
    neither the concept nor a reference to it: its judgement is of the thing the marker governs."""
    markers = lexicon.stances.get("disposal_markers", ())
    if not markers:
        return False
    ends = set(lexicon.clause_ends) | {"\x1e"}
    cs = max([i + 1 for i in range(0, s) if text[i] in ends] or [0])
    ce = min([i for i in range(s, len(text)) if text[i] in ends] or [len(text)])
    clause = text[cs:ce]
    return any(m in clause for m in markers) and not any(r and r in clause for r in refs)


def _judges_other(text: str, s: int, e: int, refs, lexicon: Lexicon) -> int | None:
    """The cue at ``s``–``e`` is a predicate with an object of its own (``object_predicates``: 批评一些捐助方, or an
    ``object_governors`` word before it: 对资金不足表示关切) in a clause that names neither the concept nor a reference to it:
    it judges that other thing, not the concept. Returns the end of that clause, else ``None``."""
    words = lexicon.stances.get("object_predicates", ())
    if not words or not lexicon.starts_with(text[s:e], words) and not lexicon.ends_with(text[s:e], words):
        return None
    ends = set(lexicon.clause_ends) | set(lexicon.clause_ends.translate(_ASCII)) | {"\x1e"}
    cs = max(text.rfind(c, 0, s) for c in ends) + 1
    ce = min([i for i in (text.find(c, e) for c in ends) if i != -1] or [len(text)])
    refs = tuple(refs) + tuple(lexicon.stances.get("concept_backrefs", ())) + tuple(lexicon.stances.get("object_refs", ()))
    hits = lexicon.find(text, [r for r in refs if r], cs, ce)  # whole words in a spaced language (no "it" in "criticized")
    owned = tuple(lexicon.stances.get("object_owned_refs", ()))  # criticized donors for reducing their assistance
    subjects = tuple(lexicon.stances.get("object_subject_refs", ()))  # although it deplored the lack of …
    adverbs = tuple(lexicon.stances.get("adverbs", ()))
    hits = [h for h in hits if not (h[2] in subjects and h[1] <= s
                                    and lexicon.squeeze(text[h[1]:s]).strip() in adverbs + ("",))]
    if [h for h in hits if not (h[2] in owned and h[0] > e and lexicon.squeeze(text[e:h[0]]).strip())]:
        return None  # (…持怀疑态度 towards 这一新概念; 支持…加以推广: 加以 stands for it)
    obj = lexicon.squeeze(text[e:ce]).strip()
    obj = obj[len(lexicon.starts_with(obj, lexicon.get("object_fillers", ())) or ""):]
    governors = tuple(lexicon.stances.get("object_governors", ()))
    return ce if obj or governors and any(g in text[cs:s] for g in governors) else None


_ASCII = str.maketrans("，；：", ",;:")


def concession(text: str, lexicon: Lexicon) -> int | None:
    """Where a concessive clause that opens ``text`` (``concessive_openers``: Although X welcomed C, …) ends:
    the clause after it is the main one."""
    low = text.lower()
    for w in lexicon.stances.get("concessive_openers", ()):
        if low.startswith(w) and lexicon.language.bounded(low, 0, len(w)):
            ends = [i for i in (text.find(c, len(w)) for c in set(lexicon.clause_ends) | {","}) if i != -1]
            return min(ends) if ends else None
    return None


def value_of(regions: list[str], lexicon: Lexicon, names=()) -> str | None:
    """The stance the cues of ``regions`` (in text order) express.

    A negated cue takes its ``negated_value`` (不支持 is Critical, 没有质疑 is
    NotQuestioned); when a contrast (但是, 然而 …) follows a judgement, the part
    after the last contrast that holds a cue decides (认为…有用，但…不能适用 is
    Critical) — unless it is a caveat on the concept's use (``caveats``: 但强调 C 不能成为…的理由, but cautioned that it could
    not replace …); within that part the first value of ``priority`` present wins.
    """
    lx = lexicon.stances
    text = "\x1e".join(regions)  # a separator that is no word of any list
    nots = tuple(lx.get("not_contrasts", ()))
    cuts = [s for s, _e, _w in lexicon.find(text, lx.get("contrast", ()))
            if not corrective(text, s, lexicon)  # not an abstract notion but a framework: one judgement
            and not (nots and text.startswith(nots, s))]  # 不过是 (no more than) is no contrast
    lead = concession(text, lexicon)
    if lead is not None:  # Although X did not object to C, it warned …: the main clause after the concession decides
        cuts = sorted([c for c in cuts if c >= lead] + [lead])
    hits = []
    kept = set(lx.get("kept_without_ref", ()))
    refs = tuple(lx.get("contrast_refs", ())) + tuple(lx.get("plural_concept_backrefs", ())) + tuple(n for n in names if n)
    others: list[tuple[int, int]] = []
    governed: list[tuple[int, int]] = []  # the complements of a cue of doubt or criticism (doubted that …)
    for s, e, value in _cue_hits(text, lexicon) + _predicated(text, names, lexicon):
        if _countered(text, s, lexicon):
            value = lx["countered_value"].get(value, value)  # an alternative to politicization
        elif _negated(text, s, lexicon):
            value = lx["negated_value"].get(value, value)
        cut = max((c for c in cuts if c < s), default=None)
        if cut is not None and lx.get("contrast_refs") and _about_other(text, cut, names, lexicon):
            continue  # 没有质疑…，但强调技术合作必须以请求为基础: the qualifier judges something else
        if cut is not None and lx.get("caveats") and re.match(lx["caveats"], text[cut:cut + 120]):
            continue  # 认为 C 有益，但强调 C 不能成为…的理由: a caveat on its use, no judgement of the concept
        if cut is not None and any(h < cut and v in kept and not _per_se(text, h, lexicon) for h, v in hits) \
                and not lexicon.find(text, [r for r in refs if r], cut, e) and not _refers_later(text, e, names, lexicon, value):
            continue  # 未发表意见，但欢迎理事会…: what is welcomed after it is not the concept
        if _disposes_of_other(text, s, refs, lexicon):
            continue  # 不应将人权问题政治化: the clause judges what 将 governs, not the concept
        if any(a <= s < b for a, b in others):
            continue  # 反对任何形式的政治化: a cue word inside the object of a judgement of something else
        other = _judges_other(text, s, e, refs, lexicon)
        if other is not None:
            others.append((e, other))
            continue  # 反对任何形式的政治化，并支持…: the first clause judges something else
        if any(a <= s < b for a, b in governed):
            continue  # doubted that it could be useful: "useful" is what is doubted, not a judgement of its own
        hits.append((s, value))
        if value in lx.get("governing_values", ()) and lexicon.starts_with(
                text[e:].lstrip(), tuple(lx.get("complement_markers", ())) + tuple(lx.get("question_markers", ()))):
            ce = min([i for i in (text.find(c, e) for c in "".join(lexicon.clause_ends) + "\x1e") if i != -1] or [len(text)])
            governed.append((e, ce))
    hits = _unconditioned(text, hits, lexicon)
    if not hits:
        return None
    last = max((c for c in cuts if any(h >= c for h, _v in hits)), default=0)
    present = {v for h, v in hits if h >= last}
    for value in lx["priority"]:
        if value in present:
            return value
    return None


def _predicated(text: str, names, lexicon: Lexicon) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of a verb right after the concept's name that says what the concept demands
    (``concept_predicates``: 发展权要求各国…, 发展权意味着…) — a holder who invokes what it requires speaks for it —
    unless a condition opens the clause before it (``predicate_conditions``: 如果互利合作意味着…, 那么…) or one of
    ``predicate_objects`` follows in its clause (互利合作要求进一步界定: it asks for a definition)."""
    preds = lexicon.stances.get("concept_predicates", {})
    if not preds or not names:
        return []
    conditions = tuple(lexicon.stances.get("predicate_conditions", ()))
    objects = tuple(lexicon.stances.get("predicate_objects", ()))
    ends = "".join(lexicon.clause_ends) + "\x1e"
    out = []
    for name in sorted({n for n in names if n}, key=len, reverse=True):
        at = text.find(name)
        while at != -1:
            e = at + len(name)
            lo = max([text.rfind(c, 0, at) for c in ends] + [-1]) + 1
            hi = min([i for i in (text.find(c, e) for c in ends) if i != -1] or [len(text)])
            for value, words in preds.items():
                w = lexicon.starts_with(text[e:], words)
                if w and not lexicon.find(text, conditions, lo, at) and not lexicon.find(text, objects, e, hi):
                    out.append((at, e + len(w), value))
            at = text.find(name, e)
    return out


def _unconditioned(text: str, hits: list[tuple[int, str]], lexicon: Lexicon) -> list[tuple[int, str]]:
    """``hits`` without the cues inside a condition the holder sets (``conditions``: provided that, 条件是, 只要 — up to
    the end of its clause), when a cue stands outside one: ``welcomed C, provided that it did not undermine …``, ``只要
    不损害…，就支持 C`` are support on a condition, not criticism. A region whose only cues are in a condition keeps
    them."""
    words = lexicon.stances.get("conditions", ())
    if not words or not hits:
        return hits
    ends = "".join(lexicon.clause_ends) + "\x1e"
    spans = [(s, min([i for i in (text.find(c, e) for c in ends) if i != -1] or [len(text)]))
             for s, e, _w in lexicon.find(text, words)]
    if not spans:
        return hits
    outside = [(h, v) for h, v in hits if not any(a <= h < b for a, b in spans)]
    return outside or hits
