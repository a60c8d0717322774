"""Assistance forms read in the twenty-eighth session (Chinese and English).

A State named bare before the thing drafted owns it (协助编写了 X 国家报告, X 普遍定期审议中期报告: the universal
periodic review in the object is a process, not another actor), also through its Government (X 政府的法案); a capital
followed by the seat of an office (to Panama City, where its Regional Office is based) is where people went to work,
not a State they helped. Every sentence is written for these tests (not copied from any report); the entities come
from the gazetteer.
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def assists(*paragraphs: str) -> set[tuple[str, str]]:
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.object) for r in rec.relations if r.predicate == "assists"}


@pytest.mark.parametrize("text, wanted", [
    # a bare State name right before the thing drafted owns it
    ("开发署协助起草了蒙古国家人权行动计划。", {("org/undp", "state/MNG")}),
    ("人权高专办协助编写了加纳国家报告。", {("org/ohchr", "state/GHA")}),
    ("人权高专办协助审查了斐济反腐败法草案。", {("org/ohchr", "state/FJI")}),
    # the universal periodic review inside the object is a process, not another actor
    ("人权高专办协助编写了莱索托普遍定期审议中期报告。", {("org/ohchr", "state/LSO")}),
    # the State's Government owns it too, with or without 的
    ("联合国儿童基金会协助修订了乌干达政府的儿童保护政策。", {("org/unicef", "state/UGA")}),
    ("人权高专办协助起草了秘鲁政府反酷刑法案。", {("org/ohchr", "state/PER")}),
    # a capital, then the seat of an office: where the officers work, not whom they help
    ("OHCHR deployed two officers to Panama City, where its Regional Office for Central America is based.", set()),
    ("OHCHR seconded an officer to Bangkok, where the regional office is located.", set()),
])
def test_read(text, wanted):
    assert assists(text) == wanted


@pytest.mark.parametrize("text, wanted", [
    # a thing about a State is not the State's own (关于 … 的): no owner
    ("人权高专办协助编写了关于加纳局势的新闻报告。", set()),
    # a capital with no office after it is still the State's (a mission sent to a capital)
    ("OHCHR sent a technical mission to Lima to advise the Ombudsman.", {("org/ohchr", "state/PER")}),
    # the office's seat named, and the Government of the State named as the one helped
    ("OHCHR deployed two officers to Panama City, where its Regional Office is based, to support the Government of "
     "Panama.", {("org/ohchr", "state/PAN")}),
])
def test_not_read(text, wanted):
    assert assists(text) == wanted
