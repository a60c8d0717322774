"""The sixtieth session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import facts as _facts


def _assists(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "assists"}


# Y 收到了 X 提供的 <goods>: the things given, the last of a short list


def test_goods_received_from_a_giver_are_its_help():
    got = _assists("莱索托收到了儿基会提供的发电机、净水片和救灾物资。", zh=True)
    assert ("org/unicef", "state/LSO") in got


def test_a_shelter_of_a_state_that_received_goods_stands_for_the_state():
    got = _assists("博茨瓦纳的妇女庇护所得到了人口基金提供的医疗用品。", zh=True)
    assert ("org/unfpa", "state/BWA") in got


def test_information_received_is_no_help():
    got = _assists("莱索托收到了儿基会提供的资料和统计数字。", zh=True)
    assert ("org/unicef", "state/LSO") not in got


# 他们来自 X: the participants' States given after the activity


def test_participants_whose_state_is_told_after_the_workshop_were_helped():
    got = _assists("25 名乡村法官参加了开发署举办的调解讲习班，他们来自斯威士兰的四个地区。", zh=True)
    assert ("org/undp", "state/SWZ") in got


# 到 X 考察; 这次考察由 Y 安排，由 Z 负责接待


def test_a_study_visit_to_a_state_arranged_and_hosted_helps_the_visitors():
    got = _assists("博茨瓦纳和莱索托的 10 名监察员办公室工作人员到南非考察了一周，学习南非人权委员会处理投诉的方法。"
                   "这次考察由人权高专办南部非洲区域办事处安排，由南非人权委员会负责接待，费用由瑞典提供。", zh=True)
    for giver in ("org/ohchr-southern-africa", "org/sahrc", "state/SWE"):
        for taker in ("state/BWA", "state/LSO"):
            assert (giver, taker) in got, (giver, taker)


# 到会学习: came to the meeting to learn


def test_lawmakers_who_came_to_learn_at_a_workshop_were_helped():
    got = _assists("开发署在哈博罗内举办了一次关于人权预算的讲习班，博茨瓦纳和莱索托的议员到会学习。", zh=True)
    assert {("org/undp", "state/BWA"), ("org/undp", "state/LSO")} <= got


# 考察行程由 X 安排；代表团的食宿由 Y 支付 / 整个行程是 X 安排的 / 日本法务省向他们介绍


def test_a_visit_programme_arranged_then_costs_paid_after_a_semicolon_help_the_visitors():
    got = _assists("纳米比亚的 8 名狱政官员赴博茨瓦纳考察，博茨瓦纳监狱署向他们讲解了假释制度。"
                   "考察行程由开发署安排；代表团的机票和食宿由芬兰支付。", zh=True)
    assert {("org/undp", "state/NAM"), ("state/FIN", "state/NAM"), ("state/BWA", "state/NAM")} <= got


def test_a_visit_programme_told_in_a_cleft_names_its_arranger():
    got = _assists("纳米比亚的 8 名狱政官员赴博茨瓦纳考察，博茨瓦纳监狱署向他们讲解了假释制度。整个行程是人权高专办安排的。",
                   zh=True)
    assert ("org/ohchr", "state/NAM") in got


def test_a_cleft_that_names_no_arranging_gives_nothing():
    got = _assists("纳米比亚的 8 名狱政官员赴博茨瓦纳考察，博茨瓦纳监狱署向他们讲解了假释制度。整个行程是人权高专办建议的。",
                   zh=True)
    assert ("org/ohchr", "state/NAM") not in got


def test_a_host_ministry_named_as_a_province_style_office_briefs_the_visitors():
    got = _assists("蒙古的 6 名检察官赴日本考察，由日本法务省向他们介绍了社区矫正的做法。", zh=True)
    assert ("state/JPN", "state/MNG") in got


# an assessment of its services: the State the possessive stands for


def test_an_assessment_of_a_reporting_state_s_own_services_helps_that_state():
    got = _assists("Bhutan reported that UNICEF had conducted an assessment of its juvenile justice system in 2116.")
    assert ("org/unicef", "state/BTN") in got


def test_paying_for_an_assessment_of_its_prisons_helps_the_reporting_state():
    got = _assists("Nepal reported that Norway had paid for a needs assessment of its prisons, carried out by UNODC.")
    assert ("state/NOR", "state/NPL") in got


def test_an_evaluation_of_its_own_programmes_helps_no_state():
    got = _assists("Nepal said that UNDP had carried out an evaluation of its own programmes.")
    assert ("org/undp", "state/NPL") not in got


# 办了: a course held, in the short verb (not read inside 举办了)


def test_a_course_held_with_the_short_verb_helps_the_state_it_is_set_in():
    got = _assists("在马拉维，开发署为利隆圭的 40 名狱警办了两期培训班，费用由挪威承担。", zh=True)
    assert {("org/undp", "state/MWI"), ("state/NOR", "state/MWI")} <= got


def test_the_short_verb_inside_the_long_one_still_reads_the_long_one():
    got = _assists("开发署为马拉维的狱警举办了培训。", zh=True)
    assert ("org/undp", "state/MWI") in got


# 运营 … 项目: a project run in a State


def test_a_project_operated_in_a_state_helps_it():
    got = _assists("乐施会在答复中说，它在马拉维的两个区运营孕产妇保健项目。", zh=True)
    assert ("org/oxfam", "state/MWI") in got


# 介绍会本来安排在…，后因…而取消 / 推迟，至今没有定出新日期


def test_a_briefing_asked_for_then_called_off_was_not_given():
    got = _facts("纳米比亚政府请开发署为议员举办一场介绍会。介绍会本来安排在 2116 年 3 月，后因选举而取消。", zh=True)
    assert ("org/undp", "assists", "state/NAM", "Negated") in got


def test_a_training_put_off_with_no_new_date_fixed_was_not_given():
    got = _facts("南非原定于 2117 年为博茨瓦纳的警察举办培训，但培训被推迟，至今没有定出新日期。", zh=True)
    assert ("state/ZAF", "assists", "state/BWA", "Negated") in got


# Y had financed and run, jointly with Z, …: Y is the subject of both verbs


def test_two_verbs_of_one_subject_keep_it_for_the_joint_partner():
    got = _facts("Albania stated that UNDP had financed and run, jointly with UNICEF, a programme to strengthen its "
                 "juvenile courts.")
    assert ("org/undp", "partnersWith", "org/unicef", "Reported") in got
    assert not any(s == "state/ALB" and p == "partnersWith" for s, p, _o, _m in got)
    assert ("org/unicef", "assists", "state/ALB", "Reported") in got


# six days of training: a duration before the activity noun


def test_people_who_completed_days_of_training_were_helped_by_its_teacher():
    got = _assists("Twelve officials from Samoa and Tonga completed five days of training in Apia in 2117. "
                   "The course was taught by UNDP.")
    assert {("org/undp", "state/WSM"), ("org/undp", "state/TON")} <= got


# X offered …. The Government declined, …: the offer bare-refused


def test_an_offer_declined_with_no_object_was_not_taken_up():
    got = _facts("After the floods, UNICEF offered to deploy a child protection team to Tonga. "
                 "The Government declined, preferring its own services, and no team was deployed.")
    assert ("org/unicef", "assists", "state/TON", "Negated") in got


# judges in 2116 with trainers made available by X: the link governs the year, not X


def test_people_trained_in_a_year_are_not_the_trainers_lender_s():
    got = _assists("Serbia reported that its Judicial Academy had trained 150 judges in 2116 with trainers made "
                   "available by the Council of Europe.")
    assert ("state/SRB", "org/coe") not in got


def test_a_state_s_own_training_run_with_lent_trainers_and_a_financed_project_is_helped_by_both():
    got = _assists("Serbia reported that its Judicial Academy had trained 150 judges in 2116, with trainers made "
                   "available by the Council of Europe, under a project financed by Sweden.")
    assert {("org/coe", "state/SRB"), ("state/SWE", "state/SRB")} <= got


def test_an_office_s_own_seminar_paid_by_a_donor_helps_no_one():
    got = _assists("OHCHR organized a seminar in Geneva with funding from Sweden.")
    assert not got


# 开了: a course given, in the short verb; not 召开了, 公开了


def test_a_course_given_with_the_short_verb_helps_its_takers():
    got = _assists("塞舌尔人权委员会给科摩罗的国家人权机构职员开了投诉处理课程。", zh=True)
    assert ("org/shrc-seychelles", "state/COM") in got


def test_a_meeting_convened_is_not_read_through_the_short_verb():
    got = _assists("开发署为科摩罗议员召开了一次研讨会。", zh=True)
    assert not got


# 与 X 14 个民间社会组织合作: the State's civil society organisations are the partners, not the State


def test_working_with_a_state_s_civil_society_organisations_is_no_partnership_with_the_state():
    got = _facts("乐施会与老挝 9 个民间社会组织合作编写了一份影子报告。", zh=True)
    assert not any(p == "partnersWith" and "state/LAO" in (s, o) for s, p, o, _m in got)


def test_working_with_the_state_itself_is_still_a_partnership():
    got = _facts("开发署与老挝合作编写了一份国家报告。", zh=True)
    assert ("org/undp", "partnersWith", "state/LAO", "Reported") in got


# Her post is financed by Y: the post of the officer named before


def test_an_officer_s_post_financed_by_a_donor_helps_whom_she_advises():
    got = _assists("Since 2116 a human rights officer of OHCHR has been stationed in Bishkek, where she advises the "
                   "Ombudsman of Kyrgyzstan. Her post is financed by Finland.")
    assert ("state/FIN", "org/ombudsman-kyrgyzstan") in got


# learned in 2115 how to …: learning, the year right after the verb


def test_people_who_learned_in_a_year_how_to_do_something_were_taught_by_the_course_s_teacher():
    got = _assists("Prosecutors of Peru and Ecuador learned in 2116 how to question child witnesses. "
                   "The course was taught in Lima by UNICEF; Canada bore its full cost.")
    assert {("org/unicef", "state/PER"), ("org/unicef", "state/ECU"), ("state/CAN", "state/PER")} <= got


# 为 N 名分别来自 A、B 和 C 的…: the people the marker governs came from those States (not the venue's)


def test_people_a_course_was_for_who_came_from_several_states_are_theirs():
    got = _assists("开发署 2117 年在维也纳为 30 名分别来自摩尔多瓦、格鲁吉亚和亚美尼亚的律师开设了培训。", zh=True)
    assert {("org/undp", "state/MDA"), ("org/undp", "state/GEO"), ("org/undp", "state/ARM")} <= got
    assert ("org/undp", "state/AUT") not in got


# A 和 B 的 52 名官员参加了学习 / A 和 B 两国代表的旅费由 F 支付


def test_officials_who_took_part_in_the_learning_were_helped_by_the_workshop_s_holder():
    got = _assists("开发署在苏瓦举办了一次区域讲习班，斐济和汤加两国的 30 名官员参加了学习。", zh=True)
    assert {("org/undp", "state/FJI"), ("org/undp", "state/TON")} <= got


def test_delegates_travel_paid_by_a_fund_is_its_help_to_their_states():
    got = _assists("萨摩亚和汤加两国代表的旅费，是技术合作自愿基金支付的。", zh=True)
    assert {("org/vf-tc", "state/WSM"), ("org/vf-tc", "state/TON")} <= got


def test_a_delegate_s_words_recorded_by_someone_are_no_help():
    got = _assists("萨摩亚代表的发言由秘书处记录。", zh=True)
    assert not got


# …修完了一门课程，授课方是 Y: the teachers named in a clause after the course


def test_the_teacher_named_after_a_course_people_completed_helped_them():
    got = _assists("秘鲁的 25 名监狱看守在利马修完了一门为期两周的课程，授课方是毒品和犯罪问题办公室。"
                   "挪威承担了这门课程的全部开支。", zh=True)
    assert {("org/unodc", "state/PER"), ("state/NOR", "state/PER")} <= got


# 两个办公室: the two offices named in the sentence before


def test_the_two_offices_named_before_gave_the_course_together():
    got = _assists("开发署同欧安组织民主体制和人权办公室签订了谅解备忘录。两个办公室据此在维也纳为 20 名来自摩尔多瓦的记者开设了培训。",
                   zh=True)
    assert {("org/undp", "state/MDA"), ("org/odihr", "state/MDA")} <= got


def test_money_for_a_state_s_help_to_another_is_no_help_to_the_giver():
    got = _assists("Ghana seconded a senior prosecutor to the Special Court for six months, with financing from Latvia.")
    assert ("state/LVA", "state/GHA") not in got


def test_money_for_an_institution_s_coaching_is_no_help_to_the_institution():
    got = _assists("The German Institute for Human Rights said that it had coached the education unit of the National "
                   "Human Rights Commission of Nepal since 2114 with financing from Germany.")
    assert ("state/DEU", "org/dimr") not in got
