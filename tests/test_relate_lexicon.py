"""find_words (tacb_graph.relate.lexicon): the trie it searches with finds what looking for each word in turn finds."""

import random

import pytest

from tacb_graph.config import load_language
from tacb_graph.relate.lexicon import _trie, find_words


def _word_by_word(text, words, start=0, end=None, language=None):
    """find_words as it was written first: each word in turn, longest first, the earlier taking an overlap."""
    end = len(text) if end is None else end
    ordered = sorted(dict.fromkeys(w for w in words if w), key=len, reverse=True)
    bounded = language is not None and language.spaced
    hits, taken = [], set()
    for w in ordered:
        i = text.find(w, start, end)
        while i != -1:
            j = i + len(w)
            if not taken & set(range(i, j)) and (not bounded or language.bounded(text, i, j)):
                hits.append((i, j, w))
                taken |= set(range(i, j))
            i = text.find(w, i + 1, end)
    return sorted(hits)


def test_trie_pattern():
    assert _trie(["援助", "援建", "援"]) == "援(?:助|建)?"
    assert _trie(["a.b"]) == r"a\.b"


@pytest.mark.parametrize("lang", [None, "en", "zh"])
def test_same_hits_as_word_by_word(lang):
    language = load_language(lang) if lang else None
    rnd = random.Random(7)
    for _ in range(3000):
        alphabet = rnd.choice(["ab", "abc", "ab ", "a b-c", "援助建 "])
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 14)))
        words = tuple("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 4))) for _ in range(rnd.randint(0, 5)))
        start = rnd.randint(0, len(text) + 1)
        end = rnd.choice([None, rnd.randint(start, len(text) + 2)])
        assert find_words(text, words, start, end, language) == _word_by_word(text, words, start, end, language), \
            (text, words, start, end)
