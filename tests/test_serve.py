"""The SPARQL endpoint end to end: a real uvicorn server on 127.0.0.1 and real clients.

The server serves a store loaded from ``fixtures/queries-sample.trig`` with a
2-second timeout, a 50-row result cap and a 4096-byte request limit, so that
each limit can be hit quickly.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
import uvicorn
from SPARQLWrapper import CSV, JSON, JSONLD, RDFXML, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from tacb_graph.serve import ServeConfig, create_app
from tacb_graph.serve.server import uvicorn_config

FIXTURE = Path(__file__).parent / "fixtures" / "queries-sample.trig"
TIMEOUT = 2.0
MAX_RESULTS = 50
STATES = "SELECT ?s WHERE { ?s a tacb:State } ORDER BY ?s"
STATE_IRIS = [f"https://w3id.org/tacb/id/state/{c}" for c in ("AUS", "CAN", "CHE", "CHN", "HTI")]
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A uvicorn server in a thread, on a free port; yields (base URL, app)."""
    path = tmp_path_factory.mktemp("serve") / "store"
    store = ox.Store(str(path))
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    app = create_app(ServeConfig(str(path), timeout=TIMEOUT, max_results=MAX_RESULTS,
                                 max_request_bytes=4096, workers=2))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn_config(app, max_request_bytes=4096))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    yield f"http://127.0.0.1:{port}/", app
    srv.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture
def base(server) -> str:
    return server[0]


def client(base: str, query: str, fmt: str = JSON, method: str = "GET", conneg_only: bool = False) -> SPARQLWrapper:
    sw = SPARQLWrapper(base + "sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    sw.setOnlyConneg(conneg_only)
    sw.setTimeout(20)
    return sw


def fetch(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    """(status, headers, body) of one HTTP request, errors included."""
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def states_of(rows) -> list[str]:
    return [r["s"]["value"] for r in rows["results"]["bindings"]]


# --- protocol operations -----------------------------------------------------------------

def test_get_post_form_and_direct_post(base):
    for method in ("GET", "POST"):
        assert states_of(client(base, STATES, method=method).queryAndConvert()) == STATE_IRIS
    sw = client(base, STATES)
    sw.setRequestMethod("postdirectly")
    sw.setMethod("POST")
    assert states_of(sw.queryAndConvert()) == STATE_IRIS


def test_dataset_parameters(base):
    sw = client(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    union = int(sw.queryAndConvert()["results"]["bindings"][0]["n"]["value"])
    sw.addDefaultGraph("https://w3id.org/tacb/id/graph/entities")
    only = int(sw.queryAndConvert()["results"]["bindings"][0]["n"]["value"])
    assert 0 < only < union
    sw = client(base, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    sw.addNamedGraph("https://w3id.org/tacb/id/report/queries-sample/paragraph/2")
    graphs = [b["g"]["value"] for b in sw.queryAndConvert()["results"]["bindings"]]
    assert graphs == ["https://w3id.org/tacb/id/report/queries-sample/paragraph/2"]


# --- content negotiation -----------------------------------------------------------------

@pytest.mark.parametrize("fmt, media, parse", [
    (JSON, "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    (XML, "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    (CSV, "text/csv", None),
    (TSV, "text/tab-separated-values", ox.QueryResultsFormat.TSV),
])
def test_select_formats(base, fmt, media, parse):
    res = client(base, STATES, fmt).query()
    assert res.info()["content-type"].startswith(media)
    body = res.response.read()
    if parse is None:
        assert body.decode().split() == ["s"] + STATE_IRIS
    else:
        assert [r["s"].value for r in ox.parse_query_results(body, parse)] == STATE_IRIS


def test_ask(base):
    assert client(base, "ASK { ?s tacb:iso3 'CHN' }").queryAndConvert()["boolean"] is True
    res = client(base, "ASK { ?s tacb:iso3 'XXX' }", XML).query()
    assert bool(ox.parse_query_results(res.response.read(), ox.QueryResultsFormat.XML)) is False


@pytest.mark.parametrize("fmt, accept, media, rdf_format", [
    (TURTLE, None, "text/turtle", "turtle"),
    (JSONLD, None, "application/ld+json", "json-ld"),
    (RDFXML, None, "application/rdf+xml", "xml"),
    (TURTLE, "application/n-triples", "application/n-triples", "nt"),
])
def test_construct_formats(base, fmt, accept, media, rdf_format):
    sw = client(base, "CONSTRUCT WHERE { ?s a tacb:State ; tacb:iso3 ?c }", fmt, conneg_only=accept is not None)
    if accept:
        sw.addCustomHttpHeader("Accept", accept)
    res = sw.query()
    assert res.info()["content-type"].startswith(media)
    g = rdflib.Graph().parse(data=res.response.read(), format=rdf_format)
    assert len(g) == 10


def test_describe(base):
    body = client(base, "DESCRIBE <https://w3id.org/tacb/id/state/CHN>", TURTLE).queryAndConvert()
    g = rdflib.Graph().parse(data=body, format="turtle")
    assert (rdflib.URIRef("https://w3id.org/tacb/id/state/CHN"), rdflib.URIRef(
        "https://w3id.org/tacb/ontology#iso3"), rdflib.Literal("CHN")) in g


def test_combined_accept_fits_the_query_form(base):
    both = "application/sparql-results+json,text/turtle"
    status, headers, _ = fetch(base + "sparql?query=" + urllib.request.quote(STATES), headers={"Accept": both})
    assert status == 200 and headers["content-type"].startswith("application/sparql-results+json")
    q = urllib.request.quote("CONSTRUCT WHERE { ?s a tacb:State }")
    status, headers, body = fetch(base + "sparql?query=" + q, headers={"Accept": both})
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=body, format="turtle")) == 5
    status, headers, _ = fetch(base + "sparql?query=" + q, headers={"Accept": "text/*;q=0.3, application/ld+json;q=0.8"})
    assert headers["content-type"].startswith("application/ld+json")
    status, headers, _ = fetch(base + "sparql?query=" + urllib.request.quote(STATES), headers={"Accept": "*/*"})
    assert headers["content-type"].startswith("application/sparql-results+json")


def test_not_acceptable(base):
    sw = client(base, STATES, conneg_only=True)
    sw.addCustomHttpHeader("Accept", "image/png")
    with pytest.raises(urllib.error.HTTPError) as err:
        sw.query()
    assert err.value.code == 406
    q = urllib.request.quote("CONSTRUCT WHERE { ?s ?p ?o }")
    assert fetch(base + "sparql?query=" + q, headers={"Accept": "application/sparql-results+json"})[0] == 406


# --- safety ---------------------------------------------------------------------------------

def test_update_refused(base):
    sw = SPARQLWrapper(base + "sparql")
    sw.setMethod("POST")
    sw.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(urllib.error.HTTPError) as err:
        sw.query()
    assert err.value.code == 403 and b"read-only" in err.value.read()
    for data, ctype in ((b"DROP ALL", "application/sparql-update"),
                        (b"update=CLEAR+ALL", "application/x-www-form-urlencoded"),
                        (b"query=DELETE+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D", "application/x-www-form-urlencoded")):
        assert fetch(base + "sparql", data, {"Content-Type": ctype})[0] == 403
    assert client(base, "ASK { ?s tacb:iso3 'CHN' }").queryAndConvert()["boolean"] is True


def test_service_refused_without_connecting(base):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    try:
        sw = client(base, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}")
        with pytest.raises(urllib.error.HTTPError) as err:
            sw.query()
        assert err.value.code == 403 and b"SERVICE" in err.value.read()
        with pytest.raises(socket.timeout):
            listener.accept()  # nobody tried to call the "remote" endpoint
    finally:
        listener.close()


def test_malformed_query(base):
    with pytest.raises(QueryBadFormed) as err:
        client(base, "SELECT ?s WHERE { ?s ?p }").query()
    assert "malformed query" in str(err.value)


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def _gone(pid: int, seconds: float = 1.0) -> bool:
    """Whether process ``pid`` is killed and reaped within ``seconds``."""
    deadline = time.monotonic() + seconds
    while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    return not Path(f"/proc/{pid}").exists()


def _settled(pool, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while pool.idle < pool.capacity and time.monotonic() < deadline:
        time.sleep(0.05)
    return pool.idle == pool.capacity


def test_timeout_stops_the_query(server):
    base, app = server
    pool = app.state.pool
    assert _settled(pool)
    before = {w.process.pid for w in pool._workers}
    t0 = time.monotonic()
    status, headers, body = fetch(base + "sparql?query=" + urllib.request.quote(SLOW))
    elapsed = time.monotonic() - t0
    assert status == 503 and b"timeout" in body
    assert headers["retry-after"] is None  # the same query would time out again
    assert TIMEOUT <= elapsed < TIMEOUT + 3
    killed = before - {w.process.pid for w in pool._workers}
    assert len(killed) == 1
    assert _gone(killed.pop())  # killed and reaped
    assert _settled(pool)  # replaced, and ready
    assert pool.alive == pool.idle == pool.capacity
    ticks = {w.process.pid: _cpu_ticks(w.process.pid) for w in pool._workers}
    time.sleep(0.5)
    assert all(_cpu_ticks(pid) - t <= 5 for pid, t in ticks.items())  # nobody is spinning
    assert client(base, "ASK { ?s tacb:iso3 'CHN' }").queryAndConvert()["boolean"] is True


def test_result_cap(base):
    res = client(base, "SELECT * WHERE { ?s ?p ?o }").query()
    assert res.info()["x-tacb-truncated"] == "true"
    doc = res.convert()
    assert len(doc["results"]["bindings"]) == MAX_RESULTS
    assert doc["head"]["link"] == [base + "sparql#result-limit"]  # the cut shows in the results too
    res = client(base, "SELECT * WHERE { ?s ?p ?o }", XML).query()
    xml = res.response.read()
    assert f'<link href="{base}sparql#result-limit"/>'.encode() in xml
    assert len(list(ox.parse_query_results(xml, ox.QueryResultsFormat.XML))) == MAX_RESULTS
    res = client(base, "CONSTRUCT WHERE { ?s ?p ?o }", TURTLE).query()
    assert res.info()["x-tacb-truncated"] == "true"
    body = res.convert()
    assert body.startswith(b"# truncated: only the first 50 triples")
    assert len(rdflib.Graph().parse(data=body, format="turtle")) == MAX_RESULTS
    res = client(base, STATES).query()
    assert res.info().get("x-tacb-truncated") is None
    assert "link" not in res.convert()["head"]


def test_request_size_limit(base):
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
    status, _, body = fetch(base + "sparql", big.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 413 and b"limit" in body
    assert fetch(base + "sparql?query=" + urllib.request.quote(big))[0] == 413
    # far over the limit the HTTP parser refuses the request head: still a 413 that says why
    huge = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 120_000
    status, headers, body = fetch(base + "sparql?query=" + urllib.request.quote(huge))
    assert status == 413 and b"limit" in body and b"POST" in body


def test_head(base):
    url = base + "sparql?query=" + urllib.request.quote(STATES)
    status, headers, body = fetch(url, method="HEAD", headers={"Accept": "text/csv"})
    get = fetch(url, headers={"Accept": "text/csv"})
    assert status == 200 and body == b""
    assert headers["content-type"] == get[1]["content-type"]
    assert int(headers["content-length"]) == len(get[2])
    status, headers, body = fetch(base + "sparql", method="HEAD")
    assert status == 200 and headers["content-type"].startswith("text/turtle") and body == b""


def test_cors(base):
    status, headers, _ = fetch(base + "sparql?query=" + urllib.request.quote(STATES))
    assert headers["access-control-allow-origin"] == "*"
    preflight = {"Origin": "http://example.org", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"}
    status, headers, _ = fetch(base + "sparql", method="OPTIONS", headers=preflight)
    assert status == 204 and headers["access-control-allow-origin"] == "*"
    assert "POST" in headers["access-control-allow-methods"]
    assert fetch(base + "assets/yasgui.min.js", method="OPTIONS", headers=preflight)[0] == 204
    for path in ("nowhere", "sparql/x", "assets/missing.js", "assets/../app.py"):
        assert fetch(base + path, method="OPTIONS", headers=preflight)[0] in (404, 405), path


# --- descriptions, health, page ---------------------------------------------------------------

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")


def test_service_description(base):
    status, headers, body = fetch(base + "sparql")
    assert status == 200 and headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=body, format="turtle")
    endpoint = rdflib.URIRef(base + "sparql")
    assert (endpoint, rdflib.RDF.type, SD.Service) in g
    assert (endpoint, SD.supportedLanguage, SD.SPARQL11Query) in g
    names = set(g.objects(None, SD.name))
    assert rdflib.URIRef("https://w3id.org/tacb/id/graph/entities") in names
    limit = rdflib.URIRef(base + "sparql#result-limit")
    assert (endpoint, rdflib.RDFS.seeAlso, limit) in g
    assert int(g.value(limit, rdflib.RDF.value)) == MAX_RESULTS
    comment = str(g.value(limit, rdflib.RDFS.comment))
    assert f"cut at {MAX_RESULTS} rows" in comment and "without network access" in comment
    status, headers, body = fetch(base + "sparql", headers={"Accept": "application/ld+json"})
    assert headers["content-type"].startswith("application/ld+json")
    assert len(rdflib.Graph().parse(data=body, format="json-ld")) == len(g)


def test_void(base):
    status, headers, body = fetch(base + "void")
    assert status == 200
    g = rdflib.Graph().parse(data=body, format="turtle")
    (ds,) = g.subjects(VOID.sparqlEndpoint, rdflib.URIRef(base + "sparql"))
    store = ox.Store()
    store.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    distinct = len(set(store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")))
    assert int(g.value(ds, VOID.triples)) == distinct
    assert int(g.value(ds, VOID.entities)) == 17
    classes = {str(g.value(p, VOID["class"])): int(g.value(p, VOID.entities)) for p in g.objects(ds, VOID.classPartition)}
    assert classes["https://w3id.org/tacb/ontology#State"] == 5
    assert len(list(g.objects(ds, VOID.subset))) == 11  # report, entities, 8 paragraphs, 1 footnote


def test_health(base):
    status, headers, body = fetch(base + "health")
    assert status == 200 and json.loads(body)["status"] == "ok"


def test_page_and_assets_are_local(base):
    status, headers, body = fetch(base)
    html = body.decode()
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert not re.search(r"(https?:)?//[\w.-]+\.\w+", html), "the page must not load anything from outside"
    assets = re.findall(r'(?:src|href)="(assets/[^"]+)"', html)
    assert sorted(assets) == ["assets/yasgui.min.css", "assets/yasgui.min.js"]
    for path in assets:
        status, headers, body = fetch(base + path)
        assert status == 200 and len(body) > 10000
    status, _, body = fetch(base + "queries")
    queries = json.loads(body)
    assert len(queries) >= 12 and all(q["sparql"].startswith("PREFIX") for q in queries)
    # every library query runs on the endpoint
    for q in queries:
        status, _, _ = fetch(base + "sparql", q["sparql"].encode(), {"Content-Type": "application/sparql-query"})
        assert status == 200, q["name"]


def test_fifty_concurrent_clients(base):
    def one(i: int) -> list[str]:
        if i % 2:
            return states_of(client(base, STATES, method="POST").queryAndConvert())
        return states_of(client(base, STATES).queryAndConvert())

    with ThreadPoolExecutor(max_workers=50) as ex:
        results = list(ex.map(one, range(50)))
    assert results == [STATE_IRIS] * 50
