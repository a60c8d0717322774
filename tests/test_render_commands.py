"""The ``render`` command end to end on small stores, and the build's graph.html."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import rdflib

from tacb_graph import cli
from tacb_graph.cli import main
from tacb_graph.render import commands
from tacb_graph.render.stories import VIEW_NAMES
from tacb_graph.store import write_outputs

FIXTURES = Path(__file__).parent / "fixtures"
ID = "https://w3id.org/tacb/id/"


def _store(tmp_path_factory, name):
    ds = rdflib.Dataset()
    ds.parse(FIXTURES / name, format="trig")
    return write_outputs(ds, tmp_path_factory.mktemp("render")).store


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    return _store(tmp_path_factory, "analysis-sample.trig")


@pytest.fixture(scope="module")
def stories_dir(tmp_path_factory):
    return _store(tmp_path_factory, "render-stories.trig")


@pytest.fixture(autouse=True)
def only_render(monkeypatch):
    """Load just this command, so that other commands being written do not break these tests."""
    monkeypatch.setattr(cli, "_EXTENSIONS", ("tacb_graph.render.commands",))


def test_render_is_registered(monkeypatch):
    monkeypatch.undo()
    assert "tacb_graph.render.commands" in cli._EXTENSIONS
    assert commands._VIEWS == VIEW_NAMES            # the parser's list, kept without importing


def _data(path: Path) -> dict:
    page = path.read_text(encoding="utf-8")
    return json.loads(re.search(r'id="tacb-data">(.*?)</script>', page, re.S).group(1))


def test_render_html_png_svg(store_dir, tmp_path, capsys):
    out, png, svg = tmp_path / "g.html", tmp_path / "g.png", tmp_path / "g.svg"
    assert main(["render", "--store", str(store_dir), "--out", str(out), "--png", str(png),
                 "--svg", str(svg), "--lang", "en", "--size-by", "degree"]) == 0
    data = _data(out)
    assert data["lang"] == "en" and data["sizeBy"] == "degree" and data["view"] == "full"
    assert {e["r"] for e in data["edges"]} >= {"assists"}
    assert "coMention" not in {e["r"] for e in data["edges"]}   # relations stated: no co-mentions
    assert png.stat().st_size > 0 and "<svg" in svg.read_text(encoding="utf-8")
    assert "wrote" in capsys.readouterr().err


def test_render_a_story_view_with_its_slides(stories_dir, tmp_path, capsys):
    out, slides = tmp_path / "g.html", tmp_path / "slides"
    assert main(["render", "--store", str(stories_dir), "--out", str(out), "--view", "positions",
                 "--focus", "UK", "--slides", str(slides)]) == 0
    data = _data(out)
    assert (data["view"], data["focus"]) == ("positions", ID + "state/GBR")
    assert data["title"] == {"zh": "技术援助和能力建设问题研究", "en": "Study on technical assistance and capacity-building"}
    assert sorted(p.name for p in slides.iterdir()) == sorted(f"{v}.png" for v in VIEW_NAMES)
    assert "view positions, 6 nodes, 6 edges" in capsys.readouterr().err


def test_render_focus_opens_the_ego_view(store_dir, tmp_path):
    out = tmp_path / "f.html"
    assert main(["render", "--store", str(store_dir), "--out", str(out), "--focus", "利比亚",
                 "--depth", "2", "--comention"]) == 0
    data = _data(out)
    assert (data["view"], data["focus"], data["depth"]) == ("ego", ID + "state/LBY", 2)
    assert "coMention" in {e["r"] for e in data["edges"]}
    assert main(["render", "--store", str(store_dir), "--out", str(out), "--classes", "State"]) == 0
    assert {n["k"] for n in _data(out)["nodes"]} == {"State"}


def test_render_errors_are_one_line(store_dir, tmp_path, capsys):
    x = str(tmp_path / "x.html")
    assert main(["render", "--store", str(store_dir), "--out", x, "--focus", "no such entity"]) == 5
    assert main(["render", "--store", str(tmp_path / "nowhere"), "--out", x]) == 3
    assert main(["render", "--store", str(store_dir), "--out", x, "--png", str(tmp_path / "x.gif")]) == 1
    assert main(["render", "--store", str(store_dir), "--out", x, "--view", "ego"]) == 1
    assert main(["render", "--store", str(store_dir), "--out", x, "--depth", "0"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 5 and all(line.startswith("tacb-graph: error:") for line in err)


def test_build_writes_graph_html(built):
    data = _data(built.paths.out / "graph.html")
    assert len(data["nodes"]) > 50 and data["edges"]
    assert any(n["zh"] == "利比亚" for n in data["nodes"])
    assert set(data["viewData"]) == set(VIEW_NAMES) - {"ego"}
