"""The English discourse battery (tests/gold/batteries/en-discourse.tsv): facts that span sentences.

Every row is a short paragraph (2–3 sentences) run as the one paragraph of a report through the real
pipeline (segment → recognise → relate); both the ``assists`` facts and the stances read are compared,
as sets, with the row's expected facts (``-`` is the empty set: nothing may be read). The rows known to
fail are in ``KNOWN`` with the construction missed, as strict xfails (a known failure that starts to
pass fails the test, so the list stays true). The batteries' README records the pass rates.
"""

from __future__ import annotations

import pytest
from batteries import check_rows, expected, params, read_both, rows
from test_relate_en_general import run

DISCOURSE = rows("en-discourse.tsv")

# The rows that do not read right yet: id -> the construction the readers miss.
KNOWN: dict[str, str] = {
    "d02": "a State's request in one sentence, 'X provided advisers for that purpose' in the next: the recipient is not carried over",
    "d06": "'X remained the main partner of Y …' then 'It supported …': the recipient is not carried over",
}

FAMILIES = {"carry", "backref", "list", "request", "holder", "mixed", "trap"}


def test_the_battery_is_well_formed():
    assert len(DISCOURSE) >= 45
    check_rows(DISCOURSE, KNOWN)
    for row in DISCOURSE:
        assert row["family"] in FAMILIES, row["id"]
        assert row["paragraph"].count(". ") >= 1, row["id"]  # at least two sentences


@pytest.mark.parametrize("paragraph, assists, stances", list(params(DISCOURSE, "paragraph", ("assists", "stances"), KNOWN)))
def test_discourse_row(paragraph, assists, stances):
    assert read_both(run, paragraph) == (expected(assists), expected(stances))
