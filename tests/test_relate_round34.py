"""Round 34 (twenty-second session): forms read from the opened forty-seventh and fifty-second sets' and the new
fifty-second and fifty-fifth development sets' misses, each written here as a general form of the genre on sentences of
our own (no sentence of any report)."""

from __future__ import annotations

from test_relate_round21 import facts, triples
from test_relate_zh_forms2 import assists as _zh_assists, facts as zh_facts, mentioned, run as zh_run, stances, MBC


# -- who asked ------------------------------------------------------------------------------------------------------------

def test_a_states_delegation_asks_for_the_state():
    got = zh_facts("乌干达代表团请开发署和儿基会协助其起草一部儿童法。")
    assert {("state/UGA", "requests", "org/undp", "Reported"), ("state/UGA", "requests", "org/unicef", "Reported")} <= got
    # unnamed delegations still ask for no one named before
    got = zh_facts("人权高专办说，已有 30 多个国家代表团请人权高专办提供培训。")
    assert not any(p == "requests" for _s, p, _o, _m in got)


def test_a_joint_request_of_two_ministries_is_their_states():
    got = zh_facts("应秘鲁司法部和劳工部的联合请求，开发署于 2040 年派出一个评估团。")
    assert ("state/PER", "requests", "org/undp", "Reported") in got


def test_at_the_request_of_x_an_activity_held_by_y_asked_y():
    got = zh_facts("研讨会应非洲联盟委员会的请求，由开发署与儿基会合办，学员为来自乌干达和肯尼亚的 20 名法官。")
    assert {("org/au-commission", "requests", "org/undp", "Reported"),
            ("org/au-commission", "requests", "org/unicef", "Reported")} <= got


# -- an activity whose noun opens the sentence, held by Y; who will attend; who paid for the participants -------------------

def test_an_activity_held_by_y_and_z_helps_the_states_its_trainees_came_from():
    got = _zh_assists("讲习班由开发署与儿基会合办，学员为来自乌干达和肯尼亚的 20 名法官。")
    assert {("org/undp", "state/UGA", "Reported"), ("org/unicef", "state/KEN", "Reported")} <= got


def test_the_trainees_will_include_officials_of_a_and_b():
    got = _zh_assists("开发署计划于 2041 年与儿基会联合举办第二期讲习班，学员将包括乌干达和肯尼亚的法官。")
    assert {("org/undp", "state/UGA", "Planned"), ("org/unicef", "state/KEN", "Planned")} <= got


def test_y_paid_the_travel_of_the_trainees_of_a_and_b():
    got = _zh_assists("挪威为乌干达和肯尼亚学员支付了旅费。")
    assert {("state/NOR", "state/UGA", "Reported"), ("state/NOR", "state/KEN", "Reported")} <= got
    got = _zh_assists("挪威为乌干达的 12 名学员承担了差旅费用。")
    assert ("state/NOR", "state/UGA", "Reported") in got


def test_lecturers_sent_to_a_state_are_help():
    assert ("org/undp", "state/UGA", "Reported") in _zh_assists("开发署为乌干达派出三名讲员。")


def test_a_deployment_put_off_indefinitely_did_not_happen():
    got = _zh_assists("开发署原计划为乌干达派出三名讲员，但由于经费不足，这一派遣被无限期推迟。")
    assert got == {("org/undp", "state/UGA", "Negated")}
    # put off to a stated date stays a plan
    got = _zh_assists("开发署原定于 2040 年为乌干达举办讲习班，但讲习班被推迟到 2041 年。")
    assert got == {("org/undp", "state/UGA", "Planned")}


# -- funding and partners -------------------------------------------------------------------------------------------------

def test_the_whole_funding_of_this_project_was_provided_by_y():
    got = _zh_assists("开发署向乌干达派出两名顾问。这一为期 18 个月的试点项目的经费全部由挪威提供。")
    assert ("state/NOR", "state/UGA", "Reported") in got


def test_x_joining_hands_with_y_held_an_activity_with_it():
    got = zh_facts("儿基会联手开发署，为乌干达的 60 名教师开办了讲习班。")
    assert ("org/unicef", "partnersWith", "org/undp", "Reported") in got
    assert {("org/unicef", "assists", "state/UGA", "Reported"), ("org/undp", "assists", "state/UGA", "Reported")} <= got


def test_informed_consent_is_no_agreement_to_do_something():
    got = _zh_assists("开发署向乌干达土地委员会提供了关于事先知情同意的咨询意见，协助其起草了社区协商规程。")
    assert ("org/undp", "state/UGA", "Planned") not in got
    assert ("org/undp", "state/UGA", "Reported") in got


# -- back-references --------------------------------------------------------------------------------------------------

def test_a_back_reference_joined_to_a_name_is_not_that_name():
    got = mentioned("人权高专办乌干达办事处为法官举办了培训。",
                    "人权高专办布隆迪办事处与该办事处一道，为两国边境地区的官员举办了讲习班。")
    assert "org/ohchr-uganda" in got[2]


def test_this_institute_of_a_state_that_has_no_name_is_the_state():
    got = _zh_assists("开发署向乌干达国家统计研究所提供了咨询意见。儿基会也向该研究所提供了专门知识。")
    assert ("org/unicef", "state/UGA", "Reported") in got


def test_the_secretary_general_of_another_body_is_not_the_uns():
    got = zh_facts("小组成员为：国际法学家委员会秘书长陈明远；联合国秘书长的代表。")
    assert not any(p == "heldBy" and s == "org/sg" for s, p, _o, _m in got)
    got = triples(facts("The panellists were Ruth Mbeki, Secretary-General of the International Commission of Jurists, "
                        "and the Secretary-General, Maria Lund."))
    assert ("org/sg", "heldBy", "person/ruth-mbeki", "Reported") not in got
    assert ("org/sg", "heldBy", "person/maria-lund", "Reported") in got


# -- stances and submissions ----------------------------------------------------------------------------------------------

def test_holding_no_objection_to_the_concept_does_not_question_it():
    assert ("state/UGA", MBC, "NotQuestioned") in stances('乌干达对"互利合作"的提法不持异议。')


def test_input_received_from_a_from_b_and_from_c():
    got = triples(facts("In preparing the present report, the Office received written input from the Government of "
                        "Uganda, from the Uganda Human Rights Commission and from UNICEF."))
    assert {("state/UGA", "submittedInputTo", "@report", "Reported"), ("org/unicef", "submittedInputTo", "@report", "Reported")} <= got


# -- English: who held an activity, who paid, who gave to whom --------------------------------------------------------------

def _assists(found) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, p, o, m in triples(found) if p == "assists"}


def test_a_course_that_an_office_had_scheduled_was_called_off_by_no_one_else():
    got = _assists(facts("UNICEF assisted the prison service of Ghana. A course for nurses of Ghana, which the Office "
                         "had scheduled for May 2070, was called off and has not been rescheduled."))
    assert ("org/ohchr", "state/GHA", "Negated") in got
    assert ("org/unicef", "state/GHA", "Negated") not in got


def test_acting_on_a_request_of_x():
    got = triples(facts("Acting on a request of the Government of Ghana, UNDP helped the Ministry of Justice of Ghana "
                        "to set up a database."))
    assert ("state/GHA", "requests", "org/undp", "Reported") in got


def test_financing_a_system_for_a_body_helps_it():
    got = _assists(facts("UNICEF financed the design of an electronic case management system for the Ghana Commission "
                         "on Human Rights and Administrative Justice."))
    assert ("org/unicef", "org/chraj", "Reported") in got


def test_a_bodys_inquiry_conducted_with_the_support_of_y():
    got = _assists(facts("Ms. Osei presented the Ghana Commission on Human Rights and Administrative Justice's inquiry "
                         "into prison conditions, which had been conducted with the support of UNICEF."))
    assert ("org/unicef", "org/chraj", "Reported") in got


def test_input_from_a_and_from_a_class_of_bodies_listed_after_a_colon():
    got = triples(facts("The Committee received replies from UNICEF and from two non-governmental organizations: "
                        "Amnesty International and Human Rights Watch."))
    assert ("org/amnesty", "submittedInputTo", "@report", "Reported") in got


def test_a_contribution_to_it_is_to_the_one_the_sentence_reports_for():
    got = facts("UNESCO stated that Norway had contributed NOK 2 million to it in 2070 for that purpose.")
    assert {(c.contributor, c.recipient) for c in got.contributions} == {("state/NOR", "org/unesco")}


def test_a_subject_with_a_relative_aside_before_its_verb():
    got = triples(facts("The Advisory Committee recommends that Ghana, which indicated in its reply that it had no "
                        "such programme, seek the support of UNICEF in developing one."))
    assert ("state/GHA", "requests", "org/unicef", "Recommended") in got


def test_according_to_x_it_had_done_something_with_the_support_of_y():
    got = _assists(facts("According to the Ghana Commission on Human Rights and Administrative Justice, it had trained "
                         "300 police officers with the support of UNDP, and UNICEF would help it to design a course."))
    assert {("org/undp", "org/chraj", "Reported"), ("org/unicef", "org/chraj", "Planned")} <= got
    assert ("org/chraj", "org/undp", "Reported") not in got


# -- Chinese: what money is for, a quoted name, a place inside a State -----------------------------------------------------

def test_money_earmarked_for_an_offices_activities_is_a_contribution_only():
    got = zh_facts("2040 年，挪威向人权高专办捐款 100 万挪威克朗，指定用于西非区域办事处在乌干达和肯尼亚开展的人权教育活动。")
    assert not any(p == "assists" for _s, p, _o, _m in got)
    # an activity with no money before it is still help
    assert ("org/ohchr", "state/UGA", "Reported") in _zh_assists("人权高专办在乌干达开展了人权教育活动，用于培训教师。")


def test_a_quoted_name_after_a_preposition_is_governed_by_it():
    found = zh_run('瑞典向"教育不能等待"基金认捐 100 万欧元。')
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("state/SWE", "org/education-cannot-wait")}


def test_schools_of_a_state_are_a_place_in_it_but_its_support_is_not():
    assert ("org/undp", "state/UGA", "Reported") in _zh_assists("开发署在乌干达的 20 所学校试行了全纳教育项目。")
    assert ("org/unicef", "state/UGA", "Reported") in _zh_assists("在儿基会的支持下，乌干达实施了全纳教育项目。")


def test_a_visit_prepared_by_x_with_y_is_helped_by_both():
    got = _zh_assists("受教育权问题特别报告员于 2040 年访问了乌干达。访问的筹备和后勤工作由开发署与儿基会共同承担。")
    assert {("org/undp", "org/sr-education", "Reported"), ("org/unicef", "org/sr-education", "Reported")} <= got


def test_no_comment_made_and_unsuitable():
    got = stances('乌干达人权委员会欢迎报告的建议，但对"互利合作"这一提法未作任何评论。')
    assert ("org/uhrc", MBC, "NotQuestioned") in got
    assert ("state/UGA", MBC, "Critical") in stances('乌干达认为，将"互利合作"这一提法写入决议并不适当。')


def test_a_state_that_agreed_to_fund_is_no_government_referred_to():
    got = _assists(facts("The present report covers the support given to Ghana. An exchange visit, which Norway had "
                         "agreed to fund, has been postponed. The Government declined an offer of UNICEF to second a "
                         "legislative drafter."))
    assert ("org/unicef", "state/GHA", "Negated") in got
    assert ("org/unicef", "state/NOR", "Negated") not in got


def test_the_largest_came_from_a_b_and_c_with_amounts():
    got = facts("The Voluntary Fund for Technical Cooperation in the Field of Human Rights received contributions of "
                "US$ 9 million in 2070. The largest came from Sweden (SEK 20 million) and Japan (US$ 1 million).")
    assert {(c.contributor, c.recipient) for c in got.contributions} >= {("state/SWE", "org/vf-tc"), ("state/JPN", "org/vf-tc")}


def test_the_offices_team_and_y_act_together():
    got = triples(facts("At the request of the Government of Ghana, the Office's project team and UNICEF jointly ran six "
                        "seminars for 200 judges of Ghana."))
    assert {("state/GHA", "requests", "org/ohchr", "Reported"), ("state/GHA", "requests", "org/unicef", "Reported"),
            ("org/ohchr", "assists", "state/GHA", "Reported"), ("org/unicef", "assists", "state/GHA", "Reported")} <= got


def test_a_gapped_clause_names_another_payer_of_other_participants():
    got = _assists(facts("Japan met the travel costs of the participants from Ghana and Togo, and Norway those of the "
                         "participants from Benin and Niger."))
    assert {("state/JPN", "state/GHA", "Reported"), ("state/NOR", "state/BEN", "Reported"),
            ("state/NOR", "state/NER", "Reported")} <= got
    assert ("state/JPN", "state/BEN", "Reported") not in got


def test_states_that_sent_written_input():
    got = triples(facts("Ghana and Togo sent written input for the present report."))
    assert {("state/GHA", "submittedInputTo", "@report", "Reported"), ("state/TGO", "submittedInputTo", "@report", "Reported")} <= got


def test_replies_made_as_national_institutions_and_jointly():
    got = zh_facts("乌干达人权委员会和肯尼亚国家人权委员会以国家人权机构身份作了答复。")
    assert {("org/uhrc", "submittedInputTo", "@report", "Reported"), ("org/knchr", "submittedInputTo", "@report", "Reported")} <= got
    got = zh_facts("乌干达政府和乌干达人权委员会就此作了联合答复。")
    assert {("state/UGA", "submittedInputTo", "@report", "Reported"), ("org/uhrc", "submittedInputTo", "@report", "Reported")} <= got


def test_money_pledged_to_a_state_is_planned_help():
    got = _assists(facts("Australia provided AUD 6 million to the Government of Fiji in 2053, and New Zealand has "
                         "pledged NZD 3 million to the Government of Fiji for 2054."))
    assert {("state/AUS", "state/FJI", "Reported"), ("state/NZL", "state/FJI", "Planned")} <= got
