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


# one sentence of our own per expression of the genre added in the round (none is a row of any battery)
GENRE = [
    ('Ghana attached great importance to mutually beneficial cooperation.', "Supportive"),
    ('Egypt spoke in favour of win-win cooperation.', "Supportive"),
    ('Norway expressed scepticism about the notion of win-win cooperation.', "Sceptical"),
    ('Canada expressed its opposition to the concept of a community of shared future.', "Critical"),
    ('Sweden voiced strong objections to the concept of win-win cooperation.', "Critical"),
    ('Iceland called into question the concept of mutually beneficial cooperation.', "Sceptical"),
    ('Finland cast doubt on the notion of a community of shared future.', "Sceptical"),
    ('Denmark expressed misgivings about the concept of win-win cooperation.', "Sceptical"),
    ('Estonia was wary of the notion of mutually beneficial cooperation.', "Sceptical"),
    ('Latvia had serious concerns about the concept of a community of shared future.', "Critical"),
    ('Nepal saw mutually beneficial cooperation as an important tool for capacity-building.', "Supportive"),
    ('Cuba subscribed to the concept of win-win cooperation.', "Supportive"),
    ('Syria expressed its full backing for the right to development.', "Supportive"),
    ('Lithuania condemned the use of the concept of a community of shared future.', "Critical"),
    ('Ukraine denounced the notion of win-win cooperation.', "Critical"),
    ('Czechia disapproved of the concept of mutually beneficial cooperation.', "Critical"),
    ('Australia expressed disagreement with the notion of win-win cooperation.', "Critical"),
    ('Japan found the concept of a community of shared future problematic.', "Critical"),
    ('Poland considered the notion of win-win cooperation misleading.', "Critical"),
    ('Belgium found the concept of mutually beneficial cooperation confusing.', "Sceptical"),
    ('Slovakia was unable to support the notion of a community of shared future.', "Critical"),
    ('Austria was not in a position to support the concept of win-win cooperation.', "Critical"),
    ('Greece had no problem with the concept of mutually beneficial cooperation.', "NotQuestioned"),
    ('Cyprus expressed no opposition to the right to development.', "NotQuestioned"),
    ('Kenya was firmly committed to the right to development.', "Supportive"),
    ('Bolivia called mutually beneficial cooperation a valuable principle.', "Supportive"),
    ('The Philippines considered win-win cooperation to be instrumental in advancing human rights.', "Supportive"),
    ('India spoke highly of mutually beneficial cooperation.', "Supportive"),
    ('Pakistan expressed appreciation for the concept of win-win cooperation.', "Supportive"),
    ('Germany cautioned that the notion of win-win cooperation could be misused to shield States from scrutiny.', "Critical"),
    ('France expressed uncertainty about the meaning of the concept of mutually beneficial cooperation.', "Sceptical"),
    ('Ireland sought clarification on the concept of win-win cooperation.', "Sceptical"),
    ('Switzerland asked what was meant by mutually beneficial cooperation.', "Sceptical"),
    ('Viet Nam commended the emphasis on mutually beneficial cooperation.', "Supportive"),
    ('Indonesia expressed its firm belief in the right to development.', "Supportive"),
    ('New Zealand was opposed to any reference to a community of shared future.', "Critical"),
    ('The Netherlands was doubtful about the added value of win-win cooperation.', "Sceptical"),
    ('Iran considered mutually beneficial cooperation the best way forward.', "Supportive"),
    ('The United Kingdom considered that the concept of win-win cooperation was not consistent with international human rights law.', "Critical"),
    ('Hungary considered the concept of a community of shared future inconsistent with the universality of human rights.', "Critical"),
]


def test_genre_vocabulary_beyond_the_battery():
    for sentence, value in GENRE:
        assert {v for _h, _c, v in stances(sentence)} == {value}, sentence


def test_criticism_of_something_else_and_negated_forms():
    assert stances("Ghana condemned unilateral coercive measures and supported the right to development.") == {
        ("state/GHA", RTD, "Supportive")}
    assert stances("Mali supported mutually beneficial cooperation, but condemned the reduction of funding for technical "
                   "cooperation.") == {("state/MLI", MBC, "Supportive")}
    assert stances("Peru did not raise any objection to win-win cooperation.") == {("state/PER", WW, "NotQuestioned")}
    assert stances("Chile did not have any reservations about the right to development.") == {
        ("state/CHL", RTD, "NotQuestioned")}
    assert stances("Oman did not find the concept of win-win cooperation problematic.") == {("state/OMN", WW, "NotQuestioned")}
    assert stances("Chad sought technical assistance from the Office on the right to development.") == set()
    assert stances("Brazil was unable to attend the panel on win-win cooperation.") == set()
    assert stances("Fiji did not raise the issue of win-win cooperation.") == set()


def test_reporting_forms_of_the_genre():
    assert stances("Tunisia took the position that mutually beneficial cooperation should guide technical assistance.") == {
        ("state/TUN", MBC, "Supportive")}
    assert stances("Algeria reiterated its view that the right to development was a universal right.") == {
        ("state/DZA", RTD, "Supportive")}
    assert stances("Estonia claimed that the notion of a community of shared future undermined accountability.") == {
        ("state/EST", CSF, "Critical")}
    assert stances("Kenya made the point that win-win cooperation had helped developing countries.") == {
        ("state/KEN", WW, "Supportive")}
    assert stances("Italy did not see mutually beneficial cooperation as a threat to human rights.") == {
        ("state/ITA", MBC, "NotQuestioned")}
    assert stances("The Netherlands was far from convinced that mutually beneficial cooperation added value.") == {
        ("state/NLD", MBC, "Sceptical")}


def test_holders_joined_to_the_speaker():
    assert stances("Brazil, joined by Argentina, supported mutually beneficial cooperation.") == {
        ("state/BRA", MBC, "Supportive"), ("state/ARG", MBC, "Supportive")}
    assert stances("Peru, together with Chile and Bolivia, welcomed the right to development.") == {
        ("state/PER", RTD, "Supportive"), ("state/CHL", RTD, "Supportive"), ("state/BOL", RTD, "Supportive")}
    assert stances("Like Cuba, Nicaragua considered win-win cooperation useful, while Canada questioned it.") == {
        ("state/CUB", WW, "Supportive"), ("state/NIC", WW, "Supportive"), ("state/CAN", WW, "Sceptical")}
    # not joined: a contrast, a non-actor, an actor of another verb
    assert stances("Unlike Cuba, Nicaragua considered win-win cooperation vague.") == {("state/NIC", WW, "Sceptical")}
    assert stances("Ghana, supported by UNDP, organized a seminar on the right to development.") == set()


def test_a_concession_that_opens_the_sentence_without_a_subject_of_its_own():
    assert stances("While welcoming the right to development, Sweden stressed that accountability remained essential.") == {
        ("state/SWE", RTD, "Supportive")}
    assert stances("Although supportive of win-win cooperation, Japan found the term vague.") == {("state/JPN", WW, "Sceptical")}
    # a concession with a subject of its own is that subject's
    assert stances("While Mexico supported mutually beneficial cooperation, Chile stressed the need for funding.") == {
        ("state/MEX", MBC, "Supportive")}
    assert stances("While Mexico supported mutually beneficial cooperation, Chile criticized it.") == {
        ("state/MEX", MBC, "Supportive"), ("state/CHL", MBC, "Critical")}


def test_a_second_statement_joined_by_and_judges_its_own_object():
    assert stances("Kenya lauded mutually beneficial cooperation and deplored the lack of funding for capacity-building.") == {
        ("state/KEN", MBC, "Supportive")}
    assert stances("Jamaica condemned racism and championed the right to development.") == {("state/JAM", RTD, "Supportive")}


def test_a_wish_for_a_clearer_definition():
    assert stances("Iceland supported the concept of mutually beneficial cooperation but wished to see a clearer "
                   "definition.") == {("state/ISL", MBC, "Sceptical")}
    assert stances("Canada called for a more precise definition of win-win cooperation.") == {("state/CAN", WW, "Sceptical")}
    assert stances("Norway welcomed win-win cooperation, but would like to see more funding for the Office.") == {
        ("state/NOR", WW, "Supportive")}


def test_the_agent_of_a_passive_reporting_verb_holds_the_position():
    assert stances("Support for mutually beneficial cooperation was expressed by Ghana and Kenya.") == {
        ("state/GHA", MBC, "Supportive"), ("state/KEN", MBC, "Supportive")}
    assert stances("Doubts about the concept of win-win cooperation were raised by Canada.") == {("state/CAN", WW, "Sceptical")}
    assert stances("Concern about the notion of a community of shared future was voiced by Sweden.") == {
        ("state/SWE", CSF, "Critical")}
    assert stances("The view that win-win cooperation was useful was shared by the delegations of Cuba and Bolivia.") == {
        ("state/CUB", WW, "Supportive"), ("state/BOL", WW, "Supportive")}
    assert stances("Ghana welcomed the right to development, and concerns about the concept were raised by Canada.") == {
        ("state/GHA", RTD, "Supportive"), ("state/CAN", RTD, "Critical")}
    assert stances("Training on the right to development was provided by OHCHR.") == set()


def test_more_reporting_forms_and_cues():
    assert stances("Cuba was pleased that the right to development was reflected in the resolution.") == {
        ("state/CUB", RTD, "Supportive")}
    assert stances("Austria was concerned that the notion of mutually beneficial cooperation might dilute human rights "
                   "obligations.") == {("state/AUT", MBC, "Critical")}
    assert stances("Bolivia called on all States to embrace the right to development.") == {("state/BOL", RTD, "Supportive")}
    assert stances("Ireland expressed support for mutually beneficial cooperation while noting that its content needed "
                   "clarification.") == {("state/IRL", MBC, "Sceptical")}
    assert stances("Nigeria saw great potential in win-win cooperation.") == {("state/NGA", WW, "Supportive")}
    assert stances("Thailand believed that mutually beneficial cooperation was the way forward.") == {
        ("state/THA", MBC, "Supportive")}
    assert stances("Singapore expressed hope that win-win cooperation would guide the work of the Council.") == {
        ("state/SGP", WW, "Supportive")}
    assert stances("Malaysia looked forward to the further promotion of mutually beneficial cooperation.") == {
        ("state/MYS", MBC, "Supportive")}


def test_more_negated_forms():
    assert stances("Peru did not deny the value of win-win cooperation.") == {("state/PER", WW, "NotQuestioned")}
    assert stances("Nepal was not against the right to development.") == {("state/NPL", RTD, "NotQuestioned")}
    assert stances("Mongolia had nothing against mutually beneficial cooperation.") == {("state/MNG", MBC, "NotQuestioned")}
    assert stances("Norway did not believe that mutually beneficial cooperation was clearly defined.") == {
        ("state/NOR", MBC, "Sceptical")}
    assert stances("Finland did not think that the concept of win-win cooperation was helpful.") == {
        ("state/FIN", WW, "Critical")}
    assert stances("Poland failed to see the added value of the concept of mutually beneficial cooperation.") == {
        ("state/POL", MBC, "Critical")}  # as 'did not see any value in' (en-stances2)
    assert stances("Estonia would not support any reference to a community of shared future.") == {
        ("state/EST", CSF, "Critical")}
    assert stances("Not a single State questioned the concept of win-win cooperation.") == set()


def test_panel_summary_forms():
    assert stances("Delegations from Egypt and Pakistan highlighted the importance of mutually beneficial cooperation.") == {
        ("state/EGY", MBC, "Supportive"), ("state/PAK", MBC, "Supportive")}
    assert stances("Cuba highlighted the role of win-win cooperation in South-South cooperation.") == {
        ("state/CUB", WW, "Supportive")}
    assert stances("Ethiopia emphasized the contribution of mutually beneficial cooperation to capacity-building.") == {
        ("state/ETH", MBC, "Supportive")}
    assert stances("Kenya underlined the significance of the right to development.") == {("state/KEN", RTD, "Supportive")}
    assert stances("Ghana drew attention to the potential of win-win cooperation.") == {("state/GHA", WW, "Supportive")}
    assert stances("Indonesia stressed the need to realize the right to development.") == {("state/IDN", RTD, "Supportive")}
    assert stances("Iran (Islamic Republic of) stated that unilateral coercive measures impeded the realization of the "
                   "right to development.") == {("state/IRN", RTD, "Supportive")}
    assert stances("Pakistan expressed its strong belief that win-win cooperation was the only viable path.") == {
        ("state/PAK", WW, "Supportive")}
    # the stronger cue still decides
    assert stances("Sweden questioned the role of win-win cooperation in the work of the Council.") == {
        ("state/SWE", WW, "Sceptical")}
    assert stances("Nepal described its experience of mutually beneficial cooperation with neighbouring countries.") == set()


def test_a_holder_joined_in_a_statement():
    assert stances("Jordan joined Morocco in welcoming mutually beneficial cooperation.") == {
        ("state/JOR", MBC, "Supportive"), ("state/MAR", MBC, "Supportive")}
    assert stances("Peru joined Colombia in expressing reservations about the notion of win-win cooperation.") == {
        ("state/PER", WW, "Sceptical"), ("state/COL", WW, "Sceptical")}
    assert stances("Ghana joined the panel on mutually beneficial cooperation in Geneva.") == set()


def test_a_fronted_negation_with_inversion():
    assert stances("At no time did the delegation of Chile object to win-win cooperation.") == {
        ("state/CHL", WW, "NotQuestioned")}
    assert stances("Never did Norway endorse the notion of a community of shared future.") == {
        ("state/NOR", CSF, "Critical")}
    assert stances("At no point did the Office organize a seminar on the right to development.") == set()


def test_that_of_b_coordinated_with_a_body_of_a():
    assert stances("The delegation of Ghana and that of Togo welcomed the right to development.") == {
        ("state/GHA", RTD, "Supportive"), ("state/TGO", RTD, "Supportive")}


def test_for_x_opening_the_sentence():
    assert stances("For Brazil, mutually beneficial cooperation was essential to technical assistance.") == {
        ("state/BRA", MBC, "Supportive")}
    assert stances("For the European Union, the concept of win-win cooperation remained ill-defined.") == {
        ("org/eu", WW, "Sceptical")}
    assert stances("For Ghana and Togo, the Office organized a seminar on the right to development.") == set()
