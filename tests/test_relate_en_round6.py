"""English round 6 (reports about a fund acting through its own name): each mechanism on sentences of our own
that appear in no gold text, run through the real segmenter, recogniser and relation reader with the bundled
gazetteers and the English word lists; where a rule could over-fire, a sentence it must leave alone."""

from __future__ import annotations

from test_relate_en_general import pairs, stances


# -- financing the participation of States themselves -----------------------------------------------

def test_financing_the_participation_of_states_assists_them():
    got = pairs("UNDP financed the participation of Chad and the Niger in the regional consultation.",
                predicate="assists")
    assert got == {("org/undp", "state/TCD"), ("org/undp", "state/NER")}


def test_praising_the_participation_of_a_state_is_no_help():
    assert pairs("UNDP praised the participation of Chad in the consultation.", predicate="assists") == set()


# -- sponsoring an activity for a State's delegation --------------------------------------------------

def test_sponsoring_a_seminar_for_a_delegation_assists_its_state():
    got = pairs("Japan sponsored a seminar on the treaty bodies for the delegation of Nepal.", predicate="assists")
    assert got == {("state/JPN", "state/NPL")}


def test_sponsoring_a_resolution_is_no_help():
    assert pairs("Japan sponsored a resolution on Nepal.", predicate="assists") == set()


# -- a fund that enabled people of States to attend ----------------------------------------------------

def test_enabling_officials_of_states_to_attend_assists_them():
    got = pairs("In 2024, the Voluntary Fund for Technical Cooperation enabled nine officials from Fiji and Samoa "
                "to attend the session.", predicate="assists")
    assert got == {("org/vf-tc", "state/FJI"), ("org/vf-tc", "state/WSM")}


def test_a_law_that_enabled_a_state_is_no_help():
    assert pairs("The new law enabled Fiji to ratify the Convention.", predicate="assists") == set()


# -- a list of beneficiaries after a sentence about the fund's help -----------------------------------

def test_beneficiaries_listed_after_the_funds_help_are_its_recipients():
    got = pairs("The Voluntary Fund for Technical Cooperation covered the travel of nine delegates. Among the "
                "beneficiary delegations were those of Fiji and Samoa.", predicate="assists")
    assert got == {("org/vf-tc", "state/FJI"), ("org/vf-tc", "state/WSM")}


def test_beneficiaries_after_a_sentence_whose_subject_is_a_state_have_no_provider():
    got = pairs("Fiji praised the Voluntary Fund for Technical Cooperation. The beneficiaries included Samoa.",
                predicate="assists")
    assert got == set()


# -- arranging an activity; a topic group between the activity and its recipient ------------------

def test_arranging_a_workshop_at_a_states_request_assists_it():
    got = pairs("At the request of the Government of Ghana, UNDP arranged a workshop for the members of its "
                "national committee.", predicate="assists")
    assert got == {("org/undp", "state/GHA")}


def test_the_topic_of_a_workshop_does_not_hide_its_recipient():
    got = pairs("The Republic of Korea sponsored a workshop on the universal periodic review for officials of "
                "Mongolia.", predicate="assists")
    assert got == {("state/KOR", "state/MNG")}


def test_a_topic_alone_is_no_recipient():
    assert pairs("UNDP held a workshop on the work of UNICEF.", predicate="assists") == set()


# -- "… and that Y …": a second that-clause opens with its own subject ---------------------------------

def test_a_second_that_clause_has_its_own_subject():
    got = pairs("The Secretary-General recommends that UNDP extend the training courses to delegations based in "
                "Nairobi and that UNICEF continue to support the participation of delegates from Chad and Mali.",
                predicate="assists")
    assert got == {("org/unicef", "state/TCD"), ("org/unicef", "state/MLI")}


# -- an activity referred back to: its co-organizer, its partner, the agents of an aside -------------

def test_a_briefing_organized_with_a_body_after_a_passive_with_no_agent_is_the_bodys_help():
    got = pairs("Regional workshops were held in Nairobi and Dakar. The workshop in Nairobi, organized with the "
                "African Union, was addressed to officials of Kenya and Uganda.", predicate="assists")
    assert got == {("org/au", "state/KEN"), ("org/au", "state/UGA")}


def test_the_second_course_held_with_a_partner_makes_the_funds_partner_not_the_first_courses_states():
    text = ("The Voluntary Fund for Technical Cooperation organized two courses in Geneva for new diplomats. The "
            "first, in May, brought together 20 participants, among them diplomats of Fiji and Samoa; the second, "
            "held in June in cooperation with UNDP, was attended by delegates from 11 States.")
    assert pairs(text, predicate="partnersWith") == {("org/vf-tc", "org/undp")}
    assert pairs(text, predicate="assists") == {("org/vf-tc", "state/FJI"), ("org/vf-tc", "state/WSM")}


def test_a_programme_run_jointly_by_two_bodies_that_placed_fellows_of_states():
    text = "An exchange programme, run jointly by UNDP and UNICEF, placed five fellows from Chad and Mali with the office."
    assert pairs(text, predicate="assists") == {("org/undp", "state/TCD"), ("org/undp", "state/MLI"),
                                                ("org/unicef", "state/TCD"), ("org/unicef", "state/MLI")}
    assert pairs(text, predicate="partnersWith") == {("org/undp", "org/unicef")}


def test_an_indefinite_activity_with_no_actor_named_has_no_provider():
    assert pairs("An exchange programme placed five fellows from Chad and Mali with the office.",
                 predicate="assists") == set()


def test_fellows_placed_with_a_body_are_not_its_help():
    text = ("An exchange programme, run jointly by UNDP and UNICEF, placed five fellows from Chad with the Human "
            "Rights Council secretariat.")
    assert pairs(text, predicate="assists") == {("org/undp", "state/TCD"), ("org/unicef", "state/TCD")}


# -- contributions: given, respectively; a pledge of an amount by a giver ----------------------------

def contributions(*paragraphs: str) -> set[tuple]:
    from test_relate_en_general import run
    return {(c.contributor, c.amount, c.currency, c.year) for c in run(*paragraphs).contributions}


def test_two_givers_gave_two_amounts_respectively():
    assert contributions("Chile and Peru gave 20,000 euros and 10,000 euros, respectively.") == \
        {("state/CHL", "20000", "EUR", None), ("state/PER", "10000", "EUR", None)}


def test_a_pledge_of_an_amount_by_a_state_received_after_an_aside():
    got = contributions("A further pledge of 300,000 yuan by India, announced at the session, was received in "
                        "March 2025.")
    assert got == {("state/IND", "300000", "CNY", "2025")}


def test_an_amount_of_projects_by_a_body_is_no_contribution():
    assert contributions("Projects worth US$ 20,000 by UNDP were completed.") == set()


# -- the resolutions a fund report opens with -----------------------------------------------------------

OPENING = ("The present report is submitted pursuant to Human Rights Council resolution 22/15, by which the Council "
           "established the Voluntary Fund for Technical Cooperation, and resolution 49/8, in which it requested "
           "the Secretary-General to report annually on the Fund.")


def test_the_council_named_in_the_relative_clause_of_a_resolution_establishes_too():
    assert pairs(OPENING, predicate="establishes") == {("resolution/A/HRC/RES/22/15", "org/vf-tc"),
                                                       ("org/hrc", "org/vf-tc")}


def test_the_later_resolution_speaking_in_its_own_clause_asks_and_the_fund_does_not():
    assert pairs(OPENING, predicate="requests") == {("resolution/A/HRC/RES/49/8", "org/sg")}


# -- stances: what a beneficiary says the fund's work embodies ---------------------------------------



def test_a_principle_that_acquired_practical_meaning_is_supported():
    got = stances("Fiji stated that the programme was an example of solidarity through which the principle of "
                  "mutually beneficial cooperation acquired practical meaning.")
    assert got == {("state/FJI", "concept/mutually-beneficial-cooperation", "Supportive")}


def test_an_element_or_expression_of_a_concept_affirms_it():
    assert stances("Peru noted that access to justice was itself an element of the right to development.") == \
        {("state/PER", "concept/right-to-development", "Supportive")}
    assert stances("Peru noted that the project gave concrete meaning to win-win cooperation.") == \
        {("state/PER", "concept/win-win-cooperation", "Supportive")}


def test_not_an_expression_of_a_concept_is_critical():
    assert stances("Peru stated that the project was not an expression of win-win cooperation.") == \
        {("state/PER", "concept/win-win-cooperation", "Critical")}


# -- two funders of one activity: each provides, neither is funded by the other --------------------------

def test_co_funders_are_providers_not_funders_of_each_other():
    from test_relate_en_general import run
    rec = run("The human rights advisers in Chad and Mali were financed by UNDP and by the Voluntary Fund for "
              "Technical Cooperation.")
    got = {(a.provider, a.recipient, a.funded_by) for a in rec.assistances}
    assert got == {(p, r, ()) for p in ("org/undp", "org/vf-tc") for r in ("state/TCD", "state/MLI")}


# -- a similar request by another State ----------------------------------------------------------------

def test_a_similar_request_goes_to_the_earlier_addressee_and_its_help_is_requested():
    from test_relate_en_general import facts
    text = ("At the request of the Government of Ghana, UNDP arranged a workshop for its officials. A similar "
            "request by Togo remained pending at the end of the year.")
    assert ("state/TGO", "org/undp") in pairs(text, predicate="requests")
    assert ("org/undp", "state/TGO", "Requested", "state/TGO") in facts(text, predicate="assists")


def test_a_similar_request_declined_is_negated_help():
    from test_relate_en_general import facts
    text = ("At the request of the Government of Ghana, UNDP arranged a workshop for its officials. A similar "
            "request by Togo was declined.")
    assert ("org/undp", "state/TGO", "Negated", None) in facts(text, predicate="assists")


def test_a_similar_request_with_no_earlier_request_names_no_addressee():
    assert pairs("A similar request by Togo remained pending.", predicate="requests") == set()


# -- grants and fellowships awarded; delegates sponsored ------------------------------------------------

def test_grants_awarded_to_states_are_the_funds_help():
    got = pairs("In 2025, the Voluntary Fund for Technical Cooperation awarded grants to Fiji and Samoa.",
                predicate="assists")
    assert got == {("org/vf-tc", "state/FJI"), ("org/vf-tc", "state/WSM")}


def test_fellowships_awarded_by_a_fund_to_officials_of_a_state():
    assert pairs("Fellowships were awarded by the Voluntary Fund for Technical Cooperation to officials of Fiji.",
                 predicate="assists") == {("org/vf-tc", "state/FJI")}


def test_observer_status_awarded_is_no_help():
    assert pairs("The Council awarded observer status to the African Union.", predicate="assists") == set()


# -- the participation of States financed, in the passive ------------------------------------------------

def test_the_participation_of_states_financed_by_a_fund():
    got = pairs("The participation of Fiji and Samoa was financed by the Voluntary Fund for Technical Cooperation.",
                predicate="assists")
    assert got == {("org/vf-tc", "state/FJI"), ("org/vf-tc", "state/WSM")}


def test_the_participation_of_a_state_welcomed_by_a_fund_is_no_help():
    assert pairs("The participation of Fiji was welcomed by the Voluntary Fund for Technical Cooperation.",
                 predicate="assists") == set()


def test_support_for_a_position_is_no_help():
    # a direct verb of support whose object is a position one takes (a resolution, a candidacy) helps no one
    assert pairs("Japan supported a resolution on Nepal at the session.", predicate="assists") == set()
    assert pairs("Germany supported the candidacy of Ghana.", predicate="assists") == set()
    # support for a body or a State is help
    assert pairs("Norway supported the National Human Rights Commission of Nepal.", predicate="assists") == {
        ("state/NOR", "org/nhrc-nepal")}
