"""The States gazetteer (data/gazetteers/states.csv) is well formed.

193 UN Member States plus the two non-member observer States (Holy See, State of Palestine).
Read with the csv module only, so these checks do not depend on the recogniser.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

STATES = Path(__file__).resolve().parent.parent / "data" / "gazetteers" / "states.csv"
HEADER = ["iso3", "m49", "name_en", "name_zh", "name_zh_formal", "aliases_zh", "aliases_en", "status",
          "adjectives_en", "short_zh", "short_en"]
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _norm(text: str) -> str:
    """As the recogniser compares surface forms: full-width ASCII folded to ASCII."""
    return text.strip().translate(_FULLWIDTH)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _zh_forms(row: dict[str, str]) -> set[str]:
    forms = [row["name_zh"], row["name_zh_formal"], *_split(row["aliases_zh"])]
    return {_norm(f) for f in forms if f.strip()}


def _en_forms(row: dict[str, str]) -> set[str]:
    return {_norm(f) for f in [row["name_en"], *_split(row["aliases_en"])] if f.strip()}


@pytest.fixture(scope="module")
def table() -> tuple[list[str], list[dict[str, str]]]:
    with STATES.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def rows(table) -> list[dict[str, str]]:
    return table[1]


@pytest.fixture(scope="module")
def by_iso(rows) -> dict[str, dict[str, str]]:
    return {r["iso3"]: r for r in rows}


def test_header_and_cells(table):
    header, data = table
    assert header == HEADER
    for r in data:
        assert None not in r, f"too many cells: {r}"
        assert all(v is not None for v in r.values()), f"too few cells: {r}"
        assert all(v == v.strip() for v in r.values()), f"stray whitespace: {r}"


def test_counts(rows):
    assert len(rows) == 195
    status = Counter(r["status"] for r in rows)
    assert status == {"member": 193, "observer": 2}
    assert {r["iso3"] for r in rows if r["status"] == "observer"} == {"PSE", "VAT"}


def test_codes_unique_and_well_formed(rows):
    iso = [r["iso3"] for r in rows]
    m49 = [r["m49"] for r in rows]
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in iso), [c for c in iso if not re.fullmatch(r"[A-Z]{3}", c)]
    assert all(re.fullmatch(r"\d{3}", c) for c in m49), [c for c in m49 if not re.fullmatch(r"\d{3}", c)]
    assert len(set(iso)) == len(iso), [c for c, n in Counter(iso).items() if n > 1]
    assert len(set(m49)) == len(m49), [c for c, n in Counter(m49).items() if n > 1]


def test_codes_agree_with_iso3166():
    pycountry = pytest.importorskip("pycountry")
    with STATES.open(encoding="utf-8", newline="") as fh:
        data = list(csv.DictReader(fh))
    bad = {}
    for r in data:
        c = pycountry.countries.get(alpha_3=r["iso3"])
        if c is None or c.numeric != r["m49"]:
            bad[r["iso3"]] = (r["m49"], getattr(c, "numeric", None))
    assert not bad, bad


def test_not_states(by_iso):
    """Entities that are not UN Member or observer States stay out (Kosovo, Taiwan, Western Sahara, ...)."""
    for iso3 in ("XKX", "TWN", "ESH", "COK", "NIU", "HKG", "MAC", "PRI", "GRL"):
        assert iso3 not in by_iso, iso3
    for iso3 in ("SSD", "MNE", "SRB", "TLS", "SWZ", "MKD", "TUR", "CZE", "ERI", "PLW", "TUV"):
        assert iso3 in by_iso and by_iso[iso3]["status"] == "member", iso3


def test_names_present(rows):
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for r in rows:
        assert r["name_en"], r["iso3"]
        assert r["name_zh"] and cjk.search(r["name_zh"]), r["iso3"]
        assert r["name_zh_formal"] and cjk.search(r["name_zh_formal"]), r["iso3"]
        assert not cjk.search(r["name_en"] + r["aliases_en"]), f"{r['iso3']}: Chinese in an English cell"
        assert all(cjk.search(a) for a in _split(r["aliases_zh"])), f"{r['iso3']}: non-Chinese zh alias"


@pytest.mark.parametrize("forms", [_zh_forms, _en_forms], ids=["zh", "en"])
def test_no_surface_form_names_two_states(rows, forms):
    owner: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for f in forms(r):
            owner[f].add(r["iso3"])
    clashes = {f: sorted(ids) for f, ids in owner.items() if len(ids) > 1}
    assert not clashes, clashes


def test_no_ambiguous_short_aliases(by_iso):
    """中非 reads as China-Africa; bare 刚果 belongs only to the Congo row."""
    all_zh = {f: iso for iso, r in by_iso.items() for f in _zh_forms(r)}
    assert "中非" not in all_zh
    assert all_zh["刚果"] == "COG"
    assert "几内亚" not in _zh_forms(by_iso["GNB"]) and "几内亚" not in _zh_forms(by_iso["GNQ"])
    assert "苏丹" not in _zh_forms(by_iso["SSD"])


def test_no_english_alias_is_a_common_word(rows):
    """English matching ignores case, so 'US' would also match the pronoun 'us' and 'CAR' the noun 'car'."""
    common = {"us", "car", "it", "in", "am", "is", "me", "to", "at", "so", "no", "or", "an", "as", "be"}
    for r in rows:
        hits = {f for f in _en_forms(r) if f.lower() in common}
        assert not hits, f"{r['iso3']}: {sorted(hits)}"


def test_spot_checks(by_iso):
    chn = by_iso["CHN"]
    assert (chn["name_zh"], chn["m49"], chn["name_en"]) == ("中国", "156", "China")
    assert chn["name_zh_formal"] == "中华人民共和国"

    gbr = by_iso["GBR"]
    assert gbr["name_zh"] == "大不列颠及北爱尔兰联合王国"
    assert gbr["name_en"] == "United Kingdom of Great Britain and Northern Ireland"
    assert "英国" in _split(gbr["aliases_zh"])

    assert by_iso["RUS"]["name_zh"] == "俄罗斯联邦" and "俄罗斯" in _split(by_iso["RUS"]["aliases_zh"])
    assert by_iso["LAO"]["name_zh"] == "老挝人民民主共和国" and "老挝" in _split(by_iso["LAO"]["aliases_zh"])
    assert by_iso["LAO"]["name_en"] == "Lao People's Democratic Republic"
    assert by_iso["CIV"]["name_zh"] == "科特迪瓦" and by_iso["CIV"]["name_en"] == "Côte d'Ivoire"
    assert by_iso["USA"]["name_zh"] == "美利坚合众国" and "美国" in _split(by_iso["USA"]["aliases_zh"])
    assert by_iso["PRK"]["name_zh"] == "朝鲜民主主义人民共和国"
    assert by_iso["KOR"]["name_zh"] == "大韩民国" and "韩国" in _split(by_iso["KOR"]["aliases_zh"])
    assert by_iso["TUR"]["name_en"] == "Türkiye" and by_iso["TUR"]["name_zh"] == "土耳其"
    assert by_iso["COD"]["name_zh"] == "刚果民主共和国"

    som, mli = by_iso["SOM"], by_iso["MLI"]
    assert (som["name_zh"], som["m49"]) == ("索马里", "706")
    assert (mli["name_zh"], mli["m49"]) == ("马里", "466")
    assert not _zh_forms(som) & _zh_forms(mli)

    pse, vat = by_iso["PSE"], by_iso["VAT"]
    assert (pse["name_en"], pse["name_zh"], pse["m49"], pse["status"]) == ("State of Palestine", "巴勒斯坦国", "275",
                                                                          "observer")
    assert (vat["name_en"], vat["name_zh"], vat["m49"], vat["status"]) == ("Holy See", "教廷", "336", "observer")
