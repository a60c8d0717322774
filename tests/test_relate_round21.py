"""Round 21 (ninth session): forms read from the opened twenty-first sets' misses, each written here as a
general form of the genre on sentences of our own (no sentence of any report)."""

from __future__ import annotations

import pytest

from tacb_graph.records import Source
from tacb_graph.recognise import recognise
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def facts(*paragraphs: str):
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def triples(found) -> set[tuple[str, str, str, str]]:
    return {(r.subject, r.predicate, r.object, r.modality) for r in found.relations if r.predicate != "cites"}


def assists(found) -> set[tuple[str, str, str]]:
    """(provider, recipient, modality) of the assists relations of ``found`` (the later rounds' shorthand)."""
    return {(s, o, m) for s, p, o, m in triples(found) if p == "assists"}


def stances(found) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in found.stances}


def test_a_committee_of_a_parliament_is_the_states_not_the_treaty_body():
    got = triples(facts("The Human Rights Committee of the National Assembly of Zambia asked OHCHR to review a bill."))
    assert ("state/ZMB", "requests", "org/ohchr", "Reported") in got
    assert not any(s == "org/ccpr" for s, _p, _o, _m in got)


def test_the_treaty_body_itself_is_still_read():
    found = recognise(segment(Source("t.txt", "t", "1. The Human Rights Committee examined the report of Peru.\n", "0",
                                     "utf-8", 0)))
    assert "org/ccpr" in {m.entity for m in found.mentions}


@pytest.mark.parametrize("sentence, value", [
    ("Finland did not call into question the right to development, but stressed that aid had to reach the poorest.",
     "NotQuestioned"),
    ("Chile called into question the concept of win-win cooperation.", "Sceptical"),
    ("Peru cast doubt on the notion of a community of shared future for human beings.", "Sceptical"),
])
def test_calling_into_question_and_casting_doubt(sentence, value):
    assert {v for _h, _c, v in stances(facts(sentence))} == {value}


def test_belongs_to_is_membership():
    got = triples(facts("The OHCHR Country Office in Nepal opened in 2005. The country office belongs to the United Nations "
                        "country team.", "Samoa belongs to the Pacific Islands Forum."))
    assert {("org/ohchr-nepal", "memberOf", "org/unct", "Reported"), ("state/WSM", "memberOf", "org/pif", "Reported")} <= got


def test_scandinavian_currency_abbreviations():
    found = facts("In 2031, the regional office received SKr 4,000,000 from Sweden and NKr 2 million from Norway.")
    assert {(c.contributor, c.amount, c.currency) for c in found.contributions} == {
        ("state/SWE", "4000000", "SEK"), ("state/NOR", "2000000", "NOK")}


def test_an_unanswered_request_does_not_make_a_section_about_submissions():
    found = facts("Chile said that it had asked OHCHR in 2030 to help it draft a plan, but had not yet received a reply.",
                  "Peru said that the concept of win-win cooperation was useful.")
    assert not any(p == "submittedInputTo" for _s, p, _o, _m in triples(found))


def test_an_unanswered_chinese_request_does_not_make_a_section_about_submissions():
    found = facts("智利表示，该国已请人权高专办协助编写国家行动计划，但至今尚未得到答复。", "秘鲁认为，合作共赢的理念是有益的。")
    assert not any(p == "submittedInputTo" for _s, p, _o, _m in triples(found))


@pytest.mark.parametrize("sentence, channel, recipients", [
    ("日本通过东南亚国家联盟为缅甸官员举办了讲习班。", "org/asean", {"state/MMR"}),
    ("Morocco trained 60 prison officials of Senegal and Djibouti through the International Organisation of La "
     "Francophonie.", "org/oif", {"state/SEN", "state/DJI"}),
    ("Through the Organization of American States, Canada trained judges of Haiti.", "org/oas", {"state/HTI"}),
])
def test_help_given_through_an_organisation_is_its_help_too(sentence, channel, recipients):
    got = triples(facts(sentence))
    assert {o for s, p, o, _m in got if s == channel and p == "assists"} == recipients
    assert not any(p == "partnersWith" for _s, p, _o, _m in got)


def test_money_through_an_organisation_is_no_channel():
    got = triples(facts("日本通过开发署提供的资金为缅甸官员举办了讲习班。"))
    assert not any(s == "org/undp" for s, _p, _o, _m in got)


def test_a_second_marker_inside_a_place_phrase_does_not_join_the_co_provider():
    got = triples(facts("人权高专办与难民署共同在马里与尼日尔接壤的边境地区实施了一个项目。"))
    assert {("org/unhcr", "assists", "state/MLI", "Reported"),
            ("org/ohchr", "partnersWith", "org/unhcr", "Reported")} <= got
    assert not any("state/NER" in (s, o) for s, _p, o, _m in got)


def test_support_withheld_after_a_request_is_negated_help():
    got = triples(facts("马里国防部请人权高专办为军事司法人员举办培训。人权高专办在进行评估后决定暂不提供这一支助。"))
    assert ("org/ohchr", "assists", "state/MLI", "Negated") in got
    assert ("org/ohchr", "assists", "state/MLI", "Requested") not in got


def test_costs_that_will_be_borne_by_a_donor_are_planned_help():
    got = triples(facts("马里检察院请人权高专办派遣一名顾问。人权高专办已同意于 2034 年派遣一名顾问，该顾问的费用将由比利时承担。"))
    assert ("state/BEL", "assists", "state/MLI", "Planned") in got
    assert ("state/BEL", "assists", "state/MLI", "Reported") not in got


def test_an_institution_named_again_without_its_state():
    found = facts("危地马拉人权监察员办公室继续得到人权高专办的支助。",
                  "人权监察员办公室曾请人权高专办提供车辆和计算机设备，但人权高专办因资金不足未能满足这一请求。")
    assert ("org/pdh-guatemala", "requests", "org/ohchr", "Reported") in triples(found)
    assert ("org/ohchr", "assists", "org/pdh-guatemala", "Negated") in triples(found)


def test_an_institutions_head_alone_names_nothing_when_the_report_never_named_it():
    found = recognise(segment(Source("t.txt", "t", "1. 人权监察员办公室曾请人权高专办提供车辆。\n", "0", "utf-8", 0)))
    assert {m.entity for m in found.mentions} == {"org/ohchr"}


def test_a_kinds_name_is_no_institutions_head():
    found = facts("印度国家人权机构提供了培训。", "缅甸请人权高专办协助其建立国家人权机构。")
    assert not any("org/nhrc-india" == o for _s, _p, o, _m in triples(found))


def test_a_defined_short_name_after_but_is_the_one_asked():
    got = triples(facts("人权高专办尼泊尔办事处(以下简称“办事处”)设在加德满都。",
                        "尼泊尔人权委员会曾请办事处提供车辆和计算机设备，但办事处因资金不足未能满足这一请求。"))
    assert ("org/ohchr-nepal", "assists", "state/NPL", "Negated") in got


def test_an_institution_asking_for_help_without_naming_a_recipient_is_its_recipient():
    got = triples(facts("尼泊尔国家人权委员会请人权高专办提供计算机设备。"))
    assert ("org/ohchr", "assists", "org/nhrc-nepal", "Requested") in got


def test_help_a_plan_received_is_help_to_the_one_whose_plan_it_is():
    got = triples(facts("马里政府于 2033 年通过了国家行动计划。该计划的起草工作得到了人权高专办和联合国开发计划署的技术支持。"))
    assert {("org/ohchr", "assists", "state/MLI", "Reported"), ("org/undp", "assists", "state/MLI", "Reported")} <= got


def test_a_pronoun_subject_after_a_fronted_year():
    got = triples(facts("人权高专办为马里法官举办了培训。2033 年 5 月，它为尼日尔官员举办了讲习班。"))
    assert ("org/ohchr", "assists", "state/NER", "Reported") in got


def test_training_for_the_members_of_a_body_is_no_membership():
    got = triples(facts("人权高专办为尼泊尔国家人权委员会的成员举办了培训。"))
    assert ("org/ohchr", "assists", "org/nhrc-nepal", "Reported") in got
    assert not any(p == "memberOf" for _s, p, _o, _m in got)


@pytest.mark.parametrize("sentence", ["尼泊尔为南亚区域合作联盟的成员。", "尼泊尔为南亚区域合作联盟的成员之一。"])
def test_wei_as_a_copula_is_still_membership(sentence):
    assert ("state/NPL", "memberOf", "org/saarc", "Reported") in triples(facts(sentence))


def test_a_defined_short_name_after_a_verb_particle():
    got = triples(facts("人权高专办危地马拉办事处(以下简称“办事处”)设在危地马拉城。",
                        "危地马拉得到了办事处的技术支持。"))
    assert ("org/ohchr-guatemala", "assists", "state/GTM", "Reported") in got


def test_a_pronoun_subject_carries_over_a_coordinated_second_verb():
    got = triples(facts("OHCHR trained judges of Chad. It advised the Government of Niger and held a workshop for officials "
                        "of Mali."))
    assert ("org/ohchr", "assists", "state/MLI", "Reported") in got
    assert not any(s == "state/NER" for s, _p, _o, _m in got)


def test_a_personal_pronoun_after_a_fronted_year_is_the_post_named_before():
    got = triples(facts("The Special Rapporteur on the right to education said that OHCHR had helped Tuvalu. In 2035, he had "
                        "advised the Government of Vanuatu, at its request, on a draft law, and had held, jointly with the "
                        "United Nations Children's Fund, a workshop in Suva for officials of Fiji and Tonga."))
    assert {("org/sr-education", "assists", "state/VUT", "Reported"), ("state/VUT", "requests", "org/sr-education", "Reported"),
            ("org/sr-education", "assists", "state/TON", "Reported"), ("org/unicef", "assists", "state/FJI", "Reported")} <= got
    assert not any(s == "state/VUT" and p == "assists" for s, p, _o, _m in got)


@pytest.mark.parametrize("sentence", ["OHCHR advised the Government of Vanuatu, at its request, on a draft law.",
                                      "OHCHR advised Vanuatu at its request."])
def test_at_its_request_after_the_one_helped(sentence):
    assert ("state/VUT", "requests", "org/ohchr", "Reported") in triples(facts(sentence))


def test_an_object_between_the_verb_and_its_place():
    got = triples(facts("UNEP, the World Meteorological Organization (WMO) and OHCHR had, since 2034, carried out in Samoa and "
                        "Vanuatu a project on access to climate information."))
    assert {(p, "assists", s, "Reported") for p in ("org/unep", "org/wmo", "org/ohchr")
            for s in ("state/WSM", "state/VUT")} <= got


@pytest.mark.parametrize("paragraph, modality", [
    ("OHCHR carried out a project in Mali. The project would be extended to Niger and Chad in 2030.", "Planned"),
    ("OHCHR carried out a project in Mali. The project was extended to Niger and Chad in 2030.", "Reported"),
    ("人权高专办在马里实施了一个项目。该项目已于 2030 年扩展到尼日尔和乍得。", "Reported"),
])
def test_an_activity_extended_to_more_states(paragraph, modality):
    got = triples(facts(paragraph))
    assert {("org/ohchr", "assists", "state/NER", modality), ("org/ohchr", "assists", "state/TCD", modality)} <= got


def test_the_subject_extends_its_own_activity_with_a_partner():
    got = triples(facts("开发署利用瑞典提供的资金，为斯里兰卡官员举办了培训，并计划于 2032 年与国际劳工组织一道将该培训扩展到菲律宾。"))
    assert {("org/undp", "assists", "state/PHL", "Planned"), ("org/ilo", "assists", "state/PHL", "Planned")} <= got
    assert ("state/SWE", "assists", "state/PHL", "Planned") not in got


def test_a_closing_aside_of_coordination_is_the_helpers():
    got = triples(facts("OHCHR assisted the Ministry of Justice of Mali in drafting a protocol, in coordination with the United "
                        "Nations Educational, Scientific and Cultural Organization (UNESCO)."))
    # (coordination makes a partner of the helper, not a co-provider: tests/test_relate_round18.py)
    assert ("org/ohchr", "partnersWith", "org/unesco", "Reported") in got
    assert ("state/MLI", "partnersWith", "org/unesco", "Reported") not in got


@pytest.mark.parametrize("second", ["The workshops were organized with UNDP.", "The workshops were designed with UNDP."])
def test_co_organizers_of_an_activity_named_before(second):
    got = triples(facts("OHCHR held two workshops for judges of Mali. " + second))
    assert {("org/undp", "assists", "state/MLI", "Reported"), ("org/ohchr", "partnersWith", "org/undp", "Reported")} <= got


@pytest.mark.parametrize("sentence, donor", [
    ("The post of a gender adviser in the OHCHR Country Office in Nepal has been funded by Canada since 2034.", "state/CAN"),
    ("Two posts in the OHCHR Country Office in Nepal were funded by Norway.", "state/NOR"),
])
def test_posts_in_an_office_paid_by_a_donor_help_the_office(sentence, donor):
    got = triples(facts(sentence))
    assert (donor, "assists", "org/ohchr-nepal", "Reported") in got
    assert not any(p == "fundedBy" for _s, p, _o, _m in got)


def test_the_bank_refers_back_and_exchanging_information_is_partnership():
    got = triples(facts("OHCHR did not take part in the land registry project that the Inter-American Development Bank "
                        "finances in Guatemala, but it exchanged information with the Bank on safeguards."))
    assert ("org/ohchr", "partnersWith", "org/idb", "Reported") in got


def test_a_cancelled_joint_project_is_no_partnership():
    got = triples(facts("The project to support the specialized courts of Nepal, which OHCHR was due to carry out with UN-Women, "
                        "was cancelled after the Supreme Court withdrew its consent."))
    assert ("org/ohchr", "partnersWith", "org/unwomen", "Negated") in got
    assert ("org/ohchr", "partnersWith", "org/unwomen", "Reported") not in got


def test_a_co_provider_aside_inside_the_help_it_joins():
    got = triples(facts("In the coming year, OHCHR will assist the Ministry of the Interior of Guatemala, with UNDP, in "
                        "establishing an early warning system for social conflicts."))
    assert {("org/ohchr", "assists", "state/GTM", "Planned"), ("org/undp", "assists", "state/GTM", "Planned")} <= got


@pytest.mark.parametrize("paragraph, partner", [
    ("UNDP advised Chad. With the Central American Integration System, OHCHR co-organized a workshop for officials of El "
     "Salvador.", "org/sica"),
    ("UNDP advised Chad. In cooperation with UNICEF, OHCHR trained police officers of El Salvador.", "org/unicef"),
])
def test_an_opening_co_actor_acts_with_the_subject_right_after_it(paragraph, partner):
    got = triples(facts(paragraph))
    assert {("org/ohchr", "partnersWith", partner, "Reported"), (partner, "assists", "state/SLV", "Reported")} <= got
    assert not any(s == "org/undp" and p == "partnersWith" for s, p, _o, _m in got)


def test_bodies_that_coordinate_their_work_are_partners():
    got = triples(facts("OHCHR and the Inter-American Commission on Human Rights coordinated their follow-up to the "
                        "precautionary measures."))
    assert ("org/ohchr", "partnersWith", "org/iachr", "Reported") in got


@pytest.mark.parametrize("sentence, asker, asked, modality", [
    ("A request by the Ministry of Justice of Chad for help remains under consideration by OHCHR.", "state/TCD", "org/ohchr",
     "Requested"),
    ("An application by the National Human Rights Commission of Nepal to the Green Climate Fund for a grant had been "
     "rejected.", "org/nhrc-nepal", "org/gcf", "Negated"),
    ("Tuvalu regretted that its request to the United Nations Development Programme (UNDP) for help with a national action "
     "plan, made in 2034, had remained unanswered.", "state/TUV", "org/undp", "Negated"),
    ("A request by Chad to OHCHR for training was granted in 2031.", "state/TCD", "org/ohchr", "Reported"),
])
def test_a_request_stated_as_a_noun_and_its_outcome(sentence, asker, asked, modality):
    got = triples(facts(sentence))
    assert {(asker, "requests", asked, "Reported"), (asked, "assists", asker, modality)} <= got


def test_approaching_a_body_for_help_that_it_cannot_take_up():
    got = triples(facts("The Government of Guatemala also approached the United Nations Population Fund (UNFPA) for help in "
                        "preparing the next national census; the Fund was unable to take up the request for lack of "
                        "resources."))
    assert {("state/GTM", "requests", "org/unfpa", "Reported"), ("org/unfpa", "assists", "state/GTM", "Negated")} <= got


def test_the_fund_is_a_fund_before_a_un_fund():
    found = recognise(segment(Source("t.txt", "t", "1. The United Nations Trust Fund for Human Security approved grants. "
                                     "UNICEF and OHCHR are to carry out a programme with the Fund's money.\n", "0", "utf-8", 0)))
    assert [m.entity for m in found.mentions if m.surface == "the Fund"] == ["org/untfhs"]


def test_a_chinese_name_after_a_title_and_again_on_its_own():
    found = recognise(segment(Source("t.txt", "t", "1. 小组成员包括罗尔·瓦伦堡人权与人道主义法研究所高级研究员林宝珍。\n\n2. 该研究所的林宝珍说，课程已开设。\n",
                                     "0", "utf-8", 0)))
    assert [(m.number, m.entity) for m in found.mentions if m.entity.startswith("person/")] == [
        (1, "person/林宝珍"), (2, "person/林宝珍")]


@pytest.mark.parametrize("text", ["秘书长任命了董事会成员。", "委内瑞拉代表团认为，这是好的。", "副高级专员在闭幕时说。"])
def test_a_verb_after_a_title_is_no_name(text):
    found = recognise(segment(Source("t.txt", "t", "1. " + text + "\n", "0", "utf-8", 0)))
    assert not any(m.entity.startswith("person/") for m in found.mentions)


def test_she_is_the_panellist_named_before_not_the_post_her_words_named():
    got = stances(facts("小组成员包括：受教育权问题特别报告员努尔·哈利勒。",
                        "努尔·哈利勒介绍说，筹备工作已经开始。她说，特别报告员计划访问塞拉利昂。她认为，发展权与受教育权相辅相成。"))
    assert got == {("person/努尔·哈利勒", "concept/right-to-development", "Supportive")}


@pytest.mark.parametrize("sentence, value", [
    ("委内瑞拉认为，合作共赢应成为技术合作的基本原则。", "Supportive"),
    ("波兰认为，合作共赢不应成为技术合作的原则。", "Critical"),
    ("印度认为，发展权与受教育权相辅相成。", "Supportive"),
])
def test_chinese_cues_of_a_principle_and_of_mutual_reinforcement(sentence, value):
    assert {v for _h, _c, v in stances(facts(sentence))} == {value}


def test_people_of_the_speakers_authorities_after_a_pronoun_subject():
    got = triples(facts("Egypt described the right to development as indispensable. Pakistan endorsed the plan. It recalled "
                        "that OHCHR and UNICEF had trained officials of its provincial authorities."))
    assert {("org/ohchr", "assists", "state/PAK", "Reported"), ("org/unicef", "assists", "state/PAK", "Reported")} <= got
    assert not any(o == "state/EGY" for _s, _p, o, _m in got)


@pytest.mark.parametrize("sentence, provider", [
    ("Bangladesh had benefited from a human rights adviser deployed by OHCHR.", "org/ohchr"),
    ("Bangladesh benefited from two workshops held by UNDP.", "org/undp"),
])
def test_benefiting_from_what_an_agent_gave(sentence, provider):
    assert (provider, "assists", "state/BGD", "Reported") in triples(facts(sentence))


def test_the_nearer_of_a_participles_agent_and_a_later_funder():
    got = triples(facts("Bangladesh had benefited from a human rights adviser deployed by OHCHR to its Ministry of Law, whose "
                        "post had been financed by the Netherlands."))
    assert {("org/ohchr", "assists", "state/BGD", "Reported"), ("state/NLD", "assists", "state/BGD", "Reported")} <= got


def test_this_office_after_a_regional_office_named_once_is_the_reports_own():
    found = recognise(segment(Source("t.txt", "t", "".join(f"{i}. {p}\n\n" for i, p in enumerate([
        "人权高专办洪都拉斯办事处为法官举办了培训。", "该办事处还为检察官举办了培训。", "该办事处支持了国家人权机构。",
        "该办事处与人权高专办中美洲区域办事处合作举办了一次会议。", "2029 年，该办事处收到了瑞典的捐款。"], 1)), "0", "utf-8", 0)))
    assert [m.entity for m in found.mentions if m.number == 5 and m.surface == "该办事处"] == ["org/ohchr-honduras"]


def test_this_office_in_a_report_on_several_offices_is_the_nearest():
    found = recognise(segment(Source("t.txt", "t", "".join(f"{i}. {p}\n\n" for i, p in enumerate([
        "人权高专办尼日尔办事处举办了培训。", "人权高专办布基纳法索办事处提供了咨询服务。", "该办事处原定的培训被推迟。"], 1)),
        "0", "utf-8", 0)))
    assert [m.entity for m in found.mentions if m.number == 3 and m.surface == "该办事处"] == ["org/ohchr-burkina-faso"]


def test_a_bodys_own_organ_does_not_help_the_body():
    got = triples(facts("西非经共体委员会于 2029 年向西非经共体借调了一名专家。"))
    assert ("org/ecowas-commission", "assists", "org/ecowas", "Reported") not in got


def test_the_activities_of_a_body_supported_by_contributions_from_donors():
    found = facts("The activities of the OHCHR Regional Office for the Pacific were supported by extrabudgetary contributions "
                  "from Australia (AUD 1,200,000 for 2032–2033) and New Zealand (NZD 600,000 in 2033).")
    assert {(c.contributor, c.recipient, c.amount) for c in found.contributions} == {
        ("state/AUS", "org/ohchr-pacific", "1200000"), ("state/NZL", "org/ohchr-pacific", "600000")}


def test_extending_to_states_the_support_given_elsewhere():
    got = triples(facts("The High Commissioner recommends that the OHCHR Regional Office for the Pacific extend to Tuvalu and "
                        "Nauru the support it gives on national mechanisms."))
    assert {("org/ohchr-pacific", "assists", "state/TUV", "Recommended"),
            ("org/ohchr-pacific", "assists", "state/NRU", "Recommended")} <= got


def test_people_trained_in_courses_a_body_delivered():
    got = triples(facts("Some 140 police officers of Solomon Islands and Vanuatu were trained in 2032, in courses that the "
                        "OHCHR Regional Office for the Pacific delivered together with UNODC."))
    assert {("org/ohchr-pacific", "assists", "state/SLB", "Reported"), ("org/unodc", "assists", "state/VUT", "Reported")} <= got


@pytest.mark.parametrize("sentence, value", [
    ("Tunisia said that the right to development and the rehabilitation of victims of torture were mutually reinforcing.",
     "Supportive"),
    ("Chile said that the right to development and the rehabilitation of victims were not mutually reinforcing.", "Critical"),
])
def test_mutually_reinforcing(sentence, value):
    assert {v for _h, _c, v in stances(facts(sentence))} == {value}


def test_a_request_made_by_a_government_that_has_not_been_answered():
    got = triples(facts("Notes with concern that the request made in 2034 by the Government of Georgia to the Office of the "
                        "United Nations High Commissioner for Human Rights for support in setting up a national mechanism "
                        "has not yet been answered;"))
    # not yet answered: still only asked for (one reading for every form since the thirteenth session; gold README,
    # "Open questions of convention")
    assert {("state/GEO", "requests", "org/ohchr", "Reported"), ("org/ohchr", "assists", "state/GEO", "Requested")} <= got


@pytest.mark.parametrize("sentence, provider", [
    ("The High Commissioner recommends that the ECOWAS Commission and the OHCHR Regional Office for West Africa extend their "
     "joint work to the coastal States of the Gulf of Guinea, in particular Benin and Togo.", "org/ecowas-commission"),
    ("OHCHR trained judges of Mali and will extend the programme to Benin in 2031.", "org/ohchr"),
])
def test_extending_ones_work_to_more_states(sentence, provider):
    got = triples(facts(sentence))
    assert any(s == provider and o == "state/BEN" and p == "assists" for s, p, o, _m in got)
    assert not any(s == "state/MLI" and p == "assists" for s, p, _o, _m in got)


def test_a_programme_carried_out_with_a_partner_is_its_help_too():
    got = triples(facts("Côte d'Ivoire and Ghana were among the beneficiaries of a subregional programme on child labour, which "
                        "the OHCHR Regional Office for West Africa carried out with the International Labour Organization."))
    assert {("org/ilo", "assists", "state/CIV", "Reported"), ("org/ilo", "assists", "state/GHA", "Reported")} <= got


@pytest.mark.parametrize("sentence, modality", [
    ("The assistance that the Government of Burundi had requested from UNDP in 2032 had not materialized.", "Negated"),
    ("The assistance that Chad had requested from UNDP had materialized in 2031.", "Reported"),
])
def test_requested_assistance_that_did_or_did_not_materialize(sentence, modality):
    got = triples(facts(sentence))
    assert any(s == "org/undp" and p == "assists" and m == modality for s, p, _o, m in got)


def test_a_states_own_body_named_in_lower_case_names_the_state():
    got = triples(facts("OHCHR provided technical advice to the parliamentary committee on human rights of Burundi."))
    assert ("org/ohchr", "assists", "state/BDI", "Reported") in got


def test_an_opening_co_actor_with_its_abbreviation_and_people_of_a_states_administration():
    got = triples(facts("OHCHR opened an office in Mauritania. Jointly with the United Nations Office on Drugs and Crime (UNODC), "
                        "the Office held a workshop for 35 directors and guards of the prison administration of Mauritania."))
    assert {("org/ohchr", "assists", "state/MRT", "Reported"), ("org/unodc", "assists", "state/MRT", "Reported"),
            ("org/ohchr", "partnersWith", "org/unodc", "Reported")} <= got


def test_working_hand_in_hand_and_coaching():
    assert ("org/ohchr", "partnersWith", "org/spt", "Reported") in triples(facts(
        "OHCHR works hand in hand with the Subcommittee on Prevention of Torture in setting priorities."))
    got = triples(facts("The World Organisation Against Torture (OMCT), in partnership with OHCHR, coached police officers of "
                        "Tunisia on the Istanbul Protocol."))
    assert ("org/omct", "assists", "state/TUN", "Reported") in got


@pytest.mark.parametrize("paragraph, fact", [
    ("The Subcommittee on Prevention of Torture met. OHCHR works hand in hand with the Subcommittee in setting priorities.",
     ("org/ohchr", "partnersWith", "org/spt", "Reported")),
    ("The African Union met. The Union trained judges of Mali.", ("org/au", "assists", "state/MLI", "Reported")),
])
def test_more_english_back_references_by_head(paragraph, fact):
    assert fact in triples(facts(paragraph))


@pytest.mark.parametrize("paragraph, word, key", [
    ("中美洲一体化体系举行了会议。人权高专办与该体系一道为伯利兹官员举办了讲习班。", "该体系", "org/sica"),
    ("防范酷刑小组委员会访问了马里。该小组委员会还访问了乍得。", "该小组委员会", "org/spt"),
    ("美洲开发银行资助了一个项目。该银行还培训了法官。", "该银行", "org/idb"),
])
def test_more_chinese_back_references_by_head(paragraph, word, key):
    found = recognise(segment(Source("t.txt", "t", "1. " + paragraph + "\n", "0", "utf-8", 0)))
    assert [m.entity for m in found.mentions if m.surface == word] == [key]


def test_who_opens_a_relative_clause_of_an_adviser_of_a_body():
    got = triples(facts("Welcoming the presence of a human rights adviser of OHCHR, who advises the Government of Georgia,"))
    assert ("org/ohchr", "assists", "state/GEO", "Reported") in got


def test_a_relative_clause_inside_an_encouragement_states_a_fact_of_its_own():
    got = triples(facts("The High Commissioner encourages the Government of Nepal to cooperate with the Special Rapporteur on "
                        "the rights of indigenous peoples, who has requested to visit Nepal."))
    assert ("org/sr-indigenous", "requests", "state/NPL", "Reported") in got


def test_carrying_out_the_training_named_before_with_a_partner():
    got = triples(facts("In Chad, the Center for Victims of Torture used a grant of USD 120,000 from the United Nations Voluntary "
                        "Fund for Victims of Torture to train 45 counsellors. It carried out the training in partnership with "
                        "UNHCR."))
    assert ("org/unhcr", "assists", "state/TCD", "Reported") in got
    assert ("org/unhcr", "assists", "org/cvt", "Reported") not in got


def test_the_same_ministry_is_the_state_whose_ministry_was_named():
    got = triples(facts("UNHCR held two courses for officials of the Ministry of the Interior of Mauritania. IOM seconded a "
                        "protection adviser to the same ministry for six months."))
    assert ("org/iom", "assists", "state/MRT", "Reported") in got
