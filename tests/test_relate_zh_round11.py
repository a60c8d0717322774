"""Chinese mechanisms of the eleventh round (developed on the dev4 and dev5 development texts; see
tests/gold/dev8/SPLIT.md, "Round 11 (zh)").

For each mechanism: a sentence of our own it reads and one it must not. Every sentence is written for these
tests (not copied from any report or gold text).
"""

from __future__ import annotations

from test_relate_zh_forms2 import facts

TC = "联合国人权领域技术合作自愿基金"


# -- help stated as what an activity was for, the activity then said not to have started ----------------

def test_help_through_an_approved_project_that_has_not_started_is_negated():
    got = facts("基金批准了一个援助蒙古国家人权委员会的试点项目，但由于资金延迟，该项目尚未启动。", title=TC,
                predicate="assists")
    assert got == {("org/vf-tc", "assists", "org/nhrc-mongolia", "Negated")}
    # a project that did start leaves the help Reported
    got = facts("基金批准了一个援助蒙古国家人权委员会的试点项目，该项目已于 3 月启动。", title=TC, predicate="assists")
    assert got == {("org/vf-tc", "assists", "org/nhrc-mongolia", "Reported")}
    # another activity not started leaves help that was not its purpose Reported
    got = facts("开发署协助马里建立了国家机制，但培训尚未开始。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MLI", "Reported")}


# -- a later clause naming who carries out the help the sentence stated ---------------------------------

def test_the_implementer_of_the_related_project_assists_the_same_recipients():
    got = facts("基金将于明年资助斐济和萨摩亚的人权教育，有关项目将由开发署与儿基会合作实施。", title=TC)
    assert ("org/undp", "assists", "state/FJI", "Planned") in got
    assert ("org/undp", "assists", "state/WSM", "Planned") in got
    assert ("org/unicef", "assists", "state/FJI", "Planned") not in got  # a partner of the implementer only
    got = facts("基金支持约旦建立国家机制，该项目由开发署实施。", title=TC, predicate="assists")
    assert got == {("org/vf-tc", "assists", "state/JOR", "Reported"), ("org/undp", "assists", "state/JOR", "Reported")}
    # a project of its own (另一个项目) carries no help stated before
    got = facts("基金支持约旦建立国家机制，另一个项目由开发署实施。", title=TC, predicate="assists")
    assert got == {("org/vf-tc", "assists", "state/JOR", "Reported")}


# -- 该委员会 in the object of a clause is not that clause's own subject ---------------------------------

def test_this_commission_after_another_commission_acting_is_the_one_named_before():
    got = facts("肯尼亚国家人权委员会在开发署的支持下开展了监测。乌干达人权委员会接待了该委员会两名工作人员的考察访问，"
                "并与其分享了调查工作的经验。", predicate="assists")
    assert got == {("org/undp", "assists", "org/knchr", "Reported"), ("org/uhrc", "assists", "org/knchr", "Reported")}
    # 该委员会 opening its own clause still stands for the nearest commission
    got = facts("乌干达人权委员会成立于 1995 年，该委员会与开发署分享了调查工作的经验。", predicate="assists")
    assert got == {("org/uhrc", "assists", "org/undp", "Reported")}


# -- a capital stands for its State where help is sent ---------------------------------------------------

def test_a_mission_or_adviser_sent_to_a_capital_is_sent_to_its_state():
    got = facts("2025 年 9 月，开发署向基加利派出了一个评估团。", predicate="assists")
    assert got == {("org/undp", "assists", "state/RWA", "Reported")}
    got = facts("由于道路中断，儿基会未能向班吉派遣顾问。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/CAF", "Negated")}
    # a city that is no seat of a State, and a workshop held in a capital, send help to no State
    assert facts("开发署向日内瓦派遣了一名顾问。", predicate="assists") == set()
    assert facts("开发署在达喀尔举办了区域讲习班。", predicate="assists") == set()


# -- help given for a visit named before goes to the visitor ---------------------------------------------

def test_support_for_the_visit_named_before_helps_the_visitor():
    got = facts("缅甸人权状况特别报告员于 2026 年 5 月访问了泰国。开发署为此次访问提供了后勤支持。", predicate="assists")
    assert got == {("org/undp", "assists", "org/sr-myanmar", "Reported")}
    # no visit named before: no visitor is guessed
    assert facts("开发署为访问提供了后勤支持。", predicate="assists") == set()


# -- money to the UN body serving named States helps that body ------------------------------------------

def test_a_grant_to_the_country_team_of_named_states_helps_the_team():
    got = facts("建设和平基金向马拉维和赞比亚的联合国国家工作队提供了赠款。", predicate="assists")
    assert got == {("org/peacebuilding-fund", "assists", "org/unct", "Reported")}
    # money to a body named on its own stays a contribution, not help
    assert facts("建设和平基金向联合国国家工作队提供了赠款。", predicate="assists") == set()
    # and so does money to an unnamed office of the body named
    assert facts("挪威向马拉维的人权高专办国家办事处提供了资金。", predicate="assists") == set()


# -- 委员 (a commission's member) before a person, in a list of speakers -------------------------------------

def test_a_commission_member_named_in_a_list_of_speakers():
    got = facts("发言者包括：开发署顾问约翰·史密斯、非洲人权和民族权委员会委员阿玛·迪亚洛和大赦国际代表李娜。",
                predicate="memberOf")
    assert got == {("person/阿玛·迪亚洛", "memberOf", "org/achpr", "Reported")}


# -- the bare 基金 after 从 (from the Fund) -----------------------------------------------------------------

def test_help_received_from_the_bare_fund():
    got = facts("尼泊尔从基金获得了技术援助。", title=TC, predicate="assists")
    assert got == {("org/vf-tc", "assists", "state/NPL", "Reported")}
    # a foundation (基金会) after 从 is not the Fund
    assert facts("尼泊尔从基金会获得了技术援助。", title=TC, predicate="assists") == set()


# -- 主要受益国 (a main beneficiary) ---------------------------------------------------------------------------

def test_a_main_beneficiary_of_a_providers_help():
    got = facts("尼泊尔是开发署技术援助的主要受益国之一。", predicate="assists")
    assert got == {("org/undp", "assists", "state/NPL", "Reported")}
    # no provider named: no help
    assert facts("尼泊尔是主要受益国之一。", predicate="assists") == set()


# -- an activity a provider gave that enabled someone ------------------------------------------------------

def test_a_project_a_provider_financed_that_enabled_a_state():
    got = facts("开发署资助的项目使尼泊尔得以完善其投诉机制。", predicate="assists")
    assert got == {("org/undp", "assists", "state/NPL", "Reported")}
    # a provider's project with no giving word (开发署的项目) is not read as help
    assert facts("开发署的项目使尼泊尔得以完善其投诉机制。", predicate="assists") == set()


# -- 特别基金 (the Special Fund) on its own ------------------------------------------------------------------

OPCAT = "禁止酷刑公约任择议定书特别基金"


def test_the_bare_special_fund_is_the_special_fund_of_the_title():
    got = facts("2026 年，特别基金资助了蒙古和秘鲁的项目。", title=OPCAT, predicate="assists")
    assert got == {("org/opcat-special-fund", "assists", "state/MNG", "Reported"),
                   ("org/opcat-special-fund", "assists", "state/PER", "Reported")}
    # a report on another fund: 特别基金 stands for no fund of another name
    got = facts("2026 年，特别基金资助了蒙古和秘鲁的项目。", title=TC, predicate="assists")
    assert got == set()


# -- help to an unnamed set (若干国家, 各区域网络), then the ones it includes -------------------------------------

def test_help_to_an_unnamed_set_reaches_the_ones_listed_after_including():
    got = facts("儿基会支持了多个国家，包括老挝和柬埔寨。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/LAO", "Reported"), ("org/unicef", "assists", "state/KHM", "Reported")}
    got = facts("开发署继续支持各区域网络，包括亚洲及太平洋国家人权机构论坛和阿拉伯国家人权机构网络。", predicate="assists")
    assert got == {("org/undp", "assists", "org/apf", "Reported"), ("org/undp", "assists", "org/annhri", "Reported")}
    # a partner the including words govern (包括与 Y 合作) is no recipient
    got = facts("开发署向若干国家提供了技术援助，包括与儿基会合作。", predicate="assists")
    assert got == set()


# -- the ones that benefited from X, listed ---------------------------------------------------------------

def test_the_states_that_benefited_from_a_provider_listed_after():
    got = facts("受益于开发署的国家包括老挝和柬埔寨。", predicate="assists")
    assert got == {("org/undp", "assists", "state/LAO", "Reported"), ("org/undp", "assists", "state/KHM", "Reported")}
    got = facts("得到儿基会支持的国家包括老挝。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/LAO", "Reported")}
    # a body's member States listed are no beneficiaries
    assert facts("东南亚国家联盟的国家包括老挝和柬埔寨。", predicate="assists") == set()


# -- a passive activity, then the clause saying whom it was for ----------------------------------------------

def test_an_activity_carried_out_by_x_then_its_purpose_names_the_recipient():
    got = facts("该方案由儿基会和开发署共同实施，旨在支持莫桑比克政府改革少年司法。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/MOZ", "Reported"), ("org/undp", "assists", "state/MOZ", "Reported")}
    # a purpose with no help verb names no recipient
    assert facts("该方案由儿基会实施，旨在提高莫桑比克公众的意识。", predicate="assists") == set()


def test_the_agents_of_an_activity_carried_out_jointly_partner():
    got = facts("该方案由儿基会和开发署共同实施。", predicate="partnersWith")
    assert got == {("org/unicef", "partnersWith", "org/undp", "Reported")}
    # one agent, the joint word elsewhere: no partnership of the agent
    got = facts("该方案由儿基会实施，并与开发署的方案共同评估。", predicate="partnersWith")
    assert ("org/unicef", "partnersWith", "org/undp", "Reported") not in got


# -- a provider's help that helped someone (X 的赠款帮助 Y…) -------------------------------------------------

def test_a_providers_help_that_helped_someone():
    got = facts("儿基会的赠款帮助老挝开展了首次监测访问。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/LAO", "Reported")}
    got = facts("开发署提供的支持协助了柬埔寨完善法律。", predicate="assists")
    assert got == {("org/undp", "assists", "state/KHM", "Reported")}
    # help owned by no provider named helps no one here
    assert facts("这些赠款帮助老挝开展了首次监测访问。", predicate="assists") == set()
    # the help noun right after its provider (儿基会赠款) reads the same
    got = facts("儿基会赠款使老挝得以开展首次监测访问。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/LAO", "Reported")}


def test_help_to_the_following_states_listed_after_the_colon():
    got = facts("儿基会向以下国家提供了技术援助：老挝和柬埔寨。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/LAO", "Reported"), ("org/unicef", "assists", "state/KHM", "Reported")}
    # a colon after named recipients adds none
    got = facts("儿基会向老挝提供了技术援助：培训和咨询。", predicate="assists")
    assert got == {("org/unicef", "assists", "state/LAO", "Reported")}


def test_help_to_the_states_seeking_something_or_to_its_members_then_the_ones_included():
    got = facts("开发署向寻求批准公约的国家提供咨询，包括老挝和柬埔寨。", predicate="assists")
    assert got == {("org/undp", "assists", "state/LAO", "Reported"), ("org/undp", "assists", "state/KHM", "Reported")}
    got = facts("阿拉伯国家人权机构网络向其成员提供了培训，包括约旦和卡塔尔的国家人权机构。", predicate="assists")
    assert got == {("org/annhri", "assists", "state/JOR", "Reported"), ("org/annhri", "assists", "state/QAT", "Reported")}
