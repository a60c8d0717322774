"""Thirty-fourth session: a condition the holder sets is no judgement of its own, a topic fronted with 至于, and the
genre's common ways of declining, doubting, rejecting and endorsing. Sentences of our own, not copied from any gold
text."""

from __future__ import annotations

import pytest
from test_relate_stances32 import MBC, RTD, WW, stances  # one paragraph read whole, its stances as a set


# -- a condition on a position is not a second position (conditions) ----------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Peru endorsed the right to development, on condition that it did not weaken the accountability of States.",
     ("state/PER", RTD, "Supportive")),
    ("Chile supported mutually beneficial cooperation so long as it did not dilute the obligations of donors.",
     ("state/CHL", MBC, "Supportive")),
    ("秘鲁欢迎以互利合作的方式开展技术合作，前提是合作不得削弱国家人权机构的独立性。", ("state/PER", MBC, "Supportive")),
    ("智利表示，只要不损害个人的权利，它就支持发展权。", ("state/CHL", RTD, "Supportive")),
])
def test_a_condition_is_no_judgement_of_its_own(sentence, expected):
    assert expected in stances(sentence)


def test_a_region_whose_only_cue_is_in_a_condition_keeps_it():
    # nothing outside the condition judges the concept: the cue inside it is all there is
    assert ("state/PER", MBC, "Critical") in stances("秘鲁认为互利合作只要被滥用就会损害人权。")


# -- a topic fronted with 至于 is the concept the holder after it speaks of -------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("至于共赢合作，乌拉圭表示暂不发表看法。", ("state/URY", WW, "NotQuestioned")),
    ("乌拉圭支持发展权；至于共赢合作，乌拉圭说它尚未形成正式立场。", ("state/URY", WW, "NotQuestioned")),
])
def test_a_topic_fronted_with_zhiyu(sentence, expected):
    assert expected in stances(sentence)


# -- general ways of the genre to decline, doubt, reject and endorse -------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("Peru kept its own counsel on win-win cooperation.", ("state/PER", WW, "NotQuestioned")),
    ("Chile would not be drawn on the right to development.", ("state/CHL", RTD, "NotQuestioned")),
    ("Ghana said it would not take sides on mutually beneficial cooperation.", ("state/GHA", MBC, "NotQuestioned")),
    ("Kenya remained neutral on the right to development.", ("state/KEN", RTD, "NotQuestioned")),
    ("Nepal said it was not its role to pronounce on win-win cooperation.", ("state/NPL", WW, "NotQuestioned")),
    ("Fiji found that win-win cooperation meant different things to different donors.", ("state/FJI", WW, "Sceptical")),
    ("Spain asked that win-win cooperation be left out of the resolution.", ("state/ESP", WW, "Critical")),
    ("Italy considered that win-win cooperation had no proper place in a human rights text.",
     ("state/ITA", WW, "Critical")),
    ("Brazil said that no programme could do without the right to development.", ("state/BRA", RTD, "Supportive")),
    ("巴西尚未就共赢合作形成立场。", ("state/BRA", WW, "NotQuestioned")),
    ("智利认为共赢合作弊大于利。", ("state/CHL", WW, "Critical")),
    ("秘鲁对共赢合作的含义心存疑虑。", ("state/PER", WW, "Sceptical")),
    ("秘鲁认为，共赢合作能否适用于人权领域还有待观察。", ("state/PER", WW, "Sceptical")),
    ("乌拉圭认为发展权与南南合作的传统一脉相承。", ("state/URY", RTD, "Supportive")),
])
def test_the_genre_s_common_expressions(sentence, expected):
    assert expected in stances(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Peru declined to pronounce itself on win-win cooperation.", ("state/PER", WW, "NotQuestioned")),
    ("Chile offered no remark on mutually beneficial cooperation.", ("state/CHL", MBC, "NotQuestioned")),
    ("Ghana considered that win-win cooperation had no business in a human rights resolution.",
     ("state/GHA", WW, "Critical")),
    ("Kenya urged that the expression win-win cooperation be dropped.", ("state/KEN", WW, "Critical")),
    ("Nepal approached mutually beneficial cooperation with caution.", ("state/NPL", MBC, "Sceptical")),
    ("Fiji was less persuaded by win-win cooperation.", ("state/FJI", WW, "Sceptical")),
    ("Bhutan described mutually beneficial cooperation as the natural way for small States to work together.",
     ("state/BTN", MBC, "Supportive")),
])
def test_more_of_the_genre_s_english(sentence, expected):
    assert expected in stances(sentence)


# -- who holds the view: a view set off inside the clause, a possessive reading, a shared objection --------------

@pytest.mark.parametrize("sentence, expected", [
    ("Any reference to win-win cooperation was, in the view of Peru, out of place in the resolution.",
     ("state/PER", WW, "Critical")),
    ("共赢合作，在秘鲁看来，是一个含义不清的提法。", ("state/PER", WW, "Sceptical")),
    ("In Chile's reading, every other right depended on the right to development.", ("state/CHL", RTD, "Supportive")),
    ("The European Union objected to win-win cooperation. Peru shared the European Union's objection.",
     ("state/PER", WW, "Critical")),
    ("秘鲁的呈件写道，发展权对于减少贫困至关重要。", ("state/PER", RTD, "Supportive")),
    ("智利的答复就共赢合作提出了一连串疑问。", ("state/CHL", WW, "Sceptical")),
])
def test_whose_view_it_is(sentence, expected):
    assert expected in stances(sentence)


def test_a_view_opener_at_the_start_still_begins_at_its_holder():
    # nothing before the opener: the view is read from the holder on, as before
    assert ("state/PER", WW, "Critical") in stances("According to Peru, win-win cooperation was unacceptable.")


def test_a_transliterated_name_ends_before_a_word_that_follows_it():
    # 本人则 and 坦言 are no part of the name
    found = stances("法学教授阿玛妮·姆万吉本人则认为，互利合作可能沦为回避问责的挡箭牌。")
    assert {h for h, _c, _v in found} == {"person/阿玛妮·姆万吉"}
    assert {h for h, _c, _v in stances("委员西佛·恩科西坦言，他对互利合作这一提法没有成见。")} == {"person/西佛·恩科西"}


# -- a speaker set off by commas reports the actor's view; agreeing with a named holder's view; 该集团 -------------

@pytest.mark.parametrize("sentence, expected, not_expected", [
    ("The European Union, she said, supported the right to development.", ("org/eu", RTD, "Supportive"), None),
    ("Peru took the floor for the Andean Community. The Community, Peru said, treated the right to development as the "
     "bedrock of its agenda.", ("org/andean-community", RTD, "Supportive"), None),
    ("Chile, she added, had no quarrel with win-win cooperation.", ("state/CHL", WW, "NotQuestioned"), None),
])
def test_a_speaker_set_off_by_commas_reports_the_actor_s_view(sentence, expected, not_expected):
    found = stances(sentence)
    assert expected in found
    assert not_expected is None or not_expected not in found


def test_agreeing_with_a_named_holder_s_position_in_chinese():
    found = stances("欧洲联盟认为，互利合作一词可能被用来淡化问责。法国代表表示完全赞同欧盟的立场。")
    assert ("state/FRA", MBC, "Critical") in found


def test_the_group_a_state_spoke_for_is_the_state_s_view():
    found = stances("突尼斯代表非洲国家集团提交的答复指出，技术合作需求缺少资金。该集团认为，开展互利合作是弥补资金缺口的可行办法。")
    assert ("state/TUN", MBC, "Supportive") in found
