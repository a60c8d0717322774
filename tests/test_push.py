"""Tests of tacb_graph.push: pure serialisation and chunking, then a real Virtuoso.

The ``virtuoso`` tests start one private Virtuoso Open Source server for the
module (tests/virtuoso.py) and skip if ``virtuoso-t`` is not installed
(``bash .ci/virtuoso.sh`` installs it).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal, InvalidOperation
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from tacb_graph.cli import main
from tacb_graph.errors import InputError, StoreError
from tacb_graph.push import NamedGraph, nt_term, push, read_graphs, update_requests
from tacb_graph.store import run_query

sys.path.insert(0, str(Path(__file__).resolve().parent))
from virtuoso import VirtuosoServer, free_port, virtuoso_binary  # noqa: E402

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = FIXTURES / "push-sample.trig"
ID = "https://w3id.org/tacb/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _sample_store() -> ox.Store:
    store = ox.Store()
    store.load(path=str(SAMPLE), format=ox.RdfFormat.TRIG)
    return store


def _rdflib_dataset(store: ox.Store) -> rdflib.Dataset:
    """The store as an rdflib Dataset, through N-Quads (so lexical forms are Oxigraph's)."""
    ds = rdflib.Dataset()
    ds.parse(data=store.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8"), format="nquads")
    return ds


def _assert_same_graphs(got: rdflib.Dataset, want: rdflib.Dataset) -> None:
    def named(ds):
        return {c.identifier: c for c in ds.graphs() if isinstance(c.identifier, rdflib.URIRef)
                and len(c) and str(c.identifier).startswith(ID)}

    g, w = named(got), named(want)
    assert sorted(g) == sorted(w)
    for iri in w:
        if not isomorphic(g[iri], w[iri]):
            _, only_got, only_want = graph_diff(to_isomorphic(g[iri]), to_isomorphic(w[iri]))
            pytest.fail(f"graph <{iri}> differs\nonly pushed:\n{only_got.serialize(format='nt')}"
                        f"\nonly in the dataset:\n{only_want.serialize(format='nt')}")


# ---------------------------------------------------------------- pure: serialisation, chunking


@pytest.mark.parametrize("value", ['他说 "好"', "a\\b", 'x"""y', "line1\nline2\r\n", "tab\there",
                                   "\\u0041 stays backslash-u", "ctrl\x01\x7f", "emoji 🙂 中文"])
def test_nt_term_round_trips_through_ntriples(value):
    lit = ox.Literal(value, language="zh")
    line = f"<urn:s> <urn:p> {nt_term(lit)} ."
    g = rdflib.Graph().parse(data=line, format="nt")
    assert [str(o) for o in g.objects()] == [value]
    assert [ox.Literal(t.object.value, language=t.object.language)
            for t in ox.parse(line.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)] == [lit]


def test_nt_term_keeps_datatypes_and_drops_xsd_string():
    assert nt_term(ox.Literal("2018", datatype=ox.NamedNode(XSD + "gYear"))) == f'"2018"^^<{XSD}gYear>'
    assert nt_term(ox.Literal("x", datatype=ox.NamedNode(XSD + "string"))) == '"x"'
    assert nt_term(ox.NamedNode(ID + "person/泽德")) == f"<{ID}person/泽德>"


def test_update_requests_replay_to_the_same_dataset(monkeypatch):
    """Apply the generated Update requests (tiny chunks) to rdflib: isomorphic to the fixture."""
    monkeypatch.setattr(rdflib, "NORMALIZE_LITERALS", False)  # compare lexical forms as sent
    store = _sample_store()
    want = _rdflib_dataset(store)
    graphs = read_graphs(store)
    reqs = list(update_requests(graphs, max_triples=7, max_bytes=2_000))
    assert len(reqs) > 10 and all(r.triples <= 7 for r in reqs)
    assert sum(r.triples for r in reqs) == sum(len(g.lines) for g in graphs) == len(store)
    assert sum(r.graphs_done for r in reqs) == len(graphs)
    drops = [line for r in reqs for line in r.text.splitlines() if line.startswith("DROP")]
    assert sorted(drops) == sorted(f"DROP SILENT GRAPH <{g.iri}> ;" for g in graphs)

    got = rdflib.Dataset()
    stale = rdflib.URIRef(ID + "report/push-sample/paragraph/1")
    got.graph(stale).add((stale, rdflib.RDFS.comment, rdflib.Literal("stale, must go")))
    for _ in range(2):  # pushing twice replaces, never duplicates
        for r in reqs:
            got.update(r.text)
    _assert_same_graphs(got, want)
    assert len(list(got.quads())) == len(store)


def test_update_requests_respect_byte_limit_and_send_a_huge_triple_alone():
    big = '<urn:s> <urn:p> "' + "长" * 5000 + '" .'
    small = tuple(f'<urn:s> <urn:p> "{i}" .' for i in range(50))
    reqs = list(update_requests([NamedGraph("urn:a", small), NamedGraph("urn:b", (big,)),
                                 NamedGraph("urn:c", small)], max_triples=1000, max_bytes=1_000))
    assert [r.triples for r in reqs if "长" in r.text] == [1]
    assert all(len(r.text.encode()) <= 1_200 for r in reqs if "长" not in r.text)
    assert sum(r.triples for r in reqs) == 101


def test_backslash_u_literals_survive_sparql_preprocessing(monkeypatch):
    """A value holding backslash + u must not become a \\u escape, even alone in a last request."""
    monkeypatch.setattr(rdflib, "NORMALIZE_LITERALS", False)
    values = ["C:\\users\\u0041", "\\U0001F642 and \\\\u", "A plain"]  # last request: computed only
    store = ox.Store()
    for v in values:
        store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal(v, language="en"),
                          ox.NamedNode(ID + "g")))
    reqs = list(update_requests(read_graphs(store), max_triples=1))
    assert len(reqs) == 3 and sum(r.triples for r in reqs) == 3
    got = rdflib.Dataset()
    for r in reqs:
        got.update(r.text)
    assert sorted(str(q[2]) for q in got.quads()) == sorted(values)


def test_empty_graph_is_dropped_only():
    (req,) = update_requests([NamedGraph("urn:empty", ())])
    assert req.text == "DROP SILENT GRAPH <urn:empty>"


@pytest.mark.parametrize("trig, words", [
    ("<urn:g> { <urn:s> <urn:p> [ <urn:q> 1 ] }", ["blank node", "urn:g"]),
    ("<urn:s> <urn:p> <urn:o> .", ["default graph"]),
])
def test_read_graphs_refuses_what_cannot_be_replaced(tmp_path, trig, words):
    path = tmp_path / "bad.trig"
    path.write_text(trig, encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_graphs(path)
    assert all(w in str(err.value) for w in words)


def test_cli_refuses_blank_nodes_cleanly(tmp_path, capsys):
    path = tmp_path / "bad.trig"
    path.write_text("<urn:g> { _:b <urn:p> <urn:o> }", encoding="utf-8")
    code = main(["push", "--endpoint", f"http://127.0.0.1:{free_port()}/sparql", "--store", str(path)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == InputError.exit_code and len(err) == 1 and "blank node" in err[0]


def test_cli_closed_port_is_one_clean_line(capsys):
    code = main(["push", "--endpoint", f"http://127.0.0.1:{free_port()}/sparql", "--store", str(SAMPLE)])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == StoreError.exit_code
    assert err[-1].startswith("tacb-graph: error: ") and "cannot connect" in err[-1]
    assert not any("Traceback" in line for line in err)


def test_cli_rejects_bad_options(capsys):
    assert main(["push", "--endpoint", "localhost:8890/sparql", "--store", str(SAMPLE)]) == 1
    assert main(["push", "--endpoint", "http://h/sparql", "--user", "u", "--store", str(SAMPLE)]) == 1
    assert main(["push", "--endpoint", "http://h/sparql", "--method", "gsp", "--store", str(SAMPLE)]) == 1
    assert "--graph-store" in capsys.readouterr().err


@pytest.mark.parametrize("scheme", ["Basic", "Digest"])
def test_auth_answers_the_scheme_the_server_asks_for(scheme):
    """A stub server: 401 with a challenge unless the Authorization header has the right scheme."""
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        auth = request.headers.get("authorization", "")
        seen.append(auth.split(" ", 1)[0])
        if not auth.startswith(scheme):
            challenge = 'Basic realm="x"' if scheme == "Basic" else 'Digest realm="x", nonce="abc", qop="auth"'
            return httpx.Response(401, headers={"WWW-Authenticate": challenge})
        if request.method == "POST" and b"query=" in request.content:
            return httpx.Response(200, json={"results": {"bindings": []}})
        return httpx.Response(200)

    store = ox.Store()
    for g in ("urn:a", "urn:b"):
        store.add(ox.Quad(ox.NamedNode("urn:s"), ox.NamedNode("urn:p"), ox.Literal(g), ox.NamedNode(g)))
    report = push(store, "http://stub/sparql", graph_store="http://stub/gsp", user="u", password="p",
                  verify=False, transport=httpx.MockTransport(handler))
    assert report.method == "gsp" and report.graphs == 2
    assert seen == ["", scheme, scheme]  # one challenge, then the scheme is kept


def test_auto_falls_back_to_update_when_gsp_is_refused():
    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "PUT":
            return httpx.Response(405, text="Method Not Allowed")
        return httpx.Response(200)

    report = push(_sample_store(), "http://stub/sparql", graph_store="http://stub/gsp", verify=False,
                  transport=httpx.MockTransport(handler))
    assert report.method == "update" and report.target == "http://stub/sparql"


def test_server_error_message_reaches_the_user():
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, text="Virtuoso 37000 Error SP030: SPARQL compiler, line 1: memory "
                                        "exhausted\n\nSPARQL query:\nDROP SILENT GRAPH <urn:g> ...")

    with pytest.raises(StoreError) as err:
        push(_sample_store(), "http://stub/sparql", verify=False, transport=httpx.MockTransport(handler))
    msg = str(err.value)
    assert "HTTP 400" in msg and "SP030" in msg and "DROP" not in msg and "\n" not in msg


# ---------------------------------------------------------------- a real Virtuoso

RESEARCH_QUERIES = {
    "entities per class": """
        SELECT ?class (COUNT(DISTINCT ?x) AS ?n) WHERE {
          ?x a ?class . FILTER(STRSTARTS(STR(?class), "https://w3id.org/tacb/ontology#"))
        } GROUP BY ?class""",
    "zh and en labels": """
        SELECT ?e ?zh ?en WHERE {
          GRAPH <https://w3id.org/tacb/id/graph/entities> {
            ?e rdfs:label ?zh . FILTER(LANG(?zh) = "zh")
            OPTIONAL { ?e rdfs:label ?en . FILTER(LANGMATCHES(LANG(?en), "en")) } } }""",
    "mentions of each paragraph": """
        SELECT ?p ?e ?label WHERE {
          GRAPH ?p { ?p tacb:mentions ?e }
          OPTIONAL { ?e rdfs:label ?label . FILTER(LANG(?label) = "zh") } }""",
    "triples per graph": """
        SELECT ?g (COUNT(*) AS ?n) WHERE {
          GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/tacb/id/")) } GROUP BY ?g""",
    "facts with their evidence": """
        SELECT ?g ?s ?pred ?o ?quote WHERE {
          GRAPH ?g { ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?pred ; rdf:object ?o ;
                        tacb:quote ?quote ; tacb:evidence ?ev } }""",
    "contributions": """
        SELECT ?c ?who ?amount ?currency ?year WHERE {
          ?c a tacb:Contribution ; tacb:contributor ?who ; tacb:amount ?amount .
          OPTIONAL { ?c tacb:currency ?currency } OPTIONAL { ?c tacb:year ?year } }""",
    "paragraph texts": """
        SELECT ?p ?n ?text WHERE { ?p a tacb:Paragraph ; tacb:number ?n ; tacb:text ?text }""",
    "all quads": """
        SELECT ?g ?s ?p ?o WHERE {
          GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/tacb/id/")) }""",
}
PREFIXES = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX tacb: <https://w3id.org/tacb/ontology#>
"""
_NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short",
                              "nonNegativeInteger", "positiveInteger")}


def _norm(kind: str, value: str, lang: str | None, datatype: str | None):
    """One comparable value: lang tags lower-cased, xsd:string = plain, numbers and times by value."""
    if kind == "uri":
        return ("uri", value)
    if lang:
        return ("lit", value, lang.lower())
    if datatype in (None, XSD + "string"):
        return ("lit", value, "")
    if datatype in _NUMERIC:
        try:
            return ("num", Decimal(value))
        except InvalidOperation:
            pass
    if datatype == XSD + "boolean":
        return ("bool", value in ("true", "1"))
    if datatype == XSD + "dateTime":
        return ("time", dt.datetime.fromisoformat(value))
    return ("typed", value, datatype)


def _local_rows(store: ox.Store, query: str) -> set[tuple]:
    res = run_query(store, PREFIXES + query)
    out = set()
    for row in res:
        cells = []
        for var in res.variables:
            t = row[var]
            if t is None:
                cells.append(None)
            elif isinstance(t, ox.NamedNode):
                cells.append(_norm("uri", t.value, None, None))
            else:
                cells.append(_norm("lit", t.value, t.language, t.datatype.value if t.datatype else None))
        out.add(tuple(cells))
    return out


def _remote_rows(endpoint: str, query: str) -> set[tuple]:
    r = httpx.post(endpoint, data={"query": PREFIXES + query},
                   headers={"Accept": "application/sparql-results+json"}, timeout=120)
    r.raise_for_status()
    body = r.json()
    names = body["head"]["vars"]
    out = set()
    for b in body["results"]["bindings"]:
        out.add(tuple(None if v not in b else
                      _norm(b[v]["type"], b[v]["value"], b[v].get("xml:lang"), b[v].get("datatype"))
                      for v in names))
    return out


def _assert_same_answers(store: ox.Store, endpoint: str, may_be_empty: frozenset = frozenset()) -> None:
    for name, query in RESEARCH_QUERIES.items():
        here, there = _local_rows(store, query), _remote_rows(endpoint, query)
        assert here or name in may_be_empty, f"{name}: no answer from the embedded store"
        assert there == here, (f"{name}: only in Virtuoso {sorted(there - here, key=str)[:5]}, "
                               f"only embedded {sorted(here - there, key=str)[:5]}")


def _remote_count(endpoint: str) -> int:
    (row,) = _remote_rows(endpoint, RESEARCH_QUERIES["all quads"].replace(
        "SELECT ?g ?s ?p ?o", "SELECT (COUNT(*) AS ?n)"))
    return int(row[0][1])


def _clear(v: VirtuosoServer) -> None:
    q = f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{ID}")) }}'
    graphs = [row[0][1] for row in _remote_rows(v.sparql, q)]
    if graphs:
        httpx.post(v.sparql_auth, content=" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs),
                   headers={"Content-Type": "application/sparql-update"},
                   auth=httpx.DigestAuth("dba", "dba"), timeout=120).raise_for_status()
    assert _remote_count(v.sparql) == 0


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory):
    if virtuoso_binary() is None:
        pytest.skip("virtuoso-t is not installed (bash .ci/virtuoso.sh installs it)")
    with VirtuosoServer(tmp_path_factory.mktemp("virtuoso")) as v:
        yield v


@pytest.fixture
def empty_virtuoso(virtuoso):
    _clear(virtuoso)
    return virtuoso


@pytest.mark.virtuoso
def test_update_push_answers_like_the_embedded_store(empty_virtuoso, capsys):
    v = empty_virtuoso
    store = _sample_store()
    code = main(["push", "--endpoint", v.sparql, "--update-endpoint", v.sparql_auth,
                 "--user", "dba", "--password", "dba", "--store", str(SAMPLE), "--chunk-triples", "20"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert f"pushed {len(store)} triples in 5 named graphs" in out and "SPARQL Update" in out
    assert "push: 5/5 graphs" in err and "verified" in err
    _assert_same_answers(store, v.sparql)


@pytest.mark.virtuoso
def test_gsp_push_answers_like_the_embedded_store(empty_virtuoso):
    v = empty_virtuoso
    store = _sample_store()
    report = push(store, v.sparql, graph_store=v.graph_crud, user="dba", password="dba")
    assert report.method == "gsp" and report.verified and report.triples == len(store)
    _assert_same_answers(store, v.sparql)


@pytest.mark.virtuoso
@pytest.mark.parametrize("method", ["update", "gsp"])
def test_repush_replaces_and_never_duplicates(empty_virtuoso, method):
    v = empty_virtuoso
    store = _sample_store()
    kw = dict(update_endpoint=v.sparql_auth, graph_store=v.graph_crud, user="dba", password="dba",
              method=method)
    push(store, v.sparql, **kw)
    assert _remote_count(v.sparql) == len(store)
    push(store, v.sparql, **kw)
    assert _remote_count(v.sparql) == len(store)

    # change the dataset: one graph loses a triple, a label changes; push replaces exactly
    p1 = ox.NamedNode(ID + "report/push-sample/paragraph/1")
    (gone,) = store.quads_for_pattern(None, ox.NamedNode("https://w3id.org/tacb/ontology#requests"), None, p1)
    store.remove(gone)
    chn = ox.NamedNode(ID + "state/CHN")
    label = ox.Quad(chn, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                    ox.Literal("China", language="en"), ox.NamedNode(ID + "graph/entities"))
    store.remove(label)
    store.add(ox.Quad(label.subject, label.predicate, ox.Literal("People's Republic of \"China\"", language="en"),
                      label.graph_name))
    push(store, v.sparql, **kw)
    assert _remote_count(v.sparql) == len(store)
    _assert_same_answers(store, v.sparql)


@pytest.mark.virtuoso
def test_built_report_answers_like_the_embedded_store(empty_virtuoso, store):
    """The bundled report, built by the lead's session fixture, pushed both ways."""
    v = empty_virtuoso
    kw = dict(update_endpoint=v.sparql_auth, graph_store=v.graph_crud, user="dba", password="dba")
    report = push(store, v.sparql, method="update", **kw)
    assert report.verified and report.triples == len(store) > 1000
    # the extraction of relations and contributions may still find none
    _assert_same_answers(store, v.sparql, frozenset({"facts with their evidence", "contributions"}))
    report = push(store, v.sparql, method="gsp", **kw)
    assert report.verified and _remote_count(v.sparql) == len(store)


@pytest.mark.virtuoso
def test_wrong_password_is_one_clean_line(virtuoso, capsys):
    code = main(["push", "--endpoint", virtuoso.sparql, "--update-endpoint", virtuoso.sparql_auth,
                 "--user", "dba", "--password", "wrong", "--store", str(SAMPLE), "-q"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == StoreError.exit_code and len(err) == 1
    assert "HTTP 401" in err[0] and "wrong user or password" in err[0]


@pytest.mark.virtuoso
def test_no_credentials_for_a_protected_endpoint(virtuoso):
    with pytest.raises(StoreError, match="HTTP 401.*--user"):
        push(SAMPLE, virtuoso.sparql, graph_store=virtuoso.graph_crud, verify=False)


@pytest.mark.virtuoso
def test_anonymous_update_refused_then_granted(virtuoso):
    with pytest.raises(StoreError, match="SR186|SECURITY|HTTP 4|HTTP 5"):
        push(SAMPLE, virtuoso.sparql)
    virtuoso.allow_anonymous_update()
    _clear(virtuoso)
    report = push(SAMPLE, virtuoso.sparql)
    assert report.method == "update" and report.verified
    _assert_same_answers(_sample_store(), virtuoso.sparql)


@pytest.mark.virtuoso
def test_cli_in_a_subprocess_has_no_traceback(virtuoso):
    """The installed entry point, as a user runs it: progress on stderr, summary on stdout."""
    cmd = [sys.executable, "-m", "tacb_graph", "push", "--endpoint", virtuoso.sparql,
           "--graph-store", virtuoso.graph_crud, "--user", "dba", "--password", "nope", "--store", str(SAMPLE)]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert out.returncode == StoreError.exit_code and "Traceback" not in out.stderr
    assert out.stderr.strip().splitlines()[-1].startswith("tacb-graph: error: ")


# ---------------------------------------------------------------- a corpus kept in step, graph by graph

TEXTS = Path(__file__).resolve().parent / "gold" / "texts"


def _corpus(tmp_path: Path) -> tuple[Path, Path]:
    import shutil

    from tacb_graph.corpus import build_corpus

    src = tmp_path / "reports"
    src.mkdir()
    for name in ("zh-vftc-board.txt", "zh-ac-cooperation-views.txt", "zh-ldc-sids-trust-fund.txt"):
        shutil.copyfile(TEXTS / name, src / name)
    out = tmp_path / "out"
    build_corpus([src], out, jobs=1)
    return src, out


def _graph_names(store: ox.Store) -> set[str]:
    return {g.value for g in store.named_graphs()}


def test_state_sends_only_what_changed(tmp_path):
    """Without a server: a mock that answers every write, and the counts asked for afterwards."""
    from tacb_graph.corpus import build_corpus, remove_reports
    from tacb_graph.store import open_store

    src, out = _corpus(tmp_path)
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = request.content.decode("utf-8")
        if "query=" in body or request.headers.get("content-type", "").startswith("application/x-www-form"):
            return httpx.Response(200, json={"results": {"bindings": []}})
        sent.append(body)
        return httpx.Response(200)

    def go(**kw):
        sent.clear()
        return push(out / "store", "http://example.org/sparql", verify=False,
                    transport=httpx.MockTransport(handler), **kw)

    first = go()
    every = _graph_names(open_store(out / "store"))
    assert first.graphs == len(every) and first.unchanged == 0 and Path(first.state).name == "store.push.json"
    again = go()
    assert again.graphs == 0 and again.unchanged == len(every) and sent == []
    changed = src / "zh-vftc-board.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")  # another text, same symbol
    build_corpus([src], out, jobs=1)
    third = go()
    assert 0 < third.graphs < len(every) and third.unchanged > 0
    import re

    named = {m for body in sent for m in re.findall(r"GRAPH <([^>]+)>", body)}
    report = "https://w3id.org/tacb/id/report/A/HRC/46/58/zh"
    shared = {"https://w3id.org/tacb/id/graph/entities", "https://w3id.org/tacb/id/graph/findings"}
    assert named and all(g == report or g.startswith(report + "/") or g in shared for g in named)
    remove_reports(["A/HRC/44/60/zh"], out)
    fourth = go()
    gone = every - _graph_names(open_store(out / "store"))
    assert fourth.dropped == len(gone) > 0 and all(f"DROP SILENT GRAPH <{g}>" in "".join(sent) for g in gone)
    assert go(everything=True).graphs == len(_graph_names(open_store(out / "store")))
    other = go(state=tmp_path / "elsewhere.json")  # another state file knows nothing: everything
    assert other.graphs == len(_graph_names(open_store(out / "store")))


@pytest.mark.virtuoso
@pytest.mark.parametrize("method", ["update", "gsp"])
def test_a_corpus_in_virtuoso_stays_in_step(empty_virtuoso, tmp_path, method):
    from tacb_graph.corpus import build_corpus, remove_reports
    from tacb_graph.store import open_store

    v = empty_virtuoso
    src, out = _corpus(tmp_path)
    kw = dict(update_endpoint=v.sparql_auth, graph_store=v.graph_crud, user="dba", password="dba", method=method)
    first = push(out / "store", v.sparql, **kw)
    assert first.verified and first.unchanged == 0
    _assert_same_answers(open_store(out / "store"), v.sparql, frozenset({"contributions"}))
    assert push(out / "store", v.sparql, **kw).graphs == 0

    changed = src / "zh-ac-cooperation-views.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("1. ", "1. 中国认为，互利合作很重要。", 1),
                       encoding="utf-8")
    build_corpus([src], out, jobs=1)
    second = push(out / "store", v.sparql, **kw)
    assert second.verified and 0 < second.graphs and second.unchanged > 0
    store = open_store(out / "store")
    assert _remote_count(v.sparql) == len(store)
    _assert_same_answers(store, v.sparql, frozenset({"contributions"}))
    del store

    remove_reports(["A/HRC/44/60/zh"], out)
    third = push(out / "store", v.sparql, **kw)
    assert third.dropped > 0
    store = open_store(out / "store")
    assert _remote_count(v.sparql) == len(store)
    _assert_same_answers(store, v.sparql, frozenset({"contributions"}))
