"""English forms of help read in the thirtieth session: the costs of an activity met or borne by someone (``met the cost of
a workshop for X``, ``, with the travel paid by Y``, ``The travel of the delegation of X … was covered by Y``), a funder
that agrees to pay for an activity named before (``Y has agreed to fund it``), funding named in an aside (``organized, on a
grant from Y, a course for …``), the thing given after its recipient (``handed over to X a database``), people who sat
through an activity, a team of several words (``the inter-ministerial drafting team of X``) and an activity run as a
participle (``…, running a course for officials of X``). Every sentence is written for these tests (not copied from any
report)."""

from __future__ import annotations

import pytest

from test_relate_round21 import facts, triples


@pytest.mark.parametrize("sentence, funder, recipient", [
    ("New Zealand met the costs of the validation workshop in the Marshall Islands.", "state/NZL", "state/MHL"),
    ("Ireland bore the cost of a workshop for officials of Fiji.", "state/IRL", "state/FJI"),
    ("Norway will meet half of the cost of a course for judges of Malawi.", "state/NOR", "state/MWI"),
])
def test_who_meets_the_cost_of_an_activity_helps_its_recipient(sentence, funder, recipient):
    assert (funder, "assists", recipient) in {(s, p, o) for s, p, o, _m in triples(facts(sentence))}


def test_meeting_someone_is_no_help():
    got = triples(facts("Norway met officials of Malawi to discuss the workshop."))
    assert not any(s == "state/NOR" and p == "assists" for s, p, _o, _m in got)


def test_the_travel_paid_by_a_network_in_an_absolute_phrase():
    got = triples(facts("The Ombudsman of Colombia hosted three staff members of the Office for the Protection of Citizens "
                        "of Haiti for a month, with the travel paid by the Network of National Human Rights Institutions "
                        "of the Americas."))
    assert ("org/rindhca", "assists", "org/opc-haiti", "Reported") in got


def test_a_funder_that_agrees_to_fund_it_pays_for_the_activity_before():
    got = triples(facts("The Pacific Community will hold a workshop for officials of Fiji in 2090. "
                        "New Zealand has agreed to fund it."))
    assert ("state/NZL", "assists", "state/FJI", "Planned") in got
    got = triples(facts("The Pacific Community will hold a workshop for officials of Fiji in 2090, "
                        "and New Zealand has agreed to fund it."))
    assert ("state/NZL", "assists", "state/FJI", "Planned") in got


def test_a_pronoun_for_a_body_is_no_activity_paid_for():
    got = triples(facts("The Voluntary Fund for Technical Cooperation in the Field of Human Rights assisted Fiji. "
                        "Norway finances it."))
    assert ("state/NOR", "assists", "state/FJI") not in {(s, p, o) for s, p, o, _m in got}


def test_funding_named_in_an_aside_before_the_object():
    got = triples(facts("The League of Arab States organized, on a grant from the European Union, a course on reporting "
                        "for diplomats of Jordan, Iraq and Lebanon."))
    assert {("org/las", "assists", "state/JOR"), ("org/eu", "assists", "state/IRQ"),
            ("org/eu", "assists", "state/LBN")} <= {(s, p, o) for s, p, o, _m in got}
    got = triples(facts("A course on policing, attended by 35 officers of the police of Jordan, was delivered by UNODC, "
                        "thanks to money from Germany."))
    assert ("state/DEU", "assists", "state/JOR", "Reported") in got


def test_the_thing_given_after_its_recipient():
    got = triples(facts("Japan handed over to the National Centre for Human Rights of Jordan a database for the "
                        "management of complaints."))
    assert ("state/JPN", "assists", "org/nchr-jordan", "Reported") in got
    assert ("org/ohchr", "assists", "state/JOR", "Reported") in triples(
        facts("OHCHR provided to Jordan technical assistance on the draft law."))


def test_people_who_sat_through_workshops_were_helped_by_their_organizer():
    got = triples(facts("Some 140 judges and public prosecutors of Jordan sat through four workshops on fair trial "
                        "guarantees organized by UNDP."))
    assert ("org/undp", "assists", "state/JOR", "Reported") in got


def test_a_team_named_with_several_words_before_its_state():
    got = triples(facts("OHCHR guided the inter-ministerial drafting team of Jordan."))
    assert ("org/ohchr", "assists", "state/JOR", "Reported") in got


def test_an_activity_run_as_a_participle_of_the_subject():
    got = triples(facts("India acted as a provider, running a course for officials of Bhutan and Nepal."))
    assert {("state/IND", "assists", "state/BTN"), ("state/IND", "assists", "state/NPL")} <= {
        (s, p, o) for s, p, o, _m in got}


def test_the_travel_of_a_delegation_covered_by_a_fund():
    got = triples(facts("The travel of the delegation of Bhutan to Geneva for the interactive dialogue was covered by UNDP."))
    assert ("org/undp", "assists", "state/BTN", "Reported") in got


def test_people_received_for_instruction_were_helped_by_their_hosts():
    got = triples(facts("With UNDP meeting their travel costs, the courts of Jordan hosted eight court clerks from Iraq "
                        "in Amman for a week of instruction in case management."))
    assert {("state/JOR", "assists", "state/IRQ", "Reported"), ("org/undp", "assists", "state/IRQ", "Reported")} <= got


def test_a_delegation_received_for_talks_is_no_help():
    got = triples(facts("Morocco received a delegation of the Ministry of Trade of Jordan in Rabat for a week of talks."))
    assert not any(p == "assists" for _s, p, _o, _m in got)


def test_a_name_after_and_that_opens_a_clause_of_its_own():
    got = triples(facts("The Board recommended that UNDP extend its support to Afghanistan in 2095 and that the Regional "
                        "Office for South Asia deploy an adviser on the review to Bangladesh."))
    assert ("org/ohchr-south-asia", "assists", "state/BGD", "Recommended") in got
    assert ("org/undp", "assists", "state/BGD", "Recommended") not in got


def test_a_name_after_and_with_a_verb_and_its_object_is_a_new_subject():
    got = triples(facts("UNDP extended its support to Afghanistan and UNICEF deployed an adviser to Bangladesh."))
    assert ("org/unicef", "assists", "state/BGD", "Reported") in got
    assert ("org/undp", "assists", "org/unicef") not in {(s, p, o) for s, p, o, _m in got}
    got = triples(facts("OHCHR provided training to officials of Afghanistan and Pakistan deployed in the field."))
    assert {("org/ohchr", "assists", "state/AFG", "Reported"), ("org/ohchr", "assists", "state/PAK", "Reported")} <= got


def test_people_who_held_fellowships_at_a_host_were_helped_by_it_and_by_who_paid():
    got = triples(facts("Two staff members of the Human Rights Commission of Sri Lanka held three-month fellowships at the "
                        "Raoul Wallenberg Institute of Human Rights and Humanitarian Law, paid for by Sweden."))
    assert {("org/raoul-wallenberg-institute", "assists", "org/hrc-sri-lanka", "Reported"),
            ("state/SWE", "assists", "org/hrc-sri-lanka", "Reported")} <= got
    assert not any(p == "assists" for _s, p, _o, _m in triples(facts("Three officials of Sri Lanka held fellowships in Geneva.")))


def test_comments_sent_as_asked_are_help_given():
    got = triples(facts("The Ministry of Justice of Jordan requested OHCHR to examine the draft amendments to the Penal "
                        "Code; OHCHR sent its written observations in March 2092."))
    assert ("org/ohchr", "assists", "state/JOR", "Reported") in got
    assert not any(p == "assists" for _s, p, _o, _m in triples(facts("The Committee sent its concluding observations to Jordan.")))


def test_a_request_set_aside_is_help_not_given():
    got = triples(facts("A similar request from Malaysia to the Special Rapporteur on the human rights of migrants had been "
                        "set aside when the budget of the mandate was reduced, and no new date had been proposed."))
    assert ("org/sr-migrants", "assists", "state/MYS", "Negated") in got


def test_the_opinion_of_a_body_sought_on_a_recommendation():
    got = triples(facts("The High Commissioner recommends that the Government of Armenia seek the opinion of the Venice "
                        "Commission on the draft constitutional law."))
    assert ("org/venice-commission", "assists", "state/ARM", "Recommended") in got


@pytest.mark.parametrize("sentence", [
    "A course for judges of Bhutan was to be delivered by WHO in 2095, but it was cancelled.",
    "A course for judges of Bhutan was to be delivered by WHO in 2095 but was cancelled.",
    "WHO planned a workshop for officials of Bhutan, but it did not take place.",
])
def test_a_plan_undone_in_a_clause_after_but(sentence):
    assert ("org/who", "assists", "state/BTN", "Negated") in triples(facts(sentence))


def test_help_given_and_then_not_implemented_stays_given():
    assert ("org/ohchr", "assists", "state/BTN", "Reported") in triples(
        facts("OHCHR advised Bhutan on the draft law, but it was not implemented."))


def test_training_delivered_to_officers_of_a_states_police_named_with_its_state():
    got = triples(facts("Training on the rules was delivered to 40 officers of the Royal Bhutan Police by UNODC, with "
                        "financing from Japan."))
    assert {("org/unodc", "assists", "state/BTN", "Reported"), ("state/JPN", "assists", "state/BTN", "Reported")} <= got


def test_a_programme_that_opens_the_sentence_trained_the_people_after_it():
    got = triples(facts("Through the Treaty Body Capacity-Building Programme, 20 officials of Bhutan were trained in "
                        "follow-up to concluding observations."))
    assert ("org/tbcbp", "assists", "state/BTN", "Reported") in got


def test_a_phrase_ahead_of_an_event_is_no_subject():
    got = triples(facts("Ahead of its fifth universal periodic review, Bhutan received help with its national report "
                        "from UNDP."))
    assert ("org/undp", "assists", "state/BTN", "Reported") in got


def test_costs_to_be_met_by_a_funder_named_after_the_help():
    got = triples(facts("OHCHR will place a consultant with the national mechanism of Bhutan, with the costs to be met by "
                        "Australia."))
    assert ("state/AUS", "assists", "state/BTN", "Planned") in got


def test_travel_costs_met_by_a_fund_in_an_opening_phrase():
    got = triples(facts("With their travel costs met by the Voluntary Fund for Technical Cooperation in the Field of Human "
                        "Rights, officials of Bhutan spent a week in Kathmandu at the Office of the Prime Minister, where "
                        "Nepal shared with them its own system for tracking recommendations."))
    assert {("org/vf-tc", "assists", "state/BTN", "Reported"), ("state/NPL", "assists", "state/BTN", "Reported")} <= got


def test_an_activity_in_a_part_of_a_state_named_first():
    assert ("org/unicef", "assists", "state/JOR", "Reported") in triples(
        facts("In northern Jordan, UNICEF carried out a project on child marriage."))
