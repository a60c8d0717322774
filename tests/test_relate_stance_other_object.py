"""tacb_graph.relate.stance: a cue with an object of its own in a clause that names no concept (sentences written for these tests)."""

from __future__ import annotations

from test_relate_zh_forms2 import MBC, RTD, stances


def test_a_judgement_of_something_else_does_not_decide():
    assert stances("秘鲁欢迎发展权，但批评若干捐助方推迟了付款。") == {("state/PER", RTD, "Supportive")}
    assert stances("秘鲁反对对人权问题的选择性做法，并支持互利合作。") == {("state/PER", MBC, "Supportive")}


def test_a_clause_that_refers_back_to_the_concept_still_judges_it():
    assert stances("秘鲁认为互利合作有用，但批评这一新概念缺乏定义。") == {("state/PER", MBC, "Critical")}
    assert stances("秘鲁支持互利合作，但对该术语的使用表示关切。") == {("state/PER", MBC, "Critical")}
