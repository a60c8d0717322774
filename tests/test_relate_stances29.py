"""English stance forms read in the twenty-ninth session: where the holder stands in a clause that is not the one
naming the concept. A relative clause on the holder (``X, which regarded C as …, had trained``), a holder in a relative
clause on a noun (``C was a principle that X endorsed``), a holder and its verb set off by commas inside a clause about
the concept (``C, X argued, was …``), a concept that a fronted phrase names (``Asked about C, X declined to comment``), a
post's holder speaking for the post, and a noun of importance that is no cue of criticism or doubt (``a central
concern``). Every sentence is written for these tests (not copied from any report)."""

from __future__ import annotations

import pytest

from test_relate_round21 import facts, stances

MBC, WW, RTD = "concept/mutually-beneficial-cooperation", "concept/win-win-cooperation", "concept/right-to-development"


@pytest.mark.parametrize("text, wanted", [
    ("The Danish Institute for Human Rights, which regarded mutually beneficial cooperation as a useful guide for its "
     "partnerships, had trained prosecutors of Ghana in 2090.", {("org/dihr", MBC, "Supportive")}),
    ("Peru, who had long criticized win-win cooperation, hosted a workshop in 2091.", {("state/PER", WW, "Critical")}),
    ("Amnesty International was critical of technical cooperation without monitoring. The right to development, on the "
     "other hand, was a principle that Amnesty International fully endorsed.", {("org/amnesty", RTD, "Supportive")}),
    ("Win-win cooperation, Brazil argued, was an unhelpful formula for the Council.", {("state/BRA", WW, "Critical")}),
    ("The notion of mutually beneficial cooperation, the delegation of Fiji noted, had never been defined.",
     {("state/FJI", MBC, "Sceptical")}),
    ("Asked about win-win cooperation, Chile declined to comment.", {("state/CHL", WW, "NotQuestioned")}),
    ("Kenya, for which the right to development was a central concern, reported that it had hosted a workshop.",
     {("state/KEN", RTD, "Supportive")}),
])
def test_holder_outside_the_concepts_clause(text, wanted):
    assert stances(facts(text)) == wanted


def test_a_concern_about_the_concept_is_still_criticism():
    got = stances(facts("Kenya said that its main concern about win-win cooperation was that it could be misused."))
    assert got == {("state/KEN", WW, "Critical")}


def test_a_back_reference_after_a_colon_in_a_parenthetical_holders_clause():
    got = stances(facts("Ana Souza, a professor at the University of Lisbon, spoke next. Win-win cooperation was another "
                        "matter: the expression, she said, reduced human rights to a bargain."))
    assert got == {("person/ana-souza", WW, "Critical")}


def test_a_relative_clause_whose_verb_reports_nothing_makes_no_holder():
    got = stances(facts("Norway, which had funded a workshop on the right to development, said nothing further."))
    assert ("state/NOR", RTD, "Supportive") not in got


def test_the_post_holds_what_its_holder_says():
    got = stances(facts("The session was chaired by the Special Rapporteur on the right to development, Lena Okafor-Berg. "
                        "She argued that the right to development gave small States a firm footing. She was wary of "
                        "win-win cooperation."))
    assert got == {("org/sr-right-to-development", RTD, "Supportive"), ("org/sr-right-to-development", WW, "Sceptical")}


def test_a_member_of_a_body_holds_her_own_view():
    got = stances(facts("Tomas Lindgren, a member of the Human Rights Council Advisory Committee, said that the right to "
                        "development was essential."))
    assert got == {("person/tomas-lindgren", RTD, "Supportive")}


@pytest.mark.parametrize("text, wanted", [
    ("Algeria saw some merit in win-win cooperation, provided that it did not dilute the obligations of States.",
     {("state/DZA", WW, "Supportive")}),
    ("Lebanon would not pronounce itself on the community of shared future.",
     {("state/LBN", "concept/community-of-shared-future", "NotQuestioned")}),
    ("Qatar preferred not to express an opinion on win-win cooperation at this stage.", {("state/QAT", WW, "NotQuestioned")}),
    ("Libya stated that the right to development had guided every project it had undertaken with the Office.",
     {("state/LBY", RTD, "Supportive")}),
    ("Tunisia remarked that it had never had any difficulty with the notion of mutually beneficial cooperation.",
     {("state/TUN", MBC, "NotQuestioned")}),
    ("Iraq noted that mutually beneficial cooperation was attractive in principle but hard to apply.",
     {("state/IRQ", MBC, "Sceptical")}),
])
def test_conditions_refusals_and_plain_judgements(text, wanted):
    """A condition (provided that …) qualifies a judgement without being one; ``pronounce itself on`` and ``preferred
    not to express an opinion`` refuse to judge; ``hard to apply`` after a contrast doubts."""
    assert stances(facts(text)) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Mongolia's position was that the right to development should inform every programme.", {("state/MNG", RTD, "Supportive")}),
    ("Bhutan voiced unease about win-win cooperation.", {("state/BTN", WW, "Critical")}),
    ("Fiji argued against any reference to the community of shared future in the resolution.",
     {("state/FJI", "concept/community-of-shared-future", "Critical")}),
    ("Palau was of two minds about mutually beneficial cooperation.", {("state/PLW", MBC, "Sceptical")}),
    ("The Philippines was circumspect about win-win cooperation.", {("state/PHL", WW, "Sceptical")}),
    ("Malaysia was a long-standing advocate of the right to development.", {("state/MYS", RTD, "Supportive")}),
    ("Thailand stated that it remained attached to the right to development.", {("state/THA", RTD, "Supportive")}),
    ("Indonesia noted with satisfaction that mutually beneficial cooperation had gained ground.",
     {("state/IDN", MBC, "Supportive")}),
    ("The Marshall Islands cautioned that win-win cooperation should not become a substitute for human rights "
     "obligations.", {("state/MHL", WW, "Critical")}),
    ("Mongolia did not see why win-win cooperation should be singled out.", {("state/MNG", WW, "Sceptical")}),
    ("Myanmar did not take a stand on win-win cooperation.", {("state/MMR", WW, "NotQuestioned")}),
    ("Honduras believed strongly in mutually beneficial cooperation.", {("state/HND", MBC, "Supportive")}),
    ("Costa Rica did not share the enthusiasm of some States for win-win cooperation.", {("state/CRI", WW, "Sceptical")}),
    ("The contribution from Uruguay emphasized the value of the right to development.", {("state/URY", RTD, "Supportive")}),
])
def test_attitudes_stated_with_a_copula_a_noun_or_a_plain_verb(text, wanted):
    assert stances(facts(text)) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Neither Bolivia nor Panama commented on win-win cooperation.",
     {("state/BOL", WW, "NotQuestioned"), ("state/PAN", WW, "NotQuestioned")}),
    ("El Salvador questioned neither the right to development nor mutually beneficial cooperation.",
     {("state/SLV", RTD, "NotQuestioned"), ("state/SLV", MBC, "NotQuestioned")}),
    ("As for win-win cooperation, Chile considered it premature to take a view.", {("state/CHL", WW, "NotQuestioned")}),
    ("With regard to mutually beneficial cooperation, Peru noted that it had proved useful.",
     {("state/PER", MBC, "Supportive")}),
    ("Paraguay welcomed mutually beneficial cooperation. So did Brazil.",
     {("state/PRY", MBC, "Supportive"), ("state/BRA", MBC, "Supportive")}),
])
def test_negated_holders_fronted_topics_and_echoes(text, wanted):
    assert stances(facts(text)) == wanted


@pytest.mark.parametrize("text, wanted", [
    ("Kenya, for whom the right to development stayed the basis of its foreign aid, had trained judges of Malawi.",
     {("state/KEN", RTD, "Supportive")}),
    ("In Ghana's eyes, the projects were mutually beneficial cooperation at work.", {("state/GHA", MBC, "Supportive")}),
    ("Peru wanted to know how the benefits of win-win cooperation would be shared.", {("state/PER", WW, "Sceptical")}),
    ("Mali was less confident about the community of shared future.",
     {("state/MLI", "concept/community-of-shared-future", "Sceptical")}),
    ("Chad took a hard line against win-win cooperation.", {("state/TCD", WW, "Critical")}),
    ("Togo replied that it had not yet formed a view on win-win cooperation.", {("state/TGO", WW, "NotQuestioned")}),
    ("Benin neither endorsed nor contested win-win cooperation.", {("state/BEN", WW, "NotQuestioned")}),
    ("Gabon accepted mutually beneficial cooperation without objection.", {("state/GAB", MBC, "NotQuestioned")}),
    ("Chile and Peru spoke next. Neither delegation called the right to development into question.",
     {("state/CHL", RTD, "NotQuestioned"), ("state/PER", RTD, "NotQuestioned")}),
    ("Nepal described the right to development as the surest road to shared prosperity.", {("state/NPL", RTD, "Supportive")}),
    ("Bhutan saw in mutually beneficial cooperation a welcome recognition of its expertise.",
     {("state/BTN", MBC, "Supportive")}),
    ("Mutually beneficial cooperation, Laos went on, would remain a slogan until it was defined.",
     {("state/LAO", MBC, "Sceptical")}),
    ("The Special Rapporteur on the right to development, Ana Lima, opened the debate by describing the right to "
     "development as the firmest ground for cooperation.", {("org/sr-right-to-development", RTD, "Supportive")}),
    ("Zambia considered win-win cooperation out of place in a human rights resolution.", {("state/ZMB", WW, "Critical")}),
    ("Uganda asked which partner would measure the gains of win-win cooperation.", {("state/UGA", WW, "Sceptical")}),
    ("Peru stressed that the right to development would never be a slogan but a framework for cooperation.",
     {("state/PER", RTD, "Supportive")}),
])
def test_more_forms_of_the_genre(text, wanted):
    """A relative clause that says what its antecedent holds whatever its verb (for whom …), a view in someone's eyes,
    wanting to know, neither … nor, acceptance without objection, a road or a ground as the best of its kind, a
    post's holder who opens a debate by describing, a slogan it would remain."""
    assert stances(facts(text)) == wanted
