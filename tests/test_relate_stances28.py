"""Stance forms of the genre read in the twenty-eighth session, both languages, and who submits for a report: plain
verbs of judgement (赞成, 给予肯定, reserved about), refusals to judge (不宜发表评论, 无意就…表态, declined to offer a view,
too early to take a view), doubts about what a concept refers to (究竟指…, asked who was to decide), a State speaking or
submitting for an organisation (X 代表 Y 提交的答复指出), a speech made in a group's name, agreement with another's
statement, an unnamed group whose position is no one's (一些国家欢迎这一提法), a later holder whose verb takes an actor,
and material provided that ends its clause (也提供了材料). Every sentence is written for these tests (not copied from any
report); each form recurs across the development texts of the session, written by different hands."""

from __future__ import annotations

import pytest

from test_relate_round21 import facts, stances

MBC, WW, RTD = "concept/mutually-beneficial-cooperation", "concept/win-win-cooperation", "concept/right-to-development"
CSF = "concept/community-of-shared-future"


@pytest.mark.parametrize("text, wanted", [
    ("贝宁赞成把互利合作作为双边合作的一项原则。", {("state/BEN", MBC, "Supportive")}),
    ("多哥对发展权给予肯定。", {("state/TGO", RTD, "Supportive")}),
    ("马里一贯把发展权视为国家规划的出发点。", {("state/MLI", RTD, "Supportive")}),
    ("尼日尔认为，技术合作应以发展权为依归。", {("state/NER", RTD, "Supportive")}),
    ("乍得表示，现在不宜对“共赢合作”发表评论。", {("state/TCD", WW, "NotQuestioned")}),
    ("开发署表示，它无意就互利合作一类的提法表态。", {("org/undp", MBC, "NotQuestioned")}),
    ("加蓬对“人权方面的命运共同体”未予置评。", {("state/GAB", CSF, "NotQuestioned")}),
    ("贝宁对共赢合作未置一词。", {("state/BEN", WW, "NotQuestioned")}),
    ("大赦国际问道，“共赢合作”中的“赢”究竟指谁的利益？", {("org/amnesty", WW, "Sceptical")}),
    ("多哥认为，互利合作至今缺少一个公认的定义。", {("state/TGO", MBC, "Sceptical")}),
    ("加纳认为互利合作有益；不过它也指出，这个提法的含义还需要一个各方都能接受的定义。", {("state/GHA", MBC, "Sceptical")}),
    ("马里认为，互利合作是否真正增加了资源，目前还看不出来。", {("state/MLI", MBC, "Sceptical")}),
])
def test_chinese_forms(text, wanted):
    assert stances(facts(text)) == wanted


def test_a_state_speaking_for_an_organisation_holds_with_it():
    got = stances(facts("尼日利亚代表西非国家经济共同体提交的答复指出，成员国一向支持发展权。"))
    assert got == {("state/NGA", RTD, "Supportive"), ("org/ecowas", RTD, "Supportive")}


def test_a_speech_in_a_groups_name_and_those_who_agree_with_it():
    got = stances(facts("埃及以一个国家集团名义所作的发言指出，发展权必不可少。苏丹和利比亚对埃及的发言表示赞同。"))
    assert got == {("state/EGY", RTD, "Supportive"), ("state/SDN", RTD, "Supportive"), ("state/LBY", RTD, "Supportive")}


def test_an_unnamed_group_holds_no_position_of_the_reporter():
    got = stances(facts("高级专员注意到，各方对互利合作看法不一：一些国家欢迎这一提法，另一些国家则质疑其含义。"))
    assert got == set()
    got = stances(facts("Ghana welcomed the report. Several delegations said that they valued the right to development."))
    assert ("state/GHA", RTD, "Supportive") not in got


@pytest.mark.parametrize("text, wanted", [
    ("Benin said that it looked upon win-win cooperation as the cornerstone of its partnerships.", {("state/BEN", WW, "Supportive")}),
    ("Togo argued that the right to development offered a solid footing for cooperation.", {("state/TGO", RTD, "Supportive")}),
    ("Mali was reserved about win-win cooperation.", {("state/MLI", WW, "Sceptical")}),
    ("Niger said that mutually beneficial cooperation could mean almost anything.", {("state/NER", MBC, "Sceptical")}),
    ("Chad asked whose interests win-win cooperation was meant to serve.", {("state/TCD", WW, "Sceptical")}),
    ("Gabon declined to give a view on the community of shared future.", {("state/GAB", CSF, "NotQuestioned")}),
    ("Ghana considered it too early to comment on win-win cooperation.", {("state/GHA", WW, "NotQuestioned")}),
    ("Benin stated that it had no mandate to assess win-win cooperation.", {("state/BEN", WW, "NotQuestioned")}),
    ("Togo said that it had no quarrel with mutually beneficial cooperation.", {("state/TGO", MBC, "NotQuestioned")}),
    ("Mali took a critical view of win-win cooperation.", {("state/MLI", WW, "Critical")}),
    ("Niger resisted the expression win-win cooperation.", {("state/NER", WW, "Critical")}),
    ("For Chad, the right to development and mutually beneficial cooperation were two sides of the same coin.",
     {("state/TCD", RTD, "Supportive"), ("state/TCD", MBC, "Supportive")}),
])
def test_english_forms(text, wanted):
    assert stances(facts(text)) == wanted


def test_the_submission_of_one_speaking_for_an_organisation_holds_for_both():
    got = stances(facts("Ghana made its submission on behalf of ECOWAS. The submission held that win-win cooperation "
                        "was harmful to human rights. It was more hesitant about mutually beneficial cooperation, which was rarely "
                        "defined."))
    assert got == {("state/GHA", WW, "Critical"), ("org/ecowas", WW, "Critical"),
                   ("state/GHA", MBC, "Sceptical"), ("org/ecowas", MBC, "Sceptical")}


@pytest.mark.parametrize("text, wanted", [
    ("Togo went on to say that the right to development should be the yardstick of every project.",
     {("state/TGO", RTD, "Supportive")}),
    ("Benin said that it wished to see win-win cooperation given greater weight in the Council.",
     {("state/BEN", WW, "Supportive")}),
    ("多哥把发展权列为国家人权行动计划的优先领域。", {("state/TGO", RTD, "Supportive")}),
    ("贝宁认为，互利合作的精髓在于平等协商。", {("state/BEN", MBC, "Supportive")}),
])
def test_more_forms(text, wanted):
    assert stances(facts(text)) == wanted


def test_one_speaking_for_an_organisation_submits_for_it_too():
    got = {(r.subject, r.object) for r in facts("莫桑比克代表葡萄牙语国家共同体提交了答复。").relations
           if r.predicate == "submittedInputTo"}
    assert got == {("state/MOZ", "@report"), ("org/cplp", "@report")}
    got = {(r.subject, r.object) for r in facts("Barbados made its submission on behalf of CARICOM.").relations
           if r.predicate == "submittedInputTo"}
    assert got == {("state/BRB", "@report"), ("org/caricom", "@report")}


def test_a_later_holder_whose_verb_takes_an_actor_gives_help_not_a_position():
    got = stances(facts("Mali welcomed mutually beneficial cooperation; UNDP had supported the Ministry of Justice of "
                        "Mali in drafting a law."))
    assert got == {("state/MLI", MBC, "Supportive")}


def test_a_concept_coordinated_with_a_later_holder_stays_the_first_holders():
    got = stances(facts("Ghana supported mutually beneficial cooperation, and Togo also supported it."))
    assert got == {("state/GHA", MBC, "Supportive"), ("state/TGO", MBC, "Supportive")}


def test_material_provided_that_ends_its_clause_is_a_submission():
    got = {r.subject for r in facts("开发署、大赦国际和国际人权联合会也提供了材料。").relations if r.predicate == "submittedInputTo"}
    assert got == {"org/undp", "org/amnesty", "org/fidh"}
    got = {r.subject for r in facts("开发署向该部提供了材料和设备。").relations if r.predicate == "submittedInputTo"}
    assert got == set()  # (things given for a ministry's work)
