"""The fifty-fifth session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, extract as _extract, facts as _facts


# help: gatherings teach no one


def test_delegations_at_a_conference_a_regional_body_convened_are_not_assisted():
    got = _assists("Delegations of Kenya, Uganda and Rwanda took part in a summit on refugee protection that the "
                   "African Union convened in Kigali in 2104. The summit ended with a joint declaration.")
    assert got == set()
    got = _assists("Officials of Fiji and Tonga were among the participants in a subregional forum on ocean governance "
                   "convened by the Pacific Islands Forum in Suva.")
    assert got == set()


def test_a_workshop_the_participants_attended_still_teaches_them():
    got = _assists("Officials of Fiji and Tonga took part in a workshop on treaty reporting that OHCHR held in Suva.")
    assert got == {("org/ohchr", "state/FJI", "Reported"), ("org/ohchr", "state/TON", "Reported")}


# input to the report's author, not help


def test_comments_sent_to_the_office_after_a_panel_are_input_not_help():
    got = _facts("会后，芬兰、挪威和国际法学家委员会又以书面形式向人权高专办提交了意见。", zh=True)
    assert ("state/FIN", "assists", "org/ohchr", "Reported") not in got
    assert {("state/FIN", "submittedInputTo", "@report", "Reported"),
            ("state/NOR", "submittedInputTo", "@report", "Reported")} <= got


def test_comments_the_office_sends_to_a_government_are_still_help():
    got = _assists("人权高专办于 2104 年向蒙古政府提交了书面意见。", zh=True)
    assert got == {("org/ohchr", "state/MNG", "Reported")}


# a request for help, then the help given


def test_the_two_asked_did_so():
    got = _assists("The Ministry of Justice of Chad asked UNDP and UNICEF to assess its juvenile courts; "
                   "the two did so in 2104 and sent their findings to the Ministry.")
    assert got == {("org/undp", "state/TCD", "Reported"), ("org/unicef", "state/TCD", "Reported")}


def test_the_office_asked_carried_out_the_assessment_in_a_later_sentence():
    got = _assists("In 2104 the Government of Samoa asked the OHCHR Regional Office for the Pacific to assess the "
                   "needs of its Ombudsman. Two staff members of the Regional Office carried out the assessment "
                   "in Apia in May.")
    assert got == {("org/ohchr-pacific", "state/WSM", "Reported")}


def test_a_request_met_in_chinese_by_name_and_by_a_pronoun_for_both():
    got = _assists("蒙古 2104 年请开发署和儿基会协助评估其少年司法制度。两机构已于同年 9 月完成评估。", zh=True)
    assert got == {("org/undp", "state/MNG", "Reported"), ("org/unicef", "state/MNG", "Reported")}
    got = _assists("斐济曾请人权高专办太平洋区域办事处协助起草国家人权机构法草案，该办事处已于 2104 年 3 月提交了书面评论。", zh=True)
    assert got == {("org/ohchr-pacific", "state/FJI", "Reported")}


def test_a_request_refused_or_a_council_request_is_not_met():
    got = _assists("The Government of Nepal asked OHCHR to review its draft law; OHCHR declined for want of staff.")
    assert ("org/ohchr", "state/NPL", "Reported") not in got
    got = _assists("The Human Rights Council requested OHCHR to prepare a study on the right to food. "
                   "OHCHR completed the study in 2104.")
    assert not {f for f in got if f[0] == "org/ohchr" and f[2] == "Reported"}


# stances: who a pronoun speaks for, and what must not be invoked


def test_speaking_for_a_body_the_pronoun_holds_for_the_body():
    got = {(s.holder, s.concept, s.value) for s in _extract(
        "Speaking for the Subcommittee on Prevention of Torture, she said that win-win cooperation should not be "
        "invoked in connection with preventive visits.").stances}
    assert got == {("org/spt", "concept/win-win-cooperation", "Critical")}


def test_a_concept_that_should_not_be_invoked_or_cited_is_criticised():
    got = {(s.holder, s.concept, s.value) for s in _extract(
        "Amnesty International said that mutually beneficial cooperation should not be cited as a reason to "
        "limit monitoring.").stances}
    assert got == {("org/amnesty", "concept/mutually-beneficial-cooperation", "Critical")}


# input: no information given


def test_acknowledged_the_questionnaire_but_gave_no_information_or_no_reply_by_the_deadline():
    got = _facts("Replies to the questionnaire came from Samoa and Tonga. Nauru acknowledged receipt of the "
                 "questionnaire but did not provide any information.")
    assert ("state/NRU", "submittedInputTo", "@report", "Negated") in got
    assert ("state/NRU", "submittedInputTo", "@report", "Reported") not in got
    got = _facts("The report draws on replies received from Samoa and Tonga. The Government of Fiji acknowledged "
                 "receipt of the note verbale but had not replied when the report was finalized.")
    assert ("state/FJI", "submittedInputTo", "@report", "Negated") in got


def test_a_visit_to_be_hosted_later_is_planned():
    got = _assists("Japan intends to finance a study visit for judges of Nepal, to be hosted by the Supreme Court "
                   "of India.")
    assert ("state/IND", "state/NPL", "Planned") in got
    assert ("state/IND", "state/NPL", "Reported") not in got


def test_a_counted_list_of_those_who_answered_after_a_colon_or_namely():
    got = _facts("The questionnaire was circulated in May 2104. By the closing date, four States had answered: "
                 "Ghana, Kenya, Peru and Fiji. Two national institutions answered as well, namely the Kenya "
                 "National Commission on Human Rights and the South African Human Rights Commission.")
    assert {("state/GHA", "submittedInputTo", "@report", "Reported"), ("state/FJI", "submittedInputTo", "@report", "Reported"),
            ("org/knchr", "submittedInputTo", "@report", "Reported"),
            ("org/sahrc", "submittedInputTo", "@report", "Reported")} <= got


def test_work_planned_then_postponed_with_no_new_date_was_not_done():
    got = _assists("UNICEF had intended to carry out, in May 2104, an assessment of the juvenile courts of Malawi. "
                   "The assessment was postponed at the Government's request; no new date has been set.")
    assert got == {("org/unicef", "state/MWI", "Negated")}
    got = _assists("Chad stated that it had asked OHCHR to review its draft penal code. The review had been postponed "
                   "because the Office lacked staff and had still not taken place when Chad replied.")
    assert got == {("org/ohchr", "state/TCD", "Negated")}


def test_all_the_governments_written_to_answered_as_did_an_agency_and_one_let_the_deadline_pass():
    got = _facts("OHCHR wrote in 2104 to the Governments of Chile and Peru, to UNICEF and to the Ombudsman of Peru. "
                 "Both Governments sent written answers, as did UNICEF. The Ombudsman let the deadline pass without replying.")
    assert {("state/CHL", "submittedInputTo", "@report", "Reported"), ("state/PER", "submittedInputTo", "@report", "Reported"),
            ("org/unicef", "submittedInputTo", "@report", "Reported")} <= got


def test_writing_to_governments_for_information_is_no_help():
    got = _assists("OHCHR wrote in 2104 to the Governments of Chile and Peru and to UNICEF. "
                   "Both Governments sent written answers, as did UNICEF.")
    assert got == set()


def test_the_office_thanking_donors_for_their_support_is_not_helped():
    assert _assists("The Office thanks Japan and Sweden for their support.") == set()


def test_an_assessment_postponed_with_no_date_fixed_was_not_given():
    got = _assists("Nepal asked UNDP in 2104 to help it assess its prisons. The assessment has been "
                   "postponed for lack of funds, and no date has yet been fixed for it.")
    assert got == {("org/undp", "state/NPL", "Negated")}


def test_asked_to_review_its_draft_law_is_help_requested():
    assert _assists("Nepal asked UNDP in 2104 to review its draft law on legal aid.") == {
        ("org/undp", "state/NPL", "Requested")}


def test_replies_sent_back_within_the_deadline_and_a_written_submission_provided():
    got = _facts("为编写本报告，人权高专办向斐济和汤加两国政府发出问卷。斐济政府和汤加政府在期限内寄回了答复。"
                 "防止酷刑协会应人权高专办的请求提供了一份书面材料。", zh=True)
    assert {("state/FJI", "submittedInputTo", "@report", "Reported"), ("state/TON", "submittedInputTo", "@report", "Reported"),
            ("org/apt", "submittedInputTo", "@report", "Reported")} <= got


def test_an_advisory_visit_to_a_state_is_help():
    assert _assists("2104 年 10 月，人权高专办对毛里求斯进行了咨询访问。", zh=True) == {("org/ohchr", "state/MUS", "Reported")}


# names: counted plurals


def test_two_national_commissions_are_no_two_states_and_three_states_are_the_three_just_named():
    from outcomes import mentions
    got = mentions("高级专员致函印度、阿富汗、伊朗和尼泊尔四国政府以及印度国家人权委员会和尼泊尔国家人权委员会。"
                   "印度、伊朗和尼泊尔三国政府以及两个国家人权委员会都作了书面答复。", zh=True)
    assert {e for s, e in got if s == "三国"} == {"state/IND", "state/IRN", "state/NPL"}
    assert {e for s, e in got if s == "两个国家人权委员会"} == {"org/nhrc-india", "org/nhrc-nepal"}
    assert not {e for s, e in got if s.startswith("两个国家") and e.startswith("state/")}
    got = _facts("高级专员致函印度、阿富汗、伊朗和尼泊尔四国政府以及印度国家人权委员会和尼泊尔国家人权委员会，请其提供资料。"
                 "印度、伊朗和尼泊尔三国政府以及两个国家人权委员会都作了书面答复。", zh=True)
    assert {("state/IRN", "submittedInputTo", "@report", "Reported"),
            ("org/nhrc-nepal", "submittedInputTo", "@report", "Reported")} <= got
    assert ("state/AFG", "submittedInputTo", "@report", "Reported") not in got


def test_urging_others_to_work_towards_a_concept_and_calling_work_an_instance_of_it_are_support():
    got = {(s.holder, s.concept, s.value) for s in _extract(
        "Cuba urged all States to work towards a community of shared future for human beings in the field of human rights. "
        "Fiji called its work with OHCHR an instance of mutually beneficial cooperation.").stances}
    assert got == {("state/CUB", "concept/community-of-shared-future", "Supportive"),
                   ("state/FJI", "concept/mutually-beneficial-cooperation", "Supportive")}


def test_a_screen_against_scrutiny_no_reason_to_refer_to_it_and_serving_interests_rather_than_rights_are_criticism():
    got = {(s.holder, s.concept, s.value) for s in _extract(
        "Amnesty International was worried that talk of win-win cooperation served some donors as a screen against "
        "scrutiny. Chile considered the right to development unrelated to the prevention of torture and saw no reason "
        "to refer to it there. Oxfam considered that mutually beneficial cooperation served the donors' trade policies "
        "rather than the rights of migrants.").stances}
    assert got == {("org/amnesty", "concept/win-win-cooperation", "Critical"),
                   ("state/CHL", "concept/right-to-development", "Critical"),
                   ("org/oxfam", "concept/mutually-beneficial-cooperation", "Critical")}


def test_asking_whether_a_concept_can_be_reconciled_with_universality_is_doubt():
    got = {(s.holder, s.concept, s.value) for s in _extract(
        "Norway asked whether win-win cooperation could be reconciled with the universality of rights.").stances}
    assert got == {("state/NOR", "concept/win-win-cooperation", "Sceptical")}


def test_chinese_no_clear_yardstick_no_comment_not_rejected_opposed_to_its_use_the_fundamental_path():
    got = _stances_zh("韩国国家人权委员会认为，“互利合作”这种说法没有清楚的衡量标准。"
                      "大赦国际的代表没有评价“人权方面的命运共同体”这个概念。"
                      "日本表示，它并不排斥“互利合作”一说，只是认为援助要以请求为前提。"
                      "美国表示，“共赢合作”一语并未得到普遍认同，美国反对使用。"
                      "国际明爱认为，发展权的实现是消除歧视的根本途径。")
    assert got == {("org/nhrck", "concept/mutually-beneficial-cooperation", "Sceptical"),
                   ("org/amnesty", "concept/community-of-shared-future", "NotQuestioned"),
                   ("state/JPN", "concept/mutually-beneficial-cooperation", "NotQuestioned"),
                   ("state/USA", "concept/win-win-cooperation", "Critical"),
                   ("org/caritas", "concept/right-to-development", "Supportive")}


def _stances_zh(*paragraphs: str) -> set:
    return {(s.holder, s.concept, s.value) for s in _extract(*paragraphs, zh=True).stances}


def test_what_was_asked_for_then_given_in_a_relative_clause():
    assert _assists("Ghana asked OHCHR for advice on its national survey, which the Office gave in 2104.") == {
        ("org/ohchr", "state/GHA", "Reported")}
    assert _assists("Ghana asked UNDP for an assessment of its prisons, which was carried out in 2104.") == {
        ("org/undp", "state/GHA", "Reported")}
    assert _assists("Ghana asked UNDP for an assessment of its prisons, which was still pending.") == {
        ("org/undp", "state/GHA", "Requested")}


def test_partners_of_a_passive_agent_and_joint_work_done_at_a_request():
    got = _facts("Prison officers of Ghana were trained by the OECS, in cooperation with UNICEF, in 2104.")
    assert ("org/oecs", "partnersWith", "org/unicef", "Reported") in got
    assert not {f for f in got if f[1] == "partnersWith" and "state/GHA" in f}
    got = _facts("Ghana restructured its mechanism after a needs assessment carried out at the Government's request "
                 "jointly by OHCHR and UNDP.")
    assert ("org/ohchr", "partnersWith", "org/undp", "Reported") in got


def test_thanks_for_hosting_or_for_support_to_the_office_read_no_help():
    assert _assists("The representative of Nepal thanked India for hosting the workshop.") == set()
    assert _assists("The High Commissioner thanks Norway and Sweden for their support to the Office's work in the region.") == set()
    assert _assists("Kenya thanked OHCHR for its support in drafting the law.") == {("org/ohchr", "state/KEN", "Reported")}


def test_a_resolution_about_help_to_a_state_is_no_help_of_the_council():
    assert _assists("人权理事会通过了关于向斐济提供技术援助的第 429/14 号决议。", zh=True) == set()


def test_an_adviser_in_a_post_a_donor_funds():
    assert _assists("In 2104 OHCHR seconded an adviser to the Ministry of Justice of Chad, in a post that Norway funds.") == {
        ("org/ohchr", "state/TCD", "Reported"), ("state/NOR", "state/TCD", "Reported")}


def test_chinese_requests_never_answered_or_called_off_by_the_one_asked_are_not_met():
    assert _assists("古巴表示，它曾请世界银行为其医院的供氧系统改造提供贷款，但这一申请始终没有得到答复。", zh=True) == {
        ("org/world-bank", "state/CUB", "Negated")}
    assert _assists("罗马尼亚还曾请欧洲委员会协助评估少年拘留设施的条件，但欧洲委员会告知，它在 2118 年无法安排这项评估。", zh=True) == {
        ("org/coe", "state/ROU", "Negated")}


def test_english_requests_that_remained_unanswered_or_were_put_back_and_never_held():
    assert _assists("Ghana said that it had asked OHCHR in 2104 to help it draft a law on legal aid, but that the "
                    "request had remained unanswered.") == {("org/ohchr", "state/GHA", "Negated")}
    assert _assists("Nepal asked UNDP in 2104 to help it assess its prisons. The assessment was put back twice and "
                    "had still not taken place at the time of writing.") == {("org/undp", "state/NPL", "Negated")}
    assert _assists("Kenya asked OHCHR to help it train its police; the request has not yet been answered.") == {
        ("org/ohchr", "state/KEN", "Requested")}


def test_a_second_plural_of_the_same_count_stands_for_the_same_states():
    from outcomes import mentions
    got = mentions("肯尼亚和坦桑尼亚在联合呈件中介绍，两国为卢旺达和布隆迪的边境警察举办了讲习班。两国认为，互利合作很有帮助。", zh=True)
    assert {e for s, e in got if s == "两国"} == {"state/KEN", "state/TZA"}
