"""What the battery tests share (tests/gold/batteries/): reading the TSV rows, the expected facts, what the
pipeline reads, and the rows as pytest parameters with the known failures as strict xfails.

Each language's test file keeps its own ``KNOWN`` (row id → the construction the readers miss) and the
``run`` of its language; a known failure that starts to pass fails its test, so each list stays true.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

HERE = Path(__file__).parent / "gold" / "batteries"
MODALITIES = {"Reported", "Requested", "Recommended", "Planned", "Negated"}
STANCE_VALUES = {"Supportive", "Critical", "Sceptical", "NotQuestioned"}


def rows(name: str) -> list[dict[str, str]]:
    with open(HERE / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def expected(cell: str) -> set[tuple[str, str, str]]:
    """``a>b>c;…`` as a set of triples; ``-`` is the empty set."""
    return set() if cell.strip() == "-" else {tuple(f.split(">")) for f in cell.split(";")}


def read_assists(run, text: str) -> set[tuple[str, str, str]]:
    return {(r.subject, r.object, r.modality) for r in run(text).relations if r.predicate == "assists"}


def read_stances(run, text: str) -> set[tuple[str, str, str]]:
    return {(s.holder, s.concept, s.value) for s in run(text).stances}


def read_both(run, text: str) -> tuple[set, set]:
    """(assists facts, stances) of ``text``, from one run."""
    out = run(text)
    return ({(r.subject, r.object, r.modality) for r in out.relations if r.predicate == "assists"},
            {(s.holder, s.concept, s.value) for s in out.stances})


def params(table: list[dict[str, str]], text: str, columns: tuple[str, ...], known: dict[str, str]):
    """One ``pytest.param(text, *columns)`` per row, id ``<id>-<family>``; rows of ``known`` as strict xfails."""
    for row in table:
        marks = [pytest.mark.xfail(reason=known[row["id"]], strict=True)] if row["id"] in known else []
        yield pytest.param(row[text], *(row[c] for c in columns), id=f"{row['id']}-{row['family']}", marks=marks)


def check_rows(table: list[dict[str, str]], known: dict[str, str]) -> None:
    """Unique ids, every known failure a row, and only the modalities and stance values the tool uses."""
    ids = [r["id"] for r in table]
    assert len(ids) == len(set(ids))
    assert set(known) <= set(ids), set(known) - set(ids)
    for row in table:
        if "assists" in row:
            assert all(m in MODALITIES for _p, _r, m in expected(row["assists"])), row["id"]
        if "stances" in row:
            assert all(v in STANCE_VALUES for _h, _c, v in expected(row["stances"])), row["id"]
