"""People of a State's ministry are the State's (``培训了厄立特里亚司法部的 70 名法官``: the top-level ``state_organ`` between
the State and its people, ``relate/beneficiaries.py``); an assessment carried out in a State is an activity of help
(zh ``activities`` ``nouns``: ``评估``), so its funder helps the State, not the body that carries it out; and a bare
``the Minister`` (en ``backrefs.json``, read like ``the Government``) stands for the State its unit named before it, or
the one the report names most. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from tacb_graph.pipeline import extract
from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _help(text: str) -> set[tuple[str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.object) for r in rec.relations if r.predicate == "assists"}


def test_people_of_a_ministry_are_the_states():
    assert ("org/unodc", "state/TCD") in _help("联合国毒品和犯罪问题办公室(毒罪办)培训了乍得内政部的 45 名警官。")
    assert ("org/ohchr", "state/NER") in _help(
        "人权高专办与联合国开发计划署(开发署)合作，分两期培训了尼日尔司法部的 60 名法官。")


def test_the_funder_of_an_assessment_in_a_state_helps_the_state():
    got = _help("挪威资助了人权高专办在乍得开展的拘留条件评估。")
    assert ("state/NOR", "state/TCD") in got and ("state/NOR", "org/ohchr") not in got


def test_the_minister_of_the_state_the_report_is_about(tmp_path):
    path = tmp_path / "dialogue.txt"
    path.write_text(
        "1. The Minister for Foreign Affairs of Kiribati, Teeta Rimon-Vaak, spoke as the State concerned. Kiribati had "
        "received advice from OHCHR on its national action plan, and Kiribati had hosted two missions of the Office.\n\n"
        "2. The Minister asked OHCHR to help his Government set up a national mechanism for reporting and follow-up.\n",
        encoding="utf-8")
    rec = extract(path)
    got = {(r.number, r.subject, r.predicate, r.object) for r in rec.relations}
    assert (2, "state/KIR", "requests", "org/ohchr") in got
