"""Session numbers beyond ninety-nine written in English words (recognise.sessions.number_words)."""

from __future__ import annotations

import pytest

from tacb_graph.config import load_language
from tacb_graph.recognise.sessions import find_sessions, number_words


@pytest.mark.parametrize("words, n", [("One hundred and third", 103), ("one hundred and twenty-first", 121),
                                      ("one hundredth", 100), ("hundredth", 100), ("ninety-ninth", 99),
                                      ("two hundred and first", 201)])
def test_ordinal_words(words, n):
    assert number_words(words, load_language("en").sessions) == n


def test_a_front_page_session_beyond_ninety_nine_is_found():
    assert [n for _s, _e, n in find_sessions("Human Rights Council\nOne hundred and third session\n",
                                             load_language("en"))] == [103]
