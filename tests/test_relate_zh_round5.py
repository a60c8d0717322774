"""Chinese mechanisms of the fifth round (developed on the dev6 development texts, not its validation text).

For each mechanism or cue: a sentence of our own it reads and one it must not. Every sentence is written
for these tests (not copied from any report or gold text).
"""

from __future__ import annotations

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment
from test_relate_zh_forms2 import CSF, MBC, RTD, WW, facts, mentioned, stances





def relations_of(text: str, predicate: str) -> set[tuple]:
    """(unit number, subject, object, modality) of one predicate, for a text with its own section headings."""
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.number, r.subject, r.object, r.modality) for r in rec.relations if r.predicate == predicate}


# -- 另一些国家，包括 A 和 B，则…: the members named in an aside between the group and its verb ------------

def test_members_named_between_an_unnamed_group_and_its_verb_hold_the_stance():
    got = stances("部分国家认为“共赢合作”的提法有助于增进互信。另一些国家，例如爱尔兰和奥地利，则批评这一提法。")
    assert ("state/IRL", WW, "Critical") in got and ("state/AUT", WW, "Critical") in got
    got = stances("一些国家(智利和乌拉圭)认为，发展权十分重要。另一些国家，包括荷兰，则对这一概念表示怀疑。")
    assert got == {("state/CHL", RTD, "Supportive"), ("state/URY", RTD, "Supportive"), ("state/NLD", RTD, "Sceptical")}


def test_members_listed_without_an_aside_are_no_interposed_holders():
    # the list is the object of a verb, not an aside before the group's verb
    got = stances("一些国家认为，应当向包括爱尔兰和奥地利在内的国家提供援助，互利合作十分重要。")
    assert ("state/IRL", MBC, "Supportive") not in got


# -- 答复 as well as 回复: replies and views given in them are submissions ---------------------------

def test_a_reply_called_da_fu_is_a_submission():
    got = facts("乌拉圭和巴拉圭提交了一份联合答复。智利在其答复中指出，它设立了国家报告机制。", predicate="submittedInputTo")
    assert {s for s, _p, _o, _m in got} == {"state/URY", "state/PRY", "state/CHL"}
    assert facts("乌拉圭的答复期限延长了两周。", predicate="submittedInputTo") == set()


def test_a_regional_organization_relays_a_reply_only_when_it_is_known_to_have_replied():
    # in a passage about the replies, a regional body's own resolution is no reply …
    got = facts("各国的答复载于附件。东南亚国家联盟在其峰会上通过了一项宣言，强调发展权十分重要。",
                predicate="submittedInputTo")
    assert got == set()
    # … while its views, once it is said to have replied, are
    got = relations_of("1. 东南亚国家联盟提交了答复。\n\n2. 东南亚国家联盟认为，发展权十分重要。\n\n", "submittedInputTo")
    assert {(n, s) for n, s, _o, _m in got} == {(1, "org/asean"), (2, "org/asean")}


def test_what_a_listed_respondent_reports_elsewhere_is_from_its_reply():
    text = (" 一. 答复\n\n1. 下列国家提交了答复：智利和秘鲁。\n\n 二. 经验\n\n"
            "2. 智利说，它为秘鲁的法官举办了培训。\n\n3. 乌拉圭说，它为巴拉圭的法官举办了培训。\n\n")
    got = {(n, s) for n, s, _o, _m in relations_of(text, "submittedInputTo")}
    assert (2, "state/CHL") in got
    assert (2, "state/PER") not in got and (3, "state/URY") not in got  # the recipient; a State no list named


# -- recipient-side: 从 X 获得了…咨询, 接受了 X 提供的培训 ------------------------------------------------

def test_advice_or_training_received_from_a_provider_is_its_assistance():
    assert ("org/undp", "assists", "state/IRQ", "Reported") in facts("伊拉克表示，它从开发署获得了关于起草法律的技术咨询。")
    assert ("org/undp", "assists", "state/IRQ", "Reported") in facts("伊拉克的法官接受了开发署提供的培训。")
    assert facts("伊拉克表示，它获得的咨询很有用。", predicate="assists") == set()


# -- 在 X 的支持下，其司法部…: the State's own unnamed body, 其 the State that speaks -----------------------

def test_support_to_the_speakers_own_unnamed_body_helps_the_speaker():
    got = facts("加蓬说，在开发署的支持下，其司法部为监狱管理人员举办了培训。", predicate="assists")
    assert got == {("org/undp", "assists", "state/GAB", "Reported")}
    # 其 before something that is no national body: no recipient read
    assert facts("加蓬说，在开发署的支持下，其合作伙伴举办了培训。", predicate="assists") == set()


# -- …所作的努力，包括在 X 的支持下…举办的培训: the clause spells out what the actor before did --------------

def test_an_elaborating_clause_takes_the_actor_of_the_clause_before():
    got = facts("欢迎加蓬政府为加强法治所作的努力，包括在开发署和人权高专办的支持下为各省司法人员举办的培训。",
                predicate="assists")
    assert got == {("org/undp", "assists", "state/GAB", "Reported"), ("org/ohchr", "assists", "state/GAB", "Reported")}
    assert facts("欢迎加蓬政府为加强法治所作的努力，并在开发署的支持下举办了培训。", predicate="assists") == set()


# -- 该国 is not the actor that opens its own clause ----------------------------------------------------

def test_that_country_is_not_the_provider_of_its_own_clause():
    got = facts("瑞典向加蓬提供了支助，智利为该国法官提供了培训。", predicate="assists")
    assert ("state/CHL", "assists", "state/GAB", "Reported") in got
    assert ("state/SWE", "assists", "state/CHL", "Reported") not in got
    got = facts("欢迎瑞典向加蓬司法部提供的支助，以及智利为该国法官提供的培训。", predicate="assists")
    assert ("state/CHL", "assists", "state/GAB", "Reported") in got and ("state/SWE", "assists", "state/CHL", "Reported") not in got
    # 该国 after a place in the actor's clause is still that place's State
    assert ("org/ohchr", "assists", "state/GAB", "Reported") in facts("人权高专办在加蓬为该国法官举办了培训。")


# -- X 对 Y 的援助; X 宣布的对司法部门的援助尚未落实 --------------------------------------------------------

def test_help_owned_by_a_provider_toward_a_recipient():
    assert ("state/JPN", "assists", "state/GAB", "Reported") in facts("日本对加蓬的援助增加了一倍。")
    got = facts("加蓬司法部收到了瑞典的资金，但日本宣布的对司法部门的援助尚未落实。", predicate="assists")
    assert ("state/JPN", "assists", "state/GAB", "Negated") in got
    assert facts("日本对加蓬的立场没有改变。", predicate="assists") == set()


# -- 它们, 这些实体: the list of actors the sentence named before ---------------------------------------

def test_a_plural_pronoun_stands_for_the_list_named_before_in_its_sentence():
    got = facts("赞赏非洲联盟和西非国家经济共同体的努力，并鼓励它们与人权高专办一道，为马里的机构提供咨询服务。")
    assert {("org/au", "assists", "state/MLI", "Requested"), ("org/ecowas", "assists", "state/MLI", "Requested"),
            ("org/au", "partnersWith", "org/ohchr", "Requested"), ("org/ecowas", "partnersWith", "org/ohchr", "Requested")} <= got
    got = facts("欢迎世界银行和联合国妇女署在加蓬实施的项目，并请这些实体继续同人权高专办协调其活动。")
    assert {("org/world-bank", "partnersWith", "org/ohchr", "Requested"),
            ("org/unwomen", "partnersWith", "org/ohchr", "Requested")} <= got
    assert not {f for f in got if f[1] == "requests"}  # those asked do not ask one another
    # with no list before it in its sentence, the pronoun stands for nothing
    assert facts("人权高专办说，它们的工作很重要。") == set()


# -- 上述援助, 技术援助: the helping word after a determiner or a qualifying noun is a noun ----------------

def test_a_helping_word_after_a_determiner_is_a_noun_not_a_verb():
    got = facts("请高级专员在提供上述援助时与开发署协调。")
    assert got == {("org/hchr", "partnersWith", "org/undp", "Requested")}
    assert ("org/ohchr", "assists", "state/GAB", "Reported") in facts("人权高专办援助了加蓬。")


# -- entities: 该国 + a generic head, 听取高级专员, a bare session of the report's body ---------------------

def test_that_countrys_generic_body_is_the_named_body_of_that_state():
    got = mentioned("鼓励各方应刚果民主共和国政府的请求，为该国国家人权委员会提供支持。")[1]
    assert "org/nhrc-drc" in got
    assert "org/cndh-gabon" in mentioned("加蓬司法部收到了资金。人权高专办为该国国家人权委员会提供了支持。")[1]
    # a State with no such body in the gazetteer: the head stays generic
    assert mentioned("瑙鲁司法部收到了资金。人权高专办为该国国家人权委员会提供了支持。")[1] == {"org/ohchr", "state/NRU"}


def test_the_high_commissioner_heard_and_a_bare_session_of_the_reports_body():
    got = mentioned("决定在第六十六届会议上举行一次互动对话，听取高级专员关于加蓬人权状况的口头更新。",
                    title="对加蓬的人权领域技术援助")[1]
    assert {"org/hchr", "session/hrc/66"} <= got
    # no front page, no body named: a bare session names nothing
    assert mentioned("决定在第六十六届会议上举行一次互动对话。") == {}


# -- stance cues probed on sentences of our own: negated opinion, a light verb after a negator, 未置可否 --------

def test_a_negated_verb_of_opinion_turns_the_judgement():
    assert stances("斯洛伐克并不认为共赢合作是一个有益的提法。") == {("state/SVK", WW, "Critical")}
    # the negation stays in its clause: a judgement after a comma is the holder's own
    assert stances("斯洛伐克不认为需要新的机制，认为发展权十分重要。") == {("state/SVK", RTD, "Supportive")}


def test_a_light_verb_after_a_negator_keeps_the_negation():
    assert stances("冰岛对共赢合作的提法没有提出反对。") == {("state/ISL", WW, "NotQuestioned")}
    assert stances("冰岛对共赢合作的提法提出反对。") == {("state/ISL", WW, "Critical")}


def test_praise_withheld_judgement_and_no_agreed_meaning():
    assert stances("缅甸高度评价互利合作的理念。") == {("state/MMR", MBC, "Supportive")}
    assert stances("瑞士对人权方面的命运共同体未置可否。") == {("state/CHE", CSF, "NotQuestioned")}
    assert stances("瑞士认为，“共赢合作”一语并无商定的定义。") == {("state/CHE", WW, "Critical")}


# -- sending more staff (增派, 加派) is a deployment -------------------------------------------------------

def test_sending_more_staff_to_a_state_is_assistance():
    assert facts("人权高专办计划向海地增派两名人权干事。", predicate="assists") == {("org/ohchr", "assists", "state/HTI", "Planned")}
    assert facts("人权高专办向海地加派了一名顾问。", predicate="assists") == {("org/ohchr", "assists", "state/HTI", "Reported")}
    # views given to a body are no help to it
    assert facts("加蓬向人权理事会提供了意见。", predicate="assists") == set()


def test_a_concept_said_to_give_guidance_is_supported():
    got = stances("越南和老挝人民民主共和国均强调，人权方面的命运共同体理念为国际合作提供了指导。")
    assert got == {("state/VNM", CSF, "Supportive"), ("state/LAO", CSF, "Supportive")}
    # guidance another actor gives does not outweigh a doubt about the concept (doubt wins over support)
    assert stances("越南强调，发展权缺乏明确的定义，人权高专办提供了指导。") == {("state/VNM", RTD, "Sceptical")}


# -- A 和 B 建立了伙伴关系: a coordinated pair that sets up a partnership, with its mood ---------------------

def test_a_coordinated_pair_setting_up_a_partnership():
    assert facts("人权高专办和开发署建立了伙伴关系。", predicate="partnersWith") == {("org/ohchr", "partnersWith", "org/undp", "Reported")}
    assert facts("人权高专办和开发署计划建立伙伴关系。", predicate="partnersWith") == {("org/ohchr", "partnersWith", "org/undp", "Planned")}
    assert facts("人权高专办和开发署都重视伙伴关系。", predicate="partnersWith") == set()


# -- replies: 对调查问卷作了答复, 提交了书面材料：A、B ------------------------------------------------------

def test_replies_with_an_aside_and_written_submissions_listed():
    got = facts("智利、秘鲁和乌拉圭对调查问卷作了答复。", predicate="submittedInputTo")
    assert {s for s, _p, _o, _m in got} == {"state/CHL", "state/PER", "state/URY"}
    got = facts("以下国家提交了书面材料：智利、秘鲁。", predicate="submittedInputTo")
    assert {s for s, _p, _o, _m in got} == {"state/CHL", "state/PER"}
    # a reply asked of a State is only asked for
    got = facts("人权高专办请智利对调查问卷作出答复。", predicate="submittedInputTo")
    assert got == {("state/CHL", "submittedInputTo", "@report", "Requested")}


# -- 是…的关键, 以 X 为指导; groups of organizations whose members an aside names ----------------------------

def test_key_to_and_guided_by_are_support():
    assert stances("发展权问题特别报告员认为，发展权是消除贫困的关键。") == {("org/sr-right-to-development", RTD, "Supportive")}
    assert stances("高级专员强调，技术合作必须以发展权为指导。") == {("org/hchr", RTD, "Supportive")}


def test_an_unnamed_group_of_organizations_with_members_in_an_aside():
    got = stances("一些非政府组织，包括人权观察，对共赢合作的提法表示关切，认为它可能被用来淡化问责。")
    assert got == {("org/hrw", WW, "Critical")}
