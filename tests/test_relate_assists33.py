"""Help and cooperation read in the thirty-third session: cooperation that is only the topic of views or information
sought (``sought the views of States on technical cooperation with X``, ``征求…对与 X 开展技术合作的意见``) is neither
assistance nor partnership; whoever pays for what a sentence reports is not its recipient when the sentence names it only
in its funding phrase; a measure word inside a Chinese funding phrase (``在 X 的一笔赠款支持下``); people lent or seconded
under more names (drafters, trainers, placements); and ``the Regional Office`` of a report whose title names a regional
office is that office, whatever other office a paragraph before named. Every sentence is written for these tests (not
copied from any report)."""

from __future__ import annotations

import pytest

from test_relate_round21 import assists, facts, triples


@pytest.mark.parametrize("sentence", [
    "The Council requested the Secretary-General to collect information on technical cooperation with Guyana.",
    "The Council asked the Secretary-General to seek the views of States, national human rights institutions and "
    "United Nations entities on technical cooperation with Guyana and to report to it.",
])
def test_cooperation_that_views_are_sought_on_is_no_help(sentence):
    got = triples(facts(sentence))
    assert not {t for t in got if t[1] in ("assists", "partnersWith")}


def test_cooperation_itself_is_still_read():
    assert ("org/ohchr", "state/GUY", "Reported") in assists(facts("OHCHR continued its technical cooperation with Guyana."))


def test_chinese_cooperation_that_views_are_sought_on_is_no_partnership():
    got = triples(facts("人权理事会请秘书长征求各国和联合国实体对与巴林开展技术合作的意见，并向理事会提交报告。"))
    assert not {t for t in got if t[1] in ("assists", "partnersWith")}
    assert ("org/ohchr", "partnersWith", "state/BHR", "Reported") in triples(facts("人权高专办与巴林开展技术合作。"))


@pytest.mark.parametrize("sentence, funder", [
    ("在执行普遍定期审议财政和技术援助自愿基金的一笔赠款支持下，博茨瓦纳监察员办公室为博茨瓦纳 14 所监狱的管理人员组织了培训课程。",
     "org/upr-vf-fta"),
    ("在挪威的两笔赠款资助下，人权高专办为博茨瓦纳法官举办了讲习班。", "state/NOR"),
])
def test_a_measure_word_in_a_chinese_funding_phrase(sentence, funder):
    assert (funder, "state/BWA", "Reported") in assists(facts(sentence))


@pytest.mark.parametrize("sentence, provider, recipient", [
    ("Cabo Verde lent two legislative drafters to the National Parliament of Timor-Leste for six months.",
     "state/CPV", "state/TLS"),
    ("Two trainers of UNODC were seconded to the prison service of Malawi.", "org/unodc", "state/MWI"),
])
def test_people_lent_or_seconded(sentence, provider, recipient):
    assert (provider, recipient, "Reported") in assists(facts(sentence))


def test_the_regional_office_of_a_report_on_one_office():
    text = ("A/HRC/101/27\nHuman Rights Council\nOne hundred and first session\n3–28 March 2090\nAgenda item 10\n"
            "Technical assistance and capacity-building\n\n"
            "Activities of the OHCHR Regional Office for South-East Asia in 2089\n\n"
            "Report of the Secretary-General\n\n I. Introduction\n\n"
            "1. At the request of the OHCHR Regional Office for the Pacific, the Regional Office sent two officers to "
            "Fiji.\n\n"
            "2. A mission of the Regional Office to Brunei Darussalam, scheduled for April 2090, was called off and did "
            "not take place.\n")
    from tacb_graph.records import Source
    from tacb_graph.recognise import recognise
    from tacb_graph.relate import relate
    from tacb_graph.segment import segment

    found = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    got = {(r.subject, r.object, r.modality) for r in found.relations if r.predicate == "assists" and r.number == 2}
    assert got == {("org/ohchr-south-east-asia", "state/BRN", "Negated")}


@pytest.mark.parametrize("sentence, funder", [
    ("Using resources of the United Nations Voluntary Fund for Technical Cooperation in the Field of Human Rights, UNDP "
     "trained judges of Malaysia.", "org/vf-tc"),
    ("UNDP trained 40 judges of Malaysia, in a programme made possible by Norway.", "state/NOR"),
])
def test_more_ways_of_saying_who_paid(sentence, funder):
    got = assists(facts(sentence))
    assert {("org/undp", "state/MYS", "Reported"), (funder, "state/MYS", "Reported")} <= got


@pytest.mark.parametrize("sentence", [
    "OHCHR handed over to the Government of Malaysia a database for tracking the recommendations.",
    "OHCHR handed over to the Governments of Malaysia and Timor-Leste a database.",
])
def test_a_thing_handed_over_to_a_government_named_before_it(sentence):
    assert ("org/ohchr", "state/MYS", "Reported") in assists(facts(sentence))


@pytest.mark.parametrize("sentence", [
    "When the Government of Eswatini prepared its fifth national report, OHCHR provided assistance.",
    "While Eswatini was drafting its report, OHCHR provided advice.",
    "埃斯瓦蒂尼政府编写第五轮国家报告时，人权高专办提供了协助。",
])
def test_help_with_the_work_a_temporal_clause_names(sentence):
    assert ("org/ohchr", "state/SWZ", "Reported") in assists(facts(sentence))


def test_a_temporal_clause_does_not_outrank_a_named_recipient():
    assert assists(facts("When Eswatini asked, OHCHR provided advice to Lesotho.")) == {("org/ohchr", "state/LSO", "Reported")}


@pytest.mark.parametrize("sentence, asker, asked", [
    ("The ASEAN Secretariat, at the request of the Government of Timor-Leste, briefed senior officials of the country on "
     "the regional human rights mechanisms.", "state/TLS", "org/asean-secretariat"),
    ("The ASEAN Secretariat, having been asked by the Government of Timor-Leste to do so, briefed senior officials of the "
     "country on the regional human rights mechanisms.", "state/TLS", "org/asean-secretariat"),
    ("When the Ministry of Justice of Timor-Leste asked it to, OHCHR reviewed the draft law on protection orders.",
     "state/TLS", "org/ohchr"),
    ("After Malawi had asked it for help, OHCHR trained 30 judges.", "state/MWI", "org/ohchr"),
])
def test_who_asked_for_what_a_body_then_did(sentence, asker, asked):
    got = triples(facts(sentence))
    assert (asker, "requests", asked, "Reported") in got
    assert (asked, "assists", asker, "Reported") in got


def test_the_author_thanking_donors_for_their_support_is_not_helped():
    assert not assists(facts("The Secretary-General thanks Sweden, Australia and the Republic of Korea for their support."))


@pytest.mark.parametrize("sentence, fact", [
    ("Kenya thanked OHCHR for its support.", ("org/ohchr", "state/KEN", "Reported")),
    # (support to the author's own office is a donor's support, no help: since the fifty-fifth session a named
    # recipient other than the author is what is still read)
    ("The High Commissioner thanks Norway for its support to the Government of Chad.", ("state/NOR", "state/TCD", "Reported")),
])
def test_thanks_for_help_to_a_named_recipient_still_read(sentence, fact):
    assert fact in assists(facts(sentence))


def test_officials_who_received_the_training_an_event_gave():
    got = assists(facts("人权高专办与儿基会在阿斯塔纳联合举办了次区域讲习班，哈萨克斯坦和吉尔吉斯斯坦的 36 名政府官员接受了培训。"))
    assert {("org/ohchr", "state/KAZ", "Reported"), ("org/unicef", "state/KGZ", "Reported")} <= got
    assert not assists(facts("马拉维接受了普遍定期审议的建议。"))


@pytest.mark.parametrize("sentence, facts_", [
    ("人权高专办将与联合国南苏丹特派团协作，于 2042 年底前为南苏丹国家选举委员会的工作人员提供培训。",
     {("org/ohchr", "state/SSD", "Planned")}),
    ("人权高专办表示，它将于 2093 年与西非经共体委员会合作，在达喀尔为几内亚比绍的检察官举办一期后续讲习班。",
     {("org/ohchr", "state/GNB", "Planned")}),
    ("日本计划于 2095 年资助国际移民组织(移民组织)在吉布提开展保护培训。",
     {("org/iom", "state/DJI", "Planned"), ("state/JPN", "state/DJI", "Planned")}),
])
def test_a_plan_carried_over_a_clause_or_by_the_funding_verb(sentence, facts_):
    assert facts_ <= assists(facts(sentence))


def test_funding_reported_stays_reported():
    assert ("state/JPN", "state/DJI", "Reported") in assists(facts("日本资助国际移民组织(移民组织)在吉布提开展保护培训。"))


@pytest.mark.parametrize("sentence, fact", [
    ("由于捐款减少，西非区域办事处原定为马里和尼日尔司法官员开办的区域培训班已经取消。", ("org/ohchr-west-africa", "state/MLI", "Negated")),
    ("人权高专办原定为也门检察官举办的培训则因安全局势而暂停，目前尚无恢复的日期。", ("org/ohchr", "state/YEM", "Negated")),
    ("黎巴嫩还请国际劳工组织(劳工组织)就保护家政工人的问题提供咨询，但劳工组织以缺乏资金为由婉拒。", ("org/ilo", "state/LBN", "Negated")),
    ("埃及指出，它曾于 2043 年请人权高专办为执法人员提供培训，但人权高专办至今没有提供。", ("org/ohchr", "state/EGY", "Negated")),
])
def test_an_original_plan_called_off_and_help_asked_for_and_refused(sentence, fact):
    assert fact in assists(facts(sentence))


def test_help_asked_for_is_still_requested():
    assert ("org/ohchr", "state/MLI", "Requested") in assists(facts("马里请人权高专办为法官举办讲习班。"))
