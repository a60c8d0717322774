"""Chinese mechanisms of the fourth round (developed on the dev5 development texts, not its validation text).

For each mechanism or cue: a sentence of our own it reads and one it must not. Every sentence is written
for these tests (not copied from any report or gold text).
"""

from __future__ import annotations

from test_relate_zh_forms2 import CSF, MBC, RTD, WW, facts, mentioned, run, stances





# -- A 和 B 共同/联合 …: co-providers and partners; 联合发言, 联合回复 are no partnership ------------------

def test_coordinated_actors_acting_jointly_partner():
    got = facts("难民署和儿基会共同为约旦的边境官员举办了培训。")
    assert ("org/unhcr", "partnersWith", "org/unicef", "Reported") in got
    assert {("org/unhcr", "assists", "state/JOR", "Reported"), ("org/unicef", "assists", "state/JOR", "Reported")} <= got
    got = facts("粮农组织、开发署和世卫组织联合支持了蒙古的卫生规划。", predicate="partnersWith")
    assert len(got) == 3


def test_a_joint_statement_or_reply_is_no_partnership():
    assert facts("丹麦和芬兰在联合发言中欢迎人权高专办的工作。", predicate="partnersWith") == set()
    assert facts("丹麦和芬兰提交了一份联合回复。", predicate="partnersWith") == set()
    assert facts("丹麦和芬兰共同提交了一份答复。", predicate="partnersWith") == set()


# -- 办事处 on its own: the office named before ------------------------------------------------------

def test_the_bare_office_is_the_office_named_before():
    got = facts("人权高专办柬埔寨办事处的预算有所增加。办事处与东南亚国家联盟保持密切合作。", predicate="partnersWith")
    assert got == {("org/ohchr-cambodia", "partnersWith", "org/asean", "Reported")}
    # inside a longer word it is no back-reference
    assert "org/ohchr-cambodia" not in mentioned("人权高专办柬埔寨办事处成立于 2000 年。", "该国的驻地办事处很小。").get(2, set())


# -- 赞同这一看法, 发言支持这一立场: the stance of the holder before --------------------------------------

def test_taking_up_the_position_before_gives_the_same_stance():
    got = stances("古巴强调，发展权是一项不可剥夺的权利；玻利维亚和厄瓜多尔赞同这一看法。")
    assert got == {("state/CUB", RTD, "Supportive"), ("state/BOL", RTD, "Supportive"), ("state/ECU", RTD, "Supportive")}
    got = stances("加拿大认为，“合作共赢”一词含义不清。丹麦发言支持上述立场。")
    assert ("state/DNK", WW, "Sceptical") in got
    # disagreeing is no association
    got = stances("古巴强调，发展权是一项不可剥夺的权利；荷兰不同意这一看法。")
    assert ("state/NLD", RTD, "Supportive") not in got


# -- X 代表 Y 发言: Y holds what X says ---------------------------------------------------------------

def test_the_organization_spoken_for_holds_the_stance_too():
    got = stances("阿塞拜疆代表伊斯兰合作组织发言，强调发展权是一项普遍的权利。")
    assert got == {("state/AZE", RTD, "Supportive"), ("org/oic", RTD, "Supportive")}


# -- a group inside the holder's aside, or right after its verb, is no holder --------------------------

def test_a_name_inside_the_aside_or_after_the_verb_is_no_holder():
    got = stances("人权理事会举行了辩论。卢卡·费拉里对“合作共赢”一语写入理事会决议表示关切，认为其未经商定。")
    assert got == {("person/卢卡·费拉里", WW, "Critical")}
    got = stances("丹麦和芬兰欢迎人权高专办扩大对各国的支持，但认为“人类命运共同体”这一提法不应写入决议。")
    assert got == {("state/DNK", CSF, "Critical"), ("state/FIN", CSF, "Critical")}
    # a title before the person: the person speaks, not the board
    got = stances("董事会主席莉娜·霍夫曼强调，发展权与技术合作密不可分。")
    assert got == {("person/莉娜·霍夫曼", RTD, "Supportive")}


# -- cues: 密不可分, 体现, 是…原则, 是一项…权利 (Supportive); 未经/没有经过…商定 (Critical) -----------------

def test_general_cues_of_support():
    assert stances("泰国认为，互利合作与可持续发展密不可分。") == {("state/THA", MBC, "Supportive")}
    assert stances("越南认为，这种经验交流正是互利合作的具体体现。") == {("state/VNM", MBC, "Supportive")}
    assert stances("老挝表示，合作共赢是国际合作应当遵循的原则。") == {("state/LAO", WW, "Supportive")}
    assert stances("埃及强调，发展权是一项普遍的人权。") == {("state/EGY", RTD, "Supportive")}
    # negated: not a right, not a principle
    assert stances("瑞典认为，发展权不是一项人权。") == {("state/SWE", RTD, "Critical")}


def test_not_agreed_is_critical():
    assert stances("奥地利认为，合作共赢一词没有经过政府间的商定。") == {("state/AUT", WW, "Critical")}
    assert stances("奥地利指出，合作共赢一词已经过政府间商定。") == set()


# -- a verb that takes the concept as its object: 实现发展权 -------------------------------------------

def test_speaking_of_realizing_the_concept_is_support():
    got = stances("委内瑞拉玻利瓦尔共和国强调，经济制裁阻碍了许多国家实现发展权。")
    assert got == {("state/VEN", RTD, "Supportive")}
    # a cue of the region wins over the object verb
    got = stances("英国认为，所谓“实现合作共赢”的说法含义不清。")
    assert got == {("state/GBR", WW, "Sceptical")}


# -- X 通过了…，强调…: a later subjectless clause with a speech verb is the subject's ---------------------

def test_a_later_clause_with_a_speech_verb_is_said_by_the_subject():
    got = stances("东南亚国家联盟通过了一份关于人权合作的宣言，并强调发展权是一项不可剥夺的权利。")
    assert got == {("org/asean", RTD, "Supportive")}
    # the subject of a sentence with another holder is not made a second one
    got = stances("东南亚国家联盟通过了宣言，泰国强调发展权是一项权利。")
    assert ("org/asean", RTD, "Supportive") not in got


def test_being_the_embodiment_of_the_concept_is_support_but_embodying_something_is_not():
    assert stances("智利认为，发展权应当在国家规划中得到充分体现。") == {("state/CHL", RTD, "Supportive")}
    assert stances("智利表示，互利合作体现了大国的利益。") == set()


# -- a treaty the clause speaks of is no subject: X 就《公约》向 Y 提供了咨询意见 ------------------------------

def test_a_treaty_between_the_actor_and_its_verb_is_no_subject():
    got = facts("开发署就批准《残疾人权利公约》的程序向蒙古外交部提供了咨询意见。")
    assert got == {("org/undp", "assists", "state/MNG", "Reported")}


# -- 在 X 的(技术)指导下: X helped the actor --------------------------------------------------------------

def test_under_the_guidance_of_x():
    got = facts("蒙古国家统计局在开发署的技术指导下，完成了人权指标的编制。")
    assert got == {("org/undp", "assists", "state/MNG", "Reported")}
    assert facts("蒙古国家统计局在局长的指导下完成了工作。") == set()


# -- 为 X 编写/起草 指南、手册: an activity for X --------------------------------------------------------------

def test_drafting_a_guide_or_manual_for_x_is_assistance():
    got = facts("儿基会为约旦教育部编写了人权教育教师手册。")
    assert got == {("org/unicef", "assists", "state/JOR", "Reported")}
    # a State writing its own guide helps no one
    assert facts("约旦为本国教师编写了教学指南。", predicate="assists") == set()


# -- 提出请求 is a request made, not a verb asking: the actor asked stays the subject ------------------------

def test_making_a_request_is_no_verb_of_asking():
    got = facts("大会邀请开发署在蒙古政府提出请求时继续向其提供援助。")
    assert ("org/undp", "assists", "state/MNG", "Requested") in got


# -- 建议政府请 X 协助…: a recommended request; what it asks for is Recommended too -----------------------------

def test_what_a_recommended_request_asks_for_is_recommended():
    got = facts("蒙古政府提交了报告。工作组建议政府请开发署协助制定国家战略。")
    assert ("state/MNG", "requests", "org/undp", "Recommended") in got
    assert ("org/undp", "assists", "state/MNG", "Recommended") in got
    assert ("org/undp", "assists", "state/MNG", "Requested") not in got


# -- 赞赏 X 提供的援助: X helped the State that appreciates it; a body appraising help is no recipient ----------

def test_appreciating_the_help_provided():
    got = facts("约旦政府赞赏开发署提供的技术援助。", predicate="assists")
    assert got == {("org/undp", "assists", "state/JOR", "Reported")}
    assert facts("人权理事会赞赏开发署提供的技术援助。", predicate="assists") == set()


# -- 该项目由 Y 资助: the unnamed project is funded, not its implementer ------------------------------------

def test_the_funder_of_an_unnamed_project_funds_no_named_actor():
    got = facts("开发署在约旦实施了一个关于水权的项目，该项目由挪威资助。")
    assert ("org/undp", "fundedBy", "state/NOR", "Reported") not in got
    assert ("org/undp", "assists", "state/JOR", "Reported") in got
    # a named programme funded so is funded
    got = facts("世界人权教育方案由挪威资助。", predicate="fundedBy")
    assert got == {("org/wphre", "fundedBy", "state/NOR", "Reported")}


# -- 审议建议, 建议的: the noun (recommendations) opens no scope of asking -------------------------------------

def test_recommendations_as_a_noun_open_no_request():
    got = facts("开发署为蒙古的议员举办了关于落实条约机构建议的讲习班，并向乍得派遣了一名顾问。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MNG", "Reported"), ("org/undp", "assists", "state/TCD", "Reported")}
    got = facts("秘书长建议开发署向乍得派遣一名顾问。", predicate="assists")
    assert got == {("org/undp", "assists", "state/TCD", "Recommended")}


# -- unnamed askers: 已有 60 多个国家请 X… is no request of the actor named before --------------------------

def test_unnamed_askers_make_no_request():
    assert facts("开发署署长指出，已有 40 多个国家请开发署提供咨询。", predicate="requests") == set()
    assert facts("开发署署长指出，蒙古请开发署提供咨询。", predicate="requests") == {
        ("state/MNG", "requests", "org/undp", "Reported")}


# -- 在 X 和 Y 的联合支持下; the cleft 是在…下建立的; 该机制 and 为机制秘书处: the State of the passage ------------

def test_joint_support_and_the_cleft_and_the_unnamed_body_of_the_passage():
    got = facts("蒙古在开发署和儿基会的联合支持下设立了儿童权利监察员。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MNG", "Reported"), ("org/unicef", "assists", "state/MNG", "Reported")}
    got = facts("蒙古的国家机制是在开发署的支持下建立的。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MNG", "Reported")}
    got = facts("蒙古介绍了设立国家报告机制的经验。该机制是在开发署的支持下建立的，"
                "建设和平基金为机制秘书处的运作提供了资金。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MNG", "Reported"),
                   ("org/peacebuilding-fund", "assists", "state/MNG", "Reported")}
    # no State in the passage: nobody
    assert facts("该机制是在开发署的支持下建立的。", predicate="assists") == set()


def test_joint_support_makes_the_supporters_partners():
    got = facts("蒙古在开发署和儿基会的联合支持下设立了儿童权利监察员。", predicate="partnersWith")
    assert got == {("org/undp", "partnersWith", "org/unicef", "Reported")}
    assert facts("蒙古在开发署和儿基会的支持下设立了儿童权利监察员。", predicate="partnersWith") == set()


# -- a name that qualifies what was set up is not what was set up -------------------------------------------

def test_a_name_qualifying_the_thing_set_up_is_not_set_up():
    assert facts("约旦建立了普遍定期审议建议在线跟踪系统。", predicate="establishes") == set()
    assert facts("大会建立了普遍定期审议。", predicate="establishes") == {
        ("org/ga", "establishes", "org/universal-periodic-review", "Reported")}


# -- 在 X 的支持下，它…: the pronoun after the phrase stands for the subject before it -------------------------

def test_a_pronoun_after_the_support_phrase():
    got = facts("约旦说，在开发署的技术支持下，它建立了一个案件管理系统。", predicate="assists")
    assert got == {("org/undp", "assists", "state/JOR", "Reported")}


# -- 人权高专办 A 办事处和 B 办事处: the second office in short form, not the State -----------------------------

def test_a_coordinated_short_office_name_is_the_office():
    got = mentioned("人权高专办西非区域办事处和利比里亚办事处支持了该国的选举委员会。",
                    "人权高专办西非区域办事处和利比里亚政府举行了会议。")
    assert "org/ohchr-liberia" in got[1] and "state/LBR" not in got[1]
    assert "state/LBR" in got[2] and "org/ohchr-liberia" not in got[2]


# -- 与 Y 分享了…经验/系统: help to Y; views shared are not -------------------------------------------------------

def test_sharing_experience_or_a_system_is_help():
    got = facts("墨西哥同危地马拉和洪都拉斯分享了建议跟踪系统。", predicate="assists")
    assert got == {("state/MEX", "assists", "state/GTM", "Reported"), ("state/MEX", "assists", "state/HND", "Reported")}
    got = facts("蒙古国家人权委员会接待了约旦官员的考察访问，并与其分享了处理投诉的经验。", predicate="assists")
    assert got == {("org/nhrc-mongolia", "assists", "state/JOR", "Reported")}
    assert facts("乌拉圭与巴拉圭分享了各自的看法。", predicate="assists") == set()


# -- a title ending in 员 or 长 right before a dotted name is no part of it ------------------------------------

def test_a_title_before_a_dotted_name_is_cut_off():
    got = mentioned("发言者包括：蒙古总检察长巴特尔·额尔登和联合国驻地协调员安娜·席尔瓦。")
    assert {"person/巴特尔·额尔登", "person/安娜·席尔瓦"} <= got[1]
    assert not {p for p in got[1] if p.startswith("person/") and p[7] in "长员"}


# -- an activity called off (被取消) did not take place ----------------------------------------------------

def test_a_cancelled_activity_is_negated():
    got = facts("开发署原定为约旦官员举办的讲习班被取消。", predicate="assists")
    assert got == {("org/undp", "assists", "state/JOR", "Negated")}
    got = facts("开发署为约旦官员举办的讲习班十分成功。", predicate="assists")
    assert got == {("org/undp", "assists", "state/JOR", "Reported")}


# -- 协同 Y, A 和 B 联手: co-providers and partners ------------------------------------------------------------

def test_xietong_and_lianshou_make_co_providers_and_partners():
    for text in ("开发署协同儿基会为约旦官员开展了培训。", "开发署和儿基会联手为约旦官员开展了培训。"):
        got = facts(text)
        assert {("org/undp", "assists", "state/JOR", "Reported"), ("org/unicef", "assists", "state/JOR", "Reported")} <= got
        assert {f for f in got if f[1] == "partnersWith"} == {("org/undp", "partnersWith", "org/unicef", "Reported")}


# -- more general cues of the genre -------------------------------------------------------------------------

def test_more_cues_of_support_doubt_and_criticism():
    assert stances("泰国重申其对发展权的承诺。") == {("state/THA", RTD, "Supportive")}
    assert stances("泰国积极评价互利合作的理念。") == {("state/THA", MBC, "Supportive")}
    assert stances("泰国对发展权持开放态度。") == {("state/THA", RTD, "Supportive")}
    assert stances("泰国对互利合作一语的使用持谨慎态度。") == {("state/THA", MBC, "Sceptical")}
    assert stances("丹麦代表北欧国家发言，对合作共赢一词表示保留。") == {("state/DNK", WW, "Sceptical")}
    assert stances("丹麦指出，互利合作一词在国际人权文书中没有依据。") == {("state/DNK", MBC, "Critical")}
    assert stances("丹麦认为，人类命运共同体的提法不符合普遍人权标准。") == {("state/DNK", CSF, "Critical")}
    assert stances("丹麦表示，发展权并非一项得到普遍承认的权利。") == {("state/DNK", RTD, "Critical")}


def test_no_more_than_is_no_contrast():
    assert stances("丹麦认为，合作共赢不过是一种政治口号。") == {("state/DNK", WW, "Critical")}
    # a real contrast still lets the part after it decide
    assert stances("泰国认为互利合作有用，不过其含义不清。") == {("state/THA", MBC, "Sceptical")}


# -- 向其成员提供的培训: 其 is the actor before the provider when no State is named ----------------------------

def test_its_members_are_the_body_before_the_provider():
    got = facts("东盟政府间人权委员会欢迎人权高专办向其成员提供的培训。", predicate="assists")
    assert got == {("org/ohchr", "assists", "org/aichr", "Reported")}
    # a State named before still comes first
    got = facts("马拉维欢迎人权高专办向其提供的技术援助。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}


# -- 关于发展权的培训: a concept that only says what a thing is about is not judged ---------------------------------

def test_a_concept_naming_the_topic_of_a_thing_is_not_judged():
    assert stances("东盟政府间人权委员会欢迎人权高专办提供的关于发展权的培训。") == set()
    assert stances("东盟政府间人权委员会欢迎发展权得到重视。") == {("org/aichr", RTD, "Supportive")}
    got = stances("东盟政府间人权委员会通过了一项关于发展权的决议，强调发展权是一项集体权利。")
    assert got == {("org/aichr", RTD, "Supportive")}


# -- 加强对 Y 的技术援助: more help to Y is help to Y ------------------------------------------------------------

def test_stepping_up_help_to_y():
    got = facts("秘书长建议开发署加强对乍得的技术援助。", predicate="assists")
    assert got == {("org/undp", "assists", "state/TCD", "Recommended")}
    assert facts("开发署加强了对乍得局势的监测。", predicate="assists") == set()


# -- a plan shelved (计划被搁置) did not take place ---------------------------------------------------------------

def test_a_shelved_plan_is_negated():
    got = facts("由于安全原因，开发署为乍得官员举办讲习班的计划被搁置。", predicate="assists")
    assert got == {("org/undp", "assists", "state/TCD", "Negated")}


# -- asked, then given to a ministry in the same sentence: the State that asked ----------------------------------

def test_help_given_to_a_ministry_after_the_request_in_the_same_sentence():
    got = facts("乍得政府请开发署协助起草反酷刑法，开发署随后向司法部提供了法律意见。", predicate="assists")
    assert got == {("org/undp", "assists", "state/TCD", "Reported")}


# -- 在 X 看来: X holds; more cues (可能导致, 笼统, 未就…发表意见); 而不是以 C 为基础 negates -----------------------

def test_in_the_view_of_x_and_more_cues():
    assert stances("在泰国看来，互利合作有助于技术合作。") == {("state/THA", MBC, "Supportive")}
    assert stances("丹麦指出，互利合作的提法可能导致选择性地落实建议。") == {("state/DNK", MBC, "Critical")}
    assert stances("丹麦认为，人类命运共同体的概念过于笼统，难以操作。") == {("state/DNK", CSF, "Sceptical")}
    assert stances("丹麦未就人类命运共同体发表意见。") == {("state/DNK", CSF, "NotQuestioned")}


def test_rather_than_on_the_basis_of_the_concept_is_critical():
    got = stances("丹麦强调，技术合作必须以普遍性为基础，而不是以互利合作为基础。")
    assert got == {("state/DNK", MBC, "Critical")}
    assert stances("泰国强调，技术合作应以互利合作为基础。") == {("state/THA", MBC, "Supportive")}


# -- more currencies; a currency named after a State names no State ------------------------------------------------

def test_more_currencies():
    got = {(c.contributor, c.amount, c.currency) for c in
           run("匈牙利向人权高专办捐款 1 000 万匈牙利福林，新加坡捐款 5 万新加坡元。").contributions}
    assert got == {("state/HUN", "10000000", "HUF"), ("state/SGP", "50000", "SGD")}
    assert "state/MEX" not in mentioned("智利向人权高专办捐款 50 万墨西哥比索。")[1]


# -- 约旦也表示支持 (next sentence, no concept named), 对此表示怀疑: what the holder before spoke of ------------------

def test_also_in_the_next_sentence_and_on_this():
    got = stances("埃及支持互利合作。约旦也表示支持。")
    assert got == {("state/EGY", MBC, "Supportive"), ("state/JOR", MBC, "Supportive")}
    # without 也 a holder that names no concept judges nothing
    assert stances("埃及支持互利合作。约旦表示支持技术合作。") == {("state/EGY", MBC, "Supportive")}
    got = stances("多数发言者欢迎互利合作的概念，但瑞典对此表示怀疑。")
    assert got == {("state/SWE", MBC, "Sceptical")}


# -- 在 X 的资助下, Y (a State or national institution) …: the money went to Y; not when a UN body implements -----

def test_funding_of_the_recipients_own_activity_is_help():
    title = "联合国人权领域技术合作自愿基金"
    got = facts("在基金的资助下，萨摩亚议会举办了人权研讨会。", predicate="assists", title=title)
    assert got == {("org/vf-tc", "assists", "state/WSM", "Reported")}
    got = facts("在欧洲联盟的资助下，开发署为萨摩亚议会举办了人权研讨会。", predicate="assists")
    assert got == {("org/undp", "assists", "state/WSM", "Reported"),  # the implementer and the funder help
                   ("org/eu", "assists", "state/WSM", "Reported")}


def test_grants_received_and_the_fund_as_beneficiary_source():
    title = "联合国人权领域技术合作自愿基金"
    assert facts("萨摩亚获得了基金的赠款。", predicate="assists", title=title) == {
        ("org/vf-tc", "assists", "state/WSM", "Reported")}
    assert facts("萨摩亚是基金的受益国之一。", predicate="assists", title=title) == {
        ("org/vf-tc", "assists", "state/WSM", "Reported")}
