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


# -- modality ------------------------------------------------------------------------------------------

def test_a_purpose_clause_shares_the_plan_of_the_clause_before_it():
    got = facts("开发署将于明年向马拉维派遣两名专家，协助该国政府修订刑法。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Planned")}
    # a clause with a subject of its own does not
    got = facts("开发署将向马拉维派遣专家，儿基会协助赞比亚政府修订刑法。", predicate="assists")
    assert ("org/unicef", "assists", "state/ZMB", "Reported") in got
    # nor does a purpose clause after a clause that reports what was done
    got = facts("开发署于 2025 年向马拉维派遣了专家，协助该国政府修订刑法。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Reported")}


def test_the_work_asked_for_said_to_begin_later_is_planned():
    got = facts("蒙古请开发署协助编写人权教育教材，这项工作将于明年年初开始。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MNG", "Planned")}
    got = facts("蒙古请开发署协助编写人权教育教材。这项工作尚未开始。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MNG", "Negated")}
    # a back-reference that says nothing of when stays a request
    got = facts("蒙古请开发署协助编写人权教育教材。这项工作十分重要。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MNG", "Requested")}


def test_a_training_that_is_the_object_of_an_activity_verb_is_no_training_verb():
    # 为 Y 举办的培训被推迟: only the postponed activity (Planned), no reported training of Y's people
    got = facts("由于经费不足，开发署原定为蒙古警察举办的人权培训被推迟到明年。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MNG", "Planned")}
    # a training verb with people as its object still reports a training
    got = facts("开发署为蒙古培训了 40 名警察。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MNG", "Reported")}
