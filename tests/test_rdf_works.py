"""tacb_graph.rdf.works on the bilingual gold pair (tests/gold/bilingual): one report work, two
language versions, aligned paragraphs, shared entities, persons linked, quotes in both languages,
LanguageMismatch findings, SHACL; the bundled build as one work of one version; the CLI."""

from __future__ import annotations

import doctest
import json
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import OWL, RDF

import tacb_graph.rdf.works as works
from tacb_graph.check.stored import read_findings
from tacb_graph.cli import main
from tacb_graph.namespaces import TACB
from tacb_graph.rdf.iris import entity_iri, paragraph_work_iri, report_iri, work_iri
from tacb_graph.rdf.validate import domain_range_conflicts, validate
from tacb_graph.store import open_store, select

ROOT = Path(__file__).resolve().parent.parent
PAIR = ROOT / "tests" / "gold" / "bilingual"
ALIGNMENT = json.loads((PAIR / "alignment.json").read_text(encoding="utf-8"))
WORK = work_iri(ALIGNMENT["symbol"])
ZH, EN = report_iri("A/HRC/55/80/zh"), report_iri("A/HRC/55/80/en")  # keys: the symbol and the language


@pytest.fixture(scope="module")
def pair(bilingual):
    ds = Dataset(default_union=True)
    ds.parse(bilingual.paths.trig, format="trig")
    return bilingual, ds, open_store(bilingual.paths.store)


def test_doctests():
    assert doctest.testmod(works).failed == 0


def test_the_pair_is_one_report_work_with_two_language_versions(pair):
    _, ds, _ = pair
    assert set(ds.subjects(RDF.type, TACB.ReportWork)) == {WORK}
    assert set(ds.subjects(TACB.reportWork, WORK)) == {ZH, EN}
    assert {str(lang.toPython()) for r in (ZH, EN) for lang in ds.objects(r, URIRef("http://purl.org/dc/terms/language"))} \
        == {"zh", "en"}
    assert Literal(ALIGNMENT["symbol"]) in set(ds.objects(WORK, TACB.symbol))
    assert {lit.language for lit in ds.objects(WORK, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))} == {"zh", "en"}


def test_paragraph_n_of_each_version_realises_paragraph_work_n(pair):
    _, ds, _ = pair
    links = defaultdict(set)
    for unit, pw in ds.subject_objects(TACB.paragraphWork):
        links[pw].add(unit)
    key = ALIGNMENT["symbol"]
    paragraphs = [paragraph_work_iri(key, "paragraph", zh) for zh, en in ALIGNMENT["paragraphs"]]
    assert len(paragraphs) == 10
    for (zh, en), pw in zip(ALIGNMENT["paragraphs"], paragraphs):
        assert links[pw] == {URIRef(f"{ZH}/paragraph/{zh}"), URIRef(f"{EN}/paragraph/{en}")}
    for zh, en in ALIGNMENT["footnotes"]:
        assert links[paragraph_work_iri(key, "footnote", zh)] == {URIRef(f"{ZH}/footnote/{zh}"),
                                                                  URIRef(f"{EN}/footnote/{en}")}
    assert set(ds.subjects(RDF.type, TACB.ParagraphWork)) == set(links)
    assert len(links) == len(ALIGNMENT["paragraphs"]) + len(ALIGNMENT["footnotes"])


def _mentioned(store, report: URIRef) -> dict[int, set[str]]:
    out = defaultdict(set)
    for row in select(store, f"""SELECT ?n ?e WHERE {{ ?u tacb:inReport <{report}> ; a tacb:Paragraph ; tacb:number ?n .
                                 GRAPH ?u {{ ?u tacb:mentions ?e }} }}"""):
        out[int(row["n"].value)].add(row["e"].value)
    return out


def test_aligned_paragraphs_name_the_same_entities_persons_apart(pair):
    _, _, store = pair
    zh, en = _mentioned(store, ZH), _mentioned(store, EN)
    for a, b in ALIGNMENT["paragraphs"]:
        assert {e for e in zh[a] if "/person/" not in e} == {e for e in en[b] if "/person/" not in e}, a
    assert sum(len(v) for v in zh.values()) > 40


def test_a_person_named_in_both_versions_is_linked_with_owl_sameAs(pair):
    _, ds, _ = pair
    zh, en = entity_iri("person/福尔克尔·蒂尔克"), entity_iri("person/volker-turk")
    assert ALIGNMENT["same_entities"]["person/福尔克尔·蒂尔克"] == "person/volker-turk"
    assert (zh, OWL.sameAs, en) in ds and (en, OWL.sameAs, zh) in ds
    same = ALIGNMENT["same_entities"]
    for a, b in ds.subject_objects(OWL.sameAs):    # every link is one the gold pair states
        a, b = (unquote(str(x).split("/id/")[1]) for x in (a, b))
        assert same.get(a) == b or same.get(b) == a


FACTS = """SELECT ?n ?f ?s ?p ?o ?m ?q WHERE {
  ?u tacb:inReport <%s> ; a tacb:Paragraph ; tacb:number ?n .
  GRAPH ?u { ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; tacb:modality ?m ; tacb:quote ?q } }"""


def _facts(store, report):
    """Facts by (paragraph, subject, predicate, object, modality), a person linked across scripts (owl:sameAs) keyed
    as one: ``hchr heldBy`` 福尔克尔·蒂尔克 in one version is ``hchr heldBy`` Volker Türk in the other."""
    same = {}
    for r in select(store, "SELECT ?a ?b WHERE { ?a owl:sameAs ?b }"):
        a, b = r["a"].value, r["b"].value
        same[a] = same[b] = min(a, b)
    out = defaultdict(lambda: defaultdict(set))
    for r in select(store, FACTS % report):
        s, o = same.get(r["s"].value, r["s"].value), same.get(r["o"].value, r["o"].value)
        s, o = sorted((s, o)) if r["p"].value.endswith("partnersWith") else (s, o)
        out[(int(r["n"].value), s, r["p"].value, o, r["m"].value)][r["f"].value].add(r["q"].language)
    return out


def test_facts_both_versions_state_carry_a_quote_in_each_language(pair):
    _, _, store = pair
    zh, en = _facts(store, ZH), _facts(store, EN)
    shared = set(zh) & set(en)
    assert len(shared) >= 10
    for key in shared:
        for nodes in (zh[key], en[key]):
            for langs in nodes.values():
                assert langs == {"zh", "en"}, key
    for key in set(zh) ^ set(en):
        for nodes in (zh.get(key, {}), en.get(key, {})):
            for langs in nodes.values():
                assert len(langs) == 1, key


def test_contributions_both_versions_state_carry_both_quotes(pair):
    _, _, store = pair
    rows = select(store, "SELECT ?x (GROUP_CONCAT(LANG(?q)) AS ?l) WHERE { ?x a tacb:Contribution ; tacb:quote ?q } GROUP BY ?x")
    assert len(rows) == 2 and all(sorted(r["l"].value.split()) == ["en", "zh"] for r in rows)


def test_every_fact_one_version_states_alone_is_a_language_mismatch(pair):
    _, _, store = pair
    zh, en = _facts(store, ZH), _facts(store, EN)
    only = Counter([("zh", k[0]) for k in set(zh) - set(en)] + [("en", k[0]) for k in set(en) - set(zh)])
    assert only, "the two versions are read differently today: the findings say where"
    findings = [f for f in read_findings(store) if f.kind == "LanguageMismatch"]
    stated = Counter((("en" if f.message_en.split(" (")[0].endswith("English version") else "zh"),
                      int(f.evidence[0].lstrip("¶"))) for f in findings)
    for where, n in only.items():
        assert stated[where] >= n, where
    assert all(len(f.evidence) == 1 for f in findings)


@pytest.mark.parametrize("inference", ["rdfs", "none"])
def test_the_pair_validates_with_zero_violations(pair, inference):
    _, ds, _ = pair
    result = validate(ds, inference=inference)
    assert result.conforms and result.violations == 0, result.text


def test_the_pair_fits_every_domain_and_range(pair):
    assert domain_range_conflicts(pair[1]) == []


def test_the_bundled_build_is_one_work_of_one_version_and_validates(built):
    ds = Dataset(default_union=True)
    ds.parse(built.paths.trig, format="trig")
    (work,) = set(ds.subjects(RDF.type, TACB.ReportWork))
    (report,) = set(ds.subjects(RDF.type, TACB.Report))
    assert set(ds.subjects(TACB.reportWork, work)) == {report}
    assert len(set(ds.subjects(RDF.type, TACB.ParagraphWork))) == built.paragraphs + \
        len(set(ds.subjects(RDF.type, TACB.Footnote)))
    assert list(ds.subjects(OWL.sameAs, None)) == []
    result = validate(ds)
    assert result.conforms and result.violations == 0, result.text


def test_a_paragraph_realising_another_numbers_work_is_a_violation(pair):
    _, ds, _ = pair
    bad = Dataset()
    for q in ds.quads((None, None, None, None)):
        bad.add(q)
    g = bad.graph(WORK)
    p1 = URIRef(f"{ZH}/paragraph/1")
    g.remove((p1, TACB.paragraphWork, None))
    g.add((p1, TACB.paragraphWork, paragraph_work_iri(ALIGNMENT["symbol"], "paragraph", 2)))
    result = validate(bad, inference="none")
    assert not result.conforms and "paragraph n realises paragraph work n" in result.text


def test_cli_same_work_with_different_symbols_is_a_one_line_error(tmp_path, capsys):
    other = tmp_path / "other-en.txt"
    other.write_text((PAIR / "pair-en.txt").read_text(encoding="utf-8").replace("A/HRC/55/80", "A/HRC/55/81", 1),
                     encoding="utf-8")
    code = main(["build", "-q", "--same-work", str(PAIR / "pair-zh.txt"), str(other), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err.strip()
    assert code != 0 and len(err.splitlines()) == 1
    assert "--same-work" in err and "A/HRC/55/80 in pair-zh.txt" in err and "A/HRC/55/81 in other-en.txt" in err
    assert not (tmp_path / "out" / "store").exists()


def test_cli_same_work_joins_versions_whose_symbols_differ_or_are_missing(tmp_path, capsys):
    bare = tmp_path / "bare-en.txt"
    bare.write_text((PAIR / "pair-en.txt").read_text(encoding="utf-8").replace("A/HRC/55/80\n", "", 1),
                    encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "-q", str(PAIR / "pair-zh.txt"), str(bare), "--out", str(out)]) == 0
    assert len(select(open_store(out / "store"), "SELECT ?w WHERE { ?w a tacb:ReportWork }")) == 2
    assert main(["build", "-q", "--same-work", str(PAIR / "pair-zh.txt"), str(bare), "--out", str(out)]) == 0
    rows = select(open_store(out / "store"), "SELECT ?w WHERE { ?w a tacb:ReportWork }")
    assert [r["w"].value for r in rows] == [str(WORK)]
