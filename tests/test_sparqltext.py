"""The SPARQL lexer reads comments, IRIs, strings and names the way Oxigraph's parser does."""

from __future__ import annotations

import doctest

import pyoxigraph as ox
import pytest

import tacb_graph.sparqltext as sparqltext
from tacb_graph.sparqltext import keywords, names_dataset, query_form, tokens, uses_service


def test_doctests():
    assert doctest.testmod(sparqltext).failed == 0


@pytest.mark.parametrize("sparql, words", [
    # a comment ends at \r as well as at \n
    ("SELECT * WHERE { # note\rSERVICE <urn:s> { ?a ?b ?c } }", ["SELECT", "WHERE", "SERVICE"]),
    # \u escapes are part of an IRI, and so is a # after them
    ("SELECT * WHERE { BIND(<urn:a\\u0041#> AS ?x) SERVICE <urn:s> {} }", ["SELECT", "WHERE", "BIND", "AS", "SERVICE"]),
    # a \# escape is part of a prefixed name, not a comment
    ("PREFIX ex: <urn:> SELECT * { ?s ex:a\\#b ?o . SERVICE <urn:s> {} }", ["PREFIX", "SELECT", "SERVICE"]),
    # long strings may hold quotes and #
    ('SELECT * { BIND("""a # "" b""" AS ?x) SERVICE <urn:s> {} }', ["SELECT", "BIND", "AS", "SERVICE"]),
    ("SELECT * { BIND('it\\'s # x' AS ?x) SERVICE <urn:s> {} }", ["SELECT", "BIND", "AS", "SERVICE"]),
    # a language tag is not a keyword
    ('SELECT * { ?s ?p "x"@service }', ["SELECT"]),
    # a < that is a comparison does not open an IRI
    ("SELECT * { FILTER(?a < ?b) SERVICE <urn:s> {} }", ["SELECT", "FILTER", "SERVICE"]),
    # \u outside IRIs and strings is not decoded (Oxigraph refuses it), so it is no keyword
    ("SELECT * { \\u0053ERVICE <urn:s> {} }", ["SELECT", "U0053ERVICE"]),
])
def test_keywords(sparql, words):
    assert keywords(sparql) == words


def test_tokens_cover_the_text():
    q = "PREFIX ex: <urn:x#> SELECT ?s (COUNT(*) AS ?n) WHERE { ?s a ex:C ; ex:p 1.5e3, 'x'@zh-Hant , _:b } # end"
    kinds = [t.kind for t in tokens(q)]
    assert kinds.count("iri") == 1 and kinds.count("pname") == 3 and kinds.count("var") == 3
    assert ("lang", "@zh-Hant") in tokens(q) and ("bnode", "_:b") in tokens(q)


@pytest.mark.parametrize("sparql, form", [
    ("BASE <urn:> PREFIX a: <urn:a> # INSERT\rSELECT * {}", "SELECT"),
    ("# SELECT\rINSERT DATA { <urn:a> <urn:b> <urn:c> }", "INSERT"),
    ("load <urn:x>", "LOAD"),
])
def test_query_form(sparql, form):
    assert query_form(sparql) == form


@pytest.mark.parametrize("sparql", [
    "SELECT * FROM <urn:g> WHERE {}",
    "select * from named <urn:g> {}",
    "CONSTRUCT { ?s ?p ?o } FROM <urn:g> WHERE { ?s ?p ?o }",
    "DESCRIBE <urn:a> FROM <urn:g>",
    "ASK FROM <urn:g> {}",
    "SELECT * # x\rFROM <urn:g> {}",
])
def test_names_dataset_agrees_with_oxigraph(sparql):
    assert names_dataset(sparql)
    ox.Store().query(sparql)  # and Oxigraph reads it as a query with a dataset clause


@pytest.mark.parametrize("sparql", [
    "SELECT * WHERE { ?s <urn:from> ?o }",
    "SELECT * WHERE { ?s ?p 'FROM <urn:g>' }",
    "SELECT ?from WHERE { ?from ?p ?o }",
    "PREFIX from: <urn:> SELECT * WHERE { from:x ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o } # FROM <urn:g>",
])
def test_names_no_dataset(sparql):
    assert not names_dataset(sparql)
    ox.Store().query(sparql)


def test_service_inside_strings_and_names_is_not_service():
    assert not uses_service("SELECT ?service { ?service <urn:SERVICE> 'SERVICE' } # SERVICE")
    assert uses_service("select * { { select * { service silent <urn:s> {} } } }")
