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
