"""Sentences of a text unit and the groups of entities in them.

The relation patterns (:mod:`.patterns`) work on this small model rather than
on raw text:

* an :class:`Item` is one recognised entity occurrence (offsets into the unit's
  normalised text);
* a :class:`Group` is a run of items joined only by coordinators
  (``A、B 和 C``), with the preposition that governs it (``向`` in ``向 A 提供``)
  — a governed group is not a grammatical subject; a body right before its own
  resolution (``人权理事会第 37/23 号决议``) is folded into the resolution, and a
  name in brackets right after another name (``协会(喀麦隆)``, ``(人权高专办)``)
  is a qualifier, not a list member;
* a :class:`Sentence` (as the one sentence segmentation cut it) holds its
  groups; clauses end at the language's ``clause_ends`` (``，；：``).

The words come from the language's :class:`~.lexicon.Lexicon` (``data/patterns/{lang}/``):

>>> sorted(lexicon_for("zh")["coordinators"])[:3]
['、', '、以及', '与其']
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..recognise.around import ends_before
from .lexicon import Lexicon, ends_with, find_words, lexicon_for  # (the word lists, kept importable from here)

__all__ = ["Item", "Group", "Sentence", "Lexicon", "sentences", "lexicon_for", "ends_with", "find_words",
           "without_short_form"]


@dataclass
class Item:
    key: str
    kind: str
    start: int
    end: int
    via: str = "name"


@dataclass
class Group:
    items: list[Item]
    governor: str | None = None  # preposition right before the group
    in_resolution: bool = False  # 在(其|该)…决议中, in its resolution …, … in which: the resolution speaks
    lead: int | None = None  # where a phrase naming the group through it begins (the Government of X)

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def head(self) -> int:
        """Where the words standing for the group begin (``the Government of`` included)."""
        return self.start if self.lead is None else self.lead

    @property
    def end(self) -> int:
        items = self.items
        return items[0].end if len(items) == 1 else max([i.end for i in items])  # (most groups have one item)

    @property
    def keys(self) -> list[str]:
        return list(dict.fromkeys(i.key for i in self.items))

    def kinds(self) -> set[str]:
        return {i.kind for i in self.items}


@dataclass
class Sentence:
    text: str  # the whole unit text
    start: int
    end: int
    groups: list[Group] = field(default_factory=list)
    qualifiers: list[Item] = field(default_factory=list)
    original: str = ""  # the unit text as written (same offsets), for quotes
    lx: Lexicon | None = None

    @property
    def span(self) -> str:
        return self.text[self.start:self.end]

    @property
    def quote(self) -> str:
        """The sentence as written, with the PDF's line-break spaces squeezed."""
        return " ".join((self.original or self.text)[self.start:self.end].split())

    def item_kinds(self) -> dict[str, str]:
        """Each named entity of the sentence's groups → its class."""
        return {it.key: it.kind for g in self.groups for it in g.items}

    def before(self, pos: int) -> list[Group]:
        return [g for g in self.groups if g.end <= pos]

    def after(self, pos: int) -> list[Group]:
        return [g for g in self.groups if g.start >= pos]

    @cached_property
    def _inside(self) -> frozenset[int]:
        """Offsets of clause-end characters inside a coordinated group or the phrase naming it (``the Niger, Chad and
        Cameroon``) or a number (``1,100``): they separate list members or digits, not clauses."""
        ends = self.lx.clause_ends
        t = self.text
        inside = {i for g in self.groups for i in range(g.head, g.end) if t[i] in ends}
        inside |= {i for i in range(max(1, self.start), min(self.end, len(t) - 1))
                   if t[i] in ends and t[i - 1].isdigit() and t[i + 1].isdigit()}
        rx = self.lx.res.get("list_commas")
        if rx is not None:  # judges, prosecutors and lawyers
            for m in rx.finditer(t, self.start, self.end):
                inside |= {i for i in range(m.start(), m.end()) if t[i] in ends}
        return frozenset(inside)

    @cached_property
    def _clause_ends(self) -> list[int] | None:
        """Offsets of the characters in the sentence that end a clause (a clause-end character not
        :attr:`_inside`), in order; ``None`` where the sentence runs past its text."""
        ends, inside, t = self.lx.clause_ends, self._inside, self.text
        return None if self.end > len(t) else \
            [i for i in range(self.start, self.end) if t[i] in ends and i not in inside]

    def clause_start(self, pos: int) -> int:
        """Offset where the clause holding ``pos`` begins."""
        if pos <= self.start:
            return pos
        cuts = self._clause_ends
        if cuts is not None and pos <= self.end:
            k = bisect.bisect_left(cuts, pos) - 1
            return cuts[k] + 1 if k >= 0 else self.start
        ends = self.lx.clause_ends
        inside = self._inside
        i = pos
        while i > self.start and (self.text[i - 1] not in ends or i - 1 in inside):
            i -= 1
        return i

    def clause_end(self, pos: int) -> int:
        if pos >= self.end:
            return pos
        cuts = self._clause_ends
        if cuts is not None and pos >= self.start:
            k = bisect.bisect_left(cuts, pos)
            return cuts[k] if k < len(cuts) else self.end
        ends = self.lx.clause_ends
        inside = self._inside
        i = pos
        while i < self.end and (self.text[i] not in ends or i in inside):
            i += 1
        return i


_PAREN = re.compile(r"\([^()]*\)")
_SHORT_FORM = re.compile(r"^\s*[(（][^()（）]{1,20}[)）]\s*")


def without_short_form(rest: str) -> str:
    """``rest`` (the words right after a name) without the short form in brackets that may open it: ``X (UNODC)
    implemented``, ``由 X(其简称)管理``, ``X(毒罪办)拨付``."""
    return _SHORT_FORM.sub("", rest, count=1)
_SPACE = re.compile(r"\s+")


def _strip(gap: str) -> str:
    return _SPACE.sub("", gap)


def _is_qualifier(text: str, prev: Item, item: Item) -> bool:
    """``item`` is alone in brackets right after ``prev``: ``协会(喀麦隆)``."""
    if not text[prev.end:item.start].strip() == "(":
        return False
    close = text.find(")", item.end)
    return close != -1 and text[item.end:close].strip() == ""


def _in_organ(text: str, prev: Item, it: Item, organ: str) -> bool:
    """``it`` lies inside the name of the State ``prev``'s organ right after it (``organ``)."""
    m = re.match(organ, text[prev.end:it.end + 12])
    return m is not None and prev.end + m.end() >= it.end


def _items(text: str, mentions, kinds: dict[str, str], stationed=(), stationed_list=None, organ: str | None = None
           ) -> tuple[list[Item], list[Item]]:
    """Items in text order; overlaps, folded bodies and qualifiers removed (a State after a
    ``stationed`` word and right before an organisation — 联合国驻 X 国家工作队 — only says where
    the organisation is; so do the States of a list after it, where ``stationed_list`` gives the
    gaps between them and before the organisation, as regular expressions: 联合国驻 A、B 和 C 的国家工作队; a place
    read inside the name of a State's organ, ``organ`` a regular expression on the words after the State's name, only
    names the organ: 斯洛文尼亚外交和欧洲事务部 is Slovenia's ministry, Europe no actor of the clause)."""
    raw = sorted(
        (Item(m.entity, kinds.get(m.entity, ""), m.start, m.end, m.via) for m in mentions),
        key=lambda i: (i.start, -(i.end - i.start)),
    )
    kept: list[Item] = []
    for it in raw:
        if kept and it.start < kept[-1].end and not (it.start == kept[-1].start and it.end == kept[-1].end):
            continue  # inside a longer mention
        if kept and (it.start, it.end, it.key) == (kept[-1].start, kept[-1].end, kept[-1].key):
            continue
        kept.append(it)
    items: list[Item] = []
    qualifiers: list[Item] = []
    placed: set[int] = set()  # 联合国驻 A、B 和 C 的国家工作队: the States of a stationed list
    if stationed and stationed_list:
        for i, it in enumerate(kept):
            if it.kind != "State" or not ends_before(text, it.start, stationed):
                continue
            j = i
            while j + 1 < len(kept) and kept[j + 1].kind == "State" \
                    and re.fullmatch(stationed_list[0], text[kept[j].end:kept[j + 1].start].strip()):
                j += 1
            nxt = kept[j + 1] if j + 1 < len(kept) else None
            if j > i and nxt is not None and nxt.kind not in ("State", "") \
                    and re.fullmatch(stationed_list[1], text[kept[j].end:nxt.start].strip()):
                placed.update(range(i, j + 1))
    for i, it in enumerate(kept):
        prev = items[-1] if items else None
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        if i in placed or (stationed and it.kind == "State" and nxt is not None and nxt.kind not in ("State", "")
                           and not text[it.end:nxt.start].strip()
                           and ends_before(text, it.start, stationed)):
            qualifiers.append(it)  # 联合国驻 X 国家工作队: the country team in X
            continue
        if prev and it.kind == "Resolution" and prev.kind != "Resolution" and text[prev.end:it.start].strip() == "":
            # 人权理事会第 37/23 号决议: the resolution stands for both
            items[-1] = Item(it.key, it.kind, prev.start, it.end, it.via)
            continue
        if it.kind == "Session" or (prev and _is_qualifier(text, prev, it)) or (
                organ and prev and prev.kind == "State" and it.kind == "Place" and _in_organ(text, prev, it, organ)):
            qualifiers.append(it)  # a session dates what a body did; it is no list member or actor
            continue
        items.append(it)
    return _with_appositions(text, _with_short_forms(text, items)), qualifiers


_BRACKETED = re.compile(r"[ \t]*[(（][^()（）\d]{1,20}[)）]")


def _with_short_forms(text: str, items: list[Item]) -> list[Item]:
    """Each name followed by a short form in brackets (``the United Nations Children's Fund (UNICEF)``,
    ``联合国儿童基金会(儿基会)``) ends after the brackets, and the short form, when read as a mention of the same
    entity, is no item of its own: the words after a name are read past its short form."""
    out: list[Item] = []
    for it in items:
        if out and out[-1].start < it.start < out[-1].end and (out[-1].key == it.key or it.kind == "Place"):
            continue  # the short form itself, or a place read in it (亚太论坛), inside the name's brackets
        m = _BRACKETED.match(text, it.end) if it.kind not in ("Resolution", "Document", "Session", "Place") else None
        if m is not None and not any(o.key != it.key and o.kind != "Place" and m.start() <= o.start < m.end()
                                     for o in items):
            it = Item(it.key, it.kind, it.start, m.end(), it.via)
        out.append(it)
    return out


_APPOSITION_GAP = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")
_APPOSITION_CLOSE = re.compile(r"[ \t]*,")


def _with_appositions(text: str, items: list[Item]) -> list[Item]:
    """A name followed by another name of the same entity set off by commas (``IWGIA, the International Work Group for
    Indigenous Affairs, trained``) is one item that ends after the second name: the words after the apposition are
    read as the words after the name."""
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if prev is not None and prev.key == it.key and _APPOSITION_GAP.fullmatch(text, prev.end, it.start) \
                and _APPOSITION_CLOSE.match(text, it.end) and prev.kind not in ("Resolution", "Document", "Session"):
            out[-1] = Item(prev.key, prev.kind, prev.start, it.end, prev.via)
            continue
        out.append(it)
    return out


def _gap(text: str, a: int, b: int, lx: Lexicon) -> str:
    """Text between ``a`` and ``b`` without bracketed asides (nor, where the language gives its
    ``located_aside``, a comma-bounded ``, based in X,``), white space squeezed."""
    g = text[a:b]
    prev = None
    while prev != g:
        prev, g = g, _PAREN.sub("", g)
    if "located_aside" in lx.res:
        g = lx.res["located_aside"].sub(",", g)
    return lx.squeeze(g)


@lru_cache(maxsize=1024)  # asked again for the same stretch: as the groups are made, then for their governors
def _lead(text: str, lo: int, g_start: int, lx: Lexicon) -> int | None:
    """Where a phrase that names the group through it begins: ``the Government of X``,
    ``officials of X``, ``members of the Parliament of X`` (``owner_phrases``, regular
    expressions matched against the text right before the group, from ``lo``; phrases
    chain)."""
    lead = None
    end = g_start
    while end > lo:
        best = None
        before = text[lo:end]
        for rx in lx.res.get("owners", ()):
            m = rx.search(before)
            if m and m.end() == len(before) and m.end() > m.start():
                best = m.start() if best is None else min(best, m.start())
        if best is None:
            break
        lead = end = lo + best
    return lead


def _coordinated(gap: str, lx: Lexicon) -> str | None:
    """``"coord"`` for a coordinating gap (``、``, ``和``, ``and``), ``"sep"`` for a list
    separator that joins only when the list ends with a coordinator (``,``), else ``None``."""
    bare = gap.strip() != "" and not lx.trim(gap, "determiners")  # only an article between the names
    gap = lx.trim(gap, "determiners")
    for w in lx["government_words"]:
        if gap.startswith(w):
            gap = gap[len(w):]
    if bare and not lx.get("adjacent_names_coordinate", True):
        return None  # In Colombia the OHCHR Country Office …: a name, an article, a name is no list in English
    if gap == "" or gap in lx["coordinators"]:
        return "coord"
    if gap in lx.get("list_separators", ()):
        return "sep"
    if "possessed_coordination" in lx.res and lx.res["possessed_coordination"].fullmatch(gap):
        return "coord"  # 人权高专办的人权顾问和毒罪办联手…: the body whose adviser acts, and the other
    return None


def _verb_with_object(text: str, g: Group, lx: Lexicon) -> bool:
    """A finite verb (``new_clause_item``) and the start of its object (``new_clause_object``) right after ``g``:
    ``… to A and UNICEF deployed an adviser``: ``g`` is a clause's subject, governed by nothing."""
    obj = lx.get("new_clause_object")
    m = lx.res["new_clause_item"].match(text, g.end) if obj and "new_clause_item" in lx.res else None
    return m is not None and "," not in m.group(0) and re.match(obj, text[m.end():m.end() + 40]) is not None


def _opens_clause(text: str, last: Group, it: Item, start: int, lx: Lexicon, after_subject: bool) -> bool:
    """Whether item ``it``, coordinated after group ``last`` that a preposition governs, is rather the subject of a
    clause of its own: a finite verb follows it (``new_clause_item``) and a comma stands before the coordinator (``…
    gave X to UNDP, and Qatar provided Y``) — or, with no comma, the verb takes an object the language's
    ``new_clause_object`` opens (``extended its support to A and UNICEF deployed an adviser``), when a name stands before
    ``last`` (``after_subject``: the clause it ends has a subject; ``Experts from A and B trained …`` is one subject)."""
    m = lx.res["new_clause_item"].match(text, _after_attributive(text, it.end, lx))
    if m is None or not lx.ends_with(lx.trim(lx.squeeze(text[max(start, last.start - 24):last.start]), "determiners"),
                                     lx["prepositions"]):
        return False
    if "," in text[last.end:it.start]:
        return True
    if len(last.items) > 1 or "," in text[max(start, last.start - 24):last.start] or "," in m.group(0):
        return False  # (at the request of X, A and B would deploy a team: the list is the subject)
    obj = lx.get("new_clause_object")
    return after_subject and bool(obj) and re.match(obj, text[m.end():m.end() + 40]) is not None


def _after_attributive(text: str, pos: int, lx: Lexicon) -> int:
    """The end of a phrase through which a name acts (``attributive_subjects``: ``'s adviser``, ``country office``)
    right after ``pos``, else ``pos``: ``at the request of X, the Regional Office and the Office's adviser organized …``
    — the adviser's verb follows the phrase, not the name."""
    rx = lx.__dict__.get("_attributive_after")
    if rx is None:  # (compiled once per lexicon)
        words = sorted(lx.get("attributive_subjects", ()), key=len, reverse=True)
        alt = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
        rx = lx.__dict__["_attributive_after"] = re.compile(rf"\s*(?:{alt})(?!\w)", re.I) if alt else False
    m = rx.match(text, pos) if rx else None
    return m.end() if m else pos


def _groups(text: str, start: int, end: int, items: list[Item], lx: Lexicon, original: str) -> list[Group]:
    groups: list[Group] = []
    joints: list[list[str]] = []  # per group, how each item after the first was joined
    for it in items:
        if groups:
            last = groups[-1]
            lead = _lead(original, last.end, it.start, lx)
            gap = _gap(text, last.end, lead if lead is not None else it.start, lx)
            how = _coordinated(gap, lx)
            if not how and it.kind == "Resolution" and "date_gap" in lx.res and lx.res["date_gap"].fullmatch(gap):
                how = "coord"  # 大会 2010 年 7 月 30 日第 64/293 号决议: the body, the date, its resolution
            if how and lead is not None and not gap and lx.language.spaced:
                how = None  # OHCHR trained judges of Chad: a phrase naming a group right after another is no list
            if how == "sep" and lead is not None and lx.language.spaced:
                how = None  # funded by X, officials of Y and Z were trained: the people open a phrase of their own
            if how and "new_clause_item" in lx.res and _opens_clause(text, last, it, start, lx, len(groups) > 1):
                how = None  # … gave X to UNDP, and Qatar provided Y: Qatar opens a clause of its own
            if how or (it.start == last.items[-1].start):
                last.items.append(it)
                joints[-1].append(how or "coord")
                continue
        groups.append(Group([it]))
        joints.append([])
    fronted, verb_after = lx.res.get("fronted_list_opening"), lx.res.get("fronted_list_verb")
    if fronted is not None and verb_after is not None:
        for i, (g, how) in enumerate(zip(groups, joints)):
            if how and how[0] == "sep" and fronted.match(text, start, g.start) \
                    and verb_after.match(text, _after_attributive(text, g.end, lx)):
                # With a grant from X, A and B held …: X closes the opening phrase; A and B are the subject
                groups[i:i + 1], joints[i:i + 1] = [Group(g.items[:1]), Group(g.items[1:])], [[], how[1:]]
                break
    if lx.get("list_separators"):
        groups = _split_lists(groups, joints)
    # governors
    clause_end = lx.clause_ends
    preps = lx["prepositions"]
    topic = lx["topic_markers"]
    in_res = lx.get("in_resolution", {})
    prev_end = start
    prev_gov = None
    # where clauses end in the sentence, found once (not once per group)
    ends_at = [i for i in range(start, min(end, len(text))) if text[i] in clause_end]
    for i, g in enumerate(groups):
        g.lead = _lead(original, prev_end, g.start, lx)
        raw = text[prev_end:g.head]
        k = bisect.bisect_left(ends_at, g.head) - 1
        cut = ends_at[k] - prev_end if k >= 0 and ends_at[k] >= prev_end else -1
        boundary = cut != -1
        gap = lx.squeeze(raw[cut + 1:]) if boundary else lx.squeeze(raw)
        gap = lx.trim(lx.res["count_tail"].sub("", gap) if "count_tail" in lx.res else gap)  # 向 37 个 X
        if "count_tail" in lx.res:  # 为 15 名来自 X 的…: the count before a filler word (来自) that trim took off
            gap = lx.trim(lx.res["count_tail"].sub("", gap))
        if "modifier_tail" in lx.res and lx.res["modifier_tail"].search(gap):
            # 为(1 200 名)即将接防的 X 士兵: a relative modifier between the preposition and the name, then a count
            gap = lx.trim(lx.res["modifier_tail"].sub("", gap))
            gap = lx.trim(lx.res["count_tail"].sub("", gap)) if "count_tail" in lx.res else gap
        ap = lx.ends_with(gap, lx.get("class_appositions", ()))
        if ap and lx.ends_with(gap[:-len(ap)].rstrip(), preps):
            gap = gap[:-len(ap)].rstrip()  # 与国家人权机构哥伦比亚监察员办公室: the class before the name
        p = lx.ends_with(gap, preps)
        t = lx.ends_with(gap, topic)
        v = lx.ends_with(gap, lx["embedding_verbs"])  # called upon X: the verb's own preposition
        if p and v and len(v) > len(p):
            p = None
        w = lx.ends_with(gap, lx.get("not_prepositions", ())) if p else None
        if w and len(w) > len(p):
            p = None  # 认为 X 应…: a verb that ends in a preposition's character (为) governs nothing
        if p and not (t and len(t) >= len(p)):
            g.governor = p
        elif gap and lx.ends_with(gap, lx["coordinators"]):
            if lx.ends_with(lx.trim(lx.squeeze(raw), "determiners"), lx.get("new_clause_after", ())) \
                    or i >= 2 and _verb_with_object(text, g, lx):
                pass  # … in Nairobi and that UNICEF continue …: a new clause's subject, not the list's
            elif not boundary and prev_gov and not lx.ends_with(lx.trim(gap[:-len(lx.ends_with(gap, lx["coordinators"]))]),
                                                                  lx.get("list_break_verbs", ())):
                g.governor = prev_gov  # 与 A、所有机构、B 和 C: the list stays governed (not 由 F 出资、A 组织的…)
            else:
                head = lx.starts_with(gap, preps)
                if head:
                    g.governor = head  # 与区域经济共同体、…以及 A
                elif "unnamed_first_conjunct" in lx.res:
                    m = lx.res["unnamed_first_conjunct"].match(gap)
                    if m:  # jointly with the Legal Aid Board and UNDP: UNDP, after a body of no name, is still "with"
                        g.governor = m.group(1)
        if i and g.governor is None and groups[i - 1].governor in lx.get("place_modifier_governors", ()) \
                and groups[i - 1].kinds() <= set(lx.get("place_modifier_kinds", ("Place",))) \
                and not g.kinds() & set(lx.get("place_modifier_kinds", ("Place",))) \
                and lx.squeeze(text[groups[i - 1].end:g.start]).strip() in lx["place_modifiers"]:
            # 向达喀尔的塞内加尔国家民事登记局: a city joined to the name after it only says where that body is;
            # the preposition governs the body (one of ``place_modifier_governors``: not 在, where 设在 X 的 Y is Y)
            g.governor, groups[i - 1].governor = groups[i - 1].governor, None
        if "Resolution" in g.kinds():
            after = lx.squeeze(text[g.end:g.end + 36])
            if in_res.get("paragraph"):  # 在第 N 号决议第 18 段中: the resolution still speaks
                after = re.sub(in_res["paragraph"], "", after, count=1)
            followed = any(after.startswith(w) for w in in_res.get("followed_by", ()))
            lead = in_res.get("lead") and re.search(in_res["lead"], lx.squeeze(text[max(start, g.start - 40):g.start]))
            if (g.governor in in_res.get("governors", ()) or lead) and followed:
                g.in_resolution = True  # 在其第 N 号决议中, in its resolution N; 在第 73 届会议上通过的第 N 号决议中
            elif in_res.get("adopted_then") and g.governor in in_res["adopted_then"]["governors"] \
                    and re.match(in_res["adopted_then"]["after"], after):
                g.in_resolution = True  # 理事会通过了第 N 号决议，请 …: the resolution asks
            elif g.governor in in_res.get("opening_governors", ()) and not lx.squeeze(text[start:g.start])[:-len(g.governor)].strip(" ,"):
                g.in_resolution = True  # Under resolution N, (adopted at …,) the Council asked …: it opens the sentence
            elif lx.starts_with(after, in_res.get("relative", ())):
                g.in_resolution = True  # resolution N, in which the Council …
            elif in_res.get("aside"):
                # resolution N, adopted at its fifty-seventh session, in which the Council …
                m = re.match(in_res["aside"], text[g.end:g.end + 160])
                if m and lx.starts_with(lx.squeeze(text[g.end + m.end():g.end + m.end() + 24]), in_res["relative"]):
                    g.in_resolution = True
        prev_end, prev_gov = g.end, g.governor
    return groups


def _split_lists(groups: list[Group], joints: list[list[str]]) -> list[Group]:
    """A run joined by separators alone (``In Guinea, OHCHR …``) is no list: only the items
    up to the last coordinator (``A, B and C``) stay together."""
    out = []
    for g, how in zip(groups, joints):
        # a separator between a State and an organisation is no list's (At the request of X, OHCHR
        # and UNDP …): the list starts after it
        # (not where States and organisations mix after it: by Australia, the European Union and Korea)
        cut = max((i + 1 for i, h in enumerate(how)
                   if h == "sep" and (g.items[i].kind == "State") != (g.items[i + 1].kind == "State")
                   and len({it.kind == "State" for it in g.items[i + 1:]}) == 1), default=0)
        if cut:
            out += _split_lists([Group(g.items[:cut])], [how[:cut - 1]])
            g, how = Group(g.items[cut:]), how[cut:]
        last = max((i for i, h in enumerate(how) if h == "coord"), default=-1)
        keep = g.items[:last + 2]
        out.append(Group(keep))
        out += [Group([it]) for it in g.items[last + 2:]]
    return out


def sentences(text: str, mentions, kinds: dict[str, str], bounds: list[tuple[int, int]], lx: Lexicon,
              original: str = "") -> list[Sentence]:
    """Group a unit's mentions in each of its sentences.

    ``text`` is the unit's normalised text, ``bounds`` its sentences (from the
    one segmentation, :mod:`tacb_graph.recognise.sentences`), ``original`` the
    text before normalisation (same length), used for quotes. The sentences'
    ``text`` is folded as the language matches words (lower case in English).
    """
    out: list[Sentence] = []
    original = original or text
    text = lx.language.fold(text)  # word lists are written in lower case where case does not count
    items, quals = _items(text, mentions, kinds, lx.get("stationed_words", ()), lx.get("stationed_list"),
                          None if lx.language.spaced else lx.get("state_organ"))
    if "located_aside" in lx.res:
        # the Regional Office, based in Santiago, and …: the city only says where the office is
        spans = [m.span() for m in lx.res["located_aside"].finditer(text)]
        inside = [it for it in items if any(a <= it.start and it.end <= b for a, b in spans)]
        items = [it for it in items if it not in inside]
        quals = sorted(quals + inside, key=lambda i: i.start)
    if lx.get("mask_names"):
        # the words inside a name are no verbs, cues or years (the Trust Fund to Support …, 2030 Agenda)
        chars = list(text)
        for it in items + quals:
            chars[it.start:it.end] = "_" * (it.end - it.start)
        text = "".join(chars)
    starts = [i.start for i in items]  # items and qualifiers are in text order
    qstarts = [q.start for q in quals]
    for a, b in bounds:
        if not text[a:b].strip():
            continue
        its = items[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
        qs = quals[bisect.bisect_left(qstarts, a):bisect.bisect_left(qstarts, b)]
        out.append(Sentence(text, a, b, _groups(text, a, b, its, lx, original), qs, original, lx))
    return out


def followed_by(sent: Sentence, pos: int, words) -> str | None:
    """The longest of ``words`` the text after ``pos`` begins with (white space squeezed)."""
    lx = sent.lx
    return lx.starts_with(lx.squeeze(sent.text[pos:pos + 64]), words)


def years(sent: Sentence, lo: int | None = None, hi: int | None = None) -> list[tuple[int, str]]:
    """``(offset, year)`` of the years written in the sentence (not ``2009 年推出的 X``)."""
    lo = sent.start if lo is None else lo
    hi = sent.end if hi is None else hi
    rel = sent.lx["year_relative"]
    out = []
    for m in sent.lx.res["year"].finditer(sent.text, lo, hi):
        if rel and followed_by(sent, m.end(), rel):
            continue
        out.append((m.start(), m.group(1)))
    return out


def year_before(sent: Sentence, pos: int) -> str | None:
    ys = years(sent, sent.start, pos)
    return ys[-1][1] if ys else None


def relative_antecedent(sent: Sentence, pos: int, kinds, exclude=frozenset()) -> Group | None:
    """``… worked with UNDP, which trained judges of X``: the subject of a verb at ``pos`` in a relative clause
    (opened by one of ``relative_subjects`` after a comma, only adverbs or auxiliaries before the verb) is the
    group right before the comma, whatever governs it."""
    lx = sent.lx
    words = lx.get("relative_subjects")
    cs = sent.clause_start(pos) if words else sent.start
    if (cs <= sent.start or sent.text[cs - 1] not in ",，") and "vehicle_relative" in lx.res:
        return _vehicle_relative(sent, pos, kinds, exclude)
    if cs <= sent.start or sent.text[cs - 1] not in ",，":
        return None
    head = lx.squeeze(sent.text[cs:pos]).lower()
    w = lx.starts_with(head, words)
    rest = head[len(w or ""):].split()
    auxiliaries = (lx.get("assists") or {}).get("relative_auxiliaries", ())
    if not w or any(x not in lx.get("adverbs", ()) and x not in auxiliaries for x in rest):
        return None
    g = next((h for h in reversed(sent.groups) if h.end <= cs - 1), None)
    if g is None or sent.text[g.end:cs - 1].strip(" )") or not g.kinds() & kinds or set(g.keys) <= exclude:
        return None
    return g


def _vehicle_relative(sent: Sentence, pos: int, kinds, exclude) -> Group | None:
    """``paid for a programme of X that trained …``: the owner of a vehicle of help (``vehicle_relative``: the words
    before the group, a programme or project of) that a restrictive relative clause right after it (``that`` and only
    auxiliaries before the verb at ``pos``) says acted is the verb's subject."""
    lx = sent.lx
    before_rx, between_rx = lx.res["vehicle_relative"]
    g = next((h for h in reversed(sent.groups) if h.end <= pos), None)
    if g is None or not g.kinds() & kinds or set(g.keys) <= exclude or g.start < sent.clause_start(pos):
        return None
    if not between_rx.fullmatch(lx.squeeze(sent.text[g.end:pos]).lower()):
        return None
    return g if before_rx.search(lx.squeeze(sent.text[max(sent.start, g.head - 60):g.head]).lower()) else None


def parallel_that(sent: Sentence, lo: int, hi: int) -> bool:
    """``recommends that A …, and that it …``: the personal pronoun between ``lo`` and ``hi`` opens a that-clause
    that continues an earlier one (``modality`` ``continuations``), so it stands for that clause's subject, not for
    the sentence's."""
    lx = sent.lx
    m = lx.res["personal"].search(sent.text, lo, hi)
    conts = (lx.get("modality") or {}).get("continuations", ())
    return m is not None and bool(conts) and lx.ends_with(lx.squeeze(sent.text[lo:m.start()]).rstrip(), conts)

