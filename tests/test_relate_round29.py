"""Round 29 (seventeenth session): forms read from the opened thirty-fifth sets' and the new development sets' misses,
each written here as a general form of the genre on sentences of our own (no sentence of any report)."""

from __future__ import annotations

from test_relate_round21 import facts, triples
from test_relate_zh_forms2 import facts as zh_facts


def _assists(found) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, p, o, m in triples(found) if p == "assists"}


# -- a shortened name: "the Joint Office" for the joint office named before ----------------------------------------

def test_the_joint_office_stands_for_the_joint_human_rights_office_named_before():
    got = _assists(facts("The United Nations Joint Human Rights Office (UNJHRO) opened a sub-office in Bunia. "
                         "In 2031, the Joint Office trained 45 police officers of the Democratic Republic of the Congo."))
    assert ("org/unjhro", "state/COD", "Reported") in got


def test_the_joint_office_with_no_joint_office_named_stands_for_nothing():
    assert not any(s == "org/unjhro" for s, _o, _m in _assists(facts(
        "The Joint Office trained 45 police officers of Chad in 2031.")))


# -- "the Ministry for four months": a ministry named before, not the start of a ministry's name ---------------------

def test_the_ministry_followed_by_a_lowercase_for_is_the_ministry_named_before():
    got = _assists(facts("The Government of Namibia asked OHCHR to help the Ministry of Justice. UNDP seconded two "
                         "legal officers to the Ministry for four months."))
    assert ("org/undp", "state/NAM", "Reported") in got


# -- an activity with no recipient, in a passage about help to one State ------------------------------------------------

def test_an_activity_with_no_recipient_is_for_the_one_state_the_passage_helped():
    got = _assists(facts("UNICEF helped the Ministry of Health of Ghana to adopt a protocol on child survivors. "
                         "UNFPA facilitated the training sessions."))
    assert ("org/unfpa", "state/GHA", "Reported") in got


def test_a_donor_named_in_the_passage_is_no_recipient_of_a_later_activity():
    got = _assists(facts("Switzerland covered the costs of a course for staff of the Ombudsman of Peru. A peer "
                         "exchange that UNDP had offered to facilitate did not take place."))
    assert not any(o == "state/CHE" for _s, o, _m in got)


# -- cancelled by the Government: the canceller is no provider ---------------------------------------------------------

def test_a_visit_cancelled_by_the_government_was_the_owners_help_to_that_state():
    got = _assists(facts("An advisory visit of the Working Group on Arbitrary Detention to Namibia was cancelled by "
                         "the Government in October 2030."))
    assert ("org/wgad", "state/NAM", "Negated") in got
    assert not any(s == "state/NAM" for s, _o, _m in got)


def test_a_course_postponed_without_a_new_date_was_not_given():
    got = _assists(facts("A training course for prison staff of Namibia that UNODC had planned for February 2031 "
                         "was postponed by the Government without a new date."))
    assert ("org/unodc", "state/NAM", "Negated") in got


# -- who paid: the costs met by Y, drawing on the resources of Y ---------------------------------------------------------

def test_costs_met_by_a_state_make_it_a_provider_of_the_activity():
    got = _assists(facts("OHCHR held in Accra a workshop for prosecutors of Ghana and Togo, with the costs met by "
                         "Cyprus."))
    assert {("state/CYP", "state/GHA", "Reported"), ("state/CYP", "state/TGO", "Reported")} <= got


def test_help_drawing_on_the_resources_of_a_fund_is_the_funds_help_too():
    got = _assists(facts("UN-Women helped the Ministry of Gender of Liberia to set up a case management system, "
                         "drawing on resources of the Spotlight Initiative."))
    assert ("org/spotlight-initiative", "state/LBR", "Reported") in got


# -- X applied to Y for support: a request, and Y's help asked for (or refused) -----------------------------------------

def test_an_application_for_support_is_a_request_for_help():
    found = facts("The Ministry of Justice of Liberia applied to the Peacebuilding Fund for support to legal aid "
                  "clinics.")
    assert ("state/LBR", "requests", "org/peacebuilding-fund", "Reported") in triples(found)
    assert ("org/peacebuilding-fund", "state/LBR", "Requested") in _assists(found)


def test_an_application_rejected_leaves_the_help_not_given():
    got = _assists(facts("The Ministry of Justice of Liberia applied to the Peacebuilding Fund for support to legal "
                         "aid clinics, but the application was rejected in 2030."))
    assert ("org/peacebuilding-fund", "state/LBR", "Negated") in got


# -- people who attended, the holder in a participle clause after a comma ----------------------------------------------

def test_the_holder_named_after_a_comma_helps_those_who_attended():
    got = _assists(facts("Some 90 judges of Ghana attended four sessions on fair trial guarantees in 2031, organized "
                         "by OHCHR jointly with UNODC."))
    assert {("org/ohchr", "state/GHA", "Reported"), ("org/unodc", "state/GHA", "Reported")} <= got


# -- a meeting at which people of X worked: held for X ----------------------------------------------------------------

def test_a_workshop_at_which_officials_of_a_state_worked_was_held_for_it():
    got = _assists(facts("OHCHR convened a workshop in Accra in 2031 at which 45 officials of Ghana drafted a plan."))
    assert ("org/ohchr", "state/GHA", "Reported") in got


# -- guidance issued for officials of X ---------------------------------------------------------------------------------

def test_guidance_issued_for_officials_is_help_to_their_state():
    got = _assists(facts("In cooperation with UNHCR, OHCHR issued guidance for officials of Ghana on asylum."))
    assert ("org/ohchr", "state/GHA", "Reported") in got


def test_a_statement_issued_on_a_state_is_no_help():
    assert not _assists(facts("OHCHR issued a statement on the situation in Ghana."))


# -- contributions to Y of an amount from X ----------------------------------------------------------------------------

def test_contributions_to_a_body_of_an_amount_from_a_giver_go_to_that_body():
    found = facts("The visit was funded by contributions to OHCHR of US$ 85,000 from the Republic of Korea and "
                  "400,000 Swedish kronor from Sweden in 2030.")
    got = {(c.contributor, c.recipient, c.currency) for c in found.contributions}
    assert got == {("state/KOR", "org/ohchr", "USD"), ("state/SWE", "org/ohchr", "SEK")}


# -- a passive's agent after a time phrase -------------------------------------------------------------------------------

def test_supported_since_a_year_by_an_agent():
    got = _assists(facts("The Mine Action Agency of Azerbaijan has been supported since 2028 by UNDP, with resources "
                         "from Japan."))
    assert {("org/undp", "state/AZE", "Reported"), ("state/JPN", "state/AZE", "Reported")} <= got


# -- help asked for, then put off to a date; a proposal not accepted -----------------------------------------------------

def test_training_asked_for_and_then_postponed_to_a_year_is_planned():
    got = _assists(facts("The Ministry of Justice of Ghana asked UNDP for training in forensic documentation; owing to "
                         "budgetary constraints, that training has been postponed to 2031."))
    assert ("org/undp", "state/GHA", "Planned") in got


def test_a_proposal_the_government_has_not_accepted_was_not_given():
    got = _assists(facts("The Government of Ghana has not accepted a proposal from UNICEF to survey the accessibility "
                         "of schools in Ghana."))
    assert ("org/unicef", "state/GHA", "Negated") in got
    assert ("org/unicef", "state/GHA", "Reported") not in got


# -- Chinese: an activity with no recipient in a passage that helped one State ------------------------------------------

def test_zh_an_activity_with_no_recipient_is_for_the_one_state_the_passage_helped():
    got = {(s, o, m) for s, _p, o, m in zh_facts("联合国儿童基金会协助加纳卫生部制定了标准。联合国人口基金为 300 名社会工作者开办了培训课程。",
                                                 predicate="assists")}
    assert ("org/unfpa", "state/GHA", "Reported") in got


# -- Chinese: the people of the States' bodies attended -----------------------------------------------------------------

def test_zh_staff_of_the_states_institutions_who_attended_make_the_states_recipients():
    got = {(s, o, m) for s, _p, o, m in zh_facts("人权高专办举办了一次区域讲习班，约旦、伊拉克和埃及的国家人权机构的 28 名工作人员参加了讲习班。",
                                                 predicate="assists")}
    assert {("org/ohchr", "state/JOR", "Reported"), ("org/ohchr", "state/IRQ", "Reported"),
            ("org/ohchr", "state/EGY", "Reported")} <= got


# -- a ministry whose name goes on after a comma is no back-reference ---------------------------------------------------

def test_a_ministry_named_with_a_comma_list_is_the_state_named_after_it():
    got = triples(facts("Singapore and Malaysia took part. At the request of the Ministry of Culture, Youth and Sports "
                        "of Brunei Darussalam, UNICEF held a workshop for 30 officials."))
    assert ("state/BRN", "requests", "org/unicef", "Reported") in got
    assert ("state/SGP", "requests", "org/unicef", "Reported") not in got


# -- briefed people of a State -------------------------------------------------------------------------------------------

def test_people_briefed_are_helped():
    got = _assists(facts("OHCHR briefed members of a committee of the Parliament of Ghana on the Optional Protocol."))
    assert ("org/ohchr", "state/GHA", "Reported") in got


def test_a_body_briefed_on_a_state_is_not_helped():
    assert not _assists(facts("The Special Rapporteur briefed the Security Council on the situation in Ghana."))


# -- a request that remained unanswered ----------------------------------------------------------------------------------

def test_help_asked_for_in_a_request_that_remained_unanswered_was_not_given():
    got = _assists(facts("Ghana had asked OHCHR in 2029 for assistance in reviewing its law on assemblies, but that "
                         "request remained unanswered."))
    assert ("org/ohchr", "state/GHA", "Negated") in got


# -- support to unnamed institutions in a State ---------------------------------------------------------------------------

def test_support_to_unnamed_institutions_in_states_helps_the_states():
    got = _assists(facts("UNDP supported national human rights institutions in Zimbabwe and Malawi."))
    assert {("org/undp", "state/ZWE", "Reported"), ("org/undp", "state/MWI", "Reported")} <= got


# -- with the travel costs borne by Y; written comments provided ----------------------------------------------------

def test_travel_costs_borne_by_a_body_make_it_a_provider():
    got = _assists(facts("Ghana hosted officials of the Ministry of Justice of Togo for a study visit in 2030, with the "
                         "travel costs borne by the Organization for Security and Co-operation in Europe."))
    assert ("org/osce", "state/TGO", "Reported") in got


def test_written_comments_provided_to_a_body_are_help_to_it():
    got = _assists(facts("The International Labour Organization provided the Government of Ghana with written comments "
                         "on the draft labour code."))
    assert ("org/ilo", "state/GHA", "Reported") in got


# -- the last resort reads an opening NGO, national institution or State too ------------------------------------------

def test_an_opening_ngo_that_offers_help_to_a_state_helps_it():
    got = _assists(facts("Amnesty International made its training modules available to the police of Ghana."))
    assert ("org/amnesty", "state/GHA", "Reported") in got


# -- asked to sustain, maintain or extend support ------------------------------------------------------------------------

def test_invited_to_sustain_their_support_to_a_body_is_help_asked_for():
    got = _assists(facts("The Secretary-General invites Slovakia and Czechia to sustain their support to the Regional "
                         "Office for Europe."))
    assert {("state/SVK", "org/ohchr-europe", "Requested"), ("state/CZE", "org/ohchr-europe", "Requested")} <= got


# -- Chinese: a passage fallback past a State that pays ------------------------------------------------------------------

def test_zh_a_state_that_pays_does_not_stop_the_passage_fallback():
    got = {(s, o, m) for s, _p, o, m in zh_facts(
        "人权高专办计划于 2031 年为加纳最高法院的法官举办一次研讨会。原定于 2030 年 9 月由国际刑法改革组织实施、由荷兰资助的监狱工作人员培训被取消。",
        predicate="assists")}
    assert {("org/penal-reform-international", "state/GHA", "Negated"), ("state/NLD", "state/GHA", "Negated")} <= got


# -- an activity suspended before it began; a mission postponed by the Government --------------------------------------

def test_a_course_suspended_before_it_began_was_not_given():
    got = _assists(facts("A series of courses for penitentiary staff of Kazakhstan that UNODC had planned with the "
                         "Ministry was suspended in October 2030, before the first course had been held."))
    assert ("org/unodc", "state/KAZ", "Negated") in got


def test_a_mission_postponed_by_the_government_without_a_new_date_was_not_given():
    got = _assists(facts("A technical assessment mission of the OHCHR Regional Office for West Africa on the national "
                         "early-warning mechanism of Guinea, planned for June 2030, was postponed by the Government "
                         "without a new date."))
    assert ("org/ohchr-west-africa", "state/GIN", "Negated") in got
    assert not any(s == "state/GIN" for s, _o, _m in got)


def test_a_visit_postponed_to_a_later_date_is_still_to_come():
    got = _assists(facts("An advisory visit of the Working Group on Arbitrary Detention to Namibia was postponed to "
                         "March 2031."))
    assert ("org/wgad", "state/NAM", "Planned") in got
