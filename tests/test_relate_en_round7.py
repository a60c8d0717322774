"""English mechanisms of round 7 (en/dev7): for each class of failure, a sentence of our own it now reads.

The sentences are written for these tests in the style of UN reports (none is copied from a report or a
gold text) and run through the real reader, segmenter, recogniser and bundled gazetteers with the English
word lists. Each class names the general expression of the genre it covers.
"""

from __future__ import annotations

from test_relate_en_general import CSF, MBC, RTD, WW, facts, pairs, run, stances


# -- stances -------------------------------------------------------------------------------------

def test_not_taking_issue_with_a_concept_is_not_questioning_it():
    got = stances("Kenya and Uganda did not take issue with the notion of win-win cooperation, but insisted "
                  "that programmes be demand-driven.")
    assert got == {("state/KEN", WW, "NotQuestioned"), ("state/UGA", WW, "NotQuestioned")}


def test_sharing_that_position_or_concurring_repeats_the_stance_before():
    got = stances("Peru did not take issue with the notion of win-win cooperation. Ghana shared that position.")
    assert ("state/GHA", WW, "NotQuestioned") in got
    got = stances("Argentina described mutually beneficial cooperation as a pragmatic approach for developing "
                  "economies. Chile concurred.")
    assert got == {("state/ARG", MBC, "Supportive"), ("state/CHL", MBC, "Supportive")}


def test_a_concept_called_the_foundation_of_something_is_supported():
    got = stances("Nepal underlined that the right to development was the foundation of a just international order.")
    assert got == {("state/NPL", RTD, "Supportive")}


def test_no_view_on_it_refers_back_to_the_concept_named_before():
    got = stances("Norway welcomed the right to development. Iceland, for its part, did not express a view on it.")
    assert ("state/ISL", RTD, "NotQuestioned") in got


def test_a_concept_said_to_be_devoid_of_content_is_doubted():
    got = stances("Amnesty International described the concept of win-win cooperation as devoid of legal content.")
    assert got == {("org/amnesty", WW, "Sceptical")}
    # a judgement of harm is still Critical
    got = stances("Amnesty International criticized the concept of win-win cooperation as harmful.")
    assert got == {("org/amnesty", WW, "Critical")}


def test_the_organization_of_islamic_cooperation_in_american_spelling_holds_a_stance():
    got = stances("Qatar, on behalf of the Organization of Islamic Cooperation, welcomed the building of a "
                  "community of shared future.")
    assert got == {("state/QAT", CSF, "Supportive"), ("org/oic", CSF, "Supportive")}


# -- assistance said through an activity or from the recipient's side -----------------------------

def test_facilitating_the_participation_of_a_named_institution_assists_it():
    got = pairs("The Office facilitated the participation of the National Human Rights Commission of Mongolia in "
                "the session of the Committee.", predicate="assists")
    assert got == {("org/ohchr", "org/nhrc-mongolia")}
    got = pairs("The Office financed the participation of the Niger in the session.", predicate="assists")
    assert got == {("org/ohchr", "state/NER")}


def test_material_help_received_from_a_provider_is_assistance():
    got = pairs("The Ministry of Justice of Mongolia received vehicles and office equipment from UNDP in 2025.",
                predicate="assists")
    assert got == {("org/undp", "state/MNG")}
    got = pairs("The National Human Rights Commission of Mongolia received two computers from the Office.",
                predicate="assists")
    assert got == {("org/ohchr", "org/nhrc-mongolia")}


def test_the_office_followed_by_to_is_still_the_office():
    # 'the Office to the United Nations country teams' is no longer name: advisers deployed by OHCHR
    got = pairs("Human rights advisers deployed by the Office to the United Nations country teams in Chile and Peru "
                "helped the Governments to draft plans.", predicate="assists")
    assert got == {("org/ohchr", "org/unct"), ("org/ohchr", "state/CHL"), ("org/ohchr", "state/PER")}


def test_a_passive_training_for_unnamed_staff_is_for_the_state_the_sentence_opens_in():
    got = pairs("In Peru, training on investigations was provided to 40 staff of the Ministry of Justice by UNDP, in "
                "cooperation with the African Union.", predicate="assists")
    assert got == {("org/undp", "state/PER"), ("org/au", "state/PER")}
    # with no locative, no State is guessed
    assert not pairs("Training on investigations was provided to 40 staff of the Ministry of Justice by UNDP.",
                     predicate="assists")


def test_the_office_does_not_stand_for_a_national_ombudsmans_office():
    rec = run("The Office maintained 17 country offices.",
              "The country office supported the Ombudsman's Office of Peru in monitoring detention.",
              "The Office did not renew its memorandum of understanding with the Inter-American Institute of Human "
              "Rights.", relations=False)
    assert [m.entity for m in rec.mentions if m.number == 3 and m.via == "backref"] == ["org/ohchr"]
