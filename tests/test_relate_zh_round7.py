"""Chinese mechanisms of the seventh round (developed on the dev7 development texts; see tests/gold/dev7/SPLIT.md).

For each mechanism: a sentence of our own it reads and one it must not. Every sentence is written for these
tests (not copied from any report or gold text).
"""

from __future__ import annotations

import pytest
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


# -- a battery of stance phrasings written for this round: each sentence has one holder and one value -------

BATTERY = [
("秘鲁对互利合作的概念表示赞赏，认为它有助于加强南南合作。", "Supportive"),
("挪威认为，共赢合作的提法没有法律依据。", "Critical"),
("挪威对“共赢合作”一词的确切含义提出了疑问。", "Sceptical"),
("瑞士未就互利合作的概念发表意见。", "NotQuestioned"),
("瑞士不反对互利合作的概念。", "NotQuestioned"),
("新西兰不赞成在理事会决议中使用“人权方面的命运共同体”的措辞。", "Critical"),
("新西兰认为，人权方面的命运共同体这一提法令人费解。", "Sceptical"),
("斯里兰卡坚定支持发展权，认为发展权是一项基本人权。", "Supportive"),
("斯里兰卡高度重视发展权的实现。", "Supportive"),
("冰岛指出，互利合作的概念并不能取代国家的人权义务。", "Critical"),
("冰岛对互利合作的概念持开放态度，但认为需要进一步澄清其含义。", "Sceptical"),
("冰岛虽然支持发展权，但强调人权必须普遍适用。", "Supportive"),
("墨西哥表示，它对共赢合作的概念没有异议。", "NotQuestioned"),
("墨西哥认为，共赢合作的概念不够明确。", "Sceptical"),
("墨西哥对共赢合作的概念表示欢迎，但认为该概念不应取代国际人权标准。", "Critical"),
("智利质疑“人权方面的命运共同体”这一说法与国际人权法是否一致。", "Sceptical"),
("智利反对将互利合作的概念写入决议草案。", "Critical"),
("智利赞扬互利合作的理念，认为这一理念符合《联合国宪章》的宗旨。", "Supportive"),
("巴西认为，互利合作的概念与人权的普遍性相抵触。", "Critical"),
("巴西对互利合作的概念表示关切，认为它可能被用来回避问责。", "Critical"),
("巴西认为，发展权是实现可持续发展目标的关键。", "Supportive"),
("巴西认为，共赢合作的概念含义模糊，难以在实践中操作。", "Sceptical"),
("阿根廷认为，互利合作不是一个有用的概念。", "Critical"),
("阿根廷认为，互利合作的概念没有什么新意。", "Sceptical"),
("阿根廷对共赢合作的概念未作评论。", "NotQuestioned"),
("阿根廷并不认为互利合作的概念有问题。", "NotQuestioned"),
("越南认为，共赢合作的理念值得肯定和推广。", "Supportive"),
("越南呼吁各国本着互利合作的精神开展技术合作。", "Supportive"),
("哥伦比亚对互利合作的概念持谨慎态度。", "Sceptical"),
("哥伦比亚认为，人权方面的命运共同体这一概念有待界定。", "Sceptical"),
("哥伦比亚拒绝接受共赢合作的提法。", "Critical"),
("哥伦比亚认为，共赢合作的提法不恰当。", "Critical"),
("哥伦比亚认为，共赢合作的提法是不必要的。", "Critical"),
("哥伦比亚对共赢合作的提法表示支持，并认为它不会削弱人权的普遍性。", "Supportive"),
]


@pytest.mark.parametrize("sentence,value", BATTERY, ids=[str(i) for i in range(len(BATTERY))])
def test_stance_battery(sentence, value):
    got = stances(sentence)
    assert len(got) == 1 and {v for _h, _c, v in got} == {value}, got


def test_a_denial_of_harm_beside_support_stays_supportive():
    got = stances("乌拉圭支持共赢合作的提法，认为它不会损害人权的普遍性。")
    assert got == {("state/URY", WW, "Supportive")}
    # harm said without a denial is still criticism
    assert stances("乌拉圭认为，共赢合作的提法会损害人权的普遍性。") == {("state/URY", WW, "Critical")}


def test_recipient_side_help_with_its_field_between_provider_and_noun():
    got = facts("莱索托政府得到了开发署在选举方面的技术援助。", predicate="assists")
    assert got == {("org/undp", "assists", "state/LSO", "Reported")}
    # a field with no help noun after it is no help
    assert facts("莱索托得到了开发署在选举方面的肯定。", predicate="assists") == set()


def test_benefiting_from_a_project_a_provider_supported():
    got = facts("莱索托受益于开发署支持的司法改革项目。", predicate="assists")
    assert got == {("org/undp", "assists", "state/LSO", "Reported")}


# -- a battery of assistance phrasings written for this round (activities, recipient side, modality) -------

ASSIST_BATTERY = [
    ('开发署为莱索托议会的工作人员组织了关于人权预算的研讨会。',
     [('org/undp', 'state/LSO', 'Reported')]),
    ('儿基会在莱索托实施了一个少年司法项目。',
     [('org/unicef', 'state/LSO', 'Reported')]),
    ('人权高专办向莱索托派出了一个需求评估特派团。',
     [('org/ohchr', 'state/LSO', 'Reported')]),
    ('莱索托政府得到了开发署在选举方面的技术援助。',
     [('org/undp', 'state/LSO', 'Reported')]),
    ('在开发署的协助下，莱索托修订了刑事诉讼法。',
     [('org/undp', 'state/LSO', 'Reported')]),
    ('莱索托从人权高专办获得了关于条约报告的培训。',
     [('org/ohchr', 'state/LSO', 'Reported')]),
    ('人权高专办为莱索托和斯威士兰的警官举办了讲习班。',
     [('org/ohchr', 'state/LSO', 'Reported'), ('org/ohchr', 'state/SWZ', 'Reported')]),
    ('人权高专办计划明年向莱索托派遣一名人权顾问。',
     [('org/ohchr', 'state/LSO', 'Planned')]),
    ('由于缺乏资金，人权高专办未能向莱索托派遣人权顾问。',
     [('org/ohchr', 'state/LSO', 'Negated')]),
    ('莱索托受益于开发署支持的司法改革项目。',
     [('org/undp', 'state/LSO', 'Reported')]),
    ('人权高专办就国家人权机构的设立向莱索托提供了法律咨询。',
     [('org/ohchr', 'state/LSO', 'Reported')]),
    ('人权高专办与开发署共同向莱索托提供了技术援助。',
     [('org/ohchr', 'state/LSO', 'Reported'), ('org/undp', 'state/LSO', 'Reported')]),
    ('人权高专办支持莱索托政府编写了提交普遍定期审议的国家报告。',
     [('org/ohchr', 'state/LSO', 'Reported')]),
    ('人权高专办协助莱索托国家人权委员会制定了战略计划。',
     [('org/ohchr', 'state/LSO', 'Reported')]),
    ('开发署向莱索托提供的技术援助包括为法官举办的培训。',
     [('org/undp', 'state/LSO', 'Reported')]),
    ('人权高专办为来自莱索托的 20 名记者举办了培训。',
     [('org/ohchr', 'state/LSO', 'Reported')]),
    ('莱索托感谢人权高专办在编写国家报告方面提供的协助。',
     [('org/ohchr', 'state/LSO', 'Reported')]),
    ('人权高专办向莱索托政府提供了咨询服务，并为其司法人员举办了培训。',
     [('org/ohchr', 'state/LSO', 'Reported')]),
    ('开发署将与人权高专办一道于 2027 年为莱索托的检察官举办培训。',
     [('org/ohchr', 'state/LSO', 'Planned'), ('org/undp', 'state/LSO', 'Planned')]),
]


@pytest.mark.parametrize("sentence,want", ASSIST_BATTERY, ids=[str(i) for i in range(len(ASSIST_BATTERY))])
def test_assistance_battery(sentence, want):
    got = {(p, o, m) for p, _r, o, m in facts(sentence, predicate="assists")}
    assert got == {tuple(w) for w in want}
