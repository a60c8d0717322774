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
    keys = {m.entity for m in found.mentions} if hasattr(found, "mentions") else set()
    got = _assists(found)
    assert ("org/vf-trafficking", "org/caritas", "Reported") in got
    assert not any(s == "org/icc-tfv" for s, _o, _m in got) and "org/icc-tfv" not in keys


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
