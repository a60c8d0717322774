"""The relation batteries (tests/gold/batteries/{en,zh}-relations.tsv): partners, members, requests, establishment,
funding and management, each paragraph through the real pipeline.

Every row is run as the one paragraph of a report and the facts of the six predicates below are compared, as a set
(``partnersWith`` unordered, each with its modality), with the row's ``facts`` (``subject>predicate>object>modality``,
``;``-separated, ``-`` for none). The rows were written before any run; those that do not read right are in
``KNOWN`` as strict xfails.
"""

from __future__ import annotations

import pytest
from batteries import MODALITIES, check_rows, params, rows
from test_relate_en_general import run as run_en
from test_relate_zh_forms2 import run as run_zh

PREDICATES = {"partnersWith", "memberOf", "requests", "establishes", "fundedBy", "administeredBy"}

# The rows that do not read right: id (language-prefixed) -> why.
KNOWN: dict[str, str] = {
    "en-r06": "coordinated its activities in Chad with Y: the object and a place stand between the verb and 'with'",
}

EN = rows("en-relations.tsv")
ZH = rows("zh-relations.tsv")


def _key(s: str, p: str, o: str, m: str) -> tuple[str, str, str, str]:
    return (min(s, o), p, max(s, o), m) if p == "partnersWith" else (s, p, o, m)


def read(run, paragraph: str) -> set[tuple[str, str, str, str]]:
    return {_key(r.subject, r.predicate, r.object, r.modality) for r in run(paragraph).relations
            if r.predicate in PREDICATES}


def want(cell: str) -> set[tuple[str, str, str, str]]:
    return set() if cell.strip() == "-" else {_key(*f.split(">")) for f in cell.split(";")}


def _prefixed(table, lang):
    return [dict(r, id=f"{lang}-{r['id']}") for r in table]


def test_the_batteries_are_well_formed():
    assert len(EN) >= 30 and len(ZH) >= 30
    check_rows(_prefixed(EN, "en") + _prefixed(ZH, "zh"), KNOWN)
    for row in EN + ZH:
        for s, p, o, m in want(row["facts"]):
            assert p in PREDICATES and m in MODALITIES and s != o, row["id"]


@pytest.mark.parametrize("paragraph, expected", list(params(_prefixed(EN, "en"), "paragraph", ("facts",), KNOWN)))
def test_english_row(paragraph, expected):
    assert read(run_en, paragraph) == want(expected)


@pytest.mark.parametrize("paragraph, expected", list(params(_prefixed(ZH, "zh"), "paragraph", ("facts",), KNOWN)))
def test_chinese_row(paragraph, expected):
    assert read(run_zh, paragraph) == want(expected)


def test_a_programme_paid_for_by_donors_is_funded_not_assisted():
    rec = run_zh("挪威和欧洲联盟资助了世界人权教育方案。")
    facts = {(r.subject, r.predicate, r.object) for r in rec.relations}
    assert ("org/wphre", "fundedBy", "state/NOR") in facts and ("org/wphre", "fundedBy", "org/eu") in facts
    assert not {f for f in facts if f[1] == "assists"}
