"""The gold annotation itself (tests/gold/): well-formed, consistent with its texts and the gazetteers.

Every gold file under tests/gold (both parts, every report) is checked against its
source text (segmented, never run through the extractor) and the gazetteers; the
contract is tests/gold/README.md.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import unicodedata
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tacb_graph.evaluate import ENTITY_CLASSES, MODALITIES, RELATIONS, STANCE_VALUES, gold_parts, load_gold
from tacb_graph.read import read_source
from tacb_graph.segment import segment
from tacb_graph.segment.numbers import to_chinese_numeral

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
GAZ = ROOT / "data" / "gazetteers"
BUNDLED = "tacb-report-zh"
FILES = sorted(p for p in GOLD_DIR.rglob("*.json") if p.name != "alignment.json")
README = (GOLD_DIR / "README.md").read_text(encoding="utf-8")

_RESOLUTION = re.compile(r"^resolution/(A|E|S|A/HRC|E/CN\.4(/Sub\.2)?)/(RES|DEC)/"
                         r"(\d+(\([IVXLC]+\))?|\d+\((19|20)\d\d\)|\d+/\d+|S-\d+/\d+)$")
_DOCUMENT = re.compile(r"^document/[A-Z][A-Za-z.]*(/[A-Za-z0-9.()\-]+)+$")
_SESSION = re.compile(r"^session/([a-z0-9-]+)/([1-9]\d*)$")
_PERSON_ZH = re.compile(r"^person/[\u4e00-\u9fff·]+$")
_PERSON_LATIN = re.compile(r"^person/[a-z0-9]+(-[a-z0-9]+)*$")
_SYMBOL_LINE = re.compile(r"^[A-Z]+(/[A-Za-z0-9.\-]+)+$")


def _table(section: str, level: str = "##") -> dict[str, str]:
    body = README.split(f"\n{level} {section}", 1)[1].split("\n## ", 1)[0].split("\n### ", 1)[0]
    rows = dict(re.findall(r"^\|\s*`([a-z]+/[^`]+)`\s*\|\s*(\w+)\s*\|", body, re.M))
    if section == "Entities missing from the gazetteers":  # and the English gold's, dev2's, dev3's and dev4's own lists
        rows |= _table("Gazetteer rows the English gold needs", "###")
        rows |= _table("Dev2 entities missing from the gazetteers")
        rows |= _table("Dev3 entities missing from the gazetteers")
        rows |= _table("Dev4 entities missing from the gazetteers")
        rows |= _table("English dev4 entities missing from the gazetteers")
    return rows


def _gazetteer() -> dict[str, str]:
    ids = {}
    for name, prefix in (("organizations", "org"), ("instruments", "instrument"), ("places", "place"),
                         ("concepts", "concept")):
        with open(GAZ / f"{name}.csv", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                ids[f"{prefix}/{row['id']}"] = row["class"]
    with open(GAZ / "states.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            ids[f"state/{row['iso3']}"] = "State"
    return ids


def _text_of(data: dict) -> Path:
    return ROOT / data.get("text", f"data/{data['report']}.txt")


_SEGMENTED: dict[Path, object] = {}


def _segmented(path: Path):
    if path not in _SEGMENTED:
        _SEGMENTED[path] = segment(read_source(path))
    return _SEGMENTED[path]


def _units(f: Path) -> tuple[dict, list[tuple[dict, str]]]:
    data = json.loads(f.read_text(encoding="utf-8"))
    seg = _segmented(_text_of(data))
    texts = {("paragraph", p.number): p.text for p in seg.paragraphs}
    texts.update({("footnote", n.number): n.text for n in seg.footnotes})
    return data, [(u, texts.get((u["unit"], u["number"]))) for u in data["units"]]


@pytest.fixture(scope="module")
def known():
    return _gazetteer()


def test_there_is_gold_and_it_parses():
    assert FILES, "no gold files"
    parts = dict(gold_parts(GOLD_DIR))
    assert list(parts)[:2] == ["test", "dev"]
    total = sum(len(load_gold(p).units) for p in parts.values())  # the evaluator's own checks
    assert total == len(load_gold(GOLD_DIR).units)


def test_no_two_texts_of_one_language_share_a_symbol():
    # (a build takes two texts of one symbol and language for one report and refuses them when they differ: the
    # bilingual pair shares its symbol across the two languages on purpose, and other sets across languages do too)
    seen: dict[tuple[str, str], str] = {}
    for f in FILES:
        data = json.loads(f.read_text(encoding="utf-8"))
        if not data.get("symbol") or f.parent.name == "bilingual":
            continue
        lang = "en" if (GOLD_DIR / "en") in f.parents else "zh"
        key = (lang, data["symbol"])
        assert key not in seen, f"{f.name} and {seen[key]} are both {data['symbol']} in {lang}"
        seen[key] = f.name


@pytest.mark.parametrize("f", FILES, ids=lambda p: str(p.relative_to(GOLD_DIR)))
def test_gold_matches_its_text(f):
    data, units = _units(f)
    text = _text_of(data)
    assert data["source_sha256"] == hashlib.sha256(text.read_bytes()).hexdigest(), f"{f}: text changed"
    first = next(line.strip() for line in text.read_text(encoding="utf-8").splitlines() if line.strip())
    if _SYMBOL_LINE.match(first):
        assert data.get("symbol") == first, f"{f}: the text's symbol is {first}"
    else:
        assert "symbol" not in data
    for u, unit_text in units:
        assert unit_text is not None, f"{f}: {u['unit']} {u['number']} is not in {text.name}"


@pytest.mark.parametrize("f", FILES, ids=lambda p: str(p.relative_to(GOLD_DIR)))
def test_gold_ids_are_known(f, known):
    missing, pending = _table("Entities missing from the gazetteers"), _table("Pending reclassifications")
    _, units = _units(f)
    for u, text in units:
        where = f"{f.name} {u['unit']} {u['number']}"
        flat = re.sub(r"\s+", "", text)
        for cls, ids in u["entities"].items():
            assert cls in ENTITY_CLASSES, (where, cls)
            assert len(ids) == len(set(ids)), (where, cls)
            for e in ids:
                if e.startswith("resolution/"):
                    assert cls == "Resolution" and _RESOLUTION.match(e), (where, e)
                elif e.startswith("document/"):
                    assert cls == "Document" and _DOCUMENT.match(e), (where, e)
                elif e.startswith("person/"):
                    assert cls == "Person", (where, e)
                    if _PERSON_ZH.match(e):
                        assert e[len("person/"):] in flat, f"{where}: {e} is not written so in the text"
                    else:
                        assert _PERSON_LATIN.match(e), (where, e)
                        folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
                        assert e[len("person/"):] in re.sub(r"[^a-z0-9]+", "-", folded.lower()), (where, e)
                elif e.startswith("session/"):
                    m = _SESSION.match(e)
                    assert cls == "Session" and m, (where, e)
                    assert f"org/{m.group(1)}" in known or f"org/{m.group(1)}" in missing, (where, e)
                    if re.search(r"[\u4e00-\u9fff]", flat):
                        assert f"第{to_chinese_numeral(int(m.group(2)))}届" in flat, f"{where}: no session {m.group(2)} in the text"
                elif e in known:
                    assert known[e] == cls or pending.get(e) == cls, \
                        f"{where}: {e} is {known[e]} in the gazetteers, {cls} here (list it under Pending reclassifications?)"
                else:
                    assert missing.get(e) == cls, f"{where}: {e} ({cls}) is neither in the gazetteers nor listed"


def test_readme_lists_only_what_the_gold_uses(known):
    used = {(e, cls) for f in FILES for u in json.loads(f.read_text(encoding="utf-8"))["units"]
            for cls, ids in u["entities"].items() for e in ids}
    missing, pending = _table("Entities missing from the gazetteers"), _table("Pending reclassifications")
    assert missing and not set(missing) & set(known), "listed as missing but in the gazetteers"
    assert set(missing.items()) <= used, "README lists a missing entity the gold does not use"
    assert set(pending.items()) <= used and set(pending) <= set(known)


@pytest.mark.parametrize("f", FILES, ids=lambda p: str(p.relative_to(GOLD_DIR)))
def test_gold_relations_are_consistent(f):
    _, units = _units(f)
    for u, _ in units:
        where = f"{f.name} {u['unit']} {u['number']}"
        ents = {e for ids in u["entities"].values() for e in ids}
        seen = set()
        for r in u["relations"]:
            s, p, o = r[:3]
            m = r[3] if len(r) > 3 else "Reported"
            assert p in RELATIONS and m in MODALITIES, (where, r)
            assert (s == "@unit") == (p == "cites"), (where, r)
            assert (o == "report") == (p == "submittedInputTo"), (where, r)
            if p == "cites":
                assert o.split("/")[0] in ("resolution", "document", "instrument") and m == "Reported", (where, r)
            if p == "atSession":
                assert s.split("/")[0] in ("resolution", "document", "report") and o.startswith("session/"), (where, r)
            if len(r) == 5 and r[4] is not None:
                assert m in ("Requested", "Recommended") and r[4] in ents, (where, r)
            for end in (s, o):
                assert end in ("@unit", "report") or end in ents, f"{where}: {end} is not among the unit's entities"
            assert s != o, (where, r)
            key = (min(s, o), p, max(s, o)) if p == "partnersWith" else (s, p, o)
            assert key not in seen, f"{where}: {key} is written twice"
            seen.add(key)
        for h, c, v in u["stances"]:
            assert v in STANCE_VALUES and h in ents and c in ents and c.startswith("concept/"), (where, h, c)
        for c in u["contributions"]:
            assert c["contributor"] in ents and (c["recipient"] is None or c["recipient"] in ents), where
            assert re.fullmatch(r"[A-Z]{3}", c["currency"]) and c["amount"] > 0, where


def test_the_bundled_report_is_covered():
    units = [u for f in FILES for u in json.loads(f.read_text(encoding="utf-8"))["units"]
             if json.loads(f.read_text(encoding="utf-8"))["report"] == BUNDLED]
    seg = _segmented(ROOT / "data" / f"{BUNDLED}.txt")
    assert (len(seg.paragraphs), len(seg.footnotes)) == (116, 5)
    annotated = {u["number"] for u in units if u["unit"] == "paragraph"}
    required = {1, 2, 3, *range(11, 19), 21, 22, 23, *range(35, 54), 57, 58, 59, *range(61, 69),
                *range(74, 91), 93, 98, 99, 102, 103, 108, 109}
    assert required <= annotated, sorted(required - annotated)
    assert len(annotated) >= 40
    # the drafting group's members (¶2) are Persons
    p2 = next(u for u in units if u["unit"] == "paragraph" and u["number"] == 2)
    assert len(p2["entities"]["Person"]) == 10


def test_the_split_is_by_whole_new_texts():
    parts = dict(gold_parts(GOLD_DIR))
    where: dict[str, set[str]] = {}
    paragraphs = {"dev": 0, "test": 0}
    for name, folder in parts.items():
        for f in folder.rglob("*.json"):
            if f.name == "alignment.json":
                continue
            data, units = _units(f)
            where.setdefault(data["report"], set()).add(name)
            if data["report"] != BUNDLED:
                seg = _segmented(_text_of(data))
                got = {(u["unit"], u["number"]) for u, _ in units}
                every = {("paragraph", p.number) for p in seg.paragraphs} | {("footnote", n.number) for n in seg.footnotes}
                assert got == every, f"{f}: a new text is annotated whole"
                paragraphs[name] = paragraphs.get(name, 0) + len(seg.paragraphs)
    for report, names in where.items():
        assert report == BUNDLED or len(names) == 1, f"{report} is split across parts"
    assert paragraphs["test"] >= 30 and paragraphs["dev"] >= 15, paragraphs
    assert {p.name for p in (GOLD_DIR / "texts").glob("*.txt")} <= \
        {f"{r}.txt" for r in where if r != BUNDLED}, "every text in tests/gold/texts has its gold"
    for texts in (GOLD_DIR / "dev2" / "texts", GOLD_DIR / "en" / "dev2" / "texts",
                  GOLD_DIR / "dev3" / "texts", GOLD_DIR / "en" / "dev3" / "texts", GOLD_DIR / "dev4" / "texts",
                  GOLD_DIR / "en" / "dev4" / "texts", GOLD_DIR / "en" / "dev5" / "texts", GOLD_DIR / "dev5" / "texts",
                  GOLD_DIR / "dev6" / "texts", GOLD_DIR / "en" / "dev6" / "texts", GOLD_DIR / "dev7" / "texts",
                  GOLD_DIR / "en" / "dev7" / "texts", GOLD_DIR / "dev8" / "texts", GOLD_DIR / "en" / "dev8" / "texts",
                  GOLD_DIR / "dev9" / "texts", GOLD_DIR / "en" / "dev9" / "texts", GOLD_DIR / "dev10" / "texts",
                  GOLD_DIR / "en" / "dev10" / "texts", GOLD_DIR / "dev11" / "texts", GOLD_DIR / "en" / "dev11" / "texts",
                  GOLD_DIR / "dev12" / "texts", GOLD_DIR / "en" / "dev12" / "texts",
                  GOLD_DIR / "dev13" / "texts", GOLD_DIR / "en" / "dev13" / "texts",
                  GOLD_DIR / "dev14" / "texts", GOLD_DIR / "en" / "dev14" / "texts",
                  GOLD_DIR / "dev15" / "texts", GOLD_DIR / "en" / "dev15" / "texts",
                  GOLD_DIR / "dev16" / "texts", GOLD_DIR / "en" / "dev16" / "texts",
                  GOLD_DIR / "dev17" / "texts", GOLD_DIR / "en" / "dev17" / "texts",
                  GOLD_DIR / "dev18" / "texts", GOLD_DIR / "en" / "dev18" / "texts",
                  GOLD_DIR / "dev19" / "texts", GOLD_DIR / "en" / "dev19" / "texts",
                  GOLD_DIR / "dev20" / "texts", GOLD_DIR / "en" / "dev20" / "texts",
                  GOLD_DIR / "dev21" / "texts", GOLD_DIR / "en" / "dev21" / "texts",
                  GOLD_DIR / "dev22" / "texts", GOLD_DIR / "en" / "dev22" / "texts",
                  GOLD_DIR / "dev23" / "texts", GOLD_DIR / "en" / "dev23" / "texts",
                  GOLD_DIR / "dev24" / "texts", GOLD_DIR / "en" / "dev24" / "texts",
                  GOLD_DIR / "dev25" / "texts", GOLD_DIR / "en" / "dev25" / "texts",
                  GOLD_DIR / "dev26" / "texts", GOLD_DIR / "en" / "dev26" / "texts", GOLD_DIR / "en" / "dev27" / "texts",
                  GOLD_DIR / "dev28" / "texts", GOLD_DIR / "dev29" / "texts", GOLD_DIR / "en" / "dev28" / "texts", GOLD_DIR / "en" / "dev29" / "texts",
                  GOLD_DIR / "en" / "dev30" / "texts", GOLD_DIR / "dev31" / "texts", GOLD_DIR / "dev32" / "texts",
                  GOLD_DIR / "dev34" / "texts", GOLD_DIR / "dev35" / "texts",
                  GOLD_DIR / "dev37" / "texts", GOLD_DIR / "dev38" / "texts", GOLD_DIR / "dev41" / "texts", GOLD_DIR / "dev42" / "texts",
                  GOLD_DIR / "dev43" / "texts", GOLD_DIR / "dev44" / "texts", GOLD_DIR / "dev45" / "texts", GOLD_DIR / "dev46" / "texts",
                  GOLD_DIR / "dev47" / "texts", GOLD_DIR / "dev48" / "texts", GOLD_DIR / "dev49" / "texts",
                  GOLD_DIR / "dev50" / "texts", GOLD_DIR / "dev51" / "texts",
                  GOLD_DIR / "dev52" / "texts", GOLD_DIR / "dev53" / "texts", GOLD_DIR / "dev54" / "texts",
                  GOLD_DIR / "dev55" / "texts", GOLD_DIR / "dev56" / "texts",
                  GOLD_DIR / "dev57" / "texts", GOLD_DIR / "dev58" / "texts", GOLD_DIR / "dev59" / "texts",
                  GOLD_DIR / "dev60" / "texts", GOLD_DIR / "dev61" / "texts", GOLD_DIR / "dev62" / "texts", GOLD_DIR / "dev63" / "texts",
                  GOLD_DIR / "dev64" / "texts", GOLD_DIR / "dev65" / "texts", GOLD_DIR / "dev66" / "texts",
                  GOLD_DIR / "dev67" / "texts", GOLD_DIR / "dev68" / "texts", GOLD_DIR / "dev69" / "texts", GOLD_DIR / "dev70" / "texts", GOLD_DIR / "dev71" / "texts", GOLD_DIR / "dev72" / "texts", GOLD_DIR / "dev73" / "texts", GOLD_DIR / "dev74" / "texts", GOLD_DIR / "dev75" / "texts", GOLD_DIR / "dev76" / "texts", GOLD_DIR / "dev77" / "texts", GOLD_DIR / "dev78" / "texts", GOLD_DIR / "dev79" / "texts", GOLD_DIR / "dev80" / "texts", GOLD_DIR / "dev81" / "texts", GOLD_DIR / "dev82" / "texts", GOLD_DIR / "dev83" / "texts", GOLD_DIR / "dev84" / "texts", GOLD_DIR / "dev85" / "texts", GOLD_DIR / "dev86" / "texts", GOLD_DIR / "dev87" / "texts", GOLD_DIR / "dev88" / "texts", GOLD_DIR / "dev89" / "texts", GOLD_DIR / "dev90" / "texts", GOLD_DIR / "dev91" / "texts", GOLD_DIR / "dev92" / "texts", GOLD_DIR / "dev93" / "texts", GOLD_DIR / "dev94" / "texts", GOLD_DIR / "dev95" / "texts", GOLD_DIR / "dev96" / "texts", GOLD_DIR / "dev97" / "texts", GOLD_DIR / "dev98" / "texts", GOLD_DIR / "dev99" / "texts", GOLD_DIR / "dev100" / "texts", GOLD_DIR / "dev101" / "texts", GOLD_DIR / "dev102" / "texts", GOLD_DIR / "dev103" / "texts", GOLD_DIR / "dev104" / "texts", GOLD_DIR / "dev105" / "texts", GOLD_DIR / "dev106" / "texts", GOLD_DIR / "dev107" / "texts", GOLD_DIR / "dev108" / "texts", GOLD_DIR / "dev109" / "texts", GOLD_DIR / "dev110" / "texts", GOLD_DIR / "dev111" / "texts", GOLD_DIR / "dev112" / "texts", GOLD_DIR / "dev113" / "texts", GOLD_DIR / "dev114" / "texts", GOLD_DIR / "dev115" / "texts", GOLD_DIR / "dev116" / "texts", GOLD_DIR / "dev117" / "texts", GOLD_DIR / "dev118" / "texts", GOLD_DIR / "dev119" / "texts", GOLD_DIR / "dev120" / "texts", GOLD_DIR / "dev121" / "texts", GOLD_DIR / "dev122" / "texts", GOLD_DIR / "dev123" / "texts", GOLD_DIR / "dev124" / "texts", GOLD_DIR / "dev125" / "texts", GOLD_DIR / "dev126" / "texts", GOLD_DIR / "dev127" / "texts", GOLD_DIR / "dev128" / "texts", GOLD_DIR / "dev129" / "texts", GOLD_DIR / "dev130" / "texts", GOLD_DIR / "dev131" / "texts", GOLD_DIR / "dev132" / "texts", GOLD_DIR / "dev133" / "texts", GOLD_DIR / "dev134" / "texts", GOLD_DIR / "dev135" / "texts", GOLD_DIR / "dev136" / "texts", GOLD_DIR / "dev137" / "texts", GOLD_DIR / "dev138" / "texts", GOLD_DIR / "dev139" / "texts", GOLD_DIR / "dev140" / "texts", GOLD_DIR / "dev141" / "texts", GOLD_DIR / "dev142" / "texts", GOLD_DIR / "dev143" / "texts", GOLD_DIR / "dev144" / "texts", GOLD_DIR / "dev145" / "texts", GOLD_DIR / "dev146" / "texts", GOLD_DIR / "dev147" / "texts", GOLD_DIR / "dev148" / "texts", GOLD_DIR / "dev149" / "texts", GOLD_DIR / "dev150" / "texts", GOLD_DIR / "dev151" / "texts", GOLD_DIR / "dev152" / "texts", GOLD_DIR / "dev153" / "texts", GOLD_DIR / "dev154" / "texts", GOLD_DIR / "dev155" / "texts", GOLD_DIR / "dev156" / "texts", GOLD_DIR / "dev157" / "texts", GOLD_DIR / "dev158" / "texts", GOLD_DIR / "dev159" / "texts", GOLD_DIR / "dev160" / "texts", GOLD_DIR / "dev161" / "texts", GOLD_DIR / "dev162" / "texts", GOLD_DIR / "dev163" / "texts", GOLD_DIR / "dev164" / "texts", GOLD_DIR / "dev165" / "texts", GOLD_DIR / "dev166" / "texts", GOLD_DIR / "dev167" / "texts", GOLD_DIR / "dev168" / "texts", GOLD_DIR / "dev169" / "texts", GOLD_DIR / "dev170" / "texts", GOLD_DIR / "dev171" / "texts", GOLD_DIR / "dev172" / "texts"):
        assert {p.stem for p in texts.glob("*.txt")} == {p.stem for p in texts.parent.glob("*.json")}, \
            f"every text in {texts} has its gold, and every gold file there its text"
    assert paragraphs["dev2"] >= 40 and paragraphs["dev3"] >= 45 and paragraphs["dev4"] >= 45 \
        and paragraphs["dev5"] >= 45 and paragraphs["dev6"] >= 50 and paragraphs["dev7"] >= 50 and paragraphs["dev8"] >= 60 \
        and paragraphs["dev9"] >= 45 and paragraphs["dev10"] >= 45 \
        and paragraphs["dev11"] >= 30 and paragraphs["dev12"] >= 45 \
        and paragraphs["dev13"] >= 30 and paragraphs["dev14"] >= 30 \
        and paragraphs["dev15"] >= 30 and paragraphs["dev16"] >= 30 \
        and paragraphs["dev17"] >= 30 and paragraphs["dev18"] >= 30 \
        and paragraphs["dev19"] >= 30 and paragraphs["dev20"] >= 30 and paragraphs["dev21"] >= 30 \
        and paragraphs["dev22"] >= 30 and paragraphs["dev23"] >= 30 and paragraphs["dev24"] >= 30 \
        and paragraphs["dev25"] >= 30 and paragraphs["dev26"] >= 30 and paragraphs["dev28"] >= 30 and paragraphs["dev29"] >= 30 \
        and paragraphs["dev31"] >= 30 and paragraphs["dev32"] >= 30 and paragraphs["dev34"] >= 30 \
        and paragraphs["dev35"] >= 30 and paragraphs["dev37"] >= 30 and paragraphs["dev38"] >= 30 and paragraphs["dev41"] >= 30 and paragraphs["dev42"] >= 30 \
        and paragraphs["dev43"] >= 30 and paragraphs["dev44"] >= 30 and paragraphs["dev45"] >= 30 and paragraphs["dev46"] >= 30 \
        and paragraphs["dev47"] >= 30 and paragraphs["dev48"] >= 30 and paragraphs["dev49"] >= 30 \
        and paragraphs["dev50"] >= 30 and paragraphs["dev51"] >= 30 and paragraphs["dev52"] >= 30 and paragraphs["dev53"] >= 30 and paragraphs["dev54"] >= 30 \
        and paragraphs["dev55"] >= 30 and paragraphs["dev56"] >= 30 and paragraphs["dev57"] >= 30 \
        and paragraphs["dev58"] >= 30 and paragraphs["dev59"] >= 30 and paragraphs["dev60"] >= 30 and paragraphs["dev61"] >= 30 \
        and paragraphs["dev62"] >= 30 and paragraphs["dev63"] >= 30 and paragraphs["dev64"] >= 30 and paragraphs["dev65"] >= 30 and paragraphs["dev66"] >= 30 \
        and paragraphs["dev67"] >= 30 and paragraphs["dev68"] >= 30 and paragraphs["dev69"] >= 30 and paragraphs["dev70"] >= 30 and paragraphs["dev71"] >= 30 and paragraphs["dev72"] >= 30 and paragraphs["dev73"] >= 30 and paragraphs["dev74"] >= 30 and paragraphs["dev75"] >= 30 and paragraphs["dev76"] >= 30 and paragraphs["dev77"] >= 30 and paragraphs["dev78"] >= 30 and paragraphs["dev79"] >= 30 and paragraphs["dev80"] >= 30 and paragraphs["dev81"] >= 30 and paragraphs["dev82"] >= 30 and paragraphs["dev83"] >= 30 and paragraphs["dev84"] >= 30 and paragraphs["dev85"] >= 30 and paragraphs["dev86"] >= 30 and paragraphs["dev87"] >= 30 and paragraphs["dev88"] >= 30 and paragraphs["dev89"] >= 30 and paragraphs["dev90"] >= 30 and paragraphs["dev91"] >= 30 and paragraphs["dev92"] >= 30 and paragraphs["dev93"] >= 30 and paragraphs["dev94"] >= 30 and paragraphs["dev95"] >= 30 and paragraphs["dev96"] >= 30 and paragraphs["dev97"] >= 30 and paragraphs["dev98"] >= 30 and paragraphs["dev99"] >= 30 and paragraphs["dev100"] >= 30 and paragraphs["dev101"] >= 30 and paragraphs["dev102"] >= 30 and paragraphs["dev103"] >= 30 and paragraphs["dev104"] >= 30 and paragraphs["dev105"] >= 30 and paragraphs["dev106"] >= 30 and paragraphs["dev107"] >= 30 and paragraphs["dev108"] >= 30 and paragraphs["dev109"] >= 30 and paragraphs["dev110"] >= 30 and paragraphs["dev111"] >= 30 and paragraphs["dev112"] >= 30 and paragraphs["dev113"] >= 30 and paragraphs["dev114"] >= 30 and paragraphs["dev115"] >= 30 and paragraphs["dev116"] >= 30 and paragraphs["dev117"] >= 30 and paragraphs["dev118"] >= 30 and paragraphs["dev119"] >= 30 and paragraphs["dev120"] >= 30 and paragraphs["dev121"] >= 30 and paragraphs["dev122"] >= 30 and paragraphs["dev123"] >= 30 and paragraphs["dev124"] >= 30 and paragraphs["dev125"] >= 30 and paragraphs["dev126"] >= 30 and paragraphs["dev127"] >= 30 and paragraphs["dev128"] >= 30 and paragraphs["dev129"] >= 30 and paragraphs["dev130"] >= 30 and paragraphs["dev131"] >= 30 and paragraphs["dev132"] >= 30 and paragraphs["dev133"] >= 30 and paragraphs["dev134"] >= 30 and paragraphs["dev135"] >= 30 and paragraphs["dev136"] >= 30 and paragraphs["dev137"] >= 30 and paragraphs["dev138"] >= 30 and paragraphs["dev139"] >= 30 and paragraphs["dev140"] >= 30 and paragraphs["dev141"] >= 30 and paragraphs["dev142"] >= 30 and paragraphs["dev143"] >= 30 and paragraphs["dev144"] >= 30 and paragraphs["dev145"] >= 30 and paragraphs["dev146"] >= 30 and paragraphs["dev147"] >= 30 and paragraphs["dev148"] >= 30 and paragraphs["dev149"] >= 30 and paragraphs["dev150"] >= 30 and paragraphs["dev151"] >= 30 and paragraphs["dev152"] >= 30 and paragraphs["dev153"] >= 30 and paragraphs["dev154"] >= 30 and paragraphs["dev155"] >= 30 and paragraphs["dev156"] >= 30 and paragraphs["dev157"] >= 30 and paragraphs["dev158"] >= 30 and paragraphs["dev159"] >= 30 and paragraphs["dev160"] >= 30 and paragraphs["dev161"] >= 30 and paragraphs["dev162"] >= 30 and paragraphs["dev163"] >= 30 and paragraphs["dev164"] >= 30 and paragraphs["dev165"] >= 30 and paragraphs["dev166"] >= 30 and paragraphs["dev167"] >= 30 and paragraphs["dev168"] >= 30 and paragraphs["dev169"] >= 30 and paragraphs["dev170"] >= 30 and paragraphs["dev171"] >= 30 and paragraphs["dev172"] >= 30, paragraphs


@pytest.mark.parametrize("parts", [(), ("dev2", "en/dev2"), ("dev3", "en/dev3"), ("dev4",), ("en/dev4",), ("en/dev5",),
                                   ("dev5",), ("dev6",), ("en/dev6",), ("dev7",), ("en/dev7",), ("dev8",), ("en/dev8",), ("dev9",), ("en/dev9",)],
                         ids=["dev-test", "dev2", "dev3", "dev4", "en-dev4", "en-dev5", "dev5", "dev6", "en-dev6", "dev7",
                              "en-dev7", "dev8", "en-dev8", "dev9", "en-dev9"])
def test_readme_counts_are_the_gold(parts):
    """The tables under 'What is annotated' (and the dev2, dev3, dev4 and dev5 sections) are the output of tests/gold/counts.py."""
    out = subprocess.run([sys.executable, str(GOLD_DIR / "counts.py"), *parts], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout
    command = " ".join(["python tests/gold/counts.py", *parts])
    assert out.strip() in README, f"re-run `{command}` and paste its output into tests/gold/README.md"


def test_measure_refuses_the_test_parts_without_leave_and_needs_a_part():
    script = GOLD_DIR / "measure.py"
    env = {k: v for k, v in os.environ.items() if k != "MEASURE_TEST"}
    for args in ([], ["zh:test"], ["en:test/niger-hc-report-en"]):
        r = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, env=env)
        assert r.returncode == 2 and r.stderr.strip() and not r.stdout


def test_measure_held_out_names_every_listed_report_once_and_no_test_part():
    sys.path.insert(0, str(GOLD_DIR))
    try:
        import measure
    finally:
        sys.path.remove(str(GOLD_DIR))
    listed = {ln.strip() for ln in (GOLD_DIR / "held-out.txt").read_text(encoding="utf-8").splitlines()
              if ln.strip() and not ln.startswith("#")}
    parts = measure.held_out("zh") + measure.held_out("en")
    assert sorted(p.rsplit("/", 1)[1] for p in parts) == sorted(listed)
    assert all(p.split(":")[1].startswith("dev") for p in parts)
