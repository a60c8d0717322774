"""The fifty-eighth session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, facts as _facts


def _submitters(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, m) for s, p, _o, m in _facts(*paragraphs, zh=zh) if p == "submittedInputTo"}


def _requests(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "requests"}


# a bare resolution number cited before with its body: that body's, whatever was named since


def test_a_bare_resolution_number_takes_the_body_it_was_cited_with():
    got = _facts("The Expert Mechanism on the Right to Development met under Human Rights Council resolution 801/3 "
                 "and General Assembly resolution 99/12. In resolution 801/3, the Council asked the Expert Mechanism "
                 "on the Right to Development to report on debt relief.")
    assert ("resolution/A/HRC/RES/801/3", "adoptedBy", "org/hrc", "Reported") in got
    assert not any(s == "resolution/A/RES/801/3" for s, _p, _o, _m in got)


def test_a_bare_resolution_number_never_cited_takes_the_last_body():
    got = _facts("The General Assembly adopted resolution 99/12 in 2104. In resolution 99/13, it asked the "
                 "Secretary-General to report.")
    assert ("resolution/A/RES/99/13", "adoptedBy", "org/ga", "Reported") in got


# In resolution N, the Council asked A …, and it asked B …: the resolution asks B too


def test_a_pronoun_in_a_resolution_frame_stands_for_the_resolution():
    got = _requests("In resolution 801/3, the Human Rights Council asked the Secretary-General to report on the "
                    "programme, and it asked the United Nations Development Programme (UNDP) to fund the programme.")
    assert {("resolution/A/HRC/RES/801/3", "org/sg"), ("resolution/A/HRC/RES/801/3", "org/undp")} <= got
    assert ("org/hrc", "org/undp") not in got


# X was requested by Y to …: Y asks X


def test_a_passive_request_names_the_asker_after_by():
    got = _requests("The United Nations Children's Fund (UNICEF) was requested by the General Assembly to "
                    "report on birth registration.")
    assert ("org/ga", "org/unicef") in got


def test_a_passive_request_in_a_resolution_frame_is_the_resolution_s():
    got = _requests("The Human Rights Council adopted resolution 801/4 in 2104. In that resolution, the United "
                    "Nations Children's Fund (UNICEF) was further requested by the Council to assist Peru.")
    assert ("resolution/A/HRC/RES/801/4", "org/unicef") in got


def test_help_requested_by_a_state_is_no_passive_request_of_a_body():
    got = _requests("Training was requested by Peru to prepare its judges.")
    assert not any(o == "state/PER" for _s, o in got)


# a promise to reply, and nothing came: no input


def test_a_promised_reply_that_never_arrived_is_no_input():
    got = _submitters("The Office sent a questionnaire to all States in 2104. Replies came from Peru and Chile. "
                      "Ghana assured the Office that its answers would be sent shortly, but nothing arrived.")
    assert ("state/GHA", "Negated") in got
    assert ("state/GHA", "Reported") not in got


def test_a_body_that_pointed_elsewhere_and_sent_no_reply_gave_no_input():
    got = _submitters("The Office sent a questionnaire to UNICEF and UNDP. UNDP referred the Office to its annual "
                      "report and sent no reply of its own.")
    assert ("org/undp", "Negated") in got


def test_a_reply_followed_by_no_further_comments_stays_a_reply():
    got = _submitters("The Office sent a questionnaire to UNICEF and UNDP. UNDP replied in May 2104 and sent no "
                      "further comments.")
    assert ("org/undp", "Negated") not in got


# an organ named by a common noun and its State: the State


def test_the_customs_administration_of_a_state_is_the_state():
    assert ("org/unctad", "state/GHA", "Reported") in _assists(
        "The United Nations Conference on Trade and Development (UNCTAD) trained the customs administration of "
        "Ghana in 2104.")


def test_a_pronoun_equipping_the_statistical_agency_of_a_state():
    assert ("org/undp", "state/PER", "Reported") in _assists(
        "The United Nations Development Programme (UNDP) reported on its work in 2104. It had also equipped the "
        "statistical agency of Peru with new servers.")


# X, whose officials it had trained: the sentence's subject helped X


def test_whose_people_it_had_trained_is_help_by_the_subject():
    assert ("org/unctad", "state/GHA", "Reported") in _assists(
        "The United Nations Conference on Trade and Development (UNCTAD) gave an account of its cooperation with "
        "Ghana, whose tax officials it had trained in 2104.")


def test_whose_people_another_body_had_trained_is_not_the_subject_s_help():
    got = _assists("UNDP gave an account of its cooperation with Ghana, whose judges UNICEF had trained.")
    assert ("org/undp", "state/GHA", "Reported") not in got


# observations given on a State's bill: help to that State


def test_written_observations_sent_on_a_bill_of_a_state_help_the_state():
    assert ("org/icj-jurists", "state/PER", "Reported") in _assists(
        "The International Commission of Jurists sent written observations in 2104 on a bill of Peru on "
        "public procurement.")


def test_observations_on_a_report_are_no_help():
    got = _assists("The International Commission of Jurists sent written observations on the annual report "
                          "of the Office.")
    assert got == set()


# whom Y had taught: Y helped the people named before


def test_people_whom_a_body_had_taught_were_helped_by_it():
    assert ("org/undp", "state/PER", "Reported") in _assists(
        "Clerks of the Supreme Court of Peru, whom UNDP had taught to index case files, cleared the backlog in 2104.")


# a course postponed, with no date now foreseen: never held


def test_a_course_postponed_with_no_date_foreseen_is_negated():
    got = _assists("Chile asked UNICEF in 2104 to train its social workers. UNICEF agreed, but the course has "
                   "again been postponed and no date is foreseen.")
    assert ("org/unicef", "state/CHL", "Negated") in got
    assert ("org/unicef", "state/CHL", "Planned") not in got


def test_a_course_postponed_to_a_named_month_stays_planned():
    got = _assists("Chile asked UNICEF in 2104 to train its social workers. UNICEF agreed, but the course was "
                   "postponed to May 2105.")
    assert ("org/unicef", "state/CHL", "Negated") not in got


# an adviser posted, giving advice to X: the adviser's body helped X; who pays for the post helps X too


def test_an_adviser_giving_advice_to_a_ministry_and_the_post_paid_by_a_donor():
    got = _assists("Since 2104 an adviser of OHCHR has been based in Quito, giving advice to the Ministry of the "
                   "Interior of Ecuador. The post of the adviser is paid for by Denmark.")
    assert {("org/ohchr", "state/ECU", "Reported"), ("state/DNK", "state/ECU", "Reported")} <= got


# their contracts are financed by Y: Y pays for the people the sentence before placed


def test_the_contracts_of_advisers_placed_are_paid_by_a_donor():
    got = _assists("UNICEF has placed three child protection advisers with the Ombudsman of Peru. Their contracts "
                   "are financed by Denmark.")
    assert ("state/DNK", "org/ombudsman-peru", "Reported") in got


# hosts who explained how they work: they helped the visitors


def test_hosts_who_explained_how_they_work_helped_the_visitors():
    assert ("state/ECU", "state/PER", "Reported") in _assists(
        "Four prosecutors of Peru spent ten days in Quito, where prosecutors of the Attorney General's Office of "
        "Ecuador explained how they protect witnesses.")


# travellers, then hosts who received the group: the hosts helped the travellers' State


def test_a_group_that_travelled_and_the_authorities_that_hosted_it():
    assert ("state/ECU", "state/PER", "Reported") in _assists(
        "In 2104 eight commanders of the National Police of Peru travelled to Quito to study community policing; the "
        "Ecuadorian authorities hosted the group for five days.")


def test_hosting_a_meeting_is_no_hosting_of_travellers():
    got = _assists("In 2104 eight officials of Peru travelled to Quito for a conference; Ecuador hosted the "
                   "conference.")
    assert ("state/ECU", "state/PER", "Reported") not in got


# an account of the support received by X to strengthen …: told, neither given nor asked for


def test_an_account_of_support_received_to_strengthen_institutions_is_no_help():
    got = _assists("In resolution 801/5, the Human Rights Council requested the Secretary-General to present an "
                   "account of the technical support received by Peru and Chile to strengthen their prison "
                   "services.")
    assert got == set()


def test_support_received_by_a_state_is_not_given_by_it():
    got = _assists("The report describes the support received by Peru from UNDP.")
    assert ("state/PER", "org/undp", "Reported") not in got


# a promise to reply and none had arrived; did not respond at all


def test_none_had_arrived_when_the_report_was_finished_and_no_response_at_all():
    got = _submitters("A questionnaire was sent to Peru, Chile and UNICEF in 2104. Chile replied. Peru said that its "
                      "answers would follow, but none had arrived when this report was finished; UNICEF did not "
                      "respond at all.")
    assert {("state/PER", "Negated"), ("org/unicef", "Negated")} <= got


# Chinese: 董事会 2104—2105 年度的成员为：…: a term between the body and the cue


def test_zh_members_named_after_a_term_of_years():
    got = _facts("联合国土著人民自愿基金董事会 2104—2105 年度的成员为：玛丽亚·洛佩斯(主席)、约翰·卡马乌和阿伊莎·汗。",
                 zh=True)
    members = {s for s, p, o, _m in got if p == "memberOf" and o == "org/vf-indigenous-board"}
    assert {"person/玛丽亚·洛佩斯", "person/约翰·卡马乌", "person/阿伊莎·汗"} <= members


# Chinese: 学习了如何…: learning told by its verb; the course's holder named after it


def test_zh_beneficiaries_who_learned_then_the_course_holders():
    got = _assists("2104 年 5 月，来自秘鲁和智利的 16 名受益人在利马学习了如何撰写提交给条约机构的报告。课程由开发署和儿基会"
                   "联合开设。", zh=True)
    assert {("org/undp", "state/PER", "Reported"), ("org/unicef", "state/CHL", "Reported")} <= got


def test_zh_what_was_learned_names_no_holder():
    got = _assists("2104 年，秘鲁的 12 名检察官学习了如何向条约机构提交报告。", zh=True)
    assert not any(p == "org/treaty-bodies" for p, _r, _m in got)


# Chinese: the costs met from a fund's budget: the fund paid


def test_zh_costs_met_from_a_fund_s_training_budget():
    got = _assists("联合国土著人民自愿基金由人权高专办管理。2104 年，开发署为秘鲁的 12 名受益人举办了培训。培训的全部开支由"
                   "基金的培训预算列支。", zh=True)
    assert ("org/vf-indigenous", "state/PER", "Reported") in got


# Chinese: 被推迟，何时举行仍无定论: put off with no date: never held


def test_zh_a_training_put_off_with_no_date_settled_is_negated():
    got = _assists("原定 2104 年 6 月由开发署在利马为秘鲁的 15 名法官举办的培训，因经费不足被推迟，何时举行仍无定论。",
                   zh=True)
    assert ("org/undp", "state/PER", "Negated") in got


def test_zh_a_training_moved_to_a_later_month_stays_planned():
    got = _assists("原定 2104 年 6 月由开发署在利马为秘鲁的 15 名法官举办的培训因故推迟到 2104 年 9 月。", zh=True)
    assert ("org/undp", "state/PER", "Negated") not in got


# Chinese: 赴 P，向 Y 学习…: the body they learned from helped them


def test_zh_visitors_who_learned_from_a_body_in_the_capital_they_went_to():
    got = _assists("秘鲁的 6 名监狱官员于 2104 年赴安曼，向约旦国家人权中心学习管理监狱农场的做法。", zh=True)
    assert ("org/nchr-jordan", "state/PER", "Reported") in got


def test_zh_visitors_who_briefed_a_body_were_not_helped_by_it():
    got = _assists("秘鲁的 6 名监狱官员于 2104 年赴安曼，向约旦国家人权中心介绍了本国的做法。", zh=True)
    assert ("org/nchr-jordan", "state/PER", "Reported") not in got


# Chinese: 建议 after 、 is a noun in a list (…的衔接、建议落实跟踪系统…), no verb that opens a clause


def test_zh_a_recommendation_noun_in_a_topic_list_keeps_the_asked_body_the_helper():
    got = _assists("人权理事会请人权高专办围绕证人保护、建议落实跟踪机制的建立以及国家报告的编写，向秘鲁和智利提供技术援助。",
                   zh=True)
    assert {("org/ohchr", "state/PER", "Requested"), ("org/ohchr", "state/CHL", "Requested")} <= got


# Chinese: X 与 Y 继续协助 Z: both help, and work together


def test_zh_two_bodies_that_go_on_helping_together():
    got = _facts("开发署与儿基会继续协助秘鲁编写双语教材。", zh=True)
    assert {("org/undp", "assists", "state/PER", "Reported"), ("org/unicef", "assists", "state/PER", "Reported"),
            ("org/undp", "partnersWith", "org/unicef", "Reported")} <= got


def test_zh_a_body_with_another_helping_with_no_adverb_is_not_read_as_joint():
    got = _assists("开发署与儿基会协助秘鲁编写双语教材。", zh=True)
    assert ("org/unicef", "state/PER", "Reported") not in got


# Chinese: a word inside a title (《…计划》) is no modality


def test_zh_a_plan_in_a_title_does_not_make_help_planned():
    got = _assists("开发署就秘鲁《国家行动计划》草案向秘鲁外交部提出了书面意见。", zh=True)
    assert ("org/undp", "state/PER", "Planned") not in got


# Chinese: 原计划联合举办…，但未能举行: a partnership never realised


def test_zh_a_joint_event_originally_planned_then_not_held_is_a_negated_partnership():
    got = _facts("开发署与儿基会原计划在 2104 年 9 月联合举办一次区域研讨会，但因经费不足而未能举行。", zh=True)
    assert ("org/undp", "partnersWith", "org/unicef", "Negated") in got


def test_zh_a_joint_event_originally_planned_is_a_planned_partnership():
    got = _facts("开发署与儿基会原计划在 2104 年 9 月联合举办一次区域研讨会。", zh=True)
    assert ("org/undp", "partnersWith", "org/unicef", "Planned") in got


# Chinese: X 计划…与 Y 合作，在 P 为 A 举办…，并为 B 提供…: every clause carries the plan


def test_zh_a_plan_carries_over_two_clauses_without_a_subject():
    got = _assists("开发署计划于 2105 年 6 月与儿基会合作，在利马为南美国家举办一次介绍会，并为秘鲁和智利代表团提供会前指导。",
                   zh=True)
    assert {("org/undp", "state/PER", "Planned"), ("org/undp", "state/CHL", "Planned")} <= got


def test_zh_what_was_done_in_the_same_shape_stays_reported():
    got = _assists("开发署于 2104 年 6 月与儿基会合作，在利马为南美国家举办了一次介绍会，并为秘鲁和智利代表团提供了会前指导。",
                   zh=True)
    assert ("org/undp", "state/PER", "Reported") in got


# Chinese: 向 Y 申请…旅费: an application to Y


def test_zh_an_application_for_travel_money_is_a_request():
    got = _requests("秘鲁于 2104 年 3 月向开发署申请代表团旅费。", zh=True)
    assert ("state/PER", "org/undp") in got


# requested, a time phrase, then that: the one asked follows


def test_a_request_with_a_time_phrase_before_that():
    got = _requests("The Voluntary Fund for Technical Cooperation in the Field of Human Rights met in May 2104. Ghana "
                    "requested in June 2104 that the Fund also cover a second adviser.")
    assert ("state/GHA", "org/vf-tc") in got


# people who travelled, stayed or attended at a funder's expense: the funder helped their State


def test_delegates_who_travelled_at_a_fund_s_expense_were_helped_by_it():
    got = _assists("The Voluntary Fund for Technical Cooperation in the Field of Human Rights met in May 2104. Three "
                   "delegates from Ghana travelled to Geneva at the expense of the Fund.")
    assert ("org/vf-tc", "state/GHA", "Reported") in got


def test_fellows_named_in_an_aside_and_the_fund_they_were_fellows_of():
    got = _assists("The Voluntary Fund for Technical Cooperation in the Field of Human Rights met in May 2104. Two "
                   "officials, from Ghana and Togo, spent ten weeks in Geneva as fellows of the Fund.")
    assert {("org/vf-tc", "state/GHA", "Reported"), ("org/vf-tc", "state/TGO", "Reported")} <= got


def test_a_fellow_who_stayed_on_with_a_state_bearing_the_cost():
    assert ("state/NOR", "state/GHA", "Reported") in _assists(
        "The fellow from Ghana stayed on in Geneva for another month, with Norway bearing the additional cost.")


def test_delegates_who_travelled_with_no_payer_named_are_helped_by_no_one():
    assert _assists("Three delegates from Ghana travelled to Geneva in May 2104.") == set()


# OHCHR manages it: the fund the sentence is about


def test_a_fund_managed_by_a_body_named_by_a_pronoun():
    got = _facts("The Voluntary Fund for Technical Cooperation in the Field of Human Rights was set up in 1987, and "
                 "OHCHR manages it.")
    assert ("org/vf-tc", "administeredBy", "org/ohchr", "Reported") in got


# acknowledged the questionnaire but never sent a substantive answer: no input


def test_a_government_that_never_sent_a_substantive_answer_gave_no_input():
    got = _submitters("In May 2104 the Office sent a questionnaire to Peru and Chile. Answers came from Peru. The "
                      "Government of Chile acknowledged the questionnaire but never sent a substantive answer.")
    assert ("state/CHL", "Negated") in got
    assert ("state/CHL", "Reported") not in got


def test_information_held_by_a_body_is_not_its_input():
    got = _submitters("In May 2104 the Office sent a questionnaire to Peru and Chile. Answers came from Peru. The "
                      "Office also drew on information held by UNICEF.")
    assert ("org/unicef", "Reported") not in got


# counselled: a verb of advice


def test_counselling_a_government_is_help():
    assert ("org/ohchr", "state/GHA", "Reported") in _assists(
        "Since 2104 an adviser of OHCHR has been based in Accra, counselling the Government of Ghana on treaty "
        "reporting.")


# a study visit; then the body that drew up its programme, and the one that paid for it


def test_the_body_that_drew_up_a_visit_s_programme_and_the_state_that_paid_for_it():
    got = _assists("The OHCHR Regional Office for Europe opened in 2104. Seven members of the national preventive "
                   "mechanism of Georgia went to Vilnius in May 2104 to see how the inspectors of Lithuania plan their "
                   "visits. The Regional Office drew up the programme of the visit, and Norway paid for it.")
    assert {("org/ohchr-europe", "state/GEO", "Reported"), ("state/NOR", "state/GEO", "Reported")} <= got


# Chinese: 中国代表认为…: a statement at a meeting, not a written submission — the whole unit it opens


def test_zh_a_representative_s_statement_in_a_panel_summary_is_no_submission():
    got = _submitters(
        "一、导言",
        "人权理事会在第 801/9 号决议中决定举行一次小组讨论会，并请人权高专办编写讨论概要。",
        "二、讨论情况和提交的材料",
        "秘鲁代表认为，技术合作应当尊重受援国的意愿。秘鲁 2104 年向玻利维亚派出了一支医疗队。",
        "讨论会结束后，智利向人权高专办递交了书面意见。智利在提交的材料中说，它 2104 年为玻利维亚培训了 30 名护士。",
        zh=True)
    assert not any(s == "state/PER" for s, _m in got)
    assert ("state/CHL", "Reported") in got


# Chinese: 由 X 和 Y 联合开办的培训班，使 Z 的警官掌握了…: the holders helped Z


def test_zh_a_course_two_bodies_ran_enabled_officers_of_a_state():
    got = _assists("由开发署和儿基会联合开办的三期培训班，使秘鲁国家警察的 90 名警官掌握了执法时必须遵守的人权标准。", zh=True)
    assert {("org/undp", "state/PER", "Reported"), ("org/unicef", "state/PER", "Reported")} <= got


# Chinese: 出资帮助委员会…: a back-reference right after a verb of help


def test_zh_a_bare_commission_after_a_verb_of_help_is_the_commission_named_before():
    got = _assists("埃塞俄比亚人权委员会成立于 2000 年。2104 年，荷兰政府出资帮助委员会在北部设立了两个区域监测站。",
                   zh=True)
    assert ("state/NLD", "org/ehrc-ethiopia", "Reported") in got


# Chinese: Y 为这两项活动提供了经费: money for the activities the sentence before reported


def test_zh_money_given_for_the_two_activities_referred_to():
    got = _assists("人权高专办为秘鲁的法官举办了两次讲习班。瑞典为这两项活动提供了经费。", zh=True)
    assert ("state/SWE", "state/PER", "Reported") in got


# Chinese: 未采纳这一请求: the request refused


def test_zh_a_request_not_taken_up_is_refused_help():
    got = _assists("秘鲁请开发署为法官举办培训，开发署答复说经费不足，未采纳这一请求。", zh=True)
    assert ("org/undp", "state/PER", "Negated") in got


# an activity requested from Y by A and B: they asked Y; never held when the sentence says so


def test_a_conference_requested_from_a_body_by_two_states_then_postponed_indefinitely():
    got = _facts("A subregional conference on victims' compensation, requested from UNODC by Ghana and Togo and "
                 "first planned for Lome in May 2104, was postponed indefinitely.")
    assert {("state/GHA", "requests", "org/unodc", "Reported"), ("state/TGO", "requests", "org/unodc", "Reported"),
            ("org/unodc", "assists", "state/GHA", "Negated")} <= got


def test_a_course_requested_from_a_body_by_a_state_is_asked_for():
    got = _assists("A course on witness protection requested from UNODC by Ghana is to be held in 2105.")
    assert ("org/unodc", "state/GHA", "Requested") in got


# instructors of a State's academy: people of the State


def test_courses_for_instructors_from_a_state_s_police_academy():
    assert ("org/undp", "state/MOZ", "Reported") in _assists(
        "UNDP ran three courses in 2104 on the use of force for 60 instructors from the police academy of Mozambique.")


# an offer, then "; it was called off": never given


def test_an_offer_to_hold_a_workshop_that_was_called_off():
    got = _assists("UNICEF had offered to hold a workshop on juvenile justice for Ghana during 2104; it was called off "
                   "when its budget was cut.")
    assert ("org/unicef", "state/GHA", "Negated") in got


# confirmed receipt without ever replying; announced an answer that never came


def test_receipt_confirmed_without_a_reply_and_an_answer_that_never_came():
    got = _submitters("In May 2104 the Office wrote to Ghana, Togo and UNICEF. Written answers arrived from Togo. "
                      "Ghana confirmed receipt of the letter without ever replying to it, and UNICEF announced an "
                      "answer that never came.")
    assert {("state/GHA", "Negated"), ("org/unicef", "Negated")} <= got


# lent X an adviser: help to X


def test_lending_a_body_a_legal_adviser_is_help():
    assert ("org/commonwealth-secretariat", "org/ombudsman-peru", "Reported") in _assists(
        "The Commonwealth Secretariat lent the Ombudsman of Peru a legal adviser for three months in 2104.")


def test_lending_money_to_a_body_of_the_un_is_no_help():
    assert _assists("Norway lent UNDP money in 2104.") == set()


# replied that it is still examining the request: an answer to a request, no input to the report


def test_a_body_that_replied_it_is_still_examining_a_request_gave_no_input():
    got = _submitters("In 2104 Ghana requested that UNDP finance a register of complaints. UNDP has replied that it is "
                      "still examining the request.")
    assert ("org/undp", "Reported") not in got


# Chinese: help asked for, then done — the asker named as the one helped is no other actor


def test_zh_help_asked_then_done_by_the_one_asked_with_the_asker_named_after_help():
    got = _assists("卢旺达国家人权委员会 2104 年请比利时联邦保护和促进人权研究所帮助其培训调查员。研究所的三名工作人员随后在"
                   "基加利工作了两周，帮助委员会编写了调查手册。", zh=True)
    assert ("org/firm-belgium", "org/nchr-rwanda", "Reported") in got


# Chinese: 已答应…派…: agreed, still to come


def test_zh_agreed_to_send_an_expert_is_planned():
    got = _assists("开发署已答应从 2105 年起派一名专家帮助秘鲁建立数据库。", zh=True)
    assert ("org/undp", "state/PER", "Planned") in got


# Chinese: 法律援助中心 is a centre of no name, no back-reference to a centre named before


def test_zh_a_legal_aid_centre_is_no_back_reference():
    got = _assists("斯洛伐克国家人权中心成立于 1993 年。乌克兰司法部请斯洛伐克为一个法律援助中心配置计算机，斯洛伐克答复说，"
                   "这批设备将于 2105 年运抵。", zh=True)
    assert not any(r == "org/snchr-slovakia" for _p, r, _m in got)
