"""Chinese forms of help read in the thirtieth session: a State's delegation whose travel someone paid for
(``挪威承担了 X 代表团出席…的差旅费用``) and a research fellowship given to a State's people (``研究金``). Every sentence is
written for these tests (not copied from any report)."""

from __future__ import annotations

from test_relate_round21 import facts, triples


def test_who_paid_the_travel_of_a_states_delegation_helped_that_state():
    assert ("state/NOR", "assists", "state/LSO", "Reported") in triples(
        facts("挪威承担了莱索托代表团出席人权理事会第二百四十三届会议的差旅费用。"))
    assert ("state/NOR", "assists", "state/LSO", "Reported") in triples(facts("挪威支付了莱索托代表团的差旅费用。"))


def test_costs_with_no_people_named_are_no_help():
    assert not any(p == "assists" for _s, p, _o, _m in triples(facts("挪威承担了莱索托的费用。")))


def test_a_research_fellowship_given_to_a_states_people():
    assert ("org/ohchr", "assists", "state/LSO", "Reported") in triples(
        facts("人权高专办为莱索托的一名社区工作者提供了在日内瓦为期四周的研究金。"))


def test_a_study_group_of_a_states_ministry_hosted_is_help_to_that_state():
    assert ("state/ZAF", "assists", "state/LSO", "Reported") in triples(
        facts("南非司法和宪法发展部于 2094 年 4 月在比勒陀利亚接待了莱索托司法部的一个考察团，介绍了小额索赔法院的运作经验。"))
    got = triples(facts("佛得角国家人权和公民权委员会接待了几内亚比绍司法部的一个代表团，向其介绍了建立监狱探访机制的做法。"))
    assert ("org/cndhc-cabo-verde", "assists", "state/GNB", "Reported") in got


def test_a_delegation_received_and_shown_nothing_is_no_help():
    assert not any(p == "assists" for _s, p, _o, _m in triples(facts("中国接待了法国外交部的一个代表团。")))


def test_an_activity_arranged_for_a_states_people():
    assert ("org/ohchr", "assists", "state/LSO", "Reported") in triples(facts("人权高专办为莱索托官员安排了一次培训。"))
    assert not any(p == "assists" for _s, p, _o, _m in triples(facts("人权高专办安排了与莱索托外交部长的会见。")))
