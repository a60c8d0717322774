"""The forty-sixth session's rules: a partner set off by commas with a participle of acting helps too (``X, working with
Y, trained Z``: relate/links.py ``_acting_aside``); help given ``with the help of Y`` to an unnamed body of a country
report goes to the report's State (``support_of_report_state``), but not to a State that opens a clause of its own
after the phrase (``next_clause_opening``); what became of a request read later or in the request's own clause
(``request_to_undone`` in relate/settle.py, the undone and put-off words after a relative request in
relate/requested_help.py); an offer that received no answer (``offers`` ``refused``); a reply withheld (``sent no
substantive reply``) and a reply still awaited (zh ``section_words_not_after``); money for what was bought
(zh ``funded_back`` ``所用资金是``); the Ombudswoman (en ``backrefs.json``). Sentences of our own, not copied from any
gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment

HEAD = """A/HRC/999/12
Human Rights Council
Nine hundred and ninety-ninth session
Agenda item 10
Technical assistance and capacity-building

Technical cooperation and capacity-building in the field of human rights in {state}

Report of the United Nations High Commissioner for Human Rights

 I. Introduction

"""

HEAD_ZH = """A/HRC/999/12

人权理事会
第九百九十九届会议
议程项目 10
技术援助和能力建设

{state}人权领域的技术合作和能力建设

联合国人权事务高级专员的报告

 一. 导言

"""


def _facts(*paragraphs: str, state: str | None = None, zh: bool = False) -> set[tuple[str, str, str, str]]:
    head = ((HEAD_ZH if zh else HEAD).format(state=state) if state else "")
    text = head + "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.predicate, r.object, r.modality) for r in rec.relations if r.predicate != "cites"}


@pytest.mark.parametrize("participle", ["working with", "partnering with", "collaborating with", "working together with"])
def test_a_partner_in_an_acting_aside_helps_in_the_verb_that_follows(participle):
    facts = _facts(f"UNDP, {participle} UNICEF, trained staff of the Ministry of Justice of Ghana in 2101.")
    assert ("org/undp", "assists", "state/GHA", "Reported") in facts
    assert ("org/unicef", "assists", "state/GHA", "Reported") in facts


def test_an_acting_aside_needs_its_commas():
    facts = _facts("UNDP worked with UNICEF for years and advised the Ministry of Justice of Ghana in 2101.")
    assert ("org/unicef", "assists", "state/GHA", "Reported") not in facts


def test_help_to_an_unnamed_body_of_a_country_report_goes_to_its_state():
    facts = _facts("A help desk for victims was set up inside the family court with the help of UNICEF in 2101.",
                   state="Grenada")
    assert ("org/unicef", "assists", "state/GRD", "Reported") in facts


def test_with_the_help_of_gives_no_state_outside_a_country_report():
    facts = _facts("A help desk for victims was set up inside the family court with the help of UNICEF in 2101.")
    assert not any(p == "assists" and s == "org/unicef" for s, p, _o, _m in facts)


def test_a_state_opening_its_own_clause_is_not_the_one_helped():
    facts = _facts("The rules of the unit were drafted with the help of the United Nations Office on Drugs and Crime "
                   "(UNODC), and Canada donated two vehicles.", state="Grenada")
    assert ("org/unodc", "assists", "state/CAN", "Reported") not in facts


@pytest.mark.parametrize("outcome", ["was withdrawn by the Government later that year", "was turned down in May 2102"])
def test_a_request_to_the_one_asked_undone_in_a_later_sentence(outcome):
    facts = _facts("The Government of Ghana asked the World Health Organization to advise it on assessing age. "
                   f"The request to the World Health Organization {outcome}.")
    assert ("org/who", "assists", "state/GHA", "Negated") in facts
    assert ("state/GHA", "requests", "org/who", "Reported") in facts


def test_a_request_to_the_one_asked_merely_discussed_stays_asked():
    facts = _facts("The Government of Ghana asked the World Health Organization to advise it on assessing age. "
                   "The request to the World Health Organization was discussed in May 2102.")
    assert ("org/who", "assists", "state/GHA", "Requested") in facts


@pytest.mark.parametrize("outcome, modality", [
    ("was postponed without a new date being set", "Negated"),
    ("was cancelled", "Negated"),
    ("was moved to May 2117", "Planned"),
    ("is still under consideration", "Requested"),
])
def test_what_became_of_help_requested_from_someone(outcome, modality):
    facts = _facts(f"A course on investigating corruption that Thailand had requested from Singapore {outcome}.")
    assert ("state/SGP", "assists", "state/THA", modality) in facts
    assert ("state/THA", "requests", "state/SGP", "Reported") in facts


def test_an_offer_that_received_no_answer_was_not_taken_up():
    facts = _facts("Singapore's offer to advise Myanmar on its prison legislation received no answer.")
    assert ("state/SGP", "assists", "state/MMR", "Negated") in facts


def test_a_state_that_sent_no_substantive_reply_gave_no_input():
    facts = _facts("The Secretariat wrote to the partners concerned. Replies were received from Cambodia and Viet Nam. "
                   "Myanmar acknowledged the letter but sent no substantive reply.")
    assert ("state/KHM", "submittedInputTo", "report", "Reported") in {(s, p, o.lstrip("@"), m) for s, p, o, m in facts}
    assert ("state/MMR", "submittedInputTo", "report", "Negated") in {(s, p, o.lstrip("@"), m) for s, p, o, m in facts}
    assert ("state/MMR", "submittedInputTo", "report", "Reported") not in {(s, p, o.lstrip("@"), m) for s, p, o, m in facts}


def test_the_ombudswoman_is_the_report_states_ombudsperson():
    facts = _facts("The Ombudswoman of the Republic of Croatia opened an office in Split. "
                   "UNHCR later trained staff of the Ombudswoman in interviewing children.", state="Croatia")
    assert ("org/unhcr", "assists", "org/ombudsman-croatia", "Reported") in facts


def test_a_reply_still_awaited_is_no_submission_zh():
    facts = _facts("乍得已请儿基会支持湖区的难民儿童复课，目前仍在等待该机构的答复。", zh=True)
    assert not any(p == "submittedInputTo" for _s, p, _o, _m in facts)


def test_the_money_used_was_a_donors_zh():
    facts = _facts("开发署为圣卢西亚卫生部的 30 名官员举办了培训。所用经费系日本政府提供。", zh=True)
    assert ("state/JPN", "assists", "state/LCA", "Reported") in facts


def test_paho_by_its_regional_office_name_is_one_body_zh():
    facts = _facts("泛美卫生组织(世卫组织美洲区域办事处)派出的工程师与圣卢西亚卫生部一起，对避难场所进行了检查。", zh=True)
    assert not any("org/who" in (s, o) or "place/americas" in (s, o) for s, _p, o, _m in facts)


def test_people_among_the_participants_of_a_course_were_helped_by_its_holder():
    facts = _facts("Judges of Cambodia were among the forty participants in a course on juvenile justice that UNDP gave "
                   "in May 2115.")
    assert ("org/undp", "assists", "state/KHM", "Reported") in facts


def test_a_host_that_showed_its_visitors_how_it_works_helped_them_and_so_did_who_organized_the_visit():
    facts = _facts("In October 2116 the Ministry of the Interior of Croatia received a delegation of border officers "
                   "from Montenegro and showed them how its monitoring mechanism works. IOM organized the visit.")
    assert ("state/HRV", "assists", "state/MNE", "Reported") in facts
    assert ("org/iom", "assists", "state/MNE", "Reported") in facts
    assert ("org/iom", "assists", "state/HRV", "Reported") not in facts


@pytest.mark.parametrize("middle", ["", "He advised the Government of Croatia on prison reform. "])
def test_who_organized_a_mechanisms_visit_still_helped_the_visitor(middle):
    facts = _facts(f"The Special Rapporteur on torture visited Croatia in May 2116. {middle}OHCHR organized the visit.")
    assert ("org/ohchr", "assists", "org/sr-torture", "Reported") in facts
    assert ("org/ohchr", "assists", "state/HRV", "Reported") not in facts


def test_the_g5_sahel_by_its_short_name_and_both_parties_helping_zh():
    facts = _facts("萨赫勒五国集团的成员国包括马里。五国集团常设秘书处与人权高专办布基纳法索办事处签署了一份谅解备忘录，"
                   "双方还为布基纳法索的 210 名军官共同举办了六期培训。", zh=True)
    assert ("org/g5-sahel", "assists", "state/BFA", "Reported") in facts
    assert ("org/ohchr-burkina-faso", "assists", "state/BFA", "Reported") in facts


def test_people_who_finished_a_course_named_by_a_pronoun_zh():
    facts = _facts("2117 年 2 月，布基纳法索宪兵队的 85 名调查人员在瓦加杜古结业，他们修完了毒罪办开设的调查取证课程。", zh=True)
    assert ("org/unodc", "assists", "state/BFA", "Reported") in facts


def test_an_original_plan_called_off_after_a_contrast_undoes_every_clause_zh():
    facts = _facts("非洲儿童权利和福利问题专家委员会原定于 2117 年 9 月派团赴布基纳法索，评估过渡中心的情况，并就儿童重返社会"
                   "问题向社会行动部提供咨询，但因安全局势恶化，访问被取消。", zh=True)
    assert ("org/acerwc", "assists", "state/BFA", "Negated") in facts
    assert ("org/acerwc", "assists", "state/BFA", "Reported") not in facts


def test_help_asked_for_and_put_off_to_a_date_is_planned_zh():
    facts = _facts("布基纳法索司法部请开发署为布基纳法索的法官举办培训；由于资金未能及时到位，"
                   "开发署已把这期培训推迟到 2118 年 11 月。", zh=True)
    assert ("org/undp", "assists", "state/BFA", "Planned") in facts


@pytest.mark.parametrize("outcome, modality", [("had never been answered", "Negated"),
                                               ("was still under consideration", "Requested")])
def test_a_request_for_support_a_state_had_sent_is_asked_not_given(outcome, modality):
    facts = _facts(f"Samoa said that a request for technical assistance it had sent to UNDP in 2116 {outcome}.")
    assert ("state/WSM", "requests", "org/undp", "Reported") in facts
    assert ("org/undp", "assists", "state/WSM", modality) in facts
    assert ("state/WSM", "assists", "org/undp", "Reported") not in facts


def test_help_a_state_had_offered_in_a_relative_clause_is_still_given():
    facts = _facts("Pakistan referred to training it had offered to diplomats from Afghanistan.")
    assert ("state/PAK", "assists", "state/AFG", "Reported") in facts


def test_a_request_it_had_addressed_names_the_one_the_sentence_before_is_about():
    facts = _facts("Bosnia and Herzegovina said that its institute had identified 120 people in 2116. A request it had "
                   "addressed to the United Nations Development Programme (UNDP) to support an archive had been turned "
                   "down that year.")
    assert ("state/BIH", "requests", "org/undp", "Reported") in facts
    assert ("org/undp", "assists", "state/BIH", "Negated") in facts


def test_a_states_body_that_received_kits_was_helped():
    facts = _facts("Serbia said that its Commission on Missing Persons had received DNA sampling kits from the ICRC.")
    assert ("org/icrc", "assists", "state/SRB", "Reported") in facts


def test_a_partner_opening_a_clause_after_a_semicolon_acts_in_it():
    facts = _facts("The International Center for Transitional Justice (ICTJ) said that reparations mattered; with UNDP, "
                   "it had trained the staff of the reparations commission of the Gambia.")
    assert ("org/ictj", "assists", "state/GMB", "Reported") in facts
    assert ("org/undp", "assists", "state/GMB", "Reported") in facts
    assert ("org/ictj", "partnersWith", "org/undp", "Reported") in facts


def test_comments_on_draft_amendments_to_a_states_law_help_the_state():
    facts = _facts("UNDP commented on draft amendments to the law of Nepal.")
    assert ("org/undp", "assists", "state/NPL", "Reported") in facts


def test_its_request_to_y_names_the_one_the_sentence_before_is_about():
    facts = _facts("UNICEF reported that it had worked with UNDP on a baseline. Its request of May 2116 to OHCHR for "
                   "training on monitoring the indicators had never been answered.")
    assert ("org/unicef", "requests", "org/ohchr", "Reported") in facts
    assert ("org/ohchr", "assists", "org/unicef", "Negated") in facts


def test_a_course_a_state_had_co_taught_with_a_partner():
    facts = _facts("Singapore cited a course on court administration for judges of Cambodia that it had co-taught in "
                   "March 2117 with the OHCHR Regional Office for South-East Asia.")
    assert ("state/SGP", "assists", "state/KHM", "Reported") in facts
    assert ("org/ohchr-south-east-asia", "assists", "state/KHM", "Reported") in facts


def test_a_funds_board_grants_help_still_to_start_zh():
    facts = _facts("格林纳达请人权领域技术合作自愿基金资助其起草本国首个国家人权行动计划。人权领域技术合作自愿基金董事会为此核准了"
                   " 9 万美元，起草工作预计于 2118 年下半年启动。", zh=True)
    assert ("org/vf-tc", "assists", "state/GRD", "Planned") in facts


def test_a_funds_board_declines_for_the_fund_zh():
    facts = _facts("安提瓜和巴布达请人权领域技术合作自愿基金出资修建一座老年人日间照料中心，人权领域技术合作自愿基金董事会认为"
                   "这属于基础设施投资，没有核准。", zh=True)
    assert ("org/vf-tc", "assists", "state/ATG", "Negated") in facts


def test_doctors_sent_to_a_state_help_it_zh():
    facts = _facts("古巴代表说，古巴自 2116 年起向海地派遣康复医师，为地震中致残的人提供治疗。", zh=True)
    assert ("state/CUB", "assists", "state/HTI", "Reported") in facts


def test_the_commission_itself_is_the_commission_the_sentence_is_about():
    text = ("1. Singapore's delegation presented the programme at a forum convened by the Economic and Social Commission "
            "for Asia and the Pacific (ESCAP). The ASEAN Intergovernmental Commission on Human Rights (AICHR) attended.\n\n"
            "2. AICHR noted that its members held different views about the idea of a community of shared future for "
            "human beings in the field of human rights and stated that the Commission itself took no position on it.\n\n")
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    held = {(s.holder, s.concept) for s in rec.stances}
    assert ("org/aichr", "concept/community-of-shared-future") in held
    assert ("org/escap", "concept/community-of-shared-future") not in held


def test_an_opinion_delivered_in_a_country_report_helps_its_state():
    facts = _facts("An opinion on the draft law was delivered jointly by the European Commission for Democracy through "
                   "Law (Venice Commission) and UNDP.", state="North Macedonia")
    assert ("org/venice-commission", "assists", "state/MKD", "Reported") in facts
    assert ("org/undp", "assists", "state/MKD", "Reported") in facts


def test_an_opinion_delivered_outside_a_country_report_helps_no_one():
    facts = _facts("An opinion on the draft law was delivered by UNDP.")
    assert not any(p == "assists" for _s, p, _o, _m in facts)


@pytest.mark.parametrize("lead", ["where", "during which"])
def test_hosts_who_showed_visitors_how_they_work_helped_them_and_the_payer_of_the_trip(lead):
    facts = _facts("Nine members of the staff of the Ministry of Justice of Serbia spent a week in Zagreb, "
                   f"{lead} the Ombudsperson of the Republic of Croatia showed them how it deals with complaints. "
                   "Switzerland paid for the trip.")
    assert ("org/ombudsman-croatia", "assists", "state/SRB", "Reported") in facts
    assert ("state/CHE", "assists", "state/SRB", "Reported") in facts


def test_a_partner_of_the_one_training_was_received_from_helps_with_it():
    facts = _facts("Staff of the Ombudsman of the Republic of North Macedonia had received training from the European "
                   "Network of National Human Rights Institutions (ENNHRI), in partnership with the OHCHR Regional "
                   "Office for Europe.")
    assert ("org/ennhri", "assists", "org/ombudsman-north-macedonia", "Reported") in facts
    assert ("org/ohchr-europe", "assists", "org/ombudsman-north-macedonia", "Reported") in facts
    assert ("org/ennhri", "partnersWith", "org/ohchr-europe", "Reported") in facts
    assert ("org/ombudsman-north-macedonia", "partnersWith", "org/ohchr-europe", "Reported") not in facts


def _stances(text: str) -> set[tuple[str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(s.holder, s.concept, s.value) for s in rec.stances}


def test_a_submission_that_says_nothing_of_a_concept_zh():
    assert ("state/CAN", "concept/mutually-beneficial-cooperation", "NotQuestioned") in \
        _stances("加拿大的呈件对互利合作只字未评，通篇介绍的是它资助的项目。")


def test_a_states_ministry_speaks_for_the_state_zh():
    assert ("state/ZAF", "concept/mutually-beneficial-cooperation", "Supportive") in \
        _stances("南非国际关系与合作部在书面材料中表示，国家办事处的工作以南非自主确定的优先事项为基础，这正是互利合作的体现。")


def test_the_former_and_the_latter_after_a_connective_each_hold_their_view():
    got = _stances("Viet Nam and Sweden both referred to win-win cooperation: the former welcomed it as a basis for "
                   "sharing medical technology, while the latter expressed no view on it.")
    assert ("state/VNM", "concept/win-win-cooperation", "Supportive") in got
    assert ("state/SWE", "concept/win-win-cooperation", "NotQuestioned") in got
    assert ("state/VNM", "concept/win-win-cooperation", "NotQuestioned") not in got


def test_a_submission_that_held_a_view_is_its_makers():
    got = _stances("Barbados made its submission on behalf of CARICOM. The submission held that mutually beneficial "
                   "cooperation was useful.")
    assert ("state/BRB", "concept/mutually-beneficial-cooperation", "Supportive") in got
    assert ("org/caricom", "concept/mutually-beneficial-cooperation", "Supportive") in got


def test_a_view_declared_after_an_opener():
    got = _stances("In a joint statement, Australia and New Zealand declared that the community of shared future was "
                   "unsuited to texts on technical cooperation, since it placed the State rather than the individual at "
                   "the centre.")
    assert ("state/AUS", "concept/community-of-shared-future", "Critical") in got
    assert ("state/NZL", "concept/community-of-shared-future", "Critical") in got


def test_a_funds_board_endorses_help_still_to_start():
    facts = _facts("In 2112, Armenia asked the United Nations Voluntary Fund for Technical Cooperation in the Field of "
                   "Human Rights to support the Ministry of Justice of Armenia. The Board of Trustees of the United "
                   "Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights endorsed the proposal "
                   "at its Kyiv session; the OHCHR Regional Office for Europe, which will carry out the project, is to "
                   "start work in April 2113.")
    assert ("org/vf-tc", "assists", "state/ARM", "Planned") in facts


def test_a_request_approved_by_the_one_asked_is_help_given():
    facts = _facts("Armenia asked UNDP to support its Ministry of Justice. UNDP approved the request in May.")
    assert ("org/undp", "assists", "state/ARM", "Reported") in facts


def test_the_commission_after_an_unnamed_commission_is_that_body_not_an_earlier_one():
    text = ("1. An opinion on the draft was delivered by the European Commission for Democracy through Law (Venice "
            "Commission).\n\n2. The Commission for Prevention and Protection against Discrimination of North Macedonia "
            "received a legal officer. Nine members of the Commission later spent a week in Zagreb, where the "
            "Ombudsperson of the Republic of Croatia showed them how it deals with complaints.\n\n")
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    assert ("org/ombudsman-croatia", "assists", "org/venice-commission") not in {
        (r.subject, r.predicate, r.object) for r in rec.relations}


def test_all_three_institutions_are_the_three_named_before():
    facts = _facts("Representatives of the Ombudsman of the Republic of North Macedonia, the People's Advocate of Albania "
                   "and the Protector of Human Rights and Freedoms of Montenegro described how they monitor follow-up. "
                   "Staff of all three institutions had received training on that task from ENNHRI.")
    for nhri in ("org/ombudsman-north-macedonia", "org/peoples-advocate-albania", "org/ombudsman-montenegro"):
        assert ("org/ennhri", "assists", nhri, "Reported") in facts
