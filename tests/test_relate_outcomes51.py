"""The fifty-first session's rules: a course a later sentence says was in the end never run (培训班最终没有开办); a
State's body whose long name holds 和 or 及, read again as 该委员会; 高级专员 after a regional organisation's High
Commissioner named in its unit; 应 X 之请. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, extract as _extract, facts as _facts, mentions as _mentions


# what was planned and never done


def test_a_course_a_later_sentence_says_was_in_the_end_never_run_was_not_given():
    got = _assists("瑞典原定 2103 年春季为肯尼亚监狱的管理人员开办一期培训班。由于肯尼亚方面未能按时提名学员，培训班最终没有开办。",
                   zh=True)
    assert got == {("state/SWE", "state/KEN", "Negated")}


def test_a_course_run_as_planned_stays_planned_for_the_undone_rule():
    got = _assists("瑞典原定 2103 年春季为肯尼亚监狱的管理人员开办一期培训班。培训班于 2103 年 5 月如期开办。", zh=True)
    assert ("state/SWE", "state/KEN", "Negated") not in {(s, o, m) for s, o, m in got}


# back-references


def test_a_state_body_whose_long_name_holds_and_is_the_state_read_again():
    got = _assists("欧洲反对种族主义和不容忍委员会为黑山开设了课程。匈牙利向摩尔多瓦共和国防止和打击歧视及确保平等委员会派驻了一名"
                   "法律专家，为时一年，帮助该委员会起草关于合理便利的指导意见。", zh=True)
    assert ("state/HUN", "state/MDA", "Reported") in got
    assert not {f for f in got if f[1] == "org/ecri"}


def test_a_second_name_after_and_is_no_part_of_the_state_body():
    got = _assists("欧洲反对种族主义和不容忍委员会为黑山开设了课程。匈牙利向摩尔多瓦和该委员会派驻了一名法律专家。", zh=True)
    assert ("state/HUN", "state/MDA", "Reported") in got


def test_the_high_commissioner_after_a_regional_high_commissioner_in_its_unit_is_that_one():
    text = ("欧安组织少数民族问题高级专员 2116 年 3 月在贝尔格莱德主持了一次会议。会后，高级专员应塞尔维亚之请，指派两名顾问对"
            "塞尔维亚法律修正草案提出了书面评论。")
    assert ("高级专员", "org/osce-hcnm") in _mentions(text, zh=True)
    assert ("org/osce-hcnm", "state/SRB", "Reported") in _assists(text, zh=True)


def test_the_high_commissioner_in_a_later_unit_is_still_the_united_nations_one():
    got = _mentions("欧安组织少数民族问题高级专员 2116 年 3 月在贝尔格莱德主持了一次会议。",
                    "高级专员在报告中介绍了技术合作的情况。", zh=True)
    assert ("高级专员", "org/hchr") in got


# requests


def test_at_the_request_written_zhi_qing_is_a_request():
    got = _facts("开发署应马里政府之邀，为该国法官举办了培训。人权高专办应塞尔维亚之请，对塞尔维亚法律修正草案提出了书面评论。", zh=True)
    assert {("state/MLI", "requests", "org/undp", "Reported"), ("state/SRB", "requests", "org/ohchr", "Reported"),
            ("org/ohchr", "assists", "state/SRB", "Reported")} <= got


# comments on a State's draft


def test_written_comments_on_a_states_draft_law_are_help_to_it():
    assert ("org/ohchr", "state/SRB", "Reported") in _assists("人权高专办就塞尔维亚的法律草案提出了书面评论。", zh=True)
    assert ("org/ohchr", "state/SRB", "Reported") in _assists("人权高专办对塞尔维亚的法律草案提出了意见。", zh=True)


def test_a_states_draft_with_no_link_word_is_still_its_own():
    got = _assists("人权高专办对塞尔维亚法律修正草案提出了书面评论。", zh=True)
    assert ("org/ohchr", "state/SRB", "Reported") in got


def test_views_on_a_states_situation_are_no_help_to_it():
    assert not _assists("人权高专办对塞尔维亚局势提出了意见。", zh=True)


# replies


def test_replies_with_a_time_phrase_or_an_adverb_before_the_verb_were_sent():
    for text in ("匈牙利、塞尔维亚和黑山人权和自由保护者在规定期限内作了答复。", "匈牙利和塞尔维亚均如期提交了书面材料。"):
        got = {f[0] for f in _facts(text, zh=True) if f[1] == "submittedInputTo"}
        assert {"state/HUN", "state/SRB"} <= got, text


def test_a_counted_list_of_states_that_replied_opens_a_reply_list():
    got = {f[0] for f in _facts("在 2117 年 12 月 15 日之前，共有十个国家作出答复：阿根廷、巴基斯坦、德国和中国。",
                                "两个组织提交了材料：大赦国际和国际助老会。", zh=True) if f[1] == "submittedInputTo"}
    assert {"state/ARG", "state/PAK", "state/DEU", "state/CHN", "org/amnesty", "org/helpage-international"} <= got


# help told through where people went to be trained, and through what was given to another's project


def test_people_who_went_to_a_states_capital_school_to_be_trained_were_helped_by_that_state():
    got = _assists("根据这份文件，索马里警察部队的 300 名警官于 2115 年至 2116 年间分六批赴安卡拉的警察学院受训三个月。", zh=True)
    assert ("state/TUR", "state/SOM", "Reported") in got
    assert ("state/TUR", "state/SOM", "Reported") in _assists("索马里的 300 名警官赴土耳其参加了培训班。", zh=True)


def test_going_to_a_city_for_a_meeting_or_to_a_course_someone_else_gave_is_no_help_from_its_state():
    assert not _assists("索马里的 30 名官员赴布鲁塞尔参加了会议。", zh=True)
    got = _assists("索马里的 30 名官员赴土耳其参加了欧盟举办的培训。", zh=True)
    assert ("state/TUR", "state/SOM", "Reported") not in got


def test_equipment_given_to_a_project_named_before_helps_its_recipient():
    got = _assists("开发署在苏丹实施了一个出生登记项目。土耳其为这个项目捐赠了 18 台移动登记终端。", zh=True)
    assert ("state/TUR", "state/SDN", "Reported") in got


def test_a_course_for_rights_holders_given_with_a_states_government_is_for_that_state():
    got = _assists("开发署与苏丹政府合作，为流离失所者举办了培训。", zh=True)
    assert ("org/undp", "state/SDN", "Reported") in got


# a refusal told to someone else


def test_a_refusal_the_one_asked_told_to_another_says_the_help_was_not_given():
    got = _assists("The Judiciary of Liberia asked the United States in 2116 to finance a case-management system for the courts. "
                   "The Government of the United States informed OHCHR that it had turned the request down.")
    assert got == {("state/USA", "state/LBR", "Negated")}
    zh = _assists("苏丹政府请土耳其为苏丹警察举办培训。土耳其政府函告人权高专办，由于预算削减，无法提供这一培训。", zh=True)
    assert zh == {("state/TUR", "state/SDN", "Negated")}


def test_a_refusal_by_another_actor_told_to_someone_is_not_the_one_askeds():
    got = _assists("The Judiciary of Liberia asked the United States in 2116 to finance a case-management system for the courts. "
                   "The Government of the United States informed OHCHR that UNDP had turned the request down.")
    assert ("state/USA", "state/LBR", "Negated") not in got


# English: an adviser inside a State's body, the financial support for a course named before, a secretariat's name


def test_an_adviser_seconded_by_a_state_who_worked_inside_another_states_body_was_its_help():
    got = _assists("An adviser seconded by the United States has worked inside the Ministry of Justice of Liberia since 2115.")
    assert got == {("state/USA", "state/LBR", "Reported")}


def test_the_financial_support_for_a_course_named_before_helps_its_recipients():
    got = _assists("A course was organized in Panama City for prosecutors of Guatemala by the OAS. "
                   "The United States provided the financial support for the course.")
    assert ("state/USA", "state/GTM", "Reported") in got


def test_the_general_secretariat_of_the_oas_is_the_oas_and_holds_a_course_with_a_partner():
    got = _facts("A course was organized for prosecutors of Guatemala by the OAS General Secretariat jointly with UNODC.")
    assert {("org/oas", "assists", "state/GTM", "Reported"), ("org/unodc", "assists", "state/GTM", "Reported"),
            ("org/oas", "partnersWith", "org/unodc", "Reported")} <= got


# a request said, in its own sentence, to have been done


def test_a_request_a_relative_clause_says_was_done_was_fulfilled():
    got = _assists("The Government of Guatemala asked the Special Rapporteur on the rights of indigenous peoples to comment "
                   "on a draft law, which she did in 2115.")
    assert got == {("org/sr-indigenous", "state/GTM", "Reported")}
    zh = _assists("危地马拉政府请人权高专办就一项法律草案提出意见，该办已于 2115 年照办。", zh=True)
    assert zh == {("org/ohchr", "state/GTM", "Reported")}


def test_a_request_a_relative_clause_says_was_not_done_stays_asked_for():
    got = _assists("The Government of Guatemala asked the Special Rapporteur on the rights of indigenous peoples to comment "
                   "on a draft law, which she did not do.")
    assert ("org/sr-indigenous", "state/GTM", "Reported") not in got
    assert ("org/ohchr", "state/GTM", "Requested") in _assists("危地马拉政府请人权高专办就一项法律草案提出意见。", zh=True)


# English reply lists


def test_a_counted_class_and_a_colon_after_from_go_on_with_a_reply_list():
    got = {f[0] for f in _facts("Replies were received from the Governments of Cyprus and Egypt and from three national "
                                "human rights institutions: the Greek National Commission for Human Rights and the National "
                                "Human Rights Commission of Lebanon.") if f[1] == "submittedInputTo"}
    assert {"state/CYP", "state/EGY", "org/gnchr", "org/nhrc-lebanon"} <= got


def test_a_relative_aside_before_the_next_class_of_repliers_keeps_the_list_going():
    got = {f[0] for f in _facts("Replies were also received from UNICEF, from UNODC and UNICRI, which answered jointly, and "
                                "from five non-governmental organizations: Penal Reform International, ECPAT International "
                                "and Save the Children.") if f[1] == "submittedInputTo"}
    assert {"org/unicef", "org/unodc", "org/unicri", "org/penal-reform-international", "org/ecpat-international",
            "org/save-the-children"} <= got


def test_each_of_those_written_to_answered_apart_from_one():
    got = {(f[0], f[3]) for f in _facts("For its preparation, the Secretariat wrote to the Government of Cyprus, the "
                                        "Governments of Lebanon, Egypt and Libya, OHCHR and UNODC. Each of them answered "
                                        "apart from the Government of Libya.") if f[1] == "submittedInputTo"}
    # (the one excepted, written to, did not answer: Negated since the fifty-third session)
    assert got == {("state/CYP", "Reported"), ("state/LBN", "Reported"), ("state/EGY", "Reported"),
                   ("org/ohchr", "Reported"), ("org/unodc", "Reported"), ("state/LBY", "Negated")}


# English: what became of an offer, a request and a planned course


def test_an_offer_that_went_unanswered_gave_no_help():
    got = _assists("It recalled that in 2117 Portugal had offered Libya an exchange of judges to share its experience of "
                   "juvenile courts, but that the offer had gone unanswered.")
    assert got == {("state/PRT", "state/LBY", "Negated")}
    taken = _assists("Portugal offered Libya an exchange of judges to share its experience of juvenile courts, and the offer "
                     "was accepted.")
    assert ("state/PRT", "state/LBY", "Negated") not in taken


def test_a_secondment_sought_and_declined_was_not_given():
    got = _assists("A secondment that the Ombudsman of Cyprus sought in 2117 from the OHCHR Regional Office for Europe was "
                   "declined for lack of staff.")
    assert got == {("org/ohchr-europe", "org/ombudsman-cyprus", "Negated")}


def test_a_course_asked_for_postponed_twice_and_never_held_was_not_given():
    got = _assists("The Greek National Commission for Human Rights reported that a training on complaint procedures which "
                   "it had asked OHCHR to provide in 2117 had been postponed twice and never held.")
    assert got == {("org/ohchr", "org/gnchr", "Negated")}


def test_help_received_from_a_list_cut_after_a_states_comma_came_from_every_name():
    got = _assists("Egypt gave an account of the help received from Cyprus, UNODC and UNICEF for the training of social "
                   "workers of its juvenile courts.")
    assert {("state/CYP", "state/EGY", "Reported"), ("org/unodc", "state/EGY", "Reported"),
            ("org/unicef", "state/EGY", "Reported")} <= got


def test_its_institute_in_its_capital_after_a_year_acts_for_the_state_before():
    got = _assists("Jordan supported the right to development. In 2116 and 2117 its Judicial Institute in Amman trained "
                   "forty-five juvenile judges of Iraq.")
    assert ("state/JOR", "state/IRQ", "Reported") in got


def test_comments_on_a_draft_bill_with_a_long_title_help_its_state():
    got = _assists("UNDP and the Office sent written comments on the draft Legal Aid (Amendment) Bill of Sierra Leone.")
    assert got == {("org/undp", "state/SLE", "Reported"), ("org/ohchr", "state/SLE", "Reported")}


def test_comments_on_a_situation_under_a_states_law_are_no_help():
    assert not _assists("UNDP commented on the situation of women under the law of Sierra Leone.")


# Chinese: a letter asking every State, a course put off with no new date, a salary paid in full


def test_a_letter_asking_each_state_to_describe_its_projects_asks_them_all():
    got = {f for f in _facts("人权高专办于 2116 年 11 月代表秘书长分别致函中国、蒙古、柬埔寨和越南常驻日内瓦代表团，请各国介绍其参与的合作项目。",
                             zh=True) if f[1] == "requests"}
    assert {("org/ohchr", "requests", k, "Reported") for k in ("state/CHN", "state/MNG", "state/KHM", "state/VNM")} <= got


def test_a_course_put_off_in_the_next_sentence_with_no_new_date_was_not_given():
    got = _facts("人权高专办与劳工组织原计划于 2116 年 12 月在河内联合举办一期培训班，为柬埔寨和越南两国劳动部门的官员授课。"
                 "培训班已经推迟，新的日期至今没有确定。", zh=True)
    assert ("org/ohchr", "assists", "state/VNM", "Negated") in got
    assert ("org/ohchr", "partnersWith", "org/ilo", "Negated") in got
    later = _assists("人权高专办原计划于 2116 年 12 月为越南劳动部门的官员举办培训班。培训班已经推迟到 2118 年。", zh=True)
    assert later == {("org/ohchr", "state/VNM", "Planned")}


def test_a_salary_paid_in_full_by_a_donor_named_after_the_adviser_helps_the_state_advised():
    got = _assists("人权高专办东南亚区域办事处向越南司法部派驻了一名人权顾问。这名顾问为司法部起草了两份政策文件。"
                   "其薪酬和住房补贴由中国全额承担。", zh=True)
    assert ("state/CHN", "state/VNM", "Reported") in got


def test_the_course_named_again_with_its_plan_and_never_run_was_not_given():
    got = _assists("安哥拉政府还请圣马力诺为 100 名女子监狱看守开设一期培训班。这期原定于 2117 年 10 月在罗安达开课的培训班最终没有举办，"
                   "圣马力诺外交部在其答复中未说明原因。", zh=True)
    assert got == {("state/SMR", "state/AGO", "Negated")}
    held = _assists("安哥拉政府还请圣马力诺为 100 名女子监狱看守开设一期培训班。这期原定于 2117 年 10 月在罗安达开课的培训班已如期举办。",
                    zh=True)
    assert ("state/SMR", "state/AGO", "Negated") not in held


def test_the_agent_of_a_course_held_in_a_capital_in_a_given_month_held_it():
    got = _facts("A course for staff of the protection mechanisms of Honduras, Guatemala and El Salvador was organized in "
                 "San Salvador in November 2117 by the IACHR in cooperation with OHCHR.")
    helped = {(s, o) for s, p, o, m in got if p == "assists"}
    assert {("org/iachr", "state/HND"), ("org/ohchr", "state/GTM"), ("org/iachr", "state/SLV")} <= helped
    assert not {(s, o) for s, o in helped if s.startswith("state/")}


def test_a_reply_by_sending_specialists_whose_travel_a_state_covered_gave_the_help_asked_for():
    got = _assists("Honduras also asked the IACHR in 2117 for advice on reparations for the families of disappeared persons. "
                   "The Commission replied in January 2118 by sending two of its specialists to Tegucigalpa. "
                   "Their travel was covered by El Salvador.")
    assert got == {("org/iachr", "state/HND", "Reported"), ("state/SLV", "state/HND", "Reported")}
    still = _assists("Honduras asked the IACHR in 2117 for advice on reparations. The Commission replied that it would "
                     "consider sending two of its specialists.")
    assert still == {("org/iachr", "state/HND", "Requested")}


def test_experts_described_by_a_relative_clause_and_sent_to_a_capital_help_its_state():
    got = _assists("El Salvador seconded two experts who specialize in disappearance cases to Tegucigalpa for nine months.")
    assert got == {("state/SLV", "state/HND", "Reported")}
    assert not _assists("El Salvador sent two experts who had attended the course to Geneva.")


def test_work_a_donor_had_paid_for_helps_its_recipient_too():
    got = _assists("FAO, together with IFAD, had helped the Government of Sierra Leone in 2116 to prepare a framework bill "
                   "on the right to food, work that the European Union had paid for.")
    assert {("org/fao", "state/SLE", "Reported"), ("org/eu", "state/SLE", "Reported")} <= got
    assert _assists("FAO helped the Government of Sierra Leone to prepare a framework bill. The project was funded.") \
        == {("org/fao", "state/SLE", "Reported")}


def test_officials_who_came_to_a_capital_on_study_visits_were_helped_by_its_state():
    got = _assists("Brazil added that officials of Sierra Leone and Malawi had come to Brasilia in 2117 on study visits to "
                   "learn from its school feeding programme.")
    assert got == {("state/BRA", "state/SLE", "Reported"), ("state/BRA", "state/MWI", "Reported")}
    assert not _assists("Officials of Mali visited Geneva in 2117 to attend the session of the Council.")
    assert not _assists("Officials of Mali travelled to Norway to attend a conference.")


def test_people_who_discussed_a_topic_at_a_workshop_held_before_in_the_sentence_took_part_in_it():
    got = _assists("人权高专办 2117 年 5 月在曼谷开办了一期区域讲习班，来自越南、老挝人民民主共和国和柬埔寨三国政府部门的 27 名官员"
                   "就设立国家人权机构的程序和条件进行了研讨。", zh=True)
    assert got == {("org/ohchr", k, "Reported") for k in ("state/VNM", "state/LAO", "state/KHM")}
    assert not _assists("越南和柬埔寨的官员就设立国家人权机构的程序进行了研讨。", zh=True)


def test_the_other_party_of_a_memorandum_is_the_second_named():
    got = _assists("大韩民国国家人权委员会报告，它在 2116 年和蒙古国家人权委员会订立了一份为期两年的合作备忘录，还为对方的 18 名"
                   "工作人员讲授了强迫驱逐监测方法。", zh=True)
    assert got == {("org/nhrck", "org/nhrc-mongolia", "Reported")}
    assert ("org/nhrck", "partnersWith", "org/nhrc-mongolia", "Reported") in _facts(
        "大韩民国国家人权委员会和蒙古国家人权委员会订立了合作备忘录。", zh=True)


def test_a_study_visit_hosted_by_a_named_body_is_not_the_capitals_states_help():
    got = _assists("A delegation of the Judicial Council of Ecuador travelled to San Jose in February 2043 on a study visit "
                   "hosted by the Inter-American Court of Human Rights.")
    assert ("state/CRI", "state/ECU", "Reported") not in got


def test_an_attachment_a_donor_financed_is_not_read_onto_the_help_of_the_sentence_before():
    got = _assists("The Subregional Centre had helped the National Human Rights Commission of Chad to set up a unit. Staff of "
                   "the Independent National Commission on Human Rights of Liberia had spent three weeks in Abuja, an "
                   "attachment that Germany had financed.")
    assert ("state/DEU", "org/nhrc-chad", "Reported") not in got


def test_a_host_that_covered_the_participants_accommodation_helped_them():
    got = _assists("A course for staff of the protection mechanisms of Honduras and Guatemala was organized in San Salvador "
                   "in November 2117 by the IACHR. El Salvador hosted the course and covered the participants' accommodation.")
    assert {("state/SLV", "state/GTM", "Reported"), ("state/SLV", "state/HND", "Reported")} <= got


def test_a_review_of_a_states_draft_law_is_help_to_it_and_a_treaty_bodys_review_of_a_report_is_not():
    got = _assists("2117 年人权高专办应马拉维政府之请，与世卫组织一起审查了马拉维《公共卫生法》修正草案。", zh=True)
    assert {("org/ohchr", "state/MWI", "Reported"), ("org/who", "state/MWI", "Reported")} <= got
    assert ("org/ohchr", "state/MWI", "Reported") in _assists("人权高专办审阅了马拉维的法律草案。", zh=True)
    assert not _assists("禁止酷刑委员会审查了马拉维的缔约国报告。", zh=True)


def test_officials_who_went_to_a_state_for_a_course_with_a_compound_name_were_helped_by_it():
    got = _assists("佛得角的 25 名官员赴圣马力诺参加了卫生统计和人权指标培训。", zh=True)
    assert got == {("state/SMR", "state/CPV", "Reported")}


def test_an_office_that_joined_with_an_agency_to_convene_a_panel_partnered_with_it():
    got = _facts("On behalf of the Ministry of Education of North Macedonia, the Regional Office for Europe joined with "
                 "UNESCO to convene a panel of eight independent experts.")
    assert ("org/ohchr-europe", "partnersWith", "org/unesco", "Reported") in got
    assert not {f for f in _facts("Mali joined the Human Rights Council in 2114.") if f[1] == "partnersWith"}


# the one asked to consult others works with them


def test_one_asked_to_hear_the_views_of_others_or_to_consult_them_is_asked_to_work_with_them():
    # (Chinese only: in English a request set off by commas was read as done, data/patterns/README.md)
    got = _facts("人权理事会第 530/9 号决议请高级专员就受教育权方面的技术援助收集各方意见。决议还请高级专员在编写汇编时听取受教育权"
                 "问题特别报告员和教科文组织的意见。", zh=True)
    assert {("org/hchr", "partnersWith", "org/sr-education", "Requested"),
            ("org/hchr", "partnersWith", "org/unesco", "Requested")} <= got
    got = _facts("人权理事会在第 510/11 号决议中决定举行一次小组讨论，并请人权高专办在同少数群体问题特别报告员协商后撰写讨论概要。",
                 zh=True)
    assert ("org/ohchr", "partnersWith", "org/sr-minorities", "Requested") in got


def test_a_consultation_stated_as_done_or_views_asked_of_states_is_no_asked_partnership():
    assert not {f for f in _facts("人权高专办征求了马里和乍得的意见。", zh=True) if f[1] == "partnersWith"}
    assert not {f for f in _facts("人权高专办与开发署进行了协商。", zh=True) if f[1] == "partnersWith"}


def test_the_bodies_a_delegation_made_a_study_visit_to_helped_the_delegations_body():
    got = _assists("A delegation of the Malawi Human Rights Commission made a study visit to the Equality and Human Rights "
                   "Commission and to the Scottish Human Rights Commission in March 2116 to learn how they monitor the "
                   "rights of persons with disabilities.")
    assert got == {("org/ehrc", "org/mhrc", "Reported"), ("org/shrc", "org/mhrc", "Reported")}
    assert _assists("Officials of Mali made a study visit to Dakar in 2116.") == {("state/SEN", "state/MLI", "Reported")}


def test_a_body_that_made_a_study_visit_gave_nothing_to_the_one_it_visited():
    assert ("org/mhrc", "state/NOR", "Reported") not in _assists(
        "The Malawi Human Rights Commission made a study visit to Norway in 2116.")


def test_a_specialist_asked_for_assigned_and_paid_for_by_a_donor_was_given_by_both():
    got = _assists("Sierra Leone's Ministry of Gender asked UN-Women for a specialist on gender, and in 2116 UN-Women assigned "
                   "one to the Ministry; the specialist's salary has been covered by the United Kingdom since then.")
    assert got == {("org/unwomen", "state/SLE", "Reported"), ("state/GBR", "state/SLE", "Reported")}
    two = _assists("The Government of Sierra Leone asked UN-Women and UNDP for specialists on gender, and in 2116 UN-Women "
                   "assigned one to the Ministry.")
    assert ("org/undp", "state/SLE", "Requested") in two and ("org/unwomen", "state/SLE", "Reported") in two


def test_people_of_a_body_trained_in_a_year_by_two_bodies_jointly_were_helped_by_both():
    got = _assists("苏丹国家人权委员会有 15 名工作人员在 2116 年接受了人权高专办苏丹办事处与难民署联合提供的培训。"
                   "这次培训的费用由伊斯兰合作组织负担。", zh=True)
    assert {("org/ohchr-sudan", "org/nhrc-sudan", "Reported"), ("org/unhcr", "org/nhrc-sudan", "Reported"),
            ("org/oic", "org/nhrc-sudan", "Reported")} <= got
    assert _assists("马里得到了开发署的支持和乍得的同情。", zh=True) == {("org/undp", "state/MLI", "Reported")}


def test_a_state_that_paid_an_office_to_make_a_course_asked_it_for_nothing():
    got = _facts("土耳其还出资请人权高专办开发了一套国内流离失所者权利在线课程，供各国执法人员免费使用。", zh=True)
    assert not {f for f in got if f[1] == "requests" or f[3] == "Requested"}
    assert ("state/TUR", "requests", "org/ohchr", "Reported") in _facts("土耳其请人权高专办开发一套在线课程。", zh=True)


def test_at_the_governments_request_the_state_helped_after_it_asked():
    got = _facts("At the request of the Government, UNDP advised Finland on a bill.")
    assert ("state/FIN", "requests", "org/undp", "Reported") in got
    assert not {f for f in _facts("At the request of the Government, UNDP trained 30 officials.") if f[1] == "requests"}


def test_help_that_serves_a_states_own_right_to_development_is_support_for_it():
    rec = _extract("Germany described its cooperation with the three States as mutually beneficial. The Niger stressed that "
                  "assistance to its justice sector serves its right to development and should be planned with that aim in "
                  "view.")
    assert ("state/NER", "concept/right-to-development", "Supportive") in {(s.holder, s.concept, s.value) for s in rec.stances}


def test_a_review_named_with_no_owner_or_under_a_verb_of_help_is_read_no_further():
    got = _assists("在亚洲，基金资助的项目在尼泊尔、斯里兰卡和菲律宾向酷刑幸存者提供了康复服务。国际酷刑受害者康复理事会向斯里兰卡卫生部"
                   "借调了一名法医专家，协助该部审查法医检验规程草案。", zh=True)
    assert not {f for f in got if f[1] == "state/PHL"}
    assert _assists("法语国家国际组织计划于 2044 年初向多哥派出一个选举法专家团，协助审查选举法典修正案。", zh=True) \
        == {("org/oif", "state/TGO", "Planned")}


def test_two_bodies_acting_together_in_a_year_answer_the_request_and_both_of_them_act():
    got = _facts("应毛里求斯的请求，世界卫生组织与开发署 2116 年共同为毛里求斯社会保障部的 40 名官员提供了培训。", zh=True)
    assert {("state/MUS", "requests", "org/who", "Reported"), ("state/MUS", "requests", "org/undp", "Reported")} <= got
    pair = _assists("卡塔尔同伊斯兰合作组织订立了谅解备忘录，两者携手为索马里和苏丹境内流离失所的老年人提供法律咨询。", zh=True)
    assert {("org/oic", "state/SOM", "Reported"), ("state/QAT", "state/SDN", "Reported")} <= pair


def test_a_placement_its_staff_made_that_a_donor_paid_for_helps_the_one_helped_before():
    got = _assists("Advisory services were provided by the Office to the National Human Rights Commission of Mauritania. "
                   "Two members of its staff spent three weeks in Nairobi, in a placement that Monaco paid for.")
    assert ("state/MCO", "org/nhrc-mauritania", "Reported") in got


def test_a_specialist_a_body_had_requested_from_an_agency_and_was_refused_was_not_given():
    got = _facts("A specialist on extractive industries that the Procurator for the Defence of Human Rights of El Salvador "
                 "had requested from UNDP in 2117 was refused for want of funds.")
    assert {("org/pddh-el-salvador", "requests", "org/undp", "Reported"),
            ("org/undp", "assists", "org/pddh-el-salvador", "Negated")} <= got


def test_judges_a_training_programme_took_in_from_two_states_gave_it_nothing():
    got = _assists("欧洲委员会与波兰共同出资、由欧洲委员会执行的法官培训方案于 2116 年接收了来自格鲁吉亚和乌克兰的 24 名法官，学员在"
                   "波兰国家法官和检察官学校学习。", zh=True)
    assert not {f for f in got if f[1] == "org/coe"}
    assert ("state/POL", "state/UKR", "Reported") in _assists("乌克兰司法部接收了两名来自波兰的顾问。", zh=True)


def test_the_one_whose_cooperation_opens_the_sentence_works_with_its_subject():
    got = _facts("在萨赫勒五国集团的合作下，人权高专办西非区域办事处编写了一本关于边境管理中保障移民人权的区域手册。", zh=True)
    assert ("org/ohchr-west-africa", "partnersWith", "org/g5-sahel", "Reported") in got
    assert not {f for f in _facts("在开发署的支持下，人权高专办编写了一本手册。", zh=True) if f[1] == "partnersWith"}


def test_one_asked_that_then_said_it_would_join_the_work_later_plans_to_help():
    got = _assists("东帝汶 2117 年请世卫组织和人口基金协助起草一项孕产妇健康战略，人口基金已派出一名顾问，世卫组织则表示将于 2118 年"
                   "下半年加入这项工作。", zh=True)
    assert {("org/unfpa", "state/TLS", "Reported"), ("org/who", "state/TLS", "Planned")} <= got


def test_a_request_by_a_body_that_the_state_pay_for_something_declined_gave_no_help():
    got = _facts("A request by the Malawi Human Rights Commission that the United Kingdom pay for a permanent disability unit "
                 "within the Commission was declined in 2117.")
    assert {("org/mhrc", "requests", "state/GBR", "Reported"), ("state/GBR", "assists", "org/mhrc", "Negated")} <= got


def test_a_request_whose_addressee_an_aside_names_and_that_was_never_answered_gave_no_help():
    got = _facts("A further request of the Government of Ethiopia, addressed to UNDP in 2117 for advice on a national legal "
                 "aid strategy, has never been answered.")
    assert {("state/ETH", "requests", "org/undp", "Reported"), ("org/undp", "assists", "state/ETH", "Negated")} <= got


def test_assistance_it_had_requested_from_a_body_and_that_was_not_provided_was_asked_for():
    got = _facts("The Niger reported that the assistance it had requested from the Economic Community of West African States "
                 "in 2023 for the training of its border police had not been provided.")
    assert {("state/NER", "requests", "org/ecowas", "Reported"), ("org/ecowas", "assists", "state/NER", "Negated")} <= got


def test_a_study_visit_during_which_a_named_host_acted_is_left_to_that_host():
    got = _assists("Four staff members of the Provedor for Human Rights and Justice of Timor-Leste made a study visit to Oslo "
                   "in June 2117, during which the Norwegian National Human Rights Institution introduced them to its work.")
    assert ("state/NOR", "org/pdhj-timor-leste", "Reported") not in got
