"""Contributions in a fund's report that name no recipient (sixty-second session). Texts of our own."""

from __future__ import annotations

from tacb_graph.pipeline import extract


def test_a_fund_after_a_year_is_the_fund_of_the_report_and_takes_the_contributions(tmp_path):
    text = tmp_path / "fund-report.txt"
    text.write_text("A/HRC/950/3\n\n人权理事会\n第九百五十届会议\n2119 年 6 月 14 日至 7 月 9 日\n议程项目 10\n技术援助和能力建设\n\n"
                    "执行普遍定期审议财政和技术援助自愿基金：2118 年的工作\n\n秘书长的报告\n\n"
                    " 一. 捐款\n\n1. 2118 年基金共收到捐款约 200 万美元。爱尔兰捐款 50 万欧元；挪威捐款 80 万美元。\n",
                    encoding="utf-8")
    got = {(c.contributor, c.recipient) for c in extract(text).contributions}
    assert {("state/IRL", "org/upr-vf-fta"), ("state/NOR", "org/upr-vf-fta")} <= got
