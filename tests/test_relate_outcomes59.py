"""The fifty-ninth session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import extract, facts as _facts


def _assists(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "assists"}


def _submitters(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, m) for s, p, _o, m in _facts(*paragraphs, zh=zh) if p == "submittedInputTo"}


# 中方, 日方: a State's own side, standing for that State named before it


def test_zhongfang_stands_for_china_named_before_it():
    got = _assists("特别报告员收到了中国的答复。中方于 2116 年向海地捐赠了一批救灾帐篷。", zh=True)
    assert ("state/CHN", "state/HTI") in got


def test_rifang_stands_for_japan_named_before_it():
    got = _assists("日本的答复提到，日方为蒙古的 20 名法官举办了研修班。", zh=True)
    assert ("state/JPN", "state/MNG") in got


def test_zhongfang_inside_a_longer_word_is_no_state():
    got = _facts("中国代表出席了会议。其中方案一由开发署在海地执行。", zh=True)
    assert not any(s == "state/CHN" and p == "assists" for s, p, _o, _m in got)


# 由 X 受 Y 委托进行管理: run by X on another's behalf


def test_a_fund_run_on_another_s_behalf_is_administered_by_the_runner():
    got = _facts("联合国当代形式奴隶制问题自愿信托基金由人权高专办受秘书长委托进行管理。", zh=True)
    assert ("org/vf-slavery", "administeredBy", "org/ohchr", "Reported") in got
    assert not any(p == "administeredBy" and o == "org/sg" for _s, p, o, _m in got)


# 董事会现有 N 名成员 …，名单如下：A、B 和 C


def test_a_counted_board_then_its_list_gives_each_member():
    got = _facts("联合国酷刑受害者自愿基金董事会现有三名成员，均以个人身份任职，名单如下：玛丽亚·戈麦斯·里瓦斯(主席)、"
                 "约翰·彼得·汉森和阿明·卡里姆·萨利赫。", zh=True)
    members = {s for s, p, _o, _m in got if p == "memberOf"}
    assert members == {"person/玛丽亚·戈麦斯·里瓦斯", "person/约翰·彼得·汉森", "person/阿明·卡里姆·萨利赫"}


# F 拨给(了) X 一笔赠款: the verb's own object is the grantee


def test_a_grant_given_straight_to_an_organisation_helps_it():
    got = _assists("联合国酷刑受害者自愿基金 2116 年拨给世界禁止酷刑组织一笔赠款，供其在乍得为受害者提供法律援助。", zh=True)
    assert {("org/vf-torture", "org/omct"), ("org/omct", "state/TCD"), ("org/vf-torture", "state/TCD")} <= got


def test_a_grant_given_to_the_office_stays_money_to_the_un():
    got = _assists("联合国酷刑受害者自愿基金拨给了人权高专办一笔赠款。", zh=True)
    assert ("org/vf-torture", "org/ohchr") not in got


# replies that never came, said in more ways


def test_acknowledging_then_never_answering_is_no_submission():
    got = _submitters("The Special Rapporteur sent a questionnaire to the Governments. Replies came from Peru. "
                      "Chile acknowledged receipt of the questionnaire but never answered it.")
    assert ("state/CHL", "Negated") in got and ("state/CHL", "Reported") not in got


def test_a_reply_announced_that_never_reached_the_author_is_no_submission():
    got = _submitters("The Office wrote to the Governments. Replies came from Peru. Bolivia announced a reply that "
                      "never reached the Secretariat, and UNICEF wrote that the topic lay outside its mandate, "
                      "sending no reply.")
    assert {("state/BOL", "Negated"), ("org/unicef", "Negated")} <= got
    assert ("state/BOL", "Reported") not in got and ("org/unicef", "Reported") not in got
    assert not any(s in ("org/ohchr", "org/un-secretariat") and m == "Negated" for s, m in got)


# a request refused for reasons that name others, or put off with no new date and never held


def test_a_request_refused_for_reasons_naming_another_state_is_negated():
    got = _facts("马拉维政府曾请联合国儿童基金会协助开展一次出生登记普查；儿基会认为，赞比亚的同类调查尚未结束，"
                 "时机还不成熟，因此婉拒了这一请求。", zh=True)
    assert ("org/unicef", "assists", "state/MWI", "Negated") in got


def test_a_request_never_answered_in_any_way_is_negated():
    got = _facts("蒙古国家人权委员会曾请开发署资助其地区办事处的翻修工程，该署对这项请求始终未作任何回应。", zh=True)
    assert ("org/undp", "assists", "org/nhrc-mongolia", "Negated") in got


def test_training_asked_for_then_put_off_and_never_held_is_negated():
    got = _facts("乍得政府曾请人权高专办于 2117 年为狱警开办一期培训。由于经费没有到位，培训一再推迟，至今没有举行。", zh=True)
    assert ("org/ohchr", "assists", "state/TCD", "Negated") in got


def test_a_workshop_planned_then_put_off_with_its_date_undecided_is_negated():
    got = _facts("人权高专办原计划于 2116 年与非洲联盟在尼亚美合办一期讲习班，对象是尼日尔的法官。"
                 "由于尼日尔政府要求改期，讲习班被一拖再拖，新的举办日期至今悬而未决。", zh=True)
    assert ("org/ohchr", "assists", "state/NER", "Negated") in got
    assert ("org/ohchr", "partnersWith", "org/au", "Negated") in got


# stances: a permanent mission's State holds its words said at a meeting with another; a silence is a holder's


def _stances(*paragraphs: str, zh: bool = True) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in extract(*paragraphs, zh=zh).stances}


def test_a_mission_speaking_at_a_meeting_with_the_office_holds_its_own_view():
    got = _stances("乌兹别克斯坦常驻代表团在与人权高专办的一次会谈中表示，它支持把发展权作为技术合作的出发点。")
    assert ("state/UZB", "concept/right-to-development", "Supportive") in got
    assert not any(h == "org/ohchr" for h, _c, _v in got)


def test_a_body_that_passes_over_a_concept_in_silence_holds_that_silence():
    got = _stances("土库曼斯坦在答复中对发展权表示欢迎。对于“合作共赢”的说法，儿基会在其答复里未加评论，只谈了儿童保护。")
    assert ("org/unicef", "concept/win-win-cooperation", "NotQuestioned") in got
    assert ("state/TKM", "concept/win-win-cooperation", "NotQuestioned") not in got


# English: input that never came, said after an acknowledgement or through the one told; applications refused


def test_an_acknowledgement_then_nothing_from_it_is_no_submission():
    got = _submitters("The Office sought information from the Governments concerned. Peru replied. The Government of "
                      "Ecuador acknowledged the questionnaire, but no information from it had arrived when the report "
                      "was finalized.")
    assert ("state/ECU", "Negated") in got and ("state/ECU", "Reported") not in got


def test_a_state_telling_the_secretariat_no_views_would_come_is_no_submission():
    got = _submitters("The Subcommittee invited States to share their experience of the Fund. Submissions came from "
                      "Chile. Norway informed the secretariat that no views would come from it this year.")
    assert ("state/NOR", "Negated") in got and ("state/NOR", "Reported") not in got


def test_an_application_that_could_not_be_accepted_gives_no_help():
    got = _facts("In 2116 Belize asked UNDP to fund a survey of its prisons. Since Belize had not finished its "
                 "national plan, the application could not be accepted.")
    assert ("org/undp", "assists", "state/BLZ", "Negated") in got


def test_a_workshop_put_off_with_no_other_date_agreed_is_negated():
    got = _facts("In 2117 UNICEF was to hold a workshop for Honduras in Tegucigalpa. The workshop was put off at the "
                 "request of the Government; no other date has been agreed.")
    assert ("org/unicef", "assists", "state/HND", "Negated") in got


def test_neither_of_two_bodies_responding_is_two_negated_submissions():
    got = _submitters("The Office sent letters to ECOWAS, the African Union and UNDP. UNDP replied. Neither ECOWAS "
                      "nor the African Union responded.")
    assert {("org/ecowas", "Negated"), ("org/au", "Negated"), ("org/undp", "Reported")} <= got
    assert ("org/ecowas", "Reported") not in got and ("org/au", "Reported") not in got


def test_a_deadline_extended_yet_nothing_arrived_is_no_submission():
    got = _submitters("The Office sent a note verbale to the States of the region. Chile replied. Peru was given the "
                      "extra weeks it had asked for, yet no reply from it had arrived by the time the report was "
                      "finalized.")
    assert ("state/PER", "Negated") in got and ("state/PER", "Reported") not in got


def test_a_salary_that_a_state_paid_said_as_a_cleft_is_its_help():
    got = _assists("人权高专办把一名顾问借调到肯尼亚国家人权委员会，为期半年；这名顾问的薪酬是丹麦出的。", zh=True)
    assert ("state/DNK", "org/knchr") in got


def test_shelter_given_to_families_in_a_state_is_help_to_it():
    got = _assists("救助儿童会在莫桑比克的沿海省份为受灾家庭提供了临时住所。", zh=True)
    assert ("org/save-the-children", "state/MOZ") in got


def test_a_state_that_received_two_delegations_and_showed_them_its_system_helped_both():
    got = _assists("2117 年智利接待了秘鲁和厄瓜多尔各一个代表团，向它们介绍本国的公设辩护人制度。", zh=True)
    assert {("state/CHL", "state/PER"), ("state/CHL", "state/ECU")} <= got


def test_a_delegation_merely_received_is_no_help():
    got = _assists("2117 年智利接待了秘鲁代表团。", zh=True)
    assert ("state/CHL", "state/PER") not in got


def test_its_offer_opening_a_sentence_is_the_offer_of_the_subject_before():
    got = _facts("Kuwait reported that it had funded a school for deaf children in Yemen. Its offer of grants for "
                 "teachers was declined by Jordan, which preferred to train its teachers at home.")
    assert ("state/KWT", "assists", "state/JOR", "Negated") in got


def test_the_programme_of_a_visit_put_together_by_a_body_is_its_help_to_the_visitors():
    got = _assists("In 2116 five officials of the Ministry of Justice of Malawi spent a week in Zambia, where judges "
                   "of the High Court showed them how bail hearings are run. The programme of the visit had been put "
                   "together by UNDP.")
    assert ("org/undp", "state/MWI") in got


def test_a_placement_arranged_by_a_network_is_its_help_to_those_placed():
    got = _assists("Two officials of the Ministry of Justice of Belize spent a month in 2117 at the Office of the "
                   "Ombudsman of Costa Rica, observing how complaints are handled. UNICEF arranged the placement.")
    assert ("org/unicef", "state/BLZ") in got


def test_answering_a_request_by_a_state_is_acting_at_its_request():
    got = _facts("UNICEF, answering a request by the Ministry of Education of Belize, reviewed in 2116 the school "
                 "curriculum.")
    assert ("state/BLZ", "requests", "org/unicef", "Reported") in got


def test_a_request_addressed_at_a_time_then_left_unanswered_is_no_help():
    got = _facts("A request that Viet Nam addressed in 2117 to the Special Rapporteur on the right to food for an "
                 "advisory visit remained unanswered at the end of the year.")
    assert ("state/VNM", "requests", "org/sr-food", "Reported") in got
    assert ("org/sr-food", "assists", "state/VNM", "Negated") in got


def test_assistive_devices_received_from_a_body_are_its_help():
    got = _assists("The Ombudsman of Costa Rica received from UNICEF twelve folding wheelchairs and two braille "
                   "printers for its regional offices.")
    assert ("org/unicef", "org/ombudsman-costa-rica") in got


def test_a_grant_that_paid_for_a_un_body_s_training_is_no_help_to_that_body():
    got = _assists("The National Commission for Human Rights of Rwanda received laptops from UNICEF. UNICEF also "
                   "trained its monitors, with a grant from Ireland.")
    assert ("state/IRL", "org/unicef") not in got


def test_respecting_the_recipients_right_to_development_supports_it():
    got = _stances("塞舌尔政府在材料中指出，该国已于 2116 年修订了《刑法》。政府认为，技术合作首先应当尊重受援国的发展权，"
                   "而且只能应受援国的请求提供。")
    assert ("state/SYC", "concept/right-to-development", "Supportive") in got


def test_calling_a_concept_the_wrong_yardstick_criticizes_it():
    got = _stances("Ecuador argued that win-win cooperation was the wrong yardstick for technical assistance, "
                   "which should follow the needs of victims.", zh=False)
    assert ("state/ECU", "concept/win-win-cooperation", "Critical") in got


def test_saying_the_right_to_development_cannot_be_separated_from_another_goal_supports_it():
    got = _stances("Bolivia considered that indigenous land rights and the right to development cannot be "
                   "separated.", zh=False)
    assert ("state/BOL", "concept/right-to-development", "Supportive") in got


def test_warning_that_a_concept_may_obscure_what_states_owe_criticizes_it():
    got = _stances("UNICEF warned that win-win language should never be allowed to obscure what States owe to "
                   "children.", zh=False)
    assert ("org/unicef", "concept/win-win-cooperation", "Critical") in got


def test_a_meeting_convened_and_attended_is_no_help():
    got = _assists("东南亚国家联盟 2117 年在河内召开了一次区域对话会，越南、老挝和柬埔寨的代表与会。", zh=True)
    assert not got


def test_views_a_delegate_voiced_at_a_council_session_are_no_submission():
    rec = extract("高级专员请各国就技术合作提交书面答复。收到了斐济和萨摩亚的答复。",
                  "萨摩亚在答复中认为，发展权是技术合作的基础。汤加常驻代表在理事会第七百零六届会议上发言时表示，"
                  "发展权应当成为技术合作的出发点。", zh=True)
    assert not [r for r in rec.relations if r.predicate == "submittedInputTo" and r.subject == "state/TON"]
    assert ("state/TON", "concept/right-to-development", "Supportive") in {(x.holder, x.concept, x.value)
                                                                          for x in rec.stances}


def test_help_asked_for_that_the_one_asked_has_agreed_and_will_give_is_planned():
    got = _facts("In 2117 Belize requested UNICEF to comment on a draft education bill. UNICEF has agreed and, "
                 "together with its country office, will send its comments early in 2118.")
    assert ("org/unicef", "assists", "state/BLZ", "Planned") in got


def test_a_request_approved_and_then_scheduled_is_planned_help():
    got = _facts("A request that the Ombudsman of Peru had made in 2117 to UNDP, for training of its regional staff, "
                 "had been approved, and the course is scheduled for March 2118.")
    assert ("org/undp", "assists", "org/ombudsman-peru", "Planned") in got
