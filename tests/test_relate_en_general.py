"""English mechanisms written to generalise (dev3 round): for each, a sentence it reads and one it must not.

The sentences are our own, in the style of UN reports (not copied from any report or gold text), run
through the real reader, segmenter, recogniser and bundled gazetteers with the English word lists.
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def run(*paragraphs: str, relations: bool = True):
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = recognise(segment(Source("t.txt", "t", text, "0" * 64, "utf-8", len(text))))
    rec = relate(rec) if relations else rec
    assert rec.lang == "en"
    return rec


def facts(*paragraphs: str, predicate: str) -> set[tuple]:
    """(subject, object, modality, requested_by) of the relations of one predicate."""
    return {(r.subject, r.object, r.modality, r.requested_by) for r in run(*paragraphs).relations
            if r.predicate == predicate}


MBC, WW = "concept/mutually-beneficial-cooperation", "concept/win-win-cooperation"
CSF, RTD = "concept/community-of-shared-future", "concept/right-to-development"


def stances(*paragraphs: str) -> set[tuple[str, str, str]]:
    """(holder, concept, value) of the stances read from ``paragraphs``."""
    return {(s.holder, s.concept, s.value) for s in run(*paragraphs).stances}


def pairs(*paragraphs: str, predicate: str) -> set[tuple[str, str]]:
    return {(s, o) for s, o, _m, _r in facts(*paragraphs, predicate=predicate)}


# -- back-references beyond their reach ---------------------------------------------------------

def test_a_body_named_long_before_is_what_its_short_name_stands_for():
    filler = ["Kenya held elections in 2024."] * 10
    rec = run("The Board of Trustees of the Voluntary Fund for Technical Cooperation met in Geneva.", *filler,
              "The Board approved two projects.", relations=False)
    assert [m.entity for m in rec.mentions if m.number == 12 and m.via == "backref"] == ["org/vf-tc-board"]


def test_a_short_name_that_fits_nothing_named_stays_unresolved():
    filler = ["Kenya held elections in 2024."] * 10
    rec = run("The Board of Trustees of the Voluntary Fund for Technical Cooperation met in Geneva.", *filler,
              "The Working Group approved two projects.", relations=False)
    assert not [m for m in rec.mentions if m.number == 12 and m.via == "backref"]


# -- relative clauses set off by commas hold no subject -----------------------------------------

def test_a_relative_clause_between_subject_and_verb_is_skipped():
    got = pairs("OHCHR, with which UNDP works closely, assisted Chad in drafting a law.", predicate="assists")
    assert got == {("org/ohchr", "state/TCD")}


def test_a_relative_clause_after_the_verb_is_no_aside():
    got = pairs("UNDP supported OHCHR, which assisted Chad in drafting a law.", predicate="assists")
    assert ("org/undp", "state/TCD") not in got and ("org/ohchr", "state/TCD") in got


# -- the items of a recommended list have the subject before the colon ---------------------------

def test_enumerated_items_take_the_subject_before_the_colon():
    got = facts("The High Commissioner recommends that OHCHR:\n(a) Continue to assist Kenya in reporting;\n"
                "(b) Strengthen its cooperation with the African Union;\n(c) Deploy an adviser to Chad.",
                predicate="assists")
    assert got == {("org/ohchr", "state/KEN", "Recommended", "org/hchr"),
                   ("org/ohchr", "state/TCD", "Recommended", "org/hchr")}
    assert pairs("The High Commissioner recommends that OHCHR:\n(a) Continue to assist Kenya;\n"
                 "(b) Strengthen its cooperation with the African Union.", predicate="partnersWith") \
        == {("org/ohchr", "org/au")}


def test_an_item_with_its_own_subject_keeps_it():
    got = pairs("The High Commissioner recommends:\n(a) That OHCHR assist Kenya;\n(b) That UNDP assist Chad.",
                predicate="assists")
    assert got == {("org/ohchr", "state/KEN"), ("org/undp", "state/TCD")}


# -- modality through an adverb set off by commas -----------------------------------------------

def test_a_modal_before_a_comma_bounded_adverb_still_governs_the_verb():
    got = facts("OHCHR will, however, assist Kenya in 2027. UNDP did not, in turn, assist Chad.", predicate="assists")
    assert got == {("org/ohchr", "state/KEN", "Planned", None), ("org/undp", "state/TCD", "Negated", None)}


def test_a_modal_in_an_earlier_clause_with_its_own_verb_does_not_reach():
    got = facts("OHCHR will report in 2027, and UNDP assisted Kenya.", predicate="assists")
    assert got == {("org/undp", "state/KEN", "Reported", None)}


# -- an activity asked for that had not started -------------------------------------------------

def test_an_asked_project_that_had_not_started_is_negated():
    got = facts("Chad requested OHCHR to support the drafting of a law. The request was approved, but the "
                "project had not yet started by December.", predicate="assists")
    assert got == {("org/ohchr", "state/TCD", "Negated", None)}


def test_an_asked_project_that_started_stays_asked():
    got = facts("Chad requested OHCHR to support the drafting of a law. The project started in May.",
                predicate="assists")
    assert got == {("org/ohchr", "state/TCD", "Requested", "state/TCD")}


def test_started_is_an_activity_verb():
    assert pairs("UNDP started a training programme for officials of Chad.", predicate="assists") \
        == {("org/undp", "state/TCD")}


# -- a short name written in lower case names no body -------------------------------------------

def test_a_lower_case_short_name_is_no_back_reference():
    rec = run("The Human Rights Committee met in March. An inter-agency committee was formed, and the committee "
              "reviewed 12 cases. The Committee adopted its views.", relations=False)
    assert [m.entity for m in rec.mentions if m.via == "backref"] == ["org/ccpr"]


# -- money to a programme -----------------------------------------------------------------------

def test_a_programme_receives_money():
    rec = run("The United Nations Joint Programme for Human Rights in the Philippines began in 2021. Norway "
              "provided USD 2 million to the Joint Programme for 2025 and 2026.")
    got = {(c.contributor, c.recipient, str(c.amount), c.currency, c.period) for c in rec.contributions}
    assert got == {("state/NOR", "org/unjp-philippines", "2000000", "USD", "2025 and 2026")}


def test_money_to_a_place_has_no_recipient():
    rec = run("Norway provided USD 2 million to Mindanao in 2025.")
    assert {(c.contributor, c.recipient) for c in rec.contributions} <= {("state/NOR", None)}


# -- a resolution that speaks after an aside ----------------------------------------------------

def test_a_resolution_speaks_after_a_participle_aside():
    got = pairs("The report is submitted pursuant to Human Rights Council resolution 57/30, adopted at the "
                "Council's fifty-seventh session, in which the Council requested the High Commissioner to report.",
                predicate="requests")
    assert got == {("resolution/A/HRC/RES/57/30", "org/hchr")}


def test_a_resolution_followed_by_another_clause_does_not_speak():
    got = pairs("Pursuant to Human Rights Council resolution 57/30, adopted in 2024, the Council requested the "
                "High Commissioner to report.", predicate="requests")
    assert ("resolution/A/HRC/RES/57/30", "org/hchr") not in got


# -- information provided for the report --------------------------------------------------------

def test_information_provided_by_is_input_to_the_report():
    got = pairs("The report draws on information provided by the Government of Chad and by the Human Rights "
                "Commission of Zambia, and on the work of OHCHR.", predicate="submittedInputTo")
    assert got == {("state/TCD", "@report"), ("org/hrc-zambia", "@report")}


def test_training_provided_by_is_no_input():
    assert not pairs("OHCHR attended a training provided by UNDP in Chad.", predicate="submittedInputTo")


# -- partners: a jointly signed text, an agreement concluded between two -------------------------

def test_signed_by_two_makes_partners():
    assert pairs("The memorandum was signed in July 2021 by the Government of Chad and the United Nations "
                 "country team.", predicate="partnersWith") == {("state/TCD", "org/unct")}


def test_signed_by_one_or_attended_by_two_makes_no_partners():
    assert not pairs("The agreement was signed by OHCHR in Chad.", predicate="partnersWith")
    assert not pairs("The workshop was attended by OHCHR and UNDP.", predicate="partnersWith")


def test_an_agreement_concluded_between_two():
    assert pairs("The Council took note of the cooperation agreement concluded in July 2025 between OHCHR and "
                 "the African Union.", predicate="partnersWith") == {("org/ohchr", "org/au")}


def test_a_report_concluded_in_two_places_is_no_agreement():
    assert not pairs("OHCHR concluded its report between Kenya and Chad visits.", predicate="partnersWith")


# -- funded by X and by A, B and C --------------------------------------------------------------

def test_a_second_by_group_funds_too():
    got = pairs("The Treaty Body Capacity-Building Programme is funded by the Peacebuilding Fund and by "
                "Australia, the European Union and the Republic of Korea, and is implemented by OHCHR.",
                predicate="fundedBy")
    assert got == {("org/tbcbp", k) for k in ("org/peacebuilding-fund", "state/AUS", "org/eu", "state/KOR")}


def test_a_by_group_after_another_verb_funds_nothing():
    got = pairs("The Treaty Body Capacity-Building Programme is funded by the Peacebuilding Fund and is "
                "implemented by OHCHR.", predicate="fundedBy")
    assert got == {("org/tbcbp", "org/peacebuilding-fund")}


# -- assistance: who asked, who benefited, whose people were trained, where it went -----------------

def test_at_the_request_of_a_state_any_helping_verb_helps_it():
    assert pairs("At the request of the Ministry of Justice of Kenya, OHCHR advised an inter-agency committee "
                 "on investigation protocols.", predicate="assists") == {("org/ohchr", "state/KEN")}


def test_without_a_request_advising_an_unnamed_committee_helps_no_one():
    assert not pairs("OHCHR advised an inter-agency committee on investigation protocols.", predicate="assists")


def test_benefited_from_a_fund():
    assert pairs("Kenya also benefited from the Voluntary Fund for Technical Cooperation in the Field of Human "
                 "Rights, which financed a study.", predicate="assists") == {("org/vf-tc", "state/KEN")}


def test_benefited_from_a_resolution_is_no_assistance():
    assert not pairs("Kenya benefited from Human Rights Council resolution 45/31.", predicate="assists")


def test_people_from_an_institution_of_a_state_were_trained():
    got = pairs("OHCHR trained 240 investigators from the national police and the National Bureau of "
                "Investigation of Kenya on forensic methods.", predicate="assists")
    assert got == {("org/ohchr", "state/KEN")}


def test_trained_on_a_state_s_law_is_no_training_of_its_people():
    assert not pairs("OHCHR trained journalists on the Constitution of Kenya.", predicate="assists")


def test_people_of_local_units_of_a_state():
    assert pairs("Norway financed a training for 35 officials of local government units of Kenya.",
                 predicate="assists") == {("state/NOR", "state/KEN")}


def test_an_activity_in_regions_of_the_country():
    assert pairs("OHCHR worked in Chad. The European Union funded a series of dialogues between the security "
                 "forces and civil society in three regions of the country.", predicate="assists") \
        == {("org/eu", "state/TCD")}


def test_alongside_makes_co_providers_and_partners():
    rec = run("Alongside the International Labour Organization, OHCHR assisted the Ministry of Labour of Kenya.")
    got = {(r.subject, r.predicate, r.object) for r in rec.relations if r.predicate != "cites"}
    assert got == {("org/ohchr", "assists", "state/KEN"), ("org/ilo", "assists", "state/KEN"),
                   ("org/ohchr", "partnersWith", "org/ilo")}


def test_alongside_an_activity_is_no_partner():
    assert not pairs("Alongside its work in Chad, OHCHR assisted Kenya.", predicate="partnersWith")


def test_a_city_between_the_activity_and_its_people_is_skipped():
    assert pairs("OHCHR organized a study visit to Jakarta for officials of Kenya and Chad.", predicate="assists") \
        == {("org/ohchr", "state/KEN"), ("org/ohchr", "state/TCD")}


def test_an_organisation_between_the_activity_and_the_state_stops_the_search():
    assert pairs("OHCHR organized a study visit to UNDP for officials of Kenya.", predicate="assists") \
        <= {("org/ohchr", "org/undp")}


# -- a request that a verb takes ---------------------------------------------------------------

def test_a_request_of_x_not_accepted_was_still_made():
    assert facts("The Government of Chad has not yet accepted the request of the Working Group on Enforced or "
                 "Involuntary Disappearances to visit the country.", predicate="requests") \
        == {("org/wgeid", "state/TCD", "Reported", None)}


def test_its_request_is_the_one_named_before():
    got = pairs("The High Commissioner recommends that the Government of Chad cooperate with the Working Group on "
                "Enforced or Involuntary Disappearances, including by accepting its request to visit.",
                predicate="requests")
    assert got == {("org/wgeid", "state/TCD")}


def test_a_request_received_from_x():
    assert pairs("OHCHR received a request from Kenya for assistance.", predicate="requests") \
        == {("state/KEN", "org/ohchr")}


def test_accepting_recommendations_is_no_request():
    assert not pairs("Kenya accepted the recommendations of the Committee against Torture.", predicate="requests")
    assert not pairs("The Board approved the request in October 2025.", predicate="requests")


# -- a co-actor set off by commas; a second verb after the first verb's object -------------------

def test_a_partner_set_off_by_commas_in_a_plan():
    got = facts("OHCHR will continue to support the Human Rights Commission of Zambia and plans, with UNDP, to open "
                "a field office in Chad in 2026.", predicate="partnersWith")
    assert got == {("org/ohchr", "org/undp", "Planned", None)}
    assert pairs("OHCHR will continue to support the Human Rights Commission of Zambia and plans, with UNDP, to open "
                 "a field office in Chad in 2026.", predicate="assists") == {("org/ohchr", "org/hrc-zambia")}


def test_a_co_actor_right_after_the_subject_co_provides():
    assert pairs("OHCHR, with UNDP, trained officials of Chad.", predicate="assists") \
        == {("org/ohchr", "state/TCD"), ("org/undp", "state/TCD")}


def test_with_inside_a_clause_is_no_aside():
    assert not pairs("OHCHR met officials of Chad with UNDP staff.", predicate="partnersWith")


def test_the_second_verb_after_an_object_is_the_first_subject_s():
    assert pairs("OHCHR assisted Kenya and organized a workshop for officials of Chad.", predicate="assists") \
        == {("org/ohchr", "state/KEN"), ("org/ohchr", "state/TCD")}


def test_a_list_after_the_object_is_no_second_verb():
    assert pairs("OHCHR assisted Kenya and the Niger in 2024.", predicate="assists") \
        == {("org/ohchr", "state/KEN"), ("org/ohchr", "state/NER")}


# -- contributions: lists, gapping, possessives, respectively, who receives ----------------------

FUND = "The Voluntary Fund for Technical Cooperation in the Field of Human Rights was reviewed."


def money(*paragraphs: str) -> set[tuple]:
    return {(c.contributor, c.recipient, str(c.amount), c.currency) for c in run(*paragraphs).contributions}


def test_a_list_after_a_lead_in_takes_its_recipient():
    got = money(FUND, "Contributions received by the Fund in 2024 included the following: Sweden, €1.1 million; "
                      "Japan, ¥20 million; and Chile, $5,000.")
    assert got == {("state/SWE", "org/vf-tc", "1100000", "EUR"), ("state/JPN", "org/vf-tc", "20000000", "JPY"),
                   ("state/CHL", "org/vf-tc", "5000", "USD")}


def test_pledges_to_a_fund_before_a_colon():
    got = money(FUND, "Two donors made pledges to the Fund: New Zealand pledged NZ$ 100,000 for 2026 and Peru "
                      "20,000 euros.")
    assert got == {("state/NZL", "org/vf-tc", "100000", "NZD"), ("state/PER", "org/vf-tc", "20000", "EUR")}


def test_a_lead_in_with_an_amount_is_no_lead_in():
    got = money(FUND, "The Fund received US$ 3 million from 20 donors: the largest was Sweden.")
    assert got == set()


def test_an_elided_verb_gives_the_amount_to_the_name_before_it():
    got = money(FUND, "Chile contributed 30,000 euros to the Fund and Peru 20,000 euros.")
    assert got == {("state/CHL", "org/vf-tc", "30000", "EUR"), ("state/PER", "org/vf-tc", "20000", "EUR")}


def test_whose_contribution_it_is():
    got = money(FUND, "Canada contributed CAD 400,000 to the Fund, and Finland's contribution amounted to €750,000.")
    assert got == {("state/CAN", "org/vf-tc", "400000", "CAD"), ("state/FIN", "org/vf-tc", "750000", "EUR")}


def test_amounts_given_respectively():
    got = money(FUND, "Chile and Peru contributed to the Fund, with US$ 20,000 and US$ 15,000 respectively.")
    assert got == {("state/CHL", "org/vf-tc", "20000", "USD"), ("state/PER", "org/vf-tc", "15000", "USD")}


def test_without_respectively_both_give_the_sum_each():
    got = money(FUND, "Chile and Peru each contributed US$ 20,000 to the Fund.")
    assert got == {("state/CHL", "org/vf-tc", "20000", "USD"), ("state/PER", "org/vf-tc", "20000", "USD")}


def test_the_one_who_receives_gives_nothing():
    assert money(FUND, "In 2025, the Fund received voluntary contributions totalling US$ 13.6 million.") == set()


# -- establishment without an agent, former names, members named after 'its members were' ----------

def test_established_pursuant_to_texts_with_no_agent():
    got = pairs("The Voluntary Fund for Technical Cooperation in the Field of Human Rights was established in 1987 "
                "pursuant to Commission on Human Rights resolution 1987/38.", predicate="establishes")
    assert got == {("resolution/E/CN.4/RES/1987/38", "org/vf-tc")}


def test_an_active_establishing_verb_without_object_establishes_nothing():
    assert not pairs("The Voluntary Fund for Technical Cooperation in the Field of Human Rights established itself "
                     "pursuant to Commission on Human Rights resolution 1987/38.", predicate="establishes")


def test_originally_called_is_a_former_name():
    got = triples_of("The Voluntary Fund for Technical Cooperation in the Field of Human Rights, originally called "
                     "the United Nations Voluntary Fund for Advisory Services and Technical Assistance in the Field of "
                     "Human Rights, was established in 1987 pursuant to Commission on Human Rights resolution 1987/38.")
    assert ("org/vf-ast", "renamedTo", "org/vf-tc") in got
    assert ("resolution/E/CN.4/RES/1987/38", "establishes", "org/vf-tc") in got
    assert ("resolution/E/CN.4/RES/1987/38", "establishes", "org/vf-ast") not in got


def test_members_named_after_its_members_were():
    got = pairs("The Board of Trustees of the Voluntary Fund for Technical Cooperation met twice. In 2025, its members "
                "were Ana Lima (Brazil), Chair; Chad Moreno (Chile); and Lin Wei (China).", predicate="memberOf")
    assert got == {(f"person/{p}", "org/vf-tc-board") for p in ("ana-lima", "chad-moreno", "lin-wei")}


def test_a_state_named_in_a_list_of_members_stays_a_state_when_alone():
    rec = run("The Board of Trustees of the Voluntary Fund for Technical Cooperation met. Its members were Ana Lima "
              "and Lin Wei. Chad asked for help.", relations=False)
    assert "state/TCD" in {m.entity for m in rec.mentions}


def triples_of(*paragraphs: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.predicate, r.object) for r in run(*paragraphs).relations}


# -- funders, relative objects, support that opens a clause, places set off by commas --------------

def test_the_funder_of_projects_another_implements_is_a_provider_beside_it():
    got = pairs("In Armenia, the Voluntary Fund for Technical Cooperation in the Field of Human Rights financed "
                "projects implemented by OHCHR to support the drafting of a plan.", predicate="assists")
    assert got == {("org/vf-tc", "state/ARM"), ("org/ohchr", "state/ARM")}


def test_projects_implemented_by_ohchr_without_a_funder():
    assert pairs("In Armenia, projects implemented by OHCHR supported the drafting of a plan.",
                 predicate="assists") == {("org/ohchr", "state/ARM")}


def test_an_activity_named_before_a_relative_clause():
    assert pairs("Kenya attended a workshop on housing that OHCHR organized for officials of Chad.",
                 predicate="assists") == {("org/ohchr", "state/TCD")}


def test_a_relative_clause_without_its_own_subject_is_no_object():
    assert not pairs("Kenya attended a workshop that was organized in May.", predicate="assists")


def test_support_that_opens_a_clause_goes_to_that_clause_s_subject():
    got = pairs("Kenya noted that, with the support of UNDP, the Human Rights Commission of Zambia had opened "
                "two offices.", predicate="assists")
    assert got == {("org/undp", "org/hrc-zambia")}
    assert pairs("Kenya, with the support of UNDP, held elections.", predicate="assists") \
        == {("org/undp", "state/KEN")}


def test_a_place_set_off_by_commas_keeps_a_list_together():
    got = pairs("The Voluntary Fund for Technical Cooperation in the Field of Human Rights supported field "
                "presences, including the OHCHR Regional Office for South America, based in Santiago, and the "
                "United Nations Subregional Centre for Human Rights and Democracy in Central Africa.",
                predicate="fundedBy")
    assert got == {("org/ohchr-south-america", "org/vf-tc"), ("org/ohchr-central-africa-centre", "org/vf-tc")}


# -- a joint activity of two, and what was done with it ------------------------------------------

def test_the_joint_programme_of_two_launched_in_states():
    rec = run("The Human Rights Council welcomed the joint programme of OHCHR and the United Nations Population Fund "
              "on the rights of women with disabilities, launched in 2025 in Jamaica and Zambia.")
    got = {(r.subject, r.predicate, r.object) for r in rec.relations if r.predicate in ("assists", "partnersWith")}
    assert got == {("org/ohchr", "partnersWith", "org/unfpa")} | {
        (p, "assists", s) for p in ("org/ohchr", "org/unfpa") for s in ("state/JAM", "state/ZMB")}


def test_the_training_of_a_state_s_officials_is_not_the_state_s_act():
    got = pairs("Kenya recalled the training of officials of Chad, held in 2024 in Zambia.", predicate="assists")
    assert ("state/TCD", "state/ZMB") not in got


def test_a_comma_and_a_verb_with_its_own_object_is_no_participle():
    got = pairs("OHCHR, following its mission, organized a workshop for officials of Chad.", predicate="assists")
    assert got == {("org/ohchr", "state/TCD")}


# -- stances: an apposed holder, a concept as foundation, replacement, a quoted term -----------------

def stance_set(*paragraphs: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in run(*paragraphs).stances}


def test_a_holder_in_apposition_after_its_role():
    got = stance_set("The Board of Trustees of the Voluntary Fund for Technical Cooperation met. Its Chair, Ana Lima, "
                     "observed that the term \"win-win cooperation\" had not been clearly defined.")
    assert ("person/ana-lima", "concept/win-win-cooperation", "Sceptical") in got
    assert not {g for g in got if g[0] == "org/vf-tc-board"}


def test_cooperation_grounded_in_a_concept_supports_it():
    assert stance_set("Kenya considered that technical cooperation should be grounded in mutually beneficial "
                      "cooperation.") == {("state/KEN", "concept/mutually-beneficial-cooperation", "Supportive")}


def test_based_on_something_else_is_no_support():
    got = stance_set("Kenya did not question the concept of mutually beneficial cooperation, but stressed that "
                     "technical cooperation must be based on the request of the State concerned.")
    assert got == {("state/KEN", "concept/mutually-beneficial-cooperation", "NotQuestioned")}


def test_a_concept_that_should_not_replace_a_principle():
    assert stance_set("Denmark cautioned that the idea of a community of shared future for human beings should not "
                      "replace the universality of human rights.") \
        == {("state/DNK", "concept/community-of-shared-future", "Critical")}


def test_a_concept_that_helped_a_country():
    assert stance_set("The representative of Kenya stated that win-win cooperation had helped the country to build "
                      "its institutions.") == {("state/KEN", "concept/win-win-cooperation", "Supportive")}


def test_reservations_about_a_quoted_term_judge_only_that_term():
    got = stance_set("Kenya stated that the programme was based on mutually beneficial cooperation. It expressed "
                     "reservations about the term \"win-win cooperation\", which it considered ambiguous.")
    assert got == {("state/KEN", "concept/mutually-beneficial-cooperation", "Supportive"),
                   ("state/KEN", "concept/win-win-cooperation", "Sceptical")}


# -- passives of giving, a country team in a State, donors ------------------------------------------

def test_assistance_was_provided_to_x_by_y():
    assert pairs("Technical assistance was provided to the Government of the Niger by OHCHR.", predicate="assists") \
        == {("org/ohchr", "state/NER")}
    assert pairs("In 2024, support was also provided by UNDP to the Human Rights Commission of Zambia.",
                 predicate="assists") == {("org/undp", "org/hrc-zambia")}


def test_assistance_provided_with_no_agent_names_no_provider():
    assert not pairs("Assistance was provided to Chad in 2024.", predicate="assists")


def test_an_adviser_to_the_country_team_in_the_niger():
    assert pairs("OHCHR deployed a human rights adviser to the United Nations country team in the Niger.",
                 predicate="assists") == {("org/ohchr", "org/unct"), ("org/ohchr", "state/NER")}


def test_the_largest_donor_to_a_fund():
    assert money(FUND, "Germany remained the largest donor to the Fund, with a contribution of EUR 3 million.") \
        == {("state/DEU", "org/vf-tc", "3000000", "EUR")}


# -- panel-summary phrasings: his country, thanks for support, a member of a body --------------------

def test_his_country_is_the_speaker_s_state():
    assert pairs("The representative of Chad highlighted the assistance provided by OHCHR to his country.",
                 predicate="assists") == {("org/ohchr", "state/TCD")}


def test_thanked_for_its_support():
    assert pairs("The delegation of Kenya thanked OHCHR for the support it had received.", predicate="assists") \
        == {("org/ohchr", "state/KEN")}
    assert pairs("Chad expressed its gratitude to UNDP for its technical assistance.", predicate="assists") \
        == {("org/undp", "state/TCD")}


def test_thanked_for_something_else():
    assert not pairs("Chad thanked OHCHR for its report on the support to Kenya.", predicate="assists")
    assert not pairs("Chad thanked OHCHR for organizing the meeting.", predicate="assists")


def test_a_person_member_of_a_body():
    assert pairs("The panellists were Ana Costa, Minister of Justice of Brazil; and Jan Novak, member of the "
                 "Committee against Torture.", predicate="memberOf") == {("person/jan-novak", "org/cat")}


def test_givers_and_amounts_listed_before_one_recipient():
    assert money("Norway contributed NOK 20 million, Sweden SEK 15 million and Denmark DKK 5 million to OHCHR.") == {
        ("state/NOR", "org/ohchr", "20000000", "NOK"), ("state/SWE", "org/ohchr", "15000000", "SEK"),
        ("state/DNK", "org/ohchr", "5000000", "DKK")}


def test_a_comma_and_another_clause_end_the_list():
    got = money("Norway contributed NOK 20 million, and the Fund used it well. Chile contributed USD 5,000 to OHCHR.")
    assert ("state/NOR", "org/ohchr", "20000000", "NOK") not in got


def test_money_received_from_a_giver():
    assert money(FUND, "The Fund received a grant of USD 500,000 from the Republic of Korea.") \
        == {("state/KOR", "org/vf-tc", "500000", "USD")}


def test_in_a_state_opening_the_sentence_a_supported_process_helps_it():
    assert pairs("In Mali, OHCHR supported the establishment of a national human rights institution.",
                 predicate="assists") == {("org/ohchr", "state/MLI")}
    assert not pairs("OHCHR supported the recommendation of the Committee against Torture.", predicate="assists")


# -- regional cooperation phrasings ------------------------------------------------------------------

def test_two_that_held_a_joint_activity_partner():
    assert pairs("OHCHR and the African Commission on Human and Peoples' Rights held a joint workshop on torture "
                 "prevention.", predicate="partnersWith") == {("org/ohchr", "org/achpr")}


def test_one_that_welcomed_a_joint_statement_partners_no_one():
    assert not pairs("Kenya welcomed the joint statement on torture prevention.", predicate="partnersWith")


def test_the_secretariat_of_an_organisation_is_the_organisation():
    assert pairs("OHCHR supported the secretariat of the Southern African Development Community in drafting a "
                 "regional strategy.", predicate="assists") == {("org/ohchr", "org/sadc")}


# -- a name inside a longer capitalised name --------------------------------------------------------

def test_a_name_inside_a_longer_capitalised_name_is_no_mention():
    rec = run("The Presidential Human Rights Committee Secretariat coordinates the work of the ministries.",
              relations=False)
    assert "org/ccpr" not in {m.entity for m in rec.mentions}


def test_a_name_after_a_sentence_opening_word_or_before_a_full_stop_stays():
    rec = run("Kenya reported to the Human Rights Committee. Human Rights Committee Members met Kenya.",
              relations=False)
    assert [m.entity for m in rec.mentions].count("org/ccpr") == 2


@pytest.mark.parametrize("sentence", [
    "The Deputy High Commissioner accompanied the High Commissioner to Geneva.",
    "The High Commissioner was accompanied by the Deputy High Commissioner on her visit to Peru.",
])
def test_accompanying_a_post_is_no_help_to_it(sentence):
    assert not {(p, r) for p, r in pairs(sentence, predicate="assists") if r in ("org/hchr", "org/dhchr")}


def test_accompanying_a_state_still_helps_it():
    assert ("org/undp", "state/PER") in pairs("UNDP accompanied Peru in drafting its national action plan.",
                                              predicate="assists")
