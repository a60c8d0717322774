"""Round 22 (tenth session): forms read from the opened twenty-second sets' misses, each written here as a
general form of the genre on sentences of our own (no sentence of any report)."""

from __future__ import annotations

import pytest
from test_relate_round21 import facts, triples  # (the same pipeline run and fact view as round 21's tests)

from tacb_graph.records import Source
from tacb_graph.recognise import recognise
from tacb_graph.segment import segment


def contributions(found) -> set[tuple]:
    return {(c.contributor, c.recipient, c.amount, c.currency) for c in found.contributions}


# -- the State of a passage -------------------------------------------------------------------------------------

def test_a_bare_ministry_is_not_the_donor_named_just_before():
    got = triples(facts("UNDP trained 40 police officers of Malawi. The course was paid for by Ireland. "
                        "UNDP also advised the Ministry of Health on a new regulation."))
    assert ("org/undp", "assists", "state/MWI", "Reported") in got
    assert ("state/IRL", "assists", "state/MWI", "Reported") in got
    assert ("org/undp", "assists", "state/IRL", "Reported") not in got


def test_a_bare_ministry_asking_for_help_is_the_passages_state():
    got = triples(facts("OHCHR trained prison staff of Zambia. In March, the Ministry of Justice sent a request to "
                        "UNICEF for help with a juvenile justice bill."))
    assert ("state/ZMB", "requests", "org/unicef", "Reported") in got


def test_the_ministry_of_a_state_named_after_it_is_still_that_states():
    got = triples(facts("Portugal funded a workshop in Angola. The Ministry of Justice of Mozambique asked OHCHR to "
                        "train its judges."))
    assert ("state/MOZ", "requests", "org/ohchr", "Reported") in got


def test_a_training_cycle_named_again_carries_its_funder():
    got = triples(facts("In 2030, UNDP trained 90 magistrates of Malawi. The cycle was financed by Ireland."))
    assert ("state/IRL", "assists", "state/MWI", "Reported") in got


# -- posts paid for -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Denmark paid for a protection officer in the OHCHR Regional Office for West Africa.",
    "Denmark has funded, since 2031, two posts in the OHCHR Regional Office for West Africa.",
    "Denmark financed the post of a gender adviser in the OHCHR Regional Office for West Africa.",
])
def test_a_post_in_an_office_paid_by_a_donor_helps_the_office(sentence):
    got = triples(facts(sentence))
    assert ("state/DNK", "assists", "org/ohchr-west-africa", "Reported") in got


def test_experts_paid_for_in_a_state_help_the_state_not_an_office():
    got = triples(facts("Denmark paid for two experts in Malawi."))
    assert ("state/DNK", "assists", "state/MWI", "Reported") in got


# -- submissions, partnerships ------------------------------------------------------------------------------------

def test_written_submissions_sent_are_input_to_the_report():
    got = triples(facts("Chile, Ghana and Amnesty International sent written submissions, which the summary reflects."))
    assert {("state/CHL", "submittedInputTo", "@report", "Reported"), ("state/GHA", "submittedInputTo", "@report", "Reported"),
            ("org/amnesty", "submittedInputTo", "@report", "Reported")} <= got


@pytest.mark.parametrize("sentence", [
    "UNESCO and OHCHR cooperated on a handbook on media freedom.",
    "UNESCO and OHCHR agreed in March 2031 to cooperate on a handbook on media freedom.",
    "The Deputy High Commissioner recalled the memorandum of understanding that UNESCO and OHCHR had signed in 2029.",
])
def test_a_pair_that_cooperates_or_signed_an_agreement_partners(sentence):
    got = triples(facts(sentence))
    assert any(p == "partnersWith" and {s, o} == {"org/unesco", "org/ohchr"} for s, p, o, _m in got)


def test_those_urged_to_cooperate_partner_not_those_who_urge():
    got = triples(facts("Chile and Peru urged UNESCO and OHCHR to cooperate on the reform."))
    assert not any(p == "partnersWith" and {s, o} == {"state/CHL", "state/PER"} for s, p, o, _m in got)


def test_a_treaty_two_states_signed_is_no_partnership():
    got = triples(facts("She recalled the Convention that Chile and Peru signed in 2029."))
    assert not any(p == "partnersWith" for _s, p, _o, _m in got)


# -- offers ---------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, modality", [
    ("The Government of Malawi declined an offer by UNICEF to review its child justice law.", "Negated"),
    ("An offer from UNICEF to review the child justice law of Malawi was turned down.", "Negated"),
    ("Malawi accepted an offer by UNICEF to review its child justice law.", "Reported"),
    ("UNICEF offered to train prison staff of Malawi, but the Government declined.", "Negated"),
])
def test_help_offered_and_refused_or_accepted(sentence, modality):
    got = triples(facts(sentence))
    assert ("org/unicef", "assists", "state/MWI", modality) in got


def test_an_offer_with_no_answer_is_no_fact_and_no_reply_is_no_submission():
    got = triples(facts("UNICEF made an offer to Malawi. The Government has not yet replied."))
    assert not any(p in ("assists", "submittedInputTo") for _s, p, _o, _m in got)


# -- what became of a request -------------------------------------------------------------------------------------

def test_a_request_agreed_and_scheduled_is_planned_help():
    got = triples(facts("The Senate of Paraguay asked the High Commissioner to train its staff on treaty reporting. "
                        "The High Commissioner agreed, and the course is scheduled for May 2031."))
    assert ("org/hchr", "assists", "state/PRY", "Planned") in got


# -- money ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, code", [
    ("Norway contributed 2 million kroner to OHCHR in 2030.", "NOK"),
    ("Denmark gave 5 million kroner to OHCHR in 2030.", "DKK"),
])
def test_kroner_take_the_contributors_currency(sentence, code):
    (c,) = contributions(facts(sentence))
    assert c[3] == code


def test_contributions_that_made_an_offices_work_possible_go_to_the_office():
    got = contributions(facts("The activities of the OHCHR Regional Office for West Africa in 2030 were made possible by "
                              "voluntary contributions, including €200,000 from Ireland and CHF 100,000 from Switzerland."))
    assert got == {("state/IRL", "org/ohchr-west-africa", "200000", "EUR"),
                   ("state/CHE", "org/ohchr-west-africa", "100000", "CHF")}


# -- Chinese ----------------------------------------------------------------------------------------------------------

def test_zh_offices_sharing_premises_partner():
    got = triples(facts("人权高专办与开发署在马拉维合署办公。"))
    assert ("org/ohchr", "partnersWith", "org/undp", "Reported") in got


# -- a speaker's own body, its people, the one who asked ------------------------------------------------------------

def test_his_commission_is_the_speakers_body_and_its_people_trained_are_helped():
    got = triples(facts("The panellists included Ana Ruiz, President of the Commission on Human Rights of the Philippines. "
                        "Ms. Ruiz said that her Commission had opened a unit with a grant from Sweden, and that its "
                        "monitors had been trained by the Danish Institute for Human Rights."))
    assert {("state/SWE", "assists", "org/chrp", "Reported"), ("org/dihr", "assists", "org/chrp", "Reported")} <= got


def test_helped_it_after_a_request_helps_the_one_who_asked():
    got = triples(facts("At the request of Zambia, UNICEF had helped it to draft a child justice bill."))
    assert ("org/unicef", "assists", "state/ZMB", "Reported") in got


def test_a_triangular_arrangement_in_a_closing_aside():
    got = triples(facts("Chile had trained officials of Peru and Ecuador in data protection, under a triangular "
                        "cooperation arrangement with Spain."))
    assert {("state/CHL", "assists", "state/PER", "Reported"), ("state/ESP", "assists", "state/ECU", "Reported")} <= got
    assert any(p == "partnersWith" and {s, o} == {"state/CHL", "state/ESP"} for s, p, o, _m in got)
    assert not any(p == "partnersWith" and "state/PER" in (s, o) for s, p, o, _m in got)


def test_zh_the_office_named_again_is_the_institution():
    got = triples(facts("萨摩亚监察员办公室是萨摩亚的国家人权机构。开发署为该办公室的 20 名工作人员举办了培训。"))
    assert ("org/undp", "assists", "org/ombudsman-samoa", "Reported") in got


def test_zh_a_request_made_and_pending_is_help_asked_for():
    got = triples(facts("马拉维政府向项目署提出了请求，该请求目前仍在审议中。"))
    assert ("org/unops", "assists", "state/MWI", "Requested") in got


def test_zh_a_request_the_one_asked_did_not_answer_with_help_is_negated_help():
    got = triples(facts("马拉维监狱管理局请开发署为其采购设备。开发署认为该请求超出其任务范围，没有提供这一支助。"))
    assert ("org/undp", "assists", "state/MWI", "Negated") in got


def test_zh_a_funder_of_an_activity_named_again():
    got = triples(facts("人权高专办为赞比亚的法官举办了培训。挪威资助了这次培训。"))
    assert ("state/NOR", "assists", "state/ZMB", "Reported") in got


def test_zh_costs_borne_by_an_offices_programme():
    got = triples(facts("人权高专办为马拉维官员举办了讲习班，费用由人权高专办的条约机构能力建设方案承担。"))
    assert ("org/tbcbp", "assists", "state/MWI", "Reported") in got


def test_zh_a_request_then_done_is_reported_help():
    got = triples(facts("赞比亚请劳工组织协助审查其劳动法。劳工组织已于同年完成了审查。"))
    assert ("org/ilo", "assists", "state/ZMB", "Reported") in got


def test_zh_a_dotted_name_ends_before_the_verb():
    found = recognise(segment(Source("t.txt", "t", "1. 委员会主席玛丽亚·戈麦斯发了言。\n", "0", "utf-8", 0)))
    assert [m.surface for m in found.mentions if m.entity.startswith("person/")] == ["玛丽亚·戈麦斯"]


def test_an_encouragement_after_a_proposal_is_its_own_request():
    got = triples(facts("The Special Rapporteur proposed that the Council ask the Office to draft guidance, and encouraged "
                        "the Office to support the National Human Rights Commission of Mongolia."))
    assert ("org/ohchr", "assists", "org/nhrc-mongolia", "Requested") in got
    got = triples(facts("The Special Rapporteur recommended that the Council request OHCHR to support the National Human "
                        "Rights Commission of Mongolia."))
    assert ("org/ohchr", "assists", "org/nhrc-mongolia", "Recommended") in got


# -- requests of a resolution, and NHRIs that ask -------------------------------------------------------------------

def test_the_body_that_invites_gives_no_help_provided_by_another():
    got = triples(facts("By its resolution 81/5, the Human Rights Council invited the High Commissioner to strengthen the "
                        "technical cooperation provided to Malawi."))
    assert ("org/hchr", "assists", "state/MWI", "Requested") in got
    assert not any(s == "org/hrc" and p == "assists" for s, p, _o, _m in got)


@pytest.mark.parametrize("sentence", [
    "The Council requested OHCHR to prepare a report on the workshop for presentation to the Council at its next session.",
    "The Council requested the High Commissioner to continue to provide Malawi with technical assistance and to report "
    "thereon to the Council at its next session.",
])
def test_a_report_to_the_council_is_no_help_to_it(sentence):
    got = triples(facts(sentence))
    assert not any(p == "assists" and o == "org/hrc" for _s, p, o, _m in got)


def test_the_second_workshop_organized_with_a_partner_after_a_semicolon():
    got = triples(facts("UNDP held two workshops for judges of Chile and Peru; the second workshop was organized jointly "
                        "with the International Commission of Jurists."))
    assert {("org/icj-jurists", "assists", "state/CHL", "Reported"), ("org/icj-jurists", "assists", "state/PER", "Reported")} <= got


@pytest.mark.parametrize("sentence", [
    "The National Human Rights Commission of Nepal asked UNDP to support an electronic complaints register.",
    "At the request of the National Human Rights Commission of Nepal, UNDP supported the opening of a regional office.",
])
def test_an_nhri_that_asks_for_help_with_a_thing_is_helped(sentence):
    got = triples(facts(sentence))
    assert any(s == "org/undp" and p == "assists" and o == "org/nhrc-nepal" for s, p, o, _m in got)


def test_zh_the_one_asked_agrees_to_send_experts_is_planned_help():
    got = triples(facts("乌干达人权委员会请开发署协助建立投诉登记系统，开发署已同意明年派专家赴坎帕拉开展这项工作。"))
    assert ("org/undp", "assists", "org/uhrc", "Planned") in got


def test_sought_and_obtained_is_a_request_met():
    got = triples(facts("Chad sought and obtained advice from UNDP on its electoral code."))
    assert {("state/TCD", "requests", "org/undp", "Reported"), ("org/undp", "assists", "state/TCD", "Reported")} <= got


def test_coordinating_ones_own_work_with_a_partner():
    got = triples(facts("UNICEF coordinated its outreach to schools with UNESCO."))
    assert ("org/unicef", "partnersWith", "org/unesco", "Reported") in got


@pytest.mark.parametrize("sentence", [
    "The Government of Malawi left unanswered the offers of technical cooperation made by UNICEF.",
    "The Government of Malawi did not respond to the offer of UNICEF to review its child justice law.",
])
def test_offers_left_unanswered_are_help_not_given(sentence):
    got = triples(facts(sentence))
    assert ("org/unicef", "assists", "state/MWI", "Negated") in got


def test_zh_a_meeting_named_again_by_its_head():
    got = triples(facts("人权高专办举办了一次次区域会议，危地马拉和萨尔瓦多移民当局的 30 名官员参加了会议。会议费用由冰岛承担。"))
    assert {("org/ohchr", "assists", "state/GTM", "Reported"), ("org/ohchr", "assists", "state/SLV", "Reported"),
            ("state/ISL", "assists", "state/SLV", "Reported")} <= got


def test_zh_equipment_paid_for_and_handed_over():
    got = triples(facts("人权高专办向赞比亚人权委员会提供了一批办公设备，设备由冰岛出资购买。"))
    assert ("state/ISL", "assists", "org/hrc-zambia", "Reported") in got
    assert not any(p == "fundedBy" for _s, p, _o, _m in got)
    got = triples(facts("开发署向赞比亚人权委员会移交了 20 台电脑。"))
    assert ("org/undp", "assists", "org/hrc-zambia", "Reported") in got


def test_zh_a_bare_ministry_is_the_states_but_not_inside_a_longer_word():
    got = triples(facts("2030 年，马尔代夫内政部请人权高专办协助编写手册。人权高专办未能接受这一请求。内政部随后向毒罪办提出了同样的请求，该请求仍在审议之中。"))
    assert ("state/MDV", "requests", "org/unodc", "Reported") in got
    found = recognise(segment(Source("t.txt", "t", "1. 赞比亚请人权高专办提供协助。日本对司法部门的援助尚未落实。\n", "0", "utf-8", 0)))
    assert not any(m.surface.startswith("司法部") for m in found.mentions)


def test_help_asked_for_an_institution_and_then_scheduled():
    got = triples(facts("Ghana asked UNDP for similar help for the Commission on Human Rights and Administrative Justice; "
                        "a first mission is scheduled for June 2031."))
    assert any(s == "org/undp" and p == "assists" and m == "Planned" and o != "state/GHA" for s, p, o, m in got)


def test_a_partner_that_has_undertaken_to_bear_the_cost_will_help():
    got = triples(facts("UNICEF seconded two experts to Malawi. Ireland has undertaken to bear the cost of the second expert."))
    assert ("state/IRL", "assists", "state/MWI", "Planned") in got


def test_a_later_course_of_another_body_does_not_answer_a_request():
    got = triples(facts("The National Human Rights Commission of Nepal asked UNDP to support a complaints register; UNDP is "
                        "still considering the request. A training course for the staff of the Commission that UNFPA had "
                        "planned was cancelled."))
    assert ("org/undp", "assists", "org/nhrc-nepal", "Requested") in got


def test_financing_the_rehabilitation_of_facilities_in_a_state_helps_it():
    got = triples(facts("Ireland recalled that it had financed, through UNICEF, the rehabilitation of three youth centres in "
                        "Malawi."))
    assert {("state/IRL", "assists", "state/MWI", "Reported"), ("org/unicef", "assists", "state/MWI", "Reported")} <= got


# -- English stances: forms of the genre not read before (sentences of my own) ------------------------------------

STANCE_ROWS = [
    ('Brazil embraced the idea of mutually beneficial cooperation.', 'Supportive'),
    ('Chile expressed openness to the concept of mutually beneficial cooperation.', 'Supportive'),
    ('Kenya was open to the notion of win-win cooperation.', 'Supportive'),
    ('Egypt voiced its backing for the right to development.', 'Supportive'),
    ('Algeria championed the right to development as the basis of technical cooperation.', 'Supportive'),
    ('Viet Nam spoke in favour of a community of shared future for human beings.', 'Supportive'),
    ('Cuba considered win-win cooperation a useful guiding principle.', 'Supportive'),
    ('The Philippines affirmed its commitment to mutually beneficial cooperation.', 'Supportive'),
    ('Nigeria expressed appreciation for the concept of mutually beneficial cooperation.', 'Supportive'),
    ('Indonesia found the concept of win-win cooperation helpful.', 'Supportive'),
    ('Ethiopia stood behind the right to development.', 'Supportive'),
    ('Bolivia advocated the right to development.', 'Supportive'),
    ('Sweden opposed any reference to a community of shared future for human beings.', 'Critical'),
    ('Germany argued that the concept of win-win cooperation had no basis in international law.', 'Critical'),
    ('The Netherlands warned that mutually beneficial cooperation could be used to weaken accountability.', 'Critical'),
    ('Denmark objected to the inclusion of the notion of win-win cooperation in the resolution.', 'Critical'),
    ('Ireland dismissed the concept of a community of shared future for human beings as a political slogan.', 'Critical'),
    ('Belgium voiced concern that the concept of mutually beneficial cooperation might erode human rights standards.', 'Critical'),
    ('Austria disagreed with the use of the term win-win cooperation.', 'Critical'),
    ('Finland deplored the attempt to introduce the concept of a community of shared future for human beings.', 'Critical'),
    ('New Zealand wondered what the notion of mutually beneficial cooperation added.', 'Sceptical'),
    ('Japan asked for clarification of the meaning of win-win cooperation.', 'Sceptical'),
    ('Iceland was unsure how the concept of mutually beneficial cooperation would be applied.', 'Sceptical'),
    ('Estonia said that the concept of win-win cooperation remained unclear.', 'Sceptical'),
    ('Portugal noted that the term mutually beneficial cooperation lacked a definition.', 'Sceptical'),
    ('Latvia sought further explanation of the concept of a community of shared future for human beings.', 'Sceptical'),
    ('Uruguay did not comment on the concept of mutually beneficial cooperation.', 'NotQuestioned'),
    ('Peru took no position on win-win cooperation.', 'NotQuestioned'),
    ('Colombia did not object to the notion of mutually beneficial cooperation.', 'NotQuestioned'),
    ('Ghana raised no objection to the concept of win-win cooperation.', 'NotQuestioned'),
    ('Senegal did not take issue with the concept of mutually beneficial cooperation.', 'NotQuestioned'),
    ('Brazil embraces the idea of mutually beneficial cooperation.', 'Supportive'),
    ('Brazil embraced mutually beneficial cooperation.', 'Supportive'),
    ('Brazil welcomed the idea of mutually beneficial cooperation.', 'Supportive'),
    ('Kenya was open to win-win cooperation.', 'Supportive'),
    ('Iceland was unsure whether mutually beneficial cooperation would help.', 'Sceptical'),
    ('Kenya said that the concept of win-win cooperation was open to abuse.', 'Critical'),
    ('Kenya said that the concept of win-win cooperation was open to different interpretations.', 'Sceptical'),
    ('Amnesty International said that it supported the right to development, but stressed that it could not justify restrictions on civil liberties.', 'Supportive'),
    ('Human Rights Watch rejected the notion of a community of shared future for human beings.', 'Critical'),
    ('The Danish Institute for Human Rights questioned whether the concept of mutually beneficial cooperation could be measured.', 'Sceptical'),
    ('Speaking on behalf of the Group of African States, Egypt endorsed the right to development.', 'Supportive'),
    ('Several Western States, including Norway and Sweden, criticized the term win-win cooperation.', 'Critical'),
    ('The Kenya National Commission on Human Rights did not question the concept of mutually beneficial cooperation, but called for clear indicators.', 'NotQuestioned'),
    ('For Mexico, the right to development was an essential pillar of technical cooperation.', 'Supportive'),
    ('In the view of Canada, the added value of the concept of win-win cooperation had yet to be demonstrated.', 'Sceptical'),
    ('Thailand believed that win-win cooperation would strengthen trust between States.', 'Supportive'),
    ('Lithuania rejected attempts to use the right to development to justify violations.', 'Critical'),
    ('The European Union remained doubtful about the usefulness of the concept of mutually beneficial cooperation.', 'Sceptical'),
    ('Namibia was a staunch supporter of the right to development.', 'Supportive'),
    ('The United Kingdom could not accept the concept of a community of shared future for human beings.', 'Critical'),
    ('China recalled that mutually beneficial cooperation was a principle endorsed by many States.', 'Supportive'),
    ('Viet Nam and Cambodia welcomed the concept of mutually beneficial cooperation. The latter added that it had benefited from such cooperation.', 'Supportive'),
    ('Access Now warned that the notion of a community of shared future for human beings could legitimize surveillance.', 'Critical'),
    ('Switzerland did not contest the right to development, but said that it was no substitute for human rights obligations.', 'NotQuestioned'),
    ('Norway noted that the term win-win cooperation was not defined in any instrument.', 'Sceptical'),
    ('According to Amnesty International, the concept of win-win cooperation was being used to shield States from scrutiny.', 'Critical'),
    ('Sri Lanka, for its part, regarded mutually beneficial cooperation as the cornerstone of technical assistance.', 'Supportive'),
    ('Argentina was not sure that the concept of win-win cooperation would add anything to existing principles.', 'Sceptical'),
    ('France did not agree with the use of the expression mutually beneficial cooperation.', 'Critical'),
    ('Morocco considered that the right to development and technical cooperation were mutually reinforcing.', 'Supportive'),
    ('Italy wondered whether the concept of a community of shared future for human beings was compatible with universality.', 'Sceptical'),
    ('Bangladesh was convinced that win-win cooperation benefited all parties.', 'Supportive'),
    ('Czechia expressed strong reservations about the concept of a community of shared future for human beings and opposed its inclusion.', 'Critical'),
    ('Poland remarked that it remained unclear how mutually beneficial cooperation would be measured.', 'Sceptical'),
]


@pytest.mark.parametrize("sentence, value", STANCE_ROWS)
def test_english_stance_forms(sentence, value):
    assert {s.value for s in facts(sentence).stances} == {value}


@pytest.mark.parametrize("sentence", [
    "The census of the Niger was conducted with the support of UNFPA.",
    "The national census of the Niger was carried out with the technical backing of UNFPA.",
])
def test_a_states_piece_of_work_carried_out_with_support(sentence):
    got = triples(facts(sentence))
    assert ("org/unfpa", "assists", "state/NER", "Reported") in got


@pytest.mark.parametrize("sentence, fact", [
    ("Paraguay's Ministry of Justice received advice from OHCHR on prison reform.",
     ("org/ohchr", "assists", "state/PRY", "Reported")),
    ("Paraguay's Ministry of Justice requested OHCHR's assistance in reforming prisons.",
     ("org/ohchr", "assists", "state/PRY", "Requested")),
    ("The Gambia's truth commission drew on OHCHR's advice.", ("org/ohchr", "assists", "state/GMB", "Reported")),
])
def test_a_states_own_body_named_with_a_possessive_acts_for_it(sentence, fact):
    assert fact in triples(facts(sentence))


# -- English requests, partnerships and submissions: forms of the genre (sentences of my own) -------------------------

RELATION_ROWS = [
    ('Chad turned to OHCHR for assistance with its prison census.', ('state/TCD', 'requests', 'org/ohchr', 'Reported')),
    ("In a letter to the High Commissioner, Chad sought the Office's help in drafting a bill.", ('state/TCD', 'requests', 'org/ohchr', 'Reported')),
    ('Chad appealed to UNDP for support in organizing elections.', ('state/TCD', 'requests', 'org/undp', 'Reported')),
    ('Chad solicited the support of UNDP for its elections.', ('state/TCD', 'requests', 'org/undp', 'Reported')),
    ('OHCHR joined forces with UNDP to support the electoral commission of Chad.', ('org/ohchr', 'partnersWith', 'org/undp', 'Reported')),
    ('OHCHR teamed up with UNDP on a project in Chad.', ('org/ohchr', 'partnersWith', 'org/undp', 'Reported')),
    ('OHCHR and UNICEF co-organized a workshop.', ('org/ohchr', 'partnersWith', 'org/unicef', 'Reported')),
    ('OHCHR maintained close cooperation with the African Union.', ('org/ohchr', 'partnersWith', 'org/au', 'Reported')),
    ('OHCHR strengthened its partnership with the African Union.', ('org/ohchr', 'partnersWith', 'org/au', 'Reported')),
    ('The partnership between OHCHR and the African Union was strengthened.', ('org/ohchr', 'partnersWith', 'org/au', 'Reported')),
    ('Chile responded to the questionnaire.', ('state/CHL', 'submittedInputTo', '@report', 'Reported')),
    ('A reply was also received from Chile.', ('state/CHL', 'submittedInputTo', '@report', 'Reported')),
    ('Chile provided written input for the present report.', ('state/CHL', 'submittedInputTo', '@report', 'Reported')),
]


@pytest.mark.parametrize("sentence, fact", RELATION_ROWS)
def test_english_relation_forms(sentence, fact):
    got = triples(facts(sentence))
    s, p, o, m = fact
    assert fact in got or (p == "partnersWith" and (o, p, s, m) in got)


# -- help said in the many ways of the genre, both languages (sentences of my own; the forms not read yet are left out
#    and named in the session's closing note) -------------------------------------------------------------------------

HELP_ROWS = [
    ('开发署协助马拉维修订了刑法典。', ('org/undp', 'state/MWI', 'Reported')),
    ('在儿基会的技术支持下，赞比亚通过了少年司法战略。', ('org/unicef', 'state/ZMB', 'Reported')),
    ('乍得在人权高专办的协助下完成了提交禁止酷刑委员会的首次报告。', ('org/ohchr', 'state/TCD', 'Reported')),
    ('尼日尔的人口普查是在人口基金的技术支持下进行的。', ('org/unfpa', 'state/NER', 'Reported')),
    ('劳工组织为加纳的劳动监察员举办了关于强迫劳动的培训。', ('org/ilo', 'state/GHA', 'Reported')),
    ('人权高专办为马里法官组织了一期讲习班。', ('org/ohchr', 'state/MLI', 'Reported')),
    ('挪威为多哥监狱工作人员的培训提供了资金。', ('state/NOR', 'state/TGO', 'Reported')),
    ('人权高专办打算支持贝宁制定国家行动计划。', ('org/ohchr', 'state/BEN', 'Planned')),
    ('由于资金限制，人权高专办未能协助肯尼亚开展人口普查。', ('org/ohchr', 'state/KEN', 'Negated')),
    ('毒罪办为莫桑比克的法医实验室配备了新软件。', ('org/unodc', 'state/MOZ', 'Reported')),
    ('人权高专办就申诉处理问题为尼泊尔国家人权委员会的工作人员提供了辅导。', ('org/ohchr', 'org/nhrc-nepal', 'Reported')),
    ('秘鲁在编写国家报告时得到了人权高专办的指导。', ('org/ohchr', 'state/PER', 'Reported')),
    ('教科文组织为科特迪瓦的记者举办了培训员培训。', ('org/unesco', 'state/CIV', 'Reported')),
    ('利用日本提供的赠款，柬埔寨各法院配备了新的案件管理系统。', ('state/JPN', 'state/KHM', 'Reported')),
    ('马达加斯加选举委员会在开发署的支持下更新了选民登记册。', ('org/undp', 'state/MDG', 'Reported')),
    ('巴拉圭司法部就监狱改革问题获得了人权高专办的咨询意见。', ('org/ohchr', 'state/PRY', 'Reported')),
    ('儿基会向几内亚提供了出生登记设备。', ('org/unicef', 'state/GIN', 'Reported')),
    ('理事会呼吁人权高专办支持布隆迪打击有罪不罚现象。', ('org/ohchr', 'state/BDI', 'Requested')),
    ('高级专员建议开发署协助安哥拉改革监狱系统。', ('org/undp', 'state/AGO', 'Recommended')),
    ('瑞典资助了为莱索托警官举办的课程。', ('state/SWE', 'state/LSO', 'Reported')),
    ('移民组织培训了尼日尔的 50 名边境官员。', ('org/iom', 'state/NER', 'Reported')),
    ('Technical support from UNICEF enabled Zambia to adopt a child justice strategy.', ('org/unicef', 'state/ZMB', 'Reported')),
    ('Thanks to the assistance of OHCHR, Chad completed its first report to the Committee against Torture.', ('org/ohchr', 'state/TCD', 'Reported')),
    ('The census of the Niger was conducted with the technical backing of UNFPA.', ('org/unfpa', 'state/NER', 'Reported')),
    ('Labour inspectors of Ghana received training from ILO on forced labour.', ('org/ilo', 'state/GHA', 'Reported')),
    ('The Office facilitated a workshop for judges of Mali.', ('org/ohchr', 'state/MLI', 'Reported')),
    ('In Sierra Leone, UNDP helped set up legal aid desks in six districts.', ('org/undp', 'state/SLE', 'Reported')),
    ('Norway provided funding for the training of prison staff in Togo.', ('state/NOR', 'state/TGO', 'Reported')),
    ('OHCHR intends to support Benin in drafting a national action plan.', ('org/ohchr', 'state/BEN', 'Planned')),
    ('OHCHR was unable to assist Kenya with its census owing to funding constraints.', ('org/ohchr', 'state/KEN', 'Negated')),
    ('OHCHR mentored staff of the National Human Rights Commission of Nepal on complaint handling.', ('org/ohchr', 'org/nhrc-nepal', 'Reported')),
    ("Peru benefited from OHCHR's guidance in preparing its national report.", ('org/ohchr', 'state/PER', 'Reported')),
    ("UNESCO organized a training of trainers for journalists of Côte d'Ivoire.", ('org/unesco', 'state/CIV', 'Reported')),
    ('With a grant from Japan, the courts of Cambodia were provided with new case-management systems.', ('state/JPN', 'state/KHM', 'Reported')),
    ('The electoral commission of Madagascar was supported by UNDP in updating the voter register.', ('org/undp', 'state/MDG', 'Reported')),
    ("Paraguay's Ministry of Justice obtained advice from OHCHR on prison reform.", ('org/ohchr', 'state/PRY', 'Reported')),
    ('The Council called on OHCHR to support Burundi in the fight against impunity.', ('org/ohchr', 'state/BDI', 'Requested')),
    ('The High Commissioner recommends that UNDP assist Angola in reforming its prison system.', ('org/undp', 'state/AGO', 'Recommended')),
    ('Sweden sponsored a course for police officers of Lesotho.', ('state/SWE', 'state/LSO', 'Reported')),
    ('IOM trained 50 border officials from the Niger.', ('org/iom', 'state/NER', 'Reported')),
]


@pytest.mark.parametrize("sentence, fact", HELP_ROWS)
def test_help_forms_of_the_genre(sentence, fact):
    provider, recipient, modality = fact
    assert (provider, "assists", recipient, modality) in triples(facts(sentence))


# -- money given, said in the ways of the genre (sentences of my own) ---------------------------------------------------

MONEY_ROWS = [
    ('Norway contributed US$ 2 million to OHCHR in 2030.', [('state/NOR', 'org/ohchr', '2000000', 'USD')]),
    ('OHCHR received US$ 2 million from Norway in 2030.', [('state/NOR', 'org/ohchr', '2000000', 'USD')]),
    ('Norway pledged EUR 500,000 to the Voluntary Fund for Technical Cooperation in the Field of Human Rights.', [('state/NOR', 'org/vf-tc', '500000', 'EUR')]),
    ('Contributions to OHCHR came from Germany (EUR 1.5 million) and Sweden (US$ 800,000).', [('state/DEU', 'org/ohchr', '1500000', 'EUR'), ('state/SWE', 'org/ohchr', '800000', 'USD')]),
    ('Japan made a contribution of 30 million yen to OHCHR.', [('state/JPN', 'org/ohchr', '30000000', 'JPY')]),
    ('A contribution of CHF 250,000 from Switzerland enabled OHCHR to extend its presence.', [('state/CHE', 'org/ohchr', '250000', 'CHF')]),
    ('The Republic of Korea donated $100,000 to the Office.', [('state/KOR', 'org/ohchr', '100000', 'USD')]),
    ("Australia's contribution to the Voluntary Fund for Technical Cooperation in the Field of Human Rights amounted to AUD 300,000.", [('state/AUS', 'org/vf-tc', '300000', 'AUD')]),
    ('Canada provided CAD 750,000 to OHCHR for its work in Haiti.', [('state/CAN', 'org/ohchr', '750000', 'CAD')]),
    ("Finland's grant of EUR 1 million to OHCHR covered the costs of the programme.", [('state/FIN', 'org/ohchr', '1000000', 'EUR')]),
]


@pytest.mark.parametrize("sentence, expected", MONEY_ROWS)
def test_money_forms_of_the_genre(sentence, expected):
    assert contributions(facts(sentence)) == set(expected)


def test_zh_a_verb_ending_in_a_prepositions_character_governs_nothing():
    got = triples(facts("董事会认为毒罪办应与儿基会建立更密切的工作关系。"))
    assert ("org/unodc", "partnersWith", "org/unicef", "Recommended") in got or \
        ("org/unicef", "partnersWith", "org/unodc", "Recommended") in got


def test_asked_to_comment_on_a_draft_is_help_asked_for():
    got = triples(facts("The Ministry of Justice of Zambia asked UNODC to comment on its draft anti-terrorism bill."))
    assert ("org/unodc", "assists", "state/ZMB", "Requested") in got
    assert not any(p == "assists" for _s, p, _o, _m in triples(facts("The Committee commented on the report of Chad.")))


def test_zh_reporting_to_the_council_is_no_help_to_it():
    got = triples(facts("理事会请高级专员向理事会第八十届会议报告人权高专办在中亚开展技术合作的情况。"))
    assert not any(p == "assists" and o == "org/hrc" for _s, p, o, _m in got)


# -- help refused, stopped or never given, and help advised or planned (sentences of my own; only the forms read are
#    listed, the rest are named in the session's closing note) ---------------------------------------------------------

MOOD_ROWS = [
    ('UNDP turned down a request from Malawi for support in reviewing its electoral law.', ('org/undp', 'state/MWI', 'Negated')),
    ('UNDP declined a request by Malawi to train its police.', ('org/undp', 'state/MWI', 'Negated')),
    ('UNDP did not renew its support to Malawi after 2030.', ('org/undp', 'state/MWI', 'Negated')),
    ('UNDP suspended its support to the prison service of Malawi in 2030.', ('org/undp', 'state/MWI', 'Negated')),
    ("UNDP withdrew its support to Malawi's electoral commission in 2030.", ('org/undp', 'state/MWI', 'Negated')),
    ('UNDP ceased its assistance to Malawi in 2030.', ('org/undp', 'state/MWI', 'Negated')),
    ('UNDP was not in a position to support Malawi in 2030.', ('org/undp', 'state/MWI', 'Negated')),
    ('The Government of Malawi refused the assistance of UNDP.', ('org/undp', 'state/MWI', 'Negated')),
    ("Malawi rejected UNDP's offer of support.", ('org/undp', 'state/MWI', 'Negated')),
    ('UNDP had intended to train judges of Malawi, but the project was abandoned.', ('org/undp', 'state/MWI', 'Negated')),
    ("The Government of Malawi did not accept UNDP's proposal to train its police.", ('org/undp', 'state/MWI', 'Negated')),
    ('The High Commissioner recommends that UNDP continue its support to Malawi.', ('org/undp', 'state/MWI', 'Recommended')),
    ('The High Commissioner recommends that the support of UNDP to Malawi be continued.', ('org/undp', 'state/MWI', 'Recommended')),
    ('The High Commissioner recommends that Malawi avail itself of the technical assistance of UNDP.', ('org/undp', 'state/MWI', 'Recommended')),
    ('The High Commissioner recommends that Malawi seek the support of UNDP in reforming its prisons.', ('org/undp', 'state/MWI', 'Recommended')),
    ('The Secretary-General recommends that donors and UNDP increase their support to the judiciary of Malawi.', ('org/undp', 'state/MWI', 'Recommended')),
    ('The panel recommended that UNDP train more judges of Malawi.', ('org/undp', 'state/MWI', 'Recommended')),
    ('UNDP should provide Malawi with further technical assistance.', ('org/undp', 'state/MWI', 'Recommended')),
    ('The High Commissioner recommends that Norway continue to fund the legal aid project in Malawi.', ('state/NOR', 'state/MWI', 'Recommended')),
    ('UNDP will open a legal aid clinic in Malawi in 2031.', ('org/undp', 'state/MWI', 'Planned')),
    ('UNDP plans to expand its legal aid programme to Malawi.', ('org/undp', 'state/MWI', 'Planned')),
    ('Next year, UNDP is to train 50 judges of Malawi.', ('org/undp', 'state/MWI', 'Planned')),
    ('UNDP has scheduled a workshop for judges of Malawi in March 2031.', ('org/undp', 'state/MWI', 'Planned')),
    ('A workshop for judges of Malawi will be organized by UNDP in 2031.', ('org/undp', 'state/MWI', 'Planned')),
    ('UNDP envisages supporting Malawi in 2031.', ('org/undp', 'state/MWI', 'Planned')),
]


@pytest.mark.parametrize("sentence, fact", MOOD_ROWS)
def test_help_refused_stopped_advised_or_planned(sentence, fact):
    provider, recipient, modality = fact
    assert (provider, "assists", recipient, modality) in triples(facts(sentence))
