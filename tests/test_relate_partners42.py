"""Signers of one document partner each other when the agent marker is repeated after a coordinator (``signed on 14
March 2027 by the Government of X and by A, B and C``: ``relate/links.py``, ``joint_by``; a day and a
month before the year are passed over, never the verb). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _partners(text: str) -> set[frozenset]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {frozenset((r.subject, r.object)) for r in rec.relations if r.predicate == "partnersWith"}


def test_signers_with_the_marker_repeated():
    got = _partners("The joint programme was signed on 3 June 2027 by the Government of Viet Nam and by UNDP, UNICEF "
                    "and UN-Women.")
    assert {frozenset(("state/VNM", "org/undp")), frozenset(("state/VNM", "org/unwomen")),
            frozenset(("org/undp", "org/unicef"))} <= got


def test_people_trained_by_two_are_no_signers():
    assert not _partners("Judges of Chad were trained by UNDP and by UNICEF.")


def test_an_agreement_the_two_first_concluded():
    """(``agreed_relative`` ``after``: an adverb before the verb of signing)"""
    assert frozenset(("org/ohchr", "org/au-commission")) in _partners(
        "The work rests on a memorandum of understanding that OHCHR and the African Union Commission first concluded "
        "in Addis Ababa in 2022 and renewed in 2027.")


def test_a_year_alone_before_the_agent_keeps_the_verb():
    """(``signed in 2026 by A, B and C``: the date's words are passed over, never the verb of signing)"""
    got = _partners("UNHCR and UNDP helped the Department of Population of Myanmar, under a memorandum of understanding "
                    "signed in 2026 by the Government of Myanmar, UNHCR and UNDP.")
    assert {frozenset(("state/MMR", "org/undp")), frozenset(("state/MMR", "org/unhcr"))} <= got
