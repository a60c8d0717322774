"""The session batteries (tests/gold/batteries/{en,zh}-sessions.tsv): each paragraph through the real pipeline.

Every row is run as the one paragraph of a report (segment → recognise → relate) and the set of
``Session`` entities read is compared with the row's ``sessions`` (``;``-separated ids, ``-`` for none).
The rows were written before any run; those that do not read right are in ``KNOWN`` as strict xfails.
"""

from __future__ import annotations

import pytest
from batteries import check_rows, params, rows
from test_relate_en_general import run as run_en
from test_relate_zh_forms2 import run as run_zh

NO_ANTECEDENT = ("a bare 'the Council' / 理事会 with no antecedent and no report symbol: which council is not said, "
                 "so no body and no session is read (with an A/HRC symbol on the first line they are)")

# The rows that do not read right: id -> why.
KNOWN: dict[str, str] = {
    "e02": NO_ANTECEDENT, "e08": NO_ANTECEDENT, "e10": NO_ANTECEDENT, "e20": NO_ANTECEDENT,
    "z08": NO_ANTECEDENT, "z19": NO_ANTECEDENT,
}

EN = rows("en-sessions.tsv")
ZH = rows("zh-sessions.tsv")


def sessions(run, paragraph: str) -> set[str]:
    return {e.key for e in run(paragraph).entities if e.kind == "Session"}


def want(cell: str) -> set[str]:
    return set() if cell.strip() == "-" else set(cell.split(";"))


def test_the_batteries_are_well_formed():
    assert len(EN) >= 30 and len(ZH) >= 30
    check_rows(EN + ZH, KNOWN)
    for row in EN + ZH:
        assert all(s.startswith("session/") and s.count("/") == 2 for s in want(row["sessions"])), row["id"]


@pytest.mark.parametrize("paragraph, expected", list(params(EN, "paragraph", ("sessions",), KNOWN)))
def test_english_row(paragraph, expected):
    assert sessions(run_en, paragraph) == want(expected)


@pytest.mark.parametrize("paragraph, expected", list(params(ZH, "paragraph", ("sessions",), KNOWN)))
def test_chinese_row(paragraph, expected):
    assert sessions(run_zh, paragraph) == want(expected)


@pytest.mark.parametrize("text", [
    "A/HRC/58/20\n\n1. The Council adopted resolution 45/29 at its forty-fifth session.\n\n",
    "A/HRC/58/20\n\n1. 理事会在第四十五届会议上通过了第45/29号决议。\n\n",
])
def test_the_council_of_a_council_report_is_the_human_rights_council(text):
    from tacb_graph.recognise import recognise
    from tacb_graph.records import Source
    from tacb_graph.relate import relate
    from tacb_graph.segment import segment

    rec = relate(recognise(segment(Source("t.txt", "t", text, "0" * 64, "utf-8", len(text)))))
    assert "session/hrc/45" in {e.key for e in rec.entities}
