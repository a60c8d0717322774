"""English stance forms of the genre read in the twenty-fifth session: a concept named as what something is (``described
the programme as a form of mutually beneficial cooperation``), a concept something illustrates, and a concept not
mentioned. Sentences of our own; each form recurs across many development texts written by different hands."""

from __future__ import annotations

from test_relate_round21 import facts, stances

MBC, WW, RTD = "concept/mutually-beneficial-cooperation", "concept/win-win-cooperation", "concept/right-to-development"


def test_something_described_as_a_form_of_the_concept_supports_it():
    got = stances(facts("The Government of Ghana described the support it receives as a form of mutually beneficial "
                        "cooperation."))
    assert got == {("state/GHA", MBC, "Supportive")}


def test_something_presented_as_the_concept_itself_supports_it():
    assert stances(facts("Togo presented the programme as mutually beneficial cooperation.")) == {
        ("state/TGO", MBC, "Supportive")}
    assert stances(facts("Togo presented the programme as a genuine example of win-win cooperation.")) == {
        ("state/TGO", WW, "Supportive")}


def test_what_something_is_seen_as_a_threat_to_is_not_supported():
    assert ("state/MLI", WW, "Supportive") not in stances(facts("Mali saw the programme as a threat to win-win cooperation."))


def test_a_description_that_names_no_concept_is_no_stance():
    assert stances(facts("Ghana described the workshop as useless.")) == set()


def test_what_illustrates_the_concept_supports_it():
    got = stances(facts("At a briefing in 2090, Benin said that the project illustrated win-win cooperation."))
    assert got == {("state/BEN", WW, "Supportive")}


def test_a_concept_not_mentioned_is_not_questioned():
    assert stances(facts("The Gambia made no mention of the right to development.")) == {("state/GMB", RTD, "NotQuestioned")}
    assert stances(facts("Bhutan did not mention win-win cooperation in its reply.")) == {("state/BTN", WW, "NotQuestioned")}


def test_either_notion_refers_back_to_the_two_concepts_named():
    got = stances(facts("Some States referred to win-win cooperation and to the right to development. "
                        "The Gambia did not comment on either notion."))
    assert {("state/GMB", WW, "NotQuestioned"), ("state/GMB", RTD, "NotQuestioned")} <= got


def test_a_concept_that_proved_its_worth_is_supported():
    got = stances(facts("Kenya said that mutually beneficial cooperation between national institutions had proved its worth."))
    assert got == {("state/KEN", MBC, "Supportive")}
    assert ("state/KEN", MBC, "Supportive") not in stances(facts(
        "Kenya said that mutually beneficial cooperation had not yet proved its worth."))
