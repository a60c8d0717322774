"""English mechanisms of round 7 (en/dev7): for each class of failure, a sentence of our own it now reads.

The sentences are written for these tests in the style of UN reports (none is copied from a report or a
gold text) and run through the real reader, segmenter, recogniser and bundled gazetteers with the English
word lists. Each class names the general expression of the genre it covers.
"""

from __future__ import annotations

from test_relate_en_general import CSF, MBC, RTD, WW, facts, pairs, stances


# -- stances -------------------------------------------------------------------------------------

def test_not_taking_issue_with_a_concept_is_not_questioning_it():
    got = stances("Kenya and Uganda did not take issue with the notion of win-win cooperation, but insisted "
                  "that programmes be demand-driven.")
    assert got == {("state/KEN", WW, "NotQuestioned"), ("state/UGA", WW, "NotQuestioned")}


def test_sharing_that_position_or_concurring_repeats_the_stance_before():
    got = stances("Peru did not take issue with the notion of win-win cooperation. Ghana shared that position.")
    assert ("state/GHA", WW, "NotQuestioned") in got
    got = stances("Argentina described mutually beneficial cooperation as a pragmatic approach for developing "
                  "economies. Chile concurred.")
    assert got == {("state/ARG", MBC, "Supportive"), ("state/CHL", MBC, "Supportive")}


def test_a_concept_called_the_foundation_of_something_is_supported():
    got = stances("Nepal underlined that the right to development was the foundation of a just international order.")
    assert got == {("state/NPL", RTD, "Supportive")}


def test_no_view_on_it_refers_back_to_the_concept_named_before():
    got = stances("Norway welcomed the right to development. Iceland, for its part, did not express a view on it.")
    assert ("state/ISL", RTD, "NotQuestioned") in got


def test_a_concept_said_to_be_devoid_of_content_is_doubted():
    got = stances("Amnesty International described the concept of win-win cooperation as devoid of legal content.")
    assert got == {("org/amnesty", WW, "Sceptical")}
    # a judgement of harm is still Critical
    got = stances("Amnesty International criticized the concept of win-win cooperation as harmful.")
    assert got == {("org/amnesty", WW, "Critical")}


def test_the_organization_of_islamic_cooperation_in_american_spelling_holds_a_stance():
    got = stances("Qatar, on behalf of the Organization of Islamic Cooperation, welcomed the building of a "
                  "community of shared future.")
    assert got == {("state/QAT", CSF, "Supportive"), ("org/oic", CSF, "Supportive")}
