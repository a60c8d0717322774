"""Chinese mechanisms written to generalise (third round, developed on dev4 without its validation text).

For each mechanism: a sentence of our own it reads and one it must not. Every sentence is written
for these tests (not copied from any report or gold text).
"""

from __future__ import annotations

from test_relate_zh_forms2 import MBC, WW, facts, stances


# -- 协作: a partnership word, as 合作 (a partner, not a co-provider) ---------------------------------

def test_xiezuo_is_a_partnership_word():
    got = facts("难民署与儿基会协作，向约旦提供了咨询意见。")
    assert ("org/unhcr", "partnersWith", "org/unicef", "Reported") in got
    assert ("org/unicef", "assists", "state/JOR", "Reported") not in got  # a partner only, as 合作
    got = facts("秘书长建议难民署加强与儿基会的协作。", predicate="partnersWith")
    assert got == {("org/unhcr", "partnersWith", "org/unicef", "Recommended")}


def test_coordination_without_a_partnership_word_is_no_partnership():
    got = facts("难民署和儿基会分别向约旦提供了咨询意见。", predicate="partnersWith")
    assert got == set()






# -- 他/她 opening a clause with a reporting verb: the person (or post) named as a subject before ------

def test_a_pronoun_holds_for_the_person_named_before_it():
    got = stances("莉娜·霍夫曼介绍了德国的经验。她认为，互利合作对各方都有裨益。")
    assert got == {("person/莉娜·霍夫曼", MBC, "Supportive")}
    # an organisation named in between is not what 他 stands for
    got = stances("马泰奥·罗西指出，开发署与人权高专办设有联合项目。他表示，“合作共赢”的提法有助于调动资源。")
    assert got == {("person/马泰奥·罗西", WW, "Supportive")}


def test_a_pronoun_with_nothing_to_stand_for_or_after_a_word_is_no_holder():
    assert not {h for h, _c, _v in stances("在讨论中，她认为，互利合作很有用。") if h.startswith("person/")}
    got = stances("古巴认为互利合作有益，但他告诫说，这一概念缺乏定义。")
    assert {h for h, _c, _v in got} == {"state/CUB"}


# -- two asides between a holder and its verb; harmful use (可能被用来) ---------------------------------

def test_two_asides_and_a_harmful_use():
    got = stances("国际人权服务社和国际法学家委员会在联合发言中对项目的透明度表示关切，"
                  "并认为“合作共赢”的说法可能被用来回避审查。")
    assert got == {("org/ishr", WW, "Critical"), ("org/icj-jurists", WW, "Critical")}
    got = stances("古巴认为，互利合作可被用来促进发展。")
    assert got == {("state/CUB", MBC, "Supportive")}


# -- reservations and a meaning not clear enough: Sceptical, also after a support of something else ----

def test_reservations_and_not_clear_enough_are_sceptical():
    got = stances("冰岛支持加强技术合作，但对“合作共赢”这一措辞持保留态度，认为其含义不够清楚。")
    assert got == {("state/ISL", WW, "Sceptical")}
    got = stances("冰岛认为，互利合作的意义十分清楚。")
    assert ("state/ISL", MBC, "Sceptical") not in got


# -- no view expressed stays NotQuestioned unless the part after 但 refers back to the concept ---------

def test_no_view_stays_not_questioned_unless_the_contrast_refers_back():
    got = stances("南非人权委员会对互利合作的概念未发表意见，但欢迎理事会重视国家人权机构的作用。")
    assert got == {("org/sahrc", MBC, "NotQuestioned")}
    got = stances("南非人权委员会对互利合作的概念未发表意见，但认为其有益。")
    assert got == {("org/sahrc", MBC, "Supportive")}


# -- 该网络, 该论坛 …: a back-reference by the head noun of the name ---------------------------------------

def test_a_back_reference_by_the_head_noun():
    got = facts("非洲国家人权机构网络成立于 2007 年。该网络为肯尼亚官员举办了讲习班。", predicate="assists")
    assert got == {("org/nanhri", "assists", "state/KEN", "Reported")}
    got = facts("该网络为肯尼亚官员举办了讲习班。", predicate="assists")
    assert got == set()


# -- 感谢 X 的支持: the one thanked for help helped the one who thanks -----------------------------------

def test_thanks_for_help_is_assistance_from_the_one_thanked():
    got = facts("斐济和萨摩亚在联合发言中感谢技术合作自愿基金和开发署的支持。", predicate="assists")
    assert got == {(p, "assists", r, "Reported") for p in ("org/vf-tc", "org/undp") for r in ("state/FJI", "state/WSM")}
    got = facts("斐济感谢开发署提供的援助。", predicate="assists")
    assert got == {("org/undp", "assists", "state/FJI", "Reported")}
    # thanks for an invitation, or for support of a text, are no help
    assert facts("斐济感谢开发署的邀请。", predicate="assists") == set()
    assert facts("斐济感谢开发署对该决议的支持。", predicate="assists") == set()


# -- 为 X 培训了 N 名…: training for the group a recipient marker governs before the verb ---------------

def test_training_for_a_state_named_before_the_verb():
    got = facts("古巴在世界卫生组织的支持下为海地培训了 150 名社区卫生工作者。", predicate="assists")
    assert got == {("org/who", "assists", "state/CUB", "Reported"), ("state/CUB", "assists", "state/HTI", "Reported")}
    got = facts("古巴还说，它为海地培训了 150 名社区卫生工作者。", predicate="assists")
    assert got == {("state/CUB", "assists", "state/HTI", "Reported")}
    # training held in a State (不是为它) names no recipient by 为
    assert facts("古巴培训了 150 名社区卫生工作者。", predicate="assists") == set()


# -- a group right after a verb is its object, not the subject of the clauses that follow ---------------

def test_the_object_of_a_verb_does_not_become_the_next_clauses_subject():
    got = facts("人权高专办向乍得部署了人权顾问，协助莱索托筹备了选举，并为马尔代夫议会工作人员举办了讲习班。",
                predicate="assists")
    assert got == {("org/ohchr", "assists", s, "Reported") for s in ("state/TCD", "state/LSO", "state/MDV")}
    # a clause that opens with its own subject keeps it
    got = facts("人权高专办协助莱索托筹备了选举，马尔代夫则为斐济官员举办了讲习班。", predicate="assists")
    assert ("state/MDV", "assists", "state/FJI", "Reported") in got


# -- 为 A 和 B 的议员和政府官员: the recipient marker governs the whole list --------------------------------

def test_a_recipient_list_that_goes_on_after_a_people_noun():
    got = facts("独立常设人权委员会为索马里和吉布提的议员和政府官员举办了培训。", predicate="assists")
    assert got == {("org/oic-ipchr", "assists", "state/SOM", "Reported"), ("org/oic-ipchr", "assists", "state/DJI", "Reported")}
    # a State after the verb's own clause is no recipient of the training
    got = facts("独立常设人权委员会为索马里议员举办了培训，吉布提派员出席。", predicate="assists")
    assert ("org/oic-ipchr", "assists", "state/DJI", "Reported") not in got


# -- 建立了建议…: after a perfective verb, 建议/要求/请求 are nouns (no request scope) -----------------------

def test_a_request_word_after_a_perfective_verb_is_a_noun():
    got = facts("乌拉圭建立了建议落实情况跟踪系统，后来又与巴拉圭和巴拿马分享了这一系统，并为两国官员提供了培训。",
                predicate="assists")
    assert got == {("state/URY", "assists", "state/PRY", "Reported"), ("state/URY", "assists", "state/PAN", "Reported")}
    # the verb itself still asks
    got = facts("乌拉圭建议人权高专办为巴拉圭官员提供培训。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/PRY", "Recommended")}


# -- 它在 X 的支持下…: the supported one is the subject the pronoun stands for ---------------------------------

def test_support_to_a_pronoun_subject():
    got = facts("古巴还说，它在世界卫生组织的支持下为海地培训了 150 名社区卫生工作者。", predicate="assists")
    assert ("org/who", "assists", "state/CUB", "Reported") in got
    got = facts("古巴指出，在世界卫生组织的支持下，海地培训了 150 名卫生工作者。", predicate="assists")
    assert got == {("org/who", "assists", "state/HTI", "Reported")}  # no pronoun: the clause's own subject


# -- persons: a list separator before a dotted name; titles before the name ----------------------------

def test_dotted_names_joined_by_a_separator_and_titles_before_them():
    from test_relate_zh_forms2 import mentioned
    got = mentioned("董事会成员为：伊娃·诺瓦克和汤姆·霍洛威。")[1]
    assert {"person/伊娃·诺瓦克", "person/汤姆·霍洛威"} <= got
    got = mentioned("发言者包括外交部人权司司长玛丽亚·何塞·费雷拉和独立常设人权委员会委员哈立德·赛义德·拉希德。")[1]
    assert {"person/玛丽亚·何塞·费雷拉", "person/哈立德·赛义德·拉希德"} <= got
    # one name with no separator in it stays whole
    assert "person/米歇尔·巴切莱特" in mentioned("米歇尔·巴切莱特访问了马里。")[1]


# -- F 系根据 R 设立: the thing set up is the subject of a verb that ends its clause ----------------------

def test_set_up_under_a_resolution_with_the_thing_as_subject():
    got = facts("技术合作自愿基金系根据人权委员会第 1987/38 号决议设立，由人权高专办管理。", predicate="establishes")
    assert got == {("resolution/E/CN.4/RES/1987/38", "establishes", "org/vf-tc", "Reported")}
    # the verb has an object of its own: the subject set that up, not itself
    got = facts("人权高专办根据人权委员会第 1987/38 号决议设立了一个工作组。", predicate="establishes")
    assert got == set()


# -- a passive verb's own subject right before it (汤加则得到了…); joint help makes partners -----------------

def test_a_passive_in_a_later_clause_has_its_own_subject():
    got = facts("基里巴斯在太平洋区域办事处的协助下编写了执行计划；汤加则得到了开发署和太平洋共同体的联合支助。")
    assert {("org/undp", "assists", "state/TON", "Reported"), ("org/pacific-community", "assists", "state/TON", "Reported"),
            ("org/undp", "partnersWith", "org/pacific-community", "Reported")} <= got
    assert ("org/undp", "assists", "state/KIR", "Reported") not in got
    # help that is not said to be joint makes no partnership
    got = facts("汤加得到了开发署和太平洋共同体的支助。", predicate="partnersWith")
    assert got == set()


# -- 原计划…，但…: an original plan followed by a contrast did not happen ------------------------------------

def test_an_original_plan_then_a_contrast_is_negated():
    got = facts("开发署原计划支持海地落实建议，但由于安全局势恶化，未能派遣顾问。", predicate="assists")
    assert got == {("org/undp", "assists", "state/HTI", "Negated")}
    got = facts("开发署计划支持海地落实建议，但需要更多资金。", predicate="assists")
    assert got == {("org/undp", "assists", "state/HTI", "Planned")}


# -- 派出 as a deployment verb; 将由 X 与 Y 合作实施: the agent partners, in the future ---------------------------

def test_sent_out_a_mission_at_a_request():
    got = facts("应贝宁政府的请求，人权高专办向科托努派出一个需求评估特派团。")
    assert {("state/BEN", "requests", "org/ohchr", "Reported"), ("org/ohchr", "assists", "state/BEN", "Reported")} <= got
    assert facts("人权高专办向马里派出了一个评估团。", predicate="assists") == {("org/ohchr", "assists", "state/MLI", "Reported")}


def test_the_agent_of_a_passive_partners_and_a_future_passive_is_planned():
    got = facts("开发署将支持莱索托建立国家机制，相关项目将由人权高专办与儿基会合作实施。", predicate="partnersWith")
    assert got == {("org/ohchr", "partnersWith", "org/unicef", "Planned")}
    got = facts("该项目由人权高专办与儿基会合作实施。", predicate="partnersWith")
    assert got == {("org/ohchr", "partnersWith", "org/unicef", "Reported")}


# -- 收到了 A、B 和 C 提交的材料: each actor submitted input ------------------------------------------------

def test_submissions_received_from_a_list():
    got = facts("秘书长收到了非洲联盟委员会、阿拉伯国家联盟和欧洲联盟提交的材料。", predicate="submittedInputTo")
    assert {s for s, _p, _o, _m in got} == {"org/au-commission", "org/las", "org/eu"}
    # money received is no submission; a submission read by someone is not received for the report
    assert facts("秘书长收到了欧洲联盟的捐款。", predicate="submittedInputTo") == set()
    assert facts("秘书长审阅了欧洲联盟提交的材料。", predicate="submittedInputTo") == set()


# -- 在 X(缩写)的支持下: an abbreviation in brackets between the supporter and 的支持下 ---------------------

def test_support_phrase_with_an_abbreviation_in_brackets():
    got = facts("在南部非洲发展共同体(南共体)的支持下，人权高专办为马拉维的议员举办了讲习班。", predicate="assists")
    assert ("org/sadc", "assists", "org/ohchr", "Reported") in got
    got = facts("在南部非洲发展共同体(南共体)成员国，人权高专办为马拉维的议员举办了讲习班。", predicate="assists")
    assert ("org/sadc", "assists", "org/ohchr", "Reported") not in got


# -- training: a count before the people's group, training held in a State; 受益于 X 的项目; 提交了法律意见 ----------

def test_training_with_a_count_or_in_a_state():
    assert facts("人权高专办培训了 60 名约旦警官。", predicate="assists") == {("org/ohchr", "assists", "state/JOR", "Reported")}
    assert facts("人权高专办在约旦培训了 60 名警官。", predicate="assists") == {("org/ohchr", "assists", "state/JOR", "Reported")}
    # trained in Geneva (a city, no State): no recipient
    assert facts("人权高专办在日内瓦培训了 60 名警官。", predicate="assists") == set()


def test_benefiting_from_a_project_and_legal_opinions_submitted():
    assert facts("约旦受益于开发署的一个区域项目。", predicate="assists") == {("org/undp", "assists", "state/JOR", "Reported")}
    assert facts("约旦受益于开发署的决定。", predicate="assists") == set()
    got = facts("人权高专办向约旦议会提交了关于选举法草案的法律意见。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/JOR", "Reported")}
    assert facts("人权高专办向约旦议会提交了年度报告。", predicate="assists") == set()


# -- asked for and done in the same sentence: Reported once --------------------------------------------------

def test_asked_and_then_done_in_one_sentence_is_reported():
    got = facts("约旦政府请人权高专办为其官员提供培训，人权高专办随后举办了两期讲习班。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/JOR", "Reported")}
    got = facts("约旦政府请人权高专办为其官员提供培训，开发署随后举办了两期讲习班。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/JOR", "Requested")}  # someone else acted


# -- (由) X 支持的 Y: help stated in a relative clause; thanks for help given in some matter --------------------

def test_help_in_a_relative_clause():
    assert facts("由人权高专办支持的秘鲁国家机制于 2025 年开始运作。", predicate="assists") == \
        {("org/ohchr", "assists", "state/PER", "Reported")}
    assert facts("欧洲联盟支持的肯尼亚国家人权委员会发布了报告。", predicate="assists") == \
        {("org/eu", "assists", "org/knchr", "Reported")}
    # a supported project or text names no recipient
    assert facts("秘鲁支持的决议获得通过。", predicate="assists") == set()
    assert facts("人权高专办支持的项目惠及很多人。", predicate="assists") == set()


def test_thanks_for_help_given_in_a_matter():
    got = facts("乌兹别克斯坦感谢人权高专办中亚区域办事处在编写报告方面提供的协助。", predicate="assists")
    assert got == {("org/ohchr-central-asia", "assists", "state/UZB", "Reported")}
    assert facts("乌兹别克斯坦感谢人权高专办在会议上的发言。", predicate="assists") == set()


# -- 就…: the topic of a statement stands between the holder and its verb ---------------------------------------

def test_a_topic_with_jiu_before_the_verb():
    assert stances("智利没有就互利合作发表评论。") == {("state/CHL", MBC, "NotQuestioned")}
    assert stances("智利就互利合作表示支持。") == {("state/CHL", MBC, "Supportive")}
    assert stances("智利就发展权发表了讲话，认为其十分重要。") == {("state/CHL", "concept/right-to-development", "Supportive")}
    # 就 that governs the object of an action, not a statement: no holder
    assert stances("智利就互利合作项目提供了资金。") == set()


# -- 为其…: a State pronoun after a recipient marker; 为以下国家的官员…：A、B 和 C --------------------------------

def test_a_state_pronoun_after_the_marker_and_a_following_list():
    got = facts("人权高专办对多哥进行了访问，并为其司法人员举办了讲习班。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/TGO", "Reported")}
    got = facts("人权高专办为以下国家的官员举办了培训：贝宁、多哥和加纳。", predicate="assists")
    assert got == {("org/ohchr", "assists", s, "Reported") for s in ("state/BEN", "state/TGO", "state/GHA")}
    # no marker before the verb: the list after a colon is not the training's recipients
    assert facts("人权高专办举办了培训，与会者来自以下国家：贝宁。", predicate="assists") == set()


# -- X 的国家人权委员会得到了 Y 的支持: an unnamed body of a State as the passive's subject ------------------------

def test_an_unnamed_body_of_a_state_receives_help():
    got = facts("多哥的国家人权委员会得到了开发署的持续支持。", predicate="assists")
    assert got == {("org/undp", "assists", "state/TGO", "Reported")}
    # a project of the State is no body of it (funding an unnamed activity)
    assert facts("多哥的项目得到了人权高专办的支持。", predicate="assists") == set()


# -- invited to give views, then gave them to an unnamed ministry: the assistance asked for, given ---------------

def test_given_as_asked_with_no_recipient_named():
    got = facts("柬埔寨政府邀请人权高专办就法律草案提出意见。人权高专办于 2025 年 3 月向内政部提交了详细的法律分析。",
                predicate="assists")
    assert got == {("org/ohchr", "assists", "state/KHM", "Reported")}
    got = facts("柬埔寨政府邀请人权高专办就法律草案提出意见。开发署向内政部提交了详细的法律分析。", predicate="assists")
    # another actor's analysis is not the one asked for; the ministry of the passage's State is its recipient
    # (an unnamed national body, fourth round: ``unnamed_body_passage``)
    assert got == {("org/ohchr", "assists", "state/KHM", "Requested"), ("org/undp", "assists", "state/KHM", "Reported")}


# -- 不应将 X 政治化: a clause that disposes of something other than the concept does not judge it -----------------

def test_a_disposal_clause_about_something_else():
    assert stances("约旦认为，技术合作应以互利合作为基础，不应将人权问题政治化。") == {("state/JOR", MBC, "Supportive")}
    assert stances("约旦认为，不应将互利合作写入理事会决议。") == {("state/JOR", MBC, "Critical")}
    assert stances("约旦认为互利合作不应写入决议，不应将其政治化。") == {("state/JOR", MBC, "Critical")}


# -- people of a State took part in an activity someone held; officers deployed --------------------------------

def test_participants_without_a_link_and_a_holder_with_a_time_or_place():
    for s in ("也门官员参加了人权高专办举办的培训。", "也门官员参加了人权高专办在安曼举办的培训。",
              "也门的官员参加了人权高专办于 2025 年举办的培训。"):
        assert facts(s, predicate="assists") == {("org/ohchr", "assists", "state/YEM", "Reported")}, s
    assert facts("也门官员参加了会议。", predicate="assists") == set()


def test_officers_deployed():
    got = facts("人权高专办计划在 2026 年向也门部署两名人权干事。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/YEM", "Planned")}


# -- 会同 Y: together with Y (a co-provider and a partner); support to an unnamed body of a State ----------------

def test_huitong_makes_a_co_provider():
    got = facts("人权高专办会同开发署为乍得官员举办了培训。")
    assert {("org/ohchr", "partnersWith", "org/undp", "Reported"), ("org/undp", "assists", "state/TCD", "Reported"),
            ("org/ohchr", "assists", "state/TCD", "Reported")} <= got


def test_support_to_an_unnamed_body_of_a_state():
    got = facts("乍得的选举委员会在人权高专办的帮助下制定了行为守则。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/TCD", "Reported")}
    assert facts("乍得的项目在人权高专办的帮助下完成了。", predicate="assists") == set()
