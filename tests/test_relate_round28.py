"""Round 28 (sixteenth session): forms read from the opened thirty-fourth and thirty-eighth sets' misses, each written
here as a general form of the genre on sentences of our own (no sentence of any report)."""

from __future__ import annotations

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment

from test_relate_round21 import facts, triples
from test_relate_zh_forms2 import facts as zh_facts, mentioned as zh_mentioned, money as zh_money

EN_FRONT = ("A/HRC/99/1\nHuman Rights Council\nNinety-ninth session\nAgenda item 10\n"
            "Technical assistance and capacity-building\n\n{title}\n\nReport of the Secretary-General\n\n I. Introduction\n\n")


def en_run(*paragraphs: str, title: str):
    text = EN_FRONT.format(title=title) + "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def _assists(found) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, p, o, m in triples(found) if p == "assists"}


# -- the names of a report's title: the whole name before the names inside it --------------------------------------

def test_the_fund_of_a_report_on_a_fund_is_the_whole_fund_the_title_names():
    found = en_run("The Fund awarded a grant to Caritas Internationalis for its work with survivors in Burundi.",
                   title="United Nations Voluntary Trust Fund for Victims of Trafficking in Persons, Especially Women "
                         "and Children")
    got = _assists(found)
    assert ("org/vf-trafficking", "org/caritas", "Reported") in got
    assert not any(s == "org/icc-tfv" for s, _o, _m in got)


# -- the Service: a back-reference to a body whose name ends so -------------------------------------------------------

def test_the_service_stands_for_the_service_named_before():
    got = _assists(facts("The Human Rights Service of the United Nations Assistance Mission in Afghanistan is the "
                         "main channel of cooperation. The Service trained 30 prosecutors of Afghanistan in 2031."))
    assert ("org/unama-hrs", "state/AFG", "Reported") in got


# -- help for a visit helps the visitor ------------------------------------------------------------------------------

def test_support_for_a_visit_helps_the_visitor_named_before():
    got = _assists(facts("The Special Rapporteur on torture and other cruel, inhuman or degrading treatment or "
                         "punishment visited Chad in May 2030. He met ministers, the National Human Rights Commission "
                         "of Chad and lawyers. UNDP provided logistical support for the visit."))
    assert ("org/undp", "org/sr-torture", "Reported") in got
    assert not any(s == "org/undp" and o == "state/TCD" for s, o, _m in got)


def test_support_for_a_visit_with_no_visitor_named_helps_no_one():
    assert not _assists(facts("UNDP provided logistical support for the visit."))


# -- counted bodies or people in a State ------------------------------------------------------------------------------

def test_support_to_counted_organizations_in_a_state_helps_the_state():
    got = _assists(facts("UNICEF supported 40 youth organizations in Chad in documenting abuses."))
    assert ("org/unicef", "state/TCD", "Reported") in got
    assert not _assists(facts("Japan supported three resolutions on Chad."))


# -- funding the work of a State's body ------------------------------------------------------------------------------

def test_funding_the_work_of_a_national_body_helps_its_state():
    got = _assists(facts("Norway funded the work of the Truth and Reconciliation Commission of Liberia in 2030."))
    assert ("state/NOR", "state/LBR", "Reported") in got


# -- a request that could not be met ---------------------------------------------------------------------------------

def test_a_request_that_could_not_be_met_leaves_the_help_negated():
    got = triples(facts("A request of the Ministry of Health of Chad to UNDP for support in training nurses could not "
                        "be met for lack of funds."))
    assert ("state/TCD", "requests", "org/undp", "Reported") in got
    assert ("org/undp", "assists", "state/TCD", "Negated") in got


# -- the two institutions: the two national institutions named before ------------------------------------------------

def test_the_two_institutions_are_the_two_national_institutions_named_before():
    got = triples(facts("The Malawi Human Rights Commission received advice from OHCHR. The Human Rights Commission "
                        "of Zambia trained its staff, and the two institutions signed a twinning agreement."))
    assert ("org/mhrc", "partnersWith", "org/hrc-zambia", "Reported") in got \
        or ("org/hrc-zambia", "partnersWith", "org/mhrc", "Reported") in got
    assert not any(p == "partnersWith" and "org/ohchr" in (s, o) for s, p, o, _m in got)


# -- a body's adviser acts for the body ------------------------------------------------------------------------------

def test_the_offices_adviser_acts_for_the_office_with_its_partner():
    got = triples(facts("In cooperation with UNICEF, the Office's human rights adviser organized a workshop for judges "
                        "of Chad."))
    assert ("org/ohchr", "assists", "state/TCD", "Reported") in got
    assert ("org/unicef", "assists", "state/TCD", "Reported") in got
    assert ("org/ohchr", "partnersWith", "org/unicef", "Reported") in got \
        or ("org/unicef", "partnersWith", "org/ohchr", "Reported") in got


# -- its cooperation with Y: the one whose cooperation it is ---------------------------------------------------------

def test_its_cooperation_is_the_cooperation_of_the_one_invited():
    got = triples(facts("The Council invited the Government of Chad to pursue its cooperation with UNICEF."))
    assert any(p == "partnersWith" and {s, o} == {"state/TCD", "org/unicef"} and m == "Requested"
               for s, p, o, m in got)
    assert not any(p == "partnersWith" and "org/hrc" in (s, o) for s, p, o, _m in got)


# -- help asked for, then done by the one asked with others -----------------------------------------------------------

def test_help_done_as_asked_with_a_co_actor_and_a_funder():
    got = _assists(facts("In March 2030, the Ministry of Justice of Chad asked OHCHR to assist in revising the national "
                         "action plan. OHCHR and UNDP reviewed two drafts of the plan in May 2030, with funding from "
                         "Norway."))
    assert {("org/ohchr", "state/TCD", "Reported"), ("org/undp", "state/TCD", "Reported"),
            ("state/NOR", "state/TCD", "Reported")} <= got


def test_a_request_for_expert_support_is_no_help_given():
    got = _assists(facts("The Minister of Justice of Chad sent the High Commissioner a written request for expert "
                         "support in drafting a law."))
    assert got == {("org/hchr", "state/TCD", "Requested")}


def test_help_asked_for_that_the_one_asked_will_begin_is_planned():
    got = _assists(facts("The Ministry of Justice of Chad asked UNDP to support the preparation of a plan for the "
                         "guidelines; UNDP will begin this work in early 2031."))
    assert ("org/undp", "state/TCD", "Planned") in got


# -- an activity extended to a part of the country -------------------------------------------------------------------

def test_a_training_extended_to_a_province_is_help_to_the_same_state():
    got = _assists(facts("UNHCR trained 40 border officials of Chad. IOM plans to extend the training to the province "
                         "of Lac in 2031."))
    assert ("org/iom", "state/TCD", "Planned") in got
    assert not _assists(facts("IOM plans to extend the training to the province of Lac in 2031."))


# -- a study visit: where the visitors went is not whom it was for -----------------------------------------------------

def test_the_destination_of_a_study_visit_is_not_its_recipient():
    got = _assists(facts("OHCHR organized a study visit to Senegal for prison directors in Chad."))
    assert ("org/ohchr", "state/TCD", "Reported") in got
    assert not any(o == "state/SEN" for _s, o, _m in got)


# -- Chinese ---------------------------------------------------------------------------------------------------------

def test_zh_the_bare_commission_is_the_one_a_sentence_opens_with():
    got = zh_facts("马拉维人权委员会得到了赞比亚人权委员会的支持，后者派出一名专家，协助委员会修订了投诉处理规程。",
                   predicate="assists")
    assert ("org/hrc-zambia", "assists", "org/mhrc", "Reported") in got
    assert not any(s == "org/mhrc" and o == "org/hrc-zambia" for s, _p, o, _m in got)


def test_zh_support_for_the_visit_helps_the_visitor_not_the_state_visited():
    got = zh_facts("应马拉维政府的邀请，酷刑问题特别报告员于 2030 年 5 月访问了该国，开发署为访问提供了后勤支持。",
                   predicate="assists")
    assert ("org/undp", "assists", "org/sr-torture", "Reported") in got
    assert not any(s == "org/undp" and o == "state/MWI" for s, _p, o, _m in got)


def test_zh_monitors_deployed_to_a_state_are_help():
    got = zh_facts("人权高专办计划于 2031 年 3 月向马拉维部署 12 名人权监察员。", predicate="assists")
    assert ("org/ohchr", "assists", "state/MWI", "Planned") in got


def test_zh_a_postponement_with_no_new_date_is_negated_with_a_new_date_planned():
    got = zh_facts("原定于 2030 年 9 月由开发署为马拉维司法部工作人员举办的培训，因该部改组而推迟，至今未确定新的日期。",
                   predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Negated")}
    got = zh_facts("原定于 2030 年 9 月由开发署为马拉维司法部工作人员举办的培训，因该部改组而推迟。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Planned")}
    got = zh_facts("议会联盟曾提议为马拉维议员举办一次研讨会，但议会将研讨会无限期推迟。", predicate="assists")
    assert {m for _s, _p, _o, m in got} == {"Negated"}


def test_zh_a_long_recipient_between_the_agent_and_the_verb_keeps_the_agent():
    got = zh_facts("原定于 2030 年由开发署为多米尼加共和国监狱管理局工作人员举办的培训被取消。", predicate="assists")
    assert got == {("org/undp", "assists", "state/DOM", "Negated")}


def test_zh_a_joined_clause_gives_with_the_subject_of_the_clause_before():
    got = zh_money("马拉维计划于 2031 年接待赞比亚官员的考察访问，并已向联合国人权领域技术合作自愿基金捐款 1 万美元。")
    assert {c[0] for c in got} == {"state/MWI"}


def test_zh_the_human_rights_adviser_is_ohchrs_unless_deployed_or_anothers():
    found = zh_mentioned("在人权顾问的技术支持下，马拉维司法部修订了国家行动计划。")
    assert "org/ohchr" in found[1]
    found = zh_mentioned("东非区域办事处人权顾问为肯尼亚法官举办了讲习班。", "人权高专办向马拉维派遣了一名人权顾问。")
    assert "org/ohchr" not in found[1]
    assert zh_facts("人权高专办向马拉维派遣了一名人权顾问。", predicate="assists") == {
        ("org/ohchr", "assists", "state/MWI", "Reported")}


def test_zh_a_national_organ_named_by_its_kind_is_its_state():
    got = zh_facts("马拉维政府与人权高专办签署了合作协议。总检察院随后请人权高专办协助制定路线图。", predicate="requests")
    assert ("state/MWI", "requests", "org/ohchr", "Reported") in got
    assert not zh_facts("各国议会联盟请人权高专办提供协助。", predicate="requests") & {
        ("state/MWI", "requests", "org/ohchr", "Reported")}


def test_zh_for_this_purpose_is_no_recipient_marker():
    got = zh_facts("高级专员建议马拉维政府：(a) 加入《关于无国籍人地位的公约》，并为此请人权高专办提供技术咨询；"
                   "(b) 通过国家行动计划。", predicate="assists")
    assert ("org/ohchr", "assists", "state/MWI", "Recommended") in got
    assert not any(s == "state/MWI" for s, _p, _o, _m in got)


def test_zh_an_officer_provided_to_a_body_is_help_to_it():
    assert zh_facts("德国为人权高专办提供了一名初级专业干事。", predicate="assists") == {
        ("state/DEU", "assists", "org/ohchr", "Reported")}


def test_zh_a_person_led_an_office_is_read_without_the_verb():
    found = zh_mentioned("人权顾问办公室现由玛丽亚·洛佩斯领导。")
    assert "person/玛丽亚·洛佩斯" in found[1]


def test_zh_the_members_a_sentence_opens_with_are_the_bodys():
    got = zh_facts("人权理事会咨询委员会成员由理事会选举产生，在本报告所述期间的成员为：玛丽亚·洛佩斯(主席)、"
                   "约翰·史密斯和阿米娜·贝洛。", predicate="memberOf")
    assert {s for s, _p, _o, _m in got} == {"person/玛丽亚·洛佩斯", "person/约翰·史密斯", "person/阿米娜·贝洛"}


def test_zh_an_offer_refused_in_its_own_sentence_is_negated():
    got = zh_facts("开发署曾提议资助人权高专办向圭亚那派遣一个评估团，但圭亚那政府婉拒了这一提议。", predicate="assists")
    assert got and {m for _s, _p, _o, m in got} == {"Negated"}
    assert zh_facts("人权高专办提议向圭亚那派遣一个评估团。", predicate="assists") == {
        ("org/ohchr", "assists", "state/GUY", "Planned")}


def test_zh_the_payer_of_the_actor_and_of_the_cost_helps_too():
    got = zh_facts("开发署资助的人权顾问支持苏里南内政部举办了全国对话。", predicate="assists")
    assert {("org/ohchr", "assists", "state/SUR", "Reported"), ("org/undp", "assists", "state/SUR", "Reported")} <= got
    got = zh_facts("葡萄牙监察员向佛得角司法部借调了一名顾问，为期六个月，费用由葡萄牙外交部承担。", predicate="assists")
    assert ("state/PRT", "assists", "state/CPV", "Reported") in got


def test_zh_a_project_paid_by_one_and_carried_out_by_another_for_a_state():
    got = zh_facts("由开发署资助、国际法学家委员会实施的博茨瓦纳法律援助律师培训项目原定于 2030 年 5 月启动，"
                   "后因人员招聘延误推迟至 2031 年 3 月。", predicate="assists")
    assert got == {("org/icj-jurists", "assists", "state/BWA", "Planned"), ("org/undp", "assists", "state/BWA", "Planned")}


def test_the_members_of_a_board_named_after_an_appointment_aside():
    got = triples(en_run("The members of the Board of Trustees of the Fund, appointed by the Secretary-General for "
                         "three years, are Ana Ruiz-Delgado (Chair), Tomas Berg and Leila Haddad.",
                         title="United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights"))
    members = {s for s, p, o, _m in got if p == "memberOf" and o == "org/vf-tc-board"}
    assert members == {"person/ana-ruiz-delgado", "person/tomas-berg", "person/leila-haddad"}


def test_an_offer_of_x_not_taken_up_is_negated_help():
    got = _assists(facts("The Government of Chad did not take up an offer of the International Labour Organization to "
                         "train labour inspectors."))
    assert got == {("org/ilo", "state/TCD", "Negated")}
    got = _assists(facts("The Government of Chad declined an offer of UNDP to finance the training of judges."))
    assert got == {("org/undp", "state/TCD", "Negated")}


def test_their_work_financed_by_x_and_a_project_suspended_after_a_comma():
    got = _assists(facts("In Chad, UNICEF and UN-Women supported the drafting of procedures for child victims. Their "
                         "work was financed by Monaco."))
    assert ("state/MCO", "state/TCD", "Reported") in got
    got = _assists(facts("A project on legal aid in Chad, financed by UNDP, was suspended in March 2031."))
    assert got == {("org/undp", "state/TCD", "Negated")}


def test_zh_an_organ_of_a_country_report_is_the_titled_state_over_a_visitors():
    got = zh_facts("莫桑比克议会请人权高专办提供协助。巴西国会的两名工作人员介绍了本国做法。英联邦秘书处曾提出为议会工作人员"
                   "举办一期讲习班，但议会婉拒。", predicate="assists", title="莫桑比克人权领域的技术合作")
    assert ("org/commonwealth-secretariat", "assists", "state/MOZ", "Negated") in got
    assert not any(o == "state/BRA" for _s, _p, o, _m in got)


def test_zh_a_state_acting_for_its_own_organ_is_not_helped_by_the_states_named_before():
    got = zh_facts("基里巴斯和图瓦卢在人权高专办太平洋区域办事处的协助下编写了执行计划；汤加则得到了开发署的支助，"
                   "为议会议员举办了研讨会。", predicate="assists")
    assert not any(o == "state/TON" and s in ("state/KIR", "state/TUV") for s, _p, o, _m in got)


def test_what_an_institution_underwent_or_benefited_from_is_help_from_those_who_did_it():
    got = triples(facts("The Malawi Human Rights Commission benefited from a capacity assessment, carried out in 2030 by "
                        "the Asia Pacific Forum of National Human Rights Institutions together with UNDP."))
    assert {("org/apf", "assists", "org/mhrc", "Reported"), ("org/undp", "assists", "org/mhrc", "Reported")} <= got
    # an exchange among peers that Y organized is no help of Y's
    got = triples(facts("The Malawi Human Rights Commission benefited from a peer exchange organized by UNDP."))
    assert ("org/undp", "assists", "org/mhrc", "Reported") not in got


def test_a_programme_implemented_jointly_by_two_bodies_is_their_help():
    got = triples(facts("A programme funded by the European Union and implemented jointly by UNDP and UNICEF "
                        "supported the juvenile courts of Chad."))
    assert {("org/undp", "assists", "state/TCD", "Reported"), ("org/unicef", "assists", "state/TCD", "Reported"),
            ("org/eu", "assists", "state/TCD", "Reported")} <= got
    assert ("org/undp", "partnersWith", "org/unicef", "Reported") in got \
        or ("org/unicef", "partnersWith", "org/undp", "Reported") in got
    # prisons run by a State's forces are no actor of the sentence
    assert not any(s == "state/LBN" for s, p, _o, _m in triples(facts(
        "Directors of prisons run by the Internal Security Forces of Lebanon undertook a study visit to Portugal.")))


def test_a_national_working_group_of_a_state_is_the_state_and_a_draft_reviewed_for_it():
    got = triples(facts("The interministerial working group on human rights of Chad received help from UNDP in "
                        "preparing its report, with financial support from Norway."))
    assert {("org/undp", "assists", "state/TCD", "Reported"), ("state/NOR", "assists", "state/TCD", "Reported")} <= got
    got = triples(facts("UNESCO reviewed the draft media code for the High Authority for Communication of Chad."))
    assert ("org/unesco", "assists", "state/TCD", "Reported") in got


def test_zh_help_offered_once_and_never_given_is_negated():
    got = zh_facts("太平洋岛屿论坛秘书处曾提出派遣专家协助斐济起草反腐败法，但由于议会未能通过预算，这一援助至今没有提供。",
                   predicate="assists")
    assert {m for _s, _p, _o, m in got} == {"Negated"}


def test_zh_helping_to_voice_concerns_is_no_critical_stance():
    from test_relate_zh_forms2 import stances as zh_stances
    assert zh_stances("斐济认为，人权方面的命运共同体理念有助于小岛屿国家表达共同关切。") == {
        ("state/FJI", "concept/community-of-shared-future", "Supportive")}


def test_the_office_in_lower_case_is_the_country_office_the_report_keeps_naming():
    found = en_run("OHCHR has been present in the country since 2019. The OHCHR office in Venezuela had 21 staff members "
                   "in Caracas, under a letter of understanding signed by the Office and the Government. The office also "
                   "advised the United Nations country team.",
                   "The office held four workshops for judges of Venezuela.",
                   title="Technical cooperation between Venezuela and the Office of the United Nations High Commissioner "
                         "for Human Rights")
    got = _assists(found)
    assert ("org/ohchr-venezuela", "org/unct", "Reported") in got
    assert ("org/ohchr-venezuela", "state/VEN", "Reported") in got


def test_a_workshop_for_officials_named_after_its_topic_and_a_comma():
    got = _assists(facts("The Regional Office for the Pacific held, in cooperation with the Pacific Islands Forum "
                         "Secretariat, a workshop in Suva on the follow-up to recommendations of human rights mechanisms, "
                         "for officials of Fiji, Palau and Tonga."))
    assert {("org/ohchr-pacific", k, "Reported") for k in ("state/FJI", "state/PLW", "state/TON")} <= got


def test_a_module_contributed_to_a_training_is_help_to_its_recipients():
    got = _assists(facts("UNHCR trained 75 border officials of Chad on asylum, and OHCHR contributed a module on the "
                         "rights of migrants."))
    assert ("org/ohchr", "state/TCD", "Reported") in got
