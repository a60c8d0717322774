"""The one sentence segmentation: the rule, and the spaCy component that applies it."""

import pytest

from tacb_graph.config import load_config, load_language
from tacb_graph.nlp import make_nlp
from tacb_graph.recognise.sentences import split_sentences


def _split(text, lang):
    return [text[a:b].strip() for a, b in split_sentences(text, load_language(lang))]


def test_chinese_sentences_end_at_full_stops_and_keep_closing_quotes():
    text = "委员会说：“该方案有用。”它还请秘书处协助；秘书处同意了！\n(a) 分项"
    assert _split(text, "zh") == ["委员会说：“该方案有用。”", "它还请秘书处协助；秘书处同意了！", "(a) 分项"]


def test_chinese_list_lines_after_a_colon_or_semicolon_run_on():
    text = "建议政府：\n(a) 批准公约；\n(b) 加强合作。\n新的一行\n再一行"
    assert _split(text, "zh") == ["建议政府：\n(a) 批准公约；\n(b) 加强合作。", "新的一行", "再一行"]


def test_chinese_full_stop_in_a_symbol_does_not_split():
    assert _split("见 A/HRC/27/41 第 8.9 段。下一句。", "zh") == ["见 A/HRC/27/41 第 8.9 段。", "下一句。"]


@pytest.mark.parametrize("text, expected", [
    ("See A/HRC/27/41, para. 8. The Office agreed.", ["See A/HRC/27/41, para. 8.", "The Office agreed."]),
    ("Ms. J. Smith, e.g. the Rapporteur, spoke. It ended.", ["Ms. J. Smith, e.g. the Rapporteur, spoke.", "It ended."]),
    ("It was adopted in 2019. 2020 followed.", ["It was adopted in 2019.", "2020 followed."]),
    ('He said "yes." Then left.', ['He said "yes."', "Then left."]),
    ("Resolution 5/1 (2007). the end", ["Resolution 5/1 (2007). the end"]),
])
def test_english_full_stops(text, expected):
    assert _split(text, "en") == expected


def test_spans_cover_the_text():
    text = "一。二！\n\n三"
    spans = split_sentences(text, load_language("zh"))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))


@pytest.mark.parametrize("lang, text", [
    ("zh", "人权高专办协助海地。它还支持摩洛哥！"),
    ("en", "The Office assisted Haiti. It also supported Morocco (see para. 3)."),
])
def test_the_component_sets_the_same_sentences(lang, text):
    nlp = make_nlp(load_config(lang))
    doc = nlp.make_doc(text)
    doc = nlp.get_pipe("tacb_sentences")(doc)
    assert [s.text.strip() for s in doc.sents] == _split(text, lang)
