"""Help that never came, read where it is named: the activity is the subject of a clause that calls it off (``A
course that X was to give to Y was cancelled``: ``modality`` ``subject_undone``, ``subject_undone_opener``,
``subject_undone_stops``, ``subject_undone_relative``, ``subject_undone_not_at``), a plan that hands the act to its agent
(``原定于…由 X 为 Y 举办的培训``: ``planned_before_agent``), and help the back-off reads whose later name stands in a clause
of its own (the reason given). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.relate.clauses import Sentence, lexicon_for
from tacb_graph.relate.modality import modality_at
from tacb_graph.segment import segment


def _facts(text: str) -> set[tuple[str, str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.predicate, r.object, r.modality) for r in rec.relations}


def _at(lang: str, text: str, word: str) -> str:
    lx = lexicon_for(lang)
    return modality_at(Sentence(text, 0, len(text), lx=lx), text.index(word), None)[0]


@pytest.mark.parametrize("text, word", [
    ("A workshop for prosecutors of Peru, which UNODC was to hold in March 2090, was cancelled for lack of funds.", "UNODC"),
    ("A project under which UNICEF was to equip the juvenile courts of Chad with computers was suspended in 2091.", "UNICEF"),
    ("In Fiji, by contrast, a survey by WHO of psychiatric wards had been abandoned before it began.", "WHO"),
    ("She said that a course that the Regional Office had prepared for judges of Nepal had never taken place.", "Regional"),
    ("Technical advice that the World Bank had agreed to give to Haiti was put on hold and has not been given.", "World"),
    ("An exchange of staff between the two commissions, foreseen for 2093, was postponed indefinitely.", "staff"),
])
def test_an_activity_called_off_in_its_own_clause_is_negated(text, word):
    assert _at("en", text, word) == "Negated"


@pytest.mark.parametrize("text, word", [
    # the clause that calls an activity off has a subject of its own, after a contrast or a semicolon
    ("UNODC trained 40 prosecutors of Peru in 2090, but a second course was cancelled.", "prosecutors"),
    ("UNODC trained 40 prosecutors of Peru; the second course was cancelled.", "prosecutors"),
    # the relative clause says it of another noun
    ("UNODC trained prosecutors of Peru under a project that was later suspended.", "prosecutors"),
    # no activity opens the clause: the agent does
    ("UNICEF supported the juvenile courts of Chad until its office was closed in 2091.", "juvenile"),
])
def test_an_activity_done_stays_reported(text, word):
    assert _at("en", text, word) == "Reported"


def test_the_asking_itself_took_place():
    got = _facts("The Gambia reported that the assistance it had requested from the African Union in 2090 for its "
                 "electoral commission had not been provided.")
    assert ("state/GMB", "requests", "org/au", "Reported") in got
    assert ("org/au", "assists", "state/GMB", "Negated") in got


@pytest.mark.parametrize("text, fact", [
    ("原定于 2093 年 5 月由联合国开发计划署(开发署)为老挝法官举办的培训，因经费不足而被取消。",
     ("org/undp", "assists", "state/LAO", "Negated")),
    ("原定由联合国儿童基金会(儿基会)在乍得为少年法庭法官举办的讲习班未能举行。", ("org/unicef", "assists", "state/TCD", "Negated")),
    ("计划于 2094 年由联合国开发计划署(开发署)为老挝法官举办一期培训。", ("org/undp", "assists", "state/LAO", "Planned")),
])
def test_a_plan_handing_the_act_to_its_agent(text, fact):
    assert fact in _facts(text)
