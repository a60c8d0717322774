"""RDF stage: golden graphs (compared with rdflib.compare.isomorphic), IRIs, SHACL."""

from pathlib import Path

import pytest
from rdflib import RDF, BNode, Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from tacb_graph.namespaces import TACB
from tacb_graph.rdf.build import BuildInfo, to_dataset
from tacb_graph.rdf.iris import ENTITIES_GRAPH, entity_iri, footnote_iri, paragraph_iri
from tacb_graph.rdf.validate import validate
from tacb_graph.read import read_source
from tacb_graph.recognise import recognise
from tacb_graph.segment import segment

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
MINI = HERE / "fixtures" / "gazetteer-mini"


def _graphs(ds: Dataset) -> dict[str, Graph]:
    out = {}
    for g in ds.graphs():
        if len(g):
            copy = Graph()
            for t in g:
                copy.add(t)
            out[str(g.identifier)] = copy
    return out


def assert_same_dataset(actual: Dataset, expected: Dataset) -> None:
    a, e = _graphs(actual), _graphs(expected)
    assert sorted(a) == sorted(e), "named graphs differ"
    for name in e:
        if not isomorphic(a[name], e[name]):
            _both, only_a, only_e = graph_diff(to_isomorphic(a[name]), to_isomorphic(e[name]))
            pytest.fail(
                f"graph {name} differs\nonly in actual:\n{only_a.serialize(format='nt')}\n"
                f"only in expected:\n{only_e.serialize(format='nt')}"
            )


def _mini_dataset() -> Dataset:
    from tacb_graph.relate import relate

    rec = relate(recognise(segment(read_source(GOLDEN / "mini-report.txt")), str(MINI)))
    return to_dataset(rec, BuildInfo("0.1.0"))


def test_golden_mini_report():
    expected = Dataset()
    expected.parse(GOLDEN / "mini-report.trig", format="trig")
    assert_same_dataset(_mini_dataset(), expected)


def test_mini_report_validates():
    result = validate(_mini_dataset())
    assert result.conforms, result.text


def test_facts_live_in_their_paragraph_graph():
    ds = _mini_dataset()
    p2 = paragraph_iri("mini-report", 2)
    g = ds.graph(p2)
    assert (p2, TACB.mentions, entity_iri("state/CHN")) in g
    # entity descriptions are in the entities graph, not in paragraph graphs
    assert (entity_iri("state/CHN"), TACB.iso3, None) not in g
    assert (entity_iri("state/CHN"), TACB.iso3, None) in ds.graph(ENTITIES_GRAPH)


def test_no_blank_nodes():
    ds = _mini_dataset()
    for s, p, o, g in ds.quads((None, None, None, None)):
        assert not any(isinstance(term, BNode) for term in (s, o, g))


def test_iris_are_deterministic():
    assert _mini_dataset().serialize(format="nquads") == _mini_dataset().serialize(format="nquads")


def test_bundled_report_validates_with_zero_violations(extracted):
    from tacb_graph.pipeline import to_rdf

    result = validate(to_rdf([extracted]))
    assert result.conforms, result.text


def test_every_relation_lives_in_its_paragraph_graph(extracted):
    from tacb_graph.pipeline import to_rdf

    ds = to_rdf([extracted])
    for r in extracted.relations:
        g = ds.graph(paragraph_iri("tacb-report-zh", r.number) if r.unit == "paragraph"
                     else footnote_iri("tacb-report-zh", r.number))
        if r.modality == "Reported":
            assert (None, TACB[r.predicate], None) in g, r
        else:  # only a fact node: what was requested, recommended, planned or denied did not happen
            assert (None, RDF.predicate, TACB[r.predicate]) in g, r
            assert (None, TACB.modality, TACB[r.modality]) in g, r
    # and the fact node carries the sentence it came from
    facts = list(ds.quads((None, RDF.type, RDF.Statement, None)))
    assert facts and all((f, TACB.quote, None) in ds.graph(g) for f, _p, _o, g in facts)


def test_a_requested_fact_is_never_a_plain_edge():
    from rdflib import URIRef

    from tacb_graph.records import Recognised, Relation, Segmented, Source

    src = Source("r.txt", "r", "", "0" * 64, "utf-8", 0)
    rec = Recognised(Segmented(src, (), (), ()), (), (), (
        Relation("org/ohchr", "assists", "state/LBY", "paragraph", 1, "…请人权高专办向利比亚提供技术援助。", None,
                 "Requested", "org/hrc"),
        Relation("org/ohchr", "assists", "state/HTI", "paragraph", 1, "人权高专办协助海地。"),
    ))
    ds = to_dataset(rec, BuildInfo("0"))
    g = ds.graph(paragraph_iri("r", 1))
    assert (entity_iri("org/ohchr"), TACB.assists, entity_iri("state/LBY")) not in g
    assert (entity_iri("org/ohchr"), TACB.assists, entity_iri("state/HTI")) in g
    (fact,) = g.subjects(RDF.object, entity_iri("state/LBY"))
    assert (fact, TACB.modality, TACB.Requested) in g and (fact, TACB.requestedBy, entity_iri("org/hrc")) in g
    assert isinstance(fact, URIRef) and "/fact/" in str(fact)


def test_fact_iris_come_from_what_they_state():
    """The same fact gets the same IRI whatever else its paragraph states."""
    from tacb_graph.records import Recognised, Relation, Segmented, Source

    src = Source("r.txt", "r", "", "0" * 64, "utf-8", 0)
    one = Relation("org/ohchr", "assists", "state/HTI", "paragraph", 1, "人权高专办协助海地。")
    other = Relation("org/undp", "assists", "state/HTI", "paragraph", 1, "开发署协助海地。")

    def iris(*rels):
        ds = to_dataset(Recognised(Segmented(src, (), (), ()), (), (), rels), BuildInfo("0"))
        g = ds.graph(paragraph_iri("r", 1))
        return {str(f) for f in g.subjects(RDF.subject, entity_iri("org/ohchr"))}

    assert iris(one) == iris(other, one)
