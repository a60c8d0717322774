"""English forms of partnership read in the thirty-first session: work done jointly by two named bodies (``carried out
jointly by A and B``, ``trained by A and B, acting jointly``), a joint thing of two bodies (``a joint assessment mission of
A and B``), an agreement concluded between two parties or signed in any tense, two parties asked or advised to strengthen
or formalize their cooperation, a partner list with a time phrase (``partners of X during the year included``), a
possessive partnership (``X's partnership with Y``), co-organizing with an object between the verb and the partner,
co-hosts set apart by an aside, and parties brought together for an exchange. Every sentence is written for these tests
(not copied from any report)."""

from __future__ import annotations

import pytest

from test_relate_round21 import facts, triples


def partners(sentence: str) -> set[tuple[frozenset, str]]:
    return {(frozenset((s, o)), m) for s, p, o, m in triples(facts(sentence)) if p == "partnersWith"}


def pair(a: str, b: str, mood: str = "Reported") -> tuple[frozenset, str]:
    return (frozenset((a, b)), mood)


@pytest.mark.parametrize("sentence", [
    "An audit of the juvenile courts, carried out jointly by UNICEF and UNDP, ended in 2090.",
    "Under a scheme run jointly by UNICEF and UNDP, clerks of Malawi were trained.",
    "Clerks of Malawi were trained by UNICEF and UNDP, acting jointly.",
])
def test_work_done_jointly_by_two_bodies_makes_them_partners(sentence):
    assert pair("org/unicef", "org/undp") in partners(sentence)


def test_the_list_of_joint_doers_stops_before_the_main_clause():
    got = partners("Under a scheme run jointly by UNICEF and UNDP, clerks of Malawi were trained.")
    assert not any("state/MWI" in p for p, _m in got)


def test_a_joint_thing_of_two_bodies():
    assert pair("org/unicef", "org/undp") in partners(
        "A joint assessment mission of UNICEF and UNDP visited Lilongwe in 2090.")


def test_jointly_financing_is_no_joint_thing_of_its_object():
    got = partners("Austria and Slovenia had jointly financed the course of judges of Malawi.")
    assert not any("state/MWI" in p for p, _m in got)


def test_an_agreement_concluded_between_two_parties():
    assert pair("state/MWI", "org/unicef") in partners(
        "A framework agreement on juvenile justice, concluded between the Government of Malawi and UNICEF in 2089, "
        "guides the work.")


@pytest.mark.parametrize("sentence, mood", [
    ("The Government of Malawi and UNICEF will sign a framework agreement on birth registration next year.", "Planned"),
    ("The Secretary-General recommends that UNICEF and the African Union conclude a memorandum of understanding.",
     "Recommended"),
    ("Malawi and Zambia signed a bilateral memorandum of understanding on migrant workers.", "Reported"),
])
def test_an_agreement_signed_in_any_tense(sentence, mood):
    got = partners(sentence)
    assert len(got) == 1 and next(iter(got))[1] == mood


@pytest.mark.parametrize("sentence, mood", [
    ("The panel recommended that UNICEF and UNESCO strengthen their cooperation on school safety.", "Recommended"),
    ("The Council encourages UNICEF and UNESCO to formalize their cooperation in a letter of understanding.",
     "Requested"),
    ("The experts recommended that UNICEF and UNESCO coordinate more closely in the Sahel.", "Recommended"),
])
def test_two_parties_asked_to_strengthen_their_cooperation(sentence, mood):
    assert partners(sentence) == {pair("org/unicef", "org/unesco", mood)}


def test_strengthening_cooperation_with_a_third_party_is_read_by_its_marker():
    got = partners("UNICEF and UNESCO strengthened their cooperation with Malawi.")
    assert pair("org/unicef", "org/unesco") not in got


def test_partner_lists_with_a_time_or_purpose_phrase():
    assert {pair("org/unicef", "org/who"), pair("org/unicef", "org/unesco")} <= partners(
        "Other partners of UNICEF during the year included WHO and UNESCO.")
    assert {pair("org/unicef", "org/who"), pair("org/unicef", "org/unesco")} <= partners(
        "UNICEF's partners for the campaign were WHO and UNESCO.")


def test_a_possessive_partnership():
    assert pair("org/unicef", "org/au") in partners("UNICEF's partnership with the African Union grew in 2091.")
    assert pair("org/unicef", "org/au") in partners("UNICEF's close cooperation with the African Union continued.")


def test_a_possessive_partnership_judged_is_a_view():
    got = partners("Malawi described UNICEF's cooperation with the African Union as exemplary.")
    assert pair("org/unicef", "org/au") not in got


@pytest.mark.parametrize("sentence", [
    "UNESCO co-organized with UNICEF a seminar on school safety in Lusaka.",
    "UNESCO co-organized the seminar on school safety with UNICEF.",
    "UNESCO worked side by side with UNICEF to train teachers of Zambia.",
])
def test_co_organizing_with_a_partner(sentence):
    assert pair("org/unesco", "org/unicef") in partners(sentence)


def test_co_hosts_set_apart_by_an_aside_partner_each_other():
    got = partners("Zambia and Malawi, in cooperation with UNICEF, co-hosted a regional workshop for officials of Angola.")
    assert {pair("state/ZMB", "state/MWI"), pair("state/ZMB", "org/unicef"), pair("state/MWI", "org/unicef")} <= got


def test_parties_brought_together_for_an_exchange_partner_each_other():
    assert pair("org/mhrc", "org/hrc-zambia") in partners(
        "UNICEF brought together the Malawi Human Rights Commission and the Zambia Human Rights Commission for a peer "
        "exchange on child complaints.")


def test_parties_brought_together_for_no_exchange_are_no_partners():
    got = partners("UNICEF brought together the Malawi Human Rights Commission and the Zambia Human Rights Commission "
                   "to launch a report.")
    assert pair("org/mhrc", "org/hrc-zambia") not in got


def test_a_negated_agreement_with_a_party():
    assert partners("UNICEF has not entered into any agreement with the African Union.") == {
        pair("org/unicef", "org/au", "Negated")}


def test_a_possessive_opening_does_not_make_its_list_the_subject():
    got = partners("UNICEF held talks with Malawi. Its partners in the north included WHO and UNESCO. It also entered "
                   "into a partnership with the African Union.")
    assert pair("org/who", "org/au") not in got and pair("org/unesco", "org/au") not in got


def test_an_agreement_with_a_party_in_the_passive_is_the_previous_subjects():
    got = partners("The Malawi Human Rights Commission trained staff of the Zambia Human Rights Commission. An agreement "
                   "with the Zimbabwe Human Rights Commission on joint prison visits had not been signed.")
    assert pair("org/mhrc", "org/zhrc", "Negated") in got
    got = partners("UNICEF trained teachers of Malawi. A memorandum of understanding with the African Union on school "
                   "safety was signed in 2090.")
    assert pair("org/unicef", "org/au") in got


def test_no_agreement_concluded_with_a_party_is_a_negated_partnership():
    got = partners("UNICEF signed a memorandum of understanding with WHO. No similar agreement has yet been concluded "
                   "with UNESCO.")
    assert pair("org/unicef", "org/unesco", "Negated") in got


def test_an_agreement_with_a_party_said_of_no_one_before_is_no_fact():
    assert partners("An agreement with the African Union on school safety was signed in 2090.") == set()


def test_a_hyphenated_verb_opens_a_clause_of_its_own():
    got = partners("Staff of the Zambia Human Rights Commission held fellowships at UNICEF in Lusaka, and the Malawi "
                   "Human Rights Commission co-organized with UNICEF a workshop for officials of Zambia.")
    assert pair("org/mhrc", "org/unicef") in got and not any("place/lusaka" in p for p, _m in got)


def test_a_memorandum_between_two_parties_with_of_understanding():
    got = partners("UNICEF trained teachers of Malawi. The work rests on a memorandum of understanding between the "
                   "Government of Malawi and UNICEF, first signed in 2080.")
    assert pair("state/MWI", "org/unicef") in got


def test_a_pronoun_subject_after_a_short_fronted_phrase():
    got = partners("The Government of Malawi drafted a law on child protection. In that work it cooperated with UNICEF "
                   "and WHO.")
    assert {pair("state/MWI", "org/unicef"), pair("state/MWI", "org/who")} <= got


def test_an_arrangement_not_yet_concluded_is_negated():
    assert pair("org/unicef", "state/MWI", "Negated") in partners(
        "UNICEF has not yet concluded a comparable arrangement with the Ministry of Health of Malawi.")
    assert pair("org/unicef", "state/MWI", "Negated") in partners(
        "A cooperation agreement between UNICEF and Malawi, under negotiation since 2088, has not yet been concluded.")


def test_an_activity_to_be_co_organized_is_planned():
    assert pair("state/MWI", "org/unicef", "Planned") in partners(
        "Malawi would host in Lilongwe a regional meeting on child labour, to be co-organized with UNICEF.")


def submitters(text: str) -> set[str]:
    return {s for s, p, _o, _m in triples(facts(text)) if p == "submittedInputTo"}


def test_the_reports_sources_are_its_submitters():
    assert submitters("The report draws on replies to a questionnaire from the Governments of Malawi and Zambia, on a "
                      "contribution submitted jointly by UNICEF and WHO, and on information from UNESCO.") == {
        "state/MWI", "state/ZMB", "org/unicef", "org/who", "org/unesco"}
    assert submitters("It draws on a joint submission of the African Union.") == {"org/au"}
    assert submitters("UNICEF and WHO sent a single joint reply to the call for contributions.") == {"org/unicef", "org/who"}


def test_a_programme_drawing_on_expertise_is_no_submission():
    assert submitters("The course draws on the expertise of UNICEF.") == set()


def test_an_activity_held_with_a_partner_named_before_its_object():
    got = triples(facts("UNESCO co-organized with the Inter-American Commission on Human Rights a seminar for officials "
                        "of Peru and Chile."))
    assert {("org/unesco", "state/PER"), ("org/iachr", "state/CHL")} <= {(s, o) for s, p, o, _m in got if p == "assists"}


def test_exchanges_of_letters_and_a_date_between_verb_and_partner():
    assert {pair("org/unicef", "org/au"), pair("org/unicef", "org/eu")} <= partners(
        "UNICEF works in the region under exchanges of letters with the African Union and with the European Union.")
    assert pair("org/unicef", "state/MWI") in partners("UNICEF signed in March 2090 with the Government of Malawi a "
                                                        "project document.")


def test_to_conclude_an_agreement_with_parties_named_before_it():
    assert {pair("state/MWI", "org/unicef", "Planned"), pair("state/MWI", "org/who", "Planned")} <= partners(
        "Malawi would conclude with UNICEF and WHO, before the end of 2090, a memorandum of understanding on nutrition.")


def test_information_the_author_gathered_is_no_submission():
    assert submitters("The report draws on information collected by UNICEF and on written contributions from the "
                      "Government of Malawi.") == {"state/MWI"}
    assert submitters("A course for nurses of Malawi had been made possible by a contribution from Norway.") == set()


@pytest.mark.parametrize("sentence, a, b", [
    ("A peer exchange between Malawi and Zambia, foreseen for early 2090, was called off.", "state/MWI", "state/ZMB"),
    ("An exchange between the Malawi Human Rights Commission and the Zambia Human Rights Commission on prison "
     "monitoring, planned for May, did not take place.", "org/mhrc", "org/hrc-zambia"),
])
def test_an_exchange_between_parties_that_did_not_take_place(sentence, a, b):
    assert pair(a, b, "Negated") in partners(sentence)


def test_a_meeting_between_parties_and_a_binational_dialogue():
    assert pair("org/mhrc", "org/hrc-zambia") in partners(
        "UNICEF facilitated a meeting between the Malawi Human Rights Commission and the Zambia Human Rights Commission.")
    assert pair("state/MWI", "state/ZMB") in partners("Malawi and Zambia held a binational dialogue on migrants in 2090.")


def test_the_doers_of_a_joint_programme_across_an_aside():
    assert pair("org/unicef", "org/who") in partners(
        "UNICEF and WHO have run, since 2088, a joint programme on child nutrition in Malawi.")
