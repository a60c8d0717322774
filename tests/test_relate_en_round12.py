"""Sentences of our own (not gold or battery rows) for each rule of English round 12."""

from test_relate_en_general import MBC, RTD, facts, stances


def _triples(got):
    return {(s, o, m) for s, o, m, _r in got}


def test_the_mechanisms_of_several_states_name_each_state():
    got = facts("UNICEF supported the national mechanisms of Ecuador and Paraguay.",
                predicate="assists")
    assert _triples(got) == {("org/unicef", "state/ECU", "Reported"), ("org/unicef", "state/PRY", "Reported")}


def test_a_recommended_support_to_the_mechanisms_of_states_with_partners():
    got = facts("The seminar recommended that UNFPA, in partnership with UNDP, continue to support the national "
                "mechanisms of Ghana, Togo and Benin.", predicate="assists")
    assert _triples(got) == {(p, s, "Recommended") for p in ("org/unfpa", "org/undp")
                             for s in ("state/GHA", "state/TGO", "state/BEN")}


def _report(text: str):
    from tacb_graph.recognise import recognise
    from tacb_graph.records import Source
    from tacb_graph.relate import relate
    from tacb_graph.segment import segment
    return relate(recognise(segment(Source("t.txt", "t", text, "0" * 64, "utf-8", len(text)))))


SEMINAR = """A/HRC/99/1
Human Rights Council

Report of a seminar

 I. Introduction

1. The seminar was held in Lima.

 II. Proceedings

 A. Statements

2. The representative of Ecuador said that the national plan of action had been adopted.

3. Paraguay stated that its Government had established a new commission.

 B. Written submissions

4. Written submissions to the present report were received from Bolivia and Uruguay.
"""


def test_written_submissions_in_one_sub_section_do_not_make_the_statements_of_another_submissions():
    got = {(r.subject, r.number) for r in _report(SEMINAR).relations if r.predicate == "submittedInputTo"}
    assert got == {("state/BOL", 4), ("state/URY", 4)}


def test_the_concept_refers_to_the_one_the_paragraph_before_named():
    got = stances("Ghana endorsed the right to development as a guide for cooperation.",
                  "The Ombudsman of Peru found the concept helpful, but said that it remained vague. "
                  "Norway did not express a view on the concept.")
    assert got == {("state/GHA", RTD, "Supportive"), ("org/ombudsman-peru", RTD, "Sceptical"),
                   ("state/NOR", RTD, "NotQuestioned")}


def test_the_concept_with_no_concept_named_before_is_no_stance():
    assert stances("Ghana spoke about training.", "Norway did not express a view on the concept.") == set()


def test_representatives_of_civil_society_with_named_members_hold_the_stance():
    got = stances("Representatives of civil society, including Amnesty International, questioned the right to "
                  "development.")
    assert got == {("org/amnesty", RTD, "Sceptical")}


def test_a_member_named_with_its_article_holds_the_stance_of_the_group():
    got = stances("Several delegations, including the Philippines, opposed the concept of mutually beneficial "
                  "cooperation.")
    assert got == {("state/PHL", MBC, "Critical")}


def test_cooperation_that_should_rest_on_the_principle_supports_it():
    got = stances("The delegation of Norway said that assistance should rest on the principle of mutually "
                  "beneficial cooperation.")
    assert got == {("state/NOR", MBC, "Supportive")}


def test_further_or_additional_help_asked_from_a_provider_is_a_request():
    for lead in ("further technical assistance", "additional support"):
        got = facts(f"Honduras stated that it had adopted a new law, and requested {lead} from UNICEF to "
                    "implement it.", predicate="assists")
        assert _triples(got) == {("org/unicef", "state/HND", "Requested")}
        assert facts(f"Honduras requested {lead} from UNICEF.", predicate="requests") \
            == {("state/HND", "org/unicef", "Reported", None)}


def test_resource_persons_listed_with_their_bodies_are_persons_and_members():
    from test_relate_en_general import run
    rec = run("The resource persons included Maria Gonzalez, member of the Committee against Torture, and Pedro "
              "Alvarez, Vice-Chair of the Committee on the Rights of the Child.")
    assert {e.key for e in rec.entities if e.kind == "Person"} == {"person/maria-gonzalez", "person/pedro-alvarez"}
    assert {(r.subject, r.object) for r in rec.relations if r.predicate == "memberOf"} \
        == {("person/maria-gonzalez", "org/cat"), ("person/pedro-alvarez", "org/crc")}


def test_the_chief_of_a_unit_before_a_comma_names_a_person():
    from test_relate_en_general import run
    rec = run("The seminar was opened by the Chief of the Rule of Law Section, Sofia Marquez.")
    assert {e.key for e in rec.entities if e.kind == "Person"} == {"person/sofia-marquez"}
    assert not {e.key for e in rec.entities if e.kind == "Place"}


def test_people_who_had_taken_part_in_an_activity_held_by_another_were_assisted():
    got = facts("Officials of Togo had attended a course organized by UNICEF.", predicate="assists")
    assert _triples(got) == {("org/unicef", "state/TGO", "Reported")}


def test_a_name_with_its_office_set_off_after_it_is_a_person():
    from test_relate_en_general import run
    rec = run("The seminar was opened by Carlos Ibarra, Commissioner for Human Rights of Peru, and closed by "
              "Ana Torres, member of the Committee against Torture.")
    assert {e.key for e in rec.entities if e.kind == "Person"} == {"person/carlos-ibarra", "person/ana-torres"}
    assert {(r.subject, r.object) for r in rec.relations if r.predicate == "memberOf"} \
        == {("person/ana-torres", "org/cat")}


def test_members_of_its_staff_who_took_part_are_the_owner_named_before():
    got = facts("Ecuador reported that the Ombudsman of Ecuador had received a grant from Spain, and that members "
                "of its staff had attended a course organized in Quito by UNICEF.", predicate="assists")
    assert _triples(got) == {("org/unicef", "org/ombudsman-ecuador", "Reported"),
                             ("state/ESP", "org/ombudsman-ecuador", "Reported")}


def test_people_trained_at_a_school_of_the_speaker_were_assisted_by_it():
    got = facts("Ghana reported that police officers of Togo had attended a course on forensics at its police "
                "academy.", predicate="assists")
    assert _triples(got) == {("state/GHA", "state/TGO", "Reported")}
    assert facts("Ghana reported that judges of Togo had attended a course at their school.",
                 predicate="assists") == set()


def test_people_who_had_taken_part_in_a_workshop_were_assisted_by_its_holder():
    got = facts("Magistrates of Benin had taken part in a seminar held by UNDP.", predicate="assists")
    assert _triples(got) == {("org/undp", "state/BEN", "Reported")}


def test_a_state_that_would_invite_a_provider_announces_planned_help():
    got = facts("Namibia said that it would invite UNICEF to hold a workshop for its drafting group in 2031.",
                predicate="assists")
    assert got == {("org/unicef", "state/NAM", "Planned", None)}
    got = facts("Namibia invited UNICEF to hold a workshop for its drafting group.", predicate="assists")
    assert got == {("org/unicef", "state/NAM", "Requested", "state/NAM")}


def test_an_unnamed_ministry_helped_stands_for_the_state_the_sentence_is_set_in():
    got = facts("In Malawi, the Ministry of Health drafted a referral protocol with advice from WHO.",
                predicate="assists")
    assert _triples(got) == {("org/who", "state/MWI", "Reported")}
    got = facts("Zambia hosted a regional meeting. The Ministry of Justice revised the prison rules with the "
                "support of UNODC.", predicate="assists")
    assert _triples(got) == {("org/unodc", "state/ZMB", "Reported")}
