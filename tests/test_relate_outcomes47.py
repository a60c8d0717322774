"""The forty-seventh session's rules: a report's short name for a national ombudsman (zh ``人权监察员`` in
``backrefs.json``); cooperation that an earlier request asked for and a later clause says never took place (zh
``undone_refs`` 这项合作, with a cause named before it: ``undone_causes``); an offer made with 愿意为 (zh ``offered``); a
name that took part as an observer or an expert was not helped (``observer_mark``, also for the learned back-off in
relate/assist_model.py); a place inside the name of a State's ministry (relate/clauses.py ``_in_organ``); a secondment
with a bare 派 (zh ``sent_to`` ``send_verbs``); a submission sent unasked (zh ``verb_aside``); all asked but one
replied (``submitted_input`` ``all_but``); help received ``from X`` before the thing received (``passive_from_modifiers``)
and a pronoun after a fronted year (en ``fronted_phrase``); trainers who came from X taught the people of the sentence
before (relate/attended.py ``trainers_from``). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from outcomes import extract


def _extract(*paragraphs: str, zh: bool = False):
    return extract(*paragraphs, zh=zh, symbol="A/HRC/999/13")


def _facts(*paragraphs: str, zh: bool = False) -> set[tuple[str, str, str, str]]:
    rec = _extract(*paragraphs, zh=zh)
    return {(r.subject, r.predicate, r.object, r.modality) for r in rec.relations if r.predicate != "cites"}


def test_the_short_name_of_an_ombudsman_named_in_full_before_stands_for_it():
    facts = _facts("克罗地亚共和国监察员与黑山人权和自由保护者交换了经验。",
                   "2103 年，监察员为北马其顿共和国监察员的工作人员举办了研讨班。", zh=True)
    assert ("org/ombudsman-croatia", "assists", "org/ombudsman-north-macedonia", "Reported") in facts


def test_a_seconded_officer_sent_with_a_bare_pai_to_the_short_named_ombudsman():
    facts = _facts("克罗地亚共和国监察员于 2102 年发布了年度报告。",
                   "人权高专办欧洲区域办事处派一名人权干事到监察员处工作半年，协助其整理投诉数据。", zh=True)
    assert ("org/ohchr-europe", "assists", "org/ombudsman-croatia", "Reported") in facts


@pytest.mark.parametrize("ref", ["这项合作", "该合作"])
def test_cooperation_asked_for_that_never_took_place_is_negated(ref):
    facts = _facts(f"黑山人权和自由保护者曾于 2101 年请联合国开发计划署派员协助其监督拘留场所。由于保护者随后更换了领导层，{ref}最终没有进行。",
                   zh=True)
    assert ("org/undp", "assists", "org/ombudsman-montenegro", "Negated") in facts
    assert ("org/undp", "assists", "org/ombudsman-montenegro", "Requested") not in facts


def test_an_offer_made_with_yuanyiwei_and_declined_the_sentence_after_is_negated():
    facts = _facts("奥地利政府表示，愿意为黑山人权和自由保护者派遣一名法律顾问。该机构以预算不足为由谢绝了这一提议。", zh=True)
    assert ("state/AUT", "assists", "org/ombudsman-montenegro", "Negated") in facts


@pytest.mark.parametrize("text,zh", [
    ("联合国开发计划署为格鲁吉亚的监狱管理部门进行了需求评估，奥地利派出的一名医生以专家身份参加了评估工作。", True),
    ("UNDP carried out a needs assessment of the prison service of Georgia, and a doctor from Austria took part in "
     "the assessment as an expert.", False),
])
def test_a_state_whose_expert_took_part_is_not_helped(text, zh):
    facts = _facts(text, zh=zh)
    assert ("org/undp", "assists", "state/GEO", "Reported") in facts
    assert not any(f[1] == "assists" and f[2] == "state/AUT" for f in facts)


def test_a_place_inside_a_ministrys_name_does_not_hide_the_state():
    facts = _facts("2103 年，克罗地亚外交和欧洲事务部同人权高专办欧洲区域办事处签署了一项合作框架。", zh=True)
    assert ("state/HRV", "partnersWith", "org/ohchr-europe", "Reported") in facts


@pytest.mark.parametrize("aside", ["未经征询，也自行", "也主动"])
def test_a_submission_sent_unasked_is_input(aside):
    facts = _facts(f"欧洲国家人权机构网络{aside}提交了一份材料。", zh=True)
    assert ("org/ennhri", "submittedInputTo", "@report", "Reported") in facts


def test_all_asked_but_one_replied():
    facts = _facts("高级专员于 2102 年 3 月分别致函克罗地亚共和国监察员、欧洲委员会、欧安组织民主体制和人权办公室以及联合国儿童基金会，"
                   "请它们提供资料。除欧洲委员会以外，其余各方都寄来了书面答复。", zh=True)
    sent = {f[0] for f in facts if f[1] == "submittedInputTo"}
    assert {"org/ombudsman-croatia", "org/odihr", "org/unicef"} <= sent
    assert "org/coe" not in sent


@pytest.mark.parametrize("thing", ["a case-management system", "two new vehicles", "specialized training"])
def test_help_received_from_a_giver_named_before_the_thing(thing):
    facts = _facts(f"The Ombudsman of Georgia received from Latvia {thing} in 2102.")
    assert any(f[:3] == ("state/LVA", "assists", "org/public-defender-georgia") for f in facts) \
        or ("state/LVA", "assists", "state/GEO", "Reported") in facts


def test_a_pronoun_after_a_fronted_month_and_year_is_the_subject_of_the_sentence_before():
    facts = _facts("The People's Advocate Office of the Republic of Moldova opened a regional office. "
                   "In May 2102 it received training from Latvia.")
    assert ("state/LVA", "assists", "org/peoples-advocate-moldova", "Reported") in facts


@pytest.mark.parametrize("second", ["Their trainers came from Latvia and from the Council of Europe.",
                                    "The instructors were drawn from Latvia and from the Council of Europe."])
def test_trainers_who_came_from_x_taught_the_people_of_the_sentence_before(second):
    facts = _facts(f"Prosecutors of Georgia followed a three-day course on data protection in 2103. {second}")
    assert ("state/LVA", "assists", "state/GEO", "Reported") in facts
    assert ("org/coe", "assists", "state/GEO", "Reported") in facts


def test_trainers_from_x_in_chinese():
    facts = _facts("格鲁吉亚的 20 名检察官参加了一期培训。授课的讲员来自拉脱维亚和欧洲委员会。", zh=True)
    assert ("state/LVA", "assists", "state/GEO", "Reported") in facts
    assert ("org/coe", "assists", "state/GEO", "Reported") in facts


def test_trainers_with_no_attended_activity_before_say_nothing():
    facts = _facts("The Council met in Geneva in 2103. Its trainers came from Latvia.")
    assert not any(f[1] == "assists" and f[0] == "state/LVA" for f in facts)


def test_trainers_named_with_shouke_de_shi_and_a_course_after_a_long_modifier():
    facts = _facts("格鲁吉亚的 40 名警官分两批接受了签发保护令的培训。授课的是联合国开发计划署和联合国儿童基金会的专家。", zh=True)
    assert ("org/undp", "assists", "state/GEO", "Reported") in facts
    assert ("org/unicef", "assists", "state/GEO", "Reported") in facts


@pytest.mark.parametrize("off", ["借调计划作罢", "借调计划最终搁浅"])
def test_an_original_plan_given_up_after_a_cause_is_negated(off):
    facts = _facts(f"联合国儿童基金会原计划从 2102 年起向格鲁吉亚借调一名顾问，后因经费不足，{off}。", zh=True)
    assert ("org/unicef", "assists", "state/GEO", "Negated") in facts
    assert ("org/unicef", "assists", "state/GEO", "Planned") not in facts


def test_a_draft_written_with_help_is_help_to_the_one_that_drafted_it():
    facts = _facts("格鲁吉亚于 2103 年拟出了国家报告的初稿。这份初稿是在联合国开发计划署的协助下写成的。", zh=True)
    assert ("org/undp", "assists", "state/GEO", "Reported") in facts


@pytest.mark.parametrize("text,zh", [
    ("联合国儿童基金会与联合国开发计划署于 2101 年签署了谅解备忘录。依据备忘录，两机构于 2102 年为亚美尼亚举办了讲习班。", True),
    ("UNICEF and UNDP signed a memorandum of understanding in 2101. The two partners trained officials of Armenia in 2102.",
     False),
])
def test_the_two_partners_stand_for_the_pair_named_before(text, zh):
    facts = _facts(text, zh=zh)
    assert ("org/unicef", "assists", "state/ARM", "Reported") in facts
    assert ("org/undp", "assists", "state/ARM", "Reported") in facts


@pytest.mark.parametrize("text,zh", [
    ("联合国开发计划署于 2102 年在亚美尼亚举办了一期讲习班，学员来自格鲁吉亚和阿塞拜疆负责报告工作的部门。", True),
    ("In 2102, UNDP held a workshop in Armenia; participants came from Georgia and Azerbaijan.", False),
])
def test_the_state_a_workshop_was_held_in_is_not_helped_when_the_participants_states_are_named(text, zh):
    facts = _facts(text, zh=zh)
    assert ("org/undp", "assists", "state/GEO", "Reported") in facts
    assert ("org/undp", "assists", "state/AZE", "Reported") in facts
    assert not any(f[1] == "assists" and f[2] == "state/ARM" for f in facts)


def test_the_state_a_workshop_was_held_in_is_helped_when_no_participants_are_named():
    facts = _facts("In 2102, UNDP held a workshop in Armenia on juvenile justice.")
    assert ("org/undp", "assists", "state/ARM", "Reported") in facts


@pytest.mark.parametrize("said", ["but noted that the term itself was nowhere defined",
                                  "but noted that the Council had never given it a definition"])
def test_a_concept_welcomed_but_never_defined_is_sceptical(said):
    rec = _extract(f"Armenia found mutually beneficial cooperation a useful notion, {said}.")
    assert {(s.holder, s.value) for s in rec.stances} == {("state/ARM", "Sceptical")}


def test_contributions_sent_by_a_list_are_input_the_report_used():
    facts = _facts("For the report, OHCHR used the written contributions sent by the Government of Armenia, the "
                   "Governments of Georgia and Azerbaijan, and UNICEF.")
    sent = {f[0] for f in facts if f[1] == "submittedInputTo"}
    assert {"state/ARM", "state/GEO", "state/AZE", "org/unicef"} <= sent


@pytest.mark.parametrize("verb", ["learned how to interview victims during", "took part in"])
def test_a_course_that_a_state_gave_helped_the_people_who_took_it(verb):
    facts = _facts(f"Officers of the State Border Service of Armenia {verb} a two-week course that the State Border "
                   "Guard of Georgia gave in Yerevan in 2103.")
    assert ("state/GEO", "assists", "state/ARM", "Reported") in facts


def test_a_seminar_a_state_hosted_is_no_course_it_gave():
    facts = _facts("Officers of Armenia took part in a seminar that Kenya hosted in 2103.")
    assert ("state/KEN", "assists", "state/ARM", "Reported") not in facts


@pytest.mark.parametrize("host", ["hosted by the State Labour Inspectorate of Georgia",
                                  "visiting two prisons, invited by the Ministry of Justice of Georgia"])
def test_people_who_spent_time_somewhere_hosted_or_invited_by_a_state_body(host):
    facts = _facts(f"Labour inspectors from Armenia spent ten days in Tbilisi in May 2103, {host}.")
    assert ("state/GEO", "assists", "state/ARM", "Reported") in facts


def test_an_adjective_before_authorities_names_the_state():
    facts = _facts("An expert seconded by Georgia advised the Armenian authorities for five months in 2103.")
    assert ("state/GEO", "assists", "state/ARM", "Reported") in facts


def test_a_year_between_the_participation_verb_and_the_course():
    facts = _facts("Forty judges of Armenia completed in 2103 a four-month course on fair trials, given at "
                   "Georgia's Centre for Judicial Studies.")
    assert ("state/GEO", "assists", "state/ARM", "Reported") in facts
    assert ("state/ARM", "assists", "state/GEO", "Reported") not in facts


def test_in_a_state_comma_two_providers():
    facts = _facts("In Armenia, UNDP and Georgia trained 200 police officers in 2103.")
    assert ("org/undp", "assists", "state/ARM", "Reported") in facts
    assert ("state/GEO", "assists", "state/ARM", "Reported") in facts


def test_trained_by_instructors_from_a_state():
    facts = _facts("Some 120 officers of the prison service of Armenia were trained in 2102 and 2103 by instructors "
                   "from Georgia's prison administration.")
    assert ("state/GEO", "assists", "state/ARM", "Reported") in facts


def test_a_relative_clause_whose_object_is_the_one_helped():
    facts = _facts("The National Penitentiary Service of Armenia, which UNODC and Georgia advised in 2103 on a new "
                   "classification of detainees, opened a wing for women in 2104.")
    assert ("org/unodc", "assists", "state/ARM", "Reported") in facts
    assert ("state/GEO", "assists", "state/ARM", "Reported") in facts


def test_their_travel_paid_for_the_people_of_the_sentence_before():
    facts = _facts("Six officials of Armenia spent ten days in Georgia. UNDP covered their travel from Yerevan.")
    assert ("org/undp", "assists", "state/ARM", "Reported") in facts


def test_the_state_is_not_the_first_word_of_a_body_named_in_capitals():
    rec = _extract("Officials of Chile attended a course. The State Border Guard of Peru thanked OHCHR.")
    said = {m.surface: m.entity for m in rec.mentions}
    assert "The State" not in said and said.get("Peru") == "state/PER" and said.get("Chile") == "state/CHL"


def test_a_plan_carries_to_a_clause_joined_by_bing():
    facts = _facts("联合国开发计划署计划于 2104 年在亚美尼亚试用这本手册，并为该国的地方官员开办使用培训。", zh=True)
    assert ("org/undp", "assists", "state/ARM", "Planned") in facts
    assert ("org/undp", "assists", "state/ARM", "Reported") not in facts


def test_a_plan_does_not_carry_to_a_clause_of_done_work():
    facts = _facts("联合国开发计划署于 2103 年为亚美尼亚编写了手册，并为该国的地方官员开办了培训。", zh=True)
    assert ("org/undp", "assists", "state/ARM", "Reported") in facts


def test_co_compiled_is_a_partnership():
    facts = _facts("联合国开发计划署于 2103 年与人权高专办合编了一本手册。", zh=True)
    assert ("org/undp", "partnersWith", "org/ohchr", "Reported") in facts


def test_people_set_off_by_an_aside_before_their_verb_took_part():
    facts = _facts("Forty officers of the National Police of Armenia, among them all the staff of its juvenile unit, "
                   "completed a course on interviewing children that UNICEF delivered in May 2103.")
    assert ("org/unicef", "assists", "state/ARM", "Reported") in facts


def test_their_costs_met_by_a_payer():
    facts = _facts("Six officials of Armenia spent a week in Tbilisi in 2103. Their travel and subsistence were met "
                   "by UNICEF.")
    assert ("org/unicef", "assists", "state/ARM", "Reported") in facts


def test_a_course_that_two_bodies_had_designed_together():
    facts = _facts("In 2103, 300 prosecutors of Armenia followed a course on investigating war crimes, which UNDP and "
                   "the International Committee of the Red Cross had designed together.")
    assert ("org/undp", "assists", "state/ARM", "Reported") in facts
    assert ("org/icrc", "assists", "state/ARM", "Reported") in facts


def test_a_payer_of_one_of_them_after_a_semicolon():
    facts = _facts("Armenia received two advisory missions of UNDP in 2103; Ireland paid for the second of them.")
    assert ("org/undp", "assists", "state/ARM", "Reported") in facts
    assert ("state/IRL", "assists", "state/ARM", "Reported") in facts


@pytest.mark.parametrize("host", ["格鲁吉亚司法部安排他们走访了三所法院", "格鲁吉亚外交和欧洲一体化部向代表团介绍了经验"])
def test_a_host_that_arranged_or_briefed_a_visit_helped_the_visitors(host):
    facts = _facts(f"2103 年 3 月，亚美尼亚司法部的四名官员赴格鲁吉亚考察法院的运作方式。{host}。这次考察由挪威出资。", zh=True)
    assert ("state/GEO", "assists", "state/ARM", "Reported") in facts
    assert ("state/NOR", "assists", "state/ARM", "Reported") in facts


def test_a_state_visited_that_did_nothing_for_the_visitors_is_not_read_as_their_host():
    facts = _facts("2103 年 3 月，亚美尼亚的四名官员赴格鲁吉亚考察。格鲁吉亚同年通过了一部新法律。", zh=True)
    assert ("state/GEO", "assists", "state/ARM", "Reported") not in facts


def test_an_english_host_that_arranged_the_programme_helped_the_visitors():
    facts = _facts("Nine civil servants from Armenia spent a week in Tbilisi in April 2103 studying how Georgia reports "
                   "to the treaty bodies. Georgia arranged the programme of the visit, and UNDP covered the participants' "
                   "travel.")
    assert ("state/GEO", "assists", "state/ARM", "Reported") in facts
    assert ("org/undp", "assists", "state/ARM", "Reported") in facts


def test_a_request_the_one_asked_could_not_agree_to_is_negated():
    facts = _facts("2103 年 9 月，亚美尼亚政府请世界粮食计划署(粮食署)扩大现金补助，粮食署以资金已经用尽为由未能同意。", zh=True)
    assert ("org/wfp", "assists", "state/ARM", "Negated") in facts


def test_a_request_whose_goods_were_delivered_is_help_given():
    facts = _facts("亚美尼亚政府请联合国儿童基金会提供一批帐篷，儿基会在收到请求后三周内即把帐篷运抵该国。", zh=True)
    assert ("org/unicef", "assists", "state/ARM", "Reported") in facts
    assert ("org/unicef", "assists", "state/ARM", "Requested") not in facts


@pytest.mark.parametrize("said", ["发展权是落实经济、社会和文化权利的基础，不应被视为次要的权利",
                                  "发展权对于面临气候风险的小岛屿国家具有特殊意义",
                                  "发展权是平等获得药品的基础，任何国家都不应被排除在防范合作之外"])
def test_defending_a_concept_or_naming_a_risk_faced_is_no_criticism(said):
    rec = _extract(f"亚美尼亚认为，{said}。", zh=True)
    assert {(s.holder, s.value) for s in rec.stances} == {("state/ARM", "Supportive")}


def test_should_not_be_written_into_a_resolution_stays_critical():
    rec = _extract("亚美尼亚认为，发展权不应写入理事会的决议。", zh=True)
    assert {(s.holder, s.value) for s in rec.stances} == {("state/ARM", "Critical")}


@pytest.mark.parametrize("said", ["found win-win cooperation attractive, but too vague to serve as a standard",
                                  "found win-win cooperation attractive, but regretted that no regional document had "
                                  "ever defined it"])
def test_welcomed_but_too_vague_or_never_defined_is_sceptical(said):
    rec = _extract(f"Armenia {said}.")
    assert {(s.holder, s.value) for s in rec.stances} == {("state/ARM", "Sceptical")}


def test_welcomed_but_a_caveat_about_something_else_stays_supportive():
    rec = _extract("Armenia found win-win cooperation useful but stressed that assistance must be based on requests.")
    assert {(s.holder, s.value) for s in rec.stances} == {("state/ARM", "Supportive")}


def test_an_invitation_after_comments_sent_is_no_hosting():
    facts = _facts("The Special Rapporteur had sent comments to the Government of Armenia on its draft bill, and she "
                   "would visit Georgia early in 2104, at the invitation of the Public Defender of Georgia.")
    assert not any(f[0] == "org/public-defender-georgia" and f[1] == "assists" for f in facts)


def test_requests_received_from_a_state_are_no_help_from_it():
    facts = _facts("The Special Rapporteur said that her mandate had received requests for technical advice from "
                   "Armenia and Georgia during the past year.")
    assert not any(f[1] == "assists" and f[0] in ("state/ARM", "state/GEO") for f in facts)


@pytest.mark.parametrize("second", ["并请人权高专办介绍其他国家的经验", "并已为此向联合国开发计划署申请资金",
                                    "并为格鲁吉亚官员开办了培训"])
def test_a_plan_does_not_carry_to_a_request_made_or_work_done(second):
    facts = _facts(f"亚美尼亚政府表示，它计划于 2104 年修订刑法，{second}。", zh=True)
    assert facts and not any(f[3] == "Planned" for f in facts)
