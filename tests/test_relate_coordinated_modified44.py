"""Two holders of one act joined by 与 (``X 与 Y 在 P 为 Z 举办了培训``: zh ``partners`` ``coordinated_for``) and by an
opening joint phrase (``Working together, A and B trained …``: en ``joint_opening``); a relative modifier between 为 and
the one helped (``为即将部署的 X 士兵``: ``modifier_tail``) and the 即将 of such a modifier, which plans nothing
(``unless_followed``); what a request's answer says will start (``启动``, zh ``done_verbs``); a plan put off with no
new date (``put_off_undone`` in ``_undone_plan``); a secondment paid for in the next
sentence (``这次借调由 F 出资``: zh ``extra_nouns``, ``thing_heads``); a parliament's human rights committee, no
Commission on Human Rights (``not_names.csv``); in English, a grant for help to a State that makes no help to the one who used it
(``supported.py``), work done with written comments from a body (``support_of``), an office funded in part by a fund (en ``funded_by``
``verbs``), and a simulation as an activity. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _read(text: str):
    text = f"1. {text}\n\n"
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    return {(r.subject, r.predicate, r.object, r.modality) for r in _read(text).relations if r.predicate != "cites"}


@pytest.mark.parametrize("text, modality", [
    ("联合国开发计划署(开发署)与人权高专办于 2106 年 4 月在基希讷乌为摩尔多瓦共和国的检察官举办了培训。", "Reported"),
    ("联合国开发计划署(开发署)与人权高专办为摩尔多瓦共和国的检察官编写了一本手册。", "Reported"),
    ("联合国开发计划署(开发署)将与人权高专办于 2107 年为摩尔多瓦共和国的检察官举办培训。", "Planned"),
])
def test_two_holders_joined_by_yu(text, modality):
    found = _facts(text)
    assert ("org/undp", "assists", "state/MDA", modality) in found
    assert ("org/ohchr", "assists", "state/MDA", modality) in found
    assert ("org/undp", "partnersWith", "org/ohchr", modality) in found


def test_a_state_joined_by_yu_is_no_co_holder():
    # (X 与 A 国司法部为法官举办培训: the ministry's State is the one the training is for, not a partner by 与 alone)
    found = _facts("联合国开发计划署(开发署)与摩尔多瓦共和国司法部为该国法官举办了培训。")
    assert not any(p == "partnersWith" for _s, p, _o, _m in found)


def test_an_opening_joint_phrase_makes_its_doers_partners():
    found = _facts("Working together, UNDP and OHCHR trained 35 prosecutors of the Republic of Moldova.")
    assert ("org/undp", "partnersWith", "org/ohchr", "Reported") in found
    assert ("org/ohchr", "assists", "state/MDA", "Reported") in found


@pytest.mark.parametrize("text", [
    "联合国开发计划署(开发署)为即将部署的尼日尔士兵举办了培训。",
    "联合国开发计划署(开发署)为 300 名新招募的尼日尔警察举办了培训。",
    "联合国开发计划署(开发署)为负责边境管理的尼日尔官员举办了培训。",
])
def test_a_relative_modifier_before_the_one_helped(text):
    assert ("org/undp", "assists", "state/NER", "Reported") in _facts(text)


def test_what_the_one_asked_says_it_will_start():
    found = _facts("尼日尔已请开发署协助建立残疾数据系统，开发署表示将于 2107 年下半年启动相关项目。")
    assert ("org/undp", "assists", "state/NER", "Planned") in found


@pytest.mark.parametrize("text, modality", [
    ("原定于 2106 年 9 月由开发署为尼日尔官员举办的培训被推迟，新的日期尚未确定。", "Negated"),
    ("原定于 2106 年 9 月由开发署为尼日尔官员举办的培训因选举而推迟，至今未确定新的日期。", "Negated"),
    ("原定于 2106 年 9 月由开发署为尼日尔官员举办的培训推迟到 2107 年举行。", "Planned"),
])
def test_a_plan_put_off(text, modality):
    assert ("org/undp", "assists", "state/NER", modality) in _facts(text)


def test_a_secondment_paid_for_in_the_next_sentence():
    found = _facts("人权高专办西非区域办事处向尼日尔国家人权委员会借调了一名人权干事。这次借调由联合国人权领域技术合作自愿基金出资。")
    assert ("org/vf-tc", "assists", "org/cndh-niger", "Reported") in found
    assert not any(p == "fundedBy" for _s, p, _o, _m in found)


def test_a_parliament_s_human_rights_committee_is_no_commission():
    rec = _read("各国议会联盟为尼日尔议会的人权委员会编写了一份指南。")
    assert "org/chr" not in {e.key for e in rec.entities}


def test_a_grant_for_help_to_a_state_is_no_help_to_the_implementer():
    # (Y developed a module for officials of Z with a grant from X: X pays for Y's help to Z, it does not help Y)
    found = _facts("OHCHR developed a training module for officials of the Niger with a grant from Norway.")
    assert ("state/NOR", "assists", "state/NER", "Reported") in found
    assert ("org/ohchr", "assists", "state/NER", "Reported") in found
    assert not any(s == "state/NOR" and o == "org/ohchr" for s, p, o, _m in found if p == "assists")


def test_a_simulation_is_an_activity():
    found = _facts("Prosecutors of the Niger took part in a simulation of trials, which UNDP organized.")
    assert ("org/undp", "assists", "state/NER", "Reported") in found


def test_work_done_with_written_comments_from_a_body():
    found = _facts("The Niger reported that its disability law had been redrafted with written comments from UNDP.")
    assert ("org/undp", "assists", "state/NER", "Reported") in found


def test_an_office_funded_in_part():
    found = _facts("The OHCHR Country Office in the Niger was funded in part by the Peacebuilding Fund.")
    assert ("org/ohchr-niger", "fundedBy", "org/peacebuilding-fund", "Reported") in found
