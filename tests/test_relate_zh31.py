"""Chinese forms of partnership read in the thirty-first session: a body's partners listed with a place (``X 在蒙古的
其他伙伴包括 A、B``, ``X 的其他伙伴还有 A``), a relative clause of working together (``与 Y 长期合作的 X``) and an
arrangement set up with a partner (``与 Y 建立了信息共享安排``). Every sentence is written for these tests (not copied from
any report)."""

from __future__ import annotations

from test_relate_round21 import facts, triples


def partners(sentence: str) -> set[frozenset]:
    return {frozenset((s, o)) for s, p, o, _m in triples(facts(sentence)) if p == "partnersWith"}


def test_partners_listed_with_a_place_belong_to_the_owner_not_the_place():
    got = partners("儿基会在马拉维的其他伙伴包括世界卫生组织和联合国教育、科学及文化组织。")
    assert {frozenset(("org/unicef", "org/who")), frozenset(("org/unicef", "org/unesco"))} <= got
    assert not any("state/MWI" in p for p in got)


def test_partners_listed_with_still():
    assert frozenset(("org/unicef", "org/who")) in partners("儿基会的其他伙伴还有世界卫生组织。")


def test_a_relative_clause_of_working_together():
    assert frozenset(("org/unicef", "org/au")) in partners("与非洲联盟长期合作的儿基会对此表示欢迎。")


def test_an_arrangement_set_up_with_a_partner():
    assert frozenset(("org/unicef", "org/who")) in partners("儿基会在其营养项目中与世界卫生组织建立了数据共享安排。")


def test_a_joint_statement_is_no_partnership():
    assert partners("马拉维同赞比亚和莫桑比克一道，向人权理事会提交了一份关于儿童权利的联合发言。") == set()
    assert partners("马拉维政府与马拉维人权委员会还就行动计划提交了一份联合材料。") == set()


def test_the_joint_work_of_two_bodies_that_someone_pays_for():
    got = partners("挪威为儿基会与世界卫生组织在南部非洲的联合活动提供了资金。")
    assert frozenset(("org/unicef", "org/who")) in got and not any("state/NOR" in p for p in got)


def test_submitters_for_the_report_named_before_the_verb():
    got = {s for s, p, _o, _m in triples(facts("马拉维政府、赞比亚和世界卫生组织为编写本报告提交了资料。"))
           if p == "submittedInputTo"}
    assert got == {"state/MWI", "state/ZMB", "org/who"}


def test_observers_attending_are_not_helped():
    got = triples(facts("儿基会和世界卫生组织在卢萨卡共同主办了区域圆桌会议，马拉维和赞比亚的代表以观察员身份出席。"))
    assert not any(p == "assists" for _s, p, _o, _m in got)


def test_a_plan_from_a_year_on():
    got = triples(facts("儿基会将自 2096 年起轮流派遣专家前往马拉维。"))
    assert ("org/unicef", "assists", "state/MWI", "Planned") in got


def test_joint_work_by_two_bodies_where_and_when():
    assert frozenset(("org/undp", "org/unicef")) in partners(
        "原定由开发署和儿基会于 2096 年在马拉维联合启动的社会保护项目已被搁置，启动日期未定。")
    assert frozenset(("org/ohchr", "org/undp")) in partners(
        "挪威为人权高专办与开发署在马拉维联合实施的一个司法项目提供了资金。")


def test_joint_work_originally_planned_and_called_off_is_negated():
    got = {(tuple(sorted((s, o))), m) for s, p, o, m in triples(facts(
        "原定由儿基会和世界卫生组织于同年 4 月联合开展的培训因此被取消，至今未重新安排。")) if p == "partnersWith"}
    assert got == {(("org/unicef", "org/who"), "Negated")}
