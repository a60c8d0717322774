"""Fair use of the query workers, probed from outside over real HTTP.

Clients are told apart by their address: the tests connect from 127.0.0.2,
127.0.0.3 … (all loopback). ``SLOW`` keeps a worker busy until the timeout.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor

import pytest
import rdflib

from tacb_graph.sandbox import isolation_available
from tacb_graph.serve import ServeConfig
from tacb_graph.store import write_outputs

from serving import SLOW, make_store, query, running, wait_until

pytestmark = pytest.mark.skipif(not isolation_available(), reason="no network namespaces on this machine")

STATES = "SELECT ?s WHERE { ?s a tacb:State } ORDER BY ?s"


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("pool") / "store")


def _background(base: str, sparql: str, source: str | None = None, results: list | None = None) -> threading.Thread:
    def go() -> None:
        status = query(base, sparql, "form", source=source, timeout=60)[0]
        if results is not None:
            results.append(status)

    t = threading.Thread(target=go, daemon=True)
    t.start()
    return t


def _timed_ask(base: str, source: str | None = None) -> float:
    t0 = time.monotonic()
    status, _, body = query(base, "ASK {}", source=source)
    assert status == 200 and b"true" in body
    return time.monotonic() - t0


def test_disconnect_frees_the_worker_within_a_second(store_path):
    with running(ServeConfig(str(store_path), timeout=20, workers=2)) as (base, app):
        pool = app.state.pool
        assert wait_until(lambda: pool.idle == pool.capacity)
        url = urllib.parse.urlsplit(base)
        target = "/sparql?" + urllib.parse.urlencode({"query": SLOW})
        sock = socket.create_connection((url.hostname, url.port))
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {url.netloc}\r\nAccept: text/csv\r\n\r\n".encode())
        assert wait_until(lambda: pool.running == 1, 10)
        (busy,) = [w for w in pool._workers if w.ticket is not None]
        pid = busy.process.pid
        time.sleep(0.3)  # the query is well under way
        sock.close()
        t0 = time.monotonic()
        assert wait_until(lambda: pool.running == 0 and not _alive(pid), 1.0)
        freed = time.monotonic() - t0
        assert wait_until(lambda: pool.idle == pool.capacity, 1.0)
        assert freed < 1.0
        assert query(base, "ASK {}")[0] == 200


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.parametrize("sources", [("127.0.0.2", "127.0.0.3", "127.0.0.4"), (None, None, None)],
                         ids=["three-clients", "one-address"])
def test_ask_answers_while_two_expensive_queries_run(store_path, sources):
    with running(ServeConfig(str(store_path), timeout=4, workers=2)) as (base, app):
        pool = app.state.pool
        assert wait_until(lambda: pool.idle == pool.capacity)
        results: list = []
        threads = [_background(base, SLOW, sources[0], results), _background(base, SLOW, sources[1], results)]
        assert wait_until(lambda: pool.running == 2, 5)
        time.sleep(0.8)  # both have turned long (or one waits for a long slot)
        assert pool.long_running >= 1
        times = [_timed_ask(base, sources[2]) for _ in range(5)]
        assert max(times) < 1.0, times
        for t in threads:
            t.join(timeout=30)
        assert results == [503, 503]  # both hit the timeout


def test_one_client_cannot_take_every_long_slot(store_path):
    with running(ServeConfig(str(store_path), timeout=5, workers=2, per_client=1)) as (base, app):
        pool = app.state.pool
        assert wait_until(lambda: pool.idle == pool.capacity)
        a = [_background(base, SLOW, "127.0.0.2"), _background(base, SLOW, "127.0.0.2")]
        assert wait_until(lambda: pool.long_running == 1 and pool.queued == 1, 3)
        time.sleep(0.3)
        assert pool.long_running == 1  # A's second query waits for A's first
        b = _background(base, SLOW, "127.0.0.3")
        assert wait_until(lambda: pool.long_running == 2, 3)  # B gets the other long slot at once
        assert pool._long_by == {"127.0.0.2": 1, "127.0.0.3": 1}
        for t in a + [b]:
            t.join(timeout=30)


def test_bounded_queue_says_when_to_retry(store_path):
    with running(ServeConfig(str(store_path), timeout=3, workers=1, queue=2, client_queue=2)) as (base, app):
        pool = app.state.pool
        assert wait_until(lambda: pool.idle == pool.capacity)
        def timed(_i: int):
            t0 = time.monotonic()
            return query(base, SLOW, "form", "text/csv", timeout=60), time.monotonic() - t0

        with ThreadPoolExecutor(8) as ex:
            answers = list(ex.map(timed, range(8)))
        busy = [(r, t) for r, t in answers if r[0] == 503 and "retry-after" in r[1]]
        assert busy, answers
        for (status, headers, body), _ in busy:
            assert int(headers["retry-after"]) >= 1 and b"try again" in body
        assert any(t < 1.0 for _, t in busy)  # a full queue answers at once
        assert all(r[0] == 503 for r, _ in answers)  # the rest ran into the timeout


def test_two_clients_cannot_fill_the_queue_for_everyone(store_path):
    """Two addresses fill the whole queue with slow queries; a third still gets its ASK in (the
    newest job of a client with more waiting makes room) instead of an instant 503."""
    with running(ServeConfig(str(store_path), timeout=3, workers=1, queue=4, client_queue=2)) as (base, app):
        pool = app.state.pool
        assert wait_until(lambda: pool.idle == pool.capacity)
        results: list[int] = []
        hogs = [_background(base, SLOW, src, results) for src in ["127.0.0.2"] * 4 + ["127.0.0.3"] * 4]
        assert wait_until(lambda: pool.queued == 4, 5)
        status, _, body = query(base, "ASK {}", source="127.0.0.4", timeout=30)
        assert status == 200 and b"true" in body
        for t in hogs:
            t.join(timeout=30)
        assert results.count(503) == 8  # the hogs: pushed out, refused or timed out


MIXED = [
    ("SELECT ?s WHERE { ?s a tacb:State } ORDER BY ?s", "application/sparql-results+json", b"state/CHN"),
    ("SELECT ?s WHERE { ?s a tacb:State } ORDER BY ?s", "application/sparql-results+xml", b"state/CHN"),
    ("SELECT ?s WHERE { ?s a tacb:State } ORDER BY ?s", "text/csv", b"state/CHN"),
    ("SELECT ?s WHERE { ?s a tacb:State } ORDER BY ?s", "text/tab-separated-values", b"state/CHN"),
    ("ASK { ?s tacb:iso3 'CHN' }", "application/sparql-results+json", b"true"),
    ("CONSTRUCT WHERE { ?s a tacb:State ; tacb:iso3 ?c }", "text/turtle", b"CHN"),
    ("DESCRIBE <https://w3id.org/tacb/id/state/CHN>", "application/n-triples", b"CHN"),
    ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "text/csv", b"11"),
]


def test_two_hundred_concurrent_mixed_queries(store_path):
    with running(ServeConfig(str(store_path), timeout=20, workers=2)) as (base, app):
        pool = app.state.pool
        assert wait_until(lambda: pool.idle == pool.capacity)

        def one(i: int) -> tuple[int, bool]:
            sparql, accept, expect = MIXED[i % len(MIXED)]
            status, _, body = query(base, sparql, ("get", "form", "direct")[i % 3], accept, timeout=60)
            return status, expect in body

        with ThreadPoolExecutor(200) as ex:
            answers = list(ex.map(one, range(200)))
        assert answers == [(200, True)] * 200
        assert pool.restarts == 0


def _dataset(n: int) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    g = ds.graph(rdflib.URIRef("urn:g"))
    for i in range(n):
        g.add((rdflib.URIRef(f"urn:s{i}"), rdflib.URIRef("urn:p"), rdflib.Literal(i)))
    return ds


COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s <urn:p> ?o }"
JOIN4 = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _number(body: bytes) -> int:
    return int(body.decode().split()[1])


def test_follows_a_rebuild_without_restart(tmp_path):
    out = tmp_path / "out"
    write_outputs(_dataset(50), out)
    with running(ServeConfig(str(out / "store"), timeout=30, workers=2)) as (base, app):
        pool = app.state.pool
        assert _number(query(base, COUNT, accept="text/csv")[2]) == 50
        inflight: list = []
        t = threading.Thread(target=lambda: inflight.append(query(base, JOIN4, accept="text/csv", timeout=60)))
        t.start()
        assert wait_until(lambda: pool.running == 1, 5)
        write_outputs(_dataset(7), out)  # tacb-graph build swaps the store folder
        assert _number(query(base, COUNT, accept="text/csv")[2]) == 7
        assert pool.generation == 1
        t.join(timeout=60)
        (status, _, body), = inflight
        assert status == 200 and _number(body) == 50 ** 4  # finished on the old store
        assert wait_until(lambda: pool.alive == pool.capacity, 5)  # the old workers are gone
        assert all(w.generation == 1 for w in pool._workers)
        status, _, body = query(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", accept="text/csv")
        assert _number(body) == 7


def test_workers_that_cannot_start_are_a_clear_error(tmp_path, store_path):
    import asyncio

    from tacb_graph.errors import StoreError
    from tacb_graph.serve.pool import WorkerPool

    for path, memory, message in ((tmp_path, None, "cannot open the store"),
                                  (store_path, 40 * 2**20, "within its 40 MB memory cap")):
        pool = WorkerPool(str(path), size=1, timeout=5, memory_bytes=memory)
        with pytest.raises(StoreError, match=message):
            asyncio.run(pool.start())
        assert wait_until(lambda: pool.alive == 0, 5)
