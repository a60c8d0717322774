"""The fifty-second session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, facts as _facts


# requests


def test_at_the_request_written_suo_qing_is_a_request_and_not_a_verb_of_asking():
    got = _facts("欧洲委员会应格鲁吉亚所请，对其《司法机构法》修正草案出具了书面意见。", zh=True)
    assert {("state/GEO", "requests", "org/coe", "Reported"), ("org/coe", "assists", "state/GEO", "Reported")} <= got


def test_at_the_invitation_written_suo_yao_is_a_request_too():
    got = _facts("应乌干达所邀，开发署于 2103 年对乌干达的监狱开展了需求评估。", zh=True)
    assert ("state/UGA", "requests", "org/undp", "Reported") in got
    assert ("org/undp", "assists", "state/UGA", "Reported") in got


# whose draft


def test_a_quoted_title_between_the_owner_and_its_draft_keeps_the_owner():
    got = _assists("同年，人权高专办就蒙古《劳动法》修正草案中关于移民工人的条款提出了评论。", zh=True)
    assert got == {("org/ohchr", "state/MNG", "Reported")}


def test_a_quoted_title_without_a_draft_after_it_is_no_help():
    assert not _assists("人权高专办就蒙古《劳动法》的执行情况发表了报告。", zh=True)


# who took the help


def test_people_of_a_state_after_a_fronted_support_phrase_took_the_help():
    got = _assists("在开发署的支持下，柬埔寨的 35 名劳动监察员接受了培训。", zh=True)
    assert got == {("org/undp", "state/KHM", "Reported")}


def test_a_counted_group_of_a_states_people_took_the_training_whatever_their_calling():
    got = _assists("马尔代夫的 25 名伊玛目和社区领袖 2103 年在吉隆坡接受了马来西亚为期两周的培训。", zh=True)
    assert got == {("state/MYS", "state/MDV", "Reported")}


def test_the_providers_after_the_verb_do_not_take_their_own_help():
    got = _assists("2103 年，肯尼亚国家人权委员会首次查访了难民营。这次查访得到难民署与人权高专办的共同支持。", zh=True)
    assert got == {("org/unhcr", "org/knchr", "Reported"), ("org/ohchr", "org/knchr", "Reported")}


def test_a_city_before_a_states_body_only_says_where_it_is():
    got = _assists("突尼斯向达喀尔的塞内加尔司法部派遣了一名顾问，为期半年。", zh=True)
    assert got == {("state/TUN", "state/SEN", "Reported")}


# English: people sent, programmes acting, comments received, asides, a course told of through a pronoun


def test_only_people_are_seconded_whatever_their_calling():
    assert _assists("Chile seconded a hydrologist to Peru in 2103.") == {("state/CHL", "state/PER", "Reported")}
    assert _assists("Chile deployed two statisticians to Peru in 2103.") == {("state/CHL", "state/PER", "Reported")}


def test_a_checklist_or_a_letter_sent_is_no_help():
    assert not _assists("The Office sent a checklist to Peru in 2103.")
    assert not _assists("The Office sent a letter to Peru in 2103.")


def test_an_organizations_programme_acts_for_it_and_the_state_that_finances_it_pays():
    got = _assists("The literacy programme of UNESCO, which Norway finances, supplied kits to Haiti in 2103.")
    assert got == {("org/unesco", "state/HTI", "Reported"), ("state/NOR", "state/HTI", "Reported")}


def test_comments_received_on_a_draft_law_are_help_and_on_the_draft_report_are_not():
    got = _assists("The Ministry of Labour of Ghana received comments on its draft labour code from ILO.")
    assert got == {("org/ilo", "state/GHA", "Reported")}
    assert not _assists("The Office received comments on the draft report from Ghana.")


def test_an_adverb_and_a_date_aside_between_the_verb_and_the_activity():
    got = _assists("UNICEF and UNFPA carried out jointly, in 2103, an assessment of maternity wards in Chad.")
    assert {("org/unicef", "state/TCD", "Reported"), ("org/unfpa", "state/TCD", "Reported")} <= got


def test_a_course_told_of_through_it_was_given_by_the_agent_for_those_who_attended():
    got = _assists("Thirty judges of Chad attended a course in 2103. It was taught by lawyers and prosecutors of Senegal.")
    assert got == {("state/SEN", "state/TCD", "Reported")}


def test_the_agents_own_people_are_not_the_ones_trained():
    got = _assists("Thirty judges of Chad attended a course in 2103. The course was taught by engineers of Senegal.")
    assert got == {("state/SEN", "state/TCD", "Reported")}


# notes verbales


def test_a_note_verbale_to_missions_named_before_the_verb_asking_them_is_a_request():
    got = _facts("2103 年 5 月，人权高专办向泰国和越南驻日内瓦常驻代表团发出普通照会，请各国介绍本国参与的合作活动。", zh=True)
    assert {("org/ohchr", "requests", "state/THA", "Reported"), ("org/ohchr", "requests", "state/VNM", "Reported")} <= got
    assert not {f for f in got if f[1] == "assists"}


def test_a_note_verbale_that_asks_nothing_is_no_request():
    assert not _facts("人权高专办向泰国发出普通照会，通知会议的日期。", zh=True)


def test_an_english_note_verbale_to_permanent_missions_asking_them_is_a_request_and_no_help():
    got = _facts("In May 2103, OHCHR sent a note verbale to the permanent missions of Chile and Peru, requesting "
                 "information on their cooperation.")
    assert got == {("org/ohchr", "requests", "state/CHL", "Reported"), ("org/ohchr", "requests", "state/PER", "Reported")}
    assert not _facts("OHCHR sent a note verbale to Peru.")


# what became of it, and who paid, told in the next sentence


def test_a_course_asked_for_agreed_and_then_cancelled_was_not_given():
    got = _assists("苏丹请卡塔尔为喀土穆的检察官开办培训。卡塔尔于 2103 年应允，但原定当年 6 月出发的培训团因故被取消，其后再未排期。",
                   zh=True)
    assert got == {("state/QAT", "state/SDN", "Negated")}


def test_a_course_agreed_and_then_held_was_given():
    got = _assists("苏丹请卡塔尔为喀土穆的检察官开办培训。卡塔尔应允，培训班于 2103 年开办。", zh=True)
    assert got == {("state/QAT", "state/SDN", "Reported")}


def test_a_seminar_put_off_with_its_new_date_still_open_did_not_happen():
    got = _assists("约旦原计划于 2103 年在安曼为也门举办的研讨会，因报名人数不足而延期，改期日期至今未定。", zh=True)
    assert got == {("state/JOR", "state/YEM", "Negated")}


def test_a_states_own_body_paying_the_costs_of_the_course_told_before():
    got = _assists("2103 年，人权高专办在安曼为也门的 20 名官员举办了讲习班。讲习班的场地和口译费用由约旦国家妇女委员会支付。", zh=True)
    assert got == {("org/ohchr", "state/YEM", "Reported"), ("state/JOR", "state/YEM", "Reported")}


def test_english_instructors_of_a_states_service_are_that_states():
    got = _assists("In 2103, forty officers of the Ghana Police Service were trained in Accra by instructors of the National "
                   "Police Service of Liberia and by OHCHR.")
    assert got == {("state/LBR", "state/GHA", "Reported"), ("org/ohchr", "state/GHA", "Reported")}


def test_a_project_that_helps_a_state_is_help_of_those_who_run_it():
    got = _assists("Ghana and UNDP have run, since 2103, a joint project that helps the authorities of Liberia to map land.")
    assert {("state/GHA", "state/LBR", "Reported"), ("org/undp", "state/LBR", "Reported")} <= got


# English: people sent to a capital, a course whose attendees stand in an aside, costs borne entirely


def test_people_seconded_to_a_capital_help_its_state_but_not_where_the_senders_office_sits():
    got = _assists("Chile seconded two forensic anthropologists from its national genetic data bank to Lima in 2103.")
    assert got == {("state/CHL", "state/PER", "Reported")}
    assert not _assists("OHCHR seconded an officer to Lima, where its regional office is located.")


def test_the_attendees_in_an_aside_between_the_course_and_its_passive_verb_were_helped():
    got = _assists("A course on exhumations, attended by thirty prosecutors from Peru, was taught in Lima in 2103 by OHCHR.")
    assert got == {("org/ohchr", "state/PER", "Reported")}


def test_costs_borne_entirely_by_a_state_in_the_next_sentence():
    got = _assists("OHCHR trained prosecutors from Peru in 2103. Its costs were borne entirely by Chile.")
    assert got == {("org/ohchr", "state/PER", "Reported"), ("state/CHL", "state/PER", "Reported")}


# stances


def _stances(text: str, zh: bool = False) -> set:
    from outcomes import extract as _x
    return {(s.holder, s.concept, s.value) for s in _x(text, zh=zh).stances}


def test_aid_kept_in_line_with_a_plan_is_no_support_of_the_concept():
    got = _stances("约旦表示，它对“共赢合作”的提法没有异议，但坚持认为技术援助必须与受援国的国家战略保持一致。", zh=True)
    assert got == {("state/JOR", "concept/win-win-cooperation", "NotQuestioned")}


def test_a_concept_in_keeping_with_the_charter_is_still_supported():
    got = _stances("约旦认为，“互利合作”与《联合国宪章》的宗旨相一致。", zh=True)
    assert got == {("state/JOR", "concept/mutually-beneficial-cooperation", "Supportive")}


def test_found_nothing_to_dispute_is_no_question():
    got = _stances("Chile found nothing to dispute in win-win cooperation as a notion.")
    assert got == {("state/CHL", "concept/win-win-cooperation", "NotQuestioned")}


def test_a_warning_about_a_quoted_concept_is_criticism():
    got = _stances("Amnesty International warned that the label “win-win cooperation” could be used to hide abuses.")
    assert got == {("org/amnesty", "concept/win-win-cooperation", "Critical")}


# English: visits received, help under a project named after the verb, money received from a giver named first


def test_study_visits_received_from_a_state_are_help_of_the_host():
    got = _assists("In 2103 the Institute of Legal Medicine of Chile received three study visits of forensic doctors from "
                   "the Public Ministry of Peru and from the Judiciary of Bolivia.")
    assert got == {("state/CHL", "state/PER", "Reported"), ("state/CHL", "state/BOL", "Reported")}


def test_equipment_delivered_under_a_joint_project_of_two_providers_named_after_the_verb():
    got = _assists("Laboratory equipment worth USD 200,000, including two sequencers, was delivered to the Public Ministry "
                   "of Peru in 2103 under a joint project of Chile and UNDP.")
    assert {("state/CHL", "state/PER", "Reported"), ("org/undp", "state/PER", "Reported")} <= got


def test_a_fund_received_from_a_state_a_sum():
    from outcomes import extract as _x
    text = "In 2103 the United Nations Voluntary Fund for Victims of Torture received from Chile a sum of USD 40,000."
    got = {(c.contributor, c.recipient, c.amount) for c in _x(text).contributions}
    assert got == {("state/CHL", "org/vf-torture", "40000")}


def test_paid_in_and_injected_are_contributions():
    from outcomes import extract as _x
    text = "2103 年，泰国为联合国人权领域技术合作自愿基金缴款 50 万美元，并向联合国人权事务高级专员办事处注资 20 万美元。"
    got = {(c.contributor, c.recipient, c.amount) for c in _x(text, zh=True).contributions}
    assert got == {("state/THA", "org/vf-tc", "500000"), ("state/THA", "org/ohchr", "200000")}


def test_an_ordinal_second_is_no_verb_of_sending():
    got = _assists("The Office did not deploy the planned second human rights officer to Banjul in 2103.")
    assert got == {("org/ohchr", "state/GMB", "Negated")}
