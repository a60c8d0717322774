"""The sixty-third session's rules. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from outcomes import assists
from outcomes import facts as _facts


def _assists(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "assists"}


def _requests(*paragraphs: str, zh: bool = False) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _m in _facts(*paragraphs, zh=zh) if p == "requests"}


# "the Court" after a regional or international court named in full is that court


def test_the_court_after_a_regional_court_named_in_full_is_that_court():
    text = ("Awa Diallo, a judge of the East African Court of Justice, said that the Court had coached clerks of "
            "Uganda and Kenya on case management at the request of both Governments.")
    assert {("org/eacj", "state/UGA"), ("org/eacj", "state/KEN")} <= _assists(text)
    assert ("state/UGA", "org/eacj") in _requests(text)


def test_the_court_of_a_named_place_is_another_court():
    got = _assists("The Caribbean Court of Justice met in May. The Court of Appeal of Belize trained clerks of Guyana.")
    assert ("org/ccj", "state/GUY") not in got


def test_the_court_with_no_court_named_before_stands_for_nothing():
    got = _assists("At the request of the Supreme Court of Kenya, UNDP seconded an adviser to the Court for a year.")
    assert not {s for s, _o in got} - {"org/undp"}


# People trained, then a comma and the States they were drawn from: those States were helped


def test_people_drawn_from_states_after_a_comma_were_helped():
    got = _assists("UNODC coached some 120 police officers of a joint border unit, drawn from Togo, Benin and Ghana, "
                   "in the handling of seized goods.")
    assert {("org/unodc", "state/TGO"), ("org/unodc", "state/BEN"), ("org/unodc", "state/GHA")} <= got


def test_a_source_of_money_after_a_comma_is_no_recipient():
    got = _assists("UNODC coached 40 police officers of Togo, with funds drawn from Ghana's budget.")
    assert ("org/unodc", "state/GHA") not in got


# "asked her (in <year>) for …": the post the sentence before named with its holder was asked


def test_a_post_holder_asked_for_comments_after_a_year_is_the_post_asked():
    text = ("The meeting then heard the Special Rapporteur on the right to privacy, Ana Ruiz. She said that Peru had "
            "asked her in 2119 for an opinion on a bill on surveillance, which she had sent in March.")
    assert ("state/PER", "org/sr-privacy") in _requests(text)
    assert ("org/sr-privacy", "state/PER") in _assists(text)


def test_asked_her_to_report_after_a_resolution_is_not_the_speaker():
    text = ("The meeting then heard the Special Rapporteur on the right to privacy, Ana Ruiz. In resolution 950/2, "
            "the Council asked the Independent Expert on the situation of human rights in Haiti for a report.")
    assert ("org/hrc", "org/sr-privacy") not in _requests(text)


# "X requested guidance from Y, guidance that Y gave on a visit": the request was met


def test_what_was_asked_for_repeated_with_that_and_given_is_help_given():
    text = ("In 2118 Benin requested advice from the Subcommittee on Prevention of Torture on its detention "
            "registers, advice that the Subcommittee provided during a visit in 2119.")
    got = {(s, p, o, m) for s, p, o, m in _facts(text) if p == "assists"}
    assert ("org/spt", "assists", "state/BEN", "Reported") in got


def test_help_that_someone_else_gave_does_not_meet_the_request():
    text = ("In 2118 Benin requested advice from the Subcommittee on Prevention of Torture on its detention "
            "registers. Earlier advice that UNDP gave in 2117 on the same registers had not been followed.")
    got = {(s, p, o, m) for s, p, o, m in _facts(text) if p == "assists"}
    assert ("org/spt", "assists", "state/BEN", "Reported") not in got


# 并计划于 <year> 同 Y 一道，向 Z …: the plan of the clause of adverbs carries over to the verb's own clause


def test_a_plan_in_the_clause_of_adverbs_before_the_verb_is_a_plan():
    text = "越南代表说，越南政府已在顺化试办社区养老中心，并打算于 2126 年与开发署一起，向老挝和柬埔寨介绍这一做法。"
    got = {(s, o, m) for s, p, o, m in _facts(text, zh=True) if p == "assists"}
    assert ("state/VNM", "state/LAO", "Reported") not in got


def test_a_clause_of_adverbs_without_a_plan_leaves_help_reported():
    text = "越南代表说，越南政府于 2126 年与开发署一起，向老挝介绍了社区养老的做法。"
    got = {(s, o, m) for s, p, o, m in _facts(text, zh=True) if p == "assists"}
    assert ("state/VNM", "state/LAO", "Reported") in got


# Money: a donor gave a fund an amount (double object), pledged to a fund an amount, paid into "the same Fund";
# currency codes of every State


def _contributions(text: str) -> set[tuple]:
    from outcomes import extract

    return {(c.contributor, c.recipient, c.amount, c.currency) for c in extract(text, zh=False).contributions}


def test_a_donor_gave_a_fund_an_amount():
    got = _contributions("Austria gave the United Nations Voluntary Fund for Technical Cooperation in the Field of "
                         "Human Rights EUR 75,000 in 2119.")
    assert ("state/AUT", "org/vf-tc", "75000", "EUR") in got


def test_a_donor_pledged_to_a_fund_an_amount():
    got = _contributions("Belgium pledged to the Voluntary Fund for Financial and Technical Assistance in the "
                         "Implementation of the Universal Periodic Review EUR 400,000 for 2120.")
    assert ("state/BEL", "org/upr-vf-fta", "400000", "EUR") in got


def test_an_amount_next_to_a_donor_in_a_list_is_still_the_donor_s():
    got = _contributions("The donors were Spain, EUR 800,000, and Italy, EUR 250,000.")
    assert {("state/ESP", None, "800000", "EUR"), ("state/ITA", None, "250000", "EUR")} <= got


def test_paid_into_the_same_fund_in_a_currency_of_its_own():
    got = _contributions("Chile gave USD 50,000 to the Voluntary Fund for Financial and Technical Assistance in the "
                         "Implementation of the Universal Periodic Review. Armenia paid AMD 9,000,000 into the same "
                         "Fund.")
    assert ("state/ARM", "org/upr-vf-fta", "9000000", "AMD") in got


def test_a_word_that_is_also_a_currency_code_is_no_amount():
    got = _contributions("In 2119 all 40 participants thanked Norway, which gave USD 10,000 to OHCHR.")
    assert {c[3] for c in got} == {"USD"}


def test_a_goal_or_a_conference_numbered_like_an_amount_is_no_money():
    got = _contributions("Peru reported on SDG 16 and attended COP 28; the CRC 2 meeting followed.")
    assert got == set()


# Submissions: "X supplied information for the report, as did A and B"; "… and by two organizations of the
# United Nations system, A and B"; "was also approached but sent no information"; "invited … but declined"


def _submitted(text: str) -> set[tuple[str, str]]:
    return {(s, m) for s, p, o, m in _facts(text) if p == "submittedInputTo"}


def test_supplied_information_for_the_report_as_did_others():
    got = _submitted("The Government of Armenia supplied information for the report, as did UNHCR and the "
                     "International Organization for Migration (IOM).")
    assert {("state/ARM", "Reported"), ("org/unhcr", "Reported"), ("org/iom", "Reported")} <= got


def test_a_list_of_submitters_goes_on_after_organizations_of_the_system():
    got = _submitted("Information was supplied by the Government of Fiji and by two organizations of the United "
                     "Nations system, UNDP and the World Health Organization (WHO).")
    assert {("state/FJI", "Reported"), ("org/undp", "Reported"), ("org/who", "Reported")} <= got


def test_approached_but_sent_no_information_is_no_submission():
    got = _submitted("The Government of Fiji sent a reply. UNDP was also approached but sent no information.")
    assert ("org/undp", "Negated") in got


def test_invited_to_provide_information_but_declined_is_no_submission():
    got = _submitted("The Government of Fiji sent a reply. UNDP was also invited to provide information but "
                     "declined, citing its own reporting.")
    assert ("org/undp", "Negated") in got


def test_supplied_information_to_the_police_is_no_submission():
    got = _submitted("UNDP supplied information to the police of Fiji on the new law.")
    assert not got


# A State that sent a written contribution speaks at the meeting in other paragraphs: what its representative or a
# named speaker says there is no part of its reply


def _submitted_in(*paragraphs: str) -> set[tuple[str, int]]:
    from outcomes import extract

    return {(r.subject, r.number) for r in extract(*paragraphs, zh=False).relations
            if r.predicate == "submittedInputTo" and r.modality == "Reported"}


REPLIES = "Written contributions received after the meeting from Peru and Chile are reflected in the present summary."


def test_what_a_named_speaker_says_of_a_state_is_no_reply():
    got = _submitted_in(REPLIES, "Mr. Rojas said that Peru had asked UNDP for help with its register. Peru had "
                                 "also sought a grant from the Fund.")
    assert ("state/PER", 1) in got and ("state/PER", 2) not in got


def test_what_the_representative_of_a_state_says_is_no_reply():
    got = _submitted_in(REPLIES, "The representative of Chile added that UNDP had trained its census staff.")
    assert ("state/CHL", 2) not in got


def test_a_later_contribution_announced_that_never_arrived_is_no_submission():
    got = {(s, m) for s, p, o, m in _facts("Written contributions received from Peru are reflected in the present "
                                           "summary; Chile announced one that never arrived.")
           if p == "submittedInputTo"}
    assert ("state/CHL", "Negated") in got


# "by two partners, A and B": the agents of a passive named after the count of them


def test_the_agents_of_a_passive_named_after_their_count():
    got = _assists("A course for prosecutors of Tonga was given in 2120 by two partners, UNODC and the United Nations "
                   "Development Programme (UNDP).")
    assert {("org/unodc", "state/TON"), ("org/undp", "state/TON")} <= got


def test_partners_named_after_the_count_without_by_are_no_agents():
    got = _assists("A course for prosecutors of Tonga was given in 2120, with two partners, UNODC and UNDP, "
                   "watching.")
    assert ("org/undp", "state/TON") not in got


# "X's request of May 2125 that Y second …": the date between the request and its "that"


def test_a_dated_request_that_someone_help_has_not_been_answered():
    got = {(s, p, o, m) for s, p, o, m in _facts("Tonga's request of March 2119 that UNDP second an adviser to the "
                                                 "Ministry of Justice has not been answered.")}
    assert ("state/TON", "requests", "org/undp", "Reported") in got
    assert ("org/undp", "assists", "state/TON", "Negated") in got


def test_a_body_of_the_asker_after_to_is_not_the_one_asked():
    got = _requests("Tonga's request that UNDP second an adviser to the Ministry of Justice of Tonga is pending.")
    assert ("state/TON", "org/undp") in got


# "…, and Y plans to help Z": a name after ", and" with a verb of its own opens a clause, no list


def test_a_name_with_a_present_tense_verb_after_and_opens_a_clause():
    got = _assists("OHCHR will send an adviser to the Ministry of Justice of Armenia, and UNICEF plans to help Georgia.")
    assert ("org/ohchr", "org/unicef") not in got
    assert ("org/unicef", "state/GEO") in got and ("org/ohchr", "state/GEO") not in got


# "Denmark paid for their participation"; "sent the International Committee of the Red Cross (ICRC) a request in
# 2125 for advice": a long name between the verb and the request, a year between the request and what it asks


def test_who_paid_for_the_participants_attendance_helped_them():
    got = _assists("Six officials of Armenia attended a course on complaint handling given by UNDP; Norway paid for "
                   "their participation.")
    assert ("state/NOR", "state/ARM") in got


def test_a_request_sent_to_a_body_with_a_long_name_and_a_year_before_what_it_asks():
    text = ("Armenia sent the International Committee of the Red Cross (ICRC) a request in 2120 for advice on a "
            "register of missing persons; that request has not been answered.")
    assert ("state/ARM", "org/icrc") in _requests(text)
    got = {(s, p, o, m) for s, p, o, m in _facts(text)}
    assert ("org/icrc", "assists", "state/ARM", "Negated") in got


# 收到了 A、B 和 C 的书面答复; 董事会有五名成员，…，…的成员为：A、B…


def test_written_replies_received_from_a_list_are_submissions():
    got = {s for s, p, o, m in _facts("编写本报告期间，人权高专办收到了马里政府、尼日尔政府和西非经共体的书面答复。", zh=True)
           if p == "submittedInputTo"}
    assert {"state/MLI", "state/NER", "org/ecowas"} <= got


def test_members_listed_after_a_count_of_the_board_s_members():
    text = ("人权领域技术合作自愿基金董事会有三名成员，均以个人身份任职，本期的成员为：卡洛斯·门德斯、"
            "玛丽亚·伊万诺娃和陈文光。")
    got = {(s, o) for s, p, o, m in _facts(text, zh=True) if p == "memberOf"}
    assert ("person/卡洛斯·门德斯", "org/vf-tc-board") in got
    assert not {o for _s, o in got} - {"org/vf-tc-board"}


# 请求基金为其…提供支持 (the bare short name after the verb of asking); 具体活动将由 X 执行 (X carries out the
# activities, it runs no fund)


def test_the_fund_asked_by_its_short_name_after_the_verb_of_asking():
    got = {(s, p, o, m) for s, p, o, m in _facts("人权领域技术合作自愿基金本年度资助了四个项目。",
                                                 "乍得政府于 2120 年 3 月请求基金为其编写普遍定期审议中期报告提供支持。",
                                                 zh=True)}
    assert ("state/TCD", "requests", "org/vf-tc", "Reported") in got


def test_who_carries_out_the_activities_a_fund_approved_runs_no_fund():
    got = {(s, p, o) for s, p, o, m in _facts("人权领域技术合作自愿基金已批准支持乍得国家人权委员会的筹备工作，具体活动将由开发署执行。",
                                              zh=True)}
    assert ("org/vf-tc", "administeredBy", "org/undp") not in got


def test_an_activity_moved_to_a_later_date_is_planned():
    got = {(s, o, m) for s, p, o, m in _facts("开发署原打算于 2120 年 5 月为乍得的法官举办一期培训，后因雨季道路中断，培训改在 2120 年 11 月举行。",
                                              zh=True) if p == "assists"}
    assert ("org/undp", "state/TCD", "Planned") in got


def test_the_council_should_request_someone_to_help_is_advised_help():
    got = {(s, o, m) for s, p, o, m in _facts("In the view of the Committee, the Council should request OHCHR to "
                                              "open its course to the delegations of Tuvalu and Nauru.")
           if p == "assists"}
    assert ("org/ohchr", "state/TUV", "Recommended") in got


def test_an_amount_after_and_and_a_donor_is_that_donor_s():
    got = _contributions("Norway provided NOK 4.5 million to OHCHR for 2115–2117 and the Netherlands EUR 600,000 to "
                         "the Regional Office for Europe.")
    assert ("state/NLD", "org/ohchr-europe", "600000", "EUR") in got


def test_a_drafting_group_made_up_of_its_members_named_without_a_colon():
    got = {(s, o) for s, p, o, m in _facts("The Human Rights Council Advisory Committee entrusted the study to a "
                                           "drafting group made up of its members Ana Lucia Ferraz (Chair), Piotr "
                                           "Nowicki and Amina Yusuf.") if p == "memberOf"}
    assert {("person/ana-lucia-ferraz", "org/hrc-advisory-committee"),
            ("person/amina-yusuf", "org/hrc-advisory-committee")} <= got


# "X were equipped (in 2120) with computers. The purchase was financed by Y, and Z procured the equipment": Y and Z
# helped X


def test_who_financed_the_purchase_of_goods_a_body_was_equipped_with_helped_it():
    got = _assists("The district courts of Armenia were equipped in 2119 with 30 computers. The purchase was "
                   "financed by Japan, and UNDP procured the equipment and handed it over.")
    assert {("state/JPN", "state/ARM"), ("org/undp", "state/ARM")} <= got


def test_a_purchase_financed_with_no_goods_received_before_helps_no_one():
    got = _assists("The district courts of Armenia held 30 hearings. The purchase was financed by Japan.")
    assert ("state/JPN", "state/ARM") not in got


def test_who_organized_a_study_visit_the_visitors_went_on_helped_them():
    got = _assists("In May 2120, four officials of Tonga travelled to Fiji on a study visit arranged by UNDP to see "
                   "how relocation sites are monitored.")
    assert ("org/undp", "state/TON") in got and ("org/undp", "state/FJI") not in got
