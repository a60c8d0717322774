"""The tacb-graph command end to end on the bundled report, and its errors."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from tacb_graph.cli import main

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "data" / "tacb-report-zh.txt"


def run_cli(*args, cwd=None):
    """Run the real console entry point in a subprocess."""
    proc = subprocess.run(
        [sys.executable, "-m", "tacb_graph", *map(str, args)],
        capture_output=True, text=True, cwd=cwd, timeout=300,
    )
    return proc


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    out = tmp_path_factory.mktemp("cli") / "out"
    proc = run_cli("build", "--out", out)
    assert proc.returncode == 0, proc.stderr
    assert "built" in proc.stdout
    return out


def test_build_writes_all_outputs(out):
    for name in ("tacb.trig", "tacb.ttl", "tacb.jsonld"):
        assert (out / name).stat().st_size > 1000, name
    assert (out / "store").is_dir()
    ds = Dataset()
    ds.parse(out / "tacb.trig", format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    paragraph_graphs = {n for n in names if "/paragraph/" in n}
    assert len(paragraph_graphs) > 100  # every paragraph that names something
    assert any(n.endswith("/graph/entities") for n in names)
    json.loads((out / "tacb.jsonld").read_text(encoding="utf-8"))


def test_build_shows_progress(out, tmp_path):
    proc = run_cli("build", "--out", tmp_path / "o")
    assert proc.returncode == 0
    assert "reading 1 report(s)" in proc.stderr and "writing the store" in proc.stderr
    assert "(1 read; 116 paragraphs" in proc.stdout
    quiet = run_cli("build", "--out", tmp_path / "q", "-q")
    assert quiet.returncode == 0 and quiet.stderr == ""


def test_query_formats(out, capsys):
    q = "SELECT ?iso WHERE { ?s a tacb:State ; tacb:iso3 ?iso } ORDER BY ?iso LIMIT 3"
    for fmt in ("table", "csv", "json", "tsv", "xml"):
        assert main(["query", q, "--store", str(out / "store"), "--format", fmt]) == 0
    text = capsys.readouterr().out
    assert "AUS" in text and '"bindings"' in text and "iso\r\n" in text


def test_query_from_file(out, tmp_path, capsys):
    f = tmp_path / "q.rq"
    f.write_text("ASK { ?s tacb:iso3 \"CHN\" }", encoding="utf-8")
    assert main(["query", "-f", str(f), "--store", str(out / "store")]) == 0
    assert capsys.readouterr().out.strip() == "true"


def test_construct_query(out, capsys):
    q = "CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s tacb:iso3 \"CHN\" ; rdfs:label ?l }"
    assert main(["query", q, "--store", str(out / "store"), "--format", "turtle"]) == 0
    assert "中国" in capsys.readouterr().out


def test_stats(out, capsys):
    assert main(["stats", "--store", str(out / "store")]) == 0
    text = capsys.readouterr().out
    assert "tacb:Paragraph" in text and "116" in text and "tacb:State" in text


def test_malformed_query_is_one_line(out, capsys):
    assert main(["query", "SELECT WHERE {", "--store", str(out / "store")]) != 0
    err = capsys.readouterr().err.strip()
    assert err.startswith("tacb-graph: error: malformed query") and "\n" not in err


def test_missing_store(tmp_path, capsys):
    assert main(["query", "ASK {}", "--store", str(tmp_path / "nope")]) != 0
    assert "run `tacb-graph build` first" in capsys.readouterr().err


def _snapshot(out: Path) -> dict:
    return {p.relative_to(out).as_posix(): (p.stat().st_size, p.stat().st_mtime_ns)
            for p in sorted(out.rglob("*")) if p.is_file()}


def _bad_input(kind: str, d: Path) -> Path:
    p = d / f"{kind}.txt"
    if kind == "missing":
        return d / "does-not-exist.txt"
    if kind == "directory":
        return d
    if kind == "empty":
        p.write_bytes(b"")
    elif kind == "binary":
        p.write_bytes(bytes(range(256)) * 8)
    elif kind == "encoding":
        p.write_bytes("1. Déclaration é".encode("latin-1"))
    elif kind == "no-paragraphs":
        p.write_text("没有编号的文字。\n", encoding="utf-8")
    return p


BAD_INPUTS = ["missing", "directory", "empty", "binary", "encoding", "no-paragraphs"]


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_bad_input_leaves_previous_store_untouched(out, tmp_path, kind):
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    path = _bad_input(kind, bad_dir)
    before = _snapshot(out)
    proc = run_cli("build", path, "--out", out)
    assert proc.returncode != 0
    lines = [l for l in proc.stderr.splitlines() if l.startswith("tacb-graph:")]  # not the progress lines
    assert len(lines) == 1 and lines[0].startswith("tacb-graph: error:"), proc.stderr
    assert "Traceback" not in proc.stderr
    assert _snapshot(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".build-")]


def test_oversized_input_is_refused_quickly(out, tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    proc = run_cli("build", big, "--out", out)
    assert proc.returncode != 0 and "limit" in proc.stderr


def test_gb18030_gives_the_same_graph(tmp_path):
    """The same text in two encodings: two files (two hashes), the same graph once both
    are given the same symbol (the report IRI comes from it)."""
    from tacb_graph.pipeline import extract, to_rdf
    from tacb_graph.rdf.iris import report_iri

    (tmp_path / "u").mkdir()
    (tmp_path / "g").mkdir()
    text = REPORT.read_text(encoding="utf-8")
    (tmp_path / "u" / "r.txt").write_text(text, encoding="utf-8")
    (tmp_path / "g" / "r.txt").write_bytes(text.encode("gb18030"))
    for d in ("u", "g"):
        (tmp_path / d / "r.meta.json").write_text('{"symbol": "A/HRC/99/1"}', encoding="utf-8")
    a = to_rdf([extract(tmp_path / "u" / "r.txt")])
    b = to_rdf([extract(tmp_path / "g" / "r.txt")])
    skip = report_iri("A/HRC/99/1/zh")  # holds the source hash and encoding, which differ by design
    ga = {str(g.identifier): g for g in a.graphs() if g.identifier != skip and len(g)}
    gb = {str(g.identifier): g for g in b.graphs() if g.identifier != skip and len(g)}
    assert ga.keys() == gb.keys() and len(ga) > 100
    for k in ga:
        assert isomorphic(ga[k], gb[k]), k


def test_every_cli_command_is_documented():
    from tacb_graph.cli import build_parser

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in sub.choices:
        assert f"tacb-graph {name}" in readme, name


def test_build_says_when_a_language_has_no_word_lists(tmp_path):
    report = tmp_path / "en-report.txt"
    report.write_text("I. Introduction\n\n1. The Human Rights Council adopted resolution 37/23 in 2018.\n",
                      encoding="utf-8")
    proc = run_cli("build", report, "--out", tmp_path / "out", "--lang", "en", "-q")
    assert proc.returncode == 0, proc.stderr
    if not __import__("tacb_graph.config", fromlist=["x"]).load_language("en").has_relations:
        assert "no relation or stance word lists for English" in proc.stderr


def test_build_refuses_an_unknown_language(tmp_path):
    proc = run_cli("build", "--out", tmp_path / "out", "--lang", "xx")
    assert proc.returncode != 0 and "no language data for 'xx'" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_command_runs_with_batch_collector_thresholds_and_restores_them(tmp_path, monkeypatch):
    import gc

    from tacb_graph import cli

    seen = []
    real = cli.build_parser

    def parser():
        p = real()
        seen.append(gc.get_threshold())
        return p

    monkeypatch.setattr(cli, "build_parser", parser)
    before = gc.get_threshold()
    assert main(["query", "--store", str(tmp_path / "none"), "ASK {}"]) != 0  # no store: an error, still restored
    assert seen == [cli.GC_THRESHOLDS] and gc.get_threshold() == before


def test_the_program_exits_with_the_commands_code_and_freezes_what_it_made(tmp_path, monkeypatch):
    import gc

    from tacb_graph import cli

    monkeypatch.setattr(sys, "argv", ["tacb-graph", "query", "--store", str(tmp_path / "none"), "ASK {}"])
    before = gc.get_threshold()
    try:
        with pytest.raises(SystemExit) as exited:
            cli.run()
        assert exited.value.code != 0  # no store: the command's error code
        assert gc.get_freeze_count() > 0 and gc.get_threshold() == before
    finally:
        gc.unfreeze()  # this process goes on: let the collector see those objects again
