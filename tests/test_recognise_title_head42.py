"""A bare head noun of the body the report is about (``中心``, ``该中心``; English ``the Centre`` already so): a fitting
body its own unit named before it, else the one the report's title names, not the last body of that head named
somewhere before (``约旦国家人权中心``): zh ``backrefs.json`` rules with ``title``, read with the rule's ``scope``
only where the title names nothing fitting. Sentences of our own, not copied from any gold text."""

from __future__ import annotations

from tacb_graph.pipeline import extract

HEADER = """A/HRC/360/12

人权理事会
第三百六十届会议
2115 年 3 月 1 日至 4 月 2 日
议程项目 10
技术援助和能力建设

联合国西南亚和阿拉伯区域人权培训和文献中心的活动

秘书长的报告

 一. 导言

"""


def test_the_centre_of_the_title(tmp_path):
    path = tmp_path / "centre.txt"
    path.write_text(HEADER + "1. 2114 年，中心为约旦外交部官员举办了条约报告培训。\n\n"
                    "2. 约旦国家人权中心的两名工作人员到多哈接受了研修。\n\n"
                    "3. 中心还为也门人权部官员举办了讲习班。\n", encoding="utf-8")
    rec = extract(path)
    helped = {(r.number, r.subject, r.object) for r in rec.relations if r.predicate == "assists"}
    assert (1, "org/ohchr-doha-centre", "state/JOR") in helped
    assert (3, "org/ohchr-doha-centre", "state/YEM") in helped
    assert not any(s == "org/nchr-jordan" for _n, s, _o in helped)
