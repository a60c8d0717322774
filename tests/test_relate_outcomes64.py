"""The sixty-fourth session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import facts as _facts


def _assists(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "assists"}


def _requests(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "requests"}


# "He" or "she" opening a sentence stands for a person or a post, never for the States the sentence before named


def test_she_after_a_sentence_about_states_does_not_stand_for_them():
    text = ("Japan and Chile have the Special Rapporteur's gratitude for their generous support. She encourages "
            "the Office and UNICEF to work together to support the provincial offices of the Ombudsman.")
    got = _assists(text)
    assert not {o for _s, o in got} & {"state/JPN", "state/CHL"}
    assert not {s for s, _o in _requests(text)} & {"state/JPN", "state/CHL"}


def test_she_after_a_named_post_still_stands_for_it():
    text = ("The Special Rapporteur on the right to food visited Chad in May 2131. She advised the Government of "
            "Chad on a draft law on school meals.")
    assert ("org/sr-food", "state/TCD") in _assists(text)


# "the Commission" after a commission named in full in an earlier paragraph with no gazetteer row is that body


def test_the_commission_after_an_unknown_commission_of_an_earlier_paragraph_is_that_body():
    got = _assists("The African Union Commission was invited to a meeting on archives in 2130.",
                   "The Equity, Truth and Dignity Commission of Chad began its work in May 2131.",
                   "The Office advised the Commission on its archives in June 2131.")
    assert ("org/ohchr", "org/au-commission") not in got


def test_the_commission_after_a_known_commission_named_again_is_that_one():
    got = _assists("The Equity, Truth and Dignity Commission of Chad began its work in May 2131.",
                   "The African Union Commission met in Addis Ababa in June 2131.",
                   "The Office advised the Commission on its archives in July 2131.")
    assert ("org/ohchr", "org/au-commission") in got


# What became of a request: a later clause about another request (sent to someone else) says nothing of it; an
# assessment mission that is planned makes the help asked for Planned


def test_a_request_sent_to_another_body_that_went_unanswered_is_not_this_one():
    got = _facts("The Government of Chad has asked the Office to help its national commission open two regional "
                 "branches. The request for forensic experts that the Government sent to the World Health "
                 "Organization in May 2131 has not been answered.")
    assert ("org/ohchr", "assists", "state/TCD", "Negated") not in got


def test_an_assessment_mission_that_is_planned_makes_the_help_asked_for_planned():
    got = _facts("The Government of Chad has asked the Office to help it draft a law on archives, and an "
                 "assessment mission to N'Djamena is planned for March 2132.")
    assert ("org/ohchr", "assists", "state/TCD", "Planned") in got
