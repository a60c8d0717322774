"""Stance forms of the genre read in the twenty-sixth session (Chinese, and their English twins).

A concept judged through what it is (是…的前提/有效途径/范例), what it rests on (在…的基础上, 遵循…原则), what
embodies it (体现); non-objection after a clause about something else (…，但未就 C 表态); a qualifier after a contrast
that judges something other than the concept even when a pronoun for the holder stands in it (…，但指出 Y 对其工作
至关重要); a qualifier that opens with an adverbial clause (但在…的语境下，它可能被…). Every sentence is written for
these tests (not copied from any report); the concepts come from the gazetteer.
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment

MBC = "concept/mutually-beneficial-cooperation"
WIN = "concept/win-win-cooperation"
RTD = "concept/right-to-development"


def stances(*paragraphs: str) -> set[tuple[str, str, str]]:
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {(s.holder, s.concept, s.value) for s in rec.stances}


def values(sentence: str, concept: str, holder: str = "state/NOR") -> set[str]:
    """The values ``holder`` is read to hold on ``concept`` in ``sentence``."""
    return {v for h, c, v in stances(sentence) if h == holder and c == concept}


@pytest.mark.parametrize("sentence, concept, value", [
    # what the concept is: a long complement before 前提/基础/先决条件/关键
    ("挪威认为，互利合作是内陆发展中国家切实参与区域人权技术合作的前提。", MBC, "Supportive"),
    ("挪威认为，发展权是各国在经济困难时期保障社会保障权的先决条件。", RTD, "Supportive"),
    ("挪威指出，共赢合作是高原地区各国联合推进司法改革的可靠基础。", WIN, "Supportive"),
    # an effective way, an example
    ("挪威认为互利合作是分享监狱管理经验的有效途径。", MBC, "Supportive"),
    ("挪威表示，两国警察学院的交流是互利合作的良好范例。", MBC, "Supportive"),
    # what it rests on, what embodies it
    ("挪威强调，技术援助应当在互利合作的基础上提供。", MBC, "Supportive"),
    ("挪威表示，所有技术合作方案都应遵循共赢合作的原则。", WIN, "Supportive"),
    ("挪威认为，这次联合培训体现了两国之间的互利合作。", MBC, "Supportive"),
    ("挪威认为，发展权有其价值，但技术合作必须以受援国的优先事项为依据。", RTD, "Supportive"),
    # without it, the right cannot be realized
    ("挪威认为，没有公平的国际贸易环境，发展权就无从实现。", RTD, "Supportive"),
])
def test_what_the_concept_is(sentence, concept, value):
    assert ("state/NOR", concept, value) in stances(sentence)


@pytest.mark.parametrize("sentence, holder", [
    # a clause about something else, then the non-objection, with the holder only at the sentence's start
    ("丹麦人权研究所在其提交的材料中介绍了它举办的培训，但未对互利合作这一概念作出评论。", "org/dihr"),
    ("挪威在其呈件中肯定了区域办事处的工作，但未就“互利合作”的提法发表评论。", "state/NOR"),
    ("挪威对区域办事处提供的培训表示欢迎，但未就“互利合作”这一概念表态。", "state/NOR"),
    ("挪威在其提交的意见中感谢办事处的支持，但未对“互利合作”发表看法。", "state/NOR"),
    ("挪威在其提交的材料中没有对“互利合作”提出疑问，但指出技术合作需要更多资源。", "state/NOR"),
    ("白俄罗斯人权状况特别报告员于 2090 年访问了该国。特别报告员对互利合作这一原则本身没有异议，但指出技术合作需要政府的"
     "切实配合。", "org/sr-belarus"),
])
def test_not_questioned_after_another_clause(sentence, holder):
    got = stances(sentence)
    assert (holder, MBC, "NotQuestioned") in got
    assert (holder, MBC, "Supportive") not in got


def test_qualifier_about_something_else_with_a_pronoun_for_the_holder():
    got = stances("挪威在其提交的材料中对共赢合作未予评论，但指出区域办事处的支持对其监测工作至关重要。")
    assert got == {("state/NOR", WIN, "NotQuestioned")}


def test_qualifier_opening_with_an_adverbial_clause():
    got = stances("挪威认为，互利合作这一提法有其积极的一面，但在反恐的语境下，它可能被用来淡化各国的报告义务。")
    assert ("state/NOR", MBC, "Critical") in got


def test_never_clarified():
    got = stances("挪威认为，互利合作的原则对小国是有益的，但指出，这一原则的含义在各项决议中从未得到澄清。")
    assert ("state/NOR", MBC, "Sceptical") in got


@pytest.mark.parametrize("sentence, value", [
    # the practice it should replace is no criticism of the concept
    ("挪威认为，互利合作应当取代点名批评的做法。", "Supportive"),
    ("挪威认为，互利合作不应取代各国的报告义务。", "Critical"),
])
def test_what_it_replaces(sentence, value):
    assert {v for _h, c, v in stances(sentence) if c == MBC} == {value}


@pytest.mark.parametrize("sentence", [
    # controls: no judgement of the concept
    "挪威介绍了它在互利合作框架下为邻国举办的培训。",
    "挪威表示，区域办事处的支持是其开展监测工作的前提。",
])
def test_no_stance(sentence):
    assert not {c for _h, c, _v in stances(sentence) if c == MBC}


def test_a_second_holder_opening_with_ze_and_an_aside():
    got = stances("瑞典认为互利合作在原则上有用。芬兰则对“互利合作”的提法提出质疑，询问它与技术合作有何关系。")
    assert ("state/FIN", MBC, "Sceptical") in got
    assert ("state/SWE", MBC, "Sceptical") not in got


def test_chi_in_a_compound_is_no_verb():
    # 持久 (lasting) after a State is no 持 (to hold a view): the State is no holder
    got = stances("挪威代表北欧国家发言，强调发展权是南苏丹实现持久和平的基础。")
    assert got == {("state/NOR", RTD, "Supportive")}


@pytest.mark.parametrize("sentence, value", [
    ("挪威认为“互利合作”的说法有一定价值。", "Supportive"),
    ("挪威认为“互利合作”的说法有一定价值，但指出，这一说法从未在国际文书中得到界定。", "Sceptical"),
    ("挪威认为“互利合作”的说法没有价值。", "Critical"),
    ("挪威认为“互利合作”的说法没有什么附加价值。", "Sceptical"),
])
def test_some_value_and_never_defined(sentence, value):
    assert {v for _h, c, v in stances(sentence) if c == MBC} == ({value} if value else set())


def test_still_to_be_clarified_after_a_welcome():
    got = stances("挪威政府欢迎在“互利合作”基础上开展技术合作，但认为这一概念的含义尚需澄清。")
    assert got == {("state/NOR", MBC, "Sceptical")}


# -- the same forms in English -------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, concept, value", [
    ("Norway stated that all technical cooperation programmes should follow the principle of win-win cooperation.",
     WIN, "Supportive"),
    ("Norway considered that the joint training embodied genuine mutually beneficial cooperation between the two "
     "countries.", MBC, "Supportive"),
    ("Norway considered that, without a fair international trading environment, the right to development could not "
     "be realized.", RTD, "Supportive"),
])
def test_english_twins(sentence, concept, value):
    assert ("state/NOR", concept, value) in stances(sentence)


@pytest.mark.parametrize("sentence", [
    "Norway considered that mutually beneficial cooperation could not be realized in practice.",
    "Norway considered that the concept of win-win cooperation embodied a double standard.",
])
def test_english_twins_traps(sentence):
    assert not {v for _h, _c, v in stances(sentence) if v == "Supportive"}


# -- second round: per se, topics with 至于, a person invited by a body --------------------------------------------

@pytest.mark.parametrize("sentence, concept, value", [
    ("挪威认为，互利合作的提法本身无可厚非，然而不能取代各国承担的条约义务。", MBC, "Critical"),
    ("挪威表示，互利合作的提法本身没有问题，但强调，任何合作都必须尊重受援国的意愿。", MBC, "NotQuestioned"),
    ("挪威认为发展权与环境权相辅相成；至于理事会是否应使用“共赢合作”的提法，挪威不作评论。", WIN, "NotQuestioned"),
    ("挪威不认为“共赢合作”的提法适用于人权领域。", WIN, "Critical"),
    ("挪威认为，发展权应在各项技术合作方案中得到优先考虑。", RTD, "Supportive"),
])
def test_per_se_topics_and_applicability(sentence, concept, value):
    assert values(sentence, concept) == {value}


def test_a_person_invited_by_a_body_is_named_up_to_ying():
    got = stances("赤道几内亚人权委员会提交了书面意见。法蒂玛·萨迪克应起草小组之邀提交了书面意见。她认为，"
                  "互利合作的提法本身无可厚非，然而不能取代各国的条约义务。")
    assert ("person/法蒂玛·萨迪克", MBC, "Critical") in got


# -- English: concessions with a determiner before the holder, objects of doubt, a name in a complement's subject --

@pytest.mark.parametrize("sentence, holder, concept, value", [
    ("While welcoming the principle of win-win cooperation, the Danish Institute for Human Rights expressed concern "
     "that it could be used to sideline civil society.", "org/dihr", WIN, "Critical"),
    ("The Danish Institute for Human Rights had no objection to the term \"mutually beneficial cooperation\" but "
     "doubted its practical value.", "org/dihr", MBC, "Sceptical"),
    ("Norway made no comment on mutually beneficial cooperation, but welcomed its members' contributions.",
     "state/NOR", MBC, "NotQuestioned"),
    ("Norway described its partnership with the Office as a good example of mutually beneficial cooperation, but "
     "doubted that the expression \"win-win cooperation\" had any agreed meaning.", "state/NOR", WIN, "Sceptical"),
    ("Norway affirmed that such cooperation serves the right to development.", "state/NOR", RTD, "Supportive"),
    ("Norway said that regional programmes should proceed in a spirit of win-win cooperation.", "state/NOR", WIN,
     "Supportive"),
    ("Norway said that regional integration and the right to development were inseparable.", "state/NOR", RTD,
     "Supportive"),
    ("Norway described the assistance received from the Office for Southern Africa in drafting the first national "
     "report on the rights of older persons as an instance of mutually beneficial cooperation.", "state/NOR", MBC,
     "Supportive"),
])
def test_english_round(sentence, holder, concept, value):
    assert values(sentence, concept, holder) == {value}


@pytest.mark.parametrize("sentence", [
    "Norway affirmed that such cooperation did not serve the right to development.",
    "Norway affirmed that such cooperation never served the right to development.",
])
def test_english_object_cue_negated(sentence):
    assert ("state/NOR", RTD, "Supportive") not in stances(sentence)


# -- third round, on the development sets dev61, en/dev64 and en/dev65 (sentences of our own) -------------------------

@pytest.mark.parametrize("sentence, concept, value", [
    ("挪威表示，它始终把发展权作为其对外援助政策的基本原则。", RTD, "Supportive"),
    ("挪威指出，发展权的实现离不开公平的国际金融体系。", RTD, "Supportive"),
    ("挪威认为，应把发展权置于区域合作议程的中心。", RTD, "Supportive"),
    ("挪威表示，发展权是其对外合作政策的根本出发点。", RTD, "Supportive"),
    ("挪威认为，“共赢合作”的提法不无可取之处。", WIN, "Supportive"),
    ("挪威认为，互利合作的做法值得在其他区域推广。", MBC, "Supportive"),
    ("挪威认为，技术合作的规范基础正在于发展权。", RTD, "Supportive"),
    ("挪威认为，互利合作与其发展援助政策的基本方针相一致。", MBC, "Supportive"),
    ("挪威认为，互利合作的提法并非毫无价值。", MBC, "Supportive"),
    ("挪威认为，在人权领域使用“共赢合作”一词是一种误导。", WIN, "Critical"),
    ("挪威并未被说服互利合作能为现有原则增添任何内容。", MBC, "Sceptical"),
    ("挪威认为，互利合作的成效尚待证明。", MBC, "Sceptical"),
    ("挪威对“共赢合作”不持任何立场。", WIN, "NotQuestioned"),
    ("挪威对“共赢合作”表示保持中立。", WIN, "NotQuestioned"),
    ("挪威对互利合作的提法没有表示任何关切。", MBC, "NotQuestioned"),
    ("挪威认为，人权方面的命运共同体体现了各国携手应对共同挑战的意愿，值得在区域合作中加以倡导。", "concept/community-of-shared-future", "Supportive"),
])
def test_zh_round_three(sentence, concept, value):
    assert values(sentence, concept) == {value}


@pytest.mark.parametrize("sentence, concept, value", [
    ("Norway held that the right to development could not be separated from the fight against hunger.", RTD, "Supportive"),
    ("Norway considered that the right to development lay at the heart of its aid policy.", RTD, "Supportive"),
    ("Norway said that mutually beneficial cooperation had made the new border agreements possible.", MBC, "Supportive"),
    ("Norway considered mutually beneficial cooperation the fairest basis for partnerships among unequal States.", MBC,
     "Supportive"),
    ("Norway found win-win cooperation not without merit.", WIN, "Supportive"),
    ("Norway held that programmes should give priority to the right to development.", RTD, "Supportive"),
    ("Norway considered that win-win cooperation had no place in texts on technical assistance.", WIN, "Critical"),
    ("Norway warned that the vocabulary of win-win cooperation blurred the line between trade and rights.", WIN,
     "Critical"),
    ("Norway said that win-win cooperation drew attention away from the duties of States.", WIN, "Critical"),
    ("Norway said that win-win cooperation reduced human rights to a mere bargaining chip.", WIN, "Critical"),
    ("Norway asked that win-win cooperation be dropped from the draft.", WIN, "Critical"),
    ("Norway found mutually beneficial cooperation too loosely defined to guide donors.", MBC, "Sceptical"),
    ("Norway was unconvinced that mutually beneficial cooperation had improved anything.", MBC, "Sceptical"),
    ("Norway did not see what mutually beneficial cooperation added to existing principles.", MBC, "Sceptical"),
    ("Norway did not find it necessary to take a position on win-win cooperation.", WIN, "NotQuestioned"),
    ("Norway applauded the prominence given to the right to development.", RTD, "Supportive"),
    ("Norway voiced strong backing for the right to development.", RTD, "Supportive"),
    ("Norway judged that mutually beneficial cooperation could contribute to the protection of migrants.", MBC,
     "Supportive"),
    ("Norway feared that win-win cooperation could serve to shield Governments from criticism.", WIN, "Critical"),
    ("Norway considered that invoking win-win cooperation had diluted the accountability of States.", WIN, "Critical"),
    ("Norway found mutually beneficial cooperation too imprecise to guide its work.", MBC, "Sceptical"),
    ("Norway found the meaning of win-win cooperation elusive.", WIN, "Sceptical"),
    ("Norway did not call the notion of mutually beneficial cooperation into question.", MBC, "NotQuestioned"),
    ("Norway portrayed its programme as mutually beneficial cooperation in the fullest sense.", MBC, "Supportive"),
])
def test_en_round_three(sentence, concept, value):
    assert values(sentence, concept) == {value}


def test_en_its_reply_holds_for_the_state_named_before():
    got = stances("Sweden paid for a study visit in 2090. Its reply expressed doubts about mutually beneficial "
                  "cooperation.")
    assert ("state/SWE", MBC, "Sceptical") in got


@pytest.mark.parametrize("sentence, concept, value", [
    # an aside right after the concept interrupts its own clause: the predicate after it judges the concept
    ("Norway said that the right to development, although important to many of its partners, still lacked an agreed "
     "legal content.", RTD, "Sceptical"),
    ("Norway said that win-win cooperation, while popular in some quarters, had no agreed meaning.", WIN, "Sceptical"),
    # the holder's own aside stays the holder's (while supporting A, criticized B)
    ("Norway, while supporting mutually beneficial cooperation, criticized win-win cooperation.", MBC, "Supportive"),
    ("Norway, while supporting mutually beneficial cooperation, criticized win-win cooperation.", WIN, "Critical"),
])
def test_en_aside_after_the_concept(sentence, concept, value):
    assert values(sentence, concept) == {value}
