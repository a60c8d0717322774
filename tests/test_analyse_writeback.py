"""Measures written back as RDF into graph/measures, then sorted by SPARQL."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from tacb_graph.analyse.measures import compute_measures
from tacb_graph.analyse.project import project
from tacb_graph.analyse.writeback import MEASURE_PROPERTIES, MEASURES_GRAPH, write_measures
from tacb_graph.errors import StoreError
from tacb_graph.rdf.iris import graph_iri
from tacb_graph.store import open_store, select, write_outputs

FIXTURE = Path(__file__).parent / "fixtures" / "analysis-sample.trig"


@pytest.fixture()
def store_path(tmp_path):
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return write_outputs(ds, tmp_path).store


def test_write_back_then_order_by_pagerank(store_path):
    store = open_store(store_path, read_only=False)
    before = len(store)
    G = project(store, comention=True)
    measures = compute_measures(G)
    n = write_measures(store, measures)
    assert n == len(measures) * len(MEASURE_PROPERTIES)
    assert len(store) == before + n
    rows = select(store, """
        SELECT ?e ?pr ?deg ?wdeg ?bc ?c ?k ?cut WHERE {
          GRAPH ?g { ?e tacb:pagerank ?pr ; tacb:degree ?deg ; tacb:weightedDegree ?wdeg ;
                     tacb:betweenness ?bc ; tacb:community ?c ; tacb:coreNumber ?k ;
                     tacb:isArticulationPoint ?cut }
        } ORDER BY DESC(?pr) ?e""")
    assert [r["e"].value for r in rows] == [m.iri for m in measures]
    assert {r["g"].value for r in select(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?e tacb:pagerank ?pr } }")} \
        == {str(graph_iri("measures"))}
    first, m = rows[0], measures[0]
    assert float(first["pr"].value) == m.pagerank
    assert int(first["deg"].value) == m.degree and int(first["k"].value) == m.core_number
    assert first["cut"].datatype == ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean")
    # writing again replaces the graph rather than adding to it
    write_measures(store, measures[:2])
    assert len(store) == before + 2 * len(MEASURE_PROPERTIES)
    # and it persists
    del store
    again = open_store(store_path)
    assert len(select(again, "SELECT ?e WHERE { ?e tacb:pagerank ?pr }")) == 2


def test_entities_only(store_path):
    store = open_store(store_path, read_only=False)
    measures = compute_measures(project(store, relations=False, bipartite=True))
    write_measures(store, measures)
    rows = select(store, "SELECT ?e WHERE { ?e a tacb:Paragraph ; tacb:pagerank ?pr }")
    assert rows == []


def test_read_only_store_is_a_clean_error(store_path):
    store = open_store(store_path)
    with pytest.raises(StoreError, match="cannot write the measures"):
        write_measures(store, compute_measures(project(store)))
    assert str(MEASURES_GRAPH).endswith("/graph/measures")
