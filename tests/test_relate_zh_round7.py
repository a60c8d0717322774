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


# -- assistance ----------------------------------------------------------------------------------------

def test_on_its_request_the_state_the_pronoun_stands_for_asks():
    got = facts("蒙古表示，开发署应其请求派遣了一名顾问，向蒙古司法部提供了咨询。")
    assert ("state/MNG", "requests", "org/undp", "Reported") in got
    assert ("org/undp", "assists", "state/MNG", "Reported") in got
    # 其请求 is no requesting verb: what follows is reported, not asked for
    got = facts("开发署应其请求向蒙古提供了咨询。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MNG", "Reported")}
    # with no State named before the pronoun, no one is said to have asked
    assert not {f for f in facts("开发署应其请求派遣了一名顾问。") if f[1] == "requests"}


def test_what_the_recipient_did_on_the_basis_of_a_providers_advice():
    got = facts("斐济的部际人权委员会是在开发署提供的技术咨询基础上设立的。", predicate="assists")
    assert got == {("org/undp", "assists", "state/FJI", "Reported")}
    got = facts("斐济在儿基会提供的技术支持下修订了儿童保护法。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/FJI", "Reported")}
    # a basis that is no help (a resolution, a law) makes no provider
    assert facts("斐济在理事会决议的基础上修订了法律。", predicate="assists") == set()


def test_both_sides_are_the_two_parties_named_before():
    got = facts("开发署与非洲联盟于 2026 年签署了一项谅解备忘录。根据该备忘录，双方将共同为马里的法官举办培训。")
    assert ("org/undp", "assists", "state/MLI", "Planned") in got and ("org/au", "assists", "state/MLI", "Planned") in got
    # the partnership reported (signed) is kept once, Reported
    assert {f for f in got if f[1] == "partnersWith"} == {("org/undp", "partnersWith", "org/au", "Reported")}
    # three actors named before: 双方 stands for none of them
    got = facts("开发署、儿基会与非洲联盟签署了一项协定。双方将为马里的法官举办培训。", predicate="assists")
    assert got == set()


def test_a_count_before_the_recipient_does_not_hide_its_marker():
    got = facts("开发署向 12 个联合国国家工作队部署了性别问题顾问。", predicate="assists")
    assert got == {("org/undp", "assists", "org/unct", "Reported")}
    got = facts("儿基会为 30 名蒙古警察举办了培训。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/MNG", "Reported")}


def test_a_named_body_of_the_states_before_it_is_the_recipient():
    # 向 A 和 B 的联合国国家工作队: the named body, not the States that locate it
    got = facts("开发署向马拉维和赞比亚的联合国国家工作队提供了技术支持。", predicate="assists")
    assert got == {("org/undp", "assists", "org/unct", "Reported")}
    # an unnamed body of the States stands for the States
    got = facts("开发署向马拉维和赞比亚的国家人权机构提供了技术支持。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Reported"), ("org/undp", "assists", "state/ZMB", "Reported")}


def test_an_unnamed_body_listed_with_a_named_recipient_in_a_clause_set_in_a_state():
    got = facts("在蒙古，开发署向蒙古国家人权委员会和议会人权小组委员会提供了咨询意见。", predicate="assists")
    assert ("org/undp", "assists", "state/MNG", "Reported") in got
    # a named second recipient adds no State
    got = facts("在蒙古，开发署向蒙古国家人权委员会和儿基会提供了咨询意见。", predicate="assists")
    assert ("org/undp", "assists", "state/MNG", "Reported") not in got
