"""Positions on a concept, read from how UN texts report them.

Every sentence is written for these tests (not copied from any report); the
concept is recognised from the gazetteer (互利合作, 共赢合作).
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment

MBC = "concept/mutually-beneficial-cooperation"


def stances(*paragraphs: str) -> set[tuple[str, str, str]]:
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(s.holder, s.concept, s.value) for s in rec.stances}


@pytest.mark.parametrize("sentence, value", [
    ("挪威批评互利合作这一概念。", "Critical"),
    ("挪威对互利合作这一概念表示关切。", "Critical"),
    ("挪威反对在人权领域使用互利合作一词。", "Critical"),
    ("挪威认为，互利合作不应取代各国的人权义务。", "Critical"),
    ("挪威指出，互利合作不是各国政府间商定的用语。", "Critical"),
    ("挪威怀疑互利合作能否带来实际成果。", "Sceptical"),
    ("挪威质疑互利合作这一提法。", "Sceptical"),
    ("挪威认为，互利合作的含义不清。", "Sceptical"),
    ("挪威认为，互利合作缺乏公认的定义。", "Sceptical"),
    ("挪威认为，互利合作有益于各国之间的交流。", "Supportive"),
    ("挪威欢迎互利合作这一倡议。", "Supportive"),
    ("挪威赞赏互利合作的精神。", "Supportive"),
    ("挪威没有质疑互利合作这一概念。", "NotQuestioned"),
    ("挪威对互利合作未予评论。", "NotQuestioned"),
    ("挪威不支持互利合作这一概念。", "Critical"),
    ("挪威并不反对互利合作。", "NotQuestioned"),
])
def test_cues_of_the_genre(sentence, value):
    assert stances(sentence) == {("state/NOR", MBC, value)}


def test_plain_statements_from_the_issue():
    assert stances("加拿大批评互利合作这一概念。") == {("state/CAN", MBC, "Critical")}
    got = stances("一些代表团提到了互利合作。加拿大对这一概念表示关切。")
    assert got == {("state/CAN", MBC, "Critical")}


def test_a_qualified_judgement_is_decided_after_the_contrast():
    assert stances("挪威认为，互利合作在贸易领域有用，但这一概念不能适用于人权领域。") == {("state/NOR", MBC, "Critical")}
    assert stances("挪威认为，互利合作有用。然而，这一概念缺乏明确界定。") == {("state/NOR", MBC, "Sceptical")}


def test_not_only_is_no_negation():
    assert stances("挪威不仅支持互利合作，还积极参与。") == {("state/NOR", MBC, "Supportive")}


def test_joint_and_coordinated_holders_each_hold_the_stance():
    got = stances("智利和秘鲁提交了一份联合回复，认为互利合作有益。")
    assert got == {("state/CHL", MBC, "Supportive"), ("state/PER", MBC, "Supportive")}


def test_holders_named_as_examples_of_some_states():
    got = stances("一些国家(如智利和秘鲁)认为，互利合作含义不清。")
    assert got == {("state/CHL", MBC, "Sceptical"), ("state/PER", MBC, "Sceptical")}


def test_no_named_holder_no_stance():
    assert stances("一些国家认为，互利合作含义不清。") == set()


def test_the_holder_carries_into_a_pronoun_sentence():
    got = stances("挪威提交了材料。它认为互利合作这一概念有用。")
    assert got == {("state/NOR", MBC, "Supportive")}


RTD = "concept/right-to-development"
CSF = "concept/community-of-shared-future"


def test_a_clause_about_another_concept_is_no_part_of_the_judgement():
    got = stances("挪威认为，发展权为技术合作提供了有用的框架，但互利合作缺乏明确的定义。")
    assert got == {("state/NOR", RTD, "Supportive"), ("state/NOR", MBC, "Sceptical")}
    got = stances("挪威没有质疑发展权，但认为“互利合作”这一概念含义不清。")
    assert got == {("state/NOR", RTD, "NotQuestioned"), ("state/NOR", MBC, "Sceptical")}
    # concepts coordinated in one clause share its judgement
    got = stances("挪威认为，发展权和互利合作都十分重要。")
    assert got == {("state/NOR", RTD, "Supportive"), ("state/NOR", MBC, "Supportive")}


def test_words_that_continue_the_holder_before_its_verb():
    assert stances("挪威政府在对报告草稿的评论中表示，互利合作有益。") == {("state/NOR", MBC, "Supportive")}
    assert stances("古巴代表一组国家发言，欢迎决议提及互利合作。") == {("state/CUB", MBC, "Supportive")}


@pytest.mark.parametrize("sentence, concept, value", [
    ("挪威认为，发展权是实现其他各项人权的前提。", RTD, "Supportive"),
    ("挪威表示，发展权是国家人权机构工作的核心。", RTD, "Supportive"),
    ("挪威表示，技术合作应以互利合作为基础。", MBC, "Supportive"),
    ("挪威表示，构建人权方面的命运共同体需要各国共同努力。", CSF, "Supportive"),
    # a foundation that is not the concept, then no comment on it
    ("挪威表示，技术合作应以国家请求为基础，但对互利合作未予评论。", MBC, "NotQuestioned"),
    ("挪威认为，互利合作不应成为技术合作的前提。", MBC, "Critical"),
])
def test_foundation_and_core_cues(sentence, concept, value):
    assert stances(sentence) == {("state/NOR", concept, value)}


@pytest.mark.parametrize("sentence, value", [
    ("据挪威称，互利合作有助于各国交流经验。", "Supportive"),
    ("挪威对互利合作持保留意见。", "Sceptical"),
    ("挪威认为，互利合作这一提法值得商榷。", "Sceptical"),
    ("挪威强调，互利合作不能取代各国的人权义务。", "Critical"),
    ("挪威认为，互利合作这一概念缺乏共识。", "Critical"),
    ("挪威不认同互利合作这一概念。", "Critical"),
    ("挪威对在决议中使用互利合作一词表示遗憾。", "Critical"),
    ("挪威认为，互利合作与人权无关。", "Critical"),
])
def test_more_cues_of_the_genre(sentence, value):
    assert stances(sentence) == {("state/NOR", MBC, value)}


def test_a_later_holder_of_the_sentence_judges_the_concept_named_before_it():
    got = stances("挪威赞同互利合作，但瑞典表示反对。")
    assert got == {("state/NOR", MBC, "Supportive"), ("state/SWE", MBC, "Critical")}
    # a later actor with no judgement takes no stance
    assert stances("挪威赞同互利合作，但瑞典提交了材料。") == {("state/NOR", MBC, "Supportive")}


def test_an_unnamed_group_with_its_members_named_after_the_judgement():
    got = stances("对于互利合作，一些国家表示支持，如挪威和瑞典。")
    assert got == {("state/NOR", MBC, "Supportive"), ("state/SWE", MBC, "Supportive")}
    # a group whose members are never named holds nothing; 如果 is no example marker
    assert stances("对于互利合作，一些国家表示支持。") == set()
    assert stances("对于互利合作，一些国家表示支持，如果挪威同意的话。") == set()


@pytest.mark.parametrize("sentence, value", [
    ("挪威没有对互利合作发表评论。", "NotQuestioned"),
    ("挪威认为，互利合作有益，但不能作为技术援助的前提条件。", "Critical"),
    ("挪威的立场是，互利合作不适合人权领域。", "Critical"),
    ("关于互利合作，挪威认为该概念有用。", "Supportive"),
])
def test_position_statements_and_topics(sentence, value):
    assert stances(sentence) == {("state/NOR", MBC, value)}
