"""The fifty-third session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists as _assists, facts as _facts


# back-references


def test_the_office_after_ohchr_in_its_own_paragraph_is_ohchr_not_a_regional_office_named_before():
    got = _facts("2103 年，人权高专办西非区域办事处为加纳的 30 名警官举办了培训。",
                 "多哥外交部请人权高专办就国家人权行动计划草案提出意见。该办事处于 2104 年 3 月送交了书面意见。", zh=True)
    assert ("org/ohchr", "assists", "state/TGO", "Reported") in got
    assert ("org/ohchr-west-africa", "assists", "state/TGO", "Reported") not in got


def test_the_institution_a_clause_acts_on_is_not_the_body_that_opens_its_sentence():
    got = _facts("贝宁防范酷刑国家机构请防范酷刑小组委员会提供咨询。该小组委员会派一名委员赴科托努，向该机构提出了建议。",
                 zh=True)
    assert ("org/spt", "assists", "state/BEN", "Reported") in got
    assert ("org/spt", "assists", "org/spt", "Reported") not in got


def test_the_latter_is_not_the_body_whose_people_went_to_help():
    got = _assists("应尼日尔国家人权委员会的请求，塞内加尔人权委员会派三名工作人员赴尼亚美，帮助后者起草投诉处理规则。", zh=True)
    assert got == {("org/csdh-senegal", "org/cndh-niger", "Reported")}


def test_the_latter_at_the_opening_of_its_clause_is_still_the_second_named():
    got = _assists("约旦国家人权中心请卡塔尔国家人权委员会帮助其编写投诉手册，后者已同意于明年提供协助。", zh=True)
    assert ("org/nhrc-qatar", "org/nchr-jordan", "Planned") in got


# what became of a request


def test_a_mission_agreed_and_then_never_made_was_not_given():
    got = _assists("吉尔吉斯斯坦请儿基会派出评估团，评估少年司法系统。儿基会虽然同意派团，但由于安全原因，该评估团始终没有成行。",
                   zh=True)
    assert got == {("org/unicef", "state/KGZ", "Negated")}


def test_what_an_assessment_found_says_nothing_of_whether_it_was_made():
    got = _facts("At the request of the Government of Ghana, UNICEF assessed the needs of the juvenile courts of Ghana in "
                 "2103. The assessment found that none of the courts had a social worker.")
    assert ("org/unicef", "assists", "state/GHA", "Reported") in got
    assert not any(f[3] == "Negated" for f in got)


# replies


def test_all_of_them_sent_replies_except_one_and_the_one_excepted_did_not():
    got = {(f[0], f[3]) for f in _facts("In March 2103 the Secretariat wrote to the Governments of Togo, Benin and Ghana "
                                        "and to UNICEF. All of them sent replies except Benin.")
           if f[1] == "submittedInputTo"}
    assert got == {("state/TGO", "Reported"), ("state/GHA", "Reported"), ("org/unicef", "Reported"),
                   ("state/BEN", "Negated")}


def test_replies_came_from_all_of_them_but_one():
    got = {(f[0], f[3]) for f in _facts("OHCHR sent a questionnaire to the Governments of Peru, Chile and Bolivia "
                                        "(Plurinational State of). Replies came from all of them but Chile.")
           if f[1] == "submittedInputTo"}
    assert got == {("state/PER", "Reported"), ("state/BOL", "Reported"), ("state/CHL", "Negated")}


# activities


def test_people_who_took_a_course_given_by_a_body_were_helped_by_it():
    assert _assists("Twenty judges from Malawi took a two-week course given by UNDP in Lilongwe in 2103.") == {
        ("org/undp", "state/MWI", "Reported")}


def test_a_course_taught_by_a_body_named_after_a_comma():
    assert _assists("Thirty prison officers of Zambia took a course in Lusaka in 2104, taught by experts of UNODC.") == {
        ("org/unodc", "state/ZMB", "Reported")}


def test_assessing_the_needs_of_a_states_bodies_is_help():
    assert _assists("In 2104 the ILO assessed the needs of the labour inspectorates of Ghana and Togo.") == {
        ("org/ilo", "state/GHA", "Reported"), ("org/ilo", "state/TGO", "Reported")}


def test_legal_counselling_given_in_a_state_is_help_to_it():
    assert _assists("国际助老会在吉尔吉斯斯坦为农村老年人开展了法律咨询。", zh=True) == {
        ("org/helpage-international", "state/KGZ", "Reported")}


def test_bodies_of_states_that_each_sent_people_to_a_seminar_two_held_were_helped_by_both():
    got = _assists("2104 年，塞内加尔与开发署在达喀尔共同主办了一次区域研讨会，马里和尼日尔的司法部各派两名官员参会。"
                   "加纳派员以观察员身份出席。", zh=True)
    assert got == {("state/SEN", "state/MLI", "Reported"), ("state/SEN", "state/NER", "Reported"),
                   ("org/undp", "state/MLI", "Reported"), ("org/undp", "state/NER", "Reported")}


# English: an aside of time after a verb of funding; a memorandum on a topic


def test_a_time_aside_between_a_verb_of_funding_and_its_object():
    got = _assists("The Minister announced that Norway would finance, from 2105, a project for the return of migrants in "
                   "Somalia.")
    assert ("state/NOR", "state/SOM", "Planned") in got


def test_a_memorandum_on_a_topic_signed_with_a_state_is_a_partnership():
    got = _facts("Indonesia said that it had signed a memorandum on the recruitment of fishers with Malaysia in 2103.")
    assert got == {("state/IDN", "partnersWith", "state/MYS", "Reported")}


def test_the_institution_is_the_states_body_whose_name_ends_so_and_the_money_it_turned_down_was_not_given():
    got = _assists("加纳国家选举机构在修订选民登记条例时，请西非国家经济共同体委员会提出意见，后者于 2103 年提交了书面评论。"
                   "开发署曾表示愿意资助该机构的选民教育活动，但加纳政府谢绝了这笔资金。", zh=True)
    assert ("org/undp", "state/GHA", "Negated") in got
    assert not any(r != "state/GHA" for p, r, _m in got if p == "org/undp")


# names and stances


def test_a_states_name_joined_by_a_dot_to_the_rest_of_a_persons_name_is_no_state():
    from outcomes import mentions
    got = mentions("世界卫生组织的专家阿卜杜拉·本·也门强调了这一点。约旦·卡利法代表劳工组织发言。", zh=True)
    assert not any(e.startswith("state/") for _s, e in got)


def test_a_city_s_desalination_is_no_watering_down():
    from outcomes import extract
    rec = extract("摩洛哥在答复中认为，它与毛里塔尼亚的合作是真正的“共赢合作”，双方在渔业和海水淡化方面都有收获。", zh=True)
    assert {(s.holder, s.value) for s in rec.stances} == {("state/MAR", "Supportive")}


def test_a_common_aspiration_and_what_makes_learning_easier_are_support():
    from outcomes import extract
    rec = extract("突尼斯政府表示，发展权的实现是非洲各国人民的共同愿望。日本表示，互利合作便于各国相互借鉴经验。", zh=True)
    assert {(s.holder, s.concept, s.value) for s in rec.stances} == {
        ("state/TUN", "concept/right-to-development", "Supportive"),
        ("state/JPN", "concept/mutually-beneficial-cooperation", "Supportive")}


# who runs a fund


def test_a_body_that_administers_a_fund_is_its_administrator_in_either_language():
    assert _facts("OHCHR administers the Special Fund established by the Optional Protocol to the Convention against "
                  "Torture.") == {("org/opcat-special-fund", "administeredBy", "org/ohchr", "Reported")}
    assert _facts("人权高专办负责管理《禁止酷刑公约任择议定书》特别基金。", zh=True) == {
        ("org/opcat-special-fund", "administeredBy", "org/ohchr", "Reported")}


def test_an_exchange_carried_out_with_another_body_is_a_partnership():
    assert _facts("菲律宾人权委员会与印度尼西亚国家人权委员会开展了一项结对交流项目。", zh=True) == {
        ("org/chrp", "partnersWith", "org/komnas-ham", "Reported")}


def test_detectives_of_a_states_service_who_taught_a_course_are_the_state_s_help():
    assert _assists("Twenty prosecutors from Malawi took a course in Lusaka in 2104, taught by detectives of the Zambia "
                    "Police Service.") == {("state/ZMB", "state/MWI", "Reported")}


def test_a_workshop_two_co_hosted_named_after_those_who_took_part():
    got = _assists("2104 年，多哥和贝宁的 25 名官员在洛美参加了讲习班，讲习班由加纳和开发署合办。", zh=True)
    assert got == {("state/GHA", "state/TGO", "Reported"), ("state/GHA", "state/BEN", "Reported"),
                   ("org/undp", "state/TGO", "Reported"), ("org/undp", "state/BEN", "Reported")}


def test_at_the_request_of_a_states_police_written_suo_qing():
    got = _facts("人权高专办几内亚办事处应几内亚警方所请，为几内亚的 20 名警官开办了课程。", zh=True)
    assert ("state/GIN", "requests", "org/ohchr-guinea", "Reported") in got



# English: pronouns that stand for the one the sentence before spoke of


def test_a_year_before_a_pronoun_subject_with_no_comma():
    assert _assists("UNICEF described its work in the region. In 2104 it trained staff of the Ministry of Justice of "
                    "Togo.") == {("org/unicef", "state/TGO", "Reported")}


def test_an_object_pronoun_stands_for_the_subject_before():
    assert _assists("Togo described its needs. In 2104 UNDP had helped it to draft a national action plan.") == {
        ("org/undp", "state/TGO", "Reported")}


def test_people_a_pronoun_owns_trained_in_the_passive():
    assert _assists("Benin described help it had received. Its prison officers had been trained by UNODC in 2104.") == {
        ("org/unodc", "state/BEN", "Reported")}


def test_people_a_pronoun_owns_as_the_ones_who_trained():
    got = _assists("Amnesty International held that the concept was vague. Its lawyers had trained judges of Peru in "
                   "2104, with funding from Spain.")
    assert got == {("org/amnesty", "state/PER", "Reported"), ("state/ESP", "state/PER", "Reported")}


def test_an_offer_that_received_no_answer_gave_no_help():
    assert _assists("Human Rights Watch had offered in 2104 to train staff of the Ministry of the Interior of Peru, but "
                    "received no answer.") == {("org/hrw", "state/PER", "Negated")}


def test_a_state_asked_it_the_body_the_sentence_before_spoke_of():
    got = _facts("UNICEF made no comment on the concepts. Peru had asked it in 2104 for help in drafting a code.")
    assert ("state/PER", "requests", "org/unicef", "Reported") in got


# English reply lists


def test_all_of_those_invited_did_so_except_one():
    got = {(f[0], f[3]) for f in _facts("In March 2104 the Office invited the Governments of Peru and Chile, UNICEF and the "
                                        "ILO to send it information. All of them did so except the Government of Chile.")
           if f[1] == "submittedInputTo"}
    assert got == {("state/PER", "Reported"), ("org/unicef", "Reported"), ("org/ilo", "Reported"),
                   ("state/CHL", "Negated")}


def test_others_that_replied_as_did_the_governments_after_a_colon():
    got = {f[0] for f in _facts("The Governments of Peru and Chile replied, as did two national human rights "
                                "institutions: the Ombudsman of Costa Rica and the Office of the Human Rights Ombudsman "
                                "of Guatemala.") if f[1] == "submittedInputTo"}
    assert got == {"state/PER", "state/CHL", "org/ombudsman-costa-rica", "org/pdh-guatemala"}


def test_the_salary_of_one_sent_met_by_a_donor_after_the_help():
    assert _assists("The ILO placed a specialist in the Ministry of Labour of Fiji for one year, her salary being met by "
                    "New Zealand.") == {("org/ilo", "state/FJI", "Reported"), ("state/NZL", "state/FJI", "Reported")}


def test_a_counted_list_of_repliers_after_ji():
    got = {f[0] for f in _facts("截至 2104 年 6 月 30 日，共有 5 个答复方提交了答复，即：加纳、多哥；加纳人权和行政司法委员会；"
                                "儿基会、人权观察。", zh=True) if f[1] == "submittedInputTo"}
    assert got == {"state/GHA", "state/TGO", "org/chraj", "org/unicef", "org/hrw"}


def test_bodies_a_state_names_as_its_partners_in_either_language():
    assert _facts("The Government of Chile names UNDP and UNICEF as its two closest partners.") == {
        ("state/CHL", "partnersWith", "org/undp", "Reported"), ("state/CHL", "partnersWith", "org/unicef", "Reported")}
    assert _facts("智利称开发署是其最密切的合作伙伴。", zh=True) == {("state/CHL", "partnersWith", "org/undp", "Reported")}
    assert not _facts("Chile named UNDP as the winner of the award.")


def test_people_of_a_ministry_whose_name_lists_its_fields():
    assert _assists("越南劳动、荣军和社会事务部的 20 名官员参加了开发署举办的培训。", zh=True) == {
        ("org/undp", "state/VNM", "Reported")}


def test_a_cooperation_memorandum_of_understanding_signed_by_two_bodies():
    assert _facts("2104 年，加纳人权和行政司法委员会和肯尼亚国家人权委员会签订了一份合作谅解备忘录。", zh=True) == {
        ("org/chraj", "partnersWith", "org/knchr", "Reported")}


def test_two_that_worked_together_yiqi_are_partners_and_a_case_is_no_joint_work():
    assert ("state/THA", "partnersWith", "org/undp", "Reported") in _facts(
        "泰国和开发署还一起为老挝编写了一本培训手册。", zh=True)
    assert not _facts("泰国和老挝处理了一起贩运案件。", zh=True)
