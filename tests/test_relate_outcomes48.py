"""The forty-eighth session's rules: a report's own short name that holds a gazetteer name (非洲网络 after the
Network's full name: recognise/recogniser.py); memoranda signed by two (zh ``partners`` ``joint_modified``); those
who took part after a clause naming them without a verb (zh ``people_elided``), counted with 共 (``counted``),
trained in a course named by a compound (``noun_compound``) and taught by a later clause (``taught_after``,
``taught_verb``) or by a sentence opening with the bare course (``referents_attended_bare``); a State's aid agency pays
as the State (``state_organ``, relate/referents.py); 后者 / 前者 / the latter (backrefs ``latter``); an office that
asks for money asks for itself (relate/assistance.py, relate/activities.py); goods given (zh ``give_nouns``); a training word after a participation verb is
the course taken (``participated_noun_reach``), and the State it was taken in gave it (``trained_in_host``); experts
who went to a State to work there (relate/missions.py); thanks for help given before (zh ``thanks`` ``aside``); a
university named after a State is no State (backrefs ``not_state_names``); 在 X 的邀请下 (zh
``on_request_governors``); 该署 for a regional agency; ministries named by their fields with 权利 / 事务 / 政策
(zh ``organs``); promises to do what was asked (zh ``agreed_words``, guarded by ``agreed_not_before``).
Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import extract as _extract


def _facts(*paragraphs: str, zh: bool = False) -> set[tuple[str, str, str, str]]:
    rec = _extract(*paragraphs, zh=zh)
    return {(r.subject, r.predicate, r.object, r.modality) for r in rec.relations if r.predicate != "cites"}


def _mentions(*paragraphs: str, zh: bool = False) -> set[tuple[int, str, str]]:
    rec = _extract(*paragraphs, zh=zh)
    return {(m.number, m.surface, m.entity) for m in rec.mentions}


def test_a_short_name_holding_a_place_name_stands_for_the_body_it_was_defined_after():
    found = _mentions("人权高专办与非洲国家人权机构网络(非洲网络)举行了会谈。",
                      "非洲网络随后为赞比亚人权委员会的调查员开办了培训。", zh=True)
    assert (2, "非洲网络", "org/nanhri") in found
    assert not any(n == 2 and e == "place/africa" for n, _s, e in found)


def test_a_memorandum_two_bodies_signed_makes_them_partners():
    facts = _facts("2109 年，乌干达人权委员会和非洲国家人权机构网络签订了为期两年的合作备忘录。", zh=True)
    assert ("org/uhrc", "partnersWith", "org/nanhri", "Reported") in facts


def test_people_named_in_the_clause_before_took_the_course_its_teachers_gave():
    facts = _facts("赞比亚人权委员会和马拉维人权委员会共九名工作人员 2109 年前往内罗毕，接受了为期一周的投诉处理培训，"
                   "全部课程由肯尼亚国家人权委员会的调查员讲授。", zh=True)
    assert ("org/knchr", "assists", "org/hrc-zambia", "Reported") in facts
    assert ("org/knchr", "assists", "org/mhrc", "Reported") in facts


def test_a_sentence_opening_with_the_bare_course_names_who_taught_it():
    facts = _facts("赞比亚人权委员会的八名调查员接受了为期五天的监测培训。课程由肯尼亚国家人权委员会讲授。", zh=True)
    assert ("org/knchr", "assists", "org/hrc-zambia", "Reported") in facts


def test_a_states_aid_agency_that_paid_later_pays_as_the_state():
    facts = _facts("人权高专办在卢萨卡举办了一期讲习班，学员是赞比亚人权委员会的工作人员。讲习班的开支后来由挪威开发合作署报销。",
                   zh=True)
    assert ("state/NOR", "assists", "org/hrc-zambia", "Reported") in facts


def test_the_latter_is_the_second_of_two_named_before_it():
    facts = _facts("赞比亚人权委员会请肯尼亚国家人权委员会协助其修订投诉处理规则，后者已确认将于 2110 年 3 月派一名专员前往卢萨卡。",
                   zh=True)
    assert ("org/hrc-zambia", "requests", "org/knchr", "Reported") in facts
    assert ("org/knchr", "assists", "org/hrc-zambia", "Planned") in facts
    found = _mentions("The Government of Zambia asked the Kenya National Commission on Human Rights to help it revise its "
                      "complaint rules; the latter confirmed that it would send a commissioner to Lusaka.")
    assert (1, "the latter", "org/knchr") in found


def test_a_promise_hedged_with_a_decision_still_to_come_is_no_plan():
    facts = _facts("赞比亚政府请开发署支持其选举委员会的培训工作，开发署表示将在审议其下一年度预算时再作决定。", zh=True)
    assert ("org/undp", "assists", "state/ZMB", "Planned") not in facts


def test_an_office_that_asks_a_donor_to_fund_a_post_asks_for_itself():
    facts = _facts("人权高专办多哥办事处请挪威资助一名性别问题顾问职位。", zh=True)
    assert ("state/NOR", "assists", "org/ohchr-togo", "Requested") in facts
    facts = _facts("The OHCHR Country Office in Togo asked Norway to fund the post of a gender adviser.")
    assert ("state/NOR", "assists", "org/ohchr-togo", "Requested") in facts


def test_a_body_that_advises_funding_asks_for_nothing_for_itself():
    facts = _facts("咨询委员会建议自愿技术合作基金资助太平洋岛国的官员参加培训。", zh=True)
    assert not any(f[0] == "org/hrc-advisory-committee" and f[1] == "fundedBy" for f in facts)


def test_goods_given_are_help():
    facts = _facts("日本向汤加赠送了一批气象观测仪器。", zh=True)
    assert ("state/JPN", "assists", "state/TON", "Reported") in facts


def test_people_trained_in_a_state_were_trained_by_it_not_the_other_way_round():
    facts = _facts("老挝人民民主共和国司法部的 40 名官员 2110 年在越南接受了调解培训。", zh=True)
    assert ("state/VNM", "assists", "state/LAO", "Reported") in facts
    assert ("state/LAO", "assists", "state/VNM", "Reported") not in facts


def test_experts_who_went_to_a_state_to_work_helped_it():
    facts = _facts("应圣卢西亚政府的邀请，牙买加的两名法医专家 2110 年赴该国协助调查了一起羁押期间死亡案件。", zh=True)
    assert ("state/JAM", "assists", "state/LCA", "Reported") in facts
    facts = _facts("Two forensic experts from Jamaica travelled to Saint Lucia in 2110 to help investigate a death in custody.")
    assert ("state/JAM", "assists", "state/LCA", "Reported") in facts


def test_officials_who_went_somewhere_to_work_are_no_experts_of_a_provider():
    facts = _facts("Officials of Jamaica travelled to Saint Lucia in 2110 to assess the prisons.")
    assert ("state/JAM", "assists", "state/LCA", "Reported") not in facts


def test_thanks_for_help_given_before_name_the_helpers():
    facts = _facts("塞浦路斯感谢难民署和欧洲联盟以往提供的支持。", zh=True)
    assert ("org/unhcr", "assists", "state/CYP", "Reported") in facts
    assert ("org/eu", "assists", "state/CYP", "Reported") in facts


def test_a_university_named_after_a_state_is_no_state():
    facts = _facts("儿基会与塞浦路斯大学合作编写了一份手册。", zh=True)
    assert not any("state/CYP" in f for f in facts)
    found = _mentions("UNICEF worked with the University of Cyprus on a handbook.")
    assert not any(e == "state/CYP" for _n, _s, e in found)


def test_help_sent_at_the_invitation_of_a_government_was_asked_for():
    facts = _facts("人权高专办致函欧洲联盟基本权利署(基本权利署)。",
                   "在塞浦路斯政府的邀请下，该署 2110 年派两名研究人员到尼科西亚，与内政部官员讨论了收容条件。", zh=True)
    assert ("state/CYP", "requests", "org/fra", "Reported") in facts
    assert ("org/fra", "assists", "state/CYP", "Reported") in facts


def test_a_ministry_named_by_rights_and_policies_is_the_states():
    facts = _facts("塞浦路斯政府提交了答复。应儿童权利和家庭政策部的要求，国际劳工组织 2110 年编写了一份评估报告。", zh=True)
    assert ("state/CYP", "requests", "org/ilo", "Reported") in facts


def test_a_reply_list_after_a_colon_runs_on_over_semicolons():
    facts = _facts("秘书长征询了意见。下列各方寄来了答复：冰岛、蒙古；蒙古国家人权委员会；大赦国际和人权观察。", zh=True)
    for k in ("state/ISL", "state/MNG", "org/nhrc-mongolia", "org/amnesty", "org/hrw"):
        assert (k, "submittedInputTo", "@report", "Reported") in facts


def test_a_reply_list_runs_on_over_a_joint_reply_and_semicolons():
    facts = _facts("The Committee sent a questionnaire. Replies were received from Chile and Peru and, jointly, from "
                   "Norway and Iceland; from the National Human Rights Commission of Korea; and from Amnesty International.")
    for k in ("state/CHL", "state/PER", "state/NOR", "state/ISL", "org/nhrck", "org/amnesty"):
        assert (k, "submittedInputTo", "@report", "Reported") in facts


def test_a_state_that_could_not_reply_sent_nothing():
    facts = _facts("The Committee sent a questionnaire. Replies were received from Chile. Peru told the Committee that it "
                   "was unable to reply.")
    assert ("state/PER", "submittedInputTo", "@report", "Negated") in facts


def test_the_audience_of_a_workshop_a_donor_paid_an_office_to_hold():
    facts = _facts("挪威 2110 年资助人权高专办西非区域办事处举办了一期讲习班，对象是多哥和贝宁的检察官。", zh=True)
    for giver in ("org/ohchr-west-africa", "state/NOR"):
        for taker in ("state/TGO", "state/BEN"):
            assert (giver, "assists", taker, "Reported") in facts


def test_a_ministry_in_a_sentence_opening_with_a_state_is_that_states():
    facts = _facts("在多哥，挪威支持司法部修订了刑事诉讼法。", zh=True)
    assert ("state/NOR", "assists", "state/TGO", "Reported") in facts
    facts = _facts("In Togo, Norway supported the Ministry of Justice in revising the code of criminal procedure.")
    assert ("state/NOR", "assists", "state/TGO", "Reported") in facts


def test_a_participle_opening_the_sentence_names_who_helped_its_subject():
    facts = _facts("Assisted by UNICEF in 2110, Togo revised its child protection code.")
    assert ("org/unicef", "assists", "state/TGO", "Reported") in facts
    assert ("state/TGO", "assists", "org/unicef", "Reported") not in facts


def test_an_offer_split_by_a_year_is_an_offer_and_it_did_not_happen():
    facts = _facts("Chile said that it had offered in 2110 to host a course for prosecutors of Peru, but that the "
                   "course had not taken place.")
    assert ("state/CHL", "assists", "state/PER", "Negated") in facts
    assert ("state/CHL", "assists", "state/PER", "Reported") not in facts


def test_a_visit_with_a_programme_its_host_set():
    facts = _facts("多哥司法部的五名官员赴塞内加尔考察，行程由塞内加尔司法部安排。", zh=True)
    assert ("state/SEN", "assists", "state/TGO", "Reported") in facts


def test_a_mission_announced_that_never_set_out_was_no_help():
    facts = _facts("西非经共体曾表示，将派一个评估团赴多哥，但评估团始终没有成行。", zh=True)
    assert ("org/ecowas", "assists", "state/TGO", "Negated") in facts
    assert ("org/ecowas", "assists", "state/TGO", "Reported") not in facts


def test_written_comments_sent_after_a_request_are_help_given():
    facts = _facts("多哥政府 2110 年请开发署协助其修订选举法草案。开发署在 5 月提交了书面评论。", zh=True)
    assert ("org/undp", "assists", "state/TGO", "Reported") in facts


def test_an_agreement_under_which_one_pays_and_the_other_carries_out():
    facts = _facts("挪威和开发署于 2110 年订立协定，由挪威提供全部资金，开发署在多哥实施一个法律援助项目。", zh=True)
    assert ("state/NOR", "partnersWith", "org/undp", "Reported") in facts
    assert ("state/NOR", "assists", "state/TGO", "Reported") in facts
    assert ("org/undp", "assists", "state/TGO", "Reported") in facts


def test_advisers_posted_to_a_capital_help_its_state():
    facts = _facts("挪威派出两名司法顾问常驻洛美。", zh=True)
    assert ("state/NOR", "assists", "state/TGO", "Reported") in facts


def test_a_states_attorney_general_asks_as_the_state_and_a_year_splits_no_request():
    facts = _facts("Chile's Federal Attorney General asked UNDP in 2110 for help in drafting a witness protection "
                   "strategy. Two UNDP consultants worked with the Attorney General's office for three months.")
    assert ("state/CHL", "requests", "org/undp", "Reported") in facts
    assert ("org/undp", "assists", "state/CHL", "Reported") in facts


def test_a_course_that_was_to_be_given_to_its_service_and_was_put_off_indefinitely():
    facts = _facts("Peru said that a course that UNODC was to give to its prison service in 2110 had been postponed "
                   "indefinitely.")
    assert ("org/unodc", "assists", "state/PER", "Negated") in facts
    facts = _facts("Peru said that UNODC was to give a course to its prison service in 2110.")
    assert ("org/unodc", "assists", "state/PER", "Planned") in facts


def test_an_offer_declined_is_no_help_given_and_an_offer_alone_a_plan():
    facts = _facts("Chile offered in 2110 to provide training on the treatment of detainees to officers of the Ministry "
                   "of the Interior of Peru, but the Government of Peru declined the offer.")
    assert {f for f in facts if f[:3] == ("state/CHL", "assists", "state/PER")} == {("state/CHL", "assists", "state/PER", "Negated")}
    facts = _facts("Chile offered to provide training to officers of Peru in 2111.")
    assert {f for f in facts if f[:3] == ("state/CHL", "assists", "state/PER")} == {("state/CHL", "assists", "state/PER", "Planned")}


def test_officials_of_the_services_of_states_took_part():
    facts = _facts("Officials of the prison administrations of Chile and Peru took part in a seminar on prisons, "
                   "co-organized by Japan and UNODC in Lima in 2110.")
    for giver in ("state/JPN", "org/unodc"):
        for taker in ("state/CHL", "state/PER"):
            assert (giver, "assists", taker, "Reported") in facts


def test_the_trainees_board_and_transport_paid_after_a_comma():
    facts = _facts("卢旺达惩教署为布隆迪的 40 名狱政人员开办了培训，受训人员的食宿和交通由比利时负担。", zh=True)
    assert ("state/BEL", "assists", "state/BDI", "Reported") in facts


def test_an_exchange_agreement_and_officials_named_with_a_long_modifier():
    facts = _facts("卢旺达国家人权委员会和布隆迪独立国家人权委员会 2110 年签署了交流协议。", zh=True)
    assert ("org/nchr-rwanda", "partnersWith", "org/cnidh-burundi", "Reported") in facts
    facts = _facts("布隆迪的 20 名地方政府规划官员 2110 年在卢旺达接受了预算编制培训。", zh=True)
    assert ("state/RWA", "assists", "state/BDI", "Reported") in facts


def test_those_who_taught_named_after_are_no_actors_and_work_with_a_states_staff_is_help_too():
    facts = _facts("多哥 12 处收容所的管理员和志愿者分批接受了急救培训。授课的是难民署和儿基会的工作人员。", zh=True)
    assert ("org/unhcr", "assists", "state/TGO", "Reported") in facts
    assert not any(f[0] == "state/TGO" and f[1] == "assists" for f in facts)
    facts = _facts("世界卫生组织派出两名工程师，同多哥卫生部的技术人员一道，检测了 20 个水源。", zh=True)
    assert ("org/who", "assists", "state/TGO", "Reported") in facts
    assert ("org/who", "partnersWith", "state/TGO", "Reported") in facts  # (done together with its staff)


def test_people_invited_to_a_course_were_helped_by_the_host_and_to_a_meeting_were_not():
    facts = _facts("大韩民国邀请多哥的 15 名官员赴首尔参加了电子政务研修。", zh=True)
    assert ("state/KOR", "assists", "state/TGO", "Reported") in facts
    facts = _facts("大韩民国邀请多哥的两名代表出席了区域会议。", zh=True)
    assert ("state/KOR", "assists", "state/TGO", "Reported") not in facts
    facts = _facts("The Republic of Korea invited 15 officials of Togo to Seoul for a course on e-government.")
    assert ("state/KOR", "assists", "state/TGO", "Reported") in facts


def test_the_institute_standing_alone_is_the_institute_named_before():
    facts = _facts("丹麦人权研究所在呈件中报告，研究所 2110 年向卢旺达国家人权委员会的调查股派驻了一名顾问。", zh=True)
    assert ("org/dihr", "assists", "org/nchr-rwanda", "Reported") in facts


def test_a_body_of_the_host_state_that_briefed_visitors_helped_them():
    facts = _facts("多哥国民议会的 10 名议员赴加纳进行了学习考察。考察期间，加纳人权和行政司法委员会向代表团介绍了其投诉处理程序。",
                   zh=True)
    assert ("org/chraj", "assists", "state/TGO", "Reported") in facts
