"""The Chinese paraphrase batteries (tests/gold/batteries/): each sentence through the real pipeline.

Every row of ``zh-assistance.tsv`` and ``zh-stances.tsv`` is run as the one paragraph of a report
(segment → recognise → relate) and the facts read are compared, as a set, with the row's expected
facts. A row that reads right must keep reading right; the rows known to fail are listed in
``KNOWN`` with the reason, as strict xfails (a known failure that starts to pass fails the test, so
the list is kept true). The batteries' README records the pass rates.
"""

from __future__ import annotations

import pytest
from batteries import check_rows, expected, params, read_assists, read_stances, rows
from test_relate_zh_forms2 import run

# The rows that do not read right yet: id -> the construction the readers miss.
KNOWN: dict[str, str] = {
    # assistance
    "a32": "Y 的 <people> 由 X 进行了培训: the 由-passive of a training is not read",
    "a42": "在 Y，X 支助了 <unnamed body> 的工作: the locative State is not taken for 支助",
    "a90": "欢迎 Y 向其他国家提供…: the welcomed State is read as assisting the welcoming body",
}

ASSISTANCE = rows("zh-assistance.tsv")
STANCES = rows("zh-stances.tsv")


def test_the_batteries_are_well_formed():
    assert len(ASSISTANCE) >= 80 and len(STANCES) >= 60
    check_rows(ASSISTANCE + STANCES, KNOWN)


@pytest.mark.parametrize("sentence, facts", list(params(ASSISTANCE, "sentence", ("assists",), KNOWN)))
def test_assistance_row(sentence, facts):
    assert read_assists(run, sentence) == expected(facts)


@pytest.mark.parametrize("sentence, facts", list(params(STANCES, "sentence", ("stances",), KNOWN)))
def test_stance_row(sentence, facts):
    assert read_stances(run, sentence) == expected(facts)
