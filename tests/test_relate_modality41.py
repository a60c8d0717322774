"""Help asked for, then planned: a request only announced (``将请``, ``打算于 2095 年请``, ``已决定请``: ``modality``
``announced_asking``, ``asking_decided``, and ``请`` after ``将`` in ``only_followed``) and a request the one asked has
agreed to (``agreed_words``, ``agreed_not_before``; tacb_graph/relate/settle.py) give Planned help, not Requested.
Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.predicate, r.object, r.modality) for r in rec.relations}


@pytest.mark.parametrize("text, asker, asked", [
    ("她宣布，吉尔吉斯斯坦将请联合国开发计划署(开发署)支持该国执行新的国家人权行动计划。", "state/KGZ", "org/undp"),
    ("毛里塔尼亚政府打算于 2095 年请国际移民组织(移民组织)协助在东部边境地区建立移民接待中心。", "state/MRT", "org/iom"),
    ("部长还透露，卢旺达政府已决定请非洲开发银行为第二期司法部门战略提供资金。", "state/RWA", "org/afdb"),
])
def test_a_request_only_announced_is_planned(text, asker, asked):
    got = _facts(text)
    assert (asker, "requests", asked, "Planned") in got
    assert (asked, "assists", asker, "Planned") in got


def test_a_council_deciding_to_request_has_requested():
    got = _facts("人权理事会决定请人权高专办协助马里。")
    assert ("org/ohchr", "assists", "state/MLI", "Requested") in got


@pytest.mark.parametrize("text, fact", [
    ("土库曼斯坦政府请联合国儿童基金会(儿基会)提供支持，该基金会已同意于 2061 年第一季度派出一名顾问。",
     ("org/unicef", "assists", "state/TKM", "Planned")),
    ("佛得角政府请开发署支持开展一项可行性研究，开发署已同意于 2058 年第二季度启动该研究。",
     ("org/undp", "assists", "state/CPV", "Planned")),
    ("Cabo Verde asked UNDP to support a feasibility study; UNDP has agreed to start it in 2058.",
     ("org/undp", "assists", "state/CPV", "Planned")),
    ("塞内加尔政府请开发署开展分析；开发署未同意。", ("org/undp", "assists", "state/SEN", "Negated")),
])
def test_help_asked_for_and_agreed_to_is_planned(text, fact):
    assert fact in _facts(text)
