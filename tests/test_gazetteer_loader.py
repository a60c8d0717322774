"""The gazetteer loader (tacb_graph/recognise/gazetteer.py) and the entity triples it leads to.

Small gazetteers are written to a temporary folder for the error cases; the bundled
one is used for what it must hold.
"""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, SKOS

from tacb_graph.errors import TacbError
from tacb_graph.namespaces import ORG, TACB
from tacb_graph.rdf.build import add_entity
from tacb_graph.rdf.iris import entity_iri
from tacb_graph.recognise.gazetteer import load_gazetteer
from tacb_graph.recognise.phrases import pattern_case, ruler_pattern

STATES = "iso3,m49,name_en,name_zh,name_zh_formal,aliases_zh,aliases_en,status\n" \
         "NER,562,Niger,尼日尔,尼日尔共和国,,,member\n"
ORGS = "id,class,name_en,name_zh,aliases_zh,aliases_en,parent,resolution_prefix,decision_prefix\n"


def _folder(tmp_path, states=STATES, orgs=None, not_names=None):
    (tmp_path / "states.csv").write_text(states, encoding="utf-8")
    if orgs is not None:
        (tmp_path / "organizations.csv").write_text(orgs, encoding="utf-8")
    if not_names is not None:
        (tmp_path / "not_names.csv").write_text(not_names, encoding="utf-8")
    return str(tmp_path)


@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


# ---------------------------------------------------------------- the bundled gazetteers

def test_classes_of_posts_and_related_organizations(gz):
    for key in ("org/sg", "org/hchr", "org/dhchr", "org/dsg", "org/sr-torture", "org/ie-somalia"):
        assert gz.entities[key].kind == "Post", key
    for key in ("org/wto", "org/iom", "org/iaea", "org/opcw", "org/ctbto", "org/isa", "org/icc", "org/itlos"):
        assert gz.entities[key].kind == "RelatedOrganization", key
    assert gz.lookup("WTO", "en").key == "org/wto" and gz.lookup("世贸组织").key == "org/wto"


def test_short_labels(gz):
    for key, zh, en in (("org/ohchr", "人权高专办", "OHCHR"), ("org/undp", "开发署", "UNDP"),
                        ("org/hrc", "人权理事会", "HRC"), ("org/universal-periodic-review", "普遍定期审议", "UPR"),
                        ("state/GBR", "英国", "United Kingdom"), ("instrument/iccpr", None, "ICCPR")):
        e = gz.entities[key]
        assert (e.short_zh, e.short_en) == (zh, en), key
    assert gz.entities["org/ohchr-colombia"].short_en == "OHCHR Colombia"


def test_short_labels_are_display_names_not_new_surface_forms(gz):
    """A short label may be a name of its own entity, never of another one."""
    for e in gz.entities.values():
        for lang, short in (("zh", e.short_zh), ("en", e.short_en)):
            if short:
                other = gz.lookup(short, lang)
                assert other is None or other.key == e.key, (e.key, short, other.key)


def test_renamed_to(gz):
    assert gz.entities["org/vf-ast"].renamed_to == "org/vf-tc"
    assert gz.entities["org/undaf"].renamed_to == "org/unsdcf"
    assert gz.entities["org/vf-decade-women"].renamed_to == "org/unifem"
    assert gz.entities["org/vf-tc"].renamed_to is None
    for e in gz.entities.values():
        if e.renamed_to:
            assert e.renamed_to in gz.entities and e.renamed_to != e.key


def test_generated_english_forms(gz):
    assert gz.lookup("Côte d’Ivoire", "en").key == "state/CIV"  # the other apostrophe
    assert gz.lookup("Democratic People’s Republic of Korea", "en").key == "state/PRK"
    assert gz.lookup("Togolese Government", "en").key == "state/TGO"
    assert gz.lookup("Togolese", "en") is None
    assert "Togolese Government" not in gz.entities["state/TGO"].aliases  # generated, not an altLabel


@pytest.mark.parametrize("form, key", [("UN Development Programme", "org/undp"), ("UN Children’s Fund", "org/unicef"),
                                       ("UN Office at Geneva", "org/unog")])
def test_united_nations_is_also_written_un_before_a_bodys_name(gz, form, key):
    assert gz.lookup(form, "en").key == key


def test_un_alone_and_names_without_united_nations_get_no_un_form(gz):
    assert gz.lookup("UN Human Rights Council", "en").key == "org/hrc"  # a row of its own
    assert gz.lookup("UN Nations", "en") is None and gz.lookup("UN Council", "en") is None


def test_not_names_by_language(gz):
    assert "发展中国家" in gz.not_names_for("zh") and "发展中国家" not in gz.not_names_for("en")
    assert "Niger Delta" not in gz.not_names_for("en")  # a place, not a not-name
    assert "Sudan People’s Liberation Movement" in gz.not_names_for("en")
    assert set(gz.not_names) == set(gz.not_names_for("zh")) | set(gz.not_names_for("en"))


def test_english_patterns_hold_acronyms_exactly():
    # every form is a phrase; a form with an acronym carries the acronyms a match must spell exactly
    assert ruler_pattern("WHO", "en", "LOWER") == "WHO"
    assert pattern_case("WHO", "en", "LOWER") == (("who",), ((0, "WHO"),))
    assert pattern_case("Lao PDR", "en", "LOWER") == (("lao", "pdr"), ((1, "PDR"),))
    assert pattern_case("UN-Women", "en", "LOWER") == (("un", "-", "women"), ((0, "UN"),))
    assert pattern_case("World Health Organization", "en", "LOWER") is None
    assert pattern_case("U.S.", "en", "LOWER") is None  # dotted: matched ignoring case like any phrase
    assert pattern_case("WHO", "zh", "ORTH") is None  # a ruler matching as written needs nothing more


def test_the_ruler_checks_the_acronyms_of_a_match():
    from tacb_graph.config import load_config
    from tacb_graph.nlp import make_nlp

    nlp = make_nlp(load_config("en"))
    ruler = nlp.get_pipe("entity_ruler")
    ents = lambda text: [(e.text, e.ent_id_) for e in ruler(nlp.make_doc(text)).ents]
    assert ents("WHO and the Lao PDR met.") == [("WHO", "org/who"), ("Lao PDR", "state/LAO")]
    assert ents("Those who met in the lao pdr office.") == []  # "who" and "pdr" are no acronyms
    assert ents("UN-Women and un-women") == [("UN-Women", "org/unwomen")]
    assert ents("the lao People's Democratic Republic") == [("lao People's Democratic Republic", "state/LAO")]


# ---------------------------------------------------------------- errors and older gazetteers

def test_a_form_naming_two_entities_is_refused(tmp_path):
    orgs = ORGS + "a,UNBody,Alpha Body,甲机构,,AB,,,\nb,UNBody,Beta Body,乙机构,,AB,,,\n"
    with pytest.raises(TacbError, match="'AB' names both org/a and org/b"):
        load_gazetteer(_folder(tmp_path, orgs=orgs))


def test_english_forms_differing_only_in_case_are_refused(tmp_path):
    orgs = ORGS + "a,UNBody,Alpha Body,甲机构,,,,,\nb,UNBody,alpha body,乙机构,,,,,\n"
    with pytest.raises(TacbError, match="ignoring case"):
        load_gazetteer(_folder(tmp_path, orgs=orgs))


def test_unknown_renamed_to_is_refused(tmp_path):
    orgs = ORGS.rstrip("\n") + ",renamed_to\na,Fund,Alpha Fund,甲基金,,,,,,nowhere\n"
    with pytest.raises(TacbError, match="renamed to unknown id 'nowhere'"):
        load_gazetteer(_folder(tmp_path, orgs=orgs))


def test_unknown_not_name_language_is_refused(tmp_path):
    with pytest.raises(TacbError, match="unknown language 'fr'"):
        load_gazetteer(_folder(tmp_path, not_names="text,reason,lang\npays en développement,generic,fr\n"))


def test_older_gazetteers_without_the_new_columns_load(tmp_path):
    orgs = ORGS + "a,UNBody,Alpha Body,甲机构,,AB,,,\n"
    gz = load_gazetteer(_folder(tmp_path, orgs=orgs, not_names="text,reason\n发展中国家,x\ndeveloping countries,x\n"))
    e = gz.entities["org/a"]
    assert (e.short_zh, e.short_en, e.renamed_to) == (None, None, None)
    assert gz.not_names_for("zh") == ("发展中国家",) and gz.not_names_for("en") == ("developing countries",)


# ---------------------------------------------------------------- entity triples

def _triples(e) -> Graph:
    g = Graph()
    add_entity(g, e)
    return g


def test_add_entity_emits_short_labels_and_renaming(gz):
    g = _triples(gz.entities["org/ohchr"])
    s = entity_iri("org/ohchr")
    assert set(g.objects(s, TACB.shortLabel)) == {Literal("人权高专办", lang="zh"), Literal("OHCHR", lang="en")}
    g = _triples(gz.entities["org/vf-ast"])
    assert list(g.objects(entity_iri("org/vf-ast"), TACB.renamedTo)) == [entity_iri("org/vf-tc")]


def test_a_post_is_in_an_organisation_not_part_of_it(gz):
    g = _triples(gz.entities["org/sg"])
    s = entity_iri("org/sg")
    assert (s, RDF.type, TACB.Post) in g
    assert list(g.objects(s, ORG.postIn)) == [entity_iri("org/secretariat")]
    assert not list(g.objects(s, ORG.subOrganizationOf))
    g = _triples(gz.entities["org/ohchr-colombia"])
    assert list(g.objects(entity_iri("org/ohchr-colombia"), ORG.subOrganizationOf)) == [entity_iri("org/ohchr")]


def test_alt_labels_are_tagged_by_script(gz):
    g = _triples(gz.entities["state/TUR"])
    labels = set(g.objects(entity_iri("state/TUR"), SKOS.altLabel))
    assert Literal("Türkiye", lang="en") not in labels  # it is the English label itself
    assert Literal("Republic of Türkiye", lang="en") in labels
    assert Literal("土耳其共和国", lang="zh") in labels
