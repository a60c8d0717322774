"""Round 26 (fourteenth session): forms read from the opened twenty-eighth, thirty-second and thirty-third sets'
misses, each written here as a general form of the genre on sentences of our own (no sentence of any report)."""

from __future__ import annotations

from tacb_graph.read import Source
from tacb_graph.recognise import recognise
from tacb_graph.relate import relate
from tacb_graph.segment import segment
from test_relate_round20 import zh_facts
from test_relate_round21 import facts, triples

FUND_REPORT = """A/HRC/99/1
Human Rights Council
Ninety-ninth session
Agenda item 10
Technical assistance and capacity-building

Voluntary Fund for Financial and Technical Assistance in the Implementation of the Universal Periodic Review

Report of the Board of Trustees

 I. Introduction

1. The Board held its sessions in Geneva.

2. {}
"""


def _report(text: str):
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def _mentions(found, surface: str) -> set[str]:
    return {m.entity for m in found.mentions if m.surface == surface}


# -- money ----------------------------------------------------------------------------------------------------------

def test_contributions_to_the_work_of_a_body_included_amounts_from_givers():
    found = facts("Voluntary contributions to the work of the Office in Peru included USD 300,000 from Canada and "
                  "EUR 50,000 from Austria.")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {
        ("state/CAN", "org/ohchr"), ("state/AUT", "org/ohchr")}


def test_a_fund_report_gives_pledges_to_its_fund_when_the_unit_names_it():
    found = _report(FUND_REPORT.format("Austria has pledged EUR 20,000 and Malta, itself a recipient of the Fund's "
                                       "grants, EUR 5,000."))
    assert {(c.contributor, c.recipient, c.amount) for c in found.contributions} == {
        ("state/AUT", "org/upr-vf-fta", "20000"), ("state/MLT", "org/upr-vf-fta", "5000")}


def test_a_fund_report_gives_no_recipient_where_the_unit_does_not_name_the_fund():
    found = _report(FUND_REPORT.format("Austria has pledged EUR 20,000 for 2031."))
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("state/AUT", None)}


def test_a_report_not_on_a_fund_keeps_pledges_without_recipient():
    found = facts("The Fund for Peace was mentioned.", "Austria has pledged EUR 20,000 for 2031.")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("state/AUT", None)}


# -- back-references ------------------------------------------------------------------------------------------------

def test_the_office_before_the_name_of_an_instrument_is_still_the_office():
    got = triples(facts("Prison officers of Peru were trained by the Office on the Bangkok Rules."))
    assert ("org/ohchr", "assists", "state/PER", "Reported") in got


def test_a_ministry_named_without_its_state_ends_before_a_list_of_other_names():
    got = triples(facts("Peru has cooperated closely with the Office.",
                        "At the request of the Ministry of Health and Social Welfare, UNDP and UNICEF trained 30 nurses "
                        "in Peru."))
    assert {("state/PER", "requests", "org/undp", "Reported"), ("state/PER", "requests", "org/unicef", "Reported")} <= got


def test_a_minister_named_without_a_state_stands_for_the_state_the_report_leads_with():
    got = triples(facts("Zambia has cooperated closely with UNDP. Zambia hosted a regional seminar.",
                        "The Minister of Justice asked UNDP to support the revision of the penal code."))
    assert ("state/ZMB", "requests", "org/undp", "Reported") in got


def test_a_minister_followed_by_a_name_in_commas_is_a_persons_title():
    found = facts("Zambia has cooperated closely with UNDP.",
                  "The Minister of Justice, Mary Banda Phiri, said that the reform was under way.")
    assert "state/ZMB" not in _mentions(found, "The Minister of Justice")


def test_the_ombudsmans_office_refers_back_to_the_ombudsman():
    got = triples(facts("The Office of the Ombudsman of Ecuador received support from UNDP.",
                        "Later, the Ombudsman's Office trained staff of the Office of the Ombudsman of Panama."))
    assert ("org/ombudsman-ecuador", "assists", "org/ombudsman-panama", "Reported") in got


def test_the_body_a_representative_speaks_for_is_what_the_commission_stands_for():
    found = facts("The ASEAN Intergovernmental Commission on Human Rights met twice. The Commission adopted a plan. "
                  "The Commission then held a seminar.",
                  "The representative of the African Union Commission said that the Commission had trained election "
                  "officials of Zambia. The Commission had also advised Malawi.")
    got = triples(found)
    assert {("org/au-commission", "assists", "state/ZMB", "Reported"),
            ("org/au-commission", "assists", "state/MWI", "Reported")} <= got
    assert not any(s == "org/aichr" and p == "assists" for s, p, _o, _m in got)


# -- partners and joint work ----------------------------------------------------------------------------------------

def test_working_together_set_off_by_commas_makes_partners():
    got = triples(facts("UNFPA and UNICEF, working together, trained midwives of Malawi."))
    assert ("org/unfpa", "partnersWith", "org/unicef", "Reported") in got


def test_a_joint_programme_of_two_bodies_takes_the_mood_of_its_sentence():
    got = triples(facts("Japan will fund a joint programme of UNDP and UNICEF in Malawi from 2045."))
    assert ("org/undp", "partnersWith", "org/unicef", "Planned") in got
    assert ("org/undp", "partnersWith", "org/unicef", "Reported") not in got


def test_a_project_carried_out_by_a_body_in_partnership_with_another():
    got = triples(facts("In Malawi, the Peacebuilding Fund financed a project. The project was implemented by UNDP in "
                        "partnership with UNFPA."))
    assert {("org/undp", "assists", "state/MWI", "Reported"), ("org/unfpa", "assists", "state/MWI", "Reported"),
            ("org/undp", "partnersWith", "org/unfpa", "Reported")} <= got


def test_a_payer_named_after_the_earlier_activity_is_no_doer_of_it():
    got = triples(facts("UNDP held courses for judges of Malawi. The courses were designed with UNICEF and paid for by "
                        "Ireland."))
    assert ("org/undp", "partnersWith", "org/unicef", "Reported") in got
    assert not any(p == "partnersWith" and "state/IRL" in (s, o) for s, p, o, _m in got)


def test_a_secondment_named_after_another_name_is_no_doer_of_the_earlier_help():
    got = triples(facts("UNDP deployed an adviser to Malawi in 2040. The adviser's team was strengthened by an officer "
                        "funded by Norway and by an expert seconded by Denmark."))
    assert ("state/DNK", "assists", "state/MWI", "Reported") not in got


# -- activities -----------------------------------------------------------------------------------------------------

def test_people_taught_by_a_body():
    got = triples(facts("Police officers of Malawi were taught by UNODC to investigate trafficking cases."))
    assert ("org/unodc", "assists", "state/MWI", "Reported") in got


def test_two_places_opening_the_sentence_each_with_its_marker():
    got = triples(facts("In Malawi and in Zambia, UNDP trained judges."))
    assert {("org/undp", "assists", "state/MWI", "Reported"), ("org/undp", "assists", "state/ZMB", "Reported")} <= got


def test_financing_the_establishment_of_a_body_in_a_state():
    got = triples(facts("In Zambia, the European Union financed the establishment of a legal aid board."))
    assert ("org/eu", "assists", "state/ZMB", "Reported") in got


def test_the_costs_of_an_activity_met_by_a_state():
    got = triples(facts("The costs of a training course for nurses of Zambia were met by Ireland."))
    assert ("state/IRL", "assists", "state/ZMB", "Reported") in got


def test_funding_from_a_donor_opening_the_sentence_before_coordinated_doers():
    got = triples(facts("With funding from Norway, UNDP and UNICEF jointly trained 50 teachers of Zambia."))
    assert {("state/NOR", "assists", "state/ZMB", "Reported"), ("org/undp", "assists", "state/ZMB", "Reported"),
            ("org/unicef", "assists", "state/ZMB", "Reported")} <= got


def test_justices_of_the_peace_are_people_trained():
    got = triples(facts("UNDP trained 80 justices of the peace from the provinces of Zambia."))
    assert ("org/undp", "assists", "state/ZMB", "Reported") in got


def test_an_activity_postponed_indefinitely_did_not_take_place():
    got = triples(facts("UNDP had planned a course for judges of Zambia, but the course was postponed indefinitely."))
    assert ("org/undp", "assists", "state/ZMB", "Negated") in got
    assert ("org/undp", "assists", "state/ZMB", "Planned") not in got


def test_an_activity_postponed_to_a_date_is_still_planned():
    got = triples(facts("UNDP had planned a course for judges of Zambia, but the course was postponed to 2045."))
    assert ("org/undp", "assists", "state/ZMB", "Planned") in got


# -- submissions ----------------------------------------------------------------------------------------------------

def test_comments_on_a_draft_law_are_no_input_to_the_report():
    got = triples(facts("Comments on the draft penal code were provided by UNDP."))
    assert not any(p == "submittedInputTo" for _s, p, _o, _m in got)


def test_comments_on_the_draft_report_are_input_to_it():
    got = triples(facts("Comments on the draft report were received from Zambia."))
    assert ("state/ZMB", "submittedInputTo", "@report", "Reported") in got


# -- Chinese --------------------------------------------------------------------------------------------------------

def test_zh_money_and_help_for_a_project_others_implement():
    got = zh_facts("欧洲联盟出资支持了开发署和儿基会在马拉维共同实施的一个项目。")
    assert {("org/undp", "state/MWI", "Reported"), ("org/unicef", "state/MWI", "Reported")} <= got
    assert not any(o in ("org/undp", "org/unicef") for _s, o, _m in got)


def test_zh_a_cleft_after_a_clause_on_the_subject():
    got = zh_facts("联合国西南亚和阿拉伯区域人权培训和文献中心位于卡塔尔，是秘书长根据大会第 60/153 号决议设立的。",
                   predicate="establishes")
    assert {("org/sg", "org/ohchr-doha-centre", "Reported"),
            ("resolution/A/RES/60/153", "org/ohchr-doha-centre", "Reported")} <= got


def test_zh_training_postponed_and_not_rescheduled_did_not_take_place():
    got = zh_facts("开发署原定为赞比亚的警察举办培训，但培训被推迟，迄今尚未重新安排。")
    assert ("org/undp", "state/ZMB", "Negated") in got
    assert ("org/undp", "state/ZMB", "Planned") not in got


# -- part 4 ---------------------------------------------------------------------------------------------------------

def test_recommending_that_it_seek_help_is_the_named_states_recommended_request():
    got = triples(facts("The High Commissioner welcomes the progress made by the Government of Malawi and recommends "
                        "that it seek the assistance of UNDP in reforming its prisons."))
    assert ("state/MWI", "requests", "org/undp", "Recommended") in got
    assert not any(s == "org/hchr" and p == "requests" for s, p, _o, _m in got)


def test_people_trained_in_sessions_a_later_sentence_says_who_ran():
    got = triples(facts("Some 90 prosecutors of Malawi were trained on fair trial standards in four sessions. The "
                        "sessions were designed by UNODC and delivered jointly with UNDP."))
    assert {("org/unodc", "assists", "state/MWI", "Reported"), ("org/undp", "assists", "state/MWI", "Reported"),
            ("org/unodc", "partnersWith", "org/undp", "Reported")} <= got


def test_a_payer_after_a_semicolon_is_no_partner_of_a_joint_phrase_before_it():
    got = triples(facts("The courses for judges of Malawi were run by UNODC jointly with UNDP; Ireland met their cost."))
    assert not any(p == "partnersWith" and "state/IRL" in (s, o) for s, p, o, _m in got)


def test_a_workshop_organized_by_a_body_that_another_paid_for():
    got = triples(facts("UNDP paid for a workshop organized by the Inter-Parliamentary Union for members of the "
                        "parliament of Grenada."))
    assert {("org/undp", "assists", "state/GRD", "Reported"), ("org/ipu", "assists", "state/GRD", "Reported")} <= got


def test_an_interactive_dialogue_the_council_holds_and_a_summary_of_it_are_no_help():
    got = triples(facts("In its resolution 60/2, the Human Rights Council decided to hold an interactive dialogue on "
                        "technical assistance for Malawi, and requested OHCHR to prepare a summary report of the "
                        "dialogue and to submit it to the Council."))
    assert not any(p == "assists" for _s, p, _o, _m in got)
    assert ("resolution/A/HRC/RES/60/2", "requests", "org/ohchr", "Reported") in got


def test_a_dialogue_held_for_officials_is_still_help():
    got = triples(facts("UNDP held a dialogue for judges of Malawi on sentencing."))
    assert ("org/undp", "assists", "state/MWI", "Reported") in got


def test_a_workshop_for_national_mechanisms_for_reporting_and_follow_up_of_states():
    got = triples(facts("UNICEF organized a workshop in Suva for the national mechanisms for reporting and follow-up of "
                        "Fiji and Tonga."))
    assert {("org/unicef", "assists", "state/FJI", "Reported"), ("org/unicef", "assists", "state/TON", "Reported")} <= got


def test_a_topic_after_the_people_still_names_no_recipient():
    got = triples(facts("UNICEF organized a workshop for judges on the Constitution of Fiji."))
    assert ("org/unicef", "assists", "state/FJI", "Reported") not in got
