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
