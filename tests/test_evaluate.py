"""Tests of tacb_graph.evaluate (``tacb-graph evaluate``): figures, output, input errors, the command.

The scoring tests use a small synthetic TriG graph and gold (``tests/evaluate_cases.py``), so
every figure is known; no build is run. Modality, persons, sessions and gold parts are tested in
``tests/test_evaluate_modality.py``; the gold files themselves in ``tests/test_gold.py``.
"""

from __future__ import annotations

import doctest
import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

import tacb_graph.evaluate as ev
from evaluate_cases import A, GOLD_DATA, ID_ENT, RDF, T, TRIG, XSD, run_cli as _run
from tacb_graph.errors import InputError
from tacb_graph.evaluate import evaluate, evaluate_split, load_gold
from tacb_graph.namespaces import ID_BASE
from tacb_graph.rdf.iris import entity_iri, report_iri

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"


# ---------------------------------------------------------------- a synthetic graph and gold

@pytest.fixture()
def case(tmp_path):
    trig = tmp_path / "graph.trig"
    trig.write_text(TRIG, encoding="utf-8")
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps(GOLD_DATA), encoding="utf-8")
    return trig, gold


@pytest.fixture()
def result(case):
    return evaluate(*case)


def _close(a, b):
    return a == pytest.approx(b, abs=1e-9)


# ---------------------------------------------------------------- figures

def test_relation_figures_both_granularities(result):
    # per unit: gold 8 (¶1: 5, ¶2: 1, fn1: 2), predicted 7 core facts in gold units (¶3 is not scored):
    # ¶1 adoptedBy, cites, submittedInputTo, partnersWith (reversed), assists CHN (false); fn1 cites,
    # submittedInputTo of another report (false).
    t = result.relations_total.paragraph
    assert (t.tp, t.fp, t.fn) == (5, 2, 3)
    assert _close(t.precision, 5 / 7) and _close(t.recall, 5 / 8) and _close(t.f1, 10 / 15)
    # distinct triples: cites and submittedInputTo of ¶1 and fn1 collapse
    d = result.relations_total.triple
    assert (d.support, d.predicted, d.tp) == (6, 6, 4)
    assert _close(d.precision, 4 / 6) and _close(d.recall, 4 / 6) and _close(d.f1, 4 / 6)
    assert result.relations["cites"].paragraph.f1 == 1.0
    assert (result.relations["cites"].triple.support, result.relations["cites"].triple.tp) == (1, 1)
    a = result.relations["assists"].paragraph
    assert (a.tp, a.fp, a.fn, a.precision, a.recall, a.f1) == (0, 1, 1, 0.0, 0.0, 0.0)
    r = result.relations["requests"].paragraph
    assert (r.tp, r.fp, r.fn, r.precision, r.recall, r.f1) == (0, 0, 1, None, 0.0, 0.0)
    assert result.relations["memberOf"].paragraph.f1 is None


def test_partners_with_is_symmetric(result):
    p = result.relations["partnersWith"]
    assert (p.paragraph.tp, p.paragraph.fp, p.paragraph.fn) == (1, 0, 0)
    assert p.triple.f1 == 1.0


def test_report_object_and_unit_subject(result):
    s = result.relations["submittedInputTo"].paragraph
    # ¶1's object is this report (hit); fn1's is another report (false hit and miss)
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    hits = {(d.number, d.item) for d in result.false_hits if d.group == "submittedInputTo"}
    assert hits == {(1, "state/CHN submittedInputTo report/other")}
    assert not [d for d in result.misses if d.group == "cites"]


def test_entity_figures(result):
    t = result.entities_total.paragraph
    assert (t.tp, t.fp, t.fn) == (8, 1, 1)  # FRA false, LAO missed; the Person is scored (and right)
    s = result.entities["State"]
    assert (s.paragraph.tp, s.paragraph.fp, s.paragraph.fn) == (2, 1, 1)
    assert _close(s.paragraph.f1, 2 / 3)
    assert (s.triple.tp, s.triple.fp, s.triple.fn) == (1, 1, 1)
    assert _close(result.entities_total.triple.precision, 5 / 6)
    assert result.entities["Person"].paragraph.f1 == 1.0
    assert result.entities["UNBody"].paragraph.f1 == 1.0


def test_stance_accuracy_counts_missing_and_wrong(result):
    s = result.stances
    assert (s.support, s.correct, s.predicted, s.predicted_right) == (3, 1, 3, 1)
    assert _close(s.accuracy, 1 / 3) and _close(s.precision, 1 / 3)
    assert s.confusion == {"Supportive": {"Supportive": 1}, "Critical": {"missing": 1},
                           "Sceptical": {"Critical": 1}}


def test_contributions_normalise_amount_and_currency(result):
    c = result.contributions
    assert (c.paragraph.tp, c.paragraph.fp, c.paragraph.fn) == (1, 0, 0)
    assert c.triple.f1 == 1.0


def test_misses_and_false_hits_are_listed_with_units(result):
    misses = {(d.kind, d.group, d.where, d.item) for d in result.misses}
    assert ("relation", "assists", "¶1", "org/ohchr assists state/LAO") in misses
    assert ("relation", "requests", "¶2", "state/CHN requests org/ohchr") in misses
    assert ("entity", "State", "¶1", "state/LAO") in misses
    assert ("stance", "stance", "¶1", "state/LAO on concept/mbc: Critical, predicted missing") in misses
    assert ("stance", "stance", "¶1", "state/GBR on concept/mbc: Sceptical, predicted Critical") in misses
    hits = {(d.kind, d.group, d.where, d.item) for d in result.false_hits}
    assert ("relation", "assists", "¶1", "org/ohchr assists state/CHN") in hits
    assert ("entity", "State", "¶1", "state/FRA") in hits
    assert ("stance", "stance", "¶1", "state/FRA on concept/mbc: Critical") in hits
    # ¶3 is not in the gold: nothing of it is scored; tacb:mentions between entities is not a relation
    assert not [d for d in result.false_hits if d.number == 3 or "mentions" in d.item]
    text = result.format("table")
    i, j = text.index("Misses"), text.index("False hits")
    assert "org/ohchr assists state/LAO" in text[i:j] and "org/ohchr assists state/CHN" in text[j:]
    assert re.search(r"^\s+assists \(1\)$", text[i:j], re.M)
    assert "¶2     state/CHN requests org/ohchr" in text


def test_table_and_by_paragraph(result):
    text = result.format("table", by_paragraph=True)
    assert text.startswith("gold: ")
    assert "headline (distinct facts): relations P 0.667 R 0.667 F1 0.667" in text
    assert "Per unit" in text and re.search(r"^fn1\s", text, re.M)
    assert "Stances — accuracy 0.333 (1 of 3" in text
    assert re.search(r"^Person\s+1\s+1\s", text, re.M)


def test_json_output_parses(result):
    data = json.loads(result.format("json"))
    assert data["relations"]["total"]["paragraph"]["tp"] == 5
    assert data["relations"]["total_of"] == list(ev.CORE_RELATIONS)
    assert data["relations"]["relations"]["partnersWith"]["triple"]["f1"] == 1.0
    assert data["stances"]["accuracy"] == pytest.approx(1 / 3)
    assert data["units"] == {"total": 3, "paragraphs": 2, "footnotes": 1}
    assert {"kind": "relation", "group": "requests", "report": "r", "unit": "paragraph", "number": 2,
            "item": "state/CHN requests org/ohchr"} in data["misses"]
    assert len(data["per_unit"]) == 3 and data["warnings"] == []


def test_store_folder_and_open_store_give_the_same(case, tmp_path, result):
    trig, gold = case
    folder = tmp_path / "store"
    store = ox.Store(str(folder))
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    on_disk = evaluate(folder, gold)
    assert on_disk.as_dict() | {"graph": None} == result.as_dict() | {"graph": None}
    mem = ox.Store()
    mem.load(path=str(trig), format=ox.RdfFormat.TRIG)
    assert evaluate(mem, gold).relations_total == result.relations_total


def test_nquads_file(case, tmp_path, result):
    trig, gold = case
    store = ox.Store()
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    nq = tmp_path / "graph.nq"
    store.dump(str(nq), format=ox.RdfFormat.N_QUADS)
    assert evaluate(nq, gold).entities_total == result.entities_total


def test_warnings_for_other_text_and_missing_report(case, tmp_path):
    trig, _ = case
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps(GOLD_DATA | {"source_sha256": "bbbb", "symbol": "A/HRC/1/1"}), encoding="utf-8")
    assert "another text" in evaluate(trig, gold).warnings[0]  # found by its symbol
    gold.write_text(json.dumps(GOLD_DATA | {"source_sha256": "bbbb"}), encoding="utf-8")
    assert "not in the graph" in evaluate(trig, gold).warnings[0]  # never by the file name (its slug)
    gold.write_text(json.dumps(GOLD_DATA | {"report": "absent", "source_sha256": "cccc"}), encoding="utf-8")
    rep = evaluate(trig, gold)
    assert "not in the graph" in rep.warnings[0]
    assert rep.relations_total.paragraph.tp == 0 and rep.relations_total.paragraph.fn == 8


def test_report_found_by_sha256_under_another_name(case, tmp_path, result):
    """Report IRIs may come from the UN symbol: the gold's slug need not be the graph's."""
    trig, _ = case
    gold = tmp_path / "g.json"
    gold.write_text(json.dumps(GOLD_DATA | {"report": "a-file-name"}), encoding="utf-8")
    rep = evaluate(trig, gold)
    assert rep.warnings == [] and rep.found == {"a-file-name": str(report_iri("r"))}
    assert rep.relations_total == result.relations_total and rep.entities_total == result.entities_total


def test_gold_folder_reads_every_file(case, tmp_path):
    trig, gold = case
    folder = tmp_path / "golds"
    folder.mkdir()
    (folder / "r.json").write_text(gold.read_text(encoding="utf-8"), encoding="utf-8")
    assert evaluate(trig, folder).units == 3


def _perfect_quads(gold: dict, iri_name: str) -> list[str]:
    """The gold of one report written as the graph a perfect extractor would build.

    The report gets an IRI that is not its slug (``iri_name``, as when IRIs come from
    the UN symbol) and is found by its sha256; units hang on it with tacb:inReport.
    Reported facts are plain edges (every other one also with a fact node without
    modality); the others are fact nodes only, with their modality and requester.
    """
    rep = f"<{ID_BASE}report/{iri_name}>"
    quads = [f"{rep} {A} <{T}Report> {rep} .", f'{rep} <{T}sha256> "{gold["source_sha256"]}" {rep} .']

    def term(key, unit):
        return {"@unit": unit, "report": rep}.get(key) or f"<{entity_iri(key)}>"

    for u in gold["units"]:
        unit = f"<{ID_BASE}report/{iri_name}/{u['unit']}/{u['number']}>"
        kind = "Paragraph" if u["unit"] == "paragraph" else "Footnote"
        quads += [f"{unit} {A} <{T}{kind}> {rep} .", f"{unit} <{T}inReport> {rep} {rep} .",
                  f'{unit} <{T}number> "{u["number"]}"^^<{XSD}integer> {rep} .']
        g = unit
        for cls, ids in u["entities"].items():
            for e in ids:
                quads.append(f"{unit} <{T}mentions> {term(e, unit)} {g} .")
                quads.append(f"{term(e, unit)} {A} <{T}{cls}> <{ID_ENT}> .")
                if cls == "Session":  # a session is also an Event: counted once, as a Session
                    quads.append(f"{term(e, unit)} {A} <{T}Event> <{ID_ENT}> .")
        for i, r in enumerate(u["relations"]):
            s, p, o = term(r[0], unit), r[1], term(r[2], unit)
            m = r[3] if len(r) > 3 else "Reported"
            f = f"<{unit[1:-1]}/fact/{i}>"
            if m == "Reported":
                quads.append(f"{s} <{T}{p}> {o} {g} .")
                if i % 2:
                    continue
            quads += [f"{f} {A} <{RDF}Statement> {g} .", f"{f} <{RDF}subject> {s} {g} .",
                      f"{f} <{RDF}predicate> <{T}{p}> {g} .", f"{f} <{RDF}object> {o} {g} ."]
            if m != "Reported":
                quads.append(f"{f} <{T}modality> <{T}{m}> {g} .")
            if len(r) > 4 and r[4]:
                quads.append(f"{f} <{T}requestedBy> {term(r[4], unit)} {g} .")
        for i, (h, c, v) in enumerate(u["stances"]):
            x = f"<{unit[1:-1]}/stance/{i}>"
            quads += [f"{x} {A} <{T}Stance> {g} .", f"{x} <{T}holder> {term(h, unit)} {g} .",
                      f"{x} <{T}onConcept> {term(c, unit)} {g} .", f"{x} <{T}stanceValue> <{T}{v}> {g} ."]
        for i, c in enumerate(u["contributions"]):
            x = f"<{unit[1:-1]}/contribution/{i}>"
            quads += [f"{x} {A} <{T}Contribution> {g} .", f"{x} <{T}contributor> {term(c['contributor'], unit)} {g} .",
                      f'{x} <{T}amount> "{c["amount"]}"^^<{XSD}decimal> {g} .',
                      f'{x} <{T}currency> "{c["currency"]}" {g} .']
            if c["recipient"]:
                quads.append(f"{x} <{T}recipient> {term(c['recipient'], unit)} {g} .")
    return quads


def _gold_by_report() -> dict[str, dict]:
    merged: dict[str, dict] = {}
    for f in sorted(p for p in GOLD_DIR.rglob("*.json") if p.name != "alignment.json"):
        data = json.loads(f.read_text(encoding="utf-8"))
        m = merged.setdefault(data["report"], {**data, "units": []})
        m["units"] += data["units"]
    return merged


def test_perfect_prediction_scores_one(tmp_path):
    """Every gold file, written as a graph, scores 1.0 everywhere, part by part."""
    quads = []
    for slug, gold in _gold_by_report().items():
        # an IRI that is not the slug (as reports are named by symbol), one per language version
        quads += _perfect_quads(gold, (gold.get("symbol") or slug).replace("/", "-") + f"-by-symbol-{slug}")
    nq = tmp_path / "perfect.nq"
    nq.write_text("\n".join(quads) + "\n", encoding="utf-8")
    rep = evaluate(nq, GOLD_DIR)
    assert rep.units == sum(len(g["units"]) for g in _gold_by_report().values())
    assert rep.warnings == [] and set(rep.found) == set(_gold_by_report())
    for m in (rep.entities_total, rep.relations_total, rep.contributions, *rep.modalities.values()):
        assert m.triple.f1 in (1.0, None) and m.paragraph.f1 in (1.0, None)
    assert rep.stances.accuracy == 1.0 and rep.stances.precision == 1.0
    assert rep.misses == [] and rep.false_hits == []
    assert rep.modality_check.violations == 0 and rep.requesters.accuracy == 1.0
    split = evaluate_split(nq, GOLD_DIR)
    assert list(split.parts)[:2] == ["test", "dev"] and split.headline_part == "test"
    for part in split.parts.values():
        assert part.relations_total.triple.f1 == 1.0 and part.misses == []


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize("content, message", [
    ("{not json", "not valid JSON"),
    ("[]", "must hold a JSON object"),
    (json.dumps({"report": "r", "units": [{"unit": "chapter", "number": 1}]}), '"unit" must be'),
    (json.dumps({"report": "r", "units": [{"unit": "paragraph", "number": 1,
                                           "relations": [["a", "likes", "b"]]}]}), "unknown relation 'likes'"),
    (json.dumps({"report": "r", "units": [{"unit": "paragraph", "number": 1,
                                           "stances": [["a", "b", "Angry"]]}]}), "unknown value 'Angry'"),
    (json.dumps({"report": "r", "units": [{"unit": "paragraph", "number": 1},
                                          {"unit": "paragraph", "number": 1}]}), "annotated twice"),
    (json.dumps({"report": "r", "units": [{"unit": "paragraph", "number": 1,
                                           "contributions": [{"contributor": "x", "amount": "lots"}]}]}),
     "is not a number"),
    (json.dumps({"report": "r", "units": [{"unit": "paragraph", "number": 1,
                                           "relations": [["a", "assists", "b", "Hoped"]]}]}), "unknown modality 'Hoped'"),
    (json.dumps({"report": "r", "units": [{"unit": "paragraph", "number": 1,
                                           "relations": [["a", "assists", "b", "Negated", "c"]]}]}),
     "only Requested or Recommended relations name a requester"),
    (json.dumps({"report": "r", "units": [{"unit": "paragraph", "number": 1,
                                           "relations": [["a", "assists", "b"], ["a", "assists", "b", "Planned"]]}]}),
     "a assists b is written twice (one modality per fact and unit: Reported, Planned)"),
    (json.dumps({"report": "r", "units": [{"unit": "paragraph", "number": 1,
                                           "relations": [["a", "assists"]]}]}), "must be [subject, relation, object]"),
    (json.dumps({"report": "r", "symbol": 7, "units": []}), '"symbol" must be a non-empty string'),
])
def test_bad_gold_is_an_input_error(tmp_path, content, message):
    f = tmp_path / "g.json"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=re.escape(message)):
        load_gold(f)


def test_one_report_in_two_files_must_agree(tmp_path):
    folder = tmp_path / "g"
    folder.mkdir()
    (folder / "a.json").write_text(json.dumps({"report": "r", "source_sha256": "x", "units": [
        {"unit": "paragraph", "number": 1}]}), encoding="utf-8")
    (folder / "b.json").write_text(json.dumps({"report": "r", "source_sha256": "y", "units": []}), encoding="utf-8")
    with pytest.raises(InputError, match="another source_sha256"):
        load_gold(folder)
    (folder / "b.json").write_text(json.dumps({"report": "r", "source_sha256": "x", "units": [
        {"unit": "paragraph", "number": 1}]}), encoding="utf-8")
    with pytest.raises(InputError, match=r"paragraph 1 of r is annotated twice \(also in .*a\.json\)"):
        load_gold(folder)


def test_bad_paths_are_input_errors(case, tmp_path):
    trig, gold = case
    with pytest.raises(InputError, match="no such gold file or folder"):
        evaluate(trig, tmp_path / "missing.json")
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no gold files"):
        evaluate(trig, tmp_path / "empty")
    with pytest.raises(InputError, match="no such store folder or graph file"):
        evaluate(tmp_path / "nothing", gold)
    ttl = tmp_path / "g.ttl"
    ttl.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="TriG"):
        evaluate(ttl, gold)
    broken = tmp_path / "broken.trig"
    broken.write_text("<a> <b> {", encoding="utf-8")
    with pytest.raises(InputError, match="not valid"):
        evaluate(broken, gold)


def test_doctests():
    assert doctest.testmod(ev).failed == 0


# ---------------------------------------------------------------- the command

def test_cli_end_to_end(case):
    trig, gold = case
    proc = _run("--gold", gold, trig, "--by-paragraph")
    assert proc.returncode == 0, proc.stderr
    assert "headline (distinct facts): relations P 0.667 R 0.667 F1 0.667" in proc.stdout
    assert "Per unit" in proc.stdout
    proc = _run("--gold", gold, trig, "--format", "json")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["entities"]["total"]["paragraph"]["tp"] == 8


def test_cli_bad_gold_path_is_one_line(case, tmp_path):
    trig, _ = case
    proc = _run("--gold", tmp_path / "nope", trig)
    assert proc.returncode == InputError.exit_code
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tacb-graph: error:") and "nope" in lines[0]


def test_cli_defaults_to_out_store(case, tmp_path):
    proc = _run(cwd=tmp_path)  # no out/store and no tests/gold here
    assert proc.returncode == InputError.exit_code
    assert len(proc.stderr.strip().splitlines()) == 1
