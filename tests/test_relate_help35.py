"""Help read through a State's own agency or programme, and costs paid for people to take part (the thirty-fifth
session's rules: tacb_graph/relate/roles.py ``owned_actor`` and ``possessive_subject``, tacb_graph/relate/attended.py
``_paid_to_take_part``). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _help(text: str) -> set[tuple[str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.object, r.modality) for r in rec.relations if r.predicate == "assists"}


@pytest.mark.parametrize("text, fact", [
    ("Japan's international cooperation agency had trained 40 judges of Nepal in 2091.",
     ("state/JPN", "state/NPL", "Reported")),
    ("Spain's development cooperation agency funded a workshop for prosecutors of Peru.",
     ("state/ESP", "state/PER", "Reported")),
    ("Finland questioned the concept. Its technical cooperation programme had trained 30 officers of Mongolia.",
     ("state/FIN", "state/MNG", "Reported")),
    ("印度的技术合作方案于 2090 年为斯里兰卡的 20 名警官举办了培训。", ("state/IND", "state/LKA", "Reported")),
    ("西班牙的国际发展合作署为秘鲁的检察官举办了讲习班。", ("state/ESP", "state/PER", "Reported")),
])
def test_a_state_acts_through_its_own_agency_or_programme(text, fact):
    assert fact in _help(text)


def test_the_possessive_of_an_agency_is_no_recipient():
    # the State that owns the programme is the provider, not one more party helped
    got = _help("Japan's international cooperation agency had trained 40 judges of Nepal in 2091.")
    assert not any(o == "state/JPN" for _s, o, _m in got)


@pytest.mark.parametrize("text, facts", [
    ("Denmark had paid for young lawyers of Ghana and Togo to take part in the fellowship programme.",
     {("state/DNK", "state/GHA", "Reported"), ("state/DNK", "state/TGO", "Reported")}),
    ("Ireland will pay for officials of Malawi to attend the course.", {("state/IRL", "state/MWI", "Planned")}),
    ("丹麦为加纳和多哥青年律师支付了参加研究金方案的旅费。",
     {("state/DNK", "state/GHA", "Reported"), ("state/DNK", "state/TGO", "Reported")}),
    ("爱尔兰承担了马拉维青年外交官参加培训班的费用。", {("state/IRL", "state/MWI", "Reported")}),
])
def test_paying_for_people_to_take_part_is_help(text, facts):
    assert facts <= _help(text)


@pytest.mark.parametrize("text", [
    "Ireland met officials of Malawi to follow up on the visit.",  # meeting people is not paying for them
    "Ireland met officials of Malawi to attend to the matter.",
])
def test_meeting_people_is_no_help(text):
    assert not _help(text)


def test_costs_met_from_a_fund():
    got = _help("The travel costs of the delegations of Fiji and Tonga were met from the United Nations Voluntary Fund "
                "for Technical Cooperation in the Field of Human Rights.")
    assert {("org/vf-tc", "state/FJI", "Reported"), ("org/vf-tc", "state/TON", "Reported")} <= got
    got = _help("The United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights met the "
                "airfares of the delegations from Fiji and Tonga.")
    assert {("org/vf-tc", "state/FJI", "Reported"), ("org/vf-tc", "state/TON", "Reported")} <= got


def test_an_offer_never_honoured_was_no_help():
    # 曾表示愿意…，但…没有兑现: an offer once made and then not honoured (``called_off``) did not happen
    assert ("state/DEU", "state/NAM", "Negated") in _help("德国曾表示愿意为纳米比亚的法官举办培训，但这一提议最终没有兑现。")
    assert ("state/IRL", "state/MWI", "Negated") in _help(
        "爱尔兰曾表示愿意承担马拉维议会代表团参加区域会议的费用，但这笔资助最终没有兑现。")


@pytest.mark.parametrize("text, facts", [
    # a funder named with 借助/依靠 … 的拨款 (or 由 X 出资，…) helps the recipients beside the implementer
    ("开发署借助建设和平基金的拨款，在马里北部实施了一个加强地方调解机制的项目。",
     {("org/undp", "state/MLI", "Reported"), ("org/peacebuilding-fund", "state/MLI", "Reported")}),
    ("由芬兰出资，人权高专办于 2090 年为肯尼亚国家警察编写了培训手册。",
     {("org/ohchr", "state/KEN", "Reported"), ("state/FIN", "state/KEN", "Reported")}),
    # people of the genre's professions (卫生工作者, 社区领袖 …) trained in a State are that State's
    ("古巴于 2093 年在海地培训了 120 名社区卫生工作者。", {("state/CUB", "state/HTI", "Reported")}),
    # a delegation hosted, and practices then exchanged with it
    ("肯尼亚国家人权委员会于 2091 年接待了乌干达人权委员会的代表团，双方交流了处理申诉的做法。",
     {("org/knchr", "org/uhrc", "Reported")}),
    # X financed training by Y for officials of Z: Y gave it and X paid, both help Z
    ("Japan had financed training by OHCHR for electoral officials of Kiribati and Tuvalu in 2092.",
     {("org/ohchr", "state/KIR", "Reported"), ("state/JPN", "state/KIR", "Reported"),
      ("state/JPN", "state/TUV", "Reported")}),
])
def test_funders_hosts_and_implementers(text, facts):
    assert facts <= _help(text)


def test_a_passive_agent_is_still_the_provider():
    assert ("state/JPN", "state/KIR", "Reported") in _help("Training for officials of Kiribati was financed by Japan.")


def test_a_funder_phrase_inside_its_clause_pays_for_what_it_follows():
    # 职位由 X 出资，…: X pays for the post (its holder's help), it does not fund the next clause's actor
    got = _help("自 2029 年起，人权高专办向联合国驻东帝汶国家工作队派驻一名人权顾问。2036 年，人权顾问的职位由葡萄牙出资，"
                "顾问办公室一名本国人权干事的薪金则由奥地利承担。")
    assert ("state/PRT", "org/ohchr", "Reported") not in got
    assert ("state/PRT", "state/TLS", "Reported") in got


@pytest.mark.parametrize("text, facts", [
    # a programme or project of X acts for X, named before the verb or in a restrictive relative clause
    ("The IOM programme trained officials of Albania.", {("org/iom", "state/ALB", "Reported")}),
    ("Sweden had paid for a programme of the International Organization for Migration (IOM) that trained border "
     "police of Serbia and Kosovo in 2094.", {("org/iom", "state/SRB", "Reported"), ("state/SWE", "state/SRB", "Reported")}),
    ("Norway supported a project of UNDP that had trained judges of Chad.",
     {("org/undp", "state/TCD", "Reported"), ("state/NOR", "state/TCD", "Reported")}),
])
def test_a_vehicle_of_help_acts_for_its_owner(text, facts):
    assert facts <= _help(text)


def test_a_funded_project_of_an_organization_is_no_funding_of_the_organization():
    # a project of X, funded by Y: Y pays for X's help to Z (both help Z); X is not funded by Y
    got = _help("Under a joint project of UNDP and the Office, funded by Finland, legal aid desks were opened in eight "
                "courts of first instance in Tunisia.")
    assert {("org/undp", "state/TUN", "Reported"), ("state/FIN", "state/TUN", "Reported")} <= got
    text = "1. A project of ECPAT International, funded by Italy, trained police investigators of Benin.\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    assert not [r for r in rec.relations if r.predicate == "fundedBy"]


def test_that_before_a_gerund_is_still_a_determiner():
    # (that training: a noun; that trained: the verb of a relative clause)
    assert not _help("UNDP welcomed that training of judges of Chad.")


def test_a_pronoun_funder_is_the_speaker():
    # X 介绍，在它的资助下，Y 在 Z 实施了…: X, who speaks, paid; Y carried the project out
    got = _help("挪威还介绍，在它的资助下，劳工组织于 2093 年在马拉维的矿区实施了消除童工劳动的项目。")
    assert {("org/ilo", "state/MWI", "Reported"), ("state/NOR", "state/MWI", "Reported")} <= got


def test_an_adverb_between_auxiliary_and_participle():
    assert ("org/undp", "state/TLS", "Reported") in _help("A specialist of UNDP was afterwards seconded to Timor-Leste.")


def test_a_sector_of_a_state_is_in_the_state():
    got = _help("The European Union had financed a project of the ILO against forced labour in the fishing industry of "
                "Thailand since 2092.")
    assert {("org/ilo", "state/THA", "Reported"), ("org/eu", "state/THA", "Reported")} <= got


def _stances(text: str) -> dict:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(s.holder, s.concept): s.value for s in rec.stances}


def test_a_cue_split_by_an_aside_is_still_read():
    # They feared, however, that C …: the aside set off by commas (``cue_asides``) does not hide the cue
    got = _stances("Mozambique and Ghana welcomed the emphasis on the right to development. They feared, however, that "
                   "mutually beneficial cooperation would leave small economies at a permanent disadvantage.")
    assert got[("state/GHA", "concept/mutually-beneficial-cooperation")] == "Critical"
    assert got[("state/GHA", "concept/right-to-development")] == "Supportive"


@pytest.mark.parametrize("text, fact", [
    ("Ireland had funded the detention monitoring programme of the Office of the Ombudsman of Samoa since 2090.",
     ("state/IRL", "org/ombudsman-samoa", "Reported")),
    ("Ireland funded the national action programme of Samoa.", ("state/IRL", "state/WSM", "Reported")),
])
def test_funding_a_qualified_programme_of_a_body_helps_it(text, fact):
    assert fact in _help(text)


def test_funding_a_programme_of_the_office_is_no_help_to_it():
    assert not _help("Ireland funded the regional programme of OHCHR.")


def test_a_year_and_an_article_are_no_qualifying_words():
    # would finance in 2079 a project of Y to …: Y's project (Y and the funder help Peru), no help to Y
    got = _help("Denmark would finance in 2079 a project of the International Work Group for Indigenous Affairs (IWGIA) "
                "to strengthen the territorial governments of indigenous peoples in Peru.")
    assert ("state/DNK", "org/iwgia", "Planned") not in got
    assert ("state/DNK", "state/PER", "Planned") in got
