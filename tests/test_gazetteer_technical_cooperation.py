"""Entities a report on technical cooperation names beyond the bundled report: regional and
intergovernmental organisations, UN missions and envoys, Council commissions of inquiry, funds
that finance cooperation, NHRIs. Each case runs the whole recogniser on a one-paragraph report
written for this test (not taken from any gold text) and compares the entities it names, in
text order, in Chinese and in English; the traps the new names bring are checked alongside.
"""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.recognise.gazetteer import load_gazetteer
from tacb_graph.records import Source
from tacb_graph.segment import segment


def keys(sentence: str) -> list[str]:
    """The entity key of every mention in ``sentence``, in text order."""
    text = f"1. {sentence}\n"
    rec = recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text))))
    return [m.entity for m in sorted(rec.mentions, key=lambda m: (m.start, m.end))]


# ---------------------------------------------------------------- Chinese

@pytest.mark.parametrize("sentence, expected", [
    ("人权高专办与各国议会联盟合作，为乍得国家人权委员会的工作人员举办了讲习班。",
     ["org/ohchr", "org/ipu", "org/nhrc-chad"]),
    ("西非经济货币联盟、中部非洲经济和货币共同体和东部和南部非洲共同市场派代表出席。",
     ["org/waemu", "org/cemac", "org/comesa"]),
    ("经合组织发展援助委员会的数据显示，北约和欧亚经济联盟也提供了资金。",
     ["org/oecd-dac", "org/nato", "org/eaeu"]),
    ("亚洲基础设施投资银行、伊斯兰开发银行和欧洲复兴开发银行参加了圆桌会议。",
     ["org/aiib", "org/isdb", "org/ebrd"]),
    ("联合国和平与发展信托基金资助了秘书长大湖区问题特使办公室的一个项目。",
     ["org/un-peace-development-tf", "org/envoy-great-lakes"]),
    ("联合国南南合作办公室和联合国南南合作基金支持了三个国家的培训。",
     ["org/unossc", "org/unfssc"]),
    ("联苏特派团和联尼特派团的人权部分曾向两国政府提供咨询意见。",
     ["org/unmis", "org/unmin"]),
    ("乌克兰问题独立国际调查委员会和尼加拉瓜问题人权专家组向理事会提交了报告。",
     ["org/coi-ukraine", "org/ghre-nicaragua"]),
    ("布隆迪人权状况独立专家访问了该国，并会见了布隆迪独立国家人权委员会。",
     ["org/ie-burundi", "org/cnidh-burundi"]),
    ("联合检查组建议行政首长协调会和机构间常设委员会加强协调。",
     ["org/jiu", "org/ceb", "org/iasc"]),
    ("全球环境基金、绿色气候基金和聚光灯倡议为该区域提供了资金。",
     ["org/gef", "org/gcf", "org/spotlight-initiative"]),
    # a fund's board is one entity; the fund named on its own is the fund
    ("联合国援助酷刑受害者自愿基金董事会审议了酷刑受害者自愿基金的赠款申请。",
     ["org/vf-torture-board", "org/vf-torture"]),
    ("海合会和非盟委员会的代表出席了会议。", ["org/gcc", "org/au-commission"]),
    # a body named after a place is not the place
    ("印度洋委员会通过经常技术合作方案为印度洋岛国举办了讲习班。",
     ["org/ioc-indian-ocean", "org/rptc", "place/indian-ocean"]),
])
def test_zh_new_entities_in_sentences(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a State's NHRI whose name holds a shorter State's NHRI
    ("索马里国家人权委员会和马里国家人权委员会交流了经验。", ["org/nhrc-somalia", "org/nhrc-mali"]),
    # the humanitarian country team is not the UN country team inside its name
    ("人道主义国家工作队与联合国国家工作队举行了联席会议。", ["org/hct", "org/unct"]),
    # an envoy's title holds a region; a committee of the OECD holds the OECD
    ("秘书长大湖区问题特使访问了大湖区。", ["org/envoy-great-lakes", "place/great-lakes"]),
    ("经合组织发展援助委员会和经合组织。", ["org/oecd-dac", "org/oecd"]),
    # the Tunisian-style nested form: the State inside an NHRI's name is not a mention
    ("坦桑尼亚联合共和国人权和善治委员会和坦桑尼亚联合共和国政府。", ["org/chragg-tanzania", "state/TZA"]),
    # a renamed mission keeps its own row
    ("联刚特派团后来改组为联刚稳定团。", ["org/monuc", "org/monusco"]),
    # a country office as UN Chinese also writes it (国家办事处), and the State on its own
    ("人权高专办危地马拉国家办事处和人权高专办驻乍得国家办事处向危地马拉提供了咨询。",
     ["org/ohchr-guatemala", "org/ohchr-chad", "state/GTM"]),
])
def test_zh_traps_of_the_new_names(sentence, expected):
    assert keys(sentence) == expected


# ---------------------------------------------------------------- English

@pytest.mark.parametrize("sentence, expected", [
    ("OHCHR and the Inter-Parliamentary Union trained staff of the National Human Rights Commission of Togo.",
     ["org/ohchr", "org/ipu", "org/nhrc-togo"]),
    ("Officials from WAEMU, CEMAC and COMESA attended, with the Mano River Union.",
     ["org/waemu", "org/cemac", "org/comesa", "org/mru"]),
    ("According to the OECD Development Assistance Committee, the Asian Infrastructure Investment Bank also lent.",
     ["org/oecd-dac", "org/aiib"]),
    ("The United Nations Peace and Development Trust Fund financed a project of the Special Envoy of the "
     "Secretary-General for Yemen.", ["org/un-peace-development-tf", "org/envoy-yemen"]),
    ("OSCE/ODIHR and the OSCE Representative on Freedom of the Media advised the authorities.",
     ["org/odihr", "org/osce-rfom"]),
    ("The Independent International Commission of Inquiry on Ukraine and the Group of Human Rights Experts on "
     "Nicaragua reported to the Council.", ["org/coi-ukraine", "org/ghre-nicaragua"]),
    ("The Joint Inspection Unit recommended that the Chief Executives Board and the Inter-Agency Standing "
     "Committee coordinate.", ["org/jiu", "org/ceb", "org/iasc"]),
    ("UNMIS, MONUC and UNIPSIL had human rights components; BINUB later became BNUB.",
     ["org/unmis", "org/monuc", "org/unipsil", "org/binub", "org/bnub"]),
    ("The Global Environment Facility, the Green Climate Fund and the Spotlight Initiative funded the region.",
     ["org/gef", "org/gcf", "org/spotlight-initiative"]),
    ("The Ethiopian Human Rights Commission and the Myanmar National Human Rights Commission met in Bangkok.",
     ["org/ehrc-ethiopia", "org/mnhrc", "place/bangkok"]),
])
def test_en_new_entities_in_sentences(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("The Humanitarian Country Team met the United Nations country team.", ["org/hct", "org/unct"]),
    ("The National Human Rights Commission of Somalia and the National Human Rights Commission of Mali.",
     ["org/nhrc-somalia", "org/nhrc-mali"]),
    ("The Commission for Human Rights and Good Governance of the United Republic of Tanzania.",
     ["org/chragg-tanzania"]),
    # the Second Committee is the General Assembly's; "First Committee" alone is no alias
    ("The Second Committee and the General Assembly First Committee.",
     ["org/ga-second-committee", "org/ga-first-committee"]),
    ("It was the first committee of its kind.", []),
    # a country office as English reports also write it; Niger is not Nigeria
    ("The OHCHR office in Guatemala and the OHCHR office in the Niger advised the Governments of Guatemala and "
     "Nigeria.", ["org/ohchr-guatemala", "org/ohchr-niger", "state/GTM", "state/NGA"]),
    ("UN country teams in Chad and Mali worked with OHCHR.", ["org/unct", "state/TCD", "state/MLI", "org/ohchr"]),
    # "AU" inside a longer name is not the African Union on its own
    ("The AU Commission and the AU Peace and Security Council met.", ["org/au-commission", "org/au-psc"]),
    ("The Board of Trustees of the Voluntary Fund for Indigenous Peoples reviewed the Voluntary Fund for "
     "Indigenous Peoples.", ["org/vf-indigenous-board", "org/vf-indigenous"]),
])


def test_en_traps_of_the_new_names(sentence, expected):
    assert keys(sentence) == expected


@pytest.mark.parametrize("sentence, key", [
    ("The Special Rapporteur on the right to adequate housing visited the camps.", "org/sr-housing"),
    ("The Special Rapporteur on freedom of peaceful assembly and of association was invited.", "org/sr-assembly"),
    ("The Special Rapporteur on freedom of opinion and expression was invited.", "org/sr-expression"),
    ("The Special Rapporteur on unilateral coercive measures issued a statement.", "org/sr-ucm"),
    ("The Special Rapporteur on truth, justice, reparation and guarantees of non-recurrence advised.",
     "org/sr-truth"),
    ("The Special Rapporteur on cultural rights met artists.", "org/sr-cultural-rights"),
    ("The Independent Expert on the rights of older persons met officials.", "org/ie-older-persons"),
])
def test_en_short_titles_of_mandates(sentence, key):
    """Short titles UN English documents give special procedures, besides their full titles."""
    assert keys(sentence) == [key]


# ---------------------------------------------------------------- the rows themselves

@pytest.fixture(scope="module")
def gz():
    return load_gazetteer()


@pytest.mark.parametrize("key, kind, parent", [
    ("ipu", "RegionalOrganization", None), ("oecd-dac", "RegionalOrganization", "org/oecd"),
    ("cjeu", "RegionalOrganization", "org/eu"), ("amisom", "RegionalOrganization", "org/au"),
    ("cim-oas", "RegionalOrganization", "org/oas"), ("osce-rfom", "RegionalOrganization", "org/osce"),
    ("unossc", "UNBody", "org/undp"), ("cted", "UNBody", "org/ctc"), ("jiu", "UNBody", "org/ga"),
    ("envoy-syria", "UNBody", "org/sg"), ("coi-ukraine", "UNBody", "org/hrc"),
    ("wg-indigenous-populations", "UNBody", "org/sub-commission"), ("srsg-cambodia", "Post", "org/sg"),
    ("ie-drc", "Post", "org/hrc"), ("un-peace-development-tf", "Fund", None), ("edf", "Fund", "org/eu"),
    ("spotlight-initiative", "Programme", None), ("decade-indigenous-2", "Programme", None),
    ("nhrc-burkina-faso", "NHRI", None), ("ictj", "NGO", None),
])
def test_new_rows_class_and_parent(gz, key, kind, parent):
    e = gz.entities[f"org/{key}"]
    assert (e.kind, e.parent) == (kind, parent)
    assert e.label_zh and e.label_en


def test_renamed_missions_and_offices(gz):
    assert gz.entities["org/monuc"].renamed_to == "org/monusco"
    assert gz.entities["org/unowa"].renamed_to == "org/unowas"
