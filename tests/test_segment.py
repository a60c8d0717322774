import re

import pytest

from tacb_graph.errors import InputError
from tacb_graph.records import Source
from tacb_graph.segment import chinese_numeral, join_lines, segment


def _src(text):
    return Source("t.txt", "t", text, "0" * 64, "utf-8", len(text))


def test_bundled_report_counts(segmented):
    assert len(segmented.paragraphs) == 116
    assert [p.number for p in segmented.paragraphs] == list(range(1, 117))
    assert len(segmented.sections) == 13
    assert [s.numeral for s in segmented.sections][-1] == "十三"
    assert len(segmented.footnotes) == 5


def test_no_footer_or_footnote_leaks(segmented):
    for p in segmented.paragraphs:
        assert "undocs.org" not in p.text and "http" not in p.text
        assert "____" not in p.text
        assert "Zenobia" not in p.text and "提案国在人权理事会通过" not in p.text
        assert "\n\n" not in p.text


def test_lines_are_joined_without_spaces(segmented):
    p1 = segmented.paragraphs[0].text
    assert p1.startswith("本报告是咨询委员会根据人权理事会第 37/23 号决议提交人权理事会的，理事会在该决议中请")
    p44 = segmented.paragraphs[43].text
    assert "似乎与经济发展紧密相关" in p44  # continued across a page footer


def test_sections_and_headings(segmented):
    titles = {s.number: s.title for s in segmented.sections}
    assert titles[1] == "导言"
    assert titles[7] == "国际和区域组织、专门机构、国家、国家人权机构、非政府组织和技术援助"
    assert titles[13] == "建议"
    by_number = {p.number: p for p in segmented.paragraphs}
    assert by_number[1].section == 1 and by_number[36].section == 5 and by_number[116].section == 13


def test_footnotes_and_markers(segmented):
    notes = {f.number: f for f in segmented.footnotes}
    assert notes[3].text == "CEDAW/C/SEN/CO/3-7。"
    assert notes[4].text.startswith("Zenobia Ismail，“Technical Assistance")
    assert "University of Birmingham" in notes[4].text
    assert notes[1].paragraph == 56 and notes[2].paragraph == 56 and notes[5].paragraph == 101
    by_number = {p.number: p for p in segmented.paragraphs}
    assert by_number[56].footnotes == (1, 2)
    assert "“可以”在促进" in by_number[56].text
    assert "《引渡公约范本》表明" in by_number[101].text


def test_offsets_point_into_source(segmented):
    text = segmented.source.text
    for p in segmented.paragraphs:
        assert re.match(rf"{p.number}\s*\.", text[p.start:p.end])
    for f in segmented.footnotes:
        assert text[f.start:f.end].startswith(str(f.number))


def test_sub_items_stay_in_their_paragraph(segmented):
    p90 = {p.number: p for p in segmented.paragraphs}[90]
    assert "\n(a) 每年组织区域性培训员培训活动" in p90.text
    assert "(h) 开发具体条约培训模块" in p90.text


def test_links_are_collected(segmented):
    assert "https://undocs.org/ch/A/HRC/RES/37/23" in segmented.links
    assert "https://undocs.org/ch/CEDAW/C/SEN/CO/3-7" in segmented.links


def test_word_split_across_lines_is_joined():
    seg = segment(_src(" 一. 导言\n\n1. 报告由中\n\n国提交。\n\n2. 第二段。\n"))
    assert seg.paragraphs[0].text == "报告由中国提交。"


def test_out_of_sequence_numbers_are_text():
    seg = segment(_src("1. 第一段，议程项目\n\n10 是永恒议题。\n\n3. 不是段落\n\n2. 第二段。\n"))
    assert [p.number for p in seg.paragraphs] == [1, 2]
    assert "10 是永恒议题" in seg.paragraphs[0].text
    assert "3. 不是段落" in seg.paragraphs[0].text


def test_no_numbered_paragraphs_is_an_error():
    with pytest.raises(InputError, match="no numbered paragraphs"):
        segment(_src("只是一些文字。\n没有编号。\n"))


def test_english_report():
    seg = segment(_src("I. Introduction\n\n1. The Council re-\nquested a study.\n\n2. Second.\n"))
    assert seg.sections[0].title == "Introduction"
    assert seg.paragraphs[0].text == "The Council requested a study."


def test_helpers():
    assert chinese_numeral("十二") == 12
    assert join_lines(["abc", "def"]) == "abc def"
