"""Partners read in two more Chinese forms: a State's government or ministry as the first of two agents of a passive
(``由 X 政府与 Y 共同主办``: ``partners`` ``state_organ``, read by tacb_graph/relate/links.py) and two coordinated
subjects that act together (``A 和 B 合作实施了…``: ``partners`` ``joint``). Sentences of our own, not copied from any
gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _partners(text: str) -> set[frozenset]:
    text = f"1. {text}\n\n"
    rec = relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))
    return {frozenset((r.subject, r.object)) for r in rec.relations if r.predicate == "partnersWith"}


@pytest.mark.parametrize("text, pair", [
    ("研讨会由黎巴嫩政府与人权高专办共同组织。", {"state/LBN", "org/ohchr"}),
    ("协商会议于 2092 年 2 月在比绍举行，由几内亚比绍政府与人权高专办西非区域办事处联合主办。", {"state/GNB", "org/ohchr-west-africa"}),
    ("协商会议由吉尔吉斯斯坦外交部与人权高专办中亚区域办事处联合主办。", {"state/KGZ", "org/ohchr-central-asia"}),
    ("教科文组织和人权高专办在巴哈马合作实施了一个中学人权教育项目。", {"org/unesco", "org/ohchr"}),
    ("教科文组织和人权高专办合作举办了两期讲习班。", {"org/unesco", "org/ohchr"}),
])
def test_partners(text, pair):
    assert frozenset(pair) in _partners(text)


@pytest.mark.parametrize("text", [
    "人权高专办为马拉维和赞比亚合作编写的报告提供了意见。",  # the two States' report: the Office helps, no partner
    "研讨会由黎巴嫩政府主办，人权高专办派员出席。",  # one host; the Office attended
])
def test_no_partners(text):
    assert not {p for p in _partners(text) if "org/ohchr" in p}


@pytest.mark.parametrize("text, pair", [
    ("UNODC and OHCHR, working in partnership, gave the Ministry of Home Affairs of Myanmar written advice.",
     {"org/unodc", "org/ohchr"}),
    ("OHCHR agreed on a joint workplan for 2069–2070 with the European Union Agency for Fundamental Rights.",
     {"org/ohchr", "org/fra"}),
    ("SUHAKAM held a peer exchange on national inquiries with the Myanmar National Human Rights Commission.",
     {"org/suhakam", "org/mnhrc"}),
    ("OHCHR exchanged views on screening procedures with the European Commission.", {"org/ohchr", "org/european-commission"}),
    ("Botswana and FAO would conclude a letter of agreement in July 2077.", {"state/BWA", "org/fao"}),
    ("Officers of Lebanon were trained in humanitarian law by UNIFIL, in cooperation with OHCHR.", {"org/unifil", "org/ohchr"}),
])
def test_partners_en(text, pair):
    """(``partners``: ``joint``, ``topic_verbs`` and ``gap_topic``, ``joint_modified``, ``passive_before``)"""
    assert frozenset(pair) in _partners(text)


def test_the_trained_are_no_partner_of_the_one_who_trained_with_the_agent():
    got = _partners("Officers of Lebanon were trained in humanitarian law by UNIFIL, in cooperation with OHCHR.")
    assert frozenset({"state/LBN", "org/ohchr"}) not in got
