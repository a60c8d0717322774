"""tools/agreement.py: two annotations of one text compared with the scoring of ``evaluate``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold" / "dev56" / "zh56-tonga-treaty-reporting-capacity-building-report.json"
sys.path.insert(0, str(ROOT / "tools"))

from agreement import compare  # noqa: E402


def _copy(tmp_path: Path, change) -> Path:
    d = json.loads(GOLD.read_text(encoding="utf-8"))
    d["text"] = str(ROOT / d["text"])
    change(d)
    out = tmp_path / "second.json"
    out.write_text(json.dumps(d, ensure_ascii=False), encoding="utf-8")
    return out


def test_an_annotation_agrees_with_itself(tmp_path):
    line = compare(GOLD, _copy(tmp_path, lambda d: None))
    assert "F1 1.000 (tp" in line and "fp 0 fn 0" in line


def test_a_fact_read_with_another_modality_is_one_miss_and_one_false_hit(tmp_path):
    def change(d):  # (a fact stated once in the text: the headline counts distinct facts)
        seen = [tuple(r[:3]) for u in d["units"] for r in u.get("relations", ())]
        u, i = next((u, i) for u in d["units"] for i, r in enumerate(u.get("relations", ()))
                    if r[1] == "assists" and len(r) == 3 and seen.count(tuple(r)) == 1)
        u["relations"][i] = u["relations"][i] + ["Planned"]
    line = compare(GOLD, _copy(tmp_path, change))
    assert "fp 1 fn 1" in line


def test_a_stance_left_out_counts_on_one_side_only(tmp_path):
    def change(d):
        u = next(u for u in d["units"] if u.get("stances"))
        u["stances"] = u["stances"][1:]
    line = compare(GOLD, _copy(tmp_path, change))
    support = sum(len(u.get("stances", ())) for u in json.loads(GOLD.read_text(encoding="utf-8"))["units"])
    assert f"stances {support - 1}/{support} and {support - 1}/{support - 1}" in line


def test_annotations_of_different_units_are_refused(tmp_path):
    second = _copy(tmp_path, lambda d: d.__setitem__("units", d["units"][1:]))
    r = subprocess.run([sys.executable, str(ROOT / "tools" / "agreement.py"), str(GOLD), str(second)],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 1 and r.stderr.startswith("agreement: ") and "Traceback" not in r.stderr


def test_the_kept_second_annotations_agree_as_their_readme_says():
    """tests/agreement/README.md: the figures of the two blind second annotations kept there."""
    pairs = {"dev56/zh56-tonga-treaty-reporting-capacity-building-report": "F1 1.000 (tp 68 fp 0 fn 0)",
             "en/dev59/en59-water-and-sanitation-annual-panel-summary": "F1 0.993 (tp 68 fp 1 fn 0)"}
    for first, figures in pairs.items():
        second = ROOT / "tests" / "agreement" / (first.split("/")[-1] + ".json")
        assert figures in compare(ROOT / "tests" / "gold" / (first + ".json"), second)
