"""The speaker stance batteries (tests/gold/batteries/{en,zh}-stances-speakers.tsv): each sentence through the real
pipeline, its stances compared as a set with the row's. Written before any run; known failures in ``KNOWN``."""

from __future__ import annotations

import pytest
from batteries import check_rows, expected, params, rows, read_stances
from test_relate_en_general import run as run_en
from test_relate_zh_forms2 import run as run_zh

KNOWN: dict[str, str] = {}

EN = [dict(r, id=f"en-{r['id']}") for r in rows("en-stances-speakers.tsv")]
ZH = [dict(r, id=f"zh-{r['id']}") for r in rows("zh-stances-speakers.tsv")]


def test_the_batteries_are_well_formed():
    assert len(EN) >= 15 and len(ZH) >= 15
    check_rows(EN + ZH, KNOWN)


@pytest.mark.parametrize("sentence, stances", list(params(EN, "sentence", ("stances",), KNOWN)))
def test_english_row(sentence, stances):
    assert read_stances(run_en, sentence) == expected(stances)


@pytest.mark.parametrize("sentence, stances", list(params(ZH, "sentence", ("stances",), KNOWN)))
def test_chinese_row(sentence, stances):
    assert read_stances(run_zh, sentence) == expected(stances)
