"""Chinese back-references, short forms and persons read with the bundled gazetteers.

Every sentence is written for these tests (not copied from any report).
"""

from __future__ import annotations

import pytest

from tacb_graph.config import load_config
from tacb_graph.nlp import run
from tacb_graph.records import Source
from tacb_graph.segment import segment


def read(*paragraphs: str):
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return run(segment(Source("t.txt", "t", text, "0", "utf-8", len(text))), load_config("zh"))


def mentions(rec, number: int | None = None) -> list[tuple[str, str]]:
    return [(m.surface, m.entity) for m in rec.mentions if number is None or m.number == number]


def test_the_country_refers_back_to_the_state():
    rec = read("马拉维政府请人权高专办提供援助。人权高专办随后为该国的法官举办了讲习班。")
    assert ("该国", "state/MWI") in mentions(rec)


@pytest.mark.parametrize("text", ["马拉维设立了该国家人权机构。", "马拉维加入了该国际组织。"])
def test_the_country_is_not_a_word_that_starts_with_it(text):
    assert [k for _s, k in mentions(read(text))] == ["state/MWI"]


def test_regional_office_short_form_and_back_reference():
    rec = read("东非区域办事处为肯尼亚官员举办了培训。", "该区域办事处还计划访问乌干达。")
    assert ("东非区域办事处", "org/ohchr-east-africa") in mentions(rec, 1)
    assert ("该区域办事处", "org/ohchr-east-africa") in mentions(rec, 2)
    assert "place/east-africa" not in {k for _s, k in mentions(rec)}


def test_a_bare_body_word_followed_by_its_session_is_the_body():
    rec = read("马拉维代表出席了普遍定期审议工作组会议，并出席了工作组第四十届会议。")
    assert ("工作组", "org/upr-working-group") in mentions(rec)
    assert "session/upr-working-group/40" in {k for _s, k in mentions(rec)}
    # after a verb or marker the bare word stands on its own
    rec = read("人权理事会开会。", "培训内容包括理事会的议事规则。")
    assert ("理事会", "org/hrc") in mentions(rec, 2)
    # without its session or resolution the word after a noun stays unread (选举委员会 is no 委员会); after a verb's
    # particle (出席了理事会) it stands on its own
    rec = read("人权理事会开会。", "马拉维选举委员会的工作人员出席了理事会的会议。")
    assert [k for _s, k in mentions(rec, 2)] == ["state/MWI", "org/hrc"]
    rec = read("人权理事会开会。", "马拉维选举委员会的工作人员出席了会议。")
    assert [k for _s, k in mentions(rec, 2)] == ["state/MWI"]


def test_a_post_named_once_is_referred_to_by_its_title_later_in_the_report():
    rec = read("联合国人权事务副高级专员访问了马拉维。", "马拉维政府作了介绍。", "副高级专员随后指出，合作很重要。")
    assert ("副高级专员", "org/dhchr") in mentions(rec, 3)
    rec = read("马拉维政府作了介绍。", "高级专员建议马拉维批准公约。")
    assert ("高级专员", "org/hchr") in mentions(rec, 2)  # the High Commissioner of a UN report


@pytest.mark.parametrize("text, name", [
    ("高级专员会见了阿里·穆萨总统和民间社会代表。", "person/阿里·穆萨"),
    ("副高级专员安娜·罗西致开幕词。", "person/安娜·罗西"),
    ("小组成员有：卫生部官员卡拉·门德斯。", "person/卡拉·门德斯"),
])
def test_a_title_before_or_after_a_name_is_no_part_of_it(text, name):
    persons = {k for _s, k in mentions(read(text)) if k.startswith("person/")}
    assert persons == {name}


def test_the_paragraph_before_reaches_over_its_footnotes():
    text = ("1. 秘书长设立了联合国人权领域技术合作自愿基金。1\n\n2. 该基金由人权高专办管理。\n\n"
            "__________________\n\n 1 另见 A/HRC/53/63。\n")
    rec = run(segment(Source("t.txt", "t", text, "0", "utf-8", len(text))), load_config("zh"))
    assert [u.number for u in rec.segmented.footnotes] == [1]
    assert ("该基金", "org/vf-tc") in mentions(rec, 2)


def test_the_deputy_is_the_deputy_high_commissioner_and_the_high_commissioner_is_not_the_deputy():
    rec = read("副高级专员主持了对话。高级专员随后发言，感谢各国代表团。",
               "联合国人权事务副高级专员介绍了报告。高级专员还指出，合作十分重要。")
    assert mentions(rec, 1) == [("副高级专员", "org/dhchr"), ("高级专员", "org/hchr")]
    assert mentions(rec, 2) == [("联合国人权事务副高级专员", "org/dhchr"), ("高级专员", "org/hchr")]


def test_a_short_name_the_report_defines_stands_for_the_name_it_follows():
    rec = read("人权高专办尼泊尔办事处(以下简称“办事处”)设在加德满都。",
               "律师协会请办事处为其新设的地方办事处提供设备。六个月后，办事处同意了。")
    assert mentions(rec, 2) == [("办事处", "org/ohchr-nepal"), ("办事处", "org/ohchr-nepal")]  # 地方办事处: no office


def test_a_defined_short_name_of_another_head_is_not_adopted():
    # the brackets follow the State, not an office: 办事处 keeps its own rule
    rec = read("人权高专办为尼泊尔(以下简称“办事处”)提供了培训。")
    assert ("办事处", "state/NPL") not in mentions(rec)
