"""Chinese relation forms read in the twenty-ninth session: material sent for a report (``也寄送了材料。``, ``在其材料中``),
help received through a preposition other than 在 (``借助 X 的支持``) and a body or fund that a relative clause names as
run or paid for by another (``由 X 管理的 F``). Every sentence is written for these tests (not copied from any report)."""

from __future__ import annotations

from test_relate_round21 import facts, triples


def test_material_sent_at_the_end_of_its_clause_is_a_submission():
    got = triples(facts("下列国家作了答复：智利和秘鲁。人权观察和大赦国际也寄送了材料。"))
    assert {("org/hrw", "submittedInputTo", "report", "Reported"),
            ("org/amnesty", "submittedInputTo", "report", "Reported")} <= {(s, p, o.lstrip("@"), m) for s, p, o, m in got}


def test_what_a_body_says_in_its_material_is_its_submission():
    got = triples(facts("儿基会在其材料中介绍，它向马拉维提供了技术咨询。"))
    assert ("org/unicef", "submittedInputTo") in {(s, p) for s, p, _o, _m in got}
    assert ("org/unicef", "assists", "state/MWI", "Reported") in got


def test_help_received_through_jieyu():
    got = triples(facts("吉尔吉斯共和国监察员借助亚太论坛的支持完成了战略规划。"))
    assert ("org/apf", "assists", "org/ombudsman-kyrgyzstan", "Reported") in got


def test_a_relative_clause_names_who_runs_or_pays_for_what_follows():
    assert ("org/vf-tc", "administeredBy", "org/ohchr", "Reported") in triples(
        facts("由人权高专办管理的联合国人权领域技术合作自愿基金批准了两个项目。"))
    assert ("org/spotlight-initiative", "fundedBy", "org/eu", "Reported") in triples(
        facts("由欧洲联盟资助的聚光灯倡议在马拉维开展了工作。"))


def test_a_funded_project_the_subject_carried_out_stays_funded_help():
    got = triples(facts("德国执行了一个由欧洲联盟出资的项目。"))
    assert not any(p in ("fundedBy", "administeredBy") for _s, p, _o, _m in got)


def test_staff_hosted_and_shown_how_things_work_are_helped():
    got = triples(facts("2091 年，马拉维人权委员会接待了赞比亚人权委员会的一批工作人员，向他们讲解投诉处理程序。"))
    assert ("org/mhrc", "assists", "org/hrc-zambia", "Reported") in got


def test_a_project_pushed_forward_in_a_state_is_help_and_its_funder_helps_too():
    got = triples(facts("儿基会在挪威的资助下，于 2091 年在马拉维推行了一个少年司法项目。"))
    assert {("org/unicef", "assists", "state/MWI", "Reported"), ("state/NOR", "assists", "state/MWI", "Reported")} <= got
    assert not any(p == "assists" for _s, p, _o, _m in triples(facts("马拉维推行了司法改革。")))
