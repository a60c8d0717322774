"""Help received and inputs listed, in more forms: people of a State who received training two bodies gave together
(``接受了 A 和 B 联合提供的培训``: ``assists`` ``passive_links``, ``passive_possessed``); people of a State's levels of
government (``索马里联邦和州两级的法官``: ``state_organ``); money for a post that came from a fund (``出自``); the
sources a report drew on, listed after ``参考了``, ``吸收了`` or ``on the basis of``; a second list of respondents after
an aside (``and, among countries of origin, from …``); a State that replied ``not on substance``; attendance by people
named with a word before them or through a body of their State (``85 border officers``, ``officers of the Coast Guard
of A and of the General Department … of B``: ``activities`` ``attendee_modifier``, ``attendee_named_body``); 不歧视 (non-
discrimination) that negates nothing; a person's name that ends before 发来; bodies that formed a working group together
(``组成了``: ``partners`` ``joint``). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _read(text: str):
    text = f"1. {text}\n\n"
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def _facts(text: str, predicate: str) -> dict[tuple[str, str], str]:
    return {(r.subject, r.object): r.modality for r in _read(text).relations if r.predicate == predicate}


def test_people_of_a_state_received_training_two_bodies_gave():
    got = _facts("吉布提的 40 名军官接受了开发署和儿基会联合提供的培训。", "assists")
    assert {("org/undp", "state/DJI"), ("org/unicef", "state/DJI")} <= set(got)


def test_people_of_a_state_s_levels_of_government():
    assert ("org/undp", "state/SOM") in _facts("开发署于 2109 年培训了索马里联邦和州两级的 70 名法官。", "assists")
    assert ("org/undp", "state/KEN") in _facts("开发署于 2109 年培训了肯尼亚各级法院的 70 名书记员。", "assists")


def test_money_for_a_post_from_a_fund():
    got = _facts("联合国开发计划署(开发署)向吉布提司法部派驻了一名法律顾问。该顾问的职位经费出自建设和平基金。", "assists")
    assert ("org/peacebuilding-fund", "state/DJI") in got


@pytest.mark.parametrize("text, sources", [
    ("独立专家还参考了吉布提政府、大赦国际和人权观察为本报告提交的书面材料。",
     {"state/DJI", "org/amnesty", "org/hrw"}),
    ("本报告依据人权高专办的监测资料编写，并吸收了儿基会和吉布提政府提供的书面资料。", {"org/unicef", "state/DJI"}),
    ("The report was prepared on the basis of information provided by UNDP, and of written contributions from the "
     "Carter Center and the African Union Commission.", {"org/undp", "org/carter-center", "org/au-commission"}),
    ("Replies came from Bahrain and Kuwait and, among countries of origin, from Nepal and Sri Lanka.",
     {"state/BHR", "state/KWT", "state/NPL", "state/LKA"}),
])
def test_the_sources_of_a_report(text, sources):
    got = _facts(text, "submittedInputTo")
    assert sources <= {s for s, _o in got}


def test_a_reply_not_on_substance_is_none():
    got = _facts("OHCHR sent a note verbale to the States of the region. Oman acknowledged receipt of the note verbale "
                 "but did not reply on substance.", "submittedInputTo")
    assert got.get(("state/OMN", "@report")) == "Negated"


@pytest.mark.parametrize("text, states", [
    ("UNDP organized two courses in 2108, attended by 60 border officers of Jordan.", {"state/JOR"}),
    ("UNDP organized two courses in 2108, attended by officers of the Coast Guard of Jordan and of the General "
     "Directorate of Residence Affairs of Lebanon.", {"state/JOR", "state/LBN"}),
])
def test_attendance_of_people_named_more_fully(text, states):
    assert {("org/undp", s) for s in states} <= set(_facts(text, "assists"))


def test_attendance_of_a_capital_s_officers_is_no_body():
    assert not _facts("UNDP organized two courses in 2108, attended by officers of the capital of Jordan.", "assists")


def test_non_discrimination_negates_nothing():
    got = _facts("应开发署的邀请，人权高专办就法案中的不歧视条款向吉布提司法部提出了意见。", "assists")
    assert got.get(("org/ohchr", "state/DJI")) == "Reported"


def test_a_name_ends_before_the_verb_of_sending():
    got = _facts("联合国人权事务高级专员卡特琳娜·维斯特伯格发来了视频致辞。", "heldBy")
    assert ("org/hchr", "person/卡特琳娜·维斯特伯格") in got


def test_bodies_that_formed_a_working_group_together_are_partners():
    got = _facts("国际劳工组织(劳工组织)、国际移民组织(移民组织)和联合国毒品和犯罪问题办公室(毒罪办)组成了打击强迫劳动"
                 "机构间工作组。", "partnersWith")
    pairs = {frozenset(p) for p in got}
    assert {frozenset(("org/ilo", "org/iom")), frozenset(("org/iom", "org/unodc"))} <= pairs
