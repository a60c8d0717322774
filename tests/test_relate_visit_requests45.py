"""A mechanism's request to visit a country, whatever became of it (``requests`` ``visit``: ``visit_requests.py``; a
request for a country visit asks for no help); an application for money to a fund (``向 F 申请资助``: zh ``requests``
``made`` ``applied``) and a request its maker withdrew (``撤回了申请``, ``withdrew its request``: ``made`` ``withdrawn``);
a partner named after the actor of a request, after a time phrase (``应 X 的请求，A 与 B 于 2041 年共同协助…``: zh
``partners`` ``time_before_verb``); English partners that acted jointly or together (``trained jointly by A and B``,
``which A and B had designed together``: en ``partners`` ``joint_by``, ``joint``); teams of a State body trained (en
``beneficiaries`` ``teams``); the host of guests sent to learn (en ``learners`` ``guest_markers``, ``guest_organ``); and
people who completed a course someone taught (zh ``participation_verbs`` ``完成``).
Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _read(text: str, name: str = "t.txt"):
    text = f"1. {text}\n\n"
    return relate(recognise(segment(Source(name, "t", text, "0", "utf-8", len(text)))))


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    return {(r.subject, r.predicate, r.object, r.modality) for r in _read(text).relations if r.predicate != "cites"}


def _en(text: str) -> set[tuple[str, str, str, str]]:
    text = f"A/HRC/1/1\n\nHuman Rights Council\n\nI. Introduction\n\n1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.predicate, r.object, r.modality) for r in rec.relations if r.predicate != "cites"}


@pytest.mark.parametrize("text, maker, state", [
    # made with no addressee: the State of the sentence before
    ("柬埔寨至今未设立国家人权机构。任意拘留问题工作组于 2101 年提出访问要求，未获准。", "org/wgad", "state/KHM"),
    # a relative clause: the request that was made
    ("柬埔寨接受了审议。酷刑问题特别报告员 2102 年提出的国别访问请求仍未得到答复。", "org/sr-torture", "state/KHM"),
    # a possessive: the State that did not answer it
    ("酷刑问题特别报告员表示，由于柬埔寨政府未答复他的访问请求，他今年不会访问该国。", "org/sr-torture", "state/KHM"),
    # the request as a verb, the State written to
    ("任意拘留问题工作组两次致函柬埔寨常驻日内瓦代表团，请求访问该国，但均未获答复。", "org/wgad", "state/KHM"),
    # the owner named right before the noun
    ("柬埔寨政府在本报告所述期间拒绝了任意拘留问题工作组的访问请求。", "org/wgad", "state/KHM"),
])
def test_a_visit_request_is_made_to_the_state_whatever_its_fate(text, maker, state):
    assert (maker, "requests", state, "Reported") in _facts(text)


def test_a_visit_request_that_was_never_made_is_none():
    facts = _facts("柬埔寨至今未设立国家人权机构。任意拘留问题工作组没有提出访问要求。")
    assert not any(p == "requests" for _s, p, _o, _m in facts)


def test_the_one_a_visit_request_is_addressed_to_is_no_other_state():
    facts = _facts("泰国接受了审议。任意拘留问题工作组于 2101 年向柬埔寨提出访问要求，未获准。")
    assert ("org/wgad", "requests", "state/KHM", "Reported") in facts
    assert ("org/wgad", "requests", "state/THA", "Reported") not in facts


@pytest.mark.parametrize("text, modality", [
    ("蒙古政府向执行普遍定期审议财政和技术援助自愿基金申请资助，用于制定国家行动计划。", None),
    ("蒙古政府向执行普遍定期审议财政和技术援助自愿基金申请资助；截至本报告定稿之时，该申请仍在审查之中。", "Requested"),
    ("蒙古政府向执行普遍定期审议财政和技术援助自愿基金申请赠款，但申请未获批准。", "Negated"),
])
def test_an_application_for_money_is_a_request_to_the_fund(text, modality):
    facts = _facts(text)
    assert ("state/MNG", "requests", "org/upr-vf-fta", "Reported") in facts
    if modality:
        assert ("org/upr-vf-fta", "assists", "state/MNG", modality) in facts


def test_applying_for_accreditation_asks_for_no_money():
    facts = _facts("蒙古国家人权委员会准备向国家人权机构全球联盟申请认证。")
    assert not any(p == "requests" for _s, p, _o, _m in facts)


def test_a_partner_after_a_time_phrase_answers_the_request_too():
    facts = _facts("应蒙古政府的请求，人权高专办与教科文组织于 2103 年共同协助该国教育部修订了公民课程。")
    assert ("state/MNG", "requests", "org/ohchr", "Reported") in facts
    assert ("state/MNG", "requests", "org/unesco", "Reported") in facts


@pytest.mark.parametrize("text, a, b", [
    ("Border guards of Mongolia, trained jointly by IOM and UNHCR, issued 300 identity cards.", "org/iom", "org/unhcr"),
    ("A needs assessment was carried out for the Government of Mongolia in 2103, jointly by UNICEF and UNDP.",
     "org/undp", "org/unicef"),
    ("Forty judges of Mongolia followed a course on fair trial, which OHCHR and UNDP had designed together.",
     "org/ohchr", "org/undp"),
])
def test_english_agents_that_acted_jointly_or_together_are_partners(text, a, b):
    facts = _en(text)
    assert (a, "partnersWith", b, "Reported") in facts or (b, "partnersWith", a, "Reported") in facts


def test_brought_together_makes_no_partners():
    facts = _en("The workshop, which UNDP organized, brought together UNICEF and UNFPA staff from Mongolia.")
    assert not any(p == "partnersWith" for _s, p, _o, _m in facts)


@pytest.mark.parametrize("text, maker", [
    ("The Special Rapporteur on contemporary forms of slavery visited Mongolia in 2103. Her request to return for a "
     "follow-up visit in 2105 has not yet been accepted by the Government of Mongolia.", "org/sr-slavery"),
    ("Mongolia has not answered the Working Group on Arbitrary Detention's request to visit the country.", "org/wgad"),
])
def test_an_english_visit_request_is_made_to_the_state(text, maker):
    assert (maker, "requests", "state/MNG", "Reported") in _en(text)


def test_a_request_for_a_country_visit_asks_for_no_help():
    facts = _en("The Working Group on Arbitrary Detention renewed its request for a country visit to Mongolia in 2104.")
    assert ("org/wgad", "requests", "state/MNG", "Reported") in facts
    assert not any(p == "assists" for _s, p, _o, _m in facts)


def test_teams_of_a_state_body_trained_by_two_are_helped_by_both():
    facts = _en("Mobile teams of the State Migration Service of Mongolia, equipped by IOM and trained jointly by IOM and "
                "UNHCR, issued identity cards to 6,000 displaced persons.")
    assert ("org/iom", "assists", "state/MNG", "Reported") in facts
    assert ("org/unhcr", "assists", "state/MNG", "Reported") in facts


@pytest.mark.parametrize("text, host", [
    ("Eleven officers of the Prison Department of Mongolia spent a week in Amman as guests of the Public Security "
     "Directorate of Jordan.", "state/JOR"),
    ("Four officials of Mongolia spent a week in Copenhagen as guests of the Danish Institute for Human Rights.",
     "org/dihr"),
])
def test_the_host_of_guests_sent_to_learn_helps_them(text, host):
    assert (host, "assists", "state/MNG", "Reported") in _en(text)


@pytest.mark.parametrize("text", [
    "蒙古政府向执行普遍定期审议财政和技术援助自愿基金提出的资助申请已于 2104 年 8 月撤回。",
    "蒙古政府原计划利用执行普遍定期审议财政和技术援助自愿基金的赠款开展一次调查，但于 2104 年 1 月撤回了申请。",
])
def test_a_withdrawn_application_was_made_and_gave_no_help(text):
    facts = _facts(text)
    assert ("state/MNG", "requests", "org/upr-vf-fta", "Reported") in facts
    assert ("org/upr-vf-fta", "assists", "state/MNG", "Negated") in facts


def test_an_english_withdrawn_request_was_made_and_gave_no_help():
    facts = _en("The Government of Mongolia had withdrawn its request for support from the Voluntary Fund for Financial "
                "and Technical Assistance in the Implementation of the Universal Periodic Review.")
    assert ("state/MNG", "requests", "org/upr-vf-fta", "Reported") in facts
    assert ("org/upr-vf-fta", "assists", "state/MNG", "Negated") in facts


def test_an_invitation_first_made_then_withdrawn_gave_no_help():
    facts = _facts("蒙古政府原本邀请人权高专办就反恐立法的修订提供咨询意见，但于 2104 年 2 月撤回了邀请。")
    assert ("org/ohchr", "assists", "state/MNG", "Negated") in facts
    assert ("org/ohchr", "assists", "state/MNG", "Requested") not in facts


def test_troops_withdrawn_are_no_request():
    facts = _en("The Government of Mongolia withdrew its troops from the border in 2104.")
    assert not any(p == "requests" for _s, p, _o, _m in facts)


def test_people_who_completed_a_course_someone_taught_were_helped_by_it():
    assert ("org/unodc", "assists", "state/MNG", "Reported") in _facts(
        "2103 年，蒙古警察学院的 45 名教官完成了联合国毒品和犯罪问题办公室(毒罪办)讲授的人权课程。")
    assert not any(p == "assists" for _s, p, _o, _m in _facts("人权高专办完成了对蒙古的需求评估报告的翻译。")
                   if _s == "state/MNG")


def test_a_request_named_before_its_withdrawal_names_the_one_asked():
    facts = _facts("蒙古政府此前向人权高专办提出的援助请求已于 2104 年 8 月撤回。")
    assert ("state/MNG", "requests", "org/ohchr", "Reported") in facts
    assert ("org/ohchr", "assists", "state/MNG", "Negated") in facts
