"""The word lists a language gives the relation readers, and finding their words in a text.

A :class:`Lexicon` holds ``data/patterns/{lang}/relations.json`` and ``stances.json`` as the readers
use them (with the regular expressions made from them once, per language): :func:`lexicon_for`.
:func:`find_words` finds the words of a list in a stretch of text, longest first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..config import LanguageData, load_language
from .assist_model import AssistModel
from .assist_model import model_from as assist_model_from
from .stance_model import StanceModel, model_from

__all__ = ["Lexicon", "lexicon_for", "ends_with", "find_words"]


def find_words(text: str, words, start: int = 0, end: int | None = None,
               language: LanguageData | None = None) -> list[tuple[int, int, str]]:
    """Non-overlapping occurrences of ``words`` in ``text[start:end]``, longest first.

    With a ``language`` whose words are spaced, only whole words count (``to`` is not
    found in ``into``).

    >>> find_words("provided technical assistance to the Niger", ["assistance", "to"])
    [(19, 29, 'assistance'), (30, 32, 'to')]
    """
    end = len(text) if end is None else end
    ordered, any_word, trie = _ORDERED.get(id(words)) or _ordered(words)
    first = None
    if any_word is None or (start >= 0 and end >= 0 and not (first := any_word.search(text, start, end))):
        return []  # most calls find nothing: one search for all the words says so
    bounded = language is not None and language.spaced
    key = (ordered, text, start, end, bounded)  # the readers of a sentence ask the same again and again
    found = _FOUND.get(key)
    if found is not None:
        return list(found)
    hits = []
    taken = None  # made at the first hit
    # every occurrence of every word, longest word first (ties in list order), each word's from the left: where
    # the stretch is given (not counted from the end), read off the trie at each place the search finds a word
    # starts, rather than looking for each of the (often hundreds of) words in turn
    each = _occurrences(text, first, any_word, trie, end) if first is not None else \
        ((w, i) for w in ordered for i in _finds(text, w, start, end))
    for w, i in each:
        j = i + len(w)
        if (taken is None or not any(taken[i - start:j - start])) and \
                (not bounded or language.bounded(text, i, j)):
            if taken is None:
                taken = bytearray(end - start)
            hits.append((i, j, w))
            taken[i - start:j - start] = b"\x01" * (j - i)
    hits.sort()
    if len(_FOUND) >= _FOUND_MAX:
        _FOUND.clear()
    _FOUND[key] = tuple(hits)
    return hits


def _finds(text: str, w: str, start: int, end: int):
    """Each place ``w`` occurs in ``text[start:end]``, from the left (overlapping ones too)."""
    i = text.find(w, start, end)
    while i != -1:
        yield i
        i = text.find(w, i + 1, end)


def _occurrences(text: str, first: re.Match, any_word: re.Pattern, trie: dict, end: int) -> list[tuple[str, int]]:
    """``(word, start)`` of every occurrence of the trie's words that ends by ``end``, from the first match
    ``first`` of ``any_word`` on: by the words' rank in their list, then from the left."""
    found = []
    stop = min(end, len(text))
    m = first
    while m is not None:
        q = k = m.start()
        node = trie
        while k < stop:
            node = node.get(text[k])
            if node is None:
                break
            k += 1
            word = node.get("")
            if word is not None:
                found.append((word[0], q, word[1]))
        m = any_word.search(text, q + 1, end)
    found.sort()
    return [(w, q) for _rank, q, w in found]


#: the words found by recent calls of :func:`find_words` that found any (emptied when full)
_FOUND: dict[tuple, tuple[tuple[int, int, str], ...]] = {}
_FOUND_MAX = 4096


#: :func:`_longest_first` of the word lists of the lexicons (by ``id``) that :func:`find_words` was given: they
#: live as long as their lexicon and never change, so need not be made into a tuple and hashed on every call
_ORDERED: dict[int, tuple[tuple[str, ...], re.Pattern | None, dict]] = {}
_LISTS: dict[int, list | tuple] = {}  # the word lists of the lexicons built, by id


def _ordered(words) -> tuple[tuple[str, ...], re.Pattern | None, dict]:
    got = _longest_first(words if isinstance(words, (tuple, frozenset)) else tuple(words))
    if _LISTS.get(id(words)) is words:
        _ORDERED[id(words)] = got
    return got


def _word_lists(data) -> list:
    """Every list of words in ``data`` (a lexicon's JSON), at any depth."""
    if isinstance(data, dict):
        return [w for v in data.values() for w in _word_lists(v)]
    if isinstance(data, list) and all(isinstance(v, str) for v in data):
        return [data]
    if isinstance(data, list):
        return [w for v in data for w in _word_lists(v)]
    return []


@lru_cache(maxsize=4096)
def _longest_first(words: tuple[str, ...] | frozenset[str]) -> tuple[tuple[str, ...], re.Pattern | None, dict]:
    """``words`` without repeats or empty words, longest first (ties in their first order), a regular
    expression finding any of them (``None`` when there is none) and their trie (:func:`_trie_of`)."""
    ordered = tuple(sorted(dict.fromkeys(w for w in words if w), key=len, reverse=True))
    return ordered, re.compile(_trie(ordered)) if ordered else None, _trie_of(ordered)


def _trie_of(words) -> dict:
    """``words`` (none empty) as nested dictionaries, one level a character; under ``""``, where a word ends,
    its rank in ``words`` and itself.

    >>> _trie_of(["ab", "a"])
    {'a': {'b': {'': (0, 'ab')}, '': (1, 'a')}}
    """
    root: dict = {}
    for rank, w in enumerate(words):
        node = root
        for c in w:
            node = node.setdefault(c, {})
        node.setdefault("", (rank, w))  # a word ends here
    return root


def _trie(words) -> str:
    """A regular expression that matches where one of ``words`` (none empty) does, written as a trie
    (``援(?:助|建)`` rather than ``援助|援建``): Python's ``re`` tries every branch of a plain
    alternation at each place a word could start, a trie only the words that share what was read.

    >>> _trie(["援助", "援建", "援"]), _trie(["aid", "in"])
    ('援(?:助|建)?', '(?:aid|in)')
    """
    root = _trie_of(words)

    def branch(node: dict) -> str:
        alts = [re.escape(c) + branch(child) for c, child in node.items() if c]
        if not alts:
            return ""
        if len(alts) > 1:
            body = "(?:" + "|".join(alts) + ")"
            return body + "?" if "" in node else body
        return f"(?:{alts[0]})?" if "" in node else alts[0]

    return branch(root)


def _alternation(words) -> str:
    return "|".join(map(re.escape, sorted(words, key=len, reverse=True)))


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A language's relation and stance word lists, with what is built from them once.

    ``lx["requests"]`` reads ``data/patterns/{lang}/relations.json``; ``lx.stances``
    is ``stances.json``; ``lx.clause_ends`` comes from ``language.json``.
    """

    language: LanguageData
    words: dict
    stances: dict
    clause_ends: str
    agents: frozenset[str]
    res: dict[str, re.Pattern]
    cue_words: dict[str, str]  # stance cue -> value
    cue_res: tuple[tuple[re.Pattern, str], ...]  # stance cues written as regular expressions
    stance_model: StanceModel | None = None  # the back-off for stances no cue decides (stance_model.json)
    assist_model: AssistModel | None = None  # the back-off for help no rule reads (assist_model.json)

    def __getitem__(self, key: str):
        return self.words[key]

    def get(self, key: str, default=None):
        return self.words.get(key, default)

    def joined(self, *keys: str) -> tuple[str, ...]:
        """The words of the lists ``keys``, one list after another (joined once per lexicon, not per call)."""
        cache = self.__dict__.setdefault("_joined", {})
        words = cache.get(keys)
        if words is None:
            words = cache[keys] = tuple(w for key in keys for w in self.get(key, ()))
            _LISTS[id(words)] = words
        return words

    def words_of(self, name, make) -> tuple[str, ...]:
        """``tuple(make())``: the words a reader joins from several of the lexicon's lists, made once per lexicon
        (``name`` says which) rather than on every sentence, and known to :func:`find_words` by identity, so that it
        does not copy, hash and look up a new list of hundreds of words on every call."""
        cache = self.__dict__.setdefault("_words_of", {})
        words = cache.get(name)
        if words is None:
            words = cache[name] = tuple(make())
            _LISTS[id(words)] = words
        return words

    def stance_res(self, key: str, value: str | None = None) -> tuple[re.Pattern, ...]:
        """The regular expressions of ``stances.json`` list ``key`` (with ``value``: of the list under that value in the
        object ``key``), compiled once per lexicon."""
        slot = "_rx_" + key + ("" if value is None else "_" + value)
        cached = self.__dict__.get(slot)
        if cached is None:
            found = self.stances.get(key, {} if value is not None else ())
            found = found.get(value, ()) if value is not None else [found] if isinstance(found, str) else found
            cached = self.__dict__[slot] = tuple(re.compile(rx) for rx in found)
        return cached

    # -- words in text, as the language writes them (see LanguageData.spaced) ------------------

    def find(self, text: str, words, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """:func:`find_words`, keeping only whole words in a spaced language, and none that a guard marked
        ``everywhere`` keeps out (开了 in 召开了: a short word inside a longer one no list holds)."""
        hits = find_words(text, words, start, end, self.language)
        everywhere = self.__dict__.get("_everywhere")
        if everywhere is None:
            everywhere = self.__dict__["_everywhere"] = frozenset(
                w for w, g in self.get("guards", {}).items() if g.get("everywhere"))
        if everywhere and any(h[2] in everywhere for h in hits):
            hits = [h for h in hits if h[2] not in everywhere or not self.guarded(text, h)]
        return hits

    def squeeze(self, text: str) -> str:
        return self.language.squeeze(text)

    def ends_with(self, text: str, words) -> str | None:
        return self.language.ends_with(text, words)

    def starts_with(self, text: str, words) -> str | None:
        return self.language.starts_with(text, words)

    def starts_within(self, text: str, words, skip: int) -> str | None:
        """One of ``words`` that ``text`` opens with — in a spaced language also once at most ``skip`` of its
        first words are passed over (a regional workshop, Sweden's core contribution, members of its staff)."""
        hit = self.starts_with(text, words)
        if hit or not self.language.spaced:
            return hit
        ws = text.split()
        return next((h for i in range(1, min(skip, len(ws) - 1) + 1)
                     if (h := self.starts_with(" ".join(ws[i:]), words))), None)

    def trim(self, gap: str, key: str = "skip_in_gap") -> str:
        """``gap`` without the words of list ``key`` at its end (``the`` in ``to the``, ``了``)."""
        words = self.get(key, ())
        while gap:
            w = self.ends_with(gap, words)
            if not w:
                return gap
            gap = gap[: -len(w)].rstrip()
        return gap

    def flanked(self, text: str, s: int, e: int, preceded=(), followed=(), lo: int = 0) -> bool:
        """Whether the word at ``text[s:e]`` comes right after one of ``preceded`` or right before
        one of ``followed`` (one character each way in a script without spaces, one word in a
        spaced one); ``lo`` bounds the look back."""
        if self.language.spaced:
            before = self.squeeze(text[max(lo, s - 40):s])
            after = self.squeeze(text[e:e + 40])
            return bool(self.ends_with(before, preceded) or self.starts_with(after, followed))
        before = text[s - 1] if s > lo else ""
        after = text[e:e + 1]
        return before in preceded or after in followed

    def guarded(self, text: str, hit: tuple[int, int, str]) -> bool:
        """Whether a word hit is kept out by its ``guards`` entry: the word right before or
        after it says it is used as something else (``的要求`` is a noun, ``the request``)."""
        s, e, w = hit
        guard = self.get("guards", {}).get(w)
        if not guard:
            return False
        return self.flanked(text, s, e, guard.get("not_preceded_by", ()), guard.get("not_followed_by", ()))


@lru_cache(maxsize=None)
def lexicon_for(lang: str) -> Lexicon:
    """The :class:`Lexicon` of language ``lang`` (built once)."""
    language = load_language(lang)
    lx = language.relations
    res = {}
    if lx:
        # whole words in a spaced language (it, not items); any substring otherwise
        a, b = (r"(?<!\w)", r"(?!\w)") if language.spaced else ("", "")
        res = {
            "year": re.compile(lx["year"]),
            "opener": re.compile(rf"^({_alternation(lx['openers'])}){b}[,]?"),
            "pronoun": re.compile(rf"^({_alternation(lx['pronouns'])}){b}"),
            "personal": re.compile(rf"{a}({_alternation(lx['personal_pronouns'])}){b}"),
            "adverbs": re.compile(rf"\s+|{a}(?:{_alternation(lx['adverbs'])}){b}"),
            "owners": tuple(re.compile(rx) for rx in lx.get("owner_phrases", ())),
        }
        for key in ("enumerator", "topic_strip", "list_commas", "verb_aside", "relative_aside", "located_aside",
                    "count_tail", "modifier_tail", "late_coordination", "fronted_phrase", "beneficiaries_of", "staff_of",
                    "passive_embedding", "fronted_list_opening", "fronted_list_verb", "unnamed_first_conjunct",
                    "relative_pronoun_subject", "possessed_coordination", "subject_aside", "owned_actor", "owned_name",
                    "possessive_subject"):
            if lx.get(key):
                res[key] = re.compile(lx[key])
        if lx.get("vehicle_relative"):  # relate/clauses.py: a programme of X that trained …
            res["vehicle_relative"] = (re.compile(lx["vehicle_relative"]["before"]), re.compile(lx["vehicle_relative"]["between"]))
        for key in ("between_of", "between_topic", "together_until", "purpose_after", "joint_after"):
            if lx.get("partners", {}).get(key):
                res[key] = re.compile(lx["partners"][key])
        act = lx.get("activities", {})
        if act.get("quantity"):
            res["quantity"] = re.compile(act["quantity"])
        if act.get("seat_of_office"):  # to Panama City, where its Regional Office is based (relate/places.py)
            res["seat_of_office"] = re.compile(act["seat_of_office"], re.I)
        if lx.get("assists", {}).get("counted_goods"):  # supplied 1,200 wheelchairs (relate/roles.py counted_goods)
            res["counted_goods"] = re.compile(lx["assists"]["counted_goods"])
        if lx.get("contribution", {}).get("receive_list_fillers"):
            res["receive_list_fillers"] = re.compile(lx["contribution"]["receive_list_fillers"])
        if lx.get("partners", {}).get("named_lists"):  # relate/links.py partners_named
            res["named_lists"] = {k: re.compile(v) for k, v in lx["partners"]["named_lists"].items()}
        if lx.get("cooccurrence", {}).get("not_after"):  # relate/cooccur.py
            res["cooccurrence_seat"] = tuple(re.compile(p) for p in lx["cooccurrence"]["not_after"])
        if act.get("people_prefix"):  # 监狱管理人员: a few characters before a beneficiary noun (relate/beneficiaries.py)
            alt = "|".join(map(re.escape, sorted(act["beneficiaries"], key=len, reverse=True)))
            res["people_prefix"] = re.compile(rf"^[^，。；、的\s]{{1,{act['people_prefix']}}}(?:{alt})")
        if lx.get("date_gap"):  # relate/clauses.py: a date between a body and its resolution
            res["date_gap"] = re.compile(lx["date_gap"])
        if lx.get("new_clause_item"):  # relate/clauses.py: a name after ", and" that opens a clause of its own
            res["new_clause_item"] = re.compile(lx["new_clause_item"])
        if act.get("owned_body"):  # 洪都拉斯保护机制的: a State's body of a few characters, then 'of'
            heads = act.get("owned_body_heads")  # 缅甸社会福利、救济和安置部的: a ministry whose name lists its fields
            listed = rf"|[^，。；的\s]{{1,{act.get('owned_body_listed', 18)}}}?(?:{'|'.join(map(re.escape, heads))})" if heads else ""
            res["owned_body"] = re.compile(rf"^(?:[^，。；、的\s]{{1,{act['owned_body']}}}{listed})(?:{'|'.join(map(re.escape, act['of']))})")
    if language.stances.get("title_spans"):  # a title marker and a quoted title (relate/titles.py)
        res["title_spans"] = tuple(re.compile(rx) for rx in language.stances["title_spans"])
    if language.stances.get("topic_heads"):  # the report of X on C: C only says what the text is about (relate/titles.py)
        res["topic_heads"] = tuple(re.compile(rx) for rx in language.stances["topic_heads"])
    if language.stances.get("members_tail"):  # 包括 X 在内的其他国家 (relate/stance.py)
        res["members_tail"] = re.compile(language.stances["members_tail"])
    words: dict[str, str] = {}
    regexes = []
    for value, ws in language.stances.get("cues", {}).items():
        for w in ws:
            if any(c in w for c in ".{}[]()*+?"):
                regexes.append((re.compile(w), value))
            else:
                words.setdefault(w, value)
    # agent_kinds are the ontology's tacb:Agent classes (a programme among them: 方案为 X 举办了讲习班)
    agents = frozenset(lx.get("agent_kinds", ()))
    _LISTS.update((id(w), w) for w in _word_lists(lx) + _word_lists(language.stances))
    return Lexicon(language, lx, language.stances, language.clause_ends, agents, res, words, tuple(regexes),
                   model_from(language.stance_model, language.spaced), assist_model_from(language.assist_model))


def ends_with(text: str, words) -> str | None:
    """The longest of ``words`` that ``text`` ends with, else ``None``."""
    best = None
    for w in words:
        if text.endswith(w) and (best is None or len(w) > len(best)):
            best = w
    return best
