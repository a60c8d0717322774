"""Chinese mechanisms of the sixth round: reports about a programme that acts through its own name
(developed on zh6-treaty-body-capacity-sg once it was promoted to development; see tests/gold/dev6/SPLIT.md).

For each mechanism: a sentence of our own it reads and one it must not. Every sentence is written for these
tests (not copied from any report or gold text).
"""

from __future__ import annotations

from test_relate_zh_forms2 import facts, mentioned, money

WPHRE = "世界人权教育方案"  # a programme of the gazetteer, named by the title of the reports below


# -- 方案 / 本方案 on its own: the programme the report's title names ------------------------------------

def test_the_bare_programme_is_the_programme_of_the_title():
    got = mentioned("报告所述期间，方案为马里的教师举办了培训。", "本方案还向乍得派遣了一名顾问。", title=WPHRE)
    assert "org/wphre" in got[1] and "org/wphre" in got[2]
    # a report whose title names no programme: 方案 stands for nothing
    assert "org/wphre" not in mentioned("报告所述期间，方案为马里的教师举办了培训。").get(1, set())


def test_a_programme_acts_through_its_own_name():
    got = facts("报告所述期间，方案为马里和乍得的教师举办了讲习班。", "方案还向尼日尔派遣了一名顾问。",
                predicate="assists", title=WPHRE)
    assert {(s, o) for s, _p, o, _m in got} == {("org/wphre", "state/MLI"), ("org/wphre", "state/TCD"),
                                                 ("org/wphre", "state/NER")}


def test_the_drafting_of_a_programme_is_no_back_reference():
    got = mentioned("委员会审议了方案草案。", title=WPHRE)
    assert "org/wphre" not in got.get(1, set())


def test_contributions_to_the_programme_have_it_as_recipient():
    got = money("瑞典向方案提供了 20 万美元的捐款，芬兰提供了 10 万欧元。", title=WPHRE)
    assert {(c, r) for c, r, *_ in got} == {("state/SWE", "org/wphre"), ("state/FIN", "org/wphre")}


# -- 它建立了 X 的…，随后为 Y…: a name after a clause-opening pronoun and its verb is that verb's object --------

def test_a_programme_named_after_a_pronoun_and_its_verb_is_no_carried_subject():
    got = facts("秘鲁说，它建立了世界人权教育方案的联络网，随后为玻利维亚的教师组织了培训。", predicate="assists")
    assert {(s, o) for s, _p, o, _m in got} == {("state/PER", "state/BOL")}


def test_a_programme_is_the_recipient_of_a_lead_in_before_a_list_of_pledges():
    got = money("两个捐助方向方案作出了认捐：奥地利认捐 30 万欧元；比利时认捐 10 万欧元。", title=WPHRE)
    assert {(c, r) for c, r, *_ in got} == {("state/AUT", "org/wphre"), ("state/BEL", "org/wphre")}


# -- X 的培训员 / 顾问 / 专家: an organisation's staff act for it ---------------------------------------------

def test_the_trainers_or_experts_of_a_provider_act_for_it():
    got = facts("方案的培训员在人权高专办西非区域办事处的支持下，为马里和乍得的教师举办了讲习班。",
                predicate="assists", title=WPHRE)
    assert {(s, o) for s, _p, o, _m in got} == {("org/ohchr-west-africa", "org/wphre"), ("org/wphre", "state/MLI"),
                                                 ("org/wphre", "state/TCD")}
    assert ("org/undp", "assists", "state/MLI", "Reported") in facts("开发署的专家为马里的法官举办了培训。")
    # a State's experts attending someone else's training are no providers
    assert facts("马里的专家为开发署的项目编写了报告。", predicate="assists") == set()


# -- withheld activities: a negation before the verb, after the place; none inside a name ------------------

def test_an_activity_the_situation_did_not_allow_is_negated():
    got = facts("方案没有向马里提供支持，因为该国的局势不允许开展活动。", predicate="assists", title=WPHRE)
    assert got == {("org/wphre", "assists", "state/MLI", "Negated")}
    assert facts("由于安全局势，开发署无法在马里举办讲习班。", predicate="assists") == {
        ("org/undp", "assists", "state/MLI", "Negated")}
    assert facts("开发署在马里举办了讲习班。", predicate="assists") == {("org/undp", "assists", "state/MLI", "Reported")}


def test_a_negation_word_inside_a_name_negates_nothing():
    got = facts("开发署为不丹和尼泊尔的官员举办了关于《消除对妇女一切形式歧视公约》的培训。", predicate="assists")
    assert got == {("org/undp", "assists", "state/BTN", "Reported"), ("org/undp", "assists", "state/NPL", "Reported")}


# -- 受益于 X 提供的关于《…》的咨询服务: a title between the provider and the help noun --------------------

def test_benefiting_from_advice_on_a_named_instrument_is_help_from_its_provider():
    got = facts("尼日尔受益于方案提供的关于《儿童权利公约》的咨询服务。", predicate="assists", title=WPHRE)
    assert got == {("org/wphre", "assists", "state/NER", "Reported")}
    # a report on the instrument is no help
    assert facts("尼日尔受益于开发署关于《儿童权利公约》的报告。", predicate="assists") == set()


# -- postponed activities are Planned; a schedule and its year are no subject ---------------------------

def test_a_postponed_activity_is_planned_help_of_the_passages_actor():
    got = facts("方案向乍得派遣了顾问。原定于 2025 年为马里举办的讲习班因资金不足而推迟到 2026 年。",
                predicate="assists", title=WPHRE)
    assert got == {("org/wphre", "assists", "state/TCD", "Reported"), ("org/wphre", "assists", "state/MLI", "Planned")}
    # a workshop held that discussed postponing something is still held
    assert facts("开发署为马里举办了讲习班，讨论了推迟选举的问题。", predicate="assists") == {
        ("org/undp", "assists", "state/MLI", "Reported")}


# -- 在第 N 号决议第 18 段中请…: a paragraph of the resolution still makes the resolution the requester ---------

def test_a_request_made_in_a_paragraph_of_a_resolution_is_the_resolutions():
    got = facts("大会在第 70/1 号决议第 18 段中请秘书长向缔约国提供支持。", predicate="requests")
    assert got == {("resolution/A/RES/70/1", "requests", "org/sg", "Reported")}
    # recalling a paragraph is no frame: the body asks
    got = facts("大会回顾第 70/1 号决议第 18 段，请秘书长提交报告。", predicate="requests")
    assert got == {("org/ga", "requests", "org/sg", "Reported")}


# -- fund and programme reports: money received from a named giver, the programme's beneficiaries ----------

VFTC = "联合国人权领域技术合作自愿基金"


def test_money_received_from_a_giver_named_as_owner_is_its_contribution():
    assert money("基金收到了瑞典的 30 万美元捐款。", title=VFTC) == {("state/SWE", "org/vf-tc", "300000", "USD", None)}
    assert money("基金收到了瑞典政府的捐款 30 万美元。", title=VFTC) == {("state/SWE", "org/vf-tc", "300000", "USD", None)}
    assert money("基金收到捐款 5 万美元。", title=VFTC) == set()  # no giver named


def test_the_beneficiaries_of_a_named_programme_are_helped_by_it():
    got = facts("方案的受益国包括马里和乍得。", predicate="assists", title=WPHRE)
    assert got == {("org/wphre", "assists", "state/MLI", "Reported"), ("org/wphre", "assists", "state/TCD", "Reported")}
    assert facts("方案的受益国名单由开发署编制。", predicate="assists", title=WPHRE) == set()


def test_regional_advisers_and_advisory_missions_of_a_programme():
    assert facts("方案的区域顾问协助马里建立了国家报告机制。", predicate="assists", title=WPHRE) == {
        ("org/wphre", "assists", "state/MLI", "Reported")}
    assert facts("方案向乍得派出了一个咨询团。", predicate="assists", title=WPHRE) == {
        ("org/wphre", "assists", "state/TCD", "Reported")}


# -- recipient-side: a State's teachers, lawyers or journalists received the training --------------------

def test_a_states_professionals_receiving_training_stand_for_the_state():
    assert facts("马里的教师接受了方案提供的培训。", predicate="assists", title=WPHRE) == {
        ("org/wphre", "assists", "state/MLI", "Reported")}
    assert facts("马里的律师和记者得到了开发署的培训。", predicate="assists") == {("org/undp", "assists", "state/MLI", "Reported")}
    assert facts("马里的教师参加了会议。", predicate="assists") == set()


# -- briefings given to a State's institutions or officials ---------------------------------------------

def test_briefing_a_states_institutions_helps_the_state():
    got = facts("方案与开发署密切合作，向马里和乍得的国家人权机构介绍了条约机构的工作。", title=WPHRE)
    assert got == {("org/wphre", "assists", "state/MLI", "Reported"), ("org/wphre", "assists", "state/TCD", "Reported"),
                   ("org/wphre", "partnersWith", "org/undp", "Reported")}
    # presenting a report to a body, or briefing a State itself, is no help
    assert facts("人权高专办向理事会介绍了报告。", predicate="assists") == set()
    assert facts("马里向开发署的官员介绍了其国家计划。", predicate="assists") == set()


# -- 据此设立的 F: the resolution the sentence before spoke through set it up -----------------------------

def test_a_programme_set_up_accordingly_is_established_by_the_resolution_before():
    got = facts("大会在第 70/1 号决议中请秘书长提供支持。据此设立的世界人权教育方案由人权高专办管理。", predicate="establishes")
    assert got == {("resolution/A/RES/70/1", "establishes", "org/wphre", "Reported")}
    # no resolution before: nothing to stand for
    assert facts("秘书长提供了支持。据此设立的世界人权教育方案由人权高专办管理。", predicate="establishes") == set()


# -- help to a counted set of States, 其中包括 A 和 B: the States named ------------------------------------

def test_the_states_named_among_a_counted_set_of_recipients_are_helped():
    got = facts("方案为 12 个国家举办了讲习班，其中包括马里和乍得。", predicate="assists", title=WPHRE)
    assert got == {("org/wphre", "assists", "state/MLI", "Reported"), ("org/wphre", "assists", "state/TCD", "Reported")}
    assert facts("方案为 12 个国家举办了讲习班。", predicate="assists", title=WPHRE) == set()
    # no help between the count and the list: a questionnaire sent is no help
    assert facts("方案向 30 个国家发出了问卷，包括马里和乍得。", predicate="assists", title=WPHRE) == set()


def test_a_state_asking_the_programme_for_help_names_it():
    got = facts("马里请求方案提供技术援助。", title=WPHRE)
    assert got == {("state/MLI", "requests", "org/wphre", "Reported"), ("org/wphre", "assists", "state/MLI", "Requested")}


# -- 马里原定于 YEAR 举行的讲习班推迟到 / 被取消: the State the activity was scheduled for ----------------------

def test_a_states_scheduled_activity_postponed_or_cancelled():
    first = "方案向乍得派遣了顾问。"
    got = facts(first + "马里原定于 2025 年举行的讲习班因资金不足而推迟到 2026 年。", predicate="assists", title=WPHRE)
    assert ("org/wphre", "assists", "state/MLI", "Planned") in got
    got = facts(first + "马里原定于 2025 年举行的讲习班被取消。", predicate="assists", title=WPHRE)
    assert ("org/wphre", "assists", "state/MLI", "Negated") in got
    # a State's own scheduled event is no help
    got = facts(first + "马里原定于 2025 年举行大选。", predicate="assists", title=WPHRE)
    assert got == {("org/wphre", "assists", "state/TCD", "Reported")}


def test_a_programme_is_an_agent_kind_of_the_ontology():
    # a programme acts through its own name (方案为 X 举办了讲习班): tacb:Programme is a tacb:Agent, and the
    # Chinese agent kinds are ontology agents only
    import json

    from tacb_graph import vocab
    from tacb_graph.package_data import data_dir

    table = json.loads((data_dir() / "patterns" / "zh" / "relations.json").read_text(encoding="utf-8"))
    assert "Programme" in table["agent_kinds"] and set(table["agent_kinds"]) <= set(vocab.AGENT_CLASSES)
    assert "acting_kinds" not in table


# -- 方案设立后，…: a programme in a time clause is no actor the next sentence's pronoun carries -------------

def test_a_programme_in_a_time_clause_is_no_subject():
    got = facts("世界人权教育方案设立后，欠发达国家请秘书长提供顾问。它们要求开发署提供咨询意见。", predicate="requests")
    assert got == set()
    assert facts("世界人权教育方案设立后，马里请秘书长提供顾问。", predicate="requests") == {
        ("state/MLI", "requests", "org/sg", "Reported")}


# -- 基金向 X 发放了赠款: a fund disbursing grants gives help ---------------------------------------------

def test_a_fund_disbursing_grants_to_a_states_mechanism_helps_the_state():
    got = facts("基金向马里和乍得的国家防范机制发放了赠款。", predicate="assists", title=VFTC)
    assert got == {("org/vf-tc", "assists", "state/MLI", "Reported"), ("org/vf-tc", "assists", "state/TCD", "Reported")}
    assert facts("基金向马里发放了问卷。", predicate="assists", title=VFTC) == set()
