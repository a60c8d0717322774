"""Thirty-ninth session: a holder described by a relative clause before its name (一贯支持 C 的 X), a minister, an
ambassador or a prime minister named by title alone after the unit named them with their State, and a speaker who
takes the floor on behalf of a group (以…的名义发言) after a clause that opens the sentence. Sentences of our own, not
copied from any gold text."""

from __future__ import annotations

import pytest
from test_relate_stances32 import MBC, RTD, WW, stances  # one paragraph read whole, its stances as a set


# -- a relative clause before the holder's name says what the holder holds ------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("一贯支持互利合作的智利在提交的材料中介绍，它为巴拉圭的法官举办了培训。", ("state/CHL", MBC, "Supportive")),
    ("始终对共赢合作持保留态度的瑞典在答复中指出，技术合作应以请求为基础。", ("state/SWE", WW, "Sceptical")),
    ("在讨论中，对发展权表示坚定支持的埃及认为，技术合作必须尊重国家自主权。", ("state/EGY", RTD, "Supportive")),
])
def test_a_relative_clause_before_the_holder(sentence, expected):
    assert expected in stances(sentence)


def test_each_holder_of_a_coordinated_group_after_the_relative_clause():
    found = stances("一向反对在决议中使用“共赢合作”一词的荷兰和比利时在联合答复中重申了这一立场。")
    assert {("state/NLD", WW, "Critical"), ("state/BEL", WW, "Critical")} <= found


def test_a_possessive_before_the_holder_is_no_relative_clause():
    # 墨西哥 is named before 的 as the owner of a noun: the clause is no judgement of a holder after it
    assert stances("人权理事会通过的决议的执行情况令墨西哥满意，墨西哥认为互利合作很重要。") \
        == {("state/MEX", MBC, "Supportive")}


# -- a title alone stands for the State the unit named with it -----------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("阿根廷外交部副部长在开幕式上发言，介绍了阿根廷与人权高专办的合作。副部长认为，互利合作是这种伙伴关系的基础。",
     ("state/ARG", MBC, "Supportive")),
    ("蒙古司法部长介绍了该国在人权高专办协助下开展的司法改革，并宣布蒙古将请开发署提供支持。部长表示，共赢合作的提法含义不清。",
     ("state/MNG", WW, "Sceptical")),
    ("The meeting was opened by the Prime Minister of Fiji, Sitiveni Lomaloma. The Prime Minister considered mutually "
     "beneficial cooperation useful.", ("state/FJI", MBC, "Supportive")),
    ("The meeting was opened by the Minister of Justice of Fiji, Sitiveni Lomaloma. The Minister described mutually "
     "beneficial cooperation as the natural way of working among island States.", ("state/FJI", MBC, "Supportive")),
])
def test_a_title_alone_after_the_unit_named_its_state(sentence, expected):
    assert expected in stances(sentence)


def test_a_ministerial_meeting_is_no_minister():
    assert stances("部长级会议于 2090 年举行。挪威认为互利合作有益。") == {("state/NOR", MBC, "Supportive")}


# -- taking the floor on behalf of a group, after a clause that opens the sentence ---------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("讨论中，秘鲁以拉丁美洲和加勒比国家集团的名义发言，表示支持发展权。", ("state/PER", RTD, "Supportive")),
    ("在一般性辩论中，埃塞俄比亚以非洲国家集团的名义发言，强调发展权是一切合作的核心。", ("state/ETH", RTD, "Supportive")),
])
def test_a_speaker_on_behalf_of_a_group(sentence, expected):
    assert expected in stances(sentence)


# -- an aside between a pronoun or a title and its verb -----------------------------------------------------------

@pytest.mark.parametrize("sentence, expected", [
    ("The meeting was opened by the Prime Minister of Fiji, Sitiveni Lomaloma. The Prime Minister, for his part, "
     "considered mutually beneficial cooperation useful.", ("state/FJI", MBC, "Supportive")),
    ("Ana Quispe, a professor of law, chaired the panel. She, however, doubted that win-win cooperation had any agreed "
     "meaning.", ("person/ana-quispe", WW, "Sceptical")),
])
def test_an_aside_after_a_pronoun_holder(sentence, expected):
    assert expected in stances(sentence)
