"""Chinese mechanisms of the twelfth round (developed on the dev9 development text; see tests/gold/dev9/SPLIT.md,
"Round 12 (zh)").

For each mechanism: a sentence of our own it reads and one it must not. Every sentence is written for these
tests (not copied from any report or gold text).
"""

from __future__ import annotations

from test_relate_zh_forms2 import facts


# -- a repeated request verb (并请) after a recommended request keeps its asker and its modality ----------

def test_a_repeated_request_after_a_recommended_one_is_recommended_and_made_by_the_same_asker():
    got = facts("特别报告员建议人权理事会请开发署向马里提供技术援助，并请秘书长向开发署提供必要的资源。")
    assert got == {("org/hrc", "requests", "org/undp", "Recommended"), ("org/undp", "assists", "state/MLI", "Recommended"),
                   ("org/hrc", "requests", "org/sg", "Recommended"), ("org/sg", "assists", "org/undp", "Recommended")}
    # a request made (not recommended) stays a request of the same asker
    got = facts("人权理事会请开发署继续向马里提供技术援助，并请秘书长向开发署提供必要的资源。")
    assert got == {("org/hrc", "requests", "org/undp", "Reported"), ("org/undp", "assists", "state/MLI", "Requested"),
                   ("org/hrc", "requests", "org/sg", "Reported"), ("org/sg", "assists", "org/undp", "Requested")}


# -- a later clause of the sentence says the activity did not take place ---------------------------------

def test_an_activity_a_later_clause_says_was_not_held_is_negated():
    got = facts("开发署为马里警察举办了人权培训，这些培训在本年度没有举行。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MLI", "Negated")}
    got = facts("开发署计划为马里警察举办人权培训，但该培训被取消了。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MLI", "Negated")}
    # a later clause about the same activity that says something else, or about another activity, does not
    got = facts("开发署为马里警察举办了人权培训，这些培训由儿基会资助。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MLI", "Reported")}
    got = facts("开发署为马里警察举办了人权培训，其他培训没有举行。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MLI", "Reported")}
