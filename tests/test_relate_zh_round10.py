"""Chinese mechanisms of the tenth round (developed on the dev8 development texts; see tests/gold/dev8/SPLIT.md).

For each mechanism: a sentence of our own it reads and one it must not. Every sentence is written for these
tests (not copied from any report or gold text).
"""

from __future__ import annotations

from test_relate_zh_forms2 import facts, mentioned, money

TORTURE = "联合国援助酷刑受害者自愿基金"


# -- 董事会 of a report on a fund that never names its Board in full -----------------------------------

def test_the_board_of_a_report_on_a_fund_is_that_funds_board():
    got = mentioned("基金董事会第四十届会议审议了申请。", "董事会成员为：玛丽亚·桑托斯(葡萄牙)和约翰·姆巴伊(塞内加尔)。",
                    title=TORTURE)
    assert "org/vf-torture-board" in got[1] and "org/vf-torture-board" in got[2]
    got = facts("董事会成员为：玛丽亚·桑托斯(葡萄牙)和约翰·姆巴伊(塞内加尔)。", title=TORTURE, predicate="memberOf")
    assert {s for s, _p, _o, _m in got} == {"person/玛丽亚·桑托斯", "person/约翰·姆巴伊"}
    assert {o for _s, _p, o, _m in got} == {"org/vf-torture-board"}
    # a report on no fund gives the bare 董事会 no Board
    got = mentioned("董事会审议了申请。")
    assert not any(k.endswith("-board") for k in got.get(1, set()))


def test_a_board_recommending_grants_gives_no_money_of_its_own():
    assert money("董事会建议向 12 个国家的 20 个组织发放赠款，总额为 30 万美元。", title=TORTURE) == set()
    # a State giving to the Fund still does
    got = money("2026 年，葡萄牙向基金捐款 4 万欧元。", title=TORTURE)
    assert {(c[0], c[1]) for c in got} == {("state/PRT", "org/vf-torture")}


def test_the_fund_written_after_obtaining_or_see_is_the_fund():
    got = mentioned("获得基金赠款的组织有 30 个。", "详情见基金网站。", title=TORTURE)
    assert "org/vf-torture" in got[1] and "org/vf-torture" in got[2]
    # a foundation (基金会) is not the Fund
    assert "org/vf-torture" not in mentioned("获得基金会赠款的组织有 30 个。", title=TORTURE).get(1, set())


# -- modality ------------------------------------------------------------------------------------------

def test_a_planned_word_then_an_adverb_of_time_or_order_is_a_plan():
    got = facts("开发署将首次向马拉维派遣人权顾问。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Planned")}
    # 将 as a preposition (将 X 纳入) stays no plan
    got = facts("开发署协助马拉维将人权教育纳入学校课程。", predicate="assists")
    assert got == {("org/undp", "assists", "state/MWI", "Reported")}


# -- assistance said from the taker's side ---------------------------------------------------------------

def test_benefiting_from_a_named_body_with_no_help_noun():
    got = facts("秘鲁受益于联合国人权领域技术合作自愿基金。", predicate="assists")
    assert got == {("org/vf-tc", "assists", "state/PER", "Reported")}
    # the subject of a clause joined by 并 after a report
    got = facts("智利在答复中指出，该国提交了报告，并受益于开发署。", predicate="assists")
    assert ("org/undp", "assists", "state/CHL", "Reported") in got
    # a body's resolution benefits no one by that body's help
    assert facts("秘鲁受益于人权理事会的决议。", predicate="assists") == set()
    assert facts("秘鲁受益于开发署关于《儿童权利公约》的报告。", predicate="assists") == set()


def test_using_a_bodys_grant_is_taking_its_money():
    got = facts("人权观察利用基金的赠款，为尼泊尔警察举办了培训。", title=TORTURE, predicate="assists")
    assert got == {("org/vf-torture", "assists", "org/hrw", "Reported"), ("org/hrw", "assists", "state/NPL", "Reported"),
                   ("org/vf-torture", "assists", "state/NPL", "Reported")}  # funded help: the funder helps Nepal too
    # using a body's indicators or materials is no help taken
    assert facts("人权观察利用劳工组织的指标监测强迫劳动。", predicate="assists") == set()


def test_a_help_noun_right_after_the_provider_with_no_link():
    assert facts("秘鲁得到开发署支持。", predicate="assists") == {("org/undp", "assists", "state/PER", "Reported")}
    got = facts("秘鲁获得了基金赠款。", title=TORTURE, predicate="assists")
    assert got == {("org/vf-torture", "assists", "state/PER", "Reported")}


def test_unnamed_takers_working_in_a_state_stand_for_the_state():
    got = facts("在秘鲁开展工作的三个组织获得了基金的赠款。", title=TORTURE, predicate="assists")
    assert got == {("org/vf-torture", "assists", "state/PER", "Reported")}
    # a cleft: 获得…最多的是在 X 和 Y 开展工作的组织
    got = facts("获得基金赠款最多的是在秘鲁和智利开展工作的组织。", title=TORTURE, predicate="assists")
    assert got == {("org/vf-torture", "assists", "state/PER", "Reported"),
                   ("org/vf-torture", "assists", "state/CHL", "Reported")}
    # a named body in the State takes the grant and does the work there: both it and the fund help the State, and
    # the grant is help to the body (tests/gold/README.md, "funded help", which replaced round 10's reading: no help)
    got = facts("在秘鲁，开发署获得了基金的赠款。", title=TORTURE, predicate="assists")
    assert got == {("org/vf-torture", "assists", "state/PER", "Reported"), ("org/undp", "assists", "state/PER", "Reported"),
                   ("org/vf-torture", "assists", "org/undp", "Reported")}


def test_a_funded_project_in_a_state_with_a_relative_clause_helps_the_state():
    got = facts("开发署资助了尼泊尔的一个保护受害者的项目。", predicate="assists")
    assert got == {("org/undp", "assists", "state/NPL", "Reported")}
    got = facts("基金与开发署共同资助了尼泊尔的一个帮助受害者的项目。", title=TORTURE, predicate="assists")
    assert got == {("org/undp", "assists", "state/NPL", "Reported"), ("org/vf-torture", "assists", "state/NPL", "Reported")}
    # an organisation's project funded is funding of what it carries out, not help to it
    assert facts("开发署资助了人权观察的一个保护受害者的项目。", predicate="assists") == set()


# -- partners named by a counted plural ----------------------------------------------------------------

def test_two_institutions_stand_for_the_two_named_before_and_act_together():
    got = facts("开发署和儿基会表示，两机构共同为马拉维的法官举办了培训。")
    assert ("org/undp", "partnersWith", "org/unicef", "Reported") in got
    assert ("org/unicef", "assists", "state/MWI", "Reported") in got
    # a count that does not fit the list names no one: no partnership read from it
    got = facts("开发署、儿基会和妇女署表示，两机构共同为马拉维的法官举办了培训。", predicate="partnersWith")
    assert got == set()
