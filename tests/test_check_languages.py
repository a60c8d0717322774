"""tacb_graph.check.languages: LanguageMismatch findings — hand-made versions, small zh/en texts of our
own built together, and the findings graph (SHACL). The bilingual gold pair: tests/test_rdf_works.py."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest
from rdflib import Dataset

import tacb_graph.check.languages as languages
from tacb_graph.align import align
from tacb_graph.check import language_mismatches
from tacb_graph.check.stored import read_findings
from tacb_graph.pipeline import build
from tacb_graph.rdf.validate import validate
from tacb_graph.records import Contribution, Entity, Relation, Stance
from tacb_graph.store import open_store

from versions_cases import EN, ZH, rec

ROOT = Path(__file__).resolve().parent.parent
PAIR = ROOT / "tests" / "gold" / "bilingual"


def test_doctests():
    assert doctest.testmod(languages).failed == 0


def test_one_finding_per_fact_read_from_one_version_only_in_the_report_it_was_read_from():
    ohchr = Entity("org/ohchr", "UNBody", "人权高专办", "OHCHR")
    mali = Entity("state/MLI", "State", "马里", "Mali")
    zh = rec("v-zh", "zh", entities=(ohchr, mali),
             relations=(Relation("org/ohchr", "assists", "state/MLI", "paragraph", 2, "人权高专办协助马里。",
                                 modality="Requested"),))
    en = rec("v-en", "en")
    recs, versions = align([zh, en])
    found_zh, found_en = language_mismatches(recs, versions)
    assert found_en == ()
    (f,) = found_zh
    assert f.kind == "LanguageMismatch" and f.evidence == (("paragraph", 2),)
    assert f.concerns == ("org/ohchr", "state/MLI")
    assert f.message_en == ("¶2 of the Chinese version (v-zh.txt) states “OHCHR —assists→ Mali (Requested)”; "
                            "nothing read from ¶2 of the English version (v-en.txt) states it.")
    assert f.message_zh == ("中文本（v-zh.txt）第 2 段陈述“人权高专办 —协助→ 马里（被请求）”；"
                            "从英文本（v-en.txt）第 2 段未读出这一事实。")


def test_stances_and_contributions_are_compared_too_assistance_only_as_its_relation():
    zh = rec("a", "zh", stances=(Stance("state/JPN", "concept/x", "Critical", "paragraph", 1, "日本批评。"),),
             contributions=(Contribution("state/NOR", None, "200000", "USD", "paragraph", 2),))
    en = rec("b", "en", stances=(Stance("state/JPN", "concept/x", "Supportive", "paragraph", 1, "Japan supports it."),))
    recs, versions = align([zh, en])
    found_zh, found_en = language_mismatches(recs, versions)
    assert sorted(f.basis[0] for f in found_zh) == ["contribution", "stance"]
    assert [f.basis[:4] for f in found_en] == [("stance", "state/JPN", "concept/x", "Supportive")]
    assert "recipient not named" in next(f for f in found_zh if f.basis[0] == "contribution").message_en


def test_reports_that_are_not_versions_of_one_work_give_no_finding():
    a = rec("a", "zh", relations=(Relation("org/a", "requests", "org/b", "paragraph", 1, "甲请乙。"),))
    b = rec("b", "en", symbol="A/HRC/9/9")
    recs, versions = align([a, b])
    assert language_mismatches(recs, versions) == [(), ()]


@pytest.fixture(scope="module")
def small_build(tmp_path_factory):
    d = tmp_path_factory.mktemp("small-build")
    (d / "r-zh.txt").write_text(ZH, encoding="utf-8")
    (d / "r-en.txt").write_text(EN, encoding="utf-8")
    said = []
    result = build([d / "r-zh.txt", d / "r-en.txt"], out=d / "out", progress=said.append)
    return result, said


def test_small_texts_built_together_store_their_mismatches(small_build):
    result, said = small_build
    found = [f for f in read_findings(open_store(result.paths.store)) if f.kind == "LanguageMismatch"]
    by_unit = {(f.evidence, f.message_en.split(" (")[0]) for f in found}
    assert (("¶4",), "¶4 of the English version") in by_unit
    partners = next(f for f in found if f.evidence == ("¶4",))
    assert "partners with" in partners.message_en and "r-zh.txt" in partners.message_en
    assert {c[0].rsplit("/", 1)[-1] for c in partners.concerns} == {"ohchr", "undp"}
    assert not any(f.evidence in (("¶1",), ("¶2",)) for f in found)
    assert any("A/HRC/60/12: 2 language versions (zh, en) of one work" in m for m in said)


def test_small_build_validates(small_build):
    result, _ = small_build
    ds = Dataset()
    ds.parse(result.paths.trig, format="trig")
    for inference in ("rdfs", "none"):
        v = validate(ds, inference=inference)
        assert v.conforms, v.text
