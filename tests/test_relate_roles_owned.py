"""tacb_graph.relate.roles.owns_a_thing: a body that only owns the object of a help verb (sentences written for these tests)."""

from __future__ import annotations

from test_relate_zh_forms2 import facts


def test_supporting_a_bodys_resolution_helps_no_one():
    assert facts("智利支持人权理事会关于人权教育的第 50/12 号决议。", predicate="assists") == set()
    assert facts("智利支持大会的第 75/10 号决议。", predicate="assists") == set()


def test_helping_a_state_with_its_own_work_is_still_help():
    got = facts("开发署支持马拉维的司法改革。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Reported")}
    got = facts("开发署协助马拉维执行《儿童权利公约》。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Reported")}
