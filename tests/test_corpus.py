"""Corpus builds (tacb_graph.corpus): report identity, incremental builds, add / remove,
parallel reading, errors anywhere in a corpus, and the files written from parts.

Every incremental build is compared with a build from scratch of the same reports
(``rdflib.compare.isomorphic`` per named graph; the build times aside).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from tacb_graph.cli import main
from tacb_graph.corpus import add_reports, build_corpus, remove_reports
from tacb_graph.corpus.manifest import load_manifest
from tacb_graph.errors import InputError, StoreError
from tacb_graph.rdf.iris import ENTITIES_GRAPH, paragraph_iri, report_iri, report_key
from tacb_graph.relate.lexicon import lexicon_for
from tacb_graph.store import open_store, select

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT / "tests" / "gold" / "texts"
VFTC = TEXTS / "zh-vftc-board.txt"  # A/HRC/46/58
VIEWS = TEXTS / "zh-ac-cooperation-views.txt"  # A/HRC/47/63
LDC = TEXTS / "zh-ldc-sids-trust-fund.txt"  # A/HRC/44/60
TIMES = {"http://www.w3.org/ns/prov#startedAtTime", "http://www.w3.org/ns/prov#endedAtTime"}


def graphs_of(source) -> dict[str, rdflib.Graph]:
    """Every non-empty named graph of a store (or TriG / JSON-LD file), build times left out."""
    ds = rdflib.Dataset()
    if isinstance(source, Path) and source.suffix in (".trig", ".jsonld"):
        ds.parse(source, format="trig" if source.suffix == ".trig" else "json-ld")
    else:
        store = source if isinstance(source, ox.Store) else open_store(source)
        ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    out = {}
    for g in ds.graphs():
        if not len(g) or not isinstance(g.identifier, rdflib.URIRef):
            continue
        copy = rdflib.Graph()
        for t in g:
            if str(t[1]) not in TIMES:
                copy.add(t)
        out[str(g.identifier)] = copy
    return out


def assert_same(a: dict, b: dict) -> None:
    assert sorted(a) == sorted(b), set(a) ^ set(b)
    for name in a:
        if not isomorphic(a[name], b[name]):
            _, only_a, only_b = graph_diff(to_isomorphic(a[name]), to_isomorphic(b[name]))
            pytest.fail(f"graph {name} differs\nonly in the first:\n{only_a.serialize(format='nt')}\n"
                        f"only in the second:\n{only_b.serialize(format='nt')}")


def fresh(tmp_path: Path, *inputs) -> dict:
    """The graphs of a build from scratch of ``inputs``."""
    out = tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}"
    build_corpus(inputs, out, jobs=1)
    return graphs_of(out / "store")


def copy(src: Path, dst: Path) -> Path:
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dst)
    return dst


def without_symbol(src: Path, dst: Path) -> Path:
    """``src`` without its first line (the symbol), so its key is its hash."""
    dst.parent.mkdir(parents=True, exist_ok=True)
    dst.write_text(src.read_text(encoding="utf-8").split("\n", 1)[1], encoding="utf-8")
    return dst


def reports_in(store) -> dict[str, dict]:
    rows = select(store, "SELECT ?r ?sha ?file WHERE { ?r a tacb:Report ; tacb:sha256 ?sha ; tacb:sourceFile ?file }")
    return {r["r"].value: {"sha": r["sha"].value, "file": r["file"].value} for r in rows}


# ---------------------------------------------------------------- identity


def test_same_file_name_two_reports(tmp_path):
    a = without_symbol(VFTC, tmp_path / "d1" / "report.txt")
    b = without_symbol(VIEWS, tmp_path / "d2" / "report.txt")
    res = build_corpus([tmp_path / "d1", tmp_path / "d2"], tmp_path / "out", jobs=1)
    store = open_store(res.paths.store)
    reps = reports_in(store)
    assert len(reps) == 2 and {r["file"] for r in reps.values()} == {"report.txt"}
    for path in (a, b):
        import hashlib

        key = report_key(None, "zh", hashlib.sha256(path.read_bytes()).hexdigest())
        assert str(report_iri(key)) in reps
    # each paragraph 1 has one text
    texts = select(store, "SELECT ?p (COUNT(?t) AS ?n) WHERE { ?p a tacb:Paragraph ; tacb:number 1 ; "
                          "tacb:text ?t } GROUP BY ?p")
    assert len(texts) == 2 and all(int(r["n"].value) == 1 for r in texts)


def test_the_symbol_and_language_name_a_report(tmp_path):
    res = build_corpus([copy(VFTC, tmp_path / "in" / "anything.txt")], tmp_path / "out", jobs=1)
    assert [e.key for e in res.reports] == ["A/HRC/46/58/zh"]
    store = open_store(res.paths.store)
    rep = str(report_iri("A/HRC/46/58/zh"))
    labels = {(r["l"].value, r["l"].language) for r in select(store, f"SELECT ?l WHERE {{ <{rep}> rdfs:label ?l }}")}
    titles = {(r["t"].value, r["t"].language) for r in select(store, f"SELECT ?t WHERE {{ <{rep}> dcterms:title ?t }}")}
    assert labels and labels == titles  # labelled by its title
    assert not any(label.endswith(".txt") for label, _ in labels)
    assert bool(store.query(f'ASK {{ GRAPH ?g {{ <{rep}> <https://w3id.org/tacb/ontology#sourceFile> "anything.txt" }} }}'))


def test_the_same_text_twice_is_one_report(tmp_path, capsys):
    a = copy(VFTC, tmp_path / "x" / "a.txt")
    copy(VFTC, tmp_path / "y" / "b.txt")
    res = build_corpus([tmp_path / "x", tmp_path / "y"], tmp_path / "out", jobs=1)
    assert len(res.reports) == 1 and len(res.read) == 1
    assert any("the same text as" in n and "built once" in n and str(a) in n for n in res.notes)
    assert main(["build", str(tmp_path / "x"), str(tmp_path / "y"), "--out", str(tmp_path / "cli"), "-q"]) == 0
    assert "built once" in capsys.readouterr().err


def test_two_texts_claiming_one_symbol_are_refused(tmp_path, capsys):
    out = tmp_path / "out"
    build_corpus([copy(LDC, tmp_path / "ok" / "r.txt")], out, jobs=1)
    before = sorted((p.relative_to(out), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file())
    copy(VFTC, tmp_path / "in" / "a.txt")
    copy(VIEWS, tmp_path / "in" / "b.txt")
    (tmp_path / "in" / "b.meta.json").write_text(json.dumps({"symbol": "A/HRC/46/58"}), encoding="utf-8")
    code = main(["build", str(tmp_path / "in"), "--out", str(out), "-q"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == InputError.exit_code and len(err) == 1
    assert "both report A/HRC/46/58/zh" in err[0] and "texts differ" in err[0]
    after = sorted((p.relative_to(out), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file())
    assert after == before


# ---------------------------------------------------------------- incremental


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "reports"
    copy(VFTC, src / "2021" / "vftc.txt")
    copy(VIEWS, src / "2021" / "views.txt")
    copy(LDC, src / "2020" / "ldc.txt")
    out = tmp_path / "out"
    first = build_corpus([src], out, jobs=1)
    assert len(first.read) == 3 and first.kept == 0
    return src, out


def fact_iris(store) -> set[str]:
    rows = select(store, "SELECT DISTINCT ?f WHERE { GRAPH ?g { ?f tacb:evidence ?u } }")
    return {r["f"].value for r in rows}


def test_nothing_changed_nothing_written(corpus):
    src, out = corpus
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}
    res = build_corpus([src], out, jobs=1)
    assert not res.changed and res.kept == 3 and not res.read
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()} == before


def test_one_report_changed_only_it_is_read(corpus, tmp_path):
    src, out = corpus
    store = open_store(out / "store")
    old_facts = fact_iris(store)
    old = graphs_of(store)
    del store
    changed = src / "2021" / "views.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("1. ", "1. 中国认为，互利合作很重要。", 1),
                       encoding="utf-8")
    res = build_corpus([src], out, jobs=1)
    assert res.read == ("A/HRC/47/63/zh",) and res.kept == 2 and res.removed == ("A/HRC/47/63/zh",)
    new = graphs_of(out / "store")
    assert_same(new, fresh(tmp_path, src))  # the same as a build from scratch
    for name in old:  # the unchanged reports' graphs are untouched
        if "/A/HRC/46/58/" in name or "/A/HRC/44/60/" in name or name.endswith(("46/58/zh", "44/60/zh")):
            assert isomorphic(old[name], new[name]), name
    # facts of the unchanged text keep their IRIs
    kept = {f for f in old_facts if "/A/HRC/47/63/" not in f}
    assert kept and kept <= fact_iris(open_store(out / "store"))
    # the files say the same as the store
    assert_same(graphs_of(out / "tacb.trig"), new)
    assert_same(graphs_of(out / "tacb.jsonld"), new)
    union = rdflib.Graph().parse(out / "tacb.ttl")
    whole = rdflib.Graph()
    for q in open_store(out / "store"):
        whole.parse(data=f"{q.subject} {q.predicate} {q.object} .", format="nt")
    assert isomorphic(union, whole)


def test_add_and_remove(corpus, tmp_path):
    src, out = corpus
    extra = copy(ROOT / "tests" / "gold" / "en" / "texts" / "vftc-board-report-en.txt", tmp_path / "new" / "en.txt")
    res = add_reports([extra], out, jobs=1)
    assert res.read == ("A/HRC/55/81/en",) and res.kept == 3
    assert_same(graphs_of(out / "store"), fresh(tmp_path, src, extra))
    # by key, by path and by IRI
    res = remove_reports(["A/HRC/55/81/en", str(src / "2020" / "ldc.txt")], out)
    assert sorted(res.removed) == ["A/HRC/44/60/zh", "A/HRC/55/81/en"] and not res.read
    assert_same(graphs_of(out / "store"), fresh(tmp_path, src / "2021"))
    res = remove_reports([str(report_iri("A/HRC/47/63/zh"))], out)
    assert [e.key for e in res.reports] == ["A/HRC/46/58/zh"]
    # an entity only the removed reports named is gone from graph/entities
    assert_same(graphs_of(out / "store"), fresh(tmp_path, src / "2021" / "vftc.txt"))
    with pytest.raises(InputError, match="no report of the build"):
        remove_reports(["A/HRC/1/1/zh"], out)


def test_measures_go_when_the_graphs_change(corpus):
    from tacb_graph.analyse.writeback import MEASURES_GRAPH

    src, out = corpus
    store = ox.Store(str(out / "store"))
    store.add(ox.Quad(ox.NamedNode("urn:x"), ox.NamedNode("urn:p"), ox.Literal("1"), ox.NamedNode(str(MEASURES_GRAPH))))
    del store
    assert not build_corpus([src], out, jobs=1).changed  # still valid: kept
    assert ox.NamedNode(str(MEASURES_GRAPH)) in set(open_store(out / "store").named_graphs())
    remove_reports(["A/HRC/44/60/zh"], out)
    assert ox.NamedNode(str(MEASURES_GRAPH)) not in set(open_store(out / "store").named_graphs())


def test_a_bad_report_anywhere_leaves_the_build_untouched(corpus, capsys):
    src, out = corpus
    before = sorted((p.relative_to(out), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file())
    (src / "2020" / "zz-broken.txt").write_bytes(b"\x00\x01binary" * 100)
    assert main(["build", str(src), "--out", str(out), "-q", "-j", "2"]) == InputError.exit_code
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("tacb-graph: error: ") and "zz-broken.txt" in err[0]
    after = sorted((p.relative_to(out), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file())
    assert after == before and not [p for p in out.iterdir() if p.name.startswith(".build-")]


def test_parallel_reading_gives_the_same_graph_and_files(corpus, tmp_path):
    src, out = corpus
    par = tmp_path / "par"
    res = build_corpus([src], par, jobs=2)
    assert len(res.read) == 3
    assert_same(graphs_of(par / "store"), graphs_of(out / "store"))

    def without_times(p: Path) -> bytes:
        return b"\n".join(line for line in p.read_bytes().split(b"\n") if b"AtTime" not in line)

    assert without_times(par / "tacb.trig") == without_times(out / "tacb.trig")


def test_a_rule_change_reads_everything_again_and_keeps_the_fact_iris(corpus, monkeypatch):
    """Stable fact IRIs: a changed rule makes the build read every report again; the facts
    the change leaves as they were keep their IRIs, whatever the change dropped."""
    import tacb_graph.relate.assistance as assistance

    src, out = corpus
    before = fact_iris(open_store(out / "store"))
    monkeypatch.setattr("tacb_graph.corpus.incremental.pipeline_fingerprint", lambda: "rules changed")
    res = build_corpus([src], out, jobs=1)
    assert len(res.read) == 3 and res.kept == 0  # the rules changed: every report read again
    assert fact_iris(open_store(out / "store")) == before
    # now change a rule for real: the assistance family finds nothing any more (and the learned back-off, which would
    # read some of that help again as facts of its own, is off)
    monkeypatch.setattr(assistance, "assists", lambda ctx, together=None: None)
    monkeypatch.setattr(lexicon_for("zh").assist_model, "weights", {})
    monkeypatch.setattr("tacb_graph.corpus.incremental.pipeline_fingerprint", lambda: "rules changed again")
    build_corpus([src], out, jobs=1)
    after = fact_iris(open_store(out / "store"))
    assert after < before and any("/assistance/" in f for f in before - after)


def test_add_needs_a_manifest(tmp_path):
    out = tmp_path / "out"
    (out / "store").mkdir(parents=True)
    with pytest.raises(StoreError, match="built without a list of its reports"):
        add_reports([VFTC], out)


def test_cli_add_remove(corpus, capsys):
    src, out = corpus
    assert main(["remove", "A/HRC/44/60/zh", "--out", str(out), "-q"]) == 0
    text = capsys.readouterr().out
    assert "from 2 report(s)" in text and "0 read, 2 kept unread, 1 removed" in text
    assert main(["add", str(src / "2020"), "--out", str(out), "-q"]) == 0
    assert "1 read, 2 kept unread" in capsys.readouterr().out
    assert main(["remove", "nothing-like-this", "--out", str(out), "-q"]) == InputError.exit_code
    assert capsys.readouterr().err.startswith("tacb-graph: error: nothing-like-this: no report")


def test_manifest_lists_the_reports(corpus):
    _src, out = corpus
    m = load_manifest(out)
    assert sorted(e.key for e in m.reports) == ["A/HRC/44/60/zh", "A/HRC/46/58/zh", "A/HRC/47/63/zh"]
    e = next(e for e in m.reports if e.key == "A/HRC/46/58/zh")
    assert str(paragraph_iri(e.key, 1)) in e.graphs and str(ENTITIES_GRAPH) not in e.graphs
    assert e.title and set(e.spans) == {"trig", "ttl", "jsonld"}


def test_loading_in_small_batches_gives_the_same_store(corpus, tmp_path, monkeypatch):
    from tacb_graph.corpus import storing

    src, out = corpus
    monkeypatch.setattr(storing, "BATCH_BYTES", 1)  # one bulk load per report
    small = tmp_path / "small"
    build_corpus([src], small, jobs=2)
    assert_same(graphs_of(small / "store"), graphs_of(out / "store"))


def test_files_changed_by_hand_are_written_again_from_the_store(corpus, tmp_path):
    src, out = corpus
    with open(out / "tacb.trig", "ab") as fh:  # no longer the file the manifest describes
        fh.write(b"\n")
    (out / "tacb.jsonld").unlink()
    changed = src / "2020" / "ldc.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    res = build_corpus([src], out, jobs=1)
    assert res.read == ("A/HRC/44/60/zh",) and res.kept == 2
    store = graphs_of(out / "store")
    assert_same(graphs_of(out / "tacb.trig"), store)
    assert_same(graphs_of(out / "tacb.jsonld"), store)
    assert_same(store, fresh(tmp_path, src))


# ---------------------------------------------------------------- language versions of one work

PAIR = ROOT / "tests" / "gold" / "bilingual"
WORK = "https://w3id.org/tacb/id/work/A/HRC/55/80"


def _versions(store) -> set[str]:
    return {r["r"].value for r in select(store, f"SELECT ?r WHERE {{ ?r tacb:reportWork <{WORK}> }}")}


def _mismatches(store) -> int:
    rows = select(store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?f tacb:findingKind tacb:LanguageMismatch } }")
    return int(rows[0]["n"].value)


def test_language_versions_are_read_together_and_again_when_one_goes(tmp_path):
    """Versions of one work (one symbol) are aligned in any build: the work graph and the
    LanguageMismatch findings follow the versions the build holds, as a build from scratch would."""
    zh, en = copy(PAIR / "pair-zh.txt", tmp_path / "in" / "zh.txt"), copy(PAIR / "pair-en.txt", tmp_path / "in" / "en.txt")
    out = tmp_path / "out"
    first = build_corpus([zh, en], out, jobs=2)
    assert sorted(first.read) == ["A/HRC/55/80/en", "A/HRC/55/80/zh"]
    store = open_store(out / "store")
    assert _versions(store) == {str(report_iri("A/HRC/55/80/zh")), str(report_iri("A/HRC/55/80/en"))}
    assert _mismatches(store) > 0
    del store
    assert build_corpus([zh, en], out).changed is False
    # the English version goes: the Chinese one is read again (nothing is left to compare it with)
    res = remove_reports(["A/HRC/55/80/en"], out)
    assert res.read == ("A/HRC/55/80/zh",)
    store = open_store(out / "store")
    assert _versions(store) == {str(report_iri("A/HRC/55/80/zh"))} and _mismatches(store) == 0
    del store
    assert_same(graphs_of(out / "store"), fresh(tmp_path, zh))
    # it comes back: both are read, and the build equals one from scratch of the pair
    res = add_reports([en], out)
    assert sorted(res.read) == ["A/HRC/55/80/en", "A/HRC/55/80/zh"] and res.kept == 0
    assert_same(graphs_of(out / "store"), fresh(tmp_path, zh, en))


def test_same_work_groups_reports_without_a_symbol(tmp_path):
    zh, en = without_symbol(PAIR / "pair-zh.txt", tmp_path / "zh.txt"), without_symbol(PAIR / "pair-en.txt", tmp_path / "en.txt")
    out = tmp_path / "out"
    build_corpus([zh, en], out, same_work=True)
    store = open_store(out / "store")
    rows = select(store, "SELECT ?w (COUNT(?r) AS ?n) WHERE { ?r tacb:reportWork ?w } GROUP BY ?w")
    assert [int(r["n"].value) for r in rows] == [2]
    del store
    # adding another report keeps them one work, unread; removing one reads the other alone
    ldc = copy(LDC, tmp_path / "ldc.txt")
    res = add_reports([ldc], out)
    assert res.read == ("A/HRC/44/60/zh",) and res.kept == 2
    rows = select(open_store(out / "store"), "SELECT ?w (COUNT(?r) AS ?n) WHERE { ?r tacb:reportWork ?w } GROUP BY ?w")
    assert sorted(int(r["n"].value) for r in rows) == [1, 2]
    res = remove_reports([str(ldc)], out)
    assert not res.read and res.kept == 2
    # a build without the flag makes each a work of its own: both are read again
    res = build_corpus([zh, en], out)
    assert len(res.read) == 2
    rows = select(open_store(out / "store"), "SELECT ?w WHERE { ?r tacb:reportWork ?w }")
    assert len({r["w"].value for r in rows}) == 2
