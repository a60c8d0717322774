"""The research query library: files, parameters, safe binding, and the CLI."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from tacb_graph.cli import main
from tacb_graph.errors import TacbError
from tacb_graph.library import get_query, list_queries, parse_params, parse_query_file, run_named, to_term

FIXTURE = Path(__file__).parent / "fixtures" / "queries-sample.trig"


@pytest.fixture(scope="module")
def mem_store() -> ox.Store:
    s = ox.Store()
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return s


def test_at_least_twelve_documented_queries():
    queries = list_queries()
    assert len(queries) >= 12
    for q in queries:
        assert q.title and q.question.endswith("?"), q.name
        assert q.bind({}) == q.sparql, f"{q.name}: VALUES lines differ from the declared defaults"
        for p in q.params:
            assert p.description and p.default, (q.name, p.name)


def test_every_query_parses(mem_store):
    for q in list_queries():
        run_named(mem_store, q.name)


def test_header_parsing_and_errors():
    text = "# title: T\n# question: Q?\n# param: x — an x (default 3)\nSELECT ?x {\n  VALUES ?x { 3 }\n}\n"
    q = parse_query_file("t", text)
    assert (q.title, q.question, q.params[0].name, q.params[0].default) == ("T", "Q?", "x", "3")
    assert "VALUES ?x { 7 }" in q.bind({"x": "7"})
    with pytest.raises(TacbError, match="no 'VALUES"):
        parse_query_file("t", text.replace("VALUES ?x { 3 }", ""))
    with pytest.raises(TacbError, match="title"):
        parse_query_file("t", "# question: Q?\nASK {}")
    with pytest.raises(TacbError, match="unknown parameter 'y'"):
        q.bind({"y": "1"})
    with pytest.raises(TacbError, match="no query named"):
        get_query("no-such-query")


@pytest.mark.parametrize("value, term", [
    ("中国", ox.Literal("中国")),
    ("<https://w3id.org/tacb/id/state/CHN>", ox.NamedNode("https://w3id.org/tacb/id/state/CHN")),
    ("https://w3id.org/tacb/id/org/ohchr", ox.NamedNode("https://w3id.org/tacb/id/org/ohchr")),
    ("tacb:Fund", ox.NamedNode("https://w3id.org/tacb/ontology#Fund")),
    ("42", ox.Literal("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
    ("A/HRC/RES/37/23", ox.Literal("A/HRC/RES/37/23")),
    ("unknown:thing", ox.Literal("unknown:thing")),
])
def test_to_term(value, term):
    assert to_term(value) == term


def test_bad_iri_is_a_clean_error():
    with pytest.raises(TacbError, match="not a valid IRI"):
        to_term("<https://x/a b>")


@pytest.mark.parametrize("evil", [
    '"} } DELETE WHERE { ?s ?p ?o } #',
    "中国\" } ?s ?p ?o . FILTER(true) #",
    "\\\" }\n}\nSELECT * {",
    "> } SERVICE <http://evil/> {",
])
def test_values_are_never_pasted_as_sparql(mem_store, evil):
    sparql = get_query("partners").bind({"entity": evil})
    assert list(ox.Store().query(sparql, prefixes={"tacb": "https://w3id.org/tacb/ontology#",
                                                    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
                                                    "skos": "http://www.w3.org/2004/02/skos/core#",
                                                    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#"})) == []
    assert list(run_named(mem_store, "partners", {"entity": evil})) == []


def test_parse_params():
    assert parse_params(["a=中国", "b=x=y", "c="]) == {"a": "中国", "b": "x=y", "c": ""}
    with pytest.raises(TacbError, match="key=value"):
        parse_params(["novalue"])


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("library") / "store"
    s = ox.Store(str(path))
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    s.flush()
    return path


def test_cli_list(capsys):
    assert main(["query", "--list"]) == 0
    out = capsys.readouterr().out
    for q in list_queries():
        assert q.name in out and q.title in out


def test_cli_name_and_params(capsys, disk_store):
    args = ["query", "--store", str(disk_store), "--name", "co-mentions", "--param", "a=OHCHR", "--param", "b=HTI",
            "--format", "csv"]
    assert main(args) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "paragraph,number,text" and out[1].startswith("¶8,8,")


def test_cli_errors_are_one_line(capsys, disk_store):
    assert main(["query", "--store", str(disk_store), "--name", "nope"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no query named 'nope'" in err
    assert main(["query", "--store", str(disk_store), "--name", "partners", "--param", "who=x"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "unknown parameter 'who'" in err
    assert main(["query", "--store", str(disk_store), "--param", "a=b", "ASK {}"]) != 0
    assert "--param goes with --name" in capsys.readouterr().err


def _bag(results) -> Counter:
    # GROUP_CONCAT joins in no fixed order: compare its parts as a set
    return Counter(tuple(frozenset(v.value.split(", ")) if isinstance(v, ox.Literal) else v for v in row)
                   for row in results)


def test_no_duplicate_rows_on_the_bundled_report(store):
    """The union default graph is a bag (a triple stated in two paragraphs matches twice);
    every research query still answers each row once, exactly as over the set of triples."""
    as_set = ox.Store()
    as_set.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                  for t in store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert len(as_set) < len(store)  # the bundled report does state triples in several graphs
    for q in list_queries():
        got = [tuple(str(v) for v in row) for row in run_named(store, q.name)]
        assert len(got) == len(set(got)), f"{q.name}: duplicate rows"
        assert _bag(run_named(store, q.name)) == _bag(run_named(as_set, q.name)), q.name
