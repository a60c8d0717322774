"""English stance forms of the genre read in the twenty-seventh session.

Whose view a fronted possessive names (In X's view, …), a holder followed by a long relative clause before its verb
(X, which in 2090 contributed … to Y for projects in the region, presented …), a concept put at the centre of
something, regarded as the common thread of something, or said to provide a sound frame for something; a reporting
verb after a coordinator that is the second predicate of the clause's subject (X thanked Y for … and considered …). Every sentence
is written for these tests (not copied from any report); the concepts come from the gazetteer.
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment

MBC = "concept/mutually-beneficial-cooperation"
WIN = "concept/win-win-cooperation"
RTD = "concept/right-to-development"


def stances(text: str) -> set[tuple[str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(s.holder, s.concept, s.value) for s in rec.stances}


@pytest.mark.parametrize("sentence, holder, concept, value", [
    ("In Peru's view, the right to development should be placed at the centre of every cooperation programme.",
     "state/PER", RTD, "Supportive"),
    ("In Ghana's opinion, mutually beneficial cooperation belongs at the core of South-South exchanges.",
     "state/GHA", MBC, "Supportive"),
    ("Kenya regarded win-win cooperation as the guiding principle of its regional programmes.", "state/KEN", WIN,
     "Supportive"),
    ("Mongolia considered that the right to development provided a solid frame for its national plan.", "state/MNG", RTD,
     "Supportive"),
    ("Ghana, which in 2088 hosted a regional seminar of the Economic Community of West African States on the "
     "protection of migrant workers in the subregion, described win-win cooperation as a useful basis for such work.",
     "state/GHA", WIN, "Supportive"),
    ("In Norway's view, the right to development was too vague to guide technical cooperation.", "state/NOR", RTD,
     "Sceptical"),
    # the second predicate of the clause's subject, not of the first verb's object
    ("Norway thanked Peru for its work and considered that the right to development provided a sound frame for "
     "cooperation.", "state/NOR", RTD, "Supportive"),
    ("挪威感谢秘鲁的工作，并认为发展权是合作的可靠基础。", "state/NOR", RTD, "Supportive"),
    ("The Special Rapporteur on the right to development is grateful to the Government of Peru for its invitation "
     "and for the openness of its "
     "ministries and considers that the right to development offers a sound frame for the national plan.",
     "org/sr-right-to-development", RTD, "Supportive"),
])
def test_stance_read(sentence, holder, concept, value):
    assert (holder, concept, value) in stances(sentence)


@pytest.mark.parametrize("sentence", [
    # at the centre of a dispute: no judgement of the concept by the one who reports it
    "Norway noted that the right to development was at the centre of the debate.",
    # a possessive that names no view
    "In Peru's capital, a seminar on the right to development was held.",
])
def test_no_support_read(sentence):
    assert not {v for _h, _c, v in stances(sentence) if v == "Supportive"}


def test_the_object_of_the_first_verb_holds_nothing():
    assert not {h for h, _c, _v in stances("Norway thanked Peru for its work and considered that the right to "
                                           "development provided a sound frame for cooperation.") if h == "state/PER"}
    assert {h for h, _c, _v in stances("Norway and Peru considered that the right to development provided a sound "
                                       "frame for cooperation.")} == {"state/NOR", "state/PER"}
