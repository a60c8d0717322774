"""The English paraphrase batteries (tests/gold/batteries/): each sentence through the real pipeline.

Every row of ``en-assistance.tsv`` and ``en-stances.tsv`` is run as the one paragraph of a report
(segment → recognise → relate) and the facts read are compared, as a set, with the row's expected
facts. A row that reads right must keep reading right; the rows known to fail are listed in
``KNOWN`` with the reason, as strict xfails (a known failure that starts to pass fails the test, so
the list is kept true). The batteries' README records the pass rates.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_relate_en_general import run

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
    "a69": "requested S to provide the Office with resources: 'provide Y with' (recipient first) is not read",
    # stances
    "s27": "A welcomed C, while B questioned it: the second holder after 'while' with a pronoun is not read",
    "s36": "did not question C, but did not endorse it either: the negated support after 'but' decides",
    "s43": "considered C valuable, but warned that it could be used to avoid accountability: the warning is not read",
    "s57": "supported C, but criticized donors for …: a criticism of something else decides",
}

ASSISTANCE = rows("en-assistance.tsv")
STANCES = rows("en-stances.tsv")


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
