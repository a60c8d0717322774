"""`tacb-graph analyze` and `tacb-graph path` end to end on a store built from the fixture."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib

from tacb_graph.cli import main
from tacb_graph.store import open_store, select, write_outputs

FIXTURE = Path(__file__).parent / "fixtures" / "analysis-sample.trig"
ID = "https://w3id.org/tacb/id/"


@pytest.fixture()
def store_path(tmp_path):
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return str(write_outputs(ds, tmp_path / "out").store)


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_analyze_table(capsys, store_path):
    code, out, err = run(capsys, "analyze", "--store", store_path, "--top", "3")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["rank", "entity", "kind", "degree"]
    assert lines[2].split()[:4] == ["1", "联合国人权事务高级专员办事处", "UNBody", "4"]
    assert len(lines) == 2 + 3 + 1
    assert lines[-1] == "(11 nodes, 8 edges, 5 communities; top 3 by PageRank)"


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
def test_analyze_formats(capsys, store_path, fmt):
    code, out, err = run(capsys, "analyze", "--store", store_path, "--comention", "--format", fmt)
    assert code == 0, err
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == 11 and rows[0]["rank"] == "1" and rows[0]["iri"].startswith(ID)
    elif fmt == "json":
        rows = json.loads(out)
        assert [r["rank"] for r in rows] == list(range(1, 12))
        assert {"iri", "pagerank", "community", "is_articulation_point"} <= set(rows[0])
    else:
        assert out.startswith("| rank | entity |") and out.count("\n") == 13
    assert "11 nodes" in err


def test_analyze_classes_focus(capsys, store_path):
    code, out, _ = run(capsys, "analyze", "--store", store_path, "--format", "json",
                       "--comention", "--classes", "State, Fund")
    assert {r["kind"] for r in json.loads(out)} == {"State", "Fund"}
    code, out, _ = run(capsys, "analyze", "--store", store_path, "--format", "json",
                       "--focus", "Libya", "--depth", "2")
    assert code == 0
    assert sorted(r["iri"][len(ID):] for r in json.loads(out)) == ["org/ohchr", "org/undp", "state/LBY"]


def test_analyze_exports_and_write_back(capsys, store_path, tmp_path):
    gml, gexf = tmp_path / "g.graphml", tmp_path / "g.gexf"
    code, out, err = run(capsys, "analyze", "--store", store_path, "--write-back",
                         "--graphml", str(gml), "--gexf", str(gexf))
    assert code == 0, err
    assert "wrote 77 measure triples" in err
    G = nx.read_graphml(gml)
    assert float(G.nodes[ID + "org/ohchr"]["pagerank"]) > 0 and len(G) == 11
    assert len(nx.read_gexf(gexf)) == 11
    rows = select(open_store(store_path),
                  "SELECT ?e WHERE { ?e tacb:pagerank ?pr } ORDER BY DESC(?pr) LIMIT 1")
    assert rows[0]["e"].value == ID + "org/ohchr"


def test_path(capsys, store_path):
    code, out, err = run(capsys, "path", "利比亚", "人权高专办", "--store", store_path)
    assert code == 0, err
    assert out.splitlines() == [
        "利比亚 → 联合国人权事务高级专员办事处: 1 shortest chain of 2 hops via stated relations",
        "1. 利比亚 — 联合国开发计划署 — 联合国人权事务高级专员办事处",
        "    联合国开发计划署 —assists→ 利比亚  [¶2, ¶6]",
        "      “开发署协助利比亚。”",
        "    联合国人权事务高级专员办事处 —partnersWith→ 联合国开发计划署  [¶2]",
        "      “人权高专办与开发署合作。”",
    ]


def test_path_comention_and_json(capsys, store_path):
    code, out, _ = run(capsys, "path", "capacity-building", "OHCHR", "--store", store_path, "--max", "1")
    assert code == 0 and "via co-mentions" in out.splitlines()[0]
    code, out, _ = run(capsys, "path", "LBY", "OHCHR", "--store", store_path, "--format", "json")
    data = json.loads(out)
    assert data["via"] == "relations"
    assert data["chains"][0]["hops"][0][0]["paragraphs"] == [2, 6]
    assert data["labels"][ID + "org/undp"] == "联合国开发计划署"


@pytest.mark.parametrize("argv, message", [
    (["path", "利比亚", "Atlantis"], 'tacb-graph: error: no entity called "Atlantis"'),
    (["path", "理事会", "利比亚"], 'tacb-graph: error: "理事会" is ambiguous: 人权理事会 (org/hrc), '),
    (["analyze", "--focus", "人权"], 'tacb-graph: error: no entity called "人权"; candidates: '),
    (["path", "Human Rights Council Advisory Committee", "LBY"], "are not connected"),
    (["analyze", "--focus", "LBY", "--write-back"], "drop --focus"),
])
def test_bad_input_is_one_line(capsys, store_path, argv, message):
    code, out, err = run(capsys, *argv, "--store", store_path)
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and message in err


def test_missing_store(capsys, tmp_path):
    code, _, err = run(capsys, "path", "a", "b", "--store", str(tmp_path / "nowhere"))
    assert code != 0 and "no store here" in err and err.count("\n") == 1
