"""English mechanisms of the dev5 round (round 4), written to generalise: for each, a sentence it reads and one
it must not.

The sentences are our own, in the style of UN reports (not copied from any report or gold text), run through
the real reader, segmenter, recogniser and bundled gazetteers with the English word lists.
"""

from __future__ import annotations

from test_relate_en_general import MBC, RTD, WW, facts, pairs, run, stances

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment





def contributions(*paragraphs: str) -> set[tuple]:
    return {(c.contributor, c.recipient, c.amount, c.currency, c.year) for c in run(*paragraphs).contributions}


def with_title(title: str, *paragraphs: str):
    """A report with a front page (symbol, body, title) and the paragraphs numbered after it."""
    text = ("A/HRC/99/12\nHuman Rights Council\nNinety-ninth session\n1–26 March 2032\nAgenda item 10\n"
            "Technical assistance and capacity-building\n\n" + title +
            "\n\nReport of the Secretary-General\n\n I. Introduction\n\n" +
            "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1)))
    return relate(recognise(segment(Source("t.txt", "t", text, "0" * 64, "utf-8", len(text)))))


# -- stances: what a cue judges ------------------------------------------------------------------------------

def test_a_second_statement_joined_by_and_stated_that_judges_something_else():
    got = stances("Chile expressed support for the right to development and stated that unilateral sanctions "
                  "undermined development.")
    assert got == {("state/CHL", RTD, "Supportive")}


def test_a_second_statement_that_refers_back_to_the_concept_still_counts():
    got = stances("Chile expressed support for the right to development and added that it was essential.")
    assert got == {("state/CHL", RTD, "Supportive")}


def test_a_harm_the_concept_is_said_to_counter_makes_it_supported():
    got = stances("Ghana considered that win-win cooperation offered an alternative to confrontation and "
                  "politicization.")
    assert got == {("state/GHA", WW, "Supportive")}
    got = stances("Ghana warned against the politicization of win-win cooperation.")
    assert got == {("state/GHA", WW, "Critical")}


def test_not_x_but_y_is_one_judgement_and_not_a_contrast():
    got = stances("Peru stressed that the right to development was not a slogan but a framework for "
                  "international cooperation.")
    assert got == {("state/PER", RTD, "Supportive")}
    got = stances("Peru did not comment on win-win cooperation but welcomed the right to development.")
    assert got == {("state/PER", WW, "NotQuestioned"), ("state/PER", RTD, "Supportive")}


def test_a_concept_used_without_a_definition_is_doubted_and_the_concept_of_quote_names_it():
    got = stances('Norway did not question the right to development, but regretted that the concept of '
                  '"win-win cooperation" was still used without an agreed definition.')
    assert got == {("state/NOR", RTD, "NotQuestioned"), ("state/NOR", WW, "Sceptical")}


def test_in_his_view_opens_the_view_of_the_person_before():
    got = stances("The panellists were Jonas Rautio Berg and Mele Fifita Vea.",
                  "Jonas Rautio Berg said that OHCHR had supported Tonga and Fiji in preparing their reports. "
                  "In his view, the right to development was of particular importance to small States.")
    assert got == {("person/jonas-rautio-berg", RTD, "Supportive")}


def test_a_reporting_verb_after_a_possessive_is_a_noun_and_no_holder():
    got = stances("OHCHR helped Tonga and Fiji in preparing their reports on mutually beneficial cooperation.")
    assert not any(h in ("state/TON", "state/FJI") for h, _c, _v in got)


def test_not_persuaded_then_opposed_is_critical_and_shared_that_concern_carries_it():
    got = stances("Canada was not persuaded that the notion of mutual benefit belonged in a human rights "
                  "resolution and opposed its inclusion. Japan shared that concern.")
    assert got == {("state/CAN", MBC, "Critical"), ("state/JPN", MBC, "Critical")}
    assert stances("Canada was not persuaded that the notion of mutual benefit was clear.") == \
        {("state/CAN", MBC, "Sceptical")}


def test_she_holds_after_her_name_and_a_common_language_is_support():
    got = stances("The panellists were Ruth Amankwah Osei and Lars Berg Holm.",
                  "Ruth Amankwah Osei described the work of her office. She considered that the right to "
                  "development offered a common language for cooperation.")
    assert got == {("person/ruth-amankwah-osei", RTD, "Supportive")}


# -- subjects: a pronoun before the object, a noun of intent ---------------------------------------------------

def test_it_in_a_reported_clause_is_the_subject_and_the_supporter_helps_it():
    got = pairs("Chile reported that it had trained prosecutors from Peru and Ecuador, with the support of the "
                "United Nations Office on Drugs and Crime.", predicate="assists")
    assert got == {("state/CHL", "state/PER"), ("state/CHL", "state/ECU"), ("org/unodc", "state/CHL")}
    got = pairs("Chile reported that UNDP had trained prosecutors from Peru.", predicate="assists")
    assert got == {("org/undp", "state/PER")}


def test_the_decision_of_x_to_request_makes_x_the_asker():
    got = pairs("The High Commissioner welcomed the decision of the Government of Malawi to request assistance "
                "from OHCHR.", predicate="requests")
    assert got == {("state/MWI", "org/ohchr")}
    got = pairs("The High Commissioner welcomed Zambia's intention to request assistance from OHCHR.",
                predicate="requests")
    assert got == {("state/ZMB", "org/ohchr")}
    got = pairs("The Secretary-General requested OHCHR to assist Malawi.", predicate="requests")
    assert got == {("org/sg", "org/ohchr")}


def test_a_passive_before_a_speaking_resolution_keeps_the_subject_for_it():
    got = pairs("The Peacebuilding Fund was established by the General Assembly in its resolution 60/180. "
                "It is managed by the Peacebuilding Support Office.", predicate="administeredBy")
    assert got == {("org/peacebuilding-fund", "org/pbso")}


# -- activities and funding ----------------------------------------------------------------------------------

def test_agents_coordinated_with_and_by_fund_alike():
    got = pairs("The advisers in Chad and Mali were financed by Norway and by Sweden.", predicate="assists")
    assert got == {(f, s) for f in ("state/NOR", "state/SWE") for s in ("state/TCD", "state/MLI")}


def test_covering_the_travel_of_delegations_assists_their_states():
    got = pairs("The Peacebuilding Fund covered the travel of the delegations of Fiji and Tonga to Geneva.",
                predicate="assists")
    assert got == {("org/peacebuilding-fund", "state/FJI"), ("org/peacebuilding-fund", "state/TON")}
    assert pairs("The Peacebuilding Fund covered the costs of the meeting in Geneva.", predicate="assists") == set()


def test_a_tool_financed_in_a_state_assists_it():
    got = pairs("In Mongolia, the United Nations Democracy Fund financed a database on complaints.",
                predicate="assists")
    assert got == {("org/undef", "state/MNG")}


def test_a_grant_from_x_to_y_is_assistance():
    got = pairs("A grant from the United Nations Democracy Fund to the Kenya National Commission on Human Rights "
                "paid for its monitors.", predicate="assists")
    assert got == {("org/undef", "org/knchr")}


def test_an_activity_referred_back_to_reaches_those_a_later_clause_names():
    got = run("UNDP organized two workshops in 2025. The first, held with the African Union, was attended by "
              "officials from Chad and the Niger; the second brought together judges from Mali.")
    assists = {(r.subject, r.object) for r in got.relations if r.predicate == "assists"}
    assert assists == {("org/undp", "state/TCD"), ("org/undp", "state/NER"), ("org/au", "state/TCD"),
                       ("org/au", "state/NER"), ("org/undp", "state/MLI")}
    assert {(r.subject, r.object) for r in got.relations if r.predicate == "partnersWith"} == {("org/undp", "org/au")}


def test_a_referring_clause_without_people_of_a_state_reaches_no_one():
    assert pairs("UNDP organized two workshops in 2025. The first was postponed to 2026.", predicate="assists") == set()
    assert pairs("UNDP supported Chad in 2025. The first report of Chad was submitted in 2026.",
                 predicate="assists") == {("org/undp", "state/TCD")}


def test_an_activity_organized_with_y_makes_y_a_co_organizer_and_partner():
    got = run("UNDP organized a workshop with the African Union for officials from Chad.")
    assert {(r.subject, r.object) for r in got.relations if r.predicate == "assists"} == \
        {("org/undp", "state/TCD"), ("org/au", "state/TCD")}
    assert {(r.subject, r.object) for r in got.relations if r.predicate == "partnersWith"} == {("org/undp", "org/au")}


def test_the_post_will_be_funded_by_y_assists_the_state_the_post_serves():
    got = facts("OHCHR deployed a human rights adviser to Malawi in 2025. From 2027, the post will be funded by "
                "Ireland.", predicate="assists")
    assert ("state/IRL", "state/MWI", "Planned", None) in got
    got = facts("OHCHR deployed a human rights adviser to Malawi in 2025. Ireland funded a study in 2027.",
                predicate="assists")
    assert not any(s == "state/IRL" for s, _o, _m, _r in got)


# -- partners ------------------------------------------------------------------------------------------------

def test_readiness_to_work_with_is_no_partnership():
    assert pairs("Malawi indicated its readiness to work with OHCHR on the follow-up.", predicate="partnersWith") == set()
    assert pairs("Malawi worked with OHCHR on the follow-up.", predicate="partnersWith") == {("state/MWI", "org/ohchr")}


def test_technical_cooperation_of_a_un_provider_with_a_state_is_assistance():
    got = facts("In its resolution 52/9, the Human Rights Council invited OHCHR to continue its technical "
                "cooperation with Malawi.", predicate="assists")
    assert got == {("org/ohchr", "state/MWI", "Requested", "resolution/A/HRC/RES/52/9")}
    assert pairs("Malawi continued its technical cooperation with Zambia.", predicate="partnersWith") == \
        {("state/MWI", "state/ZMB")}


# -- contributions -------------------------------------------------------------------------------------------

def test_respectively_keeps_the_recipient_and_year_after_it():
    got = contributions("Chile and Peru pledged US$ 30,000 and US$ 20,000, respectively, to the United Nations "
                        "Democracy Fund for 2027.")
    assert got == {("state/CHL", "org/undef", "30000", "USD", "2027"), ("state/PER", "org/undef", "20000", "USD", "2027")}


# -- back-references -----------------------------------------------------------------------------------------

def test_the_board_of_a_report_on_a_fund_is_that_funds_board():
    rec = with_title("Operations of the Voluntary Fund for Financial and Technical Assistance in the "
                     "Implementation of the Universal Periodic Review",
                     "The Board of Trustees held its sixtieth session in Geneva.")
    ents = {m.entity for m in rec.mentions if m.number == 1}
    assert {"org/vf-tc-board", "session/vf-tc-board/60"} <= ents
    rec = with_title("Operations of the United Nations Democracy Fund", "The Board held its tenth session.")
    assert "org/vf-tc-board" not in {m.entity for m in rec.mentions}


def test_the_deputy_high_commissioner_and_the_high_commissioner_stay_apart():
    rec = run("The meeting was opened by the Deputy High Commissioner for Human Rights, Ann Doe Smith.",
              "The Deputy High Commissioner stressed the role of the Office.",
              "The High Commissioner recalled the mandate.", relations=False)
    by = {(m.number, m.entity) for m in rec.mentions if m.entity in ("org/dhchr", "org/hchr")}
    assert (2, "org/dhchr") in by and (3, "org/hchr") in by and (3, "org/dhchr") not in by


def test_the_fund_to_an_institution_is_the_fund_named_before():
    rec = run("The United Nations Democracy Fund supported civil society in 2025.",
              "A grant from the Fund to the Kenya National Commission on Human Rights was approved.", relations=False)
    assert "org/undef" in {m.entity for m in rec.mentions if m.number == 2}


def test_her_institution_is_the_institution_named_with_the_speaker():
    got = pairs("The panellists were Li Mei Hua and Ana Ruiz Vega.",
                "Li Mei Hua, a researcher at the Raoul Wallenberg Institute of Human Rights and Humanitarian Law, said "
                "that her institution had hosted officials from Laos and Cambodia for a course.", predicate="assists")
    assert got == {("org/raoul-wallenberg-institute", "state/LAO"), ("org/raoul-wallenberg-institute", "state/KHM")}
    rec = run("Li Mei Hua said that her institution had grown.", relations=False)
    assert not any(m.via == "backref" for m in rec.mentions)


def test_guidance_developed_for_a_body_is_assistance_to_it():
    got = facts("The moderator proposed that OHCHR develop common guidance for United Nations country teams.",
                predicate="assists")
    assert got == {("org/ohchr", "org/unct", "Recommended", None)}
    assert pairs("OHCHR developed its own guidance in 2025.", predicate="assists") == set()


def test_engaging_with_a_state_through_an_adviser_assists_it_and_the_posts_funders_too():
    got = pairs("Since the closure of its country office, the Office has engaged with Malawi through a human rights "
                "adviser. The adviser's post is financed by Ireland and Norway.", predicate="assists")
    assert got == {("org/ohchr", "state/MWI"), ("state/IRL", "state/MWI"), ("state/NOR", "state/MWI")}
    assert pairs("The Office has engaged with Malawi on its reporting.", predicate="assists") == set()


def test_the_chair_of_a_body_named_before_the_person_is_a_member_of_it():
    got = pairs("Opening statements were made by the High Commissioner, Volker Türk, and by the Chair of the Working "
                "Group on the Right to Development, Farid Haddad-Olsen.", predicate="memberOf")
    assert got == {("person/farid-haddad-olsen", "org/wg-right-to-development")}
    assert pairs("Opening statements were made by the Working Group on the Right to Development, and by Farid "
                 "Haddad-Olsen.", predicate="memberOf") == set()


def test_respectively_pairs_providers_with_recipients():
    got = pairs("UNICEF and UNFPA supported the Ministry of Health of Liberia and the Ministry of Social Welfare of "
                "Sierra Leone, respectively.", predicate="assists")
    assert got == {("org/unicef", "state/LBR"), ("org/unfpa", "state/SLE")}
    got = pairs("UNICEF and UNFPA supported Liberia and Sierra Leone.", predicate="assists")
    assert len(got) == 4


def test_benefiting_from_missions_by_x_is_assistance_from_x():
    got = pairs("Sierra Leone and Liberia benefited from advisory missions by OHCHR.", predicate="assists")
    assert got == {("org/ohchr", "state/SLE"), ("org/ohchr", "state/LBR")}
    assert pairs("Sierra Leone benefited from the rains in 2025.", predicate="assists") == set()


def test_an_unnamed_group_holds_through_the_members_named_after_it():
    got = stances("Several delegations, including India and Egypt, welcomed the right to development.")
    assert got == {("state/IND", RTD, "Supportive"), ("state/EGY", RTD, "Supportive")}
    assert stances("Several delegations welcomed the right to development.") == set()


def test_appreciation_for_a_concept_is_support():
    assert stances("Cuba expressed its appreciation for the right to development as a guiding principle.") == \
        {("state/CUB", RTD, "Supportive")}
    assert stances("Cuba expressed its appreciation to UNDP for its support.") == set()
