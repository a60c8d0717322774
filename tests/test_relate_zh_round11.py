"""Chinese mechanisms of the eleventh round (developed on the dev4 and dev5 development texts; see
tests/gold/dev8/SPLIT.md, "Round 11 (zh)").

For each mechanism: a sentence of our own it reads and one it must not. Every sentence is written for these
tests (not copied from any report or gold text).
"""

from __future__ import annotations

from test_relate_zh_forms2 import facts

TC = "联合国人权领域技术合作自愿基金"


# -- help stated as what an activity was for, the activity then said not to have started ----------------

def test_help_through_an_approved_project_that_has_not_started_is_negated():
    got = facts("基金批准了一个援助蒙古国家人权委员会的试点项目，但由于资金延迟，该项目尚未启动。", title=TC,
                predicate="assists")
    assert got == {("org/vf-tc", "assists", "org/nhrc-mongolia", "Negated")}
    # a project that did start leaves the help Reported
    got = facts("基金批准了一个援助蒙古国家人权委员会的试点项目，该项目已于 3 月启动。", title=TC, predicate="assists")
    assert got == {("org/vf-tc", "assists", "org/nhrc-mongolia", "Reported")}
    # another activity not started leaves help that was not its purpose Reported
    got = facts("开发署协助马里建立了国家机制，但培训尚未开始。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MLI", "Reported")}


# -- a later clause naming who carries out the help the sentence stated ---------------------------------

def test_the_implementer_of_the_related_project_assists_the_same_recipients():
    got = facts("基金将于明年资助斐济和萨摩亚的人权教育，有关项目将由开发署与儿基会合作实施。", title=TC)
    assert ("org/undp", "assists", "state/FJI", "Planned") in got
    assert ("org/undp", "assists", "state/WSM", "Planned") in got
    assert ("org/unicef", "assists", "state/FJI", "Planned") not in got  # a partner of the implementer only
    got = facts("基金支持约旦建立国家机制，该项目由开发署实施。", title=TC, predicate="assists")
    assert got == {("org/vf-tc", "assists", "state/JOR", "Reported"), ("org/undp", "assists", "state/JOR", "Reported")}
    # a project of its own (另一个项目) carries no help stated before
    got = facts("基金支持约旦建立国家机制，另一个项目由开发署实施。", title=TC, predicate="assists")
    assert got == {("org/vf-tc", "assists", "state/JOR", "Reported")}
