"""Round 33 (twenty-first session): forms read from the opened forty-fifth, forty-sixth and forty-ninth sets' and the new
fiftieth and fifty-third development sets' misses, each written here as a general form of the genre on sentences of our
own (no sentence of any report)."""

from __future__ import annotations

from test_relate_round21 import facts, triples
from test_relate_zh_forms2 import facts as zh_facts


def _assists(found) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, p, o, m in triples(found) if p == "assists"}


def _zh_assists(*paragraphs: str) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, p, o, m in zh_facts(*paragraphs) if p == "assists"}


# -- a resolution that opens the sentence speaks ------------------------------------------------------------------------

def test_under_resolution_n_the_council_asked_the_resolution_asks():
    got = triples(facts("Under resolution 160/12, adopted at its one hundred and sixtieth session, the Human Rights "
                        "Council asked the Special Rapporteur on the right to food to assess the needs of Ghana."))
    assert ("resolution/A/HRC/RES/160/12", "requests", "org/sr-food", "Reported") in got
    assert ("org/hrc", "requests", "org/sr-food", "Reported") not in got


def test_pursuant_to_resolution_n_the_council_still_requests_itself():
    got = triples(facts("Pursuant to resolution 160/12, adopted in 2070, the Council requested the High Commissioner "
                        "to report."))
    assert ("resolution/A/HRC/RES/160/12", "requests", "org/hchr", "Reported") not in got


# -- a person named before the post, set off by commas ----------------------------------------------------------------------

def test_a_name_before_its_post_is_the_posts_holder():
    got = triples(facts("Tomas Okafor-Lind, the Special Rapporteur on the right to food, visited Ghana in May 2070."))
    assert ("org/sr-food", "heldBy", "person/tomas-okafor-lind", "Reported") in got


def test_a_time_phrase_before_a_post_is_no_name():
    got = triples(facts("Since March 2070, the Special Rapporteur on the right to food, who visited Ghana, has advised it."))
    assert not any(p == "heldBy" for _s, p, _o, _m in got)


# -- who prepared a visit, who was asked ------------------------------------------------------------------------------------

def test_the_logistics_and_programme_of_the_mission_were_handled_by_y():
    got = _assists(facts("The Special Rapporteur on the right to food visited Ghana in May 2070. The logistics and "
                         "programme of the mission were handled by UNDP."))
    assert ("org/undp", "org/sr-food", "Reported") in got


def test_a_request_addressed_by_x_to_y_names_whom_it_asked():
    got = triples(facts("Following a request addressed by Ghana to UNICEF, a consultant helped draft a children's bill."))
    assert ("state/GHA", "requests", "org/unicef", "Reported") in got


def test_a_workshop_organized_by_y_at_the_request_of_x_asked_y():
    got = triples(facts("A workshop organized by UNDP at the request of Togo trained 40 magistrates."))
    assert ("state/TGO", "requests", "org/undp", "Reported") in got


# -- help read from other wordings --------------------------------------------------------------------------------------

def test_shared_with_x_a_comparative_study():
    got = _assists(facts("The Special Rapporteur on the right to food shared with Ghana a comparative study of school "
                         "meal laws."))
    assert ("org/sr-food", "state/GHA", "Reported") in got


def test_with_financial_backing_from_y():
    got = _assists(facts("UNICEF supported the statistics office of Togo in a survey, with financial backing from "
                         "Luxembourg."))
    assert ("state/LUX", "state/TGO", "Reported") in got


def test_an_activity_made_possible_by_a_grant_from_y():
    got = _assists(facts("WHO trained 60 nurses of Togo. The training was made possible by a grant from Norway."))
    assert ("state/NOR", "state/TGO", "Reported") in got


def test_a_grant_in_a_clause_naming_its_own_recipients_is_not_referred_back():
    got = _assists(facts("WHO advised the Ministry of Health of Togo. A course for nurses of Benin was run by UNICEF "
                         "with funds from Norway."))
    assert ("state/NOR", "state/TGO", "Reported") not in got
    assert ("state/NOR", "state/BEN", "Reported") in got


def test_cooperatives_of_people_in_x():
    got = _assists(facts("UNDP, for its part, supports cooperatives of women farmers in Togo's Plateaux region."))
    assert ("org/undp", "state/TGO", "Reported") in got


# -- an activity whose people are reached by the main verb ---------------------------------------------------------------

def test_a_workshop_organized_by_y_brought_together_officials_of_a_and_b():
    got = _assists(facts("A workshop organized by UNDP brought together officials of Ghana and Togo."))
    assert {("org/undp", "state/GHA", "Reported"), ("org/undp", "state/TGO", "Reported")} <= got


def test_a_fronted_participle_with_two_organizers_and_a_request():
    found = facts("Organized jointly by UNDP and the African Union at the request of ECOWAS, a subregional "
                  "workshop on the protocol brought together officials of Ghana, Togo and Benin in Accra.")
    got = _assists(found)
    assert {("org/undp", "state/BEN", "Reported"), ("org/au", "state/GHA", "Reported")} <= got
    rel = triples(found)
    assert ("org/undp", "partnersWith", "org/au", "Reported") in rel or ("org/au", "partnersWith", "org/undp", "Reported") in rel
    assert ("org/ecowas", "requests", "org/undp", "Reported") in rel
    assert not any(s == "org/ecowas" and o.startswith("state/") for s, p, o, _m in rel if p == "requests")


def test_organized_it_after_a_sentence_on_the_activity():
    got = _assists(facts("The course took place in Lome in May 2070. UNDP organized it together with UNICEF for "
                         "judges of Togo and Benin."))
    assert {("org/undp", "state/TGO", "Reported"), ("org/unicef", "state/BEN", "Reported")} <= got


def test_a_workshop_in_a_city_for_directors_of_a_ministry_of_x():
    got = _assists(facts("UNODC held a workshop in Accra for 30 prison directors of the Ministry of the Interior of "
                         "Ghana."))
    assert ("org/unodc", "state/GHA", "Reported") in got


def test_the_travel_costs_of_the_participants_from_a_and_b():
    got = _assists(facts("Norway met the travel and accommodation costs of the participants from Ghana and Togo, and "
                         "Spain those of the participants from Benin."))
    assert {("state/NOR", "state/GHA", "Reported"), ("state/NOR", "state/TGO", "Reported")} <= got
    assert ("state/NOR", "state/ESP", "Reported") not in got


def test_a_course_that_will_be_held_again_organized_by_y_is_planned():
    got = _assists(facts("The next course will be held in Accra in 2071, again organized by UNICEF, for judges of Ghana."))
    assert ("org/unicef", "state/GHA", "Planned") in got
    assert ("org/unicef", "state/GHA", "Reported") not in got


# -- back-references ------------------------------------------------------------------------------------------------------

def test_the_commission_of_an_nhri_named_with_its_state_in_brackets():
    got = triples(facts("The National Human Rights Commission of Mauritius obtained advice from OHCHR. The Commission "
                        "has asked UNDP to train its staff."))
    assert ("org/nhrc-mauritius", "requests", "org/undp", "Reported") in got


def test_a_paying_state_is_not_the_government():
    got = _assists(facts("UNODC trained 30 police officers of Ghana; Norway met its costs. UNICEF later shared with the "
                         "Government its experience of child-friendly courts."))
    assert ("org/unicef", "state/GHA", "Reported") in got
    assert ("org/unicef", "state/NOR", "Reported") not in got


# -- help through a body's own office -------------------------------------------------------------------------------------

def test_help_through_the_bodys_own_regional_office():
    got = _assists(facts("OHCHR supported Kenya through its Regional Office for East Africa."))
    assert {("org/ohchr", "state/KEN", "Reported"), ("org/ohchr-east-africa", "state/KEN", "Reported")} <= got


def test_zh_help_through_an_office_of_the_body():
    got = _zh_assists("人权高专办通过人权高专办东非区域办事处向肯尼亚提供了技术援助。")
    assert ("org/ohchr-east-africa", "state/KEN", "Reported") in got


def test_zh_the_parent_body_is_no_channel_of_its_office():
    got = _zh_assists("人权高专办东非区域办事处通过人权高专办派驻肯尼亚的人权顾问，为肯尼亚监察员办公室的工作人员举办了讲习班。")
    assert ("org/ohchr-east-africa", "state/KEN", "Reported") in got
    assert ("org/ohchr", "state/KEN", "Reported") not in got


# -- Chinese -------------------------------------------------------------------------------------------------------------

def test_zh_asked_for_then_put_off_is_planned():
    got = _zh_assists("加纳请开发署为法官举办培训，但由于经费不足，开发署已将该培训推迟至 2071 年。")
    assert ("org/undp", "state/GHA", "Planned") in got


def test_zh_encouraged_partners_in_particular_y():
    got = _zh_assists("高级专员鼓励国际伙伴，特别是欧洲联盟，继续支持肯尼亚。")
    assert ("org/eu", "state/KEN", "Requested") in got


def test_zh_the_bodys_adviser_and_another_body_together():
    got = _zh_assists("人权高专办的人权顾问和开发署联手为加纳警察部队的 40 名调查人员开办了课程。")
    assert {("org/ohchr", "state/GHA", "Reported"), ("org/undp", "state/GHA", "Reported")} <= got


def test_zh_setting_up_an_adviser_post_is_help_a_commission_is_not():
    assert ("org/ohchr", "state/GHA", "Reported") in _zh_assists("人权高专办在加纳设立了人权顾问职位。")
    assert not _zh_assists("加纳设立了国家人权委员会。")


def test_zh_the_post_of_an_adviser_guided_by_a_regional_office_helps_the_state():
    got = _zh_assists("人权高专办在加纳设立了人权顾问职位，该顾问在业务上接受人权高专办西非区域办事处的指导。顾问职位的费用由挪威承担。")
    assert ("state/NOR", "state/GHA", "Reported") in got
    assert ("state/NOR", "org/ohchr", "Reported") not in got


def test_zh_funds_came_then_from_y():
    got = _zh_assists("人权高专办为加纳举办了培训。活动经费则来自人权主流化多方捐助者信托基金。")
    assert ("org/hrm-mdtf", "state/GHA", "Reported") in got


def test_zh_both_parties_are_the_two_named_before():
    got = _zh_assists("人权高专办西非区域办事处与非洲联盟委员会签署了谅解备忘录。双方于同年为加纳和多哥的议员举办了次区域对话。")
    assert {("org/ohchr-west-africa", "state/TGO", "Reported"), ("org/au-commission", "state/GHA", "Reported")} <= got


def test_zh_a_drafting_meeting_convened_after_the_request_is_the_help_given():
    got = _zh_assists("加纳请人权高专办西非区域办事处协助更新国家人权行动计划。区域办事处随后在阿克拉召集了起草会议。")
    assert ("org/ohchr-west-africa", "state/GHA", "Reported") in got


def test_zh_communities_to_be_relocated_are_no_plan():
    got = _zh_assists("应加纳的要求，人权高专办在三个拟搬迁社区为加纳官员开展了培训。")
    assert ("org/ohchr", "state/GHA", "Reported") in got


def test_zh_a_region_named_after_a_state_is_not_that_state():
    got = _zh_assists("人权高专办为埃塞俄比亚索马里州的地方官员举办了培训。")
    assert ("org/ohchr", "state/ETH", "Reported") in got
    assert not any(o == "state/SOM" for _s, o, _m in got)


# -- more forms of the second part -----------------------------------------------------------------------------------------

def test_resolution_n_of_the_commission_on_human_rights():
    got = triples(facts("In its resolution 150/3, the Human Rights Council welcomed the work of the Fund.",
                        "The Fund was set up in 1987 pursuant to resolution 1987/38 of the Commission on Human Rights."))
    assert ("resolution/E/CN.4/RES/1987/38", "adoptedBy", "org/chr", "Reported") in got
    assert "resolution/A/HRC/RES/1987/38" not in {s for s, _p, _o, _m in got}


def test_the_commission_is_the_only_one_its_unit_named():
    got = _assists(facts("The Human Rights Commission of Malaysia received advice from UNDP.",
                         "UNICEF works with the National Human Rights Commission of Mauritius. It helped the Commission "
                         "to draft a strategic plan."))
    assert ("org/unicef", "org/nhrc-mauritius", "Reported") in got
    assert ("org/unicef", "org/suhakam", "Reported") not in got


def test_zh_during_the_visit_he_held_a_seminar():
    got = _zh_assists("在气候变化背景下促进和保护人权问题特别报告员访问了加纳。访问期间，他为加纳的官员举办了研讨会。")
    assert ("org/sr-climate", "state/GHA", "Reported") in got


def test_zh_he_accepted_the_invitation_of_x_and_will_hold_a_workshop_with_y():
    got = _zh_assists("在气候变化背景下促进和保护人权问题特别报告员宣布，他已接受加纳政府的邀请，将于 2071 年访问该国，并将与开发署一道为加纳的地方官员举办讲习班。")
    assert {("org/sr-climate", "state/GHA", "Planned"), ("org/undp", "state/GHA", "Planned")} <= got


def test_zh_asked_for_then_agreed_to_hold_the_training_is_planned():
    got = _zh_assists("加纳请开发署为议员举办培训；开发署已同意在一个区域项目框架内举办该培训。")
    assert ("org/undp", "state/GHA", "Planned") in got


def test_zh_sent_two_lecturers_for_these_courses():
    got = _zh_assists("加纳为多哥的 30 名地方官员举办了培训，国际移民组织为这些培训派出了两名讲师。")
    assert ("org/iom", "state/TGO", "Reported") in got


def test_zh_costs_all_borne_by_y():
    got = _zh_assists("人权高专办在加纳开展的项目所需经费全部由瑞士承担。")
    assert ("state/CHE", "state/GHA", "Reported") in got


def test_zh_help_asked_for_then_put_off_with_no_new_date_is_negated():
    got = _zh_assists("加纳曾请人权高专办协助起草国家政策，但人权高专办推迟了这项协助，至今没有确定新的日期。")
    assert ("org/ohchr", "state/GHA", "Negated") in got
    got = _zh_assists("加纳曾请人权高专办协助起草国家政策，但人权高专办推迟了这项协助。")
    assert ("org/ohchr", "state/GHA", "Planned") in got


def test_zh_a_newly_set_up_body_is_no_act_of_setting_up():
    got = _zh_assists("加纳请人权高专办为新设立的国家司法培训机构的学员提供人权课程。")
    assert ("org/ohchr", "state/GHA", "Requested") in got


# -- more forms of the third part ------------------------------------------------------------------------------------------

def test_request_a_and_b_to_help_it_helps_the_one_who_asks():
    got = _assists(facts("The Special Rapporteur on the right to food recommends that the Government of Ghana request "
                         "UNICEF and WHO to help it set up a food observatory."))
    assert ("org/unicef", "state/GHA", "Recommended") in got
    assert not any(o == "org/sr-food" for _s, o, _m in got)


def test_encouraged_to_finance_the_extension_of_a_states_scheme():
    got = _assists(facts("The Special Rapporteur on the right to food encourages Japan to finance the extension of the "
                         "school meal scheme of Ghana."))
    assert ("state/JPN", "state/GHA", "Requested") in got


def test_turned_down_with_a_year_between_a_request_for_financing():
    got = triples(facts("The Peacebuilding Fund turned down in 2069 a request of the Government of Ghana for the "
                        "financing of a project."))
    assert ("state/GHA", "requests", "org/peacebuilding-fund", "Reported") in got
    assert ("org/peacebuilding-fund", "assists", "state/GHA", "Negated") in got


def test_commenting_on_a_draft_of_this_report_and_a_written_contribution():
    got = triples(facts("Commenting on a draft of this report, the Government of Ghana described its cooperation with "
                        "OHCHR as useful.", "The Human Rights Commission of Malaysia, in a written contribution, "
                        "considered the right to development important."))
    assert ("state/GHA", "submittedInputTo", "@report", "Reported") in got
    assert ("org/suhakam", "submittedInputTo", "@report", "Reported") in got


def test_resolution_n_of_the_council_in_which_it_requested():
    got = triples(facts("This report is presented in accordance with resolution 160/27 of the Human Rights Council, in "
                        "which the Council requested the Secretary-General to brief it."))
    assert ("resolution/A/HRC/RES/160/27", "requests", "org/sg", "Reported") in got


def test_zh_a_paying_state_is_not_the_government():
    got = _zh_assists("应加纳的请求，开发署为监狱医务人员举办了讲习班，德国为讲习班提供了资金。人权高专办此前提出为政府官员举办研讨会，但政府未接受这一提议。")
    assert ("org/ohchr", "state/GHA", "Negated") in got
    assert ("org/ohchr", "state/DEU", "Negated") not in got


def test_zh_experts_sent_to_hold_a_workshop_are_no_experts_sent_to_an_earlier_one():
    got = {(s, p, o) for s, p, o, _m in zh_facts("开发署为加纳官员举办了培训。人权高专办派出两名专家，与防止酷刑协会一道，为加纳监狱医务人员举办了讲习班，德国为讲习班提供了资金。")}
    assert ("org/ohchr", "partnersWith", "state/DEU") not in got


def test_the_commission_in_the_sentence_of_another_commission_is_the_one_under_discussion():
    got = _assists(facts("OHCHR advised the Human Rights Commission of Malaysia on its complaints procedure. OHCHR also "
                         "trained the staff of the Commission.",
                         "The National Human Rights Commission of Mauritius hosted four investigators of the Commission "
                         "for an exchange on complaints."))
    assert ("org/nhrc-mauritius", "org/suhakam", "Reported") in got


def test_a_similar_session_cancelled_after_a_semicolon_leaves_the_planned_meeting_planned():
    got = _assists(facts("UNDP will hold a follow-up meeting in Accra in 2071 for officials of Ghana and Togo; a similar "
                         "session with the authorities of Benin, planned for late 2070, has been cancelled."))
    assert ("org/undp", "state/GHA", "Planned") in got
    assert ("org/undp", "state/GHA", "Negated") not in got


def test_zh_an_offer_the_government_did_not_answer_is_negated():
    got = _zh_assists("人权高专办提出为加纳官员举办培训，但政府没有回应这一提议。")
    assert ("org/ohchr", "state/GHA", "Negated") in got
