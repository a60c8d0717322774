"""The sixty-second session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists
from outcomes import facts as _facts


def _assists(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "assists"}


# A study visit to a capital to see how a body works: the body's staff who hosted them, the body the programme was
# drawn up by, and who paid for the journey helped the visitors


def test_the_body_visitors_came_to_learn_from_that_hosted_them_helped_them():
    got = _assists("Six judges of Malawi travelled to Lusaka for ten days to see how the Human Rights Commission of "
                   "Zambia handles complaints. The Commission's staff hosted the group.")
    assert ("org/hrc-zambia", "state/MWI") in got


def test_who_drew_up_the_programme_in_a_passive_clause_helped_the_visitors():
    got = _assists("Five prosecutors of Malawi went to Lusaka for a week to learn how cases of trafficking are tried. "
                   "The judges of Zambia received them, and the programme was drawn up by UNODC.")
    assert ("org/unodc", "state/MWI") in got


def test_who_paid_for_the_journey_helped_the_visitors():
    got = _assists("Four officials of Malawi travelled to Lusaka to learn how the courts of Zambia hear land cases. "
                   "Ireland paid for the journey.")
    assert ("state/IRL", "state/MWI") in got


def test_a_passive_clause_about_a_course_is_no_help_to_the_visitors():
    got = _assists("Four officials of Malawi travelled to Lusaka to learn how the courts of Zambia hear land cases. "
                   "A separate course on land law was drawn up by UNODC.")
    assert ("org/unodc", "state/MWI") not in got


# A name repeated in full, set off by commas, is one name: the words after the apposition are the words after the name


def test_a_partner_named_twice_in_a_fronted_phrase_is_still_the_partner():
    got = _facts("Jointly with UNICEF, the United Nations Children's Fund, UNDP trained 40 teachers of Malawi in "
                 "child protection.")
    assert ("org/unicef", "assists", "state/MWI", "Reported") in got
    assert ("org/undp", "assists", "state/MWI", "Reported") in got


def test_a_subject_named_twice_is_the_subject_of_the_verb_after_the_apposition():
    got = _assists("UNODC, the United Nations Office on Drugs and Crime, trained 30 prison officers of Zambia.")
    assert ("org/unodc", "state/ZMB") in got


def test_two_bodies_are_not_one_name():
    got = _assists("UNDP, UNICEF and UNFPA trained 30 nurses of Zambia.")
    assert {("org/undp", "state/ZMB"), ("org/unicef", "state/ZMB"), ("org/unfpa", "state/ZMB")} <= got


# 该基金 after a board whose name holds the fund's name: the fund, not the board


def test_the_fund_after_its_boards_full_name_is_the_fund():
    got = _assists("援助酷刑受害者自愿基金董事会主席介绍说，该基金 2118 年向马拉维和赞比亚的三个康复中心提供了赠款。", zh=True)
    assert {("org/vf-torture", "state/MWI"), ("org/vf-torture", "state/ZMB")} <= got
    assert not {s for s, _o in got if s == "org/vf-torture-board"}
