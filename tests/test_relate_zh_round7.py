"""Chinese mechanisms of the seventh round (developed on the dev7 development texts; see tests/gold/dev7/SPLIT.md).

For each mechanism: a sentence of our own it reads and one it must not. Every sentence is written for these
tests (not copied from any report or gold text).
"""

from __future__ import annotations

from test_relate_zh_forms2 import CSF, MBC, RTD, WW, facts, stances


# -- stances -------------------------------------------------------------------------------------------

def test_a_principle_named_by_a_negated_word_is_no_negated_cue():
    # 不干涉 / 不歧视 name principles: the negation inside them turns no cue into NotQuestioned
    got = stances("斐济欢迎互利合作的理念，认为它尊重主权平等和不干涉原则。")
    assert got == {("state/FJI", MBC, "Supportive")}
    got = stances("秘鲁支持发展权，认为发展权的实现应当遵循不歧视原则。")
    assert got == {("state/PER", RTD, "Supportive")}
    # a negation that is no principle's name still turns the cue
    assert stances("斐济不支持互利合作的理念。") == {("state/FJI", MBC, "Critical")}


def test_a_judgement_after_a_contrast_that_names_the_concept_later_in_its_clause():
    # 没有质疑…，但认为不应…使用该术语: the clause after 但 judges the concept (named after its cue)
    got = stances("智利没有质疑共赢合作的概念，但认为各国不应在谈判中使用该术语。")
    assert got == {("state/CHL", WW, "Critical")}
    # … while a clause after 但 about something else leaves it NotQuestioned
    got = stances("智利没有质疑共赢合作的概念，但认为各国不应削减对基金的捐款。")
    assert got == {("state/CHL", WW, "NotQuestioned")}
