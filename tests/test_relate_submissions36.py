"""Who gave input and who did not (the thirty-sixth session's rules in tacb_graph/relate/submissions.py:
``_none_sent``, the ``on_behalf`` group and the author before ``from`` in ``_received_from``, ``behalf_frames``).
Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _input(text: str) -> set[tuple[str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.modality) for r in rec.relations if r.predicate == "submittedInputTo"}


@pytest.mark.parametrize("text, facts", [
    ("By 1 May 2090, replies had arrived from Chile and Peru; from Ghana, Kenya and Togo, in one joint reply; "
     "and from the European Union.",
     {"state/CHL", "state/PER", "state/GHA", "state/KEN", "state/TGO", "org/eu"}),
    ("Comments came from Nepal and from Bhutan.", {"state/NPL", "state/BTN"}),
    ("Submissions had reached the Office from Fiji and Samoa; from Latvia and Estonia, which wrote jointly; "
     "and from Human Rights Watch.", {"state/FJI", "state/WSM", "state/LVA", "state/EST", "org/hrw"}),
    ("Replies were received from Norway and Iceland, writing together, and from Chile.",
     {"state/NOR", "state/ISL", "state/CHL"}),
])
def test_a_reply_list_read_through_its_verbs_and_asides(text, facts):
    assert {(k, "Reported") for k in facts} <= _input(text)


def test_the_one_spoken_for_submitted_too():
    got = _input("Contributions were received from Egypt on behalf of the Group of Arab States and from Peru "
                 "on behalf of the Organization of American States (OAS).")
    assert {("state/EGY", "Reported"), ("state/PER", "Reported"), ("org/oas", "Reported")} <= got


def test_a_name_after_on_behalf_of_outside_a_reply_list_is_no_submitter():
    assert _input("The Office met Pakistan on behalf of the Organisation of Islamic Cooperation.") == set()


@pytest.mark.parametrize("text, key", [
    ("Replies were received from Chile. Gabon, which had also been consulted, sent nothing.", "state/GAB"),
    ("Haiti did not reply to the questionnaire.", "state/HTI"),
    ("Nauru acknowledged the note verbale but sent no views.", "state/NRU"),
    ("Belize informed the Secretariat that it would not make a submission.", "state/BLZ"),
    ("The African Union, to which the note verbale had been addressed, did not respond.", "org/au"),
    ("乍得也收到了照会，但未作答复。", "state/TCD"),
    ("智利提交了材料。多哥没有提交材料。", "state/TGO"),
])
def test_one_asked_that_gave_no_input_is_a_negated_submitter(text, key):
    got = _input(text)
    assert (key, "Negated") in got and (key, "Reported") not in got


@pytest.mark.parametrize("text", [
    "The Ministry asked the Office to train its staff; the Office has not replied.",
    "司法部请人权高专办协助培训其工作人员，人权高专办尚未答复。",
    "Nicaragua did not reply to the invitation to take part.",
])
def test_an_unanswered_request_for_help_is_no_withheld_input(text):
    assert not any(m == "Negated" for _k, m in _input(text))


@pytest.mark.parametrize("text", [
    "Chad did not respond to the request for assistance.",  # assistance asked for, not views
    "The Government did not respond to the floods in time.",
    "乍得未答复联合王国提出的问题。",  # a question not answered: no reply withheld from the report
])
def test_no_response_to_something_else_is_no_submission(text):
    assert _input(text) == set()


def test_a_receiving_body_before_from_is_no_submitter():
    got = _input("Replies had reached the Secretariat from Albania and Greece.")
    assert got == {("state/ALB", "Reported"), ("state/GRC", "Reported")}
    assert _input("Information was provided to officials from Albania.") == set()


def test_the_one_in_whose_name_a_reply_was_made_replied():
    assert _input("巴基斯坦以伊斯兰合作组织的名义作了答复。") == {("state/PAK", "Reported"), ("org/oic", "Reported")}
    assert _input("巴基斯坦以个人名义作了答复。") == {("state/PAK", "Reported")}


def test_a_chinese_list_after_received_the_following():
    got = _input("截至 2090 年 5 月 1 日，共收到下列呈件：智利和秘鲁提交的呈件；欧洲联盟的材料。")
    assert {("state/CHL", "Reported"), ("state/PER", "Reported"), ("org/eu", "Reported")} <= got


def test_at_the_invitation_the_subject_still_replies():
    assert _input("人权理事会咨询委员会应邀提交了材料。") == {("org/hrc-advisory-committee", "Reported")}
