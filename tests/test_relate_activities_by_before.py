"""tacb_graph.relate.activities: an agent governed by 由 before the activity verb (sentences written for these tests)."""

from __future__ import annotations

from test_relate_zh_forms2 import facts


def test_an_agent_governed_by_a_marker_before_the_activity_verb_provides():
    # 由 X 在 Y 实施: the 由-agent before the verb is the provider of the activity done in Y
    got = facts("这个人权教育项目由儿基会在马拉维实施。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/MWI", "Reported")}
    got = facts("由妇女署为赞比亚议员举办的讲习班取得了良好效果。", predicate="assists")
    assert got == {("org/unwomen", "assists", "state/ZMB", "Reported")}
    # an agent governed by 由 far from the verb (a clause of its own) is not its agent
    got = facts("该基金由开发署管理，为期三年的方案在马拉维实施。", predicate="assists")
    assert ("org/undp", "assists", "state/MWI", "Reported") not in got
