"""Modality of facts: reported, requested, recommended, planned, negated.

Sentences are written for these tests (not copied from any report).
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def facts(*paragraphs: str, predicate: str | None = None) -> set[tuple]:
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.predicate, r.object, r.modality, r.requested_by) for r in rec.relations
            if predicate is None or r.predicate == predicate}


def one(sentence: str, predicate: str) -> tuple:
    got = facts(sentence, predicate=predicate)
    assert len(got) == 1, got
    return next(iter(got))


@pytest.mark.parametrize("sentence, modality", [
    ("开发署向马拉维提供了技术援助。", "Reported"),
    ("开发署去年向马拉维提供技术援助。", "Reported"),
    ("开发署没有向马拉维提供技术援助。", "Negated"),
    ("开发署尚未向马拉维提供技术援助。", "Negated"),
    ("开发署应向马拉维提供技术援助。", "Recommended"),
    ("开发署将向马拉维提供技术援助。", "Planned"),
    ("开发署计划向马拉维提供技术援助。", "Planned"),
    ("应马拉维政府的要求，开发署向马拉维提供了技术援助。", "Reported"),
    ("开发署不仅向马拉维提供了技术援助，还提供了资金。", "Reported"),
])
def test_assistance_modality(sentence, modality):
    s, p, o, m, _by = one(sentence, "assists")
    assert (s, o, m) == ("org/undp", "state/MWI", modality)


@pytest.mark.parametrize("verb", ["请", "鼓励", "邀请", "呼吁", "敦促", "吁请"])
def test_what_a_body_asks_for_is_requested(verb):
    got = facts(f"大会{verb}开发署向马拉维提供技术援助。")
    assert ("org/undp", "assists", "state/MWI", "Requested", "org/ga") in got
    # the request itself happened (when the verb is a request verb)
    if verb in ("请", "吁请"):
        assert ("org/ga", "requests", "org/undp", "Reported", None) in got


def test_a_resolution_is_the_requester():
    got = facts("人权理事会第 45/20 号决议请人权高专办协助马拉维。", predicate="assists")
    assert got == {("org/ohchr", "assists", "state/MWI", "Requested", "resolution/A/HRC/RES/45/20")}


def test_recommended_by_the_recommender():
    s, p, o, m, by = one("咨询委员会建议人权高专办与非洲联盟合作。", "partnersWith")
    assert (m, by) == ("Recommended", "org/hrc-advisory-committee")


def test_a_new_clause_with_its_own_subject_is_reported():
    got = facts("大会请开发署提交报告，开发署随后协助了马拉维。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Reported", None)}


def test_an_enumerated_request_stays_requested():
    got = facts("大会请开发署：(a) 协助马拉维；(b) 与非洲联盟合作。")
    assert ("org/undp", "assists", "state/MWI", "Requested", "org/ga") in got


def test_requested_establishment_and_partnership():
    got = facts("人权理事会请秘书长设立人权领域技术合作自愿基金。", predicate="establishes")
    assert {m for *_x, m, _b in got} == {"Requested"}
    got = facts("大会鼓励开发署与非洲联盟合作。", predicate="partnersWith")
    assert {(m, by) for *_x, m, by in got} == {("Requested", "org/ga")}


def test_a_pledge_is_planned_and_a_made_contribution_reported():
    text = "1. 日本承诺向人权高专办捐款 50 万美元。\n\n2. 日本向人权高专办捐款 50 万美元。\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    assert {(c.number, c.modality) for c in rec.contributions} == {(1, "Planned"), (2, "Reported")}


@pytest.mark.parametrize("sentence, modality", [
    ("UNDP provided no technical assistance to Malawi.", "Negated"),
    ("No technical assistance was provided to Malawi by UNDP.", "Negated"),
    ("UNDP provided technical assistance to Malawi at no cost.", "Reported"),    # "no" of something else
    ("UNDP assisted Malawi; no other State received support.", "Reported"),     # another clause
])
def test_denied_object_negates_in_english(sentence, modality):
    s, p, o, m, _by = one(sentence, "assists")
    assert (s, o, m) == ("org/undp", "state/MWI", modality)
