"""The fifty-eighth session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, facts as _facts


def _submitters(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, m) for s, p, _o, m in _facts(*paragraphs, zh=zh) if p == "submittedInputTo"}


def _requests(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "requests"}


# a bare resolution number cited before with its body: that body's, whatever was named since


def test_a_bare_resolution_number_takes_the_body_it_was_cited_with():
    got = _facts("The Expert Mechanism on the Right to Development met under Human Rights Council resolution 801/3 "
                 "and General Assembly resolution 99/12. In resolution 801/3, the Council asked the Expert Mechanism "
                 "on the Right to Development to report on debt relief.")
    assert ("resolution/A/HRC/RES/801/3", "adoptedBy", "org/hrc", "Reported") in got
    assert not any(s == "resolution/A/RES/801/3" for s, _p, _o, _m in got)


def test_a_bare_resolution_number_never_cited_takes_the_last_body():
    got = _facts("The General Assembly adopted resolution 99/12 in 2104. In resolution 99/13, it asked the "
                 "Secretary-General to report.")
    assert ("resolution/A/RES/99/13", "adoptedBy", "org/ga", "Reported") in got


# In resolution N, the Council asked A …, and it asked B …: the resolution asks B too


def test_a_pronoun_in_a_resolution_frame_stands_for_the_resolution():
    got = _requests("In resolution 801/3, the Human Rights Council asked the Secretary-General to report on the "
                    "programme, and it asked the United Nations Development Programme (UNDP) to fund the programme.")
    assert {("resolution/A/HRC/RES/801/3", "org/sg"), ("resolution/A/HRC/RES/801/3", "org/undp")} <= got
    assert ("org/hrc", "org/undp") not in got


# X was requested by Y to …: Y asks X


def test_a_passive_request_names_the_asker_after_by():
    got = _requests("The United Nations Children's Fund (UNICEF) was requested by the General Assembly to "
                    "report on birth registration.")
    assert ("org/ga", "org/unicef") in got


def test_a_passive_request_in_a_resolution_frame_is_the_resolution_s():
    got = _requests("The Human Rights Council adopted resolution 801/4 in 2104. In that resolution, the United "
                    "Nations Children's Fund (UNICEF) was further requested by the Council to assist Peru.")
    assert ("resolution/A/HRC/RES/801/4", "org/unicef") in got


def test_help_requested_by_a_state_is_no_passive_request_of_a_body():
    got = _requests("Training was requested by Peru to prepare its judges.")
    assert not any(o == "state/PER" for _s, o in got)


# a promise to reply, and nothing came: no input


def test_a_promised_reply_that_never_arrived_is_no_input():
    got = _submitters("The Office sent a questionnaire to all States in 2104. Replies came from Peru and Chile. "
                      "Ghana assured the Office that its answers would be sent shortly, but nothing arrived.")
    assert ("state/GHA", "Negated") in got
    assert ("state/GHA", "Reported") not in got


def test_a_body_that_pointed_elsewhere_and_sent_no_reply_gave_no_input():
    got = _submitters("The Office sent a questionnaire to UNICEF and UNDP. UNDP referred the Office to its annual "
                      "report and sent no reply of its own.")
    assert ("org/undp", "Negated") in got


def test_a_reply_followed_by_no_further_comments_stays_a_reply():
    got = _submitters("The Office sent a questionnaire to UNICEF and UNDP. UNDP replied in May 2104 and sent no "
                      "further comments.")
    assert ("org/undp", "Negated") not in got


# an organ named by a common noun and its State: the State


def test_the_customs_administration_of_a_state_is_the_state():
    assert ("org/unctad", "state/GHA", "Reported") in _assists(
        "The United Nations Conference on Trade and Development (UNCTAD) trained the customs administration of "
        "Ghana in 2104.")


def test_a_pronoun_equipping_the_statistical_agency_of_a_state():
    assert ("org/undp", "state/PER", "Reported") in _assists(
        "The United Nations Development Programme (UNDP) reported on its work in 2104. It had also equipped the "
        "statistical agency of Peru with new servers.")


# X, whose officials it had trained: the sentence's subject helped X


def test_whose_people_it_had_trained_is_help_by_the_subject():
    assert ("org/unctad", "state/GHA", "Reported") in _assists(
        "The United Nations Conference on Trade and Development (UNCTAD) gave an account of its cooperation with "
        "Ghana, whose tax officials it had trained in 2104.")


def test_whose_people_another_body_had_trained_is_not_the_subject_s_help():
    got = _assists("UNDP gave an account of its cooperation with Ghana, whose judges UNICEF had trained.")
    assert ("org/undp", "state/GHA", "Reported") not in got


# observations given on a State's bill: help to that State


def test_written_observations_sent_on_a_bill_of_a_state_help_the_state():
    assert ("org/icj-jurists", "state/PER", "Reported") in _assists(
        "The International Commission of Jurists sent written observations in 2104 on a bill of Peru on "
        "public procurement.")


def test_observations_on_a_report_are_no_help():
    got = _assists("The International Commission of Jurists sent written observations on the annual report "
                          "of the Office.")
    assert got == set()
