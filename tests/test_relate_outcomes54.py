"""The fifty-fourth session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, extract, facts as _facts, mentions as _mentions


def _stances(*paragraphs: str, zh: bool = False) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in extract(*paragraphs, zh=zh).stances}


# stances: what a cue word means in its phrase


def test_an_irreplaceable_role_is_praise_not_a_refusal_to_replace():
    got = _stances("加纳指出，在改善农村妇女的生计方面，发展权发挥着不可替代的作用。", zh=True)
    assert got == {("state/GHA", "concept/right-to-development", "Supportive")}


def test_challenges_a_concept_helps_meet_and_damage_a_place_suffered_judge_nothing():
    got = _stances("斐济认为，以发展权为基础的合作能够帮助岛国应对海平面上升带来的种种挑战。"
                   "汤加强调，发展权对遭受地震破坏的村庄具有特殊意义。", zh=True)
    assert got == {("state/FJI", "concept/right-to-development", "Supportive"),
                   ("state/TON", "concept/right-to-development", "Supportive")}


def test_not_an_empty_slogan_and_an_inalienable_right_are_support():
    got = _stances("秘鲁认为，发展权并非一句空洞的口号。智利重申，发展权是任何人都不可被剥夺的权利。", zh=True)
    assert got == {("state/PER", "concept/right-to-development", "Supportive"),
                   ("state/CHL", "concept/right-to-development", "Supportive")}


def test_a_caveat_after_but_that_needs_no_verb_of_saying_keeps_the_support():
    got = _stances("瑞典表示支持发展权，但认为发展权不能成为推迟保障公民权利的理由。"
                   "丹麦认为发展权对于消除贫困十分重要，但发展权不能被用作限制言论自由的借口。", zh=True)
    assert got == {("state/SWE", "concept/right-to-development", "Supportive"),
                   ("state/DNK", "concept/right-to-development", "Supportive")}


def test_what_a_right_requires_is_invoked_in_its_support_unless_a_condition_sets_it_up():
    got = _stances("蒙古认为，发展权要求各国让牧民参与土地政策的制定。", zh=True)
    assert got == {("state/MNG", "concept/right-to-development", "Supportive")}
    assert not _stances("古巴问道，如果互利合作意味着双方都获益，那么捐助方得到了什么？", zh=True) & {
        ("state/CUB", "concept/mutually-beneficial-cooperation", "Supportive")}


def test_without_the_right_nothing_else_can_be_had():
    got = _stances("玻利维亚认为，离开了发展权，土著人民的其他权利便无从谈起。", zh=True)
    assert got == {("state/BOL", "concept/right-to-development", "Supportive")}


def test_advocating_win_win_and_spreading_it_are_support():
    got = _stances("越南代表说，越南主张各国通过合作共赢应对气候变化。印度尼西亚主张在区域合作中推广“共赢合作”。", zh=True)
    assert got == {("state/VNM", "concept/win-win-cooperation", "Supportive"),
                   ("state/IDN", "concept/win-win-cooperation", "Supportive")}


def test_too_often_invoked_is_criticism_and_reinforcing_each_other_is_support():
    got = _stances("Oxfam said that mutually beneficial cooperation was too often invoked to shield donors from scrutiny. "
                   "Ghana stressed that the right to development and good governance reinforce each other.")
    assert got == {("org/oxfam", "concept/mutually-beneficial-cooperation", "Critical"),
                   ("state/GHA", "concept/right-to-development", "Supportive")}


def test_gave_no_opinion_before_a_relative_clause_of_another_actor():
    got = _stances("Chad gave no opinion on win-win cooperation, about which the Office had asked every Government.")
    assert got == {("state/TCD", "concept/win-win-cooperation", "NotQuestioned")}


def test_its_delegate_holds_the_view_of_the_state_named_before():
    got = _stances("Peru had asked UNDP for help with its census in 2104. Its delegate spoke in favour of the right to "
                   "development.")
    assert got == {("state/PER", "concept/right-to-development", "Supportive")}


def test_endorsing_the_view_before_and_adding_a_concept_takes_up_both():
    got = _stances("Chile described its exchanges with Peru as mutually beneficial cooperation. Bolivia endorsed that "
                   "view and added that the exchanges should serve the right to development.")
    assert ("state/BOL", "concept/mutually-beneficial-cooperation", "Supportive") in got
    assert ("state/BOL", "concept/right-to-development", "Supportive") in got


# names


def test_the_opening_words_of_a_name_stand_for_the_body_named_in_full_before():
    got = _mentions("Replies came from the National Council for Human Rights of Egypt and from Norway. The National "
                    "Council found the notion of win-win cooperation unclear.")
    assert ("National Council", "org/ncfhr-egypt") in got
    assert ("National Council", "state/NOR") not in got


def test_a_short_name_with_the_article_in_brackets_is_the_reports_own_name():
    got = _mentions("The Council set up the Universal Periodic Review Voluntary Trust Fund to Facilitate the "
                    "Participation of Developing Countries (the Participation Fund) in 2007. In 2104 the Participation "
                    "Fund paid the travel of the delegate of Haiti.")
    assert ("Participation Fund", "org/upr-vf-participation") in got


# assistance


def test_a_visit_hosted_by_a_body_a_clause_names_helped_the_visitors():
    got = _assists("2104 年 5 月，老挝司法部派出一个六人代表团赴河内，考察越南的法律援助制度，接待和日程安排均由越南司法部负责。"
                   "代表团往返的国际机票由开发署出资购买。", zh=True)
    assert got == {("state/VNM", "state/LAO", "Reported"), ("org/undp", "state/LAO", "Reported")}


def test_the_fares_of_this_batch_of_trainees_were_paid_by_a_third_body():
    got = _assists("蒙古司法部的 15 名法官 2104 年在首尔参加了韩国大法院举办的培训。这批学员的往返机票由亚洲开发银行支付。",
                   zh=True)
    assert ("org/adb", "state/MNG", "Reported") in got


def test_the_partner_of_a_first_act_acts_jointly_in_the_next():
    got = _assists("人权高专办乌干达办事处与肯尼亚国家人权委员会合作编写了一本监狱监察手册，并于 2104 年在坎帕拉联合为 30 名乌干达狱警举办了培训。",
                   zh=True)
    assert ("org/ohchr-uganda", "state/UGA", "Reported") in got
    assert ("org/knchr", "state/UGA", "Reported") in got


def test_experts_sent_for_the_work_named_before_helped_its_recipient():
    got = _assists("泰国卫生部与世卫组织合作，于 2104 年协助老挝卫生部制定了一项精神卫生战略。国际助老会为这一工作派出了一名专家。",
                   zh=True)
    assert ("org/helpage-international", "state/LAO", "Reported") in got


def test_their_air_fares_met_by_a_fund_helped_those_the_course_was_for():
    got = _assists("Twenty judges from Malawi took a course in Lusaka in 2104, taught by judges of the Supreme Court of "
                   "Zambia. Their air fares and lodging were met by UNDP.")
    assert ("org/undp", "state/MWI", "Reported") in got


def test_bodies_that_organized_the_visit_or_paid_the_airfares_helped_the_visitors():
    got = _assists("Six officials of the Ministry of Justice of Chad went to Dakar in 2104 to see how Senegal runs its "
                   "legal aid offices. The Government of Senegal hosted the delegation, UNDP organized the visit and "
                   "Switzerland paid the airfares.")
    assert got == {("state/SEN", "state/TCD", "Reported"), ("org/undp", "state/TCD", "Reported"),
                   ("state/CHE", "state/TCD", "Reported")}


def test_the_cost_of_the_participants_from_one_state_helped_that_state_only():
    got = _assists("In 2104 UNICEF held a course in Dakar for officials of Mali, Senegal and Guinea-Bissau; Portugal bore "
                   "the cost of interpretation for the participants from Guinea-Bissau.")
    assert ("state/PRT", "state/GNB", "Reported") in got
    assert ("state/PRT", "state/MLI", "Reported") not in got


# modality: a list of recommendations opened by the noun


def test_a_list_the_noun_recommendations_opens_is_recommended():
    got = _facts("秘书长的建议如下：(a) 人权高专办同非洲联盟委员会加强协调；(b) 马拉维请人权高专办就国家人权行动计划提供咨询。", zh=True)
    assert ("state/MWI", "requests", "org/ohchr", "Recommended") in got
    assert ("org/ohchr", "assists", "state/MWI", "Recommended") in got
    assert not any(f[3] == "Reported" for f in got)


def test_recommendations_that_included_a_list_are_recommended_and_the_noun_alone_is_no_modal():
    got = _facts("The recommendations made at the seminar included: (a) that UNDP assist Zambia in drafting its "
                 "disability bill; (b) that Zambia request OHCHR to train its labour inspectors.")
    assert ("org/undp", "assists", "state/ZMB", "Recommended") in got
    assert ("state/ZMB", "requests", "org/ohchr", "Recommended") in got
    got = _facts("The recommendations of the Special Rapporteur were welcomed by Zambia. UNDP trained judges of Zambia "
                 "in 2104.")
    assert ("org/undp", "assists", "state/ZMB", "Reported") in got


# replies and promises


def test_answers_that_reached_the_group_and_a_joint_reply_in_a_list_and_no_answer_sent():
    got = {(f[0], f[3]) for f in _facts(
        "The Office sent the questionnaire on 2 May 2104. Answers reached the group from the Governments of Fiji and "
        "Samoa, and, in one joint reply, from Tonga and Tuvalu; from UNDP; and from Oxfam. Nauru acknowledged the "
        "questionnaire but sent no answer.") if f[1] == "submittedInputTo"}
    assert got == {("state/FJI", "Reported"), ("state/WSM", "Reported"), ("state/TON", "Reported"),
                   ("state/TUV", "Reported"), ("org/undp", "Reported"), ("org/oxfam", "Reported"),
                   ("state/NRU", "Negated")}


def test_help_a_body_has_consented_to_give_is_planned():
    got = _assists("尼日尔政府请开发署协助修订《刑法》，开发署已应允在 2105 年派一名顾问参与这项工作。", zh=True)
    assert got == {("org/undp", "state/NER", "Planned")}


def test_a_participle_of_asking_set_off_by_commas_names_who_asked():
    got = _facts("Asked by the Government of Ghana, UNDP and UNICEF assessed in 2104 the needs of the family courts of "
                 "Ghana.")
    assert {("state/GHA", "requests", "org/undp", "Reported"), ("org/undp", "assists", "state/GHA", "Reported"),
            ("org/unicef", "assists", "state/GHA", "Reported")} <= got
    got = _facts("UNODC, asked by the Ministry of Justice of Ghana, reviewed in 2104 a draft bill on plea bargaining.")
    assert {("state/GHA", "requests", "org/unodc", "Reported"), ("org/unodc", "assists", "state/GHA", "Reported")} <= got
    got = _facts("The Government of Ghana was asked by OHCHR to send information on its prisons.")
    assert ("state/GHA", "requests", "org/ohchr", "Reported") not in got  # (a passive: OHCHR did the asking)


def test_inspectors_sent_to_a_state_to_advise_helped_it_but_officials_sent_to_learn_did_not():
    assert _assists("Croatia will send two school inspectors to Montenegro in 2105 to advise on inclusive schooling."
                    ) == {("state/HRV", "state/MNE", "Planned")}
    assert ("state/TCD", "state/SEN", "Reported") not in _assists(
        "Chad sent three officials to Senegal in 2104 for a study visit on legal aid.")


def test_a_body_of_the_host_state_that_hosted_the_visit_and_a_fund_that_covered_its_cost():
    got = _assists("Four members of Parliament of Samoa went to Suva in 2104 to see how the Fiji Human Rights and "
                   "Anti-Discrimination Commission deals with complaints. The Commission hosted the visit, and the "
                   "Voluntary Fund for Technical Cooperation covered its cost.")
    assert {("org/fhradc", "state/WSM", "Reported"), ("org/vf-tc", "state/WSM", "Reported")} <= got


def test_a_report_prepared_at_a_workshop_another_body_held_was_help_from_that_body():
    got = _assists("The national mechanism of Fiji prepared its periodic report at a drafting workshop that UNDP held in "
                   "Suva in 2104.")
    assert got == {("org/undp", "state/FJI", "Reported")}


def test_hosted_by_a_body_after_the_visit_and_those_who_hosted_them_and_the_whole_cost_of_the_group():
    got = _assists("2104 年 3 月，马里内政部的 10 名户籍官员赴达喀尔考察出生登记，由塞内加尔内政部负责接待和讲解。考察团的全部开支由儿基会承担。",
                   zh=True)
    assert got == {("state/SEN", "state/MLI", "Reported"), ("org/unicef", "state/MLI", "Reported")}
    got = _assists("蒙古司法部的五名工作人员于 2104 年 6 月赴首尔考察少年司法，接待他们的是大韩民国司法部。", zh=True)
    assert got == {("state/KOR", "state/MNG", "Reported")}


def test_taught_by_a_cleft_and_the_fares_of_the_trainees_to_a_place():
    got = _assists("来自马拉维司法部的 20 名警官于 2104 年在卢萨卡接受了为期两周的侦查训练，授课的是开发署派出的三名专家。"
                   "学员往返卢萨卡的机票和食宿费用，后来由儿基会全额报销。", zh=True)
    assert got == {("org/undp", "state/MWI", "Reported"), ("org/unicef", "state/MWI", "Reported")}


def test_stances_of_aptness_and_of_avoiding_a_term():
    assert _stances("多哥代表表示，用“共赢合作”来形容两国的关系是恰当的。加纳认为，用“共赢合作”描述双边援助并不恰当。", zh=True) == {
        ("state/TGO", "concept/win-win-cooperation", "Supportive"), ("state/GHA", "concept/win-win-cooperation", "Critical")}
    assert _stances("欧洲联盟欢迎基金取得的成果，但主张基金的工作准则不要采用“人权方面的命运共同体”的说法。", zh=True) == {
        ("org/eu", "concept/community-of-shared-future", "Critical")}
    assert _stances("Benin thought the exchanges well described as win-win cooperation.") == {
        ("state/BEN", "concept/win-win-cooperation", "Supportive")}


def test_a_fronted_topic_clause_with_words_before_the_concept_is_the_holders_topic():
    got = _stances("欧洲委员会在答复中介绍了其标准。对于在国际文件中使用“互利合作”一类提法，欧洲委员会持保留态度，认为这类提法缺乏明确界定。",
                   zh=True)
    assert got == {("org/coe", "concept/mutually-beneficial-cooperation", "Sceptical")}


def test_a_guideline_to_follow_and_the_right_direction_are_support():
    got = _stances("中国认为，互利合作是人权技术合作应当遵循的方向，合作共赢应当成为各国开展合作的基本遵循。", zh=True)
    assert got == {("state/CHN", "concept/mutually-beneficial-cooperation", "Supportive"),
                   ("state/CHN", "concept/win-win-cooperation", "Supportive")}


def test_a_ministry_named_by_its_states_adjective_is_that_state():
    got = _assists("Officials from Jordan had attended a course on patients' rights that the Israeli Ministry of Health "
                   "gave in Haifa in 2104.")
    assert got == {("state/ISR", "state/JOR", "Reported")}


def test_people_who_took_part_under_a_programme_of_a_body_were_helped_by_it():
    got = _assists("Three officials from Benin and the Comoros followed a course in Geneva in 2104 under a programme of "
                   "UNITAR.")
    assert got == {("org/unitar", "state/BEN", "Reported"), ("org/unitar", "state/COM", "Reported")}


def test_partners_joined_across_an_adjunct_clause_before_the_joint_verb():
    got = _facts("人权高专办乍得办事处与开发署在欧盟的资助下，共同为乍得的 40 名法官举办了培训。", zh=True)
    assert {("org/ohchr-chad", "partnersWith", "org/undp", "Reported"), ("org/undp", "assists", "state/TCD", "Reported")} <= got
    got = _facts("人权高专办和毒罪办应乍得政府请求，共同审阅了乍得刑法的修订草案。", zh=True)
    assert ("org/ohchr", "partnersWith", "org/unodc", "Reported") in got


def test_submissions_sent_to_the_office_and_a_submission_that_speaks():
    got = {f[0] for f in _facts("讨论结束后，加纳、多哥和国际明爱把书面意见寄给了人权高专办。乐施会虽未收到邀请，也主动寄来了一份简短的说明。",
                                zh=True) if f[1] == "submittedInputTo"}
    assert got == {"state/GHA", "state/TGO", "org/caritas"}  # (the subject of the concession is not read: left)
    got = {f[0] for f in _facts("马里政府请人权高专办审查其法律草案。人权高专办于 2104 年 4 月送交了书面评论。", zh=True)
           if f[1] == "submittedInputTo"}
    assert got == set()  # comments on a draft, asked for: help, no input to the report
    got = {f[0] for f in _facts("儿基会的材料则认为，“共赢合作”这一说法并不清楚。开发署的答复对这一提法未加评论。", zh=True)
           if f[1] == "submittedInputTo"}
    assert got == {"org/unicef", "org/undp"}


def test_information_supplied_by_governments_in_a_list_and_summaries_and_notes_sent():
    got = {f[0] for f in _facts("This report is based on information supplied by the Government of Chile; by the "
                                "Governments of Peru, Bolivia and Ecuador; by UNDP and UNICEF; and by the OHCHR Country "
                                "Office in Colombia.") if f[1] == "submittedInputTo"}
    assert got == {"state/CHL", "state/PER", "state/BOL", "state/ECU", "org/undp", "org/unicef", "org/ohchr-colombia"}
    got = {f[0] for f in _facts("UNDP also provided a summary of the findings of its latest assessment. UNICEF "
                                "contributed an account of the workshops it has held. Oxfam also sent a note for the "
                                "report on its shelters.") if f[1] == "submittedInputTo"}
    assert got == {"org/undp", "org/unicef", "org/oxfam"}


def test_english_doubts_after_but_and_criticism_of_what_a_term_hides():
    assert _stances("Ghana found mutually beneficial cooperation a useful principle, but one whose meaning had never "
                    "been clearly defined.") == {("state/GHA", "concept/mutually-beneficial-cooperation", "Sceptical")}
    assert _stances("Chile regarded the right to development as a helpful frame, but added that the notion lacked a "
                    "definition that courts could apply.") == {("state/CHL", "concept/right-to-development", "Sceptical")}
    assert _stances("Oxfam considered that win-win language hid real conflicts of interest. Denmark considered "
                    "mutually beneficial cooperation a slogan that obscured the imbalance of power.") == {
        ("org/oxfam", "concept/win-win-cooperation", "Critical"),
        ("state/DNK", "concept/mutually-beneficial-cooperation", "Critical")}
    assert _stances("Fiji cautioned that the term win-win cooperation was open to too many readings and should be kept "
                    "out of regional texts.") == {("state/FJI", "concept/win-win-cooperation", "Critical")}


def test_no_answer_that_came_from_a_state_is_no_submission_of_it():
    got = {(f[0], f[3]) for f in _facts("Written information was received from Chile and UNDP. No answer had come from "
                                        "the Government of Peru when the report was finalized.")
           if f[1] == "submittedInputTo"}
    assert got == {("state/CHL", "Reported"), ("org/undp", "Reported"), ("state/PER", "Negated")}


def test_a_reply_that_only_described_its_own_work_takes_no_position_on_the_concepts_above():
    got = _stances("蒙古认为，互利合作对双方都有益处。开发署在答复中主要介绍了其治理工作，对上述概念未作表态。"
                   "儿基会的报告对上述概念未作评论。", zh=True)
    assert ("org/undp", "concept/mutually-beneficial-cooperation", "NotQuestioned") not in got
    assert ("org/unicef", "concept/mutually-beneficial-cooperation", "NotQuestioned") in got


def test_no_one_has_said_what_it_means_is_doubt():
    got = _stances("智利国家人权研究所在呈件中介绍了其工作。该研究所指出，“互利合作”一词反复出现，却始终没有人说明它对受援方究竟意味着什么。",
                   zh=True)
    assert got == {("org/indh-chile", "concept/mutually-beneficial-cooperation", "Sceptical")}
