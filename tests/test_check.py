"""tacb_graph.check: findings of each kind on small texts of our own (zh and en), the bundled
report's respondent list, the English dev text, the RDF graph, SHACL, the CLI and the query."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF

from tacb_graph.check import check
from tacb_graph.check.lists import counts_in, parse_number, read_lists
from tacb_graph.check.reference import load_reference, symbol_year
from tacb_graph.cli import main
from tacb_graph.config import load_config
from tacb_graph.namespaces import TACB
from tacb_graph.nlp import run
from tacb_graph.pipeline import extract, to_rdf
from tacb_graph.rdf.build import key_of
from tacb_graph.rdf.iris import FINDINGS_GRAPH, entity_iri, paragraph_iri
from tacb_graph.records import REPORT, Relation, Source, Stance
from tacb_graph.segment import segment
from tacb_graph.store import to_oxigraph

ROOT = Path(__file__).resolve().parent.parent
EN_DEV = ROOT / "tests" / "gold" / "en" / "dev" / "ac-study-rtd-en.json"
EN_TEXT = ROOT / "tests" / "gold" / "en" / "texts" / "ac-study-rtd-en.txt"


def read(text: str, lang: str = "zh"):
    """A small report of our own, read, recognised and related."""
    return run(segment(Source("r.txt", "r", text, "0" * 64, "utf-8", len(text.encode()))), load_config(lang))


def kinds(rec) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.kind, f.concerns) for f in check(rec)]


def of_kind(rec, kind: str):
    return [f for f in check(rec) if f.kind == kind]


# --- UnlistedRespondent -------------------------------------------------------------------

REPLIES_ZH = "1. 共有 3 个国家对委员会的邀请作了回复：中国、法国和德国。\n"


def test_a_state_whose_position_and_submission_are_reported_but_not_listed():
    rec = read(REPLIES_ZH + "2. 日本在其呈件中表示，互利合作概念有用。\n")
    (f,) = of_kind(rec, "UnlistedRespondent")
    assert f.concerns == ("state/JPN",)
    assert f.evidence == (("paragraph", 1), ("paragraph", 2))
    assert f.message_zh == "第 2 段报告了日本的立场和提交的材料，但日本不在第 1 段所列的答复者名单中。"
    assert f.message_en == "¶2 reports a position and a submission of Japan, but Japan is not in the list of respondents in ¶1."


def test_the_list_is_read_by_relate_too():
    rec = read(REPLIES_ZH)
    listed = {r.subject for r in rec.relations if r.predicate == "submittedInputTo" and r.via == "list"}
    assert listed == {"state/CHN", "state/FRA", "state/DEU"}


def test_listed_states_and_unlisted_classes_are_no_finding():
    rec = read(REPLIES_ZH + "2. 法国认为互利合作不是一个商定的概念。\n3. 大赦国际认为互利合作不是一个商定的概念。\n")
    assert of_kind(rec, "UnlistedRespondent") == []  # France is listed; the list names no NGO


def test_no_list_or_an_incomplete_list_gives_no_finding():
    assert of_kind(read("1. 日本认为互利合作概念不是一个商定的概念。\n"), "UnlistedRespondent") == []
    rec = read("1. 共有 15 个国家作了回复，包括：中国、法国和德国。\n2. 日本认为互利合作概念不是一个商定的概念。\n")
    assert of_kind(rec, "UnlistedRespondent") == []


def test_english_reply_list_with_a_position_reported_elsewhere():
    text = ("1. The following States replied to the questionnaire: Algeria, Chile and Norway.\n"
            "2. Switzerland criticized the concept of mutually beneficial cooperation.\n")
    rec = read(text, "en")
    # relate has no English word lists yet: the stance is given as relate would record it
    rec = replace(rec, stances=(Stance("state/CHE", "concept/mutually-beneficial-cooperation", "Critical",
                                       "paragraph", 2),))
    (f,) = of_kind(rec, "UnlistedRespondent")
    assert f.concerns == ("state/CHE",) and f.evidence == (("paragraph", 1), ("paragraph", 2))
    assert "Switzerland" in f.message_en and "瑞士" in f.message_zh


def test_a_requested_submission_is_not_a_reported_one():
    rec = read(REPLIES_ZH)
    asked = Relation("state/JPN", "submittedInputTo", REPORT, "paragraph", 1, modality="Requested")
    assert of_kind(replace(rec, relations=rec.relations + (asked,)), "UnlistedRespondent") == []


# --- CountMismatch ---------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, stated, value, listed", [
    ("1. 共有 4 个国家对委员会的邀请作了回复：中国、法国和德国。\n", "zh", "4 个国家", 4, 3),
    ("1. 共有四个国家对委员会的邀请作了回复：中国、法国和德国。\n", "zh", "四个国家", 4, 3),
    ("1. 共有 3 个国家和 1 个非政府组织提交了材料：中国、法国和大赦国际。\n", "zh", "3 个国家", 3, 2),
    ("1. Replies were received from sixteen States: Algeria, China, Cuba and Egypt.\n", "en", "sixteen States", 16, 4),
    ("1. The following 2 States replied: Algeria, Chile and Norway.\n", "en", "2 States", 2, 3),
])
def test_a_count_that_disagrees_with_its_list(text, lang, stated, value, listed):
    (f,) = of_kind(read(text, lang), "CountMismatch")
    assert f.basis == (stated, str(value), str(listed)) and f.evidence == (("paragraph", 1),)
    assert f"“{stated}”" in f.message_en and f"列出 {listed} 个" in f.message_zh


@pytest.mark.parametrize("text, lang", [
    ("1. 共有 3 个国家对委员会的邀请作了回复：中国、法国和德国。\n", "zh"),
    ("1. 共有 2 个国家和 1 个非政府组织提交了材料：中国、法国和大赦国际。\n", "zh"),
    ("1. 共有 5 个国家提交了材料，例如：中国、法国和德国。\n", "zh"),
    ("1. 共有 5 个国家提交了材料：中国、法国和德国等。\n", "zh"),
    ("1. The following 3 States replied: Algeria, Trinidad and Tobago and Norway.\n", "en"),
    ("1. Twenty-one States replied, including: Algeria, Chile and Norway.\n", "en"),
])
def test_matching_or_incomplete_lists_give_no_count_finding(text, lang):
    assert of_kind(read(text, lang), "CountMismatch") == []


def test_numbers_and_counts_are_read_from_the_language_data():
    zh, en = load_config("zh"), load_config("en")
    assert [parse_number(t, zh.language.checks["numbers"]) for t in ("15", "十五", "二十一", "两", "一百零五")] == [
        15, 15, 21, 2, 105]
    assert [parse_number(t, en.language.checks["numbers"]) for t in ("17", "seventeen", "Twenty-one")] == [17, 17, 21]
    assert [(c.value, c.kinds) for c in counts_in("共有 15 个国家、1 个国家人权机构和 3 个非政府组织", zh)] == [
        (15, ("State",)), (1, ("NHRI",)), (3, ("NGO",))]
    assert counts_in("人权高专办设有 14 个国家办事处", zh) == []  # country offices are no actors
    assert [c.value for c in counts_in("Replies were received from 17 Member States", en)] == [17]


def test_list_items_are_never_split_inside_a_name():
    rec = read("1. 共有 2 个国家作了回复：大不列颠及北爱尔兰联合王国和特立尼达和多巴哥。\n")
    (lst,) = read_lists(rec, load_config("zh"))
    assert lst.entities == ["state/GBR", "state/TTO"] and lst.reply and lst.complete


# --- ReferenceMismatch ---------------------------------------------------------------

def test_a_year_the_text_gives_a_resolution_against_the_reference():
    (f,) = of_kind(read("1. 2009 年人权理事会第 6/17 号决议设立了执行普遍定期审议财政和技术援助自愿基金。\n"),
                   "ReferenceMismatch")
    assert f.concerns == ("resolution/A/HRC/RES/6/17",) and f.basis == ("year", "2009", "2007")
    assert "2007" in f.message_en and "2009 年" in f.message_zh
    assert of_kind(read("1. 2007 年人权理事会第 6/17 号决议设立了执行普遍定期审议财政和技术援助自愿基金。\n"),
                   "ReferenceMismatch") == []


def test_the_resolution_named_as_adopting_an_instrument():
    zh = "1. 大会第 {} 号决议通过的《关于各国依联合国宪章建立友好关系及合作之国际法原则之宣言》规定了合作的义务。\n"
    (f,) = of_kind(read(zh.format("2526(XXV)")), "ReferenceMismatch")
    assert f.concerns == ("instrument/friendly-relations-declaration", "resolution/A/RES/2526(XXV)")
    assert f.basis == ("symbol", "A/RES/2526(XXV)", "A/RES/2625(XXV)")
    assert of_kind(read(zh.format("2625(XXV)")), "ReferenceMismatch") == []
    en = ("1. The Declaration on the Right to Development, adopted by the General Assembly in its resolution {} of "
          "4 December 1986, defines the right.\n")
    (f,) = of_kind(read(en.format("41/120"), "en"), "ReferenceMismatch")
    assert f.basis == ("symbol", "A/RES/41/120", "A/RES/41/128")
    assert of_kind(read(en.format("41/128"), "en"), "ReferenceMismatch") == []


def test_years_written_next_to_a_resolution_and_in_its_symbol():
    text = ("1. The General Assembly, in its resolution 41/128 of 4 December 1987, adopted the Declaration. "
            "Commission on Human Rights resolution 1987/38 of 10 March 1988 asked for more.\n")
    got = {f.concerns[0]: f.basis for f in of_kind(read(text, "en"), "ReferenceMismatch")}
    assert got == {"resolution/A/RES/41/128": ("year", "1987", "1986"),
                   "resolution/E/CN.4/RES/1987/38": ("year", "1988", "1987")}
    assert symbol_year("E/DEC/1987/147") == "1987" and symbol_year("A/HRC/RES/6/17") is None
    ok = "1. The General Assembly, in its resolution 41/128 of 4 December 1986, adopted the Declaration.\n"
    assert of_kind(read(ok, "en"), "ReferenceMismatch") == []


def test_every_reference_row_names_a_known_entity():
    ref = load_reference(load_config("zh"))
    assert len(ref) >= 60
    assert ref["instrument/udhr"].year == "1948" and ref["instrument/udhr"].symbol == "A/RES/217(III)"
    assert ref["resolution/A/HRC/RES/6/17"].year == "2007"
    gz = load_config("zh").gazetteer.entities
    assert all(k in gz or k.startswith("resolution/") for k in ref)


# --- AmbiguousAbbreviation ---------------------------------------------------------

def test_one_abbreviation_defined_for_two_bodies():
    rec = read("1. 技术援助局(技援机构)成立。\n2. 经济及社会理事会技术援助委员会(技援机构)核准了方案。\n")
    assert [(a.text, a.entity, a.number) for a in rec.abbreviations] == [
        ("技援机构", "org/tab", 1), ("技援机构", "org/ecosoc-tac", 2)]
    (f,) = of_kind(rec, "AmbiguousAbbreviation")
    assert f.concerns == ("org/tab", "org/ecosoc-tac") and "技援机构" in f.message_zh


def test_an_abbreviation_defined_for_one_body_that_names_another():
    rec = read("1. The Technical Assistance Board (TAC) was set up in 1949.\n"
               "2. The Technical Assistance Committee of the Economic and Social Council approved it. TAC reported.\n",
               "en")
    (f,) = of_kind(rec, "AmbiguousAbbreviation")
    assert set(f.concerns) == {"org/tab", "org/ecosoc-tac"}
    assert f.message_en.startswith("The abbreviation “TAC” stands for Technical Assistance Board")


def test_a_country_in_brackets_and_a_consistent_abbreviation_are_no_finding():
    rec = read("1. 教皇约翰二十三世社区协会(意大利)提交了材料。联合国开发计划署(开发署)协助了海地。开发署还协助了马里。\n")
    assert of_kind(rec, "AmbiguousAbbreviation") == []


# --- the bundled report and the English dev text ---------------------------------------

@pytest.fixture(scope="module")
def bundled_findings(extracted):
    return check(extracted)


def test_bundled_report_respondent_list(bundled_findings):
    unlisted = [f for f in bundled_findings if f.kind == "UnlistedRespondent"]
    nld = [f for f in unlisted if f.concerns == ("state/NLD",)]
    assert len(nld) == 1
    assert ("paragraph", 3) in nld[0].evidence and ("paragraph", 44) in nld[0].evidence
    assert "荷兰" in nld[0].message_zh and "Netherlands" in nld[0].message_en
    # the fifteen States of the list are no finding, and fifteen is what the list names
    assert all(f.concerns[0] != "state/CHE" for f in unlisted)
    assert [f for f in bundled_findings if f.kind == "CountMismatch"] == []


def test_bundled_report_year_of_resolution_6_17(bundled_findings):
    got = [f for f in bundled_findings if f.kind == "ReferenceMismatch" and f.concerns == ("resolution/A/HRC/RES/6/17",)]
    assert [f.basis for f in got] == [("year", "2009", "2007")]


def _gold_facts(gold: dict):
    """The dev gold's relations and stances, as relate would record them."""
    rels, stances = [], []
    for u in gold["units"]:
        for s, p, o, *mood in u["relations"]:
            if p == "submittedInputTo":
                rels.append(Relation(s, p, REPORT, u["unit"], u["number"], modality=(mood or ["Reported"])[0]))
        for h, c, v in u["stances"]:
            stances.append(Stance(h, c, v, u["unit"], u["number"]))
    return tuple(rels), tuple(stances)


def test_english_dev_text_switzerland_is_not_in_the_list_of_17():
    rec = extract(EN_TEXT)
    assert rec.lang == "en"
    (lst,) = [x for x in read_lists(rec, load_config("en")) if x.reply]
    assert [c.value for c in lst.counts] == [17] and len(lst.entities) == 17
    rels, stances = _gold_facts(json.loads(EN_DEV.read_text(encoding="utf-8")))
    found = check(replace(rec, relations=rec.relations + rels, stances=stances))
    unlisted = {f.concerns[0]: f for f in found if f.kind == "UnlistedRespondent"}
    # Switzerland (¶10, a late contribution), and the two Congos whose information ¶19 relays
    assert set(unlisted) == {"state/CHE", "state/COG", "state/COD"}
    assert unlisted["state/CHE"].evidence == (("paragraph", 3), ("paragraph", 10))
    # the list names what it counts, and the years written next to resolutions agree with the reference
    assert [f for f in found if f.kind in ("CountMismatch", "ReferenceMismatch")] == []


# --- RDF, SHACL ---------------------------------------------------------------------

def test_findings_live_in_their_own_graph_with_iris_from_what_they_state(extracted, bundled_findings):
    ds = to_rdf([replace(extracted, findings=bundled_findings)])
    g = ds.graph(FINDINGS_GRAPH)
    nodes = set(g.subjects(RDF.type, TACB.Finding))
    assert len(nodes) == len(bundled_findings)
    assert all("/finding/" in str(n) for n in nodes)
    nld = next(n for n in nodes if (n, TACB.concerns, entity_iri("state/NLD")) in g)
    assert str(nld).startswith("https://w3id.org/tacb/id/finding/unlisted-respondent/")
    assert (nld, TACB.findingKind, TACB.UnlistedRespondent) in g
    assert (nld, TACB.evidence, paragraph_iri(key_of(extracted), 44)) in g
    assert {o.language for o in g.objects(nld, TACB.message)} == {"zh", "en"}
    # no finding node outside the findings graph; the same findings give the same IRIs
    assert not any((n, RDF.type, TACB.Finding) in ds.graph(c.identifier) for c in ds.graphs()
                   if c.identifier != FINDINGS_GRAPH for n in nodes)
    again = to_rdf([replace(extracted, findings=check(extracted))]).graph(FINDINGS_GRAPH)
    assert set(again.subjects(RDF.type, TACB.Finding)) == nodes


def test_findings_validate_and_a_broken_one_does_not(extracted, bundled_findings):
    from tacb_graph.rdf.validate import validate

    ds = to_rdf([replace(extracted, findings=bundled_findings)])
    assert validate(ds).conforms
    bad = URIRef("https://w3id.org/tacb/id/finding/count-mismatch/0")
    ds.graph(FINDINGS_GRAPH).add((bad, RDF.type, TACB.Finding))
    ds.graph(FINDINGS_GRAPH).add((bad, TACB.message, Literal("no kind, no evidence", lang="en")))
    result = validate(ds)
    assert not result.conforms and result.violations == 4  # kind, zh message, report, evidence


# --- the query and the CLI ----------------------------------------------------------------

def test_findings_query_on_a_small_report():
    from tacb_graph.library import run_named

    rec = read(REPLIES_ZH + "2. 日本在其呈件中表示，互利合作概念有用。\n3. 人权高专办在四个国家开展了项目：中国、法国和德国。\n")
    store = ox.Store()
    to_oxigraph(to_rdf([replace(rec, findings=check(rec))]), store)
    rows = [{v.value: (s[v.value].value if s[v.value] is not None else None) for v in res.variables}
            for res in [run_named(store, "findings")] for s in res]
    assert [(r["kind"], set(r["evidence"].split(", "))) for r in rows] == [
        ("UnlistedRespondent", {"¶1", "¶2"}), ("CountMismatch", {"¶3"})]
    assert rows[0]["concerns"] == "Japan"
    zh = list(run_named(store, "findings", {"lang": "zh"}))
    assert [s["concerns"].value if s["concerns"] else "" for s in zh] == ["日本", ""]
    assert {s["message"].language for s in zh} == {"zh"}


def test_cli_check_table_and_json(built, capsys):
    store = str(built.paths.store)
    assert main(["check", "--store", store]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "Netherlands" in x)
    assert line.startswith("UnlistedRespondent") and "¶3 ¶44" in line
    assert out.rstrip().endswith("findings)")
    assert main(["check", "--store", store, "--lang", "zh"]) == 0
    assert "荷兰不在第 3 段所列的答复者名单中" in capsys.readouterr().out
    assert main(["check", "--store", store, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    (nld,) = [d for d in data if any(c["entity"].endswith("/state/NLD") for c in d["concerns"])]
    assert nld["kind"] == "UnlistedRespondent" and {"¶3", "¶44"} <= set(nld["evidence"])
    assert set(nld["message"]) == {"zh", "en"} and nld["report"] == "技术援助和能力建设对推动增进和保护人权方面互利合作的作用"  # the report is labelled by its title


def test_table_names_the_report_when_there_are_several():
    from tacb_graph.check.commands import format_findings
    from tacb_graph.check.stored import StoredFinding

    a = StoredFinding("urn:a", "CountMismatch", "a.txt", "第 1 段…", "¶1 states “4 个国家”…", ("¶1",), ())
    b = StoredFinding("urn:b", "UnlistedRespondent", "b.txt", "第 2 段…", "¶2 reports…", ("¶1", "¶2"), ())
    assert format_findings([a]).splitlines()[0].split() == ["kind", "evidence", "message"]
    table = format_findings([a, b], lang="zh")
    assert table.splitlines()[0].split() == ["report", "kind", "evidence", "message"]
    assert ["b.txt", "UnlistedRespondent", "¶1", "¶2", "第", "2", "段…"] in [r.split() for r in table.splitlines()] and "第 2 段…" in table and table.endswith("(2 findings)\n")
    assert json.loads(format_findings([b], "json"))[0]["message"] == {"zh": "第 2 段…", "en": "¶2 reports…"}


def test_cli_check_without_a_store_is_one_line(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "tacb_graph", "check", "--store", str(tmp_path / "none")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0 and proc.stdout == ""
    assert proc.stderr.count("\n") == 1 and "no store" in proc.stderr and "Traceback" not in proc.stderr


def test_doctests():
    import tacb_graph.check.checks as checks
    import tacb_graph.check.lists as lists
    import tacb_graph.check.reference as reference
    import tacb_graph.check.stored as stored
    import tacb_graph.check.units as units
    import tacb_graph.rdf.iris as iris

    for m in (checks, lists, reference, stored, units, iris):
        assert doctest.testmod(m).failed == 0, m.__name__
