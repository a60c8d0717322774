"""Rules of the fifth session of 1 December 2026 written by the lead (Chinese, on the fourteenth and sixteenth sets once
opened; a few English ones at the end), each on sentences of its own (none copied from a gold text)."""

from __future__ import annotations

from test_relate_zh_forms2 import run as run_zh


def facts(*text: str, predicate: str = "assists") -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run_zh(*text).relations if r.predicate == predicate}


# -- 由 F 出资、A 组织的…: a verb before 、 ends the list the marker governs ---------------------------------------

def test_a_funder_and_the_organisers_of_an_activity_in_its_relative_clause():
    text = ("由日本出资、人权高专办和开发署共同组织的一期关于酷刑问题的讲习班于 2031 年 3 月在曼谷举行，"
            "40 名来自柬埔寨、老挝和越南的法官参加了讲习班。")
    helpers = {"org/ohchr", "org/undp", "state/JPN"}
    assert facts(text) == {(h, s, "Reported") for h in helpers for s in ("state/KHM", "state/LAO", "state/VNM")}
    assert facts(text, predicate="partnersWith") == {("org/ohchr", "org/undp", "Reported")}
    # the funder of a project carried out by another
    assert facts("由日本出资的开发署项目为老挝的 30 名警察提供了培训。") == {
        ("org/undp", "state/LAO", "Reported"), ("state/JPN", "state/LAO", "Reported")}


def test_a_list_the_marker_governs_stays_governed():
    # 与 A、B 合作: no verb between the names, both partners
    assert facts("人权高专办与开发署、儿基会密切合作。", predicate="partnersWith") == {
        ("org/ohchr", "org/undp", "Reported"), ("org/ohchr", "org/unicef", "Reported")}


# -- 学员为 A 和 B 两国的 N 名官员 ---------------------------------------------------------------------------------

def test_participants_named_after_a_copula_are_the_recipients():
    assert facts("人权高专办在万象举办了一期讲习班，学员为老挝司法部的官员。") == {("org/ohchr", "state/LAO", "Reported")}
    got = facts("人权高专办与国际法学家委员会在金边联合举办了两次圆桌会议，参加者为柬埔寨最高法院的 48 名法官。")
    assert got == {("org/ohchr", "state/KHM", "Reported"), ("org/icj-jurists", "state/KHM", "Reported")}
    # a copula that names no people: no recipient
    assert facts("人权高专办在万象举办了一期讲习班，主题为老挝的法律改革。") == set()


# -- A 与 B 合办: B co-hosts ----------------------------------------------------------------------------------

def test_co_hosting_makes_a_co_provider_and_a_partner():
    assert facts("人权高专办与开发署合办了一期讲习班。", predicate="partnersWith") == {("org/ohchr", "org/undp", "Reported")}
    got = facts("人权高专办与开发署在曼谷合办了一期讲习班，学员为柬埔寨和老挝两国的 34 名官员。")
    assert got == {(h, s, "Reported") for h in ("org/ohchr", "org/undp") for s in ("state/KHM", "state/LAO")}


# -- 讲习班的费用由 F 承担 / 驻 X 顾问的职位由 F 出资 ----------------------------------------------------------------

def test_the_payer_of_an_activity_named_before_helps_its_recipients():
    got = facts("人权高专办举办了一期讲习班，柬埔寨的 40 名法官参加了讲习班。讲习班的费用由日本承担。")
    assert got == {("org/ohchr", "state/KHM", "Reported"), ("state/JPN", "state/KHM", "Reported")}
    got = facts("人权高专办向柬埔寨和老挝派驻了人权顾问。驻老挝人权顾问的职位自 2029 年起由日本出资，"
                "驻柬埔寨人权顾问的费用则由瑞典提供。")
    assert {("state/JPN", "state/LAO", "Reported"), ("state/SWE", "state/KHM", "Reported")} <= got
    assert not {("state/JPN", "state/KHM", "Reported"), ("state/SWE", "state/LAO", "Reported")} & got
    # an activity paid by no one named
    got = facts("人权高专办举办了一期讲习班，柬埔寨的 40 名法官参加了讲习班。讲习班的费用已经结清。")
    assert got == {("org/ohchr", "state/KHM", "Reported")}


# -- 定于 (scheduled), 原定于…但…取消 / 推迟, a request not met ---------------------------------------------------------

def test_a_schedule_is_a_plan_and_an_original_schedule_called_off_is_undone():
    assert facts("人权高专办定于 2031 年 5 月在乍得为法官举办两期培训。") == {("org/ohchr", "state/TCD", "Planned")}
    assert facts("人权高专办原定于 2031 年 5 月在乍得为法官举办两期培训，但由于洪灾，培训被取消。") == {
        ("org/ohchr", "state/TCD", "Negated")}
    # called off with no contrast before it
    assert facts("人权高专办原定于 2028 年 1 月为科摩罗选举委员会举办的培训，因该国局势紧张而被取消。") == {
        ("org/ohchr", "state/COM", "Negated")}
    # put off: still a plan
    assert facts("人权高专办原定于 2031 年 5 月在乍得为法官举办两期培训，但由于洪灾，培训推迟到 2032 年。") == {
        ("org/ohchr", "state/TCD", "Planned")}
    # agreed once and called off
    assert facts("人权高专办曾商定于 2029 年 10 月在达喀尔为乍得法官举办一期讲习班，但因冲突而取消。") == {
        ("org/ohchr", "state/TCD", "Negated")}


def test_an_activity_asked_for_is_for_the_state_that_asked():
    assert facts("乍得政府请人权高专办于 2031 年 6 月举办一期讲习班。") == {("org/ohchr", "state/TCD", "Requested")}
    assert facts("乍得政府曾请人权高专办于 2031 年 6 月就少数民族权利举办一期讲习班，但由于选举提前举行，讲习班未能举办。") == {
        ("org/ohchr", "state/TCD", "Negated")}
    # a body that asks is no recipient
    assert facts("人权理事会请人权高专办举办一期讲习班。") == set()


# -- requests: 请其 after 致函 Y, 应委员会的请求 (a body named before), an NHRI that asked -----------------------------

def test_a_request_to_the_one_written_to():
    assert facts("乍得司法部致函人权高专办，请其在两个方面提供技术援助：审查刑法草案；培训狱警。", predicate="requests") == {
        ("state/TCD", "org/ohchr", "Reported")}
    # 其 owning a noun is no one asked
    assert facts("乍得政府请其成员国提供援助。", predicate="requests") == set()


def test_at_the_request_of_a_body_named_before_and_help_for_the_institution_that_asked():
    text = ("乍得国家人权委员会于 2029 年底完成了改组。应委员会主席的请求，人权高专办和非洲国家人权机构网络于 2030 年 2 月"
            "共同派出一个评估特派团，就委员会的预算独立性提出了建议。")
    assert facts(text, predicate="requests") == {("org/nhrc-chad", "org/ohchr", "Reported"),
                                                 ("org/nhrc-chad", "org/nanhri", "Reported")}
    assert facts(text) == {("org/ohchr", "org/nhrc-chad", "Reported"), ("org/nanhri", "org/nhrc-chad", "Reported")}


def test_a_government_of_no_state_in_particular_stands_for_none():
    # a thematic text naming several States once each: 应政府请求 is any Government's request
    texts = ("下列国家提交了答复：乍得、马里和尼日尔。", "答复涉及技术合作的多个方面。", "咨询服务方案历史悠久。",
             "大会授权秘书长应政府请求，为人权领域的咨询服务编列经费。")
    assert facts(*texts, predicate="requests") == set()
    # in a report that names one State most, the Government is that State's
    texts = ("乍得政府提交了答复。乍得还介绍了其国家人权行动计划。", "答复涉及技术合作的多个方面。", "咨询服务方案历史悠久。",
             "应政府请求，人权高专办派出一个评估团。")
    assert facts(*texts, predicate="requests") == {("state/TCD", "org/ohchr", "Reported")}


# -- 捐赠 (donated) ----------------------------------------------------------------------------------------------

def test_a_donation_to_a_body_is_help():
    assert facts("日本政府向乍得国家人权委员会捐赠了办公设备和车辆。") == {("state/JPN", "org/nhrc-chad", "Reported")}


# -- 建议 X：(a) 请 Y…；(b) 与 Z 合作 -------------------------------------------------------------------------------

def test_each_item_of_a_recommendation_list_has_the_addressee_as_subject():
    text = "建议乍得政府：(a) 请人权高专办协助设立国家报告机制；(b) 与非洲人权和民族权委员会合作。"
    assert facts(text, predicate="partnersWith") == {("state/TCD", "org/achpr", "Recommended")}
    assert facts(text) == {("org/ohchr", "state/TCD", "Recommended")}


# -- participants of a body of the State's ----------------------------------------------------------------------

def test_participants_from_bodies_of_a_state_after_a_copula():
    got = facts("人权高专办与国际法学家委员会在恩贾梅纳联合举办了两次圆桌会议，参加者为乍得最高法院和总检察长办公室的"
                " 48 名法官和检察官。")
    assert got == {("org/ohchr", "state/TCD", "Reported"), ("org/icj-jurists", "state/TCD", "Reported")}
    # a plan called off keeps its recipients, Negated
    got = facts("人权高专办和开发署曾计划于 2029 年 9 月在达喀尔联合举办一次分区域讲习班，对象为塞内加尔和冈比亚的惩教官员，"
                "但讲习班因大选期间的安全局势而取消。")
    assert got == {(h, s, "Negated") for h in ("org/ohchr", "org/undp") for s in ("state/SEN", "state/GMB")}


# -- a peer institution hosting and briefing people of another ---------------------------------------------------

def test_hosting_people_and_briefing_them_is_help():
    got = facts("尼日利亚国家人权委员会接待了乍得国家人权委员会的四名调查员，向其介绍了处理申诉的做法。")
    assert got == {("org/nhrc-nigeria", "org/nhrc-chad", "Reported")}
    # hosting alone, with nothing given
    assert facts("尼日利亚国家人权委员会接待了乍得国家人权委员会的四名调查员。") == set()


# -- what became of a request: the last clause that refers back to it decides ------------------------------------

def test_the_last_clause_referring_back_to_a_request_decides():
    ask = "乍得政府请人权高专办协助其筹建国家防范机制。"
    assert facts(ask + "由于资金不足，这项请求未能得到满足，相关支助已列入 2031 年工作计划。") == {
        ("org/ohchr", "state/TCD", "Planned")}
    assert facts(ask + "由于资金不足，这项请求未能得到满足。") == {("org/ohchr", "state/TCD", "Negated")}
    assert facts(ask + "这项请求已列入 2031 年工作计划。") == {("org/ohchr", "state/TCD", "Planned")}


def test_the_institution_is_not_the_one_acting_in_its_clause_even_if_named_before():
    got = facts("2030 年 1 月，乍得国家人权委员会请人权高专办协助其为认证审查做准备。"
                "人权高专办随即与开发署共同为该机构拟订了一份改革计划。")
    assert got == {("org/ohchr", "org/nhrc-chad", "Reported"), ("org/undp", "org/nhrc-chad", "Reported")}


# -- advice on someone's plan or draft; co-hosts with an abbreviation in brackets ---------------------------------

def test_advice_on_a_plan_helps_whose_plan_it_is():
    assert facts("人权高专办就乍得国家人权委员会的战略计划提供了咨询意见。") == {("org/ohchr", "org/nhrc-chad", "Reported")}
    assert facts("加蓬向人权理事会提供了意见。") == set()  # views given to a body are no help
    assert facts("人权高专办就乍得的刑法草案提供了评论意见。") == {("org/ohchr", "state/TCD", "Reported")}
    # comments on a State's situation are no help
    assert facts("人权高专办就乍得的局势提供了评论意见。") == set()


def test_co_hosts_named_with_an_abbreviation_partner():
    got = facts("柬埔寨移民局的 40 名官员在金边参加了由人权高专办柬埔寨办事处和联合国难民事务高级专员公署(难民署)"
                "共同主办的关于移民权利的培训。", predicate="partnersWith")
    assert got == {("org/ohchr-cambodia", "org/unhcr", "Reported")}


# -- 分区域中心 for the subregional centre named before ---------------------------------------------------------------

def test_the_subregional_centre_named_in_short():
    got = facts("联合国中部非洲人权与民主分区域中心设在雅温得。", "2030 年 3 月，分区域中心在雅温得为喀麦隆司法部的 30 名官员举办了培训。")
    assert got == {("org/ohchr-central-africa-centre", "state/CMR", "Reported")}
    # no centre named before: nothing stands for it
    assert facts("人权高专办西非区域办事处设在达喀尔。", "区域中心为多哥官员举办了培训。") == set()


# -- 学员为来自 A 和 B 的…; A 和 B 合办 -------------------------------------------------------------------------------

def test_participants_from_states_and_co_hosts_joined_by_and():
    text = ("2030 年 4 月，西非国家经济共同体委员会(西非经共体委员会)和人权高专办西非区域办事处在达喀尔合办了一期区域讲习班，"
            "主题是选举期间的人权，学员为来自塞内加尔和冈比亚的 30 名军官和宪兵。")
    assert facts(text) == {(h, s, "Reported") for h in ("org/ecowas-commission", "org/ohchr-west-africa")
                           for s in ("state/SEN", "state/GMB")}
    assert facts(text, predicate="partnersWith") == {("org/ecowas-commission", "org/ohchr-west-africa", "Reported")}


# -- a peer institution briefed -----------------------------------------------------------------------------------

def test_briefing_a_peer_institution_is_help():
    got = facts("2030 年 7 月，南非人权委员会和肯尼亚国家人权委员会各派一名委员赴达喀尔，向塞内加尔人权委员会介绍了各自保障财务独立的做法。")
    assert got == {("org/sahrc", "org/csdh-senegal", "Reported"), ("org/knchr", "org/csdh-senegal", "Reported")}
    # presenting a report to a Council is no help
    assert facts("人权高专办向人权理事会介绍了报告。") == set()


# -- written on the opened sixteenth sets ---------------------------------------------------------------------------

def test_an_activity_named_before_paid_by_a_funder():
    got = facts("人权高专办与国际移民组织(移民组织)密切合作，于 2029 年 9 月在达喀尔为来自塞内加尔和冈比亚的受资助组织举办了讲习班。"
                "讲习班由欧洲联盟出资。")
    assert {("org/eu", "state/SEN", "Reported"), ("org/eu", "state/GMB", "Reported")} <= got


def test_a_technical_visit_to_states_and_premises_given():
    got = facts("人权高专办南美洲区域办事处与美洲人权委员会签署了一项联合工作计划。根据该计划，双方将于 2030 年对巴拉圭和秘鲁进行联合技术访问。")
    assert got == {(h, s, "Planned") for h in ("org/ohchr-south-america", "org/iachr") for s in ("state/PRY", "state/PER")}
    assert facts("智利政府继续为人权高专办南美洲区域办事处免费提供办公场所。") == {("state/CHL", "org/ohchr-south-america", "Reported")}
    # a visit of a mandate holder is no help
    assert facts("特别报告员于 2030 年对巴拉圭进行了访问。") == set()


def test_equipment_received_from_a_provider_named_before_and_its_funder():
    got = facts("人权高专办南美洲区域办事处设在圣地亚哥。",
                "巴拉圭监察员办公室获得了区域办事处提供的计算机设备和一套申诉管理软件，所需资金来自比利时政府的一笔专项捐款。")
    assert got == {("org/ohchr-south-america", "org/ombudsman-paraguay", "Reported"), ("state/BEL", "org/ombudsman-paraguay", "Reported")}


def test_the_institute_named_before():
    got = facts("智利国家人权研究所设在圣地亚哥。人权高专办南美洲区域办事处设在圣地亚哥。",
                "应智利国家人权研究所的请求，区域办事处与伊比利亚美洲监察员联合会一道，为该研究所和秘鲁监察员办公室的 30 名工作人员举办了培训。")
    assert ("org/ohchr-south-america", "org/indh-chile", "Reported") in got and ("org/fio", "org/indh-chile", "Reported") in got


def test_contributions_listed_after_a_lead_name_their_recipient():
    got = run_zh("2029 年，联合国人口贩运受害者自愿信托基金共收到 14 个捐助方的捐款。主要捐款包括：阿拉伯联合酋长国 50 万美元，科威特 40 万美元。").contributions
    assert {(c.contributor, c.recipient, c.amount, c.currency) for c in got} == {
        ("state/ARE", "org/vf-trafficking", "500000", "USD"), ("state/KWT", "org/vf-trafficking", "400000", "USD")}
    got = run_zh("2029 年，以下国家向联合国人口贩运受害者自愿信托基金捐款：阿拉伯联合酋长国 50 万美元，科威特 40 万美元。").contributions
    assert {(c.contributor, c.recipient) for c in got} == {("state/ARE", "org/vf-trafficking"), ("state/KWT", "org/vf-trafficking")}


def stances(*text):
    return {(s.holder, s.concept, s.value) for s in run_zh(*text).stances}


def test_a_concept_said_not_to_be_ignored_is_supported_and_a_contrary_clause_decides():
    assert stances("加纳认为，发展权与减贫密切相关，不应在合作中被忽视。") == {
        ("state/GHA", "concept/right-to-development", "Supportive")}
    assert stances("加纳认为，互利合作不应取代普遍定期审议。") == {
        ("state/GHA", "concept/mutually-beneficial-cooperation", "Critical")}
    assert stances("加纳并不认为互利合作会削弱人权的普遍性，反而认为这一概念十分有益。") == {
        ("state/GHA", "concept/mutually-beneficial-cooperation", "Supportive")}
    assert stances("加纳并不认为互利合作会削弱人权的普遍性。") == {
        ("state/GHA", "concept/mutually-beneficial-cooperation", "NotQuestioned")}


def test_both_parties_after_an_agreement_one_named_by_back_reference():
    got = facts("人权高专办南美洲区域办事处设在圣地亚哥。",
                "区域办事处与美洲人权委员会签署了一项联合工作计划。根据该计划，双方将于 2030 年对巴拉圭和秘鲁进行联合技术访问。")
    assert got == {(h, s, "Planned") for h in ("org/ohchr-south-america", "org/iachr") for s in ("state/PRY", "state/PER")}


def test_a_briefing_for_officials_of_a_states_bodies_and_a_regional_commission_named_in_full():
    assert facts("人权高专办于 2029 年 10 月向巴拉圭和秘鲁规划部门的官员介绍了该指南的使用方法。") == {
        ("org/ohchr", "state/PER", "Reported"), ("org/ohchr", "state/PRY", "Reported")}
    assert facts("人权高专办与联合国拉丁美洲和加勒比经济委员会(拉加经委会)合作，编写了一份指南。", predicate="partnersWith") == {
        ("org/ohchr", "org/eclac", "Reported")}


def test_a_resolution_dated_after_its_body_and_the_current_members_of_a_board():
    got = run_zh("联合国人口贩运受害者自愿信托基金系依据大会 2010 年 7 月 30 日第 64/293 号决议设立。").relations
    assert ("resolution/A/RES/64/293", "establishes", "org/vf-trafficking") in {(r.subject, r.predicate, r.object) for r in got}
    got = facts("联合国援助人口贩运受害者特别是妇女和儿童自愿信托基金董事会现任成员为：路易莎·门德斯·阿科斯塔(巴拉圭，主席)、"
                "约瑟夫·姆万扎(马拉维)。", predicate="memberOf")
    assert got == {("person/路易莎·门德斯·阿科斯塔", "org/vf-trafficking-board", "Reported"),
                   ("person/约瑟夫·姆万扎", "org/vf-trafficking-board", "Reported")}


def test_a_grant_received_for_work_in_states_and_partners_of_states_are_not_the_states():
    got = facts("2029 年，终止童妓国际组织获得了联合国人口贩运受害者自愿信托基金的一笔 6 万美元赠款，用于在泰国和老挝为遭受性剥削的儿童提供庇护。")
    assert {("org/vf-trafficking", "state/THA", "Reported"), ("org/vf-trafficking", "state/LAO", "Reported"),
            ("org/vf-trafficking", "org/ecpat-international", "Reported"), ("org/ecpat-international", "state/LAO", "Reported")} <= got
    got = facts("拉斯特拉达国际借助联合国人口贩运受害者自愿信托基金的一笔赠款，与保加利亚和北马其顿的地方合作伙伴一起，"
                "为被贩运妇女开通了两条求助热线。", predicate="partnersWith")
    assert got == set()
    assert facts("人权高专办欧洲区域办事处与欧洲国家人权机构网络的伙伴关系得以延续。", predicate="partnersWith") == {
        ("org/ohchr-europe", "org/ennhri", "Reported")}


def test_a_body_that_sent_its_people_to_an_activity_held_by_another_helped_and_partnered():
    got = run_zh("乍得国家人权委员会的 25 名工作人员参加了民主体制和人权办在恩贾梅纳举办的关于监测选举的培训，人权高专办派一名专家担任讲员。").relations
    got = {(r.subject, r.predicate, r.object) for r in got}
    assert {("org/odihr", "assists", "org/nhrc-chad"), ("org/ohchr", "assists", "org/nhrc-chad"),
            ("org/ohchr", "partnersWith", "org/odihr")} <= got
    got = facts("2030 年 3 月，三方伙伴关系向乍得国家人权委员会派出一个联合评估团。亚洲及太平洋国家人权机构论坛(亚太论坛)派一名专家参加了评估团。")
    assert ("org/apf", "org/nhrc-chad", "Reported") in got
    # attending a Council meeting helps no one
    assert facts("人权高专办派一名代表出席了人权理事会的会议。") == set()


def test_support_promised_to_a_fund_with_its_amount_left_open_is_money_not_help():
    assert facts("列支敦士登表示将继续支持联合国人口贩运受害者自愿信托基金，但未说明捐款数额。") == set()
    assert facts("日本表示将继续支持人权高专办南部非洲区域办事处的工作，但尚未确定数额。") == set()


def test_a_delegation_of_a_states_institution_hosted_and_briefed():
    got = facts("莫桑比克国家人权委员会接待了安哥拉国家人权机构的代表团，介绍了其处理申诉的经验。")
    assert got == {("org/cndh-mozambique", "state/AGO", "Reported")}


def test_a_sessions_report_cited_by_symbol_is_of_that_session():
    got = run_zh("人权理事会第七十四届会议的报告(A/HRC/74/2)载有辩论摘要。").relations
    assert ("document/A/HRC/74/2", "atSession", "session/hrc/74") in {(r.subject, r.predicate, r.object) for r in got}


def test_an_activity_held_for_a_request_put_off_keeps_it_planned():
    ask = "乍得政府还请人权高专办帮助其编写提交禁止酷刑委员会的报告。"
    assert facts(ask + "原定 2030 年 10 月为此举办的起草研讨会因安全局势恶化而推迟，现改定于 2031 年 5 月举行。") == {
        ("org/ohchr", "state/TCD", "Planned")}
    assert facts(ask + "为此举办的研讨会因安全局势恶化而被取消。") == {("org/ohchr", "state/TCD", "Negated")}


def test_a_pronoun_before_people_stands_for_the_institution_named_before():
    assert facts("乍得国家人权委员会得到了支助。非洲国家人权机构网络为其调查人员开设了网络课程。") == {
        ("org/nanhri", "org/nhrc-chad", "Reported")}
    # no institution named before: no recipient
    assert facts("非洲国家人权机构网络为其调查人员开设了网络课程。") == set()


def test_united_nations_before_a_name_that_lacks_it_is_part_of_the_name():
    assert facts("联合国开发署为乍得举办了培训。") == {("org/undp", "state/TCD", "Reported")}
    assert facts("联合国亚洲及太平洋经济社会委员会为乍得举办了培训。") == {("org/escap", "state/TCD", "Reported")}


def test_a_grant_approved_and_never_paid_is_no_help():
    got = facts("联合国人口贩运受害者自愿信托基金支持贩运受害者。",
                "基金还向在乍得和尼日尔开展工作的三个组织发放了紧急赠款。原已核准给予一个在吉布提开展工作的组织的赠款，因该组织暂停活动而未予拨付。")
    assert got == {("org/vf-trafficking", "state/TCD", "Reported"), ("org/vf-trafficking", "state/NER", "Reported"),
                   ("org/vf-trafficking", "state/DJI", "Negated")}


# -- English, written on the opened sixteenth sets ------------------------------------------------------------------

from test_relate_en_general import run as run_en  # noqa: E402


def en_facts(*text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run_en(*text).relations if r.predicate == "assists"}


def test_english_what_became_of_support_asked_for():
    assert en_facts("Mali requested the support of the Regional Office for West Africa in preparing its report. "
                    "That support has not yet been provided, for lack of staff.") == {
        ("org/ohchr-west-africa", "state/MLI", "Negated")}
    assert en_facts("In 2033, the Government of Mali asked the Regional Office for West Africa to help the Ministry of Justice draft "
                    "a protocol. The Regional Office will send a technical mission to Bamako for this purpose in 2034.") == {
        ("org/ohchr-west-africa", "state/MLI", "Planned")}
    assert en_facts("Mali and Niger asked the Regional Office for West Africa for assistance in preparing for their next review. "
                    "It will organize a national workshop in each of the two countries in 2034.") == {
        ("org/ohchr-west-africa", "state/MLI", "Planned"), ("org/ohchr-west-africa", "state/NER", "Planned")}
    # a pronoun that does nothing: still asked
    assert en_facts("Mali asked the Regional Office for West Africa for assistance. It is a large State.") == {
        ("org/ohchr-west-africa", "state/MLI", "Requested")}


def test_english_support_a_fund_gave_an_office_however_stated_is_funding():
    got = run_en("The Regional Office for West Africa also received support from the United Nations Voluntary Fund for "
                 "Technical Cooperation in the Field of Human Rights.").relations
    assert {(r.subject, r.predicate, r.object) for r in got} == {("org/ohchr-west-africa", "fundedBy", "org/vf-tc")}
    assert en_facts("The United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights supported Chad.") == {
        ("org/vf-tc", "state/TCD", "Reported")}


def test_the_ombudsman_office_named_before():
    got = facts("人权高专办危地马拉办事处与危地马拉人权监察员办公室续签了合作协议，并在五个省为监察员办公室的辅助办事处提供了实地辅导。")
    assert got == {("org/ohchr-guatemala", "org/pdh-guatemala", "Reported")}


def test_a_tool_prepared_for_an_institution_is_help():
    got = facts("人权高专办的人权顾问与联合国人口基金(人口基金)合作，为乍得国家人权委员会编制了一套监测歧视现象的工具。")
    assert got == {("org/ohchr", "org/nhrc-chad", "Reported")}
