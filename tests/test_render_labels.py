"""Short labels, wrapped labels and amounts, from names the graph holds (never invented)."""

from __future__ import annotations

import pytest

from tacb_graph.render.labels import (
    Names, format_amount, is_abbreviation, label_width, name_usage, short_label, symbol_short, wrap_label,
)


@pytest.mark.parametrize("symbol, zh, en", [
    ("A/HRC/RES/6/17", "人权理事会 6/17", "HRC 6/17"),
    ("A/RES/60/251", "大会 60/251", "GA 60/251"),
    ("S/RES/2417(2018)", "安理会 2417 (2018)", "SC 2417 (2018)"),
    ("E/CN.4/RES/1987/38", "人权委员会 1987/38", "CHR 1987/38"),
])
def test_resolution_labels_from_symbols(symbol, zh, en):
    assert symbol_short(symbol) == (zh, en)
    assert short_label(Names("whatever resolution"), "en", kind="Resolution", symbol=symbol) == en


def test_unknown_symbols_are_left_alone():
    assert symbol_short("A/HRC/27/41") is None           # a report, not a resolution
    assert symbol_short("X/RES/1") is None
    assert short_label(Names("A/HRC/27/41"), "en", kind="Document", symbol="A/HRC/27/41") == "A/HRC/27/41"


def test_the_short_label_of_the_graph_wins():
    names = Names("联合国人权事务高级专员办事处", ("高专办", "人权高专办"), short="人权高专办")
    assert short_label(names, "zh") == "人权高专办"


def test_abbreviations_without_a_short_label():
    ohchr = Names("联合国人权事务高级专员办事处", ("高专办", "人权高专办", "人权事务高级专员办事处"))
    # several abbreviations fit: the one the text uses (longest match at each place) wins
    assert short_label(ohchr, "zh", text="人权高专办说。人权高专办做。高专办说。") == "人权高专办"
    assert short_label(ohchr, "zh", text="") == "高专办"                       # else the shortest
    undp = Names("联合国开发计划署", ("开发署", "开发计划署", "联合国开发署"))
    assert short_label(undp, "zh") == "开发署"
    assert short_label(Names("United Nations Development Programme", ("UNDP",)), "en") == "UNDP"
    osce = Names("Organization for Security and Co-operation in Europe", ("CSCE", "OSCE"))
    assert short_label(osce, "en") == "OSCE"                                # letters follow the name
    cedaw = Names("Convention on the Elimination of All Forms of Discrimination against Women",
                  ("Women's Convention", "CEDAW Convention"))
    assert short_label(cedaw, "en") == "CEDAW Convention"


def test_states_keep_names_not_acronyms():
    gbr = Names("United Kingdom of Great Britain and Northern Ireland", ("UK", "United Kingdom", "Britain"))
    assert short_label(gbr, "en", kind="State") == "United Kingdom"
    assert short_label(Names("China", ("PRC",)), "en", kind="State") == "China"
    gbr_zh = Names("大不列颠及北爱尔兰联合王国", ("联合王国", "英国"))
    assert short_label(gbr_zh, "zh", kind="State") == "联合王国"          # 英国 is not in the name


def test_nothing_is_invented():
    names = Names("Some Very Long Programme Name That Has No Alias At All Anywhere")
    assert short_label(names, "en") == names.label
    assert short_label(Names(""), "en") == ""


def test_is_abbreviation():
    assert is_abbreviation("UN-Women", "United Nations Entity for Gender Equality", "en")
    assert not is_abbreviation("Holland", "Netherlands (Kingdom of the)", "en")
    assert not is_abbreviation("人权高专办", "人权高专办", "zh")           # not shorter


def test_name_usage_counts_the_longest_name_at_each_place():
    usage = name_usage("联合国人权高专办；人权高专办；高专办", ["高专办", "人权高专办", "联合国人权高专办"])
    assert usage == {"联合国人权高专办": 1, "人权高专办": 1, "高专办": 1}


def test_wrap_label():
    assert wrap_label("OHCHR", "en") == "OHCHR"
    two = wrap_label("Office of the United Nations High Commissioner for Human Rights", "en", width=13)
    assert two.count("\n") == 1 and two.endswith("…") and label_width(two) <= 13
    assert wrap_label("人权领域技术合作自愿基金", "zh", width=10) == "人权领域技术\n合作自愿基金"
    assert "\n" not in wrap_label("tacb-report-zh", "zh", width=20)


def test_amounts():
    assert format_amount("800000", "USD", "en") == "USD 800,000"
    assert format_amount("800000", "USD", "zh") == "80万美元"
    assert format_amount("1800000", "EUR", "en") == "EUR 1.8 million"
    assert format_amount("1800000", "EUR", "zh") == "180万欧元"
    assert format_amount("600000000000", "CNY", "en") == "CNY 600 billion"
    assert format_amount("600000000000", "CNY", "zh") == "6000亿元人民币"
    assert format_amount("12.5", "XYZ", "en") == "XYZ 12.5"           # unknown currency: its code
    assert format_amount("not a number", "USD", "en") == "USD ?"
