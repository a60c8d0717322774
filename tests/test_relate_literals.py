"""The strings a regular expression's every match holds (tacb_graph.relate.literals): never one too many."""

import re

import pytest

from tacb_graph.relate.lexicon import lexicon_for
from tacb_graph.relate.literals import may_match, needed


@pytest.mark.parametrize("pattern, strings", [
    (r"(?:is|was)\s+no\s+substitute\s+for", {"substitute"}),
    (r"(没有|未)\S{0,2}(评论|批评)", {"评论", "批评"}),
    (r"un(?:known|used)", {"known", "used"}),
    (r"a+bc", {"bc"}),
    (r"(?:ab)+c?", {"ab"}),
    (r"\w+", None),
    (r"x?y*", None),
    (r"(?i)abc", None),
    (r"(?i:abc)d", None),
    (r"a|\d", None),
])
def test_needed(pattern, strings):
    got = needed(re.compile(pattern))
    assert (set(got) if got is not None else None) == strings


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_stance_cues_are_searched_wherever_they_match(lang):
    # each cue pattern, over texts that hold a match of it (from the cues' own words) and texts that do not
    lx = lexicon_for(lang)
    samples = ["没有对此发表任何评论", "未经商定", "并非一项权利", "是实现发展的前提", "The concept _____ is no substitute for",
               "it was not clearly defined", "They did not take issue with it", "no agreed definition", "无关紧要", ""]
    for rx, _value in lx.cue_res:
        for text in samples:
            if rx.search(text):
                assert may_match(rx, text), (rx.pattern, text)
