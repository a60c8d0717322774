"""Unit tests of the endpoint's pure parts: Accept parsing, query scanning, job execution."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from tacb_graph.serve.accept import negotiate, parse_accept
from tacb_graph.serve.formats import OFFERS
from tacb_graph.sparqltext import query_form, uses_service
from tacb_graph.serve.worker import Job, execute

FIXTURE = Path(__file__).parent / "fixtures" / "queries-sample.trig"
SELECT, GRAPH = OFFERS["SELECT"], OFFERS["CONSTRUCT"]


@pytest.mark.parametrize("header, offers, expected", [
    (None, SELECT, "application/sparql-results+json"),
    ("", GRAPH, "text/turtle"),
    ("*/*", GRAPH, "text/turtle"),
    ("text/*", SELECT, "text/csv"),
    ("application/sparql-results+json,text/turtle", SELECT, "application/sparql-results+json"),
    ("application/sparql-results+json,text/turtle", GRAPH, "text/turtle"),
    ("application/sparql-results+xml;q=0.9, application/sparql-results+json;q=0.5", SELECT,
     "application/sparql-results+xml"),
    ("text/turtle;q=0.1, application/ld+json", GRAPH, "application/ld+json"),
    ("text/*;q=0.2, application/n-triples", GRAPH, "application/n-triples"),
    ("*/*;q=0.1, text/csv;q=0", SELECT, "application/sparql-results+json"),
    ("text/csv;q=0", ["text/csv"], None),
    ("image/png", SELECT, None),
    ("application/sparql-results+json", GRAPH, None),
    ("text/turtle; charset=utf-8; q=0.7", GRAPH, "text/turtle"),
    ("garbage, ;;, /", SELECT, "application/sparql-results+json"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", SELECT, "application/xml"),
])
def test_negotiate(header, offers, expected):
    assert negotiate(header, offers) == expected


def test_parse_accept_skips_bad_entries():
    ranges = parse_accept("text/turtle;q=2, */html, text/csv;q=abc, application/ld+json;q=0.3")
    assert [(r.type, r.subtype, r.q) for r in ranges] == [("application", "ld+json", 0.3)]


@pytest.mark.parametrize("query, form", [
    ("SELECT * { ?s ?p ?o }", "SELECT"),
    ("prefix ex: <http://ex/> ask { ex:a ?p 'CONSTRUCT' }", "ASK"),
    ("# DELETE everything\nCONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("DESCRIBE <https://w3id.org/tacb/id/state/CHN>", "DESCRIBE"),
    ("PREFIX : <urn:> INSERT DATA { :a :b :c }", "INSERT"),
    ("WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "WITH"),
    ("DROP ALL", "DROP"),
    ("LOAD <http://example.org/x.ttl>", "LOAD"),
    ("nonsense", None),
])
def test_query_form(query, form):
    assert query_form(query) == form


@pytest.mark.parametrize("query, expected", [
    ("SELECT * { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }", True),
    ("select * { service silent <http://x> { ?s ?p ?o } }", True),
    ("SELECT * { ?s ?p 'SERVICE' . ?service <urn:SERVICE> ?o }", False),
    ("PREFIX service: <urn:> SELECT * { service:x ?p ?o } # SERVICE", False),
])
def test_uses_service(query, expected):
    assert uses_service(query) is expected


@pytest.fixture(scope="module")
def mem_store() -> ox.Store:
    s = ox.Store()
    s.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    return s


def test_execute_truncates_and_stays_valid(mem_store):
    reply = execute(mem_store, Job("SELECT ?s ?p ?o { ?s ?p ?o }", "text/tab-separated-values", max_results=7))
    assert reply.status == 200 and reply.truncated
    rows = list(ox.parse_query_results(reply.body, ox.QueryResultsFormat.TSV))
    assert len(rows) == 7


def test_execute_keeps_tricky_literals(mem_store):
    q = 'SELECT ?x { BIND("tab\\there \\"quoted\\"\\nnew line"@zh AS ?x) }'
    reply = execute(mem_store, Job(q, "application/sparql-results+json"))
    (row,) = ox.parse_query_results(reply.body, ox.QueryResultsFormat.JSON)
    assert row["x"] == ox.Literal('tab\there "quoted"\nnew line', language="zh")


def test_execute_dataset_parameters(mem_store):
    g = "https://w3id.org/tacb/id/graph/entities"
    count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    only = execute(mem_store, Job(count, "text/csv", default_graphs=(g,)))
    union = execute(mem_store, Job(count, "text/csv"))
    assert int(only.body.split()[1]) < int(union.body.split()[1])
    named = execute(mem_store, Job("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", "text/csv", named_graphs=(g,)))
    assert named.body.decode().split() == ["g", g]
    assert execute(mem_store, Job(count, None, default_graphs=("not an iri",))).status == 400


def test_execute_errors(mem_store):
    assert execute(mem_store, Job("SELECT WHERE", None)).status == 400
    assert execute(mem_store, Job("ASK {}", "text/turtle")).status == 406
    assert execute(mem_store, Job("ASK {}", "application/sparql-results+json")).body == b'{"head":{},"boolean":true}'


def test_doctests():
    import doctest

    import tacb_graph.serve.accept as accept
    import tacb_graph.serve.describe as describe
    import tacb_graph.serve.formats as formats
    import tacb_graph.serve.worker as worker
    import tacb_graph.store as store

    for module in (accept, describe, formats, worker, store):
        assert doctest.testmod(module).failed == 0, module.__name__
