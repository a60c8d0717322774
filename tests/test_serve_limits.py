"""What a client can make the server process itself hold, probed over real HTTP.

The workers are capped (memory, time); these tests attack the process in
front of them: a query whose text is slow to lex, answers a client never
reads, requests that never finish arriving, and more connections than anyone
needs. Each must cost the attacker, not the other clients.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.parse

import pytest

from tacb_graph.sandbox import isolation_available
from tacb_graph.serve import ServeConfig
from tacb_graph.serve.server import client_key

from serving import SLOW, make_store, query, request, running, wait_until

pytestmark = pytest.mark.skipif(not isolation_available(), reason="no network namespaces on this machine")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    return make_store(tmp_path_factory.mktemp("limits") / "store")


def _connect(base: str, source: str = "127.0.0.1", rcvbuf: int | None = None) -> socket.socket:
    url = urllib.parse.urlsplit(base)
    sock = socket.socket(socket.AF_INET6 if ":" in source else socket.AF_INET)
    if rcvbuf:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, rcvbuf)
    sock.bind((source, 0))
    sock.connect((url.hostname, url.port))
    sock.settimeout(10)
    return sock


def _status(sock: socket.socket) -> int:
    """The status code of the response on ``sock``, read without taking it off the socket."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        head = sock.recv(4096, socket.MSG_PEEK)
        if not head:
            return 0
        if b"\r\n\r\n" in head or len(head) == 4096:
            return int(head.split()[1])
        time.sleep(0.01)
    raise TimeoutError("no response head")


def _closed(sock: socket.socket, seconds: float) -> bool:
    """Whether the server closes ``sock`` within ``seconds`` (whatever it sends first)."""
    sock.settimeout(seconds)
    try:
        while sock.recv(65536):
            pass
        return True
    except (socket.timeout, ConnectionResetError):
        return False


def test_a_query_slow_to_lex_does_not_stall_the_server(store_path):
    """~40 KB that the friendly syntax check lexes in quadratic time: it runs in a worker, under the
    timeout; before, the server's event loop spent tens of seconds on it and answered no one."""
    slow_text = "a-" * 20000
    with running(ServeConfig(str(store_path), timeout=2.0, workers=2)) as (base, _app):
        sock = _connect(base)
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: %d\r\n\r\n%s" % (len(slow_text), slow_text.encode()))
        time.sleep(0.3)
        t0 = time.monotonic()
        assert request(base, path="health", timeout=10)[0] == 200
        assert query(base, "ASK {}", timeout=10)[0] == 200
        assert time.monotonic() - t0 < 1.5
        assert _status(sock) == 503  # stopped at the timeout like any slow query
        sock.close()


def _big_answer(i: int) -> str:
    """A SELECT answering ~4 MB of CSV (120-odd rows of 32 KB strings); ``i`` makes each one distinct."""
    binds = " ".join(f"BIND(CONCAT(?x{k}, ?x{k}) AS ?x{k + 1})" for k in range(9))
    return (f'SELECT ?x9 WHERE {{ ?s ?p ?o . ?a ?b ?c BIND("{"a" * 63}{i % 10}" AS ?x0) {binds} }} '
            f"LIMIT {120 + i}")


def test_unread_answers_hold_a_bounded_amount(store_path):
    """Clients that ask for big answers and never read them: the server keeps at most the budget
    (half of it per client), refuses the rest with 503, and drops a stalled reader after ``stall``."""
    config = ServeConfig(str(store_path), timeout=10.0, workers=2, reply_budget_mb=16, stall=2.0)
    with running(config) as (base, app):
        budget = app.state.budget
        socks, statuses = [], []
        for i in range(4):  # ~4 MB each from one address: its 8 MB share holds two
            sock = _connect(base, "127.0.0.2", rcvbuf=4096)
            target = "/sparql?" + urllib.parse.urlencode({"query": _big_answer(i)})
            sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n".encode())
            statuses.append(_status(sock))
            socks.append(sock)
            assert budget.held <= budget.per_client
        assert statuses.count(200) == 2 and statuses.count(503) == 2, statuses
        assert query(base, _big_answer(7), accept="text/csv", source="127.0.0.3")[0] == 200  # others are served
        t0 = time.monotonic()
        assert wait_until(lambda: budget.held == 0, 10)  # the stalled readers were dropped
        assert time.monotonic() - t0 < 6
        assert all(_closed(s, 5) for s, status in zip(socks, statuses) if status == 200)
        for s in socks:
            s.close()
        status, _, body = query(base, _big_answer(8), accept="text/csv", source="127.0.0.2")
        assert status == 200 and len(body) > 3_900_000


def _hold_big_answers(base: str, source: str, n: int) -> list[tuple[socket.socket, int]]:
    """``n`` big answers asked for from ``source`` and not read: (socket, status) each."""
    out = []
    for i in range(n):
        sock = _connect(base, source, rcvbuf=4096)
        target = "/sparql?" + urllib.parse.urlencode({"query": _big_answer(i)})
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\nConnection: close\r\n\r\n".encode())
        out.append((sock, _status(sock)))
    return out


def _complete(sock: socket.socket) -> bool:
    """Whether the rest of the response on ``sock`` (status line already read) arrives whole."""
    sock.settimeout(10)
    data = bytearray()
    while chunk := sock.recv(1 << 20):
        data += chunk
    head, _, body = bytes(data).partition(b"\r\n\r\n")
    length = next(int(line.split(b":")[1]) for line in head.split(b"\r\n") if line.lower().startswith(b"content-length"))
    return len(body) == length


def test_two_clients_cannot_hold_the_answer_budget_for_everyone(store_path):
    """Two addresses fill the whole budget with unread answers; a third still gets its answers
    (the biggest holder's newest unread answer gives way), and a holder cannot push out an equal."""
    config = ServeConfig(str(store_path), timeout=10.0, workers=2, reply_budget_mb=16, stall=30.0)
    with running(config) as (base, app):
        budget = app.state.budget
        hogs = _hold_big_answers(base, "127.0.0.6", 2) + _hold_big_answers(base, "127.0.0.7", 2)
        assert [status for _, status in hogs] == [200] * 4 and budget.held > 15 * 2**20
        assert query(base, "ASK {}", source="127.0.0.8")[0] == 200
        status, _, body = query(base, _big_answer(5), accept="text/csv", source="127.0.0.8")
        assert status == 200 and len(body) > 3_900_000
        assert sorted(_complete(sock) for sock, _ in hogs) == [False, True, True, True]  # one gave way
        for sock, _ in hogs:
            sock.close()
        assert wait_until(lambda: budget.held == 0, 5)


def test_requests_that_never_finish_arriving_are_cut(store_path):
    with running(ServeConfig(str(store_path), timeout=5.0, workers=2), read_timeout=1.0) as (base, _app):
        idle = _connect(base)  # connects, sends nothing
        head = _connect(base)
        head.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: x\r\n")  # no blank line
        body = _connect(base)
        body.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                     b"Content-Length: 1000\r\n\r\nASK {")
        t0 = time.monotonic()
        assert _status(head) == 408 and _status(idle) == 408
        assert _closed(body, 5)
        assert time.monotonic() - t0 < 4
        for s in (idle, head, body):
            s.close()
        assert query(base, "ASK {}")[0] == 200


def test_connections_per_client_are_capped(store_path):
    with running(ServeConfig(str(store_path), workers=2), client_connections=8) as (base, _app):
        held = [_connect(base, "127.0.0.4") for _ in range(8)]
        extra = _connect(base, "127.0.0.4")
        extra.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _status(extra) == 503
        assert query(base, "ASK {}", source="127.0.0.5")[0] == 200  # another address is served
        for s in held + [extra]:
            s.close()
        assert wait_until(lambda: query(base, "ASK {}", source="127.0.0.4")[0] == 200, 5)



def test_a_forwarded_for_header_does_not_make_a_new_client(store_path):
    """One address naming itself anew in ``X-Forwarded-For`` (which uvicorn trusts from 127.0.0.1
    by default) still gets only its own long-query slot."""
    def send(xff: str) -> None:
        request(base, "POST", body=urllib.parse.urlencode({"query": SLOW}).encode(), timeout=30,
                headers={"Content-Type": "application/x-www-form-urlencoded", "X-Forwarded-For": xff})

    with running(ServeConfig(str(store_path), timeout=2.5, workers=2, per_client=1)) as (base, app):
        pool = app.state.pool
        for xff in ("203.0.113.1", "203.0.113.2"):
            threading.Thread(target=send, args=(xff,), daemon=True).start()
        assert wait_until(lambda: pool.long_running >= 1, 5)
        time.sleep(0.8)
        assert pool.long_running == 1 and pool.queued == 1


def test_over_ipv6_a_client_is_its_slash_64():
    import doctest

    import tacb_graph.serve.replies as replies
    import tacb_graph.serve.server as server

    for module in (replies, server):
        assert doctest.testmod(module).failed == 0, module.__name__
    assert client_key("2001:db8::1") == client_key("2001:db8::ffff:2") != client_key("2001:db8:0:1::1")


def test_connection_cap_over_ipv6(store_path):
    with running(ServeConfig(str(store_path), workers=1), host="::1", client_connections=2) as (base, _app):
        held = [_connect(base, "::1") for _ in range(2)]
        extra = _connect(base, "::1")
        extra.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n\r\n")
        assert _status(extra) == 503
        for s in held + [extra]:
            s.close()
        assert wait_until(lambda: request(base, path="health")[0] == 200, 5)
