"""Segmenting: the bundled report exactly as before (golden), every layout fixture
(tests/fixtures/layouts/), each paragraph style, footnote form and front-page field."""

import doctest
import importlib
import json
import re
import shutil
from pathlib import Path

import pytest

from tacb_graph.errors import InputError
from tacb_graph.records import GivenMeta, Source
from tacb_graph.segment import chinese_numeral, detect_language, join_lines, segment
from tacb_graph.segment.lexicon import load_lexicons

HERE = Path(__file__).resolve().parent
LAYOUTS = HERE / "fixtures" / "layouts"
GOLDEN = HERE / "golden" / "tacb-report-zh.segments.json"


def _src(text, name="t"):
    return Source(f"{name}.txt", name, text, "0" * 64, "utf-8", len(text))


def _fixture(name):
    text = (LAYOUTS / name).read_text(encoding="utf-8")
    return segment(_src(text, name.rsplit(".", 1)[0]))


def _texts(seg):
    return {p.number: p.text for p in seg.paragraphs}


# --- the bundled report: exactly today's paragraphs and footnotes -----------------

def test_bundled_report_matches_the_golden_segmentation(segmented):
    """tests/golden/tacb-report-zh.segments.json was written by the segmenter before
    the reader learnt other layouts; every number, text, offset and owner must stay."""
    gold = json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert [[s.number, s.numeral, s.title, s.start, s.end] for s in segmented.sections] == gold["sections"]
    assert [[p.number, p.section, p.text, p.start, p.end, list(p.footnotes)] for p in segmented.paragraphs] \
        == gold["paragraphs"]
    assert [[f.number, f.text, f.start, f.end, f.paragraph] for f in segmented.footnotes] == gold["footnotes"]
    assert list(segmented.links) == gold["links"]


def test_bundled_report_is_a_clean_chinese_extract_with_nothing_skipped(segmented):
    m = segmented.meta
    assert (m.layout, m.language, m.symbol, m.title) == ("clean", "zh", None, None)
    assert segmented.warnings == ()
    # the mandate and the author are read from paragraph 1
    assert [x.symbol for x in m.mandates] == ["A/HRC/RES/37/23"] and m.mandates[0].body == "org/hrc"
    assert m.author == "org/hrc-advisory-committee"


def test_bundled_report_counts(segmented):
    assert [p.number for p in segmented.paragraphs] == list(range(1, 117))
    assert len(segmented.sections) == 13 and segmented.sections[-1].numeral == "十三"
    assert len(segmented.footnotes) == 5


def test_no_footer_or_footnote_leaks(segmented):
    for p in segmented.paragraphs:
        assert "undocs.org" not in p.text and "http" not in p.text
        assert "____" not in p.text
        assert "Zenobia" not in p.text and "提案国在人权理事会通过" not in p.text
        assert "\n\n" not in p.text


def test_offsets_point_into_source(segmented):
    text = segmented.source.text
    for p in segmented.paragraphs:
        assert re.match(rf"{p.number}\s*\.", text[p.start:p.end])
    for f in segmented.footnotes:
        assert text[f.start:f.end].startswith(str(f.number))


def test_sub_items_stay_in_their_paragraph(segmented):
    p90 = _texts(segmented)[90]
    assert "\n(a) 每年组织区域性培训员培训活动" in p90 and "(h) 开发具体条约培训模块" in p90


def test_links_are_collected(segmented):
    assert "https://undocs.org/ch/A/HRC/RES/37/23" in segmented.links


# --- the layout fixtures -----------------------------------------------------

FIXTURES = {
    # name: (layout, language, paragraphs, footnotes, sections, sub-sections)
    "zh-pdf.txt": ("pdf", "zh", 11, 2, 3, 2),
    "en-pdf.txt": ("pdf", "en", 10, 3, 3, 2),
    "zh-web.txt": ("web", "zh", 6, 2, 2, 2),
    "en-web.txt": ("web", "en", 6, 2, 2, 2),
    "en-copypaste.txt": ("pdf", "en", 4, 1, 2, 0),
    "en-clean.txt": ("clean", "en", 4, 2, 2, 2),
    "zh-layout.txt": ("pdf", "zh", 4, 1, 2, 0),
}

#: what may never be inside a paragraph: furniture, contents, front page, table rows, annex text
LEAKS = re.compile(r"GE\.\d|\d{2}-\d{5}|\*\d{6,}\*|A/HRC/29/47|A/78/123|\.{4}|…{2}|目录|Contents|概要|Summary|"
                   r"Distr\.|Original:|请回收|段次|Paragraphs|Replies by region|答复的分布|非洲|Africa|"
                   r"与会者名单|List of participants|Australia|澳大利亚|____")


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_fixture_structure(name):
    layout, lang, n_paras, n_notes, n_sections, n_subs = FIXTURES[name]
    seg = _fixture(name)
    assert seg.meta.layout == layout and seg.meta.language == lang
    assert [p.number for p in seg.paragraphs] == list(range(1, n_paras + 1))
    assert [f.number for f in seg.footnotes] == list(range(1, n_notes + 1))
    assert len(seg.sections) == n_sections and len(seg.subsections) == n_subs
    for p in seg.paragraphs:
        assert p.text and not LEAKS.search(p.text), (p.number, p.text)
        assert not re.search(r"(^|\n)\d{1,3}$", p.text), (p.number, p.text)  # no page number line
    for f in seg.footnotes:
        assert f.paragraph is not None and not LEAKS.search(f.text), f


@pytest.mark.parametrize("name", ["zh-pdf.txt", "zh-web.txt"])
def test_chinese_fixture_front_page(name):
    m = _fixture(name).meta
    assert m.symbol == "A/HRC/29/47" and m.body == "org/hrc" and m.session == 29
    assert m.date == "2015-04-14" and m.distribution == "General"
    assert (m.language, m.original_language) == ("zh", "en")
    assert m.agenda_item == "3"
    assert m.agenda_title == "增进和保护所有人权――公民权利、政治权利、经济、社会和文化权利，包括发展权"
    assert m.title_zh == "受教育权问题特别报告员的报告" and m.title_en is None and m.title == m.title_zh
    assert m.session_dates == "2015年6月15日至7月3日"
    assert m.session_label_zh == "人权理事会第二十九届会议"
    assert m.session_label_en == "Human Rights Council, twenty-ninth session"
    assert m.note and m.note.startswith("本报告逾期提交")
    assert m.summary.startswith("本报告根据人权理事会第")
    assert m.author == "org/sr-education"
    assert [(x.symbol, x.body) for x in m.mandates] == [("A/HRC/RES/26/17", "org/hrc")]
    assert {e.key for e in m.entities} >= {"org/hrc", "org/sr-education", "resolution/A/HRC/RES/26/17"}


@pytest.mark.parametrize("name", ["en-pdf.txt", "en-web.txt"])
def test_english_fixture_front_page(name):
    m = _fixture(name).meta
    assert (m.symbol, m.body, m.session, m.date) == ("A/HRC/29/47", "org/hrc", 29, "2015-04-14")
    assert (m.language, m.original_language, m.agenda_item) == ("en", "en", "3")
    assert m.agenda_title == ("Promotion and protection of all human rights, civil, political, economic, "
                              "social and cultural rights, including the right to development")
    assert m.title_en == "Report of the Special Rapporteur on the right to education"
    assert m.session_dates == "15 June–3 July 2015"
    assert m.note.startswith("The present report was submitted late")
    assert [(x.symbol, x.body) for x in m.mandates] == [("A/HRC/RES/26/17", "org/hrc")]


def test_pdf_job_number_and_furniture_are_counted():
    zh, en = _fixture("zh-pdf.txt"), _fixture("en-pdf.txt")
    assert zh.meta.job_number == en.meta.job_number == "GE.15-07781"
    for seg in (zh, en):
        furniture = [w for w in seg.warnings if "page furniture" in w]
        assert len(furniture) == 1 and re.search(r"skipped \d+ lines of page furniture \(.*running header", furniture[0])
        assert any(w.startswith("skipped the table of contents (") for w in seg.warnings)
        assert any("of tables" in w for w in seg.warnings)
        assert any("annexes numbered on their own" in w for w in seg.warnings)


def test_general_assembly_note_copied_from_a_pdf():
    seg = _fixture("en-copypaste.txt")
    m = seg.meta
    assert (m.symbol, m.body, m.session, m.agenda_item) == ("A/78/123", "org/ga", 78, "71 (b)")
    assert m.title_en == "Technical cooperation in the field of human rights"
    assert m.agenda_title.startswith("Promotion and protection of human rights: human rights questions")
    assert m.job_number == "23-13913" and m.date == "2023-07-17" and m.distribution == "General"
    # the mandate is in the Secretary-General's note transmitting the report
    assert [x.symbol for x in m.mandates] == ["A/HRC/RES/17/3"]
    assert m.author == "org/sr-education"
    assert _texts(seg)[4] == "The Special Rapporteur recommends that States request technical assistance."


def test_pdf_paragraph_styles_and_footnotes_across_pages():
    t = _texts(_fixture("zh-pdf.txt"))
    seg = _fixture("zh-pdf.txt")
    assert t[1].startswith("本报告是受教育权问题特别报告员") and t[1].endswith("感谢各国政府提供的答复。")  # "1.本"
    assert t[2].startswith("特别报告员于 2014 年 10 月")  # "2." alone on its line
    assert t[3].startswith("特别报告员还与联合国教育")  # "３．" full width
    assert t[4].endswith("包括以下内容：\n㈠ 专家咨询服务；\n㈡ 研究金和奖学金；\n㈢ 区域讨论会。")
    assert t[5].endswith("\n一、 国家需求评估；\n二、 立法审查；\n三、 培训。")  # 三、 is an item, not section 三
    assert t[6] == "见表1。"
    notes = {f.number: f for f in seg.footnotes}
    assert notes[1].text.endswith("这一注释在下一页继续说明南南合作的范围。") and notes[1].paragraph == 2
    assert notes[2].paragraph == 7 and "决议请各国" in t[7]
    assert [(s.section, s.letter, s.title) for s in seg.subsections] == [(2, "A", "背景"), (2, "B", "任务")]
    assert [p.section for p in seg.paragraphs] == [1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3]


def test_english_pdf_hyphens_symbols_markers_and_headings():
    seg = _fixture("en-pdf.txt")
    t = _texts(seg)
    assert "the Council requested the Special Rapporteur" in t[1]  # re- + quested
    assert "(see also A/HRC/27/41 and CEDAW/C/SEN/CO/3-7)." in t[1]  # symbols broken at line ends
    assert "non-governmental participation and registration. The replies" in t[2]  # marker .1 removed
    assert t[6].endswith("principle of non-interference.")  # "Legal framework" is a heading, not text
    notes = {f.number: f for f in seg.footnotes}
    assert notes[1].paragraph == 2 and notes[2].paragraph == 3  # footnotes found without a rule line
    assert notes[3].text.endswith("This footnote runs on to the next page.") and notes[3].paragraph == 6
    assert [s.title for s in seg.sections] == ["Introduction", "Background to technical cooperation",
                                              "Conclusions and recommendations"]


def test_web_markers_in_brackets_and_superscripts():
    zh, en = _fixture("zh-web.txt"), _fixture("en-web.txt")
    assert _texts(zh)[2].endswith("强调了国际合作的重要性。") and zh.paragraphs[1].footnotes == (1,)
    assert _texts(en)[2].endswith("importance of registration. The replies are on file with the secretariat.")
    assert [f.paragraph for f in en.footnotes] == [2, 3]
    assert _texts(en)[4].endswith("offered:\n(a) Advisory services of experts;\n(b) Fellowships and scholarships.")


# --- each style on its own ---------------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("1. 本报告。", "2. 第二段。"),
    ("1.本报告。", "2.第二段。"),
    ("１．本报告。", "２．第二段。"),
    ("1.\t本报告。", "2.\t第二段。"),
    ("1.\n本报告。", "2.\n第二段。"),
])
def test_paragraph_number_styles(first, second):
    seg = segment(_src(f"{first}\n{second}\n"))
    assert [(p.number, p.text) for p in seg.paragraphs] == [(1, "本报告。"), (2, "第二段。")]


def test_paragraph_numbers_beyond_9999():
    text = "".join(f"{n}. Paragraph {n}.\n" for n in range(1, 10003))
    seg = segment(_src(text))
    assert [p.number for p in seg.paragraphs[-4:]] == [9999, 10000, 10001, 10002]
    assert seg.paragraphs[9999].text == "Paragraph 10000."


def test_decimal_at_line_start_is_not_a_paragraph():
    seg = segment(_src("1. The fund received\n2.5 million dollars.\n2. Next.\n"))
    assert _texts(seg) == {1: "The fund received 2.5 million dollars.", 2: "Next."}


def test_lettered_sub_sections_under_roman_and_chinese_sections():
    en = segment(_src("I. Mandate\nA. Background\n1. One.\nB. Scope\n2. Two.\nII. Work\nA. Visits\n3. Three.\n"))
    assert [(s.section, s.letter, s.title) for s in en.subsections] == [(1, "A", "Background"), (1, "B", "Scope"),
                                                                         (2, "A", "Visits")]
    assert _texts(en) == {1: "One.", 2: "Two.", 3: "Three."}
    zh = segment(_src("一. 导言\nA. 背景\n1. 第一段。\nB. 任务\n2. 第二段。\n"))
    assert [s.title for s in zh.subsections] == ["背景", "任务"] and _texts(zh) == {1: "第一段。", 2: "第二段。"}


def test_a_sentence_starting_with_a_capital_letter_is_not_a_sub_section():
    seg = segment(_src("I. Mandate\n1. It was noted by Mr.\nA. Smith that the work continued in\nthe region.\n2. Two.\n"))
    assert seg.subsections == () and _texts(seg)[1] == "It was noted by Mr. A. Smith that the work continued in the region."


def test_numbered_sub_items_stay_inside():
    seg = segment(_src("1. 措施如下：\n（一）培训；\n（二）咨询。\n2. The steps:\n(i)\tone;\n(ii)\ttwo.\n"))
    assert _texts(seg) == {1: "措施如下：\n（一）培训；\n（二）咨询。", 2: "The steps:\n(i) one;\n(ii) two."}


def test_sub_headings_between_paragraphs_are_not_text():
    seg = segment(_src("I. Work\n1. First paragraph ends here.\nLegal framework\n2. Second.\n"
                       "3. Third ends.\n1. Sub-heading\n4. Fourth.\n"))
    assert _texts(seg) == {1: "First paragraph ends here.", 2: "Second.", 3: "Third ends.", 4: "Fourth."}
    assert "skipped 2 lines of headings without a paragraph number" in seg.warnings


def test_annex_restarting_its_numbers_is_skipped_and_one_continuing_is_read():
    seg = segment(_src("1. One.\n2. Two.\n附件\n与会者名单\n1. 澳大利亚\n2. 加拿大\n"))
    assert _texts(seg) == {1: "One.", 2: "Two."}
    assert "skipped 4 lines of annexes numbered on their own" in seg.warnings
    seg = segment(_src("1. One.\nAnnex\n2. The annex continues the numbering.\n"))
    assert _texts(seg) == {1: "One.", 2: "The annex continues the numbering."}


def test_tables_are_skipped_and_references_to_them_kept():
    seg = segment(_src("1. 见表1。\n表1\n区域分布\n非洲\n7\n亚洲\n9\n2. 第二段。\n"
                       "3. Row cells:\n| Africa | 7 |\n| Asia | 9 |\n4. Done.\n"))
    assert _texts(seg) == {1: "见表1。", 2: "第二段。", 3: "Row cells:", 4: "Done."}
    assert "skipped 8 lines of tables" in seg.warnings


def test_footnote_markers_in_every_form():
    zh = segment(_src("1. 合作”1 重要，发展2 也是，见表3，研究3。\n____________\n1 注一。\n2 注二。\n3 注三。\n"))
    assert _texts(zh)[1] == "合作”重要，发展也是，见表3，研究。" and zh.paragraphs[0].footnotes == (1, 2, 3)
    en = segment(_src("1. The registration.1 Then States,2 and rights³ and data[4] p.5 here.\n"
                      "__________\n1 One.\n2 Two.\n3 Three.\n4 Four.\n5 Five.\n"))
    assert _texts(en)[1] == "The registration. Then States, and rights and data p.5 here."
    assert en.paragraphs[0].footnotes == (1, 2, 3, 4)
    assert [f.paragraph for f in en.footnotes] == [1, 1, 1, 1, None]


def test_a_digit_after_a_decimal_point_is_no_marker():
    en = segment(_src("1. The Fund received US$ 14.2 million and 2.5 per cent more (CHF 800,000).2 It grew.1\n"
                      "__________\n1 One.\n2 Two.\n"))
    assert _texts(en)[1] == "The Fund received US$ 14.2 million and 2.5 per cent more (CHF 800,000). It grew."
    assert en.paragraphs[0].footnotes == (1, 2)


def test_footnote_continuing_after_a_page_break():
    text = ("1. First.1\n__________\n1 A note that\n3\n\fA/HRC/1/1\n2. Second paragraph.\n"
            "__________\nruns on.\n4\n")
    seg = segment(_src(text))
    assert _texts(seg) == {1: "First.", 2: "Second paragraph."}
    assert seg.footnotes[0].text == "A note that runs on." and seg.footnotes[0].paragraph == 1


def test_starred_note_among_footnotes_is_the_title_note():
    seg = segment(_src("1. Text.1\n__________\n* Submitted late.\n1 The note.\n"))
    assert seg.meta.note == "Submitted late." and seg.footnotes[0].text == "The note."


def test_word_split_across_lines_is_joined():
    seg = segment(_src(" 一. 导言\n\n1. 报告由中\n\n国提交。\n\n2. 第二段。\n"))
    assert seg.paragraphs[0].text == "报告由中国提交。"


def test_out_of_sequence_numbers_are_text():
    seg = segment(_src("1. 第一段，议程项目\n\n10 是永恒议题。\n\n3. 不是段落\n\n2. 第二段。\n"))
    assert [p.number for p in seg.paragraphs] == [1, 2]
    assert "10 是永恒议题" in seg.paragraphs[0].text and "3. 不是段落" in seg.paragraphs[0].text


def test_english_report():
    seg = segment(_src("I. Introduction\n\n1. The Council re-\nquested a study.\n\n2. Second.\n"))
    assert seg.sections[0].title == "Introduction"
    assert seg.paragraphs[0].text == "The Council requested a study."


def test_contents_without_a_heading_and_numbers_alone_are_skipped():
    text = ("Contents\nParagraphs\nPage\n1.\nIntroduction ........ 1–3\n3\nI.\nMandate ..........\n4–9\n4\n"
            "I.\nMandate\n1.\nThe work began.\n2.\nIt ended.\n")
    seg = segment(_src(text))
    assert [s.title for s in seg.sections] == ["Mandate"]
    assert _texts(seg) == {1: "The work began.", 2: "It ended."}


# --- metadata given or read --------------------------------------------------

def test_given_metadata_wins_over_the_front_page():
    text = (LAYOUTS / "en-pdf.txt").read_text(encoding="utf-8")
    given = GivenMeta(symbol="A/HRC/30/1", title="Given title", date="2016-01-02", session=30, session_body="hrc")
    m = segment(_src(text), given).meta
    assert (m.symbol, m.title_en, m.date, m.session, m.body) == ("A/HRC/30/1", "Given title", "2016-01-02", 30, "org/hrc")
    assert m.agenda_item == "3"  # not given: read
    assert set(m.given) == {"symbol", "title_en", "date", "session"}


def test_session_and_body_from_the_symbol_alone():
    m = segment(_src("1. Text.\n"), GivenMeta(symbol="A/HRC/26/51")).meta
    assert (m.symbol, m.body, m.session) == ("A/HRC/26/51", "org/hrc", 26)
    assert m.session_label_zh == "人权理事会第二十六届会议"


def test_unknown_session_body_is_a_clear_error():
    with pytest.raises(InputError, match="unknown body 'nope'"):
        segment(_src("1. Text.\n"), GivenMeta(session=3, session_body="nope", origin="--session"))


# --- errors, helpers, languages ---------------------------------------------

def test_no_layout_fits_is_one_clear_error():
    with pytest.raises(InputError) as err:
        segment(_src("只是一些文字。\n没有编号。\n"))
    message = str(err.value)
    assert "no numbered paragraphs" in message and "no layout fits" in message and "\n" not in message


def test_helpers():
    assert chinese_numeral("十二") == 12 and chinese_numeral("一百零五") == 105
    assert join_lines(["abc", "def"]) == "abc def"


def test_another_language_is_a_data_file(tmp_path):
    """French is not shipped; one JSON file makes its front page readable."""
    for f in (HERE.parent / "data" / "layout").glob("*.json"):
        shutil.copy(f, tmp_path / f.name)
    fr = json.loads((tmp_path / "en.json").read_text(encoding="utf-8"))
    fr.update({
        "language": "fr", "name": "French", "common_words": ["le", "la", "les", "des", "de"],
        "ordinals": {"premier": 1, "sixième": 6, "vingtième": 20}, "cardinals": {"vingt": 20},
        "session": ["{n} session"], "agenda_item": ["Point {item} de l’ordre du jour"],
        "months": {"avril": 4}, "date": ["{day} {month} {year}"], "summary": ["Résumé"],
    })
    (tmp_path / "fr.json").write_text(json.dumps(fr, ensure_ascii=False), encoding="utf-8")
    text = ("Conseil des droits de l’homme\nVingt-sixième session\nPoint 3 de l’ordre du jour\n"
            "Promotion des droits\nRapport du Rapporteur spécial*\n"
            "1. Le présent rapport est soumis par le Rapporteur spécial et la les des de.\n")
    seg = segment(_src(text), layout_dir=str(tmp_path))
    assert seg.meta.language == "fr" and seg.meta.session == 26 and seg.meta.agenda_item == "3"
    assert detect_language("Le rapport de la session et les droits des peuples", load_lexicons(str(tmp_path))) == "fr"


@pytest.mark.parametrize("module", ["numbers", "numbering", "lines", "lexicon", "bodies", "furniture", "layout",
                                    "front", "text", "footnotes", "meta", "__init__"])
def test_doctests(module):
    name = "tacb_graph.segment" + ("" if module == "__init__" else f".{module}")
    assert doctest.testmod(importlib.import_module(name)).failed == 0


def test_pdftotext_footnotes_with_their_number_on_its_own_line():
    text = ("I. Introduction\n1.\nThe present report is submitted pursuant to Human Rights Council resolution 37/23,\n"
            "in which the Council requested a study.1 The Committee\nestablished a drafting group.2\n"
            "1\nSee A/HRC/37/2.\n2\nIbid., para. 3.\nGE.20-00837\n3\n\fA/HRC/43/31\n2.\nThe drafting group met twice.\n")
    seg = segment(_src(text))
    assert _texts(seg)[1].endswith("requested a study. The Committee established a drafting group.")
    assert [(f.number, f.text, f.paragraph) for f in seg.footnotes] == [(1, "See A/HRC/37/2.", 1),
                                                                        (2, "Ibid., para. 3.", 1)]
    assert _texts(seg)[2] == "The drafting group met twice."


def test_pdftotext_layout_mode_with_letters_spread_and_columns():
    seg = _fixture("zh-layout.txt")
    m = seg.meta
    assert (m.symbol, m.body, m.session, m.agenda_item, m.date) == ("A/HRC/29/47", "org/hrc", 29, "3", "2015-04-14")
    assert m.title_zh == "受教育权问题特别报告员的报告" and m.session_dates == "2015 年 6 月 15 日至 7 月 3 日"
    assert not any("not recognised" in w for w in seg.warnings)  # "大    会" is one word, spread out
    t = _texts(seg)
    assert t[1].endswith("各国强调了国际合作的重要性。") and seg.footnotes[0].paragraph == 1
    assert t[2] == "各区域的答复数目见表 1。"
    assert t[3] == "特别报告员建议：\n(a) 请人权高专办继续提供技术援助；\n(b) 鼓励各国提交申请。"


@pytest.mark.parametrize("text", [
    "一.\t导言\n1.本报告审查技术合作[1]的作用。\n2.各国强调了国际合作[2]。\n[1] 技术合作包括咨询服务。\n[2] 见A/HRC/27/41。\n",
    "I.\tIntroduction\n1.\tThe report reviews cooperation.¹\n2.\tStates stressed it.²\n1\tCooperation includes advice.\n"
    "2\tSee A/HRC/27/41.\n",
])
def test_endnotes_of_web_text_without_a_rule(text):
    seg = segment(_src(text))
    assert [p.footnotes for p in seg.paragraphs] == [(1,), (2,)]
    assert [f.paragraph for f in seg.footnotes] == [1, 2] and "A/HRC/27/41" in seg.footnotes[1].text
    assert all("[" not in p.text and "¹" not in p.text for p in seg.paragraphs)


@pytest.mark.parametrize("text, agenda, title, author", [
    ("A/HRC/50/9\n\n人权理事会\n\n第五十届会议\n\n议程项目 10\n\n技术援助和能力建设\n\n"
     "马里人权领域的技术援助\n\n联合国人权事务高级专员的报告\n\n 一. 导言\n\n1. 本报告。\n",
     "技术援助和能力建设", "马里人权领域的技术援助", "org/hchr"),
    ("A/HRC/50/9\nHuman Rights Council\nFiftieth session\nAgenda item 10\nTechnical assistance and\n"
     "capacity-building\n\nTechnical assistance to Mali in the field of\nhuman rights\n\n"
     "Report of the United Nations High Commissioner for Human Rights\n\n I. Introduction\n\n1. The report.\n",
     "Technical assistance and capacity-building", "Technical assistance to Mali in the field of human rights",
     "org/hchr"),
])
def test_title_under_the_agenda_title_and_above_who_wrote_it(text, agenda, title, author):
    m = segment(_src(text)).meta
    assert (m.agenda_title, m.title, m.author, m.session) == (agenda, title, author, 50)


def test_layout_patterns_are_compiled_when_first_read(tmp_path):
    import json

    import pytest

    from tacb_graph.errors import TacbError
    from tacb_graph.package_data import data_dir
    from tacb_graph.segment.lexicon import load_lexicons

    zh = json.loads((data_dir() / "layout" / "zh.json").read_text(encoding="utf-8"))
    zh["session"] = ["第{nope}届会议"]  # a slot no template knows
    (tmp_path / "zh.json").write_text(json.dumps(zh, ensure_ascii=False), encoding="utf-8")
    lex = load_lexicons(tmp_path)["zh"]
    assert "session" not in lex.patterns  # nothing compiled yet
    assert lex.patterns["resolution"]  # a family that is well formed compiles on its own
    with pytest.raises(TacbError, match="malformed"):
        lex.find_session("第三十届会议")
