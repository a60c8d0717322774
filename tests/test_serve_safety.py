"""The endpoint tried as an attacker would: no query form reaches the network, memory stays capped.

A trap listener on 127.0.0.1 answers like a SPARQL endpoint and records every
connection. Every form in ``service_forms`` is sent by GET, POST form and POST
direct to a real server, and straight to the query workers (past the friendly
syntax check); the trap must see no connection and no reply may carry its
secret. A control test shows the same forms do reach the trap from a process
that is not isolated, so the corpus is live.
"""

from __future__ import annotations

import asyncio
import os
import threading
import time

import pyoxigraph as ox
import pytest

from tacb_graph.sandbox import isolation_available
from tacb_graph.serve import ServeConfig
from tacb_graph.serve.pool import WorkerPool
from tacb_graph.serve.worker import Job, execute
from tacb_graph.sparqltext import uses_service

from serving import Trap, make_store, query, request, rss_kb, running, wait_until

pytestmark = pytest.mark.skipif(not isolation_available(), reason="no network namespaces on this machine")

MEMORY_MB = 384


def _u(text: str) -> str:
    """Every character as a SPARQL ``\\uXXXX`` escape (valid inside an IRI)."""
    return "".join(f"\\u{ord(c):04X}" for c in text)


def service_forms(url: str) -> list[str]:
    """SERVICE and LOAD written every way we could think of, all aimed at ``url``."""
    host, _, rest = url.partition("//")[2].partition("/")
    port = host.split(":")[1]
    pat = "{ ?a ?b ?c }"
    s = f"<{url}>"
    forms = [
        f"SELECT * WHERE {{ SERVICE {s} {pat} }}",
        f"select * where {{ service {s} {pat} }}",
        f"SELECT * WHERE {{ SeRvIcE {s} {pat} }}",
        f"SELECT * WHERE {{ SERVICE SILENT {s} {pat} }}",
        f"select * {{ service silent {s} {pat} }}",
        f"SELECT * WHERE {{ # comment\rSERVICE {s} {pat} }}",
        f"SELECT * WHERE {{ # comment\r\nSERVICE {s} {pat} }}",
        f"SELECT * WHERE {{ #\rSERVICE SILENT {s} {pat} }}",
        f"SELECT * WHERE {{ SERVICE # comment\r{s} {pat} }}",
        f"SELECT * WHERE {{ BIND(<urn:a\\u0041#> AS ?x) SERVICE {s} {pat} }}",
        f"SELECT * WHERE {{ BIND(<urn:x\\u0023y> AS ?x) SERVICE SILENT {s} {pat} }}",
        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{_u(port)}/{rest}> {pat} }}",
        f"SELECT * WHERE {{ SERVICE <{_u('http://127.0.0.1:' + port + '/' + rest)}> {pat} }}",
        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/\\u0073parql#frag> {pat} }}",
        f"PREFIX svc: <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE svc:{rest} {pat} }}",
        f"PREFIX svc: <http://127.0.0.1:{port}/> # c\rSELECT * WHERE {{ SERVICE svc:{rest} {pat} }}",
        f"BASE <http://127.0.0.1:{port}/> SELECT * WHERE {{ SERVICE <{rest}> {pat} }}",
        f"SELECT * WHERE {{ VALUES ?svc {{ {s} }} SERVICE ?svc {pat} }}",
        f"SELECT * WHERE {{ BIND({s} AS ?svc) SERVICE ?svc {pat} }}",
        f"SELECT * WHERE {{ {{ {{ {{ SERVICE {s} {pat} }} }} }} }}",
        f"SELECT * WHERE {{ OPTIONAL {{ SERVICE {s} {pat} }} }}",
        f"SELECT * WHERE {{ {{ ?x ?y ?z }} UNION {{ SERVICE {s} {pat} }} }}",
        f"SELECT * WHERE {{ ?x ?y ?z MINUS {{ SERVICE {s} {pat} }} }}",
        f"SELECT * WHERE {{ {{ SELECT * WHERE {{ SERVICE {s} {pat} }} }} }}",
        f"SELECT * WHERE {{ {{ SELECT ?a WHERE {{ {{ SELECT * WHERE {{ SERVICE SILENT {s} {pat} }} }} }} }} }}",
        f"SELECT * WHERE {{ FILTER EXISTS {{ SERVICE {s} {pat} }} }}",
        f"SELECT * WHERE {{ BIND(EXISTS {{ SERVICE {s} {pat} }} AS ?e) }}",
        f"SELECT * WHERE {{ GRAPH ?g {{ SERVICE {s} {pat} }} }}",
        f"ASK {{ SERVICE {s} {pat} }}",
        f"CONSTRUCT {{ ?a ?b ?c }} WHERE {{ SERVICE {s} {pat} }}",
        f"CONSTRUCT WHERE {{ SERVICE {s} {pat} }}",
        f"DESCRIBE ?a WHERE {{ SERVICE {s} {pat} }}",
        f"SELECT * WHERE {{ \\u0053ERVICE {s} {pat} }}",
        f"SELECT * WHERE {{ SERV\\u0049CE {s} {pat} }}",
        f"\\u0053ELECT * WHERE {{ SERVICE {s} {pat} }}",
        f"SELECT * WHERE {{SERVICE{s}{{?a ?b ?c}}}}",
        f"SELECT * WHERE {{ SERVICE\t\n\r {s}\n{pat} }}",
        f'SELECT * WHERE {{ BIND("""a # b "" c""" AS ?x) SERVICE {s} {pat} }}',
        f"SELECT * WHERE {{ BIND('it\\'s # not a comment' AS ?x) SERVICE {s} {pat} }}",
        f"PREFIX ex: <urn:> SELECT * WHERE {{ ?q ex:a\\#b ?r . SERVICE {s} {pat} }}",
        f"PREFIX ex: <urn:> SELECT * WHERE {{ OPTIONAL {{ ?q ex:x%23y ?r }} SERVICE {s} {pat} }}",
        f'SELECT ?service WHERE {{ BIND("SERVICE" AS ?service) SERVICE {s} {pat} }}',
        f"SELECT * WHERE {{ SERVICE <http://localhost:{port}/{rest}> {pat} }}",
        f"SELECT * WHERE {{ SERVICE <https://127.0.0.1:{port}/{rest}> {pat} }}",
        f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/%73parql> {pat} }}",
        f"SELECT * WHERE {{ SERVICE {s} {pat} SERVICE SILENT {s} {pat} }}",
        f"SELECT * FROM <urn:g> WHERE {{ SERVICE {s} {pat} }}",
        f"SELECT * WHERE {{ ?s ?p ?o . # \r SERVICE SILENT {s} {pat} }}",
        f"SELECT (COUNT(*) AS ?n) WHERE {{ SERVICE {s} {pat} }} GROUP BY ?a",
        f"SELECT * WHERE {{ {{ SELECT ?svc WHERE {{ VALUES ?svc {{ {s} }} }} }} SERVICE ?svc {pat} }}",
        f"LOAD {s}",
        f"LOAD SILENT {s}",
        f"load {s} into graph <urn:g>",
        f"# c\rLOAD {s}",
        f"\\u004COAD {s}",
        f"PREFIX x: <http://127.0.0.1:{port}/> LOAD x:{rest}",
        f"BASE <http://127.0.0.1:{port}/> LOAD <{rest}>",
        f"INSERT DATA {{ <urn:a> <urn:b> <urn:c> }} ; LOAD {s}",
        f"SELECT * WHERE {{ ?s ?p ?o }} ; LOAD {s}",
        f"LOAD <{_u(url)}>",
        f"LoAd {s} INTO GRAPH <urn:g>",
        f"LOAD # c\r{s}",
    ]
    return forms


@pytest.fixture(scope="module")
def trap():
    t = Trap()
    yield t
    t.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = make_store(tmp_path_factory.mktemp("safety") / "store")
    with running(ServeConfig(str(path), timeout=5.0, max_results=50, workers=2,
                             max_memory_mb=MEMORY_MB)) as (base, app):
        yield base, app


def test_the_corpus_is_large_and_varied(trap):
    forms = service_forms(trap.url)
    assert len(forms) >= 50 and len(set(forms)) == len(forms)
    assert sum("LOAD" in f.upper() for f in forms) >= 10
    # the forms a naive scanner misses, written in ways the parser accepts, are in it
    assert any("\r" in f for f in forms) and any("\\u" in f for f in forms) and any("SILENT" in f for f in forms)


def test_the_corpus_is_live_outside_the_sandbox(trap):
    """Control: evaluated in this (not isolated) process, SERVICE forms do reach the trap."""
    store = ox.Store()
    before = len(trap.connections)
    live = 0
    for form in service_forms(trap.url):
        if "SERVICE" not in form.upper() or "LOAD" in form.upper():
            continue
        reply = execute(store, Job(form, "application/sparql-results+json"))
        live += reply.status == 200 and Trap.secret.encode() in reply.body
    assert live >= 20
    assert len(trap.connections) - before >= 20


@pytest.mark.parametrize("how", ["get", "form", "direct"])
def test_no_form_reaches_the_network_over_http(server, trap, how):
    base, _ = server
    before = len(trap.connections)
    statuses = []
    for form in service_forms(trap.url):
        status, _, body = query(base, form, how)
        assert Trap.secret.encode() not in body, form
        assert status in (200, 400, 403), (status, form, body)
        statuses.append(status)
    time.sleep(0.3)
    assert len(trap.connections) == before, trap.connections[before:]
    assert statuses.count(403) >= 40  # the friendly check still names most of them


def test_update_and_load_by_protocol_are_refused(server, trap):
    base, _ = server
    before = len(trap.connections)
    load = f"LOAD <{trap.url}>"
    assert request(base, "POST", body=load.encode(),
                   headers={"Content-Type": "application/sparql-update"})[0] == 403
    assert request(base, "POST", body=b"update=" + load.replace(" ", "+").encode(),
                   headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 403
    assert request(base, "GET", params={"update": load})[0] == 403
    assert len(trap.connections) == before


def test_no_form_reaches_the_network_from_the_workers(tmp_path, trap):
    """Past the syntax check: every form goes straight to the worker processes."""
    path = make_store(tmp_path / "store")
    forms = [f for f in service_forms(trap.url) if uses_service(f) or "\\u" in f]
    before = len(trap.connections)

    async def run_all() -> list:
        pool = WorkerPool(str(path), size=2, timeout=5.0)
        await pool.start()
        try:
            return await asyncio.gather(*(pool.run(Job(f, "application/sparql-results+json")) for f in forms))
        finally:
            await pool.close()

    replies = asyncio.run(run_all())
    time.sleep(0.3)
    assert len(trap.connections) == before, trap.connections[before:]
    assert not any(Trap.secret.encode() in r.body for r in replies)
    refused = [r for r in replies if r.status == 403]
    assert refused and all(b"no network access" in r.body for r in refused)


def _netns(pid) -> str:
    return os.readlink(f"/proc/{pid}/ns/net")


def test_the_workers_see_no_network(server):
    _, app = server
    assert app.state.pool.isolation in ("a network namespace", "user and network namespaces")
    assert all(_netns(w.process.pid) != _netns("self") for w in app.state.pool._workers)


def memory_bomb(levels: int = 34) -> str:
    """A ~1 KB query whose string doubles at each BIND: 64 B × 2**34 if it could."""
    binds = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(levels))
    return f'SELECT (STRLEN(?x{levels}) AS ?n) WHERE {{ BIND("{"a" * 64}" AS ?x0) {binds} }}'


def test_memory_bomb_stays_under_the_cap(server):
    base, app = server
    pool = app.state.pool
    assert wait_until(lambda: pool.idle == pool.capacity)
    pids = {w.process.pid for w in pool._workers}
    peak = {pid: 0 for pid in pids}
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for pid in pids:
                peak[pid] = max(peak[pid], rss_kb(pid))
            time.sleep(0.005)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        status, headers, body = query(base, memory_bomb(), "form")
    finally:
        done.set()
        sampler.join()
    assert status == 503 and f"{MEMORY_MB} MB".encode() in body and b"memory" in body, body
    assert max(peak.values()) < MEMORY_MB * 1024
    assert max(peak.values()) > 100 * 1024  # the sampler did see the query grow
    assert wait_until(lambda: pool.idle == pool.capacity)  # its worker was replaced
    assert len(pids - {w.process.pid for w in pool._workers}) == 1
    assert query(base, "ASK {}")[0] == 200

