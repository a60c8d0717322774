"""The learned back-off for stances no cue decides (tacb_graph/relate/stance_model.py), and how the reader uses it."""

from __future__ import annotations

import json

import pytest

from tacb_graph.records import Source
from tacb_graph.recognise import recognise
from tacb_graph.relate import relate
from tacb_graph.relate.lexicon import lexicon_for
from tacb_graph.relate.stance_model import NONE, StanceModel, features, model_from
from tacb_graph.segment import segment
from tacb_graph.config import _lang_root


def _stances(text: str):
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(s.holder, s.concept): s.value for s in rec.stances}


def test_features_drop_the_concept_function_words_and_mark_negation():
    f = features(["Canada did not welcome mutually beneficial cooperation at all"], ["mutually beneficial cooperation"],
                 True, ("not",), 3, frozenset({"did", "at", "all"}))
    assert "beneficial" not in f and "<c>" not in f  # the concept's own words say nothing
    assert "not_welcome" in f and "welcome" not in f and "did" not in f
    assert "not welcome" in f and "canada did" not in f  # bigrams of two content words (a negator counts)


def test_features_of_chinese_are_character_ngrams():
    f = features(["加拿大批评互利合作，称其___。"], ["互利合作"], False)
    assert {"批", "批评", "大批评"} <= f and "互利" not in f and "<c>" not in f
    assert "，" not in f and "评称" not in f  # punctuation and names split the runs


def test_an_empty_model_changes_nothing():
    m = model_from({}, True)
    assert m.value(["X found C wonderful"], ["C"], None) is None
    assert m.value(["X found C wonderful"], ["C"], "Supportive") == "Supportive"


def test_a_model_decides_only_where_no_cue_did():
    m = StanceModel(True, {"wonderful": {"Supportive": 4.0}, "dreadful": {"Critical": 4.0}},
                    {NONE: 0.0, "Supportive": 0.0, "Critical": 0.0}, threshold=0.7)
    assert m.value(["X found C wonderful"], ["C"], None) == "Supportive"
    assert m.value(["X found C dreadful"], ["C"], None) == "Critical"
    assert m.value(["X found C dreadful"], ["C"], "Sceptical") == "Sceptical"  # the cue's value stands
    assert m.value(["X spoke of C"], ["C"], None) is None  # no label reaches the threshold


def test_seen_records_every_candidate():
    m = StanceModel(True, seen=[])
    m.value(["X found C odd"], ["C"], None, holders=("state/CAN",), concept="concept/c", unit="paragraph", number=3)
    assert m.seen == [{"holders": ("state/CAN",), "concept": "concept/c", "unit": "paragraph", "number": 3,
                       "regions": ["X found C odd"], "names": ["C"], "ruled": None}]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_shipped_models_are_well_formed(lang):
    path = _lang_root() / lang / "stance_model.json"
    d = json.loads(path.read_text(encoding="utf-8"))
    assert set(d["bias"]) <= {NONE, "Supportive", "Critical", "Sceptical", "NotQuestioned"}
    assert 0 < d["threshold"] < 1 and d["features"]
    assert "trained_on" in d  # what it was fitted on (tools/train_stances.py)
    assert lexicon_for(lang).stance_model.bias == d["bias"]


def test_a_stance_in_words_no_cue_list_holds():
    # "was pleased that" is in no cue list, nor a reporting verb: the subject holder and the back-off read it
    got = _stances("Fiji was pleased that the right to development now featured in the guidelines of the Fund.")
    assert got.get(("state/FJI", "concept/right-to-development")) == "Supportive"


@pytest.mark.xfail(strict=True, reason="a clause that only defines the concept (C 是一个概念) still reads as support to "
                   "the Chinese back-off: 认为 is followed by a position in nearly every development text")
def test_a_definition_is_no_position():
    assert ("state/BRA", "concept/mutually-beneficial-cooperation") not in _stances("巴西认为，互利合作是一个概念。")


def test_a_mere_mention_gives_no_stance():
    got = _stances("Australia had funded a workshop on the right to development for judges of Fiji in 2094.")
    assert ("state/AUS", "concept/right-to-development") not in got
    got = _stances("Chad sought technical assistance from the Office on the right to development.")
    assert ("state/TCD", "concept/right-to-development") not in got  # the topic of a noun (model_mentions)
