"""Forms of not commenting in Chinese (``未表示意见``, ``没有谈及``, ``只字未评``: zh ``cues`` and ``reporting_verbs``); a
stance on two concepts named together as terms, expressions, ideas or labels (``did not comment on either term``:
en ``plural_concept_backrefs``; ``对这两种提法均未发表评论``: zh). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _stances(text: str) -> set[tuple[str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(s.holder, s.concept, s.value) for s in rec.stances}


def test_either_term():
    found = _stances("Ghana doubted the value of win-win cooperation, and Chile warned against the idea of a community "
                     "of shared future for human beings in the field of human rights. Peru did not comment on either term.")
    assert ("state/PER", "concept/win-win-cooperation", "NotQuestioned") in found
    assert ("state/PER", "concept/community-of-shared-future", "NotQuestioned") in found


def test_forms_of_not_commenting_in_chinese():
    found = _stances("挪威对人权方面的命运共同体未表示意见。开发署的代表在发言中没有谈及互利合作的概念。加拿大对共赢合作只字未评。")
    assert ("state/NOR", "concept/community-of-shared-future", "NotQuestioned") in found
    assert ("org/undp", "concept/mutually-beneficial-cooperation", "NotQuestioned") in found
    assert ("state/CAN", "concept/win-win-cooperation", "NotQuestioned") in found


def test_two_ways_of_saying_both_in_chinese():
    found = _stances("智利认为“合作共赢”的说法含义不清。秘鲁欢迎互利合作。加纳对这两种提法均未发表评论。")
    assert ("state/GHA", "concept/mutually-beneficial-cooperation", "NotQuestioned") in found
