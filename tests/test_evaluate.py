"""Tests of tacb_graph.evaluate (``tacb-graph evaluate``).

The scoring tests use small synthetic TriG graphs and gold written here, so every
figure is known; no build is run. The gold files themselves are checked in
``tests/test_gold.py``.
"""

from __future__ import annotations

import doctest
import json
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

import tacb_graph.evaluate as ev
from tacb_graph.errors import InputError
from tacb_graph.evaluate import evaluate, evaluate_split, gold_parts, load_gold
from tacb_graph.namespaces import ID_BASE
from tacb_graph.rdf.iris import entity_iri, footnote_iri, paragraph_iri, report_iri

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold"
T = "https://w3id.org/tacb/ontology#"
XSD = "http://www.w3.org/2001/XMLSchema#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


# ---------------------------------------------------------------- a synthetic graph and gold

def _e(key: str) -> str:
    return f"<{entity_iri(key)}>"


P1, P2, P3, FN1 = (f"<{paragraph_iri('r', 1)}>", f"<{paragraph_iri('r', 2)}>", f"<{paragraph_iri('r', 3)}>",
                   f"<{footnote_iri('r', 1)}>")
REP = f"<{report_iri('r')}>"
R = "resolution/A/RES/217(III)"

TRIG = f"""
@prefix tacb: <{T}> .
@prefix xsd: <{XSD}> .
{REP} {{ {REP} a tacb:Report ; tacb:sha256 "aaaa" . }}
{P1} {{
  {P1} tacb:mentions {_e('org/hrc')}, {_e('org/ohchr')}, {_e('state/CHN')}, {_e(R)}, {_e('state/FRA')},
      {_e('person/Someone')} .
  {_e(R)} tacb:adoptedBy {_e('org/hrc')} .
  {P1} tacb:cites {_e(R)} .
  {_e('state/CHN')} tacb:submittedInputTo {REP} .
  {_e('state/LAO')} tacb:partnersWith {_e('org/ohchr')} .
  {_e('org/ohchr')} tacb:assists {_e('state/CHN')} .
  {_e('state/CHN')} tacb:mentions {_e('state/LAO')} .
  <{paragraph_iri('r', 1)}/stance/1> a tacb:Stance ; tacb:holder {_e('state/CHN')} ;
      tacb:onConcept {_e('concept/mbc')} ; tacb:stanceValue tacb:Supportive .
  <{paragraph_iri('r', 1)}/stance/2> a tacb:Stance ; tacb:holder {_e('state/GBR')} ;
      tacb:onConcept {_e('concept/mbc')} ; tacb:stanceValue tacb:Critical .
  <{paragraph_iri('r', 1)}/stance/3> a tacb:Stance ; tacb:holder {_e('state/FRA')} ;
      tacb:onConcept {_e('concept/mbc')} ; tacb:stanceValue tacb:Critical .
  <{paragraph_iri('r', 1)}/contribution/1> a tacb:Contribution ; tacb:contributor {_e('state/CHN')} ;
      tacb:recipient {_e('org/ohchr')} ; tacb:amount "800000.0"^^xsd:decimal ; tacb:currency "USD" .
}}
{P2} {{ {P2} tacb:mentions {_e('state/CHN')} . }}
{P3} {{
  {P3} tacb:mentions {_e('state/DEU')} .
  {_e('state/DEU')} tacb:assists {_e('state/FRA')} .
}}
{FN1} {{
  {FN1} tacb:mentions {_e(R)}, {_e('org/hrc')} .
  {FN1} tacb:cites {_e(R)} .
  {_e('state/CHN')} tacb:submittedInputTo <{report_iri('other')}> .
}}
<https://w3id.org/tacb/id/graph/entities> {{
  {_e('org/hrc')} a tacb:UNBody . {_e('org/ohchr')} a tacb:UNBody .
  {_e('state/CHN')} a tacb:State, tacb:Agent . {_e('state/FRA')} a tacb:State . {_e('state/DEU')} a tacb:State .
  {_e('state/LAO')} a tacb:State . {_e(R)} a tacb:Resolution . {_e('person/Someone')} a tacb:Person .
}}
"""

GOLD_DATA = {
    "report": "r",
    "source_sha256": "aaaa",
    "units": [
        {"unit": "paragraph", "number": 1,
         "entities": {"UNBody": ["org/hrc", "org/ohchr"], "State": ["state/CHN", "state/LAO"], "Resolution": [R],
                      "Person": ["person/Someone"]},
         "relations": [[R, "adoptedBy", "org/hrc"], ["@unit", "cites", R],
                       ["state/CHN", "submittedInputTo", "report"],
                       ["org/ohchr", "partnersWith", "state/LAO"],
                       ["org/ohchr", "assists", "state/LAO"]],
         "stances": [["state/CHN", "concept/mbc", "Supportive"],
                     ["state/LAO", "concept/mbc", "Critical"],
                     ["state/GBR", "concept/mbc", "Sceptical"]],
         "contributions": [{"contributor": "state/CHN", "recipient": "org/ohchr", "amount": 800000,
                            "currency": "usd", "period": "yearly", "year": None}]},
        {"unit": "paragraph", "number": 2, "entities": {"State": ["state/CHN"]},
         "relations": [["state/CHN", "requests", "org/ohchr"]]},
        {"unit": "footnote", "number": 1, "entities": {"Resolution": [R], "UNBody": ["org/hrc"]},
         "relations": [["@unit", "cites", R], ["state/CHN", "submittedInputTo", "report"]]},
    ],
}


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
    gold.write_text(json.dumps(GOLD_DATA | {"source_sha256": "bbbb"}), encoding="utf-8")
    assert "another text" in evaluate(trig, gold).warnings[0]
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
    for f in sorted(GOLD_DIR.rglob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        m = merged.setdefault(data["report"], {**data, "units": []})
        m["units"] += data["units"]
    return merged


def test_perfect_prediction_scores_one(tmp_path):
    """Every gold file, written as a graph, scores 1.0 everywhere, part by part."""
    quads = []
    for slug, gold in _gold_by_report().items():
        quads += _perfect_quads(gold, (gold.get("symbol") or slug).replace("/", "-") + "-by-symbol")
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


ID_ENT = "https://w3id.org/tacb/id/graph/entities"
A = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"


# ---------------------------------------------------------------- modality, persons, sessions, parts

SYM = f"<{ID_BASE}report/A-HRC-45-52>"  # a report whose IRI comes from its symbol, not its slug
U1, U2 = f"<{ID_BASE}report/A-HRC-45-52/paragraph/1>", f"<{ID_BASE}report/A-HRC-45-52/paragraph/2>"
RES = "resolution/A/HRC/RES/42/36"


def _fact(g, n, s, p, o, m=None, by=None):
    f = f"<{g[1:-1]}/fact/{n}>"
    out = f"{f} a rdf:Statement ; rdf:subject {s} ; rdf:predicate tacb:{p} ; rdf:object {o}"
    out += f" ; tacb:modality tacb:{m}" if m else ""
    out += f" ; tacb:requestedBy {by}" if by else ""
    return out + " ."


MOD_TRIG = f"""
@prefix tacb: <{T}> .
@prefix rdf: <{RDF}> .
@prefix xsd: <{XSD}> .
{SYM} {{
  {SYM} a tacb:Report ; tacb:sha256 "s1" .
  {U1} a tacb:Paragraph ; tacb:inReport {SYM} ; tacb:number 1 .
  {U2} a tacb:Paragraph ; tacb:inReport {SYM} ; tacb:number 2 .
}}
{U1} {{
  {U1} tacb:mentions {_e(RES)}, {_e('org/hrc')}, {_e('org/ohchr')}, {_e('state/CAF')}, {_e('session/hrc/42')},
      {_e('person/米歇尔·巴切莱特')}, {_e('org/sg')} .
  {_e(RES)} tacb:adoptedBy {_e('org/hrc')} ; tacb:atSession {_e('session/hrc/42')} ; tacb:requests {_e('org/ohchr')} .
  {_fact(U1, 1, _e('org/ohchr'), 'assists', _e('state/CAF'), 'Requested', _e(RES))}
  {_fact(U1, 2, _e(RES), 'requests', _e('org/ohchr'))}
  {_e('org/sg')} tacb:assists {_e('org/ohchr')} .
  {_fact(U1, 3, _e('org/sg'), 'assists', _e('org/ohchr'), 'Requested', _e('org/hrc'))}
}}
{U2} {{
  {U2} tacb:mentions {_e('org/ohchr')}, {_e('state/GIN')}, {_e('state/GNB')}, {_e('org/pif')} .
  {_fact(U2, 1, _e('org/ohchr'), 'assists', _e('state/GIN'), 'Negated')}
  {_e('org/ohchr')} tacb:assists {_e('state/GNB')} .
  {_fact(U2, 2, _e('org/ohchr'), 'partnersWith', _e('org/pif'), 'Planned')}
}}
<https://w3id.org/tacb/id/graph/entities> {{
  {_e(RES)} a tacb:Resolution . {_e('org/hrc')} a tacb:UNBody . {_e('org/ohchr')} a tacb:UNBody .
  {_e('org/sg')} a tacb:Post . {_e('state/CAF')} a tacb:State . {_e('state/GIN')} a tacb:State .
  {_e('state/GNB')} a tacb:State . {_e('org/pif')} a tacb:RegionalOrganization .
  {_e('session/hrc/42')} a tacb:Session, tacb:Event . {_e('person/米歇尔·巴切莱特')} a tacb:Person .
}}
"""

MOD_GOLD = {
    "report": "zh-hc", "source_sha256": "s1", "symbol": "A/HRC/45/52",
    "units": [
        {"unit": "paragraph", "number": 1,
         "entities": {"Resolution": [RES], "UNBody": ["org/hrc", "org/ohchr"], "Post": ["org/sg"],
                      "State": ["state/CAF"], "Session": ["session/hrc/42"], "Person": ["person/米歇尔·巴切莱特"]},
         "relations": [[RES, "adoptedBy", "org/hrc"], [RES, "atSession", "session/hrc/42"], [RES, "requests", "org/ohchr"],
                       ["org/ohchr", "assists", "state/CAF", "Requested", RES],
                       ["org/sg", "assists", "org/ohchr", "Requested", "org/hrc"]]},
        {"unit": "paragraph", "number": 2,
         "entities": {"UNBody": ["org/ohchr"], "State": ["state/GIN", "state/GNB"], "RegionalOrganization": ["org/pif"]},
         "relations": [["org/ohchr", "assists", "state/GIN", "Negated"],
                       ["org/ohchr", "assists", "state/GNB", "Requested", None],
                       ["org/pif", "partnersWith", "org/ohchr", "Planned"]]},
    ],
}


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

def _run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "tacb_graph", "evaluate", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


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
