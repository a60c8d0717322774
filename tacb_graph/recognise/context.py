"""Context across a report: abbreviations the text defines, back-references.

``联合国人权事务高级专员办事处(人权高专办)`` defines 人权高专办 for the rest of
the report; ``该基金`` and a bare ``理事会`` take the nearest earlier entity
that fits, in the same paragraph or the one before.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from ..config import LanguageData
from .report import doc_text
from .gazetteer import Gazetteer

__all__ = ["History", "find_definitions", "resolve_backref", "name_head", "NOT", "BACKREF"]

#: entity-ruler label of words that merely contain a name (发展中国家, developing countries)
NOT = "NOT"
#: entity-ruler label of back-reference words (该基金, the Fund)
BACKREF = "BACKREF"


@dataclass
class History:
    """What earlier text units mentioned, and where abbreviations were defined."""

    units: list[list] = field(default_factory=list)  # per unit: [(start, key), ...]
    definitions: dict[str, tuple[int, int]] = field(default_factory=dict)
    index: int = 0  # index of the unit being processed
    counts: dict[str, int] = field(default_factory=dict)  # entity key -> mentions so far in the report
    kinds: list[str] = field(default_factory=list)  # per unit: "paragraph" or "footnote"
    nested: list[list] = field(default_factory=list)  # per unit: [(start, key), ...] named inside longer names
    last: dict[str, int] = field(default_factory=dict)  # entity key -> place of its latest mention so far
    seen: int = 0  # mentions so far in the report
    unknown: dict[str, int] = field(default_factory=dict)  # back-reference rule -> place of the last body of its
    # head named in full with no gazetteer row (``unknown_named_before``)
    _latest: dict[int, list] = field(default_factory=dict, repr=False)  # unit -> its keys once each, latest first

    def push(self, unit, found, entities) -> None:
        self.units.append([(f.start, f.key) for f in found])
        self.kinds.append(getattr(unit, "unit", ""))
        before = None
        for f in found:
            # a name and its abbreviation in brackets right after it ("Office of … (UNSCOL)") are one naming
            once = before is not None and before.key == f.key and 0 < f.start - before.end <= 2
            before = f
            if not once:
                self.counts[f.key] = self.counts.get(f.key, 0) + 1
            self.last[f.key] = self.seen
            self.seen += 1
        self.index += 1

    def _first_within(self, reach: int, paragraphs: bool) -> int:
        """Index of the first of the ``reach`` units before this one (with ``paragraphs``, of the
        ``reach`` paragraphs before it and the footnotes they carry)."""
        if not paragraphs:
            return max(len(self.units) - reach, 0)
        n, k = 0, len(self.units)
        while k > 0 and n < reach:
            k -= 1
            n += self.kinds[k] != "footnote"
        return k

    def previous(self, reach: int = 1, paragraphs: bool = False) -> list:
        """The mentions of the ``reach`` units before this one, in text order; with
        ``paragraphs``, of the ``reach`` paragraphs before it and the footnotes they carry."""
        if reach <= 0:
            return []
        return [m for unit in self.units[self._first_within(reach, paragraphs):] for m in unit]

    def latest_first(self, reach: int = 1, paragraphs: bool = False, footnotes: bool = True):
        """The keys :meth:`previous` holds, latest mention first, each unit's keys once: the
        first that fits a back-reference is the one a backward scan of :meth:`previous` meets
        first, without reading every mention again (without ``footnotes``, the paragraphs' only)."""
        if reach <= 0:
            return
        for i in range(len(self.units) - 1, self._first_within(reach, paragraphs) - 1, -1):
            if not footnotes and self.kinds[i] == "footnote":
                continue
            keys = self._latest.get(i)
            if keys is None:
                keys = self._latest[i] = list(dict.fromkeys(key for _p, key in reversed(self.units[i])))
            yield from keys

    def defined_before(self, abbr: str, unit, pos: int) -> bool:
        where = self.definitions.get(abbr)
        return where is not None and (where[0] < self.index or (where[0] == self.index and where[1] <= pos))


def find_definitions(doc, index: int, gz: Gazetteer, history: History, language: LanguageData,
                     found: dict[str, str], seen: list | None = None) -> None:
    """Record the abbreviations unit ``index`` defines in brackets right after a recognised name.

    ``联合国人权事务高级专员办事处(人权高专办)`` or ``Office of the High Commissioner
    (OHCHR)``, or a short name the report gives it (``(以下简称“办事处”)``, ``(hereinafter "the
    Office")``): the abbreviation goes into ``found`` (abbreviation → entity key) and
    ``history.definitions`` (where it was defined), unless it already names this
    entity or was defined before; a letter abbreviation the gazetteer gives another entity is
    the report's own from its definition on (``International Commission of Jurists (ICJ)``). ``seen``, when given, receives every
    definition read as ``(abbreviation, entity key, start, end)``, adopted or not.
    """
    text = doc_text(doc)
    lang = language.code
    for ent in doc.ents:
        if ent.label_ in (NOT, BACKREF):
            continue
        m = language.abbreviation.match(text[ent.end_char:ent.end_char + 48])
        if not m:
            continue
        g = 1 if m.group(1) else m.lastindex  # (OHCHR), or a short name after 以下简称 / hereinafter
        abbr = m.group(g)
        if language.abbreviation_valid is not None and not language.abbreviation_valid.search(abbr):
            continue
        if seen is not None:
            seen.append((abbr, ent.ent_id_, ent.end_char + m.start(g), ent.end_char + m.end(g)))
        known = gz.lookup(abbr, lang)
        if abbr in found or known is not None and (known.key == ent.ent_id_ or not abbr.isupper() or any(
                n and n.lower() in ent.text.lower() for n in (known.label_en, known.label_zh))):
            continue  # a known name of this entity or of one named inside it (the Human Rights Office of the
            # United Nations Assistance Mission for Iraq (UNAMI): the Mission's), or defined before: no new abbreviation
        # (International Commission of Jurists (ICJ): in this report ICJ is the Commission, not the Court)
        found[abbr] = ent.ent_id_
        history.definitions[abbr] = (index, ent.end_char + m.end())


def name_head(label: str, head_ends=()) -> str:
    """The head of a name: the words before the first of ``head_ends`` (``Office of the High
    Commissioner`` → ``Office``); the whole label when none occurs.

    >>> name_head("Committee on the Rights of the Child", (" of ", " on "))
    'Committee'
    >>> name_head("人权理事会")
    '人权理事会'
    """
    cut = min((i for i in (label.find(w) for w in head_ends) if i > 0), default=len(label))
    return label[:cut]


def _unowned(head: str, owners) -> str:
    """``head`` without the owner words that may open it (``OHCHR Regional Office`` → ``Regional Office``).

    >>> _unowned("OHCHR Regional Office", ("OHCHR", "United Nations")), _unowned("Office", ("OHCHR",))
    ('Regional Office', 'Office')
    """
    changed = True
    while changed:
        changed = False
        for w in owners:
            if head.startswith(w + " "):
                head, changed = head[len(w) + 1:], True
    return head


_TAIL_ASIDE = re.compile(r"[(（]([^()（）]+)[)）]\s*$")


def resolve_backref(rule: dict, earlier: list, history: History, entities, lang: str = "zh",
                    head_ends=(), reach: int = 1, paragraphs: bool = False, sentence_from: int | None = None) -> str | None:
    """The key of the nearest earlier entity that fits ``rule`` (or ``None``); where none fits, an entity whose name
    ends so only inside the brackets that close it (…全权代表(监察员)), or only before them (…监察员(阿克伊卡特奇)),
    is tried as well."""
    args = (rule, earlier, history, entities, lang, head_ends, reach, paragraphs, sentence_from)
    return _resolve_backref(*args, False) or _resolve_backref(*args, True)


def _resolve_backref(rule: dict, earlier: list, history: History, entities, lang: str, head_ends, reach: int,
                     paragraphs: bool, sentence_from: int | None, asides: bool) -> str | None:
    """The key of the nearest earlier entity that fits ``rule`` (or ``None``).

    ``earlier`` are this unit's mentions before the reference, in order;
    ``entities`` maps keys to :class:`~tacb_graph.records.Entity` (a dict or a
    callable); the units before are searched back ``reach`` units (all of them for a rule
    whose ``scope`` is ``report``). A rule's ``suffix`` is matched against the end of the head of the
    entity's name in language ``lang`` (:func:`name_head`, cut at ``head_ends``),
    so ``the Council`` fits the Human Rights Council but not its Advisory Committee. The keys of a rule's
    ``last_resort`` fit only when nothing else named in reach does (该办事处 is a field office named before, and
    OHCHR, whose Chinese name ends so too, only when none was); those of a rule's ``own_unit_kinds`` fit only when the
    reference's own unit named them before it.
    """
    get = entities if callable(entities) else entities.get
    kinds = set(rule.get("kinds", ()))
    suffix = rule.get("suffix")

    fitting: dict[str, bool] = {}  # a unit names the same entities again and again
    last = tuple(rule.get("last_resort", ()))  # 该办事处 is OHCHR only when no office of it was named

    def fits(key: str) -> bool:
        known = fitting.get(key)
        if known is None:
            known = fitting[key] = _fits(key)
        return known

    def _fits(key: str, kinds=kinds, resort: bool = False) -> bool:
        e = get(key)
        if e is None or (key in last and not resort):
            return False
        if kinds and e.kind not in kinds:
            return False
        kind_suffix = rule.get("kind_suffix", {}).get(e.kind)
        if kind_suffix and not name_head(getattr(e, f"label_{lang}", None) or e.label_en, head_ends).endswith(kind_suffix):
            return False  # "the Fund" is a fund, or the one fund or programme whose name's head ends so (UNFPA, not UNDP)
        if not kinds and e.kind == "Session":
            return False  # "the Council" is no session of it ("Human Rights Council, session 99")
        if rule.get("label_contains"):  # "the Ombudsman" is an institution whose name says so, not any NHRI
            label = getattr(e, f"label_{lang}", None) or e.label_en
            if not any(w in label for w in rule["label_contains"]):
                return False
        if rule.get("suffixes"):  # one of several heads: "the mandate holder" is a rapporteur or an expert
            label = getattr(e, f"label_{lang}", None) or e.label_en
            if not name_head(label, head_ends).endswith(tuple(rule["suffixes"])):
                return False
        if suffix:
            label = getattr(e, f"label_{lang}", None) or e.label_en
            head = name_head(label, head_ends)
            aside = _TAIL_ASIDE.search(head) if asides else None  # …全权代表(监察员): its short title, bracketed;
            if aside and not head.endswith(suffix):  # …共和国监察员(阿克伊卡特奇): the name before its bracketed one
                bare = head[:aside.start()].rstrip()
                head = aside.group(1) if aside.group(1).endswith(suffix) else bare if bare.endswith(suffix) else head
            if not head.endswith(suffix) or head.endswith(tuple(rule.get("not_suffixes", ()))):
                return False  # 高级专员 is no 副高级专员 (a deputy), though its name ends so
            if rule.get("bare_head") and _unowned(head, rule.get("head_owners", ())) != suffix:
                return False  # "the Office" is no Regional Office, no OHCHR Country Office in X
            if rule.get("label_not") and re.search(rule["label_not"], label):
                return False  # "the Office" is no OHCHR Office in X either: an office located somewhere
            if any(not re.search(rf"\b{re.escape(w)}\b", label) for w in rule.get("words", ())):
                return False  # "the Joint Office" is an office whose name says Joint (a shortened name)
        return True

    dominant = rule.get("dominant")
    if dominant:
        # 该办事处 in a report on one office: a fitting office its own unit named before it; else, where the report has
        # named one fitting office ``dominant`` times as often as the nearest, that one (the country office, not a
        # regional office a paragraph before named once); else the nearest
        own = next((f.key for f in reversed(earlier) if fits(f.key)), None)
        if own is not None:
            return own
        nearest = next((k for k in history.latest_first(len(history.units)) if fits(k)), None)
        named = [k for k in history.counts if fits(k)]
        if nearest is not None and named:
            most = max(named, key=lambda k: history.counts[k])
            if history.counts[most] >= dominant * history.counts.get(nearest, 0):
                return most
        # (人权高专办 named in its own unit and no office of it there or dominant in the report: OHCHR, not a regional
        # office a paragraph before named once)
        own_last = next((f.key for f in reversed(earlier) if f.key in last and _fits(f.key, resort=True)), None) \
            if last else None
        if own_last is not None:
            return own_last
    if rule.get("salient"):
        # "the Commission" after "the Commission of Nepal benefited from an exchange with the Commissions of
        # Thailand and Sri Lanka": of the fitting entities within reach, the one the report names most
        # (the one under discussion), the nearest on a tie
        near = [f.key for f in earlier] + [k for _p, k in history.previous(reach, paragraphs)]
        near = [k for k in near if fits(k)]
        if near:
            seen = {k: near.count(k) + history.counts.get(k, 0) for k in near}
            order = {k: i for i, k in enumerate(near[::-1])}  # 0 = nearest (own unit, latest first)
            # the one fitting entity its own unit named before the reference's sentence, if only one; else, on a tie, the one
            # its own unit named first (the one the passage is about), else the nearest
            # (one named in the reference's own sentence is rather that sentence's actor: "the Commission of X hosted
            # investigators of the Commission", "the Commission of Y shared its experience with a delegation of the
            # Commission" — another one, when another fits)
            same = {f.key for f in earlier if sentence_from is not None and f.start >= sentence_from}
            own = [f.key for f in earlier if fits(f.key) and f.key not in same]
            if len(set(own)) == 1:
                return own[0]  # the only fitting one its own unit named before: "… works with the Commission of X. … helped the Commission"
            first = {k: own.index(k) for k in own}
            cands = [k for k in seen if k not in same] or list(seen)
            return max(cands, key=lambda k: (seen[k], -first.get(k, len(own)), -order[k]))
    tried = set()  # a key that did not fit does not fit again further back
    # (高级专员 after 欧安组织少数民族问题高级专员 in its unit: a regional organisation's High Commissioner, the kinds of
    # ``own_unit_kinds``, only when its own unit named it before; further back it is the United Nations one)
    own_kinds = kinds | set(rule.get("own_unit_kinds", ())) if rule.get("own_unit_kinds") else None
    for f in reversed(earlier):
        if f.key not in tried:
            if fits(f.key) or own_kinds is not None and _fits(f.key, own_kinds):
                return f.key
            tried.add(f.key)
    if rule.get("scope") == "report":  # 信托基金: the short name a report keeps using, over the whole report
        reach = len(history.units)
        if rule.get("body_first"):  # 理事会 after 安全理事会 in a footnote: the one the paragraphs named
            found = next((k for k in history.latest_first(reach, footnotes=False) if fits(k)), None)
            if found is not None:
                return found
    for key in history.latest_first(reach, paragraphs and rule.get("scope") != "report"):
        if fits(key):
            return key
    if last:  # nothing else fits: the entity the rule keeps for last, if named in reach
        near = [f.key for f in reversed(earlier)]
        near += history.latest_first(reach, paragraphs and rule.get("scope") != "report")
        return next((k for k in near if k in last), None)
    return None
