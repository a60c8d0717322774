"""The general rules of the en-stances3 round (tests/gold/batteries/README.md, "en-stances3"), each with
sentences of our own that are not rows of any battery: the rules must read variants of the forms the battery
found missing, not only its rows."""

from __future__ import annotations

from test_relate_en_general import MBC, RTD, WW, stances

CSF = "concept/community-of-shared-future"


def test_support_vocabulary_of_the_genre():
    assert stances("The delegation of Tunisia stood behind the right to development.") == {("state/TUN", RTD, "Supportive")}
    assert stances("Algeria and Morocco viewed the right to development very favourably.") == {
        ("state/DZA", RTD, "Supportive"), ("state/MAR", RTD, "Supportive")}
    assert stances("Nepal was a firm proponent of the concept of a community of shared future.") == {
        ("state/NPL", CSF, "Supportive")}
    assert stances("Japan regarded the emphasis on win-win cooperation as timely.") == {("state/JPN", WW, "Supportive")}
    assert stances("Chad held that mutually beneficial cooperation could strengthen national institutions.") == {
        ("state/TCD", MBC, "Supportive")}


def test_criticism_vocabulary_of_the_genre():
    assert stances("Hungary took issue with the notion of mutually beneficial cooperation.") == {
        ("state/HUN", MBC, "Critical")}
    assert stances("Croatia deplored attempts to introduce the concept of win-win cooperation into Council resolutions.") == {
        ("state/HRV", WW, "Critical")}
    assert stances("Human Rights Watch described the notion of a community of shared future as a pretext for silencing "
                   "criticism.") == {("org/hrw", CSF, "Critical")}
    assert stances("Spain contended that the concept of a community of shared future was a pretext for relativism.") == {
        ("state/ESP", CSF, "Critical")}


def test_scepticism_vocabulary_of_the_genre():
    assert stances("Malta wondered how mutually beneficial cooperation would be applied in practice.") == {
        ("state/MLT", MBC, "Sceptical")}
    assert stances("Estonia saw little merit in the concept of win-win cooperation.") == {("state/EST", WW, "Sceptical")}
    assert stances("Sweden considered the notion of mutually beneficial cooperation open to broad interpretation.") == {
        ("state/SWE", MBC, "Sceptical")}


def test_not_questioned_and_negated_opinions():
    assert stances("Kenya accepted the concept of win-win cooperation without further comment.") == {
        ("state/KEN", WW, "NotQuestioned")}
    assert stances("Belgium did not share the view that win-win cooperation was harmful.") == {
        ("state/BEL", WW, "NotQuestioned")}
    assert stances("Norway did not regard the right to development as an obstacle to accountability.") == {
        ("state/NOR", RTD, "NotQuestioned")}
    assert stances("Austria did not find the notion of win-win cooperation sufficiently clear.") == {
        ("state/AUT", WW, "Sceptical")}


def test_a_criticism_of_something_else_after_its_subject_pronoun():
    assert stances("Peru supported the right to development, although it deplored the politicization of technical "
                   "assistance.") == {("state/PER", RTD, "Supportive")}


def test_the_new_verbs_report_no_position_by_themselves():
    assert stances("Ghana held a seminar on the right to development.") == set()
    assert stances("Fiji characterized the discussion on mutually beneficial cooperation as lively.") == set()
    assert stances("Iraq wondered when the Working Group on the Right to Development would meet.") == set()


def test_a_concept_that_only_names_the_subject_of_a_text_or_a_meeting():
    assert stances("Brazil accepted the invitation to the panel on mutually beneficial cooperation.") == set()
    assert stances("Qatar praised the timely submission of the report on win-win cooperation.") == set()
    assert stances("Chile welcomed the adoption of Human Rights Council resolution 54/18 on the right to development.") == set()
    assert stances("Peru welcomed the study of the Advisory Committee on win-win cooperation.") == set()
    # the concept judged itself: the emphasis or focus on it, or a later mention of it
    assert stances("Egypt welcomed the emphasis on the right to development in the report.") == {
        ("state/EGY", RTD, "Supportive")}
    assert stances("Kenya welcomed the focus of the report on mutually beneficial cooperation.") == {
        ("state/KEN", MBC, "Supportive")}
    assert stances("Cuba supported resolution 54/18 on the right to development and stressed that the right to "
                   "development was essential.") == {("state/CUB", RTD, "Supportive")}


def test_the_main_clause_after_an_opening_concession_decides():
    assert stances("Although Mali did not question the right to development, it considered the concept vague.") == {
        ("state/MLI", RTD, "Sceptical")}
    assert stances("While Togo supported mutually beneficial cooperation, it warned that the concept could be used to "
                   "avoid scrutiny.") == {("state/TGO", MBC, "Critical")}
    # a main clause that judges nothing else leaves the concession's judgement; another holder's clause is its own
    assert stances("Though Chad welcomed win-win cooperation, it stressed the need for more funding.") == {
        ("state/TCD", WW, "Supportive")}
    assert stances("Although Peru was not opposed to mutually beneficial cooperation, Chile warned that the concept "
                   "could undermine accountability.") == {("state/PER", MBC, "NotQuestioned"), ("state/CHL", MBC, "Critical")}
