"""Which graphs a query reads: FROM / FROM NAMED, the protocol's graph parameters, the union.

The reference is pyoxigraph itself: a query that names its dataset must give
what ``Store.query`` gives for it with no options, in ``run_query``, over HTTP
and in the CLI; a query that names none reads the union of all named graphs.
"""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest

from tacb_graph.cli import main
from tacb_graph.sandbox import isolation_available
from tacb_graph.serve import ServeConfig
from tacb_graph.store import dataset_options, run_query

from serving import query, running

P = ox.NamedNode("urn:p")
G1, G2, G3 = (ox.NamedNode(f"urn:g{i}") for i in (1, 2, 3))


def _quads() -> list[ox.Quad]:
    a, b, c, d = (ox.NamedNode(f"urn:{x}") for x in "abcd")
    one, two, three = (ox.Literal(str(i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
                       for i in (1, 2, 3))
    return [ox.Quad(a, P, one, G1), ox.Quad(b, P, two, G1),
            ox.Quad(a, P, one, G2), ox.Quad(c, P, three, G2),  # (a p 1) is stated in g1 and g2
            ox.Quad(d, P, three, G3)]


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    s.extend(_quads())
    return s


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("dataset") / "store"
    s = ox.Store(str(path))
    s.extend(_quads())
    s.flush()
    del s
    return path


def rows(results) -> Counter:
    """Results as a bag of comparable rows (or the boolean, or the triples)."""
    if isinstance(results, ox.QueryBoolean):
        return Counter([bool(results)])
    if isinstance(results, ox.QuerySolutions):
        return Counter(tuple(str(v) for v in r) for r in results)
    return Counter(str(t) for t in results)


NAMING = [
    "SELECT ?s ?o FROM <urn:g1> WHERE { ?s ?p ?o }",
    "SELECT ?s ?o FROM <urn:g1> FROM <urn:g2> WHERE { ?s ?p ?o }",
    "SELECT ?g ?s FROM NAMED <urn:g2> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT ?s ?g FROM <urn:g1> FROM NAMED <urn:g2> WHERE { ?s ?p ?o OPTIONAL { GRAPH ?g { ?s ?p ?o } } }",
    "SELECT ?s FROM NAMED <urn:g1> WHERE { ?s ?p ?o }",
    "SELECT ?g FROM <urn:g3> WHERE { GRAPH ?g { ?s ?p ?o } }",
    "ASK FROM <urn:g2> { <urn:c> ?p ?o }",
    "ASK FROM <urn:g1> { <urn:c> ?p ?o }",
    "CONSTRUCT { ?s ?p ?o } FROM <urn:g2> WHERE { ?s ?p ?o }",
    "DESCRIBE <urn:a> FROM <urn:g1>",
    "select ?s from<urn:g3> where{?s ?p ?o}",
    "SELECT ?s # FROM <urn:g2>\rFROM <urn:g1> WHERE { ?s ?p ?o }",
    "SELECT ?s FROM <urn:g1> WHERE { { SELECT ?s WHERE { ?s ?p ?o } } }",
]
UNNAMED = [
    "SELECT ?s ?o WHERE { ?s ?p ?o }",
    "SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }",
    "SELECT ?s WHERE { ?s ?p ?o } # FROM <urn:g1>",
    "SELECT ?s WHERE { ?s <urn:from> ?o . ?s ?p 'FROM <urn:g1>' }",
    "ASK { <urn:d> ?p ?o }",
]


@pytest.mark.parametrize("sparql", NAMING)
def test_a_query_that_names_its_dataset_gets_it(store, sparql):
    assert dataset_options(sparql) == {}
    assert rows(run_query(store, sparql)) == rows(store.query(sparql))


@pytest.mark.parametrize("sparql", UNNAMED)
def test_a_query_that_names_none_reads_the_union(store, sparql):
    assert rows(run_query(store, sparql)) == rows(store.query(sparql, use_default_graph_as_union=True))


def test_the_union_is_a_bag(store):
    """Documented: a triple stated in two graphs matches twice; DISTINCT counts it once."""
    assert rows(run_query(store, "SELECT ?o WHERE { <urn:a> ?p ?o }")) == Counter({('"1"^^<http://www.w3.org/2001/XMLSchema#integer>',): 2})
    assert len(list(run_query(store, "SELECT DISTINCT ?o WHERE { <urn:a> ?p ?o }"))) == 1


@pytest.mark.parametrize("sparql", NAMING[:4] + UNNAMED[:2])
def test_protocol_graphs_win_over_from(store, sparql):
    got = run_query(store, sparql, default_graphs=["urn:g2"], named_graphs=["urn:g3"])
    assert rows(got) == rows(store.query(sparql, default_graph=[G2], named_graphs=[G3]))
    only_named = run_query(store, sparql, named_graphs=["urn:g1"])  # default graph: empty
    assert rows(only_named) == rows(store.query(sparql, default_graph=[], named_graphs=[G1]))


needs_isolation = pytest.mark.skipif(not isolation_available(), reason="no network namespaces on this machine")


@needs_isolation
def test_over_http(store, store_path):
    with running(ServeConfig(str(store_path), timeout=10)) as (base, _):
        for sparql in NAMING[:6] + UNNAMED[:2]:
            status, _, body = query(base, sparql, "get", "text/tab-separated-values")
            assert status == 200
            got = ox.parse_query_results(body, ox.QueryResultsFormat.TSV)
            assert rows(got) == rows(run_query(store, sparql)), sparql
        # default-graph-uri / named-graph-uri replace FROM / FROM NAMED
        sparql = "SELECT ?s FROM <urn:g1> WHERE { ?s ?p ?o }"
        status, _, body = query(base, sparql, "form", "text/csv", extra={"default-graph-uri": "urn:g3"})
        assert body.decode().split() == ["s", "urn:d"]
        status, _, body = query(base, sparql, "direct", "text/csv", extra={"named-graph-uri": "urn:g3"})
        assert body.decode().split() == ["s"]


@needs_isolation
def test_cli_query_honours_from(store_path, capsys):
    assert main(["query", "--store", str(store_path), "--format", "csv",
                 "SELECT ?s FROM <urn:g3> WHERE { ?s ?p ?o }"]) == 0
    assert capsys.readouterr().out.split() == ["s", "urn:d"]
    assert main(["query", "--store", str(store_path), "--format", "csv",
                 "SELECT DISTINCT ?s WHERE { ?s ?p ?o } ORDER BY ?s"]) == 0
    assert capsys.readouterr().out.split() == ["s", "urn:a", "urn:b", "urn:c", "urn:d"]
