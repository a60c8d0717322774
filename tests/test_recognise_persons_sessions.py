"""Persons and sessions named in the text (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tacb_graph.config import load_config, load_language
from tacb_graph.nlp import run
from tacb_graph.recognise.persons import find_persons, person_slug
from tacb_graph.recognise.sessions import find_sessions, number_words
from tacb_graph.records import Source
from tacb_graph.segment import segment


def read(text: str, lang: str):
    text = f"1. {text}\n"
    return run(segment(Source("t.txt", "t", text, "0", "utf-8", len(text))), load_config(lang))


def names(text: str, lang: str) -> list[str]:
    return [n for _s, _e, n in find_persons(text, load_language(lang))]


@pytest.mark.parametrize("text, expected", [
    ("工作组成员由阿尔贝托·布朗、李明、卡琳·斯旺和王芳组成。", ["阿尔贝托·布朗", "李明", "卡琳·斯旺", "王芳"]),
    ("特别报告员戴维·博伊德在报告中指出，", ["戴维·博伊德"]),
    ("会议由张伟先生主持。", ["张伟"]),
    ("发展中国家和最不发达国家", []),
])
def test_chinese_names(text, expected):
    assert names(text, "zh") == expected


@pytest.mark.parametrize("text, expected", [
    ("The group is composed of Maria Lopez, Ken Ito (Chair) and Anne van der Berg.",
     ["Maria Lopez", "Ken Ito", "Anne van der Berg"]),
    ("The Special Rapporteur on the right to food, Michael Fakhri, visited Malawi.", ["Michael Fakhri"]),
    ("Ms. Ana Brian Nougrères presented her report.", ["Ana Brian Nougrères"]),
    ("The Human Rights Council and the United Nations Development Programme met.", []),
])
def test_english_names(text, expected):
    assert names(text, "en") == expected


def test_person_slugs_follow_the_script():
    assert person_slug("Anne van der Berg") == "anne-van-der-berg"
    assert person_slug("Fabián Salvioli") == "fabian-salvioli"
    assert person_slug("阿尔贝托 · 布朗") == "阿尔贝托·布朗"


def test_session_numbers_in_words_and_digits():
    zh, en = load_language("zh").sessions, load_language("en").sessions
    assert [number_words(x, zh) for x in ("四十三", "二十", "十", "一百零五", "57")] == [43, 20, 10, 105, 57]
    assert [number_words(x, en) for x in ("fortieth", "forty-third", "twenty-first", "44th")] == [40, 43, 21, 44]
    assert find_sessions("第五十届会议", load_language("zh"))[0][2] == 50


def test_a_session_belongs_to_the_body_named_with_it():
    rec = read("人权理事会第四十五届会议通过了第 45/9 号决议。", "zh")
    sessions = {e.key: e for e in rec.entities if e.kind == "Session"}
    assert set(sessions) == {"session/hrc/45"}
    assert sessions["session/hrc/45"].session_of == "org/hrc" and sessions["session/hrc/45"].number == 45
    assert ("resolution/A/HRC/RES/45/9", "atSession", "session/hrc/45") in {
        (r.subject, r.predicate, r.object) for r in rec.relations}


def test_a_session_before_its_body_and_in_english():
    rec = read("在第四十五届会议上，大会通过了第 45/9 号决议。", "zh")
    assert {e.key for e in rec.entities if e.kind == "Session"} == {"session/ga/45"}
    rec = read("At its fortieth session, the Human Rights Council adopted resolution 40/27.", "en")
    assert {e.key for e in rec.entities if e.kind == "Session"} == {"session/hrc/40"}
    rec = read("The report was presented at the fifty-fourth session of the Human Rights Council.", "en")
    assert {e.key for e in rec.entities if e.kind == "Session"} == {"session/hrc/54"}


def test_at_session_needs_the_numbers_to_agree():
    rec = read("人权理事会第四十五届会议审议了第 37/23 号决议的执行情况。", "zh")
    assert not [r for r in rec.relations if r.predicate == "atSession"]


def test_a_post_held_by_a_person():
    rec = read("联合国人权事务高级专员福尔克尔·蒂尔克访问了马拉维。", "zh")
    assert ("org/hchr", "heldBy", "person/福尔克尔·蒂尔克") in {(r.subject, r.predicate, r.object) for r in rec.relations}
    assert {e.key: e.kind for e in rec.entities}["person/福尔克尔·蒂尔克"] == "Person"


@pytest.mark.parametrize("text, expected", [
    # a name opening its sentence, an apposition saying what the person is or whom they are with, then a verb
    ("Mireille Oduya-Castell, a professor of public law in Accra, said that the courts had improved.",
     ["Mireille Oduya-Castell"]),
    ("The session ended. Jonas Everaert-Mbeki, of UNICEF, presented the programme.", ["Jonas Everaert-Mbeki"]),
    # an organisation's name, a month or a sentence adverb is no person's
    ("Caribbean Policy Network, a member of the coalition, said that it agreed.", []),
    ("In March, a mission visited the country.", []),
])
def test_a_name_before_an_apposition(text, expected):
    assert names(text, "en") == expected
