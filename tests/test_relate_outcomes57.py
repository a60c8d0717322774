"""The fifty-seventh session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, facts as _facts


def _submitters(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, m) for s, p, _o, m in _facts(*paragraphs, zh=zh) if p == "submittedInputTo"}


# replies from a counted group, then the names: the names replied


def test_replies_from_a_counted_group_name_the_members_after_it():
    got = _submitters("A call for inputs went out in May 2104. Replies came from 11 States, among them Peru, Chile "
                      "and Ghana, from UNICEF, and from three non-governmental organizations, the International "
                      "Commission of Jurists (ICJ) and Amnesty International.")
    assert {("state/PER", "Reported"), ("state/CHL", "Reported"), ("state/GHA", "Reported"),
            ("org/unicef", "Reported"), ("org/icj-jurists", "Reported")} <= got


def test_a_counted_group_governed_by_from_but_no_submission_noun_is_no_reply():
    got = _submitters("Experts came from 11 States, among them Peru and Chile, to the workshop in Lima.")
    assert got == set()


def test_material_supplied_by_governments_is_input():
    got = _submitters("The study draws on material supplied by the Governments of Peru and Chile.")
    assert got == {("state/PER", "Reported"), ("state/CHL", "Reported")}


def test_an_account_sent_is_input():
    got = _submitters("The Office wrote to UNDP and UNICEF in March 2104. UNICEF sent a brief account of its "
                      "programmes.")
    assert ("org/unicef", "Reported") in got


def test_acknowledging_the_note_without_sending_information_is_no_reply():
    got = _submitters("The Office sent a note verbale to Peru and Chile in 2104. Chile replied. Peru acknowledged "
                      "receipt of the note without sending any information.")
    assert ("state/PER", "Negated") in got and ("state/PER", "Reported") not in got


def test_one_approached_that_declined_to_contribute_sent_no_input():
    got = _submitters("The report draws on replies from Peru and Chile. The African Union, also approached, "
                      "declined to contribute and referred the Office to its annual reports.")
    assert ("org/au", "Negated") in got


def test_declining_to_contribute_to_a_fund_is_no_withheld_reply():
    got = _submitters("The report draws on replies from Peru and Chile. Norway declined to contribute to the Fund "
                      "in 2104.")
    assert not any(k == "state/NOR" for k, _m in got)


def test_what_a_respondent_explained_to_visitors_is_not_its_reply():
    got = _submitters("Replies came from 9 States, among them Chile and Peru.",
                      "Judges of Peru spent a week in Santiago in 2104, where the Supreme Court of Chile explained "
                      "to them how it assigns cases.",
                      "Chile explained that it had trained 300 judges in 2104.")
    chile = [f for f in _facts("Replies came from 9 States, among them Chile and Peru.",
                               "Judges of Peru spent a week in Santiago in 2104, where the Supreme Court of Chile "
                               "explained to them how it assigns cases.") if f[0] == "state/CHL"
             and f[1] == "submittedInputTo"]
    assert len(chile) == 1  # the reply list only
    assert ("state/CHL", "Reported") in got


def test_a_respondent_asking_the_author_for_comments_is_no_reply():
    paras = ("Replies came from 9 States, among them Chile and Peru.",
             "In 2104 Peru asked the Special Rapporteur to comment on its draft law on the judiciary.")
    from outcomes import extract
    rec = extract(*paras)
    assert not [r for r in rec.relations if r.predicate == "submittedInputTo" and r.number == 2]


# money named as the subject of a paying verb: its giver paid


def test_a_grant_from_a_state_covered_the_cost_of_the_sessions():
    got = _assists("OHCHR trained prosecutors from Peru in 2104. A grant from Norway covered the cost of the "
                   "sessions.")
    assert ("state/NOR", "state/PER", "Reported") in got


def test_a_grant_from_a_state_named_after_government_of():
    got = _assists("OHCHR trained prosecutors from Peru in 2104. A grant from the Government of Norway paid for the "
                   "workshops.")
    assert ("state/NOR", "state/PER", "Reported") in got


def test_paying_for_the_printed_materials_of_a_course_helps_its_learners():
    got = _assists("Judges of Peru attended a course that OHCHR organized in Lima in 2104, and Norway paid for the "
                   "printed materials.")
    assert ("state/NOR", "state/PER", "Reported") in got


# the office a bare word stands for


def _mentions_of(text: str) -> set[tuple[int, str, str]]:
    from tacb_graph.recognise import recognise
    from tacb_graph.records import Source
    from tacb_graph.segment import segment

    rec = recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text))))
    return {(m.number, m.surface, m.entity) for m in rec.mentions}


_HEAD_OFFICE_ZH = """A/HRC/999/14

人权理事会
第九百九十九届会议
议程项目 10
技术援助和能力建设

几内亚和马里：技术合作

联合国人权事务高级专员办事处驻几内亚办事处的报告

 一. 导言

"""


def test_a_bare_office_of_a_country_offices_report_is_that_office():
    got = _mentions_of(_HEAD_OFFICE_ZH + "1. 本报告介绍技术合作。\n\n2. 2104 年，办事处为马里的法官举办了讲习班。\n\n")
    assert (2, "办事处", "org/ohchr-guinea") in got


def test_a_bare_office_of_the_whole_offices_report_is_no_office_of_its():
    text = _HEAD_OFFICE_ZH.replace("联合国人权事务高级专员办事处驻几内亚办事处的报告", "联合国人权事务高级专员办事处的报告")
    got = _mentions_of(text + "1. 本报告介绍技术合作。\n\n2. 2104 年，办事处为马里的法官举办了讲习班。\n\n")
    assert not any(s == "办事处" and k == "org/ohchr-guinea" for _n, s, k in got)


def test_a_states_name_and_office_stand_for_the_un_office_named_before():
    got = _mentions_of(_HEAD_OFFICE_ZH + "1. 本报告由人权高专办几内亚办事处编写。\n\n"
                       "2. 几内亚办事处于 2104 年向两国政府发送了普通照会。\n\n")
    assert (2, "几内亚办事处", "org/ohchr-guinea") in got


def test_the_country_office_in_a_capital_is_the_office_in_its_state():
    from outcomes import mentions
    got = mentions("The Office works through the OHCHR Country Office in Guinea and its country office in Liberia.",
                   "In 2104 the country office in Conakry trained forty clerks.")
    assert ("the country office", "org/ohchr-guinea") in got


def test_the_country_office_of_a_unit_naming_a_state_is_the_office_there():
    got = _facts("The Office works through the OHCHR Country Office in Guinea and the OHCHR Country Office in Liberia.",
                 "Forty clerks of Guinea followed two courses in 2104. The courses were run by the country office "
                 "together with FAO.")
    assert ("org/ohchr-guinea", "assists", "state/GIN", "Reported") in got
    assert ("org/ohchr-liberia", "assists", "state/GIN", "Reported") not in got


# goods given, and a State's own organ named by a pronoun


def test_donated_goods_outside_any_list_are_help():
    got = _assists("Chile said that cooperation mattered. It had donated wheelchairs and hearing aids to Bolivia and "
                   "to Peru in 2104.")
    assert got == {("state/CHL", "state/BOL", "Reported"), ("state/CHL", "state/PER", "Reported")}


def test_money_donated_to_a_fund_is_no_help_to_it():
    got = _assists("Chile donated USD 20,000 to the United Nations Voluntary Fund for Technical Cooperation in the "
                   "Field of Human Rights in 2104.")
    assert got == set()


def test_help_to_its_ministry_is_help_to_the_state_the_sentence_before_spoke_of():
    got = _assists("Peru raised no objection to the plan. With funding from Norway, UNICEF had helped its Ministry "
                   "of Health to draft a national strategy.")
    assert ("org/unicef", "state/PER", "Reported") in got
    assert ("org/unicef", "state/NOR", "Reported") not in got


def test_its_ministry_after_a_state_in_the_same_sentence_is_that_states():
    got = _assists("In Chad, UNDP supported its Ministry of Justice in 2104.")
    assert got == {("org/undp", "state/TCD", "Reported")}


# money given: 捐给 Y, 拨付, 交给 Y after the amount


def _money(*paragraphs: str, zh: bool = True) -> set[tuple]:
    from outcomes import extract
    rec = extract(*paragraphs, zh=zh)
    return {(c.contributor, c.recipient, c.amount, c.currency) for c in rec.contributions}


def test_money_given_straight_to_a_recipient_after_the_verb():
    got = _money("秘鲁在 2104 年捐给人权高专办 30 万美元；智利捐给联合国人权领域技术合作自愿基金 5 万美元。")
    assert got == {("state/PER", "org/ohchr", "300000", "USD"), ("state/CHL", "org/vf-tc", "50000", "USD")}


def test_money_handed_over_to_a_recipient_after_the_amount():
    got = _money("智利拿出 4 万美元交给联合国人权领域技术合作自愿基金，用于该基金自身的运作开支。")
    assert got == {("state/CHL", "org/vf-tc", "40000", "USD")}


def test_a_list_of_givers_after_a_fund_received_gifts():
    got = _money("联合国人权领域技术合作自愿基金于 2104 年开展了工作。",
                 "2104 年，基金共收到 9 个捐助方的捐款。其中有：秘鲁 20 万美元，智利 3 万美元，另有巴西首次捐出的 5 万美元。")
    assert got == {("state/PER", "org/vf-tc", "200000", "USD"), ("state/CHL", "org/vf-tc", "30000", "USD"),
                   ("state/BRA", "org/vf-tc", "50000", "USD")}


# replies: a list with a bare comma before its last coordinated part, in time, to a letter


def test_a_list_of_repliers_with_a_named_institution_in_its_middle():
    got = _submitters("In May 2104 the Office wrote to the two Governments and to UNDP. Chile, Peru, the National "
                      "Human Rights Commission of Mexico, UNDP and UNICEF replied within the time limit.")
    assert {("state/CHL", "Reported"), ("state/PER", "Reported"), ("org/undp", "Reported"),
            ("org/unicef", "Reported")} <= got


def test_replied_in_time_after_a_letter_is_input():
    got = _submitters("The Office wrote to Chile and Peru in 2104. Chile replied in time.")
    assert ("state/CHL", "Reported") in got


def test_sent_no_answer_after_a_letter_is_no_input():
    got = _submitters("The Office wrote to Chile and to UNHCR in 2104. Chile replied, and UNHCR sent no answer.")
    assert ("org/unhcr", "Negated") in got


# learning told by its verb alone, then who taught it


def test_people_who_learned_in_a_year_were_taught_by_the_one_a_later_sentence_names():
    got = _assists("Thirty officials of Chile learned mediation techniques during 2104. UNDP drew up the curriculum "
                   "and taught it jointly with UNICEF. Norway bore the trainers' costs.")
    assert got == {("org/undp", "state/CHL", "Reported"), ("org/unicef", "state/CHL", "Reported"),
                   ("state/NOR", "state/CHL", "Reported")}


def test_learning_with_no_one_said_to_teach_is_no_help():
    got = _assists("Thirty officials of Chile learned mediation techniques during 2104. The results were good.")
    assert got == set()


def test_people_who_stayed_where_a_body_presented_its_work_to_them_were_helped_by_it():
    got = _assists("For a week in 2104, eight officials of Peru stayed in Santiago, where the Supreme Court of Chile "
                   "presented to them its case-management system. UNDP paid for it.")
    assert {("state/CHL", "state/PER", "Reported"), ("org/undp", "state/PER", "Reported")} <= got


def test_people_who_went_to_a_city_where_others_showed_them_their_work():
    got = _assists("Eight officials of Peru went to Santiago for a week, where officials of Chile showed them the "
                   "registry.")
    assert got == {("state/CHL", "state/PER", "Reported")}


def test_a_year_before_a_count_of_people_is_no_count_of_theirs():
    got = _assists("In 2104 eight officials of Peru attended a course given by UNDP.",
                   "For a week in 2105, six judges of Chile stayed in Lima, where the Supreme Court of Peru presented "
                   "to them its case-management system.")
    assert got == {("org/undp", "state/PER", "Reported"), ("state/PER", "state/CHL", "Reported")}


# Chinese replies: 以书面形式作了答复, the information each held; people sent to a capital


def test_a_list_that_replied_in_writing_sent_input():
    got = _submitters("2104 年，人权高专办致函三国政府。智利和秘鲁两国政府以及墨西哥国家人权委员会以书面形式作了答复；"
                      "玻利维亚政府未予回复。联合国驻秘鲁国家工作队也提供了各自掌握的情况。", zh=True)
    assert got == {("state/CHL", "Reported"), ("state/PER", "Reported"), ("org/cndh-mexico", "Reported"),
                   ("org/unct", "Reported")}  # (玻利维亚政府未予回复: no submission, none Negated in Chinese)


def test_advisers_sent_to_a_capital_help_its_state():
    got = _assists("人权高专办于 2104 年派两名顾问到利马，评估受害者获得赔偿的情况。", zh=True)
    assert got == {("org/ohchr", "state/PER", "Reported")}


# help asked for, then done


def test_help_asked_for_and_then_conducted_with_a_partner_was_given():
    got = _assists("Chile asked UNDP in 2104 to help it examine the backlog of the courts. The examination, which UNDP "
                   "conducted with the ILO in May 2105, found that few cases were decided.")
    assert ("org/undp", "state/CHL", "Reported") in got
    assert ("org/undp", "state/CHL", "Requested") not in got


def test_help_asked_for_then_its_officers_spent_days_with_the_asker():
    got = _assists("The Ombudsman of Peru requested UNDP in 2104 to help it put its files in order. Two officers "
                   "of UNDP then spent ten days with the Ombudsman in Lima.")
    assert ("org/undp", "state/PER", "Reported") in got or ("org/undp", "org/ombudsman-peru", "Reported") in got


def test_help_asked_for_and_money_spent_elsewhere_is_still_only_asked():
    got = _assists("Chile asked UNDP in 2104 to help it draft a law. UNDP spent USD 20,000 on its own programme in "
                   "Peru.")
    assert ("org/undp", "state/CHL", "Requested") in got


def test_people_placed_in_a_state_who_travelled_to_learn_are_that_states():
    got = _assists("Six members of district land boards in Peru travelled to Santiago in 2104, where officers of the "
                   "Land Registry of Chile showed them how it records customary tenure. UNDP organized the visit.")
    assert got == {("state/CHL", "state/PER", "Reported"), ("org/undp", "state/PER", "Reported")}


def test_people_among_those_a_body_trained_were_taught_by_it_and_its_partner():
    got = _assists("Judges from Peru and Bolivia were among forty magistrates whom UNDP, in cooperation with UNICEF, "
                   "trained in Lima in 2104 on juvenile justice.")
    assert got == {("org/undp", "state/PER", "Reported"), ("org/undp", "state/BOL", "Reported"),
                   ("org/unicef", "state/PER", "Reported"), ("org/unicef", "state/BOL", "Reported")}


def test_people_among_those_a_body_invited_to_a_conference_were_not_taught():
    got = _assists("Judges from Peru were among forty magistrates that UNDP invited to a conference in 2104.")
    assert got == set()


def test_the_same_fund_is_the_fund_named_before():
    got = _money("Peru gave USD 40,000 to the United Nations Voluntary Fund for Technical Cooperation in the Field of "
                 "Human Rights in 2104, and Chile transferred USD 25,000 to the Office. Norway pledged NOK 3 million "
                 "to the same Fund for 2105.", zh=False)
    assert ("state/NOR", "org/vf-tc", "3000000", "NOK") in got


def test_a_grant_used_by_an_institution_went_to_it():
    got = _money("The Independent National Institution for Human Rights of Guinea used a grant of USD 58,000 from "
                 "the United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights to make "
                 "visits to prisons in 2104.", zh=False)
    assert got == {("org/vf-tc", "org/inidh-guinea", "58000", "USD")}


# Chinese: staff of counted organizations took part; money of a State paid; a fund's grant with a count before it


def test_staff_of_organizations_of_several_states_took_part_in_a_workshop():
    got = _assists("来自秘鲁、智利和玻利维亚的 18 个受资助组织的 25 名工作人员在利马参加了人权高专办举办的讲习班，"
                   "所需开支均由挪威的一笔专项捐款支付。", zh=True)
    assert {("org/ohchr", "state/CHL", "Reported"), ("org/ohchr", "state/BOL", "Reported"),
            ("state/NOR", "state/CHL", "Reported"), ("state/NOR", "state/BOL", "Reported")} <= got


def test_the_cost_paid_by_a_states_grant_in_a_later_sentence():
    got = _assists("人权高专办为秘鲁的法官举办了讲习班。讲习班的费用由挪威的一笔赠款支付。", zh=True)
    assert got == {("org/ohchr", "state/PER", "Reported"), ("state/NOR", "state/PER", "Reported")}


def test_a_grant_of_a_fund_counted_before_its_noun():
    got = _assists("反奴隶制国际获得了联合国人权领域技术合作自愿基金一笔为期两年的赠款。", zh=True)
    assert got == {("org/vf-tc", "org/anti-slavery-international", "Reported")}


def test_officials_invited_who_attended_a_course_were_helped():
    got = _assists("智利 2104 年邀请秘鲁和玻利维亚两国负责履约报告的 16 名官员赴圣地亚哥参加了为期两周的研修班。", zh=True)
    assert got == {("state/CHL", "state/PER", "Reported"), ("state/CHL", "state/BOL", "Reported")}


def test_training_asked_for_then_put_off_with_no_new_date_was_not_given():
    got = _assists("秘鲁监察员办公室曾请开发署为其工作人员举办培训，开发署以日程已满为由推迟了培训，至今没有确定新的日期。",
                   zh=True)
    assert ("org/undp", "org/ombudsman-peru", "Negated") in got


def test_procedures_shared_with_a_body_are_help_to_it():
    got = _assists("The National Human Rights Commission of Bangladesh shared its procedures for handling complaints "
                   "with the Human Rights Commission of the Maldives in 2104.")
    assert got == {("org/nhrc-bangladesh", "org/hrcm-maldives", "Reported")}


def test_people_sent_to_a_capital_where_the_unit_names_the_body_helped_help_that_body_only():
    got = _assists("应秘鲁监察员办公室的请求，开发署 2104 年派两名研究人员到利马工作了两周，帮助该办公室制定了监测方法。", zh=True)
    assert ("org/undp", "state/PER", "Reported") not in got


def test_a_later_clause_that_gives_money_shares_the_subject_of_the_first():
    got = _money("智利代表感谢开发署和欧洲联盟此前给予的支持，并宣布将于 2105 年主办一期讲习班，还将在同年捐给人权高专办 10 万欧元。")
    assert got == {("state/CHL", "org/ohchr", "100000", "EUR")}


# views voiced at an event, or by a delegation, are no written input


def _submitted_in(n: int, *paragraphs: str) -> set[str]:
    from outcomes import extract
    return {r.subject for r in extract(*paragraphs).relations if r.predicate == "submittedInputTo" and r.number == n}


def test_views_in_a_unit_opened_by_an_event_are_not_input():
    got = _submitted_in(2, "Replies were received from Chile, Peru and Bolivia.",
                        "At the workshop, Chile welcomed the emphasis on mutually beneficial cooperation. Peru "
                        "considered win-win cooperation an unsuitable lens.")
    assert got == set()


def test_a_delegation_that_stated_a_view_spoke_it():
    got = _submitted_in(2, "Replies were received from Chile and Peru.",
                        "The delegation of Chile stated that win-win cooperation should guide technical assistance.")
    assert got == set()


def test_a_respondent_that_considered_a_view_wrote_it():
    got = _submitted_in(2, "Replies were received from Chile and Peru.",
                        "Chile considered that win-win cooperation should guide technical assistance.")
    assert got == {"state/CHL"}


def test_help_asked_for_stays_asked_when_the_one_asked_acts_later_for_others():
    got = _assists("Participants requested UNDP, together with UNICEF, to assist the Governments of Bhutan and "
                   "Maldives in reviewing legislation. UNDP will hold a follow-up meeting with the ILO in Colombo in "
                   "2105 for the national human rights institutions of India and Nepal.")
    assert ("org/undp", "state/BTN", "Planned") not in got


def test_people_who_learned_from_a_body_were_taught_by_it():
    got = _assists("Twelve investigators of Chile learned from UNDP how to document forced evictions.")
    assert got == {("org/undp", "state/CHL", "Reported")}


def test_learning_from_the_experience_of_a_state_is_no_help_told():
    got = _assists("Judges of Chile learned a great deal from the experience of Peru.")
    assert got == set()


def test_a_clinic_co_organized_for_an_institutions_staff_helps_it():
    got = _assists("In March 2104 UNDP and UNICEF co-organized a three-day clinic in Conakry for the staff of the "
                   "Independent National Institution for Human Rights of Guinea.")
    assert {("org/undp", "org/inidh-guinea", "Reported"), ("org/unicef", "org/inidh-guinea", "Reported")} <= got


# Chinese requests: a questionnaire sent to States asks them; a State's organ asked first


def test_a_questionnaire_sent_to_states_asks_them_for_input():
    got = {(s, o) for s, p, o, _m in _facts("人权高专办向秘鲁、智利和玻利维亚三国政府分发了一份调查问卷，请它们介绍彼此之间开展合作的情况。",
                                           zh=True) if p == "requests"}
    assert got == {("org/ohchr", "state/PER"), ("org/ohchr", "state/CHL"), ("org/ohchr", "state/BOL")}


def test_a_states_organ_that_asked_first_asked_for_the_help():
    got = _facts("秘鲁惩教署提出请求后，人权高专办派出三名专家组成的评估团，走访了利马的两所监狱。", zh=True)
    assert ("state/PER", "requests", "org/ohchr", "Reported") in got
    assert ("org/ohchr", "assists", "state/PER", "Reported") in got


def test_a_memorandum_on_a_topic_signed_by_two_states_makes_them_partners():
    got = {(s, o) for s, p, o, _m in _facts("秘鲁和智利两国政府签署了一份关于民事登记数字化的谅解备忘录。", zh=True)
           if p == "partnersWith"}
    assert got & {("state/PER", "state/CHL"), ("state/CHL", "state/PER")}


def test_one_who_organized_the_course_with_a_partner_held_it_with_that_partner():
    got = _facts("Judges of Peru and Chile were trained side by side in Lima in May 2104. UNODC organized the course "
                 "with UNICEF, and Norway paid for it.")
    assert {("org/unodc", "assists", "state/PER", "Reported"), ("org/unicef", "assists", "state/PER", "Reported"),
            ("org/unodc", "partnersWith", "org/unicef", "Reported"), ("state/NOR", "assists", "state/CHL", "Reported")} <= got


# stances (English)


def _stances(*paragraphs: str) -> set[tuple[str, str, str]]:
    from outcomes import extract
    return {(s.holder, s.concept, s.value) for s in extract(*paragraphs).stances}


def test_seeing_no_reason_to_question_a_concept_does_not_question_it():
    got = _stances("Replies were received from Chile.",
                   "Chile saw no reason to question mutually beneficial cooperation; it reported that it had trained "
                   "ten officials of Peru in 2104.")
    assert got == {("state/CHL", "concept/mutually-beneficial-cooperation", "NotQuestioned")}


def test_a_concept_that_has_no_place_in_a_text_is_rejected():
    got = _stances("Replies were received from Bolivia.",
                   "Bolivia took the view that references to a community of shared future for human beings had no "
                   "place in reports on migration.")
    assert got == {("state/BOL", "concept/community-of-shared-future", "Critical")}


def test_not_opposing_a_concept_leaves_it_unquestioned():
    from outcomes import extract
    rec = extract("智利寄来了书面答复。", "对于“互利合作”，智利表示并不反对这一说法，只是提醒说，合作必须尊重各国的自主选择。", zh=True)
    assert {(s.holder, s.concept, s.value) for s in rec.stances} == {
        ("state/CHL", "concept/mutually-beneficial-cooperation", "NotQuestioned")}


def test_opposing_a_concept_still_rejects_it():
    from outcomes import extract
    rec = extract("智利寄来了书面答复。", "智利表示反对使用“合作共赢”这一提法。", zh=True)
    assert {(s.holder, s.concept, s.value) for s in rec.stances} == {
        ("state/CHL", "concept/win-win-cooperation", "Critical")}


def test_a_request_answered_by_a_body_was_made_to_it():
    got = _facts("UNDP answered a request from Chile by advising its Government in 2104.")
    assert ("state/CHL", "requests", "org/undp", "Reported") in got
