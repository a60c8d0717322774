"""Assistance forms of the genre read in the twenty-seventh session (Chinese and English).

Help said through what was made or taught for someone (为 X 开发了软件, 为 X 的官员讲授), a cost borne by someone
(借调费用由 Y 承担), a visit hosted (接待了 X 六名工作人员的考察访问), a benefit from something another funded
(从 F 资助的交流中受益), people sent to learn from a host (派两名工作人员到 Y 进行实习, sent two officers to Y for a
placement), things given counted (supplied 1,200 wheelchairs to X, received 80 tonnes of maize from Y), an activity
named without who held it and then its organiser (A seminar was held for … of X. It was organized by Y), people no
word list names (for 45 municipal architects and planners of X). Every sentence is written for these tests (not
copied from any report); the entities come from the gazetteer.
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def assists(*paragraphs: str) -> set[tuple[str, str, str]]:
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(r.subject, r.object, r.modality) for r in rec.relations if r.predicate == "assists"}


@pytest.mark.parametrize("text, wanted", [
    # made for the one a recipient marker governs right before the verb
    ("联合国儿童基金会为肯尼亚国家人权委员会设计了一套投诉登记系统。", {("org/unicef", "org/knchr")}),
    ("开发署为蒙古编写了一本关于酷刑预防的培训手册。", {("org/undp", "state/MNG")}),
    # taught to a State's officials, whatever the object
    ("加纳司法部为塞拉利昂 30 名检察官讲授国际刑法的基本原则。", {("state/GHA", "state/SLE")}),
    ("人权高专办为秘鲁官员授课。", {("org/ohchr", "state/PER")}),
    # a cost borne by someone, the cost named by what was done
    ("人权高专办向乌干达派遣了一名专家，派遣费用由瑞典政府承担。", {("org/ohchr", "state/UGA"), ("state/SWE", "state/UGA")}),
    ("人权高专办为老挝官员举办了讲习班，其中三期讲习班的场地和口译费用由日本承担。",
     {("org/ohchr", "state/LAO"), ("state/JPN", "state/LAO")}),
    ("人权高专办向斐济派驻了一名顾问；顾问的薪酬全部由澳大利亚负担。", {("org/ohchr", "state/FJI"), ("state/AUS", "state/FJI")}),
    # hosting a visit, the visitors counted right after their institution
    ("肯尼亚国家人权委员会接待了乌干达人权委员会五名工作人员的考察访问。", {("org/knchr", "org/uhrc")}),
    ("蒙古国家人权委员会接待了哈萨克斯坦的考察团。", {("org/nhrc-mongolia", "state/KAZ")}),
    # a benefit from something another funded or gave
    ("马里和尼日尔从欧洲联盟资助的区域交流中受益。", {("org/eu", "state/MLI"), ("org/eu", "state/NER")}),
    ("蒙古从开发署和人权高专办的支持中获益。", {("org/undp", "state/MNG"), ("org/ohchr", "state/MNG")}),
    # people sent to learn from a host: the host helps the sender
    ("乌干达人权委员会派三名调查员到肯尼亚国家人权委员会进行为期一周的实习。", {("org/knchr", "org/uhrc")}),
    ("The Uganda Human Rights Commission sent three investigators to the Kenya National Commission on Human Rights "
     "for a two-week placement.", {("org/knchr", "org/uhrc")}),
    # things given, counted
    ("UNICEF supplied 2,400 school kits and 300 tents to Malawi.", {("org/unicef", "state/MWI")}),
    ("Malawi also received 80 tonnes of maize from Zambia.", {("state/ZMB", "state/MWI")}),
    # an activity named without who held it, its organisers in the next sentence
    ("A workshop on the right to water was held in Lilongwe for 35 district officials of Malawi. It was organized by "
     "UNICEF and UNDP.", {("org/unicef", "state/MWI"), ("org/undp", "state/MWI")}),
    # people no list names, counted or plural
    ("OHCHR held a course for 20 land surveyors and cartographers of Mongolia.", {("org/ohchr", "state/MNG")}),
    ("UNDP organized a seminar for hydrologists of Chad and Niger.", {("org/undp", "state/TCD"), ("org/undp", "state/NER")}),
])
def test_help_read(text, wanted):
    got = {(s, o) for s, o, m in assists(text) if m == "Reported"}
    assert wanted <= got


@pytest.mark.parametrize("text, unwanted", [
    # made for a project, not for its owner
    ("马里的专家为开发署的项目编写了报告。", ("state/MLI", "org/undp")),
    # a verb inside a name is no verb (开发 in 开发署)
    ("高级专员注意到，人权高专办和开发署将派出一个评估团赴蒙古。", ("org/hchr", "state/MNG")),
    # a delegation merely received is no help
    ("蒙古国家人权委员会接待了哈萨克斯坦代表团。", ("org/nhrc-mongolia", "state/KAZ")),
    # the one who sends people to learn gives no help to the host
    ("The Uganda Human Rights Commission sent three investigators to the Kenya National Commission on Human Rights "
     "for a two-week placement.", ("org/uhrc", "org/knchr")),
    # the cost of something a name in the clause owns is not the cost of the sentence's help
    ("人权高专办为老挝官员举办了讲习班，蒙古代表的差旅费用由日本承担。", ("state/JPN", "state/LAO")),
    # counted people or documents are no things given
    ("Chile presented 12 recommendations to Peru.", ("state/CHL", "state/PER")),
    # a plural noun that is no people
    ("OHCHR held a workshop on the standards of Chad.", ("org/ohchr", "state/TCD")),
    # a pronoun opening a sentence with no activity before it
    ("The Council met in Geneva. It was organized by OHCHR.", ("org/ohchr", "org/hrc")),
])
def test_no_help_read(text, unwanted):
    assert unwanted not in {(s, o) for s, o, _m in assists(text)}


def test_a_pronoun_after_the_sharer_is_the_actor_named_before():
    got = assists("2089 年 4 月，乌干达人权委员会的 4 名工作人员前往内罗毕进行学习访问，"
                  "肯尼亚国家人权委员会向他们传授了调查投诉的做法。")
    assert ("org/knchr", "org/uhrc", "Reported") in got
    got = assists("该委员会的 9 名工作人员在开发署的支助下访问了肯尼亚国家人权委员会，后者向他们介绍了监测选举的做法。")
    assert not {(s, o) for s, o, _m in got if s == "org/knchr"} & {("org/knchr", "org/undp")}


def test_a_bare_commission_is_not_the_subject_of_its_own_clause():
    got = assists("乌干达人权委员会于 2089 年接受了认证审查。肯尼亚国家人权委员会接待了委员会五名工作人员的考察访问，"
                  "访问费用由挪威承担。")
    assert {("org/knchr", "org/uhrc", "Reported"), ("state/NOR", "org/uhrc", "Reported")} <= got
    assert ("org/knchr", "org/knchr", "Reported") not in got and ("state/NOR", "org/knchr", "Reported") not in got


def test_a_short_name_written_to_is_the_body_named_before():
    got = assists("人权高专办西非区域办事处在达喀尔举办了讲习班。冈比亚政府致函区域办事处，请其协助编写第二次定期报告。")
    assert ("org/ohchr-west-africa", "state/GMB", "Requested") in got


def test_a_request_whose_content_names_the_helper_is_made_to_it():
    got = assists("蒙古政府提出了由联合国儿童基金会资助翻译儿童权利教材的请求，该请求仍在审议中。")
    assert ("org/unicef", "state/MNG", "Requested") in got
    got = assists("董事会审议了蒙古政府提出的由联合国儿童基金会资助修建拘留设施的请求，认为不属于其任务范围，未予核准。")
    assert ("org/unicef", "state/MNG", "Negated") in got


def test_the_universal_periodic_review_is_no_party_to_help():
    got = assists("人权高专办协助冈比亚编写普遍定期审议中期报告。", "OHCHR assisted the universal periodic review of Mongolia.")
    assert not {(s, o) for s, o, _m in got if "org/universal-periodic-review" in (s, o)}
