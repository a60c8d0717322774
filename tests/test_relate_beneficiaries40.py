"""People no list names, coordinated (``plural_people`` in data/patterns/en/relations.json, read by
tacb_graph/relate/beneficiaries.py): an activity ``for A-plurals and B-plurals of X`` is for X. Sentences of our own,
not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _help(text: str) -> set[tuple[str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.object) for r in rec.relations if r.predicate == "assists" and r.via != "model"}


@pytest.mark.parametrize("text, facts", [
    ("UNDP and APT jointly organized a three-day course on the Optional Protocol for harbour pilots and customs "
     "brokers of Ghana.", {("org/undp", "state/GHA"), ("org/apt", "state/GHA")}),
    ("UNICEF held two seminars for school inspectors or curriculum designers from Benin.", {("org/unicef", "state/BEN")}),
])
def test_an_activity_for_two_kinds_of_people_of_a_state_is_for_the_state(text, facts):
    assert facts <= _help(text)


def test_a_topic_in_the_plural_is_no_people():
    assert ("org/undp", "state/GHA") not in _help("UNDP held a course on the rights and standards of Ghana.")
