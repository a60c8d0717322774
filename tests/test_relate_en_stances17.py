"""The general rules of the English stance round 17 (dialogue summaries: tests/gold/en/dev16/SPLIT.md,
"Stance round 17 (en)"), each on sentences of our own (other States, other wordings), asserting the exact
(holder, concept, value) read."""

from __future__ import annotations

from test_relate_en_general import MBC, RTD, WW, run, stances

CSF = "concept/community-of-shared-future"


def test_reported_necessity_and_a_basis_endorse_the_concept():
    # "had to be", "has to be", "needed to be" are the reported "must be"; "on the basis of" is a sibling of "based on"
    assert stances("Zambia stressed that international cooperation had to be mutually beneficial.") == {
        ("state/ZMB", MBC, "Supportive")}
    assert stances("Nepal said that capacity-building needed to be on the basis of win-win cooperation.") == {
        ("state/NPL", WW, "Supportive")}
    assert stances("Cuba said that technical cooperation should be provided on the basis of mutually beneficial "
                   "cooperation.") == {("state/CUB", MBC, "Supportive")}
    # a necessity that is negated is no endorsement
    assert stances("Finland said that cooperation did not have to be mutually beneficial.") != {
        ("state/FIN", MBC, "Supportive")}


def test_a_bare_agreement_takes_up_the_position_of_the_speaker_before():
    assert stances("Egypt described the right to development as essential for all, and Jordan agreed.") == {
        ("state/EGY", RTD, "Supportive"), ("state/JOR", RTD, "Supportive")}
    assert stances("Ireland questioned the added value of win-win cooperation; Austria agreed.") == {
        ("state/IRL", WW, "Sceptical"), ("state/AUT", WW, "Sceptical")}
    # agreeing to do something is no agreement with a position
    assert stances("Mexico welcomed the right to development. Chile agreed to host a regional seminar.") == {
        ("state/MEX", RTD, "Supportive")}


def test_a_pronoun_holder_stands_for_the_subject_before_an_object():
    # the State named as an object in the speaker's clause is not who "It" is
    assert stances("Kenya said that it had trained 30 judges and prosecutors of Uganda. It stressed that the right "
                   "to development was essential.") == {("state/KEN", RTD, "Supportive")}
    assert stances("Ghana recalled that it had received officials of Togo for a study visit. It considered "
                   "win-win cooperation useful.") == {("state/GHA", WW, "Supportive")}


def test_a_second_judgement_of_another_concept_is_no_part_of_the_first_ones_region():
    # "and considered B …, but …": the qualifier and its "its" judge B, not A
    assert stances("Peru supported the realization of the right to development and considered win-win cooperation "
                   "useful, but said that its scope remained unclear.") == {
        ("state/PER", RTD, "Supportive"), ("state/PER", WW, "Sceptical")}
    assert stances("Mongolia welcomed mutually beneficial cooperation and regarded the concept of a community of "
                   "shared future as valuable, but noted that its content was vague.") == {
        ("state/MNG", MBC, "Supportive"), ("state/MNG", CSF, "Sceptical")}
    # a reference back before any other concept is named still reaches the first one
    assert stances("Oman welcomed the right to development and considered it essential.") == {
        ("state/OMN", RTD, "Supportive")}


def test_a_basis_for_something_endorses_the_concept():
    assert stances("Togo described mutually beneficial cooperation as a workable basis for capacity-building.") == {
        ("state/TGO", MBC, "Supportive")}


def test_a_non_objection_is_kept_over_a_cue_about_something_else_after_but():
    assert stances("Greece did not express a view on the right to development, but urged the authorities to request "
                   "the assistance of the Office.") == {("state/GRC", RTD, "NotQuestioned")}
    assert stances("Cyprus did not question win-win cooperation, but welcomed the training courses for judges.") == {
        ("state/CYP", WW, "NotQuestioned")}
    # a qualifier that refers back to the concept still decides
    assert stances("Latvia did not question win-win cooperation, but considered it too vague.") == {
        ("state/LVA", WW, "Sceptical")}
    # … also when the reference is inside the cue after "but"
    assert stances("Iceland did not question the notion of mutually beneficial cooperation, but called for it to be "
                   "more clearly defined.") == {("state/ISL", MBC, "Sceptical")}


def test_a_bare_title_stands_for_the_state_named_with_it_before():
    # the speaker introduced with a title of a State in an earlier paragraph, then by the title alone
    assert stances("The Chair gave the floor to the Minister for Foreign Affairs of Kenya.",
                   "The Minister said that international cooperation had to be mutually beneficial.") == {
        ("state/KEN", MBC, "Supportive")}
    assert stances("The floor was given to the Permanent Representative of Ecuador.",
                   "The Ambassador welcomed the right to development.") == {("state/ECU", RTD, "Supportive")}
    # with no State named with a title before, the title holds nothing
    assert stances("The Minister said that international cooperation had to be mutually beneficial.") == set()


def _government(*paragraphs: str) -> list[str]:
    """The States "the Government" stands for in the last paragraph."""
    rec = run(*paragraphs, relations=False)
    return [m.entity for m in rec.mentions if m.number == len(paragraphs) and m.via == "backref"
            and m.entity.startswith("state/")]


UGANDA = "The present report covers technical assistance to Uganda. Uganda hosted a regional workshop in 2031."


def test_the_government_is_not_the_speaker_that_addresses_it_nor_a_donor_nor_one_of_a_list():
    # a speaker that opens the sentence addresses the Government: it is the State of the report
    assert _government(UGANDA, "Kenya encouraged the Government to adopt a national action plan.") == ["state/UGA"]
    # a State that gave the money is no antecedent
    assert _government(UGANDA, "The commission received computers on funds made available by Sweden. The "
                               "Government had requested further support.") == ["state/UGA"]
    # nor is one State of a list
    assert _government(UGANDA, "The Office trained judges of Rwanda and Burundi. The Government adopted a plan.") == [
        "state/UGA"]
    # the speaker's own Government after "that"
    assert _government(UGANDA, "Kenya said that the Government had adopted a national action plan.") == ["state/KEN"]


def _backrefs(*paragraphs: str) -> list[str]:
    rec = run(*paragraphs, relations=False)
    return [m.entity for m in rec.mentions if m.number == len(paragraphs) and m.via == "backref"
            and m.entity != "org/ohchr"]


def test_the_community_is_the_economic_community_named_before_but_not_its_member_states():
    assert _backrefs("The Economic Community of West African States held a summit in Abuja. Senegal said that the "
                     "Community would organize a workshop on electoral observation in 2032.") == ["org/ecowas"]
    assert _backrefs("The East African Community met in Arusha. The Office trained observers from the Partner States "
                     "of the Community.") == []
