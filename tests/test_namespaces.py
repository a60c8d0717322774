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


def test_organisations_act():
    """Every organisation class is an agent, as funds, posts and persons are."""
    from rdflib.namespace import RDFS

    from tacb_graph.namespaces import ORG

    g = ontology_graph()
    organisations = [c for c in g.transitive_subjects(RDFS.subClassOf, ORG.Organization) if c != ORG.Organization]
    assert TACB.RelatedOrganization in organisations
    for c in organisations:
        assert TACB.Agent in set(g.transitive_objects(c, RDFS.subClassOf)), c
    for c in (TACB.Fund, TACB.Post, TACB.Person, TACB.State):
        assert TACB.Agent in set(g.transitive_objects(c, RDFS.subClassOf)), c
    assert ORG.Post in set(g.objects(TACB.Post, RDFS.subClassOf))


def test_every_term_has_an_english_comment():
    g = ontology_graph()
    for name in TACB.__annotations__:
        assert any(c.language == "en" for c in g.objects(TACB[name], RDFS.comment)), name


def test_text_properties_take_language_tagged_strings():
    g = ontology_graph()
    for name in ("text", "title", "message", "agendaItemTitle", "shortLabel"):
        assert (TACB[name], RDFS.range, RDF.langString) in g, name


def test_documents_and_queries_name_only_ontology_terms():
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    files = sorted((root / "tacb_graph" / "queries").glob("*.rq")) + [root / "docs" / "graph-contract.md",
                                                                       root / "README.md"]
    unknown = {(f.name, m) for f in files
               for m in re.findall(r"\btacb:([A-Za-z_][A-Za-z0-9_]*)", f.read_text(encoding="utf-8"))
               if m not in TACB.__annotations__}
    assert unknown == set()
