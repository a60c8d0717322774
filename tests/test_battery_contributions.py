"""The contribution batteries (tests/gold/batteries/{en,zh}-contributions.tsv): each paragraph through the real pipeline.

Every row is run as the one paragraph of a report and the contributions read — (contributor, recipient or
``none``, amount, ISO 4217 currency) — are compared, as a set, with the row's ``contributions`` (``;``-separated,
``-`` for none). The rows were written before any run; those that do not read right are in ``KNOWN`` as strict
xfails.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from batteries import check_rows, params, rows
from test_relate_en_general import run as run_en
from test_relate_zh_forms2 import run as run_zh

# The rows that do not read right: id (language-prefixed) -> why.
KNOWN: dict[str, str] = {}

EN = [dict(r, id=f"en-{r['id']}") for r in rows("en-contributions.tsv")]
ZH = [dict(r, id=f"zh-{r['id']}") for r in rows("zh-contributions.tsv")]


def read(run, paragraph: str) -> set[tuple[str, str, Decimal, str]]:
    return {(c.contributor, c.recipient or "none", Decimal(c.amount), c.currency) for c in run(paragraph).contributions}


def want(cell: str) -> set[tuple[str, str, Decimal, str]]:
    if cell.strip() == "-":
        return set()
    return {(a, b, Decimal(x), cur) for a, b, x, cur in (f.split(">") for f in cell.split(";"))}


def test_the_batteries_are_well_formed():
    assert len(EN) >= 15 and len(ZH) >= 15
    check_rows(EN + ZH, KNOWN)
    for row in EN + ZH:
        for a, b, x, cur in want(row["contributions"]):
            assert re.fullmatch(r"[A-Z]{3}", cur) and x > 0 and a != b, row["id"]


@pytest.mark.parametrize("paragraph, expected", list(params(EN, "paragraph", ("contributions",), KNOWN)))
def test_english_row(paragraph, expected):
    assert read(run_en, paragraph) == want(expected)


@pytest.mark.parametrize("paragraph, expected", list(params(ZH, "paragraph", ("contributions",), KNOWN)))
def test_chinese_row(paragraph, expected):
    assert read(run_zh, paragraph) == want(expected)
