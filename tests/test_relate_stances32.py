"""Thirty-second session: holders whose verb no list holds, those spoken for or with, and where the learned back-off
(tacb_graph/relate/stance_model.py) may not decide. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.records import Source
from tacb_graph.recognise import recognise
from tacb_graph.relate import relate
from tacb_graph.relate.lexicon import lexicon_for
from tacb_graph.segment import segment

MBC = "concept/mutually-beneficial-cooperation"
RTD = "concept/right-to-development"
WW = "concept/win-win-cooperation"


def stances(text: str) -> set[tuple[str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(s.holder, s.concept, s.value) for s in rec.stances}


def holders(text: str, concept: str) -> set[str]:
    return {h for h, c, _v in stances(text) if c == concept}


# -- the actor that opens a sentence holds what it says of a concept (subject_holders) ------------------------------

@pytest.mark.parametrize("lang, sentence, holder, concept", [
    ("en", "Uruguay was pleased that the right to development now appeared in the strategy of the Fund.", "state/URY",
     RTD),
    ("en", "Kenya considered it fortunate that mutually beneficial cooperation had found its way into the resolution.",
     "state/KEN", MBC),
    ("zh", "马拉维乐见发展权在基金战略中得到突出。", "state/MWI", RTD),
])
def test_a_subject_whose_verb_no_list_holds_is_a_candidate(monkeypatch, lang, sentence, holder, concept):
    model = lexicon_for(lang).stance_model
    monkeypatch.setattr(model, "seen", [])
    stances(sentence)
    assert any(holder in r["holders"] and r["concept"] == concept for r in model.seen)


def test_the_back_off_reads_a_subject_holder():
    assert ("state/URY", RTD, "Supportive") in stances(
        "Uruguay was pleased that the right to development now appeared in the strategy of the Fund.")


def test_a_body_that_gives_a_task_holds_no_view():
    # the subject holder has no verb of saying: realizing the right (an object cue) is the task it gives
    assert stances("人权理事会在第 75/9 号决议中，请咨询委员会就技术合作如何促进实现发展权问题举行一次专家磋商。") == set()


def test_no_subject_holder_where_the_sentence_opens_with_something_else():
    # the actor is governed (by "For"), and no verb follows it: nobody holds a view here
    assert stances("For Ghana, a seminar on the right to development was held in Accra in 2094.") == set()


# -- those spoken for or with hold the same position (behalf_leads) -------------------------------------------------

def test_those_a_speaker_speaks_also_for_hold_its_position():
    got = stances("Peru, speaking also for Chile and Ecuador, criticized win-win cooperation as vague.")
    assert {h for h, c, _v in got if c == WW} == {"state/PER", "state/CHL", "state/ECU"}


def test_a_statement_made_jointly_with_another_is_both_of_theirs():
    got = stances("In a statement made jointly with Norway, Iceland rejected the community of shared future.")
    assert {(h, v) for h, _c, v in got} == {("state/ISL", "Critical"), ("state/NOR", "Critical")}


def test_writing_for_an_organization():
    assert holders("Egypt, writing for the African Group, welcomed the right to development.", RTD) >= {"state/EGY"}


def test_help_given_jointly_is_no_position():
    assert stances("Denmark, jointly with Sweden, paid for a workshop on the right to development in Nairobi.") == set()


# -- where only the rules decide ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Austria listed win-win cooperation among the subjects of the debate.",
    "Portugal touched on mutually beneficial cooperation in its oral statement.",
    "Jordan requested assistance from the Office in its work on the right to development.",
    "Chile shared its experience of mutually beneficial cooperation with Andean countries.",
])
def test_a_concept_only_mentioned_gets_no_value(sentence):
    assert stances(sentence) == set()


def test_a_cue_the_rules_set_aside_is_not_overruled():
    # "threat" and "serve" are the rules' words: they decide (here: nothing), the back-off is not asked
    assert ("state/MLT", WW, "Supportive") not in stances("Malta saw the new tariffs as a threat to win-win cooperation.")
    assert ("state/NOR", RTD, "Supportive") not in stances(
        "Norway maintained that such projects had never served the right to development.")
