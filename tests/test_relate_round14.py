"""Rules of the funded-help round (1 December 2026, second session), each on sentences of its own.

One convention in both languages (tests/gold/README.md, "funded help"): whoever carries out an activity for X
and whoever pays for it both assist X; the funder does not thereby assist the implementer, and the
implementer's Assistance node carries the funder as ``tacb:fundedBy``.
"""

from __future__ import annotations

from test_relate_en_general import run as run_en
from test_relate_zh_forms2 import run as run_zh


def facts(run, text: str, predicate: str = "assists") -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run(text).relations if r.predicate == predicate}


def help_nodes(run, text: str) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(a.provider, a.recipient, a.funded_by) for a in run(text).assistances}


# -- funded help: the implementer and the funder ----------------------------------------------------------

def test_english_implementer_and_funder_both_help():
    got = help_nodes(run_en, "With financial support from Denmark, UNICEF trained 30 social workers of Bhutan.")
    assert got == {("org/unicef", "state/BTN", ("state/DNK",)), ("state/DNK", "state/BTN", ())}


def test_chinese_implementer_and_funder_both_help():
    got = help_nodes(run_zh, "在丹麦的资助下，儿基会为不丹的社会工作者举办了培训。")
    assert got == {("org/unicef", "state/BTN", ("state/DNK",)), ("state/DNK", "state/BTN", ())}
    got = facts(run_zh, "联合国民主基金资助了开发署在马尔代夫实施的一个项目。")
    assert got == {("org/undp", "state/MDV", "Reported"), ("org/undef", "state/MDV", "Reported")}


def test_the_funder_does_not_help_the_body_that_carries_the_help_out():
    got = facts(run_zh, "非洲联盟委员会在挪威政府的资助下，于2024年为乍得的法官举办了培训。")
    assert got == {("org/au-commission", "state/TCD", "Reported"), ("state/NOR", "state/TCD", "Reported")}
    # money for a State's own body is still help to the State
    got = facts(run_zh, "在联合国人权领域技术合作自愿基金的资助下，斐济议会举办了人权研讨会。")
    assert got == {("org/vf-tc", "state/FJI", "Reported")}


def test_chinese_resources_of_a_funder_name_it():
    got = facts(run_zh, "人权高专办利用联合国人权领域技术合作自愿基金提供的资源，向马拉维派遣了一名人权顾问。")
    assert got == {("org/ohchr", "state/MWI", "Reported"), ("org/vf-tc", "state/MWI", "Reported")}


def test_english_whose_activity_a_funder_pays_for_carries_it_out():
    got = facts(run_en, "The European Union financed the activities of UNDP in Malawi.")
    assert got == {("org/undp", "state/MWI", "Reported"), ("org/eu", "state/MWI", "Reported")}
    got = facts(run_en, "Japan had funded, through UNFPA, training for health officials of Timor-Leste.")
    assert got == {("org/unfpa", "state/TLS", "Reported"), ("state/JPN", "state/TLS", "Reported")}
    # no one else named: the funder alone
    assert facts(run_en, "The European Union financed projects in Malawi.") == {("org/eu", "state/MWI", "Reported")}


def test_the_grantee_carries_out_the_work_in_the_state():
    got = help_nodes(run_en, "Caritas Internationalis received a grant from the United Nations Voluntary Fund for "
                             "Victims of Torture for its programme in Jordan.")
    assert got == {("org/vf-torture", "org/caritas", ()), ("org/vf-torture", "state/JOR", ()),
                   ("org/caritas", "state/JOR", ("org/vf-torture",))}
    got = facts(run_en, "A grant from the United Nations Voluntary Fund for Victims of Torture to Caritas "
                        "Internationalis enabled its partners in Jordan to open a clinic.")
    assert ("org/caritas", "state/JOR", "Reported") in got and ("org/vf-torture", "state/JOR", "Reported") in got


def test_help_paid_for_in_a_later_sentence():
    got = facts(run_zh, "人权高专办为莫桑比克的检察官举办了讲习班。该讲习班由挪威资助。")
    assert got == {("org/ohchr", "state/MOZ", "Reported"), ("state/NOR", "state/MOZ", "Reported")}
    got = facts(run_zh, "开发署在莫桑比克实施了一个司法项目，该项目由瑞士和挪威共同资助。")
    assert got == {("org/undp", "state/MOZ", "Reported"), ("state/CHE", "state/MOZ", "Reported"),
                   ("state/NOR", "state/MOZ", "Reported")}
    got = facts(run_zh, "人权高专办为莫桑比克的检察官举办了讲习班。荷兰为该讲习班提供了资金。")
    assert ("state/NLD", "state/MOZ", "Reported") in got
    got = facts(run_zh, "人权高专办向莫桑比克司法部提供了咨询。开发署还承担了一名专家的费用。")
    assert ("org/undp", "state/MOZ", "Reported") in got
    got = facts(run_en, "OHCHR advised the Ministry of Justice of Mozambique. UNDP also covered the costs of an expert.")
    assert ("org/undp", "state/MOZ", "Reported") in got
    # a later sentence naming who led the activity is no funding
    got = facts(run_zh, "人权高专办为莫桑比克的检察官举办了讲习班。该讲习班由开发署主持。")
    assert got == {("org/ohchr", "state/MOZ", "Reported")}


# -- membership, partners, activities --------------------------------------------------------------------

def test_states_that_are_members_of_a_body():
    got = facts(run_en, "Ghana and Kenya are members of the African Union.", "memberOf")
    assert got == {("state/GHA", "org/au", "Reported"), ("state/KEN", "org/au", "Reported")}


def test_a_body_composed_of_persons():
    got = facts(run_en, "The Board of Trustees of the United Nations Voluntary Fund for Indigenous Peoples is "
                        "composed of Ms. Aili Keskitalo (Norway) and Mr. Dalee Sambo Dorough (United States).",
                "memberOf")
    assert {o for _s, o, _m in got} == {"org/vf-indigenous-board"} and len(got) == 2


def test_partners_named_in_a_list():
    got = facts(run_en, "The main partners of UNICEF were UNFPA and UN-Women.", "partnersWith")
    assert {(a, b) for a, b, _m in got} == {("org/unicef", "org/unfpa"), ("org/unicef", "org/unwomen")}
    got = facts(run_en, "UNDP's partners in Chad included the African Union.", "partnersWith")
    assert {(a, b) for a, b, _m in got} == {("org/undp", "org/au")}
    got = facts(run_zh, "开发署的主要合作伙伴包括儿基会和人口基金。", "partnersWith")
    assert {(a, b) for a, b, _m in got} == {("org/undp", "org/unicef"), ("org/undp", "org/unfpa")}
    # partners who only welcomed something are no list
    assert facts(run_en, "UNDP's partners welcomed the plan of Chad.", "partnersWith") == set()


def test_a_verb_of_giving_over_an_activity_for_people_in_a_state():
    assert facts(run_en, "UNFPA provided training to 25 midwives in Malawi.") == {("org/unfpa", "state/MWI", "Reported")}


def test_a_partnering_verb_and_a_gerund_of_an_activity():
    got = facts(run_en, "UNICEF collaborated with UNFPA in organizing a workshop for nurses of Malawi.")
    assert got == {("org/unicef", "state/MWI", "Reported"), ("org/unfpa", "state/MWI", "Reported")}
    got = facts(run_en, "UNICEF joined forces with UNESCO to train teachers of Malawi.")
    assert got == {("org/unicef", "state/MWI", "Reported"), ("org/unesco", "state/MWI", "Reported")}


def test_words_of_intent_make_help_planned():
    assert facts(run_en, "UNICEF is considering organizing a workshop for nurses of Malawi.") == {
        ("org/unicef", "state/MWI", "Planned")}
    assert facts(run_en, "UNDP agreed to support the electoral commission of Malawi.") == {
        ("org/undp", "state/MWI", "Planned")}


def test_help_named_with_the_provider_before_the_support_word():
    assert facts(run_en, "With UNICEF support, Bhutan adopted a child protection policy.") == {
        ("org/unicef", "state/BTN", "Reported")}
    # a support word that is no phrase's end names no help (support staff, support teams)
    assert ("org/unicef", "org/ohchr", "Reported") not in facts(run_en, "OHCHR met with UNICEF support staff in Bhutan.")


def test_funding_named_with_the_funder_before_the_word():
    # a demonym names no funder
    assert facts(run_en, "With Danish funding, UNICEF trained social workers of Bhutan.") == {
        ("org/unicef", "state/BTN", "Reported")}
    got = help_nodes(run_en, "With Denmark's funding, UNICEF trained social workers of Bhutan.")
    assert got == {("org/unicef", "state/BTN", ("state/DNK",)), ("state/DNK", "state/BTN", ())}


def test_a_process_whose_owner_is_a_state():
    assert facts(run_en, "UNDP supported the establishment of the national preventive mechanism of Bhutan.") == {
        ("org/undp", "state/BTN", "Reported")}
    assert facts(run_en, "UNDP assisted in the drafting of the national action plan of Bhutan.") == {
        ("org/undp", "state/BTN", "Reported")}
    assert facts(run_en, "UNDP supported the efforts of Bhutan to reform its courts.") == {
        ("org/undp", "state/BTN", "Reported")}
    assert facts(run_en, "UNDP welcomed the efforts of Bhutan.") == set()


def stances(run, text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in run(text).stances}


def test_stance_cues_of_value_and_of_no_position():
    assert stances(run_en, "Ghana stressed the value of win-win cooperation.") == {
        ("state/GHA", "concept/win-win-cooperation", "Supportive")}
    assert stances(run_en, "Peru noted the idea of win-win cooperation without expressing any view on it.") == {
        ("state/PER", "concept/win-win-cooperation", "NotQuestioned")}
    # the value questioned is doubt, not support
    assert stances(run_en, "Peru questioned the relevance of win-win cooperation.") == {
        ("state/PER", "concept/win-win-cooperation", "Sceptical")}


def test_helping_to_set_up_a_body_is_help_not_its_establishment():
    assert facts(run_en, "UNDP helped establish the national human rights commission of Mali.", "establishes") == set()
    assert facts(run_en, "UNDP helped establish the national human rights commission of Mali.") == {
        ("org/undp", "org/nhrc-mali", "Reported")}
    assert facts(run_zh, "开发署协助建立了马里国家人权委员会。", "establishes") == set()
    # the one that sets it up still establishes it
    assert facts(run_en, "The Human Rights Council established the Working Group on the Right to Development.",
                 "establishes") == {("org/hrc", "org/wg-right-to-development", "Reported")}


def test_chinese_words_of_intent_make_help_planned():
    assert facts(run_zh, "开发署同意向马里提供技术援助。") == {("org/undp", "state/MLI", "Planned")}
    assert facts(run_zh, "开发署正在考虑为马里法官举办培训。") == {("org/undp", "state/MLI", "Planned")}


def test_partners_of_a_joint_act_named_by_its_verb():
    for text in ("UNICEF and UNFPA co-chaired the working group.", "UNICEF and UNFPA have a long-standing partnership.",
                 "UNICEF and UNFPA renewed their memorandum of understanding."):
        assert {(a, b) for a, b, _m in facts(run_en, text, "partnersWith")} in (
            {("org/unicef", "org/unfpa")}, {("org/unfpa", "org/unicef")}), text
    assert facts(run_en, "Chile and Peru co-sponsored the resolution.", "partnersWith") == set()
    got = facts(run_en, "UNICEF engaged in joint activities with UNFPA in Malawi.", "partnersWith")
    assert {(a, b) for a, b, _m in got} == {("org/unicef", "org/unfpa")}


def test_together_with_after_the_one_helped_joins_the_helper():
    got = run_en("UNICEF supported Malawi together with UNFPA.").relations
    assert {(r.subject, r.predicate, r.object) for r in got} == {
        ("org/unicef", "assists", "state/MWI"), ("org/unfpa", "assists", "state/MWI"),
        ("org/unicef", "partnersWith", "org/unfpa")}
    got = run_en("UNICEF supported Malawi, which cooperated with UNFPA.").relations
    assert ("state/MWI", "partnersWith", "org/unfpa") in {(r.subject, r.predicate, r.object) for r in got}


def test_a_concept_said_to_deserve_recognition_or_scrutiny():
    assert stances(run_en, "Ghana said that win-win cooperation deserved wider recognition.") == {
        ("state/GHA", "concept/win-win-cooperation", "Supportive")}
    assert stances(run_en, "Ghana said that win-win cooperation deserved closer scrutiny.") == {
        ("state/GHA", "concept/win-win-cooperation", "Sceptical")}


# -- forms met in the development text en10-west-africa, each on sentences of our own ----------------------

def mentions(text: str) -> list[tuple[str, str]]:
    from tacb_graph.recognise import recognise
    from tacb_graph.records import Source
    from tacb_graph.segment import segment
    t = f"1. {text}\n"
    return [(m.entity, m.surface) for m in recognise(segment(Source("t.txt", "t", t, "0", "utf-8", len(t)))).mentions]


def test_the_country_office_in_a_state_is_one_name():
    assert mentions("The country office in Guinea advised the police.") == [
        ("org/ohchr-guinea", "The country office in Guinea")]
    assert ("org/ohchr-niger", "the country office") in mentions("In the Niger, the country office trained judges.")
    got = mentions("The Office works through country offices in Guinea and Togo.")
    assert ("org/ohchr-guinea", "Guinea") in got and ("org/ohchr-togo", "Togo") in got
    # another body's country offices are no OHCHR offices
    assert ("state/GIN", "Guinea") in mentions("UNDP country offices in Guinea and Togo supported the elections.")


def test_the_office_is_no_united_nations_office_for_a_region():
    got = mentions("OHCHR shares premises with the United Nations Office on Drugs and Crime. The Office trained judges.")
    assert got[-1] == ("org/ohchr", "The Office")


def test_more_verbs_of_help():
    assert facts(run_en, "UNDP lent technical support to the Ministry of Justice of Chad.") == {
        ("org/undp", "state/TCD", "Reported")}
    assert facts(run_en, "UNDP guided the National Human Rights Commission of Togo through its first audit.") == {
        ("org/undp", "org/nhrc-togo", "Reported")}
    assert facts(run_en, "Prosecutors of Chad completed a course offered by UNODC.") == {
        ("org/unodc", "state/TCD", "Reported")}
    assert facts(run_en, "Human rights advisers of UNDP are also posted to the Ministry of Justice of Chad.") == {
        ("org/undp", "state/TCD", "Reported")}


def test_the_two_bodies_and_the_costs_met_by_a_funder():
    got = facts(run_en, "UNDP and UNICEF signed an agreement. The two bodies then held a seminar for judges of Chad.")
    assert got == {("org/undp", "state/TCD", "Reported"), ("org/unicef", "state/TCD", "Reported")}
    got = facts(run_en, "UNODC organized a course for prosecutors of Chad. The costs of the course were met by Japan.")
    assert got == {("org/unodc", "state/TCD", "Reported"), ("state/JPN", "state/TCD", "Reported")}


def test_help_asked_then_scheduled_is_planned():
    assert facts(run_en, "Chad invited UNODC to train its prosecutors, and a course is planned for 2031.") == {
        ("org/unodc", "state/TCD", "Planned")}


def test_the_last_resort_reads_the_shape_of_help():
    assert facts(run_en, "UNICEF brought its expertise to the Ministry of Justice of Togo.") == {
        ("org/unicef", "state/TGO", "Reported")}
    assert facts(run_en, "UNICEF trained journalists on the Constitution of Togo.") == set()  # the topic's owner
    assert facts(run_en, "UNICEF made its training modules available to the police of Togo.") == {
        ("org/unicef", "state/TGO", "Reported")}
    # a word of speech before the word of help, a seat, another clause, a visit: no help read
    assert facts(run_en, "UNICEF said that its expertise was available to Togo.") == set()
    assert facts(run_en, "UNICEF opened a project office based in Togo.") == set()
    assert facts(run_en, "The Board of Trustees of the United Nations Voluntary Fund for Technical Cooperation in the "
                         "Field of Human Rights visited projects in Togo.") == set()
    assert facts(run_en, "The European Union provided €3 million to the programme, and Togo contributed "
                         "50,000 euros.") == set()


def test_forms_of_a_funds_report():
    # a co-provider's aside between the activity and whom it was for; an event paid for in the next sentence
    got = facts(run_en, "UNFPA held its induction in Apia, in cooperation with UNICEF, for delegates of Tonga. "
                        "Australia paid for the whole event.")
    assert got == {("org/unfpa", "state/TON", "Reported"), ("org/unicef", "state/TON", "Reported"),
                   ("state/AUS", "state/TON", "Reported")}
    # the members a body's name is followed by, after a comma; persons after a plural title
    got = facts(run_en, "The Bureau of the Human Rights Council, composed of the Vice-Presidents Anna Berg and "
                        "Omar Haddad, met in March.", "memberOf")
    assert got == {("person/anna-berg", "org/hrc-bureau", "Reported"), ("person/omar-haddad", "org/hrc-bureau", "Reported")}


def test_chinese_help_with_a_process_of_a_state_and_a_mission_of_help():
    assert facts(run_zh, "开发署协助起草了乍得的国家行动计划。") == {("org/undp", "state/TCD", "Reported")}
    assert facts(run_zh, "开发署向乍得政府派遣了一个技术援助团。") == {("org/undp", "state/TCD", "Reported")}
    # a process of another body's thing helps no State
    assert facts(run_zh, "人权高专办协助审查了开发署的项目。") == set()


def test_chinese_funders_and_co_providers_of_a_regional_report():
    got = facts(run_zh, "开发署为赞比亚的 20 名法官举办了一期讲习班，讲习班的费用由挪威政府承担。")
    assert got == {("org/undp", "state/ZMB", "Reported"), ("state/NOR", "state/ZMB", "Reported")}
    got = facts(run_zh, "开发署为莱索托的狱警举办了培训。丹麦为这期培训出资。")
    assert got == {("org/undp", "state/LSO", "Reported"), ("state/DNK", "state/LSO", "Reported")}
    got = run_zh("人权高专办与儿基会携手为马拉维法官举办了培训。").relations
    assert {(r.subject, r.predicate, r.object) for r in got} == {
        ("org/ohchr", "assists", "state/MWI"), ("org/unicef", "assists", "state/MWI"), ("org/ohchr", "partnersWith", "org/unicef")}
    got = facts(run_zh, "人权高专办同难民署密切配合，在马拉维开展了能力建设活动。", "partnersWith")
    assert {(a, b) for a, b, _m in got} == {("org/ohchr", "org/unhcr")}


def test_chinese_people_with_their_own_words_took_part_in_the_activity_held_before():
    got = facts(run_zh, "开发署在哈博罗内举办了一期培训，博茨瓦纳和纳米比亚的 30 名劳动监察人员参加了这期培训。")
    assert got == {("org/undp", "state/BWA", "Reported"), ("org/undp", "state/NAM", "Reported")}


def test_both_funds_and_more_currencies():
    got = facts(run_en, "The Voluntary Fund for Participation in the Universal Periodic Review met the Human Rights "
                        "Council. The two funds of the session, the Voluntary Fund for Participation in the Universal "
                        "Periodic Review and the United Nations Voluntary Fund for Technical Cooperation in the Field "
                        "of Human Rights, jointly financed a fellowship for diplomats of Tonga.")
    assert ("org/hrc", "state/TON", "Reported") not in got
    contribs = {(c.contributor, c.amount, c.currency) for c in run_en(
        "Poland pledged PLN 200,000 and Singapore contributed SGD 20,000 to the United Nations Voluntary Fund for "
        "Technical Cooperation in the Field of Human Rights.").contributions}
    assert ("state/POL", "200000", "PLN") in contribs and ("state/SGP", "20000", "SGD") in contribs
    # a word that is also a code is no currency: COP 28 is a conference
    assert not run_en("Fiji attended COP 28 with a delegation funded by Australia.").contributions


def test_attendance_paid_for_and_people_counted_each():
    assert facts(run_en, "UNICEF covered the attendance of delegates of Tonga and Fiji at the session.") == {
        ("org/unicef", "state/TON", "Reported"), ("org/unicef", "state/FJI", "Reported")}
    assert facts(run_en, "UNICEF trained two officials each from Tonga and Fiji.") == {
        ("org/unicef", "state/TON", "Reported"), ("org/unicef", "state/FJI", "Reported")}
    assert facts(run_en, "UNICEF noted the attendance of Tonga.") == set()


def test_chinese_a_request_stated_as_a_wish():
    got = run_zh("纳米比亚政府提出请求，希望开发署协助其建立国家报告机制。").relations
    assert {(r.subject, r.predicate, r.object, r.modality) for r in got} == {
        ("state/NAM", "requests", "org/undp", "Reported"), ("org/undp", "assists", "state/NAM", "Requested")}


def test_experience_shared_with_another_states_people():
    assert facts(run_en, "Kenya shared its experience of police reform with officers from Uganda and Rwanda.") == {
        ("state/KEN", "state/UGA", "Reported"), ("state/KEN", "state/RWA", "Reported")}
    assert facts(run_en, "Kenya shared its concerns with Uganda.") == set()  # concerns are no help


def test_chinese_experience_shared_with_another_state():
    assert facts(run_zh, "肯尼亚与乌干达分享了设立国家防范机制的经验。") == {("state/KEN", "state/UGA", "Reported")}
    assert facts(run_zh, "肯尼亚向乌干达介绍了其立场。") == set()  # a position is no help


def test_chinese_a_delegation_hosted_for_a_study_visit():
    assert facts(run_zh, "肯尼亚接待了来自乌干达的代表团进行学习访问。") == {("state/KEN", "state/UGA", "Reported")}
    assert facts(run_zh, "肯尼亚接待了乌干达的代表团。") == set()  # a delegation received for no stated purpose


def test_chinese_a_needs_assessment():
    assert facts(run_zh, "开发署在乍得开展了一项需求评估。") == {("org/undp", "state/TCD", "Reported")}
