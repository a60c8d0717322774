"""Chinese forms of relations, modality and contributions that hold beyond one report.

For each cue or mechanism: a sentence of our own it matches and one it must not. Every
sentence is written for these tests (not copied from any report or gold text).
"""

from __future__ import annotations

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def run(*paragraphs: str):
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def facts(*paragraphs: str, predicate: str | None = None) -> set[tuple]:
    return {(r.subject, r.predicate, r.object, r.modality) for r in run(*paragraphs).relations
            if r.predicate != "cites" and (predicate is None or r.predicate == predicate)}


# -- one statement per fact and unit ---------------------------------------------------------

def test_asked_for_then_done_in_one_unit_is_one_reported_fact():
    got = facts("马拉维政府请人权高专办协助马拉维。人权高专办随后协助了马拉维。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Reported")}


def test_asked_for_then_planned_is_planned_and_asked_for_alone_stays_requested():
    got = facts("人权理事会请人权高专办协助马拉维。人权高专办将协助马拉维。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Planned")}
    got = facts("人权理事会请人权高专办协助马拉维。", "人权高专办将协助马拉维。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Requested"), ("org/ohchr", "assists", "state/MWI", "Planned")}


# -- a pronoun that stands for a thing, not the previous actor -------------------------------

def test_this_training_is_no_actor():
    assert facts("东非区域办事处为肯尼亚官员举办了培训。该培训由人权领域技术合作自愿基金供资。",
                 predicate="fundedBy") == set()
    # a pronoun before an actor still carries the subject over
    got = facts("人权领域技术合作自愿基金成立于 1987 年。该基金由人权高专办管理。", predicate="administeredBy")
    assert got == {("org/vf-tc", "administeredBy", "org/ohchr", "Reported")}
