"""Chinese mechanisms of the twelfth round (developed on the dev9 development text; see tests/gold/dev9/SPLIT.md,
"Round 12 (zh)").

For each mechanism: a sentence of our own it reads and one it must not. Every sentence is written for these
tests (not copied from any report or gold text).
"""

from __future__ import annotations

from test_relate_zh_forms2 import facts, mentioned


# -- a repeated request verb (并请) after a recommended request keeps its asker and its modality ----------

def test_a_repeated_request_after_a_recommended_one_is_recommended_and_made_by_the_same_asker():
    got = facts("特别报告员建议人权理事会请开发署向马里提供技术援助，并请秘书长向开发署提供必要的资源。")
    assert got == {("org/hrc", "requests", "org/undp", "Recommended"), ("org/undp", "assists", "state/MLI", "Recommended"),
                   ("org/hrc", "requests", "org/sg", "Recommended"), ("org/sg", "assists", "org/undp", "Recommended")}
    # a request made (not recommended) stays a request of the same asker
    got = facts("人权理事会请开发署继续向马里提供技术援助，并请秘书长向开发署提供必要的资源。")
    assert got == {("org/hrc", "requests", "org/undp", "Reported"), ("org/undp", "assists", "state/MLI", "Requested"),
                   ("org/hrc", "requests", "org/sg", "Reported"), ("org/sg", "assists", "org/undp", "Requested")}


# -- a later clause of the sentence says the activity did not take place ---------------------------------

def test_an_activity_a_later_clause_says_was_not_held_is_negated():
    got = facts("开发署为马里警察举办了人权培训，这些培训在本年度没有举行。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MLI", "Negated")}
    got = facts("开发署计划为马里警察举办人权培训，但该培训被取消了。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MLI", "Negated")}
    # a later clause about the same activity that says something else, or about another activity, does not
    got = facts("开发署为马里警察举办了人权培训，这些培训由儿基会资助。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MLI", "Reported"), ("org/unicef", "assists", "state/MLI", "Reported")}
    got = facts("开发署为马里警察举办了人权培训，其他培训没有举行。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MLI", "Reported")}


# -- the bare Council stands for the council the paragraphs named, not one a footnote named --------------

def _with_footnote(first: str, footnote: str, second: str) -> set[tuple]:
    from tacb_graph.recognise import recognise
    from tacb_graph.records import Source
    from tacb_graph.relate import relate
    from tacb_graph.segment import segment

    text = f"1. {first}\n\n2. {second}\n\n__________________\n\n 1 {footnote}\n"
    rel = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.predicate, r.object, r.modality) for r in rel.relations if r.predicate == "requests"}


def test_the_bare_council_is_the_one_the_paragraphs_named_before_one_a_footnote_named():
    got = _with_footnote("人权理事会第 12/4 号决议请开发署协助海地。1", "该特派团由安全理事会第 1542(2004) 号决议设立。",
                         "理事会在第 12/4 号决议中还请儿基会协助海地政府。")
    assert ("resolution/A/HRC/RES/12/4", "requests", "org/unicef", "Reported") in got
    assert not {f for f in got if "S/RES/12/4" in f[0]}
    # with no council in the paragraphs, the footnote's council is still the one meant
    got = _with_footnote("开发署协助海地。1", "该特派团由安全理事会第 1542(2004) 号决议设立。",
                         "理事会在第 1600(2005) 号决议中请儿基会协助海地政府。")
    assert ("resolution/S/RES/1600(2005)", "requests", "org/unicef", "Reported") in got


# -- short back-references to an envoy's office and to a mission -----------------------------------------

def test_the_envoys_office_and_the_mission_named_in_full_before():
    got = facts("开发署与秘书长叙利亚问题特使办公室保持密切合作，并就停火安排中的人权条款向特使办公室提供了咨询意见。")
    assert got == {("org/undp", "partnersWith", "org/envoy-syria", "Reported"),
                   ("org/undp", "assists", "org/envoy-syria", "Reported")}
    got = facts("开发署与秘书长缅甸问题特使办公室合作。开发署向特使办公室提供了咨询意见。", predicate="assists")
    assert got == {("org/undp", "assists", "org/envoy-myanmar", "Reported")}
    # with no envoy named before, the office stands for nothing
    assert facts("开发署向特使办公室提供了咨询意见。") == set()
    got = facts("联合国南苏丹特派团于 2011 年设立。", "该特派团与开发署合作。")
    assert got == {("org/unmiss", "partnersWith", "org/undp", "Reported")}
    assert mentioned("开发署于 2011 年设立。", "该特派团与开发署合作。") == {1: {"org/undp"}, 2: {"org/undp"}}


# -- F 由 R 设立: the resolution an agent marker governs before a final verb of setting up ------------------

def test_a_body_set_up_by_a_resolution_with_the_agent_marker():
    got = facts("联合国南苏丹特派团由安全理事会第 1996(2011) 号决议设立。", predicate="establishes")
    assert got == {("resolution/S/RES/1996(2011)", "establishes", "org/unmiss", "Reported")}
    got = facts("开发署与联合国南苏丹特派团合作。", "该特派团由安全理事会第 1996(2011) 号决议设立。", predicate="establishes")
    assert got == {("resolution/S/RES/1996(2011)", "establishes", "org/unmiss", "Reported")}
    # a verb that does not end its clause sets up what follows it, not the subject
    assert facts("联合国南苏丹特派团由开发署协助设立了数据库。", predicate="establishes") == set()


# -- X 资助了 Y 在 Z 实施的项目: the funder of a named actor's own project gets no fact --------------------------

def test_the_funder_of_a_named_implementers_project_helps_beside_it():
    from test_relate_zh_forms2 import run

    got = run("联合国民主基金资助了开发署在尼日尔实施的一个选举项目。")
    assert {(r.subject, r.predicate, r.object, r.modality) for r in got.relations if r.predicate != "cites"} \
        == {("org/undp", "assists", "state/NER", "Reported"), ("org/undef", "assists", "state/NER", "Reported")}
    assert {(a.provider, a.recipient, a.funded_by) for a in got.assistances} == {
        ("org/undp", "state/NER", ("org/undef",)), ("org/undef", "state/NER", ())}
    # with no implementer named, the funder is the one that helps
    got = run("联合国民主基金资助了在尼日尔实施的一个选举项目。")
    assert [(a.provider, a.recipient, a.funded_by) for a in got.assistances] == [("org/undef", "state/NER", ())]


# -- person names: a dotted name after 和 whose first word the name before reached into; a name before 建议 ---

def test_a_second_dotted_name_after_a_list_separator_keeps_its_first_word():
    got = mentioned("起草小组成员为：德米特里·索科洛夫和费尔南达·卡斯特罗。")
    assert got == {1: {"person/德米特里·索科洛夫", "person/费尔南达·卡斯特罗"}}
    got = mentioned("起草小组成员为：德米特里·索科洛夫、费尔南达·卡斯特罗和林佩华。")
    assert got == {1: {"person/德米特里·索科洛夫", "person/费尔南达·卡斯特罗", "person/林佩华"}}
    # a short undotted name after 和 is no dotted name
    assert mentioned("起草小组成员为：德米特里·索科洛夫和卡斯特罗。") == {1: {"person/德米特里·索科洛夫"}}


def test_a_dotted_name_ends_before_the_recommending_verb():
    assert mentioned("所罗门·卡马拉建议理事会请人权高专办加强支持。") == {1: {"person/所罗门·卡马拉", "org/ohchr"}}


# -- 高级专员 right after a verb's 了 stands on its own ------------------------------------------------------

def test_the_high_commissioner_after_a_perfective_verb():
    assert mentioned("她还介绍了高级专员关于技术合作的年度报告。") == {1: {"org/hchr"}}
    # the deputy is no High Commissioner
    assert "org/hchr" not in mentioned("她还介绍了副高级专员的报告。").get(1, set())


# -- the bare Fund as the object of a verb of review ------------------------------------------------------

def test_the_bare_fund_after_a_verb_of_review():
    tc = "联合国人权领域技术合作自愿基金"
    assert "org/vf-tc" in mentioned("秘书长请董事会在下届会议上审查基金的申请程序。", title=tc)[1]
    assert "org/vf-tc" in mentioned("董事会审议基金的年度报告。", title=tc)[1]
    # 基金会 (a foundation) is no Fund
    assert "org/vf-tc" not in mentioned("董事会审议基金会的报告。", title=tc)[1]
