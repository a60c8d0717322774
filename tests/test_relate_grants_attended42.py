"""Help read from grants and from who attended, in more forms: a Chinese grant a named body received or used (``X 获得 F
3.8 万美元的赠款``, ``X 用 F 的赠款``: ``grants`` ``grantee_alone``, ``grant_money``, ``grantee_verbs``), the people of
named States opening a sentence after the activity's (``来自 A 和 B 的 30 名代表参加了论坛``: ``activities``
``attendees_lead``), and an activity the sentence before named taken up by a pronoun (``X organized it together with Y.
Officials from A and B attended.``: ``held_pronouns``). Sentences of our own, not copied from any gold text."""

from __future__ import annotations

import pytest

from tacb_graph.recognise import recognise
from tacb_graph.records import Source
from tacb_graph.relate import relate
from tacb_graph.segment import segment


def _read(text: str):
    text = f"1. {text}\n\n"
    return relate(recognise(segment(Source("t.txt", "t", text, "0", "utf-8", len(text)))))


def _help(text: str) -> set[tuple[str, str]]:
    return {(r.subject, r.object) for r in _read(text).relations if r.predicate == "assists"}


@pytest.mark.parametrize("text, grantee, amount", [
    ("尼日尔国家人权委员会获得禁止酷刑公约任择议定书特别基金 4.2 万美元的赠款，用于培训监狱看守。", "org/cndh-niger", "42000"),
    ("多哥国家人权委员会用禁止酷刑公约任择议定书特别基金 1.5 万美元的赠款印制了探访手册。", "org/nhrc-togo", "15000"),
])
def test_a_grant_a_named_body_received(text, grantee, amount):
    rec = _read(text)
    assert ("org/opcat-special-fund", grantee) in {(r.subject, r.object) for r in rec.relations if r.predicate == "assists"}
    assert ("org/opcat-special-fund", grantee, amount) in {(c.contributor, c.recipient, c.amount) for c in rec.contributions}


def test_people_of_named_states_opening_the_sentence_after_the_activity():
    got = _help("2109 年 3 月，联合国开发计划署(开发署)和非洲联盟委员会在达喀尔联合举办了区域讲习班。"
                "来自塞内加尔、冈比亚和几内亚比绍的 25 名法官参加了讲习班。")
    assert {("org/undp", "state/SEN"), ("org/undp", "state/GMB"), ("org/undp", "state/GNB")} <= got


def test_money_from_a_state_is_no_attendance():
    assert not any(o == "state/NOR" for _s, o in _help("开发署在达喀尔举办了培训，资金来自挪威。"))


def test_an_activity_taken_up_by_a_pronoun():
    got = _help("The third course took place in Apia in May 2112. The OHCHR Regional Office for the Pacific organized it "
                "together with UNDP. Officials from Kiribati, Nauru and Tonga attended.")
    assert {("org/ohchr-pacific", "state/KIR"), ("org/undp", "state/NRU"), ("org/undp", "state/TON")} <= got


@pytest.mark.parametrize("text, funder", [
    ("毒罪办向乍得检察署移交了 20 套证据采集设备。采购这批设备的费用来自欧洲联盟(欧盟)的一笔赠款。", "org/eu"),
    ("开发署为乍得司法部的 60 名书记员举办了培训。培训所用的终端设备是用日本政府提供的资金采购的。", "state/JPN"),
])
def test_the_cost_of_the_help_before_from_a_funder(text, funder):
    """(``repeated_help`` ``funded_back``: ``费用来自``, ``是用`` … ``提供的资金``; ``funded_back_verbs``)"""
    assert (funder, "state/TCD") in _help(text)
