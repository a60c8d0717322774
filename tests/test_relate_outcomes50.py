"""The fiftieth session's rules: the names joined to the holder of an activity (参加了 A 与 B 联合举办的讲习班; 讲习班由 A 与 B
联合举办 in a later clause); a clause that is only the costs of an activity joined to its predicate after a comma
(考察团的差旅费，均由 Y 报销); the people of a body who received training, a year between them and the verb; years after
2099 read as years; the Balkan Egyptians as no State; 这个组织 and 这一组织 as back-references; an activity, not the
sentence's subject, funded through a passive (这些培训得到了 Y 的资助); a reply list read 依次; 在 Y 出资支持下; equipment
installed for a State's hospitals (安装); an offer answered 暂不需要; who paid for, or lent a lecturer to, an activity
named before (zh ``held_after``); a ministry's long name that ends with its State (the Ministry of A, B and C of X); a
prosecutor seconded to a State's office; the help a body had given A and B. Sentences of our own, not copied from any
gold text."""

from __future__ import annotations

from outcomes import assists as _assists, extract as _extract, facts as _facts, mentions as _mentions


# who held it: the names joined to the holder


def test_every_name_joined_to_the_holder_of_an_attended_course_held_it():
    got = _assists("喀麦隆的 30 名检察官参加了儿基会与人权高专办联合举办的少年司法讲习班。", zh=True)
    assert {("org/unicef", "state/CMR", "Reported"), ("org/ohchr", "state/CMR", "Reported")} <= got


def test_a_list_of_holders_joined_by_enumeration_commas_held_it_together():
    got = _assists("喀麦隆的 30 名检察官参加了儿基会、开发署和人权高专办联合举办的讲习班。", zh=True)
    assert {("org/unicef", "state/CMR", "Reported"), ("org/undp", "state/CMR", "Reported"),
            ("org/ohchr", "state/CMR", "Reported")} <= got
    later = _assists("2093 年，蒙古的 52 名法官参加了一期讲习班，讲习班由开发署、妇女署联合举办。", zh=True)
    assert {("org/undp", "state/MNG", "Reported"), ("org/unwomen", "state/MNG", "Reported")} <= later


def test_a_holder_after_another_name_with_no_marker_of_its_own_is_read_alone():
    got = _assists("2099 年，卢旺达警察部队的 80 名警官参加了挪威国家警察和开发署联合开办的执法培训班。", zh=True)
    assert ("org/undp", "state/RWA", "Reported") in got


def test_a_later_clause_that_names_who_held_the_course_names_them_all():
    got = _assists("2093 年，蒙古各级法院的 52 名法官参加了一期家庭暴力案件审理讲习班，讲习班由开发署与妇女署联合举办。", zh=True)
    assert {("org/undp", "state/MNG", "Reported"), ("org/unwomen", "state/MNG", "Reported")} <= got


def test_the_people_of_a_body_who_received_training_a_year_before_the_verb_were_helped():
    got = _assists("肯尼亚国家人权委员会的 18 名工作人员 2104 年接受了开发署提供的调查技能培训。", zh=True)
    assert ("org/undp", "org/knchr", "Reported") in got


def test_years_after_2099_are_years():
    got = _assists("塞内加尔的 40 名狱警 2112 年接受了开发署提供的培训。", zh=True)
    assert ("org/undp", "state/SEN", "Reported") in got


# who paid, told after


def test_a_clause_that_is_only_the_costs_of_the_visit_takes_its_payer_after_the_comma():
    got = _assists("2101 年，赞比亚人权委员会的三名委员赴内罗毕，参加了肯尼亚国家人权委员会组织的考察访问。"
                   "考察团的差旅和住宿开销，均由联合国人权领域技术合作自愿基金报销。", zh=True)
    assert ("org/knchr", "org/hrc-zambia", "Reported") in got
    assert ("org/vf-tc", "org/hrc-zambia", "Reported") in got


def test_who_paid_for_a_course_no_one_was_said_to_hold_helped_those_who_took_part():
    got = _assists("摩洛哥的 12 名法官在马德里接受了在职培训。培训费用由西班牙司法部支付。", zh=True)
    assert ("state/ESP", "state/MAR", "Reported") in got


def test_the_payer_in_the_same_sentence_of_a_course_no_one_was_said_to_hold():
    got = _assists("摩洛哥的 12 名法官在马德里接受了在职培训，培训费用由西班牙外交部支付。", zh=True)
    assert ("state/ESP", "state/MAR", "Reported") in got


def test_a_state_that_lent_a_lecturer_to_a_course_named_before_helped_its_trainees():
    got = _assists("开发署于 2098 年在雅温得为乍得检察官开办了一期反腐败培训。法国为这期培训派出了一名讲员。", zh=True)
    assert ("org/undp", "state/TCD", "Reported") in got
    assert ("state/FRA", "state/TCD", "Reported") in got


def test_funding_stated_as_backing_in_money_names_the_funder():
    got = _assists("世卫组织报告，在挪威出资支持下，它为马拉维卫生部编写了一份患者权利指南。", zh=True)
    assert ("state/NOR", "state/MWI", "Reported") in got
    assert ("org/who", "state/MWI", "Reported") in got
    assert ("org/who", "state/NOR", "Reported") not in got


def test_courses_that_received_money_are_the_activity_not_the_speaker_s_body():
    got = _assists("国际法学家委员会的代表介绍，这个组织 2102 年在突尼斯和摩洛哥为律师举办了培训，这些培训得到了欧洲联盟的资助。", zh=True)
    assert {("org/icj-jurists", "state/TUN", "Reported"), ("org/icj-jurists", "state/MAR", "Reported")} <= got
    assert ("org/eu", "state/TUN", "Reported") in got
    assert ("org/eu", "org/icj-jurists", "Reported") not in got


# names


def test_the_balkan_egyptians_are_no_state():
    got = _mentions("开发署为科索沃的罗姆人和埃及人社区开设了法律咨询点。", zh=True)
    assert not any(e == "state/EGY" for _s, e in got)
    got_en = _mentions("UNDP opened legal aid desks for Roma and Egyptian communities in the north.")
    assert not any(e == "state/EGY" for _s, e in got_en)


def test_this_organisation_refers_back_to_the_one_named_before():
    got = _mentions("国际特赦组织的代表说，这个组织 2100 年在加纳培训了 20 名记者。", zh=True)
    assert ("这个组织", "org/amnesty") in got


def test_a_ministry_whose_long_name_ends_with_its_state_is_that_state_s():
    got = _facts("Kenya adopted a plan in 2099.",
                 "In 2101 the Ministry of Women, Youth, Sports and Family Affairs of Vanuatu requested the support of UNDP "
                 "for a survey on family violence.")
    assert ("state/VUT", "requests", "org/undp", "Reported") in got
    assert not any(s == "state/KEN" and p == "requests" for s, p, _o, _m in got)


# what was given


def test_equipment_installed_for_a_state_s_hospitals_helps_that_state():
    got = _assists("瑞典说，瑞典开发署与儿基会一道，为也门西部 9 家医院安装了太阳能供电设备。", zh=True)
    assert {("state/SWE", "state/YEM", "Reported"), ("org/unicef", "state/YEM", "Reported")} <= got


def test_an_offer_answered_that_it_is_not_needed_for_now_was_not_given():
    got = _assists("芬兰曾提出为纳米比亚选举委员会的工作人员提供数据保护培训，纳米比亚方面复函表示暂不需要。", zh=True)
    assert ("state/FIN", "state/NAM", "Negated") in got
    assert ("state/FIN", "state/NAM", "Planned") not in got


def test_a_prosecutor_seconded_to_a_state_s_office_helps_that_state():
    got = _assists("In 2104 Norway seconded a senior prosecutor to the Attorney General's Office of Malawi for a year "
                   "to advise on corruption cases.")
    assert ("state/NOR", "state/MWI", "Reported") in got


def test_the_help_a_body_had_given_two_states_is_help_to_both():
    got = _assists("The Deputy High Commissioner recalled the help the Office had given Ghana and Togo in drafting "
                   "their reports.")
    assert {("org/ohchr", "state/GHA", "Reported"), ("org/ohchr", "state/TGO", "Reported")} <= got


def test_a_state_named_as_the_sentence_s_topic_is_where_the_course_was_given():
    got = _assists("马拉维方面，2103 年 5 月，开发署与人权高专办联合举办了监狱医务人员培训，学员是监狱管理部门的 30 名看守。",
                   zh=True)
    assert {("org/undp", "state/MWI", "Reported"), ("org/ohchr", "state/MWI", "Reported")} <= got


def test_travel_and_board_of_two_courses_paid_by_a_ministry_names_its_state():
    got = _assists("2104 年 3 月，赞比亚警察总署的 40 名警官在挪威警察大学接受了培训。两期培训的旅费和食宿费用均由挪威外交部支付。",
                   zh=True)
    assert ("state/NOR", "state/ZMB", "Reported") in got


def test_the_travel_of_another_state_s_delegate_pays_for_no_one_else_s_course():
    got = _assists("人权高专办为柬埔寨官员举办了讲习班，泰国代表的差旅费用由韩国承担。", zh=True)
    assert ("state/KOR", "state/KHM", "Reported") not in got


def test_replies_sent_one_after_another_are_submissions_and_letters_to_prepare_the_report_are_sent():
    got = _facts("2105 年 3 月，人权高专办为准备本报告致函芬兰、肯尼亚和秘鲁三国常驻日内瓦代表团，请其介绍有关项目。"
                 "芬兰和肯尼亚先后作了答复。", zh=True)
    assert ("org/ohchr", "requests", "state/PER", "Reported") in got
    assert {("state/FIN", "submittedInputTo", "@report", "Reported"),
            ("state/KEN", "submittedInputTo", "@report", "Reported")} <= got


def test_a_state_s_international_development_agency_is_that_state_not_undp():
    got = _mentions("瑞典国际开发署为肯尼亚的监狱改革提供了资助。", zh=True)
    assert ("瑞典国际开发署", "state/SWE") in got
    assert not any(e == "org/undp" for _s, e in got)


def test_a_list_of_a_donor_s_contributions_names_each_recipient_before_its_amount():
    rec = _extract("挪威 2104 年的捐款包括：联合国人权领域技术合作自愿基金 300 万挪威克朗，人权高专办 120 万挪威克朗。", zh=True)
    got = {(c.contributor, c.recipient, c.amount, c.currency) for c in rec.contributions}
    assert ("state/NOR", "org/vf-tc", "3000000", "NOK") in got
    assert ("state/NOR", "org/ohchr", "1200000", "NOK") in got


def test_the_same_ministry_is_the_one_of_the_state_that_owns_it_not_the_donor_named_since():
    got = _facts("Acting on a request from Georgia's Ministry of Justice, Estonia seconded two specialists to the "
                 "working group that redrafted the law. The same Ministry had asked UNDP for an opinion on the draft.")
    assert ("state/GEO", "requests", "org/undp", "Reported") in got
    assert ("state/EST", "requests", "org/undp", "Reported") not in got


def test_a_reply_list_goes_on_past_a_replier_with_no_name_of_its_own():
    got = _facts("Replies were received from Estonia and Latvia; from the Estonian Chancellor of Justice and the Human "
                 "Rights Defender of the Republic of Armenia; from UNESCO and UNDP; and from the Committee to Protect "
                 "Journalists.")
    subs = {s for s, p, _o, _m in got if p == "submittedInputTo"}
    assert {"state/EST", "state/LVA", "org/hrd-armenia", "org/unesco", "org/undp", "org/cpj"} <= subs


def test_a_government_that_would_not_take_part_in_the_exercise_sent_nothing():
    got = _facts("Replies were received from Estonia and Latvia. The Government of Georgia informed the Office that it "
                 "would not take part in the exercise.")
    assert ("state/GEO", "submittedInputTo", "@report", "Negated") in got


def test_a_state_that_funds_an_adviser_s_post_helps_those_the_adviser_assists():
    got = _assists("Since May 2103 a human rights adviser deployed by OHCHR, whose post Ireland funds, has been assisting "
                   "the Ministry of Justice of Malawi with the revision of the Penal Code.")
    assert {("org/ohchr", "state/MWI", "Reported"), ("state/IRL", "state/MWI", "Reported")} <= got


def test_officials_of_two_organs_joined_before_their_state_are_that_state_s():
    got = _assists("In Jordan the cooperation has dealt with detention. With funds from Italy, UNHCR held three workshops "
                   "in Amman in 2104 for 60 officials of the General Directorate of Residence and of the Ministry of "
                   "Social Development of Jordan.")
    assert {("org/unhcr", "state/JOR", "Reported"), ("state/ITA", "state/JOR", "Reported")} <= got
    assert not any(o == "state/ITA" for _s, o, _m in got)


def test_people_who_made_a_study_visit_that_a_body_organized_were_helped_by_it():
    got = _assists("Six judges of Georgia made a study visit in June 2106 to the courts of Vilnius, which the Council "
                   "of Europe organized in cooperation with Lithuania.")
    assert {("org/coe", "state/GEO", "Reported"), ("state/LTU", "state/GEO", "Reported")} <= got


def test_a_seminar_attended_after_a_month_and_year_and_organized_with_a_grant_by_a_body():
    got = _assists("Prosecutors from Moldova who handle hate crimes took part in April 2107 in a seminar on the "
                   "judgments that the European Court of Human Rights has delivered on hate speech, which the Council "
                   "of Europe organized in Strasbourg with a grant from Austria.")
    assert {("org/coe", "state/MDA", "Reported"), ("state/AUT", "state/MDA", "Reported")} <= got
    assert ("org/ecthr", "state/MDA", "Reported") not in got
    assert ("state/AUT", "org/coe", "Reported") not in got


def test_staff_of_its_ministry_are_the_people_of_the_state_named_before():
    got = _assists("Lebanon said that it needed sustained support. Staff of its Ministry of Labour had received training "
                   "in labour inspection in 2105 from ILO and from Cyprus.")
    assert {("org/ilo", "state/LBN", "Reported"), ("state/CYP", "state/LBN", "Reported")} <= got


def test_an_offer_never_answered_was_not_given():
    got = _assists("比利时曾提出为布隆迪最高法院的法官提供培训，布隆迪方面一直没有答复。", zh=True)
    assert ("state/BEL", "state/BDI", "Negated") in got


def test_help_from_a_state_s_development_agency_listed_after_undp_is_that_state_s():
    got = _assists("吉布提的选民登记改革先后得到了联合国开发计划署(开发署)和比利时开发署的支持。", zh=True)
    assert {("org/undp", "state/DJI", "Reported"), ("state/BEL", "state/DJI", "Reported")} <= got
    assert ("state/BEL", "org/undp", "Reported") not in got


def test_the_travel_of_experts_sent_to_help_is_paid_for_the_help_not_for_the_sender():
    got = _assists("智利政府派出两名曾参与开发本国同类系统的专家赴金斯敦，协助牙买加完成数据库的设计；两名专家的旅费由联合国南南合作办公室承担。",
                   zh=True)
    assert ("state/CHL", "state/JAM", "Reported") in got
    assert ("org/unossc", "state/JAM", "Reported") in got
    assert ("org/unossc", "state/CHL", "Reported") not in got


def test_activities_named_again_whose_funds_a_body_provided_after_a_comma():
    got = _assists("儿基会和人口基金共同协助马拉维性别平等部起草了家庭暴力法的实施条例。这些活动是在一项联合方案框架内开展的，经费由欧盟提供。",
                   zh=True)
    assert ("org/eu", "state/MWI", "Reported") in got


def test_staff_of_a_body_set_off_by_an_apposition_were_received_by_their_host():
    got = _assists("Staff of the Public Defender of Georgia, the institution that monitors places of detention, spent "
                   "three weeks in 2106 with the Danish Institute for Human Rights in Copenhagen on a study visit.")
    assert ("org/dihr", "org/public-defender-georgia", "Reported") in got


def test_a_request_addressed_by_one_state_to_another_and_declined():
    got = _facts("A further request, addressed by Tunisia to Italy, for the secondment of a prison inspector to the "
                 "Ministry of Justice was declined by Italy for want of a French-speaking inspector.")
    assert ("state/TUN", "requests", "state/ITA", "Reported") in got
    assert ("state/ITA", "assists", "state/TUN", "Negated") in got


def test_the_last_word_of_a_non_governmental_union_s_name_refers_back_to_it_and_not_to_a_regional_union():
    got = _assists("国际残疾人联盟的代表介绍，联盟 2105 年在乌干达和尼泊尔为残疾人组织的领导人举办了倡导能力培训，相关开支由欧洲联盟负担。",
                   zh=True)
    assert {("org/ida-disability", "state/UGA", "Reported"), ("org/eu", "state/UGA", "Reported")} <= got
    regional = _mentions("非洲联盟的代表说，联盟支持这项工作。", zh=True)
    assert ("联盟", "org/au") not in regional


def test_funds_for_a_planned_course_are_planned_help_too():
    got = _assists("国际法学家委员会表示，它将于 2106 年为秘鲁和玻利维亚的检察官举办一期讲习班，所需经费由欧洲联盟提供。", zh=True)
    assert {("org/eu", "state/PER", "Planned"), ("org/eu", "state/BOL", "Planned")} <= got
    assert ("org/eu", "state/PER", "Reported") not in got
