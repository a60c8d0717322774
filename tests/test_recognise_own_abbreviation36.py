"""A letter abbreviation the report defines for a body is that body's in the report, even where the gazetteer gives the
letters to another body (tacb_graph/recognise/context.py ``find_definitions``, recogniser.py ``_own_definition``) —
unless the text names that other body too (then the abbreviation stands for two, which ``check`` reports)."""

from __future__ import annotations

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.segment import segment


def _mentions(text: str) -> list[tuple[str, str]]:
    rec = recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text))))
    return [(m.surface, m.entity) for m in rec.mentions]


def test_the_reports_own_abbreviation_wins_over_the_gazetteers():
    got = _mentions("1. Replies came from the International Commission of Jurists (ICJ).\n\n"
                    "2. The ICJ doubted the concept.\n\n")
    assert ("ICJ", "org/icj-jurists") in got and not any(k == "org/icj" for _s, k in got)


def test_the_gazetteers_reading_stands_without_a_definition():
    assert ("ICJ", "org/icj") in _mentions("1. The ICJ gave an advisory opinion.\n\n")


def test_a_definition_after_the_other_body_was_named_changes_nothing():
    got = _mentions("1. The International Court of Justice ruled.\n\n"
                    "2. The International Commission of Jurists (ICJ) wrote. The ICJ doubted it.\n\n")
    assert ("The International Court of Justice", "org/icj") in got or ("International Court of Justice", "org/icj") in got
    assert ("ICJ", "org/icj") in got  # (the text uses ICJ for two bodies: a finding, not a silent choice)


def test_an_abbreviation_of_a_body_named_inside_the_longer_name_stays_that_bodys():
    got = _mentions("1. OHCHR works through the Human Rights Office of the United Nations Assistance Mission for Iraq "
                    "(UNAMI).\n\n2. The Council asked UNAMI to advise the Government.\n\n")
    assert ("UNAMI", "org/unami") in got and ("UNAMI", "org/unami-hro") not in got
