"""recognise.institutions: a State's national institution named by its head alone.

Sentences of our own in the style of UN reports, read with the bundled gazetteers.
"""

from __future__ import annotations

import pytest

from tacb_graph.config import load_config
from tacb_graph.recognise import recognise
from tacb_graph.recognise.gazetteer import load_gazetteer
from tacb_graph.recognise.institutions import institution_heads
from tacb_graph.recognise.state import UnitState
from tacb_graph.records import Source
from tacb_graph.segment import segment


def run(*paragraphs: str):
    text = "".join(f"{i}. {p}\n\n" for i, p in enumerate(paragraphs, 1))
    return recognise(segment(Source("t.txt", "t", text, "0" * 64, "utf-8", len(text))))


def keys(rec, number: int) -> list[str]:
    return [m.entity for m in sorted(rec.mentions, key=lambda m: m.start) if m.number == number]


def test_heads_come_from_names_that_hold_a_state():
    config = load_config("en")
    heads = institution_heads(UnitState(load_gazetteer(), config), config.language.backrefs["state_institutions"])
    assert heads["National Centre for Human Rights"]["state/JOR"] == "org/nchr-jordan"
    assert heads["National Human Rights Commission"]["state/NPL"] == "org/nhrc-nepal"
    assert "Commission for Human Rights and Good Governance" not in heads  # a name by itself already


@pytest.mark.parametrize("text", [
    "Jordan's National Centre for Human Rights hosted a regional workshop.",
    "Jordan’s National Centre for Human Rights hosted a regional workshop.",
    "The National Centre for Human Rights of Jordan hosted a regional workshop.",
    "Officials from Jordan and the National Centre for Human Rights attended a regional workshop.",
    "In Jordan, whose National Centre for Human Rights hosted it, a regional workshop took place.",
])
def test_the_head_names_the_institution_of_the_state_around_it(text):
    assert "org/nchr-jordan" in keys(run(text), 1)


def test_the_nearest_state_with_such_an_institution_owns_a_bare_head():
    rec = run("Nepal and Thailand exchanged views; Thailand noted that the National Human Rights Commission "
              "had visited prisons.")
    assert "org/nhrc-thailand" in keys(rec, 1) and "org/nhrc-nepal" not in keys(rec, 1)


def test_the_state_of_the_paragraph_before_owns_a_bare_head():
    rec = run("The Office continued its programme in Mongolia.",
              "The National Human Rights Commission received training on monitoring places of detention.")
    assert "org/nhrc-mongolia" in keys(rec, 2)


@pytest.mark.parametrize("text", [
    "Tonga plans to establish a National Human Rights Commission.",  # no such institution in Tonga
    "Jordan said that a National Centre for Human Rights might be strengthened.",  # indefinite
    "The National Human Rights Commission of Atlantis was visited.",  # a name of something unknown
])
def test_no_institution_where_no_state_owns_the_head(text):
    assert not [k for k in keys(run(text), 1) if k.startswith("org/n")]


def test_chinese_has_no_such_rule():
    rec = run("约旦国家人权中心举办了讲习班。")
    assert "org/nchr-jordan" in keys(rec, 1)  # by its own name, as before
