"""Rules of 1 December 2026 (the relation battery's round), each on sentences of its own (not the battery's rows)."""

from __future__ import annotations

from test_relate_en_general import run as run_en
from test_relate_zh_forms2 import run as run_zh


def facts(run, text: str, predicate: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run(text).relations if r.predicate == predicate}


def test_english_partners_named_after_a_list_marker():
    got = facts(run_en, "UNDP worked with treaty bodies and agencies, such as UNICEF and the World Health "
                        "Organization, on data collection.", "partnersWith")
    assert {(a, b) for a, b, _m in got} >= {("org/undp", "org/unicef"), ("org/undp", "org/who")}


def test_chinese_partners_after_a_list_marker_with_an_aspect_adverb():
    got = facts(run_zh, "开发署一直与联合国机构合作，如儿基会和世界卫生组织。", "partnersWith")
    assert {(a, b) for a, b, _m in got} >= {("org/undp", "org/unicef"), ("org/undp", "org/who")}


def test_a_joint_submission_is_no_partnership():
    assert facts(run_en, "Chile and Peru made a joint submission on the draft guidelines.", "partnersWith") == set()


def test_a_programme_funded_with_an_active_verb():
    got = facts(run_en, "Germany finances the World Programme for Human Rights Education.", "fundedBy")
    assert got == {("org/wphre", "state/DEU", "Reported")}


def test_a_passive_funding_verb_is_left_to_the_passive_reader():
    got = facts(run_en, "The World Programme for Human Rights Education was funded by Germany.", "fundedBy")
    assert got == {("org/wphre", "state/DEU", "Reported")}


def test_chinese_member_states_named_after_the_title():
    got = facts(run_zh, "南部非洲发展共同体成员国莫桑比克和赞比亚参加了会议。", "memberOf")
    assert got == {("state/MOZ", "org/sadc", "Reported"), ("state/ZMB", "org/sadc", "Reported")}


def test_chinese_a_member_named_after_zuowei_phrase():
    got = facts(run_zh, "作为亚洲及太平洋国家人权机构论坛成员的菲律宾人权委员会主办了讲习班。", "memberOf")
    assert got == {("org/chrp", "org/apf", "Reported")}


def test_chinese_became_a_member():
    assert facts(run_zh, "南苏丹于2016年成为东非共同体成员国。", "memberOf") == {("state/SSD", "org/eac", "Reported")}


def test_chinese_set_up_by_a_body_with_a_year_between():
    got = facts(run_zh, "联合国民主基金由秘书长于2005年设立。", "establishes")
    assert got == {("org/sg", "org/undef", "Reported")}


def contributions(run, text: str) -> set[tuple]:
    return {(c.contributor, c.recipient, c.amount, c.currency) for c in run(text).contributions}


def test_a_qualified_possessive_contribution_names_its_giver():
    got = contributions(run_en, "Denmark's annual voluntary contribution to UNICEF amounted to US$ 3 million.")
    assert got == {("state/DNK", "org/unicef", "3000000", "USD")}


def test_chinese_contribution_to_a_recipient_through_dui():
    got = contributions(run_zh, "丹麦对儿基会的年度捐款为300万美元。")
    assert got == {("state/DNK", "org/unicef", "3000000", "USD")}


def test_chinese_received_list_with_amounts_before_the_contribution_noun():
    got = contributions(run_zh, "联合国土著人民自愿基金收到了芬兰(20,000美元)和秘鲁(5,000美元)的捐款。")
    assert got == {("state/FIN", "org/vf-indigenous", "20000", "USD"), ("state/PER", "org/vf-indigenous", "5000", "USD")}


def test_chinese_currency_abbreviations():
    assert contributions(run_zh, "新西兰向人权高专办捐款30万加元。") == {("state/NZL", "org/ohchr", "300000", "CAD")}


def stances(run, *paragraphs: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in run(*paragraphs).stances}


MBC, WW, RTD = "concept/mutually-beneficial-cooperation", "concept/win-win-cooperation", "concept/right-to-development"


def test_chinese_concept_referred_back_to_from_the_next_paragraph():
    assert stances(run_zh, "调查问卷询问了各国对发展权的看法。", "秘鲁认为这项权利十分重要。") == {("state/PER", RTD, "Supportive")}


def test_english_this_principle_from_the_next_paragraph():
    assert stances(run_en, "Replies addressed the principle of mutually beneficial cooperation.",
                   "Peru described this principle as useful.") == {("state/PER", MBC, "Supportive")}


def test_both_concepts_stand_for_the_concepts_named_together_before():
    assert stances(run_en, "The seminar covered mutually beneficial cooperation and win-win cooperation.",
                   "Brazil criticized both concepts.") == {("state/BRA", MBC, "Critical"), ("state/BRA", WW, "Critical")}
    assert stances(run_zh, "研讨会讨论了互利合作和共赢合作。巴西批评了这两个概念。") == {
        ("state/BRA", MBC, "Critical"), ("state/BRA", WW, "Critical")}


def test_called_reports_a_position():
    assert stances(run_en, "Chile called the right to development essential for technical cooperation.") == {
        ("state/CHL", RTD, "Supportive")}


def test_a_speaker_named_through_a_role_phrase_holds_for_the_body():
    assert stances(run_en, "The panellist from UNICEF considered the right to development essential.") == {
        ("org/unicef", RTD, "Supportive")}
    assert stances(run_en, "The observer for the Holy See said that win-win cooperation was useful.") == {
        ("state/VAT", WW, "Supportive")}


def test_members_of_a_later_group_belong_to_it_not_to_the_first():
    got = stances(run_en, "Some delegations welcomed win-win cooperation; other delegations, such as Japan, rejected it.")
    assert got == {("state/JPN", WW, "Critical")}


def test_chinese_members_before_a_bare_judgement_take_the_clause_topic():
    got = stances(run_zh, "一些代表团欢迎共赢合作；包括日本在内的其他代表团则表示反对。")
    assert got == {("state/JPN", WW, "Critical")}


def test_chinese_funding_of_an_activity_is_funded_by_on_its_assistance():
    got = {(a.provider, a.recipient, a.funded_by) for a in run_zh("在日本的资助下，儿基会为柬埔寨社会工作者举办了培训班。").assistances}
    # the implementer's help carries its funder; the funder helps too (tests/gold/README.md, "funded help")
    assert got == {("org/unicef", "state/KHM", ("state/JPN",)), ("state/JPN", "state/KHM", ())}


def test_beneficiaries_of_a_fund_listed_after_the_verb():
    got = facts(run_en, "Beneficiaries of the United Nations Voluntary Fund for Indigenous Peoples in 2024 were Chile "
                        "and Kenya.", "assists")
    assert got == {("org/vf-indigenous", "state/CHL", "Reported"), ("org/vf-indigenous", "state/KEN", "Reported")}
