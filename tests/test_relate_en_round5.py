"""English round 5 (en/dev6): each mechanism on sentences of our own that appear in no gold text.

Sentences are written in the style of UN reports and run through the real segmenter, recogniser and
relation reader with the bundled gazetteers and the English word lists; each rule gets a sentence it
reads and, where it could over-fire, one it must leave alone.
"""

from __future__ import annotations

from test_relate_en_general import MBC, RTD, WW, facts, pairs, run, stances






# -- stances: a stance predicate with no reporting verb opens the holder --------------------------

def test_taking_no_position_is_not_questioning():
    got = stances("Peru welcomed win-win cooperation. Uruguay took no position on the concept.")
    assert ("state/URY", WW, "NotQuestioned") in got and ("state/PER", WW, "Supportive") in got


def test_having_no_objection_with_a_qualifier_about_something_else_is_not_questioning():
    got = stances("Amnesty International had no objection to the right to development, but regretted that the "
                  "Office rarely discussed it with civil society.")
    assert got == {("org/amnesty", RTD, "NotQuestioned")}


def test_finding_it_helpful_refers_to_the_concept_before():
    got = stances("Ghana considered win-win cooperation a vague notion. Kenya, on the other hand, found it "
                  "useful for planning joint projects.")
    assert ("state/KEN", WW, "Supportive") in got and ("state/GHA", WW, "Sceptical") in got


def test_finding_its_meaning_unclear_opens_no_new_holder():
    got = stances("While the expert of Fiji considered win-win cooperation valuable, Fiji found its meaning in "
                  "treaty law unclear.")
    assert ("state/FJI", WW, "Supportive") not in got


# -- stances: a normative statement that cooperation should be <concept> -------------------------

def test_cooperation_that_should_be_mutually_beneficial_is_supported():
    got = stances("Nepal and Bolivia (Plurinational State of) stated that assistance to States should always be "
                  "mutually beneficial.")
    assert got == {("state/NPL", MBC, "Supportive"), ("state/BOL", MBC, "Supportive")}


def test_cooperation_that_should_not_be_the_concept_is_criticised():
    got = stances("Latvia stated that technical cooperation should not be mutually beneficial but needs-based.")
    assert got == {("state/LVA", MBC, "Critical")}


def test_contributing_to_the_realization_of_a_right_supports_it():
    got = stances("Gabon said that its projects would contribute to the realization of the right to development.")
    assert got == {("state/GAB", RTD, "Supportive")}


# -- stances: "opposed its inclusion" stands for the concept named before --------------------------

def test_opposing_its_inclusion_refers_to_the_concept_before():
    got = stances("Some States mentioned the concept of win-win cooperation. Human Rights Watch opposed its "
                  "use in the resolutions of the General Assembly.")
    assert got == {("org/hrw", WW, "Critical")}


# -- a programme acts: it is an agent like a fund ---------------------------------------------------

def test_a_programme_named_as_the_subject_provides_help():
    got = pairs("In 2025, the Treaty Body Capacity-Building Programme trained officials of Belize and Guyana "
                "in the preparation of their periodic reports.", predicate="assists")
    assert got == {("org/tbcbp", "state/BLZ"), ("org/tbcbp", "state/GUY")}


# -- recipients named through a ministry "of <field> of X"; providers "X and of Y" -----------------

def test_officials_of_the_ministries_of_a_field_of_two_states_are_the_recipients():
    got = pairs("Officials of the ministries of social affairs of Benin and Togo received training on "
                "child-sensitive budgeting from UNICEF.", predicate="assists")
    assert got == {("org/unicef", "state/BEN"), ("org/unicef", "state/TGO")}


def test_staff_of_one_body_and_of_another_are_both_providers():
    got = pairs("Officials of Belize received advice from the staff of UNDP and of UN-Women.", predicate="assists")
    assert got == {("org/undp", "state/BLZ"), ("org/unwomen", "state/BLZ")}


def test_and_of_inside_a_single_name_adds_no_provider():
    got = pairs("Judges of Malawi received training from the Office of the United Nations High Commissioner "
                "for Human Rights.", predicate="assists")
    assert got == {("org/ohchr", "state/MWI")}


# -- funding "the training of <people> of X": the people's State is the recipient --------------------

def test_financing_the_training_of_people_of_a_state_assists_it():
    got = pairs("Ireland financed the training of 120 prison officers of Sierra Leone.", predicate="assists")
    assert got == {("state/IRL", "state/SLE")}


def test_jointly_financing_the_training_makes_both_funders_providers_and_partners():
    got = pairs("Austria and Slovenia had jointly financed the training of border guards of Serbia.",
                predicate="assists")
    assert got == {("state/AUT", "state/SRB"), ("state/SVN", "state/SRB")}
    assert pairs("Austria and Slovenia had jointly financed the training of border guards of Serbia.",
                 predicate="partnersWith") == {("state/AUT", "state/SVN")}


def test_financing_the_renovation_of_a_building_of_a_city_names_no_recipient():
    assert pairs("Ireland financed the renovation of the old courthouse of Freetown.", predicate="assists") == set()


# -- help given "with the advice of X" -------------------------------------------------------------

def test_a_state_acting_with_the_guidance_of_a_body_is_assisted_by_it():
    got = pairs("With the guidance of UNDP, the Government of Chad drafted a law on legal aid.", predicate="assists")
    assert got == {("org/undp", "state/TCD")}


# -- a request for help taken up or turned down -----------------------------------------------------

def test_a_request_for_help_that_could_not_be_met_is_negated_help():
    got = facts("For lack of staff, UNICEF was unable to respond to the requests of Mali and Niger for "
                "technical assistance.", predicate="assists")
    assert got == {("org/unicef", "state/MLI", "Negated", None), ("org/unicef", "state/NER", "Negated", None)}


def test_a_declined_request_for_support_is_negated_help():
    got = facts("UNDP declined the request of Fiji for support.", predicate="assists")
    assert got == {("org/undp", "state/FJI", "Negated", None)}


def test_a_request_merely_received_is_no_help():
    got = facts("UNICEF received a request from Fiji for technical assistance.", predicate="assists")
    assert got == set()
    assert pairs("UNICEF received a request from Fiji for technical assistance.", predicate="requests") == \
        {("state/FJI", "org/unicef")}


# -- recipient before the verb: "X benefited from a <activity> …, organized in <place> by Y" --------

def test_benefiting_from_a_seminar_organized_by_a_body_elsewhere_is_its_help():
    got = pairs("Lesotho and Namibia benefited from a seminar on the rights of persons with disabilities, "
                "organized in Windhoek by the OHCHR Regional Office for Southern Africa.", predicate="assists")
    assert got == {("org/ohchr-southern-africa", "state/LSO"), ("org/ohchr-southern-africa", "state/NAM")}


def test_training_received_and_given_by_a_body_after_a_complement():
    got = pairs("Armenia received training on the documentation of torture, delivered by the Council of Europe.",
                predicate="assists")
    assert got == {("org/coe", "state/ARM")}


def test_a_body_that_praised_a_project_did_not_give_it():
    got = pairs("Armenia benefited from a project on prison reform, which was praised by the Council of Europe.",
                predicate="assists")
    assert got == set()


# -- contributions "were received from A (…)": the recipient is named before or is the passage's body -

def contributions(*paragraphs: str) -> set[tuple]:
    return {(c.contributor, c.recipient, c.amount, c.currency) for c in run(*paragraphs).contributions}


def test_contributions_received_after_a_sentence_about_a_fund_go_to_that_fund():
    got = contributions("The United Nations Voluntary Fund for Victims of Torture relies on voluntary "
                        "contributions. Contributions were received from Portugal (€80,000) and Chile (US$ 15,000).")
    assert got == {("state/PRT", "org/vf-torture", "80000", "EUR"), ("state/CHL", "org/vf-torture", "15000", "USD")}


def test_contributions_to_a_fund_received_from_a_state_name_the_fund():
    got = contributions("Contributions to the Peacebuilding Fund were received from Estonia (€50,000).")
    assert got == {("state/EST", "org/peacebuilding-fund", "50000", "EUR")}


def test_contributions_received_after_a_sentence_about_a_state_have_no_recipient():
    got = contributions("Kenya held general elections. Contributions were received from Portugal (€80,000).")
    assert got == {("state/PRT", None, "80000", "EUR")}


# -- back-references: "by the Programme to the Governments of …"; "at the country level" --------------

def test_the_programme_before_to_the_governments_of_is_a_back_reference():
    got = pairs("The Treaty Body Capacity-Building Programme opened a roster of experts. Advice was given by the "
                "Programme to the Governments of Benin and Niger.", predicate="assists")
    assert got == {("org/tbcbp", "state/BEN"), ("org/tbcbp", "state/NER")}


def test_the_country_level_is_no_state():
    rec = run("Benin asked for support. UNDP will work with UNICEF at the country level.", relations=False)
    assert [m.entity for m in rec.mentions if m.number == 1 and m.entity.startswith("state/")] == ["state/BEN"]


# -- reply lists: "from A and B, and from C, on behalf of its members, D and E" ------------------------

def submitters(*paragraphs: str) -> set[str]:
    return {r.subject for r in run(*paragraphs).relations if r.predicate == "submittedInputTo"}


def test_a_reply_list_goes_on_after_a_repeated_marker_and_an_aside():
    got = submitters("Submissions were received from Gabon and Benin, and from the African Union, on behalf of "
                     "its member States, the Council of Europe and Human Rights Watch.")
    assert got == {"state/GAB", "state/BEN", "org/au", "org/coe", "org/hrw"}


def test_a_reply_list_of_names_separated_by_commas_after_from():
    assert submitters("Replies were received from Gabon, the Council of Europe and Human Rights Watch.") == \
        {"state/GAB", "org/coe", "org/hrw"}


def test_a_later_clause_with_its_own_verb_is_no_reply():
    got = {(r.subject, r.modality) for r in run("Replies were received from Gabon, while the Council of Europe "
                                                "declined to reply.").relations if r.predicate == "submittedInputTo"}
    assert got == {("state/GAB", "Reported"), ("org/coe", "Negated")}  # (one that declined gave no input)


# -- "supported the <process> of … in X": the State the process takes place in ------------------------

def test_supporting_the_establishment_of_mechanisms_in_states_assists_them():
    got = pairs("UN-Women supported the drafting of gender equality laws in Malawi and Lesotho.", predicate="assists")
    assert got == {("org/unwomen", "state/MWI"), ("org/unwomen", "state/LSO")}


def test_supporting_a_process_located_in_a_city_names_no_recipient():
    got = pairs("UN-Women supported the establishment of a regional network of women mediators in Nairobi.",
                predicate="assists")
    assert got == set()


# -- consultants recruited in X (with funding from Y) ---------------------------------------------------

def test_consultants_recruited_in_states_with_funding_from_a_donor():
    got = pairs("With funding from Finland, national consultants were hired in Nepal and Bhutan to draft the "
                "periodic reports.", predicate="assists")
    assert got == {("state/FIN", "state/NPL"), ("state/FIN", "state/BTN")}


def test_staff_recruited_in_a_city_help_no_state():
    assert pairs("The Office recruited a new spokesperson in Geneva.", predicate="assists") == set()


# -- copular stance predicates open the holder: "was in favour of", "was supportive of", "was doubtful" ---

def test_copular_positions_are_read():
    got = stances("Uruguay was in favour of mutually beneficial cooperation. Austria was doubtful about the concept "
                  "of win-win cooperation. Iceland was against the use of the term win-win cooperation.")
    assert got == {("state/URY", MBC, "Supportive"), ("state/AUT", WW, "Sceptical"), ("state/ISL", WW, "Critical")}


def test_against_inside_a_clause_about_something_else_is_no_criticism():
    got = stances("Gabon welcomed the right to development, which protected people against extreme poverty.")
    assert got == {("state/GAB", RTD, "Supportive")}


# -- an activity as the subject of a helping verb, its funder named in an aside -------------------------

def test_a_project_funded_by_a_donor_that_strengthened_a_states_courts():
    got = pairs("The project, funded by Denmark and implemented by UNDP, strengthened the courts of Zambia.",
                predicate="assists")
    assert got == {("state/DNK", "state/ZMB")}


def test_a_project_with_no_funder_named_gives_no_provider():
    assert pairs("The project strengthened the courts of Zambia.", predicate="assists") == set()


# -- modality: an offer or readiness to help is Planned, not Reported ------------------------------------

def test_readiness_and_offers_to_help_are_planned():
    assert facts("UNICEF stands ready to assist Eswatini.", predicate="assists") == \
        {("org/unicef", "state/SWZ", "Planned", None)}
    assert facts("Ireland offered to train 25 prosecutors of Malawi.", predicate="assists") == \
        {("state/IRL", "state/MWI", "Planned", None)}


def test_help_given_after_an_offer_is_reported():
    assert facts("UNICEF assisted Eswatini, as it had done for years.", predicate="assists") == \
        {("org/unicef", "state/SWZ", "Reported", None)}


# -- passives of helping verbs: "X was assisted by Y" is Y's help to X -----------------------------------

def test_a_passive_helping_verb_keeps_the_direction():
    assert pairs("Vanuatu was assisted by the Pacific Community in drafting its report.", predicate="assists") == \
        {("org/pacific-community", "state/VUT")}
    assert pairs("Tuvalu and Nauru had been supported by UNDP.", predicate="assists") == \
        {("org/undp", "state/TUV"), ("org/undp", "state/NRU")}


def test_a_participle_set_off_after_the_recipient():
    assert pairs("Vanuatu, supported by Australia, adopted a national action plan.", predicate="assists") == \
        {("state/AUS", "state/VUT")}


def test_a_passive_with_no_agent_names_no_provider():
    assert pairs("Vanuatu was also assisted in drafting its report.", predicate="assists") == set()


# -- "thanks to a grant from X"; people who attended "a regional workshop held in <place> by X" ------------

def test_a_state_acting_thanks_to_a_grant_from_a_fund():
    assert pairs("Thanks to a grant from the Peacebuilding Fund, Liberia reformed its prison service.",
                 predicate="assists") == {("org/peacebuilding-fund", "state/LBR")}


def test_participants_of_a_regional_workshop_held_elsewhere_by_a_body():
    got = pairs("Prosecutors of Ghana and Togo attended a regional workshop organized in Accra by the OHCHR "
                "Regional Office for West Africa.", predicate="assists")
    assert got == {("org/ohchr-west-africa", "state/GHA"), ("org/ohchr-west-africa", "state/TGO")}


def test_a_session_attended_is_no_help():
    assert pairs("Officials of Peru attended the annual session of the Human Rights Council.",
                 predicate="assists") == set()


# -- a co-organizer in an aside right after the verb ---------------------------------------------------

def test_a_co_organizer_set_off_after_the_verb_co_provides_and_partners():
    text = "The Office conducted, together with UNFPA, three workshops for officials of Sierra Leone."
    assert pairs(text, predicate="assists") == {("org/ohchr", "state/SLE"), ("org/unfpa", "state/SLE")}
    assert pairs(text, predicate="partnersWith") == {("org/ohchr", "org/unfpa")}


# -- a passive activity "held in cooperation with Y" after a sentence about the actor of the passage -----

def test_a_passive_workshop_held_with_a_partner_is_also_the_passage_actors():
    text = ("UN-Women trained police officers of Kenya. A workshop for officials of Uganda was held in "
            "cooperation with UNFPA.")
    assert pairs(text, predicate="assists") == {("org/unwomen", "state/KEN"), ("org/unwomen", "state/UGA"),
                                                ("org/unfpa", "state/UGA")}
    assert pairs(text, predicate="partnersWith") == {("org/unwomen", "org/unfpa")}


def test_with_no_actor_before_only_the_partner_held_it():
    assert pairs("A workshop for officials of Uganda was held in cooperation with UNFPA.", predicate="assists") == \
        {("org/unfpa", "state/UGA")}


# -- the basis of an establishment in the clause after a year ----------------------------------------------

def test_established_in_a_year_comma_pursuant_to_a_resolution():
    got = pairs("The Secretary-General established the Peacebuilding Fund in 2006, pursuant to General Assembly "
                "resolution 60/180.", predicate="establishes")
    assert got == {("org/sg", "org/peacebuilding-fund"), ("resolution/A/RES/60/180", "org/peacebuilding-fund")}


def test_a_request_of_its_own_that_a_body_responded_to():
    got = facts("Bhutan said that the Regional Office for South Asia had responded to its request for technical "
                "advice on a draft law.", predicate="assists")
    assert got == {("org/ohchr-south-asia", "state/BTN", "Reported", None)}
    assert pairs("Bhutan said that UNDP had turned down its request for support.", predicate="assists") == \
        {("org/undp", "state/BTN")}


# -- stances: more holders and cues of the genre --------------------------------------------------------

def test_members_of_an_unnamed_group_named_through_those_of():
    assert stances("Some delegations, such as those of Ghana and Kenya, welcomed the concept of win-win "
                   "cooperation.") == {("state/GHA", WW, "Supportive"), ("state/KEN", WW, "Supportive")}


def test_several_ngos_including_one_named():
    assert stances("Several NGOs, including Human Rights Watch, rejected the notion of mutually beneficial "
                   "cooperation.") == {("org/hrw", MBC, "Critical")}


def test_no_objection_but_a_call_for_a_definition_is_sceptical():
    assert stances("Brazil did not oppose the concept of win-win cooperation but called for it to be clearly "
                   "defined.") == {("state/BRA", WW, "Sceptical")}


def test_recognizing_the_value_and_having_no_view():
    assert stances("Qatar recognized the value of mutually beneficial cooperation. Chile had no view on the "
                   "concept of win-win cooperation.") == {("state/QAT", MBC, "Supportive"),
                                                          ("state/CHL", WW, "NotQuestioned")}


def test_a_joint_statement_is_no_partnership():
    assert pairs("Spain and Portugal jointly expressed concern that the concept of win-win cooperation was vague.",
                 predicate="partnersWith") == set()


# -- progressive forms are active; an activity's owner before the place it was for ---------------------------

def test_a_progressive_helping_verb_is_active():
    assert pairs("Since 2023, UNICEF has been supporting the judiciary of Malawi.", predicate="assists") == \
        {("org/unicef", "state/MWI")}


def test_a_funded_activity_of_a_body_in_a_state():
    assert pairs("Japan financed three projects of UNDP in Malawi.", predicate="assists") == {
        ("state/JPN", "state/MWI"), ("org/undp", "state/MWI")}  # funded help: the funder and the implementer


def test_no_place_merit_and_superfluous():
    assert stances("Greece considered that the notion of win-win cooperation had no place in human rights law. "
                   "Malta saw merit in mutually beneficial cooperation. In the view of Cyprus, the concept of a "
                   "community of shared future was superfluous.") == {
        ("state/GRC", WW, "Critical"), ("state/MLT", MBC, "Supportive"),
        ("state/CYP", "concept/community-of-shared-future", "Sceptical")}
