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


@pytest.mark.parametrize("text, asked", [
    ("人权理事会于 2058 年 4 月通过了第 139/22 号决议，请人权高专办与佛得角政府合作。", "org/ohchr"),
    ("人权理事会在第七十三届会议上通过的第 73/12 号决议中决定，理事会第七十五届会议的小组讨论将以残疾人权利为主题，并请人权高专办"
     "就讨论编写一份摘要报告。", "org/ohchr"),
    ("人权理事会在第 352/21 号决议中请人权高专办继续为南非提供技术援助，另请联合国人权事务高级专员在理事会第三百五十三届会议上书面"
     "报告办事处的活动。", "org/hchr"),
    ("人权理事会第 209/14 号决议请人权高专办继续为纳米比亚提供技术援助；决议还请高级专员向理事会提交书面报告。", "org/hchr"),
])
def test_the_resolution_asks(text, asked):
    """(``in_resolution`` ``lead`` and ``adopted_then``; ``另`` among the ``adverbs`` and ``coordinated_request_leads``;
    ``决议`` before a verb of asking, in ``backrefs.json``)"""
    got = _facts(text)
    res = next(k for k, p, o, m in got if p == "adoptedBy")
    assert (res, "requests", asked, "Reported") in got
    assert not {f for f in got if f[1] == "requests" and f[2] == asked and f[0] != res}


@pytest.mark.parametrize("text, key", [
    ("巴巴多斯政府在对本报告草稿的书面评论中表示，该基金的支持体现了互利合作。", "state/BRB"),
    ("汤加政府在就本报告草稿发表的评论中指出，条约机构能力建设方案的支助是互利合作。", "state/TON"),
])
def test_comments_on_the_draft_report_are_input_to_it(text, key):
    """(zh ``submitted_input`` ``in_submission_rx``: comments on the draft of the report)"""
    assert {(f[0], f[3]) for f in _facts(text) if f[1] == "submittedInputTo"} == {(key, "Reported")}


def test_comments_on_a_draft_law_are_no_input():
    assert not {f for f in _facts("汤加政府在就刑法草案发表的评论中指出，该草案不符合公约。") if f[1] == "submittedInputTo"}


@pytest.mark.parametrize("text, fact", [
    ("The Office recommends that the Government of Bhutan seek the support of OHCHR in establishing a national human "
     "rights institution.", ("state/BTN", "requests", "org/ohchr", "Recommended")),
    ("Bhutan sought the assistance of OHCHR in drafting its report.", ("state/BTN", "requests", "org/ohchr", "Reported")),
    ("高级专员建议伯利兹政府设立国家人权机构，并为此寻求人权高专办的技术支持。", ("state/BLZ", "requests", "org/ohchr", "Recommended")),
    ("佛得角政府寻求了开发署的支持。", ("state/CPV", "requests", "org/undp", "Reported")),
])
def test_seeking_the_help_of_y_asks_y(text, fact):
    """(``requests`` ``help_of``: the help a verb of asking names, and in Chinese its own ``verbs``)"""
    assert fact in _facts(text)


def test_seeking_views_or_cooperation_asks_no_one():
    for text in ("佛得角政府寻求开发署的意见。", "佛得角政府寻求与开发署合作。"):
        assert not {f for f in _facts(text) if f[1] == "requests"}


def test_a_later_clause_of_a_list_item_is_recommended():
    got = _facts("高级专员建议特立尼达和多巴哥政府：(a) 加入《禁止酷刑公约任择议定书》，并请防范酷刑小组委员会就设立国家防范机制提供咨询；"
                 "(b) 依照《巴黎原则》设立国家人权机构，并为此继续寻求人权高专办的技术支持。")
    assert ("state/TTO", "requests", "org/ohchr", "Recommended") in got
    assert ("state/TTO", "requests", "org/spt", "Recommended") in got
