"""Input given to a report, in the open forms of its English words (``submitted_input`` ``verbs_rx`` and
``in_submission_rx`` in data/patterns/en/relations.json, read by tacb_graph/relate/submissions.py): a verb of
sending, what was sent and the words between them composed, not listed phrase by phrase. Sentences of our own,
not copied from any gold text."""

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


@pytest.mark.parametrize("text, key", [
    ("Mongolia transmitted its detailed written reply in March.", "state/MNG"),
    ("The Ministry asked the Office to comment on its bill; the Office sent its written comments in May.", None),
    ("Uruguay forwarded a brief supplementary reply after the deadline.", "state/URY"),
    ("Fiji sent a second, revised submission.", None),  # a comma inside the words: not composed
    ("Ghana completed the questionnaire of the Advisory Committee.", "state/GHA"),
    ("Latvia answered the questionnaire in full.", "state/LVA"),
    ("Tonga responded to the call for inputs in May.", "state/TON"),
    ("Chile made a detailed written contribution.", "state/CHL"),
])
def test_a_verb_of_sending_and_what_was_sent_composed(text, key):
    got = _input(text)
    if key is None:
        assert got == set()
    else:
        assert (key, "Reported") in got


@pytest.mark.parametrize("text, key", [
    ("In its second written reply, Namibia described the training of its police.", "state/NAM"),
    ("In their joint submission, Norway and Iceland recalled their funding of the Office.", "state/NOR"),
    ("In a separate written contribution, the African Union listed its programmes.", "org/au"),
])
def test_in_its_reply_with_words_between_is_input_before_the_subject(text, key):
    assert (key, "Reported") in _input(text)


@pytest.mark.parametrize("text", [
    "In its response to the pandemic, Peru set up mobile courts.",
    "Kenya made a statement at the panel.",
    "Nepal sent a delegation to the workshop.",
    "Samoa submitted its national report to the universal periodic review.",
    "Jordan provided written comments on the draft law on associations.",
])
def test_other_sendings_are_no_input_to_the_report(text):
    assert _input(text) == set()


@pytest.mark.parametrize("text, keys", [
    ("人权高专办为编写本报告征集了资料，收到了老挝外交部、联合国儿童基金会(儿基会)以及东南亚国家联盟(东盟)的书面材料。",
     {"state/LAO", "org/unicef", "org/asean"}),
    ("秘书长收到了联合国儿童基金会(儿基会)和老挝司法部的书面材料。", {"state/LAO", "org/unicef"}),
    ("会前，老挝、柬埔寨和儿基会向人权高专办提交了书面材料。", {"state/LAO", "state/KHM", "org/unicef"}),
    ("越南和儿基会向人权高专办东南亚区域办事处提交了书面材料。", {"state/VNM", "org/unicef"}),
    ("老挝外交部在其书面材料中说明了本国的培训需求。", {"state/LAO"}),
])
def test_a_states_organ_and_a_phrase_to_the_author_stand_between_the_submitter_and_its_words(text, keys):
    assert {(k, "Reported") for k in keys} <= _input(text)


def test_a_submission_to_another_body_is_no_input_to_the_report():
    assert ("org/unicef", "Reported") not in _input("越南和儿基会向人权理事会提交了书面材料。")


def test_a_list_of_lists_closed_by_a_coordinator_gave_input_all_along():
    got = _input("非洲联盟和西非经共体，开发署和儿基会，以及大赦国际也提交了答复。")
    assert {(k, "Reported") for k in ("org/au", "org/ecowas", "org/undp", "org/unicef", "org/amnesty")} <= got


def test_a_comma_closing_another_clause_is_no_list():
    assert ("org/undp", "Reported") not in _input("开发署资助了研讨会，儿基会，以及大赦国际也提交了材料。")


@pytest.mark.parametrize("text", [
    "Replies were received from Chile. Tonga let the Secretariat know that it would not be sending a reply.",
    "Replies were received from Chile. Tonga said that it would not send a written reply.",
    "Replies were received from Chile. Tonga has not yet sent its reply.",
    "Replies were received from Chile. Tonga let the Pacific Islands Forum Secretariat know that it would not reply.",
])
def test_input_withheld_in_open_forms_is_negated(text):
    got = _input(text)
    assert ("state/TON", "Negated") in got and ("state/TON", "Reported") not in got


def test_a_reply_list_goes_on_with_a_joint_reply_from_others():
    got = _input("Written replies had been received from Chile and Samoa, and a joint reply from Tonga and Fiji.")
    assert {(k, "Reported") for k in ("state/CHL", "state/WSM", "state/TON", "state/FJI")} <= got
