"""The Chinese paraphrase batteries (tests/gold/batteries/): each sentence through the real pipeline.

Every row of ``zh-assistance.tsv`` and ``zh-stances.tsv`` is run as the one paragraph of a report
(segment → recognise → relate) and the facts read are compared, as a set, with the row's expected
facts. A row that reads right must keep reading right; the rows known to fail are listed in
``KNOWN`` with the reason, as strict xfails (a known failure that starts to pass fails the test, so
the list is kept true). The batteries' README records the pass rates.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_relate_zh_forms2 import run

HERE = Path(__file__).parent / "gold" / "batteries"


def rows(name: str) -> list[dict[str, str]]:
    with open(HERE / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def expected(cell: str) -> set[tuple[str, str, str]]:
    """``a>b>c;…`` as a set of triples; ``-`` is the empty set."""
    return set() if cell.strip() == "-" else {tuple(f.split(">")) for f in cell.split(";")}


def read_assists(sentence: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run(sentence).relations if r.predicate == "assists"}


def read_stances(sentence: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in run(sentence).stances}


# The rows that do not read right yet: id -> the construction the readers miss.
KNOWN: dict[str, str] = {
    # assistance
    "a17": "对 Y 的 <people> 进行了培训: 对 as the marker of the trained people is not read",
    "a24": "为 Y 的 <unnamed body> 提供了专业知识: 专业知识 after a possessive recipient is not read",
    "a32": "Y 的 <people> 由 X 进行了培训: the 由-passive of a training is not read",
    "a39": "Y 的项目得到了 X 的支持: tests/test_relate_zh_general.py reads a State's supported project as the funding of "
           "an unnamed activity (no fact); the battery row says the State is helped — a convention for the lead to settle",
    "a42": "在 Y，X 支助了 <unnamed body> 的工作: the locative State is not taken for 支助",
    "a61": "a fund that 资助了 an unnamed implementer's project in Y is taken as the provider",
    "a74": "Y 请 X 协助编写普遍定期审议…报告: the review named in the object is taken as the recipient",
    "a80": "去年 11 月，X 向 Y 派遣了技术团: a month before the clause hides the dispatch",
    "a90": "欢迎 Y 向其他国家提供…: the welcomed State is read as assisting the welcoming body",
    # stances
    "s51": "…应成为…的基础: a concept said to be the basis of something is no cue yet",
    "s63": "认为 C 很有价值，同时对 <something else> 表示关切: the concern about another object decides",
}

ASSISTANCE = rows("zh-assistance.tsv")
STANCES = rows("zh-stances.tsv")


def _params(table: list[dict[str, str]], column: str):
    for row in table:
        marks = [pytest.mark.xfail(reason=KNOWN[row["id"]], strict=True)] if row["id"] in KNOWN else []
        yield pytest.param(row["sentence"], row[column], id=f"{row['id']}-{row['family']}", marks=marks)


def test_the_batteries_are_well_formed():
    assert len(ASSISTANCE) >= 80 and len(STANCES) >= 60
    ids = [r["id"] for r in ASSISTANCE + STANCES]
    assert len(ids) == len(set(ids))
    assert set(KNOWN) <= set(ids), set(KNOWN) - set(ids)
    for row in ASSISTANCE:
        assert all(m in {"Reported", "Requested", "Recommended", "Planned", "Negated"}
                   for _p, _r, m in expected(row["assists"])), row["id"]
    for row in STANCES:
        assert all(v in {"Supportive", "Critical", "Sceptical", "NotQuestioned"}
                   for _h, _c, v in expected(row["stances"])), row["id"]


@pytest.mark.parametrize("sentence, facts", list(_params(ASSISTANCE, "assists")))
def test_assistance_row(sentence, facts):
    assert read_assists(sentence) == expected(facts)


@pytest.mark.parametrize("sentence, facts", list(_params(STANCES, "stances")))
def test_stance_row(sentence, facts):
    assert read_stances(sentence) == expected(facts)
