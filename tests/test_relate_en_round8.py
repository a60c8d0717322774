"""English mechanisms of round 8 (the paraphrase battery, tests/gold/batteries/en-*.tsv): for each class fixed,
sentences of our own — not battery rows — that it now reads, and one it must not.

Written in the style of UN reports (none copied from a report or a gold text); run through the real reader,
segmenter, recogniser and bundled gazetteers with the English word lists.
"""

from __future__ import annotations

from test_relate_en_general import MBC, RTD, WW, facts, stances


def assists(sentence: str) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, o, m, _r in facts(sentence, predicate="assists")}


def test_a_states_people_named_with_a_possessive_after_a_training_verb_are_its_people():
    assert assists("UNICEF trained Uganda's social workers on child-sensitive procedures.") == \
        {("org/unicef", "state/UGA", "Reported")}


def test_people_nouns_of_the_genre_name_the_state_they_belong_to():
    assert assists("UNDP trained municipal councillors of Albania on participatory budgeting.") == \
        {("org/undp", "state/ALB", "Reported")}
    assert assists("OHCHR trained paralegals from Sierra Leone on detention monitoring.") == \
        {("org/ohchr", "state/SLE", "Reported")}


def test_advisers_owned_by_a_possessive_agent_are_sent_by_it():
    assert assists("UNFPA's experts were deployed to Vanuatu after the cyclone.") == \
        {("org/unfpa", "state/VUT", "Reported")}


def test_a_possessive_that_owns_no_provider_noun_provides_nothing():
    assert assists("Ghana's advisers were deployed to Liberia.") != {("state/LBR", "state/GHA", "Reported")}


def test_a_postponed_activity_is_still_planned():
    assert assists("The training course that UNDP was to conduct for judges of Chad was deferred.") == \
        {("org/undp", "state/TCD", "Planned")}
    assert assists("UNDP held a workshop for judges of Chad.") == {("org/undp", "state/TCD", "Reported")}


def test_reiterated_reports_a_view_and_would_promote_supports():
    assert stances("Egypt reiterated its support for the right to development.") == {("state/EGY", RTD, "Supportive")}
    assert stances("Nepal considered that win-win cooperation would foster trust among States.") == \
        {("state/NPL", WW, "Supportive")}


def test_a_principle_named_with_a_negative_word_is_no_cue():
    assert stances("Myanmar welcomed mutually beneficial cooperation based on non-selectivity and "
                   "non-interference.") == {("state/MMR", MBC, "Supportive")}
