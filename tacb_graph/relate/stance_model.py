"""A learned back-off for stances whose words no cue list knows.

The stance reader (:mod:`.stance`) finds a holder and the concept it speaks of, then reads the value from the cue
lists of ``data/patterns/{lang}/stances.json``. Reports phrase positions in endless ways (``saw no room for C``,
``had lost none of its force``), and a list never holds them all: on text no rule was written against, most missed
stances are a holder and a concept whose words no cue matched. For those only, a small multinomial logistic
regression over the words of the concept's region decides: one of the four values, or ``None`` (the holder only
mentions the concept). The cue lists keep the first word; the model is never asked where a cue was found.

The model is data: ``data/patterns/{lang}/stance_model.json`` (``features``: feature -> {value: weight}; ``bias``;
``threshold``: the least probability a value needs; ``negators`` and ``window``: a word after a negator is marked as
negated). ``tools/train_stances.py`` writes it from the development gold (never from the held-out or test texts)
with scikit-learn; reading it needs nothing but the standard library. A language without the file has no back-off.

Features, the same for training and prediction (:func:`features`): the regions' words (a spaced language) or
characters (Chinese), lower-cased, without the concept's own name (so ``beneficial`` in *mutually beneficial cooperation* says
nothing), the names of entities (the reader has masked them) and function words (``stop_words``), a word within
``window`` words after a negator prefixed with ``not_``; unigrams and the bigrams of two such words (Chinese: the character
unigrams, bigrams and trigrams of each run of word characters between names and punctuation).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

__all__ = ["StanceModel", "features", "model_from"]

NONE = "None"  # the label of a region that gives no position
_WORD = re.compile(r"<c>|[^\W\d_]+(?:['’-][^\W\d_]+)*")


def features(regions, names, spaced: bool, negators=(), window: int = 3, stop=frozenset()) -> set[str]:
    """The features of a stance's regions (see the module docstring).

    >>> sorted(features(["did not support mutually beneficial cooperation"], ["mutually beneficial cooperation"],
    ...                 True, ("not",), stop={"did", "the"}))
    ['not', 'not support', 'not_support']
    >>> 'not_support' in features(["did not support it"], [], True, ("not",))
    True
    """
    text = "\n".join(regions)
    for n in sorted((n for n in names if n), key=len, reverse=True):
        text = text.replace(n, " <c> ")
    text = text.lower()
    if spaced:
        words = _WORD.findall(text)
        plain = [w for w in words if w != "<c>"]
        marked, left = set(), 0
        for w in words:
            if w not in stop and w != "<c>":
                marked.add("not_" + w if left and w not in negators else w)
            left = window if w in negators else max(0, left - 1)
        keep = [w if (w not in stop or w in negators) and w != "<c>" else None for w in words]
        return marked | {f"{a} {b}" for a, b in zip(keep, keep[1:]) if a and b} if plain else marked
    # characters of words only: names (masked, or the concept's) and punctuation split the text into runs
    runs = [r for r in re.split(r"<c>|[\W_\d]+", text) if r]
    out = set()
    for r in runs:
        out |= set(r) | {r[i:i + 2] for i in range(len(r) - 1)} | {r[i:i + 3] for i in range(len(r) - 2)}
    return out


@dataclass
class StanceModel:
    """Weights read from ``stance_model.json`` (empty: no back-off). ``seen``, when a list, receives every stance
    candidate the reader valued (its regions, names, holders, concept, unit and the cue value), for training."""

    spaced: bool
    weights: dict[str, dict[str, float]] = field(default_factory=dict)
    bias: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.5
    negators: tuple[str, ...] = ()
    window: int = 3
    stop: frozenset[str] = frozenset()
    seen: list | None = None

    def probabilities(self, regions, names) -> dict[str, float]:
        """Each label's probability for these regions (softmax of the summed weights)."""
        scores = dict(self.bias)
        for f in features(regions, names, self.spaced, self.negators, self.window, self.stop):
            for label, w in self.weights.get(f, {}).items():
                scores[label] = scores.get(label, 0.0) + w
        top = max(scores.values())
        exp = {k: math.exp(v - top) for k, v in scores.items()}
        total = sum(exp.values())
        return {k: v / total for k, v in exp.items()}

    def value(self, regions, names, ruled: str | None = None, **context) -> str | None:
        """``ruled`` (the cues' value) when there is one; else the model's value when it is a position with at least
        ``threshold`` probability; else ``None``."""
        if self.seen is not None:
            self.seen.append(dict(context, regions=list(regions), names=sorted(n for n in names if n), ruled=ruled))
        if ruled is not None or not self.bias:
            return ruled
        probs = self.probabilities(regions, names)
        label, p = max(probs.items(), key=lambda kv: kv[1])
        return label if label != NONE and p >= self.threshold else None


def model_from(d: dict, spaced: bool) -> StanceModel:
    """The model ``stance_model.json`` holds (an empty one for an empty dict: no back-off)."""
    if not d:
        return StanceModel(spaced)
    return StanceModel(spaced, d["features"], d["bias"], float(d.get("threshold", 0.5)),
                       tuple(d.get("negators", ())), int(d.get("window", 3)), frozenset(d.get("stop_words", ())))
