"""Attacks the endpoint already withstands, kept as cheap checks against a real server.

Static paths cannot leave the assets folder, a chunked body is held to the
size limit like a declared one, updates under any spelling of their media
type are refused and leave the store's files byte for byte as they were, and
a query that overflows the parser's stack kills only its own worker, and no
Host header breaks a description or a cut result (the base IRI comes from it).
"""

from __future__ import annotations

import hashlib
import http.client
import json
import socket
import urllib.parse
from xml.dom import minidom

import pyoxigraph as ox

import pytest

from tacb_graph.sandbox import isolation_available
from tacb_graph.serve import ServeConfig

from serving import make_store, query, request, running, wait_until

pytestmark = pytest.mark.skipif(not isolation_available(), reason="no network namespaces on this machine")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = make_store(tmp_path_factory.mktemp("attacks") / "store")
    with running(ServeConfig(str(path), timeout=5.0, workers=2, max_request_bytes=12000,
                             max_results=5)) as (base, app):
        yield base, app, path


def _raw_get(base: str, target: str) -> int:
    """GET ``target`` exactly as written (no normalising of ``..``)."""
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    try:
        conn.putrequest("GET", target, skip_accept_encoding=True)
        conn.endheaders()
        return conn.getresponse().status
    finally:
        conn.close()


def test_static_paths_stay_in_the_assets_folder(server):
    base, _, _ = server
    assert _raw_get(base, "/assets/yasgui.min.css") == 200
    for target in ("/assets/../app.py", "/assets/%2e%2e/app.py", "/assets/..%2fapp.py", "/assets/%2e%2e%2fapp.py",
                   "/assets/..%2f..%2fserve%2fapp.py", "/assets//etc/passwd", "/assets/%2fetc%2fpasswd",
                   "/assets/..\\app.py", "/assets/", "/%2e%2e/%2e%2e/etc/passwd", "/assets/index.html%00.css"):
        assert _raw_get(base, target) == 404, target


def test_a_chunked_body_is_held_to_the_limit(server):
    base, _, _ = server
    url = urllib.parse.urlsplit(base)
    sock = socket.create_connection((url.hostname, url.port), timeout=10)
    chunk = b" " * 1000
    sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n5\r\nASK {\r\n")
    for _ in range(13):  # 13 000 bytes in 1000-byte chunks, no length declared
        sock.sendall(b"3e8\r\n" + chunk + b"\r\n")
    sock.sendall(b"1\r\n}\r\n0\r\n\r\n")
    assert sock.recv(100).split()[1] == b"413"
    sock.close()


def _store_digest(path) -> str:
    h = hashlib.sha256()
    for f in sorted(p for p in path.iterdir() if p.is_file()):
        h.update(f.name.encode() + f.read_bytes())
    return h.hexdigest()


def test_updates_under_any_media_type_spelling_change_nothing(server):
    base, _, path = server
    before = _store_digest(path)
    update = "INSERT DATA { <urn:a> <urn:b> <urn:c> } ; CLEAR ALL"
    for ctype in ("application/sparql-update", "APPLICATION/SPARQL-UPDATE", "application/sparql-update; charset=utf-8",
                  "application/sparql-update;charset=latin-1"):
        assert request(base, "POST", body=update.encode(), headers={"Content-Type": ctype})[0] == 403, ctype
    for ctype in ("text/plain", "application/json", "multipart/form-data; boundary=x", ""):
        assert request(base, "POST", body=update.encode(), headers={"Content-Type": ctype})[0] == 415, ctype
    for how in ("get", "form", "direct"):
        for text in (update, "# c\rDROP ALL", "\ufeffDROP ALL", "clear silent all", "ASK {} ; DROP ALL"):
            assert query(base, text, how)[0] in (400, 403), (how, text)
    assert query(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", "direct")[0] == 200
    assert _store_digest(path) == before


def test_a_parser_stack_overflow_kills_only_its_worker(server):
    base, app, _ = server
    pool = app.state.pool
    deep = "SELECT (" + "(" * 5000 + "1" + ")" * 5000 + " AS ?x) {}"
    status, _, body = query(base, deep, "direct")
    assert status in (400, 503), body  # 503: the worker died (SIGSEGV) and was replaced
    assert wait_until(lambda: pool.idle == pool.capacity, 10)
    assert query(base, "ASK {}")[0] == 200


def _with_host(base: str, host: bytes, target: str, accept: str) -> tuple[int, bytes]:
    url = urllib.parse.urlsplit(base)
    sock = socket.create_connection((url.hostname, url.port), timeout=10)
    sock.sendall(f"GET {target} HTTP/1.1\r\n".encode() + b"Host: " + host +
                 f"\r\nAccept: {accept}\r\nConnection: close\r\n\r\n".encode())
    data = bytearray()
    while chunk := sock.recv(65536):
        data += chunk
    sock.close()
    head, _, body = bytes(data).partition(b"\r\n\r\n")
    return int(head.split()[1]), body


def test_host_header_games_break_nothing(server):
    base, _, _ = server
    cut = "/sparql?" + urllib.parse.urlencode({"query": "SELECT ?s WHERE { ?s ?p ?o }"})
    cut_graph = "/sparql?" + urllib.parse.urlencode({"query": "CONSTRUCT WHERE { ?s ?p ?o }"})
    for host in (b"evil.example", b'a"b<c>', b"a--->b", b"a'b", b"%0d%0a", b"x:99999999", b"[::1", b"a b", b""):
        status, body = _with_host(base, host, "/sparql", "text/turtle")
        assert status == 200 and len(list(ox.parse(body, format=ox.RdfFormat.TURTLE))) > 10, host
        status, body = _with_host(base, host, cut, "application/sparql-results+xml")
        assert status == 200 and minidom.parseString(body).getElementsByTagName("link"), host
        status, body = _with_host(base, host, cut, "application/sparql-results+json")
        assert status == 200 and json.loads(body)["head"]["link"], host
        status, body = _with_host(base, host, cut_graph, "application/rdf+xml")
        assert status == 200 and b"truncated" in body and minidom.parseString(body), host
