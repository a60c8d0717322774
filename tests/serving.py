"""Helpers for the endpoint tests: a real server in a thread, raw HTTP clients, a trap listener.

Everything listens and connects on loopback addresses only (127.0.0.0/8:
several source addresses stand for several clients).
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import threading
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox
import uvicorn

from tacb_graph.serve import ServeConfig, create_app
from tacb_graph.serve.server import uvicorn_config

FIXTURE = Path(__file__).parent / "fixtures" / "queries-sample.trig"
# a cross product the fixture cannot finish in seconds
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


def make_store(path: Path, trig: Path = FIXTURE) -> Path:
    """An Oxigraph store at ``path`` loaded from a TriG file."""
    store = ox.Store(str(path))
    store.load(path=str(trig), format=ox.RdfFormat.TRIG)
    store.flush()
    del store
    return path


@contextlib.contextmanager
def running(config: ServeConfig, host: str = "127.0.0.1", **server):
    """Serve ``config`` on a free port of ``host`` (a loopback address); yields (base URL, app).

    ``server`` goes to :func:`~tacb_graph.serve.server.uvicorn_config` (``read_timeout`` …).
    """
    app = create_app(config)
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    sock.bind((host, 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn_config(app, max_request_bytes=config.max_request_bytes, **server))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not srv.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert srv.started, "server did not start"
    try:
        yield f"http://{f'[{host}]' if ':' in host else host}:{port}/", app
    finally:
        srv.should_exit = True
        thread.join(timeout=15)
        sock.close()


def request(base: str, method: str = "GET", path: str = "sparql", params: dict | None = None,
            body: bytes | None = None, headers: dict | None = None, source: str | None = None,
            timeout: float = 30) -> tuple[int, dict, bytes]:
    """(status, headers with lower-case names, body) of one request, from ``source`` if given."""
    url = urllib.parse.urlsplit(base)
    target = "/" + path + ("?" + urllib.parse.urlencode(params) if params else "")
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=timeout,
                                      source_address=(source, 0) if source else None)
    try:
        conn.request(method, target, body=body, headers=headers or {})
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def query(base: str, sparql: str, how: str = "get", accept: str = "application/sparql-results+json",
          source: str | None = None, timeout: float = 30, extra: dict | None = None) -> tuple[int, dict, bytes]:
    """Send ``sparql`` by GET, POST form (``form``) or POST direct (``direct``)."""
    headers = {"Accept": accept}
    params = {"query": sparql, **(extra or {})}
    if how == "get":
        return request(base, "GET", params=params, headers=headers, source=source, timeout=timeout)
    if how == "form":
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        return request(base, "POST", body=urllib.parse.urlencode(params).encode(), headers=headers,
                       source=source, timeout=timeout)
    headers["Content-Type"] = "application/sparql-query"
    return request(base, "POST", params=extra, body=sparql.encode(), headers=headers, source=source,
                   timeout=timeout)


class Trap:
    """A loopback listener that records every connection and answers like a SPARQL endpoint.

    Its answer carries :attr:`secret`, so a reply that reached a client shows.
    """

    secret = "TRAP-SECRET-4711"

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/sparql"
        self.connections: list[bytes] = []
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        body = ('{"head":{"vars":["a","b","c"]},"results":{"bindings":[{"a":{"type":"literal","value":"%s"}}]}}'
                % self.secret).encode()
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            with conn:
                conn.settimeout(1)
                try:
                    self.connections.append(conn.recv(65536))
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                 b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
                except OSError:
                    self.connections.append(b"")

    def close(self) -> None:
        self._stop = True
        self._thread.join(timeout=5)
        self.sock.close()


def wait_until(predicate, seconds: float = 30, step: float = 0.01) -> bool:
    """Poll ``predicate`` until it holds or ``seconds`` pass; whether it held."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return bool(predicate())


def rss_kb(pid: int) -> int:
    """Resident memory of process ``pid`` in kB (0 once it is gone)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0
