"""What the renderer reads from a store: facts by modality, stances, contributions, titles, names."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from tacb_graph.analyse.resolve import EntityNotFound, match_entity, resolve_entity
from tacb_graph.render.source import story_graph
from tacb_graph.render.style import UNNAMED

FIXTURE = Path(__file__).parent / "fixtures" / "render-stories.trig"
ID = "https://w3id.org/tacb/id/"


@pytest.fixture(scope="module")
def store():
    s = ox.Store()
    s.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    return s


@pytest.fixture(scope="module")
def story(store):
    return story_graph(store)


def _edges(G, relation):
    return {(u[len(ID):], v[len(ID):]): d for u, v, d in G.edges(data=True) if d["relation"] == relation}


def test_facts_not_reported_become_edges_with_their_modality(story):
    G, _ = story
    assists = _edges(G, "assists")
    assert assists[("org/ohchr", "state/LBY")].get("modality") is None          # plain edge: reported
    requested = assists[("org/ohchr", "state/TUN")]                              # fact node only
    assert requested["modality"] == "Requested"
    assert requested["requested_by"] == [ID + "resolution/A/HRC/RES/6/17"]
    assert requested["paragraphs"] == [1] and requested["quotes"] == ["请人权高专办协助突尼斯"]


def test_stances_merge_by_holder_concept_and_value(story):
    G, _ = story
    stances = _edges(G, "stance")
    gbr = stances[("state/GBR", "concept/mutually-beneficial-cooperation")]
    assert (gbr["stance"], gbr["paragraphs"], len(gbr["quotes"])) == ("Critical", [3, 4], 2)
    assert {d["stance"] for d in stances.values()} == {"Supportive", "Critical", "Sceptical", "NotQuestioned"}
    assert set(_edges(G, "related")) == {("concept/mutually-beneficial-cooperation", "concept/win-win-cooperation")}


def test_contributions_and_a_recipient_not_named(story):
    G, _ = story
    money = _edges(G, "contributes")
    chn = money[("state/CHN", "org/ohchr")]
    assert (chn["amount"], chn["currency"], chn["period"]) == ("800000", "USD", "每年")
    (eu_key, eu), = [(k, d) for k, d in money.items() if k[0] == "org/eu"]
    target = ID + eu_key[1]
    assert G.nodes[target]["kind"] == UNNAMED                                  # said, not guessed
    assert G.nodes[target]["label_en"] == "recipient not named"
    assert (eu["amount"], eu["currency"], eu["year"]) == ("1800000", "EUR", "2017")


def test_report_title_in_both_languages(story):
    G, _ = story
    assert G.graph["report_titles"] == [("技术援助和能力建设问题研究", "Study on technical assistance and capacity-building")]


def test_short_labels(story):
    G, _ = story
    short = {n[len(ID):]: (d["short_zh"], d["short_en"]) for n, d in G.nodes(data=True) if n.startswith(ID)}
    assert short["org/ohchr"] == ("人权高专办", "OHCHR")                       # tacb:shortLabel
    assert short["org/undp"] == ("开发署", "UNDP")                             # abbreviations
    assert short["resolution/A/HRC/RES/6/17"] == ("人权理事会 6/17", "HRC 6/17")  # from the symbol
    assert short["state/GBR"] == ("联合王国", "United Kingdom")
    assert short["state/LBY"] == ("利比亚", "Libya")


@pytest.mark.parametrize("name, iri", [
    ("OHCHR", "org/ohchr"), ("人权高专办", "org/ohchr"), ("UNDP", "org/undp"), ("Libya", "state/LBY"),
    ("lby", "state/LBY"), ("HRC 6/17", "resolution/A/HRC/RES/6/17"), ("ＵＮＤＰ", "org/undp"),
])
def test_names_resolve_as_the_cli_and_the_page_do(store, story, name, iri):
    _, names = story
    assert resolve_entity(store, name, names) == ID + iri


def test_partial_names_give_candidates(story):
    _, names = story
    m = match_entity(names, "高专")
    assert m.iri is None and m.candidates == (ID + "org/ohchr", ID + "org/ohchr-west-africa")


def test_cli_resolver_keeps_its_messages(store):
    with pytest.raises(EntityNotFound, match=r'no entity called "Atlantis"$'):
        resolve_entity(store, "Atlantis")
    with pytest.raises(EntityNotFound, match="empty entity name"):
        resolve_entity(store, "  ")


def test_a_symmetric_relation_stated_both_ways_is_one_edge(store):
    both = ox.Store()
    both.load(FIXTURE.read_bytes(), format=ox.RdfFormat.TRIG)
    both.load(f"""
        <{ID}report/stories/paragraph/3> {{
            <{ID}org/undp> <https://w3id.org/tacb/ontology#partnersWith> <{ID}org/ohchr> .
        }}""", format=ox.RdfFormat.TRIG)
    G, _ = story_graph(both)
    pairs = [(u, v, d["paragraphs"]) for u, v, d in G.edges(data=True) if d["relation"] == "partnersWith"]
    assert pairs == [(ID + "org/ohchr", ID + "org/undp", [2, 3])]


# --- one report in two languages (the build of tests/gold/bilingual) ---------------------------

def test_every_quote_carries_its_language(bilingual):
    from tacb_graph.store import open_store

    G, _ = story_graph(open_store(bilingual.paths.store))
    e = G.edges[ID + "org/ohchr", ID + "state/SSD", "assists"]
    assert len(e["quote_langs"]) == len(e["quotes"]) and set(e["quote_langs"]) == {"zh", "en"}
    for quote, lang in zip(e["quotes"], e["quote_langs"]):
        assert (lang == "zh") == any("\u4e00" <= c <= "\u9fff" for c in quote), quote
    assert all(len(d["quote_langs"]) == len(d["quotes"]) for _, _, d in G.edges(data=True) if d.get("quotes"))


def test_the_versions_of_one_paragraph_give_one_contribution_edge_with_both_quotes(bilingual):
    from tacb_graph.store import open_store

    G, _ = story_graph(open_store(bilingual.paths.store))
    (money,) = _edges(G, "contributes").values()
    assert money["paragraphs"] == [6] and sorted(money["quote_langs"]) == ["en", "zh"]


def test_a_store_without_language_tags_gives_empty_languages(story):
    G, _ = story
    langs = {lang for _, _, d in G.edges(data=True) for lang in d.get("quote_langs", ())}
    assert langs <= {"zh", ""}
