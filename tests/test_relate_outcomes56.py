"""The fifty-sixth session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, facts as _facts


# a visit to learn named by a noun: the one it went to helped the visitors


def test_a_study_visit_named_by_its_noun_is_the_hosts_help_to_the_visitors():
    got = _assists("A study visit to Accra by six magistrates of Liberia took place in March 2104.")
    assert got == {("state/GHA", "state/LBR", "Reported")}


def test_the_visitors_named_after_by_are_not_the_helpers():
    got = _assists("A study visit to Nairobi by four members of the Parliament of Uganda was held in 2104.")
    assert ("state/UGA", "state/KEN", "Reported") not in got
    assert ("state/KEN", "state/UGA", "Reported") in got


def test_a_relative_clause_names_the_host_of_a_visit():
    got = _assists("A study visit to Lisbon by officials of Angola, which the Government of Brazil was to host in "
                   "June 2104, was cancelled.")
    assert got == {("state/BRA", "state/AGO", "Negated")}


def test_one_who_arranged_a_visit_helps_as_well_as_its_host():
    got = _assists("An exchange visit of officials of Chad to Senegal, which UNDP had organized for May 2104, has been "
                   "put off until 2105.")
    assert got == {("org/undp", "state/TCD", "Planned"), ("state/SEN", "state/TCD", "Planned")}


def test_a_visit_in_a_clause_of_its_own_after_and():
    got = _assists("The Government of Peru never answered the letter, and a study visit of prosecutors of Peru to "
                   "Chile has been pushed back to 2106.")
    assert ("state/CHL", "state/PER", "Planned") in got


def test_a_visit_someone_organized_is_still_the_organizers():
    got = _assists("OHCHR organized a study visit to Jakarta for officials of Kenya in 2104.")
    assert got == {("org/ohchr", "state/KEN", "Reported")}


# the subject's own predicate says the activity is still to come


def test_a_visit_planned_for_a_later_year_is_planned():
    assert _assists("A study visit to Oslo by officials of Kenya is planned for 2106.") \
        == {("state/NOR", "state/KEN", "Planned")}
    assert _assists("A study visit to Oslo by officials of Kenya will take place in 2106.") \
        == {("state/NOR", "state/KEN", "Planned")}


def test_a_visit_that_took_place_is_reported_even_when_another_is_planned():
    assert _assists("A study visit to Oslo by officials of Kenya took place in 2104; the next is planned for 2106.") \
        == {("state/NOR", "state/KEN", "Reported")}


# a request of X for help from Y


def test_a_request_for_help_from_a_body_names_the_one_asked():
    got = _facts("A request by Zambia for assistance from UNDP in costing its plan was turned down.")
    assert ("state/ZMB", "requests", "org/undp", "Reported") in got
    assert ("org/undp", "assists", "state/ZMB", "Negated") in got
    got = _facts("A request from Malawi for support from the European Union remains under consideration.")
    assert ("org/eu", "assists", "state/MWI", "Requested") in got


# 寻求 Y 的支助: help asked for


def test_help_sought_from_a_body_is_asked_for_not_given():
    got = _facts("赞比亚寻求世界卫生组织在精神卫生立法方面的技术支助。", zh=True)
    assert ("state/ZMB", "requests", "org/who", "Reported") in got
    assert ("org/who", "assists", "state/ZMB", "Requested") in got
    assert ("org/who", "assists", "state/ZMB", "Reported") not in got


def test_help_sought_in_a_recommendation_is_recommended():
    got = _assists("与会者建议：(a) 马拉维和赞比亚寻求世界卫生组织的技术支助；(b) 捐助方提供更多资金。", zh=True)
    assert got == {("org/who", "state/MWI", "Recommended"), ("org/who", "state/ZMB", "Recommended")}


# people at a forum two bodies held jointly


def test_heads_of_bodies_from_listed_states_at_a_jointly_held_forum_are_helped_by_both():
    got = _assists("2104 年 5 月，人权高专办与开发署在曼谷联合举办了区域论坛，来自老挝、柬埔寨和越南司法部的 30 名负责人参加了论坛。",
                   zh=True)
    assert {(p, r, "Reported") for p in ("org/ohchr", "org/undp")
            for r in ("state/LAO", "state/KHM", "state/VNM")} <= got


# a request in a resolution, 在…决议里


def test_a_resolution_that_asks_in_it_asks():
    got = _facts("人权理事会在第 999/3 号决议里请人权高专办继续帮助马里开展司法改革。", zh=True)
    assert ("resolution/A/HRC/RES/999/3", "requests", "org/ohchr", "Reported") in got
    assert ("org/hrc", "requests", "org/ohchr", "Reported") not in got


# a request no one answered, told from the asker's side


def test_no_reply_ever_received_undoes_the_help_asked():
    got = _assists("马里政府曾请开发署为法官举办一期研讨会，但政府始终没有等到回复。", zh=True)
    assert got == {("org/undp", "state/MLI", "Negated")}
    got = _assists("Mali asked UNDP to hold a seminar for judges, but it never received a reply.")
    assert got == {("org/undp", "state/MLI", "Negated")}


def test_a_refusal_by_the_office_named_by_a_back_reference():
    got = _assists("乍得请欧安组织民主体制和人权办公室对其法律草案提出评论，但该办公室以人手不足为由没有接受。", zh=True)
    assert got == {("org/odihr", "state/TCD", "Negated")}


# who paid, in a later sentence, said by a cleft


def test_a_cleft_names_who_paid_for_the_adviser():
    got = _assists("人权高专办派一名顾问常驻马里司法部，协助其拟订法律援助标准。这名顾问的派驻费用是挪威政府出的。", zh=True)
    assert ("state/NOR", "state/MLI", "Reported") in got


def test_a_cleft_names_who_paid_for_the_training():
    got = _assists("马里的 20 名监测员参加了人权高专办举办的培训。培训经费是开发署以赠款形式提供的。", zh=True)
    assert ("org/undp", "state/MLI", "Reported") in got


# a study visit hosted by a body in the city the visitors went to


def test_visitors_who_went_to_a_city_and_studied_at_a_body_were_helped_by_it():
    got = _assists("马里的 9 名法官前往达喀尔，在塞内加尔人权委员会考察了一个星期。这次考察的全部开支由瑞士政府承担。", zh=True)
    assert {("org/csdh-senegal", "state/MLI", "Reported"), ("state/CHE", "state/MLI", "Reported")} <= got


def test_visitors_who_went_to_a_city_only_are_not_said_to_be_helped():
    assert _assists("马里的 9 名法官前往达喀尔考察了一个星期。", zh=True) == set()


# a request named before the help


def test_help_after_the_state_asked_for_it_was_asked_of_the_helper():
    got = _facts("马里政府提出请求之后，2104 年 3 月，人权高专办对国家防范机制作了一次能力评估。", zh=True)
    assert ("state/MLI", "requests", "org/ohchr", "Reported") in got
    assert ("org/ohchr", "assists", "state/MLI", "Reported") in got


# a back-reference to a national institution whose name ends with its short title in brackets


def test_the_ombudsman_is_the_one_named_in_full_before():
    got = _assists("人权高专办向乌兹别克斯坦监察员借调了一名顾问。联合国儿童基金会则向监察员下属的小组赠送了 6 套设备。", zh=True)
    assert ("org/unicef", "org/ombudsman-uzbekistan", "Reported") in got


# a project carried out in two cities of a State


def test_a_project_in_two_cities_of_a_state_helps_the_state():
    got = _assists("人权高专办和儿基会在马里的巴马科和莫普提两地联合实施了一个出生登记项目。项目的资金来自日本。", zh=True)
    assert {("org/ohchr", "state/MLI", "Reported"), ("org/unicef", "state/MLI", "Reported"),
            ("state/JPN", "state/MLI", "Reported")} <= got


# the host of a visit named in a later sentence


def test_the_host_named_after_the_visit_helped_the_visitors():
    got = _assists("马里司法部的 20 名法官于 2104 年 4 月赴达喀尔作了为期七天的考察学习。这次访问由开发署安排，东道方是塞内加尔司法部。",
                   zh=True)
    assert {("state/SEN", "state/MLI", "Reported"), ("org/undp", "state/MLI", "Reported")} <= got


# comments two bodies signed together


def test_comments_signed_jointly_make_the_signers_partners():
    got = _facts("马里国民议会在审议法律草案期间，收到了人权高专办和儿基会联名提出的书面评论，其中若干建议已被采纳。", zh=True)
    assert ("org/ohchr", "partnersWith", "org/unicef", "Reported") in got
    assert {("org/ohchr", "assists", "state/MLI", "Reported"), ("org/unicef", "assists", "state/MLI", "Reported")} <= got


# a short name the report gives after "hereinafter", without quotation marks


def test_a_fund_called_by_its_short_name_after_hereinafter():
    got = _facts("In resolution 999/5, the Human Rights Council asked the Secretary-General for a report on the Universal "
                 "Periodic Review Voluntary Trust Fund to Facilitate the Participation of Developing Countries "
                 "(hereinafter the Participation Fund).",
                 "The Office of the United Nations High Commissioner for Human Rights (OHCHR) administers the "
                 "Participation Fund.",
                 "In 2104 the Participation Fund paid the travel of delegates of Belize and Bhutan. It also enabled a "
                 "delegate of Nepal to attend the session.")
    assert ("org/upr-vf-participation", "administeredBy", "org/ohchr", "Reported") in got
    assert {("org/upr-vf-participation", "assists", k, "Reported") for k in ("state/BLZ", "state/BTN", "state/NPL")} \
        <= got
    assert ("state/BLZ", "assists", "state/NPL", "Reported") not in got


# replies told with a bare verb, an echo and an acknowledgement that sent nothing


def test_bare_replies_in_a_unit_that_asked_for_input():
    got = _facts("In May 2104 the Office invited the Governments of Chile, Peru and Bolivia and the International Labour "
                 "Organization (ILO) to contribute. Chile and Peru replied, and so did the ILO. Bolivia acknowledged "
                 "the invitation without sending any information.")
    assert {("state/CHL", "submittedInputTo", "@report", "Reported"), ("state/PER", "submittedInputTo", "@report", "Reported"),
            ("org/ilo", "submittedInputTo", "@report", "Reported"),
            ("state/BOL", "submittedInputTo", "@report", "Negated")} <= got
    assert ("state/BOL", "submittedInputTo", "@report", "Reported") not in got


# help a report is asked to describe is help given


def test_help_a_resolution_asks_to_be_reported_on_is_reported():
    got = _assists("The present report is submitted pursuant to Human Rights Council resolution 999/14, which asked the "
                   "Office of the United Nations High Commissioner for Human Rights to report to the Council at its nine "
                   "hundred and ninety-ninth session on the technical cooperation it had provided to Nepal and Bhutan.")
    assert got == {("org/ohchr", "state/NPL", "Reported"), ("org/ohchr", "state/BTN", "Reported")}


# a workshop organized, somewhere and some time, by two bodies


def test_a_workshop_organized_in_a_city_in_a_month_by_two_bodies():
    got = _assists("Officials of Kenya and Uganda took part in a subregional workshop on treaty reporting, organized "
                   "together in Kampala in October 2104 by UNICEF and UNDP.")
    assert {(p, r, "Reported") for p in ("org/unicef", "org/undp") for r in ("state/KEN", "state/UGA")} <= got


# visitors a host received, and the one who organized the visit


def test_visitors_whom_a_state_body_hosted_and_who_organized_and_paid_for_the_visit():
    got = _assists("Police officers from Kenya and Uganda visited Ghana in March 2104, where the Ghana Police Service "
                   "hosted them and explained how its units work. The visit was organized by the Commonwealth "
                   "Secretariat with a grant from Norway.")
    assert {(p, r, "Reported") for p in ("state/GHA", "org/commonwealth-secretariat", "state/NOR")
            for r in ("state/KEN", "state/UGA")} <= got


def test_a_visit_with_no_one_who_received_the_visitors_is_no_help():
    assert _assists("Officials of Kenya visited Uganda in 2104.") == set()


# a visit put off with no new date, or that will not take place, told after its subject


def test_a_visit_deferred_with_no_new_date_is_negated():
    got = _assists("A study visit to Nairobi by officials of Uganda, which Kenya was to host in May 2104, was deferred "
                   "at the Ministry's request, and no new date has been fixed.")
    assert got == {("state/KEN", "state/UGA", "Negated")}


def test_a_visit_that_will_not_take_place_is_negated():
    got = _assists("A study visit of judges of Chad to the African Court on Human and Peoples' Rights, which the African "
                   "Union had offered, will not take place.")
    assert got and all(m == "Negated" for _p, _r, m in got)


def test_a_visit_put_off_in_a_clause_after_a_semicolon_that_refers_back_with_it():
    got = _assists("A study visit to Accra by officers of Togo was set for May 2104; it has been put off twice and has "
                   "not yet taken place.")
    assert got == {("state/GHA", "state/TGO", "Negated")}


def test_a_joint_mission_called_off_in_a_clause_after_but_that():
    got = _facts("The Ombudsman of Peru said that it had received help from the OHCHR Country Office in Colombia in "
                 "2104, but that a joint field mission of the two offices to the south, planned for 2105, had been "
                 "called off.")
    assert ("org/ombudsman-peru", "partnersWith", "org/ohchr-colombia", "Negated") in got \
        or ("org/ohchr-colombia", "partnersWith", "org/ombudsman-peru", "Negated") in got


# the activity done by one named after it


def test_one_who_delivered_the_courses_a_donor_financed_helped_their_trainees():
    got = _assists("Japan financed a series of courses for labour inspectors of Nepal. UNDP delivered the courses "
                   "together with the ILO.")
    assert {("state/JPN", "state/NPL", "Reported"), ("org/undp", "state/NPL", "Reported"),
            ("org/ilo", "state/NPL", "Reported")} <= got


def test_one_who_arranged_a_visit_its_hosts_received_helped_the_visitors():
    got = _assists("Staff of the Provedor for Human Rights and Justice of Timor-Leste spent a week in Accra as guests of "
                   "the Commission on Human Rights and Administrative Justice of Ghana, which showed them how it handles "
                   "complaints. UNDP arranged the study visit.")
    assert {("org/chraj", "org/pdhj-timor-leste", "Reported"), ("org/undp", "org/pdhj-timor-leste", "Reported")} <= got


# who runs a fund, and who sits on its board


def test_the_running_of_a_fund_in_one_bodys_charge():
    got = _facts("联合国援助酷刑受害者自愿基金由大会设立，日常管理由人权高专办代表秘书长负责。", zh=True)
    assert ("org/vf-torture", "administeredBy", "org/ohchr", "Reported") in got


def test_a_board_of_a_counted_number_of_persons_lists_its_members():
    got = _facts("联合国援助酷刑受害者自愿基金董事会由三人组成，均以个人身份任职：罗莎琳德·恩孔戈(主席)、费尔南多·孔特雷拉斯和沈知意。",
                 zh=True)
    assert {(p, "memberOf", "org/vf-torture-board", "Reported")
            for p in ("person/罗莎琳德·恩孔戈", "person/费尔南多·孔特雷拉斯", "person/沈知意")} <= got


def test_a_board_chaired_by_one_whose_other_members_are_listed():
    got = _facts("The Board of Trustees of the United Nations Voluntary Fund for Technical Cooperation in the Field of "
                 "Human Rights met in 2104. The Board was chaired by Ms. Ana Lindqvist-Moreno (Chile); its other members "
                 "were Mr. Tomas Okafor-Berg (Norway) and Ms. Lea Haddad-Sousa (Jordan).")
    assert {(p, "memberOf", "org/vf-tc-board", "Reported")
            for p in ("person/ana-lindqvist-moreno", "person/tomas-okafor-berg", "person/lea-haddad-sousa")} <= got


# help a donor paid for, named by its noun


def test_one_who_paid_for_advice_from_one_body_to_a_state_helped_the_state():
    got = _assists("In 2104 Norway paid for advice from OHCHR to Nepal on its national action plan.")
    assert got == {("org/ohchr", "state/NPL", "Reported"), ("state/NOR", "state/NPL", "Reported")}


# a resolution asking to be informed of the help given


def test_help_a_resolution_asks_to_be_informed_of_is_reported():
    got = _assists("The Council asked the High Commissioner to inform it, at its nine hundred and ninety-ninth session, "
                   "of the technical cooperation that OHCHR had provided to Nepal and Bhutan.")
    assert {("org/ohchr", "state/NPL", "Reported"), ("org/ohchr", "state/BTN", "Reported")} <= got
    assert not any(m == "Requested" for _p, _r, m in got)


# stances: a concept found essential or apt, efforts to build it backed, a purpose it gives


def _stances(text: str) -> set[tuple[str, str, str]]:
    from outcomes import extract

    return {(s.holder, s.concept, s.value) for s in extract(text).stances}


def test_a_concept_considered_essential_or_found_apt_is_supported():
    assert _stances("Chile considered the right to development essential for small island developing States.") \
        == {("state/CHL", "concept/right-to-development", "Supportive")}
    assert _stances("Peru found mutually beneficial cooperation an apt way of describing such exchanges.") \
        == {("state/PER", "concept/mutually-beneficial-cooperation", "Supportive")}


def test_efforts_to_build_the_concept_backed_and_a_purpose_it_gives_are_support():
    assert _stances("Cuba backed efforts to build a community of shared future for human beings in the field of human "
                    "rights.") == {("state/CUB", "concept/community-of-shared-future", "Supportive")}
    assert _stances("Fiji considered that the right to development gave the programme its very purpose.") \
        == {("state/FJI", "concept/right-to-development", "Supportive")}


def test_a_concept_found_hard_to_define_is_not_supported():
    assert ("state/CHL", "concept/mutually-beneficial-cooperation", "Supportive") \
        not in _stances("Chile found mutually beneficial cooperation hard to define.")


# the people of a body's unit, and the people of both countries


def test_staff_of_a_bodys_unit_who_stayed_with_a_host_were_helped():
    got = _assists("At the request of the Provedor for Human Rights and Justice of Timor-Leste, OHCHR carried out an "
                   "assessment.",
                   "Staff of the Provedor's new detention unit spent a week in Accra as guests of the Commission on Human "
                   "Rights and Administrative Justice of Ghana, which showed them how it plans visits.")
    assert ("org/chraj", "org/pdhj-timor-leste", "Reported") in got


def test_officials_of_both_countries_are_the_two_that_asked_not_the_host():
    got = _assists("At the request of Nepal and Bhutan, the Ministry of Justice of India hosted officials of both "
                   "countries in New Delhi in 2104 for a study visit. Their travel was paid for by UNDP.")
    assert {("state/IND", "state/NPL", "Reported"), ("state/IND", "state/BTN", "Reported"),
            ("org/undp", "state/NPL", "Reported"), ("org/undp", "state/BTN", "Reported")} <= got
    assert ("org/undp", "state/IND", "Reported") not in got


# received through a body's project


def test_people_who_received_services_through_a_bodys_project_were_helped_by_it():
    got = _assists("马里和尼日尔的 500 多名酷刑幸存者通过国际酷刑受害者康复理事会的一个区域项目获得了康复服务。", zh=True)
    assert {("org/irct", "state/MLI", "Reported"), ("org/irct", "state/NER", "Reported")} <= got


def test_help_given_through_a_bodys_project_is_not_the_bodys_help_to_the_giver():
    got = _assists("开发署通过人权高专办的一个项目为马里提供了援助。", zh=True)
    assert ("org/ohchr", "org/undp", "Reported") not in got


def test_registrars_from_two_regions_of_a_state_at_a_course_were_helped():
    got = _assists("来自马里卡伊区和锡卡索区的 140 名民事登记员参加了儿基会组织的流动登记培训。这期培训的全部费用由欧洲联盟承担。", zh=True)
    assert {("org/unicef", "state/MLI", "Reported"), ("org/eu", "state/MLI", "Reported")} <= got


def test_a_mandate_holders_visit_at_the_invitation_of_a_government_is_no_help_from_it():
    got = _assists("The Special Rapporteur on the situation of human rights defenders visited Uganda in February 2104 at "
                   "the invitation of the Government.")
    assert ("state/UGA", "org/sr-hrd", "Reported") not in got


def test_a_request_not_yet_answered_is_still_asked():
    got = _assists("The Government of Mali had asked UNDP to help it establish a database, but had not yet received an "
                   "answer.")
    assert ("org/undp", "state/MLI", "Requested") in got
    assert ("org/undp", "state/MLI", "Negated") not in _assists("马里政府请开发署为法官举办研讨会，但至今没有得到答复。", zh=True)


def test_the_ombudsman_named_with_a_bracketed_local_title_is_the_one_meant():
    got = _facts("吉尔吉斯共和国监察员(阿克伊卡特奇)在提交的材料中说，监察员办公室于 2103 年建成了投诉登记系统。"
                 "监察员还请欧洲安全与合作组织(欧安组织)协助其在各州设立地方代表处；欧安组织已答复将于 2104 年提供这一支持。", zh=True)
    assert ("org/ombudsman-kyrgyzstan", "requests", "org/osce", "Reported") in got


def test_a_regional_bodys_office_named_in_the_unit_is_the_office_meant_not_one_named_before():
    got = _facts("格鲁吉亚公设辩护人的代表说，该办公室已与亚美尼亚共和国人权维护者签订合作协议。", zh=True)
    assert not any("odihr" in s or "odihr" in o for s, _p, o, _m in got)


# guards found on the development runs


def test_a_mission_asked_for_and_not_deployed_is_no_help_of_the_one_who_told_of_it():
    got = _assists("Botswana noted that the electoral assistance mission that Burundi had requested from the "
                   "International Organization of la Francophonie had not been deployed.")
    assert ("state/BWA", "state/BDI", "Negated") not in got


def test_a_request_for_help_unanswered_is_no_input_to_the_report():
    got = _facts("In January 2104 the Ministry of the Interior of Tunisia addressed a request to UNODC for support to a "
                 "new police academy curriculum, to which UNODC has not yet replied.")
    assert not any(p == "submittedInputTo" for _s, p, _o, _m in got)


def test_one_who_carried_out_the_project_in_one_of_two_states_helped_that_one():
    got = _assists("In 2104 the Voluntary Fund for Financial and Technical Assistance in the Implementation of the "
                   "Universal Periodic Review financed projects in the Bahamas and Eritrea. In the Bahamas, UNDP carried "
                   "out the project; in Eritrea, OHCHR trained officials of the Ministry of Foreign Affairs.")
    assert ("org/undp", "state/BHS", "Reported") in got
    assert ("org/undp", "state/ERI", "Reported") not in got
