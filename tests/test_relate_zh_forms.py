"""Chinese forms of relations, modality and contributions that hold beyond one report.

For each cue or mechanism: a sentence of our own it matches and one it must not. Every
sentence is written for these tests (not copied from any report or gold text).
"""

from __future__ import annotations

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def run(*paragraphs: str):
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def facts(*paragraphs: str, predicate: str | None = None) -> set[tuple]:
    return {(r.subject, r.predicate, r.object, r.modality) for r in run(*paragraphs).relations
            if r.predicate != "cites" and (predicate is None or r.predicate == predicate)}


# -- one statement per fact and unit ---------------------------------------------------------

def test_asked_for_then_done_in_one_unit_is_one_reported_fact():
    got = facts("马拉维政府请人权高专办协助马拉维。人权高专办随后协助了马拉维。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}


def test_asked_for_then_planned_is_planned_and_asked_for_alone_stays_requested():
    got = facts("人权理事会请人权高专办协助马拉维。人权高专办将协助马拉维。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Planned")}
    got = facts("人权理事会请人权高专办协助马拉维。", "人权高专办将协助马拉维。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Requested"), ("org/ohchr", "assists", "state/MWI", "Planned")}


# -- a pronoun that stands for a thing, not the previous actor -------------------------------

def test_this_training_is_no_actor():
    assert facts("东非区域办事处为肯尼亚官员举办了培训。该培训由人权领域技术合作自愿基金供资。",
                 predicate="fundedBy") == set()
    # a pronoun before an actor still carries the subject over
    got = facts("人权领域技术合作自愿基金成立于 1987 年。该基金由人权高专办管理。", predicate="administeredBy")
    assert got == {("org/vf-tc", "administeredBy", "org/ohchr", "Reported")}


# -- at the request of a State named through one of its offices ------------------------------

def test_on_request_of_a_states_office():
    got = facts("应马拉维司法部的请求，人权高专办派遣了一个专家特派团，就刑法修正案提供了咨询意见。")
    assert ("state/MWI", "requests", "org/ohchr", "Reported") in got
    assert ("org/ohchr", "assists", "state/MWI", "Reported") in got  # the State that asked is helped
    # a request noun far from the State (another clause) is not its request
    got = facts("应邀访问马拉维之后，人权高专办收到了许多请求。")
    assert not {f for f in got if f[1] in ("requests", "assists")}


def test_briefings_are_activities_and_members_of_a_group_are_no_named_recipient():
    got = facts("人权高专办为马拉维议员举办了情况介绍会。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}
    assert facts("人权高专办为非洲联盟成员国的代表举办了情况介绍会。", predicate="assists") == set()


# -- support of: 在 X 的支持下, 得到 X 的资助 -----------------------------------------------------

def test_with_the_help_of_x_the_subject_after_or_before_the_phrase_is_helped():
    got = facts("在人权高专办和开发署的帮助下，马拉维设立了国家报告机制。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported"), ("org/undp", "assists", "state/MWI", "Reported")}
    got = facts("开发署在人权高专办的支持下，为马拉维法官举办了讲习班。", predicate="assists")
    assert got == {("org/ohchr", "assists", "org/undp", "Reported"), ("org/undp", "assists", "state/MWI", "Reported")}


def test_funding_around_an_activity_is_no_assistance_but_funding_received_is():
    # 在 X 的资助下 names the funder of what the subject did: both help (tests/gold/README.md, "funded help")
    got = facts("在人权领域技术合作自愿基金的资助下，人权高专办在马拉维实施了一个项目。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported"), ("org/vf-tc", "assists", "state/MWI", "Reported")}
    got = facts("马拉维得到了人权领域技术合作自愿基金的资助。", predicate="assists")
    assert got == {("org/vf-tc", "assists", "state/MWI", "Reported")}


def test_support_given_in_a_state_named_right_before_the_verb():
    got = facts("人权高专办在马拉维支持过渡司法进程。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}
    # a place set apart from the verb is no recipient of a policy's support
    assert facts("在马拉维，人权高专办支持人权维护者的工作。", predicate="assists") == set()


# -- a recommendation's list: every item has the subject before the colon --------------------

def test_items_of_an_enumerated_recommendation_keep_its_subject_and_modality():
    got = facts("高级专员建议马拉维政府：\n(a) 批准《残疾人权利公约》；\n(b) 与开发署合作，改革司法系统。",
                predicate="partnersWith")
    assert got == {("state/MWI", "partnersWith", "org/undp", "Recommended")}
    # an item with a subject of its own is that subject's
    got = facts("高级专员指出：\n(a) 马拉维与开发署合作，改革了司法系统。", predicate="partnersWith")
    assert got == {("state/MWI", "partnersWith", "org/undp", "Reported")}


# -- co-providers and partners: 共同, 签署 ------------------------------------------------------

def test_jointly_makes_a_co_provider_and_a_partner():
    got = facts("人权高专办与开发署共同为马拉维法官举办了讲习班。")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported"), ("org/undp", "assists", "state/MWI", "Reported"),
                   ("org/ohchr", "partnersWith", "org/undp", "Reported")}
    # 合作 alone makes a partner, not a co-provider (zh guideline)
    got = facts("人权高专办与开发署合作，为马拉维法官举办了讲习班。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}


def test_signing_an_agreement_with_x_is_a_partnership():
    assert facts("人权高专办与欧洲联盟签署了一项协定。", predicate="partnersWith") == {
        ("org/ohchr", "partnersWith", "org/eu", "Reported")}
    assert facts("人权高专办签署了一项协定。", predicate="partnersWith") == set()


def test_giving_an_opinion_to_a_state_is_advice():
    got = facts("威尼斯委员会就选举法草案向马拉维议会提出了意见。", predicate="assists")
    assert got == {("org/venice-commission", "assists", "state/MWI", "Reported")}
    # 提出 with anything but an opinion gives no help given: a request for help is help asked for
    got = facts("马拉维向人权高专办提出了援助请求。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Requested")}


# -- beneficiary lists and cleft sentences -----------------------------------------------------

def test_the_beneficiary_states_listed_after_a_sentence_about_a_fund():
    got = facts("该年度，人权领域技术合作自愿基金资助了十个项目。受益国包括马拉维、赞比亚和莫桑比克。",
                predicate="assists")
    assert got == {("org/vf-tc", "assists", f"state/{s}", "Reported") for s in ("MWI", "ZMB", "MOZ")}
    # States listed otherwise are no beneficiaries
    assert facts("人权领域技术合作自愿基金资助了十个项目。捐助国包括挪威和瑞典。", predicate="assists") == set()


def test_a_cleft_sentence_names_what_was_set_up():
    got = facts("人权领域技术合作自愿基金是根据人权委员会第 1987/38 号决议设立的，用于资助项目。",
                predicate="establishes")
    assert got == {("resolution/E/CN.4/RES/1987/38", "establishes", "org/vf-tc", "Reported")}
    # a relative clause before its noun is the ordinary form, and a copula elsewhere is no cleft
    assert facts("马拉维是根据人权委员会第 1987/38 号决议设立的。", predicate="establishes") == set()


# -- activities that were not carried out --------------------------------------------------------

def test_an_activity_planned_in_a_state_that_was_not_carried_out_is_negated():
    got = facts("由于冲突，人权高专办原定在马拉维举办的讲习班没有举行。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Negated")}
    got = facts("人权高专办在马拉维举办的讲习班取得了成功。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}


def test_a_request_then_a_project_that_has_not_started_is_negated():
    got = facts("马拉维请人权领域技术合作自愿基金资助其国家行动计划。由于选举，项目尚未启动。")
    assert ("org/vf-tc", "assists", "state/MWI", "Negated") in got
    assert ("state/MWI", "requests", "org/vf-tc", "Reported") in got
    assert ("org/vf-tc", "assists", "state/MWI", "Requested") not in got
    # with nothing asked for before, an unstarted project negates nothing
    assert facts("马拉维政府更迭。项目尚未启动。", predicate="assists") == set()


# -- contributions -------------------------------------------------------------------------------

def contributions(*paragraphs: str) -> set[tuple]:
    return {(c.contributor, c.recipient, c.amount, c.currency) for c in run(*paragraphs).contributions}


def test_a_fund_that_received_a_list_of_contributions_is_their_recipient():
    got = contributions("人权领域技术合作自愿基金收到以下捐款：挪威 20 万美元，瑞典 300 万瑞典克朗。")
    assert got == {("state/NOR", "org/vf-tc", "200000", "USD"), ("state/SWE", "org/vf-tc", "3000000", "SEK")}
    # a list of what a fund gave is no contribution to it
    got = contributions("人权领域技术合作自愿基金向以下国家提供了资助：马拉维 20 万美元。")
    assert ("state/MWI", "org/vf-tc", "200000", "USD") not in got


def test_money_provided_and_kroner():
    assert contributions("欧洲联盟为该项目提供了 150 万欧元。") == {("org/eu", None, "1500000", "EUR")}
    assert contributions("挪威每年向人权高专办捐款 300 万挪威克朗。") == {("state/NOR", "org/ohchr", "3000000", "NOK")}


# -- members of a body -----------------------------------------------------------------------------

def test_members_listed_after_a_body_and_a_member_or_chair_named_with_it():
    got = facts("人权领域技术合作自愿基金董事会成员为：安娜·罗西(主席)、卡尔·门德斯和李明。", predicate="memberOf")
    assert got == {(f"person/{p}", "memberOf", "org/vf-tc-board", "Reported") for p in ("安娜·罗西", "卡尔·门德斯", "李明")}
    got = facts("发展权专家机制成员安娜·罗西介绍了报告。", predicate="memberOf")
    assert got == {("person/安娜·罗西", "memberOf", "org/emrtd", "Reported")}
    # the director of an organisation is its staff, not a member; a list with no body before it names none
    assert facts("开发署主任安娜·罗西介绍了报告。", predicate="memberOf") == set()
    assert facts("小组成员为：安娜·罗西和卡尔·门德斯。", predicate="memberOf") == set()


def test_help_asked_for_then_given_with_no_recipient_named_is_reported():
    got = facts("马拉维政府请人权高专办支持设立国家人权委员会。人权高专办随后支持起草了相关法律。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}
    # another provider's help is not what was asked of the first
    got = facts("马拉维政府请人权高专办支持设立国家人权委员会。开发署随后支持起草了相关法律。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Requested")}


def test_a_governments_comments_on_the_draft_report_are_a_submission():
    got = facts("马拉维政府在对本报告草稿的评论中表示，技术合作很重要。", predicate="submittedInputTo")
    assert got == {("state/MWI", "submittedInputTo", "@report", "Reported")}
    assert facts("马拉维政府在理事会的发言中表示，技术合作很重要。", predicate="submittedInputTo") == set()


def test_a_state_that_only_says_where_an_organisation_is_stationed():
    # the State is no actor or list member of its own; where the team works, it is helped too
    # (as "advisers to the country team in X"; dev3 gold: 向联合国驻 X、Y 和 Z 的国家工作队部署)
    got = facts("人权高专办向联合国驻马拉维国家工作队部署了一名人权顾问。", predicate="assists")
    assert got == {("org/ohchr", "assists", "org/unct", "Reported"), ("org/ohchr", "assists", "state/MWI", "Reported")}
    got = facts("联合国驻马拉维国家工作队协助了赞比亚。", predicate="assists")
    assert got == {("org/unct", "assists", "state/ZMB", "Reported")}
    got = facts("人权高专办向马拉维和国家工作队部署了人权顾问。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported"), ("org/ohchr", "assists", "org/unct", "Reported")}


# -- help received, help that enabled, beneficiaries --------------------------------------------

def test_help_received_from_a_provider():
    for sentence in ("马拉维接受了人权高专办提供的技术援助。", "马拉维从人权高专办获得了技术援助。",
                     "马拉维获得了来自人权高专办的技术援助。"):
        assert facts(sentence, predicate="assists") == {("org/ohchr", "assists", "state/MWI", "Reported")}, sentence
    # what is received is no help: an invitation, a report
    assert facts("马拉维接受了人权高专办的邀请。", predicate="assists") == set()
    assert facts("马拉维从人权高专办获得了报告。", predicate="assists") == set()


def test_help_that_enabled_someone_to_act():
    got = facts("人权高专办的援助使马拉维能够设立国家人权委员会。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}
    assert facts("人权高专办的报告使马拉维能够改进工作。", predicate="assists") == set()


def test_a_state_named_as_beneficiary_of_a_providers_help():
    got = facts("马拉维是人权高专办技术援助的受益国之一。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}
    assert facts("马拉维是人权高专办的合作伙伴。", predicate="assists") == set()


def test_a_clause_without_a_subject_has_the_subject_of_the_clause_that_opens_with_one():
    got = facts("人权高专办协助马拉维起草法律，并培训了赞比亚警察。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported"), ("org/ohchr", "assists", "state/ZMB", "Reported")}
    # a clause with a subject of its own keeps it
    got = facts("人权高专办协助马拉维起草法律，开发署则培训了赞比亚警察。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported"), ("org/undp", "assists", "state/ZMB", "Reported")}


# -- more modality words ------------------------------------------------------------------------

def test_willing_stopped_interested_and_asking_verbs():
    assert facts("人权高专办表示愿意向马拉维提供援助。", predicate="assists") == {
        ("org/ohchr", "assists", "state/MWI", "Planned")}
    assert facts("人权高专办已停止向马拉维提供援助。", predicate="assists") == {
        ("org/ohchr", "assists", "state/MWI", "Negated")}
    # interest in help is no request, and the help is not given
    assert facts("马拉维表示有兴趣获得人权高专办的技术援助。") == {("org/ohchr", "assists", "state/MWI", "Requested")}
    assert facts("马拉维请求人权高专办提供技术援助。") == {
        ("state/MWI", "requests", "org/ohchr", "Reported"), ("org/ohchr", "assists", "state/MWI", "Requested")}
    # the noun 请求 asks nothing
    assert facts("人权高专办收到了马拉维的请求。") == set()


def test_funding_an_organisation_to_hold_an_activity_is_no_help_to_it_but_funding_a_state_is():
    got = facts("开发署资助人权高专办在马拉维举办讲习班。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported"), ("org/undp", "assists", "state/MWI", "Reported")}
    got = facts("开发署资助马拉维开展能力建设活动。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Reported")}


def test_an_adviser_sent_to_a_state():
    assert facts("人权高专办派遣一名顾问前往马拉维。", predicate="assists") == {
        ("org/ohchr", "assists", "state/MWI", "Reported")}
    assert facts("人权高专办官员前往马拉维参加会议。", predicate="assists") == set()


def test_each_amount_has_the_period_or_year_of_its_own_clause():
    rec = run("挪威承诺在 2024 年至 2026 年期间每年向人权高专办捐款 300 万挪威克朗；瑞典于 2023 年向人权高专办捐款 25 万美元。")
    got = {(c.contributor, c.period, c.year) for c in rec.contributions}
    assert got == {("state/NOR", "2024年至2026年期间每年", None), ("state/SWE", None, "2023")}


def test_a_grant_to_a_states_institutions_is_help_to_the_state():
    got = facts("人权领域技术合作自愿基金向马拉维的国家人权机构提供了赠款。", predicate="assists")
    assert got == {("org/vf-tc", "assists", "state/MWI", "Reported")}


def test_people_from_a_state_and_benefiting_from_help():
    got = facts("人权高专办为来自马拉维和赞比亚的官员举办了区域培训。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported"), ("org/ohchr", "assists", "state/ZMB", "Reported")}
    assert facts("人权高专办培训了来自马拉维的 50 名警察。", predicate="assists") == {
        ("org/ohchr", "assists", "state/MWI", "Reported")}
    assert facts("马拉维受益于人权高专办的技术援助。", predicate="assists") == {
        ("org/ohchr", "assists", "state/MWI", "Reported")}
    assert facts("在人权高专办支持下，马拉维通过了新法律。", predicate="assists") == {
        ("org/ohchr", "assists", "state/MWI", "Reported")}
    # people from a State who only attend are no recipients
    assert facts("来自马拉维的代表出席了人权高专办的会议。", predicate="assists") == set()


def test_jointly_and_cooperation_between_a_and_b():
    got = facts("人权高专办与开发署联合为马拉维法官举办了讲习班。")
    assert got == {("org/ohchr", "partnersWith", "org/undp", "Reported"), ("org/ohchr", "assists", "state/MWI", "Reported"),
                   ("org/undp", "assists", "state/MWI", "Reported")}
    assert facts("人权高专办与开发署在联合国大会上发言。") == set()  # 联合国 is no 联合
    assert facts("人权高专办和非洲联盟之间的合作得到了加强。") == {("org/ohchr", "partnersWith", "org/au", "Reported")}
    assert facts("人权高专办和非洲联盟都发表了声明。") == set()
