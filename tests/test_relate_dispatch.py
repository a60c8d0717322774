"""tacb_graph.relate.dispatch: people sent to the recipient (sentences written for these tests)."""

from __future__ import annotations

from test_relate_zh_forms2 import facts


def test_the_owner_of_the_people_sent_assists_the_place_they_are_sent_to():
    got = facts("儿基会的三名儿童保护专家被派往马拉维，协助修订儿童法。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/MWI", "Reported")}
    got = facts("妇女署借调一名性别问题顾问到赞比亚。", predicate="assists")
    assert got == {("org/unwomen", "assists", "state/ZMB", "Reported")}


def test_the_modality_of_the_clause_holds():
    got = facts("开发署计划将两名专家派往马拉维。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Planned")}


def test_no_people_sent_or_no_sending_verb_is_no_assistance():
    # a report sent on to a body, a period from one year to the next: no people are sent
    assert facts("开发署的报告被提交至人权理事会。", predicate="assists") == set()
    assert facts("2021 年至 2023 年，开发署的工作重点是马拉维的选举。", predicate="assists") == set()
    # a marker with no sending verb before it
    assert facts("开发署将顾问的任期延长至 2026 年。", predicate="assists") == set()

