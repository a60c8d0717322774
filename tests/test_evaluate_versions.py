"""tacb_graph.evaluate.versions: a bilingual gold pair scored version by version, side by side, with the
facts the graph holds for one version's unit only — on a small hand-written graph (every figure known)
and on the build of tests/gold/bilingual."""

from __future__ import annotations

import doctest
import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import tacb_graph.evaluate.versions as versions
from tacb_graph.errors import InputError
from tacb_graph.evaluate import evaluate, evaluate_split
from tacb_graph.evaluate.versions import read_alignment
from tacb_graph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
PAIR = ROOT / "tests" / "gold" / "bilingual"

ID = "https://w3id.org/tacb/id/"
T = "https://w3id.org/tacb/ontology#"
# one report, two versions; ¶1 of both says OHCHR assists Mali; ¶2 of the English version alone
# says OHCHR partners with UNDP (in the gold of both: the zh version missed it); the zh version alone
# says Mali requests OHCHR in ¶2 (in no gold: a false hit); persons keyed per script, paired in the
# alignment: ¶3 of both names the High Commissioner's holder
TRIG = f"""
@prefix t: <{T}> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
<{ID}report/v-zh> {{ <{ID}report/v-zh> a t:Report ; t:sha256 "aa" .
  <{ID}report/v-zh/paragraph/1> a t:Paragraph ; t:number 1 ; t:inReport <{ID}report/v-zh> .
  <{ID}report/v-zh/paragraph/2> a t:Paragraph ; t:number 2 ; t:inReport <{ID}report/v-zh> .
  <{ID}report/v-zh/paragraph/3> a t:Paragraph ; t:number 3 ; t:inReport <{ID}report/v-zh> . }}
<{ID}report/v-en> {{ <{ID}report/v-en> a t:Report ; t:sha256 "bb" .
  <{ID}report/v-en/paragraph/1> a t:Paragraph ; t:number 1 ; t:inReport <{ID}report/v-en> .
  <{ID}report/v-en/paragraph/2> a t:Paragraph ; t:number 2 ; t:inReport <{ID}report/v-en> .
  <{ID}report/v-en/paragraph/3> a t:Paragraph ; t:number 3 ; t:inReport <{ID}report/v-en> . }}
<{ID}report/v-zh/paragraph/1> {{ <{ID}org/ohchr> t:assists <{ID}state/MLI> . }}
<{ID}report/v-en/paragraph/1> {{ <{ID}org/ohchr> t:assists <{ID}state/MLI> . }}
<{ID}report/v-zh/paragraph/2> {{ <{ID}state/MLI> t:requests <{ID}org/ohchr> . }}
<{ID}report/v-en/paragraph/2> {{ <{ID}org/undp> t:partnersWith <{ID}org/ohchr> . }}
<{ID}report/v-zh/paragraph/3> {{ <{ID}org/hchr> t:heldBy <{ID}person/甲> . }}
<{ID}report/v-en/paragraph/3> {{ <{ID}org/hchr> t:heldBy <{ID}person/jia> . }}
"""


def _gold(report, sha, person):
    return {"report": report, "source_sha256": sha, "symbol": "A/HRC/1/1", "units": [
        {"unit": "paragraph", "number": 1, "relations": [["org/ohchr", "assists", "state/MLI"]]},
        {"unit": "paragraph", "number": 2, "relations": [["org/ohchr", "partnersWith", "org/undp"]]},
        {"unit": "paragraph", "number": 3, "relations": [["org/hchr", "heldBy", person]]}]}


ALIGN = {"symbol": "A/HRC/1/1", "versions": {"zh": "v-zh", "en": "v-en"},
         "paragraphs": [[1, 1], [2, 2], [3, 3]], "footnotes": [], "same_entities": {"person/甲": "person/jia"}}


@pytest.fixture()
def case(tmp_path):
    (tmp_path / "graph.trig").write_text(TRIG, encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "v-zh.json").write_text(json.dumps(_gold("v-zh", "aa", "person/甲"), ensure_ascii=False), encoding="utf-8")
    (gold / "v-en.json").write_text(json.dumps(_gold("v-en", "bb", "person/jia")), encoding="utf-8")
    (gold / "alignment.json").write_text(json.dumps(ALIGN, ensure_ascii=False), encoding="utf-8")
    return tmp_path / "graph.trig", gold


def test_doctests():
    assert doctest.testmod(versions).failed == 0


def test_each_version_is_scored_against_its_own_gold(case):
    (v,) = evaluate(*case).versions
    zh, en = v.versions
    assert (zh.lang, zh.report, en.lang, en.report) == ("zh", "v-zh", "en", "v-en")
    # core relations (heldBy is not one): zh finds assists, misses partnersWith, adds requests
    assert (zh.relations.tp, zh.relations.fp, zh.relations.fn) == (1, 1, 1)
    assert (en.relations.tp, en.relations.fp, en.relations.fn) == (2, 0, 0)


def test_facts_from_both_and_from_one_version_only_persons_paired(case):
    (v,) = evaluate(*case).versions
    assert v.aligned_units == 3 and v.both == 2          # ¶1 assists, ¶3 heldBy (甲 = jia)
    assert [(o.lang, o.where, o.fact, o.in_gold) for o in v.only] == [
        ("zh", "¶2", "state/MLI requests org/ohchr", False),
        ("en", "¶2", "org/ohchr partnersWith org/undp", True)]


def test_table_shows_the_versions_side_by_side_after_the_existing_sections(case):
    text = evaluate(*case).format("table")
    before, _, after = text.partition("Language versions — A/HRC/1/1")
    assert "Misses (in the gold, not in the graph)" in before and "False hits" in before
    lines = after.splitlines()
    assert any(line.startswith("zh ") and "v-zh" in line for line in lines)
    assert any(line.startswith("en ") and "v-en" in line for line in lines)
    assert "2 from both versions, 1 from zh only, 1 from en only" in after
    assert "only from en (v-en): 1 — 1 in its gold" in after and "(not in the gold)" in after


def test_json_carries_the_comparison_and_a_gold_without_pair_does_not(case):
    trig, gold = case
    d = json.loads(evaluate(trig, gold).format("json"))
    assert d["versions"][0]["both"] == 2 and len(d["versions"][0]["only"]) == 2
    assert "versions" not in json.loads(evaluate(trig, gold / "v-zh.json").format("json"))


def test_a_split_gold_compares_the_pair_in_its_part(case, tmp_path):
    trig, gold = case
    split = tmp_path / "split"
    split.mkdir()
    gold.rename(split / "pairs")
    report = evaluate_split(trig, split)
    assert [v.symbol for v in report.parts["pairs"].versions] == ["A/HRC/1/1"]
    assert "Language versions — A/HRC/1/1" in report.format("table")


@pytest.mark.parametrize("content, message", [
    ("[]", "\"versions\" must map two languages"),
    ('{"versions": {"zh": "a"}}', "\"versions\" must map two languages"),
    ('{"versions": {"zh": "a", "en": "b"}, "paragraphs": [[1]]}', "\"paragraphs\" must be a list of [n, n] pairs"),
    ('{"versions": {"zh": "a", "en": "b"}, "same_entities": []}', "\"same_entities\" must map"),
    ("{", "cannot read the alignment"),
])
def test_a_bad_alignment_is_a_one_line_input_error(tmp_path, content, message):
    f = tmp_path / "alignment.json"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")):
        read_alignment(f)


# --- the build of the bilingual gold pair ------------------------------------------------------

def test_the_gold_pair_each_versions_figures_are_its_own_evaluation(bilingual):
    store = open_store(bilingual.paths.store)
    (v,) = evaluate(store, PAIR).versions
    for figures, slug in zip(v.versions, ("pair-zh", "pair-en")):
        alone = evaluate(store, PAIR / f"{slug}.json")
        assert figures.relations == alone.relations_total.triple
        assert figures.entities == alone.entities_total.triple
    assert v.both > 0 and v.aligned_units == 11


def test_cli_evaluate_on_the_gold_pair(bilingual):
    out = subprocess.run([sys.executable, "-m", "tacb_graph", "evaluate", "--gold", str(PAIR),
                          str(bilingual.paths.store)], capture_output=True, text=True, check=True).stdout
    assert out.startswith("gold: ") and "Language versions — A/HRC/55/80" in out
    assert "facts the graph holds for aligned units" in out


def test_an_open_store_without_the_pair_scores_every_fact_missed(tmp_path):
    (v,) = evaluate(ox.Store(), PAIR).versions
    assert v.both == 0 and v.only == [] and all(f.relations.tp == 0 for f in v.versions)
