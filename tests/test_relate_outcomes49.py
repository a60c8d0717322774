"""The forty-ninth session's rules: what the one asked answers in a later sentence — a reply that says what will be
done (zh ``agreed_reply``), a decision left to later (``agreed_not_before``: 视…另行决定), a request never answered
(zh ``refused_verbs``: 一直没有答复), help put off (``put_off_later``: to a stated year Planned, to be reconsidered or with
no date Negated, the request itself put off still Requested), a reply saying the request will not be acted on
(``work_ref_lead`` 回复说, ``called_off`` 暂不执行), written comments sent (zh ``done_verbs`` 送交); a reply list that goes on
after "and from four regional networks:" (en ``received_from`` ``continued``) and a reply that could not be sent in the
time allowed (en ``none_sent``); a State's name and the last word of an institution's name (``state_short_names``:
the Fiji Commission); trainees named as complaint handlers; a review received from a body, at the receiver's own
request (en ``passive_nouns``, ``own_request``); an adviser lent to it by a body (``given_to_it``; the adviser is then
no OHCHR adviser); "the Office" after a sentence opened by an ombudsman's office (backrefs ``subject_kinds``); study
courses called 研习班; a donor giving through an OHCHR office (relate/channels.py); goods handed over by a donor (zh
``goods_handed``). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, extract as _extract, facts as _facts, mentions as _mentions


# what the one asked answers later


def test_a_reply_that_says_when_the_team_will_travel_makes_the_help_planned():
    got = _assists("尼泊尔于 2090 年请人权高专办派员评估其监狱登记系统。人权高专办已复函，评估小组将于 2091 年 3 月前往加德满都。",
                   zh=True)
    assert ("org/ohchr", "state/NPL", "Planned") in got


def test_a_reply_that_leaves_the_decision_to_later_keeps_the_help_asked_for():
    got = _assists("蒙古政府请开发署和人权高专办支持其修订警察法。开发署已答复将于明年派出一名顾问；人权高专办表示将视经费情况另行决定。",
                   zh=True)
    assert ("org/undp", "state/MNG", "Planned") in got
    assert ("org/ohchr", "state/MNG", "Requested") in got


def test_a_request_never_answered_is_help_not_given_but_one_not_yet_answered_is_still_asked_for():
    never = _assists("乍得曾请非洲联盟协助培训选举官员，但该组织始终没有答复。", zh=True)
    assert ("org/au", "state/TCD", "Negated") in never
    pending = _assists("乍得曾请非洲联盟协助培训选举官员，但该组织尚未答复。", zh=True)
    assert ("org/au", "state/TCD", "Requested") in pending


def test_help_put_off_to_be_reconsidered_is_not_given_and_put_off_to_a_year_is_planned():
    later = _assists("约旦国家人权中心曾请卡塔尔国家人权委员会帮助其编写投诉手册。卡塔尔国家人权委员会以人手不足为由，"
                     "将这项协助推迟到 2095 年以后再议。", zh=True)
    assert ("org/nhrc-qatar", "org/nchr-jordan", "Negated") in later
    dated = _assists("约旦国家人权中心曾请卡塔尔国家人权委员会帮助其编写投诉手册。卡塔尔国家人权委员会将这项协助推迟到 2095 年。",
                     zh=True)
    assert ("org/nhrc-qatar", "org/nchr-jordan", "Planned") in dated


def test_a_request_whose_decision_is_put_off_is_still_asked_for():
    got = _assists("马拉维政府请开发署支持其修订刑法。开发署决定将该请求推迟到下一个规划周期审议。", zh=True)
    assert ("org/undp", "state/MWI", "Negated") not in got


def test_a_reply_that_the_request_will_not_be_acted_on_for_now_is_help_not_given():
    got = _assists("莫桑比克政府请葡萄牙支持建设两所少年法庭。葡萄牙外交部回复说，鉴于预算限制，这项请求暂不执行。", zh=True)
    assert ("state/PRT", "state/MOZ", "Negated") in got
    assert ("state/PRT", "state/MOZ", "Requested") not in got


def test_comments_sent_after_a_request_are_the_help_given():
    got = _assists("2090 年，赞比亚政府请人权高专办协助其审查信息自由法草案。2091 年 1 月，人权高专办把书面评论送交司法部。", zh=True)
    assert ("org/ohchr", "state/ZMB", "Reported") in got


# reply lists and replies not sent


def test_a_reply_list_goes_on_after_a_second_from_and_a_colon():
    got = _facts("Replies were received from the Kenya National Commission on Human Rights and the Danish Institute for "
                 "Human Rights, and from two regional networks: the Asia Pacific Forum of National Human Rights "
                 "Institutions (APF) and the European Network of National Human Rights Institutions (ENNHRI).")
    for k in ("org/knchr", "org/dihr", "org/apf", "org/ennhri"):
        assert (k, "submittedInputTo", "@report", "Reported") in got


def test_a_reply_that_could_not_be_sent_within_the_time_allowed_is_no_submission():
    got = _facts("Replies were received from the Kenya National Commission on Human Rights. The Uganda Human Rights "
                 "Commission informed the Office that it could not reply within the time allowed.")
    assert ("org/uhrc", "submittedInputTo", "@report", "Negated") in got
    assert ("org/uhrc", "submittedInputTo", "@report", "Reported") not in got


# short names


def test_a_states_name_and_the_last_word_of_an_institutions_name_is_that_institution():
    found = _mentions("The Fiji Human Rights and Anti-Discrimination Commission replied to the questionnaire.",
                      "APF trained investigators of the Fiji Commission in 2090.")
    assert ("Fiji Commission", "org/fhradc") in found
    assert ("Fiji", "state/FJI") not in found
    got = _assists("The Fiji Human Rights and Anti-Discrimination Commission replied to the questionnaire.",
                   "APF trained investigators of the Fiji Commission in 2090.")
    assert ("org/apf", "org/fhradc", "Reported") in got


def test_a_state_before_a_head_no_institution_named_before_ends_with_stays_the_state():
    found = _mentions("The Fiji Commission of Inquiry met in 2090.")
    assert ("Fiji", "state/FJI") in found


def test_a_states_name_and_the_last_word_of_an_institutions_chinese_name():
    got = _assists("斐济人权和反歧视委员会作了答复。", "亚太论坛为斐济委员会的调查人员举办了培训。", zh=True)
    assert ("org/apf", "org/fhradc", "Reported") in got


# help received, lent, and the Office


def test_complaint_handlers_of_a_body_are_its_people():
    got = _assists("In 2090 the Kenya National Commission on Human Rights trained complaint handlers of the Uganda Human "
                   "Rights Commission.")
    assert ("org/knchr", "org/uhrc", "Reported") in got


def test_a_review_received_at_its_own_request_is_help_and_a_request():
    got = _facts("At its own request, the Uganda Human Rights Commission had received a review of its investigation "
                 "manual from the Kenya National Commission on Human Rights in 2090.")
    assert ("org/knchr", "assists", "org/uhrc", "Reported") in got
    assert ("org/uhrc", "requests", "org/knchr", "Reported") in got


def test_an_investigator_lent_to_it_by_a_body_is_that_bodys_help():
    got = _assists("The Uganda Human Rights Commission spoke highly of the investigator lent to it by the Kenya National "
                   "Commission on Human Rights.")
    assert ("org/knchr", "org/uhrc", "Reported") in got
    seconded = _assists("The Uganda Human Rights Commission praised the adviser seconded to it by the Kenya National "
                        "Commission on Human Rights.")
    assert seconded == {("org/knchr", "org/uhrc", "Reported")}


def test_a_report_sent_to_it_is_no_help():
    assert not _assists("Samoa discussed the report sent to it by the Pacific Community.")


def test_the_office_after_a_sentence_opened_by_an_ombudsmans_office_is_that_office():
    got = _assists("The Office of the Ombudsman of Peru saw peer support as a duty. Together with RINDHCA, the Office "
                   "trained staff of the Office of the Ombudsman of Paraguay in 2090.")
    assert ("org/ombudsman-peru", "org/ombudsman-paraguay", "Reported") in got
    assert ("org/ohchr", "org/ombudsman-paraguay", "Reported") not in got


# courses, channels and goods


def test_a_study_course_called_yanxiban_is_training():
    got = _assists("人权高专办与开发署共同为哥斯达黎加监察员办公室的工作人员开办了一期调查方法研习班。", zh=True)
    assert {("org/ohchr", "org/ombudsman-costa-rica", "Reported"), ("org/undp", "org/ombudsman-costa-rica", "Reported")} <= got


def test_a_donor_giving_through_an_ohchr_office_makes_the_office_a_provider_too():
    got = _assists("在洪都拉斯，瑞士通过人权高专办洪都拉斯办事处出资开展了一个青年司法项目。", zh=True)
    assert {("state/CHE", "state/HND", "Reported"), ("org/ohchr-honduras", "state/HND", "Reported")} <= got


def test_goods_handed_over_by_a_donor_are_its_help():
    got = _assists("由挪威出资采购的 20 台计算机已交付马拉维最高法院。", zh=True)
    assert ("state/NOR", "state/MWI", "Reported") in got
    given = _assists("所需的软件和三台服务器由荷兰捐赠给肯尼亚外交部。", zh=True)
    assert ("state/NLD", "state/KEN", "Reported") in given


def test_a_report_handed_over_is_no_help():
    assert not _assists("人权高专办把年度报告交给了马拉维政府。", zh=True)


# offers, people taken in, participants and replies


def test_an_offer_to_send_experts_that_was_declined_is_help_not_given():
    got = _assists("开发署曾提出派专家协助乌干达修订监狱法，乌干达方面以法案已进入议会审议为由予以谢绝。", zh=True)
    assert ("org/undp", "state/UGA", "Negated") in got
    assert ("org/undp", "state/UGA", "Reported") not in got


def test_advisers_taken_in_from_a_state_are_its_help():
    got = _assists("马拉维警察局接收了两名来自挪威警察局的顾问。", zh=True)
    assert ("state/NOR", "state/MWI", "Reported") in got
    assert not _assists("马拉维接收了来自挪威外交部的一份报告。", zh=True)


def test_judges_from_states_who_exchanged_views_at_a_seminar_were_helped_by_its_organisers():
    got = _assists("非洲联盟与葡萄牙于 2090 年在达喀尔共同举办了一次研讨会，来自塞内加尔和冈比亚的 40 名法官就审前羁押问题交流了经验。",
                   zh=True)
    for p in ("org/au", "state/PRT"):
        for r in ("state/SEN", "state/GMB"):
            assert (p, r, "Reported") in got


def test_a_list_of_those_who_replied_after_a_colon():
    got = _facts("委员会共收到 5 份答复，答复方为：葡萄牙、智利；欧洲联盟；国际法学家委员会。", zh=True)
    for k in ("state/PRT", "state/CHL", "org/eu", "org/icj-jurists"):
        assert (k, "submittedInputTo", "@report", "Reported") in got


def test_a_state_that_has_not_been_heard_from_by_the_deadline_sent_no_reply():
    got = _facts("本报告征求了有关国家的意见。葡萄牙政府提交了书面材料。莫桑比克政府虽收到同一份照会，但截至本报告定稿时尚无回音。",
                 zh=True)
    assert ("state/MOZ", "submittedInputTo", "@report", "Negated") in got
    assert ("state/MOZ", "submittedInputTo", "@report", "Reported") not in got


def test_a_constabulary_is_its_states_police():
    found = _mentions("Canada seconded two instructors to the Jamaica Constabulary Force in 2090.")
    assert ("Jamaica", "state/JAM") in found
    got = _assists("Canada seconded two instructors to the Jamaica Constabulary Force in 2090.")
    assert ("state/CAN", "state/JAM", "Reported") in got


def test_attention_given_to_it_by_the_office_is_no_help():
    assert not _assists("The Government of Mali welcomed the attention given to it by the Office.")


def test_the_office_in_the_sentence_an_ombudsmans_office_opens_is_not_that_office():
    found = _mentions("The Office of the Ombudsman of Peru received advice from the Office on its complaints manual.")
    assert ("the Office", "org/ohchr") in found


# English subjects, funders and ministries


def test_its_court_after_a_clause_about_another_states_judges_is_the_subjects_court():
    got = _assists("Ghana had shared its expertise: its Judicial Service had hosted four magistrates of Liberia in 2090, "
                   "and its Supreme Court had advised the judiciary of Sierra Leone on case management.")
    assert ("state/GHA", "state/SLE", "Reported") in got
    assert ("state/LBR", "state/SLE", "Reported") not in got


def test_a_state_that_financed_the_assistance_of_a_body_to_another_assists_it_too():
    got = _assists("Denmark had financed the assistance of the Regional Office for West Africa to the Commission on "
                   "Human Rights and Administrative Justice of Ghana in 2090.")
    assert {("org/ohchr-west-africa", "org/chraj", "Reported"), ("state/DNK", "org/chraj", "Reported")} <= got


def test_work_with_a_states_ministry_is_help_to_the_state_not_a_partnership():
    got = _facts("The International Commission of Jurists worked with the Ministry of Justice of Malawi on the reform "
                 "of the bail law.")
    assert ("org/icj-jurists", "assists", "state/MWI", "Reported") in got
    assert ("org/icj-jurists", "partnersWith", "state/MWI", "Reported") not in got
    signed = _facts("UNDP signed a memorandum of understanding with the Ministry of Justice of Malawi.")
    assert ("org/undp", "partnersWith", "state/MWI", "Reported") in signed


# a course its participants were named in, then who held it and who paid


def test_who_taught_and_who_paid_for_a_course_named_before_helped_its_participants():
    got = _assists("Twelve prosecutors from Fiji and Palau completed a one-week course on trial monitoring, held in Suva "
                   "in 2090. The OHCHR Regional Office for the Pacific designed the course and taught it together with "
                   "the Pacific Community. Australia paid for the whole course.")
    for p in ("org/ohchr-pacific", "org/pacific-community", "state/AUS"):
        for r in ("state/FJI", "state/PLW"):
            assert (p, r, "Reported") in got


def test_a_workshop_funded_by_a_donor_in_the_next_sentence():
    got = _facts("Officials of Fiji and Palau who prepare reports to the treaty bodies took part in a workshop that the "
                 "Pacific Community and UNDP co-organized in Suva in 2090. The workshop was funded by Australia.")
    for p in ("org/pacific-community", "org/undp", "state/AUS"):
        for r in ("state/FJI", "state/PLW"):
            assert (p, "assists", r, "Reported") in got
    assert ("state/FJI", "partnersWith", "state/PLW", "Reported") not in got


def test_help_given_using_funds_a_donor_provided_is_the_donors_help_too():
    got = _assists("Using funds provided by Ireland, OHCHR helped Malawi to review its prison law in 2090.")
    assert {("org/ohchr", "state/MWI", "Reported"), ("state/IRL", "state/MWI", "Reported")} <= got


def test_a_request_that_had_been_turned_down_is_help_not_given():
    got = _assists("Malawi had asked UNICEF in 2090 for an adviser to help draft a bill; the request had been turned "
                   "down for lack of resources.")
    assert ("org/unicef", "state/MWI", "Negated") in got


def test_an_offer_turned_down_in_the_next_sentence_is_help_not_given():
    got = _assists("Ireland offered in 2090 to fund a course for the Uganda Human Rights Commission, to be taught by "
                   "UNDP. The Commission turned the offer down, as its calendar was full.")
    assert ("state/IRL", "org/uhrc", "Negated") in got
    assert not {r for r in got if r[2] in ("Reported", "Planned")}
    accepted = _assists("Ireland offered in 2090 to fund a course for the Uganda Human Rights Commission. The Commission "
                        "accepted the offer.")
    assert ("state/IRL", "org/uhrc", "Negated") not in accepted


def test_an_offer_to_send_experts_the_government_did_not_accept_is_help_not_given():
    got = _assists("马拉维代表说，欧盟曾提出派专家帮助马拉维评估监狱条件，马拉维政府认为时机尚不成熟，没有接受。", zh=True)
    assert ("org/eu", "state/MWI", "Negated") in got


def test_a_letter_to_several_bodies_asking_for_information_is_a_request_to_each():
    got = _facts("2090 年 5 月，高级专员分别致函马拉维政府、马拉维人权委员会和开发署，征询它们掌握的情况。", zh=True)
    for k in ("state/MWI", "org/mhrc", "org/undp"):
        assert ("org/hchr", "requests", k, "Reported") in got
    en = _facts("In May 2090, the High Commissioner wrote to the Government of Malawi, the Malawi Human Rights Commission "
                "and UNDP, seeking information on their cooperation.")
    for k in ("state/MWI", "org/mhrc", "org/undp"):
        assert ("org/hchr", "requests", k, "Reported") in en


def test_both_governments_opening_a_sentence_are_the_two_that_replied_not_the_two_helped():
    found = _extract("In their joint reply, Norway and Iceland described their support to statistical offices. Iceland "
                     "had trained statisticians of Malawi and Zambia in 2090. Both Governments endorsed the right to "
                     "development as a basis for cooperation.")
    holders = {s.holder for s in found.stances}
    assert holders == {"state/NOR", "state/ISL"}


def test_the_three_states_after_one_spoke_on_behalf_of_two_others():
    found = _extract("Latvia, speaking also on behalf of Estonia and Lithuania, said that the three States shared their "
                     "experience. Lithuania had seconded an expert to Georgia in 2090. The three States questioned what "
                     "win-win cooperation added to the principles of technical cooperation.")
    holders = {s.holder for s in found.stances}
    assert holders == {"state/LVA", "state/EST", "state/LTU"}


def test_a_donor_that_bore_the_cost_of_that_course_helped_its_trainees():
    got = _assists("Amnesty International had trained lawyers of the Public Defender of Georgia in 2090. Ireland had "
                   "borne the cost of that course.")
    assert ("state/IRL", "org/public-defender-georgia", "Reported") in got


def test_in_his_view_after_according_to_a_rapporteur_is_the_rapporteurs_view():
    found = _extract("According to the Special Rapporteur on the right to privacy, requests for assistance had grown. "
                     "Georgia had asked him to comment on its draft law. In his view, the notion of mutually beneficial "
                     "cooperation had never been clearly defined.")
    assert {s.holder for s in found.stances} == {"org/sr-privacy"}


def test_a_course_named_as_one_compound_of_a_state_and_its_people_is_for_that_state():
    got = _assists("葡萄牙在马普托举办了一期莫桑比克监狱管理人员培训班。", zh=True)
    assert ("state/PRT", "state/MOZ", "Reported") in got
    assert not _assists("葡萄牙举办了莫桑比克问题研讨会。", zh=True)


def test_a_joint_course_put_off_and_never_rescheduled_did_not_happen():
    got = _facts("葡萄牙原计划与开发署于 2090 年 4 月在马普托联合举办莫桑比克法官培训班，但因安全形势恶化而推迟，此后一直未能重新安排。",
                 zh=True)
    assert {("state/PRT", "assists", "state/MOZ", "Negated"), ("org/undp", "assists", "state/MOZ", "Negated")} <= got


def test_a_request_made_once_and_then_withdrawn_is_help_not_given():
    got = _assists("莫桑比克政府曾邀请开发署就刑法修订提供咨询意见，但于 2090 年 2 月撤回了邀请。", zh=True)
    assert ("org/undp", "state/MOZ", "Negated") in got


def test_a_review_the_one_asked_could_not_yet_carry_out_is_help_not_given():
    got = _assists("2090 年 7 月，伯利兹政府请人权高专办审查其移民法修正草案。由于草案文本迄今仍未转交，人权高专办尚未能开展这项审查。",
                   zh=True)
    assert ("org/ohchr", "state/BLZ", "Negated") in got


def test_an_offer_the_government_declined_named_after_the_verb():
    got = _assists("马尔代夫政府谢绝了开发署就新闻法草案提供评论的提议。", zh=True)
    assert ("org/undp", "state/MDV", "Negated") in got
    taken = _assists("马尔代夫政府接受了开发署提供培训的提议。", zh=True)
    assert ("org/undp", "state/MDV", "Reported") in taken


def test_two_letters_in_one_sentence_each_asks_its_own_addressees():
    got = _facts("秘书长致函葡萄牙常驻代表团，请葡萄牙政府说明其援助的内容；人权高专办另行致函莫桑比克人权委员会和开发署，征求它们掌握的资料。",
                 zh=True)
    assert {("org/ohchr", "requests", "org/undp", "Reported"), ("org/sg", "requests", "state/PRT", "Reported")} <= got
    assert ("org/sg", "requests", "org/undp", "Reported") not in got


def test_asked_to_describe_its_support_is_no_help_asked_for():
    assert not _assists("秘书长致函葡萄牙常驻代表团，请葡萄牙政府说明其支持莫桑比克司法改革的情况。", zh=True)
    assert not _assists("The Secretary-General asked the Government of Portugal to describe its support to the justice "
                        "sector of Mozambique.")
    assert ("state/PRT", "state/MOZ", "Reported") in _assists("葡萄牙报告其支持了莫桑比克的司法改革。", zh=True)


def test_both_the_advice_and_the_visit_were_paid_for_by_a_donor():
    got = _assists("The Uganda Human Rights Commission received advice from OHCHR while drafting its strategic plan. "
                   "Both the advice and the visit were paid for by Ireland.")
    assert {("org/ohchr", "org/uhrc", "Reported"), ("state/IRL", "org/uhrc", "Reported")} <= got


def test_a_government_that_would_send_no_information_of_its_own_sent_no_reply():
    got = _facts("Written replies were sent by the Governments of Malawi and Zambia. The Government of Uganda let the "
                 "Secretariat know that it would send no information of its own.")
    assert ("state/UGA", "submittedInputTo", "@report", "Negated") in got


def test_working_with_a_ministry_to_arrange_meetings_is_a_partnership_not_help():
    got = _facts("UNDP worked with the Ministry of the Interior of Malawi to arrange the Special Rapporteur's meetings.")
    assert ("org/undp", "partnersWith", "state/MWI", "Reported") in got
    assert ("org/undp", "assists", "state/MWI", "Reported") not in got
    adviser = _facts("A human rights adviser deployed by UNDP had been working with the Ministry of Justice of Malawi "
                     "since 2090.")
    assert ("org/undp", "assists", "state/MWI", "Reported") in adviser


def test_a_states_development_agency_is_the_state_not_undp():
    found = _mentions("2090 年，比利时开发署向基加利派驻了两名司法顾问，帮助卢旺达司法部修订刑法。", zh=True)
    assert ("比利时开发署", "state/BEL") in found
    assert not any(k == "org/undp" for _s, k in found)
    got = _assists("2090 年，比利时开发署向基加利派驻了两名司法顾问，帮助卢旺达司法部修订刑法。", zh=True)
    assert got == {("state/BEL", "state/RWA", "Reported")}
    assert ("开发署", "org/undp") in _mentions("开发署向基加利派驻了两名顾问。", zh=True)


def test_people_of_a_states_courts_in_named_towns_who_completed_a_programme_then_who_taught_and_paid():
    got = _facts("Thirty clerks of the courts of first instance of Malawi in Lilongwe, Blantyre and Zomba completed, in "
                 "the course of 2090, a six-week programme on case files. UNDP taught the programme in cooperation with "
                 "UNICEF, while Ireland paid the trainers' fees.")
    for p in ("org/undp", "org/unicef", "state/IRL"):
        assert (p, "assists", "state/MWI", "Reported") in got
