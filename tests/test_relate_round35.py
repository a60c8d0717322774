"""Round 35 (twenty-third session): forms read from the opened forty-ninth and fifty-fourth sets' and the new
fifty-fourth and fifty-seventh development sets' misses, each written here as a general form of the genre on sentences
of our own (no sentence of any report)."""

from __future__ import annotations

from test_relate_round21 import assists as _assists, facts, triples
from test_relate_zh_forms2 import assists as _zh_assists, facts as zh_facts, run as zh_run, stances as zh_stances, MBC


# -- the words between a verb and its activity ------------------------------------------------------------------------

def test_a_place_and_a_date_between_the_verb_and_the_activity():
    got = _assists(facts("UNDP convened in Accra in October 2071 a subregional seminar on access to justice for "
                         "magistrates of Ghana and Togo."))
    assert {("org/undp", "state/GHA", "Reported"), ("org/undp", "state/TGO", "Reported")} <= got
    got = _assists(facts("UNICEF held on 4 March 2071 a workshop on juvenile justice for judges of Ghana."))
    assert ("org/unicef", "state/GHA", "Reported") in got


def test_a_mission_of_y_to_a_took_place_or_was_cancelled():
    assert ("org/ohchr", "state/GHA", "Reported") in _assists(facts(
        "A needs assessment mission of OHCHR to Ghana took place in June 2071."))
    assert ("org/undp", "state/TGO", "Negated") in _assists(facts(
        "A technical mission of UNDP to Togo, scheduled for May 2071, was cancelled."))


def test_a_mission_which_a_state_had_requested_was_asked_by_it():
    got = triples(facts("A country engagement mission of the Expert Mechanism on the Rights of Indigenous Peoples, which "
                        "the Government of Chile had requested for March 2071, did not take place."))
    assert {("state/CHL", "requests", "org/emrip", "Reported"), ("org/emrip", "assists", "state/CHL", "Negated")} <= got


def test_a_state_requested_a_mission_of_y_with_modifiers():
    got = triples(facts("The Government of Ghana requested a needs assessment mission of UNDP."))
    assert ("state/GHA", "requests", "org/undp", "Reported") in got


# -- asides and relative clauses ----------------------------------------------------------------------------------------

def test_an_office_based_somewhere_inside_a_relative_clause_is_its_subject():
    got = _assists(facts("The strategy was drafted on the basis of hearings held in all provinces of Ghana, which the "
                         "OHCHR Regional Office for West Africa, based in Dakar, accompanied."))
    assert ("org/ohchr-west-africa", "state/GHA", "Reported") in got


def test_at_the_ministrys_request():
    got = triples(facts("The Ministry of Health of Ghana prepared a strategy. UNICEF trained 40 nurses at the "
                        "Ministry's request."))
    assert {("state/GHA", "requests", "org/unicef", "Reported"), ("org/unicef", "assists", "state/GHA", "Reported")} <= got


def test_the_ministry_is_not_the_donor_named_last():
    got = triples(facts("UNFPA supported the Ministry of Health of Ghana; the Government of Sweden met the costs. The "
                        "Ministry's request to WHO for an epidemiologist was not acted upon."))
    assert ("state/GHA", "requests", "org/who", "Reported") in got
    assert ("org/who", "assists", "state/GHA", "Negated") in got
    assert not any(s == "state/SWE" and p == "requests" for s, p, _o, _m in got)


def test_a_name_an_article_and_a_name_are_no_list():
    got = _assists(facts("In Ghana the OHCHR Regional Office for West Africa advised the Ministry of Justice of Ghana."))
    assert ("org/ohchr-west-africa", "state/GHA", "Reported") in got


# -- funding, grants, agreements ------------------------------------------------------------------------------------------

def test_financed_through_a_fund():
    got = _assists(facts("OHCHR deployed an adviser to the Ministry of Justice of Ghana, financed through the United "
                         "Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights."))
    assert {("org/ohchr", "state/GHA", "Reported"), ("org/vf-tc", "state/GHA", "Reported")} <= got


def test_a_state_obtained_a_grant_from_a_fund():
    found = facts("The Government of Ghana obtained a grant of US$ 45,000 in 2071 from the United Nations Voluntary Fund "
                  "for Technical Cooperation in the Field of Human Rights.")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("org/vf-tc", "state/GHA")}


def test_signed_a_multi_year_agreement_and_will_place_an_adviser():
    got = triples(facts("The Ministry of Justice of Ghana and UNDP signed in May 2071 a three-year agreement under which "
                        "UNDP will place a governance adviser in the Ministry."))
    assert ("state/GHA", "partnersWith", "org/undp", "Reported") in got
    assert ("org/undp", "assists", "state/GHA", "Planned") in got


def test_a_framework_which_a_and_b_signed_is_a_partnership():
    got = triples(facts("The United Nations Sustainable Development Cooperation Framework for 2071–2075, which the "
                        "Government of Ghana and the United Nations country team signed in 2070, covers governance."))
    assert ("state/GHA", "partnersWith", "org/unct", "Reported") in got


def test_a_course_put_back_to_a_later_year_is_still_planned():
    got = _assists(facts("A course for prosecutors of Togo that UNODC was to give in 2071 has been put back to 2073."))
    assert ("org/unodc", "state/TGO", "Planned") in got
    assert ("org/unodc", "state/TGO", "Reported") not in got


# -- whom the help reached ----------------------------------------------------------------------------------------------

def test_to_which_states_sent_officials():
    got = _assists(facts("ECOWAS and UNDP will convene a subregional consultation on migration, to which Ghana, Togo and "
                         "Benin will send officials."))
    assert {("org/ecowas", "state/GHA", "Planned"), ("org/undp", "state/BEN", "Planned")} <= got


def test_shared_with_officials_of_a_its_practice():
    got = _assists(facts("The African Commission on Human and Peoples' Rights shared with officials of Ghana its practice "
                         "on provisional measures."))
    assert ("org/achpr", "state/GHA", "Reported") in got


def test_reviewed_for_a_body_of_x_the_draft_law():
    got = _assists(facts("UNODC reviewed for the Ministry of the Interior of Ghana the draft regulations on detention."))
    assert ("org/unodc", "state/GHA", "Reported") in got


def test_places_of_detention_are_no_placing():
    got = _assists(facts("In May 2071, UNDP organized, together with ECOWAS, a workshop in Accra on torture in places of "
                         "detention, attended by 30 officials from Ghana and Togo."))
    assert {("org/undp", "state/GHA", "Reported"), ("org/ecowas", "state/TGO", "Reported")} <= got


# -- Chinese ------------------------------------------------------------------------------------------------------------

def test_zh_the_state_named_as_funder_is_not_gaiguo():
    got = _zh_assists("加纳政府通过了行动计划。在瑞典的资助下，国际移民组织为该国边防官员举办了培训。")
    assert {("org/iom", "state/GHA", "Reported"), ("state/SWE", "state/GHA", "Reported")} <= got
    assert ("org/iom", "state/SWE", "Reported") not in got


def test_zh_the_costs_of_a_dialogue_held_before():
    got = _zh_assists("开发署与儿基会合作，为加纳和多哥的 30 名官员举办了区域对话。对话的经费由瑞典提供。")
    assert {("state/SWE", "state/GHA", "Reported"), ("state/SWE", "state/TGO", "Reported")} <= got


def test_zh_a_system_paid_for_is_no_funding_of_the_agencies():
    got = zh_facts("儿基会和世卫组织介绍了出生通知系统。该系统由日本出资。")
    assert not any(p == "fundedBy" for _s, p, _o, _m in got)


def test_zh_gaijijin_in_a_funds_report_is_its_fund():
    found = zh_run("2071 年，该基金收到以下捐款：瑞典 20 万美元，挪威 100 万挪威克朗。",
                   title="联合国人权领域技术合作自愿基金的报告")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("state/SWE", "org/vf-tc"),
                                                                           ("state/NOR", "org/vf-tc")}


def test_zh_an_activity_that_for_a_cause_did_not_take_place():
    got = _zh_assists("原定由开发署为加纳议会开设的培训因资金缺口而未能举行。")
    assert ("org/undp", "state/GHA", "Negated") in got


def test_zh_an_activity_put_off_and_not_rescheduled():
    got = _zh_assists("毒罪办原定于 2071 年 5 月为加纳警察开设的课程因洪水而推迟，至今仍未重新排期。")
    assert ("org/unodc", "state/GHA", "Negated") in got


def test_zh_a_project_the_board_approved_for_a_fund_to_pay_is_no_funding_of_the_board():
    got = zh_facts("联合国人权领域技术合作自愿基金董事会核准由开发署资助一个为期两年的项目。")
    assert not any(p == "fundedBy" for _s, p, _o, _m in got)


def test_zh_the_sources_of_the_report_listed():
    got = zh_facts("本报告所用资料来自加纳外交部、开发署以及非洲联盟。")
    assert {("state/GHA", "submittedInputTo", "@report", "Reported"),
            ("org/undp", "submittedInputTo", "@report", "Reported")} <= got


def test_zh_a_peer_exchange_for_members_of_a_parliament():
    assert ("state/SWE", "state/GHA", "Reported") in _zh_assists("瑞典议会为加纳议会的 12 名议员举办了同行交流。")


def test_zh_the_support_of_y_holds_no_stance():
    assert zh_stances("加纳政府表示，开发署的支持体现了互利合作。") == {("state/GHA", MBC, "Supportive")}


# -- round 35, part 2 (English) -----------------------------------------------------------------------------------------

def test_the_expert_mechanism_named_before_in_the_report():
    got = triples(facts("The Chair of the Expert Mechanism on the Rights of Indigenous Peoples opened the seminar.",
                        "The Representative of Chile spoke next.",
                        "The Chair of the Expert Mechanism announced that, at the request of the Government of "
                        "Ghana, the Mechanism would undertake a country engagement mission."))
    assert {("state/GHA", "requests", "org/emrip", "Reported"), ("org/emrip", "assists", "state/GHA", "Planned")} <= got


def test_a_request_declined_by_its_addressee():
    got = triples(facts("UNDP had to decline a similar request from Togo for lack of resources."))
    assert {("state/TGO", "requests", "org/undp", "Reported"), ("org/undp", "assists", "state/TGO", "Negated")} <= got


def test_at_the_joint_request_of_two():
    got = triples(facts("At the joint request of the Government of Ghana and UNICEF, UNDP held a workshop for judges "
                        "of Ghana."))
    assert {("state/GHA", "requests", "org/undp", "Reported"), ("org/unicef", "requests", "org/undp", "Reported")} <= got


def test_written_information_transmitted_by():
    got = triples(facts("Written information for the present report was transmitted on 2 May 2071 by the Government "
                        "of Ghana and by UNDP."))
    assert {("state/GHA", "submittedInputTo", "@report", "Reported"),
            ("org/undp", "submittedInputTo", "@report", "Reported")} <= got


def test_a_funder_named_after_the_help():
    assert ("state/SWE", "state/GHA", "Reported") in _assists(facts(
        "UNESCO organized two courses for 30 reporters of Ghana; Sweden provided the funds."))
    assert ("state/AUS", "state/GHA", "Reported") in _assists(facts("Australia underwrote the workshops for judges of Ghana."))


def test_a_project_carried_out_by_y_in_an_aside():
    got = _assists(facts("Japan financed a project, carried out by UNDP since 2070, to open legal aid desks in Ghana."))
    assert {("state/JPN", "state/GHA", "Reported"), ("org/undp", "state/GHA", "Reported")} <= got


def test_a_request_by_x_for_training_by_y():
    got = triples(facts("A request by the Ministry of Justice of Ghana for the training of paralegals by UNDP remains "
                        "under consideration."))
    assert {("state/GHA", "requests", "org/undp", "Reported"), ("org/undp", "assists", "state/GHA", "Requested")} <= got


def test_an_agreement_signed_by_a_b_and_c():
    got = triples(facts("A memorandum of understanding was signed in 2070 by the Government of Ghana, UNHCR and UNDP."))
    assert {("state/GHA", "partnersWith", "org/unhcr", "Reported"), ("org/unhcr", "partnersWith", "org/undp", "Reported")} <= got



# -- round 35, part 3 ---------------------------------------------------------------------------------------------------

def test_at_the_request_of_x_he_commented_on_a_draft_law():
    got = triples(facts("The Special Rapporteur on the right to health observed that requests had grown. In 2071, at the "
                        "request of the Ministry of Health of Ghana, he had commented on a draft framework law on health."))
    assert {("state/GHA", "requests", "org/sr-health", "Reported"), ("org/sr-health", "assists", "state/GHA", "Reported")} <= got


def test_a_planned_training_suspended_did_not_happen():
    assert ("org/undp", "state/TGO", "Negated") in _assists(facts(
        "A training that UNDP had planned for judges of Togo was suspended in 2070."))


def test_zh_a_project_carried_out_with_a_ministry_of_a_is_for_a():
    got = _zh_assists("开发署与加纳卫生部合作，实施了一个社区卫生项目；该项目由加拿大出资。")
    assert {("org/undp", "state/GHA", "Reported"), ("state/CAN", "state/GHA", "Reported")} <= got
