"""tools/missed.py: the missed help facts and stances of a gold file, classed by what the extractor had."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from missed import _help_misses, _relation_misses, _report_facts, _stance_misses  # noqa: E402

from tacb_graph.evaluate.gold import norm_relation  # noqa: E402
from tacb_graph.pipeline import extract  # noqa: E402
from tacb_graph.relate.lexicon import lexicon_for  # noqa: E402

TEXT = """I. Introduction

1. UNDP trained judges of Chad in 2090. Peru considered mutually beneficial cooperation useful.

2. Fiji described its work. The report was written by the secretariat.
"""


def _misses(tmp_path: Path, units: list[dict]) -> list[tuple[str, tuple]]:
    path = tmp_path / "own.txt"
    path.write_text(TEXT, encoding="utf-8")
    lx = lexicon_for("en")
    lx.assist_model.seen, lx.stance_model.seen = [], []
    try:
        read = extract(path)
        g = {"units": units}
        return _help_misses(g, read, lx.assist_model.seen) + _stance_misses(g, read, lx.stance_model.seen)
    finally:
        lx.assist_model.seen = lx.stance_model.seen = None


def test_facts_found_are_no_misses_and_each_miss_has_its_class(tmp_path):
    units = [
        {"unit": "paragraph", "number": 1,
         "relations": [["org/undp", "assists", "state/TCD"],  # found: no miss
                       ["org/undp", "assists", "state/TCD", "Planned"],  # found as Reported
                       ["org/undp", "assists", "state/FJI"]],  # Fiji is not named in ¶1
         "stances": [["state/PER", "concept/mutually-beneficial-cooperation", "Supportive"],  # found
                     ["state/PER", "concept/mutually-beneficial-cooperation", "Critical"],  # another value
                     ["state/PER", "concept/right-to-development", "Supportive"]]},  # not named
        {"unit": "paragraph", "number": 2, "relations": [], "stances": []},
    ]
    kinds = sorted(kind for kind, _what in _misses(tmp_path, units))
    assert kinds == ["help-modality", "help-no-name", "stance-no-concept", "stance-value"]


def test_show_is_refused_for_the_held_out_reports():
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "missed.py"), "zh", "held-out", "--show", "help-no-pair"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 2 and "development reports only" in r.stderr


def test_other_relations_are_classed_and_a_fact_read_elsewhere_in_the_report_is_no_miss(tmp_path):
    path = tmp_path / "own.txt"
    path.write_text("I. Introduction\n\n1. UNDP worked with UNICEF in Chad. Ghana is far from Peru.\n\n"
                    "2. UNDP and UNICEF met. Kenya wrote.\n", encoding="utf-8")
    read = extract(path)
    lx = lexicon_for("en")
    g = {"units": [{"unit": "paragraph", "number": 1,
                    "relations": [["org/undp", "partnersWith", "org/unicef"],  # found
                                  ["state/GHA", "partnersWith", "state/PER"]]},  # one sentence names both
                   {"unit": "paragraph", "number": 2,
                    "relations": [["org/unicef", "partnersWith", "org/undp"],  # read in ¶1: no miss for the figures
                                  ["state/KEN", "submittedInputTo", "report"]]}]}  # nothing read
    facts = _report_facts(read)
    kinds = sorted(kind for kind, what in _relation_misses(g, read, lx.language) if norm_relation(*what[1:]) not in facts)
    assert kinds == ["partnersWith-one-sentence", "submittedInputTo-one-sentence"]
