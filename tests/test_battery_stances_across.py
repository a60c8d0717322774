"""The stance batteries across paragraphs (tests/gold/batteries/{en,zh}-stances-across.tsv).

Each row is two paragraphs (split at ``||``) run as one report; the stances read are compared, as a set, with
the row's ``stances``. The rows were written before any run; those that do not read right are in ``KNOWN``.
"""

from __future__ import annotations

import pytest
from batteries import check_rows, expected, params, rows
from test_relate_en_general import run as run_en
from test_relate_zh_forms2 import run as run_zh

KNOWN: dict[str, str] = {}

EN = [dict(r, id=f"en-{r['id']}") for r in rows("en-stances-across.tsv")]
ZH = [dict(r, id=f"zh-{r['id']}") for r in rows("zh-stances-across.tsv")]


def read(run, cell: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in run(*[p.strip() for p in cell.split("||")]).stances}


def test_the_batteries_are_well_formed():
    assert len(EN) >= 15 and len(ZH) >= 15
    check_rows(EN + ZH, KNOWN)
    assert all(len(r["paragraphs"].split("||")) >= 2 for r in EN + ZH)


@pytest.mark.parametrize("paragraphs, stances", list(params(EN, "paragraphs", ("stances",), KNOWN)))
def test_english_row(paragraphs, stances):
    assert read(run_en, paragraphs) == expected(stances)


@pytest.mark.parametrize("paragraphs, stances", list(params(ZH, "paragraphs", ("stances",), KNOWN)))
def test_chinese_row(paragraphs, stances):
    assert read(run_zh, paragraphs) == expected(stances)
