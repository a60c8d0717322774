"""Round 31 (nineteenth session): forms read from the opened forty-first and the new forty-sixth to forty-eighth
development sets' misses, each written here as a general form of the genre on sentences of our own (no sentence of any
report)."""

from __future__ import annotations

from test_relate_round21 import facts, stances, triples
from test_relate_round28 import en_run
from test_relate_zh_forms2 import facts as zh_facts


def _assists(found) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, p, o, m in triples(found) if p == "assists"}


# -- an opening phrase ending in a body's name does not join the subject's list ---------------------------------------

def test_following_up_on_a_bodys_recommendations_leaves_it_out_of_the_subjects():
    got = _assists(facts("Following up on the recommendations of the Committee against Torture, UNDP and the "
                         "Association for the Prevention of Torture advised the Ministry of the Interior of Ghana on "
                         "a national preventive mechanism."))
    assert ("org/undp", "state/GHA", "Reported") in got
    assert ("org/apt", "state/GHA", "Reported") in got
    assert not any(s == "org/cat" for s, _o, _m in got)


def test_pursuant_to_a_bodys_decision_leaves_it_out_of_the_subjects():
    got = _assists(facts("Pursuant to a decision of the Human Rights Council, OHCHR and UNICEF trained 30 social "
                         "workers of Ghana."))
    assert ("org/ohchr", "state/GHA", "Reported") in got
    assert not any(s == "org/hrc" for s, _o, _m in got)


# -- people in a list: for A and B of X ------------------------------------------------------------------------------

def test_a_workshop_for_two_kinds_of_people_of_a_state_helps_the_state():
    got = _assists(facts("UNESCO held a workshop in Accra for 35 journalists and media professionals of Ghana."))
    assert ("org/unesco", "state/GHA", "Reported") in got


def test_a_workshop_for_three_kinds_of_people_of_a_state_helps_the_state():
    got = _assists(facts("UNDP organized two courses for judges, prosecutors and police officers of Ghana."))
    assert ("org/undp", "state/GHA", "Reported") in got


def test_trained_two_kinds_of_people_of_a_state():
    got = _assists(facts("OHCHR trained 48 journalists and media professionals of Ghana."))
    assert ("org/ohchr", "state/GHA", "Reported") in got


# -- a resolution or decision symbol opening a sentence ---------------------------------------------------------------

def test_resolution_with_a_capital_opening_a_footnote_is_read():
    got = triples(facts("The Human Rights Council requested OHCHR to assist Zambia.", "Resolution 139/12 was adopted by the Council "
                        "at its one hundred and thirty-ninth session."))
    assert ("resolution/A/HRC/RES/139/12", "adoptedBy", "org/hrc", "Reported") in got


# -- a body that adopted the resolution referred back to ---------------------------------------------------------------

def test_the_council_adopted_the_resolution_referred_back_to():
    found = facts("In its resolution 139/12, the Human Rights Council requested OHCHR to assist Zambia.",
                  "The Council adopted the resolution without a vote.")
    assert any(r.number == 2 and (r.subject, r.predicate, r.object) == ("resolution/A/HRC/RES/139/12", "adoptedBy",
                                                                         "org/hrc") for r in found.relations)


def test_zh_the_council_adopted_the_resolution_referred_back_to():
    got = zh_facts("人权理事会在第 139/12 号决议中请人权高专办向赞比亚提供技术援助。", "理事会未经表决通过了该决议。",
                   predicate="adoptedBy")
    assert ("resolution/A/HRC/RES/139/12", "adoptedBy", "org/hrc", "Reported") in got


# -- what an activity costs, paid by another ---------------------------------------------------------------------------

def test_travel_and_accommodation_borne_by_a_state_is_its_help_to_the_participants_states():
    got = _assists(facts("OHCHR convened a subregional workshop for officials of Zambia and Malawi. Travel and "
                         "accommodation were borne by the Government of Ireland."))
    assert {("state/IRL", "state/ZMB", "Reported"), ("state/IRL", "state/MWI", "Reported")} <= got


def test_a_body_that_paid_for_the_interpretation_and_the_venue_helps_those_the_clause_before_helped():
    got = _assists(facts("OHCHR trained 30 prison officers of Zambia; UNDP paid for the interpretation and the venue."))
    assert ("org/undp", "state/ZMB", "Reported") in got


def test_their_travel_costs_are_the_participants_own_not_the_earlier_recipients():
    got = _assists(facts("OHCHR trained 30 prison officers of Zambia. Officers from Malawi attended at the invitation "
                         "of UNDP, which covered their travel costs."))
    assert ("org/undp", "state/ZMB", "Reported") not in got


# -- comments on the report --------------------------------------------------------------------------------------------

def test_an_institution_that_submitted_comments_gave_input():
    got = triples(facts("The Zambia Human Rights Commission also submitted comments."))
    assert ("org/hrc-zambia", "submittedInputTo", "@report", "Reported") in got


def test_comments_on_a_draft_law_are_no_input_to_the_report():
    got = triples(facts("OHCHR submitted comments on the draft law on legal aid of Zambia."))
    assert not any(p == "submittedInputTo" for _s, p, _o, _m in got)


def test_comments_transmitted_on_a_date_open_the_governments_input():
    got = triples(facts("In comments transmitted on 2 May 2070, the Government of Zambia welcomed the support."))
    assert ("state/ZMB", "submittedInputTo", "@report", "Reported") in got


# -- describing one's own cooperation as … ------------------------------------------------------------------------------

def test_described_its_cooperation_as_mutually_beneficial_is_support_and_no_new_partnership():
    found = facts("The Government of Zambia described its cooperation with OHCHR as mutually beneficial.")
    assert ("state/ZMB", "concept/mutually-beneficial-cooperation", "Supportive") in stances(found)
    assert not any(p == "partnersWith" for _s, p, _o, _m in triples(found))


def test_welcomed_the_cooperation_of_a_state_with_a_body_stays_a_partnership():
    got = triples(facts("Malawi welcomed the cooperation of Zambia with the Office and stressed the need for support."))
    assert any(p == "partnersWith" for _s, p, _o, _m in got)


# -- a recommendation's object clauses -----------------------------------------------------------------------------------

def test_and_that_it_request_stays_recommended():
    got = triples(facts("The Special Rapporteur recommends that the Government of Zambia invite the Subcommittee on "
                        "Prevention of Torture to visit the country and seek its advice, and that it request the "
                        "technical assistance of OHCHR."))
    assert ("state/ZMB", "requests", "org/ohchr", "Recommended") in got
    assert ("org/ohchr", "state/ZMB", "Recommended") in {(s, o, m) for s, p, o, m in got if p == "assists"}


def test_a_bare_verb_after_and_in_a_that_clause_is_the_clauses_subjects():
    got = triples(facts("The High Commissioner recommends that the Government of Zambia ratify the Protocol and "
                        "request the support of the Office."))
    assert ("state/ZMB", "requests", "org/ohchr", "Recommended") in got
    assert not any(s == "org/hchr" and p == "requests" for s, p, _o, _m in got)


# -- help asked for, which someone will give ---------------------------------------------------------------------------

def test_similar_advice_requested_which_a_body_will_provide_is_a_request_and_planned_help():
    got = triples(facts("OHCHR advised the Ministry of Justice of Zambia on a bill. Malawi has since requested similar "
                        "advice, which OHCHR will provide in the course of 2070."))
    assert ("state/MWI", "requests", "org/ohchr", "Reported") in got
    assert ("org/ohchr", "assists", "state/MWI", "Planned") in got


def test_help_requested_which_a_body_provided_is_reported_help():
    got = triples(facts("Malawi requested technical assistance, which UNDP provided in 2069."))
    assert ("state/MWI", "requests", "org/undp", "Reported") in got
    assert ("org/undp", "assists", "state/MWI", "Reported") in got


def test_help_requested_which_a_body_welcomed_names_no_provider():
    got = triples(facts("Malawi requested technical assistance, which the Human Rights Council welcomed."))
    assert not any(p == "assists" for _s, p, _o, _m in got)


# -- an adviser who trained people is the subject, not a participle ------------------------------------------------------

def test_the_offices_adviser_trained_people_with_a_co_provider():
    got = _assists(facts("The Office's adviser trained 80 police officers of Zambia in cooperation with UNODC."))
    assert {("org/ohchr", "state/ZMB", "Reported"), ("org/unodc", "state/ZMB", "Reported")} <= got


def test_the_offices_adviser_after_a_locative_relative_clause():
    got = _assists(facts("In the Northern Province, where people from Malawi cross into Zambia, the Office's adviser "
                         "trained 40 officials of the Immigration Department of Zambia."))
    assert ("org/ohchr", "state/ZMB", "Reported") in got


# -- what an activity costs: its equipment, and the costs of it ------------------------------------------------------------

def test_a_state_that_paid_for_the_equipment_of_the_system_helps_too():
    got = _assists(facts("UNDRR helped the Ministry of Home Affairs of Zambia to set up an early-warning system. Japan "
                         "paid for the equipment of the system."))
    assert ("state/JPN", "state/ZMB", "Reported") in got


def test_a_bank_that_paid_for_the_equipment_in_the_same_sentence_helps_too():
    got = _assists(facts("UNFPA helped the Ministry of Health of Zambia to set up protection centres, and the African "
                         "Development Bank paid for the medical equipment of the centres."))
    assert ("org/afdb", "state/ZMB", "Reported") in got


# -- positions ---------------------------------------------------------------------------------------------------------

def test_regarded_the_right_to_development_as_its_purpose_is_support():
    found = facts("Cuba regarded the right to development as the ultimate purpose of technical cooperation.")
    assert ("state/CUB", "concept/right-to-development", "Supportive") in stances(found)


# -- 'the Ombudsman's Office' of a report on a State is that State's ------------------------------------------------------

def test_the_ombudsmans_office_of_a_report_on_panama_is_panamas_not_the_one_named_last():
    found = en_run("OHCHR facilitated a meeting between the Ombudsman's Office of Panama and the Office of the Ombudsman "
                   "of Costa Rica in 2070.",
                   "The Ombudsman's Office, in a separate submission, welcomed the support received.",
                   title="Technical cooperation with Panama")
    got = {(r.subject, r.predicate) for r in found.relations if r.number == 2}
    assert ("org/ombudsman-panama", "submittedInputTo") in got
    assert ("org/ombudsman-costa-rica", "submittedInputTo") not in got


# -- Chinese: a plan put off with no new date; costs paid from a grant; comments on the report ----------------------------

def test_zh_a_planned_training_put_off_with_no_new_date_is_negated():
    got = zh_facts("移民组织原计划为赞比亚移民局官员举办的培训因洪水而推迟，新的日期尚未确定。", predicate="assists")
    assert ("org/iom", "assists", "state/ZMB", "Negated") in got


def test_zh_a_planned_training_put_off_to_a_year_stays_planned():
    got = zh_facts("移民组织原计划为赞比亚移民局官员举办的培训推迟到 2071 年。", predicate="assists")
    assert ("org/iom", "assists", "state/ZMB", "Planned") in got


def test_zh_the_costs_of_these_activities_paid_from_a_funds_grant():
    got = zh_facts("人权高专办为赞比亚 12 个部委的联络人开办了培训班；这些活动的费用由执行普遍定期审议财政和技术援助自愿基金的"
                   "一笔赠款支付。", predicate="assists")
    assert ("org/upr-vf-fta", "assists", "state/ZMB", "Reported") in got


def test_zh_an_institution_that_also_submitted_comments_gave_input():
    got = zh_facts("赞比亚人权委员会也提交了评论。", predicate="submittedInputTo")
    assert ("org/hrc-zambia", "submittedInputTo", "@report", "Reported") in got


def test_zh_comments_on_a_draft_law_are_no_input_to_the_report():
    got = zh_facts("人权高专办就赞比亚的法律草案提交了评论。", predicate="submittedInputTo")
    assert not got


# -- partners: leading something together; an aside after an opening phrase ------------------------------------------------

def test_co_chairs_a_group_with_y_is_a_partnership():
    got = triples(facts("Within the United Nations country team, OHCHR co-chairs the results group on governance with "
                        "UNDP."))
    assert ("org/ohchr", "partnersWith", "org/undp", "Reported") in got


def test_working_together_after_an_opening_phrase_makes_the_two_partners():
    got = triples(facts("At the request of the Ministry of Justice of Zambia, OHCHR and UNODC, working together, "
                        "reviewed the draft regulations on prisons."))
    assert ("org/ohchr", "partnersWith", "org/unodc", "Reported") in got


# -- an activity that did not go ahead --------------------------------------------------------------------------------------

def test_a_course_which_two_were_to_run_for_judges_of_three_states_did_not_go_ahead():
    got = triples(facts("A subregional course on migrants, which OHCHR was to run with IOM in Lusaka in May 2070 for judges "
                        "from Zambia, Malawi and Zimbabwe, did not go ahead after the venue became unavailable."))
    assert {("org/ohchr", "assists", k, "Negated") for k in ("state/ZMB", "state/MWI", "state/ZWE")} <= got
    assert ("org/iom", "assists", "state/ZMB", "Negated") in got
    assert not any(p == "assists" and m == "Reported" for _s, p, _o, m in got)


# -- help asked for from a named body, with a modifier ---------------------------------------------------------------------

def test_similar_support_requested_from_a_body_is_a_request_and_requested_help():
    got = triples(facts("Malawi said it had requested similar support from ILO, which had not yet responded."))
    assert ("state/MWI", "requests", "org/ilo", "Reported") in got
    assert ("org/ilo", "assists", "state/MWI", "Requested") in got


def test_the_asia_pacific_forum_by_its_short_name():
    got = triples(facts("The Office of the Ombudsman of Samoa asked the Asia Pacific Forum to help it prepare for its "
                        "accreditation review."))
    assert ("org/ombudsman-samoa", "requests", "org/apf", "Reported") in got


# -- offers declined or not accepted ----------------------------------------------------------------------------------------

def test_an_offer_to_comment_on_a_draft_law_declined_is_negated_only():
    got = triples(facts("The Government of Zambia declined an offer of OHCHR to comment on its draft law on legal aid."))
    assert ("org/ohchr", "assists", "state/ZMB", "Negated") in got
    assert ("org/ohchr", "assists", "state/ZMB", "Reported") not in got


def test_an_offer_to_pay_for_a_course_not_accepted_is_negated():
    got = triples(facts("An offer of UNDP to pay for a course for prosecutors of Zambia was not accepted by the "
                        "Government."))
    assert ("org/undp", "assists", "state/ZMB", "Negated") in got
    assert ("org/undp", "assists", "state/ZMB", "Reported") not in got


# -- money given to a national institution, an NGO or a State is help to it -------------------------------------------------

def test_money_granted_to_a_national_institution_is_a_contribution_and_help():
    found = facts("Denmark granted DKK 3.5 million to the Zambia Human Rights Commission in 2070.")
    assert ("state/DNK", "assists", "org/hrc-zambia", "Reported") in triples(found)
    assert any(c.recipient == "org/hrc-zambia" for c in found.contributions)


def test_money_to_ohchr_is_a_contribution_only():
    found = facts("Denmark contributed DKK 3.5 million to OHCHR in 2070.")
    assert not any(p == "assists" for _s, p, _o, _m in triples(found))


def test_zh_money_to_a_national_institution_is_help():
    got = zh_facts("丹麦于 2070 年向赞比亚人权委员会捐款 350 万丹麦克朗。", predicate="assists")
    assert ("state/DNK", "assists", "org/hrc-zambia", "Reported") in got
