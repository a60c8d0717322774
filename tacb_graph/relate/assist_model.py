"""A learned back-off for help no rule reads.

The readers of help (:mod:`.assistance`, :mod:`.activities` and the others that emit through :mod:`.emit`) know the
forms they were written for; a report no rule was written against says who helped whom in many more (a mission
``received`` of a body, a course ``delivered`` to a State's officials, a body that ``equipped`` a police force). For
the pairs of names in a sentence between which no rule of the unit read help (either way), a small logistic
regression over the words around and between the two names decides whether the first gives help to the second: an
agent (``agent_kinds``, a person aside) and a party that may be helped (not of the ``assists`` ``not_recipient_kinds``).
The rules keep the first word: the model is never asked about a pair a rule read help between, nor about one whose
names a rule read in the sentence's act of help as giving and receiving, paired otherwise (``A and B supported X and
Y, respectively``), nor about the one that asked for help to the other (``the Assembly invited UNDP to assist X``); its
facts take the modality the sentence gives at the later name (:func:`~.modality.modality_at`).

The model is data: ``data/patterns/{lang}/assist_model.json`` (``features``: feature -> weight; ``bias``;
``threshold``: the least probability a pair needs). ``tools/train_assists.py`` writes it from the development gold
(never from the held-out or test texts) with scikit-learn; reading it needs nothing but the standard library. A
language without the file has no back-off.

Features, the same for training and prediction (:func:`pair_features`): which name comes first, the classes of the
two, the words (a spaced language) or characters (Chinese) between them with the other names masked by their class
(and, with the order, those that open and close that gap), the words of a short window before the first and after the
second, whether either opens its clause ungoverned (its subject), the prepositions governing each, how many names
and clause breaks lie between, and the relations the rules gave either name in the unit (with others than the other),
these last alone, with the order, and two by two.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

__all__ = ["AssistModel", "pair_features", "model_from", "back_off"]

_WORD = re.compile(r"<[A-Za-z]+>|[^\W\d_]+(?:['’-][^\W\d_]+)*")
_CHAR = re.compile(r"<[A-Za-z]+>|[^\W\d_]|[\W\d_]+")
WINDOW = 4  # words (spaced) of the windows before the first name and after the second, and of the gap's two ends
CHARS = 6  # characters (Chinese) of the same
# a pair with more names than this between the two is not asked about: a list's members are the rules' to pair (the
# model reads the same help with and without this bound on every development text), and a sentence that lists a
# hundred names is read in time that grows with the number of names, not with its square
MAX_BETWEEN = 12


def _masked(text: str, start: int, end: int, items) -> str:
    """``text[start:end]`` with every name of ``items`` in it replaced by ``<Kind>``."""
    out, at = [], start
    for it in sorted(items, key=lambda i: i.start):
        if it.end <= start or it.start >= end:
            continue
        out.append(text[at:max(at, it.start)])
        out.append(f" <{it.kind or 'Name'}> ")
        at = max(at, it.end)
    out.append(text[at:end])
    return "".join(out)


def _grams(text: str, spaced: bool, tag: str, last: int | None = None, first: int | None = None) -> set[str]:
    """Unigrams and bigrams of ``text``'s words (spaced) or characters (Chinese; a masked name is one, and a mark or a
    number breaks the bigrams), tagged; ``last``/``first`` keep only that many words (characters) at the end/start.

    >>> sorted(_grams("trained officials of <State>", True, "b", first=3))
    ['b:of', 'b:officials', 'b:officials of', 'b:trained', 'b:trained officials']
    >>> sorted(_grams("为 <State> 举办，", False, "b"))
    ['b:<State>', 'b:<State>举', 'b:为', 'b:为<State>', 'b:举', 'b:举办', 'b:办']
    """
    flat = _flat(text, spaced)
    flat = flat[-last:] if last is not None else flat
    flat = flat[:first] if first is not None else flat
    return _grams_of(flat, spaced, tag)


def _flat(text: str, spaced: bool) -> list:
    """The words (lower-cased; a masked name as it is) or the characters of ``text`` that :func:`_grams` reads (Chinese:
    ``None`` for a mark or a number, which breaks the bigrams)."""
    if spaced:
        return [w if w.startswith("<") else w.lower() for w in _WORD.findall(text)]
    return [t if t.startswith("<") or t.isalpha() else None for t in _CHAR.findall(re.sub(r"\s+", "", text))]


def _grams_of(flat: list, spaced: bool, tag: str) -> set[str]:
    if spaced:
        return {f"{tag}:{w}" for w in flat} | {f"{tag}:{a} {b}" for a, b in zip(flat, flat[1:])}
    return {f"{tag}:{c}" for c in flat if c} | {f"{tag}:{a}{b}" for a, b in zip(flat, flat[1:]) if a and b}


def _tokens(text: str, spaced: bool) -> int:
    """How many words (spaced) or characters and runs of marks (Chinese) :func:`_grams` reads in ``text``."""
    return len(_WORD.findall(text)) if spaced else len(_CHAR.findall(re.sub(r"\s+", "", text)))


def _before(text: str, start: int, pos: int, items, spaced: bool, n: int) -> str:
    """The end of ``_masked(text, start, pos, items)`` that holds its last ``n`` words (characters) at least: the
    same last words, read from a stretch that grows only as far as needed (a sentence that lists a hundred names
    would otherwise be masked whole for every pair of them)."""
    span = 16 * n
    while True:
        q = max(start, pos - span)
        q = min([it.start for it in items if it.start < q < it.end] + [q])  # (a name is never cut)
        out = _masked(text, q, pos, items)
        if q <= start or _tokens(out, spaced) > n + 1:  # (the first word may be cut: one more than needed)
            return out
        span *= 4


def _after(text: str, pos: int, end: int, items, spaced: bool, n: int) -> str:
    """The start of ``_masked(text, pos, end, items)`` that holds its first ``n`` words (characters) at least (see
    :func:`_before`)."""
    span = 16 * n
    while True:
        e = min(end, pos + span)
        e = max([it.end for it in items if it.start < e < it.end] + [e])
        out = _masked(text, pos, e, items)
        if e >= end or _tokens(out, spaced) > n + 1:
            return out
        span *= 4


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    return next((f"<={e}" for e in edges if n <= e), f">{edges[-1]}")


def pair_features(text: str, start: int, end: int, items, p, r, governors: dict, spaced: bool,
                  clause_ends: str, ruled: dict) -> set[str]:
    """The features of the pair (provider item ``p``, recipient item ``r``) of a sentence ``text[start:end]`` whose
    names are ``items``; ``governors``: item start -> the preposition governing its group (or None); ``ruled``: what
    the rules of the unit gave — ``{"pair": {predicate, …}, "p": {…}, "r": {…}}`` (relations between the two; of the
    provider and of the recipient with others)."""
    first, second = (p, r) if p.start <= r.start else (r, p)
    order = "PR" if first is p else "RP"
    f = {f"order:{order}", f"pk:{p.kind}", f"rk:{r.kind}", f"pkrk:{p.kind}>{r.kind}",
         f"pg:{governors.get(p.start) or '-'}", f"rg:{governors.get(r.start) or '-'}"}
    others = [it for it in items if it is not p and it is not r]
    gap = _masked(text, first.end, second.start, others)
    f.add(f"names:{_bucket(sum(1 for it in others if first.end <= it.start < second.start), (0, 1, 3))}")
    f.add(f"breaks:{_bucket(sum(gap.count(c) for c in clause_ends), (0, 1))}")
    size = len(_WORD.findall(gap)) if spaced else len(re.sub(r"\s+", "", gap))
    f.add(f"gap:{_bucket(size, (2, 6, 15, 40) if spaced else (3, 10, 25, 60))}")
    n = WINDOW if spaced else CHARS
    flat = _flat(gap, spaced)
    f |= _grams_of(flat, spaced, "b")
    f |= {f"{order}|{x}" for x in _grams_of(flat[:n], spaced, "b")}
    f |= {f"{order}|{x}" for x in _grams_of(flat[-n:], spaced, "e")}  # (the words right before the second name)
    for tag, it in (("p", p), ("r", r)):  # a name that opens its clause, ungoverned: the clause's subject
        # (no name before it in its clause: a clause break lies between it and the name before it, if any — read
        # from that name on, not from the sentence's start)
        before = max((o.start for o in items if o.start < it.start), default=None)
        if governors.get(it.start) is None and (
                before is None or any(text.rfind(c, before, it.start) != -1 for c in clause_ends)):
            f.add(f"{tag}_opens")
    f |= _grams(_before(text, start, first.start, others, spaced, n), spaced, "l", last=n)
    f |= _grams(_after(text, second.end, end, others, spaced, n), spaced, "a", first=n)
    f |= {f"pair:{x}" for x in ruled.get("pair", ())}
    f |= {f"p:{x}" for x in ruled.get("p", ())}
    f |= {f"r:{x}" for x in ruled.get("r", ())}
    if not any(it.start < first.start for it in items):
        f.add("first_named")
    return f | conjoined(f, order)


def conjoined(f: set[str], order: str) -> set[str]:
    """The features that are no words, each with the order of the two names, and each two of them together (a linear
    model cannot tell ``the recipient has another helper`` *and* ``the provider helps another`` from either alone).

    >>> sorted(conjoined({"p:s_assists", "r:o_assists", "b:trained"}, "PR"))
    ['p:s_assists&r:o_assists', 'p:s_assists|PR', 'r:o_assists|PR']
    """
    told = sorted(x for x in f if x.startswith(("p:", "r:", "pair:", "first_named")) and "|" not in x)
    return {f"{x}|{order}" for x in told} | {f"{a}&{b}" for i, a in enumerate(told) for b in told[i + 1:]}


@dataclass
class AssistModel:
    """Weights read from ``assist_model.json`` (empty: no back-off). ``seen``, when a list, receives every pair the
    back-off considered (its features and keys, and whether a rule read help between the two), for training."""

    weights: dict[str, float] = field(default_factory=dict)
    bias: float = 0.0
    threshold: float = 1.0
    seen: list | None = None

    def probability(self, feats) -> float:
        z = self.bias + sum(self.weights.get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def model_from(d: dict) -> AssistModel:
    """The model ``assist_model.json`` holds (an empty one for an empty dict: no back-off)."""
    if not d:
        return AssistModel()
    return AssistModel(dict(d["features"]), float(d["bias"]), float(d.get("threshold", 0.5)))


def back_off(model: AssistModel, sents, relations: list, lx, unit: str, number: int,
             parents: dict | None = None, not_helped=frozenset()) -> list[tuple]:
    """``(provider, recipient, sentence index, provider item, position, probability, recipient item)`` of the pairs
    the model reads as help (position: where the later of the two names starts), where no rule of the unit read help between the two
    (``relations``: the unit's facts); every pair considered goes to ``model.seen`` when it is a list. ``parents``:
    entity key -> its parent organisation (the gazetteer's), to tell a body's help from its office's; ``not_helped``:
    (sentence, giver, taker) a rule found no help between (the State a workshop was held in, its participants' States
    named), never read as help."""
    if model.seen is None and not model.weights:
        return []
    barred = set(lx["assists"].get("not_recipient_kinds", ())) | {"Person"}
    processes = set(lx["assists"].get("not_parties", ()))
    agents = lx.agents - {"Person"}
    # what the rules read in the unit, indexed once (each pair then looks up what it needs)
    pair_rel: dict = {}  # {a, b} (and (a, b), the direction kept: p requests r is no r requests p) -> predicates
    of: dict[str, dict[str, set]] = {}  # name -> s_<predicate> / o_<predicate> -> the names on the other side
    helped_by: dict[str, set] = {}  # recipient -> its providers
    helps_to: dict[str, set] = {}  # provider -> its recipients
    acts: dict[tuple, set] = {}  # (sentence, name, gives|gets) -> those it gives help to or gets it from
    asked = set()  # (the one who asked for help, its recipient)
    for rel in relations:
        pair_rel.setdefault(frozenset((rel.subject, rel.object)), set()).add(rel.predicate)
        pair_rel.setdefault((rel.subject, rel.object), set()).add(rel.predicate)
        of.setdefault(rel.subject, {}).setdefault("s_" + rel.predicate, set()).add(rel.object)
        of.setdefault(rel.object, {}).setdefault("o_" + rel.predicate, set()).add(rel.subject)
        if rel.predicate == "assists":
            helped_by.setdefault(rel.object, set()).add(rel.subject)
            helps_to.setdefault(rel.subject, set()).add(rel.object)
            acts.setdefault((rel.sentence, rel.subject, "gives"), set()).add(rel.object)
            acts.setdefault((rel.sentence, rel.object, "gets"), set()).add(rel.subject)
            if rel.requested_by:
                asked.add((rel.requested_by, rel.object))
    parents = parents or {}
    out, done = [], set()
    spaced = lx.language.spaced
    mark = lx["activities"].get("observer_mark")
    asking_input = lx["assists"].get("model_not_in")  # wrote to A, B and C for information: no help to learn
    for i, sent in enumerate(sents):
        items = [it for g in sent.groups for it in g.items]
        if len(items) < 2 or asking_input and re.search(asking_input, sent.text[sent.start:sent.end]):
            continue
        governors = {it.start: g.governor for g in sent.groups for it in g.items}
        ordered = sorted(items, key=lambda it: it.start)
        at = {id(it): k for k, it in enumerate(ordered)}
        near = (WINDOW if spaced else CHARS) + 2  # the names around a pair that its features can see (see below)
        quote = sent.quote  # (the key of the sentence's facts, made once)
        # a name whose clause goes on to say it took part as an observer or an expert (observer_mark) gave or watched
        # the help; it was not helped (斯洛文尼亚派出的一名医生以专家身份参加了评估)
        lending = {id(it) for it in items if mark and re.search(mark, sent.text[it.end:sent.clause_end(it.end)])}
        for p in items:
            if p.kind not in agents or p.key in processes:
                continue
            for r in items:
                if r.key == p.key or r.kind not in agents or r.kind in barred or r.key in processes \
                        or (p.key, r.key) in done or (i, p.key, r.key) in done \
                        or abs(at[id(p)] - at[id(r)]) > MAX_BETWEEN + 1:
                    continue
                rel = pair_rel.get(frozenset((p.key, r.key)), set())
                # the rules read help between the two (either way), or read the sentence's act of help with the one
                # giving and the other receiving, paired otherwise (A and B supported X and Y, respectively), or read
                # the one asking another for help to the other (the Assembly invited UNDP to assist X: no help of its)
                gives = acts.get((quote, p.key, "gives"), set()) - {r.key}
                gets = acts.get((quote, r.key, "gets"), set()) - {p.key}
                ruled = "assists" in rel or bool(gives and gets) or (p.key, r.key) in asked
                if ruled and model.seen is None:
                    continue
                done.add((i, p.key, r.key))  # (the first time the sentence names each)
                helpers = helped_by.get(r.key, set()) - {p.key}  # (those a rule says help r)
                told = {"pair": {f"{x}>" for x in pair_rel.get((p.key, r.key), ()) if x != "assists"}
                        | {f"<{x}" for x in pair_rel.get((r.key, p.key), ()) if x != "assists"},
                        "p": {x for x, ks in of.get(p.key, {}).items() if ks - {r.key}},
                        "r": {x for x, ks in of.get(r.key, {}).items() if ks - {p.key}}}
                if helpers & helps_to.get(p.key, set()):
                    told["pair"].add("chain")  # p helps one who helps r: help through another, no help of r
                if parents.get(p.key) in helpers or any(parents.get(x) == p.key for x in helpers):
                    told["pair"].add("kin")  # r's help came from p's own office (or the body p belongs to)
                lo, hi = sorted((at[id(p)], at[id(r)]))
                between = {it.key for it in ordered[lo + 1:hi] if min(p.start, r.start) < it.start < max(p.start, r.start)}
                if helpers & between:
                    told["pair"].add("helper_between")
                if gives:
                    told["pair"].add("gives_here")  # the rules read p giving help in this sentence (to another)
                if gets:
                    told["pair"].add("gets_here")  # … or r getting it (from another)
                # the names from a few before the first of the two to a few after the second: the windows hold
                # WINDOW words (CHARS characters) at most, each masked name one of them, so no other name changes a
                # feature (a sentence's hundredth name is not masked again for each pair)
                feats = pair_features(sent.text, sent.start, sent.end, ordered[max(0, lo - near):hi + near + 1], p, r,
                                      governors, spaced, lx.clause_ends, told)
                if model.seen is not None:
                    model.seen.append({"unit": unit, "number": number, "provider": p.key, "recipient": r.key,
                                       "features": sorted(feats), "ruled": ruled})
                prob = model.probability(feats) if not ruled and model.weights and id(r) not in lending \
                    and (quote, p.key, r.key) not in not_helped else 0.0
                if prob >= model.threshold:
                    done.add((p.key, r.key))
                    out.append((p.key, r.key, i, p, max(p.start, r.start), prob, r))
    return out
