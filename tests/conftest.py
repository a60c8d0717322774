"""Shared fixtures: the bundled report, built once per test session; the rule tests read with the rules alone."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "data" / "tacb-report-zh.txt"
MINI_GAZETTEER = Path(__file__).resolve().parent / "fixtures" / "gazetteer-mini"


@pytest.fixture(autouse=True)
def _rules_alone(request, monkeypatch):
    """The rule tests (``tests/test_relate_*.py``) each state what a rule reads, or declines to read, in a sentence of
    our own: they read with the rules alone, the learned back-off for help (``tacb_graph/relate/assist_model.py``)
    switched off. The back-off has its own tests (``test_assist_model.py``), and what it adds, right and wrong, is
    counted wherever the whole extractor is scored: the gold sets and their held-out and test splits, the batteries."""
    if not request.module.__name__.rsplit(".", 1)[-1].startswith("test_relate"):
        return
    from tacb_graph.relate.lexicon import lexicon_for

    for lang in ("zh", "en"):
        monkeypatch.setattr(lexicon_for(lang).assist_model, "weights", {})


@pytest.fixture(scope="session")
def report_path() -> Path:
    return REPORT


@pytest.fixture(scope="session")
def segmented():
    from tacb_graph.read import read_source
    from tacb_graph.segment import segment

    return segment(read_source(REPORT))


@pytest.fixture(scope="session")
def extracted():
    """The bundled report read, segmented, recognised and related."""
    from tacb_graph.pipeline import extract

    return extract(REPORT)


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """``tacb-graph build`` of the bundled report into a temporary folder."""
    from tacb_graph.pipeline import build

    out = tmp_path_factory.mktemp("built")
    result = build([REPORT], out=out)
    return result


@pytest.fixture(scope="session")
def store(built):
    from tacb_graph.store import open_store

    return open_store(built.paths.store)


@pytest.fixture(scope="session")
def bilingual(tmp_path_factory):
    """``tacb-graph build`` of the bilingual gold pair (tests/gold/bilingual: one report in zh and en)."""
    from tacb_graph.pipeline import build

    pair = Path(__file__).resolve().parent / "gold" / "bilingual"
    return build([pair / "pair-zh.txt", pair / "pair-en.txt"], out=tmp_path_factory.mktemp("bilingual"))
