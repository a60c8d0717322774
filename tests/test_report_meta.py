"""The report's metadata end to end: the report node in RDF, `build` flags and
metadata files, warnings on stderr, and `stats`."""

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from tacb_graph.cli import main
from tacb_graph.namespaces import TACB
from tacb_graph.pipeline import extract, to_rdf
from tacb_graph.rdf.iris import ENTITIES_GRAPH, entity_iri, report_iri, session_iri
from tacb_graph.rdf.validate import validate

HERE = Path(__file__).resolve().parent
LAYOUTS = HERE / "fixtures" / "layouts"


@pytest.fixture(scope="module")
def zh_pdf():
    rec = extract(LAYOUTS / "zh-pdf.txt")
    return rec, to_rdf([rec])


def test_report_node_carries_the_front_page(zh_pdf):
    _rec, ds = zh_pdf
    rep = report_iri("A/HRC/29/47/zh")  # its symbol and language, not its file name
    g = ds.graph(rep)
    title = Literal("受教育权问题特别报告员的报告", lang="zh")
    assert set(g.objects(rep, RDFS.label)) == {title}  # the title, not the file name
    assert (rep, DCTERMS.title, title) in g
    assert (rep, TACB.symbol, Literal("A/HRC/29/47")) in g
    assert (rep, RDFS.seeAlso, URIRef("https://undocs.org/A/HRC/29/47")) in g
    assert (rep, DCTERMS.date, Literal("2015-04-14", datatype=XSD.date)) in g
    assert (rep, DCTERMS.language, Literal("zh", datatype=XSD.language)) in g
    assert (rep, TACB.originalLanguage, Literal("en", datatype=XSD.language)) in g
    assert (rep, DCTERMS.creator, entity_iri("org/sr-education")) in g
    assert (rep, TACB.agendaItem, Literal("3")) in g
    assert (rep, TACB.agendaItemTitle, None) in g
    assert (rep, TACB.jobNumber, Literal("GE.15-07781")) in g
    assert (rep, TACB.layout, Literal("pdf")) in g
    assert (rep, TACB.submittedPursuantTo, entity_iri("resolution/A/HRC/RES/26/17")) in g
    assert (rep, TACB.requestedBy, entity_iri("org/hrc")) in g


def test_session_node(zh_pdf):
    _rec, ds = zh_pdf
    s = session_iri("org/hrc", 29)
    assert str(s) == "https://w3id.org/tacb/id/session/hrc/29"
    assert (report_iri("A/HRC/29/47/zh"), TACB.atSession, s) in ds.graph(report_iri("A/HRC/29/47/zh"))
    eg = ds.graph(ENTITIES_GRAPH)
    assert (s, RDF.type, TACB.Session) in eg and (s, TACB.sessionOf, entity_iri("org/hrc")) in eg
    assert (s, TACB.sessionNumber, Literal(29)) in eg
    assert {str(x) for x in eg.objects(s, RDFS.label)} == {"人权理事会第二十九届会议",
                                                             "Human Rights Council, twenty-ninth session"}


def test_mandate_resolution_is_described_even_when_no_paragraph_cites_it(zh_pdf):
    rec, ds = zh_pdf
    res = entity_iri("resolution/A/HRC/RES/26/17")
    eg = ds.graph(ENTITIES_GRAPH)
    assert (res, RDF.type, TACB.Resolution) in eg and (res, TACB.symbol, Literal("A/HRC/RES/26/17")) in eg
    assert Literal("人权理事会第 26/17 号决议", lang="zh") in set(eg.objects(res, RDFS.label))


def test_graph_with_metadata_validates(zh_pdf):
    _rec, ds = zh_pdf
    result = validate(ds)
    assert result.conforms, result.text


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "tacb_graph", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def test_build_prints_warnings_and_stats_shows_the_metadata(tmp_path, capsys):
    out = tmp_path / "out"
    proc = run_cli("build", LAYOUTS / "en-pdf.txt", "--out", out, "-q")
    assert proc.returncode == 0, proc.stderr
    warnings = [l for l in proc.stderr.splitlines() if l.startswith("tacb-graph: warning: en-pdf.txt: ")]
    assert any("page furniture" in w for w in warnings) and any("table of contents" in w for w in warnings)
    assert main(["stats", "--store", str(out / "store")]) == 0
    text = capsys.readouterr().out
    for expected in ("tacb:Session", "symbol", "A/HRC/29/47", "Report of the Special Rapporteur on the right to education",
                     "Human Rights Council, twenty-ninth session", "Human Rights Council resolution 26/17",
                     "agenda item", "GE.15-07781", "layout", "pdf", "2015-04-14"):
        assert expected in text, expected


def test_build_flags_win_over_the_metadata_file_and_the_front_page(tmp_path, capsys):
    report = tmp_path / "report.txt"
    report.write_text((LAYOUTS / "en-web.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "report.meta.json").write_text('{"symbol": "A/HRC/30/9", "title": "File title", "date": "2015-09-01"}',
                                               encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(report), "--out", str(out), "-q", "--title", "Flag title", "--session", "hrc/31"]) == 0
    capsys.readouterr()
    assert main(["query", "SELECT ?l ?s ?d ?n WHERE { ?r a tacb:Report ; rdfs:label ?l ; tacb:symbol ?s ; "
                 "dcterms:date ?d ; tacb:atSession/tacb:sessionNumber ?n }", "--store", str(out / "store"),
                 "--format", "csv"]) == 0
    assert "Flag title,A/HRC/30/9,2015-09-01,31" in capsys.readouterr().out


@pytest.mark.parametrize("more, args, message", [
    ([], ["--date", "1 May 2020"], "not a date written YYYY-MM-DD"),
    ([], ["--session", "hrc/x"], "not a session number"),
    ([LAYOUTS / "en-web.txt"], ["--symbol", "A/HRC/1/1"], "describe one report"),
])
def test_bad_flags_are_one_line_errors(tmp_path, more, args, message):
    proc = run_cli("build", LAYOUTS / "en-clean.txt", *more, *args, "--out", tmp_path / "o", "-q")
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    errors = [l for l in proc.stderr.splitlines() if l.strip()]
    assert len(errors) == 1 and errors[0].startswith("tacb-graph: error:") and message in errors[0]
