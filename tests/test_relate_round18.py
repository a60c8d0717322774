"""Rules of the sixth session of 1 December 2026 (round 18), written by the lead on the fifteenth sets once opened and on
older development texts, each tried on sentences of its own (none copied from a gold text)."""

from __future__ import annotations

from test_relate_zh_forms2 import run as run_zh


def facts(*text: str, predicate: str = "assists") -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run_zh(*text).relations if r.predicate == predicate}


CENTRE = "联合国中部非洲人权与民主分区域中心于 2001 年设立。"


# -- 中心 / 该中心: the centre a report named in full once --------------------------------------------------------

def test_the_centre_named_in_full_once_is_the_bare_centre_of_later_paragraphs():
    got = facts(CENTRE, "2031 年，中心为加蓬的 30 名检察官举办了关于审前羁押的培训。")
    assert got == {("org/ohchr-central-africa-centre", "state/GAB", "Reported")}
    got = facts(CENTRE, "刚果政府请该中心就一项法律草案提供咨询意见。该中心于 5 月向刚果提交了书面评论。")
    assert ("org/ohchr-central-africa-centre", "state/COG", "Reported") in got


def test_a_centre_of_the_victim_is_no_back_reference():
    # 以受害者为中心: a phrase, not the centre; nor a centre of no name written after the named one
    assert facts(CENTRE, "人权高专办采取以受害者为中心的方法，为刚果 20 名法官举办了培训。") == {("org/ohchr", "state/COG", "Reported")}
    assert facts(CENTRE, "乍得设立了一个国家培训中心。该中心为 40 名警察举办了培训。") == set()


def test_a_recommendation_to_the_centre_keeps_its_modality():
    # 建议中心…: a verb of recommending right before the bare back-reference (not 建议中, "in the recommendation")
    got = facts(CENTRE, "高级专员建议中心与开发署一道向布隆迪提供支助。", predicate="partnersWith")
    assert got == {("org/ohchr-central-africa-centre", "org/undp", "Recommended")}


# -- a post paid by a donor --------------------------------------------------------------------------------------

def test_a_post_a_state_pays_for_helps_the_body_that_holds_it():
    got = facts(CENTRE, "该中心现有 9 名工作人员，其中一名人权干事的员额由荷兰政府供资。")
    assert got == {("state/NLD", "org/ohchr-central-africa-centre", "Reported")}
    assert facts(CENTRE, "该中心现有 9 名工作人员，其中一名人权干事的员额由荷兰政府供资。", predicate="fundedBy") == set()


def test_a_post_a_fund_pays_for_stays_funding():
    text = "人权高专办几内亚办事处的人权干事职位由建设和平基金供资。"
    assert facts(text, predicate="fundedBy") == {("org/ohchr-guinea", "org/peacebuilding-fund", "Reported")}
    assert facts(text) == set()


# -- a project a relative clause says was funded ----------------------------------------------------------------

def test_the_funder_in_a_relative_clause_funds_the_project_not_the_implementer():
    text = "在乍得，人权高专办与开发署共同执行了一个由挪威出资的司法改革项目。"
    assert facts(text, predicate="fundedBy") == set()
    assert ("state/NOR", "state/TCD", "Reported") in facts(text)
    # the plain passive still funds its subject
    assert facts("该方案由挪威供资。人权高专办乍得办事处由挪威供资。", predicate="fundedBy") == {
        ("org/ohchr-chad", "state/NOR", "Reported")}


def test_money_that_came_from_a_donor_pays_for_the_activity_named_before():
    got = facts("人权高专办为马里的 60 名狱警举办了三期培训。这些培训的经费来自瑞士提供的一笔赠款。")
    assert got == {("org/ohchr", "state/MLI", "Reported"), ("state/CHE", "state/MLI", "Reported")}


# -- a tool given; help under which a State acted ------------------------------------------------------------------

def test_a_tool_or_a_manual_given_is_help():
    assert facts("人权高专办向尼日尔国家人权委员会提供了一套监测拘留场所的工具包。") == {
        ("org/ohchr", "org/cndh-niger", "Reported")}
    assert facts("开发署向多哥提供了一本关于选举监测的手册。") == {("org/undp", "state/TGO", "Reported")}


def test_technical_support_under_which_a_state_acted():
    assert facts("尼泊尔表示，在人权高专办的技术支助下，该国于 2029 年通过了一项国家行动计划。") == {
        ("org/ohchr", "state/NPL", "Reported")}


def test_a_person_is_never_a_recipient():
    got = facts("阿米娜·迪亚洛说，多哥人权委员会设立了妇女权利股，该股的筹建得到了开发署的支持。")
    assert not {r for _p, r, _m in got if r.startswith("person/")}


# -- a co-provider stays in its own clause; a welcomed cooperation of others -----------------------------------------

def test_a_co_provider_does_not_cross_a_semicolon():
    got = facts("儿基会与开发署一道，协助赞比亚制定了儿童司法战略；儿基会还向马拉维提供了培训。")
    assert ("org/undp", "state/MWI", "Reported") not in got
    assert {("org/unicef", "state/ZMB", "Reported"), ("org/undp", "state/ZMB", "Reported"),
            ("org/unicef", "state/MWI", "Reported")} <= got


def test_welcoming_the_cooperation_of_unnamed_others_is_no_partnership_of_the_speaker():
    assert facts("高级专员欢迎该区域各国政府与人权高专办的合作。", predicate="partnersWith") == set()
    assert facts("高级专员欢迎尼日尔与人权高专办的合作。", predicate="partnersWith") == {
        ("state/NER", "org/ohchr", "Reported")}


# -- English ------------------------------------------------------------------------------------------------------

from test_relate_en_general import run as run_en  # noqa: E402


def en_facts(*text: str, predicate: str = "assists") -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run_en(*text).relations if r.predicate == predicate}


def test_the_human_rights_division_of_a_mission_named_once_is_its_later_short_name():
    got = en_facts("The Human Rights Division of the United Nations Mission in South Sudan opened an office in Bor. "
                   "In 2031, the Human Rights Division trained 40 prison officers of South Sudan.")
    assert got == {("org/unmiss-hrd", "state/SSD", "Reported")}


def test_the_ministry_is_the_state_whose_ministry_was_named_before():
    got = en_facts("In May 2032, the Minister of Justice of Chad wrote to OHCHR about prison reform. "
                   "OHCHR will second two advisers to the Ministry in 2033, with funding from Norway.")
    assert got == {("org/ohchr", "state/TCD", "Planned"), ("state/NOR", "state/TCD", "Planned")}
    # the Ministry of X names its State itself
    assert en_facts("UNDP advised the Ministry of Justice of Mali.") == {("org/undp", "state/MLI", "Reported")}


def test_a_funder_is_no_recipient_of_the_help_it_pays_for():
    got = en_facts("UNICEF trained 50 social workers of Niger. In Zinder, it supported the Ministry in drafting a "
                   "child protection plan, with financial support from Luxembourg.")
    assert ("org/unicef", "state/LUX", "Reported") not in got


def test_coordination_with_a_body_makes_it_a_partner_not_a_co_provider():
    text = "UNFPA supported the national programme of Mali on maternal health, in coordination with UNICEF."
    assert en_facts(text) == {("org/unfpa", "state/MLI", "Reported")}
    assert en_facts(text, predicate="partnersWith") == {("org/unfpa", "org/unicef", "Reported")}


def test_the_government_that_gave_information_for_a_report_on_itself_does_not_reply_in_every_paragraph():
    # a report on Togo: the Government and its institution informed it; what the Government does later is no reply
    from tacb_graph.records import Source
    from tacb_graph.recognise import recognise
    from tacb_graph.relate import relate
    from tacb_graph.segment import segment

    def submitters(title: str) -> set[tuple[str, int]]:
        text = ("A/HRC/99/1\nHuman Rights Council\nNinety-ninth session\nAgenda item 10\nTechnical assistance and "
                "capacity-building\n\n" + title + "\n\nReport of the United Nations High Commissioner for Human Rights\n\n"
                "1. Information for the present report was submitted by the Government of Togo and by the National "
                "Human Rights Commission of Togo.\n\n2. In May 2033, the Government of Togo said that it had asked "
                "OHCHR to review a draft law on assembly.\n\n")
        rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
        return {(r.subject, r.number) for r in rec.relations if r.predicate == "submittedInputTo"}

    assert submitters("Technical assistance to Togo") == {("state/TGO", 1), ("org/nhrc-togo", 1)}
    # a study whose respondents were listed: what a respondent says elsewhere is from its reply
    assert ("state/TGO", 2) in submitters("Study on technical cooperation")


def test_a_named_programme_is_its_later_lowercase_short_name_but_an_unnamed_one_is_not():
    got = en_facts("The Treaty Body Capacity-Building Programme was set up in 2014. In 2032, the programme trained the "
                   "staff of the national mechanism of Lesotho.")
    assert got == {("org/tbcbp", "state/LSO", "Reported")}
    assert en_facts("The Treaty Body Capacity-Building Programme was set up in 2014. UNDP later ran a training "
                    "programme for judges. In 2032, the programme trained 30 judges of Lesotho.") == set()


def test_a_negation_with_an_aside_after_it_still_denies_the_help():
    got = en_facts("UNDP had not, however, been able to respond to a request from Malawi for support to its "
                   "national mechanism.")
    assert got == {("org/undp", "state/MWI", "Negated")}


# -- round 18, on the opened nineteenth sets (Chinese) ----------------------------------------------------------------

def test_the_office_is_the_field_office_named_before_not_ohchr_named_since():
    got = facts("人权高专办危地马拉办事处于 2005 年设立。",
                "2030 年，危地马拉外交部请人权高专办协助编写普遍定期审议报告。",
                "该办事处为危地马拉 40 名检察官举办了培训。")
    assert ("org/ohchr-guatemala", "state/GTM", "Reported") in got
    assert ("org/ohchr", "state/GTM", "Reported") not in got
    # with no office named, the office is OHCHR
    assert ("org/ohchr", "state/GTM", "Reported") in facts(
        "危地马拉外交部请人权高专办协助编写普遍定期审议报告。", "该办事处为危地马拉 40 名检察官举办了培训。")


def test_people_trained_in_a_capital_are_its_states():
    assert facts("人权高专办于 2031 年在危地马拉城培训了 80 名法官和检察官。") == {("org/ohchr", "state/GTM", "Reported")}
    # people of other States trained there are theirs; a workshop with no people trained names no recipient
    assert facts("人权高专办在曼谷培训了来自老挝的 30 名法官。") == {("org/ohchr", "state/LAO", "Reported")}
    assert facts("人权高专办在日内瓦举办了一期讲习班。") == set()


def test_a_request_the_office_did_not_accept_is_negated_help():
    got = facts("危地马拉内政部请人权高专办为 200 名警员提供人权培训。由于时间太短，人权高专办没有接受这一请求。")
    assert got == {("org/ohchr", "state/GTM", "Negated")}


def test_a_team_sent_for_peer_exchange_is_help_and_its_postponement_a_plan():
    got = facts("伊比利亚美洲监察员联合会原定于 2031 年 5 月向危地马拉人权监察员派遣一个同行交流小组，但此行已推迟至 2032 年。")
    assert got == {("org/fio", "org/pdh-guatemala", "Planned")}


def test_a_named_person_holds_no_partnership():
    got = facts("2030 年 5 月，联合国人权事务高级专员福尔克尔·蒂尔克访问危地马拉，并与危地马拉政府签署了一份谅解备忘录。",
                predicate="partnersWith")
    assert not {p for p, _o, _m in got if p.startswith("person/")}


# -- English stances (round 18, on the opened nineteenth sets) ------------------------------------------------------

MBC, WW = "concept/mutually-beneficial-cooperation", "concept/win-win-cooperation"
CSF, RTD = "concept/community-of-shared-future", "concept/right-to-development"


def en_stances(*text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in run_en(*text).stances}


def test_a_negation_before_a_comma_set_however_still_negates_the_cue():
    got = en_stances("Peru considered the right to development important. It did not, however, support references "
                     "to a community of shared future in the report.")
    assert got == {("state/PER", RTD, "Supportive"), ("state/PER", CSF, "Critical")}


def test_the_authors_of_a_joint_reply_hold_its_positions():
    got = en_stances("The joint reply of Estonia and Finland rejected the idea of a community of shared future.")
    assert got == {("state/EST", CSF, "Critical"), ("state/FIN", CSF, "Critical")}


def test_making_no_comment_is_not_questioning():
    assert en_stances("Japan made no comment on win-win cooperation.") == {("state/JPN", WW, "NotQuestioned")}


def test_judgements_of_relevance_attraction_and_definition():
    assert en_stances("Ghana regarded the right to development as particularly relevant to rural women.") == {
        ("state/GHA", RTD, "Supportive")}
    assert en_stances("Ghana did not regard the right to development as relevant to the study.") == {
        ("state/GHA", RTD, "Critical")}
    assert en_stances("Ghana found win-win cooperation an attractive idea, but said that the term had no clear "
                      "definition.") == {("state/GHA", WW, "Sceptical")}
    # the relevant resolutions: no judgement of the concept
    assert en_stances("Ghana referred to the relevant resolutions on the right to development.") == set()


def test_a_drafting_group_of_its_members_makes_each_a_member_of_the_body():
    rec = run_en("At its twentieth session, the Advisory Committee set up a drafting group composed of three of its "
                 "members: Amal Haddad-Lopez (Jordan), Chair; Pieter van Aalst (Netherlands); and Joy Mwangi Otieno "
                 "(Kenya), Rapporteur.")
    got = {(r.subject, r.object) for r in rec.relations if r.predicate == "memberOf"}
    assert got == {(p, "org/hrc-advisory-committee") for p in
                   ("person/amal-haddad-lopez", "person/pieter-van-aalst", "person/joy-mwangi-otieno")}


def test_the_office_in_lower_case_is_the_field_office_named_before():
    rec = run_en("The OHCHR country office in Guatemala opened in 2005. Sweden contributed EUR 300,000 to the office "
                 "for 2031.")
    assert [(c.contributor, c.recipient) for c in rec.contributions] == [("state/SWE", "org/ohchr-guatemala")]
    # no office named: no recipient (not OHCHR); "the Office" stays OHCHR
    rec = run_en("OHCHR opened an office in Bamako in 2012. Spain contributed EUR 450,000 to the office in 2033.")
    assert [(c.contributor, c.recipient) for c in rec.contributions] == [("state/ESP", None)]


def test_help_asked_for_after_a_year_and_an_abbreviation_and_then_denied():
    got = en_facts("Jordan had asked the International Labour Organization (ILO) in 2032 for advice on its labour "
                   "code, but no such advice had been provided.")
    assert got == {("org/ilo", "state/JOR", "Negated")}
    assert en_facts("Jordan asked UNDP for advice on its pension system. The advice will be given in 2035.") == {
        ("org/undp", "state/JOR", "Planned")}


def test_it_after_an_aside_in_a_reported_clause_is_the_reporter():
    got = en_facts("UNICEF indicated that, at the request of the Government of Nepal, it had deployed two experts "
                   "on child protection to the country.")
    assert ("org/unicef", "state/NPL", "Reported") in got


def test_an_advisory_visit_is_help_and_more_kinds_of_people_are_trained():
    assert en_facts("The Subcommittee on Prevention of Torture conducted an advisory visit to Benin in 2033.") == {
        ("org/spt", "state/BEN", "Reported")}
    assert en_facts("OHCHR held a workshop for 35 guards of the prison administration of Togo.") == {
        ("org/ohchr", "state/TGO", "Reported")}


# -- Chinese, second part (the ECOWAS report of the nineteenth sets) ----------------------------------------------

def test_a_dotted_name_ends_before_a_verb_of_signing_or_reporting():
    rec = run_zh("2031 年 3 月，高级专员和东非共同体秘书长阿卜杜拉·卡鲁基签署了一份谅解备忘录。",
                 "特别报告员玛丽亚·冈萨雷斯报告说，她访问了秘鲁。")
    assert {m.entity for m in rec.mentions if m.entity.startswith("person/")} == {
        "person/阿卜杜拉·卡鲁基", "person/玛丽亚·冈萨雷斯"}


def test_a_capital_that_places_the_office_helped_is_no_recipient():
    assert facts("东非共同体于 2031 年向内罗毕的区域办事处借调了一名专家。") == set()
    assert facts("人权高专办向太子港派遣了两名顾问。") == {("org/ohchr", "state/HTI", "Reported")}


def test_an_activity_referred_to_by_its_bare_noun_is_paid_by_a_government():
    assert facts("人权高专办为马里的 12 名法官举办了研讨会。研讨会由荷兰政府出资。") == {
        ("org/ohchr", "state/MLI", "Reported"), ("state/NLD", "state/MLI", "Reported")}


def test_meetings_and_consultations_held_for_people_are_help():
    got = facts("人权高专办拟于 2032 年在达喀尔为塞内加尔和冈比亚司法部的官员举办一次区域磋商。")
    assert got == {("org/ohchr", "state/SEN", "Planned"), ("org/ohchr", "state/GMB", "Planned")}
    # a session of a body is no meeting held for anyone
    assert facts("人权理事会第七十八届会议通过了第 78/2 号决议。") == set()


def test_sharing_a_system_a_tool_or_a_guide_is_help():
    assert en_facts("Chile had shared its follow-up system with Peru and Bolivia.") == {
        ("state/CHL", "state/PER", "Reported"), ("state/CHL", "state/BOL", "Reported")}
    assert en_facts("The Kenya National Commission on Human Rights intends to share its monitoring guide with the "
                    "Uganda Human Rights Commission in 2035.") == {("org/knchr", "org/uhrc", "Planned")}
    # the results of a survey are no help
    assert en_facts("Chile shared the results of the survey with Peru.") == set()


# -- round 18, third part (on the seventeenth sets, opened late in the session) ------------------------------------

ZH_MBC, ZH_RTD = "concept/mutually-beneficial-cooperation", "concept/right-to-development"


def zh_stances(*text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in run_zh(*text).stances}


def test_work_referred_to_and_paid_for_by_a_donor_is_the_donors_help_too():
    got = facts("人权高专办应吉布提政府的请求，就刑法的修订向该国司法部提供了咨询意见；这项工作由欧洲联盟出资。")
    assert ("org/eu", "state/DJI", "Reported") in got
    assert facts("人权高专办应吉布提政府的请求，就刑法的修订向该国司法部提供了咨询意见；这项工作由欧洲联盟出资。",
                 predicate="fundedBy") == set()


def test_a_request_not_yet_answered_is_still_only_asked_for():
    assert facts("老挝说，它于 2030 年请人权高专办提供技术援助，该请求至今尚未得到答复。") == {
        ("org/ohchr", "state/LAO", "Requested")}
    assert en_facts("Ghana asked UNDP for advice on its pension system; the request is still under consideration.") == {
        ("org/undp", "state/GHA", "Requested")}


def test_a_qualifier_that_refers_to_the_term_decides_the_stance():
    got = zh_stances("斯洛文尼亚表示，它并不反对“互利合作”这一提法，但认为该提法缺乏明确的定义。")
    assert got == {("state/SVN", ZH_MBC, "Sceptical")}
    # a qualifier about something else keeps the first judgement
    assert zh_stances("斯洛文尼亚表示，它并不反对“互利合作”这一提法，但强调技术合作必须应有关国家的请求提供。") == {
        ("state/SVN", ZH_MBC, "NotQuestioned")}


def test_significance_and_a_framework_given_are_support():
    assert zh_stances("秘鲁认为，发展权对于制定公平的发展政策具有决定性意义。") == {("state/PER", ZH_RTD, "Supportive")}
    assert zh_stances("秘鲁认为，发展权不具有任何实际意义。") == {("state/PER", ZH_RTD, "Critical")}
    assert zh_stances("秘鲁认为，发展权为技术合作提供了切实可行的指导框架。") == {("state/PER", ZH_RTD, "Supportive")}


def test_an_activity_convened_in_a_place_and_at_a_time_set_off_by_commas():
    got = en_facts("OHCHR convened in Apia, in May 2033, a regional workshop for officials of Samoa and Tonga.")
    assert got == {("org/ohchr", "state/WSM", "Reported"), ("org/ohchr", "state/TON", "Reported")}


def test_nor_before_an_inverted_verb_denies_the_help():
    assert en_facts("Nor was OHCHR able to respond to a request from Nauru for assistance on asylum.") == {
        ("org/ohchr", "state/NRU", "Negated")}


def test_where_a_grantee_is_based_is_no_recipient():
    got = en_facts("The United Nations Voluntary Fund for Victims of Torture awarded grants. In Mali, the Center for "
                   "Victims of Torture, an organization based in the United States of America, used a grant of USD "
                   "90,000 from the Fund to train 30 counsellors.")
    assert not {r for _p, r, _m in got if r == "state/USA"}
    assert ("org/cvt", "state/MLI", "Reported") in got
