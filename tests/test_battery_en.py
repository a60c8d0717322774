"""The English paraphrase batteries (tests/gold/batteries/): each sentence through the real pipeline.

Every row of ``en-assistance.tsv``, ``en-stances.tsv``, ``en-stances2.tsv`` and ``en-stances3.tsv`` is run as the one paragraph of a report
(segment → recognise → relate) and the facts read are compared, as a set, with the row's expected
facts. A row that reads right must keep reading right; the rows known to fail are listed in
``KNOWN`` (``KNOWN2`` for en-stances2.tsv, ``KNOWN3`` for en-stances3.tsv) with the reason, as strict xfails (a known failure that starts to pass fails the test, so
the list is kept true). The batteries' README records the pass rates.
"""

from __future__ import annotations

import pytest
from batteries import check_rows, expected, params, read_assists, read_stances, rows
from test_relate_en_general import run

# The rows that do not read right yet: id -> the construction the readers miss.
KNOWN: dict[str, str] = {
    # stances (s36, "did not question C, but did not endorse it either", passes since stance round 17: a
    # non-objection is kept over a cue after "but" that names no reference to the concept before it)
}

# The same for en-stances2.tsv (a second stance battery, written before any run): id -> the construction missed.
KNOWN2: dict[str, str] = {
}

# The same for en-stances3.tsv (a third stance battery, written before any run): id -> the construction missed.
KNOWN3: dict[str, str] = {
}

ASSISTANCE = rows("en-assistance.tsv")
STANCES = rows("en-stances.tsv")
STANCES2 = rows("en-stances2.tsv")
STANCES3 = rows("en-stances3.tsv")


def test_the_batteries_are_well_formed():
    assert len(ASSISTANCE) >= 80 and len(STANCES) >= 60
    check_rows(ASSISTANCE + STANCES, KNOWN)
    assert len(STANCES2) >= 80
    check_rows(STANCES2, KNOWN2)
    assert len(STANCES3) >= 80
    check_rows(STANCES3, KNOWN3)


@pytest.mark.parametrize("sentence, facts", list(params(ASSISTANCE, "sentence", ("assists",), KNOWN)))
def test_assistance_row(sentence, facts):
    assert read_assists(run, sentence) == expected(facts)


@pytest.mark.parametrize("sentence, facts", list(params(STANCES, "sentence", ("stances",), KNOWN)))
def test_stance_row(sentence, facts):
    assert read_stances(run, sentence) == expected(facts)


@pytest.mark.parametrize("sentence, facts", list(params(STANCES2, "sentence", ("stances",), KNOWN2)))
def test_stance2_row(sentence, facts):
    assert read_stances(run, sentence) == expected(facts)


@pytest.mark.parametrize("sentence, facts", list(params(STANCES3, "sentence", ("stances",), KNOWN3)))
def test_stance3_row(sentence, facts):
    assert read_stances(run, sentence) == expected(facts)
