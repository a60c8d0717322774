"""The sixty-fourth session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import facts as _facts


def _assists(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "assists"}


def _requests(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "requests"}


# "He" or "she" opening a sentence stands for a person or a post, never for the States the sentence before named


def test_she_after_a_sentence_about_states_does_not_stand_for_them():
    text = ("Japan and Chile have the Special Rapporteur's gratitude for their generous support. She encourages "
            "the Office and UNICEF to work together to support the provincial offices of the Ombudsman.")
    got = _assists(text)
    assert not {o for _s, o in got} & {"state/JPN", "state/CHL"}
    assert not {s for s, _o in _requests(text)} & {"state/JPN", "state/CHL"}


def test_she_after_a_named_post_still_stands_for_it():
    text = ("The Special Rapporteur on the right to food visited Chad in May 2131. She advised the Government of "
            "Chad on a draft law on school meals.")
    assert ("org/sr-food", "state/TCD") in _assists(text)


# "the Commission" after a commission named in full in an earlier paragraph with no gazetteer row is that body


def test_the_commission_after_an_unknown_commission_of_an_earlier_paragraph_is_that_body():
    got = _assists("The African Union Commission was invited to a meeting on archives in 2130.",
                   "The Equity, Truth and Dignity Commission of Chad began its work in May 2131.",
                   "The Office advised the Commission on its archives in June 2131.")
    assert ("org/ohchr", "org/au-commission") not in got


def test_the_commission_after_a_known_commission_named_again_is_that_one():
    got = _assists("The Equity, Truth and Dignity Commission of Chad began its work in May 2131.",
                   "The African Union Commission met in Addis Ababa in June 2131.",
                   "The Office advised the Commission on its archives in July 2131.")
    assert ("org/ohchr", "org/au-commission") in got


# What became of a request: a later clause about another request (sent to someone else) says nothing of it; an
# assessment mission that is planned makes the help asked for Planned


def test_a_request_sent_to_another_body_that_went_unanswered_is_not_this_one():
    got = _facts("The Government of Chad has asked the Office to help its national commission open two regional "
                 "branches. The request for forensic experts that the Government sent to the World Health "
                 "Organization in May 2131 has not been answered.")
    assert ("org/ohchr", "assists", "state/TCD", "Negated") not in got


def test_an_assessment_mission_that_is_planned_makes_the_help_asked_for_planned():
    got = _facts("The Government of Chad has asked the Office to help it draft a law on archives, and an "
                 "assessment mission to N'Djamena is planned for March 2132.")
    assert ("org/ohchr", "assists", "state/TCD", "Planned") in got


# X noted that the Office had trained officers of A jointly with Y, and that it had advised B: "it" is the Office (the
# subject of the that-clause it continues), the partner is the Office's, and Y joined the training only


def test_it_of_a_second_that_clause_is_the_subject_of_the_first():
    text = ("Opening the meeting, the Deputy High Commissioner recalled that, since 2130, the Office had trained "
            "prison officers of Mali and the Niger jointly with UNODC, and that it had commented on the draft "
            "prison law of Chad at the request of the Chadian Government.")
    got = _facts(text)
    assert ("org/ohchr", "assists", "state/TCD", "Reported") in got
    assert not {(s, o) for s, p, o, _m in got if p == "assists" and o == "state/TCD"} - {("org/ohchr", "state/TCD")}
    assert ("state/TCD", "requests", "org/ohchr", "Reported") in got
    assert not {s for s, p, o, _m in got if p == "partnersWith" and o == "org/unodc"} - {"org/ohchr"}


# People who speak of a course that they had followed took part in it; who prepared the course helped them


def test_people_who_spoke_of_a_course_they_had_followed_took_part():
    text = ("Prison officers of Mali and the Niger spoke of a course on the use of force that they had followed in "
            "Bamako in May 2131. The Office prepared the course.")
    assert {("org/ohchr", "state/MLI"), ("org/ohchr", "state/NER")} <= _assists(text)


def test_people_who_spoke_of_a_conference_they_had_attended_were_not_taught():
    text = ("Prison officers of Mali spoke of a ministerial conference that they had attended in Bamako in May 2131. "
            "The Office convened the conference.")
    assert ("org/ohchr", "state/MLI") not in _assists(text)


# recommended that A …, and that the States of the region seek …: the second that-clause has an unnamed subject


def test_a_second_that_clause_with_an_unnamed_subject_is_not_the_first_ones():
    text = ("Participants recommended that the Office and UNICEF continue their joint training of teachers and "
            "extend it to Mali, and that the States of the subregion seek the advice of the Committee on the Rights "
            "of the Child when they revise their laws.")
    got = _facts(text)
    assert not {(s, o) for s, p, o, _m in got if p == "requests"} & {("org/ohchr", "org/crc"), ("org/unicef", "org/crc")}
    assert ("org/ohchr", "assists", "state/MLI", "Recommended") in got


def test_a_second_that_clause_opened_by_a_pronoun_keeps_the_first_ones_subject():
    text = ("The Committee recommended that the Government of Mali ratify the Protocol, and that it seek the "
            "technical assistance of the Office in doing so.")
    assert ("state/MLI", "org/ohchr") in _requests(text)


# Replies from a counted set of States named in brackets, then from more bodies; a receipt confirmed, no reply followed


def _submitters(*paragraphs: str) -> dict[str, str]:
    return {s: m for s, p, _o, m in _facts(*paragraphs) if p == "submittedInputTo"}


def test_replies_from_counted_states_in_brackets_then_from_other_bodies():
    got = _submitters("In March 2131 the Committee sent a questionnaire to Governments and to national institutions. "
                      "Replies came from three States (Chile, Costa Rica and Peru), from UPR Info and from the Office "
                      "of the Ombudsman of Peru.")
    assert {"state/CHL", "state/CRI", "state/PER", "org/upr-info", "org/ombudsman-peru"} <= set(got)


def test_a_receipt_confirmed_with_no_reply_following_is_no_submission():
    got = _submitters("In March 2131 the Committee sent a questionnaire to Governments and to national institutions. "
                      "Replies came from Chile and Peru. The Global Alliance of National Human Rights Institutions "
                      "confirmed that it had received the questionnaire, but no reply followed.")
    assert got.get("org/ganhri") in (None, "Negated")
    assert got.get("state/CHL") == "Reported"


# The OHCHR Regional Offices for A and for B are two offices; recipients named first, then X and Y, respectively


def test_regional_offices_for_two_regions_respectively_help_in_order():
    got = _assists("Ecuador and Costa Rica told the Committee that their mechanisms had been designed with advice "
                   "from the OHCHR Regional Offices for South America and for Central America, respectively.")
    assert got == {("org/ohchr-south-america", "state/ECU"), ("org/ohchr-central-america", "state/CRI")}


def test_regional_offices_with_a_region_the_gazetteer_lacks_stay_as_they_were():
    got = _assists("The OHCHR Regional Offices for South America and for Middle Earth trained judges of Peru.")
    assert ("org/ohchr-south-america", "state/PER") not in got


# Goods received, then who supplied them and who paid for them, in later clauses of the sentence


def test_goods_received_then_supplied_and_paid_for_in_the_same_sentence():
    got = _assists("Peru trained its judges in 2130. Chile's mechanism received servers and software licences in "
                   "2131; UNDP supplied them, and Germany paid for them.")
    assert {("org/undp", "state/CHL"), ("state/DEU", "state/CHL")} <= got
    assert ("state/DEU", "state/PER") not in got


# "its Government" after a State is that State's


def test_at_the_request_of_its_government_after_a_state_is_that_state_asking():
    got = _requests("In resolution 981/14, the Council asked the Office to go on providing technical assistance to "
                    "Chad, at the request of its Government.")
    assert ("state/TCD", "org/ohchr") in got


# "In reply, the Expert said …" in a dialogue makes no section one about written replies


def test_in_reply_in_a_dialogue_makes_no_speaker_a_submitter():
    got = _submitters("Norway said that it would keep supporting the Voluntary Fund for Technical Cooperation.",
                      "In reply, the Independent Expert on the situation of human rights in Somalia said that "
                      "prevention needed funds.")
    assert "state/NOR" not in got


def test_replies_to_a_questionnaire_still_make_their_senders_submitters():
    got = _submitters("Norway said that it would keep supporting the Voluntary Fund for Technical Cooperation.",
                      "In their replies to the questionnaire, several States described their national mechanisms.")
    assert got.get("state/NOR") == "Reported"


# Recommendations joined by semicolons ("; that …; and that …") stay recommended; projects in A that receive help


def test_recommendations_joined_by_semicolons_stay_recommended():
    text = ("Panellists recommended that States of the region seek technical assistance early; that UNICEF and UNDP "
            "jointly support the national human rights institutions of Chad and the Niger; and that prevention "
            "projects in Mali receive priority from the Voluntary Fund for Technical Cooperation.")
    got = _facts(text)
    assert {("org/unicef", "assists", "state/TCD", "Recommended"), ("org/undp", "assists", "state/NER", "Recommended"),
            ("org/vf-tc", "assists", "state/MLI", "Recommended")} <= got
    assert not {(s, o) for s, p, o, _m in got if p == "fundedBy"}
    assert not {m for _s, p, _o, m in got if p == "assists"} - {"Recommended"}


# 联名请 Y 安排一次联合培训: each asks Y, no partnership; 这次培训/培训 opening the next sentence puts the help off


def test_a_joint_request_for_a_joint_training_is_no_partnership_zh():
    text = ("尼日尔国家人权委员会和马里国家人权委员会曾于 2130 年联名请求人权高专办给两个委员会的工作人员安排一次联合培训。"
            "由于安全形势恶化，这次培训已推迟到 2133 年举行。")
    got = _facts(text, zh=True)
    assert not {(s, o) for s, p, o, _m in got if p == "partnersWith"}
    assert ("org/cndh-niger", "requests", "org/ohchr", "Reported") in got
    assert ("org/ohchr", "assists", "org/cndh-niger", "Planned") in got


def test_training_asked_for_then_put_off_to_a_named_month_is_planned_zh():
    got = _facts("马尔代夫请人权高专办为其新任命的人权事务大使举办一次入职培训。培训原定于 2132 年 2 月举行，"
                 "现已推迟至 2132 年 11 月。", zh=True)
    assert ("org/ohchr", "assists", "state/MDV", "Planned") in got


def test_states_that_jointly_asked_for_help_are_no_partners():
    got = _facts("Chad and the Niger jointly asked the Office to organize a workshop for their judges.")
    assert not {(s, o) for s, p, o, _m in got if p == "partnersWith"}
    assert {("state/TCD", "requests", "org/ohchr", "Reported"), ("state/NER", "requests", "org/ohchr", "Reported")} <= got


def test_help_asked_for_whose_travellers_never_went_is_negated_zh():
    got = _facts("图瓦卢曾请人权高专办资助其两名官员出席理事会会议，但由于签证未能及时办妥，两人最终没有成行。", zh=True)
    assert ("org/ohchr", "assists", "state/TUV", "Negated") in got


def test_more_funding_for_a_states_own_work_is_help_to_it_zh():
    assert ("org/undp", "state/TLS") in _assists("开发署加大了对东帝汶落实普遍定期审议建议工作的资助。", zh=True)
    assert ("org/undp", "state/TLS") in _assists("开发署加大了对东帝汶的支持。", zh=True)


# A State that only sent an observer to a course held for others is neither helped nor helping


def test_a_state_that_only_sent_an_observer_is_not_helped_zh():
    text = ("人权高专办于 2130 年 5 月在瓦加杜古举办了一期区域讲习班，对布基纳法索和尼日尔两国的 24 名司法官员进行了培训；"
            "马里只派出一名代表列席旁听。")
    got = _assists(text, zh=True)
    assert ("org/ohchr", "state/BFA") in got
    assert not {(s, o) for s, o in got if "state/MLI" in (s, o)}


def test_a_project_paid_for_by_a_fund_by_way_of_a_grant_zh():
    text = ("在马里西部，国际劳工组织实施了一个帮助摆脱奴役者重新就业的项目。"
            "该项目由联合国当代形式奴隶制问题自愿信托基金以赠款方式提供经费。")
    assert {("org/ilo", "state/MLI"), ("org/vf-slavery", "state/MLI")} <= _assists(text, zh=True)


# A demonym before a State's organ or people (the Bolivian team, Chadian judges) names the State


def test_a_demonym_before_a_states_people_names_the_state():
    assert ("state/PRY", "state/BOL") in _assists("Paraguayan engineers helped the Bolivian team move the data.")
    assert ("org/ohchr", "state/TCD") in _assists("In 2131 the Office trained Chadian judges on fair trial rights.")


def test_a_demonym_before_other_words_names_no_state():
    got = _assists("The Office shared the Bolivian experience with officials of Peru.")
    assert ("org/ohchr", "state/BOL") not in got


# People trained with no trainer named; the next sentence says who prepared "their course" and who bore "its cost"


def test_their_course_prepared_by_y_and_its_cost_borne_by_z():
    text = ("Judges of the regional courts of Chad who had been trained in 2130 have since halved pre-trial detention. "
            "Their course had been prepared by UNODC; Sweden had borne its cost.")
    assert {("org/unodc", "state/TCD"), ("state/SWE", "state/TCD")} <= _assists(text)


def test_y_prepared_their_course():
    text = "Judges of Chad were trained in 2130. UNODC prepared their course, and Sweden bore its cost."
    assert {("org/unodc", "state/TCD"), ("state/SWE", "state/TCD")} <= _assists(text)


def test_help_asked_for_that_the_one_asked_postponed_indefinitely_is_negated():
    got = _facts("The Government of Chad had asked UNODC to offer the same course to its coastguard, but UNODC had "
                 "postponed it indefinitely.")
    assert ("org/unodc", "assists", "state/TCD", "Negated") in got


def test_the_independent_expert_on_a_state_by_the_short_name():
    got = _facts("The Government of Djibouti had invited the Independent Expert on Somalia and the Office to advise it "
                 "on the treatment of refugees.")
    assert {("org/ie-somalia", "assists", "state/DJI", "Requested"), ("org/ohchr", "assists", "state/DJI", "Requested")} <= got


# A joint assessment of one State's system was made by the two named before it; mechanisms in the border areas of
# A, B and C; "will, under its terms, support": still a plan


def test_a_joint_assessment_of_a_states_system_is_a_partnership_of_its_makers():
    got = _facts("The Office and UNICEF carried out a joint assessment of the juvenile justice system of Chad in 2131.")
    assert ("org/ohchr", "partnersWith", "org/unicef", "Reported") in got
    assert not {(s, o) for s, p, o, _m in got if p == "partnersWith" and "state/TCD" in (s, o)}


def test_mechanisms_in_the_border_areas_of_three_states_under_an_agreement_are_planned_help():
    got = _facts("OHCHR and IGAD concluded a memorandum of understanding, and the two organizations will, under its "
                 "terms, support local justice mechanisms in the border areas of Eritrea, Ethiopia and Djibouti.")
    assert {("org/ohchr", "assists", k, "Planned") for k in ("state/ERI", "state/ETH", "state/DJI")} <= got
    assert {("org/igad", "assists", k, "Planned") for k in ("state/ERI", "state/ETH", "state/DJI")} <= got


def test_a_plan_carries_into_a_clause_that_opens_with_whom_the_course_is_for_zh():
    text = ("2131 年 5 月，人权高专办计划在特古西加尔巴与中美洲一体化体系合作，面向洪都拉斯和危地马拉的议员开办一期讲习班，"
            "所需经费将由开发署负担。")
    got = _facts(text, zh=True)
    assert {("org/ohchr", "assists", "state/HND", "Planned"), ("org/ohchr", "assists", "state/GTM", "Planned")} <= got


def test_a_report_on_cooperation_with_a_state_is_no_partnership_zh():
    got = _facts("人权理事会第 990/14 号决议请高级专员在理事会第九百九十二届会议上介绍同也门技术合作的情况。", zh=True)
    assert not {(s, o) for s, p, o, _m in got if p == "partnersWith"}


def test_the_plan_of_the_office_to_hold_a_course_is_planned_help():
    got = _facts("The Council welcomes the plan of the Office to hold a course for Georgian police trainers in 2136.")
    assert ("org/ohchr", "assists", "state/GEO", "Planned") in got


def test_a_later_that_clause_opened_by_the_two_donors_or_the_same_programme_keeps_its_actor():
    got = _facts("The European Union said that it was financing a project in Uganda, and that the two donors would "
                 "extend the project to South Sudan in the coming year.")
    assert ("org/eu", "assists", "state/SSD", "Planned") in got
    got = _assists("Malawi reported that a UNDP programme had trained paralegals, and that the same programme had "
                   "helped the Malawi Human Rights Commission to open two regional offices.")
    assert ("org/undp", "org/mhrc") in got


def test_a_place_and_a_named_body_after_and_that_are_no_unnamed_subject():
    got = _assists("The Deputy High Commissioner noted that OHCHR had helped forty States, and that in South-East "
                   "Europe the Office had been assisting Albania since 2125.")
    assert ("org/ohchr", "state/ALB") in got


def test_bodies_that_each_sent_written_views_all_submitted_zh():
    got = _facts("讨论会结束后，马里国家人权委员会和非洲国家人权机构网络各自向人权高专办递交了书面意见。", zh=True)
    assert {("org/nhrc-mali", "submittedInputTo", "@report", "Reported"),
            ("org/nanhri", "submittedInputTo", "@report", "Reported")} <= got


# "his Government" is the speaker's State; a plan carries over an aside into a purpose clause ("…, to advise …")


def test_his_government_asked_y_to_help_it():
    got = _facts("The Minister of Justice of the Sudan said that his country had built a referral mechanism. His "
                 "Government had also asked the European Union to help it open two reception centres.")
    assert ("state/SDN", "requests", "org/eu", "Reported") in got


def test_a_plan_carries_across_an_invitation_aside_into_a_purpose_clause():
    got = _facts("The Special Rapporteur on the human rights of migrants announced that he would visit Algeria in "
                 "2137, at the invitation of its Government, to advise on the revision of its law on foreign nationals.")
    assert ("org/sr-migrants", "assists", "state/DZA", "Planned") in got


def test_the_study_tour_paid_for_by_a_donor_helped_those_who_went():
    got = _assists("Officials of Mauritania went on a study tour to Morocco in 2136. Spain paid for the study tour.")
    assert ("state/ESP", "state/MRT") in got


# Requests named before the act: "On a request made by X, …", "Responding to a request that X had made, …", and
# "Y, whose help X had requested, …"


def test_on_a_request_made_by_a_ministry_the_office_assessed():
    got = _facts("On a request made by Chad's Ministry of Justice, the Office and UNODC conducted in June 2136 a joint "
                 "assessment of conditions in the central prison of N'Djamena.")
    assert {("state/TCD", "requests", "org/ohchr", "Reported"), ("state/TCD", "requests", "org/unodc", "Reported")} <= got


def test_responding_to_a_request_that_a_government_had_made():
    got = _facts("Responding to a request that the Government of Chad had made in January 2136, UNDP and OHCHR jointly "
                 "assessed the capacity of the electoral commission of Chad.")
    assert {("state/TCD", "requests", "org/undp", "Reported"), ("org/undp", "assists", "state/TCD", "Reported")} <= got


def test_bodies_whose_help_a_ministry_had_requested():
    got = _facts("UNODC and OHCHR, whose help the Ministry of Justice of Chad had requested, jointly assessed the "
                 "prisons of Chad in 2135.")
    assert {("state/TCD", "requests", "org/unodc", "Reported"), ("state/TCD", "requests", "org/ohchr", "Reported")} <= got


# "that country's Ministry"; "the Ministry" after a donor that pays is not the donor's


def test_at_the_request_of_that_countrys_ministry():
    got = _facts("A draft regulation of Chad was reviewed by the Office at the request of that country's Ministry of "
                 "Labour in 2136.")
    assert ("state/TCD", "requests", "org/ohchr", "Reported") in got


def test_the_ministry_after_a_paying_donor_is_the_host_states():
    got = _facts("In Cabo Verde, UNDP placed a specialist in the Ministry of Finance in 2136; Luxembourg pays for the "
                 "post. The Ministry has also asked OHCHR to comment on a draft decree.")
    assert ("state/CPV", "requests", "org/ohchr", "Reported") in got
    assert ("state/LUX", "requests", "org/ohchr", "Reported") not in got


# A resolution asks the one it asks to act through an office of its own: the office is asked too


def test_the_office_a_request_goes_through_is_asked_too():
    got = _requests("人权理事会在第 990/17 号决议中请联合国人权事务高级专员经由人权高专办南亚区域办事处，继续向马尔代夫提供技术合作。",
                    zh=True)
    assert ("resolution/A/HRC/RES/990/17", "org/ohchr-south-asia") in got
    got = _requests("人权理事会在第 990/12 号决议中请人权高专办通过其中东和北非区域办事处继续向伊拉克提供技术援助。", zh=True)
    assert ("resolution/A/HRC/RES/990/12", "org/ohchr-mena") in got
    got = _requests("In resolution 990/18, the Council requested the High Commissioner, through the OHCHR Regional "
                    "Office for South Asia, to continue to provide technical cooperation to Maldives.")
    assert ("resolution/A/HRC/RES/990/18", "org/ohchr-south-asia") in got


def test_joint_comments_on_a_draft_law_are_a_partnership_zh():
    got = _facts("应乍得司法部的请求，人权高专办和毒罪办于 2136 年 7 月就乍得《打击恐怖主义法》修订草案联合提出意见。", zh=True)
    assert ("org/ohchr", "partnersWith", "org/unodc", "Reported") in got


def test_a_jointly_tabled_draft_resolution_is_no_partnership_zh():
    got = _facts("乍得和尼日尔在理事会联合提出决议草案。", zh=True)
    assert not {(s, o) for s, p, o, _m in got if p == "partnersWith"}
