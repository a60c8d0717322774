"""English round 6 (reports about a fund acting through its own name): each mechanism on sentences of our own
that appear in no gold text, run through the real segmenter, recogniser and relation reader with the bundled
gazetteers and the English word lists; where a rule could over-fire, a sentence it must leave alone."""

from __future__ import annotations

from test_relate_en_general import pairs


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
