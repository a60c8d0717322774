"""The namespace module and ontology/tacb.ttl agree, both ways."""

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from tacb_graph.namespaces import TACB
from tacb_graph.rdf.validate import ontology_graph

NS = str(TACB._NS)


def _ontology_terms(g: Graph) -> set[str]:
    return {str(s)[len(NS):] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_every_namespace_term_is_in_the_ontology():
    terms = _ontology_terms(ontology_graph())
    declared = set(TACB.__annotations__)
    assert declared - terms == set()


def test_every_ontology_term_is_in_the_namespace():
    terms = _ontology_terms(ontology_graph())
    assert terms - set(TACB.__annotations__) == set()


def test_every_term_has_zh_and_en_labels():
    g = ontology_graph()
    for name in TACB.__annotations__:
        langs = {lit.language for lit in g.objects(TACB[name], RDFS.label)}
        assert {"zh", "en"} <= langs, name


def test_contract_classes_exist():
    g = ontology_graph()
    for c in ["Report", "Section", "Paragraph", "Footnote", "State", "UNBody", "SpecializedAgency",
              "UNFundOrProgramme", "RegionalOrganization", "NGO", "NHRI", "AcademicInstitution", "Person",
              "Resolution", "Document", "Instrument", "Fund", "Programme", "Event", "Concept", "Place"]:
        assert (TACB[c], RDF.type, OWL.Class) in g, c
    assert str(TACB.State) == "https://w3id.org/tacb/ontology#State"
