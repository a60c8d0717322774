"""Round 27 (fifteenth session): forms read from the opened thirty-first and thirty-sixth sets' misses, each written
here as a general form of the genre on sentences of our own (no sentence of any report)."""

from __future__ import annotations

from test_relate_round20 import zh_facts
from test_relate_round21 import facts, triples


def _assists(found) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, p, o, m in triples(found) if p == "assists"}


# -- whom an activity was for -----------------------------------------------------------------------------------------

def test_a_topic_phrase_with_a_named_programme_does_not_hide_the_recipient_after_it():
    got = _assists(facts("UNDP held a seminar on the follow-up to the recommendations of the universal periodic review "
                         "for parliamentarians of Malawi and Zambia."))
    assert {("org/undp", "state/MWI", "Reported"), ("org/undp", "state/ZMB", "Reported")} <= got


def test_a_capital_is_the_last_resort_recipient_of_an_activity_held_there():
    got = _assists(facts("OHCHR asked UNDP for support. A course for magistrates was held in Lusaka in May 2030, "
                         "organized by UNDP."))
    assert ("org/undp", "state/ZMB", "Reported") in got


def test_a_capital_is_only_the_venue_of_a_regional_event_or_where_a_state_is_named():
    got = _assists(facts("OHCHR held a regional forum on the rights of migrants in Lusaka."))
    assert not any(o == "state/ZMB" for _s, o, _m in got)
    got = _assists(facts("OHCHR organized a peer exchange in Lusaka at which the ombudsman institution of Malawi "
                         "shared its practice with the national commission of Kenya."))
    assert not any(o == "state/ZMB" for _s, o, _m in got)


def test_both_ministries_stand_for_the_two_states_named_before():
    got = _assists(facts("UNICEF supported the ministries of education of Chad and the Niger, and OHCHR advised both "
                         "ministries on the draft curricula."))
    assert {("org/ohchr", "state/TCD", "Reported"), ("org/ohchr", "state/NER", "Reported")} <= got


def test_a_ministry_responsible_for_a_field_and_a_statistical_office_are_their_states():
    got = _assists(facts("UN-Women supported the ministry responsible for family affairs of Chad in drafting a plan."))
    assert ("org/unwomen", "state/TCD", "Reported") in got
    got = _assists(facts("UNFPA and OHCHR supported the national statistical office of Chad in a survey."))
    assert {("org/unfpa", "state/TCD", "Reported"), ("org/ohchr", "state/TCD", "Reported")} <= got


def test_a_mechanism_for_reporting_and_follow_up_of_a_state_is_that_state():
    got = _assists(facts("Senegal hosted a study visit of officials of the national mechanism for implementation, "
                         "reporting and follow-up of Mali."))
    assert ("state/SEN", "state/MLI", "Reported") in got


def test_a_colloquium_planned_with_a_partner_is_planned_help_from_both():
    got = triples(facts("In 2031, OHCHR will hold, together with the African Union, a colloquium on fair trial for "
                        "judges of Mali."))
    assert {("org/ohchr", "assists", "state/MLI", "Planned"), ("org/au", "assists", "state/MLI", "Planned")} <= got


def test_a_state_that_lent_an_expert_to_a_ministry_helped_its_state():
    got = _assists(facts("Ghana lent an expert in prison management to the Ministry of Justice of Gambia for a year."))
    assert ("state/GHA", "state/GMB", "Reported") in got


def test_people_seconded_to_a_team_are_help_to_the_teams_owner():
    got = _assists(facts("Since 2030, the team of OHCHR in Dakar has included a human rights officer seconded by "
                         "Luxembourg."))
    assert ("state/LUX", "org/ohchr", "Reported") in got


# -- who paid ------------------------------------------------------------------------------------------------------

def test_costs_of_which_were_borne_by_a_donor_make_it_a_provider():
    got = _assists(facts("OHCHR fielded an advisory mission to Mali in 2030, the costs of which were borne by Norway."))
    assert {("org/ohchr", "state/MLI", "Reported"), ("state/NOR", "state/MLI", "Reported")} <= got


def test_a_funder_is_not_a_partner_of_a_later_co_organizer():
    got = triples(facts("With funding from Sweden, OHCHR held a workshop for officials of Mali. The workshop was "
                        "co-organized with the African Union."))
    assert ("org/ohchr", "partnersWith", "org/au", "Reported") in got
    assert not any(p == "partnersWith" and "state/SWE" in (s, o) for s, p, o, _m in got)


def test_a_course_held_by_a_body_together_with_another_is_not_a_partnership_of_the_asker():
    got = triples(facts("Chad asked OHCHR and UNDP to help it. The first course for its judges was held in N'Djamena "
                        "in 2030, organized by OHCHR together with UNDP."))
    assert ("org/ohchr", "partnersWith", "org/undp", "Reported") in got
    assert not any(p == "partnersWith" and "state/TCD" in (s, o) for s, p, o, _m in got)


# -- Chinese -------------------------------------------------------------------------------------------------------

def test_zh_a_ministry_named_by_its_fields_stands_for_the_state_of_the_unit():
    got = zh_facts("乍得政府请求援助。开发署与人权高专办共同向劳动和社会保护部提供了技术援助。")
    assert {("org/undp", "state/TCD", "Reported"), ("org/ohchr", "state/TCD", "Reported")} <= got


def test_zh_a_ministry_name_is_read_whole_not_from_its_tail():
    got = zh_facts("应马里司法和宪法发展部的请求，人权高专办提供了技术意见。", predicate="requests")
    assert ("state/MLI", "org/ohchr", "Reported") in got


def test_zh_more_activity_nouns_and_matching_funds():
    assert ("org/ohchr", "state/PLW", "Planned") in zh_facts("人权高专办将于 2031 年为帕劳官员举办一次座谈会。")
    got = zh_facts("人权高专办协助乍得设立了秘书处。瑞典为该项目提供了配套资金。")
    assert ("state/SWE", "state/TCD", "Reported") in got


def test_zh_a_dotted_name_ends_before_a_preposition_of_basis():
    from test_relate_round20 import run_zh
    found = run_zh("本报告由乍得人权状况独立专家玛丽·杜邦依照第 98/3 号决议提交。")
    assert any(m.entity == "person/玛丽·杜邦" for m in found.mentions)


# -- part 3 ----------------------------------------------------------------------------------------------------------

def test_work_done_at_the_request_of_a_state_is_help_to_it():
    got = _assists(facts("At the request of the Ministry of Justice of Chad, UNICEF and OHCHR jointly assessed "
                         "conditions in six juvenile detention centres in 2031."))
    assert {("org/unicef", "state/TCD", "Reported"), ("org/ohchr", "state/TCD", "Reported")} <= got
    assert not _assists(facts("At the request of Chad, UNICEF declined to assess the centres."))


def test_the_office_after_a_country_office_in_its_unit_is_that_office():
    found = facts("The OHCHR Country Office in Guinea works with the United Nations Office for West Africa and the "
                  "Sahel (UNOWAS).", "Guinea asked the country office to review a bill. The office commented on two "
                  "drafts.")
    assert {m.entity for m in found.mentions if m.surface == "The office"} == {"org/ohchr-guinea"}


def test_a_request_made_by_a_ministry_for_people_to_be_placed_is_requested_help_only():
    got = triples(facts("A request submitted to OHCHR in May 2031 by the Ministry of Health of Chad, for an expert to "
                        "be placed in the Ministry, was still under consideration at the end of the year."))
    assert ("state/TCD", "requests", "org/ohchr", "Reported") in got
    assert ("org/ohchr", "assists", "state/TCD", "Requested") in got
    assert ("org/ohchr", "assists", "state/TCD", "Reported") not in got


def test_an_officer_seconded_and_a_study_visit_hosted_in_the_passive():
    assert ("state/AUT", "org/ohchr-europe", "Reported") in _assists(facts(
        "Austria seconded a legal officer to the Regional Office for Europe."))
    assert ("state/SVN", "state/MKD", "Reported") in _assists(facts(
        "Officials of North Macedonia were received in Ljubljana by the Ministry of Justice of Slovenia, for a study "
        "visit on prison inspection."))


def test_a_second_verb_after_and_had_keeps_the_first_actor():
    got = _assists(facts("OHCHR said that UNDP had helped the courts of Chad and Mali to digitize records, and had "
                         "seconded a legal officer to the Regional Office for West Africa."))
    assert ("org/undp", "org/ohchr-west-africa", "Reported") in got
    assert not any(s in ("state/TCD", "state/MLI") for s, _o, _m in got)


def test_zh_a_promise_withdrawn_is_negated_and_a_paid_plan_stays_planned():
    assert ("state/ITA", "state/TCD", "Negated") in zh_facts("意大利曾承诺资助乍得的一个项目，但于 2031 年撤回了这一承诺。")
    got = zh_facts("人权高专办将于 2031 年为乍得官员举办一次座谈会，费用由瑞典承担。")
    assert {("org/ohchr", "state/TCD", "Planned"), ("state/SWE", "state/TCD", "Planned")} <= got


# -- parts 5 and 6 ---------------------------------------------------------------------------------------------------

def test_a_request_that_someone_review_is_a_request():
    got = triples(facts("The Ministry of Justice of Chad's request that OHCHR review the draft code remained pending."))
    assert {("state/TCD", "requests", "org/ohchr", "Reported"), ("org/ohchr", "assists", "state/TCD", "Requested")} <= got


def test_support_to_a_process_or_sector_in_a_state_is_help_to_it():
    assert ("org/au", "state/TCD", "Reported") in _assists(facts("The African Union supported the electoral process in Chad."))
    assert ("org/undp", "state/MLI", "Reported") in _assists(facts("UNDP supported the justice sector of Mali."))


def test_people_counted_and_coordinated_before_an_owner_phrase():
    got = _assists(facts("With funding from Norway, UNDP trained 90 magistrates and justices of the peace from all ten "
                         "regions of Mali."))
    assert {("org/undp", "state/MLI", "Reported"), ("state/NOR", "state/MLI", "Reported")} <= got


def test_centres_equipped_for_some_people_in_a_state():
    assert ("org/unicef", "state/TCD", "Reported") in _assists(facts("UNICEF equipped three centres for children in Chad."))


def test_zh_an_application_submitted_is_a_request_and_its_training_not_done():
    got = zh_facts("马里于 2031 年 4 月向人权高专办提交的关于培训警察的申请仍在审议之中。")
    assert ("org/ohchr", "state/MLI", "Requested") in got
    assert not any(s == "state/MLI" for s, _o, _m in got)
    assert ("state/MLI", "org/ohchr", "Reported") in zh_facts("马里于 2031 年向人权高专办提交申请，请求支持。",
                                                            predicate="requests")


# -- part 10 ---------------------------------------------------------------------------------------------------------

def test_help_asked_for_then_delivered_or_scheduled_takes_the_later_modality():
    got = triples(facts("In May 2031, the Ministry of Justice of Chad sought the advice of OHCHR on a draft code; written "
                        "comments were transmitted to the Ministry in July."))
    assert ("org/ohchr", "assists", "state/TCD", "Reported") in got
    assert ("org/ohchr", "assists", "state/TCD", "Requested") not in got
    got = triples(facts("The Parliament of Chad invited OHCHR to hold a briefing for its members. The briefing has been "
                        "scheduled for May 2032."))
    assert ("org/ohchr", "assists", "state/TCD", "Planned") in got


def test_zh_help_asked_for_and_put_in_a_work_plan_is_planned():
    got = zh_facts("乍得最高法院请人权高专办为其法官提供培训，人权高专办已将这项培训列入 2032 年的工作计划。")
    assert ("org/ohchr", "state/TCD", "Planned") in got
    assert ("org/ohchr", "state/TCD", "Requested") not in got


def test_a_partnership_for_a_joint_activity_that_did_not_happen_is_negated():
    got = triples(facts("OHCHR and UNDP had planned to hold jointly a regional workshop in 2031, but the workshop was "
                        "cancelled."))
    assert ("org/ohchr", "partnersWith", "org/undp", "Negated") in got
    got = triples(facts("OHCHR, together with UNDP, organized a workshop for judges of Chad."))
    assert ("org/ohchr", "partnersWith", "org/undp", "Reported") in got
    got = {(r.subject, r.predicate, r.object, r.modality) for r in __import__("test_relate_round20").run_zh(
        "人权高专办与开发署原定于 2031 年联合举办一次区域研讨会，但研讨会因资金不足被取消。").relations}
    assert any(p == "partnersWith" and m == "Negated" for _s, p, _o, m in got)


def test_a_grant_awarded_to_someone_is_the_awarders_money_to_them():
    found = facts("The African Development Bank awarded the Economic Community of West African States a grant of "
                  "US$ 250,000 in 2031.")
    assert {(c.contributor, c.recipient, c.amount) for c in found.contributions} == {
        ("org/afdb", "org/ecowas", "250000")}


def test_a_national_organ_named_by_its_kind_is_the_state_of_the_report():
    got = _assists(facts("Chad asked OHCHR for support. OHCHR trained members of the Supreme Court in May 2031.",
                         "OHCHR held a workshop for members of the law commission of the National Transitional Council."))
    assert ("org/ohchr", "state/TCD", "Reported") in got
    found = facts("UNICEF trained staff of the National Centre for Human Rights of Jordan.")
    assert not any(m.via == "backref" and m.entity == "state/JOR" for m in found.mentions)
