"""The non-State gazetteers (organizations, instruments, places, not-names) are well formed.

Read with the csv module only, so these checks do not depend on the recogniser.
"""

from __future__ import annotations

import csv
import re
from collections import Counter, defaultdict
from pathlib import Path

import pytest

GAZ = Path(__file__).resolve().parent.parent / "data" / "gazetteers"
HEADER = ["id", "class", "name_en", "name_zh", "aliases_zh", "aliases_en", "parent",
          "resolution_prefix", "decision_prefix"]
ORG_CLASSES = {"UNBody", "SpecializedAgency", "RelatedOrganization", "UNFundOrProgramme", "RegionalOrganization",
               "NGO", "NHRI", "AcademicInstitution", "Fund", "Programme", "Event", "Post"}
ALLOWED = {"organizations.csv": ORG_CLASSES, "instruments.csv": {"Instrument"}, "places.csv": {"Place"}}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_FULLWIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _norm(text: str) -> str:
    """As the recogniser compares surface forms: full-width ASCII folded to ASCII."""
    return text.strip().translate(_FULLWIDTH)


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def _load(name: str) -> tuple[list[str], list[dict[str, str]]]:
    with (GAZ / name).open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def tables() -> dict[str, list[dict[str, str]]]:
    return {name: _load(name)[1] for name in ALLOWED}


@pytest.fixture(scope="module")
def rows(tables) -> list[dict[str, str]]:
    return [r for name in ALLOWED for r in tables[name]]


@pytest.fixture(scope="module")
def by_id(rows) -> dict[str, dict[str, str]]:
    return {r["id"]: r for r in rows}


@pytest.fixture(scope="module")
def zh_index(rows) -> dict[str, dict[str, str]]:
    """Chinese surface form -> row."""
    return {_norm(f): r for r in rows for f in [r["name_zh"], *_split(r["aliases_zh"])]}


def _surfaces(row: dict[str, str], lang: str) -> set[str]:
    forms = [row.get(f"name_{lang}", "")] + _split(row.get(f"aliases_{lang}"))
    if lang == "zh":
        forms.append(row.get("name_zh_formal", ""))
    return {_norm(f) for f in forms if f and f.strip()}


# columns after the common ones (see data/gazetteers/README.md)
EXTRA_COLUMNS = {"organizations.csv": ["short_zh", "short_en", "renamed_to"], "instruments.csv": ["short_zh", "short_en"],
                 "places.csv": ["seat_of"]}


@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_header_and_cells(name):
    header, data = _load(name)
    assert header == HEADER + EXTRA_COLUMNS[name]
    assert len(data) >= 30
    for r in data:
        assert None not in r and all(v is not None for v in r.values()), f"{name}: ragged row {r}"
        assert r["class"] in ALLOWED[name], f"{name}: {r['id']} has class {r['class']!r}"
        assert r["name_en"].strip() and r["name_zh"].strip(), f"{name}: {r['id']} lacks a name"
        for col, value in r.items():
            assert value == value.strip(), f"{name}: {r['id']}.{col} has stray spaces"
        for form in _split(r["aliases_zh"]) + [r["name_zh"]]:
            assert re.search(r"[\u4e00-\u9fff]", form), f"{name}: {r['id']}: {form!r} is not Chinese"
        if name != "organizations.csv":
            assert not (r["parent"] or r["resolution_prefix"] or r["decision_prefix"]), r["id"]


def test_ids_unique_and_slug_shaped(rows):
    ids = [r["id"] for r in rows]
    dupes = [i for i, n in Counter(ids).items() if n > 1]
    assert not dupes, f"duplicate ids: {dupes}"
    bad = [i for i in ids if not SLUG.match(i)]
    assert not bad, f"ids not slug-shaped: {bad}"
    if (GAZ / "concepts.csv").exists():
        concept_ids = {r["id"] for r in _load("concepts.csv")[1]}
        assert not concept_ids & set(ids)


def test_parents_exist(tables, by_id):
    orgs = {r["id"] for r in tables["organizations.csv"]}
    for r in tables["organizations.csv"]:
        if r["parent"]:
            assert r["parent"] in orgs, f"{r['id']}: unknown parent {r['parent']!r}"
            assert r["parent"] != r["id"]
    # no cycles
    for r in tables["organizations.csv"]:
        seen, cur = set(), r["id"]
        while cur:
            assert cur not in seen, f"parent cycle through {cur}"
            seen.add(cur)
            cur = by_id[cur]["parent"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_surface_form_names_two_entities(rows, lang):
    """One surface form, one entity -- across these files, the concepts and (if present) the States."""
    owner: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        for f in _surfaces(r, lang):
            owner[f].add(r["id"])
    for extra, key in (("concepts.csv", "id"), ("states.csv", "iso3")):
        if (GAZ / extra).exists():
            for r in _load(extra)[1]:
                for f in _surfaces(r, lang):
                    owner[f].add(f"{extra}:{r[key]}")
    clashes = {f: sorted(ids) for f, ids in owner.items() if len(ids) > 1}
    assert not clashes, clashes


def test_no_bare_backreference_words(zh_index):
    for word in ("理事会", "委员会", "基金", "该基金", "方案", "该方案", "办事处", "公约", "宣言", "工作组", "组织"):
        assert word not in zh_index, f"generic word {word!r} is a surface form"


def test_symbol_prefixes(by_id, tables):
    expected = {
        "ga": ("A/RES/", "A/DEC/"),
        "hrc": ("A/HRC/RES/", "A/HRC/DEC/"),
        "ecosoc": ("E/RES/", "E/DEC/"),
        "chr": ("E/CN.4/RES/", "E/CN.4/DEC/"),
        "sc": ("S/RES/", ""),
        "sub-commission": ("E/CN.4/Sub.2/RES/", "E/CN.4/Sub.2/DEC/"),
    }
    for key, (res, dec) in expected.items():
        assert (by_id[key]["resolution_prefix"], by_id[key]["decision_prefix"]) == (res, dec), key
    prefixes = []
    for r in tables["organizations.csv"]:
        for col in ("resolution_prefix", "decision_prefix"):
            if r[col]:
                assert r[col].endswith("/") and " " not in r[col], (r["id"], r[col])
                prefixes.append(r[col])
    assert len(prefixes) == len(set(prefixes)), "a symbol prefix belongs to two bodies"


@pytest.mark.parametrize(
    "surface, key, kind",
    [
        ("人权高专办", "ohchr", "UNBody"),
        ("联合国人权事务高级专员办事处", "ohchr", "UNBody"),
        ("高专办", "ohchr", "UNBody"),
        ("人权理事会", "hrc", "UNBody"),
        ("咨询委员会", "hrc-advisory-committee", "UNBody"),
        ("大会", "ga", "UNBody"),
        ("经济及社会理事会", "ecosoc", "UNBody"),
        ("人权委员会", "chr", "UNBody"),
        ("秘书长", "sg", "Post"),
        ("行预咨委会", "acabq", "UNBody"),
        ("索马里人权状况独立专家", "ie-somalia", "Post"),
        ("消除对妇女歧视委员会", "cedaw", "UNBody"),
        ("人权高专办西非区域办事处", "ohchr-west-africa", "UNBody"),
        ("外勤业务和技术合作司", "ohchr-fotcd", "UNBody"),
        ("维持和平行动部", "dpko", "UNBody"),
        ("联合国职员学院", "unssc", "UNBody"),
        ("联合国国家工作队", "unct", "UNBody"),
        ("开发署", "undp", "UNFundOrProgramme"),
        ("儿基会", "unicef", "UNFundOrProgramme"),
        ("联合国儿童紧急基金会", "unicef", "UNFundOrProgramme"),
        ("联合国人口基金", "unfpa", "UNFundOrProgramme"),
        ("妇女署", "unwomen", "UNFundOrProgramme"),
        ("联合国难民事务高级专员公署", "unhcr", "UNFundOrProgramme"),
        ("劳工组织", "ilo", "SpecializedAgency"),
        ("粮农组织", "fao", "SpecializedAgency"),
        ("教科文组织", "unesco", "SpecializedAgency"),
        ("世卫组织", "who", "SpecializedAgency"),
        ("世界贸易组织", "wto", "RelatedOrganization"),
        ("欧安组织", "osce", "RegionalOrganization"),
        ("欧洲安全与合作组织", "osce", "RegionalOrganization"),
        ("非洲联盟", "au", "RegionalOrganization"),
        ("欧盟", "eu", "RegionalOrganization"),
        ("泛非议会", "pan-african-parliament", "RegionalOrganization"),
        ("非洲联盟委员会", "au-commission", "RegionalOrganization"),
        ("欧洲议会", "european-parliament", "RegionalOrganization"),
        ("非洲人权和民族权委员会", "achpr", "RegionalOrganization"),
        ("美洲国家组织", "oas", "RegionalOrganization"),
        ("美洲人权研究所", "iidh", "RegionalOrganization"),
        ("拉丁美洲预防犯罪和罪犯待遇研究所", "ilanud", "RegionalOrganization"),
        ("安第斯法学家委员会", "andean-commission-jurists", "RegionalOrganization"),
        ("全国促进和保护人权协会", "nappr-cameroon", "NGO"),
        ("教皇约翰二十三世社区协会", "apg23", "NGO"),
        ("公民保护者协会", "protector-of-citizens-association", "NGO"),
        ("印度国家人权机构", "nhrc-india", "NHRI"),
        ("韩东国际大学", "handong-global-university", "AcademicInstitution"),
        ("伯明翰大学", "university-of-birmingham", "AcademicInstitution"),
        ("联合国人权领域技术合作自愿基金", "vf-tc", "Fund"),
        ("联合国技术援助自愿基金", "vf-tc", "Fund"),
        ("联合国人权领域咨询事务和技术援助自愿基金", "vf-ast", "Fund"),
        ("财政和技术援助自愿基金", "upr-vf-fta", "Fund"),
        ("执行普遍定期审议财务和技术援助自愿基金", "upr-vf-fta", "Fund"),
        ("参与普遍定期审议自愿基金", "upr-vf-participation", "Fund"),
        ("条约机构能力建设方案", "tbcbp", "Programme"),
        ("人权领域咨询服务和技术援助方案", "ast-programme", "Programme"),
        ("技术援助扩大方案", "epta", "Programme"),
        ("玛雅方案", "maya-programme", "Programme"),
        ("共助社区", "act-project", "Programme"),
        ("普遍定期审议", "universal-periodic-review", "Programme"),
        ("欧盟加强非洲人权系统方案", "eu-african-hr-programme", "Programme"),
        ("旧金山会议", "san-francisco-conference", "Event"),
        ("南南人权论坛", "south-south-hr-forum", "Event"),
        ("北京人权论坛", "beijing-hr-forum", "Event"),
        ("亚欧非正式人权研讨会", "asem-hr-seminar", "Event"),
        ("非洲联盟-欧洲联盟人权对话", "au-eu-hr-dialogue", "Event"),
        ("世界人权宣言", "udhr", "Instrument"),
        ("联合国宪章", "un-charter", "Instrument"),
        ("宪章", "un-charter", "Instrument"),
        ("经济、社会、文化权利国际公约", "icescr", "Instrument"),
        ("经济、社会、文化权利公约", "icescr", "Instrument"),
        ("公民及政治权利国际公约", "iccpr", "Instrument"),
        ("残疾人权利公约", "crpd-convention", "Instrument"),
        ("消除对妇女一切形式歧视公约", "cedaw-convention", "Instrument"),
        ("发展权利宣言", "declaration-on-right-to-development", "Instrument"),
        ("2030 年可持续发展议程", "agenda-2030", "Instrument"),
        ("关于各国依联合国宪章建立友好关系及合作之国际法原则之宣言", "friendly-relations-declaration", "Instrument"),
        ("关于促进世界和平与合作的宣言", "bandung-declaration", "Instrument"),
        ("引渡公约范本", "model-treaty-extradition", "Instrument"),
        ("巴黎原则", "paris-principles", "Instrument"),
        ("布鲁塞尔", "brussels", "Place"),
        ("日内瓦", "geneva", "Place"),
        ("阿布哈兹", "abkhazia", "Place"),
        ("亚洲", "asia", "Place"),
        ("东南亚", "south-east-asia", "Place"),
        ("北爱尔兰", "northern-ireland", "Place"),
    ],
)
def test_report_entities_present(zh_index, surface, key, kind):
    row = zh_index.get(_norm(surface))
    assert row is not None, f"{surface} missing"
    assert (row["id"], row["class"]) == (key, kind)


def test_parents_of_key_units(by_id):
    assert by_id["hrc-advisory-committee"]["parent"] == "hrc"
    assert by_id["ohchr-west-africa"]["parent"] == "ohchr"
    assert by_id["ohchr-fotcd"]["parent"] == "ohchr"
    assert by_id["vf-tc"]["parent"] == "ohchr"
    for tb in ("ccpr", "cescr", "cerd", "cedaw", "cat", "spt", "crc", "cmw", "crpd", "ced"):
        assert by_id[tb]["class"] == "UNBody" and by_id[tb]["parent"] == "", tb


def test_english_abbreviations(by_id):
    for key, abbr in (("ohchr", "OHCHR"), ("hrc", "HRC"), ("undp", "UNDP"), ("unicef", "UNICEF"),
                      ("unwomen", "UN Women"), ("osce", "OSCE"), ("ecosoc", "ECOSOC")):
        assert abbr in _split(by_id[key]["aliases_en"]), key


def test_not_names():
    header, data = _load("not_names.csv")
    assert header == ["text", "reason", "lang"]
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for r in data:
        assert r["lang"] in ("zh", "en"), r
        assert bool(cjk.search(r["text"])) == (r["lang"] == "zh"), f"{r['text']!r} is not {r['lang']}"
    texts = [r["text"] for r in data]
    assert len(texts) == len(set(texts)) and len(texts) >= 30
    assert all(r["text"].strip() and r["reason"].strip() for r in data)
    for must in ("发展中国家", "不发达国家", "欠发达国家", "中国际", "中非合作", "印度洋"):
        assert must in texts or must in {_norm(f) for f in _all_zh_surfaces()}, must


def test_not_names_never_block_a_name():
    """A not-name equal to a surface form would silently remove that entity (English ignoring case)."""
    _, data = _load("not_names.csv")
    zh = {_norm(r["text"]) for r in data if r["lang"] == "zh"}
    en = {_norm(r["text"]).casefold() for r in data if r["lang"] == "en"}
    assert not zh & _all_zh_surfaces()
    assert not en & {f.casefold() for f in _all_surfaces("en")}


def _all_surfaces(lang: str) -> set[str]:
    out: set[str] = set()
    for name in (*ALLOWED, "concepts.csv", "states.csv"):
        if (GAZ / name).exists():
            for r in _load(name)[1]:
                out |= _surfaces(r, lang)
    return out


def _all_zh_surfaces() -> set[str]:
    return _all_surfaces("zh")
