"""Tests of tacb_graph.evaluate: facts with modality and requester, persons, sessions, gold parts.

A synthetic graph (``tests/evaluate_cases.py``) whose report IRI comes from its symbol, with
fact nodes of every modality; no build is run.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import tacb_graph.evaluate as ev
from evaluate_cases import GOLD_DATA, MOD_GOLD, MOD_TRIG, TRIG, run_cli as _run
from tacb_graph.errors import InputError
from tacb_graph.evaluate import evaluate, evaluate_split, gold_parts, load_gold
from tacb_graph.namespaces import ID_BASE


@pytest.fixture()
def case(tmp_path):
    trig = tmp_path / "graph.trig"
    trig.write_text(TRIG, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD_DATA), encoding="utf-8")
    return trig, gold


@pytest.fixture()
def mod(tmp_path):
    trig = tmp_path / "mod.trig"
    trig.write_text(MOD_TRIG, encoding="utf-8")
    gold = tmp_path / "mod.json"
    gold.write_text(json.dumps(MOD_GOLD, ensure_ascii=False), encoding="utf-8")
    return evaluate(trig, gold)


def test_a_fact_matches_only_with_its_modality(mod):
    a = mod.relations["assists"].paragraph
    # CAF Requested (fact node) and GIN Negated: hits. sg→ohchr Requested: hit (fact node) and
    # also a plain edge, i.e. a Reported false hit. GNB Requested in the gold, a plain edge in the graph.
    assert (a.tp, a.fp, a.fn) == (2 + 1, 2, 1)
    misses = {d.item for d in mod.misses}
    hits = {d.item for d in mod.false_hits}
    assert "org/ohchr assists state/GNB [Requested]" in misses
    assert {"org/ohchr assists state/GNB", "org/sg assists org/ohchr"} <= hits
    assert mod.relations["requests"].paragraph.f1 == 1.0  # a plain edge and a fact node without modality: one fact
    assert mod.relations["atSession"].paragraph.f1 == 1.0
    assert mod.relations["partnersWith"].paragraph.tp == 1  # Planned, either order


def test_figures_per_modality(mod):
    m = mod.modalities
    assert (m["Requested"].paragraph.tp, m["Requested"].paragraph.fp, m["Requested"].paragraph.fn) == (2, 0, 1)
    assert (m["Negated"].paragraph.tp, m["Planned"].paragraph.tp) == (1, 1)
    assert (m["Reported"].paragraph.tp, m["Reported"].paragraph.fp) == (3, 2)
    assert m["Recommended"].paragraph.f1 is None


def test_requested_assistance_as_plain_edge_is_counted(mod):
    c = mod.modality_check
    assert c.requested_assistance_as_plain_edge == 2  # sg→ohchr (¶1) and ohchr→GNB (¶2)
    assert c.gold_as_plain_edge == {"assists Requested": 2} and c.violations == 2
    assert c.graph_as_plain_edge == {"assists Requested": 1}  # the graph's own Requested node with a plain edge
    assert {(n, f) for _, _, n, f in c.items} == {(1, "org/sg assists org/ohchr [Requested]"),
                                                  (2, "org/ohchr assists state/GNB [Requested]")}


def test_requested_by(mod):
    q = mod.requesters
    assert (q.support, q.correct) == (2, 2)  # the null requester of ¶2 is not counted


def test_persons_sessions_and_the_most_specific_class(mod):
    e = mod.entities
    assert e["Session"].paragraph.f1 == 1.0 and e["Person"].paragraph.f1 == 1.0 and e["Post"].paragraph.f1 == 1.0
    assert e["Event"].paragraph.predicted == 0  # the session is a tacb:Event too, counted once
    assert mod.found == {"zh-hc": f"{ID_BASE}report/A-HRC-45-52"} and mod.warnings == []


def test_modality_in_table_and_json(mod):
    text = mod.format("table")
    assert "Modality — the same facts by modality" in text
    assert re.search(r"^Requested\s+3\s+2\s+1\.000\s+0\.667", text, re.M)
    assert "requested assistance as plain edge: 2" in text
    assert "requestedBy — 2 of 2" in text
    data = json.loads(mod.format("json"))
    assert data["modalities"]["check"]["requested_assistance_as_plain_edge"] == 2
    assert data["modalities"]["modalities"]["Negated"]["paragraph"]["tp"] == 1
    assert "cites" not in data["modalities"]["of"]


def test_ignore_modality_matches_facts_whatever_their_modality(tmp_path, mod):
    trig = tmp_path / "mod.trig"
    trig.write_text(MOD_TRIG, encoding="utf-8")
    gold = tmp_path / "mod.json"
    gold.write_text(json.dumps(MOD_GOLD, ensure_ascii=False), encoding="utf-8")
    loose = evaluate(trig, gold, modality=False)
    a = loose.relations["assists"].paragraph
    assert (a.tp, a.fp, a.fn) == (4, 0, 0)  # the plain edges now count for the Requested facts
    assert loose.modality_check == mod.modality_check  # the check is made all the same
    assert "note: facts matched whatever their modality" in loose.format("table")
    assert json.loads(loose.format("json"))["modality_scored"] is False
    proc = _run("--gold", gold, trig, "--ignore-modality", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["relations"]["relations"]["assists"]["paragraph"]["f1"] == 1.0


def test_marks_modality(tmp_path, case):
    trig = tmp_path / "mod.trig"
    trig.write_text(MOD_TRIG, encoding="utf-8")
    assert ev.marks_modality(ev.predicted.open_graph(trig)[0])
    assert not ev.marks_modality(ev.predicted.open_graph(case[0])[0])


def _split_folder(tmp_path) -> Path:
    folder = tmp_path / "gold"
    (folder / "dev").mkdir(parents=True)
    (folder / "test" / "en").mkdir(parents=True)
    p1, p2 = MOD_GOLD["units"]
    (folder / "dev" / "zh-hc.json").write_text(json.dumps(MOD_GOLD | {"units": [p2]}), encoding="utf-8")
    (folder / "test" / "zh-hc.json").write_text(json.dumps(MOD_GOLD | {"units": [p1]}), encoding="utf-8")
    (folder / "test" / "en" / "r.json").write_text(json.dumps(GOLD_DATA), encoding="utf-8")
    (folder / "README.md").write_text("not gold", encoding="utf-8")
    return folder


def test_gold_parts_test_first(tmp_path):
    folder = _split_folder(tmp_path)
    assert [n for n, _ in gold_parts(folder)] == ["test", "dev"]
    assert gold_parts(folder / "test") == []  # files directly in it: not split
    assert gold_parts(tmp_path / "missing") == []
    assert len(load_gold(folder).units) == 5  # one report across two parts is fine


def test_split_report_per_part_report_and_folder(tmp_path):
    folder = _split_folder(tmp_path)
    graph = tmp_path / "both.trig"
    graph.write_text(MOD_TRIG + TRIG.split("@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .", 1)[1],
                     encoding="utf-8")
    sr = evaluate_split(graph, folder)
    assert list(sr.parts) == ["test", "dev"] and sr.headline_part == "test"
    assert sr.parts["test"].units == 4 and sr.parts["dev"].units == 1
    assert set(sr.by_report["test"]) == {"zh-hc", "r"} and "dev" not in sr.by_report
    assert set(sr.by_folder["test"]) == {"en", "."}
    assert sr.by_folder["test"]["en"].relations_total == evaluate(graph, folder / "test" / "en").relations_total
    assert sr.parts["dev"].modality_check.requested_assistance_as_plain_edge == 1
    text = sr.format("table")
    assert text.index("==== test ====") < text.index("==== dev ====")
    assert re.search(r"^headline \(test part, distinct facts\): relations P ", text, re.M)
    assert re.search(r"^test\s+en/\s", text, re.M) and re.search(r"^test\s+zh-hc\s", text, re.M)
    data = json.loads(sr.format("json"))
    assert data["headline_part"] == "test" and set(data["parts"]) == {"test", "dev"}
    assert data["parts"]["test"]["overall"]["units"]["total"] == 4
    assert data["parts"]["test"]["by_report"]["r"]["units"]["total"] == 3


def test_cli_reports_parts_and_one_part(tmp_path):
    folder = _split_folder(tmp_path)
    graph = tmp_path / "mod.trig"
    graph.write_text(MOD_TRIG, encoding="utf-8")
    proc = _run("--gold", folder, graph)
    assert proc.returncode == 0, proc.stderr
    assert "==== test ====" in proc.stdout and "==== dev ====" in proc.stdout
    proc = _run("--gold", folder, graph, "--part", "dev", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["units"]["total"] == 1
    proc = _run("--gold", folder, graph, "--part", "train")
    assert proc.returncode == InputError.exit_code and "no gold part 'train' (parts: test, dev)" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
