"""A country report's national bodies named by their kind (the thirty-sixth session's rules: ``report_state_objects``
in tacb_graph/relate/assistance.py ``_report_body``, ``report_state_bodies`` in activities.py ``_report_state``,
``report_state(named_ok=True)`` for the asker of a request). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment

HEAD = """A/HRC/999/12
Human Rights Council
Nine hundred and ninety-ninth session
Agenda item 10
Technical assistance and capacity-building

Technical cooperation and capacity-building in the field of human rights in {state}

Report of the United Nations High Commissioner for Human Rights

 I. Introduction

"""


def _facts(state: str, *paragraphs: str) -> set[tuple[str, str, str]]:
    text = HEAD.format(state=state) + "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.predicate, r.object) for r in rec.relations}


@pytest.mark.parametrize("sentence", [
    "UNDP advised the Government on the draft law on associations.",
    "UNICEF supported the Government in 2091.",
    "UN-Women helped the national police to draft a code of conduct.",
    "UNODC trained 40 officers of the national police.",
    "UNFPA coached the inter-ministerial reporting team for a week.",
    "UNDP provided technical advice to the Ministry of Justice.",
    "UNDP gave support to the Government.",
])
def test_a_national_body_named_by_its_kind_is_the_report_states(sentence):
    got = _facts("Chad", sentence)
    assert any(p == "assists" and o == "state/TCD" for _s, p, o in got)


def test_a_body_of_another_state_named_is_not_the_report_states():
    got = _facts("Chad", "UNDP advised the Government of Niger on the draft law.")
    assert ("org/undp", "assists", "state/TCD") not in got
    assert ("org/undp", "assists", "state/NER") in got


def test_a_body_in_a_report_on_no_one_state_gives_no_recipient():
    text = "1. UNDP advised the Government on the draft law on associations.\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    assert not [r for r in rec.relations if r.predicate == "assists"]


def test_an_unnamed_department_asks_for_the_report_state_even_when_the_state_is_named():
    got = _facts("Palau", "The Department of Foreign Affairs asked UNICEF and UNDP to help Palau to prepare its "
                          "report to the Committee on the Rights of the Child.")
    assert {("state/PLW", "requests", "org/unicef"), ("state/PLW", "requests", "org/undp")} <= got


HEAD_ZH = """A/HRC/999/12

人权理事会
第九百九十九届会议
议程项目 10
技术援助和能力建设

人权领域对{state}的技术援助和能力建设

联合国人权事务高级专员的报告

"""


def _facts_zh(state: str, *paragraphs: str) -> set[tuple[str, str, str]]:
    text = HEAD_ZH.format(state=state) + "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.predicate, r.object) for r in rec.relations}


@pytest.mark.parametrize("sentence", ["开发署支持政府编写国家报告。", "开发署协助司法部起草了反酷刑法。",
                                      "开发署为国家警察举办了培训。", "开发署为司法部的工作人员举办了讲习班。",
                                      "开发署向政府提供了咨询意见。", "开发署就结社法草案向该国司法部提供了咨询意见。"])
def test_a_chinese_national_body_named_by_its_kind_is_the_report_states(sentence):
    assert ("org/undp", "assists", "state/TCD") in _facts_zh("乍得", sentence)


def test_a_chinese_body_of_another_state_is_that_states():
    got = _facts_zh("乍得", "开发署支持尼日尔政府编写国家报告。")
    assert ("org/undp", "assists", "state/NER") in got and ("org/undp", "assists", "state/TCD") not in got
