"""Chinese facts that span sentences: back-references to an actor named in an earlier sentence.

Each class fixed in round 9 (the discourse battery, tests/gold/batteries/zh-discourse.tsv) with
paragraphs of our own, different from the battery's rows.
"""

from __future__ import annotations

from test_relate_zh_forms2 import facts, run

OHCHR, UNODC, UNICEF = "org/ohchr", "org/unodc", "org/unicef"


def assists(paragraph: str) -> set[tuple[str, str, str]]:
    return {(s, o, m) for s, _p, o, m in facts(paragraph, predicate="assists")}


def test_short_forms_of_an_office_refer_back_to_it():
    # 该办 and 该办公室: the office named in the sentence before is the provider
    assert assists("人权高专办于去年对马拉维进行了技术访问。访问结束后，该办为该国的检察官举办了讲习班。") == {
        (OHCHR, "state/MWI", "Reported")}
    assert assists("毒品和犯罪问题办公室关注拘留条件。在秘鲁，该办公室培训了 40 名狱警。") == {
        (UNODC, "state/PER", "Reported")}


def test_this_ministry_stands_for_the_state_named_before():
    # 该部: an unnamed ministry of a State named before stands for that State
    assert assists("儿基会与加纳卫生部签署了谅解备忘录。儿基会随后为该部的护士举办了培训。") == {
        (UNICEF, "state/GHA", "Reported")}



def test_a_request_refused_or_promised_in_the_next_sentence_takes_that_modality():
    # the one asked acts on the request in the next sentence (done_verbs): one fact, the stronger statement
    assert assists("蒙古请求人口基金协助开展人口普查。人口基金因预算限制未能满足该请求。") == {
        ("org/unfpa", "state/MNG", "Negated")}
    assert assists("厄瓜多尔请人权高专办协助培训狱警。人权高专办表示将于下半年提供这项援助。") == {
        (OHCHR, "state/ECU", "Planned")}
    assert assists("厄瓜多尔请人权高专办协助培训狱警。人权高专办于同年满足了这一请求。") == {
        (OHCHR, "state/ECU", "Reported")}


def test_both_of_them_reaches_the_two_providers_of_the_sentence_before():
    # 两者 (group_plural reach_back): the coordinated organisations of the previous sentence
    assert assists("开发署和妇女署加强了在西非的存在。两者分别向贝宁和多哥提供了技术援助。") == {
        ("org/undp", "state/BEN", "Reported"), ("org/unwomen", "state/TGO", "Reported")}


def test_a_counted_set_of_states_named_after_ji_or_fenbieshi():
    # 向 N 个国家 … ，即 A、B 和 C / 分别是 A 和 B: the States named after the counted set
    assert assists("人权高专办向两个国家部署了人权干事，即贝宁和多哥。") == {
        (OHCHR, "state/BEN", "Reported"), (OHCHR, "state/TGO", "Reported")}
    assert assists("儿基会为三个国家举办了讲习班，分别是加纳、冈比亚和利比里亚。") == {
        (UNICEF, "state/GHA", "Reported"), (UNICEF, "state/GMB", "Reported"), (UNICEF, "state/LBR", "Reported")}


MBC = "concept/mutually-beneficial-cooperation"


def test_a_holder_who_only_gave_views_judges_in_the_next_sentence():
    # 发表了意见 / 阐述了立场 report a position: the holder carries to 这些国家认为 … 这一概念 of the next sentence
    got = {(s.holder, s.concept, s.value) for s in
           run("秘鲁和智利就互利合作阐述了立场。这些国家认为，这一概念十分有益。").stances}
    assert got == {("state/PER", MBC, "Supportive"), ("state/CHL", MBC, "Supportive")}
    # views given without a cue hold nothing
    assert run("秘鲁和智利就互利合作发表了意见。").stances == ()


def test_states_that_also_received_similar_help_share_the_earlier_provider():
    # Y 也得到了类似的支持 with no provider of its own: the providers of the help reported in an earlier sentence
    assert assists("儿基会协助加纳修订了儿童法。多哥和贝宁也获得了同样的援助。") == {
        (UNICEF, "state/GHA", "Reported"), (UNICEF, "state/TGO", "Reported"), (UNICEF, "state/BEN", "Reported")}
    # a provider named in the clause is its own provider, not the earlier one
    assert assists("儿基会协助加纳修订了儿童法。多哥从开发署也得到了类似的支持。") >= {("org/undp", "state/TGO", "Reported")}
    assert (UNICEF, "state/TGO", "Reported") not in assists("儿基会协助加纳修订了儿童法。多哥从开发署也得到了类似的支持。")
    # nothing reported before: no provider to share
    assert assists("多哥也得到了类似的支持。") == set()


def test_a_bare_judgement_after_a_topic_sentence_judges_its_concept():
    # the sentence before names one concept and no holder; the holder's clause is only 表示支持 / 则表示怀疑
    got = {(s.holder, s.concept, s.value) for s in
           run("互利合作的概念引起了广泛讨论。印度表示支持，而荷兰则表示怀疑。").stances}
    assert got == {("state/IND", MBC, "Supportive"), ("state/NLD", MBC, "Sceptical")}
    # a judgement with an object of its own is about that object
    assert run("互利合作的概念引起了广泛讨论。印度表示支持技术合作。").stances == ()
    # a topic sentence that has a holder of its own keeps its own reading
    assert {(s.holder, s.value) for s in run("荷兰对互利合作的概念表示怀疑。印度表示支持。").stances} >= {
        ("state/NLD", "Sceptical")}


def test_the_help_asked_for_said_not_to_have_started_after_a_reporting_lead():
    # 该项援助 refers back to the help asked for: no new act; its clause, after 报告说 / 由于…, says it is not done
    assert assists("理事会请人权高专办向海地提供技术援助。人权高专办指出，由于资金短缺，这项援助尚未开始。") == {
        (OHCHR, "state/HTI", "Negated")}
    assert assists("理事会请人权高专办向海地提供技术援助。人权高专办表示，这项援助将于明年开始。") == {
        (OHCHR, "state/HTI", "Planned")}
