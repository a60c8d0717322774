"""Across reports: the research queries over time, ``tacb-graph over-time``, and a
story view of a whole corpus (tacb_graph.analyse.over_time, queries/*.rq, render)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from tacb_graph.analyse.over_time import by_year, recipients, stance_changes
from tacb_graph.cli import main
from tacb_graph.corpus import build_corpus
from tacb_graph.library import run_named
from tacb_graph.store import open_store

GOLD = Path(__file__).resolve().parent / "gold"
#: real reports of three years, each dated by a .meta.json file beside it (their front pages give no date)
CORPUS = {
    "2020/ldc.txt": (GOLD / "texts" / "zh-ldc-sids-trust-fund.txt", "2020-06-01"),
    "2021/views.txt": (GOLD / "texts" / "zh-ac-cooperation-views.txt", "2021-03-01"),
    "2023/niger.txt": (GOLD / "en" / "texts" / "niger-hc-report-en.txt", "2023-09-01"),
    "2023/rtd.txt": (GOLD / "en" / "texts" / "ac-study-rtd-en.txt", "2023-06-01"),
    "2024/panel.txt": (GOLD / "en" / "texts" / "tc-panel-summary-en.txt", "2024-06-01"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("over-time")
    for rel, (src, date) in CORPUS.items():
        dst = root / "reports" / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dst)
        dst.with_name(dst.stem + ".meta.json").write_text(json.dumps({"date": date}), encoding="utf-8")
    res = build_corpus([root / "reports"], root / "out", jobs=1)
    return open_store(res.paths.store), root / "out"


def rows(store, name: str, **params) -> list[dict]:
    res = run_named(store, name, params)
    return [{v.value: (None if s[v.value] is None else str(s[v.value].value)) for v in res.variables} for s in res]


def test_assistance_by_the_year_of_the_report(corpus):
    store, _ = corpus
    got = rows(store, "assistance-by-year")
    assert got and {r["report_year"] for r in got} <= {"2020", "2021", "2023", "2024"}
    years = [int(r["report_year"]) for r in got]
    assert years == sorted(years)  # earliest report first
    assert all(r["provider"] and r["recipient"] and r["paragraph"].startswith(("¶", "fn")) for r in got)
    assert {r["modality"] for r in got} <= {"Reported", "Requested", "Recommended", "Planned", "Negated"}
    assert any(r["report"] == "A/HRC/54/71" and r["recipient"] == "Niger" for r in got)
    zh = rows(store, "assistance-by-year", lang="zh")
    assert len(zh) == len(got) and any(r["recipient"] == "尼日尔" for r in zh)


def test_recipients_across_reports(corpus):
    store, _ = corpus
    got = {r["iso3"]: r for r in rows(store, "recipients-across-reports")}
    niger = got["NER"]
    assert int(niger["reports"]) >= 2 and niger["first_year"] == "2023"
    assert set(niger["symbols"].split(", ")) >= {"A/HRC/54/71"}
    counts = [int(r["reports"]) for r in rows(store, "recipients-across-reports")]
    assert counts == sorted(counts, reverse=True)
    # every State counted is one a report names as a recipient
    assert all(r["state"] and r["years"] for r in got.values())


def test_positions_that_changed(corpus):
    store, _ = corpus
    changes = stance_changes(store)
    assert changes
    for c in changes:
        assert c["before"] != c["after"] and c["before_report"] != c["after_report"]
        assert int(c["before_year"]) <= int(c["after_year"])
        assert c["before_quote"] and c["after_quote"]
    # Mexico's position read in the 2021 report differs from the one read in the 2024 report (which
    # value the rules read there is the extractor's business, scored by `evaluate`, not this query's)
    mexico = [c for c in changes if c["holder"] == "Mexico"]
    assert [(c["before"], c["before_report"], c["after_report"]) for c in mexico] == [
        ("Critical", "A/HRC/47/63", "A/HRC/56/67")]


def test_by_year_marks_first_recipients(corpus):
    store, _ = corpus
    years = by_year(store)
    assert [y.year for y in years] == sorted(y.year for y in years)
    seen: set[str] = set()
    for y in years:
        assert set(y.new_recipients) == set(y.recipients) - seen
        seen |= set(y.recipients)
    assert {r["state"] for r in recipients(store)} <= seen


def test_over_time_command(corpus, capsys):
    _, out = corpus
    assert main(["over-time", "--store", str(out / "store"), "--top", "3"]) == 0
    text = capsys.readouterr().out
    assert "Assistance by the year of the report" in text and "2023" in text
    assert "Positions that changed between reports" in text and "Mexico" in text
    assert main(["over-time", "--store", str(out / "store"), "--format", "json", "--lang", "zh"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"years", "recipients", "stance_changes"} and data["years"][0]["year"] == 2020


def test_a_story_view_of_the_whole_corpus(corpus, tmp_path):
    pytest.importorskip("pyvis")
    _, out = corpus
    html = tmp_path / "assistance.html"
    assert main(["render", "--store", str(out / "store"), "--view", "assistance", "--lang", "en",
                 "--out", str(html)]) == 0
    page = html.read_text(encoding="utf-8")
    title = page[page.index("<title>") + 7:page.index("</title>")]
    store = open_store(out / "store")
    first = [str(s["t"].value) for s in store.query(
        "SELECT ?r (SAMPLE(?l) AS ?t) WHERE { ?r a <https://w3id.org/tacb/ontology#Report> ; "
        "<http://purl.org/dc/terms/title> ?l } GROUP BY ?r ORDER BY ?r LIMIT 2", use_default_graph_as_union=True)]
    assert title == f"5 reports: {first[0]}; {first[1]}; and 3 more — Assistance"  # the reports' titles
    assert ".txt" not in title
