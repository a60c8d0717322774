"""Round 32 (twentieth session): forms read from the opened forty-third and forty-fourth sets' and the new forty-eighth,
fiftieth and fifty-first development sets' misses, each written here as a general form of the genre on sentences of our
own (no sentence of any report)."""

from __future__ import annotations

from test_relate_round21 import facts, stances, triples
from test_relate_zh_forms2 import facts as zh_facts


def _assists(found) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, p, o, m in triples(found) if p == "assists"}


def _partners(found) -> set[tuple[str, str]]:
    return {tuple(sorted((s, o))) for s, p, o, _m in triples(found) if p == "partnersWith"}


# -- who attended, together with whom: co-attendance, not partnership --------------------------------------------------

def test_present_were_a_and_b_together_with_c_is_no_partnership():
    got = _partners(facts("Also present were the Ombudsman of Ghana and the Commission on Human Rights and "
                          "Administrative Justice of Ghana, together with UNICEF and the Council of Europe."))
    assert not got


def test_participants_included_a_together_with_b_is_no_partnership():
    assert not _partners(facts("Participants included UNDP and the World Bank, together with UNICEF."))


def test_a_and_b_attended_together_with_c_is_no_partnership():
    assert not _partners(facts("UNDP and UNESCO attended the seminar in Accra, together with the African Union."))


def test_together_with_in_an_act_is_still_a_partnership():
    found = facts("After a meeting attended by judges, UNESCO, together with UNICEF, trained 30 teachers of Ghana.")
    assert ("org/unesco", "org/unicef") in _partners(found)
    assert ("org/unicef", "state/GHA", "Reported") in _assists(found)


# -- people who took part, after a comma-bounded aside of time, in an activity another held -----------------------------

def test_took_part_after_an_aside_in_a_course_delivered_by_y():
    got = _assists(facts("Some 80 judges and prosecutors of Ghana took part, between March and May 2062, in a course "
                         "on juvenile justice delivered by UNICEF in cooperation with UNODC."))
    assert ("org/unicef", "state/GHA", "Reported") in got
    assert ("org/unodc", "state/GHA", "Reported") in got


# -- the funding of an activity named after it: its source ------------------------------------------------------------

def test_funding_for_the_sessions_came_from_y():
    got = _assists(facts("Some 40 magistrates of Ghana attended two sessions on customary law, held by UNDP. "
                         "Funding for the sessions came from the European Union."))
    assert ("org/eu", "state/GHA", "Reported") in got


def test_funding_for_the_training_was_provided_by_y():
    got = _assists(facts("UNICEF trained 25 social workers of Ghana. Funding for the training was provided by Norway."))
    assert ("state/NOR", "state/GHA", "Reported") in got


def test_zh_the_course_was_paid_for_by_a_states_voluntary_contribution():
    got = zh_facts("开发署为加纳 25 名社会工作者开办了关于儿童保护的课程。该课程的经费来自挪威的自愿捐款。", predicate="assists")
    assert ("state/NOR", "assists", "state/GHA", "Reported") in got


def test_zh_a_contribution_to_a_body_is_no_help_to_the_state():
    got = zh_facts("开发署为加纳法官举办了讲习班。挪威向开发署捐款 5 万美元。", predicate="assists")
    assert not any(s == "state/NOR" for s, _p, _o, _m in got)


# -- one who prepared a visit helped the visitor ----------------------------------------------------------------------

def test_organized_the_logistics_of_the_visit_helps_the_visitor():
    got = _assists(facts("The Special Rapporteur on torture travelled to Ghana in October. In Accra, he met ministers. "
                         "UNDP and the United Nations country team organized the logistics of the visit."))
    assert ("org/undp", "org/sr-torture", "Reported") in got
    assert ("org/unct", "org/sr-torture", "Reported") in got


def test_the_visit_was_prepared_by_y():
    got = _assists(facts("The Special Rapporteur on torture visited Ghana in May. The visit was prepared by UNDP."))
    assert ("org/undp", "org/sr-torture", "Reported") in got


def test_organizing_a_ministers_trip_is_no_help_to_a_visitor():
    got = _assists(facts("UNDP organized the visit of the Minister of Justice of Ghana to Geneva."))
    assert not any(o.startswith("org/sr") for _s, o, _m in got)


def test_zh_the_visit_was_prepared_jointly_by_x_and_y():
    got = zh_facts("应加纳政府邀请，酷刑问题特别报告员于 2058 年 4 月访问了加纳。访问由开发署和联合国国家工作队共同筹备。",
                   predicate="assists")
    assert ("org/undp", "assists", "org/sr-torture", "Reported") in got
    assert ("org/unct", "assists", "org/sr-torture", "Reported") in got


def test_zh_help_with_preparing_the_visit():
    got = zh_facts("应加纳政府邀请，酷刑问题特别报告员于 2058 年 4 月访问了加纳。开发署为访问的筹备工作提供了协助。",
                   predicate="assists")
    assert ("org/undp", "assists", "org/sr-torture", "Reported") in got


# -- input to the report: comments on its draft, in an aside or a relative clause --------------------------------------

def _submitters(found) -> set[str]:
    return {s for s, p, _o, _m in triples(found) if p == "submittedInputTo"}


def test_which_also_commented_on_the_draft_is_input():
    found = facts("In its comments on the draft of the present report, the Government of Ghana welcomed the "
                  "cooperation. The Commission on Human Rights and Administrative Justice of Ghana, which also "
                  "commented on the draft, expressed no view.")
    assert {"state/GHA", "org/chraj"} <= _submitters(found)


def test_commenting_on_a_draft_law_is_no_input():
    assert not _submitters(facts("UNDP commented on the draft law on assembly. UNFPA commented on the situation of women."))


def test_commented_on_the_draft_of_the_report_is_input():
    assert "org/unicef" in _submitters(facts("UNICEF commented on the draft of the present report."))


def test_in_its_own_comments_and_in_written_input():
    found = facts("The Commission on Human Rights and Administrative Justice of Ghana, in its own comments, considered "
                  "the right to development useful.", "GANHRI warned, in written input to the report, that win-win "
                  "cooperation was vague. UPR Info, which also sent comments, left the concept unchallenged.")
    assert {"org/chraj", "org/ganhri", "org/upr-info"} <= _submitters(found)


def test_commenting_on_the_report_in_draft_opens_a_submission():
    found = facts("Commenting on the present report in draft, the Government of Ghana regarded its work with the "
                  "Office as a genuine example of mutually beneficial cooperation.")
    assert "state/GHA" in _submitters(found)
    assert not any(p == "partnersWith" for _s, p, _o, _m in triples(found))  # a view of the work, not a report of it


# -- a State that holds up its work as an example of a concept supports it ---------------------------------------------

def test_presented_x_as_an_instance_of_the_concept_is_supportive():
    got = stances(facts("In its contribution, Ghana presented the exchange of practice among the mechanisms of the "
                        "subregion as an instance of mutually beneficial cooperation that it wished to see expanded."))
    assert ("state/GHA", "concept/mutually-beneficial-cooperation", "Supportive") in got


# -- a passive activity with a funding aside before its beneficiaries ---------------------------------------------------

def test_convened_by_x_with_financial_support_from_z_for_officials_of_a_and_b():
    got = _assists(facts("The workshop was convened by UNDP jointly with UNICEF, with financial support from the European "
                         "Union, for officials of the national mechanisms of Ghana, Togo and Benin."))
    for p in ("org/undp", "org/unicef", "org/eu"):
        for r in ("state/GHA", "state/TGO", "state/BEN"):
            assert (p, r, "Reported") in got


# -- a project to be implemented by Y: Y's help, still to come ---------------------------------------------------------

def test_a_project_to_be_implemented_by_y_is_ys_planned_help():
    got = _assists(facts("From September 2070, the European Union will fund a regional project on tracking "
                         "recommendations in Ghana, Togo and Benin, to be implemented by UNDP in partnership with UNICEF."))
    assert ("org/undp", "state/TGO", "Planned") in got
    assert ("org/unicef", "state/BEN", "Planned") in got
    assert not any(m == "Reported" for _s, _o, m in got)


def test_an_expert_asked_for_to_be_deployed_is_no_help():
    assert not _assists(facts("Ghana requested an expert to be deployed by UNDP."))


def test_proved_to_be_useful_leaves_the_next_help_reported():
    assert ("org/undp", "state/GHA", "Reported") in _assists(facts("The training proved to be useful. UNDP trained judges of Ghana."))


def test_submitted_written_information_for_the_preparation_of_the_report():
    found = facts("The Norwegian Refugee Council and UNICEF submitted written information for the preparation of the "
                  "present report.")
    assert {"org/nrc", "org/unicef"} <= _submitters(found)


# -- working in partnership with Y, A and B did something: Y is no subject -----------------------------------------------

def test_working_in_partnership_with_y_opens_the_sentence():
    found = facts("Working in partnership with the Office, the International Labour Organization (ILO) and the "
                  "International Organization for Migration (IOM) trained 60 labour inspectors of Ghana on forced "
                  "labour. Australia financed the course.")
    got = _assists(found)
    for p in ("org/ilo", "org/iom", "org/ohchr", "state/AUS"):
        assert (p, "state/GHA", "Reported") in got
    assert ("org/ilo", "org/ohchr") in _partners(found)
    assert not any("state/GHA" in pair for pair in _partners(found))


# -- thanks to a list with some singled out -----------------------------------------------------------------------------

def test_thanks_a_and_in_particular_b_and_c_for_their_support_in_preparing_the_visit():
    got = _assists(facts("The Special Rapporteur on torture visited Ghana in May. The Special Rapporteur thanks the United "
                         "Nations country team, and in particular OCHA and UNHCR, for their support in preparing the visit."))
    for p in ("org/unct", "org/ocha", "org/unhcr"):
        assert (p, "org/sr-torture", "Reported") in got


# -- work made for a body with the help of Y; the cost of its printing -------------------------------------------------

def test_materials_produced_for_a_ministry_with_the_help_of_y_and_printing_paid_by_z():
    got = _assists(facts("Reading materials were produced for the Ministry of Education of Ghana with the help of UNESCO "
                         "and UNICEF; Finland paid for the printing."))
    assert {("org/unesco", "state/GHA", "Reported"), ("org/unicef", "state/GHA", "Reported"),
            ("state/FIN", "state/GHA", "Reported")} <= got
    assert not any(o == "state/FIN" for _s, o, _m in got)


# -- zh: funding named as the means of an activity; an activity funded by F; a cancelled planned training ----------------

def test_zh_with_a_grant_from_y_x_held_training_for_z():
    got = zh_facts("开发署和儿基会联合编写了培训课程，并以挪威提供的赠款为加纳 320 名警官开办了四期培训。", predicate="assists")
    assert {("org/undp", "assists", "state/GHA", "Reported"), ("org/unicef", "assists", "state/GHA", "Reported"),
            ("state/NOR", "assists", "state/GHA", "Reported")} <= got


def test_zh_x_funded_by_f_held_a_workshop_for_y():
    got = zh_facts("应加纳政府的请求，人权高专办中东和北非区域办事处由联合国人权领域技术合作自愿基金出资，为加纳外交部的 28 名"
                   "官员举办了两期讲习班。")
    assert ("org/vf-tc", "assists", "state/GHA", "Reported") in got
    assert ("org/ohchr-mena", "assists", "state/GHA", "Reported") in got
    assert not any(p == "fundedBy" for _s, p, _o, _m in got)


def test_zh_an_office_funded_by_y_is_funded():
    got = zh_facts("人权高专办西非区域办事处由欧洲联盟出资。")
    assert ("org/ohchr-west-africa", "fundedBy", "org/eu", "Reported") in got


def test_zh_a_planned_joint_training_cancelled_for_a_long_reason():
    got = zh_facts("原定于 2052 年 6 月由开发署与毒罪办共同为加纳检察官举办的关于调查酷刑指控的培训，因加纳总检察长办公室未能"
                   "确定参训人员而被取消。", predicate="assists")
    assert ("org/undp", "assists", "state/GHA", "Negated") in got
    assert ("org/unodc", "assists", "state/GHA", "Negated") in got
    assert not any(m == "Reported" for *_x, m in got)


def test_a_request_of_the_provincial_government_of_x_turned_down():
    got = triples(facts("A request of the provincial government of Ghana to FAO for help in mapping communal lands was "
                        "turned down."))
    assert ("state/GHA", "requests", "org/fao", "Reported") in got
    assert ("org/fao", "assists", "state/GHA", "Negated") in got


def test_benefited_from_a_peer_review_conducted_later_by_y():
    got = _assists(facts("Ghana benefited from a peer review of its procedures, conducted in September 2062 by UNDP."))
    assert ("org/undp", "state/GHA", "Reported") in got


# -- a State invited to an activity that did not come ----------------------------------------------------------------

def test_a_state_although_invited_did_not_send_participants():
    got = _assists(facts("UNDP and UNICEF organized in Accra, in March 2073, a subregional workshop on maritime security "
                         "for coastguard officers of Ghana, Togo and Benin. Nigeria, although invited, did not send "
                         "participants."))
    assert ("org/undp", "state/NGA", "Negated") in got and ("org/unicef", "state/NGA", "Negated") in got
    assert ("org/undp", "state/BEN", "Reported") in got


def test_a_state_invited_but_sending_no_delegation():
    got = _assists(facts("The workshop was convened by UNDP for officials of Ghana and Togo. Benin was invited but did "
                         "not send a delegation."))
    assert ("org/undp", "state/BEN", "Negated") in got


def test_a_state_that_did_not_respond_to_an_invitation_is_no_absentee():
    assert not _assists(facts("Nigeria, although invited, did not respond."))


# -- zh: a pronoun subject after an opening phrase, acting with another ---------------------------------------------------

def test_zh_after_the_visit_she_with_y_advised_the_state():
    got = zh_facts("酷刑问题特别报告员于 2047 年 6 月应加纳政府的邀请访问了该国。访问结束后，她与英联邦秘书处共同就清理积压案件的"
                   "措施向该国司法部门提供了咨询。", predicate="assists")
    assert ("org/sr-torture", "assists", "state/GHA", "Reported") in got
    assert ("org/commonwealth-secretariat", "assists", "state/GHA", "Reported") in got


def test_zh_she_with_y_advised_the_state():
    got = zh_facts("酷刑问题特别报告员访问了加纳。她与开发署共同向加纳司法部门提供了咨询。", predicate="assists")
    assert {("org/sr-torture", "assists", "state/GHA", "Reported"), ("org/undp", "assists", "state/GHA", "Reported")} <= got


def test_a_project_approved_to_be_carried_out_from_a_date_is_planned():
    got = _assists(facts("UNDEF has approved a project on the participation of women in local government in Ghana, to be "
                         "carried out from July 2065."))
    assert got and all(m == "Planned" for _s, _o, m in got)


# -- stances: what technical cooperation should serve; a concept left unchallenged ------------------------------------

def test_cooperation_should_serve_the_right_to_development_is_supportive():
    got = stances(facts("In its comments on the draft of the present report, the Government of Ghana affirmed that "
                        "technical cooperation should serve the right to development."))
    assert ("state/GHA", "concept/right-to-development", "Supportive") in got


def test_could_serve_as_a_pretext_stays_critical():
    got = stances(facts("Ghana warned that win-win cooperation could serve as a pretext for pressure."))
    assert ("state/GHA", "concept/win-win-cooperation", "Critical") in got


def test_left_the_concept_unchallenged_is_not_questioned():
    got = stances(facts("UPR Info, which also sent comments, left the concept of mutually beneficial cooperation "
                        "unchallenged, insisting only that such cooperation must answer requests made by the State."))
    assert ("org/upr-info", "concept/mutually-beneficial-cooperation", "NotQuestioned") in got


# -- zh: input to the report -------------------------------------------------------------------------------------------

def _zh_submitters(*paragraphs) -> set[str]:
    return {s for s, _p, _o, _m in zh_facts(*paragraphs, predicate="submittedInputTo")}


def test_zh_the_information_in_the_report_was_provided_by_a_b_and_c():
    assert {"state/GHA", "org/unct", "org/ohchr"} <= _zh_submitters(
        "本报告所载资料由加纳政府、联合国驻加纳国家工作队和人权高专办提供，涵盖 2058 年。")


def test_zh_replies_received_from_the_following_in_sublists():
    assert {"state/ALB", "state/DZA", "org/zhrc", "org/iba"} <= _zh_submitters(
        "截至 2045 年 2 月 28 日，人权高专办收到了下列各方的书面答复：阿尔巴尼亚和阿尔及利亚；津巴布韦人权委员会；国际律师协会。")


def test_zh_in_its_submission():
    assert "org/ichr-palestine" in _zh_submitters("巴勒斯坦独立人权委员会在其提交的材料中介绍了与办事处的合作。")


# -- help that was to come and did not start ------------------------------------------------------------------------------

def test_a_project_a_donor_undertook_to_fund_did_not_start():
    got = _assists(facts("Refurbishment of a rehabilitation centre for juveniles in Ghana, which the European Union had "
                         "been expected to finance, has not materialized."))
    assert ("org/eu", "state/GHA", "Negated") in got
    assert not any(m == "Reported" for _s, _o, m in got)


def test_the_training_of_people_of_x_that_y_had_planned_did_not_take_place():
    for text in ("The training of judges of Ghana that UNDP had planned for 2055 did not take place.",
                 "The training of judges of Ghana, which UNDP had planned for 2055, did not take place."):
        assert _assists(facts(text)) == {("org/undp", "state/GHA", "Negated")}


def test_the_training_of_people_of_x_that_y_gave_is_help():
    assert ("org/undp", "state/GHA", "Reported") in _assists(facts("The training of judges of Ghana that UNDP gave in 2055 "
                                                                   "was useful."))


# -- requests made as nouns in a recommendation or an invitation -----------------------------------------------------

def test_recommends_that_x_turn_to_a_and_to_b_with_a_request_for_support():
    got = triples(facts("The High Commissioner recommends that the Government of Ghana turn to the Office and to GANHRI "
                        "with a formal request for support in preparing the new institution for accreditation."))
    for o in ("org/ohchr", "org/ganhri"):
        assert ("state/GHA", "requests", o, "Recommended") in got
        assert (o, "assists", "state/GHA", "Recommended") in got


def test_invited_x_to_submit_a_request_to_y_for_assistance():
    got = triples(facts("The Human Rights Council invited Ghana to submit a request to UNDP for assistance."))
    assert ("state/GHA", "requests", "org/undp", "Requested") in got
    assert ("org/undp", "assists", "state/GHA", "Requested") in got


def test_zh_help_to_an_unnamed_bureau_of_the_passages_state_and_its_funder():
    got = zh_facts("儿童权利委员会审议了加纳的定期报告。此后，儿基会向儿童权利保护局提供了技术援助，帮助其建立监测系统，瑞典为这项"
                   "工作提供了资金。", predicate="assists")
    assert {("org/unicef", "assists", "state/GHA", "Reported"), ("state/SWE", "assists", "state/GHA", "Reported")} <= got
    assert not any(o == "state/SWE" for _s, _p, o, _m in got)


def test_a_state_named_through_its_people_after_the_help_is_still_its_place():
    got = _assists(facts("In partnership with UNICEF, UNDP supported a consultation of 60 women's organizations of Ghana "
                         "on participation."))
    assert {("org/undp", "state/GHA", "Reported"), ("org/unicef", "state/GHA", "Reported")} <= got
