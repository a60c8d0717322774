"""RDF stage: golden graphs (compared with rdflib.compare.isomorphic), IRIs, SHACL."""

from pathlib import Path

import pytest
from rdflib import RDF, BNode, Dataset, Graph, Literal
from rdflib.namespace import PROV
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from tacb_graph.namespaces import ORG, TACB
from tacb_graph.rdf.build import BuildInfo, key_of, to_dataset
from tacb_graph.rdf.iris import ENTITIES_GRAPH, entity_iri, footnote_iri, paragraph_iri, report_iri, report_key
from tacb_graph.rdf.validate import domain_range_conflicts, validate
from tacb_graph.read import read_source
from tacb_graph.recognise import recognise
from tacb_graph.segment import segment

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
MINI = HERE / "fixtures" / "gazetteer-mini"
#: the mini report has no symbol: its IRIs are named by the hash of its text
MINI_KEY = report_key(None, "zh", read_source(GOLDEN / "mini-report.txt").sha256)


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


@pytest.mark.parametrize("inference", ["rdfs", "none"])
def test_mini_report_validates(inference):
    result = validate(_mini_dataset(), inference=inference)
    assert result.conforms, result.text


def test_facts_live_in_their_paragraph_graph():
    ds = _mini_dataset()
    p2 = paragraph_iri(MINI_KEY, 2)
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


@pytest.mark.parametrize("inference", ["rdfs", "none"])
def test_bundled_report_validates_with_zero_violations(extracted, inference):
    """With RDFS inference the ontology's domains and ranges type the data: they must fit it."""
    from tacb_graph.pipeline import to_rdf

    result = validate(to_rdf([extracted]), inference=inference)
    assert result.conforms and result.violations == 0, result.text


def test_bundled_report_fits_every_domain_and_range(extracted):
    from tacb_graph.pipeline import to_rdf

    assert domain_range_conflicts(to_rdf([extracted])) == []


def test_measures_fit_their_ranges():
    from tacb_graph.analyse import compute_measures, project
    from tacb_graph.analyse.sample import sample_store
    from tacb_graph.analyse.writeback import MEASURES_GRAPH, write_measures

    store = sample_store()
    write_measures(store, compute_measures(project(store)))
    ds = Dataset()
    ds.parse(data=store.dump(format=__import__("pyoxigraph").RdfFormat.N_QUADS).decode(), format="nquads")
    assert len(ds.graph(MEASURES_GRAPH)) > 0
    assert domain_range_conflicts(ds) == []


# -- provenance: the build used the report's file and generated the graph ----------------------------


def test_build_uses_the_file_and_generates_the_graph():
    ds = _mini_dataset()
    rep = report_iri(MINI_KEY)
    g = ds.graph(rep)
    (act,) = g.subjects(RDF.type, PROV.Activity)
    (src,) = g.objects(act, PROV.used)
    (out,) = g.objects(act, PROV.generated)
    assert str(src) == "urn:sha256:" + str(g.value(rep, TACB.sha256))
    assert (src, PROV.specializationOf, rep) in g and (src, RDF.type, PROV.Entity) in g
    assert (out, RDF.type, PROV.Entity) in g and (out, PROV.wasDerivedFrom, src) in g
    assert str(g.value(act, TACB.toolVersion)) == "0.1.0"
    assert (rep, PROV.wasGeneratedBy, None) not in g  # the build used the report; it did not make it


def _violations(ds: Dataset) -> str:
    result = validate(ds)
    assert not result.conforms
    return result.text


def test_a_report_generated_by_a_build_is_a_violation():
    ds = _mini_dataset()
    rep = report_iri(MINI_KEY)
    g = ds.graph(rep)
    act = next(g.subjects(PROV.used, None))
    g.add((rep, PROV.wasGeneratedBy, act))
    assert "does not generate it" in _violations(ds)


def test_a_report_no_build_used_is_a_violation():
    ds = _mini_dataset()
    g = ds.graph(report_iri(MINI_KEY))
    g.remove((None, PROV.used, None))
    assert "a build prov:used" in _violations(ds)


def test_untagged_text_is_a_violation():
    ds = _mini_dataset()
    g = ds.graph(report_iri(MINI_KEY))
    sec = next(g.subjects(RDF.type, TACB.Section))
    g.set((sec, TACB.title, Literal("导言")))
    assert "langString" in _violations(ds)
    assert any("tacb:title" in c for c in domain_range_conflicts(ds))


def test_a_fact_about_a_term_that_is_not_a_relation_is_a_violation():
    ds = _mini_dataset()
    for f, _p, _o, gi in list(ds.quads((None, RDF.predicate, None, None))):
        ds.graph(gi).set((f, RDF.predicate, TACB.mentions))
        break
    assert "must be a tacb:relation" in _violations(ds)


# -- posts, persons and renames ----------------------------------------------------------------------


def _with_post(post_parent: str = "org/ohchr") -> Dataset:
    """The mini report, plus a post in OHCHR held by a person named in paragraph 2."""
    from dataclasses import replace

    from tacb_graph.records import Entity, Mention, Relation
    from tacb_graph.relate import relate

    rec = relate(recognise(segment(read_source(GOLDEN / "mini-report.txt")), str(MINI)))
    post = Entity("org/hchr", "Post", "联合国人权事务高级专员", "United Nations High Commissioner for Human Rights",
                  parent=post_parent)
    person = Entity("person/example-person", "Person", "某人", "A. Person")
    mentions = tuple(Mention(e.key, "paragraph", 2, 0, 1, e.label_zh) for e in (post, person))
    held = Relation("org/hchr", "heldBy", "person/example-person", "paragraph", 2, "高级专员某人")
    rec = replace(rec, entities=rec.entities + (post, person), mentions=rec.mentions + mentions,
                  relations=rec.relations + (held,))
    return to_dataset(rec, BuildInfo("0.1.0"))


@pytest.mark.parametrize("inference", ["rdfs", "none"])
def test_a_post_held_by_a_person_validates(inference):
    ds = _with_post()
    result = validate(ds, inference=inference)
    assert result.conforms, result.text
    post, person = entity_iri("org/hchr"), entity_iri("person/example-person")
    entities = ds.graph(ENTITIES_GRAPH)
    assert (post, RDF.type, TACB.Post) in entities
    assert (post, ORG.postIn, entity_iri("org/ohchr")) in entities
    assert (post, ORG.subOrganizationOf, None) not in entities
    p2 = ds.graph(paragraph_iri(MINI_KEY, 2))
    assert (post, TACB.heldBy, person) in p2
    assert (None, RDF.predicate, TACB.heldBy) in p2  # with its fact node
    assert domain_range_conflicts(ds) == []


def test_a_post_as_sub_organisation_or_held_by_a_non_person_is_a_violation():
    ds = _with_post()
    entities = ds.graph(ENTITIES_GRAPH)
    post = entity_iri("org/hchr")
    entities.add((post, ORG.subOrganizationOf, entity_iri("org/ohchr")))
    assert "not org:subOrganizationOf" in _violations(ds)

    ds = _with_post()
    ds.graph(paragraph_iri(MINI_KEY, 2)).add((entity_iri("state/CHN"), TACB.heldBy,
                                                   entity_iri("person/example-person")))
    assert validate(ds, inference="none").conforms is False
    assert any("tacb:Post" in c for c in domain_range_conflicts(ds))


def test_every_relation_lives_in_its_paragraph_graph(extracted):
    from tacb_graph.pipeline import to_rdf

    ds = to_rdf([extracted])
    for r in extracted.relations:
        g = ds.graph(paragraph_iri(key_of(extracted), r.number) if r.unit == "paragraph"
                     else footnote_iri(key_of(extracted), r.number))
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
    g = ds.graph(paragraph_iri(report_key(None, "zh", "0" * 64), 1))
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
        g = ds.graph(paragraph_iri(report_key(None, "zh", "0" * 64), 1))
        return {str(f) for f in g.subjects(RDF.subject, entity_iri("org/ohchr"))}

    assert iris(one) == iris(other, one)


def test_a_rename_links_two_described_entities():
    ds = _mini_dataset()
    p2 = ds.graph(paragraph_iri(MINI_KEY, 2))
    p2.add((entity_iri("org/ohchr"), TACB.renamedTo, entity_iri("state/CHN")))  # both described: the shape holds
    assert validate(ds).conforms
    p2.add((entity_iri("org/ohchr"), TACB.renamedTo, entity_iri("org/nowhere")))  # described nowhere
    assert "the entity is not described" in _violations(ds)


def test_quads_are_the_rdflib_graph(extracted):
    """The build writes Oxigraph quads straight from the records (tacb_graph.rdf.quads); they are
    the triples the rdflib path states, graph by graph, lexical forms included."""
    import pyoxigraph as ox

    from tacb_graph.rdf.quads import to_quads

    info = BuildInfo("0.1.0")
    want = to_dataset(extracted, info)
    store = ox.Store()
    store.extend(to_quads(extracted, info))
    got = Dataset()
    got.parse(data=store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    assert len(_graphs(got)) > 100
    assert_same_dataset(got, want)
