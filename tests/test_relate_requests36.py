"""A request taken up, refused or still before the body asked (the thirty-sixth session: ``requests`` ``taken_by``
with ``has before it`` and ``is considering``, an aside after the verb skipped in ``patterns._request_taken``).
Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _requests(text: str) -> set[tuple[str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.object) for r in rec.relations if r.predicate == "requests"}


@pytest.mark.parametrize("text, facts", [
    ("UNFPA and UN-Women have before them a request from Chad for help in opening two shelters.",
     {("state/TCD", "org/unfpa"), ("state/TCD", "org/unwomen")}),
    ("UNDP is considering a request of Mali for an electoral audit.", {("state/MLI", "org/undp")}),
    ("In 2090, UNICEF refused, for lack of resources, a request by Chad for an audit of the register.",
     {("state/TCD", "org/unicef")}),
])
def test_a_request_before_the_body_asked_was_made(text, facts):
    assert _requests(text) == facts


def test_considering_a_report_is_no_request():
    assert _requests("UNDP is considering a report of Mali on the elections.") == set()


@pytest.mark.parametrize("text, fact", [
    ("法官和律师独立性问题特别报告员应白俄罗斯政府邀请，于 2090 年访问了白俄罗斯。", ("state/BLR", "org/sr-judges-lawyers")),
    ("开发署应乍得政府请求，为法官举办了培训。", ("state/TCD", "org/undp")),
])
def test_a_chinese_invitation_asks_the_one_it_invites(text, fact):
    # (English gold reads "at the invitation of X" as no request: the invitation stays a recipient fallback only)
    assert fact in _requests(text)


HEAD = """A/HRC/999/12
Human Rights Council
Nine hundred and ninety-ninth session
Agenda item 10
Technical assistance and capacity-building

Technical cooperation and capacity-building in the field of human rights in Chad

Report of the United Nations High Commissioner for Human Rights

 I. Introduction

"""


@pytest.mark.parametrize("text", [
    "At the request of the Government, UNDP trained 30 judges.",
    "UNDP trained 30 judges at the request of the Government.",
])
def test_the_unnamed_government_of_a_country_report_asks(text):
    body = HEAD + f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", body, "0", "utf-8", len(body)))))
    assert any(r.predicate == "requests" and r.subject == "state/TCD" for r in rec.relations)


def test_the_unnamed_government_of_no_one_state_asks_nothing():
    assert _requests("At the request of the Government, UNDP trained 30 judges.") == set()


def test_a_fronted_invitation_asks_the_actor_after_it_not_the_one_before():
    head = ("A/HRC/999/12\n\n人权理事会\n第九百九十九届会议\n议程项目 10\n技术援助和能力建设\n\n"
            "人权领域对乍得的技术援助和能力建设\n\n联合国人权事务高级专员的报告\n\n")
    body = head + "1. 开发署为乍得 40 名法官举办了培训。应政府邀请，儿基会为其中一期培训派出了讲员。\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", body, "0", "utf-8", len(body)))))
    got = {(r.subject, r.object) for r in rec.relations if r.predicate == "requests"}
    assert ("state/TCD", "org/unicef") in got and ("state/TCD", "org/undp") not in got
