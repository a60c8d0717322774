"""English mechanisms of the dev4 round, written to generalise: for each, a sentence it reads and one it must not.

The sentences are our own, in the style of UN reports (not copied from any report or gold text), run
through the real reader, segmenter, recogniser and bundled gazetteers with the English word lists.
"""

from __future__ import annotations

from test_relate_en_general import MBC, RTD, WW, facts, pairs, run, stances


def persons(rec, number: int) -> set[str]:
    return {m.entity for m in rec.mentions if m.number == number and m.entity.startswith("person/")}




def mentions(rec, number: int) -> set[str]:
    return {m.entity for m in rec.mentions if m.number == number}




# -- persons: a name the report introduced recurs without a title; 'moderated by'; titles 'of …' ---------------

def test_a_person_named_before_is_a_person_where_the_name_recurs_alone():
    rec = run("The panellists were Joan Okello Mbeki and Pedro Salas Ruiz.",
              "Joan Okello Mbeki, a judge of the African Court, described the reform.", relations=False)
    assert persons(rec, 2) == {"person/joan-okello-mbeki"}


def test_a_name_never_introduced_is_no_person_on_its_own():
    rec = run("Joan Okello Mbeki described the reform.", relations=False)
    assert persons(rec, 1) == set()
    # (introduced by an apposition that says what she is, the name is a person: since the twenty-eighth session)
    rec = run("Joan Okello Mbeki, a judge of the African Court, described the reform.", relations=False)
    assert persons(rec, 1) == {"person/joan-okello-mbeki"}


def test_a_moderator_is_a_person():
    rec = run("The panel was moderated by Ilse Varga Kovacs, Chief of the Methodology Section.", relations=False)
    assert persons(rec, 1) == {"person/ilse-varga-kovacs"}
    rec = run("The panel was moderated by the Permanent Mission of Chile.", relations=False)
    assert persons(rec, 1) == set()


def test_a_minister_of_something_is_a_title_before_a_name():
    rec = run("The Minister of Justice, Omar Haddad Said, opened the session.", relations=False)
    assert persons(rec, 1) == {"person/omar-haddad-said"}
    rec = run("The Minister of Justice, the Attorney General and the police attended.", relations=False)
    assert persons(rec, 1) == set()


# -- concepts named by their adjective or noun: mutual benefit, mutually beneficial and win-win -------------

def test_coordinated_modifiers_of_one_cooperation_name_both_concepts():
    got = stances("Kenya affirmed that mutually beneficial and win-win cooperation was the right approach.")
    assert got == {("state/KEN", MBC, "Supportive"), ("state/KEN", WW, "Supportive")}


def test_cooperation_that_is_only_beneficial_names_no_concept():
    rec = run("Kenya considered that beneficial cooperation was the right approach.", relations=False)
    assert not any(m.entity.startswith("concept/") for m in rec.mentions)


# -- stance cues -------------------------------------------------------------------------------------------

def test_asking_how_a_concept_would_be_measured_is_sceptical():
    assert stances('Chile asked how the term "win-win cooperation" would be measured.') == \
        {("state/CHL", WW, "Sceptical")}
    assert stances("Chile asked OHCHR to apply the right to development.") == set()


def test_not_disputing_a_concept_then_a_condition_on_something_else_is_not_questioned():
    got = stances("Peru did not dispute the value of the right to development, but stressed that "
                  "capacity-building must remain anchored in the Paris Principles.")
    assert got == {("state/PER", RTD, "NotQuestioned")}


def test_a_contrast_that_speaks_of_the_concept_still_decides():
    got = stances('Peru welcomed the term "win-win cooperation" but said that it had not been clearly defined.')
    assert got == {("state/PER", WW, "Sceptical")}


def test_ill_suited_and_a_concept_not_agreed_are_critical():
    assert stances("Peru observed that the notion of mutual benefit was ill-suited to human rights.") == \
        {("state/PER", MBC, "Critical")}
    assert stances('Peru considered that the term "win-win cooperation" had not been agreed by Member States.') == \
        {("state/PER", WW, "Critical")}


def test_associating_with_the_statement_before_takes_its_stances():
    got = stances("Peru criticized the concept of win-win cooperation. "
                  "Chile and Uruguay associated themselves with that statement.")
    assert got == {(k, WW, "Critical") for k in ("state/PER", "state/CHL", "state/URY")}


def test_associating_with_no_stated_position_takes_none():
    assert stances("Chile and Uruguay associated themselves with the statement of the African Group.") == set()


# -- a person holds no organisation's facts ------------------------------------------------------------------

def test_a_panellist_is_no_partner_of_what_her_organization_did():
    got = pairs("Ana Lopes Duarte, Chair of the Working Group, reported that UNICEF had worked alongside OHCHR.",
                predicate="partnersWith")
    assert not any(k.startswith("person/") for p in got for k in p)


def test_a_person_is_still_a_member_of_a_body():
    got = pairs("The members of the Board of Trustees of the Voluntary Fund for Technical Cooperation are "
                "Ana Lopes Duarte (Portugal), Chair; and Jan Novak (Czechia).", predicate="memberOf")
    assert got == {("person/ana-lopes-duarte", "org/vf-tc-board"), ("person/jan-novak", "org/vf-tc-board")}


# -- back-references: 'the Office' (a bare head), 'the Commission' (the salient one) -------------------------

def test_the_office_after_a_regional_office_is_ohchr():
    rec = run("OHCHR works in Nepal through the Regional Office for South Asia.",
              "The Office trained 30 officials of Nepal.", relations=False)
    assert mentions(rec, 2) >= {"org/ohchr"} and "org/ohchr-south-asia" not in mentions(rec, 2)


def test_the_regional_office_is_still_the_regional_office():
    rec = run("OHCHR works in Nepal through the Regional Office for South Asia.",
              "The Regional Office trained 30 officials of Nepal.", relations=False)
    assert "org/ohchr-south-asia" in mentions(rec, 2)


def test_the_commission_is_the_institution_under_discussion_not_the_last_named():
    rec = run("The National Human Rights Commission of Nepal published a report.",
              "The National Human Rights Commission of Nepal held an exchange with the National Human Rights "
              "Commission of Thailand.",
              "OHCHR seconded an investigator to the Commission.", relations=False)
    assert "org/nhrc-nepal" in mentions(rec, 3) and "org/nhrc-thailand" not in mentions(rec, 3)


def test_the_commission_with_one_candidate_is_that_one():
    rec = run("The National Human Rights Commission of Thailand published a report.",
              "OHCHR seconded an investigator to the Commission.", relations=False)
    assert "org/nhrc-thailand" in mentions(rec, 2)


# -- assistance words: accompanied, hosted officials from X, under the auspices of --------------------------

def test_accompanying_a_state_is_assisting_it():
    assert pairs("The OHCHR Regional Office for Central America accompanied Honduras in setting up a system.",
                 predicate="assists") == {("org/ohchr-central-america", "state/HND")}
    assert pairs("The High Commissioner was accompanied by the Deputy High Commissioner.", predicate="assists") == set()


def test_hosting_officials_of_a_state_for_a_course_assists_it():
    assert pairs("The Raoul Wallenberg Institute hosted officials from Cambodia for a course on human rights.",
                 predicate="assists") == {("org/raoul-wallenberg-institute", "state/KHM")}
    assert pairs("Kenya hosted the session in Nairobi.", predicate="assists") == set()


def test_under_the_auspices_of_a_fund_activities_in_a_state_are_its_assistance():
    assert pairs("Under the auspices of the United Nations Democracy Fund, consultations were organized in Nepal.",
                 predicate="assists") == {("org/undef", "state/NPL")}
    assert pairs("Under the auspices of the United Nations Democracy Fund, the Board met in Geneva.",
                 predicate="assists") == set()


# -- 'with the support of Y' takes the mood of the clause it belongs to ---------------------------------------

def test_support_to_a_planned_activity_is_planned():
    got = facts("Kenya announced that it would host a workshop for officials of Uganda, with the support of OHCHR.",
                predicate="assists")
    assert ("org/ohchr", "state/KEN", "Planned", None) in got
    got = facts("With the support of OHCHR, Kenya will hold a workshop for judges.", predicate="assists")
    assert ("org/ohchr", "state/KEN", "Planned", None) in got


def test_support_to_a_past_activity_stays_reported():
    got = facts("Kenya held a workshop for judges, with the support of OHCHR.", predicate="assists")
    assert ("org/ohchr", "state/KEN", "Reported", None) in got


# -- an aside that opens with 'in cooperation with' belongs to the clause before it (its mood) ---------------

def test_a_partner_named_in_an_aside_of_a_planned_act_is_planned():
    got = facts("The High Commissioner intends to establish, in cooperation with UNDP, a joint programme.",
                predicate="partnersWith")
    assert {m for _s, _o, m, _r in got} == {"Planned"}


def test_a_partner_aside_after_the_subject_stays_reported():
    got = facts("Kenya did not reply, but OHCHR, in cooperation with UNDP, trained judges of Kenya.",
                predicate="partnersWith")
    assert {m for _s, _o, m, _r in got} == {"Reported"}


# -- a request to visit a country is made to the country ----------------------------------------------------

def test_requesting_to_visit_a_state_requests_the_state():
    assert pairs("The Special Rapporteur on the right to food requested to visit Kenya in 2026.",
                 predicate="requests") == {("org/sr-food", "state/KEN")}
    assert pairs("Kenya requested to join the Human Rights Council.", predicate="requests") == set()


# -- an object relative clause: 'the support that X had received from Y' -------------------------------------

def test_the_subject_of_an_object_relative_clause_received_the_support():
    got = pairs("The Chair described the support that the African Commission on Human and Peoples' Rights had "
                "received from OHCHR.", predicate="assists")
    assert got == {("org/ohchr", "org/achpr")}


def test_a_relative_clause_about_something_else_gives_no_support():
    assert pairs("The Chair described the report that the African Commission on Human and Peoples' Rights had "
                 "received from OHCHR.", predicate="assists") == set()


# -- strengthening a State's institutions is assisting it ------------------------------------------------------

def test_strengthening_the_institutions_of_a_state_assists_it():
    assert pairs("The International Organization of la Francophonie strengthened the national human rights "
                 "institutions of Mali and Haiti.", predicate="assists") == {("org/oif", "state/MLI"), ("org/oif", "state/HTI")}
    assert pairs("OHCHR strengthened its cooperation with UNDP.", predicate="assists") == set()
    assert pairs("Kenya strengthened its national human rights institution.", predicate="assists") == set()


# -- 'With the support of Y,' opening a sentence: the subject that follows is the one supported ----------------

def test_support_phrase_opening_a_sentence_supports_the_subject_after_it():
    got = pairs("The African Court on Human and Peoples' Rights and OHCHR signed a memorandum in 2025. "
                "With the support of UNDP, the Economic Community of Central African States trained electoral "
                "observers from Cameroon and Gabon.", predicate="assists")
    assert got == {("org/undp", "org/eccas"), ("org/eccas", "state/CMR"), ("org/eccas", "state/GAB")}



def test_support_phrase_opening_a_sentence_is_not_the_previous_sentence_s_subject_s():
    got = pairs("The African Court on Human and Peoples' Rights and OHCHR signed a memorandum in 2025. "
                "With the support of UNDP, the Economic Community of Central African States trained electoral "
                "observers from Cameroon.", predicate="assists")
    assert not {("org/undp", "org/afchpr"), ("org/undp", "org/ohchr")} & got


# -- a co-actor aside after a name with its abbreviation -------------------------------------------------------

def test_a_co_actor_aside_after_an_abbreviated_name_is_a_co_provider():
    got = pairs("The United Nations Development Programme (UNDP), with OHCHR, assisted Georgia in drafting a plan.",
                predicate="assists")
    assert got == {("org/undp", "state/GEO"), ("org/ohchr", "state/GEO")}
    got = pairs("The United Nations Development Programme (UNDP) assisted Georgia and met OHCHR.", predicate="assists")
    assert got == {("org/undp", "state/GEO")}


# -- a peer exchange with X is a partnership with X; an exchange of views is not -------------------------------

def test_a_peer_exchange_with_institutions_is_a_partnership_with_each():
    got = pairs("The National Human Rights Commission of Nepal benefited from a peer exchange with the National "
                "Human Rights Commission of Thailand.", predicate="partnersWith")
    assert got == {("org/nhrc-nepal", "org/nhrc-thailand")}
    assert pairs("Kenya held an exchange of views with the Committee against Torture.", predicate="partnersWith") == set()


# -- the funder of what the subject benefited from helped it ----------------------------------------------------

def test_the_funder_of_an_activity_the_subject_benefited_from_assists_it():
    got = pairs("The National Human Rights Commission of Nepal benefited from a peer exchange, organized by the Asia "
                "Pacific Forum of National Human Rights Institutions with funding from the European Union.",
                predicate="assists")
    assert got == {("org/eu", "org/nhrc-nepal")}


def test_an_organizer_of_what_the_subject_benefited_from_is_no_funder():
    got = pairs("The National Human Rights Commission of Nepal benefited from a peer exchange organized by the Asia "
                "Pacific Forum of National Human Rights Institutions.", predicate="assists")
    assert ("org/apf", "org/nhrc-nepal") not in got and ("org/eu", "org/nhrc-nepal") not in got


# -- a passive activity: its agent after the beneficiaries, or the one it was done in partnership with ---------

def test_a_passive_activity_done_in_partnership_with_y_is_y_s_assistance():
    assert pairs("Workshops were held for officials of Nepal in partnership with UNDP.", predicate="assists") == \
        {("org/undp", "state/NPL")}
    assert pairs("Workshops were held for officials of Nepal by UNDP.", predicate="assists") == {("org/undp", "state/NPL")}


def test_a_passive_activity_with_a_partner_of_no_act_gives_it_nothing():
    assert pairs("Workshops were held for officials of Nepal, and Kenya met UNDP.", predicate="assists") == set()


# -- a help noun qualified by a relative clause with a giving verb ---------------------------------------------

def test_help_given_in_a_relative_clause_is_assistance_by_its_subject():
    assert pairs("Pakistan referred to training it had offered to diplomats from Afghanistan.", predicate="assists") == \
        {("state/PAK", "state/AFG")}
    assert pairs("Pakistan referred to the support that UNDP had provided to Afghanistan.", predicate="assists") == \
        {("org/undp", "state/AFG")}


def test_a_relative_clause_with_no_recipient_gives_nothing():
    assert pairs("Pakistan referred to training it had offered in Geneva.", predicate="assists") == set()


# -- 'financed by Y' after an activity noun funds the activity, not the sentence's subject -------------------

def test_a_participle_after_an_activity_noun_funds_the_activity_not_the_subject():
    got = facts("The African Commission on Human and Peoples' Rights described the training of its staff, "
                "financed by Germany.", predicate="fundedBy")
    assert got == set()


def test_a_participle_right_after_a_named_office_funds_the_office():
    got = pairs("The OHCHR Regional Office for South Asia, financed by Norway, opened in 2025.", predicate="fundedBy")
    assert got == {("org/ohchr-south-asia", "state/NOR")}


# -- 'the country' refers back to the State under discussion; 'the country office / team' does not -------------

def test_the_country_is_the_state_of_the_passage():
    assert pairs("Nepal held elections. OHCHR deployed an adviser to the country.", predicate="assists") == \
        {("org/ohchr", "state/NPL")}
    rec = run("Nepal held elections. The country team met in Geneva.", relations=False)
    assert [m.entity for m in rec.mentions if m.entity == "state/NPL"] == ["state/NPL"]


# -- 'the organization' refers back to an organisation whose name's head is Organization -----------------------

def test_the_organization_is_the_organization_named_before():
    got = pairs("Ana Lopes Duarte, of the International Organization of la Francophonie, reported that the "
                "organization had strengthened the national human rights institutions of Mali.", predicate="assists")
    assert got == {("org/oif", "state/MLI")}


def test_the_organization_of_an_event_is_no_back_reference():
    rec = run("The International Organization of la Francophonie met Kenya. "
              "Kenya said that the organization of the workshop was difficult.", relations=False)
    assert not [m for m in rec.mentions if m.via == "backref"]


# -- a person and the office of her body set off by a comma: memberOf ---------------------------------------

def test_a_commissioner_of_a_body_is_a_member_of_it():
    got = pairs("The panellists were Amina Diallo Keita and Li Wenjun. Amina Diallo Keita, Commissioner of the "
                "African Commission on Human and Peoples' Rights, spoke.", predicate="memberOf")
    assert got == {("person/amina-diallo-keita", "org/achpr")}


def test_a_former_member_is_no_member():
    got = pairs("The panellists were Amina Diallo Keita and Li Wenjun. Amina Diallo Keita, a former member of the "
                "African Commission on Human and Peoples' Rights, spoke.", predicate="memberOf")
    assert got == set()


# -- the one a holder speaks on behalf of holds the same stance -----------------------------------------------

def test_a_named_group_spoken_for_holds_the_stance_too():
    got = stances("Pakistan, on behalf of the Organisation of Islamic Cooperation, welcomed the right to development.")
    assert got == {("state/PAK", RTD, "Supportive"), ("org/oic", RTD, "Supportive")}


def test_an_unnamed_group_spoken_for_holds_nothing():
    got = stances("China, speaking on behalf of a group of countries, affirmed that the right to development was a "
                  "priority.")
    assert got == {("state/CHN", RTD, "Supportive")}


# -- a part of a State named by its compass point names the State ----------------------------------------------

def test_an_activity_in_the_north_of_a_state_is_in_that_state():
    assert facts("Nepal held elections. The Office had planned a consultation for civil society in the far west of "
                 "the country, but it could not take place.", predicate="assists") == \
        {("org/ohchr", "state/NPL", "Negated", None)}
    assert pairs("OHCHR held a workshop in the north of Geneva.", predicate="assists") == set()


# -- people of X who took part in an activity given by Y were assisted by Y -------------------------------------

def test_officials_of_a_state_who_took_part_in_a_workshop_given_by_y_were_assisted_by_y():
    assert pairs("Officials of Kenya participated in a workshop organized by UNDP.", predicate="assists") == \
        {("org/undp", "state/KEN")}
    assert pairs("The National Human Rights Commission of Nepal met. The Commission's staff took part in a course "
                 "given by the OHCHR Regional Office for South Asia.", predicate="assists") == \
        {("org/ohchr-south-asia", "org/nhrc-nepal")}


def test_taking_part_in_an_event_no_one_gave_is_no_assistance():
    assert pairs("Officials of Kenya attended a meeting in Geneva.", predicate="assists") == set()
    assert pairs("Kenya attended a workshop organized by UNDP.", predicate="assists") == set()


def test_the_relations_a_person_may_hold_are_kept():
    from tacb_graph.records import Relation
    from tacb_graph.relate.clauses import lexicon_for
    from tacb_graph.relate.extractor import _person_roles

    rels = [Relation("org/hchr", "heldBy", "person/jia", "paragraph", 1, "q"),
            Relation("person/jia", "memberOf", "org/vf-tc-board", "paragraph", 1, "q"),
            Relation("person/jia", "partnersWith", "org/ohchr", "paragraph", 1, "q")]
    kinds = {"person/jia": "Person", "org/hchr": "Post", "org/ohchr": "UNBody", "org/vf-tc-board": "UNBody"}
    kept, _ = _person_roles(rels, [], kinds, lexicon_for("en"))
    assert [r.predicate for r in kept] == ["heldBy", "memberOf"]
    kept, _ = _person_roles(rels, [], kinds, lexicon_for("zh"))  # Chinese keeps the same two (since round 18)
    assert [r.predicate for r in kept] == ["heldBy", "memberOf"]
