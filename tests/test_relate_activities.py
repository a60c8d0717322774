"""Assistance stated through activities, and funding of activities.

Sentences are written for these tests (not copied from any report).
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def run(sentence: str):
    text = f"1. {sentence}\n"
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def assists(sentence: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run(sentence).relations if r.predicate == "assists"}


@pytest.mark.parametrize("sentence, provider, recipient", [
    ("人权高专办为马拉维的法官举办了关于酷刑问题的讲习班。", "org/ohchr", "state/MWI"),
    ("开发署在莫桑比克实施了一个法治项目。", "org/undp", "state/MOZ"),
    ("2019 年，人权高专办向尼日尔派遣了一名人权顾问。", "org/ohchr", "state/NER"),
    ("人权高专办培训了斯里兰卡的警察。", "org/ohchr", "state/LKA"),
    ("人权高专办为马拉维官员举办的讲习班很有用。", "org/ohchr", "state/MWI"),
    ("在肯尼亚，儿基会组织了一次培训。", "org/unicef", "state/KEN"),
])
def test_activity_gives_assistance(sentence, provider, recipient):
    assert assists(sentence) == {(provider, recipient, "Reported")}


@pytest.mark.parametrize("sentence", [
    "人权高专办在日内瓦举行了一次讲习班。",      # a city is no State
    "人权高专办为发展中国家举办了讲习班。",      # no named recipient
    "人权高专办举办了讲习班。",
])
def test_no_recipient_no_assistance(sentence):
    assert assists(sentence) == set()


def test_the_supporter_of_an_activity_is_no_recipient():
    # 在 X 的支持下: X assists the one who acted (guideline), never the workshop's recipient
    assert assists("在日本的支持下，人权高专办举办了讲习班。") == {("state/JPN", "org/ohchr", "Reported")}


def test_activity_modality():
    assert assists("人权理事会请人权高专办在利比里亚举办讲习班。") == {("org/ohchr", "state/LBR", "Requested")}
    assert assists("人权高专办没有在苏丹开展项目。") == {("org/ohchr", "state/SDN", "Negated")}


def test_funding_an_activity_is_funded_by_not_assistance_to_the_implementer():
    rec = run("人权领域技术合作自愿基金资助了人权高专办在海地开展的项目。")
    got = {(a.provider, a.recipient, a.funded_by) for a in rec.assistances}
    # the implementer and the funder both help Haiti; the implementer's help is funded by the Fund
    # (tests/gold/README.md, "funded help")
    assert got == {("org/ohchr", "state/HTI", ("org/vf-tc",)), ("org/vf-tc", "state/HTI", ())}
    assert ("org/vf-tc", "org/ohchr") not in {(r.subject, r.object) for r in rec.relations}


def test_one_assistance_node_per_act():
    rec = run("在危地马拉，人权高专办协助政府实施了一个项目。")
    assert [(a.provider, a.recipient) for a in rec.assistances] == [("org/ohchr", "state/GTM")]


@pytest.mark.parametrize("sentence, provider, recipient", [
    # people trained "in X" right before the State (the link as the last word before the group)
    ("OHCHR trained 220 officials in Colombia.", "org/ohchr", "state/COL"),
    ("UNICEF trained 40 social workers from Malawi.", "org/unicef", "state/MWI"),
    # people of no named group: the State the sentence is set in
    ("In Colombia, OHCHR trained 220 municipal officials.", "org/ohchr", "state/COL"),
    ("In Zambia, UNDP trained prison officers in the use of force.", "org/undp", "state/ZMB"),
])
def test_people_trained_in_a_state(sentence, provider, recipient):
    assert assists(sentence) == {(provider, recipient, "Reported")}


@pytest.mark.parametrize("sentence", [
    "OHCHR trained 220 municipal officials.",  # no State anywhere
    "In Geneva, OHCHR trained judges.",        # a city is no State
])
def test_people_trained_nowhere_named(sentence):
    assert assists(sentence) == set()
