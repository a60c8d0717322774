"""The spaCy pipeline: registered components configured from one Config."""

from spacy.language import Language

from tacb_graph.config import load_config
from tacb_graph.nlp import make_nlp, run
from tacb_graph.records import Source
from tacb_graph.recognise import recognise
from tacb_graph.relate import relate
from tacb_graph.segment import segment

TEXT = ("1. 人权理事会第 6/17 号决议设立了财政和技术援助自愿基金。\n"
        "2. 联合国人权事务高级专员办事处(人权高专办)协助海地。该基金支持了人权高专办。\n")


def _seg():
    return segment(Source("t.txt", "t", TEXT, "0", "utf-8", len(TEXT)))


def test_components_are_registered_factories():
    for name in ("tacb_sentences", "tacb_recogniser", "tacb_relations"):
        assert Language.has_factory(name)


def test_pipeline_order_and_one_build_per_config():
    config = load_config("zh")
    nlp = make_nlp(config)
    assert nlp.pipe_names == ["entity_ruler", "tacb_sentences", "tacb_recogniser", "tacb_relations"]
    assert make_nlp(config) is nlp


def test_one_run_equals_recognise_then_relate():
    config = load_config("zh")
    whole = run(_seg(), config)
    staged = relate(recognise(_seg()))
    assert whole.relations == staged.relations
    assert whole.mentions == staged.mentions
    assert ("org/ohchr", "assists", "state/HTI") in {(r.subject, r.predicate, r.object) for r in whole.relations}
    assert whole.lang == "zh"


def test_recognise_alone_yields_no_relations():
    rec = recognise(_seg())
    assert rec.relations == () and {m.entity for m in rec.mentions} >= {"org/ohchr", "state/HTI"}


def _ruler(lang: str, patterns, attr: str):
    import spacy

    nlp = spacy.blank(lang)
    ruler = nlp.add_pipe("tacb_entity_ruler", config={"phrase_matcher_attr": attr})
    ruler.add_patterns(patterns)
    return nlp, ruler


def test_ruler_tokenises_a_phrase_pattern_only_when_a_text_could_hold_it():
    pats = [{"label": "State", "pattern": "Guinea-Bissau", "id": "state/GNB"},
            {"label": "State", "pattern": "Guinea", "id": "state/GIN"},
            {"label": "UNBody", "pattern": "Human Rights Council", "id": "org/hrc"},
            {"label": "UNBody", "pattern": "UN", "id": "org/un"}]
    nlp, ruler = _ruler("en", pats, "LOWER")
    assert ruler.waiting == 4 and len(ruler) == 0
    doc = nlp("The human rights\ncouncil met.")  # a line break is a token: no match, but the pattern is due
    assert [e.text for e in doc.ents] == []
    assert ruler.waiting == 2  # the Council, and UN (its letters are in "council": a text could hold it)
    doc = nlp("Guinea-Bissau.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Guinea-Bissau", "state/GNB")]
    assert ruler.waiting == 0 and len(ruler) == 4
    doc = nlp("The Human Rights Council and the UN.")
    assert [(e.text, e.ent_id_) for e in doc.ents] == [("Human Rights Council", "org/hrc"), ("UN", "org/un")]


def test_lazy_ruler_matches_as_a_ruler_given_every_pattern():
    from spacy.pipeline import EntityRuler as SpacyRuler

    import spacy
    from tacb_graph.recognise.nlp import ruler_patterns

    config = load_config("zh")
    pats = [p for p in ruler_patterns(config) if "case" not in p]
    eager = spacy.blank("zh")
    ruler = SpacyRuler(eager, phrase_matcher_attr=config.language.match_attr)
    ruler.add_patterns(pats)
    lazy, _ = _ruler("zh", pats, config.language.match_attr)
    for text in TEXT.splitlines() + ["发展中国家和最不发达国家请联合国开发计划署与几内亚比绍合作。"]:
        want = {(s, e, m) for m, s, e in ruler.match(eager.make_doc(text))}
        got = {(s, e, m) for m, s, e in lazy.get_pipe("tacb_entity_ruler").match(lazy.make_doc(text))}
        assert got == want and want


def test_a_name_cut_inside_a_hyphenated_word_gives_way():
    config = load_config("en")
    nlp = make_nlp(config)
    ruler = nlp.get_pipe("entity_ruler")

    def ents(text):
        return [(e.text, e.ent_id_) for e in ruler(nlp.make_doc(text)).ents]

    # the office of Guinea is longer, but it ends inside "Guinea-Bissau", which a State's name reads whole
    assert ents("The OHCHR Country Office in Guinea-Bissau trained judges.") == [
        ("OHCHR", "org/ohchr"), ("Guinea-Bissau", "state/GNB")]
    assert ents("The OHCHR Country Office in Guinea trained judges.") == [
        ("OHCHR Country Office in Guinea", "org/ohchr-guinea")]
    # a hyphen no other name runs across does not cut: an OHCHR-supported workshop names OHCHR
    assert ents("An OHCHR-supported workshop in Timor-Leste.") == [("OHCHR", "org/ohchr"),
                                                                   ("Timor-Leste", "state/TLS")]
