"""More Chinese forms that hold beyond one report (second round, developed on the dev3 texts).

For each cue or mechanism: a sentence of our own it matches and one it must not. Every
sentence is written for these tests (not copied from any report or gold text).
"""

from __future__ import annotations

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment

FRONT = "A/HRC/99/1\n\n人权理事会\n第九十九届会议\n议程项目 10\n技术援助和能力建设\n\n{title}\n\n秘书长的报告\n\n"


def source(*paragraphs: str, title: str | None = None) -> Source:
    text = (FRONT.format(title=title) if title else "") + "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return Source("t.txt", "t", text, "0", "utf-8", len(text))


def run(*paragraphs: str, title: str | None = None):
    return relate(recognise(segment(source(*paragraphs, title=title))))


def facts(*paragraphs: str, predicate: str | None = None, title: str | None = None) -> set[tuple]:
    return {(r.subject, r.predicate, r.object, r.modality) for r in run(*paragraphs, title=title).relations
            if r.predicate != "cites" and (predicate is None or r.predicate == predicate)}


def mentioned(*paragraphs: str, title: str | None = None) -> dict[int, set[str]]:
    out: dict[int, set[str]] = {}
    for m in recognise(segment(source(*paragraphs, title=title))).mentions:
        if m.unit == "paragraph":
            out.setdefault(m.number, set()).add(m.entity)
    return out


# -- 基金 (the Fund) on its own, 本基金 (this Fund) -------------------------------------------------

def test_the_bare_fund_is_the_fund_of_the_title_or_the_one_named_before():
    got = mentioned("董事会审查了基金的财务状况。", "马拉维受益于基金的支持。",
                    title="联合国人权领域技术合作自愿基金")
    assert "org/vf-tc" in got[1] and "org/vf-tc" in got[2]
    got = mentioned("人权领域技术合作自愿基金成立于 1987 年。", "2024 年，基金收到了 20 项捐款。")
    assert "org/vf-tc" in got[2]
    # a foundation (基金会) and a fund of a longer unknown name are not the Fund
    got = mentioned("人权领域技术合作自愿基金成立于 1987 年。", "马拉维得到了福特基金会和住房发展基金的资助。")
    assert "org/vf-tc" not in got.get(2, set())


def test_this_fund_is_the_reports_own_fund_not_the_other_fund_named_before():
    got = facts("建设和平基金与本基金共同支持了马拉维的司法改革。", predicate="partnersWith",
                title="联合国人权领域技术合作自愿基金")
    assert got == {("org/peacebuilding-fund", "partnersWith", "org/vf-tc", "Reported")}
