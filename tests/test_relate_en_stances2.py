"""The general rules of the en-stances2 round (tests/gold/batteries/README.md, "en-stances2"), each with
sentences of our own that are not rows of any battery: the rules must read variants of the forms the battery
found missing, not only its rows."""

from __future__ import annotations

from test_relate_en_general import MBC, RTD, WW, stances

CSF = "concept/community-of-shared-future"


def test_cue_vocabulary_of_the_genre():
    assert stances("Norway regarded the notion of win-win cooperation as a distraction.") == {("state/NOR", WW, "Critical")}
    assert stances("Iceland saw no merit in the concept of mutually beneficial cooperation.") == {("state/ISL", MBC, "Critical")}
    assert stances("Greece did not see much added value in the notion of win-win cooperation.") == {
        ("state/GRC", WW, "Critical")}
    assert stances("Malta declined to take a position on mutually beneficial cooperation.") == {
        ("state/MLT", MBC, "NotQuestioned")}
    assert stances("Cyprus raised no concerns regarding the right to development.") == {("state/CYP", RTD, "NotQuestioned")}
    assert stances("Egypt stated that the right to development had yielded concrete benefits for the region.") == {
        ("state/EGY", RTD, "Supportive")}
    assert stances("Belarus considered the right to development an inalienable right.") == {("state/BLR", RTD, "Supportive")}


def test_a_bare_declined_is_no_reporting_verb():
    assert stances("The Council of Europe declined to reply to the questionnaire on mutually beneficial cooperation.") == set()


def test_negation_carried_by_a_light_verb():
    assert stances("Peru did not voice support for the notion of a community of shared future.") == {
        ("state/PER", CSF, "Critical")}


def test_a_negated_opinion_of_a_negative_judgement():
    assert stances("Fiji did not find the concept of mutually beneficial cooperation problematic.") == {
        ("state/FJI", MBC, "NotQuestioned")}
    assert stances("Japan did not consider that the notion of win-win cooperation was harmful.") == {
        ("state/JPN", WW, "NotQuestioned")}
    assert stances("Spain did not consider mutually beneficial cooperation relevant.") == {("state/ESP", MBC, "Critical")}
    assert stances("Denmark considered the notion of win-win cooperation counterproductive.") == {
        ("state/DNK", WW, "Critical")}


def test_neither_nor():
    assert stances("Neither Austria nor Hungary opposed the concept of mutually beneficial cooperation.") == {
        ("state/AUT", MBC, "NotQuestioned"), ("state/HUN", MBC, "NotQuestioned")}


def test_warnings_that_judge_the_concept():
    assert stances("Zambia considered it premature to endorse the concept of win-win cooperation.") == {
        ("state/ZMB", WW, "Critical")}
    assert stances("Estonia cautioned that the concept of a community of shared future must not replace human rights "
                   "obligations.") == {("state/EST", CSF, "Critical")}


def test_echoing_and_later_holders():
    assert stances("Brazil supported mutually beneficial cooperation, as did India and South Africa.") == {
        ("state/BRA", MBC, "Supportive"), ("state/IND", MBC, "Supportive"), ("state/ZAF", MBC, "Supportive")}
    assert stances("Kenya questioned the notion of win-win cooperation, as had Uganda.") == {
        ("state/KEN", WW, "Sceptical"), ("state/UGA", WW, "Sceptical")}
    assert stances("Panama welcomed mutually beneficial cooperation, while Chile doubted it.") == {
        ("state/PAN", MBC, "Supportive"), ("state/CHL", MBC, "Sceptical")}
    assert stances("Other States, such as Poland, questioned the concept of win-win cooperation.") == {
        ("state/POL", WW, "Sceptical")}


def test_the_addressee_holds_nothing():
    assert stances("Senegal told the Secretariat that it supported mutually beneficial cooperation.") == {
        ("state/SEN", MBC, "Supportive")}
    assert stances("Nepal assured the Special Rapporteur that it valued the right to development.") == {
        ("state/NPL", RTD, "Supportive")}
    assert stances("Jordan informed the Council that the Government of Iraq supported mutually beneficial cooperation.") == {
        ("state/IRQ", MBC, "Supportive")}


def test_titles_and_mentions_are_not_judged():
    assert stances("Cuba welcomed the draft decision titled \"The right to development\".") == set()
    assert stances("Viet Nam sponsored the resolution entitled \"Promoting mutually beneficial cooperation in the field "
                   "of human rights\".") == set()
    assert stances("Italy welcomed capacity-building and mentioned mutually beneficial cooperation.") == set()


def test_an_unnamed_institution_of_a_state():
    assert stances("The ombudsman institution of Georgia expressed doubts about mutually beneficial cooperation.") == {
        ("state/GEO", MBC, "Sceptical")}


def test_a_criticism_with_an_object_of_its_own():
    assert stances("Peru endorsed the right to development, but criticized States for neglecting their obligations.") == {
        ("state/PER", RTD, "Supportive")}
    assert stances("Chile supported win-win cooperation, but opposed donors who attached conditions to their assistance.") \
        == {("state/CHL", WW, "Supportive")}
    assert stances("Chile welcomed mutually beneficial cooperation, but criticized its use in Council resolutions.") == {
        ("state/CHL", MBC, "Critical")}
    assert stances("Germany criticized attempts to promote win-win cooperation.") == {("state/DEU", WW, "Critical")}
