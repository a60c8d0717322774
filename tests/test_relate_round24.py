"""Round 24 (twelfth session): forms read from the opened twenty-fourth sets' misses, each written here as a
general form of the genre on sentences of our own (no sentence of any report)."""

from __future__ import annotations

import pytest

from test_relate_round21 import facts, stances, triples


def test_a_programme_opening_the_sentence_is_no_list_member_of_its_subject():
    got = triples(facts("Under the Spotlight Initiative, UNFPA and the Office helped the Ministry of Health of Chad to "
                        "draft a protocol on sexual violence."))
    assert {("org/unfpa", "assists", "state/TCD", "Reported"), ("org/ohchr", "assists", "state/TCD", "Reported")} <= got


def test_an_office_holder_named_after_the_post_acts_as_the_post():
    got = triples(facts("The Special Rapporteur on the right to food, Ana Lund-Ferreira, advised the Ministry of "
                        "Agriculture of Peru on a draft law, in cooperation with FAO."))
    assert ("org/sr-food", "assists", "state/PER", "Reported") in got
    assert ("org/sr-food", "partnersWith", "org/fao", "Reported") in got
    assert not any(p == "partnersWith" and "state/PER" in (s, o) for s, p, o, _m in got)


def test_a_partner_set_off_by_commas_takes_the_mood_of_the_verb_after_it():
    got = triples(facts("Next year, UNDP, in partnership with the African Union, will support the national human rights "
                        "commissions of Kenya and Uganda in setting up a joint complaints database."))
    assert ("org/undp", "partnersWith", "org/au", "Planned") in got
    assert ("org/undp", "assists", "state/KEN", "Planned") in got


def test_a_joint_programme_of_the_objects_of_planned_help_is_planned():
    got = triples(facts("OHCHR will help the Ombudsman of Peru and the Ombudsman of Bolivia to set up a joint "
                        "programme on prison monitoring."))
    assert {m for s, p, o, m in got if p == "partnersWith"} == {"Planned"}


def test_the_work_of_a_body_financed_through_contributions_names_the_recipient():
    found = facts("The operations of UNICEF in Chad in 2030 were funded through voluntary contributions, including "
                  "USD 200,000 from Denmark and €90,000 from Austria.")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {
        ("state/DNK", "org/unicef"), ("state/AUT", "org/unicef")}


def test_things_given_with_the_giving_verb():
    got = triples(facts("UNHCR supplied three reception centres in Chad with medical supplies and bedding."))
    assert ("org/unhcr", "assists", "state/TCD", "Reported") in got


def test_an_offer_made_by_a_body_and_not_accepted():
    got = triples(facts("The Government of Peru did not accept an offer made by UNDP in March 2030 to train its police."))
    assert ("org/undp", "assists", "state/PER", "Negated") in got


def test_the_office_before_a_month_is_the_office():
    got = triples(facts("OHCHR trained judges of Chad. The Government of Niger declined an offer made by the Office in "
                        "May 2031 to review its penal code."))
    assert ("org/ohchr", "assists", "state/NER", "Negated") in got


def test_resources_from_a_fund_pay_for_the_help():
    got = triples(facts("With resources from the Peacebuilding Fund, UNDP helped the Ministry of Justice of Liberia to "
                        "draft a legal aid policy."))
    assert ("org/peacebuilding-fund", "assists", "state/LBR", "Reported") in got


def test_help_made_possible_by_a_contribution():
    got = triples(facts("A course for judges of Chad, held by UNDP, was made possible by a contribution from Ireland."))
    assert ("state/IRL", "assists", "state/TCD", "Reported") in got


def test_organizations_of_a_state_are_its_people():
    got = triples(facts("Amnesty International held three workshops for women's organizations of Chad."))
    assert ("org/amnesty", "assists", "state/TCD", "Reported") in got


def test_a_body_taking_part_co_provides_and_partners():
    got = triples(facts("UNDP trained judges of Chad. UNDP will hold a course for the clerks of Chad in 2031, with the "
                        "participation of UNODC."))
    assert ("org/undp", "partnersWith", "org/unodc", "Planned") in got


def test_states_taking_part_are_no_partners():
    got = triples(facts("UNDP held a seminar in Dakar with the participation of Mali and the Niger."))
    assert not any(p == "partnersWith" for _s, p, _o, _m in got)


def test_that_ministry_refers_back_to_the_state():
    got = triples(facts("UNICEF advised the Ministry of Education of Chad on a curriculum, at the request of that Ministry."))
    assert ("state/TCD", "requests", "org/unicef", "Reported") in got


def test_a_pronoun_in_a_relative_clause_is_the_one_the_text_spoke_of():
    got = triples(facts("UNDP trained judges of Chad. A course on legal aid, which it had given jointly with UNICEF "
                        "for lawyers of the Niger, was well attended."))
    assert {("org/undp", "assists", "state/NER", "Reported"), ("org/unicef", "assists", "state/NER", "Reported")} <= got


@pytest.mark.parametrize("undone", ["had been called off", "was cancelled"])
def test_an_activity_called_off_is_negated_help_of_the_actor_before(undone):
    got = triples(facts(f"Amnesty International trained lawyers of Chad. A course for judges of the Niger {undone}."))
    assert ("org/amnesty", "assists", "state/NER", "Negated") in got


def test_a_speaker_named_with_a_nationality_keeps_her_organization():
    found = facts("The panellists were Ana Lund (Peru), adviser at Amnesty International, and Li Wei, director at UNICEF.",
                  "UNDP trained judges of Chad.",
                  "Ms. Lund said that her organization had trained lawyers of Chad.")
    got = triples(found)
    assert ("org/amnesty", "assists", "state/TCD", "Reported") in got
    assert ("org/undp", "assists", "state/TCD", "Reported") in got


def test_a_grant_received_pays_only_for_the_help_stated_before_it():
    got = triples(facts("The Commission on Human Rights of the Philippines received a grant of USD 40,000 from UNDEF, "
                        "and later trained staff of the Human Rights Commission of Malaysia."))
    assert ("org/undef", "assists", "org/chrp", "Reported") in got
    assert not any(s == "org/undef" and o == "org/suhakam" for s, _p, o, _m in got)


def test_people_a_state_sends_to_another_are_help_to_it():
    got = triples(facts("Chile recalled that it had deployed nurses to Haiti every year since 2015."))
    assert ("state/CHL", "assists", "state/HTI", "Reported") in got


def test_a_sending_marker_closes_the_object_only():
    got = triples(facts("UNDP deployed an expert to Tuvalu for a year to help the Government report to the Committee "
                        "on the Rights of the Child."))
    assert not any(o == "org/crc" for _s, _p, o, _m in got)


def test_the_optional_protocol_is_no_convention():
    found = facts("OHCHR advised Chad on a mechanism under the Optional Protocol to the Convention against Torture.")
    assert {r.object for r in found.relations if r.predicate == "cites"} == {"instrument/opcat"}


def test_money_committed_and_announced_is_a_contribution():
    found = facts("Canada committed CAD 3 million to UNICEF for 2031.", "Ireland announced €400,000 for the work of UNDP.")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("state/CAN", "org/unicef"), ("state/IRL", "org/undp")}


@pytest.mark.parametrize("sentence, value", [
    ("Peru found win-win cooperation an attractive idea, but observed that nobody had explained what it meant for States.",
     "Sceptical"),
    ("Amnesty International warned that the concept of mutually beneficial cooperation could be used to weaken "
     "accountability.", "Critical"),
    ("Chile did not question mutually beneficial cooperation, but doubted that its results could be assessed.", "Sceptical"),
])
def test_stances_of_the_genre(sentence, value):
    assert {v for _h, _c, v in stances(facts(sentence))} == {value}


def test_such_a_reference_refers_back_to_the_concept():
    found = facts("Chile opposed any reference to a community of shared future for human beings in the outcome. Peru did "
                  "not support such a reference either.")
    assert ("state/PER", "concept/community-of-shared-future", "Critical") in stances(found)


def test_the_league_refers_back_to_a_league():
    got = triples(facts("UNDP gave a grant to the Tunisian League for Human Rights. The League, in turn, trained lawyers "
                        "of Tunisia with Amnesty International."))
    assert ("org/ltdh", "assists", "state/TUN", "Reported") in got


def test_a_grant_of_a_un_body_for_work_in_a_state():
    got = triples(facts("OHCHR awarded a grant to Amnesty International for the monitoring of prisons in northern Chad."))
    assert {("org/ohchr", "assists", "state/TCD", "Reported"), ("org/amnesty", "assists", "state/TCD", "Reported")} <= got


def test_a_grant_of_a_state_is_no_help_to_the_next_giver():
    got = triples(facts("Denmark contributed DKK 4,500,000, the Netherlands gave EUR 600,000 in 2032 and Qatar provided "
                        "USD 250,000 to the Office."))
    assert not any(p == "assists" and o == "state/QAT" for _s, p, o, _m in got)


def test_the_implementers_of_the_project_opening_the_sentence_helped():
    got = triples(facts("Under a project financed by the Peacebuilding Fund and implemented jointly by UNDP and UNICEF, "
                        "the juvenile justice directorate of Chad was provided with computers and two vehicles."))
    assert {("org/undp", "assists", "state/TCD", "Reported"), ("org/unicef", "assists", "state/TCD", "Reported"),
            ("org/peacebuilding-fund", "assists", "state/TCD", "Reported")} <= got


def test_equipment_delivered_to_offices_of_a_state():
    got = triples(facts("UNHCR delivered equipment to the civil registry offices of four communes of the Niger."))
    assert ("org/unhcr", "assists", "state/NER", "Reported") in got


def test_an_activity_the_actor_had_to_cancel():
    got = triples(facts("UNDP had to cancel, for security reasons, a workshop for the prosecutors of Chad."))
    assert ("org/undp", "assists", "state/TCD", "Negated") in got


def test_a_national_body_named_without_its_state_in_a_country_passage():
    got = triples(facts("UNDP trained judges of Guatemala. UNDP also assisted the Supreme Court in drafting a protocol."))
    assert ("org/undp", "assists", "state/GTM", "Reported") in got


def test_a_partner_phrase_at_the_end_of_the_clause_without_a_comma():
    got = triples(facts("UNICEF assisted the Ministry of Education of Chad in revising a curriculum in cooperation with "
                        "UNESCO."))
    assert ("org/unicef", "partnersWith", "org/unesco", "Reported") in got
    assert not any(p == "partnersWith" and "state/TCD" in (s, o) for s, p, o, _m in got)


def test_names_with_letters_of_central_european_languages_are_persons():
    got = triples(facts("The panellists were Dragana Petrović Lund, Chair of the Committee against Torture, and Jan Nowak, "
                        "member of the Human Rights Committee."))
    assert ("person/dragana-petrovic-lund", "memberOf", "org/cat", "Reported") in got


def test_national_mechanisms_trained_in_a_planned_passage():
    got = triples(facts("UNDP worked closely with UNICEF. In 2035, it would train the national mechanisms of Cabo Verde, "
                        "with funding from Portugal."))
    assert {("org/undp", "assists", "state/CPV", "Planned"), ("state/PRT", "assists", "state/CPV", "Planned")} <= got


def test_its_offer_not_taken_up_is_negated_help_only():
    got = triples(facts("Norway regretted that its offer to fund a workshop in Malawi had not been taken up."))
    assert ("state/NOR", "assists", "state/MWI", "Negated") in got
    assert ("state/NOR", "assists", "state/MWI", "Reported") not in got


def test_a_state_set_off_by_an_aside_hosts_and_partners_with_the_co_organizer():
    got = triples(facts("Chile, in turn, hosted prosecutors from Peru and Bolivia for a study visit in 2031, organized "
                        "together with UNODC."))
    assert ("state/CHL", "partnersWith", "org/unodc", "Reported") in got
    assert not any(p == "partnersWith" and "state/PER" in (s, o) for s, p, o, _m in got)


def test_more_national_bodies_named_without_their_state():
    got = triples(facts("UNDP trained judges of Kenya. At the request of the Ministry of Internal Affairs, UNODC reviewed "
                        "the draft police act."))
    assert ("state/KEN", "requests", "org/unodc", "Reported") in got


def test_resources_for_the_work_of_a_body_came_from_givers():
    found = facts("Extrabudgetary resources for the work of UNICEF in Chad in 2031 came from Sweden (2 million Swedish "
                  "kronor) and Ireland (USD 75,000).")
    assert {(c.contributor, c.recipient) for c in found.contributions} == {("state/SWE", "org/unicef"), ("state/IRL", "org/unicef")}


def test_contributions_listed_after_they_included():
    found = facts("In 2031, the Voluntary Fund for Technical Cooperation in the Field of Human Rights received contributions "
                  "totalling USD 2.9 million from nine donors. They included EUR 500,000 from Germany and USD 50,000 from Oman.")
    assert {(c.contributor, c.recipient) for c in found.contributions} >= {("state/DEU", "org/vf-tc"), ("state/OMN", "org/vf-tc")}


def test_members_named_after_an_aside():
    got = triples(facts("The Board of Trustees of the United Nations Voluntary Fund for Technical Cooperation in the Field of "
                        "Human Rights met in Geneva. Its members, appointed by the Secretary-General, are Ana Ruiz (Chile) "
                        "and Jan Berg (Norway)."))
    assert {("person/ana-ruiz", "memberOf", "org/vf-tc-board", "Reported"),
            ("person/jan-berg", "memberOf", "org/vf-tc-board", "Reported")} <= got


@pytest.mark.parametrize("sentence, value", [
    ("In a joint statement, Chile and Peru described win-win cooperation as a slogan whose meaning had never been clarified.",
     "Sceptical"),
    ("Amnesty International did not object to the concept of win-win cooperation, while noting that it had never been "
     "explained how it would be measured.", "Sceptical"),
])
def test_more_stances_of_the_genre(sentence, value):
    assert {v for _h, _c, v in stances(facts(sentence))} == {value}


def test_a_similar_view_is_the_same_stance():
    found = facts("Cuba welcomed the idea of a community of shared future for human beings. Belarus expressed a similar view.")
    assert ("state/BLR", "concept/community-of-shared-future", "Supportive") in stances(found)


def test_a_chinese_resolution_in_which_it_requests():
    got = triples(facts("人权理事会通过了第 94/19 号决议，其中请人权高专办向亚美尼亚提供技术援助。"))
    assert ("resolution/A/HRC/RES/94/19", "requests", "org/ohchr", "Reported") in got
    assert ("org/hrc", "requests", "org/ohchr", "Reported") not in got


def test_a_project_to_be_carried_out_by_its_implementers_is_planned():
    got = triples(facts("欧洲联盟已承诺为一个项目提供资金，该项目将从 2041 年 1 月起由开发署和儿基会共同实施，支持格鲁吉亚落实国家人权战略。"))
    assert {("org/undp", "assists", "state/GEO", "Planned"), ("org/unicef", "assists", "state/GEO", "Planned")} <= got
