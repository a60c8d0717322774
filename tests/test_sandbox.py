"""Query processes without network and with a memory cap, and the commands that rely on them.

Where network namespaces are impossible is simulated for real with
``unshare --user`` (util-linux): inside an unmapped user namespace no further
namespace can be created, so the commands must refuse to run.
"""

from __future__ import annotations

import doctest
import errno
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyoxigraph as ox
import pytest

import tacb_graph.sandbox as sandbox
from tacb_graph.cli import main
from tacb_graph.errors import QueryError, TacbError
from tacb_graph.sandbox import IsolationError, MemoryCapError, isolation_available, run_isolated

from serving import Trap, make_store

ROOT = Path(__file__).resolve().parent.parent
needs_isolation = pytest.mark.skipif(not isolation_available(), reason="no network namespaces on this machine")


def _can_unshare_user(*extra: str) -> bool:
    exe = shutil.which("unshare")
    return bool(exe) and subprocess.run([exe, "--user", *extra, "true"], capture_output=True).returncode == 0


def _env() -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


# --- functions run in the child (importable, so that they pickle) ------------------------------

def connect(port: int) -> str:
    socket.create_connection(("127.0.0.1", port), timeout=2).close()
    return "connected"


def allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 2**20))


def oxigraph_bomb() -> int:
    binds = " ".join(f"BIND(CONCAT(?x{i}, ?x{i}) AS ?x{i + 1})" for i in range(34))
    q = f'SELECT (STRLEN(?x34) AS ?n) WHERE {{ BIND("{"a" * 64}" AS ?x0) {binds} }}'
    return len(list(ox.Store().query(q)))


def fail() -> None:
    raise QueryError("malformed query: here")


def isolate_with_a_thread() -> str:
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        return sandbox.isolate_network()
    finally:
        stop.set()
        t.join()


def isolate_where_unshare_fails() -> str:
    sandbox._unshare = lambda flags: errno.EPERM
    return sandbox.isolate_network()


# --- the sandbox -------------------------------------------------------------------------------

def test_doctests():
    assert doctest.testmod(sandbox).failed == 0


@needs_isolation
def test_the_child_has_no_network():
    trap = Trap()
    try:
        assert run_isolated(socket.if_nameindex) == [(1, "lo")]
        with pytest.raises(TacbError, match="unreachable"):
            run_isolated(connect, trap.port)
        assert run_isolated(connect, trap.port, allow_network=True) == "connected"  # the control
        time.sleep(0.3)
        assert len(trap.connections) == 1
    finally:
        trap.close()


def test_errors_come_back_as_they_were():
    with pytest.raises(QueryError, match="malformed query: here"):
        run_isolated(fail, allow_network=True)


def test_memory_cap():
    assert run_isolated(allocate, 16, allow_network=True, memory_bytes=256 * 2**20) == 16 * 2**20
    with pytest.raises(MemoryCapError, match="256 MB"):
        run_isolated(allocate, 512, allow_network=True, memory_bytes=256 * 2**20)
    with pytest.raises(MemoryCapError, match="256 MB"):  # Oxigraph aborts: the exit status tells
        run_isolated(oxigraph_bomb, allow_network=True, memory_bytes=256 * 2**20)


def test_isolation_must_come_before_threads():
    with pytest.raises(IsolationError, match="before the process starts threads"):
        run_isolated(isolate_with_a_thread, allow_network=True)


def test_failure_to_isolate_is_a_clear_error():
    with pytest.raises(IsolationError, match="cannot cut query processes off the network.*Operation not permitted"):
        run_isolated(isolate_where_unshare_fails, allow_network=True)


# --- the CLI query -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    return make_store(tmp_path_factory.mktemp("sandbox") / "store")


@needs_isolation
def test_cli_query_cannot_reach_the_network(store_path, capsys):
    trap = Trap()
    try:
        for q in (f"SELECT * WHERE {{ # c\rSERVICE <{trap.url}> {{ ?a ?b ?c }} }}",
                  f"SELECT * WHERE {{ BIND(<urn:\\u0041#> AS ?x) SERVICE <{trap.url}> {{ ?a ?b ?c }} }}"):
            assert main(["query", "--store", str(store_path), q]) == 4
            err = capsys.readouterr().err
            assert err.count("\n") == 1 and "Network is unreachable" in err
        assert main(["query", "--store", str(store_path), "--format", "csv",
                     f"SELECT * WHERE {{ SERVICE SILENT <{trap.url}> {{ ?a ?b ?c }} }}"]) == 0
        assert Trap.secret not in capsys.readouterr().out
        time.sleep(0.3)
        assert trap.connections == []
    finally:
        trap.close()


def test_cli_query_refuses_updates_clearly(store_path, capsys):
    for update in ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "LOAD <http://127.0.0.1:9/x>", "DROP ALL",
                   "PREFIX : <urn:> DELETE WHERE { :a ?p ?o }"):
        assert main(["query", "--store", str(store_path), "--allow-network", update]) == 4
        err = capsys.readouterr().err
        assert err.startswith("tacb-graph: error: updates are not allowed") and err.count("\n") == 1


def test_cli_query_refusal_names_the_flag(store_path, capsys, monkeypatch):
    def impossible(*args, **kwargs):
        raise IsolationError("cannot cut query processes off the network (test)")

    monkeypatch.setattr(sandbox, "run_isolated", impossible)
    assert main(["query", "--store", str(store_path), "ASK {}"]) == 5
    err = capsys.readouterr().err
    assert "--allow-network" in err and err.count("\n") == 1


@pytest.mark.skipif(not _can_unshare_user(), reason="needs unshare --user (util-linux)")
def test_commands_refuse_where_isolation_is_impossible(store_path):
    base = ["unshare", "--user", sys.executable, "-m", "tacb_graph"]
    for cmd in (["serve", "--store", str(store_path), "--port", "1"], ["query", "--store", str(store_path), "ASK {}"]):
        proc = subprocess.run(base + cmd, capture_output=True, text=True, env=_env(), timeout=60)
        assert proc.returncode == 5, proc.stderr
        assert proc.stderr.startswith("tacb-graph: error: cannot cut query processes off the network")
        assert "--allow-network" in proc.stderr and proc.stderr.count("\n") == 1
    proc = subprocess.run(base + ["query", "--store", str(store_path), "--allow-network", "ASK {}"],
                          capture_output=True, text=True, env=_env(), timeout=60)
    assert proc.returncode == 0 and "true" in proc.stdout


@pytest.mark.skipif(not _can_unshare_user(), reason="needs unshare --user (util-linux)")
def test_serve_with_allow_network_starts_anyway(store_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(["unshare", "--user", sys.executable, "-m", "tacb_graph", "serve", "--store",
                             str(store_path), "--port", str(port), "--allow-network", "--workers", "1"],
                            env=_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        health = None
        deadline = time.monotonic() + 60
        while health is None and time.monotonic() < deadline and proc.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1) as c:
                    c.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    data = b""
                    while chunk := c.recv(65536):
                        data += chunk
                health = json.loads(data.split(b"\r\n\r\n", 1)[1])
            except OSError:
                time.sleep(0.2)
        assert health is not None, proc.stderr.read() if proc.poll() is not None else "no answer"
        assert health["network"] == "network allowed"
    finally:
        proc.terminate()
        proc.wait(timeout=20)


@pytest.mark.skipif(not _can_unshare_user("--map-user=1000", "--map-group=1000"),
                    reason="needs unshare --map-user (util-linux 2.38)")
def test_without_root_a_user_namespace_comes_along(store_path):
    code = ("from tacb_graph.sandbox import run_isolated, isolate_network\n"
            "if __name__ == '__main__':\n    print(run_isolated(isolate_network, allow_network=True))\n")
    proc = subprocess.run(["unshare", "--user", "--map-user=1000", "--map-group=1000", sys.executable, "-c", code],
                          capture_output=True, text=True, env=_env(), timeout=60)
    assert proc.stdout.strip() == "user and network namespaces", proc.stderr
