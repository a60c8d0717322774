"""The ``render`` command end to end on a small store, and the build's graph.html."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib

from tacb_graph import cli
from tacb_graph.cli import main
from tacb_graph.store import write_outputs

FIXTURE = Path(__file__).parent / "fixtures" / "analysis-sample.trig"
ID = "https://w3id.org/tacb/id/"


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return write_outputs(ds, tmp_path_factory.mktemp("render")).store


@pytest.fixture(autouse=True)
def only_render(monkeypatch):
    """Load just this command, so that other commands being written do not break these tests."""
    monkeypatch.setattr(cli, "_EXTENSIONS", ("tacb_graph.render.commands",))


def test_render_is_registered(monkeypatch):
    monkeypatch.undo()
    assert "tacb_graph.render.commands" in cli._EXTENSIONS


def _data(path: Path) -> dict:
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="tacb-data">(.*?)</script>', page, re.S).group(1))


def test_render_html_png_svg(store_dir, tmp_path, capsys):
    out, png, svg = tmp_path / "g.html", tmp_path / "g.png", tmp_path / "g.svg"
    assert main(["render", "--store", str(store_dir), "--out", str(out), "--png", str(png),
                 "--svg", str(svg), "--lang", "en", "--size-by", "degree"]) == 0
    data = _data(out)
    assert data["lang"] == "en" and data["sizeBy"] == "degree"
    assert {e["r"] for e in data["edges"]} >= {"assists"}
    assert "coMention" not in {e["r"] for e in data["edges"]}   # relations stated: no co-mentions
    assert png.stat().st_size > 0 and "<svg" in svg.read_text(encoding="utf-8")
    assert "wrote" in capsys.readouterr().err


def test_render_focus_classes_comention(store_dir, tmp_path):
    out = tmp_path / "f.html"
    assert main(["render", "--store", str(store_dir), "--out", str(out), "--focus", "利比亚",
                 "--depth", "1", "--comention"]) == 0
    data = _data(out)
    ids = {n["id"] for n in data["nodes"]}
    assert ID + "state/LBY" in ids and len(ids) < 8
    assert "coMention" in {e["r"] for e in data["edges"]}
    assert main(["render", "--store", str(store_dir), "--out", str(out), "--classes", "State"]) == 0
    assert {n["k"] for n in _data(out)["nodes"]} == {"State"}


def test_render_errors_are_one_line(store_dir, tmp_path, capsys):
    assert main(["render", "--store", str(store_dir), "--out", str(tmp_path / "x.html"),
                 "--focus", "no such entity"]) == 5
    assert main(["render", "--store", str(tmp_path / "nowhere"), "--out", str(tmp_path / "x.html")]) == 3
    assert main(["render", "--store", str(store_dir), "--out", str(tmp_path / "x.html"),
                 "--png", str(tmp_path / "x.gif")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 3 and all(line.startswith("tacb-graph: error:") for line in err)


def test_build_writes_graph_html(built):
    page = built.paths.out / "graph.html"
    data = _data(page)
    assert len(data["nodes"]) > 50 and data["edges"]       # co-mentions when no relation is stated
    assert any(n["zh"] == "利比亚" for n in data["nodes"])
