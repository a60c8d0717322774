"""Chinese mechanisms written to generalise (third round, developed on dev4 without its validation text).

For each mechanism: a sentence of our own it reads and one it must not. Every sentence is written
for these tests (not copied from any report or gold text).
"""

from __future__ import annotations

from test_relate_zh_forms2 import facts, run


# -- 协作, 携手: partnership words; 携手 makes a co-provider like 一道 --------------------------------

def test_xiezuo_and_xieshou_are_partnership_words():
    got = facts("难民署与儿基会协作，向约旦提供了咨询意见。")
    assert ("org/unhcr", "partnersWith", "org/unicef", "Reported") in got
    assert ("org/unicef", "assists", "state/JOR", "Reported") not in got  # a partner only, as 合作
    got = facts("难民署与儿基会携手，为约旦官员举办了讲习班。")
    assert {("org/unhcr", "partnersWith", "org/unicef", "Reported"),
            ("org/unicef", "assists", "state/JOR", "Reported")} <= got  # a co-provider, as 一道
    got = facts("秘书长建议难民署加强与儿基会的协作。", predicate="partnersWith")
    assert got == {("org/unhcr", "partnersWith", "org/unicef", "Recommended")}


def test_coordination_without_a_partnership_word_is_no_partnership():
    got = facts("难民署和儿基会分别向约旦提供了咨询意见。", predicate="partnersWith")
    assert got == set()
