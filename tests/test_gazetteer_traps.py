"""Substring traps and nesting: the bundled gazetteers recognise the right entity in
sentences written for these tests (not taken from the bundled report), in Chinese and English.

Each case runs the whole recogniser (spaCy ruler, not-names, symbols) on a one-paragraph
report and compares the entities it names, in text order.
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.segment import segment


def found(sentence: str) -> list[tuple[str, str]]:
    """``(surface, entity key)`` of every mention in ``sentence``, in text order."""
    text = f"1. {sentence}\n"
    rec = recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text))))
    return [(m.surface, m.entity) for m in sorted(rec.mentions, key=lambda m: (m.start, m.end))]


def keys(sentence: str) -> list[str]:
    return [k for _, k in found(sentence)]


# ---------------------------------------------------------------- Chinese

@pytest.mark.parametrize("sentence, expected", [
    ("尼日尔和尼日利亚签署了协定。", ["state/NER", "state/NGA"]),
    ("苏丹与南苏丹举行了会谈。", ["state/SDN", "state/SSD"]),
    ("几内亚、几内亚比绍、赤道几内亚和巴布亚新几内亚派代表出席。",
     ["state/GIN", "state/GNB", "state/GNQ", "state/PNG"]),
    ("刚果与刚果民主共和国的边境。", ["state/COG", "state/COD"]),
    ("多米尼克和多米尼加共和国都是加勒比国家。", ["state/DMA", "state/DOM", "place/caribbean"]),
    ("多米尼加联邦不是多米尼加。", ["state/DMA", "state/DOM"]),
    ("索马里和马里的代表。", ["state/SOM", "state/MLI"]),
    ("印度尼西亚和印度。", ["state/IDN", "state/IND"]),
])
def test_zh_states_nested_in_states(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("发展中国家和最不发达国家需要援助。", []),
    ("尼日尔河和刚果河流经多国。", []),
    ("尼日尔三角洲的社区。", ["place/niger-delta"]),
    ("朝鲜族和蒙古族的文化。", []),
    ("新墨西哥州的一所大学。", []),
    ("世界社会论坛在巴西举行。", ["state/BRA"]),
    ("该国国家人权理事会发表了报告。", []),
    ("为代表举办葡萄牙语和西班牙语培训。", []),
    ("基金由人权高专办人权理事会和条约机制司管理。", ["org/ohchr-hrctmd"]),
])
def test_zh_phrases_that_contain_a_name(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("代表团访问了喀土穆和朱巴。", ["place/khartoum", "place/juba"]),
    ("会议在金沙萨和布拉柴维尔举行。", ["place/kinshasa", "place/brazzaville"]),
    ("科威特城、墨西哥城和危地马拉城。", ["place/kuwait-city", "place/mexico-city", "place/guatemala-city"]),
    ("突尼斯市是突尼斯的首都。", ["place/tunis", "state/TUN"]),
    ("巴西利亚和西班牙港。", ["place/brasilia", "place/port-of-spain"]),
    ("苏丹港和圣萨尔瓦多。", ["place/port-sudan", "place/san-salvador"]),
])
def test_zh_capitals_are_places_not_states(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("秘书长、常务副秘书长和一位副秘书长出席。", ["org/sg", "org/dsg"]),
    ("人权事务副高级专员代表人权事务高级专员发言。", ["org/dhchr", "org/hchr"]),
    ("非洲联盟和平与安全理事会向安全理事会通报。", ["org/au-psc", "org/sc"]),
    ("美洲国家组织大会和大会。", ["org/oas-general-assembly", "org/ga"]),
    ("人权理事会主席团和人权理事会主席。", ["org/hrc-bureau", "org/phrc"]),
    ("世贸组织、国际移民组织和原子能机构。", ["org/wto", "org/iom", "org/iaea"]),
    ("尼日利亚国家人权委员会和人权委员会。", ["org/nhrc-nigeria", "org/chr"]),
    ("阿拉伯叙利亚共和国问题独立国际调查委员会。", ["org/coi-syria"]),
])
def test_zh_bodies_posts_and_nesting(sentence, expected):
    assert keys(sentence) == expected


# ---------------------------------------------------------------- English

@pytest.mark.parametrize("sentence, expected", [
    ("The Niger and Nigeria signed the agreement.", ["state/NER", "state/NGA"]),
    ("The Sudan and South Sudan held talks.", ["state/SDN", "state/SSD"]),
    ("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea attended.",
     ["state/GIN", "state/GNB", "state/GNQ", "state/PNG"]),
    ("Dominica and the Dominican Republic voted in favour.", ["state/DMA", "state/DOM"]),
    ("The Congo and the Democratic Republic of the Congo share a river.", ["state/COG", "state/COD"]),
    ("The Republic of the Congo is not the Democratic Republic of the Congo.", ["state/COG", "state/COD"]),
    ("The Republic of Korea and the Democratic People's Republic of Korea met.", ["state/KOR", "state/PRK"]),
])
def test_en_states_nested_in_states(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize("variant, iso3", [
    ("Türkiye", "TUR"), ("Turkey", "TUR"), ("Côte d'Ivoire", "CIV"), ("Côte d’Ivoire", "CIV"),
    ("Cote d'Ivoire", "CIV"), ("Bolivia (Plurinational State of)", "BOL"), ("Bolivia", "BOL"),
    ("Lao People's Democratic Republic", "LAO"), ("Lao People’s Democratic Republic", "LAO"), ("Lao PDR", "LAO"),
    ("Republic of Moldova", "MDA"), ("Iran (Islamic Republic of)", "IRN"), ("Venezuela (Bolivarian Republic of)", "VEN"),
    ("Syrian Arab Republic", "SYR"), ("United Republic of Tanzania", "TZA"), ("Czechia", "CZE"), ("Eswatini", "SWZ"),
    ("North Macedonia", "MKD"), ("Timor-Leste", "TLS"), ("Viet Nam", "VNM"), ("Micronesia (Federated States of)", "FSM"),
    ("State of Palestine", "PSE"), ("Holy See", "VAT"), ("Republic of the Congo", "COG"),
    ("Togolese Government", "TGO"), ("Equatorial Guinean Government", "GNQ"), ("Nigerien Government", "NER"),
])
def test_en_names_as_the_un_writes_them(variant, iso3):
    assert keys(f"A statement by {variant} was received.") == [f"state/{iso3}"]


def test_en_adjectives_alone_are_not_states():
    """"French" is also a language, "Chinese" a people: only "X Government" names the State."""
    assert keys("The report is available in French and Chinese.") == []


@pytest.mark.parametrize("sentence, expected", [
    ("Developing countries and least developed countries need support.", []),
    ("Small island developing States and Member States met.", []),
    ("Fishing in the Niger River and the Congo Basin.", []),
    ("Communities of the Niger Delta.", ["place/niger-delta"]),
    ("The Sudan People's Liberation Movement signed.", []),
    ("Guinea worm disease is nearly eradicated.", []),
    ("A university in New Mexico.", []),
    ("The National Security Council and the National Human Rights Council met.", []),
    ("The Under-Secretary-General and an Assistant Secretary-General spoke.", []),
    ("The World Social Forum met in Brazil.", ["state/BRA"]),
    # a State's national centre is not the United Nations Centre for Human Rights its name contains:
    # it is that State's own (recognise.institutions)
    ("In Jordan, the National Centre for Human Rights trained police officers.", ["state/JOR", "org/nchr-jordan"]),
    ("The Centre for Human Rights in Geneva sent an adviser.", ["org/un-centre-for-human-rights", "place/geneva"]),
])
def test_en_phrases_that_contain_a_name(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The mission visited Khartoum and Juba.", ["place/khartoum", "place/juba"]),
    ("Meetings in Kinshasa and Brazzaville.", ["place/kinshasa", "place/brazzaville"]),
    ("Offices in Kuwait City, Mexico City and Guatemala City.",
     ["place/kuwait-city", "place/mexico-city", "place/guatemala-city"]),
    ("Workshops in Niamey, Abuja, Conakry and Bissau.", ["place/niamey", "place/abuja", "place/conakry", "place/bissau"]),
    ("Flights from Port-au-Prince to Port of Spain.", ["place/port-au-prince", "place/port-of-spain"]),
    ("The Rome Statute was adopted in Rome.", ["instrument/rome-statute", "place/rome"]),
])
def test_en_capitals_are_places_not_states(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("Those who attended met WHO and the AU.", ["org/who", "org/au"]),
    ("The world health organization is WHO.", ["org/who", "org/who"]),
    ("The OHCHR country office in the Niger and the OHCHR Country Office in Guinea.",
     ["org/ohchr-niger", "org/ohchr-guinea"]),
    ("The CAT reviewed the report; a cat was not present.", ["org/cat"]),
    ("UN-Women and UN Women are one entity; so are UNICEF and the United Nations Children's Fund.",
     ["org/unwomen", "org/unwomen", "org/unicef", "org/unicef"]),
    ("The OAS General Assembly and the General Assembly.", ["org/oas-general-assembly", "org/ga"]),
    ("The Peace and Security Council of the African Union briefed the Security Council.", ["org/au-psc", "org/sc"]),
    ("The Deputy High Commissioner for Human Rights spoke for the High Commissioner for Human Rights.",
     ["org/dhchr", "org/hchr"]),
    ("The Deputy Secretary-General and the Secretary-General.", ["org/dsg", "org/sg"]),
    ("WTO, IOM, IAEA, OPCW and the International Criminal Court.",
     ["org/wto", "org/iom", "org/iaea", "org/opcw", "org/icc"]),
    ("The Office of the United Nations High Commissioner for Refugees and OHCHR.", ["org/unhcr", "org/ohchr"]),
])
def test_en_bodies_posts_and_acronyms(sentence, expected):
    assert keys(sentence) == expected
