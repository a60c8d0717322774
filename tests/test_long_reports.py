"""Reports out of the ordinary size, end to end: paragraph numbers past 9999, and
paragraphs longer than spaCy reads at once (read in pieces cut at sentence ends)."""

from __future__ import annotations

import pytest

import tacb_graph.nlp as nlp_module
from tacb_graph.corpus import build_corpus
from tacb_graph.nlp import pieces
from tacb_graph.pipeline import extract
from tacb_graph.recognise.report import TextUnit
from tacb_graph.store import open_store, select


def test_paragraph_numbers_past_9999(tmp_path):
    body = "\n\n".join(f"{i}. Text." if i < 9995 else f"{i}. The Office of the High Commissioner assisted Chad."
                       for i in range(1, 10003))
    report = tmp_path / "long.txt"
    report.write_text("I. Introduction\n\n" + body + "\n", encoding="utf-8")
    res = build_corpus([report], tmp_path / "out", jobs=1)
    (entry,) = res.reports
    assert entry.paragraphs == 10002
    store = open_store(res.paths.store)
    rows = select(store, "SELECT ?p ?l WHERE { ?p a tacb:Paragraph ; tacb:number 10002 ; rdfs:label ?l }")
    assert [(r["p"].value.rsplit("/", 2)[-2:], r["l"].value) for r in rows] == [(["paragraph", "10002"], "¶10002")]
    facts = select(store, "SELECT ?g WHERE { GRAPH ?g { ?s tacb:assists ?o } }")
    assert sorted(int(r["g"].value.rsplit("/", 1)[1]) for r in facts) == list(range(9995, 10003))


def test_pieces_cut_at_sentence_ends():
    from tacb_graph.config import load_config

    u = TextUnit("paragraph", 3, "One sentence here. Another one there. A third.", 100)
    got = pieces(u, load_config("en"), 20)
    assert [p.text for p in got] == ["One sentence here.", " Another one there.", " A third."]
    assert [p.offset for p in got] == [100, 118, 137] and all(p.number == 3 for p in got)
    long = TextUnit("paragraph", 1, "x" * 45)  # one sentence longer than the limit: cut where it falls
    assert [len(p.text) for p in pieces(long, load_config("en"), 20)] == [20, 20, 5]


@pytest.mark.parametrize("lang, text", [
    ("zh", "一. 导言\n\n1. {filler}中国认为，互利合作很重要。人权高专办协助老挝。\n\n2. 日本表示，技术援助有用。\n"),
    ("en", "I. Introduction\n\n1. {filler}China considered mutually beneficial cooperation important. "
           "The Office of the High Commissioner assisted Chad.\n\n2. Japan said that technical assistance was useful.\n"),
])
def test_a_paragraph_longer_than_spacy_reads_at_once(tmp_path, monkeypatch, lang, text):
    filler = ("技术合作仍在继续。" if lang == "zh" else "Technical cooperation continued. ") * 40
    report = tmp_path / f"{lang}.txt"
    report.write_text(text.format(filler=filler), encoding="utf-8")
    whole = extract(report)
    monkeypatch.setattr(nlp_module, "MAX_UNIT_CHARS", 60)
    cut = extract(report)
    para = {p.number: p.text for p in cut.segmented.paragraphs}
    assert len(para[1]) > 300
    # every mention keeps offsets into its whole paragraph
    assert cut.mentions and all(para[m.number][m.start:m.end] == m.surface for m in cut.mentions
                                if m.unit == "paragraph")
    assert {(m.entity, m.number, m.start) for m in cut.mentions} == {(m.entity, m.number, m.start)
                                                                       for m in whole.mentions}
    assert {(r.subject, r.predicate, r.object) for r in cut.relations} == \
        {(r.subject, r.predicate, r.object) for r in whole.relations}
    assert ("org/ohchr", "assists") in {(r.subject, r.predicate) for r in cut.relations} or \
        ("org/ohchr", "assists") in {(a.provider, "assists") for a in cut.assistances}
