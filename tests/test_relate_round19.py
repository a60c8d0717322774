"""Rules of the seventh session of 1 December 2026 (round 19), written by the lead on the eighteenth sets once opened,
each tried on sentences of its own (none copied from a gold text)."""

from __future__ import annotations

from tacb_graph.records import Source
from tacb_graph.recognise import recognise
from tacb_graph.relate import relate
from tacb_graph.segment import segment

from test_relate_en_general import run as run_en
from test_relate_zh_forms2 import run as run_zh


def report(text: str):
    """Relate a whole report (symbol, title, section headings and paragraphs as written)."""
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def stances_of(text: str) -> set[tuple[int, str, str, str]]:
    return {(s.number, s.holder, s.concept, s.value) for s in report(text).stances}


def en_facts(*text: str, predicate: str = "assists") -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run_en(*text).relations if r.predicate == predicate}


def zh_facts(*text: str, predicate: str = "assists") -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run_zh(*text).relations if r.predicate == predicate}


MBC, WW = "concept/mutually-beneficial-cooperation", "concept/win-win-cooperation"
RTD = "concept/right-to-development"


# -- 'the concept' in a section whose title names one concept -------------------------------------------------------

EN_SECTIONED = """A/HRC/90/12

Summary of the replies on win-win cooperation

 I. Views on the concept of win-win cooperation

1. Peru welcomed the concept. Chile rejected the notion of mutually beneficial cooperation. Ecuador, in its reply,
considered that the concept could weaken the universality of human rights.

2. Brazil supported the right to development.

3. Colombia found the concept useful.
"""


def test_the_concept_is_the_one_the_section_title_names():
    got = stances_of(EN_SECTIONED)
    assert (1, "state/PER", WW, "Supportive") in got  # no concept named before it at all
    assert (1, "state/ECU", WW, "Critical") in got  # not the one named in the sentence before
    assert (3, "state/COL", WW, "Supportive") in got  # not the one the paragraph before named
    assert (1, "state/CHL", MBC, "Critical") in got and (2, "state/BRA", RTD, "Supportive") in got


def test_without_a_section_title_the_concept_is_the_one_named_last():
    untitled = EN_SECTIONED.replace(" I. Views on the concept of win-win cooperation\n", "")
    got = stances_of(untitled)
    assert (1, "state/ECU", MBC, "Critical") in got and (3, "state/COL", RTD, "Supportive") in got


def test_a_title_naming_two_concepts_gives_no_topic():
    two = EN_SECTIONED.replace("the concept of win-win cooperation", "win-win cooperation and the right to development")
    assert (1, "state/ECU", MBC, "Critical") in stances_of(two)


ZH_SECTIONED = """A/HRC/90/13

关于共赢合作的答复摘要

一、导言

1. 咨询委员会收到了秘鲁和智利的答复。

二、关于共赢合作概念的意见

2. 秘鲁欢迎这一概念。智利对互利合作表示关切。厄瓜多尔认为，这一概念可能削弱人权的普遍性。

3. 巴西支持发展权。

4. 哥伦比亚认为这一概念很有用。
"""


def test_zh_the_concept_is_the_one_the_section_title_names():
    got = stances_of(ZH_SECTIONED)
    assert {(2, "state/PER", WW, "Supportive"), (2, "state/ECU", WW, "Critical"),
            (4, "state/COL", WW, "Supportive"), (2, "state/CHL", MBC, "Critical")} <= got


def test_a_title_that_does_not_name_it_as_a_concept_gives_no_topic():
    # a section on cooperation as a means of realizing the right: the right is no 'concept' the title speaks of
    other = EN_SECTIONED.replace("Views on the concept of win-win cooperation",
                                 "Technical cooperation as a means of realizing the right to development")
    got = stances_of(other)
    assert (1, "state/ECU", MBC, "Critical") in got and (1, "state/PER", RTD, "Supportive") not in got


# -- who replied ------------------------------------------------------------------------------------------------

def test_reply_lists_go_on_after_a_semicolon_and_from():
    got = en_facts("Replies were received from Chile and Peru; from the European Union, on behalf of its member "
                   "States; and from Amnesty International. Norway and Iceland sent a joint reply.",
                   predicate="submittedInputTo")
    assert {s for s, _o, _m in got} == {"state/CHL", "state/PER", "org/eu", "org/amnesty", "state/NOR", "state/ISL"}


def test_no_reply_received_is_a_negated_submission():
    got = en_facts("The Committee regrets that no reply was received from Mexico.", predicate="submittedInputTo")
    assert got == {("state/MEX", "@report", "Negated")}
    assert en_facts("A reply was received from Mexico.", predicate="submittedInputTo") == {
        ("state/MEX", "@report", "Reported")}


def test_zh_repliers_joined_before_by_a_comma_and_coordinator():
    got = zh_facts("秘鲁和智利，以及国际特赦组织也提交了答复。欧洲联盟代表其成员国提交了一份答复。", predicate="submittedInputTo")
    assert {s for s, _o, _m in got} == {"state/PER", "state/CHL", "org/amnesty", "org/eu"}


# -- 该司: the division named before ------------------------------------------------------------------------------

def test_the_division_named_before():
    got = zh_facts("人权高专办人权条约司于 2030 年成立了一个工作组。此前，该司为马里的 20 名官员举办了培训。")
    assert got == {("org/ohchr-htd", "state/MLI", "Reported")}
    # 该司法 (the judicial …) is no back-reference
    rec = run_zh("人权高专办人权条约司于 2030 年成立了一个工作组。该司法改革项目已经启动。")
    assert [m.entity for m in rec.mentions if m.entity == "org/ohchr-htd"] == ["org/ohchr-htd"]


# -- …举办了讲习班，讲习班由 Y 资助 ---------------------------------------------------------------------------------

def test_a_bare_activity_noun_after_a_comma_is_funded_not_its_organizer():
    got = zh_facts("人权条约司为马里和尼日尔的官员举办了一期讲习班，讲习班由法语国家国际组织资助。")
    assert got == {(p, s, "Reported") for p in ("org/ohchr-htd", "org/oif") for s in ("state/MLI", "state/NER")}
    assert zh_facts("人权条约司为马里和尼日尔的官员举办了一期讲习班，讲习班由法语国家国际组织资助。", predicate="fundedBy") == set()


# -- a resolution's preamble and operative paragraphs -------------------------------------------------------------

def test_resolutions_listed_with_their_dates():
    from tacb_graph.recognise.symbols import find_resolutions
    got = find_resolutions("Recalling its resolutions 12/4 of 3 October 2009 and 15/22 of 30 September 2010, and")
    assert [m.numbers for m in got] == [("12/4", "15/22")]
    assert [m.numbers for m in find_resolutions("decisions 3/1, 3/2, and 3/7")] == [("3/1", "3/2", "3/7")]


def test_the_post_a_body_created():
    got = en_facts("Recalling General Assembly resolution 48/141, by which the Assembly created the post of United "
                   "Nations High Commissioner for Human Rights,", predicate="establishes")
    assert ("org/ga", "org/hchr", "Reported") in got


def test_contributions_made_by_each_giver_of_an_amount():
    rec = run_en("Notes the contributions made by Chile, of 50,000 United States dollars, and by Peru, of EUR 20,000, "
                 "to the United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights;")
    got = {(c.contributor, c.recipient, c.amount, c.currency) for c in rec.contributions}
    assert got == {("state/CHL", "org/vf-tc", "50000", "USD"), ("state/PER", "org/vf-tc", "20000", "EUR")}


def test_help_named_by_a_noun_with_what_was_sent_between():
    assert en_facts("Welcomes the secondment by Ireland of two experts in prison reform to the Office;") == {
        ("state/IRL", "org/ohchr", "Reported")}
    assert en_facts("Welcomes the advisory services delivered to Armenia by the Office in 2030;") == {
        ("org/ohchr", "state/ARM", "Reported")}


# -- people counted, and beneficiaries of a programme described after a comma ---------------------------------------

def test_people_counted_of_a_state_whatever_their_trade():
    assert en_facts("UNFPA trained 40 midwives of Chad.") == {("org/unfpa", "state/TCD", "Reported")}
    assert en_facts("UNFPA trained some 25 community health workers from the Niger.") == {
        ("org/unfpa", "state/NER", "Reported")}
    assert en_facts("UNFPA trained 40 midwives on the Constitution of Chad.") == set()  # a topic, not whose people


def test_among_the_beneficiaries_of_a_programme_a_relative_clause_names_the_doer_of():
    got = en_facts("Benin was among the beneficiaries of a programme on forced labour, which UNDP carried out in 2031.")
    assert got == {("org/undp", "state/BEN", "Reported")}
    assert en_facts("Benin benefited from a programme on forced labour, which UNDP carried out.") == {
        ("org/undp", "state/BEN", "Reported")}


# -- short forms in brackets, 应 X 的这一请求, 这项培训是 X 资助的…的组成部分 ----------------------------------------

def test_words_after_a_name_are_read_past_its_short_form():
    assert zh_facts("乍得 40 名儿童保护工作人员接受了联合国儿童基金会(儿基会)关于少年司法的培训。") == {
        ("org/unicef", "state/TCD", "Reported")}
    got = en_facts("The Office of the United Nations High Commissioner for Refugees (UNHCR), backed by OHCHR, trained "
                   "prefects of Chad.")
    assert ("org/ohchr", "org/unhcr", "Reported") in got


def test_on_this_request_of():
    got = zh_facts("乍得政府请人权高专办协助起草行动计划。应乍得政府的这一请求，人权高专办驻乍得办事处派驻了一名顾问。",
                   predicate="requests")
    assert ("state/TCD", "org/ohchr-chad", "Reported") in got


def test_a_training_that_was_part_of_a_project_a_donor_funded():
    got = zh_facts("人权高专办为乍得 60 名法官举办了培训。这项培训是欧洲联盟资助的一个司法改革项目的组成部分。")
    assert ("org/eu", "state/TCD", "Reported") in got


# -- help asked for and not given, an expert sent, a recommended State's request --------------------------------------

def test_the_requested_help_not_provided_is_negated():
    got = zh_facts("乍得请人权高专办提供技术援助。由于资源不足，人权高专办未能提供所请求的援助。")
    assert got == {("org/ohchr", "state/TCD", "Negated")}


def test_an_expert_sent_to_go_to_a_state():
    assert zh_facts("开发署将于 2031 年派一名专家前往马里评估需求。") == {("org/undp", "state/MLI", "Planned")}


def test_the_state_a_recommendation_names_asks():
    got = zh_facts("高级专员建议马里政府通过国家行动计划，并请人权高专办协助监测其执行情况。", predicate="requests")
    assert got == {("state/MLI", "org/ohchr", "Recommended")}
    got = zh_facts("高级专员建议：(a) 马里政府通过国家行动计划，并请人权高专办协助监测；(b) 各捐助方提供资金。", predicate="requests")
    assert got == {("state/MLI", "org/ohchr", "Recommended")}


def test_a_place_read_inside_a_short_form_is_no_item():
    got = zh_facts("人权高专办与亚洲及太平洋国家人权机构论坛(亚太论坛)共同为马尔代夫的 18 名调查人员举办了培训。")
    assert got == {("org/ohchr", "state/MDV", "Reported"), ("org/apf", "state/MDV", "Reported")}


def test_a_co_actor_opening_the_sentence():
    got = run_en("With the Office, UNHCR held two courses for officials of Mauritania.").relations
    got = {(r.subject, r.predicate, r.object) for r in got}
    assert {("org/ohchr", "assists", "state/MRT"), ("org/unhcr", "assists", "state/MRT"),
            ("org/unhcr", "partnersWith", "org/ohchr")} <= got
    # with X's support, with funding from X: no co-actor
    assert en_facts("With UNDP's support, the Commission of Kenya trained 40 officers.", predicate="partnersWith") == set()


def test_thanked_for_its_support_to_someone_else():
    assert en_facts("Angola thanked the African Union for its support to Burundi.") == {("org/au", "state/BDI", "Reported")}
    assert en_facts("Kenya thanked OHCHR for its support.") == {("org/ohchr", "state/KEN", "Reported")}


def test_provided_by_a_giver_with_things():
    assert en_facts("The Kenya National Commission on Human Rights was provided by UNDP with two vehicles.") == {
        ("org/undp", "org/knchr", "Reported")}
    got = en_facts("UNICEF supported the Kenya National Commission on Human Rights in setting up a unit, and it was "
                   "provided by UNFPA with equipment.")
    assert ("org/unfpa", "org/knchr", "Reported") in got and ("org/unfpa", "org/unicef", "Reported") not in got
    assert en_facts("The report was provided by UNDP to the Council.") == set()


def test_trained_with_a_co_actor_set_off_by_commas():
    got = en_facts("The Office trained, together with UNDP, 85 judges of Azerbaijan.")
    assert got == {("org/ohchr", "state/AZE", "Reported"), ("org/undp", "state/AZE", "Reported")}


def test_at_its_request_in_a_reported_statement():
    got = en_facts("Kenya stated that, at its request, the Office had held two workshops for judicial officers of Kenya.",
                   predicate="requests")
    assert got == {("state/KEN", "org/ohchr", "Reported")}
    # 'request' after a determiner or a possessive is a noun, no verb of asking
    assert en_facts("The Office, at its request, trained officials of Mali.", predicate="requests") == set()


def test_people_of_more_trades_and_a_role_set_off_by_commas():
    got = en_facts("UNICEF, as secretariat of the Fund, held a workshop for grantees from Peru and Chile.")
    assert got == {("org/unicef", "state/PER", "Reported"), ("org/unicef", "state/CHL", "Reported")}


def test_a_passive_whose_subject_is_a_states_body_by_a_possessive():
    got = en_facts("According to Peru, its Ministry of Justice had been helped by UNDP to draft a policy.")
    assert got == {("org/undp", "state/PER", "Reported")}


def test_a_resolution_referred_back_to_and_said_adopted_by_a_body_at_a_session():
    text = ("A/HRC/90/20\n\n关于合作的报告\n\n一、导言\n\n1. 人权理事会在第 71/9 号决议中请秘书长提交报告。1 本报告所述期间为 2028 年。\n\n"
            "__________________\n\n 1 该决议由人权理事会第七十一届会议通过；上一份报告见 A/HRC/71/30。\n")
    got = {(r.unit, r.subject, r.predicate, r.object) for r in report(text).relations}
    assert {("footnote", "resolution/A/HRC/RES/71/9", "adoptedBy", "org/hrc"),
            ("footnote", "resolution/A/HRC/RES/71/9", "atSession", "session/hrc/71")} <= got


def test_written_information_submitted():
    got = zh_facts("在编写本报告时，西非经共体委员会提交了书面资料。", predicate="submittedInputTo")
    assert got == {("org/ecowas-commission", "@report", "Reported")}
