"""One configuration per language, from its data folder; the language decided once."""

import json
from pathlib import Path

import pytest

from tacb_graph.config import detect_language, languages, load_config, load_language
from tacb_graph.errors import TacbError

ROOT = Path(__file__).resolve().parents[1]


def test_languages_are_data_folders():
    assert {"zh", "en"} <= set(languages())


def test_config_is_made_once_and_shares_the_gazetteer():
    zh, en = load_config("zh"), load_config("en")
    assert load_config("zh") is zh
    assert zh.gazetteer is en.gazetteer  # one gazetteer, loaded once
    assert (zh.language.match_attr, en.language.match_attr) == ("ORTH", "LOWER")


def test_unknown_language_is_a_clear_error():
    with pytest.raises(TacbError, match="no language data for 'xx'"):
        load_language("xx")


@pytest.mark.parametrize("text, lang", [
    ("联合国开发计划署协助尼日尔政府举办讲习班。", "zh"),
    ("人权理事会第 40/27 号决议 (A/HRC/RES/40/27)。", "zh"),
    ("The Office organized a workshop for officials of the Niger.", "en"),
    ("A/HRC/45/12 — The Council adopted resolution 42/34 in 2019.", "en"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_a_language_without_word_lists_says_so():
    assert load_language("zh").has_relations
    assert not load_language("en").has_relations or load_language("en").relations


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_two_back_reference_rules_share_their_words(lang):
    """Rules are looked up by their words: a second rule with the same words would silently replace the first."""
    rules = json.loads((ROOT / "data" / "patterns" / lang / "backrefs.json").read_text(encoding="utf-8"))["rules"]
    texts = [r["text"] for r in rules]
    assert sorted(t for t in set(texts) if texts.count(t) > 1) == []
