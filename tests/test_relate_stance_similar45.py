"""Holders who express a similar view, in the sentence after the first holder's: they take up its stance (en
``association_verbs`` ``expressed similar views``; zh ``association_verbs`` ``表达了类似看法``, ``也持类似看法`` with
``reporting_verbs`` ``表达了``, ``持类似``). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _stances(text: str) -> set[tuple[str, str, str]]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(s.holder, s.concept, s.value) for s in rec.stances}


@pytest.mark.parametrize("text", [
    "Chile described its work with UNDP as an example of mutually beneficial cooperation. Peru and Uruguay expressed "
    "similar views.",
    "Chile described its work with UNDP as an example of mutually beneficial cooperation. Peru and Uruguay voiced "
    "similar opinions.",
    "智利认为互利合作有助于兼顾双方的优先事项。秘鲁和乌拉圭表达了类似看法。",
    "智利认为互利合作有助于兼顾双方的优先事项。秘鲁和乌拉圭也持类似看法。",
])
def test_a_similar_view_takes_up_the_stance_before(text):
    found = _stances(text)
    for holder in ("state/CHL", "state/PER", "state/URY"):
        assert (holder, "concept/mutually-beneficial-cooperation", "Supportive") in found


def test_continuing_is_no_holding():
    found = _stances("智利认为互利合作有助于兼顾双方的优先事项。秘鲁持续开展培训。")
    assert not any(h == "state/PER" for h, _c, _v in found)


@pytest.mark.parametrize("text", [
    "乌拉圭代表认为，区域合作应当遵循互利合作原则。秘鲁代表表示赞同，并补充说，实现发展权是消除贫困的前提。",
    "Uruguay said that regional cooperation should rest on mutually beneficial cooperation. Peru agreed, adding that "
    "the right to development was a precondition for ending poverty.",
])
def test_agreeing_and_adding_a_concept_keeps_both(text):
    found = _stances(text)
    assert ("state/PER", "concept/mutually-beneficial-cooperation", "Supportive") in found
    assert ("state/PER", "concept/right-to-development", "Supportive") in found


@pytest.mark.parametrize("text, concept", [
    ("挪威对人权方面的命运共同体这一提法不置可否，只是强调技术合作应当以受援国的人权义务为依据。",
     "concept/community-of-shared-future"),
    ("瑞士对互利合作未表异议，但提醒说，合作不能取代国际监督机制。", "concept/mutually-beneficial-cooperation"),
])
def test_not_taking_a_position_on_a_long_name_or_before_a_caveat(text, concept):
    assert (text[:2] == "挪威" and "state/NOR" or "state/CHE", concept, "NotQuestioned") in _stances(text)


def test_the_concepts_above_are_every_concept_the_unit_named():
    found = _stances("开发署认为，“互利合作”的提法有助于争取各部委的支持。妇女署表示，发展权对妇女诉诸司法很有意义。"
                     "毒罪办的报告对上述概念未作评论。")
    assert ("org/unwomen", "concept/right-to-development", "Supportive") in found
    assert ("org/unodc", "concept/mutually-beneficial-cooperation", "NotQuestioned") in found
    assert ("org/unodc", "concept/right-to-development", "NotQuestioned") in found


@pytest.mark.parametrize("text, holder, concept, value", [
    ("Amnesty International protested that win-win cooperation served to deflect scrutiny of abuses.",
     "org/amnesty", "concept/win-win-cooperation", "Critical"),
    ("Peru held no settled view on mutually beneficial cooperation and preferred to judge partnerships by results.",
     "state/PER", "concept/mutually-beneficial-cooperation", "NotQuestioned"),
    ("Chile described the Fund as a concrete form of mutually beneficial cooperation. Peru took the same view.",
     "state/PER", "concept/mutually-beneficial-cooperation", "Supportive"),
])
def test_english_protests_views_held_and_taken(text, holder, concept, value):
    assert (holder, concept, value) in _stances(text)
